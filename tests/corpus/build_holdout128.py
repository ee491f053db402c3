"""Writes holdout128: tests/corpus/holdout128_events.jsonl and holdout128_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout128` (seeded, deterministic).

What it covers: the Segment traffic of "Festigo", an event-ticketing and festival app sold in the
UK, Germany and Australia. Ticket purchases with named attendees, name changes, ticket protection,
resale and transfers; RFID wristband activation, gate taps, top-ups and cashless bar payments with
age checks (Challenge 25 / ID scans); lineup, set reminders and schedule export; friends, live
location and meeting points; lost property; first-aid (UK, German and Australian medical
contractors) and welfare reports; accessibility (viewing platform, PA tickets, access cards);
crew onboarding, shifts and pay in three countries; vendors (group calls), e-mail / SMS / ad
platform payloads (SendGrid-, Twilio- and Conversions-API-shaped). Clients: analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native (crew app), analytics-flutter (bar POS
tablets) and the python, node, go, java, ruby, php and .NET server libraries, with the contexts
those libraries really send (context.ip, context.traits, device, app, library, locale,
userAgent, campaign). Messages: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET
box office, Twilio webhooks), kebab-case (the Go RFID gateway), SCREAMING_SNAKE (a warehouse
reverse-ETL identify) and German keys (the German web shop, SEPA mandates, German medics and
crew HR). Values are realistic for the three countries: UK / German / Australian mobile formats,
postcodes, PLZ and suburbs; NHS numbers (mod 11), Medicare numbers (weighted check digit),
Krankenversichertennummern (check digit), tax file numbers (mod 11), Steuer-IDs (ISO 7064),
Sozialversicherungsnummern (check digit), National Insurance numbers (valid prefixes), IBANs
(mod 97), Luhn-valid cards; names from many cultures.

Labelling (each leaf path: classification, type, value_only):
- PII is personal data about a natural person: the user, attendees, friends, recipients,
  emergency contacts, personal assistants, patients and staff. Colour: the reference's default
  for its matcher; outside the reference, red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids and health ids, yellow otherwise (ip, geolocation, advertising id).
- Green: ids we issue (orders, tickets, wristband UIDs, barcodes, pass serial numbers, staff and
  member numbers), versions, timestamps, hashes of non-PII, amounts, counters, enums and booleans
  under PII-sounding keys (`emailVerified`, `id_checked`, `photo_count`), product, bar, vendor,
  hotel, company, employer and pet names; places that are not a person's own (venues, stages,
  bars, shuttle stops, a hotel's city); country, state, locale, timezone, currency, user agents,
  OS analytics device ids; card brand, last four, BIN, expiry; sort codes, BSBs and BICs.
- The product's published policy decides the contested cases: loyalty/member/customer/claim
  numbers, ages and age bands, job titles and employers, a business's own phone/e-mail/address
  (role mailboxes, sender ids, the company's number in a telephony webhook), pets' data,
  UUID-shaped tokens and Message-IDs are green; insurance policy numbers (`identification`),
  pay rates (`salary`), vehicle plates (`license`), gclid/fbclid/ttclid/fbp/fbc (`advertising
  id`), billing addresses (`address`), trade union membership (`trade union`) are yellow;
  payment-method tokens, activation and one-time codes, claim/sign-in links' tokens and
  double-opt-in tokens (`token`), health-system numbers (NHS, Medicare, KVNR: `health id`),
  identity-document numbers (`national id`/`passport`) and right-to-work / visa answers (`visa`)
  are red.
- Booleans and enums that reveal a special category are that category: accessibility needs,
  assistance dogs, access-card numbers and evidence (`disability`, red), DVA cardholders
  (`veteran`, red), pregnancy, triage, welfare concerns, substances taken, hospital transfer
  (`condition`/`procedure`, yellow), crew dietary requirements that name halal/kosher next to
  allergies (`religion|allergy`, yellow), survey diversity questions (ethnicity, orientation).
- Rules this corpus settled where the policy is silent (what a careful privacy owner at a
  mid-size company would flag): a driving licence number recorded as the identity document of
  an age check is an identity document's number (red, `national id|passport|license`); a
  professional registration number of a named medic and a DBS / Working-with-Children check
  number are yellow (`certificate`); sha256 hashes of a person's e-mail, phone or name sent for
  ad matching are pseudonymous personal data, yellow, typed as what was hashed; a postcode
  district (outward code) is yellow `zipcode` like a city; coordinates of where a person is
  (live location, friends' positions, an incident, a crew member's check-in) are yellow
  `geolocation`, coordinates of a place on the site (a meeting pin, a stage) are green;
  performers' billed names in the public lineup are catalogue data, green; a sole trader's
  payout IBAN is red `bank account` like a person's; a push notification token is red `token`;
  a photo of a lost item is green, a selfie or avatar is yellow `photo`.
- value_only is true when the key does not say what the value is (`value`, `text`, `note`,
  `q`, `Body`, `claim_url`, `welfare_notes`); such a PII path holds the PII in every value. Free
  text is labelled by what all of its values carry: the clean free-text fields here never carry
  PII, the PII-bearing ones always do.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

FIRST = [
    "Olivia", "Harry", "Siobhan", "Aled", "Priya", "Oluwaseun", "Mohammed", "Aisha", "Callum",
    "Freya", "Rhys", "Zainab", "Tomasz", "Inês", "Lukas", "Anna-Lena", "Jannik", "Mehmet", "Elif",
    "Katarzyna", "Jonas", "Leonie", "Maximilian", "Svenja", "Dmitri", "Ayşe", "Jarrah", "Chloe",
    "Lachlan", "Mei Ling", "Aroha", "Siddharth", "Kirra", "Thanh", "Matilda", "Nikolaos", "Fiadh",
    "Kofi", "Yusuf", "Hannah", "Ngozi", "Björn", "Camille", "Rania", "Tariq", "Sakura",
]  # fmt: skip
LAST = [
    "Hughes", "O'Connell", "Pritchard", "Chaudhary", "Adeyemi", "Rahman", "MacLeod", "Kowalczyk",
    "Schneider", "Wagner", "Y\u0131lmaz", "Nowak", "Weber", "Schmidt-Hoffmann", "Petrov", "Nguyen",
    "Papadopoulos", "Watson", "Tan", "Ngata", "Iyer", "Kelly", "Tran", "Al-Farsi", "Okonkwo",
    "Ferreira", "Johansson", "Bäcker", "Çelik", "Müller", "Davies", "Evans", "Fitzgerald", "Le",
    "Kaur", "Osei", "Brennan", "Horvath", "Lindqvist", "Demir",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "outlook.com",
    "hotmail.co.uk", "icloud.com", "yahoo.co.uk", "bigpond.com", "optusnet.com.au", "proton.me",
    "btinternet.com", "posteo.de", "live.com.au",
]  # fmt: skip
UK_CITIES = ["Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow", "Brighton", "Sheffield", "Norwich"]
DE_CITIES = ["Berlin", "Hamburg", "Köln", "Leipzig", "München", "Dresden", "Freiburg im Breisgau", "Münster"]
AU_SUBURBS = ["Fitzroy", "Brunswick", "Newtown", "Fremantle", "Paddington", "West End", "Glenelg", "Carlton"]
UK_STREETS = [
    "Albert Road",
    "Wilmslow Road",
    "Gloucester Place",
    "Cowley Road",
    "Victoria Street",
    "Mill Lane",
]
DE_STREETS = ["Kastanienallee", "Hauptstraße", "Am Weinberg", "Schillerstraße", "Bergmannstraße", "Lindenweg"]
AU_STREETS = ["Smith Street", "Brunswick St", "King Street", "Enmore Rd", "Beaufort St", "Lygon Street"]
FESTIVALS = ["Northern Lights Weekender", "Kaltwasser Open Air", "Saltwater Sounds", "Heidepark Beats"]
STAGES = ["Main Stage", "The Greenhouse", "Zeltbühne", "Saltwater Tent", "Woodland Stage", "Late Bar"]
ARTISTS = [
    "The Velvet Owls", "Mira Sol", "DJ Kalinda", "Northbound Echo", "Kraftfeld", "Saltwater Choir",
    "Tiny Harbours", "Nachtfalter", "Big Sky Collective", "Lumen & Stone", "Koorie Heart", "Wax Poets",
]  # fmt: skip
GENRES = ["indie", "techno", "hip hop", "folk", "drum and bass", "pop", "house", "metal"]
BARS = ["North Bar", "Cider Bus", "Bierwagen 3", "The Billabong Bar", "Cocktail Lounge", "Main Stage Bar 2"]
DRINKS = [
    ("DRK-PINT-LAGER", "Pint of Lager", True),
    ("DRK-CIDER", "Cider 500ml", True),
    ("DRK-SPRITZ", "Aperol Spritz", True),
    ("DRK-HELLES", "Helles 0,5l", True),
    ("DRK-MATE", "Club-Mate", False),
    ("DRK-WATER", "Water Refill Bottle", False),
    ("DRK-COKE", "Coca-Cola 330ml", False),
    ("FOOD-CHIPS", "Loaded Fries", False),
]
TICKETS = [
    ("TKT-WKND-GA", "Weekend General Admission", "weekend", 189.0),
    ("TKT-WKND-CAMP", "Weekend + Camping", "weekend", 239.0),
    ("TKT-DAY-SAT", "Saturday Day Ticket", "day", 89.5),
    ("TKT-VIP", "VIP Weekend", "vip", 399.0),
    ("TKT-CAMPERVAN", "Campervan Pass", "addon", 120.0),
    ("TKT-PARKING", "Car Parking Weekend", "addon", 25.0),
]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]
ALNUM = string.ascii_letters + string.digits


def P(*items):
    return lambda f: f.pick(list(items))


def K(value):
    return lambda f: value


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("\u0131", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a, b = ascii_fold(first(f)), ascii_fold(last(f))
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(80, 99)}"])
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def mobile(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["uk", "de", "au"])
    if cc == "uk":
        n = f"7{f.r.randint(400, 999)}{f.digits(6)}"
        return f.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
    if cc == "de":
        pre = f.pick(["151", "152", "157", "160", "162", "170", "172", "176", "177", "179"])
        rest = f.digits(f.pick([7, 8]))
        return f.pick([f"0{pre} {rest}", f"+49 {pre} {rest}", f"+49{pre}{rest}", f"0{pre}/{rest}"])
    n = f"4{f.digits(8)}"
    return f.pick([f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}", f"0{n}"])


def uk_postcode(f: Fake) -> str:
    area = f.pick(["M", "B", "LS", "BS", "SW", "E", "N", "G", "EH", "CF", "BN", "NE", "S", "OX", "NR"])
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(0, 9)}{f.pick(list('ABDEFGHJLNPQRSTUWXYZ'))}" + f.pick(
        list("ABDEFGHJLNPQRSTUWXYZ")
    )


def postcode(f: Fake) -> str:
    kind = f.pick(["uk", "de", "au"])
    if kind == "uk":
        return uk_postcode(f)
    if kind == "de":
        return f"{f.pick(['0', '1', '2', '5', '6', '8'])}{f.r.randint(1000, 9999)}"
    return str(f.pick([2000, 2042, 3000, 3065, 3056, 4101, 5045, 6160]))


def home_city(f: Fake) -> str:
    return f.pick(UK_CITIES + DE_CITIES + AU_SUBURBS)


def street(f: Fake) -> str:
    kind = f.pick(["uk", "de", "au"])
    if kind == "uk":
        return f.pick(
            [
                f"{f.r.randint(1, 180)} {f.pick(UK_STREETS)}",
                f"Flat {f.r.randint(1, 9)}, {f.r.randint(1, 90)} {f.pick(UK_STREETS)}",
            ]
        )
    if kind == "de":
        return f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"
    return f.pick(
        [
            f"{f.r.randint(1, 300)} {f.pick(AU_STREETS)}",
            f"Unit {f.r.randint(1, 12)}/{f.r.randint(1, 300)} {f.pick(AU_STREETS)}",
        ]
    )


def line2(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"Flat {r.randint(1, 30)}",
            f"Apartment {r.randint(2, 60)}",
            f"Unit {r.randint(1, 20)}",
            f"{r.randint(1, 5)}. OG links",
            f"Wohnung {r.randint(1, 14)}",
        ]
    )


def dob(f: Fake) -> str:
    return f.date(1958, 2006)


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(4, 7)] + [f.r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def medicare(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    c = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    n = "".join(map(str, d)) + str(c) + str(f.r.randint(1, 5))
    return f.pick([f"{n[:4]} {n[4:9]} {n[9]}", n])


def kvnr(f: Fake) -> str:
    letter = f.pick(list(string.ascii_uppercase))
    body = [f.r.randint(0, 9) for _ in range(8)]
    digits = [int(c) for c in f"{ord(letter) - 64:02d}"] + body
    total = 0
    for i, x in enumerate(digits):
        p = x * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + "".join(map(str, body)) + str(total % 10)


def tfn(f: Fake) -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w, strict=False))
        for tail in range(10):
            if (s + tail * 10) % 11 == 0:
                n = "".join(map(str, d)) + str(tail)
                return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def steuer_id(f: Fake) -> str:
    while True:
        digits = f.r.sample(range(10), 9)
        digits.insert(f.r.randint(0, 9), f.pick(digits))
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    n = "".join(map(str, digits)) + str(0 if check == 10 else check)
    return f.pick([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def sv_nummer(f: Fake) -> str:
    area = f.pick(["12", "13", "15", "18", "24", "28", "38", "42", "53", "65"])
    birth = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(60, 99):02d}"
    letter = f.pick(list("ABDFGHKLMNPRSTW"))
    serial = f"{f.r.randint(0, 99):02d}"
    digits = [int(c) for c in area + birth + f"{ord(letter) - 64:02d}" + serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    products = [a * b for a, b in zip(digits, weights, strict=True)]
    total = sum(p // 10 + p % 10 for p in products)
    n = f"{area}{birth}{letter}{serial}{total % 10}"
    return f.pick([n, f"{n[:2]} {n[2:8]} {n[8]} {n[9:11]} {n[11]}"])


def ni_number(f: Fake) -> str:
    while True:
        a, b = f.pick(list("ABCEGHJKLMNOPRSTWXYZ")), f.pick(list("ABCEGHJKLMNPRSTWXYZ"))
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = f.digits(6)
    s = f.pick(list("ABCD"))
    return f.pick([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def passport(f: Fake) -> str:
    kind = f.pick(["uk", "de", "au"])
    if kind == "uk":
        return f"{f.r.randint(1, 6)}{f.digits(8)}"
    if kind == "de":
        return "C" + "".join(f.pick(list("CFGHJKLMNPRTVWXYZ0123456789")) for _ in range(8))
    return f.pick(["PA", "PB", "N", "RA"]) + f.digits(7)


def de_id_card(f: Fake) -> str:
    return f.pick(list("LMNPRTVWXY")) + "".join(f.pick(list("CFGHJKLMNPRTVWXYZ0123456789")) for _ in range(8))


def uk_licence(f: Fake) -> str:
    sur = ascii_fold(last(f)).upper().replace("-", "")[:5].ljust(5, "9")
    year, month, day = f.r.randint(1960, 2005), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    initials = (ascii_fold(first(f))[0] + f.pick(["9", "J", "M", "A"])).upper()
    check = "".join(f.pick(list("ABCDEFGHJKLMNPRSTW")) for _ in range(2))
    return f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"


def doc_type(f: Fake) -> str:
    f.doc = f.pick(["passport", "national_id_card", "driving_licence"])
    return f.doc


def doc_number(f: Fake) -> str:
    kind = getattr(f, "doc", "passport")
    if kind == "passport":
        return passport(f)
    if kind == "national_id_card":
        return de_id_card(f)
    return f.pick([uk_licence(f), f.digits(9), "B072" + f.hexid(7).upper()])


def plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    uk = f"{f.pick(['AB', 'LM', 'YT', 'KX', 'SN'])}{f.r.randint(10, 74)} " + "".join(
        f.pick(letters) for _ in range(3)
    )
    district = f.pick(["B", "M", "HH", "K", "L", "F"])
    de = f"{district}-{f.pick(['MK', 'AB', 'XY', 'TE', 'LP'])} {f.r.randint(1, 9999)}"
    au = f"{f.r.randint(1, 9)}" + "".join(f.pick(letters) for _ in range(3)) + str(f.r.randint(100, 999))
    return f.pick([uk, de, au])


def uk_account(f: Fake) -> str:
    return f.digits(8)


def sort_code(f: Fake) -> str:
    return f.pick(["20-32-06", "40-47-84", "60-16-13", "30-96-34", "07-04-36", "11-00-01"])


def bsb(f: Fake) -> str:
    return f.pick(["063-000", "062-692", "033-172", "083-004", "012-003", "484-799"])


def au_account(f: Fake) -> str:
    return f.digits(f.pick([6, 8, 9]))


def pm_token(f: Fake) -> str:
    return "pm_1" + "".join(f.pick(list(ALNUM)) for _ in range(23))


def card_bin(f: Fake) -> str:
    return f.pick(["454313", "535522", "492181", "222300", "476173", "516320"])


def wristband_uid(f: Fake) -> str:
    return "04" + f.hexid(12).upper()


def barcode(f: Fake) -> str:
    return f.digits(13)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def click_id(f: Fake, prefix: str, n: int) -> str:
    return prefix + "".join(f.pick(list(ALNUM + "-_")) for _ in range(n))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{click_id(f, 'IwAR', 54)}"


def idfa(f: Fake) -> str:
    return f.pick(
        [f.uuid().upper(), f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
    )


def otp_sms(f: Fake) -> str:
    code = f.digits(6)
    return f.pick(
        [
            f"Your Festigo sign-in code is {code}. It expires in 10 minutes.",
            f"{code} is your Festigo verification code. Don't share it with anyone.",
            f"Festigo: use code {code[:4]} to confirm your ticket transfer.",
            f"Dein Festigo-Code lautet {code}. Gültig für 10 Minuten.",
        ]
    )


def chat_with_email(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Hi, my tickets went to my old address, can you resend them to {e}?",
            f"I can't log in, my account email is {e}",
            f"Please change the attendee email on my order to {e} thanks",
            f"Hallo, bitte schickt die Tickets an {e}. Danke!",
            f"{e} - never got the confirmation email",
        ]
    )


def lost_note(f: Fake) -> str:
    p = mobile(f)
    return f.pick(
        [
            f"Owner rang, will collect Sunday 10am. Call back on {p}",
            f"Mum called about it, number {p}",
            f"Matched to report, text {p} when at Info Point 2",
            f"Rückruf an {p}, holt es morgen ab",
        ]
    )


def welfare_note(f: Fake) -> str:
    area = f.pick(
        ["near Main Stage", "in Campsite C", "by the Cider Bus", "at the Woodland Stage", "at Gate 3"]
    )
    what = f.pick(
        [
            "panic attack, talked through breathing and sat in the welfare tent",
            "heavily intoxicated and vomiting, monitored for 2 hours",
            "dehydrated after the heat, given water and shade",
            "says she took ketamine, drowsy but responsive",
            "suspected drink spiking, friends stayed with him",
            "asthma attack, used own inhaler, settled",
            "low blood sugar (type 1 diabetic), given glucose",
        ]
    )
    return f"Found {area}, {what}."


def access_info(f: Fake) -> str:
    return f.pick(
        [
            "I use a powerchair and need step-free access to the platform and an accessible toilet",
            "My son is autistic and may need the quiet space during the headliner",
            "Profoundly deaf, would like a BSL interpreter for the main stage sets",
            "I have MS and can't stand for long, need seating near the stage",
            "Registered blind, travelling with my guide dog",
            "Ich sitze im Rollstuhl und brauche einen Platz auf der Rollstuhlplattform",
        ]
    )


def crew_chat(f: Fake) -> str:
    p = mobile(f)
    return f.pick(
        [
            f"Can anyone cover Gate B at 14:00? Call me {p}",
            f"Lost my radio, text me on {p} if found",
            f"Running late, my number is {p}",
            f"Swap shift Sat night? {p}",
        ]
    )


def meeting_note(f: Fake) -> str:
    return f.pick(
        [
            "by the big pink flamingo flag",
            "left of the sound desk after the headliner",
            "at the Cider Bus, bring ponchos",
            "Treffpunkt am Riesenrad",
            "under the giant inflatable kangaroo",
            "outside the silent disco",
        ]
    )


def item_description(f: Fake) -> str:
    return f.pick(
        [
            "black North Face jacket, size M",
            "green Fjallraven backpack with tent pegs inside",
            "iPhone 13 in a clear case with stickers",
            "brown leather wallet",
            "silver hoop earring",
            "Schlüsselbund mit Flaschenöffner",
            "blue bucket hat",
            "Ray-Ban sunglasses",
        ]
    )


def review(f: Fake) -> str:
    return f.pick(
        [
            "Queue was huge but the fries were worth it",
            "Friendly staff, cold beer",
            "Ran out of oat milk by Saturday",
            "Best halloumi wrap of the weekend!",
            "Card reader kept failing",
            "Super schnell, gerne wieder",
        ]
    )


def survey_comment(f: Fake) -> str:
    return f.pick(
        [
            "More water points please",
            "Toilets were much better than last year",
            "Loved the lineup, sound at the tent was too quiet",
            "Shuttle bus queues on Monday were awful",
            "Please bring back the Sunday gospel set",
            "Campsite was too loud at night",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------

PAGES = [
    ("/", "Festigo | Festival tickets & cashless"),
    ("/festivals/northern-lights-2025", "Northern Lights Weekender 2025 | Festigo"),
    ("/festivals/kaltwasser-open-air/tickets", "Tickets - Kaltwasser Open Air | Festigo"),
    ("/lineup", "Lineup | Festigo"),
    ("/checkout", "Checkout | Festigo"),
    ("/account/tickets", "My tickets | Festigo"),
    ("/accessibility", "Accessibility | Festigo"),
]
HOSTS = ["https://festigo.app", "https://festigo.co.uk", "https://festigo.de", "https://festigo.com.au"]


def page_path(f: Fake) -> str:
    f.page = f.pick(PAGES)
    return f.page[0]


def web_context(f: Fake):
    path, title = f.pick(PAGES)
    host = f.pick(HOSTS)
    return {
        "library": {
            "name": K("analytics.js"),
            "version": P("npm:next-1.74.0", "next-1.72.1", "npm:next-1.76.0"),
        },
        "page": {
            "path": K(path),
            "referrer": P(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"
            ),
            "search": P("", "?utm_source=newsletter&utm_medium=email", "?ref=lineup", "?lang=de"),
            "title": K(title),
            "url": K(host + path),
        },
        "userAgent": P(*UAS),
        "userAgentData": {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not/A)Brand"), "version": P("126", "24", "8")}, 3
            ),
            "mobile": P(True, False),
            "platform": P("Android", "Windows", "macOS"),
        },
        "locale": P("en-GB", "de-DE", "en-AU", "en-US", "de-AT"),
        "timezone": P("Europe/London", "Europe/Berlin", "Australia/Melbourne", "Australia/Sydney"),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": P("early_bird_2025", "lineup_announce", "last_chance", "kaltwasser_vvk"),
            "source": P("google", "newsletter", "instagram", "tiktok"),
            "medium": P("cpc", "email", "paid_social", "organic_social"),
            "term": P("festival tickets 2025", "kaltwasser open air tickets", "camping festival uk", ""),
            "content": P("hero_banner", "lineup_grid", "story_v2", "textlink"),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": K("Festigo"),
            "version": P("4.18.0", "4.18.2", "4.19.0"),
            "build": P("4180", "4182", "4190"),
            "namespace": K("app.festigo.ios"),
        },
        "device": {
            "id": lambda_g(lambda f: f.uuid().upper()),
            "manufacturer": K("Apple"),
            "model": P("iPhone14,5", "iPhone15,4", "iPhone16,2", "iPhone12,1"),
            "name": K("iPhone"),
            "type": K("ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": P(True, False),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": K("analytics-swift"), "version": P("1.5.11", "1.6.0", "1.6.1")},
        "os": {"name": K("iOS"), "version": P("17.5.1", "17.6", "18.0")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932)},
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "carrier": P("EE", "Telekom.de", "Telstra"),
        },
        "locale": P("en-GB", "de-DE", "en-AU"),
        "timezone": P("Europe/London", "Europe/Berlin", "Australia/Melbourne"),
        "instanceId": lambda_g(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": K("Festigo"),
            "version": P("4.18.0", "4.18.1", "4.19.0"),
            "build": P("41800", "41810", "41900"),
            "namespace": K("app.festigo.android"),
        },
        "device": {
            "id": lambda_g(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "OnePlus", "Xiaomi"),
            "model": P("SM-S918B", "Pixel 8", "CPH2581", "23049PCD8G"),
            "name": P("dm3q", "shiba", "OP5961L1", "marble"),
            "type": K("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": K("analytics-kotlin"), "version": P("1.16.3", "1.17.0", "1.18.0")},
        "os": {"name": K("Android"), "version": P("14", "13", "15")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": P(1080, 1440), "height": P(2340, 2400, 3120)},
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": P(True, False),
            "carrier": P("Vodafone UK", "o2 - de", "Optus"),
        },
        "locale": P("en-GB", "de-DE", "en-AU"),
        "timezone": P("Europe/London", "Europe/Berlin", "Australia/Sydney"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            "Dalvik/2.1.0 (Linux; U; Android 15; CPH2581 Build/AP3A.240617.008)",
        ),
        "instanceId": lambda_g(lambda f: f.uuid()),
        "traits": {"anonymousId": lambda_g(lambda f: f.uuid()), "email": Y(email, "email")},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": K("Festigo Crew"),
            "version": P("2.7.0", "2.7.3", "2.8.0"),
            "build": P("270", "273", "280"),
            "namespace": K("app.festigo.crew"),
        },
        "device": {
            "id": lambda_g(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Google"),
            "model": P("iPhone13,2", "SM-A546B", "Pixel 7a"),
            "type": P("ios", "android"),
        },
        "library": {"name": K("analytics-react-native"), "version": P("2.19.1", "2.20.0", "2.20.3")},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14", "13")},
        "screen": {"width": P(390, 412, 1080), "height": P(844, 915, 2400)},
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "locale": P("en-GB", "de-DE", "en-AU"),
        "timezone": P("Europe/London", "Europe/Berlin", "Australia/Brisbane"),
        "instanceId": lambda_g(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name"), "staffId": lambda_g(staff_id)},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": K("Festigo POS"),
            "version": P("3.2.0", "3.2.4", "3.3.1"),
            "build": P("320", "324", "331"),
            "namespace": K("app.festigo.pos"),
        },
        "device": {
            "id": lambda_g(lambda f: f.hexid(16)),
            "manufacturer": P("SUNMI", "samsung", "PAX"),
            "model": P("V2s", "SM-T505", "A920Pro"),
            "type": K("android"),
        },
        "library": {"name": K("analytics-flutter"), "version": P("1.1.3", "1.1.4", "1.2.0")},
        "os": {"name": K("Android"), "version": P("11", "12", "13")},
        "screen": {"width": P(720, 800, 1280), "height": P(1280, 1440, 800)},
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "locale": P("en-GB", "de-DE", "en-AU"),
        "timezone": P("Europe/London", "Europe/Berlin", "Australia/Melbourne"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0", "2.4.1"]),
}


def server_context(f: Fake, client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict = {"library": {"name": K(name), "version": P(*versions)}}
    if client in ("python", "node", "ruby", "php"):
        # web backends forward the shopper's request context
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = P(*UAS)
        ctx["locale"] = P("en-GB", "de-DE", "en-AU")
    if client == "python":
        # the CRM sync attaches the e-mail as an external id (Engage / Braze identity resolution)
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": K("email"),
                "collection": K("users"),
                "encoding": K("none"),
            },
            1,
        )
    return ctx


def lambda_g(gen):
    return G(gen)


def staff_id(f: Fake) -> str:
    return f"CREW-{f.r.randint(10000, 99999)}"


def ticket_id(f: Fake) -> str:
    return f"T25-{f.hexid(8).upper()}"


def order_id(f: Fake) -> str:
    return f"FG-{f.digits(8)}"


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def iso(f: Fake) -> str:
    return f.iso()


def uuid_(f: Fake) -> str:
    return f.uuid()


def count(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def boolean(f: Fake) -> bool:
    return f.pick([True, False])


def festival_id(f: Fake) -> str:
    return f.pick(["fest_nlw25", "fest_koa25", "fest_sws25", "fest_hpb25"])


def ticket_product():
    def pick_ticket(f):
        f.tkt = f.pick(TICKETS)
        return f.tkt[0]

    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(pick_ticket),
        "name": G(lambda f: f.tkt[1]),
        "category": G(lambda f: f.tkt[2]),
        "price": G(lambda f: f.tkt[3]),
        "quantity": G(count(1, 4)),
        "variant": G(P(*FESTIVALS)),
    }


def bar_item():
    def pick_drink(f):
        f.drink = f.pick(DRINKS)
        return f.drink[0]

    return {
        "sku": G(pick_drink),
        "name": G(lambda f: f.drink[1]),
        "quantity": G(count(1, 4)),
        "unit_price": G(money(2.5, 9.5)),
        "is_alcoholic": G(lambda f: f.drink[2]),
    }


CONDITIONS = ["asthma", "type 1 diabetes", "epilepsy", "anxiety", "none", "coeliac disease", "hypertension"]
ALLERGIES = ["penicillin", "peanuts", "latex", "none known", "shellfish", "ibuprofen"]
MEDS = ["salbutamol inhaler", "insulin", "sertraline 50mg", "levetiracetam", "EpiPen", "paracetamol 1g"]
COMPLAINTS = [
    "headache",
    "heat exhaustion",
    "sprained ankle",
    "laceration to hand",
    "intoxication",
    "chest pain",
    "anaphylaxis",
    "panic attack",
    "wasp sting",
]
TREATMENTS = [
    "wound dressing",
    "oral rehydration",
    "ice pack and rest",
    "observation",
    "nebuliser",
    "ECG",
    "adrenaline auto-injector",
]


# -- events -------------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, body, weight)

EVENTS = [
    # ---- identity --------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(mobile, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(P("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "address": {
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(P("GB", "DE", "AU", "AT", "IE")),
            },
            "avatar": Y(lambda f: f"https://cdn.festigo.app/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(iso),
            "marketingOptIn": G(boolean),
            "pushEnabled": G(boolean),
            "emailVerified": G(boolean),
            "phoneVerified": G(boolean),
            "festivalsAttended": G(count(0, 14)),
            "favouriteGenres": Many(G(P(*GENRES)), 3),
            "ageBand": G(P("18-24", "25-34", "35-44", "45+")),
            "loyaltyNumber": G(lambda f: "FGC" + f.digits(9)),
            "preferredLanguage": G(P("en", "de")),
        },
        2,
    ),
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "marketing_consent": G(boolean),
            "consent_updated_at": G(iso),
            "signup_source": G(P("checkout", "newsletter_footer", "app_download_banner")),
            "country": G(P("GB", "DE", "AU")),
            "newsletter_lists": Many(G(P("lineup_news", "presale_alerts", "partner_offers")), 2),
        },
        1,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "MOBILE_NUMBER": Y(mobile, "phone"),
            "POSTCODE": Y(postcode, "zipcode"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "LIFETIME_SPEND_GBP": G(money(20, 2400)),
            "TICKETS_BOUGHT_TOTAL": G(count(1, 30)),
            "LAST_FESTIVAL_ATTENDED": G(P(*FESTIVALS)),
            "CHURN_PROPENSITY": G(lambda f: round(f.r.random(), 3)),
            "IS_VIP": G(boolean),
            "MEMBER_NUMBER": G(lambda f: "FGC" + f.digits(9)),
            "CUSTOMER_SEGMENT": G(P("superfan", "lapsed", "day_tripper", "new")),
            "UPDATED_AT": G(iso),
        },
        1,
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "mobile": Y(mobile, "phone"),
            "role": G(P("steward", "bar_staff", "medic", "welfare", "production", "cleaning")),
            "team": G(P("Gate A", "Bars North", "Medical", "Welfare", "Site Crew")),
            "employer": G(
                P("Festigo Events Ltd", "ShowSec Partners", "Festival Medical Services", "Crew Co Pty Ltd")
            ),
            "jobTitle": G(P("Team Leader", "Steward", "Bartender", "Paramedic", "Site Runner")),
            "startDate": G(lambda f: f.date(2022, 2025)),
            "radioCallsign": G(
                lambda f: f"{f.pick(['Bravo', 'Echo', 'Delta', 'Kilo'])} {f.r.randint(1, 40)}"
            ),
            "firstAidTrained": G(boolean),
        },
        1,
    ),
    (
        "group",
        None,
        ["python"],
        {
            "name": G(
                P(
                    "Bao Bros Street Food",
                    "Cider Bus Ltd",
                    "Kaffeewagen GmbH",
                    "Billabong Bars Pty Ltd",
                    "Wanderlust Yoga",
                )
            ),
            "industry": G(P("food", "bar", "retail", "wellbeing")),
            "vendor_type": G(P("food_truck", "bar_operator", "merch", "activity")),
            "pitch_number": G(lambda f: f"{f.pick(['F', 'B', 'M'])}{f.r.randint(1, 80)}"),
            "employees": G(count(2, 60)),
            "billing_email": G(
                P(
                    "accounts@baobros.co.uk",
                    "invoices@ciderbus.com",
                    "buchhaltung@kaffeewagen.de",
                    "finance@billabongbars.com.au",
                )
            ),
            "office_phone": G(P("+44 161 496 0732", "+49 30 901820", "+61 3 9555 0144", "0345 600 1234")),
            "contact_name": Y(full_name, "name"),
            "contact_mobile": Y(mobile, "phone"),
            "vat_number": G(P("GB123456789", "DE811234567", "ABN 51 824 753 556", "GB987654321")),
            "website": G(P("https://baobros.co.uk", "https://ciderbus.com", "https://kaffeewagen.de")),
            "created_at": G(iso),
        },
        1,
    ),
    # ---- browsing: pages, screens, lineup --------------------------------------------------------
    (
        "page",
        "Festival",
        ["web"],
        {
            "path": G(page_path),
            "url": G(lambda f: f.pick(HOSTS) + f.page[0]),
            "title": G(lambda f: f.page[1]),
            "referrer": G(P("https://www.google.com/", "", "https://www.instagram.com/")),
            "search": G(P("", "?day=saturday", "?ref=lineup")),
            "name": G(P("Festival", "Lineup", "Checkout", "Tickets")),
        },
        3,
    ),
    (
        "screen",
        "Lineup",
        ["swift", "kotlin"],
        {
            "festival_id": G(festival_id),
            "day": G(P("friday", "saturday", "sunday")),
            "source_tab": G(P("home", "map", "wallet", "push")),
        },
        3,
    ),
    (
        "track",
        "Lineup Viewed",
        ["swift", "kotlin", "web"],
        {
            "festival_id": G(festival_id),
            "festival_name": G(P(*FESTIVALS)),
            "day": G(P("friday", "saturday", "sunday")),
            "stage_filter": G(P("all", *STAGES)),
            "genre_filter": G(P("all", *GENRES)),
            "view_mode": G(P("grid", "timeline", "a_z")),
            "acts_shown": G(count(12, 140)),
        },
        2,
    ),
    (
        "track",
        "Artist Favourited",
        ["swift", "kotlin"],
        {
            "artist_id": G(lambda f: "art_" + f.digits(5)),
            "artist_name": G(P(*ARTISTS)),
            "stage": G(P(*STAGES)),
            "set_start": G(iso),
            "set_end": G(iso),
            "genre": G(P(*GENRES)),
            "favourites_count": G(count(1, 40)),
            "clashes": G(count(0, 3)),
        },
        2,
    ),
    (
        "track",
        "Set Reminder Created",
        ["swift", "kotlin"],
        {
            "artist_id": G(lambda f: "art_" + f.digits(5)),
            "reminder_minutes_before": G(P(5, 10, 15, 30)),
            "set_start": G(iso),
            "notification_channel": G(P("push", "calendar", "sms")),
        },
        1,
    ),
    (
        "track",
        "Schedule Exported",
        ["web", "swift"],
        {
            "format": G(P("ics", "pdf", "google_calendar")),
            "sets_count": G(count(1, 25)),
            "calendar_account": Y(email, "email"),
            "festival_id": G(festival_id),
        },
        1,
    ),
    (
        "track",
        "Set Times Updated",
        ["python"],
        {
            "artist_id": G(lambda f: "art_" + f.digits(5)),
            "artist_name": G(P(*ARTISTS)),
            "stage": G(P(*STAGES)),
            "old_start": G(iso),
            "new_start": G(iso),
            "reason": G(P("weather", "travel delay", "production", "swap")),
            "fans_notified": G(count(0, 12000)),
        },
        1,
    ),
    (
        "track",
        "Map Searched",
        ["swift", "kotlin"],
        {
            "query": G(P("toilets", "water refill", "medical tent", "Cider Bus", "lost property", "Gate C")),
            "results_count": G(count(0, 12)),
            "category": G(P("facilities", "food", "stages", "all")),
        },
        1,
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {"query": G(P("weekend camping", "saturday day ticket", "parking", "campervan", "vip"))},
        1,
    ),
    # ---- friends and location -------------------------------------------------------------------
    (
        "track",
        "Friend Searched",
        ["swift", "kotlin"],
        {
            "q": Y(lambda f: f.pick([full_name(f), first(f), full_name(f)]), "name", True),
            "results_count": G(count(0, 8)),
            "search_scope": G(P("contacts", "festigo_users", "my_groups")),
        },
        1,
    ),
    (
        "track",
        "Friend Request Sent",
        ["swift", "kotlin"],
        {
            "friend_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "friend_display_name": Y(full_name, "name"),
            "source": G(P("contacts", "qr_code", "search", "nearby")),
            "contact_phone": Y(mobile, "phone"),
            "mutual_friends": G(count(0, 9)),
        },
        1,
    ),
    (
        "track",
        "Location Shared",
        ["swift", "kotlin"],
        {
            "share_with_count": G(count(1, 8)),
            "duration_minutes": G(P(60, 240, 480, 1440)),
            "latitude": Y(lambda f: round(f.r.uniform(51.0, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-2.8, 13.5), 6), "geolocation"),
            "accuracy_m": G(count(3, 60)),
            "battery_level": G(lambda f: round(f.r.random(), 2)),
            "precise": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Meeting Point Set",
        ["swift", "kotlin"],
        {
            "meeting_point_name": G(P("Main Stage left screen", "Cider Bus", "Info Point 2", "Big Wheel")),
            "pin": {
                "lat": G(lambda f: round(52.0429 + f.r.uniform(-0.004, 0.004), 6)),
                "lng": G(lambda f: round(-1.3471 + f.r.uniform(-0.004, 0.004), 6)),
            },
            "message": G(meeting_note),
            "group_id": G(lambda f: "grp_" + f.hexid(10)),
            "members_invited": G(count(1, 12)),
            "meet_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Group Invite Sent",
        ["web", "swift"],
        {
            "group_id": G(lambda f: "grp_" + f.hexid(10)),
            "to": Many(Y(email, "email", True), 4),
            "invite_count": G(count(1, 4)),
            "festival_id": G(festival_id),
        },
        1,
    ),
    (
        "track",
        "Friend Location Viewed",
        ["swift", "kotlin"],
        {
            "friend_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "friend_name": Y(full_name, "name"),
            "distance_m": G(count(5, 2500)),
            "last_seen_at": G(iso),
            "friend_lat": Y(lambda f: round(f.r.uniform(-37.9, 53.6), 6), "geolocation"),
            "friend_lng": Y(lambda f: round(f.r.uniform(-2.8, 145.0), 6), "geolocation"),
        },
        1,
    ),
    # ---- ticketing --------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web"],
        {
            **ticket_product(),
            "currency": G(P("GBP", "EUR", "AUD")),
            "availability": G(P("on_sale", "low_stock", "sold_out", "waitlist")),
            "festival_id": G(festival_id),
        },
        2,
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {"cart_id": G(uuid_), **{k: v for k, v in ticket_product().items() if k != "category"}},
        1,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(order_id),
            "value": G(money(25, 900)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "coupon": G(P("", "EARLYBIRD", "STUDENT10", "CREW-FAM")),
            "products": Many(ticket_product(), 3),
        },
        1,
    ),
    (
        "track",
        "Attendee Details Entered",
        ["web"],
        {
            "order_id": G(order_id),
            "attendee_index": G(count(1, 6)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "date_of_birth": Y(dob, "birthdate"),
            "ticket_type": G(P("weekend", "day", "vip", "child")),
            "under_18": G(boolean),
            "name_matches_id": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(uuid_),
            "order_id": G(order_id),
            "payment_method": G(P("card", "apple_pay", "google_pay", "paypal", "klarna")),
            "card_brand": G(P("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(card_bin),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(full_name, "name"),
            "payment_method_id": RED(pm_token, "token"),
            "billing_postcode": Y(postcode, "zipcode"),
            "three_ds_result": G(P("authenticated", "attempted", "not_required")),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["python"],
        {
            "order_id": G(order_id),
            "checkout_id": G(uuid_),
            "total": G(money(25, 1200)),
            "revenue": G(money(25, 1100)),
            "tax": G(money(2, 200)),
            "booking_fee": G(money(1, 25)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "coupon": G(P("", "EARLYBIRD", "STUDENT10", "CREW-FAM")),
            "products": Many(ticket_product(), 3),
            "attendees": Many(
                {
                    "ticket_id": G(ticket_id),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "ticket_type": G(P("weekend", "day", "vip", "child")),
                    "wristband_uid": G(wristband_uid),
                },
                4,
            ),
            "billing_address": {
                "full_name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(line2, "address|street"),
                "city": Y(home_city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(P("GB", "DE", "AU")),
            },
            "customer_email": Y(email, "email"),
            "booking_protection": G(boolean),
            "marketing_opt_in": G(boolean),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method": G(P("card", "apple_pay", "google_pay", "paypal", "klarna")),
        },
        2,
    ),
    (
        "track",
        "Order Refunded",
        ["python"],
        {
            "order_id": G(order_id),
            "refund_amount": G(money(10, 600)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "reason": G(P("event_cancelled", "duplicate", "protection_claim", "goodwill")),
            "refunded_tickets": G(count(1, 4)),
            "claim_number": G(lambda f: "CLM" + f.digits(7)),
        },
        1,
    ),
    (
        "track",
        "Ticket Protection Purchased",
        ["php"],
        {
            "order_ref": G(order_id),
            "policy_number": Y(lambda f: f"BP-{f.digits(4)}-{f.digits(6)}", "identification"),
            "provider": G(P("Booking Protect", "Refundable", "XCover")),
            "premium": G(money(3, 40)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "insured_name": Y(full_name, "name"),
            "covered_attendees": G(count(1, 6)),
            "policy_start": G(iso),
        },
        1,
    ),
    (
        "track",
        "Ticket Name Changed",
        ["ruby"],
        {
            "ticket_id": G(ticket_id),
            "previous_holder_name": Y(full_name, "name"),
            "new_holder_name": Y(full_name, "name"),
            "new_holder_email": Y(email, "email"),
            "fee": G(P(0, 5.0, 10.0)),
            "change_count": G(count(1, 3)),
            "reason": G(P("friend_cant_go", "typo", "gift", "resale")),
        },
        1,
    ),
    (
        "track",
        "Bestellung abgeschlossen",
        ["php"],
        {
            "Bestellnummer": G(lambda f: "KOA-" + f.digits(7)),
            "Anrede": Y(P("Herr", "Frau", "Divers"), "gender"),
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "E-Mail": Y(email, "email"),
            "Telefon": Y(lambda f: mobile(f, "de"), "phone"),
            "Straße": Y(lambda f: f"{f.pick(DE_STREETS)}", "street|address"),
            "Hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}", "address|street"),
            "Postleitzahl": Y(
                lambda f: f"{f.pick(['0', '1', '2', '5', '8'])}{f.r.randint(1000, 9999)}", "zipcode"
            ),
            "Ort": Y(lambda f: f.pick(DE_CITIES), "city"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2006)}",
                "birthdate",
            ),
            "Zahlungsart": G(P("SEPA-Lastschrift", "PayPal", "Kreditkarte", "Sofort")),
            "Gesamtbetrag": G(money(49, 600)),
            "Waehrung": G(K("EUR")),
            "Ticketanzahl": G(count(1, 6)),
            "Newsletter": G(boolean),
        },
        1,
    ),
    (
        "track",
        "SEPA-Mandat erteilt",
        ["php"],
        {
            "Mandatsreferenz": G(lambda f: "KOA-M-" + f.digits(8)),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": G(P("COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001")),
            "Kontoinhaber": Y(full_name, "name"),
            "Datum": G(lambda f: f.date(2024, 2025)),
            "Betrag": G(money(49, 600)),
        },
        1,
    ),
    (
        "track",
        "Ticket Issued",
        ["dotnet"],
        {
            "OrderReference": G(lambda f: "SWS" + f.digits(7)),
            "CustomerGivenName": Y(first, "name"),
            "CustomerFamilyName": Y(last, "name"),
            "CustomerEmail": Y(email, "email"),
            "MobileNumber": Y(lambda f: mobile(f, "au"), "phone"),
            "Suburb": Y(lambda f: f.pick(AU_SUBURBS), "city"),
            "Postcode": Y(lambda f: str(f.pick([2000, 2042, 3000, 3065, 3056, 4101, 5045, 6160])), "zipcode"),
            "State": G(P("VIC", "NSW", "QLD", "WA", "SA")),
            "TotalAud": G(money(60, 900)),
            "GstAud": G(money(5, 80)),
            "PaymentReference": G(lambda f: "PAY" + f.hexid(10).upper()),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardScheme": G(P("Visa", "Mastercard", "Amex", "eftpos")),
            "SeatSection": G(P("GA", "Platform", "Hill", "VIP Deck")),
            "ConcessionType": G(P("Adult", "Student", "Child", "Concession")),
            "IsDvaCardholder": RED(boolean, "veteran"),
            "IssuedAt": G(iso),
            "BoxOfficeTerminal": G(P("BOX-01", "BOX-02", "ONLINE")),
        },
        1,
    ),
    (
        "track",
        "Ticket Scanned",
        ["java"],
        {
            "ticket_barcode": G(barcode),
            "gate": G(P("Gate A", "Gate B", "Gate C", "Campsite East")),
            "lane": G(count(1, 12)),
            "direction": G(P("in", "out")),
            "result": G(P("valid", "already_scanned", "invalid", "wrong_day")),
            "scanner_device_id": G(lambda f: "SCN-" + f.digits(4)),
            "scanned_at": G(iso),
            "holder_name": Y(full_name, "name"),
            "id_checked": G(boolean),
            "reentry_count": G(count(0, 5)),
        },
        2,
    ),
    # ---- resale and transfer ----------------------------------------------------------------------
    (
        "track",
        "Resale Listing Created",
        ["ruby"],
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(12)),
            "ticket_id": G(ticket_id),
            "face_value": G(money(60, 400)),
            "asking_price": G(money(60, 440)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "seller_payout": {
                "method": G(P("bank_transfer", "wallet_credit", "faster_payments")),
                "sort_code": G(sort_code),
                "account_number": RED(uk_account, "bank account"),
                "account_holder": Y(full_name, "name"),
            },
            "listing_status": G(P("active", "pending_review", "sold")),
        },
        1,
    ),
    (
        "track",
        "Resale Ticket Purchased",
        ["ruby"],
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(12)),
            "buyer_email": Y(email, "email"),
            "seller_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "price": G(money(60, 440)),
            "fee": G(P(0, 5.0, 10.0)),
            "new_holder_name": Y(full_name, "name"),
            "transfer_completed": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Ticket Transferred",
        ["swift", "kotlin"],
        {
            "ticket_id": G(ticket_id),
            "recipient_email": Y(email, "email"),
            "recipient_first_name": Y(first, "name"),
            "claim_url": RED(
                lambda f: f"https://festigo.app/claim?t={''.join(f.pick(list(ALNUM)) for _ in range(32))}",
                "token",
                True,
            ),
            "transfer_method": G(P("email", "share_link", "in_app")),
            "expires_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Wallet Pass Added",
        ["swift"],
        {
            "pass_type_identifier": G(K("pass.app.festigo.ticket")),
            "serial_number": G(lambda f: f.uuid().upper()),
            "authentication_token": RED(lambda f: "".join(f.pick(list(ALNUM)) for _ in range(40)), "token"),
            "ticket_id": G(ticket_id),
            "pass_style": G(P("eventTicket", "generic", "storeCard")),
        },
        1,
    ),
    # ---- wristbands and cashless -----------------------------------------------------------------
    (
        "track",
        "Wristband Activated",
        ["swift", "kotlin"],
        {
            "wristband_uid": G(wristband_uid),
            "activation_code": RED(
                lambda f: "".join(f.pick(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")) for _ in range(8)), "token"
            ),
            "linked_ticket_id": G(ticket_id),
            "activation_method": G(P("nfc_scan", "manual_code", "qr")),
            "wristband_type": G(P("fabric", "silicone", "staff")),
        },
        1,
    ),
    (
        "track",
        "Wristband Tapped",
        ["go"],
        {
            "wristband-uid": G(wristband_uid),
            "reader-id": G(lambda f: "RDR-" + f.digits(3)),
            "reader-mac": G(lambda f: "B8:27:EB:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(3))),
            "gate-id": G(P("gate-a", "gate-b", "vip-north", "backstage-1")),
            "direction": G(P("in", "out")),
            "rssi": G(lambda f: -f.r.randint(30, 80)),
            "firmware-version": G(P("2.4.1", "2.4.3", "2.5.0")),
            "tapped-at": G(lambda f: f.epoch_ms()),
            "zone": G(P("arena", "campsite", "vip", "backstage")),
            "access-granted": G(boolean),
            "holder-name": Y(full_name, "name"),
        },
        2,
    ),
    (
        "track",
        "Wristband Topped Up",
        ["node"],
        {
            "wristband_uid": G(wristband_uid),
            "amount": G(P(10, 20, 30, 50, 100)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "balance_after": G(money(0, 180)),
            "payment_method": G(P("card", "apple_pay", "google_pay", "paypal", "klarna")),
            "card_brand": G(P("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(pm_token, "token"),
            "auto_topup": G(boolean),
            "topup_source": G(P("app", "web", "topup_station")),
            "three_ds_required": G(boolean),
        },
        2,
    ),
    (
        "track",
        "Cashless Payment Completed",
        ["flutter"],
        {
            "transaction_id": G(uuid_),
            "wristband_uid": G(wristband_uid),
            "bar_id": G(lambda f: "bar_" + f.digits(3)),
            "bar_name": G(P(*BARS)),
            "items": Many(bar_item(), 4),
            "total": G(money(3, 60)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "balance_after": G(money(0, 180)),
            "age_check_required": G(boolean),
            "bartender_name": Y(full_name, "name"),
            "bartender_id": G(staff_id),
            "terminal_serial": G(lambda f: "PAX" + f.digits(8)),
            "offline_mode": G(boolean),
        },
        3,
    ),
    (
        "track",
        "Receipt Sent",
        ["node"],
        {
            "receipt_id": G(lambda f: "rcpt_" + f.hexid(10)),
            "transaction_id": G(uuid_),
            "recipient": Y(email, "email", True),
            "format": G(P("pdf", "html", "wallet")),
            "total": G(money(3, 60)),
        },
        1,
    ),
    (
        "track",
        "Age Verified",
        ["flutter"],
        {
            "verification_id": G(uuid_),
            "method": G(P("id_scan", "digital_id", "age_estimation")),
            "result": G(P("pass", "fail", "refer")),
            "estimated_age": G(count(16, 45)),
            "challenge_age": G(P(18, 21, 25)),
            "date_of_birth": Y(dob, "birthdate"),
            "document_type": G(doc_type),
            "document_number": RED(doc_number, "national id|passport|license"),
            "document_country": G(P("GBR", "DEU", "AUS", "IRL", "POL")),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "selfie_url": Y(lambda f: f"https://idv.festigo.app/s/{f.hexid(20)}.jpg", "photo"),
            "staff_id": G(staff_id),
            "bar_id": G(lambda f: "bar_" + f.digits(3)),
        },
        1,
    ),
    (
        "track",
        "Cashless Refund Requested",
        ["python"],
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(10)),
            "amount": G(money(1, 150)),
            "currency": G(K("GBP")),
            "account_holder": Y(full_name, "name"),
            "sort_code": G(sort_code),
            "account_number": RED(uk_account, "bank account"),
            "email": Y(email, "email"),
            "wristband_uid": G(wristband_uid),
        },
        1,
    ),
    (
        "track",
        "Cashless Refund Requested",
        ["python"],
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(10)),
            "amount": G(money(1, 150)),
            "currency": G(K("AUD")),
            "account_holder": Y(full_name, "name"),
            "bsb": G(bsb),
            "account_number": RED(au_account, "bank account"),
            "email": Y(email, "email"),
            "wristband_uid": G(wristband_uid),
        },
        1,
    ),
    (
        "track",
        "Cashless Refund Requested",
        ["python"],
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(10)),
            "amount": G(money(1, 150)),
            "currency": G(K("EUR")),
            "account_holder": Y(full_name, "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(P("COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001")),
            "email": Y(email, "email"),
            "wristband_uid": G(wristband_uid),
        },
        1,
    ),
    # ---- lost property ---------------------------------------------------------------------------
    (
        "track",
        "Lost Item Reported",
        ["swift", "kotlin"],
        {
            "report_id": G(lambda f: "LP-" + f.digits(6)),
            "item_category": G(P("phone", "wallet", "keys", "clothing", "bag", "jewellery")),
            "item_description": G(item_description),
            "colour": G(P("black", "green", "blue", "silver", "brown")),
            "lost_area": G(P("Main Stage", "Campsite C", "Bars North", "Car Park 2", "Shuttle")),
            "lost_at": G(iso),
            "contact_phone": Y(mobile, "phone"),
            "contact_email": Y(email, "email"),
            "has_id_inside": G(boolean),
            "photo_url": G(lambda f: f"https://cdn.festigo.app/lost/{f.hexid(12)}.jpg"),
            "photo_count": G(count(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Lost Property Logged",
        ["rn"],
        {
            "item_id": G(lambda f: "ITEM-" + f.digits(5)),
            "category": G(P("phone", "wallet", "keys", "clothing", "bag", "id_document")),
            "found_location": G(P("Main Stage pit", "Campsite C toilets", "Gate B", "Shuttle bus 14")),
            "found_by_staff_id": G(staff_id),
            "found_by_name": Y(full_name, "name"),
            "name_on_item": Y(full_name, "name"),
            "storage_bin": G(lambda f: f"{f.pick(['A', 'B', 'C'])}-{f.r.randint(1, 40)}"),
            "note": Y(lost_note, "phone", True),
        },
        1,
    ),
    (
        "track",
        "Lost Property Claimed",
        ["rn"],
        {
            "item_id": G(lambda f: "ITEM-" + f.digits(5)),
            "claimant_name": Y(full_name, "name"),
            "claimant_phone": Y(mobile, "phone"),
            "proof_of_ownership": G(P("unlock_phone", "describe_contents", "photo_id", "matching_report")),
            "id_document_type": G(P("passport", "driving_licence", "national_id_card", "none")),
            "returned_by": G(staff_id),
            "days_held": G(count(0, 30)),
        },
        1,
    ),
    # ---- medical and welfare ---------------------------------------------------------------------
    (
        "track",
        "First Aid Case Closed",
        ["python"],
        {
            "case_id": G(lambda f: "FA-" + f.digits(6)),
            "patient_name": Y(full_name, "name"),
            "patient_dob": Y(dob, "birthdate"),
            "nhs_number": RED(nhs_number, "health id"),
            "presenting_complaint": Y(P(*COMPLAINTS), "condition|diagnosis"),
            "triage_category": Y(P("P1", "P2", "P3", "P4"), "condition"),
            "treatments": Many(Y(P(*TREATMENTS), "procedure"), 3),
            "meds_given": Many(
                Y(
                    P("paracetamol 1g", "ibuprofen 400mg", "salbutamol", "chlorphenamine 4mg", "glucose gel"),
                    "medication",
                ),
                2,
            ),
            "allergies": Y(P(*ALLERGIES), "allergy"),
            "pregnant": Y(boolean, "condition"),
            "outcome": Y(
                P("returned to event", "left site", "conveyed by ambulance", "referred to GP"), "procedure"
            ),
            "incident_location": {
                "lat": Y(lambda f: round(f.r.uniform(51.0, 53.6), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-2.8, -0.5), 6), "geolocation"),
            },
            "treatment_point": G(P("Medical Centre A", "Medical Centre B", "Roaming team 3")),
            "clinician_name": Y(full_name, "name"),
            "clinician_reg_number": Y(
                lambda f: f.pick(["PA", "NMC"]) + f.digits(6), "certificate|identification"
            ),
            "duration_minutes": G(count(5, 240)),
            "closed_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Sanitätseinsatz dokumentiert",
        ["java"],
        {
            "Einsatznummer": G(lambda f: "SAN-" + f.digits(6)),
            "Patient": {
                "Vorname": Y(first, "name"),
                "Nachname": Y(last, "name"),
                "Geburtsdatum": Y(dob, "birthdate"),
                "Krankenversichertennummer": RED(kvnr, "health id"),
                "Krankenkasse": G(P("AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit")),
            },
            "Verdachtsdiagnose": Y(
                P(
                    "Kreislaufkollaps",
                    "Alkoholintoxikation",
                    "Sonnenstich",
                    "Distorsion OSG",
                    "Hyperventilation",
                ),
                "diagnosis",
            ),
            "Maßnahmen": Many(
                Y(P("Wundversorgung", "Infusion", "Lagerung", "Vitalzeichenkontrolle"), "procedure"), 3
            ),
            "Medikamente": Many(
                Y(P("Paracetamol", "Ibuprofen", "Dimenhydrinat", "Salbutamol"), "medication"), 2
            ),
            "Allergien": Y(P("keine", "Penicillin", "Nüsse", "Pollen"), "allergy"),
            "Krankenhaustransport": Y(boolean, "procedure"),
            "Einsatzort": G(P("Sanitätszelt Nord", "Zeltbühne", "Campingplatz B", "Eingang West")),
            "Sanitäter": Y(full_name, "name"),
            "Beginn": G(iso),
        },
        1,
    ),
    (
        "track",
        "Treatment Recorded",
        ["dotnet"],
        {
            "TreatmentId": G(lambda f: "TR" + f.digits(7)),
            "PatientGivenName": Y(first, "name"),
            "PatientFamilyName": Y(last, "name"),
            "PatientDateOfBirth": Y(dob, "birthdate"),
            "MedicareNumber": RED(medicare, "health id"),
            "IndigenousStatus": Y(
                P("Aboriginal", "Torres Strait Islander", "Both", "Neither", "Not stated"), "ethnicity"
            ),
            "PresentingProblem": Y(P(*COMPLAINTS), "condition|diagnosis"),
            "Allergies": Y(P(*ALLERGIES), "allergy"),
            "HeatRelated": Y(boolean, "condition"),
            "TreatingClinician": Y(full_name, "name"),
            "Disposition": Y(
                P("Discharged to event", "Transferred to hospital", "Left against advice"), "procedure"
            ),
            "FirstAidPost": G(P("FAP-1", "FAP-2", "Roaming")),
            "RecordedAtUtc": G(iso),
        },
        1,
    ),
    (
        "track",
        "Welfare Check Logged",
        ["rn"],
        {
            "case_id": G(lambda f: "WF-" + f.digits(5)),
            "concern_type": Y(
                P(
                    "intoxication",
                    "panic attack",
                    "heat exhaustion",
                    "suspected spiking",
                    "dehydration",
                    "overdose",
                ),
                "condition",
            ),
            "substance_reported": Y(
                P("alcohol", "MDMA", "ketamine", "cocaine", "cannabis", "GHB"), "condition"
            ),
            "naloxone_administered": Y(boolean, "medication"),
            "safeguarding_flag": G(boolean),
            "person_age_estimate": G(count(16, 40)),
            "referred_to": G(P("welfare tent", "medical", "security", "friends")),
            "latitude": Y(lambda f: round(f.r.uniform(51.0, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-2.8, 13.5), 6), "geolocation"),
            "reported_by": G(staff_id),
            "welfare_notes": Y(welfare_note, "condition", True),
        },
        1,
    ),
    (
        "track",
        "Medical Info Saved",
        ["swift"],
        {
            "blood_type": Y(P("A+", "O-", "B+", "AB+", "O+"), "condition"),
            "allergies": Many(Y(P(*ALLERGIES), "allergy"), 2),
            "medications": Many(Y(P(*MEDS), "medication"), 2),
            "conditions": Many(Y(P(*CONDITIONS), "condition"), 2),
            "carries_epipen": Y(boolean, "allergy|medication"),
            "organ_donor": G(boolean),
            "medical_info_complete": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["swift", "kotlin"],
        {
            "label": G(P("Mum", "Dad", "Partner", "Housemate", "Sister")),
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(mobile, "phone"),
            "share_medical_info": G(boolean),
            "contacts_total": G(count(1, 3)),
        },
        1,
    ),
    # ---- accessibility -------------------------------------------------------------------------
    (
        "track",
        "Access Request Submitted",
        ["web"],
        {
            "request_id": G(lambda f: "ACC-" + f.digits(5)),
            "festival_id": G(festival_id),
            "access_requirements": Many(
                RED(
                    P(
                        "wheelchair user",
                        "step-free access",
                        "hearing impaired",
                        "visually impaired",
                        "autism / sensory",
                        "chronic fatigue",
                    ),
                    "disability",
                ),
                3,
            ),
            "mobility_aid": RED(
                P("wheelchair", "crutches", "walking frame", "mobility scooter", "none"), "disability"
            ),
            "evidence_type": RED(
                P("Access Card", "PIP award letter", "Blue Badge", "Companion Card", "doctor's letter"),
                "disability",
            ),
            "access_card_number": RED(lambda f: f.digits(6), "disability|identification"),
            "viewing_platform_requested": RED(boolean, "disability"),
            "pa_ticket_required": RED(boolean, "disability"),
            "pa_name": Y(full_name, "name"),
            "pa_email": Y(email, "email"),
            "assistance_dog": RED(boolean, "disability"),
            "dog_name": G(P("Bella", "Murphy", "Luna", "Bruno", "Maple")),
            "additional_info": RED(access_info, "disability", True),
            "status": G(P("submitted", "approved", "more_info_needed")),
        },
        1,
    ),
    # ---- surveys, newsletter, support -----------------------------------------------------------
    (
        "track",
        "Post-Festival Survey Submitted",
        ["web"],
        {
            "survey_id": G(lambda f: "srv_" + f.digits(4)),
            "nps": G(count(0, 10)),
            "favourite_act": G(P(*ARTISTS)),
            "would_return": G(boolean),
            "comments": G(survey_comment),
            "age_band": G(P("18-24", "25-34", "35-44", "45-54", "55+")),
            "gender": Y(P("woman", "man", "non-binary", "prefer not to say"), "gender"),
            "ethnic_group": Y(
                P("White British", "Black African", "Asian - Indian", "Mixed", "Other"), "ethnicity"
            ),
            "sexual_orientation": Y(
                P("heterosexual", "gay or lesbian", "bisexual", "prefer not to say"), "sexual orientation"
            ),
            "has_disability": RED(P("yes", "no", "prefer not to say"), "disability"),
            "postcode_district": Y(lambda f: uk_postcode(f).split(" ")[0], "zipcode"),
            "travel_mode": G(P("car", "train", "coach", "bike", "walked")),
            "spend_estimate": G(money(20, 700)),
            "first_time": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Newsletter angemeldet",
        ["php"],
        {
            "E-Mail-Adresse": Y(email, "email"),
            "Anrede": Y(P("Herr", "Frau", "Divers"), "gender"),
            "Vorname": Y(first, "name"),
            "Lieblingsgenre": G(P("Techno", "Indie", "Hip-Hop", "Metal")),
            "Einwilligung": G(K(True)),
            "Quelle": G(P("Footer", "Gewinnspiel", "Checkout")),
            "Sprache": G(P("de", "en")),
            "Bestaetigungstoken": RED(lambda f: f.hexid(40), "token"),
        },
        1,
    ),
    (
        "track",
        "Support Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(P("chat", "email", "app")),
            "topic": G(P("tickets", "refund", "account", "accessibility")),
            "text": Y(chat_with_email, "email", True),
            "attachments_count": G(count(0, 2)),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(P("checkout_contact", "access_request", "crew_apply")),
            "field": {"name": G(P("mobile", "phone", "tel")), "value": Y(mobile, "phone", True)},
            "duration_ms": G(count(400, 15000)),
            "autofilled": G(boolean),
        },
        1,
    ),
    (
        "track",
        "CTA Clicked",
        ["web"],
        {
            "label": G(P("Buy tickets", "Add to calendar", "Join waitlist", "Download the app")),
            "location": G(P("hero", "footer", "lineup_card", "sticky_bar")),
            "destination_url": G(
                P(
                    "https://festigo.app/checkout",
                    "https://apps.apple.com/app/festigo/id1234567890",
                    "https://play.google.com/store/apps/details?id=app.festigo.android",
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Promo Code Applied",
        ["web"],
        {
            "input": G(P("EARLYBIRD", "STUDENT10", "crew-fam", "NLW25VIP")),
            "valid": G(boolean),
            "discount_amount": G(money(0, 40)),
        },
        1,
    ),
    (
        "track",
        "Vendor Reviewed",
        ["kotlin"],
        {
            "vendor_id": G(lambda f: "ven_" + f.digits(4)),
            "vendor_name": G(P("Bao Bros", "Cider Bus", "Kaffeewagen", "Billabong Bar", "Pizza Pilgrims")),
            "rating": G(count(1, 5)),
            "review_text": G(review),
            "photo_count": G(count(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "message_title": G(P("Doors open in 1 hour", "Set clash alert", "Top up and skip the queue")),
            "deep_link": G(P("festigo://lineup", "festigo://wallet/topup", "festigo://map")),
            "sent_at": G(iso),
        },
        1,
    ),
    # ---- messaging and ad platforms ---------------------------------------------------------------
    (
        "track",
        "Email Opened",
        ["python"],
        {
            "email": Y(email, "email"),
            "sg_message_id": G(lambda f: f"{''.join(f.pick(list(ALNUM)) for _ in range(22))}.filter0001p1"),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.festigo.app>"),
            "category": Many(G(P("order_confirmation", "lineup_news", "reminder")), 2),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(P(*UAS)),
            "sg_machine_open": G(boolean),
        },
        1,
    ),
    (
        "track",
        "SMS Sent",
        ["node"],
        {
            "To": Y(mobile, "phone"),
            "From": G(P("FESTIGO", "+447480 781 212", "+61 480 000 512", "+4915735981234")),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "Body": RED(otp_sms, "token", True),
            "SmsStatus": G(P("queued", "sent", "delivered", "undelivered")),
            "NumSegments": G(P("1", "2", "3")),
            "ApiVersion": G(K("2010-04-01")),
        },
        1,
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link_token": RED(lambda f: "".join(f.pick(list(ALNUM + "-_")) for _ in range(43)), "token"),
            "email": Y(email, "email"),
            "link_age_seconds": G(count(5, 900)),
            "redirect_path": G(P("/account/tickets", "/checkout", "/wallet")),
        },
        1,
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin"],
        {
            "method": G(P("email_code", "apple", "google", "magic_link")),
            "email": Y(email, "email"),
            "otp_length": G(P(4, 6)),
            "code_resend_count": G(count(0, 3)),
            "biometric_enabled": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Conversions API Event",
        ["node"],
        {
            "event_name": G(P("Purchase", "AddToCart", "InitiateCheckout")),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "event_id": G(uuid_),
            "action_source": G(K("website")),
            "event_source_url": G(lambda f: f.pick(HOSTS) + "/checkout/complete"),
            "user_data": {
                "em": Y(lambda f: sha256_of(email(f)), "email"),
                "ph": Y(lambda f: sha256_of("".join(c for c in mobile(f) if c.isdigit())), "phone"),
                "fn": Y(lambda f: sha256_of(ascii_fold(first(f))), "name"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(P(*UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "external_id": G(lambda f: sha256_of("usr_" + f.hexid(12))),
            },
            "custom_data": {
                "value": G(money(25, 900)),
                "currency": G(P("GBP", "EUR", "AUD")),
                "content_ids": Many(G(P(*[t[0] for t in TICKETS])), 3),
                "content_type": G(K("product")),
                "num_items": G(count(1, 6)),
            },
        },
        1,
    ),
    (
        "track",
        "Campaign Landing",
        ["web"],
        {
            "utm_source": G(P("google", "facebook", "tiktok", "newsletter")),
            "utm_medium": G(P("cpc", "paid_social", "email")),
            "utm_campaign": G(P("early_bird_2025", "lineup_announce", "last_chance")),
            "gclid": Y(lambda f: click_id(f, "Cj0KCQjw", 80), "advertising id"),
            "fbclid": Y(lambda f: click_id(f, "IwAR", 57), "advertising id"),
            "ttclid": Y(lambda f: click_id(f, "E.C.P.", 64), "advertising id"),
            "landing_path": G(lambda f: f.pick(PAGES)[0]),
        },
        1,
    ),
    (
        "track",
        "Support Call Completed",
        ["node"],
        {
            "call_id": G(lambda f: f.digits(10)),
            "direction": G(P("inbound", "outbound")),
            "from_number": Y(mobile, "phone"),
            "to_number": G(P("+44 161 496 0000", "+49 30 5557 1200", "+61 3 9555 0100")),
            "agent_name": Y(full_name, "name"),
            "agent_email": Y(lambda f: f"{ascii_fold(first(f))}.{ascii_fold(last(f))}@festigo.app", "email"),
            "duration_s": G(count(10, 1800)),
            "wait_time_s": G(count(0, 600)),
            "tags": Many(G(P("refund", "accessibility", "name_change", "lost_property")), 2),
        },
        1,
    ),
    # ---- crew -------------------------------------------------------------------------------------
    (
        "track",
        "Crew Chat Message Sent",
        ["rn"],
        {
            "channel_id": G(lambda f: "ch_" + f.hexid(8)),
            "channel_name": G(P("gate-a-leads", "bars-north", "site-crew", "medical-ops")),
            "body": Y(crew_chat, "phone", True),
            "mentions_count": G(count(0, 3)),
            "has_attachment": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Staff Onboarded",
        ["java"],
        {
            "staff_id": G(staff_id),
            "country": G(K("GB")),
            "legal_first_name": Y(first, "name"),
            "legal_last_name": Y(last, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "ni_number": RED(ni_number, "national id"),
            "right_to_work_share_code": RED(
                lambda f: " ".join(
                    "".join(f.pick(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")) for _ in range(3))
                    for _ in range(3)
                ),
                "visa",
            ),
            "visa_type": RED(
                P("British citizen", "Settled status", "Graduate visa", "Skilled Worker"), "visa"
            ),
            "requires_sponsorship": RED(boolean, "visa"),
            "nationality": Y(
                P("British", "Irish", "Polish", "Nigerian", "Indian", "Romanian"), "citizenship"
            ),
            "hourly_rate": Y(lambda f: round(f.r.uniform(11.44, 19.5), 2), "salary"),
            "sort_code": G(sort_code),
            "account_number": RED(uk_account, "bank account"),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(lambda f: mobile(f, "uk"), "phone"),
                "relationship": G(P("mother", "father", "partner", "friend")),
            },
            "role": G(P("steward", "bar_staff", "medic", "welfare", "production")),
            "employer": G(P("Festigo Events Ltd", "ShowSec Partners", "Festival Medical Services")),
            "tshirt_size": G(P("S", "M", "L", "XL")),
            "dietary_requirements": Y(
                P("halal", "kosher", "vegan", "gluten-free (coeliac)", "nut allergy"), "religion|allergy"
            ),
            "union_member": Y(boolean, "trade union"),
            "home_postcode": Y(uk_postcode, "zipcode"),
        },
        1,
    ),
    (
        "track",
        "Staff Onboarded",
        ["java"],
        {
            "staff_id": G(staff_id),
            "country": G(K("AU")),
            "legal_first_name": Y(first, "name"),
            "legal_last_name": Y(last, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "tax_file_number": RED(tfn, "national id"),
            "visa_subclass": RED(
                P("417 Working Holiday", "462 Work and Holiday", "482 Skills in Demand", "citizen"), "visa"
            ),
            "super_fund": G(P("AustralianSuper", "Hostplus", "REST", "UniSuper")),
            "super_member_number": G(lambda f: f.digits(9)),
            "bsb": G(bsb),
            "account_number": RED(au_account, "bank account"),
            "wwcc_number": Y(lambda f: f"WWC{f.digits(7)}E", "certificate"),
            "hourly_rate": Y(lambda f: round(f.r.uniform(24.1, 38.0), 2), "salary"),
            "role": G(P("steward", "bar_staff", "medic", "welfare", "production")),
            "employer": G(P("Crew Co Pty Ltd", "Festigo Events Pty Ltd", "Aussie Event Medics")),
            "rsa_certified": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Personal angelegt",
        ["java"],
        {
            "Personalnummer": G(lambda f: "P" + f.digits(6)),
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2006)}",
                "birthdate",
            ),
            "Steuer-ID": RED(steuer_id, "national id"),
            "Sozialversicherungsnummer": RED(sv_nummer, "national id"),
            "Krankenkasse": G(P("AOK Nordost", "Techniker Krankenkasse", "Barmer", "IKK classic")),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "Stundenlohn": Y(lambda f: round(f.r.uniform(12.41, 22.0), 2), "salary"),
            "Gewerkschaftsmitglied": Y(boolean, "trade union"),
            "Staatsangehörigkeit": Y(
                P("deutsch", "polnisch", "türkisch", "italienisch", "syrisch"), "citizenship"
            ),
            "Aufenthaltstitel": RED(
                P("nicht erforderlich", "Blaue Karte EU", "Aufenthaltserlaubnis", "Duldung"), "visa"
            ),
            "Minijob": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Shift Checked In",
        ["rn"],
        {
            "shift_id": G(lambda f: "sh_" + f.hexid(8)),
            "staff_id": G(staff_id),
            "role": G(P("steward", "bar_staff", "medic", "welfare", "production")),
            "zone": G(P("arena", "campsite", "gate_a", "backstage")),
            "scheduled_start": G(iso),
            "checked_in_at": G(iso),
            "minutes_late": G(count(0, 45)),
            "latitude": Y(lambda f: round(f.r.uniform(51.0, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-2.8, 13.5), 6), "geolocation"),
            "supervisor_name": Y(full_name, "name"),
            "hourly_rate": Y(lambda f: round(f.r.uniform(11.44, 38.0), 2), "salary"),
            "radio_channel": G(count(1, 16)),
        },
        1,
    ),
    (
        "track",
        "Vendor Invoice Paid",
        ["python"],
        {
            "invoice_number": G(lambda f: "INV-2025-" + f.digits(5)),
            "vendor_id": G(lambda f: "ven_" + f.digits(4)),
            "amount": G(money(200, 18000)),
            "currency": G(P("GBP", "EUR", "AUD")),
            "payee_iban": RED(lambda f: f.iban(f.pick(["GB", "DE"])), "bank account"),
            "remittance_email": G(
                P("accounts@baobros.co.uk", "invoices@ciderbus.com", "buchhaltung@kaffeewagen.de")
            ),
            "vendor_contact_name": Y(full_name, "name"),
            "paid_at": G(iso),
        },
        1,
    ),
    # ---- travel and stay ---------------------------------------------------------------------------
    (
        "track",
        "Accommodation Booked",
        ["web"],
        {
            "booking_id": G(lambda f: "ACM" + f.digits(7)),
            "hotel_name": G(
                P("Premier Inn Banbury", "Hotel Seeblick", "Glamping Village Bell Tent", "Ibis Geelong")
            ),
            "hotel_city": G(P("Banbury", "Cuxhaven", "Geelong", "Leipzig")),
            "check_in": G(lambda f: f.date(2025, 2025)),
            "check_out": G(lambda f: f.date(2025, 2025)),
            "guests": G(count(1, 6)),
            "lead_guest_name": Y(full_name, "name"),
            "room_type": G(P("double", "twin", "bell_tent_4", "family")),
            "price": G(money(80, 900)),
        },
        1,
    ),
    (
        "track",
        "Car Park Pass Purchased",
        ["web"],
        {
            "pass_id": G(lambda f: "CP-" + f.digits(6)),
            "car_park": G(P("Red Car Park", "Parkplatz P3", "Blue Car Park")),
            "vehicle_registration": Y(plate, "license"),
            "vehicle_make": G(P("Volkswagen", "Ford", "Toyota", "Vauxhall")),
            "days": G(count(1, 4)),
            "price": G(money(10, 60)),
            "ev_charging": G(boolean),
        },
        1,
    ),
    (
        "track",
        "Shuttle Seat Booked",
        ["kotlin"],
        {
            "booking_ref": G(lambda f: "SHT" + f.digits(6)),
            "pickup_stop": G(
                P("Banbury Station", "Leipzig Hbf", "Southern Cross Coach Bay 7", "Oxford Gloucester Green")
            ),
            "pickup_city": G(P("Banbury", "Leipzig", "Melbourne", "Oxford")),
            "departure_time": G(iso),
            "seats": G(count(1, 4)),
            "price": G(money(8, 45)),
            "passenger_names": Many(Y(full_name, "name"), 4),
        },
        1,
    ),
]

CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def wrap(template):
    """Bare generators in a template are green leaves."""
    if isinstance(template, L):
        return template
    if isinstance(template, Many):
        return Many(wrap(template.item), template.n)
    if isinstance(template, dict):
        return {key: wrap(value) for key, value in template.items()}
    if callable(template):
        return G(template)
    raise TypeError(template)


def context_for(f: Fake, client: str):
    if client in CONTEXTS:
        return wrap(CONTEXTS[client](f))
    return wrap(server_context(f, client))


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                if client in CONTEXTS:
                    msg["anonymousId"] = f.uuid()
                msg["userId"] = "usr_" + f.hexid(12)
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "ven_" + f.digits(4)
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(wrap(body), f, section, labels)
                msg["context"] = render(context_for(f, client), f, "context", labels)
                events.append(msg)
        # the apps alias the anonymous id to the account on sign-up
        client = f.pick(["swift", "kotlin", "web"])
        events.append(
            {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
                "context": render(context_for(f, client), f, "context", labels),
            }
        )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=128, repeats=24)
    write(Path(__file__).parent, "holdout128_", events, labels)
