"""Writes holdout154: tests/corpus/holdout154_events.jsonl and holdout154_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its docs, and
never run through it; the labels are the privacy owner's, not the engine's.

Domain: "Sanad", a retail bank and remittance app for Saudi Arabia, Egypt and Jordan. Account
opening with national ID / Iqama (Nafath, Yakeen-style person records, Egyptian ID OCR from an
eKYC vendor), KYC with employer, salary and national address, beneficiaries and IBAN transfers
(SARIE, CliQ, InstaPay), remittances abroad (quotes, partner payout webhooks, cash pickup),
cards (mada, Visa, PSP-tokenised cards, wallet provisioning), bill payments (SADAD, Fawry, mobile
recharge, traffic fines, government fees), Islamic finance (tawarruq, auto murabaha, takaful,
savings goals), branch appointments, relationship managers, support, SME banking (group calls,
WPS payroll), marketing attribution and a Conversions-API forward. Customers, beneficiaries,
guarantors, dependants, supplementary card holders, relationship managers and agents appear.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter and the python, node, go, java, ruby, php and .NET (analytics-csharp) server
libraries, each with the context its library really sends (plus context.ip added at ingestion,
context.traits on the mobile libraries, context.location set by the app, externalIds on node).

Conventions: mostly snake_case and camelCase English keys; about 15 % others: PascalCase from
the .NET card and payroll services and a Twilio-shaped webhook, kebab-case from a remittance
partner's webhook, SCREAMING_SNAKE from a warehouse reverse-ETL identify, Arabic-script keys
from a finance form, transliterated Arabic (Gulf and Egyptian "Franco" spellings) from a CRM
identify and an Egyptian transfer service. Values: Arabic names in Latin and Arabic script,
expatriate and foreign names (South Asian, Filipino, Indonesian, African, European), national
phone formats (SA, EG, JO, PK, IN, PH, BD, NP, LK, ID, GB, US), Saudi IDs/Iqamas with a Luhn check
digit, Egyptian 14-digit national IDs with the birth date embedded, Jordanian national numbers,
Pakistani CNICs, Aadhaar numbers with a Verhoeff check digit, mod-97-valid IBANs (SA, EG, JO, PK,
AE, GB, DE), Luhn-valid mada / Meeza / Visa / Mastercard numbers, Saudi national addresses.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (user, beneficiary, receiver, guarantor, dependant,
  supplementary card holder, staff member, agent); colour = the reference matcher's default;
  outside the reference: red for national ids, passports, bank accounts, card numbers, tokens
  and secrets, health ids and visa/right-to-work answers; yellow for geolocation, advertising ids
  and credit scores.
- Green: ids we or partners issue (customer/CIF numbers, MTCNs, SADAD and SARIE references,
  loyalty and frequent-flyer numbers, bill account numbers, Stripe customer ids), versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys, product, company,
  branch, merchant and payout-agent names and addresses, SWIFT/BIC, IFSC and bank codes, card
  brand / BIN / last four / expiry, masked PANs and masked IBANs (only the last digits visible),
  companies' CR and VAT numbers and role mailboxes, countries, locales, user agents, IDFV/Android
  device ids, ages, marital status, employers and job titles.
- Contested cases follow the published policy: salaries and pay are yellow `salary` (so is a
  salary band the customer picks: it states the pay); credit scores (SIMAH) yellow; plates
  yellow `license`, VINs yellow `serial`; gclid/fbclid/fbp/fbc yellow `advertising id`; a
  takaful policy number and the insurer's member number yellow `identification`; one-time codes,
  activation codes, reset-link tokens, card / payment-method tokens and push tokens red `token`;
  identity-document numbers red `national id` / `passport`; right-to-work answers red `visa`.
- Decisions where the brief left room (a careful privacy owner's choice):
  * unsalted SHA-256 of an e-mail or phone sent for ad matching (CAPI `em`, `ph`) is labelled as
    the PII it hashes (yellow): it is a matchable identifier; digests of files, device
    fingerprints and hashes of our own ids are green;
  * Saudi national-address parts (building number, additional number, short address, district)
    are the person's address: yellow `address`;
  * a beneficiary's nickname and a device label ("Reem's iPhone"), CliQ aliases and usernames
    built from names are yellow `name`; an InstaPay payment address (`name@instapay`) is yellow
    `email|name`;
  * Egyptian-ID OCR `religion` is yellow `religion`; branch accessibility needs (wheelchair,
    sign language) are red `disability`; a takaful member's chronic-condition flag is yellow
    `condition`;
  * a savings goal type such as "hajj" is a product choice, green; government-service names
    (iqama renewal, exit/re-entry) are green; the relationship to a beneficiary is a green enum;
  * nationality, also as a code, is yellow `citizenship`; ID expiry dates are green; Hijri
    birth dates are yellow `birthdate`;
  * the customer's own city (profile, national address, receiver address) is yellow `city`;
    a searched, branch, merchant or employer city is green.
- value_only: true when the key does not say what the value is (`to`, `From`, `recipient`, `q`,
  `input`, `value`, `label`, `text`, `message`, `notes`, `call_summary`, `first_message`,
  `device_label`, externalIds' `id` …) and only the value reveals it; keys that name the thing
  (`username`, `receiver_alias`, CAPI's `em` / `ph` over hashes) are not value_only. Free text
  is labelled PII only when every value carries that PII (the generators make sure
  of it); free text that never carries PII is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- value generators ---------------------------------------------------------------------------

AR_FIRST = [
    "Mohammed",
    "Abdullah",
    "Faisal",
    "Khalid",
    "Saud",
    "Nora",
    "Reem",
    "Lama",
    "Haya",
    "Ahmed",
    "Mahmoud",
    "Mostafa",
    "Yasmin",
    "Mariam",
    "Omar",
    "Layla",
    "Hussein",
    "Dina",
    "Rania",
    "Tariq",
    "Zaid",
    "Bayan",
    "Rawan",
    "Yousef",
    "Hamza",
    "Salma",
    "Aseel",
    "Nadia",
    "Turki",
    "Shahad",
]
AR_LAST = [
    "Al-Otaibi",
    "Al-Qahtani",
    "Al-Shehri",
    "Al-Harbi",
    "Al-Ghamdi",
    "Al-Dosari",
    "Abdel-Rahman",
    "El-Sayed",
    "Hassan",
    "Mansour",
    "Farouk",
    "Khalil",
    "Al-Masri",
    "Nasser",
    "Abu-Ghazaleh",
    "Al-Zoubi",
    "Obeidat",
    "Tarawneh",
    "Majali",
    "Alshammari",
    "Al Mutairi",
    "Shalaby",
]
AR_FIRST_SCRIPT = [
    "محمد",
    "عبدالله",
    "فيصل",
    "خالد",
    "نورة",
    "ريم",
    "لمى",
    "أحمد",
    "محمود",
    "مصطفى",
    "ياسمين",
    "مريم",
    "عمر",
    "ليلى",
    "حسين",
    "دينا",
    "رانيا",
    "طارق",
    "زيد",
    "بيان",
    "يوسف",
    "شهد",
]
AR_LAST_SCRIPT = [
    "العتيبي",
    "القحطاني",
    "الشهري",
    "الحربي",
    "الغامدي",
    "الدوسري",
    "عبد الرحمن",
    "السيد",
    "حسن",
    "منصور",
    "فاروق",
    "خليل",
    "الزعبي",
    "عبيدات",
    "الطراونة",
    "المجالي",
    "الشمري",
]
EXPAT = [
    ("Rajesh", "Kumar"),
    ("Anitha", "Nair"),
    ("Mohammed", "Rafiq"),
    ("Suresh", "Babu"),
    ("Muhammad", "Imran"),
    ("Ayesha", "Siddiqui"),
    ("Bilal", "Ahmed"),
    ("Maria", "Santos"),
    ("Jose", "Dela Cruz"),
    ("Rowena", "Bautista"),
    ("Rahim", "Uddin"),
    ("Nasrin", "Akter"),
    ("Siti", "Nurhaliza"),
    ("Budi", "Santoso"),
    ("Ram Bahadur", "Thapa"),
    ("Nimal", "Perera"),
    ("Abebe", "Tesfaye"),
    ("Grace", "Wanjiku"),
    ("Fatuma", "Abdi"),
    ("Sunita", "Shrestha"),
]
SA_CITIES = [
    "Riyadh",
    "Jeddah",
    "Dammam",
    "Al Khobar",
    "Makkah",
    "Madinah",
    "Abha",
    "Tabuk",
    "Buraydah",
    "Hail",
]
EG_CITIES = ["Cairo", "Giza", "Alexandria", "Mansoura", "Tanta", "Asyut", "Zagazig"]
JO_CITIES = ["Amman", "Irbid", "Zarqa", "Aqaba", "Salt", "Madaba"]
AR_CITIES_SCRIPT = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "القاهرة", "الإسكندرية", "عمّان", "إربد"]
DISTRICTS = [
    "Al Olaya",
    "Al Malqa",
    "Al Nakheel",
    "Al Rawdah",
    "Al Hamra",
    "Al Shati",
    "Al Yasmin",
    "Dokki",
    "Maadi",
    "Nasr City",
    "Heliopolis",
    "Smouha",
    "Abdoun",
    "Sweifieh",
    "Khalda",
    "Jabal Amman",
]
STREETS_ME = [
    "King Fahd Rd",
    "Prince Sultan St",
    "Tahlia St",
    "Olaya St",
    "Makkah Al Mukarramah Rd",
    "Abu Bakr Al Siddiq Rd",
    "Anas Ibn Malik Rd",
    "Tahrir St",
    "Mohamed Farid St",
    "Gameat El Dowal El Arabia St",
    "26th of July St",
    "Zahran St",
    "Mecca St",
    "Wasfi Al Tal St",
    "Rainbow St",
]
SA_BANKS = [
    ("80", "Al Rajhi Bank", "RJHISARI"),
    ("10", "Saudi National Bank", "NCBKSAJE"),
    ("45", "SAB", "SABBSARI"),
    ("20", "Riyad Bank", "RIBLSARI"),
    ("05", "Alinma Bank", "INMASARI"),
    ("15", "Bank Albilad", "ALBISARI"),
]
EG_BANKS = [
    ("0003", "National Bank of Egypt", "NBEGEGCX"),
    ("0002", "Banque Misr", "BMISEGCX"),
    ("0019", "CIB", "CIBEEGCX"),
]
JO_BANKS = [
    ("ARAB", "Arab Bank", "ARABJOAX"),
    ("JOKB", "Jordan Kuwait Bank", "JKBAJOAM"),
    ("HBHO", "Housing Bank", "HBHOJOAX"),
]
MADA_BINS = [
    "588845",
    "440647",
    "440795",
    "446404",
    "457865",
    "968208",
    "636120",
    "417633",
    "483010",
    "589206",
]
MEEZA_BINS = ["507803", "507808"]
OTHER_BINS = ["4", "51", "53", "55", "2221"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def num(f: Fake, n: int) -> str:
    """n random digits, leading zeros allowed."""
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def ar_first(f):
    return f.pick(AR_FIRST)


def ar_last(f):
    return f.pick(AR_LAST)


def ar_name(f):
    return f"{ar_first(f)} {ar_last(f)}"


def ar_script_name(f):
    return f"{f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_LAST_SCRIPT)}"


def expat_name(f):
    first, last = f.pick(EXPAT)
    return f"{first} {last}"


def any_name(f):
    roll = f.r.random()
    if roll < 0.5:
        return ar_name(f)
    if roll < 0.62:
        return ar_script_name(f)
    if roll < 0.85:
        return expat_name(f)
    return f.full_name()


def any_first(f):
    roll = f.r.random()
    if roll < 0.55:
        return ar_first(f)
    if roll < 0.7:
        return f.pick(AR_FIRST_SCRIPT)
    if roll < 0.88:
        return f.pick(EXPAT)[0]
    return f.first()


def any_last(f):
    roll = f.r.random()
    if roll < 0.55:
        return ar_last(f)
    if roll < 0.7:
        return f.pick(AR_LAST_SCRIPT)
    if roll < 0.88:
        return f.pick(EXPAT)[1]
    return f.last()


def four_part_name(f):
    return f"{ar_first(f)} {ar_first(f)} {ar_first(f)} {ar_last(f)}"


def ascii_slug(text: str) -> str:
    return "".join(c for c in text.lower().replace(" ", ".").replace("-", "") if c.isascii())


def personal_email(f, first=None, last=None):
    first = first or f.pick(AR_FIRST + [e[0] for e in EXPAT] + FIRST)
    last = last or f.pick(AR_LAST + [e[1] for e in EXPAT] + LAST)
    user = ascii_slug(first).split(".")[0] or "user"
    sep = f.pick([".", "_", "", ""])
    tail = ascii_slug(last).replace(".", "")[:8] or "x"
    digits = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1980, 2004))])
    domain = f.pick(
        ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com", "icloud.com", "live.com", "example.com"]
    )
    return f"{user}{sep}{tail}{digits}@{domain}"


def staff_email(f):
    return f"{ascii_slug(ar_first(f))}.{ascii_slug(ar_last(f)).replace('.', '')}@sanad-bank.example"


def sa_mobile(f, style=None):
    p = f.pick(["50", "53", "54", "55", "56", "58", "59"])
    a, b = num(f, 3), num(f, 4)
    style = style or f.pick(["e164", "local", "spaced", "bare", "local_sp"])
    return {
        "e164": f"+966{p}{a}{b}",
        "local": f"0{p}{a}{b}",
        "spaced": f"+966 {p} {a} {b}",
        "bare": f"966{p}{a}{b}",
        "local_sp": f"0{p} {a} {b}",
    }[style]


def eg_mobile(f, style=None):
    p = f.pick(["10", "11", "12", "15"])
    a, b = num(f, 4), num(f, 4)
    style = style or f.pick(["e164", "local", "spaced"])
    return {"e164": f"+20{p}{a}{b}", "local": f"0{p}{a}{b}", "spaced": f"+20 {p} {a} {b}"}[style]


def jo_mobile(f, style=None):
    p = f.pick(["77", "78", "79"])
    a, b = num(f, 3), num(f, 4)
    style = style or f.pick(["e164", "local", "spaced"])
    return {"e164": f"+962{p}{a}{b}", "local": f"0{p}{a}{b}", "spaced": f"+962 {p} {a} {b}"}[style]


def foreign_mobile(f):
    kind = f.pick(["in", "pk", "ph", "bd", "np", "lk", "id", "gb", "us"])
    if kind == "in":
        return f"+91 {f.pick(['98', '97', '99', '88'])}{num(f, 3)} {num(f, 5)}"
    if kind == "pk":
        return f.pick([f"+92 3{num(f, 2)} {num(f, 7)}", f"03{num(f, 2)}-{num(f, 7)}"])
    if kind == "ph":
        return f.pick([f"+63 9{num(f, 2)} {num(f, 3)} {num(f, 4)}", f"09{num(f, 9)}"])
    if kind == "bd":
        return f"+880 1{f.pick(['7', '8', '9'])}{num(f, 2)}-{num(f, 6)}"
    if kind == "np":
        return f"+977 98{num(f, 8)}"
    if kind == "lk":
        return f"+94 7{num(f, 1)} {num(f, 3)} {num(f, 4)}"
    if kind == "id":
        return f"+62 812-{num(f, 4)}-{num(f, 4)}"
    if kind == "gb":
        return f.phone("uk")
    return f.phone("e164")


def mena_mobile(f):
    roll = f.r.random()
    if roll < 0.55:
        return sa_mobile(f)
    if roll < 0.8:
        return eg_mobile(f)
    return jo_mobile(f)


def msisdn(f):
    """Digits only, country code first: how payout partners write numbers."""
    return f.pick(["92", "91", "63", "880", "20", "977"]) + num(f, 10)


def iban(f, country=None, spaced=None):
    country = country or f.pick(["SA", "SA", "SA", "EG", "JO"])
    if country == "SA":
        bban = f.pick(SA_BANKS)[0] + num(f, 18)
    elif country == "EG":
        bban = f.pick(EG_BANKS)[0] + num(f, 21)
    elif country == "JO":
        bban = f.pick(JO_BANKS)[0] + num(f, 4) + num(f, 18)
    elif country == "PK":
        bban = f.pick(["HABB", "MEZN", "UNIL", "MUCB"]) + num(f, 16)
    elif country == "AE":
        bban = f.pick(["033", "026", "035"]) + num(f, 16)
    else:
        return f.iban(country)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.35 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def foreign_account(f):
    kind = f.pick(["pk_iban", "in", "ph", "bd", "eg_iban", "gb"])
    if kind == "pk_iban":
        return iban(f, "PK")
    if kind == "eg_iban":
        return iban(f, "EG")
    if kind == "gb":
        return iban(f, "GB")
    if kind == "in":
        return num(f, f.pick([11, 12, 14]))
    if kind == "ph":
        return num(f, 4) + "-" + num(f, 4) + "-" + num(f, 2)
    return num(f, 13)


def saudi_id(f, kind=None):
    kind = kind or f.pick(["1", "1", "2"])
    return f.luhn_complete(kind + num(f, 8))


def iqama(f):
    return saudi_id(f, "2")


def egypt_nid(f):
    century = f.pick(["2", "3"])
    yy = f.r.randint(55, 99) if century == "2" else f.r.randint(0, 6)
    gov = f.pick(["01", "02", "03", "04", "12", "13", "14", "16", "21", "22", "24", "25", "88"])
    birth = f"{yy:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    return f"{century}{birth}{gov}{num(f, 4)}{f.r.randint(1, 9)}"


def jordan_nn(f):
    if f.r.random() < 0.8:
        return f"9{f.r.randint(60, 99)}{f.pick(['1', '2'])}{num(f, 6)}"
    return f"200{f.r.randint(0, 5)}{num(f, 6)}"


def cnic(f):
    return f"{f.pick(['35202', '42101', '61101', '37405'])}-{num(f, 7)}-{f.r.randint(1, 9)}"


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f):
    body = str(f.r.randint(2, 9)) + num(f, 10)
    c = 0
    for i, d in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(d)]]
    full = body + str(VERHOEFF_INV[c])
    return " ".join(full[i : i + 4] for i in range(0, 12, 4))


def passport_no(f):
    kind = f.pick(["sa", "eg", "in", "pk", "ph"])
    letters = "ABCDEFGHJKLMNPRSTUVWXZ"
    if kind in ("sa", "eg"):
        return f.pick(list(letters)) + num(f, 8)
    if kind == "in":
        return f.pick(list(letters)) + num(f, 7)
    if kind == "pk":
        return f.pick(list(letters)) + f.pick(list(letters)) + num(f, 7)
    return "P" + num(f, 7) + f.pick(list(letters))


def any_national_id(f):
    return f.pick([saudi_id, saudi_id, egypt_nid, jordan_nn])(f)


def card_pan(f, spaced=None):
    prefix = f.pick(MADA_BINS + MADA_BINS + MEEZA_BINS + OTHER_BINS)
    number = f.luhn_complete(prefix + num(f, 15 - len(prefix)))
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if spaced else number


def masked_pan(f):
    return f.pick(MADA_BINS) + "******" + num(f, 4)


def dob(f, start=1958, end=2004):
    return f.date(start, end)


def hijri_dob(f):
    return f"{f.r.randint(1380, 1424)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 29):02d}"


def building_no(f):
    return str(f.r.randint(1000, 9999))


def short_address(f):
    letters = "ABDEGHJKLMNRSTWZ"
    return f.pick(["R", "J", "D", "M", "K"]) + "".join(f.pick(list(letters)) for _ in range(3)) + num(f, 4)


def home_address(f):
    kind = f.pick(["sa", "eg", "jo", "ar"])
    if kind == "sa":
        return (
            f"{building_no(f)} {f.pick(STREETS_ME)}, {f.pick(DISTRICTS)}, "
            f"{f.pick(SA_CITIES)} {f.r.randint(11000, 34999)}"
        )
    if kind == "eg":
        street = f"{f.r.randint(1, 120)} {f.pick(STREETS_ME)}, Apt {f.r.randint(1, 30)}"
        return f"{street}, {f.pick(DISTRICTS)}, {f.pick(EG_CITIES)}"
    if kind == "jo":
        return (
            f"Building {f.r.randint(1, 80)}, {f.pick(STREETS_ME)}, {f.pick(DISTRICTS)}, {f.pick(JO_CITIES)}"
        )
    street = f.pick(["شارع التحرير", "شارع الملك فهد", "شارع الجامعة", "طريق الأمير سلطان"])
    building = str(f.r.randint(1, 99)).translate(AR_DIGITS)
    district = f.pick(["الدقي", "العليا", "عبدون", "مدينة نصر"])
    return f"{building} {street} - {district} - {f.pick(AR_CITIES_SCRIPT)}"


def foreign_address(f):
    return f.pick(
        [
            f"House {f.r.randint(1, 400)}, Street {f.r.randint(1, 40)}, Gulberg III, Lahore",
            f"{f.r.randint(1, 90)}/{f.r.randint(1, 9)} MG Road, Kochi, Kerala {f.r.randint(682001, 682040)}",
            f"Blk {f.r.randint(1, 30)} Lot {f.r.randint(1, 60)}, Brgy. San Isidro, Quezon City",
            f"Holding {f.r.randint(10, 999)}, Mirpur {f.r.randint(1, 14)}, Dhaka",
            f"Ward {f.r.randint(1, 32)}, Baneshwor, Kathmandu",
            f"{f.r.randint(1, 200)} Gamal Abdel Nasser St, Shebin El Kom, Menofia",
        ]
    )


def my_city(f):
    return f.pick(SA_CITIES + EG_CITIES + JO_CITIES)


def geo(f):
    lat, lon = f.pick(
        [(24.71, 46.67), (21.54, 39.17), (26.42, 50.09), (30.04, 31.24), (31.95, 35.91), (31.2, 29.92)]
    )
    return round(lat + f.r.uniform(-0.15, 0.15), 6), round(lon + f.r.uniform(-0.15, 0.15), 6)


def lat(f):
    return geo(f)[0]


def lon(f):
    return geo(f)[1]


def ref(f, prefix):
    return f"{prefix}{f.r.randint(2023, 2024)}{num(f, 8)}"


def sar(f, lo=10, hi=20000):
    return round(f.r.uniform(lo, hi), 2)


def salary(f):
    return f.pick(
        [round(f.r.randint(40, 600) * 100, 0), f.r.randint(4000, 60000), f"{f.r.randint(5, 45)},{num(f, 3)}"]
    )


def ua_web(f):
    return f.pick(
        [
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/123.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3 Safari/605.1.15",
        ]
    )


def sha256(f):
    return f.hexid(64)


# -- contexts -------------------------------------------------------------------------------------

MOBILE_TRAITS = {
    "userId": G(lambda f: "C" + f.digits(9)),
    "anonymousId": G(lambda f: f.uuid()),
    "email": Y(lambda f: personal_email(f), "email"),
    "phone": Y(lambda f: mena_mobile(f), "phone"),
    "firstName": Y(lambda f: any_first(f), "name"),
    "segment": G(lambda f: f.pick(["mass", "affluent", "private", "youth"])),
}


def web_context(f):
    page = f.pick(
        ["/ar/personal/accounts", "/en/open-account", "/en/remittance", "/ar/finance/tawarruq", "/en/cards"]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.snapchat.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=snapchat&utm_medium=paid", "?lang=ar", "?ref=branch"])
            ),
            "title": G(
                lambda f: f.pick(["Sanad Bank | بنك سند", "Open an account - Sanad", "Send money abroad"])
            ),
            "url": G(lambda f: "https://www.sanad-bank.example" + page),
        },
        "userAgent": G(lambda f: ua_web(f)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["123", "24", "8", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["ar-SA", "en-SA", "ar-EG", "ar-JO", "en-US", "ar"])),
        "timezone": G(lambda f: f.pick(["Asia/Riyadh", "Africa/Cairo", "Asia/Amman"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["ramadan_2024", "salary_transfer_q2", "remit_pk_zero_fee", "founding_day"])
            ),
            "source": G(lambda f: f.pick(["snapchat", "google", "tiktok", "x"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "influencer"])),
            "term": G(lambda f: f.pick(["تحويل اموال", "open bank account online", "best remittance rate"])),
            "content": G(lambda f: f.pick(["story_v2", "carousel_ar", "search_text_a"])),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "Sanad"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.1"])),
            "build": G(lambda f: f.pick(["6400", "6402", "6511"])),
            "namespace": G(lambda f: "sa.sanadbank.retail"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.2"])),
        },
        "locale": G(lambda f: f.pick(["ar-SA", "en-SA", "ar-EG"])),
        "timezone": G(lambda f: f.pick(["Asia/Riyadh", "Africa/Cairo", "Asia/Amman"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": MOBILE_TRAITS,
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "Sanad"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.3", "6.5.0"])),
            "namespace": G(lambda f: "sa.sanadbank.retail"),
            "build": G(lambda f: f.pick(["640012", "640305", "650001"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "HUAWEI", "Xiaomi", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-S918B", "SM-A546E", "ANE-LX1", "23021RAAEG", "Pixel 8"])),
            "name": G(lambda f: f.pick(["dm3q", "a54x", "HWANE", "topaz", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2220])),
            "width": G(lambda f: 1080),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["STC", "Mobily", "zain SA", "Vodafone EG", "Orange JO", "Umniah"])
            ),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["ar-SA", "en-US", "ar-EG", "ar-JO"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; ANE-LX1 Build/HUAWEIANE-L21)",
                ]
            )
        ),
        "timezone": G(lambda f: f.pick(["Asia/Riyadh", "Africa/Cairo", "Asia/Amman"])),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": MOBILE_TRAITS,
        "location": {
            "latitude": Y(lambda f: lat(f), "geolocation"),
            "longitude": Y(lambda f: lon(f), "geolocation"),
            "accuracy": G(lambda f: f.pick([5.0, 12.5, 30.0, 65.0])),
        },
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Sanad Remit"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "324", "330"])),
            "namespace": G(lambda f: "com.sanad.remit"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145F", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["iPhone", "a14", "tapas"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-SA", "ur-PK", "en-PH", "ar-SA", "bn-BD", "hi-IN"])),
        "timezone": G(lambda f: "Asia/Riyadh"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": MOBILE_TRAITS,
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Sanad Egypt"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.1", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "281", "290"])),
            "namespace": G(lambda f: "eg.sanadbank.mobile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "realme", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A155F", "CPH2591", "RMX3710", "iPhone14,7"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2400, 844])),
        },
        "locale": G(lambda f: f.pick(["ar-EG", "en-EG", "ar"])),
        "timezone": G(lambda f: "Africa/Cairo"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone", "Orange", "Etisalat", "WE"])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.0", "3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.3"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0", "2.4.1"]),
}


def server_context(client):
    def make(f):
        name, versions = SERVER_LIBS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php", "go"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: ua_web(f))
        if client == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: personal_email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client in ("python", "java"):
            ctx["groupId"] = G(lambda f: "grp_" + f.digits(6))
            ctx["traits"] = {"cif": G(lambda f: f.digits(8)), "kycTier": G(lambda f: f.pick([1, 2, 3]))}
        if client == "dotnet":
            ctx["timezone"] = G(
                lambda f: f.pick(["Arab Standard Time", "Egypt Standard Time", "Jordan Standard Time"])
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["swift", "kotlin", "web"]


# -- free text that always carries the PII it is labelled with -------------------------------------


def notes_with_phone(f):
    return f.pick(
        [
            f"Please call me on {mena_mobile(f)} before the visit",
            f"My other number is {sa_mobile(f)}",
            f"اتصل على {sa_mobile(f, 'local')} قبل الموعد",
            f"Call my husband {mena_mobile(f)} if I'm late",
            f"WhatsApp only: {mena_mobile(f)}",
        ]
    )


def receipt_message(f):
    first = any_first(f)
    return f.pick(
        [
            f"Dear {first}, I sent you {f.r.randint(300, 3000)} SAR. Ref {f.digits(10)}",
            f"{first}, money sent via Sanad Remit. Collect with code {f.digits(10)}",
            f"Hi {first}! Transfer done, check your account tomorrow",
            f"عزيزي {f.pick(AR_FIRST_SCRIPT)}، تم تحويل المبلغ بنجاح",
        ]
    )


def voice_text(f):
    return f.pick(
        [
            f"transfer {f.r.randint(100, 5000)} riyals to {any_name(f)}",
            f"send money to {ar_first(f)}",
            f"حول {f.r.randint(100, 900)} ريال إلى {f.pick(AR_FIRST_SCRIPT)}",
            f"pay {ar_name(f)} for rent",
        ]
    )


def rm_summary(f):
    who = (f.pick(["", "Eng. ", "Dr. "]) + ar_name(f)).strip()
    return f.pick(
        [
            f"Spoke with {who} about refinancing; follow up next week",
            f"{who} interested in private banking, sent brochure",
            f"Called {who}, no answer. Left voicemail",
            f"{who} asked to increase card limit, pending salary certificate",
        ]
    )


def chat_with_iban(f):
    return f.pick(
        [
            f"transfer to {iban(f, 'SA')} not received yet",
            f"I sent money to {iban(f)} yesterday and it shows pending",
            f"Can you check IBAN {iban(f, 'SA', spaced=True)}? it says invalid",
            f"الحوالة إلى {iban(f, 'SA')} لم تصل",
        ]
    )


def transfer_note(f):
    return f.pick(
        ["rent", "Eid gift", "school fees", "إيجار", "مصروف", "car installment", "", "dinner split", "hajj"]
    )


def complaint_text(f):
    return f.pick(
        [
            "ATM in the mall swallowed my card",
            "App keeps logging me out after the update",
            "Charged twice for the same bill",
            "الفرع لم يرد على الهاتف",
            "Exchange rate shown was different from the receipt",
        ]
    )


def sms_body(f):
    return f.pick(["BAL", "STOP", "HELP", "رصيد", "MINI", "BLOCK CARD"])


# -- events ---------------------------------------------------------------------------------------

PERSON_RECORD = {
    "firstName": Y(lambda f: f.pick(AR_FIRST_SCRIPT), "name"),
    "fatherName": Y(lambda f: f.pick(AR_FIRST_SCRIPT), "name"),
    "grandFatherName": Y(lambda f: f.pick(AR_FIRST_SCRIPT), "name"),
    "familyName": Y(lambda f: f.pick(AR_LAST_SCRIPT), "name"),
    "englishFirstName": Y(lambda f: ar_first(f).upper(), "name"),
    "englishLastName": Y(lambda f: ar_last(f).upper(), "name"),
    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
    "dateOfBirthG": Y(
        lambda f: f.pick(
            [
                f.date(1960, 2004),
                f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2004)}",
            ]
        ),
        "birthdate",
    ),
    "dateOfBirthH": Y(lambda f: hijri_dob(f), "birthdate"),
    "idExpiryDateH": G(
        lambda f: f"{f.r.randint(1446, 1455)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 29):02d}"
    ),
    "nationalityDesc": Y(
        lambda f: f.pick(["سعودي", "مصري", "أردني", "هندي", "باكستاني", "فلبيني"]), "citizenship"
    ),
    "occupationCode": G(lambda f: f.digits(4)),
    "logId": G(lambda f: f.digits(12)),
}

EVENTS = [
    # -- onboarding -------------------------------------------------------------------------------
    (
        "track",
        "Onboarding Started",
        ["web", "swift", "kotlin"],
        {
            "onboarding_id": G(lambda f: f.uuid()),
            "entry_point": G(lambda f: f.pick(["splash", "deeplink", "branch_qr", "web_banner"])),
            "country_code": G(lambda f: f.pick(["SA", "EG", "JO"])),
            "preferred_language": G(lambda f: f.pick(["ar", "en"])),
            "referral_code": G(lambda f: "SND-" + f.hexid(5).upper()),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "track",
        "Mobile Number Submitted",
        MOBILE,
        {
            "mobile_number": Y(lambda f: mena_mobile(f), "phone"),
            "country_dial_code": G(lambda f: f.pick(["+966", "+20", "+962"])),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "is_primary_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Verified",
        MOBILE,
        {
            "otp_code": RED(lambda f: num(f, f.pick([4, 6])), "token"),
            "verification_id": G(lambda f: f.uuid()),
            "seconds_to_verify": G(lambda f: f.r.randint(4, 170)),
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "auto_filled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "National ID Submitted",
        ["swift", "kotlin"],
        {
            "id_type": G(lambda f: f.pick(["national_id", "iqama", "gcc_id"])),
            "id_number": RED(lambda f: saudi_id(f), "national id"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "date_of_birth_hijri": Y(lambda f: hijri_dob(f), "birthdate"),
            "id_expiry_date": G(lambda f: f.date(2025, 2034)),
            "nafath_request_id": G(lambda f: f.uuid()),
            "nafath_random_number": G(lambda f: f.r.randint(10, 99)),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["python"],
        {
            "provider": G(lambda f: f.pick(["nafath", "yakeen"])),
            "request_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["COMPLETED", "REJECTED", "EXPIRED"])),
            "duration_ms": G(lambda f: f.r.randint(800, 90000)),
            "national_id": RED(lambda f: saudi_id(f), "national id"),
            "person": PERSON_RECORD,
        },
    ),
    (
        "track",
        "Egyptian ID Scanned",
        ["node"],
        {
            "vendor": G(lambda f: "valify"),
            "trx_id": G(lambda f: f.hexid(32)),
            "result": {
                "first_name": Y(lambda f: f.pick(AR_FIRST_SCRIPT), "name"),
                "full_name": Y(
                    lambda f: f"{f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_LAST_SCRIPT)}",
                    "name",
                ),
                "street": Y(lambda f: home_address(f), "address|street"),
                "area": Y(
                    lambda f: f.pick(
                        ["الدقي - الجيزة", "مدينة نصر - القاهرة", "سموحة - الإسكندرية", "المنصورة"]
                    ),
                    "address|city",
                ),
                "front_nid": RED(
                    lambda f: f.pick([egypt_nid(f), egypt_nid(f).translate(AR_DIGITS)]), "national id"
                ),
                "birth_date": Y(lambda f: dob(f), "birthdate"),
                "gender": Y(lambda f: f.pick(["ذكر", "أنثى", "Male", "Female"]), "gender"),
                "religion": Y(lambda f: f.pick(["مسلم", "مسلمة", "مسيحي", "مسيحية"]), "religion"),
                "marital_status": G(lambda f: f.pick(["أعزب", "متزوج", "متزوجة", "مطلق"])),
                "husband_name": Y(lambda f: f"{f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_LAST_SCRIPT)}", "name"),
                "job_title": G(lambda f: f.pick(["مهندس", "طبيب", "محاسب", "طالب", "ربة منزل"])),
                "expiry_date": G(lambda f: f.date(2025, 2031)),
                "front_confidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 3)),
            },
        },
    ),
    (
        "track",
        "Liveness Check Completed",
        ["python"],
        {
            "session_id": G(lambda f: f.uuid()),
            "passed": G(lambda f: f.pick([True, False])),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "selfie_url": Y(
                lambda f: f"https://kyc-media.sanad-bank.example/selfies/{f.uuid()}.jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Document Uploaded",
        ["rn", "flutter"],
        {
            "document_type": G(lambda f: f.pick(["iqama", "passport", "salary_certificate", "utility_bill"])),
            "side": G(lambda f: f.pick(["front", "back"])),
            "file_size_kb": G(lambda f: f.r.randint(80, 4800)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "document_sha256": G(lambda f: sha256(f)),
        },
    ),
    (
        "track",
        "Tax Residency Declared",
        ["web"],
        {
            "tax_residency_country": G(lambda f: f.pick(["SA", "US", "GB", "EG", "JO", "IN"])),
            "tin": RED(
                lambda f: f.pick([f.ssn(), saudi_id(f), "3" + f.digits(9), f.digits(10)]),
                "national id|social security number",
            ),
            "tin_unavailable_reason": G(lambda f: f.pick(["", "country_does_not_issue", "not_yet_issued"])),
            "fatca_us_person": G(lambda f: f.pick([True, False])),
            "pep_self_declared": G(lambda f: f.pick([True, False])),
            "pep_relative_name": Y(lambda f: ar_name(f), "name"),
        },
    ),
    (
        "track",
        "KYC Employment Submitted",
        ["kotlin", "swift", "rn"],
        {
            "employer_name": G(
                lambda f: f.pick(
                    ["Saudi Aramco", "Ministry of Health", "STC", "Almarai", "Al Futtaim", "SABIC", "Careem"]
                )
            ),
            "employer_sector": G(lambda f: f.pick(["government", "private", "semi_government", "military"])),
            "job_title": G(
                lambda f: f.pick(["Nurse", "Software Engineer", "Driver", "Teacher", "Sales Manager"])
            ),
            "monthly_salary": Y(lambda f: salary(f), "salary"),
            "salary_currency": G(lambda f: f.pick(["SAR", "EGP", "JOD"])),
            "salary_transfer_bank": G(lambda f: f.pick([b[1] for b in SA_BANKS])),
            "gosi_verified": G(lambda f: f.pick([True, False])),
            "has_valid_work_permit": RED(lambda f: f.pick([True, False]), "visa"),
            "employer_city": G(lambda f: f.pick(SA_CITIES)),
        },
    ),
    (
        "track",
        "KYC Address Submitted",
        ["swift", "kotlin"],
        {
            "national_address": {
                "building_number": Y(lambda f: building_no(f), "address"),
                "street_name": Y(lambda f: f.pick(STREETS_ME), "street|address"),
                "district": Y(lambda f: f.pick(DISTRICTS[:7]), "address"),
                "city": Y(lambda f: f.pick(SA_CITIES), "city"),
                "postal_code": Y(lambda f: str(f.r.randint(11000, 34999)), "zipcode"),
                "additional_number": Y(lambda f: building_no(f), "address"),
                "short_address": Y(lambda f: short_address(f), "address"),
            },
            "residence_type": G(lambda f: f.pick(["owned", "rented", "family_house", "company_housing"])),
            "years_at_address": G(lambda f: f.r.randint(0, 25)),
            "address_source": G(lambda f: f.pick(["spl_api", "manual"])),
        },
    ),
    (
        "identify",
        None,
        ["swift", "kotlin", "rn", "flutter", "web"],
        {
            "firstName": Y(lambda f: any_first(f), "name"),
            "lastName": Y(lambda f: any_last(f), "name"),
            "email": Y(lambda f: personal_email(f), "email"),
            "phone": Y(lambda f: mena_mobile(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
            "nationality": Y(lambda f: f.pick(["SA", "EG", "JO", "IN", "PK", "PH"]), "citizenship"),
            "city": Y(lambda f: my_city(f), "city"),
            "country": G(lambda f: f.pick(["SA", "EG", "JO"])),
            "preferredLanguage": G(lambda f: f.pick(["ar", "en", "ur"])),
            "segment": G(lambda f: f.pick(["mass", "affluent", "private", "youth"])),
            "kycTier": G(lambda f: f.pick([1, 2, 3])),
            "cif": G(lambda f: f.digits(8)),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 70)),
            "avatar": Y(lambda f: f"https://cdn.sanad-bank.example/avatars/{f.hexid(24)}.jpg", "photo"),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "CustomerNumber": G(lambda f: f.digits(10)),
            "FullNameEn": Y(lambda f: four_part_name(f), "name"),
            "FullNameAr": Y(
                lambda f: f"{f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_LAST_SCRIPT)}",
                "name",
            ),
            "MobileNo": Y(lambda f: sa_mobile(f, "bare"), "phone"),
            "EmailAddress": Y(lambda f: personal_email(f), "email"),
            "NationalIdNumber": RED(lambda f: saudi_id(f), "national id"),
            "IdType": G(lambda f: f.pick(["NID", "IQAMA", "PASSPORT"])),
            "BranchCode": G(lambda f: f.pick(["101", "204", "318", "455"])),
            "RelationshipManagerId": G(lambda f: "E" + f.digits(5)),
            "RiskRating": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "PepFlag": G(lambda f: f.pick([True, False])),
            "DateOfBirth": Y(lambda f: f.date(1955, 2004) + "T00:00:00", "birthdate"),
            "MonthlyIncome": Y(lambda f: f.r.randint(4000, 90000), "salary"),
            "CreditScore": Y(lambda f: f.r.randint(300, 900), "credit score"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CIF_NO": G(lambda f: f.digits(8)),
            "CUST_NAME_EN": Y(lambda f: ar_name(f).upper(), "name"),
            "CUST_NAME_AR": Y(lambda f: ar_script_name(f), "name"),
            "MOBILE_NO": Y(lambda f: mena_mobile(f), "phone"),
            "EMAIL_ADDR": Y(lambda f: personal_email(f).upper(), "email"),
            "NATIONAL_ID": RED(lambda f: any_national_id(f), "national id"),
            "DOB": Y(lambda f: f.date(1950, 2004).replace("-", ""), "birthdate"),
            "GENDER_CD": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "NATIONALITY_CD": Y(lambda f: f.pick(["SAU", "EGY", "JOR", "IND", "PAK"]), "citizenship"),
            "BRANCH_CODE": G(lambda f: f.pick(["0101", "0204", "0318"])),
            "SEGMENT_CODE": G(lambda f: f.pick(["RB01", "RB02", "PB01"])),
            "LAST_LOGIN_TS": G(lambda f: f.iso().replace("T", " ").rstrip("Z")),
            "TOTAL_BALANCE_SAR": G(lambda f: sar(f, 0, 900000)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "IS_SALARY_CUST": G(lambda f: f.pick(["Y", "N"])),
            "SIMAH_SCORE": Y(lambda f: f.r.randint(300, 900), "credit score"),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "esm_kamel": Y(lambda f: ar_name(f), "name"),
            "raqam_aljawal": Y(lambda f: eg_mobile(f), "phone"),
            "raqam_qawmi": RED(lambda f: egypt_nid(f), "national id"),
            "tareekh_el_milad": Y(lambda f: dob(f), "birthdate"),
            "el_madina": Y(lambda f: f.pick(EG_CITIES), "city"),
            "el_genseya": Y(lambda f: f.pick(["masry", "sudani", "souri", "felestini"]), "citizenship"),
            "gehet_el_3amal": G(
                lambda f: f.pick(["Vodafone Egypt", "Orascom", "Ministry of Education", "Fawry"])
            ),
            "el_mehna": G(lambda f: f.pick(["mohandes", "moaalem", "mohaseb", "tabib"])),
            "el_rateb_el_shahry": Y(lambda f: f.r.randint(6000, 80000), "salary"),
            "rakam_el_3amil": G(lambda f: f.digits(9)),
            "fe2at_el_3amil": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    # -- accounts -----------------------------------------------------------------------------------
    (
        "track",
        "Account Opened",
        ["python", "java"],
        {
            "account_id": G(lambda f: f.uuid()),
            "account_type": G(lambda f: f.pick(["current", "savings", "wadiah", "mudarabah_savings"])),
            "iban": RED(lambda f: iban(f), "bank account"),
            "account_number": RED(lambda f: num(f, f.pick([12, 14, 15])), "bank account"),
            "currency": G(lambda f: f.pick(["SAR", "EGP", "JOD", "USD"])),
            "branch_code": G(lambda f: f.pick(["101", "204", "318", "455"])),
            "initial_deposit": G(lambda f: sar(f, 0, 5000)),
            "is_islamic": G(lambda f: f.pick([True, False])),
            "cif": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Account Statement Downloaded",
        ["web", "swift"],
        {
            "account_id": G(lambda f: f.uuid()),
            "period_start": G(lambda f: f.date(2023, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "format": G(lambda f: f.pick(["pdf", "csv", "xlsx"])),
            "language": G(lambda f: f.pick(["ar", "en"])),
            "masked_iban": G(lambda f: "SA** **** **** **** **" + num(f, 2) + " " + num(f, 4)),
        },
    ),
    (
        "screen",
        "Account Details",
        ["swift", "kotlin", "flutter"],
        {
            "account_type": G(lambda f: f.pick(["current", "savings", "wadiah", "mudarabah_savings"])),
            "balance_visible": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["transactions", "details", "statements"])),
            "copy_iban_tapped": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Open an Account",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/en/open-account", "/ar/open-account"])),
            "url": G(
                lambda f: (
                    "https://www.sanad-bank.example/en/open-account?utm_source="
                    + f.pick(["google", "snapchat", "tiktok"])
                )
            ),
            "title": G(lambda f: f.pick(["Open an account - Sanad", "افتح حسابك - سند"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.snapchat.com/", ""])),
            "search": G(lambda f: f.pick(["?utm_source=google", "?utm_source=snapchat", ""])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
        },
    ),
    (
        "page",
        "Remittance Landing",
        ["web"],
        {
            "path": G(lambda f: "/en/remittance"),
            "title": G(lambda f: "Send money abroad - Sanad Remit"),
            "corridor": G(lambda f: f.pick(["SA-PK", "SA-IN", "SA-PH", "SA-EG", "SA-BD"])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "language_toggle": G(lambda f: f.pick(["ar", "en", "ur"])),
        },
    ),
    # -- sign-in & security -----------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "rn", "web"],
        {
            "method": G(lambda f: f.pick(["password", "face_id", "fingerprint", "nafath"])),
            "username": Y(
                lambda f: (
                    ascii_slug(ar_first(f))
                    + f.pick(["_", ".", ""])
                    + ascii_slug(ar_last(f)).replace(".", "")[:6]
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "mfa_method": G(lambda f: f.pick(["sms_otp", "push", "none"])),
            "login_attempts": G(lambda f: f.r.randint(1, 3)),
            "session_id": G(lambda f: f.uuid()),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "reset_channel": G(lambda f: f.pick(["sms", "email"])),
            "reset_link": RED(lambda f: "https://app.sanad-bank.example/reset?token=" + f.hexid(40), "token"),
            "link_expires_at": G(lambda f: f.iso()),
            "requests_today": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Device Binding Completed",
        ["kotlin", "swift"],
        {
            "binding_id": G(lambda f: f.uuid()),
            "device_label": Y(
                lambda f: (
                    f"{f.pick([*AR_FIRST, 'Maria', 'Rajesh'])}'s "
                    f"{f.pick(['iPhone', 'Galaxy S23', 'iPad', 'Redmi'])}"
                ),
                "name",
                True,
            ),
            "device_fingerprint": G(lambda f: sha256(f)),
            "public_key_sha256": G(lambda f: sha256(f)),
            "root_detected": G(lambda f: f.pick([False, False, True])),
            "session_token": RED(lambda f: f.jwt(), "token"),
        },
    ),
    (
        "track",
        "Session Risk Evaluated",
        ["go"],
        {
            "risk_score": G(lambda f: f.r.randint(0, 1000)),
            "decision": G(lambda f: f.pick(["allow", "challenge", "deny"])),
            "signals": {
                "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "ip_country": G(lambda f: f.pick(["SA", "EG", "JO", "AE", "NL"])),
                "vpn": G(lambda f: f.pick([True, False])),
                "emulator": G(lambda f: f.pick([True, False])),
                "geo": {"lat": Y(lambda f: lat(f), "geolocation"), "lon": Y(lambda f: lon(f), "geolocation")},
                "device_hash": G(lambda f: f.hexid(40)),
            },
            "rule_hits": Many(G(lambda f: f.pick(["new_device", "impossible_travel", "sim_swap_recent"])), 2),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        ["python"],
        {
            "changes": {
                "old_email": Y(lambda f: personal_email(f), "email"),
                "new_email": Y(lambda f: personal_email(f), "email"),
                "old_mobile": Y(lambda f: mena_mobile(f), "phone"),
                "new_mobile": Y(lambda f: mena_mobile(f), "phone"),
            },
            "change_source": G(lambda f: f.pick(["app", "branch", "call_center"])),
            "verified_via": G(lambda f: f.pick(["otp", "nafath", "in_person"])),
        },
    ),
    (
        "track",
        "Secondary Contact Added",
        ["swift", "kotlin"],
        {
            "contact": {
                "label": G(lambda f: f.pick(["Home", "Work", "Wife", "Son", "Other"])),
                "value": Y(lambda f: mena_mobile(f), "phone", True),
            },
            "is_emergency_contact": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- beneficiaries and transfers ------------------------------------------------------------------
    (
        "track",
        "Beneficiary Added",
        MOBILE,
        {
            "beneficiary_id": G(lambda f: f.uuid()),
            "beneficiary_type": G(lambda f: f.pick(["local", "international", "own_account"])),
            "nickname": Y(
                lambda f: f.pick([ar_first(f), "Abu " + ar_first(f), "Umm " + ar_first(f), f.pick(EXPAT)[0]]),
                "name",
            ),
            "beneficiary_name": Y(lambda f: any_name(f), "name"),
            "beneficiary_iban": RED(lambda f: iban(f), "bank account"),
            "bank_name": G(lambda f: f.pick([b[1] for b in SA_BANKS + EG_BANKS + JO_BANKS])),
            "bank_swift": G(lambda f: f.pick([b[2] for b in SA_BANKS + EG_BANKS + JO_BANKS])),
            "relationship": G(
                lambda f: f.pick(["brother", "mother", "friend", "landlord", "employee", "self"])
            ),
            "beneficiary_mobile": Y(lambda f: mena_mobile(f), "phone"),
            "is_favourite": G(lambda f: f.pick([True, False])),
            "added_via": G(lambda f: f.pick(["manual", "qr", "iban_lookup"])),
        },
    ),
    (
        "track",
        "Beneficiary Searched",
        ["swift", "kotlin", "rn"],
        {
            "q": Y(
                lambda f: f.pick(
                    [ar_first(f), ar_name(f), f.pick(AR_FIRST_SCRIPT), f.pick(EXPAT)[0].lower()]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "search_ms": G(lambda f: f.r.randint(3, 400)),
        },
    ),
    (
        "track",
        "IBAN Validated",
        ["web", "kotlin", "swift"],
        {
            "input": RED(lambda f: iban(f), "bank account", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "bank_detected": G(lambda f: f.pick([b[1] for b in SA_BANKS + EG_BANKS + JO_BANKS])),
            "error_code": G(lambda f: f.pick(["", "CHECKSUM", "LENGTH", "UNSUPPORTED_COUNTRY"])),
        },
    ),
    (
        "track",
        "Transfer Initiated",
        ["kotlin", "swift", "rn", "web"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "transfer_type": G(
                lambda f: f.pick(["sarie_instant", "internal", "sarie_standard", "cliq", "instapay"])
            ),
            "amount": G(lambda f: sar(f, 10, 50000)),
            "currency": G(lambda f: f.pick(["SAR", "EGP", "JOD"])),
            "fee": G(lambda f: f.pick([0, 0.5, 1.0, 5.75])),
            "from_account_last4": G(lambda f: num(f, 4)),
            "to": {
                "name": Y(lambda f: any_name(f), "name"),
                "iban": RED(lambda f: iban(f), "bank account"),
                "bank": G(lambda f: f.pick([b[1] for b in SA_BANKS + EG_BANKS + JO_BANKS])),
            },
            "purpose_code": G(lambda f: f.pick(["FAMILY", "RENT", "PERSONAL", "SALARY", "EDUCATION"])),
            "note": G(lambda f: transfer_note(f)),
            "scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Transfer Completed",
        ["go"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["SETTLED", "REJECTED", "RETURNED"])),
            "sarie_reference": G(lambda f: ref(f, "SARIE")),
            "end_to_end_id": G(lambda f: "E2E" + f.hexid(24).upper()),
            "settled_at": G(lambda f: f.iso()),
            "amount": G(lambda f: sar(f, 10, 50000)),
            "currency": G(lambda f: "SAR"),
            "debtor_iban": RED(lambda f: iban(f, "SA"), "bank account"),
            "creditor_iban": RED(lambda f: iban(f, "SA"), "bank account"),
            "creditor_name": Y(lambda f: any_name(f), "name"),
            "creditor_bic": G(lambda f: f.pick([b[2] for b in SA_BANKS])),
            "return_reason": G(lambda f: f.pick(["", "AC04", "AM04", "MS03"])),
        },
    ),
    (
        "track",
        "CliQ Alias Resolved",
        ["kotlin", "rn"],
        {
            "alias_type": G(lambda f: f.pick(["ALIAS", "MOBL"])),
            "receiver_alias": Y(
                lambda f: (
                    ar_first(f) + f.pick([".", "", "_"]) + ar_last(f).replace("-", "").replace(" ", "")
                ).upper()[:18],
                "name",
            ),
            "resolved_name": Y(lambda f: ar_name(f), "name"),
            "bank_code": G(lambda f: f.pick([b[0] for b in JO_BANKS])),
            "found": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "InstaPay Transfer Sent",
        ["flutter"],
        {
            "ipa_address": Y(
                lambda f: (
                    ascii_slug(ar_first(f))
                    + f.pick([".", "_", ""])
                    + ascii_slug(ar_last(f)).replace(".", "")[:7]
                    + "@instapay"
                ),
                "email|name",
            ),
            "amount": G(lambda f: sar(f, 50, 70000)),
            "currency": G(lambda f: "EGP"),
            "fee": G(lambda f: f.pick([0, 0.5, 1.0, 5.75])),
            "receiver_bank": G(lambda f: f.pick([b[1] for b in EG_BANKS])),
            "receiver_wallet_number": Y(lambda f: eg_mobile(f, "local"), "phone"),
            "transaction_ref": G(lambda f: f.digits(12)),
        },
    ),
    (
        "screen",
        "Transfer Review",
        ["flutter", "swift"],
        {
            "amount": G(lambda f: sar(f, 10, 50000)),
            "beneficiary_display_name": Y(lambda f: any_name(f), "name"),
            "step": G(lambda f: f.pick([2, 3])),
        },
    ),
    (
        "track",
        "Voice Command Recognized",
        ["swift", "kotlin"],
        {
            "text": Y(lambda f: voice_text(f), "name", True),
            "intent": G(lambda f: f.pick(["transfer", "pay_beneficiary"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "language": G(lambda f: f.pick(["ar-SA", "en-US"])),
        },
    ),
    (
        "track",
        "Payee Shortcut Created",
        ["swift", "kotlin"],
        {
            "shortcut": {
                "label": Y(
                    lambda f: f"{ar_first(f)} {f.pick(['rent', 'allowance', 'driver', ''])}".strip(),
                    "name",
                    True,
                ),
                "icon": G(lambda f: f.pick(["house", "person", "car"])),
                "position": G(lambda f: f.r.randint(1, 8)),
            },
            "beneficiary_id": G(lambda f: f.uuid()),
        },
    ),
    # -- remittances --------------------------------------------------------------------------------
    (
        "track",
        "Remittance Quote Viewed",
        ["rn", "web", "kotlin"],
        {
            "corridor": G(lambda f: f.pick(["SA-PK", "SA-IN", "SA-PH", "SA-EG", "SA-BD", "SA-NP", "JO-EG"])),
            "send_amount": G(lambda f: sar(f, 100, 10000)),
            "send_currency": G(lambda f: f.pick(["SAR", "JOD"])),
            "receive_amount": G(lambda f: sar(f, 1000, 600000)),
            "receive_currency": G(lambda f: f.pick(["PKR", "INR", "PHP", "EGP", "BDT", "NPR", "LKR", "IDR"])),
            "fx_rate": G(lambda f: round(f.r.uniform(0.2, 80), 4)),
            "fee": G(lambda f: f.pick([0, 0.5, 1.0, 5.75])),
            "payout_method": G(lambda f: f.pick(["bank_deposit", "cash_pickup", "wallet"])),
            "promo_code": G(lambda f: f.pick(["", "RAMADAN0", "FIRSTFREE"])),
        },
    ),
    (
        "track",
        "Remittance Sent",
        ["java", "node"],
        {
            "remittance_id": G(lambda f: f.uuid()),
            "mtcn": G(lambda f: num(f, 10)),
            "partner": G(lambda f: f.pick(["western_union", "tranglo", "thunes", "direct"])),
            "sender": {
                "customer_id": G(lambda f: "C" + f.digits(9)),
                "name": Y(lambda f: f.pick([expat_name(f), ar_name(f)]), "name"),
                "iqama_number": RED(lambda f: iqama(f), "national id"),
                "date_of_birth": Y(lambda f: dob(f, 1965, 2004), "birthdate"),
                "nationality": Y(lambda f: f.pick(["PK", "IN", "PH", "BD", "EG", "NP"]), "citizenship"),
                "occupation": G(
                    lambda f: f.pick(["driver", "technician", "nurse", "accountant", "housemaid"])
                ),
                "mobile": Y(lambda f: sa_mobile(f), "phone"),
            },
            "receiver": {
                "first_name": Y(lambda f: f.pick(EXPAT)[0], "name"),
                "last_name": Y(lambda f: f.pick(EXPAT)[1], "name"),
                "mobile": Y(lambda f: foreign_mobile(f), "phone"),
                "country": G(lambda f: f.pick(["PK", "IN", "PH", "BD", "EG", "NP"])),
                "city": Y(
                    lambda f: f.pick(
                        ["Lahore", "Kochi", "Quezon City", "Dhaka", "Menofia", "Pokhara", "Karachi"]
                    ),
                    "city",
                ),
                "address": Y(lambda f: foreign_address(f), "address"),
                "bank_name": G(
                    lambda f: f.pick(
                        ["HBL", "State Bank of India", "BDO Unibank", "Sonali Bank", "Banque Misr"]
                    )
                ),
                "account_number": RED(lambda f: foreign_account(f), "bank account"),
                "bank_code": G(
                    lambda f: f.pick(["SBIN0070012", "HABBPKKA", "BNORPHMM", "BSONBDDH", "BMISEGCX"])
                ),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "child"])),
            },
            "send_amount": G(lambda f: sar(f, 100, 10000)),
            "source_of_funds": G(lambda f: f.pick(["salary", "savings", "business"])),
            "purpose": G(lambda f: f.pick(["family_support", "education", "medical", "construction"])),
            "compliance_hold": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Payout Status Updated",
        ["node"],
        {
            "transaction-id": G(lambda f: f.uuid()),
            "partner-ref": G(lambda f: "TRG" + f.digits(11)),
            "payout-status": G(lambda f: f.pick(["PAID", "READY_FOR_PICKUP", "FAILED", "CANCELLED"])),
            "receiver-name": Y(lambda f: expat_name(f).upper(), "name"),
            "receiver-msisdn": Y(lambda f: msisdn(f), "phone"),
            "paid-at": G(lambda f: f.iso()),
            "agent-location": G(
                lambda f: f.pick(
                    [
                        "Lahore - Mall Road Branch",
                        "Cebu - Colon St Outlet",
                        "Dhaka - Motijheel",
                        "Kathmandu - New Road",
                    ]
                )
            ),
            "pickup-id-type": G(lambda f: f.pick(["CNIC", "AADHAAR", "PASSPORT"])),
            "pickup-id-number": RED(
                lambda f: f.pick([cnic(f), aadhaar(f), passport_no(f)]), "national id|passport"
            ),
            "failure-reason": G(lambda f: f.pick(["", "NAME_MISMATCH", "ACCOUNT_CLOSED", "TIMEOUT"])),
        },
    ),
    (
        "track",
        "Remittance Receipt Shared",
        ["rn"],
        {
            "remittance_id": G(lambda f: f.uuid()),
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "imo", "copy"])),
            "receipt_language": G(lambda f: f.pick(["en", "ur", "tl", "ar", "bn"])),
            "message": Y(lambda f: receipt_message(f), "name", True),
        },
    ),
    # -- cards ----------------------------------------------------------------------------------------
    (
        "track",
        "Card Applied",
        ["swift", "kotlin"],
        {
            "card_product": G(
                lambda f: f.pick(["Sanad mada Debit", "Sanad Visa Signature", "Sanad Platinum Tawarruq Card"])
            ),
            "credit_limit_requested": G(lambda f: f.pick([3000, 10000, 25000, 50000])),
            "monthly_salary": Y(lambda f: salary(f), "salary"),
            "name_on_card": Y(lambda f: ar_name(f).upper().replace("-", " "), "name"),
            "delivery_method": G(lambda f: f.pick(["courier", "branch_pickup"])),
            "delivery_branch_id": G(lambda f: f.pick(["101", "204", "318", "455"])),
            "supplementary": Many(
                {
                    "name": Y(lambda f: ar_name(f), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "son", "daughter"])),
                    "date_of_birth": Y(lambda f: dob(f, 1970, 2008), "birthdate"),
                    "national_id": RED(lambda f: saudi_id(f), "national id"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Card Activated",
        ["dotnet"],
        {
            "CardId": G(lambda f: f.uuid()),
            "CardToken": RED(lambda f: "tkn_" + f.hexid(28), "token"),
            "MaskedPan": G(lambda f: masked_pan(f)),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2026, 2030)),
            "CardScheme": G(lambda f: f.pick(["mada", "VISA", "MASTERCARD"])),
            "ActivationChannel": G(lambda f: f.pick(["APP", "IVR", "ATM"])),
            "ActivationCode": RED(lambda f: num(f, 6), "token"),
            "PinSet": G(lambda f: f.pick([True, False])),
            "CardHolderName": Y(lambda f: ar_name(f).upper(), "name"),
        },
    ),
    (
        "track",
        "Card Added to Wallet",
        ["swift"],
        {
            "wallet": G(lambda f: "apple_pay"),
            "card_last4": G(lambda f: num(f, 4)),
            "card_bin": G(lambda f: f.pick(MADA_BINS)),
            "provisioning_id": G(lambda f: f.uuid()),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Card Transaction Disputed",
        ["web", "rn"],
        {
            "dispute_id": G(lambda f: "DSP-" + f.digits(8)),
            "transaction_id": G(lambda f: f.digits(12)),
            "merchant_name": G(
                lambda f: f.pick(["Jarir Bookstore", "Noon.com", "Careem", "Amazon.sa", "Talabat"])
            ),
            "merchant_city": G(lambda f: f.pick([*SA_CITIES, "Dubai", "London"])),
            "amount": G(lambda f: sar(f, 10, 8000)),
            "currency": G(lambda f: f.pick(["SAR", "USD", "AED"])),
            "reason_code": G(lambda f: f.pick(["4837", "4853", "4863", "10.4"])),
            "card_number": RED(lambda f: card_pan(f), "credit card"),
            "description": G(lambda f: complaint_text(f)),
        },
    ),
    (
        "track",
        "Card Controls Updated",
        ["kotlin", "flutter"],
        {
            "card_id": G(lambda f: f.uuid()),
            "control": G(lambda f: f.pick(["online", "international", "atm", "contactless"])),
            "enabled": G(lambda f: f.pick([True, False])),
            "online_limit": G(lambda f: f.pick([1000, 5000, 20000])),
            "countries_blocked": Many(G(lambda f: f.pick(["NG", "RU", "US", "TR"])), 3),
        },
    ),
    (
        "track",
        "Payment Method Saved",
        ["node"],
        {
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: num(f, 4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["GB", "US", "AE", "DE"])),
            },
            "billing_details": {
                "name": Y(lambda f: any_name(f), "name"),
                "email": Y(lambda f: personal_email(f), "email"),
                "phone": Y(lambda f: mena_mobile(f), "phone"),
                "address": {
                    "line1": Y(
                        lambda f: f.pick([f.street(), f"{building_no(f)} {f.pick(STREETS_ME)}"]),
                        "address|street",
                    ),
                    "city": Y(lambda f: f.pick([f.city(), f.pick(SA_CITIES)]), "city"),
                    "postal_code": Y(lambda f: f.pick([f.zip(), str(f.r.randint(11000, 34999))]), "zipcode"),
                    "country": G(lambda f: f.pick(["SA", "GB", "US", "AE"])),
                },
            },
        },
    ),
    # -- bills ----------------------------------------------------------------------------------------
    (
        "track",
        "Bill Paid",
        MOBILE,
        {
            "biller_id": G(lambda f: f.pick(["001", "002", "010", "051", "090"])),
            "biller_name": G(
                lambda f: f.pick(
                    [
                        "Saudi Electricity Company",
                        "STC",
                        "Mobily",
                        "National Water Company",
                        "Vodafone Egypt",
                        "Orange Jordan",
                    ]
                )
            ),
            "bill_account_number": G(lambda f: f.digits(11)),
            "amount": G(lambda f: sar(f, 10, 3000)),
            "currency": G(lambda f: f.pick(["SAR", "EGP", "JOD"])),
            "due_date": G(lambda f: f.date(2024, 2024)),
            "payment_reference": G(lambda f: f.lucky_order_number()),
            "category": G(lambda f: f.pick(["utilities", "telecom", "government", "education"])),
        },
    ),
    (
        "track",
        "Mobile Recharge Completed",
        ["kotlin", "rn"],
        {
            "operator": G(lambda f: f.pick(["STC", "Mobily", "Zain", "Vodafone", "Orange"])),
            "msisdn": Y(lambda f: mena_mobile(f), "phone"),
            "amount": G(lambda f: f.pick([20, 50, 100, 200])),
            "package": G(lambda f: f.pick(["Sawa 50", "Like 100", "Flex 20", "data_10gb"])),
            "for_self": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Traffic Fine Paid",
        ["swift", "kotlin"],
        {
            "violation_number": G(lambda f: f.digits(10)),
            "fine_amount": G(lambda f: f.pick([150, 300, 500, 900, 3000])),
            "plate_number": Y(
                lambda f: f.pick(
                    [
                        "".join(f.pick(list("ABDEGHJKLNRSTUVXZ")) for _ in range(3))
                        + f" {f.r.randint(1, 9999)}",
                        f.pick(["أ ب ج", "ر س ط", "ح ن د"])
                        + " "
                        + str(f.r.randint(1, 9999)).translate(AR_DIGITS),
                    ]
                ),
                "license",
            ),
            "violator_id": RED(lambda f: saudi_id(f), "national id"),
            "violation_type": G(lambda f: f.pick(["speeding", "red_light", "parking", "seatbelt"])),
        },
    ),
    (
        "track",
        "Government Fee Paid",
        ["web", "kotlin"],
        {
            "service": G(
                lambda f: f.pick(
                    ["iqama_renewal", "exit_reentry", "passport_renewal", "vehicle_registration"]
                )
            ),
            "iqama_number": RED(lambda f: iqama(f), "national id"),
            "beneficiary_type": G(lambda f: f.pick(["self", "dependent", "domestic_worker"])),
            "dependent_name": Y(lambda f: any_name(f), "name"),
            "fee_amount": G(lambda f: f.pick([200, 400, 650, 800, 9600])),
            "duration_months": G(lambda f: f.pick([3, 6, 12])),
            "sadad_number": G(lambda f: f.digits(16)),
        },
    ),
    # -- islamic finance --------------------------------------------------------------------------------
    (
        "track",
        "Finance Calculator Used",
        ["web", "flutter"],
        {
            "product": G(lambda f: f.pick(["tawarruq_personal", "murabaha_auto", "ijara_home"])),
            "finance_amount": G(lambda f: f.r.randint(10, 200) * 5000),
            "tenor_months": G(lambda f: f.pick([12, 24, 36, 60, 240])),
            "profit_rate": G(lambda f: f.pick([3.49, 4.25, 5.1, 6.75])),
            "monthly_installment": G(lambda f: sar(f, 500, 12000)),
            "salary_bracket": Y(
                lambda f: f.pick(["5000-9999", "10000-14999", "15000-24999", "25000+"]), "salary"
            ),
            "employer_category": G(lambda f: f.pick(["government", "private_a", "private_b", "military"])),
            "property_city": G(lambda f: f.pick(SA_CITIES)),
            "down_payment": G(lambda f: f.r.randint(0, 30) * 5000),
        },
    ),
    (
        "track",
        "Tawarruq Application Submitted",
        ["java"],
        {
            "application_id": G(lambda f: "APP-" + f.digits(9)),
            "product": G(lambda f: f.pick(["tawarruq_personal", "murabaha_auto", "ijara_home"])),
            "amount": G(lambda f: f.r.randint(10, 200) * 5000),
            "tenor": G(lambda f: f.pick([12, 24, 36, 60])),
            "commodity": G(lambda f: f.pick(["palm oil", "copper", "aluminium"])),
            "applicant": {
                "full_name": Y(lambda f: four_part_name(f), "name"),
                "national_id": RED(lambda f: saudi_id(f), "national id"),
                "mobile": Y(lambda f: sa_mobile(f), "phone"),
                "employer": G(
                    lambda f: f.pick(["Saudi Aramco", "Ministry of Education", "SABIC", "Almarai"])
                ),
                "job_title": G(lambda f: f.pick(["Engineer", "Teacher", "Accountant", "Officer"])),
                "monthly_salary": Y(lambda f: salary(f), "salary"),
                "simah_score": Y(lambda f: f.r.randint(300, 900), "credit score"),
                "dbr": G(lambda f: round(f.r.uniform(0.1, 0.65), 2)),
                "dependents_count": G(lambda f: f.r.randint(0, 7)),
            },
            "guarantor": {
                "name": Y(lambda f: four_part_name(f), "name"),
                "relation": G(lambda f: f.pick(["brother", "father", "colleague"])),
                "mobile": Y(lambda f: sa_mobile(f), "phone"),
            },
            "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
        },
    ),
    (
        "track",
        "Auto Murabaha Quote Requested",
        ["rn", "web"],
        {
            "dealer_name": G(
                lambda f: f.pick(["Abdul Latif Jameel", "Aljabr Trading", "Mohamed Yousuf Naghi Motors"])
            ),
            "car_make": G(lambda f: f.pick(["Toyota", "Hyundai", "Lexus", "Nissan"])),
            "car_model": G(lambda f: f.pick(["Camry", "Land Cruiser", "Elantra", "Patrol"])),
            "model_year": G(lambda f: f.pick([2023, 2024, 2025])),
            "vin": Y(
                lambda f: f.pick(["JTDB", "KMHL", "JN1T", "2T1B"]) + f.hexid(13).upper().replace("O", "0"),
                "serial",
            ),
            "price": G(lambda f: f.r.randint(60, 400) * 1000),
            "down_payment": G(lambda f: f.r.randint(0, 30) * 5000),
            "insurance_included": G(lambda f: f.pick([True, False])),
            "dealer_city": G(lambda f: f.pick(SA_CITIES)),
        },
    ),
    (
        "track",
        "Takaful Enrolled",
        ["python"],
        {
            "policy_number": Y(lambda f: "TKF-" + f.digits(9), "identification"),
            "plan": G(lambda f: f.pick(["family_basic", "family_plus", "travel_annual"])),
            "premium": G(lambda f: sar(f, 200, 9000)),
            "insured_members": Many(
                {
                    "name": Y(lambda f: any_name(f), "name"),
                    "relation": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
                    "dob": Y(lambda f: dob(f, 1950, 2023), "birthdate"),
                    "member_no": Y(lambda f: "M" + f.digits(8), "identification"),
                    "has_chronic_condition": Y(lambda f: f.pick([True, False]), "condition"),
                },
                4,
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Takaful Claim Submitted",
        ["python"],
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "policy_number": Y(lambda f: "TKF-" + f.digits(9), "identification"),
            "hospital_name": G(
                lambda f: f.pick(
                    ["Dr. Sulaiman Al Habib Hospital", "Saudi German Hospital", "Dallah Hospital"]
                )
            ),
            "patient_mrn": RED(lambda f: f.pick(["MRN", "HH", ""]) + f.digits(8), "health id"),
            "diagnosis": Y(
                lambda f: f.pick(
                    ["type 2 diabetes", "appendicitis", "asthma", "kidney stones", "hypertension"]
                ),
                "diagnosis",
            ),
            "treating_doctor": Y(lambda f: "Dr. " + f.pick([ar_name(f), f.full_name()]), "name"),
            "treatment_date": G(lambda f: f.date(2024, 2024)),
            "claim_amount": G(lambda f: sar(f, 150, 60000)),
        },
    ),
    (
        "track",
        "Contact Picked",
        ["rn"],
        {
            "contact": {
                "display_name": Y(lambda f: any_name(f), "name"),
                "phone_numbers": Many(Y(lambda f: f.pick([foreign_mobile(f), mena_mobile(f)]), "phone"), 2),
                "has_photo": G(lambda f: f.pick([True, False])),
            },
            "flow": G(lambda f: f.pick(["remit_new_receiver", "recharge", "referral"])),
        },
    ),
    (
        "track",
        "Savings Goal Created",
        ["swift", "kotlin", "flutter"],
        {
            "goal_id": G(lambda f: f.uuid()),
            "goal_type": G(lambda f: f.pick(["hajj", "umrah", "wedding", "education", "car", "emergency"])),
            "goal_name": G(lambda f: f.pick(["Hajj 2026", "New car", "Summer trip", "Emergency fund"])),
            "target_amount": G(lambda f: f.r.randint(1, 100) * 1000),
            "monthly_contribution": G(lambda f: f.r.randint(1, 40) * 100),
            "target_date": G(lambda f: f.date(2025, 2028)),
        },
    ),
    (
        "track",
        "Salary Received",
        ["go"],
        {
            "account_id": G(lambda f: f.uuid()),
            "salary_amount": Y(lambda f: sar(f, 3000, 80000), "salary"),
            "employer_name": G(lambda f: f.pick(["Saudi Aramco", "STC", "Almarai", "Ministry of Health"])),
            "payroll_reference": G(lambda f: "WPS" + f.digits(10)),
            "value_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- branches, RMs, support ---------------------------------------------------------------------------
    (
        "track",
        "Branch Appointment Booked",
        ["web", "kotlin", "swift"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "branch": {
                "id": G(lambda f: f.pick(["101", "204", "318", "455"])),
                "name": G(lambda f: f.pick(["Olaya Main", "Tahlia Ladies Branch", "Dokki", "Abdoun"])),
                "city": G(lambda f: f.pick(["Riyadh", "Jeddah", "Giza", "Amman"])),
                "phone": G(
                    lambda f: f.pick(["920012345", "+966 11 218 0000", "+20 2 3760 1111", "+962 6 592 0000"])
                ),
                "email": G(
                    lambda f: f.pick(["olaya.branch@sanad-bank.example", "dokki.branch@sanad-bank.example"])
                ),
                "latitude": G(lambda f: f.pick([24.6936, 21.5523, 30.0385, 31.9497])),
                "longitude": G(lambda f: f.pick([46.6853, 39.1729, 31.2109, 35.8871])),
            },
            "service": G(
                lambda f: f.pick(
                    ["account_opening", "card_replacement", "finance_consultation", "update_kyc"]
                )
            ),
            "slot_start": G(lambda f: f.iso()),
            "ladies_section": G(lambda f: f.pick([True, False])),
            "accessibility_needs": RED(
                lambda f: f.pick(["wheelchair_access", "sign_language", "visual_assistance"]), "disability"
            ),
            "customer_name": Y(lambda f: any_name(f), "name"),
            "customer_mobile": Y(lambda f: mena_mobile(f), "phone"),
            "customer_email": Y(lambda f: personal_email(f), "email"),
            "notes": Y(lambda f: notes_with_phone(f), "phone", True),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["ruby"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "template": G(lambda f: f.pick(["appt_reminder_ar", "appt_reminder_en"])),
            "to": Y(lambda f: mena_mobile(f), "phone", True),
            "from": G(lambda f: f.pick(["SanadBank", "+966920012345", "SANAD"])),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
        },
    ),
    (
        "track",
        "Relationship Manager Assigned",
        ["java"],
        {
            "rm": {
                "employee_id": G(lambda f: "E" + f.digits(5)),
                "name": Y(lambda f: ar_name(f), "name"),
                "email": Y(lambda f: staff_email(f), "email"),
                "mobile": Y(lambda f: sa_mobile(f), "phone"),
                "title": G(lambda f: f.pick(["Relationship Manager", "Senior RM", "Private Banker"])),
                "branch_code": G(lambda f: f.pick(["101", "204", "318", "455"])),
            },
            "customer_segment": G(lambda f: f.pick(["affluent", "private", "sme"])),
            "assignment_reason": G(lambda f: f.pick(["new_customer", "rm_left", "segment_upgrade"])),
        },
    ),
    (
        "track",
        "RM Call Logged",
        ["php"],
        {
            "call_id": G(lambda f: f.uuid()),
            "duration_sec": G(lambda f: f.r.randint(20, 1800)),
            "outcome": G(lambda f: f.pick(["interested", "not_interested", "no_answer", "callback"])),
            "rm_employee_id": G(lambda f: "E" + f.digits(5)),
            "customer_cif": G(lambda f: f.digits(8)),
            "call_summary": Y(lambda f: rm_summary(f), "name", True),
            "callback_number": Y(lambda f: mena_mobile(f), "phone"),
            "products_discussed": Many(
                G(lambda f: f.pick(["tawarruq", "credit_card", "deposit", "takaful"])), 3
            ),
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["rn", "web"],
        {
            "chat_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["transfer_issue", "card_issue", "remittance_status"])),
            "language": G(lambda f: f.pick(["ar", "en", "ur"])),
            "first_message": RED(lambda f: chat_with_iban(f), "bank account", True),
            "queue": G(lambda f: f.pick(["retail_ar", "retail_en", "remit"])),
            "wait_seconds": G(lambda f: f.r.randint(0, 900)),
            "agent_name": Y(lambda f: f.pick([ar_first(f), ar_name(f)]), "name"),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        ["web"],
        {
            "complaint_id": G(lambda f: "CMP-" + f.digits(8)),
            "category": G(lambda f: f.pick(["atm", "app", "billing", "branch", "fx"])),
            "sama_reference": G(lambda f: "SAMA-" + f.digits(10)),
            "details": G(lambda f: complaint_text(f)),
            "contact_preference": G(lambda f: f.pick(["phone", "email", "app"])),
        },
    ),
    (
        "track",
        "E-Statement Email Sent",
        ["ruby"],
        {
            "recipient": Y(lambda f: personal_email(f), "email", True),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.sanad-bank.example>"),
            "template": G(lambda f: f.pick(["estatement_monthly_ar", "estatement_monthly_en"])),
            "from_address": G(lambda f: "no-reply@sanad-bank.example"),
            "reply_to": G(lambda f: "support@sanad-bank.example"),
            "statement_month": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03"])),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["node"],
        {
            "From": Y(lambda f: sa_mobile(f, "e164"), "phone", True),
            "To": G(lambda f: f.pick(["+966920012345", "88990"])),
            "Body": G(lambda f: sms_body(f)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "FromCountry": G(lambda f: "SA"),
        },
    ),
    # -- loyalty and marketing -----------------------------------------------------------------------------
    (
        "track",
        "Rewards Redeemed",
        ["flutter", "swift"],
        {
            "loyalty_number": G(lambda f: f.digits(10)),
            "points": G(lambda f: f.r.randint(500, 90000)),
            "partner": G(lambda f: f.pick(["Alfursan", "Qitaf", "Nahdi", "Extra"])),
            "alfursan_member_id": G(lambda f: f.digits(9)),
            "reward_name": G(lambda f: f.pick(["5,000 miles", "SAR 100 voucher", "Cinema tickets"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "referral_code": G(lambda f: "SND-" + f.hexid(5).upper()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "invitee_phone": Y(lambda f: mena_mobile(f), "phone"),
            "invitee_name": Y(lambda f: any_name(f), "name"),
            "invitees_count": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(f), "email"),
                "ph": Y(lambda f: sha256(f), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: ua_web(f)),
                "external_id": G(lambda f: sha256(f)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 100])),
                "currency": G(lambda f: "SAR"),
                "content_name": G(lambda f: f.pick(["credit_card_lead", "finance_lead", "remit_signup"])),
            },
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["kotlin", "swift"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": G(
                lambda f: f.pick(["Your salary has arrived", "Zero fees to Pakistan this week", "رمضان كريم"])
            ),
            "deep_link": G(
                lambda f: f.pick(["sanad://remit/quote", "sanad://cards", "sanad://finance/tawarruq"])
            ),
            "opened_at": G(lambda f: f.iso()),
        },
    ),
    # -- Arabic-script keys ----------------------------------------------------------------------------------
    (
        "track",
        "طلب تمويل",
        ["web", "flutter"],
        {
            "الاسم_الكامل": Y(
                lambda f: f"{f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_FIRST_SCRIPT)} {f.pick(AR_LAST_SCRIPT)}",
                "name",
            ),
            "رقم_الجوال": Y(lambda f: sa_mobile(f, "local"), "phone"),
            "رقم_الهوية": RED(lambda f: saudi_id(f), "national id"),
            "المدينة": Y(lambda f: f.pick(AR_CITIES_SCRIPT), "city"),
            "جهة_العمل": G(lambda f: f.pick(["أرامكو السعودية", "وزارة الصحة", "سابك", "شركة المراعي"])),
            "الراتب_الشهري": Y(lambda f: f.r.randint(4000, 60000), "salary"),
            "مبلغ_التمويل": G(lambda f: f.r.randint(10, 200) * 5000),
            "مدة_التمويل": G(lambda f: f.pick([12, 24, 36, 60])),
            "نوع_المنتج": G(lambda f: f.pick(["تورق", "مرابحة", "إجارة"])),
            "الموافقة_على_الشروط": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tahweel Gedeed",
        ["php"],
        {
            "esm_el_mostafeed": Y(lambda f: ar_name(f), "name"),
            "rakam_el_hesab": RED(lambda f: f.pick([iban(f, "EG"), num(f, 16)]), "bank account"),
            "rakam_el_mobile": Y(lambda f: eg_mobile(f), "phone"),
            "el_mablagh": G(lambda f: sar(f, 100, 100000)),
            "el_3omla": G(lambda f: f.pick(["EGP", "USD"])),
            "el_bank": G(lambda f: f.pick([b[1] for b in EG_BANKS])),
            "el_far3": G(lambda f: f.pick(["Dokki", "Heliopolis", "Smouha", "Maadi"])),
            "tareekh_el_ta7weel": G(lambda f: f.iso()),
        },
    ),
    # -- SME ---------------------------------------------------------------------------------------------
    (
        "group",
        None,
        ["python", "web"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Al Noor Trading Est.", "Desert Bloom Cafe", "Nile Logistics LLC", "Petra Digital"]
                )
            ),
            "commercial_registration": G(lambda f: "1010" + f.digits(6)),
            "vat_number": G(lambda f: "3" + f.digits(13) + "3"),
            "industry": G(lambda f: f.pick(["retail", "food_and_beverage", "logistics", "technology"])),
            "employees": G(lambda f: f.r.randint(2, 400)),
            "hq_city": G(lambda f: f.pick(["Riyadh", "Jeddah", "Cairo", "Amman"])),
            "switchboard_phone": G(lambda f: f.pick(["+966 11 464 2200", "920033221", "+20 2 2735 9000"])),
            "info_email": G(
                lambda f: f.pick(
                    [
                        "info@alnoor-trading.example",
                        "accounts@desertbloom.example",
                        "finance@nilelogistics.example",
                    ]
                )
            ),
            "website": G(lambda f: f.pick(["https://alnoor-trading.example", "https://desertbloom.example"])),
            "owner_name": Y(lambda f: ar_name(f), "name"),
            "owner_national_id": RED(lambda f: any_national_id(f), "national id"),
            "authorized_signatories": Many(
                {
                    "name": Y(lambda f: any_name(f), "name"),
                    "mobile": Y(lambda f: mena_mobile(f), "phone"),
                    "role": G(lambda f: f.pick(["owner", "cfo", "manager"])),
                },
                3,
            ),
            "plan": G(lambda f: f.pick(["sme_basic", "sme_plus"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payroll File Uploaded",
        ["dotnet"],
        {
            "PayrollBatchId": G(lambda f: f.uuid()),
            "EmployeeCount": G(lambda f: f.r.randint(2, 400)),
            "TotalAmount": G(lambda f: sar(f, 5000, 2000000)),
            "Currency": G(lambda f: "SAR"),
            "MolEstablishmentId": G(lambda f: f"{f.r.randint(1, 20)}-{f.digits(7)}"),
            "ValueDate": G(lambda f: f.date(2024, 2024)),
            "FileName": G(lambda f: f"payroll_2024_{f.r.randint(1, 12):02d}.csv"),
            "RejectedRows": Many(
                {
                    "RowNumber": G(lambda f: f.r.randint(2, 400)),
                    "EmployeeName": Y(lambda f: f.pick([expat_name(f), ar_name(f)]), "name"),
                    "Iqama": RED(lambda f: saudi_id(f), "national id"),
                    "Iban": RED(lambda f: iban(f, "SA"), "bank account"),
                    "NetPay": Y(lambda f: f.r.randint(1500, 30000), "salary"),
                    "Reason": G(lambda f: f.pick(["INVALID_IBAN", "ID_EXPIRED", "DUPLICATE_ROW"])),
                },
                3,
            ),
        },
    ),
    (
        "alias",
        None,
        ["swift", "web", "kotlin"],
        {},
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
                "userId": "C" + f.digits(9),
            }
            if event and kind == "track":
                msg["event"] = event
            elif event:
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            elif kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            else:
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=154, repeats=24)
    write(Path(__file__).parent, "holdout154_", events, labels)
