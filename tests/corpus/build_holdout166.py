"""Writes holdout166: tests/corpus/holdout166_events.jsonl and holdout166_labels.json.

Sealed: written from the brief, build.py/fake.py helpers, build_holdout3.py's format and the
reference's default matcher table only, without reading the detection engine, its vocabularies,
its tests or any other corpus's labels, and without running the engine on these events. Nothing
here was tuned to the engine; it is meant to be scored once, on events the engine has never seen.

Domain: "Riftgate", an online multiplayer game platform (a Windows launcher and Unity game client,
mobile companion apps and a web store) operating in South Korea, Poland and Brazil. Covered:
account creation with birth dates and age gates; Korean real-name verification (NICE-shaped
SCREAMING_SNAKE responses with CI/DI, carrier and mobile number); parental controls and guardian
consent (English, Polish and Portuguese backends); friends, contact sync and party invites;
store e-commerce spec events, wallet top-ups and local payment rails (carrier billing, BLIK,
Pix, boleto, gift-card PINs, Stripe-shaped payment methods and disputes); match telemetry dense
with numeric ids, scores, ranks, builds and versions; anti-cheat heartbeats with hardware
fingerprints; text and voice chat reports and moderation; support tickets (Zendesk-like) and
live chat; esports registration and payouts with KYC documents; a Meta-CAPI-shaped server
conversion and reverse-ETL warehouse traits. Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics-flutter, Analytics.CSharp (Unity/launcher)
and the python, node, go, java, ruby, php and .NET server libraries, each with its own
`context` block (ip, traits, device, app, library, locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use what real
customers also send: PascalCase from the C# game client and .NET backend, kebab-case from a CDN
patcher, SCREAMING_SNAKE from a warehouse sync and a Korean identity vendor, and local-language
backend keys (romanised Korean such as `ireum`, `saengnyeonwolil`, `hyudaepon`; Polish such as
`imie`, `nazwisko`, `kod_pocztowy`; Portuguese such as `nome_completo`, `cep`, `chave_pix`).
Values are generated deterministically (seed 166) and are valid-looking: Korean resident
registration numbers, PESELs, CPFs and Polish ID-card numbers carry their real check digits,
card numbers pass Luhn, Polish IBANs pass mod-97; names come from Korean (romanised and Hangul),
Polish, Brazilian and other cultures; phones use Korean, Polish, Brazilian and other formats.

Labelling rules (the Privacy Portal default colours):
- PII = personal data about a natural person (the player, a guardian, a friend or contact, a
  gift recipient, a staff member): names, contact details, the person's own address or precise
  location, birth dates, government ids, bank accounts and full card numbers, credentials and
  secrets, IP addresses, advertising/click ids. Colour = the reference matcher's default; outside
  the reference: red for secrets/tokens, card numbers, bank accounts, national ids; yellow else.
- Green: ids we or another platform issue (account, player, match, order, Steam ids), UUIDs,
  SKUs, versions, builds, timestamps, hashes of non-PII, amounts, scores, ranks, enums, counters
  and booleans even under PII-sounding keys (`emailVerified`, `passwordStrength`, `isMinor`);
  product, item, hero, clan, tournament, PC-bang and pet names; a business's own address, phone,
  e-mail and pix key; the game server's own IP; country, state, locale, timezone, currency;
  user agents and OS/library-issued device ids; ages, age bands and relationship enums.
- Contested cases follow the published policy in the brief (loyalty/member numbers, ages,
  business contact details, UUID tokens and Message-IDs green; click ids yellow `advertising id`;
  billing/shipping addresses yellow `address`; payment-method tokens, one-time codes (BLIK, SMS
  codes), reset/magic-link tokens red; identity-document numbers red `national id|passport`).
- Rules this corpus had to decide (a careful mid-size privacy owner's view):
  * Player handles (username, display name, nickname, gamer tag, Discord name) identify a person
    publicly: yellow `name`. In-game hero names and player-named pets are green.
  * A birth year alone is an age band: green. A full date (any format) is `birthdate`.
  * Korean CI/DI (identity-vendor person identifiers derived from the RRN): red `national id`.
    The NICE gender code ("0"/"1") is `gender`; the domestic/foreigner flag is `citizenship`.
  * Anti-cheat: a hashed hardware id (HWID) and the Windows MachineGuid are device ids: green.
    Raw MAC addresses are yellow `mac`; raw disk/baseboard serial numbers are yellow `serial`.
  * A gift-card PIN is a bearer secret: red `secret|token`. A push token is red `token` (as in
    build.py). A Pix key of the paying person is red `bank account`; the merchant's is green.
  * Unsalted SHA-256 of an e-mail/phone sent for ad matching (Meta `em`/`ph`) stays yellow
    `email`/`phone`: it is matchable back to the person.
  * `tax_id` of an individual payee (PESEL or CPF) is red `national id`.
- value_only = the key does not say what the value is (`value`, `q`, `input`, `label`, `note`,
  `text`, `body`, `evidence`, `blocked_text`, `description`, `gift_message`, externalIds `id`);
  such a PII path carries that PII in every value. Free text is labelled by what every value
  carries; free text in which no value carries PII (chat lines, crash traces, CSAT comments) is
  green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people --------------------------------------------------------------------------------------

KR_SURNAMES = [
    ("Kim", "김"),
    ("Lee", "이"),
    ("Park", "박"),
    ("Choi", "최"),
    ("Jung", "정"),
    ("Kang", "강"),
    ("Cho", "조"),
    ("Yoon", "윤"),
    ("Jang", "장"),
    ("Lim", "임"),
    ("Han", "한"),
    ("Shin", "신"),
]
KR_GIVEN = [
    ("Min-jun", "민준"),
    ("Seo-yeon", "서연"),
    ("Ji-ho", "지호"),
    ("Ha-eun", "하은"),
    ("Do-yun", "도윤"),
    ("Ji-woo", "지우"),
    ("Seo-jun", "서준"),
    ("Su-ah", "수아"),
    ("Ye-jin", "예진"),
    ("Hyun-woo", "현우"),
    ("Eun-ji", "은지"),
    ("Tae-yang", "태양"),
]
PL_FIRST = [
    "Jakub",
    "Antoni",
    "Szymon",
    "Zuzanna",
    "Zofia",
    "Hanna",
    "Julia",
    "Wojciech",
    "Agnieszka",
    "Małgorzata",
    "Bartłomiej",
    "Krzysztof",
    "Łucja",
    "Michał",
]
PL_LAST = [
    "Nowak",
    "Kowalski",
    "Wiśniewska",
    "Wójcik",
    "Kamiński",
    "Lewandowska",
    "Zieliński",
    "Szymańska",
    "Dąbrowski",
    "Kozłowska",
    "Grabowski",
    "Pawlak",
]
BR_FIRST = [
    "João",
    "Maria Eduarda",
    "Gabriel",
    "Ana Clara",
    "Lucas",
    "Beatriz",
    "Rafael",
    "Larissa",
    "Thiago",
    "Fernanda",
    "Matheus",
    "Giovanna",
    "Caio",
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
    "da Costa",
    "Nascimento",
]
ASCII = str.maketrans("łŁąćęńóśźżÓŚŻãáâçéêíõôúÃÁÂÉÍÚ", "lLacenoszzOSZaaaceeioouAAAEIU")


def kr_hangul(f: Fake) -> str:
    return f.pick(KR_SURNAMES)[1] + f.pick(KR_GIVEN)[1]


def first_name(f: Fake) -> str:
    kind = f.r.randint(0, 4)
    if kind == 0:
        return f.pick(KR_GIVEN)[0]
    if kind == 1:
        return f.pick(PL_FIRST)
    if kind == 2:
        return f.pick(BR_FIRST)
    if kind == 3:
        return f.pick(KR_GIVEN)[1]
    return f.first()


def last_name(f: Fake) -> str:
    kind = f.r.randint(0, 3)
    if kind == 0:
        return f.pick(KR_SURNAMES)[f.r.randint(0, 1)]
    if kind == 1:
        return f.pick(PL_LAST)
    if kind == 2:
        return f.pick(BR_LAST)
    return f.last()


def full_name(f: Fake) -> str:
    kind = f.r.randint(0, 5)
    if kind == 0:
        return f"{f.pick(KR_SURNAMES)[0]} {f.pick(KR_GIVEN)[0]}"
    if kind == 1:
        return kr_hangul(f)
    if kind == 2:
        return f"{f.pick(PL_FIRST)} {f.pick(PL_LAST)}"
    if kind == 3:
        return f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)} {f.pick(BR_LAST)}"
    if kind == 4:
        return f"{f.pick(KR_GIVEN)[0]} {f.pick(KR_SURNAMES)[0]}"
    return f.full_name()


def pl_name(f: Fake) -> str:
    return f"{f.pick(PL_FIRST)} {f.pick(PL_LAST)}"


def br_name(f: Fake) -> str:
    return f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)}"


def gamertag(f: Fake) -> str:
    kind = f.r.randint(0, 6)
    word = f.pick(["Shadow", "Pixel", "Rift", "Frost", "Nova", "Ghost", "Blaze", "Lotus", "Tigre", "Wilk"])
    noun = f.pick(["Fox", "Samurai", "Reaper", "Mage", "Hunter", "Onça", "Smok", "Ninja"])
    if kind == 0:
        return f"{word}{noun}#{f.r.randint(1000, 9999)}"
    if kind == 1:
        given = f.pick(KR_GIVEN)[0].replace("-", "").lower()
        return f"{given}_{f.pick(['kr', 'gg', '99', 'main'])}"
    if kind == 2:
        return f"xX{f.pick(PL_FIRST).translate(ASCII)}{noun}Xx"
    if kind == 3:
        return f"{f.pick(BR_FIRST).split()[0].translate(ASCII)}Gamer{f.r.randint(10, 99)}"
    if kind == 4:
        return f.pick(["노을빛", "밤하늘", "검은늑대", "달토끼", "불꽃주먹"]) + str(f.r.randint(1, 99))
    if kind == 5:
        return f"{word.lower()}.{noun.lower()}{f.r.randint(1, 999)}"
    return f"{f.pick(BR_LAST).translate(ASCII).replace(' ', '')}_{f.r.randint(2000, 2012)}"


EMAIL_DOMAINS = [
    "naver.com",
    "daum.net",
    "kakao.com",
    "gmail.com",
    "wp.pl",
    "onet.pl",
    "o2.pl",
    "interia.pl",
    "uol.com.br",
    "bol.com.br",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
]


def email(f: Fake) -> str:
    kind = f.r.randint(0, 4)
    if kind == 0:
        given = f.pick(KR_GIVEN)[0].replace("-", "").lower()
        user = f"{f.pick(KR_SURNAMES)[0].lower()}{given}{f.r.randint(1, 99)}"
    elif kind == 1:
        user = f"{f.pick(PL_FIRST).lower()}.{f.pick(PL_LAST).lower()}".translate(ASCII)
    elif kind == 2:
        user = f"{f.pick(BR_FIRST).split()[0].lower()}_{f.pick(BR_LAST).split()[-1].lower()}".translate(ASCII)
        user += str(f.r.randint(80, 2010))
    elif kind == 3:
        user = gamertag(f).split("#")[0].translate(ASCII).lower()
        user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._")) or "player"
        user += str(f.r.randint(1, 999))
    else:
        return f.email()
    return f"{user}@{f.pick(EMAIL_DOMAINS)}"


def kr_phone(f: Fake) -> str:
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+8210{a}{b}"])


def pl_phone(f: Fake) -> str:
    p = f"{f.pick(['5', '6', '7', '8'])}{f.r.randint(10, 99)}"
    a, b = f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick([f"+48 {p} {a} {b}", f"{p}-{a}-{b}", f"+48{p}{a}{b}", f"{p} {a} {b}"])


def br_phone(f: Fake) -> str:
    ddd = f.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a}{b}"])


def phone(f: Fake) -> str:
    kind = f.r.randint(0, 3)
    return [kr_phone, pl_phone, br_phone, lambda f: f.phone()][kind](f)


def kr_street(f: Fake) -> str:
    road = f.pick(["테헤란로", "강남대로", "세종대로", "해운대로", "월드컵북로"])
    rom = f.pick(["Teheran-ro", "Gangnam-daero", "Sejong-daero", "Haeundae-ro", "Worldcup-buk-ro"])
    gu = f.pick(["Gangnam-gu", "Mapo-gu", "Jongno-gu", "Haeundae-gu", "Seocho-gu"])
    n = f.r.randint(1, 420)
    return f.pick(
        [f"{road} {n}", f"{n}, {rom}, {gu}", f"서울특별시 강남구 {road} {n}, {f.r.randint(101, 1503)}호"]
    )


def pl_street(f: Fake) -> str:
    street = f.pick(["Marszałkowska", "Piotrkowska", "Długa", "Floriańska", "Słowackiego", "Lipowa"])
    n = f.r.randint(1, 180)
    return f.pick(
        [
            f"ul. {street} {n}/{f.r.randint(1, 60)}",
            f"ul. {street} {n} m. {f.r.randint(1, 40)}",
            f"al. Jerozolimskie {n}",
        ]
    )


def br_street(f: Fake) -> str:
    street = f.pick(
        ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro", "Av. Atlântica"]
    )
    n = f.r.randint(10, 3200)
    return f.pick([f"{street}, {n}", f"{street}, {n} - apto {f.r.randint(11, 184)}", f"{street} {n}, casa 2"])


def street(f: Fake) -> str:
    return [kr_street, pl_street, br_street, lambda f: f.street()][f.r.randint(0, 3)](f)


KR_CITIES = ["Seoul", "Busan", "Incheon", "Daegu", "서울", "부산", "Gwangju", "Suwon", "성남시"]
PL_CITIES = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin"]
BR_CITIES = [
    "São Paulo",
    "Rio de Janeiro",
    "Belo Horizonte",
    "Curitiba",
    "Recife",
    "Porto Alegre",
    "Fortaleza",
]


def city(f: Fake) -> str:
    return f.pick(f.pick([KR_CITIES, PL_CITIES, BR_CITIES]))


def kr_postal(f: Fake) -> str:
    return f"{f.r.randint(1000, 63999):05d}"


def pl_postal(f: Fake) -> str:
    return f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"


def cep(f: Fake) -> str:
    return f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}"


def postal(f: Fake) -> str:
    return [kr_postal, pl_postal, cep][f.r.randint(0, 2)](f)


def dob(f: Fake, start=1975, end=2011) -> tuple[int, int, int]:
    return f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)


def birthdate(f: Fake, start=1975, end=2011) -> str:
    y, m, d = dob(f, start, end)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"]
    )


# -- national ids with real check digits ---------------------------------------------------------


def rrn(f: Fake) -> str:
    y, m, d = dob(f, 1970, 2011)
    g = (1 if y < 2000 else 3) + f.r.randint(0, 1)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{f.r.randint(0, 99999):05d}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def pesel(f: Fake, start=1970, end=2015) -> str:
    y, m, d = dob(f, start, end)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{f.r.randint(0, 9999):04d}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def cpf(f: Fake, formatted=None) -> str:
    digits = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        total = sum(dgt * w for dgt, w in zip(digits, range(n, 1, -1), strict=False))
        r = total * 10 % 11
        digits.append(0 if r == 10 else r)
    s = "".join(map(str, digits))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = [f.r.randint(0, 9) for _ in range(5)]
    vals = [ord(c) - 55 for c in letters]
    check = (
        sum(v * w for v, w in zip(vals, [7, 3, 1], strict=True))
        + sum(v * w for v, w in zip(rest, [7, 3, 1, 7, 3], strict=True))
    ) % 10
    return letters + str(check) + "".join(map(str, rest))


def passport(f: Fake) -> str:
    return f.pick(
        [
            "M" + f.digits(8),
            "E" + f.pick(["A", "B", "C"]) + f.digits(7),
            "F" + f.pick(["X", "Y", "Z"]) + f.digits(6),
        ]
    )


def rg(f: Fake) -> str:
    return (
        f"{f.r.randint(10, 59)}.{f.r.randint(100, 999)}.{f.r.randint(100, 999)}-{f.pick(list('0123456789X'))}"
    )


def pl_iban(f: Fake) -> str:
    bban = f.pick(["10901014", "11402004", "10205561", "24901044"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(16)
    )
    numeric = "".join(str(int(c, 36)) for c in bban + "PL00")
    raw = f"PL{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.5:
        return raw[:4] + " " + " ".join(raw[i : i + 4] for i in range(4, 28, 4))
    return raw


def kr_account(f: Fake) -> str:
    return f.pick(
        [
            f"110-{f.r.randint(100, 999)}-{f.r.randint(100000, 999999)}",
            f"{f.r.randint(100000, 999999)}-{f.r.randint(10, 99)}-{f.r.randint(100000, 999999)}",
            f"3333-{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}",
            f.digits(14),
        ]
    )


def br_account(f: Fake) -> str:
    return f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}"


# -- things ----------------------------------------------------------------------------------------

ITEMS = [
    "Riftgate: Season 9 Battle Pass",
    "2,800 Rift Crystals",
    "Mythic Skin - Crimson Oni",
    "Starter Pack (Brazil Edition)",
    "Hero Unlock: Lumen",
    "Emote Bundle: Samba Night",
    "Wilk Stalowy Weapon Wrap",
    "Riftgate Plus (1 month)",
    "560 Rift Crystals",
]
HEROES = ["Lumen", "Kaida", "Borvik", "Iara", "Haneul", "Zorya", "Tupã", "Volt"]
MAPS = ["Seoul Underpass", "Gdańsk Docks", "Favela Heights", "Frostfall", "Neon Bazaar"]
MODES = ["ranked_5v5", "casual_5v5", "battle_royale_trios", "arena_2v2", "custom"]
RANKS = ["Iron III", "Bronze I", "Silver II", "Gold IV", "Platinum I", "Diamond II", "Master", "Grandmaster"]
BUILDS = ["1.42.3.18822", "1.42.4.18907", "1.43.0.19011"]
CLANS = ["Seoul Tigers", "Wilki z Łodzi", "Onças do Sul", "Night Owls", "TEAM NOVA", "각성"]
CURRENCIES = ["KRW", "PLN", "BRL"]
REGIONS = ["kr", "eune", "br"]
LOCALES = ["ko-KR", "pl-PL", "pt-BR", "en-US"]
TIMEZONES = ["Asia/Seoul", "Europe/Warsaw", "America/Sao_Paulo"]
WIN_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "riftgate-launcher/3.14.2 Chrome/122.0.6261.156 Electron/29.4.0 Safari/537.36"
)
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.5.2)",
    WIN_UA,
]


def money(f: Fake, cur: str | None = None) -> float | int:
    cur = cur or f.pick(CURRENCIES)
    if cur == "KRW":
        return f.pick([1100, 5500, 11000, 33000, 55000, 99000, 2900, 14900])
    return f.money(5, 350)


def sha256(f: Fake) -> str:
    return f.hexid(64)


def ip(f: Fake) -> str:
    return f.pick([f.ipv4(), f.ipv4(), f.ipv6()])


def ids(prefix: str, n: int = 24):
    return lambda f: (
        prefix
        + "".join(
            f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )
    )


def player_id(f: Fake) -> int:
    return f.r.randint(10_000_000, 4_299_999_999)


def steam_id(f: Fake) -> str:
    return str(76561197960265728 + f.r.randint(10_000_000, 900_000_000))


def pick(*items):
    return lambda f: f.pick(list(items))


# -- contexts ------------------------------------------------------------------------------------


def campaign():
    return {
        "name": G(pick("s9_launch", "kr_pcbang_week", "pl_summer_sale", "br_carnaval")),
        "source": G(pick("google", "naver", "youtube", "facebook", "discord")),
        "medium": G(pick("cpc", "social", "influencer", "email")),
        "term": G(pick("free fps game", "jogo de tiro grátis", "darmowa gra online", "무료 게임")),
        "content": G(pick("trailer_30s", "banner_a", "creator_code")),
    }


def web_ctx(f: Fake):
    page = f.pick(["/", "/store", "/store/battle-pass", "/download", "/support", "/account"])
    return {
        "library": {
            "name": G(pick("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "npm:next-1.72.1")),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                pick("https://www.google.com/", "https://search.naver.com/", "", "https://www.youtube.com/")
            ),
            "search": G(pick("", "?utm_source=youtube&utm_medium=influencer", "?lang=pl")),
            "title": G(pick("Riftgate", "Sklep | Riftgate", "Loja | Riftgate", "상점 | Riftgate")),
            "url": G(lambda f: "https://riftgate.gg" + page),
        },
        "userAgent": G(pick(*UAS)),
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "ip": Y(ip, "ip"),
        "campaign": campaign(),
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(pick("Riftgate Companion")),
            "version": G(pick("4.2.0", "4.3.1", "4.3.2")),
            "build": G(pick("420", "431", "432")),
            "namespace": G(pick("gg.riftgate.companion")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone15,2", "iPhone16,1", "iPhone14,5")),
            "name": G(pick("iPhone")),
            "type": G(pick("ios")),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(pick("ko-KR", "pl-PL", "pt-BR")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932))},
        "timezone": G(pick(*TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "username": Y(gamertag, "name"),
        },
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(pick("Riftgate Companion")),
            "version": G(pick("4.2.0", "4.3.1")),
            "build": G(pick("40200", "40301")),
            "namespace": G(pick("gg.riftgate.companion")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "motorola")),
            "model": G(pick("SM-S918N", "SM-A546E", "23053RN02Y", "moto g84 5G")),
            "name": G(pick("dm3q", "a54x", "tapas")),
            "type": G(pick("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(pick("ko-KR", "pl-PL", "pt-BR")),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-30, 38), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-52, 129), 6), "geolocation"),
            "city": Y(city, "city"),
            "country": G(pick("KR", "PL", "BR")),
        },
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(pick(False)),
            "carrier": G(pick("SKTelecom", "KT", "LG U+", "Play", "Orange", "Vivo", "Claro")),
        },
        "os": {"name": G(pick("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 3088)),
        },
        "timezone": G(pick(*TIMEZONES)),
        "userAgent": G(pick("Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)")),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(pick("Riftgate Mobile")),
            "version": G(pick("2.8.0", "2.9.1", "2.9.3")),
            "build": G(pick("2080", "2091", "2093")),
            "namespace": G(pick("gg.riftgate.mobile")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone15,3", "SM-S911N", "SM-G991B")),
            "type": G(pick("ios", "android")),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick("analytics-react-native")), "version": G(pick("2.19.1", "2.20.0"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(393, 412)), "height": G(pick(852, 915))},
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "ip": Y(ip, "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: f"rg_{player_id(f)}")},
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(pick("Riftgate Parents")),
            "version": G(pick("1.4.0", "1.4.2", "1.5.0")),
            "build": G(pick("14", "16", "21")),
            "namespace": G(pick("gg.riftgate.parents")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,7", "SM-A156B", "Pixel 8")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.3", "1.1.4"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 892)), "density": G(pick(3.0, 2.625))},
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "ip": Y(ip, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first_name, "name"),
        },
    }


def unity_ctx(f: Fake):
    return {
        "app": {
            "name": G(pick("Riftgate", "Riftgate Launcher")),
            "version": G(pick(*BUILDS)),
            "build": G(pick("18822", "18907", "19011")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "model": G(
                pick("MS-7D98 (Micro-Star International Co., Ltd.)", "ROG STRIX B650E-F", "Laptop 15-fd0xxx")
            ),
            "type": G(pick("windows")),
        },
        "library": {"name": G(pick("Analytics.CSharp")), "version": G(pick("2.4.1", "2.3.8"))},
        "os": {"name": G(pick("Windows")), "version": G(pick("10.0.22631", "10.0.19045", "10.0.26100"))},
        "screen": {"width": G(pick(1920, 2560, 3440)), "height": G(pick(1080, 1440))},
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "userAgent": G(pick(WIN_UA)),
        "ip": Y(ip, "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_ctx(library: str):
    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: library), "version": G(lambda f: SERVER_VERSIONS[library])}}
        if library in ("analytics-node", "analytics-python", "analytics-php", "analytics-ruby"):
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(pick(*UAS))
        if library == "analytics-java":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(pick("email")),
                    "collection": G(pick("users")),
                    "encoding": G(pick("none")),
                },
                1,
            )
        if library == "Analytics.NET":
            ctx["traits"] = {"Email": Y(email, "email"), "AccountId": G(lambda f: f"RG-{f.digits(9)}")}
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "unity": unity_ctx,
    **{name.split("-")[-1]: server_ctx(name) for name in SERVER_VERSIONS if name.startswith("analytics-")},
    "dotnet": server_ctx("Analytics.NET"),
}
MOBILE = ["swift", "kotlin", "rn"]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]

# -- free text -----------------------------------------------------------------------------------


def chat_line(f: Fake) -> str:
    return f.pick(
        [
            "gg ez",
            "uninstall the game noob",
            "report jungle, afk",
            "you are trash, go back to bronze",
            "ff 15",
            "noob team, I carry",
            "tu é muito ruim kkkkk",
            "co ty robisz debilu",
            "트롤 신고합니다",
            "nice aim bot lol",
        ]
    )


def doxx_evidence(f: Fake) -> str:
    return f.pick(
        [
            f"he posted my number in all chat: {kr_phone(f)}",
            f"typed my home address {pl_street(f)}, {f.pick(PL_CITIES)} and said he is coming",
            f"leaked my real name {full_name(f)} and school in team chat",
            f"wrote 'I know you live at {br_street(f)}' after the match",
            f"shared my mom's phone {br_phone(f)} and told everyone to call",
            f"posted my email {email(f)} and said spam it",
        ]
    )


def blocked_text(f: Fake) -> str:
    return f.pick(
        [
            f"add me on kakao {kr_phone(f)}",
            f"selling acc, msg {email(f)}",
            f"zadzwoń {pl_phone(f)}",
            f"me chama no zap {br_phone(f)}",
            f"contact {email(f)} for boosting",
        ]
    )


def ticket_description(f: Fake) -> str:
    return f.pick(
        [
            f"My account was hacked and the email was changed. My original email is {email(f)}.",
            f"I was charged twice for crystals. Please call me back at {phone(f)}.",
            f"Hi, I am {full_name(f)}, my son bought skins with my card without permission, please refund.",
            f"Nie mogę się zalogować, proszę o kontakt: {email(f)}",
            f"Comprei o passe de batalha e não recebi. Meu telefone é {br_phone(f)}",
            f"결제 오류입니다. 연락처 {kr_phone(f)} 로 연락 부탁드립니다.",
            f"Please transfer the account to my new email {email(f)}",
        ]
    )


def gift_message(f: Fake) -> str:
    name = first_name(f)
    return f.pick(
        [
            f"Happy birthday {name}!",
            f"{name}, gg wp - enjoy the skin",
            f"Para o {name}, do seu squad",
            f"Wszystkiego najlepszego, {name}!",
            f"{name}아 생일 축하해",
        ]
    )


# -- events -------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f"prd_{f.r.randint(10000, 99999)}"),
        "sku": G(
            lambda f: (
                f"RG-{f.pick(['BP', 'CR', 'SK', 'HR', 'EM'])}-{f.r.randint(100, 999)}-"
                f"{f.pick(REGIONS).upper()}"
            )
        ),
        "name": G(pick(*ITEMS)),
        "category": G(pick("battle_pass", "currency", "cosmetic", "hero", "bundle")),
        "price": G(lambda f: money(f)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://riftgate.gg/store/item/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.riftgate.gg/store/{f.hexid(10)}.webp"),
    }


EVENTS = [
    # -- identities --------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "node"],
        {
            "email": Y(email, "email"),
            "username": Y(gamertag, "name"),
            "displayName": Y(gamertag, "name"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "birthday": Y(birthdate, "birthdate"),
            "age": G(lambda f: f.r.randint(13, 48)),
            "phone": Y(phone, "phone"),
            "country": G(pick("KR", "PL", "BR")),
            "region": G(pick(*REGIONS)),
            "language": G(pick("ko", "pl", "pt-BR", "en")),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "marketingOptIn": G(pick(True, False)),
            "membershipTier": G(pick("free", "riftgate_plus", "riftgate_plus_annual")),
            "steamId": G(steam_id),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "email": Y(email, "email"),
            "full_name": Y(full_name, "name"),
            "nickname": Y(gamertag, "name"),
            "phone_number": Y(phone, "phone"),
            "birth_date": Y(birthdate, "birthdate"),
            "gender": Y(pick("male", "female", "non_binary", "prefer_not_to_say"), "gender"),
            "age_band": G(pick("13-15", "16-17", "18-24", "25-34", "35+")),
            "push_enabled": G(pick(True, False)),
            "player_level": G(lambda f: f.r.randint(1, 120)),
            "payer": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(email, "email"),
            "FirstName": Y(first_name, "name"),
            "LastName": Y(last_name, "name"),
            "DateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
            "PhoneNumber": Y(phone, "phone"),
            "Address": {
                "Street": Y(street, "street|address"),
                "City": Y(city, "city"),
                "PostalCode": Y(postal, "zipcode"),
                "Country": G(pick("South Korea", "Poland", "Brazil")),
            },
            "PreferredLanguage": G(pick("ko-KR", "pl-PL", "pt-BR")),
            "AccountTier": G(pick("Standard", "Plus")),
            "CreatedAt": G(lambda f: f.iso()),
            "TwoFactorEnabled": G(pick(True, False)),
            "BanCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "imie": Y(lambda f: f.pick(PL_FIRST), "name"),
            "nazwisko": Y(lambda f: f.pick(PL_LAST), "name"),
            "email": Y(email, "email"),
            "telefon": Y(pl_phone, "phone"),
            "data_urodzenia": Y(lambda f: birthdate(f), "birthdate"),
            "plec": Y(pick("M", "K"), "gender"),
            "adres": {
                "ulica": Y(pl_street, "street|address"),
                "kod_pocztowy": Y(pl_postal, "zipcode"),
                "miasto": Y(lambda f: f.pick(PL_CITIES), "city"),
                "wojewodztwo": G(pick("mazowieckie", "małopolskie", "łódzkie", "pomorskie")),
            },
            "jezyk": G(pick("pl")),
            "zgoda_marketingowa": G(pick(True, False)),
            "data_rejestracji": G(lambda f: f.iso()),
            "poziom_konta": G(lambda f: f.r.randint(1, 300)),
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            "nome_completo": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)} {f.pick(BR_LAST)}", "name"),
            "email": Y(email, "email"),
            "celular": Y(br_phone, "phone"),
            "data_nascimento": Y(lambda f: birthdate(f), "birthdate"),
            "cpf": RED(cpf, "national id"),
            "genero": Y(pick("masculino", "feminino", "outro"), "gender"),
            "endereco": {
                "logradouro": Y(
                    lambda f: f.pick(
                        ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Voluntários da Pátria"]
                    ),
                    "street|address",
                ),
                "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address"),
                "complemento": Y(
                    lambda f: f.pick(["apto 32", "casa 2", "bloco B apto 104", "fundos"]), "address"
                ),
                "bairro": Y(
                    lambda f: f.pick(["Consolação", "Botafogo", "Savassi", "Boa Viagem", "Moinhos de Vento"]),
                    "address",
                ),
                "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                "uf": G(pick("SP", "RJ", "MG", "PE", "RS", "CE")),
                "cep": Y(cep, "zipcode"),
            },
            "aceita_marketing": G(pick(True, False)),
            "plano": G(pick("gratis", "plus")),
        },
    ),
    (
        "identify",
        None,
        ["kotlin"],
        {
            "ireum": Y(kr_hangul, "name"),
            "email": Y(email, "email"),
            "hyudaepon": Y(kr_phone, "phone"),
            "saengnyeonwolil": Y(lambda f: "{}{:02d}{:02d}".format(*dob(f)), "birthdate"),
            "seongbyeol": Y(pick("M", "F", "남", "여"), "gender"),
            "juso": {
                "doro_myeong": Y(kr_street, "street|address"),
                "sangse_juso": Y(
                    lambda f: f"{f.r.randint(101, 120)}동 {f.r.randint(101, 2503)}호", "address"
                ),
                "ujeon_beonho": Y(kr_postal, "zipcode"),
                "sido": G(pick("서울특별시", "부산광역시", "경기도", "인천광역시")),
            },
            "nai": G(lambda f: f.r.randint(12, 45)),
            "seongin_yeobu": G(pick("Y", "N")),
            "bonin_injeung_yeobu": G(pick("Y", "N")),
            "gaip_ilsi": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: f"rg_{player_id(f)}"),
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first_name, "name"),
            "PHONE_E164": Y(lambda f: "+" + "".join(c for c in phone(f) if c.isdigit()), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: "{}-{:02d}-{:02d}".format(*dob(f)), "birthdate"),
            "COUNTRY_CODE": G(pick("KR", "PL", "BR")),
            "AGE_BUCKET": G(pick("13-17", "18-24", "25-34", "35-44")),
            "LTV_USD": G(lambda f: f.money(0, 2400)),
            "IS_WHALE": G(pick(True, False)),
            "TOTAL_MATCHES": G(lambda f: f.r.randint(0, 9000)),
            "LAST_PURCHASE_AT": G(lambda f: f.iso()),
        },
    ),
    # -- account creation, age gates, login ------------------------------------------------------
    (
        "track",
        "Account Created",
        ["web", "node"],
        {
            "accountId": G(lambda f: f"RG-{f.digits(9)}"),
            "method": G(pick("email", "google", "kakao", "naver", "apple", "steam")),
            "email": Y(email, "email"),
            "username": Y(gamertag, "name"),
            "birthDate": Y(birthdate, "birthdate"),
            "ageGateResult": G(pick("passed", "under_14", "under_13", "under_16", "guardian_required")),
            "isMinor": G(pick(True, False)),
            "countryOfResidence": G(pick("KR", "PL", "BR")),
            "marketingConsent": G(pick(True, False)),
            "referralCode": G(
                lambda f: "RG-" + "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            ),
            "passwordStrength": G(pick("weak", "fair", "strong")),
        },
    ),
    (
        "track",
        "Age Gate Submitted",
        ["rn", "web"],
        {
            "birth_year": G(lambda f: f.r.randint(1978, 2016)),
            "computed_age": G(lambda f: f.r.randint(8, 46)),
            "result": G(pick("allowed", "blocked", "guardian_required")),
            "gate_version": G(pick("v3", "v4")),
            "jurisdiction": G(pick("KR", "PL", "BR")),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(pick("signup_v4", "profile_edit")),
            "field_name": G(pick("email", "phone", "nickname", "birth_date")),
            "value": Y(
                lambda f: f.pick([email(f), phone(f), gamertag(f), birthdate(f)]),
                "email|phone|name|birthdate",
                True,
            ),
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 40000)),
            "had_error": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "unity"],
        {
            "method": G(pick("password", "kakao", "naver", "google", "apple", "qr_code")),
            "success": G(pick(True, False)),
            "failure_reason": G(pick("", "wrong_password", "locked", "captcha_failed")),
            "two_factor_method": G(pick("none", "otp_app", "sms", "email")),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(ids("", 40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "requested_ip": Y(ip, "ip"),
            "delivery": G(pick("email", "sms")),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "phone_number": Y(phone, "phone"),
            "channel": G(pick("sms", "kakao_alimtalk", "voice")),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(pick("twilio", "nhn_cloud", "smsapi.pl", "zenvia")),
            "expires_in_sec": G(pick(180, 300)),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link_token": RED(ids("ml_", 32), "token"),
            "redirect_path": G(pick("/account", "/store", "/download")),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
            "same_device": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Account Lookup Submitted",
        ["web"],
        {
            "input": Y(lambda f: f.pick([email(f), phone(f), gamertag(f)]), "email|phone|name", True),
            "input_type": G(pick("email", "phone", "riot_style_tag")),
            "matches": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    # -- Korean real-name verification -------------------------------------------------------------
    (
        "track",
        "Identity Verification Completed",
        ["java"],
        {
            "provider": G(pick("NICE", "KCB", "PASS")),
            "txId": G(lambda f: f.uuid()),
            "result": G(pick("success", "success", "cancelled")),
            "purpose": G(pick("signup", "adult_check", "payment_limit")),
            "niceResponse": {
                "REQ_SEQ": G(lambda f: f"RG{f.digits(12)}"),
                "RES_SEQ": G(lambda f: f"MRG{f.digits(15)}"),
                "AUTH_TYPE": G(pick("M", "C", "X")),
                "UTF8_NAME": Y(kr_hangul, "name"),
                "BIRTHDATE": Y(lambda f: "{}{:02d}{:02d}".format(*dob(f)), "birthdate"),
                "GENDER": Y(pick("0", "1"), "gender"),
                "NATIONALINFO": Y(pick("0", "1"), "citizenship"),
                "MOBILE_CO": G(pick("SKT", "KTF", "LGT", "SKM", "KTM")),
                "MOBILE_NO": Y(lambda f: f"010{f.r.randint(10000000, 99999999)}", "phone"),
                "CI": RED(lambda f: ids("", 86)(f) + "==", "national id"),
                "DI": RED(lambda f: ids("", 64)(f), "national id"),
            },
        },
    ),
    (
        "track",
        "Real Name Check Failed",
        ["java"],
        {
            "reason_code": G(pick("E001", "E103", "E221")),
            "seongmyeong": Y(kr_hangul, "name"),
            "saengnyeonwolil": Y(lambda f: "{}{:02d}{:02d}".format(*dob(f)), "birthdate"),
            "hyudaepon_beonho": Y(kr_phone, "phone"),
            "tongsinsa": G(pick("SKT", "KT", "LGU+")),
            "naeoegugin_gubun": Y(pick("내국인", "외국인"), "citizenship"),
            "sido_hoesu": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Legacy Member Migrated",
        ["java"],
        {
            "legacy_member_no": G(lambda f: f.digits(8)),
            "jumin_beonho": RED(rrn, "national id"),
            "ireum": Y(kr_hangul, "name"),
            "migrated_at": G(lambda f: f.iso()),
            "source_system": G(pick("old_portal_2012", "pcbang_member_db")),
        },
    ),
    # -- parental controls and guardian consent -----------------------------------------------------
    (
        "track",
        "Guardian Consent Requested",
        ["node"],
        {
            "child_user_id": G(lambda f: f"rg_{player_id(f)}"),
            "child_age": G(lambda f: f.r.randint(8, 15)),
            "guardian_email": Y(email, "email"),
            "guardian_name": Y(full_name, "name"),
            "relationship": G(pick("mother", "father", "legal_guardian", "grandparent")),
            "consent_method": G(pick("email_plus", "card_check", "id_upload")),
            "policy_version": G(pick("coppa-2024.1", "gdpr-k-2024.2")),
        },
    ),
    (
        "track",
        "Guardian Consent Granted",
        ["python"],
        {
            "consentId": G(lambda f: f.uuid()),
            "guardian": {
                "firstName": Y(first_name, "name"),
                "lastName": Y(last_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "birthDate": Y(lambda f: birthdate(f, 1960, 1995), "birthdate"),
            },
            "verification": {
                "method": G(pick("card_check", "id_upload", "email_plus")),
                "cardBrand": G(pick("visa", "mastercard", "elo")),
                "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "chargeAmount": G(pick(0.5, 1.0)),
                "paymentMethodId": RED(ids("pm_", 24), "token"),
            },
            "child": {
                "userId": G(lambda f: f"rg_{player_id(f)}"),
                "displayName": Y(gamertag, "name"),
                "birthDate": Y(lambda f: birthdate(f, 2009, 2017), "birthdate"),
                "age": G(lambda f: f.r.randint(7, 15)),
            },
            "note": Y(lambda f: f"Consent confirmed by phone with {full_name(f)}", "name", True),
        },
    ),
    (
        "track",
        "zgoda_rodzica_udzielona",
        ["php"],
        {
            "identyfikator_konta": G(lambda f: f"RG-{f.digits(9)}"),
            "imie_opiekuna": Y(lambda f: f.pick(PL_FIRST), "name"),
            "nazwisko_opiekuna": Y(lambda f: f.pick(PL_LAST), "name"),
            "email_opiekuna": Y(email, "email"),
            "telefon_opiekuna": Y(pl_phone, "phone"),
            "pesel_dziecka": RED(lambda f: pesel(f, 2008, 2016), "national id"),
            "data_urodzenia_dziecka": Y(lambda f: birthdate(f, 2008, 2016), "birthdate"),
            "zgoda_marketingowa": G(pick(True, False)),
            "kanal": G(pick("email", "sms", "aplikacja")),
        },
    ),
    (
        "track",
        "Consentimento Responsavel Registrado",
        ["php"],
        {
            "id_conta_menor": G(lambda f: f"RG-{f.digits(9)}"),
            "nome_responsavel": Y(br_name, "name"),
            "cpf_responsavel": RED(cpf, "national id"),
            "email_responsavel": Y(email, "email"),
            "telefone_responsavel": Y(br_phone, "phone"),
            "parentesco": G(pick("mãe", "pai", "avó", "tutor legal")),
            "data_nascimento_menor": Y(lambda f: birthdate(f, 2009, 2016), "birthdate"),
            "versao_termo": G(pick("LGPD-2024.2", "LGPD-2024.3")),
        },
    ),
    (
        "track",
        "Parental Controls Updated",
        ["flutter"],
        {
            "childAccountId": G(lambda f: f"RG-{f.digits(9)}"),
            "spendingLimit": G(lambda f: money(f)),
            "currency": G(pick(*CURRENCIES)),
            "chatEnabled": G(pick(True, False)),
            "voiceChatEnabled": G(pick(True, False)),
            "friendRequests": G(pick("everyone", "friends_of_friends", "nobody")),
            "playtimeLimitMinutes": G(pick(60, 90, 120, 180)),
            "contentRating": G(pick("PEGI 12", "PEGI 16", "GRAC 12", "ClassInd 14")),
            "pinEnabled": G(pick(True, False)),
            "childName": Y(first_name, "name"),
        },
    ),
    # -- friends and party ---------------------------------------------------------------------------
    (
        "track",
        "Friend Request Sent",
        ["unity"],
        {
            "FriendPlayerId": G(player_id),
            "Source": G(pick("search", "recent_players", "party", "contacts")),
            "MutualFriends": G(lambda f: f.r.randint(0, 12)),
            "TargetDisplayName": Y(gamertag, "name"),
        },
    ),
    (
        "track",
        "Friend Invited",
        ["web"],
        {
            "invite_channel": G(pick("email")),
            "recipient_email": Y(email, "email"),
            "invite_id": G(lambda f: f.uuid()),
            "reward_eligible": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Invite SMS Sent",
        ["node"],
        {
            "to": Y(phone, "phone"),
            "from": G(pick("+15005550006", "RIFTGATE", "+48732100200")),
            "messaging_service_sid": G(ids("MG", 32)),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"{gamertag(f)} invited you to play Riftgate: https://rg.gg/i/{f.hexid(6)}",
                        f"{gamertag(f)} zaprasza Cię do Riftgate: https://rg.gg/i/{f.hexid(6)}",
                        f"{gamertag(f)} te convidou para jogar Riftgate: https://rg.gg/i/{f.hexid(6)}",
                    ]
                ),
                "name",
                True,
            ),
            "segments": G(pick(1, 2)),
        },
    ),
    (
        "track",
        "Friends Searched",
        ["rn", "unity"],
        {
            "q": Y(
                lambda f: f.pick([gamertag(f), gamertag(f), email(f), phone(f)]), "name|email|phone", True
            ),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "search_scope": G(pick("global", "region")),
        },
    ),
    (
        "track",
        "Party Invite Sent",
        ["unity"],
        {
            "PartyId": G(lambda f: f.uuid()),
            "InviteePlayerId": G(player_id),
            "InviteeName": Y(gamertag, "name"),
            "PartySize": G(lambda f: f.r.randint(1, 5)),
            "GameMode": G(pick(*MODES)),
            "Region": G(pick(*REGIONS)),
            "IsCrossplay": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Party Joined",
        ["unity"],
        {
            "PartyId": G(lambda f: f.uuid()),
            "LeaderPlayerId": G(player_id),
            "VoiceChannelId": G(lambda f: f"vc-{f.pick(REGIONS)}-{f.digits(10)}"),
            "Members": Many(
                {
                    "PlayerId": G(player_id),
                    "DisplayName": Y(gamertag, "name"),
                    "Role": G(pick("leader", "member")),
                    "PingMs": G(lambda f: f.r.randint(8, 180)),
                    "RankTier": G(pick(*RANKS)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["kotlin"],
        {
            "contacts_count": G(lambda f: f.r.randint(3, 800)),
            "matched_count": G(lambda f: f.r.randint(0, 30)),
            "permission": G(pick("granted", "limited")),
            "contacts": Many(
                {
                    "display_name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                    "matched": G(pick(True, False)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Gift Recipient Selected",
        ["web"],
        {
            "recipient_player_id": G(player_id),
            "label": Y(gamertag, "name", True),
            "is_friend": G(pick(True, False)),
            "friends_since": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(pick(*CLANS)),
            "tag": G(pick("[STG]", "[WZL]", "[ONÇ]", "[NOWL]", "[NOVA]")),
            "member_count": G(lambda f: f.r.randint(2, 50)),
            "created_at": G(lambda f: f.iso()),
            "region": G(pick(*REGIONS)),
            "leader_name": Y(gamertag, "name"),
            "recruiting": G(pick(True, False)),
            "language": G(pick("ko", "pl", "pt")),
        },
    ),
    ("alias", None, ["node", "rn"], {}),
    # -- store and payments -------------------------------------------------------------------------
    (
        "page",
        "Store",
        ["web"],
        {
            "path": G(pick("/store")),
            "title": G(pick("Store | Riftgate")),
            "tab": G(pick("featured", "skins", "crystals")),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "unity"],
        {**product(), "currency": G(pick(*CURRENCIES)), "age_rating": G(pick("12", "15", "18"))},
    ),
    (
        "track",
        "Product Added",
        ["web"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f"ORD-{f.digits(10)}"),
            "revenue": G(lambda f: money(f)),
            "currency": G(pick(*CURRENCIES)),
            "coupon": G(pick("", "S9LAUNCH", "PCBANG10", "CARNAVAL")),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(
                pick("card", "kakaopay", "toss", "naverpay", "blik", "przelewy24", "pix", "boleto")
            ),
            "card_brand": G(pick("visa", "mastercard", "elo", "hipercard", "bc_card", "")),
            "card_bin": G(lambda f: f.pick(["4", "5", "6"]) + f.digits(5)),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "installments": G(pick(1, 1, 2, 3, 6, 12)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: f"ORD-{f.digits(10)}"),
            "total": G(lambda f: money(f)),
            "revenue": G(lambda f: money(f)),
            "tax": G(lambda f: f.money(0, 30)),
            "currency": G(pick(*CURRENCIES)),
            "payment_method": G(pick("card", "kakaopay", "toss", "blik", "pix", "carrier_billing")),
            "products": Many(product(), 3),
            "billing": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postal, "zipcode"),
                    "country": G(pick("KR", "PL", "BR")),
                },
            },
            "first_purchase": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Wallet Top Up Completed",
        ["go"],
        {
            "wallet_id": G(lambda f: f"wal_{f.hexid(16)}"),
            "amount": G(lambda f: money(f)),
            "bonus_amount": G(lambda f: f.r.randint(0, 600)),
            "currency": G(pick(*CURRENCIES)),
            "balance_after": G(lambda f: f.r.randint(0, 20000)),
            "payment_provider": G(pick("toss_payments", "kg_inicis", "przelewy24", "mercadopago", "stripe")),
            "provider_txn_id": G(lambda f: f"tx_{f.hexid(20)}"),
            "billing_key": RED(lambda f: "bill_" + ids("", 28)(f), "token"),
        },
    ),
    (
        "track",
        "Carrier Billing Authorized",
        ["java"],
        {
            "hyudaepon": Y(kr_phone, "phone"),
            "tongsinsa": G(pick("SKT", "KT", "LGU+")),
            "saengnyeonwolil": Y(lambda f: "{}{:02d}{:02d}".format(*dob(f)), "birthdate"),
            "seungin_beonho": G(lambda f: f.digits(8)),
            "geumaek": G(pick(5500, 11000, 33000, 55000)),
            "sangpum_myeong": G(pick(*ITEMS)),
            "gyeolje_ilsi": G(
                lambda f: f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 235959):06d}"
            ),
            "wolhando_janyeo": G(lambda f: f.r.randint(0, 300000)),
        },
    ),
    (
        "track",
        "Platnosc BLIK Zainicjowana",
        ["php"],
        {
            "id_transakcji": G(lambda f: f"P24-{f.digits(10)}"),
            "kod_blik": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "kwota": G(lambda f: f.money(5, 300)),
            "waluta": G(pick("PLN")),
            "email": Y(email, "email"),
            "nazwa_banku": G(pick("PKO BP", "mBank", "ING Bank Śląski", "Santander", "Pekao")),
            "status": G(pick("oczekuje", "zaakceptowana", "odrzucona")),
        },
    ),
    (
        "track",
        "Pagamento Pix Gerado",
        ["ruby"],
        {
            "txid": G(ids("", 32)),
            "valor": G(lambda f: f.money(5, 300)),
            "chave_pix": G(pick("pagamentos@riftgate.gg", "44.123.456/0001-90")),
            "qr_code_payload": G(
                lambda f: (
                    "00020126580014br.gov.bcb.pix0136"
                    + f.uuid()
                    + "5204000053039865802BR6304"
                    + f.hexid(4).upper()
                )
            ),
            "expiracao_seg": G(pick(900, 3600)),
            "pagador": {"nome": Y(br_name, "name"), "cpf": RED(cpf, "national id")},
        },
    ),
    (
        "track",
        "Boleto Gerado",
        ["ruby"],
        {
            "nosso_numero": G(lambda f: f.digits(11)),
            "linha_digitavel": G(
                lambda f: (
                    f"34191.{f.digits(5)} {f.digits(5)}.{f.digits(6)} {f.digits(5)}.{f.digits(6)} "
                    f"{f.r.randint(1, 9)} {f.digits(14)}"
                )
            ),
            "vencimento": G(lambda f: f.date(2024, 2025)),
            "valor": G(lambda f: f.money(5, 300)),
            "sacado": {
                "nome": Y(br_name, "name"),
                "cpf": RED(cpf, "national id"),
                "endereco": Y(br_street, "address"),
                "cep": Y(cep, "zipcode"),
                "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                "uf": G(pick("SP", "RJ", "MG", "PR")),
            },
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        ["web"],
        {
            "card_type": G(pick("cultureland", "happymoney", "paysafecard", "google_play")),
            "pin": RED(lambda f: "-".join(f.digits(4) for _ in range(4)), "secret|token"),
            "amount": G(lambda f: money(f)),
            "currency": G(pick(*CURRENCIES)),
            "success": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["python"],
        {
            "order_id": G(lambda f: f"ORD-{f.digits(10)}"),
            "reason": G(pick("accidental_purchase", "not_received", "minor_purchase", "duplicate")),
            "refund_method": G(pick("original", "bank_transfer")),
            "refund_account": {
                "bank_code": G(pick("088", "004", "020", "090")),
                "account_number": RED(kr_account, "bank account"),
                "holder_name": Y(kr_hangul, "name"),
            },
            "amount": G(lambda f: money(f, "KRW")),
        },
    ),
    (
        "track",
        "Zwrot Zlecony",
        ["php"],
        {
            "numer_zamowienia": G(lambda f: f"ORD-{f.digits(10)}"),
            "nr_konta": RED(pl_iban, "bank account"),
            "wlasciciel_konta": Y(pl_name, "name"),
            "kwota_zwrotu": G(lambda f: f.money(5, 300)),
            "powod": G(pick("podwójna płatność", "zakup przez dziecko", "brak przedmiotu")),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        ["ruby"],
        {
            "pedido_id": G(lambda f: f"ORD-{f.digits(10)}"),
            "banco": G(pick("001", "237", "341", "260", "104")),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(br_account, "bank account"),
            "titular": Y(br_name, "name"),
            "chave_pix_cliente": RED(
                lambda f: f.pick([cpf(f, False), email(f), br_phone(f), f.uuid()]), "bank account"
            ),
            "valor": G(lambda f: f.money(5, 300)),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node", "swift"],
        {
            "subscription_id": G(ids("sub_", 24)),
            "plan": G(pick("riftgate_plus_monthly", "riftgate_plus_annual")),
            "price": G(lambda f: money(f)),
            "currency": G(pick(*CURRENCIES)),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["php"],
        {
            "error_code": G(pick("card_declined", "insufficient_funds", "do_not_honor", "3ds_failed")),
            "decline_code": G(pick("05", "51", "14", "54")),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(full_name, "name"),
            "amount": G(lambda f: money(f)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "gateway": G(pick("adyen", "cielo", "payu")),
        },
    ),
    (
        "track",
        "Dispute Created",
        ["node"],
        {
            "id": G(ids("dp_", 24)),
            "charge": G(ids("ch_", 24)),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "currency": G(pick("pln", "brl", "krw")),
            "reason": G(pick("fraudulent", "subscription_canceled", "unrecognized")),
            "status": G(pick("needs_response", "under_review")),
            "billing_details": {
                "email": Y(email, "email"),
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(pick("Apt 4", "m. 12", "apto 51", "1203호"), "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postal, "zipcode"),
                    "country": G(pick("KR", "PL", "BR")),
                    "state": G(pick("", "SP", "Seoul", "mazowieckie")),
                },
            },
        },
    ),
    (
        "track",
        "Purchase",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(pick("website", "app")),
            "user_data": {
                "em": Many(Y(sha256, "email"), 1),
                "ph": Many(Y(sha256, "phone"), 1),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(pick(*UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{ids('', 40)(f)}", "advertising id"),
                "external_id": Many(G(sha256), 1),
            },
            "custom_data": {
                "currency": G(pick(*CURRENCIES)),
                "value": G(lambda f: money(f)),
                "content_ids": Many(G(lambda f: f"prd_{f.r.randint(10000, 99999)}"), 3),
            },
        },
    ),
    (
        "track",
        "Gift Sent",
        ["web"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "product_name": G(pick(*ITEMS)),
            "recipient_player_id": G(player_id),
            "recipient_nickname": Y(gamertag, "name"),
            "gift_message": Y(gift_message, "name", True),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Launcher Download Started",
        ["web"],
        {
            "os": G(pick("windows", "macos")),
            "installer_version": G(pick("3.14.2", "3.15.0")),
            "gclid": Y(lambda f: "Cj0KCQjw" + ids("", 60)(f), "advertising id"),
            "download_source": G(pick("hero_button", "nav", "store_page")),
        },
    ),
    # -- match telemetry ---------------------------------------------------------------------------------
    (
        "track",
        "Match Started",
        ["unity"],
        {
            "MatchId": G(lambda f: f"{f.pick(REGIONS).upper()}1_{f.digits(10)}"),
            "QueueType": G(pick("RANKED_SOLO", "RANKED_FLEX", "NORMAL", "ARAM")),
            "MapName": G(pick(*MAPS)),
            "GameMode": G(pick(*MODES)),
            "ServerRegion": G(pick("kr-seoul-1", "eu-waw-2", "sa-gru-1")),
            "ServerIp": G(
                lambda f: (
                    f.pick(["43.200.", "3.121.", "18.231."]) + f"{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
                )
            ),
            "Build": G(pick(*BUILDS)),
            "PartySize": G(lambda f: f.r.randint(1, 5)),
            "Mmr": G(lambda f: f.r.randint(600, 3400)),
            "RankTier": G(pick(*RANKS)),
            "Players": Many(
                {
                    "PlayerId": G(player_id),
                    "TeamId": G(pick(100, 200)),
                    "HeroId": G(lambda f: f.r.randint(1, 64)),
                    "HeroName": G(pick(*HEROES)),
                },
                10,
            ),
        },
    ),
    (
        "track",
        "Match Ended",
        ["unity"],
        {
            "MatchId": G(lambda f: f"{f.pick(REGIONS).upper()}1_{f.digits(10)}"),
            "DurationSec": G(lambda f: f.r.randint(600, 2700)),
            "Result": G(pick("victory", "defeat", "remake")),
            "Kills": G(lambda f: f.r.randint(0, 25)),
            "Deaths": G(lambda f: f.r.randint(0, 15)),
            "Assists": G(lambda f: f.r.randint(0, 30)),
            "Score": G(lambda f: f.r.randint(0, 9800)),
            "MmrDelta": G(lambda f: f.r.randint(-30, 30)),
            "MvpPlayerId": G(player_id),
        },
    ),
    (
        "track",
        "Matchmaking Completed",
        ["go"],
        {
            "lobby_id": G(lambda f: f.uuid()),
            "host_player_id": G(player_id),
            "mode": G(pick(*MODES)),
            "peers": Many(
                {
                    "player_id": G(player_id),
                    "peer_ip": Y(ip, "ip"),
                    "nat_type": G(pick("open", "moderate", "strict")),
                    "region": G(pick(*REGIONS)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Game Crashed",
        ["unity"],
        {
            "CrashId": G(lambda f: f.uuid()),
            "ExceptionType": G(
                pick("EXCEPTION_ACCESS_VIOLATION", "NullReferenceException", "DXGI_ERROR_DEVICE_REMOVED")
            ),
            "Build": G(pick(*BUILDS)),
            "StackTrace": G(
                pick(
                    "at Riftgate.Net.Session.Tick () [0x0001f] in Session.cs:212",
                    "at UnityEngine.Rendering.CommandBuffer.Submit () [0x00000]",
                    "0x00007FFB2C1A3F12 (nvwgf2umx) OpenAdapter12",
                )
            ),
        },
    ),
    (
        "track",
        "Leaderboard Viewed",
        ["web", "rn"],
        {
            "leaderboard_id": G(pick("ranked_kr", "ranked_eune", "ranked_br", "weekly_br")),
            "top_entries": Many(
                {
                    "rank": G(lambda f: f.r.randint(1, 100)),
                    "player_id": G(player_id),
                    "nickname": Y(gamertag, "name"),
                    "score": G(lambda f: f.r.randint(1000, 4000)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Companion Pet Named",
        ["rn"],
        {
            "pet_id": G(lambda f: f"pet_{f.r.randint(1000, 9999)}"),
            "pet_species": G(pick("fox_spirit", "capybara", "żubr", "haetae")),
            "pet_name": G(pick("Mochi", "Burek", "Paçoca", "Kkami", "Dubu", "Fofinho")),
        },
    ),
    (
        "track",
        "Patch Downloaded",
        ["go"],
        {
            "patch-version": G(pick(*BUILDS)),
            "cdn-node": G(pick("icn-edge-03", "waw-edge-11", "gru-edge-07")),
            "bytes-downloaded": G(lambda f: f.r.randint(10_000_000, 9_000_000_000)),
            "download-ms": G(lambda f: f.r.randint(1000, 900000)),
            "client-ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "PC Bang Session Started",
        ["go"],
        {
            "pcbang_id": G(lambda f: f"PCB{f.digits(6)}"),
            "pcbang_name": G(pick("ZONE PC방 강남점", "레드포스 PC방 홍대점", "아이센스리그 PC방 서면점")),
            "pcbang_address": G(
                pick("서울 강남구 강남대로 396", "서울 마포구 양화로 160", "부산 부산진구 중앙대로 692")
            ),
            "pcbang_phone": G(pick("02-555-0199", "02-332-0145", "051-806-0112")),
        },
    ),
    # -- anti-cheat --------------------------------------------------------------------------------------
    (
        "track",
        "AntiCheat Heartbeat",
        ["unity"],
        {
            "SessionId": G(lambda f: f.uuid()),
            "Hwid": G(sha256),
            "MachineGuid": G(lambda f: f.uuid()),
            "MacAddresses": Many(Y(lambda f: f.pick([f.mac(), f.mac().replace(":", "-")]), "mac"), 3),
            "DiskSerial": Y(
                lambda f: f.pick(["S6B0NX0T", "WD-WX", "2K4520"]) + ids("", 8)(f).upper(), "serial"
            ),
            "BaseboardSerial": Y(lambda f: f.pick(["PM", "MB-", "BSN"]) + f.digits(10), "serial"),
            "SecureBoot": G(pick(True, False)),
            "TpmVersion": G(pick("2.0", "1.2", "none")),
            "VmDetected": G(pick(False, False, True)),
            "ClientHash": G(sha256),
        },
    ),
    (
        "track",
        "Cheat Detected",
        ["go"],
        {
            "detection_id": G(lambda f: f.uuid()),
            "severity": G(pick("low", "medium", "high", "critical")),
            "process_name": G(pick("cheatengine-x86_64.exe", "ahk.exe", "injector64.exe", "unknown")),
            "signature_hash": G(sha256),
            "player_id": G(player_id),
            "action_taken": G(pick("flag", "kick", "ban_7d", "ban_perm")),
            "hwid": G(sha256),
            "ip_address": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Ban Issued",
        ["java"],
        {
            "ban_id": G(lambda f: f"BAN-{f.digits(8)}"),
            "account_id": G(lambda f: f"RG-{f.digits(9)}"),
            "ban_type": G(pick("account", "hardware", "chat")),
            "duration_hours": G(pick(24, 168, 720, -1)),
            "reason_code": G(pick("CHEAT_3P", "TOXIC_CHAT", "BOOSTING", "CHARGEBACK")),
            "moderator_id": G(lambda f: f"mod_{f.r.randint(100, 999)}"),
            "moderator_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Ban Appeal Submitted",
        ["web"],
        {
            "appeal_id": G(lambda f: f.uuid()),
            "ban_id": G(lambda f: f"BAN-{f.digits(8)}"),
            "appeal_text": G(
                pick(
                    "I was not cheating, please review the replay",
                    "My little brother played on my account",
                    "Nie używałem żadnych programów",
                    "Não usei hack, foi lag",
                    "억울합니다. 핵 사용하지 않았습니다",
                )
            ),
            "contact_email": Y(email, "email"),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- chat, voice, moderation ---------------------------------------------------------------------
    (
        "track",
        "Chat Message Reported",
        ["unity"],
        {
            "ReportId": G(lambda f: f.uuid()),
            "ReporterPlayerId": G(player_id),
            "ReportedPlayerId": G(player_id),
            "ReportedDisplayName": Y(gamertag, "name"),
            "Channel": G(pick("team", "all", "party", "whisper")),
            "Category": G(pick("harassment", "hate_speech", "spam", "cheating")),
            "MessageText": G(chat_line),
            "MatchId": G(lambda f: f"{f.pick(REGIONS).upper()}1_{f.digits(10)}"),
        },
    ),
    (
        "track",
        "Doxxing Reported",
        ["web", "unity"],
        {
            "report_id": G(lambda f: f.uuid()),
            "reported_player_id": G(player_id),
            "evidence": Y(doxx_evidence, "phone|address|name|email", True),
            "urgent": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Voice Report Submitted",
        ["unity"],
        {
            "report_id": G(lambda f: f.uuid()),
            "voice_session_id": G(lambda f: f"vs_{f.hexid(20)}"),
            "clip_id": G(lambda f: f.uuid()),
            "clip_duration_s": G(pick(15, 30, 60)),
            "transcript": G(chat_line),
            "reported_player_ids": Many(G(player_id), 2),
            "asr_language": G(pick("ko", "pl", "pt", "en")),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["unity"],
        {
            "channel": G(pick("team", "all", "party")),
            "message": G(chat_line),
            "length": G(lambda f: f.r.randint(2, 80)),
            "filtered": G(pick(True, False)),
        },
    ),
    (
        "track",
        "PII Filter Triggered",
        ["node"],
        {
            "message_id": G(lambda f: f.uuid()),
            "filter": G(pick("phone", "email", "contact_info")),
            "blocked_text": Y(blocked_text, "phone|email", True),
            "channel": G(pick("all", "whisper", "clan")),
        },
    ),
    (
        "track",
        "Moderation Action Taken",
        ["python"],
        {
            "case_id": G(lambda f: f"CASE-{f.digits(7)}"),
            "moderator": {
                "id": G(lambda f: f"mod_{f.r.randint(100, 999)}"),
                "name": Y(full_name, "name"),
                "email": Y(
                    lambda f: (
                        f"{f.pick(PL_FIRST).lower().translate(ASCII)}.{f.pick(PL_LAST).lower().translate(ASCII)}@riftgate.gg"
                    ),
                    "email",
                ),
            },
            "action": G(pick("warn", "mute_24h", "ban_7d", "no_action")),
            "target_player_id": G(player_id),
            "moderator_note": G(
                pick(
                    "2nd offence, warned",
                    "Insufficient evidence",
                    "Confirmed slur in replay",
                    "Escalated to T2",
                )
            ),
        },
    ),
    # -- support ----------------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["web"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                pick(
                    "Payment issue", "Account hacked", "Refund request", "Bug report", "Problem z płatnością"
                )
            ),
            "category": G(pick("billing", "account", "technical", "moderation")),
            "priority": G(pick("low", "normal", "high")),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "description": Y(ticket_description, "email|phone|name", True),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
            "platform": G(pick("windows", "ios", "android")),
        },
    ),
    (
        "track",
        "Ticket Replied",
        ["python"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "status": G(pick("open", "pending", "solved")),
                "via": G(pick("web", "email", "chat")),
                "assignee": {
                    "id": G(lambda f: f.r.randint(360000000000, 369999999999)),
                    "name": Y(full_name, "name"),
                    "email": Y(
                        lambda f: (
                            f"{f.pick(BR_FIRST).split()[0].lower().translate(ASCII)}.{f.hexid(3)}@riftgate.gg"
                        ),
                        "email",
                    ),
                },
            },
            "from_address": G(
                pick(
                    "support@riftgate.gg", "pomoc@riftgate.gg", "suporte@riftgate.gg", "no-reply@riftgate.gg"
                )
            ),
            "message_id": G(lambda f: f"<{ids('', 20)(f)}@mail.riftgate.gg>"),
            "public": G(pick(True, False)),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        ["web"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                pick(
                    "Fast and helpful",
                    "Still waiting for my refund",
                    "Ótimo atendimento",
                    "Bardzo szybko",
                    "",
                )
            ),
            "agent_first_name": Y(first_name, "name"),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "phone": Y(phone, "phone"),
            "preferred_time": G(pick("morning", "afternoon", "evening")),
            "timezone": G(pick(*TIMEZONES)),
            "topic": G(pick("billing", "account_recovery")),
            "support_line": G(pick("1588-0000", "+48 22 300 00 00", "0800 000 0000")),
        },
    ),
    (
        "track",
        "AlimTalk Sent",
        ["node"],
        {
            "template_code": G(pick("RG_PAY_001", "RG_PAY_002", "RG_SEC_010")),
            "recipient_no": Y(kr_phone, "phone"),
            "sender_key": G(lambda f: f.hexid(40)),
            "text": Y(
                lambda f: (
                    f"[Riftgate] {kr_hangul(f)}님, 결제가 완료되었습니다. "
                    f"금액: {f.pick([5500, 11000, 33000])}원"
                ),
                "name",
                True,
            ),
            "result_code": G(pick("0000", "3018")),
        },
    ),
    (
        "page",
        "Support",
        ["web"],
        {
            "path": G(pick("/support", "/support/billing")),
            "title": G(pick("Support | Riftgate")),
            "article_id": G(lambda f: f.r.randint(1000, 9999)),
        },
    ),
    (
        "screen",
        "Wallet",
        MOBILE,
        {
            "balance": G(lambda f: f.r.randint(0, 20000)),
            "currency": G(pick("crystals")),
            "has_pending": G(pick(True, False)),
        },
    ),
    (
        "screen",
        "Profile",
        MOBILE,
        {
            "tab": G(pick("overview", "match_history", "friends")),
            "is_own_profile": G(pick(True, False)),
            "viewed_player_id": G(player_id),
        },
    ),
    # -- esports and KYC ---------------------------------------------------------------------------------
    (
        "track",
        "Tournament Registered",
        ["web"],
        {
            "tournament_id": G(lambda f: f"T-{f.r.randint(100, 999)}"),
            "tournament_name": G(
                pick("Riftgate Masters Seoul", "Puchar Polski Riftgate", "Copa Riftgate Brasil")
            ),
            "team_name": G(pick("Seoul Tigers", "Wilki z Łodzi", "Onças do Sul", "Team Nova")),
            "captain": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "discord": Y(lambda f: gamertag(f).split("#")[0].lower(), "name"),
            },
            "roster": Many(
                {
                    "player_id": G(player_id),
                    "nickname": Y(gamertag, "name"),
                    "real_name": Y(full_name, "name"),
                    "birth_date": Y(lambda f: birthdate(f, 1990, 2008), "birthdate"),
                    "rank": G(pick(*RANKS)),
                },
                5,
            ),
            "venue": {
                "name": G(pick("LoL PARK", "Spodek", "Allianz Parque")),
                "address": G(
                    pick(
                        "33 Jong-ro, Jongno-gu, Seoul",
                        "al. Korfantego 35, Katowice",
                        "Av. Francisco Matarazzo, 1705",
                    )
                ),
                "city": G(pick("Seoul", "Katowice", "São Paulo")),
            },
        },
    ),
    (
        "track",
        "Esports Payout Requested",
        ["python"],
        {
            "payout_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(100, 20000)),
            "currency": G(pick("PLN", "BRL", "EUR")),
            "method": G(pick("sepa", "pix", "wire")),
            "iban": RED(pl_iban, "bank account"),
            "tax_residency": G(pick("PL", "BR")),
            "tax_id": RED(lambda f: f.pick([pesel(f, 1990, 2006), cpf(f)]), "national id"),
            "payee_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Identity Document Uploaded",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "vendor": G(pick("sumsub", "onfido")),
            "document_type": G(pick("passport", "id_card", "rg")),
            "document_number": RED(
                lambda f: f.pick([passport(f), pl_id_card(f), rg(f)]), "national id|passport"
            ),
            "issuing_country": G(pick("KOR", "POL", "BRA")),
            "expiry_date": G(lambda f: f.date(2026, 2034)),
            "full_name": Y(full_name, "name"),
            "date_of_birth": Y(lambda f: birthdate(f, 1985, 2006), "birthdate"),
            "nationality": Y(pick("KOR", "POL", "BRA", "UKR", "VNM"), "citizenship"),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.riftgate.gg/selfies/{f.uuid()}.jpg", "photo"),
            "review_status": G(pick("approved", "pending", "rejected")),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email": Y(email, "email"),
            "source": G(pick("footer", "download_page", "esports")),
            "topics": Many(G(pick("patch_notes", "esports", "store_deals")), 3),
            "double_opt_in": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Survey Completed",
        ["web"],
        {
            "form_id": G(lambda f: ids("", 8)(f)),
            "hidden": {"email": Y(email, "email"), "player_id": G(player_id)},
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            user_id = f"rg_{player_id(f)}"
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f"clan_{f.digits(7)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=166, repeats=24)
    write(Path(__file__).parent, "holdout166_", events, labels)
