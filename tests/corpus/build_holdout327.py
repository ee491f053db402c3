"""Writes holdout327: tests/corpus/holdout327_events.jsonl and holdout327_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format
only), without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and without running the engine on these events.

Domain: domestic-violence support services and refuges in the United Kingdom, Romania and New
Zealand. A helpline website (analytics.js: pages, quick exit, site search, web chat, callback
requests, a services-near-me postcode lookup, a caseworker-portal login form); a safety-planning
app with a quick-exit button and a disguised icon (analytics-swift, analytics-kotlin: safety plan,
trusted contacts, location sharing, incident log, journal); a caseworkers' app (analytics-react-
native: identify / group / alias, referrals with children, needs and the perpetrator); refuge
bed availability, transport and pet fostering (analytics-go); case notes, Zendesk-shaped tickets,
GP letters, children's sessions, safeguarding concerns, housing applications, immigration
advice, magic links (analytics-python); DASH-style risk assessments and client records in
PascalCase (.NET); protection
orders, court hearings, breaches and Clare's Law applications (analytics-java); Twilio-shaped
calls and SMS, SendGrid-shaped e-mail events, one-time codes and a Whanau Ora referral with
Maori / NZ English keys (analytics-node); donations as e-commerce spec events with Stripe-shaped
fields, Direct Debits, grants and timesheets (analytics-ruby); a Romanian NGO backend with
Romanian keys, kebab-case GiveWP-style donation webhooks and bank-transfer donations
(analytics-php); a Romanian volunteer app with Romanian identify traits (analytics-flutter); a
reverse-ETL identify with SCREAMING_SNAKE warehouse columns.

Conventions: paths as portal.events.flatten gives them (arrays as `[]`); mostly camelCase and
snake_case keys; about a fifth of the paths in other conventions: PascalCase (.NET, and
Twilio-shaped webhooks), kebab-case, SCREAMING_SNAKE, Romanian and Maori keys.
Values: names from British, South Asian, Polish, Caribbean, Romanian, Maori, Pasifika and migrant
communities; UK / Romanian / NZ phone formats; UK postcodes, Romanian 6-digit and NZ 4-digit
postcodes; NHS numbers (mod 11), NI numbers (valid prefixes), Romanian CNPs (check digit), NZ NHI
(mod 11), NZ bank accounts (algorithm A), GB and RO IBANs (mod 97), Luhn card numbers.

Labelling rules (the brief's, followed exactly) and the calls made where it was silent:
- Each leaf path: classification (red / yellow / green), type (reference matcher name, or
  `bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`,
  `credit card`, `password`, `ip`, `token`; `a|b` when either is fair) and value_only (the key
  does not say what the value is; then every value of the path holds that PII).
- PII about anyone: the user, trusted contacts, children, perpetrators / respondents, witnesses,
  staff (caseworkers, social workers, solicitors, GPs, drivers, installers, interpreters are not
  named). Staff names, staff direct e-mails and mobiles are yellow; a service's own helpline,
  office number, role mailbox (referrals@, noreply@) and refuge / court / GP practice names are
  green, as is the number a Twilio webhook shows for the helpline's side of a call.
- Green: ids we or others issue (case, referral, court case numbers, police references, legal aid
  and mandate references, Stripe cus_/pi_ ids, CallSid), counters, amounts, enums, booleans under
  PII-sounding keys, ages, job titles, employers, regions, counties (judet), countries, languages,
  timezones, hashes of content, pets' names and microchips, refuge facts (a refuge being
  wheelchair accessible is green; a client needing wheelchair access is red `disability`), sort
  codes, card brand / last4 / expiry.
- Special categories from booleans and enums: DASH answers revealing health (injury, pregnancy,
  depression, the abuser's substance misuse) are yellow `condition`; EHCP, disability and
  wheelchair needs are red `disability`; ethnicity, iwi affiliation yellow `ethnicity`; religion,
  sexual orientation yellow; no-recourse-to-public-funds, visa type, right to work, sponsorship red
  `visa`. DASH answers that reveal no special category (frightened, isolated, separation,
  stalking) and the overall risk level and score stay green.
- Calls made where the brief is silent: data about criminal offences (the abuser's criminal
  history) is treated like a special category: yellow, type `criminal record`. A push token and
  a 6-digit one-time code are red `token`; a safety-app code word / safe word is red `secret`
  (the person holds it to authenticate to the service). The issuing country of a passport is
  yellow `citizenship`. A caseworker's precise location is yellow `geolocation`. A device
  serial of a personal alarm pendant is yellow `serial`. A `username` holding e-mails is yellow
  `email|name` (the key names a user identifier, so not value_only); a Zendesk-shaped
  `via.source.from.address` holding e-mails is value_only (`address` does not say e-mail).
  Twilio-shaped `From` (the caller) is value_only phone; `To` (the helpline) is green. Free text
  is green unless every value carries the PII named (chat `text` and case `note` always do).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "uk": [
        "Emma",
        "Sophie",
        "Chloe",
        "Aisha",
        "Priya",
        "Siobhan",
        "Agnieszka",
        "Shanice",
        "Zainab",
        "Gemma",
        "Hayley",
        "Kerry-Ann",
        "Rebecca",
        "Niamh",
        "Bethan",
        "Nasreen",
    ],
    "ro": [
        "Ioana",
        "Andreea",
        "Elena",
        "Mihaela",
        "Alexandra",
        "Gabriela",
        "Ana-Maria",
        "Roxana",
        "Cristina",
        "Florentina",
        "Mădălina",
        "Larisa",
        "Ionela",
        "Daniela",
    ],
    "nz": [
        "Aroha",
        "Mere",
        "Hine",
        "Kahurangi",
        "Anahera",
        "Moana",
        "Ngaio",
        "Mele",
        "Losa",
        "Charlotte",
        "Isla",
        "Amelia",
        "Ruby",
        "Te Aroha",
        "Pania",
    ],
    "mig": [
        "Amina",
        "Maryam",
        "Nour",
        "Lan",
        "Maria",
        "Joy",
        "Xin",
        "Svetlana",
        "Hodan",
        "Marisol",
        "Oksana",
        "Farida",
        "Rosalind",
        "Thi Hoa",
    ],
}
LAST = {
    "uk": [
        "Thompson",
        "Evans",
        "Hughes",
        "Begum",
        "Akhtar",
        "Kowalczyk",
        "O'Neill",
        "Campbell",
        "Okonkwo",
        "Williams",
        "Patel",
        "Ahmed",
        "MacLeod",
        "Davies",
        "Brown",
        "Clarke",
    ],
    "ro": [
        "Popescu",
        "Ionescu",
        "Popa",
        "Dumitrescu",
        "Stan",
        "Stoica",
        "Gheorghe",
        "Rusu",
        "Munteanu",
        "Matei",
        "Constantin",
        "Lungu",
        "Bălan",
        "Ciobanu",
        "Rădulescu",
    ],
    "nz": [
        "Ngata",
        "Parata",
        "Tipene",
        "Te Whata",
        "Walker",
        "Hēnare",
        "Tuhiwai",
        "Tupou",
        "Faleolo",
        "Taufa",
        "Wilson",
        "Kaur",
        "Fifita",
        "Rangihuna",
        "Pōtae",
    ],
    "mig": [
        "Yusuf",
        "Hosseini",
        "Al-Sayed",
        "Nguyen",
        "Santos",
        "Adeyemi",
        "Li",
        "Petrova",
        "Warsame",
        "Reyes",
        "Bondarenko",
        "Rahimi",
        "Mensah",
        "Tran",
    ],
}
MALE_FIRST = {
    "uk": ["Daniel", "Lee", "Craig", "Mohammed", "Tomasz", "Jason", "Ryan", "Gareth"],
    "ro": ["Marius", "Costel", "Florin", "Adrian", "Vasile", "Ionuț", "Bogdan", "Cătălin"],
    "nz": ["Hemi", "Tama", "Brendon", "Sione", "Wiremu", "Rāwiri", "Shane", "Tipene"],
    "mig": ["Ahmed", "Karim", "Dmitri", "Juan", "Emeka", "Wei", "Reza", "Abdi"],
}
REGIONS = ["uk", "uk", "ro", "nz", "mig"]
MAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "yahoo.ro",
    "xtra.co.nz",
    "icloud.com",
    "hotmail.co.uk",
    "protonmail.com",
    "btinternet.com",
    "gmail.ro",
]
ASCII = str.maketrans("ăâîșțĂÂÎȘȚāēīōūĀĒĪŌŪ' ", "aaistAAISTaeiouAEIOU__")


def reg(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, region=None) -> str:
    return f.pick(FIRST[region or reg(f)])


def last(f: Fake, region=None) -> str:
    return f.pick(LAST[region or reg(f)])


def name(f: Fake, region=None) -> str:
    region = region or reg(f)
    return f"{first(f, region)} {last(f, region)}"


def man(f: Fake, region=None) -> str:
    region = region or reg(f)
    return f"{f.pick(MALE_FIRST[region])} {last(f, region)}"


def email(f: Fake, region=None) -> str:
    region = region or reg(f)
    a = first(f, region).lower().translate(ASCII).replace("-", "")
    b = last(f, region).lower().translate(ASCII).replace("-", "").replace("_", "")
    sep = f.pick([".", "_", "", ""])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1970, 2004))])
    return f"{a}{sep}{b}{tail}@{f.pick(MAIL)}"


def staff_email(f: Fake) -> str:
    region = f.pick(["uk", "ro", "nz"])
    dom = {"uk": "havenline.org.uk", "ro": "casasperantei.ro", "nz": "tewharehaumaru.org.nz"}[region]
    a = first(f, region).lower().translate(ASCII).replace("-", "")
    b = last(f, region).lower().translate(ASCII).replace("-", "").replace("_", "")
    return f"{a}.{b}@{dom}"


def phone(f: Fake, region=None) -> str:
    region = region or f.pick(["uk", "uk", "ro", "nz"])
    d = f.digits
    if region == "uk":
        body = f"7{f.r.randint(400, 999)}{d(6)}"
        return f.pick(
            [
                f"0{body[:4]} {body[4:]}",
                f"+44 {body[:4]} {body[4:]}",
                f"+44{body}",
                f"0{body}",
                f"0{body[:4]}-{body[4:7]}-{body[7:]}",
            ]
        )
    if region == "ro":
        body = f"7{f.pick(['2', '3', '4', '5', '6', '7', '8'])}{d(7)}"
        return f.pick(
            [
                f"0{body[:3]} {body[3:6]} {body[6:]}",
                f"+40 {body[:3]} {body[3:6]} {body[6:]}",
                f"+40{body}",
                f"0{body}",
                f"0{body[:3]}.{body[3:6]}.{body[6:]}",
            ]
        )
    pre = f.pick(["21", "22", "27", "29"])
    rest = d(7)
    return f.pick(
        [
            f"0{pre} {rest[:3]} {rest[3:]}",
            f"+64 {pre} {rest[:3]} {rest[3:]}",
            f"+64{pre}{rest}",
            f"0{pre}{rest}",
            f"0{pre}-{rest[:3]}-{rest[3:]}",
        ]
    )


UK_STREETS = [
    "Albion Road",
    "Victoria Street",
    "Church Lane",
    "Station Road",
    "Mill Lane",
    "Queens Drive",
    "Hawthorn Close",
    "Park Avenue",
    "Stretford Road",
    "Whitehall Road",
]
RO_STREETS = [
    "Str. Mihai Eminescu",
    "Bd. Unirii",
    "Calea Victoriei",
    "Șos. Colentina",
    "Str. Avram Iancu",
    "Bd. Decebal",
    "Str. Lalelelor",
    "Aleea Trandafirilor",
]
NZ_STREETS = [
    "Karangahape Road",
    "Tui Street",
    "Kowhai Crescent",
    "Great South Road",
    "Manukau Road",
    "Te Rapa Road",
    "Fenton Street",
    "Cannons Creek Road",
]
UK_CITIES = [
    "Manchester",
    "Leeds",
    "Birmingham",
    "Bristol",
    "Cardiff",
    "Glasgow",
    "Leicester",
    "Bradford",
    "Sheffield",
    "Luton",
    "Newcastle upon Tyne",
]
RO_CITIES = [
    "București",
    "Cluj-Napoca",
    "Iași",
    "Timișoara",
    "Constanța",
    "Brașov",
    "Craiova",
    "Galați",
    "Ploiești",
    "Oradea",
]
NZ_CITIES = [
    "Auckland",
    "Ōtāhuhu",
    "Porirua",
    "Wellington",
    "Hamilton",
    "Rotorua",
    "Whangārei",
    "Christchurch",
    "Gisborne",
    "Palmerston North",
]
POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(f: Fake) -> str:
    area = f.pick(["M", "LS", "B", "BS", "CF", "G", "LE", "BD", "S", "LU", "NE", "E", "SW", "N"])
    return f"{area}{f.r.randint(1, 28)} {f.r.randint(0, 9)}{f.pick(POST_LETTERS)}{f.pick(POST_LETTERS)}"


def postcode(f: Fake, region=None) -> str:
    region = region or f.pick(["uk", "uk", "ro", "nz"])
    if region == "ro":
        return f"{f.r.randint(0, 9)}{f.r.randint(0, 9)}{f.digits(4)}"
    if region == "nz":
        return f"{f.r.randint(10, 98)}{f.r.randint(10, 99)}"
    return uk_postcode(f)


def street(f: Fake, region=None) -> str:
    region = region or f.pick(["uk", "uk", "ro", "nz"])
    if region == "ro":
        s = f"{f.pick(RO_STREETS)} nr. {f.r.randint(1, 140)}"
        return s + f.pick(["", f", bl. {f.pick('ABCDM')}{f.r.randint(1, 9)}, ap. {f.r.randint(1, 60)}"])
    if region == "nz":
        return f.pick(["", f"{f.r.randint(1, 12)}/"]) + f"{f.r.randint(1, 300)} {f.pick(NZ_STREETS)}"
    return f.pick(["", f"Flat {f.r.randint(1, 12)}, "]) + f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"


def city(f: Fake, region=None) -> str:
    region = region or f.pick(["uk", "uk", "ro", "nz"])
    return f.pick({"uk": UK_CITIES, "ro": RO_CITIES, "nz": NZ_CITIES}.get(region, UK_CITIES))


def address(f: Fake, region=None) -> str:
    region = region or f.pick(["uk", "uk", "ro", "nz"])
    return f"{street(f, region)}, {city(f, region)} {postcode(f, region)}"


def dob(f: Fake, lo=1960, hi=2004) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def ro_dob(f: Fake, lo=1960, hi=2004) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(lo, hi)}"


# -- identifiers with real check digits ---------------------------------------------------------------


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 7)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def ni_number(f: Fake) -> str:
    while True:
        a, b = f.pick("ABCEGHJKLMNPRSTWXYZ"), f.pick("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick("ABCD")
    return f.pick([f"{a}{b}{d}{suffix}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def cnp(f: Fake, lo=1955, hi=2006) -> str:
    y = f.r.randint(lo, hi)
    s = f.pick(["1", "2"]) if y < 2000 else f.pick(["5", "6"])
    county = f.pick([f"{c:02d}" for c in range(1, 41)] + ["51", "52"])
    body = (
        f"{s}{y % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{county}{f.r.randint(1, 999):03d}"
    )
    total = sum(int(c) * int(w) for c, w in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if total == 10 else total)


NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi(f: Fake) -> str:
    while True:
        letters = "".join(f.pick(NHI_ALPHA) for _ in range(3))
        digits = [f.r.randint(0, 9) for _ in range(3)]
        vals = [NHI_ALPHA.index(c) + 1 for c in letters] + digits
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        check = 11 - rem
        check = 0 if check == 10 else check
        return letters + "".join(map(str, digits)) + str(check)


def nz_bank_account(f: Fake) -> str:
    while True:
        bank = f.pick(["01", "02", "03", "06", "12"])
        branch = f"{f.r.randint(1, 999):04d}"
        acct = f"{f.r.randint(100000, 989999):07d}"
        digits = [int(c) for c in bank + branch + acct.zfill(8)]
        weights = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1]
        if sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
            return f"{bank}-{branch}-{acct}-{f.pick(['00', '01', '25', '000'])}"


def ro_iban(f: Fake) -> str:
    bban = f.pick(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"]) + f.digits(16)
    numeric = "".join(str(int(c, 36)) for c in bban + "RO00")
    raw = f"RO{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def any_iban(f: Fake) -> str:
    return ro_iban(f) if f.r.random() < 0.5 else f.iban("GB")


def payee_account(f: Fake) -> str:
    return f.pick([nz_bank_account, ro_iban, lambda f: f.iban("GB")])(f)


def vehicle_plate(f: Fake) -> str:
    L3 = "ABCDEFGHJKLMNPRSTUVWXYZ"
    uk = f"{f.pick(L3)}{f.pick(L3)}{f.r.randint(10, 74)} {f.pick(L3)}{f.pick(L3)}{f.pick(L3)}"
    county = f.pick(["B", "CJ", "IS", "TM", "CT", "BV"])
    ro = f"{county} {f.r.randint(10, 99)} {f.pick(L3)}{f.pick(L3)}{f.pick(L3)}"
    nz = f"{f.pick(L3)}{f.pick(L3)}{f.pick(L3)}{f.r.randint(100, 999)}"
    return f.pick([uk, uk, ro, nz])


def uk_driving_licence(f: Fake) -> str:
    surname = (last(f, "uk").upper().replace("'", "") + "99999")[:5]
    y, m, d = f.r.randint(50, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    initials = f.pick("ACEGJKLMNPRS") + f.pick(["9", "A", "J", "M"])
    return (
        f"{surname}{str(y)[0]}{m:02d}{d:02d}{str(y)[1]}{initials}9{f.pick('ABCDEFGHJ')}{f.pick('ABCDEFGHJ')}"
    )


def dbs_certificate(f: Fake) -> str:
    return "00" + f.digits(10)


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), "05" + f.digits(6), f.pick(["LA", "LH", "RA"]) + f.digits(6)])


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQiA" + "".join(f.pick(alnum) for _ in range(80)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def serial_vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(f.pick(chars) for _ in range(17))


BOXES = [((51.3, 55.9), (-4.3, 0.2)), ((44.2, 47.7), (21.2, 28.6)), ((-46.5, -35.2), (168.3, 178.4))]


def lat(f: Fake) -> float:
    """A latitude in the UK, Romania or New Zealand; the next lon() falls in the same country."""
    f.box = f.pick(BOXES)
    return round(f.r.uniform(*f.box[0]), 6)


def lon(f: Fake) -> float:
    box = getattr(f, "box", None) or f.pick(BOXES)
    f.box = None
    return round(f.r.uniform(*box[1]), 6)


def money(f: Fake, lo=5, hi=250) -> float:
    return f.pick([5.0, 10.0, 20.0, 25.0, 50.0, f.money(lo, hi)])


def ts(f: Fake) -> str:
    return f.iso()


# -- contexts sent by the client libraries ---------------------------------------------------------

UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/"
    "605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
UA_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.3"
    "6 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36"
)
UA_EDGE = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KH"
    "TML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65"
)
UA_GMAIL_PROXY = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"

SITES = [
    ("https://www.havenline.org.uk", "Haven Line | Free, confidential support"),
    ("https://www.casasperantei.ro", "Casa Speranței - Sprijin pentru victime"),
    ("https://www.tewharehaumaru.org.nz", "Te Whare Haumaru | Family violence support"),
]
PAGES = [
    "/",
    "/get-help",
    "/donate",
    "/refuge-support",
    "/volunteer",
    "/ordin-de-protectie",
    "/safety-planning",
    "/portal/login",
    "/chat",
]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.ro/",
                        "https://l.facebook.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=mi", "?ref=footer"])
            ),
            "title": G(lambda f: f.pick(SITES)[1]),
            "url": G(lambda f: f.pick(SITES)[0] + f.pick(PAGES)),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    UA_IPHONE,
                    UA_ANDROID,
                    UA_EDGE,
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Microsoft Edge", "Not-A.Brand"])
                    ),
                    "version": G(lambda f: f.pick(["123", "99", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "ro-RO", "en-NZ", "mi-NZ", "pl-PL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Bucharest", "Pacific/Auckland"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["16_days_2024", "christmas_appeal", "helpline_awareness"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "content": G(lambda f: f.pick(["carousel_a", "video_30s", "text_ad_2"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Haven"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4321"])),
            "namespace": G(lambda f: "org.havenline.safety"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone13,2", "iPhone15,4", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: False),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["EE", "Vodafone UK", "O2 - UK", "Spark NZ", "One NZ", "Orange RO"])
            ),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-NZ", "ro-RO"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Pacific/Auckland", "Europe/Bucharest"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Haven"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "org.havenline.safety"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "Redmi Note 12", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "tapas", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-NZ", "ro-RO"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Pacific/Auckland", "Europe/Bucharest"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "CaseLink"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "291"])),
            "namespace": G(lambda f: "nz.org.tewharehaumaru.caselink"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "iPhone14,5", "SM-X205"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 390, 800])),
            "height": G(lambda f: f.pick([1180, 844, 1340])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Spark NZ", "2degrees", "EE"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "mi-NZ", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/London"])),
        "traits": {
            "email": Y(lambda f: staff_email(f), "email"),
            "name": Y(lambda f: name(f, f.pick(["nz", "uk"])), "name"),
            "role": G(lambda f: f.pick(["kaimahi", "idva", "team_lead", "refuge_worker"])),
        },
        "location": {
            "latitude": Y(lambda f: lat(f), "geolocation"),
            "longitude": Y(lambda f: lon(f), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Voluntari Casa Speranței"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["42", "50"])),
            "namespace": G(lambda f: "ro.casasperantei.voluntari"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A155F", "23108RN04Y", "iPhone13,2", "ELE-L29"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.3"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1170])), "height": G(lambda f: f.pick([2340, 2532]))},
        "network": {"carrier": G(lambda f: f.pick(["Orange RO", "Vodafone RO", "DIGI.MOBIL"]))},
        "locale": G(lambda f: "ro-RO"),
        "timezone": G(lambda f: "Europe/Bucharest"),
    }


SERVER_LIBS = {
    "py": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(client: str):
    lib, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
    if client == "node":
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    UA_IPHONE,
                    "TwilioProxy/1.1",
                ]
            )
        )
    if client == "php":
        ctx["library"]["consumer"] = G(lambda f: "LibCurl")
    if client == "ruby":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: email(f), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client == "dotnet":
        ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


# -- free text ----------------------------------------------------------------------------------------


def chat_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"can someone call me on {p} after 3pm, he is at work then",
            f"my number is {p} please dont leave a message",
            f"Buna ziua, ma puteti suna la {p}? Nu pot vorbi acum",
            f"text me on {p} only, not calls",
            f"kia ora, my sister's phone is {p}, I am staying with her",
            f"{p} - safe to call between 10 and 12",
        ]
    )


def case_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Client asked that all contact goes via her sister on {p}.",
            f"New mobile {p}; old phone taken by ex-partner. Do not use previous number.",
            f"Left voicemail on {p} as agreed (safe to leave generic msg).",
            f"Call back on {p} re: housing appointment Tuesday.",
            f"Am vorbit cu beneficiara la {p}, programare la psiholog joi.",
            f"Kōrero with whānau - best number is {p} (aunty's).",
        ]
    )


def green_route(f: Fake) -> str:
    return f.pick(
        [
            "Leave through the back garden gate",
            "Keep bag at work locker",
            "Go to the pharmacy and ask for ANI",
            "Spare keys hidden, bus to town centre",
            "Kids' school bag packed with documents",
            "Taxi from the corner shop",
            "",
        ]
    )


EVENTS = [
    # -- helpline website -----------------------------------------------------------------------
    (
        "page",
        "Home",
        "web",
        {
            "path": G(lambda f: f.pick(PAGES)),
            "url": G(lambda f: f.pick(SITES)[0] + f.pick(PAGES)),
            "title": G(lambda f: f.pick(SITES)[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.google.co.nz/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?lang=ro"])),
        },
    ),
    (
        "page",
        "Get Help",
        "web",
        {
            "path": G(lambda f: f.pick(PAGES)),
            "url": G(lambda f: f.pick(SITES)[0] + f.pick(PAGES)),
            "title": G(lambda f: f.pick(SITES)[1]),
        },
    ),
    (
        "track",
        "Quick Exit Clicked",
        "web",
        {
            "trigger": G(lambda f: f.pick(["button", "esc_key", "esc_key_double"])),
            "page_path": G(lambda f: f.pick(PAGES)),
            "seconds_on_page": G(lambda f: f.r.randint(2, 900)),
            "redirect_to": G(
                lambda f: f.pick(
                    [
                        "https://www.bbc.co.uk/weather",
                        "https://www.google.com",
                        "https://www.metservice.com",
                        "https://vremea.ro",
                    ]
                )
            ),
            "history_replaced": G(lambda f: True),
        },
    ),
    (
        "track",
        "Site Searched",
        "web",
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "non molestation order",
                        "refuge near me",
                        "ordin de protectie",
                        "how to get a protection order nz",
                        "help for men",
                        "clares law",
                        "coercive control signs",
                        "adapost victime",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": Many(G(lambda f: f.pick(["legal", "housing", "children", "money"])), 2),
        },
    ),
    (
        "track",
        "Live Chat Requested",
        "web",
        {
            "chat_id": G(lambda f: f.uuid()),
            "queue": G(lambda f: f.pick(["helpline_en", "helpline_ro", "helpline_mi", "bsl_video"])),
            "language": G(lambda f: f.pick(["en", "ro", "mi", "pl", "ar"])),
            "position_in_queue": G(lambda f: f.r.randint(0, 14)),
            "estimated_wait_s": G(lambda f: f.r.randint(0, 1800)),
            "entry_point": G(lambda f: f.pick(["header_button", "get_help_page", "exit_intent"])),
            "safe_to_chat": G(lambda f: f.pick([True, False])),
            "out_of_hours": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "node",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_seq": G(lambda f: f.r.randint(1, 60)),
            "sender_role": G(lambda f: "visitor"),
            "text": Y(chat_text, "phone", True),
            "char_count": G(lambda f: f.r.randint(10, 120)),
            "has_attachment": G(lambda f: False),
            "operator_id": G(lambda f: "op_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Callback Requested",
        "web",
        {
            "callback_id": G(lambda f: "cb_" + f.hexid(12)),
            "phone_number": Y(lambda f: phone(f), "phone"),
            "phone_type": G(lambda f: f.pick(["mobile", "landline", "friends_phone"])),
            "preferred_name": Y(lambda f: first(f), "name"),
            "safe_times": Many(G(lambda f: f.pick(["morning", "lunchtime", "afternoon", "evening"])), 3),
            "ok_to_leave_voicemail": G(lambda f: f.pick([True, False])),
            "ok_to_text": G(lambda f: f.pick([True, False])),
            "code_word": RED(
                lambda f: f.pick(["bluebell", "pineapple", "Marmite", "kiwi", "lalea", "sunflower"]),
                "secret|password",
            ),
            "language": G(lambda f: f.pick(["en", "ro", "mi", "pl", "ar"])),
            "country": G(lambda f: f.pick(["GB", "RO", "NZ"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["callback_v3", "callback_v4"])),
            "field_name": G(lambda f: "phone"),
            "value": Y(lambda f: phone(f), "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 40000)),
            "is_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Services Near Me Searched",
        "web",
        {
            "input": Y(lambda f: postcode(f), "zipcode", True),
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "services_found": G(lambda f: f.r.randint(0, 12)),
            "service_types": Many(
                G(lambda f: f.pick(["refuge", "outreach", "legal", "counselling", "children"])), 3
            ),
            "used_geolocation": G(lambda f: False),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "interests": Many(
                G(lambda f: f.pick(["campaigning", "fundraising", "volunteering", "events"])), 3
            ),
            "signup_source": G(lambda f: f.pick(["footer", "donation_thankyou", "event_page"])),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        "web",
        {
            "form_id": G(lambda f: "portal-login"),
            "form_name": G(lambda f: "Caseworker portal sign in"),
            "fields": {
                "username": Y(lambda f: staff_email(f), "email|name"),
                "password": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "Haven#1234", "Parola.2023", "kiwi-Tui-88", "Whanau!2024"]
                    ),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
            "duration_ms": G(lambda f: f.r.randint(1500, 30000)),
        },
    ),
    # -- safety-planning app --------------------------------------------------------------------
    (
        "screen",
        "Safety Plan",
        "swift",
        {
            "section": G(lambda f: f.pick(["contacts", "go_bag", "routes", "children", "documents"])),
            "items_completed": G(lambda f: f.r.randint(0, 12)),
            "plan_version": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Safety Plan Updated",
        "kotlin",
        {
            "plan_id": G(lambda f: f.uuid()),
            "trusted_contacts": Many(
                {
                    "label": Y(
                        lambda f: f.pick(
                            [first(f), name(f), "Auntie " + first(f, "nz"), first(f) + " (work)"]
                        ),
                        "name",
                        True,
                    ),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "relationship": G(
                        lambda f: f.pick(["friend", "sister", "mother", "neighbour", "colleague"])
                    ),
                    "can_receive_location": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "safe_word": RED(
                lambda f: f.pick(["pineapple", "red umbrella", "Tuesday pizza", "bluebell", "cana de ceai"]),
                "secret|password",
            ),
            "go_bag_items_ready": G(lambda f: f.r.randint(0, 15)),
            "escape_route_notes": G(green_route),
            "nearest_safe_place": G(
                lambda f: f.pick(["police_station", "friend", "pharmacy", "workplace", "marae"])
            ),
            "children_count": G(lambda f: f.r.randint(0, 5)),
            "pets_count": G(lambda f: f.r.randint(0, 3)),
            "updated_at": G(ts),
        },
    ),
    (
        "track",
        "Emergency Contact Alerted",
        "swift",
        {
            "alert_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["sms", "call", "whatsapp"])),
            "recipient_count": G(lambda f: f.r.randint(1, 3)),
            "location_shared": G(lambda f: True),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(5, 120)),
            "battery_level": G(lambda f: round(f.r.uniform(0.05, 1), 2)),
            "message_template": G(lambda f: f.pick(["default_en", "default_ro", "custom"])),
        },
    ),
    (
        "track",
        "Quick Exit Triggered",
        "swift",
        {
            "trigger": G(lambda f: f.pick(["shake", "button", "volume_buttons"])),
            "screen": G(lambda f: f.pick(["Journal", "Safety Plan", "Contacts", "Home"])),
            "disguise_mode": G(lambda f: f.pick(["calculator", "weather", "notes"])),
            "time_in_app_s": G(lambda f: f.r.randint(3, 1200)),
        },
    ),
    (
        "track",
        "App Disguise Changed",
        "kotlin",
        {
            "disguise": G(lambda f: f.pick(["calculator", "weather", "notes", "recipes"])),
            "previous_disguise": G(lambda f: f.pick(["none", "calculator", "weather"])),
            "pin_enabled": G(lambda f: f.pick([True, False])),
            "pin_length": G(lambda f: f.pick([4, 6])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Incident Logged",
        "swift",
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_types": Many(
                G(
                    lambda f: f.pick(
                        ["physical", "verbal", "financial", "coercive_control", "digital", "stalking"]
                    )
                ),
                3,
            ),
            "occurred_at": G(ts),
            "injuries_sustained": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant_at_time": Y(lambda f: f.pick([True, False, False]), "condition"),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
            "evidence_photo_urls": Many(
                Y(lambda f: f"https://vault.havenline.org.uk/e/{f.uuid()}.jpg", "photo"), 3
            ),
            "police_called": G(lambda f: f.pick([True, False])),
            "police_reference": G(lambda f: f.pick(["CAD ", "GMP-", "P", "NZP-"]) + f.digits(8)),
            "witness_name": Y(lambda f: name(f), "name"),
            "witness_phone": Y(lambda f: phone(f), "phone"),
            "storage": G(lambda f: f.pick(["encrypted_cloud", "device_only"])),
        },
    ),
    (
        "track",
        "Journal Entry Saved",
        "kotlin",
        {
            "entry_id": G(lambda f: f.uuid()),
            "word_count": G(lambda f: f.r.randint(5, 900)),
            "mood": G(lambda f: f.pick(["scared", "calm", "angry", "hopeful", "tired"])),
            "has_audio": G(lambda f: f.pick([True, False])),
            "encrypted": G(lambda f: True),
            "content_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Location Shared",
        "kotlin",
        {
            "share_id": G(lambda f: f.uuid()),
            "duration_min": G(lambda f: f.pick([15, 30, 60, 120])),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "position": Y(lambda f: f"{lat(f)},{lon(f)}", "geolocation", True),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "ends_at": G(ts),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "preferred_name": Y(lambda f: first(f), "name"),
            "country": G(lambda f: f.pick(["GB", "NZ", "RO"])),
            "app_language": G(lambda f: f.pick(["en", "ro", "mi"])),
            "created_at": G(ts),
            "safety_plan_completed": G(lambda f: f.pick([True, False])),
            "disguise_enabled": G(lambda f: f.pick([True, False])),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- caseworkers' app ---------------------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "firstName": Y(lambda f: first(f, f.pick(["nz", "uk"])), "name"),
            "lastName": Y(lambda f: last(f, f.pick(["nz", "uk"])), "name"),
            "email": Y(lambda f: staff_email(f), "email"),
            "workPhone": Y(lambda f: phone(f, f.pick(["nz", "uk"])), "phone"),
            "role": G(lambda f: f.pick(["kaimahi", "idva", "team_lead", "refuge_worker"])),
            "employeeNumber": G(lambda f: "E" + f.digits(5)),
            "organisationId": G(lambda f: "org_" + f.digits(4)),
            "region": G(
                lambda f: f.pick(["Tāmaki Makaurau", "Waikato", "Greater Manchester", "West Yorkshire"])
            ),
            "jobTitle": G(
                lambda f: f.pick(
                    [
                        "Independent Domestic Violence Advisor",
                        "Kaimahi",
                        "Refuge Support Worker",
                        "Service Manager",
                    ]
                )
            ),
            "startDate": G(lambda f: f.date(2012, 2024)),
            "mfaEnabled": G(lambda f: True),
        },
    ),
    (
        "group",
        None,
        "rn",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Te Whare Haumaru Tāmaki",
                        "Haven Line North West",
                        "Haven Line Yorkshire",
                        "Whānau Haumaru Waikato",
                    ]
                )
            ),
            "organisation_type": G(lambda f: f.pick(["refuge", "outreach", "helpline"])),
            "region": G(
                lambda f: f.pick(["Tāmaki Makaurau", "Waikato", "Greater Manchester", "West Yorkshire"])
            ),
            "beds_total": G(lambda f: f.r.randint(4, 40)),
            "contract_ref": G(lambda f: "CT-" + f.digits(6)),
            "charity_number": G(lambda f: f.pick(["CC", ""]) + f.digits(7)),
            "office_phone": G(
                lambda f: f.pick(["0808 2000 247", "0800 500 333", "0508 744 633", "+44 161 636 7525"])
            ),
            "office_email": G(
                lambda f: f.pick(
                    ["referrals@havenline.org.uk", "office@tewharehaumaru.org.nz", "contact@casasperantei.ro"]
                )
            ),
            "website": G(lambda f: f.pick(SITES)[0]),
            "plan": G(lambda f: f.pick(["nonprofit", "nonprofit_plus"])),
        },
    ),
    ("alias", None, "rn", None),
    (
        "track",
        "Referral Submitted",
        "rn",
        {
            "referral_id": G(lambda f: "REF-" + f.digits(7)),
            "referral_source": G(
                lambda f: f.pick(["self", "police", "gp", "school", "oranga_tamariki", "marac"])
            ),
            "client": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "date_of_birth": Y(lambda f: dob(f), "birthdate"),
                "email": Y(lambda f: email(f), "email"),
                "ethnicity": Y(
                    lambda f: f.pick(
                        ["Māori", "Samoan", "NZ European", "White British", "Pakistani", "Roma"]
                    ),
                    "ethnicity",
                ),
                "mobile": Y(lambda f: phone(f), "phone"),
                "safe_contact_method": G(lambda f: f.pick(["text_only", "call_mornings", "via_worker"])),
                "address": {
                    "line1": Y(lambda f: street(f), "address|street"),
                    "suburb": Y(
                        lambda f: f.pick(
                            ["Mangere", "Cannons Creek", "Moss Side", "Harehills", "Sector 3", "Manurewa"]
                        ),
                        "city|address",
                    ),
                    "city": Y(lambda f: city(f), "city"),
                    "postcode": Y(lambda f: postcode(f), "zipcode"),
                },
                "health_number": RED(lambda f: f.pick([nhi, nhs_number])(f), "health id"),
            },
            "children": Many(
                {
                    "first_name": Y(lambda f: first(f), "name"),
                    "age": G(lambda f: f.r.randint(0, 17)),
                    "date_of_birth": Y(lambda f: dob(f, 2007, 2024), "birthdate"),
                    "gender": Y(lambda f: f.pick(["female", "male", "unknown"]), "gender"),
                },
                3,
            ),
            "needs": {
                "wheelchair_access": RED(lambda f: f.pick([True, False, False]), "disability"),
                "interpreter_language": G(
                    lambda f: f.pick(["none", "Romanian", "Tongan", "Urdu", "Arabic", "Polish"])
                ),
                "pets_count": G(lambda f: f.r.randint(0, 2)),
                "no_recourse_public_funds": RED(lambda f: f.pick([True, False, False]), "visa"),
                "mental_health_support": Y(lambda f: f.pick([True, False]), "condition"),
                "substance_use_support": Y(lambda f: f.pick([True, False, False]), "condition"),
            },
            "perpetrator": {
                "full_name": Y(lambda f: man(f), "name"),
                "vehicle_rego": Y(vehicle_plate, "license"),
                "known_to_police": G(lambda f: f.pick([True, False])),
                "lives_with_client": G(lambda f: f.pick([True, False])),
            },
            "risk_level": G(lambda f: f.pick(["standard", "medium", "high"])),
            "marac_referral": G(lambda f: f.pick([True, False])),
            "consent_to_share": G(lambda f: True),
            "submitted_at": G(ts),
        },
    ),
    (
        "track",
        "Password Changed",
        "rn",
        {
            "password_strength": G(lambda f: f.pick(["medium", "strong"])),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "webauthn"])),
            "forced_by_policy": G(lambda f: f.pick([True, False])),
            "days_since_last_change": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "Bed Availability Checked",
        "go",
        {
            "search_id": G(lambda f: f.uuid()),
            "region": G(
                lambda f: f.pick(
                    ["Tāmaki Makaurau", "Waikato", "Greater Manchester", "West Yorkshire", "Wales"]
                )
            ),
            "results": Many(
                {
                    "refuge_id": G(lambda f: "rf_" + f.digits(3)),
                    "refuge_name": G(
                        lambda f: f.pick(
                            [
                                "Ashton House",
                                "Harbour Refuge",
                                "Te Whare Rongomau",
                                "Willow Lodge",
                                "Rata House",
                            ]
                        )
                    ),
                    "beds_available": G(lambda f: f.r.randint(0, 6)),
                    "wheelchair_accessible": G(lambda f: f.pick([True, False])),
                    "accepts_boys_up_to_age": G(lambda f: f.pick([12, 14, 16, 18])),
                    "pets_allowed": G(lambda f: f.pick([True, False])),
                    "distance_km": G(lambda f: round(f.r.uniform(1, 400), 1)),
                },
                4,
            ),
            "family_size": G(lambda f: f.r.randint(1, 6)),
            "need_wheelchair_access": RED(lambda f: f.pick([True, False, False]), "disability"),
            "requested_by_staff_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Transport Booked",
        "go",
        {
            "booking_id": G(lambda f: "TB" + f.digits(8)),
            "pickup_address": Y(lambda f: address(f), "address"),
            "pickup_lat": Y(lat, "geolocation"),
            "pickup_lng": Y(lon, "geolocation"),
            "destination_refuge_id": G(lambda f: "rf_" + f.digits(3)),
            "destination_region": G(lambda f: f.pick(["Wales", "Waikato", "Scotland", "Ilfov"])),
            "taxi_company": G(
                lambda f: f.pick(
                    ["Street Cars Manchester", "Co-op Taxis", "Star Taxi București", "Green Cabs"]
                )
            ),
            "taxi_company_phone": G(lambda f: f.pick(["0161 228 7878", "+64 9 300 3000", "021 9444"])),
            "driver_name": Y(lambda f: man(f), "name"),
            "client_phone": Y(lambda f: phone(f), "phone"),
            "vehicle_plate": Y(vehicle_plate, "license"),
            "pickup_at": G(ts),
            "passengers": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Pet Foster Arranged",
        "go",
        {
            "foster_id": G(lambda f: "PF-" + f.digits(5)),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Bella", "Rex", "Milo", "Pepe", "Whero"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "breed": G(
                lambda f: f.pick(["Staffordshire Bull Terrier", "Domestic Shorthair", "Huntaway", "Metis"])
            ),
            "microchip_number": G(lambda f: "9" + f.digits(14)),
            "owner_ref": G(lambda f: "REF-" + f.digits(7)),
            "foster_carer_name": Y(lambda f: name(f), "name"),
            "foster_carer_postcode": Y(lambda f: postcode(f), "zipcode"),
            "vet_practice": G(
                lambda f: f.pick(["Vets4Pets Salford", "Animates Vetcare", "Clinica Vet Dr. Pop"])
            ),
            "vaccinated": G(lambda f: f.pick([True, False])),
            "expected_weeks": G(lambda f: f.r.randint(2, 26)),
        },
    ),
    (
        "track",
        "Monitored Alarm Installed",
        "go",
        {
            "alarm_id": G(lambda f: "AL" + f.digits(6)),
            "provider": G(lambda f: f.pick(["Safe Alert Ltd", "Chubb NZ", "Careline365"])),
            "install_address": Y(lambda f: address(f), "address"),
            "installer_name": Y(lambda f: man(f), "name"),
            "pendant_serial": Y(lambda f: "PND" + f.hexid(10).upper(), "serial"),
            "test_passed": G(lambda f: f.pick([True, True, False])),
            "response_priority": G(lambda f: f.pick(["P1", "P2"])),
            "installed_at": G(ts),
        },
    ),
]

EVENTS += [
    # -- case management (python) ---------------------------------------------------------------------
    (
        "track",
        "Case Note Added",
        "py",
        {
            "case_id": G(lambda f: "C-" + f.digits(6)),
            "note_id": G(lambda f: f.uuid()),
            "author_email": Y(lambda f: staff_email(f), "email"),
            "note_type": G(lambda f: f.pick(["contact", "safeguarding", "housing", "legal"])),
            "note": Y(case_note, "phone", True),
            "visibility": G(lambda f: f.pick(["team", "restricted"])),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
            "tags": Many(G(lambda f: f.pick(["callback", "housing", "court", "children", "urgent"])), 3),
        },
    ),
    (
        "track",
        "Ticket Created",
        "py",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Callback request",
                            "Refuge space enquiry",
                            "Donation receipt",
                            "Volunteer question",
                            "Cerere informații",
                        ]
                    )
                ),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["web_form", "helpline", "donor", "ro"])), 3),
                "requester": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                },
                "assignee": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: name(f, f.pick(["uk", "ro", "nz"])), "name"),
                    "email": Y(lambda f: staff_email(f), "email"),
                },
                "via": {
                    "channel": G(lambda f: f.pick(["web", "email", "api"])),
                    "source": {
                        "from": {
                            "address": Y(lambda f: email(f), "email", True),
                            "name": Y(lambda f: name(f), "name"),
                        },
                        "to": {
                            "address": G(
                                lambda f: f.pick(
                                    [
                                        "support@havenline.org.uk",
                                        "contact@casasperantei.ro",
                                        "kiaora@tewharehaumaru.org.nz",
                                    ]
                                )
                            ),
                            "name": G(
                                lambda f: f.pick(["Haven Line Support", "Casa Speranței", "Te Whare Haumaru"])
                            ),
                        },
                    },
                },
                "created_at": G(ts),
            },
        },
    ),
    (
        "track",
        "GP Letter Requested",
        "py",
        {
            "request_id": G(lambda f: f.uuid()),
            "gp_practice": G(
                lambda f: f.pick(["Ardwick Medical Practice", "Otara Family Health", "Harehills Surgery"])
            ),
            "gp_practice_phone": G(lambda f: f.pick(["0161 273 4545", "09 274 1020", "0113 249 5440"])),
            "gp_name": Y(lambda f: "Dr " + name(f), "name"),
            "nhs_number": RED(nhs_number, "health id"),
            "purpose": G(lambda f: f.pick(["legal_aid_evidence", "housing_priority", "court"])),
            "medications_disclosed": Many(
                Y(lambda f: f.pick(["sertraline", "propranolol", "zopiclone", "mirtazapine"]), "medication"),
                2,
            ),
            "presenting_issues": Many(
                Y(lambda f: f.pick(["anxiety", "PTSD", "insomnia", "head injury"]), "condition|diagnosis"), 2
            ),
            "repeat_prescription_ref": Y(lambda f: "RX" + f.digits(8), "medication"),
        },
    ),
    (
        "track",
        "Children Session Attended",
        "py",
        {
            "session_id": G(lambda f: f.uuid()),
            "programme": G(
                lambda f: f.pick(["Power to Change", "Kids' Club", "Tamariki Time", "Atelier Copii"])
            ),
            "child_ref": G(lambda f: "CH" + f.digits(5)),
            "child_age": G(lambda f: f.r.randint(4, 16)),
            "child_first_name": Y(lambda f: first(f), "name"),
            "attended": G(lambda f: f.pick([True, True, False])),
            "worker_id": G(lambda f: "E" + f.digits(5)),
            "parent_consent": G(lambda f: True),
            "allergies": Y(lambda f: f.pick(["none", "peanuts", "dairy", "egg", "penicillin"]), "allergy"),
            "session_rating": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Interpreter Booked",
        "py",
        {
            "booking_id": G(lambda f: "INT-" + f.digits(6)),
            "language": G(lambda f: f.pick(["ro", "ar", "pl", "to", "ur", "so"])),
            "provider": G(lambda f: f.pick(["LanguageLine", "Ezispeak", "DA Languages"])),
            "interpreter_gender_pref": G(lambda f: f.pick(["female", "no_preference"])),
            "duration_min": G(lambda f: f.pick([30, 60, 90])),
            "cost_gbp": G(lambda f: f.money(20, 120)),
            "appointment_at": G(ts),
        },
    ),
    (
        "track",
        "Immigration Advice Requested",
        "py",
        {
            "enquiry_id": G(lambda f: "IMM-" + f.digits(5)),
            "nationality": Y(
                lambda f: f.pick(["Romanian", "Filipino", "Indian", "Tongan", "Syrian", "Nigerian"]),
                "citizenship",
            ),
            "visa_type": RED(
                lambda f: f.pick(
                    [
                        "Partner of a Worker Work Visa",
                        "Spouse visa",
                        "Victims of Family Violence Visa",
                        "Student",
                        "none",
                    ]
                ),
                "visa",
            ),
            "visa_expiry": RED(lambda f: f.date(2024, 2027), "visa"),
            "passport_number": RED(passport, "passport"),
            "passport_issuing_country": Y(
                lambda f: f.pick(["RO", "PH", "IN", "TO", "SY", "NG"]), "citizenship"
            ),
            "brp_number": RED(lambda f: f.pick(["ZU", "RF", "ZX"]) + f.digits(7), "national id"),
            "urgent": G(lambda f: f.pick([True, False])),
            "adviser_org": G(
                lambda f: f.pick(["Southall Black Sisters", "Community Law Manukau", "Asociația ANAIS"])
            ),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "py",
        {
            "email": Y(lambda f: staff_email(f), "email"),
            "token": RED(lambda f: f.hexid(48), "token"),
            "expires_at": G(ts),
            "redirect_path": G(lambda f: f.pick(["/cases", "/referrals/new", "/beds"])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- .NET case system (PascalCase) -----------------------------------------------------------------
    (
        "track",
        "Risk Assessment Completed",
        "dotnet",
        {
            "AssessmentId": G(lambda f: f.uuid()),
            "CaseId": G(lambda f: "C-" + f.digits(6)),
            "ClientFullName": Y(lambda f: name(f, "uk"), "name"),
            "Tool": G(lambda f: "SafeLives DASH 2009"),
            "Score": G(lambda f: f.r.randint(0, 24)),
            "RiskLevel": G(lambda f: f.pick(["Standard", "Medium", "High"])),
            "CurrentInjury": Y(lambda f: f.pick([True, False]), "condition"),
            "Pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "Frightened": G(lambda f: f.pick([True, False])),
            "Isolated": G(lambda f: f.pick([True, False])),
            "DepressedOrSuicidal": Y(lambda f: f.pick([True, False]), "condition"),
            "RecentSeparation": G(lambda f: f.pick([True, False])),
            "ChildContactConflict": G(lambda f: f.pick([True, False])),
            "Stalking": G(lambda f: f.pick([True, False])),
            "AbuserSubstanceMisuse": Y(lambda f: f.pick([True, False]), "condition"),
            "AbuserCriminalHistory": Y(lambda f: f.pick([True, False]), "criminal record"),
            "MaracThresholdMet": G(lambda f: f.pick([True, False])),
            "AssessorName": Y(lambda f: name(f, "uk"), "name"),
            "CompletedUtc": G(ts),
        },
    ),
    (
        "track",
        "Client Record Updated",
        "dotnet",
        {
            "ClientId": G(lambda f: f.r.randint(10000, 99999)),
            "FieldsChanged": Many(
                G(lambda f: f.pick(["Address", "Phone", "Email", "GpDetails", "Ethnicity"])), 3
            ),
            "NhsNumber": RED(nhs_number, "health id"),
            "NationalInsuranceNumber": RED(ni_number, "national id"),
            "DateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "Ethnicity": Y(
                lambda f: f.pick(["White British", "Pakistani", "Black Caribbean", "White Other", "Mixed"]),
                "ethnicity",
            ),
            "Religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Sikh", "None", "Prefer not to say"]), "religion"
            ),
            "SexualOrientation": Y(
                lambda f: f.pick(["Heterosexual", "Lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "Disability": RED(
                lambda f: f.pick(["None", "Mobility", "Hearing", "Learning", "Mental health"]), "disability"
            ),
            "PrimaryLanguage": G(lambda f: f.pick(["English", "Urdu", "Polish", "Romanian"])),
            "AddressConfidential": G(lambda f: f.pick([True, False])),
            "UpdatedBy": G(lambda f: "E" + f.digits(5)),
            "GdprConsent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Safeguarding Concern Raised",
        "py",
        {
            "concern_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "CH" + f.digits(5)),
            "concern_category": G(lambda f: f.pick(["Neglect", "Emotional", "Witnessing DA"])),
            "local_authority": G(
                lambda f: f.pick(["Manchester City Council", "Leeds City Council", "Cardiff Council"])
            ),
            "social_worker_name": Y(lambda f: name(f, "uk"), "name"),
            "social_worker_phone": Y(lambda f: phone(f, "uk"), "phone"),
            "child_first_name": Y(lambda f: first(f), "name"),
            "parent_full_name": Y(lambda f: name(f, "uk"), "name"),
            "child_date_of_birth": Y(lambda f: dob(f, 2008, 2023), "birthdate"),
            "has_ehcp": RED(lambda f: f.pick([True, False]), "disability"),
            "child_protection_plan": G(lambda f: f.pick([True, False])),
            "referred_to_mash": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Housing Application Submitted",
        "py",
        {
            "application_ref": G(lambda f: "HA/" + f.digits(6)),
            "current_address": Y(lambda f: address(f, "uk"), "address"),
            "temporary_accommodation": G(lambda f: f.pick([True, False])),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "ni_number": RED(ni_number, "national id"),
            "contact_email": Y(lambda f: email(f, "uk"), "email"),
            "weekly_income": Y(lambda f: f.money(0, 600), "salary"),
            "bedrooms": G(lambda f: f.r.randint(1, 4)),
            "priority_band": G(lambda f: f.pick(["A", "B", "C"])),
            "submitted_at": G(ts),
        },
    ),
    # -- court support (java) --------------------------------------------------------------------------
    (
        "track",
        "Protection Order Applied",
        "java",
        {
            "application_id": G(lambda f: f.uuid()),
            "order_type": G(
                lambda f: f.pick(["non_molestation", "occupation", "protection_order_nz", "fgm_protection"])
            ),
            "court_name": G(
                lambda f: f.pick(
                    [
                        "Manchester Civil Justice Centre",
                        "Leeds Combined Court",
                        "Manukau District Court",
                        "Cardiff Civil Justice Centre",
                    ]
                )
            ),
            "case_number": G(lambda f: f.pick(["MA", "LS", "FAM-2024-092-"]) + f.digits(6)),
            "hearing_date": G(lambda f: f.date(2024, 2025)),
            "applicant_name": Y(lambda f: name(f), "name"),
            "respondent_name": Y(lambda f: man(f), "name"),
            "respondent_date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "respondent_address": Y(lambda f: address(f), "address"),
            "respondent_phone": Y(lambda f: phone(f), "phone"),
            "without_notice": G(lambda f: f.pick([True, False])),
            "legal_aid_reference": G(lambda f: f.digits(3) + "LA" + f.digits(6)),
            "solicitor_email": Y(
                lambda f: (
                    first(f, "uk").lower()
                    + "."
                    + last(f, "uk").lower().replace("'", "")
                    + "@"
                    + f.pick(["hblaw.co.uk", "osbornes.net", "familylaw.co.nz"])
                ),
                "email",
            ),
            "solicitor_firm": G(
                lambda f: f.pick(["Hodge Jones & Allen", "Osbornes Law", "Duncan Cotterill"])
            ),
            "interpreter_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Breach Reported",
        "java",
        {
            "breach_id": G(lambda f: f.uuid()),
            "case_number": G(lambda f: f.pick(["MA", "LS", "FAM-2024-092-"]) + f.digits(6)),
            "respondent_vehicle": Y(vehicle_plate, "license"),
            "breach_type": G(
                lambda f: f.pick(["contact", "attended_address", "third_party_contact", "online"])
            ),
            "reported_to_police": G(lambda f: f.pick([True, False])),
            "police_reference": G(lambda f: f.pick(["CAD ", "GMP-", "P", "NZP-"]) + f.digits(8)),
            "location_lat": Y(lat, "geolocation"),
            "location_lng": Y(lon, "geolocation"),
            "occurred_at": G(ts),
        },
    ),
    (
        "track",
        "DVDS Application Submitted",
        "java",
        {
            "application_ref": G(lambda f: "DVDS-" + f.digits(6)),
            "route": G(lambda f: f.pick(["right_to_ask", "right_to_know"])),
            "partner_name": Y(lambda f: man(f, "uk"), "name"),
            "partner_date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "partner_aliases": Many(Y(lambda f: man(f, "uk"), "name"), 2),
            "partner_town": Y(lambda f: city(f, "uk"), "city"),
            "applicant_relationship": G(lambda f: f.pick(["partner", "parent", "friend"])),
            "police_force": G(
                lambda f: f.pick(["Greater Manchester Police", "West Yorkshire Police", "South Wales Police"])
            ),
            "safe_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
]


def e164(f: Fake) -> str:
    region = f.pick(["uk", "uk", "nz", "ro"])
    if region == "uk":
        return f"+447{f.r.randint(400, 999)}{f.digits(6)}"
    if region == "ro":
        return f"+407{f.pick('2345678')}{f.digits(7)}"
    return f"+642{f.pick('1279')}{f.digits(7)}"


HELPLINE_NUMBERS = ["+448082000247", "+40800500333", "+64508744633", "+441616367525"]


def product(f_tiers=True):
    return {
        "product_id": G(lambda f: f.pick(["don_night", "don_kit", "don_monthly", "don_kids", "don_any"])),
        "sku": G(lambda f: f.pick(["DON-NIGHT-25", "DON-KIT-40", "DON-MONTH-10", "DON-KIDS-15", "DON-ANY"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Fund a night in refuge",
                    "Emergency essentials kit",
                    "Monthly gift",
                    "Toys for children in refuge",
                    "O noapte în siguranță",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["donation", "appeal", "regular_giving"])),
        "price": G(lambda f: money(f)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


EVENTS += [
    # -- telephony and messaging (node) -----------------------------------------------------------------
    (
        "track",
        "Helpline Call Ended",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(e164, "phone", True),
            "CallerName": Y(lambda f: name(f).upper(), "name"),
            "To": G(lambda f: f.pick(HELPLINE_NUMBERS)),
            "FromCity": Y(lambda f: city(f, f.pick(["uk", "nz"])).upper(), "city"),
            "FromCountry": G(lambda f: f.pick(["GB", "NZ", "RO"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 3600))),
            "Direction": G(lambda f: "inbound"),
            "advocate_id": G(lambda f: "op_" + f.digits(4)),
            "queue_wait_s": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "SMS Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(e164, "phone", True),
            "To": G(lambda f: f.pick(HELPLINE_NUMBERS)),
            "Body": G(
                lambda f: f.pick(["YES", "STOP", "ok thanks", "can't talk now", "Da", "later pls", "kia ora"])
            ),
            "NumMedia": G(lambda f: "0"),
            "FromCountry": G(lambda f: f.pick(["GB", "NZ", "RO"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "node",
        {
            "channel": G(lambda f: "sms"),
            "phone_number": Y(lambda f: phone(f), "phone"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_s": G(lambda f: 300),
            "delivery_status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
    (
        "track",
        "Email Event",
        "node",
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}p1lon1.sendgrid.net>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: UA_GMAIL_PROXY),
            "category": Many(G(lambda f: f.pick(["receipt", "appeal", "newsletter"])), 2),
            "asm_group_id": G(lambda f: f.pick([1201, 1202])),
        },
    ),
    (
        "track",
        "Whanau Referral Received",
        "node",
        {
            "referral_ref": G(lambda f: "WR" + f.digits(6)),
            "ingoa": Y(lambda f: first(f, "nz"), "name"),
            "ingoa_whanau": Y(lambda f: last(f, "nz"), "name"),
            "waea": Y(lambda f: phone(f, "nz"), "phone"),
            "ra_whanau": Y(lambda f: dob(f), "birthdate"),
            "kainga": Y(lambda f: address(f, "nz"), "address"),
            "iwi": Y(
                lambda f: f.pick(["Ngāpuhi", "Ngāti Porou", "Waikato-Tainui", "Ngāi Tahu", "Te Arawa"]),
                "ethnicity",
            ),
            "rohe": G(lambda f: f.pick(["Te Tai Tokerau", "Tāmaki Makaurau", "Waikato", "Te Tairāwhiti"])),
            "nhi": RED(nhi, "health id"),
            "kaimahi_id": G(lambda f: "K" + f.digits(4)),
            "tamariki_count": G(lambda f: f.r.randint(0, 6)),
            "te_reo_preferred": G(lambda f: f.pick([True, False])),
            "whanau_hui_requested": G(lambda f: f.pick([True, False])),
            "agency": G(lambda f: f.pick(["NZ Police", "Oranga Tamariki", "Whānau Ora", "Self"])),
        },
    ),
    # -- donations: e-commerce spec (web, ruby) ---------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        {
            **product(),
            "currency": G(lambda f: f.pick(["GBP", "RON", "NZD"])),
            "url": G(lambda f: f.pick(SITES)[0] + "/donate/" + f.pick(["night", "kit", "monthly"])),
            "image_url": G(lambda f: f"https://cdn.havenline.org.uk/img/{f.hexid(10)}.webp"),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **product(),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "D" + f.digits(8)),
            "revenue": G(lambda f: money(f)),
            "currency": G(lambda f: f.pick(["GBP", "RON", "NZD"])),
            "coupon": G(lambda f: f.pick(["", "MATCH2024", "GIFTAID"])),
            "products": Many(product(), 2),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "D" + f.digits(8)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "direct_debit"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_postcode": Y(lambda f: postcode(f), "zipcode"),
            "gift_aid_declared": G(lambda f: f.pick([True, False])),
            "uk_taxpayer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "ruby",
        {
            "order_id": G(lambda f: "D" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: money(f)),
            "revenue": G(lambda f: money(f)),
            "currency": G(lambda f: f.pick(["GBP", "RON", "NZD"])),
            "products": Many(product(), 2),
            "donor": {
                "email": Y(lambda f: email(f), "email"),
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "RO", "NZ"])),
            },
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "gift_aid_declared": G(lambda f: f.pick([True, False])),
            "in_memory_of": Y(lambda f: name(f), "name"),
            "dedication_message": G(
                lambda f: f.pick(
                    [
                        "For every woman who needs a safe place",
                        "In loving memory",
                        "Keep up the amazing work",
                        "Cu drag",
                        "Kia kaha",
                    ]
                )
            ),
            "is_recurring": G(lambda f: f.pick([True, False])),
            "email_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        "ruby",
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan": G(lambda f: f.pick(["Monthly £5", "Monthly £10", "Monthly £25"])),
            "amount": G(lambda f: f.pick([5, 10, 25])),
            "interval": G(lambda f: "month"),
            "sort_code": G(lambda f: f.pick(["20-45-77", "40-11-62", "60-83-71", "09-01-28"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder_name": Y(lambda f: name(f, "uk"), "name"),
            "mandate_reference": G(lambda f: "HAVEN-" + f.hexid(8).upper()),
            "first_collection_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Emergency Grant Paid",
        "ruby",
        {
            "grant_id": G(lambda f: "GR" + f.digits(6)),
            "amount": G(lambda f: f.pick([50, 100, 150, 250])),
            "currency": G(lambda f: f.pick(["GBP", "RON", "NZD"])),
            "payee_name": Y(lambda f: name(f), "name"),
            "payee_account": RED(payee_account, "bank account"),
            "purpose": G(lambda f: f.pick(["food", "travel", "school_uniform", "phone_credit"])),
            "approved_by": G(lambda f: "E" + f.digits(5)),
            "reference": G(lambda f: "HARDSHIP " + f.digits(4)),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "ruby",
        {
            "timesheet_id": G(lambda f: f.uuid()),
            "staff_id": G(lambda f: "E" + f.digits(5)),
            "staff_name": Y(lambda f: name(f), "name"),
            "hours": G(lambda f: round(f.r.uniform(4, 45), 1)),
            "hourly_rate": Y(lambda f: f.pick([11.44, 12.6, 13.25, 23.15, 27.8]), "salary"),
            "overtime": G(lambda f: f.pick([True, False])),
            "approved_by": G(lambda f: "E" + f.digits(5)),
            "week_ending": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- Romanian NGO backend (php): Romanian keys, GiveWP-style kebab-case webhook ---------------------
    (
        "track",
        "Ordin de Protectie Emis",
        "php",
        {
            "numar_dosar": G(
                lambda f: f"{f.r.randint(1000, 39999)}/{f.pick(['299', '300', '301', '211'])}/2024"
            ),
            "instanta": G(
                lambda f: f.pick(
                    ["Judecătoria Sectorului 1 București", "Judecătoria Cluj-Napoca", "Judecătoria Iași"]
                )
            ),
            "tip_ordin": G(lambda f: f.pick(["provizoriu", "definitiv"])),
            "victima": {
                "nume": Y(lambda f: last(f, "ro"), "name"),
                "prenume": Y(lambda f: first(f, "ro"), "name"),
                "cnp": RED(cnp, "national id"),
                "telefon": Y(lambda f: phone(f, "ro"), "phone"),
                "adresa": Y(lambda f: address(f, "ro"), "address"),
            },
            "agresor": {
                "nume_complet": Y(lambda f: man(f, "ro"), "name"),
                "cnp": RED(cnp, "national id"),
                "adresa": Y(lambda f: address(f, "ro"), "address"),
            },
            "durata_luni": G(lambda f: f.pick([1, 3, 6, 12])),
            "judet": G(lambda f: f.pick(["București", "Cluj", "Iași", "Timiș", "Constanța"])),
            "data_emiterii": G(lambda f: f.date(2024, 2024)),
            "minori_implicati": G(lambda f: f.r.randint(0, 4)),
            "bratara_electronica": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cerere Consiliere",
        "php",
        {
            "id_cerere": G(lambda f: f.digits(6)),
            "tip_consiliere": G(lambda f: f.pick(["psihologica", "juridica", "sociala"])),
            "canal": G(lambda f: f.pick(["telefon", "online", "fata_in_fata"])),
            "oras": Y(lambda f: city(f, "ro"), "city"),
            "judet": G(lambda f: f.pick(["București", "Cluj", "Iași", "Timiș", "Constanța"])),
            "varsta": G(lambda f: f.r.randint(18, 70)),
            "are_copii": G(lambda f: f.pick([True, False])),
            "numar_copii": G(lambda f: f.r.randint(0, 5)),
            "telefon_contact": Y(lambda f: phone(f, "ro"), "phone"),
            "email": Y(lambda f: email(f, "ro"), "email"),
            "observatii": G(
                lambda f: f.pick(
                    ["Preferă întâlnire online", "Solicită consiliere juridică", "Doar dimineața", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Formular 230 Completat",
        "php",
        {
            "nume": Y(lambda f: last(f, "ro"), "name"),
            "prenume": Y(lambda f: first(f, "ro"), "name"),
            "cnp": RED(cnp, "national id"),
            "adresa_domiciliu": Y(lambda f: street(f, "ro"), "address|street"),
            "localitate": Y(lambda f: city(f, "ro"), "city"),
            "judet": G(lambda f: f.pick(["București", "Cluj", "Iași", "Timiș", "Constanța"])),
            "email": Y(lambda f: email(f, "ro"), "email"),
            "procent": G(lambda f: 3.5),
            "doi_ani": G(lambda f: f.pick([True, False])),
            "semnat_online": G(lambda f: True),
        },
    ),
    (
        "track",
        "Bank Transfer Donation",
        "php",
        {
            "amount": G(lambda f: f.pick([50, 100, 200, f.r.randint(20, 900)])),
            "currency": G(lambda f: "RON"),
            "donor_iban": RED(ro_iban, "bank account"),
            "donor_name": Y(lambda f: name(f, "ro"), "name"),
            "frequency": G(lambda f: f.pick(["one_off", "monthly"])),
            "campaign": G(lambda f: f.pick(["16 zile de activism", "Crăciun 2024", "Adăpost sigur"])),
            "reference": G(lambda f: "CS" + f.digits(7)),
        },
    ),
    (
        "track",
        "Donation Completed",
        "php",
        {
            "donation-id": G(lambda f: f.r.randint(1000, 99999)),
            "form-title": G(lambda f: f.pick(["Christmas Appeal", "Refuge Fund", "16 Days"])),
            "donor-first-name": Y(lambda f: first(f), "name"),
            "donor-last-name": Y(lambda f: last(f), "name"),
            "donor-email": Y(lambda f: email(f), "email"),
            "amount": G(lambda f: money(f)),
            "currency": G(lambda f: f.pick(["GBP", "RON", "NZD"])),
            "gateway": G(lambda f: f.pick(["stripe", "paypal", "manual"])),
            "anonymous-donation": G(lambda f: f.pick([True, False])),
            "donor-comment": G(
                lambda f: f.pick(["Thank you for all you do", "", "In memory of my mum", "Merry Christmas"])
            ),
            "billing-country": G(lambda f: f.pick(["GB", "RO", "NZ"])),
            "cc-number": RED(lambda f: f.card(), "credit card"),
            "cc-exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "company-name": G(lambda f: f.pick(["", "Northern Bakeries Ltd", "Fabrica de Pâine SRL"])),
        },
    ),
    # -- volunteers ----------------------------------------------------------------------------------
    (
        "track",
        "Volunteer Application Submitted",
        "web",
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: name(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "date_of_birth": Y(lambda f: dob(f, 1950, 2005), "birthdate"),
            "postcode": Y(lambda f: postcode(f), "zipcode"),
            "roles_interested": Many(
                G(lambda f: f.pick(["helpline", "shop", "fundraising", "childrens_activities"])), 3
            ),
            "availability": Many(G(lambda f: f.pick(["weekday_day", "weekday_evening", "weekend"])), 3),
            "languages_spoken": Many(
                G(lambda f: f.pick(["English", "Romanian", "Te Reo Māori", "Polish", "Urdu"])), 2
            ),
            "has_driving_licence": G(lambda f: f.pick([True, False])),
            "driving_licence_number": Y(uk_driving_licence, "license"),
            "dbs_certificate_number": Y(dbs_certificate, "certificate"),
            "right_to_work_uk": RED(lambda f: f.pick(["yes", "yes_with_visa", "no"]), "visa"),
            "needs_sponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
            "emergency_contact": {
                "name": Y(lambda f: name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "parent", "friend"])),
            },
            "employer": G(lambda f: f.pick(["NHS", "Tesco", "self-employed", "University of Leeds", ""])),
            "job_title": G(lambda f: f.pick(["Nurse", "Teacher", "Student", "Retired", "Accountant"])),
            "heard_about_us": G(lambda f: f.pick(["social_media", "friend", "event", "search"])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "nume": Y(lambda f: last(f, "ro"), "name"),
            "prenume": Y(lambda f: first(f, "ro"), "name"),
            "telefon": Y(lambda f: phone(f, "ro"), "phone"),
            "email": Y(lambda f: email(f, "ro"), "email"),
            "adresa": Y(lambda f: street(f, "ro"), "address|street"),
            "oras": Y(lambda f: city(f, "ro"), "city"),
            "judet": G(lambda f: f.pick(["București", "Cluj", "Iași", "Timiș", "Constanța"])),
            "data_nasterii": Y(lambda f: ro_dob(f, 1960, 2005), "birthdate"),
            "ocupatie": G(lambda f: f.pick(["studentă", "psiholog", "asistent social", "pensionară"])),
            "cazier_judiciar_depus": G(lambda f: f.pick([True, False])),
            "limba": G(lambda f: "ro"),
            "ore_disponibile_saptamanal": G(lambda f: f.r.randint(2, 20)),
            "created_at": G(ts),
        },
    ),
    (
        "track",
        "Shift Scheduled",
        "flutter",
        {
            "shift_id": G(lambda f: f.uuid()),
            "location_name": G(
                lambda f: f.pick(["Centrul de zi Sector 3", "Adăpost Cluj", "Linia telefonică"])
            ),
            "shift_date": G(lambda f: f.date(2024, 2025)),
            "start_time": G(lambda f: f.pick(["08:00", "14:00", "20:00"])),
            "duration_hours": G(lambda f: f.pick([4, 6, 8])),
            "shift_role": G(lambda f: f.pick(["operator", "insotitor", "activitati_copii"])),
            "coordinator_name": Y(lambda f: name(f, "ro"), "name"),
            "confirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE columns) ------------------------------------------------
    (
        "identify",
        None,
        "py",
        {
            "DONOR_ID": G(lambda f: f.r.randint(100000, 999999)),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "MOBILE_NUMBER": Y(lambda f: phone(f), "phone"),
            "POSTCODE": Y(lambda f: postcode(f), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2002), "birthdate"),
            "LIFETIME_VALUE_GBP": G(lambda f: f.money(5, 20000)),
            "GIFT_COUNT": G(lambda f: f.r.randint(1, 120)),
            "LAST_GIFT_DATE": G(lambda f: f.date(2020, 2024)),
            "GIFT_AID_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "IS_MAJOR_DONOR": G(lambda f: f.pick([True, False, False])),
            "CONTACT_PREFERENCE": G(lambda f: f.pick(["EMAIL", "POST", "NONE"])),
            "RFM_SEGMENT": G(lambda f: f.pick(["CHAMPION", "AT_RISK", "NEW", "LAPSED"])),
        },
    ),
]


def user_id(f: Fake, client: str):
    if client in ("swift", "kotlin"):
        return None  # the safety app stays anonymous
    if client in ("rn", "py", "go", "java", "dotnet"):
        return "usr_" + f.hexid(10)
    return f.pick([None, "d_" + f.digits(7)])


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            uid = user_id(f, client)
            if uid or kind in ("identify", "group", "alias"):
                msg["userId"] = uid or "usr_" + f.hexid(10)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            ctx = CONTEXTS[client](f) if client in CONTEXTS else server_context(client)
            msg["context"] = render(ctx, f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=327, repeats=30)
    write(Path(__file__).parent, "holdout327_", events, labels)
