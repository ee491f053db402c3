"""Writes holdout102: tests/corpus/holdout102_events.jsonl and holdout102_labels.json.

Sealed: written from the brief, the corpus helpers (build.py, fake.py), build_holdout3.py (for
its format) and the reference's matcher table only, without reading the detection engine, its
vocabularies, its tests or any other corpus's labels, and without running the engine on these
events. Run `.venv/bin/python -m tests.corpus.build_holdout102`; deterministic (seed 102).

Covers a home-improvement and furniture retailer in the US and Canada ("Birchwood Home"):
browsing and the room planner, carts and checkout (Stripe-shaped payments, a legacy checkout
form), delivery and assembly booking with time windows, a delivery-crew Android app
(Onfleet-shaped task webhooks, Twilio-shaped SMS callbacks), store pickup and curbside, in-store
financing and store credit-card applications (US and Quebec backends), design consultations,
mattress quizzes, product reviews with photos, gift registries and their guests, gift cards,
returns and refunds, careers applications, trade-pro accounts (group calls), a warehouse
reverse-ETL identify, marketing conversions (gclid, fbp/fbc); identify, track, page, screen,
group and alias calls with the contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries. Keys are mostly camelCase and snake_case, with PascalCase (.NET, Twilio),
kebab-case (a trade portal), SCREAMING_SNAKE (a warehouse sync) and French-Canadian keys (nom,
prénom, courriel, adresse, téléphone, code_postal, NAS).

Conventions: paths are flattened as `portal.events.flatten` does (`a.b`, arrays `a[]`); each
leaf carries classification (red / yellow / green), type (a reference matcher name or one of the
extra names; `a|b` when either is fair) and value_only.

Labelling rules followed (the product's default colours and its published contested-case
policy): personal data about a natural person (the shopper, a recipient, a registry guest or
co-registrant, a co-applicant, a delivery-crew member, a store associate, a designer, a job
applicant) is PII; the reference's colour for its matcher; red for credentials and secrets,
one-time and pickup codes, sign-in link tokens, payment-method tokens, full card numbers, bank
account numbers, government ids (SSN, its last four, SIN/NAS, an identity document's number
such as a driver's licence used as ID) and health ids; yellow otherwise. Green: ids the business
issues (order, RMA, loyalty/member numbers, booking, registry, crew ids), SKUs, versions,
timestamps, hashes, amounts, counters, enums and booleans under PII-sounding keys (emailVerified,
phoneCount), product, collection, company and pet names, stores' own phones, role mailboxes and
addresses, call-masking proxy numbers, places that are not the person's (stores, searched
places), country, state/province, locale, timezone, currency, user agents, OS-issued device ids,
card brand, last four, expiry and BIN, bank transit/institution/routing numbers, ages and age
bands, job titles and employers. Yellow by policy: billing/shipping/service addresses and their
city and postal code, pay and commission (`salary`), credit scores (`credit score`), vehicle
plates (`license`), VINs (`serial`), gclid/fbclid/fbp/fbc (`advertising id`), union locals
(`trade union`). Special categories carried by booleans, enums or lists are labelled with that
category (accessibility needs and wheelchair use: `disability`, red; military status: `veteran`,
red; right to work or sponsorship: `visa`, red; back pain: `condition`; latex or dust allergies:
`allergy`). Decisions taken where the brief leaves room, as a careful privacy owner would:
a baby registry's due date reveals a pregnancy (yellow `condition`); user-uploaded photos
(review photos, proof-of-delivery and damage photos) picture the person's home and are yellow
`photo`, while catalogue images are green; EXIF GPS of a user photo is yellow `geolocation`.
value_only is true when the key does not say what the value is (`input`, `q`, `label`, `value`,
`note`, `group`, `Body`, `To`, a free-text field); a value_only PII path holds that PII in every value,
and free text that carries no PII in any value is green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ---------------------------------------------------------------------------------

FIRSTS = [
    "Geneviève", "Étienne", "Mathieu", "Isabelle", "Marc-André", "Chantal", "Félix", "Émilie",
    "Jean-François", "Noémie", "Amara", "Chidi", "Ngozi", "Aaliyah", "Jamal", "DeShawn", "Mei",
    "Wei", "Jia Hui", "Min-jun", "Seo-yeon", "Harpreet", "Gurpreet", "Arjun", "Priya", "Ananya",
    "Fatima", "Omar", "Layla", "Yusuf", "Hamza", "Mariana", "José", "Lucía", "Alejandro",
    "Thi Lan", "Minh", "Olena", "Taras", "Giulia", "Marco", "João", "Siobhan", "Liam", "Emma",
    "Olivia", "Noah", "Ethan", "Hannah", "Zoë", "Tenzin", "Kateri", "Ayesha", "Kofi", "Abdi",
    "Hodan", "Rohan", "Elif", "Mehmet", "Nadia", "Dmitri", "Ji-ho", "Hiroshi", "Carmen",
    "Ricardo", "Bao", "Farah", "Rosalie", "Jacob", "Madison", "Tyler", "Brianna",
]  # fmt: skip
LASTS = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Smith", "Johnson", "Williams", "Brown",
    "Okafor", "Adeyemi", "Mensah", "Chen", "Wang", "Li", "Nguyen", "Tran", "Kim", "Park", "Lee",
    "Singh", "Sandhu", "Gill", "Patel", "Sharma", "Khan", "Ahmed", "Haddad", "Hussein",
    "Rodríguez", "García", "Hernández", "Silva", "Santos", "Kowalski", "Kovalenko", "Shevchenko",
    "Rossi", "Romano", "O'Connor", "MacDonald", "Murphy", "Y\u0131lmaz", "Sato", "Tanaka", "Dubois",
    "Abdullahi", "Warsame", "Thompson", "Campbell", "Martin", "Flores", "Reyes", "dela Cruz",
    "Van der Berg", "St-Pierre",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "outlook.com", "hotmail.ca", "yahoo.ca", "icloud.com", "videotron.ca",
    "sympatico.ca", "shaw.ca", "proton.me", "hotmail.com", "live.ca", "bell.net", "comcast.net",
    "yahoo.com", "me.com",
]  # fmt: skip

# city -> (province/state, country, postal prefix letters or zip range)
CA_CITIES = {
    "Toronto": ("ON", "M"), "Mississauga": ("ON", "L"), "Brampton": ("ON", "L"), "Ottawa": ("ON", "K"),
    "Markham": ("ON", "L"), "Hamilton": ("ON", "L"), "Montréal": ("QC", "H"), "Laval": ("QC", "H"),
    "Québec": ("QC", "G"), "Gatineau": ("QC", "J"), "Longueuil": ("QC", "J"), "Sherbrooke": ("QC", "J"),
    "Calgary": ("AB", "T"), "Edmonton": ("AB", "T"), "Vancouver": ("BC", "V"), "Surrey": ("BC", "V"),
    "Burnaby": ("BC", "V"), "Victoria": ("BC", "V"), "Winnipeg": ("MB", "R"), "Halifax": ("NS", "B"),
    "Saskatoon": ("SK", "S"), "Regina": ("SK", "S"),
}  # fmt: skip
US_CITIES = {
    "Chicago": ("IL", 606), "Seattle": ("WA", 981), "Portland": ("OR", 972), "Minneapolis": ("MN", 554),
    "Buffalo": ("NY", 142), "Boston": ("MA", 21), "Denver": ("CO", 802), "Austin": ("TX", 787),
    "Columbus": ("OH", 432), "Detroit": ("MI", 482), "Phoenix": ("AZ", 850), "Atlanta": ("GA", 303),
    "Raleigh": ("NC", 276), "Newark": ("NJ", 71), "Burlington": ("VT", 54), "Spokane": ("WA", 992),
}  # fmt: skip
CA_AREA = [416, 647, 437, 905, 289, 613, 514, 438, 450, 418, 819, 403, 587, 780, 604, 778, 250, 204, 902, 306]
US_AREA = [312, 773, 206, 503, 612, 716, 617, 303, 512, 614, 313, 602, 404, 919, 973, 802, 509]
EN_STREETS = [
    "Bloor St W", "Queen St E", "Yonge St", "Dundas St W", "Kingsway", "Main St", "Maple Ave",
    "Oak Ridge Dr", "Elm St", "Birch Ln", "Lakeshore Blvd W", "Jasper Ave NW", "17 Ave SW",
    "Commercial Dr", "Portage Ave", "Spring Garden Rd", "Cedar Ct", "Harbor Way", "Willow Crescent",
    "N Milwaukee Ave", "SE Hawthorne Blvd", "Pine Hollow Rd", "Sunnyside Ave",
]  # fmt: skip
FR_STREETS = [
    "rue Sainte-Catherine O", "boulevard René-Lévesque E", "rue Saint-Denis", "avenue du Parc",
    "rue Beaubien E", "chemin Sainte-Foy", "boulevard Saint-Laurent", "rue des Érables",
    "avenue Cartier", "rue King O",
]  # fmt: skip
UNITS = ["Apt 4", "Unit 1203", "Suite 210", "#305", "Basement", "app. 302", "PH2", "Apt 12B"]

STORES = [
    ("Birchwood Home \u2013 Etobicoke", "Toronto", "ON", "1255 The Queensway", "M8Z 1S1", "+1 416-259-0142"),
    (
        "Birchwood Home \u2013 Marché Central",
        "Montréal",
        "QC",
        "9185 boul. de l'Acadie",
        "H4N 3K1",
        "514-381-0199",
    ),
    ("Birchwood Home \u2013 Coquitlam", "Coquitlam", "BC", "2929 Barnet Hwy", "V3B 5R5", "(604) 941-0117"),
    ("Birchwood Home \u2013 Schaumburg", "Schaumburg", "IL", "1400 E Golf Rd", "60173", "(847) 240-0163"),
    ("Birchwood Home \u2013 Tukwila", "Tukwila", "WA", "400 Strander Blvd", "98188", "206-248-0184"),
    ("Birchwood Home \u2013 Ottawa Merivale", "Ottawa", "ON", "1595 Merivale Rd", "K2G 3J4", "613-228-0120"),
]
PRODUCTS = [
    ("Alder 3-Seat Sofa, Oatmeal Bouclé", "Sofas", "Birchwood", 1899.0),
    ("Fjordline Extendable Dining Table", "Dining Tables", "Nordhaus", 1249.0),
    ("Cove Queen Platform Bed", "Beds", "Birchwood", 899.0),
    ("Hemlock 6-Drawer Dresser", "Dressers", "Birchwood Kids", 649.0),
    ("Luma Arc Floor Lamp", "Lighting", "Lumen & Co", 189.0),
    ("Terra Jute Area Rug 8x10", "Rugs", "Woven Path", 429.0),
    ("Harbour Outdoor Sectional", "Patio", "Shorecraft", 2399.0),
    ("Quartz Kitchen Faucet, Matte Black", "Kitchen Fixtures", "Delmar", 279.0),
    ("Sleepwell Hybrid Mattress, Queen", "Mattresses", "Sleepwell", 1099.0),
    ("Oak Floating Shelf 36in", "Storage", "Birchwood", 59.99),
    ("Crestview Convertible Crib", "Nursery", "Birchwood Kids", 549.0),
    ("Vanity 30in with Quartz Top", "Bathroom", "AquaStone", 749.0),
    ("Cordless Drill Kit 20V", "Tools", "Torqmax", 169.0),
    ("Ember 4-Piece Cookware Set", "Kitchen", "Ember", 229.0),
]
COLORS = ["Oatmeal", "Charcoal", "Natural Oak", "Walnut", "Matte Black", "Sage", "Ivory", "Navy"]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
TZS = [
    "America/Toronto", "America/Montreal", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
    "America/Halifax", "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver",
]  # fmt: skip
LOCALES = ["en-CA", "fr-CA", "en-US", "en-CA", "en-US", "es-US"]


def ascii_fold(s: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return folded.replace("\u0131", "i")


# -- generators ----------------------------------------------------------------------------------


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a = ascii_fold(first(f)).lower().replace(" ", "").replace("-", "")
    b = ascii_fold(last(f)).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = f.pick([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a}_{b}", f"{a}+birchwood"])
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake, intl: bool = False) -> str:
    if intl and f.r.random() < 0.35:
        return f.pick(
            [
                f"+44 7{f.digits(3)} {f.digits(6)}",
                f"+33 6 {f.digits(2)} {f.digits(2)} {f.digits(2)} {f.digits(2)}",
                f"+91 9{f.digits(4)} {f.digits(5)}",
                f"+63 917 {f.digits(3)} {f.digits(4)}",
                f"+52 55 {f.digits(4)} {f.digits(4)}",
                f"+61 4{f.digits(2)} {f.digits(3)} {f.digits(3)}",
                f"+234 803 {f.digits(3)} {f.digits(4)}",
            ]
        )
    area = f.pick(CA_AREA + US_AREA)
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
            f"+1 {area} {ex} {line:04d}",
            f"1-{area}-{ex}-{line:04d}",
        ]
    )


def e164(f: Fake) -> str:
    return f"+1{f.pick(CA_AREA + US_AREA)}{f.r.randint(201, 989)}{f.r.randint(0, 9999):04d}"


POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(f: Fake, prefix: str | None = None) -> str:
    p = prefix or f.pick([v[1] for v in CA_CITIES.values()])
    L_ = POSTAL_LETTERS
    return f"{p}{f.r.randint(0, 9)}{f.pick(L_)} {f.r.randint(0, 9)}{f.pick(L_)}{f.r.randint(0, 9)}"


def us_zip(f: Fake, base: int | None = None) -> str:
    base = base if base is not None else f.pick([v[1] for v in US_CITIES.values()])
    z = f"{base:03d}{f.r.randint(0, 99):02d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1, 9999):04d}"


def postal(f: Fake) -> str:
    return ca_postal(f) if f.r.random() < 0.6 else us_zip(f)


def city(f: Fake) -> str:
    return f.pick(list(CA_CITIES) + list(US_CITIES))


def ca_city(f: Fake) -> str:
    return f.pick(list(CA_CITIES))


def street(f: Fake) -> str:
    if f.r.random() < 0.3:
        return f"{f.r.randint(1, 9999)}, {f.pick(FR_STREETS)}"
    return f"{f.r.randint(1, 12999)} {f.pick(EN_STREETS)}"


def line2(f: Fake) -> str:
    return f.pick(UNITS)


def full_address(f: Fake) -> str:
    if f.r.random() < 0.6:
        c = ca_city(f)
        prov, pre = CA_CITIES[c]
        return f"{street(f)}, {c}, {prov} {ca_postal(f, pre)}"
    c = f.pick(list(US_CITIES))
    st, base = US_CITIES[c]
    return f"{f.r.randint(1, 12999)} {f.pick(EN_STREETS)}, {c}, {st} {us_zip(f, base)}"


def fr_address(f: Fake) -> str:
    return f"{f.r.randint(10, 9999)}, {f.pick(FR_STREETS)}" + f.pick(
        ["", ", app. " + str(f.r.randint(1, 40))]
    )


def province(f: Fake) -> str:
    return f.pick(["ON", "QC", "BC", "AB", "MB", "NS", "SK", "IL", "WA", "NY", "TX", "MA", "OR"])


def sin(f: Fake) -> str:
    body = str(f.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    n = f.luhn_complete(body)
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def lat(f: Fake) -> float:
    return round(f.r.uniform(41.7, 53.6), 6)


def lon(f: Fake) -> float:
    return round(f.r.uniform(-123.4, -63.5), 6)


def alnum(f: Fake, n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60, string.ascii_letters + string.digits + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
VIN_MAP.update(dict(zip("JKLMN", range(1, 6))))
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["1FT", "2FM", "1GC", "3C6", "5TF", "2T3", "1HG"])
    body = list(wmi + alnum(f, 5, chars) + "0" + f.pick("LMNPR") + alnum(f, 7, chars))
    total = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_WEIGHTS))
    check = total % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def plate(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"{alnum(f, 4, up)} {f.digits(3)}",
            f"{alnum(f, 3, up)}-{f.digits(4)}",
            f"{f.pick(['V', 'F', 'L'])}{f.digits(2)} {alnum(f, 3, up)}",
            f"{f.digits(3)} {alnum(f, 3, up)}",
        ]
    )


def ab_licence(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"{f.pick(up)}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}",
            f"{f.pick(up)}{f.digits(4)}-{f.r.randint(10, 31)}{f.r.randint(1, 12):02d}"
            f"{f.r.randint(60, 99)}-0{f.r.randint(1, 9)}",
            f"{f.pick(up)}{f.digits(7)}",
            f"{f.digits(6)}-{f.digits(3)}",
        ]
    )


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    return prefix + alnum(f, n)


def iso_day(f: Fake, y0: int = 2024, y1: int = 2025) -> str:
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def window(f: Fake) -> str:
    return f.pick(
        ["8:00\u201312:00", "12:00\u201316:00", "16:00\u201320:00", "7am-11am", "11am-3pm", "3pm-7pm"]
    )


def sku(f: Fake) -> str:
    return f"{f.pick(['BW', 'NH', 'SW', 'TM'])}-{f.r.randint(100000, 999999)}"


def product_name(f: Fake) -> str:
    return f.pick(PRODUCTS)[0]


def category(f: Fake) -> str:
    return f.pick(PRODUCTS)[1]


def brand(f: Fake) -> str:
    return f.pick(PRODUCTS)[2]


def store_id(f: Fake) -> str:
    return f.pick(["0142", "0199", "0117", "0163", "0184", "0120", "0231"])


def money(f: Fake, lo: float = 20, hi: float = 3000) -> float:
    return round(f.r.uniform(lo, hi), 2)


def rma(f: Fake) -> str:
    return f"RMA-{f.r.randint(2024, 2025)}-{f.digits(6)}"


def order_no(f: Fake) -> str:
    return f.pick(["BW", "BH"]) + f.digits(9)


def photo_url(f: Fake) -> str:
    return f.pick(
        [
            f"https://ugc.birchwoodhome.com/reviews/{f.uuid()}.jpg",
            f"https://res.cloudinary.com/birchwood/image/upload/v{f.r.randint(1700000000, 1735000000)}"
            f"/ugc/{f.hexid(20)}.jpg",
            f"https://s3.ca-central-1.amazonaws.com/bw-ugc-prod/{f.hexid(8)}/{f.hexid(12)}.heic",
        ]
    )


def catalog_image(f: Fake) -> str:
    return f"https://images.birchwoodhome.com/is/image/bw/{sku(f)}_{f.pick(['main', 'alt1', 'room'])}?wid=800"


def product_url(f: Fake) -> str:
    host = f.pick(["www.birchwoodhome.com", "www.birchwoodhome.ca", "www.birchwoodhome.ca/fr"])
    slug = f.pick(
        ["alder-3-seat-sofa", "cove-queen-platform-bed", "terra-jute-area-rug", "luma-arc-floor-lamp"]
    )
    return f"https://{host}/p/{slug}/{f.r.randint(100000, 999999)}"


# -- contexts ------------------------------------------------------------------------------------

PAGES = [
    ("/", "Birchwood Home | Furniture, Décor & Home Improvement"),
    ("/c/living-room/sofas", "Sofas & Couches | Birchwood Home"),
    ("/p/alder-3-seat-sofa/482913", "Alder 3-Seat Sofa | Birchwood Home"),
    ("/planner/room", "Room Planner | Birchwood Home"),
    ("/checkout/delivery", "Checkout \u2013 Delivery | Birchwood Home"),
    ("/registry/find", "Find a Registry | Birchwood Home"),
    ("/fr/c/salon/canapes", "Canapés | Birchwood Maison"),
    ("/credit/apply", "Birchwood Credit Card \u2013 Apply | Birchwood Home"),
]


def web_context(f: Fake):
    def page_pick(f):
        return f.pick(PAGES)

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.2", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page_pick(f)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.pinterest.ca/", "https://l.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?sort=price_asc", "?ref=nav"])
            ),
            "title": G(lambda f: page_pick(f)[1]),
            "url": G(
                lambda f: (
                    f.pick(["https://www.birchwoodhome.com", "https://www.birchwoodhome.ca"])
                    + page_pick(f)[0]
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "24", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["spring_refresh_2025", "boxing_week", "patio_launch", "mattress_month"])
            ),
            "source": G(lambda f: f.pick(["google", "meta", "newsletter", "pinterest"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "display"])),
            "term": G(
                lambda f: f.pick(["sectional sofa", "canapé modulaire", "queen bed frame", "patio set sale"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_3", "footer_link", "story_v2"])),
        },
    }


def swift_context(f: Fake, app="Birchwood"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
            "build": G(lambda f: f.pick(["7140", "7152", "7160"])),
            "namespace": G(
                lambda f: "com.birchwoodhome.ios" if app == "Birchwood" else "com.birchwoodhome.associate"
            ),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,3", "iPhone14,5", "iPhone16,2", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
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
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "cus_" + f.digits(8)),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
    }


def kotlin_context(f: Fake, crew=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Birchwood Crew" if crew else "Birchwood"),
            "version": G(
                lambda f: (
                    f.pick(["7.14.1", "7.15.0", "7.16.3"])
                    if not crew
                    else f.pick(["2.3.0", "2.4.1", "2.4.2"])
                )
            ),
            "build": G(
                lambda f: f.pick(["71401", "71500", "71603"]) if not crew else f.pick(["230", "241", "242"])
            ),
            "namespace": G(lambda f: "com.birchwoodhome.crew" if crew else "com.birchwoodhome.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-S921W", "Pixel 8", "moto g stylus 5G", "TC58"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "dubai", "TC58"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Rogers", "Bell", "TELUS", "Vidéotron", "T-Mobile", "Verizon"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: f.pick([1080, 1440])),
            "height": G(lambda f: f.pick([2340, 2400, 3120])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921W Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TC58 Build/13-24-18.00-TG-U00-STD)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
    }
    if crew:
        ctx["location"] = {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 27), 1)),
        }
    return ctx


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Birchwood"),
            "version": G(lambda f: f.pick(["7.15.0", "7.16.0", "7.16.1"])),
            "build": G(lambda f: f.pick(["1150", "1160", "1161"])),
            "namespace": G(lambda f: "com.birchwoodhome.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546W", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Birchwood Planner"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "com.birchwoodhome.planner"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad14,3", "SM-X710", "Pixel Tablet"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.7"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: f.pick([True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([1024, 1600])), "height": G(lambda f: f.pick([1366, 2560]))},
        "timezone": G(lambda f: f.pick(TZS)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        ctx["locale"] = G(lambda f: f.pick(LOCALES))
    return ctx


# -- shared sub-templates ------------------------------------------------------------------------


def product_item(extra=True):
    d = {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(sku),
        "name": G(product_name),
        "brand": G(brand),
        "category": G(category),
        "variant": G(lambda f: f.pick(COLORS)),
        "price": G(lambda f: money(f, 19, 2499)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }
    if extra:
        d.update(
            {
                "position": G(lambda f: f.r.randint(1, 48)),
                "url": G(product_url),
                "image_url": G(catalog_image),
            }
        )
    return d


def ship_address(style="snake"):
    if style == "snake":
        return {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "address1": Y(street, "address|street"),
            "address2": Y(line2, "address|street"),
            "city": Y(city, "city"),
            "province_code": G(province),
            "postal_code": Y(postal, "zipcode"),
            "country_code": G(lambda f: f.pick(["CA", "US"])),
            "phone": Y(phone, "phone"),
        }
    return {
        "name": Y(full, "name"),
        "line1": Y(street, "address|street"),
        "line2": Y(line2, "address|street"),
        "city": Y(city, "city"),
        "state": G(province),
        "postal_code": Y(postal, "zipcode"),
        "country": G(lambda f: f.pick(["CA", "US"])),
    }


def store_block():
    return {
        "id": G(store_id),
        "name": G(lambda f: f.pick(STORES)[0]),
        "city": G(lambda f: f.pick(STORES)[1]),
        "region": G(lambda f: f.pick(STORES)[2]),
        "address": G(lambda f: f.pick(STORES)[3]),
        "postal_code": G(lambda f: f.pick(STORES)[4]),
        "phone": G(lambda f: f.pick(STORES)[5]),
        "email": G(
            lambda f: f.pick(
                [
                    "etobicoke@stores.birchwoodhome.com",
                    "service@birchwoodhome.ca",
                    "pickup.0163@stores.birchwoodhome.com",
                ]
            )
        ),
    }


# -- value-only free text -----------------------------------------------------------------------


def delivery_note_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Call {p} when 15 min away",
            f"Buzzer broken, text {p} on arrival",
            f"Side door please. Cell {p}",
            f"Appeler au {p} avant de livrer",
            f"If no answer try my husband at {p}",
        ]
    )


def sms_body_name(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, your Birchwood delivery is scheduled for tomorrow between {window(f)}. "
            "Reply C to confirm.",
            f"Bonjour {n}, votre livraison Birchwood arrive aujourd'hui entre {window(f)}.",
            f"{n}, your crew is about 20 minutes away. Track: https://bwh.me/t/{alnum(f, 7)}",
            f"Hi {n}! Your order is ready for pickup at Birchwood. Show this text at the desk.",
        ]
    )


def associate_note_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Cx called from {p} re: backordered sectional, promised callback Thu",
            f"Customer wants delivery moved, best # {p}",
            f"Left VM at {p}, no answer",
            f"Wife will pick up, her cell {p}",
        ]
    )


def gift_note_name(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Congratulations on the new home! Love, {n}",
            f"Félicitations! — {n} xx",
            f"So happy for you both. Enjoy the sheets! {n} & family",
            f"From {n} {last(f)}, with love",
        ]
    )


def green_note(options):
    return G(lambda f: f.pick(options))


# -- events --------------------------------------------------------------------------------------
# (type, event/name, clients, count, body)

WEB = ["web"]
MOBILE = ["swift", "kotlin", "rn"]
APP_WEB = ["web", "swift", "kotlin", "rn"]

EVENTS = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        APP_WEB,
        60,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(province),
                "postalCode": Y(postal, "zipcode"),
                "country": G(lambda f: f.pick(["CA", "US", "Canada", "United States"])),
            },
            "birthday": Y(lambda f: f.date(1945, 2004), "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "preferredStoreId": G(store_id),
            "loyaltyNumber": G(lambda f: "6270" + f.digits(8)),
            "loyaltyTier": G(lambda f: f.pick(["Sprout", "Oak", "Redwood"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "fr", "es"])),
            "ageRange": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        30,
        {
            "Email": Y(email, "email"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "PhoneNumber": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2004) + "T00:00:00", "birthdate"),
            "MemberNumber": G(lambda f: "BWR-" + f.digits(7)),
            "LoyaltyTier": G(lambda f: f.pick(["Sprout", "Oak", "Redwood"])),
            "PreferredLanguage": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US"])),
            "Province": G(province),
            "PostalCode": Y(postal, "zipcode"),
            "PosCustomerId": G(lambda f: int(f.digits(9))),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        30,
        {
            "nom": Y(last, "name"),
            "prénom": Y(first, "name"),
            "courriel": Y(email, "email"),
            "téléphone": Y(phone, "phone"),
            "adresse": Y(fr_address, "address|street"),
            "ville": Y(ca_city, "city"),
            "code_postal": Y(lambda f: ca_postal(f, f.pick(["H", "G", "J"])), "zipcode"),
            "province": G(lambda f: "QC"),
            "date_de_naissance": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "no_membre": G(lambda f: "6270" + f.digits(8)),
            "consentement_infolettre": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        30,
        {
            "CUSTOMER_ID": G(lambda f: int(f.digits(8))),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_E164": Y(e164, "phone"),
            "HOME_POSTAL_CODE": Y(postal, "zipcode"),
            "HOME_CITY": Y(city, "city"),
            "LIFETIME_VALUE": G(lambda f: money(f, 0, 25000)),
            "ORDER_COUNT": G(lambda f: f.r.randint(0, 60)),
            "LAST_ORDER_DATE": G(iso_day),
            "CLV_SEGMENT": G(lambda f: f.pick(["HIGH", "MID", "LOW", "NEW"])),
            "PREFERRED_STORE_ID": G(store_id),
            "IS_PRO_MEMBER": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- group: trade-pro accounts ----------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        30,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Maple Leaf Renovations Inc.",
                        "Studio Lumière Design",
                        "Northside Builders LLC",
                        "Clearwater Property Mgmt",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(
                    ["interior design", "general contractor", "property management", "hospitality"]
                )
            ),
            "plan": G(lambda f: f.pick(["Trade", "Trade Plus", "Hospitality"])),
            "main_phone": G(lambda f: f.pick(["+1 905-727-3140", "(312) 733-9018", "514 937-2260"])),
            "accounts_email": G(
                lambda f: f.pick(
                    ["info@mapleleafreno.ca", "projets@studiolumiere.ca", "ap@northsidebuilders.com"]
                )
            ),
            "office_address": {
                "street": G(
                    lambda f: f.pick(
                        ["88 Industrial Pkwy S", "4200 rue Saint-Ambroise", "1550 W Carroll Ave"]
                    )
                ),
                "city": G(lambda f: f.pick(["Aurora", "Montréal", "Chicago"])),
                "state": G(lambda f: f.pick(["ON", "QC", "IL"])),
                "postal_code": G(lambda f: f.pick(["L4G 3V4", "H4C 2C7", "60607"])),
            },
            "business_number": G(lambda f: f.digits(9) + "RT0001"),
            "account_manager": {
                "name": Y(full, "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(first(f)).lower().replace(" ", "")
                        + "."
                        + ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
                        + "@birchwoodhome.com"
                    ),
                    "email",
                ),
                "employee_id": G(lambda f: "E" + f.digits(6)),
            },
            "primary_contact_name": Y(full, "name"),
            "primary_contact_mobile": Y(phone, "phone"),
        },
    ),
    # -- pages and screens -------------------------------------------------------------------------
    (
        "page",
        "Product Detail",
        WEB,
        70,
        {
            "name": G(lambda f: "Product Detail"),
            "path": G(lambda f: f.pick(PAGES)[0]),
            "url": G(product_url),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.ca/", "https://www.birchwoodhome.com/c/beds"])
            ),
            "search": G(lambda f: f.pick(["", "?color=sage", "?sku=" + sku(f)])),
            "category": G(category),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        },
    ),
    (
        "screen",
        "Room Planner",
        ["flutter", "swift", "rn"],
        45,
        {
            "name": G(lambda f: "Room Planner"),
            "room_type": G(
                lambda f: f.pick(["living_room", "bedroom", "nursery", "kitchen", "home_office", "basement"])
            ),
            "room_width_cm": G(lambda f: f.r.randint(250, 900)),
            "room_length_cm": G(lambda f: f.r.randint(250, 1200)),
            "items_placed": G(lambda f: f.r.randint(0, 30)),
            "planner_project_id": G(lambda f: f.uuid()),
            "project_name": G(
                lambda f: f.pick(
                    ["Basement reno", "Condo living room", "Chalet", "Nursery v2", "Office makeover", "Salon"]
                )
            ),
            "lidar_scan_used": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- browsing ----------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        APP_WEB,
        50,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "sectional sofa",
                        "canapé lit",
                        "king bed frame",
                        "bathroom vanity 30",
                        "patio umbrella",
                        "dresser white",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 480)),
            "search_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Product List Filtered",
        ["web", "rn"],
        40,
        {
            "list_id": G(lambda f: f.pick(["sofas", "beds", "rugs", "vanities", "patio"])),
            "category": G(category),
            "filters": Many(
                {
                    "type": G(lambda f: f.pick(["color", "material", "price", "width"])),
                    "value": G(lambda f: f.pick(["sage", "oak", "0-500", "72-84in", "linen"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        APP_WEB,
        70,
        {
            **product_item(),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "value": G(lambda f: money(f)),
            "assembly_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added",
        APP_WEB,
        50,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product_item(extra=False),
            "assembly_service_added": G(lambda f: f.pick([True, False])),
            "protection_plan": G(lambda f: f.pick(["none", "3yr_furniture", "5yr_furniture"])),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        MOBILE,
        35,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(
                lambda f: f.pick(["Cottage reno", "Nursery", "Dream kitchen", "Condo", "Wishlist"])
            ),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "sku": G(sku),
            "name": G(product_name),
            "price": G(lambda f: money(f, 19, 2499)),
        },
    ),
    (
        "track",
        "Room Design Shared",
        ["web", "flutter"],
        35,
        {
            "design_id": G(lambda f: f.uuid()),
            "share_method": G(lambda f: "email"),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(first, "name"),
            "message": green_note(
                [
                    "What do you think of this layout?",
                    "Thoughts on the rug?",
                    "",
                    "Option B with the sectional",
                ]
            ),
            "item_count": G(lambda f: f.r.randint(1, 25)),
            "estimated_total": G(lambda f: money(f, 200, 12000)),
        },
    ),
    (
        "track",
        "Store Locator Used",
        ["web", "swift", "kotlin"],
        40,
        {
            "query": G(lambda f: f.pick(["Laval", "M5V", "Schaumburg IL", "near me", "Québec", "98188"])),
            "user_location": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "nearest_store": {
                "id": G(store_id),
                "name": G(lambda f: f.pick(STORES)[0]),
                "city": G(lambda f: f.pick(STORES)[1]),
                "distance_km": G(lambda f: round(f.r.uniform(0.5, 80), 1)),
            },
            "results_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Swatch Ordered",
        WEB,
        30,
        {
            "swatches": Many(
                {
                    "sku": G(sku),
                    "color_name": G(lambda f: f.pick(COLORS)),
                    "fabric": G(lambda f: f.pick(["bouclé", "velvet", "performance linen", "leather"])),
                },
                4,
            ),
            "ship_to": ship_address("snake"),
            "email": Y(email, "email"),
            "free_swatch_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- cart & checkout ---------------------------------------------------------------------------
    (
        "track",
        "Cart Viewed",
        APP_WEB,
        40,
        {
            "cart_id": G(lambda f: f.uuid()),
            "products": Many(product_item(extra=False), 4),
            "item_count": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Checkout Started",
        APP_WEB,
        50,
        {
            "order_id": G(order_no),
            "affiliation": G(
                lambda f: f.pick(["birchwoodhome.com", "birchwoodhome.ca", "iOS app", "Android app"])
            ),
            "value": G(lambda f: money(f)),
            "revenue": G(lambda f: money(f)),
            "shipping": G(lambda f: money(f, 0, 249)),
            "tax": G(lambda f: money(f, 0, 400)),
            "gst_hst": G(lambda f: money(f, 0, 300)),
            "pst_qst": G(lambda f: money(f, 0, 200)),
            "discount": G(lambda f: money(f, 0, 150)),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "BOXING25", "TRADE15"])),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "products": Many(product_item(extra=False), 4),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        APP_WEB,
        40,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "step_name": G(lambda f: f.pick(["contact", "delivery", "payment", "review"])),
            "shipping_method": G(
                lambda f: f.pick(["white_glove", "threshold", "parcel", "store_pickup", "curbside"])
            ),
            "payment_method": G(
                lambda f: f.pick(["card", "paypal", "apple_pay", "birchwood_credit", "affirm"])
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin", "node"],
        45,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(order_no),
            "payment_method": G(lambda f: "card"),
            "payment_method_id": RED(pm_token, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["450644", "520082", "374245", "601100"])),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2032)),
            "cardholder_name": Y(full, "name"),
            "billing_postal_code": Y(postal, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Form Submitted",
        WEB,
        25,
        {
            "form_id": G(lambda f: "legacy-checkout-v3"),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_masked": G(lambda f: "•••• •••• •••• " + f.digits(4)),
            "bill_first": Y(first, "name"),
            "bill_last": Y(last, "name"),
            "bill_addr1": Y(street, "address|street"),
            "bill_zip": Y(postal, "zipcode"),
            "bill_email": Y(email, "email"),
            "field_errors": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Order Completed",
        [*APP_WEB, "node"],
        60,
        {
            "order_id": G(order_no),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f)),
            "subtotal": G(lambda f: money(f)),
            "revenue": G(lambda f: money(f)),
            "shipping": G(lambda f: money(f, 0, 249)),
            "tax": G(lambda f: money(f, 0, 400)),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "BOXING25"])),
            "products": Many(product_item(extra=False), 4),
            "shipping_address": ship_address("stripe"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "country": G(lambda f: f.pick(["CA", "US"])),
            },
            "email": Y(email, "email"),
            "sms_updates_number": Y(phone, "phone"),
            "delivery_notes": Y(delivery_note_phone, "phone", True),
            "is_gift": G(lambda f: f.pick([True, False])),
            "delivery_type": G(lambda f: f.pick(["white_glove", "threshold", "parcel", "store_pickup"])),
            "financing_used": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "OrderPlaced",
        ["dotnet"],
        40,
        {
            "OrderId": G(lambda f: int(f.digits(10))),
            "OrderNumber": G(order_no),
            "CustomerId": G(lambda f: int(f.digits(8))),
            "CustomerEmail": Y(email, "email"),
            "StoreNumber": G(store_id),
            "GrandTotal": G(lambda f: money(f)),
            "Lines": Many(
                {
                    "Sku": G(sku),
                    "Qty": G(lambda f: f.r.randint(1, 4)),
                    "UnitPrice": G(lambda f: money(f, 5, 2499)),
                    "Description": G(product_name),
                },
                4,
            ),
            "ShipTo": {
                "FullName": Y(full, "name"),
                "Street1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "Province": G(province),
                "PostalCode": Y(postal, "zipcode"),
                "Country": G(lambda f: f.pick(["CA", "US"])),
            },
            "PhoneNumber": Y(phone, "phone"),
            "AssociateId": G(lambda f: "E" + f.digits(6)),
            "TenderType": G(lambda f: f.pick(["VISA", "MC", "AMEX", "INTERAC", "CASH", "GIFTCARD"])),
            "MaskedPan": G(lambda f: f.digits(6) + "******" + f.digits(4)),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        30,
        {
            "id": G(lambda f: stripe_id(f, "evt_3")),
            "type": G(lambda f: "payment_intent.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "pi_3")),
                    "amount": G(lambda f: f.r.randint(1000, 500000)),
                    "currency": G(lambda f: f.pick(["cad", "usd"])),
                    "customer": G(lambda f: stripe_id(f, "cus_", 14)),
                    "payment_method": RED(pm_token, "token"),
                    "receipt_email": Y(email, "email"),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "line2": Y(line2, "address|street"),
                            "city": Y(city, "city"),
                            "state": G(province),
                            "postal_code": Y(postal, "zipcode"),
                            "country": G(lambda f: f.pick(["CA", "US"])),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                        }
                    },
                },
            },
        },
    ),
    # -- delivery & assembly -----------------------------------------------------------------------
    (
        "track",
        "Delivery Slot Selected",
        APP_WEB,
        45,
        {
            "order_id": G(order_no),
            "slot_id": G(lambda f: "slot_" + f.digits(8)),
            "delivery_date": G(iso_day),
            "window_start": G(lambda f: f"{iso_day(f)}T{f.pick(['08', '12', '16'])}:00:00-04:00"),
            "window_end": G(lambda f: f"{iso_day(f)}T{f.pick(['12', '16', '20'])}:00:00-04:00"),
            "window_label": G(window),
            "delivery_type": G(lambda f: f.pick(["white_glove", "threshold", "curbside"])),
            "fee": G(lambda f: f.pick([0, 49, 99, 149, 199])),
            "floor_number": G(lambda f: f.r.randint(0, 32)),
            "has_elevator": G(lambda f: f.pick([True, False])),
            "stairs_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Assembly Booked",
        ["web", "swift", "python"],
        40,
        {
            "booking_id": G(lambda f: "ASM-" + f.digits(7)),
            "service_type": G(
                lambda f: f.pick(["furniture_assembly", "wall_mounting", "vanity_install", "faucet_install"])
            ),
            "technician_id": G(lambda f: "T" + f.digits(5)),
            "technician_name": Y(full, "name"),
            "scheduled_date": G(iso_day),
            "time_window": G(window),
            "service_address": Y(full_address, "address"),
            "contact_phone": Y(phone, "phone"),
            "onsite_contact": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "tenant", "neighbour", "property manager"])),
            },
            "access_notes": green_note(
                [
                    "Park in driveway",
                    "Elevator must be booked with concierge",
                    "Dog in backyard, friendly",
                    "",
                    "Use rear entrance",
                ]
            ),
            "pet_names": Many(G(lambda f: f.pick(["Biscuit", "Maple", "Luna", "Moose", "Pistache"])), 2),
            "price": G(lambda f: money(f, 49, 600)),
        },
    ),
    (
        "track",
        "Delivery Rescheduled",
        ["web", "go"],
        30,
        {
            "order_id": G(order_no),
            "old_window": G(window),
            "new_window": G(window),
            "reason": G(lambda f: f.pick(["customer_request", "weather", "stock_delay", "truck_capacity"])),
            "initiated_by": G(lambda f: f.pick(["customer", "dispatch", "system"])),
        },
    ),
    (
        "track",
        "Stop Arrived",
        ["crew"],
        45,
        {
            "route_id": G(lambda f: "R" + f.digits(6)),
            "stop_id": G(lambda f: f.uuid()),
            "stop_sequence": G(lambda f: f.r.randint(1, 22)),
            "order_id": G(order_no),
            "customer_name": Y(full, "name"),
            "proxy_phone": G(
                lambda f: f.pick(["+1 647-694-2218", "+1 438-300-5561", "+1 872-256-7734", "+1 236-471-0092"])
            ),
            "crew_lead_name": Y(full, "name"),
            "truck_id": G(lambda f: "TRK-" + f.digits(3)),
            "truck_plate": Y(plate, "license"),
            "arrived_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Delivery Completed",
        ["crew"],
        45,
        {
            "order_id": G(order_no),
            "stop_id": G(lambda f: f.uuid()),
            "pod_photo_url": Y(photo_url, "photo"),
            "signature_name": Y(full, "name"),
            "signed_by_relationship": G(lambda f: f.pick(["customer", "spouse", "concierge", "neighbour"])),
            "damage_reported": G(lambda f: f.pick([True, False])),
            "damage_photos": Many(Y(photo_url, "photo"), 2),
            "items_delivered": G(lambda f: f.r.randint(1, 9)),
            "gps": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "truck_vin": Y(vin, "serial"),
            "odometer_km": G(lambda f: f.r.randint(12000, 240000)),
        },
    ),
    (
        "track",
        "Task Completed",
        ["go"],
        35,
        {
            "taskId": G(lambda f: alnum(f, 24)),
            "worker": {"id": G(lambda f: alnum(f, 24)), "name": Y(full, "name"), "phone": Y(e164, "phone")},
            "recipients": Many(
                {
                    "name": Y(full, "name"),
                    "phone": Y(e164, "phone"),
                    "notes": G(lambda f: f.pick(["", "VIP", "Repeat customer", "Prefers morning"])),
                },
                2,
            ),
            "destination": {
                "address": {
                    "number": Y(lambda f: str(f.r.randint(1, 9999)), "address|street"),
                    "street": Y(lambda f: f.pick(EN_STREETS + FR_STREETS), "address|street"),
                    "apartment": Y(line2, "address|street"),
                    "city": Y(city, "city"),
                    "state": G(province),
                    "postalCode": Y(postal, "zipcode"),
                    "country": G(lambda f: f.pick(["Canada", "United States"])),
                },
                "location": Many(Y(lambda f: f.pick([lat(f), lon(f)]), "geolocation"), 2),
            },
            "completionDetails": {
                "success": G(lambda f: f.pick([True, False])),
                "time": G(lambda f: f.epoch_ms()),
                "failureReason": G(lambda f: f.pick(["NONE", "NOBODY_HOME", "WRONG_ADDRESS", "OTHER"])),
            },
            "trackingURL": G(lambda f: "https://onf.lt/" + alnum(f, 10)),
        },
    ),
    (
        "track",
        "Delivery SMS Status",
        ["ruby"],
        35,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(e164, "phone", True),
            "From": G(lambda f: f.pick(["+14168001240", "+15148001240", "+13128001240"])),
            "Body": Y(sms_body_name, "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: str(f.r.randint(1, 3))),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Crew Shift Started",
        ["crew"],
        35,
        {
            "crew_member_id": G(lambda f: "C" + f.digits(5)),
            "crew_member_name": Y(full, "name"),
            "role": G(lambda f: f.pick(["driver", "helper", "installer"])),
            "depot": G(lambda f: f.pick(["Vaughan DC", "Lachine DC", "Delta DC", "Joliet DC"])),
            "truck_id": G(lambda f: "TRK-" + f.digits(3)),
            "license_plate": Y(plate, "license"),
            "start_odometer_km": G(lambda f: f.r.randint(12000, 240000)),
        },
    ),
    (
        "track",
        "TimesheetSubmitted",
        ["dotnet"],
        30,
        {
            "EmployeeId": G(lambda f: "C" + f.digits(5)),
            "EmployeeName": Y(full, "name"),
            "WeekEnding": G(iso_day),
            "HoursWorked": G(lambda f: round(f.r.uniform(12, 48), 2)),
            "HourlyRate": Y(lambda f: round(f.r.uniform(17.2, 34.5), 2), "salary"),
            "UnionLocal": Y(
                lambda f: f.pick(
                    ["Teamsters Local 419", "Unifor Local 414", "Teamsters Local 710", "TUAC 500"]
                ),
                "trade union",
            ),
            "Depot": G(lambda f: f.pick(["Vaughan DC", "Lachine DC", "Joliet DC"])),
        },
    ),
    # -- store pickup and in-store --------------------------------------------------------------------
    (
        "track",
        "Pickup Ready",
        ["java"],
        35,
        {
            "order_id": G(order_no),
            "store": store_block(),
            "pickup_code": RED(lambda f: f.digits(6), "token|secret"),
            "alternate_pickup_name": Y(full, "name"),
            "alternate_pickup_phone": Y(phone, "phone"),
            "bay_number": G(lambda f: f.r.randint(1, 12)),
            "hold_until": G(iso_day),
        },
    ),
    (
        "track",
        "Curbside Arrived",
        ["swift", "kotlin"],
        35,
        {
            "order_id": G(order_no),
            "store_id": G(store_id),
            "parking_spot": G(lambda f: f.r.randint(1, 10)),
            "vehicle_description": G(
                lambda f: f.pick(["Red Honda CR-V", "grey minivan", "Black F-150", "white Tesla"])
            ),
            "vehicle_plate": Y(plate, "license"),
            "location": {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")},
            "arrived_early": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customer Lookup",
        ["associate"],
        35,
        {
            "associate_id": G(lambda f: "E" + f.digits(6)),
            "associate_name": Y(full, "name"),
            "store_id": G(store_id),
            "lookup_type": G(lambda f: "phone"),
            "search_term": Y(phone, "phone", True),
            "matches": G(lambda f: f.r.randint(0, 3)),
            "profile_opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Note Added",
        ["associate"],
        30,
        {
            "order_id": G(order_no),
            "associate_id": G(lambda f: "E" + f.digits(6)),
            "note": Y(associate_note_phone, "phone", True),
            "visibility": G(lambda f: f.pick(["internal", "customer"])),
        },
    ),
    (
        "track",
        "Associate Sale Attributed",
        ["associate"],
        30,
        {
            "order_id": G(order_no),
            "associate_email": Y(
                lambda f: (
                    ascii_fold(first(f)).lower().replace(" ", "")
                    + "."
                    + ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
                    + "@birchwoodhome.com"
                ),
                "email",
            ),
            "store_id": G(store_id),
            "commission_amount": Y(lambda f: money(f, 5, 400), "salary"),
            "commission_rate": G(lambda f: f.pick([0.02, 0.03, 0.05])),
            "sale_total": G(lambda f: money(f)),
            "split_with_associate_id": G(lambda f: f.pick(["", "E" + f.digits(6)])),
        },
    ),
    (
        "track",
        "Kiosk Check-In",
        ["flutter"],
        30,
        {
            "queue_id": G(lambda f: f.uuid()),
            "queue_number": G(lambda f: f.pick(["A", "B", "D"]) + str(f.r.randint(1, 99))),
            "first_name": Y(first, "name"),
            "mobile": Y(phone, "phone"),
            "reason": G(lambda f: f.pick(["pickup", "returns", "design_help", "credit_application"])),
            "store_id": G(store_id),
        },
    ),
    # -- financing and credit --------------------------------------------------------------------------
    (
        "track",
        "Financing Prequalification Started",
        WEB,
        35,
        {
            "provider": G(lambda f: f.pick(["Birchwood Credit", "Affirm", "Flexiti"])),
            "purchase_amount": G(lambda f: money(f, 300, 9000)),
            "term_months": G(lambda f: f.pick([6, 12, 24, 36])),
            "apr": G(lambda f: f.pick([0, 9.99, 19.99, 29.99])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "annual_income": Y(lambda f: f.r.randint(25000, 250000), "salary"),
            "housing_status": G(lambda f: f.pick(["own", "rent", "live_with_family"])),
            "monthly_housing_payment": G(lambda f: f.r.randint(0, 4500)),
        },
    ),
    (
        "track",
        "Credit Application Submitted",
        ["python"],
        35,
        {
            "application_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["Birchwood Visa", "Birchwood Store Card"])),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: f.date(1945, 2004), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "email": Y(email, "email"),
                "mobile_phone": Y(phone, "phone"),
                "residential_address": {
                    "street": Y(street, "address|street"),
                    "city": Y(lambda f: f.pick(list(US_CITIES)), "city"),
                    "state": G(lambda f: f.pick([v[0] for v in US_CITIES.values()])),
                    "zip": Y(us_zip, "zipcode"),
                },
                "employer": G(
                    lambda f: f.pick(["Kroger", "Mayo Clinic", "self-employed", "Amazon", "City of Chicago"])
                ),
                "job_title": G(
                    lambda f: f.pick(["nurse", "teacher", "software engineer", "warehouse associate"])
                ),
                "annual_income": Y(lambda f: f.r.randint(25000, 250000), "salary"),
                "id_document_type": G(lambda f: f.pick(["drivers_license", "state_id", "passport"])),
                "id_document_number": RED(ab_licence, "national id|license"),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "military_status": RED(
                    lambda f: f.pick(["veteran", "active_duty", "reserve", "national_guard"]), "veteran"
                ),
            },
            "co_applicant": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent"])),
            },
            "requested_credit_limit": G(lambda f: f.pick([1000, 2500, 5000, 10000])),
            "consent_credit_check": G(lambda f: True),
        },
    ),
    (
        "track",
        "Demande de crédit soumise",
        ["php"],
        30,
        {
            "id_demande": G(lambda f: f.uuid()),
            "nom": Y(last, "name"),
            "prénom": Y(first, "name"),
            "courriel": Y(email, "email"),
            "téléphone": Y(phone, "phone"),
            "adresse": Y(fr_address, "address|street"),
            "ville": Y(ca_city, "city"),
            "code_postal": Y(lambda f: ca_postal(f, f.pick(["H", "G", "J"])), "zipcode"),
            "date_naissance": Y(lambda f: f.date(1945, 2004), "birthdate"),
            "NAS": RED(sin, "national id"),
            "revenu_annuel": Y(lambda f: f.r.randint(25000, 200000), "salary"),
            "employeur": G(lambda f: f.pick(["Hydro-Québec", "Desjardins", "CHUM", "travailleur autonome"])),
            "statut_logement": G(lambda f: f.pick(["propriétaire", "locataire"])),
            "limite_demandee": G(lambda f: f.pick([1000, 2500, 5000])),
            "langue_correspondance": G(lambda f: f.pick(["fr", "en"])),
        },
    ),
    (
        "track",
        "Credit Decision Received",
        ["python", "java"],
        35,
        {
            "application_id": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending_review", "counter_offer"])),
            "credit_limit": G(lambda f: f.pick([0, 1000, 2500, 5000, 7500])),
            "credit_score": Y(lambda f: f.r.randint(520, 850), "credit score"),
            "bureau": G(lambda f: f.pick(["Equifax", "TransUnion", "Experian"])),
            "reason_codes": Many(G(lambda f: f.pick(["R01", "R14", "R22", "R38"])), 3),
            "account_last4": G(lambda f: f.digits(4)),
            "sin_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Store Card Autopay Enrolled",
        ["java"],
        30,
        {
            "account_last4": G(lambda f: f.digits(4)),
            "bank": {
                "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
                "transit_number": G(lambda f: f.digits(5)),
                "routing_number": G(lambda f: f.pick(["071000013", "021000021", "125000024", ""])),
                "account_number": RED(lambda f: f.digits(f.pick([7, 10, 12])), "bank account"),
                "account_holder": Y(full, "name"),
            },
            "pad_agreement_accepted": G(lambda f: True),
        },
    ),
    # -- design consultations, quizzes ----------------------------------------------------------------
    (
        "track",
        "Design Consultation Booked",
        ["web", "rn"],
        40,
        {
            "consultation_id": G(lambda f: "DC-" + f.digits(6)),
            "consultation_type": G(lambda f: f.pick(["in_home", "virtual", "in_store"])),
            "designer_id": G(lambda f: "D" + f.digits(4)),
            "designer_name": Y(full, "name"),
            "preferred_date": G(iso_day),
            "time_slot": G(window),
            "budget_range": G(lambda f: f.pick(["<2500", "2500-5000", "5000-15000", "15000+"])),
            "rooms": Many(
                G(lambda f: f.pick(["living room", "primary bedroom", "kitchen", "nursery", "home office"])),
                3,
            ),
            "home_address": Y(full_address, "address"),
            "has_pets": G(lambda f: f.pick([True, False])),
            "notes": green_note(
                [
                    "Open concept, want it cozy",
                    "Need kid-proof fabrics",
                    "Small condo, 600 sq ft",
                    "",
                    "Reusing our dining set",
                ]
            ),
        },
    ),
    (
        "track",
        "Consultation Intake Form Submitted",
        WEB,
        30,
        {
            "formId": G(lambda f: f.uuid()),
            "portalId": G(lambda f: 2384912),
            "submittedFields": {
                "firstname": Y(first, "name"),
                "lastname": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "zip": Y(postal, "zipcode"),
                "how_did_you_hear": G(lambda f: f.pick(["Instagram", "Friend", "Google", "In store"])),
                "accessibility_needs": Many(
                    Y(
                        lambda f: f.pick(
                            ["wheelchair access", "low vision", "limited mobility", "hearing impairment"]
                        ),
                        "disability",
                    ),
                    2,
                ),
                "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
                "aging_in_place": G(lambda f: f.pick([True, False])),
            },
            "pageUri": G(lambda f: "https://www.birchwoodhome.com/design-services/book"),
        },
    ),
    (
        "track",
        "Mattress Quiz Completed",
        ["web", "swift"],
        35,
        {
            "quiz_id": G(lambda f: f.uuid()),
            "sleep_position": G(lambda f: f.pick(["side", "back", "stomach", "combination"])),
            "firmness_preference": G(lambda f: f.pick(["soft", "medium", "firm"])),
            "back_pain": Y(lambda f: f.pick([True, False]), "condition"),
            "allergies": Many(
                Y(lambda f: f.pick(["latex", "dust mites", "wool", "memory foam odour"]), "allergy"), 2
            ),
            "partner_sleep_position": G(lambda f: f.pick(["side", "back", "none"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "recommended_sku": G(sku),
        },
    ),
    # -- reviews -------------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        ["web", "kotlin", "node"],
        40,
        {
            "review_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "sku": G(sku),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": green_note(
                ["Love it", "Comfy but firm", "Assembly took 3 hours", "Colour as pictured", "Wobbly legs"]
            ),
            "body": green_note(
                [
                    "Great sofa, the bouclé is softer than expected.",
                    "Delivery crew were careful and quick.",
                    "Drawer slides stick a bit.",
                    "Perfect for our small condo.",
                    "Le tapis est magnifique.",
                ]
            ),
            "display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "reviewer_location": Y(
                lambda f: f"{(c := city(f))}, {CA_CITIES.get(c, US_CITIES.get(c))[0]}", "city"
            ),
            "reviewer_email": Y(email, "email"),
            "age_range": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64"])),
            "verified_buyer": G(lambda f: f.pick([True, False])),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "photos": Many(
                {
                    "url": Y(photo_url, "photo"),
                    "width": G(lambda f: f.pick([1080, 3024, 4032])),
                    "height": G(lambda f: f.pick([1440, 3024, 4032])),
                    "caption": green_note(["In our living room", "", "Close-up of fabric", "Nursery corner"]),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Review Photo Uploaded",
        ["swift", "kotlin"],
        30,
        {
            "photo_id": G(lambda f: f.uuid()),
            "file_size_bytes": G(lambda f: f.r.randint(200000, 6000000)),
            "exif_stripped": G(lambda f: False),
            "exif": {
                "Make": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
                "Model": G(lambda f: f.pick(["iPhone 15 Pro", "SM-S921W", "Pixel 8"])),
                "DateTimeOriginal": G(
                    lambda f: (
                        f"2024:{f.r.randint(1, 12):02d}:{f.r.randint(1, 28):02d} "
                        f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:00"
                    )
                ),
                "GPSLatitude": Y(lat, "geolocation"),
                "GPSLongitude": Y(lon, "geolocation"),
            },
        },
    ),
    # -- gift registries -----------------------------------------------------------------------------
    (
        "track",
        "Registry Created",
        ["web", "swift", "rn"],
        35,
        {
            "registry_id": G(lambda f: "REG" + f.digits(7)),
            "registry_type": G(lambda f: f.pick(["wedding", "housewarming", "baby", "anniversary"])),
            "event_date": G(iso_day),
            "registrant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
            },
            "co_registrant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
            },
            "shipping_address": {
                "address1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "province_code": G(province),
                "postal_code": Y(postal, "zipcode"),
            },
            "public": G(lambda f: f.pick([True, False])),
            "registry_url": G(lambda f: "https://www.birchwoodhome.com/registry/" + f.digits(7)),
        },
    ),
    (
        "track",
        "Baby Registry Details Added",
        ["web", "swift"],
        30,
        {
            "registry_id": G(lambda f: "REG" + f.digits(7)),
            "due_date": Y(lambda f: iso_day(f, 2025, 2025), "condition"),
            "nursery_theme": G(lambda f: f.pick(["woodland", "neutral", "ocean", "stars"])),
            "baby_name": Y(first, "name"),
            "first_child": G(lambda f: f.pick([True, False])),
            "shower_date": G(iso_day),
        },
    ),
    (
        "track",
        "Registry Searched",
        ["web", "rn"],
        40,
        {
            "q": Y(lambda f: f.pick([full(f), last(f), f"{first(f)} & {first(f)} {last(f)}"]), "name", True),
            "event_month": G(lambda f: f.pick(["", "2025-06", "2025-09", "2025-12"])),
            "state": G(lambda f: f.pick(["", "ON", "QC", "IL"])),
            "results_count": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Registry Item Purchased",
        ["web", "rn", "node"],
        40,
        {
            "registry_id": G(lambda f: "REG" + f.digits(7)),
            "order_id": G(order_no),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "sku": G(sku),
            "price": G(lambda f: money(f, 15, 900)),
            "guest": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, intl=True), "phone"),
            },
            "gift_note": Y(gift_note_name, "name", True),
            "ship_to_registrant": G(lambda f: f.pick([True, False])),
            "anonymous_gift": G(lambda f: f.pick([True, False])),
            "gift_wrap": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Registry Shared",
        ["swift", "rn"],
        30,
        {
            "registry_id": G(lambda f: "REG" + f.digits(7)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "recipients": Many(
                {
                    "label": Y(full, "name", True),
                    "value": Y(lambda f: phone(f, intl=True), "phone", True),
                    "source": G(lambda f: "contacts"),
                },
                4,
            ),
            "recipient_count": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    # -- gift cards, marketing, accounts -----------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        30,
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 100, 250])),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(first, "name"),
            "send_date": G(iso_day),
            "message": green_note(
                [
                    "Enjoy your new place!",
                    "Happy holidays",
                    "Thanks for everything",
                    "Bonne pendaison de crémaillère!",
                ]
            ),
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ["python"],
        30,
        {
            "gclid": Y(gclid, "advertising id"),
            "conversion_action": G(
                lambda f: f.pick(
                    [
                        "customers/1234567890/conversionActions/987654321",
                        "customers/1234567890/conversionActions/987654322",
                    ]
                )
            ),
            "conversion_date_time": G(
                lambda f: (
                    f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} "
                    f"14:{f.r.randint(10, 59)}:00-05:00"
                )
            ),
            "conversion_value": G(lambda f: money(f)),
            "currency_code": G(lambda f: f.pick(["CAD", "USD"])),
            "order_id": G(order_no),
        },
    ),
    (
        "track",
        "Purchase",
        ["node"],
        30,
        {
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(product_url),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: money(f)),
                "currency": G(lambda f: f.pick(["CAD", "USD"])),
                "content_ids": Many(G(sku), 3),
            },
        },
    ),
    (
        "track",
        "Email Subscribed",
        ["web", "ruby"],
        35,
        {
            "email": Y(email, "email"),
            "list_id": G(lambda f: f.pick(["newsletter_en", "infolettre_fr", "pro_trade"])),
            "source": G(lambda f: f.pick(["footer", "exit_popup", "checkout", "in_store_tablet"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "postal_code": Y(postal, "zipcode"),
            "interests": Many(G(lambda f: f.pick(["outdoor", "kitchen", "nursery", "deals"])), 3),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Notification Channel Added",
        MOBILE,
        30,
        {
            "channel": {
                "type": G(lambda f: f.pick(["sms", "whatsapp"])),
                "value": Y(phone, "phone", True),
                "verified": G(lambda f: f.pick([True, False])),
            },
            "channel_count": G(lambda f: f.r.randint(1, 3)),
            "prompt_location": G(lambda f: f.pick(["order_confirmation", "settings", "delivery_tracking"])),
        },
    ),
    (
        "track",
        "Guest Order Lookup",
        ["web"],
        35,
        {
            "input": Y(email, "email", True),
            "order_number": G(order_no),
            "found": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "go"],
        30,
        {
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "phone_number": Y(e164, "phone"),
            "code": RED(lambda f: f.digits(6), "token|secret"),
            "expires_in_sec": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sinch"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        30,
        {
            "email": Y(email, "email"),
            "login_token": RED(lambda f: alnum(f, 43, string.ascii_letters + string.digits + "-_"), "token"),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/account/orders", "/registry/manage", "/checkout"])),
        },
    ),
    (
        "track",
        "Account Registration Form Submitted",
        ["web"],
        25,
        {
            "form_name": G(lambda f: "create-account"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(
                    [
                        "Maple2024!",
                        "hunter2hunter2",
                        "Birch" + f.digits(4) + "#",
                        "Lila" + f.digits(2) + "chien",
                    ]
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "newsletter": G(lambda f: f.pick([True, False])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "rn"],
        30,
        {
            "callback_number": Y(phone, "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "topic": G(lambda f: f.pick(["delivery", "financing", "returns", "design"])),
            "language": G(lambda f: f.pick(["en", "fr", "es"])),
            "phone_count": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        ["web"],
        25,
        {
            "verified_by": G(lambda f: "ID.me"),
            "group": RED(
                lambda f: f.pick(["veteran", "active_duty", "reservist", "retired_military"]), "veteran", True
            ),
            "discount_pct": G(lambda f: 10),
            "verification_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["ruby"],
        30,
        {
            "requisition_id": G(lambda f: "REQ-" + f.digits(5)),
            "position_title": G(
                lambda f: f.pick(
                    ["Sales Associate", "Delivery Driver", "Kitchen Designer", "Warehouse Associate"]
                )
            ),
            "store_id": G(store_id),
            "candidate": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "authorized_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_hourly_rate": Y(lambda f: round(f.r.uniform(16.5, 32), 2), "salary"),
            "over_18": G(lambda f: True),
            "referral_employee_id": G(lambda f: f.pick(["", "E" + f.digits(6)])),
        },
    ),
    # -- returns --------------------------------------------------------------------------------------
    (
        "track",
        "Return Started",
        APP_WEB,
        40,
        {
            "return_id": G(rma),
            "order_id": G(order_no),
            "reason": G(
                lambda f: f.pick(["damaged", "not_as_described", "changed_mind", "wrong_item", "too_big"])
            ),
            "items": Many(
                {
                    "sku": G(sku),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "condition": G(lambda f: f.pick(["unopened", "assembled", "damaged"])),
                },
                3,
            ),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit", "etransfer"])),
            "pickup_required": G(lambda f: f.pick([True, False])),
            "photos": Many(Y(photo_url, "photo"), 3),
            "comments": green_note(
                [
                    "Box was crushed",
                    "Colour darker than online",
                    "",
                    "Doesn't fit through the door",
                    "Missing hardware bag",
                ]
            ),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["java", "go"],
        35,
        {
            "order_id": G(order_no),
            "return_id": G(rma),
            "refund_id": G(lambda f: stripe_id(f, "re_3")),
            "total": G(lambda f: money(f)),
            "currency": G(lambda f: f.pick(["CAD", "USD"])),
            "method": G(lambda f: f.pick(["original_payment", "store_credit", "interac_etransfer"])),
            "etransfer_email": Y(email, "email"),
            "original_payment": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
            },
            "products": Many(
                {
                    "sku": G(sku),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "price": G(lambda f: money(f, 19, 2499)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "return-pickup-scheduled",
        ["go"],
        30,
        {
            "return-id": G(rma),
            "pickup-date": G(iso_day),
            "pickup-window": G(window),
            "contact-name": Y(full, "name"),
            "contact-phone": Y(phone, "phone"),
            "pickup-address": Y(full_address, "address"),
            "label-tracking-number": G(lambda f: "1Z" + alnum(f, 16, string.ascii_uppercase + string.digits)),
        },
    ),
    # -- trade portal (kebab-case) -----------------------------------------------------------------
    (
        "track",
        "trade-quote-requested",
        ["web"],
        30,
        {
            "quote-id": G(lambda f: "Q-" + f.digits(6)),
            "company-name": G(
                lambda f: f.pick(
                    ["Maple Leaf Renovations Inc.", "Studio Lumière Design", "Northside Builders LLC"]
                )
            ),
            "contact-name": Y(full, "name"),
            "contact-email": Y(email, "email"),
            "contact-phone": Y(phone, "phone"),
            "project-address": Y(full_address, "address"),
            "project-type": G(
                lambda f: f.pick(["condo staging", "hotel refresh", "kitchen remodel", "office fit-out"])
            ),
            "estimated-budget": G(lambda f: f.pick(["10k-25k", "25k-100k", "100k+"])),
            "gst-hst-number": G(lambda f: f.digits(9) + "RT0001"),
        },
    ),
    # -- push --------------------------------------------------------------------------------------
]

ALIAS_COUNT = 40


def context_for(client: str, f: Fake):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "associate":
        return swift_context(f, app="Birchwood Associate")
    if client == "kotlin":
        return kotlin_context(f)
    if client == "crew":
        return kotlin_context(f, crew=True)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    forwarded = client in ("node", "python") and f.r.random() < 0.6
    return server_context(client, forwarded)


def build(seed: int = 102):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, count, body in EVENTS:
        for _ in range(count):
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f.uuid()]),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["cus_" + f.digits(8), f.digits(8), "cus_" + f.digits(8)]),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "acct_" + f.digits(6)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            if name == "Task Completed":  # Onfleet sends [longitude, latitude]
                msg[section]["destination"]["location"] = [lon(f), lat(f)]
            msg["context"] = render(context_for(f.pick(clients), f), f, "context", labels)
            events.append(msg)
    for _ in range(ALIAS_COUNT):
        msg = {
            "type": "alias",
            "messageId": f.uuid(),
            "timestamp": f.iso(),
            "previousId": f.uuid(),
            "userId": "cus_" + f.digits(8),
        }
        msg["context"] = render(context_for(f.pick(["web", "swift", "kotlin"]), f), f, "context", labels)
        events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build()
    write(Path(__file__).parent, "holdout102_", events, labels)
