"""Writes holdout221: tests/corpus/holdout221_events.jsonl and holdout221_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format only),
without reading the detection engine, its vocabularies, its tests, its documentation or any other
corpus's labels, and without running the engine on these events. Nothing here is tuned to it.

Covers: a clinical-trial recruitment and eConsent platform operating in the US, Poland and South
Africa. Public trial finder and pre-screening questionnaires (conditions, medications, pregnancy,
smoking, race and ethnicity, insurance), lead capture, eConsent (signatures, witnesses, legally
authorised representatives, one-time codes, DocuSign-shaped webhooks), site visits, check-ins
and randomisation, eDiary and adverse-event reports, participant stipends and travel (payout
cards, ACH, Polish IBANs, South African bank accounts, ride vendors, hotels, flights, parking),
at-home kit orders (e-commerce spec: Product Viewed ... Order Completed), investigator and
coordinator accounts (invites, sign-in links, onboarding), sponsor dashboards, exports and
billing (Stripe-shaped payment methods), and vendor webhooks (SendGrid, Twilio, Typeform,
Facebook Conversions API). Calls: identify, track, page, screen, group and alias. Contexts of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (.NET payments
service, Twilio), kebab-case (a Node scheduling service, SendGrid's `smtp-id`), SCREAMING_SNAKE
(warehouse reverse-ETL identifies), Polish keys (a PHP site backend in Poland) and Afrikaans keys
(a .NET/Java backend for South African sites, where `Van` means surname). Values: names from
many cultures; US, Polish and South African phone formats; PESEL, South African ID numbers (Luhn)
and Polish ID-card numbers with valid check digits; SSNs of valid structure; Luhn-valid cards;
mod-97 IBANs; valid ABA routing numbers; Medicare MBIs of valid shape.

Labels (classification, type, value_only) follow the brief's rules and the product's published
policy; type names are the reference's default matchers where one fits (`a|b` where either is
fair), else `bank account`, `geolocation`, `secret`, `national id`, `health id`,
`advertising id`, `credit card`, `token`. Colours: the reference's default for its matchers
(so `condition`, `medication`, `diagnosis`, `procedure`, `race`, `ethnicity`, `sex` are yellow;
`veteran`, `disability`, `visa`, `passport`, `password`, `token`, `credit card` and
`social security number` are red); outside it, red for credentials, secrets, card numbers, bank
accounts, government ids and health ids, yellow otherwise. Green: ids we or a vendor issue,
versions, timestamps, hashes of non-personal data, amounts (stipends included), enums, counters
and booleans under PII-sounding keys, product / study / site / company / hotel / pet names,
places that are not the person's (a site's address and coordinates, a hotel), country, state,
locale, language, timezone, currency, user agents, OS device ids. Policy cases applied: loyalty
and frequent-flyer numbers, ages, marital status, job titles, employers, a business's own phone
/ e-mail / address (sites, sponsors, role mailboxes, the Twilio number we own), pets' names,
UUID tokens (a Places session token) and e-mail Message-IDs are green; an insurer's member
number (also a South African medical-aid number) is yellow `identification`, pay rates are
yellow `salary`, plates yellow `license`, gclid/fbclid/fbp/fbc yellow `advertising id`, the
person's billing/shipping addresses yellow `address`; card and payment tokens, one-time codes and
sign-in-link tokens are red `token`; MRNs and Medicare numbers are red `health id`; identity
document numbers red `national id` / `passport`; work-authorisation answers red `visa`; the last
four digits of an SSN red.

Rules I settled where the brief leaves room (what a careful privacy owner would want flagged):
- A condition the person enters about themselves (typed into the trial finder, chosen in a
  pre-screener, logged in the eDiary, reported as an adverse event) is their health data; trial
  metadata (titles, therapeutic areas, compound names, kit types) is green like a product name.
- Pregnancy and smoking status are health data (`condition`, yellow); a service animal or a
  wheelchair-accessible ride reveals a disability (red); procedures performed at a visit are
  `procedure` (yellow). Enums that only qualify a health record (severity grade, seriousness,
  outcome, causality) are green; counters of medications or conditions are green.
- Clinical-trial participant initials are an identifier (`name`, yellow).
- Where the person is: the ZIP a visitor types into the trial finder to find sites near them, a
  traveller's origin city and Twilio's caller city / zip are the person's (yellow); a site's,
  hotel's or sponsor's address, city and coordinates are green. An HbA1c lab result is health
  data (`condition|diagnosis`). Stripe `billing_details` are the cardholder's (a natural person's)
  name, e-mail and billing address, labelled as theirs.
- A sha256 of an e-mail or phone sent for ad matching (Conversions API `em`, `ph`) stays that
  person's e-mail / phone (yellow, not value_only: the vendor's key names it); a hash of a
  document or payload is green.
- A Typeform response `token` is a response id, not a credential: green. An APNs push token in
  `context.device.token` is red `token`, as in the main corpus.
- A signature image is `photo|signature` (yellow). A staff member's professional licence number
  is `license`, a GCP training certificate number `certificate` (yellow).
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `query`, `message`, `input`, `description`, `From`, `Caller`, `id`, Typeform's
  `date` / `text` / `choice.label`, `narrative`); such a path holds that PII in every value.
  Free text is labelled by what every one of its values carries, green when none does (Polish
  `uwagi`, SMS `Body`).
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places -------------------------------------------------------------------------

US_FIRST = ["Emily", "DeShawn", "María", "Hyun-woo", "Aaliyah", "Ahmed", "Priya", "Connor", "Keanu", "Yael"]
US_FIRST += ["Chinonso", "Rosa", "Tyler", "Mai", "Ebony", "Santiago", "Destiny", "Wei"]
US_LAST = ["Johnson", "Washington", "Hernández", "Park", "Brooks", "Hassan", "Raman", "O'Connell"]
US_LAST += ["Kahananui", "Cohen", "Eze", "Martinez", "Nguyen", "Begay", "Rivera", "Schmidt", "Liu"]
PL_FEMALE = ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Wiktoria", "Ewa", "Joanna"]
PL_MALE = ["Krzysztof", "Paweł", "Tomasz", "Jakub", "Grzegorz", "Łukasz", "Michał"]
PL_FIRST = PL_FEMALE + PL_MALE
PL_LAST = ["Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"]
PL_LAST += ["Dąbrowski", "Kowalczyk", "Jankowski", "Mazur", "Grabowski", "Nowak", "Pawlak"]
ZA_FIRST = ["Thandiwe", "Sipho", "Lerato", "Pieter", "Anika", "Johan", "Zanele", "Ayanda", "Refilwe"]
ZA_FIRST += ["Naledi", "Sizwe", "Marthinus", "Fatima", "Kagiso", "Riaan", "Nomvula"]
ZA_LAST = ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Pretorius", "Khumalo", "Ndlovu"]
ZA_LAST += ["Molefe", "Mahlangu", "Naidoo", "Adams", "Coetzee", "Govender", "Steyn"]
FIRSTS = {"us": US_FIRST, "pl": PL_FIRST, "za": ZA_FIRST}
LASTS = {"us": US_LAST, "pl": PL_LAST, "za": ZA_LAST}
MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"],
}
WORK_MAIL = ["hopkinsresearch.org", "cr-sites.com", "medpolonia.pl", "wits-health.ac.za", "clinsite.us"]
US_CITIES = [("Houston", "TX"), ("Baltimore", "MD"), ("Cleveland", "OH"), ("Phoenix", "AZ")]
US_CITIES += [("Atlanta", "GA"), ("Nashville", "TN"), ("Albuquerque", "NM"), ("Tacoma", "WA")]
PL_CITIES = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań", "Lublin", "Katowice"]
ZA_CITIES = ["Johannesburg", "Kaapstad", "Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Stellenbosch"]
US_STREETS = ["Maple", "Lincoln", "Peachtree", "Elm", "Washington", "Cedar Ridge", "Ocean", "Grand", "Bayou"]
PL_STREETS = ["Marszałkowska", "Długa", "Piotrkowska", "Floriańska", "Mickiewicza", "Słowackiego"]
PL_STREETS += ["Kościuszki", "Grunwaldzka", "Armii Krajowej"]
ZA_STREETS = ["Kerkstraat", "Voortrekker Rd", "Jan Smuts Ave", "Long Street", "Oxford Rd", "Church St"]
ZA_STREETS += ["Nelson Mandela Dr", "Vilakazi St", "Dorp Street"]

SITES = [
    ("US-TX-014", "Bayou City Clinical Research", "Houston", "TX"),
    ("US-OH-003", "Lakeshore Research Partners", "Cleveland", "OH"),
    ("US-GA-021", "Peachtree Clinical Trials", "Atlanta", "GA"),
    ("PL-MZ-002", "Centrum Badań Klinicznych Mazowsze", "Warszawa", "MZ"),
    ("PL-MA-007", "Krakowskie Centrum Medyczne", "Kraków", "MA"),
    ("ZA-GT-005", "Soweto Clinical Trials Unit", "Johannesburg", "GP"),
    ("ZA-WC-009", "Tygerberg Research Site", "Kaapstad", "WC"),
]
STUDIES = ["GLY-302", "CARDIO-HF-11", "ASTHMA-BRIGHT", "NASH-208", "MIGRAINE-PREVENT-3", "RSV-OLDER-A"]
STUDY_TITLES = [
    "A Study of an Oral GLP-1 Agonist in Adults With Type 2 Diabetes",
    "Evaluating a Once-Weekly Injection for Heart Failure",
    "An Inhaled Biologic for Severe Eosinophilic Asthma",
    "A 52-Week Study in Non-Alcoholic Steatohepatitis",
    "Preventive Treatment of Chronic Migraine",
]
SPONSORS = ["Novaterra Pharma", "Helix Biologics", "Medivance AG", "Baltic BioSciences", "Karoo Therapeutics"]
CONDITIONS = ["type 2 diabetes", "asthma", "COPD", "heart failure", "chronic migraine", "NASH", "psoriasis"]
CONDITIONS += ["rheumatoid arthritis", "major depressive disorder", "HIV", "hypertension"]
MEDS = ["metformin", "insulin glargine", "lisinopril", "atorvastatin", "salbutamol inhaler", "sumatriptan"]
MEDS += ["sertraline", "methotrexate", "dolutegravir", "empagliflozin", "amlodipine"]
SYMPTOMS = ["headache", "nausea", "injection-site redness", "dizziness", "fatigue", "rash", "diarrhoea"]
SYMPTOMS += ["palpitations", "insomnia"]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
ALNUM = string.ascii_letters + string.digits


def region(f: Fake) -> str:
    return f.pick(["us", "us", "pl", "za"])


def first(f: Fake, reg: str | None = None) -> str:
    return f.pick(FIRSTS[reg or region(f)])


def last(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    name = f.pick(LASTS[reg])
    return pl_surname(name, f.pick([True, False])) if reg == "pl" else name


def pl_surname(name: str, female: bool) -> str:
    if female and name.endswith(("ski", "cki")):
        return name[:-1] + "a"
    return name


def full(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        given = first(f, "pl")
        return f"{given} {pl_surname(f.pick(PL_LAST), given in PL_FEMALE)}"
    return f"{first(f, reg)} {last(f, reg)}"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    fn = ascii_fold(first(f, reg)).lower().replace("-", "")
    ln = ascii_fold(last(f, reg)).lower().replace(" ", "").replace("'", "")
    user = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln[:1]}{f.r.randint(1, 99)}",
            f"{fn[:1]}{ln}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
        ]
    )
    return f"{user}@{f.pick(MAIL[reg])}"


def work_email(f: Fake) -> str:
    reg = region(f)
    fn = ascii_fold(first(f, reg)).lower().replace("-", "")
    ln = ascii_fold(last(f, reg)).lower().replace(" ", "").replace("'", "")
    return f"{f.pick([fn + '.' + ln, fn[:1] + ln])}@{f.pick(WORK_MAIL)}"


def us_phone(f: Fake) -> str:
    area = f.pick([212, 312, 415, 617, 713, 305, 404, 503, 602, 919, 216, 615])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1 {area}-{ex}-{line:04d}",
        ]
    )


def e164(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "us":
        area = f.pick([212, 312, 415, 617, 713, 305, 404, 503, 602, 919, 216, 615])
        return f"+1{area}{f.r.randint(201, 989)}{f.r.randint(0, 9999):04d}"
    if reg == "pl":
        return f"+48{f.pick(['501', '533', '601', '693', '721', '798'])}{f.r.randint(100000, 999999)}"
    return f"+27{f.pick(['82', '83', '72', '79', '84', '61'])}{f.r.randint(1000000, 9999999)}"


def pl_phone(f: Fake) -> str:
    p = f.pick(["501", "512", "533", "601", "605", "661", "693", "721", "785", "798", "881"])
    a, b = f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick([f"+48 {p} {a} {b}", f"{p}-{a}-{b}", f"+48{p}{a}{b}", f"{p} {a} {b}"])


def za_phone(f: Fake) -> str:
    p = f.pick(["82", "83", "72", "73", "79", "84", "61", "66"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick([f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"+27{p}{a}{b}", f"0{p}{a}{b}"])


def phone(f: Fake, reg: str | None = None) -> str:
    return {"us": us_phone, "pl": pl_phone, "za": za_phone}[reg or region(f)](f)


def street(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        flat = f.pick(["", f"/{f.r.randint(1, 80)}", f" m. {f.r.randint(1, 60)}"])
        return f"ul. {f.pick(PL_STREETS)} {f.r.randint(1, 140)}{flat}"
    if reg == "za":
        return f"{f.r.randint(1, 300)} {f.pick(ZA_STREETS)}"
    unit = f.pick(["", "", f", Apt {f.r.randint(1, 40)}{f.pick('ABC')}", f" Unit {f.r.randint(100, 999)}"])
    kind = f.pick(["St", "Ave", "Blvd", "Dr", "Rd", "Ln"])
    return f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)} {kind}{unit}"


def city(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        return f.pick(PL_CITIES)
    if reg == "za":
        return f.pick(ZA_CITIES)
    return f.pick(US_CITIES)[0]


def postcode(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        return f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"
    if reg == "za":
        return f"{f.r.randint(1, 9999):04d}"
    z = f"{f.r.randint(10000, 99999)}"
    return f.pick([z, z, f"{z}-{f.r.randint(0, 9999):04d}"])


def full_address(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pl":
        return f"{street(f, 'pl')}, {postcode(f, 'pl')} {city(f, 'pl')}"
    if reg == "za":
        return f"{street(f, 'za')}, {city(f, 'za')}, {postcode(f, 'za')}"
    c, s = f.pick(US_CITIES)
    return f"{street(f, 'us')}, {c}, {s} {f.r.randint(10000, 99999)}"


def dob(f: Fake, start: int = 1942, end: int = 2004) -> str:
    return f.date(start, end)


# -- identifiers with real check digits --------------------------------------------------------


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(1940, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{f.r.randint(0, 9999):04d}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def za_id(f: Fake) -> str:
    y, m, d = f.r.randint(1945, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(0, 9999):04d}{f.pick('0001')}8"
    return f.luhn_complete(body)


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    rest = "".join(str(f.r.randint(0, 9)) for _ in range(5))
    values = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(values, weights, strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_iban(f: Fake) -> str:
    bban = f.pick(["10204027", "11402004", "10901014", "12401037", "10501445"]) + f.digits(16)
    numeric = "".join(str(int(c, 36)) for c in bban + "PL00")
    raw = f"PL{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    parts = [
        str(f.r.randint(1, 9)),
        f.pick(letters),
        f.pick(an),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(an),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(letters),
        str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]
    raw = "".join(parts)
    return f.pick([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])


def plate(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    up = string.ascii_uppercase
    if reg == "pl":
        return f"{f.pick(['WA', 'KR', 'WI', 'DW', 'GD', 'PO'])} {f.r.randint(10000, 99999)}"
    if reg == "za":
        return f.pick(
            [
                f"CA {f.r.randint(100, 999)}-{f.r.randint(100, 999)}",
                f"{f.pick(up)}{f.pick(up)} {f.r.randint(10, 99)} {f.pick(up)}{f.pick(up)} GP",
            ]
        )
    return f"{f.r.randint(1, 9)}{''.join(f.pick(up) for _ in range(3))}{f.r.randint(100, 999)}"


def rand(f: Fake, n: int, alphabet: str = ALNUM) -> str:
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + rand(f, 72, ALNUM + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + rand(f, 58, ALNUM + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def pm_token(f: Fake) -> str:
    return "pm_1" + rand(f, 23)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def magic(f: Fake) -> str:
    return rand(f, 43, ALNUM + "-_")


def routing(f: Fake) -> str:
    return f.pick(["021000021", "026009593", "121000248", "011000138", "071000013", "061000104"])


def study(f: Fake) -> str:
    return f.pick(STUDIES)


def site_id(f: Fake) -> str:
    return f.pick(SITES)[0]


def site_name(f: Fake) -> str:
    return f.pick(SITES)[1]


def pid(f: Fake) -> str:
    return f"{f.pick(STUDIES)[:3]}-{f.pick(SITES)[0][:2]}-{f.r.randint(1000, 9999)}"


def initials(f: Fake) -> str:
    reg = region(f)
    return f.pick(["{}{}", "{}.{}.", "{}-{}"]).format(first(f, reg)[0], last(f, reg)[0])


def hb(f: Fake) -> bool:
    return f.pick([True, False])


# -- contexts of the client libraries ----------------------------------------------------------


def ctx_traits(f: Fake):
    return {
        "email": Y(lambda f: email(f), "email"),
        "firstName": Y(lambda f: first(f), "name"),
        "participantId": G(pid),
        "phone": Y(lambda f: phone(f), "phone"),
    }


def web(f: Fake, pages=("/", "/trials", "/prescreen")):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(list(pages))),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://clinicaltrials.gov/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?lang=pl", "?site=ZA-GT-005"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Find a clinical trial | TrialBridge",
                        "Check if you qualify | TrialBridge",
                        "TrialBridge",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.trialbridge.example" + f.pick(list(pages))),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA", "af-ZA", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Warsaw", "Africa/Johannesburg", "America/New_York"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["t2d_recruit_q2", "asthma_bright_pl", "hf_soweto_radio", "migraine_meta"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "radio_qr"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email", "offline"])),
            "term": G(
                lambda f: f.pick(["paid clinical trials", "research study near me", "badania kliniczne", ""])
            ),
            "content": G(lambda f: f.pick(["video_15s", "carousel_b", "banner_a"])),
        },
    }


def web_dash(f: Fake):
    """The sponsor / site dashboard (analytics.js, no campaign)."""
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/studies", "/participants", "/reports/enrollment", "/billing"])),
            "url": G(
                lambda f: (
                    "https://app.trialbridge.example" + f.pick(["/studies", "/participants", "/reports"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Studies · TrialBridge Sites", "Participants · TrialBridge Sites", "Reports"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://app.trialbridge.example/", "https://login.microsoftonline.com/"]
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB[:2])),
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Warsaw", "Africa/Johannesburg", "Europe/Basel"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "groupId": G(lambda f: "org_" + f.hexid(10)),
    }


def swift(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["480", "482", "490"])),
            "namespace": G(lambda f: "com.trialbridge.participant"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(hb),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "en-ZA"])),
        "network": {
            "wifi": G(hb),
            "cellular": G(hb),
            "carrier": G(lambda f: f.pick(["Verizon", "AT&T", "T-Mobile", "Vodacom"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Denver", "Africa/Johannesburg"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(f),
    }


def kotlin(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.1", "4.9.0"])),
            "build": G(lambda f: f.pick(["40801", "40802", "40900"])),
            "namespace": G(lambda f: "com.trialbridge.participant"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Redmi Note 13", "Pixel 7a", "moto g54"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "lynx", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(hb),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "en-US", "en-ZA", "zu-ZA"])),
        "network": {
            "wifi": G(hb),
            "cellular": G(hb),
            "carrier": G(lambda f: f.pick(["Play", "Orange PL", "MTN", "T-Mobile"])),
            "bluetooth": G(hb),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Africa/Johannesburg", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 13 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(f),
    }


def rn(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge Sites"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "com.trialbridge.sites"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X710", "iPhone15,3", "Pixel Tablet"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android", "iOS"])),
            "version": G(lambda f: f.pick(["17.4", "14", "17.5.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 1600, 393])),
            "height": G(lambda f: f.pick([1180, 2560, 852])),
        },
        "network": {"wifi": G(hb), "cellular": G(hb)},
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Warsaw", "Africa/Johannesburg"])),
        "traits": {
            "email": Y(work_email, "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "role": G(lambda f: f.pick(["coordinator", "investigator", "sub_investigator", "pharmacist"])),
        },
    }


def flutter(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TrialBridge ZA"),
            "version": G(lambda f: f.pick(["1.12.0", "1.12.3", "1.13.0"])),
            "build": G(lambda f: f.pick(["112", "1123", "113"])),
            "namespace": G(lambda f: "za.trialbridge.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "HUAWEI", "Apple", "HONOR"])),
            "model": G(lambda f: f.pick(["SM-A145F", "ELS-NX9", "iPhone13,2", "HONOR X7b"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "12", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2400, 844])),
        },
        "network": {
            "wifi": G(hb),
            "cellular": G(hb),
            "carrier": G(lambda f: f.pick(["Vodacom", "MTN", "Cell C", "Telkom"])),
        },
        "locale": G(lambda f: f.pick(["en-ZA", "af-ZA", "zu-ZA", "xh-ZA"])),
        "timezone": G(lambda f: "Africa/Johannesburg"),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-34.1, -25.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(18.3, 31.1), 6), "geolocation"),
            "country": G(lambda f: "ZA"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.2", "2.1.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.NET": ["3.8.1"],
}


def server(lib: str):
    def context(f: Fake):
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
        }
        if lib in ("@segment/analytics-node", "analytics-python"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        return ctx

    return context


CONTEXTS = {
    "web": web,
    "prescreen": lambda f: web(f, ("/prescreen", "/prescreen/step-2", "/prescreen/step-3")),
    "consent": lambda f: web(f, ("/consent", "/consent/sign", "/consent/review")),
    "dash": web_dash,
    "swift": swift,
    "kotlin": kotlin,
    "rn": rn,
    "flutter": flutter,
    "python": server("analytics-python"),
    "node": server("@segment/analytics-node"),
    "go": server("analytics-go"),
    "java": server("analytics-java"),
    "ruby": server("analytics-ruby"),
    "php": server("analytics-php"),
    "dotnet": server("Analytics.NET"),
}


# -- events ------------------------------------------------------------------------------------


def ae_narrative(f: Fake) -> str:
    s = f.pick(SYMPTOMS)
    a, b = f.r.randint(1, 9), f.r.randint(1, 6)
    return f.pick(
        [
            f"Participant reported {s} starting {a} days after dose {b}; resolved without treatment.",
            f"Pt called site re: {s}, onset evening of visit {b + 1}. Advised paracetamol, follow-up booked.",
            f"{s.capitalize()} noted at week {a * 2} visit, grade {min(b, 3)}, PI: possibly related.",
            f"Ongoing {s} since last dose, participant keeping diary.",
        ]
    )


def call_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Left voicemail at {p}, will retry Thursday",
            f"Participant asked us to use her daughter's number {p}",
            f"Reached on {p}, confirmed visit 3 time",
            f"No answer on home line, new mobile {p}",
            f"Wrong number on file, correct one is {p}",
        ]
    )


def chatbot_text(f: Fake) -> str:
    p = phone(f)
    return f.pick([p, f"you can call me at {p}", f"my cell is {p} after 5pm", f"{p} thanks", f"Call {p} pls"])


def referral_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, I joined a paid study and thought of you",
            f"{n} - this is the trial I told you about",
            f"Hey {n}! They cover travel too",
            f"{n}, check this out, my code is in the link",
        ]
    )


def form_value(f: Fake) -> str:
    return f.pick([email(f), phone(f)])


def search_q(f: Fake) -> str:
    return f.pick([full(f), email(f), last(f), f"{last(f)}, {first(f)}", email(f)])


def chip_label(f: Fake) -> str:
    reg = region(f)
    return f.pick(
        [
            f"{last(f, reg)}, {first(f, reg)}",
            f"{first(f, reg)} {last(f, reg)[0]}.",
            f"{first(f, reg)} {last(f, reg)} ({f.r.randint(1000, 9999)})",
        ]
    )


def trial_query(f: Fake) -> str:
    c = f.pick(CONDITIONS)
    return f.pick([c, f"{c} trial", f"{c} study near me", f"paid {c} studies", f"{c} badania kliniczne"])


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["KIT-SAL-01", "KIT-BPC-02", "KIT-SPI-03", "KIT-CGM-04", "KIT-ECG-05"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Saliva Collection Kit",
                    "Blood Pressure Cuff",
                    "Home Spirometer",
                    "CGM Starter Pack",
                    "Single-lead ECG Patch",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["Omron", "Vitalograph", "Dexcom", "TrialBridge"])),
        "category": G(lambda f: f.pick(["At-home kits", "Devices", "Sample collection"])),
        "price": G(lambda f: f.pick([0, 0, 19.99, 49.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(
            lambda f: (
                "https://www.trialbridge.example/kits/" + f.pick(["saliva", "bp-cuff", "spirometer", "cgm"])
            )
        ),
    }


EVENTS: list[tuple[str, str | None, str, dict]] = [
    # -- public trial finder and lead capture ---------------------------------------------------
    (
        "page",
        "Trial Finder",
        "web",
        {
            "path": G(lambda f: f.pick(["/trials", "/trials/search", "/pl/badania"])),
            "url": G(
                lambda f: (
                    "https://www.trialbridge.example" + f.pick(["/trials", "/trials/search", "/pl/badania"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Find a clinical trial | TrialBridge", "Znajdź badanie | TrialBridge", "Trials near you"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Trials Searched",
        "web",
        {
            "query": Y(trial_query, "condition", True),
            "condition": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "zip": Y(lambda f: postcode(f), "zipcode"),
            "radius_miles": G(lambda f: f.pick([10, 25, 50, 100])),
            "results_count": G(lambda f: f.r.randint(0, 42)),
            "country_filter": G(lambda f: f.pick(["US", "PL", "ZA"])),
            "remote_only": G(hb),
        },
    ),
    (
        "track",
        "Trial Viewed",
        "web",
        {
            "trial_id": G(lambda f: f"NCT0{f.r.randint(4000000, 6999999)}"),
            "trial_title": G(lambda f: f.pick(STUDY_TITLES)),
            "therapeutic_area": G(
                lambda f: f.pick(["Endocrinology", "Cardiology", "Respiratory", "Hepatology", "Neurology"])
            ),
            "sponsor": G(lambda f: f.pick(SPONSORS)),
            "phase": G(lambda f: f.pick(["Phase 2", "Phase 3", "Phase 2b"])),
            "nearest_site": {
                "site_id": G(site_id),
                "name": G(site_name),
                "city": G(lambda f: f.pick(SITES)[2]),
                "distance_mi": G(lambda f: f.money(1, 80)),
                "lat": G(lambda f: f.pick([29.7107, 41.5043, 33.7866, 52.2297, 50.0647, -26.2485, -33.9144])),
                "lng": G(
                    lambda f: f.pick([-95.3968, -81.6052, -84.3870, 21.0122, 19.9450, 27.8540, 18.6114])
                ),
                "phone": G(
                    lambda f: f.pick(
                        ["+1 713-555-0142", "+48 22 555 01 90", "+27 11 555 0133", "(216) 555-0178"]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        "prescreen",
        {
            "lead_id": G(lambda f: f.uuid()),
            "study_id": G(study),
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "city": Y(lambda f: city(f), "city"),
            "sms_opt_in": G(hb),
            "preferred_language": G(lambda f: f.pick(["en", "es", "pl", "af", "zu"])),
            "referral_source": G(lambda f: f.pick(["facebook", "doctor", "friend", "radio"])),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
        },
    ),
    (
        "track",
        "Prescreener Completed",
        "prescreen",
        {
            "study_id": G(study),
            "prescreener_version": G(lambda f: f.pick(["3.1.0", "3.2.0", "2.9.4"])),
            "eligible": G(hb),
            "disqualifying_criteria_count": G(lambda f: f.r.randint(0, 4)),
            "age": G(lambda f: f.r.randint(18, 84)),
            "age_band": G(lambda f: f.pick(["18-34", "35-49", "50-64", "65+"])),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "transgender man"]), "gender"
            ),
            "race": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "Black or African American",
                            "White",
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
            "diagnosed_conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "conditions_count": G(lambda f: f.r.randint(0, 5)),
            "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "takes_insulin": Y(hb, "medication"),
            "pregnant_or_breastfeeding": Y(hb, "condition"),
            "smoking_status": Y(lambda f: f.pick(["never", "former", "current", "vapes"]), "condition"),
            "icd10_codes": Many(
                Y(lambda f: f.pick(["E11.9", "J45.50", "I50.22", "G43.709", "K75.81", "L40.0"]), "diagnosis"),
                2,
            ),
            "zip_code": Y(lambda f: postcode(f, "us"), "zipcode"),
            "max_travel_miles": G(lambda f: f.pick([10, 25, 50])),
            "has_caregiver": G(hb),
            "is_veteran": RED(hb, "veteran"),
            "uses_wheelchair": RED(hb, "disability"),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
        },
    ),
    (
        "track",
        "Insurance Info Entered",
        "prescreen",
        {
            "study_id": G(study),
            "has_insurance": G(hb),
            "payer_name": G(
                lambda f: f.pick(
                    [
                        "Aetna",
                        "Blue Cross Blue Shield of Texas",
                        "UnitedHealthcare",
                        "Medicaid (TX)",
                        "Humana",
                    ]
                )
            ),
            "plan_type": G(lambda f: f.pick(["PPO", "HMO", "Medicare Advantage", "Medicaid"])),
            "member_id": Y(lambda f: f.pick(["XEH", "W", "ZGP", "H"]) + f.digits(9), "identification"),
            "medicare_number": RED(mbi, "health id"),
            "subscriber_is_self": G(hb),
            "subscriber_name": Y(lambda f: full(f, "us"), "name"),
            "subscriber_dob": Y(dob, "birthdate"),
            "card_front_uploaded": G(hb),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "prescreen",
        {
            "form_id": G(lambda f: f.pick(["lead_v3", "contact_v2", "callback"])),
            "field": G(lambda f: f.pick(["contact", "email_or_phone"])),
            "value": Y(form_value, "email|phone", True),
            "duration_ms": G(lambda f: f.r.randint(300, 14000)),
            "corrections": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Chatbot Answer Captured",
        "web",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "bot": G(lambda f: f.pick(["prescreen-bot", "callback-bot", "faq-bot"])),
            "intent": G(lambda f: "collect_phone"),
            "turn": G(lambda f: f.r.randint(2, 14)),
            "text": Y(chatbot_text, "phone", True),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
    ),
    (
        "identify",
        None,
        "prescreen",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: f.pick(["TX", "OH", "GA", "MZ", "GP", "WC"])),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "PL", "ZA"])),
            },
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "leadStatus": G(lambda f: f.pick(["new", "contacted", "scheduled", "screen_failed"])),
            "emailVerified": G(hb),
            "phoneCount": G(lambda f: f.r.randint(0, 2)),
            "studiesInterested": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "alias",
        None,
        "web",
        {},
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "prescreen",
        {
            "input": Y(lambda f: street(f)[: f.r.randint(8, 14)], "address|street", True),
            "description": Y(full_address, "address", True),
            "place_id": G(lambda f: "ChIJ" + rand(f, 23, ALNUM + "_-")),
            "sessionToken": G(lambda f: f.uuid()),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: f.pick(["google_places", "mapbox", "here"])),
        },
    ),
    # -- Typeform-shaped webhook for a partner prescreener --------------------------------------
    (
        "track",
        "Partner Prescreen Received",
        "python",
        {
            "event_id": G(lambda f: rand(f, 26, string.ascii_uppercase + string.digits)),
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "Xk9pQe", "aB7cD2"])),
                "token": G(lambda f: rand(f, 32, string.ascii_lowercase + string.digits)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {
                    "utm_source": G(lambda f: f.pick(["facebook", "google", "partner_clinic"])),
                    "gclid": Y(gclid, "advertising id"),
                    "study": G(study),
                },
                "definition": {
                    "title": G(
                        lambda f: f.pick(
                            ["Asthma study check", "Heart study eligibility", "Diabetes trial quiz"]
                        )
                    )
                },
                "answers": {
                    "name": {"text": Y(lambda f: full(f), "name", True)},
                    "contact_email": {"email": Y(lambda f: email(f), "email")},
                    "contact_phone": {"phone_number": Y(lambda f: e164(f), "phone")},
                    "born": {"date": Y(dob, "birthdate", True)},
                    "diagnosis": {"choice": {"label": Y(lambda f: f.pick(CONDITIONS), "condition", True)}},
                    "contact_ok": {"boolean": G(hb)},
                },
            },
        },
    ),
    # -- eConsent -----------------------------------------------------------------------------
    (
        "page",
        "eConsent",
        "consent",
        {
            "path": G(lambda f: f.pick(["/consent", "/consent/sign", "/consent/review"])),
            "url": G(
                lambda f: (
                    "https://www.trialbridge.example"
                    + f.pick(["/consent", "/consent/sign", "/consent/review"])
                )
            ),
            "title": G(
                lambda f: f.pick(["Informed consent | TrialBridge", "Sign consent", "Review consent"])
            ),
            "consent_version": G(lambda f: f.pick(["v3.2 (2024-03-11)", "v4.0 PL", "v2.1 ZA-AF"])),
            "section": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Consent Section Viewed",
        "consent",
        {
            "consent_id": G(lambda f: f.uuid()),
            "section_id": G(
                lambda f: f.pick(["risks", "compensation", "privacy", "genetic_samples", "contacts"])
            ),
            "section_index": G(lambda f: f.r.randint(1, 12)),
            "time_on_section_ms": G(lambda f: f.r.randint(2000, 240000)),
        },
    ),
    (
        "track",
        "Consent Signed",
        "consent",
        {
            "consent_id": G(lambda f: f.uuid()),
            "study_id": G(study),
            "consent_form_version": G(lambda f: f.pick(["v3.2 (2024-03-11)", "v4.0 PL", "v2.1 ZA-AF"])),
            "document_sha256": G(lambda f: f.hexid(64)),
            "signer_full_name": Y(lambda f: full(f), "name"),
            "signer_role": G(lambda f: f.pick(["participant", "lar", "parent"])),
            "signature_image": Y(
                lambda f: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + rand(f, 60, ALNUM + "+/"),
                "photo|signature",
            ),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
            "otp_code": RED(otp, "token"),
            "otp_channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "identity_verified": G(hb),
            "comprehension_score": G(lambda f: f.pick([6, 7, 8, 9, 10])),
            "pages_viewed": G(lambda f: f.r.randint(8, 22)),
            "optional_consents": {
                "future_contact": G(hb),
                "genetic_research": G(hb),
                "sample_storage": G(hb),
            },
            "witness_name": Y(lambda f: full(f), "name"),
            "lar_name": Y(lambda f: full(f), "name"),
            "lar_relationship": G(lambda f: f.pick(["spouse", "adult child", "parent", "legal guardian"])),
            "language": G(lambda f: f.pick(["en", "es", "pl", "af", "zu"])),
        },
    ),
    (
        "track",
        "Pediatric Assent Recorded",
        "consent",
        {
            "consent_id": G(lambda f: f.uuid()),
            "child_first_name": Y(lambda f: first(f), "name"),
            "child_dob": Y(lambda f: dob(f, 2008, 2019), "birthdate"),
            "child_age": G(lambda f: f.r.randint(6, 16)),
            "parent_email": Y(lambda f: email(f), "email"),
            "guardian_relationship": G(
                lambda f: f.pick(["mother", "father", "legal guardian", "grandparent"])
            ),
            "assent_method": G(lambda f: f.pick(["verbal", "written", "video"])),
        },
    ),
    (
        "track",
        "Envelope Status Changed",
        "node",
        {
            "event": G(
                lambda f: f.pick(
                    ["envelope-sent", "envelope-delivered", "recipient-completed", "envelope-completed"]
                )
            ),
            "generatedDateTime": G(lambda f: f.iso()),
            "data": {
                "accountId": G(lambda f: f.uuid()),
                "envelopeId": G(lambda f: f.uuid()),
                "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                "envelopeSummary": {
                    "status": G(lambda f: f.pick(["sent", "delivered", "completed"])),
                    "emailSubject": G(
                        lambda f: f.pick(
                            [
                                "Please sign: Informed Consent v3.2",
                                "Proszę podpisać: Zgoda v4.0",
                                "Teken asseblief: Toestemming v2.1",
                            ]
                        )
                    ),
                    "recipients": {
                        "signers": Many(
                            {
                                "name": Y(lambda f: full(f), "name"),
                                "email": Y(lambda f: email(f), "email"),
                                "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                                "status": G(lambda f: f.pick(["sent", "delivered", "completed"])),
                                "clientUserId": G(lambda f: f.uuid()),
                            },
                            2,
                        )
                    },
                },
            },
        },
    ),
    # -- site visits and randomisation ---------------------------------------------------------
    (
        "track",
        "visit-scheduled",
        "node",
        {
            "visit-id": G(lambda f: f.uuid()),
            "participant-id": G(pid),
            "site-code": G(site_id),
            "visit-name": G(lambda f: f.pick(["Screening", "Baseline", "Week 4", "Week 12", "End of Study"])),
            "visit-number": G(lambda f: f.r.randint(1, 12)),
            "scheduled-for": G(lambda f: f.iso()),
            "window-days": G(lambda f: f.pick([3, 5, 7])),
            "reminder-sms": G(hb),
            "booked-by": Y(work_email, "email"),
            "needs-interpreter": G(hb),
            "interpreter-language": G(lambda f: f.pick(["Spanish", "Polish", "isiZulu", "Vietnamese"])),
        },
    ),
    (
        "screen",
        "Visit Check-In",
        "swift",
        {
            "visit_id": G(lambda f: f.uuid()),
            "site_id": G(site_id),
            "checkin_lat": Y(lambda f: round(f.r.uniform(25.0, 47.0), 6), "geolocation"),
            "checkin_lng": Y(lambda f: round(f.r.uniform(-122.0, -71.0), 6), "geolocation"),
            "distance_from_site_m": G(lambda f: f.r.randint(3, 900)),
            "method": G(lambda f: f.pick(["qr", "geofence", "manual"])),
            "early_minutes": G(lambda f: f.r.randint(-20, 45)),
        },
    ),
    (
        "track",
        "Visit Completed",
        "rn",
        {
            "visit_id": G(lambda f: f.uuid()),
            "participant_id": G(pid),
            "participant_initials": Y(initials, "name"),
            "site_id": G(site_id),
            "site_name": G(site_name),
            "visit_name": G(lambda f: f.pick(["Screening", "Baseline", "Week 4", "Week 12", "End of Study"])),
            "procedures_performed": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "ECG",
                            "blood draw",
                            "spirometry",
                            "liver biopsy",
                            "MRI brain",
                            "urine pregnancy test",
                        ]
                    ),
                    "procedure",
                ),
                3,
            ),
            "duration_min": G(lambda f: f.r.randint(20, 240)),
            "protocol_deviation": G(hb),
            "coordinator_email": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "Participant Randomized",
        "java",
        {
            "randomizationId": G(lambda f: f.uuid()),
            "randomizationNumber": G(lambda f: f"R-{f.r.randint(1, 2400):04d}"),
            "participantId": G(pid),
            "studyId": G(study),
            "siteId": G(site_id),
            "stratum": G(lambda f: f.pick(["S1", "S2", "S3", "S4"])),
            "kitNumber": G(lambda f: f.digits(6)),
            "blinded": G(lambda f: True),
            "randomizedBy": Y(work_email, "email"),
            "dateOfBirth": Y(dob, "birthdate"),
            "mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "randomizedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Participant Withdrawn",
        "java",
        {
            "participantId": G(pid),
            "studyId": G(study),
            "reason": G(
                lambda f: f.pick(
                    [
                        "relocation",
                        "schedule_conflict",
                        "adverse_event",
                        "lost_to_follow_up",
                        "withdrew_consent",
                    ]
                )
            ),
            "withdrawnAt": G(lambda f: f.iso()),
            "dataRetentionAgreed": G(hb),
            "visitsCompleted": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Coordinator Call Logged",
        "rn",
        {
            "call_id": G(lambda f: f.uuid()),
            "participant_id": G(pid),
            "direction": G(lambda f: f.pick(["outbound", "inbound"])),
            "outcome": G(lambda f: f.pick(["reached", "voicemail", "no_answer", "wrong_number"])),
            "note": Y(call_note, "phone", True),
            "duration_sec": G(lambda f: f.r.randint(0, 1200)),
            "follow_up_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Participants Searched",
        "dash",
        {
            "q": Y(search_q, "name|email", True),
            "study_id": G(study),
            "status_filter": G(lambda f: f.pick(["all", "screening", "enrolled", "completed"])),
            "results": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Participant Card Opened",
        "dash",
        {
            "label": Y(chip_label, "name", True),
            "participant_id": G(pid),
            "tab": G(lambda f: f.pick(["overview", "visits", "payments", "documents"])),
            "from_view": G(lambda f: f.pick(["list", "calendar", "search"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        {
            "contact_name": Y(lambda f: full(f), "name"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "friend", "sister"])),
            "is_caregiver": G(hb),
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
            "has_emergency_contact": G(lambda f: True),
        },
    ),
    # -- eDiary and adverse events -------------------------------------------------------------
    (
        "track",
        "Friend Referred",
        "swift",
        {
            "referral_code": G(lambda f: rand(f, 8, string.ascii_uppercase + string.digits)),
            "friend_name": Y(lambda f: full(f), "name"),
            "friend_email": Y(lambda f: email(f), "email"),
            "friend_phone": Y(lambda f: phone(f), "phone"),
            "message": Y(referral_message, "name", True),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([25, 50, 100])),
        },
    ),
    (
        "track",
        "Dose Logged",
        "flutter",
        {
            "diary_entry_id": G(lambda f: f.uuid()),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose_mg": G(lambda f: f.pick([5, 10, 20, 500, 1000])),
            "taken_at": G(lambda f: f.iso()),
            "dose_taken": G(hb),
            "missed_reason": G(lambda f: f.pick(["forgot", "travel", "felt unwell", "none"])),
            "side_effects": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 2),
            "streak_days": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "screen",
        "Symptom Diary",
        "kotlin",
        {
            "symptom": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "severity": G(lambda f: f.pick(["mild", "moderate", "severe"])),
            "entries_this_week": G(lambda f: f.r.randint(0, 14)),
            "reminder_enabled": G(hb),
        },
    ),
    (
        "track",
        "Adverse Event Reported",
        "python",
        {
            "ae_id": G(lambda f: "AE-" + f.digits(6)),
            "participant_id": G(pid),
            "study_id": G(study),
            "ae_term": Y(
                lambda f: f.pick([*SYMPTOMS, "pneumonia", "hypoglycaemia", "elevated ALT"]),
                "condition|diagnosis",
            ),
            "severity_grade": G(lambda f: f.r.randint(1, 4)),
            "serious": G(hb),
            "outcome": G(lambda f: f.pick(["recovered", "recovering", "not recovered", "unknown"])),
            "causality": G(lambda f: f.pick(["related", "possibly related", "unrelated"])),
            "onset_date": G(lambda f: f.date(2023, 2024)),
            "narrative": Y(ae_narrative, "condition", True),
            "concomitant_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "reporter_name": Y(lambda f: full(f), "name"),
            "reporter_email": Y(work_email, "email"),
            "reported_via": G(lambda f: f.pick(["ediary", "phone", "site_visit"])),
            "meddra_version": G(lambda f: f.pick(["26.1", "27.0"])),
        },
    ),
    (
        "track",
        "Rx Refill Requested",
        "swift",
        {
            "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacy_name": G(
                lambda f: f.pick(["CVS Pharmacy #4412", "Walgreens #10233", "H-E-B Pharmacy"])
            ),
            "pharmacy_phone": G(lambda f: f.pick(["(713) 555-0102", "(216) 555-0144", "(404) 555-0190"])),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "takes_blood_thinner": Y(hb, "medication"),
            "delivery": G(lambda f: f.pick(["pickup", "mail"])),
        },
    ),
    # -- at-home kits (e-commerce spec) -------------------------------------------------------
    ("track", "Product Viewed", "web", {**product(), "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"]))}),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.pick([0, 19.99, 49.0, 68.99])),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "shipping": G(lambda f: f.pick([0, 0, 5.99])),
            "coupon": G(lambda f: f.pick(["", "SPONSORPAID", "STUDYKIT"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Order Completed",
        "python",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "order_number": G(lambda f: "KO-" + f.digits(7)),
            "total": G(lambda f: f.pick([0, 19.99, 49.0])),
            "revenue": G(lambda f: f.pick([0, 19.99, 49.0])),
            "tax": G(lambda f: f.pick([0, 1.65, 4.04])),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "paid_by_sponsor": G(hb),
            "products": Many(product(), 2),
            "shipping_address": {
                "name": Y(lambda f: full(f), "name"),
                "line1": Y(lambda f: street(f), "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 4B", "m. 12", "Unit 7", "Flat 3"]), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "state": G(lambda f: f.pick(["TX", "OH", "MZ", "GP"])),
                "country": G(lambda f: f.pick(["US", "PL", "ZA"])),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "delivery_instructions": G(
                lambda f: f.pick(
                    ["Leave with neighbour", "Ring bell", "", "Do not leave outside: temperature sensitive"]
                )
            ),
            "tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
            "cold_chain": G(hb),
        },
    ),
    # -- stipends and travel -------------------------------------------------------------------
    (
        "track",
        "StipendPaid",
        "dotnet",
        {
            "PaymentId": G(lambda f: f.uuid()),
            "ParticipantId": G(pid),
            "StudyId": G(study),
            "VisitNumber": G(lambda f: f.r.randint(1, 12)),
            "Amount": G(lambda f: f.pick([50, 75, 100, 150, 250])),
            "Currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "PayoutMethod": G(lambda f: f.pick(["prepaid_card", "ach", "eft", "push_to_debit"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardToken": RED(lambda f: "ctok_" + rand(f, 24), "token"),
            "PayeeName": Y(lambda f: full(f), "name"),
            "TaxIdLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "Form1099Required": G(hb),
            "YtdTotal": G(lambda f: f.money(50, 3000)),
        },
    ),
    (
        "track",
        "TaxFormSubmitted",
        "dotnet",
        {
            "FormType": G(lambda f: f.pick(["W-9", "W-8BEN"])),
            "ParticipantId": G(pid),
            "LegalName": Y(lambda f: full(f, "us"), "name"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "MailingAddress": Y(lambda f: full_address(f, "us"), "address"),
            "TinMatchStatus": G(lambda f: f.pick(["matched", "pending", "mismatch"])),
            "SignedElectronically": G(hb),
            "SubmittedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Method Added",
        "swift",
        {
            "method": G(lambda f: f.pick(["push_to_debit", "ach"])),
            "debit_card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "discover"])),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "601100", "400022"])),
            "routing_number": G(routing),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_holder": Y(lambda f: full(f, "us"), "name"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "verified_via": G(lambda f: f.pick(["micro_deposits", "instant", "plaid"])),
        },
    ),
    (
        "track",
        "Travel Reimbursement Submitted",
        "web",
        {
            "claim_id": G(lambda f: "TR-" + f.digits(7)),
            "visit_id": G(lambda f: f.uuid()),
            "mileage_miles": G(lambda f: f.money(2, 180)),
            "start_address": Y(lambda f: full_address(f, "us"), "address"),
            "parking_plate": Y(lambda f: plate(f, "us"), "license"),
            "receipts": Many(
                {
                    "merchant": G(lambda f: f.pick(["SP+ Parking", "Uber", "Shell", "Marriott", "Chipotle"])),
                    "amount": G(lambda f: f.money(3, 220)),
                    "category": G(lambda f: f.pick(["parking", "fuel", "meals", "lodging", "rideshare"])),
                    "image_url": G(lambda f: f"https://files.trialbridge.example/receipts/{f.uuid()}.jpg"),
                },
                3,
            ),
            "purpose": G(
                lambda f: f.pick(
                    [
                        "Parking for week 4 visit",
                        "Gas to site",
                        "Hotel night before baseline",
                        "Lunch during infusion",
                    ]
                )
            ),
            "total_claimed": G(lambda f: f.money(5, 600)),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Ride Requested",
        "go",
        {
            "request_id": G(lambda f: f.uuid()),
            "rider": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "phone_number": Y(lambda f: phone(f, "us"), "phone"),
            },
            "pickup": {
                "latitude": Y(lambda f: round(f.r.uniform(29.5, 41.8), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-98.0, -81.0), 6), "geolocation"),
                "address": Y(lambda f: full_address(f, "us"), "address"),
            },
            "dropoff": {
                "address": G(
                    lambda f: f.pick(
                        [
                            "6565 Fannin St, Houston, TX 77030",
                            "9500 Euclid Ave, Cleveland, OH 44195",
                            "550 Peachtree St NE, Atlanta, GA 30308",
                        ]
                    )
                ),
                "place_name": G(site_name),
            },
            "wheelchair_accessible_vehicle": RED(hb, "disability"),
            "service_animal": RED(hb, "disability"),
            "service_animal_name": G(lambda f: f.pick(["Biscuit", "Luna", "Major", "Pepper"])),
            "caregiver_riding": G(hb),
            "fare_estimate": G(lambda f: f.money(12, 95)),
            "status": G(lambda f: f.pick(["processing", "accepted", "arriving", "completed"])),
        },
    ),
    (
        "track",
        "Travel Booked",
        "ruby",
        {
            "booking_ref": G(lambda f: rand(f, 6, string.ascii_uppercase)),
            "traveler_name": Y(lambda f: full(f), "name"),
            "traveler_dob": Y(dob, "birthdate"),
            "companion_name": Y(lambda f: full(f), "name"),
            "airline": G(lambda f: f.pick(["Delta", "LOT Polish Airlines", "FlySafair", "United"])),
            "flight_number": G(lambda f: f.pick(["DL1423", "LO3903", "FA212", "UA5517"])),
            "frequent_flyer_number": G(lambda f: f.digits(10)),
            "hotel_name": G(
                lambda f: f.pick(
                    ["Hilton Houston Medical Center", "Novotel Kraków City West", "Protea Hotel Parktonian"]
                )
            ),
            "hotel_confirmation": G(lambda f: f.digits(9)),
            "origin_city": Y(lambda f: city(f), "city"),
            "destination_city": G(lambda f: f.pick(SITES)[2]),
            "total_cost": G(lambda f: f.money(120, 1800)),
            "loyalty_number": G(lambda f: f.pick(["HH", "MR"]) + f.digits(9)),
        },
    ),
    # -- Polish site backend (PHP) --------------------------------------------------------------
    (
        "identify",
        None,
        "php",
        {
            "imię": Y(lambda f: first(f, "pl"), "name"),
            "nazwisko": Y(lambda f: last(f, "pl"), "name"),
            "pesel": RED(pesel, "national id"),
            "telefon": Y(lambda f: pl_phone(f), "phone"),
            "adres_email": Y(lambda f: email(f, "pl"), "email"),
            "data_urodzenia": Y(dob, "birthdate"),
            "płeć": Y(lambda f: f.pick(["K", "M", "kobieta", "mężczyzna"]), "gender|sex"),
            "ośrodek": G(
                lambda f: f.pick(
                    [
                        "Centrum Badań Klinicznych Mazowsze",
                        "Krakowskie Centrum Medyczne",
                        "Poznańskie Centrum Badań",
                    ]
                )
            ),
            "status_uczestnika": G(lambda f: f.pick(["skrining", "zrandomizowany", "zakończony"])),
            "zgoda_marketingowa": G(hb),
        },
    ),
    (
        "track",
        "Wizyta Zarejestrowana",
        "php",
        {
            "uczestnik_id": G(pid),
            "numer_wizyty": G(lambda f: f.r.randint(1, 12)),
            "typ_wizyty": G(lambda f: f.pick(["skrining", "randomizacja", "kontrolna", "zakończenie"])),
            "data_wizyty": G(lambda f: f.iso()),
            "lekarz_prowadzący": Y(lambda f: "dr " + full(f, "pl"), "name"),
            "nr_dowodu": RED(pl_id_card, "national id"),
            "ciąża": Y(hb, "condition"),
            "palacz": Y(hb, "condition"),
            "choroby_przewlekłe": Many(
                Y(
                    lambda f: f.pick(["cukrzyca typu 2", "astma", "nadciśnienie", "POChP", "migrena"]),
                    "condition",
                ),
                2,
            ),
            "leki": Many(
                Y(lambda f: f.pick(["metformina", "bisoprolol", "salbutamol", "ramipryl"]), "medication"), 2
            ),
            "uwagi": G(
                lambda f: f.pick(
                    ["Pacjent prosi o termin rano", "Brak uwag", "Przełożono wizytę", "Potrzebny tłumacz"]
                )
            ),
        },
    ),
    (
        "track",
        "Zwrot Kosztów Podróży",
        "php",
        {
            "uczestnik_id": G(pid),
            "numer_konta": RED(pl_iban, "bank account"),
            "właściciel_rachunku": Y(lambda f: full(f, "pl"), "name"),
            "kwota": G(lambda f: f.money(20, 400)),
            "waluta": G(lambda f: "PLN"),
            "kilometry": G(lambda f: f.r.randint(4, 260)),
            "nr_rejestracyjny": Y(lambda f: plate(f, "pl"), "license"),
            "adres": {
                "ulica": Y(lambda f: street(f, "pl"), "address|street"),
                "kod_pocztowy": Y(lambda f: postcode(f, "pl"), "zipcode"),
                "miejscowość": Y(lambda f: city(f, "pl"), "city"),
            },
            "tytuł_przelewu": G(
                lambda f: f.pick(["Zwrot kosztów wizyty 3", "Zwrot kosztów dojazdu", "Rekompensata wizyta 5"])
            ),
            "zatwierdzone": G(hb),
        },
    ),
    # -- South African site backend (Afrikaans labels) -----------------------------------------
    (
        "identify",
        None,
        "java",
        {
            "Naam": Y(lambda f: first(f, "za"), "name"),
            "Van": Y(lambda f: last(f, "za"), "name"),
            "ID-nommer": RED(za_id, "national id"),
            "Selfoonnommer": Y(lambda f: za_phone(f), "phone"),
            "E-posadres": Y(lambda f: email(f, "za"), "email"),
            "Geboortedatum": Y(dob, "birthdate"),
            "Geslag": Y(lambda f: f.pick(["Vroulik", "Manlik", "Ander"]), "gender|sex"),
            "Taal": G(lambda f: f.pick(["Afrikaans", "isiZulu", "English", "isiXhosa", "Sesotho"])),
            "Mediese Fonds": G(lambda f: f.pick(["Discovery Health", "Bonitas", "GEMS", "Momentum Health"])),
            "Lidnommer": Y(lambda f: f.digits(9), "identification"),
            "Poskode": Y(lambda f: postcode(f, "za"), "zipcode"),
            "Provinsie": G(lambda f: f.pick(["Gauteng", "Wes-Kaap", "KwaZulu-Natal", "Vrystaat"])),
        },
    ),
    (
        "track",
        "Betaling Uitbetaal",
        "java",
        {
            "Deelnemer": G(pid),
            "Rekeninghouer": Y(lambda f: full(f, "za"), "name"),
            "Bankrekeningnommer": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
            "Takkode": G(lambda f: f.pick(["250655", "051001", "632005", "198765", "470010"])),
            "Bank": G(lambda f: f.pick(["FNB", "Standard Bank", "Absa", "Nedbank", "Capitec"])),
            "Bedrag": G(lambda f: f.pick([150, 300, 450, 600])),
            "Geldeenheid": G(lambda f: "ZAR"),
            "Besoek": G(lambda f: f.r.randint(1, 10)),
            "Verwysing": G(lambda f: "TB-" + f.digits(6)),
            "Goedgekeur": G(hb),
        },
    ),
    (
        "track",
        "Site Check-In",
        "flutter",
        {
            "visit_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f.pick(["ZA-GT-005", "ZA-WC-009"])),
            "id_number": RED(za_id, "national id"),
            "medical_aid_number": Y(lambda f: f.digits(9), "identification"),
            "passport_number": RED(lambda f: f.pick(["FN", "EN", "DN"]) + f.digits(6), "passport"),
            "taxi_fare_rand": G(lambda f: f.pick([40, 65, 90, 120])),
            "home_area": Y(
                lambda f: f.pick(
                    ["Diepkloof, Soweto", "Khayelitsha Site C", "Mamelodi East", "Bellville South"]
                ),
                "address|city",
            ),
            "whatsapp_opt_in": G(hb),
        },
    ),
    # -- investigator and coordinator accounts -------------------------------------------------
    (
        "identify",
        None,
        "dash",
        {
            "email": Y(work_email, "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Principal Investigator",
                        "Clinical Research Coordinator",
                        "Sub-Investigator",
                        "Site Director",
                    ]
                )
            ),
            "role": G(lambda f: f.pick(["investigator", "coordinator", "sponsor_viewer", "admin"])),
            "employer": G(site_name),
            "medicalLicenseNumber": Y(lambda f: f.pick(["MD", "K", "L"]) + f.digits(6), "license"),
            "gcpCertificateNumber": Y(lambda f: "CITI-" + f.digits(8), "certificate"),
            "gcpCertificateExpires": G(lambda f: f.date(2025, 2027)),
            "hourlyRate": Y(lambda f: f.pick([28.5, 34.0, 41.25, 55.0, 62.0]), "salary"),
            "avatarUrl": Y(lambda f: f"https://cdn.trialbridge.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "mfaEnabled": G(hb),
            "lastLoginIp": Y(lambda f: f.ipv4(), "ip"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Staff Invited",
        "dash",
        {
            "invitee_email": Y(work_email, "email"),
            "invitee_role": G(lambda f: f.pick(["coordinator", "investigator", "monitor", "pharmacist"])),
            "invite_token": RED(magic, "token"),
            "invited_by": G(lambda f: "usr_" + f.hexid(12)),
            "site_id": G(site_id),
            "invites_remaining": G(lambda f: f.r.randint(0, 20)),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed In",
        "node",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "sso_azure", "sso_okta"])),
            "magic_link_token": RED(magic, "token"),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "webauthn", "none"])),
            "login_count": G(lambda f: f.r.randint(1, 900)),
            "session_id": G(lambda f: f.uuid()),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "attempted_username": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "Password Changed",
        "dash",
        {
            "new_password": RED(
                lambda f: f.pick(
                    ["Kraków2024!", "Summer#Trial9", "p@ssw0rdPI", "Soweto!7788", "H0uston-Resrch"]
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "previous_password_age_days": G(lambda f: f.r.randint(10, 400)),
            "forced_by_policy": G(hb),
        },
    ),
    (
        "track",
        "Staff Onboarding Completed",
        "go",
        {
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "employer": G(site_name),
            "job_title": G(
                lambda f: f.pick(
                    ["Clinical Research Coordinator II", "Research Nurse", "Regulatory Specialist"]
                )
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "work_authorization": RED(
                lambda f: f.pick(
                    ["US citizen", "Permanent resident", "H-1B, sponsorship required", "OPT EAD"]
                ),
                "visa",
            ),
            "background_check_status": G(lambda f: f.pick(["clear", "pending", "consider"])),
            "personal_email": Y(lambda f: email(f, "us"), "email"),
            "home_address": Y(lambda f: full_address(f, "us"), "address"),
            "emergency_contact_name": Y(lambda f: full(f, "us"), "name"),
            "emergency_contact_phone": Y(lambda f: us_phone(f), "phone"),
            "annual_salary": Y(lambda f: f.r.randint(52000, 118000), "salary"),
            "direct_deposit_account": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "direct_deposit_routing": G(routing),
        },
    ),
    # -- sponsor dashboards --------------------------------------------------------------------
    (
        "group",
        None,
        "dash",
        {
            "name": G(lambda f: f.pick(SPONSORS)),
            "industry": G(lambda f: f.pick(["Pharmaceuticals", "Biotechnology", "CRO"])),
            "employees": G(lambda f: f.pick([40, 350, 2200, 18000])),
            "plan": G(lambda f: f.pick(["sponsor_pro", "sponsor_enterprise", "site_network"])),
            "website": G(
                lambda f: f.pick(
                    ["https://novaterra.example", "https://helixbio.example", "https://karoo-tx.example"]
                )
            ),
            "billing_email": G(
                lambda f: f.pick(
                    ["ap@novaterra.example", "invoices@helixbio.example", "finance@karoo-tx.example"]
                )
            ),
            "support_phone": G(lambda f: f.pick(["+1 617-555-0100", "+41 61 555 01 00", "+27 21 555 0100"])),
            "headquarters": {
                "street": G(lambda f: f.pick(["100 Binney St", "Aeschenvorstadt 36", "1 Dock Road"])),
                "city": G(lambda f: f.pick(["Cambridge", "Basel", "Cape Town"])),
                "country": G(lambda f: f.pick(["US", "CH", "ZA"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "active_studies": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "page",
        "Enrollment Dashboard",
        "dash",
        {
            "path": G(lambda f: f.pick(["/reports/enrollment", "/studies", "/reports/sites"])),
            "url": G(
                lambda f: (
                    "https://app.trialbridge.example"
                    + f.pick(["/reports/enrollment", "/studies", "/reports/sites"])
                )
            ),
            "title": G(
                lambda f: f.pick(["Enrollment · TrialBridge", "Studies · TrialBridge", "Sites · TrialBridge"])
            ),
            "dashboard_id": G(lambda f: "dsh_" + f.hexid(8)),
            "date_range": G(lambda f: f.pick(["last_7_days", "last_30_days", "study_to_date"])),
        },
    ),
    (
        "track",
        "Site Performance Viewed",
        "dash",
        {
            "study_id": G(study),
            "sites": Many(
                {
                    "site_id": G(site_id),
                    "site_name": G(site_name),
                    "city": G(lambda f: f.pick(SITES)[2]),
                    "principal_investigator": Y(lambda f: "Dr. " + full(f), "name"),
                    "screened": G(lambda f: f.r.randint(0, 300)),
                    "enrolled": G(lambda f: f.r.randint(0, 80)),
                    "screen_fail_rate": G(lambda f: round(f.r.uniform(0.1, 0.7), 3)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Enrollment Report Exported",
        "dash",
        {
            "report_id": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "row_count": G(lambda f: f.r.randint(10, 9000)),
            "include_pii": G(hb),
            "recipient_email": Y(work_email, "email"),
            "filters": {
                "country": Many(G(lambda f: f.pick(["US", "PL", "ZA"])), 3),
                "status": G(lambda f: f.pick(["all", "enrolled", "screen_failed"])),
                "study_id": G(study),
            },
        },
    ),
    (
        "track",
        "Monitoring Visit Scheduled",
        "dash",
        {
            "monitoring_visit_id": G(lambda f: f.uuid()),
            "cra_name": Y(lambda f: full(f), "name"),
            "cra_email": Y(work_email, "email"),
            "cra_mobile": Y(lambda f: phone(f), "phone"),
            "site_id": G(site_id),
            "site_address": G(
                lambda f: f.pick(
                    [
                        "6565 Fannin St, Houston, TX 77030",
                        "ul. Banacha 1a, 02-097 Warszawa",
                        "Francie van Zijl Dr, Tygerberg, 7505",
                    ]
                )
            ),
            "visit_type": G(lambda f: f.pick(["SIV", "IMV", "COV", "remote"])),
            "planned_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        "node",
        {
            "id": G(lambda f: "evt_" + rand(f, 24)),
            "type": G(lambda f: "payment_method.attached"),
            "data": {
                "object": {
                    "id": RED(pm_token, "token", True),
                    "customer": G(lambda f: "cus_" + rand(f, 14)),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: f.pick(["US", "CH", "ZA"])),
                    },
                    "billing_details": {
                        "name": Y(lambda f: full(f), "name"),
                        "email": Y(work_email, "email"),
                        "address": {
                            "line1": Y(lambda f: street(f), "address|street"),
                            "city": Y(lambda f: city(f), "city"),
                            "postal_code": Y(lambda f: postcode(f), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "PL", "ZA"])),
                        },
                    },
                }
            },
        },
    ),
    (
        "track",
        "Subscription Upgraded",
        "dash",
        {
            "plan_from": G(lambda f: f.pick(["site_basic", "sponsor_pro"])),
            "plan_to": G(lambda f: f.pick(["sponsor_pro", "sponsor_enterprise", "site_network"])),
            "seats": G(lambda f: f.r.randint(3, 150)),
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "payment_method_id": RED(pm_token, "token"),
        },
    ),
    # -- vendor webhooks -----------------------------------------------------------------------
    (
        "track",
        "Email Event",
        "python",
        {
            "email": Y(lambda f: email(f), "email"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "smtp-id": G(
                lambda f: f"<{f.hexid(12)}.{f.hexid(4)}@ismtpd{f.r.randint(1, 999)}p1mdw1.sendgrid.net>"
            ),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["visit_reminder", "consent", "stipend", "newsletter"])), 2),
            "sg_message_id": G(
                lambda f: (
                    f"{rand(f, 22)}.filterdrecv-{f.r.randint(1, 99)}-{rand(f, 5)}-1-"
                    f"{f.hexid(8).upper()}-{f.r.randint(1, 40)}-0"
                )
            ),
            "useragent": G(lambda f: f.pick(UAS_WEB)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                lambda f: f.pick(
                    ["https://www.trialbridge.example/visits", "https://www.trialbridge.example/consent"]
                )
            ),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "no-reply@trialbridge.example",
                        "support@trialbridge.example",
                        "studyteam@trialbridge.example",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Inbound SMS",
        "ruby",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: e164(f), "phone", True),
            "To": G(lambda f: f.pick(["+17135550142", "+48225550190", "+27115550133"])),
            "Body": G(
                lambda f: f.pick(
                    ["YES", "STOP", "C", "Can I move my visit to Thursday?", "Running 10 min late", "1"]
                )
            ),
            "FromCity": Y(
                lambda f: f.pick(["HOUSTON", "CLEVELAND", "ATLANTA", "WARSZAWA", "JOHANNESBURG"]), "city"
            ),
            "FromState": G(lambda f: f.pick(["TX", "OH", "GA", ""])),
            "FromZip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            "FromCountry": G(lambda f: f.pick(["US", "PL", "ZA"])),
        },
    ),
    (
        "track",
        "Call Status Updated",
        "ruby",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "Caller": Y(lambda f: e164(f, "us"), "phone", True),
            "Called": G(lambda f: f.pick(["+17135550142", "+12165550178", "+14045550190"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-api"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "go",
        {
            "event_name": G(lambda f: f.pick(["Lead", "CompleteRegistration", "Schedule"])),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            },
            "custom_data": {"study": G(study), "value": G(lambda f: f.pick([0, 25, 40]))},
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaign_id": G(lambda f: "cmp_" + f.hexid(8)),
            "title": G(
                lambda f: f.pick(
                    ["Twoja wizyta jutro", "Your Week 4 visit is tomorrow", "Time for your diary entry"]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["trialbridge://visits", "trialbridge://diary", "trialbridge://payments"])
            ),
        },
    ),
    (
        "screen",
        "Payments",
        "kotlin",
        {
            "balance_due": G(lambda f: f.money(0, 900)),
            "payments_count": G(lambda f: f.r.randint(0, 12)),
            "card_status": G(lambda f: f.pick(["active", "pending_activation", "locked"])),
            "card_activation_code": RED(lambda f: f.digits(8), "token"),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "PARTICIPANT_ID": G(pid),
            "EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "MOBILE_PHONE": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "ENROLLMENT_STATUS": G(lambda f: f.pick(["SCREENING", "ENROLLED", "COMPLETED", "WITHDRAWN"])),
            "STUDY_CODE": G(study),
            "SITE_CODE": G(site_id),
            "LIFETIME_STIPEND_USD": G(lambda f: f.money(0, 3000)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "HOME_ZIP": Y(lambda f: postcode(f, "us"), "zipcode"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
            "IS_VETERAN": RED(hb, "veteran"),
        },
    ),
    (
        "track",
        "Screen Failure Recorded",
        "python",
        {
            "PARTICIPANT_ID": G(pid),
            "STUDY_CODE": G(study),
            "FAILED_CRITERION": G(lambda f: f.pick(["INC-03", "EXC-07", "EXC-12", "INC-01"])),
            "HBA1C_RESULT": Y(lambda f: round(f.r.uniform(5.8, 11.5), 1), "condition|diagnosis"),
            "PREGNANCY_TEST_POSITIVE": Y(hb, "condition"),
            "RESCREEN_ALLOWED": G(hb),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.hexid(10)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=221, repeats=30)
    write(Path(__file__).parent, "holdout221_", events, labels)
