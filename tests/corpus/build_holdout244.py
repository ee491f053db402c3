"""Writes holdout 244: tests/corpus/holdout244_events.jsonl and holdout244_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its
documentation, and never run through it; the labels are the author's, not the engine's.

Domain: a corporate travel and expense-management tool ("Roamly Business") used by companies in
Singapore, France and the US. Travellers' profiles (passport, known-traveller and redress numbers,
frequent-flyer and hotel loyalty numbers, seat and meal preferences, special assistance), flight,
hotel, rail and ground bookings (e-commerce spec `Order Completed`, boarding passes), receipts read
by OCR and hotel folios, corporate card transactions and wallet provisioning, per diems, mileage
claims (French *indemnités kilométriques*), manager approvals, reimbursements to employees' bank
accounts (FR IBANs with valid RIB keys and mod-97 check digits, SG and US account numbers), duty-of-
care traveller tracking and risk alerts, HR syncs, insurance, visas, support and vendor webhooks
(Twilio, SendGrid, an issuer's card feed, ad platforms' conversion APIs).

Clients: analytics.js (page, userAgentData, campaign, ip), analytics-swift, analytics-kotlin (with
`context.location`), analytics-react-native (with `context.traits`), analytics_flutter, and the
server libraries python, node (with `context.externalIds`), go, java, ruby, php and C#. Calls:
identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase (C# backend, Twilio),
kebab-case (a Ruby service, SendGrid's `smtp-id`), SCREAMING_SNAKE (a warehouse reverse-ETL sync)
and French keys (the expense backend in France: `nom`, `prenom`, `immatriculation`, `montantTTC`).

Values: names from Chinese, Malay and Indian Singaporean, French, American and other cultures;
SG, FR, US and other national phone formats; SG (block/unit), FR and US addresses; NRIC/FIN with
valid check letters, French NIR with valid key, SSA-structured SSNs, passports with ICAO MRZ check
digits, IATA BCBP boarding-pass strings, Luhn-valid cards, VINs with valid check digits, SG plates
with valid check letters, ABA routing numbers of real banks, encoded route polylines.

Labelling rules (the Privacy Portal's default colours):
- Personal data about a natural person (the user, a traveller, a dependant, an emergency contact,
  an attendee, a manager, a driver) is labelled with the reference matcher's name and default
  colour; outside the reference: bank account, national id, token, secret, password, credit card,
  visa answers and disability red; geolocation, advertising id, credit score yellow.
- Green: ids we or vendors issue (trip, booking, PNR, e-ticket, expense, invoice, user and device
  ids, UUID tokens such as a Places session token or a card-feed transaction token), loyalty,
  frequent-flyer, member and claim numbers, versions, timestamps, hashes of non-personal data
  (receipt image SHA-256), amounts, per-diem rates, enums, counters and booleans under
  PII-sounding keys (`emailVerified`, `passportScanned`, `isSafe`), card brand / last four /
  expiry / BIN and masked PANs, routing numbers and BICs, job titles, departments, employers,
  ages, marital status, hire dates, places that are not the person's own (a searched destination,
  a hotel's address, city, phone and coordinates, a merchant's address, a per-diem locality),
  business contacts (hotel phone, a company's number in Twilio's `To`, role mailboxes such as
  ap@ or travel-desk@), masked proxy numbers, e-mail Message-IDs, pet and product names.
- Contested cases follow the product's published policy: insurance policy and insurer member
  numbers yellow `identification`; salaries and hourly rates yellow `salary`; plates yellow
  `license`, VINs yellow `serial`; gclid / fbclid-based fbc / fbp yellow `advertising id`; the
  person's billing address yellow `address`; payment-method ids (`pm_`), activation and one-time
  codes, sign-in and approval links' tokens red `token`; passport and identity document numbers
  red (a Known Traveler Number and a DHS redress number are government-issued identifiers: red
  `national id`); right-to-work answers and work-pass types red `visa`; a driving-licence number
  yellow `license`.
- Author's rules where the brief left room: an airline meal preference enum that includes
  religious and medical meals (MOML, KSML, HNML, DBML) is yellow `religion|condition` for the
  whole field; a passenger salutation (Mr / Ms / Mrs / Mx) reveals gender and is yellow `gender`;
  a hashed e-mail sent for ad matching is still the person's e-mail (yellow `email`); an encoded
  route polyline of a mileage claim starting at home is yellow `geolocation`; booleans that
  reveal health (`preExistingConditionsDeclared`, `pregnant`) are yellow `condition`, mobility
  impairment red `disability`; a traveller's reverse-geocoded current city in duty-of-care
  tracking is the person's location (yellow `city`), a destination city is not.
- value_only is true when the key does not say what the value is (`label`, `value`, `q`, `input`,
  `text`, Twilio's `From` and `Caller`, `rawText`, `barcodeData`, `businessPurpose`,
  `remittanceInfo`, `loginUrl`, `requestedBy`, a folio's `guest`, `externalIds[].id`): keys that
  name a person's role (`guest`, `requestedBy`, `From`) but not the kind of data count as
  neutral; every value of a value_only PII path holds that PII. Free text is labelled by what all
  of its values carry: green free text (`note`, `message`, `specialRequests`, `commentaire`,
  `reviewText`, OCR receipt `lines[]`) never carries personal data in this corpus.
"""

import base64
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

SG_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Teo", "Ong", "Koh", "Chan", "Yeo"]
SG_GIVEN = ["Wei Ming", "Hui Ling", "Jia Hao", "Xin Yi", "Kai Wen", "Mei Ling", "Zhi Hao", "Shu Fen"]
MALAY_GIVEN = [
    ("Nurul Aisyah", "binte"),
    ("Muhammad Faizal", "bin"),
    ("Siti Hajar", "binte"),
    ("Ahmad Danial", "bin"),
]
MALAY_FATHER = ["Rahman", "Ismail", "Osman", "Hassan", "Yusof", "Abdullah"]
INDIAN_GIVEN = [("Priya", "d/o"), ("Arjun", "s/o"), ("Kavitha", "d/o"), ("Suresh", "s/o"), ("Deepa", "d/o")]
INDIAN_FATHER = ["Ramasamy", "Krishnan", "Subramaniam", "Pillai", "Nair", "Rajendran"]
FR_FIRST = [
    "Camille",
    "Théo",
    "Inès",
    "Mathilde",
    "Hugo",
    "Léa",
    "Yanis",
    "Chloé",
    "Baptiste",
    "Manon",
    "Karim",
]
FR_LAST = [
    "Lefèvre",
    "Moreau",
    "Benali",
    "Rousseau",
    "Girard",
    "Fontaine",
    "Mercier",
    "Diallo",
    "Da Silva",
    "Lambert",
]
US_FIRST = [
    "Emily",
    "Marcus",
    "Aaliyah",
    "Connor",
    "Jasmine",
    "Diego",
    "Hannah",
    "Tyrone",
    "Megan",
    "Raj",
    "Kayla",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Kim",
    "Washington",
    "O'Connor",
    "Goldberg",
    "Hernandez",
    "Murphy",
]
OTHER = [
    ("Haruto", "Sato", "JPN"),
    ("Ji-woo", "Park", "KOR"),
    ("Jürgen", "Schäfer", "DEU"),
    ("Chinedu", "Okeke", "NGA"),
    ("João", "Pereira", "BRA"),
    ("Agnieszka", "Wiśniewska", "POL"),
    ("Layla", "Al-Mansouri", "ARE"),
    ("Lan", "Nguyễn Thị", "VNM"),
    ("Siddharth", "Mehta", "IND"),
    ("Ingrid", "Halvorsen", "NOR"),
]
CORP_DOMAINS = [
    "acme-corp.com",
    "meridianpharma.fr",
    "lumenlogistics.sg",
    "northwind-consulting.com",
    "helios-energie.fr",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com.sg",
    "hotmail.fr",
    "orange.fr",
    "outlook.com",
    "icloud.com",
    "singnet.com.sg",
]
COMPANIES = [
    "Acme Corp",
    "Meridian Pharma SA",
    "Lumen Logistics Pte Ltd",
    "Northwind Consulting",
    "Hélios Énergie",
]


def person4(f: Fake) -> tuple[str, str, str, str]:
    """(first, last, full, ISO-3 nationality) from a mix of cultures."""
    kind = f.pick(["sg_cn", "sg_cn", "malay", "indian", "fr", "fr", "us", "us", "other"])
    if kind == "sg_cn":
        last, first = f.pick(SG_SURNAMES), f.pick(SG_GIVEN)
        return first, last, f"{last} {first}", "SGP"
    if kind == "malay":
        (first, rel), last = f.pick(MALAY_GIVEN), f.pick(MALAY_FATHER)
        return first, last, f"{first} {rel} {last}", f.pick(["SGP", "SGP", "MYS"])
    if kind == "indian":
        (first, rel), last = f.pick(INDIAN_GIVEN), f.pick(INDIAN_FATHER)
        return first, last, f.pick([f"{first} {rel} {last}", f"{first} {last}"]), f.pick(["SGP", "IND"])
    if kind == "fr":
        first, last = f.pick(FR_FIRST), f.pick(FR_LAST)
        return first, last, f"{first} {last}", "FRA"
    if kind == "us":
        first, last = f.pick(US_FIRST), f.pick(US_LAST)
        return first, last, f"{first} {last}", "USA"
    first, last, nation = f.pick(OTHER)
    return (
        first,
        last,
        f"{first} {last}" if nation not in ("KOR", "VNM", "JPN") else f"{last} {first}",
        nation,
    )


def person(f: Fake) -> tuple[str, str, str]:
    return person4(f)[:3]


def first(f):
    return person(f)[0]


def last(f):
    return person(f)[1]


def full(f):
    return person(f)[2]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum() or c == " ").replace(" ", ".")


def work_email(f):
    given, family, _ = person(f)
    return f"{slug(given)}.{slug(family)}@{f.pick(CORP_DOMAINS)}"


def personal_email(f):
    given, family, _ = person(f)
    return (
        f"{slug(given)}{f.pick(['.', '_', ''])}{slug(family)[:7]}{f.r.randint(1, 99)}@{f.pick(MAIL_DOMAINS)}"
    )


def email(f):
    return work_email(f) if f.r.random() < 0.55 else personal_email(f)


def phone_sg(f):
    n = f"{f.pick(['8', '9'])}{f.r.randint(0, 999):03d}{f.r.randint(0, 9999):04d}"
    return f.pick([f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"{n[:4]} {n[4:]}", f"+65-{n[:4]}-{n[4:]}"])


def phone_fr(f):
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


def phone_other(f):
    return f.pick(
        [
            f"+44 7700 {f.r.randint(900000, 900999)}",
            f"+81 90-{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}",
            f"+91 98{f.r.randint(100, 999)} {f.r.randint(10000, 99999)}",
            f"+49 151 {f.r.randint(1000000, 9999999)}",
            f"+60 12-{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def caller(f):
    """A caller's number as Twilio sends it (E.164), remembered for `Caller`."""
    f._caller = f.pick(
        [
            f"+65{f.pick(['8', '9'])}{f.digits(7)}",
            f"+33{f.pick(['6', '7'])}{f.digits(8)}",
            f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}",
            f"+4477009{f.digits(5)}",
        ]
    )
    return f._caller


def labelled_person(f):
    given, family, name = person(f)
    return f"{name} <{slug(given)}.{slug(family)}@{f.pick(CORP_DOMAINS)}>"


def phone(f):
    kind = f.pick(["sg", "sg", "fr", "fr", "us", "us", "other"])
    if kind == "sg":
        return phone_sg(f)
    if kind == "fr":
        return phone_fr(f)
    if kind == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
    return phone_other(f)


SG_STREETS = [
    "Ang Mo Kio Ave 3",
    "Tampines St 81",
    "Jurong West St 52",
    "Toa Payoh Lor 1",
    "Bedok North Rd",
    "Punggol Field",
]
SG_CONDOS = [
    "Bukit Timah Road",
    "River Valley Road",
    "Holland Road",
    "Tanjong Rhu Road",
    "Marine Parade Road",
]
FR_VOIES = [
    "rue de la Roquette",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue du Faubourg Saint-Antoine",
    "allée des Tilleuls",
    "cours Mirabeau",
    "rue Sainte-Catherine",
]
FR_CITIES = [
    ("75011", "Paris"),
    ("69002", "Lyon"),
    ("13100", "Aix-en-Provence"),
    ("31000", "Toulouse"),
    ("92100", "Boulogne-Billancourt"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
]
US_STREETS = ["Elm St", "Magnolia Ave", "W Fullerton Pkwy", "Peachtree Rd NE", "Fremont Ave N", "5th Ave"]
US_CITIES = [
    ("Austin", "TX", "78701"),
    ("Brooklyn", "NY", "11215"),
    ("Oakland", "CA", "94610"),
    ("Chicago", "IL", "60614"),
    ("Seattle", "WA", "98103"),
    ("Atlanta", "GA", "30307"),
]


def address(f):
    kind = f.pick(["sg", "fr", "us"])
    if kind == "sg":
        unit = f"#{f.r.randint(2, 25):02d}-{f.r.randint(10, 999)}"
        block = f"Blk {f.r.randint(100, 999)} {f.pick(SG_STREETS)}"
        return f"{block}, {unit}, Singapore {f.r.randint(100000, 829999)}"
    if kind == "fr":
        cp, ville = f.pick(FR_CITIES)
        return f"{f.r.randint(1, 180)} {f.pick(FR_VOIES)}, {cp} {ville}"
    city, state, zip_ = f.pick(US_CITIES)
    return f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)}, {city}, {state} {zip_}"


def dob(f):
    return f.date(1958, 2003)


# -- identity documents and numbers ---------------------------------------------------------------


def nric_with(f, prefixes):
    prefix = f.pick(prefixes)
    digits = [f.r.randint(0, 9) for _ in range(7)]
    total = sum(d * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (
        4 if prefix in "TG" else 0
    )
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, digits)) + table[total % 11]


def nir(f):
    body = (
        f"{f.pick('12')}{f.r.randint(58, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 95):02d}"
        f"{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    if f.r.random() < 0.5:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


def ssn(f):
    return f.ssn() if f.r.random() < 0.7 else f.ssn().replace("-", "")


def passport_no(f, kind=None):
    kind = kind or f.pick(["sg", "fr", "us", "us", "in", "de"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "sg":
        return f.pick(["E", "K"]) + f.digits(7) + f.pick(letters)
    if kind == "fr":
        return f"{f.r.randint(10, 24)}{f.pick(letters)}{f.pick(letters)}{f.digits(5)}"
    if kind == "us":
        return f.pick([f.digits(9), f.pick(letters) + f.digits(8)])
    if kind == "in":
        return f.pick(letters) + f.digits(7)
    return "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))


def mrz_check(text: str) -> str:
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in text]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def mrz(f):
    given, family, country = f.me["first"], f.me["last"], f.me["iso3"]
    name = (
        ascii_fold(family).upper().replace(" ", "<").replace("'", "").replace("-", "<")
        + "<<"
        + ascii_fold(given).upper().replace(" ", "<")
    )
    line1 = ("P<" + country + name + "<" * 44)[:44]
    number = (f.me["passport"].upper() + "<" * 9)[:9]
    birth = f.me["dob"].replace("-", "")[2:]
    expiry = f"{f.r.randint(26, 34)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    personal = "<" * 14
    line2 = (
        number
        + mrz_check(number)
        + country
        + birth
        + mrz_check(birth)
        + f.me["sex"]
        + expiry
        + mrz_check(expiry)
        + personal
        + mrz_check(personal)
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return line1 + "\n" + line2 + mrz_check(composite)


def driving_licence(f):
    kind = f.pick(["fr", "fr_new", "ca", "il", "tx"])
    if kind == "fr":
        return f"{f.r.randint(70, 99)}{f.pick('ABCDEFGHJKLMN')}{f.pick('ABCDEFGHJKLMN')}{f.digits(5)}"
    if kind == "fr_new":
        return f.digits(12)
    if kind == "ca":
        return f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(7)
    if kind == "il":
        return f"{f.pick('BDGKMRSW')}{f.digits(3)}-{f.digits(4)}-{f.digits(4)}"
    return f.digits(8)


def pnr(f):
    return "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def bcbp(f):
    given, family = f.me["first"], f.me["last"]
    name = (ascii_fold(family).upper().replace(" ", "") + "/" + ascii_fold(given).upper().replace(" ", ""))[
        :20
    ]
    origin, dest = f.pick([("SIN", "CDG"), ("CDG", "JFK"), ("SFO", "SIN"), ("ORY", "NCE"), ("SIN", "HKG")])
    carrier = f.pick(["SQ ", "AF ", "UA ", "DL "])
    return (
        f"M1{name:<20}E{pnr(f):<7}{origin}{dest}{carrier}{f.r.randint(1, 9999):04d} "
        f"{f.r.randint(1, 366):03d}Y{f.r.randint(1, 60):03d}{f.pick('ABCDEK')}"
        f"{f.r.randint(1, 400):04d} 100"
    )


def ticket_no(f):
    return f.pick(["618", "057", "016", "006"]) + f.digits(10)


def ff_number(f):
    return f.pick(
        [f.digits(10), "8" + f.digits(9), f.pick(["AB", "KX", "TR"]) + f.digits(6), "3081" + f.digits(12)]
    )


def iban_fr(f):
    bank = f.pick(["30004", "30003", "20041", "10278", "30002", "11315", "18206"])
    branch = f"{f.r.randint(0, 99999):05d}"
    account = f"{f.r.randint(0, 10**11 - 1):011d}"
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "FR00")) % 97
    raw = f"FR{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def sg_account(f):
    return f.pick(
        [
            f"{f.r.randint(0, 999):03d}-{f.r.randint(0, 9)}-{f.r.randint(0, 999999):06d}",
            f"{f.r.randint(500, 699)}-{f.r.randint(0, 999999):06d}-{f.r.randint(1, 999):03d}",
            f"{f.r.randint(100, 999)}-{f.r.randint(100, 999)}-{f.r.randint(100, 999)}-{f.r.randint(0, 9)}",
        ]
    )


ROUTING = ["021000021", "026009593", "121000248", "011000138", "071000013"]
BICS = [
    "DBSSSGSG",
    "OCBCSGSG",
    "UOVBSGSG",
    "BNPAFRPP",
    "SOGEFRPP",
    "PSSTFRPP",
    "CMCIFRPP",
    "CHASUS33",
    "BOFAUS3N",
]
VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["VF1", "VF3", "1HG", "5YJ", "JTD", "WVW", "KMH"])
    body = (
        wmi
        + "".join(f.pick(chars) for _ in range(5))
        + "0"
        + f.pick("LMNPRS")
        + "".join(f.pick(chars) for _ in range(7))
    )
    total = sum(
        (int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(body, VIN_WEIGHTS, strict=True)
    )
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def plate(f):
    kind = f.pick(["sg", "fr", "fr", "us"])
    if kind == "sg":
        prefix = "S" + f.pick("BDFGJKL") + f.pick("ABCDEFGHJKLMNPRSTUXYZ")
        number = f.r.randint(1, 9999)
        a, b = (ord(c) - 64 for c in prefix[1:])
        digits = [int(d) for d in f"{number:04d}"]
        total = sum(v * w for v, w in zip([a, b, *digits], [9, 4, 5, 4, 3, 2], strict=True))
        return f"{prefix}{number}{'AZYXUTSRPMLKJHGEDCB'[total % 19]}"
    if kind == "fr":
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        return (
            f"{f.pick(letters)}{f.pick(letters)}-{f.r.randint(1, 999):03d}-{f.pick(letters)}{f.pick(letters)}"
        )
    return f.pick(
        [
            f"{f.r.randint(7, 9)}{f.hexid(3).upper().replace('0', 'K')}{f.r.randint(100, 999)}",
            f"KXT-{f.digits(4)}",
        ]
    )


def polyline(f) -> str:
    lat, lon = f.pick([(1.35, 103.82), (48.85, 2.35), (45.76, 4.83), (30.27, -97.74), (41.92, -87.65)])
    points = [
        (lat + f.r.uniform(-0.05, 0.05), lon + f.r.uniform(-0.05, 0.05)) for _ in range(f.r.randint(4, 8))
    ]
    out, prev = [], (0, 0)
    for plat, plon in points:
        cur = (round(plat * 1e5), round(plon * 1e5))
        for delta in (cur[0] - prev[0], cur[1] - prev[1]):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        prev = cur
    return "".join(out)


def near(f, kind):
    lat, lon = f.pick(
        [(1.3521, 103.8198), (48.8566, 2.3522), (40.7128, -74.006), (37.7749, -122.4194), (22.3193, 114.1694)]
    )
    return (
        round(lat + f.r.uniform(-0.08, 0.08), 6)
        if kind == "lat"
        else round(lon + f.r.uniform(-0.08, 0.08), 6)
    )


def b64url(f, n):
    return base64.urlsafe_b64encode(bytes(f.r.getrandbits(8) for _ in range(n))).rstrip(b"=").decode()


def pm_id(f):
    return "pm_1" + "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
    )


def gclid(f):
    return "Cj0KCQjw" + b64url(f, 60).replace("-", "_") + "_BwE"


def fbclid(f):
    return "IwAR" + b64url(f, 45).replace("-", "_")


def password(f):
    words = ["Tr@vel", "Sgp#Ops", "Paris!", "Expense$", "Roaml!y", "Winter", "Merlion"]
    return f.pick(words) + str(f.r.randint(10, 9999)) + f.pick(["!", "#", "?", "", "*"])


def user_id(f):
    return "usr_" + f.hexid(10)


def emp_id(f):
    return f.pick(["E", "EMP-", "SG", "FR", ""]) + f.digits(6)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def uuid(f):
    return f.uuid()


def iso(f):
    return f.iso()


def day(f):
    return f.date(2024, 2025)


def integer(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def boolean(f):
    return f.pick([True, False])


CURRENCIES = ["SGD", "EUR", "USD", "SGD", "EUR", "USD", "GBP", "JPY"]
AIRPORTS = ["SIN", "CDG", "ORY", "JFK", "SFO", "LHR", "NRT", "HKG", "ORD", "NCE", "LYS", "KUL", "BKK", "SYD"]
DEST_CITIES = [
    "Paris",
    "Singapore",
    "New York",
    "Tokyo",
    "London",
    "Lyon",
    "Kuala Lumpur",
    "Chicago",
    "Hong Kong",
    "Sydney",
]
HOTELS = [
    (
        "Pan Pacific Singapore",
        "Pan Pacific",
        "7 Raffles Blvd, Singapore 039595",
        "Singapore",
        "+65 6336 8111",
        1.291404,
        103.858801,
    ),
    (
        "Novotel Paris Gare de Lyon",
        "Accor",
        "2 Rue Hector Malot, 75012 Paris",
        "Paris",
        "+33 1 44 67 60 00",
        48.842139,
        2.374431,
    ),
    (
        "Hilton Chicago",
        "Hilton",
        "720 S Michigan Ave, Chicago, IL 60605",
        "Chicago",
        "+1 312-922-4400",
        41.872542,
        -87.624498,
    ),
    (
        "citizenM New York Times Square",
        "citizenM",
        "218 W 50th St, New York, NY 10019",
        "New York",
        "+1 212-461-3638",
        40.762311,
        -73.985702,
    ),
    (
        "Mercure Lyon Centre Château Perrache",
        "Accor",
        "12 Cours de Verdun Rambaud, 69002 Lyon",
        "Lyon",
        "+33 4 72 77 15 00",
        45.749713,
        4.826712,
    ),
    (
        "Marina Bay Sands",
        "MBS",
        "10 Bayfront Ave, Singapore 018956",
        "Singapore",
        "+65 6688 8888",
        1.283414,
        103.860718,
    ),
]


def choose(attr, items, i):
    """Draw a tuple for this event and return its i-th item; `chosen` reads the same tuple."""

    def gen(f):
        setattr(f, attr, f.pick(items))
        return getattr(f, attr)[i]

    return gen


def chosen(attr, i):
    return lambda f: getattr(f, attr)[i]


def hotel_field(i):
    return choose("_hotel", HOTELS, 0) if i == 0 else chosen("_hotel", i)


def flight_name(f):
    return f"{f.pick(['SQ', 'AF', 'UA'])} {f.r.randint(10, 999)} {f.pick(AIRPORTS)}-{f.pick(AIRPORTS)}"


MERCHANTS = [
    "Ya Kun Kaya Toast",
    "Grab",
    "Uber",
    "SNCF Connect",
    "Paul Gare du Nord",
    "Starbucks",
    "G7 Taxi",
    "Shell",
    "Le Relais de l'Entrecôte",
    "Din Tai Fung",
]
OCR_LINES = [
    "CAFE LATTE 5.50",
    "KAYA TOAST SET 4.80",
    "TOTAL 23.40",
    "GST 9% 1.93",
    "TVA 10% 2,30",
    "VISA ****4821",
    "MERCI DE VOTRE VISITE",
    "SUBTOTAL 21.47",
    "TIP 3.00",
    "TABLE 12",
]

# -- the event's own person ----------------------------------------------------------------------
# Fields about the user of an event (their profile, documents, card, bank account) come from one
# persona drawn per event, so that an event is coherent; other people (approvers, attendees,
# contacts, recipients) are drawn afresh.

NATIONALITY = {
    "SGP": "Singaporean",
    "MYS": "Malaysian",
    "IND": "Indian",
    "FRA": "French",
    "USA": "American",
    "JPN": "Japanese",
    "KOR": "South Korean",
    "DEU": "German",
    "NGA": "Nigerian",
    "BRA": "Brazilian",
    "POL": "Polish",
    "ARE": "Emirati",
    "VNM": "Vietnamese",
    "NOR": "Norwegian",
}
PASSPORT_KIND = {"SGP": "sg", "FRA": "fr", "USA": "us", "IND": "in", "DEU": "de"}


def new_persona(f: Fake) -> dict:
    given, family, name, iso3 = person4(f)
    home = {"SGP": "SG", "MYS": "SG", "FRA": "FR", "USA": "US"}.get(iso3) or f.pick(["SG", "FR", "US"])
    if home == "SG":
        unit = f"#{f.r.randint(2, 25):02d}-{f.r.randint(10, 999)}"
        street_ = f"Blk {f.r.randint(100, 999)} {f.pick(SG_STREETS)} {unit}"
        city, state, zip_ = "Singapore", "", f"{f.r.randint(100000, 829999)}"
        full_address = f"{street_}, Singapore {zip_}"
        phone_ = phone_sg(f)
    elif home == "FR":
        street_ = f"{f.r.randint(1, 180)}{f.pick(['', '', ' bis'])} {f.pick(FR_VOIES)}"
        zip_, city = f.pick(FR_CITIES)
        state = ""
        full_address = f"{street_}, {zip_} {city}"
        phone_ = phone_fr(f)
    else:
        street_ = (
            f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)}{f.pick(['', ', Apt ' + str(f.r.randint(1, 40))])}"
        )
        city, state, zip_ = f.pick(US_CITIES)
        full_address = f"{street_}, {city}, {state} {zip_}"
        phone_ = f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space"]))
    nid_type = {"SG": "NRIC" if iso3 == "SGP" else "FIN", "FR": "NIR", "US": "SSN"}[home]
    nid = {
        "NRIC": lambda: nric_with(f, "ST"),
        "FIN": lambda: nric_with(f, "FG"),
        "NIR": lambda: nir(f),
        "SSN": lambda: ssn(f),
    }
    domain = f.pick(CORP_DOMAINS)
    f.me = {
        "first": given,
        "last": family,
        "full": name,
        "iso3": iso3,
        "nationality": NATIONALITY[iso3],
        "home": home,
        "work_email": f"{slug(given)}.{slug(family)}@{domain}",
        "personal_email": f"{slug(given)}{f.pick(['.', '_', ''])}{slug(family)[:7]}{f.r.randint(1, 99)}"
        f"@{f.pick(MAIL_DOMAINS)}",
        "phone": phone_,
        "street": street_,
        "city": city,
        "state": state,
        "zip": zip_,
        "address": full_address,
        "passport": passport_no(f, PASSPORT_KIND.get(iso3, f.pick(["sg", "fr", "us", "in", "de"]))),
        "nid_type": nid_type,
        "nid": nid[nid_type](),
        "dob": dob(f),
        "sex": f.pick("MF"),
        "bank_account": {"SG": sg_account, "FR": iban_fr, "US": lambda f: f.digits(f.r.randint(8, 12))}[home](
            f
        ),
    }
    return f.me


def me(key):
    return lambda f: f.me[key]


def me_upper(f):
    return ascii_fold(f.me["full"]).upper()


# -- contexts sent by the client libraries ----------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
PAGES = [
    ("/trips", "My trips | Roamly"),
    ("/expenses/new", "New expense | Roamly"),
    ("/approvals", "Approvals | Roamly"),
    ("/book/flights", "Book a flight | Roamly"),
    ("/profile/travel-documents", "Travel documents | Roamly"),
]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "next-1.74.0")),
        },
        "page": {
            "path": G(choose("_page", PAGES, 0)),
            "referrer": G(
                pick(
                    "",
                    "https://www.google.com/",
                    "https://app.roamly.io/trips",
                    "https://outlook.office.com/",
                )
            ),
            "search": G(pick("", "?tab=upcoming", "?utm_source=email&utm_medium=digest", "?status=pending")),
            "title": G(chosen("_page", 1)),
            "url": G(lambda f: "https://app.roamly.io" + f._page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "125", "99", "8")),
                },
                3,
            ),
            "mobile": G(const(False)),
            "platform": G(pick("macOS", "Windows")),
        },
        "locale": G(pick("en-SG", "fr-FR", "en-US", "en-GB", "zh-SG")),
        "timezone": G(
            pick(
                "Asia/Singapore", "Europe/Paris", "America/New_York", "America/Chicago", "America/Los_Angeles"
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(pick("weekly_digest", "policy_update_q3", "spring_offsite")),
            "source": G(pick("email", "slack", "linkedin")),
            "medium": G(pick("email", "social", "cpc")),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(const("Roamly")),
            "version": G(pick("6.4.0", "6.4.2", "6.5.0")),
            "build": G(pick("6400", "6421", "6503")),
            "namespace": G(const("io.roamly.business")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone15,4")),
            "name": G(const("iPhone")),
            "type": G(const("ios")),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(boolean),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "os": {"name": G(const("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(393, 430, 390)), "height": G(pick(852, 932, 844))},
        "network": {"wifi": G(boolean), "cellular": G(boolean)},
        "locale": G(pick("en-SG", "fr-FR", "en-US")),
        "timezone": G(pick("Asia/Singapore", "Europe/Paris", "America/New_York", "Asia/Tokyo")),
        "instanceId": G(uuid),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(const("Roamly")),
            "version": G(pick("6.4.0", "6.4.1", "6.5.0")),
            "build": G(pick("640012", "641003", "650001")),
            "namespace": G(const("io.roamly.business")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "OnePlus", "Xiaomi")),
            "model": G(pick("SM-S921B", "Pixel 8", "CPH2581", "23127PN0CG")),
            "name": G(pick("e1q", "shiba", "OP5929L1", "houji")),
            "type": G(const("android")),
            "advertisingId": Y(uuid, "advertising id"),
            "adTrackingEnabled": G(boolean),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.16.3", "1.17.0"))},
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 3120, 2400)),
        },
        "network": {
            "wifi": G(boolean),
            "cellular": G(boolean),
            "bluetooth": G(const(False)),
            "carrier": G(pick("Singtel", "StarHub", "Orange F", "SFR", "T-Mobile", "Verizon")),
        },
        "locale": G(pick("en-SG", "fr-FR", "en-US", "ms-MY")),
        "timezone": G(pick("Asia/Singapore", "Europe/Paris", "America/Chicago")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.005)",
            )
        ),
        "instanceId": G(uuid),
        "location": {
            "latitude": Y(lambda f: near(f, "lat"), "geolocation"),
            "longitude": Y(lambda f: near(f, "lon"), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 25), 1)),
        },
    }


RN_DEVICES = [
    ("Apple", "iPhone14,7", "ios", "iOS", "17.4"),
    ("samsung", "SM-A546E", "android", "Android", "14"),
    ("Apple", "iPhone15,4", "ios", "iOS", "17.5.1"),
    ("Google", "Pixel 7a", "android", "Android", "14"),
    ("Xiaomi", "2201117TG", "android", "Android", "13"),
]


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(const("Roamly")),
            "version": G(pick("6.3.9", "6.4.0")),
            "build": G(pick("1893", "1901", "1904")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(choose("_dev", RN_DEVICES, 0)),
            "model": G(chosen("_dev", 1)),
            "type": G(chosen("_dev", 2)),
        },
        "library": {"name": G(const("analytics-react-native")), "version": G(pick("2.19.2", "2.20.1"))},
        "os": {"name": G(chosen("_dev", 3)), "version": G(chosen("_dev", 4))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "network": {"wifi": G(boolean), "cellular": G(boolean)},
        "locale": G(pick("en-SG", "fr-FR", "en-US")),
        "timezone": G(pick("Asia/Singapore", "Europe/Paris", "America/Los_Angeles")),
        "traits": {
            "email": Y(me("work_email"), "email"),
            "name": Y(me("full"), "name"),
            "employeeId": G(emp_id),
            "phone": Y(me("phone"), "phone"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(const("Roamly Lite")),
            "version": G(pick("2.1.0", "2.1.4")),
            "build": G(pick("210", "214")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(choose("_dev", RN_DEVICES, 0)),
            "model": G(chosen("_dev", 1)),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "os": {"name": G(lambda f: f._dev[3].lower()), "version": G(chosen("_dev", 4))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 892)), "density": G(pick(3.0, 2.625))},
        "locale": G(pick("en_SG", "fr_FR", "en_US")),
        "timezone": G(pick("Asia/Singapore", "Europe/Paris", "America/Denver")),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.CSharp", "2.3.7"),
}


def server_context(client: str):
    def make(f: Fake):
        name, version = SERVER_LIBS[client]
        ctx = {"library": {"name": G(const(name)), "version": G(const(version))}}
        if client in ("python", "java", "php"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if client == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(work_email, "email", True),
                    "type": G(const("work_email")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            )
            ctx["groupId"] = G(lambda f: "org_" + f.hexid(8))
        if client == "dotnet":
            ctx["instanceId"] = G(uuid)
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
MOBILE = ["ios", "android", "rn", "flutter"]

# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body). Paths are per section, so one key means one
# thing across every event in which it appears.

EVENTS = [
    # -- profiles ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "ios", "android", "rn"],
        {
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "email": Y(me("work_email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "title": G(
                pick(
                    "Senior Consultant",
                    "Field Engineer",
                    "Regional Sales Director",
                    "Clinical Research Associate",
                )
            ),
            "company": {"name": G(lambda f: f.pick(COMPANIES)), "id": G(lambda f: "org_" + f.hexid(8))},
            "employeeId": G(emp_id),
            "department": G(pick("Sales", "R&D", "Finance", "Operations", "Medical Affairs")),
            "costCenter": G(pick("CC-4100", "CC-2210", "SG-OPS-07", "FR-RD-12")),
            "address": {
                "street": Y(me("street"), "street|address"),
                "city": Y(me("city"), "city"),
                "postalCode": Y(me("zip"), "zipcode"),
                "country": G(me("home")),
            },
            "birthday": Y(me("dob"), "birthdate"),
            "gender": Y(pick("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "createdAt": G(iso),
            "plan": G(pick("business", "enterprise", "team")),
            "role": G(pick("traveler", "approver", "travel_manager", "admin")),
            "emailVerified": G(boolean),
            "age": G(integer(23, 64)),
            "avatar": Y(lambda f: f"https://cdn.roamly.io/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMPLOYEE_ID": G(emp_id),
            "WORK_EMAIL": Y(
                lambda f: f.me["work_email"].upper() if f.r.random() < 0.3 else f.me["work_email"], "email"
            ),
            "FULL_NAME": Y(me_upper, "name"),
            "DEPARTMENT": G(pick("SALES", "FINANCE", "OPERATIONS", "R&D")),
            "COST_CENTER": G(pick("4100", "2210", "7305", "1120")),
            "MANAGER_EMAIL": Y(work_email, "email"),
            "HOME_CITY": Y(lambda f: f.me["city"].upper(), "city"),
            "HIRE_DATE": G(lambda f: f.date(2008, 2024)),
            "ANNUAL_SALARY_USD": Y(integer(48000, 260000), "salary"),
            "TRAVEL_POLICY_TIER": G(pick("T1", "T2", "EXEC")),
            "LEGAL_ENTITY": G(pick("Acme Corp SG Pte Ltd", "Meridian Pharma SA", "Acme Corp Inc.")),
            "IS_ACTIVE": G(boolean),
            "PERSONAL_MOBILE": Y(me("phone"), "phone"),
            "DATE_OF_BIRTH": Y(me("dob"), "birthdate"),
            "HOME_POSTCODE": Y(me("zip"), "zipcode"),
            "LAST_SYNCED_AT": G(iso),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nom": Y(last, "name"),
            "prenom": Y(first, "name"),
            "courriel": Y(email, "email"),
            "telephonePortable": Y(phone_fr, "phone"),
            "dateNaissance": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2002)}",
                "birthdate",
            ),
            "adressePostale": Y(lambda f: f"{f.r.randint(1, 180)} {f.pick(FR_VOIES)}", "address|street"),
            "codePostal": Y(lambda f: f.pick(FR_CITIES)[0], "zipcode"),
            "ville": Y(lambda f: f.pick(FR_CITIES)[1], "city"),
            "matricule": G(lambda f: f.digits(6)),
            "service": G(pick("Commercial", "Comptabilité", "R&D", "Logistique")),
            "poste": G(pick("Ingénieur commercial", "Chef de projet", "Directrice financière", "Technicien")),
            "numeroSecuriteSociale": RED(nir, "social security number|national id"),
            "situationFamiliale": G(pick("marié(e)", "célibataire", "pacsé(e)", "divorcé(e)")),
            "nombreEnfants": G(integer(0, 4)),
            "languePreferee": G(pick("fr", "en")),
        },
    ),
    (
        "track",
        "Traveler Profile Updated",
        ["web", "ios"],
        {
            "passportNumber": RED(me("passport"), "passport"),
            "passportExpiry": G(lambda f: f.date(2025, 2034)),
            "passportIssuingCountry": G(me("iso3")),
            "nationality": Y(me("nationality"), "citizenship"),
            "knownTravelerNumber": RED(lambda f: f.pick(["TT", "98", "15"]) + f.digits(7), "national id"),
            "redressNumber": RED(lambda f: f.digits(7), "national id"),
            "frequentFlyer": Many(
                {
                    "airline": G(pick("SQ", "AF", "UA", "DL", "CX")),
                    "number": G(ff_number),
                },
                3,
            ),
            "hotelLoyalty": Many(
                {
                    "chain": G(pick("Marriott Bonvoy", "Hilton Honors", "ALL Accor", "World of Hyatt")),
                    "memberNumber": G(lambda f: f.pick([f.digits(9), "3081" + f.digits(12)])),
                },
                2,
            ),
            "seatPreference": G(pick("window", "aisle", "no_preference")),
            "mealPreference": Y(
                pick("NONE", "VGML", "AVML", "MOML", "KSML", "HNML", "DBML", "GFML"), "religion|condition"
            ),
            "specialAssistance": RED(pick("none", "WCHR", "WCHS", "BLND", "DEAF"), "disability"),
            "passportScanned": G(boolean),
            "hasGlobalEntry": G(boolean),
            "emergencyContact": {
                "name": Y(full, "name"),
                "relationship": G(pick("spouse", "parent", "sibling", "partner", "friend")),
                "phone": Y(phone, "phone"),
                "email": Y(personal_email, "email"),
            },
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["ios", "android"],
        {
            "scanId": G(uuid),
            "confidence": G(lambda f: round(f.r.uniform(0.82, 0.999), 3)),
            "result": {
                "documentType": G(const("P")),
                "issuingCountry": G(me("iso3")),
                "documentNumber": RED(me("passport"), "passport"),
                "surname": Y(lambda f: ascii_fold(f.me["last"]).upper(), "name"),
                "givenNames": Y(lambda f: ascii_fold(f.me["first"]).upper(), "name"),
                "dateOfBirth": Y(me("dob"), "birthdate"),
                "sex": Y(me("sex"), "sex|gender"),
                "nationality": Y(me("iso3"), "citizenship"),
                "dateOfExpiry": G(lambda f: f.date(2025, 2034)),
            },
            "rawText": RED(mrz, "passport", True),
            "durationMs": G(integer(400, 6000)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web"],
        {
            "dependant": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(lambda f: f.date(2008, 2022), "birthdate"),
                "relationship": G(pick("child", "spouse", "domestic_partner")),
                "passportNumber": RED(passport_no, "passport"),
                "nationality": Y(pick("Singaporean", "French", "American", "Filipino"), "citizenship"),
            },
            "assignmentId": G(lambda f: "ASG-" + f.digits(5)),
            "requiresVisa": G(boolean),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["web", "rn"],
        {
            "contact": {
                "fullName": Y(full, "name"),
                "relationship": G(pick("spouse", "mother", "father", "partner", "brother")),
                "mobile": Y(phone, "phone"),
                "email": Y(personal_email, "email"),
                "address": Y(address, "address"),
                "languageSpoken": G(pick("English", "French", "Mandarin", "Malay", "Tamil")),
            },
            "isPrimary": G(boolean),
        },
    ),
    (
        "track",
        "Medical Info Updated",
        ["ios"],
        {
            "allergies": Many(
                Y(pick("peanuts", "penicillin", "shellfish", "latex", "sulfa drugs"), "allergy"), 2
            ),
            "conditions": Many(
                Y(pick("asthma", "type 1 diabetes", "epilepsy", "hypertension"), "condition"), 2
            ),
            "medications": Many(
                Y(
                    pick("insulin glargine", "salbutamol inhaler", "levetiracetam", "amlodipine"),
                    "medication",
                ),
                2,
            ),
            "hasMobilityImpairment": RED(boolean, "disability"),
            "pregnant": Y(boolean, "condition"),
            "insurer": G(pick("AXA Assistance", "Allianz Travel", "Cigna Global", "Chubb")),
            "insurancePolicyNumber": Y(
                lambda f: f.pick(["AXA", "ALZ", "CG"]) + "-" + f.digits(9), "identification"
            ),
            "insurerMemberId": Y(lambda f: f.pick(["U", "M"]) + f.digits(8) + "-01", "identification"),
        },
    ),
    (
        "track",
        "Corporate Card Application Submitted",
        ["web"],
        {
            "applicationId": G(lambda f: "APP" + f.digits(8)),
            "legalName": Y(me("full"), "name"),
            "dateOfBirth": Y(me("dob"), "birthdate"),
            "idDocument": {
                "type": G(me("nid_type")),
                "number": RED(me("nid"), "national id|social security number"),
            },
            "residentialAddress": Y(me("address"), "address"),
            "mobileNumber": Y(me("phone"), "phone"),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "jobTitle": G(pick("Account Manager", "Engineer", "VP Operations", "Analyst")),
            "annualIncome": Y(integer(40000, 300000), "salary"),
            "creditScore": Y(integer(560, 840), "credit score"),
        },
    ),
    (
        "track",
        "Employee Synced",
        ["java"],
        {
            "workerId": G(lambda f: "WD" + f.digits(7)),
            "legalFirstName": Y(me("first"), "name"),
            "legalLastName": Y(me("last"), "name"),
            "nationalId": RED(me("nid"), "national id|social security number"),
            "homeAddress": Y(me("address"), "address"),
            "preferredName": Y(me("first"), "name"),
            "workEmail": Y(me("work_email"), "email"),
            "personalEmail": Y(me("personal_email"), "email"),
            "managerWorkerId": G(lambda f: "WD" + f.digits(7)),
            "officeLocation": G(
                pick(
                    "Singapore - Marina One",
                    "Paris - La Défense",
                    "Chicago - Fulton Market",
                    "Lyon - Part-Dieu",
                )
            ),
            "employmentType": G(pick("full_time", "contractor", "intern")),
            "gradeLevel": G(pick("L4", "L5", "L6", "M2")),
            "hourlyRate": Y(lambda f: f.money(28, 140), "salary"),
            "rightToWorkVerified": RED(boolean, "visa"),
            "workPassType": RED(
                pick("Citizen", "PR", "Employment Pass", "S Pass", "Dependant's Pass"), "visa"
            ),
            "veteranStatus": RED(
                pick("not a protected veteran", "protected veteran", "decline to self-identify"), "veteran"
            ),
            "ethnicity": Y(
                pick("Chinese", "Malay", "Indian", "Hispanic or Latino", "Two or more races", "White"),
                "ethnicity|race",
            ),
        },
    ),
    (
        "track",
        "Visa Application Started",
        ["web"],
        {
            "destinationCountry": G(pick("CN", "IN", "VN", "US", "AU")),
            "visaCategory": G(pick("business", "tourist", "transit")),
            "applicantName": Y(me("full"), "name"),
            "fathersName": Y(full, "name"),
            "placeOfBirth": Y(
                pick("Chennai", "Ipoh", "Marseille", "Manila", "Shenzhen", "Cleveland"), "city"
            ),
            "passportNumber": RED(me("passport"), "passport"),
            "visaNumber": RED(lambda f: f.pick(["V", "E", ""]) + f.digits(8), "visa"),
            "requiresSponsorship": RED(boolean, "visa"),
            "provider": G(pick("CIBT", "VFS Global", "iVisa")),
            "processingFee": G(money(30, 250)),
            "appointmentDate": G(day),
        },
    ),
    (
        "track",
        "Loyalty Account Linked",
        ["ios", "android"],
        {
            "program": G(pick("KrisFlyer", "Flying Blue", "MileagePlus", "Marriott Bonvoy", "ALL Accor")),
            "memberNumber": G(ff_number),
            "memberName": Y(full, "name"),
            "tier": G(pick("Elite Silver", "Gold", "Platinum", "Member")),
            "pointsBalance": G(integer(0, 450000)),
            "linkedVia": G(pick("oauth", "manual")),
        },
    ),
    # -- booking ----------------------------------------------------------------------------------
    (
        "track",
        "Flights Searched",
        ["web", "ios", "android"],
        {
            "origin": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(lambda f: f.pick(AIRPORTS)),
            "departDate": G(day),
            "cabinClass": G(pick("economy", "premium_economy", "business")),
            "adults": G(integer(1, 3)),
            "flexibleDates": G(boolean),
            "resultsCount": G(integer(0, 240)),
            "searchId": G(uuid),
        },
    ),
    (
        "track",
        "Destination Searched",
        ["web", "ios", "flutter"],
        {
            "query": G(
                pick(
                    "par", "Singapore Changi", "kuala lum", "lyon part dieu", "NRT", "chicago o'hare", "Nice"
                )
            ),
            "suggestionsShown": G(integer(0, 8)),
            "selectedIata": G(lambda f: f.pick(AIRPORTS)),
            "sessionToken": G(uuid),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "BK" + f.digits(9)),
            "checkout_id": G(uuid),
            "total": G(money(90, 6000)),
            "revenue": G(money(5, 60)),
            "tax": G(money(0, 300)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "payment_method": G(pick("corporate_card", "lodged_card", "invoice")),
            "pnr": G(pnr),
            "products": Many(
                {
                    "product_id": G(lambda f: "fare_" + f.hexid(12)),
                    "sku": G(
                        lambda f: (
                            f.pick(["YLITE", "YSTD", "JFLEX", "WCLASSIC"])
                            + "-"
                            + f.pick(AIRPORTS)
                            + f.pick(AIRPORTS)
                        )
                    ),
                    "name": G(flight_name),
                    "brand": G(pick("Singapore Airlines", "Air France", "United", "Delta")),
                    "category": G(pick("flight", "ancillary")),
                    "price": G(money(80, 4200)),
                    "quantity": G(integer(1, 2)),
                },
                3,
            ),
            "passengers": Many(
                {
                    "salutation": Y(pick("Mr", "Ms", "Mrs", "Mx"), "gender"),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "type": G(pick("ADT", "ADT", "CHD")),
                    "ticket_number": G(ticket_no),
                    "seat": G(lambda f: f"{f.r.randint(1, 60)}{f.pick('ABCDEFGHJK')}"),
                    "frequent_flyer_number": G(ff_number),
                    "passport_number": RED(passport_no, "passport"),
                    "nationality": Y(pick("SG", "FR", "US", "IN", "MY", "DE"), "citizenship"),
                    "email": Y(email, "email"),
                    "mobile": Y(phone, "phone"),
                },
                2,
            ),
            "booker_email": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "Boarding Pass Viewed",
        ["ios", "android", "rn"],
        {
            "flightNumber": G(lambda f: f.pick(["SQ", "AF", "UA"]) + str(f.r.randint(10, 999))),
            "gate": G(lambda f: f.pick("ABCDEF") + str(f.r.randint(1, 60))),
            "boardingGroup": G(pick("1", "2", "3", "4", "PRIORITY")),
            "barcodeData": Y(bcbp, "name", True),
            "passengerName": Y(lambda f: ascii_fold(f"{f.me['last']}/{f.me['first']}").upper(), "name"),
            "barcodeFormat": G(pick("PDF417", "AZTEC", "QR")),
            "addedToWallet": G(boolean),
        },
    ),
    (
        "track",
        "Hotel Booked",
        ["go"],
        {
            "bookingId": G(lambda f: "HB-" + f.digits(8)),
            "confirmationNumber": G(lambda f: f.digits(9)),
            "hotel": {
                "name": G(hotel_field(0)),
                "chain": G(hotel_field(1)),
                "address": G(hotel_field(2)),
                "city": G(hotel_field(3)),
                "phone": G(hotel_field(4)),
                "latitude": G(hotel_field(5)),
                "longitude": G(hotel_field(6)),
            },
            "checkIn": G(day),
            "checkOut": G(day),
            "nights": G(integer(1, 9)),
            "roomType": G(pick("Deluxe King", "Superior Twin", "Standard Queen", "Club Room")),
            "rate": {"amount": G(money(120, 780)), "currency": G(lambda f: f.pick(CURRENCIES))},
            "guestName": Y(full, "name"),
            "guestEmail": Y(work_email, "email"),
            "guestPhone": Y(phone, "phone"),
            "loyaltyNumber": G(ff_number),
            "virtualCard": {
                "number": RED(lambda f: f.card(), "credit card"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 28)}"),
                "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
                "brand": G(pick("visa", "mastercard")),
            },
            "specialRequests": G(
                pick(
                    "High floor, away from lift",
                    "Late check-in after 23:00",
                    "Quiet room",
                    "Twin beds if possible",
                    "",
                )
            ),
            "petFriendly": G(boolean),
            "pet": {
                "name": G(pick("Biscuit", "Mochi", "Lola", "Kaya", "Rocky")),
                "species": G(pick("dog", "cat")),
                "weightKg": G(money(2, 30)),
            },
        },
    ),
    (
        "track",
        "Rail Ticket Booked",
        ["php"],
        {
            "operator": G(pick("SNCF", "Eurostar", "Amtrak", "Trenitalia France")),
            "train_number": G(lambda f: str(f.r.randint(6000, 9999))),
            "origin_station": G(
                pick(
                    "Paris Gare de Lyon",
                    "Lyon Part-Dieu",
                    "Marseille Saint-Charles",
                    "London St Pancras",
                    "New York Penn",
                )
            ),
            "destination_station": G(
                pick("Lille Europe", "Bordeaux Saint-Jean", "Brussels-Midi", "Washington Union Station")
            ),
            "departure_time": G(iso),
            "seat": G(lambda f: f"{f.r.randint(1, 60)}{f.pick('ABCDEFGHJK')}"),
            "fare_class": G(pick("2nde", "1ère", "Standard Premier", "Business")),
            "passenger_name": Y(full, "name"),
            "passenger_email": Y(email, "email"),
            "passenger_birthdate": Y(dob, "birthdate"),
            "carte_avantage_number": G(lambda f: "29090" + f.digits(12)),
            "price": G(money(25, 380)),
            "reference_dossier": G(pnr),
        },
    ),
    (
        "track",
        "Ride Booked",
        ["android", "ios"],
        {
            "rideId": G(uuid),
            "provider": G(pick("Grab", "Uber for Business", "G7", "Blacklane")),
            "pickupLocation": G(pick("SIN Terminal 3", "CDG Terminal 2E", "JFK Terminal 4", "Gare de Lyon")),
            "dropoffAddress": Y(address, "address"),
            "passengerPhone": Y(phone, "phone"),
            "driver": {
                "name": Y(first, "name"),
                "maskedPhone": G(
                    lambda f: f.pick(["+65 3158 ", "+33 1 76 36 ", "+1 (415) 555-"]) + f.digits(4)
                ),
                "vehiclePlate": Y(plate, "license"),
                "vehicleModel": G(
                    pick("Toyota Prius", "Hyundai Ioniq 5", "Mercedes E-Class", "Tesla Model 3")
                ),
            },
            "fareEstimate": G(money(12, 120)),
        },
    ),
    (
        "track",
        "Trip Created",
        ["ios", "web"],
        {
            "tripId": G(lambda f: "trp_" + f.hexid(10)),
            "tripName": G(
                pick(
                    "Q3 offsite Paris", "Client visit - Lyon", "SG sales kickoff", "APAC roadshow", "Conf NYC"
                )
            ),
            "purpose": G(pick("client_meeting", "conference", "internal", "training")),
            "destinations": Many(G(lambda f: f.pick(DEST_CITIES)), 3),
            "travellerEmails": Many(Y(work_email, "email"), 4),
            "startDate": G(day),
            "endDate": G(day),
            "isInternational": G(boolean),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        ["dotnet"],
        {
            "BookingReference": G(pnr),
            "CancellationReason": G(pick("TripCancelled", "DateChange", "DuplicateBooking", "Illness")),
            "RefundAmount": G(money(0, 2500)),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "TravellerName": Y(full, "name"),
            "TravellerEmail": Y(work_email, "email"),
            "CancelledBy": G(user_id),
        },
    ),
    (
        "track",
        "Hotel Rate Audited",
        ["ruby"],
        {
            "hotel-id": G(lambda f: "htl_" + f.digits(6)),
            "nightly-rate": G(money(90, 700)),
            "negotiated-rate": G(money(90, 600)),
            "guest-email": Y(work_email, "email"),
            "guest-phone": Y(phone, "phone"),
            "audit-result": G(pick("match", "overcharge", "missing_rate")),
            "savings-usd": G(money(0, 120)),
        },
    ),
    # -- approvals --------------------------------------------------------------------------------
    (
        "track",
        "Approval Requested",
        ["java"],
        {
            "approvalId": G(uuid),
            "tripId": G(lambda f: "trp_" + f.hexid(10)),
            "requesterId": G(user_id),
            "requesterName": Y(full, "name"),
            "approverId": G(user_id),
            "approverName": Y(full, "name"),
            "approverEmail": Y(work_email, "email"),
            "status": G(pick("pending", "approved", "rejected", "escalated")),
            "outOfPolicy": G(boolean),
            "policyViolations": Many(
                G(pick("fare_above_cap", "advance_booking", "cabin_class", "hotel_rate")), 2
            ),
            "totalEstimate": G(money(200, 9000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "note": G(
                pick(
                    "Approved, within budget",
                    "Please book economy next time",
                    "OK for Q3 offsite",
                    "Rejected: use the negotiated hotel",
                )
            ),
        },
    ),
    (
        "track",
        "Approver Selected",
        ["web"],
        {
            "label": Y(labelled_person, "name|email", True),
            "selectedId": G(user_id),
            "position": G(integer(0, 9)),
            "source": G(pick("suggested", "search", "org_chart")),
        },
    ),
    (
        "track",
        "People Searched",
        ["web", "ios"],
        {
            "q": Y(lambda f: f.pick([first(f), full(f), full(f).lower()]), "name", True),
            "resultsCount": G(integer(0, 25)),
            "scope": G(pick("company", "team", "delegates")),
        },
    ),
    (
        "track",
        "Approval Link Opened",
        ["ruby"],
        {
            "approval_id": G(uuid),
            "approval_token": RED(lambda f: b64url(f, 24), "token"),
            "link_expires_at": G(iso),
            "opened_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "action": G(pick("approve", "reject", "view")),
        },
    ),
    (
        "track",
        "Report Approved",
        ["java"],
        {
            "reportId": G(lambda f: "RPT-" + f.digits(7)),
            "approver": {
                "fullName": Y(full, "name"),
                "email": Y(work_email, "email"),
                "title": G(pick("Finance Manager", "Head of Sales APAC", "Directeur R&D")),
            },
            "approvedAmount": G(money(20, 6000)),
            "comments": G(pick("", "OK", "Receipts verified", "Merci", "Split the taxi next time")),
        },
    ),
    # -- expenses ---------------------------------------------------------------------------------
    (
        "track",
        "Receipt Captured",
        ["ios", "android", "flutter"],
        {
            "receiptId": G(uuid),
            "imageSha256": G(lambda f: f.hexid(64)),
            "ocr": {
                "merchantName": G(lambda f: f.pick(MERCHANTS)),
                "merchantAddress": G(
                    pick(
                        "1 Raffles Place, Singapore 048616",
                        "Gare du Nord, 75010 Paris",
                        "233 S Wacker Dr, Chicago, IL",
                    )
                ),
                "merchantTaxId": G(
                    lambda f: f.pick(
                        ["FR" + f.digits(11), "M2-" + f.digits(7) + "-6", "20" + f.digits(7) + "K"]
                    )
                ),
                "totalAmount": G(money(2, 480)),
                "taxAmount": G(money(0, 40)),
                "currency": G(lambda f: f.pick(CURRENCIES)),
                "cardLast4": G(lambda f: f.digits(4)),
                "lines": Many(G(lambda f: f.pick(OCR_LINES)), 6),
            },
            "autoCategorized": G(boolean),
            "category": G(pick("meals", "taxi", "lodging", "airfare", "fuel", "parking")),
        },
    ),
    (
        "track",
        "Hotel Folio Parsed",
        ["python"],
        {
            "folioId": G(uuid),
            "folio": {
                "guest": Y(me("full"), "name", True),
                "roomNumber": G(lambda f: str(f.r.randint(201, 3512))),
                "arrival": G(day),
                "departure": G(day),
                "total": G(money(150, 3200)),
                "rawText": Y(
                    lambda f: (
                        f"{f.pick(HOTELS)[0].upper()}\nGuest: {f.me['full']}\nRoom {f.r.randint(201, 3512)}  "
                        f"Arr {f.date(2024, 2024)}\nRoom charge {f.money(150, 600)}\nCity tax 2.88"
                    ),
                    "name",
                    True,
                ),
            },
            "lineItems": G(integer(2, 30)),
            "parser": G(pick("folio-v3", "folio-v4-beta")),
        },
    ),
    (
        "track",
        "Expense Submitted",
        ["web"],
        {
            "expenseId": G(lambda f: "EXP-2024-" + f.digits(6)),
            "reportId": G(lambda f: "RPT-" + f.digits(7)),
            "amount": G(money(3, 900)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "category": G(pick("meals", "taxi", "lodging", "airfare", "fuel", "parking")),
            "merchant": G(lambda f: f.pick(MERCHANTS)),
            "businessPurpose": Y(
                lambda f: f.pick(
                    [
                        f"Client dinner with {full(f)} ({f.pick(COMPANIES)})",
                        f"Lunch w/ {full(f)} re: renewal",
                        f"Déjeuner avec {full(f)} - projet Hélios",
                    ]
                ),
                "name",
                True,
            ),
            "attendees": Many(
                {
                    "name": Y(full, "name"),
                    "company": G(lambda f: f.pick(COMPANIES)),
                    "email": Y(email, "email"),
                    "isEmployee": G(boolean),
                },
                3,
            ),
            "receiptAttached": G(boolean),
            "policyCompliant": G(boolean),
        },
    ),
    (
        "track",
        "Note de frais soumise",
        ["php"],
        {
            "idNoteDeFrais": G(lambda f: "NDF-2024-" + f.digits(5)),
            "montantTTC": G(money(5, 900)),
            "montantHT": G(money(4, 750)),
            "tva": G(money(0, 150)),
            "devise": G(const("EUR")),
            "categorie": G(pick("repas", "transport", "hébergement", "carburant", "péage")),
            "fournisseur": G(
                pick("SNCF Connect", "G7 Taxi", "Hôtel Ibis Lyon", "TotalEnergies", "Vinci Autoroutes")
            ),
            "salarie": {
                "nom": Y(last, "name"),
                "prenom": Y(first, "name"),
                "matricule": G(lambda f: f.digits(6)),
            },
            "centreDeCout": G(pick("CC-4100", "FR-RD-12", "FR-COM-03")),
            "dateDepense": G(lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024"),
            "commentaire": G(
                pick("Taxi aéroport CDG", "Déjeuner équipe", "Péage A7", "Nuitée salon Pollutec", "")
            ),
            "statut": G(pick("brouillon", "soumise", "validée", "remboursée")),
        },
    ),
    (
        "track",
        "Mileage Claim Submitted",
        ["android", "web"],
        {
            "claimId": G(lambda f: "MIL-" + f.digits(6)),
            "vehicle": {
                "plate": Y(plate, "license"),
                "make": G(pick("Toyota", "Peugeot", "Honda", "Tesla", "Renault")),
                "model": G(pick("Corolla", "308", "Civic", "Model 3", "Mégane")),
                "fuelType": G(pick("petrol", "diesel", "electric", "hybrid")),
                "vin": Y(vin, "serial"),
            },
            "startAddress": Y(me("address"), "address"),
            "destinationName": G(
                pick(
                    "Client site - Sanofi Gentilly",
                    "Jurong Island plant",
                    "O'Hare office",
                    "Lyon Gerland lab",
                )
            ),
            "routePolyline": Y(polyline, "geolocation"),
            "distanceKm": G(money(3, 480)),
            "ratePerKm": G(pick(0.603, 0.636, 0.67, 0.42)),
            "amountClaimed": G(money(2, 300)),
        },
    ),
    (
        "track",
        "Indemnités kilométriques déclarées",
        ["php"],
        {
            "immatriculation": Y(plate, "license"),
            "puissanceFiscale": G(pick("4 CV", "5 CV", "6 CV", "7 CV et plus")),
            "kilometres": G(integer(5, 900)),
            "montant": G(money(3, 600)),
            "adresseDepart": Y(
                lambda f: f"{f.r.randint(1, 180)} {f.pick(FR_VOIES)}, {' '.join(f.pick(FR_CITIES))}",
                "address",
            ),
            "villeArrivee": G(pick("Lyon", "Grenoble", "Lille", "Rennes", "Marseille")),
            "motif": G(pick("Visite client", "Salon professionnel", "Formation", "Audit fournisseur")),
        },
    ),
    (
        "track",
        "Per Diem Calculated",
        ["python"],
        {
            "perDiemId": G(uuid),
            "perDiemCountry": G(pick("FR", "SG", "US", "JP", "GB")),
            "perDiemLocality": G(pick("Paris", "Singapore", "New York City", "Tokyo", "London", "Lyon")),
            "rateDinner": G(money(25, 90)),
            "days": G(integer(1, 14)),
            "mealsProvided": Many(G(pick("breakfast", "lunch", "dinner")), 3),
            "totalAllowance": G(money(40, 1800)),
        },
    ),
    # -- cards and money --------------------------------------------------------------------------
    (
        "track",
        "Card Transaction Posted",
        ["node"],
        {
            "transaction": {
                "token": G(uuid),
                "amount": G(money(1, 2400)),
                "currency": G(lambda f: f.pick(CURRENCIES)),
                "state": G(pick("PENDING", "COMPLETION", "DECLINED", "CLEARED")),
                "merchant": {
                    "name": G(lambda f: f.pick(MERCHANTS)),
                    "mcc": G(pick("5812", "4121", "7011", "4511", "5541")),
                    "city": G(pick("SINGAPORE", "PARIS", "CHICAGO", "LYON", "NEW YORK")),
                },
                "card": {
                    "last_four": G(lambda f: f.digits(4)),
                    "bin": G(pick("485932", "552433", "379654", "414720")),
                    "masked_pan": G(lambda f: f.pick(["4859 32** **** ", "5524 33** **** "]) + f.digits(4)),
                    "brand": G(pick("visa", "mastercard", "amex")),
                    "expiration": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 29)}"),
                    "cardholder_name": Y(me_upper, "name"),
                },
            },
        },
    ),
    (
        "track",
        "Card Added to Wallet",
        ["ios"],
        {
            "paymentMethodId": RED(pm_id, "token"),
            "walletType": G(pick("apple_pay", "google_pay")),
            "cardBrand": G(pick("visa", "mastercard")),
            "last4": G(lambda f: f.digits(4)),
            "expMonth": G(integer(1, 12)),
            "expYear": G(integer(2025, 2030)),
            "provisioningStatus": G(pick("success", "requires_verification", "failed")),
        },
    ),
    (
        "track",
        "Card Activated",
        ["go"],
        {
            "card_id": G(lambda f: "card_" + f.hexid(14)),
            "activation_code": RED(
                lambda f: f.pick(
                    [f.digits(6), "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))]
                ),
                "token",
            ),
            "activated_at": G(iso),
            "channel": G(pick("app", "ivr", "web")),
            "full_card_number": RED(lambda f: f.card(formatted=False), "credit card"),
        },
    ),
    (
        "track",
        "Personal Payment Made",
        ["web"],
        {
            "amount": G(money(3, 900)),
            "reason": G(pick("seat_upgrade", "out_of_policy_fare", "personal_extension", "excess_baggage")),
            "paymentMethodId": RED(pm_id, "token"),
            "cardBrand": G(pick("visa", "mastercard", "amex")),
            "last4": G(lambda f: f.digits(4)),
            "billingAddress": {
                "line1": Y(me("street"), "address|street"),
                "city": Y(me("city"), "city"),
                "postalCode": Y(me("zip"), "zipcode"),
                "country": G(me("home")),
            },
            "currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "track",
        "Reimbursement Initiated",
        ["go"],
        {
            "reimbursement_id": G(lambda f: "rmb_" + f.hexid(12)),
            "report_id": G(lambda f: "RPT-" + f.digits(7)),
            "amount": G(money(3, 4000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "method": G(pick("SEPA", "ACH", "FAST", "GIRO")),
            "payee_name": Y(me("full"), "name"),
            "bank": {
                "bank_name": G(
                    pick("DBS Bank", "OCBC", "BNP Paribas", "Société Générale", "Chase", "La Banque Postale")
                ),
                "bic": G(lambda f: f.pick(BICS)),
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(me("bank_account"), "bank account"),
                "account_holder": Y(me_upper, "name"),
                "account_type": G(pick("checking", "savings", "current")),
            },
            "remittanceInfo": Y(
                lambda f: f.pick(
                    [
                        f"Remboursement frais {ascii_fold(f.me['last']).upper()} "
                        f"{ascii_fold(f.me['first']).upper()} NDF-2024-{f.digits(5)}",
                        f"EXPENSE REIMB {me_upper(f)} RPT-{f.digits(7)}",
                    ]
                ),
                "name",
                True,
            ),
            "expected_date": G(day),
            "batch_id": G(lambda f: "batch_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Invoice Generated",
        ["java"],
        {
            "invoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "invoiceDate": G(day),
            "billToCompany": G(lambda f: f.pick(COMPANIES)),
            "companyTaxId": G(
                lambda f: f.pick(
                    ["FR" + f.digits(11), "201912345K", "US-EIN-" + f.digits(2) + "-" + f.digits(7)]
                )
            ),
            "amountDue": G(money(200, 90000)),
            "dueDate": G(day),
        },
    ),
    # -- duty of care -----------------------------------------------------------------------------
    (
        "track",
        "Location Updated",
        ["android", "ios"],
        {
            "latitude": Y(lambda f: near(f, "lat"), "geolocation"),
            "longitude": Y(lambda f: near(f, "lon"), "geolocation"),
            "accuracyM": G(lambda f: round(f.r.uniform(3, 80), 1)),
            "speedMps": G(lambda f: round(f.r.uniform(0, 30), 1)),
            "batteryLevel": G(lambda f: round(f.r.uniform(0.05, 1), 2)),
            "source": G(pick("gps", "network", "fused")),
            "recordedAt": G(lambda f: f.epoch_ms()),
            "tripId": G(lambda f: "trp_" + f.hexid(10)),
            "city": Y(pick("Singapore", "Paris", "New York", "San Francisco", "Hong Kong"), "city"),
            "country": G(pick("SG", "FR", "US", "HK")),
        },
    ),
    (
        "track",
        "Safety Check Responded",
        ["ios", "android", "rn"],
        {
            "alertId": G(lambda f: "alrt_" + f.hexid(8)),
            "status": G(pick("safe", "need_help", "not_affected")),
            "respondedAt": G(iso),
            "message": G(
                pick("I'm fine, at the hotel", "Flight cancelled, stuck at airport", "All good", "")
            ),
            "position": {
                "lat": Y(lambda f: near(f, "lat"), "geolocation"),
                "lng": Y(lambda f: near(f, "lon"), "geolocation"),
            },
            "isSafe": G(boolean),
        },
    ),
    (
        "track",
        "Risk Alert Sent",
        ["python"],
        {
            "alertId": G(lambda f: "alrt_" + f.hexid(8)),
            "severity": G(pick("advisory", "warning", "critical")),
            "alertCategory": G(pick("weather", "civil_unrest", "strike", "health")),
            "region": G(pick("Île-de-France", "Central Region, SG", "Northeast US", "Kowloon")),
            "affectedTravellers": G(integer(1, 80)),
            "recipients": Many(
                {
                    "userId": G(user_id),
                    "name": Y(full, "name"),
                    "phone": Y(phone, "phone"),
                    "email": Y(work_email, "email"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Traveller Manifest Exported",
        ["python"],
        {
            "manifestId": G(uuid),
            "rows": G(integer(1, 900)),
            "format": G(pick("csv", "xlsx", "pdf")),
            "requestedBy": Y(work_email, "email", True),
            "filters": {
                "country": G(pick("FR", "SG", "US", "all")),
                "dateRange": G(pick("next_7_days", "today", "in_transit")),
            },
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["web"],
        {
            "policyNumber": Y(lambda f: f.pick(["AXA", "ALZ", "CHB"]) + "-" + f.digits(9), "identification"),
            "planName": G(pick("Business Traveller Plus", "Annual Multi-Trip", "Single Trip Essential")),
            "premium": G(money(12, 640)),
            "coverageStart": G(day),
            "coverageEnd": G(day),
            "insured": Many({"name": Y(full, "name"), "dateOfBirth": Y(dob, "birthdate")}, 3),
            "preExistingConditionsDeclared": Y(boolean, "condition"),
            "beneficiary": {
                "name": Y(full, "name"),
                "relationship": G(pick("spouse", "child", "parent", "estate")),
            },
        },
    ),
    # -- auth, support, messages ------------------------------------------------------------------
    (
        "track",
        "OTP Sent",
        ["go", "node"],
        {
            "otpChannel": G(pick("sms", "email", "whatsapp")),
            "maskedDestination": G(
                lambda f: f.pick(["+65 ****", "+33 6 ** ** ", "+1 ***-***-"]) + f.digits(4)
            ),
            "otpCode": RED(lambda f: f.digits(6), "token"),
            "expiresInSec": G(pick(300, 600)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(me("work_email"), "email"),
            "loginUrl": RED(
                lambda f: "https://app.roamly.io/auth/magic?token=" + b64url(f, 32), "token", True
            ),
            "expiresAt": G(iso),
            "redirectTo": G(pick("/trips", "/approvals", "/expenses")),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        {
            "passwordStrength": G(pick("weak", "fair", "strong", "very_strong")),
            "passwordLength": G(integer(8, 32)),
            "mfaEnabled": G(boolean),
        },
    ),
    (
        "track",
        "Integration Configured",
        ["dotnet"],
        {
            "IntegrationName": G(pick("SAP Concur", "Amadeus Cytric", "Workday", "NetSuite")),
            "ClientId": G(uuid),
            "ClientSecret": RED(lambda f: b64url(f, 30), "secret"),
            "ApiKey": RED(lambda f: f.secret(), "secret"),
            "ServiceAccountUser": G(pick("svc-roamly", "integration.bot", "roamly_sync")),
            "ServiceAccountPassword": RED(password, "password"),
            "WebhookUrl": G(
                pick(
                    "https://hooks.acme-corp.com/roamly", "https://erp.meridianpharma.fr/api/webhooks/travel"
                )
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["dotnet"],
        {
            "TicketId": G(lambda f: f.digits(7)),
            "Subject": G(
                pick(
                    "Refund for cancelled flight",
                    "Cannot upload receipt",
                    "Card declined abroad",
                    "Change hotel dates",
                )
            ),
            "Priority": G(pick("Low", "Normal", "High", "Urgent")),
            "Category": G(pick("Booking", "Expenses", "Card", "Account")),
            "RequesterName": Y(full, "name"),
            "RequesterEmail": Y(work_email, "email"),
            "RequesterPhone": Y(phone, "phone"),
            "BookingReference": G(pnr),
            "CreatedUtc": G(iso),
        },
    ),
    (
        "track",
        "Agent Chat Message Sent",
        ["web", "rn"],
        {
            "conversationId": G(lambda f: "conv_" + f.hexid(12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Please call me back on {phone(f)}, my flight was cancelled",
                        f"Can you send the invoice to {email(f)}?",
                        f"Mon numéro : {phone_fr(f)}, merci de me rappeler",
                        f"Use my personal email {personal_email(f)} for the e-ticket",
                    ]
                ),
                "phone|email",
                True,
            ),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
            "attachments": G(integer(0, 2)),
            "channel": G(pick("in_app", "web_widget")),
        },
    ),
    (
        "track",
        "Traveller Looked Up",
        ["web"],
        {
            "input": Y(work_email, "email", True),
            "matches": G(integer(0, 3)),
            "desk": G(
                pick("travel-desk@acme-corp.com", "voyages@meridianpharma.fr", "ops-travel@lumenlogistics.sg")
            ),
            "durationMs": G(integer(50, 900)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web", "rn"],
        {
            "formId": G(pick("profile_contact", "emergency_contact", "onboarding_step2")),
            "field": G(pick("mobile", "personal_email", "whatsapp")),
            "value": Y(lambda f: f.pick([phone, personal_email, phone_sg])(f), "phone|email", True),
            "valid": G(boolean),
            "timeToCompleteMs": G(integer(900, 30000)),
        },
    ),
    (
        "track",
        "Employee Invited",
        ["web", "ruby"],
        {
            "inviteId": G(lambda f: "inv_" + f.hexid(10)),
            "inviteeEmail": Y(work_email, "email"),
            "inviteeName": Y(full, "name"),
            "inviteeRole": G(pick("traveler", "approver", "arranger")),
            "invitedBy": G(user_id),
            "expiresAt": G(iso),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "email": Y(me("work_email"), "email"),
            "firstName": Y(me("first"), "name"),
            "companyName": G(lambda f: f.pick(COMPANIES)),
            "companySize": G(pick("1-50", "51-200", "201-1000", "1000+")),
            "workEmailDomain": G(lambda f: f.pick(CORP_DOMAINS)),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ["node"],
        {
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "hashedEmail": Y(lambda f: f.hexid(64), "email"),
            "conversionValue": G(money(500, 60000)),
            "conversionTime": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "eventSourceUrl": G(pick("https://roamly.io/demo", "https://roamly.io/pricing")),
        },
    ),
    (
        "track",
        "Inbound Call Logged",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(caller, "phone", True),
            "Caller": Y(lambda f: f._caller, "phone", True),
            "CallerName": Y(lambda f: ascii_fold(full(f)).upper()[:15], "name"),
            "To": G(pick("+6531581234", "+33176360000", "+18885550142")),
            "CallStatus": G(pick("ringing", "in-progress", "completed", "no-answer")),
            "Direction": G(const("inbound")),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1400))),
        },
    ),
    (
        "track",
        "Email Event Received",
        ["python"],
        {
            "email": Y(work_email, "email"),
            "event": G(pick("delivered", "open", "click", "bounce")),
            "sg_event_id": G(lambda f: b64url(f, 16)),
            "sg_message_id": G(lambda f: b64url(f, 16) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@roamly.io>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                pick(
                    "https://app.roamly.io/trips", "https://app.roamly.io/approvals", "https://roamly.io/help"
                )
            ),
        },
    ),
    (
        "track",
        "Calendar Event Imported",
        ["go"],
        {
            "icalUid": G(lambda f: f"{f.uuid()}@outlook.com"),
            "organizerEmail": Y(work_email, "email"),
            "attendeesCount": G(integer(1, 30)),
            "venue": G(
                pick(
                    "Marina Bay Sands Expo", "Paris Expo Porte de Versailles", "Javits Center", "Eurexpo Lyon"
                )
            ),
            "startsAt": G(iso),
        },
    ),
    (
        "track",
        "Hotel Review Submitted",
        ["ios", "web"],
        {
            "hotelId": G(lambda f: "htl_" + f.digits(6)),
            "rating": G(integer(1, 5)),
            "reviewText": G(
                pick("Great location near the office", "Wifi was slow", "Breakfast excellent", "Noisy room")
            ),
            "reviewerDisplayName": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
        },
    ),
    (
        "track",
        "Traveller Profile Viewed",
        ["web"],
        {
            "travellerId": G(user_id),
            "travellerName": Y(full, "name"),
            "viewedBy": G(user_id),
            "section": G(pick("documents", "preferences", "loyalty", "emergency")),
        },
    ),
    (
        "track",
        "Hotel Check-in Completed",
        ["ios", "android"],
        {
            "hotelId": G(lambda f: "htl_" + f.digits(6)),
            "guestFirstName": Y(me("first"), "name"),
            "guestLastName": Y(me("last"), "name"),
            "dateOfBirth": Y(me("dob"), "birthdate"),
            "nationality": Y(me("nationality"), "citizenship"),
            "passportNumber": RED(me("passport"), "passport"),
            "homeAddress": Y(me("address"), "address"),
            "idPhotoUrl": Y(lambda f: f"https://files.roamly.io/id-scans/{f.hexid(24)}.jpg", "photo"),
            "arrivalFlight": G(lambda f: f.pick(["SQ", "AF", "UA"]) + str(f.r.randint(10, 999))),
            "mobileKeyIssued": G(boolean),
            "signatureCaptured": G(boolean),
        },
    ),
    (
        "track",
        "Car Rental Booked",
        ["node"],
        {
            "rentalId": G(lambda f: "CR" + f.digits(9)),
            "vendor": G(pick("Hertz", "Avis", "Europcar", "Sixt", "Enterprise")),
            "pickupBranch": G(
                pick("CDG Terminal 2", "Changi Airport T1", "Chicago O'Hare", "Lyon Part-Dieu")
            ),
            "driver": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "licenseNumber": Y(driving_licence, "license"),
                "licenseCountry": G(pick("FR", "US", "SG")),
                "dateOfBirth": Y(dob, "birthdate"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "additionalDriverName": Y(full, "name"),
            "insuranceOption": G(pick("CDW", "SCDW", "none", "corporate_policy")),
            "dailyRate": G(money(30, 180)),
        },
    ),
    (
        "track",
        "Delegate Added",
        ["web"],
        {
            "delegateName": Y(full, "name"),
            "delegateEmail": Y(work_email, "email"),
            "permissions": Many(G(pick("book", "submit_expenses", "view_only", "approve")), 3),
        },
    ),
    # -- page, screen, group ----------------------------------------------------------------------
    (
        "page",
        "Trips",
        ["web"],
        {
            "path": G(choose("_ppage", PAGES, 0)),
            "url": G(lambda f: "https://app.roamly.io" + f._ppage[0]),
            "title": G(chosen("_ppage", 1)),
            "referrer": G(pick("", "https://app.roamly.io/", "https://teams.microsoft.com/")),
            "search": G(pick("", "?tab=past", "?status=pending")),
        },
    ),
    (
        "screen",
        "Trip Details",
        ["ios", "android", "rn", "flutter"],
        {
            "screenClass": G(pick("TripDetailViewController", "TripDetailFragment", "TripDetails")),
            "previousScreen": G(pick("Home", "Trips", "Notifications")),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(pick("Pharmaceuticals", "Logistics", "Consulting", "Energy")),
            "employees": G(integer(40, 12000)),
            "plan": G(pick("business", "enterprise", "team")),
            "website": G(
                pick("https://acme-corp.com", "https://meridianpharma.fr", "https://lumenlogistics.sg")
            ),
            "billingEmail": G(
                pick("ap@acme-corp.com", "comptabilite@meridianpharma.fr", "finance@lumenlogistics.sg")
            ),
            "headquarters": {
                "city": G(pick("Singapore", "Paris", "Chicago", "Lyon")),
                "country": G(pick("SG", "FR", "US")),
            },
            "createdAt": G(iso),
        },
    ),
    ("alias", None, [*MOBILE, "web"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            new_persona(f)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id(f),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.hexid(8)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            context = render(CONTEXTS[client](f), f, "context", labels)
            if client == "web" and f.r.random() < 0.7:
                context.pop("campaign")
            msg["context"] = context
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=244, repeats=36)
    write(Path(__file__).parent, "holdout244_", events, labels)
