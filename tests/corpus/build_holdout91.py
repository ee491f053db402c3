"""Writes holdout 91: tests/corpus/holdout91_events.jsonl and holdout91_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels, and never run through the engine by its author. Scored once, by someone else.

Domain: a hotel chain ("Meridia Hotels & Resorts", loyalty programme "Meridia Circle") with
properties in the US, the UAE and Singapore. Covers the booking site (analytics.js: page calls,
hotel search, Google Places autocomplete, e-commerce spec rooms/checkout/order, sign-up, magic
sign-in links, ID.me military rates, travel insurance), the guest app (analytics-swift and
analytics-kotlin: screens, digital check-in with a BlinkID-shaped ID scan, registration card,
companions, mobile keys and key sharing, room / dietary / accessibility preferences, special
requests and airport transfers, in-app chat with the front desk, spa and restaurant bookings,
geofenced arrival, nearby hotels, Wi-Fi, Stripe payment methods, pets and service animals,
profile changes), the corporate travel app (analytics-react-native: trips, approvals, folios,
group calls for corporate accounts), the staff app (analytics_flutter: front-desk guest lookup,
reservation notes, housekeeping, lost and found, valet with plates, payroll and overtime, staff
identify with union local and work-pass status), and server traffic (python booking engine and
warehouse reverse-ETL identify in SCREAMING_SNAKE, node messaging: Twilio SMS / WhatsApp / Voice
webhooks, SendGrid-shaped e-mail events, Meta Conversions API forwarding; go mobile-key and
lock-vendor webhooks in kebab-case; java UAE guest registration with Arabic keys in
transliteration and Arabic-script names; ruby loyalty points, tiers and partner-airline miles;
php WordPress Contact Form 7 wedding inquiries in kebab-case and newsletter sign-ups; .NET
corporate booking tool in PascalCase with virtual cards).

Conventions: paths as `portal.events.flatten` gives them; one label per path across all events
(the builder refuses conflicts), so a neutral key such as `properties.text` means one thing
throughout. Values are fake but valid-shaped: Luhn cards, mod-97 UAE IBANs, Emirates ID numbers
with their Luhn check digit, Singapore NRIC/FIN with the official check letter, SSA-structured
SSN last four, national phone formats for the US, UAE, Singapore, the UK and India, names from
Emirati, Arab, Chinese-Singaporean, Malay, Tamil, Indian, Filipino, US, European, East Asian,
African and Pakistani cultures (and Arabic script).

Labelling rules (the Privacy Portal's default colours):
- PII: values that are personal data about a natural person (guest, companion, recipient,
  corporate booker/traveller/approver, staff member). Colour = the reference matcher's default
  colour (name/email/phone/address/city/zipcode/birthdate/gender/citizenship/photo/ip/salary/
  license/identification/medication/allergy/condition/religion are yellow; passport, visa,
  veteran, disability, credit card, social security number, token, password are red); outside
  the reference: red for secrets, bank accounts, national ids; yellow for geolocation,
  advertising id, trade union.
- Green: ids we issue (reservation, confirmation, folio, member / loyalty / frequent-flyer and
  employee numbers), UUIDs, versions, timestamps, amounts, counters, booleans and enums under
  PII-sounding keys (`emailVerified`, `phone_count`, `password_strength`), hotel / room /
  restaurant / spa-treatment / company / pet names, places that are not the person's (hotel
  coordinates and addresses, searched destinations), countries, locales, currencies, user
  agents, OS device ids, card brand / last four / expiry / BIN, routing and SWIFT codes, room
  numbers, flight numbers, a business's phone numbers and role mailboxes, e-mail Message-IDs,
  the Google Places session token, a company's tax registration number, ages and age bands,
  job titles, relationship and occasion enums.
- Policy rows applied: insurance policy number -> yellow identification; hourly rate -> yellow
  salary; vehicle plate -> yellow license; gclid / fbp / fbc -> yellow advertising id; the
  person's billing address -> yellow address; Stripe `pm_` ids, SetupIntent client secrets,
  mobile-key invitation codes, gift-card codes, magic sign-in links -> red token/secret; a
  Wi-Fi password shown to the guest -> red password; identity-document
  numbers -> red passport|national id; visa and work-pass status -> red visa; union local ->
  yellow trade union; SSN last four -> red.
- Booleans and enums that reveal a special category are PII of it: accessible-room and
  mobility/hearing needs and `service_animal` -> red disability; pregnancy -> yellow condition;
  prayer-mat request -> yellow religion; military / veteran verification group and branch ->
  red veteran; salutation (Mr/Mrs/Ms/Mx) -> yellow gender. The spa's therapist-gender
  preference is about the therapist, not the guest: green.
- Judgement calls (a careful privacy owner would want these flagged): meal preferences given as
  airline special-meal codes or dietary restrictions that include halal / kosher / diabetic /
  allergy options -> yellow `religion|condition|allergy`; SHA-256 hashes of a person's e-mail,
  phone, name, birth date or city sent for ad matching (Meta `em` / `ph` / `fn` / `ln` / `db` /
  `ct`, warehouse `EMAIL_SHA256`) -> yellow `<that type>|advertising id` (hashes of our own user
  id and of a country code stay green); the
  APNs push token in `context.device.token` -> red token (as the main corpus labels it); images
  of identity documents -> red `passport|photo`, of a signature or selfie -> yellow photo;
  identity-document expiry dates -> green (like card expiry); the Twilio caller's country ->
  green.
- value_only is true when the key does not say what the value is (`q`, `input`, `label`,
  `note`, `from`/`to`, `From`, `Caller`, `WaId`, `recipient`, `subject`, `comment`,
  `reply.text`, `cta_url`, `dietary_notes`); such a path holds its PII in every value. Free
  text is labelled by what every one of its values carries and is green when none carries PII
  (the guest's chat `text`, `special_requests`, CF7 `your-message`, Twilio `Body`).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

CULTURES = [
    # (given names, family names, family name first)
    (
        [
            "Mohammed",
            "Ahmed",
            "Khalid",
            "Saeed",
            "Hamdan",
            "Fatima",
            "Maryam",
            "Aisha",
            "Noura",
            "Shamma",
            "Rashid",
        ],
        [
            "Al Mansoori",
            "Al Nuaimi",
            "Al Hashimi",
            "Al Falasi",
            "Al Suwaidi",
            "Al Ketbi",
            "Al Mazrouei",
            "Al Shamsi",
        ],
        False,
    ),
    (
        ["Omar", "Layla", "Yousef", "Rania", "Karim", "Hala", "Tariq", "Dalia", "Samir"],
        ["Haddad", "Khoury", "Nasser", "El-Sayed", "Saleh", "Barakat", "Aziz", "Mansour"],
        False,
    ),
    (
        ["Wei Ling", "Jun Hao", "Hui Min", "Kai Xiang", "Shu Fen", "Zhi Wei", "Mei Ling", "Jia Hui"],
        ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo"],
        True,
    ),
    (
        ["Nurul Huda", "Siti Aminah", "Muhammad Hafiz", "Ahmad Faizal", "Nur Aisyah", "Amirul"],
        ["bin Ismail", "binti Rahman", "bin Abdullah", "binti Hassan", "bin Yusof"],
        False,
    ),
    (
        ["Kavitha", "Rajesh", "Priya", "Suresh", "Lakshmi", "Arun", "Meena"],
        ["Subramaniam", "Krishnan", "Rajendran", "Pillai", "Nair", "Balakrishnan"],
        False,
    ),
    (
        ["Arjun", "Ananya", "Vikram", "Sneha", "Rohan", "Deepika", "Aditya"],
        ["Mehta", "Sharma", "Iyer", "Kapoor", "Reddy", "Banerjee", "Desai"],
        False,
    ),
    (
        [
            "Jennifer",
            "Michael",
            "Ashley",
            "Tyler",
            "Brittany",
            "Marcus",
            "Kayla",
            "DeShawn",
            "Megan",
            "Connor",
        ],
        [
            "Walsh",
            "Johnson",
            "Rodriguez",
            "Thompson",
            "Kowalczyk",
            "Goldberg",
            "O'Connor",
            "Washington",
            "Miller",
        ],
        False,
    ),
    (
        ["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jerome"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza"],
        False,
    ),
    (
        ["Sophie", "Lukas", "Élodie", "Matteo", "Ingrid", "Pavel", "Siobhan", "Jörg"],
        ["Schneider", "Lefèvre", "Bianchi", "Lindqvist", "Novák", "Fitzgerald", "Van der Berg"],
        False,
    ),
    (
        ["Haruto", "Yuna", "Min-jun", "Aoi", "Seo-yeon", "Kenji"],
        ["Sato", "Kim", "Park", "Tanaka", "Choi", "Watanabe"],
        False,
    ),
    (
        ["Chinedu", "Amina", "Kwabena", "Thandiwe", "Oluwaseun", "Zanele"],
        ["Okeke", "Bello", "Asante", "Dlamini", "Adeyemi", "Mwangi"],
        False,
    ),
    (
        ["Bilal", "Ayesha", "Usman", "Sana", "Dmitri", "Anastasia"],
        ["Qureshi", "Siddiqui", "Chaudhry", "Volkov", "Petrova", "Malik"],
        False,
    ),
]
ARABIC_NAMES = [
    "محمد المنصوري",
    "فاطمة الهاشمي",
    "خالد النعيمي",
    "مريم الفلاسي",
    "أحمد الشامسي",
    "نورة الكتبي",
    "سعيد السويدي",
    "عائشة المزروعي",
    "يوسف حداد",
    "ليلى خوري",
]
STAFF_FIRST = [
    "Ahmed",
    "Joy",
    "Rizwan",
    "Mei",
    "Carlos",
    "Anjali",
    "Grace",
    "Tomasz",
    "Fatou",
    "Hassan",
    "Lina",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "example.com",
    "yahoo.com.sg",
]
COMPANIES = [
    ("Globex Energy", "globexenergy.com"),
    ("Initech Consulting", "initech.io"),
    ("Al Noor Logistics LLC", "alnoorlogistics.ae"),
    ("Straits Capital Pte Ltd", "straitscap.com.sg"),
    ("Northwind Pharma", "northwindpharma.com"),
    ("Gulf Horizon Contracting", "gulfhorizon.ae"),
]
HOTELS = [
    ("MRDXB", "Meridia Dubai Marina", "Dubai", "AE", 25.0805, 55.1403, "+971 4 399 8800"),
    ("MRAUH", "Meridia Saadiyat Island Resort", "Abu Dhabi", "AE", 24.5446, 54.4333, "+971 2 656 3000"),
    ("MRRAK", "Meridia Al Hamra Beach", "Ras Al Khaimah", "AE", 25.6919, 55.7791, "+971 7 244 6000"),
    ("MRSIN", "Meridia Marina Bay", "Singapore", "SG", 1.2834, 103.8607, "+65 6688 1234"),
    ("MRSEN", "Meridia Sentosa", "Singapore", "SG", 1.2494, 103.8303, "+65 6275 0100"),
    ("MRNYC", "Meridia Midtown Manhattan", "New York", "US", 40.7614, -73.9776, "+1 212-555-0142"),
    ("MRMIA", "Meridia South Beach", "Miami Beach", "US", 25.7907, -80.1300, "+1 305-555-0187"),
    ("MRCHI", "Meridia Chicago Riverwalk", "Chicago", "US", 41.8881, -87.6251, "+1 312-555-0163"),
]
ROOMS = [
    ("DLXK", "Deluxe King"),
    ("DLXT", "Deluxe Twin"),
    ("PRMK", "Premier King Marina View"),
    ("DLXA", "Deluxe King Accessible Roll-in Shower"),
    ("EXST", "Executive Suite"),
    ("FAMR", "Family Room with Bunk Beds"),
    ("PSTE", "Presidential Suite"),
]
RATE_PLANS = ["BAR", "MCMEM", "ADV14", "CORP-GLX", "PKG-BKFST", "MIL", "GOVT", "AAA"]
TIERS = ["Member", "Silver", "Gold", "Platinum", "Ambassador"]
US_STREETS = [
    "Peachtree St NE",
    "Maple Ave",
    "W 72nd St",
    "Lakeshore Dr",
    "Sunset Blvd",
    "Congress Ave",
    "Pine St",
]
US_CITIES = [("Austin", "TX"), ("Chicago", "IL"), ("Seattle", "WA"), ("Atlanta", "GA"), ("Brooklyn", "NY")]
UAE_AREAS = ["Al Barsha 2", "Dubai Marina", "Jumeirah 1", "Al Nahda 1", "Khalifa City A", "Al Reem Island"]
SG_STREETS = ["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bukit Timah Rd", "Clementi Ave 2"]
LOCALES = ["en-US", "en-AE", "ar-AE", "en-SG", "zh-SG", "en-GB", "hi-IN"]
TIMEZONES = ["America/New_York", "Asia/Dubai", "Asia/Singapore", "America/Chicago", "Europe/London"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def _culture(f: Fake):
    return f.pick(CULTURES)


def first(f: Fake) -> str:
    return f.pick(_culture(f)[0])


def last(f: Fake) -> str:
    return f.pick(_culture(f)[1])


def full_name(f: Fake) -> str:
    given, family, family_first = _culture(f)
    g, s = f.pick(given), f.pick(family)
    return f"{s} {g}" if family_first else f"{g} {s}"


def staff_name(f: Fake) -> str:
    return f.pick(STAFF_FIRST) + " " + f.pick(_culture(f)[1])


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum() or c == " ").strip()


def email(f: Fake, name: str | None = None, domain: str | None = None) -> str:
    name = name or full_name(f)
    parts = ascii_fold(name).split()
    given, family = parts[0], parts[-1]
    local = f.pick(
        [
            f"{given}.{family}",
            f"{given}{family}{f.r.randint(1, 99)}",
            f"{given[0]}{family}",
            f"{given}_{family}",
            f"{given}{f.r.randint(1970, 2004)}",
        ]
    )
    return f"{local}@{domain or f.pick(MAIL_DOMAINS)}"


def work_email(f: Fake) -> str:
    return email(f, full_name(f), f.pick(COMPANIES)[1])


def staff_email(f: Fake) -> str:
    return email(f, staff_name(f), "meridia-hotels.com")


def phone(f: Fake, region: str | None = None) -> str:
    r = f.r
    region = region or f.pick(["us", "ae", "ae", "sg", "sg", "uk", "in"])
    if region == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space"]))
    if region == "ae":
        op, a, b = f.pick(["50", "52", "54", "55", "56", "58"]), r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+971 {op} {a} {b}", f"0{op} {a} {b}", f"+971{op}{a}{b}", f"00971 {op} {a}{b}"])
    if region == "sg":
        n = f.pick(["8", "9"]) + f.digits(7)
        return f.pick([f"+65 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"+65{n}"])
    if region == "uk":
        return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
    return f"+91 {f.pick(['98', '99', '97', '81'])}{r.randint(100, 999)} {r.randint(10000, 99999)}"


def e164(f: Fake) -> str:
    """A mobile number as Twilio reports it."""
    region = f.pick(["us", "ae", "sg", "uk", "in"])
    if region == "us":
        return f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.digits(4)}"
    if region == "ae":
        return "+9715" + f.pick("024568") + f.digits(7)
    if region == "sg":
        return "+65" + f.pick("89") + f.digits(7)
    if region == "uk":
        return "+447" + f.digits(9)
    return "+91" + f.pick("6789") + f.digits(9)


def plate(f: Fake) -> str:
    """A Dubai plate (letter code + digits), a Singapore plate with its check letter, a US plate."""
    letters = f.pick("BCDFGHJKL") + f.pick("ABCDEFGHJKL")
    sg = f"S{letters} {f.r.randint(100, 9999)}{f.pick('ABCDEGHJKLMPRSTXYZ')}"
    return f.pick(
        [f"{f.pick('ABCDEFGHJ')} {f.r.randint(10000, 99999)}", sg, f"{f.hexid(3).upper()}-{f.digits(4)}"]
    )


def street(f: Fake) -> str:
    r = f.r
    kind = f.pick(["us", "ae", "sg"])
    if kind == "us":
        return f"{r.randint(10, 9999)} {f.pick(US_STREETS)}" + f.pick(
            ["", f", Apt {r.randint(1, 40)}{f.pick('ABC')}"]
        )
    if kind == "ae":
        lane = f"Street {r.randint(1, 40)}{f.pick(['', 'A', 'B'])}"
        villa = f"Villa {r.randint(1, 80)}, {lane}, {f.pick(UAE_AREAS)}"
        tower = f.pick(["Marina Heights", "Al Fattan Tower", "Sky Gardens"])
        return f.pick([villa, f"Apt {r.randint(1, 45)}0{r.randint(1, 9)}, {tower}"])
    return f"Blk {r.randint(100, 799)} {f.pick(SG_STREETS)} #{r.randint(2, 25):02d}-{r.randint(1, 999):03d}"


def home_city(f: Fake) -> str:
    return f.pick(
        ["Austin", "Chicago", "Seattle", "Dubai", "Abu Dhabi", "Sharjah", "Singapore", "Mumbai", "London"]
    )


def postcode(f: Fake) -> str:
    return f.pick([f.zip(), f"{f.r.randint(1, 82):02d}{f.digits(4)}", f"{f.zip()}-{f.digits(4)}"])


def emirates_id(f: Fake) -> str:
    body = "784" + str(f.r.randint(1960, 2005)) + f.digits(7)
    full = f.luhn_complete(body)
    return f.pick([f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}", full])


def nric(f: Fake) -> str:
    prefix = f.pick(["S", "T", "F", "G"])
    digits = f"{f.r.randint(0, 9999999):07d}"
    total = sum(int(d) * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
    total += 4 if prefix in "TG" else 0
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + digits + table[total % 11]


def nric_masked(f: Fake) -> str:
    full = nric(f)
    return full[0] + "****" + full[5:]


def passport_no(f: Fake) -> str:
    return f.pick([f.digits(9), "K" + f.digits(7) + f.pick("ABCDEFGH"), "P" + f.digits(7), "Z" + f.digits(7)])


def document_no(f: Fake) -> str:
    return f.pick([passport_no(f), emirates_id(f), nric(f)])


def mrz(f: Fake) -> str:
    fam = ascii_fold(last(f)).upper().replace(" ", "<")
    giv = ascii_fold(first(f)).upper().replace(" ", "<")
    line1 = f"P<{f.pick(['ARE', 'SGP', 'USA', 'IND', 'GBR'])}{fam}<<{giv}".ljust(44, "<")[:44]
    num = f.pick(["K", "P", "Z"]) + f.digits(7)
    dob = f"{f.r.randint(50, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    line2 = (
        f"{num}<{f.r.randint(0, 9)}ARE{dob}{f.r.randint(0, 9)}{f.pick('MF')}3{f.digits(5)}{f.r.randint(0, 9)}"
    )
    return line1 + "\n" + line2.ljust(44, "<")


def ae_iban(f: Fake) -> str:
    bban = f.pick(["033", "030", "026", "035", "046"]) + f.digits(16)
    numeric = "".join(str(int(c, 36)) for c in bban + "AE00")
    raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def near(f: Fake, hotel_index: int | None = None):
    hotel = HOTELS[f.r.randrange(len(HOTELS))] if hotel_index is None else HOTELS[hotel_index]
    return round(hotel[4] + f.r.uniform(-0.08, 0.08), 6), round(hotel[5] + f.r.uniform(-0.08, 0.08), 6)


def stay_date(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def dob(f: Fake) -> str:
    return f.date(1948, 2004)


def hotel_code(f: Fake) -> str:
    return f.pick(HOTELS)[0]


def hotel_name(f: Fake) -> str:
    return f.pick(HOTELS)[1]


def conf_no(f: Fake) -> str:
    return f.digits(9)


def member_no(f: Fake) -> str:
    return "MC" + f.digits(9)


def pm_id(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.r.choice(alnum) for _ in range(23))


def stripe_id(f: Fake, prefix: str) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "_1" + "".join(f.r.choice(alnum) for _ in range(23))


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.r.choice(alnum) for _ in range(80))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40)


def agent_reply(f: Fake) -> str:
    guest, agent = first(f), f.pick(STAFF_FIRST)
    return f.pick(
        [
            f"Hi {guest}, this is {agent} from the front desk. Towels are on the way!",
            f"Good evening {guest}, {agent} here. The pool closes at 10pm.",
            f"Dear {guest}, late checkout until 2pm is confirmed. Regards, {agent}",
        ]
    )


def name_or_phone(f: Fake) -> str:
    return f.pick([full_name(f), last(f), phone(f), first(f) + " " + last(f)])


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake):
    pages = [
        ("/", "Meridia Hotels & Resorts | Official Site"),
        ("/hotels/dubai/meridia-dubai-marina", "Meridia Dubai Marina | Rooms & Rates"),
        ("/book/rooms", "Select a Room | Meridia"),
        ("/book/checkout", "Checkout | Meridia"),
        ("/circle/join", "Join Meridia Circle"),
        ("/offers/military", "Military & Veterans Rate | Meridia"),
    ]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.tripadvisor.com/",
                        "https://www.meridia-hotels.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=ar", "?ref=circle_email"])
            ),
            "title": G(lambda f: f.pick(pages)[1]),
            "url": G(lambda f: "https://www.meridia-hotels.com" + f.pick(pages)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["summer_escape_2025", "ramadan_iftar", "great_singapore_sale", "circle_double_points"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tripadvisor"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "metasearch"])),
            "term": G(
                lambda f: f.pick(
                    ["dubai marina hotel", "sentosa resort", "hotels near times square", "staycation uae"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_3"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Meridia"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7421", "7503"])),
            "namespace": G(lambda f: "com.meridiahotels.guest"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(first, "name"),
            "memberNumber": G(member_no),
            "tier": G(lambda f: f.pick(TIERS)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Meridia"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["740012", "742003", "750001"])),
            "namespace": G(lambda f: "com.meridiahotels.guest"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "CPH2581", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "OP5958L1", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["etisalat", "du", "Singtel", "StarHub", "T-Mobile", "Verizon"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Pro Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2581 Build/SKQ1.211113.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "memberNumber": G(member_no),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Meridia for Business"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(lambda f: "com.meridiahotels.business"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S928B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "e3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 430])),
            "height": G(lambda f: f.pick([852, 915, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(work_email, "email"),
            "company": G(lambda f: f.pick(COMPANIES)[0]),
            "travelerProfileId": G(lambda f: "TP-" + f.digits(7)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Meridia Staff"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "com.meridiahotels.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies", "Apple"])),
            "model": G(lambda f: f.pick(["SM-X200", "TC53", "iPad12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "11", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([800, 1080, 810])),
            "height": G(lambda f: f.pick([1340, 2400, 1080])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AE", "en-SG", "tl-PH"])),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "traits": {
            "employeeNumber": G(lambda f: "E" + f.digits(6)),
            "department": G(lambda f: f.pick(["Front Office", "Housekeeping", "Valet", "Concierge", "F&B"])),
            "propertyCode": G(hotel_code),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.1.0"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.1", "3.6.0"],
    "Analytics.CSharp": ["2.3.3", "2.4.0", "2.3.6"],
}


def server_context(library: str, with_ip: bool = False, with_traits: bool = False):
    def make(f: Fake):
        ctx = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if with_ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if with_traits:
            ctx["traits"] = {
                "email": Y(lambda f: email(f), "email"),
                "memberNumber": G(member_no),
            }
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "python_ip": server_context("analytics-python", with_ip=True),
    "node": server_context("@segment/analytics-node"),
    "node_traits": server_context("@segment/analytics-node", with_traits=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", with_traits=True),
    "php": server_context("analytics-php", with_ip=True),
    "dotnet": server_context("Analytics.CSharp"),
}
MOBILE = ("ios", "android")


# -- shared shapes ----------------------------------------------------------------------------------


def room_product():
    return {
        "product_id": G(lambda f: f"{hotel_code(f)}-{f.pick(ROOMS)[0]}-{f.pick(RATE_PLANS)}"),
        "sku": G(lambda f: f"{f.pick(ROOMS)[0]}-{f.pick(RATE_PLANS)}"),
        "name": G(lambda f: f.pick(ROOMS)[1]),
        "brand": G(hotel_name),
        "category": G(lambda f: f.pick(["Room", "Suite", "Package"])),
        "variant": G(lambda f: f.pick(["Flexible", "Advance Purchase 14", "Member Rate", "Bed & Breakfast"])),
        "price": G(lambda f: f.money(140, 2400)),
        "quantity": G(lambda f: f.r.randint(1, 7)),
        "currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
    }


def guest_block():
    return {
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "email": Y(lambda f: email(f), "email"),
        "phone": Y(lambda f: phone(f), "phone"),
        "phone_country_code": G(lambda f: f.pick(["+1", "+971", "+65", "+44", "+91"])),
        "country": G(lambda f: f.pick(["US", "AE", "SG", "GB", "IN", "SA"])),
    }


def identify_traits(f: Fake):
    return {
        "email": Y(lambda f: email(f), "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(lambda f: phone(f), "phone"),
        "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Mx"]), "gender"),
        "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
        "address": {
            "street": Y(street, "address|street"),
            "city": Y(home_city, "city"),
            "state": G(lambda f: f.pick(["TX", "NY", "Dubai", "Abu Dhabi", "IL", ""])),
            "postalCode": Y(postcode, "zipcode"),
            "country": G(lambda f: f.pick(["US", "AE", "SG", "IN", "GB"])),
        },
        "memberNumber": G(member_no),
        "tier": G(lambda f: f.pick(TIERS)),
        "pointsBalance": G(lambda f: f.r.randint(0, 450000)),
        "lifetimeNights": G(lambda f: f.r.randint(0, 900)),
        "preferredLanguage": G(lambda f: f.pick(["en", "ar", "zh", "ms", "ta", "hi"])),
        "avatar": Y(lambda f: f"https://cdn.meridia-hotels.com/avatars/{f.uuid()}.jpg", "photo"),
        "company": G(lambda f: f.pick(COMPANIES)[0]),
        "title": G(
            lambda f: f.pick(
                ["Procurement Manager", "Software Engineer", "Sales Director", "Nurse", "Teacher"]
            )
        ),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneCount": G(lambda f: f.r.randint(1, 3)),
        "createdAt": G(lambda f: f.iso()),
        "marketingOptIn": G(lambda f: f.pick([True, False])),
    }


# -- events -----------------------------------------------------------------------------------------

WEB = [
    (
        "page",
        "Hotel Details",
        "web",
        {
            "path": G(
                lambda f: f.pick(
                    [
                        "/hotels/dubai/meridia-dubai-marina",
                        "/hotels/singapore/meridia-sentosa",
                        "/hotels/new-york/meridia-midtown",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.meridia-hotels.com/hotels/" + f.pick(["dubai", "singapore", "new-york"])
                )
            ),
            "title": G(
                lambda f: f.pick(["Meridia Dubai Marina", "Meridia Sentosa", "Meridia Midtown Manhattan"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.kayak.com/"])),
            "search": G(lambda f: f.pick(["", "?checkin=2025-03-14&nights=2", "?rateCode=MCMEM"])),
            "hotel_code": G(hotel_code),
        },
    ),
    (
        "track",
        "Hotels Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["Dubai Marina", "sentosa", "near JFK airport", "Abu Dhabi Corniche", "Times Square"]
                )
            ),
            "destination": G(
                lambda f: f.pick(
                    ["Dubai, United Arab Emirates", "Singapore", "New York, NY, USA", "Miami Beach, FL"]
                )
            ),
            "check_in": G(stay_date),
            "check_out": G(stay_date),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "children_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "promo_code": G(lambda f: f.pick(["", "SUMMER25", "IFTAR", "GSS2025"])),
            "use_points": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Destination Autocomplete Selected",
        "web",
        {
            "sessionToken": G(lambda f: f.uuid()),
            "query": G(
                lambda f: f.pick(["dubai mar", "sentosa", "near JFK airport", "abu dh", "Times Square"])
            ),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_description": G(
                lambda f: f.pick(
                    [
                        "Dubai Marina - Dubai - United Arab Emirates",
                        "Sentosa, Singapore",
                        "Times Square, New York, NY, USA",
                    ]
                )
            ),
            "predictions_count": G(lambda f: f.r.randint(1, 5)),
            "position": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {**room_product(), "value": G(lambda f: f.money(140, 2400)), "hotel_code": G(hotel_code)},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "BK" + f.hexid(12).upper()),
            "value": G(lambda f: f.money(180, 9000)),
            "revenue": G(lambda f: f.money(180, 9000)),
            "tax": G(lambda f: f.money(10, 900)),
            "currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
            "coupon": G(lambda f: f.pick(["", "SUMMER25", "IFTAR"])),
            "products": Many(room_product(), 2),
            "hotel_code": G(hotel_code),
            "check_in": G(stay_date),
            "check_out": G(stay_date),
        },
    ),
    (
        "track",
        "Guest Details Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "guest": guest_block(),
            "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Dr", "Mx"]), "gender"),
            "estimated_arrival_time": G(lambda f: f.pick(["14:00", "18:30", "23:00", "after midnight"])),
            "special_requests": G(
                lambda f: f.pick(
                    [
                        "High floor please",
                        "Quiet room away from the elevator",
                        "Twin beds if possible",
                        "Celebrating our anniversary!",
                        "Late arrival, please hold the room",
                        "",
                    ]
                )
            ),
            "booking_for_someone_else": G(lambda f: f.pick([True, False])),
            "loyalty_number": G(member_no),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "pay_at_hotel"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "unionpay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["4" + f.digits(5), "51" + f.digits(4), "37" + f.digits(4)])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(full_name, "name"),
            "billing_postal_code": Y(postcode, "zipcode"),
            "payment_method_id": RED(pm_id, "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_result": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "BK" + f.hexid(12).upper()),
            "confirmation_number": G(conf_no),
            "affiliation": G(lambda f: "meridia-hotels.com"),
            "total": G(lambda f: f.money(180, 9000)),
            "revenue": G(lambda f: f.money(180, 9000)),
            "tax": G(lambda f: f.money(10, 900)),
            "currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
            "coupon": G(lambda f: f.pick(["", "SUMMER25", "IFTAR"])),
            "products": Many(room_product(), 2),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "points_earned": G(lambda f: f.r.randint(0, 40000)),
            "hotel_code": G(hotel_code),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "state": G(lambda f: f.pick(["TX", "NY", "Dubai", "", "IL"])),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "AE", "SG", "IN"])),
            },
            "attribution": {
                "gclid": Y(gclid, "advertising id"),
                "fbp": Y(fbp, "advertising id"),
                "first_touch_source": G(lambda f: f.pick(["google", "facebook", "direct", "tripadvisor"])),
                "landing_page": G(
                    lambda f: f.pick(["/", "/offers/summer", "/hotels/dubai/meridia-dubai-marina"])
                ),
            },
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(lambda f: email(f), "email"),
            "mobile_number": Y(lambda f: phone(f), "phone"),
            "country_of_residence": G(lambda f: f.pick(["AE", "SG", "US", "IN", "SA", "GB"])),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "email_verified": G(lambda f: False),
            "marketing_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    ("identify", None, "web", identify_traits),
    (
        "track",
        "Gift Card Purchased",
        "web",
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([250, 500, 1000, 100])),
            "currency": G(lambda f: f.pick(["AED", "SGD", "USD"])),
            "design": G(lambda f: f.pick(["eid", "birthday", "spa_day", "classic"])),
            "delivery_date": G(stay_date),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "sender_name": Y(full_name, "name"),
            "personal_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {first(f)}! Love, {first(f)}",
                        f"Eid Mubarak {first(f)} and family",
                        f"Congratulations {first(f)}, enjoy the spa!",
                        f"For {first(f)} - thank you for everything. {first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "gift_card_code": RED(lambda f: "-".join(f.digits(4) for _ in range(4)), "token"),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        "web",
        {
            "input": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "is_member": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Military Rate Verified",
        "web",
        {
            "verification_provider": G(lambda f: "ID.me"),
            "verification_group": RED(
                lambda f: f.pick(["military", "veteran", "military_family"]), "veteran"
            ),
            "branch_of_service": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "verified": G(lambda f: f.pick([True, False])),
            "rate_code": G(lambda f: "MIL"),
            "idme_attribute_count": G(lambda f: f.r.randint(3, 9)),
        },
    ),
    (
        "track",
        "Travel Insurance Added",
        "web",
        {
            "provider": G(lambda f: f.pick(["AXA Assistance", "Allianz Travel", "Tune Protect"])),
            "policy_number": Y(lambda f: f.pick(["TP", "AX", "AZ"]) + f.digits(10), "identification"),
            "premium": G(lambda f: f.money(12, 140)),
            "coverage_type": G(lambda f: f.pick(["cancellation", "comprehensive", "medical"])),
            "insured_travellers": Many(
                {
                    "name": Y(full_name, "name"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "age_band": G(lambda f: f.pick(["0-17", "18-64", "65+"])),
                },
                3,
            ),
        },
    ),
]

GUEST_APP = [
    (
        "screen",
        "Reservation Details",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "hotel_code": G(hotel_code),
            "source_screen": G(lambda f: f.pick(["home", "trips", "push"])),
        },
    ),
    ("identify", None, MOBILE, identify_traits),
    (
        "track",
        "Digital Check-in Started",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "hotel_code": G(hotel_code),
            "arrival_date": G(stay_date),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "room_ready": G(lambda f: f.pick([True, False])),
            "eligible_for_mobile_key": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "ID Document Scanned",
        MOBILE,
        {
            "scan_session_id": G(lambda f: f.uuid()),
            "sdk_version": G(lambda f: f.pick(["6.5.0", "6.7.1", "6.6.2"])),
            "document_type": G(lambda f: f.pick(["passport", "emirates_id", "nric", "drivers_license"])),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "duration_ms": G(lambda f: f.r.randint(900, 24000)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "selfie_url": Y(lambda f: f"https://kyc.meridia-hotels.com/selfies/{f.uuid()}.jpg", "photo"),
            "id_front_image_url": RED(
                lambda f: f"https://kyc.meridia-hotels.com/docs/{f.uuid()}/front.jpg", "passport|photo"
            ),
            "result": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "documentNumber": RED(document_no, "passport|national id"),
                "personalIdNumber": RED(emirates_id, "national id"),
                "dateOfBirth": {
                    "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                    "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                    "year": Y(lambda f: f.r.randint(1948, 2004), "birthdate"),
                    "originalString": Y(
                        lambda f: (
                            f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1948, 2004)}"
                        ),
                        "birthdate",
                    ),
                },
                "dateOfExpiry": G(lambda f: f.date(2025, 2034)),
                "sex": Y(lambda f: f.pick(["M", "F"]), "gender"),
                "nationality": Y(
                    lambda f: f.pick(["ARE", "SGP", "USA", "IND", "PAK", "PHL", "GBR"]), "citizenship"
                ),
                "address": Y(street, "address"),
                "mrzResult": {
                    "rawMrzString": RED(mrz, "passport"),
                    "documentCode": G(lambda f: f.pick(["P<", "ID", "I<"])),
                    "issuer": G(lambda f: f.pick(["ARE", "SGP", "USA", "IND"])),
                },
                "processingStatus": G(
                    lambda f: f.pick(["Success", "DetectionFailed", "ImagePreprocessingFailed"])
                ),
                "recognitionMode": G(lambda f: f.pick(["MrzPassport", "MrtdCombined", "FullRecognition"])),
                "documentClassInfo": {
                    "country": G(lambda f: f.pick(["UAE", "SINGAPORE", "USA", "INDIA"])),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID", "DL"])),
                },
            },
        },
    ),
    (
        "track",
        "Registration Card Signed",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "signature_image_url": Y(
                lambda f: f"https://kyc.meridia-hotels.com/signatures/{f.uuid()}.png", "photo"
            ),
            "terms_version": G(lambda f: f.pick(["2024-11", "2025-02", "2025-05"])),
            "accepted_at": G(lambda f: f.iso()),
            "vehicle": {
                "plate": Y(
                    plate,
                    "license",
                ),
                "plate_region": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Sharjah", "SG", "NY", "FL"])),
                "make": G(lambda f: f.pick(["Toyota", "Nissan", "Lexus", "Tesla", "BMW"])),
            },
            "purpose_of_stay": G(lambda f: f.pick(["business", "leisure", "event"])),
        },
    ),
    (
        "track",
        "Companion Added",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "label": Y(full_name, "name", True),
            "source": G(lambda f: f.pick(["contacts", "manual", "previous_stay"])),
            "companion": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(lambda f: email(f), "email"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "partner", "child", "colleague", "friend", "parent"])
                ),
                "age_band": G(lambda f: f.pick(["adult", "child_2_11", "infant"])),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Mobile Key Shared",
        MOBILE,
        {
            "key_id": G(lambda f: f.uuid()),
            "recipient_name": Y(full_name, "name"),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "share_method": G(lambda f: f.pick(["sms", "whatsapp", "in_app"])),
            "expires_at": G(lambda f: f.iso()),
            "keys_shared_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Room Preferences Updated",
        MOBILE,
        {
            "floor_preference": G(lambda f: f.pick(["high", "low", "no_preference"])),
            "bed_type": G(lambda f: f.pick(["king", "twin", "no_preference"])),
            "quiet_room": G(lambda f: f.pick([True, False])),
            "accessible_room_required": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_aids": Many(
                RED(
                    lambda f: f.pick(["wheelchair", "mobility scooter", "walking frame", "cane"]),
                    "disability",
                ),
                2,
            ),
            "hearing_accessibility_kit": RED(lambda f: f.pick([True, False]), "disability"),
            "feather_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "prayer_mat_requested": Y(lambda f: f.pick([True, False]), "religion"),
            "minibar_alcohol_removed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dietary Profile Updated",
        MOBILE,
        {
            "meal_preference": Y(
                lambda f: f.pick(["MOML", "KSML", "VGML", "DBML", "GFML", "HNML", "NONE"]),
                "religion|condition|allergy",
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "gluten", "lactose", "sesame"]),
                    "allergy",
                ),
                3,
            ),
            "allergy_severity": Y(
                lambda f: f.pick(["mild", "moderate", "severe", "anaphylactic"]), "allergy"
            ),
            "carries_epipen": Y(lambda f: f.pick([True, False]), "allergy|medication"),
            "dietary_notes": Y(
                lambda f: f.pick(
                    [
                        "Coeliac, strictly gluten free please",
                        "Severe peanut allergy, I carry an EpiPen",
                        "Halal only please",
                        "Type 1 diabetic, need a fridge for insulin",
                        "Kosher meals, no shellfish",
                        "Lactose intolerant",
                    ]
                ),
                "allergy|condition|religion",
                True,
            ),
            "kids_menu": G(lambda f: f.pick([True, False])),
            "high_chair": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Special Request Submitted",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "request_type": G(
                lambda f: f.pick(
                    ["extra_pillows", "crib", "late_checkout", "airport_transfer", "celebration"]
                )
            ),
            "request_text": G(
                lambda f: f.pick(
                    [
                        "Two extra pillows please",
                        "Baby cot for our son",
                        "Can we check out at 2pm?",
                        "Birthday cake at 8pm",
                        "Airport pickup for 2",
                    ]
                )
            ),
            "airport_transfer": {
                "flight_number": G(lambda f: f.pick(["EK 203", "SQ 322", "EY 101", "UA 14", "AI 995"])),
                "arrival_time": G(lambda f: f.iso()),
                "terminal": G(lambda f: f.pick(["T1", "T3", "T4", "Terminal 1"])),
                "passengers": G(lambda f: f.r.randint(1, 5)),
                "name_board": Y(lambda f: f.pick([full_name(f), "Mr " + last(f), "Ms " + last(f)]), "name"),
                "vehicle_class": G(lambda f: f.pick(["sedan", "suv", "van"])),
            },
            "status": G(lambda f: f.pick(["submitted", "acknowledged", "fulfilled"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(20)),
            "text": G(
                lambda f: f.pick(
                    [
                        "Could we get extra towels?",
                        "What time does the pool close?",
                        "Is late checkout possible tomorrow?",
                        "The AC in our room is too loud",
                        "Can you recommend a restaurant nearby?",
                        "هل يمكنني الحصول على مناشف إضافية؟",
                    ]
                )
            ),
            "channel": G(lambda f: "in_app"),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "hotel_code": G(hotel_code),
        },
    ),
    (
        "track",
        "Chat Reply Received",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "agent_name": Y(staff_name, "name"),
            "response_time_sec": G(lambda f: f.r.randint(5, 1800)),
            "auto_reply": G(lambda f: f.pick([True, False])),
            "reply": {
                "text": Y(
                    agent_reply,
                    "name",
                    True,
                ),
                "template_id": G(lambda f: f.pick(["", "tpl_towels", "tpl_latecheckout"])),
            },
        },
    ),
    (
        "track",
        "Spa Booking Requested",
        MOBILE,
        {
            "treatment_name": G(
                lambda f: f.pick(
                    ["Hammam Ritual", "Balinese Massage 60", "Deep Tissue 90", "Couples Retreat"]
                )
            ),
            "appointment_time": G(lambda f: f.iso()),
            "price": G(lambda f: f.money(90, 900)),
            "currency": G(lambda f: f.pick(["AED", "SGD", "USD"])),
            "therapist_gender_preference": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "therapist_name": Y(staff_name, "name"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "health_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["high blood pressure", "recent surgery", "varicose veins", "asthma", "epilepsy"]
                    ),
                    "condition",
                ),
                2,
            ),
            "current_medications": Y(
                lambda f: f.pick(["blood thinners", "Warfarin", "Metformin 500mg", "Lisinopril"]),
                "medication",
            ),
            "partner_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Restaurant Reservation Made",
        MOBILE,
        {
            "venue_name": G(
                lambda f: f.pick(
                    [
                        "Maison Aurélie",
                        "Nour Lebanese Kitchen",
                        "Jade Pavilion",
                        "The Chef's Table by Luca Moretti",
                    ]
                )
            ),
            "venue_phone": G(lambda f: f.pick(HOTELS)[6]),
            "party_size": G(lambda f: f.r.randint(1, 10)),
            "reservation_datetime": G(lambda f: f.iso()),
            "occasion": G(lambda f: f.pick(["birthday", "anniversary", "business", "honeymoon", "none"])),
            "guest_name": Y(full_name, "name"),
            "guest_phone": Y(lambda f: phone(f), "phone"),
            "dietary_restrictions": Many(
                Y(
                    lambda f: f.pick(["halal", "nut allergy", "gluten free", "shellfish allergy", "kosher"]),
                    "religion|allergy|condition",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Geofence Entered",
        MOBILE,
        {
            "geofence_id": G(lambda f: "gf_" + hotel_code(f).lower()),
            "hotel_code": G(hotel_code),
            "latitude": Y(lambda f: near(f)[0], "geolocation"),
            "longitude": Y(lambda f: near(f)[1], "geolocation"),
            "horizontal_accuracy_m": G(lambda f: f.r.randint(5, 120)),
            "triggered_mobile_checkin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Nearby Hotels Viewed",
        MOBILE,
        {
            "user_location": {
                "lat": Y(lambda f: near(f)[0], "geolocation"),
                "lng": Y(lambda f: near(f)[1], "geolocation"),
            },
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "results": Many(
                {
                    "hotel_code": G(hotel_code),
                    "name": G(hotel_name),
                    "latitude": G(lambda f: f.pick(HOTELS)[4]),
                    "longitude": G(lambda f: f.pick(HOTELS)[5]),
                    "distance_km": G(lambda f: f.money(0, 25)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "WiFi Details Viewed",
        MOBILE,
        {
            "network_name": G(lambda f: f.pick(["Meridia_Guest", "Meridia_Circle", "Meridia_Meetings"])),
            "wifi_password": RED(
                lambda f: f.pick(["Marina" + f.digits(4), "sentosa-" + f.hexid(4), "Welcome@" + f.digits(3)]),
                "password",
            ),
            "room_number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
        },
    ),
    (
        "track",
        "Payment Method Added",
        MOBILE,
        {
            "payment_method_id": RED(pm_id, "token"),
            "setup_intent_id": G(lambda f: stripe_id(f, "seti")),
            "setup_intent_client_secret": RED(
                lambda f: stripe_id(f, "seti") + "_secret_" + f.hexid(24), "secret"
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        MOBILE,
        {
            "changes": Many(
                {
                    "field": G(lambda f: f.pick(["email", "mobile", "first_name", "last_name"])),
                    "from": Y(
                        lambda f: f.pick([email(f), phone(f), first(f), last(f)]), "email|phone|name", True
                    ),
                    "to": Y(
                        lambda f: f.pick([email(f), phone(f), first(f), last(f)]), "email|phone|name", True
                    ),
                },
                2,
            ),
            "source_screen": G(lambda f: f.pick(["home", "trips", "profile"])),
            "verification_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Added to Reservation",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Simba", "Coco", "Max"])),
            "pet_type": G(lambda f: f.pick(["dog", "cat"])),
            "pet_breed": G(lambda f: f.pick(["Labrador", "Shih Tzu", "Persian", "Saluki"])),
            "pet_weight_kg": G(lambda f: f.money(2, 40)),
            "pet_fee": G(lambda f: f.pick([0, 75, 150])),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Passport Saved to Profile",
        MOBILE,
        {
            "passport_number": RED(passport_no, "passport"),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["AE", "SG", "US", "IN", "PK", "PH"])),
            "nationality": Y(
                lambda f: f.pick(["Emirati", "Singaporean", "American", "Indian", "Pakistani", "Filipino"]),
                "citizenship",
            ),
            "visa_type": RED(
                lambda f: f.pick(["tourist", "resident", "visa_on_arrival", "gcc_national"]), "visa"
            ),
            "uae_resident": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kids Club Registration Submitted",
        MOBILE,
        {
            "confirmation_number": G(conf_no),
            "child_first_name": Y(first, "name"),
            "child_date_of_birth": Y(lambda f: f.date(2012, 2021), "birthdate"),
            "child_age": G(lambda f: f.r.randint(4, 12)),
            "child_allergies": Many(
                Y(lambda f: f.pick(["peanuts", "eggs", "dairy", "bee stings"]), "allergy"), 2
            ),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "asthma, inhaler in backpack",
                        "mild eczema",
                        "type 1 diabetes",
                        "epilepsy, see care plan",
                        "ADHD",
                    ]
                ),
                "condition",
            ),
            "guardian_name": Y(full_name, "name"),
            "guardian_mobile": Y(lambda f: phone(f), "phone"),
            "authorized_pickup": Many(Y(full_name, "name"), 2),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Post Stay Survey Submitted",
        MOBILE,
        {
            "survey_id": G(lambda f: f.uuid()),
            "hotel_code": G(hotel_code),
            "overall_score": G(lambda f: f.r.randint(1, 10)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(STAFF_FIRST)} at the front desk was wonderful, thank you!",
                        f"Special thanks to {staff_name(f)} in housekeeping",
                        f"Our butler {f.pick(STAFF_FIRST)} made the trip. Breakfast was slow.",
                        f"Ask {f.pick(STAFF_FIRST)} at the spa for the hammam, best ever",
                    ]
                ),
                "name",
                True,
            ),
            "stay_purpose": G(lambda f: f.pick(["business", "leisure", "bleisure"])),
            "traveling_with": G(lambda f: f.pick(["alone", "partner", "family", "colleagues"])),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
]

CORPORATE = [
    (
        "track",
        "Trip Approved",
        "rn",
        {
            "trip_id": G(lambda f: "TRP-" + f.digits(8)),
            "approver_name": Y(full_name, "name"),
            "approver_title": G(lambda f: f.pick(["Head of Finance", "Travel Manager", "VP Operations"])),
            "traveller_count": G(lambda f: f.r.randint(1, 6)),
            "policy_exceptions": Many(
                G(lambda f: f.pick(["over_rate_cap", "suite_booked", "late_booking"])), 2
            ),
            "cost_center": G(lambda f: f.pick(["CC-4100", "CC-2230", "SALES-EMEA"])),
        },
    ),
    (
        "track",
        "Folio Downloaded",
        "rn",
        {
            "folio_id": G(lambda f: f.digits(10)),
            "invoice_number": G(lambda f: f"INV-{hotel_code(f)}-{f.digits(7)}"),
            "format": G(lambda f: f.pick(["pdf", "csv", "xml_einvoice"])),
            "hotel_code": G(hotel_code),
            "amount": G(lambda f: f.money(200, 12000)),
            "emailed_to": Y(work_email, "email"),
        },
    ),
    (
        "group",
        None,
        "rn",
        {
            "name": G(lambda f: f.pick(COMPANIES)[0]),
            "industry": G(lambda f: f.pick(["Energy", "Consulting", "Logistics", "Finance", "Pharma"])),
            "plan": G(lambda f: f.pick(["Meridia Business", "Meridia Business Plus", "Negotiated"])),
            "website": G(lambda f: "https://www." + f.pick(COMPANIES)[1]),
            "account_manager": Y(staff_name, "name"),
            "invoice_email": G(
                lambda f: f.pick(["ap@", "travel.invoices@", "accounts.payable@"]) + f.pick(COMPANIES)[1]
            ),
            "negotiated_rate_usd": G(lambda f: f.money(160, 420)),
            "billing_country": G(lambda f: f.pick(["AE", "SG", "US"])),
        },
    ),
    (
        "track",
        "CorporateBookingCreated",
        "dotnet",
        {
            "BookingId": G(lambda f: f.uuid()),
            "CompanyId": G(lambda f: f.digits(6)),
            "CompanyName": G(lambda f: f.pick(COMPANIES)[0]),
            "CostCentre": G(lambda f: f.pick(["CC-4100", "CC-2230", "SALES-EMEA", "RND-SG"])),
            "PoNumber": G(lambda f: "PO" + f.digits(8)),
            "BookerName": Y(full_name, "name"),
            "BookerEmail": Y(work_email, "email"),
            "BookerPhone": Y(lambda f: phone(f), "phone"),
            "Travellers": Many(
                {
                    "FirstName": Y(first, "name"),
                    "LastName": Y(last, "name"),
                    "Email": Y(work_email, "email"),
                    "Mobile": Y(lambda f: phone(f), "phone"),
                    "EmployeeId": G(lambda f: f.pick(["E", "EMP", ""]) + f.digits(6)),
                    "FrequentGuestNumber": G(member_no),
                },
                3,
            ),
            "PropertyCode": G(hotel_code),
            "ArrivalDate": G(stay_date),
            "RatePlanCode": G(lambda f: f.pick(["CORP-GLX", "CORP-INI", "CORP-ALN", "LRA"])),
            "NegotiatedRate": G(lambda f: f.money(160, 420)),
            "TotalAmount": G(lambda f: f.money(300, 9000)),
            "Currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
            "TaxRegistrationNumber": G(lambda f: "100" + f.digits(12)),
            "CompanyBillingAddress": G(
                lambda f: f.pick(
                    [
                        "Office 1204, Jumeirah Bay X2, JLT, Dubai",
                        "1 Raffles Place #44-01, Singapore 048616",
                        "700 Louisiana St, Houston, TX 77002",
                    ]
                )
            ),
            "ApprovalRequired": G(lambda f: f.pick([True, False])),
            "ApproverEmail": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "RoomingListUploaded",
        "dotnet",
        {
            "BlockCode": G(lambda f: "GRP" + f.digits(5)),
            "PropertyCode": G(hotel_code),
            "CompanyName": G(lambda f: f.pick(COMPANIES)[0]),
            "RoomingList": Many(
                {
                    "GuestName": Y(full_name, "name"),
                    "Email": Y(work_email, "email"),
                    "SharingWith": Y(full_name, "name"),
                    "RoomType": G(lambda f: f.pick(ROOMS)[0]),
                    "ArrivalDate": G(stay_date),
                    "Nights": G(lambda f: f.r.randint(1, 5)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "VirtualCardAttached",
        "dotnet",
        {
            "BookingId": G(lambda f: f.uuid()),
            "CardProvider": G(lambda f: f.pick(["AirPlus", "Conferma", "WEX"])),
            "VirtualCardNumber": RED(lambda f: f.card(), "credit card"),
            "VirtualCardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 28)}"),
            "VirtualCardCvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "AuthorisedAmount": G(lambda f: f.money(300, 9000)),
            "Currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
        },
    ),
]

STAFF = [
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(staff_email, "email"),
            "firstName": Y(lambda f: f.pick(STAFF_FIRST), "name"),
            "lastName": Y(last, "name"),
            "employeeNumber": G(lambda f: "E" + f.digits(6)),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Front Office Agent", "Room Attendant", "Valet Attendant", "Night Auditor", "Concierge"]
                )
            ),
            "hireDate": G(lambda f: f.date(2012, 2025)),
            "union_local": Y(
                lambda f: f.pick(["UNITE HERE Local 11", "UNITE HERE Local 355", "HTC Local 6", "none"]),
                "trade union",
            ),
            "hourlyRate": Y(lambda f: f.money(16, 38), "salary"),
            "workPassType": RED(
                lambda f: f.pick(
                    ["Employment Pass", "S Pass", "Work Permit", "UAE Residence Visa", "citizen"]
                ),
                "visa",
            ),
            "workPassExpiry": RED(lambda f: f.date(2025, 2028), "visa"),
            "phone": Y(lambda f: phone(f), "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "emergencyContactName": Y(full_name, "name"),
            "emergencyContactPhone": Y(lambda f: phone(f), "phone"),
        },
    ),
    (
        "track",
        "Guest Searched",
        "flutter",
        {
            "q": Y(name_or_phone, "name|phone", True),
            "search_scope": G(lambda f: f.pick(["in_house", "arrivals", "all"])),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "staff_id": G(lambda f: "E" + f.digits(6)),
            "hotel_code": G(hotel_code),
        },
    ),
    (
        "track",
        "Reservation Note Added",
        "flutter",
        {
            "confirmation_number": G(conf_no),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Guest's wife {full_name(f)} arriving separately",
                        f"Call {phone(f)} on arrival, VIP",
                        f"Driver {full_name(f)} will collect the keys",
                        f"Emergency contact: {phone(f)}",
                        f"Booked by assistant {full_name(f)}",
                    ]
                ),
                "name|phone",
                True,
            ),
            "note_type": G(lambda f: f.pick(["arrival", "vip", "billing", "general"])),
            "visibility": G(lambda f: f.pick(["front_office", "all_departments"])),
            "staff_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Front Desk Check-in Completed",
        "flutter",
        {
            "confirmation_number": G(conf_no),
            "guest_full_name": Y(full_name, "name"),
            "document_number": RED(document_no, "passport|national id"),
            "nationality": Y(
                lambda f: f.pick(["Emirati", "Singaporean", "American", "Indian", "Pakistani", "Filipino"]),
                "citizenship",
            ),
            "date_of_birth": Y(dob, "birthdate"),
            "companions": Many(
                {"name": Y(full_name, "name"), "is_adult": G(lambda f: f.pick([True, False]))}, 3
            ),
            "key_cards_issued": G(lambda f: f.r.randint(1, 4)),
            "deposit_card_last4": G(lambda f: f.digits(4)),
            "staff_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Room Status Updated",
        "flutter",
        {
            "room_number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "status": G(lambda f: f.pick(["clean", "dirty", "inspected", "out_of_order"])),
            "attendant_id": G(lambda f: "E" + f.digits(6)),
            "attendant_name": Y(staff_name, "name"),
            "minutes_spent": G(lambda f: f.r.randint(8, 70)),
            "dnd_active": G(lambda f: f.pick([True, False])),
            "linen_change": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lost Item Logged",
        "flutter",
        {
            "item_id": G(lambda f: "LF-" + f.digits(6)),
            "item_description": G(
                lambda f: f.pick(
                    ["black iPhone charger", "child's teddy bear", "silver bracelet", "grey hoodie, size M"]
                )
            ),
            "found_location": G(lambda f: f.pick(["pool deck", "room", "lobby", "spa changing room"])),
            "room_number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "guest_name": Y(full_name, "name"),
            "guest_contact": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
        },
    ),
    (
        "track",
        "Valet Ticket Created",
        "flutter",
        {
            "ticket_number": G(lambda f: f.digits(6)),
            "license_plate": Y(
                plate,
                "license",
            ),
            "plate_emirate": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Sharjah", "SG", "NY"])),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Nissan Patrol", "Range Rover", "Tesla Model Y"])),
            "guest_room_number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "guest_mobile": Y(lambda f: phone(f), "phone"),
            "driver_staff_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Payroll Profile Verified",
        "flutter",
        {
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "routing_number": G(lambda f: f.pick(["021000021", "026009593", "121000358", "071000013"])),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "verification_method": G(lambda f: f.pick(["micro_deposits", "plaid", "manual"])),
            "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
    ),
    (
        "track",
        "Overtime Requested",
        "flutter",
        {
            "shift_id": G(lambda f: f.uuid()),
            "hours": G(lambda f: f.pick([1.5, 2, 3, 4])),
            "hourly_rate": Y(lambda f: f.money(16, 38), "salary"),
            "reason": G(lambda f: f.pick(["event_setup", "short_staffed", "late_checkouts"])),
            "manager_name": Y(staff_name, "name"),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
]

SERVER = [
    (
        "track",
        "Reservation Confirmed",
        "python",
        {
            "reservation_id": G(lambda f: f.digits(10)),
            "confirmation_number": G(conf_no),
            "hotel_code": G(hotel_code),
            "channel": G(lambda f: f.pick(["direct_web", "app", "GDS", "Booking.com", "Expedia", "voice"])),
            "arrival_date": G(stay_date),
            "departure_date": G(stay_date),
            "room_type_code": G(lambda f: f.pick(ROOMS)[0]),
            "rate_plan_code": G(lambda f: f.pick(RATE_PLANS)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "total_amount_after_tax": G(lambda f: f.money(180, 12000)),
            "currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
            "guest": {
                "given_name": Y(first, "name"),
                "surname": Y(last, "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "address_line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "nationality": Y(lambda f: f.pick(["AE", "SG", "US", "IN", "PK", "PH", "GB"]), "citizenship"),
                "loyalty_number": G(member_no),
                "vip_level": G(lambda f: f.pick(["", "VIP1", "VIP2", "CIP"])),
            },
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(lambda f: email(f), "email"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email|advertising id"),
            "MOBILE_PHONE": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_CITY": Y(home_city, "city"),
            "HOME_COUNTRY": G(lambda f: f.pick(["US", "AE", "SG", "IN", "SA"])),
            "MEMBER_ID": G(member_no),
            "TIER": G(lambda f: f.pick(TIERS)),
            "LIFETIME_NIGHTS": G(lambda f: f.r.randint(0, 900)),
            "LAST_STAY_DATE": G(lambda f: f.date(2022, 2025)),
            "PREFERRED_PROPERTY": G(hotel_code),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Requested",
        "java",
        {
            "reservation_id": G(lambda f: f.digits(10)),
            "amount": G(lambda f: f.money(50, 4000)),
            "currency": G(lambda f: f.pick(["AED", "SGD", "USD"])),
            "refund_method": G(lambda f: f.pick(["bank_transfer", "original_card"])),
            "refund_iban": RED(ae_iban, "bank account"),
            "account_holder_name": Y(full_name, "name"),
            "bank_name": G(lambda f: f.pick(["Emirates NBD", "ADCB", "Mashreq", "FAB"])),
            "swift_code": G(lambda f: f.pick(["EBILAEAD", "ADCBAEAA", "BOMLAEAD", "NBADAEAA"])),
            "reason": G(lambda f: f.pick(["overcharge", "cancelled_within_policy", "service_recovery"])),
        },
    ),
    (
        "track",
        "Guest Registration Submitted",
        "java",
        {
            "submission_id": G(lambda f: f.uuid()),
            "authority": G(lambda f: f.pick(["DET Dubai", "DCT Abu Dhabi", "RAK TDA"])),
            "status": G(lambda f: f.pick(["accepted", "pending", "rejected"])),
            "ramz_al_fundiq": G(lambda f: f.pick(["MRDXB", "MRAUH", "MRRAK"])),
            "ism_kamil": Y(full_name, "name"),
            "al_ism_al_awwal": Y(first, "name"),
            "ism_al_aila": Y(last, "name"),
            "al_ism_bil_arabi": Y(lambda f: f.pick(ARABIC_NAMES), "name"),
            "al_jinsiya": Y(
                lambda f: f.pick(["ARE", "IND", "PAK", "PHL", "GBR", "SAU", "EGY"]), "citizenship"
            ),
            "tareekh_al_milad": Y(dob, "birthdate"),
            "al_jins": Y(lambda f: f.pick(["M", "F", "ذكر", "أنثى"]), "gender"),
            "raqm_al_hawiya": RED(emirates_id, "national id"),
            "raqm_jawaz_al_safar": RED(passport_no, "passport"),
            "naw_al_wathiqa": G(lambda f: f.pick(["passport", "emirates_id", "gcc_id"])),
            "naw_al_tashira": RED(
                lambda f: f.pick(["visit", "residence", "transit", "gcc_national"]), "visa"
            ),
            "raqm_al_jawal": Y(lambda f: phone(f, "ae"), "phone"),
            "al_bareed_al_electroni": Y(lambda f: email(f), "email"),
            "raqm_al_ghurfa": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "tareekh_al_wusul": G(stay_date),
            "tareekh_al_mughadara": G(stay_date),
            "adad_al_nuzala": G(lambda f: f.r.randint(1, 5)),
            "al_imara": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Ras Al Khaimah"])),
        },
    ),
    (
        "track",
        "Talab Khidma",
        "node",
        {
            "naw_al_talab": G(lambda f: f.pick(["housekeeping", "maintenance", "room_service", "concierge"])),
            "raqm_al_ghurfa": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "ism_al_dayf": Y(lambda f: f.pick([full_name(f), f.pick(ARABIC_NAMES)]), "name"),
            "al_risala": G(
                lambda f: f.pick(
                    ["أحتاج مناشف إضافية", "المكيف لا يعمل", "أريد طلب فطور للغرفة", "Need an iron please"]
                )
            ),
            "lugha": G(lambda f: f.pick(["ar", "en"])),
            "ramz_al_fundiq": G(lambda f: f.pick(["MRDXB", "MRAUH", "MRRAK"])),
        },
    ),
    (
        "track",
        "Inbound Message Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.pick(["whatsapp:", ""]) + e164(f), "phone", True),
            "To": G(lambda f: f.pick(["whatsapp:+97143998800", "+6566881234", "+12125550142"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Hi, can I get a late checkout?",
                        "What's the wifi password?",
                        "Is breakfast included?",
                        "Thank you!",
                        "مرحبا",
                    ]
                )
            ),
            "ProfileName": Y(lambda f: f.pick([first(f), full_name(f)]), "name"),
            "WaId": Y(lambda f: e164(f)[1:], "phone", True),
            "NumMedia": G(lambda f: f.pick(["0", "1"])),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Front Desk Call Logged",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(e164, "phone", True),
            "Caller": Y(e164, "phone", True),
            "To": G(lambda f: f.pick(["+97143998800", "+6566881234", "+12125550142"])),
            "Called": G(lambda f: f.pick(["+97143998800", "+6566881234", "+13055550187"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "CallerCountry": G(lambda f: f.pick(["US", "AE", "SG", "GB"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        {
            "recipient": Y(lambda f: email(f), "email", True),
            "subject": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)}, your stay at {hotel_name(f)} is confirmed",
                        f"{first(f)}, check in now and skip the front desk",
                        f"Welcome to Meridia Circle, {first(f)}",
                        f"{first(f)}, you've earned {f.r.randint(500, 9000)} points",
                    ]
                ),
                "name",
                True,
            ),
            "message_id": G(lambda f: f"<{f.hexid(24)}@mail.meridia-hotels.com>"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "to_name": Y(full_name, "name"),
            "category": G(lambda f: f.pick(["confirmation", "pre_arrival", "loyalty", "marketing"])),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "reservations@meridia-hotels.com",
                        "no-reply@meridia-hotels.com",
                        "circle@meridia-hotels.com",
                    ]
                )
            ),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign-in Email Sent",
        "node",
        {
            "recipient": Y(lambda f: email(f), "email", True),
            "template": G(lambda f: "magic_link"),
            "cta_url": RED(
                lambda f: f"https://www.meridia-hotels.com/auth/verify?token={f.hexid(48)}&next=%2Ftrips",
                "token",
                True,
            ),
            "expires_in_min": G(lambda f: f.pick([10, 15, 30])),
        },
    ),
    (
        "track",
        "Purchase Forwarded to Meta",
        "node",
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email|advertising id"),
                "ph": Y(lambda f: f.hexid(64), "phone|advertising id"),
                "fn": Y(lambda f: f.hexid(64), "name|advertising id"),
                "ln": Y(lambda f: f.hexid(64), "name|advertising id"),
                "db": Y(lambda f: f.hexid(64), "birthdate|advertising id"),
                "ct": Y(lambda f: f.hexid(64), "city|advertising id"),
                "country": G(lambda f: hashlib.sha256(f.pick(["us", "ae", "sg", "in"]).encode()).hexdigest()),
                "external_id": G(lambda f: f.hexid(64)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(180, 9000)),
                "currency": G(lambda f: f.pick(["USD", "AED", "SGD"])),
                "content_ids": Many(G(lambda f: f"{hotel_code(f)}-{f.pick(ROOMS)[0]}"), 2),
                "num_nights": G(lambda f: f.r.randint(1, 9)),
            },
        },
    ),
    (
        "track",
        "Mobile Key Issued",
        "go",
        {
            "key_id": G(lambda f: f.uuid()),
            "reservation_id": G(lambda f: f.digits(10)),
            "room_number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "hotel_code": G(hotel_code),
            "lock_vendor": G(lambda f: f.pick(["ASSA ABLOY", "dormakaba", "SALTO"])),
            "endpoint_id": G(lambda f: f.digits(12)),
            "invitation_code": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(4)), "token"),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "shared": G(lambda f: f.pick([True, False])),
            "device_platform": G(lambda f: f.pick(["ios", "android"])),
        },
    ),
    (
        "track",
        "Door Unlocked",
        "go",
        {
            "lock-id": G(lambda f: "LK-" + f.hexid(8).upper()),
            "room-number": G(lambda f: str(f.r.randint(2, 48)) + f"{f.r.randint(1, 40):02d}"),
            "hotel-code": G(hotel_code),
            "result": G(lambda f: f.pick(["granted", "denied_expired", "denied_wrong_room"])),
            "key-id": G(lambda f: f.uuid()),
            "holder-name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Points Earned",
        "ruby",
        {
            "member_number": G(member_no),
            "points": G(lambda f: f.r.randint(100, 40000)),
            "tier": G(lambda f: f.pick(TIERS)),
            "source": G(lambda f: f.pick(["stay", "dining", "spa", "partner_card", "promotion"])),
            "reservation_id": G(lambda f: f.digits(10)),
            "folio_number": G(lambda f: f.lucky_order_number()),
            "posted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Miles Transferred",
        "ruby",
        {
            "member_number": G(member_no),
            "partner_airline": G(
                lambda f: f.pick(
                    [
                        "Emirates Skywards",
                        "Singapore Airlines KrisFlyer",
                        "Etihad Guest",
                        "United MileagePlus",
                    ]
                )
            ),
            "ffp_number": G(
                lambda f: f.pick(
                    ["EK" + f.digits(9), f.digits(10), f.hexid(2).upper() + f.digits(6), "EY" + f.digits(12)]
                )
            ),
            "name_on_ffp_account": Y(lambda f: ascii_fold(full_name(f)).upper(), "name"),
            "miles_credited": G(lambda f: f.r.randint(1000, 30000)),
            "status": G(lambda f: f.pick(["pending", "completed", "failed_name_mismatch"])),
        },
    ),
    (
        "track",
        "Points Gifted",
        "ruby",
        {
            "member_number": G(member_no),
            "recipient_member_number": G(member_no),
            "recipient_email": Y(lambda f: email(f), "email"),
            "recipient_first_name": Y(first, "name"),
            "points": G(lambda f: f.r.randint(1000, 50000)),
            "message": G(
                lambda f: f.pick(
                    ["Enjoy your trip!", "Happy birthday!!", "For the honeymoon x", "Eid Mubarak"]
                )
            ),
            "fee": G(lambda f: f.money(0, 50)),
        },
    ),
    (
        "track",
        "Resident Rate Verified",
        "ruby",
        {
            "verification_method": G(lambda f: f.pick(["Singpass MyInfo", "manual_nric_check"])),
            "uinfin": RED(nric, "national id"),
            "nric_masked": RED(nric_masked, "national id"),
            "myinfo_name": Y(full_name, "name"),
            "residential_status": Y(lambda f: f.pick(["Citizen", "PR", "Foreigner"]), "citizenship"),
            "rate_code": G(lambda f: f.pick(["SGRES", "SGRES-BKFST"])),
            "hotel_code": G(lambda f: f.pick(["MRSIN", "MRSEN"])),
        },
    ),
    (
        "track",
        "Wedding Inquiry Submitted",
        "php",
        {
            "your-name": Y(full_name, "name"),
            "your-email": Y(lambda f: email(f), "email"),
            "your-phone": Y(lambda f: phone(f), "phone"),
            "event-date": G(stay_date),
            "guest-count": G(lambda f: f.pick(["50-100", "100-200", "200+", "under 50"])),
            "event-type": G(lambda f: f.pick(["wedding", "engagement", "mehndi", "corporate_gala"])),
            "venue-preference": G(
                lambda f: f.pick(["beach lawn", "grand ballroom", "rooftop", "no preference"])
            ),
            "budget-range": G(lambda f: f.pick(["AED 100k-250k", "SGD 50k-80k", "USD 30k-60k"])),
            "your-message": G(
                lambda f: f.pick(
                    [
                        "We are planning a March wedding for about 150 guests.",
                        "Do you allow outside caterers?",
                        "Looking for a sunset ceremony on the beach",
                        "Please send your 2025 packages",
                    ]
                )
            ),
            "_wpcf7": G(lambda f: f.pick(["1482", "1490"])),
            "_wpcf7_version": G(lambda f: f.pick(["5.9.3", "5.9.5", "5.8.7"])),
            "_wpcf7_locale": G(lambda f: f.pick(["en_US", "ar", "en_GB"])),
            "_wpcf7_unit_tag": G(lambda f: f"wpcf7-f{f.pick(['1482', '1490'])}-p{f.digits(3)}-o1"),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "php",
        {
            "email": Y(lambda f: email(f), "email"),
            "list_id": G(lambda f: f.pick(["circle_offers", "uae_residents", "sg_staycations"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "source_form": G(lambda f: f.pick(["footer", "exit_intent", "blog"])),
            "consent_text_version": G(lambda f: f.pick(["v3", "v4", "v4-ar"])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    ("alias", None, "web", {}),
]

WEIGHTS = {"identify": 2, "page": 2, "screen": 2, "alias": 1}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    templates = WEB + GUEST_APP + CORPORATE + STAFF + SERVER
    for _ in range(repeats):
        for kind, name, client, body in templates:
            for _ in range(WEIGHTS.get(kind, 1)):
                chosen = f.pick(client) if isinstance(client, tuple) else client
                user_id = f.pick(["", "", member_no(f), f.uuid()])
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                }
                if user_id or kind in ("alias", "identify", "group"):
                    msg["userId"] = user_id or member_no(f)
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "acct_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                template = body(f) if callable(body) else body
                if template:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(template, f, section, labels)
                msg["context"] = render(CONTEXTS[chosen](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=91, repeats=22)
    write(Path(__file__).parent, "holdout91_", events, labels)
