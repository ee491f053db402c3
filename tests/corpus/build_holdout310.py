"""Writes holdout310: tests/corpus/holdout310_events.jsonl and holdout310_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the helpers (build.py, fake.py),
build_holdout3.py (for the format), REFERENCE.md and DESIGN.md were read.

Domain: a citizen-science wildlife-observation app with ranger and conservancy reporting in
Kenya, Canada and Australia. Observer accounts (identify, sign-up, sign-in, password reset, OTP),
species sightings with precise coordinates, photos (with EXIF) and sound recordings,
identifications, comments and direct messages, protected-species location obscuring, ranger
patrols and waypoints (SMART / EarthRanger-shaped payloads), poaching and human-wildlife-conflict
incident reports and compensation, road-kill and rescue reports, camera traps and GPS collars,
donations (e-commerce spec, Stripe-, M-Pesa- and Meta-CAPI-shaped), memberships, volunteer event
sign-ups, international volunteer applications and ranger onboarding. Clients: analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter, and server libraries
(python, node, go, java, ruby, php, C#/.NET). Keys are mostly camelCase and snake_case; about a
fifth use other conventions real customers have: PascalCase from a .NET CRM and HR system,
kebab-case from Go patrol-sync and OTP services, SCREAMING_SNAKE from a reverse-ETL warehouse sync,
Swahili keys from a Kenyan community-scout backend and Canadian French keys from a Québec backend.

Hard cases on purpose, as real traffic has them: numeric and prefixed ids, SKUs, hashes, UUIDs,
M-Pesa receipts and Stripe ids; booleans, counters and enums under PII-sounding keys
(`email_verified`, `phone_verified`, `name_changes_count`, `show_real_name`, `license`, `sex` of
an animal, `health_status` of an animal, `serial_number` of an EarthRanger event); PII under
neutral keys; other people's data (team members, suspects, farmers, next of kin, household
members, gift recipients, emergency contacts, children, carers, staff); names of things
(products, adopted animals, a dog, conservancies, insurers, employers); businesses' own phones,
role mailboxes and addresses; coordinates that are and are not a person's.

Conventions: paths are flattened as portal.events.flatten does (`properties.a.b`,
`properties.list[].x`); every path keeps one label across all events (the builder refuses a
conflict). Values are fake but well formed: Canadian SINs and Ontario health numbers pass Luhn,
Australian TFNs and Medicare numbers pass their weighted checks, ORCID iDs pass ISO 7064 11-2,
VINs carry a valid check digit, cards pass Luhn, IBANs pass mod-97; phones use Kenyan, Canadian
and Australian national and international formats.

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- PII = personal data about a natural person (user, recipient, contact, dependant, staff, ranger,
  suspect, farmer): names and usernames, contact details, the person's own address, village or
  precise location, birth dates (a birth year too), government ids, bank accounts and full card
  numbers, health and other special categories, credentials and secrets, IPs, advertising ids.
  Colour: the reference's default for that matcher; outside the table, red for credentials and
  secrets, cards, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we or a vendor issue (observation, patrol, incident, claim, member, receipt,
  M-Pesa receipt, Stripe customer ids, employee / service numbers), versions, timestamps,
  hashes of non-PII, amounts, enums, counters and booleans even under PII-sounding keys, product,
  plan, species, animal, company, conservancy and lodge names, places that are not a person's
  (a park, a road, a municipality where a sighting was made, a vet clinic), country, province,
  county, locale, timezone, currency, user agents, OS-issued analytics device ids.
- The brief's contested-case policy is followed as written: member / claim / customer numbers,
  ages and age bands, marital status, job titles, employers, businesses' phones, role mailboxes
  and addresses, pets' and animals' names are green; insurance policy numbers (`identification`),
  pay and stipends (`salary`), plates (`license`), VINs (`serial`), gclid / fbclid / fbp / fbc
  (`advertising id`), billing addresses (`address`), trade-union membership (`trade union`)
  are yellow; payment-method tokens, one-time codes and reset-link tokens (`token`), health
  numbers (`health id`), identity-document numbers (`national id` / `passport`) and visa
  sponsorship answers (`visa`) are red.
- A boolean or enum that itself reveals a special category (an injury severity, an
  accessibility need, a blood group, an Indigenous status, a language group, a tribe) is labelled
  as that category in its matcher's colour.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `destination`, `calendar_id`); such a path holds that PII in every value.
  Free text is labelled by what every value carries and is green when no value carries PII:
  the generators make each PII-labelled free-text field carry its PII in every value
  (`text`, `note`, `handover-note`) and each green one (`description`, `body`, `maelezo`,
  `remarques`, `field_note`, `bio`, gift `message`) carry none.

Rules decided here where the brief is silent (what a careful privacy owner would want):
- Precise coordinates (4+ decimals) of where a person is or was (a sighting, a waypoint of a
  ranger patrol, a road-kill or SOS report, a farm, EXIF GPS) are `geolocation` yellow.
  Coordinates of things that are not a person's position (a fixed camera-trap station, a
  collared elephant's fix, a map viewport, a location obscured to a 0.2-degree cell) are green.
- Wildlife photos and sound files are green; profile photos, avatars and the EXIF artist are
  personal (`photo` / `name`). An animal's sex is green; a suspect's sex is `gender`.
- Usernames and logins of people are `name` (they identify the person).
- Serial numbers of the organisation's equipment (camera traps, collars) and EarthRanger event
  serial numbers are green; a person's own camera body serial is `serial` yellow, like a VIN.
- Hashes of personal data sent for ad matching (Meta CAPI `em`, `ph`, a warehouse
  EMAIL_SHA256) keep the type and colour of what they hash: they still single out the person.
- A work e-mail or mobile of a named staff member is personal (`email` / `phone`); a role mailbox
  or an office line is not.
- Working-with-children check numbers and first-aid certificate numbers are
  `certificate|identification` yellow; an ORCID iD is `identification` yellow.
- A village or remote community a person lives in is `city` yellow.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- names and places -------------------------------------------------------------------------------

KE_FIRST = [
    "Wanjiru",
    "Otieno",
    "Achieng",
    "Kiprotich",
    "Njeri",
    "Mutua",
    "Chebet",
    "Wafula",
    "Akinyi",
    "Lekishon",
    "Naserian",
    "Kamau",
    "Halima",
    "Abdi",
    "Nyokabi",
    "Barasa",
    "Jeptoo",
    "Mwangi",
]
KE_LAST = [
    "Kamau",
    "Odhiambo",
    "Ouma",
    "Kipchoge",
    "Wambui",
    "Mutiso",
    "Lekolool",
    "Ole Sankale",
    "Njoroge",
    "Hassan",
    "Omondi",
    "Chepkoech",
    "Wekesa",
    "Lemayian",
    "Githinji",
    "Korir",
]
CA_FIRST = [
    "Émilie",
    "Jean-François",
    "Mathieu",
    "Geneviève",
    "Olivier",
    "Chantal",
    "Liam",
    "Harpreet",
    "Wei",
    "Tanya",
    "Siku",
    "Marc-André",
    "Océane",
    "Raj",
    "Kateri",
    "Nathalie",
    "Connor",
]
CA_LAST = [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Lavoie",
    "Cardinal",
    "Sinclair",
    "Singh",
    "Wong",
    "MacDonald",
    "Kaludjak",
    "Bélanger",
    "Nguyen",
    "Fortin",
    "Petawabano",
]
AU_FIRST = [
    "Mia",
    "Jack",
    "Chloe",
    "Lachlan",
    "Thi Hoa",
    "Georgios",
    "Aaliyah",
    "Bree",
    "Koby",
    "Jarrah",
    "Isabella",
    "Hamish",
    "Mandawuy",
    "Priya",
    "Tahnee",
    "Darcy",
]
AU_LAST = [
    "Smith",
    "Nguyen",
    "Papadopoulos",
    "Yunupingu",
    "Williams",
    "Marika",
    "O'Connor",
    "Rossi",
    "Tran",
    "Kelly",
    "Wilson",
    "Gurruwiwi",
    "Brown",
    "Chatterjee",
    "Mununggurr",
    "Taylor",
]
INTL_FIRST = ["Lena", "Hiroshi", "Beatriz", "Arjun", "Freya", "Tomasz", "Aoife", "Mehmet", "Sina"]
INTL_LAST = ["Schneider", "Tanaka", "Oliveira", "Iyer", "Lindqvist", "Nowak", "Byrne", "Demir"]
REGIONS = ["KE", "CA", "AU"]
MAIL = [
    "gmail.com",
    "yahoo.co.ke",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "videotron.ca",
    "sympatico.ca",
    "bigpond.com",
    "optusnet.com.au",
    "protonmail.com",
    "uonbi.ac.ke",
    "ualberta.ca",
    "unimelb.edu.au",
]
KE_TOWNS = ["Nairobi", "Nanyuki", "Nakuru", "Narok", "Kisumu", "Isiolo", "Maralal", "Voi", "Kajiado"]
KE_VILLAGES = ["Il Ngwesi", "Kimana", "Mbirikani", "Sekenani", "Archers Post", "Kipsing", "Rombo", "Ewaso"]
CA_TOWNS = ["Montréal", "Québec", "Sherbrooke", "Toronto", "Whitehorse", "Yellowknife", "Edmonton", "Halifax"]
AU_TOWNS = ["Cairns", "Darwin", "Alice Springs", "Hobart", "Bendigo", "Broome", "Wollongong", "Fitzroy"]
AU_COMMUNITIES = ["Maningrida", "Yirrkala", "Galiwin'ku", "Ngukurr", "Wadeye", "Borroloola"]
PARKS = [
    "Nairobi National Park",
    "Lewa Wildlife Conservancy",
    "Maasai Mara National Reserve",
    "Amboseli National Park",
    "Tsavo East National Park",
    "Parc national de la Mauricie",
    "Parc national du Mont-Tremblant",
    "Banff National Park",
    "Kakadu National Park",
    "Daintree National Park",
    "Wilsons Promontory",
    "Ol Pejeta Conservancy",
]
SPECIES = [
    ("African Elephant", "Loxodonta africana", "Mammalia", "EN"),
    ("Black Rhinoceros", "Diceros bicornis", "Mammalia", "CR"),
    ("Grévy's Zebra", "Equus grevyi", "Mammalia", "EN"),
    ("Lion", "Panthera leo", "Mammalia", "VU"),
    ("Secretary Bird", "Sagittarius serpentarius", "Aves", "EN"),
    ("Grey Crowned Crane", "Balearica regulorum", "Aves", "EN"),
    ("Woodland Caribou", "Rangifer tarandus caribou", "Mammalia", "VU"),
    ("Common Loon", "Gavia immer", "Aves", "LC"),
    ("Monarch", "Danaus plexippus", "Insecta", "EN"),
    ("Blanding's Turtle", "Emydoidea blandingii", "Reptilia", "EN"),
    ("Eastern Grey Kangaroo", "Macropus giganteus", "Mammalia", "LC"),
    ("Koala", "Phascolarctos cinereus", "Mammalia", "EN"),
    ("Southern Cassowary", "Casuarius casuarius", "Aves", "VU"),
    ("Common Wombat", "Vombatus ursinus", "Mammalia", "LC"),
    ("Saltwater Crocodile", "Crocodylus porosus", "Reptilia", "LC"),
]
ANIMAL_NAMES = ["Mzee", "Tim", "Fatu", "Najin", "Kanga", "Boomer", "Grey Ghost", "Sky", "Baraka", "Pemba"]
CONSERVANCIES = ["Lewa", "Ol Pejeta", "Il Ngwesi", "Naibunga", "Mara North", "Kalama", "Westgate"]


def region(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, where: str | None = None) -> str:
    where = where or f.pick([*REGIONS, "INTL"])
    return f.pick({"KE": KE_FIRST, "CA": CA_FIRST, "AU": AU_FIRST, "INTL": INTL_FIRST}[where])


def last(f: Fake, where: str | None = None) -> str:
    where = where or f.pick([*REGIONS, "INTL"])
    return f.pick({"KE": KE_LAST, "CA": CA_LAST, "AU": AU_LAST, "INTL": INTL_LAST}[where])


def full_name(f: Fake, where: str | None = None) -> str:
    where = where or f.pick([*REGIONS, "INTL"])
    return f"{first(f, where)} {last(f, where)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèêëçàâîïôöüûıÉ", "eeeecaaiioouuiE")
    return s.translate(table).lower().replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake, where: str | None = None) -> str:
    fn, ln = ascii_fold(first(f, where)), ascii_fold(last(f, where))
    local = f.pick([f"{fn}.{ln}", f"{fn}{ln[:1]}{f.r.randint(1, 99)}", f"{fn[:1]}{ln}", f"{ln}_{fn}"])
    return f"{local}@{f.pick(MAIL)}"


def username(f: Fake) -> str:
    fn, ln = ascii_fold(first(f)), ascii_fold(last(f))
    return f.pick([f"{fn}_{ln[:1]}", f"{fn}{f.r.randint(1, 999)}", f"{ln}.{fn[:3]}", f"{fn}_birds"])


def phone_ke(f: Fake) -> str:
    prefix = f.pick(["70", "71", "72", "74", "79", "11", "73", "75"])
    rest = f"{f.r.randint(0, 9)}{f.r.randint(100000, 999999)}"
    style = f.r.randint(0, 3)
    if style == 0:
        return f"+254{prefix}{rest}"
    if style == 1:
        return f"0{prefix}{rest[0]} {rest[1:4]} {rest[4:]}"
    if style == 2:
        return f"254{prefix}{rest}"
    return f"+254 {prefix}{rest[0]} {rest[1:4]} {rest[4:]}"


def phone_ca(f: Fake) -> str:
    area = f.pick(["514", "438", "418", "819", "416", "647", "780", "867", "902", "604"])
    ex, line = f.r.randint(220, 989), f.r.randint(1000, 9999)
    return f.pick(
        [f"({area}) {ex}-{line}", f"+1{area}{ex}{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}"]
    )


def phone_au(f: Fake) -> str:
    a, b = f.r.randint(100, 999), f.r.randint(100, 999)
    mob = f"4{f.r.randint(0, 9)}{f.r.randint(0, 9)}"
    land_area = f.pick(["2", "3", "7", "8"])
    return f.pick(
        [
            f"0{mob} {a} {b}",
            f"+61 {mob} {a} {b}",
            f"+61{mob}{a}{b}",
            f"(0{land_area}) {f.r.randint(4000, 9999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    return {"KE": phone_ke, "CA": phone_ca, "AU": phone_au}[where](f)


def ca_postcode(f: Fake) -> str:
    first_letters, letters = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
    return (
        f"{f.pick(first_letters)}{f.r.randint(0, 9)}{f.pick(letters)} "
        f"{f.r.randint(0, 9)}{f.pick(letters)}{f.r.randint(0, 9)}"
    )


def au_postcode(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(3000, 3999)}",
            f"{f.r.randint(2000, 2999)}",
            f"0{f.r.randint(800, 899)}",
            f"{f.r.randint(4000, 4999)}",
        ]
    )


def ke_postcode(f: Fake) -> str:
    return f.pick(["00100", "00200", "10400", "20100", "20500", "60300", "80100", "00606"])


def postcode(f: Fake) -> str:
    return f.pick([ca_postcode, au_postcode, ke_postcode])(f)


def street(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    n = f.r.randint(1, 4999)
    if where == "KE":
        return f.pick(
            [
                f"P.O. Box {f.r.randint(100, 99999)}-{ke_postcode(f)}",
                f"Hse No. {f.r.randint(1, 80)}, {f.pick(['Ngong Rd', 'Kiambu Rd', 'Nanyuki Rd', 'Moi Ave'])}",
                f"Plot {f.r.randint(10, 900)}, {f.pick(['Karen', 'Kilimani', 'Lavington', 'Milimani'])}",
            ]
        )
    if where == "CA":
        return f.pick(
            [
                f"{n} rue {f.pick(['Saint-Denis', 'Sherbrooke Est', 'Wellington', 'des Érables'])}",
                f"{n} {f.pick(['Whyte Ave NW', 'Queen St W', 'Main St', 'Robson St'])}",
                f"{f.r.randint(1, 40)}-{n} boul. {f.pick(['René-Lévesque', 'Laurier', 'Saint-Joseph'])}",
            ]
        )
    return f.pick(
        [
            f"{n % 400 + 1} {f.pick(['Brunswick St', 'Sheridan St', 'Smith St', 'Esplanade'])}",
            f"Unit {f.r.randint(1, 30)}/{n % 200 + 1} {f.pick(['Beach Rd', 'Mitchell St', 'Todd St'])}",
        ]
    )


CA_TOWN_PROV = {
    "Montréal": ("QC", "H"),
    "Québec": ("QC", "G"),
    "Sherbrooke": ("QC", "J"),
    "Toronto": ("ON", "M"),
    "Whitehorse": ("YT", "Y"),
    "Yellowknife": ("NT", "X"),
    "Edmonton": ("AB", "T"),
    "Halifax": ("NS", "B"),
}
AU_TOWN_STATE = {
    "Cairns": ("QLD", 4870),
    "Darwin": ("NT", 800),
    "Alice Springs": ("NT", 870),
    "Hobart": ("TAS", 7000),
    "Bendigo": ("VIC", 3550),
    "Broome": ("WA", 6725),
    "Wollongong": ("NSW", 2500),
    "Fitzroy": ("VIC", 3065),
}


def full_address(f: Fake) -> str:
    where = region(f)
    if where == "KE":
        return f"{street(f, 'KE')}, {f.pick(KE_TOWNS)}"
    if where == "CA":
        city = f.pick(CA_TOWNS)
        prov, letter = CA_TOWN_PROV[city]
        return f"{street(f, 'CA')}, {city}, {prov} {letter}{ca_postcode(f)[1:]}"
    city = f.pick(AU_TOWNS)
    state, code = AU_TOWN_STATE[city]
    return f"{street(f, 'AU')}, {city} {state} {code + f.r.randint(0, 9):04d}"


def town(f: Fake) -> str:
    return f.pick(KE_TOWNS + CA_TOWNS + AU_TOWNS)


# -- coordinates ------------------------------------------------------------------------------------

BOXES = {"KE": (-4.6, 4.9, 34.0, 41.8), "CA": (42.5, 68.0, -139.0, -53.0), "AU": (-43.0, -11.0, 114.0, 153.5)}


def lat(f: Fake, where: str | None = None, places: int = 6) -> float:
    lo, hi, _, _ = BOXES[where or region(f)]
    return round(f.r.uniform(lo, hi), places)


def lon(f: Fake, where: str | None = None, places: int = 6) -> float:
    _, _, lo, hi = BOXES[where or region(f)]
    return round(f.r.uniform(lo, hi), places)


def point(f: Fake, places: int = 6) -> str:
    where = region(f)
    return f"{lat(f, where, places)},{lon(f, where, places)}"


def coarse_point(f: Fake) -> str:
    where = region(f)
    return f"{round(lat(f, where) / 0.2) * 0.2:.1f},{round(lon(f, where) / 0.2) * 0.2:.1f}"


# -- identifiers with real structure -------------------------------------------------------------


def sin_ca(f: Fake) -> str:
    number = f.luhn_complete(
        str(f.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    )
    return f.pick(
        [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
    )


def tfn_au(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        body = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        check = sum(w * d for w, d in zip(weights, body, strict=False)) % 11
        if check < 10:
            digits = "".join(map(str, [*body, check]))
            return f.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def medicare_au(f: Fake) -> str:
    body = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(w * d for w, d in zip([1, 3, 7, 9, 1, 3, 7, 9], body, strict=True)) % 10
    issue = f.r.randint(1, 5)
    digits = "".join(map(str, body)) + str(check) + str(issue)
    return f.pick([digits, f"{digits[:4]} {digits[4:9]} {digits[9]}"])


def ohip(f: Fake) -> str:
    number = f.luhn_complete("".join(str(f.r.randint(0, 9)) for _ in range(9)))
    version = "".join(f.pick(string.ascii_uppercase) for _ in range(2))
    return f.pick([number, f"{number[:4]}-{number[4:7]}-{number[7:]}-{version}", f"{number} {version}"])


def ramq(f: Fake) -> str:
    ln = ascii_fold(last(f, "CA")).upper()[:3].ljust(3, "X")
    fn = ascii_fold(first(f, "CA")).upper()[:1]
    yy, mm, dd = f.r.randint(0, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    return f"{ln}{fn} {yy:02d}{mm:02d} {dd:02d}{f.r.randint(10, 99)}"


def ke_national_id(f: Fake) -> str:
    return str(f.r.randint(10_000_000, 39_999_999))


def kra_pin(f: Fake) -> str:
    return f"A{f.r.randint(0, 999_999_999):09d}{f.pick(string.ascii_uppercase)}"


def orcid(f: Fake) -> str:
    base = "0000000" + str(f.r.randint(1, 3)) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    s = base + ("X" if check == 10 else str(check))
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


VIN_VALUES = {**{str(d): d for d in range(10)}}
VIN_VALUES.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["JTE", "JTM", "2T1", "2HG", "6FP", "MR0", "1FT"])
    body = (
        wmi
        + "".join(f.pick(chars) for _ in range(5))
        + "0"
        + f.pick("KLMNPR")
        + "".join(f.pick(chars) for _ in range(7))
    )
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    check = sum(VIN_VALUES[c] * w for c, w in zip(body, weights, strict=True)) % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


def plate(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"K{f.pick('BCD')}{f.pick(up)} {f.r.randint(100, 999)}{f.pick(up)}",
            f"{f.pick(up)}{f.pick(up)}{f.pick(up)}{f.pick(up)} {f.r.randint(100, 999)}",
            f"{f.pick(up)}{f.r.randint(10, 99)} {f.pick(up)}{f.pick(up)}{f.pick(up)}",
            f"{f.r.randint(1, 9)}{f.pick(up)}{f.pick(up)}{f.r.randint(1, 9)}{f.pick(up)}{f.pick(up)}",
        ]
    )


def passport(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"A{f.pick('KB')}{f.r.randint(1_000_000, 9_999_999)}",
            f"{f.pick(up)}{f.pick(up)}{f.r.randint(100_000, 999_999)}",
            f"P{f.pick('ABNE')}{f.r.randint(1_000_000, 9_999_999)}",
            f"C{f.pick('FGHJ')}{f.r.randint(10, 99)}{f.pick(up)}{f.pick(up)}{f.r.randint(100, 999)}",
        ]
    )


def b64url(f: Fake, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(f.pick(alphabet) for _ in range(n))


def alnum(f: Fake, n: int, upper: bool = False) -> str:
    alphabet = (string.ascii_uppercase if upper else string.ascii_letters) + string.digits
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + b64url(f, 70) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64url(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100_000_000, 2_147_483_647)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def mpesa_receipt(f: Fake) -> str:
    return f.pick("QRST") + alnum(f, 9, upper=True)


def ke_account(f: Fake) -> str:
    return f.pick(["0110", "1100", "0200", "1234"]) + "".join(str(f.r.randint(0, 9)) for _ in range(9))


def sha256_hex(f: Fake) -> str:
    return f.hexid(64)


def exif_datetime(f: Fake) -> str:
    r = f.r
    day = f"2024:{r.randint(1, 12):02d}:{r.randint(1, 28):02d}"
    return f"{day} {r.randint(5, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def ms(f: Fake) -> int:
    return f.r.randint(40, 4000)


def taxon(f: Fake):
    return f.pick(SPECIES)


# -- free text ------------------------------------------------------------------------------------


def clean_note(f: Fake) -> str:
    return f.pick(
        [
            "Pair feeding near the waterhole at dusk.",
            "Fresh dung and tracks heading north.",
            "Juvenile, still with mother.",
            "Heard before seen, called three times.",
            "Herd of about twelve crossing the lugga.",
            "Tagged animal, collar visible.",
            "",
            "Possible hybrid? Please check the wing bars.",
            "Observé au bord du lac, vent fort.",
            "Ndovu wawili karibu na bwawa.",
        ]
    )


def text_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Karibu! WhatsApp me on {phone_ke(f)} and I'll share the GPS pin.",
            f"Call me on {phone(f)} if you want to join the bird walk Saturday.",
            f"Text {phone_au(f)} when you're at the gate, we'll go look for the cassowary.",
            f"Tu peux m'appeler au {phone_ca(f)} pour le recensement.",
            f"My number is {phone(f)} - happy to show you the nest.",
        ]
    )


def text_with_email(f: Fake) -> str:
    return f.pick(
        [
            f"Please reply to {email(f)}, I lost my observations after the update.",
            f"App crashes on upload. Contact {email(f)}",
            f"Love the app! Could you add Swahili names? {email(f)}",
            f"Merci! Écrivez-moi à {email(f)} pour le bug de la carte.",
            f"Sync failed again on patrol. my email is {email(f)}",
        ]
    )


def text_with_name(f: Fake) -> str:
    name = full_name(f, f.pick(["KE", "AU", "CA"]))
    return f.pick(
        [
            f"Snare wires handed over to Cpl. {name} at the main gate.",
            f"Guided by {name}, saw the pride at first light.",
            f"Carcass verified by {name} from the vet unit.",
            f"{name} took over the radio at 14:00.",
        ]
    )


# -- contexts sent by the client libraries ---------------------------------------------------------

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SITE = "https://www.wildwatch.example.org"


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.73.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/observations", "/donate", "/volunteer/events", "/species/41", "/"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.facebook.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=sw", "?place=6986"])
            ),
            "title": G(
                lambda f: f.pick(["WildWatch", "Donate | WildWatch", "Volunteer with us", "Observations"])
            ),
            "url": G(lambda f: SITE + f.pick(["/observations", "/donate", "/volunteer/events", "/"])),
        },
        "userAgent": G(lambda f: f.pick(BROWSER_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-KE", "sw-KE", "fr-CA", "en-CA", "en-AU"])),
        "timezone": G(
            lambda f: f.pick(["Africa/Nairobi", "America/Toronto", "America/Montreal", "Australia/Darwin"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["world_elephant_day", "giving_tuesday", "bioblitz_2024", "eofy_appeal"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["adopt an elephant", "rhino donation", "bird count volunteer", "koala rescue"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "footer_link", "video_ad_15s"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "WildWatch"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4402"])),
            "namespace": G(lambda f: "org.wildwatch.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Safaricom", "Telstra", "Bell", "Vidéotron"])),
        },
        "locale": G(lambda f: f.pick(["en-KE", "en-AU", "fr-CA", "en-CA"])),
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "Australia/Brisbane", "America/Toronto"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "username": Y(lambda f: username(f), "name"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "WildWatch"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "org.wildwatch.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145F", "TECNO KI7", "Pixel 7a", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a14", "KI7", "lynx", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([720, 1080, 1080])),
            "height": G(lambda f: f.pick([1600, 2400, 2340])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Safaricom", "Airtel KE", "Telstra", "Rogers"])),
        },
        "locale": G(lambda f: f.pick(["en-KE", "sw-KE", "en-AU", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "Australia/Darwin", "America/Edmonton"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KI7 Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: lat(f), "geolocation"),
            "longitude": Y(lambda f: lon(f), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 12.5])),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "WildWatch"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["4200", "431", "440"])),
            "namespace": G(lambda f: f.pick(["org.wildwatch.ios", "org.wildwatch.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S911B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.18.0", "2.19.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-KE", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Africa/Nairobi", "America/Montreal"])),
        "traits": {
            "first_name": Y(lambda f: first(f), "name"),
            "email": Y(lambda f: email(f), "email"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Jamii Wildlife"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0", "2.1.4"])),
            "build": G(lambda f: f.pick(["203", "210", "214"])),
            "namespace": G(lambda f: "ke.jamiiwildlife.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Infinix", "Apple"])),
            "model": G(lambda f: f.pick(["TECNO KI7", "SM-A055F", "Infinix X6525", "iPhone12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "12", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 828])),
            "height": G(lambda f: f.pick([1612, 2460, 1792])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["sw-KE", "en-KE", "fr-CA"])),
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "America/Montreal", "America/Toronto"])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.0.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.1", "3.3.1"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.0"],
    "analytics-csharp": ["2.3.6", "2.3.4", "2.4.0"],
}


def server_context(library: str, with_ip: bool = False):
    def make(f: Fake):
        ctx = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if with_ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        return ctx

    return make


def python_sw_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics-python"),
            "version": G(lambda f: f.pick(SERVER_VERSIONS["analytics-python"])),
        },
        "locale": G(lambda f: "sw-KE"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def php_fr_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics-php"),
            "version": G(lambda f: f.pick(SERVER_VERSIONS["analytics-php"])),
        },
        "locale": G(lambda f: "fr-CA"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "userAgent": G(lambda f: f.pick(BROWSER_UAS)),
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python", with_ip=True),
    "python_sw": python_sw_context,
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php_fr": php_fr_context,
    "dotnet": server_context("analytics-csharp"),
}

# -- shared pieces --------------------------------------------------------------------------------

LAT = Y(lambda f: lat(f), "geolocation")
LON = Y(lambda f: lon(f), "geolocation")


def adoption_product():
    return {
        "product_id": G(lambda f: f"prod_{alnum(f, 14)}"),
        "sku": G(
            lambda f: f.pick(
                ["ADOPT-ELE-12M", "ADOPT-RHINO-12M", "ADOPT-KOALA-6M", "KIT-PLUSH-LOON", "GIFT-CARIBOU-CARD"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Adopt an Elephant - 12 months",
                    "Adopt a Rhino",
                    "Koala Adoption Kit",
                    "Plush Common Loon",
                    "Caribou Gift Card",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Adoptions", "Gifts", "Merchandise"])),
        "variant": G(lambda f: f.pick(["digital", "with plush", "premium", "standard"])),
        "price": G(lambda f: f.pick([35.0, 50.0, 75.0, 120.0, 24.99])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "animal_name": G(lambda f: f.pick(ANIMAL_NAMES)),
    }


# -- events -------------------------------------------------------------------------------------

EVENTS = [
    # -- observer accounts ------------------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "username": Y(lambda f: username(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "avatar_url": Y(
                lambda f: f"https://static.wildwatch.example.org/avatars/{f.digits(7)}/medium.jpg", "photo"
            ),
            "birth_year": Y(lambda f: f.r.randint(1948, 2008), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "55-64"])),
            "orcid": Y(lambda f: orcid(f), "identification"),
            "observer_level": G(lambda f: f.pick(["novice", "naturalist", "expert", "curator"])),
            "observations_count": G(lambda f: f.r.randint(0, 4000)),
            "species_count": G(lambda f: f.r.randint(0, 900)),
            "identifications_count": G(lambda f: f.r.randint(0, 12000)),
            "created_at": G(lambda f: f.iso()),
            "preferred_language": G(lambda f: f.pick(["en", "sw", "fr", "en-AU"])),
            "home_country": G(lambda f: f.pick(["KE", "CA", "AU", "TZ"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Birder since 2009.",
                        "Herp nerd. Photos CC-BY.",
                        "Ranger, Northern Rangelands.",
                        "Observatrice amateure, Mauricie.",
                        "",
                    ]
                )
            ),
            "notifications": {
                "push": G(lambda f: f.pick([True, False])),
                "email_digest": G(lambda f: f.pick(["daily", "weekly", "never"])),
            },
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(lambda f: email(f), "email"),
            "username": Y(lambda f: username(f), "name"),
            "referral_code": G(lambda f: "WILD-" + alnum(f, 4, upper=True)),
            "accepted_terms": G(lambda f: True),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["KE", "CA", "AU", "UG"])),
            "how_did_you_hear": G(
                lambda f: f.pick(["friend", "school", "ranger talk", "instagram", "bioblitz"])
            ),
        },
    ),
    (
        "track",
        "Signed In",
        "kotlin",
        {
            "method": G(lambda f: f.pick(["password", "google", "magic_link", "apple"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python",
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_token": RED(lambda f: b64url(f, 43), "token"),
            "reset_link": RED(
                lambda f: "https://www.wildwatch.example.org/password/reset?token=" + b64url(f, 43), "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "request_ip": Y(lambda f: f.ipv4(), "ip"),
            "account_locked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        {
            "user-id": G(lambda f: f.digits(7)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "destination": Y(lambda f: phone(f), "phone", True),
            "otp-code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "vonage"])),
            "message-sid": G(lambda f: "SM" + f.hexid(32)),
            "expires-in-sec": G(lambda f: f.pick([300, 600, 120])),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["bio", "avatar", "display_name", "place", "language"])), 3
            ),
            "display_name": Y(lambda f: full_name(f), "name"),
            "avatar_url": Y(
                lambda f: f"https://static.wildwatch.example.org/avatars/{f.digits(7)}/medium.jpg", "photo"
            ),
            "location_sharing": G(lambda f: f.pick(["open", "obscured", "private"])),
            "show_real_name": G(lambda f: f.pick([True, False])),
            "name_changes_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Nature Kenya Bird Walk",
                        "Club des ornithologues de Québec",
                        "BirdLife Northern Queensland",
                        "Lewa Community Scouts",
                        "Yukon Bioblitz",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Non-profit", "Education", "Government"])),
            "plan": G(lambda f: f.pick(["community", "organisation", "enterprise"])),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://naturekenya.example.org",
                        "https://coq.example.ca",
                        "https://birdlife.example.au",
                    ]
                )
            ),
            "office_phone": G(
                lambda f: f.pick(["+254 20 374 9957", "+1 418 555 0182", "+61 7 4051 0000", "020 3537568"])
            ),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "info@naturekenya.example.org",
                        "secretariat@coq.example.ca",
                        "hello@birdlife.example.au",
                        "scouts@lewa.example.org",
                    ]
                )
            ),
            "country": G(lambda f: f.pick(["KE", "CA", "AU"])),
            "region": G(lambda f: f.pick(["Laikipia", "Québec", "Queensland", "Yukon", "Nairobi"])),
            "registration_number": G(
                lambda f: f.pick(["OP.218/051/2011/0412", "118830475RR0001", "ABN 62 142 358 519"])
            ),
            "member_count": G(lambda f: f.r.randint(5, 12000)),
        },
    ),
    # -- sightings -----------------------------------------------------------------------------------
    (
        "track",
        "Observation Created",
        "swift",
        {
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "uuid": G(lambda f: f.uuid()),
            "taxon_id": G(lambda f: f.r.randint(1, 1_500_000)),
            "common_name": G(lambda f: taxon(f)[0]),
            "scientific_name": G(lambda f: taxon(f)[1]),
            "iconic_taxon": G(lambda f: taxon(f)[2]),
            "sex": G(lambda f: f.pick(["male", "female", "unknown"])),
            "life_stage": G(lambda f: f.pick(["adult", "juvenile", "egg", "larva"])),
            "count": G(lambda f: f.r.randint(1, 60)),
            "latitude": LAT,
            "longitude": LON,
            "positional_accuracy_m": G(lambda f: f.pick([3, 5, 12, 30, 150])),
            "geoprivacy": G(lambda f: f.pick(["open", "obscured", "private"])),
            "place_guess": G(lambda f: f.pick(PARKS)),
            "observed_on": G(lambda f: f.date(2023, 2024)),
            "captive_cultivated": G(lambda f: f.pick([True, False])),
            "photos_count": G(lambda f: f.r.randint(0, 6)),
            "description": G(clean_note),
        },
    ),
    (
        "track",
        "Observation Viewed",
        "web",
        {
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "taxon_name": G(lambda f: taxon(f)[1]),
            "quality_grade": G(lambda f: f.pick(["research", "needs_id", "casual"])),
            "list_position": G(lambda f: f.r.randint(1, 200)),
            "view_source": G(lambda f: f.pick(["explore", "project", "profile", "notification"])),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "path": G(lambda f: f"/observations/{f.r.randint(180_000_000, 240_000_000)}"),
            "url": G(lambda f: f"{SITE}/observations/{f.r.randint(180_000_000, 240_000_000)}"),
            "title": G(lambda f: f"{taxon(f)[0]} observed in {f.pick(PARKS)}"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", SITE + "/explore"])),
            "search": G(lambda f: f.pick(["", "?tab=identify", "?locale=sw"])),
        },
    ),
    (
        "screen",
        None,
        "kotlin",
        {
            "map_layer": G(lambda f: f.pick(["satellite", "terrain", "heatmap", "protected_areas"])),
            "zoom": G(lambda f: round(f.r.uniform(4, 17), 1)),
            "viewport": {
                "north": G(lambda f: round(f.r.uniform(-40, 65), 3)),
                "south": G(lambda f: round(f.r.uniform(-43, 60), 3)),
                "east": G(lambda f: round(f.r.uniform(-130, 150), 3)),
                "west": G(lambda f: round(f.r.uniform(-135, 145), 3)),
            },
            "filter_taxon": G(lambda f: f.pick(["Aves", "Mammalia", "all", "Reptilia"])),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        "kotlin",
        {
            "photo_id": G(lambda f: f.r.randint(300_000_000, 400_000_000)),
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "license": G(lambda f: f.pick(["cc-by-nc", "cc-by", "cc0", "all-rights-reserved"])),
            "width": G(lambda f: f.pick([2048, 4032, 1536])),
            "height": G(lambda f: f.pick([1536, 3024, 2048])),
            "file_size_bytes": G(lambda f: f.r.randint(200_000, 9_000_000)),
            "sha256": G(sha256_hex),
            "photo_url": G(
                lambda f: f"https://static.wildwatch.example.org/photos/{f.digits(9)}/original.jpg"
            ),
            "exif": {
                "make": G(
                    lambda f: f.pick(["Canon", "NIKON CORPORATION", "samsung", "OM Digital Solutions"])
                ),
                "model": G(lambda f: f.pick(["Canon EOS R7", "NIKON Z 6_2", "SM-A145F", "OM-1"])),
                "lens_model": G(
                    lambda f: f.pick(["RF100-500mm F4.5-7.1 L IS USM", "NIKKOR Z 180-600mm", ""])
                ),
                "datetime_original": G(exif_datetime),
                "gps_latitude": Y(lambda f: lat(f), "geolocation"),
                "gps_longitude": Y(lambda f: lon(f), "geolocation"),
                "artist": Y(lambda f: full_name(f), "name"),
                "body_serial_number": Y(lambda f: f.pick(["0", "1", "3", "2"]) + f.digits(11), "serial"),
            },
            "upload_ms": G(ms),
        },
    ),
    (
        "track",
        "Sound Recorded",
        "flutter",
        {
            "recording_id": G(lambda f: f.uuid()),
            "duration_s": G(lambda f: round(f.r.uniform(3, 180), 1)),
            "sample_rate_hz": G(lambda f: f.pick([44100, 48000, 22050])),
            "format": G(lambda f: f.pick(["m4a", "wav", "mp3"])),
            "file_url": G(lambda f: f"https://static.wildwatch.example.org/sounds/{f.digits(8)}.m4a"),
            "latitude": LAT,
            "longitude": LON,
            "detected_species": Many(
                {
                    "code": G(lambda f: f.pick(["grccra1", "secbir1", "comloo", "soucas1", "afrele1"])),
                    "confidence": G(lambda f: round(f.r.uniform(0.1, 0.99), 2)),
                },
                3,
            ),
            "contains_human_voice": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identification Added",
        "web",
        {
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "identification_id": G(lambda f: f.r.randint(400_000_000, 500_000_000)),
            "taxon_id": G(lambda f: f.r.randint(1, 1_500_000)),
            "taxon_name": G(lambda f: taxon(f)[1]),
            "category": G(lambda f: f.pick(["improving", "supporting", "leading", "maverick"])),
            "disagreement": G(lambda f: f.pick([True, False])),
            "observer_login": Y(lambda f: username(f), "name"),
            "own_observation": G(lambda f: f.pick([True, False])),
            "vision_suggestion_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Comment Posted",
        "rn",
        {
            "comment_id": G(lambda f: f.r.randint(10_000_000, 99_000_000)),
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "body": G(
                lambda f: f.pick(
                    [
                        "Great find!",
                        "Looks like a juvenile to me.",
                        "Check the tail pattern.",
                        "Belle observation!",
                        "Hongera!",
                        "Could be a hybrid.",
                    ]
                )
            ),
            "mentions_count": G(lambda f: f.r.randint(0, 3)),
            "parent_id": G(lambda f: f.r.randint(10_000_000, 99_000_000)),
            "language": G(lambda f: f.pick(["en", "fr", "sw"])),
        },
    ),
    (
        "track",
        "Message Sent",
        "swift",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "recipient_id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "text": Y(text_with_phone, "phone", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "is_first_message": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Observer Searched",
        "web",
        {
            "q": Y(lambda f: full_name(f), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "search_scope": G(lambda f: f.pick(["people", "projects_members"])),
        },
    ),
    (
        "track",
        "Species Searched",
        "flutter",
        {
            "search_term": G(
                lambda f: f.pick(["tembo", "kifaru", "crested crane", "huard", "caribou", "koala", "simba"])
            ),
            "results": G(lambda f: f.r.randint(0, 40)),
            "search_source": G(lambda f: f.pick(["field_guide", "observation_form", "camera_id"])),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Geoprivacy Changed",
        "python",
        {
            "observation_id": G(lambda f: f.r.randint(180_000_000, 240_000_000)),
            "taxon_name": G(lambda f: taxon(f)[1]),
            "previous_geoprivacy": G(lambda f: f.pick(["open", "obscured", "private"])),
            "new_geoprivacy": G(lambda f: f.pick(["obscured", "private", "open"])),
            "reason": G(lambda f: f.pick(["taxon_threatened", "user_choice", "project_rule"])),
            "conservation_status": G(lambda f: taxon(f)[3]),
            "private_location": Y(lambda f: point(f), "geolocation"),
            "public_location": G(coarse_point),
            "obscuration_cell_deg": G(lambda f: f.pick([0.2, 0.2, 0.1])),
            "automatic": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- rangers ----------------------------------------------------------------------------------
    (
        "track",
        "Patrol Started",
        "kotlin",
        {
            "patrol_id": G(lambda f: f"KE-{f.pick(['LWC', 'OPC', 'NRT', 'MMNR'])}-2024-{f.digits(4)}"),
            "patrol_type": G(lambda f: f.pick(["foot", "vehicle", "aerial", "boat"])),
            "conservancy": G(lambda f: f.pick(CONSERVANCIES)),
            "team_leader": Y(lambda f: full_name(f, "KE"), "name"),
            "team": Many(
                {
                    "service_no": G(lambda f: f"R{f.digits(5)}"),
                    "name": Y(lambda f: full_name(f, "KE"), "name"),
                    "role": G(lambda f: f.pick(["tracker", "driver", "scout", "medic"])),
                },
                5,
            ),
            "armed": G(lambda f: f.pick([True, False])),
            "vehicle_plate": Y(plate, "license"),
            "start_lat": Y(lambda f: lat(f, "KE"), "geolocation"),
            "start_lon": Y(lambda f: lon(f, "KE"), "geolocation"),
            "radio_callsign": G(lambda f: f.pick(["Kilo 3", "Tango 7", "Simba 1", "Echo 12"])),
            "planned_route": G(
                lambda f: f.pick(["Northern boundary loop", "River line", "Airstrip to Kisima", "Block 4"])
            ),
        },
    ),
    (
        "track",
        "Patrol Waypoint Logged",
        "kotlin",
        {
            "patrol_id": G(lambda f: f"KE-{f.pick(['LWC', 'OPC', 'NRT', 'MMNR'])}-2024-{f.digits(4)}"),
            "waypoint_seq": G(lambda f: f.r.randint(1, 400)),
            "lat": Y(lambda f: lat(f, "KE"), "geolocation"),
            "lon": Y(lambda f: lon(f, "KE"), "geolocation"),
            "altitude_m": G(lambda f: f.r.randint(400, 2600)),
            "accuracy_m": G(lambda f: f.pick([3, 4, 8, 15])),
            "observation_category": G(
                lambda f: f.pick(["wildlife", "threat", "infrastructure", "human_activity"])
            ),
            "field_note": G(clean_note),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Patrol Ended",
        "go",
        {
            "patrol-id": G(lambda f: f"KE-{f.pick(['LWC', 'OPC', 'NRT', 'MMNR'])}-2024-{f.digits(4)}"),
            "distance-km": G(lambda f: round(f.r.uniform(2, 38), 2)),
            "duration-min": G(lambda f: f.r.randint(30, 720)),
            "waypoints": G(lambda f: f.r.randint(4, 400)),
            "leader-name": Y(lambda f: full_name(f, "KE"), "name"),
            "leader-phone": Y(lambda f: phone_ke(f), "phone"),
            "incidents-reported": G(lambda f: f.r.randint(0, 4)),
            "track-gpx-url": G(lambda f: f"https://smart.example.org/exports/patrols/{f.uuid()}.gpx"),
            "sync-source": G(lambda f: f.pick(["smart-mobile", "earthranger", "cybertracker"])),
            "handover-note": Y(text_with_name, "name", True),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "EmployeeNumber": G(lambda f: f"EMP-{f.digits(5)}"),
            "FullName": Y(lambda f: full_name(f, "KE"), "name"),
            "WorkEmail": Y(
                lambda f: f"{ascii_fold(first(f, 'KE'))}.{ascii_fold(last(f, 'KE'))}@lewa.example.org",
                "email",
            ),
            "MobileNumber": Y(lambda f: phone_ke(f), "phone"),
            "NationalIdNumber": RED(ke_national_id, "national id"),
            "KraPin": RED(kra_pin, "national id"),
            "NhifNumber": RED(lambda f: f.digits(8), "health id"),
            "BloodGroup": Y(lambda f: f.pick(["O+", "A+", "B+", "AB-", "O-"]), "condition"),
            "DateOfBirth": Y(lambda f: f.date(1965, 2002), "birthdate"),
            "Rank": G(lambda f: f.pick(["Ranger", "Corporal", "Sergeant", "Inspector"])),
            "Station": G(lambda f: f.pick(["Kisima", "Mutunyi", "Sirikoi", "Ngare Ndare"])),
            "DateJoined": G(lambda f: f.date(2005, 2024)),
            "DailyAllowanceKes": Y(lambda f: f.pick([650, 800, 1200, 1500]), "salary"),
            "IsUnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "MaritalStatus": G(lambda f: f.pick(["single", "married", "widowed"])),
            "NextOfKin": {
                "Name": Y(lambda f: full_name(f, "KE"), "name"),
                "Relationship": G(lambda f: f.pick(["spouse", "mother", "brother", "daughter"])),
                "Phone": Y(lambda f: phone_ke(f), "phone"),
            },
            "BankAccount": {
                "BankName": G(lambda f: f.pick(["Equity Bank", "KCB", "Co-operative Bank", "Stanbic"])),
                "BranchCode": G(lambda f: f.pick(["068", "01129", "11020", "31000"])),
                "AccountNumber": RED(ke_account, "bank account"),
            },
        },
    ),
    (
        "track",
        "Ripoti ya Tukio",
        "python_sw",
        {
            "tukio_id": G(lambda f: f"TK-{f.digits(6)}"),
            "aina_ya_tukio": G(
                lambda f: f.pick(["uwindaji haramu", "mgogoro wa binadamu na wanyamapori", "moto", "mtego"])
            ),
            "jina_la_mripoti": Y(lambda f: full_name(f, "KE"), "name"),
            "nambari_ya_simu": Y(lambda f: phone_ke(f), "phone"),
            "nambari_ya_kitambulisho": RED(ke_national_id, "national id"),
            "kijiji": Y(lambda f: f.pick(KE_VILLAGES), "city"),
            "kaunti": G(
                lambda f: f.pick(["Laikipia", "Samburu", "Isiolo", "Narok", "Kajiado", "Taita-Taveta"])
            ),
            "hifadhi": G(lambda f: f.pick(CONSERVANCIES)),
            "mahali": {
                "latitudo": Y(lambda f: lat(f, "KE"), "geolocation"),
                "longitudo": Y(lambda f: lon(f, "KE"), "geolocation"),
            },
            "maelezo": G(clean_note),
            "idadi_ya_mifugo": G(lambda f: f.r.randint(0, 40)),
            "tarehe": G(lambda f: f.date(2024, 2024)),
            "jinsia": Y(lambda f: f.pick(["mwanamume", "mwanamke"]), "gender"),
            "umri": G(lambda f: f.r.randint(18, 75)),
        },
    ),
    (
        "identify",
        None,
        "python_sw",
        {
            "jina_kamili": Y(lambda f: full_name(f, "KE"), "name"),
            "simu": Y(lambda f: phone_ke(f), "phone"),
            "barua_pepe": Y(lambda f: email(f, "KE"), "email"),
            "tarehe_ya_kuzaliwa": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "kabila": Y(
                lambda f: f.pick(["Maasai", "Samburu", "Borana", "Turkana", "Meru", "Kikuyu"]), "ethnicity"
            ),
            "nambari_ya_mpesa": Y(lambda f: phone_ke(f), "phone"),
            "cheo": G(lambda f: f.pick(["skauti", "kiongozi wa timu", "mratibu"])),
            "kituo": G(lambda f: f.pick(["Il Ngwesi", "Sera", "Kalama", "Nasuulu"])),
            "posho_ya_mwezi": Y(lambda f: f.pick([9000, 12000, 15000, 18500]), "salary"),
            "lugha": G(lambda f: f.pick(["sw", "en", "mas"])),
            "amethibitishwa": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- incidents ---------------------------------------------------------------------------------
    (
        "track",
        "Poaching Incident Reported",
        "kotlin",
        {
            "incident_id": G(lambda f: f"INC-KE-{f.digits(6)}"),
            "incident_type": G(lambda f: f.pick(["snare", "gunshot", "carcass", "bushmeat", "charcoal"])),
            "species_affected": G(lambda f: taxon(f)[0]),
            "carcass_count": G(lambda f: f.r.randint(0, 5)),
            "tusks_or_horns_removed": G(lambda f: f.pick([True, False])),
            "latitude": LAT,
            "longitude": LON,
            "reported_by": {
                "ranger_id": G(lambda f: f"R{f.digits(5)}"),
                "name": Y(lambda f: full_name(f, "KE"), "name"),
            },
            "suspects": Many(
                {
                    "name": Y(lambda f: full_name(f, "KE"), "name"),
                    "estimated_age": G(lambda f: f.r.randint(17, 60)),
                    "sex": Y(lambda f: f.pick(["male", "female"]), "gender"),
                    "id_number": RED(ke_national_id, "national id"),
                },
                3,
            ),
            "vehicle": {
                "plate": Y(plate, "license"),
                "make_model": G(
                    lambda f: f.pick(
                        ["Toyota Probox", "Toyota Land Cruiser", "Isuzu D-Max", "Boxer motorbike"]
                    )
                ),
                "colour": G(lambda f: f.pick(["white", "silver", "red", "black"])),
            },
            "ob_number": G(
                lambda f: f"OB {f.r.randint(1, 60)}/{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024"
            ),
            "weapons_recovered": Many(G(lambda f: f.pick(["snare wire", "panga", "spear", "rifle"])), 3),
            "informant_phone": Y(lambda f: phone_ke(f), "phone"),
            "informant_code": G(lambda f: f"INF-{f.digits(3)}"),
            "arrest_made": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "HWC Incident Reported",
        "flutter",
        {
            "incident_id": G(lambda f: f"INC-KE-{f.digits(6)}"),
            "conflict_type": G(
                lambda f: f.pick(["crop_raiding", "livestock_predation", "property_damage", "human_injury"])
            ),
            "species": G(
                lambda f: f.pick(["African Elephant", "Lion", "Spotted Hyena", "Leopard", "Hippopotamus"])
            ),
            "farmer": {
                "full_name": Y(lambda f: full_name(f, "KE"), "name"),
                "phone": Y(lambda f: phone_ke(f), "phone"),
                "national_id": RED(ke_national_id, "national id"),
                "village": Y(lambda f: f.pick(KE_VILLAGES), "city"),
            },
            "farm_location": {
                "lat": Y(lambda f: lat(f, "KE"), "geolocation"),
                "lng": Y(lambda f: lon(f, "KE"), "geolocation"),
            },
            "crops_damaged": Many(
                G(lambda f: f.pick(["maize", "beans", "sorghum", "water tank", "fence"])), 3
            ),
            "acres_affected": G(lambda f: round(f.r.uniform(0.1, 6), 1)),
            "livestock_lost": G(lambda f: f.r.randint(0, 20)),
            "injury_severity": Y(lambda f: f.pick(["none", "minor", "serious", "fatal"]), "condition"),
            "compensation_claim_no": G(lambda f: f"KWS/CC/{f.digits(5)}"),
            "mpesa_number": Y(lambda f: phone_ke(f), "phone"),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://static.jamiiwildlife.example.ke/hwc/{f.hexid(12)}.jpg"),
                    "taken_at": G(lambda f: f.iso()),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Compensation Claim Paid",
        "java",
        {
            "claim_no": G(lambda f: f"KWS/CC/{f.digits(5)}"),
            "amount_kes": G(lambda f: f.r.randint(5000, 300000)),
            "payout_channel": G(lambda f: f.pick(["mpesa", "bank_transfer", "cheque"])),
            "mpesa_receipt": G(mpesa_receipt),
            "recipient_msisdn": Y(lambda f: "2547" + f.digits(8), "phone"),
            "recipient_name": Y(lambda f: full_name(f, "KE"), "name"),
            "approved_by": Y(lambda f: full_name(f, "KE"), "name"),
            "bank_account_number": RED(ke_account, "bank account"),
        },
    ),
    (
        "track",
        "Road-kill Reported",
        "swift",
        {
            "report_id": G(lambda f: f"RK-{f.digits(7)}"),
            "species": G(
                lambda f: f.pick(
                    [
                        "Eastern Grey Kangaroo",
                        "Common Wombat",
                        "Koala",
                        "Red-necked Wallaby",
                        "Southern Cassowary",
                    ]
                )
            ),
            "carcass_state": G(lambda f: f.pick(["fresh", "bloated", "decomposed", "injured_alive"])),
            "joey_present": G(lambda f: f.pick([True, False])),
            "road_name": G(
                lambda f: f.pick(["Bruce Hwy", "Stuart Hwy", "Hume Fwy", "Kuranda Range Rd", "Midland Hwy"])
            ),
            "latitude": LAT,
            "longitude": LON,
            "speed_limit_kmh": G(lambda f: f.pick([60, 80, 100, 110, 130])),
            "reporter": {
                "name": Y(lambda f: full_name(f, "AU"), "name"),
                "phone": Y(lambda f: phone_au(f), "phone"),
                "email": Y(lambda f: email(f, "AU"), "email"),
            },
            "vehicle_rego": Y(plate, "license"),
            "collision_by_reporter": G(lambda f: f.pick([True, False])),
            "carer_notified": G(lambda f: f.pick([True, False])),
            "carer_phone": Y(lambda f: phone_au(f), "phone"),
            "hotline": G(lambda f: f.pick(["1300 094 737", "1300 264 625", "(07) 5527 2444"])),
        },
    ),
    (
        "track",
        "Animal Rescue Dispatched",
        "node",
        {
            "rescue_id": G(lambda f: f.uuid()),
            "animal_name": G(lambda f: f.pick(ANIMAL_NAMES)),
            "species": G(lambda f: f.pick(["Koala", "Common Wombat", "Flying-fox", "Eastern Grey Kangaroo"])),
            "carer": {
                "name": Y(lambda f: full_name(f, "AU"), "name"),
                "phone": Y(lambda f: phone_au(f), "phone"),
                "address": Y(lambda f: f"{street(f, 'AU')}, {f.pick(AU_TOWNS)}", "address"),
            },
            "vet_clinic": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Currumbin Wildlife Hospital",
                            "Australia Zoo Wildlife Hospital",
                            "Healesville Sanctuary",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["(07) 5534 0813", "(07) 5436 2097", "(03) 5957 2800"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "28 Tomewin St, Currumbin QLD 4223",
                            "1638 Steve Irwin Way, Beerwah QLD 4519",
                            "Glen Eadie Ave, Healesville VIC 3777",
                        ]
                    )
                ),
            },
            "pickup_location": Y(lambda f: point(f), "geolocation"),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
        },
    ),
    (
        "track",
        "SOS Triggered",
        "swift",
        {
            "sos_id": G(lambda f: f.uuid()),
            "latitude": LAT,
            "longitude": LON,
            "battery_pct": G(lambda f: f.r.randint(2, 100)),
            "contacts_notified": G(lambda f: f.r.randint(0, 4)),
            "contacts": Many(
                {
                    "label": Y(
                        lambda f: f"{first(f)} ({f.pick(['sister', 'husband', 'mum', 'guide', 'partner'])})",
                        "name",
                        True,
                    ),
                    "value": Y(lambda f: phone(f), "phone", True),
                },
                3,
            ),
            "satellite_fallback": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- research equipment --------------------------------------------------------------------------
    (
        "track",
        "Camera Trap Image Ingested",
        "python",
        {
            "station_id": G(lambda f: f"CT-{f.pick(['OPC', 'LWC', 'MAU', 'KAK'])}-{f.digits(3)}"),
            "station": {
                "lat": G(lambda f: f.pick([0.02841, -0.21037, -12.67392, 46.61458, 0.31102])),
                "lon": G(lambda f: f.pick([36.89211, 36.99042, 132.48311, -72.91046, 37.40291])),
            },
            "camera_serial": G(
                lambda f: f.pick(["H5" + f.digits(8), "BR" + f.digits(9), "RCX" + f.digits(7)])
            ),
            "trigger_time": G(lambda f: f.iso()),
            "species_detected": G(lambda f: taxon(f)[0]),
            "confidence": G(lambda f: round(f.r.uniform(0.2, 0.99), 3)),
            "humans_detected": G(lambda f: f.pick([True, False])),
            "image_url": G(lambda f: f"s3://wildwatch-cameratraps/{f.digits(4)}/{f.hexid(16)}.JPG"),
            "model_version": G(
                lambda f: f.pick(["MegaDetector v5a", "MegaDetector v5b", "SpeciesNet 4.0.1"])
            ),
        },
    ),
    (
        "track",
        "Collar Fix Received",
        "go",
        {
            "collar_id": G(lambda f: f"GSM-{f.digits(6)}"),
            "animal_name": G(lambda f: f.pick(ANIMAL_NAMES)),
            "species": G(
                lambda f: f.pick(["African Elephant", "Black Rhinoceros", "Lion", "Woodland Caribou"])
            ),
            "fix": {
                "lat": G(lambda f: lat(f, f.pick(["KE", "CA"]))),
                "lon": G(lambda f: lon(f, f.pick(["KE", "CA"]))),
                "hdop": G(lambda f: round(f.r.uniform(0.6, 4), 1)),
            },
            "fix_time": G(lambda f: f.iso()),
            "geofence_breached": G(lambda f: f.pick([True, False])),
            "vendor": G(lambda f: f.pick(["Savannah Tracking", "Vectronic", "Lotek"])),
        },
    ),
    (
        "track",
        "EarthRanger Event Synced",
        "python",
        {
            "er_event": {
                "id": G(lambda f: f.uuid()),
                "serial_number": G(lambda f: f.r.randint(10_000, 999_999)),
                "event_type": G(
                    lambda f: f.pick(["wildlife_sighting_rep", "hwc_rep", "carcass_rep", "fence_rep"])
                ),
                "priority": G(lambda f: f.pick([0, 100, 200, 300])),
                "state": G(lambda f: f.pick(["new", "active", "resolved"])),
                "time": G(lambda f: f.iso()),
                "location": {
                    "latitude": Y(lambda f: lat(f, "KE"), "geolocation"),
                    "longitude": Y(lambda f: lon(f, "KE"), "geolocation"),
                },
                "reported_by": {
                    "id": G(lambda f: f.uuid()),
                    "name": Y(lambda f: full_name(f, "KE"), "name"),
                    "subject_subtype": G(lambda f: f.pick(["ranger", "scout", "pilot"])),
                },
                "event_details": {
                    "number_of_animals": G(lambda f: f.r.randint(1, 40)),
                    "health_status": G(lambda f: f.pick(["healthy", "injured", "snared", "dead"])),
                    "species": G(lambda f: f.pick(["elephant", "rhino", "giraffe", "grevys_zebra"])),
                },
            },
        },
    ),
    # -- donations and e-commerce ------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        {
            **adoption_product(),
            "currency": G(lambda f: f.pick(["CAD", "AUD", "KES", "USD"])),
            "url": G(
                lambda f: (
                    f"{SITE}/shop/{f.pick(['adopt-elephant', 'adopt-rhino', 'koala-kit', 'plush-loon'])}"
                )
            ),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {"cart_id": G(lambda f: f.uuid()), **adoption_product()},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f"WW-{f.digits(8)}"),
            "revenue": G(lambda f: f.money(10, 500)),
            "currency": G(lambda f: f.pick(["CAD", "AUD", "KES", "USD"])),
            "coupon": G(lambda f: f.pick(["", "ELEPHANTDAY", "MEMBER10", "GIVINGTUESDAY"])),
            "products": Many(adoption_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"WW-{f.digits(8)}"),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "mpesa"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "interac"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["453201", "519999", "374245", "450875"])),
            "billing_postal_code": Y(postcode, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f"WW-{f.digits(8)}"),
            "revenue": G(lambda f: f.money(10, 2000)),
            "currency": G(lambda f: f.pick(["CAD", "AUD", "USD", "EUR"])),
            "products": Many(adoption_product(), 3),
            "donor": {
                "email": Y(lambda f: email(f), "email"),
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(town, "city"),
                "state": G(lambda f: f.pick(["QC", "ON", "QLD", "NT", "Nairobi"])),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["CA", "AU", "KE", "DE"])),
            },
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "in_memory_of": Y(lambda f: full_name(f), "name"),
            "tribute_notify_email": Y(lambda f: email(f), "email"),
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "receipt_number": G(lambda f: f"{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}"),
            "tax_receipt_requested": G(lambda f: f.pick([True, False])),
            "employer_match": G(lambda f: f.pick(["", "Shopify", "Telstra", "Safaricom PLC", "Desjardins"])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Purchase Sent To Meta",
        "node",
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app", "system_generated"])),
            "user_data": {
                "em": Y(sha256_hex, "email"),
                "ph": Y(sha256_hex, "phone"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(BROWSER_UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(10, 500)),
                "currency": G(lambda f: f.pick(["CAD", "AUD", "USD"])),
                "content_ids": Many(
                    G(lambda f: f.pick(["ADOPT-ELE-12M", "ADOPT-RHINO-12M", "ADOPT-KOALA-6M"])), 3
                ),
            },
        },
    ),
    (
        "track",
        "Donation Completed",
        "python",
        {
            "donation_id": G(lambda f: f.uuid()),
            "amount_kes": G(lambda f: f.pick([100, 500, 1000, 2500, 10000])),
            "mpesa_receipt": G(mpesa_receipt),
            "phone_number": Y(lambda f: "2547" + f.digits(8), "phone"),
            "payer_name": Y(lambda f: first(f, "KE"), "name"),
            "paybill": G(lambda f: f.pick(["247247", "522522", "400200"])),
            "account_reference": G(lambda f: f.pick(["RHINO", "ELEPHANT", "SCHOOLS", "GENERAL"])),
            "checkout_request_id": G(
                lambda f: f"ws_CO_{f.r.randint(10, 28)}0{f.r.randint(1, 9)}2024{f.digits(9)}"
            ),
            "result_code": G(lambda f: f.pick([0, 0, 1032, 1037])),
        },
    ),
    (
        "track",
        "Order Refunded",
        "ruby",
        {
            "order_id": G(lambda f: f"WW-{f.digits(8)}"),
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer", "fraudulent"])),
            "amount": G(lambda f: f.money(10, 500)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "CAD"])),
            "refund_to_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL"])), "bank account"),
            "refunded_by": Y(lambda f: full_name(f), "name"),
        },
    ),
    (
        "track",
        "Recurring Donation Created",
        "ruby",
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100])),
            "interval": G(lambda f: f.pick(["month", "quarter", "year"])),
            "donor_email": Y(lambda f: email(f, "AU"), "email"),
            "bsb": G(lambda f: f.pick(["062-000", "033-172", "083-004", "012-003"])),
            "account_number": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "account_name": Y(lambda f: full_name(f, "AU"), "name"),
            "mandate_id": G(lambda f: "MD" + alnum(f, 12, upper=True)),
            "first_debit_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Membership Purchased",
        "rn",
        {
            "membership_number": G(lambda f: f"M{f.digits(7)}"),
            "tier": G(lambda f: f.pick(["individual", "family", "student", "life"])),
            "price": G(lambda f: f.pick([45.0, 85.0, 25.0, 950.0])),
            "currency": G(lambda f: f.pick(["CAD", "AUD", "KES"])),
            "renews_at": G(lambda f: f.iso()),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "household_members": Many(
                {
                    "first_name": Y(lambda f: first(f), "name"),
                    "birth_year": Y(lambda f: f.r.randint(1950, 2020), "birthdate"),
                    "relationship": G(lambda f: f.pick(["partner", "child", "grandchild", "parent"])),
                },
                4,
            ),
            "gift": {
                "is_gift": G(lambda f: f.pick([True, False])),
                "recipient_name": Y(lambda f: full_name(f), "name"),
                "recipient_email": Y(lambda f: email(f), "email"),
                "message": G(
                    lambda f: f.pick(
                        [
                            "Happy birthday! Enjoy the parks.",
                            "For the birder in the family",
                            "Joyeux Noël!",
                            "Heri ya kuzaliwa!",
                            "",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Member Card Scanned",
        "java",
        {
            "member_number": G(lambda f: f"M{f.digits(7)}"),
            "gate": G(lambda f: f.pick(["Main Gate", "East Gate", "Lewa HQ", "Entrée Saint-Jean-des-Piles"])),
            "park": G(lambda f: f.pick(PARKS)),
            "visitor_count": G(lambda f: f.r.randint(1, 7)),
            "vehicle_plate": Y(plate, "license"),
            "scanned_by_staff_id": G(lambda f: f"S{f.digits(4)}"),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "identify",
        None,
        "node",
        {
            "MEMBER_ID": G(lambda f: f"M{f.digits(7)}"),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "EMAIL_SHA256": Y(sha256_hex, "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "MOBILE_PHONE": Y(lambda f: phone(f), "phone"),
            "POSTAL_CODE": Y(postcode, "zipcode"),
            "PROVINCE_STATE": G(lambda f: f.pick(["QC", "ON", "BC", "QLD", "VIC", "NT"])),
            "COUNTRY_CODE": G(lambda f: f.pick(["CA", "AU", "KE"])),
            "LIFETIME_DONATIONS": G(lambda f: f.money(0, 20000)),
            "LAST_DONATION_DATE": G(lambda f: f.date(2019, 2024)),
            "DONOR_SEGMENT": G(lambda f: f.pick(["mid_level", "major", "lapsed", "monthly"])),
            "MEMBERSHIP_TIER": G(lambda f: f.pick(["individual", "family", "student", "life"])),
            "IS_MONTHLY_DONOR": G(lambda f: f.pick([True, False])),
            "HAS_OPTED_OUT_EMAIL": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "ConstituentId": G(lambda f: f.digits(6)),
            "FirstName": Y(lambda f: first(f, "CA"), "name"),
            "LastName": Y(lambda f: last(f, "CA"), "name"),
            "PrimaryEmail": Y(lambda f: email(f, "CA"), "email"),
            "HomePhone": Y(lambda f: phone_ca(f), "phone"),
            "MailingAddress": {
                "Street": Y(lambda f: street(f, "CA"), "street|address"),
                "City": Y(lambda f: f.pick(CA_TOWNS), "city"),
                "Province": G(lambda f: f.pick(["QC", "ON", "AB", "YT", "NS"])),
                "PostalCode": Y(ca_postcode, "zipcode"),
                "Country": G(lambda f: "Canada"),
            },
            "SpouseName": Y(lambda f: full_name(f, "CA"), "name"),
            "Religion": Y(
                lambda f: f.pick(["Catholic", "Anglican", "Jewish", "Muslim", "Sikh", "None"]), "religion"
            ),
            "EmployerName": G(
                lambda f: f.pick(["Hydro-Québec", "Desjardins", "Shopify", "Université Laval"])
            ),
            "JobTitle": G(lambda f: f.pick(["Biologiste", "Engineer", "Teacher", "Retired"])),
            "DonorSegment": G(lambda f: f.pick(["Major", "Mid-level", "Lapsed", "Monthly"])),
            "LifetimeGiving": G(lambda f: f.money(0, 50000)),
            "FirstGiftDate": G(lambda f: f.date(2000, 2024)),
            "DoNotMail": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- volunteers --------------------------------------------------------------------------------
    (
        "track",
        "Volunteer Event Viewed",
        "web",
        {
            "event_id": G(lambda f: f"VE-{f.digits(5)}"),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Lake Nakuru Flamingo Count",
                        "Great Backyard Bird Count",
                        "Koala Tree Planting",
                        "Nettoyage des berges",
                        "Christmas Bird Count - Whitehorse",
                    ]
                )
            ),
            "location_name": G(lambda f: f.pick(PARKS)),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "spots_left": G(lambda f: f.r.randint(0, 40)),
            "organizer": G(
                lambda f: f.pick(
                    ["Nature Kenya", "Regroupement QuébecOiseaux", "Landcare Australia", "Yukon Bird Club"]
                )
            ),
            "organizer_email": G(
                lambda f: f.pick(
                    [
                        "volunteer@naturekenya.example.org",
                        "benevoles@quebecoiseaux.example.ca",
                        "events@landcare.example.au",
                    ]
                )
            ),
            "organizer_phone": G(lambda f: f.pick(["+254 20 374 9957", "(514) 252-3190", "1800 151 105"])),
        },
    ),
    (
        "track",
        "Volunteer Signed Up",
        "web",
        {
            "event_id": G(lambda f: f"VE-{f.digits(5)}"),
            "shift": G(lambda f: f.pick(["morning", "afternoon", "full_day", "overnight"])),
            "t_shirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "date_of_birth": Y(lambda f: f.date(1950, 2008), "birthdate"),
            "emergency_contact": {
                "name": Y(lambda f: full_name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "parent", "friend", "sibling"])),
            },
            "medical_conditions": Y(
                lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "none", "bee sting anaphylaxis"]),
                "condition",
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "bee stings", "penicillin", "none"]), "allergy"), 2
            ),
            "medications": Y(
                lambda f: f.pick(["salbutamol inhaler", "EpiPen", "insulin", "none"]), "medication"
            ),
            "accessibility_needs": RED(
                lambda f: f.pick(["wheelchair access", "none", "hearing loop", "limited mobility"]),
                "disability",
            ),
            "dietary_preference": G(
                lambda f: f.pick(["vegetarian", "vegan", "no preference", "pescatarian"])
            ),
            "has_first_aid": G(lambda f: f.pick([True, False])),
            "first_aid_cert_number": Y(lambda f: f"FA{f.digits(7)}", "certificate|identification"),
            "wwcc_number": Y(lambda f: f"WWC{f.digits(7)}{f.pick('EV')}", "certificate|identification"),
            "bringing_dog": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Biscuit", "Moose", "Tusker", "Lulu", "Ranger"])),
            "transport_needed": G(lambda f: f.pick([True, False])),
            "calendar_id": Y(lambda f: email(f), "email", True),
        },
    ),
    (
        "track",
        "International Volunteer Application Submitted",
        "ruby",
        {
            "application_id": G(lambda f: f"IVA-{f.digits(6)}"),
            "programme": G(
                lambda f: f.pick(["Rhino monitoring (8 wks)", "Marine turtle patrol", "Caribou survey"])
            ),
            "applicant_name": Y(lambda f: full_name(f, "INTL"), "name"),
            "applicant_email": Y(lambda f: email(f, "INTL"), "email"),
            "nationality": Y(
                lambda f: f.pick(["German", "Japanese", "Brazilian", "Indian", "Irish", "Polish"]),
                "citizenship",
            ),
            "passport_number": RED(passport, "passport"),
            "passport_expiry": G(lambda f: f.date(2026, 2034)),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "travel_insurance_policy": Y(
                lambda f: f"{f.pick(['WN', 'AXA', 'ALZ'])}-{f.digits(9)}", "identification"
            ),
            "insurer": G(lambda f: f.pick(["World Nomads", "AXA", "Allianz Travel"])),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "age": G(lambda f: f.r.randint(18, 70)),
        },
    ),
    (
        "track",
        "Ranger Onboarded",
        "python",
        {
            "ranger_id": G(lambda f: f"IR-{f.digits(5)}"),
            "given_name": Y(lambda f: first(f, "AU"), "name"),
            "family_name": Y(lambda f: last(f, "AU"), "name"),
            "tfn": RED(tfn_au, "national id"),
            "medicare_number": RED(medicare_au, "health id"),
            "indigenous_status": Y(
                lambda f: f.pick(["Aboriginal", "Torres Strait Islander", "Both", "Neither"]),
                "ethnicity|race",
            ),
            "language_group": Y(
                lambda f: f.pick(["Yolŋu Matha", "Kunwinjku", "Warlpiri", "Arrernte"]), "ethnicity"
            ),
            "community": Y(lambda f: f.pick(AU_COMMUNITIES), "city"),
            "super_fund": G(lambda f: f.pick(["AustralianSuper", "Rest", "Hostplus", "UniSuper"])),
            "bsb": G(lambda f: f.pick(["062-000", "033-172", "083-004", "012-003"])),
            "bank_account_number": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "hourly_rate": Y(lambda f: f.pick([32.5, 36.8, 41.2, 45.0]), "salary"),
            "drivers_licence": Y(lambda f: f.digits(f.pick([6, 8, 9])), "license"),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "program": G(lambda f: f.pick(["Djelk Rangers", "Dhimurru", "Warddeken", "Yirralka Rangers"])),
        },
    ),
    # -- Canadian French backend ---------------------------------------------------------------------
    (
        "track",
        "Observation soumise",
        "flutter",
        {
            "id_observation": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "espece": G(
                lambda f: f.pick(
                    ["Huard à collier", "Caribou des bois", "Tortue mouchetée", "Monarque", "Grand héron"]
                )
            ),
            "nom_scientifique": G(
                lambda f: f.pick(
                    ["Gavia immer", "Rangifer tarandus caribou", "Emydoidea blandingii", "Ardea herodias"]
                )
            ),
            "nombre_individus": G(lambda f: f.r.randint(1, 30)),
            "coordonnees": {
                "lat": Y(lambda f: lat(f, "CA"), "geolocation"),
                "lon": Y(lambda f: lon(f, "CA"), "geolocation"),
            },
            "precision_m": G(lambda f: f.pick([5, 10, 25, 100])),
            "municipalite": G(
                lambda f: f.pick(
                    ["Saint-Mathieu-du-Parc", "Tadoussac", "Lac-Mégantic", "Mont-Tremblant", "Gaspé"]
                )
            ),
            "date_observation": G(lambda f: f.date(2024, 2024)),
            "observateur": {
                "prenom": Y(lambda f: first(f, "CA"), "name"),
                "nom": Y(lambda f: last(f, "CA"), "name"),
                "courriel": Y(lambda f: email(f, "CA"), "email"),
                "telephone": Y(phone_ca, "phone"),
            },
            "remarques": G(clean_note),
            "statut_protection": G(lambda f: f.pick(["menacée", "vulnérable", "aucun", "susceptible"])),
        },
    ),
    (
        "identify",
        None,
        "php_fr",
        {
            "prenom": Y(lambda f: first(f, "CA"), "name"),
            "nom": Y(lambda f: last(f, "CA"), "name"),
            "courriel": Y(lambda f: email(f, "CA"), "email"),
            "telephone": Y(phone_ca, "phone"),
            "adresse": Y(lambda f: street(f, "CA"), "address"),
            "ville": Y(lambda f: f.pick(CA_TOWNS), "city"),
            "code_postal": Y(ca_postcode, "zipcode"),
            "province": G(lambda f: f.pick(["QC", "ON", "NB"])),
            "date_de_naissance": Y(lambda f: f.date(1945, 2006), "birthdate"),
            "numero_membre": G(lambda f: f"QO-{f.digits(6)}"),
            "langue_preferee": G(lambda f: f.pick(["fr", "en"])),
            "benevole": G(lambda f: f.pick([True, False])),
            "consentement_infolettre": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Inscription à une sortie",
        "java",
        {
            "sortie_id": G(lambda f: f"SO-{f.digits(5)}"),
            "titre": G(
                lambda f: f.pick(["Camp jeunesse nature", "Sortie ornitho au lac", "Initiation au pistage"])
            ),
            "enfant": {
                "prenom": Y(lambda f: first(f, "CA"), "name"),
                "nom": Y(lambda f: last(f, "CA"), "name"),
                "date_de_naissance": Y(lambda f: f.date(2010, 2018), "birthdate"),
                "allergies": Y(
                    lambda f: f.pick(["arachides", "piqûres d'abeilles", "aucune", "lactose"]), "allergy"
                ),
                "numero_assurance_maladie": RED(lambda f: f.pick([ramq(f), ohip(f)]), "health id"),
            },
            "parent": {
                "courriel": Y(lambda f: email(f, "CA"), "email"),
                "cellulaire": Y(phone_ca, "phone"),
            },
            "autorisation_photo": G(lambda f: f.pick([True, False])),
            "taille_chandail": G(lambda f: f.pick(["TP", "P", "M", "G"])),
            "prix": G(lambda f: f.pick([0, 15.0, 45.0, 120.0])),
        },
    ),
    (
        "track",
        "Embauche technicien",
        "php_fr",
        {
            "nom_complet": Y(lambda f: full_name(f, "CA"), "name"),
            "nas": RED(sin_ca, "national id|social security number"),
            "poste": G(lambda f: f.pick(["Technicien de la faune", "Garde-parc", "Aide-biologiste"])),
            "taux_horaire": Y(lambda f: f.pick([24.5, 27.75, 31.2, 35.0]), "salary"),
            "date_embauche": G(lambda f: f.date(2024, 2025)),
            "syndique": Y(lambda f: f.pick([True, False]), "trade union"),
            "region_affectation": G(lambda f: f.pick(["Mauricie", "Côte-Nord", "Gaspésie", "Outaouais"])),
        },
    ),
    (
        "track",
        "Wildlife Collision Reported",
        "rn",
        {
            "collision_id": G(lambda f: f.uuid()),
            "species": G(
                lambda f: f.pick(["Moose", "White-tailed Deer", "Eastern Grey Kangaroo", "Woodland Caribou"])
            ),
            "road_name": G(lambda f: f.pick(["Route 175", "Trans-Canada Hwy", "Bruce Hwy", "Route 117"])),
            "latitude": LAT,
            "longitude": LON,
            "vehicle_plate": Y(plate, "license"),
            "vehicle_vin": Y(vin, "serial"),
            "insurer": G(lambda f: f.pick(["Intact", "Desjardins Assurances", "NRMA", "Belairdirect"])),
            "policy_number": Y(lambda f: f"{f.pick(['AUT', 'QC', 'P'])}{f.digits(9)}", "identification"),
            "injury_severity": Y(lambda f: f.pick(["none", "minor", "serious", "fatal"]), "condition"),
            "damage_estimate": G(lambda f: f.r.randint(500, 25000)),
            "police_report_number": G(lambda f: f"{f.r.randint(100, 999)}-{f.r.randint(240000, 249999)}"),
            "airbags_deployed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Receipt Issued",
        "python",
        {
            "receipt_number": G(lambda f: f"TR-2024-{f.digits(6)}"),
            "donor_name": Y(lambda f: full_name(f), "name"),
            "donor_address": Y(full_address, "address"),
            "eligible_amount": G(lambda f: f.money(20, 5000)),
            "issued_at": G(lambda f: f.iso()),
            "charity_number": G(
                lambda f: f.pick(["118830475RR0001", "ABN 62 142 358 519", "OP.218/051/2011/0412"])
            ),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "receipts@wildwatch.example.org",
                        "no-reply@wildwatch.example.org",
                        "dons@coq.example.ca",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Donation Form Error",
        "web",
        {
            "form_id": G(lambda f: f.pick(["volunteer_signup", "donate", "report_roadkill"])),
            "error_field": G(lambda f: "card_number"),
            "error_code": G(lambda f: f.pick(["incorrect_number", "card_declined", "processing_error"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- neutral keys, integrations, misc ------------------------------------------------------------
    (
        "track",
        "Newsletter Subscribed",
        "web",
        {
            "form_location": G(lambda f: f.pick(["footer", "donate_thank_you", "blog_sidebar", "popup"])),
            "input": Y(lambda f: email(f), "email", True),
            "list_id": G(lambda f: f.hexid(10)),
            "double_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["volunteer_signup", "donate", "report_roadkill"])),
            "field": G(lambda f: "mobile"),
            "value": Y(lambda f: phone(f), "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(400, 20000)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "web",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "note": Y(text_with_email, "email", True),
            "app_area": G(lambda f: f.pick(["upload", "map", "identify", "donations"])),
        },
    ),
    (
        "track",
        "Export Requested",
        "python",
        {
            "export_id": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["csv", "dwc-a", "kml", "geojson"])),
            "observation_count": G(lambda f: f.r.randint(1, 50000)),
            "include_private_coordinates": G(lambda f: f.pick([True, False])),
            "delivery_email": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "Calendar Connected",
        "node",
        {
            "provider": G(lambda f: f.pick(["google", "outlook", "icloud"])),
            "scopes": Many(
                G(lambda f: f.pick(["calendar.events", "calendar.readonly", "offline_access"])), 3
            ),
            "access_token": RED(lambda f: "ya29.a0" + b64url(f, 120), "token"),
            "refresh_token": RED(lambda f: "1//0" + b64url(f, 90), "token"),
            "expires_in": G(lambda f: f.pick([3599, 3600, 3598])),
        },
    ),
    (
        "alias",
        None,
        "rn",
        {},
    ),
]

# Event weights: frequent everyday events are sent more often than rare back-office ones.
FREQUENT = {
    "Observation Created",
    "Observation Viewed",
    "Patrol Waypoint Logged",
    "Identification Added",
    "Product Viewed",
    "Species Searched",
}
RARE = {
    "Compensation Claim Paid",
    "Order Refunded",
    "International Volunteer Application Submitted",
    "Ranger Onboarded",
    "Calendar Connected",
    "Export Requested",
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, client, body in EVENTS:
        n = repeats * 2 if event in FREQUENT else repeats // 2 if event in RARE else repeats
        for _ in range(n):
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": str(f.r.randint(1_000_000, 9_999_999)),
            }
            if event:
                msg["event"] = event
            if kind == "page":
                msg["name"] = "Observation"
            if kind == "screen":
                msg["name"] = "Map"
            if kind == "group":
                msg["groupId"] = f"grp_{f.digits(5)}"
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            else:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=310, repeats=30)
    write(Path(__file__).parent, "holdout310_", events, labels)
