"""Writes the twelfth holdout: tests/corpus/holdout12_events.jsonl and holdout12_labels.json.

SEALED until scored: written by an independent tester without reading the detection engine, its
vocabularies or data, the other corpora's labels or their build scripts (only build_holdout3.py,
for the format). Nobody has run the engine on it; the first score is the honest one.

What it covers: four consumer products instrumented end to end with a tracking plan, each with
sign-up, login, profile, purchase, support, settings and domain events:
- a fashion resale marketplace (analytics.js web, React Native, Node/Ruby/PHP/Python servers;
  French keys in a seller-verification backend, Zendesk-style ticket fields);
- a fitness and wellness subscription (analytics-swift, analytics-kotlin, Python/Node servers;
  a health questionnaire, a research survey, German keys for health-insurer course certificates,
  HubSpot form keys and Mixpanel `$` keys from a legacy sync);
- a car-sharing service in Germany, the Netherlands and France (React Native with location,
  Go/Java/Ruby servers; German keys in the driver-verification backend, camelCase mobile keys);
- a home-insurance app in the US and Brazil (Flutter, analytics.js, .NET with PascalCase and
  Salesforce `__c` keys, PHP with Portuguese keys and a forwarded Stripe webhook).
Messages are track, identify, page, screen, group and alias. Names, addresses, phone numbers
(international and national formats of many countries) and identifiers come from generators of
this file, with names from many cultures.

Labelling rules (a careful privacy owner with the default matcher colours):
- A field is PII when its values are personal data about a person (customer, driver, insured,
  staff member named to customers); its type is the matcher that names that data, `a|b` when
  either is right. Country, region/state, locale, timezone, currency are green.
- Internal database ids (user, order, trip, listing ids, UUIDs), SKUs, versions, timestamps,
  hashes, counters, booleans and enums are green even under PII-sounding keys (`email_verified`,
  `condition` of an item, `gender` of a product department, `card_last4`, a fleet car's plate).
  Customer-facing numbers printed on a person's documents (policy, licence, health-insurance,
  certificate numbers) are labelled with their matcher.
- Product, brand, studio and company names under `name`-like keys are green; names of people are
  `name` even when they are staff (coach, adjuster, inspector).
- `value_only` is true when the key does not tell what the value is (a neutral or role key such
  as a message body, `to`, `from`, `origin`, `signature`, `selection`); every value of such a
  path holds that PII (free-text fields always carry it). Credentials sent by mistake (password,
  one-time code, session JWT, API keys, push tokens) are red.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

NAMES = {
    "us": (
        ["Emily", "Tyler", "Jasmine", "Brandon", "Megan", "DeShawn", "Kayla", "Hunter"],
        ["Johnson", "Williams", "Brooks", "Miller", "Davis", "Washington", "Reed"],
    ),
    "gb": (
        ["Olivia", "Harry", "Siobhan", "Callum", "Imogen", "Rhys"],
        ["Taylor", "Evans", "Hughes", "McKenzie", "Wright", "Ashworth"],
    ),
    "de": (
        ["Lukas", "Lea", "Jürgen", "Anja", "Mehmet", "Katharina", "Felix"],
        ["Schneider", "Fischer", "Weber", "Yılmaz", "Becker", "Hoffmann", "Schäfer"],  # noqa: RUF001
    ),
    "fr": (
        ["Camille", "Théo", "Manon", "Hugo", "Inès", "Bastien"],
        ["Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Benali"],
    ),
    "br": (
        ["João", "Ana", "Gabriel", "Larissa", "Thiago", "Beatriz"],
        ["Souza", "Oliveira", "Pereira", "Costa", "Carvalho", "Almeida"],
    ),
    "in": (
        ["Aarav", "Ananya", "Rohan", "Diya", "Vikram", "Lakshmi"],
        ["Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Banerjee"],
    ),
    "jp": (
        ["Haruto", "Yui", "Sota", "Sakura", "Ren", "Aoi"],
        ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto"],
    ),
    "ng": (
        ["Chinedu", "Ngozi", "Tunde", "Folake", "Emeka", "Aisha"],
        ["Adeyemi", "Okonkwo", "Balogun", "Eze", "Bello", "Nwosu"],
    ),
    "cn": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yan"], ["Wang", "Li", "Zhang", "Liu", "Huang", "Zhou"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], ["Kim", "Lee", "Park", "Choi"]),
    "ar": (
        ["Youssef", "Layla", "Omar", "Mariam", "Karim", "Nour"],
        ["Al-Mansouri", "Haddad", "Khalil", "Saleh", "Nasser"],
    ),
    "pl": (["Zofia", "Jakub", "Agnieszka", "Piotr"], ["Nowak", "Wiśniewska", "Kowalczyk", "Zieliński"]),
    "nl": (["Sanne", "Daan", "Femke", "Bram"], ["de Vries", "Jansen", "van Dijk", "Bakker"]),
    "mx": (["Guadalupe", "Santiago", "Valentina", "Diego"], ["Hernández", "López", "Ramírez", "Torres"]),
    "vn": (["Linh", "Minh", "Thao", "Duc"], ["Nguyen", "Tran", "Pham", "Le"]),
    "gh": (["Kofi", "Ama", "Yaw", "Efua"], ["Asante", "Owusu", "Boateng", "Appiah"]),
}
MAIL_DOMAINS = [
    "example.com",
    "mail.example.com",
    "example.org",
    "example.net",
    "inbox.example",
    "post.example",
    "correo.example",
]


def culture(f: Fake, among=None) -> str:
    return f.pick(among or list(NAMES))


def first(f: Fake, among=None) -> str:
    return f.pick(NAMES[culture(f, among)][0])


def last(f: Fake, among=None) -> str:
    return f.pick(NAMES[culture(f, among)][1])


def person(f: Fake, among=None) -> str:
    c = culture(f, among)
    given, family = f.pick(NAMES[c][0]), f.pick(NAMES[c][1])
    if c in ("us", "gb") and f.r.random() < 0.2:
        return f"{given} {chr(f.r.randint(65, 90))}. {family}"
    return f"{given} {family}"


def ascii_fold(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )


def email(f: Fake, among=None) -> str:
    g, fam = ascii_fold(first(f, among)), ascii_fold(last(f, among))
    local = f.pick(
        [
            f"{g}.{fam}",
            f"{g}{fam}{f.r.randint(1, 99)}",
            f"{g[0]}{fam}",
            f"{g}_{fam}",
            f"{g}+shop",
            f"{fam}.{g}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def n(f: Fake, k: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(k))


def phone(f: Fake, country=None, national=None) -> str:
    c = country or f.pick(["us", "gb", "de", "fr", "br", "in", "jp", "ng", "nl", "au", "mx"])
    intl = (f.r.random() < 0.6) if national is None else not national
    if c == "us":
        a, b, line = f.r.randint(201, 989), "555", f"01{n(f, 2)}"
        return (
            f.pick([f"+1{a}{b}{line}", f"+1 {a}-{b}-{line}"])
            if intl
            else f.pick([f"({a}) {b}-{line}", f"{a}-{b}-{line}", f"{a}.{b}.{line}"])
        )
    if c == "gb":
        return f"+44 7700 900{n(f, 3)}" if intl else f"07700 900{n(f, 3)}"
    if c == "de":
        pre = f.pick(["151", "160", "171", "176"])
        return (
            f.pick([f"+49 {pre} {n(f, 8)}", f"+49{pre}{n(f, 8)}"])
            if intl
            else f.pick([f"0{pre} {n(f, 8)}", f"0{pre}/{n(f, 8)}"])
        )
    if c == "fr":
        pairs = " ".join(n(f, 2) for _ in range(4))
        return f"+33 6 {pairs}" if intl else f"06 {pairs}"
    if c == "br":
        return f"+55 11 9{n(f, 4)}-{n(f, 4)}" if intl else f"(11) 9{n(f, 4)}-{n(f, 4)}"
    if c == "in":
        return f"+91 98{n(f, 3)} {n(f, 5)}" if intl else f"098{n(f, 3)} {n(f, 5)}"
    if c == "jp":
        return f"+81 90-{n(f, 4)}-{n(f, 4)}" if intl else f"090-{n(f, 4)}-{n(f, 4)}"
    if c == "ng":
        return f"+234 803 {n(f, 3)} {n(f, 4)}" if intl else f"0803 {n(f, 3)} {n(f, 4)}"
    if c == "nl":
        return f"+31 6 {n(f, 8)}" if intl else f"06-{n(f, 8)}"
    if c == "au":
        return f"+61 412 {n(f, 3)} {n(f, 3)}" if intl else f"0412 {n(f, 3)} {n(f, 3)}"
    return f"+52 55 {n(f, 4)} {n(f, 4)}" if intl else f"55 {n(f, 4)} {n(f, 4)}"


# -- places ----------------------------------------------------------------------------------------

STREETS = {
    "us": ["Elm Street", "Maple Ave", "N Lincoln Blvd", "Sunset Dr", "W 34th St", "Peachtree Rd NE"],
    "gb": ["Kingsway", "Mill Lane", "Station Road", "Church Street", "Victoria Terrace"],
    "de": ["Hauptstraße", "Torstraße", "Lindenallee", "Schillerstr.", "Am Kanal", "Bergmannstraße"],
    "fr": ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas"],
    "nl": ["Prinsengracht", "Kerkstraat", "Overtoom", "Marnixstraat"],
    "br": ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Oscar Freire"],
}
CITIES = {
    "us": ["Austin", "Columbus", "Tampa", "Denver", "Sacramento", "Raleigh"],
    "gb": ["Leeds", "Bristol", "Manchester", "Glasgow"],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Leipzig"],
    "fr": ["Paris", "Lyon", "Marseille", "Lille", "Nantes"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam"],
    "br": ["São Paulo", "Campinas", "Curitiba", "Belo Horizonte"],
}
BAIRROS = ["Pinheiros", "Vila Madalena", "Moema", "Itaim Bibi", "Centro", "Savassi"]


def street(f: Fake, c=None) -> str:
    c = c or f.pick(list(STREETS))
    s = f.pick(STREETS[c])
    if c in ("de", "nl"):
        return f"{s} {f.r.randint(1, 180)}{f.pick(['', '', 'a', 'b'])}"
    if c == "fr":
        return f"{f.r.randint(1, 120)} {s}"
    if c == "br":
        return f"{s}, {f.r.randint(10, 2400)}"
    return f"{f.r.randint(1, 9800)} {s}"


def city(f: Fake, c=None) -> str:
    return f.pick(CITIES[c or f.pick(list(CITIES))])


def postcode(f: Fake, c=None) -> str:
    c = c or f.pick(["us", "gb", "de", "fr", "nl", "br"])
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    if c == "gb":
        outward = f"{f.pick(['LS', 'BS', 'M', 'G', 'SW'])}{f.r.randint(1, 20)}"
        return f"{outward} {f.r.randint(1, 9)}{f.pick(L)}{f.pick(L)}"
    if c == "nl":
        return f"{f.r.randint(1011, 3584)} {f.pick(L)}{f.pick(L)}"
    if c == "br":
        return f"{f.r.randint(1000, 99999):05d}-{n(f, 3)}"
    if c == "fr":
        return f"{f.pick(['75', '69', '13', '59', '44'])}{f.r.randint(0, 20):03d}"
    return f"{f.r.randint(10000, 99999)}"


def full_address(f: Fake, c=None) -> str:
    c = c or f.pick(["us", "gb", "de", "fr", "nl", "br"])
    if c in ("de", "nl", "fr"):
        return f"{street(f, c)}, {postcode(f, c)} {city(f, c)}"
    if c == "br":
        return f"{street(f, 'br')} - {f.pick(BAIRROS)}, {city(f, 'br')} - SP, {postcode(f, 'br')}"
    return f"{street(f, c)}, {city(f, c)}, {postcode(f, c)}"


CITY_COORDS = [
    (52.52, 13.405),
    (48.137, 11.575),
    (52.37, 4.895),
    (48.857, 2.352),
    (53.551, 9.993),
    (51.92, 4.48),
]


def lat_lng(f: Fake) -> tuple[float, float]:
    la, lo = f.pick(CITY_COORDS)
    return round(la + f.r.uniform(-0.08, 0.08), 6), round(lo + f.r.uniform(-0.12, 0.12), 6)


# -- identifiers -----------------------------------------------------------------------------------


def cpf(f: Fake, formatted=True) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1), strict=False)) % 11
        d.append(0 if s < 2 else 11 - s)
    raw = "".join(map(str, d))
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw


def de_id_card(f: Fake) -> str:
    return f.pick("LMNPRTVWXY") + "".join(f.pick("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))


def fr_cni(f: Fake) -> str:
    return "".join(f.pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))


def passport_no(f: Fake) -> str:
    return f.pick(["C", "F", "G"]) + "".join(f.pick("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))


def de_licence(f: Fake) -> str:
    return (
        f.pick(["B", "F", "J"])
        + n(f, 3)
        + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
        + n(f, 1)
    )


def nl_licence(f: Fake) -> str:
    return "5" + n(f, 9)


def fr_licence(f: Fake) -> str:
    return n(f, 2) + f.pick(["AA", "AB", "DE", "KX"]) + n(f, 5)


def us_licence(f: Fake) -> str:
    return f.pick(["D", "S", "F"]) + n(f, 7)


def jwt(f: Fake) -> str:
    return f.jwt()


def fcm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return (
        "".join(f.pick(alnum + "-_") for _ in range(22))
        + ":APA91b"
        + "".join(f.pick(alnum + "-_") for _ in range(134))
    )


def sha256(f: Fake) -> str:
    return f.hexid(64)


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"B-ZL {f.r.randint(100, 9999)}E",
            f"M-ZS {f.r.randint(100, 9999)}E",
            f"GX-{f.r.randint(100, 999)}-R",
            f"HB-{n(f, 3)}-{f.pick(['KT', 'PL'])}",
        ]
    )


def vin(f: Fake) -> str:
    return "WVW" + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


CONDITIONS = ["asthma", "type 2 diabetes", "hypertension", "lower back pain", "osteoarthritis", "PCOS"]
MEDICATIONS = ["metformin", "salbutamol inhaler", "lisinopril", "sertraline", "levothyroxine", "ibuprofen"]


def coach_text(f: Fake) -> str:
    return f.pick(
        [
            f"Go easier on squats? My {f.pick(['osteoarthritis', 'lower back pain'])} flared up again.",
            f"I started {f.pick(MEDICATIONS)} last week, is HIIT still ok?",
            f"Doctor says my {f.pick(['hypertension', 'asthma'])} is under control now",
            f"Feeling dizzy on {f.pick(MEDICATIONS)}, skipping today",
        ]
    )


def offer_text(f: Fake) -> str:
    return f.pick(
        [
            f"Would you take 40? Text me on {phone(f)} and we can sort it outside the app",
            f"hi! is it still available? pls email me {email(f)}",
            f"Can pay by bank transfer, WhatsApp {phone(f, national=False)}",
            f"Offer 25€, contact {email(f)} x",
        ]
    )


def ticket_body(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, my parcel never arrived. Please call me back on {phone(f)}. Thanks",
            f"I can't log in, the reset email doesn't come. My account email is {email(f)}",
            f"Wrong size delivered, please reply to {email(f)} rather than the app",
            f"Refund still missing after 14 days!! {phone(f, 'fr', national=True)}",
        ]
    )


def chat_opening(f: Fake) -> str:
    return f.pick(
        [
            f"Hi I need to update my mailing address, my number is {phone(f, 'us')}",
            f"Please have an agent call {phone(f, 'us', national=True)} about my claim",
            f"Olá, meu e-mail mudou para {email(f, ['br'])}",
            f"Can you send the declarations page to {email(f, ['us'])}?",
        ]
    )


def card_error(f: Fake) -> str:
    return f.pick(
        [
            f"card_declined: insufficient_funds for card {f.card(formatted=False)}",
            f"Adyen refusal 'Expired Card' pan={f.card(formatted=True)}",
            f"3DS challenge failed (card {f.card(formatted=False)}, exp 08/27)",
        ]
    )


def secret_error(f: Fake) -> str:
    return f.pick(
        [
            f"401 Unauthorized: invalid api key {f.secret()}",
            f"Shopify sync failed with token {f.secret()} (rate limited)",
            f"Auth error for credential {f.secret()}",
        ]
    )


# -- contexts --------------------------------------------------------------------------------------

CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
SAFARI_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1"
)


def web_context(site: str, pages: list[tuple[str, str]], locales: list[str], zones: list[str]):
    def ctx(f: Fake):
        path, title = f.pick(pages)
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
            },
            "page": {
                "path": G(lambda f: path),
                "referrer": G(
                    lambda f: f.pick(
                        [
                            "https://www.google.com/",
                            "",
                            "https://www.instagram.com/",
                            "https://l.facebook.com/",
                        ]
                    )
                ),
                "search": G(
                    lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid_social", "?ref=nav"])
                ),
                "title": G(lambda f: title),
                "url": G(lambda f: f"https://{site}{path}"),
            },
            "userAgent": G(lambda f: f.pick([CHROME_UA, SAFARI_UA])),
            "userAgentData": {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            "locale": G(lambda f: f.pick(locales)),
            "timezone": G(lambda f: f.pick(zones)),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
            "campaign": {
                "name": G(lambda f: f.pick(["spring_drop", "retarget_cart", "brand_search"])),
                "source": G(lambda f: f.pick(["google", "instagram", "newsletter"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            },
        }

    return ctx


threadloop_web = web_context(
    "www.threadloop.example",
    [
        ("/", "Threadloop | Pre-loved fashion"),
        ("/women/dresses", "Dresses | Threadloop"),
        ("/checkout", "Checkout | Threadloop"),
        ("/item/levis-501", "Levi's 501 | Threadloop"),
    ],
    ["en-GB", "fr-FR", "en-US"],
    ["Europe/London", "Europe/Paris"],
)
nestwise_web = web_context(
    "www.nestwise.example",
    [
        ("/", "Nestwise Home Insurance"),
        ("/quote", "Get a quote | Nestwise"),
        ("/claims", "Claims | Nestwise"),
        ("/br/cotacao", "Cotação | Nestwise Brasil"),
    ],
    ["en-US", "pt-BR"],
    ["America/Chicago", "America/New_York", "America/Sao_Paulo"],
)
kinetiq_web = web_context(
    "kinetiq.example",
    [("/for-business", "Corporate wellness | Kinetiq"), ("/pricing", "Pricing | Kinetiq")],
    ["en-GB", "de-DE"],
    ["Europe/London", "Europe/Berlin"],
)


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kinetiq"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["6400", "6512"])),
            "namespace": G(lambda f: "com.kinetiq.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: True),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(lambda f: email(f), "email"), "name": Y(lambda f: person(f), "name")},
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kinetiq"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "650003"])),
            "namespace": G(lambda f: "com.kinetiq.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2340),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone.de", "EE", "T-Mobile"])),
            "cellular": G(lambda f: True),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    ios = f.r.random() < 0.5
    la, lo = lat_lng(f)
    return {
        "app": {
            "name": G(lambda f: "Zoomly"),
            "version": G(lambda f: f.pick(["4.12.2", "4.13.0"])),
            "build": G(lambda f: f.pick(["1422", "1430"])),
            "namespace": G(lambda f: "io.zoomly.share"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "samsung"),
            "model": G(lambda f: "iPhone14,5" if ios else "SM-A546B"),
            "name": G(lambda f: "iPhone" if ios else "a54x"),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.4" if ios else "14"),
        },
        "screen": {
            "width": G(lambda f: 390 if ios else 412),
            "height": G(lambda f: 844 if ios else 915),
            "density": G(lambda f: 3),
        },
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "fr-FR", "en-DE"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "Europe/Paris"])),
        "location": {
            "latitude": Y(lambda f: la, "geolocation"),
            "longitude": Y(lambda f: lo, "geolocation"),
            "speed": G(lambda f: f.pick([0, 0, 1.4])),
        },
        "traits": {
            "email": Y(lambda f: email(f, ["de", "nl", "fr", "pl"]), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["de", "nl", "fr"])), "phone"),
        },
    }


def threadloop_rn_context(f: Fake):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": G(lambda f: "Threadloop"),
            "version": G(lambda f: "8.3.0"),
            "build": G(lambda f: "830"),
            "namespace": G(lambda f: "com.threadloop.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "Google"),
            "model": G(lambda f: "iPhone13,2" if ios else "Pixel 7"),
            "name": G(lambda f: "iPhone" if ios else "panther"),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.3" if ios else "14"),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(["en-GB", "fr-FR"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Paris"])),
    }


def flutter_context(f: Fake):
    ios = f.r.random() < 0.4
    return {
        "app": {
            "name": G(lambda f: "Nestwise"),
            "version": G(lambda f: "3.2.1"),
            "build": G(lambda f: "321"),
            "namespace": G(lambda f: "com.nestwise.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "motorola"),
            "model": G(lambda f: "iPhone12,1" if ios else "moto g power 5G"),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "16.7" if ios else "13"),
        },
        "screen": {"width": G(lambda f: 414), "height": G(lambda f: 896)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Sao_Paulo", "America/Denver"])),
    }


def server(name: str, version: str, ip=False, group=False):
    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if ip:
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if group:
            c["groupId"] = G(lambda f: "acct_" + f.hexid(10))
        return c

    return ctx


CONTEXTS = {
    "tl_web": threadloop_web,
    "tl_rn": threadloop_rn_context,
    "node": server("@segment/analytics-node", "2.1.2", ip=True),
    "ruby": server("analytics-ruby", "2.4.3", ip=True),
    "php": server("analytics-php", "3.7.0"),
    "python": server("analytics-python", "2.3.2"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "kq_web": kinetiq_web,
    "rn": rn_context,
    "go": server("analytics-go", "3.3.0"),
    "java": server("analytics-java", "3.5.1"),
    "flutter": flutter_context,
    "nw_web": nestwise_web,
    "dotnet": server("Analytics.NET", "3.8.1", ip=True, group=True),
}

# -- shared templates ------------------------------------------------------------------------------

TL_PRODUCTS = [
    ("Levi's 501 Original Jeans", "Levi's", "Denim"),
    ("Sézane Gaspard Cardigan", "Sézane", "Knitwear"),
    ("Nike Air Max 90", "Nike", "Sneakers"),
    ("Ganni Floral Wrap Dress", "Ganni", "Dresses"),
    ("Barbour Beaufort Jacket", "Barbour", "Outerwear"),
    ("Zara Linen Blazer", "Zara", "Tailoring"),
]


def tl_product():
    return {
        "product_id": G(lambda f: "lst_" + f.hexid(12)),
        "sku": G(lambda f: f"TL-{f.r.randint(100000, 999999)}"),
        "name": G(lambda f: f.pick(TL_PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(TL_PRODUCTS)[1]),
        "category": G(lambda f: f.pick(TL_PRODUCTS)[2]),
        "price": G(lambda f: f.money(8, 240)),
        "quantity": G(lambda f: 1),
    }


def shipping(among):
    return {
        "name": Y(lambda f: person(f, among), "name"),
        "line1": Y(lambda f: street(f, f.pick(among)), "street|address"),
        "city": Y(lambda f: city(f, f.pick(among)), "city"),
        "postal_code": Y(lambda f: postcode(f, f.pick(among)), "zipcode"),
        "country": G(lambda f: f.pick(["GB", "FR"])),
        "phone": Y(lambda f: phone(f, f.pick(among)), "phone"),
    }


EVENTS = [
    # == Threadloop: fashion resale marketplace ==================================================
    (
        "identify",
        None,
        "tl_web",
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["gb", "fr"])), "phone"),
            "birthday": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "avatar_url": Y(lambda f: f"https://cdn.threadloop.example/avatars/{f.hexid(20)}.jpg", "photo"),
            "username": Y(
                lambda f: (
                    ascii_fold(first(f))
                    + f.pick(["_closet", "vintage", "", ".style"])
                    + str(f.r.randint(1, 999))
                ),
                "name|identification",
            ),
            "email_verified": G(lambda f: f.pick([True, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "seller_tier": G(lambda f: f.pick(["new", "trusted", "top_seller"])),
            "listings_count": G(lambda f: f.r.randint(0, 140)),
            "orders_count": G(lambda f: f.r.randint(0, 60)),
            "shopping_preference": G(lambda f: f.pick(["womenswear", "menswear", "both"])),
            "created_at": G(lambda f: f.iso()),
            "referral_code": G(lambda f: "TL" + f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "Signed Up",
        "tl_web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: email(f), "email"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "iloveparis12", "Tl0op#" + f.hexid(4), "qwerty123"]),
                "password",
            ),
            "accepts_marketing": G(lambda f: f.pick([True, False])),
            "referrer_code": G(lambda f: f.pick(["", "TL" + f.hexid(6).upper()])),
        },
    ),
    ("alias", None, "tl_web", {}),
    (
        "page",
        "Product",
        "tl_web",
        {
            "path": G(lambda f: "/item/" + f.hexid(8)),
            "url": G(lambda f: "https://www.threadloop.example/item/" + f.hexid(8)),
            "title": G(lambda f: f.pick(TL_PRODUCTS)[0] + " | Threadloop"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: ""),
        },
    ),
    (
        "track",
        "Product Viewed",
        "tl_web",
        {
            **tl_product(),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "size": G(lambda f: f.pick(["XS", "M", "UK 10", "EU 42", "W32 L34"])),
            "condition": G(lambda f: f.pick(["new_with_tags", "like_new", "good", "fair"])),
            "gender": G(lambda f: f.pick(["women", "men", "unisex"])),
            "image_url": G(lambda f: f"https://cdn.threadloop.example/listings/{f.hexid(16)}/1.webp"),
            "seller_id": G(lambda f: "usr_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Products Searched",
        "tl_web",
        {
            "query": G(
                lambda f: f.pick(["vintage levis", "wrap dress size 10", "barbour wax", "air max 90 white"])
            ),
            "filters": {
                "gender": G(lambda f: f.pick(["women", "men"])),
                "size": Many(G(lambda f: f.pick(["S", "M", "UK 8", "EU 39"])), 2),
            },
            "results_count": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "track",
        "Product Added",
        "tl_rn",
        {
            **tl_product(),
            "cart_id": G(lambda f: f.uuid()),
            "variant": G(lambda f: f.pick(["M", "UK 10", "42"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "tl_web",
        {
            "checkout_id": G(lambda f: "chk_" + f.hexid(16)),
            "value": G(lambda f: f.money(10, 400)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "SPRING15"])),
            "products": Many(tl_product(), 3),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "tl_web",
        {
            "provider": G(lambda f: "google_places"),
            "keystrokes": G(lambda f: f.r.randint(3, 25)),
            "selection": Y(lambda f: full_address(f, f.pick(["gb", "fr"])), "address", True),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.digits(12)),
            "checkout_id": G(lambda f: "chk_" + f.hexid(16)),
            "total": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.money(2, 9)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "payment_method": G(lambda f: f.pick(["visa", "mastercard", "paypal", "apple_pay"])),
            "card_last4": G(lambda f: n(f, 4)),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "shipping_address": shipping(["gb", "fr"]),
            "tracking_number": G(lambda f: "1Z" + f.hexid(6).upper() + n(f, 10)),
            "products": Many(tl_product(), 3),
        },
    ),
    (
        "track",
        "Listing Created",
        "tl_rn",
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(12)),
            "title": G(lambda f: f.pick(TL_PRODUCTS)[0]),
            "description": G(
                lambda f: f.pick(
                    [
                        "Worn twice, no flaws.",
                        "Small mark on left sleeve, see photos",
                        "Perfect condition, smoke-free home",
                    ]
                )
            ),
            "brand": G(lambda f: f.pick(TL_PRODUCTS)[1]),
            "category": G(lambda f: f.pick(TL_PRODUCTS)[2]),
            "condition": G(lambda f: f.pick(["new_with_tags", "like_new", "good"])),
            "price": G(lambda f: f.money(5, 300)),
            "photos_count": G(lambda f: f.r.randint(1, 12)),
            "ships_from": Y(lambda f: city(f, f.pick(["gb", "fr"])), "city"),
            "image_hash": G(lambda f: sha256(f)),
        },
    ),
    (
        "track",
        "Offer Made",
        "tl_rn",
        {
            "offer_id": G(lambda f: "off_" + f.hexid(10)),
            "listing_id": G(lambda f: "lst_" + f.hexid(12)),
            "amount": G(lambda f: f.money(5, 200)),
            "message_text": Y(offer_text, "phone|email", True),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "tl_web",
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(8)),
            "amount": G(lambda f: f.pick([25, 50, 100])),
            "currency": G(lambda f: "GBP"),
            "gift": {
                "from": Y(lambda f: first(f), "name", True),
                "to": Y(lambda f: person(f), "name", True),
                "message": G(
                    lambda f: f.pick(["Happy birthday!", "Treat yourself x", "Congrats on the new job"])
                ),
            },
        },
    ),
    (
        "track",
        "Review Submitted",
        "tl_rn",
        {
            "review_id": G(lambda f: "rev_" + f.hexid(10)),
            "order_id": G(lambda f: f.digits(12)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    ["Fast shipping, exactly as described", "Smaller than expected", "Lovely seller!"]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
        },
    ),
    (
        "track",
        "Payout Method Added",
        "node",
        {
            "method": G(lambda f: f.pick(["sepa", "faster_payments"])),
            "destination": RED(lambda f: f.iban(f.pick(["GB", "FR", "NL", "DE"])), "bank account", True),
            "bic": G(lambda f: f.pick(["NWBKGB2L", "BNPAFRPP", "ABNANL2A"])),
            "account_holder": Y(lambda f: person(f), "name"),
        },
    ),
    (
        "track",
        "Payout Requested",
        "python",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "amount": G(lambda f: f.money(5, 900)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "iban": RED(lambda f: f.iban(f.pick(["GB", "FR"])), "bank account"),
        },
    ),
    (
        "track",
        "Vérification Vendeur Soumise",
        "php",
        {
            "nom": Y(lambda f: last(f, ["fr", "ar"]), "name"),
            "prenom": Y(lambda f: first(f, ["fr", "ar"]), "name"),
            "date_naissance": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2005)}",
                "birthdate",
            ),
            "adresse": Y(lambda f: street(f, "fr"), "address|street"),
            "code_postal": Y(lambda f: postcode(f, "fr"), "zipcode"),
            "ville": Y(lambda f: city(f, "fr"), "city"),
            "pays": G(lambda f: "FR"),
            "telephone": Y(lambda f: phone(f, "fr"), "phone"),
            "type_piece": G(lambda f: f.pick(["CNI", "passeport", "titre_de_sejour"])),
            "numero_piece": RED(
                lambda f: f.pick([fr_cni(f), passport_no(f)]), "national id|passport|identification"
            ),
            "statut": G(lambda f: f.pick(["en_attente", "validé", "refusé"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "channel": G(lambda f: f.pick(["web_form", "email", "in_app"])),
            "subject": G(
                lambda f: f.pick(
                    ["Order not received", "Login problem", "Refund request", "Item not as described"]
                )
            ),
            "body": Y(ticket_body, "email|phone", True),
            "requester_email": Y(lambda f: email(f), "email"),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        "python",
        {
            "to": Y(lambda f: email(f), "email", True),
            "template": G(lambda f: f.pick(["order_shipped", "offer_received", "weekly_picks"])),
            "campaign_id": G(lambda f: n(f, 7)),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mta.threadloop.example>"),
        },
    ),
    (
        "track",
        "New Device Login Detected",
        "ruby",
        {
            "origin": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "device_fingerprint": G(lambda f: sha256(f)),
            "device_name": Y(
                lambda f: f"{first(f)}'s {f.pick(['iPhone', 'MacBook Air', 'Galaxy S23', 'iPad'])}",
                "name",
                True,
            ),
            "risk_score": G(lambda f: round(f.r.random(), 2)),
            "ip_country": G(lambda f: f.pick(["GB", "FR", "NG", "US"])),
            "email_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shop Integration Connected",
        "node",
        {
            "platform": G(lambda f: f.pick(["shopify", "woocommerce"])),
            "shop_domain": G(lambda f: f.pick(["vintage-finds.myshopify.example", "retro-rack.example"])),
            "api_key": RED(lambda f: f.secret(), "secret|token"),
            "last_error": RED(secret_error, "secret|token", True),
        },
    ),
    (
        "screen",
        "Closet",
        "tl_rn",
        {
            "tab": G(lambda f: f.pick(["selling", "sold", "favourites"])),
            "items_count": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    # == Kinetiq: fitness & wellness subscription ===============================================
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["gb", "de", "us"])), "phone"),
            "birthday": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "avatar": Y(lambda f: f"https://img.kinetiq.example/u/{f.hexid(24)}.heic", "photo"),
            "fitnessGoal": G(lambda f: f.pick(["build_strength", "run_5k", "stay_active", "flexibility"])),
            "experienceLevel": G(lambda f: f.pick(["beginner", "intermediate", "advanced"])),
            "plan": G(lambda f: f.pick(["free", "premium_monthly", "premium_annual"])),
            "subscriptionStatus": G(lambda f: f.pick(["trialing", "active", "canceled"])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "emergencyContactName": Y(lambda f: person(f), "name"),
            "emergencyContactPhone": Y(lambda f: phone(f, f.pick(["gb", "de", "us"])), "phone"),
        },
    ),
    (
        "track",
        "Health Questionnaire Completed",
        "kotlin",
        {
            "questionnaireVersion": G(lambda f: "parq-2023.2"),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 2),
            "injuries": Many(
                Y(lambda f: f.pick(["left knee (ACL)", "rotator cuff", "ankle sprain"]), "condition"), 2
            ),
            "recentSurgery": Y(
                lambda f: f.pick(["knee arthroscopy", "C-section", "appendectomy", "hip replacement"]),
                "procedure",
            ),
            "doctorDiagnosis": Y(
                lambda f: f.pick(["type 2 diabetes", "coronary artery disease", "scoliosis"]),
                "diagnosis|condition",
            ),
            "foodAllergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "lactose", "gluten"]), "allergy"), 2
            ),
            "clearedByDoctor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Workout Completed",
        "swift",
        {
            "workoutId": G(lambda f: f.uuid()),
            "workoutName": G(
                lambda f: f.pick(["Full Body HIIT", "Core Crusher 20", "Mobility Flow", "Tempo Run"])
            ),
            "program": G(lambda f: f.pick(["12-Week Strength", "Couch to 5K", None])),
            "instructorName": Y(lambda f: person(f, ["gb", "us", "ng", "in"]), "name"),
            "durationSec": G(lambda f: f.r.randint(600, 3600)),
            "calories": G(lambda f: f.r.randint(80, 700)),
            "completedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Class Booked",
        "kotlin",
        {
            "classId": G(lambda f: "cls_" + f.hexid(8)),
            "className": G(lambda f: f.pick(["Reformer Pilates", "Spin 45", "Vinyasa Yoga"])),
            "studioName": G(lambda f: f.pick(["Kinetiq Shoreditch", "Kinetiq Mitte", "Kinetiq Kreuzberg"])),
            "coach": Y(lambda f: person(f, ["gb", "de", "br"]), "name"),
            "startsAt": G(lambda f: f.iso()),
            "spotsLeft": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Device Paired",
        "kotlin",
        {
            "deviceType": G(lambda f: f.pick(["heart_rate_strap", "smart_scale", "cadence_sensor"])),
            "vendor": G(lambda f: f.pick(["Polar", "Garmin", "Withings"])),
            "model": G(lambda f: f.pick(["H10", "HRM-Pro Plus", "Body+"])),
            "firmwareVersion": G(lambda f: f.pick(["5.0.0", "3.1.12"])),
            "peripheralAddress": Y(lambda f: f.mac(), "mac", True),
            "serialNumber": Y(lambda f: f.pick(["C7", "G3"]) + n(f, 9), "serial"),
        },
    ),
    (
        "track",
        "Signed In",
        "kotlin",
        {
            "method": G(lambda f: f.pick(["password", "google", "magic_link"])),
            "identifier": Y(lambda f: email(f), "email", True),
            "biometric": G(lambda f: f.pick([True, False])),
            "session": RED(jwt, "token", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "kotlin",
        {"fcmToken": RED(fcm_token, "token"), "permission": G(lambda f: "granted")},
    ),
    (
        "track",
        "Coach Message Sent",
        "swift",
        {
            "threadId": G(lambda f: "thr_" + f.hexid(10)),
            "text": Y(coach_text, "condition|medication", True),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        "swift",
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "inviteeContact": Y(lambda f: f.pick([phone(f, "gb"), email(f)]), "phone|email"),
            "referralCode": G(lambda f: "KQ-" + f.hexid(5).upper()),
            "invitesSentTotal": G(lambda f: f.r.randint(1, 15)),
        },
    ),
    (
        "track",
        "Research Survey Submitted",
        "kotlin",
        {
            "surveyId": G(lambda f: "wellbeing-2024-q2"),
            "consentResearch": G(lambda f: True),
            "race": Many(
                Y(
                    lambda f: f.pick(["Black or African American", "Asian", "White", "Two or more races"]),
                    "race|ethnicity",
                ),
                2,
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "sexualOrientation": Y(
                lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer_not_to_say"]),
                "sexual orientation",
            ),
            "householdIncome": Y(lambda f: f.pick(["<25k", "25k-50k", "50k-100k", "100k+"]), "salary"),
            "stressScore": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Meal Plan Generated",
        "swift",
        {
            "diet": G(lambda f: f.pick(["omnivore", "vegetarian", "vegan", "pescatarian"])),
            "foodAllergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "lactose", "gluten"]), "allergy"), 2
            ),
            "caloriesTarget": G(lambda f: f.pick([1600, 1900, 2200, 2600])),
        },
    ),
    (
        "screen",
        "Workout Player",
        "swift",
        {"workoutId": G(lambda f: f.uuid()), "castEnabled": G(lambda f: f.pick([True, False]))},
    ),
    (
        "screen",
        "Profile Settings",
        "kotlin",
        {
            "section": G(lambda f: f.pick(["account", "privacy", "notifications"])),
            "emailChangePending": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Started",
        "python",
        {
            "plan_id": G(lambda f: f.pick(["premium_monthly", "premium_annual"])),
            "price": G(lambda f: f.pick([12.99, 89.99])),
            "currency": G(lambda f: f.pick(["GBP", "EUR", "USD"])),
            "interval": G(lambda f: f.pick(["month", "year"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "payment_provider": G(lambda f: f.pick(["app_store", "play_billing", "stripe"])),
            "original_transaction_id": G(lambda f: "2000000" + n(f, 9)),
        },
    ),
    (
        "track",
        "Payment Method Updated",
        "python",
        {
            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "last4": G(lambda f: n(f, 4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit"])),
            "billing_name": Y(lambda f: person(f), "name"),
            "billing_zip": Y(lambda f: postcode(f, f.pick(["us", "gb"])), "zipcode"),
            "fingerprint": G(
                lambda f: "".join(
                    f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(16)
                )
            ),
        },
    ),
    (
        "track",
        "Kursbescheinigung Angefordert",
        "python",
        {
            "kurs_id": G(lambda f: "PRV-" + n(f, 6)),
            "kursname": G(lambda f: f.pick(["Rückenfit in 8 Wochen", "Stressbewältigung mit Yoga"])),
            "vorname": Y(lambda f: first(f, ["de", "pl", "ar"]), "name"),
            "nachname": Y(lambda f: last(f, ["de", "pl", "ar"]), "name"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1955, 2004)}",
                "birthdate",
            ),
            "versichertennummer": Y(lambda f: f.pick("ABCDEFGHKLMNPRSTUVWXYZ") + n(f, 9), "health id"),
            "teilnahmequote": G(lambda f: f.pick([0.8, 0.875, 1.0])),
            "bescheinigung_nr": Y(lambda f: f"KQ-{f.r.randint(2023, 2024)}-{n(f, 6)}", "certificate"),
            "zertifiziert": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        "node",
        {
            "$email": Y(lambda f: email(f), "email"),
            "$name": Y(lambda f: person(f), "name"),
            "$phone": Y(lambda f: phone(f), "phone"),
            "$city": Y(lambda f: city(f), "city"),
            "$region": G(lambda f: f.pick(["England", "Bavaria", "California"])),
            "$country_code": G(lambda f: f.pick(["GB", "DE", "US"])),
            "$distinct_id": Y(lambda f: email(f), "email", True),
            "$created": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Corporate Wellness Demo Requested",
        "kq_web",
        {
            "firstname": Y(lambda f: first(f), "name"),
            "lastname": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["gb", "de"])), "phone"),
            "company": G(lambda f: f.pick(["Globex GmbH", "Initech Ltd", "Northwind Traders"])),
            "jobtitle": G(lambda f: f.pick(["HR Manager", "People Partner", "Head of Benefits"])),
            "numemployees": G(lambda f: f.pick(["51-200", "201-1000", "1000+"])),
            "hs_lead_status": G(lambda f: "NEW"),
            "hutk": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(["Globex GmbH", "Initech Ltd", "Northwind Traders"])),
            "industry": G(lambda f: f.pick(["Software", "Retail", "Logistics"])),
            "employees": G(lambda f: f.r.randint(50, 5000)),
            "plan": G(lambda f: f.pick(["teams", "enterprise"])),
            "billing_email": Y(lambda f: email(f), "email"),
            "primary_contact_name": Y(lambda f: person(f), "name"),
            "primary_contact_phone": Y(lambda f: phone(f), "phone"),
            "vat_id": G(lambda f: f.pick(["DE", "GB"]) + n(f, 9)),
        },
    ),
    # == Zoomly: car sharing ======================================================================
    (
        "identify",
        None,
        "rn",
        {
            "firstName": Y(lambda f: first(f, ["de", "nl", "fr", "pl", "ar", "cn"]), "name"),
            "lastName": Y(lambda f: last(f, ["de", "nl", "fr", "pl", "ar", "cn"]), "name"),
            "email": Y(lambda f: email(f, ["de", "nl", "fr", "pl"]), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["de", "nl", "fr"])), "phone"),
            "dateOfBirth": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "address": {
                "street": Y(lambda f: f.pick(STREETS["de"] + STREETS["nl"]), "street"),
                "houseNumber": Y(
                    lambda f: str(f.r.randint(1, 200)) + f.pick(["", "", "a"]), "address|street"
                ),
                "postalCode": Y(lambda f: postcode(f, f.pick(["de", "nl"])), "zipcode"),
                "city": Y(lambda f: city(f, f.pick(["de", "nl"])), "city"),
                "country": G(lambda f: f.pick(["DE", "NL"])),
            },
            "driverLicenseNumber": Y(
                lambda f: f.pick([de_licence(f), nl_licence(f), fr_licence(f)]), "license"
            ),
            "licenseIssueCountry": G(lambda f: f.pick(["DE", "NL", "FR", "PL"])),
            "nationality": Y(
                lambda f: f.pick(["German", "Dutch", "French", "Polish", "Syrian", "Chinese"]), "citizenship"
            ),
            "passportNumber": RED(passport_no, "passport"),
            "licenseExpiry": G(lambda f: f.date(2026, 2035)),
            "verificationStatus": G(lambda f: f.pick(["pending", "verified", "rejected"])),
            "homeMarket": G(lambda f: f.pick(["BER", "MUC", "AMS", "PAR"])),
        },
    ),
    (
        "track",
        "Fahrerprüfung Eingereicht",
        "go",
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "divers"]), "gender"),
            "vorname": Y(lambda f: first(f, ["de", "pl", "ar"]), "name"),
            "nachname": Y(lambda f: last(f, ["de", "pl", "ar"]), "name"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1955, 2004)}",
                "birthdate",
            ),
            "geburtsort": Y(lambda f: f.pick(["Hamburg", "Izmir", "Kraków", "Dresden", "Damaskus"]), "city"),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "syrisch"]), "citizenship"
            ),
            "strasse": Y(lambda f: f.pick(STREETS["de"]), "street"),
            "hausnummer": Y(lambda f: str(f.r.randint(1, 200)), "address|street"),
            "plz": Y(lambda f: postcode(f, "de"), "zipcode"),
            "ort": Y(lambda f: city(f, "de"), "city"),
            "fuehrerscheinnummer": Y(de_licence, "license"),
            "ausweisnummer": RED(de_id_card, "national id|identification"),
            "selfie_url": Y(lambda f: f"https://kyc.zoomly.example/selfies/{f.uuid()}.jpg", "photo"),
            "ident_verfahren": G(lambda f: f.pick(["VideoIdent", "AutoIdent", "eID"])),
            "pruef_status": G(lambda f: f.pick(["offen", "bestanden", "abgelehnt"])),
        },
    ),
    (
        "track",
        "Booking Created",
        "rn",
        {
            "bookingId": G(lambda f: "BK" + n(f, 8)),
            "vehicleClass": G(lambda f: f.pick(["compact", "ev_compact", "van"])),
            "pickupAt": G(lambda f: f.iso()),
            "insurancePackage": G(lambda f: f.pick(["basic", "plus", "zero_excess"])),
            "estimatedPrice": G(lambda f: f.money(9, 180)),
            "currency": G(lambda f: "EUR"),
            "promoCode": G(lambda f: f.pick(["", "ZOOM10", "FIRSTRIDE"])),
            "coDriver": {
                "name": Y(lambda f: person(f, ["de", "nl", "fr", "pl"]), "name"),
                "email": Y(lambda f: email(f, ["de", "nl", "fr"]), "email"),
                "licenseNumber": Y(lambda f: f.pick([de_licence(f), nl_licence(f)]), "license"),
                "added": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Car Unlocked",
        "rn",
        {
            "vehicleId": G(lambda f: "veh_" + n(f, 5)),
            "method": G(lambda f: f.pick(["bluetooth", "remote"])),
            "at": Y(lambda f: "{},{}".format(*lat_lng(f)), "geolocation", True),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Trip Started",
        "go",
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle": {
                "id": G(lambda f: "veh_" + n(f, 5)),
                "name": G(lambda f: f.pick(["VW ID.3", "Fiat 500e", "Renault Zoe", "Opel Corsa-e"])),
                "license_plate": G(plate),
                "vin": G(vin),
                "fuel_type": G(lambda f: f.pick(["electric", "petrol"])),
            },
            "start_lat": Y(lambda f: lat_lng(f)[0], "geolocation"),
            "start_lng": Y(lambda f: lat_lng(f)[1], "geolocation"),
            "battery_pct": G(lambda f: f.r.randint(20, 100)),
            "zone_id": G(lambda f: f.pick(["ber-mitte", "ams-west", "par-11"])),
        },
    ),
    (
        "track",
        "Trip Ended",
        "go",
        {
            "trip_id": G(lambda f: f.uuid()),
            "duration_min": G(lambda f: f.r.randint(5, 600)),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 180), 1)),
            "end_lat": Y(lambda f: lat_lng(f)[0], "geolocation"),
            "end_lng": Y(lambda f: lat_lng(f)[1], "geolocation"),
            "dropoff": Y(lambda f: full_address(f, f.pick(["de", "nl", "fr"])), "address", True),
            "price": G(lambda f: f.money(3, 200)),
            "currency": G(lambda f: "EUR"),
            "damage_reported": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Damage Reported",
        "rn",
        {
            "tripId": G(lambda f: f.uuid()),
            "area": G(lambda f: f.pick(["rear_bumper", "windscreen", "left_mirror"])),
            "severity": G(lambda f: f.pick(["minor", "moderate"])),
            "description": G(
                lambda f: f.pick(["Scratch on rear bumper", "Chip in windscreen", "Mirror cracked"])
            ),
            "photoCount": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "SMS Verification Sent",
        "go",
        {
            "msisdn": Y(
                lambda f: phone(f, f.pick(["de", "nl", "fr"]), national=False).replace(" ", ""), "phone"
            ),
            "provider": G(lambda f: f.pick(["twilio", "messagebird"])),
            "verification_code": RED(lambda f: n(f, 6), "secret|token|password"),
            "code_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Support Callback Requested",
        "rn",
        {
            "callbackNumber": Y(lambda f: phone(f, f.pick(["de", "nl", "fr"]), national=True), "phone"),
            "topic": G(lambda f: f.pick(["billing", "accident", "lost_item"])),
            "preferredSlot": G(lambda f: f.pick(["morning", "afternoon"])),
            "language": G(lambda f: f.pick(["de", "en", "nl"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "java",
        {
            "paymentId": G(lambda f: "pay_" + f.hexid(16)),
            "amount": G(lambda f: f.money(3, 200)),
            "currency": G(lambda f: "EUR"),
            "reason": G(lambda f: f.pick(["insufficient_funds", "expired_card", "authentication_required"])),
            "errorDetail": RED(card_error, "credit card", True),
            "pspReference": G(lambda f: n(f, 16)),
            "cardBin": G(lambda f: f.pick(["411111", "552800", "374245"])),
            "cardCountry": G(lambda f: f.pick(["DE", "NL", "FR"])),
        },
    ),
    (
        "track",
        "Traffic Fine Forwarded",
        "java",
        {
            "fineId": G(lambda f: "FN-" + n(f, 7)),
            "authority": G(lambda f: f.pick(["Bußgeldstelle Berlin", "CJIB", "ANTAI"])),
            "offenceDate": G(lambda f: f.date(2024, 2024)),
            "offenceLocation": Y(
                lambda f: f.pick(STREETS["de"] + STREETS["fr"]) + f.pick([", Berlin", ", Paris"]),
                "street|address",
            ),
            "amount": G(lambda f: f.pick([30, 55, 135])),
            "plate": G(plate),
            "driverFullName": Y(lambda f: person(f, ["de", "fr", "nl"]), "name"),
            "driverAddress": Y(lambda f: full_address(f, f.pick(["de", "nl", "fr"])), "address"),
        },
    ),
    (
        "group",
        None,
        "go",
        {
            "name": G(
                lambda f: f.pick(["Hoffmann Logistik GmbH", "Bakker Design BV", "Atelier Moreau SARL"])
            ),
            "plan": G(lambda f: f.pick(["business", "business_plus"])),
            "employees": G(lambda f: f.r.randint(5, 400)),
            "billing_email": Y(lambda f: email(f, ["de", "nl", "fr"]), "email"),
            "industry": G(lambda f: f.pick(["Logistics", "Design", "Consulting"])),
        },
    ),
    (
        "track",
        "Account Deleted",
        "ruby",
        {
            "reason": G(lambda f: f.pick(["moved_city", "too_expensive", "privacy", "other"])),
            "trips_count": G(lambda f: f.r.randint(0, 300)),
            "deleted_at": G(lambda f: f.iso()),
            "data_export_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Map",
        "rn",
        {
            "carsVisible": G(lambda f: f.r.randint(0, 60)),
            "filter": G(lambda f: f.pick(["all", "electric"])),
            "zoom": G(lambda f: f.pick([13, 15, 16])),
        },
    ),
    # == Nestwise: home insurance (US, Brazil) ===================================================
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(lambda f: email(f, ["us", "mx", "vn", "in"]), "email"),
            "phone": Y(lambda f: phone(f, "us"), "phone"),
            "first_name": Y(lambda f: first(f, ["us", "mx", "vn", "in", "kr"]), "name"),
            "last_name": Y(lambda f: last(f, ["us", "mx", "vn", "in", "kr"]), "name"),
            "dob": Y(
                lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(1945, 2003)}",
                "birthdate",
            ),
            "address_line1": Y(lambda f: street(f, "us"), "street|address"),
            "city": Y(lambda f: city(f, "us"), "city"),
            "state": G(lambda f: f.pick(["TX", "OH", "FL", "CO", "CA", "NC"])),
            "zip": Y(lambda f: postcode(f, "us"), "zipcode"),
            "homeowner": G(lambda f: True),
            "policy_count": G(lambda f: f.r.randint(0, 3)),
            "preferred_contact": G(lambda f: f.pick(["email", "phone", "sms"])),
        },
    ),
    (
        "page",
        "Quote",
        "nw_web",
        {
            "path": G(lambda f: "/quote"),
            "url": G(lambda f: "https://www.nestwise.example/quote"),
            "title": G(lambda f: "Get a quote | Nestwise"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc"])),
        },
    ),
    (
        "track",
        "Quote Requested",
        "nw_web",
        {
            "quote_id": G(lambda f: "Q-" + n(f, 8)),
            "property_type": G(lambda f: f.pick(["single_family", "condo", "townhouse"])),
            "year_built": G(lambda f: f.r.randint(1920, 2023)),
            "square_feet": G(lambda f: f.r.randint(700, 4800)),
            "property_address": Y(lambda f: full_address(f, "us"), "address"),
            "zip": Y(lambda f: postcode(f, "us"), "zipcode"),
            "coverage_a": G(lambda f: f.r.randint(150, 900) * 1000),
            "deductible": G(lambda f: f.pick([500, 1000, 2500])),
            "prior_claims": G(lambda f: f.r.randint(0, 3)),
            "has_pool": G(lambda f: f.pick([True, False])),
            "co_applicant_email": Y(lambda f: email(f, ["us", "mx"]), "email"),
            "dog_breed": G(lambda f: f.pick([None, "labrador", "pit bull", "beagle"])),
            "military_status": RED(
                lambda f: f.pick(["veteran", "active_duty", "reserve", "spouse_of_veteran"]), "veteran"
            ),
            "estimated_premium": G(lambda f: f.money(600, 3800)),
        },
    ),
    (
        "track",
        "Policy Purchased",
        "dotnet",
        {
            "PolicyNumber": Y(lambda f: "HO3-" + n(f, 9), "identification"),
            "Product": G(lambda f: f.pick(["HO-3", "HO-6"])),
            "Premium": G(lambda f: f.money(600, 3800)),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "PaymentPlan": G(lambda f: f.pick(["Annual", "Monthly"])),
            "Insured": {
                "FirstName": Y(lambda f: first(f, ["us", "mx", "vn"]), "name"),
                "LastName": Y(lambda f: last(f, ["us", "mx", "vn"]), "name"),
                "SsnLast4": RED(lambda f: n(f, 4), "social security number"),
                "DateOfBirth": Y(lambda f: f.date(1945, 2003) + "T00:00:00", "birthdate"),
                "Email": Y(lambda f: email(f, ["us", "vn"]), "email"),
                "CreditConsent": G(lambda f: True),
            },
            "Mortgagee": G(lambda f: f.pick(["Wells Fargo Home Mortgage", "Rocket Mortgage", None])),
            "Signature": Y(lambda f: person(f, ["us", "mx", "vn"]), "name", True),
            "SignedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Claim Submitted",
        "flutter",
        {
            "claim_id": G(lambda f: "CLM-" + n(f, 10)),
            "policy_number": Y(lambda f: "HO3-" + n(f, 9), "identification"),
            "loss_type": G(lambda f: f.pick(["water_damage", "wind_hail", "theft", "fire"])),
            "loss_date": G(lambda f: f.date(2024, 2024)),
            "description": G(
                lambda f: f.pick(
                    ["Pipe burst under kitchen sink", "Hail dented the gutters", "Bike stolen from garage"]
                )
            ),
            "photos_count": G(lambda f: f.r.randint(0, 15)),
            "estimated_loss": G(lambda f: f.r.randint(500, 60000)),
            "contact_phone": Y(lambda f: phone(f, "us"), "phone"),
            "adjuster_name": Y(lambda f: person(f, ["us"]), "name"),
            "incident_location": Y(
                lambda f: f"{round(f.r.uniform(29, 41), 5)},{round(f.r.uniform(-105, -78), 5)}", "geolocation"
            ),
            "emergency_services": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Synced",
        "dotnet",
        {
            "First_Name__c": Y(lambda f: first(f, ["us", "mx", "vn"]), "name"),
            "Last_Name__c": Y(lambda f: last(f, ["us", "mx", "vn"]), "name"),
            "Email__c": Y(lambda f: email(f, ["us", "mx"]), "email"),
            "Mobile_Phone__c": Y(lambda f: phone(f, "us"), "phone"),
            "Date_of_Birth__c": Y(lambda f: f.date(1945, 2003), "birthdate"),
            "Street__c": Y(lambda f: street(f, "us"), "street|address"),
            "Postal_Code__c": Y(lambda f: postcode(f, "us"), "zipcode"),
            "Lead_Source__c": G(lambda f: f.pick(["Web Quote", "Partner", "Call Center"])),
            "Policy_Type__c": G(lambda f: f.pick(["HO-3", "HO-6"])),
            "OwnerId": G(lambda f: "005" + f.hexid(12)),
            "Do_Not_Call__c": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cotação Solicitada",
        "php",
        {
            "nome_completo": Y(lambda f: person(f, ["br"]), "name"),
            "cpf": RED(lambda f: cpf(f, formatted=f.r.random() < 0.7), "national id"),
            "rg": RED(
                lambda f: f"{n(f, 2)}.{n(f, 3)}.{n(f, 3)}-{f.pick('0123456789X')}",
                "national id|identification",
            ),
            "data_nascimento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "telefone_celular": Y(lambda f: phone(f, "br"), "phone"),
            "email": Y(lambda f: email(f, ["br"]), "email"),
            "cep": Y(lambda f: postcode(f, "br"), "zipcode"),
            "logradouro": Y(lambda f: street(f, "br"), "street|address"),
            "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
            "cidade": Y(lambda f: city(f, "br"), "city"),
            "uf": G(lambda f: f.pick(["SP", "PR", "MG"])),
            "tipo_imovel": G(lambda f: f.pick(["casa", "apartamento"])),
            "valor_imovel": G(lambda f: f.r.randint(200, 2500) * 1000),
            "renda_mensal": Y(lambda f: f.pick([3500, 6200, 9800, 15000, 24000]), "salary"),
        },
    ),
    (
        "track",
        "Bank Account Added",
        "flutter",
        {
            "method": G(lambda f: "ach"),
            "account_number": RED(lambda f: n(f, f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Navy Federal Credit Union"])),
            "account_holder_name": Y(lambda f: person(f, ["us", "mx", "vn"]), "name"),
            "verified_via": G(lambda f: f.pick(["plaid", "micro_deposits"])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "flutter",
        {
            "channel": G(lambda f: "sms"),
            "target": Y(lambda f: phone(f, "us", national=f.r.random() < 0.6), "phone", True),
            "claim_updates": G(lambda f: True),
            "marketing": G(lambda f: False),
        },
    ),
    (
        "track",
        "Agent Chat Started",
        "nw_web",
        {
            "chat_id": G(lambda f: f.uuid()),
            "queue": G(lambda f: f.pick(["claims", "billing", "policy_changes"])),
            "agent_name": Y(lambda f: person(f, ["us"]), "name"),
            "wait_time_s": G(lambda f: f.r.randint(0, 600)),
            "first_message": Y(chat_opening, "phone|email", True),
            "language": G(lambda f: f.pick(["en", "pt"])),
        },
    ),
    (
        "track",
        "Login Failed",
        "dotnet",
        {
            "Email": Y(lambda f: email(f, ["us"]), "email"),
            "Reason": G(lambda f: f.pick(["InvalidPassword", "AccountLocked", "MfaTimeout"])),
            "AttemptCount": G(lambda f: f.r.randint(1, 6)),
            "ForwardedFor": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip"),
            "UserAgent": G(lambda f: CHROME_UA),
            "PasswordResetOffered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Roof Inspection Scheduled",
        "dotnet",
        {
            "InspectionId": G(lambda f: f.r.randint(100000, 999999)),
            "InspectorName": Y(lambda f: person(f, ["us"]), "name"),
            "InspectionAddress": Y(lambda f: full_address(f, "us"), "address"),
            "ScheduledFor": G(lambda f: f.iso()),
            "Window": G(lambda f: f.pick(["8-12", "12-4"])),
            "Vendor": G(lambda f: f.pick(["RoofCheck Pros", "EagleView"])),
        },
    ),
    (
        "track",
        "Smart Sensor Connected",
        "flutter",
        {
            "sensor_type": G(lambda f: f.pick(["water_leak", "smoke", "freeze"])),
            "sensor_serial": Y(lambda f: "WL" + n(f, 10), "serial"),
            "hub_mac": Y(lambda f: f.mac().lower(), "mac"),
            "firmware": G(lambda f: f.pick(["2.4.1", "2.5.0"])),
            "discount_applied": G(lambda f: f.pick([0.02, 0.05])),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        "php",
        {
            "type": G(lambda f: "payment_method.attached"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "pm_" + f.hexid(24)),
                    "billing_details": {
                        "name": Y(lambda f: person(f, ["us", "br"]), "name"),
                        "email": Y(lambda f: email(f, ["us", "br"]), "email"),
                        "phone": Y(lambda f: phone(f, f.pick(["us", "br"])), "phone"),
                        "address": {
                            "line1": Y(lambda f: street(f, f.pick(["us", "br"])), "street|address"),
                            "city": Y(lambda f: city(f, f.pick(["us", "br"])), "city"),
                            "postal_code": Y(lambda f: postcode(f, f.pick(["us", "br"])), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "BR"])),
                        },
                    },
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "elo"])),
                        "last4": G(lambda f: n(f, 4)),
                        "fingerprint": G(lambda f: f.hexid(16)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    },
                },
            },
        },
    ),
    (
        "screen",
        "Policy Documents",
        "flutter",
        {
            "documents_count": G(lambda f: f.r.randint(1, 9)),
            "policy_status": G(lambda f: f.pick(["active", "pending_renewal"])),
        },
    ),
    ("alias", None, "flutter", {}),
    (
        "track",
        "Document Uploaded",
        "flutter",
        {
            "doc_type": G(lambda f: f.pick(["drivers_license", "drivers_license_renewal"])),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf"])),
            "file_size_kb": G(lambda f: f.r.randint(80, 9000)),
            "sha256": G(lambda f: sha256(f)),
            "drivers_license_number": Y(us_licence, "license"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(10),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "acct_" + f.hexid(10)
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
    events, labels = build(seed=1212, repeats=2)
    write(Path(__file__).parent, "holdout12_", events, labels)
