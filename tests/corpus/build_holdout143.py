"""Writes holdout143: tests/corpus/holdout143_events.jsonl and holdout143_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its notes or
any other corpus's labels, and never run through the engine by its author. Only build.py's helpers
(L/G/Y/RED/Many/render/write), fake.py, build_holdout3.py (for the file's shape) and the shared
REFERENCE.md / DESIGN.md were read.

Domain: "Attestly", an online notary, e-signature and estate-planning (wills and trusts) service in
the US, Canada and France. Covered: document upload and e-signature envelopes (DocuSign
Connect-shaped webhooks), remote online notarisation (RON) with identity proofing (a
Persona-shaped inquiry with kebab-case attributes, credential analysis, knowledge-based questions),
witnesses, wills with beneficiaries, executors, guardians of minor children, pet trusts, funeral
wishes, trusts and their assets, powers of attorney, healthcare directives, the notary journal and
commission data from a .NET back office (PascalCase), a warehouse reverse-ETL identify
(SCREAMING_SNAKE), a HubSpot-shaped CRM webhook (lowercase keys), French notarial acts from a PHP
backend and Québec profiles from Flutter (French keys), payments (e-commerce spec events, a
Stripe-shaped charge, a Plaid-shaped bank link, SEPA), Twilio and SendGrid-shaped messaging
webhooks, support chat and tickets, scheduling, attribution (gclid, fbclid, fbp, fbc), StoreKit
subscriptions; identify, track, page, screen, group and alias calls with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and .NET server libraries.

Conventions: one path per leaf, arrays as `[]`; each template is rendered many times with values
drawn from generators (names from many cultures; US, Canadian and French phone numbers, addresses
and postal codes; Luhn-valid card numbers and SINs, mod-97 IBANs, SSA-structured SSNs, NIRs with
their mod-97 key, VINs with their check digit, ABA routing numbers with their checksum). Every
free-text path either carries its labelled PII in every value or carries none (then green).

Labelling rules (Privacy Portal default colours): PII about a natural person (the user, a signer,
a witness, a beneficiary, an executor, a guardian, a minor child, a notary, an attorney, a support
agent) in the reference matcher's colour; red for credentials, tokens, one-time codes, payment
method tokens, card numbers, bank account numbers, government and identity-document numbers,
health ids, veteran and disability; yellow for other types outside the reference (geolocation,
advertising id). Green for ids we or a vendor issue, hashes, versions, timestamps, amounts,
enums, counters and booleans under PII-sounding keys, product, plan, company, charity, funeral
home and pet names, the business's own phone numbers, addresses and role mailboxes, states,
provinces, countries, locales, user agents, card brand / last four / expiry / BIN, bank routing,
transit and BIC codes, ages, marital status, job titles and employers, member numbers, Message-IDs
and UUID tokens. Contested cases follow the product's published policy (insurance policy numbers:
yellow identification; salaries and hourly rates: yellow salary; plates: yellow license; VINs:
yellow serial; ad click ids: yellow advertising id; billing and shipping addresses: yellow
address; payment tokens, one-time codes, sign-in link tokens: red token; patient numbers and
health cards: red health id; identity-document numbers: red national id / passport; visa status:
red visa). Decisions of this corpus where the policy is silent, taken as a careful privacy owner
would: a driver's licence number captured as the identity document of a notarisation is an
identity-document number (red, `license|national id`); a notary's commission number and an
attorney's bar number are a staff member's licence (yellow `license|certificate`); a link to a
person's signature image, their portrait or the video recording of their notarisation is yellow
`photo`; a trust named after its grantors ("The Okafor Family Trust") and a decedent's name carry
a person's name (yellow `name`); place of birth is yellow `city`; a French civilité (M./Mme)
reveals sex (yellow `gender`); a yes/no "is a US citizen" is yellow `citizenship`; an X.509
signing-certificate serial we issue is green; a file name that always embeds the signer's surname
is yellow `name` with value_only; the public IP of our own media relay is green, the signer's is
yellow `ip`; the last four digits of a bank account are green like a card's.
value_only is true when the key names no kind of data (`value`, `label`, `input`, `text`, `body`,
`Body`, `description`, `file_name`, `link_url`, `externalIds[].id` ...) and only the value shows
what it holds.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

FIRST = [
    "Élodie", "Théo", "Margaux", "Benoît", "Gabrielle", "Jean-François", "Alejandro", "Guadalupe",
    "Wei", "Xiaoling", "Aarav", "Lakshmi", "Youssef", "Layla", "Chinedu", "Ngozi", "Thanh", "Linh",
    "Ji-woo", "Min-jun", "Kateri", "Tanis", "Maricel", "Zbigniew", "Siobhán", "Miriam", "DeShawn",
    "Imani", "Abdi", "Hodan", "Mary", "Robert", "Patricia", "James", "Emily", "Michael", "Fatou",
    "Mamadou", "Inès", "Karim", "Harpreet", "Gurpreet", "Olumide", "Anh", "Rosa", "Dmitri", "Hana",
]  # fmt: skip
LAST = [
    "Tremblay", "Gagnon", "Côté", "Bouchard", "Nguyen", "Kim", "Park", "Okonkwo", "Adeyemi",
    "Hernández", "Rodríguez", "Wong", "Liu", "Singh", "Gill", "Sharma", "Haddad", "Mansour",
    "Cohen", "Goldberg", "Kowalczyk", "O'Connor", "Fitzgerald", "Lefebvre", "Moreau", "Laurent",
    "Bernard", "Diallo", "Traoré", "Johnson", "Williams", "Brown", "Jackson", "Yazzie", "Begay",
    "Mohamed", "Warsame", "Santos", "Reyes", "Fontaine", "Okafor", "Petrov", "Tanaka", "Dubois",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.fr", "orange.fr", "free.fr",
    "videotron.ca", "sympatico.ca", "yahoo.ca", "protonmail.com", "comcast.net", "aol.com",
]  # fmt: skip
US_AREA = ["512", "212", "305", "415", "617", "713", "602", "206", "312", "404", "919", "720", "813"]
CA_AREA = ["416", "647", "514", "438", "604", "403", "613", "902", "204", "418", "780"]
US_STREETS = [
    "Oak Avenue", "Magnolia Dr", "W 34th St", "Riverside Blvd", "Pecan Street", "Elm Ct",
    "N Lamar Blvd", "Peachtree Rd NE", "Cedar Lane", "Sunset Ave", "Willow Creek Rd",
]  # fmt: skip
CA_STREETS = [
    "Bloor St W", "rue Sainte-Catherine Est", "Yonge St", "avenue du Mont-Royal", "Jasper Ave",
    "Spring Garden Rd", "boulevard René-Lévesque O", "Portage Ave", "Kingsway",
]  # fmt: skip
FR_STREETS = [
    "rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
    "impasse des Tilleuls", "chemin du Moulin", "place Bellecour", "rue Nationale",
]  # fmt: skip
CITIES = {
    "US": ["Austin", "Tampa", "Phoenix", "Columbus", "Sacramento", "Brooklyn", "Atlanta", "Raleigh"],
    "CA": ["Montréal", "Toronto", "Calgary", "Halifax", "Winnipeg", "Québec", "Ottawa", "Edmonton"],
    "FR": ["Lyon", "Bordeaux", "Lille", "Nantes", "Marseille", "Toulouse", "Rennes", "Strasbourg"],
}
US_STATES = ["TX", "FL", "CA", "NY", "OH", "AZ", "GA", "NC", "VA"]
PROVINCES = ["ON", "QC", "BC", "AB", "NS", "MB"]
COUNTRIES = ["US", "CA", "FR"]
ROUTING = ["021000021", "026009593", "121000248", "111000025", "322271627", "061000104"]
BICS = ["BNPAFRPPXXX", "AGRIFRPP", "SOGEFRPP", "CCFRFRPP", "CMCIFR2A"]
TWILIO_NUMBERS = ["+18885550142", "+15125550117", "+14385550160"]
MEDIA_RELAYS = ["34.117.59.81", "34.117.61.12", "35.203.18.240", "35.203.19.7"]

PRODUCTS = [
    ("att_will_std", "ATT-WILL-STD", "Last Will & Testament", "Wills", 99.0),
    ("att_will_couple", "ATT-WILL-CPL", "Couples Will Package", "Wills", 159.0),
    ("att_trust_plus", "ATT-TRUST-PLUS", "Revocable Living Trust", "Trusts", 399.0),
    ("att_poa", "ATT-POA-DUR", "Durable Power of Attorney", "Powers of Attorney", 49.0),
    ("ron_seal_1", "RON-SEAL-1", "Remote Notarization (1 seal)", "Notary", 25.0),
    ("ron_seal_extra", "RON-SEAL-ADD", "Additional Notary Seal", "Notary", 10.0),
    ("ron_signer_add", "RON-SIGNER-ADD", "Additional Signer", "Notary", 15.0),
    ("apostille", "SVC-APOSTILLE", "Apostille Service", "Services", 89.0),
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "")


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a, b = ascii_(first(f)).lower(), ascii_(last(f)).lower()
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{f.r.randint(60, 99)}"])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_(first(f)).lower()}.{ascii_(last(f)).lower()}@attestly.io"


def nanp(f: Fake, area: str) -> tuple[str, str, str]:
    return area, str(f.r.randint(201, 989)), f"{f.r.randint(0, 9999):04d}"


def phone(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["US", "US", "CA", "FR"])
    if country == "FR":
        mob = f.pick(["6", "7"])
        pairs = [f"{f.r.randint(0, 99):02d}" for _ in range(4)]
        return f.pick(
            [f"0{mob} " + " ".join(pairs), f"+33 {mob} " + " ".join(pairs), f"+33{mob}" + "".join(pairs)]
        )
    a, x, n = nanp(f, f.pick(US_AREA if country == "US" else CA_AREA))
    return f.pick([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"+1{a}{x}{n}", f"+1 {a} {x} {n}", f"{a}.{x}.{n}"])


def street(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(COUNTRIES)
    if country == "US":
        s = f"{f.r.randint(100, 9899)} {f.pick(US_STREETS)}"
        return s + f.pick(["", "", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}"])
    if country == "CA":
        s = f"{f.r.randint(10, 3999)} {f.pick(CA_STREETS)}"
        return f.pick([s, f"{f.r.randint(101, 2404)}-{s}"])
    return f"{f.r.randint(1, 140)} {f.pick(FR_STREETS)}"


def postal(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(COUNTRIES)
    if country == "US":
        z = f"{f.r.randint(10001, 99501):05d}"
        return f.pick([z, z, f"{z}-{f.r.randint(1000, 9999)}"])
    if country == "CA":
        let = "ABCEGHJKLMNPRSTVXY"
        return (
            f"{f.pick('ABCEGHJKLMNPRSTVXY')}{f.r.randint(0, 9)}{f.pick(let)} "
            f"{f.r.randint(0, 9)}{f.pick(let)}{f.r.randint(0, 9)}"
        )
    return f"{f.r.randint(1, 95):02d}{f.r.randint(0, 999):03d}"


def city(f: Fake, country: str | None = None) -> str:
    return f.pick(CITIES[country or f.pick(COUNTRIES)])


REGION_OF = {
    "Austin": "TX", "Tampa": "FL", "Phoenix": "AZ", "Columbus": "OH", "Sacramento": "CA",
    "Brooklyn": "NY", "Atlanta": "GA", "Raleigh": "NC", "Montréal": "QC", "Toronto": "ON",
    "Calgary": "AB", "Halifax": "NS", "Winnipeg": "MB", "Québec": "QC", "Ottawa": "ON",
    "Edmonton": "AB",
}  # fmt: skip


def full_address(f: Fake) -> str:
    c = f.pick(COUNTRIES)
    town = city(f, c)
    if c == "FR":
        return f"{street(f, c)}, {postal(f, c)} {town}"
    return f"{street(f, c)}, {town}, {REGION_OF[town]} {postal(f, c)}" + f.pick(["", f", {c}"])


def dob(f: Fake, fmt: str = "iso", start: int = 1938, end: int = 2004) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "fr": f"{d:02d}/{m:02d}/{y}"}[fmt]


def luhn_ok(f: Fake, prefix: str, length: int) -> str:
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return f.luhn_complete(body)


def sin(f: Fake) -> str:
    n = luhn_ok(f, str(f.r.randint(1, 7)), 9)
    return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def nir(f: Fake) -> str:
    body = (
        f"{f.r.randint(1, 2)}{f.r.randint(40, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 95):02d}"
        f"{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f.pick(
        [
            f"{body}{key:02d}",
            f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}",
        ]
    )


def ohip(f: Fake) -> str:
    n = luhn_ok(f, str(f.r.randint(1, 9)), 10)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{f.pick(['AB', 'KM', 'XT', 'HG'])}"


def ramq(f: Fake) -> str:
    lastn = ascii_(last(f)).upper().replace(" ", "")[:3].ljust(3, "X")
    y, m, d = f.r.randint(40, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    return f"{lastn}{ascii_(first(f))[0].upper()} {y:02d}{m:02d} {d:02d}{f.r.randint(10, 99)}"


def health_card(f: Fake) -> str:
    return ohip(f) if f.r.random() < 0.5 else ramq(f)


def mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    r = f.r
    return (
        f"{r.randint(1, 9)}{r.choice(letters)}{r.choice(an)}{r.randint(0, 9)}-"
        f"{r.choice(letters)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(letters)}{r.choice(letters)}"
        f"{r.randint(0, 9)}{r.randint(0, 9)}"
    )


def passport(f: Fake) -> str:
    kind = f.pick(["us", "us_new", "ca", "fr"])
    if kind == "us":
        return f.digits(9)
    if kind == "us_new":
        return f.pick(["A", "B", "C"]) + f.digits(8)
    if kind == "ca":
        return f.pick(["AB", "GK", "HP", "AN"]) + f.digits(6)
    return f"{f.r.randint(10, 99)}{f.pick(['AB', 'CK', 'FR', 'DX'])}{f.digits(5)}"


def drivers_license(f: Fake) -> str:
    kind = f.pick(["tx", "ca", "fl", "ny", "on"])
    if kind == "tx":
        return f.digits(8)
    if kind == "ca":
        return f.pick(["D", "F", "Y", "B"]) + f.digits(7)
    if kind == "fl":
        return f"{f.pick('SBTGM')}{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0"
    if kind == "ny":
        return f"{f.digits(3)} {f.digits(3)} {f.digits(3)}"
    return f"{ascii_(last(f))[0].upper()}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}"


def id_doc_number(f: Fake) -> str:
    return passport(f) if f.r.random() < 0.5 else drivers_license(f)


VIN_MAP = {
    c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"]) for c in cs
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "1C4"])
    s = list(wmi + "".join(f.r.choice(chars) for _ in range(5)) + "0" + f.pick("KLMNPR") + f.pick("ABCDFHU"))
    s += [str(f.r.randint(0, 9)) for _ in range(6)]
    total = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(s, VIN_W, strict=True))
    s[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(s)


def plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    r = f.r
    return f.pick(
        [
            f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}",
            f"{r.randint(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}",
            f"{r.choice(L)}{r.choice(L)}-{r.randint(100, 999)}-{r.choice(L)}{r.choice(L)}",
            f"{''.join(r.choice(L) for _ in range(4))} {r.randint(100, 999)}",
        ]
    )


def commission_no(f: Fake) -> str:
    return f.pick(
        [f.digits(7), f"{f.digits(8)}-{f.r.randint(0, 9)}", f"HH {f.digits(6)}", f"COMM-{f.digits(6)}"]
    )


def alnum(f: Fake, n: int) -> str:
    return "".join(
        f.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
    )


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + alnum(f, 40) + f.pick(["_BwE", "EALw_wcB"])


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 52)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def money(f: Fake, lo: float = 5, hi: float = 900) -> float:
    return f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


# -- contexts sent by the client libraries -----------------------------------------------------------

SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}
WEB_PAGES = [
    ("/dashboard", "Dashboard | Attestly"),
    ("/documents/upload", "Upload a document | Attestly"),
    ("/wills/new", "Create your will | Attestly"),
    ("/wills/beneficiaries", "Beneficiaries | Attestly"),
    ("/notarize/start", "Get notarized online | Attestly"),
    ("/checkout", "Checkout | Attestly"),
    ("/fr/testament", "Rédiger mon testament | Attestly"),
]


def web_ctx(f: Fake):
    page = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"),
        },
        "page": {
            "path": const(page[0]),
            "referrer": pick(
                "", "https://www.google.com/", "https://www.bing.com/", "https://app.attestly.io/dashboard"
            ),
            "search": pick("", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?step=2"),
            "title": const(page[1]),
            "url": const("https://app.attestly.io" + page[0]),
        },
        "userAgent": pick(*UA_WEB),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99"),
                },
                3,
            ),
            "mobile": pick(False, True),
            "platform": pick("macOS", "Windows", "Android"),
        },
        "locale": pick("en-US", "en-CA", "fr-CA", "fr-FR"),
        "timezone": pick("America/New_York", "America/Chicago", "America/Toronto", "Europe/Paris"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": pick("estate_planning_q2", "ron_brand", "will_week", "fr_testament"),
            "source": pick("google", "facebook", "newsletter", "bing"),
            "medium": pick("cpc", "paid_social", "email"),
            "term": pick("online notary", "make a will online", "living trust cost", "notaire en ligne"),
            "content": pick("rsa_1", "video_15s", "hero_cta"),
        },
        "traits": {"email": Y(email, "email")},
        "consent": {
            "categoryPreferences": {
                "Advertising": pick(True, False),
                "Analytics": pick(True, False),
                "Functional": const(True),
            }
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": const("Attestly"),
            "version": pick("4.12.0", "4.12.1", "4.13.0"),
            "build": pick("41200", "41210", "41300"),
            "namespace": const("io.attestly.ios"),
        },
        "device": {
            "id": lambda f: f.uuid().upper(),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,4"),
            "name": pick("iPhone", "iPad"),
            "type": const("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.14", "1.5.11")},
        "locale": pick("en-US", "fr-CA", "en-CA"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": pick("America/Los_Angeles", "America/Toronto", "America/New_York"),
        "instanceId": lambda f: f.uuid(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": const("Attestly"),
            "version": pick("4.12.0", "4.13.0", "4.11.2"),
            "build": pick("41200", "41300", "41120"),
            "namespace": const("io.attestly.android"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": pick("samsung", "Google", "motorola"),
            "model": pick("SM-S918U", "Pixel 8", "moto g stylus 5G"),
            "name": pick("dm3q", "shiba", "milanf"),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.0", "1.15.2")},
        "instanceId": lambda f: f.uuid(),
        "locale": pick("en-US", "fr-CA", "en-CA"),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("T-Mobile", "Rogers", "Bell", "Verizon"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {
            "density": pick(2.625, 3.0, 2.75),
            "width": pick(1080, 1440),
            "height": pick(2340, 3120, 2400),
        },
        "timezone": pick("America/Chicago", "America/Montreal", "America/Vancouver"),
        "userAgent": pick(
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918U Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; moto g stylus 5G Build/T1TGS33.93-18)",
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": const("Attestly Notary"),
            "version": pick("2.8.0", "2.8.3", "2.9.0"),
            "build": pick("280", "283", "290"),
            "namespace": const("io.attestly.notary"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone14,7", "SM-A546U", "Pixel 7a"),
            "name": pick("iPhone", "a54x", "lynx"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("@segment/analytics-react-native"), "version": pick("2.19.2", "2.18.0")},
        "locale": pick("en-US", "en-CA", "fr-CA"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "13")},
        "screen": {"width": pick(390, 412, 393), "height": pick(844, 915, 852)},
        "timezone": pick("America/Denver", "America/New_York", "America/Toronto"),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25.0, 53.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123.0, -66.0), 6), "geolocation"),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": const("Attestly"),
            "version": pick("1.4.0", "1.4.2", "1.5.0"),
            "build": pick("140", "142", "150"),
            "namespace": const("io.attestly.flutter"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": pick("Apple", "Google", "samsung"),
            "model": pick("iPhone13,2", "Pixel 6", "SM-G991W"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.1")},
        "locale": pick("fr-CA", "en-CA", "fr-FR"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "13")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "timezone": pick("America/Montreal", "America/Toronto", "Europe/Paris"),
    }


def server_ctx(lib: str, ip: bool = False, ua: bool = False):
    def build(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": const(name), "version": pick(*versions)}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if ua:
            ctx["userAgent"] = pick(*UA_WEB)
        return ctx

    return build


def warehouse_ctx(f: Fake):
    return {
        "library": {"name": const("analytics-python"), "version": pick("2.3.2", "2.3.3")},
        "externalIds": Many(
            {
                "id": Y(email, "email", True),
                "type": const("email"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            1,
        ),
        "groupId": lambda f: "acct_" + f.digits(6),
    }


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "warehouse": warehouse_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
    **{f"{lib}+ip": server_ctx(lib, ip=True) for lib in SERVER_LIBS},
    **{f"{lib}+ip+ua": server_ctx(lib, ip=True, ua=True) for lib in SERVER_LIBS},
}


# -- shared pieces --------------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[1]),
        "name": G(lambda f: f.pick(PRODUCTS)[2]),
        "category": G(lambda f: f.pick(PRODUCTS)[3]),
        "price": G(lambda f: f.pick(PRODUCTS)[4]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def envelope_id(f: Fake) -> str:
    return f.uuid()


def doc_id(f: Fake) -> str:
    return "doc_" + f.hexid(20)


def will_id(f: Fake) -> str:
    return "wil_" + alnum(f, 14)


def session_id(f: Fake) -> str:
    return "ron_" + f.hexid(16)


# -- events ---------------------------------------------------------------------------------------

IDENTIFY_TRAITS = {
    "email": Y(email, "email"),
    "firstName": Y(first, "name"),
    "lastName": Y(last, "name"),
    "phone": Y(phone, "phone"),
    "birthday": Y(lambda f: dob(f), "birthdate"),
    "address": {
        "street": Y(street, "address|street"),
        "city": Y(city, "city"),
        "state": pick("TX", "FL", "ON", "QC", "Île-de-France", "CA"),
        "postalCode": Y(postal, "zipcode"),
        "country": pick("US", "CA", "FR"),
    },
    "createdAt": G(lambda f: f.iso()),
    "plan": pick("free", "will_basic", "trust_plus", "ron_pay_per_seal", "business"),
    "emailVerified": pick(True, False),
    "phoneVerified": pick(True, False),
    "preferredLanguage": pick("en", "fr", "es"),
    "marketingOptIn": pick(True, False),
    "willsCreated": G(lambda f: f.r.randint(0, 3)),
    "referralCode": G(lambda f: "ATT-" + alnum(f, 6).upper()),
    "stripeCustomerId": G(lambda f: "cus_" + alnum(f, 14)),
}

EVENTS = [
    # -- identities ----------------------------------------------------------------------------
    ("identify", None, ["web", "swift", "kotlin"], IDENTIFY_TRAITS),
    (
        "identify",
        None,
        ["warehouse"],
        {
            "ACCOUNT_ID": G(lambda f: "acct_" + f.digits(6)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "MAILING_ZIP": Y(lambda f: postal(f, "US"), "zipcode"),
            "STATE_CODE": pick(*US_STATES),
            "DATE_OF_BIRTH": Y(lambda f: dob(f), "birthdate"),
            "MARITAL_STATUS": pick("married", "single", "divorced", "widowed", "domestic_partnership"),
            "HAS_MINOR_CHILDREN": pick(True, False),
            "LIFETIME_VALUE_USD": G(lambda f: f.money(0, 1400)),
            "WILLS_COMPLETED": G(lambda f: f.r.randint(0, 2)),
            "LAST_NOTARIZATION_AT": G(lambda f: f.iso()),
            "DW_LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "NotaryId": G(lambda f: "NTR-" + f.digits(5)),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(staff_email, "email"),
            "MobilePhone": Y(lambda f: phone(f, f.pick(["US", "CA"])), "phone"),
            "CommissionNumber": Y(commission_no, "license|certificate"),
            "CommissionState": pick("TX", "FL", "VA", "NV", "ON"),
            "CommissionExpiresOn": G(lambda f: dob(f, "iso", 2025, 2029)),
            "NotaryType": pick("RON", "IPEN", "RON+IPEN"),
            "BondAmount": pick(10000, 15000, 25000),
            "EAndOCarrier": pick("NNA Insurance Services", "Merchants Bonding", "Western Surety"),
            "EAndOPolicyNumber": Y(lambda f: f.pick(["EO", "NP", "WS"]) + f.digits(8), "identification"),
            "HourlyRate": Y(lambda f: f.pick([22.5, 25.0, 27.5, 30.0, 35.0]), "salary"),
            "Title": pick("Notary Public", "Senior Notary", "Notary Team Lead"),
            "Languages": Many(pick("en", "fr", "es", "zh", "vi"), 3),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "civilite": Y(pick("M.", "Mme", "Mme", "M.", "Mlle"), "gender"),
            "nom": Y(last, "name"),
            "prenom": Y(first, "name"),
            "nom_de_naissance": Y(last, "name"),
            "courriel": Y(email, "email"),
            "telephone": Y(lambda f: phone(f, f.pick(["FR", "CA"])), "phone"),
            "date_naissance": Y(lambda f: dob(f, "fr"), "birthdate"),
            "ville": Y(lambda f: city(f, f.pick(["FR", "CA"])), "city"),
            "code_postal": Y(lambda f: postal(f, f.pick(["FR", "CA"])), "zipcode"),
            "pays": pick("France", "Canada"),
            "langue": pick("fr", "fr-CA", "en"),
            "abonnement": pick("gratuit", "testament", "pack_succession"),
            "inscrit_le": G(lambda f: f.iso()),
            "optin_newsletter": pick(True, False),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": pick(
                "Okafor & Reyes LLP",
                "Maple Title Co.",
                "Northside Realty Group",
                "Cabinet Laurent Avocats",
                "Prairie Credit Union",
            ),
            "industry": pick("Legal", "Real Estate", "Financial Services", "Insurance"),
            "employees": G(lambda f: f.r.randint(3, 900)),
            "plan": pick("business", "business_plus", "enterprise"),
            "officePhone": pick("+1 512 555 0190", "(416) 555-0133", "+33 1 84 88 12 00"),
            "billingEmail": pick(
                "billing@mapletitle.example", "accounts@okaforreyes.example", "ap@northside.example"
            ),
            "officeAddress": {
                "street": pick("600 Congress Ave Suite 1400", "100 King St W", "12 place Vendôme"),
                "city": pick("Austin", "Toronto", "Paris"),
                "postalCode": pick("78701", "M5X 1A9", "75001"),
                "state": pick("TX", "ON", "Île-de-France"),
                "country": pick("US", "CA", "FR"),
            },
            "createdAt": G(lambda f: f.iso()),
            "primaryContact": {"name": Y(full, "name"), "email": Y(email, "email")},
        },
    ),
    ("alias", None, ["web", "swift", "kotlin", "node"], None),
    # -- pages and screens -----------------------------------------------------------------------
    (
        "page",
        "Notarize Start",
        ["web"],
        {
            "path": pick("/notarize/start", "/notarize/schedule", "/notarize/upload"),
            "url": lambda f: "https://app.attestly.io/notarize/" + f.pick(["start", "schedule", "upload"]),
            "title": pick(
                "Get notarized online | Attestly", "Schedule a notary | Attestly", "Upload | Attestly"
            ),
            "referrer": pick("", "https://www.google.com/", "https://attestly.io/"),
            "search": pick("", "?utm_source=google", "?plan=ron"),
            "category": const("Notary"),
        },
    ),
    (
        "page",
        "Will Builder",
        ["web"],
        {
            "path": pick("/wills/new", "/wills/beneficiaries", "/wills/executors", "/wills/review"),
            "url": lambda f: (
                "https://app.attestly.io/wills/" + will_id(f) + "/" + f.pick(["people", "assets", "review"])
            ),
            "title": pick("Create your will | Attestly", "Beneficiaries | Attestly", "Review | Attestly"),
            "referrer": pick("", "https://app.attestly.io/dashboard", "https://attestly.io/pricing"),
            "search": pick("", "?step=2", "?step=4"),
            "category": const("Wills"),
        },
    ),
    (
        "screen",
        "Document Viewer",
        ["swift", "kotlin", "flutter"],
        {
            "envelope_id": G(envelope_id),
            "from": pick("push", "email_link", "dashboard"),
        },
    ),
    # -- documents and e-signature ---------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["web", "swift"],
        {
            "document_id": G(doc_id),
            "document_type": pick("deed", "affidavit", "vehicle_title", "power_of_attorney", "will", "lease"),
            "file_name": Y(
                lambda f: f.pick(
                    [
                        f"Affidavit_{ascii_(last(f))}_signed.pdf",
                        f"{ascii_(last(f))} - Quitclaim Deed (final).pdf",
                        f"POA_{ascii_(first(f))}_{ascii_(last(f))}.docx",
                        f"lease-{ascii_(last(f)).lower()}-2024.pdf",
                        f"IMG_4821 {ascii_(last(f))} title.jpg",
                    ]
                ),
                "name",
                True,
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 12_000_000)),
            "page_count": G(lambda f: f.r.randint(1, 40)),
            "mime_type": pick(
                "application/pdf",
                "image/jpeg",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            "sha256": G(lambda f: f.hexid(64)),
            "envelope_id": G(envelope_id),
        },
    ),
    (
        "track",
        "Envelope Created",
        ["web"],
        {
            "envelope_id": G(envelope_id),
            "document_count": G(lambda f: f.r.randint(1, 5)),
            "signers": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "role": pick("signer", "cc", "witness", "approver"),
                    "routing_order": G(lambda f: f.r.randint(1, 4)),
                    "auth_method": pick("none", "sms", "kba", "id_verification"),
                },
                4,
            ),
            "email_subject": pick(
                "Please sign: Residential Lease",
                "Please DocuSign: Bill of Sale",
                "Signature requested: Affidavit",
                "Action required: Promissory Note",
            ),
            "email_message": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, please review and sign by Friday. Thanks!",
                        f"{first(f)} - here is the lease we discussed.",
                        f"Dear {full(f)}, the attached affidavit needs your signature.",
                        f"Bonjour {first(f)}, merci de signer le document ci-joint.",
                    ]
                ),
                "name",
                True,
            ),
            "reminder_frequency_days": pick(1, 2, 3, 7),
            "expires_in_days": pick(7, 14, 30, 120),
        },
    ),
    (
        "track",
        "Signing Link Opened",
        ["node+ip+ua"],
        {
            "envelope_id": G(envelope_id),
            "recipient_id": G(lambda f: str(f.r.randint(1, 6))),
            "link_url": RED(
                lambda f: f"https://sign.attestly.io/s/{f.hexid(12)}?t={alnum(f, 43)}",
                "token",
                True,
            ),
            "opened_at": G(lambda f: f.iso()),
            "delivery_channel": pick("email", "sms", "embedded"),
            "link_age_hours": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "track",
        "Signature Adopted",
        ["web", "swift", "kotlin"],
        {
            "envelope_id": G(envelope_id),
            "signature_style": pick("drawn", "typed", "uploaded"),
            "font": pick("Dancing Script", "Homemade Apple", "Caveat", "none"),
            "typed_name": Y(full, "name"),
            "signature_image_url": Y(
                lambda f: f"https://files.attestly.io/signatures/{f.uuid()}.png", "photo"
            ),
            "saved_for_reuse": pick(True, False),
        },
    ),
    (
        "track",
        "Document Signed",
        ["web", "swift", "kotlin"],
        {
            "envelope_id": G(envelope_id),
            "document_id": G(doc_id),
            "time_to_sign_seconds": G(lambda f: f.r.randint(20, 4000)),
            "signed_at": G(lambda f: f.iso()),
            "signing_cert_serial": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(16))),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(25.0, 53.0), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123.0, -66.0), 5), "geolocation"),
            },
            "audit_trail_hash": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java"],
        {
            "event": const("envelope-completed"),
            "apiVersion": const("v2.1"),
            "data": {
                "accountId": G(lambda f: f.uuid()),
                "envelopeId": G(envelope_id),
                "envelopeSummary": {
                    "status": const("completed"),
                    "emailSubject": pick(
                        "Please sign: Residential Lease",
                        "Please DocuSign: Bill of Sale",
                        "Signature requested: Affidavit",
                    ),
                    "sender": {
                        "userName": Y(full, "name"),
                        "email": Y(email, "email"),
                        "accountId": G(lambda f: f.uuid()),
                    },
                    "recipients": {
                        "signers": Many(
                            {
                                "name": Y(full, "name"),
                                "email": Y(email, "email"),
                                "recipientId": G(lambda f: str(f.r.randint(1, 9))),
                                "routingOrder": G(lambda f: str(f.r.randint(1, 3))),
                                "status": pick("completed", "signed"),
                                "clientUserId": G(lambda f: "usr_" + f.digits(7)),
                                "signedDateTime": G(lambda f: f.iso()),
                            },
                            3,
                        )
                    },
                },
            },
        },
    ),
    (
        "track",
        "Document Shared",
        ["web"],
        {
            "document_id": G(doc_id),
            "share_method": pick("email", "link", "attorney_portal"),
            "recipient_emails": Many(Y(email, "email"), 3),
            "can_edit": pick(True, False),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Comment Added",
        ["web"],
        {
            "document_id": G(doc_id),
            "comment_id": G(lambda f: f.uuid()),
            "page": G(lambda f: f.r.randint(1, 12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Replace {full(f)} with {full(f)} as alternate executor",
                        f"{full(f)} should get the cabin, not the car",
                        f"Add my niece {full(f)} as a beneficiary",
                        f"Spelling: it's {full(f)}, not {first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "resolved": pick(True, False),
        },
    ),
    # -- remote online notarisation --------------------------------------------------------------
    (
        "track",
        "Notary Matched",
        ["web", "rn"],
        {
            "session_id": G(session_id),
            "notary_id": G(lambda f: "NTR-" + f.digits(5)),
            "notary_first_name": Y(first, "name"),
            "notary_photo_url": Y(lambda f: f"https://cdn.attestly.io/notaries/{f.hexid(10)}.jpg", "photo"),
            "commission_state": pick("TX", "FL", "VA", "NV"),
            "wait_time_seconds": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    (
        "track",
        "Notarization Session Started",
        ["rn"],
        {
            "session_id": G(session_id),
            "notary_id": G(lambda f: "NTR-" + f.digits(5)),
            "notary_name": Y(full, "name"),
            "signer_count": G(lambda f: f.r.randint(1, 4)),
            "document_count": G(lambda f: f.r.randint(1, 5)),
            "signer_physical_state": pick(*US_STATES, "ON", "outside_us"),
            "signer_location": {
                "latitude": Y(lambda f: round(f.r.uniform(25.0, 49.0), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-123.0, -70.0), 6), "geolocation"),
            },
            "camera_permission": pick("granted", "denied", "prompt"),
        },
    ),
    (
        "track",
        "Video Quality Report",
        ["rn"],
        {
            "session_id": G(session_id),
            "avg_bitrate_kbps": G(lambda f: f.r.randint(200, 3500)),
            "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 6), 2)),
            "media_server_ip": pick(*MEDIA_RELAYS),
            "client_public_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["go+ip"],
        {
            "inquiry_id": G(lambda f: "inq_" + alnum(f, 24)),
            "template_id": pick("itmpl_Xq2v9KJmR4tY8pLs", "itmpl_b7NcW3zHk1QdE5uA"),
            "status": pick("completed", "approved", "declined", "needs_review"),
            "attributes": {
                "name-first": Y(first, "name"),
                "name-middle": Y(first, "name"),
                "name-last": Y(last, "name"),
                "birthdate": Y(lambda f: dob(f), "birthdate"),
                "address-street-1": Y(lambda f: street(f, f.pick(["US", "CA"])), "address|street"),
                "address-city": Y(lambda f: city(f, f.pick(["US", "CA"])), "city"),
                "address-subdivision": pick(*US_STATES, *PROVINCES),
                "address-postal-code": Y(lambda f: postal(f, f.pick(["US", "CA"])), "zipcode"),
                "identification-class": pick("dl", "pp", "id"),
                "identification-number": RED(id_doc_number, "national id|passport"),
                "expiration-date": G(lambda f: dob(f, "iso", 2025, 2034)),
                "selfie-similarity-score": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
                "reference-id": G(lambda f: "usr_" + f.digits(7)),
            },
            "created-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Credential Analysis Completed",
        ["rn", "node+ip"],
        {
            "session_id": G(session_id),
            "document_type": pick("drivers_license", "passport", "state_id", "permanent_resident_card"),
            "issuing_country": pick("US", "CA", "FR", "MX"),
            "issuing_state": pick(*US_STATES, "ON", "QC"),
            "document_number": RED(id_doc_number, "national id|passport"),
            "holder_full_name": Y(full, "name"),
            "holder_dob": Y(lambda f: dob(f, "us"), "birthdate"),
            "holder_address": Y(full_address, "address"),
            "document_expiry": G(lambda f: dob(f, "iso", 2025, 2034)),
            "portrait_image_url": Y(
                lambda f: f"https://vault.attestly.io/id/{f.uuid()}/portrait.jpg", "photo"
            ),
            "mrz_valid": pick(True, False, None),
            "portrait_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        },
    ),
    (
        "track",
        "Driver License Captured",
        ["kotlin", "swift"],
        {
            "session_id": G(session_id),
            "dl_number": RED(drivers_license, "license|national id"),
            "dl_state": pick(*US_STATES, "ON", "QC"),
            "dl_class": pick("C", "D", "G", "5"),
            "capture_mode": pick("auto", "manual"),
        },
    ),
    (
        "track",
        "KBA Question Answered",
        ["web", "rn"],
        {
            "kba_session_id": G(lambda f: f.uuid()),
            "question_index": G(lambda f: f.r.randint(1, 5)),
            "question_type": pick(
                "previous_address",
                "vehicle_owned",
                "mortgage_lender",
                "county_of_residence",
                "phone_number_owned",
            ),
            "answered_correctly": pick(True, False),
            "response_time_ms": G(lambda f: f.r.randint(1500, 110000)),
        },
    ),
    (
        "track",
        "Notarization Completed",
        ["dotnet"],
        {
            "SessionId": G(session_id),
            "NotaryId": G(lambda f: "NTR-" + f.digits(5)),
            "NotaryFullName": Y(full, "name"),
            "CommissionNumber": Y(commission_no, "license|certificate"),
            "CommissionState": pick("TX", "FL", "VA", "NV"),
            "NotarialAct": pick("Acknowledgment", "Jurat", "Oath", "CopyCertification"),
            "SignerCount": G(lambda f: f.r.randint(1, 4)),
            "IdentityProofingMethod": pick("KBA+CredentialAnalysis", "PersonallyKnown", "CredibleWitness"),
            "RecordingUrl": Y(lambda f: f"https://recordings.attestly.io/sessions/{f.uuid()}.mp4", "photo"),
            "FeeCharged": G(lambda f: f.pick([25.0, 35.0, 50.0, 10.0])),
            "JournalEntryId": G(lambda f: f.r.randint(100000, 999999)),
        },
    ),
    (
        "track",
        "Journal Entry Created",
        ["dotnet"],
        {
            "JournalEntryId": G(lambda f: f.r.randint(100000, 999999)),
            "SignerFullName": Y(full, "name"),
            "SignerAddress": Y(full_address, "address"),
            "IdType": pick("DriversLicense", "Passport", "StateId"),
            "IdNumber": RED(id_doc_number, "national id|passport"),
            "IdExpiration": G(lambda f: dob(f, "iso", 2025, 2033)),
            "DocumentDescription": pick(
                "Affidavit of Heirship", "Warranty Deed", "Vehicle Title Transfer", "Medical POA"
            ),
            "ThumbprintCaptured": pick(True, False),
            "FeeCharged": G(lambda f: f.pick([25.0, 35.0, 50.0, 10.0])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Witness Added",
        ["web", "rn"],
        {
            "witness_id": G(lambda f: "wit_" + f.hexid(10)),
            "witness_name": Y(full, "name"),
            "witness_email": Y(email, "email"),
            "witness_phone": Y(phone, "phone"),
            "relationship_to_signer": pick("friend", "neighbor", "coworker", "other"),
            "is_beneficiary": pick(True, False),
            "witness_type": pick("remote", "in_person", "attestly_provided"),
            "witness_count": G(lambda f: f.r.randint(1, 3)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Call {phone(f)} to confirm the time",
                        f"Prefers text: {phone(f)}",
                        f"Only free after 6pm, cell {phone(f)}",
                        f"Joining from work, desk line {phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Witness Joined Session",
        ["kotlin", "swift"],
        {
            "session_id": G(session_id),
            "witness_id": G(lambda f: "wit_" + f.hexid(10)),
            "witness_display_name": Y(full, "name"),
            "is_professional_witness": pick(True, False),
            "join_latency_ms": G(lambda f: f.r.randint(300, 40000)),
        },
    ),
    # -- wills, trusts, estate planning ----------------------------------------------------------
    (
        "track",
        "Will Started",
        ["web", "flutter"],
        {
            "will_id": G(will_id),
            "template": pick("simple_will", "pour_over_will", "mirror_will", "testament_authentique"),
            "jurisdiction_state": pick(*US_STATES, *PROVINCES),
            "jurisdiction_country": pick("US", "CA", "FR"),
            "testator_age": G(lambda f: f.r.randint(19, 92)),
            "marital_status": pick("married", "single", "divorced", "widowed", "common_law"),
            "has_children": pick(True, False),
            "number_of_children": G(lambda f: f.r.randint(0, 5)),
            "estate_value_band": pick("<100k", "100k-250k", "250k-1m", "1m-5m", ">5m"),
            "is_veteran": RED(pick(True, False), "veteran"),
        },
    ),
    (
        "track",
        "Estate Questionnaire Step Completed",
        ["flutter", "web"],
        {
            "step": G(lambda f: f.r.randint(1, 9)),
            "step_name": pick("about_you", "family", "assets", "wishes", "review"),
            "answers": {
                "spouse_name": Y(full, "name"),
                "spouse_date_of_birth": Y(lambda f: dob(f), "birthdate"),
                "is_us_citizen": Y(pick(True, False), "citizenship"),
                "spouse_is_us_citizen": Y(pick(True, False), "citizenship"),
                "spouse_visa_status": RED(pick("green_card", "H-1B", "TN", "L-1", "F-1", "none"), "visa"),
                "children_count": G(lambda f: f.r.randint(0, 5)),
                "state_of_residence": pick(*US_STATES),
                "has_business_interests": pick(True, False),
            },
            "time_on_step_sec": G(lambda f: f.r.randint(10, 900)),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        ["web", "swift"],
        {
            "will_id": G(will_id),
            "beneficiary": {
                "full_name": Y(full, "name"),
                "relationship": pick("spouse", "child", "grandchild", "sibling", "niece", "friend"),
                "date_of_birth": Y(lambda f: dob(f, "iso", 1940, 2023), "birthdate"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "share_percent": G(lambda f: f.pick([10, 20, 25, 33.33, 50, 100])),
                "is_minor": pick(True, False),
                "contingent": pick(True, False),
            },
            "has_special_needs": RED(pick(True, False), "disability"),
            "beneficiary_count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Charitable Gift Added",
        ["web"],
        {
            "will_id": G(will_id),
            "charity_name": pick(
                "American Red Cross",
                "St. Jude Children's Research Hospital",
                "Centraide",
                "Fondation de France",
                "Doctors Without Borders",
            ),
            "charity_ein": pick("53-0196605", "62-0646012", "13-3433452", "52-1693387"),
            "gift_amount": G(lambda f: f.pick([500, 1000, 5000, 25000])),
        },
    ),
    (
        "track",
        "Executor Named",
        ["web"],
        {
            "will_id": G(will_id),
            "executor": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "province_state": pick(*US_STATES, *PROVINCES),
                    "postal_code": Y(postal, "zipcode"),
                    "country": pick("US", "CA", "FR"),
                },
                "relationship": pick("spouse", "adult_child", "sibling", "friend", "attorney"),
            },
            "alternate_executor_name": Y(full, "name"),
            "compensation_waived": pick(True, False),
            "bond_waived": pick(True, False),
        },
    ),
    (
        "track",
        "Guardian Named",
        ["swift", "web"],
        {
            "will_id": G(will_id),
            "guardian_name": Y(full, "name"),
            "guardian_relationship": pick("sister", "brother", "grandparent", "friend", "aunt"),
            "alternate_guardian_name": Y(full, "name"),
            "minor_children": Many(
                {
                    "first_name": Y(first, "name"),
                    "birth_date": Y(lambda f: dob(f, "iso", 2008, 2023), "birthdate"),
                    "age": G(lambda f: f.r.randint(0, 17)),
                },
                3,
            ),
            "guardian_lives_out_of_state": pick(True, False),
        },
    ),
    (
        "track",
        "Pet Care Plan Added",
        ["web", "kotlin"],
        {
            "will_id": G(will_id),
            "pet_name": pick("Biscuit", "Luna", "Mochi", "Captain", "Pistache", "Rex"),
            "species": pick("dog", "cat", "parrot", "horse"),
            "microchip_id": G(lambda f: "9851" + f.digits(11)),
            "caretaker_name": Y(full, "name"),
            "care_fund_amount": G(lambda f: f.pick([1000, 2500, 5000, 10000])),
        },
    ),
    (
        "track",
        "Funeral Wishes Saved",
        ["rn", "web"],
        {
            "will_id": G(will_id),
            "disposition": pick("burial", "cremation", "green_burial", "body_donation"),
            "religious_service": Y(
                pick(
                    "Catholic Mass",
                    "Jewish (Orthodox)",
                    "Muslim janazah",
                    "Hindu",
                    "Baptist",
                    "None / secular",
                ),
                "religion",
            ),
            "funeral_home": pick(
                "Dignity Memorial", "Complexe funéraire Haut-Richelieu", "Roc-Eclerc", "Weed-Corley-Fish"
            ),
            "budget_band": pick("<5k", "5k-10k", "10k-20k"),
            "notes": pick(
                "Play Amazing Grace at the service",
                "Scatter ashes at the lake",
                "No flowers, donations instead",
                "Small family gathering only",
            ),
        },
    ),
    (
        "track",
        "Trust Created",
        ["ruby+ip"],
        {
            "trust_id": G(lambda f: "trs_" + f.hexid(12)),
            "trust_name": Y(
                lambda f: f.pick(
                    [
                        f"The {last(f)} Family Trust",
                        f"{full(f)} Revocable Living Trust",
                        f"The {last(f)}-{last(f)} Living Trust",
                    ]
                ),
                "name",
            ),
            "trust_type": pick("revocable_living", "irrevocable", "special_needs", "pet"),
            "state_of_formation": pick(*US_STATES),
            "grantors": Many(
                {
                    "full_name": Y(full, "name"),
                    "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                    "role": pick("grantor", "co_grantor"),
                },
                2,
            ),
            "successor_trustee_name": Y(full, "name"),
            "funding_status": pick("unfunded", "partially_funded", "funded"),
            "assets_count": G(lambda f: f.r.randint(0, 14)),
            "total_funded_value": G(lambda f: f.r.randint(0, 4_000_000)),
        },
    ),
    (
        "track",
        "Asset Added",
        ["web", "swift", "kotlin"],
        {
            "asset_id": G(lambda f: "ast_" + f.hexid(10)),
            "asset_type": pick("bank_account", "brokerage", "retirement", "crypto", "life_insurance"),
            "institution_name": pick(
                "Chase", "Fidelity", "RBC Royal Bank", "Desjardins", "Crédit Agricole", "Vanguard"
            ),
            "account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "estimated_value": G(lambda f: f.r.randint(500, 2_000_000)),
        },
    ),
    (
        "track",
        "Real Property Added",
        ["web"],
        {
            "asset_id": G(lambda f: "ast_" + f.hexid(10)),
            "property_address": {
                "street": Y(lambda f: street(f, "US"), "address|street"),
                "city": Y(lambda f: city(f, "US"), "city"),
                "state": pick(*US_STATES),
                "zip": Y(lambda f: postal(f, "US"), "zipcode"),
            },
            "ownership_type": pick("sole", "joint_tenancy", "tenancy_in_common", "community_property"),
            "estimated_value": G(lambda f: f.r.randint(500, 2_000_000)),
            "deed_recorded": pick(True, False),
        },
    ),
    (
        "track",
        "Vehicle Asset Added",
        ["web", "kotlin"],
        {
            "asset_id": G(lambda f: "ast_" + f.hexid(10)),
            "make": pick("Toyota", "Ford", "Honda", "Tesla", "Subaru"),
            "model": pick("RAV4", "F-150", "Civic", "Model 3", "Outback"),
            "year": G(lambda f: f.r.randint(2005, 2024)),
            "vin": Y(vin, "serial"),
            "license_plate": Y(plate, "license"),
            "estimated_value": G(lambda f: f.r.randint(500, 2_000_000)),
        },
    ),
    (
        "track",
        "Life Insurance Policy Added",
        ["web"],
        {
            "asset_id": G(lambda f: "ast_" + f.hexid(10)),
            "insurer": pick("Northwestern Mutual", "Sun Life", "Manulife", "State Farm", "AXA"),
            "policy_number": Y(
                lambda f: f.pick(["NM", "SL", "UL", ""]) + f.digits(f.pick([8, 9, 10])), "identification"
            ),
            "policy_type": pick("term", "whole", "universal"),
            "face_amount": G(lambda f: f.pick([100000, 250000, 500000, 1000000])),
            "beneficiary_designated": pick(True, False),
        },
    ),
    (
        "track",
        "Power of Attorney Created",
        ["java"],
        {
            "poaId": G(lambda f: "poa_" + f.hexid(12)),
            "poaType": pick("durable_financial", "healthcare", "limited", "springing"),
            "principalName": Y(full, "name"),
            "agentName": Y(full, "name"),
            "agentPhone": Y(phone, "phone"),
            "agentEmail": Y(email, "email"),
            "successorAgentName": Y(full, "name"),
            "effectiveUpon": pick("immediately", "incapacity", "date"),
            "stateOfExecution": pick(*US_STATES),
            "hipaaReleaseIncluded": pick(True, False),
        },
    ),
    (
        "track",
        "Healthcare Directive Completed",
        ["web", "flutter"],
        {
            "directive_id": G(lambda f: "hcd_" + f.hexid(12)),
            "jurisdiction": pick(*US_STATES, *PROVINCES),
            "life_support_preference": pick(
                "full_treatment", "comfort_care_only", "trial_period", "agent_decides"
            ),
            "has_chronic_condition": Y(pick(True, False), "condition"),
            "current_conditions": Many(
                Y(
                    pick(
                        "type 2 diabetes",
                        "COPD",
                        "early-onset Alzheimer's",
                        "stage 3 breast cancer",
                        "heart failure",
                        "multiple sclerosis",
                    ),
                    "condition|diagnosis",
                ),
                3,
            ),
            "medications": Many(
                Y(
                    pick("metformin", "donepezil", "tamoxifen", "furosemide", "insulin glargine"),
                    "medication",
                ),
                3,
            ),
            "primary_physician_name": Y(lambda f: "Dr. " + full(f), "name"),
            "practice_phone": pick("+1 512 555 0177", "(416) 555-0108", "+1 305 555 0120"),
            "health_care_agent_name": Y(full, "name"),
            "health_card_number": RED(health_card, "health id"),
            "medicare_mbi": RED(mbi, "health id"),
            "organ_donation_section_completed": pick(True, False),
        },
    ),
    (
        "track",
        "Estate Settlement Started",
        ["python"],
        {
            "estate_case_id": G(lambda f: "EST-" + f.digits(7)),
            "decedent_name": Y(lambda f: f.pick(["", "Estate of "]) + full(f), "name"),
            "reported_by_relationship": pick("spouse", "child", "executor", "attorney"),
            "probate_state": pick(*US_STATES),
            "death_certificate_uploaded": pick(True, False),
            "executor_notified": pick(True, False),
        },
    ),
    (
        "track",
        "Attorney Review Requested",
        ["web"],
        {
            "review_id": G(lambda f: "rev_" + f.hexid(10)),
            "attorney_id": G(lambda f: "atty_" + f.digits(5)),
            "attorney_name": Y(lambda f: full(f) + f.pick(["", ", Esq."]), "name"),
            "bar_number": Y(
                lambda f: f.pick(["SBN ", "", "No. "]) + f.digits(f.pick([6, 8])), "license|certificate"
            ),
            "review_fee": G(lambda f: f.pick([149.0, 199.0, 299.0])),
            "question": pick(
                "Do I need a separate trust for my rental property?",
                "Can my executor live in another state?",
                "Is a holographic will valid here?",
                "How do I disinherit an adult child?",
            ),
        },
    ),
    # -- France and Québec ------------------------------------------------------------------------
    (
        "track",
        "Acte Signé",
        ["php+ip"],
        {
            "acte_id": G(lambda f: "ACT-" + f.digits(8)),
            "type_acte": pick(
                "testament authentique", "procuration", "donation entre époux", "mandat de protection future"
            ),
            "nom_signataire": Y(last, "name"),
            "prenom_signataire": Y(first, "name"),
            "date_naissance": Y(lambda f: dob(f, "fr"), "birthdate"),
            "lieu_naissance": Y(lambda f: city(f, f.pick(["FR", "FR", "CA"])), "city"),
            "adresse_postale": Y(lambda f: street(f, "FR"), "address|street"),
            "code_postal": Y(lambda f: postal(f, "FR"), "zipcode"),
            "ville": Y(lambda f: city(f, "FR"), "city"),
            "telephone_portable": Y(lambda f: phone(f, "FR"), "phone"),
            "courriel": Y(email, "email"),
            "numero_securite_sociale": RED(nir, "national id|social security number"),
            "regime_matrimonial": pick(
                "communauté réduite aux acquêts",
                "séparation de biens",
                "participation aux acquêts",
                "célibataire",
            ),
            "nombre_enfants": G(lambda f: f.r.randint(0, 5)),
            "notaire_nom": Y(lambda f: "Maître " + full(f), "name"),
            "office_notarial": pick(
                "Office notarial des Brotteaux", "SCP Martin & Associés", "Étude Lefort-Nadal"
            ),
            "montant_ttc": G(lambda f: f.money(96, 1080)),
            "date_signature": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Paiement Effectué",
        ["php"],
        {
            "reference_paiement": G(lambda f: "PAY-" + f.digits(9)),
            "montant": G(lambda f: f.money(25, 1080)),
            "devise": const("EUR"),
            "moyen_paiement": pick("prelevement_sepa", "carte", "virement"),
            "titulaire_compte": Y(full, "name"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": pick(*BICS),
            "mandat_sepa_id": G(lambda f: "RUM-ATT-" + f.digits(10)),
        },
    ),
    (
        "track",
        "Profil Complété",
        ["flutter"],
        {
            "province": pick("QC", "ON", "NB"),
            "numero_assurance_sociale": RED(sin, "national id|social security number"),
            "carte_assurance_maladie": RED(ramq, "health id"),
            "code_postal": Y(lambda f: postal(f, "CA"), "zipcode"),
            "etat_civil": pick("marié", "célibataire", "union de fait", "veuf"),
            "langue_correspondance": pick("fr", "en"),
            "etape": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- payments --------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            **product_item(),
            "currency": pick("USD", "CAD", "EUR"),
            "value": G(lambda f: f.pick(PRODUCTS)[4]),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "payment_method": pick("card", "apple_pay", "google_pay", "ach"),
            "card_brand": pick("visa", "mastercard", "amex", "discover"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "378282", "601100", "411111"])),
            "stripe_payment_method": RED(pm_token, "token"),
            "billing_postal_code": Y(postal, "zipcode"),
            "save_card": pick(True, False),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node+ip"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "total": G(lambda f: f.money(10, 600)),
            "discount": G(lambda f: f.pick([0, 10, 25])),
            "coupon": pick("", "ESTATE20", "FREEWILL", "NOTARY5"),
            "currency": pick("USD", "CAD", "EUR"),
            "products": Many(product_item(), 3),
            "billing_address": {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": pick(*US_STATES, *PROVINCES),
                "postal_code": Y(postal, "zipcode"),
                "country": pick("US", "CA", "FR"),
            },
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        {
            "type": const("charge.succeeded"),
            "livemode": pick(True, False),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + alnum(f, 23)),
                    "amount": G(lambda f: f.r.randint(1000, 60000)),
                    "currency": pick("usd", "cad", "eur"),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "payment_method": RED(pm_token, "token"),
                    "receipt_email": Y(email, "email"),
                    "created": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "line2": Y(
                                lambda f: f.pick(["Apt 4B", "Unit 12", "Suite 300", "2e étage", "Apt 1105"]),
                                "address|street",
                            ),
                            "city": Y(city, "city"),
                            "postal_code": Y(postal, "zipcode"),
                            "state": pick(*US_STATES, *PROVINCES),
                            "country": pick("US", "CA", "FR"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": pick("visa", "mastercard", "amex"),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": pick("US", "CA", "FR"),
                            "funding": pick("credit", "debit"),
                        },
                    },
                }
            },
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["python"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "decline_code": pick("insufficient_funds", "do_not_honor", "incorrect_cvc", "expired_card"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "amount": G(lambda f: f.money(10, 600)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["python+ip"],
        {
            "link_session_id": G(lambda f: f.uuid()),
            "institution_id": pick("ins_3", "ins_5", "ins_56", "ins_127989"),
            "institution_name": pick(
                "Chase", "Bank of America", "Wells Fargo", "TD Canada Trust", "Desjardins"
            ),
            "account_mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "routing_number": pick(*ROUTING),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "public_token": RED(lambda f: f"public-production-{f.uuid()}", "token"),
        },
    ),
    (
        "track",
        "Trust Funding Transfer Initiated",
        ["go"],
        {
            "transfer_id": G(lambda f: "xfr_" + f.hexid(14)),
            "trust_id": G(lambda f: "trs_" + f.hexid(12)),
            "amount": G(lambda f: f.money(1000, 250000)),
            "currency": pick("USD", "CAD"),
            "beneficiary_account_number": RED(lambda f: f.digits(f.pick([7, 10, 12])), "bank account"),
            "aba_or_transit": pick(*ROUTING, "00012-003", "30800-815"),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift"],
        {
            "product_id": pick("io.attestly.ios.ron.monthly", "io.attestly.ios.estate.yearly"),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": pick(9.99, 14.99, 99.99),
            "currency": pick("USD", "CAD"),
        },
    ),
    # -- messaging, auth, support ----------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": const("AC6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"),
            "From": pick(*TWILIO_NUMBERS),
            "To": Y(lambda f: "+1" + "".join(nanp(f, f.pick(US_AREA + CA_AREA))), "phone"),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"Your Attestly verification code is {f.digits(6)}. It expires in 10 minutes.",
                        f"{f.digits(6)} is your Attestly code. Don't share it with anyone.",
                        f"Attestly: use code {f.digits(6)} to join your notary session.",
                        f"Votre code Attestly : {f.digits(6)}",
                    ]
                ),
                "token",
                True,
            ),
            "SmsStatus": pick("queued", "sent", "delivered", "undelivered"),
            "NumSegments": pick("1", "2"),
            "ApiVersion": const("2010-04-01"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node+ip"],
        {
            "channel": pick("sms", "email", "voice"),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "code_length": const(6),
            "expires_in_seconds": pick(300, 600),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "purpose": pick("login", "signing", "kba_fallback"),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "token": RED(lambda f: alnum(f, 32), "token"),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": pick("/dashboard", "/sign", "/wills"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "method": pick("email", "google", "apple"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Summer2024!", "hunter22", "P@ssw0rd123", "Biscuit#19", "maison2023"])
                    + str(f.r.randint(0, 99))
                ),
                "password",
            ),
            "plan": pick("free", "will_basic", "trust_plus", "ron_pay_per_seal"),
            "accepted_terms": const(True),
            "gclid": Y(gclid, "advertising id"),
            "utm_campaign": pick("estate_planning_q2", "ron_brand", "will_week"),
        },
    ),
    (
        "track",
        "Account Settings Updated",
        ["kotlin", "web"],
        {
            "changed_fields": Many(pick("email", "phone", "address", "password", "language"), 3),
            "previous_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "email_verified": pick(True, False),
            "phone_verified": pick(True, False),
            "two_factor_enabled": pick(True, False),
            "password_strength": pick("weak", "fair", "strong"),
            "password_changed": pick(True, False),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(email, "email"),
            "event": pick("processed", "delivered", "open", "click", "bounce"),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(3) + "-" + f.hexid(5)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@mail.attestly.io>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "category": Many(pick("transactional", "signing_reminder", "notary_receipt"), 2),
            "useragent": pick(*UA_WEB),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Signer Reminder Sent",
        ["node"],
        {
            "envelope_id": G(envelope_id),
            "reminder_number": G(lambda f: f.r.randint(1, 5)),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(full, "name"),
            "from_address": const("no-reply@attestly.io"),
            "reply_to": pick("support@attestly.io", "notaries@attestly.io"),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.attestly.io>"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": pick(
                "Notary session dropped", "Can't upload my deed", "Refund request", "Question about witnesses"
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Session dropped mid-call, please call me back at {phone(f)}",
                        f"Best number to reach me is {phone(f)} after 5pm",
                        f"My co-executor can't log in, his cell is {phone(f)}",
                        f"Text me at {phone(f)} when a notary is free",
                    ]
                ),
                "phone",
                True,
            ),
            "requester_name": Y(full, "name"),
            "requester_email": Y(email, "email"),
            "assignee_name": Y(full, "name"),
            "priority": pick("low", "normal", "high", "urgent"),
            "tags": Many(pick("ron", "billing", "wills", "bug"), 3),
            "channel": pick("web", "email", "chat"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": pick("user", "lead"),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Please send the notarized copy to {email(f)}",
                        f"my co-executor is {email(f)}, can you add them?",
                        f"I changed my email to {email(f)}",
                        f"can the witness use {email(f)} instead",
                    ]
                ),
                "email",
                True,
            ),
            "assigned_agent": Y(full, "name"),
            "response_time_sec": G(lambda f: f.r.randint(5, 3600)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "flutter"],
        {
            "q": pick(
                "how many witnesses do i need in florida",
                "can I notarize a vehicle title",
                "testament olographe valide",
                "cancel subscription",
                "what id is accepted",
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "locale": pick("en-US", "fr-CA", "fr-FR"),
        },
    ),
    (
        "track",
        "Recipient Picked",
        ["web"],
        {
            "picker": pick("signer", "cc", "witness"),
            "option": {"label": Y(full, "name", True), "value": Y(email, "email", True)},
            "list_size": G(lambda f: f.r.randint(1, 200)),
            "search_length": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Email Typo Suggested",
        ["web"],
        {
            "original": Y(
                lambda f: (
                    email(f)
                    .replace("gmail", f.pick(["gmial", "gmai", "gnail"]))
                    .replace("outlook", "outlok")
                    .replace("yahoo", "yaho")
                ),
                "email",
                True,
            ),
            "suggestion": {
                "domain": pick("gmail.com", "outlook.com", "yahoo.com", "hotmail.fr"),
                "full": Y(email, "email", True),
            },
            "accepted": pick(True, False),
            "form": pick("signup", "add_signer", "checkout"),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "swift"],
        {
            "field_context": pick(
                "testator_address", "executor_address", "billing_address", "shipping_address"
            ),
            "input": Y(
                lambda f: (
                    f"{f.r.randint(100, 9899)} "
                    + f.pick(["Oak", "Magn", "Peachtree", "Bloor St", "rue Sainte"])
                ),
                "address|street",
                True,
            ),
            "prediction": {
                "description": Y(full_address, "address", True),
                "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
                "types": Many(pick("street_address", "premise", "subpremise"), 2),
            },
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Invite Sent",
        ["web", "kotlin"],
        {
            "referral_code": G(lambda f: "ATT-" + alnum(f, 6).upper()),
            "invitee_email": Y(email, "email"),
            "channel": pick("email", "sms", "copy_link"),
            "message": pick(
                "Made my will in 20 minutes, you should too",
                "Get $20 off your will with my link",
                "This is how we did our living trust",
            ),
        },
    ),
    (
        "track",
        "Appointment Scheduled",
        ["node"],
        {
            "event_type": pick("ron_30min", "witness_session", "attorney_call"),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "invitee": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "timezone": pick("America/New_York", "America/Chicago", "America/Toronto"),
                "text_reminder_number": Y(phone, "phone"),
            },
            "questions_and_answers": Many(
                {
                    "question": const("Which document needs notarizing?"),
                    "answer": pick(
                        "Vehicle title transfer",
                        "Affidavit of residence",
                        "Refinance closing package",
                        "Parental travel consent",
                    ),
                    "position": const(0),
                },
                1,
            ),
            "cancel_url": G(lambda f: f"https://calendly.com/cancellations/{f.uuid()}"),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["kotlin", "swift"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "notification": {
                "title": pick("Your document is waiting", "A notary is ready", "Reminder: finish your will"),
                "body": Y(
                    lambda f: f.pick(
                        [
                            f"{full(f)} asked you to sign a document",
                            f"{full(f)} has signed. You're next!",
                            f"Notary {full(f)} is ready for you",
                        ]
                    ),
                    "name",
                    True,
                ),
            },
            "action": pick("open", "dismiss", "snooze"),
        },
    ),
    (
        "track",
        "Ad Attribution Captured",
        ["web"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "landing_page": pick("/lp/online-will", "/lp/notary", "/fr/testament"),
            "first_touch_at": G(lambda f: f.iso()),
            "touch_count": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Employer Benefit Enrolled",
        ["java"],
        {
            "employerName": pick(
                "Globex Manufacturing", "Prairie Credit Union", "Hôpital Sainte-Justine", "Initech"
            ),
            "employeeId": G(lambda f: "E" + f.digits(6)),
            "memberNumber": G(lambda f: "MBR" + f.digits(9)),
            "groupNumber": pick("GRP-10231", "GRP-20877", "GRP-33410"),
            "jobTitle": pick("Nurse", "Machinist", "Loan Officer", "Software Engineer"),
            "annualSalary": Y(lambda f: f.r.randint(38000, 210000), "salary"),
            "enrolledAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Notarized Document Mailed",
        ["go"],
        {
            "shipment_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: f.pick(["1Z", "9400"]) + f.digits(16)),
            "carrier": pick("UPS", "USPS", "Canada Post", "La Poste"),
            "recipient": {
                "name": Y(full, "name"),
                "address_line1": Y(street, "address|street"),
                "phone": Y(phone, "phone"),
                "city": Y(city, "city"),
                "region": pick(*US_STATES, *PROVINCES),
                "postal_code": Y(postal, "zipcode"),
                "country": pick("US", "CA", "FR"),
            },
            "copies": G(lambda f: f.r.randint(1, 4)),
            "shipping_cost": G(lambda f: f.money(5, 60)),
        },
    ),
    (
        "track",
        "CRM Contact Synced",
        ["node"],
        {
            "objectId": G(lambda f: int(f.digits(11))),
            "properties": {
                "firstname": Y(first, "name"),
                "lastname": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "company": pick("Maple Title Co.", "Okafor & Reyes LLP", "Northside Realty Group"),
                "jobtitle": pick("Paralegal", "Escrow Officer", "Realtor", "Managing Partner"),
                "lifecyclestage": pick("lead", "marketingqualifiedlead", "customer"),
                "hubspot_owner_id": G(lambda f: f.digits(8)),
                "createdate": G(lambda f: f.iso()),
            },
            "portalId": const(44021873),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "acct_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            client = f.pick(clients)
            msg["context"] = render(leafify(CONTEXTS[client](f)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


def leafify(template):
    """Bare generator functions in a template are green leaves (shorthand for G)."""
    if callable(template) and not isinstance(template, (dict, Many)) and not hasattr(template, "gen"):
        return G(template)
    if isinstance(template, dict):
        return {k: leafify(v) for k, v in template.items()}
    if isinstance(template, Many):
        return Many(leafify(template.item), template.n)
    return template


EVENTS = [
    (kind, event, clients, leafify(body) if body is not None else None)
    for kind, event, clients, body in EVENTS
]


if __name__ == "__main__":
    events, labels = build(seed=143, repeats=26)
    write(Path(__file__).parent, "holdout143_", events, labels)
