"""Writes holdout252: tests/corpus/holdout252_events.jsonl and holdout252_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or any other corpus's labels, and without running the
engine on these events. Run `.venv/bin/python -m tests.corpus.build_holdout252` (seeded, so the
output is the same every run).

Domain: a probation, bail and electronic-monitoring (ankle tag) service working for courts and
corrections agencies in the US, England and Wales, and New Zealand. Covered: enrolment of
defendants and people on probation (case and docket numbers, court dates, charges, bail and
curfew conditions, exclusion zones), GPS tag telemetry, strap tamper and zone alerts, a vendor's
raw NMEA feed, home units, alcohol and drug testing (lab results, breath readings), treatment
sessions, check-ins with selfie and voice verification, identity document checks, officers'
notes, caseload search, appointments and interpreters, victims' notification contacts and SMS /
e-mail notifications (Twilio- and SendGrid-shaped), victims' proximity app, bail and bond
payments by family members (e-commerce spec, Stripe-shaped, a WordPress form plugin, ACH,
UK securities lodged by sureties, NZ reparation), employment and address verification,
vehicles, a public bail-bonds site with ad click ids, reverse-ETL warehouse traits, group calls
for agencies, and screen / page / alias calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and server libraries (python, node, go, java, ruby, php, csharp) with
their `context` blocks (ip, traits, device, app, library, locale, userAgent, campaign,
externalIds). Keys are mostly camelCase and snake_case; about 15 % are PascalCase (the .NET
court and UK services), kebab-case (a UK employment-check microservice), SCREAMING_SNAKE
(warehouse columns) and te reo Māori (NZ backends: `ingoa` name, `ingoa_whanau` surname,
`ra_whanau` birthday, `waea` / `waea_pukoro` phone, `kainga` home address, `iwi` tribe,
`whanaungatanga` relationship, `rohe` region, `tari` office, `kaimahi` staff).
Values: names from many cultures (Māori, Pasifika, Diné, Hispanic, Polish, Romanian, Somali,
South Asian …), national phone formats (NANP, UK, NZ), US / UK / NZ addresses and postcodes,
ids with valid checksums where real ones have them (Luhn cards, mod-97 IBANs, SSA-structured
SSNs, NHS numbers mod 11, NZ NHI mod 11, NZ IRD numbers, UK NI numbers with valid prefixes,
PNC ids with their check letter, DVLA licence numbers).

Labelling rules (the Privacy Portal's defaults, as the brief gives them):
- classification red / yellow / green; type is the reference matcher's name where one fits, else
  `bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`, `token`,
  `biometric`, `criminal offence`; `a|b` when either name is fair. Colour is the reference's
  default for its matchers; outside the reference, red for credentials/secrets, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- PII: personal data about a natural person (the monitored person, a victim, a family member
  paying bail, a surety, a landlord, an employer's supervisor, an officer, a clinician, an
  interpreter). Green: ids we or our partners issue (case, docket, booking, warrant, bond,
  specimen, alert, zone, tag asset and staff ids), versions, timestamps, hashes, amounts, enums,
  counters and booleans under PII-sounding keys, court / office / employer / lab / product / pet
  names, places that are not a person's, country, state, locale, timezone, currency, user agents,
  OS analytics device ids; card brand, last four, expiry, BIN and masked PANs; routing numbers
  and sort codes.
- The product's published policy on contested cases is followed as written (member / customer /
  claim numbers, ages, marital status, job titles, employers, a business's own contacts, role
  mailboxes, pets, UUID tokens, Message-IDs: green; insurer member numbers, rx numbers, pay,
  credit scores, plates, VINs, ad click ids, billing / shipping addresses, political opinion,
  trade union: yellow; payment tokens (`pm_`), one-time codes, sign-in links' tokens, patient
  numbers (MRN, NHS, NHI, Medicare), identity document numbers, right-to-work answers: red).
- value_only is true when the key does not say what the value is (`to`, `q`, `text`, `label`,
  `value`, `input`, `raw`, `memo`, `identifier`, `attendees`, form-plugin `input_4_3` keys …) and
  only the value reveals it. Every value of a value_only PII path carries that PII; free text is
  labelled by what every one of its values carries, and is green when no PII is in every value.

Rules chosen here where the brief is silent (what a careful privacy owner would want flagged):
- Criminal offence data (charge descriptions, statute / offence codes, the offence named in a
  lead form) is personal data about the accused: yellow `criminal offence`. Programme, status,
  risk tier, supervision level, curfew times and alert types are green enums.
- Identifiers a state issues to a *person* (SSN, NI number, IRD number, UK PNC id, NZ Corrections
  PRN, US state SID) are red `national id` (or `social security number`); identifiers of a *case*
  (docket, case, warrant, booking, CRN-style probation case refs) are green, like claim numbers.
- Drug and alcohol results (overall result, per-analyte result and level, breath alcohol, a
  pass/fail flag, a count of positive tests) reveal substance use: yellow `condition|diagnosis`.
  The test panel, analyte names and cut-offs are the same for everyone: green.
- Tag and alcohol-device serial numbers and IMEIs assigned to a person are yellow `serial`, like
  VINs; internal tag asset ids and RF home-unit ids are green.
- A zone drawn around a victim's home is the victim's location (yellow `geolocation`); public
  exclusion areas (a town centre, a school's boundary) are green, coordinates included.
- A reverse-geocoded "nearest address" of a tag's position is the person's precise location:
  yellow `address|geolocation`. A home-unit landline is the person's phone.
- Selfie and home-visit photos of a person are yellow `photo`; a recorded voice sample is yellow
  `biometric`; face / voice match scores and voiceprint ids are green.
- A victim's safety code word is a secret the person holds: red `password|secret`.
- A push-notification device token (`context.device.token`) is labelled red `token`, as the
  project's first corpus does: it addresses one person's phone and is handled as a credential.
- A public officer's or judge's name and their own work e-mail are a natural person's data:
  yellow; the court's or office's switchboard, address and role mailboxes are green.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "US": [
        "DeShawn",
        "Tyrone",
        "María",
        "José",
        "Jennifer",
        "Cody",
        "Brittany",
        "Luis",
        "Keisha",
        "Darnell",
        "Ashley",
        "Miguel",
        "Tanisha",
        "Dustin",
        "Guadalupe",
        "Hunter",
        "Jasmine",
        "Marcus",
        "Crystal",
        "Juan",
        "Nizhoni",
        "Hamza",
        "Mai",
        "Travis",
    ],
    "UK": [
        "Callum",
        "Jade",
        "Liam",
        "Chloe",
        "Kieran",
        "Shannon",
        "Mohammed",
        "Aisha",
        "Jamie",
        "Reece",
        "Bethany",
        "Dylan",
        "Kayleigh",
        "Tomasz",
        "Agnieszka",
        "Ionuț",
        "Precious",
        "Kwabena",
        "Siobhan",
        "Rhys",
        "Hodan",
        "Gurpreet",
        "Dafydd",
        "Zainab",
    ],
    "NZ": [
        "Aroha",
        "Wiremu",
        "Tama",
        "Mere",
        "Hēmi",
        "Ngaio",
        "Rāwiri",
        "Kiri",
        "Manaia",
        "Anahera",
        "Sione",
        "Losana",
        "Tevita",
        "Mele",
        "Jayden",
        "Brooke",
        "Tāne",
        "Hine",
        "Te Ariki",
        "Priya",
        "Moana",
        "Lagi",
        "Shane",
        "Kahurangi",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Hernández",
        "Williams",
        "Nguyen",
        "Washington",
        "Martinez",
        "Brown",
        "Kowalczyk",
        "Rodriguez",
        "Jackson",
        "Begay",
        "Ramírez",
        "Okoro",
        "Kim",
        "Thompson",
        "Delgado",
        "Yazzie",
        "Rivera",
        "Pham",
        "Castillo",
        "Abdi",
        "Bautista",
    ],
    "UK": [
        "Smith",
        "Jones",
        "Begum",
        "Hussain",
        "O'Connor",
        "Kowalski",
        "Williams",
        "Patel",
        "Ahmed",
        "Taylor",
        "Evans",
        "Murphy",
        "Popescu",
        "Mensah",
        "Davies",
        "Khan",
        "Campbell",
        "Lewis",
        "Okafor",
        "Hughes",
        "Warsame",
        "ap Gwilym",
    ],
    "NZ": [
        "Ngata",
        "Parata",
        "Te Whata",
        "Tuhiwai",
        "Walker",
        "Horomona",
        "Tupou",
        "Fifita",
        "Faleolo",
        "Rāwiri",
        "Wihongi",
        "Thompson",
        "Singh",
        "Kereama",
        "Mahuika",
        "Pōmare",
        "Tautahi",
        "Smith",
        "Lee",
        "Hēnare",
        "Tuilagi",
        "Te Hiko",
    ],
}
# city, state / region, postcode stem, lat, lon, streets
CITIES = {
    "US": [
        ("Phoenix", "AZ", "850", 33.4484, -112.0740, ["W Camelback Rd", "N 35th Ave", "E McDowell Rd"]),
        ("Houston", "TX", "770", 29.7604, -95.3698, ["Bellaire Blvd", "Telephone Rd", "W 34th St"]),
        ("Atlanta", "GA", "303", 33.7490, -84.3880, ["MLK Jr Dr SW", "Campbellton Rd", "Ponce de Leon Ave"]),
        ("Fresno", "CA", "937", 36.7378, -119.7871, ["E Olive Ave", "N Blackstone Ave", "W Shields Ave"]),
        ("Cleveland", "OH", "441", 41.4993, -81.6944, ["Lorain Ave", "St Clair Ave", "E 55th St"]),
        ("Albuquerque", "NM", "871", 35.0844, -106.6504, ["Central Ave SE", "Isleta Blvd SW", "Zuni Rd SE"]),
        ("Tulsa", "OK", "741", 36.1540, -95.9928, ["S Peoria Ave", "N Lewis Ave", "E 11th St"]),
        ("Memphis", "TN", "381", 35.1495, -90.0490, ["Poplar Ave", "Elvis Presley Blvd", "Summer Ave"]),
        ("Gallup", "NM", "873", 35.5281, -108.7426, ["E Aztec Ave", "S 2nd St", "Nizhoni Blvd"]),
    ],
    "UK": [
        (
            "Leeds",
            "West Yorkshire",
            "LS",
            53.8008,
            -1.5491,
            ["Harehills Lane", "Roundhay Road", "Kirkstall Road"],
        ),
        (
            "Birmingham",
            "West Midlands",
            "B",
            52.4862,
            -1.8904,
            ["Soho Road", "Coventry Road", "Stratford Road"],
        ),
        (
            "Manchester",
            "Greater Manchester",
            "M",
            53.4808,
            -2.2426,
            ["Cheetham Hill Road", "Moss Lane East", "Oldham Road"],
        ),
        (
            "Cardiff",
            "South Glamorgan",
            "CF",
            51.4816,
            -3.1791,
            ["Cowbridge Road East", "Clifton Street", "Heol Llanishen Fach"],
        ),
        ("Bristol", "Bristol", "BS", 51.4545, -2.5879, ["Stapleton Road", "Gloucester Road", "Wells Road"]),
        (
            "Swansea",
            "West Glamorgan",
            "SA",
            51.6214,
            -3.9436,
            ["Walter Road", "Carmarthen Road", "Heol Gwyrosydd"],
        ),
        (
            "Sheffield",
            "South Yorkshire",
            "S",
            53.3811,
            -1.4701,
            ["Abbeydale Road", "Staniforth Road", "Spital Hill"],
        ),
        (
            "Luton",
            "Bedfordshire",
            "LU",
            51.8787,
            -0.4200,
            ["Dunstable Road", "Leagrave Road", "Bury Park Road"],
        ),
    ],
    "NZ": [
        (
            "Auckland",
            "Auckland",
            "06",
            -36.8485,
            174.7633,
            ["Great South Road", "Te Atatū Road", "Massey Road"],
        ),
        ("Hamilton", "Waikato", "32", -37.7870, 175.2793, ["Grey Street", "Killarney Road", "Te Rapa Road"]),
        (
            "Rotorua",
            "Bay of Plenty",
            "30",
            -38.1368,
            176.2497,
            ["Fenton Street", "Ngongotahā Road", "Pukuatua Street"],
        ),
        ("Whangārei", "Northland", "01", -35.7251, 174.3237, ["Kamo Road", "Maunu Road", "Otaika Road"]),
        (
            "Gisborne",
            "Tairāwhiti",
            "40",
            -38.6623,
            178.0176,
            ["Gladstone Road", "Childers Road", "Lytton Road"],
        ),
        (
            "Porirua",
            "Wellington",
            "50",
            -41.1339,
            174.8405,
            ["Bedford Street", "Warspite Avenue", "Kenepuru Drive"],
        ),
        (
            "Christchurch",
            "Canterbury",
            "80",
            -43.5321,
            172.6362,
            ["Colombo Street", "Pages Road", "Breezes Road"],
        ),
        ("Invercargill", "Southland", "98", -46.4132, 168.3538, ["Tay Street", "Dee Street", "Elles Road"]),
    ],
}
COURTS = {
    "US": [
        "Maricopa County Superior Court",
        "Harris County Criminal Court at Law No. 4",
        "Fulton County Magistrate Court",
        "Cuyahoga County Court of Common Pleas",
        "Bernalillo County Metropolitan Court",
        "Navajo Nation District Court",
    ],
    "UK": [
        "Leeds Magistrates' Court",
        "Birmingham Crown Court",
        "Manchester Minshull Street Crown Court",
        "Cardiff Magistrates' Court",
        "Bristol Crown Court",
        "Swansea Crown Court",
    ],
    "NZ": [
        "Manukau District Court",
        "Hamilton District Court",
        "Rotorua District Court",
        "Whangārei High Court",
        "Te Kōti Rangatahi (Porirua)",
        "Christchurch District Court",
    ],
}
OFFICES = {
    "US": [
        "Maricopa County Adult Probation - Downtown",
        "Harris County CSCD North",
        "Fulton County Pretrial Services",
        "Cuyahoga County Adult Probation",
        "Bernalillo County Pretrial Services",
    ],
    "UK": [
        "Leeds North Probation Office",
        "Birmingham Centre PDU",
        "Manchester North PDU",
        "Cardiff and Vale PDU",
        "Bristol South PDU",
    ],
    "NZ": [
        "Community Corrections Manukau",
        "Community Corrections Hamilton",
        "Community Corrections Rotorua",
        "Te Tai Tokerau Community Corrections",
        "Community Corrections Porirua",
    ],
}
CHARGES = {
    "US": [
        ("ARS 13-1203", "Assault - domestic violence"),
        ("TX PC 49.04", "Driving while intoxicated"),
        ("OCGA 16-8-2", "Theft by taking"),
        ("ORC 2925.11", "Possession of drugs"),
        ("NMSA 30-3-15", "Battery against a household member"),
        ("ARS 13-1506", "Burglary third degree"),
    ],
    "UK": [
        ("CJ88 s.39", "Common assault"),
        ("RT88 s.5", "Drive with excess alcohol"),
        ("TA68 s.1", "Theft - shoplifting"),
        ("MDA71 s.5(2)", "Possess controlled drug - Class B"),
        ("PHA97 s.4", "Stalking involving fear of violence"),
        ("CDA71 s.1", "Criminal damage"),
    ],
    "NZ": [
        ("CA61 s194(b)", "Male assaults female"),
        ("LTA98 s56(1)", "Excess breath alcohol 3rd or subs"),
        ("CA61 s219", "Theft"),
        ("MoDA75 s7", "Possession of cannabis"),
        ("CA61 s198B", "Commits offence while in possession of firearm"),
        ("DVA95 s49", "Breach of protection order"),
    ],
}
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "UK": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com", "icloud.com"],
}
ASCII = str.maketrans("áéíóúāēīōūñțș", "aeiouaeiounts")


def reg(f: Fake) -> str:
    return f.region


def first(f: Fake) -> str:
    """The first name of the event's main person (picked per event), so names and e-mails agree."""
    return f.person[0]


def last(f: Fake) -> str:
    return f.person[1]


def other_first(f: Fake) -> str:
    return f.pick(FIRST[f.region])


def full(f: Fake) -> str:
    """Someone else in the event: a relative, an officer, a surety."""
    return f"{f.pick(FIRST[f.region])} {f.pick(LAST[f.region])}"


def any_name(f: Fake) -> str:
    region = f.pick(["US", "UK", "NZ"])
    return f"{f.pick(FIRST[region])} {f.pick(LAST[region])}"


def email(f: Fake, name: str | None = None) -> str:
    name = name or f"{first(f)} {last(f)}"
    parts = name.lower().translate(ASCII).replace("'", "").split()
    user = f.pick(
        [
            f"{parts[0]}.{parts[-1]}",
            f"{parts[0]}{parts[-1][:1]}{f.r.randint(1, 99)}",
            f"{parts[0]}_{parts[-1]}{f.r.randint(80, 99)}",
            f"{parts[-1]}{parts[0][:1]}",
        ]
    ).replace(" ", "")
    return f"{user}@{f.pick(EMAIL_DOMAINS[f.region])}"


def work_email(f: Fake, domain: str) -> str:
    parts = full(f).lower().translate(ASCII).replace("'", "").replace(" ", ".").split(".")
    return f"{parts[0]}.{parts[-1]}@{domain}"


def phone(f: Fake, region: str | None = None) -> str:
    r = f.r
    region = region or f.region
    if region == "US":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))
    if region == "UK":
        a, b = r.randint(100, 999), r.randint(100000, 999999)
        return f.pick([f"07{a} {b}", f"+44 7{a} {b}", f"+447{a}{b}", f"07{a}{b}"])
    pre = f.pick(["21", "22", "27", "20"])
    a, b = r.randint(100, 999), r.randint(1000, 9999)
    return f.pick([f"0{pre} {a} {b}", f"+64 {pre} {a} {b}", f"+64{pre}{a}{b}", f"0{pre}{a}{b}"])


def landline(f: Fake) -> str:
    r = f.r
    if f.region == "US":
        return f.phone(f.pick(["nanp_paren", "nanp_dash"]))
    if f.region == "UK":
        return f"0{f.pick(['113', '121', '161', '29', '117'])} {r.randint(200, 499)} {r.randint(1000, 9999)}"
    return f"0{f.pick(['9', '7', '6', '3'])} {r.randint(200, 999)} {r.randint(1000, 9999)}"


def city(f: Fake) -> str:
    return f.place[0]


def state(f: Fake) -> str:
    return f.place[1]


def postcode(f: Fake) -> str:
    r = f.r
    stem = f.place[2]
    if f.region == "US":
        return f"{stem}{r.randint(1, 99):02d}" + f.pick(["", "", f"-{r.randint(1000, 9999)}"])
    if f.region == "UK":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{stem}{r.randint(1, 19)} {r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"
    return f"{stem}{r.randint(10, 99)}"


def street(f: Fake) -> str:
    r = f.r
    name = f.pick(f.place[5])
    if f.region == "US":
        return f"{r.randint(100, 9899)} {name}" + f.pick(
            ["", "", f" Apt {r.randint(1, 40)}", f" #{r.randint(100, 350)}"]
        )
    if f.region == "UK":
        return f.pick([f"{r.randint(1, 240)} {name}", f"Flat {r.randint(1, 12)}, {r.randint(1, 90)} {name}"])
    return f.pick([f"{r.randint(1, 400)} {name}", f"{r.randint(1, 9)}/{r.randint(10, 120)} {name}"])


def one_line_address(f: Fake) -> str:
    return (
        f"{street(f)}, {city(f)} {postcode(f)}"
        if f.region != "US"
        else f"{street(f)}, {city(f)}, {state(f)} {postcode(f)}"
    )


def lat(f: Fake) -> float:
    return round(f.place[3] + f.r.uniform(-0.06, 0.06), 6)


def lon(f: Fake) -> float:
    return round(f.place[4] + f.r.uniform(-0.06, 0.06), 6)


def dob(f: Fake) -> str:
    return f.date(1958, 2005)


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def nino(f: Fake) -> str:
    a = f.pick("ABCEGHJKLMNOPRSTWXYZ")
    b = f.pick("ABCEGHJKLMNPRSTWXYZ")
    while a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        b = f.pick("ABCEGHJKLMNPRSTWXYZ")
    d = f"{f.r.randint(0, 999999):06d}"
    out = f"{a}{b}{d}{f.pick('ABCD')}"
    return out if f.r.random() < 0.6 else f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {out[-1]}"


def nhs(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 6)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return s if f.r.random() < 0.5 else f"{s[:3]} {s[3:6]} {s[6:]}"


def nhi(f: Fake) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        letters = [f.pick(alpha) for _ in range(3)]
        digits = [f.r.randint(0, 9) for _ in range(3)]
        vals = [alpha.index(c) + 1 for c in letters] + digits
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        check = (11 - rem) % 10
        return "".join(letters) + "".join(map(str, digits)) + str(check)


def ird(f: Fake) -> str:
    while True:
        base = f"{f.r.randint(10_000_000, 149_999_999) // 10:08d}"
        for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            rem = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
            check = 0 if rem == 0 else 11 - rem
            if check != 10:
                break
        if check == 10:
            continue
        n = (base + str(check)).lstrip("0")
        return n if f.r.random() < 0.5 else f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}"


def pnc(f: Fake) -> str:
    year = f.r.randint(1995, 2024)
    serial = f.r.randint(1, 999999)
    check = "ZABCDEFGHJKLMNPQRTUVWXY"[(year % 100 * 10**7 + serial) % 23]
    return f"{year}/{serial:07d}{check}"


def prn(f: Fake) -> str:
    return f"{f.r.randint(10_000_000, 99_999_999)}"


def us_sid(f: Fake) -> str:
    return f"{f.pick(['AZ', 'TX', 'GA', 'OH', 'NM'])}{f.digits(8)}"


def dvla(f: Fake) -> str:
    sur = last(f).upper().translate(ASCII).replace("'", "").replace(" ", "")[:5].ljust(5, "9")
    y, m, d = f.r.randint(60, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    ini = first(f).upper().translate(ASCII)[:1] + f.pick("ABCDEJKMRST9")
    tail = f"{f.r.randint(1, 9)}{f.pick('ABCDEFGHJK')}{f.pick('ABCDEFGHJK')}"
    return f"{sur}{str(y)[0]}{m:02d}{d:02d}{str(y)[1]}{ini}{tail}"


def licence(f: Fake) -> str:
    if f.region == "UK":
        return dvla(f)
    if f.region == "NZ":
        return f"{f.pick('ABDEFHJKLM')}{f.pick('ABCDEFGHJK')}{f.digits(6)}"
    return f"{f.pick('ABDFGMRSTW')}{f.digits(7)}"


def passport(f: Fake) -> str:
    if f.region == "NZ":
        return f"{f.pick(['LA', 'LB', 'LC', 'LF', 'RA'])}{f.digits(6)}"
    if f.region == "UK":
        return f.digits(9)
    return f.pick([f.digits(9), f"A{f.digits(8)}"])


def plate(f: Fake) -> str:
    r = f.r
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if f.region == "UK":
        return f"{f.pick(up)}{f.pick(up)}{r.randint(51, 74)} {f.pick(up)}{f.pick(up)}{f.pick(up)}"
    if f.region == "NZ":
        return f"{f.pick(up)}{f.pick(up)}{f.pick(up)}{r.randint(100, 999)}"
    return f"{r.randint(1, 9)}{f.pick(up)}{f.pick(up)}{f.pick(up)}{r.randint(100, 999)}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["1FTFW1E", "JTDKN3D", "5YJ3E1E", "WVWZZZ1", "SALGA2B", "KMHD84L"]) + "".join(
        f.pick(chars) for _ in range(10)
    )


def bank_account(f: Fake) -> str:
    if f.region == "NZ":
        return (
            f"{f.pick(['12', '06', '01', '02', '38'])}-{f.digits(4)}-{f.digits(7)}-{f.r.randint(0, 99):02d}"
        )
    if f.region == "UK":
        return f.digits(8)
    return f.digits(f.pick([9, 10, 12]))


def mbi(f: Fake) -> str:
    """A Medicare Beneficiary Identifier: 1EG4-TE5-MK73."""
    letter = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letter + "0123456789"
    d = f.r.randint
    return (
        f"{d(1, 9)}{f.pick(letter)}{f.pick(alnum)}{d(0, 9)}-{f.pick(letter)}{f.pick(alnum)}{d(0, 9)}"
        f"-{f.pick(letter)}{f.pick(letter)}{d(10, 99)}"
    )


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


def imei(f: Fake) -> str:
    return f.luhn_complete("35" + f.digits(12))


def tag_serial(f: Fake) -> str:
    return f.pick(["BD", "SCR", "LOC8-", "OM"]) + f.digits(f.pick([7, 8]))


def case_no(f: Fake) -> str:
    if f.region == "US":
        return f"CR{f.r.randint(2019, 2024)}-{f.digits(6)}"
    if f.region == "UK":
        return f"{f.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{f.digits(6)}"  # nDelius CRN
    return f"CRI-{f.r.randint(2019, 2024)}-{f.digits(3)}-{f.digits(6)}"


def iso(f: Fake) -> str:
    return f.iso()


def stripe_pm(f: Fake) -> str:
    return "pm_1" + "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
    )


def stripe_id(f: Fake, prefix: str) -> str:
    return prefix + "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)
    )


def b64url(f: Fake, n: int) -> str:
    return "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n)
    )


def nmea(f: Fake) -> str:
    la, lo = lat(f), lon(f)
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    la, lo = abs(la), abs(lo)
    lat_s = f"{int(la):02d}{(la - int(la)) * 60:07.4f}"
    lon_s = f"{int(lo):03d}{(lo - int(lo)) * 60:07.4f}"
    hhmmss = f"{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}.00"
    body = (
        f"GPRMC,{hhmmss},A,{lat_s},{ns},{lon_s},{ew},{money(f, 0, 3):.2f},,{f.r.randint(1, 28):02d}0624,,,A"
    )
    checksum = 0
    for ch in body:
        checksum ^= ord(ch)
    return f"${body}*{checksum:02X}"


# -- contexts sent by the client libraries ----------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
LOCALES = {"US": ["en-US", "es-US"], "UK": ["en-GB", "cy-GB"], "NZ": ["en-NZ", "mi-NZ"]}
ZONES = {
    "US": ["America/Phoenix", "America/Chicago", "America/New_York", "America/Denver"],
    "UK": ["Europe/London"],
    "NZ": ["Pacific/Auckland"],
}


def locale(f: Fake) -> str:
    return f.pick(LOCALES[f.region])


def tz(f: Fake) -> str:
    return f.pick(ZONES[f.region])


SITES = {
    "portal": (
        "https://portal.waypointsupervision.com",
        [
            ("/caseload", "Caseload | Waypoint"),
            ("/cases/detail", "Case | Waypoint"),
            ("/alerts", "Alerts | Waypoint"),
            ("/zones/edit", "Zones | Waypoint"),
            ("/reports", "Reports | Waypoint"),
        ],
    ),
    "bonds": (
        "https://www.freedomlinebailbonds.com",
        [
            ("/", "24/7 Bail Bonds | Freedom Line"),
            ("/pay-bail-online", "Pay Bail Online | Freedom Line"),
            ("/locations/phoenix", "Phoenix Bail Bonds | Freedom Line"),
            ("/inmate-search", "Inmate Search | Freedom Line"),
        ],
    ),
    "pay": (
        "https://pay.waypointsupervision.com",
        [
            ("/checkout", "Secure payment | Waypoint"),
            ("/receipt", "Payment receipt | Waypoint"),
            ("/plans", "Monitoring fees | Waypoint"),
        ],
    ),
}


def web_context(site: str, campaign: bool = False):
    host, pages = SITES[site]

    def page(f: Fake):
        f.page = f.pick(pages)
        return f.page[0]

    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(page),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", host + "/", "https://www.bing.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=open", "?utm_source=google&utm_medium=cpc", "?ref=sms"])),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: host + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if campaign:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["bail_bonds_search", "brand_2024", "spanish_bail_help"])),
            "source": G(lambda f: f.pick(["google", "bing", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "term": G(lambda f: f.pick(["bail bonds near me", "how to bail someone out", "fianzas phoenix"])),
            "content": G(lambda f: f.pick(["ad_24_7", "ad_payment_plans", "rsa_v3"])),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Waypoint Check-In"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
            "build": G(lambda f: f.pick(["41200", "41302", "41400"])),
            "namespace": G(lambda f: "com.waypointsupervision.checkin"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,5", "iPhone13,2", "iPhone15,4"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 393])),
            "height": G(lambda f: f.pick([667, 844, 852])),
        },
        "timezone": G(tz),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Waypoint Check-In"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["4120", "4131"])),
            "namespace": G(lambda f: "com.waypointsupervision.checkin"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "TCL", "Google"])),
            "model": G(lambda f: f.pick(["SM-A146U", "moto g play - 2023", "T608M", "Pixel 6a"])),
            "name": G(lambda f: f.pick(["a14x", "fogos", "bangkok", "bluejay"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["T-Mobile", "Cricket", "EE", "giffgaff", "One NZ", "Spark", "2degrees"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400])),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A146U Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g play - 2023 Build/T3SGS33.165-46-3)",
                ]
            )
        ),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "phone": Y(phone, "phone")},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "SafeAware"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "nz.waypoint.safeaware"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "CPH2387"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "OP5961L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.4"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(tz),
        "traits": {
            "firstName": Y(first, "name"),
            "phone": Y(phone, "phone"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Haerenga"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.3"])),
            "build": G(lambda f: f.pick(["80", "93"])),
            "namespace": G(lambda f: "nz.waypoint.haerenga"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A155F", "iPhone13,1", "23053RN02Y"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.4.1"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1170])), "height": G(lambda f: f.pick([2340, 2532]))},
        "timezone": G(tz),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "node":
        ctx["groupId"] = G(lambda f: "agency_" + f.digits(4))
    if lib == "ruby":
        ctx["externalIds"] = Many(
            {
                "id": Y(phone, "phone", True),
                "type": G(lambda f: "phone_number"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "dotnet":
        ctx["locale"] = G(locale)
        ctx["timezone"] = G(tz)
    return ctx


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda f, lib=lib: server_context(lib)) for lib in SERVER_LIBS},
    "portal": lambda f: web_context("portal"),
    "bonds": lambda f: web_context("bonds", campaign=True),
    "pay": lambda f: web_context("pay"),
}


OFFICE_ADDRESS = {
    "US": ["111 S 3rd Ave, Phoenix, AZ 85003", "49 San Jacinto St, Houston, TX 77002"],
    "UK": ["Waterside House, Leeds LS2 7EW", "Centre City Tower, Birmingham B5 4UA"],
    "NZ": ["20 Ronwood Ave, Manukau 2104", "Level 2, 13 Garden Place, Hamilton 3204"],
}
OFFICE_PHONE = {
    "US": ["(602) 506-3261", "(713) 755-2700"],
    "UK": ["0300 047 0000", "0113 341 9100"],
    "NZ": ["0800 264 636", "07 838 8600"],
}
COURT_ADDRESS = {
    "US": ["175 W Madison St, Phoenix, AZ 85003", "1201 Franklin St, Houston, TX 77002"],
    "UK": ["Westgate, Leeds LS1 3BY", "Fitzalan Place, Cardiff CF24 0RZ"],
    "NZ": ["Kirkbride Road, Manukau 2104", "Anglesea Street, Hamilton 3204"],
}
COURT_PHONE = {
    "US": ["(602) 506-3204", "(713) 755-6044"],
    "UK": ["0113 306 2800", "029 2046 3040"],
    "NZ": ["09 916 9600", "07 957 7800"],
}
SMS_FROM = {"US": "+14805550199", "UK": "+447700900555", "NZ": "+6498869000"}
WEBSITES = {
    "US": "https://www.maricopa.gov/probation",
    "UK": "https://www.gov.uk/government/organisations/probation-service",
    "NZ": "https://www.corrections.govt.nz",
}
SUPPORT_EMAILS = {
    "US": "probation.support@maricopa.gov",
    "UK": "support@waypointsupervision.co.uk",
    "NZ": "contactcentre@corrections.govt.nz",
}
EMPLOYERS = {
    "US": [
        ("Amazon Fulfillment PHX7", "(602) 555-0187", "4750 W Mohave St, Phoenix, AZ", "amazon.com"),
        ("Sysco Houston", "(713) 555-0142", "10710 Greens Crossing Blvd, Houston, TX", "sysco.com"),
        ("Navajo Transitional Energy", "(505) 555-0123", "2 Coal Mine Rd, Gallup, NM", "navenergy.com"),
    ],
    "NZ": [
        ("Fletcher Building", "09 525 9000", "810 Great South Road, Penrose", "fbu.com"),
        ("Kiwi Roofing Ltd", "07 847 2210", "12 Kahu Crescent, Te Rapa", "kiwiroofing.co.nz"),
        ("Countdown Manukau", "09 262 1234", "7 Cavendish Drive, Manukau", "countdown.co.nz"),
    ],
}
VEHICLES = [
    ("Toyota", "Corolla"),
    ("Ford", "F-150"),
    ("Holden", "Commodore"),
    ("Vauxhall", "Corsa"),
    ("Nissan", "Navara"),
    ("Honda", "Civic"),
]


def set_employer(f: Fake) -> str:
    f.employer = f.pick(EMPLOYERS[f.region])
    return f.employer[0]


def set_vehicle(f: Fake) -> str:
    f.vehicle = f.pick(VEHICLES)
    return f.vehicle[0]


def set_doc(f: Fake) -> str:
    f.doc = f.pick(["passport", "driving_licence"])
    return f.doc


def set_field(f: Fake) -> str:
    f.field = f.pick(["mobile", "email"])
    return f.field


PUBLIC_ZONES = {
    "US": [
        "Downtown Phoenix entertainment district",
        "Houston Midtown bars",
        "Fulton County school zones",
        "Gallup Flea Market",
    ],
    "UK": ["Leeds city centre PSPO", "Bristol Harbourside", "Cardiff Queen Street", "Soho Road shops"],
    "NZ": ["Hamilton CBD", "Schools - Frankton", "Rotorua Lakefront", "Kmart Porirua"],
}


# -- events -----------------------------------------------------------------------------------------

MOBILE = ["swift", "kotlin", "flutter"]
ALL = ["US", "UK", "NZ"]


def address_block():
    return {
        "street": Y(street, "street|address"),
        "city": Y(city, "city"),
        "state": G(state),
        "postalCode": Y(postcode, "zipcode"),
        "country": G(lambda f: {"US": "US", "UK": "GB", "NZ": "NZ"}[f.region]),
    }


def officer_note(f: Fake) -> str:
    who = full(f)
    return f.pick(
        [
            f"Home visit. Partner {who} present, tag charging, no concerns.",
            f"Called employer, spoke to supervisor {who}; hours confirmed for next two weeks.",
            f"Client reports {who} (cousin) will drive him to court on the 14th.",
            f"Victim advocate {who} asked for update on zone breach from Saturday.",
            f"Kōrero with whaea {who}; whānau support plan agreed, next hui in 3 weeks.",
            f"Mum {who} rang the office at 16:40, worried about missed curfew. Call back {phone(f)}.",
            f"Landlord {who} confirmed tenancy until March.",
        ]
    )


def sms_body(f: Fake) -> str:
    name = first(f)
    return f.pick(
        [
            f"Kia ora {name}, this is Waypoint. The person subject to your protection order has entered an "
            "exclusion zone. Police have been notified. Reply SAFE if you are safe.",
            f"Hi {name}, reminder: your check-in is due by 6pm today. Open the Waypoint app to complete it.",
            f"{name}, your court date is tomorrow 9:00am. Reply C to confirm. Msg&data rates may apply.",
            f"Hi {name}, your tag battery is below 20%. Please charge it for 2 hours now.",
        ]
    )


EVENTS = [
    # ---- enrolment: identify calls ------------------------------------------------------------
    (
        "identify",
        None,
        ["US"],
        ["python", "node"],
        3,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": address_block(),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "M", "F", "nonbinary"]), "gender"),
            "race": Y(lambda f: f.pick(["Black", "White", "American Indian", "Asian", "Other"]), "race"),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "createdAt": G(iso),
            "caseNumber": G(case_no),
            "program": G(lambda f: f.pick(["pretrial", "probation", "parole", "DUI court"])),
            "supervisionLevel": G(lambda f: f.pick(["minimum", "medium", "maximum", "intensive"])),
            "officerId": G(lambda f: "PO" + f.digits(4)),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "nv"])),
            "age": G(lambda f: f.r.randint(18, 66)),
            "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
            "stateId": RED(us_sid, "national id"),
            "veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["UK"],
        ["dotnet"],
        2,
        {
            "FirstName": Y(first, "name"),
            "Surname": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobileNumber": Y(phone, "phone"),
            "Postcode": Y(postcode, "zipcode"),
            "DateOfBirth": Y(dob, "birthdate"),
            "NiNumber": RED(nino, "national id"),
            "PncId": RED(pnc, "national id"),
            "Crn": G(case_no),
            "ProbationRegion": G(
                lambda f: f.pick(["Yorkshire and the Humber", "West Midlands", "Wales", "North West"])
            ),
            "Tier": G(lambda f: f.pick(["A1", "B2", "C3", "D0"])),
            "Ethnicity": Y(
                lambda f: f.pick(["White British", "Black Caribbean", "Asian Pakistani", "Mixed", "Roma"]),
                "ethnicity",
            ),
            "Religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Sikh", "No religion", "Jewish"]), "religion"
            ),
            "SexualOrientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay", "Bisexual", "Not disclosed"]), "sexual orientation"
            ),
            "Nationality": Y(
                lambda f: f.pick(["British", "Polish", "Romanian", "Irish", "Somali"]), "citizenship"
            ),
            "HasDisability": RED(lambda f: f.pick([True, False]), "disability"),
            "Gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced"])),
            "CreatedDate": G(iso),
        },
    ),
    (
        "identify",
        None,
        ["NZ"],
        ["flutter", "node"],
        2,
        {
            "ingoa": Y(first, "name"),
            "ingoa_whanau": Y(last, "name"),
            "ra_whanau": Y(dob, "birthdate"),
            "waea_pukoro": Y(phone, "phone"),
            "imera": Y(email, "email"),
            "iwi": Y(
                lambda f: f.pick(["Ngāpuhi", "Ngāti Porou", "Waikato-Tainui", "Te Arawa", "Ngāi Tahu"]),
                "ethnicity",
            ),
            "prn": RED(prn, "national id"),
            "nhi": RED(nhi, "health id"),
            "rohe": G(lambda f: f.pick(["Northern", "Waikato", "Bay of Plenty", "Lower North", "Southern"])),
            "tari": G(lambda f: f.pick(OFFICES["NZ"])),
            "sentence_type": G(
                lambda f: f.pick(["home detention", "intensive supervision", "community detention"])
            ),
            "reo_preference": G(lambda f: f.pick(["te reo Māori", "English", "Samoan", "Tongan"])),
            "created_at": G(iso),
            "kaiwhakahaere_id": G(lambda f: "KW" + f.digits(5)),
        },
    ),
    (
        "identify",
        None,
        ALL,
        ["portal"],
        1,
        {
            "email": Y(
                lambda f: work_email(
                    f,
                    f.pick(["waypointsupervision.com", "justice.govt.nz", "justice.gov.uk", "maricopa.gov"]),
                ),
                "email",
            ),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "role": G(lambda f: f.pick(["probation_officer", "supervisor", "monitoring_centre", "admin"])),
            "office": G(lambda f: f.pick(OFFICES[f.region])),
            "badgeNumber": G(lambda f: f.digits(5)),
            "workPhone": Y(phone, "phone"),
            "caseloadSize": G(lambda f: f.r.randint(20, 110)),
            "mfaEnabled": G(lambda f: True),
            "createdAt": G(iso),
        },
    ),
    (
        "identify",
        None,
        ["US"],
        ["python"],
        1,
        {
            "OFFENDER_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "DOB": Y(dob, "birthdate"),
            "SSN": RED(ssn, "social security number"),
            "ZIP_CODE": Y(postcode, "zipcode"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "HOME_LAT": Y(lat, "geolocation"),
            "HOME_LON": Y(lon, "geolocation"),
            "RISK_TIER": G(lambda f: f.pick(["LOW", "MODERATE", "HIGH"])),
            "SUPERVISION_START_DT": G(lambda f: f.date(2021, 2024)),
            "LAST_CHECKIN_TS": G(iso),
            "CHECKIN_COUNT_30D": G(lambda f: f.r.randint(0, 30)),
            "POSITIVE_TESTS_90D": Y(lambda f: f.r.randint(0, 4), "condition|diagnosis"),
            "EMAIL_VERIFIED_FLG": G(lambda f: f.pick(["Y", "N"])),
            "DBT_LOADED_AT": G(iso),
        },
    ),
    # ---- enrolment and court ------------------------------------------------------------------
    (
        "track",
        "Enrollment Completed",
        ["US", "NZ"],
        ["python", "java"],
        3,
        {
            "case_number": G(case_no),
            "court": G(lambda f: f.pick(COURTS[f.region])),
            "court_date": G(lambda f: f.date(2024, 2025)),
            "judge_name": Y(lambda f: "Hon. " + full(f), "name"),
            "charges": Many(
                {
                    "statute": Y(lambda f: f.pick(CHARGES[f.region])[0], "criminal offence"),
                    "description": Y(lambda f: f.pick(CHARGES[f.region])[1], "criminal offence"),
                    "count": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "bail_amount": G(lambda f: f.pick([500, 1500, 5000, 10000, 25000])),
            "conditions": Many(
                G(
                    lambda f: f.pick(
                        ["curfew", "no_contact", "gps_monitoring", "alcohol_monitoring", "exclusion_zone"]
                    )
                ),
                4,
            ),
            "curfew": {
                "start": G(lambda f: f.pick(["19:00", "20:00", "21:00"])),
                "end": G(lambda f: f.pick(["06:00", "07:00"])),
                "days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])), 5),
            },
            "curfew_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "region": G(state),
            },
            "tag_serial": Y(tag_serial, "serial"),
            "tag_model": G(lambda f: f.pick(["LOC8 XT", "OM500", "ExacuTrack One", "SCRAM GPS"])),
            "defense_attorney_email": Y(email, "email"),
            "enrolled_at": G(iso),
            "victim_notification_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Court Reminder Sent",
        ["US", "NZ", "UK"],
        ["node"],
        2,
        {
            "docket_number": G(case_no),
            "court_date": G(lambda f: f.date(2024, 2025)),
            "court_time": G(lambda f: f.pick(["09:00", "10:30", "14:00"])),
            "courtroom": G(lambda f: f.pick(["4B", "Courtroom 2", "Room 12", "Te Rūma 1"])),
            "court_address": G(lambda f: f.pick(COURT_ADDRESS[f.region])),
            "court_phone": G(lambda f: f.pick(COURT_PHONE[f.region])),
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "recipient_phone": Y(phone, "phone"),
            "defendant_first_name": Y(first, "name"),
            "message_text": G(
                lambda f: f.pick(
                    [
                        "Reminder: you have court tomorrow at 9:00 AM. Bring photo ID.",
                        "You have a hearing on Monday. Call the court if you cannot attend.",
                        "Te Kōti reminder: please arrive 30 minutes early.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "FailureToAppearRecorded",
        ["US", "UK"],
        ["dotnet"],
        2,
        {
            "WarrantNumber": G(lambda f: "W" + f.digits(9)),
            "CaseNumber": G(case_no),
            "HearingDate": G(lambda f: f.date(2024, 2024)),
            "DefendantName": Y(full, "name"),
            "BondForfeited": G(lambda f: f.pick([True, False])),
            "BondAmount": G(lambda f: f.pick([1000, 2500, 5000])),
            "SuretyName": Y(full, "name"),
            "SuretyPhone": Y(phone, "phone"),
            "CourtName": G(lambda f: f.pick(COURTS[f.region])),
            "ClerkId": G(lambda f: f.digits(6)),
            "RecordedUtc": G(iso),
        },
    ),
    (
        "track",
        "Protection Order Linked",
        ["NZ", "UK", "US"],
        ["ruby"],
        2,
        {
            "order_number": G(lambda f: "PO-" + f.digits(7)),
            "order_type": G(lambda f: f.pick(["temporary", "final", "non-molestation", "DVPO"])),
            "protected_persons": Many(
                {
                    "name": Y(full, "name"),
                    "date_of_birth": Y(lambda f: f.date(1970, 2020), "birthdate"),
                    "relationship": G(lambda f: f.pick(["ex-partner", "child", "spouse", "sibling"])),
                    "is_child": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "expires_on": G(lambda f: f.date(2025, 2027)),
            "issuing_court": G(lambda f: f.pick(COURTS[f.region])),
        },
    ),
    # ---- zones --------------------------------------------------------------------------------
    (
        "track",
        "Victim Exclusion Zone Created",
        ALL,
        ["node"],
        2,
        {
            "zone_id": G(lambda f: "z_" + f.hexid(10)),
            "victim_id": G(lambda f: "V" + f.digits(6)),
            "center": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "radius_m": G(lambda f: f.pick([500, 1000, 1500, 2000])),
            "warning_buffer_m": G(lambda f: f.pick([250, 500])),
            "protected_address": Y(one_line_address, "address"),
            "notify_victim": G(lambda f: f.pick([True, False])),
            "created_by": G(lambda f: "PO" + f.digits(4)),
        },
    ),
    (
        "track",
        "Exclusion Zone Configured",
        ALL,
        ["portal"],
        2,
        {
            "zone_id": G(lambda f: "z_" + f.hexid(10)),
            "zone_name": G(lambda f: f.pick(PUBLIC_ZONES[f.region])),
            "zone_kind": G(lambda f: f.pick(["exclusion", "inclusion"])),
            "boundary": Many({"lat": G(lat), "lng": G(lon)}, 6),
            "area_km2": G(lambda f: money(f, 0.1, 12)),
        },
    ),
    # ---- telemetry ----------------------------------------------------------------------------
    (
        "track",
        "Location Reported",
        ALL,
        ["go"],
        8,
        {
            "device": {
                "serial": Y(tag_serial, "serial"),
                "imei": Y(imei, "serial"),
                "asset_id": G(lambda f: f.digits(6)),
                "firmware": G(lambda f: f.pick(["3.4.17", "3.5.2", "4.0.1"])),
            },
            "fix": {
                "lat": Y(lat, "geolocation"),
                "lon": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 80)),
                "hdop": G(lambda f: money(f, 0.6, 4)),
                "satellites": G(lambda f: f.r.randint(3, 14)),
                "speed_kph": G(lambda f: money(f, 0, 90)),
                "source": G(lambda f: f.pick(["gps", "lbs", "wifi"])),
                "fixed_at": G(lambda f: f.epoch_ms()),
            },
            "geohash": Y(
                lambda f: "".join(f.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(9)), "geolocation"
            ),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "charging": G(lambda f: f.pick([True, False])),
            "strap_ok": G(lambda f: f.pick([True, True, False])),
            "in_zone": G(lambda f: f.pick([True, False])),
            "case_ref": G(case_no),
        },
    ),
    (
        "track",
        "Tag Raw Message",
        ALL,
        ["go"],
        2,
        {
            "vendor": G(lambda f: f.pick(["buddi", "scram", "geosatis"])),
            "raw": Y(nmea, "geolocation", True),
            "received_at": G(iso),
        },
    ),
    (
        "track",
        "Zone Alert Raised",
        ALL,
        ["go"],
        4,
        {
            "alert_id": G(lambda f: f.uuid()),
            "alert_type": G(
                lambda f: f.pick(
                    ["EXCLUSION_ENTRY", "INCLUSION_EXIT", "CURFEW_VIOLATION", "LOW_BATTERY", "NO_GPS"]
                )
            ),
            "severity": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "zone_id": G(lambda f: "z_" + f.hexid(10)),
            "zone_name": G(
                lambda f: f.pick(["Victim residence", "Hamilton CBD", "Schools - Frankton", "Home (curfew)"])
            ),
            "position": {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")},
            "nearest_address": Y(one_line_address, "address|geolocation"),
            "distance_to_zone_m": G(lambda f: f.r.randint(0, 3000)),
            "acknowledged_by": Y(full, "name"),
            "escalated": G(lambda f: f.pick([True, False])),
            "notified_number": Y(phone, "phone"),
            "raised_at": G(iso),
        },
    ),
    (
        "track",
        "Strap Tamper Detected",
        ALL,
        ["go"],
        2,
        {
            "tag_id": G(lambda f: f.digits(6)),
            "event_code": G(lambda f: f.pick(["T01", "T02", "T07"])),
            "last_known": {"lat": Y(lat, "geolocation"), "lon": Y(lon, "geolocation")},
            "confirmed": G(lambda f: f.pick([True, False])),
            "detected_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "CurfewViolation",
        ["UK", "US"],
        ["dotnet"],
        3,
        {
            "CurfewStart": G(lambda f: f.pick(["19:00", "21:00"])),
            "CurfewEnd": G(lambda f: f.pick(["07:00", "06:00"])),
            "MinutesLate": G(lambda f: f.r.randint(1, 240)),
            "HomeUnitId": G(lambda f: "HMU" + f.digits(6)),
            "HomeUnitPhoneLine": Y(landline, "phone"),
            "ResidenceAddress": Y(one_line_address, "address"),
            "ViolationCode": G(lambda f: f.pick(["CV1", "CV2", "ABS"])),
            "ReportedToCourt": G(lambda f: f.pick([True, False])),
            "ResponsibleOfficerEmail": Y(
                lambda f: work_email(f, f.pick(["justice.gov.uk", "waypointsupervision.com"])), "email"
            ),
            "OccurredUtc": G(iso),
        },
    ),
    (
        "track",
        "Tag Fitted",
        ALL,
        ["kotlin"],
        2,
        {
            "tag_serial": Y(tag_serial, "serial"),
            "base_station_serial": Y(lambda f: "HB" + f.digits(8), "serial"),
            "fitted_leg": G(lambda f: f.pick(["left", "right"])),
            "fitted_by": Y(full, "name"),
            "fit_photo_url": Y(
                lambda f: f"https://files.waypointsupervision.com/fit/{f.uuid()}.jpg", "photo"
            ),
            "install_address": Y(one_line_address, "address"),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Two finger gap, strap snug.",
                        "Replaced strap, old one cracked.",
                        "Customer asked for right leg.",
                        "",
                    ]
                )
            ),
            "fitted_at": G(iso),
            "dog_on_premises": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Rex", "Bella", "Tama", "Diesel", "Coco", "Moko"])),
        },
    ),
]

EVENTS += [
    # ---- check-ins ----------------------------------------------------------------------------
    (
        "track",
        "Check-In Submitted",
        ALL,
        MOBILE,
        6,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "scheduled_for": G(iso),
            "submitted_at": G(iso),
            "on_time": G(lambda f: f.pick([True, True, False])),
            "location": {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
                "accuracy": G(lambda f: f.r.randint(5, 65)),
            },
            "location_permission": G(lambda f: f.pick(["always", "while_in_use"])),
            "selfie": {
                "url": Y(lambda f: f"https://checkins.waypointsupervision.com/s/{f.hexid(32)}.jpg", "photo"),
                "face_match_score": G(lambda f: money(f, 0.5, 0.999)),
                "liveness_passed": G(lambda f: f.pick([True, False])),
                "image_sha256": G(lambda f: f.hexid(64)),
            },
            "voice": {
                "sample_url": Y(
                    lambda f: f"https://checkins.waypointsupervision.com/v/{f.hexid(32)}.m4a", "biometric"
                ),
                "match_score": G(lambda f: money(f, 0.4, 0.99)),
            },
            "responses": {
                "address_changed": G(lambda f: f.pick([True, False])),
                "employment_changed": G(lambda f: f.pick([True, False])),
                "police_contact": G(lambda f: f.pick([True, False])),
                "contact_number": Y(phone, "phone"),
            },
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "screen",
        "Selfie Capture",
        ALL,
        MOBILE,
        3,
        {
            "step": G(lambda f: f.r.randint(1, 4)),
            "camera": G(lambda f: f.pick(["front", "front_ultrawide"])),
            "from_notification": G(lambda f: f.pick([True, False])),
            "lighting_score": G(lambda f: money(f, 0, 1)),
        },
    ),
    (
        "track",
        "Voice Enrollment Completed",
        ALL,
        ["kotlin", "swift"],
        2,
        {
            "voiceprint_id": G(lambda f: f.uuid()),
            "samples_recorded": G(lambda f: f.r.randint(3, 6)),
            "enrolled_by": Y(full, "name"),
            "quality": G(lambda f: f.pick(["good", "fair"])),
            "language": G(lambda f: f.pick(["en", "es", "mi"])),
        },
    ),
    (
        "track",
        "Identity Check Completed",
        ALL,
        ["python"],
        2,
        {
            "check_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "breakdown": {
                "face_comparison": {
                    "result": G(lambda f: f.pick(["clear", "consider"])),
                    "score": G(lambda f: money(f, 0.3, 1)),
                },
            },
            "document": {
                "type": G(set_doc),
                "number": RED(
                    lambda f: passport(f) if f.doc == "passport" else licence(f), "passport|national id"
                ),
                "issuing_country": G(lambda f: {"US": "USA", "UK": "GBR", "NZ": "NZL"}[f.region]),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(dob, "birthdate"),
            },
            "selfie_url": Y(lambda f: f"https://idv.waypointsupervision.com/live/{f.hexid(24)}.jpg", "photo"),
        },
    ),
    # ---- testing and treatment ------------------------------------------------------------------
    (
        "track",
        "Drug Test Result Received",
        ["US", "UK", "NZ"],
        ["python"],
        3,
        {
            "specimen_id": G(lambda f: f.pick(["S", "L"]) + f.digits(9)),
            "collected_at": G(iso),
            "lab": G(
                lambda f: f.pick(["Quest Diagnostics", "Abbott Toxicology", "Alere NZ", "Synergy Health"])
            ),
            "test_panel": G(lambda f: f.pick(["10-panel", "5-panel + EtG", "oral fluid 6"])),
            "overall_result": Y(
                lambda f: f.pick(["negative", "positive", "negative-dilute", "positive"]),
                "condition|diagnosis",
            ),
            "analytes": Many(
                {
                    "analyte": G(
                        lambda f: f.pick(
                            ["THC-COOH", "Amphetamine", "Methamphetamine", "Opiates", "Cocaine", "EtG"]
                        )
                    ),
                    "result": Y(lambda f: f.pick(["NEG", "POS"]), "condition|diagnosis"),
                    "level_ng_ml": Y(lambda f: f.r.randint(0, 4000), "condition|diagnosis"),
                    "cutoff_ng_ml": G(lambda f: f.pick([50, 150, 300, 500])),
                },
                5,
            ),
            "mro_reviewed": G(lambda f: f.pick([True, False])),
            "mro_name": Y(lambda f: "Dr " + full(f), "name"),
            "prescription_disclosed": Y(
                lambda f: f.pick(["buprenorphine", "adderall", "methadone", "gabapentin"]), "medication"
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "donor": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "donor_id": G(lambda f: f.digits(8)),
            },
            "observed_collection": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Alcohol Reading Recorded",
        ALL,
        ["kotlin", "swift"],
        4,
        {
            "reading_id": G(lambda f: f.uuid()),
            "brac": Y(
                lambda f: round(f.pick([0.0, 0.0, 0.0, f.r.uniform(0.01, 0.15)]), 3), "condition|diagnosis"
            ),
            "pass": Y(lambda f: f.pick([True, True, False]), "condition|diagnosis"),
            "scheduled": G(lambda f: f.pick([True, False])),
            "device_serial": Y(lambda f: "SL" + f.digits(8), "serial"),
            "face_image_url": Y(
                lambda f: f"https://bac.waypointsupervision.com/img/{f.hexid(20)}.jpg", "photo"
            ),
            "face_match": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Treatment Session Attended",
        ["NZ"],
        ["python"],
        2,
        {
            "provider": G(
                lambda f: f.pick(["Odyssey House", "CareNZ", "Te Whare Whakapiki Wairua", "Higher Ground"])
            ),
            "session_type": Y(
                lambda f: f.pick(
                    ["AOD counselling", "CBT group", "opioid substitution review", "psychiatric review"]
                ),
                "procedure",
            ),
            "attended": G(lambda f: f.pick([True, True, False])),
            "clinician_name": Y(full, "name"),
            "medication": Y(
                lambda f: f.pick(
                    ["methadone 60mg", "buprenorphine 16mg", "naltrexone 50mg", "sertraline 100mg"]
                ),
                "medication",
            ),
            "diagnosis_code": Y(lambda f: f.pick(["F11.20", "F10.20", "F15.10", "F32.1"]), "diagnosis"),
            "nhi_number": RED(nhi, "health id"),
            "kaupapa_maori_service": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "HealthReferralMade",
        ["UK"],
        ["dotnet"],
        2,
        {
            "ReferralId": G(lambda f: f.uuid()),
            "NhsNumber": RED(nhs, "health id"),
            "GpPractice": G(
                lambda f: f.pick(["Harehills Medical Centre", "Soho Health Centre", "Cathays Surgery"])
            ),
            "Service": G(lambda f: f.pick(["Forward Leeds", "Change Grow Live", "Dyfodol"])),
            "PresentingNeed": Y(
                lambda f: f.pick(["Alcohol dependence", "Opiate use", "Depression", "PTSD"]), "condition"
            ),
            "IsPregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "UsesWheelchair": RED(lambda f: f.pick([True, False, False]), "disability"),
            "Urgent": G(lambda f: f.pick([True, False])),
            "ReferredBy": Y(full, "name"),
            "ReferredUtc": G(iso),
        },
    ),
    (
        "track",
        "Medical Exemption Requested",
        ["US"],
        ["java"],
        2,
        {
            "request_id": G(lambda f: f.digits(8)),
            "mrn": RED(lambda f: f.pick(["MRN", "", "E"]) + f.digits(8), "health id"),
            "hospital": G(
                lambda f: f.pick(
                    ["Banner University Medical Center", "Ben Taub Hospital", "Grady Memorial Hospital"]
                )
            ),
            "reason": G(lambda f: f.pick(["inpatient_stay", "surgery", "dialysis"])),
            "insurance_member_id": Y(lambda f: f.pick(["W", "XEH", "ZGP"]) + f.digits(9), "identification"),
            "medicare_number": RED(mbi, "health id"),
            "from_date": G(lambda f: f.date(2024, 2024)),
            "to_date": G(lambda f: f.date(2024, 2025)),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- officers -------------------------------------------------------------------------------
    (
        "track",
        "Officer Note Added",
        ALL,
        ["node"],
        3,
        {
            "note_id": G(lambda f: f.uuid()),
            "case_id": G(case_no),
            "category": G(
                lambda f: f.pick(["home_visit", "phone_contact", "collateral_contact", "whanau_hui"])
            ),
            "visibility": G(lambda f: f.pick(["case_team", "restricted"])),
            "text": Y(officer_note, "name", True),
            "author_name": Y(full, "name"),
            "word_count": G(lambda f: f.r.randint(8, 40)),
            "attendees": Many(Y(full, "name", True), 3),
            "created_at": G(iso),
        },
    ),
    (
        "track",
        "Case Searched",
        ALL,
        ["portal"],
        3,
        {
            "q": Y(
                lambda f: f.pick([full(f), last(f), full(f).lower(), f"{last(f)}, {first(f)}"]), "name", True
            ),
            "filters": {
                "status": G(lambda f: f.pick(["active", "warrant", "closed"])),
                "risk": G(lambda f: f.pick(["any", "high"])),
                "office": G(lambda f: f.pick(OFFICES[f.region])),
            },
            "result_count": G(lambda f: f.r.randint(0, 25)),
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "page",
        "Caseload",
        ALL,
        ["portal"],
        2,
        {
            "path": G(lambda f: "/caseload"),
            "url": G(lambda f: "https://portal.waypointsupervision.com/caseload"),
            "title": G(lambda f: "Caseload | Waypoint"),
            "referrer": G(lambda f: f.pick(["", "https://portal.waypointsupervision.com/alerts"])),
            "search": G(lambda f: f.pick(["", "?tab=open", "?sort=risk"])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ALL,
        ["portal", "php"],
        2,
        {
            "appointment_id": G(lambda f: f.digits(7)),
            "appointment_type": G(lambda f: f.pick(["office_visit", "home_visit", "video", "drug_test"])),
            "starts_at": G(iso),
            "office": G(lambda f: f.pick(OFFICES[f.region])),
            "office_address": G(lambda f: f.pick(OFFICE_ADDRESS[f.region])),
            "office_phone": G(lambda f: f.pick(OFFICE_PHONE[f.region])),
            "officer": {
                "id": G(lambda f: "PO" + f.digits(4)),
                "name": Y(full, "name"),
                "email": Y(
                    lambda f: work_email(
                        f, f.pick(["maricopa.gov", "justice.gov.uk", "corrections.govt.nz"])
                    ),
                    "email",
                ),
            },
            "interpreter_language": G(
                lambda f: f.pick(["none", "Spanish", "Samoan", "Tongan", "Polish", "Somali"])
            ),
            "reminder_channel": G(lambda f: f.pick(["sms", "push", "email"])),
            "reply_to": G(
                lambda f: f.pick(["no-reply@waypointsupervision.com", "appointments@waypointsupervision.com"])
            ),
        },
    ),
    (
        "track",
        "Interpreter Booked",
        ["UK", "NZ", "US"],
        ["ruby"],
        1,
        {
            "booking_ref": G(lambda f: "INT-" + f.digits(6)),
            "language": G(lambda f: f.pick(["Polish", "Romanian", "Samoan", "Spanish", "Somali", "Navajo"])),
            "interpreter_name": Y(any_name, "name"),
            "interpreter_mobile": Y(phone, "phone"),
            "agency": G(lambda f: f.pick(["thebigword", "Ezispeak", "LanguageLine"])),
            "remote": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- victims --------------------------------------------------------------------------------
    (
        "track",
        "Victim Contact Added",
        ALL,
        ["ruby"],
        3,
        {
            "victim_id": G(lambda f: "V" + f.digits(6)),
            "contact": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "mobile": Y(phone, "phone"),
                "email": Y(email, "email"),
                "preferred_method": G(lambda f: f.pick(["sms", "call", "email"])),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postcode": Y(postcode, "zipcode"),
                },
            },
            "relationship_to_offender": G(
                lambda f: f.pick(["ex-partner", "spouse", "parent", "neighbour", "stranger"])
            ),
            "safe_to_leave_voicemail": G(lambda f: f.pick([True, False])),
            "code_word": RED(
                lambda f: f.pick(["pōhutukawa", "bluebird", "marmalade", "Tūī-7", "lighthouse", "kowhai22"]),
                "password|secret",
            ),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Text only, {phone(f)}",
                        f"Use sister's number {phone(f)} if no answer",
                        f"Work mobile {phone(f)}, no voicemail",
                        f"Call {phone(f)} after 6pm",
                    ]
                ),
                "phone",
                True,
            ),
            "language": G(locale),
        },
    ),
    (
        "track",
        "Victim Notification Sent",
        ALL,
        ["ruby"],
        4,
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: phone(f), "phone", True),
            "from": G(lambda f: SMS_FROM[f.region]),
            "body": Y(sms_body, "name", True),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "error_code": G(lambda f: f.pick([None, None, 30003, 30006])),
            "template": G(
                lambda f: f.pick(["zone_breach_v3", "checkin_due", "court_reminder", "battery_low"])
            ),
        },
    ),
    (
        "track",
        "Notification Email Sent",
        ALL,
        ["node"],
        2,
        {
            "recipient": Y(email, "email", True),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.waypointsupervision.com>"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "from_address": G(lambda f: "no-reply@waypointsupervision.com"),
            "subject": G(
                lambda f: f.pick(
                    ["Important update about your case", "Your notification preferences", "Kia ora - update"]
                )
            ),
        },
    ),
    (
        "track",
        "Email Event",
        ALL,
        ["node"],
        2,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0001p1lon1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["victim_notification", "court", "transactional"])), 2),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Proximity Alert Received",
        ALL,
        ["rn"],
        3,
        {
            "alert_id": G(lambda f: f.uuid()),
            "distance_m": G(lambda f: f.r.randint(50, 2500)),
            "bearing": G(lambda f: f.pick(["N", "NE", "E", "SE", "S", "SW", "W", "NW"])),
            "my_location": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "acknowledged": G(lambda f: f.pick([True, False])),
            "app_state": G(lambda f: f.pick(["foreground", "background"])),
        },
    ),
    (
        "track",
        "Panic Button Pressed",
        ALL,
        ["rn"],
        2,
        {
            "incident_id": G(lambda f: f.uuid()),
            "coords": {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")},
            "contacts_notified": Many({"name": Y(full, "name"), "phone": Y(phone, "phone")}, 3),
            "called_emergency": G(lambda f: f.pick([True, False])),
            "battery": G(lambda f: f.r.randint(3, 100)),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ALL,
        ["rn", "swift"],
        2,
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f"Mum - {full(f)}",
                        f"{full(f)} (neighbour)",
                        f"{other_first(f)} work",
                        f"Aunty {other_first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "contact_count": G(lambda f: f.r.randint(1, 5)),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
]

BOND_PRODUCTS = [
    ("bond-premium-10", "BB-PREM-10", "Bail bond premium (10%)", "bail_bond"),
    ("gps-fee-weekly", "EM-GPS-WK", "GPS monitoring fee - weekly", "monitoring"),
    ("scram-install", "EM-SCRAM-INS", "SCRAM CAM installation", "monitoring"),
    ("court-reminder", "SVC-REMIND", "Court date reminder service", "service"),
]


def bond_product():
    def prod(f: Fake):
        f.product = f.pick(BOND_PRODUCTS)
        return f.product[0]

    return {
        "product_id": G(prod),
        "sku": G(lambda f: f.product[1]),
        "name": G(lambda f: f.product[2]),
        "category": G(lambda f: f.product[3]),
        "price": G(lambda f: money(f, 35, 2500)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


EVENTS += [
    # ---- bail payments --------------------------------------------------------------------------
    (
        "page",
        "Pay Bail Online",
        ["US"],
        ["bonds"],
        3,
        {
            "path": G(lambda f: "/pay-bail-online"),
            "url": G(lambda f: "https://www.freedomlinebailbonds.com/pay-bail-online"),
            "title": G(lambda f: "Pay Bail Online | Freedom Line"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: f.pick(["", "?lang=es"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + b64url(f, 60), "advertising id"),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["US"],
        ["bonds"],
        3,
        {
            "lead_id": G(lambda f: f.uuid()),
            "caller_name": Y(full, "name"),
            "caller_phone": Y(phone, "phone"),
            "caller_email": Y(email, "email"),
            "defendant_name": Y(full, "name"),
            "jail": G(
                lambda f: f.pick(
                    [
                        "Maricopa County 4th Ave Jail",
                        "Harris County Joint Processing Center",
                        "Fulton County Jail",
                    ]
                )
            ),
            "booking_number": G(lambda f: f"{f.r.randint(22, 24)}{f.digits(6)}"),
            "charge": Y(lambda f: f.pick(CHARGES["US"])[1], "criminal offence"),
            "bail_amount": G(lambda f: f.pick([1500, 2500, 5000, 10000, 50000])),
            "zip": Y(postcode, "zipcode"),
            "preferred_callback": G(lambda f: f.pick(["asap", "morning", "evening"])),
            "consent_sms": G(lambda f: f.pick([True, False])),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{b64url(f, 40)}", "advertising id"),
        },
    ),
    (
        "track",
        "Bail Payment Started",
        ["US"],
        ["pay"],
        2,
        {
            "defendant_name": Y(full, "name"),
            "booking_number": G(lambda f: f"{f.r.randint(22, 24)}{f.digits(6)}"),
            "facility": G(
                lambda f: f.pick(
                    [
                        "Maricopa County 4th Ave Jail",
                        "Harris County Joint Processing Center",
                        "Fulton County Jail",
                    ]
                )
            ),
            "bail_amount": G(lambda f: f.pick([1500, 2500, 5000])),
            "payer_relationship": G(
                lambda f: f.pick(["mother", "father", "spouse", "sibling", "friend", "grandmother"])
            ),
            "payer": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "billing_address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "state": G(state),
                    "zip": Y(postcode, "zipcode"),
                    "country": G(lambda f: "US"),
                },
            },
            "checkout_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["US", "NZ"],
        ["php", "pay"],
        4,
        {
            "order_id": G(lambda f: f"WP-{f.digits(6)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 35, 2500)),
            "tax": G(lambda f: money(f, 0, 180)),
            "currency": G(lambda f: {"US": "USD", "NZ": "NZD", "UK": "GBP"}[f.region]),
            "products": Many(bond_product(), 2),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "payment_method_id": RED(stripe_pm, "token"),
            "stripe_customer_id": G(lambda f: stripe_id(f, "cus_")),
            "payment_intent": G(lambda f: stripe_id(f, "pi_3")),
            "payer_email": Y(email, "email"),
            "on_behalf_of_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Bond Application Submitted",
        ["US"],
        ["php"],
        3,
        {
            "form_id": G(lambda f: 4),
            "entry_id": G(lambda f: f.r.randint(1000, 99999)),
            "input_1_3": Y(first, "name", True),
            "input_1_6": Y(last, "name", True),
            "input_2": Y(email, "email", True),
            "input_3": Y(phone, "phone", True),
            "input_4_1": Y(street, "address|street", True),
            "input_4_3": Y(city, "city", True),
            "input_4_4": G(state),
            "input_4_5": Y(postcode, "zipcode", True),
            "input_5": RED(ssn, "social security number", True),
            "input_6": Y(full, "name", True),
            "input_7": G(lambda f: f.pick(["Maricopa County 4th Ave Jail", "Fulton County Jail"])),
            "input_8": G(lambda f: f.pick(["$2,500", "$5,000", "$10,000"])),
            "input_9": G(lambda f: f.pick(["Yes", "No"])),
            "input_10": RED(lambda f: f.card(), "credit card", True),
        },
    ),
    (
        "track",
        "ACH Payment Submitted",
        ["US"],
        ["node"],
        2,
        {
            "payment_id": G(lambda f: "ach_" + f.hexid(16)),
            "amount": G(lambda f: money(f, 100, 5000)),
            "routing_number": G(lambda f: f.pick(["122105155", "111000025", "061000104", "041215663"])),
            "account_number": RED(bank_account, "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder": Y(full, "name"),
            "memo": Y(
                lambda f: f.pick([f"Bail for {full(f)}", f"{full(f)} bond", f"Bond - {last(f)}, {first(f)}"]),
                "name",
                True,
            ),
            "sec_code": G(lambda f: "WEB"),
            "plaid_item_id": G(lambda f: b64url(f, 37)),
        },
    ),
    (
        "track",
        "SecurityLodged",
        ["UK"],
        ["dotnet"],
        2,
        {
            "SecurityId": G(lambda f: f.digits(8)),
            "SuretyFullName": Y(full, "name"),
            "SuretyAddress": Y(one_line_address, "address"),
            "SuretyDateOfBirth": Y(dob, "birthdate"),
            "Amount": G(lambda f: f.pick([500, 1000, 2000, 5000])),
            "Currency": G(lambda f: "GBP"),
            "SortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-26", "60-16-13"])),
            "AccountNumber": RED(bank_account, "bank account"),
            "Iban": RED(lambda f: f.iban("GB"), "bank account"),
            "PaymentReference": G(lambda f: "SEC" + f.digits(7)),
            "MaskedPan": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5)]) + "******" + f.digits(4)),
            "LodgedUtc": G(iso),
        },
    ),
    (
        "track",
        "Reparation Payment Made",
        ["NZ"],
        ["node"],
        2,
        {
            "payment_ref": G(lambda f: "RP" + f.digits(8)),
            "amount_nzd": G(lambda f: money(f, 10, 400)),
            "payee_bank_account": RED(bank_account, "bank account"),
            "payer_ird_number": RED(ird, "national id"),
            "reference": Y(lambda f: f"{last(f).upper()} REPARATION", "name", True),
            "instalment": G(lambda f: f.r.randint(1, 52)),
            "balance_remaining": G(lambda f: money(f, 0, 9000)),
        },
    ),
    # ---- employment and address verification -------------------------------------------------------
    (
        "track",
        "Employment Verified",
        ["US", "NZ"],
        ["java"],
        3,
        {
            "employer_name": G(set_employer),
            "employer_phone": G(lambda f: f.employer[1]),
            "employer_address": G(lambda f: f.employer[2]),
            "job_title": G(
                lambda f: f.pick(
                    ["Forklift operator", "Roofer", "Line cook", "Warehouse associate", "Scaffolder"]
                )
            ),
            "supervisor_name": Y(full, "name"),
            "supervisor_email": Y(lambda f: work_email(f, f.employer[3]), "email"),
            "hourly_rate": Y(lambda f: money(f, 14, 38), "salary"),
            "hours_per_week": G(lambda f: f.pick([20, 32, 40, 45])),
            "start_date": G(lambda f: f.date(2023, 2024)),
            "verification_method": G(lambda f: f.pick(["paystub", "phone_call", "site_visit"])),
            "verified_by": G(lambda f: "PO" + f.digits(4)),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
    (
        "track",
        "employment-check-completed",
        ["UK"],
        ["node"],
        2,
        {
            "employer-name": G(
                lambda f: f.pick(["Greggs plc", "Tesco Stores Ltd", "Kier Group", "Leeds City Council"])
            ),
            "job-title": G(
                lambda f: f.pick(["Shop assistant", "Labourer", "Warehouse operative", "Cleaner"])
            ),
            "weekly-hours": G(lambda f: f.pick([16, 24, 37.5])),
            "gross-pay": Y(lambda f: money(f, 180, 650), "salary"),
            "contact-name": Y(full, "name"),
            "contact-email": Y(
                lambda f: work_email(f, f.pick(["greggs.co.uk", "tesco.com", "kier.co.uk"])), "email"
            ),
            "has-right-to-work": RED(lambda f: f.pick([True, True, False]), "visa"),
            "ni-number": RED(nino, "national id"),
            "start-date": G(lambda f: f.date(2023, 2024)),
            "check-id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Address Verified",
        ALL,
        ["java", "kotlin"],
        3,
        {
            "address": address_block(),
            "landlord": {"name": Y(full, "name"), "phone": Y(phone, "phone")},
            "occupants": Many(
                {
                    "name": Y(full, "name"),
                    "relationship": G(lambda f: f.pick(["partner", "mother", "son", "daughter", "flatmate"])),
                    "age": G(lambda f: f.r.randint(1, 80)),
                },
                4,
            ),
            "children_under_16": G(lambda f: f.r.randint(0, 3)),
            "address_verified": G(lambda f: f.pick([True, False])),
            "verification_method": G(lambda f: f.pick(["home_visit", "utility_bill", "landlord_call"])),
            "address_type": G(lambda f: f.pick(["rental", "owned", "family", "emergency_housing"])),
            "firearms_in_home": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ALL,
        ["swift", "kotlin"],
        2,
        {
            "input": Y(lambda f: street(f), "address|street", True),
            "selected_description": Y(lambda f: one_line_address(f), "address", True),
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Vehicle Registered",
        ALL,
        ["portal"],
        2,
        {
            "plate": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "make": G(set_vehicle),
            "model": G(lambda f: f.vehicle[1]),
            "registered_owner": Y(full, "name"),
            "owned_by_client": G(lambda f: f.pick([True, False])),
            "driving_licence_no": Y(licence, "license"),
        },
    ),
    # ---- whānau (te reo Māori keys) ----------------------------------------------------------------
    (
        "track",
        "Whanau Contact Updated",
        ["NZ"],
        ["flutter"],
        3,
        {
            "ingoa": Y(full, "name"),
            "waea": Y(phone, "phone"),
            "kainga": Y(one_line_address, "address"),
            "whanaungatanga": G(
                lambda f: f.pick(["whaea", "matua", "tuakana", "teina", "hoa rangatira", "kuia", "koro"])
            ),
            "iwi": Y(
                lambda f: f.pick(["Ngāpuhi", "Tūhoe", "Ngāti Kahungunu", "Ngāti Maniapoto"]), "ethnicity"
            ),
            "he_kaitiaki": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Home Detention Check",
        ["NZ"],
        ["node"],
        2,
        {
            "rohe": G(lambda f: f.pick(["Northern", "Waikato", "Central", "Southern"])),
            "tari": G(lambda f: f.pick(OFFICES["NZ"])),
            "kaimahi_ingoa": Y(full, "name"),
            "kaimahi_id": G(lambda f: "KW" + f.digits(5)),
            "wa_tirotiro": G(iso),
            "i_te_kainga": G(lambda f: f.pick([True, False])),
            "putanga": G(lambda f: f.pick(["compliant", "absent", "no_answer"])),
        },
    ),
]

EVENTS += [
    # ---- sign-in and app lifecycle --------------------------------------------------------------
    (
        "track",
        "Sign In Link Requested",
        ALL,
        ["node"],
        2,
        {
            "identifier": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "magic_link": RED(
                lambda f: f"https://app.waypointsupervision.com/auth/verify?token={b64url(f, 43)}", "token"
            ),
            "expires_in_s": G(lambda f: f.pick([600, 900])),
            "delivery": G(lambda f: f.pick(["sms", "email"])),
            "account_exists": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ALL,
        ["node", "python"],
        2,
        {
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 5)),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "otp_ttl_s": G(lambda f: 300),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ALL,
        ["swift", "kotlin"],
        2,
        {
            "deep_link_url": RED(
                lambda f: (
                    f"https://app.waypointsupervision.com/l/{f.pick(['login', 'verify'])}?t={b64url(f, 40)}"
                ),
                "token",
                True,
            ),
            "referring_application": G(
                lambda f: f.pick(
                    ["com.apple.MobileSMS", "com.google.android.apps.messaging", "com.google.Gmail"]
                )
            ),
        },
    ),
    (
        "track",
        "Application Opened",
        ALL,
        MOBILE,
        3,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "1.9.3"])),
            "build": G(lambda f: f.pick(["41200", "41302", "93"])),
        },
    ),
    (
        "track",
        "Push Notification Received",
        ALL,
        MOBILE,
        2,
        {
            "title": G(
                lambda f: f.pick(
                    ["Time to check in", "Charge your tag", "Appointment tomorrow", "Kia ora - check-in due"]
                )
            ),
            "alert_text": G(
                lambda f: f.pick(
                    [
                        "Your check-in window closes in 30 minutes.",
                        "Battery at 15%. Plug in your charger now.",
                        "You have an appointment at 10:00 tomorrow.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ALL,
        ["kotlin", "flutter"],
        2,
        {
            "field": G(set_field),
            "value": Y(lambda f: email(f) if f.field == "email" else phone(f), "email|phone", True),
            "previous_value_present": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["settings", "onboarding"])),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ALL,
        ["swift"],
        2,
        {
            "query": G(
                lambda f: f.pick(
                    ["how to charge tag", "curfew change", "missed check-in", "pay fees", "travel permission"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
            "article_clicked": G(lambda f: f.pick(["charging-your-tag", "curfew-variations", ""])),
        },
    ),
    (
        "track",
        "Curfew Variation Requested",
        ["NZ", "UK"],
        ["flutter", "kotlin"],
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "requested_start": G(iso),
            "requested_end": G(iso),
            "reason": G(lambda f: f.pick(["employment", "tangihanga", "family_event", "court", "travel"])),
            "event_address": Y(one_line_address, "address"),
            "officer_decision": G(lambda f: f.pick(["pending", "approved", "declined"])),
        },
    ),
    (
        "track",
        "Conditions Acknowledged",
        ALL,
        ["python"],
        2,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "delivered"])),
            "documentName": G(
                lambda f: f.pick(
                    [
                        "Bail conditions - Form 7",
                        "Electronic monitoring agreement",
                        "Home detention conditions",
                    ]
                )
            ),
            "recipient": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "clientUserId": G(lambda f: f.digits(7)),
                "routingOrder": G(lambda f: f.r.randint(1, 2)),
            },
            "signerIpAddress": Y(lambda f: f.ipv4(), "ip"),
            "completedDateTime": G(iso),
        },
    ),
    (
        "track",
        "Officer Signed In",
        ALL,
        ["portal"],
        2,
        {
            "mfa_method": G(lambda f: f.pick(["totp", "push", "sms"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "ip_country": G(lambda f: {"US": "US", "UK": "GB", "NZ": "NZ"}[f.region]),
            "password_expires_in_days": G(lambda f: f.r.randint(1, 90)),
        },
    ),
    (
        "track",
        "Integration Configured",
        ALL,
        ["portal"],
        1,
        {
            "provider": G(lambda f: f.pick(["twilio", "sendgrid"])),
            "account_sid": G(lambda f: "AC" + f.hexid(32)),
            "auth_token": RED(lambda f: f.hexid(32), "secret|token"),
            "api_key": RED(lambda f: f"SG.{b64url(f, 22)}.{b64url(f, 43)}", "secret"),
        },
    ),
    # ---- group and alias ------------------------------------------------------------------------
    (
        "group",
        None,
        ALL,
        ["python", "node"],
        2,
        {
            "name": G(lambda f: f.pick(OFFICES[f.region])),
            "industry": G(lambda f: "Government - Corrections"),
            "employees": G(lambda f: f.r.randint(12, 400)),
            "plan": G(lambda f: f.pick(["monitoring_standard", "monitoring_plus", "pretrial_basic"])),
            "website": G(lambda f: WEBSITES[f.region]),
            "region": G(state),
            "main_phone": G(lambda f: f.pick(OFFICE_PHONE[f.region])),
            "support_email": G(lambda f: SUPPORT_EMAILS[f.region]),
            "office_address": G(lambda f: f.pick(OFFICE_ADDRESS[f.region])),
            "createdAt": G(iso),
        },
    ),
    ("alias", None, ALL, ["swift", "kotlin", "flutter"], 1, {}),
]


# -- assembly ---------------------------------------------------------------------------------------

CLIENT_REGION_OK = {"bonds": {"US"}, "pay": {"US", "NZ"}}


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}", f"{f.uuid()}".upper()]),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    if kind != "page" or f.r.random() < 0.5:
        msg["userId"] = f.pick(["u_", "off_", ""]) + f.digits(f.pick([6, 8]))
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = "agency_" + f.digits(4)
    if kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    context = render(CONTEXTS[client](f), f, "context", labels)
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = context
    msg["integrations"] = {"All": True} if f.r.random() < 0.7 else {"All": True, "Mixpanel": False}
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, regions, clients, weight, body in EVENTS:
            for _ in range(weight):
                f.region = f.pick(regions)
                f.place = f.pick(CITIES[f.region])
                f.person = (f.pick(FIRST[f.region]), f.pick(LAST[f.region]))
                client = f.pick(clients)
                events.append(message(f, kind, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=252, repeats=12)
    write(Path(__file__).parent, "holdout252_", events, labels)
