"""Writes holdout103: tests/corpus/holdout103_events.jsonl and holdout103_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the
helpers and the file format), and never scored by its author.

Domain: the mobile ordering and loyalty app of a coffee and quick-service chain ("Kettle &
Crema") in the US, the UK and Turkey. Covers menu browsing and search, order-ahead, curbside
and drive-thru pickup, delivery through aggregators (DoorDash Drive-, Uber Eats- and
Deliverect-shaped webhooks), stored-value cards and top-ups (Stripe- and iyzico-shaped
payments), stars/points and rewards, birthday offers and a kids' club, eGift cards sent to
friends, the store locator, surveys and complaints (Zendesk-shaped), in-store Wi-Fi, SMS and
e-mail delivery webhooks (Twilio-, SendGrid-shaped), ad-platform attribution (Meta CAPI), a
careers site (EEO questions) and the barista/staff shift app with HR onboarding and payroll
exports. Calls: identify, track, page, screen, group and alias, with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % otherwise: PascalCase
from the .NET HR service and Twilio, kebab-case from the Wi-Fi captive portal and a web form,
SCREAMING_SNAKE from the warehouse payroll export (reverse ETL), and Turkish backend keys
(ad, soyad, telefon, adres, "doğum tarihi", il, ilçe, tckn ...). Values are generated for the
three countries and beyond (names from many cultures; US, UK and Turkish phone formats,
addresses and postcodes; Luhn-valid cards, mod-97 IBANs (GB, TR), valid-structure SSNs, UK
National Insurance numbers with valid prefixes, T.C. Kimlik numbers with both check digits).

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- PII = personal data about a natural person: the user, a gift recipient, a friend, a child, a
  courier, a staff member, an applicant, an emergency contact. Type = the reference matcher
  name, or geolocation / advertising id / bank account / national id / secret / credit card /
  token / password / ip; `a|b` where either is fair. Colour = the reference default; outside
  the reference: red for credentials, secrets, card numbers, bank accounts, national ids;
  yellow otherwise.
- Green: ids we or a vendor issue (user, order, store, member/loyalty numbers, Stripe pi_/cus_
  ids, Twilio SIDs, e-mail Message-IDs, appAccountToken and Places session-token UUIDs), SKUs,
  versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (emailVerified, phone_type, passwordStrength, birthdayRewardClaimed), product names (also
  drinks named after people: "Arnold Palmer", "Earl Grey"), company, store and pet names and
  data, the store's own address, phone and role mailboxes, call-masking proxy numbers (and
  the proxy's access code), a franchise company's tax number, a store access point's MAC, a
  searched place, a store's city, country, state, locale, timezone, currency, user agents,
  OS-issued device ids, card brand / last four / expiry / BIN, sort codes and routing numbers,
  ages and age bands, marital status (an emergency contact's relationship), job titles.
- Contested cases follow the product's published policy: insurer numbers -> identification;
  pay, hourly rates, desired pay and tips paid out to staff -> salary (yellow); plates ->
  license (yellow); gclid/fbclid/_fbp/_fbc -> advertising id (yellow); billing and delivery
  addresses of the person -> address (yellow); trade union membership (yellow); Stripe pm_
  ids, iyzico card tokens, one-time codes, magic-link and gift-claim tokens, gift-card
  redemption codes -> token (red); right-to-work and sponsorship answers -> visa (red);
  identity-document numbers -> national id / passport (red); SSN last four -> red.
- Booleans and enums that reveal a special category about the person are PII of that
  category: the careers site's EEO veteran and disability answers (red), race/ethnicity
  (yellow), a curbside request for mobility assistance (disability, red), a customer's saved
  allergen profile (allergy, yellow). A menu item's allergens are a thing's: green.
- Undecidable calls settled as a careful privacy owner would want them flagged (my rules):
  a birthday without a year (MM-DD) is still a birthdate; the name written on a cup is a
  name; a courier's live position is geolocation; a staff member's clock-in position is
  geolocation; a SHA-256 of a person's e-mail sent for ad matching is still labelled `email`
  (yellow, key-labelled: the hash is the matching key for that person); an Apple/FCM push
  token is a red `token`; a food-hygiene certificate number of a staff member is yellow
  `certificate` (its level is green); a photo of a drink attached to a complaint is green, a
  profile or staff badge photo is yellow `photo`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `to`, `from`, `Body`, `body`, `message`, `contact`, `recipient`,
  `identifier`, `client`, `remarks`, `description`, `aciklama`, `externalIds[].id`,
  WhatsApp's `wa_id` (an "id" that is the phone number), Zendesk's `via.source.from.address`
  (an e-mail under a key that says "address")): each such PII path holds that PII in every one
  of its values. Free text is labelled by what every value carries; free text whose values
  never carry PII (barista notes, drop-off instructions, survey comments) is green.

Run: `.venv/bin/python -m tests.corpus.build_holdout103` (deterministic, seed 103).
"""

# Turkish text uses the dotless i (U+0131) on purpose.
# ruff: noqa: RUF001

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

FIRST_US = ["Jamal", "Maria", "Kevin", "Ashley", "DeShawn", "Emily", "Carlos", "Brianna", "Tyler", "Keisha"]
FIRST_UK = ["Oliver", "Siobhan", "Priya", "Callum", "Niamh", "Harry", "Amelia", "Rhys", "Aisha", "Fiona"]
FIRST_TR = ["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Şeyma", "Oğuz", "İrem", "Çağla", "Hüseyin"]
FIRST_OTHER = ["Wei", "Olusegun", "Yuki", "Anh", "Mateus", "Fatima", "Dmitri", "Ngozi", "Santiago", "Leilani"]
LAST_US = ["Washington", "Hernandez", "Nguyen", "Johnson", "Kowalski", "O'Connor", "Rivera", "Kim", "Brooks"]
LAST_UK = ["Bennett", "Murphy", "Sharma", "MacLeod", "Evans", "Hughes", "Adeyemi", "Thompson", "Begum"]
LAST_TR = ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"]
LAST_OTHER = ["Zhang", "Okonkwo", "Tanaka", "Tran", "Oliveira", "Haddad", "Volkov", "Eze", "Gómez", "Kahale"]
ALL_FIRST = FIRST_US + FIRST_UK + FIRST_TR + FIRST_OTHER
ALL_LAST = LAST_US + LAST_UK + LAST_TR + LAST_OTHER
MAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yandex.com.tr",
]
TR_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜé'", "cgiosuCGIOSUe ")


def first(f: Fake) -> str:
    return f.pick(ALL_FIRST)


def last(f: Fake) -> str:
    return f.pick(ALL_LAST)


def tr_first(f: Fake) -> str:
    return f.pick(FIRST_TR)


def tr_last(f: Fake) -> str:
    return f.pick(LAST_TR)


def full(f: Fake) -> str:
    group = f.r.randint(0, 3)
    firsts = [FIRST_US, FIRST_UK, FIRST_TR, FIRST_OTHER][group]
    lasts = [LAST_US, LAST_UK, LAST_TR, LAST_OTHER][group]
    return f"{f.pick(firsts)} {f.pick(lasts)}"


def email(f: Fake, name: str | None = None) -> str:
    name = name or full(f)
    ascii_name = unicodedata.normalize("NFKD", name.translate(TR_ASCII)).encode("ascii", "ignore").decode()
    parts = ascii_name.lower().split()
    a, b = parts[0], parts[-1].replace(" ", "")
    style = f.r.randint(0, 4)
    local = [
        f"{a}.{b}",
        f"{a}{b}{f.r.randint(1, 99)}",
        f"{a[0]}{b}",
        f"{a}_{b}",
        f"{b}.{a}{f.r.randint(70, 99)}",
    ][style]
    return f"{local}@{f.pick(MAIL)}"


def phone_us(f: Fake) -> str:
    area, ex, line = f.r.randint(201, 989), f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def phone_uk(f: Fake) -> str:
    n = f"7{f.r.randint(100, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"])


def phone_tr(f: Fake) -> str:
    op = f.pick(["532", "533", "542", "505", "555", "544", "507", "530"])
    a, b, c = f.r.randint(100, 999), f.r.randint(10, 99), f.r.randint(10, 99)
    return f.pick(
        [f"+90 {op} {a} {b} {c}", f"0{op} {a} {b} {c}", f"+90{op}{a}{b}{c}", f"0 ({op}) {a} {b} {c}"]
    )


def phone(f: Fake) -> str:
    return f.pick([phone_us, phone_uk, phone_tr])(f)


def proxy_phone(f: Fake) -> str:
    return f.pick(["+1 855-973-1040", "+1 (844) 716-7032", "+44 20 3966 2145", "+90 850 346 12 12"])


def uk_postcode(f: Fake) -> str:
    area = f.pick(["SW1A", "E2", "N16", "M1", "M20", "LS6", "B15", "EH3", "BS8", "CF10", "SE15", "G12"])
    return f"{area} {f.r.randint(1, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1000, 9999)}"


def tr_postcode(f: Fake) -> str:
    return f.pick(["34", "06", "35", "16", "07"]) + f"{f.r.randint(100, 990):03d}"


def postcode(f: Fake) -> str:
    return f.pick([uk_postcode, us_zip, tr_postcode])(f)


def street_us(f: Fake) -> str:
    st = f.pick(
        ["Elm St", "W 6th St", "Guadalupe St", "Pike St", "N Damen Ave", "Bedford Ave", "Peachtree Rd NE"]
    )
    apt = f.pick(["", "", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}", f" Unit {f.r.randint(100, 999)}"])
    return f"{f.r.randint(10, 9999)} {st}{apt}"


def street_uk(f: Fake) -> str:
    st = f.pick(
        ["Kingsland Road", "Stoke Newington Church St", "Oxford Road", "Gloucester Road", "Leith Walk"]
    )
    flat = f.pick(["", f"Flat {f.r.randint(1, 30)}, "])
    return f"{flat}{f.r.randint(1, 240)} {st}"


def street_tr(f: Fake) -> str:
    mah = f.pick(
        ["Caferağa Mah.", "Moda Mah.", "Kızılay Mah.", "Alsancak Mah.", "Bebek Mah.", "Fenerbahçe Mah."]
    )
    cad = f.pick(["Moda Cad.", "Bağdat Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Cevdet Paşa Cad."])
    return f"{mah} {cad} No:{f.r.randint(1, 180)} D:{f.r.randint(1, 24)}"


def street(f: Fake) -> str:
    return f.pick([street_us, street_uk, street_tr])(f)


CUSTOMER_CITIES = [
    "Austin",
    "Seattle",
    "Brooklyn",
    "Chicago",
    "Atlanta",
    "London",
    "Manchester",
    "Leeds",
    "Edinburgh",
    "Bristol",
    "İstanbul",
    "Ankara",
    "İzmir",
    "Bursa",
    "Antalya",
]
TR_ILCE = ["Kadıköy", "Beşiktaş", "Üsküdar", "Çankaya", "Karşıyaka", "Nilüfer", "Muratpaşa", "Şişli"]
TR_ILCE_IL = [
    ("Kadıköy", "İstanbul"),
    ("Beşiktaş", "İstanbul"),
    ("Çankaya", "Ankara"),
    ("Karşıyaka", "İzmir"),
]
CENTRES = [
    (30.2672, -97.7431),
    (47.6062, -122.3321),
    (40.6782, -73.9442),
    (51.5072, -0.1276),
    (53.4808, -2.2426),
    (41.0082, 28.9784),
    (39.9334, 32.8597),
    (38.4237, 27.1428),
]


def lat_lng(f: Fake) -> tuple[float, float]:
    la, lo = f.pick(CENTRES)
    return round(la + f.r.uniform(-0.08, 0.08), 6), round(lo + f.r.uniform(-0.08, 0.08), 6)


_PAIR: dict[int, tuple[float, float]] = {}


def lat(f: Fake) -> float:
    """A latitude; the next lng() call returns the longitude of the same point."""
    _PAIR[id(f)] = lat_lng(f)
    return _PAIR[id(f)][0]


def lng(f: Fake) -> float:
    pair = _PAIR.pop(id(f), None)
    return pair[1] if pair else lat_lng(f)[1]


def full_address(f: Fake) -> str:
    k = f.r.randint(0, 2)
    if k == 0:
        return f"{street_us(f)}, {f.pick(['Austin, TX', 'Seattle, WA', 'Brooklyn, NY'])} {us_zip(f)}"
    if k == 1:
        return f"{street_uk(f)}, {f.pick(['London', 'Manchester', 'Leeds'])} {uk_postcode(f)}"
    ilce, il = f.pick(TR_ILCE_IL)
    return f"{street_tr(f)}, {tr_postcode(f)} {ilce}/{il}"


def dob(f: Fake) -> str:
    y, m, d = f.r.randint(1958, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])


def tr_dob(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2005)}"


def birthday_md(f: Fake) -> str:
    return f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- identifiers with real structure -------------------------------------------------------------


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nino(f: Fake) -> str:
    a = f.pick("ABCEGHJKLMNPRSTWXYZ")
    b = f.pick("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    while a + b in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        b = f.pick("ABCEHJKLMPRSTWXY")
    n = f.digits(6)
    s = f.pick("ABCD")
    return f.pick([f"{a}{b}{n}{s}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}"])


def iban_mod97(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_tr(f: Fake) -> str:
    raw = iban_mod97("TR", f.pick(["00010", "00062", "00046", "00064", "00111"]) + "0" + f.digits(16))
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_any(f: Fake) -> str:
    return iban_tr(f) if f.r.random() < 0.5 else f.iban("GB")


def wa_number(f: Fake) -> str:
    k = f.r.randint(0, 2)
    if k == 0:
        return f"905{f.pick(['32', '33', '42', '05', '55'])}{f.r.randint(1000000, 9999999)}"
    if k == 1:
        return f"447{f.r.randint(100000000, 999999999)}"
    return f"1{f.r.randint(201, 989)}{f.r.randint(201, 989)}{f.r.randint(0, 9999):04d}"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def pm_id(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 50)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def link_token(f: Fake) -> str:
    return alnum(f, 43)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def push_token(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f.hexid(64)
    return alnum(f, 22) + ":APA91b" + alnum(f, 134)


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def redemption_code(f: Fake) -> str:
    return "-".join(
        "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(4)) for _ in range(4)
    )


def gift_card_mask(f: Fake) -> str:
    return f.pick(["•••• ", "**** ", "XXXX-XXXX-XXXX-"]) + f.digits(4)


def when(f: Fake) -> str:
    return f.iso()


def plate(f: Fake) -> str:
    k = f.r.randint(0, 2)
    if k == 0:
        return f"{f.r.randint(1, 9)}{f.pick(['ABC', 'KTX', 'HRW', 'LMN'])}{f.r.randint(100, 999)}"
    if k == 1:
        return (
            f"{f.pick(['LB', 'MA', 'YK', 'BD'])}{f.r.randint(10, 74)} {f.pick(['XHT', 'KPL', 'RZD', 'FNW'])}"
        )
    return f"{f.pick(['34', '06', '35', '16'])} {f.pick(['ABC', 'KF', 'TR', 'DZ'])} {f.r.randint(100, 9999)}"


# -- the chain's own things (green) ----------------------------------------------------------------

DRINKS = [
    "Caffè Latte",
    "Flat White",
    "Oat Cortado",
    "Cold Brew",
    "Türk Kahvesi",
    "Salep",
    "Chai Latte",
    "Arnold Palmer",
    "Earl Grey Tea",
    "London Fog",
    "Pumpkin Spice Latte",
    "Iced Americano",
    "Matcha Latte",
]
FOOD = [
    "Simit",
    "Poğaça",
    "Everything Bagel",
    "Bacon Butty",
    "Blueberry Muffin",
    "Sausage Roll",
    "Avocado Toast",
]
MENU = DRINKS + FOOD
CATS = ["Hot Coffee", "Cold Coffee", "Tea", "Bakery", "Breakfast", "Seasonal"]
SIZES = ["Short", "Tall", "Grande", "Venti", "Small", "Medium", "Large"]
MILKS = ["whole", "oat", "almond", "soy", "semi-skimmed", "none"]
STORES = [
    (
        "st_0142",
        "Kettle & Crema South Congress",
        "1512 S Congress Ave, Austin, TX 78704",
        "Austin",
        "+1 512-555-0142",
    ),
    (
        "st_0388",
        "Kettle & Crema Capitol Hill",
        "412 Broadway E, Seattle, WA 98102",
        "Seattle",
        "+1 206-555-0188",
    ),
    (
        "st_1021",
        "Kettle & Crema Shoreditch",
        "88 Great Eastern St, London EC2A 3JL",
        "London",
        "+44 20 7946 0121",
    ),
    (
        "st_1077",
        "Kettle & Crema Northern Quarter",
        "21 Oldham St, Manchester M1 1JG",
        "Manchester",
        "+44 161 496 0077",
    ),
    (
        "st_2004",
        "Kettle & Crema Moda",
        "Moda Cad. No:44, 34710 Kadıköy/İstanbul",
        "İstanbul",
        "+90 216 555 20 04",
    ),
    (
        "st_2031",
        "Kettle & Crema Tunalı",
        "Tunalı Hilmi Cad. No:91, 06680 Çankaya/Ankara",
        "Ankara",
        "+90 312 555 20 31",
    ),
]
BRANDS = ["visa", "mastercard", "amex", "discover", "troy"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def store(f: Fake, i: int):
    return f.pick(STORES)[i]


def store_id(f: Fake) -> str:
    return store(f, 0)


def sku(f: Fake) -> str:
    kind = f.pick(["BEV", "FD", "RTD", "MRC"])
    return f"{kind}-{f.r.randint(1000, 9999)}-{f.pick(['12OZ', '16OZ', 'STD', '20OZ'])}"


def order_id(f: Fake) -> str:
    return f"ord_{f.hexid(20)}"


def member_no(f: Fake) -> str:
    return f.pick(["KC", "TR", "UK"]) + f.digits(10)


def money(f: Fake, lo=2, hi=40):
    return f.money(lo, hi)


def cur(f: Fake) -> str:
    return f.pick(["USD", "GBP", "TRY"])


# -- contexts ------------------------------------------------------------------------------------------


def traits_block():
    return {
        "userId": G(lambda f: "u_" + f.digits(8)),
        "anonymousId": G(lambda f: f.uuid()),
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "loyaltyTier": G(lambda f: f.pick(["green", "gold", "platinum"])),
    }


def web_ctx(f: Fake):
    path = f.pick(["/", "/menu", "/order/checkout", "/rewards", "/gift", "/stores", "/careers"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.2"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x1"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=instagram&utm_medium=social", "?store=st_1021", "?ref=app"]
                )
            ),
            "title": G(
                lambda f: f.pick(["Kettle & Crema | Order ahead", "Menu | Kettle & Crema", "Gift cards"])
            ),
            "url": G(lambda f: "https://order.kettlecrema.example" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand"])),
                    "version": G(lambda f: f.pick(["123", "24", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "tr-TR"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Istanbul", "America/Los_Angeles"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["pumpkin_is_back", "bday_club", "ramazan_iftar_menu", "cold_brew_summer"])
            ),
            "source": G(lambda f: f.pick(["instagram", "google", "braze", "tiktok"])),
            "medium": G(lambda f: f.pick(["social", "cpc", "email", "push"])),
            "term": G(lambda f: f.pick(["coffee near me", "oat latte", "kahve siparişi", ""])),
            "content": G(lambda f: f.pick(["carousel_2", "story", "hero"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kettle & Crema"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "com.kettlecrema.order"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(push_token, "token"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "tr-TR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Istanbul"])),
        "ip": Y(ip, "ip"),
    }


def kotlin_ctx(f: Fake):
    la, lo = lat_lng(f)
    return {
        "app": {
            "name": G(lambda f: "Kettle & Crema"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1"])),
            "build": G(lambda f: f.pick(["814000", "815010"])),
            "namespace": G(lambda f: "com.kettlecrema.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TG", "CPH2451"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "tr-TR"])),
        "location": {
            "latitude": Y(lambda f: la, "geolocation"),
            "longitude": Y(lambda f: lo, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Turkcell", "EE", "T-Mobile", "Vodafone TR"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Europe/Istanbul"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                ]
            )
        ),
        "traits": traits_block(),
        "ip": Y(ip, "ip"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kettle & Crema"),
            "version": G(lambda f: f.pick(["8.15.0", "8.16.1"])),
            "build": G(lambda f: f.pick(["1502", "1611"])),
            "namespace": G(lambda f: "com.kettlecrema.order"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-GB", "tr-TR", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Istanbul", "Europe/London", "America/Chicago"])),
        "traits": traits_block(),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "K&C Staff"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "com.kettlecrema.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Zebra"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-T225", "TC52"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "tr-TR"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "11", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([820, 800])), "height": G(lambda f: f.pick([1180, 1280]))},
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Istanbul"])),
        "network": {"wifi": G(lambda f: True)},
        "traits": {
            "employeeId": G(lambda f: "E" + f.digits(6)),
            "storeNumber": G(store_id),
            "name": Y(full, "name"),
            "role": G(lambda f: f.pick(["barista", "shift supervisor", "store manager"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib: str, with_ip=False, with_ids=False):
    name, versions = SERVER_LIBS[lib]

    def build_ctx(f: Fake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if with_ip:
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if with_ids:
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            ctx["groupId"] = G(store_id)
        return ctx

    return build_ctx


CTX = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
    "node+ip": server_ctx("node", with_ip=True),
    "python+ids": server_ctx("python", with_ids=True),
}
APP = ["swift", "kotlin", "rn"]
APPW = ["swift", "kotlin", "rn", "web"]


# -- bodies ---------------------------------------------------------------------------------------------


def line_item():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(sku),
        "name": G(lambda f: f.pick(MENU)),
        "category": G(lambda f: f.pick(CATS)),
        "variant": G(lambda f: f.pick(SIZES)),
        "price": G(money),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "customizations": Many(
            {
                "name": G(lambda f: f.pick(["milk", "shots", "syrup", "temperature"])),
                "value": G(lambda f: f.pick([*MILKS, "extra hot", "2", "vanilla", "sugar-free caramel"])),
            },
            2,
        ),
    }


def note_for_barista(f: Fake) -> str:
    return f.pick(
        ["extra hot please", "light ice", "no lid, I'll bring my cup", "", "az şekerli", "split shot decaf"]
    )


def gift_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Happy birthday {n}! Coffee's on me ☕",
            f"İyi ki doğdun {n}! Kahveler benden",
            f"{n}, thanks for covering my shift x",
            f"Congrats on the new job, {n}!",
            f"For {n} — get well soon and treat yourself",
        ]
    )


def contact_text(f: Fake) -> str:
    k = f.r.randint(0, 4)
    if k == 0:
        return f"Order was wrong again. Please call me back on {phone(f)}"
    if k == 1:
        return f"Charged twice for my top up, email me at {email(f)}"
    if k == 2:
        return f"Siparişim gelmedi, lütfen beni arayın {phone_tr(f)}"
    if k == 3:
        return f"The barista was rude. You can reach me at {email(f)} or {phone(f)}"
    return f"My stars disappeared after the update. {email(f)}"


def catering_remarks(f: Fake) -> str:
    return f.pick(
        [
            f"Deliver to reception, ask for {first(f)} on {phone(f)}",
            f"Office manager mobile {phone(f)}",
            f"Toplantı odası 3. kat, {first(f)} Hanım {phone_tr(f)}",
            f"If nobody answers the buzzer ring {phone_uk(f)}",
        ]
    )


def handover_note(f: Fake) -> str:
    a, b = first(f), first(f)
    return f.pick(
        [
            f"{a} is covering the close tonight, keys with {b}",
            f"Told {a} to restock oat milk before 7",
            f"{a} ve {b} kasayı saydı, fark yok",
            f"Delivery short 2 cases of cups, {a} called the supplier",
            f"{a} off sick, {b} swapped in",
        ]
    )


def refund_text(f: Fake) -> str:
    iban = iban_tr(f)
    return f.pick(
        [
            f"İadeyi {iban} numaralı hesabıma yapın",
            f"IBAN: {iban} {full(f)}",
            f"Kartım kapandı, lütfen {iban} hesabına iade",
        ]
    )


EVENTS = [
    # -- customer profile ------------------------------------------------------------------------------
    (
        "identify",
        None,
        APP,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthday_md, "birthdate"),
            "postalCode": Y(postcode, "zipcode"),
            "createdAt": G(when),
            "memberNumber": G(member_no),
            "loyaltyTier": G(lambda f: f.pick(["green", "gold", "platinum"])),
            "starsBalance": G(lambda f: f.r.randint(0, 900)),
            "preferredStoreId": G(store_id),
            "favoriteDrink": G(lambda f: f.pick(DRINKS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: f"https://cdn.kettlecrema.example/avatars/{f.uuid()}.jpg", "photo"),
            "allergens": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "milk", "soy", "gluten", "sesame"]), "allergy"), 2
            ),
            "country": G(lambda f: f.pick(["US", "GB", "TR"])),
            "language": G(lambda f: f.pick(["en", "tr"])),
        },
    ),
    (
        "identify",
        None,
        ["python", "ruby"],
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone_number": Y(phone, "phone"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(lambda f: f.pick(CUSTOMER_CITIES), "city"),
                "state": G(lambda f: f.pick(["TX", "WA", "NY", "England", "Scotland", "İstanbul"])),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "TR"])),
            },
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "age": G(lambda f: f.r.randint(18, 74)),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "lifetime_spend": G(lambda f: f.money(0, 4000)),
            "loyalty_number": G(member_no),
            "hashed_email": Y(lambda f: sha256(email(f)), "email"),
            "address_count": G(lambda f: f.r.randint(0, 4)),
            "email_bounced": G(lambda f: f.pick([True, False])),
            "sms_subscribed": G(lambda f: f.pick([True, False])),
            "last_order_at": G(when),
        },
    ),
    (
        "identify",
        None,
        ["dotnet", "go"],
        {
            "ad": Y(tr_first, "name"),
            "soyad": Y(tr_last, "name"),
            "telefon": Y(phone_tr, "phone"),
            "eposta": Y(email, "email"),
            "adres": Y(street_tr, "address"),
            "il": Y(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"]), "city"),
            "ilçe": Y(lambda f: f.pick(TR_ILCE), "city|address"),
            "posta_kodu": Y(tr_postcode, "zipcode"),
            "doğum tarihi": Y(tr_dob, "birthdate"),
            "cinsiyet": Y(lambda f: f.pick(["kadın", "erkek", "belirtmek istemiyorum"]), "gender"),
            "tckn": RED(tckn, "national id"),
            "uye_no": G(member_no),
            "kayit_tarihi": G(lambda f: f.date(2019, 2024)),
            "sadakat_seviyesi": G(lambda f: f.pick(["yeşil", "altın", "platin"])),
            "kvkk_onay": G(lambda f: f.pick([True, False])),
            "ileti_izni": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, APP, {}),
    (
        "track",
        "Signed Up",
        APPW,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "phone"])),
            "first_name": Y(first, "name"),
            "email": Y(email, "email"),
            "referral_code": G(lambda f: alnum(f, 8).upper()),
            "referred_by_user_id": G(lambda f: "u_" + f.digits(8)),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "birthday_provided": G(lambda f: f.pick([True, False])),
            "terms_version": G(lambda f: f.pick(["2024-01", "2023-06"])),
            "country": G(lambda f: f.pick(["US", "GB", "TR"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "php"],
        {
            "phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "verification_code": RED(otp, "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_type": G(lambda f: f.pick(["mobile", "voip", "landline"])),
            "carrier_country": G(lambda f: f.pick(["US", "GB", "TR"])),
            "expires_in_seconds": G(lambda f: f.pick([300, 600])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "login_token": RED(link_token, "token"),
            "redirect_path": G(lambda f: f.pick(["/rewards", "/order", "/account"])),
            "expires_at": G(when),
            "requests_last_hour": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Login Attempted",
        ["php"],
        {
            "username": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(
                    ["Kahve2024!", "summer#latte9", "Galatasaray1905", "P@ssw0rd123", "ilovecoffee"]
                ),
                "password",
            ),
            "success": G(lambda f: f.pick([True, False])),
            "failure_reason": G(lambda f: f.pick(["bad_password", "locked", "", "unknown_user"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "client": Y(ip, "ip", True),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        APPW,
        {
            "email_entered": Y(email, "email"),
            "reset_method": G(lambda f: f.pick(["email", "sms"])),
            "password_last_changed_days": G(lambda f: f.r.randint(0, 900)),
            "has_password": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- menu ------------------------------------------------------------------------------------------
    (
        "page",
        "Menu",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/menu", "/menu/hot-coffee", "/menu/bakery"])),
            "url": G(
                lambda f: (
                    "https://order.kettlecrema.example"
                    + f.pick(["/menu", "/menu/hot-coffee", "/menu/bakery"])
                )
            ),
            "title": G(lambda f: f.pick(["Menu | Kettle & Crema", "Hot Coffee | Kettle & Crema"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?store=st_1021", "?utm_source=braze"])),
            "store_id": G(store_id),
        },
    ),
    (
        "screen",
        "Menu Category",
        APP,
        {
            "category": G(lambda f: f.pick(CATS)),
            "store_id": G(store_id),
            "previous_screen": G(lambda f: f.pick(["Home", "Rewards", "Store Detail"])),
        },
    ),
    (
        "track",
        "Products Searched",
        APPW,
        {
            "query": G(
                lambda f: f.pick(["oat latte", "decaf", "salep", "simit", "pumpkin", "vegan", "sugar free"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "filters": Many(
                G(lambda f: f.pick(["dairy_free", "vegan", "under_200_kcal", "caffeine_free"])), 2
            ),
            "store_id": G(store_id),
        },
    ),
    (
        "track",
        "Product Viewed",
        APPW,
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(sku),
            "name": G(lambda f: f.pick(MENU)),
            "category": G(lambda f: f.pick(CATS)),
            "price": G(money),
            "currency": G(cur),
            "calories": G(lambda f: f.r.randint(0, 560)),
            "caffeine_mg": G(lambda f: f.pick([0, 75, 150, 225, 310])),
            "allergens": Many(G(lambda f: f.pick(["milk", "soy", "wheat", "egg", "tree nuts", "sesame"])), 3),
            "image_url": G(lambda f: f"https://cdn.kettlecrema.example/menu/{f.hexid(10)}.webp"),
            "is_seasonal": G(lambda f: f.pick([True, False])),
            "position": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Product Added",
        APP,
        {
            "cart_id": G(lambda f: f.uuid()),
            **line_item(),
            "store_id": G(store_id),
        },
    ),
    (
        "track",
        "Product Favorited",
        APP,
        {
            "product_id": G(lambda f: f.digits(6)),
            "name": G(lambda f: f.pick(MENU)),
            "nickname": G(lambda f: f.pick(["My usual", "Monday fuel", "Sabah kahvem", "post-gym"])),
        },
    ),
    # -- order ahead -----------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        APPW,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "store_id": G(store_id),
            "fulfillment": G(lambda f: f.pick(["in_store", "curbside", "drive_thru", "delivery"])),
            "value": G(money),
            "currency": G(cur),
            "products": Many(line_item(), 3),
            "pickup_name": Y(first, "name"),
            "scheduled_for": G(when),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "stored_value"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
            "card_brand": G(lambda f: f.pick(BRANDS)),
        },
    ),
    (
        "track",
        "Order Completed",
        APPW,
        {
            "order_id": G(order_id),
            "order_number": G(lambda f: str(f.r.randint(100, 999))),
            "store": {
                "id": G(store_id),
                "name": G(lambda f: store(f, 1)),
                "address": G(lambda f: store(f, 2)),
                "city": G(lambda f: store(f, 3)),
                "phone": G(lambda f: store(f, 4)),
            },
            "fulfillment": G(lambda f: f.pick(["in_store", "curbside", "drive_thru"])),
            "total": G(money),
            "subtotal": G(money),
            "tax": G(lambda f: f.money(0, 4)),
            "tip": G(lambda f: f.money(0, 5)),
            "currency": G(cur),
            "coupon": G(lambda f: f.pick(["", "BOGO_FRI", "BDAY_FREE_DRINK", "HOSGELDIN20"])),
            "products": Many(line_item(), 3),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "stored_value", "paypal"])),
                "card_brand": G(lambda f: f.pick(BRANDS)),
                "card_last4": G(lambda f: f.digits(4)),
                "bin": G(lambda f: f.pick(["414720", "542418", "979200", "374245"])),
            },
            "cup": {
                "label": Y(
                    lambda f: f.pick([first(f), first(f) + " " + last(f)[0] + ".", first(f).upper()]),
                    "name",
                    True,
                )
            },
            "barista_note": G(note_for_barista),
            "stars_earned": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Order Ready Notification Opened",
        APP,
        {
            "order_id": G(order_id),
            "notification": {
                "id": G(lambda f: f.uuid()),
                "title": G(
                    lambda f: f.pick(["Your order is ready", "Siparişin hazır", "Ready when you are"])
                ),
                "body": Y(
                    lambda f: f.pick(
                        [
                            f"{first(f)}, your {f.pick(DRINKS)} is waiting at the handoff plane",
                            f"{first(f)}, siparişin hazır!",
                            f"Grab it while it's hot, {first(f)}",
                        ]
                    ),
                    "name",
                    True,
                ),
            },
            "seconds_since_ready": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Curbside Arrived",
        APP,
        {
            "order_id": G(order_id),
            "store_id": G(store_id),
            "vehicle": {
                "make": G(lambda f: f.pick(["Toyota", "Fiat", "Ford", "Tesla", "Renault"])),
                "color": G(lambda f: f.pick(["white", "grey", "red", "black", "beyaz"])),
                "license_plate": Y(plate, "license"),
            },
            "parking_spot": G(lambda f: f.r.randint(1, 8)),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "mobility_assistance_requested": RED(lambda f: f.pick([True, False]), "disability"),
            "eta_seconds": G(lambda f: f.r.randint(0, 600)),
        },
    ),
    (
        "track",
        "Drive Thru Plate Recognized",
        ["java"],
        {
            "store_id": G(store_id),
            "plate": Y(plate, "license"),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "matched_member": G(lambda f: f.pick([True, False])),
            "camera_serial": G(lambda f: "AXIS-" + f.hexid(12).upper()),
        },
    ),
    (
        "track",
        "Order Rated",
        APP,
        {
            "order_id": G(order_id),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "barista_name": Y(first, "name"),
            "tags": Many(G(lambda f: f.pick(["fast", "friendly", "wrong_order", "cold", "great_taste"])), 2),
            "tip_added": G(lambda f: f.money(0, 3)),
        },
    ),
    # -- delivery --------------------------------------------------------------------------------------
    (
        "track",
        "Delivery Address Saved",
        APPW,
        {
            "address_id": G(lambda f: f.uuid()),
            "label": G(lambda f: f.pick(["Home", "Work", "Ev", "İş", "Gym"])),
            "line1": Y(street, "address|street"),
            "line2": Y(
                lambda f: f.pick(["Apt 4B", "Flat 2", "Kat 3 Daire 7", "Suite 210", "Floor 5"]),
                "address|street",
            ),
            "city": Y(lambda f: f.pick(CUSTOMER_CITIES), "city"),
            "postcode": Y(postcode, "zipcode"),
            "country_code": G(lambda f: f.pick(["US", "GB", "TR"])),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lng, "geolocation"),
            "is_default": G(lambda f: f.pick([True, False])),
            "delivery_notes": G(
                lambda f: f.pick(
                    ["Leave at reception", "Ring the bell", "Zile basmayın, bebek uyuyor", "Side door"]
                )
            ),
            "places_session_token": G(lambda f: f.uuid()),
            "places_prediction": {"description": Y(full_address, "address", True)},
        },
    ),
    (
        "track",
        "Delivery Requested",
        ["node"],
        {
            "external_delivery_id": G(lambda f: "D-" + f.digits(8)),
            "pickup_address": G(lambda f: store(f, 2)),
            "pickup_phone_number": G(lambda f: store(f, 4)),
            "pickup_business_name": G(lambda f: store(f, 1)),
            "dropoff_address": Y(full_address, "address"),
            "dropoff_phone_number": Y(phone, "phone"),
            "dropoff_contact_given_name": Y(first, "name"),
            "dropoff_contact_family_name": Y(last, "name"),
            "dropoff_instructions": G(
                lambda f: f.pick(["Leave at door", "Hand it to me", "Meet in lobby", "Buzz 4"])
            ),
            "order_value": G(lambda f: f.r.randint(800, 6000)),
            "fee": G(lambda f: f.r.randint(299, 899)),
            "provider": G(lambda f: "doordash_drive"),
            "tracking_url": G(lambda f: "https://track.example-courier.com/" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Delivery Status Updated",
        ["node"],
        {
            "external_delivery_id": G(lambda f: "D-" + f.digits(8)),
            "delivery_status": G(
                lambda f: f.pick(["enroute_to_pickup", "picked_up", "enroute_to_dropoff", "delivered"])
            ),
            "dasher_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "dasher_dropoff_phone_number": G(proxy_phone),
            "dasher_location": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
            "dasher_vehicle_make": G(lambda f: f.pick(["Honda", "Yamaha", "Toyota", "bicycle"])),
            "dropoff_time_estimated": G(when),
            "support_reference": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Aggregator Order Received",
        ["java", "go"],
        {
            "channel": G(lambda f: f.pick(["ubereats", "deliveroo", "yemeksepeti", "getir"])),
            "channelOrderId": G(lambda f: f.uuid()),
            "channelOrderDisplayId": G(lambda f: alnum(f, 5).upper()),
            "customer": {
                "name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
                "phoneNumber": G(proxy_phone),
                "phoneAccessCode": G(lambda f: f.digits(8)),
            },
            "deliveryAddress": {
                "street": Y(street, "street|address"),
                "postalCode": Y(postcode, "zipcode"),
                "city": Y(lambda f: f.pick(CUSTOMER_CITIES), "city"),
                "coordinates": {"latitude": Y(lat, "geolocation"), "longitude": Y(lng, "geolocation")},
            },
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Call {phone(f)} when outside",
                        f"Kapıya gelince ara {phone_tr(f)}",
                        f"Ring {phone_uk(f)}, buzzer broken",
                    ]
                ),
                "phone",
                True,
            ),
            "items": Many(
                {
                    "plu": G(lambda f: f.digits(5)),
                    "name": G(lambda f: f.pick(MENU)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "price": G(lambda f: f.r.randint(250, 900)),
                },
                3,
            ),
            "payment": {
                "amount": G(lambda f: f.r.randint(800, 6000)),
                "type": G(lambda f: f.pick([0, 1, 3])),
            },
        },
    ),
    # -- stored value & payments -----------------------------------------------------------------------
    (
        "track",
        "Card Reloaded",
        APP,
        {
            "card_id": G(lambda f: f.uuid()),
            "card_number_masked": G(gift_card_mask),
            "amount": G(lambda f: f.pick([10, 15, 25, 50, 100, 250])),
            "currency": G(cur),
            "payment_method_id": RED(pm_id, "token"),
            "payment_intent_id": G(lambda f: "pi_3" + alnum(f, 23)),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "auto_reload": G(lambda f: f.pick([True, False])),
            "new_balance": G(lambda f: f.money(0, 300)),
            "funding_card_brand": G(lambda f: f.pick(BRANDS)),
            "funding_card_last4": G(lambda f: f.digits(4)),
            "funding_card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "funding_card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Bakiye Yüklendi",
        ["dotnet"],
        {
            "paymentId": G(lambda f: f.digits(8)),
            "conversationId": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick(["100.0", "250.0", "500.0"])),
            "paidPrice": G(lambda f: f.pick(["100.0", "250.0", "512.5"])),
            "installment": G(lambda f: f.pick([1, 3])),
            "cardAssociation": G(lambda f: f.pick(["MASTER_CARD", "VISA", "TROY"])),
            "cardFamily": G(lambda f: f.pick(["Bonus", "World", "Axess", "Paraf"])),
            "binNumber": G(lambda f: f.pick(["552879", "454360", "979206"])),
            "lastFourDigits": G(lambda f: f.digits(4)),
            "cardUserKey": RED(lambda f: alnum(f, 28) + "=", "token"),
            "cardToken": RED(lambda f: alnum(f, 28) + "=", "token"),
            "buyer": {
                "id": G(lambda f: "u_" + f.digits(8)),
                "name": Y(tr_first, "name"),
                "surname": Y(tr_last, "name"),
                "identityNumber": RED(tckn, "national id"),
                "email": Y(email, "email"),
                "gsmNumber": Y(phone_tr, "phone"),
                "registrationAddress": Y(lambda f: f"{street_tr(f)} {f.pick(TR_ILCE)}", "address"),
                "city": Y(lambda f: f.pick(["Istanbul", "Ankara", "Izmir"]), "city"),
                "country": G(lambda f: "Turkey"),
                "ip": Y(lambda f: f.ipv4(), "ip"),
            },
        },
    ),
    (
        "track",
        "Auto Reload Failed",
        ["python"],
        {
            "card_id": G(lambda f: f.uuid()),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "stripe_payment_method": RED(pm_id, "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "amount": G(lambda f: f.pick([10, 25, 50])),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "postal_code": Y(postcode, "zipcode"),
                    "city": Y(lambda f: f.pick(CUSTOMER_CITIES), "city"),
                    "country": G(lambda f: f.pick(["US", "GB", "TR"])),
                },
            },
            "risk": {"client": Y(ip, "ip", True), "score": G(lambda f: f.r.randint(0, 99))},
        },
    ),
    # -- loyalty & rewards -----------------------------------------------------------------------------
    (
        "track",
        "Stars Earned",
        ["python", "java"],
        {
            "member_number": G(member_no),
            "order_id": G(order_id),
            "stars": G(lambda f: f.r.randint(2, 60)),
            "multiplier": G(lambda f: f.pick([1, 2, 3])),
            "new_balance": G(lambda f: f.r.randint(0, 900)),
            "tier": G(lambda f: f.pick(["green", "gold"])),
            "passport_stamps": G(lambda f: f.r.randint(0, 12)),
            "source": G(lambda f: f.pick(["mobile_order", "in_store_scan", "bonus_challenge"])),
        },
    ),
    (
        "track",
        "Reward Redeemed",
        APP,
        {
            "reward_id": G(lambda f: "rw_" + f.digits(5)),
            "reward_name": G(
                lambda f: f.pick(
                    ["Free Handcrafted Drink", "Bakery Item", "Ücretsiz Kahve", "Birthday Treat"]
                )
            ),
            "stars_spent": G(lambda f: f.pick([25, 100, 200, 300])),
            "stars_balance": G(lambda f: f.r.randint(0, 900)),
            "store_id": G(store_id),
            "redemption_channel": G(lambda f: f.pick(["mobile_order", "scan"])),
        },
    ),
    (
        "track",
        "Birthday Offer Sent",
        ["python"],
        {
            "member_number": G(member_no),
            "birthday": Y(dob, "birthdate"),
            "offer_id": G(lambda f: "off_" + f.digits(6)),
            "offer_name": G(lambda f: f.pick(["Birthday Treat", "Doğum Günü Kahvesi"])),
            "days_until_birthday": G(lambda f: f.r.randint(0, 7)),
            "channel": G(lambda f: f.pick(["push", "email", "sms"])),
            "birthday_reward_claimed_last_year": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 70)),
        },
    ),
    (
        "track",
        "Kids Club Member Added",
        APPW,
        {
            "child_first_name": Y(first, "name"),
            "child_birthday": Y(lambda f: f.date(2013, 2022), "birthdate"),
            "favorite_treat": G(lambda f: f.pick(["Babyccino", "Hot chocolate", "Cake pop"])),
            "parent_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Pet Profile Added",
        APP,
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Pamuk", "Luna", "Karabaş", "Winston", "Mochi"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["Labrador", "Kangal", "Cockapoo", "Tekir"])),
            "pet_birthday": G(lambda f: f.date(2012, 2023)),
            "pup_cup_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- gifting ---------------------------------------------------------------------------------------
    (
        "track",
        "eGift Sent",
        APPW,
        {
            "gift_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([10, 15, 25, 50, 100, 200])),
            "currency": G(cur),
            "design": G(lambda f: f.pick(["birthday_balloons", "thank_you", "bayram", "holiday_mugs"])),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "recipient_phone": Y(phone, "phone"),
            "sender_name": Y(first, "name"),
            "message": Y(gift_message, "name", True),
            "delivery_method": G(lambda f: f.pick(["email", "sms", "imessage"])),
            "scheduled": G(lambda f: f.pick([True, False])),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "eGift Claimed",
        ["node", "ruby"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "claim_token": RED(link_token, "token"),
            "redemption_code": RED(redemption_code, "token|secret"),
            "claimed_by_existing_member": G(lambda f: f.pick([True, False])),
            "to": Y(email, "email", True),
            "days_to_claim": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Friends Invited",
        APP,
        {
            "invite_channel": G(lambda f: f.pick(["contacts", "whatsapp", "copy_link"])),
            "contacts": Many({"name": Y(full, "name"), "phone": Y(phone, "phone")}, 4),
            "referral_link": G(lambda f: "https://kc.example/r/" + alnum(f, 7)),
            "invites_sent": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Gift Recipient Entered",
        ["web"],
        {
            "input": Y(lambda f: f.pick([phone(f), email(f)]), "phone|email", True),
            "field": G(lambda f: "recipient"),
            "valid": G(lambda f: f.pick([True, False])),
            "autocomplete_used": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- store locator ---------------------------------------------------------------------------------
    (
        "track",
        "Store Search",
        APPW,
        {
            "q": G(
                lambda f: f.pick(
                    ["Kadıköy", "Shoreditch", "near me", "Austin TX", "Manchester Piccadilly", "Çankaya"]
                )
            ),
            "user_latitude": Y(lat, "geolocation"),
            "user_longitude": Y(lng, "geolocation"),
            "radius_km": G(lambda f: f.pick([1, 2, 5, 10])),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "nearest_store_id": G(store_id),
            "nearest_store_city": G(lambda f: store(f, 3)),
            "filters": Many(G(lambda f: f.pick(["drive_thru", "open_now", "wifi", "mobile_order"])), 2),
            "location_permission": G(lambda f: f.pick(["granted", "denied", "while_in_use"])),
        },
    ),
    (
        "screen",
        "Store Detail",
        APP,
        {
            "store_id": G(store_id),
            "store_name": G(lambda f: store(f, 1)),
            "store_address": G(lambda f: store(f, 2)),
            "store_phone": G(lambda f: store(f, 4)),
            "distance_km": G(lambda f: f.money(0, 12)),
            "open_now": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest WiFi Connected",
        ["php"],
        {
            "store-id": G(store_id),
            "client-mac": Y(lambda f: f.mac(), "mac"),
            "ap-mac": G(lambda f: f.pick(["00:18:0A:3C:41:E2", "00:18:0A:7F:22:10", "E0:CB:BC:11:09:AB"])),
            "email": Y(email, "email"),
            "ssid": G(lambda f: "KettleCrema_Guest"),
            "session-minutes": G(lambda f: f.r.randint(1, 180)),
            "marketing-opt-in": G(lambda f: f.pick([True, False])),
            "client-ip": Y(
                lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
        },
    ),
    # -- surveys & complaints --------------------------------------------------------------------------
    (
        "track",
        "Survey Submitted",
        APPW,
        {
            "survey_id": G(lambda f: "sv_" + f.digits(4)),
            "order_id": G(order_id),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "answers": Many(
                {
                    "question_id": G(lambda f: f"q{f.r.randint(1, 8)}"),
                    "score": G(lambda f: f.r.randint(1, 5)),
                },
                4,
            ),
            "comment": G(
                lambda f: f.pick(
                    ["Latte was lukewarm", "Great service!", "Çok beğendim", "Music too loud", ""]
                )
            ),
            "contact_me": G(lambda f: f.pick([True, False])),
            "contact_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        ["ruby", "node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(["Missing item", "Refund request", "Staff behaviour", "App issue"])
                ),
                "description": Y(contact_text, "phone|email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "tags": Many(G(lambda f: f.pick(["mobile_order", "delivery", "refund", "tr", "uk"])), 3),
                "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
                "via": {
                    "channel": G(lambda f: f.pick(["web", "email"])),
                    "source": {"from": {"address": Y(email, "email", True), "name": Y(full, "name")}},
                },
            },
            "store_id": G(store_id),
            "order_id": G(order_id),
            "photo_url": G(lambda f: f"https://cdn.kettlecrema.example/complaints/{f.hexid(12)}.jpg"),
            "refund_amount": G(lambda f: f.money(0, 20)),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        APP,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(contact_text, "phone|email", True),
            "author": G(lambda f: "customer"),
            "bot_intent": G(lambda f: f.pick(["refund", "missing_stars", "order_status"])),
        },
    ),
    (
        "track",
        "Newsletter Signup",
        ["web"],
        {
            "form": {
                "id": G(lambda f: f.pick(["footer", "popup_10off", "careers"])),
                "field": G(lambda f: "email"),
                "value": Y(email, "email", True),
            },
            "double_opt_in": G(lambda f: True),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        APPW,
        {
            "reason": G(lambda f: f.pick(["too_many_emails", "moving", "privacy", "other"])),
            "contact": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "stars_forfeited": G(lambda f: f.r.randint(0, 500)),
            "stored_value_balance": G(lambda f: f.money(0, 60)),
        },
    ),
    # -- messaging webhooks ----------------------------------------------------------------------------
    (
        "track",
        "SMS Status",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: "+" + wa_number(f), "phone", True),
            "From": G(lambda f: f.pick(["+15125550199", "+447700900460", "KETTLECREMA"])),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, your order #{f.r.randint(100, 999)} is ready for pickup",
                        f"Merhaba {first(f)}, siparişin hazır!",
                        f"{first(f)}, your courier is 5 min away",
                    ]
                ),
                "name",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30006"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{alnum(f, 16)}@ismtpd0042p1lon1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["receipt", "birthday", "winback"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(lambda f: "https://kc.example/l/" + alnum(f, 8)),
            "reply_to": G(lambda f: f.pick(["no-reply@kettlecrema.example", "support@kettlecrema.example"])),
        },
    ),
    (
        "track",
        "Conversion API Event",
        ["node+ip"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "AddToCart", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["app", "website"])),
            "user_data": {
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "external_id": G(lambda f: "u_" + f.digits(8)),
            },
            "custom_data": {"value": G(money), "currency": G(cur), "content_ids": Many(G(sku), 3)},
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["web"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["pumpkin_is_back", "iftar_menu_2024", "uk_flatwhite"])),
            "landing_page": G(lambda f: f.pick(["/menu", "/rewards", "/gift"])),
            "first_touch": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Opened",
        APP,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81502", "81600"])),
            "url": G(lambda f: f.pick(["", "kettlecrema://rewards", "kettlecrema://order/reorder"])),
            "referring_application": G(
                lambda f: f.pick(["", "com.apple.mobilesafari", "com.instagram.android"])
            ),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift"],
        {
            "plan": G(lambda f: f.pick(["Coffee Club Monthly", "Kahve Kulübü"])),
            "price": G(lambda f: f.pick([19.99, 14.99, 349.0])),
            "appAccountToken": G(lambda f: f.uuid()),
            "originalTransactionId": G(lambda f: f.digits(15)),
            "trial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["python+ids"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Crema Franchising Texas LLC", "Anadolu Kahve Gıda A.Ş.", "Northern Brew Ltd"]
                )
            ),
            "industry": G(lambda f: "Food & Beverage"),
            "employees": G(lambda f: f.r.randint(12, 400)),
            "plan": G(lambda f: f.pick(["franchise", "licensed", "corporate"])),
            "website": G(
                lambda f: f.pick(["https://cremafranchise.example", "https://anadolukahve.example"])
            ),
            "office_phone": G(lambda f: f.pick(["+1 512-555-0110", "+90 212 555 33 00", "+44 161 496 0900"])),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "ops@cremafranchise.example",
                        "info@anadolukahve.example",
                        "accounts@northernbrew.example",
                    ]
                )
            ),
            "hq_address": {
                "street": G(lambda f: f.pick(["500 W 2nd St", "Büyükdere Cad. No:185", "1 Spinningfields"])),
                "city": G(lambda f: f.pick(["Austin", "İstanbul", "Manchester"])),
                "country": G(lambda f: f.pick(["US", "TR", "GB"])),
            },
            "owner_name": Y(full, "name"),
            "tax_number": G(lambda f: f.digits(10)),
            "store_count": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Catering Order Placed",
        ["web"],
        {
            "order_id": G(order_id),
            "company_name": G(lambda f: f.pick(["Globex UK", "Initech", "Trendyol", "Monzo"])),
            "contact_name": Y(full, "name"),
            "contact_email": Y(email, "email"),
            "contact_phone": Y(phone, "phone"),
            "headcount": G(lambda f: f.r.randint(8, 120)),
            "event_date": G(lambda f: f.date(2024, 2025)),
            "total": G(lambda f: f.money(80, 1500)),
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "remarks": Y(catering_remarks, "phone", True),
        },
    ),
    # -- careers & staff -------------------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "requisition_id": G(lambda f: "REQ-" + f.digits(5)),
            "position": G(lambda f: f.pick(["Barista", "Shift Supervisor", "Assistant Store Manager"])),
            "store_id": G(store_id),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "zip": Y(postcode, "zipcode"),
            },
            "over_18": G(lambda f: f.pick([True, False])),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_pay": Y(lambda f: f.pick(["$16/hr", "£11.44", "$18.50/hr", "₺120/saat"]), "salary"),
            "availability": Many(G(lambda f: f.pick(["weekday_am", "weekday_pm", "weekends", "closing"])), 3),
            "eeo": {
                "gender": Y(lambda f: f.pick(["Female", "Male", "Decline to self-identify"]), "gender"),
                "race_ethnicity": Y(
                    lambda f: f.pick(
                        [
                            "Hispanic or Latino",
                            "Black or African American",
                            "Asian",
                            "White",
                            "Two or More Races",
                            "Decline to self-identify",
                        ]
                    ),
                    "race|ethnicity",
                ),
                "veteran_status": RED(
                    lambda f: f.pick(
                        ["I am a protected veteran", "I am not a protected veteran", "I don't wish to answer"]
                    ),
                    "veteran",
                ),
                "disability_status": RED(
                    lambda f: f.pick(
                        [
                            "Yes, I have a disability",
                            "No, I do not have a disability",
                            "I do not want to answer",
                        ]
                    ),
                    "disability",
                ),
            },
            "referred_by": Y(full, "name"),
            "source": G(lambda f: f.pick(["indeed", "kariyer.net", "instore_qr", "linkedin"])),
        },
    ),
    (
        "track",
        "Employee Onboarded",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "HomeAddress": Y(full_address, "address"),
            "SSN": RED(lambda f: f.ssn(), "social security number"),
            "NationalInsuranceNumber": RED(nino, "national id"),
            "RightToWorkDocument": RED(
                lambda f: f.pick(["UK passport", "BRP", "Share code", "US passport", "I-766 EAD"]), "visa"
            ),
            "RightToWorkExpiry": RED(lambda f: f.date(2025, 2029), "visa"),
            "JobTitle": G(lambda f: f.pick(["Barista", "Shift Supervisor", "Store Manager"])),
            "StoreNumber": G(store_id),
            "HourlyRate": Y(lambda f: f.pick([15.5, 16.0, 11.44, 12.0, 17.25]), "salary"),
            "HireDate": G(lambda f: f.date(2024, 2024)),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "SortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-26"])),
            "RoutingNumber": G(lambda f: f.pick(["111000025", "021000021", "325070760"])),
            "EmergencyContact": {
                "Name": Y(full, "name"),
                "Phone": Y(phone, "phone"),
                "Relationship": G(lambda f: f.pick(["spouse", "mother", "partner", "friend"])),
            },
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "FoodHygieneCertificateNo": Y(lambda f: "FHC-" + f.digits(8), "certificate"),
            "FoodHygieneLevel": G(lambda f: f.pick(["Level 2", "Level 3", "ServSafe Manager"])),
            "MaritalStatus": G(lambda f: f.pick(["single", "married", ""])),
            "BadgePhotoUrl": Y(lambda f: f"https://hr.kettlecrema.example/badges/{f.uuid()}.png", "photo"),
        },
    ),
    (
        "track",
        "Personel Kaydı Oluşturuldu",
        ["dotnet"],
        {
            "personel_no": G(lambda f: "P" + f.digits(6)),
            "ad": Y(tr_first, "name"),
            "soyad": Y(tr_last, "name"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "telefon": Y(phone_tr, "phone"),
            "adres": Y(street_tr, "address"),
            "doğum tarihi": Y(tr_dob, "birthdate"),
            "iban": RED(iban_tr, "bank account"),
            "sgk_giris_tarihi": G(lambda f: f.date(2024, 2024)),
            "unvan": G(lambda f: f.pick(["Barista", "Vardiya Sorumlusu", "Mağaza Müdürü"])),
            "magaza_kodu": G(store_id),
            "brut_maas": Y(lambda f: f.pick([17002, 19500, 24000, 31000]), "salary"),
            "engelli_mi": RED(lambda f: f.pick([True, False]), "disability"),
            "askerlik_durumu": G(lambda f: f.pick(["yapıldı", "muaf", "tecilli", ""])),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        ["flutter"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "store_id": G(store_id),
            "role": G(lambda f: f.pick(["barista", "shift supervisor"])),
            "scheduled_start": G(when),
            "clock_in_at": G(when),
            "clock_in_lat": Y(lat, "geolocation"),
            "clock_in_lng": Y(lng, "geolocation"),
            "geofence_ok": G(lambda f: f.pick([True, False])),
            "device_serial": G(lambda f: "S" + f.digits(11)),
        },
    ),
    (
        "track",
        "Shift Swap Requested",
        ["flutter"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "requester_name": Y(full, "name"),
            "covering_employee": {
                "employee_id": G(lambda f: "E" + f.digits(6)),
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
            },
            "reason": G(lambda f: f.pick(["family event", "exam", "childcare", "travel", "sınav"])),
            "manager_approval_required": G(lambda f: True),
        },
    ),
    (
        "track",
        "Customer Lookup",
        ["flutter"],
        {
            "search": {"q": Y(lambda f: f.pick([phone(f), email(f)]), "phone|email", True)},
            "matches": G(lambda f: f.r.randint(0, 3)),
            "purpose": G(lambda f: f.pick(["missing_stars", "refund", "gift_card_balance"])),
            "store_id": G(store_id),
        },
    ),
    (
        "track",
        "Equipment Issue Reported",
        ["flutter"],
        {
            "store_id": G(store_id),
            "equipment": G(lambda f: f.pick(["espresso machine", "grinder", "oven", "ice maker"])),
            "machine_serial": G(lambda f: f.pick(["MC-", "LM-", "MZ-"]) + f.digits(8)),
            "model": G(lambda f: f.pick(["Mastrena II", "La Marzocco Linea PB", "Mazzer Robur S"])),
            "description": G(
                lambda f: f.pick(
                    ["Group head 2 leaking", "Steam wand weak", "Grinder jammed", "Kazan basıncı düşük"]
                )
            ),
        },
    ),
    (
        "track",
        "Staff Sync Failed",
        ["kotlin"],
        {
            "endpoint": G(lambda f: f.pick(["/v2/shifts", "/v2/timeclock", "/v2/tips"])),
            "status": G(lambda f: f.pick([401, 500, 503])),
            "request": {
                "method": G(lambda f: f.pick(["GET", "POST"])),
                "headers": {
                    "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "X-Request-Id": G(lambda f: f.uuid()),
                },
            },
            "error_message": G(
                lambda f: f.pick(["Unauthorized", "Service Unavailable", "timeout after 30000ms"])
            ),
        },
    ),
    (
        "track",
        "PAYROLL_EXPORTED",
        ["java"],
        {
            "EMPLOYEE_ID": G(lambda f: "E" + f.digits(6)),
            "FULL_NAME": Y(full, "name"),
            "SSN_LAST4": RED(lambda f: f.digits(4), "social security number"),
            "PAY_PERIOD_END": G(lambda f: f.date(2024, 2024)),
            "HOURS_WORKED": G(lambda f: round(f.r.uniform(8, 44), 2)),
            "GROSS_PAY": Y(lambda f: f.money(300, 1800), "salary"),
            "TIPS_PAID": Y(lambda f: f.money(0, 250), "salary"),
            "STORE_NUMBER": G(store_id),
            "COUNTRY": G(lambda f: f.pick(["US", "GB"])),
            "DIRECT_DEPOSIT": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Started",
        APPW,
        {
            "identifier": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "method": G(lambda f: f.pick(["password", "otp", "magic_link"])),
            "keyboard_autofill": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Requested",
        APPW,
        {
            "callback_number": Y(phone, "phone"),
            "preferred_window": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "topic": G(lambda f: f.pick(["refund", "allergen_question", "stars"])),
        },
    ),
    (
        "track",
        "Account Takeover Suspected",
        ["go"],
        {
            "risk_score": G(lambda f: f.r.randint(60, 99)),
            "action": G(lambda f: f.pick(["step_up", "lock", "allow"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "previous_ip": Y(ip, "ip"),
            "geo": {
                "city": Y(lambda f: f.pick(CUSTOMER_CITIES), "city"),
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lng, "geolocation"),
                "country_code": G(lambda f: f.pick(["US", "GB", "TR", "NG", "RU"])),
            },
            "old_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "device_fingerprint": G(lambda f: f.hexid(40)),
            "stored_value_at_risk": G(lambda f: f.money(0, 200)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12).upper()),
            "plan": G(lambda f: "Coffee Club Monthly"),
            "account_holder_name": Y(full, "name"),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "branch_code": G(lambda f: f.pick(["200000", "404784", "309634"])),
            "bank_name": G(lambda f: f.pick(["Barclays", "HSBC UK", "Lloyds", "Monzo"])),
            "customer": {
                "email": Y(email, "email"),
                "address_line1": Y(street_uk, "address|street"),
                "postal_code": Y(uk_postcode, "zipcode"),
            },
        },
    ),
    (
        "track",
        "İade Talebi Oluşturuldu",
        ["go"],
        {
            "siparis_no": G(lambda f: "S" + f.digits(9)),
            "iade_tutari": G(lambda f: f.money(30, 600)),
            "neden": G(lambda f: f.pick(["eksik ürün", "yanlış sipariş", "geç teslimat"])),
            "iban": RED(iban_tr, "bank account"),
            "hesap_sahibi": Y(lambda f: f"{tr_first(f)} {tr_last(f)}", "name"),
            "aciklama": RED(refund_text, "bank account", True),
        },
    ),
    (
        "track",
        "e-Arşiv Fatura Oluşturuldu",
        ["dotnet"],
        {
            "ettn": G(lambda f: f.uuid().upper()),
            "fatura_no": G(lambda f: "KCE2024" + f.digits(9)),
            "vkn_tckn": RED(tckn, "national id"),
            "ad_soyad": Y(lambda f: f"{tr_first(f)} {tr_last(f)}", "name"),
            "fatura_adresi": Y(lambda f: "{} {}/{}".format(street_tr(f), *f.pick(TR_ILCE_IL)), "address"),
            "e_posta": Y(email, "email"),
            "vergi_dairesi": G(lambda f: f.pick(["Kadıköy", "Çankaya", "Beşiktaş"])),
            "tutar": G(lambda f: f.money(40, 900)),
            "kdv_orani": G(lambda f: f.pick([1, 10, 20])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["go"],
        {
            "whatsapp": {
                "metadata": {
                    "display_phone_number": G(lambda f: f.pick(["908505551212", "447700900460"])),
                    "phone_number_id": G(lambda f: f.digits(15)),
                },
                "contacts": Many(
                    {
                        "profile": {"name": Y(full, "name")},
                        "wa_id": Y(wa_number, "phone", True),
                    },
                    1,
                ),
                "messages": Many(
                    {
                        "from": Y(wa_number, "phone", True),
                        "id": G(lambda f: "wamid.HBgM" + alnum(f, 40)),
                        "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                        "type": G(lambda f: "text"),
                        "text": {
                            "body": G(
                                lambda f: f.pick(
                                    ["Siparişim nerede?", "Hi, is the Moda store open?", "1", "STOP"]
                                )
                            )
                        },
                    },
                    1,
                ),
            },
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["python"],
        {
            "sms": {
                "from": Y(lambda f: "+" + wa_number(f), "phone", True),
                "to": G(lambda f: f.pick(["+15125550199", "+447700900460"])),
                "body": G(lambda f: f.pick(["STOP", "YES", "Y", "help"])),
            },
            "keyword_matched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["go", "java"],
        {
            "receipt_id": G(lambda f: "R" + f.digits(10)),
            "recipient": Y(email, "email", True),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.kettlecrema.example>"),
            "store_id": G(store_id),
        },
    ),
    (
        "track",
        "Tip Pool Distributed",
        ["flutter"],
        {
            "store_id": G(store_id),
            "week_ending": G(lambda f: f.date(2024, 2024)),
            "pool_total": G(lambda f: f.money(200, 2400)),
            "employees": Many(
                {
                    "employee_id": G(lambda f: "E" + f.digits(6)),
                    "name": Y(full, "name"),
                    "hours": G(lambda f: round(f.r.uniform(4, 40), 1)),
                    "tips": Y(lambda f: f.money(10, 300), "salary"),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Handover Note Posted",
        ["flutter"],
        {
            "note_id": G(lambda f: f.uuid()),
            "body": Y(handover_note, "name", True),
            "pinned": G(lambda f: f.pick([True, False])),
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
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CTX[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=103, repeats=30)
    write(Path(__file__).parent, "holdout103_", events, labels)
