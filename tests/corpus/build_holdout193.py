"""Writes holdout193: tests/corpus/holdout193_events.jsonl and holdout193_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and
without running the engine on these events. Run once:
`.venv/bin/python -m tests.corpus.build_holdout193` (seeded, deterministic).

Domain: a genealogy and DNA ancestry service ("Clannmore") selling in the US, Ireland and
Poland. Covers the family-tree builder (relatives living and deceased, birth and death dates and
places, photos, name corrections, GEDCOM imports), record search (US and Irish censuses, Polish
parish registers, passenger manifests, the SSDI, headstone transcriptions), DNA kits (order,
warehouse shipping, activation, lab receipt, results, ethnicity, haplogroups, carrier reports),
match lists with shared centimorgans and matches' display names, messaging between matches,
subscriptions (Stripe-shaped), gift memberships, Polish BLIK checkout and civil-record requests,
Irish SEPA mandates and consultations, careers (Greenhouse-shaped, with US EEO answers),
support tickets (Zendesk-shaped), a Twilio-shaped call webhook, SendGrid-shaped e-mail events,
institutional library access, pet DNA kits. Calls: identify, track, page, screen, group, alias.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15-20 % PascalCase (.NET
warehouse and CRM services, Twilio webhooks), kebab-case (a form builder), SCREAMING_SNAKE
(a warehouse reverse-ETL sync), Polish keys (the Kraków backend: `imie`, `nazwisko`, `kod_blik`,
`pesel_wnioskodawcy` ...), Irish-English (`forename`, `mobile`, `eircode`, `townland`) and a few
Irish-language keys (`ainm`, `sloinne`, `seoladh_riomhphoist`).

Labelling rules (the Privacy Portal's default colours, as in the brief): each leaf path has a
classification, a type (the reference's matcher name, or bank account / geolocation / secret /
national id / advertising id / credit card / password / token ...; `a|b` when either is fair)
and value_only (true when the key does not say what the value is and only the value does; such
a path carries that PII in every one of its values). Free text is labelled by what every one of
its values carries: the generators for PII-bearing free text put a name or contact in every
value, and free text that never carries PII is green. Green: ids we issue, kit barcodes, SKUs,
versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys, product,
plan, company, ship, parish, cemetery and pet names, places that are not the person's, country,
state, county, voivodeship, locale, language, user agents, OS device ids. The published contested
list is followed: member/customer numbers, library card numbers, ages, marital status, job titles,
occupations and employers, businesses' own phones, addresses and role mailboxes, Twilio `To`
numbers, pets' data, UUID tokens and Message-IDs are green; gclid/fbclid/fbp/fbc are yellow
advertising ids; salary expectations yellow salary; billing and shipping addresses of the person
yellow address; Stripe `pm_` ids, kit activation codes, gift redemption codes, BLIK and OTP
codes, sign-in / download link tokens and reset tokens red token; passport and ID-card numbers,
PESEL and SSNs (also the last four) red; visa sponsorship and right-to-work answers red visa.

Rules decided here (where the brief is silent):
- People in a tree or a record: trees mix living and dead relatives and nothing in the event
  tells them apart, so a tree or record person's name, birth date, birth place, sex, religion
  and photo are labelled as that person's personal data (name / birthdate / city / gender /
  religion / photo). Facts about past events are green: death and burial dates and places, a
  census-year residence, an SSDI last-residence ZIP, a port of arrival, occupation, age, marital
  status, a record's place.
- Search filters: names typed into a search are names (yellow); year ranges, places and
  denominations filtered on are green (they describe what is searched, not the user).
- Genetic results: ethnicity-estimate regions and haplogroups are yellow `ethnicity`; carrier
  status and risk results of health reports are yellow `condition|diagnosis`; percentages and
  centimorgans are green numbers. An SSN found in the SSDI (of a deceased person) is still red.
- A SHA-256 of an e-mail or phone sent for ad matching is labelled as that PII (yellow): it is a
  stable identifier of the person across platforms. Hashes of files and builds are green.
- A family-tree name ("The Murphy Family") carries a surname in every value: yellow name.
- A screen-reader flag reveals a disability (red); a veteran flag or service branch is red veteran;
  US EEO self-identification answers are labelled by their category (race yellow, disability and
  veteran red, gender yellow).
- A caller's city and ZIP derived from their number (Twilio FromCity / FromZip) are the person's
  location: yellow city / zipcode; FromState and FromCountry are green like any state.
- Support agents, consultants, transcription volunteers and moderators are staff: their names and
  personal work e-mails are PII (yellow).
- An iOS APNs push token under `context.device.token` is red token (as in the main corpus).
"""

import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people --------------------------------------------------------------------------------------

IE_FIRST = [
    "Siobhán",
    "Aoife",
    "Niamh",
    "Ciarán",
    "Pádraig",
    "Seán",
    "Oisín",
    "Gráinne",
    "Caoimhe",
    "Eoin",
    "Róisín",
    "Darragh",
    "Clodagh",
    "Tadhg",
    "Máire",
    "Declan",
    "Orla",
    "Fionnuala",
    "Cathal",
    "Bríd",
]
IE_LAST = [
    "Murphy",
    "O'Sullivan",
    "Kelly",
    "Byrne",
    "Walsh",
    "McCarthy",
    "Ó Ceallaigh",
    "Fitzgerald",
    "Ní Bhriain",
    "Doherty",
    "Quinn",
    "Mac Giolla Phádraig",
    "Gallagher",
    "Moran",
    "Flanagan",
    "Ó Súilleabháin",
    "Nolan",
    "Brennan",
]
PL_FIRST = [
    "Małgorzata",
    "Krzysztof",
    "Agnieszka",
    "Wojciech",
    "Zofia",
    "Łukasz",
    "Katarzyna",
    "Grzegorz",
    "Jadwiga",
    "Stanisław",
    "Bożena",
    "Paweł",
    "Tomasz",
    "Ewa",
    "Józef",
    "Halina",
    "Bartłomiej",
    "Wiktoria",
]
PL_LAST = [
    "Nowak",
    "Wiśniewski",
    "Wójcik",
    "Kamińska",
    "Lewandowski",
    "Zielińska",
    "Szymański",
    "Dąbrowska",
    "Kozłowski",
    "Jankowska",
    "Grabowski",
    "Pietrzak",
    "Wróbel",
    "Mazur",
    "Krawczyk",
    "Sobczak",
    "Michalska",
    "Kaczmarek",
]
US_FIRST = [
    "Jamal",
    "Keisha",
    "Tyler",
    "Brittany",
    "Guadalupe",
    "José",
    "DeShawn",
    "Emily",
    "Michael",
    "Latoya",
    "Hunter",
    "Madison",
    "Xavier",
    "Kayla",
    "Dakota",
    "Shanice",
]
US_LAST = [
    "Johnson",
    "Washington",
    "Hernández",
    "Martinez",
    "Williams",
    "Jackson",
    "Thompson",
    "Rodriguez",
    "Robinson",
    "Carter",
    "Lopez",
    "Begay",
    "Yazzie",
    "Kowalczyk",
    "Sullivan",
    "Schmidt",
]
WORLD_FIRST = [
    "Chinedu",
    "Ngozi",
    "Priya",
    "Arjun",
    "Wei",
    "Xiu Ying",
    "Thi Lan",
    "Minh",
    "Fatima",
    "Yusuf",
    "Haruto",
    "Tatiana",
    "Olamide",
    "Kalani",
    "Mariana",
    "Dmytro",
    "Oksana",
    "Rosa",
    "Aarav",
    "Leilani",
]
WORLD_LAST = [
    "Okonkwo",
    "Adeyemi",
    "Sharma",
    "Iyer",
    "Zhang",
    "Liu",
    "Nguyen",
    "Tran",
    "Al-Hassan",
    "Demir",
    "Takahashi",
    "Shevchenko",
    "Bondarenko",
    "dos Santos",
    "Reyes",
    "Kealoha",
    "Mendoza",
    "Kaur",
    "Haddad",
    "Mwangi",
]
CULTURES = {
    "ie": (IE_FIRST, IE_LAST),
    "pl": (PL_FIRST, PL_LAST),
    "us": (US_FIRST, US_LAST),
    "world": (WORLD_FIRST, WORLD_LAST),
}
MAIL = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
    "world": ["gmail.com", "outlook.com", "proton.me", "yahoo.com"],
}


def culture(f: Fake) -> str:
    return f.pick(["ie", "ie", "pl", "pl", "us", "us", "world"])


def first(f: Fake) -> str:
    return f.pick(CULTURES[culture(f)][0])


def last(f: Fake) -> str:
    return f.pick(CULTURES[culture(f)][1])


def full_name(f: Fake) -> str:
    firsts, lasts = CULTURES[culture(f)]
    return f"{f.pick(firsts)} {f.pick(lasts)}"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email(f: Fake) -> str:
    c = culture(f)
    firsts, lasts = CULTURES[c]
    a = ascii_fold(f.pick(firsts)).lower().replace(" ", "")
    b = ascii_fold(f.pick(lasts)).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}", f"{a}_{b}"])
    return f"{local}@{f.pick(MAIL[c])}"


def username(f: Fake) -> str:
    a = ascii_fold(first(f)).lower().replace(" ", "")
    b = ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
    return f.pick([f"{a}_{b}{f.r.randint(1, 99)}", f"{a}.{b}", f"{a}{b[:1]}{f.r.randint(50, 99)}"])


def staff_email(f: Fake) -> str:
    local = f"{ascii_fold(first(f))}.{ascii_fold(last(f))}".lower()
    return local.replace(" ", "").replace("'", "") + "@clannmore.com"


def display_name(f: Fake) -> str:
    n = full_name(f)
    parts = n.split(" ")
    return f.pick([n, f"{parts[0]} {parts[-1][0]}.", n, f"{parts[0][0]}. {parts[-1]}"])


def ie_mobile(f: Fake) -> str:
    pre, a, b = f.pick(["83", "85", "86", "87", "89"]), f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick([f"+353 {pre} {a} {b}", f"0{pre} {a} {b}", f"+353{pre}{a}{b}", f"0{pre}-{a}{b}"])


def ie_landline(f: Fake) -> str:
    area = f.pick(["1", "21", "91", "61", "94", "98", "66"])
    return f.pick(
        [f"+353 {area} {f.r.randint(200, 999)} {f.r.randint(1000, 9999)}", f"(0{area}) 9{f.digits(6)}"]
    )


def pl_mobile(f: Fake) -> str:
    a = f.pick(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + str(f.r.randint(0, 9))
    b, c = f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick([f"+48 {a} {b} {c}", f"{a}-{b}-{c}", f"+48{a}{b}{c}", f"{a} {b} {c}"])


def pl_landline(f: Fake) -> str:
    area = f.pick(["12", "22", "17", "58", "85", "14"])
    return f"+48 {area} {f.r.randint(200, 999)} {f.r.randint(10, 99)} {f.r.randint(10, 99)}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone(f: Fake) -> str:
    return f.pick([ie_mobile, ie_mobile, ie_landline, pl_mobile, pl_mobile, pl_landline, us_phone, us_phone])(
        f
    )


def e164(f: Fake) -> str:
    return f.pick(
        [
            "+3538" + f.pick(["3", "5", "6", "7", "9"]) + f.digits(7),
            "+48" + f.pick(["5", "6", "7", "8"]) + f.digits(8),
            "+1" + str(f.r.randint(201, 989)) + str(f.r.randint(200, 999)) + f.digits(4),
        ]
    )


# -- addresses -----------------------------------------------------------------------------------

IE_STREETS = [
    "Ard na Gréine",
    "Main Street",
    "Church Road",
    "Bóthar na Trá",
    "The Crescent",
    "Sea View Park",
    "Castle Avenue",
    "Old Mill Court",
    "Friars Walk",
    "Knockbrack Lane",
    "Summerhill",
    "Ballymun Road",
]
IE_TOWNS = [
    ("Ballina", "Co. Mayo", "F26"),
    ("Castlebar", "Co. Mayo", "F23"),
    ("Ennis", "Co. Clare", "V95"),
    ("Tralee", "Co. Kerry", "V92"),
    ("Clonakilty", "Co. Cork", "P85"),
    ("Drogheda", "Co. Louth", "A92"),
    ("Letterkenny", "Co. Donegal", "F92"),
    ("Kilkenny", "Co. Kilkenny", "R95"),
    ("Dublin 8", "Co. Dublin", "D08"),
    ("Cork", "Co. Cork", "T12"),
    ("Galway", "Co. Galway", "H91"),
    ("Limerick", "Co. Limerick", "V94"),
]
TOWNLANDS = ["Knockmore", "Carrowkeel", "Ballyglass", "Derrylahan", "Cloonfad", "Gortnahoo", "Rathbane"]
PL_STREETS = [
    "ul. Marszałkowska",
    "ul. Floriańska",
    "ul. Długa",
    "ul. Mickiewicza",
    "al. Jana Pawła II",
    "ul. Kościuszki",
    "ul. Słowackiego",
    "os. Tysiąclecia",
    "ul. Piłsudskiego",
    "ul. Lipowa",
]
PL_CITIES = [
    ("Kraków", "31", "małopolskie"),
    ("Warszawa", "02", "mazowieckie"),
    ("Rzeszów", "35", "podkarpackie"),
    ("Gdańsk", "80", "pomorskie"),
    ("Białystok", "15", "podlaskie"),
    ("Tarnów", "33", "małopolskie"),
    ("Przemyśl", "37", "podkarpackie"),
    ("Lublin", "20", "lubelskie"),
    ("Nowy Sącz", "33", "małopolskie"),
]
US_STREETS = [
    "Maple Ave",
    "W Roscoe St",
    "Liberty Ave",
    "Dorchester Ave",
    "Joseph Campau St",
    "Elm St",
    "Wyoming Ave",
    "S Halsted St",
    "Delaware Ave",
    "Lincoln Way",
]
US_CITIES = [
    ("Boston", "MA", "021"),
    ("Chicago", "IL", "606"),
    ("Scranton", "PA", "185"),
    ("Buffalo", "NY", "142"),
    ("Pittsburgh", "PA", "152"),
    ("Milwaukee", "WI", "532"),
    ("Cleveland", "OH", "441"),
    ("Hamtramck", "MI", "482"),
    ("Savannah", "GA", "314"),
    ("Albuquerque", "NM", "871"),
    ("Sacramento", "CA", "958"),
    ("Worcester", "MA", "016"),
]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def eircode(f: Fake, key: str | None = None) -> str:
    key = key or f.pick(IE_TOWNS)[2]
    return (
        key + f.pick([" ", ""]) + f.pick("ACDEFHKNPRTVWXY") + "".join(f.pick(EIRCODE_CHARS) for _ in range(3))
    )


def pl_postcode(f: Fake, prefix: str | None = None) -> str:
    prefix = prefix or f.pick(PL_CITIES)[1]
    return f"{prefix}-{f.r.randint(0, 999):03d}"


def us_zip(f: Fake, prefix: str | None = None) -> str:
    prefix = prefix or f.pick(US_CITIES)[2]
    z = prefix + f"{f.r.randint(0, 99):02d}"
    return z if f.r.random() < 0.75 else f"{z}-{f.r.randint(1, 9999):04d}"


def ie_street(f: Fake) -> str:
    return f.pick(
        [f"{f.r.randint(1, 140)} {f.pick(IE_STREETS)}", f"Apt {f.r.randint(1, 40)}, {f.pick(IE_STREETS)}"]
    )


def pl_street(f: Fake) -> str:
    n = f.r.randint(1, 120)
    return f.pick(
        [
            f"{f.pick(PL_STREETS)} {n}",
            f"{f.pick(PL_STREETS)} {n}/{f.r.randint(1, 60)}",
            f"{f.pick(PL_STREETS)} {n} m. {f.r.randint(1, 60)}",
        ]
    )


def us_street(f: Fake) -> str:
    return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}"


def street(f: Fake) -> str:
    return f.pick([ie_street, pl_street, us_street])(f)


def city(f: Fake) -> str:
    return f.pick([f.pick(IE_TOWNS)[0], f.pick(PL_CITIES)[0], f.pick(US_CITIES)[0]])


def postcode(f: Fake) -> str:
    return f.pick([eircode, pl_postcode, us_zip])(f)


def line2(f: Fake) -> str:
    return f.pick(["Apt 3B", "Flat 2", "m. 14", "Unit 7", "Suite 210", "lok. 5", "Apartment 12"])


def one_line_address(f: Fake) -> str:
    kind = f.pick(["ie", "pl", "us"])
    if kind == "ie":
        town, county, key = f.pick(IE_TOWNS)
        return f"{ie_street(f)}, {town}, {county}, {eircode(f, key)}"
    if kind == "pl":
        town, prefix, _ = f.pick(PL_CITIES)
        return f"{pl_street(f)}, {pl_postcode(f, prefix)} {town}"
    town, state, prefix = f.pick(US_CITIES)
    return f"{us_street(f)}, {town}, {state} {us_zip(f, prefix)}"


# -- ids with checksums --------------------------------------------------------------------------


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def grouped(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def ie_iban(f: Fake) -> str:
    bban = (
        f.pick(["AIBK", "BOFI", "IPBS", "ULSB"])
        + f.pick(["93", "90", "98", "99"])
        + f.digits(4)
        + f.digits(8)
    )
    raw = mod97_iban("IE", bban)
    return grouped(raw) if f.r.random() < 0.4 else raw


def pl_iban(f: Fake) -> str:
    raw = mod97_iban("PL", f.pick(["1090", "1020", "1140", "1050", "2490"]) + f.digits(20))
    return grouped(raw) if f.r.random() < 0.4 else raw


def pl_nrb(f: Fake) -> str:
    """The domestic 26-digit form Polish banks print: the IBAN without `PL`."""
    raw = pl_iban(f).replace(" ", "")[2:]
    return f.pick([raw, raw[:2] + " " + grouped(raw[2:])])


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(1940, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}" + "".join(
        str(f.r.randint(0, 9)) for _ in range(4)
    )
    total = sum(int(a) * w for a, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.pick(string.ascii_uppercase) for _ in range(3))
    digits = [f.r.randint(0, 9) for _ in range(5)]
    values = [ord(c) - 55 for c in letters] + digits
    check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return letters + str(check) + "".join(map(str, digits))


def passport(f: Fake) -> str:
    return f.pick(
        [
            f.pick(["5", "6"]) + f.digits(8),  # US
            "P" + f.pick("ABCDEFGHJKLMNPRSTVWX") + f.digits(7),  # IE
            "E" + f.pick("ABCDEFGHJKLMNPRS") + f.digits(7),  # PL
        ]
    )


def alnum(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.pick(alphabet) for _ in range(n))


def activation_code(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f.pick([f"{alnum(f, 4, up)}-{alnum(f, 4, up)}-{alnum(f, 4, up)}", alnum(f, 10, up)])


def gift_code(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f"GIFT-{alnum(f, 4, up)}-{alnum(f, 4, up)}-{alnum(f, 4, up)}"


def kit_barcode(f: Fake) -> str:
    return f.pick(["CMK", "CMKIE", "CMKPL"]) + f.digits(10)


def gclid(f: Fake) -> str:
    return (
        "Cj0KCQ"
        + f.pick(["jw", "iA", "jwo"])
        + alnum(f, 60, string.ascii_letters + string.digits + "-_")
        + "_BwE"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 57, string.ascii_letters + string.digits + "-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def pm_id(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def stripe_id(f: Fake, prefix: str) -> str:
    return prefix + alnum(f, 14)


def signed_url(f: Fake, base: str) -> str:
    return (
        f"{base}?token={alnum(f, 43, string.ascii_letters + string.digits + '-_')}&exp={f.epoch_ms() // 1000}"
    )


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


# -- dates ---------------------------------------------------------------------------------------


def adult_dob(f: Fake) -> str:
    y, m, d = f.r.randint(1941, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]
    )


def tree_birth(f: Fake) -> str:
    y, m, d = f.r.randint(1795, 2012), f.r.randint(1, 12), f.r.randint(1, 28)
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"abt {y}", f"{y}", f"bef {y}", f"{d} {month} {y}"]
    )


def tree_death(f: Fake) -> str | None:
    if f.r.random() < 0.2:
        return None
    y = f.r.randint(1850, 2023)
    return f.pick([f"{y}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", f"abt {y}", str(y)])


BIRTH_PLACES = [
    "Ballyhaunis, County Mayo, Ireland",
    "Skibbereen, Co. Cork, Ireland",
    "Tarnów, Galicia, Austria-Hungary",
    "Kolbuszowa, Galicja",
    "Brooklyn, Kings, New York, USA",
    "Wilkes-Barre, Pennsylvania",
    "Łomża, Królestwo Polskie",
    "Clifden, Co. Galway",
    "Chicago, Cook, Illinois",
    "Boston, Massachusetts",
    "Kraków, Polska",
    "Ennis, Co. Clare",
    "Hamtramck, Michigan",
    "Przemyśl, podkarpackie",
]
PAST_PLACES = [
    "Kiltimagh, Mayo",
    "Ellis Island, New York",
    "Queenstown (Cobh), Cork",
    "Hamburg",
    "Bremen",
    "Parafia św. Marii Magdaleny, Tarnów",
    "Calvary Cemetery, Queens",
    "Scranton, Lackawanna, PA",
    "Glasnevin, Dublin",
    "Cmentarz Rakowicki, Kraków",
    "at sea",
    "Liverpool, England",
]
OCCUPATIONS = [
    "coal miner",
    "farmer",
    "domestic servant",
    "labourer",
    "rolnik",
    "seamstress",
    "nurse",
    "railroad brakeman",
    "schoolteacher",
    "krawiec",
    "dock worker",
    "publican",
]
RELATIONS = [
    "mother",
    "father",
    "maternal grandmother",
    "paternal grandfather",
    "great-grandmother",
    "sister",
    "brother",
    "aunt",
    "uncle",
    "1st cousin",
    "spouse",
    "daughter",
    "son",
    "great-great-grandfather",
    "2nd great-grandmother",
]


# -- free text that carries PII in every value ---------------------------------------------------


def match_message(f: Fake) -> str:
    n, other = first(f), full_name(f)
    return f.pick(
        [
            f"Hi {n}! I think we connect through {other}, my great-grandmother. Do you have a tree?",
            f"Hello, we share {f.r.randint(40, 900)} cM. My grandfather was {other} from Mayo.",
            f"Dzień dobry {n}, moja babcia {other} pochodziła z Tarnowa. Czy to ta sama rodzina?",
            f"Easier to chat by email: {email(f)}. Thanks, {first(f)}",
            f"Hi {n}, you can text me on {phone(f)} if that's easier.",
            f"Thanks {n}! I added {other} to my tree, have a look when you can.",
        ]
    )


def names_note(f: Fake) -> str:
    return f.pick(
        [
            f"Probably via the {last(f)} line - granny's cousin {full_name(f)}?",
            f"Check baptism of {full_name(f)}, 1887",
            f"Sister of {first(f)}? Ask aunt {first(f)}",
            f"Same surname as {full_name(f)} in 1911 census",
            f"{full_name(f)} emigrated 1923, Ellis Island",
        ]
    )


def gift_text(f: Fake) -> str:
    return f.pick(
        [
            f"Happy birthday {first(f)}! Love, {first(f)}",
            f"Wszystkiego najlepszego, {first(f)}! Ściskam, {first(f)}",
            f"For Mam - now you can finally find the {last(f)}s. x",
            f"Merry Christmas {first(f)}, from {first(f)} and the kids",
            f"{first(f)}, let's find out where we really come from!",
        ]
    )


def greeting_preview(f: Fake) -> str:
    return f.pick(
        [
            f"Hi {first(f)}, thanks for getting back",
            f"Cześć {first(f)}, dziękuję za",
            f"Hello {first(f)} - I looked at our shared",
            f"Dear {first(f)}, my mother's",
        ]
    )


def ticket_text(f: Fake) -> str:
    return f.pick(
        [
            f"My kit won't activate. Please call me on {phone(f)}.",
            f"I bought a gift for my mother {full_name(f)} but she never got the email.",
            f"Please send the invoice to {email(f)} instead, thanks.",
            f"Hi, my name is {full_name(f)} and I was charged twice.",
            f"Nie mogę się zalogować, mój e-mail to {email(f)}",
        ]
    )


def consultation_text(f: Fake) -> str:
    return f.pick(
        [
            f"Researching my great-grandfather {full_name(f)} from Kiltimagh, emigrated 1890s.",
            f"Looking for the baptism of {full_name(f)}, born near Tarnów.",
            f"My grandmother {full_name(f)} never spoke about her family in Donegal.",
            f"Trying to trace {full_name(f)} who went to Boston around 1910.",
        ]
    )


def inscription(f: Fake) -> str:
    a, b = f.r.randint(1840, 1960), f.r.randint(1870, 2020)
    return f.pick(
        [
            f"In loving memory of {full_name(f)} died {b} aged {f.r.randint(1, 99)}",
            f"Ś.P. {full_name(f)} ur. {a} zm. {max(a, b)}",
            f"Erected by {full_name(f)} in memory of his wife {first(f)}",
            f"{full_name(f)} {a} - {max(a, b)} R.I.P.",
        ]
    )


def photo_caption(f: Fake) -> str:
    return f.pick(
        [
            f"Granny {first(f)} at the bog, {f.r.randint(1920, 1980)}",
            f"{full_name(f)}, {f.r.randint(1900, 1960)}",
            f"{first(f)} and {first(f)}'s wedding",
            f"Mam and Uncle {first(f)}, Salthill",
            f"Dziadek {first(f)} w wojsku",
        ]
    )


def ocr_text(f: Fake) -> str:
    return f.pick(
        [
            f"Baptised {full_name(f)}, son of {first(f)} and {full_name(f)}; sponsors {full_name(f)}",
            f"Rok 1887 dnia 12 Marca, stawił się {full_name(f)}, rolnik, lat {f.r.randint(20, 50)}",
            f"Married at the chapel of Knock: {full_name(f)} and {full_name(f)}",
            f"Died at Carrowkeel: {full_name(f)}, widow, aged {f.r.randint(40, 95)}",
        ]
    )


def name_query(f: Fake) -> str:
    n = full_name(f).lower() if f.r.random() < 0.5 else full_name(f)
    return f.pick(
        [
            f"{n} {f.r.randint(1840, 1940)}",
            f"{last(f)} {f.pick(['mayo', 'Tarnów', 'cork', 'galicia', 'scranton'])}",
            n,
            f"{n} census",
            f"{last(f)} baptism {f.r.randint(1850, 1910)}",
        ]
    )


def address_typing(f: Fake) -> str:
    """What a person has typed into an address box so far: a house number and part of a street."""
    n = f.r.randint(1, 240)
    if f.r.random() < 0.35:
        name = f.pick(PL_STREETS).split(" ", 1)[1]
        typed = f"{name} {n}"
    else:
        name = f.pick(f.pick([IE_STREETS, US_STREETS]))
        typed = f"{n} {name[: f.r.randint(3, len(name))]}"
    return typed.lower() if f.r.random() < 0.4 else typed


def cv_filename(f: Fake) -> str:
    n = ascii_fold(full_name(f))
    return f.pick([f"{n.replace(' ', '_')}_CV.pdf", f"CV - {n}.docx", f"{n} Resume 2024.pdf"])


# -- templates: optional keys -------------------------------------------------------------------


@dataclass
class Opt:
    """A key present in share `p` of the messages."""

    item: Any
    p: float = 0.6


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def c(value):
    return G(lambda f: value)


def one(*values):
    return G(lambda f: f.pick(list(values)))


def count(lo: int, hi: int):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo: float, hi: float):
    return G(lambda f: f.money(lo, hi))


ISO = G(lambda f: f.iso())
UUID = G(lambda f: f.uuid())
BOOL = G(lambda f: f.pick([True, False]))
NAME = Y(full_name, "name")
FIRST = Y(first, "name")
LAST = Y(last, "name")
EMAIL = Y(email, "email")
PHONE = Y(phone, "phone")
IP = Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip")
CURRENCY = one("USD", "EUR", "PLN")
LOCALES = ["en-US", "en-IE", "pl-PL", "ga-IE", "en-GB", "pl"]
ZONES = ["America/New_York", "America/Chicago", "Europe/Dublin", "Europe/Warsaw", "America/Los_Angeles"]


# -- contexts ------------------------------------------------------------------------------------

AWK = "AppleWebKit/537.36 (KHTML, like Gecko)"
UAS = [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {AWK} Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    f"Mozilla/5.0 (Linux; Android 14; SM-A546B) {AWK} Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {AWK} Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
]
PAGES = [
    ("/", "Clannmore - Discover your family story"),
    ("/search/records", "Search historical records | Clannmore"),
    ("/tree/overview", "Family tree | Clannmore"),
    ("/dna/matches", "DNA Matches | Clannmore"),
    ("/dna/ethnicity", "Your ethnicity estimate | Clannmore"),
    ("/shop/dna-kit", "Clannmore DNA - order a kit"),
    ("/checkout", "Checkout | Clannmore"),
    ("/gift", "Give the gift of family history"),
    ("/pl/wyszukiwanie", "Szukaj w archiwach | Clannmore"),
    ("/ie/census-1911", "1901 & 1911 Census of Ireland | Clannmore"),
    ("/careers", "Careers at Clannmore"),
]


def pick_page(f: Fake) -> tuple[str, str]:
    f.page = f.pick(PAGES)  # the title and url rendered next describe the same page
    return f.page


def web_ctx():
    page = {
        "path": G(lambda f: pick_page(f)[0]),
        "referrer": one(
            "",
            "https://www.google.com/",
            "https://www.facebook.com/",
            "https://www.bing.com/",
            "https://www.clannmore.com/",
            "https://duckduckgo.com/",
        ),
        "search": one("", "", "?utm_source=newsletter&utm_medium=email", "?ref=nav", "?lang=pl"),
        "title": G(lambda f: f.page[1]),
        "url": G(
            lambda f: (
                f.pick(["https://www.clannmore.com", "https://www.clannmore.ie", "https://www.clannmore.pl"])
                + f.page[0]
            )
        ),
    }
    return {
        "library": {
            "name": c("analytics.js"),
            "version": one("npm:next-1.70.0", "next-1.72.1", "next-1.69.0"),
        },
        "page": page,
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": one("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": one("124", "8", "99"),
                    },
                    3,
                ),
                "mobile": BOOL,
                "platform": one("Windows", "macOS", "Android"),
            },
            0.55,
        ),
        "locale": one(*LOCALES),
        "timezone": one(*ZONES),
        "ip": IP,
        "campaign": Opt(
            {
                "name": one("st_patricks_dna_sale", "mothers_day_gift", "pl_swieta_2024", "black_friday_dna"),
                "source": one("google", "facebook", "newsletter", "tiktok"),
                "medium": one("cpc", "email", "paid_social"),
                "term": Opt(one("irish ancestry", "dna test", "polish genealogy", "family tree free"), 0.5),
                "content": Opt(one("hero_banner", "carousel_2", "textlink"), 0.5),
            },
            0.3,
        ),
    }


def swift_ctx():
    return {
        "app": {
            "name": c("Clannmore"),
            "version": one("6.4.0", "6.4.2", "6.5.0"),
            "build": one("6400", "6421", "6503"),
            "namespace": c("com.clannmore.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": c("Apple"),
            "model": one("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"),
            "name": one("iPhone", "iPad"),
            "type": c("ios"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Opt(
                Y(
                    lambda f: (
                        "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.15 else f.uuid().upper()
                    ),
                    "advertising id",
                ),
                0.6,
            ),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": c("analytics-swift"), "version": one("1.5.11", "1.6.0")},
        "locale": one(*LOCALES),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": one("iOS", "iPadOS"), "version": one("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": one(390, 393, 430, 820), "height": one(844, 852, 932, 1180)},
        "timezone": one(*ZONES),
        "ip": IP,
        "instanceId": UUID,
        "traits": Opt({"email": EMAIL, "userId": G(lambda f: "cm_" + f.digits(8))}, 0.7),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": c("Clannmore"),
            "version": one("6.4.0", "6.5.1"),
            "build": one("640012", "651003"),
            "namespace": c("com.clannmore.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": one("samsung", "Google", "Xiaomi", "motorola"),
            "model": one("SM-A546B", "Pixel 8", "2201117TY", "moto g54 5G"),
            "name": one("a54x", "shiba", "spes", "cancunf"),
            "type": c("android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
        },
        "library": {"name": c("analytics-kotlin"), "version": one("1.15.0", "1.16.3")},
        "locale": one(*LOCALES),
        "network": {
            "wifi": BOOL,
            "cellular": BOOL,
            "bluetooth": c(False),
            "carrier": one("Vodafone IE", "Three", "eir", "Play", "Orange PL", "T-Mobile", "Verizon"),
        },
        "os": {"name": c("Android"), "version": one("14", "13", "12")},
        "screen": {
            "density": one(2.625, 3.0, 2.75),
            "width": one(1080, 1440),
            "height": one(2340, 2400, 3120),
        },
        "timezone": one(*ZONES),
        "userAgent": one(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
        ),
        "instanceId": UUID,
        "ip": IP,
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(49.0, 55.4), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-10.4, 24.1), 6), "geolocation"),
                "speed": one(0.0, 1.2, 0.4),
            },
            0.4,
        ),
        "traits": {"anonymousId": UUID, "email": Opt(EMAIL, 0.6)},
    }


def rn_ctx():
    return {
        "app": {
            "name": c("Clannmore"),
            "version": one("6.3.2", "6.4.0"),
            "build": one("1204", "1219"),
            "namespace": one("com.clannmore.ios", "com.clannmore.android"),
        },
        "device": {
            "id": UUID,
            "manufacturer": one("Apple", "samsung", "Google"),
            "model": one("iPhone14,5", "SM-S918B", "Pixel 7"),
            "name": one("iPhone", "dm3q", "panther"),
            "type": one("ios", "android"),
        },
        "library": {"name": c("analytics-react-native"), "version": one("2.19.2", "2.20.1")},
        "locale": one(*LOCALES),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": one("iOS", "Android"), "version": one("17.4", "14")},
        "screen": {"width": one(390, 412), "height": one(844, 915)},
        "timezone": one(*ZONES),
        "ip": IP,
        "traits": Opt(
            {
                "email": EMAIL,
                "firstName": FIRST,
                "lastName": LAST,
                "plan": one("explorer", "all_access", "free"),
            },
            0.8,
        ),
    }


def flutter_ctx():
    return {
        "app": {
            "name": c("Clannmore Pets"),
            "version": one("1.2.0", "1.3.1"),
            "build": one("37", "41"),
            "namespace": c("com.clannmore.pets"),
        },
        "device": {
            "id": UUID,
            "manufacturer": one("Apple", "samsung"),
            "model": one("iPhone13,2", "SM-G991B"),
            "type": one("ios", "android"),
        },
        "library": {"name": c("analytics_flutter"), "version": one("1.1.3", "1.1.5")},
        "locale": one(*LOCALES),
        "os": {"name": one("iOS", "Android"), "version": one("17.5", "14")},
        "screen": {"width": one(390, 412), "height": one(844, 892)},
        "timezone": one(*ZONES),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "ip": IP,
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": c(name), "version": one(*versions)}}
    if lib in ("node", "ruby", "php"):
        ctx["ip"] = Opt(IP, 0.7)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.5)
    if lib == "python":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(email, "email", True),
                    "type": c("email"),
                    "collection": c("users"),
                    "encoding": c("none"),
                },
                1,
            ),
            0.3,
        )
    if lib == "node":
        ctx["traits"] = Opt({"email": EMAIL}, 0.4)
    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: (lambda lib=lib: server_ctx(lib)) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]


# -- shared bodies -------------------------------------------------------------------------------

KIT_PRODUCTS = [
    ("Clannmore DNA", "CM-DNA-STD", 79.0),
    ("Clannmore DNA + Health", "CM-DNA-HLT", 149.0),
    ("Clannmore DNA Gift Box", "CM-DNA-GFT", 89.0),
    ("Y-DNA 37 markers", "CM-YDNA-37", 119.0),
    ("Explorer membership 12 months", "CM-SUB-EXP-12", 129.0),
    ("Pet DNA Kit", "CM-PET-01", 99.0),
]


def kit_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(KIT_PRODUCTS)[1]),
        "name": G(lambda f: f.pick(KIT_PRODUCTS)[0]),
        "brand": c("Clannmore"),
        "category": one("DNA kits", "Memberships", "Gifts"),
        "variant": one("single", "2-pack", "gift box"),
        "price": G(lambda f: f.pick(KIT_PRODUCTS)[2]),
        "quantity": count(1, 3),
        "position": count(1, 6),
        "url": G(lambda f: "https://www.clannmore.com/shop/" + f.pick(KIT_PRODUCTS)[1].lower()),
        "image_url": G(lambda f: f"https://cdn.clannmore.com/img/{f.hexid(10)}.webp"),
    }


def line_item():
    return {k: v for k, v in kit_product().items() if k in ("product_id", "sku", "name", "price", "quantity")}


def shipping_address():
    return {
        "name": NAME,
        "street": Y(street, "address|street"),
        "line2": Opt(Y(line2, "address|street"), 0.4),
        "city": Y(city, "city"),
        "state": one("MA", "IL", "PA", "Co. Mayo", "małopolskie", "NY", "Co. Cork"),
        "postal_code": Y(postcode, "zipcode"),
        "country": one("US", "IE", "PL"),
    }


def tree_person():
    return {
        "given_names": FIRST,
        "surname": LAST,
        "maiden_name": Opt(LAST, 0.5),
        "sex": Y(lambda f: f.pick(["F", "M", "U"]), "gender"),
        "birth_date": Y(tree_birth, "birthdate"),
        "birth_place": Y(lambda f: f.pick(BIRTH_PLACES), "city"),
        "is_living": BOOL,
        "death_date": G(tree_death),
        "death_place": G(lambda f: f.pick([*PAST_PLACES, None])),
        "occupation": Opt(one(*OCCUPATIONS), 0.5),
    }


# -- events: (kind, event or page/screen name, clients, body, weight) -------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # -- identify -------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "email": EMAIL,
            "firstName": FIRST,
            "lastName": LAST,
            "phone": PHONE,
            "birthday": Y(adult_dob, "birthdate"),
            "gender": Opt(
                Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender")
            ),
            "maidenName": Opt(LAST, 0.3),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": one("MA", "IL", "PA", "Co. Mayo", "mazowieckie", "NY"),
                "postalCode": Y(postcode, "zipcode"),
                "country": one("US", "IE", "PL"),
            },
            "createdAt": ISO,
            "plan": one("free", "explorer", "all_access"),
            "dnaKitsActivated": count(0, 4),
            "emailVerified": BOOL,
            "marketingOptIn": BOOL,
        },
        3,
    ),
    (
        "identify",
        None,
        MOBILE,
        {
            "email": EMAIL,
            "first_name": FIRST,
            "last_name": LAST,
            "phone_number": Opt(Y(e164, "phone"), 0.7),
            "username": Y(username, "name"),
            "avatar_url": Opt(
                Y(lambda f: f"https://img.clannmore.com/avatars/{f.hexid(16)}.jpg", "photo"), 0.6
            ),
            "hometown": Opt(Y(city, "city"), 0.5),
            "member_since": G(lambda f: f.date(2015, 2024)),
            "subscription_status": one("active", "trialing", "past_due", "canceled", "none"),
            "push_enabled": BOOL,
            "age_band": one("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
        },
        3,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": FIRST,
            "LAST_NAME": LAST,
            "EMAIL_ADDRESS": EMAIL,
            "PHONE_E164": Y(e164, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2005), "birthdate"),
            "POSTAL_CODE": Y(postcode, "zipcode"),
            "HOME_STATE": one("MA", "IL", "PA", "NY", "OH", "MI"),
            "LIFETIME_VALUE": money(0, 1200),
            "KIT_COUNT": count(0, 5),
            "LAST_LOGIN_AT": ISO,
            "SUBSCRIPTION_TIER": one("FREE", "EXPLORER", "ALL_ACCESS"),
            "IS_DNA_CUSTOMER": BOOL,
            "MEMBER_NUMBER": G(lambda f: "M" + f.digits(9)),
        },
        2,
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": FIRST,
            "Surname": LAST,
            "EmailAddress": EMAIL,
            "MobileNumber": Y(ie_mobile, "phone"),
            "AddressLine1": Y(ie_street, "address|street"),
            "Townland": Y(lambda f: f.pick(TOWNLANDS), "address|city"),
            "County": G(lambda f: f.pick(IE_TOWNS)[1]),
            "Eircode": Y(eircode, "zipcode"),
            "DateOfBirth": Y(lambda f: f.date(1940, 2004) + "T00:00:00", "birthdate"),
            "CustomerNumber": G(lambda f: "IE" + f.digits(8)),
            "GdprConsentDate": ISO,
        },
        2,
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "imie": FIRST,
            "nazwisko": LAST,
            "email": EMAIL,
            "telefon": Y(pl_mobile, "phone"),
            "ulica": Y(pl_street, "street|address"),
            "kod_pocztowy": Y(pl_postcode, "zipcode"),
            "miasto": Y(lambda f: f.pick(PL_CITIES)[0], "city"),
            "wojewodztwo": G(lambda f: f.pick(PL_CITIES)[2]),
            "data_urodzenia": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1945, 2004)}",
                "birthdate",
            ),
            "plec": Y(lambda f: f.pick(["K", "M"]), "gender"),
            "zgoda_marketingowa": BOOL,
            "numer_klienta": G(lambda f: "PL-" + f.digits(7)),
        },
        2,
    ),
    # -- page / screen / group / alias --------------------------------------------------------------
    (
        "page",
        "page",
        ["web"],
        {
            "path": G(lambda f: pick_page(f)[0]),
            "referrer": one("", "https://www.google.com/", "https://www.clannmore.com/"),
            "search": one("", "?ref=nav", "?utm_source=newsletter"),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.clannmore.com" + f.page[0]),
            "category": one("Search", "Tree", "DNA", "Shop", "Marketing"),
        },
        6,
    ),
    (
        "screen",
        "screen",
        MOBILE,
        {
            "screen_class": one(
                "MatchListViewController", "TreeCanvasFragment", "RecordDetailScreen", "InboxScreen"
            ),
            "previous_screen": one("Home", "Matches", "Tree", "Search", "Inbox"),
            "tab": one("home", "tree", "dna", "search", "inbox"),
        },
        5,
    ),
    (
        "group",
        None,
        ["web", "java"],
        {
            "name": one(
                "Mayo County Library",
                "Boston Public Library",
                "Biblioteka Jagiellońska",
                "Irish Genealogical Research Society",
                "Polish Genealogical Society of America",
            ),
            "plan": one("institution_basic", "institution_plus"),
            "website": one("https://www.mayococo.ie/library", "https://www.bpl.org", "https://www.pgsa.org"),
            "main_line": one("+353 94 904 7925", "+1 617 536 5400", "+48 12 663 33 36", "(312) 776-5551"),
            "contact_email": one(
                "library@mayococo.ie", "genealogy@bpl.org", "info@pgsa.org", "biblioteka@uj.edu.pl"
            ),
            "admin_name": NAME,
            "admin_email": EMAIL,
            "created_at": ISO,
            "location": {
                "street": one(
                    "John Moore Road", "700 Boylston St", "al. Mickiewicza 22", "984 N Milwaukee Ave"
                ),
                "city": one("Castlebar", "Boston", "Kraków", "Chicago"),
                "country": one("IE", "US", "PL"),
            },
        },
        2,
    ),
    ("alias", None, ["web", "swift", "node"], {}, 1),
    # -- family tree ----------------------------------------------------------------------------------
    (
        "track",
        "Tree Created",
        ["web", "swift"],
        {
            "tree_id": G(lambda f: f.digits(9)),
            "tree_name": Y(
                lambda f: f.pick(
                    [
                        f"The {last(f)} Family",
                        f"{last(f)}-{last(f)} tree",
                        f"Drzewo rodziny {last(f)}",
                        f"{last(f)} family history",
                    ]
                ),
                "name",
            ),
            "home_person_relationship": one("self", "mother", "spouse", "grandparent"),
            "is_public": BOOL,
            "source": one("scratch", "gedcom_import", "onboarding"),
            "person_count": count(1, 40),
            "privacy": one("private", "searchable", "public"),
        },
        2,
    ),
    (
        "track",
        "Person Added",
        ["web", "rn"],
        {
            "tree_id": G(lambda f: f.digits(9)),
            "person_id": G(lambda f: f.digits(11)),
            "relationship": one(*RELATIONS),
            **tree_person(),
            "added_from": one("manual", "hint", "record", "match_tree"),
            "photo_count": count(0, 12),
            "age_at_death": Opt(count(0, 101), 0.5),
            "marital_status": Opt(one("married", "widowed", "single", "unknown"), 0.5),
        },
        4,
    ),
    (
        "track",
        "Name Corrected",
        ["kotlin", "web"],
        {
            "person_id": G(lambda f: f.digits(11)),
            "field": one("given_names", "surname", "maiden_name", "spouse_surname"),
            "old_value": Y(lambda f: f.pick([first(f), last(f), full_name(f)]), "name", True),
            "new_value": Y(lambda f: f.pick([first(f), last(f), full_name(f)]), "name", True),
            "edit_source": one("user", "suggested_edit", "record_attach"),
            "revision": count(1, 30),
        },
        2,
    ),
    (
        "track",
        "Tree Shared",
        ["web"],
        {
            "tree_id": G(lambda f: f.digits(9)),
            "invitee_email": EMAIL,
            "invitee_name": NAME,
            "role": one("viewer", "contributor", "editor"),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, here's our tree!",
                        f"{first(f)} - have a look at Nana's side",
                        f"Cześć {first(f)}, zobacz nasze drzewo",
                    ]
                ),
                "name",
                True,
            ),
            "invite_expires_at": ISO,
        },
        2,
    ),
    (
        "track",
        "GEDCOM Imported",
        ["node"],
        {
            "import_id": UUID,
            "tree_id": G(lambda f: f.digits(9)),
            "file_name": one(
                "export.ged", "family_tree.ged", "MyHeritage_export_2024.ged", "tree(1).ged", "backup.ged"
            ),
            "file_size_bytes": count(20_000, 9_000_000),
            "checksum_sha1": G(lambda f: f.hexid(40)),
            "gedcom_version": one("5.5.1", "5.5", "7.0"),
            "people_count": count(12, 14000),
        },
        1,
    ),
    (
        "track",
        "Photo Uploaded",
        ["swift", "web"],
        {
            "photo_id": UUID,
            "person_id": G(lambda f: f.digits(11)),
            "photo_url": Y(
                lambda f: f"https://media.clannmore.com/p/{f.hexid(12)}/{f.hexid(8)}.jpg", "photo"
            ),
            "caption": Y(photo_caption, "name", True),
            "bytes": count(80_000, 6_000_000),
            "face_count": count(0, 9),
            "taken_year": Opt(count(1890, 2024), 0.6),
            "colorized": BOOL,
        },
        2,
    ),
    (
        "track",
        "Person Tagged in Photo",
        ["swift", "kotlin"],
        {
            "photo_id": UUID,
            "person_id": G(lambda f: f.digits(11)),
            "label": Y(full_name, "name", True),
            "suggested_by_face_match": BOOL,
        },
        2,
    ),
    (
        "track",
        "Headstone Photographed",
        ["kotlin"],
        {
            "cemetery_id": G(lambda f: f.digits(7)),
            "cemetery_name": one(
                "Kilmainham Cemetery",
                "Cmentarz Rakowicki",
                "Calvary Cemetery",
                "Bohermore Cemetery",
                "Cmentarz Stary w Tarnowie",
                "Holy Cross Cemetery",
            ),
            "cemetery_town": one("Kilmainham", "Kraków", "Queens", "Galway", "Tarnów", "Cleveland"),
            "gps": {"lat": Y(lambda f: f.lat(), "geolocation"), "lng": Y(lambda f: f.lon(), "geolocation")},
            "inscription": Y(inscription, "name", True),
            "transcribed_by": Y(display_name, "name"),
            "stone_condition": one("good", "weathered", "broken", "illegible"),
        },
        2,
    ),
    (
        "track",
        "Transcription Saved",
        ["web"],
        {
            "record_id": G(lambda f: f.digits(10)),
            "image_id": G(lambda f: "img_" + f.hexid(12)),
            "text": Y(ocr_text, "name", True),
            "ocr_confidence": G(lambda f: round(f.r.random(), 3)),
            "language": one("la", "pl", "en", "ga", "ru"),
            "word_count": count(8, 120),
        },
        2,
    ),
    # -- record search --------------------------------------------------------------------------------
    (
        "track",
        "Records Searched",
        ["web", "rn"],
        {
            "collection": one(
                "all", "us_census_1940", "ie_census_1911", "pl_parish_registers", "ny_passenger_lists", "ssdi"
            ),
            "given_name": Opt(FIRST, 0.8),
            "surname": LAST,
            "birth_year_from": Opt(count(1780, 1900), 0.6),
            "birth_year_to": Opt(count(1900, 1950), 0.6),
            "place": Opt(one("County Mayo", "Galicia", "Pennsylvania", "Tarnów", "Cork", "Chicago"), 0.6),
            "denomination": Opt(one("Roman Catholic", "Greek Catholic", "Church of Ireland", "Jewish"), 0.3),
            "record_types": Many(one("birth", "marriage", "death", "census", "immigration", "military"), 3),
            "results_count": count(0, 24000),
        },
        4,
    ),
    (
        "track",
        "Search Performed",
        ["swift", "flutter"],
        {
            "q": Y(name_query, "name", True),
            "filters": {
                "collection": one("all", "ie_census_1911", "pl_parish_registers"),
                "country": one("IE", "PL", "US"),
            },
            "results": count(0, 5000),
            "latency_ms": count(40, 1800),
            "voice_input": BOOL,
        },
        3,
    ),
    (
        "track",
        "Record Viewed",
        ["web", "kotlin"],
        {
            "record_id": G(lambda f: f.digits(10)),
            "collection_name": one(
                "1901 Census of Ireland",
                "1940 United States Federal Census",
                "Księgi metrykalne - parafia Tarnów",
                "New York Passenger Lists 1820-1957",
                "U.S. Social Security Death Index",
            ),
            "record_type": one("census", "baptism", "marriage", "burial", "immigration"),
            "event_year": count(1820, 1950),
            "event_place": one(*PAST_PLACES),
            "primary_person_name": NAME,
            "image_available": BOOL,
        },
        4,
    ),
    (
        "track",
        "Passenger Manifest Viewed",
        ["kotlin", "web"],
        {
            "manifest_id": G(lambda f: "T715-" + f.digits(4)),
            "ship_name": one(
                "SS Kaiser Wilhelm der Grosse",
                "RMS Carpathia",
                "SS Lusitania",
                "SS Polonia",
                "SS Celtic",
                "SS Kościuszko",
            ),
            "departure_port": one("Queenstown", "Bremen", "Hamburg", "Liverpool", "Gdynia"),
            "arrival_port": one("New York", "Boston", "Philadelphia", "Baltimore"),
            "arrival_date": G(lambda f: f.date(1880, 1939)),
            "passenger_name": NAME,
            "passenger_age": count(1, 70),
            "passenger_last_residence": one(*PAST_PLACES),
            "passenger_occupation": one(*OCCUPATIONS),
            "destination_relative": Y(
                lambda f: f"{f.pick(['brother', 'uncle', 'cousin', 'husband'])} {full_name(f)}", "name"
            ),
        },
        2,
    ),
    (
        "track",
        "Przeglądanie Księgi Metrykalnej",
        ["php"],
        {
            "parafia": one(
                "Tarnów - Katedra", "Kolbuszowa", "Łomża - Katedra", "Przemyśl - św. Jana", "Bochnia"
            ),
            "dekanat": one("Tarnów", "Kolbuszowa", "Łomża", "Przemyśl"),
            "obrzadek": one("rzymskokatolicki", "grekokatolicki"),
            "rok": count(1784, 1912),
            "typ_aktu": one("chrzty", "śluby", "zgony"),
            "numer_aktu": count(1, 400),
            "osoba": NAME,
        },
        2,
    ),
    (
        "track",
        "Census Household Viewed",
        ["web"],
        {
            "census_year": one(1901, 1911),
            "county": one("Mayo", "Galway", "Cork", "Donegal", "Kerry", "Clare"),
            "ded": one("Kiltimagh", "Bekan", "Clifden", "Skull", "Gweedore"),
            "townland": one(*TOWNLANDS),
            "head_of_household": NAME,
            "members": Many(
                {
                    "name": NAME,
                    "relation_to_head": one(
                        "Head of Family", "Wife", "Son", "Daughter", "Mother-in-law", "Servant"
                    ),
                    "age": count(0, 95),
                    "sex": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "religion": Y(
                        lambda f: f.pick(
                            ["Roman Catholic", "Church of Ireland", "Presbyterian", "Methodist"]
                        ),
                        "religion",
                    ),
                    "birthplace": Y(
                        lambda f: f.pick(["Co Mayo", "Co Galway", "Dublin City", "America", "Co Cork"]),
                        "city",
                    ),
                    "occupation": one(*OCCUPATIONS),
                    "marital_status": one("Married", "Single", "Widow", "Widower"),
                    "irish_language": one("Irish and English", "", "Irish"),
                },
                6,
            ),
        },
        2,
    ),
    (
        "track",
        "SSDI Record Viewed",
        ["web"],
        {
            "record_id": G(lambda f: f.digits(10)),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_last_four": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "issued_state": one("Pennsylvania", "New York", "Illinois", "Massachusetts"),
            "deceased_name": NAME,
            "birth_date": Y(lambda f: f.date(1880, 1940), "birthdate"),
            "death_year": count(1962, 2014),
            "last_residence_zip": G(lambda f: us_zip(f)),
        },
        1,
    ),
    # -- DNA ------------------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {**kit_product(), "currency": CURRENCY, "value": money(49, 199)},
        3,
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        {
            "cart_id": UUID,
            **{
                k: v
                for k, v in kit_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "CM" + f.digits(9)),
            "value": money(49, 400),
            "shipping": money(0, 15),
            "tax": money(0, 60),
            "coupon": one("", "PADDY25", "DZIENMATKI", "FAMILY10"),
            "currency": CURRENCY,
            "products": Many(line_item(), 2),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": UUID,
            "order_id": G(lambda f: "CM" + f.digits(9)),
            "payment_method": one("card", "paypal", "apple_pay", "blik", "przelewy24"),
            "payment_method_id": Opt(RED(pm_id, "token"), 0.6),
            "card_brand": one("visa", "mastercard", "amex"),
            "card_bin": one("414720", "542418", "401288", "371449", "535110"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": NAME,
            "billing_postcode": Y(postcode, "zipcode"),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "checkout_id": UUID,
            "order_id": G(lambda f: "CM" + f.digits(9)),
            "order_number": G(lambda f: f.lucky_order_number()),
            "total": money(49, 400),
            "tax": money(0, 60),
            "shipping": money(0, 15),
            "currency": CURRENCY,
            "products": Many(line_item(), 2),
            "shipping_address": shipping_address(),
            "is_gift": BOOL,
            "payment_method": one("card", "paypal", "blik", "apple_pay"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "email_sha256": Opt(Y(lambda f: f.hexid(64), "email"), 0.5),
            "phone_sha256": Opt(Y(lambda f: f.hexid(64), "phone"), 0.4),
            "fbp": Opt(Y(fbp, "advertising id"), 0.5),
            "fbc": Opt(Y(fbc, "advertising id"), 0.3),
        },
        3,
    ),
    (
        "track",
        "DNA Kit Shipped",
        ["dotnet"],
        {
            "KitId": G(kit_barcode),
            "OrderNumber": G(lambda f: "CM" + f.digits(9)),
            "ShipToName": NAME,
            "ShipToAddress1": Y(street, "address|street"),
            "ShipToAddress2": Opt(Y(line2, "address|street"), 0.4),
            "ShipToCity": Y(city, "city"),
            "ShipToState": one("MA", "IL", "PA", "Mayo", "Cork", "MALOPOLSKIE"),
            "ShipToPostalCode": Y(postcode, "zipcode"),
            "ShipToCountry": one("US", "IE", "PL"),
            "Carrier": one("USPS", "An Post", "InPost", "DHL"),
            "TrackingNumber": G(
                lambda f: f.pick(["9400" + f.digits(18), "RB" + f.digits(9) + "IE", f.digits(24)])
            ),
            "WeightOz": money(3, 9),
            "ShippedUtc": ISO,
        },
        2,
    ),
    (
        "track",
        "DNA Kit Activated",
        ["swift", "kotlin", "web"],
        {
            "kit_id": G(kit_barcode),
            "activation_code": RED(activation_code, "token|secret"),
            "sample_owner": one("self", "someone_else"),
            "sample_owner_name": NAME,
            "sample_owner_dob": Y(adult_dob, "birthdate"),
            "sample_owner_sex": Y(lambda f: f.pick(["female", "male", "intersex"]), "gender"),
            "relationship_to_account_holder": one(
                "self", "mother", "father", "child", "grandparent", "spouse"
            ),
            "research_consent": BOOL,
            "is_minor": BOOL,
            "legal_guardian_name": Opt(NAME, 0.3),
        },
        3,
    ),
    (
        "track",
        "Sample Received at Lab",
        ["java"],
        {
            "kit_id": G(kit_barcode),
            "lab_barcode": G(lambda f: "LB" + f.digits(12)),
            "lab_id": one("DUB-01", "RNO-02", "KRK-01"),
            "received_at": ISO,
            "qc_status": one("passed", "insufficient_dna", "contaminated", "pending"),
            "days_in_transit": count(2, 30),
        },
        2,
    ),
    (
        "track",
        "DNA Results Ready",
        ["go"],
        {
            "kit_id": G(kit_barcode),
            "chip_version": one("GSA-24v3", "GSA-24v2", "OmniExpress"),
            "call_rate": G(lambda f: round(f.r.uniform(0.97, 0.999), 4)),
            "ancestry_top_region": Y(
                lambda f: f.pick(
                    [
                        "Ireland",
                        "Poland",
                        "Scotland",
                        "Eastern European",
                        "Nigeria",
                        "Indigenous Americas - Mexico",
                        "Ashkenazi Jewish",
                    ]
                ),
                "ethnicity",
            ),
            "ethnicity_estimate": {
                "regions": Many(
                    {
                        "region": Y(
                            lambda f: f.pick(
                                [
                                    "Ireland",
                                    "Poland",
                                    "Baltics",
                                    "Germanic Europe",
                                    "Scotland",
                                    "Ashkenazi Jewish",
                                    "West Africa",
                                    "Eastern European",
                                ]
                            ),
                            "ethnicity",
                        ),
                        "percent": count(1, 95),
                    },
                    5,
                ),
            },
            "paternal_haplogroup": Opt(
                Y(lambda f: f.pick(["R-M269", "R-L21", "I-M423", "R-M417", "E-V13"]), "ethnicity"), 0.6
            ),
            "maternal_haplogroup": Y(
                lambda f: f.pick(["H1", "U5b2", "J1c", "T2b", "K1a", "H5"]), "ethnicity"
            ),
            "match_count": count(0, 18000),
        },
        2,
    ),
    (
        "track",
        "Health Report Viewed",
        ["rn", "web"],
        {
            "report_id": G(lambda f: "hr_" + f.hexid(10)),
            "report_name": one(
                "Cystic Fibrosis carrier status",
                "Hereditary Haemochromatosis",
                "Lactose intolerance",
                "Caffeine metabolism",
                "Alpha-1 antitrypsin deficiency",
            ),
            "report_category": one("carrier", "wellness", "health_predisposition"),
            "carrier_status": Y(
                lambda f: f.pick(
                    [
                        "variant detected",
                        "no variants detected",
                        "one variant detected",
                        "two variants detected",
                    ]
                ),
                "condition|diagnosis",
            ),
            "variant_count": count(0, 2),
            "shared_with_family": BOOL,
        },
        2,
    ),
    (
        "track",
        "DNA Match Viewed",
        ["swift", "web"],
        {
            "match_id": UUID,
            "match_display_name": Y(display_name, "name"),
            "match_username": Opt(Y(username, "name"), 0.5),
            "managed_by": Opt(NAME, 0.3),
            "shared_cm": money(8, 3500),
            "shared_segments": count(1, 60),
            "longest_segment_cm": money(8, 280),
            "predicted_relationship": one(
                "Parent/Child", "1st cousin", "2nd cousin", "3rd-4th cousin", "Half sibling", "Distant cousin"
            ),
            "match_tree_size": count(0, 9000),
            "match_location": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            f"{f.pick(US_CITIES)[0]}, {f.pick(US_CITIES)[1]}",
                            f"{f.pick(PL_CITIES)[0]}, Polska",
                            f.pick(IE_TOWNS)[1],
                        ]
                    ),
                    "city",
                ),
                0.7,
            ),
            "match_photo_url": Opt(
                Y(lambda f: f"https://img.clannmore.com/avatars/{f.hexid(16)}.jpg", "photo"), 0.5
            ),
            "common_ancestors_found": BOOL,
            "starred": BOOL,
            "notes": Opt(Y(names_note, "name", True), 0.5),
        },
        4,
    ),
    (
        "track",
        "Match List Loaded",
        ["kotlin", "rn"],
        {
            "total": count(20, 18000),
            "matches": Many(
                {
                    "id": UUID,
                    "display_name": Y(display_name, "name"),
                    "shared_cm": money(8, 3500),
                    "segments": count(1, 60),
                    "relationship": one("1st cousin", "2nd cousin", "3rd-4th cousin", "Distant cousin"),
                    "has_tree": BOOL,
                    "surnames": Many(LAST, 4),
                },
                5,
            ),
        },
        2,
    ),
    (
        "track",
        "Shared Matches Viewed",
        ["web"],
        {
            "match_id": UUID,
            "shared_with": Many(
                {
                    "display_name": Y(display_name, "name"),
                    "cm_with_you": money(8, 900),
                    "cm_with_match": money(8, 900),
                },
                4,
            ),
            "count": count(1, 120),
        },
        2,
    ),
    # -- messaging ------------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ["swift", "rn", "web"],
        {
            "thread_id": UUID,
            "message_id": UUID,
            "recipient_id": G(lambda f: "cm_" + f.digits(8)),
            "recipient_display_name": Y(display_name, "name"),
            "body": Y(match_message, "name|email|phone", True),
            "body_length": count(20, 900),
            "has_attachment": BOOL,
            "is_first_message": BOOL,
            "contains_contact_info": BOOL,
        },
        3,
    ),
    (
        "track",
        "Message Notification Sent",
        ["node"],
        {
            "message_id": UUID,
            "notification_email": EMAIL,
            "sender_display_name": Y(display_name, "name"),
            "preview_text": Y(greeting_preview, "name", True),
            "template": one("new_message", "new_message_pl", "digest"),
            "unread_count": count(1, 30),
        },
        2,
    ),
    (
        "track",
        "Message Flagged",
        ["go"],
        {
            "message_id": UUID,
            "reason": one("spam", "harassment", "scam", "contact_info_shared"),
            "auto_score": G(lambda f: round(f.r.random(), 3)),
            "reviewed_by": Y(full_name, "name"),
            "reviewer_email": Y(
                lambda f: ascii_fold(first(f)).lower().replace(" ", "") + "@clannmore.com", "email"
            ),
            "action": one("none", "warned", "suspended"),
        },
        1,
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        {
            "email": EMAIL,
            "event": c("open"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(
                lambda f: f"{alnum(f, 22)}.filterdrecv-{f.hexid(10)}-1-{f.hexid(8).upper()}-2.0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0001p1lon1.sendgrid.net>"),
            "ip": IP,
            "useragent": G(lambda f: f.pick(UAS)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(one("dna_results", "new_match", "newsletter", "pl_newsletter"), 2),
        },
        2,
    ),
    # -- subscriptions and gifts ----------------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["node"],
        {
            "subscription_id": G(lambda f: stripe_id(f, "sub_1")),
            "customer_id": G(lambda f: stripe_id(f, "cus_")),
            "plan": one("explorer_monthly", "explorer_annual", "all_access_annual"),
            "amount": one(1499, 12900, 19900, 5900),
            "currency": one("usd", "eur", "pln"),
            "trial_end": Opt(G(lambda f: f.epoch_ms() // 1000), 0.5),
            "default_payment_method": RED(pm_id, "token"),
            "card": {
                "brand": one("visa", "mastercard", "amex"),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": count(1, 12),
                "exp_year": count(2025, 2031),
                "country": one("US", "IE", "PL"),
            },
            "billing_details": {
                "name": NAME,
                "email": EMAIL,
                "phone": Opt(PHONE, 0.5),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Opt(Y(line2, "address|street"), 0.4),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "state": one("MA", "IL", "", "Co. Mayo"),
                    "country": one("US", "IE", "PL"),
                },
            },
        },
        2,
    ),
    (
        "track",
        "Subscription Cancelled",
        ["web", "swift"],
        {
            "subscription_id": G(lambda f: stripe_id(f, "sub_1")),
            "plan": one("explorer_monthly", "explorer_annual", "all_access_annual"),
            "reason": one("too_expensive", "finished_research", "not_enough_records", "other"),
            "feedback": one(
                "Too expensive for me right now",
                "Found what I needed, thanks",
                "",
                "Not many Polish records yet",
                "Will be back in the winter",
            ),
            "months_active": count(1, 60),
            "refund_issued": BOOL,
        },
        2,
    ),
    (
        "track",
        "Gift Membership Purchased",
        ["web"],
        {
            "order_id": G(lambda f: "CM" + f.digits(9)),
            "gift_plan": one("explorer_6m", "explorer_12m", "dna_plus_explorer"),
            "duration_months": one(6, 12),
            "recipient_name": NAME,
            "recipient_email": EMAIL,
            "send_on": G(lambda f: f.date(2024, 2025)),
            "gift_message": Y(gift_text, "name", True),
            "purchaser_name": NAME,
            "gift_code": RED(gift_code, "token|secret"),
            "amount": money(39, 199),
            "currency": CURRENCY,
        },
        2,
    ),
    (
        "track",
        "Gift Membership Redeemed",
        ["rn", "web"],
        {
            "gift_code": RED(gift_code, "token|secret"),
            "redeemed_plan": one("explorer_6m", "explorer_12m"),
            "days_after_purchase": count(0, 300),
            "account_created": BOOL,
        },
        2,
    ),
    (
        "track",
        "Zamówienie Opłacone",
        ["php"],
        {
            "numer_zamowienia": G(lambda f: "PL/" + f.digits(6) + "/2024"),
            "kwota": money(99, 699),
            "waluta": c("PLN"),
            "metoda_platnosci": one("blik", "przelewy24", "karta", "przelew"),
            "kod_blik": Opt(RED(otp, "token"), 0.5),
            "email_klienta": EMAIL,
            "telefon_klienta": Y(pl_mobile, "phone"),
            "imie_i_nazwisko": NAME,
            "nr_rachunku_do_zwrotu": Opt(RED(pl_nrb, "bank account"), 0.4),
            "adres_dostawy": {
                "ulica": Y(pl_street, "street|address"),
                "kod_pocztowy": Y(pl_postcode, "zipcode"),
                "miasto": Y(lambda f: f.pick(PL_CITIES)[0], "city"),
                "kraj": c("PL"),
            },
            "paczkomat": Opt(one("KRA01M", "WAW22A", "RZE05N", "GDA117M"), 0.4),
        },
        2,
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["python"],
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12, string.ascii_uppercase + string.digits)),
            "iban": RED(ie_iban, "bank account"),
            "bic": one("AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"),
            "account_holder": NAME,
            "creditor_id": c("IE98ZZZ301234"),
            "mandate_reference": G(lambda f: "CLANN-" + f.digits(8)),
            "sequence_type": one("FRST", "RCUR"),
            "signed_at": ISO,
        },
        2,
    ),
    (
        "track",
        "Refund Issued",
        ["ruby"],
        {
            "refund_id": G(lambda f: stripe_id(f, "re_")),
            "order_id": G(lambda f: "CM" + f.digits(9)),
            "amount": money(10, 199),
            "method": one("ach", "original_payment"),
            "routing_number": one("011000138", "021000021", "071000013", "043000096"),
            "bank_account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "reason": one("duplicate", "requested_by_customer", "kit_lost"),
        },
        1,
    ),
    (
        "track",
        "Phone Order Taken",
        ["dotnet"],
        {
            "CallId": G(lambda f: f.digits(12)),
            "AgentName": NAME,
            "AgentExtension": count(200, 299),
            "CustomerPhone": PHONE,
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "OrderTotal": money(79, 400),
            "Currency": one("EUR", "USD"),
        },
        1,
    ),
    # -- accounts and auth ----------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "method": one("email", "google", "apple", "facebook"),
            "email": EMAIL,
            "first_name": FIRST,
            "marketing_consent": BOOL,
            "referral_code": G(lambda f: "REF" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "gclid": Opt(Y(gclid, "advertising id"), 0.4),
            "fbclid": Opt(Y(fbclid, "advertising id"), 0.3),
            "fbp": Opt(Y(fbp, "advertising id"), 0.5),
            "utm_source": one("google", "facebook", "newsletter", "direct"),
            "country": one("US", "IE", "PL"),
            "password_strength": one("weak", "fair", "strong"),
        },
        3,
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        {
            "method": one("password", "apple", "google", "magic_link"),
            "mfa_used": BOOL,
            "login_count": count(1, 900),
            "failed_attempts": count(0, 4),
        },
        4,
    ),
    (
        "track",
        "MFA Code Sent",
        ["go"],
        {
            "channel": one("sms", "voice", "email"),
            "phone_number": Y(e164, "phone"),
            "otp": RED(otp, "token"),
            "expires_in_s": c(300),
            "attempt": count(1, 3),
            "provider": one("twilio_verify", "smsapi_pl"),
        },
        2,
    ),
    (
        "track",
        "Magic Link Requested",
        ["ruby"],
        {
            "email": EMAIL,
            "login_url": RED(lambda f: signed_url(f, "https://www.clannmore.com/auth/magic"), "token", True),
            "expires_at": ISO,
            "client": one("web", "ios", "android"),
        },
        2,
    ),
    (
        "track",
        "Password Reset Completed",
        ["python"],
        {
            "reset_token": RED(lambda f: alnum(f, 40), "token"),
            "password_changed_at": ISO,
            "password_strength": one("weak", "fair", "strong"),
            "sessions_revoked": count(0, 6),
        },
        1,
    ),
    (
        "track",
        "Signup Form Submitted",
        ["web"],
        {
            "form-id": c("signup-v3"),
            "form-version": one("3.1", "3.2"),
            "email-address": EMAIL,
            "password": RED(
                lambda f: f.pick(
                    ["Shamrock2024!", "kowalski1987", "Tr33h0use#", "mayo4sam", "Zaq12wsx!", "P@ssw0rd1"]
                ),
                "password",
            ),
            "confirm-password": RED(
                lambda f: f.pick(["Shamrock2024!", "kowalski1987", "Tr33h0use#", "mayo4sam"]), "password"
            ),
            "newsletter": BOOL,
        },
        1,
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form-id": one("consultation-request", "contact-us"),
            "first-name": FIRST,
            "last-name": LAST,
            "e-mail": EMAIL,
            "phone-number": Opt(PHONE, 0.7),
            "county": one("Mayo", "Cork", "Dublin", "Massachusetts", "małopolskie"),
            "preferred-date": G(lambda f: f.date(2024, 2025)),
            "message": Y(consultation_text, "name", True),
            "consent-marketing": BOOL,
        },
        2,
    ),
    (
        "track",
        "Accessibility Settings Changed",
        ["swift"],
        {
            "uses_screen_reader": RED(lambda f: f.pick([True, False]), "disability"),
            "font_scale": one(1.0, 1.15, 1.3, 1.5),
            "reduce_motion": BOOL,
            "high_contrast": BOOL,
            "dark_mode": BOOL,
        },
        1,
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["kotlin", "web"],
        {
            "email_notifications": BOOL,
            "sms_notifications": BOOL,
            "digest_frequency": one("daily", "weekly", "never"),
            "phone_verified": BOOL,
        },
        2,
    ),
    (
        "track",
        "Data Export Requested",
        ["python"],
        {
            "request_id": UUID,
            "delivery_email": EMAIL,
            "format": one("gedcom", "csv", "raw_dna_txt"),
            "include_dna_raw": BOOL,
            "download_url": RED(
                lambda f: signed_url(f, f"https://exports.clannmore.com/{f.hexid(12)}.zip"), "token", True
            ),
            "expires_at": ISO,
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "rn"],
        {
            "input": Y(address_typing, "address", True),
            "description": Y(one_line_address, "address", True),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "-_")),
            "sessionToken": UUID,
            "types": Many(one("street_address", "premise", "subpremise", "route"), 2),
            "form": one("shipping", "billing", "profile"),
        },
        2,
    ),
    (
        "track",
        "Field Autosaved",
        ["web"],
        {
            "form": one("person_edit", "profile"),
            "change": {
                "field": one("given_names", "surname", "maiden_name", "spouse_name"),
                "value": Y(lambda f: f.pick([first(f), last(f), full_name(f)]), "name", True),
            },
            "duration_ms": count(200, 9000),
        },
        2,
    ),
    # -- services ------------------------------------------------------------------------------------
    (
        "track",
        "Consultation Booked",
        ["python"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(6)),
            "client": {
                "forename": FIRST,
                "surname": LAST,
                "mobile": Y(ie_mobile, "phone"),
                "eircode": Y(eircode, "zipcode"),
                "townland": Y(lambda f: f.pick(TOWNLANDS), "address|city"),
                "county": G(lambda f: f.pick(IE_TOWNS)[1]),
            },
            "consultant_name": NAME,
            "venue": one(
                "Clannmore Dublin, Smithfield", "EPIC The Irish Emigration Museum desk", "Online (Zoom)"
            ),
            "venue_address": one(
                "Unit 4, Smithfield Square, Dublin 7, D07 X2K3",
                "CHQ Building, Custom House Quay, D01 T6K4",
                "Emmet Place, Cork, T12 XK45",
            ),
            "venue_phone": one("+353 1 555 0142", "01 872 3100", "+353 21 555 0177"),
            "appointment_at": ISO,
            "research_focus": one(
                "Famine-era emigration", "Civil registration", "Church records", "Land records"
            ),
        },
        2,
    ),
    (
        "track",
        "Clárú Críochnaithe",
        ["web"],
        {
            "ainm": FIRST,
            "sloinne": LAST,
            "seoladh_riomhphoist": EMAIL,
            "uimhir_fon": Y(ie_mobile, "phone"),
            "contae": one("Maigh Eo", "Gaillimh", "Corcaigh", "Dún na nGall", "Ciarraí"),
            "scoil": one(
                "Gaelscoil na Cruaiche", "Coláiste Chonnacht", "Scoil Náisiúnta Bhéal an Mhuirthead"
            ),
            "rang": one("5ú Rang", "6ú Rang", "Idirbhliain"),
            "teanga": c("ga"),
        },
        1,
    ),
    (
        "track",
        "Wniosek o Odpis Aktu",
        ["php"],
        {
            "imie_wnioskodawcy": FIRST,
            "nazwisko_wnioskodawcy": LAST,
            "pesel_wnioskodawcy": RED(pesel, "national id"),
            "numer_dowodu_osobistego": RED(pl_id_card, "national id"),
            "adres_zamieszkania": Y(
                lambda f: f"{pl_street(f)}, {pl_postcode(f)} {f.pick(PL_CITIES)[0]}", "address"
            ),
            "nazwisko_osoby_w_akcie": NAME,
            "rodzaj_aktu": one("urodzenia", "małżeństwa", "zgonu"),
            "rok_zdarzenia": count(1890, 1990),
            "usc": one("USC Kraków", "USC Tarnów", "USC Rzeszów", "USC Warszawa-Śródmieście"),
            "oplata_skarbowa": one(22, 33, 39),
            "tryb": one("odpis zupełny", "odpis skrócony"),
        },
        1,
    ),
    (
        "track",
        "Citizenship Service Enquiry",
        ["web"],
        {
            "service": one("irish_foreign_births_register", "polish_citizenship_confirmation"),
            "current_citizenship": Y(
                lambda f: f.pick(["US", "American", "British", "Canadian", "Australian"]), "citizenship"
            ),
            "ancestor_birth_country": one("Ireland", "Poland", "Austria-Hungary", "Russian Empire"),
            "applicant_passport_number": RED(passport, "passport"),
            "applicant_dob": Y(adult_dob, "birthdate"),
            "eligible": BOOL,
            "consultant_name": NAME,
            "generation": one("grandparent", "great-grandparent", "parent"),
        },
        1,
    ),
    (
        "track",
        "Military Discount Verified",
        ["web"],
        {
            "veteran_status": RED(
                lambda f: f.pick(["veteran", "active_duty", "reservist", "military_family"]), "veteran"
            ),
            "service_branch": RED(
                lambda f: f.pick(["US Army", "US Navy", "USMC", "US Air Force", "Irish Defence Forces"]),
                "veteran",
            ),
            "verification_provider": one("ID.me", "SheerID"),
            "discount_percent": one(10, 15, 20),
            "verified_at": ISO,
        },
        1,
    ),
    (
        "track",
        "Job Application Submitted",
        ["ruby"],
        {
            "job_id": count(4_000_000, 4_999_999),
            "job_title": one(
                "Genealogist (Polish records)",
                "Senior Data Engineer",
                "Lab Technician",
                "Customer Care Agent (Irish speaker)",
            ),
            "office": one("Dublin", "Kraków", "Reno", "Remote - US"),
            "candidate": {
                "first_name": FIRST,
                "last_name": LAST,
                "email": EMAIL,
                "phone": PHONE,
                "current_company": one("Accenture", "Allegro", "Intel Ireland", "Kroger", "self-employed"),
                "current_title": one("Archivist", "Data Engineer", "Lab Assistant", "Call Centre Agent"),
            },
            "salary_expectation": Y(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(38, 140)}000",
                        f"€{f.r.randint(35, 90)}k",
                        f"{f.r.randint(8, 25)} 000 PLN brutto",
                    ]
                ),
                "salary",
            ),
            "requires_sponsorship": RED(
                lambda f: f.pick(["Yes", "No", "Not now, but in the future"]), "visa"
            ),
            "right_to_work": RED(
                lambda f: f.pick(
                    ["EU/EEA citizen", "Stamp 4", "Requires employment permit", "US citizen", "H-1B transfer"]
                ),
                "visa",
            ),
            "cv_filename": Y(cv_filename, "name", True),
            "source": one("LinkedIn", "Referral", "pracuj.pl", "Indeed"),
            "eeo": Opt(
                {
                    "gender": Y(lambda f: f.pick(["Female", "Male", "Decline to self-identify"]), "gender"),
                    "race": Y(
                        lambda f: f.pick(
                            [
                                "White",
                                "Black or African American",
                                "Hispanic or Latino",
                                "Asian",
                                "Two or More Races",
                                "Decline to self-identify",
                            ]
                        ),
                        "race",
                    ),
                    "veteran_status": RED(
                        lambda f: f.pick(
                            [
                                "I am not a protected veteran",
                                "I identify as one or more of the classifications of protected veteran",
                                "I don't wish to answer",
                            ]
                        ),
                        "veteran",
                    ),
                    "disability_status": RED(
                        lambda f: f.pick(
                            [
                                "Yes, I have a disability",
                                "No, I don't have a disability",
                                "I don't wish to answer",
                            ]
                        ),
                        "disability",
                    ),
                },
                0.6,
            ),
        },
        2,
    ),
    (
        "track",
        "Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": count(100000, 999999),
                "subject": one(
                    "Can't activate kit",
                    "Refund request",
                    "Gift code not working",
                    "Problem z logowaniem",
                    "Results taking too long",
                ),
                "description": Y(ticket_text, "name|email|phone", True),
                "priority": one("low", "normal", "high", "urgent"),
                "tags": Many(one("dna", "billing", "gift", "pl", "ie", "vip"), 3),
                "via": {"channel": one("web", "email", "chat", "voice")},
                "group": one("Tier 1 EN", "Tier 1 PL", "Billing"),
            },
            "requester": {"name": NAME, "email": EMAIL, "phone": Opt(PHONE, 0.4)},
            "assignee": {
                "name": NAME,
                "email": Y(staff_email, "email"),
            },
        },
        2,
    ),
    (
        "track",
        "Inbound Call",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": c("AC3f1b2c7d9e0a4b5c6d7e8f90a1b2c3d4"),
            "From": Y(e164, "phone", True),
            "To": one("+35315550142", "+18445550199", "+48225550123"),
            "FromCity": Y(
                lambda f: f.pick(["BOSTON", "CHICAGO", "SCRANTON", "DUBLIN", "CORK", "KRAKOW"]), "city"
            ),
            "FromState": one("MA", "IL", "PA", "", "Dublin"),
            "FromZip": Y(lambda f: us_zip(f)[:5], "zipcode"),
            "FromCountry": one("US", "IE", "PL"),
            "CallerName": Opt(
                Y(lambda f: ascii_fold(last(f)).upper() + " " + ascii_fold(first(f)).upper(), "name"), 0.5
            ),
            "CallStatus": one("ringing", "completed", "no-answer"),
            "CallDuration": count(0, 1800),
        },
        2,
    ),
    (
        "track",
        "Library Access Granted",
        ["java"],
        {
            "institution_id": G(lambda f: "inst_" + f.digits(5)),
            "institution_name": one(
                "Mayo County Library", "Boston Public Library", "Biblioteka Jagiellońska"
            ),
            "library_card_number": G(lambda f: f.pick(["2" + f.digits(13), "MCL" + f.digits(7)])),
            "patron_email": Opt(EMAIL, 0.5),
            "auth_ip": IP,
            "auth_method": one("ip_range", "library_card", "sso"),
        },
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        ["kotlin", "swift"],
        {
            "campaign_id": G(lambda f: f.hexid(24)),
            "title": one(
                "New DNA match!", "Nowe dopasowanie DNA", "Your results are ready", "A new record hint"
            ),
            "alert_body": one(
                "You have a new 2nd cousin match",
                "We found a record that may match your tree",
                "Your ethnicity estimate has been updated",
            ),
            "deep_link": one(
                "clannmore://dna/matches", "clannmore://tree/hints", "clannmore://dna/ethnicity"
            ),
        },
        2,
    ),
    (
        "track",
        "Family Member Invited",
        ["web"],
        {
            "plan_id": G(lambda f: "fam_" + f.digits(6)),
            "invitee_name": NAME,
            "invitee_email": EMAIL,
            "invitee_relationship": one("spouse", "child", "sibling", "parent"),
            "invitee_birth_year": Opt(Y(lambda f: f.r.randint(1950, 2012), "birthdate"), 0.5),
            "seats_used": count(1, 6),
        },
        1,
    ),
    (
        "track",
        "Nearby Archives Viewed",
        ["flutter", "kotlin"],
        {
            "user_lat": Y(lambda f: round(f.r.uniform(49.0, 55.4), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-10.4, 24.1), 5), "geolocation"),
            "archives": Many(
                {
                    "name": one(
                        "National Archives of Ireland",
                        "Archiwum Narodowe w Krakowie",
                        "Mayo County Library",
                        "Representative Church Body Library",
                    ),
                    "city": one("Dublin", "Kraków", "Castlebar"),
                    "phone": one("+353 1 407 2300", "+48 12 422 40 94", "+353 94 904 7925"),
                    "distance_km": money(0.2, 50),
                },
                3,
            ),
        },
        1,
    ),
    (
        "track",
        "Pet DNA Kit Registered",
        ["flutter"],
        {
            "kit_id": G(kit_barcode),
            "pet_name": one("Bran", "Murphy", "Reksio", "Luna", "Fionn", "Burek", "Daisy", "Saba"),
            "breed_guess": one(
                "Irish Wolfhound", "Border Collie", "mixed", "Owczarek podhalański", "Labrador Retriever"
            ),
            "pet_birth_date": G(lambda f: f.date(2010, 2024)),
            "pet_sex": one("male", "female"),
            "microchip_number": G(lambda f: f.pick(["372", "616", "985"]) + f.digits(12)),
            "vet_clinic": one(
                "Castlebar Veterinary Clinic", "Przychodnia Weterynaryjna Azor", "VCA Animal Hospital"
            ),
            "vet_phone": one("+353 94 902 1123", "+48 12 411 55 66", "(617) 555-0134"),
        },
        1,
    ),
]


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    server = client in SERVER_LIBS
    if not server or f.r.random() < 0.2:
        msg["anonymousId"] = f.uuid()
    if kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = "cm_" + f.digits(8)
    elif server or f.r.random() < 0.75:
        msg["userId"] = "cm_" + f.digits(8)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        pages = {
            "page": ["Home", "Record Search", "DNA Matches", "Checkout", "Tree"],
            "screen": ["Match Detail", "Tree Canvas", "Inbox", "Record Detail", "Ethnicity"],
        }
        msg["name"] = f.pick(pages[kind])
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    if body:
        section = "properties" if kind in ("track", "page", "screen") else "traits"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    if not server:
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, rounds: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=193, rounds=17)
    write(Path(__file__).parent, "holdout193_", events, labels)
