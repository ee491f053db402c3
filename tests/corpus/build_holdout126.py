"""Writes holdout126: tests/corpus/holdout126_events.jsonl and holdout126_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its documentation or any other corpus's labels, and without running the
engine on these events. Only build.py / fake.py (helpers), build_holdout3.py (format) and the
reference facts were read. Run: `.venv/bin/python -m tests.corpus.build_holdout126`.

Domain: "Soundlane", a music streaming and podcast platform in Sweden, the UK and Brazil. Sign-up
and Premium Family / Duo / Student plans, listening history, playlists, follows, podcast comments
and listener mail, artist accounts with royalty payouts (IBAN, UK sort code + account, Brazilian
agência / conta / chave Pix), concerts and merch (e-commerce spec events), voice search, gift
cards, student verification (SheerID-shaped), BankID identity checks, Swish and Pix payments,
Stripe / GoCardless / Twilio / App Store / AppsFlyer / Meta CAPI / Zendesk-shaped server payloads.
Subjects: listeners, family members (children too), artists and songwriters, recipients of gifts
and tickets, concert staff, support agents.

Clients: analytics.js (web), analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the server libraries python, node, go, java, ruby, php and .NET, each with
the context block that library really sends (context.ip, device, app, os, screen, network,
library, locale, timezone, userAgent, campaign, traits, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET services,
Twilio callbacks), kebab-case (a node microservice), SCREAMING_SNAKE (a Reverse ETL sync from the
warehouse) and Swedish / Portuguese keys (partner bundles, Brazilian checkout and payouts).

Values: names from many cultures; Swedish, UK and Brazilian phone formats; national addresses and
postcodes (SE "113 51", UK "SW1A 1AA", BR CEP "01310-100"); Swedish personnummer with a valid Luhn
digit, Brazilian CPF and CNPJ with valid check digits, UK National Insurance numbers with valid
prefixes; IBANs (SE, GB, BR, DE) with mod-97 check digits; Luhn-valid card numbers (Visa,
Mastercard, Amex, Elo).

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has classification, type (the reference matcher name, or `bank account`,
  `geolocation`, `secret`, `token`, `national id`, `advertising id`, `credit card`, `trade union`;
  `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII = data about a natural person (user, family member, recipient, contact, collaborator, staff).
  Colour: the reference default for the matcher; outside the reference, red for credentials and
  secrets, card numbers, bank accounts, government ids and health; yellow otherwise.
- Green: ids we or a processor issue (user, order, session, device, Stripe cus_/ch_/in_ ids, Swish
  and Pix transaction ids, UUIDs), SKUs, ISRC / ISWC, versions, timestamps, hashes of non-PII,
  amounts (incl. royalty payout amounts: a transaction amount, not pay), enums, counters and
  booleans under PII-sounding keys, product / plan / playlist / company / venue names, places that
  are not the person's (a searched city, a venue's address), country, state (UF), locale,
  language, timezone, currency, user agents, OS-issued device ids (IDFV, Android device id, the
  AppsFlyer id). Card brand, last four, expiry and BIN are green; sort codes, BICs, Brazilian bank
  codes and agência numbers identify the bank: green. Marketing promo codes shared by many people
  are green.
- Published policy applied: loyalty / customer / member numbers (kundnummer, the songwriter's IPI
  number from a collecting society) green; ages and age bands green; relationship of a family
  member green; job titles and employers green; a business's own phone, e-mail, Swish number,
  Pix key and address green (venue box office, support@, no-reply@, Twilio sender, courier
  call-masking numbers); appAccountToken (a UUID) and e-mail Message-IDs green; an insurance
  policy number yellow `identification`; hourly rates yellow `salary`; gclid / fbclid / fbp / fbc
  / IDFA / GAID yellow `advertising id`; billing and shipping addresses yellow `address`; trade
  union membership (Musicians' Union, Musikerförbundet) yellow `trade union`; Stripe pm_ ids,
  Google Play purchase tokens, one-time and verification codes, password-reset tokens, gift-card
  redemption codes (activation codes) and push tokens red `token`; personnummer, CPF, NINO, UTR
  red `national id`; passport numbers red `passport`; visa-sponsorship answers red `visa`.
- Special categories from booleans / enums: hearing-aid mode, VoiceOver on, wheelchair seating
  needs and the Brazilian half-price category (whose values include "pcd", person with
  disability) are red `disability`; dietary requirements (halal, kosher, nut allergy) yellow
  `allergy|religion`.
- Decided where the brief is silent (what a careful privacy owner at a mid-size company would
  want): catalogue metadata is green - an artist's or band's stage name on a track, album or
  concert listing, podcast show / episode titles - because it describes content, not a data
  subject; the legal name, contacts and bank details of an artist account holder or songwriter are
  personal. A birth year is yellow `birthdate`. Hashes of a person's e-mail or phone sent for ad
  matching (Meta CAPI `em` / `ph`) are yellow with the type of what they hash (`email|advertising
  id`, `phone|advertising id`); Stripe's card fingerprint, an opaque processor id, is green.
  Bluetooth / Connect device names that carry the owner's first name ("Eriks iPhone", "Ana's JBL")
  are yellow `name`, value_only. Usernames / display names and follow targets' handles are yellow
  `name`. A listener's city and postcode are yellow; country green. Profile / document photo URLs
  are yellow `photo`; a chosen avatar character is green. A device serial / MAC of a person's
  speaker are yellow `serial` / `mac`.
- Free text is labelled by what every one of its values carries: PII free-text fields carry it in
  every value (listener mail always gives a phone number or e-mail, support descriptions always
  an e-mail or phone, delivery notes always a phone number); comments, voice-search transcripts,
  gift messages and bios never do, and are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers -----------------------------------------------------------------------

SE_FIRST = [
    "Erik",
    "Astrid",
    "Linnea",
    "Oskar",
    "Maja",
    "Elsa",
    "Karl",
    "Ebba",
    "Axel",
    "Saga",
    "Hugo",
    "Wilma",
]
SE_LAST = [
    "Lindqvist",
    "Johansson",
    "Björk",
    "Nilsson",
    "Eriksson",
    "Andersson",
    "Öberg",
    "Sandström",
    "Åberg",
]
UK_FIRST = [
    "Oliver",
    "Amelia",
    "Siobhan",
    "Rhys",
    "Priya",
    "Aisha",
    "Harry",
    "Isla",
    "Callum",
    "Niamh",
    "George",
]
UK_LAST = [
    "Hughes",
    "Clarke",
    "Murphy",
    "Evans",
    "Sharma",
    "Begum",
    "Thompson",
    "MacLeod",
    "O'Connor",
    "Patel",
]
BR_FIRST = [
    "João",
    "Ana",
    "Lucas",
    "Beatriz",
    "Thiago",
    "Larissa",
    "Gabriel",
    "Maria Eduarda",
    "Rafael",
    "Júlia",
]
BR_LAST = [
    "Pereira",
    "Souza",
    "Oliveira",
    "Santos",
    "Carvalho",
    "Ferreira",
    "Costa",
    "Lima",
    "Nakamura",
    "Haddad",
]
OTHER_FIRST = [
    "Kofi",
    "Yuki",
    "Fatima",
    "Mehmet",
    "Lan",
    "Siddharth",
    "Zanele",
    "Aleksander",
    "Hamza",
    "Leila",
]
OTHER_LAST = [
    "Asante",
    "Tanaka",
    "Al-Sayed",
    "Yılmaz",  # noqa: RUF001
    "Nguyen",
    "Rao",
    "Dlamini",
    "Kowalczyk",
    "Warsame",
    "Rahimi",
]
FIRSTS = SE_FIRST + UK_FIRST + BR_FIRST + OTHER_FIRST
LASTS = SE_LAST + UK_LAST + BR_LAST + OTHER_LAST
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.se",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "uol.com.br",
    "bol.com.br",
]

SE_STREETS = [
    "Drottninggatan",
    "Storgatan",
    "Kungsgatan",
    "Vasagatan",
    "Linnégatan",
    "Götgatan",
    "Hornsgatan",
]
UK_STREETS = ["Acacia Avenue", "Victoria Road", "Church Lane", "High Street", "Mill Lane", "Station Road"]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Oscar Freire", "Rua da Aurora"]
SE_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Lund"]
UK_CITIES = ["London", "Manchester", "Edinburgh", "Bristol", "Leeds", "Cardiff", "Belfast"]
BR_CITIES = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"]
UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
UK_OUTWARD = ["SW1A", "E1", "M1", "LS1", "EH2", "BS1", "CF10", "G2", "N16", "SE15", "BT1"]

ARTISTS = [
    "Vintergatan",
    "Luna Serrano",
    "MC Tropa",
    "The Hollow Pines",
    "Saga Nordin",
    "Forró da Lua",
    "Kaito",
]
TRACKS = [
    "Midnattssol",
    "Saudade de Você",
    "Northern Line",
    "Gold Dust",
    "Céu Aberto",
    "Sommarregn",
    "Static",
]
ALBUMS = ["Nattfjäril", "Cidade Azul", "Low Tide", "Ljus i mörkret", "Verão 22"]
SHOWS = ["Morgonpasset", "Café com Notícias", "The Rest Is Football", "Historiepodden", "Mundo Freak"]
EPISODES = ["Avsnitt 212: Vikingarna", "Ep. 88 - O futuro do trabalho", "Transfer deadline special", "S4E3"]
VENUES = ["Avicii Arena", "O2 Academy Brixton", "Allianz Parque", "Cirkus", "Barrowland", "Audio Club"]
PLANS = ["premium_individual", "premium_duo", "premium_family", "premium_student", "free"]
MERCH = ["Tour Hoodie 2024", "Vinyl LP - Cidade Azul", "Enamel Pin Set", "Tote Bag", "Signed Poster"]


def plain(s: str) -> str:
    s = s.replace("ı", "i")  # noqa: RUF001 - Turkish dotless i has no decomposition
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    user = plain(first(f)).lower().replace(" ", "")
    surname = plain(last(f)).lower().replace("'", "").replace("-", "")
    sep = f.pick([".", "_", "", "."])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1970, 2006))])
    return f"{user}{sep}{surname}{tail}@{f.pick(MAIL_DOMAINS)}"


def uni_email(f: Fake) -> str:
    user = plain(first(f)).lower().replace(" ", "") + "." + plain(last(f)).lower().replace("'", "")[:1]
    return (
        user
        + "@"
        + f.pick(["student.su.se", "student.lu.se", "ed.ac.uk", "kcl.ac.uk", "usp.br", "aluno.ufrj.br"])
    )


def phone(f: Fake, cc: str | None = None) -> str:
    r = f.r
    cc = cc or f.pick(["SE", "UK", "BR"])
    if cc == "SE":
        a, b, c, d = (
            r.choice(["70", "72", "73", "76"]),
            r.randint(100, 999),
            r.randint(10, 99),
            r.randint(10, 99),
        )
        return f.pick([f"+46 {a} {b} {c} {d}", f"0{a}-{b} {c} {d}", f"+46{a}{b}{c}{d}", f"0{a}{b}{c}{d}"])
    if cc == "UK":
        a, b = r.randint(7400, 7999), r.randint(100000, 999999)
        return f.pick([f"+44 {a} {b}", f"0{a} {b}", f"+44{a}{b}", f"0{a}{b}"])
    ddd = r.choice(["11", "21", "31", "41", "81", "51"])
    a, b = r.randint(91000, 99999), r.randint(1000, 9999)
    return f.pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55{ddd}{a}{b}", f"{ddd} {a}{b}"])


def e164_any(f: Fake) -> str:
    cc = f.pick(["SE", "UK", "BR"])
    if cc == "SE":
        return f"+467{f.pick('0236')}{f.digits(7)}"
    if cc == "UK":
        return f"+447{f.r.randint(4, 9)}{f.digits(8)}"
    return f"+55{f.pick(['11', '21', '31', '41', '81'])}9{f.digits(8)}"


def street(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["SE", "UK", "BR"])
    n = f.r.randint(1, 180)
    if cc == "SE":
        return f"{f.pick(SE_STREETS)} {n}{f.pick(['', '', 'A', 'B'])}"
    if cc == "UK":
        return f.pick([f"{n} {f.pick(UK_STREETS)}", f"Flat {f.r.randint(1, 12)}, {n} {f.pick(UK_STREETS)}"])
    return f"{f.pick(BR_STREETS)}, {n * 10}"


def city(f: Fake) -> str:
    return f.pick(SE_CITIES + UK_CITIES + BR_CITIES)


def postcode(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["SE", "UK", "BR"])
    if cc == "SE":
        return f"{f.r.randint(100, 984)} {f.r.randint(10, 99)}"
    if cc == "UK":
        return f"{f.pick(UK_OUTWARD)} {f.r.randint(1, 9)}{f.pick(UK_LETTERS)}{f.pick(UK_LETTERS)}"
    return f"{f.r.randint(10000, 99999)}-{f.r.randint(0, 999):03d}"


def dob(f: Fake, start=1955, end=2006) -> str:
    return f.date(start, end)


def personnummer(f: Fake) -> str:
    r = f.r
    year, month, day = r.randint(1950, 2007), r.randint(1, 12), r.randint(1, 28)
    base = f"{year % 100:02d}{month:02d}{day:02d}{r.randint(0, 999):03d}"
    full_no = f.luhn_complete(base)
    return f.pick(
        [
            f"{full_no[:6]}-{full_no[6:]}",
            f"{year // 100}{full_no}",
            f"{year // 100}{full_no[:6]}-{full_no[6:]}",
        ]
    )


def cpf(f: Fake, formatted: bool | None = None) -> str:
    n = [f.r.randint(0, 9) for _ in range(9)]
    for weights_start in (10, 11):
        total = sum(d * (weights_start - i) for i, d in enumerate(n))
        rest = total % 11
        n.append(0 if rest < 2 else 11 - rest)
    s = "".join(map(str, n))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def cnpj(f: Fake) -> str:
    n = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for weights in (w1, [6, *w1]):
        rest = sum(d * w for d, w in zip(n, weights, strict=True)) % 11
        n.append(0 if rest < 2 else 11 - rest)
    s = "".join(map(str, n))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def orgnr(f: Fake) -> str:
    base = "55" + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    s = f.luhn_complete(base)
    return f"{s[:6]}-{s[6:]}"


def nino(f: Fake) -> str:
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        prefix = f.pick("ABCEGHJKLMNOPRSTWXYZ") + f.pick("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in bad:
            break
    d = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def iban(f: Fake, cc: str) -> str:
    def digits(n):
        return "".join(str(f.r.randint(0, 9)) for _ in range(n))

    if cc == "SE":
        bban = f.pick(["500", "600", "800", "300", "120"]) + digits(17)
    elif cc == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "BR":
        bban = (
            f.pick(["00360305", "60701190", "00000000", "90400888"])
            + digits(5)
            + digits(10)
            + f.pick("CP")
            + "1"
        )
    else:
        bban = digits(18)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def card(f: Fake) -> str:
    if f.r.random() < 0.2:
        return f.luhn_complete(f.pick(["636368", "438935", "504175"]) + f.digits(9))
    return f.card()


def ipv4(f: Fake) -> str:
    return f.ipv4()


def ipv6(f: Fake) -> str:
    head = f.pick(["2a02:aa1", "2001:9b1", "2804:14c", "2a00:23c7", "2a01:4b00"])
    return head + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip_any(f: Fake) -> str:
    return ipv6(f) if f.r.random() < 0.3 else ipv4(f)


PLACES = [(59.33, 18.07), (57.70, 11.97), (55.60, 13.00), (51.51, -0.13), (53.48, -2.24), (55.95, -3.19)]
PLACES += [(-23.55, -46.63), (-22.91, -43.17), (-19.92, -43.94), (-8.05, -34.90)]


def lat(f: Fake) -> float:
    """A latitude near one of the markets' cities; the next lon() call stays in the same city."""
    f.place = f.pick(PLACES)
    return round(f.place[0] + f.r.uniform(-0.15, 0.15), 6)


def lon(f: Fake) -> float:
    place = getattr(f, "place", None) or f.pick(PLACES)
    f.place = None
    return round(place[1] + f.r.uniform(-0.15, 0.15), 6)


def handle(f: Fake) -> str:
    n = plain(first(f)).lower().replace(" ", "")
    return f.pick(
        [f"{n}{f.r.randint(1, 99)}", f"{n}.{plain(last(f)).lower()[:5]}", f"dj_{n}", f"{n}_{f.hexid(3)}"]
    )


def sha256(f: Fake) -> str:
    return f.hexid(64)


def ts(f: Fake) -> str:
    return f.iso()


def sp_id(f: Fake) -> str:
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(f.pick(alnum) for _ in range(22))


def alnum(f: Fake, n: int) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(f.pick(chars) for _ in range(n))


def stripe(f: Fake, prefix: str) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return prefix + "".join(f.pick(chars) for _ in range(24))


# -- contexts as the client libraries send them -------------------------------------------------------


def web_path(f: Fake) -> str:
    f.web_path = f.pick(["/", "/premium", "/search", "/concerts", "/merch/cart"])
    return f.web_path


def web_search(f: Fake) -> str:
    f.web_search = f.pick(["", "?utm_source=instagram&utm_medium=social", "?ref=footer"])
    return f.web_search


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(web_path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://t.co/"]
                )
            ),
            "search": G(web_search),
            "title": G(
                lambda f: f.pick(
                    ["Soundlane - Music for everyone", "Premium | Soundlane", "Konserter | Soundlane"]
                )
            ),
            "url": G(lambda f: "https://open.soundlane.fm" + f.web_path + f.web_search),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                    "Mozilla/5.0 (Linux; Android 14; SM-A546B) "
                    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                ]
            )
        ),
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
        "locale": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "Europe/London", "America/Sao_Paulo"])),
        "ip": Y(ip_any, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["premium_3m_free", "family_launch_br", "student_back2school"])),
            "source": G(lambda f: f.pick(["google", "instagram", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "term": G(lambda f: f.pick(["musik app", "app de música", "music streaming student"])),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "story_15s"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Soundlane"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2"])),
            "build": G(lambda f: f.pick(["81400", "81502"])),
            "namespace": G(lambda f: "fm.soundlane.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,18"])),
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
        "locale": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {"width": G(lambda f: f.pick([393, 430])), "height": G(lambda f: f.pick([852, 932]))},
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "Europe/London", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "plan": G(lambda f: f.pick(PLANS)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Soundlane"),
            "version": G(lambda f: f.pick(["8.14.0.912", "8.15.1.1044"])),
            "build": G(lambda f: f.pick(["84140912", "84151044"])),
            "namespace": G(lambda f: "fm.soundlane.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "moto g84 5G", "2201117TY"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "bangkk", "spes"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telia", "Tele2", "EE", "Vodafone UK", "Vivo", "Claro BR"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "Europe/London", "America/Sao_Paulo"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.9])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Soundlane Artists"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "fm.soundlane.artists"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S921B"])),
            "name": G(lambda f: f.pick(["iPhone", "e1q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "Europe/London", "America/Sao_Paulo"])),
        "ip": Y(ip_any, "ip"),
        "traits": {"email": Y(email, "email"), "name": Y(full, "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Soundlane Kids"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.0"])),
            "build": G(lambda f: f.pick(["240", "250"])),
            "namespace": G(lambda f: "fm.soundlane.kids"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["iPad12,1", "SM-X200", "TB328FU"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR"])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13"])),
        },
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: 1920), "density": G(lambda f: 2.0)},
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "Europe/London", "America/Sao_Paulo"])),
        "ip": Y(ip_any, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.2"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(client: str):
    def build(f: Fake):
        name, version = SERVER_LIBS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if client in ("node", "php", "ruby"):
            ctx["ip"] = Y(ip_any, "ip")
            ctx["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    ]
                )
            )
        if client == "python":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "java":
            ctx["groupId"] = G(lambda f: "fam_" + f.digits(8))
        if client == "ruby":
            ctx["traits"] = {"email": Y(email, "email")}
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
MOBILE = ["ios", "android"]
APPS = ["web", "ios", "android"]


# -- reusable bodies ----------------------------------------------------------------------------------


def merch_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: (
                "SL-"
                + f.pick(["HD", "LP", "PN", "TB"])
                + f"-{f.r.randint(100, 999)}-"
                + f.pick(["S", "M", "OS"])
            )
        ),
        "name": G(lambda f: f.pick(MERCH)),
        "brand": G(lambda f: f.pick(ARTISTS)),
        "category": G(lambda f: f.pick(["Apparel", "Vinyl", "Accessories"])),
        "variant": G(lambda f: f.pick(["Black / M", "Sand / L", "180g", "One size"])),
        "price": G(lambda f: f.money(9, 60)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def listener_text(f: Fake) -> str:
    return f.pick(
        [
            "Bästa avsnittet hittills!",
            "Ótimo episódio, amei a convidada",
            "Can you do one on the 1966 World Cup?",
            "Lyssnar varje morgon på pendeln",
            "Discordo totalmente do segundo bloco kkkk",
            "The audio was a bit quiet this week",
            "More of this please",
        ]
    )


def contact_message(f: Fake) -> str:
    return f.pick(
        [
            f"Hej! Jag har en fråga till programmet, ring mig gärna på {phone(f, 'SE')}",
            f"Would love to come on the show, my email is {email(f)}",
            f"Me liguem no {phone(f, 'BR')} que eu conto a história toda",
            f"Voicemail callback: {phone(f, 'UK')}",
            f"Mejla mig: {email(f)}",
            f"Pode responder pelo email {email(f)}? Obrigada",
        ]
    )


def support_description(f: Fake) -> str:
    return f.pick(
        [
            f"I was charged twice for Premium Family, my account email is {email(f)}",
            f"Kan inte logga in, har bytt nummer till {phone(f, 'SE')}",
            f"Não consigo cancelar a assinatura. Meu email: {email(f)}",
            f"Student discount rejected. Please call me on {phone(f, 'UK')}",
            f"Family invite link expired, the account is under {email(f)}",
        ]
    )


def delivery_note(f: Fake) -> str:
    return f.pick(
        [
            f"Call me on {phone(f, 'UK')} when outside",
            f"Ring {phone(f, 'SE')} vid leverans, porten är låst",
            f"Interfone quebrado, ligar {phone(f, 'BR')}",
            f"If no answer text {phone(f, 'UK')}",
        ]
    )


def device_owner_name(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [f"{n}'s AirPods Pro", f"{n}s iPhone", f"JBL Flip 6 de {n}", f"{n}'s Echo Dot", f"{n}s Sonos"]
    )


def voice_transcript(f: Fake) -> str:
    return f.pick(
        [
            "spela Midnattssol med Saga Nordin",
            "play Northern Line",
            "toca forró pra dançar",
            "play my daily mix",
            "spela nästa avsnitt av Historiepodden",
            "tocar Café com Notícias",
            "shuffle liked songs",
        ]
    )


def share_utterance(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [f"send this song to {n}", f"dela låten med {n}", f"manda essa música pra {n}", f"share with {n}"]
    )


# -- events ------------------------------------------------------------------------------------------

EVENTS = [
    # -- sign-up and identity ------------------------------------------------------------------------
    (
        "identify",
        None,
        [*APPS, "rn"],
        2,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "username": Y(handle, "name"),
            "avatar": Y(lambda f: f"https://i.scdn.soundlane.fm/u/{f.hexid(32)}.jpg", "photo"),
            "city": Y(city, "city"),
            "postalCode": Y(postcode, "zipcode"),
            "country": G(lambda f: f.pick(["SE", "GB", "BR"])),
            "plan": G(lambda f: f.pick(PLANS)),
            "createdAt": G(ts),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(0, 2)),
            "age": G(lambda f: f.r.randint(13, 75)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["sv", "en", "pt"])),
            "referralCode": G(lambda f: "SL-" + alnum(f, 6)),
        },
    ),
    (
        "track",
        "Signed Up",
        APPS,
        1,
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook", "bankid"])),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birth_date": Y(dob, "birthdate"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "accepted_terms": G(lambda f: True),
            "age_band": G(lambda f: f.pick(["13-17", "18-24", "25-34", "35-44", "45+"])),
            "plan_selected": G(lambda f: f.pick(PLANS)),
            "trial_days": G(lambda f: f.pick([0, 30, 90])),
            "referrer_user_id": G(lambda f: f.digits(9)),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw" + "".join(f.pick("abcdefghijkLMNOPQRSTUVWXYZ0123456789_-") for _ in range(60))
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + "".join(f.pick("abcdefghijkLMNOPQRSTUVWXYZ0123456789_-") for _ in range(58))
                ),
                "advertising id",
            ),
        },
    ),
    (
        "track",
        "BankID Verification Completed",
        ["python"],
        1,
        {
            "orderRef": G(lambda f: f.uuid()),
            "status": G(lambda f: "complete"),
            "completionData": {
                "user": {
                    "personalNumber": RED(personnummer, "national id"),
                    "name": Y(lambda f: f"{f.pick(SE_FIRST)} {f.pick(SE_LAST)}", "name"),
                    "givenName": Y(lambda f: f.pick(SE_FIRST), "name"),
                    "surname": Y(lambda f: f.pick(SE_LAST), "name"),
                },
                "device": {"ipAddress": Y(ip_any, "ip"), "uhi": G(lambda f: f.hexid(27))},
                "bankIdIssueDate": G(lambda f: f.date(2018, 2024)),
                "signature": G(lambda f: "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgi" + f.hexid(40)),
                "ocspResponse": G(lambda f: "MIIHfgoBAKCCB3cwggdzBgkrBgEFBQcwAQEEggdkMIIHYDCC" + f.hexid(40)),
            },
        },
    ),
    (
        "identify",
        None,
        ["java"],
        1,
        {
            "förnamn": Y(lambda f: f.pick(SE_FIRST), "name"),
            "efternamn": Y(lambda f: f.pick(SE_LAST), "name"),
            "epost": Y(email, "email"),
            "mobilnummer": Y(lambda f: phone(f, "SE"), "phone"),
            "personnummer": RED(personnummer, "national id"),
            "gatuadress": Y(lambda f: street(f, "SE"), "address|street"),
            "postnummer": Y(lambda f: postcode(f, "SE"), "zipcode"),
            "ort": Y(lambda f: f.pick(SE_CITIES), "city"),
            "kundnummer": G(lambda f: f.digits(8)),
            "abonnemang": G(lambda f: f.pick(["Telia Play+ Soundlane", "Mobil 20GB + Soundlane"])),
            "startdatum": G(lambda f: f.date(2022, 2024)),
            "samtycke_marknadsforing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        1,
        {
            "nome_completo": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)} {f.pick(BR_LAST)}", "name"),
            "cpf": RED(cpf, "national id"),
            "celular": Y(lambda f: phone(f, "BR"), "phone"),
            "data_nascimento": Y(lambda f: "/".join(reversed(dob(f).split("-"))), "birthdate"),
            "genero": Y(lambda f: f.pick(["feminino", "masculino", "não-binário"]), "gender"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
                "complemento": Y(
                    lambda f: f.pick(["apto 42", "casa 2", "bloco B, apto 1203", "fundos"]), "address"
                ),
                "bairro": Y(
                    lambda f: f.pick(["Pinheiros", "Copacabana", "Boa Viagem", "Savassi", "Batel"]),
                    "address|city",
                ),
                "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                "uf": G(lambda f: f.pick(["SP", "RJ", "MG", "PR", "PE", "RS"])),
                "cep": Y(lambda f: postcode(f, "BR"), "zipcode"),
            },
            "plano": G(lambda f: f.pick(["Vivo Easy + Soundlane", "Claro Pós 50GB"])),
            "operadora": G(lambda f: f.pick(["Vivo", "Claro", "TIM"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        1,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(e164_any, "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "POSTCODE": Y(postcode, "zipcode"),
            "CITY": Y(city, "city"),
            "LAST_IP": Y(ipv4, "ip"),
            "HOME_MARKET": G(lambda f: f.pick(["SE", "GB", "BR"])),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 2400)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "TOTAL_STREAMS_30D": G(lambda f: f.r.randint(0, 6000)),
            "IS_FAMILY_OWNER": G(lambda f: f.pick([True, False])),
            "CREATED_AT": G(lambda f: f.iso().replace("T", " ").rstrip("Z")),
            "EMAIL_SHA256": Y(sha256, "email|advertising id"),
        },
    ),
    ("alias", None, ["ios", "android", "web"], 1, {}),
    (
        "track",
        "Signed In",
        [*APPS, "rn"],
        1,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple", "bankid"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "new_device": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        1,
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_sec": G(lambda f: 3600),
            "requested_from_ip": Y(ip_any, "ip"),
            "ip_country": G(lambda f: f.pick(["SE", "GB", "BR", "NL"])),
            "email_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        1,
        {
            "link_url": RED(
                lambda f: "https://accounts.soundlane.fm/login/magic?token=" + f.hexid(48), "token", True
            ),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
            "same_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["go"],
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(e164_any, "phone", True),
            "From": G(lambda f: f.pick(["Soundlane", "+46766865000", "+447723456000"])),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"Din Soundlane-kod är {f.digits(6)}",
                        f"Your Soundlane code is {f.digits(6)}. Don't share it.",
                        f"Seu código Soundlane: {f.digits(6)}",
                    ]
                ),
                "token",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Recovery Phone Added",
        ["ios", "android"],
        1,
        {
            "field": {
                "name": G(lambda f: "recovery_phone"),
                "value": Y(phone, "phone", True),
                "valid": G(lambda f: True),
            },
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["ios", "android", "web"],
        1,
        {
            "display_name": Y(full, "name"),
            "bio": G(
                lambda f: f.pick(
                    ["indie/jazz", "Metal från norr 🤘", "só sertanejo raiz", "Gig-goer. Vinyl nerd.", ""]
                )
            ),
            "profile_photo_url": Y(lambda f: f"https://i.scdn.soundlane.fm/u/{f.hexid(32)}.jpg", "photo"),
            "pronouns": Y(
                lambda f: f.pick(["she/her", "he/him", "they/them", "hon/henne", "ela/dela"]), "gender"
            ),
            "show_recently_played": G(lambda f: f.pick([True, False])),
            "birth_date_changed": G(lambda f: f.pick([True, False])),
            "name_changed": G(lambda f: f.pick([True, False])),
            "fields_changed": Many(G(lambda f: f.pick(["display_name", "bio", "photo", "pronouns"])), 3),
        },
    ),
    # -- pages and screens ----------------------------------------------------------------------------
    (
        "page",
        "Premium",
        ["web"],
        3,
        {
            "name": G(lambda f: f.pick(["Premium", "Home", "Concerts", "Merch", "Student"])),
            "path": G(lambda f: f.pick(["/premium", "/", "/concerts", "/merch", "/student"])),
            "url": G(lambda f: "https://www.soundlane.fm" + f.pick(["/premium", "/", "/concerts", "/merch"])),
            "title": G(
                lambda f: f.pick(
                    ["Premium | Soundlane", "Soundlane", "Konserter | Soundlane", "Loja | Soundlane"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?plan=family", "?utm_source=tiktok&utm_medium=paid"])),
        },
    ),
    (
        "screen",
        "Now Playing",
        [*MOBILE, "flutter"],
        3,
        {
            "screen_class": G(
                lambda f: f.pick(["NowPlayingViewController", "PlayerFragment", "KidsPlayerPage"])
            ),
            "track_id": G(sp_id),
            "orientation": G(lambda f: f.pick(["portrait", "landscape"])),
        },
    ),
    # -- listening ------------------------------------------------------------------------------------
    (
        "track",
        "Track Played",
        [*MOBILE, "web"],
        4,
        {
            "track_id": G(sp_id),
            "track_name": G(lambda f: f.pick(TRACKS)),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "album_name": G(lambda f: f.pick(ALBUMS)),
            "isrc": G(lambda f: f.pick(["SE", "GB", "BR"]) + alnum(f, 3) + f.digits(7)),
            "duration_ms": G(lambda f: f.r.randint(120000, 320000)),
            "context_type": G(lambda f: f.pick(["playlist", "album", "radio", "search", "collection"])),
            "context_uri": G(lambda f: "soundlane:playlist:" + sp_id(f)),
            "shuffle": G(lambda f: f.pick([True, False])),
            "audio_quality": G(lambda f: f.pick(["low", "normal", "high", "very_high", "lossless"])),
            "output_type": G(lambda f: f.pick(["speaker", "bluetooth", "cast", "carplay", "android_auto"])),
        },
    ),
    (
        "track",
        "Connect Device Selected",
        MOBILE,
        1,
        {
            "device_type": G(lambda f: f.pick(["speaker", "headphones", "tv", "smartphone"])),
            "device_name": Y(device_owner_name, "name", True),
            "protocol": G(lambda f: f.pick(["bluetooth", "soundlane_connect", "airplay", "chromecast"])),
            "volume_percent": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Song Skipped",
        MOBILE,
        2,
        {
            "track_id": G(sp_id),
            "ms_played": G(lambda f: f.r.randint(0, 30000)),
            "skip_reason": G(lambda f: f.pick(["fwdbtn", "backbtn", "endplay", "clickrow"])),
        },
    ),
    (
        "track",
        "Podcast Episode Played",
        [*MOBILE, "web"],
        2,
        {
            "episode_id": G(sp_id),
            "show_id": G(sp_id),
            "show_name": G(lambda f: f.pick(SHOWS)),
            "episode_title": G(lambda f: f.pick(EPISODES)),
            "position_sec": G(lambda f: f.r.randint(0, 3600)),
            "playback_speed": G(lambda f: f.pick([1.0, 1.25, 1.5, 2.0])),
            "downloaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Data Export Requested",
        ["ruby"],
        1,
        {
            "request_id": G(lambda f: f.uuid()),
            "export_type": G(
                lambda f: f.pick(["account_data", "extended_streaming_history", "technical_log"])
            ),
            "delivery_email": Y(email, "email"),
            "estimated_ready_at": G(ts),
        },
    ),
    # -- search ---------------------------------------------------------------------------------------
    (
        "track",
        "Voice Search Performed",
        MOBILE,
        2,
        {
            "transcript": G(voice_transcript),
            "language": G(lambda f: f.pick(["sv-SE", "en-GB", "pt-BR"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "intent": G(lambda f: f.pick(["play", "search", "next_episode", "shuffle"])),
            "results_count": G(lambda f: f.r.randint(0, 50)),
        },
    ),
    (
        "track",
        "Voice Share Command",
        MOBILE,
        1,
        {
            "utterance": Y(share_utterance, "name", True),
            "matched_contact": G(lambda f: f.pick([True, False])),
            "share_channel": G(lambda f: f.pick(["whatsapp", "imessage", "sms"])),
        },
    ),
    (
        "track",
        "Products Searched",
        APPS,
        2,
        {
            "query": G(
                lambda f: f.pick(
                    ["saga nordin", "forró", "lofi study", "grime 2024", "sommarplåga", "mc tropa"]
                )
            ),
            "search_type": G(lambda f: f.pick(["all", "tracks", "artists", "podcasts", "playlists"])),
            "results": G(lambda f: f.r.randint(0, 200)),
            "gender_filter": G(lambda f: f.pick(["any", "female_artists", "male_artists"])),
        },
    ),
    (
        "track",
        "Friend Search Performed",
        MOBILE,
        1,
        {
            "q": Y(lambda f: f.pick([full(f), full(f).lower(), first(f) + " " + last(f)[:1]]), "name", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "contacts_permission": G(lambda f: f.pick(["granted", "denied", "not_determined"])),
        },
    ),
    # -- social: follows, invites, playlists ------------------------------------------------------------
    (
        "track",
        "Artist Followed",
        APPS,
        2,
        {
            "artist_id": G(sp_id),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "source": G(lambda f: f.pick(["artist_page", "now_playing", "search", "concert_page"])),
            "follower_count": G(lambda f: f.r.randint(100, 3_000_000)),
        },
    ),
    (
        "track",
        "User Followed",
        MOBILE,
        1,
        {
            "followed_user_id": G(lambda f: f.digits(9)),
            "followed_username": Y(handle, "name"),
            "followed_display_name": Y(full, "name"),
            "mutual": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invite Sent",
        MOBILE,
        1,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "contacts"])),
            "invite_code": G(lambda f: alnum(f, 8)),
            "invitees": Many({"name": Y(full, "name"), "phone": Y(phone, "phone")}, 3),
            "invitees_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Playlist Created",
        APPS,
        2,
        {
            "playlist_id": G(sp_id),
            "playlist_name": G(
                lambda f: f.pick(
                    ["Roadtrip 2024", "Gym", "Sunday chill", "Forró pra dançar", "Midsommar", "Pre-drinks"]
                )
            ),
            "is_collaborative": G(lambda f: f.pick([True, False])),
            "is_public": G(lambda f: f.pick([True, False])),
            "track_count": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Playlist Collaborator Added",
        APPS,
        1,
        {
            "playlist_id": G(sp_id),
            "collaborator_user_id": G(lambda f: f.digits(9)),
            "collaborator_display_name": Y(full, "name"),
            "collaborator_email": Y(email, "email"),
            "invited_via": G(lambda f: f.pick(["email", "link", "username"])),
        },
    ),
    # -- podcasts: comments and listener mail ------------------------------------------------------------
    (
        "track",
        "Podcast Comment Posted",
        [*MOBILE, "web"],
        2,
        {
            "episode_id": G(sp_id),
            "comment_id": G(lambda f: f.digits(12)),
            "text": G(listener_text),
            "reply_to_comment_id": G(lambda f: f.pick(["", f.digits(12)])),
            "char_count": G(lambda f: f.r.randint(5, 280)),
            "contains_link": G(lambda f: False),
            "moderation_status": G(lambda f: f.pick(["approved", "pending", "auto_approved"])),
        },
    ),
    (
        "track",
        "Listener Mail Submitted",
        ["web", "node"],
        1,
        {
            "show_id": G(sp_id),
            "caller_name": Y(full, "name"),
            "message": Y(contact_message, "phone|email", True),
            "audio_duration_sec": G(lambda f: f.r.randint(0, 120)),
            "consent_to_air": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- family plan ----------------------------------------------------------------------------------
    (
        "group",
        None,
        ["java", "web"],
        1,
        {
            "plan": G(lambda f: f.pick(["premium_family", "premium_duo"])),
            "members": G(lambda f: f.r.randint(1, 6)),
            "manager_user_id": G(lambda f: f.digits(9)),
            "home_address": Y(lambda f: street(f) + ", " + city(f), "address"),
            "address_verified_at": G(ts),
            "explicit_filter_enabled": G(lambda f: f.pick([True, False])),
            "market": G(lambda f: f.pick(["SE", "GB", "BR"])),
        },
    ),
    (
        "track",
        "Family Member Invited",
        APPS,
        1,
        {
            "plan_id": G(lambda f: "fam_" + f.digits(8)),
            "invite_id": G(lambda f: f.uuid()),
            "invitee_email": Y(email, "email"),
            "invitee_first_name": Y(first, "name"),
            "invitee_phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "sibling", "other"])),
            "is_child_account": G(lambda f: f.pick([True, False])),
            "child_birth_year": Y(lambda f: f.r.randint(2008, 2019), "birthdate"),
            "seats_left": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Family Member Joined",
        MOBILE,
        1,
        {
            "plan_id": G(lambda f: "fam_" + f.digits(8)),
            "member_user_id": G(lambda f: f.digits(9)),
            "address_confirmed": G(lambda f: f.pick([True, False])),
            "geo_check": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            },
            "distance_from_home_km": G(lambda f: f.money(0, 5)),
        },
    ),
    (
        "track",
        "Kids Profile Created",
        ["flutter"],
        1,
        {
            "child": {
                "name": Y(first, "name"),
                "birth_date": Y(lambda f: f.date(2012, 2020), "birthdate"),
                "avatar": G(lambda f: f.pick(["bear", "fox", "robot", "unicorn", "octopus"])),
                "age": G(lambda f: f.r.randint(4, 12)),
            },
            "content_level": G(lambda f: f.pick(["0-6", "7-12"])),
            "parental_pin_set": G(lambda f: f.pick([True, False])),
            "parent_email": Y(email, "email"),
        },
    ),
    # -- student -------------------------------------------------------------------------------------
    (
        "track",
        "Student Verification Submitted",
        ["web"],
        1,
        {
            "verificationId": G(lambda f: f.hexid(24)),
            "currentStep": G(
                lambda f: f.pick(["collectStudentPersonalInfo", "docUpload", "success", "pending"])
            ),
            "personInfo": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "birthDate": Y(lambda f: dob(f, 1996, 2006), "birthdate"),
                "email": Y(uni_email, "email"),
                "phoneNumber": Y(phone, "phone"),
                "organization": {
                    "id": G(lambda f: f.digits(6)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Stockholms universitet",
                                "Lunds universitet",
                                "University of Edinburgh",
                                "King's College London",
                                "Universidade de São Paulo",
                            ]
                        )
                    ),
                },
                "country": G(lambda f: f.pick(["SE", "GB", "BR"])),
                "locale": G(lambda f: f.pick(["sv", "en-GB", "pt-BR"])),
                "ipAddress": Y(ipv4, "ip"),
                "deviceFingerprintHash": G(lambda f: f.hexid(32)),
                "metadata": {"marketConsentValue": G(lambda f: f.pick([True, False]))},
            },
        },
    ),
    (
        "track",
        "Student Verification Completed",
        ["python"],
        1,
        {
            "verificationId": G(lambda f: f.hexid(24)),
            "status": G(lambda f: f.pick(["approved", "rejected", "pending_review"])),
            "rejection_reasons": Many(
                G(lambda f: f.pick(["DOCUMENT_EXPIRED", "NAME_MISMATCH", "INELIGIBLE_ORGANIZATION", "NONE"])),
                2,
            ),
            "docs_uploaded": G(lambda f: f.r.randint(0, 3)),
            "document_type": G(lambda f: f.pick(["student_id_card", "enrollment_letter", "tuition_receipt"])),
            "document_image_url": Y(lambda f: f"https://verify-docs.soundlane.fm/{f.uuid()}.jpg", "photo"),
            "expires_at": G(lambda f: f.date(2025, 2026)),
            "name_match_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 2)),
        },
    ),
    # -- subscriptions and payments ---------------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["ruby"],
        2,
        {
            "subscription_id": G(lambda f: stripe(f, "sub_")),
            "plan_id": G(lambda f: f.pick(PLANS[:4])),
            "plan_name": G(
                lambda f: f.pick(["Premium Individual", "Premium Duo", "Premium Family", "Premium Student"])
            ),
            "price": G(lambda f: f.pick([119.0, 149.0, 189.0, 59.0, 11.99, 21.90, 34.90])),
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "trial": G(lambda f: f.pick([True, False])),
            "stripe_customer_id": G(lambda f: stripe(f, "cus_")),
            "stripe_payment_method": RED(lambda f: stripe(f, "pm_"), "token"),
            "payment_method_type": G(lambda f: f.pick(["card", "klarna", "paypal", "boleto"])),
            "discount_code": G(lambda f: f.pick(["", "STUDENT50", "3FOR0"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        1,
        {
            "invoice_id": G(lambda f: stripe(f, "in_")),
            "charge_id": G(lambda f: stripe(f, "ch_")),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "amount": G(lambda f: f.pick([11900, 18900, 2190])),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(e164_any, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "country": G(lambda f: f.pick(["SE", "GB", "BR"])),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "elo"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                    "fingerprint": G(
                        lambda f: "".join(
                            f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                            for _ in range(16)
                        )
                    ),
                    "country": G(lambda f: f.pick(["SE", "GB", "BR"])),
                }
            },
        },
    ),
    (
        "track",
        "Checkout Error",
        ["web"],
        1,
        {
            "step": G(lambda f: "payment"),
            "error_code": G(lambda f: f.pick(["card_declined", "incorrect_cvc", "processing_error"])),
            "input": RED(card, "credit card", True),
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Swish Payment Completed",
        ["java"],
        1,
        {
            "swish": {
                "id": G(lambda f: f.hexid(32).upper()),
                "payeePaymentReference": G(lambda f: "SL" + f.digits(10)),
                "paymentReference": G(lambda f: f.hexid(32).upper()),
                "payerAlias": Y(lambda f: "467" + f.digits(8), "phone", True),
                "payeeAlias": G(lambda f: "123" + f.pick(["4567890", "1181189"])),
                "amount": G(lambda f: f.pick([119.0, 149.0, 299.0, 450.0])),
                "currency": G(lambda f: "SEK"),
                "message": G(
                    lambda f: f.pick(["Soundlane Premium 3 mån", "Presentkort 300 kr", "Konsertbiljett"])
                ),
                "status": G(lambda f: f.pick(["PAID", "DECLINED", "ERROR"])),
                "dateCreated": G(ts),
                "datePaid": G(ts),
            }
        },
    ),
    (
        "track",
        "Pix Recebido",
        ["php"],
        1,
        {
            "txid": G(lambda f: alnum(f, 26)),
            "endToEndId": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(8) + alnum(f, 11)),
            "valor": G(lambda f: f"{f.money(10, 500):.2f}"),
            "chave": G(
                lambda f: f.pick(
                    ["pix@soundlane.com.br", "12.345.678/0001-95", "7d9f0335-8dcc-4054-9bf9-0dbd61d36906"]
                )
            ),
            "horario": G(ts),
            "pagador": {
                "nome": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)}", "name"),
                "cpf": RED(cpf, "national id"),
            },
            "infoPagador": G(lambda f: f.pick(["", "ingresso show", "camiseta tour", "vale-presente"])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["python"],
        1,
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12)),
            "scheme": G(lambda f: "bacs"),
            "customer": {
                "given_name": Y(lambda f: f.pick(UK_FIRST), "name"),
                "family_name": Y(lambda f: f.pick(UK_LAST), "name"),
                "email": Y(email, "email"),
                "address_line1": Y(lambda f: street(f, "UK"), "address|street"),
                "postal_code": Y(lambda f: postcode(f, "UK"), "zipcode"),
                "country_code": G(lambda f: "GB"),
            },
            "bank_account": {
                "account_number_ending": G(lambda f: f.digits(2)),
                "bank_name": G(lambda f: f.pick(["BARCLAYS BANK PLC", "MONZO BANK LIMITED", "NATWEST"])),
                "account_holder_name": Y(
                    lambda f: f"{f.pick(UK_FIRST).upper()} {f.pick(UK_LAST).upper()}", "name"
                ),
            },
        },
    ),
    (
        "track",
        "In-App Purchase Verified",
        ["go"],
        1,
        {
            "store": G(lambda f: f.pick(["app_store", "play_store"])),
            "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
            "appAccountToken": G(lambda f: f.uuid()),
            "purchaseToken": RED(
                lambda f: "".join(f.pick("abcdefghijklmnop") for _ in range(24)) + ".AO-J1O" + f.hexid(60),
                "token",
            ),
            "productId": G(
                lambda f: f.pick(
                    [
                        "fm.soundlane.premium.monthly",
                        "fm.soundlane.duo.monthly",
                        "fm.soundlane.family.monthly",
                    ]
                )
            ),
            "storefront": G(lambda f: f.pick(["SWE", "GBR", "BRA"])),
            "signedDate": G(lambda f: f.epoch_ms()),
            "price": G(lambda f: f.pick([129000, 1199, 2190])),
        },
    ),
    # -- gift cards and promos -------------------------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        1,
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([100, 300, 500, 25, 50, 60])),
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "design": G(lambda f: f.pick(["birthday", "christmas", "classic", "dia_dos_namorados"])),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "recipient_phone": Y(phone, "phone"),
            "sender_name": Y(first, "name"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Grattis på födelsedagen!",
                        "Feliz aniversário!!",
                        "Happy birthday, enjoy the music",
                        "God jul 🎄",
                    ]
                )
            ),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        APPS,
        1,
        {
            "code": RED(lambda f: "-".join(alnum(f, 4) for _ in range(4)), "token|secret"),
            "gift_card_id": G(lambda f: f.uuid()),
            "redeemed_months": G(lambda f: f.pick([1, 3, 6, 12])),
        },
    ),
    (
        "track",
        "Promo Code Applied",
        APPS,
        1,
        {
            "promo_code": G(lambda f: f.pick(["SUMMER24", "STUDENT50", "FAMILIA3", "BLACKFRIDAY"])),
            "discount_percent": G(lambda f: f.pick([10, 50, 100])),
        },
    ),
    # -- artists, royalties, payouts --------------------------------------------------------------------
    (
        "group",
        None,
        ["rn", "node"],
        1,
        {
            "team_name": G(
                lambda f: f.pick(["Nordic Beats AB", "Selo Tropa Ltda", "Hollow Pines Music Ltd"])
            ),
            "team_type": G(lambda f: f.pick(["artist", "label", "management"])),
            "seats": G(lambda f: f.r.randint(1, 25)),
            "verified": G(lambda f: f.pick([True, False])),
            "distributor": G(lambda f: f.pick(["DistroKid", "CD Baby", "ONErpm", "Spinnup"])),
            "org_number": G(orgnr),
            "cnpj": G(cnpj),
            "support_email": G(lambda f: f.pick(["support@nordicbeats.se", "contato@selotropa.com.br"])),
        },
    ),
    (
        "track",
        "Artist Profile Claimed",
        ["rn"],
        1,
        {
            "artist_id": G(sp_id),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "claim_method": G(lambda f: f.pick(["distributor", "social", "manual"])),
            "claimant_role": G(lambda f: f.pick(["artist", "manager", "label_staff"])),
            "contact_email": Y(email, "email"),
            "manager_name": Y(full, "name"),
            "management_company": G(lambda f: f.pick(["Nordic Beats AB", "Stellar Mgmt", "Tropa Produções"])),
        },
    ),
    (
        "track",
        "Artist Onboarding Completed",
        ["rn"],
        1,
        {
            "artist_id": G(sp_id),
            "legal_name": Y(full, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "contact_phone": Y(phone, "phone"),
            "home_address": Y(lambda f: street(f) + ", " + postcode(f) + " " + city(f), "address"),
            "pro_affiliation": G(lambda f: f.pick(["STIM", "PRS for Music", "ECAD", "none"])),
            "ipi_number": G(lambda f: f.digits(11)),
            "musicians_union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "tax_residence": G(lambda f: f.pick(["SE", "GB", "BR"])),
            "monthly_listeners": G(lambda f: f.r.randint(10, 900000)),
        },
    ),
    (
        "track",
        "Royalty Payout Initiated",
        ["dotnet"],
        2,
        {
            "PayoutId": G(lambda f: f.uuid()),
            "ArtistId": G(sp_id),
            "PayeeLegalName": Y(full, "name"),
            "Iban": RED(lambda f: iban(f, f.pick(["SE", "GB", "BR", "DE"])), "bank account"),
            "Bic": G(
                lambda f: f.pick(["ESSESESS", "HANDSESS", "SWEDSESS", "NWBKGB2L", "ITAUBRSP", "DEUTDEFF"])
            ),
            "AmountMinor": G(lambda f: f.r.randint(1000, 5_000_000)),
            "Currency": G(lambda f: f.pick(["SEK", "GBP", "BRL", "EUR"])),
            "PeriodStart": G(lambda f: "2024-" + f.pick(["01", "04", "07"]) + "-01"),
            "PeriodEnd": G(lambda f: "2024-" + f.pick(["03", "06", "09"]) + "-30"),
            "StreamCount": G(lambda f: f.r.randint(1000, 9_000_000)),
            "TaxWithheld": G(lambda f: f.money(0, 5000)),
            "Status": G(lambda f: f.pick(["Pending", "Submitted", "Paid", "Returned"])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["node"],
        1,
        {
            "payout_method_id": G(lambda f: "pom_" + f.hexid(16)),
            "country": G(lambda f: "GB"),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder_name": Y(full, "name"),
            "account_holder_address": Y(lambda f: street(f, "UK") + ", " + postcode(f, "UK"), "address"),
            "utr": RED(lambda f: f.digits(10), "national id"),
            "vat_registered": G(lambda f: f.pick([True, False])),
            "iban_valid": G(lambda f: True),
        },
    ),
    (
        "track",
        "Dados Bancários Atualizados",
        ["php"],
        1,
        {
            "favorecido": {
                "nome": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)}", "name"),
                "cpf": RED(cpf, "national id"),
            },
            "banco": G(
                lambda f: f.pick(
                    ["341 - Itaú Unibanco", "260 - Nu Pagamentos", "001 - Banco do Brasil", "237 - Bradesco"]
                )
            ),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}", "bank account"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupança", "pagamento"])),
            "chave_pix": RED(lambda f: f.pick([cpf(f), email(f), e164_any(f), f.uuid()]), "bank account"),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "atualizado_em": G(ts),
        },
    ),
    (
        "track",
        "Royalty Statement Viewed",
        ["rn", "web"],
        1,
        {
            "statement_id": G(lambda f: "ST-2024-" + f.digits(6)),
            "period": G(lambda f: f.pick(["2024-Q1", "2024-Q2", "2024-Q3"])),
            "total_streams": G(lambda f: f.r.randint(0, 5_000_000)),
            "gross_revenue": G(lambda f: f.money(0, 40000)),
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
        },
    ),
    (
        "track",
        "Split Sheet Signed",
        ["rn"],
        1,
        {
            "song_id": G(lambda f: f.uuid()),
            "work_title": G(lambda f: f.pick(TRACKS)),
            "iswc": G(lambda f: f"T-{f.digits(3)}.{f.digits(3)}.{f.digits(3)}-{f.r.randint(0, 9)}"),
            "collaborators": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "ipi_number": G(lambda f: f.digits(11)),
                    "role": G(lambda f: f.pick(["composer", "lyricist", "producer"])),
                    "share_pct": G(lambda f: f.pick([10, 25, 33.33, 50])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        ["node"],
        1,
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(20)),
            "url": G(
                lambda f: f.pick(
                    ["https://hooks.nordicbeats.se/soundlane", "https://api.selotropa.com.br/webhooks/sl"]
                )
            ),
            "signing_secret": RED(
                lambda f: (
                    "whsec_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(32)
                    )
                ),
                "secret",
            ),
            "events": Many(G(lambda f: f.pick(["stream.milestone", "payout.paid", "release.live"])), 3),
        },
    ),
    # -- concerts ------------------------------------------------------------------------------------
    (
        "track",
        "Concert Announced",
        ["go"],
        1,
        {
            "event_id": G(lambda f: f.digits(8)),
            "headliner": G(lambda f: f.pick(ARTISTS)),
            "promoter": G(lambda f: f.pick(["Live Nation Sweden", "SJM Concerts", "T4F Entretenimento"])),
            "venue": {
                "name": G(lambda f: f.pick(VENUES)),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Globentorget 2, 121 77 Johanneshov",
                            "211 Stockwell Rd, London SW9 9SL",
                            "Av. Francisco Matarazzo, 1705",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Stockholm", "London", "São Paulo", "Glasgow"])),
                "phone": G(lambda f: f.pick(["+46 8 600 34 00", "+44 20 7771 3000", "+55 11 3874-6300"])),
                "box_office_email": G(
                    lambda f: f.pick(
                        [
                            "biljett@cirkus.se",
                            "boxoffice@academymusicgroup.com",
                            "bilheteria@allianzparque.com.br",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([59.2936, 51.4651, -23.5275])),
                "lng": G(lambda f: f.pick([18.0832, -0.1149, -46.6784])),
            },
        },
    ),
    (
        "track",
        "Concerts Near Me Viewed",
        MOBILE,
        1,
        {
            "search_city": G(
                lambda f: f.pick(
                    ["Stockholm", "Göteborg", "London", "Manchester", "São Paulo", "Rio de Janeiro"]
                )
            ),
            "radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "user_location": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "results": G(lambda f: f.r.randint(0, 40)),
            "location_permission": G(lambda f: f.pick(["while_using", "precise", "approximate"])),
        },
    ),
    (
        "track",
        "Venue Directions Requested",
        MOBILE,
        1,
        {
            "event_id": G(lambda f: f.digits(8)),
            "origin": Y(lambda f: f"{lat(f)},{lon(f)}", "geolocation", True),
            "destination_venue": G(lambda f: f.pick(VENUES)),
            "mode": G(lambda f: f.pick(["transit", "walking", "driving"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        2,
        {
            "order_id": G(lambda f: "TK-" + f.digits(9)),
            "event_id": G(lambda f: f.digits(8)),
            "venue_name": G(lambda f: f.pick(VENUES)),
            "venue_city": G(lambda f: f.pick(["Stockholm", "London", "São Paulo", "Glasgow"])),
            "event_date": G(lambda f: f.date(2024, 2025)),
            "total": G(lambda f: f.money(40, 3000)),
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(7)),
                    "sku": G(lambda f: f"TKT-{f.pick(['GA', 'SEAT', 'VIP'])}-{f.digits(4)}"),
                    "name": G(lambda f: f.pick(["General Admission", "Seated Tier 2", "VIP Early Entry"])),
                    "category": G(lambda f: "Tickets"),
                    "price": G(lambda f: f.money(30, 900)),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                },
                2,
            ),
            "attendees": Many({"name": Y(full, "name"), "email": Y(email, "email")}, 4),
            "accessibility_needs": RED(
                lambda f: f.pick(["wheelchair_space", "companion_seat", "step_free", "none"]), "disability"
            ),
            "payment_method": G(lambda f: f.pick(["card", "swish", "pix", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", ""])),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(lambda f: stripe(f, "pm_"), "token"),
        },
    ),
    (
        "track",
        "Ingressos Comprados",
        ["web"],
        1,
        {
            "pedido_id": G(lambda f: f.digits(10)),
            "evento": G(
                lambda f: f.pick(
                    ["MC Tropa - Allianz Parque", "Forró da Lua - Audio Club", "Luna Serrano - Vivo Rio"]
                )
            ),
            "comprador_nome": Y(lambda f: f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)}", "name"),
            "comprador_cpf": RED(cpf, "national id"),
            "meia_entrada": G(lambda f: f.pick([True, False])),
            "tipo_meia": RED(
                lambda f: f.pick(["estudante", "professor", "idoso", "pcd", "jovem_baixa_renda"]),
                "disability",
            ),
            "forma_pagamento": G(lambda f: f.pick(["pix", "cartao_credito", "boleto"])),
            "parcelas": G(lambda f: f.pick([1, 2, 3, 6, 10])),
            "valor_total": G(lambda f: f.money(80, 1200)),
        },
    ),
    (
        "track",
        "Ticket Transferred",
        MOBILE,
        1,
        {
            "ticket_id": G(lambda f: f.digits(12)),
            "transfer_to": {"label": Y(full, "name", True), "value": Y(email, "email", True)},
            "transfer_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Ticket Scanned",
        ["java"],
        1,
        {
            "ticket_barcode": G(lambda f: f.digits(16)),
            "gate": G(lambda f: f.pick(["A", "B", "North", "Portão 3"])),
            "scanned_at": G(ts),
            "attendee_name": Y(full, "name"),
            "result": G(lambda f: f.pick(["valid", "already_used", "wrong_event"])),
        },
    ),
    (
        "track",
        "VIP Package Booked",
        ["python"],
        1,
        {
            "booking_id": G(lambda f: "VIP-" + f.digits(7)),
            "hotel_name": G(
                lambda f: f.pick(["Scandic Continental", "The Hoxton Shoreditch", "Hotel Unique"])
            ),
            "flight_number": G(lambda f: f.pick(["SK1417", "BA783", "LA8084"])),
            "travellers": Many(
                {
                    "full_name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "passport_number": RED(lambda f: f.pick(["AA", "FX", "5"]) + f.digits(7), "passport"),
                    "nationality": Y(
                        lambda f: f.pick(["Swedish", "British", "Brazilian", "Portuguese"]), "citizenship"
                    ),
                    "frequent_flyer_number": G(lambda f: f.pick(["EB", "BA", "LA"]) + f.digits(9)),
                    "dietary_requirements": Y(
                        lambda f: f.pick(["none", "vegan", "halal", "kosher", "nut allergy", "gluten free"]),
                        "allergy|religion",
                    ),
                },
                3,
            ),
            "travel_insurance_policy": Y(lambda f: "TI-" + f.digits(9), "identification"),
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relation": G(lambda f: f.pick(["partner", "parent", "friend"])),
            },
            "total": G(lambda f: f.money(800, 9000)),
        },
    ),
    (
        "track",
        "Event Staff Scheduled",
        ["go"],
        1,
        {
            "staff_id": G(lambda f: "EMP" + f.digits(5)),
            "staff_name": Y(full, "name"),
            "staff_mobile": Y(phone, "phone"),
            "staff_email": Y(email, "email"),
            "date_of_birth": Y(lambda f: dob(f, 1960, 2006), "birthdate"),
            "home_postcode": Y(lambda f: postcode(f, "UK"), "zipcode"),
            "ni_number": RED(nino, "national id"),
            "role": G(lambda f: f.pick(["merch_seller", "steward", "runner", "box_office"])),
            "venue_name": G(lambda f: f.pick(VENUES)),
            "shift_start": G(ts),
            "hourly_rate": Y(lambda f: f.pick([11.44, 12.5, 14.0, 160.0, 185.0]), "salary"),
            "rtw_check_done": G(lambda f: f.pick([True, False])),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
        },
    ),
    # -- merch ----------------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "ios", "android"],
        2,
        {
            **{k: v for k, v in merch_product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "value": G(lambda f: f.money(9, 60)),
            "image_url": G(lambda f: f"https://merch.soundlane.fm/img/{f.hexid(10)}.webp"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        1,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money(9, 300)),
            "revenue": G(lambda f: f.money(9, 300)),
            "shipping": G(lambda f: f.money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "TOUR10", "FANCLUB"])),
            "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "products": Many(merch_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "klarna", "paypal", "pix"])),
            "card_bin": G(lambda f: f.pick(["454313", "522840", "636368", "377935"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "card_saved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Merch Order Placed",
        ["dotnet"],
        2,
        {
            "OrderId": G(lambda f: "MO-" + f.digits(8)),
            "CustomerId": G(lambda f: f.digits(9)),
            "CustomerEmail": Y(email, "email"),
            "CustomerPhone": Y(phone, "phone"),
            "Products": Many(
                {
                    "ProductId": G(lambda f: f.digits(7)),
                    "Sku": G(lambda f: f"SL-{f.pick(['HD', 'LP', 'PN'])}-{f.r.randint(100, 999)}"),
                    "Name": G(lambda f: f.pick(MERCH)),
                    "Size": G(lambda f: f.pick(["S", "M", "L", "XL", "OS"])),
                    "UnitPrice": G(lambda f: f.money(9, 60)),
                    "Quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "ShippingAddress": {
                "Name": Y(full, "name"),
                "Line1": Y(street, "address|street"),
                "Line2": Y(
                    lambda f: f.pick(["Lgh 1102", "Flat 3", "apto 42", "c/o Andersson", "Floor 2"]), "address"
                ),
                "City": Y(city, "city"),
                "PostalCode": Y(postcode, "zipcode"),
                "CountryCode": G(lambda f: f.pick(["SE", "GB", "BR"])),
            },
            "DeliveryNote": Y(delivery_note, "phone", True),
            "BillingAddress": {"Line1": Y(street, "address|street"), "PostalCode": Y(postcode, "zipcode")},
            "ShippingMethod": G(
                lambda f: f.pick(["PostNord MyPack", "Royal Mail Tracked 48", "Correios SEDEX"])
            ),
            "IsGift": G(lambda f: f.pick([True, False])),
            "Total": G(lambda f: f.money(10, 300)),
            "Currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
            "CreatedUtc": G(ts),
        },
    ),
    (
        "track",
        "merch-shipment-out-for-delivery",
        ["node"],
        1,
        {
            "shipment-id": G(lambda f: f.uuid()),
            "tracking-number": G(
                lambda f: f.pick(["00370", "JD0146", "AA"]) + f.digits(12) + f.pick(["", "GB", "BR"])
            ),
            "carrier": G(lambda f: f.pick(["PostNord", "DPD UK", "Correios", "Loggi"])),
            "driver-first-name": Y(first, "name"),
            "driver-proxy-phone": G(
                lambda f: f.pick(["+44 20 3808 9999", "+46 10 436 00 00", "+55 11 4003-8888"])
            ),
            "eta-window": G(lambda f: f.pick(["09:00-12:00", "13:00-17:00", "17:00-21:00"])),
            "delivery-lat": Y(lat, "geolocation"),
            "delivery-lng": Y(lon, "geolocation"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["dotnet"],
        1,
        {
            "OrderId": G(lambda f: "MO-" + f.digits(8)),
            "RefundId": G(lambda f: stripe(f, "re_")),
            "RefundReason": G(lambda f: f.pick(["damaged", "wrong_size", "event_cancelled", "not_received"])),
            "RefundAmount": G(lambda f: f.money(5, 300)),
        },
    ),
    # -- e-mail, support, devices, ads -----------------------------------------------------------------
    (
        "track",
        "Receipt Email Sent",
        ["ruby"],
        1,
        {
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.soundlane.fm>"),
            "to": Y(email, "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@soundlane.fm", "receipts@soundlane.fm", "tickets@soundlane.fm"])
            ),
            "template": G(lambda f: f.pick(["receipt_premium", "receipt_merch", "receipt_tickets"])),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Preferences Updated",
        APPS,
        1,
        {
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "email_frequency": G(lambda f: f.pick(["weekly", "monthly", "never"])),
            "birthday_notifications_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["python"],
        1,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Charged twice", "Kan inte logga in", "Cancelar assinatura", "Student discount"]
                    )
                ),
                "description": Y(support_description, "email|phone", True),
                "requester": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee_name": Y(full, "name"),
                "group": G(lambda f: f.pick(["Billing", "Accounts", "Nordics", "Brasil"])),
                "tags": Many(G(lambda f: f.pick(["billing", "login", "family", "student", "refund"])), 3),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "chat"]))},
                "recipient": G(lambda f: f.pick(["support@soundlane.fm", "suporte@soundlane.com.br"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            }
        },
    ),
    (
        "track",
        "Smart Speaker Linked",
        ["java"],
        1,
        {
            "speaker_model": G(lambda f: f.pick(["Sonos Era 100", "Echo Dot (5th Gen)", "Nest Audio"])),
            "device_serial": Y(lambda f: f.pick(["RINCON_", "G0"]) + f.hexid(12).upper(), "serial"),
            "device_mac": Y(lambda f: f.mac(), "mac"),
            "room_name": G(lambda f: f.pick(["Kök", "Living room", "Quarto", "Vardagsrum", "Office"])),
            "firmware_version": G(lambda f: f.pick(["16.2", "78.4.1", "1.62.3"])),
        },
    ),
    (
        "track",
        "Accessibility Settings Changed",
        MOBILE,
        1,
        {
            "voiceover_enabled": RED(lambda f: f.pick([True, False]), "disability"),
            "hearing_aid_mode": RED(lambda f: f.pick([True, False]), "disability"),
            "reduce_motion": G(lambda f: f.pick([True, False])),
            "font_scale": G(lambda f: f.pick([1.0, 1.15, 1.3, 1.6])),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        1,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "tiktokglobal_int", "Facebook Ads", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["BR_family_launch", "UK_student_q3", "SE_brand_always_on"])),
            "ip": Y(ip_any, "ip"),
            "city": Y(city, "city"),
            "country_code": G(lambda f: f.pick(["SE", "GB", "BR"])),
            "install_time": G(lambda f: f.iso().replace("T", " ")[:23]),
            "is_retargeting": G(lambda f: f.pick(["true", "false"])),
        },
    ),
    (
        "track",
        "Ad Impression",
        MOBILE,
        2,
        {
            "ad_id": G(lambda f: f.digits(10)),
            "creative_id": G(lambda f: "cr_" + f.hexid(8)),
            "advertiser": G(lambda f: f.pick(["Volvo Cars", "Itaú", "Tesco", "ICA", "Natura"])),
            "slot": G(lambda f: f.pick(["preroll", "midroll", "between_tracks"])),
            "ifa": Y(lambda f: f.uuid(), "advertising id"),
            "gdpr_consent": G(
                lambda f: (
                    "CP"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(60)
                    )
                )
            ),
        },
    ),
    (
        "track",
        "Purchase Forwarded",
        ["node"],
        1,
        {
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Many(Y(sha256, "email|advertising id"), 1),
                "ph": Many(Y(sha256, "phone|advertising id"), 1),
                "external_id": Many(G(sha256), 1),
                "client_ip_address": Y(ip_any, "ip"),
                "client_user_agent": G(
                    lambda f: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(10, 300)),
                "currency": G(lambda f: f.pick(["SEK", "GBP", "BRL"])),
                "content_ids": Many(G(lambda f: f.digits(7)), 3),
            },
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                user_id = f.digits(9)
                msg = {
                    "type": kind,
                    "messageId": f.pick(["ajs-next-", "", ""]) + f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user_id,
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = f.pick(["fam_", "team_"]) + f.digits(8)
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
    events, labels = build(seed=126, repeats=24)
    write(Path(__file__).parent, "holdout126_", events, labels)
