"""Writes the seventieth holdout: tests/corpus/holdout70_events.jsonl and holdout70_labels.json.

Sealed: written without reading the engine (its code, vocabularies, tests, docs or other
holdouts' labels) and without running it on these events; scored by someone else.

Domain: dating and social discovery apps in Germany, the Netherlands and Austria. Three made-up
apps: Funkeln (DE; analytics-swift, analytics-kotlin, analytics.js), Klik (NL;
analytics-react-native, analytics.js) and Herzblatt (AT; analytics_flutter), with their backends
(python moderation, node matching and growth, go location, java payments, ruby mail and support,
a legacy PHP backend with German keys, an ASP.NET identity service with PascalCase keys, a Dutch
node service with Dutch keys, a warehouse reverse-ETL sync with SCREAMING_SNAKE traits).
Covered: identify / track / page / screen / group / alias calls; profile creation (photos, bio,
gender, orientation, religion, ethnicity, politics, height, relationship goals, pets), photo and
ID verification (IDnow-shaped), one-time codes, swipes, matches and messages, location-based
discovery (coordinates, geohashes, passport mode), date check-ins with trusted contacts, contact
blocking, safety reports, blocks and moderation by staff, sexual-health profile fields, premium
subscriptions (e-commerce spec events, SEPA mandates, card payments, Google Play tokens,
RevenueCat- and Facebook-CAPI-shaped payloads), install attribution (AppsFlyer-shaped), a second
ID check (Veriff-shaped decision webhook), safety alarms (Noonlight-shaped), ambassador payouts,
API request headers and mail bounces (Mailgun-shaped; both kebab-case), support tickets
(Zendesk-shaped). Values: names from many cultures, DE / NL / AT / CH / TR / PL /
BE / UK phone formats, DE / NL / AT addresses and postcodes, Luhn card numbers, mod-97 IBANs
(DE, NL, AT), German ID-card numbers with their 7-3-1 check digit, German tax ids (ISO 7064
MOD 11,10), Dutch BSNs (11-proof), Polish PESELs, IPv4 and IPv6, real geohashes.

Conventions: mostly camelCase and snake_case English keys; about 15-20 % of paths use PascalCase
(.NET), kebab-case (mail webhooks, HTTP headers), SCREAMING_SNAKE (warehouse) and German or Dutch keys.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a match, a reported user, a trusted
  contact, an invitee, a staff member (moderators, support agents, ID reviewers). Colour is the
  reference's default for the matcher; outside the reference: red for credentials / secrets /
  tokens / one-time codes, card numbers, bank accounts, government ids and health; yellow
  otherwise (`geolocation`, `advertising id`, `ip`, `political opinion`).
- Green: ids we issue, UUIDs, numeric ids, SKUs, invoice and mandate references, versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys, ages and age
  filters, marital status, job titles, employers, schools, plan / product / venue / community
  names, pets' names, a venue's or business's own address, phone, e-mail and coordinates, a
  searched destination (passport mode), country, state, locale, language, timezone, currency,
  user agents, OS analytics device ids (IDFV, Android id, the attribution SDK's install id),
  card brand, last four, BIN, expiry, BIC, the business's SEPA creditor id, ID-document expiry
  dates, vendor decision and risk codes (Veriff's `code`, `riskLabels[].label`), the location of
  a backend's own data centre in its context.
- Contested cases follow the published policy: billing addresses are the person's (`address`,
  yellow); income brackets and a commission paid out to a natural person (ambassador payout
  amount) are `salary` (yellow); ad-platform click / browser ids (gclid, fbclid,
  fbp, fbc) are `advertising id` (yellow); payment, purchase and push tokens, reset tokens and
  one-time codes are red (`token` / `secret`).
- Special categories: gender and pronouns (`gender`), orientation (`sexual orientation`),
  religion, ethnicity, HIV status (`condition`), PrEP use (`medication`), the date of the last
  test (`condition|procedure`), all yellow as in the reference. A dating app's gender preference
  (`showMe`, `zoekt`: men / women / everyone) is labelled `sexual orientation`: with the user's
  own gender it states it, and a careful privacy owner at a dating company would want it flagged.
  A match's or swiped profile's gender and city are the other person's (`gender`, `city`).
- A birth year is part of the birth date (`birthdate`); an age is green.
- Hashes are labelled by purpose: e-mail, phone, city and postcode hashed as matching keys for
  an ad platform (Facebook CAPI `em`, `ph`, `ct`, `zp`) keep the type of what they hash (they
  exist to re-identify the person); content hashes of files and hashed user ids are green, and
  so is a hashed country.
- value_only is true when the key does not say what the value is (`input`, `q`, `label`,
  `value`, `note`, `body`, `excerpt`, `recipient`, `to`, `targets`, `bio_text`, `gift_message`).
  Where a generic leaf sits under a parent that names it (RevenueCat's `$email.value`), the path
  says it: value_only false.
- Free text is labelled by what every one of its values carries: free-text fields here either
  always carry the PII in their label (a flagged excerpt always holds a phone number, a
  check-in note always names the date) or never do (green).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------------

FIRST = [
    "Lukas",
    "Leonie",
    "Jonas",
    "Anna-Lena",
    "Felix",
    "Marie",
    "Maximilian",
    "Hannah",
    "Tobias",
    "Sophie",
    "Daan",
    "Sanne",
    "Bram",
    "Femke",
    "Sem",
    "Lotte",
    "Thijs",
    "Noor",
    "Florian",
    "Katharina",
    "Valentina",
    "Emre",
    "Elif",
    "Mehmet",
    "Ayşe",
    "Katarzyna",
    "Piotr",
    "Yusuf",
    "Layla",
    "Mohammed",
    "Fatima",
    "Dewi",
    "Rajesh",
    "Andrei",
    "Ioana",
    "Ivana",
    "Luka",
    "Jelena",
    "Linh",
    "Kwame",
    "Ama",
    "Giulia",
    "Eleni",
    "Oksana",
    "Dmytro",
    "Arash",
    "Shirin",
    "Semhar",
    "Wei",
    "Ananya",
    "João",
    "Zoë",
    "Jannik",
    "Merel",
    "Ömer",
    "Zeynep",
    "Niklas",
    "Clara",
]
LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Gruber",
    "Huber",
    "Wagner",
    "Pichler",
    "Moser",
    "Steiner",
    "de Vries",
    "van den Berg",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "de Jong",
    "van Dijk",
    "Meijer",
    "Yılmaz",  # noqa: RUF001
    "Kaya",
    "Demir",
    "Öztürk",
    "Nowak",
    "Kowalczyk",
    "El Amrani",
    "Bouzid",
    "Haddad",
    "Nguyen",
    "Popescu",
    "Horvat",
    "Kovačević",
    "Rossi",
    "Papadopoulos",
    "Shevchenko",
    "Tehrani",
    "Tesfaye",
    "Wang",
    "Sharma",
    "Santos",
    "Mensah",
    "Boateng",
    "Krüger",
    "Wolf",
    "Brouwer",
    "Hofer",
    "Lang",
    "Çelik",
]
MAIL_DOMAINS = [
    "gmx.de",
    "web.de",
    "t-online.de",
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.nl",
    "gmx.at",
    "aon.at",
    "proton.me",
    "example.com",
    "posteo.de",
]
CITY_COORDS = {
    "Berlin": (52.5200, 13.4050),
    "Hamburg": (53.5511, 9.9937),
    "München": (48.1351, 11.5820),
    "Köln": (50.9375, 6.9603),
    "Frankfurt am Main": (50.1109, 8.6821),
    "Leipzig": (51.3397, 12.3731),
    "Düsseldorf": (51.2277, 6.7735),
    "Stuttgart": (48.7758, 9.1829),
    "Amsterdam": (52.3676, 4.9041),
    "Rotterdam": (51.9244, 4.4777),
    "Den Haag": (52.0705, 4.3007),
    "Utrecht": (52.0907, 5.1214),
    "Eindhoven": (51.4416, 5.4697),
    "Groningen": (53.2194, 6.5665),
    "Wien": (48.2082, 16.3738),
    "Graz": (47.0707, 15.4395),
    "Linz": (48.3069, 14.2858),
    "Salzburg": (47.8095, 13.0550),
    "Innsbruck": (47.2692, 11.4041),
}
CITIES_DE = [
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt am Main",
    "Leipzig",
    "Düsseldorf",
    "Stuttgart",
]
CITIES_NL = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen"]
CITIES_AT = ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"]
STREETS_DE = [
    "Hauptstraße",
    "Schönhauser Allee",
    "Bergmannstraße",
    "Karl-Marx-Str.",
    "Lindenstraße",
    "Goethestraße",
    "Sonnenallee",
    "Eppendorfer Weg",
    "Aachener Str.",
]
STREETS_NL = [
    "Kerkstraat",
    "Prinsengracht",
    "Laan van Meerdervoort",
    "Oudegracht",
    "Dorpsstraat",
    "Vondelstraat",
]
STREETS_AT = [
    "Mariahilfer Straße",
    "Favoritenstraße",
    "Landstraßer Hauptstraße",
    "Herrengasse",
    "Linzer Gasse",
]
FOLD = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "'": "", " ": ""})  # noqa: RUF001
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue"}
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def first(f):
    return f.pick(FIRST)


def last(f):
    return f.pick(LAST)


def full(f):
    return f"{first(f)} {last(f)}"


def ascii_fold(text: str) -> str:
    text = "".join(UMLAUT.get(c, c) for c in text.lower()).translate(FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def email(f):
    user = ascii_fold(first(f))
    surname = ascii_fold(last(f))
    local = f.pick(
        [f"{user}.{surname}", f"{user}{f.r.randint(1, 99)}", f"{user[0]}{surname}", f"{user}_{surname[:4]}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f):
    return f"{ascii_fold(first(f))}.{ascii_fold(last(f))}@{f.pick(['funkeln.de', 'klik.nl', 'herzblatt.at'])}"


def nd(f, n):
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f, country=None):
    country = country or f.pick(["de", "de", "de", "nl", "nl", "at", "at", "ch", "tr", "pl", "be", "uk"])
    r = f.r
    if country == "de":
        pre = f.pick(["151", "152", "157", "160", "162", "170", "171", "176", "177", "179"])
        num = nd(f, 8)
        return f.pick(
            [f"+49 {pre} {num}", f"0{pre} {num}", f"+49{pre}{num}", f"0{pre}/{num}", f"+49 (0){pre} {num}"]
        )
    if country == "nl":
        num = nd(f, 8)
        return f.pick(
            [
                f"+31 6 {num}",
                f"06-{num}",
                f"+316{num}",
                "06 " + " ".join(num[i : i + 2] for i in range(0, 8, 2)),
            ]
        )
    if country == "at":
        pre = f.pick(["664", "660", "676", "650", "699", "681"])
        num = nd(f, 7)
        return f.pick(
            [
                f"+43 {pre} {num}",
                f"0{pre} {num}",
                f"+43{pre}{num}",
                f"+43 {pre} {num[:3]} {num[3:5]} {num[5:]}",
            ]
        )
    if country == "ch":
        return f"+41 {f.pick(['76', '78', '79'])} {nd(f, 3)} {nd(f, 2)} {nd(f, 2)}"
    if country == "tr":
        return f"+90 5{r.randint(30, 59)} {nd(f, 3)} {nd(f, 2)} {nd(f, 2)}"
    if country == "pl":
        return f"+48 {r.randint(500, 799)} {nd(f, 3)} {nd(f, 3)}"
    if country == "be":
        return f"+32 4{r.randint(60, 99)} {nd(f, 2)} {nd(f, 2)} {nd(f, 2)}"
    return f"+44 7{r.randint(400, 999)} {nd(f, 6)}"


def country_of(f):
    return f.pick(["DE", "DE", "NL", "AT"])


def postcode(f, country=None):
    country = country or country_of(f)
    if country == "DE":
        return f"{f.r.randint(1067, 99998):05d}"
    if country == "NL":
        letters = "ABCEGHJKLMNPRTVWXZ"
        return f"{f.r.randint(1000, 9999)}{f.pick([' ', ''])}{f.pick(letters)}{f.pick(letters)}"
    return str(f.r.randint(1010, 9990))


def street(f, country=None):
    country = country or country_of(f)
    if country == "DE":
        return f"{f.pick(STREETS_DE)} {f.r.randint(1, 180)}{f.pick(['', '', 'a', 'b'])}"
    if country == "NL":
        return f"{f.pick(STREETS_NL)} {f.r.randint(1, 400)}{f.pick(['', '-hs', '-2', 'A', ' III'])}"
    return f"{f.pick(STREETS_AT)} {f.r.randint(1, 120)}/{f.r.randint(1, 9)}/{f.r.randint(1, 24)}"


def city(f):
    return f.pick(list(CITY_COORDS))


def dob(f, fmt="iso"):
    y, m, d = f.r.randint(1968, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    if fmt == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    return f"{y}-{m:02d}-{d:02d}"


def near(f, spread=0.08):
    lat, lon = CITY_COORDS[city(f)]
    return round(lat + f.r.uniform(-spread, spread), 6), round(lon + f.r.uniform(-spread, spread), 6)


def lat(f):
    return near(f)[0]


def lon(f):
    return near(f)[1]


GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(latitude, longitude, precision=8):
    lat_range, lon_range = [-90.0, 90.0], [-180.0, 180.0]
    bits, bit, ch, even, out = [16, 8, 4, 2, 1], 0, 0, True, []
    while len(out) < precision:
        rng, val = (lon_range, longitude) if even else (lat_range, latitude)
        mid = (rng[0] + rng[1]) / 2
        if val > mid:
            ch |= bits[bit]
            rng[0] = mid
        else:
            rng[1] = mid
        even = not even
        if bit < 4:
            bit += 1
        else:
            out.append(GEOHASH[ch])
            bit, ch = 0, 0
    return "".join(out)


def gh(f, precision=8):
    return geohash(*near(f), precision)


def iban(f, country=None):
    country = country or f.pick(["DE", "DE", "NL", "AT"])
    if country == "NL":
        bban = f.pick(["ABNA", "INGB", "RABO", "KNAB", "BUNQ", "TRIO"]) + nd(f, 10)
    elif country == "AT":
        bban = f.pick(["20111", "12000", "14000", "32000", "19043"]) + nd(f, 11)
    else:
        bban = nd(f, 18)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def bic(f):
    return f.pick(
        [
            "COBADEFFXXX",
            "DEUTDEDBBER",
            "INGBNL2A",
            "RABONL2U",
            "ABNANL2A",
            "GIBAATWWXXX",
            "BKAUATWW",
            "SOLADEST600",
        ]
    )


def ausweis(f):
    """German ID-card number: 9 characters and the 7-3-1 check digit."""
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    body = f.pick("CFGHJKLMNPRTVWXYZ") + "".join(f.pick(alphabet) for _ in range(8))
    weights = [7, 3, 1]
    total = sum(int(c, 36) * weights[i % 3] for i, c in enumerate(body))
    return body + str(total % 10)


def bsn(f):
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        check = total % 11
        if check < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(check)


def nl_passport(f):
    alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
    return (
        f.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
        + f.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
        + "".join(f.pick(alnum) for _ in range(6))
        + nd(f, 1)
    )


def at_passport(f):
    return f.pick("PUN") + nd(f, 7)


def id_doc(f):
    return f.pick([ausweis(f), ausweis(f), nl_passport(f), at_passport(f)])


def steuer_id(f):
    """German tax id: one digit of the first ten twice, one missing, ISO 7064 MOD 11,10 check."""
    while True:
        pool = f.r.sample(range(10), 9)
        digits = [*pool, f.pick(pool)]
        f.r.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        total = (d + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return "".join(map(str, digits)) + str(0 if check == 10 else check)


def pesel(f):
    y, m, d = f.r.randint(1970, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{nd(f, 4)}"
    total = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - total % 10) % 10)


def ip4(f):
    return f.ipv4()


def ip6(f):
    prefix = f.pick(["2a02:8108", "2a01:c22", "2001:1c00", "2a02:a46a", "2a02:1748", "2a00:20"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def any_ip(f):
    return ip4(f) if f.r.random() < 0.7 else ip6(f)


def sha256(f):
    return hashlib.sha256(f.hexid(16).encode()).hexdigest()


def sha_of(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def photo_url(f):
    host = f.pick(["img.funkeln.de/p", "cdn.klik.nl/media/u", "photos.herzblatt.at/profile"])
    return f"https://{host}/{f.uuid()}/{f.r.randint(1, 6)}.jpg"


def card(f):
    return f.card()


def otp(f):
    return nd(f, 6)


def E(*items):
    return G(lambda f: f.pick(list(items)))


def ts(f):
    return f.iso()


# -- contexts ---------------------------------------------------------------------------------------

APPS = {
    "Funkeln": ("de.funkeln.app", "de-DE", "Europe/Berlin"),
    "Klik": ("nl.klik.app", "nl-NL", "Europe/Amsterdam"),
    "Herzblatt": ("at.herzblatt.app", "de-AT", "Europe/Vienna"),
}


def app_block(names):
    return {
        "name": G(lambda f: f.pick(names)),
        "version": E("4.18.0", "4.19.2", "4.20.1", "2.7.3"),
        "build": E("41800", "41902", "42011", "273"),
        "namespace": G(lambda f: f.pick([APPS[n][0] for n in names])),
    }


def web_context(f):
    site = f.pick(["https://www.funkeln.de", "https://klik.nl", "https://www.herzblatt.at"])
    path = f.pick(["/", "/entdecken", "/premium", "/profiel", "/login", "/registrieren"])
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": E("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: path),
            "referrer": E(
                "https://www.google.de/", "", "https://www.instagram.com/", "https://www.google.nl/"
            ),
            "search": E("", "?utm_source=instagram&utm_medium=paid_social", "?ref=app_banner"),
            "title": E("Funkeln – Dating in deiner Nähe", "Klik | Daten in Nederland", "Herzblatt Premium"),  # noqa: RUF001
            "url": G(lambda f: site + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {"brand": E("Chromium", "Google Chrome", "Not-A.Brand"), "version": E("124", "99", "8")}, 3
            ),
            "mobile": E(True, False),
            "platform": E("macOS", "Windows", "Android"),
        },
        "locale": E("de-DE", "nl-NL", "de-AT", "en-GB", "tr-TR"),
        "timezone": E("Europe/Berlin", "Europe/Amsterdam", "Europe/Vienna"),
        "ip": Y(any_ip, "ip"),
        "campaign": {
            "name": E("spring_dating_24", "valentinstag", "zomer_campagne"),
            "source": E("instagram", "google", "tiktok"),
            "medium": E("paid_social", "cpc", "influencer"),
            "term": E("dating app", "singles wien", "daten amsterdam"),
            "content": E("video_a", "carousel_2", "story"),
        },
    }


def swift_context(f):
    return {
        "app": app_block(["Funkeln"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": E("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone13,2"),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": E(True, False),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": E("1.5.11", "1.6.0")},
        "locale": E("de-DE", "en-DE", "tr-DE"),
        "network": {"cellular": E(True, False), "wifi": E(True, False)},
        "os": {"name": G(lambda f: "iOS"), "version": E("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": E(390, 393, 430), "height": E(844, 852, 932)},
        "timezone": G(lambda f: "Europe/Berlin"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
    }


def kotlin_context(f):
    return {
        "app": app_block(["Funkeln"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": E("samsung", "Google", "Xiaomi", "OnePlus"),
            "model": E("SM-S921B", "Pixel 8", "2312DRAABG", "CPH2581"),
            "name": E("e1s", "shiba", "sapphire", "OP5929L1"),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": E(True, False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": E("1.15.2", "1.16.3")},
        "locale": E("de-DE", "en-US", "pl-PL"),
        "network": {
            "wifi": E(True, False),
            "cellular": E(True, False),
            "bluetooth": E(False),
            "carrier": E("Telekom.de", "Vodafone.de", "o2 - de"),
        },
        "os": {"name": G(lambda f: "Android"), "version": E("14", "13", "12")},
        "screen": {"density": E(2.625, 3.0, 2.75), "width": E(1080, 1440), "height": E(2340, 3120)},
        "timezone": G(lambda f: "Europe/Berlin"),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
    }


def rn_context(f):
    return {
        "app": app_block(["Klik"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": E("Apple", "samsung", "Google"),
            "model": E("iPhone14,7", "SM-A546B", "Pixel 7a"),
            "name": E("iPhone", "a54x", "lynx"),
            "type": E("ios", "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": E("2.19.2", "2.20.0")},
        "locale": E("nl-NL", "en-NL", "nl-BE"),
        "network": {"cellular": E(True, False), "wifi": E(True, False)},
        "os": {"name": E("iOS", "Android"), "version": E("17.4", "14", "13")},
        "screen": {"width": E(390, 412), "height": E(844, 915)},
        "timezone": G(lambda f: "Europe/Amsterdam"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": E(0, 0.4, 1.2),
        },
    }


def flutter_context(f):
    return {
        "app": app_block(["Herzblatt"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": E("Apple", "samsung", "HUAWEI"),
            "model": E("iPhone15,4", "SM-G991B", "ELS-NX9"),
            "name": E("iPhone", "o1s", "HWELS"),
            "type": E("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": E("1.1.2", "1.1.4")},
        "locale": E("de-AT", "de-DE", "hr-HR"),
        "network": {"cellular": E(True, False), "wifi": E(True, False)},
        "os": {"name": E("iOS", "Android"), "version": E("17.3", "13")},
        "screen": {"width": E(393, 360), "height": E(852, 800), "density": E(3.0, 2.0)},
        "timezone": G(lambda f: "Europe/Vienna"),
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.2"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(name):
    lib, version = SERVER_LIBS[name]

    def ctx(f):
        out = {"library": {"name": G(lambda f: lib), "version": G(lambda f: version)}}
        if name in ("node", "php"):
            out["ip"] = Y(any_ip, "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if name == "go":
            out["location"] = {"city": G(lambda f: "Frankfurt am Main"), "country": G(lambda f: "DE")}
            out["requestId"] = G(lambda f: f.hexid(32))
        if name == "dotnet":
            out["ip"] = Y(any_ip, "ip")
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]


# -- free text --------------------------------------------------------------------------------------

BIOS = [
    "Kaffee, Berge und schlechte Wortspiele.",
    "Hundemensch 🐶 Sonntags auf dem Flohmarkt.",
    "Op zoek naar iemand om mee te fietsen en te lachen.",
    "Techno am Wochenende, Bücher unter der Woche.",
    "Wiener Schmäh inklusive. Suche jemanden für Heurigen und Konzerte.",
    "Just moved to Amsterdam, show me your favourite bar?",
    "Halb Türkin, halb Berlinerin, ganz Foodie.",
    "Klimmen, koken en te veel series.",
]
PROMPT_ANSWERS = [
    "Ein perfekter Sonntag: Brunch und dann ab an den See.",
    "Mijn guilty pleasure: bitterballen om middernacht.",
    "Green flag: du sagst, wenn du zu spät kommst.",
    "Ich schwöre, ich kann Gitarre spielen. Drei Akkorde.",
    "Ik wil ooit naar Japan, samen?",
    "Two truths and a lie: I ran a marathon, I own a cat, I hate pizza.",
]
DETAILS = [
    "Fotos sind offensichtlich von einem Model geklaut.",
    "Hij werd agressief toen ik niet wilde afspreken.",
    "Asked for money after two messages.",
    "Profil ist ein Fake, Bilder aus Google.",
    "Stuurt ongevraagd expliciete foto's.",
    "Sehr unhöflich, beleidigende Nachrichten.",
]
ICEBREAKERS = [
    "Berge oder Meer?",
    "Wat is je favoriete plek in de stad?",
    "Was war dein bestes Konzert?",
    "Koffie of thee?",
    "What's the last thing that made you laugh?",
]
CANCEL_FEEDBACK = [
    "zu teuer",
    "Ik heb iemand leren kennen 🙂",
    "Zu wenige Leute in meiner Nähe.",
    "Found someone!",
    "Te veel nepprofielen.",
    "",
]
TICKET_TEXT = [
    "Ich kann mich seit dem Update nicht mehr einloggen.",
    "Mijn abonnement is twee keer afgeschreven.",
    "Meine Fotos werden nicht hochgeladen.",
    "Ik krijg geen verificatiecode.",
    "Wie kündige ich Premium?",
]
VENUES = [
    ("Café Einstein Stammhaus", "Kurfürstenstraße 58, 10785 Berlin", "+49 30 2615096", 52.5027, 13.3562),
    ("Café Sperl", "Gumpendorfer Str. 11, 1060 Wien", "+43 1 5864158", 48.2005, 16.3612),
    ("Brouwerij 't IJ", "Funenkade 7, 1018 AL Amsterdam", "+31 20 261 9800", 52.3667, 4.9264),
    ("Bar Gloria", "Eppendorfer Weg 150, 20253 Hamburg", "+49 40 41352966", 53.5773, 9.9604),
    ("Hopper Koffie", "Oudegracht 110, 3511 AV Utrecht", "+31 30 231 4561", 52.0908, 5.1195),
]


def excerpt(f):
    return f.pick(
        [
            f"schreib mir lieber auf WhatsApp {phone(f)}",
            f"app me even op {phone(f, 'nl')}, ik zit hier bijna nooit",
            f"hier meine Nummer: {phone(f)} 😊",
            f"text me {phone(f)} x",
            f"Ruf an: {phone(f, 'at')}",
        ]
    )


def flagged_bio(f):
    return f.pick(
        [
            f"Bin selten hier, schreib mir: {email(f)}",
            f"Mail me: {email(f)} 😉",
            f"Liever mailen? {email(f)}",
            f"Snapchat geht nicht mehr, also {email(f)}",
        ]
    )


def checkin_note(f):
    name = first(f)
    return f.pick(
        [
            f"Date mit {name}, Treffpunkt vor dem Café",
            f"Eerste date met {name}",
            f"Treffen mit {name} ({full(f)} laut Profil)",
            f"Drinks with {name}, should be home by 11",
            f"{name} von Funkeln, erstes Treffen",
        ]
    )


def push_body(f):
    name = first(f)
    return f.pick(
        [
            f"{name} hat dir geschrieben 💬",
            f"{name} heeft je een bericht gestuurd",
            f"Neues Match mit {name}! Sag Hallo 👋",
            f"{name} hat dich geliked ❤️",
            f"{name} wacht op je antwoord",
        ]
    )


# -- templates --------------------------------------------------------------------------------------


def product():
    return {
        "product_id": E(
            "funkeln_plus_1m", "funkeln_gold_6m", "klik_premium_3m", "herzblatt_vip_12m", "boost_5"
        ),
        "sku": E("FNK-PLUS-1M", "FNK-GOLD-6M", "KLK-PREM-3M", "HZB-VIP-12M", "FNK-BOOST-5"),
        "name": E(
            "Funkeln Plus (1 Monat)",
            "Funkeln Gold (6 Monate)",
            "Klik Premium 3 maanden",
            "Herzblatt VIP Jahresabo",
            "5 Boosts",
        ),
        "category": E("subscription", "consumable"),
        "price": G(lambda f: f.pick([9.99, 14.99, 29.99, 59.99, 119.88, 7.49])),
        "quantity": E(1, 1, 5),
        "position": G(lambda f: f.r.randint(1, 5)),
    }


IDENTIFY_MOBILE = {
    "email": Y(email, "email"),
    "firstName": Y(first, "name"),
    "lastName": Y(last, "name"),
    "phone": Y(phone, "phone"),
    "birthday": Y(dob, "birthdate"),
    "age": G(lambda f: f.r.randint(18, 56)),
    "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "trans woman", "trans man"]), "gender"),
    "pronouns": Y(lambda f: f.pick(["sie/ihr", "er/ihm", "they/them", "zij/haar", "hij/hem"]), "gender"),
    "sexualOrientation": Y(
        lambda f: f.pick(["straight", "gay", "lesbian", "bisexual", "pansexual", "queer"]),
        "sexual orientation",
    ),
    "showMe": Y(lambda f: f.pick(["women", "men", "everyone"]), "sexual orientation"),
    "religion": Y(
        lambda f: f.pick(
            ["catholic", "protestant", "muslim", "jewish", "hindu", "buddhist", "atheist", "spiritual"]
        ),
        "religion",
    ),
    "ethnicity": Y(
        lambda f: f.pick(
            ["white", "black", "middle_eastern", "east_asian", "south_asian", "hispanic_latin", "mixed"]
        ),
        "ethnicity",
    ),
    "politics": Y(
        lambda f: f.pick(["liberal", "moderate", "conservative", "apolitical"]), "political opinion"
    ),
    "heightCm": G(lambda f: f.r.randint(152, 201)),
    "relationshipGoal": E(
        "long_term", "long_term_open_to_short", "short_term", "new_friends", "figuring_out"
    ),
    "hasKids": E(True, False),
    "education": E("bachelor", "master", "ausbildung", "mbo", "hbo", "phd"),
    "jobTitle": E(
        "Pflegefachfrau", "Software Engineer", "Verpleegkundige", "Lehrer", "Product Manager", "Barista"
    ),
    "employer": E("Charité", "Zalando", "Booking.com", "ÖBB", "Rabobank", "selbstständig"),
    "school": E(
        "TU München", "Universiteit van Amsterdam", "Universität Wien", "HU Berlin", "Hogeschool Utrecht"
    ),
    "languages": Many(E("de", "nl", "en", "tr", "ar", "pl"), 3),
    "petName": E("Bello", "Luna", "Mochi", "Frieda", "Kees"),
    "bio": G(lambda f: f.pick(BIOS)),
    "photoCount": G(lambda f: f.r.randint(1, 9)),
    "avatar": Y(photo_url, "photo"),
    "isVerified": E(True, False),
    "emailVerified": E(True, False),
    "phoneVerified": E(True, False),
    "premium": E(True, False),
    "plan": E("free", "plus", "gold", "platinum"),
    "createdAt": G(ts),
    "address": {
        "city": Y(city, "city"),
        "postalCode": Y(postcode, "zipcode"),
        "country": E("DE", "NL", "AT"),
        "state": E("Berlin", "Noord-Holland", "Wien", "Bayern", "Steiermark"),
    },
}

IDENTIFY_WEB = {
    "email": Y(email, "email"),
    "first_name": Y(first, "name"),
    "last_name": Y(last, "name"),
    "date_of_birth": Y(dob, "birthdate"),
    "gender": Y(lambda f: f.pick(["female", "male", "diverse"]), "gender"),
    "phone_number": Y(phone, "phone"),
    "city": Y(city, "city"),
    "income_bracket": Y(lambda f: f.pick(["<30k", "30-45k", "45-60k", "60-90k", ">90k"]), "salary"),
    "signup_source": E("web", "ios", "android"),
    "marketing_opt_in": E(True, False),
    "referral_code": G(lambda f: "FNK-" + f.hexid(5).upper()),
    "created_at": G(ts),
    "age_range": E("18-24", "25-34", "35-44", "45+"),
    "marital_status": E("single", "divorced", "widowed", "separated"),
}

IDENTIFY_PHP_DE = {
    "vorname": Y(first, "name"),
    "nachname": Y(last, "name"),
    "geschlecht": Y(lambda f: f.pick(["weiblich", "männlich", "divers"]), "gender|sex"),
    "geburtsdatum": Y(lambda f: dob(f, "de"), "birthdate"),
    "wohnort": Y(lambda f: f.pick(CITIES_DE + CITIES_AT), "city"),
    "plz": Y(lambda f: postcode(f, f.pick(["DE", "AT"])), "zipcode"),
    "strasse": Y(lambda f: f.pick(STREETS_DE + STREETS_AT), "street|address"),
    "hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', 'a', '/3', '/2/14'])}", "address|street"),
    "handynummer": Y(lambda f: phone(f, f.pick(["de", "at"])), "phone"),
    "email": Y(email, "email"),
    "familienstand": E("ledig", "geschieden", "verwitwet", "getrennt lebend"),
    "konfession": Y(
        lambda f: f.pick(["römisch-katholisch", "evangelisch", "muslimisch", "orthodox", "konfessionslos"]),
        "religion",
    ),
    "groesse_cm": G(lambda f: f.r.randint(150, 200)),
    "beruf": E("Erzieherin", "Elektriker", "Ärztin", "Steuerberater", "Studentin"),
    "kinderwunsch": E("ja", "nein", "vielleicht"),
    "sternzeichen": E("Fische", "Waage", "Steinbock", "Wassermann"),
    "mitglied_seit": G(
        lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.20{f.r.randint(15, 24)}"
    ),
    "profil_sichtbar": E(True, False),
    "bundesland": E("Bayern", "Nordrhein-Westfalen", "Wien", "Tirol", "Sachsen"),
    "land": E("Deutschland", "Österreich"),
    "letzte_ip": Y(any_ip, "ip"),
}

IDENTIFY_NODE_NL = {
    "voornaam": Y(first, "name"),
    "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter"]), "name"),
    "achternaam": Y(
        lambda f: f.pick(
            ["Jansen", "Bakker", "Visser", "Berg", "Meer", "El Idrissi", "Kaya", "Pinas", "Dijkstra"]
        ),
        "name",
    ),
    "geslacht": Y(lambda f: f.pick(["vrouw", "man", "non-binair"]), "gender|sex"),
    "geboortedatum": Y(lambda f: dob(f, "nl"), "birthdate"),
    "postcode": Y(lambda f: postcode(f, "NL"), "zipcode"),
    "woonplaats": Y(lambda f: f.pick([*CITIES_NL, "Zwolle", "Haarlem", "Tilburg"]), "city"),
    "telefoonnummer": Y(lambda f: phone(f, "nl"), "phone"),
    "emailadres": Y(email, "email"),
    "lengte": G(lambda f: f.r.randint(155, 205)),
    "geloof": Y(
        lambda f: f.pick(["rooms-katholiek", "protestants", "islam", "hindoeïsme", "geen"]), "religion"
    ),
    "zoekt": Y(lambda f: f.pick(["man", "vrouw", "beide"]), "sexual orientation"),
    "relatiedoel": E("serieuze relatie", "vriendschap", "nog niet zeker"),
    "opleidingsniveau": E("mbo", "hbo", "wo"),
    "provincie": E("Noord-Holland", "Zuid-Holland", "Utrecht", "Groningen"),
    "aangemeld_op": G(ts),
    "nieuwsbrief": E(True, False),
    "straatnaam": Y(lambda f: f.pick(STREETS_NL), "street|address"),
    "huisnummer": Y(lambda f: f"{f.r.randint(1, 300)}{f.pick(['', 'A', '-2', ' bis'])}", "address|street"),
}

IDENTIFY_WAREHOUSE = {
    "USER_ID": G(lambda f: "u_" + nd(f, 8)),
    "EMAIL_ADDRESS": Y(email, "email"),
    "FIRST_NAME": Y(first, "name"),
    "LAST_NAME": Y(last, "name"),
    "PHONE_E164": Y(
        lambda f: phone(f).replace(" ", "").replace("/", "").replace("-", "").replace("(0)", ""), "phone"
    ),
    "BIRTH_YEAR": Y(lambda f: f.r.randint(1968, 2006), "birthdate"),
    "GENDER": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
    "HOME_CITY": Y(city, "city"),
    "POSTAL_CODE": Y(postcode, "zipcode"),
    "COUNTRY_CODE": E("DE", "NL", "AT"),
    "SIGNUP_DATE": G(lambda f: f"20{f.r.randint(18, 24)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
    "LIFETIME_REVENUE_EUR": G(lambda f: f.money(0, 900)),
    "IS_PREMIUM": E(True, False),
    "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
    "MATCHES_30D": G(lambda f: f.r.randint(0, 120)),
    "LAST_SEEN_AT": G(ts),
    "PREFERRED_LANGUAGE": E("de", "nl", "en"),
    "AB_COHORT": E("control", "variant_b", "variant_c"),
    "LAST_IP": Y(any_ip, "ip"),
    "DEVICE_IDFA": Y(lambda f: f.uuid().upper(), "advertising id"),
    "STREET_ADDRESS": Y(street, "address|street"),
}


EVENTS = [
    # -- identity and profile ------------------------------------------------------------------------
    ("identify", None, MOBILE, IDENTIFY_MOBILE),
    ("identify", None, ["web"], IDENTIFY_WEB),
    ("identify", None, ["php"], IDENTIFY_PHP_DE),
    ("identify", None, ["node"], IDENTIFY_NODE_NL),
    ("identify", None, ["python"], IDENTIFY_WAREHOUSE),
    (
        "group",
        None,
        ["web", "rn"],
        {
            "name": E(
                "Wandern Wien",
                "Brettspielabend Kreuzberg",
                "Borrel & Bitterballen Utrecht",
                "Laufgruppe Alster",
            ),
            "category": E("outdoor", "games", "food_drinks", "sports"),
            "member_count": G(lambda f: f.r.randint(8, 900)),
            "is_private": E(True, False),
            "created_at": G(ts),
            "region": E("Wien", "Berlin", "Utrecht", "Hamburg"),
            "meeting_point": E(
                "Café Sperl, Gumpendorfer Str. 11, 1060 Wien",
                "Tempelhofer Feld, Eingang Columbiadamm",
                "Neude 11, 3512 AE Utrecht",
            ),
            "organizer": {
                "id": G(lambda f: "u_" + nd(f, 8)),
                "first_name": Y(first, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
    (
        "page",
        "Premium",
        ["web"],
        {
            "path": E("/premium", "/abonnement", "/premium/gold"),
            "url": E(
                "https://www.funkeln.de/premium",
                "https://klik.nl/abonnement",
                "https://www.herzblatt.at/premium/gold",
            ),
            "title": E("Funkeln Premium", "Klik Premium", "Herzblatt VIP"),
            "referrer": E("https://www.funkeln.de/entdecken", "", "https://klik.nl/"),
            "search": E("", "?plan=gold", "?ref=paywall"),
        },
    ),
    (
        "screen",
        "Discover",
        MOBILE,
        {
            "screen_class": E("DiscoverViewController", "DiscoverFragment", "DiscoverScreen"),
            "previous_screen": E("Matches", "Chat", "Profile", "Onboarding"),
            "tab": E("for_you", "nearby", "new"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "node"],
        {
            "method": E("email", "apple", "google", "phone"),
            "email": Y(email, "email"),
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
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "referral_code": G(lambda f: "FNK-" + f.hexid(5).upper()),
            "marketing_consent": E(True, False),
            "terms_version": E("2024-03", "2023-11"),
            "age_confirmed": E(True),
            "password_strength": E("weak", "medium", "strong"),
            "signup_country": E("DE", "NL", "AT"),
        },
    ),
    (
        "track",
        "Onboarding Input Submitted",
        MOBILE,
        {
            "step": E("phone_number"),
            "input": Y(phone, "phone", True),
            "country_code": E("DE", "NL", "AT", "CH"),
            "is_valid": E(True, False),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "duration_ms": G(lambda f: f.r.randint(900, 30000)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": E("sms", "whatsapp", "voice"),
            "phone_number": Y(phone, "phone"),
            "code": RED(otp, "token|secret"),
            "provider": E("messagebird", "twilio", "vonage"),
            "expires_in_sec": E(300, 600),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "retry": E(True, False),
        },
    ),
    (
        "track",
        "Phone Verified",
        MOBILE,
        {
            "success": E(True, False),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "otp_autofill": E(True, False),
            "carrier_lookup": {"type": E("mobile", "voip"), "country": E("DE", "NL", "AT")},
        },
    ),
    (
        "track",
        "Profile Photo Uploaded",
        MOBILE,
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(photo_url, "photo"),
            "position": G(lambda f: f.r.randint(1, 9)),
            "source": E("camera", "gallery", "instagram_import"),
            "face_detected": E(True, False),
            "nsfw_score": G(lambda f: round(f.r.random() * 0.2, 4)),
            "sha256": G(sha256),
            "is_primary": E(True, False),
        },
    ),
    (
        "track",
        "Photo Verification Submitted",
        MOBILE,
        {
            "verification_id": G(lambda f: f.uuid()),
            "pose_id": E("thumbs_up_left", "peace_right", "hand_on_chin"),
            "selfie_url": Y(lambda f: f"https://verify.funkeln.de/selfies/{f.uuid()}.jpg", "photo"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
    ),
    (
        "track",
        "Photo Verification Completed",
        ["python"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "status": E("approved", "rejected", "needs_review"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "reviewer": {
                "id": G(lambda f: "mod_" + nd(f, 4)),
                "name": Y(full, "name"),
                "email": Y(staff_email, "email"),
            },
            "decision_reason": E("pose_mismatch", "face_match", "blurry", "ok"),
            "review_duration_sec": G(lambda f: f.r.randint(4, 240)),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["dotnet"],
        {
            "VerificationId": G(lambda f: "IDN-" + f.hexid(10).upper()),
            "Provider": E("IDnow", "Veriff"),
            "Status": E("SUCCESS", "FRAUD_SUSPICION_CONFIRMED", "REVIEW_PENDING"),
            "DocumentType": E("IDCARD", "PASSPORT"),
            "DocumentNumber": RED(id_doc, "national id|passport"),
            "IssuingCountry": E("DE", "AT", "NL"),
            "ExpiryDate": G(
                lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "DateOfBirth": Y(dob, "birthdate"),
            "Nationality": Y(
                lambda f: f.pick(["DEU", "AUT", "NLD", "TUR", "POL", "SYR", "HRV"]), "citizenship"
            ),
            "PlaceOfBirth": Y(
                lambda f: f.pick(["Wien", "Graz", "Istanbul", "Zagreb", "Krakau", "Damaskus", "Köln"]), "city"
            ),
            "Address": {
                "Street": Y(lambda f: f.pick(STREETS_AT + STREETS_DE), "street|address"),
                "StreetNumber": Y(
                    lambda f: f"{f.r.randint(1, 140)}{f.pick(['', '/4', '/2/7', 'a'])}", "address|street"
                ),
                "ZipCode": Y(lambda f: postcode(f, "AT"), "zipcode"),
                "City": Y(lambda f: f.pick(CITIES_AT), "city"),
                "Country": E("AT", "DE"),
            },
            "LivenessPassed": E(True, False),
            "FaceMatchScore": G(lambda f: f.r.randint(40, 100)),
            "ReviewedBy": Y(full, "name"),
            "CompletedAt": G(ts),
            "AgeVerified": E(True, False),
        },
    ),
    (
        "track",
        "Profile Updated",
        MOBILE,
        {
            "fields_changed": Many(E("bio", "job_title", "photos", "prompts", "height", "religion"), 3),
            "bio_length": G(lambda f: f.r.randint(0, 500)),
            "prompts_answered": G(lambda f: f.r.randint(0, 3)),
            "religion_visible": E(True, False),
            "show_orientation": E(True, False),
            "height_cm": G(lambda f: f.r.randint(152, 201)),
            "completeness_pct": G(lambda f: f.r.randint(20, 100)),
        },
    ),
    (
        "track",
        "Prompt Answered",
        MOBILE,
        {
            "prompt_id": E("sunday", "green_flag", "two_truths", "travel"),
            "prompt_text": E(
                "Mein perfekter Sonntag", "Green flag", "Two truths and a lie", "Ooit wil ik naar…"
            ),
            "answer": G(lambda f: f.pick(PROMPT_ANSWERS)),
            "answer_length": G(lambda f: f.r.randint(10, 150)),
        },
    ),
    (
        "track",
        "Bio Rejected",
        ["python"],
        {
            "profile_id": G(lambda f: "u_" + nd(f, 8)),
            "rule": E("contact_info_in_bio"),
            "bio_text": Y(flagged_bio, "email", True),
            "language": E("de", "nl", "en"),
            "auto": E(True, False),
        },
    ),
    # -- discovery, swipes, matches, messages ----------------------------------------------------------
    (
        "track",
        "Profile Swiped",
        MOBILE,
        {
            "direction": E("left", "right", "up"),
            "target_user_id": G(lambda f: "u_" + nd(f, 8)),
            "stack_position": G(lambda f: f.r.randint(0, 60)),
            "is_super_like": E(True, False),
            "time_on_card_ms": G(lambda f: f.r.randint(300, 25000)),
            "target_age": G(lambda f: f.r.randint(18, 60)),
            "target_distance_km": G(lambda f: f.r.randint(1, 80)),
            "target_gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "target_verified": E(True, False),
            "discovery_mode": E("local", "passport", "global"),
        },
    ),
    (
        "track",
        "Match Created",
        ["node"],
        {
            "match_id": G(lambda f: f.uuid()),
            "user_ids": Many(G(lambda f: "u_" + nd(f, 8)), 2),
            "matched_user": {
                "id": G(lambda f: "u_" + nd(f, 8)),
                "first_name": Y(first, "name"),
                "age": G(lambda f: f.r.randint(18, 60)),
                "city": Y(city, "city"),
                "photo_url": Y(photo_url, "photo"),
                "verified": E(True, False),
            },
            "source": E("swipe", "likes_you", "standouts", "event"),
            "super_like": E(True, False),
            "seconds_since_like": G(lambda f: f.r.randint(2, 900000)),
        },
    ),
    (
        "track",
        "Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "match_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "message_type": E("text", "gif", "voice", "photo"),
            "char_count": G(lambda f: f.r.randint(1, 600)),
            "contains_link": E(True, False),
            "contains_phone_number": E(True, False),
            "is_first_message": E(True, False),
        },
    ),
    (
        "track",
        "Content Flagged",
        ["python"],
        {
            "content_id": G(lambda f: f.hexid(24)),
            "content_type": E("message"),
            "classifier": E("contact_info_v3"),
            "score": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
            "excerpt": Y(excerpt, "phone", True),
            "action": E("blurred", "warned", "none"),
            "sender_id": G(lambda f: "u_" + nd(f, 8)),
            "recipient_id": G(lambda f: "u_" + nd(f, 8)),
        },
    ),
    (
        "track",
        "Icebreaker Sent",
        ["flutter"],
        {
            "icebreaker_id": G(lambda f: "ib_" + nd(f, 3)),
            "text": G(lambda f: f.pick(ICEBREAKERS)),
            "category": E("fun", "deep", "travel"),
            "match_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Button Clicked",
        ["web", "flutter"],
        {
            "label": E("Jetzt upgraden", "Profiel bewerken", "Mehr Likes sehen", "Boost starten"),
            "location": E("paywall", "header", "likes_tab"),
            "variant": E("a", "b"),
        },
    ),
    # -- location --------------------------------------------------------------------------------------
    (
        "track",
        "Location Updated",
        ["rn", "kotlin"],
        {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "geohash": Y(lambda f: gh(f, 8), "geolocation"),
            "source": E("gps", "network", "fused"),
            "permission": E("whenInUse", "always", "approximate"),
            "background": E(True, False),
            "locality": Y(city, "city"),
            "country_code": E("DE", "NL", "AT"),
        },
    ),
    (
        "track",
        "Discovery Settings Updated",
        MOBILE,
        {
            "max_distance_km": G(lambda f: f.r.randint(2, 160)),
            "age_min": G(lambda f: f.r.randint(18, 30)),
            "age_max": G(lambda f: f.r.randint(30, 65)),
            "show_me": Y(lambda f: f.pick(["women", "men", "everyone"]), "sexual orientation"),
            "global_mode": E(True, False),
            "verified_only": E(True, False),
            "hide_age": E(True, False),
            "hide_distance": E(True, False),
        },
    ),
    (
        "track",
        "Passport Location Set",
        ["swift"],
        {
            "query": E("Barcelona", "Lissabon", "Kopenhagen", "Mallorca", "Prag"),
            "location": {
                "city": E("Barcelona", "Lisboa", "København", "Palma", "Praha"),
                "country": E("ES", "PT", "DK", "CZ"),
                "lat": G(lambda f: f.pick([41.3874, 38.7223, 55.6761, 39.5696, 50.0755])),
                "lon": G(lambda f: f.pick([2.1686, -9.1393, 12.5683, 2.6502, 14.4378])),
            },
            "previous_mode": E("local", "passport"),
        },
    ),
    (
        "track",
        "Nearby Profiles Loaded",
        ["go"],
        {
            "request_id": G(lambda f: f.hexid(32)),
            "results": G(lambda f: f.r.randint(0, 200)),
            "radius_km": G(lambda f: f.r.randint(2, 160)),
            "center_geohash": Y(lambda f: gh(f, 7), "geolocation"),
            "origin": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "latency_ms": G(lambda f: f.r.randint(8, 900)),
            "ranking_model": E("elo_v7", "two_tower_2024_05"),
            "shard": G(lambda f: f.r.randint(0, 63)),
        },
    ),
    (
        "track",
        "Friend Search Performed",
        ["rn"],
        {
            "q": Y(lambda f: f.pick([full(f), full(f), first(f) + " " + last(f)[0] + "."]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "search_id": G(lambda f: f.uuid()),
            "tab": E("people", "friends_of_friends"),
        },
    ),
    # -- safety --------------------------------------------------------------------------------------
    (
        "track",
        "Date Check-In Scheduled",
        ["swift", "kotlin"],
        {
            "checkin_id": G(lambda f: f.uuid()),
            "scheduled_for": G(ts),
            "venue": {
                "name": G(lambda f: f.pick(VENUES)[0]),
                "address": G(lambda f: f.pick(VENUES)[1]),
                "phone": G(lambda f: f.pick(VENUES)[2]),
                "lat": G(lambda f: f.pick(VENUES)[3]),
                "lon": G(lambda f: f.pick(VENUES)[4]),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            },
            "trusted_contact": {
                "label": Y(full, "name", True),
                "value": Y(phone, "phone", True),
                "relation": E("friend", "sibling", "parent", "roommate"),
            },
            "note": Y(checkin_note, "name", True),
            "share_location": E(True, False),
        },
    ),
    (
        "track",
        "Contacts Blocked",
        ["kotlin"],
        {
            "contacts_count": G(lambda f: f.r.randint(1, 400)),
            "source": E("address_book"),
            "contacts": Many(
                {
                    "givenName": Y(first, "name"),
                    "familyName": Y(last, "name"),
                    "phoneNumbers": Many(
                        {"label": E("mobile", "home", "work"), "number": Y(phone, "phone")}, 2
                    ),
                    "emailAddresses": Many(
                        {"label": E("home", "work", "other"), "email": Y(email, "email")}, 2
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "User Reported",
        MOBILE,
        {
            "report_id": G(lambda f: f.uuid()),
            "reported_user_id": G(lambda f: "u_" + nd(f, 8)),
            "reported_user_display_name": Y(first, "name"),
            "reason": E("fake_profile", "harassment", "scam", "underage", "inappropriate_photos"),
            "details": G(lambda f: f.pick(DETAILS)),
            "evidence_message_ids": Many(G(lambda f: f.hexid(24)), 3),
            "blocked_too": E(True, False),
            "source": E("chat", "profile", "match_list"),
        },
    ),
    (
        "track",
        "Melding Gedaan",
        ["node"],
        {
            "melding_id": G(lambda f: "MLD-" + nd(f, 7)),
            "gemelde_gebruiker_id": G(lambda f: "u_" + nd(f, 8)),
            "gemelde_naam": Y(lambda f: f.pick([first(f), full(f)]), "name"),
            "reden": E("nepprofiel", "intimidatie", "oplichting", "minderjarig"),
            "toelichting": G(lambda f: f.pick(DETAILS)),
            "melder_ip": Y(any_ip, "ip"),
            "ernst": E("laag", "middel", "hoog"),
        },
    ),
    (
        "track",
        "User Blocked",
        ["flutter", "rn"],
        {
            "blocked_user_id": G(lambda f: "u_" + nd(f, 8)),
            "source": E("chat", "profile"),
            "also_reported": E(True, False),
            "block_count": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Report Resolved",
        ["python"],
        {
            "report_id": G(lambda f: f.uuid()),
            "action": E("ban", "warning", "no_action", "shadow_ban"),
            "moderator": {
                "id": G(lambda f: "mod_" + nd(f, 4)),
                "name": Y(full, "name"),
                "email": Y(staff_email, "email"),
            },
            "resolution_note": E(
                "Verstoß gegen Richtlinie 4.2", "Geen overtreding gevonden", "Scam pattern confirmed"
            ),
            "ban_duration_days": E(0, 7, 30, 3650),
            "appeal_allowed": E(True, False),
            "reported_user_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Sexual Health Info Updated",
        ["rn"],
        {
            "hiv_status": Y(
                lambda f: f.pick(["negative", "negative_on_prep", "positive_undetectable", "positive"]),
                "condition",
            ),
            "on_prep": Y(lambda f: f.pick([True, False]), "medication"),
            "last_tested_date": Y(lambda f: f"2024-{f.r.randint(1, 12):02d}-01", "condition|procedure"),
            "show_on_profile": E(True, False),
            "reminder_enabled": E(True, False),
            "reminder_interval_months": E(3, 6),
        },
    ),
    # -- notifications, invites, settings ---------------------------------------------------------------
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "flutter"],
        {
            "campaign_id": G(lambda f: "cmp_" + nd(f, 5)),
            "message_type": E("new_message", "new_match", "like"),
            "title": E("Funkeln", "Klik", "Herzblatt"),
            "body": Y(push_body, "name", True),
            "deeplink": E("funkeln://chat", "funkeln://matches", "herzblatt://likes"),
        },
    ),
    (
        "track",
        "Invite Sent",
        MOBILE,
        {
            "channel": E("sms", "whatsapp"),
            "invitee": {"name": Y(full, "name"), "phone": Y(phone, "phone")},
            "referral_code": G(lambda f: "FNK-" + f.hexid(5).upper()),
            "reward": E("1_week_plus", "5_boosts"),
        },
    ),
    (
        "track",
        "Settings Changed",
        ["flutter"],
        {
            "setting": E("dark_mode", "read_receipts", "distance_unit", "incognito"),
            "new_value": E(True, False, "km", "mi"),
            "old_value": E(True, False, "km", "mi"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": E("newsletter_footer"),
            "field": {"name": E("email"), "type": E("email"), "value": Y(email, "email", True)},
            "duration_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "Consent Updated",
        ["web"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "tcf_string": G(
                lambda f: (
                    "CP"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(60)
                    )
                    + ".YAAAAAAAAAAA"
                )
            ),
            "analytics": E(True, False),
            "marketing": E(True, False),
            "cmp": E("Usercentrics", "OneTrust"),
            "version": E("3.2", "3.3"),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": E(True, False),
            "version": E("4.19.2", "4.20.1"),
            "build": E("41902", "42011"),
            "url": E("funkeln://likes", "", "klik://chat"),
        },
    ),
    (
        "track",
        "Logged In",
        ["web", "node"],
        {
            "method": E("password", "magic_link", "apple", "google"),
            "remember_me": E(True, False),
            "email_domain": E("gmail.com", "gmx.de", "web.de", "ziggo.nl", "outlook.com"),
            "email": Y(email, "email"),
            "ip_address": Y(any_ip, "ip"),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(ts),
            "requested_from_ip": Y(any_ip, "ip"),
        },
    ),
    # -- mail and support ------------------------------------------------------------------------------
    (
        "track",
        "Email Bounced",
        ["ruby"],
        {
            "event": E("failed"),
            "recipient": Y(email, "email", True),
            "recipient-domain": E("gmx.de", "ziggo.nl", "web.de", "hotmail.nl", "gmx.at"),
            "severity": E("permanent", "temporary"),
            "reason": E("bounce", "suppress-bounce", "generic"),
            "delivery-status": {
                "code": E(550, 552, 421),
                "message": E("5.1.1 User unknown", "Mailbox full", "Try again later"),
                "attempt-no": G(lambda f: f.r.randint(1, 5)),
            },
            "message": {
                "headers": {
                    "to": Y(email, "email", True),
                    "from": E("Funkeln <no-reply@funkeln.de>", "Klik <hallo@klik.nl>"),
                    "subject": E("Du hast 3 neue Likes", "Je verificatiecode", "Dein Premium läuft bald ab"),
                    "message-id": G(lambda f: f"{f.hexid(20)}@mg.funkeln.de"),
                }
            },
            "envelope": {
                "targets": Y(email, "email", True),
                "sender": E("bounce@mg.funkeln.de", "bounce@mg.klik.nl"),
                "transport": E("smtp"),
            },
            "log-level": E("error", "warn"),
            "tags": Many(E("transactional", "likes_digest", "winback"), 2),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": E("Login-Problem", "Dubbele afschrijving", "Foto-Upload", "Kündigung"),
                "description": G(lambda f: f.pick(TICKET_TEXT)),
                "priority": E("low", "normal", "high"),
            },
            "requester": {"name": Y(full, "name"), "email": Y(email, "email"), "phone": Y(phone, "phone")},
            "assignee": {"id": G(lambda f: f.r.randint(1000, 9999)), "name": Y(full, "name")},
            "via": {"channel": E("email", "web", "mobile_sdk")},
            "brand": E("Funkeln", "Klik", "Herzblatt"),
            "support_address": E("hilfe@funkeln.de", "support@klik.nl", "service@herzblatt.at"),
            "tags": Many(E("billing", "login", "photos", "de", "nl"), 3),
        },
    ),
    # -- premium ----------------------------------------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        ["web", "swift", "kotlin"],
        {
            "list_id": E("paywall_default", "paywall_likes"),
            "category": E("subscription"),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "flutter", "rn"],
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": E("EUR"),
            "value": G(lambda f: f.pick([9.99, 29.99, 59.99])),
            "plan_duration_months": E(1, 3, 6, 12),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.pick([9.99, 29.99, 59.99, 119.88])),
            "revenue": G(lambda f: f.pick([8.39, 25.20, 50.41])),
            "tax": G(lambda f: f.pick([1.60, 4.79, 9.58])),
            "discount": G(lambda f: f.pick([0, 5.0, 15.0])),
            "coupon": E("", "VALENTIN24", "WELKOM20"),
            "currency": E("EUR"),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": E("card", "paypal", "ideal", "sepa_debit", "klarna"),
            "card_brand": E("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: nd(f, 4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + nd(f, 5)),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "save_card": E(True, False),
        },
    ),
    (
        "track",
        "Card Added",
        ["web"],
        {
            "card_number": RED(card, "credit card"),
            "card_brand": E("visa", "mastercard", "amex"),
            "card_token": RED(
                lambda f: (
                    "tok_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "three_ds": E(True, False),
        },
    ),
    (
        "track",
        "Order Completed",
        ["java"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "invoice_number": G(lambda f: f"RE-2024-{nd(f, 6)}"),
            "total": G(lambda f: f.pick([9.99, 29.99, 59.99, 119.88])),
            "revenue": G(lambda f: f.pick([8.39, 25.20, 50.41, 100.74])),
            "tax": G(lambda f: f.pick([1.60, 4.79, 9.58, 19.14])),
            "currency": E("EUR"),
            "products": Many(product(), 2),
            "billing_address": {
                "name": Y(full, "name"),
                "street": Y(street, "address|street"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
                "country": E("DE", "NL", "AT"),
            },
            "email": Y(email, "email"),
            "payment_method": E("card", "paypal", "sepa_debit"),
            "psp": E("adyen"),
            "payment_token": RED(lambda f: nd(f, 16), "token"),
            "shopper_reference": G(lambda f: "u_" + nd(f, 8)),
            "shopper_ip": Y(any_ip, "ip"),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["java"],
        {
            "mandate_reference": G(lambda f: f"FNK-MDT-{nd(f, 9)}"),
            "iban": RED(iban, "bank account"),
            "bic": G(bic),
            "account_holder": Y(full, "name"),
            "signed_at": G(ts),
            "creditor_id": E("DE98ZZZ09999999999", "AT61ZZZ00000004123"),
            "bank_name": E("Commerzbank", "ING", "Rabobank", "Erste Bank", "Sparkasse Berlin"),
        },
    ),
    (
        "track",
        "Purchase Verified",
        ["java"],
        {
            "store": E("play_store"),
            "purchase_token": RED(
                lambda f: (
                    "".join(f.pick("abcdefghijklmnopqrstuvwxyz") for _ in range(24))
                    + ".AO-J1O"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(100)
                    )
                ),
                "token",
            ),
            "order_id": G(lambda f: f"GPA.{nd(f, 4)}-{nd(f, 4)}-{nd(f, 4)}-{nd(f, 5)}"),
            "product_id": E("funkeln_plus_1m", "funkeln_gold_6m"),
            "purchase_state": E(0, 1),
            "acknowledged": E(True, False),
            "auto_renewing": E(True, False),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        ["node"],
        {
            "event": {
                "type": E("RENEWAL", "INITIAL_PURCHASE", "CANCELLATION"),
                "id": G(lambda f: f.uuid().upper()),
                "app_user_id": G(lambda f: "u_" + nd(f, 8)),
                "original_app_user_id": G(lambda f: "$RCAnonymousID:" + f.hexid(32)),
                "product_id": E("klik_premium_1m", "klik_premium_3m"),
                "purchased_at_ms": G(lambda f: f.epoch_ms()),
                "expiration_at_ms": G(lambda f: f.epoch_ms()),
                "environment": E("PRODUCTION", "SANDBOX"),
                "store": E("APP_STORE", "PLAY_STORE"),
                "country_code": E("NL", "BE", "DE"),
                "currency": E("EUR"),
                "price": G(lambda f: f.pick([11.99, 29.99])),
                "transaction_id": G(lambda f: nd(f, 15)),
                "entitlement_ids": Many(E("premium", "boosts"), 2),
                "subscriber_attributes": {
                    "$email": {"value": Y(email, "email"), "updated_at_ms": G(lambda f: f.epoch_ms())},
                    "$displayName": {"value": Y(first, "name"), "updated_at_ms": G(lambda f: f.epoch_ms())},
                    "$phoneNumber": {
                        "value": Y(lambda f: phone(f, "nl"), "phone"),
                        "updated_at_ms": G(lambda f: f.epoch_ms()),
                    },
                    "$idfa": {
                        "value": Y(lambda f: f.uuid().upper(), "advertising id"),
                        "updated_at_ms": G(lambda f: f.epoch_ms()),
                    },
                    "$mediaSource": {
                        "value": E("Facebook Ads", "TikTok", "Organic"),
                        "updated_at_ms": G(lambda f: f.epoch_ms()),
                    },
                },
            },
            "api_version": E("1.0"),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        MOBILE,
        {
            "plan": E("plus", "gold", "premium_3m"),
            "reason": E("too_expensive", "found_someone", "taking_a_break", "not_enough_matches"),
            "feedback": G(lambda f: f.pick(CANCEL_FEEDBACK)),
            "days_active": G(lambda f: f.r.randint(1, 400)),
            "will_expire_at": G(ts),
        },
    ),
    (
        "track",
        "Conversion Sent To Facebook",
        ["node"],
        {
            "event_name": E("Purchase", "CompleteRegistration", "Subscribe"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": E("app", "website"),
            "user_data": {
                "em": Y(lambda f: sha_of(email(f)), "email"),
                "ph": Y(lambda f: sha_of(phone(f).replace(" ", "")), "phone"),
                "ct": Y(lambda f: sha_of(city(f)), "city"),
                "zp": Y(lambda f: sha_of(postcode(f)), "zipcode"),
                "country": G(lambda f: sha_of(f.pick(["de", "nl", "at"]))),
                "external_id": G(lambda f: sha_of("u_" + nd(f, 8))),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(any_ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "currency": E("EUR"),
                "value": G(lambda f: f.pick([9.99, 29.99, 59.99])),
                "content_ids": Many(E("FNK-PLUS-1M", "FNK-GOLD-6M"), 2),
            },
        },
    ),
    (
        "track",
        "Event RSVP",
        ["rn", "web"],
        {
            "event_id": G(lambda f: "ev_" + nd(f, 6)),
            "event_name": E(
                "Speed Dating 25-35", "Singles Kookworkshop", "Pubquiz voor singles", "Afterwork Drinks"
            ),
            "venue_name": E("Hopper Koffie", "Bar Gloria", "Café Sperl"),
            "venue_city": E("Utrecht", "Hamburg", "Wien"),
            "ticket_price": G(lambda f: f.pick([0, 12.5, 19.0, 25.0])),
            "guests": Many({"first_name": Y(first, "name"), "is_member": E(True, False)}, 2),
            "attendee_count": G(lambda f: f.r.randint(4, 60)),
        },
    ),
    # -- more of the everyday traffic ---------------------------------------------------------------------
    (
        "track",
        "API Request",
        ["node"],
        {
            "route": E("/v2/discover", "/v2/matches", "/v2/messages", "/v2/profile"),
            "duration_ms": G(lambda f: f.r.randint(3, 1800)),
            "headers": {
                "x-forwarded-for": Y(
                    lambda f: f"{ip4(f)}, 10.0.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}", "ip"
                ),
                "cf-connecting-ip": Y(any_ip, "ip"),
                "cf-ipcountry": E("DE", "NL", "AT", "CH"),
                "user-agent": E(
                    "Funkeln/4.20.1 (iPhone; iOS 17.4.1; Scale/3.00)",
                    "okhttp/4.12.0",
                    "Klik/2.7.3 CFNetwork/1494.0.7 Darwin/23.4.0",
                ),
                "accept-language": E("de-DE,de;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9", "de-AT"),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["node"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{nd(f, 19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "ip": Y(any_ip, "ip"),
            "customer_user_id": G(lambda f: "u_" + nd(f, 8)),
            "media_source": E("Facebook Ads", "tiktokglobal_int", "googleadwords_int", "organic"),
            "campaign": E("DE_iOS_Install_Q2", "NL_AND_Valentijn", "AT_Brand"),
            "city": Y(lambda f: f.pick(list(CITY_COORDS)), "city"),
            "postal_code": Y(postcode, "zipcode"),
            "country_code": E("DE", "NL", "AT"),
        },
    ),
    (
        "track",
        "ID Check Decision Received",
        ["node"],
        {
            "status": E("success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": E(9001, 9102, 9103),
                "status": E("approved", "declined", "resubmission_requested"),
                "reasonCode": E(None, 102, 201),
                "decisionTime": G(ts),
                "acceptanceTime": G(ts),
                "person": {
                    "firstName": Y(lambda f: first(f).upper(), "name"),
                    "lastName": Y(lambda f: last(f).upper(), "name"),
                    "idNumber": RED(lambda f: f.pick([bsn(f), pesel(f)]), "national id"),
                    "dateOfBirth": Y(dob, "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                    "nationality": Y(lambda f: f.pick(["NL", "PL", "DE", "MA", "TR"]), "citizenship"),
                    "placeOfBirth": Y(
                        lambda f: f.pick(["AMSTERDAM", "KRAKÓW", "ROTTERDAM", "NADOR", "ANKARA"]), "city"
                    ),
                },
                "document": {
                    "number": RED(lambda f: f.pick([nl_passport(f), ausweis(f)]), "passport|national id"),
                    "type": E("PASSPORT", "ID_CARD", "RESIDENCE_PERMIT"),
                    "country": E("NL", "DE", "PL"),
                    "validFrom": G(
                        lambda f: f"20{f.r.randint(15, 23)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                    ),
                    "validUntil": G(
                        lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                    ),
                },
                "riskLabels": Many(
                    {
                        "label": E("document_integration_risk", "face_in_blocklist", "device_fraud_risk"),
                        "category": E("document", "person", "device"),
                    },
                    2,
                ),
            },
            "technicalData": {"ip": Y(any_ip, "ip")},
        },
    ),
    (
        "track",
        "Email Changed",
        ["ruby"],
        {
            "old_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "confirmation_token": RED(lambda f: f.hexid(32), "token"),
            "changed_via": E("settings", "support"),
            "confirmed": E(True, False),
        },
    ),
    (
        "track",
        "Phone Number Changed",
        MOBILE,
        {
            "old_phone_number": Y(phone, "phone"),
            "new_phone_number": Y(phone, "phone"),
            "verified": E(True, False),
        },
    ),
    (
        "track",
        "Phone Number Shared",
        ["swift", "rn"],
        {
            "match_id": G(lambda f: f.uuid()),
            "shared_phone": Y(phone, "phone"),
            "via": E("chat_card", "profile_button"),
        },
    ),
    (
        "track",
        "Gift Sent",
        ["web", "swift"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "product_id": E("funkeln_plus_1m", "funkeln_gold_6m"),
            "recipient": {"name": Y(full, "name"), "email": Y(email, "email")},
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Alles Liebe, {first(f)}",
                        f"Veel succes! Groetjes, {first(f)}",
                        f"Viel Glück beim Daten 😘 {first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "send_at": G(ts),
        },
    ),
    (
        "track",
        "Safety Alarm Triggered",
        ["swift", "kotlin"],
        {
            "alarm_id": G(lambda f: f.hexid(24)),
            "coordinates": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy": G(lambda f: f.r.randint(3, 40)),
            },
            "reverse_geocoded_address": Y(
                lambda f: f"{street(f, 'DE')}, {postcode(f, 'DE')} {f.pick(CITIES_DE)}", "address"
            ),
            "user": {"name": Y(full, "name"), "phone": Y(phone, "phone"), "pin_set": E(True, False)},
            "services": {"police": E(True), "fire": E(False), "medical": E(True, False)},
            "status": E("ACTIVE", "CANCELED"),
        },
    ),
    (
        "track",
        "Zahlung Fehlgeschlagen",
        ["php"],
        {
            "rechnungsnummer": G(lambda f: f"RE-{nd(f, 8)}"),
            "betrag": G(lambda f: f.pick([9.99, 29.99, 59.99])),
            "waehrung": E("EUR"),
            "fehlercode": E("AC04", "AM04", "MD01", "MS03"),
            "kontoinhaber": Y(full, "name"),
            "konto_iban": RED(lambda f: iban(f, f.pick(["DE", "AT"])), "bank account"),
            "e_mail": Y(email, "email"),
            "mahnstufe": E(0, 1, 2),
        },
    ),
    (
        "track",
        "Ambassador Payout Created",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "PO-" + nd(f, 7)),
            "Period": E("2024-03", "2024-04", "2024-05"),
            "AmbassadorName": Y(full, "name"),
            "AmbassadorEmail": Y(email, "email"),
            "PayoutIban": RED(iban, "bank account"),
            "TaxId": RED(steuer_id, "national id"),
            "PayoutAmount": Y(lambda f: f.money(50, 2400), "salary"),
            "Currency": E("EUR"),
            "Referrals": G(lambda f: f.r.randint(3, 400)),
        },
    ),
    (
        "track",
        "Profile Viewed",
        ["swift", "kotlin"],
        {
            "viewer": {
                "id": G(lambda f: "u_" + nd(f, 8)),
                "first_name": Y(first, "name"),
                "age": G(lambda f: f.r.randint(18, 60)),
                "city": Y(city, "city"),
                "photo_url": Y(photo_url, "photo"),
            },
            "premium_feature": E("who_viewed_me"),
            "views_today": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "We Met Feedback Submitted",
        ["rn", "flutter"],
        {
            "match_id": G(lambda f: f.uuid()),
            "met_user_first_name": Y(first, "name"),
            "did_meet": E(True, False),
            "would_meet_again": E("yes", "no", "maybe"),
            "rating": G(lambda f: f.r.randint(1, 5)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            user_id = "u_" + nd(f, 8)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "grp_" + nd(f, 6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            msg["integrations"] = {"All": True}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=70, repeats=24)
    write(Path(__file__).parent, "holdout70_", events, labels)
