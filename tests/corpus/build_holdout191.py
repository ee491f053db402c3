"""Writes holdout191: tests/corpus/holdout191_events.jsonl and holdout191_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or any other corpus's labels, and without running
the engine on these events. Nothing here was tuned to the engine; it has not been scored by me.

Domain: a municipal parking, traffic-fine and resident-permit app used in the Netherlands, France
and the US. Parking sessions (plates, zones, pay-by-phone via IVR and SMS), vehicles, resident,
visitor and business permits with addresses, household members, disability parking badges,
fines issued by officers' handhelds and scan cars (with evidence photos), appeals with free-text
explanations and hearings, payment plans with SEPA mandates, towing and impound records, city
enforcement officers' shifts and actions, staff accounts, support tickets, e-mail/SMS/push
vendors' payloads (SendGrid-, Twilio-, Mollie-, Zendesk- and Meta-CAPI-shaped), e-commerce spec
events for paying fines and buying permits, identify/track/page/screen/group/alias calls.

Contexts: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter and
the server libraries (python, node, go, java, ruby, php, .NET), with context.ip, context.traits,
device, app, library, locale, userAgent, campaign and context.location where those libraries or
their customers send them. Keys are mostly camelCase and snake_case English; about 15 % of the
templates use other real conventions: PascalCase (.NET backend, Twilio webhooks), kebab-case (a
Go SMS gateway), SCREAMING_SNAKE (a reverse-ETL sync from the warehouse) and Dutch and French
backend keys (kenteken, woonplaats, toelichting, immatriculation, numero_avis, ...).

Conventions: a path is dotted from the message root with `[]` for arrays (as portal.events.flatten
gives it); only properties, traits and context are labelled. Each label is classification
(red / yellow / green), type (a reference matcher name, or bank account, geolocation, secret,
national id, advertising id, token ...; `a|b` when either fits) and value_only.

Labelling rules (the product's default colours, as the brief sets them):
- PII is personal data about a natural person: the user, a visitor, a household member, a badge
  holder, a registered owner, an appellant's representative, a city officer or other staff.
  Colour is the reference's default for the matcher; outside the reference, red for credentials,
  secrets, card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Published policy: licence plates are yellow `license`, VINs yellow `serial`; billing addresses
  yellow `address`; pay, income and hourly rates yellow `salary`; insurance policy numbers yellow
  `identification`; gclid / fbclid / fbp / fbc yellow `advertising id`; trade-union membership
  yellow `trade union`; card tokens (`pm_...`), one-time codes and sign-in link tokens red
  `token`; identity-document numbers (BSN, NIR, passport, ID card) red `national id|passport`;
  right-to-work answers red `visa`; the last four digits of an SSN red. Green: numbers a
  business or the city issues (customer, permit, fine, appeal, officer badge, utility account
  numbers), ages and marital status, employers and job titles, a business's or venue's own phone,
  e-mail and address (tow companies, impound lots, GP practices, role mailboxes, the city's
  shortcodes and IVR numbers), UUID tokens (a Places session token), e-mail Message-IDs.
- Special categories: a boolean or enum that itself reveals a disability (a disability parking
  badge, its number or type, a mobility aid, needing wheelchair access, a maximum walking distance)
  is red `disability`; a diagnosis is yellow `diagnosis`; being a (disabled) veteran is red
  `veteran`; a civility title (M. / Mme) is yellow `gender`.
- Places: the person's own address, postcode and city of residence are yellow, and so is the
  city derived from their phone or device (context.location.city, Twilio's FromCity). Places that
  are not the person's are green: the municipality running the session or fine, parking zones
  and zone codes (also on resident permits: a zone is the city's area, not an address), searched
  destinations and their coordinates, the public street where an offence was recorded (street
  names only, never house numbers), impound lots, hearing venues, a company's office. Precise
  coordinates of the user's phone, their vehicle or an officer on duty are yellow `geolocation`.
- Evidence photo URLs of a vehicle and its plate are yellow `photo`.
- value_only is true when the key does not say what the value is (value, label, text, note, q,
  input, body, to, From, sender, explanation, toelichting, username, description ...). Every value of
  a value_only PII path carries that PII (appeal explanations are always signed with a name,
  SMS bodies and push texts always name a plate). Free text is labelled by what every one of its
  values carries; free text in which no value carries PII (officer remarks, app feedback,
  decision notes) is green. This corpus holds no free-text path in which only some values carry
  PII, so that no label depends on a reading of that rule.
- Hard greens kept on purpose: booleans, enums and counters under PII-sounding keys
  (emailVerified, phoneVerified, ssn_verified, has_photos, address_matched_brp, plate_validated,
  vehicles_count, password_strength, plate_format), OS-issued device ids, user agents, hashes of
  files and of our own user ids, money under `value` keys, BICs, the first six digits (BIN) and
  last four digits of a card, card brand and expiry, searched destinations' coordinates.
- Where a careful privacy owner at a mid-size company would want a field flagged and the rules
  above do not settle it, it is flagged (e.g. a carer's plate, a visitor's name).
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------

NL_FIRST = [
    "Daan",
    "Sanne",
    "Bram",
    "Fleur",
    "Mohamed",
    "Noor",
    "Sem",
    "Lotte",
    "Youssef",
    "Anouk",
    "Jan",
    "Ayşe",
    "Mehmet",
    "Emma",
    "Thijs",
    "Priya",
    "Wei",
    "Ingrid",
    "Rachid",
    "Maartje",
]
NL_LAST = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "El Amrani",
    "Y\u0131lmaz",
    "Bouali",
    "van Dijk",
    "Kramer",
    "Pinas",
    "Tjon A Fong",
    "Nguyen",
    "de Groot",
    "Mulder",
    "Boersma",
]
FR_FIRST = [
    "Camille",
    "Léa",
    "Hugo",
    "Lucas",
    "Chloé",
    "Inès",
    "Mamadou",
    "Aïcha",
    "Théo",
    "Manon",
    "Karim",
    "Nadia",
    "François",
    "Élodie",
    "Yanis",
    "Océane",
]
FR_LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Diallo",
    "Benali",
    "Girard",
    "Rousseau",
    "Traoré",
    "Haddad",
    "Nguyen",
    "Le Goff",
    "Da Silva",
    "Mercier",
]
US_FIRST = [
    "Jamal",
    "Maria",
    "Tyler",
    "Keisha",
    "José",
    "Ashley",
    "Dmitri",
    "Aaliyah",
    "Brandon",
    "Mei",
    "Connor",
    "Guadalupe",
    "Tuan",
    "Olivia",
    "Raj",
    "Destiny",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Hernandez",
    "Kim",
    "Nguyen",
    "O'Connor",
    "Washington",
    "Patel",
    "Rodriguez",
    "Kowalski",
    "Begay",
    "Chen",
    "Goldberg",
    "Okonkwo",
    "Murphy",
]
COUNTRIES = ["NL", "FR", "US"]
NL_STREETS = [
    "Kerkstraat",
    "Prinsengracht",
    "Oudegracht",
    "Nieuwe Binnenweg",
    "Vondelstraat",
    "Amstelveenseweg",
    "Javastraat",
    "Laan van Meerdervoort",
    "Burgemeester Reigerstraat",
    "Zeeburgerdijk",
    "Witte de Withstraat",
    "Stationsweg",
]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Haarlem", "Eindhoven", "Groningen"]
FR_STREETS = [
    "rue Oberkampf",
    "rue de la Roquette",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "cours Lafayette",
    "rue Nationale",
    "quai des Chartrons",
    "rue du Faubourg Saint-Antoine",
    "allée des Tilleuls",
    "impasse des Lilas",
]
FR_CITIES = [
    ("Paris", [f"750{n:02d}" for n in range(1, 21)]),
    ("Lyon", [f"6900{n}" for n in range(1, 10)]),
    ("Lille", ["59000", "59800"]),
    ("Bordeaux", ["33000", "33800"]),
    ("Nantes", ["44000", "44100"]),
    ("Toulouse", ["31000", "31400", "31500"]),
]
US_STREETS = [
    "Valencia St",
    "N Milwaukee Ave",
    "Beacon St",
    "Pike St",
    "S Congress Ave",
    "Germantown Ave",
    "Mission St",
    "W Armitage Ave",
    "Dorchester Ave",
    "Rainier Ave S",
]
US_CITIES = [
    ("San Francisco", "CA", "941"),
    ("Chicago", "IL", "606"),
    ("Boston", "MA", "021"),
    ("Seattle", "WA", "981"),
    ("Austin", "TX", "787"),
    ("Philadelphia", "PA", "191"),
]
MAIL_DOMAINS = {
    "NL": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "yahoo.fr"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "protonmail.com"],
}
MUNICIPALITIES = [
    "Amsterdam",
    "Rotterdam",
    "Utrecht",
    "Den Haag",
    "Paris",
    "Lyon",
    "Lille",
    "San Francisco",
    "Chicago",
    "Boston",
]
PUBLIC_STREETS = [
    "Damrak",
    "Rokin",
    "Coolsingel",
    "Lange Voorhout",
    "Rue de Rivoli",
    "Rue de la République",
    "Boulevard Haussmann",
    "Market St & 5th St",
    "N Clark St",
    "Boylston St",
    "Ferdinand Bolstraat",
    "Avenue des Champs-Élysées",
]
ZONES = [
    "363",
    "AMS-C1",
    "AMS-ZUID-3",
    "R-CENTRUM",
    "UT-BINNENSTAD",
    "DH-2",
    "PARIS-11",
    "LYON-RES-3",
    "SF-A",
    "CHI-RPP-383",
    "BOS-BB",
    "1095",
]
ZONE_NAMES = [
    "Centrum-1",
    "De Pijp",
    "Oud-Zuid",
    "Binnenstad",
    "Oberkampf",
    "Presqu'île",
    "Mission District",
    "Lincoln Park",
    "Back Bay",
    "Jordaan",
]
NL_LETTERS = "BDFGHJKLNPRSTVXZ"
FR_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
CAR_MAKES = [
    ("Volkswagen", "Golf"),
    ("Toyota", "Yaris"),
    ("Renault", "Clio"),
    ("Peugeot", "208"),
    ("Tesla", "Model 3"),
    ("Kia", "Niro"),
    ("Ford", "F-150"),
    ("Honda", "Civic"),
    ("BMW", "3 Series"),
    ("Fiat", "500"),
    ("Volvo", "XC40"),
]
COLORS = ["black", "white", "grey", "silver", "blue", "red", "green"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def country(f: Fake) -> str:
    return f.pick(COUNTRIES)


def first(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"NL": NL_FIRST, "FR": FR_FIRST, "US": US_FIRST}[c])


def last(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"NL": NL_LAST, "FR": FR_LAST, "US": US_LAST}[c])


def full_name(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f"{first(f, c)} {last(f, c)}"


def ascii_fold(text: str) -> str:
    text = text.replace("\u0131", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def email(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    fn, ln = ascii_fold(first(f, c)), ascii_fold(last(f, c)).replace(" ", "").replace("'", "")
    user = f.pick(
        [f"{fn}.{ln}", f"{fn[0]}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{ln}.{fn}", f"{fn}_{ln}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS[c])}"


def work_email(f: Fake) -> str:
    c = country(f)
    fn, ln = ascii_fold(first(f, c)), ascii_fold(last(f, c)).replace(" ", "").replace("'", "")
    domain = {"NL": "amsterdam.example.nl", "FR": "paris.example.fr", "US": "sfmta.example.gov"}[c]
    return f"{fn[0]}.{ln}@{domain}"


def nl_mobile(f: Fake) -> str:
    n = f.digits(8)
    return f.pick([f"+31 6 {n}", f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+316{n}", f"06{n}"])


def fr_mobile(f: Fake) -> str:
    pairs = [f"{f.r.randint(0, 99):02d}" for _ in range(4)]
    lead = f.pick(["6", "7"])
    return f.pick(
        [
            f"+33 {lead} {' '.join(pairs)}",
            f"0{lead} {' '.join(pairs)}",
            f"+33{lead}{''.join(pairs)}",
            f"0{lead}.{'.'.join(pairs)}",
        ]
    )


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def e164(f: Fake) -> str:
    prefix = f.pick(["+316", "+336", "+337", "+1312", "+1617", "+1415", "+1773"])
    return prefix + f.digits(8 if len(prefix) == 4 else 7)


def phone(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return {"NL": nl_mobile, "FR": fr_mobile, "US": us_phone}[c](f)


def nl_postcode(f: Fake) -> str:
    letters = f.pick(["GM", "KL", "AB", "XT", "BN", "HV", "CD", "RJ", "PW", "ZE"])
    return (
        f"{f.r.randint(1011, 9999)} {letters}"
        if f.r.random() < 0.8
        else f"{f.r.randint(1011, 9999)}{letters}"
    )


def postcode(f: Fake, c: str) -> str:
    if c == "NL":
        return nl_postcode(f)
    if c == "FR":
        return f.pick(f.pick(FR_CITIES)[1])
    z = f.pick(US_CITIES)[2] + f"{f.r.randint(1, 99):02d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1000, 9999)}"


def street_line(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "NL":
        add = f.pick(["", "", "-2", " A", "-hs", " 3-hoog", "B"])
        return f"{f.pick(NL_STREETS)} {f.r.randint(1, 320)}{add}"
    if c == "FR":
        return f"{f.r.randint(1, 180)}{f.pick(['', '', ' bis'])} {f.pick(FR_STREETS)}"
    return f"{f.r.randint(10, 4999)} {f.pick(US_STREETS)}{f.pick(['', '', ' Apt 3', ' Unit 2B', ' #405'])}"


def city(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "NL":
        return f.pick(NL_CITIES)
    if c == "FR":
        return f.pick(FR_CITIES)[0]
    return f.pick(US_CITIES)[0]


def full_address(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "NL":
        return f"{street_line(f, 'NL')}, {nl_postcode(f)} {city(f, 'NL')}"
    if c == "FR":
        name, codes = f.pick(FR_CITIES)
        return f"{street_line(f, 'FR')}, {f.pick(codes)} {name}"
    name, state, pre = f.pick(US_CITIES)
    return f"{street_line(f, 'US')}, {name}, {state} {pre}{f.r.randint(1, 99):02d}"


def plate(f: Fake, c: str | None = None) -> str:
    c = c or f.pick(["NL", "NL", "NL", "FR", "FR", "US", "US", "BE", "DE"])

    def L_(n):
        return "".join(f.pick(NL_LETTERS) for _ in range(n))

    def D(n):
        return "".join(str(f.r.randint(0, 9)) for _ in range(n))

    if c == "NL":
        return f.pick(
            [
                f"{D(2)}-{L_(3)}-{D(1)}",
                f"{D(1)}-{L_(3)}-{D(2)}",
                f"{L_(2)}-{D(3)}-{L_(1)}",
                f"{L_(1)}-{D(3)}-{L_(2)}",
                f"{L_(3)}-{D(2)}-{L_(1)}",
                f"{L_(2)}-{L_(2)}-{D(2)}",
            ]
        )
    if c == "FR":
        lt = "".join(f.pick(FR_LETTERS) for _ in range(4))
        return f"{lt[:2]}-{D(3)}-{lt[2:]}"
    if c == "US":
        return f.pick(
            [
                f"{f.r.randint(6, 9)}{''.join(f.pick(UPPER) for _ in range(3))}{D(3)}",
                f"{''.join(f.pick(UPPER) for _ in range(3))}-{D(4)}",
                f"{''.join(f.pick(UPPER) for _ in range(2))} {D(5)}",
            ]
        )
    if c == "BE":
        return f"{f.r.randint(1, 2)}-{''.join(f.pick(UPPER) for _ in range(3))}-{D(3)}"
    letters = "".join(f.pick(UPPER) for _ in range(2))
    return f"{f.pick(['B', 'K', 'HH', 'M', 'D'])}-{letters} {f.r.randint(1, 9999)}"


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(f: Fake) -> str:
    wmi = f.pick(["WVW", "WBA", "VF1", "VF3", "1HG", "5YJ", "JTD", "WAU", "YV1", "1FT", "KNA", "ZFA"])
    vds = "".join(f.pick(VIN_CHARS) for _ in range(5))
    rest = f.pick("HJKLMNPR") + f.pick(VIN_CHARS) + "".join(str(f.r.randint(0, 9)) for _ in range(6))
    partial = wmi + vds + "0" + rest
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(partial, VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return wmi + vds + check + rest


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last_digit = s % 11
        if last_digit < 10:
            return "".join(map(str, d)) + str(last_digit)


def nir(f: Fake) -> str:
    body = (
        f"{f.pick(['1', '2'])}{f.r.randint(40, 99):02d}{f.r.randint(1, 12):02d}"
        f"{f.pick(['75', '69', '59', '33', '44', '31', '93', '13'])}"
        f"{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    if f.r.random() < 0.5:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


def id_document_number(f: Fake) -> str:
    kind = f.pick(["NL", "FR", "US", "FRID"])
    if kind == "NL":
        chars = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
        return (
            f.pick(["NX", "NW", "BR", "IX"])
            + "".join(f.pick(chars) for _ in range(6))
            + str(f.r.randint(0, 9))
        )
    if kind == "FR":
        return f"{f.r.randint(10, 24)}{f.pick(UPPER)}{f.pick(UPPER)}{f.digits(5)}"
    if kind == "FRID":
        return "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    return f.pick(["", "A", "C"]) + f.digits(9 if f.r.random() < 0.5 else 8)


def badge_number(f: Fake) -> str:
    return f.pick(
        [
            f"GPK-{f.pick(['0363', '0599', '0344', '0518'])}-{f.digits(6)}",
            f"CMI-S {f.r.randint(2019, 2024)}{f.digits(8)}",
            f"DP{f.digits(7)}",
            f"EU-PC {f.digits(4)} {f.digits(5)}",
        ]
    )


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a02:a46f", "2001:1c00", "2a01:e0a", "2600:1700", "2a01:cb00", "2601:646"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return ipv6(f) if f.r.random() < 0.25 else f.ipv4()


def b64chars(f: Fake, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + b64chars(f, f.r.randint(70, 90))


def fbclid(f: Fake) -> str:
    return "IwAR" + b64chars(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def fcm_token(f: Fake) -> str:
    return b64chars(f, 11) + ":APA91b" + b64chars(f, 134)


def pm_token(f: Fake) -> str:
    return "pm_1" + "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
    )


def iban(f: Fake) -> str:
    return f.iban(f.pick(["NL", "NL", "FR", "DE", "ES"]))


CITY_CENTRES = [
    (52.37, 4.89),
    (51.92, 4.48),
    (52.09, 5.12),
    (48.86, 2.35),
    (45.76, 4.83),
    (37.77, -122.42),
    (41.88, -87.63),
    (42.35, -71.06),
]
_last_centre: dict[int, tuple[float, float]] = {}


def lat(f: Fake) -> float:
    """A latitude near a city centre; the next lon() call on the same Fake stays near the same city."""
    base = f.pick(CITY_CENTRES)
    _last_centre[id(f)] = base
    return round(base[0] + f.r.uniform(-0.04, 0.04), 6)


def lon(f: Fake) -> float:
    base = _last_centre.pop(id(f), None) or f.pick(CITY_CENTRES)
    return round(base[1] + f.r.uniform(-0.05, 0.05), 6)


def photo_url(f: Fake) -> str:
    host = f.pick(
        [
            "media.handhaving.example.nl",
            "evidence.fps.example.fr",
            "cite-media.example-sfmta.gov",
            "scanauto-cdn.example.nl",
        ]
    )
    return f"https://{host}/{f.r.randint(2023, 2024)}/{f.r.randint(1, 12):02d}/{f.uuid()}.jpg"


def money(f: Fake, lo=1.0, hi=150.0) -> float:
    return f.money(lo, hi)


def zone(f: Fake) -> str:
    return f.pick(ZONES)


def date_between(f: Fake, a: int, b: int) -> str:
    return f.date(a, b)


# Free text carrying, in every value, the PII its label names.


def signed_explanation(f: Fake) -> str:
    c = country(f)
    name = full_name(f, c)
    body = {
        "NL": [
            "De parkeerautomaat was defect en de app gaf een foutmelding. Met vriendelijke groet, {n}",
            "Ik had een geldige bezoekersvergunning, zie bijlage.\n\nGroet,\n{n}",
        ],
        "FR": [
            "J'ai payé le stationnement via l'application mais la transaction n'a pas été enregistrée. "
            "Cordialement, {n}",
            "Le panneau était masqué par un échafaudage. Bien à vous, {n}",
        ],
        "US": [
            "I was unloading furniture for less than 10 minutes and the sign was covered by scaffolding. "
            "Thanks, {n}",
            "My residential permit was displayed on the dashboard, photo attached.\n-- {n}",
            "{n} here. The meter was broken and would not take cards, I tried the app too.",
        ],
    }[c]
    return f.pick(body).format(n=name)


def toelichting_with_phone(f: Fake) -> str:
    return f.pick(
        [
            "Ik stond maar 5 minuten stil om te laden en lossen. Bel mij gerust op {p}.",
            "Mijn vergunning was verlengd maar nog niet verwerkt. Graag contact via {p}",
            "De bebording was onduidelijk door wegwerkzaamheden. Telefonisch bereikbaar: {p}",
            "Bezwaar namens mijn moeder, zij is slecht ter been. Mijn nummer is {p}.",
        ]
    ).format(p=nl_mobile(f))


def plate_text(f: Fake) -> str:
    return f.pick(
        [
            "Your parking session for {pl} in zone {z} ends in 10 minutes.",
            "Je parkeeractie voor {pl} eindigt over 15 minuten. Verlengen?",
            "Votre stationnement pour {pl} se termine dans 10 min.",
            "Parking for {pl} stopped automatically at the maximum duration.",
        ]
    ).format(pl=plate(f), z=zone(f))


def sms_body(f: Fake) -> str:
    return f.pick(["START {z} {pl}", "STOP {pl}", "start {z} {pl} 2u", "{z} {pl}", "VERLENG {pl} 60"]).format(
        z=zone(f), pl=plate(f)
    )


def ticket_with_plate(f: Fake) -> str:
    return f.pick(
        [
            "My car {pl} was towed from {s} this morning, where can I pick it up?",
            "Got a fine for {pl} but I had a valid session in the app",
            "Hoi, mijn kenteken {pl} staat niet meer op mijn vergunning",
            "Bonjour, mon véhicule {pl} a été enlevé, quels documents apporter ?",
        ]
    ).format(pl=plate(f), s=f.pick(PUBLIC_STREETS))


def release_note(f: Fake) -> str:
    return f.pick(
        [
            "Released to {n}, ID checked",
            "Collected by {n} (registered owner)",
            "Picked up by {n} on behalf of the owner, authorisation letter on file",
            "Vrijgegeven aan {n}",
        ]
    ).format(n=full_name(f))


def address_query(f: Fake) -> str:
    c = country(f)
    if c == "NL":
        return f.pick(
            [
                f"{street_line(f, 'NL')}, {city(f, 'NL')}",
                f"{nl_postcode(f)} {f.r.randint(1, 200)}",
                street_line(f, "NL").lower(),
            ]
        )
    return full_address(f, c) if f.r.random() < 0.5 else street_line(f, c)


# -- templates ---------------------------------------------------------------------------------


@dataclass
class Maybe:
    """A key that is present only in some messages."""

    item: Any
    p: float = 0.5


SKIP = object()


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Maybe):
        return render(template.item, f, path, labels) if f.r.random() < template.p else SKIP
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render(value, f, f"{path}.{key}", labels)
            if rendered is not SKIP:
                out[key] = rendered
        return out
    raise TypeError(type(template))


def c(value):
    return G(lambda f: value)


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def ts():
    return G(lambda f: f.iso())


def uid():
    return G(lambda f: f.uuid())


def num(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def amt(lo=1.0, hi=150.0):
    return G(lambda f: f.money(lo, hi))


def flag():
    return G(lambda f: f.pick([True, False]))


def name_():
    return Y(full_name, "name")


def plate_():
    return Y(plate, "license")


def geo(fn):
    return Y(fn, "geolocation")


# -- contexts ----------------------------------------------------------------------------------

PAGES = [
    ("/", "Parkeren & Vergunningen"),
    ("/boete-betalen", "Boete betalen"),
    ("/permits/apply", "Apply for a permit"),
    ("/appeal", "Contest a citation"),
    ("/fr/stationnement", "Stationnement résidentiel"),
    ("/account", "My account"),
]


def web_context():
    return {
        "library": {
            "name": c("analytics.js"),
            "version": pick("npm:next-1.64.0", "npm:next-1.66.0", "next-1.70.0"),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": pick(
                "", "https://www.google.com/", "https://www.amsterdam.example.nl/parkeren", "https://t.co/"
            ),
            "search": pick("", "?utm_source=newsletter&utm_medium=email", "?lang=en"),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: "https://parkeren.example.city" + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Maybe(
            {
                "brands": Many(
                    {
                        "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": pick("124", "123", "99", "8"),
                    },
                    3,
                ),
                "mobile": flag(),
                "platform": pick("macOS", "Windows", "Android"),
            },
            0.6,
        ),
        "locale": pick("nl-NL", "en-US", "fr-FR", "en-GB", "es-US"),
        "timezone": pick("Europe/Amsterdam", "Europe/Paris", "America/Los_Angeles", "America/Chicago"),
        "ip": Y(ip, "ip"),
        "campaign": Maybe(
            {
                "name": pick("permit_renewal_2024", "app_launch", "boete_online"),
                "source": pick("newsletter", "google", "facebook"),
                "medium": pick("email", "cpc", "social"),
                "term": pick("parkeervergunning", "pay parking ticket", "stationnement résident"),
                "content": pick("cta_top", "banner_b"),
            },
            0.3,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": c("ParkCity"),
            "version": pick("6.4.0", "6.4.2", "6.5.0"),
            "build": pick("6400", "6421", "6503"),
            "namespace": c("city.park.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": c("Apple"),
            "model": pick("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"),
            "name": c("iPhone"),
            "type": c("ios"),
            "advertisingId": Maybe(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "adTrackingEnabled": flag(),
            "token": Maybe(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": c("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": pick("nl-NL", "en-US", "fr-FR"),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "carrier": pick("KPN", "Orange F", "Verizon", "Odido", "T-Mobile"),
        },
        "os": {"name": c("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 428), "height": pick(844, 852, 926), "density": pick(3, 2)},
        "timezone": pick("Europe/Amsterdam", "Europe/Paris", "America/New_York"),
        "ip": Y(ip, "ip"),
        "location": Maybe({"latitude": geo(lat), "longitude": geo(lon), "speed": amt(0, 3)}, 0.5),
    }


def kotlin_context():
    return {
        "app": {
            "name": c("ParkCity"),
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("640001", "650003"),
            "namespace": c("city.park.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "OnePlus", "Xiaomi"),
            "model": pick("SM-A546B", "Pixel 8", "CPH2449", "23021RAAEG"),
            "name": pick("a54x", "shiba", "OP594DL1", "tapas"),
            "type": c("android"),
            "advertisingId": Maybe(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "adTrackingEnabled": flag(),
        },
        "library": {"name": c("analytics-kotlin"), "version": pick("1.16.3", "1.15.0")},
        "locale": pick("nl-NL", "fr-FR", "en-US"),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": c("Android"), "version": pick("14", "13", "12")},
        "screen": {
            "density": pick(2.625, 2.75, 3.0),
            "width": pick(1080, 1440),
            "height": pick(2340, 2400, 3120),
        },
        "timezone": pick("Europe/Amsterdam", "Europe/Paris", "America/Chicago"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-A546B', 'Pixel 8'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": uid(),
        "ip": Y(ip, "ip"),
        "traits": Maybe({"email": Y(email, "email"), "phone": Y(phone, "phone")}, 0.5),
        "location": Maybe(
            {
                "latitude": geo(lat),
                "longitude": geo(lon),
                "city": Y(city, "city"),
                "country": pick("Netherlands", "France", "United States"),
            },
            0.5,
        ),
    }


def rn_context():
    return {
        "app": {
            "name": c("Parkeren Bezoek"),
            "version": pick("3.2.0", "3.3.1"),
            "build": pick("320", "331"),
            "namespace": c("nl.example.bezoekparkeren"),
        },
        "device": {
            "id": uid(),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone14,5", "SM-S918B", "Pixel 7a"),
            "type": pick("ios", "android"),
        },
        "library": {"name": c("analytics-react-native"), "version": pick("2.19.2", "2.20.1")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "network": {"wifi": flag(), "cellular": flag()},
        "locale": pick("nl-NL", "en-NL", "tr-NL", "ar-NL"),
        "timezone": c("Europe/Amsterdam"),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name"), "lastName": Y(last, "name")},
        "ip": Y(ip, "ip"),
    }


def flutter_context():
    return {
        "app": {
            "name": c("Stationnement+"),
            "version": pick("2.8.0", "2.9.1"),
            "build": pick("208", "291"),
            "namespace": c("fr.example.stationnement"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("Apple", "samsung", "Xiaomi"),
            "model": pick("iPhone13,2", "SM-G991B", "2201117TG"),
            "type": pick("ios", "android"),
        },
        "library": {"name": c("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": pick("fr-FR", "fr-BE", "en-FR"),
        "os": {"name": pick("iOS", "Android"), "version": pick("17.3", "13")},
        "screen": {"width": pick(390, 393), "height": pick(844, 873)},
        "timezone": c("Europe/Paris"),
        "ip": Y(ip, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": c(name), "version": pick(*versions)}}
    if lib in ("node", "python", "php"):
        ctx["ip"] = Maybe(Y(ip, "ip"), 0.6)
        ctx["userAgent"] = Maybe(G(lambda f: f.pick(UAS)), 0.4)
    if lib in ("node", "ruby"):
        ctx["traits"] = Maybe({"email": Y(email, "email")}, 0.4)
        ctx["groupId"] = Maybe(G(lambda f: "org_" + f.digits(6)), 0.3)
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
MOBILE = ["swift", "kotlin", "flutter"]
SERVER = list(SERVER_LIBS)


def context_for(client: str):
    return CONTEXTS[client]() if client in CONTEXTS else server_context(client)


# -- events ------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.pick(["NH-", "FPS-", "PERMIT-", "CIT-"]) + f.digits(8)),
        "sku": pick("FINE-PARKING-B", "PERMIT-RES-12M", "PERMIT-VIS-HRS", "FPS-PARIS-Z1", "RPP-CHI-ANNUAL"),
        "name": pick(
            "Naheffingsaanslag parkeerbelasting",
            "Resident permit (12 months)",
            "Bezoekersuren (10 uur)",
            "Forfait post-stationnement",
            "Residential parking permit",
        ),
        "category": pick("fines", "permits", "visitor_hours"),
        "price": amt(5, 450),
        "quantity": num(1, 3),
        "position": num(1, 6),
    }


EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin", "web", "rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street_line, "address|street"),
                "postalCode": Y(lambda f: postcode(f, country(f)), "zipcode"),
                "city": Y(city, "city"),
                "country": pick("NL", "FR", "US"),
                "state": Maybe(pick("Noord-Holland", "Île-de-France", "CA", "IL", "MA"), 0.6),
            },
            "birthday": Maybe(Y(lambda f: f.date(1940, 2006), "birthdate"), 0.5),
            "createdAt": ts(),
            "plan": pick("pay_as_you_go", "premium", "business"),
            "preferredLanguage": pick("nl", "en", "fr", "tr", "es"),
            "vehiclesCount": num(0, 4),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "marketingOptIn": flag(),
            "hasResidentPermit": flag(),
            "hasDisabilityBadge": RED(lambda f: f.pick([True, False]), "disability"),
            "age": Maybe(num(18, 91), 0.4),
        },
        70,
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "CustomerNumber": G(lambda f: "C" + f.digits(8)),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobileNumber": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1940, 2006) + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "Unknown", "X"]), "gender"),
            "Street": Y(lambda f: f.pick(NL_STREETS + FR_STREETS + US_STREETS), "street|address"),
            "HouseNumber": Y(
                lambda f: str(f.r.randint(1, 320)) + f.pick(["", "", "A", "-2"]), "address|street"
            ),
            "PostalCode": Y(lambda f: postcode(f, country(f)), "zipcode"),
            "City": Y(city, "city"),
            "CountryCode": pick("NL", "FR", "US"),
            "AccountStatus": pick("Active", "Suspended", "PendingVerification"),
            "CreatedUtc": ts(),
            "IsBusinessAccount": flag(),
            "MaritalStatus": Maybe(pick("Single", "Married", "Divorced", "Widowed"), 0.5),
        },
        35,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_E164": Y(e164, "phone"),
            "HOME_POSTCODE": Y(lambda f: postcode(f, country(f)), "zipcode"),
            "PERMIT_COUNT": num(0, 3),
            "OPEN_FINES": num(0, 6),
            "TOTAL_FINES_EUR": amt(0, 900),
            "LAST_SESSION_AT": ts(),
            "LTV_EUR": amt(0, 3000),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "CUSTOMER_SEGMENT": pick("COMMUTER", "RESIDENT", "VISITOR_HEAVY", "DORMANT"),
            "IS_RESIDENT": flag(),
            "AGE_BAND": pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
        },
        30,
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "numero_client": G(lambda f: f.digits(9)),
            "civilite": Y(lambda f: f.pick(["M.", "Mme", "Mme", "M."]), "gender"),
            "nom": Y(lambda f: last(f, "FR"), "name"),
            "prenom": Y(lambda f: first(f, "FR"), "name"),
            "courriel": Y(lambda f: email(f, "FR"), "email"),
            "telephone_portable": Y(fr_mobile, "phone"),
            "adresse_postale": Y(lambda f: full_address(f, "FR"), "address"),
            "code_postal": Y(lambda f: postcode(f, "FR"), "zipcode"),
            "ville": Y(lambda f: city(f, "FR"), "city"),
            "date_naissance": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1940, 2005)}",
                "birthdate",
            ),
            "abonnement": pick("résident", "professionnel", "aucun"),
            "consentement_cgu": flag(),
            "date_inscription": ts(),
        },
        30,
    ),
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": pick(
                "Bakkerij Visser B.V.",
                "Coolblue Bezorging",
                "Plombier Express SARL",
                "Bay Area Movers LLC",
                "Zorgthuis Utrecht",
                "Boulangerie du Marais",
            ),
            "industry": pick("Logistics", "Home care", "Construction", "Retail"),
            "employees": num(2, 400),
            "plan": pick("business_basic", "business_fleet"),
            "createdAt": ts(),
            "kvk_number": G(lambda f: f.digits(8)),
            "vat_number": G(lambda f: f.pick(["NL", "FR"]) + f.digits(9) + f.pick(["B01", "B02", ""])),
            "website": pick(
                "https://bakkerijvisser.example.nl",
                "https://plombier-express.example.fr",
                "https://bayareamovers.example.com",
            ),
            "billing_email": pick(
                "facturen@bakkerijvisser.example.nl",
                "compta@plombier-express.example.fr",
                "accounts@bayareamovers.example.com",
                "finance@zorgthuis.example.nl",
            ),
            "main_phone": pick("+31 20 555 0134", "+33 1 70 55 01 23", "+1 415 555 0188"),
            "office": {
                "street": pick("Industrieweg 14", "12 rue des Entrepreneurs", "2200 Cesar Chavez St"),
                "city": pick("Amsterdam", "Paris", "San Francisco"),
                "postal_code": pick("1041 AS", "75015", "94124"),
                "country": pick("NL", "FR", "US"),
            },
            "fleet_size": num(1, 60),
            "contact_person": {
                "name": name_(),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "job_title": pick("Office manager", "Fleet coordinator", "Owner", "Planner"),
            },
        },
        25,
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}, 20),
    # -- parking sessions -----------------------------------------------------------------------------
    (
        "track",
        "Parking Session Started",
        [*MOBILE, "rn"],
        {
            "session_id": uid(),
            "zone_code": G(zone),
            "zone_name": pick(*ZONE_NAMES),
            "municipality": pick(*MUNICIPALITIES),
            "licence_plate": plate_(),
            "vehicle_nickname": pick("Golf", "Werkbus", "Mum's car", "La Clio", "Tesla", "Camionnette"),
            "start_time": ts(),
            "planned_end_time": ts(),
            "duration_minutes": pick(15, 30, 60, 90, 120, 180),
            "rate_per_hour": pick(2.1, 3.5, 5.0, 7.5, 4.0, 6.0),
            "currency": pick("EUR", "USD"),
            "payment_method": pick("wallet", "card", "ideal", "apple_pay", "monthly_invoice"),
            "location": {"lat": geo(lat), "lng": geo(lon), "accuracy_m": num(3, 60)},
            "start_method": pick("app", "widget", "carplay", "android_auto"),
            "is_visitor": flag(),
            "meter_id": Maybe(G(lambda f: "PA-" + f.digits(5)), 0.5),
        },
        90,
    ),
    (
        "track",
        "Parking Session Extended",
        [*MOBILE, "rn"],
        {
            "session_id": uid(),
            "extra_minutes": pick(15, 30, 60),
            "new_end_time": ts(),
            "licence_plate": plate_(),
            "price_delta": amt(0.5, 12),
            "extended_from": pick("push", "app", "widget"),
        },
        45,
    ),
    (
        "track",
        "Parking Session Stopped",
        [*MOBILE, "rn", "web"],
        {
            "session_id": uid(),
            "total_amount": amt(0.4, 40),
            "duration_minutes": num(3, 600),
            "stopped_by": pick("user", "auto_max_duration", "geofence_exit"),
            "licence_plate": plate_(),
            "receipt_email": Maybe(Y(email, "email"), 0.6),
            "transaction_fee": pick(0.0, 0.15, 0.35),
        },
        70,
    ),
    (
        "track",
        "Pay By Phone Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": c("AC3f8e21b0d7c94a6e9b5d2c1a0e8f7d61"),
            "From": Y(e164, "phone", True),
            "To": pick("+31205550100", "+33170550199", "+14155550111"),
            "Direction": c("inbound"),
            "CallStatus": pick("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: str(f.r.randint(12, 240))),
            "Digits": G(lambda f: f.pick([*ZONES[:1], "1095", "383", "4021"]) + "#"),
            "FromCity": Y(
                lambda f: f.pick(["AMSTERDAM", "CHICAGO", "BOSTON", "PARIS", "SAN FRANCISCO"]), "city"
            ),
            "FromState": pick("", "IL", "MA", "CA"),
            "FromZip": Y(lambda f: f.pick(["606", "021", "941"]) + f"{f.r.randint(1, 99):02d}", "zipcode"),
            "FromCountry": pick("NL", "FR", "US"),
            "ToCity": pick("AMSTERDAM", "PARIS", "SAN FRANCISCO"),
            "ApiVersion": c("2010-04-01"),
        },
        35,
    ),
    (
        "track",
        "SMS Parking Command Received",
        ["go"],
        {
            "message-sid": G(lambda f: "SM" + f.hexid(32)),
            "sender": Y(e164, "phone", True),
            "shortcode": pick("4224", "3210", "72777"),
            "body": Y(sms_body, "license", True),
            "command": pick("start", "stop", "extend"),
            "parsed-zone": G(zone),
            "received-at": G(lambda f: f.epoch_ms()),
            "gateway": pick("messagebird", "twilio"),
        },
        35,
    ),
    (
        "screen",
        "Zone Details",
        MOBILE,
        {
            "name": c("Zone Details"),
            "zone_code": G(zone),
            "from_search": flag(),
            "occupancy_pct": num(10, 100),
        },
        40,
    ),
    (
        "screen",
        "Wallet",
        [*MOBILE, "rn"],
        {
            "name": c("Wallet"),
            "balance": amt(0, 80),
            "cards_on_file": num(0, 3),
            "has_sepa_mandate": flag(),
        },
        30,
    ),
    (
        "track",
        "Parking Destination Searched",
        [*MOBILE, "web"],
        {
            "query": pick(
                "Rijksmuseum",
                "Ziggo Dome",
                "Gare du Nord",
                "Wrigley Field",
                "Hôpital Édouard Herriot",
                "Erasmus MC",
                "Fenway Park",
                "Jaarbeurs Utrecht",
                "AMC",
            ),
            "results_count": num(0, 25),
            "session_token": uid(),
            "selected_place_id": G(lambda f: "ChIJ" + b64chars(f, 23)),
            "destination": {
                "lat": G(lat),
                "lng": G(lon),
                "label": pick("Museumplein", "Gare du Nord", "Wrigley Field", "Jaarbeursplein"),
            },
            "radius_m": pick(250, 500, 1000),
        },
        40,
    ),
    (
        "track",
        "Address Lookup Performed",
        ["web"],
        {
            "q": Y(address_query, "address", True),
            "result_count": num(0, 8),
            "provider": pick(
                "PDOK Locatieserver", "api-adresse.data.gouv.fr", "Google Places", "SmartyStreets"
            ),
            "selected_id": G(lambda f: "adr-" + f.hexid(32)),
            "session_token": uid(),
            "step": c("permit_address"),
        },
        35,
    ),
    # -- vehicles --------------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Added",
        [*MOBILE, "web"],
        {
            "vehicle": {
                "plate": plate_(),
                "country": pick("NL", "FR", "US", "BE", "DE"),
                "make": G(lambda f: f.pick(CAR_MAKES)[0]),
                "model": G(lambda f: f.pick(CAR_MAKES)[1]),
                "color": pick(*COLORS),
                "fuel_type": pick("petrol", "diesel", "electric", "hybrid"),
                "emission_class": pick("Euro 4", "Euro 6", "Crit'Air 1", "Crit'Air 3", "ZEV"),
                "vin": Maybe(Y(vin, "serial"), 0.4),
                "nickname": pick("Golf", "Werkbus", "Mum's car", "La Clio", "Tesla"),
                "is_default": flag(),
                "registration_year": num(2004, 2024),
            },
            "vehicles_count": num(1, 4),
            "plate_validated": flag(),
            "plate_format": pick("nl_sidecode_8", "nl_sidecode_9", "fr_siv", "us_standard", "unknown"),
        },
        40,
    ),
    (
        "track",
        "Vehicle Removed",
        MOBILE,
        {
            "vehicle_id": G(lambda f: f.digits(7)),
            "reason": pick("sold", "lease_ended", "typo"),
            "vehicles_count": num(0, 3),
        },
        20,
    ),
    # -- permits ---------------------------------------------------------------------------------------
    (
        "track",
        "Permit Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "APP-" + f.digits(7)),
            "permit_type": pick("resident", "visitor", "business", "care_provider"),
            "zone": G(zone),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(lambda f: f.date(1935, 2006), "birthdate"),
                "bsn": Maybe(RED(bsn, "national id"), 0.5),
            },
            "address": {
                "street": Y(street_line, "address|street"),
                "house_number": Y(lambda f: str(f.r.randint(1, 320)), "address|street"),
                "house_number_addition": Maybe(
                    Y(lambda f: f.pick(["A", "2", "hs", "3-hoog", "B", "bis"]), "address|street"), 0.5
                ),
                "postcode": Y(lambda f: postcode(f, country(f)), "zipcode"),
                "city": Y(city, "city"),
            },
            "vehicle_plate": plate_(),
            "proof_documents": Many(
                {
                    "type": pick("rental_agreement", "utility_bill", "deed", "lease"),
                    "upload_id": uid(),
                    "size_kb": num(80, 4500),
                },
                2,
            ),
            "fee": pick(35.4, 67.0, 184.0, 120.0),
            "currency": pick("EUR", "USD"),
            "household_permits_count": num(0, 2),
            "address_matched_brp": flag(),
        },
        45,
    ),
    (
        "track",
        "Vergunning Aangevraagd",
        ["java"],
        {
            "aanvraagnummer": G(lambda f: f"{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "vergunningsoort": pick(
                "bewonersvergunning", "bezoekersvergunning", "bedrijfsvergunning", "mantelzorgvergunning"
            ),
            "kenteken": Y(lambda f: plate(f, "NL"), "license"),
            "naam": Y(lambda f: full_name(f, "NL"), "name"),
            "bsn": RED(bsn, "national id"),
            "straatnaam": Y(lambda f: f.pick(NL_STREETS), "street|address"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 320)), "address|street"),
            "postcode": Y(nl_postcode, "zipcode"),
            "woonplaats": Y(lambda f: city(f, "NL"), "city"),
            "parkeerzone": G(zone),
            "ingangsdatum": G(lambda f: f.date(2024, 2024)),
            "leges": pick(35.4, 67.0, 184.0),
            "status": pick("ingediend", "in_behandeling", "wachtlijst"),
            "wachtlijstpositie": num(0, 2400),
        },
        35,
    ),
    (
        "track",
        "Permit Approved",
        ["python", "java"],
        {
            "permit_id": uid(),
            "permit_number": G(lambda f: f.pick(["BV", "RPP", "PR"]) + f.digits(7)),
            "valid_from": G(lambda f: f.date(2024, 2024)),
            "valid_until": G(lambda f: f.date(2025, 2025)),
            "zone": G(zone),
            "plate": plate_(),
            "approved_by_officer_id": G(lambda f: "EMP" + f.digits(5)),
            "auto_approved": flag(),
        },
        40,
    ),
    (
        "track",
        "Household Member Added",
        ["web", "swift"],
        {
            "permit_id": uid(),
            "member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "relationship": pick("partner", "child", "parent", "housemate"),
                "birth_year": Y(lambda f: f.r.randint(1940, 2008), "birthdate"),
                "has_own_vehicle": flag(),
            },
            "household_size": num(1, 6),
        },
        25,
    ),
    (
        "track",
        "Visitor Session Started",
        ["rn"],
        {
            "visitor": {"name": name_(), "plate": plate_(), "phone": Maybe(Y(phone, "phone"), 0.3)},
            "hours_purchased": pick(1, 2, 3, 4, 8),
            "visitor_hours_remaining": num(0, 120),
            "permit_id": uid(),
            "favorite_used": flag(),
            "zone": G(zone),
        },
        55,
    ),
    (
        "track",
        "Visitor Favorites Synced",
        ["rn"],
        {
            "favorites": Many(
                {
                    "label": Y(full_name, "name", True),
                    "plate": plate_(),
                    "added_at": ts(),
                    "uses": num(0, 60),
                },
                4,
            ),
            "favorites_count": num(1, 12),
        },
        30,
    ),
    (
        "track",
        "Business Permit Employee Added",
        ["web"],
        {
            "company_id": G(lambda f: "org_" + f.digits(6)),
            "employee": {
                "name": name_(),
                "email": Y(work_email, "email"),
                "phone": Y(phone, "phone"),
                "plate": plate_(),
                "employee_number": G(lambda f: f.digits(5)),
                "department": pick("Bezorging", "Service", "Sales"),
            },
            "added_by_admin_id": G(lambda f: "usr_" + f.hexid(12)),
            "seats_used": num(1, 50),
        },
        25,
    ),
    (
        "track",
        "Email Event Received",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": pick("delivered", "open", "click", "bounce"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "sg_event_id": G(lambda f: b64chars(f, 22)),
            "sg_message_id": G(
                lambda f: b64chars(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8)
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@mail.parkeren.example.city>"),
            "category": Many(pick("permit_renewal", "reminder", "transactional"), 2),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "ip": Maybe(Y(lambda f: f.ipv4(), "ip"), 0.5),
            "useragent": Maybe(G(lambda f: f.pick(UAS)), 0.5),
        },
        30,
    ),
    # -- disability badges -------------------------------------------------------------------------------
    (
        "track",
        "Disability Badge Application Started",
        ["web"],
        {
            "application_id": G(lambda f: "GPK-" + f.digits(6)),
            "badge_type": RED(
                lambda f: f.pick(
                    [
                        "gpk_bestuurder",
                        "gpk_passagier",
                        "cmi_stationnement",
                        "disabled_placard_permanent",
                        "disabled_placard_temporary",
                    ]
                ),
                "disability",
            ),
            "applying_for": pick("self", "child", "parent", "partner"),
            "holder": {"full_name": name_(), "date_of_birth": Y(lambda f: f.date(1930, 2020), "birthdate")},
            "mobility_aid": RED(
                lambda f: f.pick(["wheelchair", "rollator", "crutches", "mobility_scooter"]), "disability"
            ),
            "max_walking_distance_m": RED(lambda f: f.pick([0, 50, 100, 200]), "disability"),
            "gp_practice_phone": pick("+31 20 555 0172", "+33 4 72 55 01 12", "+1 312 555 0145"),
            "gp_name": name_(),
            "step": num(1, 5),
        },
        30,
    ),
    (
        "track",
        "Badge Holder Details Confirmed",
        ["dotnet"],
        {
            "BadgeNumber": RED(badge_number, "disability"),
            "HolderName": name_(),
            "HolderBirthDate": Y(lambda f: f.date(1930, 2020), "birthdate"),
            "HolderAddress": Y(full_address, "address"),
            "ExpiryDate": G(lambda f: f.date(2025, 2029)),
            "IssuingAuthority": pick(
                "Gemeente Amsterdam", "MDPH du Rhône", "California DMV", "Gemeente Utrecht"
            ),
            "Category": pick("Driver", "Passenger"),
            "Diagnosis": Y(
                lambda f: f.pick(
                    ["multiple sclerosis", "COPD", "paraplegia", "rheumatoid arthritis", "heart failure"]
                ),
                "diagnosis",
            ),
            "AssessmentId": G(lambda f: f.digits(9)),
            "ReservedSpotOnPlate": flag(),
        },
        25,
    ),
    (
        "track",
        "Place PMR Demandée",
        ["php"],
        {
            "numero_cmi": RED(badge_number, "disability"),
            "nom": Y(lambda f: full_name(f, "FR"), "name"),
            "adresse": Y(lambda f: street_line(f, "FR"), "address|street"),
            "code_postal": Y(lambda f: postcode(f, "FR"), "zipcode"),
            "ville": Y(lambda f: city(f, "FR"), "city"),
            "immatriculation": Y(lambda f: plate(f, "FR"), "license"),
            "numero_secu": Maybe(RED(nir, "national id"), 0.6),
            "fauteuil_roulant": RED(lambda f: f.pick([True, False]), "disability"),
            "commune": pick("Paris", "Lyon", "Lille", "Bordeaux"),
            "date_demande": G(lambda f: f.date(2024, 2024)),
        },
        25,
    ),
    (
        "track",
        "Carer Linked",
        ["web", "kotlin"],
        {
            "badge_application_id": G(lambda f: "GPK-" + f.digits(6)),
            "carer": {"name": name_(), "phone": Y(phone, "phone"), "plate": plate_()},
            "relationship": pick("partner", "son", "daughter", "professional", "neighbour"),
            "carer_count": num(1, 3),
        },
        20,
    ),
    # -- fines -----------------------------------------------------------------------------------------
    (
        "track",
        "Citation Issued",
        ["java"],
        {
            "citation_id": uid(),
            "citation_number": G(lambda f: f.digits(10)),
            "officer": {
                "id": G(lambda f: "EMP" + f.digits(5)),
                "badge_number": G(lambda f: f.digits(4)),
                "name": name_(),
                "unit": pick("Parking Enforcement North", "Handhaving Centrum", "ASP Brigade 11"),
            },
            "vehicle": {
                "plate": plate_(),
                "plate_state": pick("CA", "IL", "MA", "NL", "FR"),
                "make": G(lambda f: f.pick(CAR_MAKES)[0]),
                "color": pick(*COLORS),
            },
            "violation_code": pick("TRC7.2.22", "V5200", "9-64-170", "R417-10", "NH-BP"),
            "violation_description": pick(
                "Street cleaning",
                "Expired meter",
                "Residential permit zone",
                "No valid parking session",
                "Blocking driveway",
            ),
            "location": {
                "street": pick(*PUBLIC_STREETS),
                "cross_street": pick("", "Valencia St", "Rue Oberkampf", "Spui"),
                "lat": geo(lat),
                "lng": geo(lon),
            },
            "registered_owner": Maybe(
                {
                    "name": name_(),
                    "address": Y(full_address, "address"),
                    "zip": Y(lambda f: postcode(f, country(f)), "zipcode"),
                },
                0.5,
            ),
            "fine_amount": pick(76.0, 108.0, 35.0, 135.0, 65.0),
            "photos": Many(
                {"url": Y(photo_url, "photo"), "taken_at": ts(), "sha256": G(lambda f: f.hexid(64))}, 3
            ),
            "device_id": G(lambda f: "HH-" + f.digits(4)),
            "issued_at": ts(),
            "beat": pick("N3", "C1", "Z7"),
        },
        55,
    ),
    (
        "track",
        "Naheffingsaanslag Opgelegd",
        ["java"],
        {
            "aanslagnummer": G(lambda f: "6" + f.digits(11)),
            "kenteken": Y(lambda f: plate(f, "NL"), "license"),
            "handhaver_id": G(lambda f: "H" + f.digits(4)),
            "handhaver_naam": Y(lambda f: full_name(f, "NL"), "name"),
            "straat": pick("Damrak", "Rokin", "Ferdinand Bolstraat", "Coolsingel", "Lange Voorhout"),
            "bedrag": pick(72.9, 75.2, 68.3),
            "parkeerbelasting": amt(1, 7.5),
            "kosten_naheffing": pick(71.4, 73.7, 66.8),
            "foto_urls": Many(Y(photo_url, "photo"), 3),
            "tijdstip": ts(),
            "scanauto_id": pick("SA-07", "SA-12", "SA-21"),
            "kentekenherkenning_score": G(lambda f: round(f.r.uniform(0.82, 0.999), 3)),
            "zone": G(zone),
        },
        45,
    ),
    (
        "track",
        "Avis FPS Émis",
        ["php"],
        {
            "numero_avis": G(lambda f: f.digits(2) + f.digits(10) + f.digits(14)),
            "immatriculation": Y(lambda f: plate(f, "FR"), "license"),
            "montant_forfait_post_stationnement": pick(35.0, 50.0, 75.0),
            "agent_matricule": G(lambda f: f.digits(6)),
            "agent_nom": Y(lambda f: full_name(f, "FR"), "name"),
            "lieu": pick("Rue de Rivoli", "Boulevard Haussmann", "Rue de la République", "Cours Lafayette"),
            "date_infraction": ts(),
            "photo_url": Y(photo_url, "photo"),
            "statut": pick("émis", "notifié", "payé", "majoré"),
        },
        40,
    ),
    (
        "screen",
        "Fine Details",
        [*MOBILE, "rn"],
        {
            "name": c("Fine Details"),
            "fine_id": uid(),
            "status": pick("open", "paid", "appealed", "increased"),
            "amount_due": amt(30, 200),
            "has_photos": flag(),
            "days_until_increase": num(0, 45),
        },
        40,
    ),
    (
        "page",
        "Pay a Fine",
        ["web"],
        {
            "name": c("Pay a Fine"),
            "path": c("/boete-betalen"),
            "url": G(
                lambda f: "https://parkeren.example.city/boete-betalen?ref=" + f.pick(["letter", "sms", "qr"])
            ),
            "title": c("Boete betalen"),
            "referrer": pick("", "https://www.google.com/"),
            "search": pick("?ref=letter", "?ref=sms", "?ref=qr"),
            "gclid": Maybe(Y(gclid, "advertising id"), 0.4),
            "utm_source": Maybe(pick("google", "bing"), 0.4),
        },
        50,
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "name": c("Landing"),
            "path": c("/"),
            "url": pick("https://parkeren.example.city/", "https://parkeren.example.city/?lang=en"),
            "fbclid": Maybe(Y(fbclid, "advertising id"), 0.5),
        },
        30,
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": amt(5, 450),
            "currency": pick("EUR", "USD"),
            "coupon": pick("", "RESIDENT10", "SENIOR"),
            "products": Many(product(), 3),
        },
        35,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": uid(),
            "step": c(2),
            "payment_method": pick("card", "sepa_debit", "ideal"),
            "card_number": Maybe(RED(lambda f: f.card(), "credit card"), 0.35),
            "cardholder_name": Y(full_name, "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
            "iban": Maybe(RED(iban, "bank account"), 0.4),
            "bic": Maybe(pick("INGBNL2A", "RABONL2U", "ABNANL2A", "BNPAFRPP", "SOGEFRPP"), 0.4),
            "account_holder": Maybe(name_(), 0.4),
        },
        30,
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": uid(),
            "total": amt(5, 450),
            "revenue": amt(5, 450),
            "tax": amt(0, 30),
            "currency": pick("EUR", "USD"),
            "payment_method": pick("card", "ideal", "sepa_debit", "apple_pay"),
            "payment_method_id": Maybe(RED(pm_token, "token"), 0.6),
            "products": Many(product(), 2),
            "billing_address": {
                "name": name_(),
                "line1": Y(street_line, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(lambda f: postcode(f, country(f)), "zipcode"),
                "country": pick("NL", "FR", "US"),
            },
            "email": Y(email, "email"),
            "card": Maybe(
                {
                    "brand": pick("visa", "mastercard", "amex", "cartes_bancaires"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": num(1, 12),
                    "exp_year": num(2025, 2030),
                    "funding": pick("credit", "debit"),
                },
                0.6,
            ),
        },
        50,
    ),
    (
        "track",
        "Wallet Topped Up",
        ["flutter", "swift"],
        {
            "amount": pick(10, 20, 25, 50),
            "currency": c("EUR"),
            "balance_after": amt(10, 120),
            "method": pick("ideal", "card", "apple_pay", "bancontact"),
            "issuer": pick("ING", "Rabobank", "ABN AMRO", "bunq", "Crédit Agricole"),
            "transaction_id": G(lambda f: "tr_" + b64chars(f, 10)),
        },
        35,
    ),
    # -- appeals ---------------------------------------------------------------------------------------
    (
        "track",
        "Appeal Submitted",
        ["web"],
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(7)),
            "fine_id": uid(),
            "ground": pick(
                "signage_unclear",
                "valid_permit",
                "valid_session",
                "vehicle_stolen",
                "loading_unloading",
                "meter_broken",
            ),
            "explanation": Y(signed_explanation, "name", True),
            "attachments_count": num(0, 5),
            "contact_email": Y(email, "email"),
            "contact_phone": Maybe(Y(phone, "phone"), 0.6),
            "wants_hearing": flag(),
            "mailing_address": Maybe(
                {
                    "line1": Y(street_line, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(lambda f: postcode(f, country(f)), "zipcode"),
                },
                0.5,
            ),
            "representative": Maybe(
                {
                    "name": name_(),
                    "firm": pick("DAS Rechtsbijstand", "Cabinet Moreau Avocats", "Traffic Ticket Pros LLC"),
                    "email": Y(email, "email"),
                },
                0.3,
            ),
            "language": pick("nl", "en", "fr"),
        },
        45,
    ),
    (
        "track",
        "Bezwaar Ingediend",
        ["java"],
        {
            "bezwaarnummer": G(lambda f: "BZ" + f.digits(8)),
            "aanslagnummer": G(lambda f: "6" + f.digits(11)),
            "reden": pick("bebording_onduidelijk", "geldige_vergunning", "laden_lossen", "automaat_defect"),
            "toelichting": Y(toelichting_with_phone, "phone", True),
            "indiener_email": Y(lambda f: email(f, "NL"), "email"),
            "gemachtigde_naam": Maybe(Y(lambda f: full_name(f, "NL"), "name"), 0.4),
            "ontvangen_op": ts(),
        },
        30,
    ),
    (
        "track",
        "Appeal Decision Recorded",
        ["go"],
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(7)),
            "decision": pick("upheld", "dismissed", "partially_upheld"),
            "decided_by": G(lambda f: "EMP" + f.digits(5)),
            "reviewer_name": name_(),
            "refund_amount": amt(0, 135),
            "notes": pick(
                "Signage at location confirmed missing on site visit.",
                "Session started 4 minutes after citation.",
                "Permit valid for zone, citation cancelled.",
                "No evidence provided.",
                "Loading exemption applies.",
            ),
            "decided_at": ts(),
        },
        35,
    ),
    (
        "track",
        "Appeal Hearing Scheduled",
        ["go", "web"],
        {
            "hearing_id": uid(),
            "hearing_at": ts(),
            "venue": {
                "name": pick(
                    "Stadsloket Centrum", "Tribunal de police de Paris", "SFMTA Customer Service Center"
                ),
                "address": pick(
                    "Amstel 1, 1011 PN Amsterdam",
                    "1 rue de Lutèce, 75004 Paris",
                    "11 S Van Ness Ave, San Francisco, CA 94103",
                ),
                "phone": pick("14 020", "+33 1 44 32 51 51", "+1 415 555 0150"),
            },
            "attendees": Many(
                {"name": name_(), "role": pick("appellant", "interpreter", "officer", "representative")}, 3
            ),
            "interpreter_language": pick("none", "Turkish", "Arabic", "Spanish", "Polish"),
            "wheelchair_access_needed": RED(lambda f: f.pick([True, False]), "disability"),
            "remote": flag(),
        },
        25,
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": num(100000, 999999),
                "subject": pick("Towed vehicle", "Fine question", "Permit plate change", "Enlèvement"),
                "description": Y(ticket_with_plate, "license", True),
                "priority": pick("normal", "high"),
                "tags": Many(pick("towing", "fines", "permits", "fr"), 3),
            },
            "requester": {"name": name_(), "email": Y(email, "email")},
            "via": {"channel": pick("web", "email", "mobile_sdk")},
        },
        30,
    ),
    # -- payment plans ---------------------------------------------------------------------------------
    (
        "track",
        "Payment Plan Requested",
        ["web"],
        {
            "plan_id": uid(),
            "total_debt": amt(100, 2500),
            "installments": pick(3, 6, 12),
            "monthly_amount": amt(20, 250),
            "monthly_net_income": Y(lambda f: f.r.randint(900, 4500), "salary"),
            "employer": pick(
                "Albert Heijn", "PostNL", "SNCF", "Self-employed", "City of Chicago", "Unemployed"
            ),
            "job_title": pick("Cashier", "Nurse", "Driver", "Teacher", "Student"),
            "household_size": num(1, 6),
            "marital_status": pick("single", "married", "cohabiting", "divorced"),
            "iban": RED(iban, "bank account"),
            "bsn": Maybe(RED(bsn, "national id"), 0.5),
            "account_holder_name": name_(),
            "mandate_id": G(lambda f: "MNDT-" + f.digits(8)),
            "consent_direct_debit": c(True),
        },
        30,
    ),
    (
        "track",
        "Betalingsregeling Getroffen",
        ["java"],
        {
            "regelingnummer": G(lambda f: "BR" + f.digits(7)),
            "termijnbedrag": amt(20, 250),
            "aantal_termijnen": pick(3, 6, 12),
            "rekeningnummer": RED(lambda f: f.iban("NL"), "bank account"),
            "tenaamstelling": Y(
                lambda f: f"{f.pick(['J.', 'A.', 'M.', 'S.', 'R.'])} {last(f, 'NL')}", "name"
            ),
            "incassodatum": pick(1, 15, 25),
        },
        25,
    ),
    (
        "track",
        "Installment Payment Failed",
        ["node"],
        {
            "id": G(lambda f: "tr_" + b64chars(f, 10)),
            "mode": c("live"),
            "amount": {"value": G(lambda f: f"{f.money(20, 250):.2f}"), "currency": c("EUR")},
            "status": pick("failed", "expired", "canceled"),
            "method": pick("directdebit", "creditcard"),
            "sequenceType": pick("recurring", "first"),
            "mandateId": G(lambda f: "mdt_" + b64chars(f, 10)),
            "details": {
                "consumerName": name_(),
                "consumerAccount": RED(
                    lambda f: f.iban(f.pick(["NL", "DE", "FR"])).replace(" ", ""), "bank account"
                ),
                "consumerBic": pick("INGBNL2A", "RABONL2U", "DEUTDEFF", "BNPAFRPP"),
                "bankReasonCode": pick("AM04", "MD01", "AC04", "MS02"),
            },
            "metadata": {"plan_id": uid(), "installment": num(1, 12)},
        },
        30,
    ),
    # -- towing and impound ------------------------------------------------------------------------------
    (
        "track",
        "Tow Requested",
        ["kotlin"],
        {
            "tow_request_id": uid(),
            "reason": pick("blocking_driveway", "event_zone", "abandoned", "unpaid_fines_boot"),
            "plate": plate_(),
            "vehicle": {
                "make": G(lambda f: f.pick(CAR_MAKES)[0]),
                "model": G(lambda f: f.pick(CAR_MAKES)[1]),
                "color": pick(*COLORS),
            },
            "tow_company": pick(
                "Takel Service Amsterdam", "Dépannage Lyonnais", "Auto Return", "Sergeant's Towing"
            ),
            "tow_company_phone": pick("+31 20 555 0199", "+33 4 78 55 01 80", "+1 415 555 0176"),
            "location": {"lat": geo(lat), "lng": geo(lon), "accuracy_m": num(3, 60)},
            "requested_by_officer_id": G(lambda f: "EMP" + f.digits(5)),
            "priority": pick("normal", "urgent"),
            "owner_contact": Maybe({"name": name_(), "phone": Y(phone, "phone")}, 0.4),
        },
        30,
    ),
    (
        "track",
        "Vehicle Impounded",
        ["dotnet"],
        {
            "ImpoundId": G(lambda f: f.digits(8)),
            "LotName": pick("Autopound Cruquiusweg", "Fourrière de Bercy", "AutoReturn 450 7th St"),
            "LotAddress": pick(
                "Cruquiusweg 50, 1019 AT Amsterdam",
                "48 quai de Bercy, 75012 Paris",
                "450 7th St, San Francisco, CA 94103",
            ),
            "PlateNumber": plate_(),
            "Vin": Y(vin, "serial"),
            "RegisteredOwner": {
                "Name": name_(),
                "Address": Y(full_address, "address"),
                "Phone": Maybe(Y(phone, "phone"), 0.6),
            },
            "DailyStorageFee": pick(24.0, 31.8, 25.0),
            "TowFee": pick(375.0, 150.0, 229.0),
            "ImpoundedUtc": ts(),
            "PropertyInventory": pick(
                "Child seat, umbrella", "None", "Laptop bag in trunk", "Groceries, sunglasses"
            ),
        },
        30,
    ),
    (
        "track",
        "Vehicle Released",
        ["python"],
        {
            "release_id": uid(),
            "impound_id": G(lambda f: f.digits(8)),
            "released_to_name": name_(),
            "id_document_type": pick("passport", "id_card", "drivers_license"),
            "id_document_number": RED(id_document_number, "national id|passport"),
            "note": Y(release_note, "name", True),
            "total_paid": amt(150, 900),
            "payment_method": pick("card", "cash", "pin"),
            "released_at": ts(),
            "insurance": {
                "insurer": pick("Centraal Beheer", "AXA", "GEICO", "Allianz"),
                "policy_number": Y(lambda f: f.pick(["POL", "", "AX"]) + f.digits(9), "identification"),
                "verified": flag(),
            },
        },
        30,
    ),
    (
        "track",
        "Enlèvement Fourrière",
        ["php"],
        {
            "numero_dossier": G(lambda f: "FR-" + f.digits(8)),
            "immatriculation": Y(lambda f: plate(f, "FR"), "license"),
            "proprietaire_nom": Y(lambda f: full_name(f, "FR"), "name"),
            "proprietaire_adresse": Y(lambda f: full_address(f, "FR"), "address"),
            "motif_enlevement": pick("stationnement gênant", "stationnement abusif", "zone de livraison"),
            "parc": pick("Fourrière de Bercy", "Fourrière Pouchet", "Fourrière de Lyon-Gerland"),
            "frais_garde_journaliers": pick(6.42, 10.0),
        },
        25,
    ),
    # -- officers and staff ------------------------------------------------------------------------------
    (
        "track",
        "Officer Shift Started",
        ["kotlin"],
        {
            "shift_id": uid(),
            "officer_id": G(lambda f: "EMP" + f.digits(5)),
            "officer_name": name_(),
            "badge_number": G(lambda f: f.digits(4)),
            "beat": pick("N3", "C1", "Z7", "B12"),
            "handheld_id": G(lambda f: "HH-" + f.digits(4)),
            "scan_car_id": Maybe(pick("SA-07", "SA-12", "SA-21"), 0.4),
            "start_location": {"lat": geo(lat), "lng": geo(lon)},
        },
        30,
    ),
    (
        "track",
        "Officer Action Logged",
        ["kotlin"],
        {
            "action": pick("chalk", "scan", "warn", "cite", "photo"),
            "officer_id": G(lambda f: "EMP" + f.digits(5)),
            "plates_scanned": num(0, 400),
            "remarks": pick(
                "Vehicle on sidewalk",
                "No valid permit displayed",
                "Loading zone, driver absent",
                "Blocking driveway",
                "Meter expired 45 min",
                "Geen geldig parkeerrecht",
            ),
            "gps": {"lat": geo(lat), "lng": geo(lon)},
            "body_cam_active": flag(),
        },
        40,
    ),
    (
        "track",
        "Staff Account Created",
        ["ruby"],
        {
            "employee_id": G(lambda f: "EMP" + f.digits(5)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "work_email": Y(work_email, "email"),
            "work_phone": Maybe(Y(phone, "phone"), 0.6),
            "role": pick("enforcement_officer", "appeals_reviewer", "tow_coordinator", "supervisor"),
            "hourly_rate": Y(lambda f: f.money(18, 42), "salary"),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "authorized_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "home_address": Y(full_address, "address"),
            "emergency_contact": {
                "name": name_(),
                "phone": Y(phone, "phone"),
                "relationship": pick("spouse", "mother", "friend"),
            },
            "age": num(19, 64),
        },
        20,
    ),
    # -- residency, veterans, accounts -------------------------------------------------------------------
    (
        "track",
        "Residency Verified",
        ["python"],
        {
            "applicant_id": G(lambda f: f.digits(7)),
            "ssn": Maybe(RED(lambda f: f.ssn(), "social security number"), 0.5),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "ssn_verified": flag(),
            "date_of_birth": Y(lambda f: f.date(1935, 2006), "birthdate"),
            "proof_type": pick("utility_bill", "lease", "vehicle_registration"),
            "utility_account_number": G(lambda f: f.digits(10)),
            "id_check_provider": pick("Socure", "Persona", "LexisNexis"),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "result": pick("pass", "review", "fail"),
        },
        25,
    ),
    (
        "track",
        "Veteran Plate Discount Applied",
        ["python", "web"],
        {
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "plate_type": RED(
                lambda f: f.pick(["disabled_veteran", "veteran", "purple_heart", "pow"]), "veteran"
            ),
            "plate": plate_(),
            "discount_pct": pick(50, 100),
            "state": pick("IL", "MA", "CA"),
        },
        20,
    ),
    (
        "track",
        "Proof Of Residence Uploaded",
        ["web"],
        {
            "document_type": pick("utility_bill", "lease", "energierekening", "quittance_loyer"),
            "ocr": {
                "full_name": name_(),
                "address": Y(full_address, "address"),
                "issue_date": G(lambda f: f.date(2024, 2024)),
                "issuer": pick("Eneco", "Vattenfall", "EDF", "PG&E", "ComEd"),
            },
            "file_sha256": G(lambda f: f.hexid(64)),
            "pages": num(1, 4),
        },
        25,
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": pick("email", "apple", "google", "digid", "franceconnect"),
            "email": Y(email, "email"),
            "password_strength": pick("weak", "fair", "strong"),
            "referral_code": Maybe(G(lambda f: "REF" + f.hexid(6).upper()), 0.3),
            "accepted_terms": c(True),
        },
        30,
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "flutter"],
        {
            "method": pick("password", "magic_link", "apple", "google", "digid"),
            "link_token": Maybe(RED(lambda f: b64chars(f, 43), "token"), 0.4),
            "remember_me": flag(),
            "failed_attempts": num(0, 3),
        },
        45,
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": pick("login", "login-modal"),
            "fields": {
                "username": Y(email, "email", True),
                "password": RED(
                    lambda f: (
                        f.pick(["Welkom2024!", "parking123", "Soleil#75", "Tr0ub4dor&3"])
                        + str(f.r.randint(0, 99))
                    ),
                    "password",
                ),
                "remember": pick("on", "off"),
            },
            "duration_ms": num(2000, 40000),
        },
        20,
    ),
    (
        "track",
        "Phone Number Verified",
        MOBILE,
        {
            "contact": {"type": c("phone"), "value": Y(phone, "phone", True)},
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": num(1, 3),
            "verified": flag(),
            "channel": c("sms"),
        },
        30,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": pick("permit_apply", "visitor_add"),
            "field": c("licence_plate"),
            "input": Y(plate, "license", True),
            "duration_ms": num(300, 9000),
            "autocorrected": flag(),
        },
        30,
    ),
    (
        "track",
        "Push Notification Sent",
        ["go"],
        {
            "notification_id": uid(),
            "title": pick("Parking ends soon", "Parkeren stopt bijna", "Fin de stationnement"),
            "text": Y(plate_text, "license", True),
            "push_token": RED(fcm_token, "token"),
            "platform": pick("fcm", "apns"),
        },
        40,
    ),
    (
        "track",
        "Reminder SMS Sent",
        ["node"],
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(phone, "phone", True),
            "from": pick("ParkCity", "+14155550111", "4224"),
            "status": pick("queued", "sent", "delivered", "undelivered"),
            "num_segments": pick("1", "2"),
            "price": pick("-0.0075", "-0.0790"),
            "error_code": pick(0, 30003, 30005),
        },
        30,
    ),
    (
        "track",
        "Conversion Sent To Meta",
        ["python"],
        {
            "event_name": pick("Purchase", "CompleteRegistration", "Lead"),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "action_source": c("website"),
            "event_id": uid(),
            "user_data": {
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Maybe(Y(fbc, "advertising id"), 0.5),
                "fbp": Y(fbp, "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {"value": amt(5, 450), "currency": pick("EUR", "USD")},
        },
        25,
    ),
    (
        "track",
        "Notification Preferences Updated",
        MOBILE,
        {
            "email_enabled": flag(),
            "sms_enabled": flag(),
            "push_enabled": flag(),
            "reminder_minutes_before": pick(5, 10, 15, 30),
        },
        25,
    ),
    (
        "track",
        "Feedback Submitted",
        [*MOBILE, "web"],
        {
            "rating": num(1, 5),
            "nps": num(0, 10),
            "comment": pick(
                "App works great",
                "Zone map is confusing",
                "Payment failed twice",
                "Please add Apple Pay",
                "Trop de frais de service",
                "Prima app!",
            ),
            "screen": pick("session_summary", "fine_paid"),
        },
        30,
    ),
    (
        "track",
        "Garage Entry Recorded",
        ["go"],
        {
            "camera-id": G(lambda f: "CAM-" + f.digits(3)),
            "garage": pick("P+R Zeeburg", "Parking Saint-Antoine", "Millennium Park Garage"),
            "lane": num(1, 6),
            "plate-read": plate_(),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 0.999), 3)),
            "image-url": Y(photo_url, "photo"),
            "entry-ts": G(lambda f: f.epoch_ms()),
            "ticketless": flag(),
        },
        35,
    ),
    (
        "track",
        "Webhook Endpoint Failed",
        ["go"],
        {
            "endpoint_id": G(lambda f: "we_" + b64chars(f, 24)),
            "url": pick("https://fleet.example.com/hooks/parking", "https://erp.example.nl/api/parkeren"),
            "http_status": pick(500, 502, 401, 404),
            "attempt": num(1, 8),
            "signing_secret": RED(lambda f: "whsec_" + b64chars(f, 32), "secret"),
        },
        15,
    ),
]


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": "ajs-next-" + f.hexid(32) if client == "web" else f.uuid(),
    }
    if kind == "alias":
        msg["previousId"] = f.uuid()
        msg["userId"] = f.digits(8)
    elif client in SERVER or f.r.random() < 0.6:
        msg["userId"] = f.digits(8) if client != "dotnet" else f.uuid()
    if client in CONTEXTS:
        msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["timestamp"] = f.iso()
    if client in CONTEXTS:
        msg["sentAt"] = f.iso()
    msg["integrations"] = {} if f.r.random() < 0.8 else {"All": True, "Mixpanel": False}
    return msg


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, clients, body, weight in EVENTS:
        for _ in range(weight):
            events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=191)
    write(Path(__file__).parent, "holdout191_", events, labels)
