"""Writes holdout292: tests/corpus/holdout292_events.jsonl and holdout292_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any other holdout builder (build_holdout3.py was read for its format only),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout292`
(seeded, deterministic).

Domain: an outpatient addiction-treatment and opioid-agonist-therapy service (methadone,
buprenorphine) with a patient app and a clinic dashboard, in the US (42 CFR Part 2 consent),
Portugal and Australia. Covers intake and assessment (substance-use history, AUDIT / ASSIST /
DAST scores), consent to disclose, clinic dosing and take-home doses, urine drug screens,
counselling and group attendance, peer-support check-ins and craving logs, naloxone kits
(including an e-commerce order), prescriptions and pharmacy dispensing, payments (Stripe, card
virtual terminal, ACH, MB WAY / Multibanco, AU refunds), US insurance and Medicare, Australian
Medicare / IHI claims, emergency contacts, secure messaging, push, SMS (Twilio-shaped) and
e-mail (SendGrid-shaped) webhooks, Meta CAPI, Google Places autocomplete, NEMT rides, staff
shifts and hiring, a reverse-ETL warehouse sync, group calls for clinics and an alias call.

Clients: analytics.js (patient portal, clinic dashboard, marketing site: page, userAgentData,
campaign, consent), analytics-swift, analytics-kotlin (with context.location),
analytics-react-native, analytics_flutter (context.traits copied from identify), and the server
libraries python, node (context.externalIds), go, java, ruby, php and Analytics.NET.

Conventions: mostly camelCase and snake_case; PascalCase from the .NET dispensing service and
Twilio; kebab-case from a telehealth vendor; SCREAMING_SNAKE from the warehouse sync;
Portuguese keys from the Portuguese backends (`nomeCompleto`, `numeroUtente`, `telemovel`).
Values for many cultures and national formats; checksummed ids are valid (Luhn cards, NPI and
IHI; mod-97 IBAN and NIB; NIF and Cartão de Cidadão check characters; Medicare AU check digit;
Medicare provider number check letter; ABA routing checksum; SSA-structured SSNs; MBI format).

Labelling rules (the product's defaults and its published policy, applied as written):
- PII: values that are personal data about a natural person (patient, recipient, contact,
  dependant, staff member, applicant). Colour is the reference matcher's default; outside the
  reference: red for secrets/credentials, card numbers, bank accounts, government ids and
  health ids; yellow otherwise.
- Green: ids we issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans (even under PII-sounding keys), product / clinic /
  pharmacy / company names, places that are not the person's (a clinic's or pharmacy's address
  and phone, a travel destination for courtesy dosing), country, state, district, locale,
  language, timezone, currency, user agents, OS-issued device ids; card brand, last four,
  expiry; routing numbers and BSBs.
- Policy: claim, member-of-our-service and customer numbers green; ages and age bands green
  (also `age_first_use`); marital status, employment and job titles green; insurer member ids
  and Medicaid ids yellow `identification`; Rx / script numbers yellow `medication`; pay and
  household income yellow `salary`; plates yellow `license`; gclid / fbclid / fbp / fbc yellow
  `advertising id`; billing and shipping addresses yellow; trade-union membership yellow;
  payment tokens (`pm_`), one-time codes and sign-in link tokens red; MRN, SNS utente number,
  Medicare (AU and US MBI) and IHI red `health id`; identity-document numbers (passport,
  Cartão de Cidadão, NIF, SSN, a driver licence shown as photo ID at intake) red; right-to-work
  and sponsorship answers red `visa`; the last four of an SSN red.
- Health in this domain (decided here, as a careful privacy owner would): a value that states
  a clinical fact about the person is yellow in the reference's health matchers: substances
  used, screening scores and risk levels, drug-screen results, craving and mood ratings,
  HIV / HCV status, pregnancy, injecting and overdose history (`condition` / `diagnosis`);
  ICD-10 codes (`diagnosis`); HCPCS service codes (`procedure`); the medication, strength and
  dose given to the person and their treatment track (`medication`). Workflow values stay
  green: visit / session types, treatment phase, therapy modality, status, channels, counters
  (take-home doses, sessions attended, days in treatment) and process booleans. Products in a
  catalogue or an e-commerce `products[]` (a naloxone kit) are product names: green.
  Wheelchair-accessible ride required is red `disability`; veteran status red `veteran`.
- Staff and third parties are people: counsellor, nurse, pharmacist and peer-worker names,
  staff work e-mails, a prescriber's NPI / AHPRA / Medicare provider number (yellow
  `identification`: registered ids of natural persons), consent recipients' contact names.
  A clinic's role mailbox, main phone and address are the business's: green.
- Hashes of the person's e-mail / phone sent to an ad platform (Meta `em`, `ph`) keep the type
  of what was hashed (yellow). Country of birth is yellow `citizenship|ethnicity`; Aboriginal
  and Torres Strait Islander status yellow `ethnicity|race`. Twilio's FromCity / FromZip are
  the texter's location: yellow; FromState / FromCountry green. Equipment serials we issue
  (take-home lockbox) are green.
- value_only is true when the key does not say what the value is (`q`, `input`, `value`,
  `label`, `text`, `body`, `entry`, `note`, `description`, Twilio `From`,
  `externalIds[].id`); such a PII path carries that PII in every value. Free text is labelled
  by what every value carries (`name|condition` when every note names a person and describes
  their care), green when no value carries PII.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers ----------------------------------------------------------------

US_FIRST = ["Jasmine", "DeShawn", "Tyler", "Brianna", "Carlos", "Guadalupe", "Hunter", "Kayla", "Marcus"]
US_FIRST += ["Ashley", "Nizhoni", "Dakota", "Pa Nhia", "Vu", "Tamika", "Cody", "Reyna", "Latoya", "Megan"]
US_LAST = ["Johnson", "Williams", "Martinez", "Hernandez", "Begay", "Yazzie", "Nguyen", "Washington"]
US_LAST += ["Kowalczyk", "O'Neil", "Thompson", "Rodriguez", "Xiong", "Jackson", "Miller", "Okonkwo"]
PT_FIRST = ["João", "Inês", "Gonçalo", "Mariana", "Tiago", "Beatriz", "Rui", "Catarina", "Diogo", "Sofia"]
PT_FIRST += ["Nuno", "Ana Rita", "Luís", "Filipa", "Ivandro", "Djamila", "Vítor", "Conceição"]
PT_LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa"]
PT_LAST += ["Fernandes", "Gonçalves", "Carvalho", "Tavares", "Mendes", "Semedo", "Lopes", "Brás"]
AU_FIRST = ["Liam", "Chloe", "Jack", "Mia", "Kirra", "Jarrah", "Ngoc Anh", "Dimitri", "Fatima", "Ahmad"]
AU_FIRST += ["Sione", "Olivia", "Lachlan", "Mei Ling", "Priya", "Tane", "Bronwyn", "Cooper"]
AU_LAST = ["Smith", "Nguyen", "Papadopoulos", "Wilson", "Kelly", "Watson", "Mundine", "Tran", "Haddad"]
AU_LAST += ["Singh", "Brown", "Taufa", "Walker", "Chen", "Murray", "Anderson", "Thorpe"]

US_CITIES = [
    ("Portland", "OR", "972"),
    ("Baltimore", "MD", "212"),
    ("Albuquerque", "NM", "871"),
    ("Huntington", "WV", "257"),
    ("Dayton", "OH", "454"),
    ("Philadelphia", "PA", "191"),
    ("Manchester", "NH", "031"),
]
US_STREETS = ["NE Sandy Blvd", "SE Division St", "W Burnside St", "Martin Luther King Jr Blvd", "E 14th St"]
US_STREETS += ["Euclid Ave", "Magnolia Ave", "Kensington Ave", "Central Ave SE"]
PT_CITIES = [("Lisboa", "1", "Lisboa"), ("Porto", "4", "Porto"), ("Amadora", "27", "Lisboa")]
PT_CITIES += [("Setúbal", "29", "Setúbal"), ("Braga", "47", "Braga"), ("Vila Nova de Gaia", "44", "Porto")]
PT_STREETS = ["Rua de Santa Catarina", "Avenida Almirante Reis", "Rua do Bonfim", "Rua Morais Soares"]
PT_STREETS += [
    "Travessa do Poço da Cidade",
    "Avenida da Boavista",
    "Rua da Cova da Moura",
    "Largo do Intendente",
]
AU_SUBURBS = [
    ("Redfern", "NSW", "2016"),
    ("Footscray", "VIC", "3011"),
    ("Potts Point", "NSW", "2011"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Elizabeth", "SA", "5112"),
    ("Dandenong", "VIC", "3175"),
    ("Mirrabooka", "WA", "6061"),
]
AU_STREETS = ["Wattle St", "Oxford St", "Bourke St", "Smith St", "Victoria Rd", "Brunswick St", "Hindley St"]
MAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "protonmail.com"]
PT_MAIL = ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"]
AU_MAIL = ["bigpond.com", "gmail.com", "outlook.com.au", "icloud.com"]

CLINICS = [
    ("clin_pdx_ne", "Harbourline Recovery - NE Portland", "+1 503-555-0142"),
    ("clin_bal_east", "Harbourline Baltimore Eastern Ave", "(410) 555-0187"),
    ("clin_abq", "Harbourline Albuquerque", "505-555-0119"),
    ("clin_prt", "Centro Harbourline Porto", "+351 220 000 418"),
    ("clin_lis", "Centro Harbourline Lisboa (Anjos)", "+351 210 000 733"),
    ("clin_syd", "Harbourline Redfern", "(02) 9000 4410"),
    ("clin_mel", "Harbourline Footscray", "+61 3 9000 2275"),
]
MEDS = ["methadone oral solution 10 mg/mL", "buprenorphine/naloxone 8 mg/2 mg film", "Biodone Forte 5 mg/mL"]
MEDS += ["Suboxone 8 mg/2 mg", "Buvidal weekly 16 mg", "Sublocade 300 mg", "Subutex 8 mg"]
SUBSTANCES = ["fentanyl", "heroin", "oxycodone", "methamphetamine", "alcohol", "cocaine", "benzodiazepines"]
SUBSTANCES += ["cannabis", "hydromorphone", "kratom"]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def region(f: Fake) -> str:
    return f.pick(["us", "us", "pt", "au"])


def first(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f.pick({"us": US_FIRST, "pt": PT_FIRST, "au": AU_FIRST}[reg])


def last(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f.pick({"us": US_LAST, "pt": PT_LAST, "au": AU_LAST}[reg])


def full_name(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "pt" and f.r.random() < 0.5:
        return f"{first(f, reg)} {last(f, reg)} {last(f, reg)}"
    return f"{first(f, reg)} {last(f, reg)}"


def ascii_fold(text: str) -> str:
    table = str.maketrans("ãáâàçéêíóôõúÁÉÍÓÚÇ' ", "aaaaceeiooouAEIOUC__")
    return text.translate(table).replace("_", "").lower()


def email(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    fn, ln = ascii_fold(first(f, reg)), ascii_fold(last(f, reg))
    domains = {"us": MAIL, "pt": PT_MAIL, "au": AU_MAIL}[reg]
    user = f.pick([f"{fn}.{ln}", f"{fn}{ln[:1]}{f.r.randint(1, 99)}", f"{fn[:1]}{ln}{f.r.randint(70, 99)}"])
    return f"{user}@{f.pick(domains)}"


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone_pt(f: Fake) -> str:
    d = f.pick(["91", "92", "93", "96"]) + f.digits(7)[:7]
    return f.pick([f"+351 {d[:3]} {d[3:6]} {d[6:]}", d, f"+351{d}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def phone_au(f: Fake) -> str:
    d = "4" + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return f.pick([f"+61 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61{d}", f"0{d}"])


def phone(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return {"us": phone_us, "pt": phone_pt, "au": phone_au}[reg](f)


def street(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "us":
        unit = f.pick(["", "", f" Apt {f.r.randint(1, 40)}", f" #{f.r.randint(100, 420)}"])
        return f"{f.r.randint(100, 9899)} {f.pick(US_STREETS)}{unit}"
    if reg == "pt":
        floor = f.pick(["", f", {f.r.randint(1, 6)}.º Esq.", f", {f.r.randint(1, 6)}.º Dto.", ", R/C"])
        return f"{f.pick(PT_STREETS)} {f.r.randint(1, 240)}{floor}"
    unit = f.pick(["", f"Unit {f.r.randint(1, 30)}/", f"{f.r.randint(1, 12)}/"])
    return f"{unit}{f.r.randint(1, 180)} {f.pick(AU_STREETS)}"


def us_place(f: Fake) -> tuple[str, str, str]:
    city, state, zip3 = f.pick(US_CITIES)
    return city, state, f"{zip3}{f.r.randint(1, 99):02d}"


def pt_place(f: Fake) -> tuple[str, str, str]:
    city, prefix, district = f.pick(PT_CITIES)
    code = f"{prefix}{f.r.randint(0, 9)}{f.r.randint(0, 9)}"[:4].ljust(4, "0")
    return city, district, f"{code}-{f.r.randint(0, 999):03d}"


def au_place(f: Fake) -> tuple[str, str, str]:
    return f.pick(AU_SUBURBS)


def full_address(f: Fake) -> str:
    reg = region(f)
    if reg == "us":
        city, state, zip_ = us_place(f)
        return f"{street(f, reg)}, {city}, {state} {zip_}"
    if reg == "pt":
        city, _, code = pt_place(f)
        return f"{street(f, reg)}, {code} {city}"
    suburb, state, code = au_place(f)
    return f"{street(f, reg)}, {suburb} {state} {code}"


def dob(f: Fake) -> str:
    return f.date(1958, 2004)


def alnum(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def nif(f: Fake) -> str:
    body = f.pick(["1", "2", "2", "3"]) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = 0 if total % 11 < 2 else 11 - total % 11
    return body + str(check)


def cartao_cidadao(f: Fake) -> str:
    civil = "".join(str(f.r.randint(0, 9)) for _ in range(8))
    total = sum(int(d) * (9 - i) for i, d in enumerate(civil))
    civil += str((11 - total % 11) % 11 % 10)
    version = f.pick(["ZZ", "ZY", "ZX", "ZW"])
    head = civil + version
    # The check character makes the Luhn-like sum over all 12 characters a multiple of 10.
    for t in range(10):
        chars = head + str(t)
        s = 0
        for i, c in enumerate(reversed(chars)):
            v = int(c, 36)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            s += v
        if s % 10 == 0:
            break
    return f.pick([f"{civil[:8]} {civil[8]} {version}{t}", f"{civil}{version}{t}"])


def sns_utente(f: Fake) -> str:
    return f.pick(["1", "2", "3"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))


def pt_iban(f: Fake) -> str:
    bank = f.pick(["0035", "0033", "0010", "0036", "0018", "0007"])
    b19 = bank + "".join(str(f.r.randint(0, 9)) for _ in range(15))
    nib = b19 + f"{98 - (int(b19) * 100) % 97:02d}"
    numeric = nib + "2529" + "00"  # P=25, T=29
    raw = f"PT{98 - int(numeric) % 97:02d}{nib}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def medicare_au(f: Fake) -> str:
    digits = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    issue = f.r.randint(1, 6)
    raw = "".join(map(str, digits)) + str(check) + str(issue)
    return f.pick([raw, f"{raw[:4]} {raw[4:9]} {raw[9]}"])


def ihi(f: Fake) -> str:
    raw = f.luhn_complete("800360" + "".join(str(f.r.randint(0, 9)) for _ in range(9)))
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, 16, 4))])


def au_provider_number(f: Fake) -> str:
    stem = [f.r.randint(0, 9) for _ in range(6)]
    locs = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    loc = f.r.randint(0, 9)
    rem = (sum(d * w for d, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + loc * 6) % 11
    return "".join(map(str, stem)) + locs[loc] + "YXWTLKJHFBA"[rem]


def ahpra(f: Fake) -> str:
    return f.pick(["PHA", "NMW", "MED"]) + "000" + "".join(str(f.r.randint(0, 9)) for _ in range(7))


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: Fake) -> str:
    an = MBI_LETTERS + "0123456789"
    c = [
        str(f.r.randint(1, 9)),
        f.pick(MBI_LETTERS),
        f.pick(an),
        str(f.r.randint(0, 9)),
        f.pick(MBI_LETTERS),
        f.pick(an),
        str(f.r.randint(0, 9)),
        f.pick(MBI_LETTERS),
        f.pick(MBI_LETTERS),
        str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]
    raw = "".join(c)
    return f.pick([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])


def npi(f: Fake) -> str:
    body = f.pick(["1", "1", "2"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return body + f.luhn_complete("80840" + body)[-1]


def aba_routing(f: Fake) -> str:
    while True:
        d = [int(c) for c in f.pick(["0", "1", "2", "3"]) + "".join(str(f.r.randint(0, 9)) for _ in range(7))]
        for last_digit in range(10):
            full = [*d, last_digit]
            s = 3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7])
            s += full[2] + full[5] + full[8]
            if s % 10 == 0:
                return "".join(map(str, full))


def member_id(f: Fake) -> str:
    return f.pick(
        [
            f.pick(["XOF", "YLS", "ZGP"]) + f.digits(9),
            "W" + f.digits(9),
            "U" + f.digits(8) + "01",
            f.pick(["OR", "MD", "NM"]) + f.digits(8),
        ]
    )


def mrn(f: Fake) -> str:
    return f.pick(["MRN", "HL-", ""]) + f.digits(7)


def stripe_pm(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQobChMI", "CjwKCAjw"]) + alnum(
        f, 72, string.ascii_letters + string.digits + "_-"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def craving_entry(f: Fake) -> str:
    return f.pick(
        [
            f"Strong urge to use {f.pick(SUBSTANCES)} after payday, went to the meeting instead.",
            "Craving hit at 3pm when I drove past my old dealer's street. Called my sponsor.",
            f"Used {f.pick(['twice', 'once', 'a little'])} on Saturday, feeling ashamed but came back.",
            "Withdrawal sweats in the morning before my dose, cravings 7/10 until about noon.",
            "Argued with my partner and wanted to use. Did the breathing exercise and it passed.",
            f"Slipped with {f.pick(SUBSTANCES)} at a party, telling my counsellor on Thursday.",
        ]
    )


def session_note(f: Fake) -> str:
    return f.pick(
        [
            f"Pt's sister {full_name(f)} joined for the last 20 min; discussed relapse triggers at home.",
            f"Client reports sponsor {first(f)} has been supportive; no use since last session.",
            f"Met with client and partner {full_name(f)}. Cravings down, sleep still poor.",
            f"{full_name(f)} (probation) called to confirm attendance; client disclosed fentanyl use.",
            f"Client worried about son {first(f)}'s school; used benzos twice this week to cope.",
        ]
    )


def message_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Hi, can I move my dose to 7am tomorrow? Call me on {p}",
            f"new number is {p} pls update",
            f"Running late for group, my mum's phone is {p} if you need me",
            f"Lost my phone, text me at {p} for now",
            f"Can the pharmacist call me back? {p}",
        ]
    )


def push_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, your dose pickup window opens at 7:30am.",
            f"{n}, how are you feeling today? Tap to check in.",
            f"Good morning {n}! Group starts at 10:00 in Room 2.",
            f"{n}, your take-home bottles are ready at the pharmacy.",
        ]
    )


def admin_note_pt(f: Fake) -> str:
    return f.pick(
        [
            "Sem intercorrências.",
            "Utente chegou fora do horário, toma feita às 14h.",
            "Reagendado por encerramento do posto.",
            "Dose levantada por portador autorizado.",
            "",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_context(f: Fake, site: str):
    hosts = {
        "portal": ("https://my.harbourline.health", ["/", "/doses", "/appointments", "/intake", "/billing"]),
        "dashboard": (
            "https://clinic.harbourline.health",
            ["/patients", "/dosing", "/consents", "/schedule"],
        ),
        "marketing": ("https://www.harbourline.health", ["/", "/methadone", "/buprenorphine", "/locations"]),
    }
    host, paths = hosts[site]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://duckduckgo.com/", host + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=upcoming", "?utm_source=google&utm_medium=cpc", "?step=2"])
            ),
            "title": G(
                lambda f: f.pick(["Harbourline", "Your doses | Harbourline", "Patients - Harbourline Clinic"])
            ),
            "url": G(lambda f: host + f.pick(paths) + f.pick(["", "?step=2", "?tab=upcoming"])),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
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
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-PT", "en-AU", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Los_Angeles", "America/New_York", "Europe/Lisbon", "Australia/Sydney"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["oat_awareness_q2", "bupe_telehealth", "naloxone_week"])),
            "source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["methadone clinic near me", "suboxone doctor", "free naloxone"])),
            "content": G(lambda f: f.pick(["ad_v1", "carousel_b", "text_c"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: f.pick([True, False])),
                "Functional": G(lambda f: True),
            }
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Harbourline"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["812", "815", "830"])),
            "namespace": G(lambda f: "health.harbourline.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7", "iPhone15,4"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.9", "1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-PT", "en-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 430])),
            "height": G(lambda f: f.pick([667, 844, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/Lisbon", "Australia/Melbourne"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "clinicId": G(lambda f: f.pick(CLINICS)[0]),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Harbourline"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.0", "4.3.2"])),
            "build": G(lambda f: f.pick(["40200", "40300", "40302"])),
            "namespace": G(lambda f: "health.harbourline.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A146U", "moto g play - 2023", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a14x", "fogos", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "com.segment.analytics.kotlin.android"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.2", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-PT", "en-AU"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-38, 46), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, 151), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "MEO", "Telstra", "Verizon"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "height": G(lambda f: 2340),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Lisbon", "Australia/Perth"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A146U", "Pixel 7a", "moto g"])
                + " Build/UP1A)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: email(f), "email")},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Harbourline Peer"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["128", "133", "135"])),
            "namespace": G(lambda f: "health.harbourline.peer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U", "Pixel 6"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q", "oriole"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.1", "2.19.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "pt-PT"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 800, 915])),
            "width": G(lambda f: f.pick([390, 360, 412])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Australia/Brisbane", "Europe/Lisbon"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"firstName": Y(lambda f: first(f), "name"), "lastName": Y(lambda f: last(f), "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Harbourline"),
            "version": G(lambda f: f.pick(["4.1.0", "4.2.0", "4.2.2"])),
            "build": G(lambda f: f.pick(["410", "420", "422"])),
            "namespace": G(lambda f: "health.harbourline.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Xiaomi", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone11,8", "Redmi Note 12", "SM-A536B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.3", "1.1.0", "1.1.2"])),
        },
        "locale": G(lambda f: f.pick(["pt-PT", "en-AU", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["13", "16.7.8", "14"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([896, 2400, 2340])),
            "width": G(lambda f: f.pick([414, 1080, 1080])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Lisbon", "Australia/Sydney", "America/Denver"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.2.0", "3.3.0"],
    "analytics-java": ["3.5.0", "3.5.1"],
    "analytics-ruby": ["2.4.0", "2.4.2"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.0", "3.8.1"],
}


def server_context(lib: str):
    def ctx(f: Fake):
        base = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib == "@segment/analytics-node":
            base["ip"] = Y(lambda f: f.ipv4(), "ip")
            base["userAgent"] = G(lambda f: f.pick(UAS_WEB))
            base["externalIds"] = Many(
                {
                    "id": Y(lambda f: email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-python":
            base["groupId"] = G(lambda f: f.pick(CLINICS)[0])
        if lib == "Analytics.NET":
            base["traits"] = {"ClinicCode": G(lambda f: f.pick(["PDX-NE", "BAL-E", "ABQ-1"]))}
        return base

    return ctx


def web(site):
    return lambda f: web_context(f, site)


CONTEXTS = {
    "portal": web("portal"),
    "dashboard": web("dashboard"),
    "marketing": web("marketing"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}


def mobile(f: Fake):
    return f.pick(["swift", "kotlin", "flutter"])


def clinic_id(f: Fake):
    return f.pick(CLINICS)[0]


def pid(f: Fake):
    return "pt_" + f.digits(6)


def staff_id(f: Fake):
    return "stf_" + f.digits(4)


# -- events: (type, event or screen/page name, client or client chooser, body, count) ---------------

EVENTS = [
    # -- patient app: identity and profile ------------------------------------------------------
    (
        "identify",
        None,
        mobile,
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "preferredName": Y(lambda f: first(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(dob, "birthdate"),
            "genderIdentity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "trans woman", "two-spirit"]), "gender"
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pt", "vi"])),
            "clinicId": G(clinic_id),
            "treatmentTrack": Y(
                lambda f: f.pick(["methadone", "buprenorphine", "buprenorphine_lai", "naltrexone"]),
                "medication",
            ),
            "programPhase": G(lambda f: f.pick(["induction", "stabilization", "maintenance", "taper"])),
            "enrolledAt": G(lambda f: f.iso()),
            "daysInTreatment": G(lambda f: f.r.randint(1, 2400)),
            "address": {
                "street": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "postalCode": Y(lambda f: us_place(f)[2], "zipcode"),
                "country": G(lambda f: "US"),
            },
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "avatar": Y(lambda f: f"https://cdn.harbourline.health/avatars/{f.uuid()}.jpg", "photo"),
            "plan": G(lambda f: f.pick(["medicaid", "commercial", "self_pay", "sliding_scale"])),
        },
        110,
    ),
    (
        "track",
        "Emergency Contact Updated",
        "swift",
        {
            "contact_id": G(lambda f: "ec_" + f.digits(5)),
            "contact_name": Y(lambda f: full_name(f), "name"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "contact_email": Y(lambda f: email(f), "email"),
            "relationship": G(
                lambda f: f.pick(["mother", "partner", "sibling", "friend", "sponsor", "grandparent"])
            ),
            "is_primary": G(lambda f: f.pick([True, False])),
            "may_discuss_treatment": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
        40,
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(G(lambda f: f.pick(["display_name", "pet_name", "photo", "goals"])), 3),
            "display_name": Y(lambda f: f.pick([first(f), first(f) + " " + last(f)[0] + "."]), "name"),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Rex", "Mango", "Pipoca"])),
            "recovery_goal": G(lambda f: f.pick(["reduce_use", "abstinence", "stay_on_dose", "get_job"])),
            "motivators": Many(G(lambda f: f.pick(["kids", "dog", "work", "health", "faith"])), 3),
            "photo_url": Y(lambda f: f"https://cdn.harbourline.health/u/{f.hexid(12)}.jpg", "photo"),
            "profile_completeness": G(lambda f: f.pick([0.4, 0.6, 0.8, 1.0])),
        },
        30,
    ),
    (
        "track",
        "Phone Verified",
        "flutter",
        {
            "phone_number": Y(lambda f: phone(f), "phone"),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "verified": G(lambda f: f.pick([True, True, False])),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
        },
        35,
    ),
    (
        "track",
        "Sign In Attempted",
        "portal",
        {
            "input": Y(lambda f: email(f), "email", True),
            "method": G(lambda f: f.pick(["password", "magic_link", "sms_code"])),
            "success": G(lambda f: f.pick([True, False])),
            "failure_reason": G(lambda f: f.pick(["", "wrong_password", "locked", "unknown_user"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "otp_sent_to": G(
                lambda f: f.pick(
                    ["•••-•••-" + f.digits(4), "+61 ••• ••• " + f.digits(3), "9•• ••• " + f.digits(3)]
                )
            ),
        },
        40,
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "portal",
        {
            "email": Y(lambda f: email(f), "email"),
            "password": RED(
                lambda f: f.pick(["Recovery2024!", "Luna#1987", "p@ssw0rd99", "Harbour!" + f.digits(3)]),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "accepted_terms": G(lambda f: True),
            "referral_code": G(lambda f: f.pick(["PEER10", "", "CLINICREF"])),
            "form_version": G(lambda f: f.pick(["v3", "v4", "v4b"])),
        },
        30,
    ),
    (
        "track",
        "Magic Link Requested",
        "ruby",
        {
            "email": Y(lambda f: email(f), "email"),
            "login_url": RED(
                lambda f: "https://my.harbourline.health/auth/callback?token=" + alnum(f, 40), "token|secret"
            ),
            "expires_in": G(lambda f: f.pick([600, 900, 1800])),
            "request_ip": Y(lambda f: f.ipv4(), "ip"),
            "delivery": G(lambda f: f.pick(["email", "sms"])),
        },
        30,
    ),
    # -- intake and assessment ------------------------------------------------------------------
    (
        "track",
        "Intake Form Submitted",
        "portal",
        {
            "intake_id": G(lambda f: f.uuid()),
            "clinic_id": G(clinic_id),
            "first_name": Y(lambda f: first(f, "us"), "name"),
            "last_name": Y(lambda f: last(f, "us"), "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "gender_identity": Y(lambda f: f.pick(["woman", "man", "non-binary", "genderqueer"]), "gender"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "mobile_phone": Y(phone_us, "phone"),
            "email": Y(lambda f: email(f, "us"), "email"),
            "home_address": {
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "zip": Y(lambda f: us_place(f)[2], "zipcode"),
            },
            "primary_substance": Y(lambda f: f.pick(SUBSTANCES[:5]), "condition"),
            "other_substances": Many(Y(lambda f: f.pick(SUBSTANCES), "condition"), 3),
            "age_first_use": G(lambda f: f.r.randint(11, 35)),
            "route_of_use": Y(lambda f: f.pick(["injection", "smoking", "intranasal", "oral"]), "condition"),
            "injects_drugs": Y(lambda f: f.pick([True, False]), "condition"),
            "overdose_past_12_months": Y(lambda f: f.pick([True, False]), "condition"),
            "prior_treatment_episodes": G(lambda f: f.r.randint(0, 6)),
            "is_pregnant": Y(lambda f: f.pick([True, False, "unknown"]), "condition"),
            "veteran_status": RED(lambda f: f.pick(["veteran", "not a veteran", "active duty"]), "veteran"),
            "race": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "White",
                            "Black or African American",
                            "American Indian or Alaska Native",
                            "Asian",
                            "Native Hawaiian",
                        ]
                    ),
                    "race",
                ),
                2,
            ),
            "hispanic_latino": Y(lambda f: f.pick(["yes", "no", "declined"]), "ethnicity"),
            "religious_affiliation": Y(
                lambda f: f.pick(["Catholic", "Baptist", "Muslim", "None", "Native American Church"]),
                "religion",
            ),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "separated"])),
            "employment_status": G(lambda f: f.pick(["unemployed", "full_time", "part_time", "disabled"])),
            "housing_status": G(lambda f: f.pick(["stable", "unstably_housed", "shelter", "unsheltered"])),
            "referral_source": G(
                lambda f: f.pick(["self", "emergency_department", "primary_care", "criminal_justice"])
            ),
            "insurance_type": G(lambda f: f.pick(["medicaid", "medicare", "commercial", "uninsured"])),
            "photo_id_type": G(lambda f: f.pick(["drivers_license", "state_id", "passport"])),
            "photo_id_number": RED(
                lambda f: f.pick([f.pick("ABCDFGHJKLMNPRSTW") + f.digits(7), f.digits(9), f.digits(8)]),
                "national id|passport|license",
            ),
        },
        60,
    ),
    (
        "track",
        "Identity Verified",
        "node",
        {
            "verification_id": G(lambda f: "idv_" + f.hexid(20)),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "dob_match": G(lambda f: f.pick([True, False])),
            "address_match": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://files.harbourline.health/idv/{f.uuid()}/selfie.jpg", "photo"),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "status": G(lambda f: f.pick(["approved", "needs_review", "declined"])),
        },
        35,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "portal",
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "_-")),
            "description": Y(full_address, "address", True),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "subpremise"])), 2),
            "keystrokes": G(lambda f: f.r.randint(3, 30)),
        },
        35,
    ),
    (
        "track",
        "Intake Field Completed",
        "portal",
        {
            "form_id": G(lambda f: f.pick(["intake_v7", "intake_v8", "reintake_v2"])),
            "field": G(lambda f: f.pick(["mobile", "home_phone", "emergency_contact_phone", "work_phone"])),
            "value": Y(lambda f: phone(f), "phone", True),
            "step": G(lambda f: f.r.randint(1, 6)),
            "time_on_field_ms": G(lambda f: f.r.randint(400, 20000)),
        },
        40,
    ),
    (
        "track",
        "Assessment Completed",
        "dashboard",
        {
            "assessment_id": G(lambda f: f.uuid()),
            "patient_id": G(pid),
            "instrument": G(lambda f: f.pick(["AUDIT", "AUDIT-C", "ASSIST", "DAST-10", "COWS"])),
            "instrument_version": G(lambda f: f.pick(["WHO 2001", "3.1", "1.0"])),
            "total_score": Y(lambda f: f.r.randint(0, 40), "diagnosis|condition"),
            "risk_level": Y(
                lambda f: f.pick(["low", "moderate", "high", "dependence_likely"]), "diagnosis|condition"
            ),
            "item_scores": Many(Y(lambda f: f.r.randint(0, 4), "diagnosis|condition"), 10),
            "administered_by": G(lambda f: f.pick(["self", "clinician", "peer"])),
            "clinician_name": Y(lambda f: full_name(f), "name"),
            "language": G(lambda f: f.pick(["en", "es", "pt"])),
            "duration_sec": G(lambda f: f.r.randint(60, 1200)),
        },
        50,
    ),
    (
        "track",
        "ASSIST Substance Scored",
        "python",
        {
            "assessment_id": G(lambda f: f.uuid()),
            "substance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
            "specific_involvement_score": Y(lambda f: f.r.randint(0, 39), "diagnosis|condition"),
            "intervention": Y(
                lambda f: f.pick(["no intervention", "brief intervention", "more intensive treatment"]),
                "diagnosis|condition",
            ),
            "question_count": G(lambda f: 8),
            "scored_at": G(lambda f: f.epoch_ms()),
        },
        40,
    ),
    # -- consent (42 CFR Part 2) ----------------------------------------------------------------
    (
        "track",
        "Consent Signed",
        "dashboard",
        {
            "consent_id": G(lambda f: "cns_" + f.hexid(16)),
            "patient_id": G(pid),
            "consent_type": G(
                lambda f: f.pick(["42cfr2_disclosure", "tpo_single_consent", "research", "telehealth"])
            ),
            "recipient_organization": G(
                lambda f: f.pick(
                    [
                        "Multnomah County Probation",
                        "CareOregon",
                        "Kaiser Permanente NW",
                        "Johns Hopkins Bayview ED",
                    ]
                )
            ),
            "recipient_contact_name": Y(lambda f: full_name(f, "us"), "name"),
            "recipient_fax": G(lambda f: f.pick(["(503) 555-0190", "410-555-0122", "(505) 555-0166"])),
            "information_disclosed": Many(
                G(lambda f: f.pick(["attendance", "dose", "uds_results", "diagnosis", "treatment_plan"])), 4
            ),
            "purpose": G(
                lambda f: f.pick(["care coordination", "court compliance", "payment", "at patient request"])
            ),
            "expires_on": G(lambda f: f.date(2025, 2027)),
            "signature_name": Y(lambda f: full_name(f, "us"), "name"),
            "signed_ip": Y(lambda f: f.ipv4(), "ip"),
            "witness_staff_id": G(staff_id),
            "revoked": G(lambda f: f.pick([False, False, True])),
            "form_pdf_sha256": G(lambda f: f.hexid(64)),
        },
        45,
    ),
    # -- dosing ---------------------------------------------------------------------------------
    (
        "track",
        "Dose Administered",
        "dotnet",
        {
            "PatientId": G(pid),
            "Mrn": RED(mrn, "health id"),
            "PatientName": Y(lambda f: f"{last(f, 'us').upper()}, {first(f, 'us')}", "name"),
            "Medication": Y(lambda f: f.pick(MEDS[:4]), "medication"),
            "DoseMg": Y(lambda f: f.pick([30, 45, 60, 80, 95, 110, 8, 16, 24]), "medication"),
            "SplitDose": G(lambda f: f.pick([True, False])),
            "Phase": G(lambda f: f.pick(["Induction", "Stabilization", "Maintenance", "Taper"])),
            "DispenserId": G(lambda f: "PUMP-" + f.digits(3)),
            "BottleLot": G(lambda f: "L" + f.digits(6)),
            "NurseId": G(staff_id),
            "NurseName": Y(lambda f: full_name(f, "us"), "name"),
            "ObservedBy": Y(lambda f: f"{first(f, 'us')[0]}. {last(f, 'us')}", "name"),
            "DoseTime": G(lambda f: f.iso()),
            "ClinicCode": G(lambda f: f.pick(["PDX-NE", "BAL-E", "ABQ-1"])),
        },
        90,
    ),
    (
        "track",
        "Take-Home Dose Taken",
        "flutter",
        {
            "dose_id": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.pick(MEDS[:4]), "medication"),
            "dose_mg": Y(lambda f: f.pick([40, 60, 75, 90, 8, 12, 16]), "medication"),
            "take_home_number": G(lambda f: f.r.randint(1, 13)),
            "bottle_qr": G(lambda f: "HB-" + f.hexid(10).upper()),
            "video_observed": G(lambda f: f.pick([True, False])),
            "video_url": Y(lambda f: f"https://vdot.harbourline.health/clips/{f.uuid()}.mp4", "photo"),
            "scheduled_for": G(lambda f: f.iso()),
            "taken_at": G(lambda f: f.iso()),
        },
        80,
    ),
    (
        "track",
        "Take-Home Doses Approved",
        "node",
        {
            "patient_id": G(pid),
            "approval_id": G(lambda f: f.uuid()),
            "approved_by_id": G(staff_id),
            "approved_by": Y(lambda f: "Dr. " + full_name(f, "us"), "name"),
            "doses_count": G(lambda f: f.r.randint(1, 28)),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "end_date": G(lambda f: f.date(2024, 2025)),
            "reason": G(lambda f: f.pick(["work", "travel", "holiday", "clinic_closure", "stable_progress"])),
            "destination_city": G(lambda f: f.pick(["Seattle", "Boise", "Las Vegas", "Sacramento"])),
            "lockbox_serial": G(lambda f: "LBX" + f.digits(8)),
        },
        40,
    ),
    (
        "track",
        "Clinic Arrival Detected",
        "swift",
        {
            "clinic_id": G(clinic_id),
            "geofence_id": G(lambda f: "gf_" + f.digits(3)),
            "lat": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
            "lon": Y(lambda f: round(f.r.uniform(-123, -75), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5, 10, 35, 65])),
            "dwell_seconds": G(lambda f: f.r.randint(0, 900)),
        },
        45,
    ),
    # -- drug screens ---------------------------------------------------------------------------
    (
        "track",
        "Urine Drug Screen Resulted",
        "java",
        {
            "specimenId": G(lambda f: "SP" + f.digits(9)),
            "patientId": G(pid),
            "collectedAt": G(lambda f: f.iso()),
            "lab": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Clinic POC cup"])),
            "panel": G(lambda f: f.pick(["12-panel", "fentanyl add-on", "16-panel LC-MS"])),
            "observedCollection": G(lambda f: f.pick([True, False])),
            "results": {
                "fentanyl": Y(lambda f: f.pick(["positive", "negative"]), "diagnosis|condition"),
                "opiates": Y(lambda f: f.pick(["positive", "negative"]), "diagnosis|condition"),
                "buprenorphine": Y(
                    lambda f: f.pick(["positive", "negative", "not tested"]), "diagnosis|condition"
                ),
                "methadone": Y(
                    lambda f: f.pick(["positive", "negative", "not tested"]), "diagnosis|condition"
                ),
                "amphetamines": Y(lambda f: f.pick(["positive", "negative"]), "diagnosis|condition"),
                "benzodiazepines": Y(lambda f: f.pick(["positive", "negative"]), "diagnosis|condition"),
                "cocaine": Y(lambda f: f.pick(["positive", "negative"]), "diagnosis|condition"),
                "xylazine": Y(
                    lambda f: f.pick(["positive", "negative", "not tested"]), "diagnosis|condition"
                ),
            },
            "orderingClinicianNpi": Y(npi, "identification"),
            "orderingClinicianName": Y(
                lambda f: full_name(f, "us") + f.pick([", MD", ", NP", ", DO"]), "name"
            ),
            "accessionNumber": G(lambda f: f.digits(10)),
        },
        60,
    ),
    (
        "track",
        "Lab Webhook Received",
        "go",
        {
            "vendor": G(lambda f: f.pick(["labcorp-link", "quest-quanum", "millennium"])),
            "event_type": G(lambda f: f.pick(["result.final", "result.corrected", "specimen.received"])),
            "order_id": G(lambda f: "ORD" + f.digits(8)),
            "headers": {
                "x-request-id": G(lambda f: f.uuid()),
                "x-signature": G(lambda f: "sha256=" + f.hexid(64)),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(
                    lambda f: f.pick(["LabLink/3.2", "Quanum-Webhooks/1.9", "Go-http-client/2.0"])
                ),
            },
            "received_at": G(lambda f: f.iso()),
        },
        35,
    ),
    # -- counselling, groups, peers -------------------------------------------------------------
    (
        "track",
        "Counseling Session Completed",
        "python",
        {
            "session_id": G(lambda f: f.uuid()),
            "patient_id": G(pid),
            "counselor_id": G(staff_id),
            "counselor_name": Y(lambda f: full_name(f), "name"),
            "counselor_email": Y(
                lambda f: ascii_fold(first(f)) + "." + ascii_fold(last(f)) + "@harbourline.health", "email"
            ),
            "session_type": G(lambda f: f.pick(["individual", "family", "intake", "crisis"])),
            "modality": G(
                lambda f: f.pick(["CBT", "motivational interviewing", "contingency management", "DBT skills"])
            ),
            "duration_min": G(lambda f: f.pick([30, 45, 50, 60])),
            "telehealth": G(lambda f: f.pick([True, False])),
            "zoom_meeting_id": G(lambda f: f.digits(11)),
            "note": Y(session_note, "name|condition", True),
            "billing_code": Y(lambda f: f.pick(["H0004", "90834", "90837", "H0005"]), "procedure"),
        },
        60,
    ),
    (
        "track",
        "Group Attendance Recorded",
        "ruby",
        {
            "group_id": G(lambda f: "grp_" + f.digits(3)),
            "group_name": G(
                lambda f: f.pick(
                    ["SMART Recovery Tuesday", "Women's Group", "Harm Reduction 101", "Relapse Prevention"]
                )
            ),
            "facilitator_name": Y(lambda f: full_name(f), "name"),
            "room": G(lambda f: f.pick(["Room 2", "Annex", "Zoom"])),
            "session_date": G(lambda f: f.date(2024, 2024)),
            "attendees": Many(
                {
                    "patient_id": G(pid),
                    "first_name": Y(lambda f: first(f), "name"),
                    "present": G(lambda f: f.pick([True, True, False])),
                    "arrived_late": G(lambda f: f.pick([True, False])),
                },
                6,
            ),
        },
        40,
    ),
    (
        "track",
        "Peer Check-In Completed",
        "rn",
        {
            "checkinId": G(lambda f: f.uuid()),
            "peerWorkerId": G(staff_id),
            "peerWorkerName": Y(lambda f: full_name(f), "name"),
            "contactMethod": G(lambda f: f.pick(["call", "text", "in_person", "video"])),
            "outcome": G(lambda f: f.pick(["reached", "voicemail", "no_answer", "rescheduled"])),
            "followUpNeeded": G(lambda f: f.pick([True, False])),
            "callbackNumber": Y(lambda f: phone(f), "phone"),
        },
        50,
    ),
    (
        "track",
        "Craving Logged",
        "rn",
        {
            "logId": G(lambda f: f.uuid()),
            "intensity": Y(lambda f: f.r.randint(0, 10), "condition"),
            "substance": Y(lambda f: f.pick(SUBSTANCES), "condition"),
            "triggers": Many(
                Y(lambda f: f.pick(["stress", "people", "places", "pain", "boredom", "payday"]), "condition"),
                3,
            ),
            "durationMinutes": G(lambda f: f.r.randint(1, 180)),
            "copingStrategy": G(lambda f: f.pick(["called_peer", "breathing", "walk", "meeting", "none"])),
            "usedAfter": Y(lambda f: f.pick([True, False]), "condition"),
            "entry": Y(craving_entry, "condition", True),
            "latitude": Y(lambda f: round(f.r.uniform(-38, 46), 5), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, 151), 5), "geolocation"),
            "locationType": G(lambda f: f.pick(["home", "work", "outside", "car"])),
        },
        60,
    ),
    (
        "track",
        "Daily Check-In Completed",
        "kotlin",
        {
            "checkin_date": G(lambda f: f.date(2024, 2024)),
            "mood": Y(lambda f: f.r.randint(1, 5), "condition"),
            "craving_level": Y(lambda f: f.r.randint(0, 10), "condition"),
            "used_since_last_checkin": Y(lambda f: f.pick([True, False]), "condition"),
            "withdrawal_symptoms": Many(
                Y(lambda f: f.pick(["sweats", "nausea", "anxiety", "insomnia", "aches"]), "condition"), 3
            ),
            "streak_days": G(lambda f: f.r.randint(0, 400)),
            "reminder_source": G(lambda f: f.pick(["push", "sms", "organic"])),
        },
        70,
    ),
    # -- naloxone -------------------------------------------------------------------------------
    (
        "track",
        "Naloxone Kit Distributed",
        "go",
        {
            "kit_id": G(lambda f: "NLX-" + f.digits(6)),
            "kit_type": G(
                lambda f: f.pick(
                    ["Narcan 4mg nasal", "Kloxxado 8mg nasal", "naloxone 0.4mg IM", "Nyxoid 1.8mg"]
                )
            ),
            "lot_number": G(lambda f: f.pick(["A2345B", "K7710C", "N0921A"])),
            "expiry_date": G(lambda f: f.date(2025, 2027)),
            "recipient_type": G(lambda f: f.pick(["client", "family_member", "friend", "staff"])),
            "recipient_first_name": Y(lambda f: first(f), "name"),
            "recipient_postcode": Y(
                lambda f: f.pick([us_place(f)[2], au_place(f)[2], pt_place(f)[2]]), "zipcode"
            ),
            "training_completed": G(lambda f: f.pick([True, False])),
            "site_name": G(lambda f: f.pick([c[1] for c in CLINICS])),
            "distributed_by_id": G(staff_id),
        },
        40,
    ),
    (
        "track",
        "Order Completed",
        "marketing",
        {
            "order_id": G(lambda f: "HL-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(0, 120)),
            "revenue": G(lambda f: f.money(0, 100)),
            "shipping": G(lambda f: f.pick([0, 4.95, 9.5])),
            "tax": G(lambda f: f.money(0, 9)),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "FREEKIT", "HARMREDUCTION"])),
            "discreet_packaging": G(lambda f: f.pick([True, False])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(5)),
                    "sku": G(
                        lambda f: f.pick(["NLX-NAS-4MG-2PK", "FTS-STRIP-10", "SHARPS-1L", "NLX-IM-KIT"])
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Narcan Nasal Spray 2-pack",
                                "Fentanyl Test Strips (10)",
                                "Sharps Container 1L",
                                "Naloxone IM Kit",
                            ]
                        )
                    ),
                    "category": G(lambda f: f.pick(["naloxone", "drug checking", "safer use"])),
                    "price": G(lambda f: f.pick([0, 44.99, 12.0, 6.5])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: full_name(f), "name"),
                "address1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: f.pick([us_place(f)[0], au_place(f)[0], pt_place(f)[0]]), "city"),
                "postal_code": Y(
                    lambda f: f.pick([us_place(f)[2], au_place(f)[2], pt_place(f)[2]]), "zipcode"
                ),
                "country_code": G(lambda f: f.pick(["US", "AU", "PT"])),
            },
        },
        40,
    ),
    # -- prescriptions and pharmacy -------------------------------------------------------------
    (
        "track",
        "Prescription Sent",
        "dotnet",
        {
            "PrescriptionId": G(lambda f: f.uuid()),
            "RxNumber": Y(lambda f: "RX" + f.digits(7), "medication"),
            "Drug": Y(lambda f: f.pick(MEDS[1:]), "medication"),
            "Strength": Y(
                lambda f: f.pick(["8 mg/2 mg", "2 mg/0.5 mg", "300 mg/1.5 mL", "16 mg"]), "medication"
            ),
            "Quantity": G(lambda f: f.pick([14, 28, 30, 60])),
            "DaysSupply": G(lambda f: f.pick([7, 14, 28, 30])),
            "Refills": G(lambda f: f.r.randint(0, 2)),
            "PrescriberName": Y(lambda f: "Dr. " + full_name(f, "us"), "name"),
            "PrescriberNpi": Y(npi, "identification"),
            "PharmacyName": G(
                lambda f: f.pick(
                    ["Walgreens #10422", "CVS Pharmacy #5531", "Fred Meyer Pharmacy", "Rite Aid #3360"]
                )
            ),
            "PharmacyNcpdpId": G(lambda f: f.digits(7)),
            "PharmacyPhone": G(lambda f: f.pick(["(503) 555-0111", "410-555-0177", "+1 505 555 0133"])),
            "PharmacyAddress": G(
                lambda f: f.pick(
                    [
                        "2 NE 82nd Ave, Portland, OR 97220",
                        "400 E Eager St, Baltimore, MD 21202",
                        "5600 Lomas Blvd NE, Albuquerque, NM 87110",
                    ]
                )
            ),
            "PatientName": Y(lambda f: full_name(f, "us"), "name"),
            "PatientDob": Y(dob, "birthdate"),
            "SentAt": G(lambda f: f.iso()),
        },
        45,
    ),
    (
        "track",
        "Opioid Dose Dispensed",
        "python",
        {
            "dispensing_id": G(lambda f: f.uuid()),
            "pharmacy_name": G(
                lambda f: f.pick(
                    [
                        "Priceline Pharmacy Redfern",
                        "Chemist Warehouse Footscray",
                        "TerryWhite Chemmart Fortitude Valley",
                    ]
                )
            ),
            "pharmacy_abn": G(lambda f: f.pick(["51 824 753 556", "33 102 417 032", "12 004 044 937"])),
            "pharmacy_suburb": G(lambda f: f.pick(["Redfern", "Footscray", "Fortitude Valley"])),
            "pharmacist_name": Y(lambda f: full_name(f, "au"), "name"),
            "pharmacist_ahpra": Y(ahpra, "identification"),
            "product": Y(
                lambda f: f.pick(
                    [
                        "Biodone Forte 5 mg/mL",
                        "Methadone Syrup 5 mg/mL",
                        "Suboxone Film 8 mg/2 mg",
                        "Subutex 8 mg",
                    ]
                ),
                "medication",
            ),
            "dose_mg": Y(lambda f: f.pick([40, 60, 85, 100, 8, 16, 24]), "medication"),
            "script_number": Y(lambda f: f.digits(8), "medication"),
            "supervised": G(lambda f: f.pick([True, False])),
            "missed_doses_consecutive": G(lambda f: f.r.randint(0, 4)),
            "dosing_fee_aud": G(lambda f: f.pick([5.0, 7.5, 0.0])),
        },
        50,
    ),
    # -- Portugal -------------------------------------------------------------------------------
    (
        "identify",
        None,
        "flutter",
        {
            "nome": Y(lambda f: first(f, "pt"), "name"),
            "apelido": Y(lambda f: last(f, "pt"), "name"),
            "telemovel": Y(phone_pt, "phone"),
            "email": Y(lambda f: email(f, "pt"), "email"),
            "morada": Y(lambda f: street(f, "pt"), "address|street"),
            "codigoPostal": Y(lambda f: pt_place(f)[2], "zipcode"),
            "localidade": Y(lambda f: pt_place(f)[0], "city"),
            "distrito": G(lambda f: pt_place(f)[1]),
            "dataNascimento": Y(lambda f: "/".join(reversed(dob(f).split("-"))), "birthdate"),
            "cartaoCidadao": RED(cartao_cidadao, "national id"),
            "numeroUtente": RED(sns_utente, "health id"),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "idioma": G(lambda f: f.pick(["pt", "crioulo", "en"])),
            "consentimentoRGPD": G(lambda f: True),
            "equipaTratamento": G(lambda f: f.pick(["ET Porto Oriental", "ET Lisboa Centro", "ET Setúbal"])),
        },
        50,
    ),
    (
        "track",
        "Dispensa Registada",
        "java",
        {
            "idDispensa": G(lambda f: f.uuid()),
            "numeroUtente": RED(sns_utente, "health id"),
            "nomeCompleto": Y(lambda f: full_name(f, "pt"), "name"),
            "nif": RED(nif, "national id"),
            "medicamento": Y(
                lambda f: f.pick(
                    ["Metadona 10 mg/ml solução oral", "Buprenorfina/Naloxona 8 mg/2 mg", "Buprenorfina 2 mg"]
                ),
                "medication",
            ),
            "doseMg": Y(lambda f: f.pick([50, 70, 90, 120, 8, 16]), "medication"),
            "unidade": G(lambda f: f.pick(["CRI Porto Oriental", "Unidade Móvel Lisboa", "CRI Setúbal"])),
            "tecnicoResponsavel": Y(lambda f: full_name(f, "pt"), "name"),
            "dataHora": G(lambda f: f.iso()),
            "tomaAssistida": G(lambda f: f.pick([True, False])),
            "dosesParaCasa": G(lambda f: f.r.randint(0, 6)),
            "observacoes": G(admin_note_pt),
        },
        60,
    ),
    (
        "track",
        "Pagamento Efetuado",
        "php",
        {
            "metodo": G(lambda f: f.pick(["mbway", "multibanco", "transferencia"])),
            "entidade": G(lambda f: f.pick(["21312", "11249", "12345"])),
            "referencia": G(lambda f: f.digits(9)),
            "valor": G(lambda f: f.pick([5.0, 12.5, 25.0, 40.0])),
            "telemovel_mbway": Y(phone_pt, "phone"),
            "iban_reembolso": RED(pt_iban, "bank account"),
            "nif_fatura": RED(nif, "national id"),
            "nome_fatura": Y(lambda f: full_name(f, "pt"), "name"),
            "estado": G(lambda f: f.pick(["pago", "pendente", "expirado"])),
            "fatura_numero": G(lambda f: f"FT 2024/{f.r.randint(1, 9999)}"),
        },
        40,
    ),
    # -- Australia ------------------------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        {
            "given_name": Y(lambda f: first(f, "au"), "name"),
            "family_name": Y(lambda f: last(f, "au"), "name"),
            "mobile": Y(phone_au, "phone"),
            "email": Y(lambda f: email(f, "au"), "email"),
            "date_of_birth": Y(dob, "birthdate"),
            "residential_address": {
                "street": Y(lambda f: street(f, "au"), "address|street"),
                "suburb": Y(lambda f: au_place(f)[0], "city"),
                "state": G(lambda f: au_place(f)[1]),
                "postcode": Y(lambda f: au_place(f)[2], "zipcode"),
            },
            "indigenous_status": Y(
                lambda f: f.pick(["Aboriginal", "Torres Strait Islander", "Both", "Neither", "Not stated"]),
                "ethnicity|race",
            ),
            "country_of_birth": Y(
                lambda f: f.pick(["Australia", "Vietnam", "New Zealand", "Lebanon", "Tonga"]),
                "citizenship|ethnicity",
            ),
            "interpreter_required": G(lambda f: f.pick([True, False])),
            "concession_card": G(lambda f: f.pick([True, False])),
            "hep_c_status": Y(
                lambda f: f.pick(["negative", "positive_treated", "positive_untreated", "unknown"]),
                "condition",
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer not to say"]),
                "sexual orientation",
            ),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "dosing_point_id": G(lambda f: "DP" + f.digits(4)),
        },
        45,
    ),
    (
        "track",
        "Medicare Claim Submitted",
        "node",
        {
            "claim_id": G(lambda f: "CLM" + f.digits(8)),
            "medicare_number": RED(medicare_au, "health id"),
            "medicare_irn": G(lambda f: f.r.randint(1, 5)),
            "ihi": RED(ihi, "health id"),
            "provider_number": Y(au_provider_number, "identification"),
            "item_number": G(lambda f: f.pick(["91193", "23", "36", "92004"])),
            "benefit_amount": G(lambda f: f.money(20, 120)),
            "bulk_billed": G(lambda f: f.pick([True, False])),
            "service_date": G(lambda f: f.date(2024, 2024)),
            "patient_suburb": Y(lambda f: au_place(f)[0], "city"),
            "patient_postcode": Y(lambda f: au_place(f)[2], "zipcode"),
            "telehealth": G(lambda f: f.pick([True, False])),
        },
        40,
    ),
    (
        "track",
        "Refund Issued",
        "python",
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "amount": G(lambda f: f.money(5, 200)),
            "currency": G(lambda f: "AUD"),
            "reason": G(lambda f: f.pick(["duplicate", "dosing_fee_overcharge", "cancelled_appointment"])),
            "bsb": G(lambda f: f.pick(["062-000", "082-001", "033-002", "012-003"])),
            "account_number": RED(lambda f: f.digits(f.pick([8, 9])), "bank account"),
            "account_name": Y(lambda f: full_name(f, "au"), "name"),
        },
        35,
    ),
    # -- payments and insurance (US) ------------------------------------------------------------
    (
        "track",
        "Payment Method Added",
        "portal",
        {
            "payment_method_id": RED(stripe_pm, "token"),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "billing_details": {
                "name": Y(lambda f: full_name(f, "us"), "name"),
                "email": Y(lambda f: email(f, "us"), "email"),
                "address": {
                    "line1": Y(lambda f: street(f, "us"), "address|street"),
                    "city": Y(lambda f: us_place(f)[0], "city"),
                    "state": G(lambda f: us_place(f)[1]),
                    "postal_code": Y(lambda f: us_place(f)[2], "zipcode"),
                    "country": G(lambda f: "US"),
                },
            },
            "is_default": G(lambda f: f.pick([True, False])),
        },
        40,
    ),
    (
        "track",
        "Virtual Terminal Payment",
        "dashboard",
        {
            "payment_id": G(lambda f: "pay_" + f.digits(8)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: full_name(f, "us"), "name"),
            "billing_zip": Y(lambda f: us_place(f)[2], "zipcode"),
            "amount": G(lambda f: f.pick([15.0, 25.0, 105.0, 126.0])),
            "memo": G(lambda f: f.pick(["Weekly dosing fee", "Lockbox replacement", "Lab fee"])),
            "taken_by": G(staff_id),
            "approved": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Autopay Enrolled",
        "ruby",
        {
            "mandate_id": G(lambda f: "md_" + f.hexid(16)),
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "holder_name": Y(lambda f: full_name(f, "us"), "name"),
            "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "OnPoint Community CU", "M&T Bank"])),
            "weekly_amount": G(lambda f: f.pick([15, 25, 45, 90])),
        },
        30,
    ),
    (
        "track",
        "Sliding Fee Application Submitted",
        "portal",
        {
            "application_id": G(lambda f: f.uuid()),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "monthly_household_income": Y(lambda f: f.r.randint(0, 6000), "salary"),
            "income_source": G(lambda f: f.pick(["wages", "ssi", "none", "unemployment"])),
            "fpl_percent": G(lambda f: f.r.randint(0, 400)),
            "fee_tier": G(lambda f: f.pick(["A", "B", "C", "D"])),
        },
        30,
    ),
    (
        "track",
        "Insurance Claim Submitted",
        "java",
        {
            "claimNumber": G(lambda f: "C" + f.digits(10)),
            "payerName": G(
                lambda f: f.pick(
                    [
                        "Oregon Health Plan",
                        "Aetna",
                        "Maryland Medicaid",
                        "Blue Cross NM",
                        "Presbyterian Centennial",
                    ]
                )
            ),
            "payerId": G(lambda f: f.digits(5)),
            "memberId": Y(member_id, "identification"),
            "groupNumber": G(lambda f: f.pick(["", "GRP" + f.digits(6), f.digits(7)])),
            "subscriberName": Y(lambda f: full_name(f, "us"), "name"),
            "subscriberDob": Y(dob, "birthdate"),
            "relationshipToSubscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "diagnosisCodes": Many(
                Y(lambda f: f.pick(["F11.20", "F11.23", "F10.20", "F15.20", "F11.21"]), "diagnosis"), 3
            ),
            "procedureCodes": Many(
                Y(lambda f: f.pick(["H0020", "G2067", "G2068", "H0004", "80305"]), "procedure"), 3
            ),
            "billedAmount": G(lambda f: f.money(40, 900)),
            "placeOfService": G(lambda f: f.pick(["11", "57", "02"])),
            "renderingProviderNpi": Y(npi, "identification"),
            "billingProviderNpi": G(lambda f: f.pick(["1093817465", "1184726350", "1275635241"])),
        },
        45,
    ),
    (
        "track",
        "Medicare Eligibility Checked",
        "go",
        {
            "mbi": RED(mbi, "health id"),
            "eligible": G(lambda f: f.pick([True, False])),
            "coverage_start": G(lambda f: f.date(2015, 2024)),
            "checked_by": Y(
                lambda f: ascii_fold(first(f, "us"))[0] + ascii_fold(last(f, "us")) + "@harbourline.health",
                "email",
            ),
            "response_code": G(lambda f: f.pick(["AAA", "OK", "72"])),
            "latency_ms": G(lambda f: f.r.randint(150, 4000)),
        },
        30,
    ),
    # -- appointments, messaging, notifications -------------------------------------------------
    (
        "track",
        "Appointment Booked",
        "rn",
        {
            "appointmentId": G(lambda f: f.uuid()),
            "clinicId": G(clinic_id),
            "clinicName": G(lambda f: f.pick([c[1] for c in CLINICS])),
            "clinicPhone": G(lambda f: f.pick([c[2] for c in CLINICS])),
            "clinicAddress": G(
                lambda f: f.pick(
                    [
                        "7301 NE Sandy Blvd, Portland, OR 97213",
                        "Rua do Heroísmo 250, 4300-257 Porto",
                        "44 Regent St, Redfern NSW 2016",
                    ]
                )
            ),
            "appointmentType": G(
                lambda f: f.pick(["intake", "dose_review", "counseling", "prescriber", "group"])
            ),
            "startsAt": G(lambda f: f.iso()),
            "telehealth": G(lambda f: f.pick([True, False])),
            "providerName": Y(lambda f: full_name(f), "name"),
            "reminderSmsTo": Y(lambda f: phone(f), "phone"),
        },
        50,
    ),
    (
        "track",
        "Secure Message Sent",
        "rn",
        {
            "threadId": G(lambda f: f.uuid()),
            "recipientRole": G(lambda f: f.pick(["counselor", "nurse", "front_desk", "peer"])),
            "text": Y(message_text, "phone", True),
            "charCount": G(lambda f: f.r.randint(10, 200)),
            "attachmentCount": G(lambda f: f.r.randint(0, 2)),
        },
        40,
    ),
    (
        "track",
        "Push Notification Received",
        "swift",
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "campaign_name": G(
                lambda f: f.pick(["dose_reminder", "daily_checkin", "group_reminder", "take_home_ready"])
            ),
            "title": G(lambda f: f.pick(["Harbourline", "Reminder", "Check-in"])),
            "body": Y(push_body, "name", True),
            "deep_link": G(
                lambda f: f.pick(
                    ["harbourline://checkin", "harbourline://doses", "harbourline://groups/today"]
                )
            ),
            "provider": G(lambda f: f.pick(["braze", "onesignal", "apns"])),
            "opened": G(lambda f: f.pick([True, False])),
        },
        50,
    ),
    (
        "track",
        "Contact Selected",
        "kotlin",
        {
            "picker": G(lambda f: f.pick(["emergency_contact", "support_person", "share_progress"])),
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(['Mum', 'Dad', 'Sis', 'Nan'])} ({full_name(f)})",
                        full_name(f),
                        first(f) + " " + last(f)[0] + ".",
                    ]
                ),
                "name",
                True,
            ),
            "has_phone": G(lambda f: f.pick([True, False])),
            "has_email": G(lambda f: f.pick([True, False])),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
        },
        35,
    ),
    (
        "track",
        "Button Clicked",
        "dashboard",
        {
            "label": Y(lambda f: "Open chart: " + full_name(f), "name", True),
            "location": G(lambda f: f.pick(["patient_list", "dosing_queue", "search_results"])),
            "row_index": G(lambda f: f.r.randint(0, 49)),
        },
        35,
    ),
    (
        "track",
        "Patient Searched",
        "dashboard",
        {
            "q": Y(lambda f: f.pick([full_name(f), last(f), f"{last(f)}, {first(f)}"]), "name", True),
            "search_type": G(lambda f: f.pick(["name", "fuzzy", "recent"])),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "filters": Many(G(lambda f: f.pick(["active", "my_caseload", "dosing_today"])), 2),
            "latency_ms": G(lambda f: f.r.randint(20, 900)),
        },
        50,
    ),
    # -- vendor webhooks ------------------------------------------------------------------------
    (
        "track",
        "SMS Received",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: f.pick(["+1" + f.digits(10), "+614" + f.digits(8), "+3519" + f.digits(8)]),
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+15035550142", "+61290004410", "+351220000418"])),
            "Body": G(
                lambda f: f.pick(
                    ["STOP", "Running late be there by 9", "YES", "Is the clinic open Monday?", "C"]
                )
            ),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "FromCity": Y(lambda f: f.pick(["PORTLAND", "BALTIMORE", "ALBUQUERQUE", "DAYTON"]), "city"),
            "FromState": G(lambda f: f.pick(["OR", "MD", "NM", "OH"])),
            "FromZip": Y(lambda f: us_place(f)[2], "zipcode"),
            "FromCountry": G(lambda f: f.pick(["US", "AU", "PT"])),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        45,
    ),
    (
        "track",
        "Email Opened",
        "node",
        {
            "email": Y(lambda f: email(f), "email"),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(4) + "-" + f.hexid(4)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "category": Many(G(lambda f: f.pick(["appointment_reminder", "billing", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS_WEB)),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
            "from_address": G(
                lambda f: f.pick(
                    ["no-reply@harbourline.health", "billing@harbourline.health", "care@harbourline.health"]
                )
            ),
        },
        40,
    ),
    (
        "track",
        "Video Visit Ended",
        "go",
        {
            "visit-id": G(lambda f: f.uuid()),
            "room-name": G(lambda f: "hl-" + f.hexid(8)),
            "provider-display-name": Y(lambda f: f.pick(["Dr. ", "", "NP "]) + full_name(f), "name"),
            "patient-join-ip": Y(lambda f: f.ipv4(), "ip"),
            "duration-seconds": G(lambda f: f.r.randint(60, 3600)),
            "connection-quality": G(lambda f: f.pick(["good", "fair", "poor"])),
            "recording-enabled": G(lambda f: False),
            "participants-count": G(lambda f: f.r.randint(2, 4)),
        },
        35,
    ),
    (
        "track",
        "Lead Submitted",
        "marketing",
        {
            "full_name": Y(lambda f: full_name(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "zip": Y(lambda f: f.pick([us_place(f)[2], au_place(f)[2]]), "zipcode"),
            "seeking_help_for": G(lambda f: f.pick(["myself", "family_member", "friend"])),
            "best_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "landing_page": G(lambda f: f.pick(["/methadone", "/buprenorphine", "/locations"])),
            "form_id": G(lambda f: f.pick(["hero_form", "footer_form", "locations_form"])),
        },
        40,
    ),
    (
        "track",
        "CAPI Lead Sent",
        "node",
        {
            "event_name": G(lambda f: "Lead"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
            },
            "pixel_id": G(lambda f: f.digits(15)),
        },
        35,
    ),
    # -- transport, staff, hiring, warehouse ----------------------------------------------------
    (
        "track",
        "Ride Requested",
        "swift",
        {
            "ride_id": G(lambda f: "ride_" + f.hexid(12)),
            "broker": G(lambda f: f.pick(["ModivCare", "MTM", "Lyft Healthcare"])),
            "pickup_address": Y(full_address, "address"),
            "pickup_lat": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
            "pickup_lng": Y(lambda f: round(f.r.uniform(-123, -75), 6), "geolocation"),
            "dropoff_clinic_id": G(clinic_id),
            "wheelchair_accessible_required": RED(lambda f: f.pick([True, False]), "disability"),
            "driver_name": Y(lambda f: first(f, "us") + " " + last(f, "us")[0] + ".", "name"),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.digits(3)} {alnum(f, 3, string.ascii_uppercase)}",
                        f"{alnum(f, 3, string.ascii_uppercase)}{f.digits(4)}",
                        f"{f.digits(1)}{alnum(f, 3, string.ascii_uppercase)}{f.digits(3)}",
                    ]
                ),
                "license",
            ),
            "medicaid_covered": G(lambda f: f.pick([True, False])),
        },
        35,
    ),
    (
        "track",
        "Shift Published",
        "dotnet",
        {
            "ShiftId": G(lambda f: f.uuid()),
            "StaffId": G(staff_id),
            "StaffName": Y(lambda f: full_name(f), "name"),
            "Role": G(
                lambda f: f.pick(
                    ["Dosing Nurse", "Counselor II", "Peer Recovery Specialist", "Medical Assistant"]
                )
            ),
            "HourlyRate": Y(lambda f: f.pick([24.5, 31.0, 42.75, 58.0, 19.25]), "salary"),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "StartsAt": G(lambda f: f.iso()),
            "ClinicCode": G(lambda f: f.pick(["PDX-NE", "BAL-E", "ABQ-1"])),
        },
        30,
    ),
    (
        "track",
        "Job Application Submitted",
        "marketing",
        {
            "job_id": G(lambda f: "req_" + f.digits(4)),
            "job_title": G(
                lambda f: f.pick(["Peer Recovery Specialist", "Dosing Nurse (RN)", "Front Desk Coordinator"])
            ),
            "applicant_name": Y(lambda f: full_name(f), "name"),
            "applicant_email": Y(lambda f: email(f), "email"),
            "applicant_phone": Y(lambda f: phone(f), "phone"),
            "current_employer": G(
                lambda f: f.pick(["Kroger", "Providence Health", "Self-employed", "NHS Portugal"])
            ),
            "expected_salary": Y(lambda f: f.pick([42000, 55000, 68000, 81000, 95000]), "salary"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "right_to_work": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "work_visa", "no"]), "visa"
            ),
            "lived_experience": Y(lambda f: f.pick([True, False]), "condition"),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "source": G(lambda f: f.pick(["indeed", "linkedin", "referral"])),
        },
        30,
    ),
    (
        "identify",
        None,
        "dashboard",
        {
            "email": Y(
                lambda f: ascii_fold(first(f)) + "." + ascii_fold(last(f)) + "@harbourline.health", "email"
            ),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "staffRole": G(lambda f: f.pick(["nurse", "counselor", "prescriber", "front_desk", "admin"])),
            "credential": G(lambda f: f.pick(["RN", "LCSW", "CADC II", "MD", "NP"])),
            "npi": Y(npi, "identification"),
            "clinicIds": Many(G(clinic_id), 3),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "lastLoginAt": G(lambda f: f.iso()),
        },
        35,
    ),
    (
        "track",
        "Patient Synced",
        "python",
        {
            "PATIENT_ID": G(pid),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "HOME_POSTCODE": Y(lambda f: f.pick([us_place(f)[2], au_place(f)[2], pt_place(f)[2]]), "zipcode"),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 900)),
            "LAST_DOSE_DATE": G(lambda f: f.date(2024, 2024)),
            "RETENTION_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HCV_POSITIVE": Y(lambda f: f.pick([True, False]), "condition"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "CLINIC_REGION": G(lambda f: f.pick(["PNW", "MID_ATLANTIC", "SOUTHWEST", "NORTE", "NSW"])),
            "PAYER_CATEGORY": G(lambda f: f.pick(["MEDICAID", "COMMERCIAL", "SELF_PAY"])),
            "_HIGHTOUCH_ROW_HASH": G(lambda f: f.hexid(32)),
        },
        40,
    ),
    # -- lifecycle, screens, pages, groups ------------------------------------------------------
    (
        "track",
        "Application Opened",
        mobile,
        {
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["812", "40300", "422"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(lambda f: f.pick(["", "harbourline://checkin?src=sms", "harbourline://doses"])),
        },
        60,
    ),
    (
        "screen",
        "Dose Schedule",
        mobile,
        {
            "name": G(
                lambda f: f.pick(["Dose Schedule", "Check-In", "Appointments", "Messages", "Craving Log"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Settings", "Profile"])),
            "tab": G(lambda f: f.pick(["upcoming", "history", "take_home"])),
        },
        70,
    ),
    (
        "page",
        "Patient Chart",
        "dashboard",
        {
            "name": G(lambda f: f.pick(["Patient Chart", "Dosing Queue", "Consents", "Schedule"])),
            "path": G(lambda f: f"/patients/{f.digits(6)}/" + f.pick(["chart", "doses", "uds", "consents"])),
            "url": G(lambda f: f"https://clinic.harbourline.health/patients/{f.digits(6)}/chart"),
            "title": G(
                lambda f: f.pick(
                    ["Chart - Harbourline Clinic", "Dosing Queue - Harbourline Clinic", "Consents"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://clinic.harbourline.health/patients",
                        "https://clinic.harbourline.health/dosing",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?tab=doses", "?tab=uds"])),
        },
        60,
    ),
    (
        "page",
        "Location",
        "marketing",
        {
            "name": G(lambda f: f.pick(["Location", "Methadone", "Buprenorphine", "Home"])),
            "path": G(
                lambda f: f.pick(
                    ["/locations/portland-ne", "/locations/redfern", "/pt/locais/porto", "/methadone"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.harbourline.health"
                    + f.pick(["/locations/portland-ne", "/locations/redfern", "/pt/locais/porto"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Harbourline - Methadone & Suboxone Treatment",
                        "Harbourline Redfern",
                        "Centro Harbourline Porto",
                    ]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?gad_source=1", "?utm_campaign=oat_awareness_q2"])),
        },
        50,
    ),
    (
        "group",
        None,
        "python",
        {
            "name": G(lambda f: f.pick([c[1] for c in CLINICS])),
            "clinic_type": G(lambda f: f.pick(["OTP", "OBOT", "CRI", "community pharmacy hub"])),
            "site_address": G(
                lambda f: f.pick(
                    [
                        "7301 NE Sandy Blvd, Portland, OR 97213",
                        "Rua do Heroísmo 250, 4300-257 Porto",
                        "44 Regent St, Redfern NSW 2016",
                    ]
                )
            ),
            "main_phone": G(lambda f: f.pick([c[2] for c in CLINICS])),
            "support_email": G(
                lambda f: f.pick(
                    ["frontdesk.pdx@harbourline.health", "porto@harbourline.pt", "redfern@harbourline.com.au"]
                )
            ),
            "samhsa_otp_certification": G(lambda f: f.pick(["OR-10023-M", "MD-10077-M", "NM-10011-M"])),
            "medical_director": Y(lambda f: "Dr. " + full_name(f), "name"),
            "medical_director_email": Y(
                lambda f: ascii_fold(first(f)) + "." + ascii_fold(last(f)) + "@harbourline.health", "email"
            ),
            "active_patients": G(lambda f: f.r.randint(80, 900)),
            "opened_on": G(lambda f: f.date(2008, 2023)),
            "country": G(lambda f: f.pick(["US", "PT", "AU"])),
        },
        30,
    ),
    ("alias", None, mobile, None, 25),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, client, body, count in EVENTS:
        for _ in range(count):
            chosen = client(f) if callable(client) else client
            server = chosen in ("python", "node", "go", "java", "ruby", "php", "dotnet")
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if not server:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick(["", "usr_"]) + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.pick(CLINICS)[0]
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[chosen](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=292)
    write(Path(__file__).parent, "holdout292_", events, labels)
