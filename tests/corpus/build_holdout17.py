"""Writes the seventeenth holdout: tests/corpus/holdout17_events.jsonl and holdout17_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Only the corpus helpers
(build.py, fake.py), build_holdout3.py (for the format) and the reference's matcher table were
read.

Domain: social and dating, three fictional Segment customers.
- Kindred, a dating app (US, Poland, Turkey): profile creation with photos, orientation, religion
  and ethnicity (own and preferred), matches, messages, message filters, reports, safety
  check-ins with location and an emergency contact, date plans shared with a friend, push
  notifications naming the match, magic-link logins, verification selfies and ID documents,
  background checks, subscriptions (App Store, web checkout, iyzico), a Polish-keyed Java backend,
  a Turkish-keyed backend, a .NET service with PascalCase keys, a Snowflake reverse-ETL sync with
  SCREAMING_SNAKE traits.
- Hearth, a neighbourhood community and events platform: addresses and address verification,
  posts, comments, event creation, RSVPs with plus-ones and allergies, group admin, invitations by
  e-mail and SMS (a Twilio-shaped status callback), contact sync, neighbour directory search,
  marketplace listings and offers between neighbours, household members, lost pets, meal trains,
  a kids' club registration, a kebab-case embedded form, a form tracker that captured a password.
- Quill, a creator newsletter platform: creators and subscribers, publications as groups, paid
  tiers and gifts, payouts (Stripe-shaped payout objects, US and IBAN payout methods with tax ids),
  subscriber list imports (sample rows, rejected addresses), e-mail webhooks, readers' replies,
  unsubscribe links, comments, API keys and webhook secrets, a warehouse sync.
Clients: analytics.js (with consent and campaign), analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter, and the python, node, go, java, ruby, php and C#
server libraries; identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths in other
conventions (PascalCase from .NET and a Twilio payload, kebab-case from an embedded form,
SCREAMING_SNAKE from warehouse syncs, Polish and Turkish keys). Values come from many cultures
(Polish, Turkish, US, Indian, Nigerian, Mexican, East Asian, Arabic, British and Irish names; the
national phone formats of each; Polish, Turkish, US and UK addresses and postal codes). Checksums
are valid where real ids carry them: PESEL and T.C. Kimlik numbers, mod-97 IBANs (PL, TR, DE, GB,
FR, NL, ES), Luhn card numbers, SSNs with the SSA's structure.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the user, a match, a recipient, an invitee, a
  contact, a dependant, a guest, a staff member): names, contact details, the person's own address,
  postcode, city or precise location, birth dates, government ids, bank accounts and full card
  numbers, special categories, credentials and secrets, IP addresses, advertising ids, photos of
  people. Colour: the reference's default for its matcher; outside the reference red for
  credentials, secrets, card numbers, bank accounts, government ids and health, yellow otherwise
  (geolocation, advertising id).
- A boolean or enum that itself reveals a special category (religion, ethnicity, sexual
  orientation, health, disability) is red with that category's type, even where the reference's
  matcher of that name is yellow (`religion`, `orientation`, `ethnicity[]`, `allergies[]`,
  `needs_wheelchair_access`, a meal train's `occasion`). Free text carrying a health condition
  (a kids' club `medical_notes`) keeps the reference's colour for its matcher (yellow), as the
  rules say.
- Dating preferences are treated as revealing the user's own special categories: the genders a
  user wants to be shown (`interestedIn`, `showMe`) are red `sexual orientation`; wanted religions
  and ethnicities of matches are red `religion` / `ethnicity`. A careful owner of a dating app
  flags them: with the profile they reveal the user's orientation and beliefs.
- Green: ids we or vendors issue (user, match, order, payout, Stripe `cus_`/`po_`/`ba_` ids, place
  ids, UUIDs, numeric ids, SKUs, invoice numbers), versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans even under PII-sounding keys (`phoneVerified`,
  `contains_phone_number`, `photoCount`, `religionVisible`), names of things (plans, products,
  listings, publications, groups, venues, pets, employers, schools), places that are not the
  person's (an event venue in a public place, a searched or travel city, a publication's
  country), country, state, locale, language, timezone, currency, user agents, OS-issued device
  ids, our own servers' IPs and our own sending phone number, photos of things (listings, pets).
  Card brand, last four, expiry and BIN are green; routing numbers, sort codes and BICs are green;
  the last four of an SSN are red. Age in years, height and zodiac sign are coarse attributes the
  reference has no matcher for, identify no one alone: green.
- A neighbourhood's name attached to a member (Hearth's unit of membership, a few hundred
  households) and a district (`ilce`) locate the person's home more precisely than a city:
  yellow `address|city`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `recipient`, `body`, `Body`, `To`, `message`, `link`, `mentions[]`,
  `matched_text`, `referred_by`, `invited_by`, `occasion`, ...); such a
  PII path holds that PII in every value. Free text is labelled by what every one of its values
  carries, green when none does (no green free text here carries a name, contact or address).
- Types use the reference's matcher names (`name`, `email`, `phone`, `address|street`, `city`,
  `zipcode`, `birthdate`, `gender`, `photo`, `ip`, `religion`, `ethnicity`, `sexual orientation`,
  `condition`, `allergy`, `disability`, `social security number`, `passport`, `token`,
  `password`, `name|identification` for a social handle) or `geolocation`, `national id`,
  `bank account`, `credit card`, `secret`, `advertising id`; `a|b` when either name is fair.
"""

# ruff: noqa: RUF001  (Turkish dotless i in names and places is intended)
import ipaddress
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

CULTURES = {
    "us": (
        ["Jessica", "Tyler", "Brianna", "DeShawn", "Madison", "Hunter", "Kayla", "Marcus", "Ashley", "Cody"],
        ["Johnson", "Williams", "Brown", "Jackson", "Miller", "Thompson", "Robinson", "Walker", "Washington"],
    ),
    "pl": (
        [
            "Agnieszka",
            "Katarzyna",
            "Małgorzata",
            "Krzysztof",
            "Tomasz",
            "Paweł",
            "Zofia",
            "Wojciech",
            "Łukasz",
        ],
        ["Nowak", "Wiśniewska", "Kowalczyk", "Zieliński", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowska"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Mehmet", "Mustafa", "Emre", "Büşra", "Burak", "Gökhan", "Şeyma", "İrem"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
        ],
    ),
    "in": (
        ["Priyanka", "Arjun", "Ananya", "Rohan", "Deepika", "Vikram", "Sneha"],
        ["Sharma", "Iyer", "Reddy", "Banerjee", "Gupta", "Nair", "Chatterjee"],
    ),
    "ng": (
        ["Chinonso", "Oluwaseun", "Ngozi", "Emeka", "Folake", "Tunde", "Adaeze"],
        ["Adeyemi", "Okonkwo", "Eze", "Balogun", "Okafor", "Nwosu"],
    ),
    "mx": (
        ["Alejandra", "Santiago", "Valentina", "Diego", "Camila", "Joaquín", "Ximena"],
        ["Hernández", "Ramírez", "Torres", "Flores", "Castillo", "Vargas", "Gutiérrez"],
    ),
    "ea": (
        ["Wei", "Xiaoling", "Jun", "Minji", "Seo-yeon", "Haruto", "Yui", "Thanh"],
        ["Wang", "Zhang", "Kim", "Park", "Tanaka", "Watanabe", "Tran", "Lin"],
    ),
    "ar": (
        ["Layla", "Omar", "Youssef", "Nour", "Karim", "Rania", "Hiba"],
        ["Haddad", "Al-Masri", "Khoury", "Mansour", "Nasser", "Saleh"],
    ),
    "uk": (
        ["Siobhan", "Callum", "Niamh", "Rhys", "Imogen", "Ewan", "Harriet"],
        ["O'Sullivan", "MacLeod", "Fitzgerald", "Evans", "Hughes", "Pritchard"],
    ),
}
KINDRED_MIX = ["us", "us", "pl", "pl", "tr", "tr", "in", "mx", "ng", "ea", "ar"]
HEARTH_MIX = ["us", "us", "us", "uk", "uk", "in", "mx", "ng", "ea", "ar", "pl"]
ANY = list(CULTURES)

MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com.tr", "icloud.com"],
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
}
TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "'": "", " ": ""})


def ascii_fold(s: str) -> str:
    s = s.translate(TRANSLIT)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def first(f: Fake, mix=ANY) -> str:
    return f.pick(CULTURES[f.pick(mix)][0])


def last(f: Fake, mix=ANY) -> str:
    return f.pick(CULTURES[f.pick(mix)][1])


def full(f: Fake, mix=ANY) -> str:
    c = f.pick(mix)
    return f"{f.pick(CULTURES[c][0])} {f.pick(CULTURES[c][1])}"


def email(f: Fake, mix=ANY) -> str:
    c = f.pick(mix)
    fn = ascii_fold(f.pick(CULTURES[c][0])).lower().replace("-", "")
    ln = ascii_fold(f.pick(CULTURES[c][1])).lower().replace("-", "")
    local = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln}{f.r.randint(1, 99)}",
            f"{fn[0]}{ln}",
            f"{fn}_{ln}{f.r.randint(80, 99)}",
            f"{fn}.{ln[0]}",
            f"{ln}.{fn}{f.r.randint(1990, 2004)}",
        ]
    )
    domain = f.pick(
        MAIL_DOMAINS.get(c, ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com"])
    )
    return f"{local}@{domain}"


def num(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, mix=ANY) -> str:
    c = f.pick(mix)
    r = f.r
    if c == "pl":
        a, b, d = f"{f.pick([5, 6, 7, 8])}{r.randint(0, 9)}{r.randint(0, 9)}", num(f, 3), num(f, 3)
        return f.pick([f"+48 {a} {b} {d}", f"{a} {b} {d}", f"+48{a}{b}{d}", f"{a}-{b}-{d}"])
    if c == "tr":
        op, b, d, e = f.pick(["532", "533", "505", "542", "555", "544"]), num(f, 3), num(f, 2), num(f, 2)
        return f.pick(
            [f"+90 {op} {b} {d} {e}", f"0{op} {b} {d} {e}", f"+90{op}{b}{d}{e}", f"(0{op}) {b} {d}{e}"]
        )
    if c == "uk":
        b, d = num(f, 3), num(f, 3)
        return f.pick([f"+44 7{num(f, 3)} {b}{d}", f"07{num(f, 3)} {b}{d}", f"+447{num(f, 3)}{b}{d}"])
    if c == "in":
        return f.pick([f"+91 9{num(f, 4)} {num(f, 5)}", f"09{num(f, 4)}{num(f, 5)}", f"+91-9{num(f, 9)}"])
    if c == "ng":
        op = f.pick(["803", "806", "813", "905", "708"])
        return f.pick([f"+234 {op} {num(f, 3)} {num(f, 4)}", f"0{op} {num(f, 3)} {num(f, 4)}"])
    if c == "mx":
        return f.pick([f"+52 55 {num(f, 4)} {num(f, 4)}", f"+52 1 33 {num(f, 4)} {num(f, 4)}"])
    if c == "ea":
        return f.pick(
            [
                f"090-{num(f, 4)}-{num(f, 4)}",
                f"+81 80-{num(f, 4)}-{num(f, 4)}",
                f"010-{num(f, 4)}-{num(f, 4)}",
            ]
        )
    if c == "ar":
        return f.pick([f"+971 50 {num(f, 3)} {num(f, 4)}", f"+961 3 {num(f, 3)} {num(f, 3)}"])
    area, ex, line = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


US_STREETS = [
    "Belmont Ave",
    "Oak Hollow Dr",
    "Maple St",
    "Sycamore Ln",
    "W 31st St",
    "Lakeview Rd",
    "Prospect Pl",
]
UK_STREETS = ["Kingsley Road", "Albert Street", "Mill Lane", "Victoria Crescent", "Church Road", "Elm Grove"]
PL_STREETS = [
    "Marszałkowska",
    "Piotrkowska",
    "Długa",
    "Mickiewicza",
    "Słowackiego",
    "Grunwaldzka",
    "Kościuszki",
]
TR_STREETS = [
    ("Caferağa Mah.", "Moda Cd."),
    ("Bostancı Mah.", "Bağdat Cd."),
    ("Kızılay Mah.", "Atatürk Blv."),
    ("Alsancak Mah.", "Kıbrıs Şehitleri Cd."),
    ("Nilüfer Mah.", "Gazcılar Sk."),
]
CITY = {
    "us": ["Columbus", "Austin", "Chicago", "Oakland", "Brooklyn", "Denver", "Raleigh", "Tucson"],
    "uk": ["Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff", "Brighton"],
    "pl": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
}
CENTRES = {
    "us": [(39.9612, -82.9988), (30.2672, -97.7431), (41.8781, -87.6298), (37.8044, -122.2712)],
    "uk": [(53.4808, -2.2426), (51.4545, -2.5879), (55.9533, -3.1883)],
    "pl": [(52.2297, 21.0122), (50.0647, 19.945), (54.352, 18.6466), (51.1079, 17.0385)],
    "tr": [(41.0082, 28.9784), (39.9334, 32.8597), (38.4237, 27.1428), (40.1885, 29.061)],
}


def region(f: Fake, mix=("us", "uk", "pl", "tr")) -> str:
    return f.pick(list(mix))


def street(f: Fake, c=None) -> str:
    c = c or region(f)
    if c == "pl":
        return f"ul. {f.pick(PL_STREETS)} {f.r.randint(1, 140)}" + f.pick(["", f"/{f.r.randint(1, 60)}"])
    if c == "tr":
        mah, cd = f.pick(TR_STREETS)
        return f"{mah} {cd} No:{f.r.randint(1, 220)} D:{f.r.randint(1, 24)}"
    if c == "uk":
        return f.pick(["", f"Flat {f.r.randint(1, 9)}, "]) + f"{f.r.randint(1, 180)} {f.pick(UK_STREETS)}"
    return f"{f.r.randint(100, 9899)} {f.pick(US_STREETS)}" + f.pick(
        ["", "", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}"]
    )


def city(f: Fake, c=None) -> str:
    return f.pick(CITY[c or region(f)])


def postcode(f: Fake, c=None) -> str:
    c = c or region(f)
    if c == "pl":
        return f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"
    if c == "tr":
        return f"{f.pick(['34', '06', '35', '16'])}{f.r.randint(0, 999):03d}"
    if c == "uk":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        out = f.pick(["M14", "BS6", "LS6", "EH6", "CF24", "BN1", "SW9", "N16"])
        return f"{out} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"
    return f.pick([f"{f.r.randint(10000, 99950)}", f"{f.r.randint(10000, 99950)}-{f.r.randint(1000, 9999)}"])


def full_address(f: Fake, c=None) -> str:
    c = c or region(f)
    return (
        f"{street(f, c)}, {postcode(f, c)} {city(f, c)}"
        if c in ("pl", "tr")
        else f"{street(f, c)}, {city(f, c)}"
    )


def latlon(f: Fake, mix=("us", "uk", "pl", "tr")):
    la, lo = f.pick(CENTRES[f.pick(list(mix))])
    return round(la + f.r.uniform(-0.06, 0.06), 6), round(lo + f.r.uniform(-0.08, 0.08), 6)


def lat(f: Fake) -> float:
    return latlon(f)[0]


def lon(f: Fake) -> float:
    return latlon(f)[1]


def birthdate(f: Fake, style="iso") -> str:
    y, m, d = f.r.randint(1968, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "eu":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{y}-{m:02d}-{d:02d}"


# -- ids with checksums -----------------------------------------------------------------------------


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(1965, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{num(f, 4)}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def polish_id_card(f: Fake) -> str:
    """A Polish identity card number: three letters, a check digit, five digits."""
    letters = "".join(f.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    digits = num(f, 5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return f"{letters}{check}{digits}"


IBAN_BBAN = {
    "PL": lambda f: num(f, 24),
    "TR": lambda f: num(f, 5) + "0" + num(f, 16),
    "DE": lambda f: num(f, 18),
    "GB": lambda f: f.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + num(f, 14),
    "FR": lambda f: num(f, 23),
    "NL": lambda f: f.pick(["ABNA", "INGB", "RABO"]) + num(f, 10),
    "ES": lambda f: num(f, 20),
}


def iban(f: Fake, country=None) -> str:
    country = country or f.pick(list(IBAN_BBAN))
    bban = IBAN_BBAN[country](f)
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


ABA = ["021000021", "026009593", "121000248", "011401533", "322271627", "111000025", "071000013"]
BIC = ["BREXPLPWXXX", "PKOPPLPW", "TGBATRIS", "AKBKTRIS", "DEUTDEFFXXX", "NWBKGB2L", "INGBNL2A", "BNPAFRPP"]


def ipv4(f: Fake) -> str:
    while True:
        a = ipaddress.IPv4Address(f.r.getrandbits(32))
        if a.is_global and not a.is_multicast:
            return str(a)


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a02:a31a", "2a01:110f", "2a02:ff0", "2600:1700", "2601:18c", "2603:8000", "2a00:23c7"])
    rest = ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    return str(ipaddress.IPv6Address(f"{prefix}:{rest}"))


def ip(f: Fake) -> str:
    return ipv6(f) if f.r.random() < 0.25 else ipv4(f)


def apns_token(f: Fake) -> str:
    return f.hexid(64)


def b64url(f: Fake, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.pick(alphabet) for _ in range(n))


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def photo_url(f: Fake, app="kindred") -> str:
    host = {
        "kindred": "media.kindred.app/u",
        "hearth": "cdn.hearth.community/avatars",
        "quill": "img.quill.pub/a",
    }
    return (
        f"https://{host[app]}/{f.uuid()}/{f.pick(['0', '1', '2', 'main'])}.{f.pick(['jpg', 'webp', 'heic'])}"
    )


def ts(f: Fake) -> str:
    return f.iso()


# -- contexts ---------------------------------------------------------------------------------------

APPS = {
    "kindred": {
        "name": "Kindred",
        "ios": "app.kindred.ios",
        "android": "app.kindred.android",
        "host": "https://kindred.app",
        "versions": ["7.4.0", "7.5.1", "7.6.0"],
        "pages": [
            ("/", "Kindred — date with intention"),
            ("/gold", "Kindred Gold"),
            ("/safety", "Safety Centre"),
        ],
    },
    "hearth": {
        "name": "Hearth",
        "ios": "community.hearth.ios",
        "android": "community.hearth.android",
        "host": "https://hearth.community",
        "versions": ["3.18.2", "3.19.0", "3.20.1"],
        "pages": [
            ("/feed", "Your neighbourhood | Hearth"),
            ("/events", "Events near you"),
            ("/for-sale", "For sale"),
        ],
    },
    "quill": {
        "name": "Quill",
        "ios": "pub.quill.reader",
        "android": "pub.quill.reader",
        "host": "https://quill.pub",
        "versions": ["2.4.0", "2.4.3", "2.5.0"],
        "pages": [
            ("/dashboard", "Dashboard · Quill"),
            ("/p/the-slow-kitchen", "The Slow Kitchen"),
            ("/pricing", "Pricing"),
        ],
    },
}
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def web_context(app: str):
    a = APPS[app]
    page = {}

    def pick_page(f):
        page["p"] = f.pick(a["pages"])
        return page["p"][0]

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(pick_page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://t.co/", "https://www.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=instagram&utm_medium=paid", "?ref=footer", "?tab=upcoming"]
                )
            ),
            "title": G(lambda f: page["p"][1]),
            "url": G(lambda f: a["host"] + page["p"][0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "tr-TR", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Warsaw", "Europe/Istanbul", "Europe/London"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_relaunch", "gold_trial_q2", "creator_month"])),
            "source": G(lambda f: f.pick(["instagram", "google", "tiktok"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email"])),
            "content": G(lambda f: f.pick(["carousel_b", "video_15s", "hero"])),
            "term": G(
                lambda f: f.pick(["dating app", "local events", "newsletter platform", "paid newsletter"])
            ),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f: a["name"]),
            "version": G(lambda f: f.pick(a["versions"])),
            "build": G(lambda f: f.pick(["1042", "1057", "1063"])),
            "namespace": G(lambda f: a["ios"]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(apns_token, "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "tr-TR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Warsaw", "Europe/Istanbul"])),
        "ip": Y(ip, "ip"),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f: a["name"]),
            "version": G(lambda f: f.pick(a["versions"])),
            "build": G(lambda f: f.pick(["70400", "70501", "70600"])),
            "namespace": G(lambda f: a["android"]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TG", "CPH2449"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "tr-TR", "en-US"])),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Play", "Orange PL", "Turkcell", "Vodafone TR", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/Istanbul", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
    }


def rn_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f: a["name"]),
            "version": G(lambda f: f.pick(a["versions"])),
            "build": G(lambda f: f.pick(["318020", "319000", "320010"])),
            "namespace": G(lambda f: a["ios"]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918U", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "17.3.1"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Chicago", "Europe/London"])),
        "traits": {
            "email": Y(lambda f: email(f, HEARTH_MIX), "email"),
            "first_name": Y(lambda f: first(f, HEARTH_MIX), "name"),
            "neighborhood_id": G(lambda f: f.r.randint(10000, 99999)),
        },
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
        "location": {
            "city": Y(lambda f: city(f, f.pick(["us", "uk"])), "city"),
            "country": G(lambda f: f.pick(["US", "GB"])),
        },
    }


def flutter_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f: a["name"]),
            "version": G(lambda f: f.pick(a["versions"])),
            "build": G(lambda f: f.pick(["240", "243", "250"])),
            "namespace": G(lambda f: a["android"]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-G991B", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.3", "1.1.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "de-DE", "pl-PL"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([430, 412])),
            "height": G(lambda f: f.pick([932, 915])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "Europe/Berlin", "America/New_York"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "ip": Y(ip, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.3.7"]),
    "retl": ("analytics-python", ["2.3.3"]),
}


def server_context(client: str, app: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "ruby", "php"):
        # Request data passed through by the backend.
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client == "python":
        ctx["traits"] = {"email": Y(lambda f: email(f, KINDRED_MIX), "email")}
    if client == "ruby":
        ctx["traits"] = {"email": Y(lambda f: email(f), "email"), "name": Y(lambda f: full(f), "name")}
        ctx["groupId"] = G(lambda f: "pub_" + f.hexid(12))
    if client == "node":
        ctx["active"] = G(lambda f: False)
    if client == "dotnet":
        ctx["locale"] = G(lambda f: "tr-TR")
        ctx["timezone"] = G(lambda f: "Europe/Istanbul")
    if client == "retl":
        ctx["source"] = {
            "type": G(lambda f: "snowflake"),
            "model": G(lambda f: f.pick(["dim_users", "fct_ltv"])),
        }
    return ctx


def context_for(client: str, app: str):
    if client == "web":
        return web_context(app)
    if client == "swift":
        return swift_context(app)
    if client == "kotlin":
        return kotlin_context(app)
    if client == "rn":
        return rn_context(app)
    if client == "flutter":
        return flutter_context(app)
    return server_context(client, app)


# -- enumerations and free text ---------------------------------------------------------------------

GENDERS = ["woman", "man", "non-binary", "trans woman", "trans man", "genderqueer"]
ORIENTATIONS = ["straight", "gay", "lesbian", "bisexual", "queer", "pansexual", "asexual", "questioning"]
RELIGIONS = [
    "Catholic",
    "Muslim",
    "Jewish",
    "Orthodox",
    "Protestant",
    "Hindu",
    "Buddhist",
    "Agnostic",
    "Atheist",
    "Spiritual",
]
ETHNICITIES = [
    "White",
    "Black / African descent",
    "Hispanic / Latino",
    "East Asian",
    "South Asian",
    "Middle Eastern",
    "Turkish",
    "Pacific Islander",
    "Mixed",
]
SHOW_ME = ["women", "men", "non-binary people", "everyone"]
PLANS = ["Kindred Plus", "Kindred Gold", "Kindred Platinum"]
KINDRED_SKUS = ["app.kindred.gold.1m", "app.kindred.gold.6m", "app.kindred.plus.1m", "app.kindred.boost.5"]
EMPLOYERS = [
    "Allegro",
    "Trendyol",
    "Deloitte",
    "Kaiser Permanente",
    "Getir",
    "CD Projekt",
    "Target",
    "Accenture",
]
SCHOOLS = [
    "Uniwersytet Warszawski",
    "Boğaziçi Üniversitesi",
    "Ohio State University",
    "ODTÜ",
    "AGH",
    "UT Austin",
]
BIOS = [
    "Sunday farmers market regular. Will judge your coffee order.",
    "Climber, amateur baker, terrible at Mario Kart.",
    "Looking for someone to try every ramen place with.",
    "Marathon in October, ask me why.",
    "Kitap, kahve ve uzun yürüyüşler.",
    "Góry, rower i dobra kawa.",
    "Nurse on night shifts, so brunch is my dinner.",
    "Two cats, one sourdough starter, zero chill about board games.",
]
PROMPTS = [
    "My simple pleasures",
    "Two truths and a lie",
    "I'm weirdly attracted to",
    "Dating me is like",
    "Bir ilk buluşma için en iyi yer",
]
ANSWERS = [
    "Fresh sheets and a thunderstorm",
    "I've been to 14 countries, I can juggle, I hate pizza",
    "People who return their shopping carts",
    "Subscribing to a podcast you didn't know you needed",
    "Karaköy'de bir sahil kahvesi",
    "Good bread and better playlists",
]
REPORT_DETAILS = [
    "Asked me to move to WhatsApp right away and then asked for money",
    "Photos look like stock pictures of a model",
    "Was aggressive when I said I wasn't interested",
    "Profile says 25 but looks much younger",
    "Sent explicit images without asking",
    "Kept pushing a crypto investment platform",
    "Nie przyszedł na spotkanie i zaczął mnie obrażać",
    "Sürekli para istedi, hesabı sahte",
]
FEEDBACK = [
    "Great conversation, lost track of time",
    "Showed up 40 minutes late",
    "Nice but no spark",
    "Looked different from the photos",
    "We're going hiking next weekend!",
    "Felt a bit pushy about drinks",
]
POST_PREVIEWS = [
    "Does anyone have a recommendation for a plumber who does weekend call-outs?",
    "Found a set of keys by the playground, handed them in at the library desk",
    "Reminder: street sweeping moves to Thursdays from next month",
    "Free firewood, already split, first come first served",
    "Who else heard the fireworks at 2am? Any idea what that was?",
    "Our community garden plots open for sign-ups on Saturday",
]
COMMENT_BODIES = [
    "Seconding this, they fixed our boiler in an hour.",
    "Thanks for posting!",
    "I think it was the high school's homecoming.",
    "Count us in for the cleanup.",
    "Is this still available?",
    "Same thing happened on our block last week.",
]
QUILL_COMMENTS = [
    "This is the best issue you've written this year.",
    "Could you do a follow-up on fermentation?",
    "Disagree with point 3, but loved the rest.",
    "Printed this out for my team.",
    "Saving this for the weekend.",
]
POST_TITLES = [
    "The Slow Kitchen #48: Winter citrus",
    "Why I quit my agency job",
    "Five charts on the rental market",
    "Notes from a week without a phone",
    "Field guide: urban foraging in March",
]
PUBLICATIONS = [
    "The Slow Kitchen",
    "Rent Watch",
    "Quiet Code",
    "Field Notes Weekly",
    "Dispatches from Kadıköy",
    "Hard Mode Money",
]
GROUP_NAMES = [
    "Maplewood Gardeners",
    "Elm Street Parents",
    "Ravenswood Runners",
    "Northside Buy Nothing",
    "Dog Owners of Hyde Park",
]
LISTINGS = [
    "IKEA Malm dresser",
    "Bugaboo Fox stroller",
    "Trek FX 2 bike",
    "Le Creuset dutch oven",
    "Kids' bunk bed",
    "Ryobi lawn mower",
]
VENUES_PUBLIC = [
    ("Maplewood Public Library, community room", "1200 W Maple St, Columbus, OH"),
    ("Ravenswood Park pavilion", "Ravenswood Park, Chicago, IL"),
    ("St Mark's Church Hall", "Church Road, Bristol"),
    ("Lakeview Rec Center", "3510 Lakeview Rd, Austin, TX"),
]
DATE_VENUES = [
    "Blue Bottle Coffee",
    "Kahve Dünyası",
    "Café Nowa Prowincja",
    "The Violet Hour",
    "Federal Donuts",
    "Karaköy Güllüoğlu",
]
PETS = ["Mochi", "Biscuit", "Luna", "Pamuk", "Burek", "Ziggy", "Tarçın", "Pepper"]


def chat_contact_line(f: Fake) -> str:
    return f.pick(
        [
            f"text me {phone(f, KINDRED_MIX)}",
            f"my number is {phone(f, KINDRED_MIX)}",
            f"write to me at {email(f, KINDRED_MIX)}",
            phone(f, KINDRED_MIX),
            f"mail: {email(f, KINDRED_MIX)}",
            f"zadzwoń {phone(f, ['pl'])}",
            f"beni ara {phone(f, ['tr'])}",
        ]
    )


def listing_message(f: Fake) -> str:
    return f.pick(
        [
            f"Hi! Is it still available? You can text me at {phone(f, HEARTH_MIX)}",
            f"I can pick up tonight, my cell is {phone(f, HEARTH_MIX)}",
            f"Interested — easier to reach me by email: {email(f, HEARTH_MIX)}",
            f"Would you take $40? Call {phone(f, HEARTH_MIX)}",
            f"Please send more photos to {email(f, HEARTH_MIX)}",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

K = KINDRED_MIX
H = HEARTH_MIX

EVENTS = [
    # ================================ Kindred ================================
    (
        "kindred",
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "firstName": Y(lambda f: first(f, K), "name"),
            "lastName": Y(lambda f: last(f, K), "name"),
            "email": Y(lambda f: email(f, K), "email"),
            "phone": Y(lambda f: phone(f, K), "phone"),
            "birthday": Y(lambda f: birthdate(f), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 56)),
            "gender": Y(lambda f: f.pick(GENDERS), "gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "orientation": RED(lambda f: f.pick(ORIENTATIONS), "sexual orientation"),
            "interestedIn": Many(RED(lambda f: f.pick(SHOW_ME), "sexual orientation"), 2),
            "religion": RED(lambda f: f.pick(RELIGIONS), "religion"),
            "religionVisible": G(lambda f: f.pick([True, False])),
            "ethnicity": Many(RED(lambda f: f.pick(ETHNICITIES), "ethnicity"), 2),
            "heightCm": G(lambda f: f.r.randint(152, 198)),
            "city": Y(lambda f: city(f, f.pick(["us", "pl", "tr"])), "city"),
            "hometown": Y(lambda f: city(f, f.pick(["us", "pl", "tr"])), "city"),
            "jobTitle": G(
                lambda f: f.pick(["Product designer", "Nurse", "Backend engineer", "Teacher", "Öğretmen"])
            ),
            "company": G(lambda f: f.pick(EMPLOYERS)),
            "school": G(lambda f: f.pick(SCHOOLS)),
            "bio": G(lambda f: f.pick(BIOS)),
            "instagramUsername": Y(
                lambda f: (
                    f.pick(["", "@"])
                    + ascii_fold(first(f, K)).lower()
                    + f.pick([".", "_", ""])
                    + ascii_fold(last(f, K)).lower()
                ),
                "name|identification",
            ),
            "profilePhotoUrl": Y(photo_url, "photo"),
            "photoCount": G(lambda f: f.r.randint(1, 6)),
            "hasChildren": G(lambda f: f.pick([True, False])),
            "isVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(ts),
        },
        30,
    ),
    (
        "kindred",
        "track",
        "Photo Uploaded",
        ["swift", "kotlin"],
        {
            "photo_id": G(lambda f: f.uuid()),
            "position": G(lambda f: f.r.randint(0, 5)),
            "source": G(lambda f: f.pick(["camera", "library", "instagram_import"])),
            "has_face": G(lambda f: f.pick([True, False])),
            "moderation_status": G(
                lambda f: f.pick(["approved", "pending", "rejected_nudity", "rejected_no_face"])
            ),
            "photo_url": Y(photo_url, "photo"),
            "file_sha1": G(lambda f: f.hexid(40)),
            "exif_location": {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")},
        },
        25,
    ),
    (
        "kindred",
        "track",
        "Verification Selfie Submitted",
        ["swift", "kotlin"],
        {
            "verification_id": G(lambda f: "ver_" + f.hexid(20)),
            "selfie_url": Y(lambda f: f"https://verify.kindred.app/selfies/{f.uuid()}.jpg", "photo"),
            "pose": G(lambda f: f.pick(["thumbs_up", "peace_sign", "hand_on_chin", "wave"])),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "status": G(lambda f: f.pick(["passed", "failed", "manual_review"])),
        },
        20,
    ),
    (
        "kindred",
        "track",
        "ID Document Verified",
        ["python"],
        {
            "verification_id": G(lambda f: "ver_" + f.hexid(20)),
            "document_type": G(lambda f: f.pick(["passport", "national_id", "drivers_license"])),
            "document_country": G(lambda f: f.pick(["PL", "TR", "US", "DE"])),
            "documentNumber": RED(
                lambda f: f.pick([f.pick(["C", "E", "U"]) + num(f, 8), "A" + num(f, 8), polish_id_card(f)]),
                "passport|national id",
            ),
            "document_expiry": G(
                lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "full_name_on_document": Y(lambda f: full(f, K).upper(), "name"),
            "dob_on_document": Y(lambda f: birthdate(f), "birthdate"),
            "name_match": G(lambda f: f.pick([True, False])),
            "age_verified": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Match Created",
        ["python"],
        {
            "match_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "user_a_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "user_b_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "matched_user_first_name": Y(lambda f: first(f, K), "name"),
            "matched_user_photo_url": Y(photo_url, "photo"),
            "match_score": G(lambda f: round(f.r.uniform(0.2, 0.99), 2)),
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 60), 1)),
            "source": G(lambda f: f.pick(["discover", "likes_you", "standouts", "camera_roll"])),
            "is_super_like": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "kindred",
        "track",
        "Message Sent",
        ["swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "recipient_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "recipientFirstName": Y(lambda f: first(f, K), "name"),
            "message_length": G(lambda f: f.r.randint(1, 400)),
            "contains_link": G(lambda f: f.pick([True, False])),
            "contains_phone_number": G(lambda f: f.pick([True, False])),
            "is_first_message": G(lambda f: f.pick([True, False])),
        },
        40,
    ),
    (
        "kindred",
        "track",
        "Message Flagged By Filter",
        ["go"],
        {
            "message_id": G(lambda f: f.hexid(24)),
            "rule": G(lambda f: f.pick(["off_platform_contact", "phone_number", "email_address"])),
            "matched_text": Y(chat_contact_line, "phone|email", True),
            "action": G(lambda f: f.pick(["warn_sender", "hold_for_review", "deliver"])),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
        },
        20,
    ),
    (
        "kindred",
        "track",
        "User Reported",
        ["kotlin", "web"],
        {
            "report_id": G(lambda f: f.uuid()),
            "reported_user_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "reported_user_name": Y(lambda f: first(f, K), "name"),
            "reason": G(
                lambda f: f.pick(["fake_profile", "harassment", "underage", "scam", "offline_behavior"])
            ),
            "details": G(lambda f: f.pick(REPORT_DETAILS)),
            "blocked": G(lambda f: f.pick([True, False])),
            "evidence_urls": Many(G(lambda f: f"https://reports.kindred.app/ev/{f.hexid(16)}.png"), 2),
        },
        20,
    ),
    (
        "kindred",
        "track",
        "Safety Check-In Started",
        ["swift"],
        {
            "checkin_id": G(lambda f: f.uuid()),
            "match_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "match_first_name": Y(lambda f: first(f, K), "name"),
            "venue_name": G(lambda f: f.pick(DATE_VENUES)),
            "scheduled_end": G(ts),
            "share_location": G(lambda f: f.pick([True, False])),
            "emergency_contact": {
                "name": Y(lambda f: full(f, K), "name"),
                "phone": Y(lambda f: phone(f, K), "phone"),
                "relationship": G(lambda f: f.pick(["sister", "friend", "mother", "roommate", "brother"])),
            },
            "location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 10, 16, 35, 65])),
            },
        },
        20,
    ),
    (
        "kindred",
        "track",
        "Safety Check-In Missed",
        ["go"],
        {
            "checkin_id": G(lambda f: f.uuid()),
            "minutes_overdue": G(lambda f: f.r.randint(5, 120)),
            "last_known_location": Y(lambda f: "{},{}".format(*latlon(f)), "geolocation"),
            "sms_sent_to": Y(lambda f: phone(f, K), "phone"),
            "escalated": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        {
            "contact_id": G(lambda f: f.uuid()),
            "label": Y(
                lambda f: f.pick(
                    [
                        full(f, K),
                        first(f, K),
                        first(f, K) + " " + f.pick(["❤️", "Abla", "siostra", "(roommate)"]),
                    ]
                ),
                "name",
                True,
            ),
            "phone": Y(lambda f: phone(f, K), "phone"),
            "from_address_book": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Contact Info Updated",
        ["web", "kotlin"],
        {
            "field": G(lambda f: f.pick(["email", "phone"])),
            "value": Y(lambda f: f.pick([email(f, K), phone(f, K)]), "email|phone", True),
            "verified": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Search Filters Updated",
        ["swift", "kotlin"],
        {
            "ageMin": G(lambda f: f.r.randint(18, 35)),
            "ageMax": G(lambda f: f.r.randint(30, 60)),
            "maxDistanceKm": G(lambda f: f.pick([5, 10, 25, 50, 160])),
            "showMe": Many(RED(lambda f: f.pick(SHOW_ME), "sexual orientation"), 2),
            "religionPreference": Many(RED(lambda f: f.pick(RELIGIONS), "religion"), 2),
            "ethnicityPreference": Many(RED(lambda f: f.pick(ETHNICITIES), "ethnicity"), 2),
            "verifiedOnly": G(lambda f: f.pick([True, False])),
            "passportMode": G(lambda f: f.pick([True, False])),
            "passportCity": G(lambda f: f.pick(["Berlin", "Lisbon", "New York", "Antalya", "Barcelona"])),
        },
        20,
    ),
    (
        "kindred",
        "track",
        "Location Updated",
        ["kotlin"],
        {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy": G(lambda f: f.pick([4.2, 12.0, 30.5, 100.0])),
            "geohash": Y(
                lambda f: "".join(f.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(7)), "geolocation"
            ),
            "city": Y(lambda f: city(f, f.pick(["pl", "tr", "us"])), "city"),
            "neighborhood": Y(
                lambda f: f.pick(["Mokotów", "Kadıköy", "Wicker Park", "Kazimierz", "Çankaya", "Hyde Park"]),
                "address|city",
            ),
            "background": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "kindred",
        "screen",
        "Discover",
        ["swift", "kotlin"],
        {
            "deck_size": G(lambda f: f.r.randint(0, 60)),
            "filters_active": G(lambda f: f.r.randint(0, 6)),
        },
        30,
    ),
    (
        "kindred",
        "screen",
        "Chat",
        ["swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "partner_name": Y(lambda f: first(f, K), "name"),
            "unread_count": G(lambda f: f.r.randint(0, 12)),
            "partner_verified": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "kindred",
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: "cmp_" + f.hexid(10)),
            "title": G(lambda f: f.pick(["Kindred", "New match!", "Yeni eşleşme!", "Nowa para!"])),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"{first(f, K)} liked you back!",
                        f"{first(f, K)} sent you a message",
                        f"It's a match with {first(f, K)}! Say hi 👋",
                        f"{first(f, ['tr'])} seni beğendi",
                        f"{first(f, ['pl'])} wysłał(a) Ci wiadomość",
                    ]
                ),
                "name",
                True,
            ),
            "deeplink": G(lambda f: f.pick(["kindred://matches", "kindred://chat", "kindred://likes"])),
        },
        25,
    ),
    (
        "kindred",
        "track",
        "Magic Link Opened",
        ["swift", "web"],
        {
            "deep_link": RED(
                lambda f: (
                    f.pick(["kindred://auth/verify?token=", "https://kindred.app/login/magic?t="]) + f.jwt()
                ),
                "token",
                True,
            ),
            "link_age_sec": G(lambda f: f.r.randint(3, 900)),
            "same_device": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Subscription Started",
        ["swift"],
        {
            "plan": G(lambda f: f.pick(PLANS)),
            "product_id": G(lambda f: f.pick(KINDRED_SKUS)),
            "price": G(lambda f: f.pick([14.99, 29.99, 89.99, 349.99, 59.99])),
            "currency": G(lambda f: f.pick(["USD", "PLN", "TRY"])),
            "revenue": G(lambda f: f.money(5, 400)),
            "transaction_id": G(lambda f: "2000000" + num(f, 9)),
            "is_trial": G(lambda f: f.pick([True, False])),
            "store": G(lambda f: "app_store"),
            "country": G(lambda f: f.pick(["US", "PL", "TR"])),
        },
        25,
    ),
    (
        "kindred",
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "KD-" + num(f, 8)),
            "total": G(lambda f: f.money(10, 120)),
            "revenue": G(lambda f: f.money(5, 400)),
            "currency": G(lambda f: f.pick(["USD", "PLN", "TRY"])),
            "coupon": G(lambda f: f.pick(["", "VALENTINE30", "COMEBACK50"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(KINDRED_SKUS)),
                    "sku": G(lambda f: f.pick(["KG-1M", "KG-6M", "KP-1M", "BST-5"])),
                    "name": G(lambda f: f.pick([*PLANS, "5 Boosts"])),
                    "price": G(lambda f: f.pick([14.99, 29.99, 89.99, 9.99])),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "payment": {
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "card_last4": G(lambda f: num(f, 4)),
                "card_bin": G(lambda f: f.pick(["424242", "535522", "411111", "379700"])),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "cardholder_name": Y(lambda f: full(f, K), "name"),
            },
            "billing_address": {
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: city(f, "us"), "city"),
                "postal_code": Y(lambda f: postcode(f, "us"), "zipcode"),
                "state": G(lambda f: f.pick(["OH", "TX", "IL", "CA"])),
                "country": G(lambda f: "US"),
            },
        },
        20,
    ),
    (
        "kindred",
        "track",
        "Checkout Form Errored",
        ["web"],
        {
            "step": G(lambda f: f.pick(["card", "billing", "confirm"])),
            "error_code": G(
                lambda f: f.pick(["card_declined", "incorrect_cvc", "invalid_number", "expired_card"])
            ),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "form_valid": G(lambda f: False),
        },
        12,
    ),
    (
        "kindred",
        "track",
        "Date Feedback Submitted",
        ["kotlin", "swift"],
        {
            "match_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "met_in_person": G(lambda f: f.pick([True, False])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "felt_safe": G(lambda f: f.pick([True, False])),
            "feedback": G(lambda f: f.pick(FEEDBACK)),
        },
        20,
    ),
    (
        "kindred",
        "track",
        "Profile Prompt Answered",
        ["swift", "kotlin"],
        {
            "prompt_id": G(lambda f: f.r.randint(1, 120)),
            "prompt_text": G(lambda f: f.pick(PROMPTS)),
            "answer": G(lambda f: f.pick(ANSWERS)),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Video Call Ended",
        ["go"],
        {
            "call_id": G(lambda f: f.uuid()),
            "duration_sec": G(lambda f: f.r.randint(4, 3600)),
            "relay_ip": G(lambda f: f.pick(["3.120.181.40", "18.197.44.12", "52.28.197.3", "35.158.9.211"])),
            "turn_server": G(
                lambda f: f.pick(["turn:turn-eu.kindred.app:3478", "turn:turn-us.kindred.app:3478"])
            ),
            "participants": Many(
                {
                    "user_id": G(lambda f: f.r.randint(10**6, 10**7)),
                    "ip": Y(ip, "ip"),
                    "network": G(lambda f: f.pick(["wifi", "4g", "5g"])),
                },
                2,
            ),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Background Check Requested",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: "Garbo"),
            "subject_full_name": Y(lambda f: full(f, ["us"]), "name"),
            "subject_dob": Y(lambda f: birthdate(f, "us"), "birthdate"),
            "subject_phone": Y(lambda f: phone(f, ["us"]), "phone"),
            "subject_state": G(lambda f: f.pick(["OH", "TX", "IL", "CA", "NY"])),
            "subject_zip": Y(lambda f: postcode(f, "us"), "zipcode"),
            "ssn_last4": RED(lambda f: num(f, 4), "social security number"),
            "ssn_provided": G(lambda f: f.pick([True, False])),
            "records_found": G(lambda f: f.r.randint(0, 3)),
            "result": G(lambda f: f.pick(["clear", "records_found", "inconclusive"])),
        },
        12,
    ),
    (
        "kindred",
        "track",
        "Account Deleted",
        ["python"],
        {
            "reason": G(
                lambda f: f.pick(["met_someone", "taking_a_break", "bad_experience", "too_expensive"])
            ),
            "met_on_kindred": G(lambda f: f.pick([True, False])),
            "feedback_text": G(lambda f: f.pick([*FEEDBACK, "Too many bots", "", "Found my person here :)"])),
            "email": Y(lambda f: email(f, K), "email"),
            "matches_count": G(lambda f: f.r.randint(0, 400)),
            "subscription_active": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Phone Number Verified",
        ["kotlin", "swift"],
        {
            "phone_number": Y(lambda f: phone(f, K), "phone"),
            "country_code": G(lambda f: f.pick(["+1", "+48", "+90"])),
            "verification_method": G(lambda f: f.pick(["sms", "call", "whatsapp"])),
            "carrier_lookup": {
                "carrier": G(
                    lambda f: f.pick(
                        ["Play", "Orange Polska", "Turkcell", "Türk Telekom", "Verizon", "T-Mobile USA"]
                    )
                ),
                "line_type": G(lambda f: f.pick(["mobile", "voip"])),
            },
        },
        15,
    ),
    (
        "kindred",
        "track",
        "Date Plan Shared",
        ["swift", "kotlin"],
        {
            "date_plan_id": G(lambda f: f.uuid()),
            "match_first_name": Y(lambda f: first(f, K), "name"),
            "venue_name": G(lambda f: f.pick(DATE_VENUES)),
            "starts_at": G(ts),
            "shared_with_name": Y(lambda f: f.pick([first(f, K), full(f, K)]), "name"),
            "shared_with_phone": Y(lambda f: phone(f, K), "phone"),
            "share_channel": G(lambda f: f.pick(["sms", "whatsapp", "imessage"])),
        },
        15,
    ),
    ("kindred", "alias", None, ["swift", "kotlin", "web"], {}, 12),
    (
        "kindred",
        "page",
        "Gold",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/gold", "/gold/compare", "/gold/checkout"])),
            "url": G(lambda f: "https://kindred.app" + f.pick(["/gold", "/gold/compare", "/gold/checkout"])),
            "title": G(lambda f: f.pick(["Kindred Gold", "Compare plans | Kindred"])),
            "referrer": G(lambda f: f.pick(["", "https://kindred.app/", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?plan=gold_6m", "?promo=valentine"])),
        },
        25,
    ),
    # Polish-keyed Java backend (profile sync from the PL payment and verification service).
    (
        "kindred",
        "track",
        "Profil Zaktualizowany",
        ["java"],
        {
            "id_uzytkownika": G(lambda f: f.r.randint(10**6, 10**7)),
            "imie": Y(lambda f: first(f, ["pl"]), "name"),
            "nazwisko": Y(lambda f: last(f, ["pl"]), "name"),
            "adres_email": Y(lambda f: email(f, ["pl"]), "email"),
            "telefon": Y(lambda f: phone(f, ["pl"]), "phone"),
            "miasto": Y(lambda f: city(f, "pl"), "city"),
            "kod_pocztowy": Y(lambda f: postcode(f, "pl"), "zipcode"),
            "data_urodzenia": Y(lambda f: birthdate(f, "eu"), "birthdate"),
            "plec": Y(lambda f: f.pick(["kobieta", "mężczyzna", "osoba niebinarna"]), "gender"),
            "wyznanie": RED(
                lambda f: f.pick(
                    ["rzymskokatolickie", "prawosławne", "ewangelickie", "bezwyznaniowy", "muzułmańskie"]
                ),
                "religion",
            ),
            "pesel": RED(pesel, "national id"),
            "liczba_zdjec": G(lambda f: f.r.randint(1, 6)),
            "czy_zweryfikowany": G(lambda f: f.pick([True, False])),
            "numer_konta_zwrotu": RED(lambda f: iban(f, "PL"), "bank account"),
            "bank": G(lambda f: f.pick(["mBank", "PKO BP", "ING Bank Śląski", "Santander Bank Polska"])),
        },
        15,
    ),
    # Turkish-keyed backend (iyzico checkout).
    (
        "kindred",
        "track",
        "Abonelik Başlatıldı",
        ["node"],
        {
            "kullanici_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "ad": Y(lambda f: first(f, ["tr"]), "name"),
            "soyad": Y(lambda f: last(f, ["tr"]), "name"),
            "eposta": Y(lambda f: email(f, ["tr"]), "email"),
            "cep_telefonu": Y(lambda f: phone(f, ["tr"]), "phone"),
            "il": Y(lambda f: city(f, "tr"), "city"),
            "ilce": Y(
                lambda f: f.pick(["Kadıköy", "Beşiktaş", "Çankaya", "Karşıyaka", "Nilüfer", "Muratpaşa"]),
                "address|city",
            ),
            "tc_kimlik_no": RED(tckn, "national id"),
            "dogum_tarihi": Y(lambda f: birthdate(f, "eu"), "birthdate"),
            "cinsiyet": Y(lambda f: f.pick(["kadın", "erkek"]), "gender"),
            "paket": G(lambda f: f.pick(PLANS)),
            "tutar": G(lambda f: f.pick([249.99, 499.99, 1299.0])),
            "para_birimi": G(lambda f: "TRY"),
            "taksit_sayisi": G(lambda f: f.pick([1, 3, 6])),
            "kart_son_dort": G(lambda f: num(f, 4)),
            "fatura_adresi": Y(lambda f: full_address(f, "tr"), "address"),
        },
        15,
    ),
    # .NET service (Turkey billing) with PascalCase keys.
    (
        "kindred",
        "track",
        "SubscriptionRenewed",
        ["dotnet"],
        {
            "UserId": G(lambda f: f.r.randint(10**6, 10**7)),
            "Email": Y(lambda f: email(f, ["tr", "tr", "us"]), "email"),
            "PlanName": G(lambda f: f.pick(PLANS)),
            "Amount": G(lambda f: f.pick([249.99, 499.99, 1299.0])),
            "Currency": G(lambda f: "TRY"),
            "RenewalCount": G(lambda f: f.r.randint(1, 24)),
            "PaymentProvider": G(lambda f: "iyzico"),
            "CardLastFour": G(lambda f: num(f, 4)),
            "CardHolderName": Y(lambda f: full(f, ["tr"]).upper(), "name"),
            "NextBillingDate": G(lambda f: f.iso()[:10]),
            "InvoiceNumber": G(lambda f: "KND2024" + num(f, 9)),
        },
        15,
    ),
    (
        "kindred",
        "track",
        "ModerationDecision",
        ["dotnet"],
        {
            "CaseId": G(lambda f: "CASE-" + num(f, 7)),
            "ReportedUserId": G(lambda f: f.r.randint(10**6, 10**7)),
            "ModeratorName": Y(lambda f: full(f, ["tr", "pl", "us"]), "name"),
            "ModeratorEmail": Y(
                lambda f: ascii_fold(first(f, ["tr", "pl"])).lower() + "@kindred-trust.com", "email"
            ),
            "Decision": G(lambda f: f.pick(["ban", "warn", "no_action", "shadow_limit"])),
            "PolicyCode": G(lambda f: f.pick(["SCAM-2", "HAR-1", "AGE-1", "IMP-3"])),
            "ReviewDurationSeconds": G(lambda f: f.r.randint(20, 1800)),
            "Notes": G(
                lambda f: f.pick(
                    [
                        "Matches known scam script",
                        "Insufficient evidence",
                        "Repeat offender",
                        "Photos reused from another account",
                    ]
                )
            ),
            "AppealAllowed": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    # Reverse-ETL sync from the warehouse: SCREAMING_SNAKE column names.
    (
        "kindred",
        "identify",
        None,
        ["retl"],
        {
            "USER_ID": G(lambda f: f.r.randint(10**6, 10**7)),
            "EMAIL": Y(lambda f: email(f, K), "email"),
            "FIRST_NAME": Y(lambda f: first(f, K), "name"),
            "PHONE_NUMBER": Y(lambda f: phone(f, K), "phone"),
            "LTV_USD": G(lambda f: f.money(0, 900)),
            "IS_PAYING": G(lambda f: f.pick([True, False])),
            "MATCHES_30D": G(lambda f: f.r.randint(0, 80)),
            "LAST_SEEN_CITY": Y(lambda f: city(f, f.pick(["pl", "tr", "us"])), "city"),
            "HOME_COUNTRY": G(lambda f: f.pick(["US", "PL", "TR"])),
            "SIGNUP_IP": Y(ip, "ip"),
            "CHURN_RISK": G(lambda f: f.pick(["low", "medium", "high"])),
            "DATE_OF_BIRTH": Y(lambda f: birthdate(f), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
            "UPDATED_AT": G(ts),
        },
        20,
    ),
    # ================================ Hearth ================================
    (
        "hearth",
        "identify",
        None,
        ["rn"],
        {
            "first_name": Y(lambda f: first(f, H), "name"),
            "last_name": Y(lambda f: last(f, H), "name"),
            "email": Y(lambda f: email(f, H), "email"),
            "phone": Y(lambda f: phone(f, H), "phone"),
            "birthday": Y(lambda f: birthdate(f), "birthdate"),
            "address": {
                "street": Y(lambda f: street(f, f.pick(["us", "uk"])), "address|street"),
                "city": Y(lambda f: city(f, f.pick(["us", "uk"])), "city"),
                "state": G(lambda f: f.pick(["OH", "TX", "IL", "CA", "England", "Scotland"])),
                "postal_code": Y(lambda f: postcode(f, f.pick(["us", "uk"])), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB"])),
            },
            "neighborhood_id": G(lambda f: f.r.randint(10000, 99999)),
            "neighborhood_name": Y(
                lambda f: f.pick(
                    [
                        "Maplewood",
                        "Ravenswood Manor",
                        "Clifton Village",
                        "Old Town East",
                        "Leith Walk",
                        "Hyde Park",
                    ]
                ),
                "address|city",
            ),
            "address_verified": G(lambda f: f.pick([True, False])),
            "verification_method": G(lambda f: f.pick(["postcard", "gps", "utility_bill", "invite"])),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "has_dog": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(PETS)),
            "avatar_url": Y(lambda f: photo_url(f, "hearth"), "photo"),
            "joined_at": G(ts),
        },
        30,
    ),
    (
        "hearth",
        "group",
        None,
        ["node", "php"],
        {
            "name": G(lambda f: f.pick(GROUP_NAMES)),
            "member_count": G(lambda f: f.r.randint(3, 2500)),
            "visibility": G(lambda f: f.pick(["public", "private", "secret"])),
            "category": G(lambda f: f.pick(["hobby", "parents", "sports", "buy_nothing", "pets"])),
            "created_at": G(ts),
            "admin_email": Y(lambda f: email(f, H), "email"),
            "admin_name": Y(lambda f: full(f, H), "name"),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Post Created",
        ["rn", "web"],
        {
            "post_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "category": G(
                lambda f: f.pick(["recommendation", "lost_and_found", "safety", "general", "free_stuff"])
            ),
            "has_photo": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
            "preview": G(lambda f: f.pick(POST_PREVIEWS)),
            "group_id": G(lambda f: f.r.randint(1000, 99999)),
        },
        35,
    ),
    (
        "hearth",
        "track",
        "Comment Posted",
        ["web", "rn"],
        {
            "comment_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "post_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "parent_comment_id": G(lambda f: f.pick([None, f.r.randint(10**7, 10**8)])),
            "content": G(lambda f: f.pick(COMMENT_BODIES)),
            "mentions": Many(Y(lambda f: full(f, H), "name", True), 2),
        },
        30,
    ),
    (
        "hearth",
        "track",
        "Event Created",
        ["web"],
        {
            "event_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Block party",
                        "Spring cleanup",
                        "Seed swap",
                        "Kids' bike rodeo",
                        "Movie night in the park",
                    ]
                )
            ),
            "starts_at": G(ts),
            "venue_name": G(lambda f: f.pick(VENUES_PUBLIC)[0]),
            "venue_address": G(lambda f: f.pick(VENUES_PUBLIC)[1]),
            "is_free": G(lambda f: f.pick([True, False])),
            "ticket_price": G(lambda f: f.pick([0, 5, 10, 15.5])),
            "host_name": Y(lambda f: full(f, H), "name"),
            "host_email": Y(lambda f: email(f, H), "email"),
            "category": G(lambda f: f.pick(["social", "volunteering", "kids", "faith", "sports"])),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Event RSVP",
        ["rn"],
        {
            "event_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "response": G(lambda f: f.pick(["going", "maybe", "not_going"])),
            "guests_count": G(lambda f: f.r.randint(0, 4)),
            "guest_names": Many(Y(lambda f: full(f, H), "name"), 3),
            "dietary_preference": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian"])),
            "allergies": Many(
                RED(
                    lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "gluten", "dairy", "eggs"]),
                    "allergy",
                ),
                2,
            ),
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "contact_phone": Y(lambda f: phone(f, H), "phone"),
        },
        30,
    ),
    (
        "hearth",
        "track",
        "Invitation Sent",
        ["node"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "recipient": Y(lambda f: f.pick([email(f, H), phone(f, H)]), "email|phone", True),
            "inviter_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "invite_code": G(
                lambda f: "HRTH-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))
            ),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f, H)}, join our street on Hearth!",
                        f"{first(f, H)} — this is the app I told you about for the block party",
                        f"Hey {first(f, H)}! We use Hearth for the Saturday runs, come join",
                    ]
                ),
                "name",
                True,
            ),
        },
        25,
    ),
    (
        "hearth",
        "track",
        "Message Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: phone(f, ["us", "uk"]), "phone", True),
            "From": G(lambda f: f.pick(["+14155550123", "+447700900456"])),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ErrorCode": G(lambda f: f.pick([None, "30003", "30005", "30007"])),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"{first(f, H)} invited you to Hearth, your neighbourhood app: https://hrth.app/i/{f.hexid(6)}",
                        f"{first(f, H)} wants you to join Maplewood on Hearth. Reply STOP to opt out.",
                    ]
                ),
                "name",
                True,
            ),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Contacts Invited",
        ["rn"],
        {
            "contacts": Many(
                {
                    "name": Y(lambda f: full(f, H), "name"),
                    "phone": Y(lambda f: phone(f, H), "phone"),
                    "selected": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "invites_sent": G(lambda f: f.r.randint(1, 10)),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Neighbor Directory Searched",
        ["web", "rn"],
        {
            "q": Y(
                lambda f: f.pick(
                    [full(f, H), full(f, H).lower(), last(f, H), first(f, H) + " " + last(f, H)[0]]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "scope": G(lambda f: f.pick(["my_neighborhood", "nearby"])),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Address Autocomplete Selected",
        ["web", "rn"],
        {
            "input": Y(
                lambda f: f.pick(
                    [full_address(f, "us"), full_address(f, "uk"), street(f, "us"), street(f, "uk")]
                ),
                "address|street",
                True,
            ),
            "selected_place_id": G(lambda f: "ChIJ" + b64url(f, 23)),
            "suggestions_count": G(lambda f: f.r.randint(1, 5)),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Address Verified",
        ["node"],
        {
            "verification_method": G(lambda f: f.pick(["postcard", "gps", "utility_bill", "invite"])),
            "match_score": G(lambda f: round(f.r.uniform(0.2, 0.99), 2)),
            "lookup_result": {
                "formatted_address": Y(lambda f: full_address(f, f.pick(["us", "uk"])), "address"),
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
                "place_id": G(lambda f: "ChIJ" + b64url(f, 23)),
            },
            "provider": G(lambda f: f.pick(["smarty", "google_places"])),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Products Searched",
        ["rn", "web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["stroller", "lawn mower", "crib", "ikea desk", "bike", "snow blower", "free"]
                )
            ),
            "category": G(lambda f: f.pick(["all", "baby", "garden", "furniture"])),
        },
        25,
    ),
    (
        "hearth",
        "track",
        "Listing Created",
        ["rn"],
        {
            "listing_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "title": G(lambda f: f.pick(LISTINGS)),
            "category": G(lambda f: f.pick(["furniture", "baby", "garden", "sports", "kitchen"])),
            "price": G(lambda f: f.pick([0, 15, 40, 75, 120, 250])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "condition": G(lambda f: f.pick(["new", "like_new", "good", "fair"])),
            "is_free": G(lambda f: f.pick([True, False])),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://cdn.hearth.community/listings/{f.hexid(12)}.jpg"),
                },
                4,
            ),
            "pickup_location": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "pickup_notes": Y(
                lambda f: f.pick(
                    [
                        f"Porch pickup at {street(f, 'us')}",
                        f"Pick up from {street(f, 'uk')}, ring the top bell",
                        f"It's in the garage at {street(f, 'us')}, side door",
                        f"Collection only — {full_address(f, 'uk')}",
                    ]
                ),
                "address|street",
                True,
            ),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Listing Message Sent",
        ["web", "rn"],
        {
            "listing_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "thread_id": G(lambda f: f.uuid()),
            "buyer_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "seller_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "text": Y(listing_message, "phone|email", True),
            "is_first_message": G(lambda f: f.pick([True, False])),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Offer Made",
        ["rn"],
        {
            "listing_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "offer_amount": G(lambda f: f.pick([10, 20, 35, 60, 90])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Can collect Saturday morning, {phone(f, H)}",
                        f"Cash on pickup. Text {phone(f, H)} when you're home",
                        f"call me on {phone(f, H)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "HP-" + num(f, 9)),
            "revenue": G(lambda f: f.money(5, 300)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "products": Many(
                {
                    "product_id": G(lambda f: str(f.r.randint(10**6, 10**7))),
                    "name": G(lambda f: f.pick(LISTINGS)),
                    "price": G(lambda f: f.pick([15, 40, 75, 120, 250])),
                    "quantity": G(lambda f: 1),
                    "category": G(lambda f: f.pick(["furniture", "baby", "garden"])),
                    "image_url": G(lambda f: f"https://cdn.hearth.community/listings/{f.hexid(12)}.jpg"),
                },
                1,
            ),
            "seller_payout": G(lambda f: f.money(5, 280)),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Lost Pet Posted",
        ["rn"],
        {
            "pet_name": G(lambda f: f.pick(PETS)),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "parrot"])),
            "breed": G(lambda f: f.pick(["beagle", "tabby", "border collie", "mixed"])),
            "pet_photo_url": G(lambda f: f"https://cdn.hearth.community/pets/{f.hexid(12)}.jpg"),
            "last_seen_at": G(ts),
            "owner_phone": Y(lambda f: phone(f, H), "phone"),
            "reward": G(lambda f: f.pick([0, 50, 100, 200])),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Meal Train Created",
        ["web"],
        {
            "meal_train_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: full(f, H), "name"),
            "occasion": RED(
                lambda f: f.pick(
                    ["surgery recovery", "cancer treatment", "illness", "broken leg", "postpartum recovery"]
                ),
                "condition",
                True,
            ),
            "recipient_address": Y(lambda f: full_address(f, f.pick(["us", "uk"])), "address"),
            "drop_off_instructions": G(
                lambda f: f.pick(
                    [
                        "Leave the cooler on the porch",
                        "Text on arrival please",
                        "Side gate, no doorbell (baby sleeping)",
                    ]
                )
            ),
            "meals_needed": G(lambda f: f.r.randint(3, 21)),
            "start_date": G(lambda f: f.iso()[:10]),
        },
        12,
    ),
    (
        "hearth",
        "track",
        "Kids Club Registration Submitted",
        ["web"],
        {
            "registration_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "program": G(lambda f: f.pick(["Summer Sports Camp", "Saturday Art Club", "Coding for Kids"])),
            "child_first_name": Y(lambda f: first(f, H), "name"),
            "child_birthdate": Y(lambda f: f.date(2012, 2020), "birthdate"),
            "child_allergies": Many(
                RED(lambda f: f.pick(["peanuts", "bee stings", "penicillin", "latex"]), "allergy"), 2
            ),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "Has asthma, inhaler in the front pocket of his backpack",
                        "ADHD, takes methylphenidate at lunch",
                        "Type 1 diabetic, checks glucose before sports",
                        "EpiPen for severe peanut allergy",
                        "Mild epilepsy, seizure plan attached",
                    ]
                ),
                "condition|medication",
            ),
            "guardian_name": Y(lambda f: full(f, H), "name"),
            "guardian_phone": Y(lambda f: phone(f, H), "phone"),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
        12,
    ),
    (
        "hearth",
        "track",
        "Group Member Removed",
        ["php"],
        {
            "group_id": G(lambda f: f.r.randint(1000, 99999)),
            "removed_user_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "removed_by": G(lambda f: f.r.randint(10**5, 10**6)),
            "removed_user_email": Y(lambda f: email(f, H), "email"),
            "reason": G(lambda f: f.pick(["spam", "moved_away", "harassment", "self_promotion"])),
            "admin_note": G(
                lambda f: f.pick(
                    ["Repeated spam after warning", "Moved out of the area", "Selling in a no-sale group"]
                )
            ),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Group Admin Changed",
        ["node"],
        {
            "group_id": G(lambda f: f.r.randint(1000, 99999)),
            "new_admin_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "previous_admin_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "new_admin_email": Y(lambda f: email(f, H), "email"),
            "role": G(lambda f: f.pick(["owner", "moderator"])),
        },
        12,
    ),
    (
        "hearth",
        "track",
        "Event Check In",
        ["rn"],
        {
            "ticket_id": G(lambda f: "TKT-" + num(f, 8)),
            "event_id": G(lambda f: f.r.randint(10**5, 10**6)),
            "attendee_name": Y(lambda f: full(f, H), "name"),
            "scanned_by": G(lambda f: f.r.randint(10**5, 10**6)),
            "checked_in_at": G(ts),
        },
        15,
    ),
    (
        "hearth",
        "track",
        "Signed Up",
        ["web"],
        {
            "first_name": Y(lambda f: first(f, H), "name"),
            "last_name": Y(lambda f: last(f, H), "name"),
            "email": Y(lambda f: email(f, H), "email"),
            "zip": Y(lambda f: postcode(f, f.pick(["us", "uk"])), "zipcode"),
            "invited_by": Y(lambda f: full(f, H), "name", True),
            "referral_code": G(
                lambda f: "HRTH-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
        20,
    ),
    (
        "hearth",
        "track",
        "Sign Up Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "signup-v3"),
            "fields": {
                "email": Y(lambda f: email(f, H), "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Maplewood2024!", "hunter22", "Sunflower#88", "Qwerty!234", "Bluebell-walk-9"]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Maplewood2024!", "hunter22", "Sunflower#88", "Bluebell-walk-9"]),
                    "password",
                ),
                "zip": Y(lambda f: postcode(f, "us"), "zipcode"),
                "terms": G(lambda f: "on"),
            },
            "duration_ms": G(lambda f: f.r.randint(8000, 200000)),
        },
        12,
    ),
    (
        "hearth",
        "track",
        "Volunteer Form Submitted",
        ["php"],
        {
            "form-id": G(lambda f: f.pick(["vol-spring-cleanup", "vol-food-pantry"])),
            "full-name": Y(lambda f: full(f, H), "name"),
            "e-mail": Y(lambda f: email(f, H), "email"),
            "phone-number": Y(lambda f: phone(f, H), "phone"),
            "street-address": Y(lambda f: street(f, f.pick(["us", "uk"])), "address|street"),
            "zip-code": Y(lambda f: postcode(f, f.pick(["us", "uk"])), "zipcode"),
            "how-did-you-hear": G(lambda f: f.pick(["flyer", "friend", "hearth_post", "school"])),
            "t-shirt-size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "agree-to-terms": G(lambda f: True),
            "submitted-at": G(ts),
        },
        15,
    ),
    (
        "hearth",
        "page",
        "Event Details",
        ["web"],
        {
            "path": G(lambda f: f"/events/{f.r.randint(10**5, 10**6)}"),
            "url": G(lambda f: f"https://hearth.community/events/{f.r.randint(10**5, 10**6)}"),
            "title": G(
                lambda f: f.pick(["Block party | Hearth", "Seed swap | Hearth", "Spring cleanup | Hearth"])
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://hearth.community/feed", "https://www.facebook.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?src=push", "?src=email"])),
        },
        25,
    ),
    (
        "hearth",
        "screen",
        "Feed",
        ["rn"],
        {
            "tab": G(lambda f: f.pick(["for_you", "recent", "events", "for_sale"])),
            "items_loaded": G(lambda f: f.r.randint(10, 60)),
            "unread_notifications": G(lambda f: f.r.randint(0, 30)),
        },
        35,
    ),
    (
        "hearth",
        "track",
        "Household Member Added",
        ["rn"],
        {
            "member_name": Y(lambda f: full(f, H), "name"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "roommate"])),
            "member_birth_year": Y(lambda f: f.r.randint(1950, 2021), "birthdate"),
            "member_email": Y(lambda f: email(f, H), "email"),
            "is_child": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    # ================================ Quill ================================
    (
        "quill",
        "track",
        "Reader Reply Received",
        ["ruby"],
        {
            "post_id": G(lambda f: "post_" + f.hexid(10)),
            "from_email": Y(lambda f: email(f), "email"),
            "from_name": Y(lambda f: full(f), "name"),
            "subject": G(lambda f: "Re: " + f.pick(POST_TITLES)),
            "reply_body": Y(
                lambda f: f.pick(
                    [
                        f"Loved this issue, made the citrus salad last night. Best, {first(f)}",
                        f"Small correction on chart 3, the axis is off by a year.\n\n{full(f)}",
                        f"Forwarded to my sister, she's hooked. -- {first(f)}",
                        f"Thanks for writing this. Sent from my iPhone\n{full(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
    (
        "quill",
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: email(f), "email"),
            "display_name": Y(lambda f: full(f), "name"),
            "publication_name": G(lambda f: f.pick(PUBLICATIONS)),
            "subscriber_count": G(lambda f: f.r.randint(0, 90000)),
            "plan": G(lambda f: f.pick(["free", "pro", "business"])),
            "is_creator": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["US", "GB", "PL", "TR", "BR", "DE", "IN"])),
            "created_at": G(ts),
            "avatar_url": Y(lambda f: photo_url(f, "quill"), "photo"),
        },
        25,
    ),
    (
        "quill",
        "identify",
        None,
        ["ruby"],
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "subscribed_at": G(ts),
            "tier": G(lambda f: f.pick(["free", "paid", "founding"])),
            "source": G(lambda f: f.pick(["import", "embed_form", "api", "recommendation"])),
            "referred_by": Y(lambda f: email(f), "email", True),
            "utm_source": G(lambda f: f.pick(["twitter", "newsletter", "direct"])),
        },
        25,
    ),
    (
        "quill",
        "group",
        None,
        ["ruby"],
        {
            "name": G(lambda f: f.pick(PUBLICATIONS)),
            "subscriber_count": G(lambda f: f.r.randint(0, 90000)),
            "paid_subscriber_count": G(lambda f: f.r.randint(0, 4000)),
            "category": G(lambda f: f.pick(["food", "tech", "finance", "culture"])),
            "plan": G(lambda f: f.pick(["free", "pro", "business"])),
            "created_at": G(ts),
            "owner_email": Y(lambda f: email(f), "email"),
        },
        15,
    ),
    (
        "quill",
        "track",
        "Subscriber Added",
        ["ruby"],
        {
            "publication_id": G(lambda f: "pub_" + f.hexid(12)),
            "subscriber_id": G(lambda f: "sub_" + f.hexid(16)),
            "subscriber_email": Y(lambda f: email(f), "email"),
            "subscriber_name": Y(lambda f: full(f), "name"),
            "subscriber_city": Y(lambda f: city(f), "city"),
            "source": G(lambda f: f.pick(["import", "embed_form", "api", "recommendation"])),
            "tier": G(lambda f: f.pick(["free", "paid", "founding"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "subscriber_ip": Y(ip, "ip"),
            "country": G(lambda f: f.pick(["US", "GB", "PL", "TR", "BR", "DE", "IN"])),
        },
        35,
    ),
    (
        "quill",
        "track",
        "Subscriber List Imported",
        ["php", "ruby"],
        {
            "import_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "subscribers_export.csv",
                        "mailchimp_audience_2024-03.csv",
                        "list.csv",
                        "substack-export.zip",
                    ]
                )
            ),
            "source_platform": G(lambda f: f.pick(["mailchimp", "substack", "convertkit", "csv"])),
            "row_count": G(lambda f: f.r.randint(10, 40000)),
            "columns": Many(G(lambda f: f.pick(["email", "first_name", "created", "status", "tags"])), 4),
            "sample_rows": Many(
                {
                    "email": Y(lambda f: email(f), "email"),
                    "first_name": Y(lambda f: first(f), "name"),
                    "tags": G(lambda f: f.pick(["", "vip", "2023-giveaway", "paid"])),
                },
                3,
            ),
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(2, 40000)),
                    "reason": G(lambda f: f.pick(["invalid_email", "missing_domain", "typo_domain"])),
                    "value": Y(
                        lambda f: f.pick(
                            [
                                email(f).replace("@", "@@"),
                                email(f).rsplit(".", 1)[0],
                                email(f).split("@")[0]
                                + "@"
                                + f.pick(["gmial.com", "hotmial.com", "yaho.com"]),
                                email(f).replace("@", " @ "),
                            ]
                        ),
                        "email",
                        True,
                    ),
                },
                3,
            ),
        },
        15,
    ),
    (
        "quill",
        "track",
        "Paid Subscription Started",
        ["web"],
        {
            "tier_id": G(lambda f: "tier_" + f.hexid(8)),
            "tier_name": G(lambda f: f.pick(["Supporter", "Founding member", "Annual"])),
            "amount": G(lambda f: f.pick([5, 8, 50, 80, 150])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP", "PLN"])),
            "creator_id": G(lambda f: "cr_" + f.hexid(10)),
            "publication_name": G(lambda f: f.pick(PUBLICATIONS)),
            "stripe_customer_id": G(lambda f: "cus_" + b64url(f, 14).replace("-", "a").replace("_", "b")),
            "stripe_subscription_id": G(
                lambda f: "sub_1" + b64url(f, 23).replace("-", "c").replace("_", "d")
            ),
            "payment_method_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "link"])),
            "payment_method_last4": G(lambda f: num(f, 4)),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "quill",
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "tier_id": G(lambda f: "tier_" + f.hexid(8)),
            "amount": G(lambda f: f.pick([50, 80, 150])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP"])),
            "gift_recipient_email": Y(lambda f: email(f), "email"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {first(f)}! Thought you'd love this one.",
                        f"For {first(f)}, who never stops talking about sourdough",
                        f"Merry Christmas {first(f)} ❤️ love, {first(f)}",
                        f"{first(f)} — congrats on the new job!",
                    ]
                ),
                "name",
                True,
            ),
            "send_on": G(lambda f: f.iso()[:10]),
        },
        12,
    ),
    (
        "quill",
        "track",
        "Payout Sent",
        ["node"],
        {
            "creator_id": G(lambda f: "cr_" + f.hexid(10)),
            "payout": {
                "id": G(lambda f: "po_1" + b64url(f, 23).replace("-", "e").replace("_", "f")),
                "amount": G(lambda f: f.r.randint(500, 900000)),
                "currency": G(lambda f: f.pick(["usd", "eur", "gbp", "pln"])),
                "arrival_date": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
                "status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
                "destination": G(lambda f: "ba_1" + b64url(f, 23).replace("-", "g").replace("_", "h")),
            },
            "bank_account": {
                "bank_name": G(
                    lambda f: f.pick(["CHASE", "WELLS FARGO", "mBank", "Garanti BBVA", "Barclays"])
                ),
                "last4": G(lambda f: num(f, 4)),
                "routing_number": G(lambda f: f.pick(ABA)),
                "country": G(lambda f: f.pick(["US", "PL", "TR", "GB"])),
                "account_holder_name": Y(lambda f: full(f), "name"),
                "fingerprint": G(lambda f: b64url(f, 16)),
            },
            "period_start": G(lambda f: f.iso()[:10]),
            "platform_fee": G(lambda f: f.money(1, 400)),
        },
        20,
    ),
    (
        "quill",
        "track",
        "Payout Method Added",
        ["web"],
        {
            "country": G(lambda f: "US"),
            "currency": G(lambda f: "USD"),
            "account_holder_name": Y(lambda f: full(f, ["us", "in", "mx", "ng", "ea"]), "name"),
            "routing_number": G(lambda f: f.pick(ABA)),
            "account_number": RED(lambda f: num(f, f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "tax_form": G(lambda f: "W-9"),
            "tax_id": RED(
                lambda f: f.ssn().replace("-", "") if f.r.random() < 0.3 else f.ssn(),
                "social security number|national id",
            ),
            "ssn_last4": RED(lambda f: num(f, 4), "social security number"),
            "date_of_birth": Y(lambda f: birthdate(f), "birthdate"),
            "address_line1": Y(lambda f: street(f, "us"), "address|street"),
            "address_city": Y(lambda f: city(f, "us"), "city"),
            "address_postal_code": Y(lambda f: postcode(f, "us"), "zipcode"),
            "address_state": G(lambda f: f.pick(["OH", "TX", "IL", "CA", "NY"])),
        },
        15,
    ),
    (
        "quill",
        "track",
        "Payout Method Added (IBAN)",
        ["web"],
        {
            "country": G(lambda f: f.pick(["PL", "TR", "DE", "FR", "NL", "ES", "GB"])),
            "currency": G(lambda f: f.pick(["EUR", "PLN", "TRY", "GBP"])),
            "account_holder_name": Y(lambda f: full(f, ["pl", "tr", "uk", "ar", "mx"]), "name"),
            "iban": RED(iban, "bank account"),
            "id_number": RED(lambda f: f.pick([pesel(f), tckn(f)]), "national id"),
            "bic": G(lambda f: f.pick(BIC)),
            "sort_code": G(lambda f: f.pick([None, f"{num(f, 2)}-{num(f, 2)}-{num(f, 2)}"])),
            "tax_form": G(lambda f: "W-8BEN"),
            "tax_residence": G(lambda f: f.pick(["PL", "TR", "DE", "FR", "NL", "ES", "GB"])),
            "date_of_birth": Y(lambda f: birthdate(f), "birthdate"),
        },
        15,
    ),
    (
        "quill",
        "track",
        "Email Opened",
        ["ruby"],
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "sg_event_id": G(lambda f: b64url(f, 22)),
            "sg_message_id": G(
                lambda f: b64url(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8).upper() + "-2.0"
            ),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "ip": Y(ip, "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *UAS,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
            "post_id": G(lambda f: "post_" + f.hexid(10)),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://quill.pub/p/winter-citrus",
                        "https://quill.pub/p/five-charts",
                        "https://quill.pub/p/no-phone-week",
                    ]
                )
            ),
        },
        35,
    ),
    (
        "quill",
        "track",
        "Unsubscribed",
        ["web", "flutter"],
        {
            "reason": G(lambda f: f.pick(["too_many_emails", "not_relevant", "never_signed_up", "other"])),
            "reason_other": G(
                lambda f: f.pick(
                    ["", "Moving to RSS", "Reading too many newsletters", "Not my thing anymore"]
                )
            ),
            "email": Y(lambda f: email(f), "email"),
            "list_id": G(lambda f: "list_" + f.hexid(8)),
            "all_lists": G(lambda f: f.pick([True, False])),
            "link": Y(
                lambda f: (
                    f"https://quill.pub/unsubscribe?pub={f.hexid(8)}"
                    f"&email={email(f).replace('@', '%40')}&sig={f.hexid(16)}"
                ),
                "email",
                True,
            ),
        },
        20,
    ),
    (
        "quill",
        "track",
        "Post Published",
        ["ruby"],
        {
            "post_id": G(lambda f: "post_" + f.hexid(10)),
            "title": G(lambda f: f.pick(POST_TITLES)),
            "word_count": G(lambda f: f.r.randint(300, 6000)),
            "audience": G(lambda f: f.pick(["everyone", "paid", "founding"])),
            "send_count": G(lambda f: f.r.randint(0, 90000)),
            "author_id": G(lambda f: "cr_" + f.hexid(10)),
            "co_author_names": Many(Y(lambda f: full(f), "name"), 2),
        },
        20,
    ),
    (
        "quill",
        "track",
        "Post Comment Added",
        ["web", "flutter"],
        {
            "post_slug": G(
                lambda f: f.pick(["winter-citrus", "five-charts", "no-phone-week", "urban-foraging"])
            ),
            "comment_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "reply_to": G(lambda f: f.pick([None, f.r.randint(10**6, 10**7)])),
            "commenter_display_name": Y(lambda f: full(f), "name"),
            "comment_text": G(lambda f: f.pick(QUILL_COMMENTS)),
            "is_paid": G(lambda f: f.pick([True, False])),
        },
        25,
    ),
    (
        "quill",
        "track",
        "Comment Flagged",
        ["go"],
        {
            "comment_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "toxicity_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "categories": Many(G(lambda f: f.pick(["spam", "insult", "threat", "self_promo"])), 2),
            "author_ip": Y(ip, "ip"),
            "snippet": G(
                lambda f: f.pick(
                    [
                        "buy followers cheap at our site",
                        "you clearly know nothing about this",
                        "check out my newsletter instead",
                    ]
                )
            ),
        },
        15,
    ),
    (
        "quill",
        "track",
        "API Key Created",
        ["ruby"],
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: "qk_live_" + f.hexid(4)),
            "api_key": RED(lambda f: "qk_live_" + b64url(f, 40), "secret"),
            "scopes": Many(G(lambda f: f.pick(["subscribers:read", "subscribers:write", "posts:read"])), 3),
            "created_by_email": Y(lambda f: email(f), "email"),
        },
        12,
    ),
    (
        "quill",
        "track",
        "Webhook Endpoint Added",
        ["ruby"],
        {
            "endpoint_url": G(
                lambda f: (
                    f.pick(["https://hooks.zapier.com/hooks/catch/", "https://api.make.com/hook/"])
                    + f.hexid(12)
                )
            ),
            "signing_secret": RED(lambda f: "whsec_" + b64url(f, 32), "secret"),
            "events": Many(
                G(lambda f: f.pick(["subscriber.created", "subscriber.deleted", "post.published"])), 3
            ),
        },
        12,
    ),
    (
        "quill",
        "track",
        "Recommendation Accepted",
        ["web"],
        {
            "recommending_publication": G(lambda f: f.pick(PUBLICATIONS)),
            "recommended_publication": G(lambda f: f.pick(PUBLICATIONS)),
            "subscriber_email": Y(lambda f: email(f), "email"),
            "position": G(lambda f: f.r.randint(1, 5)),
        },
        15,
    ),
    (
        "quill",
        "track",
        "Subscribers Exported",
        ["web"],
        {
            "export_id": G(lambda f: f.uuid()),
            "row_count": G(lambda f: f.r.randint(10, 90000)),
            "format": G(lambda f: f.pick(["csv", "xlsx"])),
            "requested_by_email": Y(lambda f: email(f), "email"),
            "include_fields": Many(
                G(lambda f: f.pick(["email", "name", "location", "tier", "created_at"])), 4
            ),
        },
        12,
    ),
    (
        "quill",
        "screen",
        "Reader",
        ["flutter"],
        {
            "post_id": G(lambda f: "post_" + f.hexid(10)),
            "scroll_depth": G(lambda f: round(f.r.uniform(0, 1), 2)),
            "font_size": G(lambda f: f.pick(["s", "m", "l", "xl"])),
            "dark_mode": G(lambda f: f.pick([True, False])),
        },
        35,
    ),
    (
        "quill",
        "track",
        "Audio Post Played",
        ["flutter"],
        {
            "post_id": G(lambda f: "post_" + f.hexid(10)),
            "position_sec": G(lambda f: f.r.randint(0, 3600)),
            "speed": G(lambda f: f.pick([1.0, 1.25, 1.5, 2.0])),
        },
        20,
    ),
    (
        "quill",
        "identify",
        None,
        ["flutter"],
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "followed_publications": G(lambda f: f.r.randint(0, 40)),
        },
        15,
    ),
    (
        "quill",
        "identify",
        None,
        ["retl"],
        {
            "SUBSCRIBER_ID": G(lambda f: "sub_" + f.hexid(16)),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "FULL_NAME": Y(lambda f: full(f), "name"),
            "LIFETIME_PAID_USD": G(lambda f: f.money(0, 1200)),
            "OPEN_RATE_90D": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "PAID_PUBLICATIONS": G(lambda f: f.r.randint(0, 7)),
            "POSTAL_CODE": Y(lambda f: postcode(f), "zipcode"),
            "COUNTRY_CODE": G(lambda f: f.pick(["US", "GB", "PL", "TR", "BR"])),
            "FIRST_SEEN_AT": G(ts),
            "IS_CREATOR": G(lambda f: f.pick([True, False])),
        },
        15,
    ),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    schedule = [(i, w) for i, (*_, w) in enumerate(EVENTS)]
    order = [i for i, w in schedule for _ in range(w)]
    f.r.shuffle(order)
    for i in order:
        app, kind, name, clients, body, _ = EVENTS[i]
        client = f.pick(clients)
        msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
        msg["userId"] = {
            "kindred": lambda: "kd_" + f.digits(8),
            "hearth": lambda: f.digits(7),
            "quill": lambda: "usr_" + f.hexid(12),
        }[app]()
        if kind == "track":
            msg["event"] = name.replace(" (IBAN)", "")
        elif kind in ("page", "screen"):
            msg["name"] = name
        elif kind == "group":
            msg["groupId"] = "grp_" + f.hexid(10)
        elif kind == "alias":
            msg["previousId"] = msg.pop("anonymousId")
        if kind in ("identify", "group"):
            msg["traits"] = render(body, f, "traits", labels)
        elif kind != "alias":
            msg["properties"] = render(body, f, "properties", labels)
        msg["context"] = render(context_for(client, app), f, "context", labels)
        events.append(msg)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1717)
    write(Path(__file__).parent, "holdout17_", events, labels)
