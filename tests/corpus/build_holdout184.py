# ruff: noqa: RUF001 (Turkish strings use the dotless i on purpose)
"""Writes holdout184: tests/corpus/holdout184_events.jsonl and holdout184_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the other holdout builders (build_holdout3.py read for format only), and
never run through the engine by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout184`); the output is committed.

Covers a gym and fitness-club chain with personal training ("Vigore Fitness") in Mexico, Turkey
and Italy: web lead forms and membership checkout (e-commerce spec events), sign-up with national
ids (CURP and RFC with valid check characters, TC Kimlik No with valid check digits, codice
fiscale with a valid control letter), SEPA / CLABE direct debits and card payments (Luhn cards,
mod-97 IBANs, CLABE check digits, Stripe-shaped and Twilio-shaped vendor payloads), door access
with QR codes and key fobs, class bookings and waitlists, InBody-style body-composition scans,
PAR-Q and local health declarations, personal-trainer sessions, notes and payroll, guest passes
for friends, family dependants, freezes and cancellations, a front-desk console, corporate
wellness accounts (group calls), wearables, lockers and parking, plus screen/page/alias traffic.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, with their
real `context` blocks (ip, device, app, library, locale, userAgent, campaign, traits).

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths (19 %) are
PascalCase (.NET CRM sync identify, Twilio status callback), kebab-case (door controller),
SCREAMING_SNAKE (warehouse reverse-ETL identify) or Spanish, Turkish and Italian backend keys
(Mexican, Turkish and Italian sign-up, CLABE direct debit, Turkish health declaration, Italian
medical certificate). Vendor-shaped payloads: Stripe invoice webhook, Twilio callback, Netgsm SMS,
Meta lead-ads `field_data`, expo-style contact lists, select-option `{label, value}` pairs.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (member, guest, dependant, emergency contact,
  trainer, staff, doctor). Colour = the reference matcher's default; types outside the reference:
  red for credentials/secrets/tokens, card numbers, bank accounts, government ids and health
  ids; yellow otherwise (geolocation, advertising id).
- Green: ids we issue (member numbers, fob numbers, booking / order / invoice ids, UUIDs),
  versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys, plan /
  class / club / product / company names, the clubs' own addresses and phones, role mailboxes,
  a company's tax id (not a natural person's), country / state / province, locale, timezone,
  currency, user agents, OS-issued device ids, card brand / last4 / BIN / expiry, BIC and bank
  names, the business's sender number in a telephony webhook, ages and age bands.
- Contested cases follow the product's published policy: insurer member / policy numbers yellow
  `identification`; pay, hourly rates and commissions yellow `salary`; plates yellow `license`;
  gclid / fbclid / _fbp yellow `advertising id`; billing addresses yellow `address`; payment
  method tokens (`pm_`), one-time and sign-in codes, door-QR tokens and OAuth tokens red
  `token`/`secret`; a health card number red `health id`; identity document numbers red
  `national id`/`passport`.
- A boolean or enum that itself reveals a health fact about the person (PAR-Q answers, pregnant,
  has allergies, a freeze reason that can be `injury`/`pregnancy`) is yellow in that matcher.
- Own rule (undecided by the brief): body-composition results measured on the member (weight,
  BMI, body-fat %, muscle mass, visceral fat, basal metabolic rate, blood pressure) are health
  data a careful owner wants flagged: yellow `condition`. Workout performance (reps, load,
  calories, duration, steps) is green. A locker combination the member sets is red
  `password|secret`. A photo of the member (door camera, ID upload) is yellow `photo`.
- value_only = the key does not say what the value is (`q`, `label`, `text`, `note`, `To`,
  `Body`, `recipient`, `assigned_by`, `metrics[].value`, `number`, `values[]`, `description`);
  a key that names the kind of value (`sms_to`, `titular`, `guest_name`) is not value_only.
  Every value of a value_only PII path carries that PII. Free text is labelled by what every one
  of its values carries and green when none does; the templates below keep each free-text field
  either always personal (trainer notes, support descriptions, OTP texts, kids-club care notes)
  or never (class comments, cancellation feedback, goals, push copy).
- A mobile push token (`context.device.token`) is a credential addressed to the person's device:
  red `token`.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

FIRST = {
    "MX": ["Guadalupe", "José Luis", "Ximena", "Alejandro", "María Fernanda", "Diego", "Valeria", "Jesús"],
    "TR": ["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Fatma", "Oğuz", "Gülşen"],
    "IT": ["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Alessandro", "Sofia", "Gianluca"],
    "XX": ["Aarav", "Ngozi", "Wei", "Hannah", "Olumide", "Sven", "Yasmin", "Thi Lan", "Keanu", "Ines"],
}
LAST = {
    "MX": ["Hernández", "Ramírez", "Castillo", "Gutiérrez", "Ortega", "Villalobos", "Núñez", "Treviño"],
    "TR": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Karakaş"],
    "IT": ["Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "De Luca", "Ferrari"],
    "XX": ["Sharma", "Adeyemi", "Zhang", "Schmidt", "Okonkwo", "Lindqvist", "Haddad", "Nguyen", "Kealoha"],
}
MAIL_DOMAINS = {
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "icloud.com"],
    "XX": ["gmail.com", "icloud.com", "proton.me", "outlook.com"],
}
COUNTRIES = ["MX", "TR", "IT", "XX"]

CLUBS = [
    ("club_mx_001", "Vigore Polanco", "Av. Presidente Masaryk 111, Polanco, 11560 CDMX", "+52 55 5280 1100"),
    ("club_mx_002", "Vigore Roma Norte", "Calle Durango 200, Roma Nte., 06700 CDMX", "+52 55 5511 2040"),
    (
        "club_mx_007",
        "Vigore San Pedro",
        "Av. Vasconcelos 345, 66220 San Pedro Garza García, N.L.",
        "+52 81 8335 9900",
    ),
    ("club_tr_003", "Vigore Kadıköy", "Bağdat Cad. No:300, 34728 Kadıköy/İstanbul", "+90 216 555 03 03"),
    ("club_tr_004", "Vigore Çankaya", "Tunalı Hilmi Cad. No:88, 06680 Çankaya/Ankara", "+90 312 444 08 48"),
    ("club_it_005", "Vigore Porta Nuova", "Via Gaetano de Castillia 23, 20124 Milano MI", "+39 02 8982 1500"),
    ("club_it_006", "Vigore Roma Prati", "Via Cola di Rienzo 160, 00192 Roma RM", "+39 06 9480 2210"),
]
CLASSES = [
    "Spinning 45",
    "Pilates Reformer",
    "HIIT Express",
    "Yoga Flow",
    "Body Pump",
    "Boxeo Fit",
    "CrossTraining",
]
PLANS = [
    ("plan_basic_m", "Basic Mensual", 699.0),
    ("plan_plus_m", "Plus Monthly", 1099.0),
    ("plan_black_y", "Black Anual", 11990.0),
    ("plan_off_peak", "Off-Peak", 499.0),
    ("plan_student", "Studente", 29.9),
    ("plan_pt10", "PT Paket 10 Seans", 4500.0),
]


def strip_accents(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("ğ", "g").replace("ş", "s").replace("ç", "c")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def country(f: Fake) -> str:
    return f.pick(COUNTRIES)


def first(f: Fake, c: str | None = None) -> str:
    return f.pick(FIRST[c or country(f)])


def last(f: Fake, c: str | None = None) -> str:
    return f.pick(LAST[c or country(f)])


def full_name(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "MX" and f.r.random() < 0.5:
        return f"{first(f, c)} {last(f, c)} {last(f, c)}"
    return f"{first(f, c)} {last(f, c)}"


def email(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    fn = strip_accents(first(f, c)).lower().replace(" ", "")
    ln = strip_accents(last(f, c)).lower().replace(" ", "")
    style = f.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{l}.{f}{n}", "{f0}{l}"])
    user = style.format(f=fn, l=ln, n=f.r.randint(1, 99), f0=fn[0])
    return f"{user}@{f.pick(MAIL_DOMAINS[c])}"


def phone(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    r = f.r
    if c == "MX":
        area = f.pick(["55", "33", "81", "222"])
        rest = f"{r.randint(1000, 9999)}{r.randint(1000, 9999)}"[: 10 - len(area)]
        return f.pick(
            [
                f"+52 {area} {rest[:4]} {rest[4:]}",
                f"+52{area}{rest}",
                f"{area} {rest[:4]} {rest[4:]}",
                f"+52 1 {area} {rest[:4]} {rest[4:]}",
            ]
        )
    if c == "TR":
        op = f.pick(["532", "533", "542", "505", "555", "544"])
        a, b, d = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
        return f.pick([f"+90 {op} {a} {b} {d}", f"0{op} {a} {b} {d}", f"0{op}{a}{b}{d}", f"+90{op}{a}{b}{d}"])
    if c == "IT":
        op = f.pick(["320", "333", "339", "347", "348", "366", "392"])
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+39 {op} {a} {b}", f"{op} {a}{b}", f"+39{op}{a}{b}", f"{op}-{a}{b}"])
    return f.pick(
        [f.phone(), f.phone("uk"), f.phone("de"), f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}"]
    )


def e164(f: Fake) -> str:
    """A mobile number as Twilio reports it."""
    r = f.r
    return f.pick(
        [
            f"+521{f.pick(['55', '33', '81'])}{r.randint(10000000, 99999999)}",
            f"+90{f.pick(['532', '542', '505'])}{r.randint(1000000, 9999999)}",
            f"+39{f.pick(['333', '347', '392'])}{r.randint(1000000, 9999999)}",
            f"+44 7{r.randint(100000000, 999999999)}".replace(" ", ""),
        ]
    )


STREETS = {
    "MX": [
        "Av. Insurgentes Sur {n}",
        "Calle Durango {n} int. {k}",
        "Av. Chapultepec {n}",
        "Calle Morelos {n}",
        "Av. Vallarta {n} depto {k}",
    ],
    "TR": [
        "Moda Cad. No:{n} D:{k}",
        "Atatürk Blv. No:{n}/{k}",
        "Şair Nefi Sok. No:{n}",
        "Gazi Mustafa Kemal Blv. No:{n} Daire {k}",
    ],
    "IT": [
        "Via Roma {n}",
        "Corso Buenos Aires {n}",
        "Viale Monza {n}, int. {k}",
        "Piazza Cavour {n}",
        "Via dei Mille {n}/{k}",
    ],
    "XX": ["{n} Baker Street", "Hauptstraße {n}", "{n} Harbor Way Apt {k}", "Rua Augusta {n}"],
}
CITIES = {
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Zapopan", "Puebla", "San Pedro Garza García"],
    "TR": ["Kadıköy", "Beşiktaş", "Çankaya", "Konak", "Nilüfer", "Üsküdar"],
    "IT": ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Monza"],
    "XX": ["London", "Berlin", "Lagos", "Lisbon", "Toronto"],
}
ZIPS = {
    "MX": ["06700", "03100", "11560", "44630", "64000", "66220", "72000"],
    "TR": ["34710", "34357", "06690", "35210", "16110", "34662"],
    "IT": ["20121", "00185", "10121", "80132", "40126", "50123", "20900"],
    "XX": ["SW1A 1AA", "10115", "100001", "1200-195", "M5V 2T6"],
}


def street(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick(STREETS[c]).format(n=f.r.randint(1, 480), k=f.r.randint(1, 12))


def city(f: Fake, c: str | None = None) -> str:
    return f.pick(CITIES[c or country(f)])


def zipcode(f: Fake, c: str | None = None) -> str:
    return f.pick(ZIPS[c or country(f)])


def one_line_address(f: Fake) -> str:
    c = country(f)
    return f"{street(f, c)}, {zipcode(f, c)} {city(f, c)}"


def birthdate(f: Fake) -> str:
    return f.date(1958, 2006)


# -- national ids with valid check characters --------------------------------------------------------

CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
VOWELS = "AEIOU"


def _first_internal(word: str, vowels: bool) -> str:
    for ch in word[1:]:
        if (ch in VOWELS) == vowels and ch.isalpha():
            return ch
    return "X"


def curp(f: Fake) -> str:
    p = strip_accents(last(f, "MX")).upper().replace(" ", "")
    m = strip_accents(last(f, "MX")).upper().replace(" ", "")
    n = strip_accents(first(f, "MX")).upper().split()[0]
    y, mo, d = f.r.randint(1960, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    body = (
        p[0]
        + _first_internal(p, True)
        + m[0]
        + n[0]
        + f"{y % 100:02d}{mo:02d}{d:02d}"
        + f.pick(["H", "M"])
        + f.pick(["DF", "JC", "NL", "PL", "MC", "GT", "VZ"])
        + _first_internal(p, False)
        + _first_internal(m, False)
        + _first_internal(n, False)
        + (str(f.r.randint(0, 9)) if y < 2000 else f.pick("ABCDEF"))
    )
    total = sum(CURP_CHARS.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(f: Fake) -> str:
    p = strip_accents(last(f, "MX")).upper().replace(" ", "")
    m = strip_accents(last(f, "MX")).upper().replace(" ", "")
    n = strip_accents(first(f, "MX")).upper().split()[0]
    body = p[0] + _first_internal(p, True) + m[0] + n[0]
    body += f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    body += f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ123456789") + f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
    total = sum(RFC_CHARS.index(ch) * (13 - i) for i, ch in enumerate(body))
    rem = total % 11
    check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
    return body + check


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


CF_ODD = dict(
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
        strict=True,
    )
)


def _cf_part(word: str, is_name: bool) -> str:
    w = strip_accents(word).upper().replace(" ", "").replace("'", "")
    cons = [c for c in w if c.isalpha() and c not in VOWELS]
    vows = [c for c in w if c in VOWELS]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(f: Fake) -> str:
    female = f.r.random() < 0.5
    day = f.r.randint(1, 28) + (40 if female else 0)
    body = (
        _cf_part(last(f, "IT"), False)
        + _cf_part(first(f, "IT"), True)
        + f"{f.r.randint(50, 99):02d}"
        + "ABCDEHLMPRST"[f.r.randint(0, 11)]
        + f"{day:02d}"
        + f.pick(["F205", "H501", "L219", "F839", "A944", "D612", "F704"])
    )
    total = 0
    for i, ch in enumerate(body):
        total += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return body + chr(65 + total % 26)


def iban(f: Fake, c: str) -> str:
    r = f.r
    if c == "IT":
        bban = f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + f.pick(["03069", "02008", "05034", "03062"])
        bban += f"{r.randint(1000, 99999):05d}" + "".join(str(r.randint(0, 9)) for _ in range(12))
    elif c == "TR":
        bban = (
            f.pick(["00062", "00010", "00046", "00111", "00067"])
            + "0"
            + "".join(str(r.randint(0, 9)) for _ in range(16))
        )
    else:
        return f.iban(c)
    numeric = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    raw = f"{c}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.4 else raw


def clabe(f: Fake) -> str:
    body = f.pick(["002", "012", "014", "072", "021", "127"]) + f.pick(["180", "320", "580", "650"])
    body += "".join(str(f.r.randint(0, 9)) for _ in range(11))
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def payout_account(f: Fake) -> str:
    return f.pick([lambda: iban(f, "IT"), lambda: iban(f, "TR"), lambda: clabe(f)])()


def national_id(f: Fake) -> str:
    return f.pick([curp, tckn, codice_fiscale])(f)


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            lambda: "G" + f.digits(8),  # Mexico
            lambda: "U" + f.digits(8),  # Turkey
            lambda: "Y" + f.pick("ABCDEFGH") + f.digits(7),  # Italy
        ]
    )()


def tessera_sanitaria(f: Fake) -> str:
    return "80380" + f.digits(15)


# -- misc values ------------------------------------------------------------------------------------


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def pm_token(f: Fake) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def plate(f: Fake) -> str:
    """Number plates: Mexico (ABC-123-D), Turkey (34 AB 1234), Italy (AB123CD)."""
    r = f.r

    def letters(n: int) -> str:
        return "".join(f.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))

    return f.pick(
        [
            f"{letters(3)}-{r.randint(100, 999)}-{letters(1)}",
            f"{r.randint(1, 81):02d} {letters(2)} {r.randint(100, 9999)}",
            f"{letters(2)}{r.randint(100, 999)}{letters(2)}",
        ]
    )


CENTRES = [
    (19.4326, -99.1332),
    (20.6597, -103.3496),
    (25.6866, -100.3161),
    (40.9909, 29.0303),
    (39.9208, 32.8541),
    (45.4642, 9.19),
    (41.9028, 12.4964),
]


_CENTRE: dict[int, tuple[float, float]] = {}


def lat(f: Fake) -> float:
    """A latitude near one of the chain's cities; the next lng() call stays near the same city."""
    _CENTRE[id(f)] = f.pick(CENTRES)
    return round(_CENTRE[id(f)][0] + f.r.uniform(-0.08, 0.08), 6)


def lng(f: Fake) -> float:
    return round(_CENTRE.get(id(f), CENTRES[0])[1] + f.r.uniform(-0.08, 0.08), 6)


_LEAD_FIELD: dict[int, str] = {}


def lead_field(f: Fake) -> str:
    """A Meta lead-ads field name; the next lead_value() call answers it."""
    _LEAD_FIELD[id(f)] = f.pick(["full_name", "email", "phone_number"])
    return _LEAD_FIELD[id(f)]


def lead_value(f: Fake) -> str:
    return {"full_name": full_name, "email": email, "phone_number": phone}[_LEAD_FIELD.get(id(f), "email")](f)


def club(f: Fake):
    return f.pick(CLUBS)


def ts(f: Fake) -> str:
    return f.iso()


def body_note(f: Fake) -> str:
    """Trainer session notes: every one records a health condition or injury of the client."""
    return f.pick(
        [
            "Knee pain on deep squats, regressed to box squats.",
            "Lower back injury (L4-L5 disc) - no heavy deadlifts until physio clears.",
            "Client has asthma, inhaler kept at the rack. Kept intervals short.",
            "Shoulder impingement right side, avoided overhead press.",
            "Type 1 diabetic: checked glucose before session (5.8), all fine.",
            "Recovering from ACL reconstruction, week 14 protocol.",
            "Dolor lumbar al hacer peso muerto, trabajamos movilidad.",
            "Tendinite al gomito sinistro, niente trazioni oggi.",
            "Bel ağrısı var, ağır squat yok. Hamilelik 2. trimester, düşük yoğunluk.",
            "High blood pressure, on medication - kept HR under 150.",
        ]
    )


def support_description(f: Fake) -> str:
    """Support tickets: every one carries the member's e-mail or phone."""
    return f.pick(
        [
            lambda: f"I was charged twice this month, please call me on {phone(f)}",
            lambda: f"No puedo entrar a la app, mi correo es {email(f, 'MX')}",
            lambda: f"Please send the invoice to {email(f)} instead",
            lambda: f"Il tornello non legge il mio QR. Richiamatemi al {phone(f, 'IT')}",
            lambda: f"Üyeliğimi dondurmak istiyorum, telefonum {phone(f, 'TR')}",
            lambda: f"Changed my number to {phone(f)}, SMS codes not arriving",
        ]
    )()


def sms_otp_text(f: Fake) -> str:
    code = otp(f)
    return f.pick(
        [
            f"Tu código de verificación Vigore es {code}. No lo compartas.",
            f"Vigore doğrulama kodunuz: {code}. Bu kodu kimseyle paylaşmayın.",
            f"Il tuo codice Vigore è {code}. Scade tra 10 minuti.",
            f"{code} is your Vigore verification code.",
        ]
    )


# -- contexts -----------------------------------------------------------------------------------------

LOCALES = ["es-MX", "tr-TR", "it-IT", "en-US", "en-GB"]
TZS = ["America/Mexico_City", "America/Monterrey", "Europe/Istanbul", "Europe/Rome"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
WEB_PAGES = [
    ("/", "Vigore Fitness | Palestre, gimnasios, spor salonları"),
    ("/planes", "Planes y precios | Vigore"),
    ("/it/prova-gratuita", "Prova gratuita | Vigore"),
    ("/tr/uyelik", "Üyelik | Vigore"),
    ("/clases", "Horario de clases | Vigore"),
    ("/checkout", "Checkout | Vigore"),
]


def web_context(f: Fake):
    path, title = f.pick(WEB_PAGES)
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.2"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=it", "?club=polanco"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://www.vigorefit.com" + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["verano_2024", "back_to_gym", "capodanno_promo", "yaz_kampanyasi"])),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["gimnasio cerca de mi", "palestra milano", "spor salonu kadıköy"])),
            "content": G(lambda f: f.pick(["carousel_a", "video_15s", "hero_cta"])),
        }
    return ctx


def swift_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Vigore"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4821", "4903"])),
            "namespace": G(lambda f: "com.vigorefit.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"userId": G(lambda f: "mbr_" + f.digits(7))},
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(idfa, "advertising id")
    return ctx


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Vigore"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["480", "482", "490"])),
            "namespace": G(lambda f: "com.vigorefit.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23053RN02L", "moto g84 5G", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "bangkk", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "carrier": G(
                lambda f: f.pick(["Telcel", "AT&T MX", "Turkcell", "Vodafone TR", "TIM", "WINDTRE"])
            ),
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "memberTier": G(lambda f: f.pick(["basic", "plus", "black"])),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Vigore Coach"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
            "build": G(lambda f: f.pick(["230", "241", "242"])),
            "namespace": G(lambda f: "com.vigorefit.coach"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "iPad13,18"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 820])),
            "height": G(lambda f: f.pick([844, 915, 1180])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "staffRole": G(lambda f: f.pick(["trainer", "front_desk", "club_manager"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Vigore"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.0", "4.9.1"])),
            "build": G(lambda f: f.pick(["1048", "1090", "1091"])),
            "namespace": G(lambda f: "com.vigorefit.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145M", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.7"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 393])), "height": G(lambda f: f.pick([844, 873]))},
        "timezone": G(lambda f: f.pick(TZS)),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.2"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(client: str):
    def make(f: Fake):
        name, versions = SERVER_LIBS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client == "node":
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if client == "python":
            ctx["active"] = G(lambda f: False)
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
APP = ["swift", "kotlin", "flutter"]

# -- reusable parts -----------------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(lambda f: f.pick(PLANS)[0]),
        "sku": G(lambda f: f.pick(["MEM-BAS-01", "MEM-PLS-01", "MEM-BLK-12", "PT-10-SES", "MEM-OFP-01"])),
        "name": G(lambda f: f.pick(PLANS)[1]),
        "category": G(lambda f: f.pick(["membership", "personal_training", "add_on"])),
        "price": G(lambda f: f.pick(PLANS)[2]),
        "quantity": G(lambda f: f.pick([1, 1, 2])),
    }


def billing_address():
    return {
        "line1": Y(lambda f: street(f), "address|street"),
        "city": Y(lambda f: city(f), "city"),
        "postal_code": Y(lambda f: zipcode(f), "zipcode"),
        "country": G(lambda f: f.pick(["MX", "TR", "IT"])),
    }


# -- events -------------------------------------------------------------------------------------------

EVENTS = [
    # -- marketing site ----------------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        {
            "path": G(
                lambda f: f.pick(["/", "/planes", "/clubes/polanco", "/it/prova-gratuita", "/tr/uyelik"])
            ),
            "url": G(lambda f: "https://www.vigorefit.com" + f.pick(["/", "/planes", "/clubes/polanco"])),
            "title": G(lambda f: f.pick(["Vigore Fitness", "Planes y precios | Vigore", "Üyelik | Vigore"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?club=kadikoy"])),
        },
    ),
    (
        "track",
        "Trial Pass Requested",
        ["web"],
        {
            "first_name": Y(lambda f: first(f), "name"),
            "last_name": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "preferred_club": G(lambda f: club(f)[1]),
            "goal": G(lambda f: f.pick(["lose_weight", "build_muscle", "stay_active", "rehab"])),
            "how_did_you_hear": G(lambda f: f.pick(["instagram", "friend", "google", "walked_by"])),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "consent_whatsapp": G(lambda f: f.pick([True, False])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(28), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "form_version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "track",
        "Club Search Performed",
        ["web", "swift", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(["Polanco", "Kadıköy", "Milano centro", "gym near me", "Roma Prati"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 7)),
            "used_geolocation": G(lambda f: f.pick([True, False])),
            "user_lat": Y(lat, "geolocation"),
            "user_lng": Y(lng, "geolocation"),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "filters": Many(G(lambda f: f.pick(["pool", "sauna", "24h", "parking", "kids_club"])), 3),
        },
    ),
    (
        "track",
        "Club Viewed",
        ["web", "swift", "kotlin", "flutter"],
        {
            "club_id": G(lambda f: club(f)[0]),
            "club_name": G(lambda f: club(f)[1]),
            "club_address": G(lambda f: club(f)[2]),
            "club_phone": G(lambda f: club(f)[3]),
            "club_email": G(
                lambda f: f.pick(
                    ["polanco@vigorefit.com", "kadikoy@vigorefit.com", "portanuova@vigorefit.com"]
                )
            ),
            "distance_km": G(lambda f: f.money(0, 30)),
            "open_now": G(lambda f: f.pick([True, False])),
            "amenities_count": G(lambda f: f.r.randint(3, 14)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            **plan_product(),
            "currency": G(lambda f: f.pick(["MXN", "TRY", "EUR"])),
            "position": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- membership checkout -----------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(29, 12000)),
            "revenue": G(lambda f: f.money(29, 12000)),
            "tax": G(lambda f: f.money(0, 1900)),
            "discount": G(lambda f: f.money(0, 500)),
            "coupon": G(lambda f: f.pick(["", "VERANO24", "AMICO50", "YAZ20"])),
            "currency": G(lambda f: f.pick(["MXN", "TRY", "EUR"])),
            "products": Many(plan_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "oxxo", "spei", "apple_pay"])),
            "payment_method_id": RED(pm_token, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "troy"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["415231", "557910", "979204", "402360", "535177"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: full_name(f).upper(), "name"),
            "installments": G(lambda f: f.pick([1, 3, 6, 12])),
            "billing_address": billing_address(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: f.pick(["FAC-", "FT-", "INV-"]) + "2024-" + f.digits(6)),
            "total": G(lambda f: f.money(29, 12000)),
            "subtotal": G(lambda f: f.money(29, 10000)),
            "currency": G(lambda f: f.pick(["MXN", "TRY", "EUR"])),
            "membership_start_date": G(lambda f: f.date(2024, 2024)),
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "products": Many(plan_product(), 2),
            "is_first_membership": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Payment Captured",
        ["node", "python"],
        {
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "amount": G(lambda f: f.r.randint(2990, 1199000)),
            "currency": G(lambda f: f.pick(["mxn", "try", "eur"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "three_ds_result": G(
                lambda f: f.pick(["authenticated", "attempt_acknowledged", "not_supported"])
            ),
            "issuer_country": G(lambda f: f.pick(["MX", "TR", "IT", "US"])),
            "risk_score": G(lambda f: f.r.randint(0, 99)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["python", "java"],
        {
            "mandate_reference": G(lambda f: "VGR-SDD-" + f.digits(8)),
            "iban": RED(lambda f: iban(f, f.pick(["IT", "TR", "IT", "DE", "ES"])), "bank account"),
            "bic": G(lambda f: f.pick(["BCITITMM", "UNCRITMM", "TGBATRIS", "AKBKTRIS", "BPMOIT22XXX"])),
            "bank_name": G(
                lambda f: f.pick(["Intesa Sanpaolo", "UniCredit", "Garanti BBVA", "Akbank", "Banco BPM"])
            ),
            "account_holder": Y(lambda f: full_name(f, f.pick(["IT", "TR"])), "name"),
            "scheme": G(lambda f: f.pick(["sepa_core", "tr_otomatik_odeme"])),
            "signed_at": G(ts),
            "signature_method": G(lambda f: f.pick(["checkbox", "sms_otp"])),
        },
    ),
    (
        "track",
        "Domiciliación Registrada",
        ["node", "php"],
        {
            "clabe": RED(clabe, "bank account"),
            "banco": G(
                lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Citibanamex", "Banco Azteca"])
            ),
            "titular": Y(lambda f: full_name(f, "MX"), "name"),
            "dia_de_cargo": G(lambda f: f.pick([1, 5, 15])),
            "monto": G(lambda f: f.pick([699, 1099, 499])),
            "folio": G(lambda f: "DOM" + f.digits(9)),
            "rfc_empresa": G(lambda f: "VFI180314AB7"),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node", "ruby"],
        {
            "invoice_id": G(lambda f: "in_1" + f.hexid(23)),
            "customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "customer_email": Y(lambda f: email(f), "email"),
            "amount_due": G(lambda f: f.r.randint(2990, 1199000)),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "decline_code": G(lambda f: f.pick(["do_not_honor", "generic_decline", "insufficient_funds"])),
            "next_retry_at": G(ts),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Stripe Invoice Paid",
        ["node"],
        {
            "type": G(lambda f: "invoice.paid"),
            "data": {
                "object": {
                    "id": G(lambda f: "in_1" + f.hexid(23)),
                    "number": G(lambda f: f"{f.hexid(8).upper()}-{f.r.randint(1, 40):04d}"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "customer_email": Y(lambda f: email(f), "email"),
                    "customer_name": Y(lambda f: full_name(f), "name"),
                    "customer_phone": Y(lambda f: phone(f), "phone"),
                    "customer_address": {
                        "line1": Y(lambda f: street(f), "address|street"),
                        "city": Y(lambda f: city(f), "city"),
                        "postal_code": Y(lambda f: zipcode(f), "zipcode"),
                        "country": G(lambda f: f.pick(["MX", "TR", "IT"])),
                    },
                    "amount_paid": G(lambda f: f.r.randint(2990, 1199000)),
                    "currency": G(lambda f: f.pick(["mxn", "try", "eur"])),
                    "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_1Nv" + f.hexid(10)),
                    "status": G(lambda f: "paid"),
                }
            },
            "livemode": G(lambda f: True),
        },
    ),
    # -- identify ----------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "flutter"],
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "age": G(lambda f: f.r.randint(18, 66)),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "postalCode": Y(lambda f: zipcode(f), "zipcode"),
                "state": G(lambda f: f.pick(["CDMX", "Nuevo León", "İstanbul", "Lombardia", "Lazio"])),
                "country": G(lambda f: f.pick(["MX", "TR", "IT"])),
            },
            "createdAt": G(ts),
            "plan": G(lambda f: f.pick(["basic", "plus", "black", "off_peak"])),
            "homeClub": G(lambda f: club(f)[1]),
            "memberNumber": G(lambda f: "V" + f.digits(8)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["es", "tr", "it", "en"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: first(f), "name"),
            "LastName": Y(lambda f: last(f), "name"),
            "EmailAddress": Y(lambda f: email(f), "email"),
            "MobilePhone": Y(lambda f: phone(f), "phone"),
            "DateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
            "MembershipTier": G(lambda f: f.pick(["Basic", "Plus", "Black"])),
            "HomeClubId": G(lambda f: f.r.randint(1, 40)),
            "LifetimeValue": G(lambda f: f.money(0, 40000)),
            "IsCorporate": G(lambda f: f.pick([True, False])),
            "EmergencyContactName": Y(lambda f: full_name(f), "name"),
            "EmergencyContactPhone": Y(lambda f: phone(f), "phone"),
            "PreferredTrainerName": Y(lambda f: full_name(f), "name"),
            "CrmContactId": G(lambda f: f.uuid()),
            "LastModifiedUtc": G(ts),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "MEMBER_ID": G(lambda f: "V" + f.digits(8)),
            "EMAIL": Y(lambda f: email(f), "email"),
            "POSTAL_CODE": Y(lambda f: zipcode(f), "zipcode"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "HOME_CLUB": G(lambda f: club(f)[0]),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 4000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "VISITS_30D": G(lambda f: f.r.randint(0, 30)),
            "LAST_VISIT_AT": G(ts),
            "PT_CLIENT": G(lambda f: f.pick([True, False])),
            "HAS_OVERDUE_BALANCE": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin", "flutter"],
        {},
    ),
    # -- sign-up with national ids -----------------------------------------------------------------------
    (
        "track",
        "Alta de Socio Completada",
        ["node", "php"],
        {
            "nombre": Y(lambda f: first(f, "MX"), "name"),
            "apellido_paterno": Y(lambda f: last(f, "MX"), "name"),
            "apellido_materno": Y(lambda f: last(f, "MX"), "name"),
            "curp": RED(curp, "national id"),
            "rfc": RED(rfc, "national id"),
            "fecha_nacimiento": Y(birthdate, "birthdate"),
            "telefono_celular": Y(lambda f: phone(f, "MX"), "phone"),
            "correo": Y(lambda f: email(f, "MX"), "email"),
            "calle_y_numero": Y(lambda f: street(f, "MX"), "address|street"),
            "colonia": Y(
                lambda f: f.pick(
                    ["Roma Norte", "Condesa", "Del Valle Centro", "Providencia", "Narvarte Poniente"]
                ),
                "address",
            ),
            "codigo_postal": Y(lambda f: zipcode(f, "MX"), "zipcode"),
            "alcaldia_municipio": Y(
                lambda f: f.pick(["Cuauhtémoc", "Benito Juárez", "Miguel Hidalgo", "Zapopan", "Monterrey"]),
                "city",
            ),
            "estado": G(lambda f: f.pick(["CDMX", "Jalisco", "Nuevo León", "Puebla"])),
            "sucursal": G(lambda f: f.pick(["Polanco", "Roma Norte", "San Pedro"])),
            "numero_socio": G(lambda f: "V" + f.digits(8)),
            "requiere_factura": G(lambda f: f.pick([True, False])),
            "acepta_aviso_privacidad": G(lambda f: True),
        },
    ),
    (
        "track",
        "Üyelik Oluşturuldu",
        ["node", "go"],
        {
            "ad": Y(lambda f: first(f, "TR"), "name"),
            "soyad": Y(lambda f: last(f, "TR"), "name"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "dogum_tarihi": Y(lambda f: ".".join(reversed(birthdate(f).split("-"))), "birthdate"),
            "cep_telefonu": Y(lambda f: phone(f, "TR"), "phone"),
            "e_posta": Y(lambda f: email(f, "TR"), "email"),
            "adres": Y(lambda f: street(f, "TR"), "address"),
            "ilce": Y(lambda f: city(f, "TR"), "city"),
            "il": G(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Bursa"])),
            "posta_kodu": Y(lambda f: zipcode(f, "TR"), "zipcode"),
            "sube": G(lambda f: f.pick(["Kadıköy", "Çankaya"])),
            "uyelik_tipi": G(lambda f: f.pick(["aylik", "yillik", "ogrenci"])),
            "kvkk_onay": G(lambda f: True),
            "ticari_ileti_onay": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Iscrizione Completata",
        ["java", "python"],
        {
            "nome": Y(lambda f: first(f, "IT"), "name"),
            "cognome": Y(lambda f: last(f, "IT"), "name"),
            "codice_fiscale": RED(codice_fiscale, "national id"),
            "data_di_nascita": Y(lambda f: "/".join(reversed(birthdate(f).split("-"))), "birthdate"),
            "luogo_di_nascita": Y(
                lambda f: f.pick(["Milano", "Napoli", "Palermo", "Bari", "Roma", "Torino"]), "city"
            ),
            "cellulare": Y(lambda f: phone(f, "IT"), "phone"),
            "email": Y(lambda f: email(f, "IT"), "email"),
            "indirizzo": Y(lambda f: street(f, "IT"), "address"),
            "cap": Y(lambda f: zipcode(f, "IT"), "zipcode"),
            "comune": Y(lambda f: city(f, "IT"), "city"),
            "provincia": G(lambda f: f.pick(["MI", "RM", "TO", "NA", "MB"])),
            "palestra": G(lambda f: f.pick(["Porta Nuova", "Roma Prati"])),
            "numero_tessera": G(lambda f: "VIT" + f.digits(7)),
            "scadenza_certificato_medico": G(lambda f: f.date(2024, 2025)),
            "consenso_privacy": G(lambda f: True),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        ["swift", "kotlin"],
        {
            "document_type": G(lambda f: f.pick(["passport", "ine", "nufus_cuzdani", "carta_identita"])),
            "document_number": RED(lambda f: f.pick([passport_no, national_id])(f), "national id|passport"),
            "issuing_country": G(lambda f: f.pick(["MX", "TR", "IT", "DE", "NG"])),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "front_image_url": Y(lambda f: f"https://kyc.vigorefit.com/docs/{f.uuid()}/front.jpg", "photo"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "upload_size_kb": G(lambda f: f.r.randint(200, 4000)),
        },
    ),
    # -- door access -------------------------------------------------------------------------------------
    (
        "track",
        "Door Access Evaluated",
        ["go"],
        {
            "event-id": G(lambda f: f.uuid()),
            "club-id": G(lambda f: club(f)[0]),
            "door-id": G(lambda f: f.pick(["main_entrance", "turnstile_2", "pool_gate", "staff_door"])),
            "reader-serial": G(lambda f: "HID-R40-" + f.digits(8)),
            "reader-firmware": G(lambda f: f.pick(["8.10.2", "8.11.0"])),
            "credential-type": G(lambda f: f.pick(["qr", "fob", "nfc_wallet", "pin"])),
            "fob-number": G(lambda f: "FOB-" + f.digits(6)),
            "result": G(lambda f: f.pick(["granted", "denied"])),
            "denied-reason": G(
                lambda f: f.pick(["", "membership_frozen", "payment_overdue", "outside_plan_hours"])
            ),
            "tailgating-detected": G(lambda f: f.pick([True, False])),
            "face-match-score": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
            "snapshot-url": Y(lambda f: f"https://cams.vigorefit.com/snap/{f.hexid(20)}.jpg", "photo"),
            "occurred-at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Entry QR Generated",
        ["swift", "kotlin", "flutter"],
        {
            "qr_token": RED(
                lambda f: "vgr1." + f.hexid(32) + "." + str(f.r.randint(1714000000, 1735000000)), "token"
            ),
            "expires_in_s": G(lambda f: f.pick([30, 60])),
            "qr_format_version": G(lambda f: f.pick([2, 3])),
            "brightness_boosted": G(lambda f: f.pick([True, False])),
            "offline_mode": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Key Fob Assigned",
        ["java"],
        {
            "fob_number": G(lambda f: "FOB-" + f.digits(6)),
            "previous_fob_number": G(lambda f: "FOB-" + f.digits(6)),
            "member_id": G(lambda f: "V" + f.digits(8)),
            "assigned_by": Y(lambda f: full_name(f), "name", True),
            "assigned_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "deposit_paid": G(lambda f: f.pick([0, 100, 150])),
            "reason": G(lambda f: f.pick(["new_member", "lost", "damaged"])),
        },
    ),
    # -- classes -----------------------------------------------------------------------------------------
    (
        "track",
        "Class Booked",
        ["swift", "kotlin", "flutter", "web"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "class_id": G(lambda f: f.r.randint(100000, 999999)),
            "class_name": G(lambda f: f.pick(CLASSES)),
            "instructor_id": G(lambda f: "stf_" + f.digits(4)),
            "instructor_name": Y(lambda f: full_name(f), "name"),
            "club_id": G(lambda f: club(f)[0]),
            "starts_at": G(ts),
            "room": G(lambda f: f.pick(["Studio 1", "Cycling Room", "Sala B", "Stüdyo 2"])),
            "spots_left": G(lambda f: f.r.randint(0, 25)),
            "waitlisted": G(lambda f: f.pick([True, False])),
            "spot_number": G(lambda f: f.r.randint(1, 40)),
            "booked_via": G(lambda f: f.pick(["app", "web", "front_desk"])),
        },
    ),
    (
        "track",
        "Class Cancelled",
        ["swift", "kotlin", "flutter"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "class_id": G(lambda f: f.r.randint(100000, 999999)),
            "cancel_reason": G(lambda f: f.pick(["schedule_conflict", "too_far", "other", "class_full"])),
            "late_cancel": G(lambda f: f.pick([True, False])),
            "fee_charged": G(lambda f: f.pick([0, 50, 100, 5])),
            "hours_before_start": G(lambda f: f.r.randint(0, 72)),
        },
    ),
    (
        "track",
        "Waitlist Promoted",
        ["ruby"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "class_name": G(lambda f: f.pick(CLASSES)),
            "notified_via": G(lambda f: f.pick(["push", "sms", "whatsapp"])),
            "sms_to": Y(lambda f: phone(f), "phone"),
            "position_was": G(lambda f: f.r.randint(1, 10)),
            "auto_confirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Class Rated",
        ["swift", "kotlin", "flutter"],
        {
            "class_id": G(lambda f: f.r.randint(100000, 999999)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great energy, loved the playlist!",
                        "Demasiada gente, no había bicis libres",
                        "Aria condizionata rotta di nuovo",
                        "Harika bir dersti",
                        "Too short, 45 min would be better",
                        "",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "tags": Many(
                G(lambda f: f.pick(["music", "intensity", "cleanliness", "crowded", "instructor"])), 3
            ),
        },
    ),
    (
        "track",
        "Workout Completed",
        ["swift", "kotlin"],
        {
            "workout_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["class", "free_training", "apple_watch", "garmin"])),
            "duration_min": G(lambda f: f.r.randint(15, 120)),
            "calories": G(lambda f: f.r.randint(80, 1100)),
            "steps": G(lambda f: f.r.randint(0, 14000)),
            "exercises": Many(
                {
                    "name": G(
                        lambda f: f.pick(["Back Squat", "Bench Press", "Lat Pulldown", "Hip Thrust", "Plank"])
                    ),
                    "sets": G(lambda f: f.r.randint(1, 6)),
                    "reps": G(lambda f: f.r.randint(5, 20)),
                    "load_kg": G(lambda f: f.pick([0, 20, 40, 60, 80, 100])),
                },
                4,
            ),
            "start_location": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
            "personal_best": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Wearable Connected",
        ["swift", "kotlin"],
        {
            "provider": G(lambda f: f.pick(["garmin", "fitbit", "polar", "strava", "apple_health"])),
            "oauth_access_token": RED(lambda f: f.pick([f.jwt(), "a4b9" + f.hexid(36)]), "token"),
            "refresh_token": RED(lambda f: f.hexid(40), "token"),
            "scopes": Many(G(lambda f: f.pick(["activity:read", "heartrate", "sleep", "profile"])), 3),
            "device_model": G(
                lambda f: f.pick(["Forerunner 265", "Charge 6", "Vantage V3", "Watch Series 9"])
            ),
            "first_sync_records": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    # -- body composition and health ---------------------------------------------------------------------
    (
        "track",
        "Body Scan Completed",
        ["python"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "device_model": G(lambda f: f.pick(["InBody 570", "InBody 770", "Tanita MC-780"])),
            "scanner_serial": G(lambda f: f.pick(["CC71", "CB98", "MC78"]) + f.digits(7)),
            "club_id": G(lambda f: club(f)[0]),
            "weight_kg": Y(lambda f: round(f.r.uniform(48, 130), 1), "condition"),
            "body_fat_pct": Y(lambda f: round(f.r.uniform(8, 45), 1), "condition"),
            "skeletal_muscle_mass_kg": Y(lambda f: round(f.r.uniform(18, 45), 1), "condition"),
            "bmi": Y(lambda f: round(f.r.uniform(17, 42), 1), "condition"),
            "visceral_fat_level": Y(lambda f: f.r.randint(2, 20), "condition"),
            "bmr_kcal": Y(lambda f: f.r.randint(1100, 2400), "condition"),
            "metrics": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["ecw_ratio", "phase_angle", "segmental_lean_left_arm", "total_body_water"]
                        )
                    ),
                    "value": Y(lambda f: round(f.r.uniform(0.3, 48), 2), "condition", True),
                    "unit": G(lambda f: f.pick(["kg", "L", "deg", ""])),
                },
                4,
            ),
            "trainer_id": G(lambda f: "stf_" + f.digits(4)),
            "scan_number": G(lambda f: f.r.randint(1, 30)),
            "scanned_at": G(ts),
        },
    ),
    (
        "track",
        "Scan Report Sent",
        ["python"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "recipient": Y(lambda f: email(f), "email", True),
            "channel": G(lambda f: "email"),
            "template": G(lambda f: f.pick(["inbody_report_es", "inbody_report_it", "inbody_report_tr"])),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.vigorefit.com>"),
            "sent_from": G(lambda f: "no-reply@vigorefit.com"),
        },
    ),
    (
        "track",
        "Health Questionnaire Submitted",
        ["web", "flutter"],
        {
            "questionnaire": G(lambda f: "PAR-Q+"),
            "questionnaire_version": G(lambda f: f.pick(["2023.1", "2024.1"])),
            "answers": {
                "heart_condition": Y(lambda f: f.pick([True, False]), "condition"),
                "chest_pain_during_activity": Y(lambda f: f.pick([True, False]), "condition"),
                "loses_balance_dizziness": Y(lambda f: f.pick([True, False]), "condition"),
                "bone_or_joint_problem": Y(lambda f: f.pick([True, False]), "condition"),
                "blood_pressure_medication": Y(lambda f: f.pick([True, False]), "medication"),
                "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            },
            "conditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "hypertension", "type 2 diabetes", "scoliosis", "epilepsy"]),
                    "condition",
                ),
                2,
            ),
            "injuries": Many(
                Y(
                    lambda f: f.pick(
                        ["ACL tear (2021)", "rotator cuff strain", "herniated disc L5-S1", "ankle sprain"]
                    ),
                    "condition|diagnosis",
                ),
                2,
            ),
            "medications": Many(
                Y(lambda f: f.pick(["salbutamol", "losartan", "metformin", "levothyroxine"]), "medication"), 2
            ),
            "allergies": Y(lambda f: f.pick(["penicillin", "latex", "nuts", "bee stings"]), "allergy"),
            "clearance_required": Y(lambda f: f.pick([True, False]), "condition"),
            "questions_answered": G(lambda f: f.pick([7, 10, 14])),
            "completed_in_s": G(lambda f: f.r.randint(40, 600)),
            "signature_name": Y(lambda f: full_name(f), "name"),
            "doctor_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            "emergency_contact": {
                "name": Y(lambda f: full_name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
        },
    ),
    (
        "track",
        "Sağlık Beyanı Gönderildi",
        ["go", "node"],
        {
            "form_no": G(lambda f: "SB-" + f.digits(7)),
            "kronik_hastalik": Y(
                lambda f: f.pick(["astım", "hipertansiyon", "tip 2 diyabet", "migren"]), "condition"
            ),
            "kullanilan_ilaclar": Y(
                lambda f: f.pick(["Ventolin", "Glifor 1000 mg", "Beloc 50 mg", "Euthyrox"]), "medication"
            ),
            "ameliyat_gecmisi": Y(
                lambda f: f.pick(
                    ["menisküs ameliyatı (2019)", "apandisit", "sezaryen", "bel fıtığı ameliyatı"]
                ),
                "procedure",
            ),
            "hamilelik": Y(lambda f: f.pick([True, False]), "condition"),
            "kan_grubu": Y(lambda f: f.pick(["A Rh+", "0 Rh-", "B Rh+", "AB Rh+"]), "condition"),
            "doktor_onayi_gerekli": Y(lambda f: f.pick([True, False]), "condition"),
            "sube": G(lambda f: f.pick(["Kadıköy", "Çankaya"])),
            "imza_tarihi": G(ts),
        },
    ),
    (
        "track",
        "Certificato Medico Caricato",
        ["java"],
        {
            "tipo_certificato": G(lambda f: f.pick(["non_agonistico", "agonistico"])),
            "esito": Y(
                lambda f: f.pick(["idoneo", "idoneo con limitazioni", "non idoneo temporaneo"]),
                "condition|diagnosis",
            ),
            "medico_certificatore": Y(lambda f: "Dott. " + full_name(f, "IT"), "name"),
            "data_rilascio": G(lambda f: f.date(2023, 2024)),
            "data_scadenza": G(lambda f: f.date(2024, 2025)),
            "file_key": G(lambda f: f"certificati/{f.uuid()}.pdf"),
            "verificato_da_staff": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- personal training -------------------------------------------------------------------------------
    (
        "track",
        "PT Session Booked",
        ["swift", "kotlin", "flutter"],
        {
            "session_id": G(lambda f: "pts_" + f.hexid(10)),
            "trainer_id": G(lambda f: "stf_" + f.digits(4)),
            "trainer_name": Y(lambda f: full_name(f), "name"),
            "package_id": G(lambda f: f.pick(["pt5", "pt10", "pt20"])),
            "sessions_remaining": G(lambda f: f.r.randint(0, 19)),
            "session_type": G(lambda f: f.pick(["1on1", "duo", "online"])),
            "client_goal": G(lambda f: f.pick(["fat_loss", "hypertrophy", "marathon_prep", "mobility"])),
            "starts_at": G(ts),
            "price": G(lambda f: f.pick([450, 600, 45, 900])),
        },
    ),
    (
        "track",
        "PT Session Completed",
        ["rn"],
        {
            "session_id": G(lambda f: "pts_" + f.hexid(10)),
            "client_member_id": G(lambda f: "V" + f.digits(8)),
            "client_name": Y(lambda f: full_name(f), "name"),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "rpe": G(lambda f: f.r.randint(4, 10)),
            "note": Y(body_note, "condition", True),
            "plan_adherence_pct": G(lambda f: f.r.randint(20, 100)),
            "next_session_at": G(ts),
            "signed_by_client": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fitness Assessment Completed",
        ["rn"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "client_member_id": G(lambda f: "V" + f.digits(8)),
            "injury_history": Y(
                lambda f: f.pick(
                    [
                        "torn meniscus left knee 2020",
                        "chronic lower back pain",
                        "fractured wrist, healed",
                        "frozen shoulder",
                    ]
                ),
                "condition",
            ),
            "resting_heart_rate": Y(lambda f: f.r.randint(48, 95), "condition"),
            "blood_pressure": Y(lambda f: f"{f.r.randint(100, 160)}/{f.r.randint(60, 100)}", "condition"),
            "goals": G(
                lambda f: f.pick(
                    [
                        "Run a 10k under 55 min",
                        "Perder 8 kg antes de diciembre",
                        "Tornare a correre",
                        "Kas kütlesi artırmak",
                    ]
                )
            ),
            "pushups_max": G(lambda f: f.r.randint(0, 60)),
            "sit_and_reach_cm": G(lambda f: f.r.randint(-10, 30)),
            "vo2max_estimate": G(lambda f: round(f.r.uniform(25, 60), 1)),
        },
    ),
    (
        "track",
        "Trainer Commission Calculated",
        ["ruby"],
        {
            "trainer_id": G(lambda f: "stf_" + f.digits(4)),
            "trainer_email": Y(lambda f: email(f), "email"),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
            "sessions_delivered": G(lambda f: f.r.randint(10, 140)),
            "hourly_rate": Y(lambda f: f.pick([180, 220, 250, 12.5, 15, 400]), "salary"),
            "commission_amount": Y(lambda f: f.money(200, 45000), "salary"),
            "payout_account": RED(payout_account, "bank account"),
            "tax_id": RED(lambda f: f.pick([rfc, codice_fiscale, tckn])(f), "national id"),
            "currency": G(lambda f: f.pick(["MXN", "EUR", "TRY"])),
            "contract_type": G(lambda f: f.pick(["employee", "freelance", "partita_iva"])),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        ["java"],
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "employee_name": Y(lambda f: full_name(f), "name"),
            "job_title": G(lambda f: f.pick(["Personal Trainer", "Front Desk", "Club Manager", "Cleaner"])),
            "club_id": G(lambda f: club(f)[0]),
            "hourly_wage": Y(lambda f: f.pick([65, 85, 9.5, 11, 120]), "salary"),
            "clock_in_lat": Y(lat, "geolocation"),
            "clock_in_lng": Y(lng, "geolocation"),
            "clocked_at": G(ts),
            "is_late": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- guests, family and friends ----------------------------------------------------------------------
    (
        "track",
        "Guest Pass Sent",
        ["swift", "kotlin", "flutter"],
        {
            "guest_pass_id": G(lambda f: "gp_" + f.hexid(10)),
            "guest": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            },
            "relationship": G(lambda f: f.pick(["friend", "partner", "coworker", "family"])),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "link"])),
            "passes_left": G(lambda f: f.r.randint(0, 4)),
            "valid_until": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Friend Selected",
        ["rn", "swift"],
        {
            "picker": G(lambda f: f.pick(["guest_pass", "referral", "buddy_booking"])),
            "selected": {
                "label": Y(lambda f: full_name(f), "name", True),
                "value": G(lambda f: "ct_" + f.digits(5)),
            },
            "contacts_shown": G(lambda f: f.r.randint(1, 400)),
            "search_chars": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["kotlin"],
        {
            "import_id": G(lambda f: f.uuid()),
            "contacts": Many(
                {
                    "name": Y(lambda f: full_name(f), "name"),
                    "phoneNumbers": Many(
                        {
                            "label": G(lambda f: f.pick(["mobile", "home", "work", "celular", "cep"])),
                            "number": Y(lambda f: phone(f), "phone", True),
                        },
                        2,
                    ),
                },
                3,
            ),
            "permission": G(lambda f: f.pick(["granted", "limited"])),
        },
    ),
    (
        "track",
        "Guest Checked In",
        ["go"],
        {
            "guest_pass_id": G(lambda f: "gp_" + f.hexid(10)),
            "host_member_id": G(lambda f: "V" + f.digits(8)),
            "guest_name": Y(lambda f: full_name(f), "name"),
            "guest_id_type": G(lambda f: f.pick(["ine", "passport", "tc_kimlik", "carta_identita"])),
            "guest_id_number": RED(lambda f: f.pick([national_id, passport_no])(f), "national id|passport"),
            "waiver_signed": G(lambda f: True),
            "club_id": G(lambda f: club(f)[0]),
            "converted_to_trial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web", "swift"],
        {
            "family_plan_id": G(lambda f: "fam_" + f.digits(6)),
            "dependant": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "birth_date": Y(lambda f: f.date(2008, 2020), "birthdate"),
                "age": G(lambda f: f.r.randint(4, 16)),
                "has_allergies": Y(lambda f: f.pick([True, False]), "allergy"),
                "swim_level": G(lambda f: f.pick(["beginner", "intermediate", "advanced"])),
            },
            "dependants_count": G(lambda f: f.r.randint(1, 4)),
            "monthly_fee_delta": G(lambda f: f.pick([199, 12.5, 350])),
        },
    ),
    (
        "track",
        "Referral Converted",
        ["node"],
        {
            "referrer_member_id": G(lambda f: "V" + f.digits(8)),
            "referee_email": Y(lambda f: email(f), "email"),
            "reward_type": G(lambda f: f.pick(["free_month", "pt_session", "merch_voucher"])),
            "reward_value": G(lambda f: f.pick([699, 450, 25])),
            "days_to_convert": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    # -- freezes and cancellations -----------------------------------------------------------------------
    (
        "track",
        "Membership Freeze Requested",
        ["web", "swift", "kotlin"],
        {
            "freeze_reason": Y(
                lambda f: f.pick(["injury", "pregnancy", "medical", "travel", "financial", "other"]),
                "condition",
            ),
            "freeze_start": G(lambda f: f.date(2024, 2024)),
            "freeze_months": G(lambda f: f.pick([1, 2, 3])),
            "freeze_fee": G(lambda f: f.pick([0, 99, 10])),
            "freezes_used_this_year": G(lambda f: f.r.randint(0, 2)),
            "approved_automatically": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Membership Cancelled",
        ["php", "python"],
        {
            "member_id": G(lambda f: "V" + f.digits(8)),
            "cancel_reason": G(
                lambda f: f.pick(["moving", "too_expensive", "not_using", "switching_gym", "unhappy_service"])
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Me mudo a otra ciudad",
                        "Troppo caro rispetto alla concorrenza",
                        "Çok kalabalık akşamları",
                        "Not enough time with the new job",
                        "",
                    ]
                )
            ),
            "forwarding_address": Y(one_line_address, "address"),
            "exit_survey_score": G(lambda f: f.r.randint(0, 10)),
            "retention_offer_shown": G(lambda f: f.pick([True, False])),
            "retention_offer_accepted": G(lambda f: f.pick([True, False])),
            "effective_date": G(lambda f: f.date(2024, 2025)),
            "outstanding_balance": G(lambda f: f.money(0, 1500)),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["php"],
        {
            "member_id": G(lambda f: "V" + f.digits(8)),
            "refund_reason": G(lambda f: f.pick(["moved_away", "price_increase", "double_charge", "other"])),
            "comments": G(
                lambda f: f.pick(
                    ["Ya no me queda cerca", "Subió mucho el precio", "Me cobraron dos veces", ""]
                )
            ),
            "refund_clabe": RED(clabe, "bank account"),
            "account_holder": Y(lambda f: full_name(f, "MX"), "name"),
            "refund_amount": G(lambda f: f.money(0, 3000)),
            "refund_method": G(lambda f: f.pick(["spei", "card_reversal"])),
        },
    ),
    # -- front desk, auth, messaging ---------------------------------------------------------------------
    (
        "track",
        "Member Looked Up",
        ["web"],
        {
            "q": Y(lambda f: f.pick([full_name(f), last(f), full_name(f).lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "club_id": G(lambda f: club(f)[0]),
            "search_mode": G(lambda f: f.pick(["name", "fuzzy"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "flutter"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google", "sms_otp"])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "login_email": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_at": G(ts),
            "email_domain": G(lambda f: f.pick(["gmail.com", "hotmail.com", "libero.it", "yandex.com.tr"])),
            "delivery_provider": G(lambda f: f.pick(["ses", "sendgrid"])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["php", "node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+5215588801234", "+908505551234", "+393399940000"])),
            "To": Y(e164, "phone", True),
            "Body": RED(sms_otp_text, "token|secret", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "SMS Gönderildi",
        ["go"],
        {
            "sms": {
                "text": RED(sms_otp_text, "token|secret", True),
                "gsmno": Y(lambda f: phone(f, "TR"), "phone"),
                "msgheader": G(lambda f: "VIGORE"),
                "iysfilter": G(lambda f: f.pick(["0", "11", "12"])),
            },
            "job_id": G(lambda f: f.digits(10)),
            "provider": G(lambda f: "netgsm"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["web", "swift", "kotlin"],
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "category": G(lambda f: f.pick(["billing", "access", "app_bug", "classes", "freeze"])),
            "subject": G(
                lambda f: f.pick(
                    ["Double charge", "QR not working", "Cambio de plan", "Fattura", "Üyelik dondurma"]
                )
            ),
            "description": Y(support_description, "email|phone", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["swift", "kotlin", "web"],
        {
            "emergency_contact_name": Y(lambda f: full_name(f), "name"),
            "emergency_contact_phone": Y(lambda f: phone(f), "phone"),
            "relationship": G(lambda f: f.pick(["madre", "padre", "eş", "moglie", "friend", "sibling"])),
            "contacts_on_file": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "flutter"],
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Tu clase empieza en 1 hora",
                        "Nuova lezione di Pilates!",
                        "Haftalık hedefin",
                        "Your PT session is tomorrow",
                    ]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Spinning 45 · Studio 1 · 19:00",
                        "Prenota ora il tuo posto",
                        "3/4 antrenman tamam 💪",
                        "Reply to reschedule",
                    ]
                )
            ),
            "deep_link": G(lambda f: f.pick(["vigore://classes/123456", "vigore://pt", "vigore://home"])),
            "sent_at": G(ts),
        },
    ),
    # -- lockers, parking, insurance ---------------------------------------------------------------------
    (
        "track",
        "Locker Rented",
        ["swift", "kotlin"],
        {
            "locker_number": G(lambda f: f"{f.pick('ABC')}-{f.r.randint(1, 240):03d}"),
            "locker_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password|secret"),
            "rental_period": G(lambda f: f.pick(["day", "month"])),
            "price": G(lambda f: f.pick([30, 150, 2, 20])),
            "smart_lock": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parking Validated",
        ["go"],
        {
            "license_plate": Y(plate, "license"),
            "vehicle_make": G(lambda f: f.pick(["Nissan", "Fiat", "Renault", "Volkswagen", "Toyota"])),
            "entry_at": G(ts),
            "minutes": G(lambda f: f.r.randint(20, 240)),
            "validated_free_minutes": G(lambda f: f.pick([90, 120, 180])),
            "garage_id": G(lambda f: "pk_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Wellness Reimbursement Requested",
        ["java", "node"],
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "insurer_name": G(
                lambda f: f.pick(["GNP Seguros", "AXA", "Allianz", "Generali", "Anadolu Sigorta"])
            ),
            "policy_number": Y(lambda f: f.pick(["GMM-", "POL", "AS"]) + f.digits(9), "identification"),
            "insured_member_number": Y(lambda f: f.digits(11), "identification"),
            "tessera_sanitaria": RED(tessera_sanitaria, "health id"),
            "amount_requested": G(lambda f: f.money(20, 400)),
            "receipts_count": G(lambda f: f.r.randint(1, 12)),
            "status": G(lambda f: f.pick(["submitted", "in_review", "approved"])),
        },
    ),
    # -- nutrition add-on --------------------------------------------------------------------------------
    (
        "track",
        "Nutrition Plan Purchased",
        ["web", "swift"],
        {
            "plan_name": G(lambda f: f.pick(["Lean 8 Weeks", "Piano Mediterraneo", "Vegan Strength"])),
            "price": G(lambda f: f.pick([899, 49.0, 1299])),
            "food_allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "lactose", "gluten", "eggs"]), "allergy"), 2
            ),
            "diet_preference": G(lambda f: f.pick(["omnivore", "vegetarian", "vegan", "high_protein"])),
            "meals_per_day": G(lambda f: f.pick([3, 4, 5])),
            "nutritionist_name": Y(lambda f: full_name(f), "name"),
        },
    ),
    # -- trainers' profiles, invoicing, leads, consent ---------------------------------------------------
    (
        "track",
        "Trainer Profile Updated",
        ["rn"],
        {
            "trainer_id": G(lambda f: "stf_" + f.digits(4)),
            "display_name": Y(lambda f: f.pick([first(f), full_name(f), "Coach " + first(f)]), "name"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "profile_photo_url": Y(lambda f: f"https://media.vigorefit.com/staff/{f.hexid(12)}.jpg", "photo"),
            "certifications": Many(
                G(lambda f: f.pick(["NASM-CPT", "ACE", "CONI Istruttore", "ISSA Nutrition"])), 3
            ),
            "languages": Many(G(lambda f: f.pick(["es", "en", "it", "tr"])), 2),
            "years_experience": G(lambda f: f.r.randint(1, 25)),
            "accepts_new_clients": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Requested",
        ["node", "web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "tax_id": RED(rfc, "national id"),
            "legal_name": Y(lambda f: full_name(f, "MX").upper(), "name"),
            "fiscal_address": Y(
                lambda f: f"{street(f, 'MX')}, C.P. {zipcode(f, 'MX')}, {city(f, 'MX')}", "address"
            ),
            "zip_code": Y(lambda f: zipcode(f, "MX"), "zipcode"),
            "invoice_email": Y(lambda f: email(f, "MX"), "email"),
            "cfdi_use": G(lambda f: f.pick(["G03", "D01", "S01", "CP01"])),
            "tax_regime": G(lambda f: f.pick(["605", "612", "626"])),
            "stamped_uuid": G(lambda f: f.uuid().upper()),
        },
    ),
    (
        "track",
        "Lead Ad Submitted",
        ["python"],
        {
            "leadgen_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "ad_id": G(lambda f: "2385" + f.digits(13)),
            "page_id": G(lambda f: f.digits(15)),
            "created_time": G(lambda f: f.r.randint(1714000000, 1735000000)),
            "field_data": Many(
                {
                    "name": G(lead_field),
                    "values": Many(Y(lead_value, "name|email|phone", True), 1),
                },
                3,
            ),
            "platform": G(lambda f: f.pick(["fb", "ig"])),
        },
    ),
    (
        "track",
        "Birthday Reward Issued",
        ["python"],
        {
            "member_id": G(lambda f: "V" + f.digits(8)),
            "member_birthday": Y(lambda f: birthdate(f)[5:], "birthdate"),
            "age_turning": G(lambda f: f.r.randint(18, 75)),
            "reward_code": G(lambda f: "BDAY-" + f.hexid(5).upper()),
            "reward_type": G(lambda f: f.pick(["free_pt_session", "smoothie", "guest_pass"])),
        },
    ),
    (
        "track",
        "Marketing Consent Updated",
        ["web", "swift", "kotlin"],
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
            "whatsapp_number": Y(lambda f: phone(f), "phone"),
            "consent_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "consent_text_version": G(lambda f: f.pick(["2024-01", "2024-05", "kvkk-v3"])),
            "consent_source": G(lambda f: f.pick(["profile", "checkout", "banner"])),
        },
    ),
    (
        "track",
        "Kids Club Pickup Authorized",
        ["swift", "kotlin"],
        {
            "kids_club_session_id": G(lambda f: "kc_" + f.digits(6)),
            "child_first_name": Y(lambda f: first(f), "name"),
            "child_care_notes": Y(
                lambda f: f.pick(
                    [
                        "Peanut allergy - EpiPen in the blue bag",
                        "Asthma, inhaler in backpack",
                        "Alergia a la lactosa, no darle leche",
                        "Allergico alle api, ha l'antistaminico",
                        "Epilepsi var, nöbet olursa annesini arayın",
                    ]
                ),
                "allergy|condition",
            ),
            "authorized_person_name": Y(lambda f: full_name(f), "name"),
            "authorized_person_phone": Y(lambda f: phone(f), "phone"),
            "authorized_person_id_number": RED(national_id, "national id"),
            "pickup_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token|secret"),
            "valid_for_hours": G(lambda f: f.pick([3, 4, 8])),
        },
    ),
    # -- corporate wellness (group) ----------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "dotnet"],
        {
            "name": G(
                lambda f: f.pick(["Grupo Bimbo", "Turkcell İletişim", "Pirelli & C.", "Cemex", "Koç Holding"])
            ),
            "industry": G(lambda f: f.pick(["food", "telecom", "manufacturing", "construction"])),
            "employees": G(lambda f: f.r.randint(200, 120000)),
            "plan": G(lambda f: f.pick(["corporate_basic", "corporate_plus"])),
            "company_tax_id": G(
                lambda f: f.pick(["GBI810530P95", "VFI180314AB7", "00860340157", "8650051457"])
            ),
            "billing_email": G(
                lambda f: f.pick(
                    ["facturacion@grupobimbo.example", "fatture@pirelli.example", "muhasebe@koc.example"]
                )
            ),
            "hr_contact_name": Y(lambda f: full_name(f), "name"),
            "hr_contact_email": Y(lambda f: email(f), "email"),
            "headquarters": G(
                lambda f: f.pick(
                    [
                        "Av. Prolongación Paseo de la Reforma 1000, CDMX",
                        "Viale Piero e Alberto Pirelli 25, Milano",
                    ]
                )
            ),
            "enrolled_members": G(lambda f: f.r.randint(5, 3000)),
            "contract_renewal_date": G(lambda f: f.date(2024, 2026)),
        },
    ),
    # -- app screens -------------------------------------------------------------------------------------
    (
        "screen",
        None,
        ["swift", "kotlin", "flutter"],
        {
            "screen_class": G(
                lambda f: f.pick(
                    ["ClassScheduleViewController", "HomeFragment", "QrEntryScreen", "ProfileView"]
                )
            ),
            "from_tab": G(lambda f: f.pick(["home", "classes", "profile", "entry"])),
            "club_id": G(lambda f: club(f)[0]),
            "load_time_ms": G(lambda f: f.r.randint(80, 2600)),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "flutter"],
        {
            "version": G(lambda f: f.pick(["4.8.0", "4.9.0", "4.9.1"])),
            "build": G(lambda f: f.pick(["4800", "490", "1091"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "referring_application": G(lambda f: f.pick(["", "com.whatsapp", "com.instagram.android"])),
            "url": G(lambda f: f.pick(["", "vigore://classes", "https://vigorefit.com/app/entry"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "mbr_" + f.digits(7),
            }
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "corp_" + f.digits(5)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind == "screen":
                msg["name"] = f.pick(["Class Schedule", "Home", "Entry QR", "Profile"])
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=184, repeats=36)
    write(Path(__file__).parent, "holdout184_", events, labels)
