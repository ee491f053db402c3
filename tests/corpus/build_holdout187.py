"""Writes holdout187: tests/corpus/holdout187_events.jsonl and holdout187_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or the detection docs, and never run through the engine by its author. Run
`.venv/bin/python -m tests.corpus.build_holdout187`; the output is deterministic (seed 187).

What it covers: the everyday Segment traffic of a dental and orthodontic clinic chain with its own
clear aligners ("Aurea Dental" / "AureaAlign") in the US, Turkey and Australia. Patient sign-up and
intake (identify from web, iOS, Android, React Native, Flutter and a Turkish Python backend),
medical history questionnaires (conditions, medications, allergies, pregnancy, smoking), US dental
insurance, Medicaid for dependants, Australian Medicare and private health funds, appointment
booking, reminders by SMS and e-mail (Twilio- and SendGrid-shaped), treatment plans with CDT codes
and tooth charts, insurance claims with ICD-10 codes, prescriptions, x-rays, intraoral scan uploads
and smile photos, aligner tray tracking, e-commerce spec events for aligner plans and whitening kits,
Stripe- and iyzico-shaped payments, patient financing, Turkish dental tourism packages with
travellers' passports, staff dentists and hygienists (pay, licences), front-desk patient search,
call tracking, Facebook lead ads, referrals, reviews and surveys, consents, group calls for clinics,
page / screen / alias calls. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter and the python, node, go, java, ruby, php and C# server
libraries (`context.ip`, `context.traits`, device, app, library, locale, userAgent, campaign,
location).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET payroll and
practice-management services, kebab-case from the aligner tracker web view, SCREAMING_SNAKE from
a warehouse reverse-ETL sync, and Turkish keys from the Turkish backend (`ad`, `soyad`,
`tc_kimlik_no`, `cep_telefonu`, `kronik_hastaliklar`, `hekim_adi`, ...). Values are synthetic and
regional: Turkish, Australian, US and European names, national phone formats (+90 5xx, 04xx,
NANP, +44 7, +49 15x), local address formats, TC Kimlik numbers with valid checksums, Australian
Medicare numbers with valid check digits, US Medicare MBIs of the CMS shape and state Medicaid
ids, Luhn card numbers, mod-97 IBANs (TR, DE, GB, NL), ABA-valid routing numbers, SSA-structured
SSNs.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the patient, a dependant, an emergency contact, a
  traveller, a referral's recipient, a caller, a staff dentist or hygienist. Colour is the
  reference's default for the matcher (name, email, phone, address, street, city, zipcode,
  birthdate, gender, ip, photo, salary, license, identification, medication, allergy, condition,
  diagnosis, procedure, citizenship are yellow; social security number, password, passport, token,
  disability, credit card are red); outside the reference: red for secrets, bank accounts, national
  ids and health ids, yellow for geolocation, advertising ids and credit scores.
- Green: ids we issue (user, patient-account, appointment, order, scan, claim numbers), SKUs,
  versions, timestamps, hashes of files, amounts, enums, counters and booleans under PII-sounding
  keys (`emailVerified`, `phoneCount`), product, plan, hotel, clinic and insurer names, places that
  are not the person's (a clinic's city, coordinates and phone, a searched destination, a hotel's
  address), country, state / il (province), locale, timezone, currency, user agents, OS-issued
  device ids. Card brand, last four, expiry and BIN are green; routing numbers and BSBs are green;
  the last four of an SSN are red.
- The product's published policy settles contested cases: loyalty / member / claim numbers, ages,
  job titles, employers, business phones and role mailboxes, call-masking numbers, UUID tokens and
  Message-IDs are green; insurance policy and insurer member numbers (US dental plans, Australian
  private health funds) are yellow `identification`; rx numbers are yellow `medication`; pay is
  yellow `salary`; credit scores yellow `credit score`; gclid / fbclid / fbp / fbc are yellow
  `advertising id`; billing and shipping addresses are yellow `address`; payment-method tokens
  (`pm_`), one-time codes and magic-link tokens are red `token`; patient chart numbers (Open
  Dental's PatNum, a clinic MRN), Medicare and Medicaid numbers are red `health id`; passport
  numbers red `passport`, TC Kimlik and SSNs red `national id` / `social security number`.
- A boolean or enum that itself reveals a health fact (pregnant, smoker, diabetic, takes blood
  thinners, wheelchair access) carries that category: `condition` / `medication` / `allergy`
  yellow, `disability` red.
- Rules chosen here where the policy is silent (what a careful privacy owner at a mid-size clinic
  chain would want flagged): the procedure a patient is booked for or planned (names and CDT
  codes), per-tooth findings, ICD-10 codes, x-ray types and a patient-reported pain score are the
  patient's health data (`procedure`, `diagnosis`, `condition`, yellow); links to images of the
  patient's face or mouth (smile photos, intraoral scans, x-rays) are yellow `photo`; a dentist's
  professional registration number (US state licence, AHPRA) is yellow `license`, while the NPI, a
  public registry id used in billing, is green; an insurance group number identifies the employer's
  plan, not the person, and is green; a visit category (new patient, recall, emergency) and a
  generic product or plan name (an aligner plan) are green.
- value_only is true when the key does not say what the value is (`q`, `body`, `text`, `Note`,
  `message`, `input`, `reason_for_visit`, `additional_info`, a magic link's `login_url`) and only
  the value reveals it. Every such PII
  path holds that PII in every one of its values; free text that never carries PII (reviews,
  survey comments, cancellation reasons) is green.
"""

# ruff: noqa: RUF001 (Turkish dotless i in names, places and keys is intended)
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- people ------------------------------------------------------------------------------------------

FIRST = {
    "tr": [
        "Ayşe",
        "Mehmet",
        "Elif",
        "Emre",
        "Zeynep",
        "Burak",
        "Fatma",
        "Mustafa",
        "Selin",
        "Oğuz",
        "Gülşen",
    ],
    "au": ["Olivia", "Jack", "Charlotte", "Lachlan", "Mia", "Cooper", "Isla", "Thanh", "Eleni", "Harpreet"],
    "us": [
        "Emily",
        "Michael",
        "Jasmine",
        "Carlos",
        "DeShawn",
        "Madison",
        "Hyun-woo",
        "Aaliyah",
        "Sofía",
        "Wei",
    ],
    "eu": ["Sophie", "Lukas", "Daan", "Siobhan", "Oliver", "Hannah", "Jakub", "Amelia", "Mohammed", "Ines"],
}
LAST = {
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"],
    "au": ["Wilson", "Taylor", "Nguyen", "Tran", "Papadopoulos", "Singh", "O'Connor", "Kelly", "Wong"],
    "us": [
        "Johnson",
        "Rodriguez",
        "Kim",
        "Washington",
        "Martinez",
        "Patel",
        "Hernandez",
        "Goldberg",
        "Okafor",
    ],
    "eu": ["Schneider", "de Vries", "Murphy", "Novak", "Jansen", "Hughes", "Kowalczyk", "Ali", "Fischer"],
}
REGIONS = ["tr", "au", "us", "eu"]
FOLD = str.maketrans("ışğüöçİŞĞÜÖÇéí'", "isguocISGUOCei ")
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "yahoo.com",
    "hotmail.com.tr",
    "bigpond.com",
    "yandex.com",
]


def first(f: Fake, region=None) -> str:
    return f.pick(FIRST[region or f.pick(REGIONS)])


def last(f: Fake, region=None) -> str:
    return f.pick(LAST[region or f.pick(REGIONS)])


def full(f: Fake, region=None) -> str:
    region = region or f.pick(REGIONS)
    return f"{first(f, region)} {last(f, region)}"


def email(f: Fake, region=None) -> str:
    region = region or f.pick(REGIONS)
    a = first(f, region).translate(FOLD).lower().replace(" ", "")
    b = last(f, region).translate(FOLD).lower().replace(" ", "")
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 99)}"])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake, region=None) -> str:
    region = region or f.pick(REGIONS)
    d = f.digits
    if region == "tr":
        op = f.pick(["532", "533", "505", "542", "555", "544"])
        a, b, c = d(3), d(2), d(2)
        return f.pick(
            [f"+90 {op} {a} {b} {c}", f"0{op} {a} {b} {c}", f"+90{op}{a}{b}{c}", f"(0{op}) {a}-{b}{c}"]
        )
    if region == "au":
        m = "4" + d(2)
        a, b = d(3), d(3)
        return f.pick([f"+61 {m} {a} {b}", f"0{m} {a} {b}", f"+61{m}{a}{b}", f"(02) 9{d(3)} {d(4)}"])
    if region == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
    return f.pick(
        [f"+44 7{d(3)} {d(6)}", f"+49 15{f.r.randint(1, 9)} {d(8)}", f"+31 6 {d(8)}", f"+353 8{d(1)} {d(7)}"]
    )


def street(f: Fake, region=None) -> str:
    region = region or f.pick(["tr", "au", "us"])
    n = f.r.randint(1, 240)
    if region == "tr":
        mah = f.pick(["Caferağa Mah.", "Moda Mah.", "Bostancı Mah.", "Kızılay Mah.", "Alsancak Mah."])
        cad = f.pick(["Bağdat Cad.", "Moda Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Güneşli Sk."])
        return f"{mah} {cad} No:{n} D:{f.r.randint(1, 24)}"
    if region == "au":
        st = f.pick(["Campbell Pde", "Oxford St", "Bondi Rd", "Brunswick St", "Gold Coast Hwy", "Hay St"])
        return f.pick([f"{n} {st}", f"Unit {f.r.randint(1, 40)}/{n} {st}", f"{n}A {st}"])
    st = f.pick(["W Oak Ave", "Maple Street", "S Lamar Blvd", "Flatbush Ave", "N Central Ave", "Bayshore Dr"])
    return f.pick(
        [f"{f.r.randint(100, 9999)} {st}", f"{f.r.randint(100, 9999)} {st}, Apt {f.r.randint(1, 40)}"]
    )


CITY = {
    "tr": ["Kadıköy", "Beşiktaş", "Çankaya", "Konak", "Muratpaşa", "Nilüfer", "Üsküdar"],
    "au": ["Bondi Beach", "Parramatta", "Fitzroy", "Southport", "Subiaco", "Chermside", "Glenelg"],
    "us": ["Austin", "Houston", "Phoenix", "Miami", "Brooklyn", "San Diego", "Plano"],
    "eu": ["Manchester", "Düsseldorf", "Utrecht", "Cork", "Glasgow", "Hamburg"],
}


def city(f: Fake, region=None) -> str:
    return f.pick(CITY[region or f.pick(["tr", "au", "us"])])


def postcode(f: Fake, region=None) -> str:
    region = region or f.pick(["tr", "au", "us"])
    if region == "tr":
        return f"{f.pick(['34', '06', '35', '07', '16'])}{f.r.randint(100, 999)}"
    if region == "au":
        return str(f.pick([2026, 2150, 3065, 4215, 6008, 4032, 5045]) + f.r.randint(0, 3))
    return f.pick([f"{f.r.randint(10000, 99999)}", f"{f.r.randint(10000, 99999)}-{f.r.randint(1000, 9999)}"])


def dob(f: Fake) -> str:
    return f.pick([f.date(1948, 2006), f.date(1960, 2004), f.date(1975, 2008)])


# -- identifiers with real structure -----------------------------------------------------------------


def tc_kimlik(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, [*d, d10, d11]))


def medicare_au(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(w * x for w, x in zip([1, 3, 7, 9, 1, 3, 7, 9], d, strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: Fake) -> str:
    a = lambda: f.pick(MBI_ALPHA)  # noqa: E731
    n = lambda: str(f.r.randint(0, 9))  # noqa: E731
    an = lambda: f.pick(MBI_ALPHA + "0123456789")  # noqa: E731
    s = str(f.r.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def medicaid_id(f: Fake) -> str:
    """State Medicaid ids: Texas 9 digits, Florida 10 digits, Arizona AHCCCS A + 8 digits."""
    return f.pick([f.digits(9), f.digits(10), "A" + f.digits(8)])


def iban(f: Fake, country: str) -> str:
    if country == "TR":
        bban = f.pick(["00010", "00064", "00062", "00046", "00067"]) + "0" + f.digits(16)
        numeric = "".join(str(int(c, 36)) for c in bban + "TR00")
        raw = f"TR{98 - int(numeric) % 97:02d}{bban}"
        return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])
    return f.iban(country)


def passport(f: Fake) -> str:
    kind = f.pick(["tr", "us", "au", "uk", "de", "nl"])
    if kind == "tr":
        return "U" + f.digits(8)
    if kind == "us":
        return f.pick([f.digits(9), "A" + f.digits(8)])
    if kind == "au":
        return f.pick(["PA", "PB", "N"]) + f.digits(7)
    if kind == "uk":
        return f.digits(9)
    if kind == "de":
        return "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return "N" + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f.digits(6)


def npi(f: Fake) -> str:
    body = f.pick(["1", "1", "2"]) + f.digits(8)
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


ROUTING = ["021000021", "026009593", "121000248", "111000025", "322271627", "063100277"]


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


# -- domain vocabulary ------------------------------------------------------------------------------

CLINICS = [
    ("cl_ist_kdk", "Aurea Dental Kadıköy", "Istanbul", "+90 216 555 01 20"),
    ("cl_ist_nis", "Aurea Dental Nişantaşı", "Istanbul", "+90 212 555 44 10"),
    ("cl_ayt_lara", "Aurea Dental Antalya Lara", "Antalya", "+90 242 555 87 00"),
    ("cl_syd_bondi", "Aurea Dental Bondi Junction", "Sydney", "(02) 8000 1234"),
    ("cl_mel_fitz", "Aurea Dental Fitzroy", "Melbourne", "(03) 9000 5520"),
    ("cl_atx_domain", "Aurea Dental Austin Domain", "Austin", "(512) 555-0148"),
    ("cl_mia_brickell", "Aurea Dental Brickell", "Miami", "(305) 555-0199"),
]
CONDITIONS = [
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "hepatitis B",
    "epilepsy",
    "heart murmur",
    "osteoporosis",
    "hypothyroidism",
    "GERD",
    "sleep apnea",
    "rheumatoid arthritis",
]
CONDITIONS_TR = [
    "hipertansiyon",
    "tip 2 diyabet",
    "astım",
    "hepatit B",
    "tiroid",
    "kalp ritim bozukluğu",
    "reflü",
]
MEDICATIONS = [
    "Lisinopril 10 mg",
    "Metformin 500 mg",
    "Warfarin",
    "Alendronate",
    "Sertraline 50 mg",
    "Levothyroxine",
    "Albuterol inhaler",
    "Apixaban",
    "Atorvastatin 20 mg",
]
MEDICATIONS_TR = [
    "Coraspin 100 mg",
    "Glifor 1000 mg",
    "Beloc Zok",
    "Euthyrox 50 mcg",
    "Lansor 30 mg",
    "Coumadin",
]
ALLERGIES = [
    "penicillin",
    "latex",
    "lidocaine",
    "codeine",
    "ibuprofen",
    "nickel",
    "amoxicillin",
    "sulfa drugs",
]
ALLERGIES_TR = ["penisilin", "lateks", "aspirin", "nikel", "lokal anestezik"]
CDT = [
    ("D0150", "Comprehensive oral evaluation"),
    ("D1110", "Adult prophylaxis"),
    ("D0210", "Full mouth series x-rays"),
    ("D2740", "Porcelain/ceramic crown"),
    ("D3330", "Molar root canal"),
    ("D6010", "Endosteal implant"),
    ("D7140", "Extraction, erupted tooth"),
    ("D4341", "Scaling and root planing, 4+ teeth"),
    ("D8090", "Comprehensive orthodontic treatment, adult"),
    ("D9972", "External bleaching, per arch"),
]
PROCEDURES_BOOKED = [
    "Root canal",
    "Implant consultation",
    "Wisdom tooth extraction",
    "Crown fitting",
    "Deep cleaning",
    "Aligner fitting",
    "Veneer consultation",
    "Gum graft",
]
PROCEDURES_TR = [
    "İmplant",
    "Kanal tedavisi",
    "Diş beyazlatma",
    "Zirkonyum kaplama",
    "Yirmilik diş çekimi",
    "Lamina",
]
ICD10 = ["K02.52", "K05.10", "K08.121", "K07.3", "K04.7", "K03.6", "K05.321"]
TOOTH_FINDINGS = [
    "caries",
    "missing",
    "fractured",
    "periapical lesion",
    "impacted",
    "existing crown",
    "sound",
]
PRODUCTS = [
    ("AA-PLAN-LITE", "AureaAlign Lite (up to 14 trays)", "Clear Aligners", 1899.0),
    ("AA-PLAN-FULL", "AureaAlign Complete", "Clear Aligners", 3499.0),
    ("AA-RET-VIVERA", "Night Retainers (set of 3)", "Retainers", 299.0),
    ("AA-WHT-KIT", "Whitening Kit Pro", "Whitening", 89.0),
    ("AA-IMP-KIT", "At-home Impression Kit", "Impressions", 49.0),
    ("AA-CLN-FOAM", "Aligner Cleaning Foam 150ml", "Care", 19.5),
]
INSURERS_US = ["Delta Dental", "Cigna Dental", "MetLife", "Guardian", "Aetna Dental", "Humana"]
FUNDS_AU = ["Bupa", "Medibank", "HCF", "nib", "HBF", "Australian Unity"]
TR_INSURERS = ["Allianz Sigorta", "Acıbadem Sigorta", "Axa Sigorta", "Anadolu Sigorta"]
HOTELS = ["Hilton Istanbul Kozyatağı", "Ramada by Wyndham Kadıköy", "Akra Hotel", "Rixos Downtown Antalya"]


def clinic(f: Fake):
    return f.pick(CLINICS)


def money(f: Fake, lo=20, hi=4000):
    return f.money(lo, hi)


# -- contexts -----------------------------------------------------------------------------------------


def opt(f: Fake, p: float, d: dict) -> dict:
    """Drop each key of d with probability 1-p (fields a library sends only sometimes)."""
    return {k: v for k, v in d.items() if f.r.random() < p}


def web_context(f: Fake):
    page = f.pick(
        ["/", "/book", "/smile-assessment", "/aligners", "/financing", "/tr/randevu", "/au/locations"]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?clinic=bondi", "?lang=tr"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Aurea Dental | Book a visit", "Clear aligners from $89/mo", "Free Smile Assessment"]
                )
            ),
            "url": G(lambda f: "https://www.aureadental.com" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "tr-TR", "en-AU", "de-DE"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Istanbul", "Australia/Sydney"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["aligners_spring", "istanbul_smile_tour", "au_free_consult"])),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["clear aligners cost", "dental implants turkey", "invisalign alternative"])
            ),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "static_b"])),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aurea Smile"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["812", "830", "834"])),
            "namespace": G(lambda f: "com.aureadental.smile"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            **opt(
                f,
                0.5,
                {
                    "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
                    "adTrackingEnabled": G(lambda f: f.pick([True, False])),
                    "token": RED(lambda f: f.hexid(64), "token"),
                },
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-US", "tr-TR", "en-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Istanbul", "Australia/Melbourne", "America/New_York"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "userId": G(lambda f: "pt_" + f.digits(8)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aurea Smile"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40302"])),
            "namespace": G(lambda f: "com.aureadental.smile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "2201117TY", "CPH2413"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "OP5552L1"])),
            "type": G(lambda f: "android"),
            **opt(
                f,
                0.6,
                {
                    "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
                    "adTrackingEnabled": G(lambda f: f.pick([True, False])),
                },
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["tr-TR", "en-AU", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Turkcell", "Vodafone TR", "Telstra", "Optus", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["Europe/Istanbul", "Australia/Brisbane", "America/Phoenix"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2413 Build/RKQ1.211119.001)",
                ]
            )
        ),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "anonymousId": G(lambda f: f.uuid()),
        },
        **opt(
            f,
            0.5,
            {
                "location": {
                    "latitude": Y(lambda f: round(f.r.uniform(-38, 41.2), 6), "geolocation"),
                    "longitude": Y(lambda f: round(f.r.uniform(-98, 153), 6), "geolocation"),
                    "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
                }
            },
        ),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "AureaAlign Tracker"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.3", "2.9.4"])),
            "build": G(lambda f: f.pick(["208", "293", "294"])),
            "namespace": G(lambda f: "com.aureaalign.tracker"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-US", "tr-TR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "America/Los_Angeles", "Europe/Istanbul"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "alignerPlan": G(lambda f: f.pick(["lite", "complete", "refinement"])),
        },
        **opt(
            f,
            0.4,
            {
                "location": {
                    "city": Y(lambda f: city(f), "city"),
                    "country": G(lambda f: f.pick(["Australia", "United States", "Türkiye"])),
                    "latitude": Y(lambda f: round(f.r.uniform(-38, 41.2), 6), "geolocation"),
                    "longitude": Y(lambda f: round(f.r.uniform(-98, 153), 6), "geolocation"),
                }
            },
        ),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Aurea Travel"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["14", "16", "21"])),
            "namespace": G(lambda f: "com.aureadental.travel"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-G991B", "ELS-NX9"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.0.2"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "nl-NL", "en-IE"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.1", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([375, 384, 412])),
            "height": G(lambda f: f.pick([812, 854, 915])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/London", "Europe/Berlin", "Europe/Amsterdam", "Europe/Dublin"])
        ),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.1"]),
    "php": ("analytics-php", ["3.7.3", "3.7.2", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib: str):
    def make(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "ruby") and f.r.random() < 0.7:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "python" and f.r.random() < 0.5:
            ctx["locale"] = G(lambda f: f.pick(["tr-TR", "en-US", "en-GB"]))
            ctx["timezone"] = G(lambda f: f.pick(["Europe/Istanbul", "Europe/London", "Europe/Berlin"]))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin"]


# -- reusable blocks ---------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(10)),
        "sku": G(lambda f: f.pick(PRODUCTS)[0]),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "brand": G(lambda f: f.pick(["AureaAlign", "Aurea Dental", "Philips Zoom"])),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def cdt_item():
    return {
        "tooth": G(lambda f: f.pick([11, 14, 16, 21, 26, 36, 37, 46, 47, 48, "UA", "LA"])),
        "cdt_code": Y(lambda f: f.pick(CDT)[0], "procedure"),
        "description": Y(lambda f: f.pick(CDT)[1], "procedure"),
        "surface": G(lambda f: f.pick(["MOD", "O", "DO", "B", ""])),
        "fee": G(lambda f: money(f, 60, 2500)),
        "insurance_estimate": G(lambda f: money(f, 0, 1200)),
        "phase": G(lambda f: f.r.randint(1, 3)),
    }


def sms_body(f: Fake) -> str:
    name = first(f)
    day = f.pick(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])
    when = f"{day} {f.r.randint(8, 18)}:{f.pick(['00', '15', '30', '45'])}"
    return f.pick(
        [
            f"Hi {name}, this is Aurea Dental reminding you of your visit {when}. "
            "Reply C to confirm or R to reschedule.",
            f"Sayın {name}, {when} randevunuzu hatırlatırız. Onay için 1, iptal için 2 yazınız. Aurea Dental",
            f"{name}, your next AureaAlign tray is due tomorrow. Open the app to log your switch.",
            f"Hi {name}! Your aligners have shipped and arrive {when.split()[0]}. Questions? Reply here.",
        ]
    )


def front_desk_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Left voicemail on {p}",
            f"Pt asked to be called back on {p} after 5pm",
            f"Mother's number for reminders: {p}",
            f"Updated mobile to {p}, old one disconnected",
            f"No answer on {p}, sent SMS instead",
        ]
    )


def visit_reason(f: Fake) -> str:
    return f.pick(
        [
            "Sharp pain lower left molar when chewing",
            "Bleeding gums when brushing",
            "Broken crown upper right",
            "Swelling on jaw since Sunday",
            "Sensitive to cold on front teeth",
            "Chipped front tooth, lost filling",
            "Dişim çok ağrıyor, sol alt azı",
            "Wisdom tooth pain and swollen gum",
        ]
    )


def med_note(f: Fake) -> str:
    return f.pick(
        [
            "Heart valve replacement in 2019, needs antibiotic premed",
            "Type 1 diabetic, carries insulin pump",
            "Had radiation therapy to the jaw in 2021",
            "Diagnosed with sleep apnea, uses CPAP",
            "Kidney transplant 2017, on immunosuppressants",
            "Panic attacks in the dental chair, prefers sedation",
            "Pacemaker fitted last year",
        ]
    )


def chat_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"can someone call me on {p}? my tray cracked",
            f"hi, please text {p} with the new time",
            f"My number changed, it's now {p}",
            f"whatsapp me at {p} for the travel docs pls",
            f"Bana {p} numarasından ulaşabilirsiniz",
        ]
    )


def contact_message(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Please send the quote to {e}, thanks",
            f"I never got the confirmation, my email is {e}",
            f"Can you reply to {e} instead of my work address?",
            f"Teklifi {e} adresine gönderebilir misiniz?",
        ]
    )


GREEN_REVIEWS = [
    "Very gentle and explained everything. Highly recommend!",
    "Clinic was spotless and I was seen on time.",
    "Parking was hard to find but the team was lovely.",
    "Çok memnun kaldım, herkese tavsiye ederim.",
    "Aligners fit well, app reminders are handy.",
    "Waited 40 minutes past my appointment time.",
    "Great value compared to home, transfer from the airport was smooth.",
]


# -- events ------------------------------------------------------------------------------------------

EVENTS = [
    # -- sign-up and identity -------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: f.pick(["TX", "FL", "NSW", "VIC", "İstanbul"])),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "AU", "TR"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredClinicId": G(lambda f: clinic(f)[0]),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "patientType": G(lambda f: f.pick(["new", "returning", "aligner_only"])),
            "age": G(lambda f: f.r.randint(16, 78)),
            "hasInsurance": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["swift", "kotlin", "rn"],
        {
            "email": Y(lambda f: email(f), "email"),
            "fullName": Y(lambda f: full(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "avatar": Y(lambda f: f"https://cdn.aureadental.com/avatars/{f.uuid()}.jpg", "photo"),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "alignerStage": G(lambda f: f.r.randint(1, 40)),
            "totalTrays": G(lambda f: f.pick([14, 22, 30, 40])),
            "plan": G(lambda f: f.pick(["lite", "complete", "refinement"])),
            "phoneCount": G(lambda f: f.r.randint(0, 2)),
            "language": G(lambda f: f.pick(["en", "tr", "de"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: first(f, "us"), "name"),
            "LastName": Y(lambda f: last(f, "us"), "name"),
            "EmailAddress": Y(lambda f: email(f, "us"), "email"),
            "MobilePhone": Y(lambda f: phone(f, "us"), "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "HomeAddress": {
                "Line1": Y(lambda f: street(f, "us"), "address|street"),
                "City": Y(lambda f: city(f, "us"), "city"),
                "State": G(lambda f: f.pick(["TX", "FL", "AZ", "NY"])),
                "Zip": Y(lambda f: postcode(f, "us"), "zipcode"),
            },
            "PatNum": RED(lambda f: int(f.digits(6)), "health id"),
            "ClinicNum": G(lambda f: f.r.randint(1, 12)),
            "PatStatus": G(lambda f: f.pick(["Patient", "Inactive", "Archived"])),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "Unknown"]), "gender"),
            "PreferredContactMethod": G(lambda f: f.pick(["TextMessage", "Email", "HmPhone"])),
            "DateFirstVisit": G(lambda f: f.date(2015, 2024)),
            "Ssn": RED(lambda f: f.ssn().replace("-", ""), "social security number"),
            "EmployerName": G(lambda f: f.pick(["H-E-B", "Dell Technologies", "Baptist Health", "Self"])),
            "BalanceTotal": G(lambda f: money(f, 0, 900)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "ad": Y(lambda f: first(f, "tr"), "name"),
            "soyad": Y(lambda f: last(f, "tr"), "name"),
            "tc_kimlik_no": RED(tc_kimlik, "national id"),
            "cep_telefonu": Y(lambda f: phone(f, "tr"), "phone"),
            "e_posta": Y(lambda f: email(f, "tr"), "email"),
            "dogum_tarihi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1955, 2006)}",
                "birthdate",
            ),
            "cinsiyet": Y(lambda f: f.pick(["Kadın", "Erkek"]), "gender"),
            "il": G(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Antalya", "Bursa"])),
            "ilce": Y(lambda f: city(f, "tr"), "city"),
            "acik_adres": Y(lambda f: street(f, "tr"), "address"),
            "posta_kodu": Y(lambda f: postcode(f, "tr"), "zipcode"),
            "kvkk_onay": G(lambda f: f.pick([True, False])),
            "ticari_ileti_izni": G(lambda f: f.pick([True, False])),
            "hasta_tipi": G(lambda f: f.pick(["yeni", "mevcut", "turist"])),
            "kayit_tarihi": G(lambda f: f.iso()),
            "tercih_edilen_klinik": G(lambda f: f.pick(CLINICS[:3])[1]),
            "sigorta_sirketi": G(lambda f: f.pick(TR_INSURERS)),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "PATIENT_EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "MOBILE_PHONE": Y(lambda f: phone(f), "phone"),
            "DOB": Y(dob, "birthdate"),
            "STREET_ADDRESS": Y(lambda f: street(f), "address|street"),
            "CITY": Y(lambda f: city(f), "city"),
            "ZIP": Y(lambda f: postcode(f), "zipcode"),
            "HOME_CLINIC": G(lambda f: clinic(f)[1]),
            "LIFETIME_VALUE": G(lambda f: money(f, 0, 12000)),
            "TOTAL_VISITS": G(lambda f: f.r.randint(0, 40)),
            "LAST_VISIT_DATE": G(lambda f: f.date(2022, 2024)),
            "HAS_ACTIVE_ALIGNER_PLAN": G(lambda f: f.pick([True, False])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "MARITAL_STATUS": G(lambda f: f.pick(["single", "married", "divorced"])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "remember_me": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "expires_in_sec": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "login_url": RED(
                lambda f: "https://my.aureadental.com/auth/magic?token=" + f.hexid(40) + "&r=%2Fappointments",
                "token",
                True,
            ),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_count": G(lambda f: f.r.randint(0, 3)),
            "email_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Created",
        ["php"],
        {
            "username": Y(lambda f: email(f), "email"),
            "password": RED(
                lambda f: f.pick(["Smile2024!", "ayse1985", "Bondi#beach7", "qwerty123", "GülüşM34"]),
                "password",
            ),
            "signup_source": G(lambda f: f.pick(["booking_widget", "assessment", "travel_form"])),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03", "2024-06"])),
        },
    ),
    # -- medical history ------------------------------------------------------------------------
    (
        "track",
        "Medical History Submitted",
        ["web", "swift"],
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "questionnaire_version": G(lambda f: f.pick(["mh-v7", "mh-v8", "mh-v8.1"])),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 3),
            "medication_count": G(lambda f: f.r.randint(0, 6)),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "is_pregnant": Y(lambda f: f.pick(["yes", "no", "not_applicable"]), "condition"),
            "is_nursing": Y(lambda f: f.pick([True, False]), "condition"),
            "smoker": Y(lambda f: f.pick(["never", "former", "current", "vape"]), "condition"),
            "takes_blood_thinners": Y(lambda f: f.pick([True, False]), "medication"),
            "latex_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "needs_antibiotic_premed": Y(lambda f: f.pick([True, False]), "condition|medication"),
            "physician_name": Y(lambda f: "Dr. " + full(f), "name"),
            "emergency_contact": {
                "name": Y(lambda f: full(f), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "additional_info": Y(med_note, "condition|diagnosis", True),
            "completed_in_sec": G(lambda f: f.r.randint(60, 900)),
            "last_dental_visit": G(lambda f: f.pick(["<6 months", "6-12 months", "1-2 years", ">2 years"])),
        },
    ),
    (
        "track",
        "Saglik Formu Gonderildi",
        ["python"],
        {
            "form_id": G(lambda f: f.uuid()),
            "kronik_hastaliklar": Many(Y(lambda f: f.pick(CONDITIONS_TR), "condition"), 2),
            "kullandigi_ilaclar": Many(Y(lambda f: f.pick(MEDICATIONS_TR), "medication"), 2),
            "alerjiler": Many(Y(lambda f: f.pick(ALLERGIES_TR), "allergy"), 2),
            "hamile_mi": Y(lambda f: f.pick([True, False]), "condition"),
            "sigara_kullanimi": Y(
                lambda f: f.pick(["hiç", "bıraktı", "günde 1 paket", "ara sıra"]), "condition"
            ),
            "kan_sulandirici": Y(lambda f: f.pick([True, False]), "medication"),
            "form_surumu": G(lambda f: f.pick(["3.1", "3.2", "4.0"])),
            "doldurma_suresi_sn": G(lambda f: f.r.randint(60, 700)),
            "dil": G(lambda f: f.pick(["tr", "en", "de"])),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web", "node"],
        {
            "dependants": Many(
                {
                    "first_name": Y(lambda f: first(f, "us"), "name"),
                    "last_name": Y(lambda f: last(f, "us"), "name"),
                    "date_of_birth": Y(lambda f: f.date(2008, 2021), "birthdate"),
                    "relationship": G(lambda f: f.pick(["child", "stepchild", "spouse"])),
                    "medicaid_id": RED(medicaid_id, "health id"),
                    "has_special_healthcare_needs": RED(lambda f: f.pick([True, False]), "disability"),
                },
                3,
            ),
            "dependant_count": G(lambda f: f.r.randint(1, 4)),
            "household_id": G(lambda f: "hh_" + f.digits(7)),
        },
    ),
    # -- insurance ------------------------------------------------------------------------------
    (
        "track",
        "Insurance Added",
        ["web", "swift"],
        {
            "insurance_provider": G(lambda f: f.pick(INSURERS_US)),
            "payer_id": G(lambda f: f.pick(["CDCA1", "62308", "65978", "GI813", "60054"])),
            "member_id": Y(lambda f: f.pick(["W", "U", "", "XD"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(6) + f.pick(["", "-0001", "A"])),
            "plan_type": G(lambda f: f.pick(["PPO", "DHMO", "Indemnity"])),
            "subscriber_name": Y(lambda f: full(f, "us"), "name"),
            "subscriber_dob": Y(dob, "birthdate"),
            "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "card_photo_uploaded": G(lambda f: f.pick([True, False])),
            "eligibility_check_id": G(lambda f: f.uuid()),
            "coverage_verified": G(lambda f: f.pick([True, False])),
            "annual_max_remaining": G(lambda f: money(f, 0, 2000)),
        },
    ),
    (
        "track",
        "Health Cover Added",
        ["kotlin", "swift"],
        {
            "medicareNumber": RED(medicare_au, "health id"),
            "medicareIrn": G(lambda f: f.r.randint(1, 5)),
            "medicareExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2030)}"),
            "healthFund": G(lambda f: f.pick(FUNDS_AU)),
            "healthFundMemberNumber": Y(lambda f: f.digits(f.pick([8, 9, 10])), "identification"),
            "extrasCover": G(lambda f: f.pick(["Basic Extras", "Mid Extras", "Top Extras"])),
            "cdbsEligible": G(lambda f: f.pick([True, False])),
            "hicapsEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medicare Advantage Dental Verified",
        ["go", "python"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "mbi": RED(mbi, "health id"),
            "plan_name": G(
                lambda f: f.pick(["Humana Gold Plus HMO", "AARP Medicare Advantage", "Wellcare Dual Access"])
            ),
            "contract_id": G(lambda f: f.pick(["H1036", "H0271", "R5826"])),
            "dental_allowance_remaining": G(lambda f: f.pick([0, 500, 1000, 1500, 2500])),
            "eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["go"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(10)),
            "clearinghouse": G(lambda f: f.pick(["DentalXChange", "Change Healthcare", "HICAPS"])),
            "subscriber_id": Y(lambda f: f.pick(["W", "U", ""]) + f.digits(9), "identification"),
            "procedure_codes": Many(Y(lambda f: f.pick(CDT)[0], "procedure"), 4),
            "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "date_of_service": G(lambda f: f.date(2024, 2024)),
            "rendering_provider_npi": G(npi),
            "billed_amount": G(lambda f: money(f, 80, 6000)),
            "expected_payer_amount": G(lambda f: money(f, 0, 3000)),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
            "status": G(lambda f: f.pick(["submitted", "accepted", "rejected"])),
        },
    ),
    # -- appointments ---------------------------------------------------------------------------
    (
        "track",
        "Appointment Booked",
        ["web", "swift", "kotlin"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "clinic_name": G(lambda f: clinic(f)[1]),
            "clinic_city": G(lambda f: clinic(f)[2]),
            "clinic_phone": G(lambda f: clinic(f)[3]),
            "provider_id": G(lambda f: "prv_" + f.digits(4)),
            "provider_name": Y(lambda f: "Dr. " + full(f), "name"),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60, 90])),
            "visit_type": G(lambda f: f.pick(["new_patient", "recall", "emergency", "virtual_consult"])),
            "procedure": Y(lambda f: f.pick(PROCEDURES_BOOKED), "procedure"),
            "reason_for_visit": Y(visit_reason, "condition", True),
            "is_new_patient": G(lambda f: f.pick([True, False])),
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "interpreter_language": G(lambda f: f.pick(["none", "tr", "vi", "es", "el"])),
            "booking_channel": G(lambda f: f.pick(["website", "app", "phone", "google_reserve"])),
            "reminder_preference": G(lambda f: f.pick(["sms", "email", "both"])),
            "deposit_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Randevu Olusturuldu",
        ["python"],
        {
            "randevu_id": G(lambda f: f.digits(8)),
            "klinik_adi": G(lambda f: f.pick(CLINICS[:3])[1]),
            "hekim_adi": Y(lambda f: "Dt. " + full(f, "tr"), "name"),
            "islem": Y(lambda f: f.pick(PROCEDURES_TR), "procedure"),
            "randevu_tarihi": G(lambda f: f.iso()),
            "sure_dk": G(lambda f: f.pick([30, 45, 60])),
            "ucret": G(lambda f: money(f, 500, 60000)),
            "para_birimi": G(lambda f: f.pick(["TRY", "EUR", "GBP"])),
            "ilk_muayene": G(lambda f: f.pick([True, False])),
            "kanal": G(lambda f: f.pick(["web", "whatsapp", "telefon", "instagram"])),
        },
    ),
    (
        "track",
        "Appointment Rescheduled",
        ["kotlin", "swift", "web"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "previous_start_time": G(lambda f: f.iso()),
            "new_start_time": G(lambda f: f.iso()),
            "reschedule_count": G(lambda f: f.r.randint(1, 4)),
            "initiated_by": G(lambda f: f.pick(["patient", "clinic"])),
            "cancel_reason": G(
                lambda f: f.pick(
                    ["Work conflict", "Childcare fell through", "Car broke down", "Clinic closed early", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["node"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "account_sid": G(lambda f: "AC" + f.hexid(32)),
            "to": Y(lambda f: phone(f), "phone"),
            "from": G(lambda f: f.pick(["+15125550148", "+61480000123", "+908505550120"])),
            "messaging_service_sid": G(lambda f: "MG" + f.hexid(32)),
            "body": Y(sms_body, "name", True),
            "num_segments": G(lambda f: f.pick([1, 2])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "hours_before": G(lambda f: f.pick([2, 24, 48])),
        },
    ),
    (
        "track",
        "Reminder Email Delivered",
        ["ruby"],
        {
            "email": Y(lambda f: email(f), "email"),
            "from_email": G(
                lambda f: f.pick(
                    ["no-reply@aureadental.com", "reminders@aureadental.com", "randevu@aureadental.com.tr"]
                )
            ),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "frontdesk.bondi@aureadental.com",
                        "support@aureadental.com",
                        "destek@aureadental.com.tr",
                    ]
                )
            ),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(5)),
            "smtp_id": G(lambda f: f"<{f.hexid(16)}@aureadental.com>"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": G(
                lambda f: f.pick(
                    ["Your visit is tomorrow", "Randevu hatırlatma", "Time for your 6-month check-up"]
                )
            ),
            "opened": G(lambda f: f.pick([True, False])),
            "category": Many(G(lambda f: f.pick(["reminder", "transactional", "recall"])), 2),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick(
                    [full(f), last(f).lower(), f"{last(f)}, {first(f)}", first(f) + " " + last(f)[0]]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "search_scope": G(lambda f: f.pick(["this_clinic", "all_clinics"])),
            "staff_role": G(lambda f: f.pick(["front_desk", "hygienist", "office_manager"])),
            "latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Front Desk Note Added",
        ["dotnet"],
        {
            "NoteId": G(lambda f: f.r.randint(100000, 999999)),
            "AppointmentId": G(lambda f: "apt_" + f.hexid(12)),
            "Category": G(lambda f: f.pick(["Contact", "Billing", "Scheduling"])),
            "Note": Y(front_desk_note, "phone", True),
            "CreatedBy": G(lambda f: "emp_" + f.digits(4)),
            "IsPinned": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- clinical -------------------------------------------------------------------------------
    (
        "track",
        "Treatment Plan Presented",
        ["java", "go"],
        {
            "plan_id": G(lambda f: "tp_" + f.digits(7)),
            "items": Many(cdt_item(), 5),
            "total_fee": G(lambda f: money(f, 200, 18000)),
            "insurance_estimate": G(lambda f: money(f, 0, 3000)),
            "patient_portion": G(lambda f: money(f, 100, 15000)),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
            "presented_by_npi": G(npi),
            "accepted": G(lambda f: f.pick([True, False])),
            "financing_offered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tooth Chart Updated",
        ["dotnet"],
        {
            "ChartId": G(lambda f: f.uuid()),
            "Teeth": Many(
                {
                    "ToothNum": G(lambda f: f.pick(["3", "14", "19", "30", "8", "17", "32"])),
                    "Finding": Y(lambda f: f.pick(TOOTH_FINDINGS), "diagnosis"),
                    "Surfaces": G(lambda f: f.pick(["MO", "DO", "B", "", "MOD"])),
                    "IsPrimary": G(lambda f: False),
                },
                6,
            ),
            "PerioStage": Y(lambda f: f.pick(["Stage I", "Stage II", "Stage III", "healthy"]), "diagnosis"),
            "ExamType": G(lambda f: f.pick(["Periodic", "Comprehensive", "Limited"])),
            "ChartedAtUtc": G(lambda f: f.iso()),
            "ProvNum": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "X-ray Captured",
        ["java"],
        {
            "xray_id": G(lambda f: f.uuid()),
            "xray_type": Y(lambda f: f.pick(["panoramic", "bitewing", "periapical", "CBCT"]), "procedure"),
            "image_url": Y(
                lambda f: f"https://pacs.aureadental.com/studies/{f.uuid()}/series/1.dcm", "photo"
            ),
            "sensor_model": G(lambda f: f.pick(["Schick 33", "Carestream RVG 6200", "Planmeca ProSensor"])),
            "exposure_ms": G(lambda f: f.r.randint(60, 400)),
            "technician_name": Y(lambda f: full(f), "name"),
            "study_instance_uid": G(lambda f: "1.2.840.113619.2." + f.digits(9) + "." + f.digits(6)),
        },
    ),
    (
        "track",
        "Intraoral Scan Uploaded",
        ["go", "java"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "scanner_model": G(lambda f: f.pick(["iTero Element 5D", "3Shape TRIOS 5", "Medit i700"])),
            "arch": G(lambda f: f.pick(["upper", "lower", "both"])),
            "file_format": G(lambda f: f.pick(["stl", "ply", "obj"])),
            "file_size_bytes": G(lambda f: f.r.randint(8_000_000, 90_000_000)),
            "file_sha256": G(lambda f: f.hexid(64)),
            "scan_url": Y(
                lambda f: f"s3://aurea-scans-prod/{f.uuid()}/{f.pick(['upper', 'lower'])}.stl", "photo"
            ),
            "upload_duration_ms": G(lambda f: f.r.randint(1500, 60000)),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "scanned_by": Y(lambda f: full(f), "name"),
        },
    ),
    (
        "track",
        "Smile Photo Uploaded",
        ["swift", "kotlin", "rn"],
        {
            "photo_id": G(lambda f: f.uuid()),
            "angle": G(lambda f: f.pick(["front", "left", "right", "upper_occlusal", "lower_occlusal"])),
            "photo_url": Y(lambda f: f"https://uploads.aureadental.com/smile/{f.uuid()}.jpg", "photo"),
            "width": G(lambda f: f.pick([3024, 4032, 1920])),
            "height": G(lambda f: f.pick([4032, 3024, 1080])),
            "face_detected": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["camera", "library"])),
            "retake_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Smile Assessment Completed",
        ["node"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "crowding_severity": Y(lambda f: f.pick(["none", "mild", "moderate", "severe"]), "diagnosis"),
            "bite_issue": Y(
                lambda f: f.pick(["overbite", "underbite", "crossbite", "open bite", "none"]), "diagnosis"
            ),
            "candidate_for_aligners": G(lambda f: f.pick([True, False])),
            "estimated_months": G(lambda f: f.r.randint(4, 18)),
            "recommended_plan": G(
                lambda f: f.pick(["AureaAlign Lite", "AureaAlign Complete", "In-clinic consult"])
            ),
            "model_version": G(lambda f: f.pick(["smile-ai-2.4.0", "smile-ai-2.5.1", "smile-ai-2.5.2"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
        },
    ),
    (
        "track",
        "Prescription Issued",
        ["java"],
        {
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "drug_name": Y(
                lambda f: f.pick(
                    [
                        "Amoxicillin 500 mg",
                        "Ibuprofen 600 mg",
                        "Chlorhexidine 0.12% rinse",
                        "Clindamycin 300 mg",
                    ]
                ),
                "medication",
            ),
            "quantity": G(lambda f: f.pick([10, 20, 21, 30])),
            "refills": G(lambda f: f.r.randint(0, 2)),
            "pharmacy_name": G(lambda f: f.pick(["CVS Pharmacy #4471", "Walgreens #1120", "H-E-B Pharmacy"])),
            "pharmacy_phone": G(lambda f: f.pick(["(512) 555-0101", "(305) 555-0177", "(713) 555-0130"])),
            "prescriber_npi": G(npi),
            "erx_vendor": G(lambda f: f.pick(["DoseSpot", "Surescripts"])),
        },
    ),
    # -- aligners -------------------------------------------------------------------------------
    (
        "screen",
        "Tray Tracker",
        ["rn"],
        {
            "tray-number": G(lambda f: f.r.randint(1, 40)),
            "hours-worn-today": G(lambda f: round(f.r.uniform(8, 23), 1)),
            "wear-reminder-enabled": G(lambda f: f.pick([True, False])),
            "next-tray-date": G(lambda f: f.date(2024, 2025)),
            "fit-issue": G(lambda f: f.pick(["none", "loose", "tight", "cracked"])),
            "pain-level": Y(lambda f: f.r.randint(0, 10), "condition"),
            "streak-days": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Progress Check-In Submitted",
        ["rn", "swift"],
        {
            "check_in_id": G(lambda f: f.uuid()),
            "tray_number": G(lambda f: f.r.randint(1, 40)),
            "photos": Many(
                {
                    "angle": G(lambda f: f.pick(["front", "left", "right"])),
                    "url": Y(lambda f: f"https://uploads.aureadental.com/checkins/{f.uuid()}.heic", "photo"),
                },
                3,
            ),
            "on_track": G(lambda f: f.pick([True, False])),
            "reviewed_by_orthodontist": G(lambda f: f.pick([True, False])),
            "attachments_lost": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- commerce -------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {
            **product(),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
            "value": G(lambda f: f.pick(PRODUCTS)[3]),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **product(),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "value": G(lambda f: money(f, 19, 3600)),
            "revenue": G(lambda f: money(f, 19, 3600)),
            "tax": G(lambda f: money(f, 0, 300)),
            "shipping": G(lambda f: f.pick([0.0, 9.95, 14.0])),
            "coupon": G(lambda f: f.pick(["", "SMILE100", "REFER50", "BONDI10"])),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "payment_method": G(lambda f: f.pick(["card", "afterpay", "apple_pay", "klarna"])),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "371449", "400022"])),
            "billing_postal_code": Y(lambda f: postcode(f), "zipcode"),
            "step": G(lambda f: 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 19, 3600)),
            "revenue": G(lambda f: money(f, 19, 3600)),
            "tax": G(lambda f: money(f, 0, 300)),
            "discount": G(lambda f: f.pick([0, 50, 100])),
            "currency": G(lambda f: f.pick(["USD", "AUD", "EUR"])),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(lambda f: full(f), "name"),
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: f.pick(["TX", "NSW", "QLD", "FL"])),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "AU", "TR"])),
            },
            "shipping_method": G(lambda f: f.pick(["standard", "express", "clinic_pickup"])),
            "tracking_number": G(
                lambda f: f.pick(
                    ["1Z" + f.hexid(16).upper(), "AP" + f.digits(10) + "AU", "9400" + f.digits(18)]
                )
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Deposit Paid",
        ["php"],
        {
            "booking_ref": G(lambda f: "BK" + f.digits(7)),
            "amount": G(lambda f: f.pick([50, 100, 150, 200])),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
            "cardholder": Y(lambda f: full(f).upper(), "name"),
            "gateway": G(lambda f: f.pick(["eway", "authorize.net", "tyro"])),
            "gateway_response_code": G(lambda f: f.pick(["00", "05", "51", "A1"])),
        },
    ),
    (
        "track",
        "Stripe Webhook Received",
        ["node"],
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: f.pick(["charge.succeeded", "charge.captured", "charge.updated"])),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "charge_id": G(lambda f: "ch_" + f.hexid(24)),
                    "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "amount": G(lambda f: f.r.randint(1900, 360000)),
                    "currency": G(lambda f: f.pick(["usd", "aud"])),
                    "receipt_email": Y(lambda f: email(f), "email"),
                    "billing_details": {
                        "name": Y(lambda f: full(f), "name"),
                        "address": {
                            "line1": Y(lambda f: street(f), "address|street"),
                            "city": Y(lambda f: city(f), "city"),
                            "postal_code": Y(lambda f: postcode(f), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "AU"])),
                        },
                    },
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "funding": G(lambda f: f.pick(["credit", "debit"])),
                        "country": G(lambda f: f.pick(["US", "AU", "GB"])),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Odeme Alindi",
        ["python"],
        {
            "odeme_id": G(lambda f: f.digits(8)),
            "conversation_id": G(lambda f: f.uuid()),
            "tutar": G(lambda f: money(f, 1000, 250000)),
            "para_birimi": G(lambda f: f.pick(["TRY", "EUR", "GBP"])),
            "taksit_sayisi": G(lambda f: f.pick([1, 3, 6, 9, 12])),
            "kart_sahibi_adi": Y(lambda f: full(f, "tr"), "name"),
            "kart_son_dort": G(lambda f: f.digits(4)),
            "kart_ailesi": G(lambda f: f.pick(["Bonus", "Maximum", "World", "Axess"])),
            "iade_iban": RED(lambda f: iban(f, "TR"), "bank account"),
            "fraud_status": G(lambda f: f.pick([1, 0, -1])),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        ["web", "node"],
        {
            "application_id": G(lambda f: f.uuid()),
            "lender": G(lambda f: f.pick(["Sunbit", "CareCredit", "Cherry", "Proceed Finance"])),
            "requested_amount": G(lambda f: f.r.randint(500, 15000)),
            "term_months": G(lambda f: f.pick([6, 12, 24, 36, 60])),
            "applicant": {
                "first_name": Y(lambda f: first(f, "us"), "name"),
                "last_name": Y(lambda f: last(f, "us"), "name"),
                "dob": Y(dob, "birthdate"),
                "ssn_last4": RED(ssn_last4, "social security number"),
                "mobile": Y(lambda f: phone(f, "us"), "phone"),
                "email": Y(lambda f: email(f, "us"), "email"),
                "home_address": Y(
                    lambda f: (
                        f"{street(f, 'us')}, {city(f, 'us')}, {f.pick(['TX', 'FL'])} {postcode(f, 'us')}"
                    ),
                    "address",
                ),
                "annual_income": Y(lambda f: f.r.randint(18000, 240000), "salary"),
                "employer": G(
                    lambda f: f.pick(["Walmart", "Texas Children's Hospital", "Self-employed", "Amazon"])
                ),
                "job_title": G(lambda f: f.pick(["Teacher", "Nurse", "Software Engineer", "Driver"])),
                "housing_status": G(lambda f: f.pick(["rent", "own", "other"])),
            },
            "credit_score": Y(lambda f: f.r.randint(520, 840), "credit score"),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending"])),
            "apr": G(lambda f: f.pick([0.0, 9.99, 17.99, 29.99])),
        },
    ),
    (
        "track",
        "Payment Plan Activated",
        ["ruby", "go"],
        {
            "plan_id": G(lambda f: "pp_" + f.digits(7)),
            "monthly_payment": G(lambda f: money(f, 49, 400)),
            "installments": G(lambda f: f.pick([6, 12, 18, 24])),
            "autopay": {
                "method": G(lambda f: f.pick(["ach", "becs", "card"])),
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "bsb": G(lambda f: f.pick(["062-000", "033-172", "083-004", "112-879"])),
                "account_number": RED(lambda f: f.digits(f.pick([8, 9, 10, 12])), "bank account"),
                "account_holder": Y(lambda f: full(f), "name"),
                "account_last4": G(lambda f: f.digits(4)),
            },
            "first_debit_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- dental tourism -------------------------------------------------------------------------
    (
        "track",
        "Travel Package Viewed",
        ["web", "flutter"],
        {
            "package_id": G(lambda f: "pkg_" + f.digits(4)),
            "package_name": G(
                lambda f: f.pick(
                    [
                        "Istanbul Smile Makeover 7 nights",
                        "Antalya Implant Holiday",
                        "Hollywood Smile 5 nights",
                    ]
                )
            ),
            "destination_city": G(lambda f: f.pick(["Istanbul", "Antalya", "İzmir"])),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_address": G(
                lambda f: f.pick(
                    [
                        "Kozyatağı Mah. Saniye Ermutlu Sk. No:4, Kadıköy",
                        "Fener Mah. Tekelioğlu Cad. No:20, Muratpaşa",
                    ]
                )
            ),
            "nights": G(lambda f: f.pick([5, 7, 10])),
            "price_from": G(lambda f: f.pick([1990, 2490, 3900, 5400])),
            "currency": G(lambda f: f.pick(["EUR", "GBP"])),
            "includes": Many(
                G(lambda f: f.pick(["airport transfer", "hotel", "consultation", "x-rays", "city tour"])), 4
            ),
            "origin_country": G(lambda f: f.pick(["GB", "DE", "NL", "IE", "AU"])),
        },
    ),
    (
        "track",
        "Travel Package Booked",
        ["flutter", "python"],
        {
            "booking_ref": G(
                lambda f: "AUR-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "package_id": G(lambda f: "pkg_" + f.digits(4)),
            "travellers": Many(
                {
                    "first_name": Y(lambda f: first(f, "eu"), "name"),
                    "last_name": Y(lambda f: last(f, "eu"), "name"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
                    "email": Y(lambda f: email(f, "eu"), "email"),
                    "nationality": Y(
                        lambda f: f.pick(["British", "German", "Dutch", "Irish", "Australian"]), "citizenship"
                    ),
                    "passport_number": RED(passport, "passport"),
                    "passport_expiry": G(lambda f: f.date(2025, 2034)),
                    "is_patient": G(lambda f: f.pick([True, False])),
                    "frequent_flyer_number": G(lambda f: f.pick(["TK", "BA", "LH"]) + f.digits(9)),
                },
                3,
            ),
            "arrival_flight": G(lambda f: f.pick(["TK1980", "PC1172", "BA676", "LH1302", "TK1952"])),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "airport_transfer": G(lambda f: f.pick([True, False])),
            "companion_count": G(lambda f: f.r.randint(0, 2)),
            "emergency_contact_phone": Y(lambda f: phone(f, "eu"), "phone"),
            "whatsapp_number": Y(lambda f: phone(f, "eu"), "phone"),
            "total": G(lambda f: money(f, 1990, 9000)),
            "currency": G(lambda f: f.pick(["EUR", "GBP"])),
        },
    ),
    (
        "track",
        "Airport Transfer Assigned",
        ["python"],
        {
            "transfer_id": G(lambda f: f.digits(6)),
            "driver_name": Y(lambda f: full(f, "tr"), "name"),
            "driver_phone": Y(lambda f: phone(f, "tr"), "phone"),
            "vehicle_plate": Y(
                lambda f: f"34 {f.pick(['ABC', 'KL', 'TR', 'DZ'])} {f.r.randint(100, 9999)}", "license"
            ),
            "pickup_airport": G(lambda f: f.pick(["IST", "SAW", "AYT"])),
            "pickup_time": G(lambda f: f.iso()),
            "meet_sign_name": Y(lambda f: last(f, "eu").upper(), "name"),
            "passengers": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- marketing and growth -------------------------------------------------------------------
    (
        "track",
        "Lead Captured",
        ["node"],
        {
            "lead_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "ad_id": G(lambda f: "2385" + f.digits(13)),
            "full_name": Y(lambda f: full(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone_number": Y(lambda f: phone(f), "phone"),
            "post_code": Y(lambda f: postcode(f), "zipcode"),
            "treatment_interest": G(lambda f: f.pick(["clear_aligners", "implants", "veneers", "whitening"])),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "platform": G(lambda f: f.pick(["fb", "ig"])),
        },
    ),
    (
        "track",
        "Smile Assessment Started",
        ["web"],
        {
            "entry_point": G(lambda f: f.pick(["hero_cta", "pricing", "quiz_popup"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQ"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
            "experiment_variant": G(lambda f: f.pick(["control", "short_quiz", "video_first"])),
            "label": G(lambda f: f.pick(["Start my free assessment", "Get started", "See my smile"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web"],
        {
            "form": G(lambda f: f.pick(["patient_intake", "shipping"])),
            "field": G(lambda f: "home_address"),
            "input": Y(lambda f: street(f), "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Clinic Search",
        ["web", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "bondi",
                        "invisalign austin",
                        "kadıköy diş",
                        "implant cost istanbul",
                        "emergency dentist",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 9)),
            "nearest_clinic": {
                "id": G(lambda f: clinic(f)[0]),
                "name": G(lambda f: clinic(f)[1]),
                "lat": G(lambda f: f.pick([40.9878, -33.8916, 30.4014, -37.7985])),
                "lng": G(lambda f: f.pick([29.0361, 151.2467, -97.7254, 144.9785])),
                "distance_km": G(lambda f: round(f.r.uniform(0.3, 40), 1)),
            },
            "used_current_location": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "referral_code": G(
                lambda f: "SMILE-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            ),
            "recipient_name": Y(lambda f: full(f), "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "share_channel": G(lambda f: f.pick(["email", "sms", "copy_link", "whatsapp"])),
            "reward_amount": G(lambda f: f.pick([50, 100, 150])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "call_id": G(lambda f: "CAL" + f.hexid(32)),
            "caller_number": Y(lambda f: phone(f, "us"), "phone"),
            "caller_name": Y(lambda f: full(f, "us").upper(), "name"),
            "caller_city": Y(lambda f: city(f, "us"), "city"),
            "caller_state": G(lambda f: f.pick(["TX", "FL", "AZ"])),
            "tracking_phone_number": G(lambda f: f.pick(["+15125550190", "+13055550111", "+15125550123"])),
            "business_phone_number": G(lambda f: f.pick(["+15125550148", "+13055550199"])),
            "duration": G(lambda f: f.r.randint(0, 900)),
            "answered": G(lambda f: f.pick([True, False])),
            "first_call": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["Google Ads", "Google My Business", "Direct"])),
            "lead_status": G(lambda f: f.pick(["good_lead", "not_a_lead", "previously_marked_good_lead"])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.digits(9)),
            "text": Y(chat_text, "phone", True),
            "author_type": G(lambda f: "user"),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["php"],
        {
            "form_name": G(lambda f: f.pick(["contact", "quote_request", "travel_enquiry"])),
            "message": Y(contact_message, "email", True),
            "preferred_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "page": G(lambda f: f.pick(["/contact", "/tr/iletisim", "/au/contact"])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift"],
        {
            "review_id": G(lambda f: f.uuid()),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(GREEN_REVIEWS)),
            "dentist_name": Y(lambda f: "Dr. " + last(f), "name"),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "posted_to_google": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Survey Responded",
        ["node"],
        {
            "survey_id": G(lambda f: "nps_" + f.pick(["post_visit", "aligner_day30", "travel"])),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(lambda f: f.pick([*GREEN_REVIEWS, "", "n/a"])),
            "question": G(lambda f: "How likely are you to recommend Aurea Dental to a friend?"),
            "response_time_sec": G(lambda f: f.r.randint(4, 300)),
        },
    ),
    (
        "track",
        "Consent Updated",
        ["web", "python"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "hipaa_acknowledged": G(lambda f: f.pick([True, False])),
            "kvkk_acik_riza": G(lambda f: f.pick([True, False])),
            "signature_name": Y(lambda f: full(f), "name"),
            "signed_ip": Y(lambda f: f.ipv4(), "ip"),
            "document_version": G(lambda f: f.pick(["consent-2024.1", "consent-2024.2", "kvkk-v3"])),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Provider Profile Updated",
        ["java"],
        {
            "provider_id": G(lambda f: "prv_" + f.digits(4)),
            "full_name": Y(lambda f: full(f), "name"),
            "credentials": G(lambda f: f.pick(["DDS", "DMD", "BDSc", "Dt.", "RDH"])),
            "specialty": G(
                lambda f: f.pick(["General Dentistry", "Orthodontics", "Periodontics", "Endodontics"])
            ),
            "work_email": Y(lambda f: email(f).split("@")[0] + "@aureadental.com", "email"),
            "license_number": Y(lambda f: f.pick(["TX", "FL"]) + "-" + f.digits(5), "license"),
            "ahpra_registration": Y(lambda f: "DEN000" + f.digits(7), "license"),
            "npi": G(npi),
            "languages": Many(
                G(lambda f: f.pick(["English", "Turkish", "Spanish", "Greek", "Vietnamese"])), 3
            ),
            "bio_photo_url": Y(lambda f: f"https://cdn.aureadental.com/team/{f.hexid(8)}.jpg", "photo"),
            "accepting_new_patients": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Completed",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: f.r.randint(1000, 9999)),
            "EmployeeName": Y(lambda f: full(f), "name"),
            "Role": G(
                lambda f: f.pick(["Hygienist", "Dental Assistant", "Receptionist", "Associate Dentist"])
            ),
            "ClinicCode": G(lambda f: clinic(f)[0].upper()),
            "HoursWorked": G(lambda f: round(f.r.uniform(4, 11), 2)),
            "OvertimeHours": G(lambda f: f.pick([0, 0, 0.5, 1.25])),
            "PersonalMobile": Y(lambda f: phone(f), "phone"),
            "PersonalEmail": Y(lambda f: email(f), "email"),
            "HourlyRate": Y(lambda f: f.pick([28.5, 41.0, 52.75, 19.0, 63.0]), "salary"),
            "PayPeriodEnd": G(lambda f: f.date(2024, 2024)),
            "ClockInUtc": G(lambda f: f.iso()),
            "PatientsSeen": G(lambda f: f.r.randint(0, 16)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["ruby"],
        {
            "integration": G(lambda f: f.pick(["twilio", "open_dental", "dentrix_ascend"])),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "api_key": RED(lambda f: f.pick([f.secret(), f.secret(), f.hexid(32)]), "secret"),
            "connected_by_role": G(lambda f: f.pick(["owner", "office_manager"])),
            "sync_interval_min": G(lambda f: f.pick([5, 15, 60])),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["kotlin", "swift"],
        {
            "endpoint": G(lambda f: f.pick(["/v2/appointments", "/v2/me/insurance", "/v2/scans"])),
            "status_code": G(lambda f: f.pick([401, 500, 502, 429])),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "request_id": G(lambda f: f.uuid()),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Guardian Consent Signed",
        ["web", "php"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "guardian_name": Y(lambda f: full(f), "name"),
            "guardian_email": Y(lambda f: email(f), "email"),
            "guardian_phone": Y(lambda f: phone(f), "phone"),
            "minor_first_name": Y(lambda f: first(f), "name"),
            "minor_dob": Y(lambda f: f.date(2009, 2017), "birthdate"),
            "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian", "grandparent"])),
            "plan_name": G(lambda f: f.pick(["AureaAlign Teen", "AureaAlign Teen Plus", "AureaAlign Lite"])),
            "witness_staff_name": Y(lambda f: full(f), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "CDBS Claim Lodged",
        ["go"],
        {
            "claim_id": G(lambda f: "CDBS-" + f.digits(8)),
            "medicare_card_number": RED(medicare_au, "health id"),
            "medicare_ref": G(lambda f: f.r.randint(1, 6)),
            "child_name": Y(lambda f: full(f, "au"), "name"),
            "child_dob": Y(lambda f: f.date(2008, 2021), "birthdate"),
            "item_numbers": Many(
                Y(lambda f: f.pick(["88011", "88022", "88111", "88521", "88416"]), "procedure"), 4
            ),
            "benefit_cap_remaining": G(lambda f: money(f, 0, 1095)),
            "bulk_billed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "first_name": Y(lambda f: first(f, "eu"), "name"),
            "last_name": Y(lambda f: last(f, "eu"), "name"),
            "email": Y(lambda f: email(f, "eu"), "email"),
            "mobile": Y(lambda f: phone(f, "eu"), "phone"),
            "nationality": Y(lambda f: f.pick(["British", "German", "Dutch", "Irish"]), "citizenship"),
            "home_city": Y(lambda f: city(f, "eu"), "city"),
            "passport_country": G(lambda f: f.pick(["GB", "DE", "NL", "IE"])),
            "preferred_language": G(lambda f: f.pick(["en", "de", "nl"])),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        ["swift", "kotlin"],
        {
            "waitlist_id": G(lambda f: "wl_" + f.digits(6)),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "preferred_times": Many(G(lambda f: f.pick(["weekday_am", "weekday_pm", "saturday"])), 3),
            "contact_name": Y(lambda f: full(f), "name"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "flexible": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- page / screen / group / alias ----------------------------------------------------------
    (
        "page",
        "Book a Visit",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/book", "/au/book", "/tr/randevu"])),
            "url": G(lambda f: "https://www.aureadental.com" + f.pick(["/book", "/au/book", "/tr/randevu"])),
            "title": G(lambda f: f.pick(["Book a visit | Aurea Dental", "Randevu Al | Aurea Dental"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.aureadental.com/"])),
            "search": G(lambda f: f.pick(["", "?clinic=cl_syd_bondi", "?service=implant"])),
            "name": G(lambda f: "Book a Visit"),
        },
    ),
    (
        "screen",
        "Appointment Details",
        ["swift", "kotlin", "flutter"],
        {
            "screen_class": G(
                lambda f: f.pick(
                    ["AppointmentDetailViewController", "AppointmentDetailFragment", "BookingDetailPage"]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Appointments", "Notifications"])),
            "appointment_status": G(lambda f: f.pick(["upcoming", "past", "cancelled"])),
        },
    ),
    (
        "group",
        None,
        ["node", "java"],
        {
            "name": G(lambda f: clinic(f)[1]),
            "industry": G(lambda f: "Dental"),
            "employees": G(lambda f: f.r.randint(6, 60)),
            "plan": G(lambda f: f.pick(["clinic_standard", "clinic_plus", "franchise"])),
            "website": G(lambda f: "https://www.aureadental.com/" + clinic(f)[0]),
            "clinic_phone": G(lambda f: clinic(f)[3]),
            "support_email": G(
                lambda f: f.pick(
                    ["bondi@aureadental.com", "kadikoy@aureadental.com.tr", "austin@aureadental.com"]
                )
            ),
            "city": G(lambda f: clinic(f)[2]),
            "chairs": G(lambda f: f.r.randint(3, 14)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            msg["userId"] = f.pick(["pt_", "usr_", ""]) + f.digits(8)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen") and name:
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = clinic(f)[0]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=187, repeats=30)
    write(Path(__file__).parent, "holdout187_", events, labels)
