"""Writes holdout288: tests/corpus/holdout288_events.jsonl and holdout288_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine; only build.py's helpers, fake.py,
build_holdout3.py (for the format) and the reference's matcher table were read. Nothing here is
tuned to what the engine does.

Domain: an auction house and online collectibles marketplace (art, watches, wine, sneakers,
trading cards) selling in London, Hong Kong and Dubai. Covered: bidder profiles and registration
with KYC and anti-money-laundering screening (a Sumsub-shaped vendor payload), paddle numbers,
absentee, phone (a Twilio-shaped call webhook) and live bids, lots catalogued with provenance,
condition reports, authentication, consignor agreements and payouts, invoices with buyer's premium
(.NET PascalCase), card and wire payments (a Checkout.com-shaped webhook, Stripe `pm_` tokens),
WhatsApp Cloud API, Zendesk and HubSpot forms payloads forwarded by the backend,
shipping with a kebab-case carrier webhook and a white-glove courier app, preview-evening RSVPs,
marketing attribution (click ids), e-mail webhooks (SendGrid-shaped), staff back-office tools,
a warehouse reverse-ETL identify in SCREAMING_SNAKE, a Hong Kong backend with Cantonese (Jyutping)
keys and a UAE backend with Arabic-transliterated keys. Messages are identify, track, page,
screen, group and alias calls with the `context` blocks of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, flutter and the python, node, go, java, ruby, php and
.NET server libraries.

Conventions: paths are flatten()'s (`properties.products[].sku`); one label per path across all
events (build.py's render refuses a conflict). Values are made up but shaped like real ones:
names from British, Cantonese, mainland Chinese, Emirati/Arab, South Asian and other cultures;
UK, Hong Kong, UAE and other national phone formats; UK postcodes, Hong Kong flat/floor/tower and
Dubai villa/area addresses; HKIDs with their mod-11 check character, Emirates IDs (784-...) with
their Luhn digit, UK National Insurance numbers of valid structure, Luhn card numbers with real
issuer prefixes, GB/AE/CH IBANs with mod-97 check digits.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the user, a recipient, a contact, an agent, a staff
  member). Colour = the reference's default for that matcher; outside the reference: red for
  credentials/secrets, card numbers, bank accounts, government ids and health; yellow otherwise.
- Green: ids we (or a vendor) issue (client, bidder, paddle, lot, sale, invoice, contract, consignor
  ids, UUIDs, numeric ids, SKUs), versions, timestamps, hashes, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `pep_match`, `HKID_VERIFIED`); catalogue data
  (lot titles, artists and makers, producers, models, provenance that names only historical
  collectors, watch reference numbers); company, gallery, venue and courier-company names and the
  business's own addresses, phones and role mailboxes; countries, regions, emirates, locales,
  timezones, currencies, user agents, OS-issued device ids. Card brand, last four, expiry and BIN;
  sort codes, SWIFT/BIC and bank codes are green.
- Published policy applied: member/client/paddle numbers green; ages and age bands green; marital
  status, occupation and employer green; insurance policy numbers yellow `identification`; income
  bands yellow `salary`; credit scores yellow `credit score`; gclid/fbclid/fbp/fbc/msclkid yellow
  `advertising id`; billing and shipping addresses of the person yellow `address`; payment and card
  tokens (`pm_`, `src_`), one-time codes and sign-in/reset link tokens red `token`; identity
  document numbers (passport, HKID, Emirates ID, driving licence used as KYC document) red
  `national id|passport`; residency/visa status red `visa`; the last four of a US TIN/SSN red.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would flag):
  a watch's case or movement serial is yellow `serial` (like a VIN, it identifies an object tied
  to its owner), while a grading company's card certificate number, our own authenticity
  certificate number, an export licence or CITES permit number is green (ids issued to objects);
  photos of objects are green, photos of ID documents, signatures and deliveries to a home are
  yellow `photo`; a marketplace username is yellow `name`; a salutation (Mr/Mrs/Ms) is yellow
  `gender`; dietary requirements that include halal/kosher and allergies are yellow
  `allergy|religion`; accessibility needs (wheelchair user ...) are red `disability`; AML outcomes
  (PEP match, sanctions hit, risk band) and source-of-funds enums are green; a door or building
  access code is red `secret`; a caller's city from a telephony lookup is yellow `city`.
- value_only is true when the key does not say what the value is (`q`, `label`, `input`, `note`,
  `to`, `recipient`, `actor`, Twilio's `From`, WhatsApp's `wa_id`/`from`, Zendesk's
  `via.source.from.address`, HubSpot's `fields[].value`, `gift_message`) and only the value reveals
  it; such a path holds that PII in every one of its values. Free text is labelled by what every
  value carries: green when not every value carries PII (chat text, condition reports, provenance,
  SMS bodies, delivery notes hold none here).
- A push token (`context.device.token`) is red `token`; the user's own city (`context.location.city`,
  `HOME_CITY`, address cities) is yellow `city`, while salerooms, venues and searched places are green.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, contacts and places ---------------------------------------------------------------------

CULTURES = {
    "uk": (
        ["Oliver", "Charlotte", "Harriet", "James", "Amelia", "Rupert", "Siobhan", "Rhys", "Imogen", "Hugo"],
        [
            "Bennett",
            "Whitmore",
            "Ashworth",
            "Pemberton",
            "Hughes",
            "Fairfax",
            "Gallagher",
            "Llewellyn",
            "Okoro",
        ],
    ),
    "hk": (
        [
            "Tai Man",
            "Siu Ming",
            "Ka Yan",
            "Chi Wai",
            "Hoi Yan",
            "Wing Sze",
            "Kelvin",
            "Vivian",
            "Jacky",
            "Man Kit",
        ],
        ["Chan", "Wong", "Leung", "Cheung", "Lau", "Ho", "Tsang", "Yeung", "Lam", "Ng", "Kwok"],
    ),
    "cn": (
        ["Wei", "Na", "Fang", "Jun", "Xiaoming", "Yiting", "Haoran"],
        ["Zhang", "Li", "Wang", "Liu", "Zhao", "Sun", "Xu"],
    ),
    "ae": (
        ["Ahmed", "Fatima", "Mariam", "Khalid", "Yousef", "Noura", "Hamdan", "Aisha", "Saeed", "Layla"],
        [
            "Al Mansoori",
            "Al Hashemi",
            "Al Suwaidi",
            "Al Marzouqi",
            "Al Ketbi",
            "Haddad",
            "Nasser",
            "Al Nuaimi",
        ],
    ),
    "in": (
        ["Priya", "Arjun", "Sanjay", "Ayesha", "Rohan", "Ananya", "Vikram"],
        ["Raman", "Mehta", "Kapoor", "Siddiqui", "Iyer", "Banerjee", "Reddy"],
    ),
    "other": (
        [
            "Dmitri",
            "Anastasia",
            "Jean-Luc",
            "Matthias",
            "Yuki",
            "Chidi",
            "Isabella",
            "Santiago",
            "Min-jun",
            "Søren",
        ],
        ["Volkov", "Orlova", "Moreau", "Keller", "Tanaka", "Okonkwo", "Rossi", "Herrera", "Kim", "Lindqvist"],
    ),
}
CULTURE_KEYS = list(CULTURES)
ASCII = str.maketrans({"ø": "o", "é": "e", "\u0131": "i", "ü": "u", "'": "", " ": "", "-": ""})
MAIL = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "yahoo.com.hk",
    "netvigator.com",
    "hotmail.co.uk",
    "btinternet.com",
    "eim.ae",
    "proton.me",
    "me.com",
    "family-office.ch",
]
HOUSE = "harcourt-lam.com"


def culture(f: Fake) -> str:
    return f.pick(CULTURE_KEYS)


def first(f: Fake, c: str | None = None) -> str:
    return f.pick(CULTURES[c or culture(f)][0])


def last(f: Fake, c: str | None = None) -> str:
    return f.pick(CULTURES[c or culture(f)][1])


def full_name(f: Fake) -> str:
    c = culture(f)
    given, family = first(f, c), last(f, c)
    if c == "hk" and " " in given:
        return f.pick([f"{family} {given}", f"{family.upper()} {given}", f"{given} {family}"])
    if c == "cn":
        return f.pick([f"{family} {given}", f"{given} {family}"])
    return f"{given} {family}"


def email(f: Fake) -> str:
    c = culture(f)
    g = first(f, c).lower().translate(ASCII)
    s = last(f, c).lower().translate(ASCII)
    local = f.pick([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{f.r.randint(1, 99)}", f"{s}.{g}{f.r.randint(60, 99)}"])
    return f"{local}@{f.pick(MAIL)}"


def staff_email(f: Fake) -> str:
    c = culture(f)
    return f"{first(f, c)[0].lower()}.{last(f, c).lower().translate(ASCII)}@{HOUSE}"


def phone(f: Fake, country: str | None = None) -> str:
    r = f.r
    country = country or f.pick(["uk", "uk", "hk", "hk", "ae", "ae", "us", "sg", "ch", "cn", "in"])
    if country == "uk":
        n = f"7{r.randint(100, 999)}{r.randint(100000, 999999)}"
        return f.pick(
            [f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}", f"+44 20 7946 0{r.randint(100, 999)}"]
        )
    if country == "hk":
        n = f"{f.pick('5679')}{r.randint(1000000, 9999999)}"
        return f.pick([f"+852 {n[:4]} {n[4:]}", f"+852{n}", f"{n[:4]} {n[4:]}", f"(852) {n[:4]}-{n[4:]}"])
    if country == "ae":
        n = f"5{f.pick('02458')}{r.randint(1000000, 9999999)}"
        return f.pick(
            [f"+971 {n[:2]} {n[2:5]} {n[5:]}", f"+971{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"00971{n}"]
        )
    if country == "us":
        return f"+1 ({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}"
    if country == "sg":
        return f"+65 {f.pick('89')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "ch":
        return f"+41 7{f.pick('6789')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if country == "cn":
        return f"+86 1{f.pick('3589')}{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    return f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}"


UK_STREETS = ["Kensington Park Road", "Chester Square", "Holland Villas Road", "Albion Street", "Cheyne Walk"]
UK_TOWNS = ["London", "Edinburgh", "Bath", "Harrogate", "Oxford", "Manchester", "Guildford"]
UK_OUTWARD = ["W11", "SW1W", "SW3", "NW3", "EC2A", "W8", "KT2", "EH3", "M20", "BA1", "HG1", "OX2", "GU1"]
HK_BUILDINGS = ["The Harbourside", "Tregunter", "Branksome Grande", "The Arch", "Severn 8", "Pacific View"]
HK_ROADS = ["Austin Road West", "Tregunter Path", "Conduit Road", "Repulse Bay Road", "Kadoorie Avenue"]
HK_DISTRICTS = ["Mid-Levels", "Tsim Sha Tsui", "Repulse Bay", "Happy Valley", "Kowloon Tong", "Sai Kung"]
AE_AREAS = ["Al Barsha 2", "Jumeirah 1", "Emirates Hills", "Palm Jumeirah", "Al Reem Island", "Umm Suqeim 3"]
AE_TOWERS = ["Marina Gate 1", "Burj Vista 2", "Sky Tower", "Emirates Crown", "Al Hadeel"]


def postcode(f: Fake) -> str:
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{f.pick(UK_OUTWARD)} {f.r.randint(1, 9)}{f.pick(unit)}{f.pick(unit)}"


def street_line(f: Fake) -> str:
    r = f.r
    kind = f.pick(["uk", "hk", "ae", "ae_villa"])
    if kind == "uk":
        return f"{r.randint(1, 140)} {f.pick(UK_STREETS)}"
    if kind == "hk":
        return f"Flat {r.randint(1, 40)}{f.pick('ABCDEFG')}, {r.randint(2, 60)}/F, {f.pick(HK_BUILDINGS)}"
    if kind == "ae":
        return f"Apartment {r.randint(1, 60)}{r.randint(1, 20):02d}, {f.pick(AE_TOWERS)}"
    return f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}, {f.pick(AE_AREAS)}"


def line2(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.randint(1, 99)} {f.pick(HK_ROADS)}",
            f"Flat {r.randint(1, 9)}",
            f"Tower {r.randint(1, 5)}",
            f"PO Box {r.randint(1000, 99999)}",
            f"Apartment {r.randint(2, 30)}",
        ]
    )


def person_city(f: Fake) -> str:
    return f.pick(
        UK_TOWNS + HK_DISTRICTS + ["Dubai", "Abu Dhabi", "Sharjah", "Geneva", "Singapore", "Shanghai"]
    )


def full_address(f: Fake) -> str:
    r = f.r
    kind = f.pick(["uk", "hk", "ae"])
    if kind == "uk":
        return f"{r.randint(1, 140)} {f.pick(UK_STREETS)}, {f.pick(UK_TOWNS)} {postcode(f)}, United Kingdom"
    if kind == "hk":
        return (
            f"Flat {r.randint(1, 40)}{f.pick('ABCDEF')}, {r.randint(2, 60)}/F, {f.pick(HK_BUILDINGS)}, "
            f"{r.randint(1, 99)} {f.pick(HK_ROADS)}, {f.pick(HK_DISTRICTS)}, Hong Kong"
        )
    return f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}, {f.pick(AE_AREAS)}, Dubai, UAE"


# -- identity documents, accounts, cards, tokens ------------------------------------------------------


def hkid(f: Fake) -> str:
    letter = f.pick("ACDEGHKMPRVYZ")
    digits = [f.r.randint(0, 9) for _ in range(6)]
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum(w * d for w, d in zip(range(7, 1, -1), digits))
    check = (11 - total % 11) % 11
    mark = "A" if check == 10 else str(check)
    body = letter + "".join(map(str, digits))
    return f.pick([f"{body}({mark})", f"{body}{mark}", f"{body} ({mark})"])


def emirates_id(f: Fake) -> str:
    body = "784" + str(f.r.randint(1960, 2004)) + f"{f.r.randint(0, 9999999):07d}"
    full = f.luhn_complete(body)
    return f.pick([f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}", full])


def nino(f: Fake) -> str:
    prefix = f.pick(["AB", "CE", "JK", "NA", "PR", "SX", "TW", "WL", "YH", "JB", "HT"])
    d = f"{f.r.randint(0, 999999):06d}"
    return f.pick([f"{prefix}{d}{f.pick('ABCD')}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {f.pick('ABCD')}"])


def uk_driving_licence(f: Fake) -> str:
    sur = (last(f, "uk").upper() + "99999")[:5]
    y = f.r.randint(50, 99)
    month = f.r.randint(1, 12) + f.pick([0, 50])
    born = f"{y // 10}{month:02d}{f.r.randint(1, 28):02d}{y % 10}"
    return f"{sur}{born}{f.pick('AJRS')}{f.pick('9BKM')}9{f.pick(['AB', 'CD', 'XY'])}"


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            f.digits(9),  # UK, US
            "K" + f"{f.r.randint(0, 99999999):08d}",  # HKSAR
            "E" + f.digits(8),  # PRC
            f.pick("NPRZ") + f.digits(7),  # India, UAE
            "X" + f.digits(7),  # Switzerland-like
        ]
    )


def id_document(f: Fake) -> str:
    return f.pick([passport_no(f), hkid(f), emirates_id(f), uk_driving_licence(f)])


def card(f: Fake, formatted: bool | None = None) -> str:
    prefix, length = f.pick([("4", 16), ("52", 16), ("2221", 16), ("37", 15), ("62", 16), ("3528", 16)])
    number = f.luhn_complete(
        prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    )
    formatted = f.r.random() < 0.4 if formatted is None else formatted
    if formatted and length == 16:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def iban(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["GB", "GB", "AE", "AE", "CH"])
    if country == "GB":
        bban = f.pick(["NWBK", "BARC", "HBUK", "LOYD", "COUT"]) + f.digits(6) + f.digits(8)
    elif country == "AE":
        bban = f.pick(["026", "033", "035", "030"]) + f.digits(16)
    else:
        bban = f"{f.r.randint(0, 99999):05d}" + f.digits(12)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def bank_account(f: Fake) -> str:
    return f.pick(
        [f.digits(8), f"{f.digits(3)}-{f.digits(6)}-{f.digits(3)}", f.digits(12), f"0{f.digits(13)}"]
    )


def alnum(f: Fake, n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def cko_source(f: Fake) -> str:
    return "src_" + alnum(f, 26, string.ascii_lowercase + string.digits)


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + alnum(
        f, 70, string.ascii_letters + string.digits + "-_"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, string.ascii_letters + string.digits + "-_")


def watch_serial(f: Fake) -> str:
    return f.pick(
        [alnum(f, 8, string.ascii_uppercase + string.digits), f.digits(7), f.digits(6), "N" + f.digits(6)]
    )


def wa_number(f: Fake) -> str:
    """A WhatsApp id: the international number as bare digits."""
    r = f.r
    return f.pick(
        [
            f"447{r.randint(100, 999)}{r.randint(100000, 999999)}",
            f"852{f.pick('569')}{r.randint(1000000, 9999999)}",
            f"9715{f.pick('0258')}{r.randint(1000000, 9999999)}",
            f"65{f.pick('89')}{r.randint(1000000, 9999999)}",
            f"861{f.pick('358')}{r.randint(100000000, 999999999)}",
        ]
    )


def form_field_name(f: Fake) -> str:
    """A HubSpot field name; form_field_value, rendered next, fills it in."""
    f.form_field = f.pick(["firstname", "lastname", "email", "mobilephone"])
    return f.form_field


def form_field_value(f: Fake) -> str:
    return {"firstname": first, "lastname": last, "email": email, "mobilephone": phone}[f.form_field](f)


def money_minor(f: Fake) -> int:
    return f.r.randint(50_000, 250_000_000)


def sale_code(f: Fake) -> str:
    return f.pick(["HK", "L", "DXB", "ONL"]) + str(f.r.randint(24, 25)) + f"{f.r.randint(100, 999)}"


def lot_id(f: Fake) -> str:
    return f"lot_{f.hexid(12)}"


def sha256(f: Fake) -> str:
    return f.hexid(64)


LOT_TITLES = [
    "Rolex Cosmograph Daytona 'Paul Newman' Ref. 6239",
    "Patek Philippe Nautilus Ref. 5711/1A-010",
    "Audemars Piguet Royal Oak 'Jumbo' Ref. 15202ST",
    "Château Lafite Rothschild 1982 (12 BT)",
    "Domaine de la Romanée-Conti, La Tâche 2005 (6 BT)",
    "Nike Air Jordan 1 Retro High OG 'Chicago' (1985)",
    "Nike SB Dunk Low 'Paris' (2002)",
    "1986 Fleer #57 Michael Jordan PSA 9",
    "Pokémon Base Set 1st Edition Charizard #4 PSA 10",
    "Zao Wou-Ki, 'Juin-Octobre 1985'",
    "Yayoi Kusama, Pumpkin (1990)",
    "Banksy, Girl with Balloon (screenprint, 2004)",
    "A Famille-Rose 'Hundred Deer' Vase, Qianlong Mark",
    "Hermès Birkin 30 Himalaya Niloticus Crocodile",
]
ARTISTS = [
    "Zao Wou-Ki",
    "Yayoi Kusama",
    "Banksy",
    "Andy Warhol",
    "Chu Teh-Chun",
    "Farhad Moshiri",
    "David Hockney",
]
CATEGORIES = ["watches", "wine", "sneakers", "trading-cards", "modern-art", "asian-art", "handbags"]
CURRENCIES = ["GBP", "HKD", "AED", "USD"]
SALEROOMS = ["London", "Hong Kong", "Dubai", "Online"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]

# -- contexts of the client libraries ----------------------------------------------------------------


CENTRES = [
    (51.5072, -0.1276),
    (22.2793, 114.1628),
    (25.2048, 55.2708),
    (24.4539, 54.3773),
    (1.3521, 103.8198),
]


def pin_lat(f: Fake) -> float:
    """A latitude near one of the cities; pin_lng, rendered next, stays in the same city."""
    f.centre = f.pick(CENTRES[:4])
    return round(f.centre[0] + f.r.uniform(-0.1, 0.1), 6)


def pin_lng(f: Fake) -> float:
    return round(f.centre[1] + f.r.uniform(-0.1, 0.1), 6)


def web_ctx(f: Fake):
    page = f.pick(
        ["/auctions/hk2401", "/lot/watches/214", "/register-to-bid", "/checkout", "/account/invoices"]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://hodinkee.example/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?lang=zh-hk", "?sale=HK24512"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Harcourt & Lam | Auctions",
                        "Lot 214 | Important Watches",
                        "Register to bid",
                        "Checkout",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.harcourt-lam.com" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-GB", "zh-HK", "en-AE", "ar-AE", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Hong_Kong", "Asia/Dubai", "Asia/Singapore"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
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
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["hk_spring_watches", "dxb_preview", "ldn_wine_may", "sneaker_drop_07"])
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "instagram", "wechat"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "display"])),
            "term": G(
                lambda f: f.pick(
                    ["rolex daytona auction", "kusama pumpkin", "lafite 1982", "charizard psa 10"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "lot_grid", "textlink", "story_swipe"])),
        }
    return ctx


def swift_ctx(f: Fake):
    tracking = f.r.random() < 0.35
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,3", "iPhone16,2", "iPhone14,5", "iPad13,8"])),
        "name": G(lambda f: f.pick(["iPhone", "iPad"])),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx = {
        "app": {
            "name": G(lambda f: "Harcourt & Lam"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.harcourtlam.bid"),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "zh-Hant-HK", "ar-AE", "en-AE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Hong_Kong", "Asia/Dubai"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "clientNumber": G(lambda f: "C" + f.digits(7)),
        }
    return ctx


def kotlin_ctx(f: Fake):
    tracking = f.r.random() < 0.6
    device = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "HUAWEI"])),
        "model": G(lambda f: f.pick(["SM-S928B", "Pixel 8 Pro", "2312DRA50G", "SM-A546E"])),
        "name": G(lambda f: f.pick(["e3q", "husky", "garnet", "a54x"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return {
        "app": {
            "name": G(lambda f: "Harcourt & Lam"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.3", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "640305", "650001"])),
            "namespace": G(lambda f: "com.harcourtlam.bid"),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "csl.", "SmarTone", "etisalat", "du", "Vodafone UK"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "zh-HK", "ar-AE", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Hong_Kong", "Asia/Dubai"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S928B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Pro Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; 2312DRA50G Build/SKQ1.211006.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: f.pick(["H&L Courier", "Harcourt & Lam Live"])),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "234", "241"])),
            "namespace": G(lambda f: f.pick(["com.harcourtlam.courier", "com.harcourtlam.live"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,2", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "zh-HK", "en-AE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Hong_Kong", "Asia/Dubai"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
        },
    }
    if f.r.random() < 0.7:
        lat, lng = f.pick(CENTRES)
        ctx["location"] = {
            "latitude": Y(lambda f: round(lat + f.r.uniform(-0.08, 0.08), 6), "geolocation"),
            "longitude": Y(lambda f: round(lng + f.r.uniform(-0.08, 0.08), 6), "geolocation"),
            "city": Y(person_city, "city"),
            "country": G(lambda f: f.pick(["Hong Kong", "United Arab Emirates", "United Kingdom"])),
            "speed": G(lambda f: f.pick([0, 0.0, 4.2, 11.8])),
        }
    return ctx


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Harcourt & Lam"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "312", "320"])),
            "namespace": G(lambda f: "com.harcourtlam.collect"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-F946B", "CPH2451"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 904]))},
        "locale": G(lambda f: f.pick(["en-GB", "zh-HK", "ar-AE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Hong_Kong", "Asia/Dubai"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.2", "3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.0", "3.8.1", "3.9.0"]),
    "hightouch": ("hightouch", ["1.0.0", "1.1.0", "1.2.0"]),
}


def server_ctx(lib: str, forwarded: bool):
    def build(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if forwarded:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
            ctx["locale"] = G(lambda f: f.pick(["en-GB", "zh-HK", "ar-AE", "en-US"]))
        return ctx

    return build


CLIENTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib, False) for lib in SERVER_LIBS},
    **{lib + "+fwd": server_ctx(lib, True) for lib in ("python", "node", "go", "php", "ruby")},
}
MOBILE = ["swift", "kotlin", "flutter"]
APPS = ["web", "swift", "kotlin", "flutter"]

# -- reusable shapes ---------------------------------------------------------------------------------


def lot_product():
    return {
        "product_id": G(lot_id),
        "sku": G(lambda f: f"{f.pick(['WAT', 'WIN', 'SNK', 'TCG', 'ART'])}-{f.r.randint(10000, 99999)}"),
        "name": G(lambda f: f.pick(LOT_TITLES)),
        "brand": G(
            lambda f: f.pick(
                ["Rolex", "Patek Philippe", "Nike", "PSA", "Château Lafite", "Hermès", "Pokémon"]
            )
        ),
        "category": G(lambda f: f.pick(CATEGORIES)),
        "price": G(lambda f: f.money(200, 90000)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def spec_address(prefix_name: bool = True):
    address = {
        "line1": Y(street_line, "address|street"),
        "line2": Y(line2, "address|street"),
        "city": Y(person_city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(lambda f: f.pick(["GB", "HK", "AE", "CH", "SG"])),
    }
    if prefix_name:
        address = {"name": Y(full_name, "name"), **address}
    return address


def free_text(*options):
    return lambda f: f.pick(list(options))


def note_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Client prefers WhatsApp on {phone(f)} after 6pm HKT.",
            f"PA {first(f)} handles logistics, reach them on {phone(f)}.",
            f"Call {phone(f)} before any private sale offer; not by email.",
            f"New mobile number {phone(f)} — update CRM.",
            f"Husband bids on the same paddle, his number is {phone(f)}.",
        ]
    )


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Happy 40th, my love — {first(f)}",
            f"Congratulations on the new home! Love, {first(f)} & {first(f)}",
            f"For {first(f)}, with thanks for everything",
            f"Eid Mubarak! From {first(f)}",
            f"Dear {first(f)}, happy anniversary",
        ]
    )


# -- events ------------------------------------------------------------------------------------------
# (type, event/screen/page name, clients, body)

EVENTS = [
    # -- profiles -------------------------------------------------------------------------------------
    (
        "identify",
        None,
        [*APPS, "rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "salutation": Y(free_text("Mr", "Mrs", "Ms", "Miss", "Mx"), "gender"),
            "avatarUrl": Y(lambda f: f"https://images.harcourt-lam.com/avatars/{f.uuid()}.jpg", "photo"),
            "birthday": Y(lambda f: f.date(1945, 2003), "birthdate"),
            "address": {
                "street": Y(street_line, "address|street"),
                "city": Y(person_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "state": G(
                    lambda f: f.pick(["Greater London", "Hong Kong Island", "Kowloon", "Dubai", "Abu Dhabi"])
                ),
                "country": G(lambda f: f.pick(["United Kingdom", "Hong Kong SAR", "United Arab Emirates"])),
            },
            "gender": Y(free_text("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "age": G(lambda f: f.r.randint(21, 84)),
            "createdAt": G(lambda f: f.iso()),
            "clientNumber": G(lambda f: "C" + f.digits(7)),
            "preferredCurrency": G(lambda f: f.pick(CURRENCIES)),
            "preferredSaleroom": G(lambda f: f.pick(SALEROOMS)),
            "interests": Many(G(lambda f: f.pick(CATEGORIES)), 3),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["not_started", "pending", "approved", "rejected"])),
        },
    ),
    (
        "identify",
        None,
        ["python", "node"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "mobile_number": Y(phone, "phone"),
            "date_of_birth": Y(lambda f: f.date(1940, 2003), "birthdate"),
            "nationality": Y(
                free_text("British", "Chinese (HKSAR)", "Emirati", "Indian", "Swiss", "Singaporean"),
                "citizenship",
            ),
            "country_of_residence": G(lambda f: f.pick(["GB", "HK", "AE", "CH", "SG"])),
            "client_since": G(lambda f: f.date(1995, 2024)),
            "lifetime_spend_gbp": G(lambda f: f.money(0, 4_000_000)),
            "relationship_manager_name": Y(full_name, "name"),
            "relationship_manager_id": G(lambda f: "stf_" + f.digits(4)),
            "occupation": G(
                lambda f: f.pick(["Private equity", "Surgeon", "Retired", "Entrepreneur", "Architect"])
            ),
            "employer": G(
                lambda f: f.pick(
                    ["Harbour Capital Ltd", "Al Noor Holdings", "Self-employed", "Meridian Partners"]
                )
            ),
            "marital_status": G(lambda f: f.pick(["married", "single", "divorced", "widowed"])),
            "annual_income_band": Y(
                free_text("GBP 100k-250k", "GBP 250k-1m", "GBP 1m+", "prefer not to say"), "salary"
            ),
            "source_of_wealth": G(
                lambda f: f.pick(["business_sale", "inheritance", "employment", "investments"])
            ),
            "is_pep": G(lambda f: f.pick([True, False])),
            "do_not_call": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "identify",
        None,
        ["hightouch"],
        {
            "CLIENT_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2003), "birthdate"),
            "HOME_CITY": Y(person_city, "city"),
            "COUNTRY_CODE": G(lambda f: f.pick(["GB", "HK", "AE", "SG", "US"])),
            "LIFETIME_SPEND_GBP": G(lambda f: f.money(0, 4_000_000)),
            "TIER": G(lambda f: f.pick(["PLATINUM", "GOLD", "SILVER", "STANDARD"])),
            "IS_CONSIGNOR": G(lambda f: f.pick([True, False])),
            "EMAIL_OPT_IN": G(lambda f: f.pick([True, False])),
            "PADDLE_COUNT_12M": G(lambda f: f.r.randint(0, 30)),
            "RM_EMAIL": Y(staff_email, "email"),
            "HKID_VERIFIED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["node", "ruby"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Galerie Lumière",
                        "Kowloon Fine Art Ltd",
                        "Al Fahidi Collectibles LLC",
                        "Cask & Barrel Wines",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Art dealer", "Wine merchant", "Watch retailer", "Card shop"])),
            "website": G(
                lambda f: f.pick(
                    ["https://lumiere.example", "https://kfa.example.hk", "https://alfahidi.example.ae"]
                )
            ),
            "vat_number": G(lambda f: "GB" + f.digits(9)),
            "registered_office": {
                "line1": G(
                    lambda f: f.pick(
                        ["12 Cork Street", "Unit 1203, 12/F, Pedder Building", "Office 402, Alserkal Avenue"]
                    )
                ),
                "city": G(lambda f: f.pick(["London", "Hong Kong", "Dubai"])),
                "postcode": G(lambda f: f.pick(["W1S 3NS", "", "", "EC1V 2NX"])),
                "country": G(lambda f: f.pick(["GB", "HK", "AE"])),
            },
            "main_phone": G(lambda f: f.pick(["+44 20 7946 0018", "+852 2523 0000", "+971 4 321 0000"])),
            "accounts_email": G(
                lambda f: f.pick(
                    ["accounts@lumiere.example", "finance@kfa.example.hk", "billing@alfahidi.example.ae"]
                )
            ),
        },
    ),
    ("alias", None, [*MOBILE, "web"], None),
    # -- browsing -------------------------------------------------------------------------------------
    (
        "page",
        "Lot Detail",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/lot/watches/214", "/lot/wine/88", "/lot/cards/1203"])),
            "url": G(lambda f: "https://www.harcourt-lam.com/lot/" + str(f.r.randint(1, 900))),
            "title": G(lambda f: f.pick(LOT_TITLES)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.harcourt-lam.com/auctions"])
            ),
            "category": G(lambda f: f.pick(CATEGORIES)),
        },
    ),
    (
        "screen",
        "Sale Catalogue",
        [*MOBILE, "rn"],
        {
            "saleId": G(lambda f: f.uuid()),
            "saleCode": G(sale_code),
            "lotCount": G(lambda f: f.r.randint(40, 600)),
            "source": G(lambda f: f.pick(["push", "home_carousel", "deeplink", "search"])),
            "viewMode": G(lambda f: f.pick(["grid", "list", "map"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", *MOBILE],
        {
            "query": G(
                lambda f: f.pick(
                    ["patek 5711", "Zao Wou-Ki", "kusama", "lafite 1982", "jordan 1 chicago", "charizard"]
                )
            ),
            "filters": {
                "category": G(lambda f: f.pick(CATEGORIES)),
                "price_max": G(lambda f: f.pick([5000, 100000, 1000000, None])),
            },
            "results_count": G(lambda f: f.r.randint(0, 420)),
            "sort": G(lambda f: f.pick(["ending_soon", "estimate_high", "newest", "relevance"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", *MOBILE],
        {
            **lot_product(),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "value": G(lambda f: f.money(200, 90000)),
            "url": G(lambda f: "https://www.harcourt-lam.com/lot/" + str(f.r.randint(1, 900))),
            "seller_id": G(lambda f: "slr_" + f.hexid(10)),
            "seller_username": Y(
                lambda f: f.pick(
                    [
                        first(f).lower().translate(ASCII) + str(f.r.randint(7, 99)),
                        "kicks_" + last(f).lower().translate(ASCII),
                        first(f).lower().translate(ASCII) + "_collects",
                    ]
                ),
                "name",
            ),
            "condition": G(lambda f: f.pick(["deadstock", "worn once", "very good", "mint"])),
            "authenticated": G(lambda f: f.pick([True, False])),
            "size": G(lambda f: f.pick(["UK 9", "UK 10.5", "US 11", "EU 42"])),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", *MOBILE],
        {"cart_id": G(lambda f: f.uuid()), **lot_product(), "currency": G(lambda f: f.pick(CURRENCIES))},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "value": G(lambda f: f.money(200, 90000)),
            "revenue": G(lambda f: f.money(200, 90000)),
            "shipping": G(lambda f: f.money(0, 400)),
            "tax": G(lambda f: f.money(0, 9000)),
            "coupon": G(lambda f: f.pick(["", "WELCOME50", "VIPFREESHIP", "DROP07"])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(lot_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "bank_transfer", "fps"])),
            "payment_method_id": RED(pm_token, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "unionpay"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "371449", "622126"])),
            "billing_address": spec_address(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(200, 90000)),
            "subtotal": G(lambda f: f.money(200, 90000)),
            "revenue": G(lambda f: f.money(200, 90000)),
            "shipping": G(lambda f: f.money(0, 400)),
            "tax": G(lambda f: f.money(0, 9000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(lot_product(), 3),
            "shipping_address": {
                **spec_address(),
                "phone": Y(phone, "phone"),
                "region": G(lambda f: f.pick(["Kowloon", "Dubai", "Greater London", "New Territories"])),
            },
            "customer_email": Y(email, "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_message": Y(gift_message, "name", True),
            "tracking_number": G(lambda f: f.pick(["1Z", "JD01", "DHL"]) + f.digits(14)),
        },
    ),
    # -- bidder registration, KYC, AML ---------------------------------------------------------------
    (
        "track",
        "Bidder Registration Started",
        ["web", "swift", "kotlin"],
        {
            "saleId": G(lambda f: f.uuid()),
            "saleCode": G(sale_code),
            "saleroom": G(lambda f: f.pick(SALEROOMS)),
            "registrationType": G(lambda f: f.pick(["online", "phone", "absentee", "in_person"])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "step": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Bidder Registration Submitted",
        ["python"],
        {
            "bidder_id": G(lambda f: "bdr_" + f.digits(8)),
            "sale_id": G(lambda f: f.uuid()),
            "sale_code": G(sale_code),
            "paddle_number": G(lambda f: f.r.randint(100, 9999)),
            "registration_type": G(lambda f: f.pick(["online", "phone", "absentee", "in_person"])),
            "requested_bid_limit": G(lambda f: f.pick([50000, 250000, 1000000, 5000000])),
            "approved_bid_limit": G(lambda f: f.pick([0, 50000, 250000, 1000000])),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "mobile": Y(phone, "phone"),
            "date_of_birth": Y(lambda f: f.date(1940, 2003), "birthdate"),
            "nationality": Y(
                free_text("British", "Chinese (HKSAR)", "Emirati", "Indian", "Swiss", "Singaporean"),
                "citizenship",
            ),
            "residential_address": {
                "line1": Y(street_line, "address|street"),
                "line2": Y(line2, "address|street"),
                "city": Y(person_city, "city"),
                "region": G(lambda f: f.pick(["Hong Kong Island", "Kowloon", "Dubai", "England"])),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "HK", "AE"])),
            },
            "company_name": G(
                lambda f: f.pick(
                    ["", "Harbour Capital Ltd", "Al Noor Holdings", "Lindqvist Family Office AG"]
                )
            ),
            "bidding_on_behalf_of_company": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "KYC Document Uploaded",
        [*MOBILE, "web"],
        {
            "documentType": G(lambda f: f.pick(["passport", "hkid", "emirates_id", "driving_licence"])),
            "documentNumber": RED(id_document, "passport|national id"),
            "issuingCountry": G(lambda f: f.pick(["GBR", "HKG", "ARE", "CHN", "IND"])),
            "expiryDate": G(lambda f: f.date(2025, 2034)),
            "frontImageUrl": Y(
                lambda f: f"https://kyc-uploads.harcourt-lam.com/{f.uuid()}/front.jpg", "photo"
            ),
            "fileSha256": G(sha256),
            "selfieMatched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "KYC Check Completed",
        ["node"],
        {
            "applicantId": G(lambda f: f.hexid(24)),
            "inspectionId": G(lambda f: f.hexid(24)),
            "externalUserId": G(lambda f: "bdr_" + f.digits(8)),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "reviewStatus": G(lambda f: f.pick(["completed", "pending", "onHold"])),
            "reviewResult": {
                "reviewAnswer": G(lambda f: f.pick(["GREEN", "RED", "GREEN"])),
                "rejectLabels": Many(
                    G(lambda f: f.pick(["DOCUMENT_DAMAGED", "SELFIE_MISMATCH", "BAD_PROOF_OF_ADDRESS"])), 2
                ),
            },
            "info": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dob": Y(lambda f: f.date(1940, 2003), "birthdate"),
                "country": G(lambda f: f.pick(["GBR", "HKG", "ARE", "IND"])),
                "nationality": Y(free_text("GBR", "HKG", "ARE", "CHN", "IND", "CHE"), "citizenship"),
                "idDocs": Many(
                    {
                        "idDocType": G(
                            lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS", "RESIDENCE_PERMIT"])
                        ),
                        "number": RED(id_document, "passport|national id"),
                        "country": G(lambda f: f.pick(["GBR", "HKG", "ARE", "CHN"])),
                        "validUntil": G(lambda f: f.date(2025, 2034)),
                    },
                    2,
                ),
            },
            "sandboxMode": G(lambda f: False),
            "dobMatch": G(lambda f: f.pick([True, False])),
            "nameMatchScore": G(lambda f: round(f.r.uniform(0.5, 1.0), 2)),
        },
    ),
    (
        "track",
        "AML Screening Completed",
        ["python"],
        {
            "screening_id": G(lambda f: f.uuid()),
            "match_status": G(
                lambda f: f.pick(["no_match", "potential_match", "false_positive", "true_positive"])
            ),
            "pep_match": G(lambda f: f.pick([True, False])),
            "sanctions_match": G(lambda f: f.pick([True, False])),
            "risk_level": G(lambda f: f.pick(["low", "medium", "high"])),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "searched_name": Y(full_name, "name"),
            "searched_dob": Y(lambda f: f.date(1940, 2003), "birthdate"),
            "searched_nationality": Y(
                free_text("British", "Russian", "Chinese", "Emirati", "Indian"), "citizenship"
            ),
            "searched_country": G(lambda f: f.pick(["GB", "HK", "AE", "RU", "CN"])),
            "reviewer_email": Y(staff_email, "email"),
            "source_of_funds": G(
                lambda f: f.pick(["salary", "business_income", "property_sale", "inheritance"])
            ),
            "source_of_funds_note": G(
                free_text(
                    "Proceeds from sale of a property in Kowloon Tong",
                    "Dividends from family business",
                    "Bonus payment, see bank letter",
                    "Sale of a watch collection",
                )
            ),
            "edd_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "UAE Bidder Verified",
        ["go"],
        {
            "al_ism_al_awwal": Y(lambda f: first(f, "ae"), "name"),
            "ism_al_aila": Y(lambda f: last(f, "ae"), "name"),
            "raqm_al_hatif": Y(lambda f: phone(f, "ae"), "phone"),
            "al_bareed_al_electroni": Y(email, "email"),
            "raqm_al_hawiya": RED(emirates_id, "national id"),
            "tareekh_al_milad": Y(lambda f: f.date(1945, 2003), "birthdate"),
            "al_jinsiya": Y(free_text("Emirati", "Indian", "British", "Egyptian", "Lebanese"), "citizenship"),
            "wadh_al_iqama": RED(
                free_text("resident_visa", "golden_visa", "tourist_visa", "citizen"), "visa"
            ),
            "al_unwan": Y(full_address, "address"),
            "al_imara": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Sharjah", "Ras Al Khaimah"])),
            "raqm_al_muzayid": G(lambda f: f.r.randint(1000, 9999)),
            "al_hadd_al_aqsa": G(lambda f: f.pick([100000, 500000, 2000000])),
            "tareekh_al_tasjeel": G(lambda f: f.iso()),
            "halat_al_tahaqquq": G(lambda f: f.pick(["verified", "pending", "rejected"])),
        },
    ),
    (
        "track",
        "Two Factor Challenge Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600, 900])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "challenge_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby+fwd"],
        {
            "email": Y(email, "email"),
            "reset_url": RED(
                lambda f: f"https://www.harcourt-lam.com/account/reset?token={alnum(f, 40)}", "token"
            ),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "email_found": G(lambda f: f.pick([True, False])),
            "reset_count_24h": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Bidder Account Created",
        ["php"],
        {
            "created_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "account_type": G(lambda f: f.pick(["phone_bidder", "absentee", "trade"])),
            "temp_password": RED(
                lambda f: alnum(f, 4, string.ascii_uppercase) + "-" + alnum(f, 4) + f.pick("!#%&"), "password"
            ),
            "welcome_email_sent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    # -- bidding --------------------------------------------------------------------------------------
    (
        "track",
        "Absentee Bid Placed",
        ["web", "swift", "kotlin"],
        {
            "saleId": G(lambda f: f.uuid()),
            "lotId": G(lot_id),
            "lotNumber": G(lambda f: f.r.randint(1, 650)),
            "maxBid": G(lambda f: f.pick([5000, 12000, 80000, 250000, 1200000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "bidderId": G(lambda f: "bdr_" + f.digits(8)),
            "paddleNumber": G(lambda f: f.r.randint(100, 9999)),
            "isPhoneBid": G(lambda f: f.pick([True, False])),
            "phoneBidNumber": Y(phone, "phone"),
            "instructions": G(
                free_text("Plus one increment", "Bid only if lot 213 unsold", "", "Top estimate only")
            ),
        },
    ),
    (
        "track",
        "Live Bid Placed",
        ["rn", "flutter"],
        {
            "saleId": G(lambda f: f.uuid()),
            "lotId": G(lot_id),
            "lotNumber": G(lambda f: f.r.randint(1, 650)),
            "bidAmount": G(lambda f: f.pick([5000, 5500, 6000, 120000, 130000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "paddleNumber": G(lambda f: f.r.randint(100, 9999)),
            "bidSource": G(lambda f: f.pick(["app", "web_live", "room_tablet"])),
            "isWinning": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bid Accepted",
        ["go"],
        {
            "bid_id": G(lambda f: f.uuid()),
            "lot_id": G(lot_id),
            "sale_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([5000, 5500, 120000, 2600000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "paddle_number": G(lambda f: f.r.randint(100, 9999)),
            "auctioneer_name": Y(full_name, "name"),
            "channel": G(lambda f: f.pick(["room", "phone", "online", "absentee"])),
            "bidder_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "accepted_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Lot Sold",
        ["go", "java"],
        {
            "lot_id": G(lot_id),
            "sale_id": G(lambda f: f.uuid()),
            "lot_number": G(lambda f: f.r.randint(1, 650)),
            "hammer_price": G(lambda f: f.pick([8000, 48000, 260000, 3100000])),
            "buyers_premium": G(lambda f: f.money(1000, 700000)),
            "estimate_low": G(lambda f: f.pick([5000, 30000, 200000])),
            "estimate_high": G(lambda f: f.pick([8000, 50000, 300000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "winning_paddle": G(lambda f: f.r.randint(100, 9999)),
            "consignor_id": G(lambda f: "CON-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Phone Bid Call Status",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+" + wa_number(f), "phone", True),
            "To": G(lambda f: f.pick(["+442079460100", "+85225230100", "+97143210100"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer", "busy"])),
            "Direction": G(lambda f: f.pick(["outbound-api", "inbound", "outbound-dial"])),
            "CallDuration": G(lambda f: f.r.randint(0, 1800)),
            "FromCountry": G(lambda f: f.pick(["GB", "HK", "AE", "US", "SG"])),
            "FromCity": Y(free_text("LONDON", "MANCHESTER", "EDINBURGH", "BIRMINGHAM"), "city"),
            "CallerName": Y(lambda f: full_name(f).upper(), "name"),
        },
    ),
    # -- catalogue, condition, authentication ---------------------------------------------------------
    (
        "track",
        "Lot Catalogued",
        ["java"],
        {
            "lot_id": G(lot_id),
            "sale_id": G(lambda f: f.uuid()),
            "lot_number": G(lambda f: f.r.randint(1, 650)),
            "title": G(lambda f: f.pick(LOT_TITLES)),
            "artist": G(lambda f: f.pick(ARTISTS)),
            "medium": G(
                lambda f: f.pick(
                    ["oil on canvas", "acrylic on canvas", "screenprint in colours", "porcelain"]
                )
            ),
            "dimensions_cm": G(lambda f: f"{f.r.randint(20, 200)} x {f.r.randint(20, 200)}"),
            "provenance": G(
                free_text(
                    "Private collection, Geneva",
                    "Acquired directly from the artist; thence by descent",
                    "Collection of Baron Élie de Rothschild (1917-2007), Paris",
                    "Whitcombe & Co., London, 12 May 1998, lot 88; Private collection, Asia",
                    "Galerie Maeght, Paris; Private collection, Dubai",
                )
            ),
            "exhibited": G(
                free_text(
                    "",
                    "Tokyo, Mori Art Museum, 2012",
                    "Hong Kong Museum of Art, 1986",
                    "Dubai, Jameel Arts Centre, 2019",
                )
            ),
            "estimate_low": G(lambda f: f.pick([5000, 30000, 200000])),
            "estimate_high": G(lambda f: f.pick([8000, 50000, 300000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "category": G(lambda f: f.pick(CATEGORIES)),
            "consignor_id": G(lambda f: "CON-" + f.digits(6)),
            "catalogue_note": G(
                free_text(
                    "A rare early example.", "Illustrated in the catalogue raisonné.", "Fresh to market.", ""
                )
            ),
        },
    ),
    (
        "track",
        "Watch Lot Catalogued",
        ["java"],
        {
            "lot_id": G(lot_id),
            "lot_number": G(lambda f: f.r.randint(1, 650)),
            "watch_brand": G(
                lambda f: f.pick(
                    ["Rolex", "Patek Philippe", "Audemars Piguet", "F.P. Journe", "Richard Mille"]
                )
            ),
            "model_name": G(
                lambda f: f.pick(
                    ["Cosmograph Daytona 'Paul Newman'", "Nautilus", "Royal Oak 'Jumbo'", "Chronomètre Bleu"]
                )
            ),
            "reference_number": G(
                lambda f: f.pick(["6239", "5711/1A-010", "15202ST.OO.1240ST.01", "116500LN", "RM 011"])
            ),
            "case_serial": Y(watch_serial, "serial"),
            "movement_serial": Y(watch_serial, "serial"),
            "case_material": G(
                lambda f: f.pick(["stainless steel", "18k yellow gold", "platinum", "titanium"])
            ),
            "service_history": G(
                free_text(
                    "Serviced by manufacturer 2019", "No service records", "Serviced 2022, invoice included"
                )
            ),
        },
    ),
    (
        "track",
        "Wine Lot Catalogued",
        ["java"],
        {
            "lot_id": G(lot_id),
            "lot_number": G(lambda f: f.r.randint(1, 650)),
            "producer": G(
                lambda f: f.pick(
                    [
                        "Château Lafite Rothschild",
                        "Domaine de la Romanée-Conti",
                        "Penfolds",
                        "Krug",
                        "Château d'Yquem",
                    ]
                )
            ),
            "vintage": G(lambda f: f.r.randint(1945, 2019)),
            "bottle_count": G(lambda f: f.pick([1, 3, 6, 12])),
            "ullage": G(lambda f: f.pick(["into neck", "base neck", "top shoulder", "high shoulder"])),
            "owc": G(lambda f: f.pick([True, False])),
            "storage_location": G(
                lambda f: f.pick(
                    ["London City Bond, Tilbury", "Crown Wine Cellars, Hong Kong", "Dubai Duty Free Bond"]
                )
            ),
        },
    ),
    (
        "track",
        "Sneaker Listing Created",
        ["swift", "kotlin", "flutter"],
        {
            "listingId": G(lambda f: f.uuid()),
            "styleCode": G(lambda f: f.pick(["DZ5485-612", "555088-101", "304292-702", "FD2596-021"])),
            "brand": G(lambda f: f.pick(["Nike", "Jordan", "adidas", "New Balance"])),
            "model": G(
                lambda f: f.pick(
                    [
                        "Air Jordan 1 Retro High OG 'Chicago'",
                        "SB Dunk Low 'Paris'",
                        "Yeezy Boost 350 V2 'Zebra'",
                        "990v3 'JJJJound'",
                    ]
                )
            ),
            "sizeUK": G(lambda f: f.pick([6, 7.5, 8, 9, 10.5, 12])),
            "condition": G(lambda f: f.pick(["deadstock", "worn once", "very good", "mint"])),
            "askPrice": G(lambda f: f.money(150, 40000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "sellerId": G(lambda f: "slr_" + f.hexid(10)),
            "sellerUsername": Y(
                lambda f: f.pick(
                    [
                        first(f).lower().translate(ASCII) + str(f.r.randint(7, 99)),
                        "kicks_" + last(f).lower().translate(ASCII),
                        first(f).lower().translate(ASCII) + "_collects",
                    ]
                ),
                "name",
            ),
            "photoUrls": Many(G(lambda f: f"https://images.harcourt-lam.com/listings/{f.hexid(12)}.jpg"), 4),
        },
    ),
    (
        "track",
        "Trading Card Listing Created",
        ["swift", "kotlin", "web"],
        {
            "listingId": G(lambda f: f.uuid()),
            "cardName": G(
                lambda f: f.pick(
                    [
                        "1986 Fleer #57 Michael Jordan",
                        "1st Edition Charizard #4",
                        "2003 Topps Chrome LeBron James RC",
                        "Black Lotus (Alpha)",
                    ]
                )
            ),
            "setName": G(
                lambda f: f.pick(["Fleer", "Pokémon Base Set", "Topps Chrome", "Limited Edition Alpha"])
            ),
            "gradingCompany": G(lambda f: f.pick(["PSA", "BGS", "CGC"])),
            "grade": G(lambda f: f.pick([10, 9.5, 9, 8])),
            "certNumber": G(lambda f: f.digits(8)),
            "askPrice": G(lambda f: f.money(150, 40000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "sellerId": G(lambda f: "slr_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Valuation Requested",
        ["web", "flutter"],
        {
            "requestId": G(lambda f: f.uuid()),
            "itemCategory": G(lambda f: f.pick(CATEGORIES)),
            "description": G(
                free_text(
                    "Grandfather's Omega from the 1960s, runs well",
                    "Case of 1990 Pétrus, stored in a cellar",
                    "Signed Kusama print, numbered 34/100",
                    "Box of 1999 Pokémon cards",
                )
            ),
            "estimatedValueRange": G(lambda f: f.pick(["under_5k", "5k_50k", "50k_500k", "500k_plus"])),
            "photoUrls": Many(G(lambda f: f"https://images.harcourt-lam.com/listings/{f.hexid(12)}.jpg"), 4),
            "postcode": Y(postcode, "zipcode"),
        },
    ),
    (
        "track",
        "Condition Report Requested",
        ["web", "swift"],
        {
            "lotId": G(lot_id),
            "saleId": G(lambda f: f.uuid()),
            "requesterName": Y(full_name, "name"),
            "requesterEmail": Y(email, "email"),
            "requesterPhone": Y(phone, "phone"),
            "preferredLanguage": G(lambda f: f.pick(["en", "zh-Hant", "ar"])),
            "message": G(
                free_text(
                    "Is the bracelet stretched?",
                    "Any restoration to the dial?",
                    "Please send more photos of the corks.",
                    "Are there surface scratches on the back?",
                )
            ),
            "departmentEmail": G(
                lambda f: f.pick(
                    [
                        "watches.hk@harcourt-lam.com",
                        "wine@harcourt-lam.com",
                        "modernart.dubai@harcourt-lam.com",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Condition Report Sent",
        ["python"],
        {
            "lot_id": G(lot_id),
            "report_id": G(lambda f: "CR-" + f.digits(6)),
            "specialist_name": Y(full_name, "name"),
            "specialist_email": Y(staff_email, "email"),
            "department_email": G(
                lambda f: f.pick(
                    [
                        "watches.hk@harcourt-lam.com",
                        "wine@harcourt-lam.com",
                        "modernart.dubai@harcourt-lam.com",
                    ]
                )
            ),
            "condition_grade": G(lambda f: f.pick(["A", "B+", "B", "C"])),
            "report_text": G(
                free_text(
                    "Light scratches to the bezel; dial in excellent condition.",
                    "Minor wear to corners; canvas stable.",
                    "Capsules intact, levels high shoulder.",
                    "Small chip to the foot rim, restored.",
                )
            ),
            "recipient": Y(email, "email", True),
        },
    ),
    (
        "track",
        "Item Authenticated",
        ["ruby"],
        {
            "authentication_id": G(lambda f: f.uuid()),
            "item_type": G(lambda f: f.pick(["watch", "handbag", "sneaker", "trading_card"])),
            "result": G(lambda f: f.pick(["authentic", "not_authentic", "inconclusive"])),
            "authenticator_name": Y(full_name, "name"),
            "authenticator_id": G(lambda f: "stf_" + f.digits(4)),
            "method": G(
                lambda f: f.pick(["visual", "uv_and_stitching", "movement_inspection", "nfc_verification"])
            ),
            "serial_number": Y(watch_serial, "serial"),
            "nfc_tag_uid": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(7))),
            "certificate_number": G(lambda f: "HLA-" + f.digits(8)),
        },
    ),
    # -- consignment and payouts ----------------------------------------------------------------------
    (
        "track",
        "Consignment Agreement Signed",
        ["java"],
        {
            "hap_jeuk_pin_hou": G(lambda f: "HK-CA-" + f.digits(6)),
            "wai_tok_jan_sing_ming": Y(lambda f: full_name(f), "name"),
            "din_waa": Y(lambda f: phone(f, "hk"), "phone"),
            "din_jau": Y(email, "email"),
            "san_fan_zing_hou_maa": RED(hkid, "national id"),
            "ceot_saang_jat_kei": Y(lambda f: f.date(1935, 2000), "birthdate"),
            "dei_zi": Y(full_address, "address"),
            "ngan_hong_wu_hau": RED(bank_account, "bank account"),
            "ngan_hong_pin_hou": G(lambda f: f.pick(["004", "024", "012", "003", "015"])),
            "jung_gam_bei_leut": G(lambda f: f.pick([0.1, 0.15, 0.08, 0.0])),
            "dai_gaa": G(lambda f: f.pick([40000, 150000, 800000])),
            "fo_bai": G(lambda f: f.pick(["HKD", "USD", "RMB"])),
            "cim_meng_jat_kei": G(lambda f: f.date(2024, 2025)),
            "contract_pdf_sha256": G(sha256),
        },
    ),
    (
        "track",
        "Consignor Payout Initiated",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "ConsignorId": G(lambda f: "CON-" + f.digits(6)),
            "ConsignorName": Y(full_name, "name"),
            "NetProceeds": G(lambda f: f.money(1000, 3_000_000)),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "PayeeIban": RED(iban, "bank account"),
            "PayeeAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "SortCode": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "SwiftBic": G(
                lambda f: f.pick(["HBUKGB4B", "BARCGB22", "EBILAEAD", "HSBCHKHHHKH", "UBSWCHZH80A"])
            ),
            "PaymentReference": G(lambda f: "HL-PAY-" + f.digits(7)),
            "W8BenReceived": G(lambda f: f.pick([True, False])),
            "UsTinLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number|national id"),
        },
    ),
    (
        "track",
        "Estate Consignment Opened",
        ["python"],
        {
            "estate_case_id": G(lambda f: "EST-" + f.digits(5)),
            "executor_name": Y(full_name, "name"),
            "executor_phone": Y(phone, "phone"),
            "executor_email": Y(email, "email"),
            "solicitor_firm": G(
                lambda f: f.pick(["Farrer & Co", "Withers LLP", "Al Tamimi & Company", "Deacons"])
            ),
            "probate_reference": G(lambda f: f.digits(10)),
        },
    ),
    # -- invoices and payments ------------------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: f"INV-{f.pick(['LDN', 'HK', 'DXB'])}-2024-{f.digits(6)}"),
            "SaleCode": G(sale_code),
            "BuyerClientNumber": G(lambda f: "C" + f.digits(7)),
            "BuyerName": Y(full_name, "name"),
            "BuyerEmail": Y(email, "email"),
            "BuyerPhone": Y(phone, "phone"),
            "BillingAddress": {
                "Line1": Y(street_line, "address|street"),
                "Line2": Y(line2, "address|street"),
                "City": Y(person_city, "city"),
                "PostCode": Y(postcode, "zipcode"),
                "CountryCode": G(lambda f: f.pick(["GB", "HK", "AE", "CH"])),
            },
            "HammerTotal": G(lambda f: f.money(1000, 3_000_000)),
            "BuyersPremium": G(lambda f: f.money(250, 700_000)),
            "PremiumVat": G(lambda f: f.money(0, 140_000)),
            "Total": G(lambda f: f.money(1000, 3_800_000)),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "DueDate": G(lambda f: f.date(2024, 2025)),
            "Lines": Many(
                {
                    "LotNumber": G(lambda f: f.r.randint(1, 650)),
                    "Description": G(lambda f: f.pick(LOT_TITLES)),
                    "Hammer": G(lambda f: f.pick([8000, 48000, 260000])),
                    "Premium": G(lambda f: f.money(1000, 70000)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["python"],
        {
            "invoice_id": G(lambda f: "inv_" + f.hexid(16)),
            "amount_paid": G(lambda f: f.money(1000, 3_800_000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "payment_method": G(lambda f: f.pick(["bank_transfer", "swift_wire", "chaps"])),
            "remitter_name": Y(full_name, "name"),
            "remitter_iban": RED(iban, "bank account"),
            "remitter_bic": G(lambda f: f.pick(["HBUKGB4B", "BARCGB22", "EBILAEAD", "UBSWCHZH80A"])),
            "processor_reference": G(lambda f: "WIRE-" + f.digits(10)),
            "paid_late": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fat Piu Fu Fun Sing Gung",
        ["java"],
        {
            "fat_piu_pin_hou": G(lambda f: "INV-HK-2024-" + f.digits(6)),
            "fu_fun_jan_sing_ming": Y(full_name, "name"),
            "fu_fun_jan_din_waa": Y(lambda f: phone(f, "hk"), "phone"),
            "gam_ngaak": G(lambda f: f.money(1000, 3_000_000)),
            "fo_bai": G(lambda f: f.pick(["HKD", "USD", "RMB"])),
            "fu_fun_fong_sik": G(lambda f: f.pick(["FPS", "CHATS", "cheque", "credit_card"])),
            "ngan_hong_wu_hau": RED(bank_account, "bank account"),
            "ngan_hong_pin_hou": G(lambda f: f.pick(["004", "024", "012", "003", "015"])),
            "wui_jyun_pin_hou": G(lambda f: "HKM" + f.digits(6)),
            "fu_fun_si_gaan": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["node"],
        {
            "type": G(lambda f: f.pick(["payment_captured", "payment_approved", "payment_declined"])),
            "created_on": G(lambda f: f.iso()),
            "data": {
                "id": G(lambda f: "pay_" + alnum(f, 26, string.ascii_lowercase + string.digits)),
                "amount": G(money_minor),
                "currency": G(lambda f: f.pick(CURRENCIES)),
                "reference": G(lambda f: "ORD-" + f.digits(9)),
                "source": {
                    "id": RED(cko_source, "token"),
                    "type": G(lambda f: "card"),
                    "scheme": G(lambda f: f.pick(["Visa", "Mastercard", "American Express", "UnionPay"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "bin": G(lambda f: f.pick(["424242", "545454", "371449", "622126"])),
                    "expiry_month": G(lambda f: f.r.randint(1, 12)),
                    "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
                    "name": Y(full_name, "name"),
                    "billing_address": {
                        "address_line1": Y(street_line, "address|street"),
                        "address_line2": Y(line2, "address|street"),
                        "city": Y(person_city, "city"),
                        "zip": Y(postcode, "zipcode"),
                        "country": G(lambda f: f.pick(["GB", "HK", "AE"])),
                    },
                },
                "customer": {
                    "id": G(lambda f: "cus_" + alnum(f, 26, string.ascii_lowercase + string.digits)),
                    "email": Y(email, "email"),
                    "name": Y(full_name, "name"),
                    "phone": {
                        "country_code": G(lambda f: f.pick(["+44", "+852", "+971"])),
                        "number": Y(
                            lambda f: f.pick(
                                [f"7{f.digits(9)}", f.pick("569") + f.digits(7), "5" + f.digits(8)]
                            ),
                            "phone",
                        ),
                    },
                },
                "risk": {
                    "flagged": G(lambda f: f.pick([True, False])),
                },
            },
        },
    ),
    (
        "track",
        "Card Payment Attempted",
        ["php+fwd"],
        {
            "order_ref": G(lambda f: "ORD-" + f.digits(9)),
            "gateway": G(lambda f: f.pick(["legacy_moto", "worldpay_moto", "pos_terminal"])),
            "pan": RED(card, "credit card"),
            "cardholder": Y(full_name, "name"),
            "cvv_provided": G(lambda f: f.pick([True, False])),
            "three_ds_version": G(lambda f: f.pick(["2.1.0", "2.2.0", "none"])),
            "amount_minor": G(money_minor),
            "outcome": G(lambda f: f.pick(["authorised", "refused", "error"])),
        },
    ),
    (
        "track",
        "Credit Terms Requested",
        ["python"],
        {
            "request_id": G(lambda f: f.uuid()),
            "requested_terms_days": G(lambda f: f.pick([30, 60, 90])),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "guarantor_name": Y(full_name, "name"),
            "guarantor_phone": Y(phone, "phone"),
            "declared_annual_income": Y(lambda f: f.pick([85000, 150000, 420000, 1200000]), "salary"),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
        },
    ),
    # -- shipping and delivery ------------------------------------------------------------------------
    (
        "track",
        "Shipment Booked",
        ["node"],
        {
            "shipment-id": G(lambda f: "SHP-" + f.digits(8)),
            "tracking-number": G(lambda f: f.pick(["JD01", "1Z", "FA"]) + f.digits(14)),
            "carrier": G(lambda f: f.pick(["Momart", "Crown Fine Art", "Helu-Trans", "Aramex"])),
            "service": G(lambda f: f.pick(["white-glove", "shuttle", "courier", "air-freight"])),
            "recipient-name": Y(full_name, "name"),
            "recipient-phone": Y(phone, "phone"),
            "recipient-email": Y(email, "email"),
            "delivery-address": {
                "line-1": Y(street_line, "address|street"),
                "line-2": Y(line2, "address|street"),
                "city": Y(person_city, "city"),
                "post-code": Y(postcode, "zipcode"),
                "country-code": G(lambda f: f.pick(["GB", "HK", "AE", "SG"])),
            },
            "building-access-code": RED(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(0, 9999):04d}",
                        f"{f.r.randint(0, 999999):06d}#",
                        f"*{f.r.randint(0, 9999):04d}",
                    ]
                ),
                "secret",
            ),
            "access-notes": G(
                free_text(
                    "Service lift available 9-5",
                    "Narrow stairwell, 3rd floor walk-up",
                    "Loading bay at rear",
                    "Concierge will sign",
                )
            ),
            "recipient-accessibility-needs": RED(
                free_text("none", "wheelchair user", "hearing impaired", "visually impaired"), "disability"
            ),
            "declared-value": G(lambda f: f.money(1000, 3_000_000)),
            "crate-dimensions": G(
                lambda f: f"{f.r.randint(30, 240)}x{f.r.randint(30, 200)}x{f.r.randint(10, 60)} cm"
            ),
            "requires-two-person-team": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "White Glove Delivery Completed",
        ["rn"],
        {
            "deliveryId": G(lambda f: f.uuid()),
            "trackingNumber": G(lambda f: f.pick(["JD01", "1Z", "FA"]) + f.digits(14)),
            "driverName": Y(full_name, "name"),
            "driverPhone": Y(phone, "phone"),
            "recipientName": Y(full_name, "name"),
            "signedBy": Y(full_name, "name"),
            "signatureImageUrl": Y(lambda f: f"https://pod.harcourt-lam.com/sig/{f.uuid()}.png", "photo"),
            "proofOfDeliveryPhotoUrl": Y(
                lambda f: f"https://pod.harcourt-lam.com/photo/{f.uuid()}.jpg", "photo"
            ),
            "courierLocation": {"lat": Y(pin_lat, "geolocation"), "lng": Y(pin_lng, "geolocation")},
            "installationRequired": G(lambda f: f.pick([True, False])),
            "itemsCount": G(lambda f: f.r.randint(1, 8)),
            "damageReported": G(lambda f: f.pick([True, False])),
            "deliveredAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Tawsil Mujadwal",
        ["go"],
        {
            "raqm_al_shuhna": G(lambda f: "AE-" + f.digits(9)),
            "ism_al_mustalim": Y(full_name, "name"),
            "hatif_al_mustalim": Y(lambda f: phone(f, "ae"), "phone"),
            "unwan_al_tawsil": Y(full_address, "address"),
            "al_madina": Y(free_text("Dubai", "Abu Dhabi", "Sharjah", "Al Ain"), "city"),
            "ism_al_saiq": Y(full_name, "name"),
            "hatif_al_saiq": Y(lambda f: phone(f, "ae"), "phone"),
            "sharikat_al_shahn": G(lambda f: f.pick(["Aramex", "Gulf Fine Art Logistics", "Emirates Post"])),
            "mulahazat": G(
                free_text(
                    "Call the concierge on arrival", "Fragile: framed artwork", "Two-person team required", ""
                )
            ),
        },
    ),
    (
        "track",
        "Transit Insurance Bound",
        ["python"],
        {
            "policy_number": Y(lambda f: f.pick(["HX", "FA", "TR"]) + "-" + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["Hiscox", "AXA Art", "Chubb", "Oman Insurance"])),
            "insured_name": Y(full_name, "name"),
            "insured_value": G(lambda f: f.money(1000, 3_000_000)),
            "premium": G(lambda f: f.money(10, 9000)),
        },
    ),
    (
        "track",
        "Export Declaration Filed",
        ["java"],
        {
            "declaration_id": G(lambda f: f.uuid()),
            "commodity_code": G(lambda f: f.pick(["9701910000", "9102110000", "2204210000", "6403990000"])),
            "export_licence_number": G(lambda f: "EL" + f.digits(7)),
            "cites_permit_number": G(
                lambda f: f.pick(["", "24GB" + f.digits(6) + "/E", "23HK" + f.digits(6)])
            ),
            "importer_name": Y(full_name, "name"),
            "importer_address": Y(full_address, "address"),
            "importer_passport_number": RED(passport_no, "passport"),
        },
    ),
    # -- events, appointments, communications ---------------------------------------------------------
    (
        "track",
        "Preview Evening RSVP",
        ["web"],
        {
            "eventId": G(lambda f: "evt_" + f.digits(5)),
            "guestName": Y(full_name, "name"),
            "guestEmail": Y(email, "email"),
            "guestPhone": Y(phone, "phone"),
            "plusOneName": Y(full_name, "name"),
            "dietaryRequirements": Y(
                free_text("halal", "kosher", "nut allergy", "coeliac", "shellfish allergy"),
                "allergy|religion",
            ),
            "accessibilityNeeds": RED(
                free_text("none", "wheelchair access", "step-free route", "hearing loop"), "disability"
            ),
            "venue": {
                "name": G(
                    lambda f: f.pick(
                        ["Harcourt & Lam, King Street", "Pacific Place Gallery", "DIFC Gate Village Saleroom"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "8 King Street, London SW1Y 6QT",
                            "88 Queensway, Admiralty, Hong Kong",
                            "Gate Village 3, DIFC, Dubai",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["+44 20 7946 0100", "+852 2523 0100", "+971 4 321 0100"])),
                "lat": G(lambda f: f.pick([51.5067, 22.2772, 25.2131])),
                "lng": G(lambda f: f.pick([-0.1370, 114.1652, 55.2820])),
            },
        },
    ),
    (
        "track",
        "Specialist Appointment Booked",
        ["web", "flutter"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "specialistName": Y(full_name, "name"),
            "department": G(
                lambda f: f.pick(["Watches", "Wine", "Modern & Contemporary Art", "Chinese Works of Art"])
            ),
            "saleroom": G(lambda f: f.pick(SALEROOMS)),
            "slotStart": G(lambda f: f.iso()),
            "clientName": Y(full_name, "name"),
            "clientPhone": Y(phone, "phone"),
            "clientEmail": Y(email, "email"),
            "itemsDescription": G(
                free_text(
                    "Two Rolex watches and a Cartier clock",
                    "A case of Krug 1996",
                    "A Chu Teh-Chun oil",
                    "Pokémon cards, about 200",
                )
            ),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "web"],
        {
            "conversationId": G(lambda f: f.uuid()),
            "senderRole": G(lambda f: f.pick(["client", "specialist", "bot"])),
            "text": G(
                free_text(
                    "Is lot 214 still available?",
                    "Can you ship to Dubai before Eid?",
                    "Thanks, I'll bid online.",
                    "What is the buyer's premium on wine?",
                )
            ),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp", "wechat"])),
        },
    ),
    (
        "track",
        "Client Note Added",
        ["python"],
        {
            "note_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: "C" + f.digits(7)),
            "author_id": G(lambda f: "stf_" + f.digits(4)),
            "note": Y(note_with_phone, "phone", True),
            "category": G(lambda f: f.pick(["contact", "preferences", "logistics"])),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Client Search Performed",
        ["web"],
        {
            "q": Y(lambda f: f.pick([email(f), phone(f), full_name(f)]), "name|email|phone", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "staffUserId": G(lambda f: "stf_" + f.digits(4)),
            "searchScope": G(lambda f: f.pick(["clients", "consignors", "all"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "provider": G(lambda f: f.pick(["loqate", "google_places", "getaddress.io"])),
            "label": Y(full_address, "address", True),
            "id": G(lambda f: f"GB|RM|A|{f.digits(8)}"),
            "countryIso": G(lambda f: f.pick(["GB", "HK", "AE"])),
            "fieldName": G(lambda f: f.pick(["shipping", "billing", "residential"])),
            "sessionToken": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "formId": G(lambda f: f.pick(["register_to_bid", "newsletter", "consign_with_us"])),
            "fieldName": G(lambda f: f.pick(["contact", "contact_method_value"])),
            "input": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "durationMs": G(lambda f: f.r.randint(300, 15000)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["web", "swift", "kotlin"],
        {
            "inviteeEmail": Y(email, "email"),
            "inviteeName": Y(full_name, "name"),
            "referralCode": G(lambda f: "HL" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "SMS Notification Sent",
        ["python"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "to": Y(phone, "phone", True),
            "template": G(lambda f: f.pick(["lot_opening_soon", "outbid", "invoice_due", "delivery_window"])),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
            "body": G(
                free_text(
                    "Harcourt & Lam: Lot 112 opens in 10 minutes.",
                    "You have been outbid on lot 214.",
                    "Your invoice is due in 3 days.",
                    "Your delivery is scheduled for tomorrow 9-12.",
                )
            ),
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        {
            "email": Y(email, "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0{f.r.randint(1, 99)}p1lon1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["open", "click", "delivered"])),
            "category": Many(G(lambda f: f.pick(["catalogue", "outbid", "newsletter", "invoice"])), 2),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: f"{alnum(f, 22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(8)}"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["node"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing", "instagram"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social", "display"])),
            "utm_campaign": G(lambda f: f.pick(["hk_spring_watches", "dxb_preview", "ldn_wine_may"])),
        },
    ),
    (
        "track",
        "Bidding Agent Authorised",
        ["ruby"],
        {
            "principal_client_id": G(lambda f: "C" + f.digits(7)),
            "principal_name": Y(full_name, "name"),
            "agent_name": Y(full_name, "name"),
            "agent_email": Y(email, "email"),
            "agent_mobile": Y(phone, "phone"),
            "relationship": G(
                lambda f: f.pick(["art_advisor", "family_member", "personal_assistant", "dealer"])
            ),
            "letter_of_authority_uploaded": G(lambda f: f.pick([True, False])),
            "agent_id_document_number": RED(id_document, "passport|national id"),
        },
    ),
    (
        "track",
        "Membership Renewed",
        ["swift", "kotlin", "web"],
        {
            "memberNumber": G(lambda f: "HLC-" + f.digits(6)),
            "tier": G(lambda f: f.pick(["Collector", "Patron", "Founders Circle"])),
            "fee": G(lambda f: f.pick([250, 1000, 5000])),
            "renewalDate": G(lambda f: f.date(2024, 2026)),
            "autoRenew": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- vendor payloads forwarded by the backend --------------------------------------------------
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["442079460100", "85225230100", "97143210100"])),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {"profile": {"name": Y(full_name, "name")}, "wa_id": Y(wa_number, "phone", True)}, 1
            ),
            "messages": Many(
                {
                    "from": Y(wa_number, "phone", True),
                    "id": G(lambda f: "wamid.HBgM" + alnum(f, 40, string.ascii_uppercase + string.digits)),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(lambda f: f.pick(["text", "image", "document"])),
                    "text": {
                        "body": G(
                            free_text(
                                "Hi, is lot 88 still available?",
                                "Please send the invoice again",
                                "Can the courier come after 3pm?",
                                "\u4f60\u597d\uff0c\u8acb\u554f\u4f63\u91d1\u662f\u591a\u5c11\uff1f",
                            )
                        )
                    },
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    free_text(
                        "Invoice query",
                        "Delivery date for lot 214",
                        "Cannot register to bid",
                        "Refund status",
                    )
                ),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "tags": Many(G(lambda f: f.pick(["vip", "shipping", "kyc", "invoice", "hk"])), 3),
                "requester": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                },
                "via": {
                    "channel": G(lambda f: f.pick(["email", "web", "api"])),
                    "source": {
                        "from": {"address": Y(email, "email", True), "name": Y(full_name, "name")},
                        "to": {
                            "address": G(
                                lambda f: f.pick(
                                    [
                                        "clientservices@harcourt-lam.com",
                                        "shipping@harcourt-lam.com",
                                        "hk@harcourt-lam.com",
                                    ]
                                )
                            ),
                            "name": G(
                                lambda f: f.pick(
                                    ["Harcourt & Lam Client Services", "H&L Shipping", "H&L Hong Kong"]
                                )
                            ),
                        },
                    },
                },
                "created_at": G(lambda f: f.iso()),
            },
        },
    ),
    (
        "track",
        "Consign With Us Form Submitted",
        ["php"],
        {
            "formGuid": G(lambda f: f.uuid()),
            "portalId": G(lambda f: f.pick([4416022, 4416023, 4416030])),
            "fields": Many(
                {
                    "name": G(form_field_name),
                    "value": Y(form_field_value, "name|email|phone", True),
                },
                4,
            ),
            "pageUri": G(
                lambda f: f.pick(
                    [
                        "https://www.harcourt-lam.com/sell",
                        "https://www.harcourt-lam.com/hk/sell",
                        "https://www.harcourt-lam.com/ae/sell",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Client Record Viewed",
        ["python"],
        {
            "actor": Y(staff_email, "email", True),
            "target_client_id": G(lambda f: "C" + f.digits(7)),
            "reason": G(lambda f: f.pick(["client_call", "kyc_review", "invoice_chase", "audit"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if kind != "alias":
                msg["userId"] = f.pick(["u_", "C", ""]) + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["userId"] = "C" + f.digits(7)
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CLIENTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=288, repeats=32)
    write(Path(__file__).parent, "holdout288_", events, labels)
