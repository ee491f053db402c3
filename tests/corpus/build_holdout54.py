"""Writes holdout 54: tests/corpus/holdout54_events.jsonl and holdout54_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, its documentation or any other corpus
than build_holdout3.py (read for the format). Nothing here was tuned to the engine's output; the
engine was never run on these events by their author.

Domain: home care and elder care agencies in the UK, Ireland and the Philippines. Care visits
and electronic visit verification (GPS, NFC and telephone check-in), visit logs, medication
administration records (MAR), care plans, family portal messages and invites, carer rostering,
shift swaps, timesheets and compliance (DBS, right to work, NMC), incident reports, telecare
pendant alarms, a care supplies shop (e-commerce spec), invoices to families and local
authorities (Stripe-, GoCardless-, SEPA- and PayMongo-shaped payments), HSE home support
referrals, a Philippine booking app with Tagalog keys (pangalan, apelyido, kaarawan, tirahan,
numero_ng_telepono ...), Twilio-shaped SMS and IVR webhooks, a Facebook Conversions API relay, a
warehouse reverse-ETL identify (SCREAMING_SNAKE), a .NET invoicing service (PascalCase), a
rostering vendor's kebab-case export, and audit events. Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter, and server libraries (python, node,
go, java, ruby, php, csharp) with their real `context` shapes.

People: clients (older and disabled people), relatives and next of kin, carers, nurses, GPs,
social workers, coordinators, enquirers and job applicants; names from British, Irish, Filipino,
Polish, Romanian, Nigerian, Zimbabwean, Indian, Nepali, Pakistani, Chinese and Ukrainian
families. Values have real shapes: UK, Irish, Philippine and overseas phone formats; UK
postcodes, Eircodes, Philippine ZIP codes; NHS numbers with a valid mod-11 check digit; Irish
PPSNs with a valid mod-23 check letter; NI numbers with valid prefixes; Luhn-valid cards;
mod-97-valid GB and IE IBANs; UK driving licence numbers built from the surname and birth date.

Conventions: each leaf path carries classification (red / yellow / green), type (a matcher name
of the reference's default table, or bank account, geolocation, secret, national id, health id,
advertising id, credit card, token ...; `a|b` when either is fair) and value_only (the key does
not say what the value is; only the value can). Labels follow the brief's rules:
- PII is data about a natural person: the user, a client, a relative, a carer, a GP, a witness.
  Colours are the reference's defaults; outside it, red for secrets, tokens, cards, bank
  accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue, versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (emailVerified, medications_due_today, has_driving_licence), product names,
  pets' names, ages and age bands, marital status, job titles, employers, the agency's own phone,
  e-mail and office address (including the agency's number in Twilio webhooks), countries,
  counties, provinces, local authorities, languages, user agents, OS analytics device ids, card
  brand / last four / expiry, sort codes and BICs.
- Yellow by policy: insurance policy numbers (identification), prescription numbers
  (medication), pay and hourly pay rates (salary), vehicle registrations (license), ad click ids
  and browser ids (gclid, fbp, fbc: advertising id), billing and shipping addresses.
- Red by policy: payment-method and card tokens, invite/activation/reset tokens and one-time
  codes (token|secret); key-safe, door and alarm codes a client holds (secret).
- Special categories: a field whose values reveal health is PII even as an enum or boolean
  (mobility level and disability declarations: disability, red; continence support, diet texture,
  DNACPR, injuries: condition, yellow; diagnoses, medications, allergies, religion, ethnicity,
  sexual orientation: their yellow matchers; armed forces veteran: veteran, red). Care-service
  enums that describe the agency's work (visit task names, care type requested, incident type,
  medication outcome, dose and route) are green.
- Free text is labelled by what every one of its values carries: visit notes, incident
  descriptions, SMS bodies and CV file names that always name a person are name (value_only);
  care enquiry messages that always describe the person's illness are condition|diagnosis
  (value_only); family messages, delivery notes, MAR notes, ratings and Tagalog notes that never
  carry PII are green.
- Judgement calls, made as a careful privacy owner at a mid-size agency would: a staff member's
  work e-mail and phone are PII (a natural person's), the agency's shared inboxes and numbers are
  not; a carer's professional registration (NMC PIN) and DBS certificate number are license and
  certificate (yellow); right-to-work status, visa expiry and BRP numbers are visa (red); a
  Philippine PWD id reveals disability (red); a GoCardless/Stripe customer or mandate id is an id
  we are issued (green); the charge rate on an invoice line is a price (green), while a carer's
  hourly pay is salary (yellow); a postcode typed into a branch finder is the searcher's (or
  their parent's) zipcode; a telecare pendant's serial and its hub's MAC are serial and mac; an
  APNs push token in context.device.token is a token (red), since it lets anyone holding it reach
  the person's phone. Twilio's `To` is the family's phone in the SMS callback but the agency's
  number in the IVR webhook, so the IVR payload is nested under `webhook` (one label per path).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

CULTURES = [
    (
        [
            "Margaret",
            "Dorothy",
            "Arthur",
            "Bernard",
            "Joan",
            "Eileen",
            "Kenneth",
            "Sheila",
            "Derek",
            "Maureen",
            "Olive",
            "Harold",
            "Gwen",
            "Rhys",
            "Emma",
            "Oliver",
            "Chloe",
            "Liam",
            "Sophie",
            "Jack",
        ],
        [
            "Thompson",
            "Davies",
            "Evans",
            "Hughes",
            "Roberts",
            "Wright",
            "Walker",
            "Jenkins",
            "Price",
            "Lloyd",
            "Harrison",
            "Clarke",
            "Morgan",
            "Bennett",
        ],
    ),
    (
        [
            "Siobhán",
            "Ciarán",
            "Aoife",
            "Niamh",
            "Seán",
            "Bríd",
            "Pádraig",
            "Máire",
            "Declan",
            "Orla",
            "Eamon",
            "Nuala",
        ],
        [
            "Murphy",
            "Kelly",
            "O'Sullivan",
            "Byrne",
            "Walsh",
            "Ó Briain",
            "McCarthy",
            "Fitzgerald",
            "Ní Dhomhnaill",
            "Doherty",
        ],
    ),
    (
        [
            "Maria Cristina",
            "Juan",
            "Teresita",
            "Lourdes",
            "Ernesto",
            "Rodel",
            "Mary Grace",
            "Jhun",
            "Analyn",
            "Rosario",
            "Danilo",
            "Princess",
            "Jose Mari",
            "Marites",
        ],
        [
            "dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Mendoza",
            "Villanueva",
            "Castillo",
            "Domingo",
            "Aquino",
            "Manalo",
            "Pangilinan",
            "Soriano",
            "Macaraeg",
        ],
    ),
    (["Agnieszka", "Bogdan", "Krzysztof", "Ewa"], ["Nowak", "Kowalczyk", "Wiśniewska", "Zieliński"]),
    (["Ionela", "Mihai", "Andreea"], ["Popescu", "Ionescu", "Dumitru"]),
    (["Chiamaka", "Adebayo", "Ngozi", "Oluwaseun"], ["Eze", "Okonkwo", "Adeyemi", "Okafor"]),
    (["Tendai", "Rutendo", "Farai"], ["Moyo", "Chikwanha", "Ndlovu"]),
    (["Anjali", "Jincy", "Thomas", "Priya"], ["Nair", "Thomas", "Varghese", "Pillai"]),
    (["Sita", "Bikash"], ["Gurung", "Tamang"]),
    (["Mohammed", "Nusrat", "Imran", "Fatima"], ["Begum", "Ahmed", "Khan", "Hussain"]),
    (["Wei", "Mei Ling"], ["Chen", "Wong"]),
    (["Olena", "Dmytro"], ["Shevchenko", "Bondarenko"]),
]

EMAIL_DOMAINS = ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "icloud.com", "eircom.net"]
EMAIL_DOMAINS += ["yahoo.com.ph", "yahoo.co.uk", "live.ie", "proton.me"]
STAFF_DOMAINS = ["brighthomecare.co.uk", "carelinkhomecare.ie", "kalingacare.ph"]

UK_STREETS = ["Church Lane", "Victoria Road", "Park Avenue", "Station Road", "Mill Lane", "Beech Grove"]
UK_STREETS += ["Kingsway", "Albert Street", "Hyde Park Road", "Ffordd y Brenin", "Holly Close"]
UK_TOWNS = ["Leeds", "Bradford", "Swansea", "Norwich", "Stoke-on-Trent", "Bristol", "Sheffield", "Croydon"]
UK_TOWNS += ["Bolton", "Plymouth", "Cardiff", "Harrogate"]
IE_STREETS = [
    "Main Street",
    "Castle Street",
    "Bóthar na Trá",
    "Church Road",
    "Patrick Street",
    "The Crescent",
]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Dublin 6", "Sligo", "Navan", "Tralee", "Ennis", "Athlone"]
PH_STREETS = ["Mabini", "Rizal", "Bonifacio", "Luna", "Sampaguita", "Kalayaan", "Maginhawa"]
PH_BARANGAYS = ["San Isidro", "Poblacion", "Malanday", "Kamuning", "Lahug", "Talamban", "Bagong Silang"]
PH_CITIES = ["Quezon City", "Cebu City", "Davao City", "Makati", "Iloilo City", "Baguio", "Pasig", "Antipolo"]
PH_PROVINCES = ["Metro Manila", "Cebu", "Davao del Sur", "Iloilo", "Benguet", "Rizal"]

MEDICATIONS = ["Donepezil 10mg", "Metformin 500mg", "Amlodipine 5mg", "Paracetamol 500mg", "Furosemide 40mg"]
MEDICATIONS += ["Levothyroxine 50mcg", "Warfarin 3mg", "Apixaban 5mg", "Sertraline 50mg", "Memantine 20mg"]
MEDICATIONS += [
    "Co-codamol 30/500",
    "Lactulose 10ml",
    "Insulin glargine",
    "Salbutamol inhaler",
    "Bisoprolol 2.5mg",
]
DIAGNOSES = ["Alzheimer's disease", "Vascular dementia", "COPD", "Parkinson's disease", "Type 2 diabetes"]
DIAGNOSES += ["Heart failure", "Osteoarthritis", "Stroke with left-sided weakness", "Multiple sclerosis"]
DIAGNOSES += ["Macular degeneration", "Chronic kidney disease stage 3", "Hypertension", "Lewy body dementia"]
ALLERGIES = [
    "Penicillin",
    "Latex",
    "Aspirin",
    "Shellfish",
    "Codeine",
    "Peanuts",
    "Sulfonamides",
    "Elastoplast",
]
CARE_PRODUCTS = ["Grab Rail 45cm", "Personal Alarm Pendant", "Raised Toilet Seat", "Pill Organiser 7-Day"]
CARE_PRODUCTS += ["Walking Frame with Wheels", "Incontinence Pads (28)", "Bed Rail", "Shower Stool"]
CARE_PRODUCTS += ["Easy-Grip Cutlery Set", "Big Button Phone", "Memory Clock", "Kettle Tipper"]
AGENCY_PHONES = ["0113 496 0000", "+44 113 496 0500", "021 490 1200", "+353 21 490 1200", "(02) 8651 7700"]
AGENCY_PHONES += ["+63 2 8651 7700", "0330 123 4567"]
BRANCHES = ["Leeds North", "Swansea", "Norwich", "Cork City", "Galway", "Quezon City", "Cebu"]


def culture(f: Fake):
    return f.pick(CULTURES)


def first(f: Fake) -> str:
    return f.pick(culture(f)[0])


def last(f: Fake) -> str:
    return f.pick(culture(f)[1])


def full_name(f: Fake) -> str:
    firsts, lasts = culture(f)
    return f"{f.pick(firsts)} {f.pick(lasts)}"


def doctor(f: Fake) -> str:
    return "Dr " + full_name(f)


def ascii_fold(text: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚśŚżŻńłŁ", "aeiouAEIOUsSzZnlL")
    return text.translate(table).lower().replace("'", "").replace(" ", "")


def email(f: Fake) -> str:
    user = ascii_fold(f.pick(culture(f)[0]))
    sep = f.pick([".", "_", "", "."])
    tail = ascii_fold(f.pick(culture(f)[1]))[:8]
    number = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1940, 2001))])
    return f"{user}{sep}{tail}{number}@{f.pick(EMAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    firsts, lasts = culture(f)
    return f"{ascii_fold(f.pick(firsts))}.{ascii_fold(f.pick(lasts))}@{f.pick(STAFF_DOMAINS)}"


def uk_mobile(f: Fake) -> str:
    body = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"+44{body}", f"0{body}"])


def uk_landline(f: Fake) -> str:
    return f.pick(
        [
            f"0113 496 0{f.r.randint(100, 999)}",
            f"01632 960{f.r.randint(100, 999)}",
            f"029 2018 {f.r.randint(1000, 9999)}",
            f"(01792) {f.r.randint(400000, 799999)}",
        ]
    )


def ie_phone(f: Fake) -> str:
    prefix = f.pick(["83", "85", "86", "87", "89"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick(
        [f"0{prefix} {a} {b}", f"+353 {prefix} {a} {b}", f"+353{prefix}{a}{b}", f"(021) 49{a} {b % 1000}"]
    )


def ph_phone(f: Fake) -> str:
    prefix = f.pick(["917", "918", "927", "939", "945", "966", "998"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick([f"0{prefix} {a} {b}", f"+63 {prefix} {a} {b}", f"+63{prefix}{a}{b}", f"0{prefix}-{a}-{b}"])


def abroad_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f.phone("intl_space"),
            f"+234 80{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
            f"+48 5{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+971 50 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake) -> str:
    kind = f.r.random()
    if kind < 0.4:
        return uk_mobile(f)
    if kind < 0.55:
        return uk_landline(f)
    if kind < 0.72:
        return ie_phone(f)
    if kind < 0.9:
        return ph_phone(f)
    return abroad_phone(f)


def uk_postcode(f: Fake) -> str:
    area = f.pick(["LS", "BD", "SA", "NR", "ST", "BS", "S", "CR", "BL", "PL", "CF", "HG", "M", "B"])
    inward = f.pick("ABDEFGHJLNPQRSTUWXYZ") + f.pick("ABDEFGHJLNPQRSTUWXYZ")
    return f"{area}{f.r.randint(1, 29)} {f.r.randint(0, 9)}{inward}"


def eircode(f: Fake) -> str:
    key = f.pick(["D04", "D6W", "T12", "T23", "H91", "V94", "F91", "C15", "V92", "N37", "A94"])
    tail = f.pick("ACDEFHKNPRTVWXY") + "".join(f.pick("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
    return f"{key} {tail}"


def ph_zip(f: Fake) -> str:
    return f.pick(["1100", "1105", "1128", "6000", "8000", "1226", "1600", "5000", "2600", "1870"])


def postcode(f: Fake) -> str:
    return f.pick([uk_postcode, uk_postcode, eircode, ph_zip])(f)


def uk_street(f: Fake) -> str:
    house = f.pick([str(f.r.randint(1, 240)), f"Flat {f.r.randint(1, 12)}, {f.r.randint(1, 90)}"])
    return f"{house} {f.pick(UK_STREETS)}"


def ie_street(f: Fake) -> str:
    return f.pick(
        [f"{f.r.randint(1, 120)} {f.pick(IE_STREETS)}", f"Apt {f.r.randint(1, 30)}, {f.pick(IE_STREETS)}"]
    )


def ph_street(f: Fake) -> str:
    lot = f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 30)}"
    return f"{lot}, {f.pick(PH_STREETS)} St., Brgy. {f.pick(PH_BARANGAYS)}"


def street(f: Fake) -> str:
    return f.pick([uk_street, uk_street, ie_street, ph_street])(f)


def town(f: Fake) -> str:
    return f.pick([f.pick(UK_TOWNS), f.pick(UK_TOWNS), f.pick(IE_TOWNS), f.pick(PH_CITIES)])


def one_line_address(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        return f"{uk_street(f)}, {f.pick(UK_TOWNS)} {uk_postcode(f)}"
    if kind == 1:
        return f"{ie_street(f)}, {f.pick(IE_TOWNS)}, {eircode(f)}"
    return f"{ph_street(f)}, {f.pick(PH_CITIES)} {ph_zip(f)}"


def nhs_number(f: Fake) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(9)]
        digits[0] = f.r.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        number = "".join(map(str, digits)) + str(0 if check == 11 else check)
        return f.pick([number, f"{number[:3]} {number[3:6]} {number[6:]}"])


def ppsn(f: Fake) -> str:
    digits = [f.r.randint(0, 9) for _ in range(7)]
    second = f.pick(["", "", "A", "W"])
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second))
    check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return "".join(map(str, digits)) + check + second


def ni_number(f: Fake) -> str:
    while True:
        prefix = f.pick("ABCEGHJKLMNOPRSTWXYZ") + f.pick("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def iban(f: Fake, country: str) -> str:
    if country == "IE":
        bban = f.pick(["AIBK", "BOFI", "IPBS"]) + f.digits(6) + f.digits(8)
    else:
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + f.digits(6) + f.digits(8)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def sort_code(f: Fake) -> str:
    return f.pick(["20-00-00", "40-47-84", "60-16-13", "30-90-89", "07-00-93", "83-91-46", "11-00-01"])


def driving_licence(f: Fake) -> str:
    surname = ascii_fold(f.pick(culture(f)[1])).upper()[:5].ljust(5, "9")
    year, month, day = f.r.randint(1950, 2002), f.r.randint(1, 12), f.r.randint(1, 28)
    month += f.pick([0, 50])
    initials = "".join(f.pick(string.ascii_uppercase) for _ in range(2))
    check = "".join(f.pick(string.ascii_uppercase) for _ in range(2))
    return f"{surname}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"


def uk_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = f.pick(["15", "65", "18", "68", "19", "69", "21", "71", "23", "73"])
    pre = "".join(f.pick(letters) for _ in range(2))
    return f"{pre}{age} {''.join(f.pick(letters) for _ in range(3))}"


def brp(f: Fake) -> str:
    return f.pick(["ZR", "ZU", "RZ", "ZX"]) + f.digits(7)


def nmc_pin(f: Fake) -> str:
    return f"{f.r.randint(0, 24):02d}{f.pick('ABCDEFGHIJKL')}{f.digits(4)}{f.pick('ABCDEOS')}"


def philhealth(f: Fake) -> str:
    d = f.digits(12)
    return f.pick([f"{d[:2]}-{d[2:11]}-{d[11]}", d])


def pwd_id(f: Fake) -> str:
    return f"{f.pick(['13', '07', '11', '06'])}-{f.digits(4)}-{f.digits(3)}-{f.digits(7)}"


def senior_id(f: Fake) -> str:
    return f"{f.pick(['QC', 'CEB', 'DVO', 'MKT'])}-{f.r.randint(2012, 2024)}-{f.digits(6)}"


def gclid(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits + "_-"
    return "Cj0KCQ" + "".join(f.pick(alnum) for _ in range(80))


def hours(f: Fake) -> float:
    return f.pick([0.5, 0.75, 1.0, 1.5, 2.0, 0.25])


def when(f: Fake) -> str:
    return f"{f.r.randint(6, 22):02d}:{f.pick(['00', '15', '30', '45'])}"


def arrival_sms(f: Fake) -> str:
    start = f.r.randint(14, 42) * 30
    window = f"{start // 60:02d}:{start % 60:02d} and {(start + 30) // 60:02d}:{(start + 30) % 60:02d}"
    return f"Bright Home Care: {first(f)} will visit today between {window}."


# -- free text --------------------------------------------------------------------------------------


def visit_note(f: Fake) -> str:
    who = f.pick([first(f), "Mrs " + last(f), "Mr " + last(f), first(f)])
    return f.pick(
        [
            f"{who} was in good spirits, had porridge and a cup of tea.",
            f"Assisted {who} with a shower, applied cream to both legs.",
            f"{who} ate half of lunch, fluids encouraged, bins put out.",
            f"{who} asleep on arrival, woke easily. Evening meds prompted.",
            f"Helped {who} to the chair, lunch prepared and left in reach.",
            f"{who} said the kettle is not working, office informed.",
            f"Prepared tea for {who}, curtains closed, lights on in hall.",
        ]
    )


def enquiry_message(f: Fake) -> str:
    rel = f.pick(["Mum", "Dad", "My husband", "My wife", "My aunt", "My father-in-law"])
    return f.pick(
        [
            f"{rel} was discharged last week after a stroke and needs help getting up in the morning.",
            f"{rel} has Parkinson's and is struggling with meals and medication.",
            f"{rel} was diagnosed with dementia last year and is getting confused in the evenings.",
            f"{rel} has COPD and gets very breathless, we need someone for shopping and cleaning.",
            f"Looking for help for {rel.lower()}, who has had two falls since the hip replacement.",
            f"{rel} has macular degeneration and can no longer read the medication labels.",
            f"{rel} is recovering from a broken wrist and can't manage personal care at the moment.",
            f"{rel} has multiple sclerosis and the current agency is stopping in March.",
        ]
    )


def family_message(f: Fake) -> str:
    return f.pick(
        [
            "Thanks for today, all good.",
            "Could the evening visit be 30 minutes later this week?",
            "Please remember the bins go out on Tuesday.",
            "We're away until Sunday, the neighbour has a spare key.",
            "Is there any chance of the same carer on weekends?",
            "The chemist delivery comes on Thursdays now.",
            "Can someone check the heating timer please?",
            "Lovely to see the photos of the garden, thank you!",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------

CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UAS = [
    CHROME_UA,
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A145R) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SITE = "https://www.brighthomecare.co.uk"
PAGES = [
    ("/", "Bright Home Care | Home care in Leeds, Swansea and Norwich"),
    ("/services/live-in-care", "Live-in care | Bright Home Care"),
    ("/careers/care-assistant", "Care Assistant jobs | Bright Home Care"),
    ("/branches/leeds-north", "Leeds North branch | Bright Home Care"),
    ("/family/visits", "Visits | Family Portal"),
    ("/family/invoices", "Invoices | Family Portal"),
]


def web_context(f: Fake):
    path, title = f.pick(PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["https://www.google.co.uk/", "", "https://www.carehome.co.uk/", SITE + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=footer", "?branch=leeds"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: SITE + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Chrome OS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "en-US", "pl-PL", "en-PH"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Asia/Manila"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["home_care_leeds", "live_in_2024", "recruitment_spring"])),
            "source": G(lambda f: f.pick(["google", "facebook", "indeed", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "jobs"])),
            "term": G(lambda f: f.pick(["home care near me", "carer jobs leeds", "live in carer cost"])),
            "content": G(lambda f: f.pick(["ad_a", "ad_b", "banner"])),
        },
    }


def app_block(f: Fake, name: str, namespace: str, versions: list[str]):
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(versions)),
        "build": G(lambda f: f.pick(["412", "418", "420", "2024.6.1"])),
        "namespace": G(lambda f: namespace),
    }


def swift_context(f: Fake):
    return {
        "app": app_block(f, "CareLog", "uk.co.brighthomecare.carelog", ["4.12.0", "4.13.2", "4.14.0"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,8", "iPhone15,4", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "en-PH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": app_block(f, "CareLog", "uk.co.brighthomecare.carelog", ["4.12.0", "4.13.2", "4.14.0"]),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145R", "moto g54 5G", "Pixel 7a", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a14", "cancunf", "lynx", "tapas"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "ro-RO", "pl-PL", "en-IE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Three", "giffgaff", "Eir"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145R Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": app_block(f, "Bright Family", "uk.co.brighthomecare.family", ["2.3.0", "2.4.1", "2.5.0"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 8"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "en-AU", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3, 2.625])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/London", "Australia/Sydney", "Europe/Dublin", "America/Toronto"])
        ),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context(f: Fake):
    return {
        "app": app_block(f, "Kalinga Care", "ph.kalingacare.app", ["1.8.0", "1.9.3", "2.0.0"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "vivo", "realme", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A155F", "CPH2591", "V2318", "RMX3760", "iPhone12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Globe", "Smart", "DITO", "TM"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.5"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2408]))},
        "timezone": G(lambda f: "Asia/Manila"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.2"],
    "analytics-php": ["3.8.0", "3.7.0"],
    "analytics-csharp": ["2.4.0", "2.3.5"],
}


def server_context(library: str, ip: bool = False, external: bool = False):
    def build(f: Fake):
        ctx: dict = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if external:
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            ctx["groupId"] = G(lambda f: "branch_" + f.digits(3))
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node", ip=True),
    "node_plain": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", external=True),
    "php": server_context("analytics-php", ip=True),
    "csharp": server_context("analytics-csharp"),
}

# -- shared shapes ----------------------------------------------------------------------------------


def geo():
    return {
        "latitude": Y(lambda f: round(f.r.uniform(50.4, 55.1), 6), "geolocation"),
        "longitude": Y(lambda f: round(f.r.uniform(-4.2, -0.9), 6), "geolocation"),
        "accuracy": G(lambda f: f.pick([4.7, 12.0, 35.5, 8.1, 65.0])),
    }


def care_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f"BHC-{f.r.randint(100, 999)}-{f.pick(['WHT', 'GRY', 'STD', 'L'])}"),
        "name": G(lambda f: f.pick(CARE_PRODUCTS)),
        "brand": G(lambda f: f.pick(["Days", "Homecraft", "TENA", "Bright Living", "Careline"])),
        "category": G(lambda f: f.pick(["Bathroom", "Mobility", "Kitchen", "Continence", "Telecare"])),
        "variant": G(lambda f: f.pick(["White", "Grey", "Standard", "Large"])),
        "price": G(lambda f: f.money(4, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"{SITE}/shop/p/{f.digits(6)}"),
        "image_url": G(lambda f: f"https://cdn.brighthomecare.co.uk/shop/{f.hexid(10)}.jpg"),
    }


def billing_address():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(lambda f: f.pick(["Flat 3", "Apartment 12", "Rear house", "Unit 4"]), "address|street"),
        "city": Y(town, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "state": G(lambda f: f.pick(["West Yorkshire", "Co. Cork", "Metro Manila", "Norfolk", "Galway"])),
        "country": G(lambda f: f.pick(["GB", "IE", "PH"])),
    }


# -- events -----------------------------------------------------------------------------------------

PUBLIC_SITE = [
    (
        "page",
        "Home",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/", "/services/live-in-care", "/branches/leeds-north"])),
            "referrer": G(lambda f: f.pick(["https://www.google.co.uk/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?ref=footer"])),
            "title": G(lambda f: f.pick([t for _, t in PAGES[:4]])),
            "url": G(lambda f: SITE + f.pick(["/", "/services/live-in-care"])),
        },
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/lp/home-care", "/lp/live-in-care", "/lp/carer-jobs"])),
            "url": G(lambda f: SITE + f.pick(["/lp/home-care", "/lp/carer-jobs"])),
            "title": G(lambda f: f.pick(["Home care you can trust", "Join our care team"])),
            "gclid": Y(gclid, "advertising id"),
            "keyword": G(
                lambda f: f.pick(["home care leeds", "carer jobs near me", "dementia care at home cost"])
            ),
            "ad_group": G(lambda f: f.pick(["brand", "generic_home_care", "recruitment"])),
        },
    ),
    (
        "track",
        "Care Enquiry Submitted",
        ["web", "php"],
        {
            "form_id": G(lambda f: f.pick(["enquiry_v3", "callback_short", "live_in_quote"])),
            "enquirer_first_name": Y(first, "name"),
            "enquirer_last_name": Y(last, "name"),
            "enquirer_email": Y(email, "email"),
            "enquirer_phone": Y(phone, "phone"),
            "relationship_to_care_recipient": G(
                lambda f: f.pick(["son", "daughter", "self", "spouse", "friend", "social worker"])
            ),
            "care_recipient_name": Y(full_name, "name"),
            "care_recipient_age": G(lambda f: f.r.randint(64, 101)),
            "care_recipient_postcode": Y(postcode, "zipcode"),
            "care_type": G(
                lambda f: f.pick(
                    [
                        "companionship",
                        "personal care",
                        "live-in care",
                        "respite care",
                        "overnight care",
                        "domestic help",
                    ]
                )
            ),
            "start_timeframe": G(
                lambda f: f.pick(["asap", "within 2 weeks", "within a month", "just researching"])
            ),
            "funding_source": G(
                lambda f: f.pick(["self-funded", "local authority", "direct payments", "not sure"])
            ),
            "how_did_you_hear": G(
                lambda f: f.pick(["google", "gp surgery", "friend", "social services", "leaflet"])
            ),
            "message": Y(enquiry_message, "condition|diagnosis", True),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "consent_privacy_policy": G(lambda f: True),
            "callback_slot": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    (
        "track",
        "Branch Finder Searched",
        ["web"],
        {
            "query": Y(lambda f: f.pick([uk_postcode, eircode])(f), "zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 4)),
            "nearest_branch": G(lambda f: "Bright Home Care " + f.pick(BRANCHES)),
            "nearest_branch_distance_miles": G(lambda f: f.money(0, 25)),
            "nearest_branch_phone": G(lambda f: f.pick(AGENCY_PHONES)),
            "nearest_branch_address": G(
                lambda f: f.pick(
                    [
                        "Unit 4, Kirkstall Road, Leeds LS3 1LH",
                        "2 Wind Street, Swansea SA1 1DP",
                        "15 South Mall, Cork T12 XY45",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Brochure Downloaded",
        ["web"],
        {
            "brochure_name": G(
                lambda f: f.pick(["Live-in care guide 2024", "Paying for care", "Dementia care at home"])
            ),
            "file_format": G(lambda f: "pdf"),
            "email": Y(email, "email"),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "page_count": G(lambda f: f.pick([12, 16, 24])),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["php", "web"],
        {
            "application_id": G(lambda f: "APP" + f.digits(7)),
            "role_applied": G(
                lambda f: f.pick(
                    [
                        "Care Assistant",
                        "Senior Carer",
                        "Registered Nurse",
                        "Care Coordinator",
                        "Live-in Carer",
                    ]
                )
            ),
            "branch": G(lambda f: f.pick(BRANCHES)),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "postcode": Y(postcode, "zipcode"),
            },
            "right_to_work": RED(
                lambda f: f.pick(
                    [
                        "British citizen",
                        "Irish citizen",
                        "EU settled status",
                        "Health and Care Worker visa",
                        "Graduate visa",
                        "Student visa",
                    ]
                ),
                "visa",
            ),
            "has_driving_licence": G(lambda f: f.pick([True, False])),
            "owns_car": G(lambda f: f.pick([True, False])),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "expected_hourly_rate": Y(lambda f: f.pick([11.44, 12.0, 12.5, 13.25, 14.0]), "salary"),
            "cv_filename": Y(
                lambda f: (
                    f.pick(["CV_", "", "Resume - ", "cv-"])
                    + full_name(f).replace(" ", f.pick(["_", " ", "-"]))
                    + f.pick([".pdf", ".docx", " 2024.pdf"])
                ),
                "name",
                True,
            ),
            "dbs_on_update_service": G(lambda f: f.pick([True, False])),
            "equality_monitoring": {
                "ethnic_group": Y(
                    lambda f: f.pick(
                        [
                            "White British",
                            "White Irish",
                            "Black African",
                            "Asian or Asian British - Indian",
                            "Filipino",
                            "Mixed - White and Black Caribbean",
                            "Prefer not to say",
                        ]
                    ),
                    "ethnicity",
                ),
                "sexual_orientation": Y(
                    lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                    "sexual orientation",
                ),
                "religion": Y(
                    lambda f: f.pick(["Christian", "Muslim", "Hindu", "No religion", "Catholic", "Sikh"]),
                    "religion",
                ),
                "disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
                "gender": Y(
                    lambda f: f.pick(["Female", "Male", "Non-binary", "Prefer not to say"]), "gender"
                ),
                "age_band": G(lambda f: f.pick(["16-24", "25-34", "35-44", "45-54", "55-64"])),
            },
            "referral_code": G(lambda f: f.pick(["", "REF-" + f.digits(4)])),
            "source": G(lambda f: f.pick(["indeed", "website", "facebook", "referral"])),
        },
    ),
]

FAMILY_PORTAL = [
    (
        "identify",
        None,
        ["rn", "swift", "web"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "niece", "spouse", "friend", "grandson"])),
            "clientIds": Many(G(lambda f: f.digits(5)), 2),
            "portalRole": G(lambda f: f.pick(["primary_contact", "viewer", "billing_contact"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "lastingPowerOfAttorney": G(lambda f: f.pick([True, False])),
            "notificationPreference": G(lambda f: f.pick(["push", "sms", "email", "none"])),
            "createdAt": G(lambda f: f.iso()),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(town, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["United Kingdom", "Ireland", "Australia", "Philippines"])),
            },
        },
    ),
    (
        "track",
        "Family Invite Sent",
        ["rn", "web"],
        {
            "input": Y(email, "email", True),
            "invitee_relationship": G(lambda f: f.pick(["brother", "sister", "grandchild", "neighbour"])),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "invites_sent_count": G(lambda f: f.r.randint(1, 6)),
            "client_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Visit Log Viewed",
        ["rn", "swift", "web"],
        {
            "client_id": G(lambda f: f.digits(5)),
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "visit_date": G(lambda f: f.date(2024, 2024)),
            "carer_first_name": Y(first, "name"),
            "duration_minutes": G(lambda f: f.pick([15, 30, 45, 60])),
            "tasks_completed": G(lambda f: f.r.randint(0, 9)),
            "notes_preview": Y(visit_note, "name", True),
            "photos_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Family Message Sent",
        ["rn", "swift", "web", "flutter"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "recipient_role": G(
                lambda f: f.pick(["care_coordinator", "carer", "office", "registered_manager"])
            ),
            "body": G(family_message),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
            "char_count": G(lambda f: f.r.randint(20, 400)),
            "urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Care Plan Viewed",
        ["rn", "web"],
        {
            "care_plan_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(5)),
            "version": G(lambda f: f.r.randint(1, 14)),
            "section": G(
                lambda f: f.pick(["Medication", "Mobility", "Nutrition", "Personal care", "Social"])
            ),
            "last_reviewed_at": G(lambda f: f.iso()),
            "reviewed_by": Y(full_name, "name"),
            "next_review_due": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "screen",
        "Medication Schedule",
        ["rn", "swift"],
        {
            "name": G(lambda f: "Medication Schedule"),
            "client_id": G(lambda f: f.digits(5)),
            "medications_due_today": G(lambda f: f.r.randint(0, 12)),
            "missed_doses_this_week": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Contact Card Tapped",
        ["swift", "kotlin", "rn"],
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        doctor(f),
                        f"{first(f)} ({f.pick(['NOK', 'family', 'next of kin'])})",
                        full_name(f),
                        f"{first(f)} - district nurse",
                    ]
                ),
                "name",
                True,
            ),
            "contact_type": G(lambda f: f.pick(["next_of_kin", "gp", "district_nurse", "social_worker"])),
            "action": G(lambda f: f.pick(["call", "sms", "email"])),
            "client_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ["web", "rn"],
        {
            "field": G(lambda f: f.pick(["mobile", "home_phone", "emergency_contact_phone", "work_phone"])),
            "value": Y(phone, "phone", True),
            "previous_value": Y(phone, "phone", True),
            "updated_by_role": G(lambda f: f.pick(["self", "office", "coordinator"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "rn", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "face_id", "sso"])),
            "login_email": Y(email, "email"),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_changed_days_ago": G(lambda f: f.r.randint(0, 900)),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "remember_me": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, ["web", "rn", "swift"], {}),
]

SHOP = [
    (
        "track",
        "Product Viewed",
        ["web"],
        {**care_product(), "currency": G(lambda f: "GBP"), "position": G(lambda f: f.r.randint(1, 24))},
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "BHC" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 400)),
            "subtotal": G(lambda f: f.money(10, 380)),
            "tax": G(lambda f: f.money(0, 60)),
            "shipping": G(lambda f: f.pick([0, 3.95, 5.95])),
            "discount": G(lambda f: f.money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "CARER10", "WELCOME5"])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "products": Many(care_product(), 3),
            "shipping_address": {
                "name": Y(full_name, "name"),
                **{k: v for k, v in billing_address().items()},
            },
            "delivery_note": G(
                lambda f: f.pick(
                    [
                        "Leave in porch",
                        "Ring bell and wait, slow to answer",
                        "Deliver to side door",
                        "",
                        "Please knock loudly",
                    ]
                )
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "id": G(lambda f: "pi_3" + f.hexid(23)),
            "object": G(lambda f: "payment_intent"),
            "amount": G(lambda f: f.r.randint(2000, 250000)),
            "currency": G(lambda f: f.pick(["gbp", "eur"])),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "status": G(lambda f: f.pick(["succeeded", "processing", "requires_action"])),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": billing_address(),
            },
            "payment_method_details": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["debit", "credit"])),
                    "country": G(lambda f: f.pick(["GB", "IE"])),
                },
            },
            "metadata": {
                "invoice_number": G(lambda f: "INV-" + f.digits(6)),
                "client_id": G(lambda f: f.digits(5)),
                "branch": G(lambda f: f.pick(BRANCHES)),
            },
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["web"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "amount": G(lambda f: f.money(20, 2500)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(full_name, "name"),
            "card_bin": G(lambda f: f.pick(["465859", "535522", "492181", "374245"])),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD000" + f.hexid(9).upper()),
            "scheme": G(lambda f: "bacs"),
            "customer": {
                "given_name": Y(first, "name"),
                "family_name": Y(last, "name"),
                "email": Y(email, "email"),
                "address_line1": Y(uk_street, "address|street"),
                "city": Y(lambda f: f.pick(UK_TOWNS), "city"),
                "postal_code": Y(uk_postcode, "zipcode"),
                "country_code": G(lambda f: "GB"),
            },
            "bank_account": {
                "account_holder_name": Y(full_name, "name"),
                "sort_code": G(sort_code),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "bank_name": G(
                    lambda f: f.pick(["BARCLAYS BANK PLC", "NATIONWIDE BUILDING SOCIETY", "MONZO BANK LTD"])
                ),
                "account_number_ending": G(lambda f: f.digits(2)),
            },
            "first_collection_date": G(lambda f: f.date(2024, 2024)),
            "client_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "SEPA Mandate Signed",
        ["node"],
        {
            "mandate_reference": G(lambda f: "CLHC-" + f.digits(8)),
            "iban": RED(lambda f: iban(f, "IE"), "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"])),
            "account_holder": Y(full_name, "name"),
            "creditor_id": G(lambda f: "IE98ZZZ" + f.digits(6)),
            "signed_at": G(lambda f: f.iso()),
            "sequence_type": G(lambda f: f.pick(["FRST", "RCUR"])),
        },
    ),
]

CARER_APP = [
    (
        "identify",
        None,
        ["kotlin", "swift"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(staff_email, "email"),
            "phone": Y(phone, "phone"),
            "employeeNumber": G(lambda f: "BHC-" + f.digits(5)),
            "role": G(
                lambda f: f.pick(["Care Assistant", "Senior Carer", "Registered Nurse", "Field Supervisor"])
            ),
            "branch": G(lambda f: f.pick(BRANCHES)),
            "languages": Many(
                G(
                    lambda f: f.pick(
                        ["English", "Polish", "Tagalog", "Romanian", "Shona", "Malayalam", "Urdu"]
                    )
                ),
                3,
            ),
            "drives": G(lambda f: f.pick([True, False])),
            "profilePhotoUrl": Y(
                lambda f: f"https://cdn.brighthomecare.co.uk/staff/{f.hexid(12)}.jpg", "photo"
            ),
            "contractType": G(lambda f: f.pick(["zero-hours", "guaranteed-hours", "salaried"])),
            "startDate": G(lambda f: f.date(2015, 2024)),
            "avatarColor": G(lambda f: f.pick(["#F4A261", "#2A9D8F", "#E76F51"])),
        },
    ),
    (
        "screen",
        "Today's Visits",
        ["kotlin", "swift"],
        {
            "name": G(lambda f: "Today's Visits"),
            "visits_today": G(lambda f: f.r.randint(0, 14)),
            "offline_mode": G(lambda f: f.pick([True, False])),
            "first_visit_at": G(lambda f: when(f)),
        },
    ),
    (
        "track",
        "Shift Accepted",
        ["kotlin", "swift"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "rota_id": G(lambda f: "R" + f.digits(6)),
            "run_name": G(
                lambda f: f.pick(
                    ["Headingley AM", "Morriston PM", "Cork City lunch run", "Harrogate tea calls"]
                )
            ),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "visits_count": G(lambda f: f.r.randint(1, 14)),
            "first_visit_postcode": Y(lambda f: f.pick([uk_postcode, eircode])(f), "zipcode"),
            "travel_mode": G(lambda f: f.pick(["car", "walk", "bus", "bike"])),
        },
    ),
    (
        "track",
        "Visit Checked In",
        ["kotlin", "swift"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "client_id": G(lambda f: f.digits(5)),
            "scheduled_start": G(lambda f: f.iso()),
            "actual_start": G(lambda f: f.iso()),
            "minutes_late": G(lambda f: f.r.randint(-10, 45)),
            "check_in_method": G(lambda f: f.pick(["gps", "nfc_tag", "qr_code", "manual"])),
            "location": geo(),
            "geofence_radius_m": G(lambda f: f.pick([100, 150, 250])),
            "within_geofence": G(lambda f: f.pick([True, True, False])),
            "nfc_tag_id": G(lambda f: f.hexid(14).upper()),
            "keysafe_used": G(lambda f: f.pick([True, False])),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Visit Checked Out",
        ["kotlin", "swift"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "client_id": G(lambda f: f.digits(5)),
            "actual_end": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.r.randint(10, 75)),
            "tasks": Many(
                {
                    "task_id": G(lambda f: f.digits(4)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Prepare breakfast",
                                "Medication prompt",
                                "Personal care - wash",
                                "Make bed",
                                "Laundry",
                                "Shopping",
                                "Companionship walk",
                            ]
                        )
                    ),
                    "status": G(lambda f: f.pick(["done", "not_done", "refused", "not_required"])),
                },
                5,
            ),
            "visit_note": Y(visit_note, "name", True),
            "concerns_raised": G(lambda f: f.pick([True, False])),
            "location": geo(),
            "signature_captured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Administered",
        ["kotlin", "swift"],
        {
            "mar_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(5)),
            "medication_name": Y(lambda f: f.pick(MEDICATIONS), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "2 tablets", "10ml", "2 puffs", "1 sachet", "8 units"])),
            "route": G(lambda f: f.pick(["oral", "inhaled", "topical", "subcutaneous"])),
            "scheduled_time": G(lambda f: when(f)),
            "administered_at": G(lambda f: f.iso()),
            "outcome": G(
                lambda f: f.pick(["given", "refused", "not available", "given late", "self-administered"])
            ),
            "prn": G(lambda f: f.pick([True, False])),
            "controlled_drug": G(lambda f: f.pick([True, False])),
            "witness_name": Y(full_name, "name"),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Taken with water",
                        "Refused, will retry at lunch",
                        "",
                        "Blister pack running low",
                        "Taken with yoghurt",
                    ]
                )
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "blister_slot": G(lambda f: f.pick(["MON-AM", "TUE-PM", "WED-LUNCH", "SAT-BED"])),
        },
    ),
    (
        "track",
        "Incident Reported",
        ["kotlin", "swift", "web"],
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "incident_type": G(
                lambda f: f.pick(
                    [
                        "missed visit",
                        "late visit",
                        "property damage",
                        "near miss",
                        "medication error",
                        "complaint",
                    ]
                )
            ),
            "severity": G(lambda f: f.pick(["low", "moderate", "high"])),
            "occurred_at": G(lambda f: f.iso()),
            "reported_by": Y(full_name, "name"),
            "client_id": G(lambda f: f.digits(5)),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "Bruise to left forearm",
                        "Skin tear on right shin",
                        "Graze to knee",
                        "Small cut on finger",
                        "Swelling to left ankle",
                    ]
                ),
                "condition",
            ),
            "witness": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "family_notified": G(lambda f: f.pick([True, False])),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} found sitting on the bathroom floor, helped up with the hoist.",
                        f"Arrived and {first(f)}'s front door was open, nothing missing.",
                        f"{first(f)} refused evening medication twice, office and daughter informed.",
                        f"Visit missed, {first(f)} was not home when the carer arrived.",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Access Details Viewed",
        ["kotlin", "swift"],
        {
            "client_id": G(lambda f: f.digits(5)),
            "access_details": {
                "key_safe_code": RED(lambda f: f.digits(4), "secret"),
                "door_code": RED(
                    lambda f: f.pick([f.digits(4), f.digits(4) + "#", "C" + f.digits(3)]), "secret"
                ),
                "alarm_code": RED(lambda f: f.digits(4), "secret"),
                "key_safe_location": G(
                    lambda f: f.pick(
                        [
                            "left of front door",
                            "behind the drainpipe",
                            "garage side wall",
                            "under the porch light",
                        ]
                    )
                ),
            },
            "access_reason": G(lambda f: f.pick(["scheduled_visit", "welfare_check", "emergency"])),
            "viewed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shift Swap Requested",
        ["kotlin"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "from_carer_id": G(lambda f: "BHC-" + f.digits(5)),
            "to_carer_id": G(lambda f: "BHC-" + f.digits(5)),
            "reason": G(
                lambda f: f.pick(["childcare", "car trouble", "training day", "personal", "annual leave"])
            ),
            "requested_via": G(lambda f: f.pick(["app", "phone", "whatsapp"])),
        },
    ),
    (
        "track",
        "Visit Exported",
        ["python"],
        {
            "visit-id": G(lambda f: "V" + f.digits(8)),
            "client-ref": G(lambda f: "CL-" + f.digits(5)),
            "carer-name": Y(full_name, "name"),
            "carer-mobile": Y(uk_mobile, "phone"),
            "scheduled-start": G(lambda f: f.iso()),
            "actual-start": G(lambda f: f.iso()),
            "actual-end": G(lambda f: f.iso()),
            "travel-time-mins": G(lambda f: f.r.randint(0, 40)),
            "visit-status": G(
                lambda f: f.pick(["completed", "missed", "cancelled-by-client", "in-progress"])
            ),
            "missed-reason": G(
                lambda f: f.pick(["", "no access", "client cancelled late", "carer delayed", "client away"])
            ),
        },
    ),
]

OFFICE = [
    (
        "track",
        "Client Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick([last(f), full_name(f), last(f).lower(), first(f) + " " + last(f)[:3]]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "branch": G(lambda f: f.pick(BRANCHES)),
                "status": G(lambda f: f.pick(["active", "paused", "discharged", "all"])),
            },
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "preferredName": Y(
                lambda f: f.pick(["Peggy", "Bernie", "Tess", "Paddy", "Lola Rosa", "Kenny", "Dot"]), "name"
            ),
            "dateOfBirth": Y(lambda f: f.date(1925, 1962), "birthdate"),
            "age": G(lambda f: f.r.randint(62, 101)),
            "gender": Y(lambda f: f.pick(["female", "male", "female", "not stated"]), "gender"),
            "nhsNumber": RED(nhs_number, "health id"),
            "address": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Flat 2", "Ground floor", "Annex", "Sheltered housing, flat 9"]),
                    "address|street",
                ),
                "town": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "IE"])),
            },
            "homePhone": Y(uk_landline, "phone"),
            "mobile": Y(phone, "phone"),
            "livesAlone": G(lambda f: f.pick([True, False])),
            "keySafe": G(lambda f: f.pick([True, False])),
            "maritalStatus": G(lambda f: f.pick(["widowed", "married", "single", "divorced"])),
            "religion": Y(
                lambda f: f.pick(
                    ["Church of England", "Roman Catholic", "Methodist", "Muslim", "Sikh", "None"]
                ),
                "religion",
            ),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["White British", "White Irish", "Indian", "Black Caribbean", "Pakistani", "Chinese"]
                ),
                "ethnicity",
            ),
            "firstLanguage": G(lambda f: f.pick(["English", "Welsh", "Punjabi", "Polish", "Irish"])),
            "interpreterRequired": G(lambda f: f.pick([True, False])),
            "armedForcesVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "mobility": RED(
                lambda f: f.pick(
                    [
                        "independent",
                        "walking stick",
                        "walking frame",
                        "wheelchair",
                        "hoist transfer",
                        "bed-bound",
                    ]
                ),
                "disability",
            ),
            "diagnoses": Many(Y(lambda f: f.pick(DIAGNOSES), "diagnosis"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "dnacpr": Y(lambda f: f.pick([True, False]), "condition"),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(["Whiskers", "Bella", "Monty", "Poppy", "Biscuit", "Sooty"])),
                    "species": G(lambda f: f.pick(["cat", "dog", "budgie"])),
                },
                2,
            ),
            "gp": {
                "name": Y(doctor, "name"),
                "practice": G(
                    lambda f: f.pick(
                        [
                            "Hyde Park Surgery",
                            "Leeds Student Medical Practice",
                            "Sketty Surgery",
                            "Ballincollig Medical Centre",
                        ]
                    )
                ),
                "practiceCode": G(lambda f: f.pick(["B86071", "B86642", "W98006", "Y02494"])),
                "practicePhone": G(lambda f: f.pick(["0113 295 1100", "01792 206862", "021 487 1234"])),
            },
            "nextOfKin": {
                "name": Y(full_name, "name"),
                "relationship": G(
                    lambda f: f.pick(["daughter", "son", "wife", "husband", "nephew", "friend"])
                ),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "hasLpa": G(lambda f: f.pick([True, False])),
            },
            "fundingType": G(
                lambda f: f.pick(["self-funded", "local authority", "direct payments", "mixed"])
            ),
            "localAuthority": G(
                lambda f: f.pick(
                    [
                        "Leeds City Council",
                        "City and County of Swansea",
                        "Norfolk County Council",
                        "HSE South",
                    ]
                )
            ),
            "carePackageHoursWeekly": G(lambda f: f.pick([3.5, 7, 10.5, 14, 21, 28])),
            "status": G(lambda f: f.pick(["active", "paused", "ended"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Care Plan Updated",
        ["ruby"],
        {
            "care_plan_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(5)),
            "version": G(lambda f: f.r.randint(1, 14)),
            "changed_sections": Many(
                G(lambda f: f.pick(["medication", "mobility", "nutrition", "routine", "risks"])), 3
            ),
            "reviewed_by": Y(full_name, "name"),
            "review_reason": G(
                lambda f: f.pick(["scheduled", "six-month review", "change in needs", "family request"])
            ),
            "mobility_level": RED(
                lambda f: f.pick(["independent", "one carer", "two carers with hoist", "wheelchair user"]),
                "disability",
            ),
            "continence_support": Y(lambda f: f.pick([True, False]), "condition"),
            "diet_texture": Y(
                lambda f: f.pick(["regular", "soft & bite-sized", "minced & moist", "pureed", "liquidised"]),
                "condition",
            ),
            "medication_support_level": G(lambda f: f.pick(["none", "prompt", "assist", "administer"])),
            "risk_assessments_count": G(lambda f: f.r.randint(1, 9)),
            "next_review_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "group",
        None,
        ["csharp"],
        {
            "Name": G(lambda f: "Bright Home Care " + f.pick(BRANCHES)),
            "Phone": G(lambda f: f.pick(AGENCY_PHONES)),
            "Email": G(
                lambda f: f.pick(
                    [
                        "leeds@brighthomecare.co.uk",
                        "swansea@brighthomecare.co.uk",
                        "care@carelinkhomecare.ie",
                        "info@kalingacare.ph",
                    ]
                )
            ),
            "Address": {
                "Line1": G(
                    lambda f: f.pick(
                        ["Unit 4, Kirkstall Road", "2 Wind Street", "15 South Mall", "3F Tomas Morato Ave"]
                    )
                ),
                "Town": G(lambda f: f.pick(["Leeds", "Swansea", "Cork", "Quezon City"])),
                "Postcode": G(lambda f: f.pick(["LS3 1LH", "SA1 1DP", "T12 XY45", "1103"])),
                "Country": G(lambda f: f.pick(["GB", "IE", "PH"])),
            },
            "Website": G(
                lambda f: f.pick([SITE, "https://www.carelinkhomecare.ie", "https://kalingacare.ph"])
            ),
            "Employees": G(lambda f: f.r.randint(25, 480)),
            "Industry": G(lambda f: "Home care"),
            "Plan": G(lambda f: f.pick(["Growth", "Enterprise"])),
            "RegulatorId": G(lambda f: f.pick(["1-" + f.digits(10), "OSV-" + f.digits(7)])),
            "RegisteredManager": Y(full_name, "name"),
            "NominatedIndividualEmail": Y(staff_email, "email"),
            "CreatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CLIENT_ID": G(lambda f: f.digits(5)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1925, 1962), "birthdate"),
            "POSTCODE": Y(postcode, "zipcode"),
            "NHS_NUMBER": RED(nhs_number, "health id"),
            "PRIMARY_DIAGNOSIS": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "LOCAL_AUTHORITY": G(lambda f: f.pick(["LEEDS", "SWANSEA", "NORFOLK", "BRADFORD"])),
            "CARE_HOURS_WEEKLY": G(lambda f: f.pick([3.5, 7.0, 14.0, 21.0])),
            "LIFETIME_INVOICED_GBP": G(lambda f: f.money(200, 60000)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "BRANCH_CODE": G(lambda f: f.pick(["LDS-N", "SWA", "NRW", "CRK"])),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["csharp"],
        {
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(6)),
            "InvoiceDate": G(lambda f: f.date(2024, 2024)),
            "DueDate": G(lambda f: f.date(2024, 2025)),
            "Currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "NetAmount": G(lambda f: f.money(80, 4000)),
            "VatAmount": G(lambda f: 0),
            "TotalAmount": G(lambda f: f.money(80, 4000)),
            "LocalAuthority": G(
                lambda f: f.pick(["Leeds City Council", "Norfolk County Council", "", "HSE South"])
            ),
            "PurchaseOrderNumber": G(lambda f: f.pick(["PO" + f.digits(7), ""])),
            "FundingType": G(lambda f: f.pick(["Private", "LocalAuthority", "DirectPayment"])),
            "ClientName": Y(full_name, "name"),
            "ClientReference": G(lambda f: "CL-" + f.digits(5)),
            "BillingContact": {
                "Name": Y(full_name, "name"),
                "Email": Y(email, "email"),
                "Phone": Y(phone, "phone"),
                "Address": Y(one_line_address, "address"),
            },
            "LineItems": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            [
                                "Domiciliary care - weekday",
                                "Domiciliary care - weekend",
                                "Bank holiday uplift",
                                "Mileage",
                                "Live-in care (weekly)",
                            ]
                        )
                    ),
                    "VisitDate": G(lambda f: f.date(2024, 2024)),
                    "Hours": G(hours),
                    "Rate": G(lambda f: f.pick([26.5, 29.0, 31.75, 38.0])),
                    "Amount": G(lambda f: f.money(10, 400)),
                },
                4,
            ),
            "PaymentTermsDays": G(lambda f: f.pick([14, 28, 30])),
        },
    ),
    (
        "track",
        "Record Accessed",
        ["go"],
        {
            "actor": Y(staff_email, "email", True),
            "origin": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "resource_type": G(lambda f: f.pick(["care_plan", "mar_chart", "client_profile", "invoice"])),
            "resource_id": G(lambda f: f.uuid()),
            "action": G(lambda f: f.pick(["read", "update", "export", "print"])),
            "purpose": G(lambda f: f.pick(["direct_care", "billing", "audit", "safeguarding_review"])),
            "break_glass": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "account_type": G(lambda f: f.pick(["family", "staff"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node_plain"],
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(phone, "phone", True),
            "otp_code": RED(lambda f: f.digits(6), "token|secret"),
            "expires_in_seconds": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
]

ROSTER_PAYROLL = [
    (
        "track",
        "Roster Published",
        ["go"],
        {
            "rota_id": G(lambda f: "R" + f.digits(6)),
            "week_commencing": G(lambda f: f.date(2024, 2024)),
            "branch": G(lambda f: f.pick(BRANCHES)),
            "coordinator_email": Y(staff_email, "email"),
            "shifts": Many(
                {
                    "shift_id": G(lambda f: f.uuid()),
                    "carer_id": G(lambda f: "BHC-" + f.digits(5)),
                    "carer_name": Y(full_name, "name"),
                    "client_id": G(lambda f: f.digits(5)),
                    "client_postcode": Y(lambda f: f.pick([uk_postcode, eircode])(f), "zipcode"),
                    "start": G(lambda f: f.iso()),
                    "end": G(lambda f: f.iso()),
                    "travel_minutes": G(lambda f: f.r.randint(0, 35)),
                },
                4,
            ),
            "unfilled_shifts": G(lambda f: f.r.randint(0, 20)),
            "total_hours": G(lambda f: f.money(100, 2000)),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        ["java"],
        {
            "timesheet_id": G(lambda f: f.uuid()),
            "carer_id": G(lambda f: "BHC-" + f.digits(5)),
            "payroll_number": G(lambda f: "P" + f.digits(6)),
            "week_ending": G(lambda f: f.date(2024, 2024)),
            "hours_worked": G(lambda f: f.money(4, 55)),
            "visits_completed": G(lambda f: f.r.randint(2, 80)),
            "overtime_hours": G(lambda f: f.money(0, 10)),
            "mileage_miles": G(lambda f: f.r.randint(0, 400)),
            "mileage_claim_amount": G(lambda f: f.money(0, 180)),
            "hourly_rate": Y(lambda f: f.pick([11.44, 11.9, 12.25, 12.6, 13.1, 18.5]), "salary"),
            "gross_pay": Y(lambda f: f.money(90, 1100), "salary"),
            "holiday_hours_accrued": G(lambda f: f.money(0, 6)),
            "ni_number": RED(ni_number, "national id"),
            "bank": {
                "account_name": Y(full_name, "name"),
                "sort_code": G(sort_code),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
            },
            "approved_by": Y(full_name, "name"),
            "vehicle_reg": Y(uk_plate, "license"),
        },
    ),
    (
        "track",
        "Carer Compliance Updated",
        ["java", "ruby"],
        {
            "carer_id": G(lambda f: "BHC-" + f.digits(5)),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "dbs_issue_date": G(lambda f: f.date(2019, 2024)),
            "dbs_update_service": G(lambda f: f.pick([True, False])),
            "right_to_work_status": RED(
                lambda f: f.pick(
                    [
                        "British citizen",
                        "Health and Care Worker visa",
                        "EU settled status",
                        "Skilled Worker visa",
                        "Dependant visa",
                    ]
                ),
                "visa",
            ),
            "visa_expiry": RED(lambda f: f.date(2024, 2029), "visa"),
            "brp_number": RED(brp, "national id|visa"),
            "nmc_pin": Y(nmc_pin, "license"),
            "nationality": Y(
                lambda f: f.pick(
                    ["British", "Filipino", "Indian", "Zimbabwean", "Nigerian", "Polish", "Romanian"]
                ),
                "citizenship",
            ),
            "driving_licence_number": Y(driving_licence, "license"),
            "car_insurance_policy_number": Y(
                lambda f: f.pick(["ADM", "DL", "AV"]) + f.digits(9), "identification"
            ),
            "training_modules_complete": G(lambda f: f.r.randint(0, 18)),
            "mandatory_training_due": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Telephony Check In",
        ["go"],
        {
            "webhook": {
                "CallSid": G(lambda f: "CA" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": Y(lambda f: f.pick([uk_landline, ie_phone])(f), "phone", True),
                "To": G(lambda f: f.pick(["+441134960000", "+443301234567", "+353214901200"])),
                "CallStatus": G(lambda f: f.pick(["completed", "in-progress", "no-answer"])),
                "Direction": G(lambda f: "inbound"),
                "Digits": G(lambda f: f.digits(5)),
                "CallDuration": G(lambda f: f.r.randint(10, 120)),
            },
            "check_type": G(lambda f: f.pick(["in", "out"])),
            "visit_id": G(lambda f: "V" + f.digits(8)),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["node_plain"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(phone, "phone", True),
            "From": G(lambda f: f.pick(["+441134960500", "BrightCare", "+353214901200"])),
            "Body": Y(
                lambda f: f.pick(
                    [
                        arrival_sms(f),
                        f"Hi, your carer {first(f)} is running about 15 minutes late. Sorry!",
                        f"Reminder: {first(f)} is covering tomorrow's morning call.",
                    ]
                ),
                "name",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Pendant Alarm Triggered",
        ["go"],
        {
            "alarm_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(5)),
            "pendant_serial": Y(lambda f: "TL" + f.digits(9), "serial"),
            "hub_mac": Y(lambda f: f.mac(), "mac"),
            "alarm_type": G(
                lambda f: f.pick(["pendant_press", "smoke", "door_exit", "low_battery", "no_activity"])
            ),
            "battery_pct": G(lambda f: f.r.randint(3, 100)),
            "signal_strength": G(lambda f: -f.r.randint(40, 95)),
            "responder": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "neighbour", "mobile responder"])),
            },
            "response_time_seconds": G(lambda f: f.r.randint(20, 2400)),
            "resolved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Relayed",
        ["node_plain"],
        {
            "event_name": G(lambda f: f.pick(["Lead", "SubmitApplication", "Contact"])),
            "event_time": G(lambda f: f.r.randint(1_714_000_000, 1_730_000_000)),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: SITE + f.pick(["/enquire/thanks", "/careers/apply/thanks"])),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "external_id": G(lambda f: f.uuid()),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 120])),
                "currency": G(lambda f: "GBP"),
                "content_name": G(lambda f: f.pick(["care_enquiry", "job_application"])),
            },
        },
    ),
]

IRELAND = [
    (
        "track",
        "Home Support Referral Received",
        ["python"],
        {
            "referral_id": G(lambda f: "HSR-" + f.digits(7)),
            "hse_area": G(lambda f: f.pick(["CHO 2", "CHO 4", "CHO 7", "CHO 9"])),
            "client": {
                "first_name": Y(first, "name"),
                "surname": Y(last, "name"),
                "date_of_birth": Y(lambda f: f.date(1928, 1962), "birthdate"),
                "ppsn": RED(ppsn, "national id"),
                "medical_card_number": RED(lambda f: f.digits(7) + f.pick("ABCDEHKMPTW"), "health id"),
                "address": Y(lambda f: f"{ie_street(f)}, {f.pick(IE_TOWNS)}", "address"),
                "eircode": Y(eircode, "zipcode"),
                "county": G(lambda f: f.pick(["Cork", "Galway", "Kerry", "Clare", "Meath", "Sligo"])),
            },
            "referrer": {
                "name": Y(full_name, "name"),
                "role": G(
                    lambda f: f.pick(
                        ["Public Health Nurse", "Occupational Therapist", "Hospital Discharge Coordinator"]
                    )
                ),
                "phone": Y(ie_phone, "phone"),
                "email": Y(lambda f: ascii_fold(first(f)) + "." + ascii_fold(last(f)) + "@hse.ie", "email"),
            },
            "hours_approved_weekly": G(lambda f: f.pick([2.5, 5, 7.5, 10, 14])),
            "priority": G(lambda f: f.pick(["routine", "urgent", "priority"])),
            "received_at": G(lambda f: f.iso()),
        },
    ),
]

PHILIPPINES = [
    (
        "identify",
        None,
        ["flutter"],
        {
            "pangalan": Y(lambda f: f.pick(CULTURES[2][0]), "name"),
            "apelyido": Y(lambda f: f.pick(CULTURES[2][1]), "name"),
            "kaarawan": Y(lambda f: f.date(1930, 1965), "birthdate"),
            "edad": G(lambda f: f.r.randint(58, 98)),
            "kasarian": Y(lambda f: f.pick(["babae", "lalaki"]), "gender"),
            "tirahan": Y(ph_street, "address"),
            "lungsod": Y(lambda f: f.pick(PH_CITIES), "city"),
            "lalawigan": G(lambda f: f.pick(PH_PROVINCES)),
            "numero_ng_telepono": Y(ph_phone, "phone"),
            "email": Y(email, "email"),
            "katayuang_sibil": G(lambda f: f.pick(["balo", "may asawa", "walang asawa", "hiwalay"])),
            "relihiyon": Y(
                lambda f: f.pick(
                    ["Katoliko", "Iglesia ni Cristo", "Born Again Christian", "Islam", "Aglipayan"]
                ),
                "religion",
            ),
            "philhealth_number": RED(philhealth, "health id"),
            "senior_citizen_id": RED(senior_id, "national id"),
            "pwd_id": RED(pwd_id, "disability|national id"),
            "uri_ng_kliyente": G(lambda f: f.pick(["pasyente", "pamilya"])),
            "wika": G(lambda f: f.pick(["Tagalog", "Cebuano", "Ilocano", "Hiligaynon", "English"])),
        },
    ),
    (
        "track",
        "Booking Requested",
        ["flutter"],
        {
            "booking_id": G(lambda f: "KC-" + f.digits(7)),
            "serbisyo": G(
                lambda f: f.pick(
                    [
                        "caregiver 12 oras",
                        "caregiver 24 oras",
                        "nurse visit",
                        "physical therapy",
                        "samahan sa ospital",
                    ]
                )
            ),
            "petsa": G(lambda f: f.date(2024, 2024)),
            "oras": G(lambda f: when(f)),
            "halaga": G(lambda f: f.pick([850, 1200, 1500, 2400, 3200])),
            "paraan_ng_bayad": G(lambda f: f.pick(["GCash", "Maya", "cash", "bank transfer"])),
            "gcash_number": Y(ph_phone, "phone"),
            "pangalan_ng_pasyente": Y(lambda f: f"{f.pick(CULTURES[2][0])} {f.pick(CULTURES[2][1])}", "name"),
            "kontak_na_tao": {
                "pangalan": Y(lambda f: f"{f.pick(CULTURES[2][0])} {f.pick(CULTURES[2][1])}", "name"),
                "numero": Y(lambda f: f.pick([ph_phone, abroad_phone])(f), "phone"),
                "relasyon": G(lambda f: f.pick(["anak", "apo", "pamangkin", "kapatid", "asawa"])),
            },
            "tala": G(
                lambda f: f.pick(
                    [
                        "Salamat po",
                        "Sa gate po mag-text pagdating",
                        "May aso po sa bahay, mabait naman",
                        "Pakidala po ang ID",
                        "",
                    ]
                )
            ),
            "lokasyon": {
                "lat": Y(lambda f: round(f.r.uniform(7.0, 16.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(120.5, 125.6), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Caregiver Rated",
        ["flutter"],
        {
            "caregiver_id": G(lambda f: "CG" + f.digits(5)),
            "caregiver_name": Y(lambda f: f"{f.pick(CULTURES[2][0])} {f.pick(CULTURES[2][1])[0]}.", "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Mabait at maasikaso",
                        "Very patient with Lola",
                        "On time every day",
                        "Salamat po!",
                        "Magaling mag-alaga",
                    ]
                )
            ),
            "tip_amount": G(lambda f: f.pick([0, 100, 200, 500])),
        },
    ),
    (
        "track",
        "Payment Completed",
        ["node"],
        {
            "data": {
                "id": G(lambda f: "pay_" + f.hexid(24)),
                "type": G(lambda f: "payment"),
                "attributes": {
                    "amount": G(lambda f: f.pick([85000, 120000, 240000])),
                    "currency": G(lambda f: "PHP"),
                    "status": G(lambda f: f.pick(["paid", "failed"])),
                    "fee": G(lambda f: f.r.randint(1000, 7000)),
                    "billing": {
                        "name": Y(lambda f: f"{f.pick(CULTURES[2][0])} {f.pick(CULTURES[2][1])}", "name"),
                        "email": Y(email, "email"),
                        "phone": Y(ph_phone, "phone"),
                        "address": {
                            "line1": Y(ph_street, "address|street"),
                            "city": Y(lambda f: f.pick(PH_CITIES), "city"),
                            "state": G(lambda f: f.pick(PH_PROVINCES)),
                            "postal_code": Y(ph_zip, "zipcode"),
                            "country": G(lambda f: "PH"),
                        },
                    },
                    "source": {
                        "id": G(lambda f: "src_" + f.hexid(24)),
                        "type": G(lambda f: f.pick(["gcash", "paymaya", "card"])),
                    },
                    "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
                },
            },
        },
    ),
]

EVENTS = PUBLIC_SITE + FAMILY_PORTAL + SHOP + CARER_APP + OFFICE + ROSTER_PAYROLL + IRELAND + PHILIPPINES


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_", "usr_", ""]) + f.digits(6),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "branch_" + f.digits(3)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=54, repeats=40)
    write(Path(__file__).parent, "holdout54_", events, labels)
