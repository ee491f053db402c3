"""Writes holdout94: tests/corpus/holdout94_events.jsonl and holdout94_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md, build.py, fake.py and build_holdout3.py
(for format) only, without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders, and without running the engine on these events.

Covers a charity and nonprofit platform in the UK, the US and Kenya: one-off and recurring
donations (Stripe cards, UK Direct Debit through GoCardless, US ACH, M-Pesa STK push and C2B
Paybill callbacks), UK Gift Aid declarations (English and Welsh forms), in-memory and tribute
gifts, fundraising pages and sponsorship webhooks, Zakat giving, volunteer sign-ups with DBS
checks, US background checks and emergency contacts, volunteer shifts, hours and drivers, event
registrations (runs, galas) with dietary, medical and access needs, beneficiaries' intake and
case notes (UK, US, Kenyan field officers), debt-advice bookings, legacy pledges, campaigning
petitions, animal adoptions, hiring, the charity shop (e-commerce spec), e-mail and SMS vendor
webhooks (Postmark, SendGrid, Twilio), ad-platform conversions (Meta CAPI) and reverse-ETL
identify calls from the warehouse. identify, track, page, screen, group and alias calls carry the
context blocks of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET services,
M-Pesa, Postmark, Twilio), kebab-case (an embeddable widget, SendGrid's `smtp-id`),
SCREAMING_SNAKE (warehouse syncs), Swahili (Kenyan donation and field-officer apps) and Welsh
(bilingual Gift Aid form) keys. Values are fake but shaped like real ones: names from British,
South Asian, West and East African, Hispanic, Vietnamese, Japanese and other cultures; UK, US and
Kenyan phone formats; UK postcodes, US ZIP(+4) codes, Kenyan postal codes; valid-checksum NHS
numbers (mod 11), US routing numbers (ABA), Luhn card numbers, mod-97 IBANs; structurally valid
National Insurance numbers, SSNs, Medicare MBIs and UK driving licence numbers.

Labelling (the Privacy Portal's default colours): each leaf path gets classification, type (the
reference's matcher name, or bank account / geolocation / secret / national id / health id /
advertising id / credit card / password / ip / token / visa ...; `a|b` when either is fair) and
value_only (the key does not say what the value is). PII is personal data about a natural person:
the user, a recipient, a contact, a dependant, a staff member, a beneficiary, a person honoured.
Reference colours for its matchers; outside it red for credentials, secrets, card numbers, bank
accounts, government ids and health ids, yellow otherwise. Green: ids we or a vendor issue
(supporter, order, mandate, Stripe customer and payment-intent ids, M-Pesa receipt numbers,
checkout request ids), versions, timestamps, amounts, enums, counters and booleans under
PII-sounding keys, product/plan/company/charity/venue/pet names, places that are not the person's
(a venue, a distribution point, a county), country, locale, timezone, currency, user agents,
OS-issued device ids; card brand, last four, expiry; sort codes and routing numbers; a business's
own phone, e-mail and address (venue, vet practice, funeral director, role mailboxes, the charity's
Twilio number, proxy numbers); UUID tokens (Places session token, appAccountToken); e-mail
Message-IDs. Policy rows applied as written: supporter/member numbers, ages and age bands,
marital status, job titles and employers green; insurance policy numbers `identification`,
prescription numbers `medication`, pay and income `salary`, credit scores `credit score`, vehicle
plates `license`, gclid/fbclid/fbp/fbc `advertising id`, billing addresses `address` (yellow);
Stripe `pm_` ids, one-time codes, sign-in link tokens, client secrets (`token`/`secret`), NHS and
Medicare numbers (`health id`), identity-document and national numbers (`national id`), answers
about immigration status, the right to work or visa sponsorship (`visa`) red. Booleans and enums
that reveal a special category are PII of that category (access needs: disability, red; veteran
status: red; party support: political opinion; union membership: trade union; Islamic giving
categories: religion; health needs: condition, yellow).

Judgement calls (what a careful privacy owner at a mid-size charity would want flagged):
- dietary requirements that mix allergies, coeliac disease and halal/kosher diets are yellow
  `allergy|religion`;
- an honorific title on a Gift Aid declaration (Mr, Mrs, Ms, Dr, Rev) is part of the name HMRC
  records and reveals gender: yellow `name|gender`;
- hashed e-mails and phones sent for ad matching (Meta CAPI `em`, `ph`) are still personal data
  meant to identify the person: yellow `email` / `phone`;
- a fundraising page's short name and title are built from the fundraiser's name in every value:
  yellow `name`, value_only;
- DBS check status is a process enum (submitted, in progress, issued): green; the DBS
  certificate number is yellow `certificate`;
- a push-notification token in `context.device.token` is red `token`, as in the other corpora;
- geo-IP city in `context.location.city` is the person's approximate location: yellow `city`;
- a beneficiary's village or estate is the person's locality: yellow `city`.
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries (each such generator always inserts it), green when none does.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers per country ---------------------------------------------------------

FIRST = {
    "GB": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Siobhan",
        "Callum",
        "Rhys",
        "Eleri",
        "Aled",
        "Niamh",
        "Priya",
        "Aarav",
        "Mohammed",
        "Aisha",
        "Zainab",
        "Tariq",
        "Chidi",
        "Adaeze",
        "Morag",
        "Ewan",
        "Agnieszka",
        "Dylan",
        "Charlotte",
        "Kofi",
    ],
    "US": [
        "Jamal",
        "Keisha",
        "Tyler",
        "Madison",
        "Carlos",
        "Guadalupe",
        "Ximena",
        "Linh",
        "Minh",
        "Hiroshi",
        "DeShawn",
        "Aaliyah",
        "Ethan",
        "Hannah",
        "Samuel",
        "Kayla",
        "José",
        "Rivka",
        "Dakota",
        "Mei-Ling",
        "Brandon",
        "Fatoumata",
    ],
    "KE": [
        "Wanjiku",
        "Njeri",
        "Wambui",
        "Akinyi",
        "Achieng",
        "Atieno",
        "Chebet",
        "Jepkoech",
        "Kiprono",
        "Otieno",
        "Ochieng",
        "Kamau",
        "Mwangi",
        "Mutua",
        "Faith",
        "Mercy",
        "Brian",
        "Kevin",
        "Fatuma",
        "Hassan",
        "Amina",
        "Baraka",
        "Zawadi",
        "Nafula",
    ],
}
LAST = {
    "GB": [
        "Jones",
        "Williams",
        "Evans",
        "Hughes",
        "Patel",
        "Begum",
        "Khan",
        "Ahmed",
        "Thompson",
        "Wright",
        "MacLeod",
        "Campbell",
        "O'Connor",
        "Adeyemi",
        "Okonkwo",
        "Kowalczyk",
        "Taylor",
        "Davies",
        "Li",
        "ap Gruffydd",
        "Mensah",
        "Fitzgerald",
    ],
    "US": [
        "Johnson",
        "Washington",
        "Hernández",
        "Rodríguez",
        "Nguyen",
        "Kim",
        "Goldberg",
        "Schwartz",
        "Murphy",
        "Jackson",
        "Lopez",
        "Tran",
        "Yamamoto",
        "Begay",
        "Kowalski",
        "Miller",
        "Diallo",
        "Okafor",
        "Romero",
        "Chen",
    ],
    "KE": [
        "Kamau",
        "Mwangi",
        "Otieno",
        "Odhiambo",
        "Ochieng",
        "Kiprotich",
        "Cheruiyot",
        "Mutua",
        "Njoroge",
        "Wafula",
        "Wekesa",
        "Omondi",
        "Kariuki",
        "Mohamed",
        "Abdi",
        "Were",
        "Korir",
        "Kimani",
        "Nyambura",
        "Onyango",
    ],
}
MAIL_DOMAINS = {
    "GB": ["example.co.uk", "mail.example.co.uk", "example.com", "post.example.org"],
    "US": ["example.com", "example.net", "inbox.example.org", "mail.example.us"],
    "KE": ["example.co.ke", "example.com", "mail.example.co.ke", "example.org"],
}
STREETS = {
    "GB": [
        "Victoria Road",
        "Church Lane",
        "High Street",
        "Station Road",
        "Mill Lane",
        "Heol y Parc",
        "Acacia Avenue",
        "Wilmslow Road",
        "Harehills Lane",
        "Byres Road",
    ],
    "US": [
        "Maple Ave",
        "W 34th St",
        "Lincoln Blvd",
        "Peachtree Rd NE",
        "Elm Street",
        "N Broadway",
        "Lake Shore Dr",
        "Cedar Lane",
        "MLK Jr Way",
    ],
    "KE": [
        "Ngong Road",
        "Moi Avenue",
        "Kenyatta Avenue",
        "Oginga Odinga Street",
        "Jogoo Road",
        "Nyerere Road",
        "Kimathi Street",
        "Oloitokitok Road",
    ],
}
CITIES = {
    "GB": [
        "Manchester",
        "Leeds",
        "Cardiff",
        "Glasgow",
        "Bristol",
        "Birmingham",
        "Belfast",
        "Swansea",
        "Norwich",
        "Leicester",
        "Bradford",
        "Brighton",
    ],
    "US": [
        "Atlanta",
        "Chicago",
        "Houston",
        "Minneapolis",
        "Oakland",
        "Brooklyn",
        "Phoenix",
        "Seattle",
        "Baltimore",
        "Detroit",
        "Albuquerque",
    ],
    "KE": ["Nairobi", "Kisumu", "Mombasa", "Eldoret", "Nakuru", "Thika", "Machakos", "Kitale", "Kakamega"],
}
US_STATES = ["GA", "IL", "TX", "MN", "CA", "NY", "AZ", "WA", "MD", "MI", "NM"]
KE_COUNTIES = [
    "Nairobi",
    "Kisumu",
    "Mombasa",
    "Uasin Gishu",
    "Nakuru",
    "Kiambu",
    "Machakos",
    "Siaya",
    "Garissa",
]
KE_VILLAGES = [
    "Kibera",
    "Kondele",
    "Kariobangi",
    "Nyalenda",
    "Mathare",
    "Bondo",
    "Ugunja",
    "Likoni",
    "Kapsabet",
]
UK_AREAS = ["M", "LS", "CF", "G", "BS", "B", "BT", "SA", "NR", "LE", "BD", "BN", "E", "SW", "N"]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def cc(f: Fake) -> str:
    return getattr(f, "cc", "GB")


def first(f: Fake) -> str:
    return f.pick(FIRST[cc(f)])


def last(f: Fake) -> str:
    return f.pick(LAST[cc(f)])


def full_name(f: Fake) -> str:
    if cc(f) == "KE" and f.r.random() < 0.4:
        return f"{first(f)} {f.pick(FIRST['KE'])} {last(f)}"
    return f"{first(f)} {last(f)}"


def ascii_fold(text: str) -> str:
    table = str.maketrans("áéíóúñÁÉÍÓÚ", "aeiounAEIOU")
    return text.translate(table).replace("'", "").replace(" ", "").replace("-", "").lower()


def email(f: Fake) -> str:
    user, fam = ascii_fold(first(f)), ascii_fold(last(f))
    shape = f.r.randint(0, 4)
    local = [
        f"{user}.{fam}",
        f"{user}{fam[:1]}{f.r.randint(1, 99)}",
        f"{user[:1]}{fam}",
        f"{fam}.{user}{f.r.randint(70, 99)}",
        f"{user}_{fam}",
    ][shape]
    return f"{local}@{f.pick(MAIL_DOMAINS[cc(f)])}"


def phone(f: Fake, country: str | None = None) -> str:
    country = country or cc(f)
    r = f.r
    if country == "GB":
        body = f"{r.randint(300, 999)}{r.randint(100000, 999999)}"
        return f.pick(
            [
                f"07{body[:3]} {body[3:]}",
                f"+447{body}",
                f"+44 7{body[:3]} {body[3:]}",
                f"020 7946 0{r.randint(100, 999)}",
                f"0161 496 0{r.randint(100, 999)}",
                f"+44 (0)7{body[:3]} {body[3:]}",
            ]
        )
    if country == "KE":
        pre = f.pick(["70", "71", "72", "74", "79", "11", "10"])
        rest = f"{r.randint(1, 9)}{r.randint(100000, 999999)}"
        return f.pick(
            [
                f"+254 {pre}{rest[0]} {rest[1:4]} {rest[4:]}",
                f"0{pre}{rest}",
                f"254{pre}{rest}",
                f"+254-{pre}{rest[0]}-{rest[1:]}",
            ]
        )
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def ke_msisdn(f: Fake) -> int:
    return int("2547" + str(f.r.randint(0, 9)) + f.digits(7))


def street(f: Fake) -> str:
    n = f.r.randint(1, 240)
    if cc(f) == "GB":
        return f.pick(
            [
                f"{n} {f.pick(STREETS['GB'])}",
                f"Flat {f.r.randint(1, 30)}, {n} {f.pick(STREETS['GB'])}",
                f"{f.pick(['Rose Cottage', 'The Old Rectory', 'Ty Gwyn'])}, {f.pick(STREETS['GB'])}",
            ]
        )
    if cc(f) == "KE":
        return f.pick([f"{f.pick(STREETS['KE'])}, House {n}", f"P.O. Box {f.r.randint(100, 99999)}"])
    return f.pick(
        [
            f"{f.r.randint(10, 9999)} {f.pick(STREETS['US'])}",
            f"{f.r.randint(10, 999)} {f.pick(STREETS['US'])} Apt {n}",
        ]
    )


def house(f: Fake) -> str:
    return f.pick(
        [
            str(f.r.randint(1, 240)),
            f"{f.r.randint(1, 99)}a",
            "Rose Cottage",
            "Flat 4",
            "The Old Barn",
            "Ty Gwyn",
        ]
    )


def city(f: Fake) -> str:
    return f.pick(CITIES[cc(f)])


def uk_postcode(f: Fake) -> str:
    area = f.pick(UK_AREAS)
    district = str(f.r.randint(1, 28 if len(area) == 1 else 19))
    inward = f"{f.r.randint(0, 9)}{f.pick(POSTCODE_LETTERS)}{f.pick(POSTCODE_LETTERS)}"
    return f.pick([f"{area}{district} {inward}", f"{area}{district}{inward}"])


def postcode(f: Fake) -> str:
    if cc(f) == "GB":
        return uk_postcode(f)
    if cc(f) == "KE":
        return f.pick(["00100", "40100", "80100", "30100", "20100", "01000", "00200", "00610"])
    zip5 = f"{f.r.randint(1001, 99950):05d}"
    return zip5 if f.r.random() < 0.7 else f"{zip5}-{f.r.randint(1, 9999):04d}"


def dob(f: Fake, start: int = 1940, end: int = 2006) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    if cc(f) == "GB":
        return f"{d:02d}/{m:02d}/{y}"
    if cc(f) == "US":
        return f.pick([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    return f"{y}-{m:02d}-{d:02d}"


def date_iso(f: Fake, start: int = 2024, end: int = 2025) -> str:
    return f"{f.r.randint(start, end)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def alnum(
    f: Fake, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def upper_alnum(f: Fake, n: int) -> str:
    return alnum(f, n, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def ni_number(f: Fake) -> str:
    prefix = f.pick(["AB", "CE", "JG", "KL", "MN", "PR", "SH", "TW", "WL", "NE", "ZA", "RA"])
    digits = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick("ABCD")
    if f.r.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        digits = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def medicare_mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum_ = letters + "0123456789"
    raw = (
        str(f.r.randint(1, 9))
        + f.pick(letters)
        + f.pick(alnum_)
        + str(f.r.randint(0, 9))
        + f.pick(letters)
        + f.pick(alnum_)
        + str(f.r.randint(0, 9))
        + f.pick(letters)
        + f.pick(letters)
        + str(f.r.randint(0, 9))
        + str(f.r.randint(0, 9))
    )
    return raw if f.r.random() < 0.5 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def aba_routing(f: Fake) -> str:
    while True:
        d = [
            int(c) for c in f"{f.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31]):02d}" + f.digits(6)
        ]
        for last_digit in range(10):
            full = [*d, last_digit]
            total = (
                3 * (full[0] + full[3] + full[6])
                + 7 * (full[1] + full[4] + full[7])
                + full[2]
                + full[5]
                + full[8]
            )
            if total % 10 == 0:
                return "".join(map(str, full))


def sort_code(f: Fake) -> str:
    bank = f.pick(["20", "40", "30", "60", "77", "09", "11", "83"])
    return f"{bank}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def uk_account(f: Fake) -> str:
    return f"{f.r.randint(10000000, 99999999)}"


def uk_driving_licence(f: Fake) -> str:
    surname = ascii_fold(f.pick(LAST["GB"])).upper()[:5].ljust(5, "9")
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    m += 50 if f.r.random() < 0.5 else 0
    initials = (f.pick("ABCDEFGHJKLMNPRSTW") + f.pick("ABCDEFGHJKLMNPRSTW9")).upper()
    return f"{surname}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{initials}{f.r.randint(0, 9)}{upper_alnum(f, 2)}"


def us_driver_license(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick('ABDFGHJKLMNPRSTW')}{f.digits(7)}",
            f"{f.pick('ABDFGHJKLMNPRSTW')}{f.digits(3)}-{f.digits(4)}-{f.digits(4)}",
            f.digits(9),
        ]
    )


def plate(f: Fake) -> str:
    if cc(f) == "KE":
        series = f.pick(["CA", "CB", "DA", "DG", "BZ"])
        return f"K{series} {f.r.randint(100, 999)}{f.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    if cc(f) == "US":
        return f"{f.r.randint(1, 9)}{alnum(f, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{f.r.randint(100, 999)}"
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return f"{alnum(f, 2, letters)}{f.r.randint(10, 74):02d} {alnum(f, 3, letters)}"


def kenyan_id(f: Fake) -> str:
    return str(f.r.randint(20000000, 39999999))


def kra_pin(f: Fake) -> str:
    return f"A0{f.digits(8)}{f.pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def dbs_certificate(f: Fake) -> str:
    return "00" + f.digits(10)


def stripe_pm(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def stripe_cus(f: Fake) -> str:
    return "cus_" + alnum(f, 14)


def gclid(f: Fake) -> str:
    return (
        "Cj0KCQjw" + alnum(f, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "_BwE"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 57, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def mpesa_receipt(f: Fake) -> str:
    return f.pick(["S", "R", "Q", "T"]) + upper_alnum(f, 9)


def mpesa_time(f: Fake) -> int:
    r = f.r
    day = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return int(f"{day}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}")


def sha256_hex(f: Fake) -> str:
    return f.hexid(64)


def ip(f: Fake) -> str:
    if cc(f) == "KE" and f.r.random() < 0.6:
        return (
            f"{f.pick(['41.90', '105.160', '197.232', '102.68'])}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
        )
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def currency(f: Fake) -> str:
    return {"GB": "GBP", "US": "USD", "KE": "KES"}[cc(f)]


def amount(f: Fake) -> float:
    if cc(f) == "KE":
        return float(f.pick([50, 100, 200, 250, 500, 1000, 1500, 2000, 5000]))
    return f.pick([5.0, 10.0, 15.0, 20.0, 25.0, 50.0, 100.0, f.money(3, 250)])


def uk_date(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2023, 2025)}"


# -- free text that always carries the personal data it is labelled with ----------------------------


def tribute_message(f: Fake) -> str:
    name = first(f)
    return f.pick(
        [
            f"Thinking of you all at this sad time. With love, {name}",
            f"In loving memory of {name}, who never stopped smiling.",
            f"Happy 60th birthday {name}! A gift to the hospice in your name x",
            f"For {name} {last(f)}, forever in our hearts.",
            f"Dear {name}, congratulations on your retirement from all at the office.",
        ]
    )


def sponsor_message(f: Fake) -> str:
    name = first(f)
    return f.pick(
        [
            f"Go {name}! You've got this",
            f"Proud of you {name} - love Mum and Dad",
            f"Good luck {name}, from the {last(f)} family",
            f"Smash it {name}!!",
            f"Well done {name}, see you at the finish line",
        ]
    )


def fundraiser_story(f: Fake) -> str:
    who = f.pick(["my dad", "my mum", "my wife", "my best friend", "my grandad", "my little brother"])
    name = first(f)
    condition = f.pick(
        ["Parkinson's", "motor neurone disease", "bowel cancer", "dementia", "a stroke", "leukaemia"]
    )
    return f.pick(
        [
            f"I'm running for {who} {name}, who was diagnosed with {condition} in 2021.",
            f"This one's for {name}. After {condition} took {who} last year I promised to do something.",
            f"{who.capitalize()} {name} is living with {condition} and the nurses have been amazing.",
        ]
    )


def case_note(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"Met {name} at the drop-in; referred to housing team and food bank.",
            f"Phoned {name} to follow up on the energy voucher. No answer, left voicemail.",
            f"{name} attended with her two children. Needs help with Universal Credit claim.",
            f"Home visit to {name}. Damp in the flat, landlord not responding.",
            f"{name} is anxious about the tribunal date; booked advocate.",
        ]
    )


def field_officer_note(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"Nimemtembelea {name}, amepokea chakula cha mwezi.",
            f"{name} hakuwepo nyumbani, jirani atampa ujumbe.",
            f"Visited {name}; water tank installed, family of six.",
            f"{name} requests school fees support for two children.",
        ]
    )


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, I need to update my card, can you call me on {phone(f)}",
            f"Please send my Gift Aid statement to {email(f)}",
            f"I changed my number to {phone(f)}, please update my direct debit reminders",
            f"my receipt never arrived, I used {email(f)} when I donated",
        ]
    )


def sms_body(f: Fake) -> str:
    return f.pick(["STOP", "DONATE 5", "DONATE 10", "YES", "HELP", "Thank you!", "GIFTAID", "NO"])


def feedback_comment(f: Fake) -> str:
    return f.pick(
        [
            "Easy to donate, thank you.",
            "The page took ages to load on my phone",
            "Would like a PayPal option",
            "",
            "Lovely event, well organised",
            "Receipt email went to spam",
        ]
    )


def unsubscribe_link(f: Fake) -> str:
    return (
        f"https://email.example-charity.org.uk/unsubscribe?e={email(f).replace('@', '%40')}&list="
        + f.pick(["appeals", "events", "newsletter"])
    )


def login_link(f: Fake) -> str:
    token = alnum(f, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return f"https://my.example-charity.org.uk/auth/verify?token={token}"


def pick_list(*items):
    return lambda f: f.pick(list(items))


# -- contexts of the client libraries --------------------------------------------------------------

PAGES = [
    ("/donate", "Donate | Hope Together"),
    ("/donate/monthly", "Give monthly | Hope Together"),
    ("/fundraise/london-marathon", "London Marathon 2025 | Hope Together"),
    ("/volunteer", "Volunteer with us | Hope Together"),
    ("/gift-aid", "Gift Aid | Hope Together"),
    ("/in-memory", "Give in memory | Hope Together"),
    ("/events/winter-gala", "Winter Gala | Hope Together"),
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def locale_for(f: Fake) -> str:
    return {
        "GB": f.pick(["en-GB", "en-GB", "cy-GB"]),
        "US": f.pick(["en-US", "es-US"]),
        "KE": f.pick(["en-KE", "sw-KE"]),
    }[cc(f)]


def tz_for(f: Fake) -> str:
    return {
        "GB": "Europe/London",
        "US": f.pick(["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]),
        "KE": "Africa/Nairobi",
    }[cc(f)]


def web_context(f: Fake):
    page = f.pick(PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.64.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://l.facebook.com/", "https://t.co/"])
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?appeal=XMAS24", "?ref=homepage"]
                )
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://www.example-charity.org.uk" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick_list("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick_list("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(pick_list("Windows", "macOS", "Android")),
        },
        "locale": G(locale_for),
        "timezone": G(tz_for),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(pick_list("xmas24_emergency", "ramadan_2024", "marathon_recruit", "legacy_awareness")),
            "source": G(pick_list("google", "facebook", "newsletter", "instagram")),
            "medium": G(pick_list("cpc", "email", "paid_social", "organic")),
            "term": G(pick_list("donate to charity", "gift aid", "charity run places", "")),
            "content": G(pick_list("hero_banner", "video_a", "text_link")),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Hope Together"),
            "version": G(pick_list("4.2.0", "4.3.1", "4.3.2")),
            "build": G(pick_list("420", "431", "432")),
            "namespace": G(lambda f: "org.hopetogether.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick_list("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone12,8")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick_list("1.5.11", "1.6.0"))},
        "locale": G(locale_for),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(pick_list("17.4.1", "16.7.7", "17.5"))},
        "screen": {"width": G(pick_list(390, 393, 428)), "height": G(pick_list(844, 852, 926))},
        "timezone": G(tz_for),
        "traits": {
            "anonymousId": G(lambda f: f.uuid().upper()),
            "userId": G(lambda f: "sup_" + f.digits(7)),
            "email": Y(email, "email"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Hope Together"),
            "version": G(pick_list("4.2.0", "4.3.1", "4.3.2")),
            "build": G(pick_list("4200", "4310", "4320")),
            "namespace": G(lambda f: "org.hopetogether.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick_list("samsung", "Google", "TECNO", "Infinix")),
            "model": G(pick_list("SM-A146B", "Pixel 7", "TECNO KI5q", "Infinix X6831")),
            "name": G(pick_list("a14", "panther", "TECNO-KI5q")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(pick_list("1.16.0", "1.15.2"))},
        "locale": G(locale_for),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(pick_list("Safaricom", "Airtel KE", "EE", "Vodafone UK", "T-Mobile")),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick_list("13", "14", "12"))},
        "screen": {
            "density": G(pick_list(2.0, 2.625, 3.0)),
            "width": G(pick_list(720, 1080)),
            "height": G(pick_list(1600, 2400)),
        },
        "timezone": G(tz_for),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 13; "
                + f.pick(["SM-A146B", "TECNO KI5q"])
                + " Build/TP1A.220624.014)"
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "sup_" + f.digits(7)),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Hope Volunteers"),
            "version": G(pick_list("2.8.0", "2.9.1", "2.9.3")),
            "build": G(pick_list("280", "291", "293")),
            "namespace": G(lambda f: "org.hopetogether.volunteers"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick_list("Apple", "samsung", "Google")),
            "model": G(pick_list("iPhone14,7", "SM-G991B", "Pixel 6a")),
            "type": G(pick_list("ios", "android")),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(pick_list("2.19.1", "2.20.0")),
        },
        "locale": G(locale_for),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(pick_list("iOS", "Android")), "version": G(pick_list("17.4", "14", "16.6"))},
        "screen": {"width": G(pick_list(390, 412)), "height": G(pick_list(844, 915))},
        "timezone": G(tz_for),
        "ip": Y(ip, "ip"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "firstName": Y(first, "name"),
            "email": Y(email, "email"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Shamba Care"),
            "version": G(pick_list("1.4.0", "1.4.2", "1.5.0")),
            "build": G(pick_list("40", "42", "50")),
            "namespace": G(lambda f: "ke.hopetogether.shamba"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick_list("TECNO", "samsung", "Infinix", "itel")),
            "model": G(pick_list("TECNO KI5q", "SM-A055F", "Infinix X6525", "itel A665L")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(pick_list("1.1.2", "1.1.4"))},
        "locale": G(lambda f: f.pick(["sw-KE", "en-KE", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(pick_list("Safaricom", "Airtel KE", "Telkom Kenya")),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick_list("11", "12", "13"))},
        "screen": {
            "density": G(pick_list(1.5, 2.0, 2.75)),
            "width": G(pick_list(720, 1080)),
            "height": G(pick_list(1600, 1612, 2400)),
        },
        "timezone": G(lambda f: "Africa/Nairobi"),
        "ip": Y(ip, "ip"),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-4.5, 1.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(34.0, 40.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.8, 1.4])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "phone": Y(phone, "phone")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def make(f: Fake):
        ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "dotnet"):
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if lib == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            ctx["active"] = G(lambda f: False)
        if lib == "python":
            ctx["traits"] = {"email": Y(email, "email"), "supporter_number": G(lambda f: "HT" + f.digits(8))}
        if lib == "ruby":
            ctx["location"] = {
                "city": Y(city, "city"),
                "country": G(lambda f: {"GB": "United Kingdom", "US": "United States", "KE": "Kenya"}[cc(f)]),
            }
        if lib == "java":
            ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_LIBS:
    CONTEXTS[_lib] = server_context(_lib)

MOBILE = ["swift", "kotlin"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]


# -- reusable shapes ------------------------------------------------------------------------------

DONATION_PRODUCTS = [
    ("DON-ONEOFF", "One-off donation", "Donation"),
    ("DON-MONTHLY", "Monthly gift", "Regular giving"),
    ("DON-EMERG-GAZA", "Emergency appeal", "Appeal"),
    ("DON-WATER-KE", "Clean water for Turkana", "Appeal"),
    ("DON-WINTER", "Winter warmth pack", "Gift"),
]


def donation_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(DONATION_PRODUCTS)[0] + "-" + currency(f)),
        "name": G(lambda f: f.pick(DONATION_PRODUCTS)[1]),
        "category": G(lambda f: f.pick(DONATION_PRODUCTS)[2]),
        "price": G(amount),
        "quantity": G(lambda f: 1),
        "variant": G(pick_list("one-off", "monthly", "annual")),
    }


SHOP_ITEMS = [
    ("Pre-loved Barbour wax jacket", "Clothing"),
    ("Vintage Pyrex bowl set", "Homeware"),
    ("Signed Tolkien first edition", "Books"),
    ("Charity Christmas cards (10 pack)", "Cards"),
    ("Hope Together tote bag", "Merchandise"),
    ("Kenyan beaded bracelet", "Fair trade"),
]


def shop_product():
    return {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(lambda f: f"HT-{f.r.randint(1000, 9999)}-{f.pick(['A', 'B', 'C'])}"),
        "name": G(lambda f: f.pick(SHOP_ITEMS)[0]),
        "category": G(lambda f: f.pick(SHOP_ITEMS)[1]),
        "brand": G(pick_list("Barbour", "Pyrex", "Hope Together", "Kazuri")),
        "condition": G(pick_list("new", "good", "very good", "fair")),
        "price": G(lambda f: f.money(2, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://shop.example-charity.org.uk/p/{f.r.randint(100000, 999999)}"),
        "image_url": G(lambda f: f"https://cdn.example-charity.org.uk/shop/{f.hexid(12)}.jpg"),
    }


def address_block():
    return {
        "line1": Y(street, "address|street"),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(cc),
    }


# -- events ---------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, countries, body)

EVENTS = [
    # -- pages and screens ------------------------------------------------------------------------
    (
        "page",
        "Donate",
        ["web"],
        ["GB", "US", "KE"],
        {
            "path": G(pick_list("/donate", "/donate/monthly", "/appeals/winter")),
            "url": G(
                lambda f: (
                    "https://www.example-charity.org.uk"
                    + f.pick(["/donate", "/donate/monthly", "/appeals/winter"])
                )
            ),
            "title": G(pick_list("Donate | Hope Together", "Give monthly | Hope Together", "Winter appeal")),
            "referrer": G(pick_list("https://www.google.com/", "", "https://www.facebook.com/")),
            "search": G(pick_list("", "?amount=25", "?appeal=XMAS24&utm_source=email")),
            "name": G(lambda f: "Donate"),
            "category": G(pick_list("Giving", "Appeals")),
        },
    ),
    (
        "screen",
        "Donation Receipt",
        MOBILE,
        ["GB", "US", "KE"],
        {
            "name": G(lambda f: "Donation Receipt"),
            "donation_id": G(lambda f: "don_" + f.hexid(20)),
            "receipt_number": G(lambda f: f"R-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "shown_gift_aid_upsell": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Kipindi cha Ziara",
        ["flutter"],
        ["KE"],
        {
            "name": G(lambda f: "Kipindi cha Ziara"),
            "visit_id": G(lambda f: f.uuid()),
            "offline_queue_length": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # -- donations ----------------------------------------------------------------------------------
    (
        "track",
        "Donation Amount Selected",
        ["web", "swift", "kotlin"],
        ["GB", "US", "KE"],
        {
            "amount": G(amount),
            "currency": G(currency),
            "frequency": G(pick_list("one_off", "monthly", "annual")),
            "preset": G(lambda f: f.pick([True, False])),
            "appeal_code": G(pick_list("XMAS24-EM", "WATER-KE-24", "WINTER-UK-24", "GEN-WEB")),
            "fund": G(pick_list("Where needed most", "Clean water", "Winter appeal", "Children's services")),
            "step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        ["GB", "US"],
        {
            "order_id": G(lambda f: "don_" + f.hexid(20)),
            "affiliation": G(pick_list("Website", "Emergency landing page")),
            "value": G(amount),
            "revenue": G(amount),
            "currency": G(currency),
            "coupon": G(pick_list("", "MATCH2X", "")),
            "products": Many(donation_product(), 2),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        ["GB", "US"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "don_" + f.hexid(20)),
            "total": G(amount),
            "revenue": G(amount),
            "currency": G(currency),
            "payment_method": G(pick_list("card", "paypal", "apple_pay", "google_pay")),
            "card_brand": G(pick_list("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "stripe_customer_id": G(stripe_cus),
            "stripe_payment_method": RED(stripe_pm, "token"),
            "payment_intent_id": G(lambda f: "pi_3" + alnum(f, 23)),
            "receipt_email": Y(email, "email"),
            "donor": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "billing_address": address_block(),
            "gift_aid": G(lambda f: f.pick([True, False])),
            "anonymous_donation": G(lambda f: f.pick([True, False])),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "products": Many(donation_product(), 2),
        },
    ),
    (
        "track",
        "Payment Intent Created",
        ["node"],
        ["GB", "US"],
        {
            "payment_intent": G(lambda f: "pi_3" + alnum(f, 23)),
            "client_secret": RED(lambda f: "pi_3" + alnum(f, 23) + "_secret_" + alnum(f, 25), "secret|token"),
            "amount_minor": G(lambda f: f.r.randint(300, 50000)),
            "capture_method": G(pick_list("automatic", "manual")),
            "livemode": G(lambda f: True),
        },
    ),
    (
        "track",
        "Donation Form Error",
        ["web"],
        ["GB", "US"],
        {
            "form_id": G(pick_list("donate-main", "donate-embed", "appeal-xmas")),
            "field": G(lambda f: "cardNumber"),
            "error": G(pick_list("card_declined", "incorrect_number", "expired_card", "processing_error")),
            "input": RED(lambda f: f.card(), "credit card", True),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        ["python", "web"],
        ["GB"],
        {
            "mandate_id": G(lambda f: "MD000" + upper_alnum(f, 10)),
            "gocardless_customer": G(lambda f: "CU000" + upper_alnum(f, 10)),
            "account_holder_name": Y(full_name, "name"),
            "bank_account_number": RED(uk_account, "bank account"),
            "sort_code": G(sort_code),
            "bank_name": G(pick_list("Barclays", "NatWest", "HSBC UK", "Nationwide", "Monzo")),
            "monthly_amount": G(amount),
            "collection_day": G(lambda f: f.pick([1, 15, 28])),
            "first_collection_date": G(date_iso),
            "sole_signatory": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recurring Donation Created",
        ["dotnet"],
        ["US", "GB"],
        {
            "DonorId": G(lambda f: f.r.randint(100000, 9999999)),
            "RecurringGiftId": G(lambda f: f.uuid()),
            "Amount": G(amount),
            "CurrencyCode": G(currency),
            "Frequency": G(pick_list("Monthly", "Quarterly", "Annually")),
            "StartDate": G(lambda f: date_iso(f) + "T00:00:00"),
            "PaymentType": G(pick_list("ACH", "CreditCard", "DirectDebit")),
            "AccountHolderName": Y(full_name, "name"),
            "RoutingNumber": G(aba_routing),
            "AccountNumber": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "AccountType": G(pick_list("Checking", "Savings")),
            "IsMatchingGiftEligible": G(lambda f: f.pick([True, False])),
            "EmployerName": G(pick_list("Delta Air Lines", "Target", "Microsoft", "Kaiser Permanente")),
        },
    ),
    (
        "track",
        "M-Pesa STK Push Sent",
        ["node", "python"],
        ["KE"],
        {
            "merchant_request_id": G(lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(10**7, 10**8)}-1"),
            "checkout_request_id": G(lambda f: "ws_CO_" + f.digits(21)),
            "phone_number": Y(phone, "phone"),
            "amount_kes": G(amount),
            "account_reference": G(pick_list("HOPE-WATER", "HOPE-SCHOOL", "HOPE-GENERAL", "ZAKAT-KE")),
            "transaction_desc": G(pick_list("Donation", "Mchango", "Sadaka")),
            "business_short_code": G(lambda f: f.pick(["174379", "600984"])),
        },
    ),
    (
        "track",
        "M-Pesa Payment Completed",
        ["python"],
        ["KE"],
        {
            "MerchantRequestID": G(lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(10**7, 10**8)}-1"),
            "CheckoutRequestID": G(lambda f: "ws_CO_" + f.digits(21)),
            "ResultCode": G(lambda f: f.pick([0, 0, 0, 1032, 1])),
            "ResultDesc": G(
                pick_list(
                    "The service request is processed successfully.",
                    "Request cancelled by user",
                    "The balance is insufficient for the transaction.",
                )
            ),
            "Amount": G(amount),
            "MpesaReceiptNumber": G(mpesa_receipt),
            "TransactionDate": G(mpesa_time),
            "PhoneNumber": Y(ke_msisdn, "phone"),
        },
    ),
    (
        "track",
        "Paybill Donation Received",
        ["go"],
        ["KE"],
        {
            "TransactionType": G(pick_list("Pay Bill", "Customer Merchant Payment")),
            "TransID": G(mpesa_receipt),
            "TransTime": G(lambda f: str(mpesa_time(f))),
            "TransAmount": G(lambda f: f"{amount(f):.2f}"),
            "BusinessShortCode": G(lambda f: f.pick(["600984", "888880"])),
            "BillRefNumber": G(pick_list("WATER", "SCHOOL", "GENERAL", "FEED")),
            "InvoiceNumber": G(lambda f: ""),
            "OrgAccountBalance": G(lambda f: f"{f.money(10000, 900000):.2f}"),
            "MSISDN": Y(lambda f: str(ke_msisdn(f)), "phone"),
            "FirstName": Y(first, "name"),
            "MiddleName": Y(lambda f: f.pick(FIRST["KE"]), "name"),
            "LastName": Y(last, "name"),
        },
    ),
    (
        "track",
        "Mchango Umepokelewa",
        ["kotlin", "flutter"],
        ["KE"],
        {
            "jina_kamili": Y(full_name, "name"),
            "namba_ya_simu": Y(phone, "phone"),
            "barua_pepe": Y(email, "email"),
            "kiasi": G(amount),
            "sarafu": G(lambda f: "KES"),
            "kaunti": G(lambda f: f.pick(KE_COUNTIES)),
            "mji": Y(city, "city"),
            "nambari_ya_kitambulisho": RED(kenyan_id, "national id"),
            "njia_ya_malipo": G(pick_list("M-Pesa", "Airtel Money", "Kadi")),
            "mchango_wa_kila_mwezi": G(lambda f: f.pick([True, False])),
            "nambari_ya_risiti": G(mpesa_receipt),
        },
    ),
    (
        "track",
        "Zakat Calculated",
        ["web", "swift"],
        ["GB", "KE", "US"],
        {
            "giving_type": Y(pick_list("zakat", "sadaqah", "lillah", "fidya", "zakat al-fitr"), "religion"),
            "nisab_basis": G(pick_list("gold", "silver")),
            "nisab_threshold": G(lambda f: f.money(400, 6000)),
            "zakatable_assets": G(lambda f: f.money(1000, 80000)),
            "zakat_due": G(lambda f: f.money(25, 2000)),
            "gold_price_per_gram": G(lambda f: f.money(50, 70)),
            "calculator_version": G(pick_list("2.1", "2.2")),
        },
    ),
    # -- Gift Aid -----------------------------------------------------------------------------------
    (
        "track",
        "Gift Aid Declaration Made",
        ["web", "php"],
        ["GB"],
        {
            "declaration_id": G(lambda f: "GAD-" + f.digits(8)),
            "donor_title": Y(pick_list("Mr", "Mrs", "Ms", "Miss", "Dr", "Rev"), "name|gender"),
            "first_name": Y(first, "name"),
            "surname": Y(last, "name"),
            "house_name_or_number": Y(house, "address|street"),
            "postcode": Y(uk_postcode, "zipcode"),
            "declaration_date": G(uk_date),
            "uk_taxpayer_confirmed": G(lambda f: True),
            "covers_past_four_years": G(lambda f: f.pick([True, False])),
            "declaration_method": G(pick_list("online", "oral", "paper")),
            "wording_version": G(pick_list("HMRC-2021", "HMRC-2023")),
        },
    ),
    (
        "track",
        "Datganiad Rhodd Cymorth",
        ["web"],
        ["GB"],
        {
            "enw_cyntaf": Y(first, "name"),
            "cyfenw": Y(last, "name"),
            "cyfeiriad": Y(street, "address"),
            "cod_post": Y(uk_postcode, "zipcode"),
            "e_bost": Y(email, "email"),
            "trethdalwr_yn_y_du": G(lambda f: True),
            "dyddiad": G(uk_date),
            "iaith": G(lambda f: "cy"),
        },
    ),
    (
        "track",
        "Postcode Lookup Performed",
        ["web"],
        ["GB"],
        {
            "q": Y(uk_postcode, "zipcode", True),
            "provider": G(pick_list("getAddress.io", "Loqate", "Ideal Postcodes")),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "label": Y(lambda f: f"{street(f)}, {city(f)}, {uk_postcode(f)}", "address", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    # -- tributes, in memory ------------------------------------------------------------------------
    (
        "track",
        "Tribute Gift Made",
        ["web", "ruby"],
        ["GB", "US"],
        {
            "tribute_type": G(pick_list("in_memory", "in_honour", "celebration")),
            "occasion": G(pick_list("funeral", "birthday", "wedding", "retirement", "christmas")),
            "honoree_first_name": Y(first, "name"),
            "honoree_last_name": Y(last, "name"),
            "relationship": G(pick_list("mother", "father", "friend", "colleague", "grandparent")),
            "tribute_message": Y(tribute_message, "name", True),
            "notify_recipient": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "address": Y(street, "address|street"),
                "postcode": Y(postcode, "zipcode"),
            },
            "send_ecard": G(lambda f: f.pick([True, False])),
            "ecard_design": G(pick_list("forget-me-not", "sunrise", "candle", "balloons")),
            "gift_amount": G(amount),
        },
    ),
    (
        "track",
        "In Memory Page Created",
        ["web"],
        ["GB", "US"],
        {
            "page_id": G(lambda f: f.r.randint(100000, 999999)),
            "deceased_name": Y(full_name, "name"),
            "page_slug": Y(
                lambda f: f"in-memory-of-{ascii_fold(first(f))}-{ascii_fold(last(f))}", "name", True
            ),
            "funeral_date": G(date_iso),
            "funeral_director": G(
                pick_list("Co-op Funeralcare", "Dignity Funerals", "A. F. Jones & Sons", "Dignity Memorial")
            ),
            "funeral_director_phone": G(pick_list("0161 496 0000", "0113 496 0500", "(404) 555-0192")),
            "collection_target": G(lambda f: f.pick([500, 1000, 2500])),
            "cause": G(pick_list("Cancer care", "Dementia support", "Hospice at home")),
        },
    ),
    # -- fundraising pages ----------------------------------------------------------------------------
    (
        "track",
        "Fundraising Page Created",
        ["web", "swift"],
        ["GB", "US", "KE"],
        {
            "page_id": G(lambda f: f.r.randint(100000, 999999)),
            "page_short_name": Y(
                lambda f: (
                    f"{ascii_fold(first(f))}-{ascii_fold(last(f))}-"
                    + f.pick(["marathon", "skydive", "swim", "bake-sale"])
                ),
                "name",
                True,
            ),
            "page_title": Y(
                lambda f: (
                    f"{first(f)}'s "
                    + f.pick(["London Marathon", "Skydive", "Great North Run", "Nairobi Half"])
                    + " for Hope Together"
                ),
                "name",
                True,
            ),
            "target_amount": G(lambda f: f.pick([250, 500, 1000, 2000, 50000])),
            "event_name": G(
                pick_list(
                    "London Marathon 2025", "Great North Run", "Nairobi City Marathon", "Chicago Marathon"
                )
            ),
            "event_date": G(date_iso),
            "team_name": G(pick_list("Barclays Runners", "St Mary's School PTA", "Team Hope", "")),
            "fundraiser_story": Y(fundraiser_story, "name|condition", True),
            "activity_type": G(pick_list("running", "challenge", "in_memory", "celebration")),
        },
    ),
    (
        "track",
        "Sponsorship Donation Received",
        ["java"],
        ["GB", "US"],
        {
            "donationRef": G(lambda f: f.digits(10)),
            "pageShortName": Y(
                lambda f: f"{ascii_fold(first(f))}-{ascii_fold(last(f))}{f.r.randint(1, 9)}", "name", True
            ),
            "donorDisplayName": Y(full_name, "name"),
            "donorLocalAmount": G(amount),
            "donorLocalCurrencyCode": G(currency),
            "estimatedTaxReclaim": G(lambda f: f.money(0, 60)),
            "message": Y(sponsor_message, "name", True),
            "source": G(pick_list("SponsorshipDonations", "Direct", "Facebook")),
            "charityId": G(lambda f: f.pick([2357, 186345, 4021])),
            "hasImage": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fundraiser Searched",
        ["web"],
        ["GB", "US"],
        {
            "search_term": Y(full_name, "name", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "filter": G(pick_list("people", "all", "teams")),
        },
    ),
    # -- volunteers -----------------------------------------------------------------------------------
    (
        "track",
        "Volunteer Application Submitted",
        ["rn", "web"],
        ["GB"],
        {
            "application_id": G(lambda f: f.uuid()),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "mobile": Y(phone, "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "postcode": Y(uk_postcode, "zipcode"),
            "availability": Many(
                G(pick_list("weekday_mornings", "weekday_evenings", "weekends", "school_holidays")), 3
            ),
            "roles_of_interest": Many(G(pick_list("shop", "driver", "befriending", "events", "helpline")), 3),
            "has_driving_licence": G(lambda f: f.pick([True, False])),
            "driving_licence_number": Y(uk_driving_licence, "license"),
            "dbs_required": G(lambda f: f.pick([True, False])),
            "dbs_certificate_number": Y(dbs_certificate, "certificate"),
            "dbs_status": G(pick_list("not_started", "submitted", "in_progress", "certificate_issued")),
            "dbs_update_service": G(lambda f: f.pick([True, False])),
            "access_requirements": Many(
                RED(
                    pick_list(
                        "wheelchair access",
                        "hearing loop",
                        "BSL interpreter",
                        "step-free access",
                        "large print",
                    ),
                    "disability",
                ),
                2,
            ),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(pick_list("partner", "parent", "sibling", "friend", "son", "daughter")),
            },
            "how_heard": G(pick_list("friend", "social_media", "shop_poster", "search")),
            "age_band": G(pick_list("16-17", "18-24", "25-44", "45-64", "65+")),
        },
    ),
    (
        "track",
        "Background Check Initiated",
        ["dotnet"],
        ["US"],
        {
            "CandidateId": G(lambda f: f.hexid(24)),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "Dob": Y(dob, "birthdate"),
            "DriverLicenseNumber": Y(us_driver_license, "license"),
            "DriverLicenseState": G(lambda f: f.pick(US_STATES)),
            "ZipCode": Y(postcode, "zipcode"),
            "Package": G(pick_list("volunteer_basic", "volunteer_plus_mvr", "driver_pro")),
            "ReportId": G(lambda f: f.hexid(24)),
            "CheckStatus": G(pick_list("pending", "complete", "suspended", "canceled")),
            "ConsentGiven": G(lambda f: True),
        },
    ),
    (
        "track",
        "Volunteer Identity Verified",
        ["node"],
        ["US"],
        {
            "volunteer_id": G(lambda f: "vol_" + f.digits(6)),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "verification_method": G(pick_list("kba", "document", "database")),
            "match_score": G(lambda f: f.r.randint(50, 100)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Volunteer Shift Booked",
        ["rn"],
        ["GB", "US"],
        {
            "shift_id": G(lambda f: f.r.randint(10000, 99999)),
            "location_name": G(
                pick_list(
                    "Hackney Food Bank", "Leeds Central Shop", "Hope House Hospice", "South Side Pantry"
                )
            ),
            "location_address": G(
                pick_list(
                    "12 Mare Street, London E8 1HR",
                    "48 Kirkgate, Leeds LS2 7DJ",
                    "2201 S State St, Chicago, IL 60616",
                )
            ),
            "shift_start": G(lambda f: f.iso()),
            "duration_hours": G(lambda f: f.pick([2, 3, 4, 6])),
            "role": G(pick_list("stock sorter", "till", "driver", "ward volunteer")),
            "coordinator_name": Y(full_name, "name"),
            "coordinator_email": Y(email, "email"),
            "reply_to": G(
                pick_list(
                    "volunteering@example-charity.org.uk",
                    "no-reply@example-charity.org.uk",
                    "help@example-charity.org",
                )
            ),
            "volunteers_needed": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Volunteer Hours Logged",
        ["rn", "php"],
        ["GB", "US"],
        {
            "hours": G(lambda f: f.pick([1.5, 2.0, 3.0, 4.5, 7.0])),
            "activity": G(pick_list("befriending call", "delivery run", "shop shift", "fundraising stall")),
            "supervisor_name": Y(full_name, "name"),
            "mileage": G(lambda f: f.r.randint(0, 120)),
            "mileage_claim_amount": G(lambda f: f.money(0, 54)),
            "vehicle_reg": Y(plate, "license"),
            "insurer": G(pick_list("Aviva", "Direct Line", "GEICO", "Admiral")),
            "insurance_policy_number": Y(
                lambda f: f.pick(["AV", "DL", "GE", "AD"]) + f.digits(9), "identification"
            ),
            "business_use_cover": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Volunteer Call Connected",
        ["go"],
        ["GB", "US"],
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "proxy_number": G(pick_list("+441134960123", "+447700900456", "+13125550147")),
            "caller_number": Y(phone, "phone"),
            "duration_seconds": G(lambda f: f.r.randint(0, 3600)),
            "call_status": G(pick_list("completed", "no-answer", "busy")),
            "programme": G(pick_list("Telephone befriending", "Helpline")),
        },
    ),
    # -- event registrations --------------------------------------------------------------------------
    (
        "track",
        "Event Registration Completed",
        ["web", "swift"],
        ["GB", "US", "KE"],
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_name": G(
                pick_list(
                    "Hope 10K Leeds", "London Marathon 2025", "Nairobi City Marathon", "Chicago 5K Fun Run"
                )
            ),
            "ticket_type": G(pick_list("charity place", "own place", "family")),
            "registration_fee": G(lambda f: f.pick([0, 25, 35, 100])),
            "participant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "gender": Y(pick_list("female", "male", "non-binary", "prefer not to say"), "gender"),
                "t_shirt_size": G(pick_list("XS", "S", "M", "L", "XL")),
                "age_category": G(pick_list("Senior", "V40", "V50", "V60", "U20")),
                "running_club": G(
                    pick_list("Kirkstall Harriers", "", "Chicago Area Runners Association", "Nairobi Hash")
                ),
                "expected_finish_time": G(pick_list("03:45:00", "04:30:00", "05:15:00", "00:55:00")),
            },
            "medical_conditions": Many(
                Y(
                    pick_list("asthma", "type 1 diabetes", "epilepsy", "heart murmur", "sickle cell trait"),
                    "condition",
                ),
                2,
            ),
            "medications": Y(
                pick_list("salbutamol inhaler", "insulin", "lamotrigine", "metformin"), "medication"
            ),
            "allergies": Y(pick_list("penicillin", "peanuts", "bee stings", "latex"), "allergy"),
            "dietary_requirements": Y(
                pick_list("vegetarian", "vegan", "halal", "kosher", "gluten-free (coeliac)", "nut allergy"),
                "allergy|religion",
            ),
            "emergency_contact_name": Y(full_name, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "bib_number": G(lambda f: f.r.randint(1000, 59999)),
            "fundraising_pledge": G(lambda f: f.pick([100, 500, 1000, 2000])),
            "first_marathon": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gala Ticket Purchased",
        ["web", "java"],
        ["GB", "US"],
        {
            "order_id": G(lambda f: "don_" + f.hexid(20)),
            "event_name": G(pick_list("Winter Gala 2024", "Hope Ball", "Spring Supper Club")),
            "venue": G(pick_list("The Dorchester", "The Drake Hotel", "Manchester Town Hall")),
            "venue_address": G(
                pick_list(
                    "53 Park Lane, London W1K 1QA",
                    "140 E Walton Pl, Chicago, IL 60611",
                    "Albert Square, Manchester M60 2LA",
                )
            ),
            "venue_phone": G(pick_list("+44 20 7629 8888", "(312) 787-2200", "0161 234 5000")),
            "table_number": G(lambda f: f.r.randint(1, 40)),
            "sponsorship_tier": G(pick_list("gold", "silver", "table host", "individual")),
            "company": G(pick_list("Barclays", "Deloitte", "Safaricom", "")),
            "guests": Many(
                {
                    "name": Y(full_name, "name"),
                    "dietary": Y(
                        pick_list("vegetarian", "halal", "kosher", "coeliac", "vegan"), "allergy|religion"
                    ),
                    "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
                },
                4,
            ),
            "total": G(lambda f: f.pick([150, 300, 1200, 2500])),
            "currency": G(currency),
        },
    ),
    # -- beneficiaries --------------------------------------------------------------------------------
    (
        "track",
        "Case Note Added",
        ["php"],
        ["GB"],
        {
            "case_id": G(lambda f: f"HT-{f.digits(6)}"),
            "beneficiary_id": G(lambda f: f.r.randint(10000, 999999)),
            "beneficiary_name": Y(full_name, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "nhs_number": RED(nhs_number, "health id"),
            "gp_surgery": G(
                pick_list("Beeston Hill Medical Centre", "Grange Park Surgery", "Canton Health Centre")
            ),
            "primary_need": Y(
                pick_list("mental health", "substance misuse", "long-term illness", "learning disability"),
                "condition",
            ),
            "immigration_status": RED(
                pick_list("refugee", "asylum seeker", "pre-settled status", "no recourse to public funds"),
                "visa",
            ),
            "household_size": G(lambda f: f.r.randint(1, 8)),
            "children_in_household": G(lambda f: f.r.randint(0, 5)),
            "case_note": Y(case_note, "name", True),
            "caseworker_email": Y(email, "email"),
            "risk_level": G(pick_list("low", "medium", "high")),
            "referral_source": G(pick_list("GP", "self", "school", "local authority", "Jobcentre")),
            "next_appointment": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Client Intake Completed",
        ["ruby"],
        ["US"],
        {
            "client_id": G(lambda f: f.r.randint(100000, 999999)),
            "client_name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "home_address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(postcode, "zipcode"),
            },
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "medicare_number": RED(medicare_mbi, "health id"),
            "veteran_status": RED(lambda f: f.pick([True, False]), "veteran"),
            "disability_status": RED(lambda f: f.pick([True, False]), "disability"),
            "household_income": Y(lambda f: f.r.randint(0, 60000), "salary"),
            "race": Y(
                pick_list(
                    "Black or African American",
                    "White",
                    "Asian",
                    "American Indian or Alaska Native",
                    "Two or more races",
                ),
                "race",
            ),
            "ethnicity": Y(pick_list("Hispanic or Latino", "Not Hispanic or Latino"), "ethnicity"),
            "preferred_language": G(pick_list("en", "es", "vi", "so")),
            "snap_enrolled": G(lambda f: f.pick([True, False])),
            "program": G(pick_list("Food pantry", "Rent assistance", "Tax prep (VITA)")),
            "intake_worker": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Beneficiary Registered",
        ["flutter"],
        ["KE"],
        {
            "jina": Y(full_name, "name"),
            "namba_ya_simu": Y(phone, "phone"),
            "kijiji": Y(lambda f: f.pick(KE_VILLAGES), "city"),
            "kaunti": G(lambda f: f.pick(KE_COUNTIES)),
            "idadi_ya_watoto": G(lambda f: f.r.randint(0, 9)),
            "jinsia": Y(pick_list("mwanamke", "mwanaume"), "gender"),
            "national_id": RED(kenyan_id, "national id"),
            "hali_ya_afya": Y(pick_list("HIV+", "kisukari", "TB", "shinikizo la damu"), "condition"),
            "gps_lat": Y(lambda f: round(f.r.uniform(-4.5, 1.5), 6), "geolocation"),
            "gps_lng": Y(lambda f: round(f.r.uniform(34.0, 40.5), 6), "geolocation"),
            "maelezo": Y(field_officer_note, "name", True),
            "field_officer_id": G(lambda f: "FO-" + f.digits(4)),
            "programme": G(pick_list("Lishe Bora", "Maji Safi", "Elimu Kwanza")),
        },
    ),
    (
        "track",
        "Distribution Recorded",
        ["flutter"],
        ["KE"],
        {
            "distribution_point": G(
                pick_list("Kibera DC Grounds", "Kondele Chief's Camp", "Bondo Sub-County Office")
            ),
            "ration_kg": G(lambda f: f.pick([5, 10, 25])),
            "household_code": G(lambda f: f"HH-{f.pick(['NRB', 'KSM', 'SYA'])}-{f.digits(5)}"),
            "voucher_redeemed": G(lambda f: f.pick([True, False])),
            "recipient_signature_captured": G(lambda f: f.pick([True, False])),
            "recipient_photo_url": Y(
                lambda f: f"https://cdn.example-charity.org/ke/photos/{f.uuid()}.jpg", "photo"
            ),
            "synced_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Prescription Collection Arranged",
        ["php"],
        ["GB", "US"],
        {
            "rx_number": Y(lambda f: f.pick(["RX", "Rx-", ""]) + f.digits(7), "medication"),
            "pharmacy_name": G(pick_list("Boots", "Lloyds Pharmacy", "Walgreens #4471", "CVS Pharmacy")),
            "pharmacy_phone": G(pick_list("0113 245 1234", "(773) 555-0110", "020 7946 0999")),
            "collection_date": G(date_iso),
            "delivery_by_volunteer": G(lambda f: f.pick([True, False])),
            "client_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Debt Advice Session Booked",
        ["web", "python"],
        ["GB"],
        {
            "booking_id": G(lambda f: f.uuid()),
            "session_type": G(pick_list("phone", "video", "face_to_face")),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "monthly_income": Y(lambda f: f.r.randint(600, 3200), "salary"),
            "total_debt": G(lambda f: f.r.randint(500, 45000)),
            "number_of_creditors": G(lambda f: f.r.randint(1, 14)),
            "employment_status": G(pick_list("employed", "self-employed", "unemployed", "retired", "carer")),
            "employer": G(pick_list("Tesco", "NHS", "Amazon", "")),
            "job_title": G(pick_list("care assistant", "warehouse operative", "teaching assistant", "")),
            "marital_status": G(pick_list("single", "married", "divorced", "widowed")),
            "age": G(lambda f: f.r.randint(18, 84)),
            "dependants": Many(
                {
                    "first_name": Y(first, "name"),
                    "date_of_birth": Y(lambda f: dob(f, 2008, 2023), "birthdate"),
                    "relationship": G(pick_list("son", "daughter", "stepchild", "grandchild")),
                },
                3,
            ),
        },
    ),
    # -- legacies -------------------------------------------------------------------------------------
    (
        "track",
        "Legacy Pledge Recorded",
        ["python", "web"],
        ["GB", "US"],
        {
            "pledge_id": G(lambda f: f.uuid()),
            "pledger_name": Y(full_name, "name"),
            "pledger_email": Y(email, "email"),
            "pledger_dob": Y(dob, "birthdate"),
            "pledge_type": G(pick_list("residuary", "pecuniary", "specific", "reversionary")),
            "estimated_value": G(lambda f: f.pick([5000, 10000, 25000, 100000])),
            "will_written_year": G(lambda f: f.r.randint(2005, 2025)),
            "solicitor_firm": G(
                pick_list("Irwin Mitchell", "Slater and Gordon", "Co-op Legal Services", "Farewill")
            ),
            "solicitor_contact_email": Y(email, "email"),
            "executor_name": Y(full_name, "name"),
            "wants_recognition": G(lambda f: f.pick([True, False])),
            "free_will_service_used": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- campaigning, adoption, hiring ----------------------------------------------------------------
    (
        "track",
        "Petition Signed",
        ["web", "go"],
        ["GB"],
        {
            "petition_id": G(lambda f: f.r.randint(100, 999)),
            "petition_title": G(
                pick_list("Fund hospices fairly", "End child food poverty", "Warm homes for all")
            ),
            "signer_name": Y(full_name, "name"),
            "signer_email": Y(email, "email"),
            "signer_postcode": Y(uk_postcode, "zipcode"),
            "constituency": G(
                pick_list("Leeds Central and Headingley", "Cardiff East", "Glasgow North", "Bristol West")
            ),
            "party_support": Y(
                pick_list("Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK", "Undecided"),
                "political opinion",
            ),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "share_with_mp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Adoption Enquiry Submitted",
        ["web", "kotlin"],
        ["GB", "US"],
        {
            "pet_name": G(pick_list("Biscuit", "Luna", "Bramble", "Max", "Pickle")),
            "pet_species": G(pick_list("dog", "cat", "rabbit")),
            "pet_age_months": G(lambda f: f.r.randint(3, 140)),
            "pet_microchip": G(lambda f: "9410000" + f.digits(8)),
            "adopter_name": Y(full_name, "name"),
            "adopter_email": Y(email, "email"),
            "adopter_phone": Y(phone, "phone"),
            "home_type": G(pick_list("house", "flat", "bungalow")),
            "has_garden": G(lambda f: f.pick([True, False])),
            "other_pets": G(lambda f: f.r.randint(0, 3)),
            "vet_practice": G(pick_list("Vets4Pets Headingley", "Banfield Pet Hospital", "Medivet Cardiff")),
            "vet_phone": G(pick_list("0113 275 0101", "(312) 555-0184", "029 2049 4040")),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["dotnet"],
        ["GB", "US"],
        {
            "VacancyId": G(lambda f: "VAC-" + f.digits(4)),
            "JobTitle": G(
                pick_list("Community Fundraiser", "Support Worker", "Data Analyst", "Shop Manager")
            ),
            "ApplicantName": Y(full_name, "name"),
            "ApplicantEmail": Y(email, "email"),
            "CurrentSalary": Y(lambda f: f.r.randint(18000, 65000), "salary"),
            "ExpectedSalary": Y(lambda f: f.r.randint(20000, 70000), "salary"),
            "RightToWork": RED(
                pick_list("British citizen", "Settled status", "Skilled Worker visa", "Graduate visa"), "visa"
            ),
            "RequiresSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "NoticePeriodWeeks": G(lambda f: f.pick([1, 4, 8, 12])),
            "CurrentEmployer": G(pick_list("Oxfam", "Tesco", "Leeds City Council", "")),
            "SourceChannel": G(pick_list("CharityJob", "LinkedIn", "Website")),
        },
    ),
    # -- charity shop (e-commerce spec) ---------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        ["GB"],
        {**shop_product(), "currency": G(lambda f: "GBP"), "value": G(lambda f: f.money(2, 180))},
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        ["GB"],
        {
            "query": G(
                pick_list("barbour jacket", "christmas cards", "vinyl records", "wedding dress", "lego")
            )
        },
    ),
    (
        "track",
        "Shop Order Completed",
        ["web", "java"],
        ["GB"],
        {
            "order_id": G(lambda f: "SO" + f.digits(8)),
            "subtotal": G(lambda f: f.money(5, 300)),
            "shipping": G(lambda f: f.pick([0.0, 3.95, 4.99])),
            "currency": G(lambda f: "GBP"),
            "products": Many(shop_product(), 3),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postcode": Y(uk_postcode, "zipcode"),
                "country": G(lambda f: "GB"),
            },
            "click_and_collect_store": G(pick_list("", "Headingley", "Roath", "Byres Road")),
            "gift_aid_on_donated_goods": G(lambda f: f.pick([True, False])),
            "tracking_number": G(lambda f: "JD" + f.digits(16)),
        },
    ),
    # -- accounts and consent -------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        ["web"],
        ["GB", "US", "KE"],
        {
            "signup_method": G(pick_list("email", "google", "apple")),
            "email_address": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "hope4all", "Nairobi#2023", "Gr3ysonLove!", "p@ssw0rd99"]),
                "password",
            ),
            "password_strength": G(pick_list("weak", "fair", "strong")),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "supporter_number": G(lambda f: "HT" + f.digits(8)),
        },
    ),
    (
        "track",
        "Sign In Link Sent",
        ["node"],
        ["GB", "US"],
        {
            "login_link": RED(login_link, "token"),
            "expires_in": G(lambda f: 900),
            "channel": G(pick_list("email", "sms")),
            "link_requests_today": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Verification SMS Sent",
        ["python"],
        ["KE", "GB"],
        {
            "to": Y(phone, "phone"),
            "otp_code": RED(lambda f: f.digits(6), "secret|token"),
            "provider": G(pick_list("Africa's Talking", "Twilio Verify", "Vonage")),
            "template": G(pick_list("otp_sw", "otp_en")),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Contact Preferences Updated",
        ["web", "swift", "kotlin"],
        ["GB", "US", "KE"],
        {
            "channels": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "post": G(lambda f: f.pick([True, False])),
                "phone": G(lambda f: f.pick([True, False])),
            },
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(0, 3)),
            "consent_text_version": G(pick_list("2023-09", "2024-03")),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["node"],
        ["GB", "US"],
        {
            "integration": G(pick_list("mailchimp", "justgiving", "stripe")),
            "api_key": RED(lambda f: f.hexid(32) + "-us" + str(f.r.randint(1, 21)), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
            "connected_by": Y(email, "email"),
            "scopes": Many(G(pick_list("read", "write", "webhooks")), 3),
        },
    ),
    (
        "track",
        "In-App Donation Purchased",
        ["swift"],
        ["GB", "US"],
        {
            "product_identifier": G(
                pick_list("org.hopetogether.give5", "org.hopetogether.give10", "org.hopetogether.monthly3")
            ),
            "transaction_identifier": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "storefront": G(pick_list("GBR", "USA")),
            "price": G(lambda f: f.pick([4.99, 9.99, 2.99])),
        },
    ),
    # -- messaging and support ------------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ["web", "kotlin"],
        ["GB", "US", "KE"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(chat_text, "phone|email", True),
            "channel": G(pick_list("web_widget", "in_app")),
            "agent_assigned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web", "swift"],
        ["GB", "US", "KE"],
        {
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(feedback_comment),
            "context_page": G(pick_list("receipt", "donate", "event")),
        },
    ),
    (
        "track",
        "Email Link Clicked",
        ["python"],
        ["GB", "US"],
        {
            "email_id": G(lambda f: f.hexid(12)),
            "email_subject": G(
                pick_list("Your Gift Aid receipt", "Winter appeal: keep a family warm", "See your impact")
            ),
            "link_url": Y(unsubscribe_link, "email", True),
            "campaign_name": G(pick_list("winter_appeal", "impact_report", "gift_aid_receipts")),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["go"],
        ["GB", "US"],
        {
            "RecordType": G(lambda f: "Delivery"),
            "ServerID": G(lambda f: f.pick([23, 41, 88])),
            "MessageStream": G(pick_list("outbound", "broadcast")),
            "MessageID": G(lambda f: f.uuid()),
            "Recipient": Y(email, "email"),
            "Tag": G(pick_list("gift-aid-receipt", "welcome", "event-ticket")),
            "DeliveredAt": G(lambda f: f.iso()),
            "Details": G(pick_list("smtp;250 2.0.0 OK", "smtp;250 Ok: queued")),
        },
    ),
    (
        "track",
        "Email Opened",
        ["ruby"],
        ["GB", "US"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: "open"),
            "smtp-id": G(
                lambda f: f"<{f.hexid(14)}.{f.hexid(4)}.{f.hexid(6)}@ismtpd-{f.r.randint(100, 999)}>"
            ),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filter0001p1las1"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "ip": Y(ip, "ip"),
            "category": Many(G(pick_list("receipts", "appeals", "events")), 2),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["php"],
        ["GB", "US"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone"),
            "To": G(pick_list("+447700900111", "70085", "+13125550100")),
            "Body": G(sms_body),
            "FromCity": Y(lambda f: city(f).upper(), "city"),
            "FromZip": Y(postcode, "zipcode"),
            "FromState": G(lambda f: f.pick(US_STATES) if cc(f) == "US" else ""),
            "FromCountry": G(cc),
            "NumSegments": G(lambda f: "1"),
        },
    ),
    (
        "track",
        "Donation Completed CAPI",
        ["node"],
        ["GB", "US"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://www.example-charity.org.uk/donate/thank-you"),
            "user_data": {
                "em": Y(sha256_hex, "email"),
                "ph": Y(sha256_hex, "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "value": G(amount),
                "currency": G(currency),
                "content_name": G(pick_list("One-off donation", "Monthly gift")),
            },
        },
    ),
    (
        "track",
        "Ad Landing Viewed",
        ["web"],
        ["GB", "US"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "landing_variant": G(pick_list("A", "B", "C")),
            "appeal": G(pick_list("winter", "water", "gaza_emergency")),
        },
    ),
    (
        "track",
        "Donate Widget Submitted",
        ["web"],
        ["GB", "US"],
        {
            "widget-id": G(lambda f: "wdg_" + f.hexid(8)),
            "embed-host": G(
                pick_list(
                    "www.stmarys-school.example.org", "blog.example.net", "www.localrunclub.example.org"
                )
            ),
            "donor-name": Y(full_name, "name"),
            "donor-email": Y(email, "email"),
            "gift-amount": G(amount),
            "gift-currency": G(currency),
            "opt-in-newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- identify, group, alias -----------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        ["GB", "US", "KE"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(cc),
            },
            "birthday": Y(dob, "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "supporterNumber": G(lambda f: "HT" + f.digits(8)),
            "donorSegment": G(pick_list("new", "lapsed", "regular", "major_prospect")),
            "lifetimeGiving": G(lambda f: f.money(5, 25000)),
            "giftAidEligible": G(lambda f: f.pick([True, False])),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "recurringDonor": G(lambda f: f.pick([True, False])),
            "lastDonationAt": G(lambda f: f.epoch_ms()),
            "preferredLanguage": G(pick_list("en", "cy", "sw", "es")),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["GB", "US"],
        {
            "DONOR_ID": G(lambda f: f.r.randint(1000000, 9999999)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "POSTCODE": Y(postcode, "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: date_iso(f, 1940, 2004), "birthdate"),
            "LIFETIME_VALUE": G(lambda f: f.money(5, 50000)),
            "LAST_GIFT_DATE": G(date_iso),
            "RFM_SEGMENT": G(pick_list("R1F3M2", "R4F1M1", "R2F2M5")),
            "GIFT_AID_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "WEALTH_SCREENING_BAND": G(pick_list("A", "B", "C", "D")),
            "IS_LEGACY_PROSPECT": G(lambda f: f.pick([True, False])),
            "LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "kotlin"],
        ["KE"],
        {
            "fullName": Y(full_name, "name"),
            "mobileNumber": Y(phone, "phone"),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "kra_pin": RED(kra_pin, "national id"),
            "preferredLanguage": G(pick_list("en", "cy", "sw", "es")),
            "mpesa_registered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["web", "java"],
        ["GB", "US", "KE"],
        {
            "name": G(
                pick_list(
                    "Deloitte UK",
                    "Safaricom Foundation",
                    "St Mary's Primary School",
                    "Kirkstall Harriers",
                    "Target Corporation",
                )
            ),
            "industry": G(pick_list("Professional services", "Telecoms", "Education", "Sport", "Retail")),
            "employees": G(lambda f: f.pick([40, 1200, 6000, 400000])),
            "partnership_type": G(pick_list("corporate", "school", "club", "foundation")),
            "matched_giving": G(lambda f: f.pick([True, False])),
            "office_phone": G(
                pick_list("+44 20 7936 3000", "+254 722 000000", "0113 496 0000", "(612) 304-6073")
            ),
            "contact_email": G(
                pick_list("partnerships@example.com", "office@example.org", "giving@example.net")
            ),
            "office_address": {
                "street": G(
                    pick_list(
                        "1 New Street Square",
                        "Safaricom House, Waiyaki Way",
                        "Church Road",
                        "1000 Nicollet Mall",
                    )
                ),
                "city": G(pick_list("London", "Nairobi", "Leeds", "Minneapolis")),
                "postal_code": G(pick_list("EC4A 3HQ", "00800", "LS5 3JX", "55403")),
            },
            "company_number": G(lambda f: f.digits(8)),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
        },
    ),
    ("alias", None, ["web", "swift"], ["GB", "US", "KE"], None),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, countries, body in EVENTS:
            f.cc = f.pick(countries)
            client = f.pick(clients)
            msg: dict = {
                "type": kind,
                "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "sup_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True, "Salesforce": kind == "identify"}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=94, repeats=36)
    write(Path(__file__).parent, "holdout94_", events, labels)
