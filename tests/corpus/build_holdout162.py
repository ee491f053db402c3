"""Writes holdout162: tests/corpus/holdout162_events.jsonl and holdout162_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout162`; the output is deterministic (seed 162).

What it covers: the everyday Segment traffic of an at-home lab-testing company ("Velia") selling
in the US, the UK and Sweden: kit orders (e-commerce spec events), kit activation, sample
registration with collection times, lab receipt, results and reference ranges, STI, fertility and
genetic-ancestry tests, physician review and prescriptions, consent and result sharing,
dependants, in-home phlebotomy visits, subscriptions, Stripe/Swish/Klarna payments, insurance
eligibility, BankID sign-in, support (Zendesk-, Aircall-, Twilio- and Customer.io-shaped
payloads), a careers form, ad-click ids and a Conversions-API payload. Messages are identify,
track, page, screen, group and alias calls with the `context` blocks of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the python,
node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET
backend, Twilio callbacks), kebab-case (a form builder, forwarded HTTP headers), SCREAMING_SNAKE
(a reverse-ETL sync from the warehouse) and Swedish keys (the Swedish backend: `personnummer`,
`förnamn`, `postnummer`, `beställningsnummer` ...). Values are synthetic but valid in shape:
Luhn card numbers, mod-97 IBANs (GB, SE), Luhn personnummer, mod-11 NHS numbers, SSA-structured
SSNs, Medicare MBIs, UK National Insurance numbers, national phone formats (US, UK, SE), US ZIPs,
UK postcodes and Swedish postnummer; names from many cultures.

Labelling rules (each leaf path: classification, type, value_only):
- PII is personal data about a natural person: the user, a recipient, a partner, a dependant, a
  staff member (physician, phlebotomist, support agent, HR contact) or an applicant. Colour: the
  reference's default for its matcher (yellow for name, email, phone, address, city, zipcode,
  birthdate, gender, sex, ethnicity, race, condition, diagnosis, medication, photo, serial,
  license, identification, salary, certificate, mac, ip; red for ssn, password, passport, visa,
  veteran, disability, credit card, token); outside the reference, red for credentials/secrets,
  bank accounts, government ids (`national id`) and health ids, yellow for geolocation and
  advertising ids.
- Green: ids we or a vendor issue (order, kit, sample, accession, subscription, Stripe `cus_`/
  `pi_`/`in_` ids, Twilio SIDs, BankID orderRef), SKUs, versions, timestamps (collection times
  included), amounts, counters, enums and booleans under PII-sounding keys, product / plan / lab /
  pharmacy / employer / pet names, businesses' own phones, addresses and role mailboxes, call-
  masking proxy numbers, places that are not the person's, user agents, OS analytics device ids.
- Contested cases follow the product's published policy (loyalty/member/customer numbers, ages,
  job titles, employers, pets, UUID tokens and Message-IDs green; insurance member and policy
  numbers `identification`, rx numbers `medication`, pay `salary`, plates `license`, ad click ids
  `advertising id`, billing/shipping addresses `address`: yellow; payment-method tokens,
  activation and one-time codes, sign-in and share-link tokens, MRN / NHS / Medicare numbers,
  identity-document numbers and right-to-work / visa answers: red).
- Health: a person's lab result (a measured value keyed by its marker, a positive/negative
  outcome, a high/low/normal flag, an out-of-range boolean) is `diagnosis|condition`, yellow;
  so are booleans and enums that reveal a condition (pregnant, cycle day, trying to conceive,
  symptoms, the reason for an STI test). ICD-10 codes are `diagnosis`. Products and biomarker
  names, reference ranges, units and sample types are green: they describe the test, not the
  person. Genetic ancestry populations and haplogroups of the person are `ethnicity|race`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `To`, `raw_digits`, `recipient`, free-text keys) and only the value
  reveals it. A value_only path holds its PII in every value; free text is labelled by what every
  one of its values carries and is green when none does (no free-text path here mixes the two).
- Own decisions where the brief is silent, as a careful privacy owner would want them flagged:
  a clinician's NPI (`identification`) and medical licence number (`license`) are yellow (they
  identify a natural person, even if published); an APNs push token (`context.device.token`) is
  red `token`; hashed e-mail / phone sent for ad matching (Meta `em`, `ph`) keep the type they
  hash, yellow, not value_only (a hash alone says nothing); a full typed display name on a device
  (`context.device.name`, "Amara's iPhone") is yellow `name`; a profile URL that carries the
  person's name (LinkedIn) is yellow `name`, value_only. Green by the same judgement: a birth year
  (like an age), a UK postcode district without the inward code, a masked phone showing two
  digits (like a card's last four), an insurance group number (issued to the employer), a lab's
  CLIA number and specimen accession numbers (ids a business issues for a sample).
"""

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ----------------------------------------------------------------------------------------

FIRST_US = ["Emily", "Tyrone", "María", "DeShawn", "Ashley", "Kevin", "Lan", "Min-jun", "Jamal", "Brooke"]
LAST_US = ["Carter", "Jackson", "Hernández", "Nguyen", "Kim", "Washington", "Miller", "Ramírez", "Cohen"]
FIRST_UK = ["Oliver", "Siobhan", "Gareth", "Priya", "Aisha", "Callum", "Niamh", "Tomasz", "Chidi", "Harriet"]
LAST_UK = ["Hughes", "Walsh", "Evans", "Sharma", "Begum", "MacLeod", "O'Neill", "Nowak", "Okonkwo", "Price"]
FIRST_SE = ["Astrid", "Erik", "Linnea", "Oskar", "Ingrid", "Hodan", "Yousef", "Elsa", "Aino", "Björn"]
LAST_SE = ["Lindqvist", "Johansson", "Andersson", "Abdi", "Al-Sayed", "Virtanen", "Nyström", "Öberg"]
OTHER_FIRST = ["Chiamaka", "Oluwaseun", "Wei", "Shirin", "Arjun", "Yuki", "Mateo", "Fatima", "Kwame", "Olga"]
OTHER_LAST = ["Eze", "Adeyemi", "Zhang", "Rahimi", "Reddy", "Sato", "Silva", "Haddad", "Mensah", "Ivanova"]

MAIL = ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.se", "telia.com", "proton.me"]
US_CITIES = ["Austin", "Denver", "St. Louis", "Brooklyn", "Oakland", "Tampa", "Columbus", "Boise"]
US_STATES = ["TX", "CO", "MO", "NY", "CA", "FL", "OH", "ID"]
US_STREETS = ["Maple Ave", "W 34th St", "Oak Ridge Dr", "Magnolia Blvd", "Elm Street", "Cedar Ln"]
UK_CITIES = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Brighton", "Norwich"]
UK_STREETS = ["Kings Road", "Leith Walk", "Station Road", "Victoria Street", "Church Lane", "Mill Road"]
UK_POSTCODES = ["M14 5RQ", "LS6 2AB", "BS3 4LT", "G12 8QQ", "CF24 4HQ", "BN2 1JF", "NR2 3PB", "SW9 8HE"]
SE_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Linköping", "Örebro"]
SE_STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Östra Långgatan"]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def first(f: Fake) -> str:
    return f.pick([*f.pick([FIRST_US, FIRST_UK, FIRST_SE, OTHER_FIRST]), f.first()])


def last(f: Fake) -> str:
    return f.pick([*f.pick([LAST_US, LAST_UK, LAST_SE, OTHER_LAST]), f.last()])


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake, fn: str | None = None, ln: str | None = None) -> str:
    a = ascii_fold(fn or first(f)).replace(" ", "").replace("-", "")
    b = ascii_fold(ln or last(f)).replace("'", "").replace(" ", "").replace("-", "")
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}"])
    return f"{local}@{f.pick(MAIL)}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def uk_phone(f: Fake) -> str:
    n = f"7{f.r.randint(100, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])


def se_phone(f: Fake) -> str:
    p = f.pick(["70", "72", "73", "76", "79"])
    a, b, c = f.r.randint(100, 999), f.r.randint(10, 99), f.r.randint(10, 99)
    return f.pick([f"+46 {p} {a} {b} {c}", f"0{p}-{a} {b} {c}", f"+46{p}{a}{b}{c}", f"0{p}{a}{b}{c}"])


def e164(f: Fake) -> str:
    return f.pick(
        ["+1" + str(f.r.randint(201, 989)) + f.digits(7), "+447" + f.digits(9), "+467" + f.digits(8)]
    )


def npi(f: Fake) -> str:
    nine = "1" + f.digits(8)
    return nine + f.luhn_complete("80840" + nine)[-1]


def choose(f: Fake, key: str, items: list) -> Any:
    """Pick an item and remember it, so later leaves of the same object agree with it."""
    item = f.pick(items)
    setattr(f, "_h162_" + key, item)
    return item


def chosen(f: Fake, key: str) -> Any:
    return getattr(f, "_h162_" + key)


def any_phone(f: Fake) -> str:
    return f.pick([us_phone, uk_phone, se_phone])(f)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}"


def uk_street(f: Fake) -> str:
    street = f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"
    return f.pick([street, street, f"Flat {f.r.randint(1, 12)}, {street}"])


def se_street(f: Fake) -> str:
    return f"{f.pick(SE_STREETS)} {f.r.randint(1, 88)}" + f.pick(["", "", f" lgh {f.r.randint(1001, 1504)}"])


def any_street(f: Fake) -> str:
    return f.pick([us_street, uk_street, se_street])(f)


def any_city(f: Fake) -> str:
    return f.pick(f.pick([US_CITIES, UK_CITIES, SE_CITIES]))


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1, 9999):04d}"


def se_postnummer(f: Fake) -> str:
    n = f.r.randint(10005, 98499)
    return f.pick([f"{str(n)[:3]} {str(n)[3:]}", str(n)])


def any_zip(f: Fake) -> str:
    return f.pick([us_zip(f), f.pick(UK_POSTCODES), se_postnummer(f)])


def dob(f: Fake) -> str:
    y, m, d = f.r.randint(1950, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def uk_dob(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2004)}"


def personnummer(f: Fake, child: bool = False, style: str | None = None) -> str:
    y = f.r.randint(2010, 2021) if child else f.r.randint(1945, 2004)
    body = f"{y % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 999):03d}"
    full = f.luhn_complete(body)
    cc = str(y)[:2]
    styles = {
        "long_dash": f"{cc}{full[:6]}-{full[6:]}",
        "short": f"{full[:6]}-{full[6:]}",
        "long": f"{cc}{full}",
    }
    return styles[style or f.pick(list(styles))]


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        d[0] = f.r.randint(4, 7)
        check = 11 - sum(v * w for v, w in zip(d, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        n = "".join(map(str, d)) + str(0 if check == 11 else check)
        return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def medicare_mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    r = f.r
    parts = [
        str(r.randint(1, 9)),
        r.choice(letters),
        r.choice(an),
        str(r.randint(0, 9)),
        r.choice(letters),
        r.choice(an),
        str(r.randint(0, 9)),
        r.choice(letters),
        r.choice(letters),
        str(r.randint(0, 9)),
        str(r.randint(0, 9)),
    ]
    mbi = "".join(parts)
    return f.pick([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"])


def nino(f: Fake) -> str:
    a = f.pick(list("ABCEGHJKLMNPRSTWXY"))
    b = f.pick(list("ABCEGHJKLMNPRSTWXYZ"))
    d = f.digits(6)
    s = f.pick(list("ABCD"))
    return f.pick([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def utr(f: Fake) -> str:
    return f.digits(10)


def se_iban(f: Fake) -> str:
    bban = f.pick(["500", "800", "600", "300"]) + "".join(str(f.r.randint(0, 9)) for _ in range(17))
    numeric = "".join(str(int(c, 36)) for c in bban + "SE00")
    raw = f"SE{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def sha256(f: Fake, text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQ" + "".join(f.r.choice(alnum) for _ in range(80))


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.r.choice(alnum) for _ in range(57))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def code(f: Fake, n: int = 8) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def activation_code(f: Fake) -> str:
    c = code(f, 9)
    return f.pick([f"{c[:3]}-{c[3:6]}-{c[6:]}", c])


def kit_id(f: Fake) -> str:
    return f.pick(["VK", "VL", "VS"]) + "-" + f.digits(8)


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(f.r.choice(alnum) for _ in range(n))


def twilio_sid(f: Fake, prefix: str) -> str:
    return prefix + f.hexid(32)


PRODUCTS = [
    ("VL-STI-F", "STI Test - Female", "Sexual Health", 149.0),
    ("VL-STI-M", "STI Test - Male", "Sexual Health", 149.0),
    ("VL-FERT-W", "Women's Fertility Test", "Fertility", 149.0),
    ("VL-THY", "Thyroid Test", "Hormones", 99.0),
    ("VL-A1C", "HbA1c Test", "Heart & Metabolism", 49.0),
    ("VL-FS", "Food Sensitivity Test", "Wellness", 159.0),
    ("VL-DNA", "Ancestry + Health DNA", "Genetics", 129.0),
    ("VL-VITD", "Vitamin D Test", "Wellness", 49.0),
    ("VL-TESTO", "Testosterone Test", "Hormones", 69.0),
]
SE_PRODUCTS = [
    ("VL-THY-SE", "Sköldkörteltest", 495.0),
    ("VL-STI-F-SE", "STI-test kvinna", 649.0),
    ("VL-FERT-W-SE", "Fertilitetstest", 895.0),
    ("VL-VITD-SE", "D-vitamintest", 395.0),
]
BIOMARKERS = [
    ("TSH", "mIU/L", 0.4, 4.0),
    ("HbA1c", "%", 4.0, 5.6),
    ("Vitamin D (25-OH)", "ng/mL", 30.0, 100.0),
    ("Ferritin", "ng/mL", 15.0, 150.0),
    ("LDL Cholesterol", "mg/dL", 0.0, 100.0),
    ("Free T4", "ng/dL", 0.8, 1.8),
    ("Testosterone, Total", "ng/dL", 264.0, 916.0),
]


def product_item():
    return {
        "product_id": G(lambda f: choose(f, "product", PRODUCTS)[0]),
        "sku": G(lambda f: chosen(f, "product")[0] + "-" + f.pick(["US", "UK", "SE"])),
        "name": G(lambda f: chosen(f, "product")[1]),
        "category": G(lambda f: chosen(f, "product")[2]),
        "price": G(lambda f: chosen(f, "product")[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


# -- contexts --------------------------------------------------------------------------------------

CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UAS = [
    CHROME_UA,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
PAGES = [
    ("/", "Velia | At-home lab tests"),
    ("/tests/sti-test-female", "STI Test for Women | Velia"),
    ("/tests/thyroid", "Thyroid Test | Velia"),
    ("/checkout", "Checkout | Velia"),
    ("/results", "Your results | Velia"),
    ("/se/tester/fertilitet", "Fertilitetstest | Velia"),
    ("/uk/tests/vitamin-d", "Vitamin D Test | Velia UK"),
]


def web_context(f: Fake):
    page = f.pick(PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav"])),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://www.velia.example" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Stockholm"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_sti_awareness", "thyroid_q2", "brand_se"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["at home std test", "thyroid test kit", "fertilitetstest"])),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "plan": G(lambda f: f.pick(["none", "membership_monthly", "membership_annual"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Velia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
            "namespace": G(lambda f: "com.velia.health"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: idfa(f), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Europe/Stockholm"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Velia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1", "4.20.0"])),
            "build": G(lambda f: f.pick(["418000", "419010", "420000"])),
            "namespace": G(lambda f: "com.velia.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2581"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25, 66), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122, 20), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Telia", "EE", "Tele2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Stockholm"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Velia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["418", "419", "420"])),
            "namespace": G(lambda f: "com.velia.health"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A546B", "iPhone13,2"])),
            "name": Y(
                lambda f: f.pick([f"{first(f)}'s iPhone", f"iPhone de {first(f)}", f"{first(f)}s iPhone"]),
                "name",
            ),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["16.6", "14", "15.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 412])),
            "height": G(lambda f: f.pick([667, 844, 915])),
        },
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London", "Europe/Stockholm"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Velia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["418", "419", "420"])),
            "namespace": G(lambda f: "se.velia.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["sv-SE", "en-SE", "en-GB"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 384])),
            "height": G(lambda f: f.pick([844, 915, 854])),
        },
        "timezone": G(lambda f: "Europe/Stockholm"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib: str):
    def build(f: Fake):
        name, versions = SERVER_VERSIONS[lib]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        }
        if lib in ("node", "php", "ruby"):
            # Forwarded from the web request by the backend.
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib in ("python", "java"):
            ctx["traits"] = {"email": Y(lambda f: email(f), "email")}
        if lib == "dotnet":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}

# -- message templates: (type, event or screen/page name, client, body) -----------------------------


def addr_us():
    return {
        "line1": Y(lambda f: us_street(f), "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Suite 300", "Apt 1107"]), "address|street"),
        "city": Y(lambda f: f.pick(US_CITIES), "city"),
        "state": G(lambda f: f.pick(US_STATES)),
        "postal_code": Y(lambda f: us_zip(f), "zipcode"),
        "country": G(lambda f: "US"),
    }


IDENTIFY = [
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: us_phone(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"),
            "address": {
                "street": Y(lambda f: us_street(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postalCode": Y(lambda f: us_zip(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "USA", "United States"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["none", "membership_monthly", "membership_annual"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 74)),
            "hasInsuranceOnFile": G(lambda f: f.pick([True, False])),
            "testsCompleted": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(lambda f: f.pick(FIRST_UK + OTHER_FIRST), "name"),
            "Surname": Y(lambda f: f.pick(LAST_UK + OTHER_LAST), "name"),
            "EmailAddress": Y(lambda f: email(f), "email"),
            "MobileNumber": Y(lambda f: uk_phone(f), "phone"),
            "DateOfBirth": Y(lambda f: uk_dob(f), "birthdate"),
            "NhsNumber": RED(lambda f: nhs_number(f), "health id"),
            "AddressLine1": Y(lambda f: uk_street(f), "address|street"),
            "AddressLine2": Y(
                lambda f: f.pick(["Flat 2", "Apartment 14", "Ground Floor Flat"]), "address|street"
            ),
            "Town": Y(lambda f: f.pick(UK_CITIES), "city"),
            "County": G(lambda f: f.pick(["Greater Manchester", "West Yorkshire", "Bristol", "East Sussex"])),
            "Postcode": Y(lambda f: f.pick(UK_POSTCODES), "zipcode"),
            "GpPracticeName": G(
                lambda f: f.pick(["Hulme Medical Centre", "Leith Surgery", "Park View Practice"])
            ),
            "GpPracticeOdsCode": G(lambda f: f.pick(["P84017", "S70012", "L81051"])),
            "CustomerNumber": G(lambda f: "C" + f.digits(7)),
            "IsNhsNumberVerified": G(lambda f: f.pick([True, False])),
            "MarketingOptIn": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "personnummer": RED(lambda f: personnummer(f), "national id"),
            "förnamn": Y(lambda f: f.pick(FIRST_SE), "name"),
            "efternamn": Y(lambda f: f.pick(LAST_SE), "name"),
            "e_post": Y(lambda f: email(f, f.pick(FIRST_SE), f.pick(LAST_SE)), "email"),
            "mobilnummer": Y(lambda f: se_phone(f), "phone"),
            "gatuadress": Y(lambda f: se_street(f), "address|street"),
            "postnummer": Y(lambda f: se_postnummer(f), "zipcode"),
            "ort": Y(lambda f: f.pick(SE_CITIES), "city"),
            "kön": Y(lambda f: f.pick(["kvinna", "man", "annat"]), "gender|sex"),
            "kundnummer": G(lambda f: f.digits(8)),
            "språk": G(lambda f: f.pick(["sv", "en", "fi"])),
            "skapad": G(lambda f: f.iso()),
            "bankid_verifierad": G(lambda f: f.pick([True, False])),
            "samtycke_marknadsföring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "phone_number": Y(lambda f: any_phone(f), "phone"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "avatar_url": Y(lambda f: f"https://cdn.velia.example/avatars/{f.uuid()}.jpg", "photo"),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: code(f, 7)),
            "has_dependants": G(lambda f: f.pick([True, False])),
            "dependant_count": G(lambda f: f.r.randint(0, 4)),
            "birth_year": G(lambda f: f.r.randint(1950, 2005)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "PHONE_E164": Y(lambda f: e164(f), "phone"),
            "ZIP_CODE": Y(lambda f: any_zip(f), "zipcode"),
            "LTV_USD": G(lambda f: f.money(49, 2400)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(1, 14)),
            "FIRST_ORDER_AT": G(lambda f: f.iso()),
            "LAST_TEST_TYPE": G(lambda f: f.pick(PRODUCTS)[1]),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_SUBSCRIBER": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "MARKET": G(lambda f: f.pick(["US", "UK", "SE"])),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(["Initech Inc.", "Northwind Logistics", "Vattenfall Partner AB"])),
            "industry": G(lambda f: f.pick(["Software", "Logistics", "Energy"])),
            "employees": G(lambda f: f.r.randint(50, 12000)),
            "plan": G(lambda f: f.pick(["employer_wellness_basic", "employer_wellness_plus", "pilot"])),
            "program_id": G(lambda f: "EWP-" + f.digits(5)),
            "hr_contact_name": Y(lambda f: full_name(f), "name"),
            "hr_contact_email": Y(lambda f: email(f), "email"),
            "billing_email": G(
                lambda f: f.pick(["benefits@initech.example", "ap@northwind.example", "hr@vpab.example"])
            ),
            "office_phone": G(lambda f: f.pick(["+1 512 555 0142", "+1 206 555 0199", "+46 8 555 123 00"])),
            "headquarters": {
                "street": G(lambda f: f.pick(["4120 Freidrich Ln", "1 Harbor Plaza", "Evenemangsgatan 13"])),
                "city": G(lambda f: f.pick(["Austin", "Seattle", "Solna"])),
                "postal_code": G(lambda f: f.pick(["78744", "98101", "169 56"])),
            },
            "website": G(lambda f: f.pick(["https://initech.example", "https://northwind.example"])),
            "createdAt": G(lambda f: f.iso()),
            "eligible_employees": G(lambda f: f.r.randint(30, 9000)),
        },
    ),
    ("alias", None, "web", {}),
    ("alias", None, "ios", {}),
]

SHOP = [
    (
        "page",
        "Product",
        "web",
        {
            "name": G(lambda f: f.pick(["Product", "Home", "Results", "Checkout"])),
            "path": G(lambda f: choose(f, "page", PAGES)[0]),
            "url": G(lambda f: "https://www.velia.example" + chosen(f, "page")[0]),
            "title": G(lambda f: chosen(f, "page")[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?promo=SPRING20"])),
            "category": G(lambda f: f.pick(["Sexual Health", "Hormones", "Genetics"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(["std test", "thyroid", "fertility test at home", "vitamin d", "dna"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **product_item(),
            "brand": G(lambda f: "Velia"),
            "currency": G(lambda f: f.pick(["USD", "GBP", "SEK"])),
            "value": G(lambda f: f.money(29, 300)),
            "url": G(lambda f: "https://www.velia.example/tests/" + f.pick(["sti", "thyroid", "a1c", "dna"])),
            "image_url": G(lambda f: f"https://cdn.velia.example/products/{f.hexid(10)}.png"),
            "sample_type": G(lambda f: f.pick(["finger-prick blood", "urine", "saliva", "vaginal swab"])),
            "biomarkers_count": G(lambda f: f.r.randint(1, 12)),
            "results_days": G(lambda f: f.pick([3, 5, 7, 21])),
            "hsa_fsa_eligible": G(lambda f: f.pick([True, False])),
            "position": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Product Added",
        "ios",
        {"cart_id": G(lambda f: f.uuid()), **product_item()},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money(29, 400)),
            "revenue": G(lambda f: f.money(29, 400)),
            "shipping": G(lambda f: f.pick([0.0, 4.95, 9.95])),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.pick([0.0, 10.0, 25.0])),
            "coupon": G(lambda f: f.pick(["", "SPRING20", "WELCOME15", "HSA10"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "SEK"])),
            "products": Many(product_item(), 3),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([1, 2, 3])),
            "shipping_method": G(lambda f: f.pick(["usps_first_class", "ups_2day", "royal_mail_tracked_24"])),
            "shipping_address": {"name": Y(lambda f: full_name(f), "name"), **addr_us()},
            "is_gift": G(lambda f: f.pick([True, False])),
            "address_validated": G(lambda f: f.pick([True, False])),
            "address_type": G(lambda f: f.pick(["residential", "po_box", "commercial"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "hsa_fsa_card", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "601111"])),
            "cardholder_name": Y(lambda f: full_name(f).upper(), "name"),
            "billing_zip": Y(lambda f: us_zip(f), "zipcode"),
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "stripe_customer_id": G(lambda f: stripe_id(f, "cus_", 14)),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: "VL-" + f.digits(7)),
            "total": G(lambda f: f.money(29, 400)),
            "subtotal": G(lambda f: f.money(29, 400)),
            "tax": G(lambda f: f.money(0, 30)),
            "shipping": G(lambda f: f.pick([0.0, 4.95, 9.95])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "SPRING20", "WELCOME15"])),
            "affiliation": G(lambda f: f.pick(["velia_web", "velia_ios", "amazon"])),
            "products": Many(product_item(), 3),
            "customer_email": Y(lambda f: email(f), "email"),
            "billing_address": {
                "line1": Y(lambda f: f.pick([us_street, uk_street])(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES + UK_CITIES), "city"),
                "postcode": Y(lambda f: f.pick([us_zip(f), f.pick(UK_POSTCODES)]), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB"])),
            },
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbp": Y(lambda f: fbp(f), "advertising id"),
            "fbc": Y(lambda f: fbc(f), "advertising id"),
            "is_first_order": G(lambda f: f.pick([True, False])),
            "payment_processor": G(lambda f: f.pick(["stripe", "paypal", "braintree"])),
        },
    ),
    (
        "track",
        "Beställning Genomförd",
        "python",
        {
            "beställningsnummer": G(lambda f: "SE" + f.digits(8)),
            "belopp": G(lambda f: f.pick([495.0, 895.0, 1290.0, 649.0])),
            "moms": G(lambda f: f.pick([99.0, 179.0, 258.0])),
            "valuta": G(lambda f: "SEK"),
            "betalsätt": G(lambda f: f.pick(["swish", "klarna", "kort"])),
            "swish_nummer": Y(lambda f: f.pick(["46", "0"]) + "7" + f.digits(8), "phone"),
            "klarna_order_id": G(lambda f: f.uuid()),
            "leveransadress": {
                "namn": Y(lambda f: f"{f.pick(FIRST_SE)} {f.pick(LAST_SE)}", "name"),
                "gatuadress": Y(lambda f: se_street(f), "address|street"),
                "postnummer": Y(lambda f: se_postnummer(f), "zipcode"),
                "ort": Y(lambda f: f.pick(SE_CITIES), "city"),
                "land": G(lambda f: "SE"),
            },
            "produkter": Many(
                {
                    "artikelnummer": G(lambda f: choose(f, "produkt", SE_PRODUCTS)[0]),
                    "namn": G(lambda f: chosen(f, "produkt")[1]),
                    "antal": G(lambda f: f.r.randint(1, 2)),
                    "pris": G(lambda f: chosen(f, "produkt")[2]),
                },
                2,
            ),
            "ombud": G(lambda f: f.pick(["PostNord", "Instabox", "Budbee"])),
        },
    ),
    (
        "track",
        "Order Refunded",
        "ruby",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "refund_amount": G(lambda f: f.money(29, 200)),
            "reason": G(
                lambda f: f.pick(["kit_damaged", "sample_rejected", "customer_request", "lost_in_transit"])
            ),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit"])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
        },
    ),
    (
        "track",
        "Gift Kit Sent",
        "web",
        {
            "recipient": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "email": Y(lambda f: email(f), "email"),
            },
            "sender_name": Y(lambda f: full_name(f), "name"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday! Love, {first(f)}",
                        f"Thought you'd want to know your ancestry :) - {first(f)}",
                        f"From {first(f)} and {first(f)}, with love",
                        f"Merry Christmas! xx {first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "send_on": G(lambda f: f.date(2024, 2025)),
            "product_sku": G(lambda f: f.pick(["VL-DNA-US", "VL-FS-US", "VL-VITD-UK"])),
        },
    ),
]

SUBSCRIPTIONS = [
    (
        "track",
        "Subscription Started",
        "ruby",
        {
            "subscription_id": G(lambda f: stripe_id(f, "sub_", 14)),
            "plan_id": G(lambda f: f.pick(["price_membership_m", "price_membership_y", "price_thyroid_q"])),
            "plan_name": G(lambda f: f.pick(["Velia Membership", "Thyroid Tracker", "Velia Annual"])),
            "interval": G(lambda f: f.pick(["month", "year", "quarter"])),
            "price": G(lambda f: f.pick([24.99, 249.0, 69.0])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "SEK"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "next_billing_date": G(lambda f: f.date(2024, 2025)),
            "default_payment_method": RED(lambda f: stripe_id(f, "pm_"), "token"),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        "web",
        {
            "subscription_id": G(lambda f: stripe_id(f, "sub_", 14)),
            "cancel_reason": G(
                lambda f: f.pick(["too_expensive", "got_results", "switching_provider", "other"])
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Too expensive for me right now",
                        "I only needed one test",
                        "Shipping to Sweden took too long",
                        "Will come back later",
                    ]
                )
            ),
            "months_active": G(lambda f: f.r.randint(1, 30)),
            "offered_discount": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "go",
        {
            "id": G(lambda f: f.uuid()),
            "type": G(lambda f: "invoice.paid"),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "in_", 24)),
                    "customer": G(lambda f: stripe_id(f, "cus_", 14)),
                    "customer_email": Y(lambda f: email(f), "email"),
                    "customer_name": Y(lambda f: full_name(f), "name"),
                    "customer_address": {
                        "line1": Y(lambda f: f.pick([us_street, uk_street])(f), "address|street"),
                        "city": Y(lambda f: f.pick(US_CITIES + UK_CITIES), "city"),
                        "postal_code": Y(lambda f: f.pick([us_zip(f), f.pick(UK_POSTCODES)]), "zipcode"),
                        "country": G(lambda f: f.pick(["US", "GB"])),
                    },
                    "number": G(lambda f: f"{f.hexid(8).upper()}-{f.r.randint(1, 40):04d}"),
                    "amount_paid": G(lambda f: f.pick([2499, 24900, 6900])),
                    "currency": G(lambda f: f.pick(["usd", "gbp"])),
                    "status": G(lambda f: "paid"),
                    "billing_reason": G(
                        lambda f: f.pick(["subscription_cycle", "subscription_create", "manual"])
                    ),
                    "payment_intent": G(lambda f: stripe_id(f, "pi_", 24)),
                    "subscription": G(lambda f: stripe_id(f, "sub_", 14)),
                    "created": G(lambda f: f.epoch_ms() // 1000),
                }
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        "java",
        {
            "invoice_id": G(lambda f: stripe_id(f, "in_", 24)),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "card_last4": G(lambda f: f.digits(4)),
            "amount": G(lambda f: f.pick([24.99, 249.0, 69.0])),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "customer_email": Y(lambda f: email(f), "email"),
        },
    ),
]

KIT = [
    (
        "track",
        "Kit Activated",
        "ios",
        {
            "kit_id": G(lambda f: kit_id(f)),
            "activation_code": RED(lambda f: activation_code(f), "token|secret"),
            "test_type": G(
                lambda f: f.pick(["sti_female", "thyroid", "fertility_women", "dna_ancestry", "a1c"])
            ),
            "activated_for": G(lambda f: f.pick(["self", "dependant"])),
            "dependant_id": G(lambda f: f.pick(["", "dep_" + f.digits(6)])),
            "kit_lot_number": G(lambda f: "LOT" + f.digits(6)),
            "kit_expiry_date": G(lambda f: f.date(2025, 2026)),
            "barcode_scanned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sample Registered",
        "android",
        {
            "kit_id": G(lambda f: kit_id(f)),
            "sample_id": G(lambda f: "S" + f.digits(10)),
            "sample_type": G(lambda f: f.pick(["finger-prick blood", "urine", "saliva", "vaginal swab"])),
            "collected_at": G(lambda f: f.iso()),
            "collection_time_local": G(lambda f: f"{f.r.randint(5, 11):02d}:{f.r.randint(0, 59):02d}"),
            "fasting": G(lambda f: f.pick([True, False])),
            "fasting_hours": G(lambda f: f.r.randint(0, 14)),
            "medications_taken_today": Many(
                Y(lambda f: f.pick(["levothyroxine", "metformin", "sertraline", "ibuprofen"]), "medication"),
                2,
            ),
            "cycle_day": Y(lambda f: f.r.randint(1, 32), "condition"),
            "hormonal_contraception": Y(lambda f: f.pick([True, False]), "medication"),
            "currently_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "tubes_filled": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Sample Received",
        "java",
        {
            "sample_id": G(lambda f: "S" + f.digits(10)),
            "accession_number": G(lambda f: f.pick(["A", "B"]) + f.digits(9)),
            "lab": {
                "name": G(
                    lambda f: f.pick(["Velia Reference Lab Austin", "Synlab Stockholm", "Eurofins UK"])
                ),
                "clia_number": G(lambda f: f.pick(["45D2193764", "05D2094385", "45D0505079"])),
                "city": G(lambda f: f.pick(["Austin", "Stockholm", "Wolverhampton"])),
                "state": G(lambda f: f.pick(["TX", "", "West Midlands"])),
            },
            "received_at": G(lambda f: f.iso()),
            "sample_condition": G(lambda f: f.pick(["acceptable", "hemolyzed", "insufficient_volume"])),
            "temperature_ok": G(lambda f: f.pick([True, False])),
            "transit_hours": G(lambda f: f.r.randint(18, 120)),
        },
    ),
    (
        "track",
        "Kit Dispatched",
        "python",
        {
            "order_ref": G(lambda f: "VUK-" + f.digits(7)),
            "tracking_number": G(lambda f: f.pick(["JD", "AB", "RR"]) + f.digits(9) + "GB"),
            "dispatched_at": G(lambda f: f.iso()),
            "recipient_name": Y(lambda f: f.pick(FIRST_UK) + " " + f.pick(LAST_UK), "name"),
            "delivery_postcode": Y(lambda f: f.pick(UK_POSTCODES), "zipcode"),
            "postcode_district": G(lambda f: f.pick(["M14", "LS6", "BS3", "G12", "CF24"])),
            "service_level": G(lambda f: f.pick(["Tracked24", "Tracked48", "SpecialDelivery"])),
            "kit_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Collection Appointment Booked",
        "web",
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "window_start": G(lambda f: f.iso()),
            "window_end": G(lambda f: f.iso()),
            "visit_address": {
                "line1": Y(lambda f: us_street(f), "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 2", "Unit 5B", "Apt 310"]), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "zip": Y(lambda f: us_zip(f), "zipcode"),
                "instructions": G(
                    lambda f: f.pick(["Ring doorbell", "Side entrance", "Dog in yard - friendly"])
                ),
            },
            "patient_phone": Y(lambda f: us_phone(f), "phone"),
            "phlebotomist": {
                "id": G(lambda f: "phl_" + f.digits(5)),
                "first_name": Y(lambda f: f.pick(FIRST_US + OTHER_FIRST), "name"),
                "rating": G(lambda f: f.pick([4.6, 4.8, 4.9, 5.0])),
                "vehicle_plate": Y(lambda f: f.pick(["8", "7"]) + code(f, 3) + f.digits(3), "license"),
                "contact_number": G(
                    lambda f: f.pick(["+1 737 555 0110", "+1 737 555 0128", "+1 720 555 0177"])
                ),
            },
            "fasting_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phlebotomist Arrived",
        "go",
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "phlebotomist_id": G(lambda f: "phl_" + f.digits(5)),
            "arrival_lat": Y(lambda f: round(f.r.uniform(29.5, 40.5), 6), "geolocation"),
            "arrival_lng": Y(lambda f: round(f.r.uniform(-105, -82), 6), "geolocation"),
            "minutes_late": G(lambda f: f.r.randint(-10, 35)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Patient asked to call {us_phone(f)} instead",
                        f"No answer at door, texted {us_phone(f)}",
                        f"Reached caregiver on {us_phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
]

RESULTS = [
    (
        "track",
        "Results Ready",
        "python",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "result_id": G(lambda f: f.uuid()),
            "test_type": G(
                lambda f: f.pick(["sti_female", "thyroid", "fertility_women", "dna_ancestry", "a1c"])
            ),
            "released_at": G(lambda f: f.iso()),
            "physician_reviewed": G(lambda f: f.pick([True, False])),
            "markers_total": G(lambda f: f.r.randint(1, 12)),
            "notification_channel": G(lambda f: f.pick(["email", "push", "sms"])),
        },
    ),
    (
        "track",
        "Result Viewed",
        "ios",
        {
            "result_id": G(lambda f: f.uuid()),
            "biomarker": G(lambda f: choose(f, "marker", BIOMARKERS)[0]),
            "result_value": Y(
                lambda f: round(chosen(f, "marker")[3] * f.r.uniform(0.3, 1.6), 2), "diagnosis|condition"
            ),
            "unit": G(lambda f: chosen(f, "marker")[1]),
            "reference_range": {
                "low": G(lambda f: chosen(f, "marker")[2]),
                "high": G(lambda f: chosen(f, "marker")[3]),
                "text": G(lambda f: "{2:g}-{3:g} {1}".format(*chosen(f, "marker"))),
            },
            "flag": Y(lambda f: f.pick(["normal", "high", "low", "critical_high"]), "diagnosis|condition"),
            "time_on_screen_s": G(lambda f: f.r.randint(3, 240)),
        },
    ),
    (
        "track",
        "STI Results Viewed",
        "rn",
        {
            "result_id": G(lambda f: f.uuid()),
            "panel": G(lambda f: f.pick(["Chlamydia & Gonorrhea", "Full STI Panel", "HIV & Syphilis"])),
            "results": Many(
                {
                    "analyte": G(
                        lambda f: f.pick(["Chlamydia trachomatis", "Neisseria gonorrhoeae", "HIV-1/2 Ag/Ab"])
                    ),
                    "outcome": Y(
                        lambda f: f.pick(
                            ["not detected", "not detected", "detected", "reactive", "non-reactive"]
                        ),
                        "diagnosis|condition",
                    ),
                },
                4,
            ),
            "treatment_eligible": Y(lambda f: f.pick([True, False]), "condition"),
            "testing_reason": Y(
                lambda f: f.pick(["routine", "new_partner", "partner_tested_positive", "symptoms"]),
                "condition",
            ),
            "partner_gender": Y(lambda f: f.pick(["men", "women", "men_and_women"]), "sexual orientation"),
        },
    ),
    (
        "track",
        "Fertility Results Viewed",
        "flutter",
        {
            "result_id": G(lambda f: f.uuid()),
            "amh_ng_ml": Y(lambda f: round(f.r.uniform(0.1, 8.0), 2), "diagnosis|condition"),
            "fsh_miu_ml": Y(lambda f: round(f.r.uniform(2, 25), 1), "diagnosis|condition"),
            "lh_miu_ml": Y(lambda f: round(f.r.uniform(1, 20), 1), "diagnosis|condition"),
            "estradiol_pg_ml": Y(lambda f: round(f.r.uniform(20, 400), 0), "diagnosis|condition"),
            "cycle_day": Y(lambda f: f.r.randint(2, 5), "condition"),
            "trying_to_conceive": Y(lambda f: f.pick([True, False]), "condition"),
            "age": G(lambda f: f.r.randint(24, 44)),
            "pdf_downloaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Provsvar Visat",
        "flutter",
        {
            "provsvar_id": G(lambda f: f.uuid()),
            "analys": G(lambda f: f.pick(["TSH", "Järn (ferritin)", "D-vitamin", "HbA1c"])),
            "värde": Y(lambda f: round(f.r.uniform(0.5, 120), 1), "diagnosis|condition"),
            "enhet": G(lambda f: f.pick(["mIE/L", "µg/L", "nmol/L", "mmol/mol"])),
            "referensintervall": G(lambda f: f.pick(["0,4-4,0", "15-150", "50-250", "27-42"])),
            "avvikande": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "provtagningsdatum": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Ancestry Report Viewed",
        "web",
        {
            "report_id": G(lambda f: f.uuid()),
            "kit_id": G(lambda f: kit_id(f)),
            "composition": Many(
                {
                    "population": Y(
                        lambda f: f.pick(
                            [
                                "Scandinavian",
                                "Nigerian",
                                "Ashkenazi Jewish",
                                "Irish & Scottish",
                                "East Asian",
                                "Somali",
                            ]
                        ),
                        "ethnicity|race",
                    ),
                    "percent": G(lambda f: round(f.r.uniform(0.5, 80), 1)),
                },
                5,
            ),
            "maternal_haplogroup": Y(lambda f: f.pick(["H1a", "L3e2", "U5b1", "D4"]), "ethnicity|race"),
            "relatives_matched_count": G(lambda f: f.r.randint(0, 1400)),
            "dna_relatives_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "DNA Relative Viewed",
        "web",
        {
            "match_id": G(lambda f: f.uuid()),
            "match_display_name": Y(lambda f: f.pick([full_name(f), f"{first(f)} {last(f)[0]}."]), "name"),
            "predicted_relationship": G(
                lambda f: f.pick(["2nd cousin", "3rd cousin", "half sibling", "1st cousin"])
            ),
            "shared_cm": G(lambda f: round(f.r.uniform(20, 1800), 1)),
            "messaged": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Physician Review Completed",
        "go",
        {
            "review_id": G(lambda f: f.uuid()),
            "physician": {
                "name": Y(lambda f: "Dr. " + full_name(f), "name"),
                "npi": Y(lambda f: npi(f), "identification"),
                "license_state": G(lambda f: f.pick(US_STATES)),
                "license_number": Y(lambda f: f.pick(["ME", "MD", "A"]) + f.digits(6), "license"),
                "email": Y(lambda f: email(f).split("@")[0] + "@clinicians.velia.example", "email"),
            },
            "decision": G(lambda f: f.pick(["approved", "follow_up_required", "retest"])),
            "diagnosis_codes": Many(
                Y(lambda f: f.pick(["E03.9", "A56.01", "E11.9", "N97.9", "E55.9"]), "diagnosis"), 2
            ),
            "prescription": {
                "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
                "drug": Y(
                    lambda f: f.pick(["doxycycline 100mg", "levothyroxine 50mcg", "metformin 500mg"]),
                    "medication",
                ),
                "pharmacy_name": G(
                    lambda f: f.pick(["CVS Pharmacy #4421", "Walgreens #09213", "H-E-B Pharmacy"])
                ),
                "pharmacy_phone": G(lambda f: f.pick(["(512) 555-0134", "(303) 555-0188", "(718) 555-0102"])),
                "pharmacy_address": G(
                    lambda f: f.pick(
                        ["1000 E 41st St, Austin, TX", "2 Main St, Denver, CO", "350 5th Ave, New York, NY"]
                    )
                ),
            },
            "patient_mrn": RED(lambda f: f.pick(["MRN", ""]) + f.digits(8), "health id"),
            "review_minutes": G(lambda f: f.r.randint(2, 25)),
        },
    ),
    (
        "track",
        "Telehealth Consult Requested",
        "web",
        {
            "consult_id": G(lambda f: f.uuid()),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(["itching", "discharge", "fatigue", "hair loss", "pelvic pain"]),
                    "condition",
                ),
                3,
            ),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "callback_number": Y(lambda f: us_phone(f), "phone"),
            "state_of_residence": G(lambda f: f.pick(US_STATES)),
        },
    ),
    (
        "track",
        "Remiss Skapad",
        "python",
        {
            "referral_id": G(lambda f: f.digits(9)),
            "health_centre": G(
                lambda f: f.pick(
                    ["Capio Vårdcentral Gullmarsplan", "Närhälsan Majorna", "Vårdcentralen Kronan"]
                )
            ),
            "health_centre_phone": G(lambda f: f.pick(["08-555 123 40", "031-555 02 10", "040-555 71 00"])),
            "diagnosis": Y(
                lambda f: f.pick(["E03.9 Hypotyreos", "D50.9 Järnbristanemi", "E11.9 Typ 2-diabetes"]),
                "diagnosis",
            ),
            "referring_doctor": Y(lambda f: f"{f.pick(FIRST_SE)} {f.pick(LAST_SE)}", "name"),
            "sent_at": G(lambda f: f.iso()),
            "priority": G(lambda f: f.pick(["normal", "förtur", "akut"])),
        },
    ),
]

CONSENT = [
    (
        "track",
        "Consent Given",
        "web",
        {
            "consent_id": G(lambda f: f.uuid()),
            "consent_type": G(
                lambda f: f.pick(["research", "result_sharing", "hipaa_authorization", "telehealth"])
            ),
            "version": G(lambda f: f.pick(["2024-03", "2023-11", "2024-06"])),
            "granted": G(lambda f: f.pick([True, False])),
            "signed_name": Y(lambda f: full_name(f), "name"),
            "signed_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Results Shared",
        "ios",
        {
            "share_id": G(lambda f: f.uuid()),
            "recipient_type": G(lambda f: f.pick(["partner", "doctor", "family"])),
            "recipient_email": Y(lambda f: email(f), "email"),
            "recipient_name": Y(lambda f: full_name(f), "name"),
            "share_url": RED(
                lambda f: "https://app.velia.example/shared/results?token=" + stripe_id(f, "", 32),
                "token",
                True,
            ),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, here are my results from last week",
                        f"{first(f)} - sharing as promised",
                        f"For Dr. {last(f)}, ahead of my appointment",
                    ]
                ),
                "name",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "include_pdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Partner Notified",
        "rn",
        {
            "notification_method": G(lambda f: "sms"),
            "partner_mobile": Y(lambda f: any_phone(f), "phone"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "infection": Y(
                lambda f: f.pick(["chlamydia", "gonorrhea", "trichomoniasis", "syphilis"]),
                "diagnosis|condition",
            ),
            "sent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dependant Added",
        "web",
        {
            "dependant": {
                "id": G(lambda f: "dep_" + f.digits(6)),
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "date_of_birth": Y(lambda f: f.date(2008, 2022), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "parent"])),
                "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
            },
            "guardian_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Switched",
        "ios",
        {
            "profile_id": G(lambda f: "dep_" + f.digits(6)),
            "label": Y(
                lambda f: f.pick([first(f), f"{first(f)} {last(f)[0]}.", f"{first(f)} (son)"]), "name", True
            ),
            "profiles_total": G(lambda f: f.r.randint(2, 5)),
        },
    ),
    (
        "track",
        "Vårdnadshavare Registrerad",
        "python",
        {
            "barnets_personnummer": RED(lambda f: personnummer(f, child=True), "national id"),
            "barnets_förnamn": Y(lambda f: f.pick(FIRST_SE), "name"),
            "vårdnadshavare_namn": Y(lambda f: f"{f.pick(FIRST_SE)} {f.pick(LAST_SE)}", "name"),
            "relation": G(lambda f: f.pick(["mamma", "pappa", "förälder"])),
            "registrerad": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Data Export Requested",
        "php",
        {
            "request_id": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["pdf", "csv", "fhir_json"])),
            "delivery_email": Y(lambda f: email(f), "email"),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "GP Details Added",
        "web",
        {
            "gpName": Y(lambda f: "Dr " + f.pick(FIRST_UK) + " " + f.pick(LAST_UK), "name"),
            "gpPracticeName": G(
                lambda f: f.pick(["Hulme Medical Centre", "Leith Surgery", "Park View Practice"])
            ),
            "gpPracticePostcode": G(lambda f: f.pick(["M15 5FQ", "EH6 8RG", "BS4 2JS"])),
            "shareResultsWithGp": G(lambda f: f.pick([True, False])),
            "nhsNumber": RED(lambda f: nhs_number(f), "health id"),
        },
    ),
]

AUTH = [
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: email(f), "email"),
            "referral_code": G(lambda f: code(f, 7)),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        "web",
        {
            "form_id": G(lambda f: f.pick(["signup-main", "signup-modal", "waitlist"])),
            "form_fields": {
                "email": Y(lambda f: email(f), "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "velia-" + code(f, 6).lower(), "Tr0ub4dor&3", "hunter22"]
                    ),
                    "password",
                ),
                "zip": Y(lambda f: us_zip(f), "zipcode"),
                "accept_terms": G(lambda f: "on"),
            },
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "Signed In",
        "android",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "bankid"])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp"])),
            "remember_me": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        "web",
        {
            "link_token": RED(lambda f: stripe_id(f, "", 43), "token"),
            "expires_in_s": G(lambda f: f.pick([600, 900, 3600])),
            "same_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        "rn",
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_masked": G(
                lambda f: f.pick(["+46 70•• •• •", "(•••) •••-••", "+44 7••• ••••"]) + f.digits(2)
            ),
        },
    ),
    (
        "track",
        "BankID Authentication Started",
        "python",
        {
            "orderRef": G(lambda f: f.uuid()),
            "autoStartToken": G(lambda f: f.uuid()),
            "personalNumber": RED(lambda f: personnummer(f, style="long"), "national id"),
            "endUserIp": Y(lambda f: f.ipv4(), "ip"),
            "hintCode": G(lambda f: f.pick(["outstandingTransaction", "userSign", "started"])),
            "status": G(lambda f: f.pick(["pending", "complete", "failed"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "reset_count_30d": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Identity Verified",
        "go",
        {
            "verification_id": G(lambda f: "vs_" + f.hexid(20)),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "dob": Y(lambda f: dob(f), "birthdate"),
            "id_document_type": G(lambda f: f.pick(["passport", "id_card"])),
            "id_document_number": RED(
                lambda f: f.pick([f.pick(["5", "6"]) + f.digits(8), "A" + f.digits(8), f.digits(9)]),
                "national id|passport",
            ),
            "drivers_license_state": G(lambda f: f.pick(US_STATES)),
            "selfie_url": Y(lambda f: f"https://files.velia.example/idv/{f.uuid()}/selfie.jpg", "photo"),
            "verification_status": G(lambda f: f.pick(["verified", "requires_input", "canceled"])),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
        },
    ),
    (
        "track",
        "Medicare Eligibility Checked",
        "ruby",
        {
            "medicare_mbi": RED(lambda f: medicare_mbi(f), "health id"),
            "plan": G(lambda f: f.pick(["Part B", "Medicare Advantage", "Part A"])),
            "eligible": G(lambda f: f.pick([True, False])),
            "checked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Insurance Info Added",
        "web",
        {
            "payer_name": G(
                lambda f: f.pick(["Aetna", "Blue Cross Blue Shield of Texas", "UnitedHealthcare", "Cigna"])
            ),
            "member_id": Y(lambda f: f.pick(["W", "XYZ", "U"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(6)),
            "policy_holder_name": Y(lambda f: full_name(f), "name"),
            "policy_holder_dob": Y(lambda f: dob(f), "birthdate"),
            "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "plan_type": G(lambda f: f.pick(["PPO", "HMO", "HDHP"])),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        "java",
        {
            "eligibility_id": G(lambda f: f.uuid()),
            "payer_id": G(lambda f: f.pick(["60054", "87726", "62308"])),
            "member_id": Y(lambda f: f.pick(["W", "XYZ", "U"]) + f.digits(9), "identification"),
            "policy_number": Y(lambda f: "POL-" + f.digits(8), "identification"),
            "coverage_active": G(lambda f: f.pick([True, False])),
            "copay": G(lambda f: f.pick([0.0, 20.0, 35.0])),
            "deductible_remaining": G(lambda f: f.money(0, 3000)),
        },
    ),
]

PAY = [
    (
        "track",
        "Checkout Error Shown",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "error_code": G(lambda f: f.pick(["card_declined", "incorrect_number", "invalid_expiry_year"])),
            "field": G(lambda f: "cardNumber"),
            # A checkout that logs what was typed into the failing field.
            "input_value": RED(lambda f: f.card(), "credit card", True),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Tax Form Submitted",
        "php",
        {
            "contractor_id": G(lambda f: "phl_" + f.digits(5)),
            "tax_form": G(lambda f: f.pick(["W-9", "W-9 (Rev. March 2024)", "W-9 (Rev. October 2018)"])),
            "legal_name": Y(lambda f: full_name(f), "name"),
            "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc", "sole_proprietor"])),
            "mailing_address": Y(
                lambda f: f"{us_street(f)}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {us_zip(f)}", "address"
            ),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contractor Payout Account Added",
        "dotnet",
        {
            "ContractorId": G(lambda f: "phl_" + f.digits(5)),
            "AccountHolderName": Y(lambda f: f.pick(FIRST_UK) + " " + f.pick(LAST_UK), "name"),
            "SortCode": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-34", "60-16-13"])),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "Iban": RED(lambda f: f.iban("GB"), "bank account"),
            "HourlyRate": Y(lambda f: f.pick([18.5, 21.0, 24.75, 19.0]), "salary"),
            "NiNumber": RED(lambda f: nino(f), "national id"),
            "UtrNumber": RED(lambda f: utr(f), "national id"),
            "JobTitle": G(
                lambda f: f.pick(["Mobile Phlebotomist", "Senior Phlebotomist", "Clinical Courier"])
            ),
            "StartDate": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Återbetalning Skapad",
        "python",
        {
            "återbetalning_id": G(lambda f: f.uuid()),
            "iban": RED(lambda f: se_iban(f), "bank account"),
            "clearingnummer": G(lambda f: f.pick(["8327-9", "6789", "3300", "5000"])),
            "kontonummer": RED(lambda f: f.digits(10), "bank account"),
            "belopp": G(lambda f: f.pick([495.0, 895.0, 1290.0, 649.0])),
            "orsak": G(lambda f: f.pick(["skadat kit", "prov ej analyserbart", "ånger"])),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Ticket Created",
        "node",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(["Results delayed", "Kit arrived damaged", "Question about my bill"])
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            f"Please call me back on {any_phone(f)}, my results are late",
                            f"Kit arrived broken. Reach me at {any_phone(f)}",
                            f"Billing question - best number is {any_phone(f)}",
                        ]
                    ),
                    "phone",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "requester": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                },
                "assignee": {"name": Y(lambda f: full_name(f), "name"), "id": G(lambda f: f.digits(11))},
                "tags": Many(G(lambda f: f.pick(["results", "shipping", "billing", "vip"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat"]))},
                "brand_id": G(lambda f: f.digits(11)),
            }
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"hi, can you send the receipt to {email(f)} instead?",
                        f"my login email is {email(f)}",
                        f"Please update my email to {email(f)} thanks",
                    ]
                ),
                "email",
                True,
            ),
            "author_type": G(lambda f: "user"),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Call Ended",
        "node",
        {
            "event": G(lambda f: "call.ended"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "data": {
                "id": G(lambda f: f.r.randint(10**9, 2 * 10**9)),
                "direction": G(lambda f: f.pick(["inbound", "outbound"])),
                "raw_digits": Y(lambda f: f.pick([us_phone(f), uk_phone(f), se_phone(f)]), "phone", True),
                "duration": G(lambda f: f.r.randint(0, 1800)),
                "missed_call_reason": G(
                    lambda f: f.pick(["", "agents_did_not_answer", "out_of_opening_hours"])
                ),
                "number": {
                    "digits": G(
                        lambda f: f.pick(["+1 888-555-0143", "+44 20 3318 0000", "+46 10 555 01 00"])
                    ),
                    "name": G(lambda f: f.pick(["US Support Line", "UK Support", "Kundtjänst SE"])),
                },
                "user": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f).split("@")[0] + "@velia.example", "email"),
                },
            },
        },
    ),
    (
        "track",
        "SMS Status Updated",
        "python",
        {
            "MessageSid": G(lambda f: twilio_sid(f, "SM")),
            "AccountSid": G(lambda f: twilio_sid(f, "AC")),
            "MessagingServiceSid": G(lambda f: twilio_sid(f, "MG")),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "To": Y(lambda f: e164(f), "phone", True),
            "From": G(lambda f: f.pick(["+18885550143", "+447700900000", "VELIA"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        "python",
        {
            "metric": G(lambda f: f.pick(["delivered", "opened", "clicked"])),
            "delivery_id": G(lambda f: "RPILAgABcRhI" + code(f, 10)),
            "data": {
                "recipient": Y(lambda f: email(f), "email", True),
                "subject": G(
                    lambda f: f.pick(["Your results are ready", "Your kit has shipped", "Din beställning"])
                ),
                "from": G(lambda f: "no-reply@velia.example"),
                "reply_to": G(lambda f: f.pick(["support@velia.example", "kundtjanst@velia.example"])),
                "message_id": G(lambda f: f"<{f.uuid()}@mail.velia.example>"),
                "template_id": G(lambda f: f.r.randint(10, 99)),
                "campaign_id": G(lambda f: f.r.randint(1, 40)),
            },
        },
    ),
    (
        "track",
        "Help Center Searched",
        "web",
        {
            "q": G(
                lambda f: f.pick(
                    ["how to collect blood sample", "results not showing", "refund", "hur tar jag provet"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "section": G(lambda f: f.pick(["collection", "results", "billing"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(
                lambda f: f.pick([us_street(f), f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}", se_street(f)]),
                "address|street",
                True,
            ),
            "session_token": G(lambda f: f.uuid()),
            "selected_place_id": G(lambda f: "ChIJ" + stripe_id(f, "", 23)),
            "country_filter": G(lambda f: f.pick(["us", "gb", "se"])),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Notification Preference Saved",
        "android",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "contact": {"kind": G(lambda f: "mobile"), "value": Y(lambda f: any_phone(f), "phone", True)},
            "reminders_enabled": G(lambda f: f.pick([True, False])),
            "quiet_hours_start": G(lambda f: f.pick(["21:00", "22:00", "23:30"])),
        },
    ),
    (
        "track",
        "Lab Webhook Received",
        "node",
        {
            "source": G(lambda f: f.pick(["quest-hl7-bridge", "synlab-api", "eurofins-sftp"])),
            "headers": {
                "content-type": G(lambda f: "application/json"),
                "user-agent": G(
                    lambda f: f.pick(["LabBridge/2.3", "Synlab-Webhooks/1.0", "Go-http-client/1.1"])
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "x-signature": G(lambda f: "sha256=" + f.hexid(64)),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-api-key": RED(lambda f: f.secret(), "secret"),
            },
            "body_sha256": G(lambda f: f.hexid(64)),
            "records": G(lambda f: f.r.randint(1, 50)),
        },
    ),
]

MARKETING = [
    (
        "track",
        "Ad Click Captured",
        "web",
        {
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbclid": Y(lambda f: fbclid(f), "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "utm_campaign": G(lambda f: f.pick(["sti_awareness", "thyroid_q2", "dna_holiday"])),
            "landing_page": G(lambda f: f.pick(PAGES)[0]),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "event_id": G(lambda f: f.uuid()),
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(f, email(f)), "email"),
                "ph": Y(lambda f: sha256(f, f.digits(11)), "phone"),
                "fbp": Y(lambda f: fbp(f), "advertising id"),
                "fbc": Y(lambda f: fbc(f), "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: sha256(f, "user_" + f.digits(7))),
            },
            "custom_data": {
                "value": G(lambda f: f.money(29, 400)),
                "currency": G(lambda f: f.pick(["USD", "GBP"])),
                "content_ids": Many(G(lambda f: f.pick(PRODUCTS)[0]), 3),
            },
        },
    ),
]

CAREERS = [
    (
        "track",
        "Job Application Submitted",
        "web",
        {
            "job-id": G(lambda f: f.pick(["req-1042", "req-1077", "req-1103"])),
            "job-title": G(
                lambda f: f.pick(["Mobile Phlebotomist", "Lab Operations Associate", "Data Analyst"])
            ),
            "full-name": Y(lambda f: full_name(f), "name"),
            "email-address": Y(lambda f: email(f), "email"),
            "phone-number": Y(lambda f: any_phone(f), "phone"),
            "linkedin-url": Y(
                lambda f: (
                    "https://www.linkedin.com/in/"
                    + f"{ascii_fold(first(f))}-{ascii_fold(last(f)).replace(' ', '')}-{f.hexid(6)}"
                ),
                "name",
                True,
            ),
            "requires-visa-sponsorship": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "right-to-work": RED(
                lambda f: f.pick(["US citizen", "Green card holder", "Requires H-1B"]), "visa"
            ),
            "salary-expectation": Y(lambda f: f.pick(["$45,000", "$52,000", "$68,000", "$80k"]), "salary"),
            "years-experience": G(lambda f: f.r.randint(0, 15)),
            "phlebotomy-certified": G(lambda f: f.pick([True, False])),
            "certification-number": Y(lambda f: "CPT-" + f.digits(6), "certificate"),
            "current-employer": G(lambda f: f.pick(["Quest Diagnostics", "LabCorp", "HCA Healthcare"])),
            "how-heard": G(lambda f: f.pick(["LinkedIn", "Indeed", "Referral"])),
            "veteran-status": RED(
                lambda f: f.pick(
                    ["I am a protected veteran", "I am not a protected veteran", "I decline to answer"]
                ),
                "veteran",
            ),
            "disability-status": RED(
                lambda f: f.pick(
                    ["Yes, I have a disability", "No, I do not have a disability", "I do not wish to answer"]
                ),
                "disability",
            ),
            "race-ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Black or African American", "Asian", "White"]),
                "race|ethnicity",
            ),
        },
    ),
]

MISC = [
    (
        "track",
        "Device Paired",
        "android",
        {
            "device_type": G(lambda f: f.pick(["glucose_meter", "bp_cuff", "thermometer"])),
            "device_model": G(lambda f: f.pick(["Contour Next One", "Omron Evolv", "Kinsa QuickCare"])),
            "device_serial": Y(lambda f: f.pick(["GA", "BP", "KQ"]) + f.digits(9), "serial"),
            "bluetooth_address": Y(lambda f: f.mac(), "mac"),
            "firmware": G(lambda f: f.pick(["2.1.4", "1.9.0", "3.0.2"])),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Pet Sensitivity Test Activated",
        "web",
        {
            "kit_id": G(lambda f: kit_id(f)),
            "pet": {
                "name": G(lambda f: f.pick(["Biscuit", "Luna", "Mr. Whiskers", "Bamse", "Nala"])),
                "species": G(lambda f: f.pick(["dog", "cat", "horse"])),
                "breed": G(lambda f: f.pick(["Labrador Retriever", "Maine Coon", "Shiba Inu"])),
                "age_years": G(lambda f: f.r.randint(1, 15)),
                "weight_kg": G(lambda f: round(f.r.uniform(3, 45), 1)),
                "symptoms": Many(
                    G(lambda f: f.pick(["itching", "vomiting", "hair loss", "ear infections"])), 3
                ),
            },
            "owner_zip": Y(lambda f: us_zip(f), "zipcode"),
        },
    ),
    (
        "track",
        "Accessibility Needs Set",
        "web",
        {
            "accessibility_needs": Many(
                RED(lambda f: f.pick(["low_vision", "limited_dexterity", "hard_of_hearing"]), "disability"), 2
            ),
            "large_print_instructions": G(lambda f: f.pick([True, False])),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "Lab Locator Searched",
        "web",
        {
            "user_lat": Y(lambda f: round(f.r.uniform(29.5, 45.0), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-122, -75), 5), "geolocation"),
            "radius_miles": G(lambda f: f.pick([5, 10, 25])),
            "results": Many(
                {
                    "site_name": G(
                        lambda f: f.pick(
                            ["Quest Patient Service Center", "Labcorp at Walgreens", "Any Lab Test Now"]
                        )
                    ),
                    "address": G(
                        lambda f: f.pick(
                            [
                                "500 W 5th St, Austin, TX 78701",
                                "1560 Broadway, Denver, CO 80202",
                                "2 Columbus Cir, New York, NY 10019",
                            ]
                        )
                    ),
                    "phone": G(lambda f: f.pick(["(512) 555-0170", "(303) 555-0144", "(718) 555-0190"])),
                    "lat": G(lambda f: f.pick([30.2672, 39.7392, 40.6782])),
                    "lng": G(lambda f: f.pick([-97.7431, -104.9903, -73.9442])),
                },
                3,
            ),
        },
    ),
    (
        "screen",
        "Results Dashboard",
        "ios",
        {
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "has_new_results": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["all", "hormones", "sexual_health"])),
        },
    ),
    (
        "screen",
        "Results Dashboard",
        "android",
        {
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "has_new_results": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["all", "hormones", "sexual_health"])),
        },
    ),
    (
        "screen",
        "Collection Guide",
        "flutter",
        {
            "step": G(lambda f: f.r.randint(1, 7)),
            "video_watched": G(lambda f: f.pick([True, False])),
            "kit_type": G(lambda f: f.pick(["blood", "urine", "swab"])),
        },
    ),
    (
        "screen",
        "Kit Scanner",
        "rn",
        {
            "camera_permission": G(lambda f: f.pick(["granted", "denied", "undetermined"])),
            "scan_duration_ms": G(lambda f: f.r.randint(300, 12000)),
        },
    ),
]

TEMPLATES = (
    IDENTIFY
    + SHOP
    + SUBSCRIPTIONS
    + KIT
    + RESULTS
    + CONSENT
    + AUTH
    + PAY
    + SUPPORT
    + MARKETING
    + CAREERS
    + MISC
)


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]) if client == "web" else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_" + f.digits(8), f.digits(9)]),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    msg["integrations"] = {}
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in TEMPLATES:
            events.append(message(f, kind, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=162, repeats=24)
    write(Path(__file__).parent, "holdout162_", events, labels)
