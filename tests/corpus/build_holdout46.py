"""Writes holdout 46: tests/corpus/holdout46_events.jsonl and holdout46_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or docs/detection.md, and without running the engine on these events. It is
meant to be scored once, as events the engine has never seen.

Covers smart home, home security and connected-home insurance, as one Segment customer's traffic:
a camera / doorbell / alarm app (Vakta, iOS and Android), smart locks with guest access codes and
the lock vendor's webhooks, a thermostat and energy app (Varmo, Flutter), an alarm-receiving
centre's dispatch and keyholder service (.NET, PascalCase), a care-alarm line for elderly
residents, an installer app, Swedish work orders and a job portal (kebab-case payloads), rental
hosts' reservation sync, a home-insurance discount programme with partner insurers (BankID
checks, Norwegian and Dutch forms, US quotes), a web shop with the e-commerce spec events and a
legacy card form captured by a form listener, support, auth, a chatbot, Twilio / Stripe /
Meta-CAPI shaped payloads, request headers, reverse-ETL rows from the warehouse
(SCREAMING_SNAKE); households in Sweden, Norway, the Netherlands and the US, their members,
guests, emergency contacts, keyholders, dependants, pets, installers and operators.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.
Keys: mostly camelCase and snake_case; about a fifth of the leaf keys are PascalCase, kebab-case,
SCREAMING_SNAKE or Norwegian, Swedish and Dutch keys (fornavn, etternavn, fodselsnummer, adresse, postnummer,
poststed, fornamn, efternamn, personnummer, gatuadress, voornaam, tussenvoegsel, achternaam,
huisnummer, woonplaats, polisnummer, rekeninghouder, aanhef, kontonummer, portkod ...).

Values come from `fake.py` and local generators: names from many cultures, Norwegian, Swedish,
Dutch and US phone formats and addresses, Swedish personnummer with a valid Luhn digit,
Norwegian fodselsnummer and kontonummer with valid mod-11 check digits, US SSNs of valid
structure, Luhn cards and IMEIs, mod-97 IBANs (NO, SE, NL), MACs, device serials, Nordic, Dutch
and US plates, ad-platform click ids. Every template is rendered 30 times, seeded (4646).

Conventions: one label per leaf path (`flatten` paths, arrays as `[]`); a path holds the same kind
of value in every event; where a key is shared by several events it means the same thing in all
(`properties.name` is only ever a page or product name, `properties.location` only ever a room).

Labelling rules (the product's default colours):
- PII = personal data about a natural person (user, guest, recipient, contact, dependant, staff):
  names, contact details, the person's own address or precise location, birth dates, government
  ids, bank accounts and full card numbers, health and other special categories, credentials and
  secrets, IP addresses (LAN addresses of a home's devices included), advertising ids. Colour and
  type from the reference's default matchers; outside it, red for credentials / secrets, cards,
  bank accounts and government ids (`national id`), yellow otherwise (`geolocation`,
  `advertising id`).
- Green: ids we or a vendor issue (user, household, device, order, lock, code-slot, Stripe
  `cus_` / `in_` / `pi_` ids, Twilio SIDs), versions, timestamps, hashes of non-PII, amounts,
  enums, counters and booleans even under PII-sounding keys (`emailVerified`, `phone_type`,
  `personnummerVerified`, `ssn_provided`), names of things (cameras, locks, rooms, homes such as
  "Hytta", products, plans, companies, insurers, pets), places that are not a person's (grid
  area, a store, a municipality), country, state, locale, timezone, currency, user agents, OS
  analytics device ids, Wi-Fi network names of the ISP-default kind used here.
- Contested cases, by the product's published policy: green for loyalty / member / customer /
  claim numbers (`kundenummer`, `schadenummer`, `claim_number`, a police case number treated
  alike), ages and age bands, marital status and relationship, job titles and employers, a
  business's own phone / e-mail / address (an installer company's number, the Twilio `From`
  number), pets' names and data (a pet's birth date and microchip number); yellow for insurance
  policy numbers (`identification`), pay and hourly rates (`salary`), vehicle plates
  (`license`), ad click ids gclid / fbclid / fbp / fbc (`advertising id`), billing and shipping
  addresses (`address`, with `city` / `zipcode` on their parts); red for payment and card tokens,
  activation codes, one-time codes and reset tokens (`token` / `secret`).
- A boolean or enum revealing a special category is that category (`uses_wheelchair`: red
  `disability`; `military_affiliation`: red `veteran`).
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `recognized_as`, `face_label`, `destination`, `redirect_url`, `Notes`,
  `body`); such a path holds that PII in every one of its values. Free text is labelled by what
  every value carries (dispatch notes and ticket bodies always quote a name and a phone number:
  `phone|name`; push texts always a first name; lock-code notes always a full name; a dependant's
  `medical_notes` always a condition), green when no value carries any (`transcript`,
  `share_message`, `customer_notes`, `omschrijving`, `feedback`, `DispatchReason`).
- Decisions where the policy is silent (what a careful privacy owner would flag): a hashed e-mail
  or phone sent for ad matching (`user_data.em` / `ph`) is labelled as the data it hashes, yellow,
  key-named (not value_only); a push-notification device token is red `token`; device, camera and
  sensor serial numbers and an electricity meter-point id tied to one household are yellow
  `serial` / `identification|serial`; an installer's professional certificate number is yellow
  `certificate`; a Wi-Fi password is red `password`; a door access code, a building entry code
  (`portkod`) and an alarm centre's verbal code word are red `password|secret`; a CVC is red
  `credit card`; a snapshot of a visitor at the door is yellow `photo`; a cellular module's IMEI
  is yellow `serial`; a staff member's work e-mail and a marketplace's relay e-mail for a guest
  are the person's `email`; a rental listing's address (the host's own property) is `address`;
  Swedish and Norwegian personal numbers are typed `national id|social security number`; Dutch
  name particles (`tussenvoegsel`) are `name`, a house number alone is `address|street`, a
  salutation (`aanhef`: Dhr. / Mevr.) reveals gender, yellow `gender`; the last four digits of an
  SSN are red; card brand, last four, expiry and bank routing numbers are green.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- local value generators -------------------------------------------------------------------------

NO_FIRST = ["Ingrid", "Lars", "Sigrid", "Eirik", "Solveig", "Ole", "Kari", "Magnus", "Ragnhild", "Håkon"]
NO_LAST = ["Hansen", "Johansen", "Olsen", "Haugen", "Berg", "Bakke", "Solberg", "Ødegård", "Sæther", "Lie"]
SE_FIRST = ["Astrid", "Oskar", "Freja", "Nils", "Linnea", "Björn", "Åsa", "Emil", "Maja", "Anders"]
SE_LAST = ["Johansson", "Andersson", "Nilsson", "Lindqvist", "Karlsson", "Eriksson", "Nordström", "Åberg"]
NL_FIRST = ["Daan", "Sanne", "Bram", "Femke", "Jeroen", "Lotte", "Sem", "Anouk", "Thijs", "Noor"]
NL_LAST = ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Hendriks"]
NL_TUSSEN = ["van", "de", "van der", "van den", "ter", "van 't"]
NL_TUSSEN_LAST = ["Vries", "Berg", "Dijk", "Leeuwen", "Brink", "Wal", "Hoek"]
US_FIRST = ["Jennifer", "Michael", "DeShawn", "Maria", "Ashley", "Tyler", "Keisha", "Brandon", "Guadalupe"]
US_LAST = ["Williams", "Johnson", "Jackson", "Hernández", "Brown", "Miller", "Kim", "O'Connor", "Cohen"]
WORLD = [
    "Ahmed Hassan",
    "Yasmin Ali",
    "Mehmet Y\u0131lmaz",
    "Aleksander Nowak",
    "Thi Lan Nguyen",
    "Amina Mohamed",
    "Juan Pérez",
    "Fatemeh Rahimi",
    "Oluwaseun Adeyemi",
    "Priya Raman",
    "Wei Zhang",
    "Tomasz Wiśniewski",
    "Leila Haddad",
    "Dmitri Sokolov",
    "Ana Souza",
    "Hiroshi Tanaka",
]

NO_STREETS = [
    "Kirkeveien",
    "Storgata",
    "Thereses gate",
    "Bogstadveien",
    "Møllergata",
    "Fjellveien",
    "Skogveien",
]
NO_CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Bodø"]
SE_STREETS = [
    "Storgatan",
    "Drottninggatan",
    "Kungsgatan",
    "Sveavägen",
    "Linnégatan",
    "Björkvägen",
    "Ringvägen",
]
SE_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå"]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg"]
NL_CITIES = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Haarlem", "Zwolle"]
US_CITY_STATE = [
    ("Minneapolis", "MN"),
    ("Seattle", "WA"),
    ("Portland", "OR"),
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Boise", "ID"),
    ("Madison", "WI"),
]
US_CITIES = [c for c, _ in US_CITY_STATE]
US_STATES = [s for _, s in US_CITY_STATE]

CAMERAS = ["Front Door", "Ytterdörr", "Inngang", "Garage", "Backyard", "Oppkjørsel", "Voordeur", "Baby Room"]
LOCKS = ["Front Door", "Ytterdør", "Bakdörr", "Voordeur", "Garage Side Door", "Bod"]
ROOMS = [
    "Living room",
    "Stue",
    "Soverom",
    "Vardagsrum",
    "Sovrum",
    "Woonkamer",
    "Keuken",
    "Hallway",
    "Kjøkken",
]
HOMES = ["Home", "Hytta", "Stugan", "Main house", "Thuis", "Leiligheten", "Lake cabin"]
PRODUCTS = [
    ("VK-DB2-WHT", "Vakta Video Doorbell 2", "Doorbells", 2490.0),
    ("VK-CAM-OUT4", "Vakta Outdoor Cam 4K", "Cameras", 1990.0),
    ("VK-CAM-IN2", "Vakta Indoor Cam", "Cameras", 790.0),
    ("VK-LCK-S1", "Vakta Smart Lock S1", "Locks", 3290.0),
    ("VK-KPD-1", "Vakta Keypad", "Alarm", 690.0),
    ("VK-WLS-3PK", "Water Leak Sensor 3-pack", "Sensors", 590.0),
    ("VK-SMK-1", "Smart Smoke Alarm", "Sensors", 490.0),
    ("VM-THM-2", "Varmo Thermostat 2", "Climate", 1890.0),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def no_first(f: Fake) -> str:
    return f.pick(NO_FIRST)


def se_first(f: Fake) -> str:
    return f.pick(SE_FIRST)


def nl_first(f: Fake) -> str:
    return f.pick(NL_FIRST)


def any_first(f: Fake) -> str:
    return f.pick([*NO_FIRST, *SE_FIRST, *NL_FIRST, *US_FIRST, f.first(), f.pick(WORLD).split()[0]])


def any_last(f: Fake) -> str:
    return f.pick([*NO_LAST, *SE_LAST, *NL_LAST, *US_LAST, f.last()])


def full_name(f: Fake) -> str:
    kind = f.r.randint(0, 5)
    if kind == 0:
        return f"{no_first(f)} {f.pick(NO_LAST)}"
    if kind == 1:
        return f"{se_first(f)} {f.pick(SE_LAST)}"
    if kind == 2:
        if f.r.random() < 0.5:
            return f"{nl_first(f)} {f.pick(NL_TUSSEN)} {f.pick(NL_TUSSEN_LAST)}"
        return f"{nl_first(f)} {f.pick(NL_LAST)}"
    if kind == 3:
        return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"
    if kind == 4:
        return f.pick(WORLD)
    return f.full_name()


def email_of(f: Fake, name: str | None = None) -> str:
    name = name or full_name(f)
    table = str.maketrans("åäöøæéíáüłśı", "aaooaeiaulsi")
    parts = name.lower().translate(table).replace("'", "").split()
    local = f.pick([".".join(parts), parts[0] + parts[-1][:1], parts[0] + str(f.r.randint(1, 99)), parts[-1]])
    domain = f.pick(
        ["gmail.com", "outlook.com", "hotmail.se", "online.no", "ziggo.nl", "yahoo.com", "icloud.com"]
    )
    return f"{local}@{domain}"


def email(f: Fake) -> str:
    return email_of(f)


def no_phone(f: Fake) -> str:
    n = f.pick(["4", "9"]) + d(f, 7)
    return f.pick([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"+47{n}", f"{n[:3]} {n[3:5]} {n[5:]}"])


def se_phone(f: Fake) -> str:
    n = f.pick(["70", "72", "73", "76"]) + d(f, 7)
    return f.pick(
        [f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"+46{n}"]
    )


def nl_phone(f: Fake) -> str:
    n = d(f, 8)
    return f.pick([f"+31 6 {n}", f"06-{n}", f"+316{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))


def phone(f: Fake) -> str:
    return f.pick([no_phone, se_phone, nl_phone, us_phone])(f)


def no_street(f: Fake) -> str:
    return f"{f.pick(NO_STREETS)} {f.r.randint(1, 120)}{f.pick(['', '', 'B', 'A'])}"


def se_street(f: Fake) -> str:
    return f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}{f.pick(['', '', ' lgh 1102', 'A'])}"


def nl_street(f: Fake) -> str:
    return f"{f.pick(NL_STREETS)} {f.r.randint(1, 400)}{f.pick(['', '', '-2', 'A', ' hs'])}"


def street(f: Fake) -> str:
    return f.pick([no_street, se_street, nl_street, lambda f: f.street()])(f)


def no_zip(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


def se_zip(f: Fake) -> str:
    return f"{f.r.randint(100, 984)} {f.r.randint(10, 99)}"


def nl_zip(f: Fake) -> str:
    letters = "ABCEGHJKLMNPRTVWXZ"
    return f"{f.r.randint(1000, 9999)} {f.pick(letters)}{f.pick(letters)}"


def zipcode(f: Fake) -> str:
    return f.pick([no_zip, se_zip, nl_zip, lambda f: f"{f.r.randint(10000, 99999)}"])(f)


def city(f: Fake) -> str:
    return f.pick([*NO_CITIES, *SE_CITIES, *NL_CITIES, *US_CITIES])


def full_address(f: Fake) -> str:
    kind = f.r.randint(0, 3)
    if kind == 0:
        return f"{no_street(f)}, {no_zip(f)} {f.pick(NO_CITIES)}"
    if kind == 1:
        return f"{se_street(f)}, {se_zip(f)} {f.pick(SE_CITIES)}"
    if kind == 2:
        return f"{nl_street(f)}, {nl_zip(f)} {f.pick(NL_CITIES)}"
    return us_address(f) + f" {f.r.randint(10000, 99999)}"


def us_address(f: Fake) -> str:
    town, state = f.pick(US_CITY_STATE)
    return f"{f.street()}, {town}, {state}"


def se_personnummer(f: Fake) -> str:
    yy, mm, dd = f.r.randint(40, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    ten = f.luhn_complete(f"{yy:02d}{mm:02d}{dd:02d}{f.r.randint(0, 999):03d}")
    style = f.r.randint(0, 2)
    if style == 0:
        return f"{ten[:6]}-{ten[6:]}"
    if style == 1:
        return f"19{ten}"
    return f"19{ten[:6]}-{ten[6:]}"


def no_fodselsnummer(f: Fake) -> str:
    while True:
        day, month, year = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(40, 99)
        base = f"{day:02d}{month:02d}{year:02d}{f.r.randint(0, 499):03d}"
        digits = [int(c) for c in base]
        k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*digits, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return f"{base}{k1}{k2}"


def no_account(f: Fake) -> str:
    while True:
        base = f"{f.pick(['1503', '1254', '9710', '3000', '6011'])}{d(f, 6)}"
        k = 11 - sum(w * int(c) for w, c in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], base, strict=True)) % 11
        k = 0 if k == 11 else k
        if k != 10:
            raw = f"{base}{k}"
            return f.pick([raw, f"{raw[:4]}.{raw[4:6]}.{raw[6:]}", f"{raw[:4]} {raw[4:6]} {raw[6:]}"])


def iban(f: Fake, country: str) -> str:
    if country == "NO":
        bban = d(f, 11)
    elif country == "SE":
        bban = f.pick(["500", "800", "600", "300"]) + d(f, 17)
    else:
        bban = f.pick(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]) + d(f, 10)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def geo(f: Fake, axis: str) -> float:
    region = f.r.randint(0, 3)
    box = [
        ((58.9, 63.5), (5.3, 11.0)),
        ((55.6, 63.8), (11.9, 20.3)),
        ((51.4, 53.2), (4.2, 6.9)),
        ((33, 47), (-122, -76)),
    ]
    lo, hi = box[region][0 if axis == "lat" else 1]
    return round(f.r.uniform(lo, hi), 6)


def lat(f: Fake) -> float:
    return geo(f, "lat")


def lon(f: Fake) -> float:
    return geo(f, "lon")


def plate(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTUWXYZ"
    return f.pick(
        [
            f"{''.join(f.pick(up) for _ in range(3))} {f.r.randint(10, 99)}{f.pick(up)}",
            f"{f.pick(['EL', 'EK', 'AB', 'DN', 'BT'])} {f.r.randint(10000, 99999)}",
            f"{f.pick(up)}{f.pick(up)}-{f.r.randint(100, 999)}-{f.pick(up)}",
            f"{f.r.randint(1, 9)}{''.join(f.pick(up) for _ in range(3))}{f.r.randint(100, 999)}",
        ]
    )


def serial(f: Fake) -> str:
    return (
        f.pick(["VKD", "VKC", "VKL", "VMT"])
        + f"{f.r.randint(20, 24)}"
        + "".join(f.pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))
    )


def b64ish(f: Fake, n: int) -> str:
    return "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n)
    )


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + b64ish(f, 80) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64ish(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256(f: Fake) -> str:
    return f.hexid(64)


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def birthdate(f: Fake) -> str:
    return f.date(1940, 2004)


def pick(*items: Any):
    return lambda f: f.pick(list(items))


def const(value: Any):
    return lambda f: value


def ints(lo: int, hi: int):
    return lambda f: f.r.randint(lo, hi)


def money(lo: float, hi: float):
    return lambda f: f.money(lo, hi)


def bools():
    return lambda f: f.pick([True, False])


# -- contexts of the client libraries ---------------------------------------------------------------

SITES = ["https://www.vakta.se", "https://www.vakta.no", "https://www.vakta.nl", "https://www.vaktahome.com"]
PAGES = [
    "/",
    "/shop/doorbells",
    "/shop/locks",
    "/checkout",
    "/insurance-discount",
    "/account/devices",
    "/support",
]


def web_context():
    return {
        "library": {"name": G(const("analytics.js")), "version": G(pick("npm:next-1.70.0", "next-1.72.1"))},
        "page": {
            "path": G(pick(*PAGES)),
            "referrer": G(
                pick("", "https://www.google.com/", "https://www.facebook.com/", "https://www.prisjakt.nu/")
            ),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?ref=app", "?lang=en")),
            "title": G(
                pick(
                    "Vakta \u2013 Smart hemlarm",
                    "Vakta | Smart Lock S1",
                    "Checkout \u2013 Vakta",
                    "Vakta Home",
                )
            ),
            "url": G(lambda f: f.pick(SITES) + f.pick(PAGES)),
        },
        "userAgent": G(pick(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "99", "8")),
                },
                3,
            ),
            "mobile": G(bools()),
            "platform": G(pick("macOS", "Windows", "Android")),
        },
        "locale": G(pick("sv-SE", "nb-NO", "nl-NL", "en-US")),
        "timezone": G(pick("Europe/Stockholm", "Europe/Oslo", "Europe/Amsterdam", "America/Chicago")),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(pick("spring_security", "black_week", "insurance_partner_q2")),
            "source": G(pick("google", "facebook", "newsletter", "if_forsikring")),
            "medium": G(pick("cpc", "email", "paid_social", "partner")),
            "term": G(pick("video doorbell", "smart lås", "slimme deurbel", "home alarm no contract")),
            "content": G(pick("carousel_2", "hero_banner", "textlink")),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(const("Vakta")),
            "version": G(pick("6.4.0", "6.4.2", "6.5.0")),
            "build": G(pick("6400", "6421", "6503")),
            "namespace": G(const("se.vakta.home")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(bools()),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.1"))},
        "locale": G(pick("sv-SE", "nb-NO", "nl-NL", "en-US")),
        "network": {"cellular": G(bools()), "wifi": G(bools())},
        "os": {"name": G(const("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430, 820)), "height": G(pick(844, 852, 932, 1180))},
        "timezone": G(pick("Europe/Stockholm", "Europe/Oslo", "Europe/Amsterdam", "America/New_York")),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": {
            "email": Y(email, "email"),
            "householdId": G(lambda f: "hh_" + f.hexid(12)),
            "plan": G(pick("free", "vakta_plus", "vakta_protect")),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": G(const("Vakta")),
            "version": G(pick("6.4.0", "6.5.0")),
            "build": G(pick("640012", "650003")),
            "namespace": G(const("se.vakta.home")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "OnePlus", "Xiaomi")),
            "model": G(pick("SM-S918B", "Pixel 8", "CPH2449", "23049PCD8G")),
            "name": G(pick("dm3q", "shiba", "OP5961L1", "marble")),
            "type": G(const("android")),
            "adTrackingEnabled": G(bools()),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(pick("sv-SE", "nb-NO", "nl-NL", "en-US")),
        "network": {
            "wifi": G(bools()),
            "cellular": G(bools()),
            "carrier": G(pick("Telia", "Telenor", "Tele2", "KPN", "Odido", "T-Mobile")),
            "bluetooth": G(bools()),
        },
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 2400, 3120)),
        },
        "timezone": G(pick("Europe/Stockholm", "Europe/Oslo", "Europe/Amsterdam", "America/Denver")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context():
    return {
        "app": {
            "name": G(const("Vakta Installer")),
            "version": G(pick("2.3.0", "2.4.1")),
            "build": G(pick("230", "241")),
            "namespace": G(const("se.vakta.installer")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone13,2", "SM-G991B", "SM-T575")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics-react-native")), "version": G(pick("2.19.2", "2.20.0"))},
        "locale": G(pick("sv-SE", "nb-NO", "nl-NL", "en-US")),
        "network": {"cellular": G(bools()), "wifi": G(bools())},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "timezone": G(pick("Europe/Stockholm", "Europe/Oslo", "Europe/Amsterdam")),
        "traits": {
            "firstName": Y(any_first, "name"),
            "lastName": Y(any_last, "name"),
            "role": G(pick("installer", "lead_installer", "subcontractor")),
            "employer": G(pick("Nordlarm Installasjon AS", "SäkerHem Montage AB", "Veilig Thuis BV")),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context():
    return {
        "app": {
            "name": G(const("Varmo")),
            "version": G(pick("3.1.0", "3.2.4")),
            "build": G(pick("310", "324")),
            "namespace": G(const("com.varmo.energy")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,5", "SM-A546B", "Pixel 7a")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.4", "1.1.7"))},
        "locale": G(pick("nb-NO", "sv-SE", "nl-NL")),
        "network": {"wifi": G(bools()), "cellular": G(bools())},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14", "13"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915)), "density": G(pick(3.0, 2.625))},
        "timezone": G(pick("Europe/Oslo", "Europe/Stockholm", "Europe/Amsterdam")),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, with_request: bool):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(const(name)), "version": G(pick(*versions))}}
    if with_request:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(pick(*UAS))
        ctx["locale"] = G(pick("sv-SE", "nb-NO", "nl-NL", "en-US"))
    return ctx


# -- reusable bodies --------------------------------------------------------------------------------


def product(full: bool):
    item = {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(PRODUCTS)[0]),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(ints(1, 4)),
    }
    if full:
        item["category"] = G(lambda f: f.pick(PRODUCTS)[2])
        item["brand"] = G(pick("Vakta", "Varmo"))
        item["variant"] = G(pick("White", "Black", "Nordic Grey"))
    return item


def billing():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(pick("lgh 1102", "2 tr", "Apt 4B", "3 hoog", "H0201"), "address|street"),
        "city": Y(city, "city"),
        "postal_code": Y(zipcode, "zipcode"),
        "country": G(pick("SE", "NO", "NL", "US")),
    }


def dispatch_note(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"Ringte nøkkelholder {name} på {no_phone(f)}, ingen svar",
            f"Called keyholder {name} at {us_phone(f)}, confirmed false alarm",
            f"Kontaktperson {name} nådd på {se_phone(f)}, är på väg till fastigheten",
            f"Sleutelhouder {name} gebeld op {nl_phone(f)}, komt kijken",
            f"Keyholder {name} ({phone(f)}) asked us to send a guard",
        ]
    )


def ticket_body(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"Hi, this is {name}. My doorbell stopped recording after the update. Call me on {phone(f)}.",
            f"Hej! {name} här, låset blinkar rött. Nå mig på {se_phone(f)}",
            f"Hei, dette er {name}. Alarmen gikk av i natt uten grunn. Ring {no_phone(f)}",
            f"Goedendag, {name} hier. De camera blijft offline. Mijn nummer: {nl_phone(f)}",
        ]
    )


def push_text(f: Fake) -> str:
    who = any_first(f)
    return f.pick(
        [
            f"{who} unlocked {f.pick(LOCKS)}",
            f"{who} disarmed the alarm",
            f"{who} låste upp {f.pick(LOCKS)}",
            f"{who} kom hjem",
            f"{who} heeft het alarm uitgeschakeld",
            f"{who} arrived home",
        ]
    )


def code_note(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"{name} \u2013 cleaner, Thursdays",
            f"{name} (dog walker)",
            f"Guest: {name}",
            name,
            f"Renhold {name}",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

WEB = ["web"]
IOS_ANDROID = ["swift", "kotlin"]
NODE_GO = ["node", "go"]

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- accounts and households ----------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "node"],
        {
            "email": Y(email, "email"),
            "firstName": Y(lambda f: f.pick(US_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(US_LAST), "name"),
            "phone": Y(us_phone, "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(pick(*US_STATES)),
                "postalCode": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
                "country": G(const("US")),
            },
            "birthday": Y(birthdate, "birthdate"),
            "avatar": Y(lambda f: f"https://cdn.vakta.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(pick("free", "vakta_plus", "vakta_protect")),
            "householdId": G(lambda f: "hh_" + f.hexid(12)),
            "homeCount": G(ints(1, 3)),
            "emailVerified": G(bools()),
            "phoneVerified": G(bools()),
            "marketingOptIn": G(bools()),
            "ageBand": G(pick("25-34", "35-44", "45-54", "55-64")),
        },
    ),
    (
        "identify",
        None,
        ["swift"],
        {
            "fornavn": Y(no_first, "name"),
            "etternavn": Y(lambda f: f.pick(NO_LAST), "name"),
            "epost": Y(email, "email"),
            "mobil": Y(no_phone, "phone"),
            "adresse": Y(no_street, "address|street"),
            "postnummer": Y(no_zip, "zipcode"),
            "poststed": Y(lambda f: f.pick(NO_CITIES), "city"),
            "fodselsdato": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1945, 2003)}",
                "birthdate",
            ),
            "kommune": G(pick("Oslo", "Bærum", "Asker", "Bergen", "Trondheim")),
            "kundenummer": G(lambda f: f.digits(8)),
            "sprak": G(pick("nb", "nn", "en")),
            "medlemSiden": G(lambda f: f.date(2018, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["kotlin"],
        {
            "fornamn": Y(se_first, "name"),
            "efternamn": Y(lambda f: f.pick(SE_LAST), "name"),
            "epost": Y(email, "email"),
            "telefon": Y(se_phone, "phone"),
            "gatuadress": Y(se_street, "street|address"),
            "postnummer": Y(se_zip, "zipcode"),
            "ort": Y(lambda f: f.pick(SE_CITIES), "city"),
            "personnummer": RED(se_personnummer, "national id|social security number"),
            "bostadstyp": G(pick("villa", "lägenhet", "radhus", "fritidshus")),
            "antal_i_hushallet": G(ints(1, 6)),
            "kundnummer": G(lambda f: "K" + f.digits(7)),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "aanhef": Y(pick("Dhr.", "Mevr.", "Mx."), "gender"),
            "voornaam": Y(nl_first, "name"),
            "tussenvoegsel": Y(lambda f: f.pick(NL_TUSSEN), "name"),
            "achternaam": Y(lambda f: f.pick(NL_TUSSEN_LAST), "name"),
            "straat": Y(lambda f: f.pick(NL_STREETS), "street|address"),
            "huisnummer": Y(
                lambda f: f"{f.r.randint(1, 400)}{f.pick(['', 'A', '-2', ' bis'])}", "address|street"
            ),
            "postcode": Y(nl_zip, "zipcode"),
            "woonplaats": Y(lambda f: f.pick(NL_CITIES), "city"),
            "telefoonnummer": Y(nl_phone, "phone"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1945, 2003)}",
                "birthdate",
            ),
            "energieleverancier": G(pick("Vattenfall", "Eneco", "Essent", "Greenchoice")),
            "woningtype": G(pick("tussenwoning", "appartement", "vrijstaand", "hoekwoning")),
            "bouwjaar": G(ints(1920, 2022)),
            "zonnepanelen": G(bools()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(any_first, "name"),
            "LAST_NAME": Y(any_last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "ZIP_CODE": Y(zipcode, "zipcode"),
            "COUNTRY_CODE": G(pick("SE", "NO", "NL", "US")),
            "POLICY_NUMBER": Y(lambda f: f.pick(["HF", "BO", "WP"]) + f.digits(9), "identification"),
            "LIFETIME_VALUE": G(money(0, 25000)),
            "DEVICE_COUNT": G(ints(1, 30)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HAS_ACTIVE_SUBSCRIPTION": G(bools()),
            "LAST_ALARM_AT": G(lambda f: f.iso()),
            "PREMIUM_TIER": G(pick("BASIC", "PLUS", "PROTECT")),
            "SEGMENT_USER_ID": G(lambda f: "usr_" + f.hexid(16)),
        },
    ),
    (
        "track",
        "HOUSEHOLD_MEMBER_SYNCED",
        ["python"],
        {
            "HOUSEHOLD_ID": G(lambda f: "hh_" + f.hexid(12)),
            "MEMBER_FULL_NAME": Y(full_name, "name"),
            "MEMBER_EMAIL": Y(email, "email"),
            "MEMBER_MOBILE": Y(phone, "phone"),
            "MEMBER_DOB": Y(birthdate, "birthdate"),
            "MEMBER_ROLE": G(pick("OWNER", "ADMIN", "MEMBER", "GUEST")),
            "IS_PRIMARY": G(bools()),
            "SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Monitoring Contract Signed",
        ["java"],
        {
            "envelope_id": G(lambda f: f.uuid()),
            "signer_name": Y(lambda f: f"{f.pick(US_FIRST)} {f.pick(US_LAST)}", "name"),
            "signer_email": Y(email, "email"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
            "contract_term_months": G(pick(12, 24, 36)),
            "monthly_fee": G(pick(24.99, 34.99, 44.99)),
        },
    ),
    (
        "group",
        None,
        ["web", "swift", "node"],
        {
            "name": G(pick(*HOMES)),
            "address": Y(full_address, "address"),
            "timezone": G(pick("Europe/Oslo", "Europe/Stockholm", "Europe/Amsterdam", "America/Chicago")),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(pick("free", "vakta_plus", "vakta_protect")),
            "members": G(ints(1, 7)),
            "deviceCount": G(ints(1, 40)),
            "monitoringActive": G(bools()),
            "homeType": G(pick("house", "apartment", "cabin", "townhouse")),
        },
    ),
    (
        "track",
        "Household Member Invited",
        IOS_ANDROID,
        {
            "invite_id": G(lambda f: f.uuid()),
            "household_id": G(lambda f: "hh_" + f.hexid(12)),
            "invitee_email": Y(email, "email"),
            "invitee_first_name": Y(any_first, "name"),
            "role": G(pick("admin", "member", "guest")),
            "relationship": G(pick("spouse", "partner", "child", "parent", "tenant", "roommate")),
            "permissions": Many(G(pick("view_cameras", "arm_disarm", "unlock", "manage_codes")), 3),
            "invites_sent_total": G(ints(1, 9)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        IOS_ANDROID,
        {
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_relationship": G(pick("neighbour", "son", "daughter", "friend", "sister")),
            "priority_order": G(ints(1, 5)),
            "has_key": G(bools()),
            "contacts_count": G(ints(1, 5)),
            "phone_type": G(pick("mobile", "landline")),
        },
    ),
    (
        "track",
        "Dependant Profile Added",
        ["swift"],
        {
            "dependant": {
                "first_name": Y(any_first, "name"),
                "birth_year": Y(ints(1928, 2022), "birthdate"),
                "age": G(ints(1, 96)),
                "uses_wheelchair": RED(bools(), "disability"),
                "medical_notes": Y(
                    pick(
                        "Type 1 diabetes, insulin in fridge",
                        "Epilepsy \u2013 seizures at night",
                        "Dementia, may not answer the door",
                        "Severe asthma, inhaler in hallway",
                        "Hørselshemmet, hører ikke alarmen",
                    ),
                    "condition|diagnosis",
                ),
                "lives_alone": G(bools()),
            },
            "profile_type": G(pick("child", "elderly_parent", "other")),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        IOS_ANDROID,
        {
            "pet": {
                "name": G(pick("Bamse", "Luna", "Max", "Tassen", "Sixten", "Bella", "Pelle")),
                "species": G(pick("dog", "cat", "rabbit")),
                "breed": G(pick("Labrador", "Norsk elghund", "Maine Coon", "Mixed")),
                "birthdate": G(lambda f: f.date(2012, 2023)),
                "weight_kg": G(money(2, 45)),
                "microchip_number": G(lambda f: "578" + f.digits(12)),
            },
            "pet_immune_motion": G(bools()),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        {},
    ),
    # -- auth ------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["node"],
        {
            "method": G(pick("password", "bankid", "apple", "google", "magic_link")),
            "login_email": Y(email, "email"),
            "mfa": G(bools()),
            "failed_attempts": G(ints(0, 4)),
            "password_strength": G(pick("weak", "fair", "strong")),
            "session_id": G(lambda f: f.uuid()),
            "headers": {
                "user-agent": G(pick(*UAS)),
                "x-forwarded-for": Y(
                    lambda f: f"{f.ipv4()}, 10.0.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}", "ip"
                ),
                "accept-language": G(
                    pick("sv-SE,sv;q=0.9,en;q=0.8", "nb-NO,nb;q=0.9", "nl-NL,nl;q=0.9", "en-US,en;q=0.9")
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            },
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["php"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: alnum(f, 40), "token"),
            "expires_in": G(const(3600)),
            "requested_via": G(pick("web", "ios", "android")),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["java"],
        {
            "channel": G(pick("sms", "voice", "email")),
            "destination": Y(phone, "phone", True),
            "otp_code": RED(lambda f: d(f, 6), "token|secret"),
            "otp_length": G(const(6)),
            "attempt": G(ints(1, 3)),
            "provider": G(pick("twilio", "sinch", "messagebird")),
        },
    ),
    (
        "track",
        "BankID Verification Completed",
        ["java", "node"],
        {
            "provider": G(pick("bankid_se", "bankid_no", "criipto")),
            "given_name": Y(lambda f: f.pick([*SE_FIRST, *NO_FIRST]), "name"),
            "surname": Y(lambda f: f.pick([*SE_LAST, *NO_LAST]), "name"),
            "personnummer": RED(se_personnummer, "national id|social security number"),
            "fodselsnummer": RED(no_fodselsnummer, "national id|social security number"),
            "personnummerVerified": G(bools()),
            "order_ref": G(lambda f: f.uuid()),
            "completed_at": G(lambda f: f.iso()),
            "assurance_level": G(pick("substantial", "high")),
        },
    ),
    (
        "track",
        "Sign In Link Clicked",
        WEB,
        {
            "redirect_url": Y(
                lambda f: (
                    f.pick(SITES) + f"/login/verify?email={email(f).replace('@', '%40')}&t=" + f.hexid(8)
                ),
                "email",
                True,
            ),
            "link_age_s": G(ints(3, 900)),
            "same_device": G(bools()),
        },
    ),
    # -- web shop: e-commerce spec ----------------------------------------------------------------
    (
        "page",
        "Home",
        WEB,
        {
            "path": G(pick(*PAGES)),
            "url": G(lambda f: f.pick(SITES) + f.pick(PAGES)),
            "title": G(pick("Vakta \u2013 Smart hemlarm", "Vakta Home", "Vakta | Slimme beveiliging")),
            "referrer": G(pick("", "https://www.google.com/", "https://duckduckgo.com/")),
            "search": G(pick("", "?ref=app")),
            "name": G(pick("Home", "Shop", "Pricing", "Insurance Discount")),
        },
    ),
    (
        "page",
        "Landing",
        WEB,
        {
            "path": G(pick("/lp/doorbell", "/lp/insurance-discount", "/lp/smart-lock")),
            "gclid": Y(gclid, "advertising id"),
            "utm_campaign": G(pick("brand_se", "doorbell_generic_no", "lock_nl")),
            "landing_variant": G(pick("a", "b")),
        },
    ),
    (
        "page",
        "Campaign",
        WEB,
        {
            "path": G(pick("/lp/black-week", "/lp/doorbell")),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_campaign": G(pick("brand_se", "doorbell_generic_no", "lock_nl")),
        },
    ),
    (
        "track",
        "Products Searched",
        WEB,
        {
            "query": G(
                pick("doorbell", "smart lock battery", "deurbel", "vattenläcka sensor", "outdoor camera 4k")
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        WEB,
        {
            **product(True),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
            "url": G(lambda f: f.pick(SITES) + "/p/" + f.digits(4)),
        },
    ),
    (
        "track",
        "Product Added",
        WEB,
        {"cart_id": G(lambda f: f.uuid()), **product(False), "currency": G(pick("SEK", "NOK", "EUR", "USD"))},
    ),
    (
        "track",
        "Checkout Started",
        WEB,
        {
            "order_id": G(lambda f: "VK" + f.digits(8)),
            "revenue": G(money(500, 9000)),
            "tax": G(money(100, 1800)),
            "shipping": G(pick(0.0, 49.0, 99.0)),
            "coupon": G(pick("", "BLACKWEEK", "INSURE15", "WELCOME10")),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
            "products": Many(product(True), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        WEB,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "VK" + f.digits(8)),
            "payment_method": G(pick("card", "klarna", "vipps", "ideal", "swish")),
            "card_brand": G(pick("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(ints(1, 12)),
            "card_exp_year": G(ints(2025, 2031)),
            "payment_token": RED(lambda f: "tok_" + alnum(f, 24), "token"),
            "cardholder_name": Y(full_name, "name"),
            "billing_address": billing(),
            "billing_same_as_shipping": G(bools()),
        },
    ),
    (
        "track",
        "Order Completed",
        [*WEB, "node"],
        {
            "order_id": G(lambda f: "VK" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money(500, 9000)),
            "subtotal": G(money(400, 8000)),
            "tax": G(money(100, 1800)),
            "shipping": G(pick(0.0, 49.0, 99.0)),
            "discount": G(money(0, 500)),
            "coupon": G(pick("", "BLACKWEEK", "INSURE15", "WELCOME10")),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
            "products": Many(product(True), 3),
            "email": Y(email, "email"),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                **billing(),
            },
            "installation_requested": G(bools()),
            "delivery_method": G(pick("postnord_home", "posten_pakkeboks", "postnl", "ups_ground")),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["python"],
        {
            "order_id": G(lambda f: "VK" + f.digits(8)),
            "refund_amount": G(money(100, 3000)),
            "reason": G(pick("changed_mind", "defective", "incompatible_door")),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        {
            "plan_id": G(pick("price_1PxVaktaPlusM", "price_1PxVaktaProtY")),
            "plan_name": G(pick("Vakta Plus", "Vakta Protect", "Vakta Protect + Monitoring")),
            "billing_interval": G(pick("month", "year")),
            "amount": G(pick(99.0, 199.0, 349.0, 9.99)),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
            "trial_days": G(pick(0, 30)),
            "stripe_customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "stripe_subscription_id": G(lambda f: "sub_" + alnum(f, 24)),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "type": G(const("invoice.paid")),
            "livemode": G(const(True)),
            "data": {
                "object": {
                    "id": G(lambda f: "in_" + alnum(f, 24)),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "customer_email": Y(email, "email"),
                    "customer_name": Y(full_name, "name"),
                    "customer_phone": Y(phone, "phone"),
                    "customer_address": {
                        "line1": Y(street, "address|street"),
                        "city": Y(city, "city"),
                        "postal_code": Y(zipcode, "zipcode"),
                        "country": G(pick("SE", "NO", "NL", "US")),
                    },
                    "amount_paid": G(pick(9900, 19900, 34900, 999)),
                    "currency": G(pick("sek", "nok", "eur", "usd")),
                    "number": G(lambda f: f"VK-{f.hexid(4).upper()}-{f.r.randint(1, 40):04d}"),
                    "payment_intent": G(lambda f: "pi_" + alnum(f, 24)),
                    "status": G(const("paid")),
                    "hosted_invoice_url": G(
                        lambda f: "https://invoice.stripe.com/i/acct_1Nx/" + alnum(f, 40)
                    ),
                }
            },
        },
    ),
    # -- camera and doorbell ---------------------------------------------------------------------
    (
        "track",
        "Doorbell Pressed",
        ["go"],
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "device_serial": Y(serial, "serial"),
            "camera_name": G(pick(*CAMERAS)),
            "event_id": G(lambda f: f.uuid()),
            "snapshot_url": Y(
                lambda f: f"https://media.vakta.se/snap/{f.hexid(24)}.jpg?sig={f.hexid(16)}", "photo"
            ),
            "person_detected": G(bools()),
            "recognized_as": Y(any_first, "name", True),
            "answered": G(bools()),
            "ring_duration_ms": G(ints(300, 4000)),
            "battery_pct": G(ints(5, 100)),
            "rssi": G(ints(-85, -35)),
            "firmware": G(pick("2.14.3", "2.15.0", "2.15.1")),
        },
    ),
    (
        "track",
        "Motion Detected",
        ["go"],
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "camera_name": G(pick(*CAMERAS)),
            "zone_name": G(pick("Driveway", "Uppkörsel", "Porch", "Hage", "Tuin")),
            "object_class": G(pick("person", "vehicle", "animal", "package")),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "clip_id": G(lambda f: f.uuid()),
            "clip_duration_s": G(ints(4, 60)),
            "clip_sha256": G(sha256),
            "license_plate_detected": Y(plate, "license"),
            "night_vision": G(bools()),
        },
    ),
    (
        "screen",
        "Live View",
        IOS_ANDROID,
        {
            "camera_id": G(lambda f: "dev_" + f.hexid(12)),
            "stream_quality": G(pick("hd", "sd", "auto")),
            "is_remote": G(bools()),
            "viewer_role": G(pick("owner", "member", "guest")),
            "latency_ms": G(ints(120, 2500)),
        },
    ),
    (
        "screen",
        "Event History",
        IOS_ANDROID,
        {
            "filter": G(pick("all", "people", "vehicles", "packages")),
            "items_loaded": G(ints(0, 50)),
            "previous_screen": G(pick("Home", "Live View", "Settings")),
        },
    ),
    (
        "track",
        "Clip Shared",
        IOS_ANDROID,
        {
            "clip_id": G(lambda f: f.uuid()),
            "share_method": G(pick("link", "email", "messages")),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(full_name, "name"),
            "expires_at": G(lambda f: f.iso()),
            "share_message": G(pick("Look who's at the door", "Se på denne!", "Pakket kom", "Wie is dit?")),
        },
    ),
    (
        "track",
        "Camera Added",
        IOS_ANDROID,
        {
            "camera_model": G(pick("VK-CAM-OUT4", "VK-CAM-IN2", "VK-DB2")),
            "serial_number": Y(serial, "serial"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "modem_imei": Y(lambda f: f.luhn_complete("35" + f.digits(12)), "serial"),
            "local_ip": Y(lambda f: f"192.168.{f.r.randint(0, 2)}.{f.r.randint(2, 254)}", "ip"),
            "mount_location": G(pick("indoor", "outdoor")),
            "room": G(pick(*ROOMS)),
            "setup_duration_s": G(ints(40, 900)),
            "setup_attempts": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Wi-Fi Credentials Sent",
        IOS_ANDROID,
        {
            "ssid": G(
                pick(
                    "Telia-2G-5F3A",
                    "NETGEAR42",
                    "Ziggo7731",
                    "Telenor9932dfa",
                    "ComHem_5G_B04C",
                    "xfinity-2B7C",
                )
            ),
            "wifi_password": RED(
                lambda f: f.pick(
                    ["Sommer2019!", "hemlig123", alnum(f, 12), "Welkom01!", "blueberry-lake-77"]
                ),
                "password",
            ),
            "security": G(pick("WPA2", "WPA3", "WPA2/WPA3")),
            "band": G(pick("2.4GHz", "5GHz")),
            "attempt": G(ints(1, 3)),
        },
    ),
    (
        "track",
        "Device Activated",
        ["python"],
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "activation_code": RED(lambda f: f"{alnum(f, 4).upper()}-{alnum(f, 4).upper()}", "token|secret"),
            "device_type": G(pick("doorbell", "camera", "lock", "keypad", "thermostat")),
            "firmware": G(pick("2.14.3", "2.15.0", "2.15.1")),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["kotlin", "swift"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "notification_type": G(pick("lock_activity", "alarm_state", "presence")),
            "title": G(pick("Front Door", "Vakta", "Alarm", "Ytterdør")),
            "text": Y(push_text, "name", True),
            "opened_after_s": G(ints(1, 3600)),
        },
    ),
    (
        "track",
        "Familiar Face Added",
        ["swift"],
        {
            "face_id": G(lambda f: f.uuid()),
            "face_label": Y(any_first, "name", True),
            "photos_count": G(ints(1, 12)),
            "model_version": G(pick("fr-3.1", "fr-3.2")),
            "source_camera": G(pick(*CAMERAS)),
        },
    ),
    (
        "track",
        "Visitor Message Left",
        ["go"],
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "duration_s": G(ints(3, 45)),
            "transcript": G(
                pick(
                    "Hi, package left by the garage door",
                    "Hei, pakken ligger i postkassa",
                    "Hallo, ik kom de meter opnemen, ik kom morgen terug",
                    "Hej, paketet står vid dörren",
                    "Delivery for you, no signature needed",
                )
            ),
            "language": G(pick("en", "nb", "nl", "sv")),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["swift", "kotlin"],
        {
            "changed_fields": Many(G(pick("email", "phone", "display_name", "address", "language")), 3),
            "previous_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "display_name": Y(full_name, "name"),
            "email_change_pending": G(bools()),
        },
    ),
    (
        "track",
        "Vacation Mode Enabled",
        ["kotlin", "flutter"],
        {
            "away_from": G(lambda f: f.date(2024, 2024)),
            "return_date": G(lambda f: f.date(2024, 2024)),
            "house_sitter_name": Y(full_name, "name"),
            "house_sitter_phone": Y(phone, "phone"),
            "lights_simulation": G(bools()),
            "notify_neighbours": G(bools()),
        },
    ),
    (
        "track",
        "Forsikring Koblet",
        ["flutter"],
        {
            "forsikringsselskap": G(pick("Gjensidige", "If", "Tryg", "Fremtind", "Storebrand")),
            "polisenummer": Y(lambda f: f.digits(8), "identification"),
            "kontonummer": RED(no_account, "bank account"),
            "kontoeier": Y(lambda f: f"{no_first(f)} {f.pick(NO_LAST)}", "name"),
            "rabatt_prosent": G(pick(5, 10, 15)),
            "samtykke": G(bools()),
        },
    ),
    (
        "track",
        "Panic Button Pressed",
        ["swift", "kotlin"],
        {
            "system_id": G(lambda f: "sys_" + f.hexid(10)),
            "coords": {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
                "accuracy": G(ints(3, 65)),
            },
            "reverse_geocoded": Y(full_address, "address"),
            "silent": G(bools()),
            "battery": G(lambda f: round(f.r.random(), 2)),
        },
    ),
    (
        "track",
        "Reservation Synced",
        ["node"],
        {
            "integration": G(pick("airbnb", "booking_com", "hostaway")),
            "reservation": {
                "confirmation_code": G(lambda f: "HM" + alnum(f, 8).upper()),
                "check_in": G(lambda f: f.date(2024, 2024)),
                "check_out": G(lambda f: f.date(2024, 2024)),
                "guests": G(ints(1, 8)),
                "guest": {
                    "first_name": Y(any_first, "name"),
                    "last_name": Y(any_last, "name"),
                    "email": Y(lambda f: alnum(f, 10).lower() + "@guest.airbnb.com", "email"),
                    "phone": Y(phone, "phone"),
                    "locale": G(pick("en", "de", "sv", "nl", "fr")),
                },
                "listing": {
                    "id": G(lambda f: f.digits(8)),
                    "name": G(pick("Cosy cabin by the fjord", "Stuga vid sjön", "Grachtenpand studio")),
                    "address": Y(full_address, "address"),
                },
            },
            "access_code_generated": G(bools()),
        },
    ),
    # -- alarm and monitoring centre --------------------------------------------------------------
    (
        "track",
        "Alarm Armed",
        IOS_ANDROID,
        {
            "system_id": G(lambda f: "sys_" + f.hexid(10)),
            "mode": G(pick("away", "home", "night")),
            "method": G(pick("app", "keypad", "keyfob", "schedule", "geofence")),
            "user_code_slot": G(ints(1, 20)),
            "pin_length": G(pick(4, 6)),
            "user_display_name": Y(any_first, "name"),
            "exit_delay_s": G(pick(30, 45, 60)),
        },
    ),
    (
        "track",
        "Alarm Triggered",
        ["go"],
        {
            "alarm_id": G(lambda f: f.uuid()),
            "system_id": G(lambda f: "sys_" + f.hexid(10)),
            "zone": G(ints(1, 32)),
            "sensor_type": G(pick("door_contact", "pir", "smoke", "water_leak", "glass_break")),
            "triggered_at": G(lambda f: f.iso()),
            "severity": G(pick("low", "high", "critical")),
            "site_address": Y(full_address, "address"),
            "site_lat": Y(lat, "geolocation"),
            "site_lng": Y(lon, "geolocation"),
            "verified_by_video": G(bools()),
            "keyholder_count": G(ints(0, 4)),
        },
    ),
    (
        "track",
        "DispatchCreated",
        ["dotnet"],
        {
            "DispatchId": G(lambda f: f"D{f.r.randint(2024000000, 2024999999)}"),
            "AlarmId": G(lambda f: f.uuid()),
            "OperatorId": G(lambda f: f"OP{f.r.randint(100, 999)}"),
            "OperatorName": Y(full_name, "name"),
            "OperatorExtension": G(ints(2100, 2199)),
            "ResponderUnit": G(pick("Patrol 14", "Vekter 3", "Unit NL-07", "Police")),
            "SiteAddress": Y(full_address, "address"),
            "SitePostalCode": Y(zipcode, "zipcode"),
            "SiteCity": Y(city, "city"),
            "KeyholderName": Y(full_name, "name"),
            "KeyholderPhone": Y(phone, "phone"),
            "Priority": G(pick("P1", "P2", "P3")),
            "DispatchReason": G(
                pick(
                    "Intrusion zone 3 verified by video",
                    "Smoke detector kitchen",
                    "Panic button",
                    "Water leak basement",
                )
            ),
            "VerbalPasswordOk": G(bools()),
            "Notes": Y(dispatch_note, "phone|name", True),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "DispatchClosed",
        ["dotnet"],
        {
            "DispatchId": G(lambda f: f"D{f.r.randint(2024000000, 2024999999)}"),
            "Outcome": G(pick("FalseAlarm", "PoliceAttended", "GuardAttended", "CancelledByCustomer")),
            "PoliceCaseNumber": G(lambda f: f.pick(["", "2024-" + f.digits(6), f"24{f.digits(8)}"])),
            "ResponseTimeSeconds": G(ints(90, 2400)),
            "FalseAlarmFee": G(pick(0, 450, 895)),
            "OperatorName": Y(full_name, "name"),
            "ClosedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Operator Shift Started",
        ["dotnet", "java"],
        {
            "operator_email": Y(lambda f: email_of(f).split("@")[0] + "@arc.vakta.se", "email"),
            "operator_badge_number": G(lambda f: f.digits(5)),
            "shift": G(pick("day", "evening", "night")),
            "console_ip": Y(lambda f: f"10.20.{f.r.randint(0, 9)}.{f.r.randint(2, 254)}", "ip"),
            "hourly_rate": Y(pick(212.5, 231.0, 245.75, 198.0), "salary"),
            "centre": G(pick("ARC Stockholm", "ARC Oslo", "ARC Utrecht")),
        },
    ),
    (
        "track",
        "KeyholderUpdated",
        ["dotnet"],
        {
            "SiteId": G(lambda f: f"S{f.digits(7)}"),
            "KeyholderFirstName": Y(any_first, "name"),
            "KeyholderLastName": Y(any_last, "name"),
            "KeyholderMobile": Y(phone, "phone"),
            "KeyholderEmail": Y(email, "email"),
            "KeyholderRelationship": G(pick("Owner", "Neighbour", "Relative", "Property manager")),
            "HasKey": G(bools()),
            "CodeWord": RED(
                pick("Blåbær", "Tulipan", "Kanelbulle", "Molen", "Hazelnut", "Fjellrev"), "password|secret"
            ),
            "CallOrder": G(ints(1, 4)),
            "UpdatedBy": G(pick("portal", "operator", "import")),
        },
    ),
    (
        "track",
        "Care Alarm Activated",
        ["java"],
        {
            "residentName": Y(full_name, "name"),
            "residentAge": G(ints(67, 99)),
            "residentAddress": Y(full_address, "address"),
            "residentPhone": Y(phone, "phone"),
            "medications": Many(
                Y(
                    pick("Donepezil", "Metformin", "Warfarin", "Levodopa", "Furosemid", "Albyl-E"),
                    "medication",
                ),
                3,
            ),
            "diagnoses": Many(
                Y(
                    pick("dementia", "COPD", "Parkinson's disease", "heart failure", "diabetes"),
                    "diagnosis|condition",
                ),
                2,
            ),
            "usesWheelchair": RED(bools(), "disability"),
            "livesAlone": G(bools()),
            "keySafePresent": G(bools()),
            "kommune": G(pick("Bærum", "Sundsvall", "Asker", "Huddinge", "Tromsø")),
            "triggerSource": G(pick("pendant", "fall_sensor", "door_sensor", "bed_sensor")),
            "callDurationSeconds": G(ints(20, 900)),
        },
    ),
    # -- smart locks -------------------------------------------------------------------------------
    (
        "track",
        "Guest Access Code Created",
        IOS_ANDROID,
        {
            "lock_id": G(lambda f: "lck_" + f.hexid(10)),
            "lock_name": G(pick(*LOCKS)),
            "code_slot": G(ints(1, 250)),
            "access_code": RED(lambda f: d(f, f.pick([4, 6, 8])), "password|secret"),
            "guest_name": Y(full_name, "name"),
            "guest_phone": Y(phone, "phone"),
            "guest_email": Y(email, "email"),
            "guest_type": G(pick("cleaner", "dog_walker", "family", "rental_guest", "contractor")),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "schedule_type": G(pick("always", "recurring", "one_time")),
            "days_of_week": Many(G(pick("mon", "tue", "wed", "thu", "fri", "sat", "sun")), 4),
            "send_via": G(pick("sms", "email", "none")),
            "note": Y(code_note, "name", True),
            "guest_codes_active": G(ints(1, 12)),
        },
    ),
    (
        "track",
        "Lock Unlocked",
        ["node"],
        {
            "lock_id": G(lambda f: "lck_" + f.hexid(10)),
            "lock_name": G(pick(*LOCKS)),
            "method": G(pick("app", "keypad_code", "auto_unlock", "key", "nfc")),
            "code_slot": G(ints(1, 250)),
            "actor_name": Y(full_name, "name"),
            "battery_level": G(ints(3, 100)),
            "door_state": G(pick("open", "closed", "ajar")),
            "geofence_triggered": G(bools()),
            "location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy_m": G(ints(5, 80)),
            },
        },
    ),
    (
        "track",
        "Lock Webhook Received",
        ["ruby"],
        {
            "source": G(const("lock-vendor")),
            "webhook": {
                "event": G(pick("lock.code_used", "lock.unlocked", "lock.jammed")),
                "deliveryId": G(lambda f: f.uuid()),
                "data": {
                    "lockId": G(lambda f: f.digits(9)),
                    "accessCodeId": G(lambda f: f.digits(7)),
                    "accessCodeName": Y(code_note, "name"),
                    "deviceName": G(pick(*LOCKS)),
                    "firmwareVersion": G(pick("4.2.11", "4.3.0")),
                    "occurredAt": G(lambda f: f.epoch_ms()),
                },
            },
            "signature": G(lambda f: "sha256=" + f.hexid(64)),
        },
    ),
    # -- thermostat and energy ---------------------------------------------------------------------
    (
        "track",
        "Setpoint Changed",
        ["flutter"],
        {
            "thermostat_id": G(lambda f: f.hexid(12)),
            "room": G(pick(*ROOMS)),
            "previous_setpoint_c": G(pick(19.0, 20.5, 21.0, 22.0)),
            "new_setpoint_c": G(pick(18.0, 20.0, 21.5, 23.0)),
            "mode": G(pick("heat", "eco", "away", "boost")),
            "source": G(pick("app", "schedule", "voice", "geofence")),
        },
    ),
    (
        "screen",
        "Energy Report",
        ["flutter"],
        {
            "period": G(pick("day", "week", "month")),
            "kwh_used": G(money(2, 3000)),
            "cost": G(money(5, 6000)),
            "currency": G(pick("NOK", "SEK", "EUR")),
            "compared_to_similar_homes_pct": G(ints(-40, 60)),
            "price_area": G(pick("NO1", "NO3", "SE3", "SE4", "NL")),
            "malepunkt_id": Y(lambda f: "7070575000" + d(f, 8), "identification|serial"),
        },
    ),
    (
        "track",
        "Heat Pump Connected",
        ["flutter"],
        {
            "brand": G(pick("Mitsubishi", "Panasonic", "Toshiba", "Nibe")),
            "model": G(pick("MSZ-LN35VG", "CS-HZ35XKE", "F2120-12")),
            "serial_no": Y(serial, "serial"),
            "installer_company": G(
                pick("Nordlarm Installasjon AS", "SäkerHem Montage AB", "Veilig Thuis BV")
            ),
            "installer_company_phone": G(pick("+47 22 33 44 55", "+46 8 555 010 00", "+31 20 555 0123")),
            "installer_name": Y(full_name, "name"),
            "integration": G(pick("cloud", "modbus", "local_api")),
        },
    ),
    (
        "track",
        "Away Mode Detected",
        ["flutter"],
        {
            "geofence_radius_m": G(pick(100, 200, 500)),
            "home_lat": Y(lat, "geolocation"),
            "home_lon": Y(lon, "geolocation"),
            "distance_from_home_km": G(money(0.2, 800)),
            "occupants_home": G(ints(0, 5)),
            "eco_setpoint_c": G(pick(16.0, 17.0, 18.0)),
        },
    ),
    (
        "track",
        "Water Leak Detected",
        ["go"],
        {
            "sensor_id": G(lambda f: "wls_" + f.hexid(8)),
            "location": G(pick("Kjøkken", "Bathroom", "Tvättstuga", "Basement", "Badkamer")),
            "water_detected": G(const(True)),
            "valve_closed": G(bools()),
            "temperature_c": G(ints(2, 28)),
        },
    ),
    # -- installers ------------------------------------------------------------------------------
    (
        "track",
        "Installation Booked",
        WEB,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(6)),
            "slot_start": G(lambda f: f.iso()),
            "slot_end": G(lambda f: f.iso()),
            "installer": {
                "id": G(lambda f: f.digits(4)),
                "first_name": Y(any_first, "name"),
                "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
                "company": G(pick("Nordlarm Installasjon AS", "SäkerHem Montage AB", "Veilig Thuis BV")),
            },
            "devices_to_install": G(ints(1, 12)),
            "onsite_contact": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "customer_notes": G(
                pick("Dog in the yard", "Parking behind the house", "Ring twice", "Bruk sidedøra")
            ),
        },
    ),
    (
        "track",
        "Installer Checked In",
        ["rn"],
        {
            "job_id": G(lambda f: f.digits(7)),
            "installer_id": G(lambda f: f.digits(4)),
            "check_in_lat": Y(lat, "geolocation"),
            "check_in_lng": Y(lon, "geolocation"),
            "minutes_late": G(ints(-15, 90)),
            "customer_signature_captured": G(bools()),
            "certificate_number": Y(
                lambda f: f.pick(["FG-", "SSF-", "NL-VEB-"]) + f.digits(6), "certificate"
            ),
        },
    ),
    (
        "track",
        "Job Completed",
        ["rn", "ruby"],
        {
            "job-id": G(lambda f: f.digits(7)),
            "customer-name": Y(full_name, "name"),
            "customer-phone": Y(phone, "phone"),
            "install-address": Y(full_address, "address"),
            "postal-code": Y(zipcode, "zipcode"),
            "install-date": G(lambda f: f.date(2024, 2024)),
            "device-count": G(ints(1, 14)),
            "labour-hours": G(money(0.5, 8)),
            "job-pay": Y(pick(1450, 1890, 2350, 3100), "salary"),
            "photos-uploaded": G(ints(0, 12)),
        },
    ),
    (
        "track",
        "Contractor Payout Created",
        ["ruby"],
        {
            "payout_id": G(lambda f: "po_" + f.hexid(10)),
            "contractor_name": Y(full_name, "name"),
            "contractor_iban": RED(lambda f: iban(f, f.pick(["NO", "SE", "NL"])), "bank account"),
            "amount": G(money(1200, 48000)),
            "currency": G(pick("SEK", "NOK", "EUR", "USD")),
            "jobs_included": G(ints(1, 20)),
        },
    ),
    (
        "track",
        "Arbetsorder Skapad",
        ["rn"],
        {
            "arbetsorder_id": G(lambda f: "AO-" + f.digits(6)),
            "kundnamn": Y(lambda f: f"{se_first(f)} {f.pick(SE_LAST)}", "name"),
            "kund_telefon": Y(se_phone, "phone"),
            "adress": Y(se_street, "address|street"),
            "postnr": Y(se_zip, "zipcode"),
            "ort": Y(lambda f: f.pick(SE_CITIES), "city"),
            "portkod": RED(lambda f: f.pick([d(f, 4), d(f, 4) + "#", "*" + d(f, 4)]), "password|secret"),
            "antal_enheter": G(ints(1, 12)),
            "planerat_datum": G(lambda f: f.date(2024, 2024)),
            "montor_id": G(lambda f: f.digits(4)),
        },
    ),
    # -- insurance discount programme ------------------------------------------------------------
    (
        "track",
        "Discount Enrolment Started",
        WEB,
        {
            "insurer": G(
                pick("If", "Gjensidige", "Länsförsäkringar", "Folksam", "Centraal Beheer", "State Farm")
            ),
            "policy_number": Y(lambda f: f.pick(["HF", "BO", "WP", "H0"]) + f.digits(9), "identification"),
            "policyholder_name": Y(full_name, "name"),
            "policyholder_email": Y(email, "email"),
            "consent_share_alarm_data": G(bools()),
            "discount_pct": G(pick(5, 10, 15, 20)),
            "devices_eligible": G(ints(1, 12)),
            "step": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Insurance Data Shared",
        ["python"],
        {
            "policy_number": Y(lambda f: f.pick(["HF", "BO", "WP", "H0"]) + f.digits(9), "identification"),
            "member_number": G(lambda f: f.digits(10)),
            "claim_number": G(lambda f: f.pick(["", "CL-" + f.digits(8)])),
            "alarm_events_90d": G(ints(0, 40)),
            "water_leak_sensors": G(ints(0, 6)),
            "monitored": G(bools()),
            "premium_reduction": G(money(100, 2500)),
            "batch_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Home Insurance Quote Requested",
        WEB,
        {
            "quote_id": G(lambda f: f.uuid()),
            "applicant_first_name": Y(lambda f: f.pick(US_FIRST), "name"),
            "applicant_last_name": Y(lambda f: f.pick(US_LAST), "name"),
            "applicant_dob": Y(birthdate, "birthdate"),
            "applicant_ssn": RED(lambda f: f.ssn(), "social security number"),
            "co_insured_name": Y(full_name, "name"),
            "military_affiliation": RED(pick("veteran", "active_duty", "reserve", "none"), "veteran"),
            "property_address": Y(us_address, "address"),
            "home_built_year": G(ints(1920, 2022)),
            "roof_age_years": G(ints(0, 30)),
            "marital_status": G(pick("single", "married", "divorced", "widowed")),
            "ssn_provided": G(bools()),
            "monitored_alarm": G(bools()),
            "coverage_amount": G(pick(250000, 400000, 650000)),
        },
    ),
    (
        "track",
        "Discount Verified",
        ["ruby", "php"],
        {
            "household_id": G(lambda f: "hh_" + f.hexid(12)),
            "insurer_customer_id": G(lambda f: f.digits(9)),
            "verification_status": G(pick("approved", "pending", "rejected")),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Schademelding Ingediend",
        ["flutter"],
        {
            "polisnummer": Y(lambda f: f"{f.digits(4)}.{f.digits(3)}.{f.digits(3)}", "identification"),
            "schadenummer": G(lambda f: "S" + f.digits(8)),
            "schadedatum": G(lambda f: f.date(2024, 2024)),
            "soort_schade": G(pick("waterschade", "inbraak", "brand", "stormschade")),
            "omschrijving": G(
                pick("Lekkage onder de vaatwasser", "Achterdeur geforceerd", "Dakpannen losgewaaid")
            ),
            "iban": RED(lambda f: iban(f, "NL"), "bank account"),
            "rekeninghouder": Y(full_name, "name"),
            "telefoonnummer": Y(nl_phone, "phone"),
            "geschat_bedrag": G(money(150, 15000)),
        },
    ),
    (
        "track",
        "Lead",
        ["python"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(const("website")),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "external_id": G(sha256),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(pick(*UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {"currency": G(pick("SEK", "NOK", "EUR", "USD")), "value": G(pick(0, 50, 150))},
        },
    ),
    (
        "track",
        "Referral Sent",
        IOS_ANDROID,
        {
            "referee_email": Y(email, "email"),
            "referee_name": Y(full_name, "name"),
            "referral_code": G(lambda f: "VAKTA-" + alnum(f, 6).upper()),
            "channel": G(pick("email", "sms", "whatsapp", "copy_link")),
            "referrals_sent": G(ints(1, 10)),
        },
    ),
    # -- support, forms, chatbot -----------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["php"],
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "subject": G(
                pick("Doorbell offline", "Lås blinkar rött", "Alarm gikk av", "Camera blijft offline")
            ),
            "category": G(pick("hardware", "billing", "app", "monitoring")),
            "channel": G(pick("email", "web_form", "chat")),
            "body": Y(ticket_body, "phone|name", True),
            "requester_email": Y(email, "email"),
            "attachments_count": G(ints(0, 4)),
            "priority": G(pick("low", "normal", "high", "urgent")),
        },
    ),
    (
        "track",
        "Form Field Completed",
        WEB,
        {
            "form_id": G(pick("callback_form", "install_booking", "contact_us")),
            "field_name": G(pick("phone", "mobile", "telefon", "telefoonnummer")),
            "value": Y(phone, "phone", True),
            "duration_ms": G(ints(400, 12000)),
            "autofilled": G(bools()),
        },
    ),
    (
        "track",
        "Form Submitted",
        WEB,
        {
            "form_id": G(const("monitoring_payment_legacy")),
            "form_action": G(const("/billing/update-card")),
            "fields": {
                "cardholder": Y(full_name, "name"),
                "cardnumber": RED(lambda f: f.card(), "credit card"),
                "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
                "postcode": Y(zipcode, "zipcode"),
            },
            "submit_ms": G(ints(2000, 90000)),
        },
    ),
    (
        "track",
        "Address Lookup",
        WEB,
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}",
                        f"{f.pick(NO_STREETS)} {f.r.randint(1, 99)}",
                        f"{f.pick(NL_STREETS)} {f.r.randint(1, 300)}",
                        f.street(),
                    ]
                ),
                "address|street",
                True,
            ),
            "label": Y(full_address, "address", True),
            "place_id": G(lambda f: "ChIJ" + b64ish(f, 23)),
            "results": G(ints(1, 10)),
            "address_type": G(pick("home", "cabin", "rental")),
        },
    ),
    (
        "track",
        "Chatbot Step Completed",
        WEB,
        {
            "bot_id": G(const("vakta-help")),
            "step": G(const("collect_email")),
            "input": Y(email, "email", True),
            "conversation_id": G(lambda f: f.uuid()),
            "turn": G(ints(1, 8)),
        },
    ),
    (
        "track",
        "Help Article Viewed",
        WEB,
        {
            "article_id": G(lambda f: f.digits(9)),
            "article_title": G(
                pick("Reset your doorbell", "Byt batteri i låset", "Slim slot koppelen", "Add a guest code")
            ),
            "search_query": G(pick("reset", "batteri", "guest code", "offline")),
            "helpful": G(bools()),
            "feedback": G(pick("", "Clear steps", "Didn't work for my model", "Bra!")),
        },
    ),
    (
        "track",
        "SMS Delivery Status",
        ["php"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(phone, "phone"),
            "From": G(pick("+46766861000", "+4759440000", "+3197010250000", "+18445551234")),
            "MessageStatus": G(pick("sent", "delivered", "undelivered", "failed")),
            "ErrorCode": G(pick("", "30003", "30005", "30008")),
            "ApiVersion": G(const("2010-04-01")),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["python"],
        {
            "integration": G(pick("home_assistant", "ifttt", "google_home", "alexa")),
            "webhook_url": G(lambda f: "https://hooks.vakta.se/in/" + f.hexid(16)),
            "webhook_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
            "scopes": Many(G(pick("devices:read", "alarm:arm", "locks:operate")), 3),
            "connected_devices": G(ints(1, 25)),
        },
    ),
]

CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(client: str, f: Fake):
    if client in CONTEXTS:
        return CONTEXTS[client]()
    return server_context(client, with_request=f.r.random() < 0.5)


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "usr_" + f.hexid(16),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "hh_" + f.hexid(12)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client, f), f, "context", labels)
    if client.startswith(("python", "node", "go", "java", "ruby", "php", "dotnet")) and f.r.random() < 0.3:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=4646, repeats=30)
    write(Path(__file__).parent, "holdout46_", events, labels)
