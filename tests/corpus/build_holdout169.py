"""Writes holdout169: tests/corpus/holdout169_events.jsonl and holdout169_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author. Only the helpers
(build.py, fake.py), build_holdout3.py (for the format) and the reference's matcher table were
read. Run: `cd /work/main && .venv/bin/python -m tests.corpus.build_holdout169` (seeded, so the
output is the same on every run).

Domain: a social-services, shelter and food-bank case-management system used by nonprofits and
cities in the US, Canada (Quebec) and France. Caseworkers use a web app (analytics.js); clients
use an iOS pantry app (analytics-swift); delivery volunteers an Android app (analytics-kotlin);
volunteers a React Native app; street-outreach workers a Flutter app; backends send server-side
events from python, node, go, java, ruby, php (the Quebec and France deployments, French keys) and
.NET (PascalCase keys). Covered: client intake with household members (HMIS-style questions:
race, ethnicity, veteran and disability status, SSN data quality), benefits screening with income
and immigration status, shelter bed assignments, food-parcel pick-ups and the client-choice pantry
(Segment e-commerce spec events), case notes in free text, referrals to partner agencies, consent
to share, emergency contacts, volunteer and staff shifts, donations (Stripe- and Meta-shaped
payloads), SMS reminders (Twilio-shaped), e-mail events (SendGrid-shaped), kiosk heartbeats, a
warehouse reverse-ETL sync (SCREAMING_SNAKE keys), webhook headers (kebab-case), group and alias
calls. About 15 % of keys are not camelCase or snake_case (PascalCase, kebab-case,
SCREAMING_SNAKE, French).

Conventions: a path is dotted from the message root with `[]` for array elements (portal.events
.flatten). Each path's label: classification (red / yellow / green), type (the reference's
matcher name where one fits, else `bank account`, `geolocation`, `secret`, `national id`,
`health id`, `advertising id`, `credit score`, `trade union`; `a|b` when either name is fair) and
value_only (true when the key does not say what the value is). A value_only PII path holds that
PII in every one of its values; free text is labelled by what every value carries, and is green
when its values carry none.

Labelling rules (the Privacy Portal's default colours, as in the brief): PII is personal data
about a natural person: the client, a household member, an emergency contact, a landlord who is
a person, a donor, an honoree, a volunteer or a staff member. Red: SSNs (and their last four),
SINs, NIRs, identity-document numbers, A-numbers and IRCC client ids (`national id`/`passport`),
health numbers (RAMQ, Ontario health card, Medicaid id, MRN: `health id`), card numbers, payment
tokens (`pm_`), one-time codes, sign-in and push tokens (`token`), passwords, secrets, bank
accounts (account numbers, IBANs), veteran and disability answers, immigration status and work
authorisation (`visa`). Yellow: names, contact details, home addresses and their parts, birth
dates, gender, pronouns, sex, sexual orientation, race, ethnicity (incl. Indigenous identity),
citizenship, nationality and country of birth (`citizenship`), precise device location, IPs,
advertising and ad-click ids, photos, licence and plate numbers, VINs (`serial`), certificates,
health conditions, allergies, medications, prescription numbers, religion (a halal/kosher diet
request is `religion`), an insurer's or a benefits agency's member number (`identification`),
income of a person from any source, wages and hourly rates (`salary`), credit scores, union
membership. Green: ids the system issues (client, case, household-card, HMIS, referral, bed,
parcel ids), SKUs, UPCs, versions, timestamps, hashes of files, amounts paid by or to the
program (rent assistance, parcel value, donations), enums, counters and booleans under
PII-sounding keys, ages and age bands, marital status, household size, housing situation and
program enums, job titles and employers, names of shelters, agencies, programs, products and
pets, places that are not a person's home (a shelter's, a pantry's or a partner agency's address,
phone, coordinates and role mailboxes such as intake@), the organisation's Twilio number, kiosk
serials and MAC addresses (the food bank's hardware, not a person's), e-mail Message-IDs,
country, province, locale, language, timezone, currency, user agents and OS-issued device ids.
Judgement calls stated: Medicaid is a public health system, so its id is `health id` (red),
like Medicare; a benefits agency's beneficiary number (CAF `numero_allocataire`) is treated like
an insurer's member number (`identification`, yellow); a hashed e-mail or phone sent for ad
matching (Meta CAPI `em`, `ph`) is still that person's identifier, labelled yellow with its
matcher's type; housing situation and socio-economic enums are green (not a special category);
an outreach encounter's free-text location description is green (landmarks, never an address).
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

FIRSTS = [
    "Amina",
    "Jean-Baptiste",
    "Marie-Claude",
    "Hodan",
    "Abdi",
    "Oksana",
    "Taras",
    "Nguyen Thi",
    "Minh",
    "Guadalupe",
    "José Luis",
    "Darnell",
    "Keisha",
    "Zahra",
    "Yonas",
    "Selam",
    "Mbuyi",
    "Chantal",
    "Gurpreet",
    "Harjit",
    "Wei",
    "Xiu Ying",
    "Fatoumata",
    "Mamadou",
    "Rosa",
    "Tyrone",
    "Shanice",
    "Aleksandr",
    "Farida",
    "Mohammed",
    "Esperanza",
    "Kateri",
    "Tanisha",
    "Émilie",
    "Étienne",
    "Geneviève",
    "Nadia",
    "Samuel",
    "Brittany",
    "Dmitri",
    "Ayesha",
    "Rahim",
    "Lucía",
    "Ngozi",
    "Kwabena",
    "Marisol",
    "Jacqueline",
    "Thanh",
    "Bilal",
    "Inès",
]
LASTS = [
    "Yusuf",
    "Pierre-Louis",
    "Tremblay",
    "Warsame",
    "Farah",
    "Kovalenko",
    "Shevchenko",
    "Tran",
    "Hernández",
    "Washington",
    "Ahmadi",
    "Tesfaye",
    "Haile",
    "Kabongo",
    "Gagnon",
    "Sandhu",
    "Gill",
    "Liu",
    "Zhang",
    "Diallo",
    "Traoré",
    "Jackson",
    "Petrov",
    "Rahimi",
    "Hassan",
    "Morales",
    "Deer",
    "Bouchard",
    "Côté",
    "Nguyen",
    "Okonkwo",
    "Asante",
    "Reyes",
    "Beaulieu",
    "Lefebvre",
    "Benali",
    "Mercier",
    "Robinson",
    "Popescu",
    "Castillo",
    "Jean-Louis",
    "St-Onge",
]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "courriel.example.org"]
US_CITIES = [
    ("Chicago", "IL", "606"),
    ("Oakland", "CA", "946"),
    ("Detroit", "MI", "482"),
    ("Houston", "TX", "770"),
    ("Bronx", "NY", "104"),
    ("Seattle", "WA", "981"),
]
QC_CITIES = [
    ("Montréal", "QC", "H2"),
    ("Laval", "QC", "H7"),
    ("Longueuil", "QC", "J4"),
    ("Gatineau", "QC", "J8"),
    ("Québec", "QC", "G1"),
]
FR_CITIES = [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Lille", "59"), ("Saint-Denis", "93")]
US_STREETS = [
    "W Madison St",
    "E 149th St",
    "International Blvd",
    "Gratiot Ave",
    "Aurora Ave N",
    "Telephone Rd",
]
QC_STREETS = ["rue Saint-Denis", "boul. Saint-Laurent", "rue Ontario Est", "av. du Parc", "rue Jarry Ouest"]
FR_STREETS = ["rue des Lilas", "avenue Jean-Jaurès", "boulevard de la Villette", "rue Gabriel-Péri"]
AGENCIES = [
    "Eastside Legal Aid",
    "Centre d'entraide Rosemont",
    "Harbor Light Family Shelter",
    "Northside Community Pantry",
    "Maison Marguerite-Bourgeoys",
    "Open Door Workforce Center",
    "Clinique juridique du Plateau",
    "St. Vincent Housing Services",
]
SHELTERS = [
    "Harbor Light Family Shelter",
    "Refuge Saint-Laurent",
    "Maison Marguerite-Bourgeoys",
    "Pacific Street Men's Shelter",
    "Hope Women's Residence",
]
PANTRIES = [
    "Northside Community Pantry",
    "Banque alimentaire de Verdun",
    "Eastside Mobile Pantry",
    "Épicerie solidaire Belleville",
]
PANTRY_SITES = [
    (
        "Northside Community Pantry",
        "4410 N Broadway, Chicago, IL 60640",
        "+1 773-555-0142",
        41.9617,
        -87.6553,
    ),
    (
        "Banque alimentaire de Verdun",
        "3955 rue de Verdun, Montréal, QC H4G 1K9",
        "514-555-0178",
        45.4611,
        -73.5686,
    ),
    ("Eastside Mobile Pantry", "2300 E 7th St, Oakland, CA 94606", "(510) 555-0119", 37.7891, -122.2352),
    ("Épicerie solidaire Belleville", "18 rue Ramponeau, 75020 Paris", "01 43 55 01 22", 48.8712, 2.3807),
]
FOODS = [
    ("Canned chickpeas 540 ml", "Canned goods"),
    ("Whole wheat pasta 900 g", "Dry goods"),
    ("Infant formula stage 1", "Baby"),
    ("Peanut butter 1 kg", "Protein"),
    ("Lait 2 % 4 L", "Dairy"),
    ("Riz basmati 2 kg", "Dry goods"),
    ("Diapers size 4", "Baby"),
    ("Menstrual pads 32 ct", "Hygiene"),
    ("Frozen chicken thighs 1 kg", "Protein"),
    ("Apples 3 lb bag", "Produce"),
    ("Lentilles vertes 1 kg", "Dry goods"),
    ("Toothpaste 100 ml", "Hygiene"),
    ("Oatmeal 1 kg", "Breakfast"),
    ("Canned tuna 170 g", "Protein"),
]
PETS = ["Biscuit", "Luna", "Chico", "Pepper", "Max", "Nala", "Tigrou", "Rocky", "Minou"]
PROGRAMS = [
    "Emergency Shelter",
    "Rapid Re-Housing",
    "Street Outreach",
    "Food Access",
    "Transitional Housing",
    "Homelessness Prevention",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return plain.lower().replace(" ", "").replace("'", "")


def email(f: Fake) -> str:
    a, b = ascii_fold(first(f)), ascii_fold(last(f))
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b[:4]}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(DOMAINS)}"


def phone(f: Fake) -> str:
    r = f.r
    area = f.pick(["312", "773", "510", "313", "718", "206", "514", "438", "450", "819", "418", "416"])
    ex, line = r.randint(200, 989), r.randint(0, 9999)
    style = f.pick(["dash", "paren", "e164", "dot", "fr", "fr_intl", "mx", "ht", "intl"])
    return {
        "dash": f"{area}-{ex}-{line:04d}",
        "paren": f"({area}) {ex}-{line:04d}",
        "e164": f"+1{area}{ex}{line:04d}",
        "dot": f"{area}.{ex}.{line:04d}",
        "intl": f"+1 {area} {ex} {line:04d}",
        "fr": f"0{f.pick(['6', '7'])} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4)),
        "fr_intl": f"+33 {f.pick(['6', '7'])} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4)),
        "mx": f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
        "ht": f"+509 {r.randint(30, 49)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
    }[style]


def nanp(f: Fake) -> str:
    return f"{f.pick(['312', '773', '514', '438', '510'])}-{f.r.randint(200, 989)}-{f.r.randint(0, 9999):04d}"


def ca_postal(f: Fake, prefix: str = "H2") -> str:
    r = f.r
    letters = "ABCEGHJKLMNPRSTVXY"
    return f"{prefix}{r.choice(letters)} {r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}"


def locality(f: Fake, fresh: bool = False) -> tuple[str, str, str, str, str]:
    """(kind, city, state, postal code, country) of the address being written in this message.

    A street starts a new address; its city, postal code, state and country follow it, so one
    address is coherent. build() clears it for every message."""
    if fresh or getattr(f, "loc", None) is None:
        kind = f.pick(["us", "us", "qc", "fr"])
        if kind == "us":
            c, st, z = f.pick(US_CITIES)
            f.loc = (kind, c, st, f"{z}{f.r.randint(0, 99):02d}", "US")
        elif kind == "qc":
            c, pr, p = f.pick(QC_CITIES)
            f.loc = (kind, c, pr, ca_postal(f, p), "CA")
        else:
            c, d = f.pick(FR_CITIES)
            f.loc = (kind, c, "", f"{d}{f.r.randint(0, 20):03d}", "FR")
    return f.loc


def street_line(f: Fake) -> str:
    kind = locality(f, fresh=True)[0]
    n = f.r.randint(2, 9800)
    if kind == "us":
        return f"{n} {f.pick(US_STREETS)}" + f.pick(["", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}"])
    if kind == "qc":
        return f"{n} {f.pick(QC_STREETS)}" + f.pick(["", f", app. {f.r.randint(1, 12)}"])
    return f"{f.r.randint(1, 140)} {f.pick(FR_STREETS)}"


def line2(f: Fake) -> str:
    kind = locality(f)[0]
    n = f.r.randint(1, 40)
    if kind == "us":
        return f.pick([f"Apt {n}B", f"Unit {n}", f"#{n}03"])
    if kind == "qc":
        return f.pick([f"app. {n}", f"bureau {n}", f"{n}e étage"])
    return f.pick(
        [f"Bâtiment {f.pick('ABCD')}", f"Escalier {f.pick('ABC')}, {n % 7}e étage", "Résidence Les Tilleuls"]
    )


def city(f: Fake) -> str:
    return locality(f)[1]


def postal(f: Fake) -> str:
    return locality(f)[3]


def region(f: Fake) -> str:
    return locality(f)[2]


def country(f: Fake) -> str:
    return locality(f)[4]


def home_address(f: Fake) -> str:
    kind = f.pick(["us", "qc", "fr"])
    if kind == "us":
        c, st, z = f.pick(US_CITIES)
        return f"{f.r.randint(2, 9800)} {f.pick(US_STREETS)}, {c}, {st} {z}{f.r.randint(0, 99):02d}"
    if kind == "qc":
        c, pr, p = f.pick(QC_CITIES)
        return f"{f.r.randint(2, 9800)} {f.pick(QC_STREETS)}, {c} ({pr}) {ca_postal(f, p)}"
    c, d = f.pick(FR_CITIES)
    return f"{f.r.randint(1, 140)} {f.pick(FR_STREETS)}, {d}{f.r.randint(0, 20):03d} {c}"


def sin(f: Fake) -> str:
    body = f.pick("1234567") + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    n = f.luhn_complete(body)
    return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def nir(f: Fake) -> str:
    sex = f.pick("12")
    dept = f.pick(["75", "69", "13", "93", "59"])
    born = f"{f.r.randint(50, 99):02d}{f.r.randint(1, 12):02d}"
    base = f"{sex}{born}{dept}{f.r.randint(1, 990):03d}{f.r.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f.pick(
        [
            f"{base}{key:02d}",
            f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:]} {key:02d}",
        ]
    )


def ramq(f: Fake) -> str:
    letters = "".join(f.r.choice(string.ascii_uppercase) for _ in range(4))
    yy, mm, dd = f.r.randint(40, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    return f"{letters} {yy:02d}{mm:02d} {dd:02d}{f.r.randint(10, 99)}"


def ohip(f: Fake) -> str:
    n = f.luhn_complete(str(f.r.randint(1, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(8)))
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{''.join(f.r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))}"


def medicaid(f: Fake) -> str:
    kind = f.pick(["ny", "il", "ca"])
    letters = string.ascii_uppercase
    if kind == "ny":
        return f"{f.r.choice(letters)}{f.r.choice(letters)}{f.r.randint(10000, 99999)}{f.r.choice(letters)}"
    if kind == "il":
        return f.digits(9)
    return f"9{f.digits(7)}{f.r.choice(letters)}"


def passport(f: Fake) -> str:
    kind = f.pick(["us", "ca", "fr", "ua"])
    up = string.ascii_uppercase
    if kind == "us":
        return f.pick(["5", "6", "A"]) + f.digits(8)
    if kind == "ca":
        return f.r.choice(up) + f.r.choice(up) + f.digits(6)
    if kind == "fr":
        return f"{f.r.randint(10, 24)}{f.r.choice(up)}{f.r.choice(up)}{f.digits(5)}"
    return "F" + f.r.choice(up) + f.digits(6)


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = dict(
        zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
    )
    values.update({str(d): d for d in range(10)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = [f.pick(["1", "2", "3", "5", "J", "K"])] + [f.r.choice(chars) for _ in range(16)]
    body[9] = f.pick("LMNPR")  # model year 2020-2024
    total = sum(values[c] * w for c, w in zip(body, weights))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def plate(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    kind = f.pick(["qc", "on", "il", "ca", "fr"])
    L = lambda n: "".join(f.r.choice(up) for _ in range(n))  # noqa: E731
    return {
        "qc": f"{f.r.choice(up)}{f.r.randint(10, 99)} {L(3)}",
        "on": f"{L(4)} {f.r.randint(100, 999)}",
        "il": f"{L(2)} {f.r.randint(10000, 99999)}",
        "ca": f"{f.r.randint(6, 9)}{L(3)}{f.r.randint(100, 999)}",
        "fr": f"{L(2)}-{f.r.randint(100, 999)}-{L(2)}",
    }[kind]


def upc(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(11)]
    check = (10 - (3 * sum(d[0::2]) + sum(d[1::2])) % 10) % 10
    return "".join(map(str, d)) + str(check)


def alnum(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256(f: Fake) -> str:
    return hashlib.sha256(email(f).encode()).hexdigest()


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_700_000_000, 1_735_000_000)


def date(f: Fake, lo: int = 2024, hi: int = 2024) -> str:
    return f.date(lo, hi)


def dob(f: Fake) -> str:
    d = f.date(1940, 2006)
    return f.pick([d, f"{d[5:7]}/{d[8:10]}/{d[:4]}", f"{d[8:10]}/{d[5:7]}/{d[:4]}"])


def money(f: Fake, lo: float, hi: float) -> float:
    return f.money(lo, hi)


def yn(f: Fake):
    return f.pick(["Yes", "No", "Client doesn't know", "Client prefers not to answer", "Data not collected"])


def note_phone(f: Fake) -> str:
    """A caseworker's note: every one carries a phone number."""
    p = phone(f)
    return f.pick(
        [
            f"Called client at {p}, left voicemail. Will retry Thursday.",
            f"Client has a new cell: {p}. Old number disconnected.",
            f"Landlord agreed to hold unit until the 15th, callback {p}.",
            f"Sister can be reached at {p} if client misses appointment.",
            f"Client asked us to text {p} rather than call during work hours.",
            f"Rappeler la cliente au {p} pour confirmer le rendez-vous.",
        ]
    )


def chat_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"my new number is {p}",
            f"can u call me at {p} after 5",
            f"Hi it's me again, phone died, use {p}",
            f"text me at {p} when the bed is ready",
            f"voici mon nouveau numéro {p} merci",
        ]
    )


def referral_note(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Please send the intake packet to {e} before Monday.",
            f"Client prefers email contact: {e}",
            f"Cc her advocate on updates ({e}).",
            f"Documents were emailed from {e}, please confirm receipt.",
        ]
    )


def green_note(f: Fake) -> str:
    return f.pick(
        [
            "Documents received, file complete.",
            "Follow-up scheduled in two weeks.",
            "Client attended budgeting workshop.",
            "Waiting on income verification from employer.",
            "Dossier complet, en attente de la décision.",
            "Bus tickets provided for next appointment.",
            "No-show, will reschedule.",
        ]
    )


def outreach_place(f: Fake) -> str:
    return f.pick(
        [
            "Under the Wacker Dr viaduct near the bike racks",
            "Tent by the east entrance of the park",
            "Métro Berri-UQAM, sortie Saint-Denis",
            "Behind the library, loading dock",
            "Encampment along the creek trail, north end",
            "Bus shelter outside the 24h pharmacy",
        ]
    )


# -- contexts of the client libraries ---------------------------------------------------------------


def campaign():
    return {
        "name": G(
            lambda f: f.pick(
                ["winter_appeal_2024", "giving_tuesday", "volunteer_recruit_q3", "pantry_awareness"]
            )
        ),
        "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
        "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
        "term": G(
            lambda f: f.pick(
                ["food bank near me", "donate to shelter", "banque alimentaire", "volunteer chicago"]
            )
        ),
        "content": G(lambda f: f.pick(["hero_banner", "textlink", "video_15s", "carousel_2"])),
    }


def web_context(site: str, paths: list[str], titles: list[str]):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", f"https://{site}/dashboard", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?tab=household", "?utm_source=newsletter&utm_medium=email", "?lang=fr"]
                )
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: f"https://{site}" + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Chrome OS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-CA", "en-CA", "fr-FR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Toronto", "America/Los_Angeles", "Europe/Paris"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": campaign(),
    }


def caseworker_web(f: Fake):
    return web_context(
        "app.caselinkhq.org",
        ["/clients", "/clients/intake", "/shelter/beds", "/referrals", "/reports/daily", "/pantry/checkin"],
        ["Clients · CaseLink", "New intake · CaseLink", "Bed board · CaseLink", "Referrals · CaseLink"],
    )


def public_web(f: Fake):
    return web_context(
        "www.harborlightpantry.org",
        ["/", "/donate", "/find-food", "/volunteer", "/fr/trouver-de-la-nourriture", "/thank-you"],
        ["Harbor Light Food Bank", "Donate | Harbor Light", "Find food near you", "Volunteer with us"],
    )


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pantry Pass"),
            "version": G(lambda f: f.pick(["2.4.0", "2.4.1", "2.5.0"])),
            "build": G(lambda f: f.pick(["240", "241", "250"])),
            "namespace": G(lambda f: "org.harborlight.pantrypass"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,5", "iPhone13,2", "iPhone11,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 414])),
            "height": G(lambda f: f.pick([667, 844, 896])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-CA", "es-US", "ht-HT"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Toronto"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RouteHelper"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2"])),
            "build": G(lambda f: f.pick(["310", "322"])),
            "namespace": G(lambda f: "org.harborlight.routehelper"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A146U", "moto g play - 2023", "Pixel 6a"])),
            "name": G(lambda f: f.pick(["a14xm", "fogos", "bluejay"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Vidéotron", "Metro by T-Mobile", "Free"])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(41.6, 45.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-88.0, -73.4), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 22), 1)),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Toronto"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A146U Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "ShiftMate"),
            "version": G(lambda f: f.pick(["1.9.3", "1.10.0"])),
            "build": G(lambda f: f.pick(["193", "1100"])),
            "namespace": G(lambda f: "org.caselink.shiftmate"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991U"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-CA", "en-CA"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Montreal"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "volunteer_id": G(lambda f: "VOL-" + f.digits(5)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "StreetReach"),
            "version": G(lambda f: f.pick(["4.0.2", "4.1.0"])),
            "build": G(lambda f: f.pick(["402", "410"])),
            "namespace": G(lambda f: "org.caselink.streetreach"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple"])),
            "model": G(lambda f: f.pick(["SM-T227U", "iPad7,11"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["13", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([800, 810])), "height": G(lambda f: f.pick([1340, 1080]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(41.6, 45.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-88.0, -73.4), 6), "geolocation"),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Montreal"])),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.7.1",
    "analytics-csharp": "2.3.5",
}


def server_context(lib: str):
    def make(f: Fake):
        ctx: dict = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if lib in ("analytics-python", "analytics-ruby", "analytics-php", "analytics-node"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if lib == "analytics-node":
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "analytics-php":
            ctx["locale"] = G(lambda f: f.pick(["fr-CA", "fr-FR"]))
        if lib == "analytics-java":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-csharp":
            ctx["traits"] = {"email": Y(email, "email"), "name": Y(full, "name")}
            ctx["instanceId"] = G(lambda f: f.uuid())
        if lib == "analytics-go":
            ctx["groupId"] = G(lambda f: "org_" + f.digits(4))
        return ctx

    return make


CONTEXTS = {
    "web": caseworker_web,
    "public": public_web,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
}


# -- events ---------------------------------------------------------------------------------------

RACES = [
    "Black, African American, or African",
    "White",
    "Asian or Asian American",
    "American Indian, Alaska Native, or Indigenous",
    "Native Hawaiian or Pacific Islander",
    "Middle Eastern or North African",
    "Hispanic/Latina/e/o",
]


def household_member():
    return {
        "member_id": G(lambda f: f.uuid()),
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "relationship": G(
            lambda f: f.pick(["Child", "Spouse/partner", "Parent", "Sibling", "Grandchild", "Other relative"])
        ),
        "date_of_birth": Y(dob, "birthdate"),
        "age": G(lambda f: f.r.randint(0, 84)),
        "gender": Y(
            lambda f: f.pick(["Woman (Girl, if child)", "Man (Boy, if child)", "Non-binary", "Transgender"]),
            "gender",
        ),
        "is_pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
        "uses_wheelchair": RED(lambda f: f.pick([True, False, False]), "disability"),
        "in_school": G(lambda f: f.pick([True, False])),
    }


def emergency_contact():
    return {
        "name": Y(full, "name"),
        "relationship": G(lambda f: f.pick(["sister", "mother", "friend", "cousin", "pastor", "son"])),
        "phone": Y(phone, "phone"),
        "email": Y(email, "email"),
        "is_primary": G(lambda f: f.pick([True, False])),
    }


def food_item():
    return {
        "product_id": G(lambda f: "itm_" + f.digits(6)),
        "sku": G(lambda f: f.pick(["CAN", "DRY", "BAB", "PRO", "HYG"]) + "-" + f.digits(4)),
        "upc": G(upc),
        "name": G(lambda f: f.pick(FOODS)[0]),
        "category": G(lambda f: f.pick(FOODS)[1]),
        "quantity": G(lambda f: f.r.randint(1, 6)),
        "price": G(lambda f: 0),
        "points": G(lambda f: f.r.randint(1, 8)),
        "position": G(lambda f: f.r.randint(1, 40)),
    }


def billing_address():
    return {
        "line1": Y(street_line, "address|street"),
        "line2": Y(line2, "address|street"),
        "city": Y(city, "city"),
        "postal_code": Y(postal, "zipcode"),
        "state": G(region),
        "country": G(country),
    }


EVENTS = [
    # -- client intake (caseworker web app, python backend) -------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "client_id": G(lambda f: f.digits(7)),
            "hmis_personal_id": G(lambda f: f.hexid(32)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "preferred_name": Y(first, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "phone_type": G(lambda f: f.pick(["mobile", "home", "shelter desk", "none"])),
            "birthday": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "dob_data_quality": G(
                lambda f: f.pick(
                    ["Full DOB reported", "Approximate or partial DOB reported", "Client doesn't know"]
                )
            ),
            "gender": Y(
                lambda f: f.pick(
                    ["Woman", "Man", "Non-binary", "Culturally specific identity", "Questioning"]
                ),
                "gender",
            ),
            "race": Many(Y(lambda f: f.pick(RACES), "race"), 2),
            "veteran_status": RED(yn, "veteran"),
            "disabling_condition": RED(yn, "disability"),
            "address": {
                "street": Y(street_line, "street|address"),
                "city": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "state": G(region),
                "country": G(country),
            },
            "last_permanent_zip": Y(lambda f: f.pick(US_CITIES)[2] + f"{f.r.randint(0, 99):02d}", "zipcode"),
            "primary_language": G(
                lambda f: f.pick(["English", "Spanish", "French", "Haitian Creole", "Somali", "Ukrainian"])
            ),
            "marital_status": G(lambda f: f.pick(["single", "married", "separated", "widowed"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-61", "62+"])),
            "household_size": G(lambda f: f.r.randint(1, 8)),
            "housing_status": G(
                lambda f: f.pick(["literally homeless", "at imminent risk", "fleeing", "stably housed"])
            ),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "email_verified": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Intake Completed",
        "web",
        {
            "client_id": G(lambda f: f.digits(7)),
            "intake_id": G(lambda f: f.uuid()),
            "caseworker_id": G(lambda f: "stf_" + f.digits(4)),
            "caseworker_name": Y(full, "name"),
            "caseworker_email": Y(email, "email"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_data_quality": G(
                lambda f: f.pick(
                    ["Full SSN reported", "Approximate or partial SSN reported", "Client refused"]
                )
            ),
            "has_ssn": G(lambda f: f.pick([True, False])),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic/Latin(a)(o)(x)", "Non-Hispanic/Non-Latin(a)(o)(x)"]), "ethnicity"
            ),
            "sex_assigned_at_birth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay", "Lesbian", "Bisexual", "Questioning/unsure"]),
                "sexual orientation",
            ),
            "household_members": Many(household_member(), 4),
            "children_under_5": G(lambda f: f.r.randint(0, 3)),
            "prior_living_situation": G(
                lambda f: f.pick(
                    [
                        "Place not meant for habitation",
                        "Emergency shelter",
                        "Staying with family",
                        "Rental by client",
                    ]
                )
            ),
            "length_of_stay": G(
                lambda f: f.pick(
                    ["One night or less", "Two to six nights", "One week or more, but less than one month"]
                )
            ),
            "duration_sec": G(lambda f: f.r.randint(300, 3600)),
            "step_count": G(lambda f: f.r.randint(6, 12)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "web",
        {
            "client_id": G(lambda f: f.digits(7)),
            "contact": emergency_contact(),
            "contacts_on_file": G(lambda f: f.r.randint(1, 3)),
            "consent_to_contact": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Health Information Recorded",
        "web",
        {
            "client_id": G(lambda f: f.digits(7)),
            "chronic_health_condition": Y(yn, "condition"),
            "hiv_aids": Y(yn, "condition|diagnosis"),
            "mental_health_disorder": Y(yn, "condition"),
            "substance_use_disorder": Y(
                lambda f: f.pick(
                    ["No", "Alcohol use disorder", "Drug use disorder", "Both alcohol and drug use disorders"]
                ),
                "condition|diagnosis",
            ),
            "physical_disability": RED(yn, "disability"),
            "developmental_disability": RED(yn, "disability"),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "metformin",
                            "insulin glargine",
                            "sertraline",
                            "buprenorphine",
                            "lisinopril",
                            "albuterol inhaler",
                        ]
                    ),
                    "medication",
                ),
                3,
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["penicillin", "peanuts", "latex", "shellfish", "sulfa drugs"]),
                    "allergy",
                ),
                2,
            ),
            "medicaid_id": RED(medicaid, "health id"),
            "insurance_member_id": Y(lambda f: f.pick(["W", "XEH", "JQU"]) + f.digits(9), "identification"),
            "has_health_insurance": G(lambda f: f.pick([True, False])),
            "health_insurance_type": G(
                lambda f: f.pick(["Medicaid", "Medicare", "Employer-provided", "None"])
            ),
            "form_version": G(lambda f: "FY2024.2"),
        },
    ),
    (
        "track",
        "Client Searched",
        "web",
        {
            "q": Y(full, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "search_scope": G(lambda f: f.pick(["my_caseload", "agency", "coc_wide"])),
            "filters": {
                "program": G(lambda f: f.pick(PROGRAMS)),
                "active_only": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Contact Field Autofilled",
        "web",
        {
            "form_id": G(lambda f: "intake_v7"),
            "field_id": G(lambda f: "contact_email"),
            "input": Y(email, "email", True),
            "source": G(lambda f: f.pick(["browser_autofill", "previous_enrollment"])),
        },
    ),
    (
        "track",
        "Household Member Selected",
        "web",
        {
            "label": Y(
                lambda f: f"{full(f)} ({f.pick(['daughter', 'son', 'partner', 'mother', 'nephew'])})",
                "name",
                True,
            ),
            "member_index": G(lambda f: f.r.randint(0, 5)),
            "client_id": G(lambda f: f.digits(7)),
        },
    ),
    # -- identity documents -------------------------------------------------------------------
    (
        "track",
        "ID Document Uploaded",
        "swift",
        {
            "document_id": G(lambda f: f.uuid()),
            "id_document_type": G(
                lambda f: f.pick(["passport", "state_id", "drivers_licence", "pr_card", "birth_certificate"])
            ),
            "id_document_number": RED(
                lambda f: f.pick([passport(f), "D" + f.digits(12), f.digits(9)]), "national id|passport"
            ),
            "issuing_country": G(lambda f: f.pick(["US", "CA", "HT", "UA", "SO", "MX"])),
            "expires_on": G(lambda f: f.date(2025, 2033)),
            "front_image_url": Y(lambda f: f"https://files.caselinkhq.org/id/{f.uuid()}/front.jpg", "photo"),
            "selfie_url": Y(lambda f: f"https://files.caselinkhq.org/id/{f.uuid()}/selfie.jpg", "photo"),
            "file_sha256": G(lambda f: f.hexid(64)),
            "file_size_bytes": G(lambda f: f.r.randint(80_000, 4_000_000)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "passport_scanned": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- benefits screening ---------------------------------------------------------------------
    (
        "track",
        "Benefits Screening Completed",
        "node",
        {
            "screening_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(7)),
            "monthly_income": Y(lambda f: f.r.randint(0, 3200), "salary"),
            "annual_household_income": Y(lambda f: f.r.randint(0, 52000), "salary"),
            "income_sources": Many(
                G(
                    lambda f: f.pick(
                        ["earned", "SNAP", "TANF", "pension", "unemployment", "child_support", "none"]
                    )
                ),
                3,
            ),
            "employer": G(
                lambda f: f.pick(
                    ["Amazon Fulfillment", "Jewel-Osco", "Tim Hortons", "Self-employed", "Uber Eats"]
                )
            ),
            "job_title": G(
                lambda f: f.pick(["Warehouse associate", "Cashier", "Home health aide", "Delivery driver"])
            ),
            "hourly_wage": Y(lambda f: f.money(9, 24), "salary"),
            "immigration_status": RED(
                lambda f: f.pick(
                    [
                        "US citizen",
                        "Lawful permanent resident",
                        "Asylum applicant",
                        "Refugee",
                        "TPS",
                        "Undocumented",
                    ]
                ),
                "visa",
            ),
            "alien_number": RED(lambda f: "A" + f.digits(9), "national id"),
            "country_of_birth": Y(
                lambda f: f.pick(
                    ["Haiti", "Venezuela", "Ukraine", "Somalia", "Afghanistan", "United States"]
                ),
                "citizenship",
            ),
            "eligible_programs": Many(
                G(lambda f: f.pick(["SNAP", "WIC", "LIHEAP", "Medicaid", "TANF", "Lifeline"])), 4
            ),
            "fpl_percent": G(lambda f: f.r.randint(0, 250)),
            "credit_score": Y(lambda f: f.r.randint(480, 780), "credit score"),
            "is_student": G(lambda f: f.pick([True, False])),
            "screening_tool_version": G(lambda f: "3.4.1"),
        },
    ),
    (
        "track",
        "Employment Referral Created",
        "node",
        {
            "referral_id": G(lambda f: f.uuid()),
            "work_authorized": RED(lambda f: f.pick([True, False]), "visa"),
            "work_permit_expiry": RED(lambda f: f.date(2024, 2027), "visa"),
            "desired_hourly_rate": Y(lambda f: f.pick([15, 16.5, 18, 20, 22]), "salary"),
            "has_drivers_license": G(lambda f: f.pick([True, False])),
            "target_industry": G(
                lambda f: f.pick(["warehouse", "food service", "healthcare", "construction"])
            ),
            "resume_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Deposit Added",
        "ruby",
        {
            "client_id": G(lambda f: f.digits(7)),
            "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "815"])),
            "transit_number": G(lambda f: f.digits(5)),
            "routing_number": G(lambda f: f.pick(["071000013", "121000358", "072000326"])),
            "account_number": RED(lambda f: f.digits(f.pick([7, 9, 12])), "bank account"),
            "account_holder_name": Y(full, "name"),
            "account_type": G(lambda f: f.pick(["checking", "savings", "chèque"])),
            "verified_via": G(lambda f: f.pick(["plaid", "void_cheque", "manual"])),
        },
    ),
    # -- French backends: Quebec (php) and France ----------------------------------------------
    (
        "track",
        "Demande d'aide reçue",
        "php",
        {
            "id_dossier": G(lambda f: "QC-" + f.digits(6)),
            "nom": Y(last, "name"),
            "prenom": Y(first, "name"),
            "courriel": Y(email, "email"),
            "telephone": Y(phone, "phone"),
            "date_naissance": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "adresse": {
                "rue": Y(lambda f: f"{f.r.randint(2, 9800)} {f.pick(QC_STREETS)}", "street|address"),
                "ville": Y(lambda f: f.pick(QC_CITIES)[0], "city"),
                "code_postal": Y(lambda f: ca_postal(f, f.pick(QC_CITIES)[2]), "zipcode"),
                "province": G(lambda f: "QC"),
            },
            "nas": RED(sin, "national id|social security number"),
            "numero_ramq": RED(ramq, "health id"),
            "revenu_mensuel": Y(lambda f: f.r.randint(0, 3500), "salary"),
            "statut_immigration": RED(
                lambda f: f.pick(
                    [
                        "citoyen canadien",
                        "résident permanent",
                        "demandeur d'asile",
                        "permis de travail",
                        "réfugié reconnu",
                    ]
                ),
                "visa",
            ),
            "uci_ircc": RED(
                lambda f: f.pick(
                    [f"{f.digits(4)}-{f.digits(4)}", f"{f.digits(2)}-{f.digits(4)}-{f.digits(4)}"]
                ),
                "national id",
            ),
            "situation_familiale": G(
                lambda f: f.pick(["célibataire", "conjoint de fait", "marié(e)", "séparé(e)"])
            ),
            "nombre_enfants": G(lambda f: f.r.randint(0, 5)),
            "langue": G(lambda f: f.pick(["fr", "en", "es", "ar", "ht"])),
            "source_revenu": G(lambda f: f.pick(["aide sociale", "emploi", "chômage", "aucun"])),
            "identite_autochtone": Y(
                lambda f: f.pick(["Première Nation", "Métis", "Inuit", "non autochtone"]), "ethnicity"
            ),
            "urgence": G(lambda f: f.pick([True, False])),
            "cree_le": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Colis Retiré",
        "php",
        {
            "numero_beneficiaire": G(lambda f: f.digits(8)),
            "beneficiaire": {"nom": Y(last, "name"), "prenom": Y(first, "name")},
            "nb_personnes_foyer": G(lambda f: f.r.randint(1, 7)),
            "quotient_familial": Y(lambda f: f.r.randint(0, 900), "salary"),
            "numero_allocataire": Y(lambda f: f.digits(7), "identification"),
            "numero_securite_sociale": RED(nir, "national id|social security number"),
            "site": G(
                lambda f: f.pick(["Épicerie solidaire Belleville", "Restos Saint-Denis", "Antenne Lyon 8e"])
            ),
            "poids_kg": G(lambda f: f.money(4, 25)),
            "regime_alimentaire": Y(lambda f: f.pick(["halal", "casher", "sans porc", "aucun"]), "religion"),
            "benevole_responsable": Y(full, "name"),
            "date_retrait": G(lambda f: f.date()),
            "remarques": G(green_note),
        },
    ),
    (
        "track",
        "Aide au loyer versée",
        "php",
        {
            "id_versement": G(lambda f: "VRS-" + f.digits(7)),
            "montant": G(lambda f: f.money(150, 1200)),
            "devise": G(lambda f: f.pick(["EUR", "CAD"])),
            "iban_beneficiaire": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "CEPAFRPP751", "AGRIFRPP882"])),
            "proprietaire": {"nom_complet": Y(full, "name"), "telephone": Y(phone, "phone")},
            "adresse_logement": Y(home_address, "address"),
            "mois_concerne": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03", "2024-11"])),
        },
    ),
    # -- .NET backend: case management (PascalCase) --------------------------------------------
    (
        "track",
        "Case Opened",
        "dotnet",
        {
            "CaseId": G(lambda f: f.r.randint(100000, 999999)),
            "ClientId": G(lambda f: f.uuid()),
            "ProgramName": G(lambda f: f.pick(PROGRAMS)),
            "CaseWorkerName": Y(full, "name"),
            "CaseWorkerEmail": Y(email, "email"),
            "ClientFullName": Y(full, "name"),
            "ClientPhone": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1940, 2006) + "T00:00:00", "birthdate"),
            "SocialInsuranceNumber": RED(sin, "national id|social security number"),
            "HealthCardNumber": RED(ohip, "health id"),
            "HouseholdIncome": Y(lambda f: f.r.randint(0, 60000), "salary"),
            "IsVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "PriorityLevel": G(lambda f: f.pick(["Low", "Medium", "High", "Critical"])),
            "OpenedAtUtc": G(lambda f: f.iso()),
            "RiskScore": G(lambda f: f.r.randint(0, 17)),
            "SpdatVersion": G(lambda f: "VI-SPDAT 2.0"),
        },
    ),
    (
        "track",
        "Case Note Added",
        "dotnet",
        {
            "NoteId": G(lambda f: f.uuid()),
            "CaseId": G(lambda f: f.r.randint(100000, 999999)),
            "NoteType": G(
                lambda f: f.pick(["Phone call", "Home visit", "Office visit", "Collateral contact"])
            ),
            "Content": Y(note_phone, "phone", True),
            "Summary": G(green_note),
            "WordCount": G(lambda f: f.r.randint(8, 240)),
            "AuthorId": G(lambda f: "stf_" + f.digits(4)),
            "IsConfidential": G(lambda f: f.pick([True, False])),
            "CreatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Case Closed",
        "dotnet",
        {
            "CaseId": G(lambda f: f.r.randint(100000, 999999)),
            "ExitDestination": G(
                lambda f: f.pick(
                    [
                        "Rental by client, no ongoing subsidy",
                        "Staying with family, permanent",
                        "Emergency shelter",
                        "Unknown",
                    ]
                )
            ),
            "ExitReason": G(
                lambda f: f.pick(
                    [
                        "Completed program",
                        "Left for housing opportunity",
                        "Non-compliance",
                        "Unknown/disappeared",
                    ]
                )
            ),
            "DaysEnrolled": G(lambda f: f.r.randint(1, 400)),
            "ForwardingAddress": Y(home_address, "address"),
            "ClosedBy": Y(full, "name"),
            "ClosedAtUtc": G(lambda f: f.iso()),
        },
    ),
    # -- shelter beds -------------------------------------------------------------------------
    (
        "track",
        "Bed Assigned",
        "web",
        {
            "bed_id": G(lambda f: f"B-{f.r.randint(1, 4)}{f.r.randint(0, 40):02d}"),
            "shelter_id": G(lambda f: f.digits(3)),
            "shelter_name": G(lambda f: f.pick(SHELTERS)),
            "room": G(lambda f: f.pick(["Dorm A", "Dorm B", "Family 3", "Family 7", "Isolation 1"])),
            "client_id": G(lambda f: f.digits(7)),
            "assigned_by": Y(full, "name"),
            "check_in_at": G(lambda f: f.iso()),
            "expected_nights": G(lambda f: f.r.randint(1, 30)),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair accessible", "ground floor (mobility)", "hearing impaired alarm", "none"]
                ),
                "disability",
            ),
            "bunk_level": G(lambda f: f.pick(["bottom", "top", "n/a"])),
            "note": G(
                lambda f: f.pick(
                    ["Needs locker", "Late check-in approved", "Top bunk ok", "Bring ID tomorrow", ""]
                )
            ),
            "pet": {
                "name": G(lambda f: f.pick(PETS)),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "vaccinated": G(lambda f: f.pick([True, False])),
            },
            "beds_available": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Shelter Check Out",
        "go",
        {
            "bed_id": G(lambda f: f"B-{f.r.randint(1, 4)}{f.r.randint(0, 40):02d}"),
            "stay_id": G(lambda f: f.uuid()),
            "nights": G(lambda f: f.r.randint(1, 120)),
            "checkout_reason": G(
                lambda f: f.pick(["moved to housing", "left voluntarily", "transferred", "barred 7 days"])
            ),
            "checked_out_at": G(lambda f: epoch_s(f)),
            "locker_returned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shelter Capacity Reported",
        "go",
        {
            "shelter_name": G(lambda f: f.pick(SHELTERS)),
            "shelter_address": G(
                lambda f: f.pick(
                    [
                        "1100 S Wabash Ave, Chicago, IL 60605",
                        "4525 rue Saint-Laurent, Montréal QC H2T 1R2",
                        "850 Pacific St, Brooklyn, NY 11238",
                    ]
                )
            ),
            "shelter_phone": G(lambda f: f.pick(["+1 312-555-0190", "514-555-0133", "(718) 555-0160"])),
            "lat": G(lambda f: f.pick([41.8694, 45.5183, 40.6807])),
            "lng": G(lambda f: f.pick([-87.6256, -73.5912, -73.9662])),
            "capacity_total": G(lambda f: f.r.randint(40, 300)),
            "occupied": G(lambda f: f.r.randint(10, 300)),
            "overflow_open": G(lambda f: f.pick([True, False])),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    # -- food pantry: client app (swift) and client-choice ordering (e-commerce spec) ------------
    (
        "identify",
        None,
        "swift",
        {
            "household_card_number": G(lambda f: "HL" + f.digits(8)),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "mobilePhone": Y(phone, "phone"),
            "emailAddress": Y(email, "email"),
            "preferredPantry": G(lambda f: f.pick(PANTRIES)),
            "householdSize": G(lambda f: f.r.randint(1, 9)),
            "seniorsInHousehold": G(lambda f: f.r.randint(0, 2)),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "es", "fr", "ht", "so"])),
            "lastVisitAt": G(lambda f: f.iso()),
        },
    ),
    (
        "screen",
        "Pantry Finder",
        "swift",
        {
            "userLocation": {
                "lat": Y(lambda f: round(f.r.uniform(41.6, 45.7), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-88.0, -73.4), 5), "geolocation"),
            },
            "radiusKm": G(lambda f: f.pick([2, 5, 10])),
            "openNowOnly": G(lambda f: f.pick([True, False])),
            "resultsShown": G(lambda f: f.r.randint(0, 15)),
        },
    ),
    (
        "track",
        "Pantry Selected",
        "swift",
        {
            "pantryId": G(lambda f: f.digits(4)),
            "pantryName": G(lambda f: f.pick(PANTRY_SITES)[0]),
            "pantryAddress": G(lambda f: f.pick(PANTRY_SITES)[1]),
            "pantryPhone": G(lambda f: f.pick(PANTRY_SITES)[2]),
            "pantryLat": G(lambda f: f.pick(PANTRY_SITES)[3]),
            "pantryLng": G(lambda f: f.pick(PANTRY_SITES)[4]),
            "distanceKm": G(lambda f: f.money(0.2, 9.5)),
            "hoursToday": G(lambda f: f.pick(["10:00-14:00", "16:00-19:00", "Closed"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "swift",
        {
            "query": G(
                lambda f: f.pick(["baby formula", "halal meat", "rice", "diapers", "gluten free", "couches"])
            )
        },
    ),
    (
        "track",
        "Product Added",
        "swift",
        {
            "cart_id": G(lambda f: f.uuid()),
            **food_item(),
        },
    ),
    (
        "track",
        "Checkout Started",
        "swift",
        {
            "order_id": G(lambda f: "PO-" + f.digits(7)),
            "affiliation": G(lambda f: f.pick(PANTRIES)),
            "points_used": G(lambda f: f.r.randint(4, 60)),
            "points_allowance": G(lambda f: f.pick([40, 60, 80])),
            "products": Many(food_item(), 5),
        },
    ),
    (
        "track",
        "Order Completed",
        "swift",
        {
            "order_id": G(lambda f: "PO-" + f.digits(7)),
            "pickup_slot": G(lambda f: f.pick(["2024-05-14T10:00", "2024-05-14T10:30", "2024-05-15T16:00"])),
            "pickup_code": RED(lambda f: f.digits(6), "token"),
            "products": Many(food_item(), 5),
            "dietary_flags": {
                "religious_diet": Y(lambda f: f.pick(["halal", "kosher", "none"]), "religion"),
                "diabetic_friendly": Y(lambda f: f.pick([True, False]), "condition"),
                "vegetarian": G(lambda f: f.pick([True, False])),
                "food_allergies": Many(
                    Y(lambda f: f.pick(["peanut", "tree nut", "milk", "egg", "wheat", "soy"]), "allergy"), 2
                ),
            },
            "delivery_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parcel Picked Up",
        "java",
        {
            "parcel_id": G(lambda f: f.uuid()),
            "household_card_number": G(lambda f: "HL" + f.digits(8)),
            "pantry_site": G(lambda f: f.pick(PANTRIES)),
            "picked_up_by": Y(full, "name"),
            "proxy_pickup": G(lambda f: f.pick([True, False])),
            "weight_lbs": G(lambda f: f.money(8, 60)),
            "retail_value_usd": G(lambda f: f.money(20, 160)),
            "visit_number_this_month": G(lambda f: f.r.randint(1, 4)),
            "barcode": G(lambda f: f.digits(12)),
            "kiosk_id": G(lambda f: "K" + f.digits(3)),
        },
    ),
    # -- delivery volunteers (kotlin) ----------------------------------------------------------
    (
        "track",
        "Delivery Completed",
        "kotlin",
        {
            "route_id": G(lambda f: "R-" + f.digits(4)),
            "stop_number": G(lambda f: f.r.randint(1, 24)),
            "recipient_name": Y(full, "name"),
            "recipient_phone": Y(phone, "phone"),
            "dropoff_address": {
                "line1": Y(street_line, "address|street"),
                "city": Y(city, "city"),
                "zip": Y(postal, "zipcode"),
            },
            "photo_proof_url": Y(lambda f: f"https://files.caselinkhq.org/pod/{f.hexid(16)}.jpg", "photo"),
            "left_at_door": G(lambda f: f.pick([True, False])),
            "gate_code": RED(lambda f: f.pick(["#", "*", ""]) + f.digits(4), "secret"),
            "delivered_at": G(lambda f: f.epoch_ms()),
            "driver_notes": G(lambda f: f.pick(["Dog in yard", "Buzzer broken", "Elevator out", ""])),
        },
    ),
    (
        "track",
        "Driver Vehicle Registered",
        "kotlin",
        {
            "volunteer_id": G(lambda f: "VOL-" + f.digits(5)),
            "license_plate": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Kia"])),
            "vehicle_year": G(lambda f: f.r.randint(2006, 2024)),
            "drivers_license_number": Y(
                lambda f: f.pick(
                    [
                        "S" + f.digits(11),
                        "L" + f.digits(4) + "-" + f.digits(6) + "-" + f.digits(2),
                        f.digits(9),
                    ]
                ),
                "license",
            ),
            "insurance_policy_number": Y(
                lambda f: f.pick(["PA-", "AUT", "D"]) + f.digits(8), "identification"
            ),
            "insurance_expires": G(lambda f: f.date(2024, 2026)),
        },
    ),
    # -- volunteers (react native) -------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "volunteer_id": G(lambda f: "VOL-" + f.digits(5)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "t_shirt_size": G(lambda f: f.pick(["S", "M", "L", "XL", "2XL"])),
            "skills": Many(
                G(lambda f: f.pick(["driving", "forklift", "spanish", "french", "data entry", "cooking"])), 3
            ),
            "languages_spoken": Many(
                G(lambda f: f.pick(["English", "Spanish", "French", "Arabic", "Mandarin"])), 2
            ),
            "has_vehicle": G(lambda f: f.pick([True, False])),
            "background_check_status": G(lambda f: f.pick(["clear", "pending", "consider", "not_started"])),
            "hours_ytd": G(lambda f: f.r.randint(0, 400)),
            "employer": G(lambda f: f.pick(["Deloitte", "Ville de Montréal", "Self-employed", "Retired"])),
            "food_handler_cert_no": Y(lambda f: "FH" + f.digits(7), "certificate"),
        },
    ),
    (
        "track",
        "Shift Signed Up",
        "rn",
        {
            "shift_id": G(lambda f: f.digits(6)),
            "site": G(lambda f: f.pick(PANTRIES)),
            "role": G(lambda f: f.pick(["sorter", "driver", "intake greeter", "kitchen"])),
            "starts_at": G(lambda f: f.iso()),
            "duration_hours": G(lambda f: f.pick([2, 3, 4])),
            "group_signup": G(lambda f: f.pick([True, False])),
            "group_name": G(
                lambda f: f.pick(["", "Deloitte Cares", "Lycée Jean-Jaurès", "St. Mark's Youth"])
            ),
            "spots_left": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "rn",
        {
            "emergency_contact_name": Y(full, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "emergency_contact_relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "roommate"])),
            "updated_fields_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "screen",
        "Shift Details",
        "rn",
        {
            "shift_id": G(lambda f: f.digits(6)),
            "coordinator_name": Y(full, "name"),
            "coordinator_phone": Y(nanp, "phone"),
            "site_contact_email": G(
                lambda f: f.pick(["volunteers@harborlightpantry.org", "benevoles@banqueverdun.org"])
            ),
        },
    ),
    # -- staff timesheets (ruby) -------------------------------------------------------------
    (
        "track",
        "Timesheet Submitted",
        "ruby",
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "employee_name": Y(full, "name"),
            "job_title": G(
                lambda f: f.pick(["Case Manager", "Shelter Monitor", "Outreach Worker", "Pantry Coordinator"])
            ),
            "hourly_rate": Y(lambda f: f.money(17, 34), "salary"),
            "regular_hours": G(lambda f: f.money(20, 40)),
            "overtime_hours": G(lambda f: f.money(0, 12)),
            "union_local": Y(
                lambda f: f.pick(["AFSCME Local 2858", "SCFP 301", "SEIU 73", "none"]), "trade union"
            ),
            "pay_period_end": G(lambda f: f.date()),
            "approved_by_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    # -- referrals and consent -----------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        "web",
        {
            "referral_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(7)),
            "partner_agency": G(lambda f: f.pick(AGENCIES)),
            "partner_agency_id": G(lambda f: f.digits(4)),
            "partner_intake_email": G(
                lambda f: f.pick(
                    [
                        "intake@eastsidelegalaid.org",
                        "accueil@centrerosemont.qc.ca",
                        "referrals@opendoorwc.org",
                    ]
                )
            ),
            "partner_contact_name": Y(full, "name"),
            "partner_contact_phone": Y(phone, "phone"),
            "referral_reason": G(
                lambda f: f.pick(["legal aid", "employment", "childcare", "tax clinic", "housing search"])
            ),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "same_day"])),
            "message_to_partner": Y(referral_note, "email", True),
            "shared_fields": Many(G(lambda f: f.pick(["name", "dob", "phone", "income", "household"])), 4),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Consent Updated",
        "web",
        {
            "consent_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(7)),
            "consent_to_share": G(lambda f: f.pick([True, False])),
            "scope": G(lambda f: f.pick(["coc_wide", "agency_only", "named_partners"])),
            "signed_by": Y(full, "name"),
            "witness_name": Y(full, "name"),
            "signature_method": G(lambda f: f.pick(["wet", "tablet", "verbal"])),
            "expires_at": G(lambda f: f.date(2025, 2027)),
            "revoked": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Release Recipient Added",
        "web",
        {
            "channel": G(lambda f: "email"),
            "value": Y(email, "email", True),
            "recipient_type": G(lambda f: f.pick(["family", "advocate", "case manager", "school"])),
        },
    ),
    # -- street outreach (flutter) -----------------------------------------------------------
    (
        "track",
        "Outreach Encounter Logged",
        "flutter",
        {
            "encounter_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.pick(["", f.digits(7)])),
            "location_description": G(outreach_place),
            "services_provided": Many(
                G(lambda f: f.pick(["water", "blanket", "hygiene kit", "socks", "bus pass", "sandwich"])), 3
            ),
            "engaged": G(lambda f: f.pick([True, False])),
            "worker_name": Y(full, "name"),
            "nickname": Y(
                lambda f: f.pick(["Big Mike", "Shorty", "Grandma Rose", "DJ", "Frenchie", "Tiny"]), "name"
            ),
            "appears_under_18": G(lambda f: f.pick([False, False, True])),
            "temperature_c": G(lambda f: f.r.randint(-25, 35)),
            "photo_url": Y(lambda f: f"https://files.caselinkhq.org/outreach/{f.hexid(20)}.jpg", "photo"),
            "offline_queued": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Encounter Map",
        "flutter",
        {
            "zoom": G(lambda f: f.pick([12, 14, 16])),
            "encounters_visible": G(lambda f: f.r.randint(0, 80)),
            "layer": G(lambda f: f.pick(["encampments", "warming_centres", "all"])),
        },
    ),
    # -- client messaging ------------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        "swift",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: "client"),
            "text": Y(chat_text, "phone", True),
            "char_count": G(lambda f: f.r.randint(10, 80)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+13125550147", "+15145550110", "+15105550184"])),
            "To": Y(lambda f: "+1" + nanp(f).replace("-", ""), "phone"),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Reminder: your pantry pickup is tomorrow 10-11am. Reply STOP to opt out.",
                        "Rappel : votre rendez-vous est demain à 14 h. Répondez STOP pour vous désabonner.",
                        "A bed is available tonight at Harbor Light. Arrive before 8pm.",
                        "Your food box is ready for pickup.",
                    ]
                )
            ),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ToCountry": G(lambda f: f.pick(["US", "CA"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event",
        "go",
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(
                lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(8) + "-1-6643" + f.digits(4)
            ),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "category": Many(G(lambda f: f.pick(["pantry_reminder", "newsletter", "donation_receipt"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "timestamp": G(lambda f: epoch_s(f)),
        },
    ),
    (
        "track",
        "Webhook Received",
        "go",
        {
            "source": G(lambda f: f.pick(["twilio", "stripe", "sendgrid", "docusign"])),
            "headers": {
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "TwilioProxy/1.1",
                            "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                            "SendGrid Event API",
                        ]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "content-type": G(lambda f: "application/json"),
                "accept-language": G(lambda f: f.pick(["en-US", "fr-CA,fr;q=0.9"])),
            },
            "signature_valid": G(lambda f: f.pick([True, False])),
            "latency_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    # -- accounts and sign-in ---------------------------------------------------------------
    (
        "track",
        "Sign In Failed",
        "web",
        {
            "attempted_username": Y(email, "email"),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_failed", "sso_error"])),
            "password_length": G(lambda f: f.r.randint(6, 20)),
            "failed_attempts": G(lambda f: f.r.randint(1, 5)),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
        },
    ),
    (
        "track",
        "Staff Account Created",
        "python",
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "work_email": Y(email, "email"),
            "display_name": Y(full, "name"),
            "role": G(lambda f: f.pick(["caseworker", "supervisor", "intake", "admin", "read_only"])),
            "temporary_password": RED(
                lambda f: f.pick(["Welcome2024!", "Shelter#" + f.digits(4), alnum(f, 12)]), "password"
            ),
            "agency_id": G(lambda f: f.digits(4)),
            "sso_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "python",
        {
            "magic_link": RED(lambda f: f"https://pantrypass.app/login?token={alnum(f, 40)}", "token"),
            "expires_in_sec": G(lambda f: 900),
            "delivery": G(lambda f: f.pick(["sms", "email"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "python",
        {
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Integration Connected",
        "python",
        {
            "provider": G(lambda f: f.pick(["twilio", "sendgrid"])),
            "account_sid": G(lambda f: "AC" + f.hexid(32)),
            "auth_token": RED(lambda f: f.hexid(32), "secret|token"),
            "connected_by": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    # -- donations (public site, node + Stripe, Meta CAPI) -----------------------------------
    (
        "page",
        "Donate",
        "public",
        {
            "path": G(lambda f: f.pick(["/donate", "/donate/monthly", "/fr/don"])),
            "url": G(
                lambda f: (
                    "https://www.harborlightpantry.org" + f.pick(["/donate", "/donate/monthly", "/fr/don"])
                )
            ),
            "title": G(lambda f: f.pick(["Donate | Harbor Light", "Faire un don"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?amount=50", "?utm_source=facebook&utm_medium=paid_social"])),
            "name": G(lambda f: "Donate"),
            "category": G(lambda f: "Giving"),
        },
    ),
    (
        "track",
        "Donation Completed",
        "public",
        {
            "order_id": G(lambda f: "DN-" + f.digits(8)),
            "revenue": G(lambda f: f.pick([25, 50, 100, 250, 35.5])),
            "currency": G(lambda f: f.pick(["USD", "CAD"])),
            "recurring": G(lambda f: f.pick([True, False])),
            "designation": G(lambda f: f.pick(["Where needed most", "Holiday meals", "Family shelter"])),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "employer_match": G(lambda f: f.pick(["", "Deloitte", "Bank of America", "Desjardins"])),
            "donor_first_name": Y(first, "name"),
            "donor_last_name": Y(last, "name"),
            "donor_email": Y(email, "email"),
            "tribute": {
                "type": G(lambda f: f.pick(["in_memory", "in_honor"])),
                "honoree_name": Y(full, "name"),
                "notify_email": Y(email, "email"),
            },
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        "node",
        {
            "id": G(lambda f: "pi_" + alnum(f, 24)),
            "customer": G(lambda f: "cus_" + alnum(f, 14)),
            "payment_method": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "amount": G(lambda f: f.pick([2500, 5000, 10000, 3550])),
            "currency": G(lambda f: f.pick(["usd", "cad"])),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": billing_address(),
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["US", "CA"])),
            },
            "receipt_email": Y(email, "email"),
            "livemode": G(lambda f: True),
        },
    ),
    (
        "track",
        "Donation Form Error",
        "public",
        {
            "field": G(lambda f: "card_number"),
            "error_code": G(lambda f: f.pick(["incorrect_number", "card_declined", "expired_card"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Purchase",
        "node",
        {
            "event_id": G(lambda f: "DN-" + f.digits(8)),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "external_id": G(lambda f: f.uuid()),
            },
            "custom_data": {"value": G(lambda f: f.pick([25, 50, 100])), "currency": G(lambda f: "USD")},
        },
    ),
    # -- public pantry finder and volunteer sign-up page ------------------------------------
    (
        "page",
        "Find Food",
        "public",
        {
            "path": G(lambda f: f.pick(["/find-food", "/fr/trouver-de-la-nourriture"])),
            "url": G(
                lambda f: (
                    "https://www.harborlightpantry.org"
                    + f.pick(["/find-food", "/fr/trouver-de-la-nourriture"])
                )
            ),
            "title": G(lambda f: "Find food near you"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?lang=es", "?open=today"])),
            "name": G(lambda f: "Find Food"),
            "category": G(lambda f: "Services"),
        },
    ),
    (
        "track",
        "Volunteer Form Submitted",
        "public",
        {
            "form_name": G(lambda f: "volunteer_interest"),
            "full_name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "availability": Many(G(lambda f: f.pick(["weekday_am", "weekday_pm", "weekend"])), 3),
            "how_heard": G(lambda f: f.pick(["friend", "instagram", "employer", "school"])),
            "is_over_18": G(lambda f: f.pick([True, False])),
            "company_name": G(lambda f: f.pick(["", "Deloitte", "Hydro-Québec", "Walgreens"])),
        },
    ),
    # -- group and warehouse sync ---------------------------------------------------------------
    (
        "group",
        None,
        "go",
        {
            "name": G(lambda f: f.pick(AGENCIES)),
            "agency_type": G(lambda f: f.pick(["shelter", "food bank", "legal aid", "multi-service"])),
            "plan": G(lambda f: f.pick(["community", "network", "enterprise"])),
            "employees": G(lambda f: f.r.randint(4, 300)),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://eastsidelegalaid.org",
                        "https://centrerosemont.qc.ca",
                        "https://harborlight.org",
                    ]
                )
            ),
            "intake_line": G(lambda f: f.pick(["+1 312-555-0101", "514-555-0123", "(510) 555-0177"])),
            "support_email": G(
                lambda f: f.pick(
                    ["support@caselinkhq.org", "help@harborlight.org", "no-reply@centrerosemont.qc.ca"]
                )
            ),
            "region": G(lambda f: f.pick(["Chicago CoC", "Montréal", "Alameda County", "Île-de-France"])),
            "beds_total": G(lambda f: f.r.randint(0, 400)),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "CLIENT_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DOB": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "ZIP": Y(postal, "zipcode"),
            "PROGRAM_CODE": G(lambda f: f.pick(["ES", "RRH", "SO", "PSH", "HP"])),
            "ENROLLMENT_DATE": G(lambda f: f.date(2022, 2024)),
            "TOTAL_NIGHTS": G(lambda f: f.r.randint(0, 600)),
            "LAST_SERVICE_TS": G(lambda f: f.iso()),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "MRN": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "DW_ROW_HASH": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "alias",
        None,
        "python",
        {},
    ),
    (
        "track",
        "Client Identity Verified",
        "python",
        {
            "client_id": G(lambda f: f.digits(7)),
            "method": G(lambda f: f.pick(["ssn_last4_dob", "document", "caseworker_attested"])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "dob_match": G(lambda f: f.pick([True, False])),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Incident Reported",
        "web",
        {
            "incident_id": G(lambda f: f.uuid()),
            "shelter_name": G(lambda f: f.pick(SHELTERS)),
            "incident_type": G(lambda f: f.pick(["conflict", "property damage", "curfew", "theft"])),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Verbal argument between residents {full(f)} and {full(f)} in Dorm B, de-escalated.",
                        f"{full(f)} returned after curfew, admitted by night monitor.",
                        f"Locker of {full(f)} found open, nothing reported missing.",
                        f"Staff {full(f)} called supervisor about a broken window in the family wing.",
                    ]
                ),
                "name",
                True,
            ),
            "police_called": G(lambda f: f.pick([True, False, False])),
            "reported_by_id": G(lambda f: "stf_" + f.digits(4)),
            "severity": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Email Logged to Case",
        "web",
        {
            "case_id": G(lambda f: f.r.randint(100000, 999999)),
            "direction": G(lambda f: f.pick(["inbound", "outbound"])),
            "subject": Y(
                lambda f: f.pick(
                    [
                        f"Re: housing application for {full(f)}",
                        f"Lease documents - {full(f)}",
                        f"FW: {full(f)} SNAP recertification",
                        f"Dossier de {full(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.caselinkhq.org>"),
        },
    ),
    (
        "track",
        "Eligibility Answer Saved",
        "web",
        {
            "question_key": G(lambda f: "client_dob"),
            "answer": Y(lambda f: f.date(1940, 2006), "birthdate", True),
            "step": G(lambda f: f.r.randint(1, 9)),
            "screening_id": G(lambda f: f.uuid()),
        },
    ),
    # -- kiosk heartbeat (the food bank's hardware) -----------------------------------------
    (
        "track",
        "Kiosk Heartbeat",
        "java",
        {
            "kiosk_id": G(lambda f: "K" + f.digits(3)),
            "serial_number": G(lambda f: "C02" + alnum(f, 9).upper()),
            "mac_address": G(
                lambda f: "3C:22:FB:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(3))
            ),
            "site": G(lambda f: f.pick(PANTRIES)),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "app_version": G(lambda f: f.pick(["2.4.0", "2.5.0"])),
            "checkins_today": G(lambda f: f.r.randint(0, 300)),
            "printer_online": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Check In",
        "swift",
        {
            "method": G(lambda f: f.pick(["qr", "card_number", "name_lookup"])),
            "queue_position": G(lambda f: f.r.randint(1, 60)),
            "estimated_wait_min": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "page",
        "Client Profile",
        "web",
        {
            "path": G(lambda f: f"/clients/{f.digits(7)}"),
            "url": G(
                lambda f: (
                    f"https://app.caselinkhq.org/clients/{f.digits(7)}?tab="
                    + f.pick(["overview", "household", "notes"])
                )
            ),
            "title": G(lambda f: "Client profile · CaseLink"),
            "referrer": G(lambda f: "https://app.caselinkhq.org/clients"),
            "search": G(lambda f: "?tab=" + f.pick(["overview", "household", "notes"])),
            "name": G(lambda f: "Client Profile"),
            "category": G(lambda f: "Clients"),
            "tab": G(lambda f: f.pick(["overview", "household", "notes"])),
        },
    ),
]


# Tracking plans do not send every event equally often: weight by how common each event is.
WEIGHTS = {"Kiosk Heartbeat": 3, "Product Added": 2, "Client Searched": 2, "Chat Message Sent": 2}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            for _ in range(WEIGHTS.get(name or "", 1)):
                user = "c_" + f.digits(7)
                f.loc = None
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user,
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=169, repeats=28)
    write(Path(__file__).parent, "holdout169_", events, labels)
