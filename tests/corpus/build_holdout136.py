"""Writes holdout136: tests/corpus/holdout136_events.jsonl and holdout136_labels.json.

Sealed: written from build.py, fake.py, build_holdout3.py (format only), REFERENCE.md and DESIGN.md,
without reading the detection engine, its vocabularies, its tests, the other corpora's labels or
their builders, and without running the engine on these events. Nothing here is tuned to it.

What it covers: "FetchNest", a pet-sitting, dog-walking and pet-adoption marketplace in the US,
Australia and Spain. Owners, sitters/walkers and adopters; owner and sitter profiles, background
checks (Checkr-shaped), identity checks (AU 100-point, Spanish DNI/NIE), pets' profiles and
medical needs, bookings with home access (lockbox, alarm, gate, Wi-Fi), walk tracking with GPS,
photo updates with EXIF, chat, payments (Stripe-shaped), payouts (US ABA, AU BSB, ES IBAN), W-9,
pet-supply orders (e-commerce spec), adoption applications with household details, shelters
(group calls), Twilio SMS / voice webhooks, SendGrid e-mail events, a Meta CAPI relay,
a Hightouch reverse-ETL identify, pet insurance claims from a .NET partner service.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the server libraries (python, node, go, java, ruby, php, .NET), with their usual `context`.
Key conventions: mostly camelCase and snake_case English; about 15 % PascalCase (.NET, Twilio),
kebab-case (a Webflow form, SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse columns) and Spanish.

Values are generated per market (US/AU/ES): national phone formats, addresses, postcodes,
multicultural names, SSNs of valid structure, Luhn cards, mod-97 IBANs, DNI/NIE with their check
letter, TFNs with their check digit, Medicare card numbers with their check digit, ABA routing
numbers with their checksum.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (user, recipient, contact, dependant, staff member):
  names, contact details, the person's own address or precise location, birth dates, government
  ids, financial accounts and full card numbers, health and other special categories, credentials
  and secrets, IP addresses, advertising ids. Colour: the reference's default colour for the
  matcher; outside the reference, red for credentials/secrets, cards, bank accounts, government
  ids and health ids; yellow otherwise.
- Green: ids we issue, UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, product / service / company / shelter / clinic
  names, places that are not the person's, country, state, locale, timezone, currency, user
  agents, OS-issued device ids (IDFV, Android id). Card brand, last four, expiry; routing numbers
  and BSBs are green; the last four of an SSN are red.
- Published policy: green for member numbers, ages, marital status, job titles and employers, a
  business's own phone / e-mail / address (shelters, vet clinics, role mailboxes, masked proxy
  numbers), pets' names and all pets' data (a pet's birthday, sex, medications, conditions,
  microchip number, photos), UUID tokens (Places session token, appAccountToken), e-mail
  Message-IDs. Yellow: insurance policy numbers (`identification`), hourly / nightly rates a
  sitter sets (`salary`), vehicle plates (`license`), ad click / browser ids (gclid, msclkid, fbp,
  fbc: `advertising id`), billing and shipping addresses (`address`). Red: payment tokens (`pm_`),
  one-time codes, sign-in link tokens (`token`), Medicare numbers (`health id`), identity
  document numbers (`national id` / `passport`), work-rights / visa answers (`visa`).
- Booleans that reveal a special category about a person are that category: `is_veteran`
  (red `veteran`), `anyone_allergic_to_*` in the household (yellow `allergy`), `anyone_pregnant`
  (yellow `condition`); a sitter's own `allergicToCats` is yellow `allergy`.
- Other fixed points: a pet's insurance policy number is still an insurance policy number (yellow
  `identification`), while the pet's diagnosis code and treatment are pets' data (green). A
  sitter's public first name, suburb and photo on their profile page are still theirs (yellow).
  A Wi-Fi password is red `password`; a card's CVC is red `credit card`; Checkr's `ssn_last4`
  and a W-9 `tin` holding an SSN are red `social security number`.
- value_only is true only under neutral or container keys, where the key does not say what the
  value is: `text`, `note`, `notes`, `value`, `input`, `description`, `recipient.label`,
  `recipient.value`, `entry_instructions` / `instrucciones_acceso` (free text that always holds a
  door, alarm or lockbox code). Keys that name the kind of data (`lockbox_code`, `login_url`,
  `landlord_phone`, `user_data.em` in Meta's vocabulary) are not value_only. Every value of a
  value_only PII path carries that PII; free text is labelled by what all of its values carry and
  is green when none carries PII (`review_text`, `summary_note`, `caption`, `bio`, `Body`,
  `why_adopt`, `motivo` mention pets by name, never people).
- Judgement calls (what a careful privacy owner at a mid-size company would want flagged):
  a background check's result (`clear` / `consider`) reveals criminal records: yellow
  `criminal record`; a check's process status (`pending`, `complete`) is green. Hashed e-mail /
  phone sent for ad matching stay the person's identifiers: yellow `email` / `phone`; a hash of
  our own user id is green. A push token is a device credential: red `token`. A sitter's
  service-area postcode is where they live: yellow `zipcode`. A searched suburb or a typed
  search query is a searched place: green. Pet photos are pets' data: green; people's avatars
  and profile photos are yellow `photo`. An Australian Business Number, a US EIN and a Stripe
  connected-account id identify a business: green. Twilio's `FromCity` locates the caller:
  yellow `city`. Transaction and payout amounts are amounts (green); only the rate a sitter sets
  for their work is `salary`. A vet's name is a staff member's name (yellow); a clinic's phone
  and address are a business's (green). An emergency contact's `relationship` is green.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places per market -------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Jamal",
        "Sofia",
        "Tyler",
        "Aaliyah",
        "Diego",
        "Hannah",
        "Marcus",
        "Mei-Ling",
        "Connor",
        "Priyanka",
        "DeShawn",
        "Olivia",
        "Kenji",
        "Fatima",
        "Brandon",
        "Ximena",
        "Nia",
        "Ethan",
        "Yusuf",
    ],
    "AU": [
        "Chloe",
        "Liam",
        "Mia",
        "Jack",
        "Isla",
        "Thanh",
        "Harper",
        "Nikos",
        "Aroha",
        "Lachlan",
        "Matilda",
        "Arjun",
        "Ruby",
        "Cooper",
        "Jasmine",
        "Dimitri",
        "Tahlia",
        "Mohammed",
        "Siobhan",
        "Wei",
    ],
    "ES": [
        "Lucía",
        "Hugo",
        "Martina",
        "Pablo",
        "Carmen",
        "Jordi",
        "Núria",
        "Iñaki",
        "Aitana",
        "Álvaro",
        "Mercedes",
        "Javier",
        "Leire",
        "Sergio",
        "Rocío",
        "Xabier",
        "Yasmina",
        "Andrés",
        "Montserrat",
        "Iker",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Nguyen",
        "Rodriguez",
        "Kim",
        "Okafor",
        "Patel",
        "Brooks",
        "Hernandez",
        "O'Connor",
        "Washington",
        "Cohen",
        "Yamamoto",
        "Kowalski",
        "Abdi",
        "Castillo",
        "Friedman",
    ],
    "AU": [
        "Smith",
        "Wilson",
        "Tran",
        "Papadopoulos",
        "Singh",
        "Murphy",
        "Walker",
        "Nguyen",
        "Kelly",
        "Lee",
        "Taylor",
        "Rossi",
        "Wright",
        "Chen",
        "Campbell",
        "Haddad",
        "Sharma",
    ],
    "ES": [
        "García López",
        "Fernández",
        "Martínez Ruiz",
        "Sánchez",
        "Pérez Gil",
        "Gómez",
        "Etxeberria",
        "Puig i Serra",
        "Navarro",
        "Ruiz Castillo",
        "Jiménez",
        "Moreno Vidal",
        "Castro",
        "Iglesias",
        "El Amrani",
        "Romero",
        "Vázquez Otero",
    ],
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
}
PLACES = {
    "US": [
        ("Austin", "TX", "787", 30.2672, -97.7431),
        ("Brooklyn", "NY", "112", 40.6782, -73.9442),
        ("Denver", "CO", "802", 39.7392, -104.9903),
        ("Seattle", "WA", "981", 47.6062, -122.3321),
        ("Portland", "OR", "972", 45.5152, -122.6784),
        ("Chicago", "IL", "606", 41.8781, -87.6298),
        ("San Diego", "CA", "921", 32.7157, -117.1611),
        ("Atlanta", "GA", "303", 33.7490, -84.3880),
    ],
    "AU": [
        ("Surry Hills", "NSW", "2010", -33.8861, 151.2111),
        ("Bondi", "NSW", "2026", -33.8915, 151.2767),
        ("Newtown", "NSW", "2042", -33.8975, 151.1790),
        ("Fitzroy", "VIC", "3065", -37.7982, 144.9780),
        ("Brunswick", "VIC", "3056", -37.7670, 144.9620),
        ("New Farm", "QLD", "4005", -27.4670, 153.0480),
        ("Fremantle", "WA", "6160", -32.0569, 115.7439),
        ("Norwood", "SA", "5067", -34.9210, 138.6310),
    ],
    "ES": [
        ("Madrid", "Madrid", "280", 40.4168, -3.7038),
        ("Barcelona", "Barcelona", "080", 41.3874, 2.1686),
        ("Valencia", "Valencia", "460", 39.4699, -0.3763),
        ("Sevilla", "Sevilla", "410", 37.3891, -5.9845),
        ("Málaga", "Málaga", "290", 36.7213, -4.4214),
        ("Bilbao", "Bizkaia", "480", 43.2630, -2.9350),
    ],
}
STREETS = {
    "US": [
        "Elm St",
        "Maple Ave",
        "Congress Ave",
        "Bedford Ave",
        "Colfax Ave",
        "Division St",
        "Pine St",
        "Oak Park Blvd",
        "Magnolia Dr",
        "Willow Ln",
        "Ponce de Leon Ave",
        "Lakeview Ter",
    ],
    "AU": [
        "Glebe Point Rd",
        "Wattle St",
        "Campbell Pde",
        "King St",
        "Brunswick St",
        "Sydney Rd",
        "Merthyr Rd",
        "High St",
        "Jacaranda Ave",
        "Parade",
    ],
    "ES": [
        "Calle de Alcalá",
        "Carrer de Mallorca",
        "Avenida de la Constitución",
        "Calle Mayor",
        "Carrer de Verdi",
        "Calle Sierpes",
        "Gran Vía",
        "Calle de Ercilla",
        "Avinguda del Port",
    ],
}
CC_LOCALE = {"US": "en-US", "AU": "en-AU", "ES": "es-ES"}
CC_TZ = {
    "US": ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
    "ES": ["Europe/Madrid"],
}
CC_CURRENCY = {"US": "USD", "AU": "AUD", "ES": "EUR"}
CC_HOST = {"US": "www.fetchnest.com", "AU": "www.fetchnest.com.au", "ES": "www.fetchnest.es"}

PET_NAMES = [
    "Luna",
    "Bella",
    "Max",
    "Charlie",
    "Milo",
    "Coco",
    "Biscuit",
    "Rocky",
    "Nala",
    "Toby",
    "Lola",
    "Chispa",
    "Canela",
    "Thor",
    "Kira",
    "Bruno",
    "Pepa",
    "Simba",
    "Oreo",
    "Ziggy",
    "Mango",
    "Pippa",
    "Bailey",
    "Archie",
    "Rosie",
    "Frankie",
    "Mochi",
    "Ruby",
    "Duke",
    "Olive",
]
DOG_BREEDS = [
    "Labrador Retriever",
    "Golden Retriever",
    "French Bulldog",
    "Cavoodle",
    "Border Collie",
    "Staffordshire Bull Terrier",
    "Dachshund",
    "Beagle",
    "Podenco",
    "Galgo Español",
    "Australian Kelpie",
    "Pit Bull mix",
    "German Shepherd",
    "Mixed breed",
]
CAT_BREEDS = ["Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll", "British Shorthair", "Común Europeo"]
PET_CONDITIONS = [
    "hip dysplasia",
    "diabetes mellitus",
    "separation anxiety",
    "arthritis",
    "epilepsy",
    "chronic kidney disease",
    "none",
]
PET_MEDS = [
    "Apoquel 16 mg",
    "Vetsulin 4 IU",
    "Rimadyl 75 mg",
    "Phenobarbital 30 mg",
    "Gabapentin 100 mg",
    "Fluoxetine 20 mg",
    "Cosequin",
]
PET_ALLERGIES = ["chicken", "beef", "grass pollen", "flea saliva", "none"]
VET_CLINICS = [
    ("Banfield Pet Hospital", "+1 512-448-0220", "4301 W William Cannon Dr, Austin, TX 78749"),
    ("BluePearl Pet Hospital", "(718) 596-0099", "1 Ewen St, Brooklyn, NY 11206"),
    ("Greencross Vets Surry Hills", "(02) 9699 2588", "541 Crown St, Surry Hills NSW 2010"),
    ("Lort Smith Animal Hospital", "+61 3 9328 3021", "24 Villiers St, North Melbourne VIC 3051"),
    ("Clínica Veterinaria Retiro", "+34 914 09 33 51", "Calle de Ibiza 12, 28009 Madrid"),
    ("Hospital Veterinari Glòries", "+34 932 46 27 75", "Carrer de la Diputació 400, 08013 Barcelona"),
]
SHELTERS = [
    (
        "Austin Pets Alive!",
        "adoptions@austinpetsalive.example.org",
        "+1 512-961-6519",
        "1156 W Cesar Chavez St",
    ),
    ("Brooklyn Animal Rescue Coalition", "info@barc.example.org", "(718) 486-7489", "253 Wythe Ave"),
    (
        "Sydney Dogs & Cats Home",
        "adopt@sydneydogsandcats.example.org.au",
        "(02) 9587 4111",
        "77 Edwin St, Carlton NSW",
    ),
    (
        "RSPCA Burwood East",
        "adoptions.burwood@rspca.example.org.au",
        "+61 3 9224 2222",
        "3 Burwood Hwy, Burwood East VIC",
    ),
    (
        "Protectora Madrid Norte",
        "adopciones@protectoramadrid.example.es",
        "+34 916 53 01 89",
        "Camino del Monte 5, Alcobendas",
    ),
    (
        "Lliga per a la Protecció d'Animals",
        "adopcions@lliga.example.cat",
        "+34 934 51 79 08",
        "Carrer de Girona 80, Barcelona",
    ),
]
SERVICES = [
    "Dog Walking (30 min)",
    "Dog Walking (60 min)",
    "Drop-in Visit",
    "Overnight Pet Sitting",
    "House Sitting",
    "Doggy Day Care",
    "Boarding",
    "Pet Taxi",
]
SHOP = [
    ("KONG Classic Dog Toy - Large", "Toys", "KONG"),
    ("Ruffwear Front Range Harness", "Walking", "Ruffwear"),
    ("Hill's Science Diet Adult 15kg", "Food", "Hill's"),
    ("Greenies Dental Treats 340g", "Treats", "Greenies"),
    ("Seresto Flea & Tick Collar", "Health", "Elanco"),
    ("PetSafe Easy Walk Harness", "Walking", "PetSafe"),
    ("Poop Bags 8 rolls", "Walking", "Earth Rated"),
    ("Orthopedic Dog Bed M", "Beds", "FetchNest"),
]
UA_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def cc(f: Fake) -> str:
    return getattr(f, "cc", "US")


def first(f: Fake) -> str:
    return f.pick(FIRST[cc(f)])


def last(f: Fake) -> str:
    return f.pick(LAST[cc(f)])


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def email(f: Fake) -> str:
    a, b = ascii_fold(first(f)).replace("-", ""), ascii_fold(last(f).split()[0]).replace("'", "")
    local = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{f.r.randint(1, 99)}",
            f"{a[0]}{b}",
            f"{a}_{b[:4]}",
            f"{b}.{a}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{f.pick(MAIL[cc(f)])}"


def phone(f: Fake) -> str:
    r = f.r
    c = cc(f)
    if c == "AU":
        mid, end = r.randint(10, 99), (r.randint(100, 999), r.randint(100, 999))
        return f.pick(
            [
                f"04{mid} {end[0]} {end[1]}",
                f"+61 4{mid} {end[0]} {end[1]}",
                f"+614{mid}{end[0]}{end[1]}",
                f"(0{r.choice([2, 3, 7, 8])}) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
            ]
        )
    if c == "ES":
        return f.pick(
            [
                f"+34 6{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+346{r.randint(10000000, 99999999)}",
                f"7{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+34 91 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
            ]
        )
    area = r.choice([212, 312, 415, 512, 617, 720, 737, 303, 206, 404, 718, 646, 323, 305, 503, 619])
    ex, line = r.randint(201, 989), r.randint(0, 9999)
    return f.pick(
        [
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"+1 {area} {ex} {line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def place(f: Fake):
    """The message's place (set per message, so city, state, postcode and GPS agree)."""
    return getattr(f, "place", None) or f.pick(PLACES[cc(f)])


CC_INDEX = {"US": (0, 2), "AU": (2, 4), "ES": (4, 6)}


def vet(f: Fake):
    lo, hi = CC_INDEX[cc(f)]
    return VET_CLINICS[lo + f.r.randint(0, hi - lo - 1)] if not getattr(f, "vet", None) else f.vet


def shelter(f: Fake):
    lo, hi = CC_INDEX[cc(f)]
    return SHELTERS[lo + f.r.randint(0, hi - lo - 1)] if not getattr(f, "shelter", None) else f.shelter


def street(f: Fake) -> str:
    r = f.r
    c = cc(f)
    name = f.pick(STREETS[c])
    if c == "AU":
        return f.pick(
            [
                f"{r.randint(1, 240)} {name}",
                f"{r.randint(1, 20)}/{r.randint(1, 180)} {name}",
                f"Unit {r.randint(1, 40)}, {r.randint(1, 180)} {name}",
            ]
        )
    if c == "ES":
        return f.pick(
            [
                f"{name} {r.randint(1, 250)}, {r.randint(1, 8)}º {f.pick('ABCD')}",
                f"{name}, {r.randint(1, 250)}",
                f"{name} {r.randint(1, 250)}, {r.randint(1, 6)}r {r.randint(1, 4)}a",
            ]
        )
    return f.pick(
        [
            f"{r.randint(100, 9999)} {f.pick(['', 'W ', 'E ', 'N '])}{name}",
            f"{r.randint(10, 999)} {name}",
        ]
    )


def line2(f: Fake) -> str:
    return {
        "US": f.pick(
            [
                f"Apt {f.r.randint(1, 30)}{f.pick('ABC')}",
                f"Unit {f.r.randint(100, 999)}",
                "Suite 2",
                f"#{f.r.randint(2, 40)}",
            ]
        ),
        "AU": f.pick(
            [f"Unit {f.r.randint(1, 30)}", f"Level {f.r.randint(1, 9)}", f"Apartment {f.r.randint(1, 300)}"]
        ),
        "ES": f.pick(
            [
                f"{f.r.randint(1, 8)}º {f.pick('ABCD')}",
                f"Escalera {f.pick('12')}, {f.r.randint(1, 6)}º",
                f"Bajo {f.pick('AB')}",
                "Ático",
            ]
        ),
    }[cc(f)]


def city(f: Fake) -> str:
    return place(f)[0]


def state(f: Fake) -> str:
    return place(f)[1]


def postcode(f: Fake) -> str:
    p = place(f)[2]
    if cc(f) == "AU":
        return p
    return p + "".join(str(f.r.randint(0, 9)) for _ in range(5 - len(p)))


def full_address(f: Fake) -> str:
    name, st, _, _, _ = place(f)
    if cc(f) == "AU":
        return f"{street(f)}, {name} {st} {postcode(f)}"
    if cc(f) == "ES":
        return f"{street(f)}, {postcode(f)} {name}"
    return f"{street(f)}, {name}, {st} {postcode(f)}"


def lat(f: Fake) -> float:
    return round(place(f)[3] + f.r.uniform(-0.04, 0.04), 6)


def lng(f: Fake) -> float:
    return round(place(f)[4] + f.r.uniform(-0.04, 0.04), 6)


def dob(f: Fake, lo=1955, hi=2004) -> str:
    return f.date(lo, hi)


def dob_text(f: Fake) -> str:
    y, m, d = f.r.randint(1958, 2003), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}" if cc(f) == "US" else f"{d:02d}/{m:02d}/{y}"]
    )


def ip(f: Fake) -> str:
    return f.ipv6() if f.r.random() < 0.2 else f.ipv4()


def currency(f: Fake) -> str:
    return CC_CURRENCY[cc(f)]


# -- identifiers with real structure ----------------------------------------------------------------


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(f: Fake) -> str:
    prefix = f.pick("XYZ")
    n = f.r.randint(0, 9_999_999)
    return f"{prefix}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(prefix)) + f'{n:07d}') % 23]}"


def dni_or_nie(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.7 else nie(f)


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        digits[0] = f.r.randint(1, 9)
        for last_digit in range(10):
            candidate = [*digits, last_digit]
            if sum(d * w for d, w in zip(candidate, weights, strict=True)) % 11 == 0:
                s = "".join(map(str, candidate))
                return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def medicare(f: Fake) -> str:
    digits = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, digits)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def aba_routing(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        d[0] = f.r.choice([0, 1, 2, 3])
        for c in range(10):
            full = [*d, c]
            if (
                3 * (full[0] + full[3] + full[6])
                + 7 * (full[1] + full[4] + full[7])
                + full[2]
                + full[5]
                + full[8]
            ) % 10 == 0:
                return "".join(map(str, full))


def bsb(f: Fake) -> str:
    return f"{f.pick(['062', '063', '082', '083', '012', '033', '732', '484'])}-{f.r.randint(0, 999):03d}"


def us_dl(f: Fake, st: str) -> str:
    return {
        "TX": f.digits(8),
        "NY": f"{f.r.randint(100, 999)} {f.r.randint(100, 999)} {f.r.randint(100, 999)}",
        "CO": f"{f.r.randint(10, 99)}-{f.r.randint(100, 999)}-{f.r.randint(1000, 9999)}",
        "WA": "WDL" + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
        "CA": f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(7),
    }.get(st, f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(8))


def au_licence(f: Fake) -> str:
    return f.pick([f.digits(8), f.digits(9), f.digits(10)])


def passport_no(f: Fake) -> str:
    return {
        "US": f.pick(["5", "6", "A"]) + f.digits(8),
        "AU": f.pick(["PA", "PB", "RA", "N"]) + f.digits(7),
        "ES": f"{f.pick(['PA', 'PAA', 'XD'])}{f.digits(6)}",
    }[cc(f)]


def plate(f: Fake) -> str:
    r = f.r
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc(f) == "AU":
        return f"{''.join(r.choice(letters) for _ in range(3))}{r.randint(10, 99)}{r.choice(letters)}"
    if cc(f) == "ES":
        return f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    return f"{r.randint(1, 9)}{''.join(r.choice(letters) for _ in range(3))}{r.randint(100, 999)}"


def microchip(f: Fake) -> str:
    return f.pick(["956", "981", "985", "900", "941"]) + f.digits(12)


def stripe(prefix: str, n=24):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return lambda f: prefix + "".join(f.r.choice(alnum) for _ in range(n))


def sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "Cj0KCQjw" + "".join(f.r.choice(alnum) for _ in range(80)) + "_BwE"


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def money(f: Fake, lo=10, hi=400) -> float:
    return f.money(lo, hi)


def booking_id(f: Fake) -> str:
    return f"BK-{f.r.randint(2023, 2024)}-{f.r.randint(0, 999999):06d}"


def sitter_id(f: Fake) -> str:
    return "sit_" + f.hexid(12)


def pet_id(f: Fake) -> str:
    return "pet_" + f.hexid(10)


def ts(f: Fake) -> str:
    return f.iso()


def code4(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


# -- free text --------------------------------------------------------------------------------------


def entry_instructions(f: Fake) -> str:
    c = code4(f)
    if cc(f) == "ES":
        return f.pick(
            [
                f"Código del portal {c}, la llave está en el buzón (combinación {f.r.randint(100, 999)})",
                f"La alarma se desactiva con {c} al entrar, tienes 30 segundos",
                f"Caja de llaves junto a la puerta del garaje, código {c}",
            ]
        )
    return f.pick(
        [
            f"Lockbox on the side gate, code {c}. Please lock it again after.",
            f"Alarm code {c}# - disarm within 30 s of opening the front door",
            f"Side gate code is {c}, key is in the lockbox (code {code4(f)})",
            f"Building door code {c}*, then lift to level {f.r.randint(2, 9)}",
            f"Garage keypad {c}, then the laundry door is unlocked",
        ]
    )


def chat_text(f: Fake) -> str:
    if cc(f) == "ES":
        return f.pick(
            [
                f"Hola, mi móvil es {phone(f)}, escríbeme por WhatsApp",
                f"¿Me mandas la cartilla de vacunas a {email(f)}? Gracias",
                f"Si no contesto llama a mi pareja al {phone(f)}",
            ]
        )
    return f.pick(
        [
            f"Hi! Easier to text me on {phone(f)}",
            f"Sure, send the vet records to {email(f)} please",
            f"My partner will be home Tuesday, her number is {phone(f)}",
            f"Can you email the walk photos to {email(f)}? The app won't load them",
            f"Call me on {phone(f)} when you get there",
        ]
    )


def review_notes(f: Fake) -> str:
    return f.pick(
        [
            f"Landlord confirmed pets allowed, reached on {phone(f)}",
            f"Left voicemail for personal reference at {phone(f)}",
            f"Applicant asked for callback after 5pm: {phone(f)}",
            f"Home visit booked, applicant's mobile {phone(f)}",
        ]
    )


def support_description(f: Fake) -> str:
    return f.pick(
        [
            f"Walker went to {full_address(f)} instead of our new place",
            f"Please update my service address to {full_address(f)}",
            f"Sitter couldn't find the side gate at {full_address(f)}, can you add a note?",
            f"Our old address {full_address(f)} still shows on the booking",
        ]
    )


def staff_note(f: Fake) -> str:
    return f.pick(
        [
            f"Caller verified with DOB {dob_text(f)}",
            f"ID check passed, DOB on licence {dob_text(f)} matches profile",
            f"Customer gave date of birth {dob_text(f)} to unlock account",
        ]
    )


def pet_text(f: Fake, kind: str) -> str:
    p = f.pick(PET_NAMES)
    return f.pick(
        {
            "review": [
                f"{p} came home tired and happy, will book again!",
                "Great communication and lots of photos.",
                f"{p} is usually shy but loved every walk.",
                "Arrived on time, left fresh water out. 10/10",
                f"Very patient with {p}'s leash pulling.",
            ],
            "walk": [
                f"{p} pulled a lot at the start then settled. Drank plenty of water.",
                "Great walk around the park, met two other dogs, all friendly.",
                f"{p} did both business, paws wiped before going inside.",
                "Short walk because of the heat, played fetch in the shade.",
            ],
            "caption": [
                f"{p} at the park 🐶",
                f"Nap time for {p}",
                "Zoomies!!",
                f"{p} says hi 👋",
                "Post-walk treats",
            ],
            "feeding": [
                "1 cup dry food morning and night, no table scraps",
                f"{p} gets a pill in cheese at 8am",
                "Wet food half a tin at 6pm, water bowl refilled twice",
                "Raw diet, portions in the freezer labelled by day",
            ],
            "behavior": [
                "Reactive to bikes, keep on a short leash",
                "Loves other dogs, scared of thunder",
                f"{p} escapes if the gate is left open",
                "Fine with kids, ignores cats",
            ],
            "why": [
                "We lost our old dog last year and are ready for a new companion.",
                f"We met {p} at the adoption day and fell in love.",
                "Looking for a calm companion for walks and weekends.",
                "Our cat needs a friend and we have a big garden.",
            ],
            "motivo": [
                "Queremos darle un hogar a un perro mayor.",
                f"Conocimos a {p} en la jornada de adopción.",
                "Tenemos jardín y mucho tiempo para paseos.",
            ],
            "bio": [
                "Vet nurse student who grew up with three kelpies.",
                "Retired teacher, home all day, big fenced backyard.",
                "Experienced with senior dogs and giving insulin injections.",
                "Runner, happy to take high-energy dogs on long walks.",
                "Cat person first, but all pets welcome.",
            ],
            "sms": [
                "YES",
                "Can we move Tuesday's walk to 3pm?",
                f"Thanks! {p} looks happy",
                "STOP",
                "Running 10 min late",
                "Confirmed",
            ],
            "incident": [
                f"{p} slipped the harness near the park entrance, caught after 5 minutes.",
                "Minor scuffle with an off-leash dog, small scratch on the ear.",
                f"{p} ate something off the ground, watching for symptoms.",
            ],
            "gift": [
                "Enjoy some walks on us 🐾",
                f"For {p}'s birthday!",
                "Happy housewarming",
                "Merry Christmas!",
            ],
        }[kind]
    )


# -- contexts ---------------------------------------------------------------------------------------

APPS = {"owner": ("FetchNest", "com.fetchnest.app"), "sitter": ("FetchNest Pro", "com.fetchnest.pro")}


def web_ctx(f: Fake, path: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?utm_source=newsletter"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "FetchNest - Trusted pet sitters & dog walkers",
                        "Book a sitter | FetchNest",
                        "Adopt a pet | FetchNest",
                    ]
                )
            ),
            "url": G(lambda f: f"https://{CC_HOST[cc(f)]}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UA_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: CC_LOCALE[cc(f)]),
        "timezone": G(lambda f: f.pick(CC_TZ[cc(f)])),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_walks", "adoption_week", "sitter_recruit_q2", "brand"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["dog walker near me", "pet sitter", "cat sitting", "paseador de perros"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
    }


def swift_ctx(f: Fake, app="owner"):
    return {
        "app": {
            "name": G(lambda f: APPS[app][0]),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: APPS[app][1]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(idfa, "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: CC_LOCALE[cc(f)]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(CC_TZ[cc(f)])),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
    }


def kotlin_ctx(f: Fake, app="sitter"):
    return {
        "app": {
            "name": G(lambda f: APPS[app][0]),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651004"])),
            "namespace": G(lambda f: APPS[app][1]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "2201117TY"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5958L1", "spes"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: CC_LOCALE[cc(f)]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "US": ["T-Mobile", "Verizon", "AT&T"],
                        "AU": ["Telstra", "Optus", "Vodafone AU"],
                        "ES": ["Movistar", "Vodafone ES", "Orange"],
                    }[cc(f)]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(CC_TZ[cc(f)])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name")},
    }


def rn_ctx(f: Fake, app="sitter"):
    return {
        "app": {
            "name": G(lambda f: APPS[app][0]),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "650"])),
            "namespace": G(lambda f: APPS[app][1]),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546E", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: CC_LOCALE[cc(f)]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(CC_TZ[cc(f)])),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 2.2), 2)),
        },
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name")},
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "FetchNest"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "es.fetchnest.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A256B", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["es-ES", "ca-ES", "en-GB"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([812, 873]))},
        "timezone": G(lambda f: "Europe/Madrid"),
    }


SERVER_LIB = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.2"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_ctx(f: Fake, lib: str):
    name, versions = SERVER_LIB[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php"):
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_DESKTOP))
    if lib == "ruby":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
    return ctx


def context_for(f: Fake, client: str, path: str):
    if client == "web":
        return web_ctx(f, path)
    if client.startswith("swift"):
        return swift_ctx(f, "sitter" if client.endswith("sitter") else "owner")
    if client.startswith("kotlin"):
        return kotlin_ctx(f, "owner" if client.endswith("owner") else "sitter")
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


# -- shared shapes ----------------------------------------------------------------------------------


def address_block():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(line2, "address|street"),
        "city": Y(city, "city"),
        "state": G(state),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(cc),
    }


def pet_summary():
    return {
        "pet_id": G(pet_id),
        "name": G(lambda f: f.pick(PET_NAMES)),
        "species": G(lambda f: f.pick(["dog", "dog", "cat", "rabbit"])),
        "breed": G(lambda f: f.pick(DOG_BREEDS + CAT_BREEDS)),
        "gender": G(lambda f: f.pick(["male", "female"])),
        "neutered": G(lambda f: f.pick([True, False])),
        "medications": Many(G(lambda f: f.pick(PET_MEDS)), 2),
        "special_needs": G(
            lambda f: f.pick(["none", "insulin twice daily", "blind in one eye", "senior, slow walks"])
        ),
    }


def product(with_variant=True):
    d = {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"FN-{f.r.randint(1000, 9999)}-{f.pick(['S', 'M', 'L', 'XL', '1KG', 'OS'])}"),
        "name": G(lambda f: f.pick(SHOP)[0]),
        "category": G(lambda f: f.pick(SHOP)[1]),
        "price": G(lambda f: money(f, 4, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if with_variant:
        d["variant"] = G(lambda f: f.pick(["Large", "Medium", "Red", "Chicken", "15kg"]))
    return d


# -- events: (type, event name, client(s), market, weight, body) --------------------------------------
# market None: each message picks US / AU / ES; "US", "AU", "ES": that market only.

EVENTS = [
    # ---------------------------------------------------------------- web: browsing and sign-up
    (
        "page",
        "Home",
        "web",
        None,
        2,
        {
            "name": G(lambda f: "Home"),
            "path": G(lambda f: "/"),
            "url": G(lambda f: f"https://{CC_HOST[cc(f)]}/"),
            "title": G(lambda f: "FetchNest - Trusted pet sitters & dog walkers"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner"])),
        },
    ),
    (
        "page",
        "Sitter Profile",
        "web",
        None,
        2,
        {
            "name": G(lambda f: "Sitter Profile"),
            "path": G(lambda f: f"/sitters/{f.digits(6)}"),
            "url": G(lambda f: f"https://{CC_HOST[cc(f)]}/sitters/{f.digits(6)}"),
            "title": G(lambda f: "Sitter profile | FetchNest"),
            "sitter_id": G(sitter_id),
            "sitter_first_name": Y(first, "name"),
            "sitter_suburb": Y(city, "city"),
            "sitter_photo": Y(lambda f: f"https://cdn.fetchnest.com/sitters/{f.hexid(12)}.jpg", "photo"),
            "sitter_rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
            "reviews_count": G(lambda f: f.r.randint(0, 400)),
            "verified_badges": Many(
                G(lambda f: f.pick(["id_verified", "background_checked", "pet_first_aid"])), 3
            ),
        },
    ),
    (
        "track",
        "Sitters Searched",
        "web",
        None,
        3,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "dog walker bondi",
                        "cat sitter near me",
                        "overnight boarding fitzroy",
                        "paseador de perros chamberí",
                        "puppy drop in visits brooklyn",
                        "house sitter austin",
                    ]
                )
            ),
            "service_type": G(
                lambda f: f.pick(["walking", "drop_in", "boarding", "house_sitting", "day_care"])
            ),
            "location_text": G(lambda f: f"{city(f)}, {state(f)}"),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "pets_count": G(lambda f: f.r.randint(1, 3)),
            "filters": Many(
                G(lambda f: f.pick(["has_yard", "no_other_pets", "can_give_meds", "non_smoker"])), 3
            ),
            "results_count": G(lambda f: f.r.randint(0, 180)),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        "web",
        "US",
        1,
        {
            "form-name": G(lambda f: f.pick(["become-a-walker", "corporate-pet-perks"])),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "email-address": Y(email, "email"),
            "mobile-number": Y(phone, "phone"),
            "zip-code": Y(postcode, "zipcode"),
            "dog-name": G(lambda f: f.pick(PET_NAMES)),
            "how-did-you-hear": G(lambda f: f.pick(["Instagram", "Friend", "Google", "Vet clinic flyer"])),
            "marketing-consent": G(lambda f: f.pick(["yes", "no"])),
        },
    ),
    (
        "track",
        "Account Created",
        "web",
        None,
        2,
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "role": G(lambda f: f.pick(["owner", "sitter", "adopter"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "password": RED(
                lambda f: f.pick(
                    ["Biscuit2019!", "woofwoof88", "Luna&Milo#1", "P@ssw0rd2024", "kelpie4ever"]
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: False),
            "referral_code": G(lambda f: f.hexid(6).upper()),
        },
    ),
    (
        "identify",
        None,
        "web",
        None,
        3,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(state),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(cc),
            },
            "createdAt": G(ts),
            "role": G(lambda f: f.pick(["owner", "owner", "sitter"])),
            "petsCount": G(lambda f: f.r.randint(0, 4)),
            "hasDogs": G(lambda f: f.pick([True, False])),
            "hasCats": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Y(
                lambda f: f"https://cdn.fetchnest.com/avatars/{f.digits(7)}/{f.hexid(10)}.jpg", "photo"
            ),
            "language": G(lambda f: f.pick(["en", "es"])),
            "age": G(lambda f: f.r.randint(19, 78)),
        },
    ),
    (
        "track",
        "Referral Sent",
        "web",
        None,
        1,
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link"])),
            "invitee_email": Y(email, "email"),
            "invitee_first_name": Y(first, "name"),
            "reward_amount": G(lambda f: f.pick([10, 20, 25])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Place Autocomplete Selected",
        "web",
        None,
        2,
        {
            "session_token": G(lambda f: f.uuid()),
            "input": Y(street, "address|street", True),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_description": Y(full_address, "address"),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
            "form": G(lambda f: f.pick(["service_address", "billing", "adoption_application"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        1,
        {
            "form_id": G(lambda f: "frm_" + f.digits(4)),
            "field_name": G(lambda f: "mobile"),
            "value": Y(phone, "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(600, 14000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---------------------------------------------------------------- booking and home access
    (
        "track",
        "Booking Requested",
        "web",
        None,
        3,
        {
            "booking_id": G(booking_id),
            "service": G(lambda f: f.pick(SERVICES)),
            "sitter_id": G(sitter_id),
            "start_at": G(ts),
            "end_at": G(ts),
            "nights": G(lambda f: f.r.randint(0, 14)),
            "pets": Many(pet_summary(), 2),
            "service_address": address_block(),
            "home_access": {
                "method": G(lambda f: f.pick(["lockbox", "in_person", "doorman", "smart_lock", "keypad"])),
                "lockbox_code": RED(code4, "secret"),
                "alarm_code": RED(lambda f: code4(f) + f.pick(["", "#", "*"]), "secret"),
                "has_alarm": G(lambda f: f.pick([True, False])),
                "wifi_password": RED(
                    lambda f: f.pick(["dogsrule2024", "Biscuit!home", "cafe con leche 7", "8Xk2pLq9"]),
                    "password",
                ),
            },
            "entry_instructions": RED(entry_instructions, "secret", True),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": G(lambda f: f.pick(["sister", "neighbour", "partner", "friend", "father"])),
            },
            "vet": {
                "clinic_name": G(lambda f: vet(f)[0]),
                "clinic_phone": G(lambda f: vet(f)[1]),
                "vet_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            },
            "subtotal": G(money),
            "service_fee": G(lambda f: money(f, 2, 30)),
            "currency": G(currency),
            "is_repeat_booking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        "node",
        None,
        2,
        {
            "booking_id": G(booking_id),
            "sitter_id": G(sitter_id),
            "owner_id": G(lambda f: f.digits(8)),
            "service": G(lambda f: f.pick(SERVICES)),
            "start_at": G(ts),
            "total": G(money),
            "currency": G(currency),
            "sitter_name": Y(full_name, "name"),
            "sitter_phone_masked": G(
                lambda f: {"US": "+1 737-300-4410", "AU": "+61 2 8311 0290", "ES": "+34 910 60 77 12"}[cc(f)]
            ),
            "pets_count": G(lambda f: f.r.randint(1, 3)),
            "instant_book": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Meet and Greet Scheduled",
        "rn",
        None,
        1,
        {
            "meeting_id": G(lambda f: f.uuid()),
            "booking_id": G(booking_id),
            "scheduled_at": G(ts),
            "owner_address": Y(full_address, "address"),
            "attendee_names": Many(Y(full_name, "name"), 3),
            "duration_min": G(lambda f: f.pick([15, 20, 30])),
        },
    ),
    (
        "track",
        "Key Handoff Completed",
        "swift_sitter",
        None,
        2,
        {
            "booking_id": G(booking_id),
            "handoff_method": G(lambda f: f.pick(["lockbox", "in_person", "concierge"])),
            "lockbox_code": RED(code4, "secret"),
            "garage_door_code": RED(lambda f: f.digits(f.pick([4, 5, 6])), "secret"),
            "key_returned": G(lambda f: f.pick([True, False])),
            "keys_count": G(lambda f: f.r.randint(1, 3)),
            "handoff_at": G(ts),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "dotnet",
        None,
        2,
        {
            "BookingId": G(booking_id),
            "CancelledBy": G(lambda f: f.pick(["Owner", "Sitter", "Support"])),
            "Reason": G(lambda f: f.pick(["PlansChanged", "SitterUnavailable", "PetUnwell", "Weather"])),
            "RefundAmount": G(money),
            "Currency": G(currency),
            "OwnerEmail": Y(email, "email"),
            "SitterUserId": G(lambda f: f.r.randint(100000, 999999)),
        },
    ),
    (
        "track",
        "Pet Taxi Booked",
        "web",
        None,
        1,
        {
            "ride_id": G(lambda f: f.uuid()),
            "pickup_address": Y(full_address, "address"),
            "dropoff_clinic": G(lambda f: vet(f)[0]),
            "dropoff_address": G(lambda f: vet(f)[2]),
            "driver_name": Y(full_name, "name"),
            "vehicle_plate": Y(plate, "license"),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Honda", "Kia", "SEAT", "Hyundai"])),
            "distance_km": G(lambda f: round(f.r.uniform(1, 25), 1)),
            "fare": G(lambda f: money(f, 15, 90)),
        },
    ),
    # ---------------------------------------------------------------- walks, photos, chat
    (
        "screen",
        "Live Walk",
        ["swift_owner", "kotlin_owner"],
        None,
        2,
        {
            "name": G(lambda f: "Live Walk"),
            "walk_id": G(lambda f: f.uuid()),
            "elapsed_s": G(lambda f: f.r.randint(0, 3600)),
        },
    ),
    (
        "track",
        "Walk Started",
        ["kotlin_sitter", "rn"],
        None,
        3,
        {
            "walk_id": G(lambda f: f.uuid()),
            "booking_id": G(booking_id),
            "start_lat": Y(lat, "geolocation"),
            "start_lng": Y(lng, "geolocation"),
            "dogs": Many({"pet_id": G(pet_id), "name": G(lambda f: f.pick(PET_NAMES))}, 3),
            "planned_minutes": G(lambda f: f.pick([30, 45, 60])),
        },
    ),
    (
        "track",
        "Walk Completed",
        ["kotlin_sitter", "swift_sitter"],
        None,
        3,
        {
            "walk_id": G(lambda f: f.uuid()),
            "booking_id": G(booking_id),
            "duration_min": G(lambda f: f.r.randint(15, 75)),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 8), 2)),
            "route": {
                "points": Many(
                    {
                        "lat": Y(lat, "geolocation"),
                        "lng": Y(lng, "geolocation"),
                        "t": G(lambda f: f.epoch_ms()),
                    },
                    4,
                ),
            },
            "pee_count": G(lambda f: f.r.randint(0, 5)),
            "poo_count": G(lambda f: f.r.randint(0, 2)),
            "water_given": G(lambda f: f.pick([True, False])),
            "summary_note": G(lambda f: pet_text(f, "walk")),
            "sitter_id": G(sitter_id),
        },
    ),
    (
        "track",
        "Photo Update Sent",
        ["swift_sitter", "kotlin_sitter"],
        None,
        2,
        {
            "photo_id": G(lambda f: f.uuid()),
            "booking_id": G(booking_id),
            "photo_url": G(lambda f: f"https://media.fetchnest.com/updates/{f.hexid(16)}.jpg"),
            "caption": G(lambda f: pet_text(f, "caption")),
            "pet_ids": Many(G(pet_id), 2),
            "exif": {
                "gps_latitude": Y(lat, "geolocation"),
                "gps_longitude": Y(lng, "geolocation"),
                "camera_model": G(lambda f: f.pick(["iPhone 15", "Pixel 8", "SM-S918B"])),
                "taken_at": G(ts),
            },
        },
    ),
    (
        "track",
        "Message Sent",
        ["swift_owner", "kotlin_owner", "kotlin_sitter"],
        None,
        2,
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "sender_role": G(lambda f: f.pick(["owner", "sitter"])),
            "message_length": G(lambda f: f.r.randint(5, 400)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "contains_contact_info": G(lambda f: True),
            "text": Y(chat_text, "phone|email", True),
        },
    ),
    (
        "track",
        "Walk Report Shared",
        "rn",
        None,
        1,
        {
            "walk_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "recipient": {
                "label": Y(full_name, "name", True),
                "value": Y(lambda f: phone(f) if f.r.random() < 0.5 else email(f), "phone|email", True),
                "source": G(lambda f: "address_book"),
            },
        },
    ),
    (
        "track",
        "Incident Reported",
        "kotlin_sitter",
        None,
        1,
        {
            "incident_id": G(lambda f: f.digits(6)),
            "booking_id": G(booking_id),
            "incident_type": G(lambda f: f.pick(["escape", "dog_fight", "injury", "ingestion"])),
            "vet_visit_required": G(lambda f: f.pick([True, False])),
            "details": G(lambda f: pet_text(f, "incident")),
            "third_party_name": Y(full_name, "name"),
            "third_party_phone": Y(phone, "phone"),
            "location": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
            "reported_at": G(ts),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["swift_owner", "kotlin_owner", "web"],
        None,
        2,
        {
            "booking_id": G(booking_id),
            "sitter_id": G(sitter_id),
            "rating": G(lambda f: f.r.randint(3, 5)),
            "review_text": G(lambda f: pet_text(f, "review")),
            "tags": Many(
                G(lambda f: f.pick(["punctual", "great_photos", "good_with_puppies", "communicative"])), 3
            ),
            "would_rebook": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---------------------------------------------------------------- pets
    (
        "track",
        "Pet Profile Updated",
        ["rn", "swift_owner"],
        None,
        2,
        {
            "pet": {
                "id": G(pet_id),
                "name": G(lambda f: f.pick(PET_NAMES)),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(DOG_BREEDS)),
                "birthday": G(lambda f: f.date(2008, 2024)),
                "gender": G(lambda f: f.pick(["male", "female"])),
                "weight_kg": G(lambda f: round(f.r.uniform(2, 50), 1)),
                "microchip_number": G(microchip),
                "neutered": G(lambda f: f.pick([True, False])),
                "vaccinations": Many(
                    {
                        "name": G(lambda f: f.pick(["Rabies", "DHPP", "Bordetella", "C5", "FVRCP"])),
                        "date": G(lambda f: f.date(2022, 2024)),
                    },
                    3,
                ),
                "conditions": Many(G(lambda f: f.pick(PET_CONDITIONS)), 2),
                "medications": Many(
                    {
                        "name": G(lambda f: f.pick(PET_MEDS)),
                        "dose": G(lambda f: f.pick(["1 tablet", "0.5 ml", "2 capsules"])),
                    },
                    2,
                ),
                "allergies": G(lambda f: f.pick(PET_ALLERGIES)),
                "feeding_instructions": G(lambda f: pet_text(f, "feeding")),
                "behavior_notes": G(lambda f: pet_text(f, "behavior")),
                "photo_url": G(lambda f: f"https://media.fetchnest.com/pets/{f.hexid(12)}.jpg"),
                "insurance": {
                    "provider": G(lambda f: f.pick(["Trupanion", "Petplan", "Bow Wow Meow", "Santévet"])),
                    "policy_number": Y(lambda f: f.pick(["TP", "PP", "BWM"]) + f.digits(8), "identification"),
                },
                "vet": {
                    "clinic_name": G(lambda f: vet(f)[0]),
                    "clinic_phone": G(lambda f: vet(f)[1]),
                    "clinic_address": G(lambda f: vet(f)[2]),
                },
            },
        },
    ),
    (
        "track",
        "Insurance Quote Viewed",
        "web",
        None,
        1,
        {
            "quote_id": G(lambda f: f.uuid()),
            "partner": G(lambda f: f.pick(["Trupanion", "Petplan", "Bow Wow Meow"])),
            "pet_age_years": G(lambda f: f.r.randint(0, 14)),
            "breed": G(lambda f: f.pick(DOG_BREEDS)),
            "owner_postcode": Y(postcode, "zipcode"),
            "monthly_premium": G(lambda f: money(f, 18, 120)),
        },
    ),
    (
        "track",
        "Insurance Claim Submitted",
        "dotnet",
        "US",
        1,
        {
            "ClaimId": G(lambda f: "CLM" + f.digits(9)),
            "PolicyNumber": Y(lambda f: "TP" + f.digits(8), "identification"),
            "PolicyholderName": Y(full_name, "name"),
            "PolicyholderEmail": Y(email, "email"),
            "PetName": G(lambda f: f.pick(PET_NAMES)),
            "PetSpecies": G(lambda f: f.pick(["Dog", "Cat"])),
            "TreatmentDescription": G(
                lambda f: f.pick(
                    ["Cruciate ligament repair", "Ear infection", "Dental cleaning", "Foreign body removal"]
                )
            ),
            "DiagnosisCode": G(lambda f: f.pick(["VN-1021", "VN-3307", "VN-0440"])),
            "VetClinicName": G(lambda f: f.pick(VET_CLINICS[:2])[0]),
            "InvoiceAmount": G(lambda f: money(f, 80, 6000)),
            "DateOfService": G(lambda f: f.date(2024, 2024)),
            "PayoutAccountLast4": G(lambda f: f.digits(4)),
        },
    ),
    # ---------------------------------------------------------------- payments and shop
    (
        "track",
        "Checkout Started",
        "web",
        None,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "revenue": G(money),
            "tax": G(lambda f: money(f, 0, 30)),
            "discount": G(lambda f: money(f, 0, 15)),
            "coupon": G(lambda f: f.pick(["", "FIRSTWALK", "PAWPASS10", "ADOPT2024"])),
            "currency": G(currency),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        None,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method_id": RED(stripe("pm_"), "token"),
            "payment_method_type": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_funding": G(lambda f: f.pick(["credit", "debit"])),
            "card_country": G(cc),
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "postal_code": Y(postcode, "zipcode"),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift_owner"],
        None,
        2,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money),
            "subtotal": G(money),
            "shipping": G(lambda f: money(f, 0, 15)),
            "tax": G(lambda f: money(f, 0, 30)),
            "currency": G(currency),
            "payment_intent": G(stripe("pi_")),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "address1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "province": G(state),
                "zip": Y(postcode, "zipcode"),
                "country_code": G(cc),
                "phone": Y(phone, "phone"),
            },
            "delivery_note": G(
                lambda f: f.pick(["Leave with concierge", "Back porch please", "", "Dejar en portería"])
            ),
            "is_subscription": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        None,
        1,
        {
            "gift_card_id": G(lambda f: "GC" + f.digits(10)),
            "amount": G(lambda f: f.pick([25, 50, 100])),
            "currency": G(currency),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(first, "name"),
            "gift_message": G(lambda f: pet_text(f, "gift")),
            "deliver_on": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Card Added",
        "php",
        "US",
        1,
        {
            "customer_id": G(stripe("cus_", 14)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex", "Discover"])),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "601111"])),
            "cardholder": Y(full_name, "name"),
            "billing_address": Y(full_address, "address"),
            "source": G(lambda f: "legacy_checkout_v1"),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift_owner", "web"],
        None,
        1,
        {
            "plan": G(lambda f: f.pick(["pawpass_monthly", "pawpass_annual"])),
            "price": G(lambda f: f.pick([9.99, 89.0, 14.99])),
            "currency": G(currency),
            "trial": G(lambda f: f.pick([True, False])),
            "member_number": G(lambda f: "PP" + f.digits(8)),
            "app_account_token": G(lambda f: f.uuid()),
            "original_transaction_id": G(lambda f: f.digits(15)),
        },
    ),
    # ---------------------------------------------------------------- sitters: profiles, checks, payouts
    (
        "identify",
        None,
        ["kotlin_sitter", "swift_sitter"],
        None,
        3,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(state),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(cc),
            },
            "bio": G(lambda f: pet_text(f, "bio")),
            "hourlyRate": Y(lambda f: f.pick([18, 20, 22, 25, 28, 32]), "salary"),
            "overnightRate": Y(lambda f: f.pick([45, 55, 60, 75, 90]), "salary"),
            "services": Many(G(lambda f: f.pick(["walking", "drop_in", "boarding", "house_sitting"])), 3),
            "serviceAreaPostcode": Y(postcode, "zipcode"),
            "serviceRadiusKm": G(lambda f: f.pick([2, 5, 8, 15])),
            "backgroundCheckStatus": G(lambda f: f.pick(["not_started", "invited", "pending", "complete"])),
            "idVerified": G(lambda f: f.pick([True, False])),
            "hasOwnCar": G(lambda f: f.pick([True, False])),
            "allergicToCats": Y(lambda f: f.pick([True, False]), "allergy"),
            "profilePhoto": Y(lambda f: f"https://cdn.fetchnest.com/sitters/{f.hexid(12)}.jpg", "photo"),
            "occupation": G(
                lambda f: f.pick(["Student", "Vet nurse", "Retired", "Graphic designer", "Barista"])
            ),
        },
    ),
    (
        "track",
        "Background Check Submitted",
        "python",
        "US",
        2,
        {
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "no_middle_name": G(lambda f: f.pick([True, False])),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "dob": Y(dob, "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "zipcode": Y(postcode, "zipcode"),
                "driver_license_number": Y(lambda f: us_dl(f, state(f)), "license"),
                "driver_license_state": G(state),
            },
            "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_plus"])),
            "work_locations": Many({"country": G(lambda f: "US"), "state": G(state)}, 1),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "python",
        "US",
        2,
        {
            "report": {
                "id": G(lambda f: f.hexid(24)),
                "status": G(lambda f: f.pick(["complete", "pending", "suspended"])),
                "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
                "adjudication": G(lambda f: f.pick(["engaged", "pre_adverse_action", "post_adverse_action"])),
                "package": G(lambda f: f.pick(["tasker_standard", "driver_pro"])),
                "candidate_id": G(lambda f: f.hexid(24)),
                "ssn_trace_id": G(lambda f: f.hexid(24)),
                "completed_at": G(ts),
            },
            "sitter_id": G(sitter_id),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
        },
    ),
    (
        "track",
        "Identity Verified",
        "node",
        "AU",
        2,
        {
            "verification_id": G(lambda f: "idv_" + f.hexid(16)),
            "sitter_id": G(sitter_id),
            "points_total": G(lambda f: f.pick([100, 110, 120, 140])),
            "primary_document_type": G(lambda f: f.pick(["passport", "drivers_licence"])),
            "passport_number": RED(passport_no, "passport"),
            "drivers_licence_number": Y(au_licence, "license"),
            "licence_state": G(state),
            "licence_card_number": Y(lambda f: f.pick(["P", "2", "N"]) + f.digits(8), "license"),
            "medicare_card_number": RED(medicare, "health id"),
            "medicare_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
            "date_of_birth": Y(dob, "birthdate"),
            "work_rights": RED(
                lambda f: f.pick(
                    ["citizen", "permanent_resident", "working_holiday_417", "student_500", "nz_citizen_444"]
                ),
                "visa",
            ),
            "tfn": RED(tfn, "national id"),
            "abn": G(
                lambda f: f"{f.r.randint(10, 99)} " + " ".join(str(f.r.randint(100, 999)) for _ in range(3))
            ),
            "verified_at": G(ts),
        },
    ),
    (
        "track",
        "Verificación de Identidad Completada",
        "flutter",
        "ES",
        2,
        {
            "id_verificacion": G(lambda f: f.uuid()),
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "dni_nie": RED(dni_or_nie, "national id"),
            "fecha_nacimiento": Y(dob, "birthdate"),
            "nacionalidad": Y(
                lambda f: f.pick(["española", "marroquí", "rumana", "colombiana", "italiana"]), "citizenship"
            ),
            "permiso_de_trabajo": RED(lambda f: f.pick([True, False]), "visa"),
            "telefono": Y(phone, "phone"),
            "estado": G(lambda f: f.pick(["aprobada", "pendiente", "rechazada"])),
            "intentos": G(lambda f: f.r.randint(1, 3)),
            "proveedor": G(lambda f: f.pick(["Veriff", "Onfido"])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        "ruby",
        "US",
        1,
        {
            "form": G(lambda f: "W-9"),
            "legal_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "business_name": G(
                lambda f: f.pick(["", "Happy Tails Walking LLC", "Brooklyn Paws", "Lone Star Pet Care"])
            ),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc"])),
            "tin_type": G(lambda f: "ssn"),
            "tin": RED(lambda f: f.ssn(), "social security number"),
            "address": Y(full_address, "address"),
            "backup_withholding": G(lambda f: False),
            "signed_at": G(ts),
        },
    ),
    (
        "track",
        "Payout Method Added",
        "go",
        "US",
        1,
        {
            "payout_method_id": G(lambda f: f.uuid()),
            "sitter_id": G(sitter_id),
            "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Capital One", "Ally Bank"])),
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(full_name, "name"),
            "stripe_account": G(stripe("acct_", 16)),
        },
    ),
    (
        "track",
        "payout_account_linked",
        "node",
        "AU",
        1,
        {
            "sitter_id": G(sitter_id),
            "bsb": G(bsb),
            "account_number": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "account_name": Y(full_name, "name"),
            "bank": G(lambda f: f.pick(["Commonwealth Bank", "Westpac", "ANZ", "NAB", "ING", "Up"])),
            "payid_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cuenta de Cobro Añadida",
        "flutter",
        "ES",
        1,
        {
            "id_paseador": G(sitter_id),
            "titular": Y(full_name, "name"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "bic": G(lambda f: f.pick(["CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMMXXX", "INGDESMMXXX"])),
            "banco": G(lambda f: f.pick(["CaixaBank", "BBVA", "Santander", "ING"])),
            "verificada": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Sent",
        "java",
        None,
        2,
        {
            "payoutId": G(stripe("po_")),
            "sitterId": G(sitter_id),
            "amount": G(lambda f: money(f, 20, 2500)),
            "currency": G(currency),
            "method": G(lambda f: f.pick(["standard", "instant"])),
            "bankLast4": G(lambda f: f.digits(4)),
            "status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
        },
    ),
    # ---------------------------------------------------------------- adoption
    (
        "track",
        "Adoption Application Submitted",
        "web",
        None,
        3,
        {
            "application_id": G(lambda f: "APP-" + f.digits(7)),
            "pet_id": G(pet_id),
            "pet_name": G(lambda f: f.pick(PET_NAMES)),
            "shelter_id": G(lambda f: f.digits(5)),
            "shelter_name": G(lambda f: shelter(f)[0]),
            "shelter_email": G(lambda f: shelter(f)[1]),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "address": address_block(),
                "occupation": G(
                    lambda f: f.pick(["Nurse", "Software engineer", "Teacher", "Retired", "Chef"])
                ),
                "employer": G(
                    lambda f: f.pick(["Dell", "NSW Health", "Mercadona", "Self-employed", "Atlassian"])
                ),
                "marital_status": G(lambda f: f.pick(["single", "married", "de_facto", "divorced"])),
                "is_veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
            },
            "household": {
                "adults": G(lambda f: f.r.randint(1, 4)),
                "children": G(lambda f: f.r.randint(0, 3)),
                "children_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
                "anyone_allergic_to_pets": Y(lambda f: f.pick([True, False]), "allergy"),
                "anyone_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
                "other_pets": Many(
                    {
                        "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                        "name": G(lambda f: f.pick(PET_NAMES)),
                    },
                    2,
                ),
            },
            "home": {
                "type": G(lambda f: f.pick(["house", "apartment", "townhouse"])),
                "own_or_rent": G(lambda f: f.pick(["own", "rent"])),
                "has_yard": G(lambda f: f.pick([True, False])),
                "fence_height_m": G(lambda f: f.pick([1.2, 1.5, 1.8, 0])),
                "landlord_name": Y(full_name, "name"),
                "landlord_phone": Y(phone, "phone"),
            },
            "references": Many(
                {
                    "name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                    "relationship": G(lambda f: f.pick(["friend", "coworker", "former landlord"])),
                },
                2,
            ),
            "current_vet": {
                "clinic": G(lambda f: vet(f)[0]),
                "phone": G(lambda f: vet(f)[1]),
            },
            "hours_alone_per_day": G(lambda f: f.r.randint(0, 10)),
            "why_adopt": G(lambda f: pet_text(f, "why")),
            "adoption_fee": G(lambda f: f.pick([0, 75, 150, 250, 395])),
        },
    ),
    (
        "track",
        "Adoption Application Reviewed",
        "ruby",
        None,
        2,
        {
            "application_id": G(lambda f: "APP-" + f.digits(7)),
            "status": G(lambda f: f.pick(["approved", "declined", "home_visit", "waitlisted"])),
            "reviewer_id": G(lambda f: f.digits(4)),
            "reviewer_name": Y(full_name, "name"),
            "reviewer_email": Y(email, "email"),
            "home_visit_at": G(ts),
            "notes": Y(review_notes, "phone", True),
            "shelter_phone": G(lambda f: shelter(f)[2]),
        },
    ),
    (
        "track",
        "Solicitud de Adopción Enviada",
        "flutter",
        "ES",
        2,
        {
            "id_solicitud": G(lambda f: f.digits(8)),
            "nombre_completo": Y(full_name, "name"),
            "correo_electronico": Y(email, "email"),
            "telefono_movil": Y(phone, "phone"),
            "dni": RED(dni_or_nie, "national id"),
            "direccion": Y(street, "address|street"),
            "codigo_postal": Y(postcode, "zipcode"),
            "localidad": Y(city, "city"),
            "provincia": G(state),
            "tipo_vivienda": G(lambda f: f.pick(["piso", "casa", "chalet", "ático"])),
            "tiene_jardin": G(lambda f: f.pick([True, False])),
            "nombre_animal": G(lambda f: f.pick(PET_NAMES)),
            "protectora": G(lambda f: f.pick(SHELTERS[4:])[0]),
            "motivo": G(lambda f: pet_text(f, "motivo")),
            "acepta_seguimiento": G(lambda f: True),
        },
    ),
    (
        "group",
        None,
        ["ruby", "node"],
        None,
        2,
        {
            "name": G(lambda f: shelter(f)[0]),
            "contact_email": G(lambda f: shelter(f)[1]),
            "main_phone": G(lambda f: shelter(f)[2]),
            "street_address": G(lambda f: shelter(f)[3]),
            "industry": G(lambda f: "animal_welfare"),
            "plan": G(lambda f: f.pick(["shelter_free", "shelter_plus"])),
            "tax_exempt_id": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}"),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        None,
        1,
        {
            "shelter_id": G(lambda f: f.digits(5)),
            "provider": G(lambda f: f.pick(["Petfinder", "RescueGroups", "Shelterluv"])),
            "api_key": RED(lambda f: f.hexid(32), "secret"),
            "api_secret": RED(lambda f: f.hexid(40), "secret"),
            "sync_interval_min": G(lambda f: f.pick([15, 60, 1440])),
            "connected_by": G(lambda f: f.digits(6)),
        },
    ),
    # ---------------------------------------------------------------- messaging vendors
    (
        "track",
        "Inbound SMS",
        "python",
        None,
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone"),
            "To": G(lambda f: {"US": "+17373004410", "AU": "+61283110290", "ES": "+34910607712"}[cc(f)]),
            "Body": G(lambda f: pet_text(f, "sms")),
            "FromCity": Y(city, "city"),
            "FromState": G(state),
            "FromCountry": G(cc),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        "go",
        "US",
        1,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(phone, "phone"),
            "CallerName": Y(lambda f: f"{last(f)} {first(f)}".upper()[:15], "name"),
            "To": G(lambda f: {"US": "+17373004410", "AU": "+61283110290", "ES": "+34910607712"}[cc(f)]),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
        },
    ),
    (
        "track",
        "Email Event",
        "php",
        None,
        2,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@mail.fetchnest.com>"),
            "from": G(lambda f: "no-reply@fetchnest.com"),
            "reply_to": G(lambda f: "support@fetchnest.com"),
            "useragent": G(lambda f: f.pick(UA_DESKTOP)),
            "ip": Y(ip, "ip"),
            "url": G(lambda f: f"https://{CC_HOST[cc(f)]}/bookings/{f.digits(7)}"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "rn",
        None,
        1,
        {
            "token": RED(
                lambda f: f.hexid(64) if f.r.random() < 0.5 else f.hexid(22) + ":APA91b" + f.hexid(120),
                "token",
            ),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "permission": G(lambda f: f.pick(["authorized", "provisional"])),
        },
    ),
    # ---------------------------------------------------------------- auth
    (
        "track",
        "Verification Code Sent",
        "node",
        None,
        2,
        {
            "phone_number": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": G(lambda f: 600),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "python",
        None,
        1,
        {
            "email": Y(email, "email"),
            "login_url": RED(lambda f: f"https://{CC_HOST[cc(f)]}/auth/magic?token={f.hexid(48)}", "token"),
            "expires_at": G(ts),
            "requested_from": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Session Refreshed",
        "java",
        None,
        1,
        {
            "session_id": G(lambda f: f.uuid()),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "token_type": G(lambda f: "Bearer"),
            "expires_in": G(lambda f: 3600),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp"])),
            "login_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "web",
        None,
        1,
        {
            "attempted_email": Y(email, "email"),
            "reason": G(lambda f: f.pick(["wrong_password", "unknown_account", "locked"])),
            "failed_attempts": G(lambda f: f.r.randint(1, 6)),
            "password_length": G(lambda f: f.r.randint(6, 20)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---------------------------------------------------------------- support, ads, warehouse
    (
        "track",
        "Support Ticket Created",
        "php",
        None,
        2,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(["Wrong address on booking", "Sitter could not get in", "Update my address"])
            ),
            "description": Y(support_description, "address", True),
            "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
            "requester_email": Y(email, "email"),
            "requester_name": Y(full_name, "name"),
            "assignee_id": G(lambda f: f.digits(6)),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
        },
    ),
    (
        "track",
        "Agent Note Added",
        "node",
        None,
        1,
        {
            "customer_id": G(lambda f: f.digits(8)),
            "agent_id": G(lambda f: f.digits(4)),
            "agent_email": Y(email, "email"),
            "caller_phone": Y(phone, "phone"),
            "note": Y(staff_note, "birthdate", True),
            "queue": G(lambda f: f.pick(["trust_safety", "billing", "general"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "kotlin_owner",
        None,
        1,
        {
            "contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": G(lambda f: f.pick(["mother", "neighbour", "partner", "friend"])),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "swift_owner",
        None,
        1,
        {
            "invitee_name": Y(full_name, "name"),
            "invitee_email": Y(email, "email"),
            "role": G(lambda f: f.pick(["co_owner", "viewer"])),
            "permissions": Many(G(lambda f: f.pick(["book", "chat", "pay", "view_reports"])), 3),
            "household_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Conversion Relayed",
        "node",
        None,
        2,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha(email(f)), "email"),
                "ph": Y(lambda f: sha("".join(ch for ch in phone(f) if ch.isdigit())), "phone"),
                "external_id": G(lambda f: sha(f.digits(8))),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_DESKTOP)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {
                "value": G(money),
                "currency": G(currency),
                "content_ids": Many(G(lambda f: f.digits(7)), 3),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        "web",
        None,
        1,
        {
            "gclid": Y(gclid, "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "landing_page": G(lambda f: f.pick(["/dog-walking", "/cat-sitting", "/adopt"])),
            "lead_type": G(lambda f: f.pick(["owner", "sitter"])),
            "zip": Y(postcode, "zipcode"),
        },
    ),
    (
        "identify",
        None,
        "python",
        None,
        2,
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "HOME_SUBURB": Y(city, "city"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 200)),
            "LTV_LOCAL": G(lambda f: money(f, 0, 9000)),
            "LAST_BOOKING_AT": G(ts),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "PREFERRED_SITTER_ID": G(sitter_id),
            "IS_SITTER": G(lambda f: f.pick([True, False])),
            "MARKETING_CONSENT": G(lambda f: f.pick([True, False])),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "LAST_LOGIN_IP": Y(ip, "ip"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    # ---------------------------------------------------------------- Spain, Spanish keys
    (
        "identify",
        None,
        "flutter",
        "ES",
        2,
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "email": Y(email, "email"),
            "movil": Y(phone, "phone"),
            "direccion": Y(street, "address|street"),
            "codigo_postal": Y(postcode, "zipcode"),
            "ciudad": Y(city, "city"),
            "fecha_alta": G(ts),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
            "acepta_comunicaciones": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Paseo Finalizado",
        "flutter",
        "ES",
        2,
        {
            "id_paseo": G(lambda f: f.uuid()),
            "id_reserva": G(booking_id),
            "duracion_minutos": G(lambda f: f.r.randint(20, 70)),
            "distancia_km": G(lambda f: round(f.r.uniform(0.8, 7), 2)),
            "nombre_perro": G(lambda f: f.pick(PET_NAMES)),
            "ubicacion_inicio": {"lat": Y(lat, "geolocation"), "lon": Y(lng, "geolocation")},
            "notas_paseador": G(
                lambda f: f.pick(
                    [
                        "Ha bebido agua y ha hecho sus necesidades.",
                        "Muy tranquilo hoy.",
                        "Se ha asustado con una moto.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Reserva Confirmada",
        "flutter",
        "ES",
        2,
        {
            "id_reserva": G(booking_id),
            "servicio": G(lambda f: f.pick(["paseo", "visita", "alojamiento", "guardería"])),
            "fecha_inicio": G(ts),
            "importe": G(money),
            "moneda": G(lambda f: "EUR"),
            "direccion_servicio": Y(full_address, "address"),
            "telefono_contacto": Y(phone, "phone"),
            "instrucciones_acceso": RED(entry_instructions, "secret", True),
            "nombre_mascota": G(lambda f: f.pick(PET_NAMES)),
            "raza": G(lambda f: f.pick(DOG_BREEDS)),
        },
    ),
    # ---------------------------------------------------------------- mobile lifecycle and errors
    (
        "track",
        "Application Opened",
        ["swift_owner", "kotlin_owner", "rn", "flutter"],
        None,
        2,
        {
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["6400", "640012", "331"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(lambda f: f.pick(["", f"fetchnest://walks/{f.digits(6)}"])),
        },
    ),
    ("alias", None, ["web", "swift_owner"], None, 1, {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, market, weight, body in EVENTS:
            for _ in range(weight):
                f.cc = market or f.pick(["US", "US", "AU", "ES"])
                f.place = f.vet = f.shelter = None
                f.place, f.vet, f.shelter = place(f), vet(f), shelter(f)
                client = f.pick(clients) if isinstance(clients, list) else clients
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("web", "rn") else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": str(f.r.randint(1_000_000, 9_999_999)),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                page = "/" if name == "Home" else "/" + (name or kind).lower().replace(" ", "-")
                msg["context"] = render(context_for(f, client, page), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=136, repeats=18)
    write(Path(__file__).parent, "holdout136_", events, labels)
