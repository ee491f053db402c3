"""Writes holdout 69: tests/corpus/holdout69_events.jsonl and holdout69_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or their builders (only build.py, fake.py and build_holdout3.py's format), and
without running the engine on these events. Run once
(`.venv/bin/python -m tests.corpus.build_holdout69`); deterministic (seed 69).

Domain: a mobile/PC game publisher ("Vanta Forge": the mobile game Skyreach Legends, the PC
esports title Ironclad Arena, the Ironclad Companion app, the Forge Family parental app) with
studios and backends in the US, Poland (Kraków) and Brazil (São Paulo). Covered: player accounts
and identify calls, gamer tags, friends lists, contact import and invites, linked platform and
streaming accounts (Steam, Xbox, PSN, Epic, Discord, Twitch, YouTube), in-app purchases (App
Store, Google Play, Xsolla webhooks, Stripe-shaped web checkout, BLIK in Poland, PIX in Brazil),
virtual currency, matchmaking, session telemetry (matches, crashes, P2P lobbies), anti-cheat, in-game
chat, player reports and moderation, support tickets, age gates, parental consent and
controls for minors, esports team pages (group calls), tournament registration, LAN-finals travel,
pro contracts and coaching, identity verification and tax forms (W-9 / W-8BEN) before prize
payouts with US, Polish and Brazilian bank details; players, parents, children, opponents,
teammates, coaches and staff.

Clients: analytics.js, analytics-swift, analytics-kotlin (some with context.location),
analytics-react-native, analytics_flutter, and server libraries python, node, go, java, ruby, php
and .NET (analytics-csharp); calls are identify, track, page, screen, group and alias.

Key conventions: mostly snake_case and camelCase English keys; PascalCase from the .NET tournament
and payout service, kebab-case from the chat gateway, SCREAMING_SNAKE from a warehouse reverse-ETL
identify, and Polish (`imie`, `nazwisko`, `numer_konta`, `tytul_przelewu` ...) and Portuguese
(`nome_completo`, `chave_pix`, `celular`, `descricao` ...) keys from the local backends. Values are
varied and valid in shape: US, Polish and Brazilian phones and postcodes, names from many
cultures, Luhn-valid cards, mod-97 IBANs (PL, BR, DE), PESEL and CPF with correct check digits,
SSNs/ITINs of valid structure, ABA-valid routing numbers.

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- A path is PII when its values are personal data about a natural person (the player, a parent,
  a child, a friend or contact, an opponent, a teammate, a coach, staff). Colour is the reference
  matcher's default; types outside the reference: red for credentials, secrets, tokens, card
  numbers, bank accounts, government ids and health; yellow otherwise (geolocation, advertising id).
- Green: ids we or another business issue, versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, product / item / team / clan / pet names, places
  that are not the person's, country, state, locale, language, timezone, currency, user agents,
  OS-issued analytics device ids (IDFV, Android id). Card brand, last four, expiry, BIN, routing
  numbers, SWIFT/BIC, Brazilian bank and branch (agência) codes: green. Last four of an SSN: red.
- Contested cases, settled by the product's policy: loyalty/member/customer numbers, ages and age
  bands, job titles and employers, a business's own phone/e-mail/address (support inbox, venue),
  pets: green. Pay, hourly rates, salaries, bonuses (`salary`), click ids gclid / fbclid / fbp / fbc
  (`advertising id`), billing and shipping addresses (`address`): yellow. Payment and card tokens,
  one-time and activation codes (OTP, BLIK codes), store purchase tokens: red.
- value_only is true when the key does not say what the value is (`q`, `to`, `text`, `note`,
  `identifier`, `recipient`, `value`, `externalIds[].id`, a transfer title); such a PII path holds
  that PII in every one of its values. Free text is labelled by what every value carries, and is
  green when its values carry none (chat lines, report descriptions, gift messages, bios here
  never do); no path mixes PII and non-PII values.
Decisions where the rules leave room (what a careful privacy owner would want):
- Gamer tags, usernames, display names, PSN online ids, Discord/Twitch/YouTube handles and channel
  URLs identify a person: yellow `name`. Platform account numbers (Steam64, Xbox XUID, Epic account
  id, Discord and Twitch user ids, YouTube channel ids) are numbers a business issues: green, like
  member numbers. Names of game characters, in-game pets, clans and teams are things' names: green.
- Hashed e-mail / phone sent for ad matching (Meta CAPI `em`, `ph`) are still personal data: yellow
  `email` / `phone`.
- A player's IP (login, report, P2P host, Xsolla `user.ip`) is yellow `ip`; the IP of our own
  dedicated game server is not a person's: green.
- A masked phone ("+48 *** *** 421") and a bank account's last four are green (as a card's last
  four); a PIX key (CPF, e-mail, phone or random key that routes money to a person) and a Polish
  NRB / IBAN are red `bank account`.
- A tax id on a W-9 / W-8BEN (SSN, ITIN, PESEL or CPF) is red `social security number|national id`;
  PESEL and CPF alone are red `national id`; a passport's nationality is yellow `citizenship`; a
  visa type is red `visa`; a declared need for wheelchair access is red `disability`, while UI
  accessibility settings (colour-blind filter, subtitles) are preferences: green.
- An income band in a survey is yellow `salary`; a team's buyout clause (paid between teams) green.
- The person's own city (home, billing, shipping, install geo-IP) is yellow `city`; a searched
  city and a venue's city are green. A house number or neighbourhood (bairro) of the person's
  address is yellow `address|street`; Brazilian `estado` and US `state` are green.
- Push tokens are red `token` (as in build.py); the fantasy `race` of a character and a
  character's gender are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = {
    "us": [
        "Tyler",
        "Madison",
        "Jaylen",
        "Brianna",
        "Ethan",
        "Destiny",
        "Caleb",
        "Aaliyah",
        "Hunter",
        "Kayla",
    ],
    "pl": ["Jakub", "Zofia", "Kacper", "Małgorzata", "Bartosz", "Agnieszka", "Wojciech", "Julia", "Mikołaj"],
    "br": ["João", "Ana Clara", "Thiago", "Luiza", "Gabriel", "Beatriz", "Matheus", "Larissa", "Rafael"],
    "xx": ["Hiroshi", "Aisha", "Lan", "Oksana", "Mehmet", "Siddharth", "Kofi", "Ingrid", "Min-jun", "Fatima"],
}
LAST = {
    "us": ["Johnson", "Williams", "Brown", "Miller", "Davis", "Rodriguez", "Thompson", "Jackson", "O'Neil"],
    "pl": [
        "Wiśniewski",
        "Kowalczyk",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Zieliński",
        "Szymańska",
        "Woźniak",
    ],
    "br": ["Pereira", "Souza", "Oliveira", "Carvalho", "dos Santos", "Ferreira", "Almeida", "Gonçalves"],
    "xx": ["Tanaka", "Bello", "Nguyen", "Shevchenko", "Yılmaz", "Rao", "Asante", "Johansson", "El Amrani"],  # noqa: RUF001
}
MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "gmail.com", "onet.pl"],
    "br": ["uol.com.br", "bol.com.br", "hotmail.com", "gmail.com"],
    "xx": ["gmail.com", "proton.me", "hotmail.com", "yandex.com"],
}
TAG_WORDS = [
    "Shadow",
    "Fox",
    "Nova",
    "Reaper",
    "Pixel",
    "Blaze",
    "Viper",
    "Ghost",
    "Kraken",
    "Onyx",
    "Zeca",
    "Jaguar",
    "Smok",
    "Wilk",
    "Tempest",
    "Frost",
    "Lynx",
    "Rogue",
    "Capivara",
    "Sniper",
]
CITIES = {
    "us": ["Austin", "Seattle", "Columbus", "Orlando", "Phoenix", "Brooklyn"],
    "pl": ["Kraków", "Warszawa", "Wrocław", "Gdańsk", "Łódź", "Poznań"],
    "br": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"],
    "xx": ["Osaka", "Lagos", "Kyiv", "Istanbul", "Pune", "Accra"],
}
ROUTING = ["021000021", "026009593", "121000248", "011000138", "322271627", "071000013"]
PL_BANKS = [
    ("10201026", "PKO BP"),
    ("11402004", "mBank"),
    ("10500099", "ING Bank Śląski"),
    ("12401037", "Pekao"),
]
BR_BANKS = [
    "341 - Itaú Unibanco",
    "237 - Bradesco",
    "260 - Nu Pagamentos",
    "001 - Banco do Brasil",
    "077 - Inter",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def region(f: Fake) -> str:
    """The message's region (set per message in build) most of the time, else any."""
    current = getattr(f, "region", None)
    if current and f.r.random() < 0.85:
        return current
    return f.pick(["us", "us", "pl", "pl", "br", "br", "xx"])


def first(f: Fake, reg=None) -> str:
    return f.pick(FIRST[reg or region(f)])


def last(f: Fake, reg=None) -> str:
    return f.pick(LAST[reg or region(f)])


def full_name(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    return f"{first(f, reg)} {last(f, reg)}"


def email(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    a = fold(first(f, reg)).lower().replace(" ", "")
    b = fold(last(f, reg)).lower().replace(" ", "").replace("'", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b[:4]}{f.r.randint(1, 99)}", f"{a}_{f.r.randint(1990, 2012)}", f"{b}.{a[0]}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[reg])}"


def phone_us(f: Fake) -> str:
    a, b, c = f.r.randint(205, 989), f.r.randint(200, 999), f.r.randint(0, 9999)
    return f.pick([f"+1{a}{b}{c:04d}", f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}"])


def phone_pl(f: Fake) -> str:
    n = f.pick(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + f.digits(7)
    return f.pick(
        [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+48{n}", f"{n[:3]} {n[3:6]} {n[6:]}"]
    )


def phone_br(f: Fake) -> str:
    ddd = f.pick(["11", "21", "31", "41", "81", "51"])
    n = "9" + f.digits(8)
    return f.pick([f"+55 {ddd} {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}", f"+55{ddd}{n}", f"{ddd} {n}"])


def phone(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    return {"us": phone_us, "pl": phone_pl, "br": phone_br}.get(reg, lambda f: f.phone("uk"))(f)


def street(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    n = f.r.randint(1, 2400)
    if reg == "pl":
        name = f.pick(["Floriańska", "Marszałkowska", "Piotrkowska", "Długa", "Grunwaldzka", "Mickiewicza"])
        return f"ul. {name} {f.r.randint(1, 120)}" + f.pick(["", f"/{f.r.randint(1, 60)}", " m. 4"])
    if reg == "br":
        name = f.pick(
            ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Av. Atlântica", "Rua XV de Novembro"]
        )
        return f"{name}, {n}" + f.pick(["", f" - apto {f.r.randint(11, 204)}", " - casa 2"])
    name = f.pick(["Maple Ave", "Oak St", "Lakeview Dr", "W 34th St", "Congress Ave", "Pine Ridge Rd"])
    return f"{n} {name}" + f.pick(["", f" Apt {f.r.randint(1, 40)}", " Unit B"])


def city(f: Fake, reg=None) -> str:
    return f.pick(CITIES[reg or region(f)])


def postcode(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        return f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"
    if reg == "br":
        return f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}"
    return f.pick([f.zip(), f"{f.zip()}-{f.r.randint(1000, 9999)}"])


def gamertag(f: Fake) -> str:
    w, w2 = f.pick(TAG_WORDS), f.pick(TAG_WORDS)
    fn = fold(first(f)).lower().replace(" ", "")
    return f.pick(
        [
            f"{w}{w2}{f.r.randint(1, 999)}",
            f"xX{w}Xx",
            f"{fn}_{w.lower()}",
            f"{w}_{f.pick(['PL', 'BR', 'US', 'TTV'])}",
            f"{fn}{f.r.randint(90, 2011)}",
            f"{w.lower()}.{w2.lower()}",
        ]
    )


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(1975, 2012), f.r.randint(1, 12), f.r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{f.r.randint(0, 9999):04d}"
    total = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def cpf(f: Fake, formatted=None) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    raw = "".join(map(str, d))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw


def iban_of(f: Fake, country: str, bban: str, spaced=None) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def iban_pl(f: Fake) -> str:
    return iban_of(f, "PL", f.pick(PL_BANKS)[0] + f.digits(16))


def nrb_pl(f: Fake) -> str:
    """Polish domestic account number: the IBAN without `PL`, often grouped 2+4x6."""
    raw = iban_of(f, "PL", f.pick(PL_BANKS)[0] + f.digits(16), spaced=False)[2:]
    return f.pick([raw, raw[:2] + " " + " ".join(raw[i : i + 4] for i in range(2, 26, 4))])


def iban_br(f: Fake) -> str:
    return iban_of(f, "BR", f.digits(8) + f"{f.r.randint(1, 9999):05d}" + f.digits(10) + "C1")


def iban_any(f: Fake) -> str:
    return f.pick([iban_pl, iban_pl, iban_br, lambda f: f.iban(f.pick(["DE", "FR", "ES"]))])(f)


def itin(f: Fake) -> str:
    group = f.pick([70, 71, 75, 78, 80, 84, 88, 90, 92, 94, 99])
    return f"9{f.r.randint(0, 99):02d}-{group}-{f.r.randint(1, 9999):04d}"


def tin(f: Fake) -> str:
    """A W-9 / W-8BEN taxpayer id: SSN or ITIN, or the foreign TIN (PESEL, CPF)."""
    kind = f.pick(["ssn", "ssn", "itin", "pesel", "cpf"])
    return {"ssn": f.ssn, "itin": lambda: itin(f), "pesel": lambda: pesel(f), "cpf": lambda: cpf(f)}[kind]()


def rand(f: Fake, chars: str, n: int) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAiA"]) + rand(f, B64URL, 70) + "BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + rand(f, B64URL, 58)


def play_token(f: Fake) -> str:
    return rand(f, "abcdefghijklmnop", 24) + ".AO-J1O" + rand(f, B64URL, 130)


def push_token(f: Fake, os_name: str) -> str:
    if os_name == "ios":
        return f.hexid(64)
    return rand(f, B64URL, 22) + ":APA91b" + rand(f, B64URL, 134)


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def steam_id(f: Fake) -> str:
    return "7656119" + f.digits(10)


def snowflake(f: Fake) -> str:
    return str(f.r.randint(10**17, 12 * 10**17))


def yt_channel(f: Fake) -> str:
    return "UC" + rand(f, B64URL, 22)


def past(f: Fake) -> str:
    return f.iso().replace("2024-", f.pick(["2021-", "2022-", "2023-", "2024-"]))


def money(f: Fake, lo=0.99, hi=99.99) -> float:
    return f.pick([0.99, 1.99, 4.99, 9.99, 19.99, 49.99, 99.99, round(f.r.uniform(lo, hi), 2)])


def gems_sku(f: Fake) -> str:
    return f.pick(
        [
            "com.vantaforge.skyreach.gems_80",
            "com.vantaforge.skyreach.gems_500",
            "com.vantaforge.skyreach.gems_1200",
            "com.vantaforge.skyreach.starter_pack",
            "ironclad.battlepass.s7",
            "ironclad.skin.ember_dragon",
        ]
    )


PRODUCT_NAMES = [
    "Pouch of 80 Gems",
    "Chest of 500 Gems",
    "Vault of 1200 Gems",
    "Starter Pack",
    "Season 7 Battle Pass",
    "Ember Dragon Skin",
    "Sakura Blade Bundle",
    "Pacote Carnaval",
    "Skórka Husarz",
]
CURRENCIES = ["USD", "PLN", "BRL", "EUR"]
GAME_MODES = ["ranked_5v5", "casual", "battle_royale_trios", "arena_2v2", "custom"]
MAPS = ["Ashfall", "Harbor District", "Cidade Alta", "Stare Miasto", "Frostline"]
RANKS = ["Bronze II", "Silver I", "Gold III", "Platinum IV", "Diamond II", "Master", "Grandmaster"]
REGIONS = ["na-east", "na-west", "eu-central", "sa-east", "eu-west"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 OPR/109.0.0.0 (Edition GX)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
]
LOCALES = ["en-US", "pl-PL", "pt-BR", "es-MX", "en-GB", "uk-UA"]
TIMEZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/Warsaw",
    "America/Sao_Paulo",
]


def ip(f: Fake) -> str:
    return f.ipv6() if f.r.random() < 0.2 else f.ipv4()


# -- contexts ---------------------------------------------------------------------------------------

PAGES = [
    ("/", "Ironclad Arena | Vanta Forge"),
    ("/tournaments", "Tournaments - Ironclad Arena"),
    ("/tournaments/ironclad-open-2024/register", "Register | Ironclad Open 2024"),
    ("/shop/gems", "Gem Shop - Skyreach Legends"),
    ("/account/payouts", "Payouts | Vanta Forge Account"),
    ("/pl/turnieje", "Turnieje - Ironclad Arena"),
    ("/br/torneios", "Torneios - Ironclad Arena"),
    ("/family", "Forge Family - Parental Controls"),
]


def web_ctx(f: Fake):
    path, title = f.pick(PAGES)
    query = f.pick(["", "", "?utm_source=twitch&utm_medium=display&utm_campaign=open24", "?ref=discord"])
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.twitch.tv/", "https://discord.com/"]
                )
            ),
            "search": G(lambda f: query),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://play.vantaforge.gg" + path + query),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Opera GX", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
    }
    if "utm_" in query:
        ctx["campaign"] = {
            "name": G(lambda f: "open24"),
            "source": G(lambda f: "twitch"),
            "medium": G(lambda f: "display"),
        }
    return ctx


def mobile_traits(f: Fake):
    t = {"username": Y(gamertag, "name")}
    if f.r.random() < 0.6:
        t["email"] = Y(email, "email")
    return t


def swift_ctx(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Skyreach Legends"),
            "version": G(lambda f: f.pick(["3.14.0", "3.14.2", "3.15.0"])),
            "build": G(lambda f: f.pick(["31400", "31402", "31500"])),
            "namespace": G(lambda f: "com.vantaforge.skyreach"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 390, 430, 820])),
            "height": G(lambda f: f.pick([852, 844, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(idfa, "advertising id")
    if f.r.random() < 0.3:
        ctx["device"]["token"] = RED(lambda f: push_token(f, "ios"), "token")
    if f.r.random() < 0.7:
        ctx["ip"] = Y(ip, "ip")
    return ctx


def kotlin_ctx(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Skyreach Legends"),
            "version": G(lambda f: f.pick(["3.14.0", "3.14.2", "3.15.0"])),
            "build": G(lambda f: f.pick(["314000", "314020", "315000"])),
            "namespace": G(lambda f: "com.vantaforge.skyreach"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23021RAAEG", "moto g84 5G", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "topaz", "bangkk", "shiba"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro BR", "Play", "Orange PL", "T-Mobile", "Verizon"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.3:
        ctx["device"]["token"] = RED(lambda f: push_token(f, "android"), "token")
    if f.r.random() < 0.25:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2])),
        }
    if f.r.random() < 0.7:
        ctx["ip"] = Y(ip, "ip")
    return ctx


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Ironclad Companion"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "gg.vantaforge.companion"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": mobile_traits(f),
        "ip": Y(ip, "ip"),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Forge Family"),
            "version": G(lambda f: f.pick(["1.8.0", "1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["80", "82", "90"])),
            "namespace": G(lambda f: "gg.vantaforge.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_ctx(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):
            c["ip"] = Y(ip, "ip")
            c["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "ruby":
            c["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "dotnet":
            c["instanceId"] = G(lambda f: f.uuid())
        return c

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin"]


# -- reusable bodies --------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(12)),
        "sku": G(gems_sku),
        "name": G(lambda f: f.pick(PRODUCT_NAMES)),
        "category": G(lambda f: f.pick(["gems", "bundle", "cosmetic", "battle_pass"])),
        "price": G(money),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2, 5])),
    }


def free_text(options):
    return G(lambda f: f.pick(options))


CHAT_LINES = [
    "gg",
    "gg wp",
    "push mid",
    "need heals!!",
    "que lag",
    "dobra gra",
    "boa galera",
    "rotate B",
    "who's got smokes",
    "ff at 15?",
    "jungle gap",
    "nice clutch",
    "kurde, znowu",
    "vamo time",
]

# properties.note is shared by two events; both always carry an e-mail address.
NOTE = Y(
    lambda f: f.pick(
        [
            "My old email was {e}, I no longer have access",
            "Please send the code to {e}",
            "moje stare konto było na {e}",
            "meu email antigo: {e}",
            "Player asked to pay to PayPal {e} instead",
            "Beneficiary e-mail changed to {e}, verify",
        ]
    ).format(e=email(f)),
    "email",
    True,
)

# Each entry: (call, event or screen/page name, clients, body)
EVENTS = [
    # -- accounts -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin", "web"],
        {
            "email": Y(email, "email"),
            "username": Y(gamertag, "name"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "birthday": Y(lambda f: f.date(1975, 2012), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "non-binary", "prefer_not_to_say"]), "gender"),
            "phone": Y(phone, "phone"),
            "country": G(lambda f: f.pick(["US", "PL", "BR", "MX", "UA"])),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["CA", "TX", "mazowieckie", "SP", "RJ"])),
                "country": G(lambda f: f.pick(["US", "PL", "BR"])),
            },
            "language": G(lambda f: f.pick(["en", "pl", "pt-BR", "es"])),
            "createdAt": G(past),
            "avatar_url": Y(lambda f: f"https://cdn.vantaforge.gg/avatars/u/{f.hexid(20)}.jpg", "photo"),
            "total_spend_usd": G(lambda f: f.money(0, 2500)),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "is_minor": G(lambda f: f.pick([True, False, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "platform_accounts": {
                "steam_id": G(steam_id),
                "xbox_xuid": G(lambda f: "2535" + f.digits(12)),
                "psn_online_id": Y(gamertag, "name"),
                "epic_account_id": G(lambda f: f.hexid(32)),
                "epic_display_name": Y(gamertag, "name"),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1975, 2010), "birthdate"),
            "HOME_CITY": Y(city, "city"),
            "COUNTRY_CODE": G(lambda f: f.pick(["US", "PL", "BR"])),
            "LTV_USD": G(lambda f: f.money(0, 4000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_PURCHASE_AT": G(lambda f: f.iso()),
            "IS_WHALE": G(lambda f: f.pick([True, False, False])),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["EN", "PL", "PT"])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "steam", "discord"])),
            "gamertag": Y(gamertag, "name"),
            "email": Y(email, "email"),
            "referral_code": G(lambda f: rand(f, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8)),
            "referrer_player_id": G(lambda f: f.digits(9)),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "age_gate_passed": G(lambda f: f.pick([True, True, False])),
            "platform": G(lambda f: f.pick(["ios", "android", "pc", "web"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok", "twitch"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Purchase", "StartTrial"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["app", "website"])),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            },
        },
    ),
    (
        "track",
        "Logged In",
        ["swift", "kotlin", "web", "java"],
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "steam", "magic_link"])),
            "platform": G(lambda f: f.pick(["ios", "android", "pc", "web"])),
            "login_ip": Y(ip, "ip"),
            "device_fingerprint": G(lambda f: f.hexid(40)),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Login Attempted",
        ["web"],
        {
            "identifier": Y(lambda f: f.pick([email, gamertag])(f), "email|name", True),
            "success": G(lambda f: f.pick([True, True, False])),
            "captcha_shown": G(lambda f: f.pick([True, False])),
            "remember_me": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Forum Login Failed",
        ["php"],
        {
            "username": Y(gamertag, "name"),
            "entered_password": RED(
                lambda f: f.pick(
                    ["Kuba2009!", "senha123", "dragonslayer", "P@ssw0rd!", "zaq1@WSX", "flamengo10"]
                ),
                "password",
            ),
            "reason": G(lambda f: f.pick(["bad_password", "unknown_user", "locked"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "remote_addr": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "token_expires_at": G(lambda f: f.iso()),
            "requested_via": G(lambda f: f.pick(["launcher", "web", "support"])),
            "request_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Two Factor Code Sent",
        ["java"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "phone_masked": G(
                lambda f: f.pick(["+48 *** *** ", "+1 (***) ***-", "+55 ** *****-"]) + f.digits(3)
            ),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "delivery_provider": G(lambda f: f.pick(["twilio", "sinch", "zenvia"])),
            "sms_to": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Gamertag Changed",
        [*MOBILE, "web"],
        {
            "old_gamertag": Y(gamertag, "name"),
            "new_gamertag": Y(gamertag, "name"),
            "changes_remaining": G(lambda f: f.r.randint(0, 3)),
            "cost_gems": G(lambda f: f.pick([0, 500, 1000])),
            "profanity_check_passed": G(lambda f: True),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["web", "rn"],
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["bio", "avatar", "pronouns", "socials", "banner"])), 3
            ),
            "bio": free_text(
                [
                    "Diamond jungle main. LFT for the summer split.",
                    "Só jogo ranqueada à noite",
                    "Support main, shotcaller, 3k hours",
                    "Gram od 2016, szukam drużyny",
                    "casual vibes only",
                ]
            ),
            "pronouns": Y(lambda f: f.pick(["he/him", "she/her", "they/them", "ela/dela"]), "gender"),
            "show_real_name": G(lambda f: f.pick([True, False])),
            "real_name": Y(full_name, "name"),
            "birthday_visibility": G(lambda f: f.pick(["public", "friends", "hidden"])),
            "social_links": {
                "twitch": Y(lambda f: "https://twitch.tv/" + gamertag(f).lower().replace(".", "_"), "name"),
                "youtube": Y(
                    lambda f: "https://www.youtube.com/@" + gamertag(f).lower().replace(".", ""), "name"
                ),
                "x": Y(lambda f: "@" + gamertag(f).replace(".", "_"), "name"),
            },
        },
    ),
    (
        "track",
        "Accessibility Settings Changed",
        MOBILE,
        {
            "colorblind_filter": G(lambda f: f.pick(["off", "protanopia", "deuteranopia", "tritanopia"])),
            "subtitles_enabled": G(lambda f: f.pick([True, False])),
            "reduce_motion": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- social -------------------------------------------------------------------------------------
    (
        "track",
        "Friend Request Sent",
        [*MOBILE, "web"],
        {
            "to_player_id": G(lambda f: f.digits(9)),
            "to_gamertag": Y(gamertag, "name"),
            "source": G(lambda f: f.pick(["search", "recent_players", "contacts", "qr_code"])),
            "mutual_friends": G(lambda f: f.r.randint(0, 12)),
            "message": free_text(["gg wp, add me", "duo later?", "bora jogar", "gramy?", ""]),
        },
    ),
    (
        "track",
        "Friend List Loaded",
        MOBILE,
        {
            "friends_count": G(lambda f: f.r.randint(0, 180)),
            "friends": Many(
                {
                    "player_id": G(lambda f: f.digits(9)),
                    "gamertag": Y(gamertag, "name"),
                    "status": G(lambda f: f.pick(["online", "in_match", "offline", "away"])),
                    "real_name": Y(full_name, "name"),
                    "platform": G(lambda f: f.pick(["ios", "android", "pc"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Player Searched",
        [*MOBILE, "web"],
        {
            "q": Y(gamertag, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "search_scope": G(lambda f: f.pick(["global", "friends", "clan"])),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["kotlin"],
        {
            "contacts_total": G(lambda f: f.r.randint(20, 900)),
            "invited_contacts": Many(
                {
                    "display_name": Y(full_name, "name"),
                    "phone_number": Y(phone, "phone"),
                    "email": Y(email, "email"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Invite Sent",
        ["web"],
        {
            "channel": G(lambda f: "email"),
            "invitee_email": Y(email, "email"),
            "inviter_name": Y(full_name, "name"),
            "invite_link": G(lambda f: "https://play.vantaforge.gg/i/" + rand(f, ALNUM, 10)),
            "reward_gems": G(lambda f: f.pick([50, 100, 200])),
        },
    ),
    (
        "track",
        "Social Account Linked",
        ["web", "rn"],
        {
            "provider": G(lambda f: f.pick(["twitch", "discord", "youtube", "steam"])),
            "provider_user_id": G(lambda f: f.pick([snowflake(f), f.digits(9), steam_id(f)])),
            "provider_username": Y(gamertag, "name"),
            "provider_email": Y(email, "email"),
            "scopes": Many(G(lambda f: f.pick(["identify", "user:read:email", "guilds.join"])), 2),
            "linked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Discord Linked",
        ["node"],
        {
            "discord_user_id": G(snowflake),
            "discord_username": Y(lambda f: gamertag(f).lower(), "name"),
            "guild_joined": G(lambda f: f.pick([True, False])),
            "discord_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Clan Joined",
        MOBILE,
        {
            "clan_id": G(lambda f: f.digits(7)),
            "clan_name": G(lambda f: f.pick(["Wolfpack", "Husaria", "Os Crias", "Iron Lotus", "Night Owls"])),
            "clan_tag": G(lambda f: f.pick(["WOLF", "HSR", "CRIA", "ILTS", "NOWL"])),
            "role": G(lambda f: f.pick(["member", "officer", "leader"])),
            "invited_by_gamertag": Y(gamertag, "name"),
        },
    ),
    (
        "track",
        "Leaderboard Viewed",
        MOBILE,
        {
            "leaderboard_id": G(lambda f: f.pick(["global_s7", "pl_s7", "br_s7", "friends"])),
            "season": G(lambda f: f.pick([6, 7])),
            "top_entries": Many(
                {
                    "rank": G(lambda f: f.r.randint(1, 100)),
                    "gamertag": Y(gamertag, "name"),
                },
                5,
            ),
        },
    ),
    # -- streaming ----------------------------------------------------------------------------------
    (
        "track",
        "Stream Started",
        ["go"],
        {
            "broadcaster_user_id": G(lambda f: f.digits(9)),
            "broadcaster_user_login": Y(lambda f: gamertag(f).lower().replace(".", "_"), "name"),
            "broadcaster_user_name": Y(gamertag, "name"),
            "stream_title": free_text(
                ["ranked grind to Master", "!drops ON | Ironclad Open qualifiers", "rankedzinha"]
            ),
            "game_name": G(lambda f: f.pick(["Ironclad Arena", "Skyreach Legends"])),
            "language": G(lambda f: f.pick(["en", "pl", "pt"])),
        },
    ),
    (
        "track",
        "Stream Drop Claimed",
        ["go"],
        {
            "twitch_login": Y(lambda f: gamertag(f).lower().replace(".", "_"), "name"),
            "drop_id": G(lambda f: f.uuid()),
            "reward_name": G(lambda f: f.pick(["Ember Spray", "Carnaval Banner", "Husarz Emote"])),
            "youtube_channel_id": G(yt_channel),
        },
    ),
    # -- store and payments -------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        [*MOBILE, "web"],
        {
            **product(),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "value": G(money),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f.uuid()),
            "value": G(money),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "coupon": G(lambda f: f.pick(["", "OPEN24", "BLACKFRIDAY", "PRIMEIRA"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "payment_method": G(lambda f: f.pick(["card", "paypal", "blik", "pix"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "elo"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "535110", "411111", "650485", "379282"])),
            "cardholder_name": Y(full_name, "name"),
            "billing_postal_code": Y(postcode, "zipcode"),
            "billing_country": G(lambda f: f.pick(["US", "PL", "BR"])),
            "payment_method_id": RED(lambda f: "pm_1" + rand(f, ALNUM, 23), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Form Error",
        ["web"],
        {
            "error_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "do_not_honor"])),
            "form": G(lambda f: "gem_checkout"),
            "raw_input": RED(lambda f: f.card(), "credit card", True),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["java"],
        {
            "order_id": G(lambda f: f.uuid()),
            "store": G(lambda f: f.pick(["app_store", "google_play", "xsolla", "steam"])),
            "transaction_id": G(
                lambda f: f.pick(
                    [
                        f.digits(15),
                        "GPA." + f.digits(4) + "-" + f.digits(4) + "-" + f.digits(4) + "-" + f.digits(5),
                    ]
                )
            ),
            "original_transaction_id": G(lambda f: f.digits(15)),
            "revenue": G(money),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(product(), 2),
            "purchase_token": RED(play_token, "token"),
            "app_account_token": G(lambda f: f.uuid()),
            "receipt_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Virtual Currency Spent",
        [*MOBILE, "go"],
        {
            "currency_name": G(lambda f: f.pick(["Gems", "Crowns", "Złote Monety", "Moedas"])),
            "amount": G(lambda f: f.pick([50, 120, 300, 950, 1800])),
            "item_id": G(lambda f: "itm_" + f.digits(6)),
            "item_name": G(lambda f: f.pick([*PRODUCT_NAMES[5:], "Revive Token", "XP Booster 2h"])),
        },
    ),
    (
        "track",
        "Gift Sent",
        MOBILE,
        {
            "recipient_player_id": G(lambda f: f.digits(9)),
            "to": Y(gamertag, "name", True),
            "gift_sku": G(gems_sku),
            "gift_message": free_text(
                [
                    "happy bday bro",
                    "gg for carrying me",
                    "feliz aniversário!!",
                    "wszystkiego najlepszego",
                    "merry xmas",
                ]
            ),
        },
    ),
    (
        "track",
        "Xsolla Payment Received",
        ["php"],
        {
            "notification_type": G(lambda f: "payment"),
            "user": {
                "id": G(lambda f: f.digits(9)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "country": G(lambda f: f.pick(["US", "PL", "BR", "DE"])),
                "ip": Y(ip, "ip"),
            },
            "transaction": {
                "id": G(lambda f: int(f.digits(9))),
                "external_id": G(lambda f: f.uuid()),
                "payment_date": G(lambda f: f.iso().replace("T", " ")[:19]),
                "dry_run": G(lambda f: f.pick([0, 0, 1])),
            },
            "purchase": {
                "virtual_currency": {
                    "name": G(lambda f: f.pick(["Gems", "Crowns"])),
                    "sku": G(gems_sku),
                },
            },
        },
    ),
    (
        "track",
        "Chargeback Received",
        ["java"],
        {
            "dispute_id": G(lambda f: "dp_" + rand(f, ALNUM, 24)),
            "amount": G(money),
            "reason_code": G(lambda f: f.pick(["fraudulent", "unrecognized", "product_not_received"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo"])),
            "card_last4": G(lambda f: f.digits(4)),
            "cardholder_email": Y(email, "email"),
            "cardholder_name": Y(full_name, "name"),
            "billing_address": Y(lambda f: f"{street(f)}, {city(f)}", "address"),
            "issuer_country": G(lambda f: f.pick(["US", "PL", "BR"])),
            "account_banned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Compra Realizada",
        ["kotlin"],
        {
            "id_pedido": G(lambda f: "BR" + f.digits(10)),
            "valor": G(lambda f: f.pick([4.9, 9.9, 24.9, 49.9, 99.9])),
            "moeda": G(lambda f: "BRL"),
            "forma_pagamento": G(lambda f: f.pick(["pix", "boleto", "cartao_credito"])),
            "parcelas": G(lambda f: f.pick([1, 1, 2, 3])),
            "cpf_comprador": RED(cpf, "national id"),
            "nome_comprador": Y(lambda f: full_name(f, "br"), "name"),
            "email_comprador": Y(lambda f: email(f, "br"), "email"),
            "cep": Y(lambda f: postcode(f, "br"), "zipcode"),
            "pix_txid": G(lambda f: rand(f, ALNUM, 32)),
        },
    ),
    (
        "track",
        "Platnosc BLIK",
        ["php"],
        {
            "kod_blik": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "kwota": G(lambda f: f.pick([4.99, 19.99, 49.99, 99.99])),
            "waluta": G(lambda f: "PLN"),
            "numer_zamowienia": G(lambda f: "ZAM/2024/" + f.digits(6)),
            "bank": G(lambda f: f.pick(["PKO BP", "mBank", "ING", "Santander"])),
            "status": G(lambda f: f.pick(["zaakceptowana", "odrzucona", "oczekuje"])),
            "email_platnika": Y(lambda f: email(f, "pl"), "email"),
        },
    ),
    (
        "track",
        "Redeem Code Submitted",
        [*MOBILE, "web"],
        {
            "input": G(lambda f: "-".join(rand(f, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(3))),
            "success": G(lambda f: f.pick([True, False])),
            "reward_sku": G(gems_sku),
        },
    ),
    (
        "track",
        "Merch Order Completed",
        ["php"],
        {
            "order_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(15, 160)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(product(), 2),
            "shipping_method": G(lambda f: f.pick(["inpost_paczkomat", "correios_sedex", "usps_ground"])),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "street1": Y(street, "address|street"),
                "street2": Y(lambda f: f.pick(["Apt 2", "m. 14", "apto 51", "Floor 3"]), "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(["TX", "małopolskie", "SP", "RJ", "WA"])),
                "zip": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "PL", "BR"])),
                "phone": Y(phone, "phone"),
            },
            "gift_note": free_text(["", "GL HF!", "Parabéns!", "Sto lat!"]),
        },
    ),
    # -- matchmaking and telemetry ------------------------------------------------------------------
    (
        "track",
        "Matchmaking Started",
        ["python"],
        {
            "mode": G(lambda f: f.pick(GAME_MODES)),
            "region": G(lambda f: f.pick(REGIONS)),
            "party_id": G(lambda f: f.uuid()),
            "party_size": G(lambda f: f.r.randint(1, 5)),
            "mmr": G(lambda f: f.r.randint(600, 3200)),
            "rank": G(lambda f: f.pick(RANKS)),
            "party_members": Many(
                {
                    "player_id": G(lambda f: f.digits(9)),
                    "gamertag": Y(gamertag, "name"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Match Found",
        ["python"],
        {
            "match_id": G(lambda f: f.uuid()),
            "server_region": G(lambda f: f.pick(REGIONS)),
            "game_server_ip": G(
                lambda f: (
                    f.pick(["34.95.", "35.198.", "52.58.", "3.121."])
                    + f"{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
                )
            ),
            "game_server_port": G(lambda f: f.r.randint(7000, 7999)),
            "map": G(lambda f: f.pick(MAPS)),
        },
    ),
    (
        "track",
        "Match Completed",
        ["go"],
        {
            "match_id": G(lambda f: f.uuid()),
            "mode": G(lambda f: f.pick(GAME_MODES)),
            "map": G(lambda f: f.pick(MAPS)),
            "result": G(lambda f: f.pick(["win", "loss", "draw", "abandoned"])),
            "opponents": Many(
                {
                    "player_id": G(lambda f: f.digits(9)),
                    "gamertag": Y(gamertag, "name"),
                    "rank": G(lambda f: f.pick(RANKS)),
                    "reported": G(lambda f: f.pick([False, False, True])),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "P2P Lobby Created",
        MOBILE,
        {
            "lobby_id": G(lambda f: f.hexid(16)),
            "host_peer_ip": Y(ip, "ip"),
            "relay_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Client Crashed",
        ["go"],
        {
            "crash_id": G(lambda f: f.uuid()),
            "exception_type": G(
                lambda f: f.pick(["EXCEPTION_ACCESS_VIOLATION", "SIGSEGV", "DXGI_ERROR_DEVICE_REMOVED"])
            ),
            "stack_hash": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Anti-Cheat Flag Raised",
        ["go"],
        {
            "player_id": G(lambda f: f.digits(9)),
            "hwid_hash": G(lambda f: f.hexid(64)),
            "adapter_mac": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(ip, "ip"),
            "detection": G(
                lambda f: f.pick(["aimbot_heuristic", "memory_tamper", "speedhack", "driver_blocklist"])
            ),
            "action": G(lambda f: f.pick(["log", "kick", "shadow_queue", "ban"])),
        },
    ),
    (
        "track",
        "Character Created",
        MOBILE,
        {
            "character_id": G(lambda f: f.digits(10)),
            "character_name": G(
                lambda f: f.pick(["Aldric", "Yara Stormborn", "Mroczny Rycerz", "Jurema", "Kestrel"])
            ),
            "race": G(lambda f: f.pick(["Elf", "Orc", "Human", "Dwarf", "Draconid"])),
            "character_gender": G(lambda f: f.pick(["female", "male"])),
        },
    ),
    (
        "track",
        "Pet Named",
        MOBILE,
        {
            "pet_id": G(lambda f: f.digits(8)),
            "pet_name": G(
                lambda f: f.pick(["Sir Fluffington", "Burek", "Pimenta", "Ember", "Mruczek", "Paçoca"])
            ),
        },
    ),
    # -- chat and moderation ------------------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        ["node"],
        {
            "message-id": G(lambda f: f.uuid()),
            "channel-type": G(lambda f: f.pick(["team", "all", "party", "clan", "whisper"])),
            "sender-gamertag": Y(gamertag, "name"),
            "message-text": free_text(CHAT_LINES),
            "contains-link": G(lambda f: f.pick([False, False, True])),
            "toxicity-score": G(lambda f: round(f.r.random(), 3)),
            "sender-ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Chat Message Blocked",
        ["node"],
        {
            "rule": G(lambda f: "personal_info.phone_number"),
            "text": Y(
                lambda f: f.pick(
                    [
                        "add me on whatsapp {p}",
                        "me chama no zap {p}",
                        "napisz na {p}",
                        "text me {p} for boosting",
                        "{p} call me",
                    ]
                ).format(p=phone(f)),
                "phone",
                True,
            ),
            "channel": G(lambda f: f.pick(["all", "whisper", "clan"])),
            "sender_id": G(lambda f: f.digits(9)),
            "strike_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Player Reported",
        [*MOBILE, "web"],
        {
            "report_id": G(lambda f: f.uuid()),
            "reporter_id": G(lambda f: f.digits(9)),
            "reported_player_id": G(lambda f: f.digits(9)),
            "reported_gamertag": Y(gamertag, "name"),
            "reason": G(
                lambda f: f.pick(
                    ["cheating", "harassment", "hate_speech", "griefing", "underage", "real_money_trading"]
                )
            ),
            "match_id": G(lambda f: f.uuid()),
            "description": free_text(
                [
                    "obvious aimbot, snapping through walls",
                    "afk the whole game and feeding",
                    "xingando todo mundo no chat",
                    "spamuje w czacie",
                    "selling accounts in all chat",
                ]
            ),
            "evidence_clip_url": G(lambda f: "https://clips.vantaforge.gg/" + f.hexid(10)),
            "chat_log": Many(free_text(CHAT_LINES), 4),
        },
    ),
    (
        "track",
        "Moderation Action Taken",
        ["ruby"],
        {
            "case_id": G(lambda f: "MOD-" + f.digits(6)),
            "action": G(lambda f: f.pick(["warning", "chat_mute", "temp_ban", "perma_ban"])),
            "moderator_id": G(lambda f: "staff_" + f.digits(3)),
            "moderator_name": Y(full_name, "name"),
            "moderator_email": Y(
                lambda f: fold(first(f)).lower().replace(" ", ".") + "@vantaforge.gg", "email"
            ),
            "appeal_allowed": G(lambda f: f.pick([True, False])),
            "player_id": G(lambda f: f.digits(9)),
            "player_ip_at_offense": Y(ip, "ip"),
            "internal_note": free_text(
                [
                    "Repeat offender, 3rd strike",
                    "Clip confirms aimbot",
                    "Escalated by PL team",
                    "Toxic chat, auto-flagged",
                ]
            ),
        },
    ),
    (
        "track",
        "Ban Appeal Submitted",
        ["web"],
        {
            "appeal_id": G(lambda f: f.uuid()),
            "ban_id": G(lambda f: "MOD-" + f.digits(6)),
            "contact_email": Y(email, "email"),
            "appeal_text": free_text(
                [
                    "I was not cheating, my brother played on my account",
                    "Nie oszukiwałem, proszę o sprawdzenie",
                    "Foi um engano, nunca usei hack",
                ]
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- support ------------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(6))),
                "subject": free_text(
                    ["Missing gems after purchase", "Can't log in", "Refund request", "Payout not received"]
                ),
                "tags": Many(G(lambda f: f.pick(["billing", "account", "esports", "pl", "br"])), 3),
            },
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "locale_id": G(lambda f: f.pick([1, 1176, 19])),
            },
            "assignee": {
                "name": Y(full_name, "name"),
                "email": Y(lambda f: fold(first(f)).lower().replace(" ", "") + "@vantaforge.gg", "email"),
            },
            "support_email": G(
                lambda f: f.pick(
                    ["support@vantaforge.gg", "pomoc@vantaforge.pl", "suporte@vantaforge.com.br"]
                )
            ),
            "custom_fields": Many(
                {
                    "id": G(lambda f: f.pick([360012, 360013, 360014])),
                    "value": G(lambda f: f.pick(["ios", "android", "pc", "billing_missing_gems"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Account Recovery Requested",
        ["web"],
        {
            "recovery_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["form", "support_chat"])),
            "note": NOTE,
            "known_gamertag": Y(gamertag, "name"),
            "last_order_id": G(lambda f: f.uuid()),
            "approx_created_year": G(lambda f: f.r.randint(2016, 2023)),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["ruby"],
        {
            "recipient": Y(email, "email", True),
            "template": G(lambda f: f.pick(["welcome", "receipt", "parental_consent", "payout_sent"])),
            "sg_message_id": G(lambda f: rand(f, ALNUM, 22) + ".filterdrecv-" + f.digits(3)),
            "category": Many(G(lambda f: f.pick(["transactional", "esports", "family"])), 2),
        },
    ),
    # -- age gates and parental controls ------------------------------------------------------------
    (
        "track",
        "Age Gate Submitted",
        [*MOBILE, "web"],
        {
            "birth_date": Y(lambda f: f.date(1980, 2016), "birthdate"),
            "age": G(lambda f: f.r.randint(8, 44)),
            "age_band": G(lambda f: f.pick(["under_13", "13_15", "16_17", "18_plus"])),
            "country": G(lambda f: f.pick(["US", "PL", "BR"])),
            "result": G(lambda f: f.pick(["passed", "needs_parental_consent", "blocked"])),
            "parent_email": Y(email, "email"),
            "is_under_13": G(lambda f: f.pick([True, False])),
            "lgpd_minor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental Consent Requested",
        ["python"],
        {
            "request_id": G(lambda f: f.uuid()),
            "child_player_id": G(lambda f: f.digits(9)),
            "child_first_name": Y(first, "name"),
            "child_birth_year": Y(lambda f: f.r.randint(2010, 2017), "birthdate"),
            "parent_email": Y(email, "email"),
            "consent_method": G(lambda f: f.pick(["email_plus", "card_verification", "id_upload"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Parent Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "parental_consent_v3"),
            "field": {"name": G(lambda f: "parent_email"), "value": Y(email, "email", True)},
            "duration_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "Parental Consent Granted",
        ["flutter"],
        {
            "request_id": G(lambda f: f.uuid()),
            "parent_full_name": Y(full_name, "name"),
            "parent_phone": Y(phone, "phone"),
            "parent_birth_date": Y(lambda f: f.date(1965, 1995), "birthdate"),
            "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian", "grandparent"])),
            "verification_card_last4": G(lambda f: f.digits(4)),
            "verification_amount": G(lambda f: f.pick([0.5, 1.0, 2.0])),
            "consent_ip": Y(ip, "ip"),
            "permissions": {
                "text_chat": G(lambda f: f.pick(["off", "friends_only", "everyone"])),
                "voice_chat": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Parental Controls Updated",
        ["flutter"],
        {
            "child_player_id": G(lambda f: f.digits(9)),
            "child_display_name": Y(first, "name"),
            "spending_limit_monthly": G(lambda f: f.pick([0, 10, 25, 50])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
        },
    ),
    (
        "track",
        "Purchase Approval Requested",
        ["python"],
        {
            "child_gamertag": Y(gamertag, "name"),
            "item_name": G(lambda f: f.pick(PRODUCT_NAMES)),
            "price": G(money),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "approver_email": Y(email, "email"),
            "approval_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Playtime Report Sent",
        ["python"],
        {
            "parent_email": Y(email, "email"),
            "child_first_name": Y(first, "name"),
            "total_minutes": G(lambda f: f.r.randint(0, 2400)),
            "top_game_mode": G(lambda f: f.pick(GAME_MODES)),
            "purchases_count": G(lambda f: f.r.randint(0, 6)),
            "report_week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["flutter", "rn"],
        {
            "contact": {
                "label": G(lambda f: f.pick(["Mom", "Dad", "Mama", "Tata", "Mãe", "Pai", "Guardian"])),
                "type": G(lambda f: "phone"),
                "name": Y(full_name, "name"),
                "value": Y(phone, "phone", True),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- esports ------------------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "dotnet"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Kraków Kraken", "Os Capivaras", "Lone Star Esports", "Husaria Gaming", "Fúria Jovem"]
                )
            ),
            "tag": G(lambda f: f.pick(["KRK", "CAPI", "LSE", "HSR", "FJ"])),
            "region": G(lambda f: f.pick(REGIONS)),
            "member_count": G(lambda f: f.r.randint(5, 12)),
            "founded_at": G(past),
            "website": G(
                lambda f: f.pick(["https://krakenesports.pl", "https://capivaras.gg", "https://lonestar.gg"])
            ),
            "logo_url": G(lambda f: "https://cdn.vantaforge.gg/teams/" + f.hexid(12) + ".png"),
            "captain_email": Y(email, "email"),
            "captain_name": Y(full_name, "name"),
            "manager_phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Tournament Registration Completed",
        ["web"],
        {
            "tournament_id": G(lambda f: "trn_" + f.digits(6)),
            "tournament_name": G(
                lambda f: f.pick(["Ironclad Open 2024", "Puchar Polski Ironclad", "Copa Ironclad Brasil"])
            ),
            "team_id": G(lambda f: f.uuid()),
            "team_name": G(
                lambda f: f.pick(["Kraków Kraken", "Os Capivaras", "Lone Star Esports", "Night Owls"])
            ),
            "captain": {
                "player_id": G(lambda f: f.digits(9)),
                "gamertag": Y(gamertag, "name"),
                "full_name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(lambda f: f.date(1990, 2008), "birthdate"),
                "discord_handle": Y(lambda f: gamertag(f).lower(), "name"),
            },
            "coach": {"full_name": Y(full_name, "name"), "email": Y(email, "email")},
            "roster": Many(
                {
                    "player_id": G(lambda f: f.digits(9)),
                    "gamertag": Y(gamertag, "name"),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "country": G(lambda f: f.pick(["US", "PL", "BR", "UA"])),
                    "birth_date": Y(lambda f: f.date(1990, 2009), "birthdate"),
                    "steam_id": G(steam_id),
                },
                5,
            ),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "has_minor_players": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "LAN Finals Travel Submitted",
        ["dotnet"],
        {
            "RegistrationId": G(lambda f: f.uuid()),
            "PlayerId": G(lambda f: f.digits(9)),
            "LegalFirstName": Y(first, "name"),
            "LegalLastName": Y(last, "name"),
            "PassportNumber": RED(
                lambda f: f.pick(
                    [
                        f.pick(["E", "F", "G"]) + f.digits(8),
                        rand(f, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + f.digits(7),
                        f.pick(["FX", "GB", "YB"]) + f.digits(6),
                    ]
                ),
                "passport",
            ),
            "Nationality": Y(
                lambda f: f.pick(["Polish", "Brazilian", "American", "Ukrainian", "Portuguese"]),
                "citizenship",
            ),
            "VisaType": RED(lambda f: f.pick(["none", "B-1", "ESTA", "Schengen C"]), "visa"),
            "VisaLetterRequested": G(lambda f: f.pick([True, False])),
            "HotelName": G(
                lambda f: f.pick(["Hilton Austin", "Radisson Blu Kraków", "Hotel Unique São Paulo"])
            ),
            "RoomSharingWith": Y(full_name, "name"),
            "Allergies": Y(
                lambda f: f.pick(["none", "peanuts", "shellfish", "lactose", "penicillin"]), "allergy"
            ),
            "RequiresWheelchairAccess": RED(lambda f: f.pick([False, False, True]), "disability"),
            "EmergencyContact": {
                "Name": Y(full_name, "name"),
                "Relationship": G(lambda f: f.pick(["mother", "father", "partner", "sibling"])),
                "Phone": Y(phone, "phone"),
            },
            "MobilePhone": Y(phone, "phone"),
            "VenueAddress": G(
                lambda f: f.pick(
                    ["500 E Cesar Chavez St, Austin, TX 78701", "ul. Stanisława Lema 7, 31-571 Kraków"]
                )
            ),
        },
    ),
    (
        "track",
        "Match Check-In",
        ["rn"],
        {
            "tournament_id": G(lambda f: "trn_" + f.digits(6)),
            "match_id": G(lambda f: f.uuid()),
            "team_id": G(lambda f: f.uuid()),
            "checked_in_by_player_id": G(lambda f: f.digits(9)),
            "checkin_lat": Y(
                lambda f: round(f.pick([30.2627, 50.0813, -23.5613]) + f.r.uniform(-0.002, 0.002), 6),
                "geolocation",
            ),
            "checkin_lng": Y(
                lambda f: round(f.pick([-97.7396, 19.9887, -46.6565]) + f.r.uniform(-0.002, 0.002), 6),
                "geolocation",
            ),
            "within_venue_geofence": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Local Tournaments Searched",
        ["kotlin", "rn"],
        {
            "search_city": G(lambda f: f.pick(["Kraków", "São Paulo", "Austin", "Wrocław", "Recife"])),
            "search_radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "results": G(lambda f: f.r.randint(0, 40)),
            "format_filter": G(lambda f: f.pick(["any", "lan", "online"])),
        },
    ),
    (
        "track",
        "Coaching Session Booked",
        ["web"],
        {
            "booking_id": G(lambda f: f.uuid()),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "coach_gamertag": Y(gamertag, "name"),
            "coach_full_name": Y(full_name, "name"),
            "hourly_rate": Y(lambda f: f.pick([15, 20, 35, 60, 90, 120]), "salary"),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "student_rank": G(lambda f: f.pick(RANKS)),
            "student_discord": Y(lambda f: gamertag(f).lower(), "name"),
        },
    ),
    (
        "track",
        "Pro Contract Signed",
        ["dotnet"],
        {
            "ContractId": G(lambda f: "CTR-" + f.digits(6)),
            "PlayerId": G(lambda f: f.digits(9)),
            "LegalName": Y(full_name, "name"),
            "Role": G(lambda f: f.pick(["player", "coach", "analyst", "substitute"])),
            "MonthlySalary": Y(lambda f: f.pick([1500, 2500, 4000, 8000, 12000, 15000]), "salary"),
            "SigningBonus": Y(lambda f: f.pick([0, 1000, 5000, 20000]), "salary"),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "BuyoutClause": G(lambda f: f.pick([50000, 100000, 250000])),
            "AgentName": Y(full_name, "name"),
            "AgentEmail": Y(email, "email"),
            "AgentPhone": Y(phone, "phone"),
            "HomeAddress": Y(lambda f: f"{street(f)}, {postcode(f)} {city(f)}", "address"),
            "WorkPermitRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["java"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["veriff", "onfido"])),
            "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
            "document_type": G(lambda f: f.pick(["passport", "id_card"])),
            "document_number": RED(
                lambda f: f.pick(
                    [rand(f, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + f.digits(6), "F" + f.digits(8), f.digits(9)]
                ),
                "passport|national id",
            ),
            "document_country": G(lambda f: f.pick(["PL", "BR", "US"])),
            "selfie_url": Y(lambda f: "https://kyc.vantaforge.gg/selfies/" + f.uuid() + ".jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "nationality": Y(lambda f: f.pick(["PL", "BR", "US", "UA", "PT"]), "citizenship"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "date_of_birth": Y(lambda f: f.date(1985, 2006), "birthdate"),
        },
    ),
    (
        "track",
        "Tax Form Submitted",
        ["java"],
        {
            "form_type": G(lambda f: f.pick(["W-9", "W-8BEN"])),
            "tin_type": G(lambda f: f.pick(["SSN", "ITIN", "FOREIGN_TIN"])),
            "tin": RED(tin, "social security number|national id"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "legal_name": Y(full_name, "name"),
            "date_of_birth": Y(lambda f: f.date(1985, 2006), "birthdate"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["Poland", "Brazil", "United States", "Ukraine"]), "citizenship"
            ),
            "permanent_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "PL", "BR"])),
            },
            "withholding_rate": G(lambda f: f.pick([0, 0.1, 0.24, 0.3])),
            "signature_name": Y(full_name, "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Bank Account Added",
        ["web", "rn"],
        {
            "account_holder_name": Y(full_name, "name"),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_last4": G(lambda f: f.digits(4)),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Capital One"])),
            "verification_method": G(lambda f: f.pick(["plaid", "microdeposits"])),
        },
    ),
    (
        "track",
        "Prize Payout Initiated",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "TournamentId": G(lambda f: "trn_" + f.digits(6)),
            "PlayerId": G(lambda f: f.digits(9)),
            "LegalName": Y(full_name, "name"),
            "Amount": G(lambda f: f.pick([250, 500, 1000, 2500, 10000])),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "Method": G(lambda f: f.pick(["bank_transfer", "paypal", "pix"])),
            "Iban": RED(iban_any, "bank account"),
            "SwiftBic": G(lambda f: f.pick(["BPKOPLPW", "BREXPLPW", "ITAUBRSP", "NUPGBRSP", "DEUTDEFF"])),
            "PaypalEmail": Y(email, "email"),
            "TaxFormType": G(lambda f: f.pick(["W-9", "W-8BEN", "PIT-8C"])),
            "Status": G(lambda f: f.pick(["pending", "held", "sent"])),
        },
    ),
    (
        "track",
        "Payout Held",
        ["ruby"],
        {
            "payout_id": G(lambda f: f.uuid()),
            "hold_reason": G(lambda f: f.pick(["beneficiary_changed", "kyc_pending", "name_mismatch"])),
            "note": NOTE,
            "reviewer_id": G(lambda f: "staff_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Wyplata Nagrody",
        ["php"],
        {
            "id_wyplaty": G(lambda f: "WYP-" + f.digits(6)),
            "imie": Y(lambda f: first(f, "pl"), "name"),
            "nazwisko": Y(lambda f: last(f, "pl"), "name"),
            "pesel": RED(pesel, "national id"),
            "numer_konta": RED(nrb_pl, "bank account"),
            "nazwa_banku": G(lambda f: f.pick(PL_BANKS)[1]),
            "tytul_przelewu": Y(
                lambda f: f.pick(
                    ["Nagroda - {n}", "Wygrana turniej Puchar Polski, {n}", "{n} nagroda 2 miejsce"]
                ).format(n=full_name(f, "pl")),
                "name",
                True,
            ),
            "kwota": G(lambda f: f.pick([500, 1000, 2500, 5000])),
            "waluta": G(lambda f: "PLN"),
            "adres_email": Y(lambda f: email(f, "pl"), "email"),
            "telefon": Y(phone_pl, "phone"),
            "data_urodzenia": Y(lambda f: f.date(1990, 2006), "birthdate"),
            "ulica": Y(lambda f: street(f, "pl"), "address|street"),
            "kod_pocztowy": Y(lambda f: postcode(f, "pl"), "zipcode"),
            "miasto": Y(lambda f: city(f, "pl"), "city"),
            "urzad_skarbowy": G(
                lambda f: f.pick(["US Kraków-Krowodrza", "US Warszawa-Mokotów", "US Wrocław-Fabryczna"])
            ),
            "status": G(lambda f: f.pick(["zlecona", "wstrzymana", "wyslana"])),
        },
    ),
    (
        "track",
        "Pagamento de Premio",
        ["python"],
        {
            "id_pagamento": G(lambda f: f.uuid()),
            "nome_completo": Y(lambda f: full_name(f, "br"), "name"),
            "cpf": RED(cpf, "national id"),
            "data_nascimento": Y(lambda f: f.date(1990, 2008), "birthdate"),
            "celular": Y(phone_br, "phone"),
            "tipo_chave_pix": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(
                lambda f: f.pick([cpf, lambda f: email(f, "br"), phone_br, lambda f: f.uuid()])(f),
                "bank account",
            ),
            "banco": G(lambda f: f.pick(BR_BANKS)),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}", "bank account"),
            "valor": G(lambda f: f.pick([500, 1000, 2500, 5000])),
            "descricao": RED(
                lambda f: f.pick(
                    [
                        "Prêmio Copa Ironclad - CPF {c}",
                        "Premiação 1º lugar, favorecido CPF {c}",
                        "CPF {c} - premio torneio",
                    ]
                ).format(c=cpf(f, True)),
                "national id",
                True,
            ),
            "endereco": {
                "logradouro": Y(lambda f: street(f, "br").split(",")[0], "address|street"),
                "numero": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
                "bairro": Y(
                    lambda f: f.pick(["Pinheiros", "Copacabana", "Savassi", "Boa Viagem", "Moema"]),
                    "address|street",
                ),
                "cidade": Y(lambda f: city(f, "br"), "city"),
                "estado": G(lambda f: f.pick(["SP", "RJ", "MG", "PE", "RS"])),
                "cep": Y(lambda f: postcode(f, "br"), "zipcode"),
            },
            "responsavel_legal": {
                "nome": Y(lambda f: full_name(f, "br"), "name"),
                "cpf": RED(cpf, "national id"),
            },
            "irrf_retido": G(lambda f: f.pick([0, 75.0, 150.0, 412.5])),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["go"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.pick([idfa(f), f.uuid()]), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["skyreach_br_uac", "skyreach_pl_q3", "us_retarget_whales"])),
            "is_retargeting": G(lambda f: f.pick([True, False])),
            "country_code": G(lambda f: f.pick(["US", "PL", "BR"])),
            "city": Y(city, "city"),
            "ip": Y(ip, "ip"),
            "att_status": G(lambda f: f.pick(["authorized", "denied", "not_determined"])),
        },
    ),
    (
        "track",
        "Push Token Registered",
        MOBILE,
        {
            "push_token": RED(lambda f: push_token(f, f.pick(["ios", "android"])), "token"),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["web"],
        {
            "nps": G(lambda f: f.r.randint(0, 10)),
            "age_band": G(lambda f: f.pick(["under_13", "13_15", "16_17", "18_plus"])),
            "gender": Y(lambda f: f.pick(["male", "female", "non-binary", "prefer_not_to_say"]), "gender"),
            "household_income_band": Y(
                lambda f: f.pick(["<25k", "25-50k", "50-100k", "100k+", "prefer_not_to_say"]), "salary"
            ),
            "occupation": G(lambda f: f.pick(["student", "software engineer", "nurse", "retail"])),
            "comments": free_text(
                ["more ranked modes pls", "servidor BR com lag", "za drogie skórki", "love the new map"]
            ),
        },
    ),
    (
        "track",
        "Button Clicked",
        [*MOBILE, "web"],
        {
            "label": G(lambda f: f.pick(["Play Now", "Jogar", "Graj", "Claim Reward", "Buy Gems"])),
            "screen": G(lambda f: f.pick(["lobby", "shop", "battle_pass", "profile"])),
        },
    ),
    # -- page, screen and alias calls --------------------------------------------------------------
    (
        "page",
        "Tournament",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Tournament", "Shop", "Payouts", "Home"])),
            "path": G(lambda f: f.pick([p for p, _ in PAGES])),
            "title": G(lambda f: f.pick([t for _, t in PAGES])),
            "url": G(lambda f: "https://play.vantaforge.gg" + f.pick([p for p, _ in PAGES])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://discord.com/"])),
            "search": G(lambda f: f.pick(["", "?ref=discord", "?utm_source=twitch"])),
        },
    ),
    (
        "screen",
        "Lobby",
        [*MOBILE, "flutter"],
        {
            "name": G(lambda f: f.pick(["Lobby", "Shop", "Friends", "Battle Pass", "Child Overview"])),
            "previous_screen": G(lambda f: f.pick(["Splash", "Lobby", "Match Results"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 2500)),
        },
    ),
    ("alias", None, [*MOBILE, "web"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for call, name, clients, body in EVENTS:
            client = f.pick(clients)
            f.region = f.pick(["us", "us", "pl", "pl", "br", "br", "xx"])
            msg: dict = {"type": call, "messageId": f.uuid(), "timestamp": f.iso()}
            msg["anonymousId"] = f.uuid()
            msg["userId"] = f.digits(9)
            if call == "track":
                msg["event"] = name
            elif call in ("page", "screen"):
                msg["name"] = name
            elif call == "group":
                msg["groupId"] = "team_" + f.hexid(10)
            elif call == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if call in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=69, repeats=24)
    write(Path(__file__).parent, "holdout69_", events, labels)
