"""Writes holdout77: tests/corpus/holdout77_events.jsonl and holdout77_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the
helpers and the format), and never scored by its author. It is for measuring the engine on events
it has never seen; nothing here may be tuned to the engine's results.

What it covers: a consumer fintech / neobank operating in the US and the UK. Account opening with
identity verification (SSN and ITIN, driving licence, passport, National Insurance number, selfie),
card issuing and card controls, ACH, Faster Payments and remittance transfers to payees, direct
deposit switching, savings goals, credit-builder and auto-refinance loans, budgeting with
categorised transactions, disputes and chargebacks, referrals, joint holders, teen cards, trusted
contacts, beneficiaries, Zelle-style recipients, trusted devices, support chat, SCRA (military)
benefits, fair-lending demographics (race, ethnicity, sex) and vulnerable-customer support needs
(recorded by a .NET service in PascalCase); vendor-shaped
payloads: Plaid (Link, token exchange, Identity), Stripe (payment intent, dispute), Unit
(JSON:API application), Marqeta (transaction webhook), Persona (kebab-case inquiry),
Pinwheel-style direct deposit switch, Twilio SMS status callback, TrueLayer-style open
banking consent, AppsFlyer install postback, Facebook Conversions API relay, a Hightouch-style
warehouse sync. Calls: identify, track, page, screen, group and alias, with the `context` blocks
of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries (context.ip, context.traits,
device, app, library, locale, network, os, screen, userAgent, campaign, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; roughly 15 % of paths use the other
conventions real customers have: PascalCase (the .NET core-banking service, Twilio callbacks),
kebab-case (Persona fields, HTTP headers), SCREAMING_SNAKE (the warehouse sync), British English
vocabulary for the UK product (forename, surname, postcode, mobile, town, county, sort code,
licence) and Spanish keys for the US remittance corridor to Mexico (its customers are largely
Spanish-speaking). Values are fake but shaped like real ones: Luhn-valid card numbers, ABA routing
numbers with their checksum, mod-97 GB IBANs built from real sort-code banks, CLABEs with their
check digit, SSNs and ITINs of valid structure, valid-prefix National Insurance numbers, state
driving-licence formats, UK and US phone formats, UK postcodes, ZIP and ZIP+4, names from many
cultures.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the user, a payee, a joint holder, a dependant, an
  invitee, a contact, a staff member). Type = the reference's matcher name, or `bank account`,
  `geolocation`, `secret`, `national id`, `advertising id`, `credit card`, `token` ...; `a|b`
  when either is fair. Colour = the reference's default for the matcher; outside it, red for
  credentials/secrets, card numbers, bank accounts and government ids, yellow otherwise.
- Green: ids we or a vendor issue (user, order, session, device, card, transfer, item ids,
  UUIDs, SKUs), versions, timestamps, hashes of non-PII, amounts and balances, enums, counters and
  booleans even under PII-sounding keys, product / plan / company / merchant / pet names, places
  that are not the person's (merchant, ATM, store, employer), country, state, county, locale,
  timezone, currency, user agents, OS-issued analytics device ids (IDFV, context.device.id). Card
  brand, BIN, last four and expiry are green; routing numbers and sort codes are green; the last
  four of an SSN are red.
- Published policy: loyalty, member, customer and claim numbers, ages and age bands, marital
  status, job titles and employers, and a business's own phone, e-mail and address are green;
  insurance policy numbers (`identification`), pay and salaries (`salary`), plates (`license`),
  VINs (`serial`), gclid/fbclid/fbp/fbc (`advertising id`) and the person's billing and shipping
  addresses are yellow; payment and card tokens, activation and one-time codes are red.
- An enum or boolean that itself reveals a special category is PII of that category
  (military status and service branch: red `veteran`; braille statements, accessibility needs:
  red `disability`; a disclosed health condition: yellow `condition`).
- value_only is true when neither the leaf key nor, for a generic leaf such as `data`, `first`
  or `number`, its parent key names what the value is (`q`, `input`, `note`, `text`, `label`,
  `value`, `To`, `Body`), or when the key names something else (`recipient_token` holding a Zelle
  e-mail or phone, `device_name` holding "Amara's iPhone");
  Plaid's `emails[].data` and Unit's `fullName.first` are therefore not value_only. A value_only
  PII path holds that PII in every value; free text is labelled by what all its values carry,
  green when none does (mixed free text is avoided).
Decisions where the rules were silent (what a careful privacy owner would want flagged):
- A credit score is the person's financial standing, like pay: yellow, type `credit score`. An
  income range (`annual_income_range`, Unit's `annualIncome` enum) reveals pay: yellow `salary`
  (the policy's green age bands are not extended to pay).
- A salutation (Mr, Mrs, Ms, Mx) is yellow `gender`.
- A push-notification token (context.device.token) is red `token`, as in the main corpus.
- SHA-256 hashes of a person's e-mail or phone sent for ad matching (CAPI `em`, `ph`) are labelled
  as the thing hashed (yellow `email` / `phone`): they exist to re-identify the person. Vendor
  opaque ids derived from a card (Stripe `fingerprint`) are green ids.
- Marqeta's transaction `token` and `user_token` are ids (green); its `card_token` is a card token
  (red). Stripe `pm_…` payment methods and Plaid public/access tokens are red `token`; Stripe
  `client_secret` and a Bearer header are red `secret|token`.
- A utility biller's account number for the customer is a customer number (green); a payee's or
  the user's bank account number is red. An ARN (23 digits, Luhn-valid) is green.
- Images of the person or of their documents (selfie, ID scan, cheque image) are yellow `photo`.
- The person's own precise or IP-derived location is yellow (`geolocation`, `city`); a merchant's,
  ATM's or store's location is green.
- A joint account's household display name built from the holders' surnames is yellow `name`.
- A one-time cash-deposit barcode is a one-time code: red `token|secret`.
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = [
    "Jamal", "Aaliyah", "DeShawn", "María", "José", "Guadalupe", "Wei", "Xiuying", "Thanh", "Minh",
    "Ji-woo", "Seo-yeon", "Priya", "Arjun", "Sanjay", "Fatima", "Mohammed", "Aisha", "Oluwaseun",
    "Chinedu", "Ngozi", "Kwabena", "Siobhán", "Niamh", "Cillian", "Rhys", "Eilidh", "Callum",
    "Olivia", "Emily", "Jack", "Harry", "Mia", "Ethan", "Sophia", "Liam", "Isabella", "Dmitri",
    "Anastasia", "Kateryna", "Bartosz", "Agnieszka", "Hiroshi", "Yuki", "Mehmet", "Elif", "Tariq",
    "Zainab", "Ana Lucía", "Leilani", "Tomasz", "Shanice", "Tyrone", "Keisha", "Dolores", "Ahmad",
]  # fmt: skip
LASTS = [
    "Johnson", "Williams", "Hernández", "Martínez", "Nguyen", "Kim", "Park", "Patel", "Singh",
    "Shah", "Okonkwo", "Adeyemi", "Mensah", "Owusu", "O'Sullivan", "MacLeod", "Jones", "Evans",
    "Davies", "Thompson", "Wright", "Brown", "Smith", "Kowalczyk", "Nowak", "Ivanov", "Petrenko",
    "Yamamoto", "Tanaka", "Yılmaz", "Demir", "Al-Farsi", "Haddad", "Cohen", "Goldberg", "Rossi",  # noqa: RUF001
    "García López", "Chen", "Wang", "Zhang", "Ferreira", "dos Santos", "Campbell", "Robinson",
    "Ahmed", "Hussain", "Begum", "Khan", "Fitzgerald", "Lloyd-Jones",
]  # fmt: skip
MX_FIRSTS = [
    "Juan Carlos",
    "Guadalupe",
    "Alejandra",
    "Luis",
    "Rosa María",
    "Jesús",
    "Verónica",
    "Miguel Ángel",
]
MX_LASTS = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
]
US_PLACES = [
    ("Houston", "TX", "770"), ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"),
    ("Atlanta", "GA", "303"), ("Chicago", "IL", "606"), ("Phoenix", "AZ", "850"),
    ("Miami", "FL", "331"), ("Seattle", "WA", "981"), ("Charlotte", "NC", "282"),
    ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("El Paso", "TX", "799"),
    ("Detroit", "MI", "482"), ("Minneapolis", "MN", "554"), ("Baltimore", "MD", "212"),
    ("Fresno", "CA", "937"), ("Newark", "NJ", "071"), ("San Antonio", "TX", "782"),
]  # fmt: skip
US_STREETS = [
    "Maple", "Oak", "Washington", "Lincoln", "Martin Luther King Jr", "Peachtree", "Mission",
    "Lakeshore", "Elm", "Cedar", "Highland", "Sunset", "Jefferson", "2nd", "5th", "Magnolia",
]  # fmt: skip
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
UK_PLACES = [
    ("Manchester", "Greater Manchester", "M14"), ("Leeds", "West Yorkshire", "LS6"),
    ("Birmingham", "West Midlands", "B15"), ("Glasgow", "Glasgow City", "G12"),
    ("Cardiff", "South Glamorgan", "CF24"), ("Bristol", "Bristol", "BS7"),
    ("London", "Greater London", "E14"), ("London", "Greater London", "SW9"),
    ("London", "Greater London", "N16"), ("Edinburgh", "City of Edinburgh", "EH6"),
    ("Belfast", "County Antrim", "BT9"), ("Liverpool", "Merseyside", "L17"),
    ("Nottingham", "Nottinghamshire", "NG7"), ("Sheffield", "South Yorkshire", "S10"),
    ("Brighton", "East Sussex", "BN2"), ("Newcastle upon Tyne", "Tyne and Wear", "NE6"),
]  # fmt: skip
UK_STREETS = [
    "Victoria Road", "High Street", "Church Lane", "Station Road", "Albert Street", "Queens Drive",
    "Mill Lane", "Park Avenue", "Kingsway", "Grange Road", "Clarence Street", "Beech Grove",
]  # fmt: skip
MX_CITIES = [("Guadalajara", "Jalisco"), ("Puebla", "Puebla"), ("Morelia", "Michoacán"), ("Oaxaca", "Oaxaca")]
EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "aol.com",
]
MERCHANTS = [
    ("Whole Foods Market", "5411", "Austin", "TX", "WHOLEFDS AUS 10234 AUSTIN TX"),
    ("Starbucks", "5814", "Seattle", "WA", "STARBUCKS STORE 04521 SEATTLE WA"),
    ("Shell", "5541", "Houston", "TX", "SHELL OIL 57444 HOUSTON TX"),
    ("Uber", "4121", "San Francisco", "CA", "UBER *TRIP HELP.UBER.COM CA"),
    ("Netflix", "4899", "Los Gatos", "CA", "NETFLIX.COM 866-579-7172 CA"),
    ("Tesco", "5411", "London", "GB", "TESCO STORES 2041 LONDON GB"),
    ("Pret A Manger", "5812", "London", "GB", "PRET A MANGER CANARY WHARF"),
    ("Amazon", "5942", "Seattle", "WA", "AMZN Mktp US*2K4LX81Q3"),
    ("Target", "5310", "Minneapolis", "MN", "TARGET 00012345 MINNEAPOLIS MN"),
    ("Walgreens", "5912", "Chicago", "IL", "WALGREENS #4412 CHICAGO IL"),
]  # fmt: skip
EMPLOYERS = [
    "Amazon",
    "Walmart",
    "Starbucks",
    "Kaiser Permanente",
    "DoorDash",
    "NHS Greater Glasgow",
    "Tesco",
    "UPS",
]
B62 = string.ascii_letters + string.digits


def asc(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a = asc(first(f)).replace(" ", "").replace("-", "")
    b = asc(last(f)).replace(" ", "").replace("'", "").replace("-", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}", f"{a}_{b}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def uk_mobile(f: Fake) -> str:
    n = f"7{f.pick('123457899')}{f.r.randint(10, 99)}{f.r.randint(100000, 999999)}"
    return f.pick([f"+44{n}", f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"0{n}"])


def phone(f: Fake) -> str:
    return us_phone(f) if f.r.random() < 0.6 else uk_mobile(f)


def mx_phone(f: Fake) -> str:
    return f"+52 {f.pick(['55', '33', '222', '443'])} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}"


def us_place(f: Fake):
    return f.pick(US_PLACES)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(12, 9870)} {f.pick(US_STREETS)} {f.pick(US_SUFFIX)}"


def us_unit(f: Fake) -> str:
    return f.pick(["Apt 4B", "Unit 12", "#305", "Apt 2", "Apt 1117", "Suite 210", "Apt C"])


def us_zip(f: Fake) -> str:
    z = f.pick(US_PLACES)[2] + f"{f.r.randint(1, 99):02d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1000, 9999)}"


def us_address_line(f: Fake) -> str:
    city, state, _ = us_place(f)
    return f"{us_street(f)}, {city}, {state} {us_zip(f)}"


def uk_street(f: Fake) -> str:
    flat = f.pick(["", "", f"Flat {f.r.randint(1, 24)}, "])
    return f"{flat}{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"


def uk_postcode(f: Fake, area: str | None = None) -> str:
    area = area or f.pick(UK_PLACES)[2]
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def dob_iso(f: Fake) -> str:
    return f.date(1948, 2005)


def dob_us(f: Fake) -> str:
    return f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(1948, 2005)}"


def ssn(f: Fake) -> str:
    area = f.pick([a for a in range(1, 900) if a != 666])
    raw = f"{area:03d}{f.r.randint(1, 99):02d}{f.r.randint(1, 9999):04d}"
    return f.pick([f"{raw[:3]}-{raw[3:5]}-{raw[5:]}", raw])


def itin(f: Fake) -> str:
    group = f.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{f.r.randint(0, 99):02d}-{group}-{f.r.randint(1, 9999):04d}"


def nino(f: Fake) -> str:
    bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    while True:
        prefix = f.pick(list("ABCEGHJKLMNOPRSTWXYZ")) + f.pick(list("ABCEGHJKLMNPRSTWXYZ"))
        if prefix not in bad:
            break
    d = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick(list("ABCD"))
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def us_dl(f: Fake) -> str:
    kind = f.pick(["CA", "NY", "TX", "FL", "IL"])
    if kind == "CA":
        return f.pick(list(string.ascii_uppercase)) + f"{f.r.randint(0, 9999999):07d}"
    if kind == "NY":
        return f.digits(9)
    if kind == "TX":
        return f.digits(8)
    if kind == "FL":
        d = f.digits(12)
        return f"{f.pick(list('ABDGHMSW'))}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    return f.pick(list(string.ascii_uppercase)) + f.digits(11)


def uk_dl(f: Fake) -> str:
    surname = asc(last(f)).upper().replace(" ", "").replace("'", "").replace("-", "")[:5].ljust(5, "9")
    year = f.r.randint(1950, 2004)
    month = f.r.randint(1, 12) + f.pick([0, 50])
    initials = asc(first(f)).upper()[:1] + f.pick(["9", "J", "M", "A"])
    check = f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.pick(string.ascii_uppercase)
    return f"{surname}{str(year)[2]}{month:02d}{f.r.randint(1, 28):02d}{str(year)[3]}{initials}9{check}"


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), f.pick(list("ACEFGHJKLMNPRSTUVWX")) + f.digits(8)])


def aba(f: Fake) -> str:
    head = f"{f.pick([*range(1, 13), *range(21, 33)]):02d}"
    body = head + f"{f.r.randint(0, 999999):06d}"
    weights = [3, 7, 1, 3, 7, 1, 3, 7]
    check = (-sum(int(d) * w for d, w in zip(body, weights, strict=True))) % 10
    return body + str(check)


def us_account(f: Fake) -> str:
    return f.digits(f.pick([9, 10, 12, 13, 17]))


SORT_BANKS = [
    ("MONZ", "040004"),
    ("SRLG", "608371"),
    ("NWBK", "60"),
    ("BARC", "20"),
    ("LOYD", "30"),
    ("HBUK", "40"),
]


def sort_code(f: Fake, raw=False) -> str:
    _, prefix = f.pick(SORT_BANKS)
    s = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(6 - len(prefix)))
    return s if raw else f"{s[:2]}-{s[2:4]}-{s[4:]}"


def uk_account(f: Fake) -> str:
    return f"{f.r.randint(10000000, 99999999)}"


def gb_iban(f: Fake) -> str:
    bank, prefix = f.pick(SORT_BANKS)
    sc = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(6 - len(prefix)))
    bban = bank + sc + uk_account(f)
    numeric = "".join(str(int(c, 36)) for c in bban + "GB00")
    raw = f"GB{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def clabe(f: Fake) -> str:
    body = f.pick(["002", "012", "014", "072", "021"]) + f"{f.r.randint(100, 999)}" + f.digits(11)
    weights = [3, 7, 1] * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights[:17], strict=True))
    return body + str((10 - total % 10) % 10)


def card(f: Fake) -> str:
    return f.card()


def arn(f: Fake) -> str:
    return f.luhn_complete("7" + f.digits(21))


def sid(f: Fake, prefix: str, n: int = 24) -> str:
    return prefix + "".join(f.r.choice(B62) for _ in range(n))


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def gclid(f: Fake) -> str:
    return "CjwKCAjw" + "".join(f.r.choice(B62 + "-_") for _ in range(76)) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + "".join(f.r.choice(B62 + "-_") for _ in range(56))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2600:1700", "2601:646", "2a02:c7c", "2a01:4b00", "2607:fb90"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def us_lat(f: Fake) -> float:
    return round(f.r.uniform(25.5, 47.9), 6)


def us_lon(f: Fake) -> float:
    return round(f.r.uniform(-122.9, -71.1), 6)


def sha256(f: Fake, value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def money(f: Fake, lo=1, hi=500):
    return f.money(lo, hi)


def cents(f: Fake, lo=100, hi=200000) -> int:
    return f.r.randint(lo, hi)


def ts(f: Fake) -> str:
    return f.iso()


def unix(f: Fake) -> int:
    return f.epoch_ms() // 1000


def code(f: Fake, n=8) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


# -- client contexts ------------------------------------------------------------------------------


def web_ctx(f: Fake):
    pages = ["/", "/open-account", "/app/transfers", "/app/cards", "/credit-builder", "/app/budget"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.nerdwallet.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner", "?step=2"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Bramble – Banking that pays you early",  # noqa: RUF001
                        "Open an account | Bramble",
                        "Transfers | Bramble",
                        "Credit Builder | Bramble",
                    ]
                )
            ),
            "url": G(lambda f: "https://bramble.example.com" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "8", "121", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US", "en"])),
        "timezone": G(
            lambda f: f.pick(["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["early_pay_q2", "credit_builder_launch", "switch_and_save", "brand_uk"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "nerdwallet"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "affiliate", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["online bank account", "build credit fast", "get paid early", "no fee checking"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "video_15s"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bramble"),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
            "build": G(lambda f: f.pick(["7140", "7152", "7160"])),
            "namespace": G(lambda f: "com.bramble.banking"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Denver", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bramble"),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.1", "7.16.0"])),
            "build": G(lambda f: f.pick(["71400", "71510", "71600"])),
            "namespace": G(lambda f: "com.bramble.banking"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921U", "Pixel 8", "moto g stylus 5G", "CPH2451"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "dubai", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "EE", "Vodafone UK", "AT&T"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "Europe/London"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921U Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g stylus 5G Build/T1TR33.43)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bramble"),
            "version": G(lambda f: f.pick(["7.14.0", "7.15.0", "7.16.1"])),
            "build": G(lambda f: f.pick(["714", "715", "716"])),
            "namespace": G(lambda f: "com.bramble.banking"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546U", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-MX"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Phoenix", "Europe/London"])),
        "traits": {
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "accountTier": G(lambda f: f.pick(["basic", "plus", "premium"])),
            "createdAt": G(ts),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bramble UK"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "uk.bramble.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "2201116SG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "cy-GB"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 360, 393])),
            "height": G(lambda f: f.pick([844, 800, 873])),
        },
        "timezone": G(lambda f: "Europe/London"),
        "location": {
            "city": Y(lambda f: f.pick(UK_PLACES)[0], "city"),
            "country": G(lambda f: "United Kingdom"),
            "latitude": Y(lambda f: round(f.r.uniform(50.5, 57.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-5.5, 1.5), 6), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_ctx(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        base: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib in ("python", "node", "php"):
            base["ip"] = Y(ip, "ip")
            base["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "node":
            base["externalIds"] = Many(
                {
                    "id": G(lambda f: sid(f, "cus_", 14)),
                    "type": G(lambda f: "stripe_customer_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
            base["groupId"] = G(lambda f: "acct_" + f.digits(7))
        if lib == "python":
            base["traits"] = {"email": Y(email, "email")}
            base["active"] = G(lambda f: False)
        if lib == "java":
            base["locale"] = G(lambda f: f.pick(["en-US", "en-GB", "es-US"]))
        return base

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin", "rn"]
UK_APPS = ["flutter", "kotlin", "rn"]


def us_address():
    return {
        "line1": Y(us_street, "address|street"),
        "line2": Y(us_unit, "address|street"),
        "city": Y(lambda f: us_place(f)[0], "city"),
        "state": G(lambda f: us_place(f)[1]),
        "postal_code": Y(us_zip, "zipcode"),
        "country": G(lambda f: "US"),
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, body)

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- acquisition and sign-up ------------------------------------------------------------------
    (
        "page",
        "Open Account",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/open-account", "/open-account/us", "/open-account/uk"])),
            "url": G(
                lambda f: (
                    "https://bramble.example.com/open-account?"
                    + f.pick(["utm_source=google", "ref=home", "utm_source=tiktok"])
                )
            ),
            "title": G(lambda f: "Open an account | Bramble"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.nerdwallet.com/", ""])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "landing_variant": G(lambda f: f.pick(["A", "B", "control"])),
        },
    ),
    (
        "track",
        "Sign Up Started",
        [*APPS, "flutter"],
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "phone"])),
            "referral_code": G(lambda f: code(f, 8)),
            "email_prefilled": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["US", "GB"])),
            "product": G(lambda f: f.pick(["checking", "savings", "credit_builder"])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["signup-form", "signup-form-v2", "lp-hero-form"])),
            "form_name": G(lambda f: f.pick(["Create your account", "Get started"])),
            "inputs": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "p@ssw0rd123", "Bramble#1", "iloveMiami99", "Qwerty!234"])
                        + f.hexid(2)
                    ),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web", "rn"],
        {
            "form": G(lambda f: f.pick(["signup", "profile", "joint_invite"])),
            "field": G(lambda f: f.pick(["email", "work_email", "contact"])),
            "value": Y(email, "email", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Details Entered",
        ["web", "rn", "swift"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "middleName": Y(
                lambda f: f.pick(["Marie", "J.", "Oluwadamilare", "Anne", "Kumar", "Lee"]), "name"
            ),
            "email": Y(email, "email"),
            "phoneNumber": Y(us_phone, "phone"),
            "dateOfBirth": Y(dob_us, "birthdate"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "step": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full, "name"),
            "phone": Y(us_phone, "phone"),
            "birthday": Y(dob_iso, "birthdate"),
            "address": {
                "street": Y(lambda f: us_street(f) + f.pick(["", " " + us_unit(f)]), "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "postalCode": Y(us_zip, "zipcode"),
                "country": G(lambda f: f.pick(["US", "USA"])),
            },
            "createdAt": G(ts),
            "accountTier": G(lambda f: f.pick(["basic", "plus", "premium"])),
            "kycStatus": G(lambda f: f.pick(["pending", "approved", "manual_review", "rejected"])),
            "referredBy": G(lambda f: "usr_" + f.hexid(12)),
            "age": G(lambda f: f.r.randint(18, 76)),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        UK_APPS,
        {
            "email": Y(email, "email"),
            "forename": Y(first, "name"),
            "surname": Y(last, "name"),
            "salutation": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx"]), "gender"),
            "mobile": Y(uk_mobile, "phone"),
            "dateOfBirth": Y(dob_iso, "birthdate"),
            "address": {
                "line1": Y(uk_street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Hulme", "Headingley", "Roath", "Clifton", "Flat 2", "Rear Annexe"]),
                    "address|street",
                ),
                "town": Y(lambda f: f.pick(UK_PLACES)[0], "city"),
                "county": G(lambda f: f.pick(UK_PLACES)[1]),
                "postcode": Y(uk_postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
            },
            "createdAt": G(ts),
            "accountTier": G(lambda f: f.pick(["standard", "plus", "metal"])),
            "kycStatus": G(lambda f: f.pick(["pending", "approved", "refer"])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "civil_partnership", "divorced"])),
            "occupation": G(
                lambda f: f.pick(["Nurse", "Software Engineer", "Teacher", "Delivery Driver", "Student"])
            ),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin", "rn"],
        {},
    ),
    # -- identity verification ------------------------------------------------------------------
    (
        "track",
        "Identity Verification Submitted",
        ["swift", "kotlin", "rn", "web"],
        {
            "ssn": RED(ssn, "social security number"),
            "date_of_birth": Y(dob_iso, "birthdate"),
            "drivers_license_number": Y(us_dl, "license"),
            "drivers_license_state": G(lambda f: f.pick(["CA", "NY", "TX", "FL", "IL"])),
            "drivers_license_expiry": G(lambda f: f.date(2025, 2032)),
            "selfie_url": Y(
                lambda f: f"https://bramble-kyc.s3.amazonaws.com/selfies/{f.uuid()}.jpg", "photo"
            ),
            "id_front_image": Y(
                lambda f: f"https://bramble-kyc.s3.amazonaws.com/docs/{f.uuid()}/front.jpg", "photo"
            ),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "citizenship_status": Y(
                lambda f: f.pick(["us_citizen", "permanent_resident", "visa_holder"]), "citizenship"
            ),
            "visa_type": RED(lambda f: f.pick(["H-1B", "F-1", "L-1", "O-1", "TN"]), "visa"),
            "annual_income_range": Y(
                lambda f: f.pick(["<25k", "25k-50k", "50k-100k", "100k-200k", ">200k"]), "salary"
            ),
            "employment_status": G(
                lambda f: f.pick(["employed", "self_employed", "student", "retired", "unemployed"])
            ),
            "occupation": G(
                lambda f: f.pick(
                    ["Registered Nurse", "Rideshare Driver", "Teacher", "Software Engineer", "Line Cook"]
                )
            ),
            "source_of_funds": G(lambda f: f.pick(["salary", "savings", "investments", "gig_income"])),
            "military_status": RED(
                lambda f: f.pick(["none", "active_duty", "veteran", "reserve", "dependent"]), "veteran"
            ),
            "tin_type": G(lambda f: f.pick(["ssn", "itin"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "ssn_match": G(lambda f: f.pick(["Y", "N", "partial"])),
            "dob_match": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Details Submitted",
        ["python"],
        {
            "tin": RED(lambda f: f.pick([ssn(f), itin(f)]), "national id|social security number"),
            "tin_type": G(lambda f: f.pick(["ssn", "itin"])),
            "w9_certified": G(lambda f: f.pick([True, False])),
            "tax_residency_country": G(lambda f: f.pick(["US", "MX", "IN"])),
        },
    ),
    (
        "track",
        "Verification Started",
        UK_APPS,
        {
            "national_insurance_number": RED(nino, "national id"),
            "driving_licence_number": Y(uk_dl, "license"),
            "passport_number": RED(passport, "passport"),
            "nationality": Y(
                lambda f: f.pick(["British", "Irish", "Polish", "Indian", "Nigerian", "Romanian"]),
                "citizenship",
            ),
            "immigration_status": RED(
                lambda f: f.pick(["settled", "pre_settled", "skilled_worker", "student"]), "visa"
            ),
            "residential_status": G(
                lambda f: f.pick(["homeowner", "tenant", "living_with_parents", "council_tenant"])
            ),
            "time_at_address_months": G(lambda f: f.r.randint(1, 240)),
            "previous_postcode": Y(uk_postcode, "zipcode"),
            "document_type": G(lambda f: f.pick(["passport", "driving_licence", "brp"])),
        },
    ),
    (
        "track",
        "Persona Inquiry Completed",
        ["node"],
        {
            "data": {
                "type": G(lambda f: "inquiry"),
                "id": G(lambda f: sid(f, "inq_", 24)),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "approved", "declined", "needs_review"])),
                    "reference-id": G(lambda f: "usr_" + f.hexid(12)),
                    "created-at": G(ts),
                    "name-first": Y(first, "name"),
                    "name-middle": Y(lambda f: f.pick(["Ann", "José", "K", "Lynn", "Ali"]), "name"),
                    "name-last": Y(last, "name"),
                    "birthdate": Y(dob_iso, "birthdate"),
                    "address-street-1": Y(us_street, "address|street"),
                    "address-street-2": Y(us_unit, "address|street"),
                    "address-city": Y(lambda f: us_place(f)[0], "city"),
                    "address-subdivision": G(lambda f: us_place(f)[1]),
                    "address-postal-code": Y(us_zip, "zipcode"),
                    "address-country-code": G(lambda f: "US"),
                    "identification-class": G(lambda f: "dl"),
                    "identification-number": Y(us_dl, "license"),
                    "email-address": Y(email, "email"),
                    "phone-number": Y(us_phone, "phone"),
                    "selfie-similarity-score": G(lambda f: round(f.r.uniform(0.4, 1), 2)),
                },
            },
        },
    ),
    # -- cards ------------------------------------------------------------------------------------
    (
        "track",
        "Card Issued",
        ["go"],
        {
            "card_token": RED(lambda f: f.uuid(), "token"),
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "card_product": G(
                lambda f: f.pick(["Bramble Debit Visa", "Credit Builder Secured", "Teen Debit"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "bin": G(lambda f: f.pick(["423223", "531993", "485246", "222300"])),
            "expiration_month": G(lambda f: f.r.randint(1, 12)),
            "expiration_year": G(lambda f: f.r.randint(2027, 2031)),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "shipping_address": us_address(),
        },
    ),
    (
        "track",
        "Card Controls Updated",
        [*MOBILE, "flutter"],
        {
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "control": G(
                lambda f: f.pick(
                    ["freeze", "online_payments", "atm_withdrawals", "gambling_block", "contactless"]
                )
            ),
            "enabled": G(lambda f: f.pick([True, False])),
            "blocked_mccs": Many(G(lambda f: f.pick(["7995", "7800", "7801", "6051"])), 3),
            "daily_spend_limit": G(lambda f: f.pick([250, 500, 1000, 2500])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "locked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Activated",
        ["swift", "kotlin"],
        {
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "activation_code": RED(otp, "token|secret"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "activation_method": G(lambda f: f.pick(["code", "nfc_tap", "cvv"])),
        },
    ),
    (
        "track",
        "PIN Changed",
        MOBILE,
        {
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "pin_length": G(lambda f: f.pick([4, 6])),
            "success": G(lambda f: f.pick([True, False])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "transaction.authorization",
        ["java"],
        {
            "type": G(lambda f: f.pick(["authorization", "authorization.clearing", "refund"])),
            "state": G(lambda f: f.pick(["PENDING", "COMPLETION", "DECLINED"])),
            "token": G(lambda f: f.uuid()),
            "user_token": G(lambda f: "usr_" + f.hexid(12)),
            "card_token": RED(lambda f: f.uuid(), "token"),
            "amount": G(lambda f: money(f, 1, 400)),
            "currency_code": G(lambda f: "USD"),
            "network": G(lambda f: "VISA"),
            "created_time": G(ts),
            "card_acceptor": {
                "mid": G(lambda f: f.digits(15)),
                "mcc": G(lambda f: f.pick(MERCHANTS)[1]),
                "name": G(lambda f: f.pick(MERCHANTS)[4]),
                "city": G(lambda f: f.pick(MERCHANTS)[2]),
                "state": G(lambda f: f.pick(MERCHANTS)[3]),
                "postal_code": G(lambda f: f.pick(["78701", "98101", "77002", "94103"])),
                "country_code": G(lambda f: f.pick(["USA", "GBR"])),
            },
            "card": {"last_four": G(lambda f: f"{f.r.randint(0, 9999):04d}")},
        },
    ),
    (
        "track",
        "Debit Card Linked",
        ["web"],
        {
            "card_number": RED(card, "credit card"),
            "card_cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "cardholder_name": Y(full, "name"),
            "billing_zip": Y(us_zip, "zipcode"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "discover"])),
            "save_card": G(lambda f: f.pick([True, False])),
            "purpose": G(lambda f: f.pick(["instant_topup", "loan_payment"])),
        },
    ),
    (
        "track",
        "payment_intent.succeeded",
        ["node"],
        {
            "id": G(lambda f: sid(f, "evt_3", 24)),
            "livemode": G(lambda f: True),
            "created": G(unix),
            "data": {
                "object": {
                    "id": G(lambda f: sid(f, "pi_3", 24)),
                    "amount": G(lambda f: cents(f, 1000, 50000)),
                    "currency": G(lambda f: "usd"),
                    "customer": G(lambda f: sid(f, "cus_", 14)),
                    "payment_method": RED(lambda f: sid(f, "pm_1", 24), "token"),
                    "client_secret": RED(
                        lambda f: sid(f, "pi_3", 24) + "_secret_" + sid(f, "", 25), "secret|token"
                    ),
                    "status": G(lambda f: "succeeded"),
                    "receipt_email": Y(email, "email"),
                    "latest_charge": G(lambda f: sid(f, "ch_3", 24)),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(us_phone, "phone"),
                        "address": us_address(),
                    },
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                        "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2026, 2031)),
                        "fingerprint": G(lambda f: sid(f, "", 16)),
                    },
                    "metadata": {
                        "user_id": G(lambda f: "usr_" + f.hexid(12)),
                        "topup_id": G(lambda f: f.uuid()),
                    },
                }
            },
        },
    ),
    # -- disputes -------------------------------------------------------------------------------
    (
        "track",
        "Dispute Opened",
        ["web", "swift", "kotlin"],
        {
            "dispute_id": G(lambda f: "dsp_" + f.hexid(12)),
            "transaction_id": G(lambda f: "txn_" + f.hexid(16)),
            "amount": G(lambda f: money(f, 5, 900)),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)[0]),
            "reason": G(
                lambda f: f.pick(
                    [
                        "unauthorized",
                        "not_received",
                        "duplicate",
                        "incorrect_amount",
                        "cancelled_subscription",
                    ]
                )
            ),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "details": G(
                lambda f: f.pick(
                    [
                        "I never received the order",
                        "Charged twice for the same coffee",
                        "I cancelled this subscription in March",
                        "Don't recognise this at all",
                        "Amount is higher than the receipt",
                    ]
                )
            ),
            "contact_phone": Y(us_phone, "phone"),
        },
    ),
    (
        "track",
        "Chargeback Filed",
        ["java"],
        {
            "chargeback_id": G(lambda f: "cb_" + f.digits(9)),
            "network": G(lambda f: f.pick(["visa", "mastercard"])),
            "reason_code": G(lambda f: f.pick(["10.4", "13.1", "12.6.1", "4837", "4853"])),
            "amount": G(lambda f: money(f, 5, 900)),
            "arn": G(arn),
            "provisional_credit": G(lambda f: f.pick([True, False])),
            "cardholder": {"name": Y(full, "name"), "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}")},
        },
    ),
    (
        "track",
        "charge.dispute.created",
        ["node"],
        {
            "id": G(lambda f: sid(f, "evt_1", 24)),
            "livemode": G(lambda f: True),
            "created": G(unix),
            "data": {
                "object": {
                    "id": G(lambda f: sid(f, "dp_1", 24)),
                    "amount": G(lambda f: cents(f, 500, 60000)),
                    "charge": G(lambda f: sid(f, "ch_3", 24)),
                    "reason": G(
                        lambda f: f.pick(["fraudulent", "product_not_received", "duplicate", "general"])
                    ),
                    "status": G(
                        lambda f: f.pick(["needs_response", "warning_needs_response", "under_review"])
                    ),
                    "evidence": {
                        "customer_name": Y(full, "name"),
                        "customer_email_address": Y(email, "email"),
                        "billing_address": Y(us_address_line, "address"),
                        "customer_purchase_ip": Y(ip, "ip"),
                        "product_description": G(
                            lambda f: f.pick(["Instant account top-up", "Bramble Plus subscription"])
                        ),
                    },
                }
            },
        },
    ),
    # -- transfers --------------------------------------------------------------------------------
    (
        "track",
        "Payee Added",
        ["web", "swift", "rn"],
        {
            "payee_id": G(lambda f: "pye_" + f.hexid(12)),
            "payee_name": Y(full, "name"),
            "payee_nickname": G(
                lambda f: f.pick(["Mom", "Landlord", "Roommate", "Babysitter", "Dad", "Rent"])
            ),
            "payee_email": Y(email, "email"),
            "routing_number": G(aba),
            "account_number": RED(us_account, "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(
                lambda f: f.pick(
                    ["Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union", "Chime"]
                )
            ),
        },
    ),
    (
        "track",
        "ACH Transfer Initiated",
        ["python", "go"],
        {
            "transfer_id": G(lambda f: "tr_" + f.hexid(16)),
            "amount": G(lambda f: money(f, 10, 4000)),
            "direction": G(lambda f: f.pick(["credit", "debit"])),
            "sec_code": G(lambda f: f.pick(["PPD", "WEB", "CCD"])),
            "same_day": G(lambda f: f.pick([True, False])),
            "counterparty": {
                "name": Y(full, "name"),
                "routing_number": G(aba),
                "account_number": RED(us_account, "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
            "description": G(lambda f: f.pick(["RENT", "PAYROLL", "TRANSFER", "P2P"])),
            "expected_settlement_date": G(lambda f: f.date(2024, 2024)),
            "status": G(lambda f: f.pick(["pending", "sent", "returned"])),
        },
    ),
    (
        "track",
        "Payee Searched",
        ["rn", "swift"],
        {
            "q": Y(lambda f: f.pick([first(f), full(f), first(f).lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "track",
        "Faster Payment Sent",
        UK_APPS,
        {
            "payment_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: money(f, 1, 2500)),
            "currency": G(lambda f: "GBP"),
            "payee_name": Y(full, "name"),
            "payee_sort_code": G(sort_code),
            "payee_account_number": RED(uk_account, "bank account"),
            "reference": G(
                lambda f: f.pick(["Rent", "Flat 4 bills", "Thanks!", "Dinner", "Council tax share"])
            ),
            "cop_result": G(lambda f: f.pick(["MATCH", "CLOSE_MATCH", "NO_MATCH", "UNAVAILABLE"])),
            "cop_suggested_name": Y(full, "name"),
            "scheme": G(lambda f: "FPS"),
            "is_new_payee": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PaymentSettled",
        ["dotnet"],
        {
            "PaymentId": G(lambda f: f.uuid()),
            "EndToEndId": G(lambda f: "E2E" + f.digits(15)),
            "Amount": G(lambda f: money(f, 1, 5000)),
            "Currency": G(lambda f: "GBP"),
            "Scheme": G(lambda f: f.pick(["FPS", "BACS", "CHAPS"])),
            "DebtorName": Y(full, "name"),
            "DebtorSortCode": G(lambda f: sort_code(f, raw=True)),
            "DebtorAccountNumber": RED(uk_account, "bank account"),
            "DebtorIban": RED(gb_iban, "bank account"),
            "CreditorName": Y(full, "name"),
            "CreditorSortCode": G(lambda f: sort_code(f, raw=True)),
            "CreditorAccountNumber": RED(uk_account, "bank account"),
            "PaymentReference": G(lambda f: f.pick(["RENT JUNE", "INV 20931", "SAVINGS", "BRAMBLE TOPUP"])),
            "SettlementDate": G(lambda f: f.date(2024, 2024)),
            "IsInbound": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Remesa Enviada",
        ["php"],
        {
            "remesa_id": G(lambda f: "RM" + f.digits(10)),
            "monto_usd": G(lambda f: money(f, 50, 1500)),
            "monto_mxn": G(lambda f: money(f, 800, 28000)),
            "beneficiario": {
                "nombre": Y(lambda f: f.pick(MX_FIRSTS), "name"),
                "apellido_paterno": Y(lambda f: f.pick(MX_LASTS), "name"),
                "apellido_materno": Y(lambda f: f.pick(MX_LASTS), "name"),
                "telefono": Y(mx_phone, "phone"),
                "clabe": RED(clabe, "bank account"),
                "banco": G(lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banamex"])),
                "ciudad": Y(lambda f: f.pick(MX_CITIES)[0], "city"),
                "estado": G(lambda f: f.pick(MX_CITIES)[1]),
                "parentesco": G(lambda f: f.pick(["madre", "hermano", "esposa", "tío"])),
            },
            "metodo_entrega": G(lambda f: f.pick(["deposito", "efectivo"])),
            "estatus": G(lambda f: f.pick(["enviada", "pagada", "en_revision"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: "user"),
            "input": RED(
                lambda f: f.pick(
                    [
                        f"send £{f.r.randint(5, 300)} to {uk_account(f)} {sort_code(f)}",
                        f"pay {uk_account(f)} sort code {sort_code(f, raw=True)} for rent",
                        f"can you set up a payee, acc {uk_account(f)} sc {sort_code(f)}",
                        f"transfer {f.r.randint(5, 300)} pounds to account {uk_account(f)}, {sort_code(f)}",
                    ]
                ),
                "bank account",
                True,
            ),
            "intent": G(lambda f: f.pick(["make_payment", "add_payee"])),
        },
    ),
    (
        "track",
        "Open Banking Consent Granted",
        ["kotlin", "flutter"],
        {
            "provider_id": G(lambda f: f.pick(["ob-monzo", "ob-barclays", "ob-natwest", "ob-hsbc"])),
            "consent_id": G(lambda f: f.uuid()),
            "accounts": Many(
                {
                    "account_id": G(lambda f: f.hexid(32)),
                    "display_name": G(
                        lambda f: f.pick(["Personal Current Account", "Joint Account", "Instant Saver"])
                    ),
                    "account_number": {
                        "iban": RED(gb_iban, "bank account"),
                        "number": RED(uk_account, "bank account"),
                        "sort_code": G(sort_code),
                    },
                    "currency": G(lambda f: "GBP"),
                },
                2,
            ),
        },
    ),
    # -- direct deposit -----------------------------------------------------------------------------
    (
        "track",
        "Direct Deposit Switch Started",
        ["web", "rn"],
        {
            "provider": G(lambda f: f.pick(["Pinwheel", "Argyle", "Atomic"])),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "payroll_platform": G(lambda f: f.pick(["ADP", "Gusto", "Workday", "Paychex"])),
            "allocation_type": G(lambda f: f.pick(["percent", "amount", "remainder"])),
            "allocation_value": G(lambda f: f.pick([100, 50, 250, 25])),
            "job_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "direct_deposit_switch.added",
        ["node"],
        {
            "event": G(lambda f: "direct_deposit_switch.added"),
            "payload": {
                "account_id": G(lambda f: f.uuid()),
                "platform_name": G(lambda f: f.pick(["ADP", "Gusto", "Workday"])),
                "employer_name": G(lambda f: f.pick(EMPLOYERS)),
                "allocation": {
                    "type": G(lambda f: f.pick(["percentage", "amount", "remainder"])),
                    "value": G(lambda f: f.pick([100, 50, 300])),
                    "target": {
                        "routing_number": G(lambda f: f.pick(["031101279", "084106768", "124303120"])),
                        "account_number": RED(us_account, "bank account"),
                    },
                },
                "created_at": G(ts),
            },
            "paystub": {
                "gross_pay_amount": Y(lambda f: money(f, 600, 6000), "salary"),
                "net_pay_amount": Y(lambda f: money(f, 450, 4500), "salary"),
                "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly"])),
                "pay_date": G(lambda f: f.date(2024, 2024)),
                "employee_name": Y(full, "name"),
            },
        },
    ),
    (
        "track",
        "Paycheck Received",
        ["go", "python"],
        {
            "deposit_id": G(lambda f: "dep_" + f.hexid(12)),
            "paycheck_amount": Y(lambda f: money(f, 400, 5200), "salary"),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "early_pay": G(lambda f: f.pick([True, False])),
            "days_early": G(lambda f: f.pick([0, 1, 2])),
        },
    ),
    (
        "track",
        "Income Verified",
        ["ruby"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "hourly_rate": Y(lambda f: money(f, 11, 65), "salary"),
            "hours_per_week": G(lambda f: f.r.randint(12, 50)),
            "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly"])),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "employer_phone": G(lambda f: f.pick(["+1 206-266-1000", "+1 479-273-4000", "+1 800-782-7282"])),
            "employer_address": G(
                lambda f: f.pick(
                    [
                        "410 Terry Ave N, Seattle, WA 98109",
                        "702 SW 8th St, Bentonville, AR 72716",
                        "2401 Utah Ave S, Seattle, WA 98134",
                    ]
                )
            ),
            "job_title": G(
                lambda f: f.pick(["Warehouse Associate", "Barista", "Shift Supervisor", "Registered Nurse"])
            ),
        },
    ),
    # -- savings and budgeting --------------------------------------------------------------------
    (
        "track",
        "Savings Goal Created",
        [*MOBILE, "flutter"],
        {
            "goal_id": G(lambda f: "gol_" + f.hexid(10)),
            "goal_name": G(
                lambda f: f.pick(
                    ["Emergency fund", "Japan trip", "New laptop", "Wedding", "Car down payment", "Christmas"]
                )
            ),
            "target_amount": G(lambda f: f.pick([500, 1000, 2500, 10000])),
            "target_date": G(lambda f: f.date(2024, 2026)),
            "round_ups_enabled": G(lambda f: f.pick([True, False])),
            "auto_save_frequency": G(lambda f: f.pick(["weekly", "payday", "none"])),
            "emoji": G(lambda f: f.pick(["🏖️", "💻", "🚗", "🎄", "💍"])),
        },
    ),
    (
        "track",
        "Transactions Categorised",
        ["python"],
        {
            "budget_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "transactions": Many(
                {
                    "transaction_id": G(lambda f: "txn_" + f.hexid(16)),
                    "amount": G(lambda f: money(f, 1, 300)),
                    "merchant_name": G(lambda f: f.pick(MERCHANTS)[0]),
                    "description": G(lambda f: f.pick(MERCHANTS)[4]),
                    "category": G(
                        lambda f: f.pick(
                            ["groceries", "eating_out", "transport", "entertainment", "bills", "health"]
                        )
                    ),
                    "mcc": G(lambda f: f.pick(MERCHANTS)[1]),
                    "posted_at": G(ts),
                    "pending": G(lambda f: f.pick([True, False])),
                },
                5,
            ),
        },
    ),
    (
        "screen",
        "Home",
        MOBILE,
        {
            "tab": G(lambda f: f.pick(["accounts", "cards", "payments", "save"])),
            "balance_visible": G(lambda f: f.pick([True, False])),
            "notifications_unread": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    # -- credit -----------------------------------------------------------------------------------
    (
        "track",
        "Credit Builder Loan Applied",
        ["web", "rn"],
        {
            "loan_id": G(lambda f: "ln_" + f.hexid(12)),
            "amount": G(lambda f: f.pick([500, 1000, 1500, 2000])),
            "term_months": G(lambda f: f.pick([12, 18, 24])),
            "apr": G(lambda f: f.pick([5.99, 11.99, 15.65])),
            "monthly_payment": G(lambda f: money(f, 25, 200)),
            "credit_score": Y(lambda f: f.r.randint(480, 780), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(18000, 140000), "salary"),
            "housing_status": G(lambda f: f.pick(["rent", "own", "other"])),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "unemployed"])),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "bureau": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion"])),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending"])),
        },
    ),
    (
        "track",
        "Credit Report Pulled",
        ["java"],
        {
            "report_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion"])),
            "pull_type": G(lambda f: f.pick(["soft", "hard"])),
            "consumer": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "dob": Y(dob_iso, "birthdate"),
                "current_address": Y(us_address_line, "address"),
            },
            "fico_score": Y(lambda f: f.r.randint(450, 820), "credit score"),
            "tradelines_count": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Auto Refinance Quote Requested",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "vin": Y(
                lambda f: (
                    f.pick(["1HGCV1F3", "5YJ3E1EA", "1FTFW1E5", "JTDKARFU"])
                    + f.digits(1)
                    + f.pick(list("JKLMNP"))
                    + f.digits(7)
                ),
                "serial",
            ),
            "license_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1, 9)}{code(f, 3)}{f.r.randint(100, 999)}",
                        f"{code(f, 3)}-{f.r.randint(1000, 9999)}",
                    ]
                ),
                "license",
            ),
            "vehicle_make": G(lambda f: f.pick(["Honda", "Tesla", "Ford", "Toyota"])),
            "vehicle_model": G(lambda f: f.pick(["Accord", "Model 3", "F-150", "Prius"])),
            "vehicle_year": G(lambda f: f.r.randint(2016, 2024)),
            "payoff_amount": G(lambda f: money(f, 3000, 45000)),
        },
    ),
    # -- security -----------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "flutter"],
        {
            "method": G(lambda f: f.pick(["password", "face_id", "magic_link", "passkey", "fingerprint"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "success": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "MFA Code Entered",
        ["web", "rn"],
        {
            "otp": RED(otp, "token|secret"),
            "delivery_channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "valid": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "email_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Changed",
        ["web", "flutter"],
        {
            "previous_address": {
                "street": Y(us_street, "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "zip": Y(us_zip, "zipcode"),
            },
            "new_address": {
                "street": Y(us_street, "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "zip": Y(us_zip, "zipcode"),
            },
            "address_type": G(lambda f: f.pick(["home", "mailing"])),
        },
    ),
    # -- people around the user --------------------------------------------------------------------
    (
        "track",
        "Referral Invite Sent",
        [*MOBILE, "flutter"],
        {
            "referral_code": G(lambda f: code(f, 8)),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "link"])),
            "invitee_name": Y(full, "name"),
            "invitee_email": Y(email, "email"),
            "invitee_phone": Y(phone, "phone"),
            "reward_amount": G(lambda f: f.pick([25, 50, 75])),
        },
    ),
    (
        "track",
        "Referral Completed",
        ["python"],
        {
            "referrer_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "referee_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "referrer_name": Y(full, "name"),
            "reward_amount": G(lambda f: f.pick([25, 50, 75])),
        },
    ),
    (
        "track",
        "Joint Holder Invited",
        ["web", "rn"],
        {
            "account_id": G(lambda f: "acct_" + f.digits(7)),
            "joint_holder": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "date_of_birth": Y(dob_iso, "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling"])),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            },
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": Y(lambda f: f"{last(f)} & {last(f)} household", "name"),
            "account_type": G(lambda f: f.pick(["joint_checking", "joint_savings"])),
            "members_count": G(lambda f: f.pick([2, 2, 3])),
            "plan": G(lambda f: f.pick(["basic", "plus", "premium"])),
        },
    ),
    (
        "track",
        "Teen Card Ordered",
        ["swift", "rn"],
        {
            "dependant": {
                "first_name": Y(first, "name"),
                "date_of_birth": Y(lambda f: f.date(2008, 2015), "birthdate"),
                "age": G(lambda f: f.r.randint(9, 16)),
                "relationship": G(lambda f: f.pick(["son", "daughter", "child", "grandchild"])),
            },
            "allowance_amount": G(lambda f: f.pick([10, 20, 25, 40])),
            "spending_limit": G(lambda f: f.pick([50, 100, 200])),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["web", "kotlin"],
        {
            "contact_name": Y(full, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
            "relationship": G(lambda f: f.pick(["child", "friend", "attorney", "sibling"])),
        },
    ),
    (
        "track",
        "Recipient Selected",
        ["swift", "rn", "web"],
        {
            "label": Y(full, "name", True),
            "recipient_token": Y(lambda f: f.pick([email(f), us_phone(f)]), "email|phone", True),
            "token_type": G(lambda f: f.pick(["email", "mobile"])),
            "enrolled": G(lambda f: f.pick([True, False])),
            "position": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "New Device Approved",
        ["swift", "kotlin", "web"],
        {
            "device_name": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)}'s iPhone",
                        f"{first(f)}’s MacBook Air",  # noqa: RUF001
                        f"{first(f)}'s Galaxy S24",
                        f"iPad ({first(f)})",
                    ]
                ),
                "name",
                True,
            ),
            "device_model": G(lambda f: f.pick(["iPhone15,2", "MacBookAir10,1", "SM-S921U", "iPad13,18"])),
            "approved_via": G(lambda f: f.pick(["sms_code", "email_link", "existing_device"])),
            "ip_address": Y(ip, "ip"),
            "trusted_devices_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Beneficiary Designated",
        ["web"],
        {
            "account_id": G(lambda f: "acct_" + f.digits(7)),
            "beneficiary_name": Y(full, "name"),
            "beneficiary_dob": Y(lambda f: f.date(1960, 2020), "birthdate"),
            "beneficiary_relationship": G(lambda f: f.pick(["child", "spouse", "sibling", "parent"])),
            "share_pct": G(lambda f: f.pick([25, 50, 100])),
        },
    ),
    (
        "track",
        "Demographics Provided",
        ["web", "rn"],
        {
            "loan_id": G(lambda f: "ln_" + f.hexid(12)),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Prefer not to say"]),
                "ethnicity",
            ),
            "race": Y(
                lambda f: f.pick(
                    [
                        "Black or African American",
                        "Asian",
                        "White",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                    ]
                ),
                "race",
            ),
            "sex": Y(lambda f: f.pick(["Female", "Male", "Prefer not to say"]), "sex"),
            "declined_to_provide": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["rn", "kotlin", "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"hi, I changed my email to {email(f)} can you update it",
                        f"please send the statement to {email(f)}",
                        f"I never got the verification email at {email(f)}",
                        f"my old email {email(f)} is hacked, help",
                    ]
                ),
                "email",
                True,
            ),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "queue": G(lambda f: f.pick(["general", "fraud", "cards"])),
        },
    ),
    # -- support and protected characteristics -------------------------------------------------
    (
        "track",
        "Support Ticket Updated",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "agent": {
                "id": G(lambda f: "agt_" + f.digits(4)),
                "name": Y(full, "name"),
                "email": Y(
                    lambda f: (
                        asc(first(f)).replace(" ", "")
                        + "."
                        + asc(last(f)).replace(" ", "").replace("'", "")
                        + "@bramble.example.com"
                    ),
                    "email",
                ),
            },
            "channel": G(lambda f: f.pick(["chat", "phone", "email"])),
            "tags": Many(
                G(lambda f: f.pick(["card_declined", "kyc", "transfer_delay", "dispute", "vip"])), 3
            ),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Customer asked for a callback on {phone(f)} after 5pm",
                        f"Called back on {phone(f)}, no answer, left voicemail",
                        f"New mobile number given: {phone(f)}, updated after verification",
                        f"Customer prefers text to {phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
            "support_phone": G(lambda f: f.pick(["+1 888-555-0142", "+44 20 3885 0142", "+1 888-555-0199"])),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "help@bramble.example.com",
                        "disputes@bramble.example.com",
                        "uk-help@bramble.example.com",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "how do i change my address",
                        "card declined abroad",
                        "early pay date",
                        "close account",
                        "dispute a charge",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 15)),
            "article_clicked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Needs Recorded",
        ["dotnet"],
        {
            "CustomerRef": G(lambda f: "C" + f.digits(9)),
            "AccessibilityNeeds": Many(
                RED(
                    lambda f: f.pick(["LargePrint", "BrailleStatements", "BslInterpreter", "TextRelay"]),
                    "disability",
                ),
                2,
            ),
            "BrailleStatements": RED(lambda f: f.pick([True, False]), "disability"),
            "HealthConditionDisclosed": Y(
                lambda f: f.pick(["Depression", "Anxiety", "Cancer", "Dementia", "Bipolar disorder"]),
                "condition",
            ),
            "ContactPreference": G(lambda f: f.pick(["Email", "Letter", "Phone"])),
            "RecordedBy": Y(full, "name"),
            "RecordedAtUtc": G(ts),
        },
    ),
    (
        "track",
        "SCRA Benefits Requested",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "service_branch": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "active_duty_start_date": RED(lambda f: f.date(2015, 2024), "veteran"),
            "verification_status": G(lambda f: f.pick(["pending", "verified", "rejected"])),
        },
    ),
    # -- vendor webhooks -----------------------------------------------------------------------------
    (
        "track",
        "Plaid Link Success",
        ["web"],
        {
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "link_session_id": G(lambda f: f.uuid()),
            "institution": {
                "name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Capital One"])),
                "institution_id": G(lambda f: f.pick(["ins_56", "ins_127989", "ins_127991", "ins_128026"])),
            },
            "accounts": Many(
                {
                    "id": G(lambda f: sid(f, "", 37)),
                    "name": G(
                        lambda f: f.pick(
                            ["Total Checking", "Plaid Checking", "Everyday Saver", "360 Performance Savings"]
                        )
                    ),
                    "mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "subtype": G(lambda f: f.pick(["checking", "savings"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Plaid Token Exchanged",
        ["python"],
        {
            "access_token": RED(lambda f: "access-production-" + f.uuid(), "token"),
            "item_id": G(lambda f: sid(f, "", 37)),
            "request_id": G(lambda f: sid(f, "", 15)),
        },
    ),
    (
        "track",
        "Plaid Identity Fetched",
        ["go"],
        {
            "item_id": G(lambda f: sid(f, "", 37)),
            "accounts": Many(
                {
                    "account_id": G(lambda f: sid(f, "", 37)),
                    "mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "owners": Many(
                        {
                            "names": Many(Y(lambda f: full(f).upper(), "name"), 2),
                            "emails": Many(
                                {
                                    "data": Y(email, "email"),
                                    "primary": G(lambda f: f.pick([True, False])),
                                },
                                2,
                            ),
                            "phone_numbers": Many(
                                {
                                    "data": Y(us_phone, "phone"),
                                    "primary": G(lambda f: f.pick([True, False])),
                                },
                                2,
                            ),
                            "addresses": Many(
                                {
                                    "data": {
                                        "street": Y(us_street, "address|street"),
                                        "city": Y(lambda f: us_place(f)[0], "city"),
                                        "region": G(lambda f: us_place(f)[1]),
                                        "postal_code": Y(us_zip, "zipcode"),
                                        "country": G(lambda f: "US"),
                                    },
                                    "primary": G(lambda f: f.pick([True, False])),
                                },
                                2,
                            ),
                        },
                        2,
                    ),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Unit Application Created",
        ["node"],
        {
            "data": {
                "type": G(lambda f: "individualApplication"),
                "attributes": {
                    "ssn": RED(lambda f: ssn(f).replace("-", ""), "social security number"),
                    "fullName": {"first": Y(first, "name"), "last": Y(last, "name")},
                    "dateOfBirth": Y(dob_iso, "birthdate"),
                    "address": {
                        "street": Y(us_street, "address|street"),
                        "street2": Y(us_unit, "address|street"),
                        "city": Y(lambda f: us_place(f)[0], "city"),
                        "state": G(lambda f: us_place(f)[1]),
                        "postalCode": Y(us_zip, "zipcode"),
                        "country": G(lambda f: "US"),
                    },
                    "email": Y(email, "email"),
                    "phone": {
                        "countryCode": G(lambda f: "1"),
                        "number": Y(lambda f: f.phone("nanp_dash").replace("-", ""), "phone"),
                    },
                    "ip": Y(ip, "ip"),
                    "occupation": G(
                        lambda f: f.pick(
                            ["Doctor", "ArchitectOrEngineer", "Student", "Retired", "SkilledTrade"]
                        )
                    ),
                    "annualIncome": Y(
                        lambda f: f.pick(
                            ["UpTo10k", "Between10kAnd25k", "Between50kAnd100k", "Between100kAnd250k"]
                        ),
                        "salary",
                    ),
                },
            },
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["dotnet"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+18885550142", "+18885550199", "72345"])),
            "To": Y(
                lambda f: (
                    f.phone("e164") if f.r.random() < 0.6 else "+44" + uk_mobile(f).replace(" ", "")[-10:]
                ),
                "phone",
                True,
            ),
            "Body": RED(
                lambda f: f.pick(
                    [
                        f"Your Bramble verification code is {otp(f)}. Don't share it with anyone.",
                        f"{otp(f)} is your Bramble login code. We will never call you to ask for it.",
                        f"Bramble: use code {otp(f)} to approve your new device.",
                    ]
                ),
                "token|secret",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
        },
    ),
    (
        "track",
        "Conversions API Event Forwarded",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Purchase", "Lead"])),
            "event_time": G(unix),
            "user_data": {
                "em": Y(lambda f: sha256(f, email(f)), "email"),
                "ph": Y(lambda f: sha256(f, "1" + f.digits(10)), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["java"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(idfa, "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["US_Install_EarlyPay", "UK_Brand", "US_CreditBuilder"])),
            "install_time": G(lambda f: f.iso().replace("T", " ")[:19]),
            "ip": Y(ip, "ip"),
            "country_code": G(lambda f: f.pick(["US", "GB"])),
            "city": Y(lambda f: f.pick([us_place(f)[0], f.pick(UK_PLACES)[0]]), "city"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(us_phone, "phone"),
            "DATE_OF_BIRTH": Y(dob_iso, "birthdate"),
            "ZIP_CODE": Y(us_zip, "zipcode"),
            "HOME_STATE": G(lambda f: us_place(f)[1]),
            "ACCOUNT_STATUS": G(lambda f: f.pick(["ACTIVE", "DORMANT", "CLOSED", "FROZEN"])),
            "LIFETIME_DEPOSITS_USD": G(lambda f: money(f, 0, 90000)),
            "DIRECT_DEPOSIT_ACTIVE": G(lambda f: f.pick([True, False])),
            "FIRST_SWIPE_AT": G(lambda f: f.iso().replace("T", " ").replace("Z", "")),
            "RISK_TIER": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "SSN_LAST4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(450, 820), "credit score"),
            "IS_EMAIL_VERIFIED": G(lambda f: f.pick([True, False])),
            "PHONE_COUNT": G(lambda f: f.pick([1, 1, 2])),
        },
    ),
    (
        "track",
        "Webhook Delivery Logged",
        ["node"],
        {
            "endpoint": G(lambda f: f.pick(["/webhooks/unit", "/webhooks/plaid", "/webhooks/marqeta"])),
            "status_code": G(lambda f: f.pick([200, 200, 401, 500])),
            "headers": {
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "user-agent": G(
                    lambda f: f.pick(["Plaid Verification Service", "Unit-Webhooks/1.0", "Marqeta-Webhooks"])
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "secret|token"),
                "x-signature": G(lambda f: f.hexid(64)),
                "cf-ipcountry": G(lambda f: f.pick(["US", "GB", "IE"])),
            },
        },
    ),
    # -- the everyday rest ----------------------------------------------------------------------
    (
        "track",
        "Bill Payment Scheduled",
        ["web", "rn"],
        {
            "biller_name": G(
                lambda f: f.pick(["Con Edison", "Comcast Xfinity", "T-Mobile", "Duke Energy", "Geico"])
            ),
            "biller_account_number": G(lambda f: f.digits(f.pick([10, 12, 15]))),
            "biller_phone": G(lambda f: f.pick(["1-800-752-6633", "1-800-934-6489", "1-800-937-8997"])),
            "amount": G(lambda f: money(f, 20, 400)),
            "due_date": G(lambda f: f.date(2024, 2024)),
            "autopay": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cheque Deposited",
        ["swift", "kotlin"],
        {
            "check_id": G(lambda f: "chk_" + f.hexid(12)),
            "amount": G(lambda f: money(f, 20, 3000)),
            "front_image_url": Y(
                lambda f: f"https://bramble-rdc.s3.amazonaws.com/{f.uuid()}/front.png", "photo"
            ),
            "micr_routing": G(aba),
            "micr_account": RED(us_account, "bank account"),
            "check_number": G(lambda f: f.r.randint(100, 9999)),
            "payer_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Cash Deposit Barcode Generated",
        ["swift", "kotlin", "rn"],
        {
            "retailer": G(lambda f: f.pick(["Walgreens", "CVS", "7-Eleven", "Dollar General"])),
            "barcode": RED(lambda f: "8" + f.digits(29), "token|secret"),
            "store_city": G(lambda f: us_place(f)[0]),
            "store_state": G(lambda f: us_place(f)[1]),
        },
    ),
    (
        "track",
        "ATM Locator Searched",
        ["swift", "kotlin"],
        {
            "search_lat": Y(us_lat, "geolocation"),
            "search_lng": Y(us_lon, "geolocation"),
            "atm_network": G(lambda f: f.pick(["Allpoint", "MoneyPass", "Any"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "selected_atm": {
                "name": G(lambda f: f.pick(["Walgreens #4412", "Target T-1375", "CVS Pharmacy 02911"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "641 W Lake St, Chicago, IL 60661",
                            "1118 Nicollet Mall, Minneapolis, MN 55403",
                            "2800 Telegraph Ave, Oakland, CA 94609",
                        ]
                    )
                ),
                "distance_miles": G(lambda f: round(f.r.uniform(0.1, 10), 1)),
            },
        },
    ),
    (
        "track",
        "Insurance Policy Purchased",
        ["web", "rn"],
        {
            "partner": G(lambda f: f.pick(["Lemonade", "Trupanion", "Root"])),
            "product": G(lambda f: f.pick(["Pet insurance", "Renters insurance"])),
            "policy_number": Y(lambda f: f.pick(["LP", "TP", "RT"]) + f.digits(9), "identification"),
            "monthly_premium": G(lambda f: money(f, 8, 90)),
            "pet": {
                "name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Bailey", "Pepper"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
            },
        },
    ),
    (
        "track",
        "ISA Opened",
        ["flutter", "kotlin"],
        {
            "isa_type": G(lambda f: f.pick(["cash", "stocks_and_shares", "lifetime"])),
            "ni_number": RED(nino, "national id"),
            "subscription_amount": G(lambda f: money(f, 10, 20000)),
        },
    ),
]


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in ("swift", "kotlin") else f.uuid().upper(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    user_id = "usr_" + f.hexid(12)
    if kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if kind != "group" or f.r.random() < 0.9:
        msg["userId"] = user_id
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "acct_" + f.digits(7)
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if client in SERVER_LIBS and kind == "track":
        msg["integrations"] = {"All": True}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=77, repeats=30)
    write(Path(__file__).parent, "holdout77_", events, labels)
