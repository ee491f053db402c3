"""Writes holdout172: tests/corpus/holdout172_events.jsonl and holdout172_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any detection output; never scored by its author.

Covers a travel-insurance and overseas medical-assistance app sold in the US, Germany and
Australia: quote funnel and policy purchase (travellers, dependants, pre-existing-condition
screening, e-commerce spec events), trips and destinations, 24/7 emergency assistance calls with
free-text case notes, hospital admissions and doctors abroad, claims for medical costs, lost
baggage and cancellations with receipts and bank details (IBAN, BSB, ACH, PayID), repatriation,
live chat, sign-in codes and links, identity checks, rental-car excess and pet add-ons, and
vendor-shaped payloads (Google Places autocomplete, Facebook Conversions API, SendGrid event and
Twilio voice webhooks relayed into Segment). Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and .NET server libraries, with their real `context` blocks (ip, traits, device, app, library,
locale, userAgent, campaign, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; PascalCase from .NET and Twilio,
kebab-case from a web form, SCREAMING_SNAKE from a warehouse reverse-ETL sync, German keys from
the German claims backend (`vorname`, `plz`, `versichertennummer` ...). Values are generated for
many cultures and the three markets: US/DE/AU phone formats and addresses, Luhn-valid cards,
mod-97 IBANs, SSA-structured SSNs, Medicare numbers and German KVNR with valid check digits.

Labelling rules (the Privacy Portal's default colours):
- Every leaf path has classification, type (reference matcher name, or `bank account`,
  `geolocation`, `health id`, `advertising id`, `credit card`, `token` ...; `a|b` when either is
  fair) and value_only (true when the key does not say what the value is).
- Colours follow the reference table; outside it, red for credentials/tokens, cards, bank
  accounts, government and health ids, yellow otherwise. The contested-case policy of the product
  is applied as written: claim, case, customer and loyalty numbers, ages, employers, businesses'
  own phones/e-mails/addresses (hospitals, clinics, rental desks, role mailboxes, the company's
  Twilio number), pets and UUID tokens are green; insurance policy numbers are yellow
  `identification`; prescription numbers yellow `medication`; plates yellow `license`, VINs
  yellow `serial`; gclid/fbp/fbc yellow `advertising id`; billing and payout-delivery addresses
  yellow `address`; Stripe `pm_` ids, one-time codes and magic-link tokens red `token`; patient
  MRNs, Medicare numbers and the German health-insurance number (KVNR) red `health id`; identity
  document numbers red `passport|national id`; working-holiday visa answers red `visa`.
- Decisions taken where the brief is silent (what a careful privacy owner would want flagged):
  * Names, e-mails and phones of other natural persons (dependants, relatives, next of kin,
    treating doctors, case managers, chat agents, escort nurses, rental drivers) are PII.
  * A boolean or number that itself says something about a traveller's health
    (`isPregnant`, `pregnancyWeeks`, `onMedication`, `hospitalisedLast12Months`,
    `hasPreExistingConditions`) is PII of that category; `wheelchairRequired` is `disability`
    (red). Enums that are logistics or mixed reason codes (repatriation mode, cancellation reason,
    call category, ward) stay green, as do a doctor's specialty and an ICU/general ward flag.
  * ICD-10 codes are `diagnosis` like the diagnosis text they encode.
  * Hashed e-mail/phone in a Conversions API payload (`em`, `ph`) stay PII of their type: they
    are matchable identifiers; a hash of our own user id (`external_id`) is green.
  * A salutation (`anrede`: Herr/Frau) reveals gender: yellow `gender`. Nationality is yellow
    `citizenship`. A caller's city and ZIP derived by the telephony vendor are the person's.
  * Masked phone numbers (`+61 4** *** 678`) and card last four are green.
  * Free text is labelled by what every one of its values carries: case notes always name a
    diagnosis, chat messages always carry a phone or e-mail, symptom descriptions always a
    condition; feedback comments, claim descriptions and push bodies carry none: green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = [
    "Lukas",
    "Anna-Lena",
    "Jürgen",
    "Elif",
    "Katarzyna",
    "Mehmet",
    "Sophie",
    "Maximilian",
    "Olivia",
    "Jack",
    "Aroha",
    "Chloe",
    "Wei",
    "Priya",
    "Siosaia",
    "Jarrah",
    "Emily",
    "DeShawn",
    "María José",
    "Tyler",
    "Ngozi",
    "Hiroshi",
    "Fatemeh",
    "Dmitri",
    "Ana Luísa",
    "Kwabena",
    "Mai",
    "Saoirse",
    "Rahul",
    "Isabella",
]
LASTS = [
    "Schneider",
    "Weber",
    "Hoffmann",
    "Y\u0131lmaz",
    "Nowak",
    "Müller-Lüdenscheidt",
    "Nguyen",
    "Thompson",
    "Ngata",
    "O'Connor",
    "Zhang",
    "Raman",
    "Tupou",
    "Walker",
    "Johnson",
    "Carter",
    "Hernández",
    "Okonkwo",
    "Tanaka",
    "Hosseini",
    "Volkov",
    "Ferreira",
    "Asante",
    "Tran",
    "Ní Bhriain",
    "Kapoor",
    "Rossi",
    "van der Berg",
    "Kaur",
    "Dubois",
]
MAIL_DOMAINS = [
    "gmail.com",
    "web.de",
    "gmx.de",
    "bigpond.com",
    "outlook.com",
    "icloud.com",
    "yahoo.com.au",
    "t-online.de",
    "hotmail.com",
    "proton.me",
]
COUNTRIES = [
    "Thailand",
    "Indonesia",
    "Japan",
    "Italy",
    "United States",
    "Spain",
    "Fiji",
    "New Zealand",
    "Mexico",
    "Vietnam",
    "Greece",
    "Canada",
]
DEST_CITIES = [
    "Bangkok",
    "Denpasar",
    "Tokyo",
    "Rome",
    "New York",
    "Barcelona",
    "Nadi",
    "Queenstown",
    "Cancún",
]
ISO = ["TH", "ID", "JP", "IT", "US", "ES", "FJ", "NZ", "MX", "VN", "GR", "CA"]
HOSPITALS = [
    "Bumrungrad International Hospital",
    "BIMC Hospital Kuta",
    "St. Luke's International Hospital",
    "Hospital Clínic de Barcelona",
    "Mount Sinai Hospital",
    "Auckland City Hospital",
    "Policlinico Gemelli",
    "Hospital Galenia Cancún",
]
HOSPITAL_ADDR = [
    "33 Sukhumvit 3, Wattana, Bangkok 10110",
    "Jl. Bypass Ngurah Rai No.100X, Kuta, Bali",
    "9-1 Akashi-cho, Chuo-ku, Tokyo",
    "C. de Villarroel, 170, 08036 Barcelona",
    "1 Gustave L. Levy Pl, New York, NY 10029",
    "2 Park Road, Grafton, Auckland 1023",
]
HOSPITAL_PHONES = [
    "+66 2 066 8888",
    "+62 361 3000 911",
    "+81 3-3541-5151",
    "+34 932 27 54 00",
    "+1 212-241-6500",
]
DIAGNOSES = [
    ("J45.909", "asthma exacerbation"),
    ("E11.9", "type 2 diabetes"),
    ("I10", "hypertension"),
    ("S82.201A", "fractured tibia"),
    ("K35.80", "acute appendicitis"),
    ("A09", "gastroenteritis"),
    ("N39.0", "urinary tract infection"),
    ("S42.001A", "fractured clavicle"),
    ("I21.9", "myocardial infarction"),
    ("J18.9", "pneumonia"),
    ("A90", "dengue fever"),
]
CONDITIONS = [
    "asthma",
    "type 1 diabetes",
    "hypertension",
    "epilepsy",
    "atrial fibrillation",
    "COPD",
    "osteoarthritis",
    "breast cancer (in remission)",
    "hypothyroidism",
    "coeliac disease",
    "sleep apnoea",
]
MEDICATIONS = [
    "salbutamol inhaler",
    "insulin glargine",
    "metformin 500mg",
    "ramipril 5mg",
    "levothyroxine",
    "apixaban",
    "lamotrigine",
    "Ventolin",
    "atorvastatin 20mg",
]
SYMPTOMS = [
    "chest pain and shortness of breath",
    "high fever and rash since two days, suspected dengue",
    "vomiting and diarrhoea after street food",
    "severe ankle pain after a scooter fall, cannot walk",
    "asthma attack, inhaler not helping",
    "pain in lower right abdomen",
    "ear infection after diving",
]
PLANS = [
    "Essentials Single Trip",
    "Comprehensive Single Trip",
    "Annual Multi-Trip",
    "Backpacker 12m",
    "Ski Plus",
]
UNDERWRITERS = ["Allianz Partners", "Zurich", "Chubb", "HDI Global", "Tokio Marine"]
AIRLINES = [
    ("QF", "Qantas"),
    ("LH", "Lufthansa"),
    ("UA", "United"),
    ("EK", "Emirates"),
    ("SQ", "Singapore Airlines"),
]
AIRPORTS = ["SYD", "MEL", "FRA", "MUC", "JFK", "LAX", "BKK", "DPS", "NRT", "BCN", "SFO", "BER"]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("\u0131", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a = ascii_fold(first(f)).lower().replace(" ", "")
    b = ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b[:1]}{f.r.randint(1, 99)}", f"{b}.{a[:1]}", f"{a}_{b}{f.r.randint(70, 2005)}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def phone_de(f: Fake) -> str:
    mobile = f.pick(["151", "152", "160", "170", "171", "176", "1573"])
    n = f.digits(f.pick([7, 8]))
    return f.pick(
        [
            f"+49 {mobile} {n}",
            f"0{mobile} {n}",
            f"+49{mobile}{n}",
            f"030 {f.digits(8)}",
            f"+49 (0)89 {f.digits(7)}",
        ]
    )


def phone_au(f: Fake) -> str:
    a, b, c = f.r.randint(0, 99), f.r.randint(0, 999), f.r.randint(0, 999)
    return f.pick(
        [
            f"+61 4{a:02d} {b:03d} {c:03d}",
            f"04{a:02d} {b:03d} {c:03d}",
            f"+614{a:02d}{b:03d}{c:03d}",
            f"(02) 9{b:03d} {f.r.randint(0, 9999):04d}",
            f"+61 3 9{b:03d} {f.r.randint(0, 9999):04d}",
        ]
    )


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def phone(f: Fake) -> str:
    return f.pick([phone_de, phone_au, phone_us])(f)


DE_ROADS = ["Lindenstraße", "Hauptstr.", "Am Mühlbach", "Schillerstraße", "Kastanienallee", "Goethestr."]
AU_ROADS = ["Wattle St", "Beach Rd", "Chapel Street", "Brunswick St", "Pacific Hwy", "Eucalyptus Cres"]
US_ROADS = ["Maple Ave", "Oak St", "Lakeshore Dr", "W 34th St", "Peachtree Rd NE", "Elm Street"]


def street(f: Fake) -> str:
    market = f.pick(["us", "de", "au"])
    n = f.r.randint(1, 240)
    if market == "de":
        return f"{f.pick(DE_ROADS)} {n}{f.pick(['', 'a', 'b'])}"
    if market == "au":
        unit = f.pick(["", f"{f.r.randint(1, 40)}/", f"Unit {f.r.randint(1, 12)}, "])
        return f"{unit}{n} {f.pick(AU_ROADS)}"
    return f"{f.r.randint(10, 9800)} {f.pick(US_ROADS)}"


HOME_CITIES = [
    "Chicago",
    "Austin",
    "Seattle",
    "Brooklyn",
    "Atlanta",
    "Berlin",
    "München",
    "Hamburg",
    "Köln",
    "Freiburg im Breisgau",
    "Fitzroy",
    "Bondi Junction",
    "Fremantle",
    "Toowong",
    "Glenelg",
]


def city(f: Fake) -> str:
    return f.pick(HOME_CITIES)


def postcode(f: Fake) -> str:
    return f.pick(
        [f"{f.r.randint(1000, 99999):05d}", str(f.r.randint(2000, 7999)), f"{f.r.randint(10001, 98199)}"]
    )


def one_line_address(f: Fake) -> str:
    market = f.pick(["us", "de", "au"])
    n = f.r.randint(1, 240)
    if market == "de":
        road = f.pick(["Lindenstraße", "Hauptstr.", "Schillerstraße", "Kastanienallee", "Goethestr."])
        town = f.pick(["10115 Berlin", "80331 München", "20095 Hamburg", "50667 Köln", "79098 Freiburg"])
        return f"{road} {n}, {town}"
    if market == "au":
        road = f.pick(["Wattle St", "Beach Rd", "Chapel Street", "Brunswick St", "Eucalyptus Cres"])
        town = f.pick(
            ["Fitzroy VIC 3065", "Bondi Junction NSW 2022", "Fremantle WA 6160", "Toowong QLD 4066"]
        )
        return f"{f.pick(['', f'{f.r.randint(1, 40)}/'])}{n} {road}, {town}"
    road = f.pick(["Maple Ave", "Oak St", "Lakeshore Dr", "W 34th St", "Peachtree Rd NE"])
    town = f.pick(["Chicago, IL 60614", "Austin, TX 78704", "Seattle, WA 98103", "Atlanta, GA 30309"])
    return f"{f.r.randint(10, 9800)} {road}, {town}"


def e164(f: Fake) -> str:
    prefix, n = f.pick([("+1312", 7), ("+1512", 7), ("+614", 8), ("+4917", 8), ("+4915", 9), ("+668", 8)])
    return prefix + f.digits(n)


def state(f: Fake) -> str:
    return f.pick(["NSW", "VIC", "QLD", "WA", "BY", "BE", "NW", "CA", "NY", "TX", "IL"])


def dob(f: Fake) -> str:
    return f.date(1940, 2019)


def future_date(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def medicare(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(w * x for w, x in zip([1, 3, 7, 9, 1, 3, 7, 9], d, strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def kvnr(f: Fake) -> str:
    letter = f.pick(string.ascii_uppercase)
    body = f.digits(8)
    seq = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{body}{total % 10}"


def passport(f: Fake) -> str:
    kind = f.pick(["de", "au", "us"])
    if kind == "de":
        return f.pick("CFGHJK") + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "au":
        return f.pick(["PA", "PB", "N", "E", "RA"]) + f.digits(7)
    return f.pick([f.digits(9), "A" + f.digits(8)])


def policy_number(f: Fake) -> str:
    return f.pick(["TI-AU-", "TI-DE-", "TI-US-", "RV"]) + f.digits(8)


def claim_number(f: Fake) -> str:
    return f.pick(["CLM-", "SCH-", ""]) + f"2024{f.digits(6)}"


def case_number(f: Fake) -> str:
    return f"AS-{f.r.randint(24, 25)}-{f.digits(6)}"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def flight(f: Fake) -> str:
    code, _ = f.pick(AIRLINES)
    return f"{code}{f.r.randint(1, 999)}"


def au_account(f: Fake) -> str:
    return f.pick([f.digits(9), f.digits(8), f"{f.digits(4)} {f.digits(5)}", f.digits(6)])


def us_account(f: Fake) -> str:
    return f.digits(f.r.randint(10, 12))


def sha256(f: Fake) -> str:
    return f.hexid(64)


def case_note(f: Fake) -> str:
    _, diag = f.pick(DIAGNOSES)
    return f.pick(
        [
            f"Pt {full_name(f)} presented at {f.pick(HOSPITALS)} with {diag}. Family informed.",
            f"Insured reports {diag}; GOP sent to {f.pick(HOSPITALS)}, awaiting invoice.",
            f"Callback requested re {diag}, insured's mother calling from {phone(f)}.",
            f"MO review: {diag}, fit to fly in 5 days with escort. Rebook via travel desk.",
            f"Day 3 inpatient, {diag} improving. Next update from treating doctor tomorrow.",
        ]
    )


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, my phone is nearly dead, please call me back on {phone(f)}",
            f"Can you send the certificate to {email(f)} please?",
            f"I'm at the hospital in Phuket, reach me at {phone(f)}",
            f"My husband's email is {email(f)}, please cc him on the claim",
            f"new number while abroad: {phone(f)}",
            f"please use {email(f)} instead, I can't access my work inbox",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/quote", "/quote/travellers", "/checkout", "/claims/new", "/de/angebot"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.finder.com.au/travel-insurance"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?lang=de"])),
            "title": G(
                lambda f: f.pick(
                    ["Get a quote | Roamsure", "Checkout | Roamsure", "Reiseversicherung | Roamsure"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.roamsure.example/"
                    + f.pick(["quote", "checkout", "claims/new", "de/angebot"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "de-DE", "de-AT"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_travel_au", "schengen_visa_de", "spring_break_us"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "finder"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "affiliate"])),
            "term": G(
                lambda f: f.pick(["travel insurance bali", "reiseversicherung", "trip cancellation cover"])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "text_ad_2", "carousel_3"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Roamsure"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6402", "6500"])),
            "namespace": G(lambda f: "com.roamsure.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-US", "de-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(
            lambda f: f.pick(["Australia/Sydney", "Asia/Bangkok", "Europe/Berlin", "America/Chicago"])
        ),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "userId": G(lambda f: "rs_" + f.digits(8)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Roamsure"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651003"])),
            "namespace": G(lambda f: "com.roamsure.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8 Pro", "23049PCD8G", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1s", "husky", "sapphire"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-AU", "de-DE", "en-US"])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        },
        "network": {
            "carrier": G(
                lambda f: f.pick(["Telstra", "Optus", "Telekom.de", "Vodafone.de", "AIS", "T-Mobile"])
            ),
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Melbourne", "Europe/Berlin", "Asia/Makassar"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "phone": Y(lambda f: phone(f), "phone"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Roamsure"),
            "version": G(lambda f: f.pick(["6.3.9", "6.4.0"])),
            "build": G(lambda f: f.pick(["639", "640"])),
            "namespace": G(lambda f: f.pick(["com.roamsure.ios", "com.roamsure.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,4", "SM-A546B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Australia/Brisbane", "Pacific/Fiji", "America/New_York"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full_name(f), "name"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Roamsure Assist"),
            "version": G(lambda f: f.pick(["2.1.0", "2.2.3"])),
            "build": G(lambda f: f.pick(["210", "223"])),
            "namespace": G(lambda f: "com.roamsure.assist"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "Pixel 7", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "de-DE", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Asia/Bangkok", "Europe/Rome", "Australia/Perth"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


def server_context(name: str, version: str):
    def ctx(f: Fake):
        return {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}

    return ctx


def node_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics-node-next"), "version": G(lambda f: "2.1.2")},
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "externalIds": Many(
            {
                "id": Y(lambda f: email(f), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
    }


def php_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics-php"),
            "version": G(lambda f: "3.7.0"),
            "consumer": G(lambda f: "LibCurl"),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def dotnet_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "Analytics.NET"), "version": G(lambda f: "3.8.1")},
        "traits": {"customerNumber": G(lambda f: "C" + f.digits(7))},
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python", "2.3.2"),
    "node": node_context,
    "go": server_context("analytics-go", "3.3.0"),
    "java": server_context("analytics-java", "3.5.1"),
    "ruby": server_context("analytics-ruby", "2.4.3"),
    "php": php_context,
    "dotnet": dotnet_context,
}
MOBILE = ["swift", "kotlin", "rn"]

# -- templates --------------------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(
            lambda f: f.pick(["prod_ST_ESS", "prod_ST_COMP", "prod_AMT", "prod_BP12", "prod_SKI"])
        ),
        "sku": G(lambda f: f.pick(["TI-ST-ESS-AU", "TI-ST-COMP-DE", "TI-AMT-US", "TI-ADD-SKI"])),
        "name": G(lambda f: f.pick(PLANS)),
        "brand": G(lambda f: f.pick(UNDERWRITERS)),
        "category": G(lambda f: f.pick(["Travel Insurance", "Add-on"])),
        "variant": G(lambda f: f.pick(["single", "couple", "family"])),
        "price": G(lambda f: f.money(19, 780)),
        "quantity": G(lambda f: 1),
    }


def traveller():
    return {
        "travellerId": G(lambda f: f.uuid()),
        "firstName": Y(lambda f: first(f), "name"),
        "lastName": Y(lambda f: last(f), "name"),
        "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
        "age": G(lambda f: f.r.randint(0, 84)),
        "gender": Y(lambda f: f.pick(["female", "male", "diverse", "X"]), "gender"),
        "nationality": Y(
            lambda f: f.pick(["German", "Australian", "American", "Turkish", "Vietnamese", "Indian"]),
            "citizenship",
        ),
        "relationship": G(lambda f: f.pick(["self", "spouse", "child", "partner", "friend"])),
        "isPolicyholder": G(lambda f: f.pick([True, False])),
    }


def address(prefix_type="address|street"):
    return {
        "line1": Y(lambda f: street(f), prefix_type),
        "line2": Y(
            lambda f: f.pick(["Apt 4B", "Unit 12", "2. OG links", "c/o Weber", "Level 3"]), "address|street"
        ),
        "city": Y(lambda f: city(f), "city"),
        "state": G(lambda f: state(f)),
        "postal_code": Y(lambda f: postcode(f), "zipcode"),
        "country": G(lambda f: f.pick(["AU", "DE", "US"])),
    }


EVENTS = [
    # -- quote funnel and purchase ---------------------------------------------------------------
    (
        "page",
        "Quote",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Quote", "Travellers", "Checkout", "Claims"])),
            "path": G(lambda f: f.pick(["/quote", "/quote/travellers", "/checkout"])),
            "url": G(lambda f: "https://www.roamsure.example/" + f.pick(["quote", "checkout"])),
            "title": G(lambda f: f.pick(["Get a quote | Roamsure", "Checkout | Roamsure"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + alnum(f, 60) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + alnum(f, 58), "advertising id"),
        },
    ),
    (
        "track",
        "Quote Started",
        ["web", "rn", "flutter"],
        {
            "quoteId": G(lambda f: f.uuid()),
            "destinationCountries": Many(G(lambda f: f.pick(ISO)), 3),
            "tripStartDate": G(lambda f: future_date(f)),
            "tripEndDate": G(lambda f: future_date(f)),
            "tripType": G(lambda f: f.pick(["single", "annual_multi_trip", "one_way"])),
            "travellerCount": G(lambda f: f.r.randint(1, 6)),
            "travellerAges": Many(G(lambda f: f.r.randint(0, 84)), 4),
            "residenceCountry": G(lambda f: f.pick(["AU", "DE", "US"])),
            "residenceState": G(lambda f: state(f)),
            "coverLevel": G(lambda f: f.pick(["basic", "essentials", "comprehensive"])),
        },
    ),
    (
        "track",
        "Quote Calculated",
        ["web", "rn", "flutter", "node"],
        {
            "quoteId": G(lambda f: f.uuid()),
            "planName": G(lambda f: f.pick(PLANS)),
            "premium": G(lambda f: f.money(19, 780)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "excess": G(lambda f: f.pick([0, 100, 250, 500])),
            "medicalCoverLimit": G(lambda f: f.pick(["unlimited", 1000000, 5000000])),
            "cancellationCoverLimit": G(lambda f: f.pick([5000, 10000, 25000])),
            "addOns": Many(
                G(lambda f: f.pick(["ski", "cruise", "rental_car_excess", "gadgets", "pet_boarding"])), 3
            ),
            "underwriter": G(lambda f: f.pick(UNDERWRITERS)),
        },
    ),
    (
        "track",
        "Medical Screening Completed",
        ["web", "rn"],
        {
            "screeningId": G(lambda f: f.uuid()),
            "screeningProvider": G(lambda f: f.pick(["Verisk healthcheck", "Medical Screening Solutions"])),
            "hasPreExistingConditions": Y(lambda f: f.pick([True, False]), "condition"),
            "travellers": Many(
                {
                    "travellerIndex": G(lambda f: f.r.randint(0, 4)),
                    "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
                    "medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 2),
                    "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
                    "pregnancyWeeks": Y(lambda f: f.r.randint(6, 30), "condition"),
                    "screeningOutcome": G(
                        lambda f: f.pick(["accepted", "accepted_with_loading", "excluded"])
                    ),
                },
                3,
            ),
            "additionalPremium": G(lambda f: f.money(0, 400)),
            "questionsAnswered": G(lambda f: f.r.randint(4, 31)),
        },
    ),
    (
        "track",
        "Pre-existing Condition Declared",
        ["java"],
        {
            "travellerId": G(lambda f: f.uuid()),
            "conditionCode": Y(lambda f: f.pick(DIAGNOSES)[0], "diagnosis"),
            "conditionName": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "diagnosedYear": G(lambda f: f.r.randint(1990, 2024)),
            "stableForMonths": G(lambda f: f.r.randint(0, 60)),
            "onMedication": Y(lambda f: f.pick([True, False]), "medication"),
            "hospitalisedLast12Months": Y(lambda f: f.pick([True, False]), "condition"),
            "declarationVersion": G(lambda f: f.pick(["2024.1", "2024.3"])),
        },
    ),
    (
        "track",
        "Traveller Details Entered",
        ["web", "rn"],
        {
            "quoteId": G(lambda f: f.uuid()),
            "travellers": Many(traveller(), 4),
            "leadTraveller": {
                "email": Y(lambda f: email(f), "email"),
                "mobile": Y(lambda f: phone(f), "phone"),
                "address": address(),
                "passportNumber": RED(lambda f: passport(f), "passport|national id"),
            },
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "ord_" + alnum(f, 14)),
            "affiliation": G(lambda f: f.pick(["Roamsure Web", "Roamsure iOS", "Finder Affiliate"])),
            "value": G(lambda f: f.money(19, 780)),
            "revenue": G(lambda f: f.money(19, 780)),
            "tax": G(lambda f: f.money(1, 60)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "BALI10", "SOMMER24", "STUDENT15"])),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "products": Many(plan_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "ord_" + alnum(f, 14)),
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(3, 4)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "sepa_debit"])),
            "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "411111"])),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["AU", "DE", "US"])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "node"],
        {
            "order_id": G(lambda f: "ord_" + alnum(f, 14)),
            "checkout_id": G(lambda f: f.uuid()),
            "policyNumber": Y(lambda f: policy_number(f), "identification"),
            "total": G(lambda f: f.money(19, 780)),
            "tax": G(lambda f: f.money(1, 60)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "BALI10", "SOMMER24"])),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "sepa_debit"])),
            "products": Many(plan_product(), 3),
            "policyholder_email": Y(lambda f: email(f), "email"),
            "is_renewal": G(lambda f: f.pick([True, False])),
            "coolingOffEndsAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Policy Purchased",
        ["dotnet"],
        {
            "PolicyId": G(lambda f: f.uuid()),
            "PolicyNumber": Y(lambda f: policy_number(f), "identification"),
            "ProductCode": G(lambda f: f.pick(["ST-COMP", "AMT-EU", "BP-12"])),
            "PremiumAmount": G(lambda f: f.money(19, 780)),
            "Currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "StartDate": G(lambda f: future_date(f)),
            "EndDate": G(lambda f: future_date(f)),
            "IsAnnualMultiTrip": G(lambda f: f.pick([True, False])),
            "AgentCode": G(lambda f: "AG" + f.digits(4)),
            "Policyholder": {
                "FirstName": Y(lambda f: first(f), "name"),
                "LastName": Y(lambda f: last(f), "name"),
                "Email": Y(lambda f: email(f), "email"),
                "MobilePhone": Y(lambda f: phone(f), "phone"),
                "DateOfBirth": Y(lambda f: dob(f), "birthdate"),
                "Address": {
                    "Line1": Y(lambda f: street(f), "address|street"),
                    "Suburb": Y(lambda f: city(f), "city"),
                    "State": G(lambda f: state(f)),
                    "Postcode": Y(lambda f: postcode(f), "zipcode"),
                    "Country": G(lambda f: f.pick(["Australia", "Germany", "United States"])),
                },
            },
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn", "flutter", "python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: state(f)),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["AU", "DE", "US"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: "C" + f.digits(7)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "policiesCount": G(lambda f: f.r.randint(0, 9)),
            "preferredLanguage": G(lambda f: f.pick(["en", "de"])),
            "frequentFlyerNumber": G(lambda f: f.pick(["QF", "LH", "UA"]) + f.digits(9)),
            "loyaltyTier": G(lambda f: f.pick(["none", "silver", "gold"])),
        },
    ),
    (
        "group",
        None,
        ["node", "ruby"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Globex Pty Ltd", "Initech GmbH", "Northwind Traders Inc.", "Umbrella Health"]
                )
            ),
            "industry": G(lambda f: f.pick(["Mining", "Consulting", "Software", "Education"])),
            "employees": G(lambda f: f.r.randint(20, 8000)),
            "plan": G(lambda f: f.pick(["Corporate Annual", "Business Traveller", "Student Group"])),
            "website": G(
                lambda f: f.pick(
                    ["https://globex.example", "https://initech.example.de", "https://northwind.example"]
                )
            ),
            "billingEmail": G(
                lambda f: f.pick(
                    [
                        "accounts-payable@globex.example",
                        "reisekosten@initech.example.de",
                        "travel@northwind.example",
                    ]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+61 2 8000 1234", "+49 69 2000 5000", "+1 312 555 0199"])),
            "accountManager": Y(lambda f: full_name(f), "name"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}),
    (
        "screen",
        "Policy Details",
        MOBILE,
        {
            "name": G(lambda f: f.pick(["Policy Details", "My Trips", "Emergency", "Claims"])),
            "policyId": G(lambda f: f.uuid()),
            "tab": G(lambda f: f.pick(["cover", "documents", "travellers"])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6500"])),
            "url": G(lambda f: f.pick(["", "roamsure://claims/new", "roamsure://emergency"])),
            "referring_application": G(
                lambda f: f.pick(["", "com.apple.mobilesafari", "com.google.android.gm"])
            ),
        },
    ),
    (
        "track",
        "Trip Added",
        [*MOBILE, "flutter"],
        {
            "tripId": G(lambda f: f.uuid()),
            "destination": {
                "country": G(lambda f: f.pick(COUNTRIES)),
                "city": G(lambda f: f.pick(DEST_CITIES)),
            },
            "departureDate": G(lambda f: future_date(f)),
            "returnDate": G(lambda f: future_date(f)),
            "purpose": G(lambda f: f.pick(["leisure", "business", "study", "visiting_family"])),
            "accommodationName": G(
                lambda f: f.pick(
                    ["Hilton Bali Resort", "Hotel Adlon Kempinski", "Park Hyatt Tokyo", "YHA Queenstown"]
                )
            ),
            "accommodationAddress": G(
                lambda f: f.pick(
                    [
                        "Jl. Nusa Dua, Bali 80363",
                        "Unter den Linden 77, 10117 Berlin",
                        "3-7-1-2 Nishi-Shinjuku, Tokyo",
                        "88 Beach Rd, Nadi",
                    ]
                )
            ),
            "outboundFlight": G(lambda f: flight(f)),
            "airline": G(lambda f: f.pick(AIRLINES)[1]),
            "bookingReference": G(
                lambda f: "".join(f.pick(string.ascii_uppercase + "23456789") for _ in range(6))
            ),
        },
    ),
    (
        "track",
        "Travel Alerts Subscribed",
        ["swift", "web"],
        {
            "destinations": Many(G(lambda f: f.pick(COUNTRIES)), 3),
            "channel": G(lambda f: f.pick(["sms", "push", "email"])),
            "smsNumber": Y(lambda f: phone(f), "phone"),
            "alertTypes": Many(G(lambda f: f.pick(["weather", "security", "health", "strikes"])), 3),
        },
    ),
    (
        "track",
        "Working Holiday Details Added",
        ["web", "kotlin"],
        {
            "quoteId": G(lambda f: f.uuid()),
            "visaSubclass": RED(lambda f: f.pick(["417", "462", "482", "500"]), "visa"),
            "hasWorkRights": RED(lambda f: f.pick([True, False]), "visa"),
            "plannedWorkType": G(lambda f: f.pick(["hospitality", "farm_work", "office", "none"])),
            "stayMonths": G(lambda f: f.r.randint(3, 24)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["rn", "swift"],
        {
            "policyId": G(lambda f: f.uuid()),
            "dependant": {
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "dateOfBirth": Y(lambda f: f.date(2007, 2023), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "grandchild", "stepchild"])),
                "age": G(lambda f: f.r.randint(0, 17)),
                "medicareIrn": G(lambda f: f.r.randint(1, 9)),
            },
            "dependantCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Rental Car Excess Cover Added",
        ["web", "php"],
        {
            "rental_company": G(lambda f: f.pick(["Hertz", "Europcar", "Sixt", "Avis"])),
            "pickup_location": G(
                lambda f: f.pick(["Auckland Airport (AKL)", "Nadi Airport", "Sixt Roma Termini"])
            ),
            "pickup_desk_phone": G(lambda f: f.pick(["+64 9 256 8690", "+39 06 474 0389", "+679 672 2288"])),
            "rental_start": G(lambda f: future_date(f)),
            "rental_end": G(lambda f: future_date(f)),
            "vehicle_plate": Y(
                lambda f: (
                    f.pick(["NZ ", "", "RM "])
                    + f.pick(string.ascii_uppercase) * 2
                    + f.digits(3)
                    + f.pick(string.ascii_uppercase)
                ),
                "license",
            ),
            "vin": Y(
                lambda f: "WVW" + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)),
                "serial",
            ),
            "excess_amount": G(lambda f: f.pick([3000, 5000, 8000])),
            "driver_name": Y(lambda f: full_name(f), "name"),
            "drivers_licence_number": Y(lambda f: f.pick(["0", "1"]) + f.digits(8), "license"),
            "additional_drivers": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Pet Cover Added",
        ["web", "rn"],
        {
            "petName": G(lambda f: f.pick(["Bella", "Max", "Luna", "Rocky", "Frau Müller", "Biscuit"])),
            "petSpecies": G(lambda f: f.pick(["dog", "cat"])),
            "petBreed": G(lambda f: f.pick(["Labrador", "Dackel", "Kelpie", "British Shorthair"])),
            "petAge": G(lambda f: f.r.randint(1, 14)),
            "microchipNumber": G(lambda f: "956" + f.digits(12)),
            "boardingKennel": G(lambda f: f.pick(["Happy Paws Kennels", "Tierpension Sonnenhof"])),
        },
    ),
    # -- account, sign-in, identity ----------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(lambda f: email(f), "email"),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: "RS-" + alnum(f, 6).upper()),
        },
    ),
    (
        "track",
        "Login Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expiresInSeconds": G(lambda f: f.pick([300, 600])),
            "phoneMasked": G(lambda f: f.pick(["+61 4** *** ", "+49 17* *** ", "+1 ***-***-"]) + f.digits(3)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "link_token": RED(lambda f: alnum(f, 43), "token"),
            "redirect_path": G(lambda f: f.pick(["/policies", "/claims", "/trips"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["ruby"],
        {
            "check_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["Onfido", "Veriff", "Persona"])),
            "document_type": G(lambda f: f.pick(["passport", "id_card", "drivers_license"])),
            "document_number": RED(lambda f: passport(f), "passport|national id"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
            "liveness_score": G(lambda f: f.money(0, 1)),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Policy Search Performed",
        ["web"],
        {
            "q": Y(lambda f: email(f), "email", True),
            "resultsCount": G(lambda f: f.r.randint(0, 4)),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
            "searchMode": G(lambda f: "backoffice"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form": G(lambda f: f.pick(["emergency_contact", "callback_request"])),
            "field": {
                "name": G(lambda f: f.pick(["mobile", "contact_number"])),
                "value": Y(lambda f: phone(f), "phone", True),
                "valid": G(lambda f: f.pick([True, False])),
            },
            "durationMs": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["swift", "kotlin"],
        {
            "travellerId": G(lambda f: f.uuid()),
            "label": Y(lambda f: full_name(f), "name", True),
            "position": G(lambda f: f.r.randint(1, 5)),
            "isPolicyholder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web"],
        {
            "sessionToken": G(lambda f: f.uuid()),
            "input": Y(lambda f: street(f), "address|street", True),
            "placeId": G(lambda f: "ChIJ" + alnum(f, 23)),
            "description": Y(lambda f: one_line_address(f), "address", True),
            "predictionsShown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        {
            "full-name": Y(lambda f: full_name(f), "name"),
            "e-mail": Y(lambda f: email(f), "email"),
            "phone-number": Y(lambda f: phone(f), "phone"),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "topic": G(lambda f: f.pick(["claim", "policy_change", "complaint", "other"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Can I extend my policy while already overseas?",
                        "Does the annual plan cover skiing in Austria?",
                        "Ich brauche eine Bestätigung für das Visum.",
                        "Where do I upload the hospital invoice?",
                    ]
                )
            ),
        },
    ),
    # -- emergency assistance -------------------------------------------------------------------
    (
        "track",
        "Emergency Assistance Call Started",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "caseId": G(lambda f: f.uuid()),
            "callCategory": G(
                lambda f: f.pick(["medical", "lost_documents", "theft", "travel_delay", "security"])
            ),
            "callbackNumber": Y(lambda f: phone(f), "phone"),
            "location": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "accuracyMeters": G(lambda f: f.r.randint(5, 800)),
            },
            "countryCode": G(lambda f: f.pick(ISO)),
            "viaVoip": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Assistance Case Updated",
        ["java"],
        {
            "caseId": G(lambda f: f.uuid()),
            "caseNumber": G(lambda f: case_number(f)),
            "status": G(
                lambda f: f.pick(["open", "gop_issued", "inpatient", "repatriation_planned", "closed"])
            ),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "assignedAgentId": G(lambda f: f.r.randint(1000, 9999)),
            "caseManager": {
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(first(f)).lower()
                        + "."
                        + ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
                        + "@assist.roamsure.example"
                    ),
                    "email",
                ),
                "extension": G(lambda f: f.digits(4)),
                "team": G(lambda f: f.pick(["Munich Medical", "Sydney 24/7", "Chicago Claims"])),
            },
            "caseNotes": Y(lambda f: case_note(f), "diagnosis|condition", True),
            "slaBreached": G(lambda f: f.pick([True, False])),
            "updatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Hospital Admission Reported",
        ["go"],
        {
            "case_id": G(lambda f: f.uuid()),
            "hospital": {
                "name": G(lambda f: f.pick(HOSPITALS)),
                "city": G(lambda f: f.pick(DEST_CITIES)),
                "country": G(lambda f: f.pick(ISO)),
                "phone": G(lambda f: f.pick(HOSPITAL_PHONES)),
                "address": G(lambda f: f.pick(HOSPITAL_ADDR)),
            },
            "admission_date": G(lambda f: f.date(2024, 2024)),
            "patient_mrn": RED(lambda f: f.pick(["HN", "MRN", "BH-"]) + f.digits(8), "health id"),
            "treating_doctor": Y(lambda f: "Dr. " + full_name(f), "name"),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES)[1], "diagnosis"),
            "icd10_code": Y(lambda f: f.pick(DIAGNOSES)[0], "diagnosis"),
            "ward": G(lambda f: f.pick(["ICU", "general", "day_surgery"])),
            "guarantee_of_payment_issued": G(lambda f: f.pick([True, False])),
            "estimated_cost": G(lambda f: f.money(800, 90000)),
            "currency": G(lambda f: f.pick(["THB", "USD", "EUR", "JPY", "IDR"])),
        },
    ),
    (
        "track",
        "Doctor Referral Made",
        ["php"],
        {
            "referral_id": G(lambda f: f.r.randint(100000, 999999)),
            "doctor_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            "specialty": G(lambda f: f.pick(["general practice", "orthopaedics", "dermatology", "ENT"])),
            "clinic_name": G(
                lambda f: f.pick(["Bali Med Clinic", "Tokyo Medical and Surgical Clinic", "Clinica Baviera"])
            ),
            "clinic_phone": G(lambda f: f.pick(["+62 361 761263", "+81 3-3436-3028", "+34 933 42 72 00"])),
            "clinic_address": G(
                lambda f: f.pick(
                    [
                        "Jl. Raya Kuta No.100, Bali",
                        "32 Shiba-koen Bldg 2F, Tokyo",
                        "C. de Balmes 150, Barcelona",
                    ]
                )
            ),
            "appointment_at": G(lambda f: f.iso()),
            "languages_spoken": Many(G(lambda f: f.pick(["en", "de", "ja", "es", "id"])), 2),
            "distance_km": G(lambda f: f.money(0, 25)),
        },
    ),
    (
        "track",
        "Video Consultation Booked",
        ["flutter", "rn"],
        {
            "consultationId": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Teladoc", "Air Doctor"])),
            "symptomsDescription": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "callbackPhone": Y(lambda f: phone(f), "phone"),
            "doctorName": Y(lambda f: "Dr. " + full_name(f), "name"),
            "preferredLanguage": G(lambda f: f.pick(["en", "de"])),
            "scheduledFor": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Repatriation Arranged",
        ["java"],
        {
            "caseId": G(lambda f: f.uuid()),
            "repatriationMode": G(
                lambda f: f.pick(["commercial_seat", "business_class_stretcher", "air_ambulance"])
            ),
            "flightNumber": G(lambda f: flight(f)),
            "departureAirport": G(lambda f: f.pick(AIRPORTS)),
            "arrivalAirport": G(lambda f: f.pick(AIRPORTS)),
            "medicalEscortName": Y(lambda f: full_name(f), "name"),
            "wheelchairRequired": RED(lambda f: f.pick([True, False]), "disability"),
            "receivingHospital": G(
                lambda f: f.pick(
                    ["Charité Berlin", "Royal Melbourne Hospital", "Rush University Medical Center"]
                )
            ),
            "nextOfKin": {
                "name": Y(lambda f: full_name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "child"])),
            },
            "estimatedCost": G(lambda f: f.money(2000, 180000)),
        },
    ),
    # -- chat -----------------------------------------------------------------------------------
    (
        "track",
        "Live Chat Started",
        ["web", "rn"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "department": G(lambda f: f.pick(["Medical Assistance", "Claims", "Sales"])),
            "visitor": {
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "tags": Many(G(lambda f: f.pick(["vip", "overseas", "de", "au", "urgent"])), 3),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "rn", "swift"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: "customer"),
            "text": Y(lambda f: chat_text(f), "phone|email", True),
            "messageLength": G(lambda f: f.r.randint(10, 200)),
            "attachmentCount": G(lambda f: f.r.randint(0, 2)),
            "agentName": Y(
                lambda f: f.pick(["Sarah", "Jonas", "Mia", "Tom", "Leilani"]) + " " + last(f), "name"
            ),
        },
    ),
    (
        "track",
        "Chat Rated",
        ["web", "rn"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Very helpful, thank you!", "Took too long to answer", "Super Service, danke!", "", "ok"]
                )
            ),
        },
    ),
    # -- claims ---------------------------------------------------------------------------------
    (
        "track",
        "Claim Started",
        ["web", "rn", "flutter"],
        {
            "claimId": G(lambda f: f.uuid()),
            "claimNumber": G(lambda f: claim_number(f)),
            "claimType": G(lambda f: f.pick(["medical", "baggage", "cancellation", "delay"])),
            "policyNumber": Y(lambda f: policy_number(f), "identification"),
            "incidentDate": G(lambda f: f.date(2024, 2024)),
            "incidentCountry": G(lambda f: f.pick(ISO)),
            "estimatedAmount": G(lambda f: f.money(50, 15000)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
        },
    ),
    (
        "track",
        "Medical Expenses Claim Submitted",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: claim_number(f)),
            "PolicyNumber": Y(lambda f: policy_number(f), "identification"),
            "PatientName": Y(lambda f: full_name(f), "name"),
            "PatientDateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "Diagnosis": Y(lambda f: f.pick(DIAGNOSES)[1], "diagnosis"),
            "TreatmentDate": G(lambda f: f.date(2024, 2024)),
            "TreatmentProvider": G(lambda f: f.pick(HOSPITALS)),
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(6)),
            "AmountClaimed": G(lambda f: f.money(40, 40000)),
            "Currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "MedicareNumber": RED(lambda f: medicare(f), "health id"),
            "PrescriptionNumber": Y(lambda f: "RX" + f.digits(7), "medication"),
            "Receipts": Many(
                {
                    "FileName": G(lambda f: f.pick(["IMG_", "scan_", "Rechnung_"]) + f.digits(4) + ".jpg"),
                    "Amount": G(lambda f: f.money(5, 3000)),
                    "MerchantName": G(
                        lambda f: f.pick(["Boots Pharmacy", "Watsons", "BIMC Hospital", "Farmacia Central"])
                    ),
                    "ReceiptDate": G(lambda f: f.date(2024, 2024)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Baggage Claim Submitted",
        ["node"],
        {
            "claimNumber": G(lambda f: claim_number(f)),
            "policyNumber": Y(lambda f: policy_number(f), "identification"),
            "pirReference": G(lambda f: f.pick(AIRPORTS) + f.pick(["QF", "LH", "UA"]) + f.digits(5)),
            "airline": G(lambda f: f.pick(AIRLINES)[1]),
            "flightNumber": G(lambda f: flight(f)),
            "bagTagNumber": G(lambda f: "0" + f.digits(9)),
            "itemsLost": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Samsonite suitcase",
                                "MacBook Pro 14",
                                "Canon EOS R6",
                                "Kindle Paperwhite",
                                "prescription glasses",
                            ]
                        )
                    ),
                    "value": G(lambda f: f.money(30, 3500)),
                    "purchaseDate": G(lambda f: f.date(2018, 2024)),
                    "receiptUrl": G(lambda f: f"https://files.roamsure.example/receipts/{f.uuid()}.pdf"),
                },
                3,
            ),
            "totalClaimed": G(lambda f: f.money(100, 6000)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "foundBagDeliveryAddress": Y(lambda f: one_line_address(f), "address"),
        },
    ),
    (
        "track",
        "Cancellation Claim Submitted",
        ["python"],
        {
            "claim_number": G(lambda f: claim_number(f)),
            "policy_number": Y(lambda f: policy_number(f), "identification"),
            "cancellation_reason": G(
                lambda f: f.pick(
                    [
                        "illness_or_injury",
                        "death_of_relative",
                        "redundancy",
                        "airline_strike",
                        "natural_disaster",
                    ]
                )
            ),
            "relative_name": Y(lambda f: full_name(f), "name"),
            "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling"])),
            "medical_certificate_provided": G(lambda f: f.pick([True, False])),
            "booking_reference": G(
                lambda f: "".join(f.pick(string.ascii_uppercase + "23456789") for _ in range(6))
            ),
            "non_refundable_amount": G(lambda f: f.money(100, 12000)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "refund_iban": RED(lambda f: f.iban(f.pick(["DE", "NL", "FR", "ES"])), "bank account"),
            "refund_bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "ABNANL2A"])),
            "account_holder": Y(lambda f: full_name(f), "name"),
            "circumstances": G(
                lambda f: f.pick(
                    [
                        "Flight cancelled due to strike, no alternative offered",
                        "Reise musste storniert werden",
                        "Tour operator went bust two weeks before departure",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Payout Details Added",
        ["kotlin", "rn"],
        {
            "claimId": G(lambda f: f.uuid()),
            "bsb": G(lambda f: f.pick(["062-000", "033-172", "083-004", "012-003"])),
            "accountNumber": RED(lambda f: au_account(f), "bank account"),
            "accountName": Y(lambda f: full_name(f), "name"),
            "payId": Y(lambda f: f.pick([email, phone_au])(f), "email|phone", True),
            "payoutMethod": G(lambda f: f.pick(["bank_transfer", "payid"])),
        },
    ),
    (
        "track",
        "Direct Deposit Added",
        ["swift", "web"],
        {
            "claimId": G(lambda f: f.uuid()),
            "routingNumber": G(lambda f: f.pick(["021000021", "011401533", "121000358", "071000013"])),
            "accountNumber": RED(lambda f: us_account(f), "bank account"),
            "accountType": G(lambda f: f.pick(["checking", "savings"])),
            "accountHolderName": Y(lambda f: full_name(f), "name"),
            "bankName": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Chime"])),
        },
    ),
    (
        "track",
        "Claim Payment Issued",
        ["go"],
        {
            "claim_number": G(lambda f: claim_number(f)),
            "amount": G(lambda f: f.money(20, 40000)),
            "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
            "payee_name": Y(lambda f: full_name(f), "name"),
            "payee_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "NL"])), "bank account"),
            "payment_reference": G(lambda f: "RS-PAY-" + f.digits(8)),
            "paid_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Claim Note Added",
        ["java", "python"],
        {
            "claimId": G(lambda f: f.uuid()),
            "note": G(
                lambda f: f.pick(
                    [
                        "Awaiting original receipts from customer.",
                        "Airline PIR received, forwarded to assessor.",
                        "Excess applied as per PDS section 4.",
                        "Unterlagen vollständig, Freigabe erteilt.",
                    ]
                )
            ),
            "authorRole": G(lambda f: f.pick(["assessor", "team_lead", "system"])),
        },
    ),
    (
        "track",
        "Receipt Uploaded",
        ["flutter", "swift"],
        {
            "claimId": G(lambda f: f.uuid()),
            "receiptId": G(lambda f: f.uuid()),
            "fileName": G(lambda f: f.pick(["IMG_", "PXL_2024", "receipt_"]) + f.digits(4) + ".jpg"),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "image/heic", "application/pdf"])),
            "pages": G(lambda f: f.r.randint(1, 4)),
            "ocrMerchant": G(lambda f: f.pick(["Watsons", "7-Eleven", "Boots", "Farmacia Central"])),
            "ocrTotal": G(lambda f: f.money(3, 900)),
        },
    ),
    (
        "track",
        "Card Payment Logged",
        ["dotnet"],
        {
            "TransactionId": G(lambda f: f.uuid()),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardHolderName": Y(lambda f: full_name(f).upper(), "name"),
            "ExpiryDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "Amount": G(lambda f: f.money(19, 780)),
            "ResponseCode": G(lambda f: f.pick(["00", "05", "51"])),
        },
    ),
    # -- German claims backend (German keys) ----------------------------------------------------
    (
        "track",
        "Schadenmeldung Eingegangen",
        ["python"],
        {
            "schadennummer": G(lambda f: claim_number(f)),
            "versicherungsnummer": Y(lambda f: "RV" + f.digits(8), "identification"),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "vorname": Y(lambda f: first(f), "name"),
            "nachname": Y(lambda f: last(f), "name"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1940, 2010)}",
                "birthdate",
            ),
            "strasse": Y(
                lambda f: f.pick(["Lindenstraße", "Hauptstr.", "Goethestr.", "Am Mühlbach"]), "street|address"
            ),
            "hausnummer": Y(lambda f: str(f.r.randint(1, 200)) + f.pick(["", "a"]), "address|street"),
            "plz": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "ort": Y(lambda f: f.pick(["Berlin", "München", "Köln", "Leipzig", "Freiburg"]), "city"),
            "telefon": Y(lambda f: phone_de(f), "phone"),
            "emailAdresse": Y(lambda f: email(f), "email"),
            "krankenkasse": G(lambda f: f.pick(["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit"])),
            "versichertennummerKV": RED(lambda f: kvnr(f), "health id"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "GENODEM1GLS", "BYLADEM1001"])),
            "kontoinhaber": Y(lambda f: full_name(f), "name"),
            "schadenart": G(lambda f: f.pick(["Krankheit", "Gepäck", "Reiserücktritt"])),
            "schadenhoehe": G(lambda f: f.money(50, 9000)),
            "waehrung": G(lambda f: "EUR"),
            "reiseland": G(lambda f: f.pick(["Thailand", "Italien", "Spanien", "USA"])),
            "schadenbeschreibung": G(
                lambda f: f.pick(
                    [
                        "Koffer am Flughafen Bangkok nicht angekommen.",
                        "Flug wegen Streik gestrichen.",
                        "Handy am Strand gestohlen, Anzeige bei der Polizei erstattet.",
                    ]
                )
            ),
        },
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) ------------------------------------------------
    (
        "track",
        "Policy Renewal Due",
        ["python"],
        {
            "POLICY_ID": G(lambda f: f.uuid()),
            "POLICY_NUMBER": Y(lambda f: policy_number(f), "identification"),
            "CUSTOMER_EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "RENEWAL_DATE": G(lambda f: future_date(f)),
            "PREMIUM_AUD": G(lambda f: f.money(90, 900)),
            "LIFETIME_VALUE": G(lambda f: f.money(90, 4000)),
            "CHURN_SCORE": G(lambda f: f.money(0, 1)),
            "STATE_CODE": G(lambda f: state(f)),
            "POSTCODE": Y(lambda f: postcode(f), "zipcode"),
            "AGE_BAND": G(lambda f: f.pick(["18-29", "30-49", "50-64", "65+"])),
            "TRIPS_LAST_12M": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    # -- vendor-shaped webhooks and server integrations -----------------------------------------
    (
        "track",
        "Lead Captured",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(f), "email"),
                "ph": Y(lambda f: sha256(f), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: sha256(f)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(19, 780)),
                "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
                "content_name": G(lambda f: f.pick(PLANS)),
            },
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(5)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0001p1syd1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["policy_docs", "claim_update", "renewal"])), 2),
            "template_name": G(
                lambda f: f.pick(["certificate_of_insurance", "claim_received", "renewal_reminder"])
            ),
            "reply_to": G(
                lambda f: f.pick(
                    ["claims@roamsure.example", "no-reply@roamsure.example", "support@roamsure.example"]
                )
            ),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: e164(f), "phone", True),
            "To": G(lambda f: f.pick(["+61280001234", "+4989200050", "+18005550142"])),
            "FromCity": Y(lambda f: f.pick(["SYDNEY", "MUNICH", "CHICAGO", "BANGKOK", "AUSTIN"]), "city"),
            "FromZip": Y(lambda f: postcode(f), "zipcode"),
            "FromCountry": G(lambda f: f.pick(["AU", "DE", "US", "TH"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 2400))),
            "Direction": G(lambda f: "inbound"),
            "RecordingUrl": G(
                lambda f: "https://api.twilio.com/2010-04-01/Accounts/Recordings/RE" + f.hexid(32)
            ),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "title": G(lambda f: f.pick(["Trip starts tomorrow", "Claim update", "Reisewarnung"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "Your cover for Bali starts tomorrow. Safe travels!",
                        "Your claim has been approved.",
                        "New travel advice for Thailand.",
                    ]
                )
            ),
            "action": G(lambda f: f.pick(["open", "dismiss"])),
        },
    ),
    (
        "track",
        "Policy Document Downloaded",
        ["swift", "web", "kotlin"],
        {
            "policyId": G(lambda f: f.uuid()),
            "policyNumber": Y(lambda f: policy_number(f), "identification"),
            "documentType": G(
                lambda f: f.pick(["certificate_of_insurance", "schengen_visa_certificate", "pds"])
            ),
            "fileSizeKb": G(lambda f: f.r.randint(80, 2400)),
            "language": G(lambda f: f.pick(["en", "de"])),
        },
    ),
    (
        "track",
        "Cover Extended",
        ["kotlin", "rn"],
        {
            "policyId": G(lambda f: f.uuid()),
            "newEndDate": G(lambda f: future_date(f)),
            "additionalPremium": G(lambda f: f.money(10, 400)),
            "reason": G(lambda f: f.pick(["trip_extended", "flight_delayed", "hospitalised"])),
            "extensionCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["rn", "web", "flutter"],
        {
            "policyId": G(lambda f: f.uuid()),
            "emergencyContact": {
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "mobile": Y(lambda f: phone(f), "phone"),
                "email": Y(lambda f: email(f), "email"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling"])),
                "isTravelling": G(lambda f: f.pick([True, False])),
            },
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["web", "kotlin"],
        {
            "changed_fields": Many(
                G(lambda f: f.pick(["email", "mobile", "address", "date_of_birth", "passport"])), 3
            ),
            "new_email": Y(lambda f: email(f), "email"),
            "new_mobile": Y(lambda f: phone(f), "phone"),
            "home_address": Y(lambda f: one_line_address(f), "address"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "passport_number": RED(lambda f: passport(f), "passport|national id"),
            "source_screen": G(lambda f: f.pick(["profile", "checkout", "claim_form"])),
        },
    ),
    (
        "track",
        "Traveller Medical Info Added",
        ["flutter", "swift"],
        {
            "travellerId": G(lambda f: f.uuid()),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["penicillin", "peanuts", "latex", "bee stings", "sulfa drugs"]),
                    "allergy",
                ),
                2,
            ),
            "medicalDevices": Many(
                Y(
                    lambda f: f.pick(["pacemaker", "insulin pump", "CPAP machine", "hearing aid"]),
                    "condition",
                ),
                2,
            ),
            "usualDoctorName": Y(lambda f: "Dr. " + full_name(f), "name"),
            "usualDoctorPracticePhone": G(
                lambda f: f.pick(["+61 2 9387 1000", "+49 30 2576 0", "+1 773 555 0142"])
            ),
            "shareWithAssistanceTeam": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medical Invoice Received",
        ["ruby"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "gop_reference": G(lambda f: "GOP-" + f.digits(6)),
            "provider_name": G(lambda f: f.pick(HOSPITALS)),
            "patient_full_name": Y(lambda f: full_name(f), "name"),
            "patient_dob": Y(lambda f: dob(f), "birthdate"),
            "patient_passport_number": RED(lambda f: passport(f), "passport|national id"),
            "procedure": Y(
                lambda f: f.pick(
                    ["appendectomy", "X-ray left ankle", "IV rehydration", "CT head", "plaster cast"]
                ),
                "procedure",
            ),
            "total_billed": G(lambda f: f.money(80, 60000)),
            "currency": G(lambda f: f.pick(["THB", "USD", "EUR", "JPY", "IDR"])),
            "received_via": G(lambda f: f.pick(["email", "provider_portal", "fax"])),
        },
    ),
    (
        "track",
        "User Signed In",
        ["dotnet"],
        {
            "Email": Y(lambda f: email(f), "email"),
            "IpAddress": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "UserAgent": G(lambda f: f.pick(WEB_UAS)),
            "MfaMethod": G(lambda f: f.pick(["sms", "totp", "none"])),
            "FailedAttempts": G(lambda f: f.r.randint(0, 4)),
            "SessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Claim status", "Change travel dates", "Refund question", "Zertifikat für Visum"]
                )
            ),
            "requester": {
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "assignee": {
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(
                    lambda f: ascii_fold(first(f)).lower().replace(" ", "") + "@roamsure.example", "email"
                ),
            },
            "organization": G(lambda f: f.pick(["Globex Pty Ltd", "Initech GmbH", ""])),
            "via": {"channel": G(lambda f: f.pick(["web", "email", "voice", "chat"]))},
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
        },
    ),
    (
        "track",
        "High Value Customer Synced",
        ["python"],
        {
            "USER_ID": G(lambda f: "rs_" + f.digits(8)),
            "EMAIL": Y(lambda f: email(f), "email"),
            "PHONE_NUMBER": Y(lambda f: phone(f), "phone"),
            "LAST_IP": Y(lambda f: f.ipv4(), "ip"),
            "DOB": Y(lambda f: dob(f), "birthdate"),
            "TOTAL_PREMIUM": G(lambda f: f.money(200, 9000)),
            "NUM_CLAIMS": G(lambda f: f.r.randint(0, 6)),
            "SEGMENT": G(lambda f: f.pick(["frequent_traveller", "family", "senior"])),
        },
    ),
    (
        "track",
        "Reiseteilnehmer Hinzugefuegt",
        ["kotlin", "python"],
        {
            "angebotId": G(lambda f: f.uuid()),
            "reiseteilnehmer": Many(
                {
                    "vorname": Y(lambda f: first(f), "name"),
                    "nachname": Y(lambda f: last(f), "name"),
                    "geburtsdatum": Y(lambda f: dob(f), "birthdate"),
                    "alter": G(lambda f: f.r.randint(0, 84)),
                },
                4,
            ),
            "reisebeginn": G(lambda f: future_date(f)),
            "reiseende": G(lambda f: future_date(f)),
            "reiseziel": G(lambda f: f.pick(["Thailand", "Italien", "Spanien", "USA", "Japan"])),
            "tarif": G(lambda f: f.pick(["Basis", "Komfort", "Premium"])),
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
                "userId": "rs_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "properties" if kind in ("track", "page", "screen") else "traits"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=172, repeats=34)
    write(Path(__file__).parent, "holdout172_", events, labels)
