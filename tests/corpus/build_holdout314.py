"""Writes holdout314: tests/corpus/holdout314_events.jsonl and holdout314_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, the other holdouts' labels or their builders (build_holdout3.py was read
for its format only), and without running the engine on these events. It has never been scored by
its author. Run: `.venv/bin/python -m tests.corpus.build_holdout314` (seeded, deterministic).

Domain: oncology patient support and chemotherapy scheduling. A cancer-centre patient app (iOS on
analytics-swift, Android on analytics-kotlin, a carers' app on analytics-react-native, an Indian
Flutter app), a web patient portal and a nurse-navigator console (analytics.js), and backends on
python, node, go, java, ruby, php and .NET. Three centres: Chicago (US), Amsterdam (NL, Dutch keys
and values) and Pune (IN, romanised Hindi keys). Covers chemo and radiotherapy appointments and
infusion-chair booking, symptom and side-effect diaries (CTCAE grades), blood counts before
cycles, care-team messages, transport (ride vendors' webhooks) and accommodation, clinical-trial
matching and prescreening, carers' invitations, financial-assistance applications (US, NL, IN),
a comfort-shop storefront (Segment e-commerce spec), donations (Stripe-shaped), Twilio and
SendGrid webhooks, Zoom telehealth, a warehouse reverse-ETL identify (SCREAMING_SNAKE), page,
screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET billing
service and the Twilio webhook, kebab-case from a PHP/nginx-era service and SendGrid's `smtp-id`,
SCREAMING_SNAKE from the warehouse, Dutch keys (voornaam, bsn, bijwerking ...) and romanised
Hindi keys (naam, pita_ka_naam, aadhaar_sankhya, dawai_naam ...). Values are generated per
country: names from many cultures, US/NL/IN phone formats, NL postcodes and 11-proof BSNs,
Verhoeff-valid Aadhaar numbers, PANs, ABHA numbers, Medicare MBIs, Luhn-valid cards, mod-97
IBANs, valid-structure SSNs, real bank routing numbers and IFSC codes.

Labels (one per leaf path, as flattened by portal.events.flatten): classification red / yellow /
green, type (a default matcher's name from REFERENCE.md or `bank account`, `geolocation`,
`secret`, `national id`, `health id`, `advertising id`, `credit score`; `a|b` where either is
fair) and value_only (the key does not say what the value is). The rules followed:

- PII is personal data about a natural person: the patient, a carer, a dependant, an emergency
  contact, a donor or gift recipient, and staff (nurses, oncologists, drivers). Colour is the
  reference matcher's default; outside the reference, red for secrets/tokens, card numbers, bank
  accounts (incl. UPI ids), government ids (BSN, Aadhaar, PAN, SSN and its last four) and health
  system ids (MRN, hospital patient numbers, Medicare MBI, Medicaid id, ABHA number and address);
  yellow otherwise (geolocation, advertising ids incl. gclid/fbclid/fbp/fbc, credit score).
- Green: ids we or a vendor issue (user, patient, appointment, order, booking, ride, Stripe
  `cus_`/`pi_` ids, Twilio SIDs, e-mail Message-IDs, NCT trial ids, confirmation numbers, OPD
  queue numbers), versions, timestamps, amounts and doses, enums, counters and booleans under
  PII-sounding keys, product / drug-free shop items / hotel / insurer / employer / hospital / pet
  names, places that are not the person's (a hotel's or trial site's city, a hospital's address,
  fax and phone, role mailboxes such as trials@), country, state, language, timezone, user agents,
  OS-issued device ids, card brand / last four / expiry, routing numbers and IFSC codes, ages,
  job titles, relationship enums, insurer group numbers (they identify the employer's plan).
- Contested cases follow the product's published policy: insurer member and policy numbers are
  yellow `identification`; rx numbers yellow `medication`; incomes yellow `salary`; plates yellow
  `license`; a Stripe `pm_` id, one-time codes, invite codes and sign-in-link tokens red `token`;
  push registration tokens red `token`; a Zoom join URL carrying its `pwd` red `secret|token`;
  call-masking proxy numbers and a clinic's Twilio number green.
- Health data uses the reference's health matchers and their colour (yellow): cancer type, ICD-10
  code, treatment site and biomarkers `diagnosis`; regimens, drugs and premedication
  `medication`; symptoms, side effects, CTCAE grades, ECOG status, and clinical measurements
  (blood counts, temperature, questionnaire scores) `condition|diagnosis` (a careful privacy owner
  flags a patient's lab values; the reference has no closer matcher); procedures `procedure`.
  Visit, appointment and referral types are service categories: green. A boolean that reveals a
  special category is labelled as that category: a wheelchair-accessible vehicle or accessible
  room `disability` (red), pregnancy or brain metastases `condition` (yellow), veteran status
  `veteran` (red).
- A hashed e-mail (sha256 of the address, sent for ad matching) is still the person's e-mail:
  yellow `email` (only hashes of non-personal data are green).
- value_only paths hold the PII in every value; free text is labelled by what every one of its
  values carries (each such field's templates all carry it), green when none does.
"""

import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- people -----------------------------------------------------------------------------------------

US_FIRST = [
    "Maria", "James", "DeShawn", "Emily", "José", "Aaliyah", "Michael", "Linh", "Patricia", "Tyrone",
    "Rebecca", "Héctor", "Ashley", "Kenji", "Fatoumata", "Robert", "Guadalupe", "Shira", "Darnell",
    "Megan", "Wei", "Olusegun", "Brianna", "Svetlana", "Samuel", "Nadia", "Tomasz",
]  # fmt: skip
US_LAST = [
    "Hernandez", "Johnson", "Carter", "Nguyen", "Rodriguez", "Williams", "Kowalczyk", "O'Connor",
    "Washington", "Goldberg", "Tran", "Jackson", "Diallo", "Martinez", "Kim", "Murphy", "Adeyemi",
    "Okonkwo", "Petrova", "Rivera", "Cohen", "Yamamoto", "Lopez", "Anderson", "Haddad", "Novak",
]  # fmt: skip
NL_FIRST = [
    "Sanne", "Daan", "Fleur", "Thijs", "Lotte", "Bram", "Noor", "Jeroen", "Fatima", "Mohamed",
    "Sevda", "Anouk", "Kees", "Ingrid", "Ruud", "Yara", "Joost", "Marieke", "Emre", "Wilhelmina",
    "Gerrit", "Soraya",
]  # fmt: skip
NL_LAST = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "El Amrani", "Yılmaz",  # noqa: RUF001 "van Dijk", "Hoekstra", "Bos", "Vermeulen", "Kuipers", "de Groot",
    "Peters", "Boukhari", "van der Linden", "Tjon A Fong", "Nijholt",
]  # fmt: skip
IN_FIRST = [
    "Priya", "Rahul", "Anjali", "Mohammed", "Gurpreet", "Lakshmi", "Arjun", "Sunita", "Vikram",
    "Farah", "Deepak", "Kavitha", "Suresh", "Meera", "Imran", "Pooja", "Ramesh", "Aisha", "Harpreet",
    "Venkatesh", "Shalini", "Nitin",
]  # fmt: skip
IN_LAST = [
    "Sharma", "Verma", "Iyer", "Siddiqui", "Kaur", "Narayanan", "Reddy", "Patil", "Singh", "Khan",
    "Deshpande", "Nair", "Gupta", "Mukherjee", "Joshi", "Banerjee", "Pillai", "Chatterjee",
    "Kulkarni", "Rao", "Gaikwad", "Shinde",
]  # fmt: skip

NAMES = {"us": (US_FIRST, US_LAST), "nl": (NL_FIRST, NL_LAST), "in": (IN_FIRST, IN_LAST)}
MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
}
STAFF_DOMAIN = {"us": "lakeshorecc.org", "nl": "amstel-oc.nl", "in": "sahyadricancer.in"}


def region(f: Fake, where: str | None) -> str:
    return where or f.pick(["us", "us", "nl", "in"])


def first(f: Fake, where: str | None = None) -> str:
    return f.pick(NAMES[region(f, where)][0])


def last(f: Fake, where: str | None = None) -> str:
    return f.pick(NAMES[region(f, where)][1])


def name(f: Fake, where: str | None = None) -> str:
    w = region(f, where)
    return f"{first(f, w)} {last(f, w)}"


def ascii_(s: str) -> str:
    table = str.maketrans("éèáíóúñıçü", "eeaiounicu")
    return s.lower().translate(table).replace("'", "").replace(" ", "")


def email(f: Fake, where: str | None = None) -> str:
    w = region(f, where)
    fn, ln = ascii_(first(f, w)), ascii_(last(f, w))
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL[w])}"


def staff_name(f: Fake, where: str | None = None) -> str:
    w = region(f, where)
    prefix = f.pick(["Dr. ", "", "", "Dr. "]) if w != "nl" else f.pick(["dr. ", "", "drs. "])
    return f"{prefix}{first(f, w)} {last(f, w)}"


def staff_email(f: Fake, where: str | None = None) -> str:
    w = region(f, where)
    fn, ln = ascii_(first(f, w)), ascii_(last(f, w))
    local = f.pick([f"{fn[0]}{ln}", f"{fn}.{ln}", f"{fn[0]}.{ln}"])
    return f"{local}@{STAFF_DOMAIN[w]}"


# -- contact details --------------------------------------------------------------------------------


def phone_us(f: Fake) -> str:
    area = f.pick([312, 773, 872, 630, 708, 847, 219, 414, 815])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
            f"+1 {area}-{ex}-{line:04d}",
        ]
    )


def phone_nl(f: Fake) -> str:
    d = f"{f.r.randint(10000000, 99999999)}"
    return f.pick([f"06-{d}", f"06 {d[:4]} {d[4:]}", f"+31 6 {d}", f"+316{d}", f"06{d}"])


def phone_in(f: Fake) -> str:
    d = f"{f.r.randint(6, 9)}{f.r.randint(100000000, 999999999)}"
    return f.pick([f"+91 {d[:5]} {d[5:]}", d, f"+91{d}", f"0{d[:5]} {d[5:]}", f"+91-{d}"])


def phone(f: Fake, where: str | None = None) -> str:
    return {"us": phone_us, "nl": phone_nl, "in": phone_in}[region(f, where)](f)


US_STREETS = ["Kedzie Ave", "Belmont Ave", "Halsted St", "Lake Shore Dr", "Devon Ave", "Cicero Ave",
              "Chicago Ave", "Oak Park Ave", "Ridge Rd", "Sheridan Rd", "Archer Ave", "Main St"]  # fmt: skip
US_CITIES = ["Chicago", "Evanston", "Oak Park", "Skokie", "Gary", "Naperville", "Joliet", "Cicero",
             "Milwaukee", "Aurora", "Waukegan", "Hammond"]  # fmt: skip
NL_STREETS = ["Kerkstraat", "Van Woustraat", "Laan van Meerdervoort", "Dorpsstraat", "Prinsengracht",
              "Molenweg", "Javastraat", "Stationsweg", "Burgemeester de Vlugtlaan",
              "Zeeburgerdijk"]  # fmt: skip
NL_CITIES = ["Amsterdam", "Haarlem", "Zaandam", "Amstelveen", "Hoofddorp", "Almere", "Purmerend",
             "Hilversum", "Alkmaar", "Lelystad"]  # fmt: skip
IN_CITIES = ["Pune", "Mumbai", "Nashik", "Satara", "Kolhapur", "Aurangabad", "Solapur", "Ahmednagar",
             "Thane", "Sangli"]  # fmt: skip
IN_AREAS = ["Baner Road", "Shivaji Nagar", "Kothrud", "Hadapsar", "Aundh", "Wakad", "Dadar West",
            "Sadar Bazar", "Rasta Peth", "Camp"]  # fmt: skip


def street_us(f: Fake) -> str:
    return f"{f.r.randint(100, 9999)} {f.pick(['N', 'S', 'W', 'E', ''])} {f.pick(US_STREETS)}".replace(
        "  ", " "
    )


def street_nl(f: Fake) -> str:
    return f"{f.pick(NL_STREETS)} {f.r.randint(1, 320)}{f.pick(['', '', 'A', '-2', ' III', 'hs'])}"


def street_in(f: Fake) -> str:
    return f.pick(
        [
            f"Flat {f.r.randint(101, 1204)}, {f.pick(['Sai Krupa', 'Gokul', 'Shanti Niwas', 'Vrindavan'])} "
            f"Apartments, {f.pick(IN_AREAS)}",
            f"{f.r.randint(1, 80)}/{f.pick('ABCD')}, {f.pick(IN_AREAS)}",
            f"House No. {f.r.randint(1, 400)}, Ward {f.r.randint(1, 30)}, "
            f"near {f.pick(['Hanuman Mandir', 'ST Stand', 'Gram Panchayat'])}",
        ]
    )


def street(f: Fake, where: str | None = None) -> str:
    return {"us": street_us, "nl": street_nl, "in": street_in}[region(f, where)](f)


def zip_us(f: Fake) -> str:
    z = f"{f.pick([606, 604, 603, 605, 463, 532])}{f.r.randint(1, 99):02d}"
    return f.pick([z, z, f"{z}-{f.r.randint(1000, 9999)}"])


def postcode_nl(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
    return f.pick([f"{f.r.randint(1011, 1399)} {letters}", f"{f.r.randint(1011, 1399)}{letters}"])


def pin_in(f: Fake) -> str:
    return f"{f.pick([411, 400, 422, 415, 416, 431, 413, 414])}{f.r.randint(1, 99):03d}"


def city(f: Fake, where: str | None = None) -> str:
    return f.pick({"us": US_CITIES, "nl": NL_CITIES, "in": IN_CITIES}[region(f, where)])


def dob(f: Fake) -> str:
    return f.pick(
        [
            f.date(1938, 2001),
            f.date(1938, 2001),
            "{2:02d}/{1:02d}/{0}".format(*map(int, f.date(1938, 2001).split("-"))),
        ]
    )


# -- identifiers ------------------------------------------------------------------------------------


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        total = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True))
        check = total % 11
        if check < 10:
            return "".join(map(str, d)) + str(check)


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f: Fake) -> str:
    body = str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def pan(f: Fake) -> str:
    up = string.ascii_uppercase
    return (
        "".join(f.pick(up) for _ in range(3)) + "P" + f.pick(up) + f"{f.r.randint(1000, 9999)}" + f.pick(up)
    )


def abha(f: Fake) -> str:
    n = f"91{f.r.randint(10**11, 10**12 - 1)}"
    return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"


def mbi(f: Fake) -> str:
    alpha = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]
    aln = alpha + list(string.digits)
    chars = [
        str(f.r.randint(1, 9)), f.pick(alpha), f.pick(aln), str(f.r.randint(0, 9)), f.pick(alpha),
        f.pick(aln), str(f.r.randint(0, 9)), f.pick(alpha), f.pick(alpha), str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]  # fmt: skip
    s = "".join(chars)
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mrn_us(f: Fake) -> str:
    return f.pick([f"{f.r.randint(0, 9999999):08d}", f"E{f.r.randint(1000000, 9999999)}"])


def iban(f: Fake, country: str = "NL") -> str:
    if country == "NL":
        bban = (
            f.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"])
            + f"{f.r.randint(0, 10**10 - 1):010d}"
        )
    else:  # BE
        bban = f"{f.r.randint(0, 10**12 - 1):012d}"
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


ROUTING = ["071000013", "071000039", "021000021", "026009593", "121000248", "071923909", "075000019"]
IFSC = ["SBIN0001234", "HDFC0000123", "ICIC0000456", "BKID0000710", "MAHB0000291", "UTIB0000027"]


def upi(f: Fake) -> str:
    handle = f.pick(["okaxis", "ybl", "paytm", "okhdfcbank", "oksbi", "ibl"])
    local = f.pick(
        [ascii_(first(f, "in")) + str(f.r.randint(1, 999)), f"9{f.r.randint(100000000, 999999999)}"]
    )
    return f"{local}@{handle}"


def plate(f: Fake, where: str) -> str:
    up = "BDFGHJKLNPRSTVXZ"
    if where == "nl":
        return f.pick(
            [
                f"{f.pick(up)}{f.pick(up)}-{f.r.randint(100, 999)}-{f.pick(up)}",
                f"{f.r.randint(1, 99)}-{f.pick(up)}{f.pick(up)}{f.pick(up)}-{f.r.randint(1, 9)}",
                f"{f.pick(up)}-{f.r.randint(100, 999)}-{f.pick(up)}{f.pick(up)}",
            ]
        )
    if where == "in":
        return f"MH {f.r.randint(1, 50):02d} {f.pick(up)}{f.pick(up)} {f.r.randint(1000, 9999)}"
    return f.pick(
        [
            f"{f.pick(up)}{f.pick(up)} {f.r.randint(10000, 99999)}",
            f"{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def rand_chars(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits + "-_") -> str:
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + f.pick(["jw", "iA", "jwm"]) + rand_chars(f, 78) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + rand_chars(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def fcm_token(f: Fake) -> str:
    return rand_chars(f, 22) + ":APA91b" + rand_chars(f, 134)


def apns_token(f: Fake) -> str:
    return f.hexid(64)


def zoom_join_url(f: Fake) -> str:
    meeting = f.r.randint(80000000000, 99999999999)
    pwd = rand_chars(f, 32, string.ascii_letters + string.digits)
    return f"https://lakeshorecc.zoom.us/j/{meeting}?pwd={pwd}"


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def clock(f: Fake) -> str:
    return f"{f.r.randint(7, 18):02d}:{f.pick(['00', '15', '30', '45'])}"


def day(f: Fake, year: int = 2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- clinical vocabularies ----------------------------------------------------------------------------

REGIMENS = ["FOLFOX", "AC-T", "R-CHOP", "Carboplatin/Paclitaxel", "Pembrolizumab", "FOLFIRINOX",
            "Capecitabine", "Docetaxel/Cyclophosphamide", "Gemcitabine/Cisplatin", "ABVD"]  # fmt: skip
DRUGS = ["ondansetron 8 mg", "dexamethasone 4 mg", "olanzapine 5 mg", "loperamide 2 mg",
         "filgrastim 300 mcg", "prochlorperazine 10 mg", "lorazepam 0.5 mg", "capecitabine 500 mg",
         "tamoxifen 20 mg", "letrozole 2.5 mg"]  # fmt: skip
PREMEDS = ["dexamethasone", "diphenhydramine", "famotidine", "ondansetron", "fosaprepitant"]
SYMPTOMS = ["nausea", "fatigue", "vomiting", "diarrhoea", "mouth sores", "tingling in fingers",
            "fever", "rash", "hand-foot syndrome", "constipation", "shortness of breath",
            "hair loss"]  # fmt: skip
CTCAE = ["Nausea", "Fatigue", "Peripheral sensory neuropathy", "Oral mucositis", "Diarrhea",
         "Febrile neutropenia", "Palmar-plantar erythrodysesthesia syndrome", "Alopecia",
         "Anemia"]  # fmt: skip
CANCERS = ["Stage II HER2+ breast cancer", "Stage IIIB non-small cell lung cancer",
           "Metastatic colorectal adenocarcinoma", "Diffuse large B-cell lymphoma",
           "Stage IV pancreatic adenocarcinoma", "Classical Hodgkin lymphoma",
           "Triple-negative breast cancer", "Squamous cell carcinoma of the cervix"]  # fmt: skip
ICD10 = ["C50.911", "C34.12", "C18.7", "C83.38", "C25.0", "C81.90", "C53.9", "C61", "C50.412"]
SITES = ["left breast", "right lung", "pelvis", "whole brain", "prostate", "cervix", "rectum", "right breast"]
BIOMARKERS = ["EGFR L858R", "ALK fusion", "HER2 3+", "PD-L1 TPS 60%", "KRAS G12C", "BRCA1 pathogenic",
              "MSI-H", "ER+/PR+"]  # fmt: skip
PROCEDURES = ["port placement", "PET-CT", "bone marrow biopsy", "radiotherapy planning CT",
              "lumpectomy", "colonoscopy", "PICC line insertion", "brain MRI"]  # fmt: skip
NL_BIJWERKING = ["misselijkheid", "vermoeidheid", "tintelingen in vingers", "diarree", "koorts",
                 "mondslijmvliesontsteking", "haaruitval", "huiduitslag"]  # fmt: skip
HI_DAWAI = ["Ondansetron 4 mg", "Pantoprazole 40 mg", "Dexona 4 mg", "Capegard 500", "Emeset 8 mg",
            "Paracetamol 650"]  # fmt: skip


# -- contexts of the client libraries -------------------------------------------------------------


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2600:1700", "2601:240", "2a02:a440", "2a02:58", "2409:4042", "2405:201"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake):
    return f.pick([f.ipv4(), f.ipv4(), f.ipv4(), ipv6(f)])


WEB_SITES = {
    "portal": (
        "https://my.lakeshorecc.org",
        ["/", "/appointments", "/messages", "/labs", "/trials", "/billing/assistance"],
    ),
    "console": (
        "https://navigator.lakeshorecc.org",
        ["/patients", "/worklist", "/patients/{id}/timeline", "/tasks", "/rides"],
    ),
    "shop": (
        "https://shop.lakeshorecc.org",
        ["/", "/wigs-and-scarves", "/checkout", "/comfort-kits", "/donate"],
    ),
}


def web_context(site: str):
    base, paths = WEB_SITES[site]

    def page_path(f: Fake) -> str:
        return f.pick(paths).replace("{id}", str(f.r.randint(100000, 999999)))

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(page_path),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", base + "/", "https://www.bing.com/"])
            ),
            "search": G(
                lambda f: f.pick(["", "", "?tab=upcoming", "?utm_source=newsletter&utm_medium=email"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Lakeshore MyCare", "Navigator Console", "Comfort Shop | Lakeshore Cancer Center"]
                )
            ),
            "url": G(lambda f: base + page_path(f)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "8", "121"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "en-US", "pl-PL"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Chicago", "America/Indiana/Indianapolis"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["survivorship_week", "flu_shot_reminder", "giving_tuesday"])),
            "source": G(lambda f: f.pick(["newsletter", "google", "facebook"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "social"])),
            "content": G(lambda f: f.pick(["hero_cta", "footer_link", "v2"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Lakeshore MyCare"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6401", "6423", "6500"])),
            "namespace": G(lambda f: "org.lakeshorecc.mycare"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([False, False, True])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Verizon", "T-Mobile", "--"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: "America/Chicago"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Fake, nl: bool = False):
    return {
        "app": {
            "name": G(lambda f: "Amstel Zorgapp" if nl else "Lakeshore MyCare"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1"]) if nl else f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["320", "321", "640"])),
            "namespace": G(lambda f: "nl.amsteloc.zorgapp" if nl else "org.lakeshorecc.mycare"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7", "CPH2449", "moto g54 5G", "SM-S918B"])),
            "name": G(lambda f: f.pick(["a54x", "panther", "OP5958L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["nl-NL", "en-NL", "nl-NL"]) if nl else f.pick(["en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["KPN", "Vodafone NL", "Odido"]) if nl else f.pick(["T-Mobile", "Verizon"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: "Europe/Amsterdam" if nl else "America/Chicago"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)",
                ]
            )
        ),
        "ip": Y(ip, "ip"),
    }


def rn_context(f: Fake, with_location: bool = False):
    ctx = {
        "app": {
            "name": G(lambda f: "Lakeshore CareCircle"),
            "version": G(lambda f: f.pick(["2.8.1", "2.9.0"])),
            "build": G(lambda f: f.pick(["281", "290"])),
            "namespace": G(lambda f: "org.lakeshorecc.carecircle"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U", "iPhone15,4"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: "America/Chicago"),
        "traits": {
            "email": Y(lambda f: email(f, "us"), "email"),
            "name": Y(lambda f: name(f, "us"), "name"),
            "phone": Y(lambda f: phone_us(f), "phone"),
            "role": G(lambda f: f.pick(["carer", "patient"])),
        },
        "ip": Y(ip, "ip"),
    }
    if with_location:
        ctx["location"] = {
            "latitude": Y(lambda f: round(41.70 + f.r.random() * 0.4, 6), "geolocation"),
            "longitude": Y(lambda f: round(-87.85 + f.r.random() * 0.3, 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0, 1.4])),
        }
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Sahyadri CareConnect"),
            "version": G(lambda f: f.pick(["2.1.4", "2.2.0"])),
            "build": G(lambda f: f.pick(["214", "220"])),
            "namespace": G(lambda f: "in.sahyadricancer.careconnect"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "vivo", "samsung", "realme", "OPPO"])),
            "model": G(lambda f: f.pick(["Redmi Note 12", "V2207", "SM-M146B", "RMX3771", "CPH2591"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["hi-IN", "mr-IN", "en-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: f.pick([1600, 1612]))},
        "timezone": G(lambda f: "Asia/Kolkata"),
        "ip": Y(ip, "ip"),
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


def server_context(lib: str, with_ip: bool = False, traits: dict | None = None, group: bool = False):
    libname, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(lambda f: libname), "version": G(lambda f: f.pick(versions))}}
    if with_ip:
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if traits:
        ctx["traits"] = traits
    if group:
        ctx["groupId"] = G(lambda f: f.pick(["grp_thoracic", "grp_breast", "grp_heme", "grp_gi"]))
    return ctx


SERVER_TRAITS_US = {
    "email": Y(lambda f: email(f, "us"), "email"),
    "name": Y(lambda f: name(f, "us"), "name"),
    "patient_id": G(lambda f: f.r.randint(100000, 999999)),
}


def context_for(client: str, f: Fake):
    if client.startswith("web:"):
        return web_context(client[4:])
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "kotlin_nl":
        return kotlin_context(f, nl=True)
    if client == "rn":
        return rn_context(f)
    if client == "rn_loc":
        return rn_context(f, with_location=True)
    if client == "flutter":
        return flutter_context(f)
    lib, _, opts = client.partition("+")
    return server_context(
        lib,
        with_ip="ip" in opts,
        traits=SERVER_TRAITS_US if "traits" in opts else None,
        group="group" in opts,
    )


# -- event bodies -----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["WIG", "SCF", "KIT", "CAP", "BKS"])
                + "-"
                + f.digits(4)
                + f.pick(["-BRN", "-BLK", "", "-L"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Synthetic Wig - Short Bob",
                    "Bamboo Head Scarf",
                    "Chemo Comfort Kit",
                    "Cooling Cap Liner",
                    "Port Access Hoodie",
                    "Journal: My Treatment Year",
                    "Unscented Hand Cream",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["Lakeshore Comfort", "Hairuwear", "Cozy Crown", "Paxman"])),
        "category": G(lambda f: f.pick(["Wigs & Headwear", "Comfort", "Books", "Clothing"])),
        "variant": G(lambda f: f.pick(["Brown", "Black", "One size", "L", "Grey"])),
        "price": G(lambda f: f.pick([12.0, 24.5, 39.99, 89.0, 149.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def shipping_address(where: str = "us"):
    return {
        "name": Y(lambda f: name(f, where), "name"),
        "line1": Y(lambda f: street(f, where), "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 3R", "Unit 1204", "Fl 2", "Apt 5B", "# 17"]), "address|street"),
        "city": Y(lambda f: city(f, where), "city"),
        "state": G(lambda f: f.pick(["IL", "IN", "WI"])),
        "postal_code": Y(lambda f: zip_us(f), "zipcode"),
        "country": G(lambda f: "US"),
    }


def symptom_note(f: Fake) -> str:
    s = f.pick(SYMPTOMS)
    return f.pick(
        [
            f"{s.capitalize()} since yesterday evening",
            f"Bad {s} after the infusion, took my meds",
            f"{s} a bit better today",
            f"Woke up with {s} again",
            f"{s} and couldn't eat much",
        ]
    )


def callback_text(f: Fake) -> str:
    p = phone_us(f)
    return f.pick(
        [
            f"Can someone call me back at {p}? My temperature is 38.4",
            f"Please call {p}, I missed the pharmacy call",
            f"Question about my ride tomorrow - best number is {p}",
            f"My daughter will pick up the forms, her cell is {p}",
            f"Call me on {p} after 3pm please",
        ]
    )


def navigator_note(f: Fake) -> str:
    who = f.pick(["daughter", "husband", "son", "neighbour", "sister"])
    contact = f.pick([phone_us(f), email(f, "us")])
    return f.pick(
        [
            f"Spoke with {who} re: transport to cycle 3, reach at {contact}",
            f"Left voicemail; pt prefers contact via {contact}",
            f"Financial counselor to follow up, {who} is the contact ({contact})",
            f"Pt asked that updates go to {contact} going forward",
        ]
    )


def sms_body(f: Fake) -> str:
    fn = first(f, "us")
    return f.pick(
        [
            f"Hi {fn}, reminder: your appointment at Lakeshore Cancer Center is tomorrow at {clock(f)}. "
            "Reply C to confirm.",
            f"{fn}, your ride to Lakeshore is on the way. Track it in the app.",
            f"Hello {fn}, your lab results are ready in MyCare.",
            f"Hi {fn}! Your care team sent you a new message. Log in to MyCare to read it.",
        ]
    )


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Thinking of you every day. Love, {first(f)}",
            f"For {first(f)} - you've got this! xx",
            f"Stay strong, {first(f)}. From all of us at the office",
            f"Get well soon {first(f)}! Love, {first(f)} & the kids",
        ]
    )


def nl_toelichting(f: Fake) -> str:
    p = phone_nl(f)
    return f.pick(
        [
            f"Graag terugbellen op {p}",
            f"Bereikbaar via {p} na 14:00",
            f"Mijn partner belt morgen, nummer {p}",
            f"Bel aub {p}, ik heb koorts",
        ]
    )


EVENTS: list[tuple] = [
    # (kind, event or name, clients, body, weight)
    # -- US patient app -------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": Y(lambda f: email(f, "us"), "email"),
            "firstName": Y(lambda f: first(f, "us"), "name"),
            "lastName": Y(lambda f: last(f, "us"), "name"),
            "phone": Y(phone_us, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street_us, "address|street"),
                "city": Y(lambda f: city(f, "us"), "city"),
                "state": G(lambda f: f.pick(["IL", "IN", "WI"])),
                "postalCode": Y(zip_us, "zipcode"),
                "country": G(lambda f: "US"),
            },
            "gender": Y(lambda f: f.pick(["female", "male", "female", "nonbinary"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["English", "Spanish", "Polish", "English"])),
            "mrn": RED(mrn_us, "health id"),
            "primaryOncologist": Y(lambda f: staff_name(f, "us"), "name"),
            "cancerCenter": G(
                lambda f: f.pick(["Lakeshore Cancer Center - Loop", "Lakeshore Cancer Center - Evanston"])
            ),
            "portalActivated": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "notificationPrefs": {
                "sms": G(lambda f: f.pick([True, False])),
                "email": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
            },
            "age": G(lambda f: f.r.randint(24, 88)),
            "insurancePlan": G(
                lambda f: f.pick(
                    ["BCBS IL PPO", "Aetna Choice POS II", "Medicare Advantage", "Medicaid (IL)"]
                )
            ),
            "insuranceMemberId": Y(lambda f: f.pick(["XOF", "MEM", "W"]) + f.digits(9), "identification"),
            "insuranceGroupNumber": G(lambda f: f.digits(6)),
        },
        2,
    ),
    (
        "track",
        "Appointment Scheduled",
        ["swift", "kotlin", "web:portal"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "appointment_type": G(
                lambda f: f.pick(["infusion", "lab", "consult", "follow_up", "telehealth"])
            ),
            "department": G(
                lambda f: f.pick(
                    ["Infusion Center 4B", "Radiation Oncology", "Lab - 2nd floor", "Thoracic Clinic"]
                )
            ),
            "location_name": G(lambda f: f.pick(["Lakeshore Loop Campus", "Lakeshore Evanston"])),
            "scheduled_for": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 60, 120, 240, 360])),
            "provider_name": Y(lambda f: staff_name(f, "us"), "name"),
            "chair_number": G(lambda f: f.r.randint(1, 32)),
            "cycle_number": G(lambda f: f.r.randint(1, 8)),
            "day_of_cycle": G(lambda f: f.pick([1, 8, 15])),
            "regimen": Y(lambda f: f.pick(REGIMENS), "medication"),
            "reminder_opt_in": G(lambda f: f.pick([True, False])),
            "booked_via": G(lambda f: f.pick(["app", "scheduler", "navigator"])),
            "is_reschedule": G(lambda f: f.pick([True, False, False])),
        },
        3,
    ),
    (
        "track",
        "Appointment Rescheduled",
        ["node+traits", "node"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "oldStart": G(lambda f: f.iso()),
            "newStart": G(lambda f: f.iso()),
            "reason": G(lambda f: f.pick(["low_counts", "patient_request", "chair_unavailable", "weather"])),
            "rescheduledByRole": G(lambda f: f.pick(["scheduler", "nurse_navigator", "patient"])),
            "rescheduledByName": Y(lambda f: staff_name(f, "us"), "name"),
            "notifyPatient": G(lambda f: f.pick([True, False])),
            "patientPhone": Y(phone_us, "phone"),
            "smsTemplate": G(lambda f: f.pick(["appt_moved_v3", "appt_moved_es_v1"])),
        },
        1,
    ),
    (
        "track",
        "Check In Completed",
        ["swift", "kotlin"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "kiosk_id": G(lambda f: f.pick(["KIOSK-LP-03", "KIOSK-LP-07", "KIOSK-EV-01"])),
            "check_in_method": G(lambda f: f.pick(["qr", "kiosk", "front_desk", "geofence"])),
            "wait_minutes": G(lambda f: f.r.randint(0, 75)),
            "temperature_f": Y(lambda f: round(f.r.uniform(97.0, 101.2), 1), "condition|diagnosis"),
            "wristband_printed": G(lambda f: f.pick([True, False])),
            "copay_due": G(lambda f: f.pick([0, 0, 25, 40])),
        },
        2,
    ),
    (
        "screen",
        "Lab Results",
        ["kotlin", "swift"],
        {
            "result_id": G(lambda f: f.digits(9)),
            "collected_at": G(lambda f: f.iso()),
            "anc": Y(lambda f: round(f.r.uniform(0.3, 6.5), 1), "condition|diagnosis"),
            "wbc": Y(lambda f: round(f.r.uniform(1.2, 11.0), 1), "condition|diagnosis"),
            "hemoglobin": Y(lambda f: round(f.r.uniform(7.8, 15.1), 1), "condition|diagnosis"),
            "platelets": Y(lambda f: f.r.randint(40, 420), "condition|diagnosis"),
            "units": G(lambda f: "10^3/uL"),
            "results_count": G(lambda f: f.r.randint(4, 22)),
            "viewed_tab": G(lambda f: f.pick(["summary", "trend", "pdf"])),
        },
        2,
    ),
    (
        "track",
        "Pre-Cycle Labs Reviewed",
        ["python+group"],
        {
            "patient_id": G(lambda f: f.r.randint(100000, 999999)),
            "mrn": RED(mrn_us, "health id"),
            "cycle_number": G(lambda f: f.r.randint(1, 8)),
            "labs": {
                "anc": Y(lambda f: round(f.r.uniform(0.3, 6.5), 1), "condition|diagnosis"),
                "platelets": Y(lambda f: f.r.randint(40, 420), "condition|diagnosis"),
                "hgb": Y(lambda f: round(f.r.uniform(7.8, 15.1), 1), "condition|diagnosis"),
                "creatinine": Y(lambda f: round(f.r.uniform(0.5, 2.1), 2), "condition|diagnosis"),
                "collected_at": G(lambda f: f.iso()),
            },
            "review_status": G(lambda f: f.pick(["pending", "reviewed", "escalated"])),
            "reviewed_by": Y(lambda f: staff_name(f, "us"), "name"),
            "reviewed_by_email": Y(lambda f: staff_email(f, "us"), "email"),
            "review_ms": G(lambda f: f.r.randint(800, 240000)),
            "order_set_version": G(lambda f: f.pick(["2024.03", "2024.07"])),
        },
        2,
    ),
    (
        "track",
        "Symptom Logged",
        ["rn", "swift"],
        {
            "diary_entry_id": G(lambda f: f.uuid()),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "severity": Y(lambda f: f.r.randint(0, 10), "condition"),
            "temperature_c": Y(lambda f: round(f.r.uniform(36.1, 39.4), 1), "condition|diagnosis"),
            "logged_at": G(lambda f: f.iso()),
            "entry_source": G(lambda f: f.pick(["diary", "push_prompt", "widget"])),
            "note": Y(symptom_note, "condition", True),
            "photo_attached": G(lambda f: f.pick([True, False])),
            "triage_level": G(lambda f: f.pick(["self_care", "call_nurse", "urgent"])),
            "streak_days": G(lambda f: f.r.randint(0, 40)),
        },
        3,
    ),
    (
        "track",
        "Side Effect Reported",
        ["kotlin", "swift"],
        {
            "aeTerm": Y(lambda f: f.pick(CTCAE), "condition"),
            "ctcaeGrade": Y(lambda f: f.r.randint(1, 4), "condition"),
            "onsetDate": G(lambda f: day(f)),
            "relatedDrug": Y(lambda f: f.pick([*REGIMENS, "oxaliplatin", "paclitaxel"]), "medication"),
            "actionTaken": G(lambda f: f.pick(["none", "called_triage", "er_visit"])),
            "reportedVia": G(lambda f: f.pick(["app", "nurse_call"])),
            "ctcaeVersion": G(lambda f: "5.0"),
            "reportId": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Medication Dose Taken",
        ["swift", "kotlin"],
        {
            "medication_name": Y(lambda f: f.pick(DRUGS), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "2 tablets", "8 mg", "0.5 mg"])),
            "scheduled_time": G(lambda f: clock(f)),
            "taken_at": G(lambda f: f.iso()),
            "on_time": G(lambda f: f.pick([True, False])),
            "reminder_id": G(lambda f: f.r.randint(1000, 99999)),
            "rx_number": Y(lambda f: f.pick(["RX", "", "Rx#"]) + f.digits(7), "medication"),
            "pharmacy": G(
                lambda f: f.pick(["Walgreens #3021", "CVS Pharmacy #8812", "Lakeshore Specialty Pharmacy"])
            ),
        },
        2,
    ),
    (
        "track",
        "Profile Field Updated",
        ["swift"],
        {
            "field": G(lambda f: f.pick(["mobile_phone", "home_phone", "work_phone"])),
            "value": Y(phone_us, "phone", True),
            "previous_value": Y(phone_us, "phone", True),
            "source_screen": G(lambda f: "Profile"),
        },
        1,
    ),
    (
        "track",
        "Allergy Added",
        ["kotlin", "swift"],
        {
            "text": Y(
                lambda f: f.pick(
                    [
                        "Penicillin - hives",
                        "Iodinated contrast (rash)",
                        "Latex",
                        "Sulfa drugs",
                        "Carboplatin - anaphylaxis",
                    ]
                ),
                "allergy",
                True,
            ),
            "severity": Y(lambda f: f.r.randint(0, 10), "condition"),
            "entered_by": G(lambda f: f.pick(["patient", "carer"])),
        },
        1,
    ),
    (
        "track",
        "Message Sent",
        ["rn", "swift", "web:portal"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "recipient_role": G(
                lambda f: f.pick(["nurse_navigator", "oncologist", "scheduler", "social_worker"])
            ),
            "recipient_name": Y(lambda f: staff_name(f, "us"), "name"),
            "char_count": G(lambda f: f.r.randint(8, 900)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachment_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "none"])),
            "body_preview": Y(callback_text, "phone", True),
        },
        3,
    ),
    (
        "track",
        "Emergency Contact Added",
        ["rn", "swift"],
        {
            "contact": {
                "name": Y(lambda f: name(f, "us"), "name"),
                "phone": Y(phone_us, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "friend", "partner"])),
            },
            "label": Y(
                lambda f: f"{f.pick(['Mom', 'Dad', 'My sister', 'Neighbor'])} ({name(f, 'us')})", "name", True
            ),
            "is_primary": G(lambda f: f.pick([True, False])),
            "contacts_total": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Child Profile Added",
        ["swift"],
        {
            "child_first_name": Y(lambda f: first(f, "us"), "name"),
            "child_dob": Y(lambda f: f.date(2009, 2021), "birthdate"),
            "school_name": G(
                lambda f: f.pick(["Lincoln Elementary", "Whitney Young Magnet HS", "St. Ignatius"])
            ),
            "diagnosis": Y(
                lambda f: f.pick(["Acute lymphoblastic leukemia", "Wilms tumor", "Neuroblastoma"]),
                "diagnosis",
            ),
            "profile_id": G(lambda f: f.uuid()),
            "guardian_verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Push Token Registered",
        ["kotlin", "swift"],
        {
            "push_token": RED(lambda f: f.pick([fcm_token(f), apns_token(f)]), "token"),
            "provider": G(lambda f: f.pick(["fcm", "apns"])),
            "permission": G(lambda f: f.pick(["granted", "provisional"])),
            "app_version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
        },
        1,
    ),
    # -- sign-in ------------------------------------------------------------------------------------
    (
        "track",
        "Login Code Sent",
        ["ruby"],
        {
            "email": Y(lambda f: email(f, "us"), "email"),
            "otp_code": RED(otp, "token"),
            "magic_link_token": RED(lambda f: f.hexid(40), "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "expires_in_sec": G(lambda f: f.pick([300, 600])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
        },
        1,
    ),
    (
        "track",
        "Sign In Failed",
        ["ruby"],
        {
            "identifier": Y(lambda f: email(f), "email", True),
            "failure_reason": G(lambda f: f.pick(["bad_password", "locked", "unknown_user", "expired_code"])),
            "failed_attempts": G(lambda f: f.r.randint(1, 6)),
            "account_locked": G(lambda f: f.pick([True, False, False])),
        },
        1,
    ),
    (
        "track",
        "Document Shared",
        ["web:portal", "swift"],
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["visit_summary", "lab_report", "treatment_calendar", "letter"])
            ),
            "recipient": Y(lambda f: email(f), "email", True),
            "link_expires_hours": G(lambda f: f.pick([24, 72, 168])),
            "pages": G(lambda f: f.r.randint(1, 14)),
        },
        1,
    ),
    # -- nurse navigator console ------------------------------------------------------------------
    (
        "identify",
        None,
        ["web:console"],
        {
            "name": Y(lambda f: staff_name(f, "us"), "name"),
            "email": Y(lambda f: staff_email(f, "us"), "email"),
            "title": G(
                lambda f: f.pick(
                    ["Oncology Nurse Navigator", "Financial Counselor", "Social Worker", "Scheduler"]
                )
            ),
            "department": G(lambda f: f.pick(["Thoracic", "Breast", "Heme/Onc", "GI"])),
            "employee_id": G(lambda f: f.digits(6)),
            "phone_ext": G(lambda f: "x" + str(f.r.randint(4000, 4999))),
            "role": G(lambda f: f.pick(["navigator", "admin", "read_only"])),
            "sso_provider": G(lambda f: "okta"),
            "last_login": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "group",
        None,
        ["web:console"],
        {
            "organization_name": G(
                lambda f: f.pick(
                    ["Lakeshore Thoracic Oncology", "Lakeshore Breast Center", "Lakeshore Heme/Onc"]
                )
            ),
            "industry": G(lambda f: "Hospital & Health Care"),
            "employees": G(lambda f: f.pick([85, 140, 210])),
            "campus_address": G(
                lambda f: f.pick(
                    ["675 N St Clair St, Chicago, IL 60611", "2650 Ridge Ave, Evanston, IL 60201"]
                )
            ),
            "main_line": G(lambda f: f.pick(["+1 312-555-0190", "+1 847-555-0122"])),
            "plan": G(lambda f: "enterprise"),
            "website": G(lambda f: "https://www.lakeshorecc.org"),
        },
        1,
    ),
    (
        "track",
        "Patient Searched",
        ["web:console"],
        {
            "q": Y(lambda f: f.pick([name(f, "us"), last(f, "us") + ", " + first(f, "us")]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "filter_status": G(lambda f: f.pick(["active", "all", "on_treatment"])),
            "search_ms": G(lambda f: f.r.randint(40, 900)),
        },
        2,
    ),
    (
        "track",
        "Patient Looked Up",
        ["web:console"],
        {
            "input": RED(mrn_us, "health id", True),
            "match": G(lambda f: f.pick([True, True, False])),
            "lookup_source": G(lambda f: f.pick(["barcode", "typed"])),
        },
        1,
    ),
    (
        "track",
        "Patient Record Opened",
        ["web:console"],
        {
            "patient_id": G(lambda f: f.r.randint(100000, 999999)),
            "mrn": RED(mrn_us, "health id"),
            "patient_name": Y(lambda f: name(f, "us"), "name"),
            "dob": Y(dob, "birthdate"),
            "tab": G(lambda f: f.pick(["timeline", "labs", "rides", "financial", "trials"])),
            "opened_from": G(lambda f: f.pick(["search", "worklist", "alert"])),
            "care_team_id": G(lambda f: f.pick(["ct_17", "ct_22", "ct_31"])),
        },
        2,
    ),
    (
        "track",
        "Navigator Note Added",
        ["web:console"],
        {
            "note_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["transport", "financial", "emotional_support", "scheduling"])),
            "note_text": Y(navigator_note, "phone|email", True),
            "visibility": G(lambda f: f.pick(["care_team", "private"])),
            "word_count": G(lambda f: f.r.randint(8, 60)),
        },
        2,
    ),
    (
        "track",
        "Task Assigned",
        ["web:console"],
        {
            "task_id": G(lambda f: f.r.randint(10000, 99999)),
            "task_type": G(lambda f: f.pick(["call_patient", "book_ride", "prior_auth", "lodging"])),
            "assignee_name": Y(lambda f: staff_name(f, "us"), "name"),
            "assignee_email": Y(lambda f: staff_email(f, "us"), "email"),
            "due_at": G(lambda f: f.iso()),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "patient_id": G(lambda f: f.r.randint(100000, 999999)),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ["java+group", "java"],
        {
            "referralId": G(lambda f: "REF-" + f.digits(7)),
            "referralType": G(
                lambda f: f.pick(["social_work", "nutrition", "financial_counseling", "genetic_counseling"])
            ),
            "toDepartment": G(
                lambda f: f.pick(["Supportive Oncology", "Nutrition Services", "Cancer Genetics"])
            ),
            "urgency": G(lambda f: f.pick(["routine", "urgent"])),
            "referredBy": Y(lambda f: staff_name(f, "us"), "name"),
            "faxNumber": G(lambda f: f.pick(["(312) 555-0177", "(847) 555-0140"])),
            "patientMrn": RED(mrn_us, "health id"),
            "sentAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Message Read",
        ["web:console"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "read_by_user_id": G(lambda f: f.digits(6)),
            "staff_display_name": Y(lambda f: staff_name(f, "us"), "name"),
            "latency_sec": G(lambda f: f.r.randint(30, 86400)),
            "channel": G(lambda f: f.pick(["portal", "sms_bridge"])),
        },
        1,
    ),
    # -- chemo and radiotherapy scheduling ---------------------------------------------------------
    (
        "track",
        "Infusion Chair Booked",
        ["dotnet"],
        {
            "BookingId": G(lambda f: f.r.randint(1000000, 9999999)),
            "ChairId": G(lambda f: f"C-{f.r.randint(1, 32):02d}"),
            "InfusionSuite": G(lambda f: f.pick(["4B", "4C", "EV-1"])),
            "PatientMrn": RED(mrn_us, "health id"),
            "RegimenName": Y(lambda f: f.pick(REGIMENS), "medication"),
            "CycleNumber": G(lambda f: f.r.randint(1, 8)),
            "DayNumber": G(lambda f: f.pick([1, 8, 15])),
            "ExpectedDurationMinutes": G(lambda f: f.pick([90, 180, 240, 360])),
            "PharmacyPrepRequired": G(lambda f: f.pick([True, False])),
            "NurseAssigned": Y(lambda f: name(f, "us"), "name"),
            "BookedAtUtc": G(lambda f: f.iso()),
            "PremedsOrdered": Many(Y(lambda f: f.pick(PREMEDS), "medication"), 3),
        },
        2,
    ),
    (
        "track",
        "radiotherapy_fraction_delivered",
        ["go"],
        {
            "course_id": G(lambda f: f.uuid()),
            "fraction_number": G(lambda f: f.r.randint(1, 30)),
            "total_fractions": G(lambda f: f.pick([5, 15, 25, 30])),
            "linac": G(lambda f: f.pick(["TrueBeam 2", "Halcyon", "TrueBeam 1"])),
            "treatment_site": Y(lambda f: f.pick(SITES), "diagnosis"),
            "dose_gy": G(lambda f: f.pick([2.0, 2.67, 1.8, 5.0])),
            "delivered_at": G(lambda f: f.iso()),
            "machine_downtime_min": G(lambda f: f.r.randint(0, 20)),
            "imaging": G(lambda f: f.pick(["CBCT", "kV pair", "none"])),
        },
        2,
    ),
    (
        "track",
        "Treatment Plan Approved",
        ["python"],
        {
            "plan_id": G(lambda f: f.uuid()),
            "diagnosis": Y(lambda f: f.pick(CANCERS), "diagnosis"),
            "icd10_code": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "regimen": Y(lambda f: f.pick(REGIMENS), "medication"),
            "approved_by": Y(lambda f: staff_name(f, "us"), "name"),
            "cycles_planned": G(lambda f: f.pick([4, 6, 8, 12])),
            "start_date": G(lambda f: day(f)),
            "protocol_version": G(lambda f: f.pick(["v3.1", "v4.0"])),
            "procedures_scheduled": Many(Y(lambda f: f.pick(PROCEDURES), "procedure"), 2),
        },
        1,
    ),
    # -- transport and accommodation --------------------------------------------------------------
    (
        "track",
        "Ride Requested",
        ["rn_loc"],
        {
            "rideId": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Uber Health", "Lyft Healthcare", "Lakeshore Shuttle"])),
            "pickup": {
                "address": Y(lambda f: f"{street_us(f)}, {city(f, 'us')}, IL {zip_us(f)}", "address"),
                "lat": Y(lambda f: round(41.70 + f.r.random() * 0.4, 6), "geolocation"),
                "lng": Y(lambda f: round(-87.85 + f.r.random() * 0.3, 6), "geolocation"),
                "postalCode": Y(zip_us, "zipcode"),
            },
            "dropoff": {
                "name": G(lambda f: f.pick(["Lakeshore Loop Campus", "Lakeshore Evanston"])),
                "address": G(
                    lambda f: f.pick(
                        ["675 N St Clair St, Chicago, IL 60611", "2650 Ridge Ave, Evanston, IL 60201"]
                    )
                ),
            },
            "wheelchairAccessibleVehicle": RED(lambda f: f.pick([True, False]), "disability"),
            "companionCount": G(lambda f: f.r.randint(0, 2)),
            "pickupTime": G(lambda f: f.iso()),
            "estimatedFare": G(lambda f: f.money(12, 68)),
            "fundedBy": G(
                lambda f: f.pick(["ACS Road to Recovery", "Lakeshore Foundation", "Medicaid NEMT"])
            ),
        },
        2,
    ),
    (
        "track",
        "Ride Status Updated",
        ["node"],
        {
            "ride_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["accepted", "arriving", "in_progress", "completed", "canceled"])),
            "driver": {
                "first_name": Y(lambda f: first(f), "name"),
                "phone_number": G(lambda f: f.pick(["+13125550100", "+13125550187", "+18725550133"])),
                "rating": G(lambda f: f.pick([4.8, 4.9, 5.0, 4.7])),
                "picture_url": Y(
                    lambda f: "https://d1w2poirtb3as9.cloudfront.net/" + f.hexid(20) + ".jpeg", "photo"
                ),
            },
            "vehicle": {
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Hyundai", "Ford"])),
                "model": G(lambda f: f.pick(["Camry", "Odyssey", "Sonata", "Transit"])),
                "color": G(lambda f: f.pick(["Silver", "Black", "White"])),
                "license_plate": Y(lambda f: plate(f, "us"), "license"),
            },
            "eta_seconds": G(lambda f: f.r.randint(0, 1500)),
            "driver_location": {
                "latitude": Y(lambda f: round(41.70 + f.r.random() * 0.4, 6), "geolocation"),
                "longitude": Y(lambda f: round(-87.85 + f.r.random() * 0.3, 6), "geolocation"),
                "bearing": G(lambda f: f.r.randint(0, 359)),
            },
            "vendor_event_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Lodging Requested",
        ["web:portal"],
        {
            "requestId": G(lambda f: f.digits(8)),
            "hotelName": G(
                lambda f: f.pick(
                    ["Hope Lodge Chicago", "Residence Inn Chicago Downtown", "Hyatt Place Evanston"]
                )
            ),
            "hotelCity": G(lambda f: f.pick(["Chicago", "Evanston"])),
            "checkIn": G(lambda f: day(f)),
            "checkOut": G(lambda f: day(f)),
            "nights": G(lambda f: f.r.randint(1, 30)),
            "guests": G(lambda f: f.r.randint(1, 3)),
            "guestNames": Many(Y(lambda f: name(f, "us"), "name"), 2),
            "homeDistanceMiles": G(lambda f: f.r.randint(40, 400)),
            "requiresAccessibleRoom": RED(lambda f: f.pick([True, False]), "disability"),
            "petFriendly": G(lambda f: f.pick([True, False])),
            "petName": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Pepper"])),
            "confirmationNumber": G(lambda f: f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Parking Validated",
        ["swift", "kotlin"],
        {
            "garage": G(lambda f: f.pick(["Huron St Garage", "Ridge Ave Lot"])),
            "validation_code": G(lambda f: f.hexid(6).upper()),
            "vehicle_plate": Y(lambda f: plate(f, "us"), "license"),
            "duration_min": G(lambda f: f.r.randint(30, 480)),
            "discount_pct": G(lambda f: f.pick([50, 100])),
        },
        1,
    ),
    # -- clinical trials --------------------------------------------------------------------------
    (
        "track",
        "Trial Match Viewed",
        ["web:portal", "swift"],
        {
            "trial_id": G(lambda f: "NCT0" + f.digits(7)),
            "trial_title": G(
                lambda f: f.pick(
                    [
                        "Sotorasib Plus Chemotherapy in KRAS G12C NSCLC",
                        "De-escalated Radiotherapy After Lumpectomy",
                        "Exercise During Adjuvant Chemotherapy (EXACT)",
                    ]
                )
            ),
            "phase": G(lambda f: f.pick(["Phase 2", "Phase 3", "Phase 1/2"])),
            "sponsor": G(lambda f: f.pick(["Amgen", "NCI", "Alliance for Clinical Trials in Oncology"])),
            "match_score": G(lambda f: round(f.r.random(), 2)),
            "site_city": G(lambda f: f.pick(["Chicago", "Milwaukee", "Indianapolis"])),
            "distance_km": G(lambda f: f.r.randint(1, 300)),
            "position": G(lambda f: f.r.randint(1, 10)),
        },
        2,
    ),
    (
        "track",
        "Trial Prescreen Submitted",
        ["python+ip+traits"],
        {
            "prescreen_id": G(lambda f: f.uuid()),
            "trial_id": G(lambda f: "NCT0" + f.digits(7)),
            "age": G(lambda f: f.r.randint(24, 88)),
            "sex_at_birth": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "ecog": Y(lambda f: f.r.randint(0, 3), "condition"),
            "biomarkers": Many(Y(lambda f: f.pick(BIOMARKERS), "diagnosis"), 2),
            "prior_therapies": Many(Y(lambda f: f.pick(REGIMENS), "medication"), 2),
            "brain_mets": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant_or_breastfeeding": Y(lambda f: f.pick([False, False, True]), "condition"),
            "race": Y(
                lambda f: f.pick(
                    ["White", "Black or African American", "Asian", "American Indian or Alaska Native"]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "zip": Y(zip_us, "zipcode"),
            "veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "contact_ok": G(lambda f: f.pick([True, False])),
            "coordinator_email": G(
                lambda f: f.pick(["trials@lakeshorecc.org", "research-intake@lakeshorecc.org"])
            ),
        },
        2,
    ),
    (
        "track",
        "Consent Form Signed",
        ["swift", "web:portal"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "form_version": G(lambda f: f.pick(["ICF v7 2024-02-11", "ICF v8 2024-06-30"])),
            "signed_at": G(lambda f: f.iso()),
            "witness_name": Y(lambda f: staff_name(f, "us"), "name"),
            "signer_typed_name": Y(lambda f: name(f, "us"), "name"),
            "signature_method": G(lambda f: f.pick(["drawn", "typed"])),
            "pages_viewed": G(lambda f: f.r.randint(3, 24)),
        },
        1,
    ),
    # -- carers' access ---------------------------------------------------------------------------
    (
        "track",
        "Carer Invited",
        ["swift", "kotlin"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "carer_name": Y(lambda f: name(f), "name"),
            "carer_email": Y(lambda f: email(f), "email"),
            "carer_phone": Y(lambda f: phone(f), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "friend", "parent"])),
            "access_level": G(lambda f: f.pick(["view_only", "messaging", "full_proxy"])),
            "invite_code": RED(otp, "token"),
            "expires_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "email": Y(lambda f: email(f, "us"), "email"),
            "name": Y(lambda f: name(f, "us"), "name"),
            "phone": Y(phone_us, "phone"),
            "role": G(lambda f: "carer"),
            "linked_patient_ids": Many(G(lambda f: f.r.randint(100000, 999999)), 2),
            "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "friend", "parent"])),
            "preferred_contact": G(lambda f: f.pick(["sms", "email", "push"])),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Carer Access Accepted",
        ["ruby"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "accepted_at": G(lambda f: f.iso()),
            "signin_link_token": RED(lambda f: f.jwt(), "token"),
            "carer_user_id": G(lambda f: f.digits(7)),
            "days_to_accept": G(lambda f: f.r.randint(0, 9)),
        },
        1,
    ),
    # -- financial assistance (US .NET service) ---------------------------------------------------
    (
        "track",
        "Financial Assistance Application Submitted",
        ["dotnet+ip"],
        {
            "ApplicationId": G(lambda f: "FA-" + f.digits(6)),
            "ApplicantFullName": Y(lambda f: name(f, "us"), "name"),
            "HouseholdSize": G(lambda f: f.r.randint(1, 7)),
            "AnnualHouseholdIncome": Y(lambda f: f.r.randint(9000, 140000), "salary"),
            "EmploymentStatus": G(lambda f: f.pick(["Employed", "Unemployed", "OnLeave", "Retired"])),
            "Employer": G(lambda f: f.pick(["Walgreens", "Chicago Public Schools", "Self", "Amazon"])),
            "JobTitle": G(lambda f: f.pick(["Cashier", "Teacher", "Warehouse Associate", "Retired"])),
            "SsnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "DateOfBirth": Y(dob, "birthdate"),
            "HomeAddress": {
                "Line1": Y(street_us, "address|street"),
                "City": Y(lambda f: city(f, "us"), "city"),
                "State": G(lambda f: f.pick(["IL", "IN", "WI"])),
                "PostalCode": Y(zip_us, "zipcode"),
            },
            "InsuranceStatus": G(lambda f: f.pick(["Insured", "Underinsured", "Uninsured"])),
            "MedicaidId": RED(lambda f: f.digits(9), "health id"),
            "MedicareMbi": RED(mbi, "health id"),
            "BankAccountNumber": RED(lambda f: f.digits(f.pick([10, 11, 12])), "bank account"),
            "RoutingNumber": G(lambda f: f.pick(ROUTING)),
            "MonthlyRent": G(lambda f: f.r.randint(400, 2400)),
            "CreditScore": Y(lambda f: f.r.randint(520, 810), "credit score"),
            "DocumentsUploaded": G(lambda f: f.r.randint(0, 6)),
            "SubmittedAtUtc": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Financial Assistance Decision",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: "FA-" + f.digits(6)),
            "Decision": G(lambda f: f.pick(["Approved", "Partial", "Denied", "MoreInfo"])),
            "DiscountPercent": G(lambda f: f.pick([0, 25, 50, 75, 100])),
            "ReviewerEmail": Y(lambda f: staff_email(f, "us"), "email"),
            "FplPercent": G(lambda f: f.r.randint(80, 450)),
            "DecidedAtUtc": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- shop (e-commerce spec) and donations -----------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web:shop"],
        {
            "query": G(
                lambda f: f.pick(["wig", "cold cap", "head scarf", "port shirt", "chemo bag", "lotion"])
            )
        },
        2,
    ),
    ("track", "Product Viewed", ["web:shop"], {**product(), "currency": G(lambda f: "USD")}, 2),
    (
        "track",
        "Product Added",
        ["web:shop"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web:shop"],
        {
            "order_id": G(lambda f: "LCC" + f.digits(7)),
            "revenue": G(lambda f: f.money(12, 300)),
            "tax": G(lambda f: f.money(0, 25)),
            "shipping": G(lambda f: f.pick([0, 5.95, 9.95])),
            "coupon": G(lambda f: f.pick(["", "SURVIVOR15", "STAFF10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web:shop"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "hsa_card"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "payment_method_id": RED(
                lambda f: "pm_" + rand_chars(f, 24, string.ascii_letters + string.digits), "token"
            ),
            "step": G(lambda f: 2),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["web:shop"],
        {
            "order_id": G(lambda f: "LCC" + f.digits(7)),
            "total": G(lambda f: f.money(12, 300)),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
            "shipping_address": shipping_address(),
            "customer_email": Y(lambda f: email(f, "us"), "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_message": Y(gift_message, "name", True),
            "gift_recipient": {
                "name": Y(lambda f: name(f, "us"), "name"),
                "email": Y(lambda f: email(f, "us"), "email"),
            },
        },
        2,
    ),
    (
        "track",
        "Donation Completed",
        ["node+ip"],
        {
            "donation_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 100, 250, 1000])),
            "currency": G(lambda f: "usd"),
            "recurring": G(lambda f: f.pick([True, False])),
            "tribute_type": G(lambda f: f.pick(["in_memory", "in_honor", "none"])),
            "tribute_name": Y(lambda f: name(f, "us"), "name"),
            "donor": {
                "first_name": Y(lambda f: first(f, "us"), "name"),
                "last_name": Y(lambda f: last(f, "us"), "name"),
                "email": Y(lambda f: email(f, "us"), "email"),
                "employer": G(lambda f: f.pick(["Abbott", "Allstate", "Boeing", "United Airlines"])),
                "matching_gift": G(lambda f: f.pick([True, False])),
            },
            "stripe": {
                "customer": G(lambda f: "cus_" + rand_chars(f, 14, string.ascii_letters + string.digits)),
                "payment_intent": G(
                    lambda f: "pi_" + rand_chars(f, 24, string.ascii_letters + string.digits)
                ),
                "payment_method": RED(
                    lambda f: "pm_" + rand_chars(f, 24, string.ascii_letters + string.digits), "token"
                ),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit"])),
                },
            },
            "anonymous_gift": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Donation Card Declined",
        ["php"],
        {
            "attempt-id": G(lambda f: f.uuid()),
            "decline-code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "card-number": RED(lambda f: f.card(), "credit card"),
            "card-exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder-name": Y(lambda f: name(f, "us"), "name"),
            "billing-zip": Y(zip_us, "zipcode"),
            "amount-cents": G(lambda f: f.pick([2500, 5000, 10000])),
            "gateway": G(lambda f: f.pick(["authorize.net", "stripe"])),
        },
        1,
    ),
    # -- marketing and vendors ------------------------------------------------------------------
    (
        "track",
        "Intake Form Started",
        ["web:portal"],
        {
            "form_id": G(lambda f: f.pick(["new_patient_v4", "second_opinion_v2"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook"])),
            "utm_campaign": G(lambda f: f.pick(["second_opinion_q2", "lung_screening"])),
            "landing_page": G(lambda f: f.pick(["/second-opinion", "/lung-screening"])),
            "email_sha256": Y(lambda f: sha256(email(f, "us")), "email"),
        },
        1,
    ),
    (
        "track",
        "SMS Status Callback",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+13125550164", "+18475550119"])),
            "To": Y(lambda f: "+1" + phone_us(f).translate(str.maketrans("", "", "+()-. "))[-10:], "phone"),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        2,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: rand_chars(f, 22)),
            "sg_message_id": G(
                lambda f: rand_chars(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-66" + f.hexid(6)
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.r.randint(1000, 9999)}@mail.lakeshorecc.org>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(
                lambda f: f.pick(
                    ["https://my.lakeshorecc.org/messages", "https://www.lakeshorecc.org/events"]
                )
            ),
            "category": Many(G(lambda f: f.pick(["reminder", "survivorship", "newsletter"])), 2),
            "template_name": G(lambda f: f.pick(["appt_reminder_v6", "newsletter_may"])),
        },
        2,
    ),
    (
        "track",
        "Telehealth Visit Started",
        ["go"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "zoom_meeting_id": G(lambda f: f.r.randint(80000000000, 99999999999)),
            "join_url": RED(zoom_join_url, "secret|token"),
            "host_email": Y(lambda f: staff_email(f, "us"), "email"),
            "participant_ip": Y(lambda f: f.ipv4(), "ip"),
            "duration_sec": G(lambda f: f.r.randint(120, 3600)),
            "connection_quality": G(lambda f: f.pick(["good", "fair", "poor"])),
            "interpreter_joined": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- warehouse reverse ETL ------------------------------------------------------------------
    (
        "identify",
        None,
        ["java"],
        {
            "PATIENT_KEY": G(lambda f: f.r.randint(100000, 999999)),
            "FIRST_NAME": Y(lambda f: first(f, "us"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "us"), "name"),
            "EMAIL_ADDRESS": Y(lambda f: email(f, "us"), "email"),
            "MOBILE_PHONE": Y(phone_us, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1938, 2001), "birthdate"),
            "ZIP_CODE": Y(zip_us, "zipcode"),
            "PRIMARY_DIAGNOSIS": Y(lambda f: f.pick(CANCERS), "diagnosis"),
            "LAST_VISIT_DATE": G(lambda f: day(f)),
            "TOTAL_VISITS": G(lambda f: f.r.randint(1, 140)),
            "LIFETIME_DONATIONS_USD": G(lambda f: f.pick([0, 0, 50, 250, 1200])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["EN", "ES", "PL"])),
            "STATE": G(lambda f: f.pick(["IL", "IN", "WI"])),
            "INSURER_MEMBER_ID": Y(lambda f: "W" + f.digits(9), "identification"),
            "SEGMENT": G(lambda f: f.pick(["active_treatment", "survivorship", "surveillance"])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "PROM Survey Completed",
        ["swift", "kotlin"],
        {
            "survey_id": G(lambda f: f.uuid()),
            "instrument": G(lambda f: f.pick(["EORTC QLQ-C30", "PRO-CTCAE", "NCCN Distress Thermometer"])),
            "global_health_score": Y(lambda f: f.r.randint(0, 100), "condition|diagnosis"),
            "distress_score": Y(lambda f: f.r.randint(0, 10), "condition|diagnosis"),
            "completed_in_sec": G(lambda f: f.r.randint(60, 900)),
            "comment": G(
                lambda f: f.pick(["", "Too many questions", "Thanks!", "The app keeps logging me out"])
            ),
            "items_answered": G(lambda f: f.r.randint(10, 30)),
        },
        2,
    ),
    # -- page / screen / alias ------------------------------------------------------------------
    (
        "page",
        "Appointments",
        ["web:portal"],
        {
            "path": G(lambda f: "/appointments"),
            "url": G(
                lambda f: (
                    "https://my.lakeshorecc.org/appointments" + f.pick(["", "?tab=upcoming", "?tab=past"])
                )
            ),
            "title": G(lambda f: "Appointments | Lakeshore MyCare"),
            "referrer": G(lambda f: f.pick(["", "https://my.lakeshorecc.org/"])),
            "search": G(lambda f: f.pick(["", "?tab=upcoming", "?tab=past"])),
        },
        2,
    ),
    (
        "page",
        "Worklist",
        ["web:console"],
        {
            "path": G(lambda f: "/worklist"),
            "url": G(lambda f: "https://navigator.lakeshorecc.org/worklist"),
            "title": G(lambda f: "Worklist - Navigator Console"),
            "filter": G(lambda f: f.pick(["my_patients", "unassigned", "rides_today"])),
            "rows": G(lambda f: f.r.randint(0, 80)),
        },
        2,
    ),
    (
        "screen",
        "Home",
        ["swift", "kotlin", "rn"],
        {
            "tab": G(lambda f: f.pick(["home", "schedule", "messages", "diary"])),
            "badge_count": G(lambda f: f.r.randint(0, 9)),
            "next_appointment_in_days": G(lambda f: f.r.randint(0, 21)),
        },
        3,
    ),
    ("alias", None, ["swift", "web:portal"], {}, 1),
    # -- Netherlands (Amstel Oncologie Centrum) ----------------------------------------------------
    (
        "identify",
        None,
        ["kotlin_nl"],
        {
            "voornaam": Y(lambda f: first(f, "nl"), "name"),
            "achternaam": Y(lambda f: last(f, "nl"), "name"),
            "geboortedatum": Y(
                lambda f: "{2:02d}-{1:02d}-{0}".format(*map(int, f.date(1938, 2001).split("-"))), "birthdate"
            ),
            "telefoonnummer": Y(phone_nl, "phone"),
            "email": Y(lambda f: email(f, "nl"), "email"),
            "postcode": Y(postcode_nl, "zipcode"),
            "huisnummer": Y(
                lambda f: str(f.r.randint(1, 320)) + f.pick(["", "", "A", "-2", " hs"]), "address|street"
            ),
            "woonplaats": Y(lambda f: city(f, "nl"), "city"),
            "bsn": RED(bsn, "national id"),
            "zorgverzekeraar": G(lambda f: f.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"])),
            "polisnummer": Y(lambda f: f.digits(9), "identification"),
            "huisarts_naam": Y(lambda f: staff_name(f, "nl"), "name"),
            "taal": G(lambda f: f.pick(["nl", "en", "tr", "ar"])),
            "digid_gekoppeld": G(lambda f: f.pick([True, False])),
            "patientnummer": RED(lambda f: f.digits(7), "health id"),
        },
        2,
    ),
    (
        "track",
        "Afspraak Bevestigd",
        ["kotlin_nl"],
        {
            "afspraak_id": G(lambda f: f.uuid()),
            "afdeling": G(lambda f: f.pick(["Dagbehandeling Oncologie", "Radiotherapie", "Bloedafname"])),
            "behandelaar": Y(lambda f: staff_name(f, "nl"), "name"),
            "datum": G(lambda f: day(f)),
            "tijd": G(lambda f: clock(f)),
            "locatie": G(lambda f: f.pick(["AOC locatie Zuid", "AOC locatie West"])),
            "soort_afspraak": G(
                lambda f: f.pick(["kuur", "controle", "telefonisch consult", "bloedprikken"])
            ),
            "herinnering_sms": G(lambda f: f.pick([True, False])),
            "opmerking": G(
                lambda f: f.pick(
                    ["Graag nuchter komen", "Neem uw medicatielijst mee", "", "Meld u bij balie 3"]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Bijwerking Gemeld",
        ["kotlin_nl"],
        {
            "melding_id": G(lambda f: f.digits(8)),
            "bijwerking": Y(lambda f: f.pick(NL_BIJWERKING), "condition"),
            "ernst": Y(lambda f: f.r.randint(1, 4), "condition"),
            "medicijn": Y(
                lambda f: f.pick(["oxaliplatine", "capecitabine", "paclitaxel", "ondansetron"]), "medication"
            ),
            "temperatuur": Y(lambda f: round(f.r.uniform(36.2, 39.5), 1), "condition|diagnosis"),
            "contact_gewenst": G(lambda f: f.pick([True, False])),
            "toelichting": Y(nl_toelichting, "phone", True),
            "gemeld_op": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Reiskosten Declaratie Ingediend",
        ["php"],
        {
            "declaratie-id": G(lambda f: "RK" + f.digits(7)),
            "iban": RED(lambda f: iban(f, "NL"), "bank account"),
            "tenaamstelling": Y(lambda f: f"{first(f, 'nl')[0]}. {last(f, 'nl')}", "name"),
            "kilometers": G(lambda f: f.r.randint(8, 240)),
            "bedrag": G(lambda f: f.money(3, 80)),
            "kenteken": Y(lambda f: plate(f, "nl"), "license"),
            "reisdatum": G(lambda f: day(f)),
            "vervoerswijze": G(lambda f: f.pick(["eigen auto", "taxi", "OV"])),
        },
        1,
    ),
    (
        "track",
        "Mantelzorger Toegevoegd",
        ["kotlin_nl"],
        {
            "mantelzorger_naam": Y(lambda f: name(f, "nl"), "name"),
            "mantelzorger_email": Y(lambda f: email(f, "nl"), "email"),
            "relatie": G(lambda f: f.pick(["partner", "dochter", "zoon", "buurvrouw"])),
            "machtiging_type": G(lambda f: f.pick(["inzage", "volledig"])),
            "uitnodigingscode": RED(otp, "token"),
        },
        1,
    ),
    # -- India (Sahyadri Cancer Institute) ------------------------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        {
            "naam": Y(lambda f: name(f, "in"), "name"),
            "mobile": Y(phone_in, "phone"),
            "email": Y(lambda f: email(f, "in"), "email"),
            "janm_tithi": Y(
                lambda f: "{2:02d}/{1:02d}/{0}".format(*map(int, f.date(1940, 2003).split("-"))), "birthdate"
            ),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "male", "female"]), "gender"),
            "shahar": Y(lambda f: city(f, "in"), "city"),
            "bhasha": G(lambda f: f.pick(["hi", "mr", "en"])),
            "umr": G(lambda f: f.r.randint(18, 85)),
            "uhid": RED(lambda f: f"SCI/{f.pick([2023, 2024])}/{f.r.randint(1, 99999):05d}", "health id"),
            "abha_address": RED(
                lambda f: ascii_(first(f, "in")) + "." + ascii_(last(f, "in")) + "@abdm", "health id"
            ),
            "registered_branch": G(lambda f: f.pick(["Pune - Hadapsar", "Nashik", "Kolhapur"])),
        },
        2,
    ),
    (
        "track",
        "Dawai Reminder Set",
        ["flutter"],
        {
            "reminder_id": G(lambda f: f.uuid()),
            "dawai_naam": Y(lambda f: f.pick(HI_DAWAI), "medication"),
            "samay": G(lambda f: clock(f)),
            "khurak": G(lambda f: f.pick(["1 goli", "2 goli", "5 ml"])),
            "dohrav": G(lambda f: f.pick(["roz", "hafte_me_do_baar", "khane_ke_baad"])),
            "bhojan_se_pehle": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "OPD Appointment Booked",
        ["flutter"],
        {
            "opd_token_number": G(lambda f: f.r.randint(1, 240)),
            "doctor_name": Y(lambda f: staff_name(f, "in"), "name"),
            "department": G(
                lambda f: f.pick(["Medical Oncology", "Radiation Oncology", "Surgical Oncology"])
            ),
            "hospital_branch": G(lambda f: f.pick(["Pune - Hadapsar", "Nashik", "Kolhapur"])),
            "fee_inr": G(lambda f: f.pick([300, 500, 800])),
            "payment_mode": G(lambda f: f.pick(["UPI", "cash", "card"])),
            "upi_txn_ref": G(lambda f: f.digits(12)),
            "booking_for": G(lambda f: f.pick(["self", "family"])),
            "patient_name": Y(lambda f: name(f, "in"), "name"),
            "visit_date": G(lambda f: day(f)),
        },
        2,
    ),
    (
        "track",
        "Vittiya Sahayata Aavedan",
        ["php"],
        {
            "aavedan_id": G(lambda f: "SCI-FA-" + f.digits(6)),
            "naam": Y(lambda f: name(f, "in"), "name"),
            "pita_ka_naam": Y(lambda f: name(f, "in"), "name"),
            "mobile_number": Y(phone_in, "phone"),
            "aadhaar_sankhya": RED(aadhaar, "national id"),
            "pan_card": RED(pan, "national id"),
            "masik_aay": Y(lambda f: f.pick([6000, 9500, 12000, 18000, 25000, 40000]), "salary"),
            "parivar_sadasya": G(lambda f: f.r.randint(1, 9)),
            "bpl_card": G(lambda f: f.pick([True, False])),
            "bank_khata_sankhya": RED(lambda f: f.digits(f.pick([11, 12, 14, 16])), "bank account"),
            "ifsc_code": G(lambda f: f.pick(IFSC)),
            "upi_id": RED(upi, "bank account"),
            "pata": Y(street_in, "address"),
            "pin_code": Y(pin_in, "zipcode"),
            "rajya": G(lambda f: f.pick(["Maharashtra", "Karnataka", "Goa"])),
            "yojana": G(lambda f: f.pick(["PM-JAY", "MJPJAY", "none"])),
            "abha_number": RED(abha, "health id"),
            "sthiti": G(lambda f: f.pick(["jama", "sameeksha", "manzoor"])),
        },
        2,
    ),
    (
        "track",
        "Awas Anurodh",
        ["flutter"],
        {
            "rogi_naam": Y(lambda f: name(f, "in"), "name"),
            "sahayak_naam": Y(lambda f: name(f, "in"), "name"),
            "sahayak_mobile": Y(phone_in, "phone"),
            "dharamshala_naam": G(
                lambda f: f.pick(["Sahyadri Niwas", "Jain Dharamshala Hadapsar", "Tata Trust Guest House"])
            ),
            "aagaman_tithi": G(lambda f: day(f)),
            "din": G(lambda f: f.r.randint(1, 45)),
            "kamra_prakar": G(lambda f: f.pick(["general", "family", "ac"])),
        },
        1,
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict = {
                    "type": kind,
                    "messageId": f.uuid() if not client.startswith("web") else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": str(f.r.randint(100000, 999999)),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = f.pick(["grp_thoracic", "grp_breast", "grp_heme"])
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client, f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=314, repeats=26)
    write(Path(__file__).parent, "holdout314_", events, labels)
