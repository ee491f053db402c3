"""Writes holdout287: tests/corpus/holdout287_events.jsonl and holdout287_labels.json.

SEALED. Written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the helpers and
the format). Nothing here was tuned to the engine and the corpus was not scored by its author.

Domain: "Curaly", a medical crowdfunding and charitable donation platform (GoFundMe-like) in
Italy, Nigeria and Mexico. Covered: campaign creation for a person's treatment (beneficiary,
diagnosis summary, hospital, target amount, story and updates), organiser and beneficiary
identity verification for payouts (IBAN with a valid Italian CIN and mod-97, Nigerian NUBAN with
its CBN check digit and BVN/NIN, Mexican CLABE with its check digit, CURP and RFC with their
check characters, Italian codice fiscale with its check letter), donations by card (Luhn, Verve
included), Paystack / Flutterwave / OXXO / SPEI / wallets, anonymous donations and donor comments,
shares and invites, fraud review, hospital invoice checks, support tickets, telephony webhooks,
warehouse (reverse-ETL) syncs and e-commerce spec events (Checkout Started, Payment Info Entered,
Order Completed, Order Refunded). Calls: identify, track, page, screen, group and alias, with the
`context` blocks of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths (a little
above the 15 % asked, because vendor payloads arrive whole) in other conventions real customers
have: PascalCase (the C# backend, Smile ID and Twilio payloads), kebab-case (a Nuxt front end),
SCREAMING_SNAKE (warehouse syncs), Italian keys (`codice_fiscale`, `cellulare`, `detraibile`) and
Mexican Spanish keys (`correo_electronico`, `primerApellido`, `campaña_id`); Nigerian English terms
(`lga`, `state_of_origin`, `bvn`, `msisdn`).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, beneficiaries, donors, invitees, imported
  contacts, emergency contacts, hospital and platform staff. Colour is the reference's default for
  the matcher; outside the reference: red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids; yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we or a business issue (campaign, order, payout, case, invoice, Paystack customer
  codes, NIP session ids, OXXO references, tracking ids), versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`, `bvn_verified`,
  `covered_by_ssn`), product / campaign-category / hospital / pharmacy / bank / insurer / pet
  names, places that are not the person's (the hospital's city, a searched place), countries,
  states (Nigerian state of origin, Mexican entidad, Italian provincia), locale, timezone,
  currency, user agents, OS-issued device ids. Card brand, BIN, last four and expiry are green;
  bank codes, BICs and masked IBANs are green.
- Contested cases follow the product's published policy (see the brief): green for member /
  customer numbers, ages, marital status, job titles and employers, a business's own phone, e-mail
  and address (hospital switchboards, pharmacy phones, role mailboxes such as donazioni@, the
  number a telephony webhook calls from or to on the company side), pets' names and data (a pet's
  `condition` too), UUID tokens and e-mail Message-IDs; yellow for insurance policy and member
  numbers (`identification`), prescription numbers (`medication`), incomes (`salary`), credit
  bureau scores (`credit score`), ad-click ids gclid/fbclid/fbp/fbc (`advertising id`) and the
  person's billing address; red for payment tokens (`pm_`, Paystack `AUTH_` codes), one-time codes
  and sign-in / reset link tokens (`token`), a health system's patient numbers (MRN, tessera
  sanitaria, NHIA number: `health id`), identity document numbers (`national id|passport`).
- A boolean or enum that itself reveals a special category (uses a wheelchair, pregnant, the
  campaign's medical specialty such as "oncology", religion, ethnic group) is PII of that category.
- value_only is true when the key does not say what the value is (`value`, `input`, `q`, `note`,
  `message`, `From`, `recipient`, a campaign title); such a path holds its PII in every value.
  Free text is labelled by what every one of its values carries; text that never carries PII (a
  donor's "Forza e coraggio!") is green.
- Own decisions where the brief is silent, as a careful privacy owner would want them: campaign
  titles and update texts that always name the beneficiary are `name` (value_only); an APNs push
  token is red `token`; a Nigerian LGA of residence or origin is yellow `city|address` like a
  birthplace city; the hospital treating the beneficiary is a business name (green) while the
  diagnosis, procedure and medical specialty are flagged; a Flutterwave per-transaction virtual
  account and a hospital's own collection IBAN belong to organisations (green); an employer's
  employee number is green like a member number; BVN and NIN are `national id`, Mexico's NSS is
  `social security number|health id`; a card's CVV is `credit card` (red); the campaign category
  ("medical", "memorial") is a product category (green) while the specialty is `condition`; dates
  (an admission date, a document's expiry) are green like other timestamps; a device fingerprint
  and the Conversions API `external_id` (a SHA-256 of our user id) are hashes of non-PII (green).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- people, places and identifiers of the three markets ----------------------------------------

IT_FIRST_F = ["Giulia", "Francesca", "Chiara", "Sofia", "Valentina", "Martina", "Alessia", "Rosa", "Elena"]
IT_FIRST_M = ["Marco", "Alessandro", "Luca", "Matteo", "Giuseppe", "Davide", "Lorenzo", "Salvatore", "Andrea"]
IT_LAST = [
    "Bianchi",
    "Esposito",
    "Romano",
    "Ferrari",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Lombardi",
    "Moretti",
]
NG_FIRST_F = ["Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Hauwa", "Yetunde", "Adaeze", "Blessing", "Folake"]
NG_FIRST_M = [
    "Chinedu",
    "Oluwaseun",
    "Emeka",
    "Ibrahim",
    "Tunde",
    "Uchenna",
    "Babatunde",
    "Musa",
    "Ikechukwu",
]
NG_LAST = [
    "Okeke",
    "Adeyemi",
    "Bakare",
    "Bello",
    "Nwosu",
    "Ogunleye",
    "Musa",
    "Eze",
    "Adebayo",
    "Abubakar",
    "Obi",
    "Afolabi",
    "Okonkwo",
    "Balogun",
    "Danjuma",
    "Olawale",
    "Nnamdi",
]
MX_FIRST_F = [
    "María Guadalupe",
    "Ana Sofía",
    "Ximena",
    "Fernanda",
    "Guadalupe",
    "Itzel",
    "Daniela",
    "Valeria",
]
MX_FIRST_M = [
    "José",
    "Juan Carlos",
    "Luis Fernando",
    "Diego",
    "Alejandro",
    "Carlos",
    "Miguel Ángel",
    "Santiago",
]
MX_LAST = [
    "Hernández",
    "López",
    "Martínez",
    "Ramírez",
    "Torres",
    "Flores",
    "Sánchez",
    "Cruz",
    "Morales",
    "Reyes",
    "Vázquez",
    "Jiménez",
    "Gómez",
    "Díaz",
    "Mendoza",
    "Castillo",
    "Ortiz",
]

IT_CITIES = [
    ("Roma", "RM", "00", "H501"),
    ("Milano", "MI", "20", "F205"),
    ("Napoli", "NA", "80", "F839"),
    ("Torino", "TO", "10", "L219"),
    ("Palermo", "PA", "90", "G273"),
    ("Bologna", "BO", "40", "A944"),
    ("Bari", "BA", "70", "A662"),
    ("Firenze", "FI", "50", "D612"),
    ("Catania", "CT", "95", "C351"),
]
IT_STREETS = [
    "Via Giuseppe Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via Roma",
    "Via Toledo",
    "Viale Monza",
    "Via dei Mille",
    "Piazza Cavour",
    "Via Nazionale",
    "Via San Giovanni Bosco",
    "Viale Europa",
]
NG_CITIES = [
    ("Lagos", "Lagos", ["Ikeja", "Surulere", "Eti-Osa", "Alimosho"]),
    ("Abuja", "FCT", ["AMAC", "Bwari"]),
    ("Ibadan", "Oyo", ["Ibadan North", "Akinyele"]),
    ("Kano", "Kano", ["Nassarawa", "Tarauni"]),
    ("Port Harcourt", "Rivers", ["Obio-Akpor"]),
    ("Enugu", "Enugu", ["Enugu North", "Nsukka"]),
]
NG_STREETS = [
    "Adeola Odeku Street",
    "Ahmadu Bello Way",
    "Allen Avenue",
    "Awolowo Road",
    "Ogui Road",
    "Aba Road",
    "Herbert Macaulay Way",
    "Admiralty Way",
    "Bode Thomas Street",
    "Zoo Road",
]
MX_CITIES = [
    ("Ciudad de México", "CDMX", "DF", ["Del Valle", "Roma Norte", "Narvarte", "Coyoacán"]),
    ("Guadalajara", "Jalisco", "JC", ["Americana", "Providencia", "Chapalita"]),
    ("Monterrey", "Nuevo León", "NL", ["Centro", "Mitras", "Contry"]),
    ("Puebla", "Puebla", "PL", ["La Paz", "Huexotitla"]),
    ("Mérida", "Yucatán", "YN", ["García Ginerés"]),
    ("Querétaro", "Querétaro", "QT", ["Jurica", "Centro"]),
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle 5 de Mayo",
    "Av. Vallarta",
    "Calle Morelos",
    "Av. Juárez",
    "Calle Hidalgo",
    "Av. Constitución",
    "Calle 60",
    "Av. Revolución",
    "Calle Zaragoza",
]

IT_MOBILE = [
    320,
    327,
    328,
    329,
    331,
    333,
    334,
    335,
    338,
    339,
    340,
    342,
    345,
    347,
    348,
    349,
    351,
    366,
    370,
    377,
    380,
    388,
    389,
    391,
    392,
    393,
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "posta.example.it",
    "correo.example.mx",
    "mail.example.ng",
    "inbox.example.com",
]

HOSPITALS = {
    "IT": [
        "Ospedale Pediatrico Bambino Gesù",
        "Istituto Nazionale dei Tumori",
        "Policlinico Gemelli",
        "Ospedale Niguarda",
        "AOU Careggi",
        "Ospedale Cardarelli",
    ],
    "NG": [
        "Lagos University Teaching Hospital",
        "National Hospital Abuja",
        "Reddington Hospital",
        "University College Hospital Ibadan",
        "Evercare Hospital Lekki",
        "UNTH Enugu",
    ],
    "MX": [
        "Hospital Infantil de México Federico Gómez",
        "Instituto Nacional de Cancerología",
        "Hospital Civil de Guadalajara",
        "Centro Médico Nacional Siglo XXI",
        "Hospital Ángeles Pedregal",
    ],
}
ALL_HOSPITALS = [h for names in HOSPITALS.values() for h in names]
HOSPITAL_PHONES = [
    "+39 06 6859 1",
    "+39 02 2390 1",
    "+234 1 774 6500",
    "+234 9 461 0000",
    "+52 55 5228 9917",
    "+52 33 3614 5501",
]
DIAGNOSES = [
    "Leucemia linfoblastica acuta, in attesa di trapianto di midollo",
    "Stage 3 breast cancer, needs 6 cycles of chemotherapy",
    "End-stage kidney failure, on dialysis 3x a week pending transplant",
    "Cardiopatía congénita, requiere cirugía a corazón abierto",
    "Sickle cell disease with frequent crises",
    "Tumore cerebrale (glioblastoma), radioterapia a Milano",
    "Spinal cord injury after a road accident, needs rehabilitation",
    "Insuficiencia renal crónica, en hemodiálisis",
    "Atrofia muscolare spinale (SMA) tipo 1",
    "Osteosarcoma of the left femur",
]
PROCEDURES = [
    "chemotherapy",
    "kidney transplant",
    "bone marrow transplant",
    "open-heart surgery",
    "trapianto di midollo",
    "radioterapia",
    "cirugía de columna",
    "hemodiálisis",
    "dialysis",
    "spinal fusion surgery",
    "protesi d'anca",
    "quimioterapia",
]
SPECIALTIES = [
    "oncology",
    "cardiology",
    "nephrology",
    "neurology",
    "haematology",
    "orthopaedics",
    "paediatric oncology",
]
MEDICATIONS = [
    "imatinib",
    "tacrolimus",
    "hydroxyurea",
    "insulina glargine",
    "metotrexato",
    "Nusinersen",
    "erythropoietin",
    "ciclosporina",
]
ALLERGIES = ["penicillin", "latex", "arachidi", "sulfamidas", "iodine contrast", "none"]
BANKS_NG = [
    ("058", "Guaranty Trust Bank"),
    ("044", "Access Bank"),
    ("033", "United Bank for Africa"),
    ("011", "First Bank of Nigeria"),
    ("057", "Zenith Bank"),
    ("232", "Sterling Bank"),
    ("035", "Wema Bank"),
    ("070", "Fidelity Bank"),
]
BANKS_MX = [
    ("002", "Banamex"),
    ("012", "BBVA México"),
    ("014", "Santander"),
    ("072", "Banorte"),
    ("021", "HSBC"),
    ("127", "Banco Azteca"),
    ("137", "BanCoppel"),
]
BANKS_IT = [
    ("03069", "Intesa Sanpaolo", "BCITITMM"),
    ("02008", "UniCredit", "UNCRITMM"),
    ("05034", "Banco BPM", "BAPPIT21"),
    ("03032", "Credem", "BACRIT22"),
    ("36081", "Poste Italiane / BancoPosta", "PPAYITR1"),
    ("03062", "Mediolanum", "MEDBITMM"),
]

DONOR_COMMENTS = [
    "Forza e coraggio!",
    "Praying for your quick recovery 🙏",
    "Ánimo, vas a salir adelante 💪",
    "Un abbraccio grande a tutta la famiglia",
    "God will see you through. Stay strong.",
    "Mucha fuerza, todo va a estar bien",
    "Sending love and prayers",
    "Non mollare mai ❤️",
    "Get well soon!",
    "Dios te bendiga",
    "We are with you",
    "Da parte di tutti i colleghi dell'ufficio",
]
SEARCHES = [
    "leucemia bambini",
    "kidney transplant lagos",
    "cirugía corazón",
    "dialysis",
    "cure tumore",
    "sickle cell",
    "trapianto midollo",
    "quimioterapia guadalajara",
    "hospital bills abuja",
    "SMA",
    "riabilitazione",
    "cancer treatment mexico",
]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def market(f: Fake) -> str:
    return f.pick(["IT", "IT", "NG", "NG", "MX", "MX", "XX"])


def first_name(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "IT":
        return f.pick(IT_FIRST_F + IT_FIRST_M)
    if m == "NG":
        return f.pick(NG_FIRST_F + NG_FIRST_M)
    if m == "MX":
        return f.pick(MX_FIRST_F + MX_FIRST_M)
    return f.first()


def last_name(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "IT":
        return f.pick(IT_LAST)
    if m == "NG":
        return f.pick(NG_LAST)
    if m == "MX":
        return f.pick(MX_LAST)
    return f.last()


def full_name(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "MX":
        return f"{first_name(f, m)} {last_name(f, m)} {last_name(f, m)}"
    if m == "NG" and f.r.random() < 0.3:
        return f"{last_name(f, m).upper()} {first_name(f, m)} {first_name(f, m)}"
    return f"{first_name(f, m)} {last_name(f, m)}"


def email(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    user = strip_accents(first_name(f, m).split()[0]).lower()
    last = strip_accents(last_name(f, m)).lower().replace(" ", "").replace("'", "")
    sep = f.pick([".", "_", "", "."])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1970, 2005))])
    return f"{user}{sep}{last}{tail}@{f.pick(EMAIL_DOMAINS)}"


def phone(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    r = f.r
    if m == "IT":
        p, a, b = f.pick(IT_MOBILE), r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+39 {p} {a} {b}", f"{p} {a}{b}", f"+39{p}{a}{b}", f"{p}-{a}-{b}"])
    if m == "NG":
        p = f.pick(
            [
                "803",
                "806",
                "813",
                "816",
                "703",
                "706",
                "805",
                "807",
                "815",
                "905",
                "802",
                "808",
                "812",
                "701",
                "902",
                "809",
                "817",
                "818",
                "909",
                "810",
            ]
        )
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return f.pick(
            [f"+234 {p} {a} {b}", f"0{p}{a}{b}", f"234{p}{a}{b}", f"0{p} {a} {b}", f"+234{p}{a}{b}"]
        )
    if m == "MX":
        area = f.pick(["55", "33", "81"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return f.pick(
            [
                f"+52 {area} {a} {b}",
                f"+52 1 {area} {a} {b}",
                f"{area} {a} {b}",
                f"({area}) {a}-{b}",
                f"+52{area}{a}{b}",
            ]
        )
    return f.phone()


def e164(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(["IT", "NG", "MX"])
    r = f.r
    if m == "IT":
        return f"+39{f.pick(IT_MOBILE)}{r.randint(1000000, 9999999)}"
    if m == "NG":
        return (
            f"+234{f.pick(['803', '806', '813', '703', '805', '815', '905', '812', '701', '909'])}"
            f"{r.randint(1000000, 9999999)}"
        )
    return f"+52{f.pick(['55', '33', '81'])}{r.randint(10000000, 99999999)}"


def ng_local(f: Fake) -> str:
    return "0" + e164(f, "NG")[4:]


def phone_any(f: Fake) -> str:
    return phone(f, f.pick(["IT", "NG", "MX"]))


def city(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "IT":
        return f.pick(IT_CITIES)[0]
    if m == "NG":
        return f.pick(NG_CITIES)[0]
    if m == "MX":
        return f.pick(MX_CITIES)[0]
    return f.city()


def street(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    n = f.r.randint(1, 250)
    if m == "IT":
        return f"{f.pick(IT_STREETS)} {n}" + f.pick(["", "", "/B", ", int. 5", ", scala C"])
    if m == "NG":
        return f.pick(
            [
                f"{n} {f.pick(NG_STREETS)}",
                f"Plot {n}, {f.pick(NG_STREETS)}",
                f"Flat {f.r.randint(1, 12)}, Block {f.r.randint(1, 40)}, {f.pick(NG_STREETS)}",
            ]
        )
    if m == "MX":
        return f"{f.pick(MX_STREETS)} {n}" + f.pick(["", f" Int. {f.r.randint(1, 30)}", " Depto. 4B"])
    return f.street()


def postcode(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "IT":
        return f.pick(IT_CITIES)[2] + f"{f.r.randint(100, 199)}"
    if m == "NG":
        return f"{f.pick(['100', '900', '200', '700', '500', '400'])}{f.r.randint(1, 283):03d}"
    if m == "MX":
        return f"{f.r.randint(1, 99):02d}{f.r.randint(0, 999):03d}"
    return f.zip()


def full_address(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "IT":
        c = f.pick(IT_CITIES)
        return f"{street(f, m)}, {c[2]}{f.r.randint(100, 199)} {c[0]} ({c[1]})"
    if m == "NG":
        c = f.pick(NG_CITIES)
        return f"{street(f, m)}, {f.pick(c[2])}, {c[0]}, {c[1]} State"
    if m == "MX":
        c = f.pick(MX_CITIES)
        return f"{street(f, m)}, Col. {f.pick(c[3])}, C.P. {postcode(f, m)}, {c[0]}, {c[1]}"
    return f"{f.street()}, {f.city()} {f.zip()}"


def geo(f: Fake, m: str | None = None) -> tuple[float, float]:
    m = m or f.pick(["IT", "NG", "MX"])
    box = {"IT": (37.5, 46.0, 7.5, 17.5), "NG": (4.8, 12.5, 3.2, 13.0), "MX": (16.0, 30.0, -112.0, -88.0)}
    b = box.get(m, box["IT"])
    return round(f.r.uniform(b[0], b[1]), 6), round(f.r.uniform(b[2], b[3]), 6)


# -- identifiers with their real check digits ---------------------------------------------------

_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
    )
)


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _cin(s: str) -> str:
    """Italian check letter (codice fiscale's last letter, an IBAN's CIN): odd/even tables, mod 26."""
    return chr(65 + sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s)) % 26)


def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_it(f: Fake) -> str:
    abi = f.pick(BANKS_IT)[0]
    cab = f"{f.r.randint(1000, 99999):05d}"
    conto = f.pick([f.digits(12), "0000" + f.digits(8), "CC0" + f.digits(9), "1000000" + f.digits(5)])
    raw = _iban("IT", _cin(abi + cab + conto) + abi + cab + conto)
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def iban_eu(f: Fake) -> str:
    return f.pick([iban_it(f), iban_it(f), f.iban(f.pick(["DE", "FR", "ES", "NL"]))])


def nuban(f: Fake, bank: str | None = None) -> str:
    bank = bank or f.pick(BANKS_NG)[0]
    serial = f"{f.r.randint(0, 999999999):09d}"
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(d) * w for d, w in zip(bank + serial, weights))
    return serial + str((10 - total % 10) % 10)


def clabe(f: Fake) -> str:
    body = f.pick(BANKS_MX)[0] + f"{f.r.randint(1, 999):03d}" + f"{f.r.randint(0, 10**11 - 1):011d}"
    total = sum((int(c) * [3, 7, 1][i % 3]) % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def bank_account_any(f: Fake) -> str:
    return f.pick([iban_it, nuban, clabe, iban_eu])(f)


def _consonants(s: str) -> str:
    s = strip_accents(s).upper().replace(" ", "").replace("'", "")
    return "".join(c for c in s if c.isalpha() and c not in "AEIOU")


def _vowels(s: str) -> str:
    s = strip_accents(s).upper().replace(" ", "").replace("'", "")
    return "".join(c for c in s if c in "AEIOU")


def codice_fiscale(f: Fake) -> str:
    last, first = f.pick(IT_LAST), f.pick(IT_FIRST_F + IT_FIRST_M)
    female = first in IT_FIRST_F
    sur = (_consonants(last) + _vowels(last) + "XXX")[:3]
    fc = _consonants(first)
    name = fc[0] + fc[2] + fc[3] if len(fc) >= 4 else (fc + _vowels(first) + "XXX")[:3]
    year = f.r.randint(1940, 2020)
    day = f.r.randint(1, 28) + (40 if female else 0)
    body = f"{sur}{name}{year % 100:02d}{'ABCDEHLMPRST'[f.r.randint(0, 11)]}{day:02d}{f.pick(IT_CITIES)[3]}"
    return body + _cin(body)


def curp(f: Fake) -> str:
    p, m, n = f.pick(MX_LAST), f.pick(MX_LAST), f.pick(MX_FIRST_F + MX_FIRST_M)
    female = n in MX_FIRST_F
    P, M, N = (strip_accents(x).upper().replace(" ", "") for x in (p, m, n))
    first_vowel = next((c for c in P[1:] if c in "AEIOU"), "X")
    year = f.r.randint(1945, 2020)
    body = (
        f"{P[0]}{first_vowel}{M[0]}{N[0]}{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        f"{'M' if female else 'H'}{f.pick(MX_CITIES)[2]}{(_consonants(P[1:]) + 'X')[0]}"
        f"{(_consonants(M[1:]) + 'X')[0]}{(_consonants(N[1:]) + 'X')[0]}"
        f"{str(f.r.randint(0, 9)) if year < 2000 else f.pick(list('ABCDEF'))}"
    )
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc(f: Fake) -> str:
    c = curp(f)
    body = c[:10] + f.pick(list("ABCDEFGHJKLMNPRSTUVWXYZ123456789")) + f.pick(list("ABCDEFGHJKLMN123456789"))
    alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
    rem = sum(alphabet.index(ch) * (13 - i) for i, ch in enumerate(body)) % 11
    check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
    return body + check


def bvn(f: Fake) -> str:
    return "22" + f"{f.r.randint(0, 10**9 - 1):09d}"


def nin(f: Fake) -> str:
    return f.digits(11)


def nss(f: Fake) -> str:
    """Mexican IMSS social security number: 10 digits plus a Luhn digit."""
    return f.luhn_complete(
        f"{f.r.randint(1, 99):02d}{f.r.randint(60, 99):02d}{f.r.randint(45, 99):02d}{f.digits(4)}"
    )


def tessera_sanitaria(f: Fake) -> str:
    return "80380" + f"{f.r.randint(0, 10**15 - 1):015d}"


def id_document(f: Fake) -> str:
    return f.pick(
        [
            lambda: f.pick(["YA", "YB", "AA"]) + f"{f.r.randint(0, 9999999):07d}",  # Italian passport
            lambda: "CA" + f"{f.r.randint(0, 99999):05d}" + f.pick(["AA", "BF", "EK"]),  # Italian CIE
            lambda: "A" + f"{f.r.randint(0, 99999999):08d}",  # Nigerian passport
            lambda: nin(f),  # Nigerian NIN slip
            lambda: f.pick(["G", "N"]) + f"{f.r.randint(0, 99999999):08d}",  # Mexican passport
            lambda: f"{f.r.randint(0, 999999999):09d}",  # INE CIC
        ]
    )()


def verve_or_card(f: Fake) -> str:
    if f.r.random() < 0.3:
        number = f.luhn_complete(f.pick(["506099", "506118", "650002"]) + f.digits(12))
        return number
    return f.card()


def mrn(f: Fake) -> str:
    return f.pick(
        [
            f"MRN-{f.digits(7)}",
            f"LUTH/{f.r.randint(10, 24)}/{f.digits(5)}",
            f"{f.r.randint(2015, 2024)}{f.digits(6)}",
            f"EXP-{f.digits(8)}",
        ]
    )


def campaign_id(f: Fake) -> str:
    return f"cmp_{f.hexid(12)}"


def title(f: Fake) -> str:
    n = first_name(f).split()[0]
    return f.pick(
        [
            f"Aiutiamo {n} a curarsi",
            f"Cure per {n}",
            f"Help {n} beat leukaemia",
            f"Support {n}'s kidney transplant",
            f"Una cirugía para {n}",
            f"Juntos por {n}",
            f"{n} needs a new heart",
            f"Un sorriso per {n}",
            f"Stand with {n}",
            f"Todos con {n} 💙",
            f"Insieme per {n}",
            f"{n}'s fight against sickle cell",
        ]
    )


def update_text(f: Fake) -> str:
    m = f.pick(["IT", "NG", "MX"])
    n = first_name(f, m).split()[0]
    if m == "IT":
        p = f.pick(["chemioterapia", "radioterapia", "dialisi", "immunoterapia"])
        return f.pick(
            [
                f"Aggiornamento: {n} ha completato il secondo ciclo di {p}. Grazie a tutti!",
                f"{n} sta reagendo bene alla {p}, presto tornerà a casa.",
            ]
        )
    if m == "NG":
        p = f.pick(["kidney transplant", "open-heart surgery", "bone marrow transplant", "dialysis"])
        return f.pick(
            [
                f"{n} is out of theatre after the {p}. Doctors are hopeful. Thank you all!",
                f"Quick update: {n}'s {p} has been scheduled for next month at the hospital.",
            ]
        )
    p = f.pick(["quimioterapia", "cirugía de columna", "hemodiálisis", "trasplante de riñón"])
    return f.pick(
        [
            f"Hoy {n} empezó su {p}. Gracias por cada peso donado 🙏",
            f"Gracias a ustedes {n} ya tiene fecha para su {p}.",
        ]
    )


def with_phone_message(f: Fake) -> str:
    m = f.pick(["IT", "NG", "MX"])
    p = phone(f, m)
    return f.pick(
        [
            f"Ciao, sono un collega di vostro padre, potete chiamarmi al {p}?",
            f"Hello, I'd like to donate medication directly. Reach me on {p}",
            f"Hola, quiero ayudar con la sangre que necesitan, mi cel es {p}",
            f"Please call me on {p}, I know a specialist at LUTH who can help",
            f"Buongiorno, sono della parrocchia, il mio numero è {p}",
        ]
    )


def contact_note(f: Fake) -> str:
    return f.pick(
        [
            lambda: f"Called organiser on {phone_any(f)}, confirmed hospital invoice matches.",
            lambda: f"Beneficiary's brother reachable at {phone_any(f)}; documents look consistent.",
            lambda: f"Emailed {email(f)} for the discharge letter, awaiting reply.",
            lambda: f"Donor disputes charge, asked to reply to {email(f)}.",
            lambda: f"Spoke with hospital social worker, callback on {phone_any(f)}",
        ]
    )()


def ticket_description(f: Fake) -> str:
    n = full_name(f)
    return f.pick(
        [
            f"Hi, I'm {n}. My donation was charged twice, please call me on {phone_any(f)}.",
            f"Buongiorno, sono {n}. Non riesco a scaricare la ricevuta, scrivetemi a {email(f)}",
            f"Hola, soy {n}, no me llegó el recibo. Mi correo es {email(f)}",
            f"Payout not received yet. {n}, {phone_any(f)}",
        ]
    )


# -- context blocks of the client libraries -----------------------------------------------------

WEB_PAGES = [
    ("/", "Curaly - Raccolte fondi per cure mediche"),
    ("/discover", "Discover fundraisers | Curaly"),
    ("/donate", "Dona ora | Curaly"),
    ("/start", "Start a fundraiser | Curaly"),
    ("/dashboard", "Dashboard | Curaly"),
    ("/mx/donar", "Donar | Curaly México"),
]


def web_context(f: Fake):
    page = f.pick(WEB_PAGES)
    host = f.pick(
        ["https://www.curaly.it", "https://curaly.ng", "https://www.curaly.mx", "https://curaly.com"]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.2"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://l.facebook.com/",
                        "https://t.co/",
                        "android-app://com.whatsapp/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=whatsapp&utm_medium=share", "?ref=home", "?lang=es"])
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: host + page[0]),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    *UAS,
                    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/120.0.6099.144 Mobile Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 12; itel A665L) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/118.0.0.0 Mobile Safari/537.36 OPR/78.0",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand"])),
                    "version": G(lambda f: f.pick(["120", "121", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-NG", "es-MX", "en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Africa/Lagos", "America/Mexico_City"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["natale_2024", "giving_tuesday", "ramadan_appeal", "buen_fin"])),
            "source": G(lambda f: f.pick(["facebook", "whatsapp", "google", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "share", "email", "social"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Curaly"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.1", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4812", "4903"])),
            "namespace": G(lambda f: "com.curaly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["it-IT", "en-NG", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 414])),
            "height": G(lambda f: f.pick([844, 852, 896])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Rome", "Africa/Lagos", "America/Mexico_City"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full_name(f), "name"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Curaly"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.0"])),
            "build": G(lambda f: f.pick(["480010", "490004"])),
            "namespace": G(lambda f: "com.curaly.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Infinix", "Xiaomi", "motorola"])),
            "model": G(
                lambda f: f.pick(["TECNO KI7", "SM-A145F", "Infinix X6833B", "Redmi Note 12", "moto g54"])
            ),
            "name": G(lambda f: f.pick(["TECNO-KI7", "a14", "X6833B", "tapas", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-NG", "it-IT", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["MTN NG", "Airtel NG", "Glo", "TIM", "Telcel", "AT&T MX", "Vodafone IT"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(["Africa/Lagos", "Europe/Rome", "America/Monterrey"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI7 Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A145F Build/UP1A.231005.007)",
                ]
            )
        ),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "location": {
            "latitude": Y(lambda f: geo(f)[0], "geolocation"),
            "longitude": Y(lambda f: geo(f)[1], "geolocation"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Curaly"),
            "version": G(lambda f: f.pick(["4.7.2", "4.8.0"])),
            "build": G(lambda f: f.pick(["472", "480"])),
            "namespace": G(lambda f: f.pick(["com.curaly.ios", "com.curaly.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "TECNO CK7n"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "it-IT", "en-NG"])),
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "Europe/Rome", "Africa/Lagos"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full_name(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
        },
        "location": {
            "city": Y(lambda f: city(f), "city"),
            "country": G(lambda f: f.pick(["Italy", "Nigeria", "Mexico"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Curaly Lite"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "ng.curaly.lite"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Infinix", "TECNO", "itel", "samsung"])),
            "model": G(lambda f: f.pick(["Infinix X6525", "TECNO BF7", "itel A665L", "SM-A057F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en_NG", "en_US", "yo_NG", "ha_NG"])),
        "os": {"name": G(lambda f: "android"), "version": G(lambda f: f.pick(["12", "13", "11"]))},
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1612, 2400]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: "Africa/Lagos"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.4.1", "2.3.7"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php"):
        # backends that forward the browser's address and agent
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: email(f), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("java", "go"):
        ctx["traits"] = {"email": Y(lambda f: email(f), "email")}
    if lib == "dotnet":
        ctx["channel"] = G(lambda f: "server")
        ctx["active"] = G(lambda f: False)
    return ctx


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", "swift", "kotlin", "rn"]
ALL_CLIENTS = ["web", *MOBILE]


# -- reusable parts -----------------------------------------------------------------------------


def donation_products():
    return Many(
        {
            "product_id": G(lambda f: f.pick(["donation", "tip", "donation", "gift_card"])),
            "sku": G(lambda f: f.pick(["DON-EUR", "DON-NGN", "DON-MXN", "TIP-PCT", "GC-25"])),
            "name": G(
                lambda f: f.pick(
                    [
                        "Donazione",
                        "Donation",
                        "Donativo",
                        "Contributo a Curaly",
                        "Platform tip",
                        "Carta regalo solidale",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["medical", "emergency", "memorial"])),
            "price": G(lambda f: f.money(5, 500)),
            "quantity": G(lambda f: 1),
        },
        2,
    )


def money_ccy(f: Fake) -> str:
    return f.pick(["EUR", "NGN", "MXN", "USD"])


# -- events ------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, body)

EVENTS = [
    # ---- identity -------------------------------------------------------------------------------
    (
        "identify",
        None,
        ALL_CLIENTS,
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first_name(f), "name"),
            "lastName": Y(lambda f: last_name(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "F", "M", "prefer_not_to_say"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.curaly.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "state": G(lambda f: f.pick(["Lazio", "Lagos", "Jalisco", "Lombardia", "FCT", "CDMX"])),
                "country": G(lambda f: f.pick(["IT", "NG", "MX"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["it", "en", "es", "yo", "ha", "ig"])),
            "role": G(lambda f: f.pick(["donor", "organiser", "beneficiary", "donor"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "donationsCount": G(lambda f: f.r.randint(0, 60)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "ageRange": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: first_name(f), "name"),
            "LastName": Y(lambda f: last_name(f), "name"),
            "Email": Y(lambda f: email(f), "email"),
            "MobileNumber": Y(lambda f: phone(f), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2006) + "T00:00:00", "birthdate"),
            "PreferredCurrency": G(lambda f: money_ccy(f)),
            "AccountTier": G(lambda f: f.pick(["Standard", "Verified", "Charity"])),
            "KycLevel": G(lambda f: f.pick([0, 1, 2, 3])),
            "IsOrganiser": G(lambda f: f.pick([True, False])),
            "ReferralCode": G(lambda f: "CUR-" + f.hexid(5).upper()),
            "Occupation": G(
                lambda f: f.pick(["Teacher", "Nurse", "Software Engineer", "Trader", "Avvocato"])
            ),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced", "Widowed"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nome": Y(lambda f: first_name(f, "IT"), "name"),
            "cognome": Y(lambda f: last_name(f, "IT"), "name"),
            "codice_fiscale": RED(lambda f: codice_fiscale(f), "national id"),
            "data_di_nascita": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1945, 2005)}",
                "birthdate",
            ),
            "luogo_di_nascita": Y(lambda f: city(f, "IT"), "city"),
            "cellulare": Y(lambda f: phone(f, "IT"), "phone"),
            "indirizzo_residenza": Y(lambda f: street(f, "IT"), "address|street"),
            "cap": Y(lambda f: postcode(f, "IT"), "zipcode"),
            "comune": Y(lambda f: city(f, "IT"), "city"),
            "provincia": G(lambda f: f.pick(IT_CITIES)[1]),
            "consenso_privacy": G(lambda f: True),
            "iscritto_newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "nombre": Y(lambda f: first_name(f, "MX"), "name"),
            "apellido_paterno": Y(lambda f: last_name(f, "MX"), "name"),
            "apellido_materno": Y(lambda f: last_name(f, "MX"), "name"),
            "correo_electronico": Y(lambda f: email(f, "MX"), "email"),
            "telefono_celular": Y(lambda f: phone(f, "MX"), "phone"),
            "curp": RED(lambda f: curp(f), "national id"),
            "rfc": RED(lambda f: rfc(f), "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "estado": G(lambda f: f.pick(MX_CITIES)[1]),
            "municipio": Y(lambda f: city(f, "MX"), "city"),
            "colonia": Y(lambda f: f.pick(f.pick(MX_CITIES)[3]), "address"),
            "codigo_postal": Y(lambda f: postcode(f, "MX"), "zipcode"),
        },
    ),
    (
        "identify",
        None,
        ["kotlin", "flutter"],
        {
            "surname": Y(lambda f: last_name(f, "NG"), "name"),
            "other_names": Y(lambda f: first_name(f, "NG") + " " + first_name(f, "NG"), "name"),
            "phone_number": Y(lambda f: phone(f, "NG"), "phone"),
            "email_address": Y(lambda f: email(f, "NG"), "email"),
            "state_of_residence": G(lambda f: f.pick(NG_CITIES)[1]),
            "lga": Y(lambda f: f.pick(f.pick(NG_CITIES)[2]), "city|address"),
            "religion": Y(
                lambda f: f.pick(["Christianity", "Islam", "Traditional", "Prefer not to say"]), "religion"
            ),
            "ethnic_group": Y(
                lambda f: f.pick(["Yoruba", "Igbo", "Hausa", "Ijaw", "Tiv", "Edo"]), "ethnicity"
            ),
            "bvn_verified": G(lambda f: f.pick([True, False])),
            "nin_linked": G(lambda f: f.pick([True, False])),
            "wallet_balance_kobo": G(lambda f: f.r.randint(0, 5_000_000)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin", "node"], None),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Fondazione Cuore Amico ONLUS",
                        "Lagos Food & Health Initiative",
                        "Fundación Corazones Unidos A.C.",
                        "Associazione Piccoli Guerrieri",
                    ]
                )
            ),
            "org_type": G(lambda f: f.pick(["ONLUS", "ETS", "NGO", "A.C.", "IAP"])),
            "charity_number": G(
                lambda f: f.pick(["RUNTS-" + f.digits(6), "CAC/IT/NO " + f.digits(6), "DONAT-" + f.digits(5)])
            ),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "donazioni@cuoreamico.example.org",
                        "info@lfhi.example.ng",
                        "contacto@corazonesunidos.example.mx",
                    ]
                )
            ),
            "website": G(lambda f: f.pick(["https://cuoreamico.example.org", "https://lfhi.example.ng"])),
            "plan": G(lambda f: f.pick(["nonprofit_free", "nonprofit_plus"])),
            "country_code": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "verified_partner": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- campaigns ------------------------------------------------------------------------------
    (
        "track",
        "Campaign Created",
        APPS,
        {
            "campaign_id": G(campaign_id),
            "campaign_title": Y(title, "name", True),
            "category": G(lambda f: f.pick(["medical", "emergency", "memorial", "medical"])),
            "medical_specialty": Y(lambda f: f.pick(SPECIALTIES), "condition|diagnosis"),
            "beneficiary_relationship": G(
                lambda f: f.pick(["self", "parent", "child", "spouse", "friend", "sibling"])
            ),
            "goal_amount": G(lambda f: f.pick([5000, 15000, 30000, 2_000_000, 250000, 80000])),
            "currency": G(lambda f: money_ccy(f)),
            "country": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "location_city": Y(lambda f: city(f), "city"),
            "cover_image_url": Y(lambda f: f"https://images.curaly.com/c/{f.hexid(20)}.jpeg", "photo"),
            "has_cover_video": G(lambda f: f.pick([True, False])),
            "story_word_count": G(lambda f: f.r.randint(80, 1400)),
            "target_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Beneficiary Details Added",
        ["web", "rn"],
        {
            "campaign_id": G(campaign_id),
            "beneficiary": {
                "full_name": Y(lambda f: full_name(f), "name"),
                "date_of_birth": Y(lambda f: f.date(1940, 2023), "birthdate"),
                "age": G(lambda f: f.r.randint(1, 84)),
                "is_minor": G(lambda f: f.pick([True, False])),
                "relationship": G(
                    lambda f: f.pick(["self", "mother", "son", "daughter", "husband", "friend"])
                ),
                "diagnosis_summary": Y(lambda f: f.pick(DIAGNOSES), "diagnosis|condition"),
                "treatment_type": Y(lambda f: f.pick(PROCEDURES), "procedure"),
                "medical_record_number": RED(mrn, "health id"),
                "attending_physician": Y(lambda f: "Dr. " + full_name(f), "name"),
                "emergency_contact": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "relationship": G(lambda f: f.pick(["sister", "uncle", "neighbour", "pastor", "cousin"])),
                },
            },
            "hospital_name": G(lambda f: f.pick(ALL_HOSPITALS)),
            "hospital_city": G(
                lambda f: f.pick(["Roma", "Milano", "Lagos", "Abuja", "Ciudad de México", "Guadalajara"])
            ),
            "estimated_cost": G(lambda f: f.money(2000, 90000)),
            "consent_document_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medical Documents Uploaded",
        ["web", "swift", "kotlin"],
        {
            "campaign_id": G(campaign_id),
            "document_type": G(
                lambda f: f.pick(["medical_report", "hospital_invoice", "treatment_plan", "discharge_letter"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_{f.r.randint(1000, 9999)}.jpg",
                        f"scan_{f.digits(4)}.pdf",
                        "documento.pdf",
                        f"WhatsApp Image 2024-0{f.r.randint(1, 9)}-1{f.r.randint(0, 9)}.jpeg",
                        "referto.pdf",
                    ]
                )
            ),
            "file_size_kb": G(lambda f: f.r.randint(80, 9000)),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "pages": G(lambda f: f.r.randint(1, 12)),
            "sha256": G(lambda f: f.hexid(64)),
            "hospital_contact_phone": G(lambda f: f.pick(HOSPITAL_PHONES)),
        },
    ),
    (
        "track",
        "Campaign Published",
        ["node"],
        {
            "campaign_id": G(campaign_id),
            "organiser_id": G(lambda f: f"usr_{f.hexid(10)}"),
            "goal_amount": G(lambda f: f.pick([5000, 15000, 30000, 2_000_000, 250000, 80000])),
            "currency": G(lambda f: money_ccy(f)),
            "review_status": G(lambda f: f.pick(["auto_approved", "manual_approved"])),
            "published_at": G(lambda f: f.iso()),
            "share_url": G(lambda f: f"https://crly.co/{f.hexid(6)}"),
            "organiser_email": Y(lambda f: email(f), "email"),
            "languages": Many(G(lambda f: f.pick(["it", "en", "es"])), 2),
        },
    ),
    (
        "track",
        "Campaign Update Posted",
        ["web", "rn", "flutter"],
        {
            "campaign_id": G(campaign_id),
            "update_id": G(lambda f: f.r.randint(100000, 999999)),
            "update_number": G(lambda f: f.r.randint(1, 25)),
            "update_text": Y(update_text, "name|procedure", True),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
            "notify_donors": G(lambda f: f.pick([True, False])),
            "visibility": G(lambda f: f.pick(["public", "donors_only"])),
        },
    ),
    (
        "track",
        "Campaign Goal Reached",
        ["go"],
        {
            "campaign_id": G(campaign_id),
            "goal_amount": G(lambda f: f.pick([5000, 15000, 30000, 2_000_000, 250000, 80000])),
            "raised_amount": G(lambda f: f.money(5000, 2_500_000)),
            "donor_count": G(lambda f: f.r.randint(40, 4000)),
            "days_live": G(lambda f: f.r.randint(2, 200)),
            "currency": G(lambda f: money_ccy(f)),
            "organiser_email": Y(lambda f: email(f), "email"),
            "beneficiary_first_name": Y(lambda f: first_name(f), "name"),
        },
    ),
    (
        "track",
        "Campaign Closed",
        ["java"],
        {
            "campaign_id": G(campaign_id),
            "close_reason": G(
                lambda f: f.pick(
                    [
                        "goal_reached",
                        "treatment_completed",
                        "organiser_request",
                        "beneficiary_deceased",
                        "policy_violation",
                    ]
                )
            ),
            "final_amount": G(lambda f: f.money(100, 90000)),
            "refunds_issued": G(lambda f: f.r.randint(0, 12)),
            "closedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "campaign-viewed",
        ["web"],
        {
            "campaign-id": G(campaign_id),
            "organiser-name": Y(lambda f: full_name(f), "name"),
            "beneficiary-city": Y(lambda f: city(f), "city"),
            "goal-amount": G(lambda f: f.r.randint(1000, 90000)),
            "raised-amount": G(lambda f: f.money(0, 90000)),
            "percent-funded": G(lambda f: f.r.randint(0, 140)),
            "days-left": G(lambda f: f.r.randint(0, 60)),
            "is-verified": G(lambda f: f.pick([True, False])),
            "donate-button-variant": G(lambda f: f.pick(["A", "B", "sticky"])),
        },
    ),
    (
        "track",
        "Pet Campaign Created",
        ["web", "swift"],
        {
            "campaign_id": G(campaign_id),
            "pet_name": G(lambda f: f.pick(["Birba", "Rocky", "Luna", "Bingo", "Canela", "Max", "Simba"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "breed": G(
                lambda f: f.pick(["Labrador", "meticcio", "Chihuahua", "Boerboel", "European shorthair"])
            ),
            "pet_age_years": G(lambda f: f.r.randint(1, 16)),
            "condition": G(
                lambda f: f.pick(["hip dysplasia", "parvovirus", "leishmaniosi", "fractured leg"])
            ),
            "vet_clinic": G(
                lambda f: f.pick(
                    ["Clinica Veterinaria San Marco", "Cava Vet Lekki", "Hospital Veterinario Polanco"]
                )
            ),
            "vet_phone": G(lambda f: f.pick(["+39 049 870 0123", "+234 1 453 2210", "+52 55 5280 7777"])),
            "owner_name": Y(lambda f: full_name(f), "name"),
            "goal_amount": G(lambda f: f.pick([500, 1200, 300000, 15000])),
        },
    ),
    # ---- verification and payouts -------------------------------------------------------------
    (
        "track",
        "Identity Verification Started",
        ["web", "swift", "kotlin"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Smile ID", "Onfido", "Veriff", "MetaMap"])),
            "document_type": G(
                lambda f: f.pick(
                    ["passport", "national_id", "drivers_licence", "voters_card", "ine", "carta_identita"]
                )
            ),
            "document_country": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "subject_role": G(lambda f: f.pick(["organiser", "beneficiary"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Smile ID Result Received",
        ["python"],
        {
            "SmileJobID": G(lambda f: f"{f.r.randint(0, 10**10):010d}"),
            "ResultCode": G(lambda f: f.pick(["1012", "1013", "1020", "1021"])),
            "ResultText": G(lambda f: f.pick(["ID Number Validated", "ID Number Not Found", "Exact Match"])),
            "PartnerParams": {
                "job_id": G(lambda f: f.uuid()),
                "user_id": G(lambda f: f"usr_{f.hexid(10)}"),
                "job_type": G(lambda f: f.pick([5, 6])),
            },
            "FullName": Y(lambda f: full_name(f, "NG").upper(), "name"),
            "DOB": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "IDType": G(lambda f: f.pick(["BVN", "NIN_V2", "PHONE_NUMBER", "VOTER_ID"])),
            "IDNumber": RED(lambda f: f.pick([bvn, nin])(f), "national id"),
            "Country": G(lambda f: "NG"),
            "PhoneNumber": Y(lambda f: phone(f, "NG"), "phone"),
            "Gender": Y(lambda f: f.pick(["M", "F", "Male", "Female"]), "gender"),
            "ConfidenceValue": G(lambda f: f.pick(["99.9", "100", "87.2", "0"])),
            "timestamp": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "BVN Lookup Completed",
        ["go"],
        {
            "provider": G(lambda f: f.pick(["dojah", "mono", "youverify"])),
            "entity": {
                "bvn": RED(lambda f: bvn(f), "national id"),
                "first_name": Y(lambda f: first_name(f, "NG").upper(), "name"),
                "last_name": Y(lambda f: last_name(f, "NG").upper(), "name"),
                "middle_name": Y(lambda f: first_name(f, "NG").upper(), "name"),
                "gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
                "date_of_birth": Y(
                    lambda f: (
                        f"{f.r.randint(1, 28):02d}-"
                        f"{f.pick(['Jan', 'Feb', 'Mar', 'Jul', 'Oct', 'Dec'])}-{f.r.randint(1955, 2004)}"
                    ),
                    "birthdate",
                ),
                "phone_number1": Y(ng_local, "phone"),
                "email": Y(lambda f: email(f, "NG"), "email"),
                "enrollment_bank": G(lambda f: f.pick(BANKS_NG)[0]),
                "enrollment_branch": G(
                    lambda f: f.pick(["IKEJA", "WUSE II", "BODIJA", "OGUI ROAD", "VICTORIA ISLAND"])
                ),
                "level_of_account": G(
                    lambda f: f.pick(
                        [
                            "Level 1 - Low Level Accounts",
                            "Level 2 - Medium Level Accounts",
                            "Level 3 - High Level Accounts",
                        ]
                    )
                ),
                "lga_of_origin": Y(
                    lambda f: f.pick(
                        [
                            "Ife Central",
                            "Aba North",
                            "Onitsha South",
                            "Ilorin West",
                            "Oshodi-Isolo",
                            "Nnewi North",
                        ]
                    ),
                    "city|address",
                ),
                "lga_of_residence": Y(lambda f: f.pick(f.pick(NG_CITIES)[2]), "city|address"),
                "marital_status": G(lambda f: f.pick(["Single", "Married"])),
                "nin": RED(lambda f: nin(f), "national id"),
                "name_on_card": Y(lambda f: full_name(f, "NG").upper(), "name"),
                "nationality": Y(lambda f: f.pick(["Nigeria", "Nigerian"]), "citizenship"),
                "residential_address": Y(lambda f: full_address(f, "NG"), "address"),
                "state_of_origin": G(
                    lambda f: f.pick(["Osun State", "Abia State", "Anambra State", "Kwara State"])
                ),
                "state_of_residence": G(lambda f: f.pick(["Lagos State", "FCT", "Oyo State"])),
                "title": G(lambda f: f.pick(["Mr", "Mrs", "Miss", "Dr"])),
                "watch_listed": G(lambda f: f.pick(["NO", "YES"])),
            },
        },
    ),
    (
        "track",
        "CURP Validada",
        ["node"],
        {
            "curp": RED(lambda f: curp(f), "national id"),
            "nombres": Y(lambda f: first_name(f, "MX").upper(), "name"),
            "primerApellido": Y(lambda f: last_name(f, "MX").upper(), "name"),
            "segundoApellido": Y(lambda f: last_name(f, "MX").upper(), "name"),
            "sexo": Y(lambda f: f.pick(["HOMBRE", "MUJER"]), "gender|sex"),
            "fechaNacimiento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2005)}",
                "birthdate",
            ),
            "nacionalidad": Y(lambda f: f.pick(["MEX", "MEXICANA"]), "citizenship"),
            "entidadNacimiento": G(lambda f: f.pick(["JALISCO", "NUEVO LEON", "CIUDAD DE MEXICO", "PUEBLA"])),
            "statusCurp": G(lambda f: f.pick(["AN", "RCN", "AH"])),
        },
    ),
    (
        "track",
        "Verifica SPID Completata",
        ["php"],
        {
            "idp": G(lambda f: f.pick(["PosteID", "ArubaID", "InfoCert ID", "SielteID", "CIE"])),
            "livello": G(lambda f: f.pick(["SpidL2", "SpidL3"])),
            "esito": G(lambda f: f.pick(["OK", "KO_annullato"])),
            "attributi": {
                "name": Y(lambda f: first_name(f, "IT"), "name"),
                "familyName": Y(lambda f: last_name(f, "IT"), "name"),
                "fiscalNumber": RED(lambda f: "TINIT-" + codice_fiscale(f), "national id"),
                "dateOfBirth": Y(lambda f: f.date(1945, 2005), "birthdate"),
                "placeOfBirth": Y(lambda f: f.pick(IT_CITIES)[3], "city"),
                "email": Y(lambda f: email(f, "IT"), "email"),
                "mobilePhone": Y(lambda f: phone(f, "IT"), "phone"),
                "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            },
        },
    ),
    (
        "track",
        "KYC Documents Submitted",
        ["web", "rn"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["passport", "national_id", "voters_card", "ine", "carta_identita"])
            ),
            "document_number": RED(id_document, "national id|passport"),
            "issuing_country": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "selfie_uploaded": G(lambda f: True),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.curaly.com/selfie/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "address_proof_type": G(
                lambda f: f.pick(["utility_bill", "bank_statement", "comprobante_domicilio"])
            ),
            "monthly_income": Y(
                lambda f: f.pick([f.r.randint(900, 4500), f.r.randint(60000, 900000)]), "salary"
            ),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["web", "swift"],
        {
            "iban": RED(iban_it, "bank account"),
            "account_holder": Y(lambda f: full_name(f, "IT"), "name"),
            "bank_name": G(lambda f: f.pick(BANKS_IT)[1]),
            "bic": G(lambda f: f.pick(BANKS_IT)[2]),
            "iban_last4": G(lambda f: f.digits(4)),
            "country": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "payout_method": G(lambda f: f.pick(["sepa_credit", "instant_sepa"])),
            "is_default": G(lambda f: f.pick([True, False])),
            "verification_method": G(lambda f: f.pick(["micro_deposit", "open_banking", "manual"])),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["kotlin", "flutter"],
        {
            "bank_code": G(lambda f: f.pick(BANKS_NG)[0]),
            "bank_name": G(lambda f: f.pick(BANKS_NG)[1]),
            "nuban": RED(lambda f: nuban(f), "bank account"),
            "account_name": Y(lambda f: full_name(f, "NG").upper(), "name"),
            "bvn": RED(lambda f: bvn(f), "national id"),
            "bvn_match": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "payout_currency": G(lambda f: "NGN"),
        },
    ),
    (
        "track",
        "CLABE Account Registered",
        ["node"],
        {
            "clabe": RED(clabe, "bank account"),
            "bank": G(lambda f: f.pick(BANKS_MX)[1]),
            "holder_name": Y(lambda f: full_name(f, "MX"), "name"),
            "holder_rfc": RED(rfc, "national id"),
            "account_type": G(lambda f: f.pick(["clabe", "debit_card"])),
            "is_primary": G(lambda f: f.pick([True, False])),
            "spei_validated": G(lambda f: f.pick([True, False])),
            "campaign_id": G(campaign_id),
        },
    ),
    (
        "track",
        "Payout Form Field Completed",
        ["web"],
        {
            "form": G(lambda f: "payout_setup"),
            "field": G(lambda f: f.pick(["account_number", "destination"])),
            "value": RED(bank_account_any, "bank account", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "duration_ms": G(lambda f: f.r.randint(800, 30000)),
        },
    ),
    (
        "track",
        "Payout Requested",
        ["ruby", "go"],
        {
            "payout_id": G(lambda f: f"po_{f.hexid(14)}"),
            "campaign_id": G(campaign_id),
            "amount": G(lambda f: f.money(100, 50000)),
            "currency": G(lambda f: money_ccy(f)),
            "fee": G(lambda f: f.money(0, 50)),
            "destination_type": G(lambda f: f.pick(["iban", "nuban", "clabe", "hospital_direct"])),
            "destination_last4": G(lambda f: f.digits(4)),
            "paid_to_hospital": G(lambda f: f.pick([True, False])),
            "scheduled_for": G(lambda f: f.date(2024, 2025)),
            "requested_by_email": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "PayoutSent",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: f"po_{f.hexid(14)}"),
            "Amount": G(lambda f: f.money(100, 50000)),
            "Currency": G(lambda f: money_ccy(f)),
            "Rail": G(lambda f: f.pick(["SEPA", "NIP", "SPEI"])),
            "RecipientName": Y(lambda f: full_name(f), "name"),
            "RecipientAccount": RED(bank_account_any, "bank account"),
            "TraceNumber": G(lambda f: f.pick([f.digits(30), "CUR" + f.digits(15), f"{f.uuid()}"])),
            "SettledAtUtc": G(lambda f: f.iso()),
            "ProcessorReference": G(lambda f: f.pick(["tr_" + f.hexid(16), "NIBSS-" + f.digits(12)])),
        },
    ),
    (
        "track",
        "Payout Failed",
        ["python"],
        {
            "payout_id": G(lambda f: f"po_{f.hexid(14)}"),
            "failure_code": G(
                lambda f: f.pick(["account_name_mismatch", "invalid_clabe", "account_closed", "R03"])
            ),
            "failure_message": G(
                lambda f: f.pick(
                    [
                        "Account name mismatch",
                        "Beneficiary bank unavailable",
                        "Cuenta inexistente",
                        "Conto estinto",
                    ]
                )
            ),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "rail": G(lambda f: f.pick(["SEPA", "NIP", "SPEI"])),
        },
    ),
    (
        "track",
        "PAYOUT_RECONCILED",
        ["python"],
        {
            "PAYOUT_ID": G(lambda f: f"po_{f.hexid(14)}"),
            "IBAN_MASKED": G(lambda f: f"IT** **** **** **** **** ***{f.digits(1)} {f.digits(4)}"),
            "ACCOUNT_HOLDER_NAME": Y(lambda f: full_name(f).upper(), "name"),
            "BANK_COUNTRY": G(lambda f: f.pick(["IT", "NG", "MX"])),
            "AMOUNT_EUR": G(lambda f: f.money(50, 40000)),
            "RECONCILED_AT": G(lambda f: f.iso()),
            "BATCH_ID": G(lambda f: f"rec_{f.date(2024, 2024).replace('-', '')}_{f.r.randint(1, 9)}"),
            "STATUS": G(lambda f: f.pick(["MATCHED", "UNMATCHED"])),
        },
    ),
    # ---- donations ------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin", "flutter"],
        {
            "order_id": G(lambda f: f"don_{f.hexid(16)}"),
            "campaign_id": G(campaign_id),
            "revenue": G(lambda f: f.money(0, 40)),
            "currency": G(lambda f: money_ccy(f)),
            "tip_percent": G(lambda f: f.pick([0, 5, 10, 12.5, 15])),
            "products": donation_products(),
            "is_anonymous": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "order_id": G(lambda f: f"don_{f.hexid(16)}"),
            "step": G(lambda f: 2),
            "payment_method": G(
                lambda f: f.pick(
                    ["card", "paypal", "satispay", "paystack", "oxxo", "spei", "apple_pay", "google_pay"]
                )
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "verve", "amex", "carnet"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["539983", "506099", "422584", "516865", "455512"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2030)),
            "cardholder_name": Y(lambda f: full_name(f), "name"),
            "billing_postal_code": Y(lambda f: postcode(f), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
            "stripe_payment_method": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
        },
    ),
    (
        "track",
        "Card Details Submitted",
        ["rn", "flutter"],
        {
            "card_number": RED(verve_or_card, "credit card"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_holder": Y(lambda f: full_name(f), "name"),
            "card_type": G(lambda f: f.pick(["verve", "visa", "mastercard"])),
            "save_for_later": G(lambda f: f.pick([True, False])),
            "screen": G(lambda f: "DonatePaymentScreen"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: f"don_{f.hexid(16)}"),
            "campaign_id": G(campaign_id),
            "total": G(lambda f: f.money(5, 500)),
            "revenue": G(lambda f: f.money(0, 40)),
            "tip": G(lambda f: f.money(0, 40)),
            "currency": G(lambda f: money_ccy(f)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "satispay", "paystack", "oxxo", "spei"])),
            "processor": G(lambda f: f.pick(["stripe", "paystack", "flutterwave", "conekta", "mercadopago"])),
            "processor_txn_id": G(lambda f: f.pick(["ch_3" + f.hexid(20), "T" + f.digits(15), f.digits(11)])),
            "products": donation_products(),
            "donor_display_name": Y(
                lambda f: f.pick([full_name(f), first_name(f), "Anonimo", "Anonymous"]), "name"
            ),
            "donor_email": Y(lambda f: email(f), "email"),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["IT", "NG", "MX", "US", "GB"])),
            },
            "employer_match": {
                "employer": G(lambda f: f.pick(["Eni", "Dangote Group", "Grupo Bimbo", "Accenture", "none"])),
                "matched": G(lambda f: f.pick([True, False])),
            },
            "receipt_requested": G(lambda f: f.pick([True, False])),
            "is_first_donation": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["java"],
        {
            "order_id": G(lambda f: f"don_{f.hexid(16)}"),
            "refund_id": G(lambda f: f"re_{f.hexid(18)}"),
            "total": G(lambda f: f.money(5, 500)),
            "currency": G(lambda f: money_ccy(f)),
            "reason": G(
                lambda f: f.pick(["duplicate", "fraudulent", "requested_by_customer", "campaign_closed"])
            ),
            "refunded_to_last4": G(lambda f: f.digits(4)),
            "initiated_by": G(lambda f: f.pick(["ops_agent", "donor", "system"])),
            "agent_email": Y(
                lambda f: (
                    strip_accents(first_name(f, "IT").split()[0]).lower()
                    + "."
                    + strip_accents(last_name(f, "IT")).lower().replace(" ", "")
                    + "@curaly.com"
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Ricevuta Fiscale Richiesta",
        ["php"],
        {
            "id_donazione": G(lambda f: f"don_{f.hexid(16)}"),
            "importo": G(lambda f: f.money(5, 2000)),
            "codice_fiscale_donatore": RED(codice_fiscale, "national id"),
            "nome_donatore": Y(lambda f: full_name(f, "IT"), "name"),
            "email_donatore": Y(lambda f: email(f, "IT"), "email"),
            "indirizzo": Y(lambda f: full_address(f, "IT"), "address"),
            "cap": Y(lambda f: postcode(f, "IT"), "zipcode"),
            "detraibile": G(lambda f: f.pick([True, False])),
            "anno_fiscale": G(lambda f: f.pick([2023, 2024])),
            "numero_ricevuta": G(lambda f: f"RIC-2024-{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Paystack Charge Success",
        ["go"],
        {
            "reference": G(lambda f: f"CRLY-{f.hexid(10).upper()}"),
            "amount": G(lambda f: f.r.randint(100_000, 50_000_000)),
            "currency": G(lambda f: "NGN"),
            "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
            "gateway_response": G(
                lambda f: f.pick(["Approved", "Successful", "Approved by Financial Institution"])
            ),
            "paid_at": G(lambda f: f.iso()),
            "fees": G(lambda f: f.r.randint(1000, 200000)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "authorization": {
                "authorization_code": RED(
                    lambda f: (
                        "AUTH_"
                        + "".join(f.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
                    ),
                    "token",
                ),
                "bin": G(lambda f: f.pick(["408408", "539983", "506099", "418742"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                "exp_year": G(lambda f: str(f.r.randint(2024, 2030))),
                "card_type": G(lambda f: f.pick(["visa ", "mastercard", "verve"])),
                "bank": G(lambda f: f.pick(BANKS_NG)[1]),
                "reusable": G(lambda f: f.pick([True, False])),
                "country_code": G(lambda f: "NG"),
            },
            "customer": {
                "id": G(lambda f: f.r.randint(10_000_000, 199_999_999)),
                "customer_code": G(
                    lambda f: (
                        "CUS_"
                        + "".join(f.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
                    )
                ),
                "email": Y(lambda f: email(f, "NG"), "email"),
                "first_name": Y(lambda f: first_name(f, "NG"), "name"),
                "last_name": Y(lambda f: last_name(f, "NG"), "name"),
                "phone": Y(lambda f: phone(f, "NG"), "phone"),
                "risk_action": G(lambda f: f.pick(["default", "allow"])),
            },
            "metadata": {
                "campaign_id": G(campaign_id),
                "referrer": G(lambda f: f.pick(["https://curaly.ng/donate", "https://curaly.ng/"])),
            },
        },
    ),
    (
        "track",
        "Mobile Money Payment Initiated",
        ["kotlin", "flutter"],
        {
            "tx_ref": G(lambda f: f"crly-{f.digits(10)}"),
            "flw_ref": G(lambda f: f"FLW-MOCK-{f.hexid(16)}"),
            "amount": G(lambda f: f.r.randint(500, 500000)),
            "currency": G(lambda f: "NGN"),
            "payment_type": G(lambda f: f.pick(["ussd", "bank_transfer", "opay", "mobilemoney"])),
            "ussd_code": G(lambda f: f.pick(["*737*000*", "*894*000*", "*919*000*"]) + f.digits(4) + "#"),
            "customer_msisdn": Y(lambda f: e164(f, "NG")[1:], "phone"),
            "narration": G(lambda f: f"Curaly donation CMP-{f.digits(5)}"),
            "virtual_account_number": G(lambda f: nuban(f, "035")),
            "transfer_bank": G(lambda f: f.pick(["Wema Bank", "Sterling Bank"])),
        },
    ),
    (
        "track",
        "Donación Completada",
        ["ruby"],
        {
            "donation_id": G(lambda f: f"don_{f.hexid(16)}"),
            "amount": G(lambda f: f.money(50, 20000)),
            "currency": G(lambda f: "MXN"),
            "payment_method": G(lambda f: f.pick(["card", "oxxo", "spei", "mercado_pago"])),
            "referencia_oxxo": G(lambda f: "9300" + f.digits(10)),
            "donor_name": Y(lambda f: full_name(f, "MX"), "name"),
            "donor_email": Y(lambda f: email(f, "MX"), "email"),
            "donor_phone": Y(lambda f: phone(f, "MX"), "phone"),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "donor_message": G(lambda f: f.pick(DONOR_COMMENTS)),
            "campaña_id": G(campaign_id),
        },
    ),
    (
        "track",
        "Anonymous Donation Made",
        ["web", "swift"],
        {
            "campaign_id": G(campaign_id),
            "amount": G(lambda f: f.money(5, 1000)),
            "currency": G(lambda f: money_ccy(f)),
            "hide_name_publicly": G(lambda f: True),
            "hide_amount": G(lambda f: f.pick([True, False])),
            "donor_email": Y(lambda f: email(f), "email"),
            "comment": G(lambda f: f.pick(DONOR_COMMENTS)),
        },
    ),
    (
        "track",
        "Donor Comment Posted",
        ["web", "rn", "swift"],
        {
            "comment_id": G(lambda f: f.r.randint(10**6, 10**8)),
            "campaign_id": G(campaign_id),
            "text": G(lambda f: f.pick(DONOR_COMMENTS)),
            "commenter_name": Y(lambda f: full_name(f), "name"),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "char_count": G(lambda f: f.r.randint(5, 280)),
            "language": G(lambda f: f.pick(["it", "en", "es"])),
        },
    ),
    (
        "track",
        "Recurring Donation Set Up",
        ["swift", "kotlin"],
        {
            "subscription_id": G(lambda f: f"sub_{f.hexid(14)}"),
            "campaign_id": G(campaign_id),
            "amount": G(lambda f: f.money(5, 1000)),
            "currency": G(lambda f: money_ccy(f)),
            "frequency": G(lambda f: f.pick(["weekly", "monthly"])),
            "next_charge_at": G(lambda f: f.iso()),
            "payment_method_token": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "opay", "palmpay", "mercado_pago"])),
            "wallet_phone": Y(lambda f: phone(f), "phone"),
        },
    ),
    (
        "track",
        "DONOR_LTV_SYNCED",
        ["python"],
        {
            "DONOR_ID": G(lambda f: f"usr_{f.hexid(10)}"),
            "DONOR_EMAIL": Y(lambda f: email(f), "email"),
            "DONOR_PHONE": Y(lambda f: phone(f), "phone"),
            "FIRST_DONATION_AT": G(lambda f: f.iso()),
            "LIFETIME_DONATED_EUR": G(lambda f: f.money(5, 9000)),
            "DONATION_COUNT": G(lambda f: f.r.randint(1, 80)),
            "LAST_CAMPAIGN_ID": G(campaign_id),
            "DONOR_SEGMENT": G(lambda f: f.pick(["whale", "regular", "one_off", "lapsed"])),
            "HOME_COUNTRY": G(lambda f: f.pick(["IT", "NG", "MX", "US", "GB"])),
            "IS_RECURRING": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- shares and invites -------------------------------------------------------------------
    (
        "track",
        "Campaign Shared",
        ALL_CLIENTS,
        {
            "campaign_id": G(campaign_id),
            "share_channel": G(
                lambda f: f.pick(["whatsapp", "facebook", "x", "copy_link", "email", "sms", "telegram"])
            ),
            "share_url": G(lambda f: f"https://crly.co/{f.hexid(6)}"),
            "recipient_count": G(lambda f: f.r.randint(1, 40)),
            "message_prefilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invite Sent",
        ["web"],
        {
            "campaign_id": G(campaign_id),
            "invitee_email": Y(lambda f: email(f), "email"),
            "invitee_name": Y(lambda f: full_name(f), "name"),
            "invite_channel": G(lambda f: f.pick(["email", "sms"])),
            "inviter_role": G(lambda f: f.pick(["organiser", "team_member"])),
            "co_organiser": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["swift", "kotlin"],
        {
            "source": G(lambda f: f.pick(["address_book", "google_contacts"])),
            "contacts_count": G(lambda f: f.r.randint(1, 900)),
            "contacts": Many(
                {
                    "name": Y(lambda f: full_name(f), "name"),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "selected": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "permission": G(lambda f: f.pick(["granted", "limited"])),
        },
    ),
    (
        "track",
        "WhatsApp Share Sent",
        ["kotlin", "flutter"],
        {
            "to": Y(lambda f: phone(f, "NG"), "phone", True),
            "wa_template": G(
                lambda f: f.pick(["campaign_share_en", "campaign_share_pidgin", "update_share"])
            ),
            "campaign_id": G(campaign_id),
            "delivered": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- pages and screens --------------------------------------------------------------------
    (
        "page",
        "Campaign",
        ["web"],
        {
            "path": G(lambda f: f"/f/{f.hexid(8)}"),
            "title": G(lambda f: "Fundraiser | Curaly"),
            "url": G(lambda f: f"https://curaly.com/f/{f.hexid(8)}"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=whatsapp", "?s=share"])),
            "campaign_id": G(campaign_id),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                    + "BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
        },
    ),
    (
        "page",
        "Organiser Dashboard",
        ["web"],
        {
            "path": G(lambda f: "/dashboard"),
            "section": G(lambda f: f.pick(["overview", "donors", "payouts", "updates"])),
            "donors_visible": G(lambda f: f.r.randint(0, 500)),
            "total_raised": G(lambda f: f.money(0, 90000)),
        },
    ),
    (
        "screen",
        None,
        MOBILE,
        {
            "screen_class": G(
                lambda f: f.pick(["CampaignViewController", "DonateActivity", "HomeFragment", "PayoutScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Campaign", "Notifications"])),
            "campaign_id": G(campaign_id),
            "tab": G(lambda f: f.pick(["story", "updates", "donors", "comments"])),
        },
    ),
    # ---- search and forms ---------------------------------------------------------------------
    (
        "track",
        "Campaigns Searched",
        ["web", "rn"],
        {
            "query": G(lambda f: f.pick(SEARCHES)),
            "results_count": G(lambda f: f.r.randint(0, 300)),
            "filters": {
                "category": G(lambda f: f.pick(["medical", "emergency", "all"])),
                "country": G(lambda f: f.pick(["IT", "NG", "MX", "any"])),
                "near_me": G(lambda f: f.pick([True, False])),
            },
            "sort": G(lambda f: f.pick(["trending", "newest", "closest_to_goal"])),
        },
    ),
    (
        "track",
        "Donor List Filtered",
        ["web"],
        {
            "q": Y(lambda f: f.pick([full_name(f), email(f), last_name(f), email(f)]), "name|email", True),
            "campaign_id": G(campaign_id),
            "results": G(lambda f: f.r.randint(0, 40)),
            "export_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signup Field Completed",
        ["web", "flutter"],
        {
            "form_id": G(lambda f: "signup_v3"),
            "field": G(lambda f: "email_or_phone"),
            "input": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "time_to_complete_ms": G(lambda f: f.r.randint(500, 25000)),
        },
    ),
    (
        "track",
        "Organiser Contact Requested",
        ["web"],
        {
            "campaign_id": G(campaign_id),
            "message": Y(with_phone_message, "phone", True),
            "contact_preference": G(lambda f: f.pick(["phone", "email", "whatsapp"])),
            "sender_email": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "rn"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "phone_otp"])),
            "email": Y(lambda f: email(f), "email"),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "referral_code": G(lambda f: "CUR-" + f.hexid(5).upper()),
            "terms_accepted": G(lambda f: True),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "login_form"),
            "form_action": G(lambda f: "/api/session"),
            "fields": {
                "email": Y(lambda f: email(f), "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Giulia2010!",
                            "lagos@123",
                            "Ximena#88",
                            "Pa55word!",
                            "amore1986",
                            "Chinedu_2024",
                            "tequila!9",
                        ]
                    ),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "swift"],
        {
            "method": G(lambda f: f.pick(["email", "sms"])),
            "email": Y(lambda f: email(f), "email"),
            "reset_url": RED(lambda f: f"https://curaly.com/reset?token={f.hexid(40)}", "token", True),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "otp_length": G(lambda f: 6),
            "expires_in_min": G(lambda f: f.pick([10, 15, 30])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "rn"],
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "otp"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "version": G(lambda f: f.pick(["4.8.0", "4.9.0", "2.3.1"])),
            "build": G(lambda f: f.pick(["4800", "490004", "231"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(
                lambda f: f.pick(["curaly://campaign/" + f.hexid(8), "", "https://crly.co/" + f.hexid(6)])
            ),
            "referring_application": G(lambda f: f.pick(["com.whatsapp", "com.facebook.katana", ""])),
        },
    ),
    (
        "track",
        "Email Preferences Updated",
        ["web"],
        {
            "email_frequency": G(lambda f: f.pick(["daily", "weekly", "never"])),
            "unsubscribed_all": G(lambda f: f.pick([True, False])),
            "email_updates": G(lambda f: f.pick([True, False])),
            "sms_updates": G(lambda f: f.pick([True, False])),
            "preferred_channel": G(lambda f: f.pick(["email", "sms", "whatsapp", "push"])),
        },
    ),
    (
        "track",
        "Campaign Card Clicked",
        ["web", "rn"],
        {
            "list_id": G(lambda f: f.pick(["trending_it", "near_you", "urgent_ng", "recomendados_mx"])),
            "position": G(lambda f: f.r.randint(1, 24)),
            "campaign_id": G(campaign_id),
            "percent_funded": G(lambda f: f.r.randint(0, 140)),
            "is_urgent": G(lambda f: f.pick([True, False])),
            "cardVariant": G(lambda f: f.pick(["compact", "hero", "story"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "notificationId": G(lambda f: f.uuid()),
            "campaignId": G(campaign_id),
            "notificationType": G(
                lambda f: f.pick(["new_donation", "campaign_update", "goal_reached", "reminder"])
            ),
            "sentAt": G(lambda f: f.iso()),
            "deepLink": G(lambda f: f"curaly://campaign/{f.hexid(8)}"),
            "badgeCount": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Team Member Invited",
        ["web"],
        {
            "teamMemberEmail": Y(lambda f: email(f), "email"),
            "teamMemberName": Y(lambda f: full_name(f), "name"),
            "permissions": Many(G(lambda f: f.pick(["post_updates", "view_donors", "manage_payouts"])), 3),
            "campaignId": G(campaign_id),
            "invitedByUserId": G(lambda f: f"usr_{f.hexid(10)}"),
        },
    ),
    (
        "track",
        "Thank You Note Sent",
        ["web", "swift"],
        {
            "donorName": Y(lambda f: full_name(f), "name"),
            "donationId": G(lambda f: f"don_{f.hexid(16)}"),
            "channel": G(lambda f: f.pick(["email", "in_app", "whatsapp"])),
            "noteLength": G(lambda f: f.r.randint(20, 600)),
            "templateId": G(lambda f: f.pick(["thanks_short", "thanks_video", "grazie_1", "gracias_1"])),
        },
    ),
    (
        "track",
        "Fundraiser Goal Edited",
        ["web"],
        {
            "campaign_id": G(campaign_id),
            "old_goal": G(lambda f: f.pick([5000, 15000, 30000, 2_000_000, 250000])),
            "new_goal": G(lambda f: f.pick([8000, 20000, 45000, 3_500_000, 400000])),
            "currency": G(lambda f: money_ccy(f)),
            "reason": G(lambda f: f.pick(["new_quote", "extra_treatment", "exchange_rate", "travel_costs"])),
            "edit_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Donation Receipt Downloaded",
        ["web", "swift"],
        {
            "donation_id": G(lambda f: f"don_{f.hexid(16)}"),
            "format": G(lambda f: f.pick(["pdf", "csv"])),
            "tax_year": G(lambda f: f.pick([2022, 2023, 2024])),
            "receipt_language": G(lambda f: f.pick(["it", "en", "es"])),
        },
    ),
    (
        "track",
        "Hospital Direct Payment Scheduled",
        ["go"],
        {
            "hospital_name": G(lambda f: f.pick(ALL_HOSPITALS)),
            "hospital_account_name": G(
                lambda f: f.pick(
                    ["Fondazione Policlinico Gemelli IRCCS", "LUTH Revenue Account", "HIMFG Tesorería"]
                )
            ),
            "hospital_iban": G(lambda f: f.pick(HOSPITAL_IBANS)),
            "invoice_number": G(lambda f: f.pick([f"FT 2024/{f.digits(5)}", f"INV-{f.digits(7)}"])),
            "patient_reference": RED(mrn, "health id"),
            "amount": G(lambda f: f.money(500, 60000)),
            "scheduled_for": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Volunteer Signed Up",
        ["web", "rn"],
        {
            "event_slug": G(
                lambda f: f.pick(["corri-per-la-cura-roma", "lagos-charity-walk", "carrera-solidaria-gdl"])
            ),
            "volunteer_name": Y(lambda f: full_name(f), "name"),
            "volunteer_phone": Y(lambda f: phone(f), "phone"),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "availability": Many(G(lambda f: f.pick(["saturday", "sunday", "weekday_evening"])), 2),
            "has_driving_licence": G(lambda f: f.pick([True, False])),
            "emergency_contact_name": Y(lambda f: full_name(f), "name"),
            "emergency_contact_phone": Y(lambda f: phone(f), "phone"),
        },
    ),
    (
        "track",
        "Matching Gift Requested",
        ["web"],
        {
            "donation_id": G(lambda f: f"don_{f.hexid(16)}"),
            "employer": G(
                lambda f: f.pick(["Eni", "Dangote Group", "Grupo Bimbo", "Accenture", "MTN Nigeria"])
            ),
            "employee_number": G(lambda f: f.pick(["E" + f.digits(6), f.digits(8)])),
            "work_email": Y(lambda f: email(f), "email"),
            "match_ratio": G(lambda f: f.pick([0.5, 1, 2])),
            "hr_contact_email": G(
                lambda f: f.pick(
                    [
                        "matching.gifts@eni.example.com",
                        "csr@dangote.example.ng",
                        "donativos@grupobimbo.example.mx",
                    ]
                )
            ),
        },
    ),
    # ---- health details -------------------------------------------------------------------------
    (
        "track",
        "Beneficiary Profile Updated",
        ["web", "rn"],
        {
            "campaign_id": G(campaign_id),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "has_disability_certificate": RED(lambda f: f.pick([True, False]), "disability"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "blood_type": Y(lambda f: f.pick(["A+", "O-", "B+", "AB+", "O+"]), "condition"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "current_medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 3),
            "insurance_provider": G(
                lambda f: f.pick(["AXA Health", "Hygeia HMO", "Unipol Salute", "GNP Seguros", "Reliance HMO"])
            ),
            "insurance_member_number": Y(
                lambda f: f.pick(["HYG/" + f.digits(7), "GNP" + f.digits(10), "UNI-" + f.digits(9)]),
                "identification",
            ),
            "fields_changed": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Treatment Milestone Logged",
        ["flutter", "rn"],
        {
            "campaign_id": G(campaign_id),
            "milestone": G(
                lambda f: f.pick(
                    ["funds_received", "treatment_started", "treatment_completed", "discharged", "follow_up"]
                )
            ),
            "procedure_name": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "hospital_name": G(lambda f: f.pick(ALL_HOSPITALS)),
            "scheduled_date": G(lambda f: f.date(2024, 2025)),
            "days_since_start": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "track",
        "Prescription Cost Added",
        ["web"],
        {
            "campaign_id": G(campaign_id),
            "rx_number": Y(
                lambda f: f.pick([f"RX{f.digits(8)}", f"NRE {f.digits(5)}A{f.digits(10)}"]), "medication"
            ),
            "drug_name": Y(lambda f: f.pick(MEDICATIONS), "medication"),
            "pharmacy_name": G(
                lambda f: f.pick(["Farmacia Centrale", "HealthPlus Lekki", "Farmacias del Ahorro"])
            ),
            "pharmacy_phone": G(lambda f: f.pick(["+39 06 488 0754", "+234 1 270 1345", "800 711 2222"])),
            "monthly_cost": G(lambda f: f.money(20, 4000)),
            "covered_by_ssn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Health Coverage Checked",
        ["ruby"],
        {
            "campaign_id": G(campaign_id),
            "nhia_number": RED(lambda f: f"NHIA/{f.r.randint(10, 37)}/{f.digits(8)}", "health id"),
            "imss_nss": RED(nss, "social security number|health id"),
            "tessera_sanitaria": RED(tessera_sanitaria, "health id"),
            "hmo_name": G(lambda f: f.pick(["Hygeia HMO", "AXA Mansard Health", "Leadway Health"])),
            "coverage_status": G(lambda f: f.pick(["active", "lapsed", "not_enrolled"])),
            "policy_number": Y(lambda f: f"POL-{f.digits(9)}", "identification"),
            "copay_percent": G(lambda f: f.pick([0, 10, 20, 30])),
        },
    ),
    # ---- trust & safety, hospitals, support -----------------------------------------------------
    (
        "track",
        "Fraud Review Opened",
        ["python"],
        {
            "case_id": G(lambda f: f"TS-{f.digits(6)}"),
            "campaign_id": G(campaign_id),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "signals": Many(
                G(
                    lambda f: f.pick(
                        [
                            "velocity",
                            "ip_mismatch",
                            "duplicate_document",
                            "stolen_card_bin",
                            "new_payout_account",
                        ]
                    )
                ),
                3,
            ),
            "reviewer": Y(lambda f: full_name(f, "IT"), "name"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "ip_addresses": Many(Y(lambda f: f.ipv4(), "ip"), 3),
            "ip_country": G(lambda f: f.pick(["IT", "NG", "MX", "GH", "US"])),
            "bureau_score": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "note": Y(contact_note, "phone|email", True),
        },
    ),
    (
        "track",
        "Fraud Review Resolved",
        ["python"],
        {
            "case_id": G(lambda f: f"TS-{f.digits(6)}"),
            "decision": G(lambda f: f.pick(["cleared", "suspended", "refund_all"])),
            "decision_reason": G(
                lambda f: f.pick(["documents_verified", "fake_invoice", "identity_mismatch"])
            ),
            "hold_days": G(lambda f: f.r.randint(0, 30)),
            "escalated": G(lambda f: f.pick([True, False])),
            "reviewer_id": G(lambda f: f"staff_{f.r.randint(10, 99)}"),
        },
    ),
    (
        "track",
        "Hospital Invoice Verified",
        ["java"],
        {
            "invoice_number": G(
                lambda f: f.pick([f"FT 2024/{f.digits(5)}", f"INV-{f.digits(7)}", f"FAC-A{f.digits(6)}"])
            ),
            "hospital_name": G(lambda f: f.pick(ALL_HOSPITALS)),
            "hospital_vat_number": G(
                lambda f: f.pick(["IT0" + f.digits(10), "HIC" + f.digits(9), f.digits(8) + "-0001"])
            ),
            "hospital_billing_email": G(
                lambda f: f.pick(
                    [
                        "billing@luth.example.ng",
                        "ufficio.cassa@gemelli.example.it",
                        "facturacion@himfg.example.mx",
                    ]
                )
            ),
            "patient_name": Y(lambda f: full_name(f), "name"),
            "treating_doctor": Y(lambda f: "Dr. " + full_name(f), "name"),
            "amount_due": G(lambda f: f.money(500, 90000)),
            "verified_via": G(lambda f: f.pick(["phone_call", "hospital_portal", "email"])),
            "admission_date": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Hospital Partner Contacted",
        ["node"],
        {
            "hospital_name": G(lambda f: f.pick(ALL_HOSPITALS)),
            "contact_person": Y(lambda f: full_name(f), "name"),
            "contact_role": G(
                lambda f: f.pick(
                    ["Social worker", "Assistente sociale", "Trabajadora social", "Billing officer"]
                )
            ),
            "switchboard": G(lambda f: f.pick(HOSPITAL_PHONES)),
            "direct_email": Y(lambda f: email(f), "email"),
            "outcome": G(lambda f: f.pick(["confirmed", "no_answer", "callback"])),
        },
    ),
    (
        "track",
        "Verification Call Logged",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(e164, "phone", True),
            "To": G(lambda f: f.pick(["+390699335500", "+2342017001234", "+525541698800"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "Direction": G(lambda f: "inbound"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Doppio addebito",
                            "Payout delayed",
                            "No me llegó el recibo",
                            "Cannot upload documents",
                        ]
                    )
                ),
                "description": Y(ticket_description, "name|phone|email", True),
                "requester": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                },
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(
                    G(lambda f: f.pick(["payments", "payout", "kyc", "receipt", "it", "ng", "mx"])), 3
                ),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp"]))},
            },
        },
    ),
    (
        "track",
        "Receipt Email Sent",
        ["java"],
        {
            "message_id": G(
                lambda f: f"<{f.date(2024, 2024).replace('-', '')}{f.hexid(12)}@mail.curaly.com>"
            ),
            "recipient": Y(lambda f: email(f), "email", True),
            "template": G(
                lambda f: f.pick(["donation_receipt_it", "donation_receipt_en", "recibo_donativo"])
            ),
            "provider": G(lambda f: f.pick(["sendgrid", "postmark", "ses"])),
            "from_address": G(lambda f: f.pick(["no-reply@curaly.com", "ricevute@curaly.it"])),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Forwarded",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Donate", "Purchase", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(5, 500)),
                "currency": G(lambda f: money_ccy(f)),
                "content_ids": Many(G(lambda f: campaign_id(f)), 1),
            },
        },
    ),
    (
        "track",
        "Geo Donation Nearby Viewed",
        ["kotlin", "rn"],
        {
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "results": G(lambda f: f.r.randint(0, 40)),
            "user_lat": Y(lambda f: geo(f)[0], "geolocation"),
            "user_lng": Y(lambda f: geo(f)[1], "geolocation"),
            "searched_city": G(lambda f: f.pick(["Roma", "Lagos", "Guadalajara", "Abuja", "Milano"])),
        },
    ),
]

# The hospitals' own collection accounts (an organisation's, not a person's), fixed per hospital.
HOSPITAL_IBANS = [iban_it(Fake(seed)).replace(" ", "") for seed in (2871, 2872, 2873, 2874)]

CLIENT_CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(f: Fake, client: str):
    if client in CLIENT_CONTEXTS:
        return CLIENT_CONTEXTS[client](f)
    return server_context(f, client)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f"usr_{f.hexid(10)}",
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name or f.pick(["Campaign", "Home", "Donate", "Payouts", "Search"])
            elif kind == "group":
                msg["groupId"] = f"org_{f.hexid(8)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=287, repeats=30)
    write(Path(__file__).parent, "holdout287_", events, labels)
