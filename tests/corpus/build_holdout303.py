"""Writes holdout303: tests/corpus/holdout303_events.jsonl and holdout303_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Only build.py / fake.py (helpers),
build_holdout3.py (format) and ../shared/REFERENCE.md / DESIGN.md (matchers, colours) were read.

Domain: "Homefront", a veterans' benefits and military-family support service in the US,
Australia and Israel. Service records (service numbers, branch, rank, unit, DD214 /
discharge), disability claims and ratings, C&P exams, mental-health and PTSD counselling
referrals, the crisis line (a Twilio-shaped webhook), GI Bill / education and home-loan /
housing benefits, pension and compensation payments to bank accounts (ABA routing + account,
BSB + account, Israeli IBAN), dependants, survivors and caregivers, clinic finder and
appointments, VA pharmacy refills, job placement and mentoring, memorial / burial / headstone
requests, a memorial store (e-commerce spec events) and donations, ID.me-style identity
verification, SendGrid / Facebook CAPI / reverse-ETL shaped server payloads. Backends in
English and Hebrew (romanised snake_case keys and Hebrew-script keys and values).

Messages: identify / track / page / screen / group / alias with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter and the server
libraries (python, node, go, java, ruby, php, .NET). Only properties / traits / context are
labelled (top-level ids are not scanned). About 15 % of keys use other conventions: .NET
PascalCase, kebab-case (form builders), SCREAMING_SNAKE (warehouse syncs), Twilio PascalCase,
Hebrew (romanised and script).

Values: names from many cultures (US, Australian, Māori, Vietnamese, Israeli Jewish, Druze and
Arab, Hebrew script), national phone formats (NANP, AU mobiles and landlines, Israeli 05x),
addresses and postcodes per country; ids with their real checksums: Luhn cards, mod-97 IBANs
(IL), ABA routing numbers, Israeli Teudat Zehut check digit, Australian TFN (mod 11) and
Medicare (weighted mod 10), SSA-structured SSNs.

Labelling (the Privacy Portal's default colours; `type` is the reference matcher name, or
bank account / geolocation / secret / national id / health id / advertising id / credit score /
trade union / date of death; `a|b` when either is fair):
- PII = personal data of a natural person (the user, a dependant, a survivor, a caregiver, a
  recipient, a caller, a staff member such as a counsellor or examiner). Reference colours;
  outside the reference: red for secrets, tokens, card numbers, bank accounts, government ids
  and health ids; yellow otherwise.
- Green: ids we issue (user / claim / referral / order / session / device ids, UUIDs, SKUs),
  versions, timestamps, hashes of non-PII, amounts (including a benefit payment's amount),
  enums, counters and booleans under PII-sounding keys, product / programme / clinic / school /
  employer / cemetery names, places that are not the person's (clinic, cemetery, job location,
  a searched town), country / state / locale / timezone / currency, user agents, OS device ids,
  card brand / last four / expiry, routing numbers, BSBs, Israeli bank and branch codes, a
  bank account's last four, business phones and role mailboxes, Twilio's `To` (our number).
- Contested cases follow the product's published policy (claim / member / customer numbers,
  ages, marital status, job titles, employers green; insurance policy and insurer member
  numbers yellow `identification`; rx numbers yellow `medication`; pay, salary, income yellow
  `salary` (here also a person's monthly compensation entitlement and household income band;
  the amount of a single payment stays green); credit scores yellow; plates yellow `license`,
  VINs yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing /
  shipping / home addresses yellow `address`;
  trade-union membership yellow; payment-method tokens, one-time codes, sign-in link tokens red
  `token`; patient numbers (VA ICN, Medicare, DVA Gold Card) red `health id`; identity
  documents' numbers red `national id` / `passport`; right-to-work answers red `visa`).
- Rules this corpus adds where the policy is silent (what a careful privacy owner would flag):
  * A field describing a named person's own military service (branch, rank, MOS, unit, service
    dates, character of discharge, ID.me "verified groups", pension / benefit type, a sign-up
    "user type" of veteran / service member / family member / survivor) reveals veteran
    status: red `veteran`. The same vocabulary as a search filter, an eligibility rule or a
    content category is green.
  * Military service numbers (DoD ID / EDIPI, Australian PMKeyS, IDF personal number), the VA
    file number (usually the SSN), Centrelink CRN and the Australian TFN are government-issued
    identifiers of the person: red `national id` (the VA file number `social security
    number|national id`). The DVA file number is also the Gold / White Card number: red
    `health id|national id`.
  * Disability ratings, disability percentages, adaptive-equipment and daily-living needs:
    red `disability`. Claimed conditions, referral reasons, screening scores, risk levels,
    mental-health programmes a person is referred to, cause of death: yellow `condition`
    (or `condition|diagnosis`); VA diagnostic codes yellow `diagnosis`; exam and treatment
    types yellow `procedure` (or `procedure|condition`).
  * Data about deceased veterans (name, dates, service number, SSN) is labelled as personal:
    it identifies their families and US/IL law protects it for decades. Date of death is
    yellow `date of death`; a headstone's emblem of belief is yellow `religion`.
  * A hash of an e-mail or phone sent for ad matching (Facebook CAPI `em` / `ph`) is still
    personal (pseudonymous, matchable): yellow `email` / `phone`. Hashes of files are green.
  * Housing status and household size are green (economic circumstances other than income
    and credit are not a listed category).
- value_only is true when the key does not say what the value is (`q`, `text`, `note`,
  `input`, `value`, `identifier`, `From`, `to`, `recipient`, `destination`, `engraving_text`,
  `externalIds[].id`); every value of a value_only PII path carries that PII (checked when
  the corpus is built). Free text is labelled by what every one of its values carries, green
  when none does (`message`, `gift_message`, `label`, `body`, the Hebrew notes).
"""

# ruff: noqa: RUF001  (Hebrew letters and en dashes in values are intended)

import re
import unicodedata
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people, places and identifiers ----------------------------------------------------------------

US_FIRST = [
    "Marcus",
    "Latoya",
    "José",
    "Brittany",
    "Dwayne",
    "Kimberly",
    "Tyrone",
    "Ashley",
    "Minh",
    "Carlos",
    "Jamal",
    "Heather",
    "Raymond",
    "María",
    "Kevin",
    "Aaliyah",
    "Wei",
    "Tomás",
    "Shawna",
    "DeShawn",
    "Priya",
    "Cody",
    "Keanu",
    "Rosa",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Ramírez",
    "Walker",
    "Thompson",
    "Nguyen",
    "Okafor",
    "Rodriguez",
    "Kowalski",
    "Washington",
    "Begay",
    "Yazzie",
    "O'Neill",
    "Hernandez",
    "Kim",
    "Patel",
    "Jackson",
    "Morales",
    "Fitzgerald",
    "Tran",
    "Kealoha",
    "Abernathy",
]
AU_FIRST = [
    "Liam",
    "Chloe",
    "Jack",
    "Mia",
    "Darcy",
    "Aroha",
    "Lachlan",
    "Sienna",
    "Tane",
    "Bronwyn",
    "Hamish",
    "Mei",
    "Ngaio",
    "Brodie",
    "Jessica",
    "Kirra",
    "Thanh",
    "Georgia",
]
AU_LAST = [
    "O'Connor",
    "Wilson",
    "Nguyen",
    "Smith",
    "Papadopoulos",
    "Ngata",
    "MacKenzie",
    "Kelly",
    "Rossi",
    "Tran",
    "Campbell",
    "Anderson",
    "Huang",
    "Walker",
    "Moretti",
    "Singh",
    "Coulthard",
    "Tipene",
]
IL_FIRST = [
    "Yossi",
    "Noa",
    "Moshe",
    "Tamar",
    "Avi",
    "Shira",
    "Eitan",
    "Yael",
    "Omer",
    "Michal",
    "Salim",
    "Lior",
    "Dana",
    "Itai",
    "Rotem",
    "Amir",
    "Hila",
    "Natan",
    "Wafa",
    "Dmitri",
]
IL_LAST = [
    "Cohen",
    "Levi",
    "Biton",
    "Mizrahi",
    "Peretz",
    "Avraham",
    "Friedman",
    "Halabi",
    "Dahan",
    "Shapiro",
    "Katz",
    "Ben-David",
    "Azoulay",
    "Gabay",
    "Rosenberg",
    "Khatib",
    "Volkov",
    "Tzur",
]
HE_FIRST = [
    "יוסי",
    "נועה",
    "משה",
    "תמר",
    "אבי",
    "שירה",
    "איתן",
    "יעל",
    "עומר",
    "מיכל",
    "סאלים",
    "ליאור",
    "דנה",
]
HE_LAST = ["כהן", "לוי", "ביטון", "מזרחי", "פרץ", "אברהם", "פרידמן", "חלבי", "דהן", "שפירא", "כץ", "בן דוד"]

FIRST = {"us": US_FIRST, "au": AU_FIRST, "il": IL_FIRST, "he": HE_FIRST}
LAST = {"us": US_LAST, "au": AU_LAST, "il": IL_LAST, "he": HE_LAST}
MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "il": ["gmail.com", "walla.co.il", "012.net.il", "hotmail.com", "bezeqint.net"],
}

US_STREETS = [
    "Oak Ave",
    "Fort Hood St",
    "Pershing Dr",
    "Liberty Ln",
    "Magnolia Blvd",
    "Willow Creek Rd",
    "E 12th St",
    "Bragg Blvd",
    "Veterans Memorial Pkwy",
    "Cedar Ridge Ct",
]
US_CITIES = [
    "San Antonio",
    "Fayetteville",
    "Jacksonville",
    "Norfolk",
    "Killeen",
    "Colorado Springs",
    "Tacoma",
    "Clarksville",
    "El Paso",
    "Honolulu",
    "Albuquerque",
    "Virginia Beach",
]
US_STATES = ["TX", "NC", "FL", "VA", "CO", "WA", "TN", "HI", "NM", "GA", "CA", "OH"]
AU_STREETS = [
    "Anzac Pde",
    "Kitchener Rd",
    "Gallipoli St",
    "Monash Ave",
    "Birdwood Cres",
    "Kokoda Way",
    "Tobruk St",
    "Flinders Tce",
    "Lone Pine Dr",
]
AU_SUBURBS = [
    "Townsville",
    "Darwin",
    "Wodonga",
    "Holsworthy",
    "Enoggera",
    "Ipswich",
    "Penrith",
    "Geelong",
    "Hobart",
    "Wagga Wagga",
    "Palmerston",
    "Queanbeyan",
]
AU_STATES = ["QLD", "NT", "VIC", "NSW", "TAS", "ACT", "WA", "SA"]
IL_STREETS = [
    "Herzl",
    "HaAtzmaut",
    "Ben Gurion Blvd",
    "Weizmann",
    "Jabotinsky",
    "HaPalmach",
    "Rothschild Blvd",
]
IL_CITIES = [
    "Haifa",
    "Beersheba",
    "Ashdod",
    "Rishon LeZion",
    "Petah Tikva",
    "Netanya",
    "Karmiel",
    "Daliyat al-Karmel",
    "Jerusalem",
    "Tel Aviv-Yafo",
    "Kiryat Shmona",
    "Sderot",
]
HE_STREETS = ["הרצל", "העצמאות", "שדרות בן גוריון", "ויצמן", "ז'בוטינסקי", 'הפלמ"ח', "רוטשילד"]
HE_CITIES = ["חיפה", "באר שבע", "אשדוד", "ראשון לציון", "פתח תקווה", "נתניה", "כרמיאל", "ירושלים", "שדרות"]

CONDITIONS = [
    "PTSD",
    "tinnitus",
    "bilateral hearing loss",
    "lumbosacral strain",
    "obstructive sleep apnea",
    "left knee instability",
    "migraine",
    "major depressive disorder",
    "traumatic brain injury",
    "hypertension",
    "diabetes mellitus type II",
    "radiculopathy, left lower extremity",
    "burn pit exposure - asthma",
    "Gulf War illness",
]
DIAG_CODES = ["9411", "6260", "6100", "5237", "6847", "5257", "8100", "9434", "8045", "7101", "7913", "8520"]
MEDS = [
    "sertraline 50 mg",
    "prazosin 2 mg",
    "gabapentin 300 mg",
    "metformin 500 mg",
    "lisinopril 10 mg",
    "trazodone 50 mg",
    "meloxicam 15 mg",
    "sumatriptan 50 mg",
]
BRANCHES = ["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard", "Space Force", "National Guard"]
AU_BRANCHES = ["Australian Army", "Royal Australian Navy", "Royal Australian Air Force"]
RANKS = ["SPC", "SGT", "SSG", "CPL", "PO2", "LCpl", "TSgt", "CPT", "1LT", "SFC", "MSgt", "LCDR"]
UNITS = [
    "3rd Battalion, 7th Marines",
    "101st Airborne Division",
    "1st Cavalry Division",
    "USS Nimitz (CVN-68)",
    "82nd Airborne Division",
    "2 RAR",
    "1st Armoured Regiment",
    "Golani Brigade",
    "Givati Brigade",
    "10th Mountain Division",
    "No. 75 Squadron RAAF",
]
CLINICS = [
    ("Audie L. Murphy VA Medical Center", "7400 Merton Minter, San Antonio, TX 78229", "+1 210-617-5300"),
    ("Fayetteville VA Coastal Health Care", "2024 Debbie Lane, Fayetteville, NC 28304", "(910) 488-2120"),
    ("Townsville Open Arms", "Level 2, 143 Walker St, Townsville QLD 4810", "1800 011 046"),
    ("Puget Sound VA - American Lake", "9600 Veterans Dr SW, Tacoma, WA 98493", "253-582-8440"),
    ("Beit HaLochem Haifa", "Rehov Levanon 6, Haifa", "04-8241333"),
    ("Darwin Vet Clinic Hub", "Unit 5, 18 Cavenagh St, Darwin NT 0800", "(08) 8981 4423"),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def first(f: Fake, region: str) -> str:
    return f.pick(FIRST[region])


def last(f: Fake, region: str) -> str:
    return f.pick(LAST[region])


def full(f: Fake, region: str) -> str:
    return f"{first(f, region)} {last(f, region)}"


def any_region(f: Fake) -> str:
    return f.pick(["us", "us", "au", "il"])


def anyone(f: Fake) -> str:
    return full(f, f.pick(["us", "au", "il", "he"]))


def email(f: Fake, region: str | None = None) -> str:
    region = region or any_region(f)
    region = "il" if region == "he" else region
    fn = ascii_fold(first(f, region)).lower()
    ln = ascii_fold(last(f, region)).lower().replace("'", "").replace("-", "")
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(60, 99)}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[region])}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, region: str | None = None) -> str:
    region = region or any_region(f)
    if region == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
    if region == "au":
        a, b, c = d(f, 2), d(f, 3), d(f, 3)
        return f.pick(
            [
                f"04{a} {b} {c}",
                f"+61 4{a} {b} {c}",
                f"+614{a}{b}{c}",
                f"(02) 9{b} {d(f, 4)}",
                f"(07) 47{a[0]}{b[:1]} {d(f, 4)}",
            ]
        )
    x = f.pick("0234578")
    return f.pick(
        [
            f"05{x}-{d(f, 7)}",
            f"+972-5{x}-{d(f, 3)}-{d(f, 4)}",
            f"+9725{x}{d(f, 7)}",
            f"05{x} {d(f, 3)} {d(f, 4)}",
            f"04-{f.r.randint(8, 9)}{d(f, 6)}",
        ]
    )


def street(f: Fake, region: str) -> str:
    if region == "us":
        return f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}" + f.pick(
            ["", "", f" Apt {f.r.randint(1, 40)}"]
        )
    if region == "au":
        return f.pick(["", f"Unit {f.r.randint(1, 30)}/"]) + f"{f.r.randint(1, 220)} {f.pick(AU_STREETS)}"
    if region == "he":
        return f"{f.pick(HE_STREETS)} {f.r.randint(1, 120)}" + f.pick(["", f" דירה {f.r.randint(1, 30)}"])
    return f"{f.pick(IL_STREETS)} St {f.r.randint(1, 120)}" + f.pick(["", f", Apt {f.r.randint(1, 30)}"])


def city(f: Fake, region: str) -> str:
    return f.pick({"us": US_CITIES, "au": AU_SUBURBS, "il": IL_CITIES, "he": HE_CITIES}[region])


def postcode(f: Fake, region: str) -> str:
    if region == "us":
        return f"{f.r.randint(10000, 99999)}" + f.pick(["", "", f"-{d(f, 4)}"])
    if region == "au":
        return f"{f.pick(['0', '2', '3', '4', '7'])}{d(f, 3)}"
    return f"{f.r.randint(1, 9)}{d(f, 6)}"


def home_address(f: Fake, region: str) -> str:
    if region == "us":
        return f"{street(f, 'us')}, {city(f, 'us')}, {f.pick(US_STATES)} {postcode(f, 'us')}"
    if region == "au":
        return f"{street(f, 'au')}, {city(f, 'au')} {f.pick(AU_STATES)} {postcode(f, 'au')}"
    if region == "he":
        return f"{street(f, 'he')}, {city(f, 'he')}"
    return f"{street(f, 'il')}, {city(f, 'il')} {postcode(f, 'il')}"


def zehut(f: Fake) -> str:
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2... (digits of products summed), mod 10."""
    body = [f.r.randint(0, 9) for _ in range(8)]
    body[0] = f.r.choice([0, 0, 2, 3])
    total = 0
    for i, digit in enumerate(body):
        v = digit * (1 if i % 2 == 0 else 2)
        total += v - 9 if v > 9 else v
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        body = [f.r.randint(0, 9) for _ in range(8)]
        body[0] = f.r.randint(1, 9)
        s = sum(a * b for a, b in zip(body, weights[:8], strict=True))
        check = s % 11
        if check < 10:
            digits = "".join(map(str, body)) + str(check)
            return f.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def medicare_au(f: Fake) -> str:
    body = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(a * b for a, b in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    digits = "".join(map(str, body)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([digits, f"{digits[:4]} {digits[4:9]} {digits[9]}"])


def aba_routing(f: Fake) -> str:
    body = [
        int(c) for c in f.pick(["01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "21", "26", "32"])
    ]
    body += [f.r.randint(0, 9) for _ in range(6)]
    s = 3 * (body[0] + body[3] + body[6]) + 7 * (body[1] + body[4] + body[7]) + (body[2] + body[5])
    return "".join(map(str, body)) + str((10 - s % 10) % 10)


def bsb(f: Fake) -> str:
    return f"{f.pick(['062', '063', '033', '032', '083', '084', '012', '013', '484'])}-{d(f, 3)}"


def iban_il(f: Fake) -> str:
    bban = f.pick(["010", "011", "012", "020", "031"]) + d(f, 3) + "0" * 4 + d(f, 9)
    numeric = "".join(str(int(c, 36)) for c in bban + "IL00")
    raw = f"IL{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def dva_file_no(f: Fake) -> str:
    return f.pick(["N", "V", "Q", "W", "S", "T"]) + f.pick(["X", "", "SM", "SS", "KM"]) + d(f, f.pick([5, 6]))


def va_icn(f: Fake) -> str:
    return f"10{d(f, 8)}V{d(f, 6)}"


def crn(f: Fake) -> str:
    return f"{d(f, 3)} {d(f, 3)} {d(f, 3)}{f.pick('ABCHJKLT')}"


def edipi(f: Fake) -> str:
    return f"{f.r.randint(1, 1)}{d(f, 9)}"


def us_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            "".join(f.pick(letters) for _ in range(3)) + "-" + d(f, 4),
            d(f, 1) + "".join(f.pick(letters) for _ in range(3)) + d(f, 3),
            "".join(f.pick(letters) for _ in range(3)) + " " + d(f, 3),
        ]
    )


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["1FT", "1GC", "2T3", "5YJ", "JTD", "3VW"]) + "".join(f.pick(chars) for _ in range(14))


def date(f: Fake, lo: int, hi: int) -> str:
    return f.date(lo, hi)


def clinic(f: Fake):
    return f.pick(CLINICS)


# -- a render that also handles optional fields ------------------------------------------------------


class Opt:
    """A template present in a fraction `p` of the events."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


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


# -- contexts -----------------------------------------------------------------------------------------

SITES = {
    "us": (
        "https://www.homefrontvets.org",
        "en-US",
        ["America/Chicago", "America/New_York", "America/Denver"],
    ),
    "au": (
        "https://au.homefrontvets.org",
        "en-AU",
        ["Australia/Brisbane", "Australia/Sydney", "Australia/Darwin"],
    ),
    "il": ("https://il.homefrontvets.org/he", "he-IL", ["Asia/Jerusalem"]),
}


def web_context(region: str, path: str, title: str):
    base, locale, zones = SITES[region]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.va.gov/", "https://m.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=facebook&utm_medium=paid", "?lang=" + locale[:2]])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: base + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: locale),
        "timezone": G(lambda f: f.pick(zones)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["pact_act_awareness", "gi_bill_2024", "anzac_day", "yom_hazikaron"])
                ),
                "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "reddit"])),
                "medium": G(lambda f: f.pick(["paid_social", "cpc", "email"])),
                "content": G(lambda f: f.pick(["carousel_a", "video_15s", "hero"])),
            },
            0.4,
        ),
    }


def mobile_traits(region: str):
    return {
        "email": Y(lambda f: email(f, region), "email"),
        "firstName": Y(lambda f: first(f, region), "name"),
        "lastName": Y(lambda f: last(f, region), "name"),
        "userId": G(lambda f: "hf_" + d(f, 8)),
    }


def swift_context(region: str = "us"):
    return {
        "app": {
            "name": G(lambda f: "Homefront"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
            "build": G(lambda f: f.pick(["4120", "4132", "4140"])),
            "namespace": G(lambda f: "org.homefrontvets.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([False, False, True])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.6.2", "1.7.3"])),
        },
        "locale": G(lambda f: SITES[region][1]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(SITES[region][2])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(region),
    }


def kotlin_context(region: str = "au"):
    return {
        "app": {
            "name": G(lambda f: "Homefront"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["41200", "41310"])),
            "namespace": G(lambda f: "org.homefrontvets.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "moto g power 5G - 2024"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5958L1", "fogorow"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: SITES[region][1]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Telstra", "Optus", "Vodafone AU", "T-Mobile", "Partner", "Cellcom"])
            ),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: f.pick(SITES[region][2])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(region),
    }


def rn_context(region: str = "us"):
    return {
        "app": {
            "name": G(lambda f: "Homefront Family"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
            "build": G(lambda f: f.pick(["230", "241", "242"])),
            "namespace": G(lambda f: "org.homefrontvets.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: SITES[region][1]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(SITES[region][2])),
        "traits": mobile_traits(region),
        "location": Opt(
            {
                "city": Y(lambda f: city(f, region), "city"),
                "country": G(lambda f: {"us": "United States", "au": "Australia", "il": "Israel"}[region]),
                "latitude": Y(lambda f: round(f.r.uniform(-40, 45), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122, 153), 6), "geolocation"),
            },
            0.5,
        ),
    }


def flutter_context(region: str = "il"):
    return {
        "app": {
            "name": G(lambda f: "Homefront IL"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.1", "1.9.3"])),
            "build": G(lambda f: f.pick(["80", "91", "93"])),
            "namespace": G(lambda f: "il.homefrontvets.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A556E", "iPhone15,4", "2201117TG"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["he-IL", "he", "ar-IL", "ru-IL"])),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["14", "17.4.1", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1179])), "height": G(lambda f: f.pick([2340, 2556]))},
        "timezone": G(lambda f: "Asia/Jerusalem"),
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
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, forwarded: bool = False, external: bool = False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if external:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: email(f), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


# -- shared pieces --------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(14)),
        "sku": G(
            lambda f: f.pick(
                ["FLG-3X5-NYL", "CASE-OAK-11", "COIN-ARMY-01", "PLQ-BRZ-812", "POPPY-PIN", "TEE-HF-XL"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "3x5 Nylon Burial Flag",
                    "Oak Flag Display Case",
                    "Army Challenge Coin",
                    "Bronze Memorial Plaque",
                    "Remembrance Poppy Pin",
                    "Homefront Ruck Tee",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Flags", "Memorial", "Apparel", "Keepsakes"])),
        "brand": G(lambda f: f.pick(["Homefront", "Annin Flagmakers", "Liberty Bronze"])),
        "price": G(lambda f: f.money(8, 240)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


# -- events -------------------------------------------------------------------------------------------
# (kind, event or page/screen name, context, body); body is properties, or traits for identify/group.

US_SIGNUP = {
    "email": Y(lambda f: email(f, "us"), "email"),
    "firstName": Y(lambda f: first(f, "us"), "name"),
    "lastName": Y(lambda f: last(f, "us"), "name"),
    "phone": Y(lambda f: phone(f, "us"), "phone"),
    "birthday": Y(lambda f: date(f, 1944, 2003), "birthdate"),
    "address": {
        "street": Y(lambda f: street(f, "us"), "street|address"),
        "city": Y(lambda f: city(f, "us"), "city"),
        "state": G(lambda f: f.pick(US_STATES)),
        "postalCode": Y(lambda f: postcode(f, "us"), "zipcode"),
        "country": G(lambda f: "US"),
    },
    "veteranStatus": RED(
        lambda f: f.pick(["veteran", "retiree", "active_duty", "reserve", "guard"]), "veteran"
    ),
    "branch": RED(lambda f: f.pick(BRANCHES), "veteran"),
    "accountType": G(lambda f: f.pick(["individual", "family", "caregiver"])),
    "createdAt": G(lambda f: f.iso()),
    "emailVerified": G(lambda f: f.pick([True, False])),
    "smsOptIn": G(lambda f: f.pick([True, False])),
    "preferredLanguage": G(lambda f: f.pick(["en", "es", "vi", "tl"])),
    "age": G(lambda f: f.r.randint(22, 88)),
    "maritalStatus": G(lambda f: f.pick(["married", "single", "divorced", "widowed"])),
    "gender": Y(lambda f: f.pick(["male", "female", "non-binary", "prefer not to say"]), "gender"),
    "referralSource": G(lambda f: f.pick(["vso", "facebook", "tap_class", "friend", "va.gov"])),
}

EVENTS: list[tuple[str, str | None, Any, dict | None]] = [
    # -- accounts and profiles ------------------------------------------------------------------
    ("identify", None, web_context("us", "/signup/complete", "Welcome | Homefront"), US_SIGNUP),
    (
        "track",
        "Account Created",
        swift_context("us"),
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "id.me"])),
            "email": Y(lambda f: email(f, "us"), "email"),
            "referral_code": G(lambda f: "HF" + f.hexid(6).upper()),
            "accepted_terms_version": G(lambda f: f.pick(["2024-01", "2024-05"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "user_type": RED(
                lambda f: f.pick(["veteran", "service_member", "family_member", "survivor", "caregiver"]),
                "veteran",
            ),
        },
    ),
    (
        "identify",
        None,
        kotlin_context("au"),
        {
            "given_name": Y(lambda f: first(f, "au"), "name"),
            "family_name": Y(lambda f: last(f, "au"), "name"),
            "email_address": Y(lambda f: email(f, "au"), "email"),
            "mobile": Y(lambda f: phone(f, "au"), "phone"),
            "date_of_birth": Y(lambda f: date(f, 1946, 2003), "birthdate"),
            "residential_address": Y(lambda f: home_address(f, "au"), "address"),
            "suburb": Y(lambda f: city(f, "au"), "city"),
            "state": G(lambda f: f.pick(AU_STATES)),
            "postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
            "pmkeys_number": RED(lambda f: d(f, 8), "national id"),
            "dva_file_number": RED(dva_file_no, "health id|national id"),
            "service": RED(lambda f: f.pick(AU_BRANCHES), "veteran"),
            "indigenous_status": Y(
                lambda f: f.pick(["Aboriginal", "Torres Strait Islander", "Both", "Neither"]),
                "ethnicity|race",
            ),
            "gold_card_holder": RED(lambda f: f.pick([True, False]), "veteran|disability"),
            "open_arms_client": Y(lambda f: f.pick([True, False]), "condition"),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
            "app_theme": G(lambda f: f.pick(["dark", "light", "system"])),
        },
    ),
    (
        "identify",
        None,
        flutter_context("il"),
        {
            "shem_prati": Y(lambda f: f.pick([first(f, "il"), first(f, "he")]), "name"),
            "shem_mishpacha": Y(lambda f: f.pick([last(f, "il"), last(f, "he")]), "name"),
            "mispar_zehut": RED(zehut, "national id"),
            "mispar_ishi": RED(lambda f: d(f, 7), "national id"),
            "telefon_nayad": Y(lambda f: phone(f, "il"), "phone"),
            "doar_elektroni": Y(lambda f: email(f, "il"), "email"),
            "ktovet": Y(lambda f: home_address(f, f.pick(["il", "he"])), "address"),
            "yishuv": Y(lambda f: city(f, f.pick(["il", "he"])), "city"),
            "mikud": Y(lambda f: postcode(f, "il"), "zipcode"),
            "taarich_leida": Y(lambda f: date(f, 1950, 2004), "birthdate"),
            "achuzei_nechut": RED(lambda f: f.pick([10, 19, 20, 30, 37, 50, 100]), "disability"),
            "kupat_cholim": G(lambda f: f.pick(["Clalit", "Maccabi", "Meuhedet", "Leumit"])),
            "safa": G(lambda f: f.pick(["he", "ar", "ru", "en", "am"])),
            "status_tik": G(lambda f: f.pick(["pail", "bebdika", "sagur"])),
            "mispar_tik": G(lambda f: d(f, 6) + "/" + d(f, 2)),
        },
    ),
    (
        "track",
        "User Signed In",
        server_context("dotnet", forwarded=True),
        {
            "UserName": Y(lambda f: email(f), "email"),
            "Password": RED(
                lambda f: f.pick(["Semper_Fi1775!", "hooah2009", "Anzac#1915", "Zahal!8200x", "k9Handler$"]),
                "password",
            ),
            "AuthMethod": G(lambda f: f.pick(["password", "idme", "login.gov"])),
            "MfaEnabled": G(lambda f: f.pick([True, False])),
            "FailedAttempts": G(lambda f: f.r.randint(0, 4)),
            "SessionId": G(lambda f: f.uuid()),
            "PasswordLastChanged": G(lambda f: f.iso()),
            "RememberDevice": G(lambda f: f.pick([True, False])),
            "TenantRegion": G(lambda f: f.pick(["US", "AU", "IL"])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        kotlin_context("au"),
        {
            "input": RED(lambda f: d(f, 6), "token", True),
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "code_length": G(lambda f: 6),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        server_context("node", forwarded=True),
        {
            "email": Y(lambda f: email(f), "email"),
            "login_token": RED(lambda f: f.hexid(48), "token"),
            "link_expires_at": G(lambda f: f.iso()),
            "redirect_path": G(lambda f: f.pick(["/claims", "/benefits/education", "/dashboard"])),
            "email_message_id": G(
                lambda f: f"<{f.hexid(20)}.{f.r.randint(1000, 9999)}@mail.homefrontvets.org>"
            ),
        },
    ),
    (
        "track",
        "Username Recovery Requested",
        web_context("us", "/account/recover", "Recover your account | Homefront"),
        {
            "identifier": Y(lambda f: email(f, "us"), "email", True),
            "method": G(lambda f: f.pick(["email", "sms"])),
            "found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Verified",
        server_context("ruby"),
        {
            "provider": G(lambda f: f.pick(["id.me", "login.gov", "myGovID"])),
            "idme_uuid": G(lambda f: f.hexid(32)),
            "ial": G(lambda f: f.pick([1, 2])),
            "fname": Y(lambda f: first(f, "us"), "name"),
            "lname": Y(lambda f: last(f, "us"), "name"),
            "birth_date": Y(lambda f: date(f, 1944, 2003), "birthdate"),
            "social": RED(lambda f: f.ssn().replace("-", ""), "social security number"),
            "zip": Y(lambda f: postcode(f, "us")[:5], "zipcode"),
            "verified_groups": Many(RED(lambda f: f.pick(["military", "veteran", "retiree"]), "veteran"), 2),
            "access_token": RED(lambda f: f.hexid(32), "token"),
            "expires_in": G(lambda f: 300),
            "document_type": G(lambda f: f.pick(["drivers_license", "passport", "state_id"])),
        },
    ),
    (
        "track",
        "ID Document Submitted",
        web_context("us", "/verify/document", "Verify your identity | Homefront"),
        {
            "document_type": G(lambda f: f.pick(["drivers_license", "passport", "state_id"])),
            "drivers_license_number": Y(
                lambda f: f.pick(["D", "S", "F"]) + d(f, f.pick([7, 8, 12])), "license"
            ),
            "passport_number": RED(lambda f: f.pick(["5", "6", "A"]) + d(f, 8), "passport"),
            "issuing_state": G(lambda f: f.pick(US_STATES)),
            "expiration_date": G(lambda f: date(f, 2025, 2034)),
            "front_image_uploaded": G(lambda f: True),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- service records --------------------------------------------------------------------------
    (
        "track",
        "Service Record Added",
        web_context("us", "/profile/service-history", "Service history | Homefront"),
        {
            "branch": RED(lambda f: f.pick(BRANCHES), "veteran"),
            "rank_at_separation": RED(lambda f: f.pick(RANKS), "veteran"),
            "mos": RED(
                lambda f: f.pick(["11B", "68W", "0311", "88M", "25B", "2A5X1", "HM", "35F"]), "veteran"
            ),
            "unit": RED(lambda f: f.pick(UNITS), "veteran"),
            "service_start_date": RED(lambda f: date(f, 1966, 2016), "veteran"),
            "separation_date": RED(lambda f: date(f, 1970, 2024), "veteran"),
            "character_of_discharge": RED(
                lambda f: f.pick(
                    [
                        "Honorable",
                        "General (Under Honorable Conditions)",
                        "Other Than Honorable",
                        "Bad Conduct",
                        "Uncharacterized",
                    ]
                ),
                "veteran",
            ),
            "dod_id": RED(edipi, "national id"),
            "dd214_uploaded": G(lambda f: f.pick([True, False])),
            "document_id": G(lambda f: "doc_" + f.hexid(16)),
            "deployments_count": G(lambda f: f.r.randint(0, 6)),
            "combat_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "record_source": G(lambda f: f.pick(["self_reported", "va_profile", "dd214_ocr"])),
        },
    ),
    (
        "track",
        "DD214 Requested",
        server_context("java"),
        {
            "requestId": G(lambda f: f.uuid()),
            "veteranFullName": Y(lambda f: full(f, "us"), "name"),
            "serviceNumber": RED(lambda f: f.pick(["RA" + d(f, 8), "US" + d(f, 8), d(f, 7)]), "national id"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dateOfBirth": Y(lambda f: date(f, 1930, 1980), "birthdate"),
            "placeOfBirth": Y(lambda f: city(f, "us") + ", " + f.pick(US_STATES), "city"),
            "requesterRelationship": G(lambda f: f.pick(["self", "spouse", "child", "next_of_kin"])),
            "deliveryMethod": G(lambda f: f.pick(["mail", "eVetRecs"])),
            "nprcStatus": G(lambda f: f.pick(["submitted", "in_progress", "completed"])),
            "fireRelated1973": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- disability claims and exams ----------------------------------------------------------------
    (
        "track",
        "Disability Claim Submitted",
        web_context("us", "/claims/new/review", "Review your claim | Homefront"),
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "600" + d(f, 6)),
            "claim_type": G(lambda f: f.pick(["original", "increase", "supplemental", "new_condition"])),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 4),
            "diagnostic_codes": Many(Y(lambda f: f.pick(DIAG_CODES), "diagnosis"), 3),
            "current_rating": RED(lambda f: f.pick([0, 10, 30, 50, 70, 90, 100]), "disability"),
            "intent_to_file_date": G(lambda f: date(f, 2023, 2024)),
            "evidence_count": G(lambda f: f.r.randint(0, 12)),
            "has_representative": G(lambda f: f.pick([True, False])),
            "representative_name": Y(lambda f: full(f, "us"), "name"),
            "poa_code": G(lambda f: f.pick(["083", "074", "869", "097"])),
            "pact_act_presumptive": G(lambda f: f.pick([True, False])),
            "va_file_number": RED(
                lambda f: f.pick([f.ssn().replace("-", ""), d(f, 8)]), "social security number|national id"
            ),
        },
    ),
    (
        "screen",
        "Claim Status",
        swift_context("us"),
        {
            "claim_id": G(lambda f: f.uuid()),
            "phase": G(
                lambda f: f.pick(
                    ["Claim received", "Initial review", "Evidence gathering", "Preparation for decision"]
                )
            ),
            "phase_number": G(lambda f: f.r.randint(1, 8)),
            "estimated_decision_date": G(lambda f: date(f, 2024, 2025)),
            "open_evidence_requests": G(lambda f: f.r.randint(0, 4)),
            "days_pending": G(lambda f: f.r.randint(3, 240)),
        },
    ),
    (
        "track",
        "C&P Exam Scheduled",
        server_context("python"),
        {
            "exam_id": G(lambda f: "EX" + d(f, 9)),
            "exam_type": Y(
                lambda f: f.pick(
                    [
                        "PTSD initial",
                        "hearing loss and tinnitus",
                        "back (thoracolumbar spine)",
                        "sleep apnea",
                        "knee and lower leg",
                        "mental disorders",
                    ]
                ),
                "procedure|condition",
            ),
            "examiner_name": Y(lambda f: "Dr. " + full(f, "us"), "name"),
            "vendor": G(lambda f: f.pick(["QTC", "VES", "LHI", "VA"])),
            "exam_location": {
                "name": G(
                    lambda f: f.pick(["QTC Medical Group - Killeen", "VES San Antonio", "VA Norfolk CBOC"])
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "3000 Illinois Ave, Killeen, TX 76543",
                            "11 Research Dr, San Antonio, TX",
                            "7300 Newport Ave, Norfolk, VA 23505",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["(254) 200-4300", "210-555-0190", "757-555-0142"])),
            },
            "scheduled_for": G(lambda f: f.iso()),
            "reschedule_count": G(lambda f: f.r.randint(0, 2)),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rating Decision Received",
        server_context("go"),
        {
            "claim_number": G(lambda f: "600" + d(f, 6)),
            "combined_rating": RED(lambda f: f.pick([10, 20, 40, 60, 70, 80, 100]), "disability"),
            "previous_rating": RED(lambda f: f.pick([0, 10, 30, 50]), "disability"),
            "tdiu_granted": RED(lambda f: f.pick([True, False]), "disability"),
            "service_connected_conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "effective_date": G(lambda f: date(f, 2022, 2024)),
            "monthly_compensation": Y(
                lambda f: f.pick([171.23, 338.49, 1075.16, 1716.28, 2297.96, 3737.85]), "salary"
            ),
            "letter_id": G(lambda f: f.uuid()),
            "appeal_deadline": G(lambda f: date(f, 2025, 2025)),
        },
    ),
    # -- health: appointments, pharmacy, counselling --------------------------------------------
    (
        "track",
        "Clinic Search",
        rn_context("us"),
        {
            "search_location": G(
                lambda f: f.pick(["San Antonio, TX", "Tacoma", "Norfolk VA", "78229", "Killeen"])
            ),
            "radius_miles": G(lambda f: f.pick([10, 25, 50])),
            "specialty_filter": G(
                lambda f: f.pick(["primary care", "mental health", "audiology", "women's health", "any"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "user_lat": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-123, -76), 6), "geolocation"),
            "selected_clinic": {
                "id": G(lambda f: f.pick(["vha_671", "vha_565", "vha_663", "vc_0718V"])),
                "name": G(lambda f: clinic(f)[0]),
                "address": G(lambda f: clinic(f)[1]),
                "phone": G(lambda f: clinic(f)[2]),
                "lat": G(lambda f: f.pick([29.5085, 35.0527, 47.1063, 36.8537])),
                "lng": G(lambda f: f.pick([-98.5797, -78.9359, -122.5654, -76.2859])),
            },
        },
    ),
    (
        "track",
        "Appointment Booked",
        kotlin_context("au"),
        {
            "appointment_id": G(lambda f: f.uuid()),
            "clinic_name": G(
                lambda f: f.pick(["Townsville Open Arms", "Darwin Vet Clinic Hub", "Enoggera Health Centre"])
            ),
            "clinic_phone": G(lambda f: f.pick(["1800 011 046", "(08) 8981 4423", "(07) 3332 5000"])),
            "provider_name": Y(lambda f: f.pick(["Dr ", "", ""]) + full(f, "au"), "name"),
            "visit_type": G(lambda f: f.pick(["in_person", "video", "phone"])),
            "reason": Y(
                lambda f: f.pick(
                    [
                        "PTSD follow-up",
                        "hearing aid fitting",
                        "knee pain",
                        "sleep apnea review",
                        "medication review",
                        "anxiety",
                    ]
                ),
                "condition",
            ),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 30, 50, 60])),
            "medicare_number": RED(medicare_au, "health id"),
            "interpreter_language": G(lambda f: f.pick(["", "Vietnamese", "Greek", "Arabic"])),
            "reminder_opt_in": G(lambda f: f.pick([True, False])),
            "is_first_visit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        server_context("go"),
        {
            "to": Y(lambda f: phone(f, "us"), "phone", True),
            "from": G(lambda f: f.pick(["+18885551200", "83712", "+12105550143"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "body": G(
                lambda f: f.pick(
                    [
                        "Homefront: reminder of your appointment tomorrow at 9:30 AM. "
                        "Reply C to confirm, R to reschedule.",
                        "Homefront: your video visit starts in 1 hour. Join from the app.",
                        "Homefront: your C&P exam is on Monday. Bring a photo ID.",
                    ]
                )
            ),
            "template_id": G(lambda f: f.pick(["appt_24h", "appt_1h", "exam_reminder"])),
            "segments": G(lambda f: f.pick([1, 2])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        swift_context("us"),
        {
            "rx_number": Y(lambda f: d(f, 10) + f.pick(["", "A", "B"]), "medication"),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "pharmacy": G(
                lambda f: f.pick(
                    ["VA CMOP Leavenworth", "VA CMOP Charleston", "Murphy VAMC Outpatient Pharmacy"]
                )
            ),
            "facility_id": G(lambda f: f.pick(["671", "565", "663"])),
            "quantity": G(lambda f: f.pick([30, 60, 90])),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "ship_to_address_on_file": G(lambda f: f.pick([True, False])),
            "va_icn": RED(va_icn, "health id"),
        },
    ),
    (
        "track",
        "Counselling Referral Created",
        server_context("java"),
        {
            "referralId": G(lambda f: f.uuid()),
            "programName": Y(
                lambda f: f.pick(
                    [
                        "Vet Center readjustment counseling",
                        "Open Arms counselling",
                        "PTSD Residential Rehabilitation",
                        "Substance Use Disorder program",
                    ]
                ),
                "condition",
            ),
            "presentingIssues": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "nightmares",
                            "anger",
                            "alcohol use",
                            "relationship stress",
                            "suicidal ideation",
                            "insomnia",
                            "moral injury",
                        ]
                    ),
                    "condition",
                ),
                3,
            ),
            "riskLevel": Y(lambda f: f.pick(["low", "moderate", "high", "imminent"]), "condition"),
            "phq9Score": Y(lambda f: f.r.randint(0, 27), "condition|diagnosis"),
            "pcl5Score": Y(lambda f: f.r.randint(0, 80), "condition|diagnosis"),
            "referredBy": Y(lambda f: full(f, f.pick(["us", "au"])), "name"),
            "counsellorEmail": Y(
                lambda f: (
                    ascii_fold(first(f, "us")).lower()
                    + "."
                    + ascii_fold(last(f, "us")).lower().replace("'", "")
                    + "@homefrontvets.org"
                ),
                "email",
            ),
            "urgent": G(lambda f: f.pick([True, False])),
            "consentToShare": G(lambda f: f.pick([True, False])),
            "preferredContactTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    (
        "track",
        "Peer Chat Message Sent",
        rn_context("us"),
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(
                lambda f: f.pick(
                    [
                        "can someone call me tonight? {}",
                        "my number is {} if the battle buddy line wants to reach me",
                        "text me at {} pls, dont want to talk in the app",
                        "{} - thats my cell, my wife said I should reach out",
                    ]
                ).format(phone(f)),
                "phone",
                True,
            ),
            "char_count": G(lambda f: f.r.randint(20, 140)),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "peer_id": G(lambda f: "peer_" + d(f, 5)),
            "room": G(lambda f: f.pick(["post-9/11", "vietnam-era", "women-vets", "spouses"])),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        server_context("python"),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.pick(["3f1c9a0b7d", "9a0b7d3f1c"]) + f.hexid(22)),
            "From": Y(lambda f: "+1" + str(f.r.randint(201, 989)) + d(f, 7), "phone", True),
            "To": G(lambda f: f.pick(["+18885551200", "+18005550199"])),
            "CallerName": Y(lambda f: (last(f, "us") + " " + first(f, "us")).upper(), "name"),
            "FromCity": Y(lambda f: city(f, "us").upper(), "city"),
            "FromState": G(lambda f: f.pick(US_STATES)),
            "FromZip": Y(lambda f: postcode(f, "us")[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "queue": G(lambda f: f.pick(["benefits", "crisis_warm_transfer", "family_support"])),
            "wait_seconds": G(lambda f: f.r.randint(0, 600)),
        },
    ),
    (
        "track",
        "Telehealth Device Paired",
        kotlin_context("au"),
        {
            "device_type": G(
                lambda f: f.pick(["blood_pressure_cuff", "pulse_oximeter", "glucometer", "scale"])
            ),
            "device_model": G(lambda f: f.pick(["Omron HEM-7361T", "Nonin 3230", "A&D UC-352BLE"])),
            "device_serial": Y(lambda f: f.pick(["20230", "A10", "N"]) + d(f, 7), "serial"),
            "bluetooth_mac": Y(lambda f: f.mac(), "mac"),
            "firmware": G(lambda f: f.pick(["1.2.0", "2.0.7", "3.1"])),
            "program": G(lambda f: "home_telehealth"),
            "pair_duration_ms": G(lambda f: f.r.randint(800, 9000)),
        },
    ),
    # -- benefits: education, housing, insurance, jobs ------------------------------------------
    (
        "track",
        "GI Bill Benefit Applied",
        web_context("us", "/education/apply", "Apply for education benefits | Homefront"),
        {
            "application_id": G(lambda f: f.uuid()),
            "benefit": G(
                lambda f: f.pick(["Post-9/11 GI Bill", "Montgomery GI Bill", "Yellow Ribbon", "VET TEC"])
            ),
            "school_name": G(
                lambda f: f.pick(
                    [
                        "University of Texas at San Antonio",
                        "Fayetteville Technical CC",
                        "Arizona State University Online",
                        "Tacoma Community College",
                    ]
                )
            ),
            "school_facility_code": G(lambda f: d(f, 8)),
            "program_of_study": G(
                lambda f: f.pick(["Nursing (BSN)", "Cybersecurity", "Welding", "Business Admin"])
            ),
            "training_type": G(
                lambda f: f.pick(["degree", "non_college_degree", "apprenticeship", "flight"])
            ),
            "months_remaining": G(lambda f: f.r.randint(0, 36)),
            "student_email": Y(lambda f: email(f, "us"), "email"),
            "student_id": G(lambda f: f.pick(["@", "A", "S"]) + d(f, 8)),
            "transfer_of_entitlement": G(lambda f: f.pick([True, False])),
            "direct_deposit_last4": G(lambda f: d(f, 4)),
            "enrollment_start": G(lambda f: date(f, 2024, 2025)),
        },
    ),
    (
        "track",
        "Home Loan Prequalified",
        web_context("us", "/housing/home-loan/results", "Your home loan estimate | Homefront"),
        {
            "coe_status": G(lambda f: f.pick(["available", "pending", "not_requested"])),
            "loan_amount": G(lambda f: f.r.randint(150, 900) * 1000),
            "purchase_price": G(lambda f: f.r.randint(160, 950) * 1000),
            "down_payment": G(lambda f: f.pick([0, 0, 5000, 10000, 25000])),
            "funding_fee_exempt": RED(lambda f: f.pick([True, False]), "disability"),
            "credit_score": Y(lambda f: f.r.randint(560, 830), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(28, 180) * 1000, "salary"),
            "monthly_debts": G(lambda f: f.r.randint(0, 3500)),
            "property_address": Y(lambda f: home_address(f, "us"), "address"),
            "property_type": G(lambda f: f.pick(["single_family", "condo", "townhouse", "manufactured"])),
            "lender_name": G(
                lambda f: f.pick(["Veterans United", "Navy Federal", "USAA", "Rocket Mortgage"])
            ),
            "loan_officer": Y(lambda f: full(f, "us"), "name"),
            "interest_rate": G(lambda f: round(f.r.uniform(5.5, 7.5), 3)),
            "credit_check_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Housing Assistance Requested",
        server_context("php", forwarded=True),
        {
            "request_id": G(lambda f: f.digits(8)),
            "program": G(lambda f: f.pick(["HUD-VASH", "SSVF", "DVA Rent Assistance", "Emergency Shelter"])),
            "housing_status": G(
                lambda f: f.pick(["housed", "at_risk", "unsheltered", "couch_surfing", "shelter"])
            ),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "monthly_income": Y(lambda f: f.r.randint(0, 5200), "salary"),
            "current_address": Y(lambda f: home_address(f, f.pick(["us", "au"])), "address"),
            "contact_phone": Y(lambda f: phone(f, f.pick(["us", "au"])), "phone"),
            "has_children_under_18": G(lambda f: f.pick([True, False])),
            "caseworker_assigned": G(lambda f: f.pick([True, False])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Lease ends next month and I can't find anything I can afford.",
                        "Need help with the deposit for a new rental.",
                        "Staying with family for now, need somewhere by winter.",
                        "Landlord is selling the house.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Life Insurance Policy Viewed",
        swift_context("us"),
        {
            "policy_type": G(lambda f: f.pick(["VGLI", "VALife", "SGLI", "S-DVI"])),
            "policy_number": Y(lambda f: f.pick(["V", "VL", "S"]) + d(f, 9), "identification"),
            "coverage_amount": G(lambda f: f.pick([10000, 50000, 100000, 250000, 400000])),
            "premium_monthly": G(lambda f: f.money(5, 260)),
            "beneficiary_count": G(lambda f: f.r.randint(1, 4)),
            "primary_beneficiary": {
                "name": Y(lambda f: full(f, "us"), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
                "share_percent": G(lambda f: f.pick([100, 50, 34, 25])),
            },
        },
    ),
    (
        "track",
        "Job Applied",
        web_context("us", "/careers/jobs/apply", "Apply | Homefront Careers"),
        {
            "job_id": G(lambda f: "job_" + d(f, 6)),
            "job_title": G(
                lambda f: f.pick(
                    [
                        "Logistics Coordinator",
                        "Cybersecurity Analyst",
                        "Wind Turbine Technician",
                        "Police Officer",
                        "Project Manager",
                        "Diesel Mechanic",
                    ]
                )
            ),
            "employer": G(
                lambda f: f.pick(["Lockheed Martin", "Amazon", "Home Depot", "City of San Antonio", "USAA"])
            ),
            "job_location": G(lambda f: f.pick(["Dallas, TX", "Remote", "Seattle, WA", "Norfolk, VA"])),
            "desired_salary": Y(lambda f: f.r.randint(35, 160) * 1000, "salary"),
            "work_authorization": RED(
                lambda f: f.pick(["US citizen", "Permanent resident", "Requires sponsorship", "Other visa"]),
                "visa",
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "security_clearance": G(lambda f: f.pick(["None", "Secret", "Top Secret", "TS/SCI"])),
            "applicant_mos": RED(lambda f: f.pick(["11B", "92Y", "25U", "0311", "3D0X2"]), "veteran"),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "resume_uploaded": G(lambda f: True),
            "hiring_our_heroes_fellow": G(lambda f: f.pick([True, False])),
            "years_experience": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Mentor Matched",
        server_context("node", external=True),
        {
            "match_id": G(lambda f: f.uuid()),
            "mentor_name": Y(lambda f: full(f, f.pick(["us", "au"])), "name"),
            "mentor_title": G(
                lambda f: f.pick(
                    ["Senior Engineer", "HR Business Partner", "Plant Manager", "Director of Ops"]
                )
            ),
            "mentor_company": G(lambda f: f.pick(["Boeing", "Deloitte", "Walmart", "BHP", "Qantas"])),
            "mentor_email": Y(lambda f: email(f), "email"),
            "industry": G(lambda f: f.pick(["aerospace", "consulting", "retail", "mining"])),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "first_meeting_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Job Application Received",
        server_context("dotnet"),
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "CandidateName": Y(lambda f: anyone(f), "name"),
            "CandidateEmail": Y(lambda f: email(f), "email"),
            "CandidatePhone": Y(lambda f: phone(f), "phone"),
            "HourlyRate": Y(lambda f: f.money(18, 75), "salary"),
            "RightToWorkConfirmed": RED(lambda f: f.pick([True, False]), "visa"),
            "EmployerName": G(
                lambda f: f.pick(["Serco", "Thales Australia", "Elbit Systems", "Boeing Defence"])
            ),
            "RecruiterEmail": G(
                lambda f: f.pick(
                    ["careers@serco.example.com", "talent@thales.example.com", "jobs@elbit.example.co.il"]
                )
            ),
            "PositionTitle": G(
                lambda f: f.pick(["Maintenance Planner", "Security Officer", "Drone Technician"])
            ),
            "SubmittedUtc": G(lambda f: f.iso()),
        },
    ),
    # -- payments to bank accounts ----------------------------------------------------------------
    (
        "track",
        "Direct Deposit Updated",
        web_context("us", "/profile/direct-deposit", "Direct deposit | Homefront"),
        {
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: d(f, f.pick([8, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(
                lambda f: f.pick(
                    ["Navy Federal Credit Union", "USAA Federal Savings Bank", "Chase", "PenFed"]
                )
            ),
            "account_holder_name": Y(lambda f: full(f, "us"), "name"),
            "previous_account_last4": G(lambda f: d(f, 4)),
            "fraud_hold": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Pension Payment Scheduled",
        server_context("dotnet"),
        {
            "PaymentId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.money(300, 3800)),
            "Currency": G(lambda f: "AUD"),
            "PensionType": RED(
                lambda f: f.pick(
                    [
                        "Service Pension",
                        "Disability Pension (Special Rate)",
                        "Disability Pension (General)",
                        "Veteran Payment",
                    ]
                ),
                "veteran|disability",
            ),
            "Bsb": G(bsb),
            "AccountNumber": RED(lambda f: d(f, f.pick([6, 8, 9])), "bank account"),
            "AccountName": Y(lambda f: full(f, "au").upper(), "name"),
            "DvaFileNumber": RED(dva_file_no, "health id|national id"),
            "TaxFileNumber": RED(tfn, "national id"),
            "CentrelinkCrn": RED(crn, "national id"),
            "PaymentDate": G(lambda f: date(f, 2024, 2025)),
            "Fortnight": G(lambda f: f.r.randint(1, 26)),
        },
    ),
    (
        "track",
        "Tashlum Bitzua",
        server_context("java"),
        {
            "mispar_tashlum": G(lambda f: d(f, 9)),
            "schum": G(lambda f: f.money(800, 14000)),
            "matbea": G(lambda f: "ILS"),
            "bank": G(lambda f: f.pick(["10", "11", "12", "20", "31"])),
            "snif": G(lambda f: d(f, 3)),
            "mispar_heshbon": RED(lambda f: d(f, f.pick([6, 7, 9])), "bank account"),
            "iban": RED(iban_il, "bank account"),
            "shem_baal_heshbon": Y(lambda f: full(f, f.pick(["il", "he"])), "name"),
            "mispar_zehut_mutav": RED(zehut, "national id"),
            "sug_gimla": RED(
                lambda f: f.pick(["tagmul nechut", "tagmul bnei mishpacha", "maanak"]), "disability|veteran"
            ),
            "taarich_erech": G(lambda f: date(f, 2024, 2025)),
        },
    ),
    (
        "track",
        "Payout Failed",
        server_context("node"),
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "destination": RED(iban_il, "bank account", True),
            "failure_code": G(lambda f: f.pick(["account_closed", "invalid_account_number", "no_account"])),
            "amount": G(lambda f: f.r.randint(50000, 900000)),
            "currency": G(lambda f: "ils"),
            "retry_scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- family, survivors, caregivers ----------------------------------------------------------------
    (
        "track",
        "Dependent Added",
        rn_context("us"),
        {
            "dependent": {
                "first_name": Y(lambda f: first(f, "us"), "name"),
                "last_name": Y(lambda f: last(f, "us"), "name"),
                "date_of_birth": Y(lambda f: date(f, 2004, 2023), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "relationship": G(
                    lambda f: f.pick(["child", "stepchild", "adopted_child", "helpless_child"])
                ),
                "is_student": G(lambda f: f.pick([True, False])),
                "seriously_disabled": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "dependents_total": G(lambda f: f.r.randint(1, 6)),
            "marriage_date": G(lambda f: date(f, 1990, 2023)),
            "marriage_certificate_number": Y(lambda f: f.pick(["MC-", "", "2019-"]) + d(f, 7), "certificate"),
        },
    ),
    (
        "track",
        "Survivor Benefit Claim Started",
        web_context("us", "/survivors/dic/start", "Dependency and Indemnity Compensation | Homefront"),
        {
            "claimant_name": Y(lambda f: full(f, "us"), "name"),
            "claimant_relationship": G(lambda f: f.pick(["surviving_spouse", "child", "parent"])),
            "veteran_name": Y(lambda f: full(f, "us"), "name"),
            "veteran_ssn_last4": RED(lambda f: d(f, 4), "social security number"),
            "date_of_death": Y(lambda f: date(f, 2015, 2024), "date of death"),
            "cause_of_death": Y(
                lambda f: f.pick(["ALS", "glioblastoma", "suicide", "ischemic heart disease", "lung cancer"]),
                "condition|diagnosis",
            ),
            "died_in_line_of_duty": G(lambda f: f.pick([True, False])),
            "death_certificate_number": Y(lambda f: f"{f.r.randint(2015, 2024)}-{d(f, 6)}", "certificate"),
            "remarried": G(lambda f: f.pick([True, False])),
            "benefit": G(lambda f: f.pick(["DIC", "Survivors Pension", "DEA Chapter 35", "Fry Scholarship"])),
        },
    ),
    (
        "track",
        "Caregiver Application Submitted",
        server_context("ruby", forwarded=True),
        {
            "application_id": G(lambda f: f.uuid()),
            "caregiver_first_name": Y(lambda f: first(f, "us"), "name"),
            "caregiver_last_name": Y(lambda f: last(f, "us"), "name"),
            "caregiver_phone": Y(lambda f: phone(f, "us"), "phone"),
            "caregiver_email": Y(lambda f: email(f, "us"), "email"),
            "caregiver_address": {
                "street": Y(lambda f: street(f, "us"), "street|address"),
                "city": Y(lambda f: city(f, "us"), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(lambda f: postcode(f, "us"), "zipcode"),
            },
            "relationship_to_veteran": G(lambda f: f.pick(["spouse", "son", "daughter", "parent", "friend"])),
            "lives_with_veteran": G(lambda f: f.pick([True, False])),
            "adl_needs": Many(
                Y(
                    lambda f: f.pick(
                        ["bathing", "dressing", "toileting", "medication management", "mobility", "feeding"]
                    ),
                    "disability",
                ),
                3,
            ),
            "hours_per_week": G(lambda f: f.r.randint(5, 80)),
            "tier_requested": G(lambda f: f.pick(["level_1", "level_2"])),
        },
    ),
    (
        "track",
        "Family Invite Sent",
        swift_context("us"),
        {
            "recipient": Y(lambda f: email(f), "email", True),
            "role": G(lambda f: f.pick(["spouse", "adult_child", "caregiver", "fiduciary"])),
            "permissions": Many(G(lambda f: f.pick(["view_claims", "view_appointments", "message_team"])), 3),
            "invites_remaining": G(lambda f: f.r.randint(0, 5)),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Adaptive Vehicle Grant Requested",
        web_context("us", "/benefits/automobile-allowance", "Automobile allowance | Homefront"),
        {
            "vehicle": {
                "make": G(lambda f: f.pick(["Ford", "Toyota", "Chrysler", "Honda"])),
                "model": G(lambda f: f.pick(["F-150", "Sienna", "Pacifica", "Odyssey"])),
                "year": G(lambda f: f.r.randint(2018, 2025)),
                "vin": Y(vin, "serial"),
                "license_plate": Y(us_plate, "license"),
            },
            "adaptive_equipment": Many(
                Y(
                    lambda f: f.pick(
                        ["hand controls", "wheelchair lift", "left-foot accelerator", "swivel seat"]
                    ),
                    "disability",
                ),
                2,
            ),
            "dealer_name": G(
                lambda f: f.pick(["Mobility Works San Antonio", "AMS Vans", "Ride-Away Norfolk"])
            ),
            "estimated_cost": G(lambda f: f.money(8000, 65000)),
            "qualifying_disability": RED(
                lambda f: f.pick(
                    ["loss of use of one foot", "ankylosis of knee", "severe burn injury", "ALS"]
                ),
                "disability",
            ),
        },
    ),
    # -- memorial, burial, commemoration --------------------------------------------------------
    (
        "track",
        "Memorial Search",
        web_context("us", "/memorial/locator", "Nationwide Gravesite Locator | Homefront"),
        {
            "q": Y(
                lambda f: f.pick([full(f, "us"), last(f, "us") + ", " + first(f, "us"), full(f, "au")]),
                "name",
                True,
            ),
            "cemetery_filter": G(
                lambda f: f.pick(["", "Arlington National Cemetery", "Fort Sam Houston National Cemetery"])
            ),
            "branch_filter": G(lambda f: f.pick(["", "Army", "Navy", "Marine Corps"])),
            "war_filter": G(lambda f: f.pick(["", "WORLD WAR II", "KOREA", "VIETNAM", "GULF WAR"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "page": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Burial Benefits Requested",
        server_context("python"),
        {
            "request_id": G(lambda f: f.uuid()),
            "deceased": {
                "full_name": Y(lambda f: full(f, "us"), "name"),
                "date_of_birth": Y(lambda f: date(f, 1925, 1975), "birthdate"),
                "date_of_death": Y(lambda f: date(f, 2020, 2024), "date of death"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "service_number": RED(
                    lambda f: f.pick(["RA" + d(f, 8), "US" + d(f, 8), "O" + d(f, 6)]), "national id"
                ),
                "branch": RED(lambda f: f.pick(BRANCHES), "veteran"),
                "war_period": RED(
                    lambda f: f.pick(["World War II", "Korean War", "Vietnam Era", "Gulf War"]), "veteran"
                ),
            },
            "cemetery": G(
                lambda f: f.pick(
                    [
                        "Fort Sam Houston National Cemetery",
                        "Arlington National Cemetery",
                        "Tahoma National Cemetery",
                        "Sandhills State Veterans Cemetery",
                    ]
                )
            ),
            "burial_type": G(lambda f: f.pick(["casket", "cremains", "columbarium", "memorial_only"])),
            "headstone_emblem": Y(
                lambda f: f.pick(
                    [
                        "Latin Cross",
                        "Star of David",
                        "Crescent and Star",
                        "Buddhist Wheel",
                        "Humanist",
                        "None",
                    ]
                ),
                "religion",
            ),
            "military_honors_requested": G(lambda f: f.pick([True, False])),
            "funeral_home": G(
                lambda f: f.pick(
                    ["Porter Loring Mortuary", "Sunset Funeral Home", "Jones & Sons Funeral Home"]
                )
            ),
            "funeral_home_phone": G(lambda f: f.pick(["(210) 227-8221", "915-555-0171", "(253) 555-0110"])),
            "applicant_email": Y(lambda f: email(f, "us"), "email"),
            "applicant_relationship": G(lambda f: f.pick(["spouse", "child", "funeral_director", "sibling"])),
        },
    ),
    (
        "track",
        "Hadlakat Ner Zikaron",
        flutter_context("il"),
        {
            "shem_hanofel": Y(lambda f: full(f, "he"), "name"),
            "mispar_ishi_nofel": RED(lambda f: d(f, 7), "national id"),
            "taarich_nefila": Y(lambda f: date(f, 1948, 2024), "date of death"),
            "beit_kvarot": G(
                lambda f: f.pick(["הר הרצל", "בית העלמין הצבאי חיפה", "קריית שאול", "Mount Herzl"])
            ),
            "mispar_nerot": G(lambda f: f.r.randint(1, 5000)),
            "shem_hamadlik": Y(lambda f: full(f, f.pick(["he", "il"])), "name"),
            "hakdasha": G(
                lambda f: f.pick(["לזכרך לעד", "נזכור ולא נשכח", "Forever in our hearts", "יהי זכרו ברוך"])
            ),
        },
    ),
    (
        "track",
        "בקשת טיפול",
        flutter_context("il"),
        {
            "שם מלא": Y(lambda f: full(f, "he"), "name"),
            "טלפון": Y(lambda f: phone(f, "il"), "phone"),
            "עיר": Y(lambda f: city(f, "he"), "city"),
            "מספר תיק": G(lambda f: d(f, 6)),
            "סוג טיפול": Y(
                lambda f: f.pick(["פיזיותרפיה", "טיפול נפשי", "הידרותרפיה", "ריפוי בעיסוק"]), "procedure"
            ),
            "תאריך": G(lambda f: date(f, 2024, 2025)),
            "הערות": G(lambda f: f.pick(["נא לתאם מראש", "מעדיף בשעות הבוקר", "", "לשלוח תזכורת"])),
            "ערוץ": G(lambda f: f.pick(["אפליקציה", "אתר", "מוקד"])),
        },
    ),
    # -- memorial store (e-commerce spec) ------------------------------------------------------------
    (
        "track",
        "Products Searched",
        web_context("us", "/store/search", "Memorial Store | Homefront"),
        {"query": G(lambda f: f.pick(["burial flag", "flag case", "challenge coin", "poppy", "plaque"]))},
    ),
    (
        "track",
        "Product Viewed",
        web_context("au", "/store/p", "Memorial Store | Homefront"),
        {
            **product(),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "url": G(lambda f: "https://store.homefrontvets.org/p/" + d(f, 4)),
        },
    ),
    (
        "track",
        "Product Added",
        web_context("us", "/store/cart", "Cart | Homefront"),
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
            "engraving_text": Y(
                lambda f: f.pick(
                    [
                        "SGT {} · US ARMY · {}–{}",
                        "In loving memory of {}",
                        "{} USMC {}-{} Semper Fidelis",
                    ]
                ).format(full(f, "us").upper(), f.r.randint(1930, 1975), f.r.randint(2000, 2024)),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        web_context("us", "/store/checkout", "Checkout | Homefront"),
        {
            "order_id": G(lambda f: "HF-" + d(f, 7)),
            "revenue": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.pick([0, 7.95, 12.5])),
            "tax": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["", "VETDAY10", "ANZAC", "FREESHIP"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        web_context("us", "/store/checkout/payment", "Payment | Homefront"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "HF-" + d(f, 7)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["414720", "517805", "371449", "601100"])),
            "billing_name": Y(lambda f: full(f, "us"), "name"),
            "billing_zip": Y(lambda f: postcode(f, "us")[:5], "zipcode"),
            "military_discount_applied": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        server_context("node", forwarded=True),
        {
            "order_id": G(lambda f: "HF-" + d(f, 7)),
            "total": G(lambda f: f.money(10, 450)),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(lambda f: full(f, "us"), "name"),
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: city(f, "us"), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postal_code": Y(lambda f: postcode(f, "us"), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "customer_email": Y(lambda f: email(f, "us"), "email"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Thinking of you this Memorial Day",
                        "For Dad's shadow box",
                        "",
                        "With love and gratitude",
                    ]
                )
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: "9400" + d(f, 18)),
            "fulfilment_center": G(lambda f: f.pick(["Reno, NV", "Dallas, TX"])),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        server_context("php"),
        {
            "order_id": G(lambda f: "HF-" + d(f, 7)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "gateway": G(lambda f: f.pick(["authorize.net", "braintree"])),
            "client_secret": RED(lambda f: "pi_" + f.hexid(24) + "_secret_" + f.hexid(24), "secret|token"),
            "amount_cents": G(lambda f: f.r.randint(800, 40000)),
        },
    ),
    (
        "track",
        "Donation Completed",
        web_context("au", "/donate/thank-you", "Thank you | Homefront"),
        {
            "donation_id": G(lambda f: "don_" + f.hexid(12)),
            "amount": G(lambda f: f.pick([25, 50, 100, 250, 1000])),
            "currency": G(lambda f: f.pick(["AUD", "USD"])),
            "recurring": G(lambda f: f.pick([True, False])),
            "donor_first_name": Y(lambda f: first(f, f.pick(["au", "us"])), "name"),
            "donor_last_name": Y(lambda f: last(f, f.pick(["au", "us"])), "name"),
            "donor_email": Y(lambda f: email(f, "au"), "email"),
            "in_honor_of": Y(lambda f: full(f, "au"), "name"),
            "tribute_type": G(lambda f: f.pick(["in_memory", "in_honour", "none"])),
            "employer_match": G(lambda f: f.pick(["", "Telstra", "Commonwealth Bank", "Woolworths"])),
            "tax_receipt_requested": G(lambda f: f.pick([True, False])),
            "anonymous": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- web / app navigation -------------------------------------------------------------------------
    (
        "page",
        "Benefits",
        web_context("us", "/benefits", "Benefits | Homefront"),
        {
            "path": G(lambda f: "/benefits"),
            "url": G(lambda f: "https://www.homefrontvets.org/benefits"),
            "title": G(lambda f: "Benefits | Homefront"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.homefrontvets.org/"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=education", "?tab=housing"])),
        },
    ),
    (
        "page",
        "הטבות",
        web_context("il", "/benefits", "הטבות ללוחמים | Homefront"),
        {
            "path": G(lambda f: "/benefits"),
            "url": G(lambda f: "https://il.homefrontvets.org/he/benefits"),
            "title": G(lambda f: "הטבות ללוחמים | Homefront"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.il/", "https://www.mod.gov.il/"])),
            "search": G(lambda f: f.pick(["", "?lang=he", "?tab=rehab"])),
        },
    ),
    (
        "screen",
        "Appointments",
        kotlin_context("au"),
        {"upcoming_count": G(lambda f: f.r.randint(0, 5)), "tab": G(lambda f: f.pick(["upcoming", "past"]))},
    ),
    (
        "track",
        "Button Clicked",
        web_context("us", "/claims", "Your claims | Homefront"),
        {
            "label": G(
                lambda f: f.pick(
                    [
                        "Start a claim",
                        "Upload DD214",
                        "Talk to someone now",
                        "Find a Vet Center",
                        "Download letter",
                    ]
                )
            ),
            "location": G(lambda f: f.pick(["hero", "sidebar", "footer", "claim_card"])),
            "variant": G(lambda f: f.pick(["primary", "secondary", "link"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        web_context("au", "/contact", "Contact us | Homefront"),
        {
            "form_id": G(lambda f: "contact_v3"),
            "field_name": G(lambda f: "email"),
            "value": Y(lambda f: email(f, "au"), "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 30000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Crisis Resource Viewed",
        rn_context("us"),
        {
            "resource": G(
                lambda f: f.pick(
                    ["Veterans Crisis Line", "Open Arms 1800 011 046", "Safe Helpline", "ERAN 1201"]
                )
            ),
            "action": G(lambda f: f.pick(["call", "text", "chat", "view"])),
            "hotline_number": G(lambda f: f.pick(["988", "838255", "1800 011 046", "1201"])),
            "press_1": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: f.pick(["home", "chat", "appointments"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        web_context("us", "/newsletter", "Stay informed | Homefront"),
        {
            "list_id": G(lambda f: f.pick(["weekly_briefing", "family_matters", "pact_act_updates"])),
            "email_hash": G(lambda f: f.hexid(32)),
            "topics": Many(
                G(lambda f: f.pick(["claims", "education", "housing", "careers", "caregivers"])), 3
            ),
            "double_opt_in": G(lambda f: True),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(44), "advertising id"), 0.5),
        },
    ),
    # -- server-side integrations ------------------------------------------------------------------
    (
        "track",
        "Email Delivered",
        server_context("go"),
        {
            "email": Y(lambda f: email(f), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + d(f, 4)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["claim_update", "appointment", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "response": G(lambda f: "250 2.0.0 OK"),
            "tls": G(lambda f: 1),
        },
    ),
    (
        "track",
        "Lead Sent To Meta",
        server_context("python"),
        {
            "event_name": G(lambda f: f.pick(["Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: "hf_" + d(f, 8)),
            },
        },
    ),
    (
        "identify",
        None,
        server_context("python"),
        {
            "VETERAN_ID": G(lambda f: d(f, 9)),
            "EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f, any_region(f)), "name"),
            "LAST_NAME": Y(lambda f: last(f, any_region(f)), "name"),
            "ZIP_CODE": Y(lambda f: postcode(f, "us")[:5], "zipcode"),
            "DISABILITY_RATING": RED(lambda f: f.pick([0, 10, 30, 50, 70, 100]), "disability"),
            "LAST_CLAIM_DATE": G(lambda f: date(f, 2019, 2024)),
            "LIFETIME_DONATIONS": G(lambda f: f.money(0, 5000)),
            "OPEN_CLAIMS": G(lambda f: f.r.randint(0, 3)),
            "SEGMENT_NAME": G(lambda f: f.pick(["engaged_claimants", "lapsed_donors", "new_separatees"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "intake-form-submitted",
        server_context("node", forwarded=True),
        {
            "first-name": Y(lambda f: first(f, f.pick(["us", "au"])), "name"),
            "last-name": Y(lambda f: last(f, f.pick(["us", "au"])), "name"),
            "email-address": Y(lambda f: email(f), "email"),
            "phone-number": Y(lambda f: phone(f, f.pick(["us", "au"])), "phone"),
            "service-branch": RED(lambda f: f.pick(BRANCHES + AU_BRANCHES), "veteran"),
            "how-did-you-hear": G(lambda f: f.pick(["Facebook", "VSO", "TAP class", "Friend"])),
            "help-with": Many(
                G(lambda f: f.pick(["claims", "housing", "employment", "education", "family"])), 3
            ),
            "form-id": G(lambda f: f.hexid(8)),
            "submitted-at": G(lambda f: f.iso()),
            "consent-to-contact": G(lambda f: f.pick(["yes", "no"])),
        },
    ),
    (
        "track",
        "Case Note Added",
        server_context("ruby", external=True),
        {
            "case_id": G(lambda f: "CASE-" + d(f, 6)),
            "author_id": G(lambda f: "staff_" + d(f, 4)),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Spouse asked that letters go to {} from now on.",
                        "Veteran prefers contact by email: {}",
                        "Updated contact to {} per phone call today.",
                        "Forwarded DD214 copy to {} (VSO rep).",
                    ]
                ).format(email(f)),
                "email",
                True,
            ),
            "visibility": G(lambda f: f.pick(["internal", "shared_with_vso"])),
            "word_count": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    (
        "track",
        "Partner API Configured",
        server_context("go"),
        {
            "partner": G(lambda f: f.pick(["VA Lighthouse", "DVA MyService", "Salesforce"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "client_id": G(lambda f: f.uuid()),
            "scopes": Many(
                G(lambda f: f.pick(["claims.read", "veteran_status.read", "appointments.read"])), 3
            ),
            "sandbox": G(lambda f: f.pick([True, False])),
            "webhook_url": G(lambda f: "https://api.homefrontvets.org/hooks/" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Demographics Survey Completed",
        swift_context("us"),
        {
            "race": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "White",
                            "Black or African American",
                            "Asian",
                            "American Indian or Alaska Native",
                            "Native Hawaiian or Other Pacific Islander",
                        ]
                    ),
                    "race",
                ),
                2,
            ),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Prefer not to say"]),
                "ethnicity",
            ),
            "sex": Y(lambda f: f.pick(["M", "F"]), "sex"),
            "gender_identity": Y(
                lambda f: f.pick(["man", "woman", "transgender woman", "non-binary"]), "gender"
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["straight", "gay", "lesbian", "bisexual", "prefer not to say"]),
                "sexual orientation",
            ),
            "religion": Y(
                lambda f: f.pick(["Protestant", "Catholic", "Jewish", "Muslim", "Buddhist", "None"]),
                "religion",
            ),
            "citizenship": Y(
                lambda f: f.pick(["US citizen", "naturalized citizen", "lawful permanent resident"]),
                "citizenship",
            ),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "household_income_band": Y(
                lambda f: f.pick(["<25k", "25-50k", "50-75k", "75-100k", ">100k"]), "salary"
            ),
            "survey_version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "track",
        "Profile Photo Updated",
        rn_context("us"),
        {
            "photo_url": Y(
                lambda f: "https://cdn.homefrontvets.org/avatars/" + f.hexid(16) + ".jpg", "photo"
            ),
            "source": G(lambda f: f.pick(["camera", "library"])),
            "width": G(lambda f: f.pick([512, 1024])),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    ("alias", None, swift_context("us"), None),
    (
        "group",
        None,
        web_context("us", "/org/dashboard", "Organization | Homefront"),
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "American Legion Post 17",
                        "VFW Post 8787",
                        "RSL Townsville Sub-Branch",
                        "DAV Chapter 4",
                        "Irgun Nechei Tzahal Haifa",
                    ]
                )
            ),
            "org_type": G(lambda f: f.pick(["vso_post", "rsl_sub_branch", "nonprofit", "county_vso"])),
            "member_count": G(lambda f: f.r.randint(20, 4000)),
            "plan": G(lambda f: f.pick(["community", "accredited"])),
            "website": G(
                lambda f: f.pick(["https://post17.example.org", "https://rsltownsville.example.org.au"])
            ),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "post17@legion.example.org",
                        "office@rsltownsville.example.org.au",
                        "info@dav4.example.org",
                    ]
                )
            ),
            "main_phone": G(lambda f: f.pick(["(210) 555-0117", "(07) 4771 5555", "04-855-5555"])),
            "created_at": G(lambda f: f.iso()),
            "accredited_reps": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Bakasha Nishlecha",
        server_context("java"),
        {
            "sug_bakasha": G(lambda f: f.pick(["shikum_miktzoi", "rechev", "limudim", "diyur"])),
            "mispar_bakasha": G(lambda f: d(f, 8)),
            "shem_male": Y(lambda f: full(f, f.pick(["il", "he"])), "name"),
            "telefon": Y(lambda f: phone(f, "il"), "phone"),
            "mispar_rechev": Y(lambda f: f"{d(f, 3)}-{d(f, 2)}-{d(f, 3)}", "license"),
            "vaada_refuit_taarich": G(lambda f: date(f, 2023, 2025)),
            "avchana": Y(
                lambda f: f.pick(["PTSD", "פגיעת ברך", "ליקוי שמיעה", "פגיעת ראש"]), "condition|diagnosis"
            ),
            "kod_snif": G(lambda f: f.pick(["haifa", "tel_aviv", "beer_sheva", "jerusalem"])),
        },
    ),
]

# -- build and self-check --------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")


def valid_iban(s: str) -> bool:
    raw = s.replace(" ", "")
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def check_value_only(events: list[dict], labels: dict[str, dict]) -> None:
    """Every value of a value_only PII path must carry that PII."""
    checks = {
        "email": lambda v: bool(EMAIL_RE.search(str(v))),
        "phone": lambda v: bool(PHONE_RE.search(str(v))),
        "bank account": lambda v: valid_iban(str(v)),
        "name": lambda v: isinstance(v, str) and len(v.split()) >= 2,
        "token": lambda v: isinstance(v, str) and v.isdigit(),
    }
    for event in events:
        for path, value in flatten(event):
            label = labels[path]
            if label["value_only"] and label["classification"] != "green":
                assert checks[label["type"]](value), (path, value)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, ctx, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": ("ajs-next-" + f.hexid(32)) if "page" in ctx else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "hf_" + d(f, 8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + d(f, 5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(ctx, f, "context", labels)
            if kind == "track" and f.r.random() < 0.15:
                msg["integrations"] = {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    check_value_only(events, labels)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=303, repeats=30)
    write(Path(__file__).parent, "holdout303_", events, labels)
