"""Writes holdout75: tests/corpus/holdout75_events.jsonl and holdout75_labels.json.

Sealed: written from the brief, `build.py`, `fake.py`, `build_holdout3.py` (format only) and the
reference's default matcher table, without reading the detection engine, its vocabularies, its
tests, its docs or any other corpus's labels, and without running the engine on these events.

What it covers: a B2C subscription e-commerce group in the US, UK and Canada running four
brands (HearthBox meal kits, Daily Grind Club coffee, Pawsome Pantry pet food, Keen Blade razors):
quiz-led sign-up funnels (household size, dietary preferences, allergies, dependants), Segment
e-commerce spec events, subscriptions with skips, pauses and cancellations (free-text reasons),
gift subscriptions and their redemption, referrals and payouts, delivery windows, addresses,
instructions and courier tracking, curbside pickup, customer support (tickets, chat, SMS replies,
an internal look-up console), reviews, loyalty, billing (Stripe-, Braintree-, GoCardless- and
Canadian PAD-shaped payloads, a legacy PHP plugin that leaks a card number and a password), corporate
gift uploads, account e-mail/phone changes, Onfleet-shaped courier webhooks (recipient, worker,
`[lng, lat]` destination, signature name), Shopify order webhooks, Recharge subscription webhooks, Klaviyo
profiles and email metrics, server-side ad conversions, reverse-ETL identifies from the warehouse,
and a Quebec storefront. Calls: identify, track, page, screen, group and alias. Contexts of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase (web and mobile apps) and snake_case (Segment spec, Shopify,
Recharge, python/ruby/php services); about 15 % other: PascalCase from the .NET billing service,
kebab-case from the Go fulfilment service, SCREAMING_SNAKE from warehouse reverse-ETL, `$`-prefixed
Klaviyo profile keys and Title Case Klaviyo metric keys, and French keys from the Quebec store.

Values: names from many cultures, NANP (US/CA) and UK phone formats, US/UK/CA street addresses and
postcodes (ZIP, ZIP+4, UK outward/inward codes, Canadian A1A 1A1), Luhn-valid card numbers, mod-97
IBANs, numeric Shopify/Recharge ids, UUIDs, SKUs, hex hashes, ISO and epoch timestamps.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the subscriber, a gift recipient, a referred
  friend, a household member, a support agent, a courier driver. Type = the reference matcher
  name (name, email, phone, address, street, city, zipcode, birthdate, gender, ip, photo,
  license, allergy, condition, diagnosis, religion, password, token, credit card) or one of
  `bank account`, `geolocation`, `secret`, `advertising id`; `a|b` when either is fair. Colour:
  the reference default; outside it, red for credentials/secrets, cards, bank accounts, and yellow
  otherwise (`geolocation`, `advertising id`).
- Green: ids we issue (order, subscription, customer, Shopify/Recharge numeric ids, UUIDs, SKUs,
  invoice numbers, referral codes and member numbers even when built from a first name, Shopify
  cart and checkout tokens and Google Places session tokens, which identify a cart or a session
  and grant nothing), versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys, product/plan/recipe/company/store/courier/pet names (a recipe called
  "Nonna Lucia's Meatballs" is a product), places that are not the person's (store city, vet
  clinic city), country, state, province, locale, timezone, currency, user agents, OS device ids,
  card brand, BIN, last four, expiry, masked card numbers showing only the last four, sort codes,
  transit and institution numbers, the business's own phone numbers and e-mail addresses, email
  domains, pets' names and data (including a pet's allergies and conditions), ages and age bands.
- Contested (the product's published policy): member numbers green; ages and age bands green;
  billing and shipping addresses yellow `address` (their parts by part: street, city, zipcode);
  vehicle plates yellow `license`; gclid/fbclid/fbp/fbc yellow `advertising id`; payment and card
  tokens (Stripe `pm_`, Braintree nonces, `PaymentMethodToken`), OTP/verification codes and gift
  redemption codes red `token|secret`.
- Special categories: a boolean or enum that reveals a health condition (diabetic, pregnant or
  nursing) or a religion (a religious dietary law) is PII of that matcher, in its yellow colour;
  allergy lists of people (the subscriber, a household member) are yellow `allergy`.
- value_only = true when the key does not say what the value is (`input`, `label`, `q`, `text`,
  `from`, `user_login`, `field.value`, free-text messages and notes) and only the value tells.
  A value_only PII path holds that PII in every one of its values; free text is labelled by what
  every one of its values carries and green when none of them carries PII (review bodies,
  cancellation comments, delivery instructions, SMS keywords are written without PII here).
- Undecidable cases, settled as a careful privacy owner at a mid-size company would want them
  flagged: a SHA-256 of an e-mail address sent to an ad platform is yellow `email` (it is matched
  back to the person); a building buzzer/gate code is red `secret` (a credential the person
  holds); an Apple push token is red `token`; a proof-of-delivery photo of the doorstep is yellow
  `photo`; a courier driver's live position is yellow `geolocation`; a reviewer's "City, Region"
  is yellow `city`; a magic-link URL carrying a login token is red `token` (value only); a
  recipient's birthday without the year ("05-14") and a Klaviyo "Birthday Month" are yellow
  `birthdate` (partial dates of birth, unlike ages and age bands); the name typed as a delivery
  signature is yellow `name`; a pet's birthday stays green (pets' data).
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import UAS, Fake


class Pair:
    """A fixed two-item array of one leaf template, like Onfleet's `[longitude, latitude]`."""

    def __init__(self, first: L, second: L):
        self.items = (first, second)


def render(template, f: Fake, path: str, labels: dict[str, dict]):
    """build.render, plus Pair."""
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Pair):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


# -- value generators ---------------------------------------------------------------------------

FIRST = [
    "Emily",
    "James",
    "Olivia",
    "Liam",
    "Amelia",
    "Noah",
    "Priya",
    "Arjun",
    "Mei",
    "Wei",
    "Fatima",
    "Omar",
    "Chidi",
    "Ngozi",
    "Kwame",
    "Aisha",
    "Sofia",
    "Mateo",
    "Camila",
    "Diego",
    "Hana",
    "Yuto",
    "Min-jun",
    "Seo-yeon",
    "Thanh",
    "Linh",
    "Olga",
    "Dmitri",
    "Siobhan",
    "Ciarán",
    "Gurpreet",
    "Harjit",
    "Zainab",
    "Yusuf",
    "Chloé",
    "Étienne",
    "Geneviève",
    "Mathieu",
    "Aroha",
    "Tariq",
    "Abdi",
    "Hodan",
    "Marisol",
    "Jamal",
    "Keisha",
    "Declan",
    "Freya",
    "Rhys",
    "Isla",
    "Callum",
    "Nadia",
    "Beatriz",
    "João",
    "Kateryna",
    "Bogdan",
    "Anjali",
    "Rohan",
    "Lerato",
    "Tomasz",
    "Agnieszka",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Patel",
    "Singh",
    "Sharma",
    "Chen",
    "Wang",
    "Li",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Hassan",
    "Ali",
    "Khan",
    "Haddad",
    "García",
    "Rodríguez",
    "Hernández",
    "López",
    "Sato",
    "Tanaka",
    "Ivanova",
    "Kowalski",
    "Nowak",
    "O'Brien",
    "Murphy",
    "MacLeod",
    "Campbell",
    "Evans",
    "Jones",
    "Davies",
    "Taylor",
    "Wilson",
    "Thompson",
    "White",
    "Dubois",
    "Lefebvre",
    "Da Silva",
    "Pereira",
    "Abdullah",
    "Warsame",
    "Mohammed",
    "Shevchenko",
    "Dlamini",
    "Fraser",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Portland", "OR"),
    ("Brooklyn", "NY"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Denver", "CO"),
    ("Seattle", "WA"),
    ("Chicago", "IL"),
    ("Phoenix", "AZ"),
    ("Atlanta", "GA"),
    ("San Diego", "CA"),
    ("Minneapolis", "MN"),
    ("Tampa", "FL"),
    ("Boston", "MA"),
]
UK_CITIES = [
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Brighton", "BN"),
    ("London", "SW"),
    ("London", "E"),
    ("Edinburgh", "EH"),
    ("Nottingham", "NG"),
    ("Belfast", "BT"),
    ("Sheffield", "S"),
]
CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Montréal", "QC", "H"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Ottawa", "ON", "K"),
    ("Halifax", "NS", "B"),
    ("Winnipeg", "MB", "R"),
    ("Québec", "QC", "G"),
    ("Edmonton", "AB", "T"),
    ("Mississauga", "ON", "L"),
    ("Saskatoon", "SK", "S"),
]
US_STREETS = [
    "Oak Ave",
    "Maple St",
    "Cedar Ln",
    "Elm St",
    "Washington Blvd",
    "Pine Ridge Dr",
    "Lakeview Ter",
    "Sunset Ave",
    "Highland Rd",
    "Mill Creek Way",
    "Jefferson St",
]
UK_STREETS = [
    "Victoria Road",
    "Church Lane",
    "Kingsley Close",
    "Station Road",
    "Albert Street",
    "Mill Lane",
    "Park Avenue",
    "Queen's Gardens",
    "Ashdown Crescent",
    "Beech Grove",
]
CA_STREETS = [
    "rue Saint-Denis",
    "Queen St W",
    "Bloor St E",
    "Granville St",
    "avenue du Parc",
    "Jasper Ave",
    "Spring Garden Rd",
    "boulevard René-Lévesque",
    "Yonge St",
    "Main St",
]
US_AREA = [212, 415, 312, 713, 206, 617, 305, 404, 512, 303, 503, 614, 919, 602, 619, 612, 813]
CA_AREA = [416, 647, 604, 778, 514, 438, 403, 613, 902, 204, 306, 709, 819, 587, 905]
EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "hotmail.ca",
    "btinternet.com",
    "sympatico.ca",
    "proton.me",
    "yahoo.com",
    "live.co.uk",
    "shaw.ca",
    "aol.com",
]
CA_POST_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_POST_LETTER = "ABCEGHJKLMNPRSTVWXYZ"
UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

BRANDS = ["HearthBox", "Daily Grind Club", "Pawsome Pantry", "Keen Blade"]
PLANS = [
    "Classic 2x3",
    "Family 4x4",
    "Veggie 2x2",
    "Espresso Monthly",
    "Filter Fortnightly",
    "Large Dog 12kg",
    "Cat Duo 4kg",
    "Blade Refill 8-pack",
    "Starter Kit + Refills",
]
RECIPES = [
    "Nonna Lucia's Meatballs",
    "Chicken Tikka Masala",
    "Miso-Glazed Salmon",
    "Grandma Rose's Apple Crumble",
    "Black Bean Tacos",
    "Chef Amara's Jollof Rice",
    "Thai Green Curry",
    "Mushroom Risotto",
    "Korean Beef Bulgogi",
    "Halloumi Traybake",
    "Maple Glazed Tofu",
    "Shepherd's Pie",
]
COFFEES = [
    "Ethiopia Guji",
    "Colombia Huila",
    "House Espresso",
    "Sumatra Dark",
    "Decaf Swiss Water",
    "Kenya AA",
    "Brazil Santos",
]
PRODUCT_NAMES = (
    RECIPES[:6]
    + COFFEES[:5]
    + [
        "Salmon & Rice Adult Dog Food 12kg",
        "Grain-Free Turkey Kibble 4kg",
        "Keen Blade Starter Kit",
        "5-Blade Refill Cartridges (8)",
        "Shave Gel 200ml",
        "Aluminium Handle - Sage",
    ]
)
CATEGORIES = ["Meal Kits", "Coffee", "Dog Food", "Cat Food", "Razors", "Shave Care", "Add-ons"]
CARRIERS = ["UPS", "FedEx", "USPS", "Royal Mail", "DPD", "Evri", "Canada Post", "Purolator", "OnTrac"]
DIETS = [
    "vegetarian",
    "pescatarian",
    "low-carb",
    "keto",
    "family-friendly",
    "high-protein",
    "dairy-free",
    "no-pork",
    "calorie-smart",
]
ALLERGIES = ["peanuts", "tree nuts", "shellfish", "gluten", "dairy", "eggs", "soy", "sesame", "fish"]
PET_BREEDS = [
    "Labrador Retriever",
    "French Bulldog",
    "Cockapoo",
    "Border Collie",
    "Maine Coon",
    "British Shorthair",
    "Mixed breed",
    "Dachshund",
    "Golden Retriever",
]
PET_NAMES = ["Biscuit", "Luna", "Milo", "Bella", "Nala", "Winston", "Pepper", "Mochi", "Ziggy", "Olive"]
STORES = [
    ("Daily Grind Roastery - Distillery District", "Toronto", "+1 416-555-0142"),
    ("Daily Grind Roastery - Shoreditch", "London", "+44 20 7946 0321"),
    ("Daily Grind Roastery - East Austin", "Austin", "(512) 555-0187"),
    ("Daily Grind Roastery - Mile End", "Montréal", "+1 514-555-0119"),
]
UAS_MORE = [
    *UAS,
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
]


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèêëàâçôöïîüúóñíãÉáò", "eeeeaacooiiuuoniaEao")
    return s.translate(table).replace("'", "").replace(" ", "").replace("-", "").lower()


def email(f: Fake) -> str:
    fn, ln = ascii_fold(first(f)), ascii_fold(last(f))
    user = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln}{f.r.randint(1, 99)}",
            f"{fn[0]}{ln}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
            f"{ln}.{fn}",
            f"{fn}+hearthbox",
        ]
    )
    return f"{user}@{f.pick(EMAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_fold(first(f))}.{ascii_fold(last(f))}@hearthharvest.co"


def nanp(f: Fake, country=None) -> str:
    area = f.pick(CA_AREA if country == "CA" else US_AREA if country == "US" else US_AREA + CA_AREA)
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    style = f.pick(["e164", "paren", "dash", "dot", "space", "plain"])
    return {
        "e164": f"+1{area}{ex}{line:04d}",
        "paren": f"({area}) {ex}-{line:04d}",
        "dash": f"{area}-{ex}-{line:04d}",
        "dot": f"{area}.{ex}.{line:04d}",
        "space": f"+1 {area} {ex} {line:04d}",
        "plain": f"{area}{ex}{line:04d}",
    }[style]


def uk_phone(f: Fake) -> str:
    mob = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
    return f.pick(
        [
            f"0{mob[:4]} {mob[4:]}",
            f"+44 {mob[:4]} {mob[4:]}",
            f"+44{mob}",
            f"020 {f.r.randint(7000, 8999)} {f.r.randint(1000, 9999)}",
            f"0161 {f.r.randint(200, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake) -> str:
    return uk_phone(f) if f.r.random() < 0.35 else nanp(f)


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1, 9999):04d}"


def uk_postcode(f: Fake, area=None) -> str:
    area = area or f.pick([a for _, a in UK_CITIES])
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(1, 9)}{f.pick(UK_LETTERS)}{f.pick(UK_LETTERS)}"


def ca_postcode(f: Fake, first_letter=None) -> str:
    a = first_letter or f.pick(CA_POST_FIRST)
    r, letter = f.r, CA_POST_LETTER
    return f"{a}{r.randint(0, 9)}{f.pick(letter)} {r.randint(0, 9)}{f.pick(letter)}{r.randint(0, 9)}"


def postcode(f: Fake) -> str:
    return f.pick([us_zip, uk_postcode, ca_postcode])(f)


def street(f: Fake) -> str:
    kind = f.pick(["us", "uk", "ca"])
    if kind == "us":
        return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}"
    if kind == "uk":
        return f.pick(
            [
                f"{f.r.randint(1, 180)} {f.pick(UK_STREETS)}",
                f"Flat {f.r.randint(1, 12)}, {f.r.randint(1, 90)} {f.pick(UK_STREETS)}",
            ]
        )
    return f.pick(
        [
            f"{f.r.randint(100, 9999)} {f.pick(CA_STREETS)}",
            f"{f.r.randint(101, 2808)}-{f.r.randint(10, 999)} {f.pick(CA_STREETS)}",
        ]
    )


def line2(f: Fake) -> str:
    return f.pick(
        [
            f"Apt {f.r.randint(1, 40)}{f.pick('ABCD')}",
            f"Unit {f.r.randint(100, 2400)}",
            f"Suite {f.r.randint(100, 900)}",
            f"Flat {f.r.randint(1, 12)}",
            "Basement",
        ]
    )


def city(f: Fake) -> str:
    return f.pick([c for c, _ in US_CITIES] + [c for c, _ in UK_CITIES] + [c for c, _, _ in CA_CITIES])


def full_address(f: Fake) -> str:
    kind = f.pick(["us", "uk", "ca"])
    if kind == "us":
        c, st = f.pick(US_CITIES)
        return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}, {c}, {st} {us_zip(f)}, USA"
    if kind == "uk":
        c, area = f.pick(UK_CITIES)
        return f"{f.r.randint(1, 180)} {f.pick(UK_STREETS)}, {c} {uk_postcode(f, area)}, UK"
    c, prov, letter = f.pick(CA_CITIES)
    return f"{f.r.randint(100, 9999)} {f.pick(CA_STREETS)}, {c}, {prov} {ca_postcode(f, letter)}, Canada"


def province(f: Fake) -> str:
    return f.pick(["ON", "QC", "BC", "AB", "NY", "CA", "TX", "WA", "England", "Scotland", "Wales"])


def country(f: Fake) -> str:
    return f.pick(["US", "GB", "CA"])


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2600:1700", "2a02:c7c", "2607:fea8", "2a00:23c5", "2001:569"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else ipv6(f)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def shopify_id(f: Fake) -> int:
    return int(f.digits(13))


def recharge_id(f: Fake) -> int:
    return int(f.digits(9))


def week_of(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.pick(['01', '08', '15', '22'])}"


def sku(f: Fake) -> str:
    return f.pick(
        [
            f"HB-{f.pick(['2P', '4P'])}-{f.r.randint(100, 999)}",
            f"DGC-{f.pick(['ETH', 'COL', 'ESP', 'DEC'])}-"
            f"{f.pick(['WB', 'FG', 'ES'])}-{f.pick(['250', '340', '1000'])}",
            f"PP-{f.pick(['DOG', 'CAT'])}-{f.r.randint(1, 20)}KG",
            f"KB-{f.pick(['REF8', 'REF4', 'KIT', 'GEL'])}-{f.r.randint(10, 99)}",
        ]
    )


def plate(f: Fake) -> str:
    """Ontario (ABCD 123), UK (AB12 CDE) and California (7ABC123) plates."""
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"

    def run(n):
        return "".join(f.pick(letters) for _ in range(n))

    return f.pick(
        [
            f"{run(4)} {f.r.randint(100, 999)}",
            f"{f.pick(['AB', 'LK', 'YR', 'MA'])}{f.r.randint(10, 74)} {run(3)}",
            f"{f.r.randint(1, 9)}{run(3)}{f.r.randint(100, 999)}",
        ]
    )


def gclid(f: Fake) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alphabet) for _ in range(78)) + "BwE"


def fbclid(f: Fake) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alphabet) for _ in range(56))


def referral_code(f: Fake) -> str:
    return f.pick([ascii_fold(first(f)).upper()[:6] + f.hexid(3).upper(), "HB-" + f.hexid(6).upper()])


def luhn_sin(f: Fake) -> str:
    return f.luhn_complete(f.pick("1234567") + f.digits(7))


def stars(f: Fake) -> str:
    return f"•••• •••• •••• {f.r.randint(0, 9999):04d}"


# -- free text, written so each path is uniform: every value carries its PII, or none does --------


def gift_message(f: Fake) -> str:
    to, by = first(f), first(f)
    return f.pick(
        [
            f"Happy birthday {to}! Enjoy the cooking. Love, {by}",
            f"Congrats on the new place, {to}! From {by} & family",
            f"{to} - no more takeaway excuses :) xx {by}",
            f"Merry Christmas {to}, from {by}",
            f"For {to}, because you deserve great coffee. {by}",
            f"Welcome to the world of dog parenthood {to}! - {by} and the team",
        ]
    )


def support_message(f: Fake) -> str:
    name, num = first(f), phone(f)
    return f.pick(
        [
            f"Hi, it's {name}. My box arrived with the ice packs melted, please call me on {num}",
            f"This is {name} - I was charged twice this week. Best number is {num}",
            f"Hello, {name} here, the courier left my order at the wrong house. Can you ring {num}?",
            f"Can someone call me back on {num} about pausing? Thanks, {name}",
        ]
    )


def chat_text(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"can you change my login email to {e}",
            f"my account is under {e} but i cant log in",
            f"please send the receipt to {e} instead",
            f"I signed up with {e} by mistake, can you merge it",
        ]
    )


def health_details(f: Fake) -> str:
    return f.pick(
        [
            "Recently diagnosed with coeliac disease so strictly gluten free",
            "Type 2 diabetic, trying to keep carbs low",
            "I have Crohn's, high-fibre meals cause flare ups",
            "Gestational diabetes - doctor wants low sugar until June",
            "Kidney disease stage 3, need low potassium and low sodium",
            "My son has PKU so we avoid high-protein recipes",
            "High blood pressure, cardiologist says under 1500mg sodium",
        ]
    )


def review_body(f: Fake) -> str:
    return f.pick(
        [
            "Really tasty and the portions were generous.",
            "Beans were roasted a bit too dark for me but still nice.",
            "My dog goes mad for this, bowl licked clean every time!",
            "Blades are smooth, no irritation even on my neck.",
            "Recipe card was easy to follow, took 35 minutes not 25.",
            "Packaging is a lot of plastic, otherwise great.",
            "Arrived late but the courier was lovely.",
        ]
    )


def cancel_comment(f: Fake) -> str:
    return f.pick(
        [
            "Too expensive right now with everything going up",
            "We're moving abroad next month",
            "Too much food for one person",
            "Switching to a local roaster",
            "The dog didn't like the new recipe",
            "I shave less often now, too many refills",
            "",
            "Just need a break for a few weeks",
        ]
    )


def instructions(f: Fake) -> str:
    return f.pick(
        [
            "Leave behind the blue recycling bin",
            "Please knock, doorbell broken",
            "Leave with the concierge",
            "Do not leave in direct sun",
            "Side gate, porch on the left",
            "",
            "Leave in the parcel locker in the lobby",
        ]
    )


# -- contexts of the client libraries ------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.2", "npm:next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/quiz", "/plans", "/checkout", "/menu", "/gift", "/account"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=instagram&utm_medium=paid_social", "?promo=WELCOME60", "?ref=podcast"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "HearthBox | Dinner, sorted",
                        "Checkout - HearthBox",
                        "Build your plan | Daily Grind Club",
                        "Pawsome Pantry",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www."
                    + f.pick(["hearthbox.com", "dailygrind.club", "pawsomepantry.com", "keenblade.co.uk"])
                    + f.pick(["/", "/plans", "/quiz"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS_MORE)),
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
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-CA", "fr-CA"])),
        "timezone": G(
            lambda f: f.pick(
                [
                    "America/Toronto",
                    "Europe/London",
                    "America/Chicago",
                    "America/Los_Angeles",
                    "America/Vancouver",
                ]
            )
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_meal_kit_60off", "coffee_gift_q4", "pet_food_launch"])),
            "source": G(lambda f: f.pick(["google", "instagram", "podcast", "klaviyo"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "audio"])),
            "term": G(lambda f: f.pick(["meal kit delivery", "coffee subscription", "dog food delivery"])),
            "content": G(lambda f: f.pick(["carousel_v2", "ugc_video", "hero_banner"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["HearthBox", "Daily Grind"])),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: f.pick(["com.hearthbox.ios", "club.dailygrind.ios"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Toronto", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "userId": G(lambda f: "cus_" + f.digits(7)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["HearthBox", "Pawsome Pantry"])),
            "version": G(lambda f: f.pick(["8.14.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["814000", "3201", "3300"])),
            "namespace": G(lambda f: f.pick(["com.hearthbox.android", "com.pawsomepantry.app"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918W", "Pixel 8", "moto g power 5G", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "devonn", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-CA", "fr-CA", "en-US", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Rogers", "Bell", "T-Mobile", "EE", "Vodafone UK", "TELUS"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Edmonton", "Europe/London"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918W Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Daily Grind"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "club.dailygrind.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546W", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Montreal", "America/New_York"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25, 56), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, -70), 6), "geolocation"),
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(["Canada", "United States"])),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pawsome Pantry"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "290", "291"])),
            "namespace": G(lambda f: "com.pawsomepantry.flutter"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "2201117TG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 412])),
            "height": G(lambda f: f.pick([844, 873, 915])),
            "density": G(lambda f: f.pick([3, 2.75, 2.625])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "en-CA"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Chicago", "America/Halifax"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.1"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.2.2", "3.3.0", "3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.2.8"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0", "2.4.1"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]

    def ctx(f: Fake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php", "ruby"):
            # the storefront backends forward the shopper's IP and user agent
            out["ip"] = Y(ip, "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS_MORE))
        if client in ("node", "python"):
            out["traits"] = {"email": Y(email, "email"), "plan": G(lambda f: f.pick(PLANS))}
        if client == "python":
            out["externalIds"] = Many(
                {
                    "id": G(lambda f: str(recharge_id(f))),
                    "type": G(lambda f: "recharge_customer_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "dotnet":
            out["instanceId"] = G(lambda f: f.uuid())
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{c: server_context(c) for c in SERVER_LIBS},
}

# -- shared shapes ---------------------------------------------------------------------------------


def spec_product():
    return {
        "product_id": G(lambda f: str(shopify_id(f))),
        "sku": G(sku),
        "name": G(lambda f: f.pick(PRODUCT_NAMES)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "category": G(lambda f: f.pick(CATEGORIES)),
        "variant": G(
            lambda f: f.pick(["2 people", "4 people", "Whole bean 340g", "Ground 250g", "12kg", "8-pack"])
        ),
        "price": G(lambda f: f.money(4, 90)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


def shopify_address():
    return {
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "name": Y(full_name, "name"),
        "company": G(lambda f: f.pick(["", "Initech Ltd", "Maple Leaf Dental", "Blue Heron Studio", None])),
        "address1": Y(street, "address|street"),
        "address2": Y(line2, "address|street"),
        "city": Y(city, "city"),
        "province": G(
            lambda f: f.pick(["Ontario", "Quebec", "England", "New York", "Texas", "British Columbia"])
        ),
        "province_code": G(lambda f: f.pick(["ON", "QC", "ENG", "NY", "TX", "BC"])),
        "country": G(lambda f: f.pick(["Canada", "United Kingdom", "United States"])),
        "country_code": G(country),
        "zip": Y(postcode, "zipcode"),
        "phone": Y(phone, "phone"),
        "latitude": Y(lambda f: round(f.r.uniform(25, 56), 7), "geolocation"),
        "longitude": Y(lambda f: round(f.r.uniform(-123, -1), 7), "geolocation"),
    }


# -- events ------------------------------------------------------------------------------------------

EVENTS = [
    # -- web funnel: pages, quiz, capture, sign-up -------------------------------------------------
    (
        "page",
        "Plans",
        "web",
        {
            "path": G(lambda f: f.pick(["/plans", "/quiz", "/menu", "/gift", "/"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.tiktok.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_campaign=spring", "?c=WELCOME60"])),
            "title": G(lambda f: f.pick(["Plans | HearthBox", "Take the quiz", "This week's menu"])),
            "url": G(lambda f: "https://www.hearthbox.com" + f.pick(["/plans", "/quiz", "/menu"])),
            "brand": G(lambda f: f.pick(BRANDS)),
        },
    ),
    (
        "track",
        "Quiz Question Answered",
        "web",
        {
            "quizId": G(lambda f: f.pick(["hb_onboarding_v7", "dgc_taste_v3", "pp_pet_v2"])),
            "questionId": G(
                lambda f: f.pick(["household", "cooking_time", "roast", "brew_method", "pet_size"])
            ),
            "questionText": G(
                lambda f: f.pick(
                    [
                        "How many people are you cooking for?",
                        "How do you brew?",
                        "How big is your dog?",
                        "How much time do you have?",
                    ]
                )
            ),
            "answer": {
                "label": G(
                    lambda f: f.pick(
                        [
                            "2 adults, 1 child",
                            "Cafetière",
                            "Under 30 minutes",
                            "Large (25kg+)",
                            "Medium roast",
                        ]
                    )
                ),
                "value": G(lambda f: f.pick(["2a1c", "french_press", "lt30", "large", "medium"])),
            },
            "stepNumber": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Quiz Completed",
        "web",
        {
            "quizId": G(lambda f: f.pick(["hb_onboarding_v7", "hb_onboarding_v8", "hb_family_v1"])),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
            "adults": G(lambda f: f.r.randint(1, 3)),
            "children": G(lambda f: f.r.randint(0, 4)),
            "childrenAges": Many(G(lambda f: f.r.randint(1, 17)), 3),
            "dietaryPreferences": Many(G(lambda f: f.pick(DIETS)), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 3),
            "religiousDietaryLaw": Y(
                lambda f: f.pick(["halal", "kosher", "none", "jain", "none"]), "religion"
            ),
            "pregnantOrNursing": Y(lambda f: f.pick([True, False, False]), "condition"),
            "cookingSkill": G(lambda f: f.pick(["beginner", "confident", "pro"])),
            "mealsPerWeek": G(lambda f: f.pick([2, 3, 4, 5])),
            "recommendedPlan": G(lambda f: f.pick(PLANS[:3])),
        },
    ),
    (
        "track",
        "Email Captured",
        "web",
        {
            "formId": G(lambda f: f.pick(["klaviyo_TxR4pQ", "klaviyo_Ub7mZ2", "quiz_gate"])),
            "formName": G(lambda f: f.pick(["Quiz results gate", "60% off popup", "Exit intent"])),
            "fieldName": G(lambda f: "email"),
            "input": Y(email, "email", True),
            "consentMarketing": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "referralCode": G(referral_code),
            "hasReferral": G(lambda f: f.pick([True, False])),
            "signupSource": G(lambda f: f.pick(["quiz", "gift_redeem", "homepage", "app"])),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "postalCode": Y(postcode, "zipcode"),
            "birthday": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLANS)),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsConsent": G(lambda f: f.pick([True, False])),
            "country": G(country),
            "activeSubscriptions": G(lambda f: f.r.randint(0, 3)),
            "customerNumber": G(lambda f: "HB" + f.digits(8)),
        },
    ),
    (
        "track",
        "Household Member Added",
        "web",
        {
            "memberId": G(lambda f: f.uuid()),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "birthday": Y(lambda f: f.date(1940, 2023), "birthdate"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "roommate"])),
            "age": G(lambda f: f.r.randint(2, 80)),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 3),
            "pickyEater": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(
                lambda f: f.pick(
                    ["Initech Ltd", "Maple Leaf Dental", "Northwind Traders", "Blue Heron Studio"]
                )
            ),
            "industry": G(lambda f: f.pick(["Software", "Healthcare", "Retail", "Design"])),
            "employees": G(lambda f: f.r.randint(5, 2000)),
            "plan": G(
                lambda f: f.pick(["corporate_gifting_basic", "corporate_gifting_plus", "office_coffee"])
            ),
            "billingContactEmail": Y(email, "email"),
            "billingContactName": Y(full_name, "name"),
            "website": G(
                lambda f: f.pick(
                    ["https://initech.example", "https://mapleleafdental.ca", "https://northwind.example.com"]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- e-commerce spec ----------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["decaf", "salmon", "grain free", "vegan", "refill blades", "espresso 1kg", "puppy food"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **spec_product(),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "value": G(lambda f: f.money(4, 90)),
            "url": G(
                lambda f: (
                    "https://www.dailygrind.club/products/"
                    + f.pick(["ethiopia-guji", "house-espresso", "kenya-aa"])
                )
            ),
            "image_url": G(
                lambda f: f"https://cdn.shopify.com/s/files/1/0{f.digits(6)}/products/{f.hexid(8)}.jpg"
            ),
        },
    ),
    (
        "track",
        "Product Added",
        "swift",
        {
            "cart_id": G(lambda f: f.uuid()),
            **spec_product(),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: str(shopify_id(f))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "value": G(lambda f: f.money(20, 300)),
            "revenue": G(lambda f: f.money(20, 300)),
            "shipping": G(lambda f: f.pick([0, 4.99, 6.99, 9.99])),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.money(0, 60)),
            "coupon": G(lambda f: f.pick(["WELCOME60", "", "FREEBOX", "SPRING20"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "products": Many(spec_product(), 3),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        {
            "provider": G(lambda f: f.pick(["google_places", "loqate", "canada_post_addresscomplete"])),
            "label": Y(full_address, "address", True),
            "sessionToken": G(lambda f: f.uuid()),
            "resultIndex": G(lambda f: f.r.randint(0, 4)),
            "addressType": G(lambda f: f.pick(["shipping", "billing"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.hexid(32)),
            "order_id": G(lambda f: str(shopify_id(f))),
            "step": G(lambda f: f.pick([3, 4])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "google_pay"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex", "interac"])),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "cardExpMonth": G(lambda f: f.r.randint(1, 12)),
            "cardExpYear": G(lambda f: f.r.randint(2025, 2032)),
            "cardBin": G(lambda f: f.pick(["424242", "545454", "378282", "450644"])),
            "stripePaymentMethodId": RED(lambda f: "pm_1" + f.hexid(23).upper(), "token"),
            "billingPostalCode": Y(postcode, "zipcode"),
            "saveCard": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: str(shopify_id(f))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(lambda f: f.money(20, 300)),
            "subtotal": G(lambda f: f.money(20, 300)),
            "revenue": G(lambda f: f.money(20, 300)),
            "shipping": G(lambda f: f.pick([0, 4.99, 6.99, 9.99])),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.money(0, 60)),
            "coupon": G(lambda f: f.pick(["WELCOME60", "", "FREEBOX", "SPRING20"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "products": Many(spec_product(), 3),
            "is_first_order": G(lambda f: f.pick([True, False])),
            "subscription_id": G(lambda f: str(recharge_id(f))),
            "delivery_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "delivery_window": G(lambda f: f.pick(["8am-12pm", "12pm-6pm", "6pm-10pm"])),
        },
    ),
    (
        "track",
        "Coupon Applied",
        "kotlin",
        {
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "dsc_" + f.digits(6)),
            "coupon_name": G(lambda f: f.pick(["WELCOME60", "FREEBOX", "SPRING20", "REFER-A-FRIEND"])),
            "discount": G(lambda f: f.money(0, 60)),
        },
    ),
    (
        "track",
        "Product Reviewed",
        "web",
        {
            "product_id": G(lambda f: str(shopify_id(f))),
            "review_id": G(lambda f: "rev_" + f.hexid(10)),
            "review_body": G(review_body),
            "review_title": G(
                lambda f: f.pick(["Delicious!", "Solid coffee", "Happy pup", "Good value", "Meh"])
            ),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "reviewerName": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "reviewerLocation": Y(lambda f: f"{city(f)}, {province(f)}", "city"),
            "recipeName": G(lambda f: f.pick(RECIPES)),
            "wouldRecommend": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- gifting, referrals -----------------------------------------------------------------------
    (
        "track",
        "Gift Subscription Purchased",
        "web",
        {
            "giftId": G(lambda f: "gft_" + f.hexid(12)),
            "plan": G(lambda f: f.pick(PLANS)),
            "durationMonths": G(lambda f: f.pick([1, 3, 6, 12])),
            "recipient": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(line2, "address|street"),
                    "city": Y(city, "city"),
                    "postalCode": Y(postcode, "zipcode"),
                    "region": G(province),
                    "country": G(country),
                },
            },
            "deliveryMethod": G(lambda f: f.pick(["email", "print_at_home", "post"])),
            "sendDate": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "giftMessage": Y(gift_message, "name", True),
            "senderName": Y(full_name, "name"),
            "price": G(lambda f: f.money(40, 400)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "isCorporate": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Redeemed",
        "web",
        {
            "giftId": G(lambda f: "gft_" + f.hexid(12)),
            "redemptionCode": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(3)), "token|secret"),
            "recipientEmail": Y(email, "email"),
            "startDate": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "plan": G(lambda f: f.pick(PLANS)),
            "addressConfirmed": G(lambda f: f.pick([True, False])),
            "convertedToPaid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referralCode": G(referral_code),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link", "whatsapp"])),
            "inviteeEmails": Many(Y(email, "email"), 3),
            "friendFirstName": Y(first, "name"),
            "friendPhone": Y(phone, "phone"),
            "rewardAmount": G(lambda f: f.pick([20, 25, 40])),
            "rewardCurrency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
        },
    ),
    (
        "track",
        "Referral Converted",
        "node",
        {
            "referral_id": G(lambda f: f.uuid()),
            "referrer_customer_id": G(lambda f: recharge_id(f)),
            "referee_customer_id": G(lambda f: recharge_id(f)),
            "referee_email": Y(email, "email"),
            "referee_name": Y(full_name, "name"),
            "referral_code": G(referral_code),
            "credit_issued": G(lambda f: f.pick([20, 25, 40])),
        },
    ),
    (
        "track",
        "Referral Payout Requested",
        "ruby",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "payout_method": G(lambda f: f.pick(["paypal", "paypal", "store_credit"])),
            "paypal_email": Y(email, "email"),
            "amount": G(lambda f: f.pick([20, 40, 60, 100])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
        },
    ),
    # -- mobile app: menu, skips, pauses, delivery ---------------------------------------------------
    (
        "screen",
        "Weekly Menu",
        "swift",
        {
            "weekOf": G(week_of),
            "brand": G(lambda f: "HearthBox"),
        },
    ),
    (
        "track",
        "Meal Selected",
        "swift",
        {
            "recipeId": G(lambda f: f.r.randint(10000, 99999)),
            "recipeName": G(lambda f: f.pick(RECIPES)),
            "weekOf": G(week_of),
            "servings": G(lambda f: f.pick([2, 4])),
            "swapFrom": G(lambda f: f.pick(RECIPES)),
            "premium": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Skipped",
        "kotlin",
        {
            "subscriptionId": G(lambda f: str(recharge_id(f))),
            "weekOf": G(week_of),
            "reason": G(lambda f: f.pick(["travelling", "too_much_food", "budget", "other"])),
            "skipCount": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Subscription Paused",
        "rn",
        {
            "subscriptionId": G(lambda f: str(recharge_id(f))),
            "pauseWeeks": G(lambda f: f.pick([1, 2, 4, 8])),
            "resumeDate": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "reason": G(lambda f: f.pick(["travelling", "too_much_coffee", "budget", "other"])),
            "reasonText": G(cancel_comment),
            "offerAccepted": G(lambda f: f.pick(["none", "half_price_next", "skip_instead"])),
        },
    ),
    (
        "track",
        "Delivery Window Selected",
        "kotlin",
        {
            "deliveryDay": G(lambda f: f.pick(["monday", "tuesday", "wednesday", "saturday"])),
            "windowStart": G(lambda f: f.pick(["08:00", "12:00", "18:00"])),
            "windowEnd": G(lambda f: f.pick(["12:00", "18:00", "22:00"])),
            "zoneId": G(lambda f: f.pick(["YYZ-03", "LON-12", "AUS-01", "YUL-07"])),
        },
    ),
    (
        "track",
        "Delivery Instructions Updated",
        "rn",
        {
            "addressId": G(lambda f: recharge_id(f)),
            "instructions": G(instructions),
            "buzzerCode": RED(
                lambda f: f.pick(
                    [f"{f.r.randint(100, 9999)}#", f"*{f.r.randint(10, 999)}", f"{f.r.randint(1000, 9999)}"]
                ),
                "secret",
            ),
            "leaveAtDoor": G(lambda f: f.pick([True, False])),
            "safePlace": G(lambda f: f.pick(["porch", "concierge", "neighbour", "garage"])),
            "nickname": G(lambda f: f.pick(["Home", "Work", "Cottage", "Mum's"])),
        },
    ),
    (
        "track",
        "Delivery Tracking Viewed",
        "swift",
        {
            "orderId": G(lambda f: str(shopify_id(f))),
            "trackingNumber": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), f.digits(12), "JD" + f.digits(16)])
            ),
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "eta": G(lambda f: f.iso()),
            "driverFirstName": Y(first, "name"),
            "driverLocation": {
                "lat": Y(lambda f: round(f.r.uniform(43, 53), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-80, -1), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Address Added",
        "kotlin",
        {
            "addressId": G(lambda f: recharge_id(f)),
            "isDefault": G(lambda f: f.pick([True, False])),
            "addressType": G(lambda f: f.pick(["house", "apartment", "business"])),
            "street": Y(street, "street|address"),
            "unit": Y(line2, "address|street"),
            "city": Y(city, "city"),
            "region": G(province),
            "postalCode": Y(postcode, "zipcode"),
            "countryCode": G(country),
            "addressCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Health Profile Updated",
        "rn",
        {
            "hasDiabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "lowSodium": G(lambda f: f.pick([True, False])),
            "details": Y(health_details, "condition|diagnosis", True),
            "profileComplete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phoneNumber": Y(phone, "phone"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(province),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["CA", "US"])),
            },
            "favoriteRoast": G(lambda f: f.pick(["light", "medium", "dark"])),
            "brewMethod": G(lambda f: f.pick(["espresso", "pour_over", "french_press", "drip"])),
            "avatarUrl": Y(lambda f: f"https://cdn.dailygrind.club/avatars/{f.hexid(20)}.jpg", "photo"),
            "pushEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Curbside Pickup Checked In",
        "rn",
        {
            "storeId": G(lambda f: f.pick(["st_tor01", "st_lon02", "st_aus01", "st_mtl01"])),
            "storeName": G(lambda f: f.pick(STORES)[0]),
            "storeCity": G(lambda f: f.pick(STORES)[1]),
            "storePhone": G(lambda f: f.pick(STORES)[2]),
            "vehiclePlate": Y(plate, "license"),
            "vehicleColor": G(lambda f: f.pick(["white", "black", "grey", "red", "blue"])),
            "arrivedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        "flutter",
        {
            "petId": G(lambda f: f.uuid()),
            "pet": {
                "name": G(lambda f: f.pick(PET_NAMES)),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(PET_BREEDS)),
                "birthday": G(lambda f: f.date(2012, 2024)),
                "weightKg": G(lambda f: f.money(2, 45)),
                "neutered": G(lambda f: f.pick([True, False])),
                "allergies": Many(G(lambda f: f.pick(["chicken", "beef", "grain", "dairy"])), 2),
                "healthConditions": Many(
                    G(lambda f: f.pick(["kidney disease", "arthritis", "sensitive stomach", "none"])), 2
                ),
            },
            "vet": {
                "clinicName": G(
                    lambda f: f.pick(["Riverside Animal Hospital", "Happy Paws Vets", "VCA Canada Kingsway"])
                ),
                "phone": G(lambda f: f.pick(["+44 117 496 0312", "(416) 555-0190", "512-555-0133"])),
                "city": G(lambda f: f.pick(["Bristol", "Toronto", "Austin"])),
            },
            "recommendedPlan": G(lambda f: f.pick(PLANS[5:7])),
        },
    ),
    (
        "track",
        "Blade Refill Schedule Set",
        "swift",
        {
            "frequencyWeeks": G(lambda f: f.pick([4, 6, 8, 12])),
            "shaveAreas": Many(G(lambda f: f.pick(["face", "legs", "head", "underarms", "body"])), 3),
            "skinType": G(lambda f: f.pick(["normal", "sensitive", "dry", "oily"])),
            "nextShipDate": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    (
        "track",
        "Logged In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failedAttempts": G(lambda f: f.r.randint(0, 4)),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "sessionId": G(lambda f: f.uuid()),
        },
    ),
    ("alias", None, "swift", {}),
    ("alias", None, "kotlin", {}),
    (
        "track",
        "Chat Message Sent",
        "rn",
        {
            "conversationId": G(lambda f: f.digits(12)),
            "text": Y(chat_text, "email", True),
            "charCount": G(lambda f: f.r.randint(20, 90)),
            "channel": G(lambda f: f.pick(["in_app", "web_widget"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "kotlin",
        {
            "formId": G(lambda f: "account_details"),
            "field": {
                "id": G(lambda f: f.pick(["mobile", "phone", "contact_number"])),
                "type": G(lambda f: "tel"),
                "value": Y(phone, "phone", True),
            },
            "durationMs": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    # -- servers: subscriptions (Recharge-shaped), Shopify, billing -----------------------------------
    (
        "track",
        "Subscription Created",
        "python",
        {
            "subscription_id": G(lambda f: str(recharge_id(f))),
            "address_id": G(lambda f: recharge_id(f)),
            "customer_id": G(lambda f: recharge_id(f)),
            "shopify_product_id": G(shopify_id),
            "shopify_variant_id": G(shopify_id),
            "product_title": G(lambda f: f.pick(PRODUCT_NAMES)),
            "variant_title": G(
                lambda f: f.pick(["2 people / 3 recipes", "Whole bean / 340g", "12kg", "8-pack"])
            ),
            "sku": G(sku),
            "price": G(lambda f: f.money(9, 120)),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "charge_interval_frequency": G(lambda f: f.pick([1, 2, 4])),
            "order_interval_unit": G(lambda f: f.pick(["week", "month"])),
            "next_charge_scheduled_at": G(lambda f: f.iso()),
            "status": G(lambda f: "ACTIVE"),
            "email": Y(email, "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        "ruby",
        {
            "subscription_id": G(lambda f: str(recharge_id(f))),
            "cancelled_at": G(lambda f: f.iso()),
            "cancellation_reason": G(
                lambda f: f.pick(
                    ["Too expensive", "Too much product", "Moving", "Prefer another brand", "Other"]
                )
            ),
            "cancellation_reason_comments": G(cancel_comment),
            "months_active": G(lambda f: f.r.randint(1, 40)),
            "lifetime_value": G(lambda f: f.money(30, 3000)),
            "winback_offer_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Created",
        "node",
        {
            "order": {
                "id": G(shopify_id),
                "name": G(lambda f: f"#{f.r.randint(1001, 98000)}"),
                "order_number": G(lambda f: f.r.randint(1001, 98000)),
                "email": Y(email, "email"),
                "contact_email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "browser_ip": Y(ip, "ip"),
                "cart_token": G(lambda f: f.hexid(32)),
                "checkout_token": G(lambda f: f.hexid(32)),
                "total_price": G(lambda f: f"{f.money(20, 300):.2f}"),
                "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
                "financial_status": G(lambda f: f.pick(["paid", "pending", "partially_refunded"])),
                "source_name": G(lambda f: f.pick(["web", "subscription_contract", "294517"])),
                "tags": G(
                    lambda f: f.pick(
                        ["Subscription, Subscription First Order", "Subscription Recurring Order", "gift"]
                    )
                ),
                "note": G(
                    lambda f: f.pick(["", "No substitutions please", "Gift - no prices on slip", None])
                ),
                "created_at": G(lambda f: f.iso()),
                "customer": {
                    "id": G(shopify_id),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "orders_count": G(lambda f: f.r.randint(1, 90)),
                    "total_spent": G(lambda f: f"{f.money(20, 4000):.2f}"),
                    "verified_email": G(lambda f: f.pick([True, False])),
                    "accepts_marketing": G(lambda f: f.pick([True, False])),
                    "default_address": {
                        k: v
                        for k, v in shopify_address().items()
                        if k not in ("latitude", "longitude", "province_code", "country")
                    },
                },
                "shipping_address": shopify_address(),
                "billing_address": shopify_address(),
                "line_items": Many(
                    {
                        "id": G(shopify_id),
                        "variant_id": G(shopify_id),
                        "title": G(lambda f: f.pick(PRODUCT_NAMES)),
                        "name": G(
                            lambda f: (
                                f.pick(PRODUCT_NAMES) + f.pick([" - 340g / Whole Bean", " - 2 people", ""])
                            )
                        ),
                        "sku": G(sku),
                        "quantity": G(lambda f: f.r.randint(1, 3)),
                        "price": G(lambda f: f"{f.money(4, 90):.2f}"),
                        "vendor": G(lambda f: f.pick(BRANDS)),
                    },
                    2,
                ),
                "payment_details": {
                    "credit_card_bin": G(lambda f: f.pick(["424242", "545454", "411111", "450644"])),
                    "credit_card_company": G(lambda f: f.pick(["Visa", "Mastercard", "American Express"])),
                    "credit_card_number": G(stars),
                    "avs_result_code": G(lambda f: f.pick(["Y", "N", "A", "Z"])),
                    "cvv_result_code": G(lambda f: f.pick(["M", "N", "P"])),
                },
                "client_details": {
                    "browser_ip": Y(ip, "ip"),
                    "user_agent": G(lambda f: f.pick(UAS_MORE)),
                    "accept_language": G(
                        lambda f: f.pick(["en-US,en;q=0.9", "en-GB,en;q=0.9", "fr-CA,fr;q=0.9,en;q=0.8"])
                    ),
                },
            },
            "topic": G(lambda f: "orders/create"),
            "shop_domain": G(
                lambda f: f.pick(
                    [
                        "hearthbox.myshopify.com",
                        "daily-grind-club.myshopify.com",
                        "pawsome-pantry.myshopify.com",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "order_id": G(lambda f: str(shopify_id(f))),
            "value": G(lambda f: f.money(20, 300)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "hashed_email": Y(lambda f: sha256(email(f)), "email"),
            "event_source_url": G(lambda f: "https://www.hearthbox.com/checkout/thank_you"),
            "action_source": G(lambda f: "website"),
            "event_id": G(lambda f: f.uuid()),
            "platforms": Many(G(lambda f: f.pick(["meta_capi", "google_ads", "tiktok"])), 3),
        },
    ),
    (
        "track",
        "Payment Failed",
        "java",
        {
            "invoiceId": G(lambda f: "in_1" + f.hexid(23)),
            "subscriptionId": G(lambda f: str(recharge_id(f))),
            "gatewayCustomerId": G(lambda f: "cus_" + f.hexid(14)),
            "amount": G(lambda f: f.money(9, 300)),
            "currency": G(lambda f: f.pick(["usd", "gbp", "cad"])),
            "declineCode": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "nextRetryAt": G(lambda f: f.epoch_ms()),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "paymentMethodNonce": RED(lambda f: f.uuid(), "token"),
            "dunningEmailSent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "dotnet",
        {
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "CustomerId": G(lambda f: recharge_id(f)),
            "AmountPaid": G(lambda f: f.money(9, 300)),
            "Currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "TaxAmount": G(lambda f: f.money(0, 40)),
            "PaymentMethodToken": RED(lambda f: "tok_" + f.hexid(24), "token"),
            "BillingEmail": Y(email, "email"),
            "BillingName": Y(full_name, "name"),
            "BillingAddress": {
                "Line1": Y(street, "address|street"),
                "Line2": Y(line2, "address|street"),
                "City": Y(city, "city"),
                "Region": G(province),
                "PostalCode": Y(postcode, "zipcode"),
                "CountryCode": G(country),
            },
            "PaidAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "dotnet",
        {
            "MandateId": G(lambda f: "MD" + f.hexid(12).upper()),
            "Scheme": G(lambda f: "bacs"),
            "SortCode": G(
                lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"
            ),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "AccountHolderName": Y(full_name, "name"),
            "BankName": G(lambda f: f.pick(["Barclays", "HSBC UK", "Lloyds Bank", "Monzo", "NatWest"])),
            "Iban": RED(lambda f: f.iban("GB"), "bank account"),
            "Reference": G(lambda f: "HEARTHBOX-" + f.digits(6)),
            "CreatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        "java",
        {
            "padAgreementId": G(lambda f: "pad_" + f.hexid(10)),
            "institutionNumber": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "transitNumber": G(lambda f: f"{f.r.randint(0, 99999):05d}"),
            "accountNumber": RED(lambda f: f.digits(f.pick([7, 9, 12])), "bank account"),
            "accountHolder": Y(full_name, "name"),
            "bankName": G(
                lambda f: f.pick(["RBC Royal Bank", "TD Canada Trust", "Scotiabank", "Desjardins"])
            ),
        },
    ),
    (
        "track",
        "Payment Card Updated",
        "php",
        {
            "customer_id": G(lambda f: recharge_id(f)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_type": G(lambda f: f.pick(["VI", "MC", "AE", "DI"])),
            "billing_postcode": Y(postcode, "zipcode"),
            "updated_from": G(lambda f: f.pick(["account_page", "dunning_email"])),
        },
    ),
    (
        "track",
        "Customer Registered",
        "php",
        {
            "customer_id": G(lambda f: recharge_id(f)),
            "user_login": Y(email, "email", True),
            "user_pass": RED(
                lambda f: f.pick(
                    ["Summer2024!", "coffee4ever", "P@ssw0rd123", "Bella2019", "hunter22", "Tr1cky#Dog"]
                ),
                "password",
            ),
            "billing_first_name": Y(first, "name"),
            "billing_last_name": Y(last, "name"),
            "billing_phone": Y(phone, "phone"),
            "billing_address_1": Y(street, "address|street"),
            "billing_city": Y(city, "city"),
            "billing_postcode": Y(postcode, "zipcode"),
            "billing_state": G(province),
            "billing_country": G(country),
            "role": G(lambda f: "customer"),
            "registered_via": G(lambda f: f.pick(["checkout", "my-account", "wholesale"])),
        },
    ),
    (
        "track",
        "Phone Verification Requested",
        "node",
        {
            "phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "call", "whatsapp"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "expires_at": G(lambda f: f.iso()),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "link": RED(lambda f: f"https://account.hearthbox.com/login?token={f.hexid(40)}", "token", True),
            "expires_in": G(lambda f: 900),
            "email_provider": G(lambda f: f.pick(["gmail.com", "outlook.com", "icloud.com"])),
        },
    ),
    # -- fulfilment (Go service, kebab-case) -----------------------------------------------------------
    (
        "track",
        "Shipment Dispatched",
        "go",
        {
            "shipment-id": G(lambda f: f.uuid()),
            "warehouse-code": G(lambda f: f.pick(["NJ1", "TOR2", "MAN1", "VAN1"])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "tracking-number": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), f.digits(12), "7" + f.digits(15)])
            ),
            "box-weight-g": G(lambda f: f.r.randint(800, 14000)),
            "recipient-name": Y(full_name, "name"),
            "recipient-phone": Y(phone, "phone"),
            "delivery-postcode": Y(postcode, "zipcode"),
            "delivery-window-start": G(lambda f: f.iso()),
            "delivery-window-end": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Delivery Exception",
        "go",
        {
            "shipment-id": G(lambda f: f.uuid()),
            "exception-code": G(lambda f: f.pick(["NO_ACCESS", "DAMAGED", "ADDRESS_NOT_FOUND", "WEATHER"])),
            "driver-name": Y(full_name, "name"),
            "driver-phone": Y(phone, "phone"),
            "gps-lat": Y(lambda f: round(f.r.uniform(25, 56), 6), "geolocation"),
            "gps-lng": Y(lambda f: round(f.r.uniform(-123, -1), 6), "geolocation"),
            "photo-url": Y(lambda f: f"https://pod.hearthharvest.co/{f.hexid(16)}.jpg", "photo"),
            "reattempt-scheduled": G(lambda f: f.pick([True, False])),
            "occurred-at": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) -----------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "LTV_USD": G(lambda f: f.money(0, 5000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "ACTIVE_SUBSCRIPTIONS": G(lambda f: f.r.randint(0, 3)),
            "LAST_ORDER_DATE": G(lambda f: f.date(2023, 2024)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "PREFERRED_BRAND": G(lambda f: f.pick(BRANDS)),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "MEMBER_NUMBER": G(lambda f: f"M{f.digits(9)}"),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- Quebec storefront (French keys) -----------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "courriel": Y(email, "email"),
            "prenom": Y(first, "name"),
            "nom": Y(last, "name"),
            "telephone": Y(lambda f: nanp(f, "CA"), "phone"),
            "adresse": Y(street, "address|street"),
            "ville": Y(lambda f: f.pick([c for c, _, _ in CA_CITIES]), "city"),
            "code_postal": Y(ca_postcode, "zipcode"),
            "province": G(lambda f: f.pick(["QC", "ON", "NB"])),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "taille_du_menage": G(lambda f: f.r.randint(1, 6)),
            "allergies_alimentaires": Many(
                Y(lambda f: f.pick(["arachides", "noix", "gluten", "lactose", "fruits de mer"]), "allergy"), 2
            ),
            "date_de_naissance": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "infolettre": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Abonnement mis en pause",
        "web",
        {
            "id_abonnement": G(lambda f: str(recharge_id(f))),
            "semaines": G(lambda f: f.pick([1, 2, 4])),
            "raison": G(lambda f: f.pick(["voyage", "budget", "trop_de_nourriture", "autre"])),
            "commentaire": G(
                lambda f: f.pick(["On part en vacances", "Trop cher ce mois-ci", "", "Trop de restes"])
            ),
            "date_de_reprise": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    # -- Klaviyo -------------------------------------------------------------------------------------
    (
        "identify",
        None,
        "ruby",
        {
            "$email": Y(email, "email"),
            "$phone_number": Y(lambda f: nanp(f) if f.r.random() < 0.6 else uk_phone(f), "phone"),
            "$first_name": Y(first, "name"),
            "$last_name": Y(last, "name"),
            "$city": Y(city, "city"),
            "$region": G(province),
            "$country": G(lambda f: f.pick(["United States", "Canada", "United Kingdom"])),
            "$zip": Y(postcode, "zipcode"),
            "$consent": Many(G(lambda f: f.pick(["email", "sms", "web"])), 3),
            "$source": G(lambda f: f.pick(["Shopify", "Quiz Form", "Popup"])),
            "Accepts SMS": G(lambda f: f.pick([True, False])),
            "Birthday Month": Y(
                lambda f: f.pick(["January", "April", "July", "November", "September"]), "birthdate"
            ),
        },
    ),
    (
        "track",
        "Opened Email",
        "ruby",
        {
            "$event_id": G(lambda f: f"{f.epoch_ms() // 1000}:{f.hexid(6)}"),
            "$message": G(lambda f: f.hexid(6).upper()),
            "Campaign Name": G(lambda f: f.pick(["Menu drop wk 32", "Winback 40% off", "New: Kenya AA"])),
            "Subject": G(lambda f: f.pick(["Your menu is ready", "We miss you!", "Fresh roast alert"])),
            "Email Domain": G(lambda f: f.pick(["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk"])),
            "machine_open": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- support ---------------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "web",
        {
            "ticketId": G(lambda f: f.r.randint(100000, 999999)),
            "channel": G(lambda f: f.pick(["web_form", "chat", "email"])),
            "topic": G(lambda f: f.pick(["delivery", "billing", "quality", "account"])),
            "subject": G(
                lambda f: f.pick(["Box arrived damaged", "Double charge", "Missing item", "Pause help"])
            ),
            "message": Y(support_message, "phone|name", True),
            "orderId": G(lambda f: str(shopify_id(f))),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        "node",
        {
            "q": Y(email, "email", True),
            "result_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: f"agt_{f.r.randint(10, 99)}"),
            "agent_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Ticket Solved",
        "ruby",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "assignee": {"name": Y(full_name, "name"), "email": Y(staff_email, "email")},
            "group_name": G(lambda f: f.pick(["Tier 1", "Billing", "Quality"])),
            "satisfaction_rating": G(lambda f: f.pick(["good", "bad", "unoffered"])),
            "tags": Many(G(lambda f: f.pick(["refund", "damaged", "late", "vip"])), 3),
            "via_channel": G(lambda f: f.pick(["web", "email", "chat", "voice"])),
            "support_address": G(
                lambda f: f.pick(["help@hearthbox.com", "hello@dailygrind.club", "woof@pawsomepantry.com"])
            ),
            "support_phone": G(lambda f: f.pick(["+1 888-555-0142", "0800 046 1234", "+1 855-555-0177"])),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        {
            "from": Y(lambda f: nanp(f) if f.r.random() < 0.6 else "+447" + f.digits(9), "phone", True),
            "to": G(lambda f: f.pick(["+18885550142", "+447700900123", "+18555550177"])),
            "body": G(lambda f: f.pick(["SKIP", "STOP", "YES", "PAUSE", "Thanks!", "swap"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "keyword": G(lambda f: f.pick(["SKIP", "STOP", "PAUSE", "NONE"])),
        },
    ),
    (
        "track",
        "Loyalty Points Earned",
        "python",
        {
            "member_number": G(lambda f: f"M{f.digits(9)}"),
            "points_earned": G(lambda f: f.r.randint(10, 500)),
            "points_balance": G(lambda f: f.r.randint(0, 20000)),
            "tier": G(lambda f: f.pick(["Bronze", "Silver", "Gold"])),
            "reason": G(lambda f: f.pick(["order", "review", "referral", "birthday"])),
        },
    ),
    (
        "track",
        "Email Preferences Updated",
        "web",
        {
            "emailFrequency": G(lambda f: f.pick(["weekly", "monthly", "never"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "unsubscribedLists": Many(G(lambda f: f.pick(["recipes", "promotions", "surveys"])), 2),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailCount30d": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    # -- courier webhook (Onfleet-shaped), Stripe charge, Recharge address, corporate gifts -----------
    (
        "track",
        "Delivery Task Completed",
        "python",
        {
            "taskId": G(
                lambda f: "".join(f.pick("abcdefghijklmnopqrstuvwxyz0123456789~*") for _ in range(24))
            ),
            "shortId": G(lambda f: f.hexid(8)),
            "state": G(lambda f: 3),
            "recipient": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "destination": {
                "address": {
                    "number": Y(lambda f: str(f.r.randint(1, 9899)), "address|street"),
                    "street": Y(lambda f: f.pick(US_STREETS + UK_STREETS + CA_STREETS), "street|address"),
                    "apartment": Y(line2, "address|street"),
                    "city": Y(city, "city"),
                    "postalCode": Y(postcode, "zipcode"),
                    "country": G(lambda f: f.pick(["United States", "Canada", "United Kingdom"])),
                },
                "location": Pair(
                    Y(
                        lambda f: round(
                            f.r.uniform(-123, -60) if f.r.random() < 0.7 else f.r.uniform(-5, 1), 6
                        ),
                        "geolocation",
                    ),
                    Y(lambda f: round(f.r.uniform(25, 56), 6), "geolocation"),
                ),
            },
            "worker": {
                "id": G(lambda f: f.hexid(24)),
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
            },
            "completionDetails": {
                "success": G(lambda f: f.pick([True, True, False])),
                "time": G(lambda f: f.epoch_ms()),
                "signatureText": Y(full_name, "name"),
            },
        },
    ),
    (
        "track",
        "Charge Succeeded",
        "node",
        {
            "charge_id": G(lambda f: "ch_3" + f.hexid(23)),
            "amount": G(lambda f: f.r.randint(900, 30000)),
            "currency": G(lambda f: f.pick(["usd", "gbp", "cad"])),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(line2, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "state": G(province),
                    "country": G(country),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                }
            },
        },
    ),
    (
        "track",
        "Subscription Address Updated",
        "python",
        {
            "address_id": G(lambda f: recharge_id(f)),
            "customer_id": G(lambda f: recharge_id(f)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "address1": Y(street, "address|street"),
            "address2": Y(line2, "address|street"),
            "city": Y(city, "city"),
            "province": G(province),
            "zip": Y(postcode, "zipcode"),
            "country_code": G(country),
            "phone": Y(phone, "phone"),
            "company": G(lambda f: f.pick(["", "Initech Ltd", "Maple Leaf Dental", None])),
        },
    ),
    (
        "track",
        "Corporate Gifts Uploaded",
        "web",
        {
            "batchId": G(lambda f: f.uuid()),
            "plan": G(lambda f: f.pick(PLANS)),
            "recipients": Many(
                {
                    "firstName": Y(first, "name"),
                    "lastName": Y(last, "name"),
                    "email": Y(email, "email"),
                    "address": {
                        "line1": Y(street, "address|street"),
                        "city": Y(city, "city"),
                        "postalCode": Y(postcode, "zipcode"),
                        "country": G(country),
                    },
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Account Details Updated",
        "dotnet",
        {
            "PreviousEmail": Y(email, "email"),
            "NewEmail": Y(email, "email"),
            "PreviousPhone": Y(phone, "phone"),
            "NewPhone": Y(phone, "phone"),
            "ChangedBy": G(lambda f: f.pick(["customer", "support_agent", "system"])),
            "ChangedAtUtc": G(lambda f: f.iso()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick([str(recharge_id(f)), "cus_" + f.digits(7)]),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif body:
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=75, repeats=30)
    write(Path(__file__).parent, "holdout75_", events, labels)
