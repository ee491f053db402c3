"""Writes holdout151: tests/corpus/holdout151_events.jsonl and holdout151_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any other holdout builder but build_holdout3.py (read for the format only), and
never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout151` (seeded,
deterministic).

Domain: the app, web shop and back office of a home-security and alarm-monitoring company
("Nordvakt", ADT/Verisure-like) selling in the US, the UK and Sweden. Covers: identify calls from
the apps, from a .NET CRM (PascalCase), from a warehouse reverse-ETL sync (SCREAMING_SNAKE) and from
a Swedish backend (Swedish keys: fornamn, personnummer, postort ...); group calls for small business
sites; page, screen and alias calls; arming and disarming, keypad user codes, duress codes and
verbal codewords; keyholders and emergency contacts; alarm signals, monitoring-centre notes,
dispatch to police and guard response (Swedish `portkod`); Twilio-shaped call webhooks; video
doorbell rings, familiar faces, shared clips and video verification; sensors, cameras and smart
locks; installation appointments, technicians en route and technician onboarding; quotes, BankID
signing (vendor-shaped `completionData`), contracts, moves, cancellations; direct debits (UK sort
code + account number, Swedish autogiro with clearing number, IBAN, US ACH with routing number),
cards and Stripe-shaped invoices; credit checks; insurance certificates; personal emergency pendants
and responder info (health, disability, NHS numbers, next of kin); guest access codes; US alarm
permits; Swedish invoices (OCR references); monitoring-operator shifts; surveys; a veteran discount;
referrals, sign-in, password reset and one-time codes; SendGrid-shaped e-mail events,
AppsFlyer-shaped install attribution, ad click ids; the e-commerce spec for the equipment shop.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and C# server libraries (context.ip,
context.traits, context.externalIds, device, app, locale, campaign).

Conventions: mostly camelCase and snake_case; PascalCase from the .NET services and Twilio,
kebab-case from a web lead form and SendGrid (`smtp-id`), SCREAMING_SNAKE from the warehouse sync,
Swedish keys from the Swedish backend (about 15 % of paths in all).

Labelling (the Privacy Portal default colours, as the brief gives them):
- PII = personal data about a natural person: the customer, keyholders, emergency contacts,
  residents, referred friends, technicians, monitoring operators and support agents. Colour is the
  reference matcher's default (name, email, phone, address, street, city, zipcode, birthdate, ip,
  mac, photo, license, serial, identification, salary, medication, condition are yellow; password,
  token, credit card, social security number, visa, disability are red); outside the reference:
  geolocation, advertising id, credit score yellow; bank account, national id, secret red.
- Green: ids we issue (customer, contract, system, sensor, camera, job, alarm, dispatch ids, UUIDs),
  SKUs, versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `keyholderCount`, `hasDuressCode`, `code_length`, `password_strength`,
  `ssn_verified`), product / plan / company / insurer / police-agency names, pets' names, room and
  zone names, camera names ("Front door"), sort codes, clearing numbers, BICs and ABA routing
  numbers, card brand / last four / expiry, ages and age bands, employers and job titles, a
  business's own phone, e-mail (role mailboxes) and address, the company's caller id in Twilio
  webhooks (`From`) and call-masking proxy numbers, OS-issued device ids (idfv, Android ID,
  AppsFlyer id), UUID tokens (appAccountToken, BankID orderRef), e-mail Message-IDs, Stripe
  payment-intent ids, police incident references and insurance-certificate numbers we issue.
- The product's published contested-case policy is followed: insurer policy numbers yellow
  `identification`, pay and income yellow `salary`, credit scores yellow `credit score`, vehicle
  plates yellow `license`, gclid / _fbp yellow `advertising id`, billing and shipping addresses
  yellow; Stripe `pm_` ids, one-time codes, reset and share-link tokens red `token`;
  identity-document / personnummer / NI numbers red `national id`; right-to-work answers red `visa`;
  the last four of an SSN red.
- Own decisions where the brief is silent (the rule: what a careful privacy owner at a mid-size
  company would want flagged): alarm PINs, duress codes, verbal codewords, gate and
  door codes (`portkod`) are credentials: red `password`. Doorbell snapshot URLs (images of the
  people at the door) are yellow `photo`. MAC addresses of cameras and sensors are yellow `mac` (a
  reference matcher); serial numbers of our own alarm panels are green (device ids we issue).
  Medical conditions and medications of residents are yellow `condition` / `medication`;
  booleans revealing a disability (`uses_wheelchair`, `mobility_impaired`, `hearing_impaired`)
  are red `disability`, `oxygen_in_use` yellow `condition`. A lone apartment number
  (`lagenhetsnummer`, `line2`) is part of the person's address: yellow `address`. The home
  postcode entered in a coverage check or quote is the person's: yellow `zipcode`. A US driver's
  licence number on an alarm-permit application is an identity document's number: red
  `license|national id`. NHS numbers are red `health id`; a GP's name is a natural person's name
  (yellow) while the practice's phone is a business's (green). Military status and branch of
  service on a veteran discount both reveal the category: red `veteran`. A monitoring operator's
  workstation IP (10.x) is still an IP address tied to a staff member: yellow `ip`. Swedish OCR
  payment references pass Luhn but are numbers we issue per invoice: green.
- value_only is true when the key does not say what the value is (`note`, `text`, `value`,
  `label`, `q`, `input`, `send_to`, `destination`, `unlocked_by`, `username`, externalIds[].id);
  every value of such a PII path carries that PII. Free text (access notes, hazard notes, ticket
  descriptions, cancellation reasons) is green when none of its values carries PII.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three markets ------------------------------------------------

FIRST = {
    "SE": [
        "Anna",
        "Erik",
        "Sara",
        "Björn",
        "Linnéa",
        "Johan",
        "Elsa",
        "Karl",
        "Maja",
        "Oskar",
        "Ebba",
        "Nils",
    ],
    "UK": ["Oliver", "Siobhan", "Priya", "Mohammed", "Aisha", "Callum", "Niamh", "Rhys", "Grace", "Tomasz"],
    "US": ["Tyrone", "Maria", "Kevin", "Emily", "DeShawn", "Guadalupe", "Hannah", "Jin", "Fatou", "Ryan"],
    "XX": ["Abdi", "Shirin", "Emre", "Aino", "Chidi", "Wei", "Ji-woo", "Karthik", "Yousef", "Zanele"],
}
LAST = {
    "SE": ["Lindqvist", "Johansson", "Nilsson", "Åberg", "Holm", "Andersson", "Bergström", "Sjöberg"],
    "UK": ["Hughes", "O'Connell", "Sharma", "Rahman", "Begum", "MacLeod", "Evans", "Walsh", "Kowalczyk"],
    "US": ["Jackson", "Hernández", "Nguyen", "Carter", "Kim", "Washington", "Goldberg", "Rodriguez"],
    "XX": ["Warsame", "Karimi", "Y\u0131lmaz", "Virtanen", "Okeke", "Li", "Park", "Subramanian", "Al-Haddad"],
}
MARKETS = ["SE", "UK", "US"]
FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "\u0131": "i", "á": "a", "'": "", " ": ""})
MAIL_DOMAINS = ["example.com", "example.se", "example.co.uk", "example.net", "post.example.org"]

SE_STREETS = [
    "Storgatan",
    "Drottninggatan",
    "Kungsvägen",
    "Björkvägen",
    "Sveavägen",
    "Linnégatan",
    "Ringvägen",
]
SE_TOWNS = [("Stockholm", 114), ("Göteborg", 413), ("Malmö", 211), ("Uppsala", 753), ("Västerås", 722)]
SE_TOWNS += [("Örebro", 703), ("Lund", 223), ("Umeå", 903), ("Nacka", 131), ("Solna", 171)]
UK_STREETS = ["Church Road", "Victoria Street", "Park Avenue", "Station Road", "High Street", "Mill Lane"]
UK_TOWNS = [
    ("London", "SW11"),
    ("Manchester", "M14"),
    ("Leeds", "LS6"),
    ("Edinburgh", "EH3"),
    ("Bristol", "BS7"),
]
UK_TOWNS += [
    ("Birmingham", "B15"),
    ("Cardiff", "CF10"),
    ("Glasgow", "G12"),
    ("Oxford", "OX4"),
    ("Leicester", "LE2"),
]
US_STREETS = ["Maple Ave", "Oak St", "Elm Street", "Pine Ridge Dr", "Lakeview Ct", "W 34th St", "Bayou Rd"]
US_TOWNS = [("Houston", "TX", 770), ("Phoenix", "AZ", 850), ("Columbus", "OH", 432), ("Charlotte", "NC", 282)]
US_TOWNS += [("Denver", "CO", 802), ("Atlanta", "GA", 303), ("Plano", "TX", 750), ("Sacramento", "CA", 958)]
HOME_GEO = [
    (59.3293, 18.0686),
    (57.7089, 11.9746),
    (51.5072, -0.1276),
    (53.4808, -2.2426),
    (29.7604, -95.3698),
]
HOME_GEO += [(33.4484, -112.074), (39.7392, -104.9903), (55.6050, 13.0038)]


def market(f: Fake) -> str:
    return f.pick(MARKETS)


def first(f: Fake) -> str:
    return f.pick(FIRST[f.pick(["SE", "UK", "US", "XX"])])


def last(f: Fake) -> str:
    return f.pick(LAST[f.pick(["SE", "UK", "US", "XX"])])


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a, b = first(f).lower().translate(FOLD), last(f).lower().translate(FOLD)
    local = f.pick(
        [f"{a}.{b}", f"{a}{b[:1]}", f"{a}_{b}{f.r.randint(1, 99)}", f"{b}.{a}", f"{a}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    a, b = first(f).lower().translate(FOLD), last(f).lower().translate(FOLD)
    return f"{a}.{b}@nordvakt.example"


def phone(f: Fake, country: str | None = None) -> str:
    country = country or market(f)
    r = f.r
    if country == "SE":
        p, a, b, c = (
            f.pick(["70", "72", "73", "76", "79"]),
            r.randint(100, 999),
            r.randint(10, 99),
            r.randint(10, 99),
        )
        return f.pick([f"+46 {p} {a} {b} {c}", f"0{p}-{a} {b} {c}", f"+46{p}{a}{b}{c}", f"0{p}{a}{b}{c}"])
    if country == "UK":
        a, b = r.randint(7000, 7999), r.randint(100000, 999999)
        return f.pick([f"0{a} {b}", f"+44 {a} {b}", f"+44{a}{b}", f"020 7946 0{r.randint(100, 999)}"])
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def se_postcode(f: Fake, base: int | None = None) -> str:
    base = base or f.pick(SE_TOWNS)[1]
    n = base * 100 + f.r.randint(10, 99)
    return f"{n // 100} {n % 100:02d}"


def uk_postcode(f: Fake, outward: str | None = None) -> str:
    outward = outward or f.pick(UK_TOWNS)[1]
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {f.r.randint(1, 9)}{f.r.choice(letters)}{f.r.choice(letters)}"


def us_zip(f: Fake, base: int | None = None) -> str:
    base = base or f.pick(US_TOWNS)[2]
    return f"{base}{f.r.randint(1, 99):02d}"


def postcode(f: Fake) -> str:
    return {"SE": se_postcode, "UK": uk_postcode, "US": us_zip}[market(f)](f)


def street(f: Fake) -> str:
    m = market(f)
    n = f.r.randint(1, 120)
    if m == "SE":
        return f"{f.pick(SE_STREETS)} {n}{f.pick(['', '', 'A', 'B'])}"
    if m == "UK":
        return f"{n} {f.pick(UK_STREETS)}"
    return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}"


def unit(f: Fake) -> str:
    return f.pick(
        [f"lgh {f.r.randint(1001, 1504)}", f"Flat {f.r.randint(1, 30)}", f"Apt {f.r.randint(1, 20)}B"]
    )


def town(f: Fake) -> str:
    return f.pick([f.pick(SE_TOWNS)[0], f.pick(UK_TOWNS)[0], f.pick(US_TOWNS)[0]])


def full_address(f: Fake) -> str:
    m = market(f)
    if m == "SE":
        t, base = f.pick(SE_TOWNS)
        return f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}, {se_postcode(f, base)} {t}"
    if m == "UK":
        t, out = f.pick(UK_TOWNS)
        return f"{f.r.randint(1, 200)} {f.pick(UK_STREETS)}, {t} {uk_postcode(f, out)}"
    t, st, base = f.pick(US_TOWNS)
    return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}, {t}, {st} {us_zip(f, base)}"


def geo(f: Fake, i: int) -> float:
    return round(f.pick(HOME_GEO)[i] + f.r.uniform(-0.08, 0.08), 6)


def birthdate(f: Fake) -> str:
    return f.date(1938, 2004)


def personnummer(f: Fake, style: str | None = None) -> str:
    """A Swedish personal identity number with a valid Luhn check digit."""
    y, m, d = f.r.randint(1940, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    ten = f.luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(0, 999):03d}")
    style = style or f.pick(["short", "long", "plain"])
    if style == "short":
        return f"{ten[:6]}-{ten[6:]}"
    if style == "long":
        return f"{y // 100}{ten[:6]}-{ten[6:]}"
    return f"{y // 100}{ten}"


def ni_number(f: Fake) -> str:
    while True:
        prefix = f.r.choice("ABCEGHJKLMNPRSTWXYZ") + f.r.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    suffix = f.r.choice("ABCD")
    return f.pick([f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}", f"{prefix}{d}{suffix}"])


def mod97_iban(f: Fake, country: str, bban: str, spaced: bool | None = None) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def se_iban(f: Fake) -> str:
    return mod97_iban(f, "SE", f.pick(["500", "800", "600", "300"]) + f.digits(17))


def iban(f: Fake) -> str:
    return se_iban(f) if f.r.random() < 0.6 else f.iban("GB")


def aba_routing(f: Fake) -> str:
    while True:
        d = [int(c) for c in f"{f.r.randint(1, 12):02d}" + f.digits(7)[:6]]
        for check in range(10):
            digits = [*d, check]
            w = 3 * (digits[0] + digits[3] + digits[6]) + 7 * (digits[1] + digits[4] + digits[7])
            if (w + digits[2] + digits[5] + digits[8]) % 10 == 0:
                return "".join(map(str, digits))


def ocr_reference(f: Fake) -> str:
    """A Bankgirot OCR payment reference (Luhn check digit): a number we issue per invoice."""
    return f.luhn_complete(f.digits(f.pick([9, 11, 13])))


def us_dl(f: Fake) -> str:
    return f.pick(
        [f.digits(8), f"{f.r.choice('ABDFGHJKLMNPRSTW')}{f.digits(7)}", f"{f.r.choice('BDGS')}{f.digits(12)}"]
    )


def nhs_number(f: Fake) -> str:
    """A 10-digit NHS number with a valid mod-11 check digit, spaced 3-3-4 or not."""
    while True:
        nine = f.digits(9)
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
        if check == 11:
            check = 0
        if check != 10:
            raw = nine + str(check)
            return f.pick([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"])


def sort_code(f: Fake) -> str:
    return f"{f.pick(['20', '40', '60', '30', '09', '11'])}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def plate(f: Fake) -> str:
    up = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    m = market(f)
    if m == "UK":
        tail = "".join(f.r.choice(up) for _ in range(3))
        return f"{f.r.choice(up)}{f.r.choice(up)}{f.r.randint(10, 74)} {tail}"
    if m == "SE":
        letters = "".join(f.r.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3))
        return f.pick(
            [f"{letters} {f.r.randint(100, 999)}", f"{letters} {f.r.randint(10, 99)}{f.r.choice(up)}"]
        )
    return f"{f.r.randint(1, 9)}{''.join(f.r.choice(up) for _ in range(3))}{f.r.randint(100, 999)}"


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    return prefix + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def pin(f: Fake, n: int | None = None) -> str:
    return f.digits(n or f.pick([4, 4, 6]))


def codeword(f: Fake) -> str:
    return f.pick(
        ["blåbär", "Pineapple77", "tangerine", "oakleaf", "Kanelbulle", "marmalade", "Lighthouse9"]
    ) + f.pick(["", "", "!", str(f.r.randint(1, 9))])


def gaid(f: Fake) -> str:
    return f.uuid()


UA_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UA_SAFARI = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15"
)
UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1"
)


def snapshot_url(f: Fake) -> str:
    expires = f.r.randint(1_700_000_000, 1_730_000_000)
    return f"https://media.nordvakt.example/snap/{f.hexid(24)}.jpg?exp={expires}"


def clock(f: Fake) -> str:
    return f"{f.r.randint(5, 23):02d}:{f.r.randint(0, 59):02d}"


def e164_any(f: Fake) -> str:
    m = market(f)
    if m == "SE":
        return f"+467{f.pick(['0', '2', '3', '6'])}{f.digits(7)}"
    if m == "UK":
        return f"+447{f.r.randint(400, 999)}{f.digits(6)}"
    return f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}"


# -- contexts -----------------------------------------------------------------------------------------


def web_ctx(pages):
    def make(f: Fake):
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
            },
            "page": {
                "path": G(lambda f: f.pick(pages)),
                "referrer": G(
                    lambda f: f.pick(
                        ["", "https://www.google.com/", "https://www.bing.com/", "https://nordvakt.example/"]
                    )
                ),
                "search": G(
                    lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?step=2"])
                ),
                "title": G(
                    lambda f: f.pick(
                        [
                            "Nordvakt | Home alarm",
                            "My Nordvakt",
                            "Checkout | Nordvakt",
                            "Larm för hemmet | Nordvakt",
                        ]
                    )
                ),
                "url": G(lambda f: "https://nordvakt.example" + f.pick(pages)),
            },
            "userAgent": G(
                lambda f: f.pick(
                    [
                        UA_CHROME,
                        UA_SAFARI,
                        UA_IPHONE,
                        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
                    ]
                )
            ),
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
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
            "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Stockholm"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "campaign": {
                "name": G(
                    lambda f: f.pick(["spring_doorbell", "brand_se", "moving_home_uk", "smart_lock_bundle"])
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tradedoubler"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "affiliate", "social"])),
                "term": G(
                    lambda f: f.pick(
                        ["home alarm", "hemlarm pris", "video doorbell", "burglar alarm monitored"]
                    )
                ),
                "content": G(lambda f: f.pick(["hero_a", "hero_b", "footer_link"])),
            },
        }

    return make


def ios_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Nordvakt"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2", "7.6.0"])),
            "build": G(lambda f: f.pick(["7400", "7520", "7601"])),
            "namespace": G(lambda f: "com.nordvakt.home"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Europe/Stockholm"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


def android_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Nordvakt"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.1", "7.6.0"])),
            "build": G(lambda f: f.pick(["704000", "705010", "706000"])),
            "namespace": G(lambda f: "com.nordvakt.home"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5961L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: gaid(f), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "location": {
            "latitude": Y(lambda f: geo(f, 0), "geolocation"),
            "longitude": Y(lambda f: geo(f, 1), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telia", "Tele2", "EE", "Vodafone UK", "T-Mobile", "Verizon"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2205])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Stockholm"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
                ]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Nordvakt Installer"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "com.nordvakt.installer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.3", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 780])),
        },
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London", "Europe/Stockholm"])),
        "traits": {
            "userId": G(lambda f: "tech_" + f.digits(5)),
            "email": Y(staff_email, "email"),
            "firstName": Y(first, "name"),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Nordvakt"),
            "version": G(lambda f: f.pick(["8.0.0", "8.0.3", "8.1.0"])),
            "build": G(lambda f: f.pick(["800", "803", "810"])),
            "namespace": G(lambda f: "com.nordvakt.home"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546B", "2201117TG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 873])),
        },
        "timezone": G(lambda f: f.pick(["America/Phoenix", "Europe/London", "Europe/Stockholm"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def lib(name: str, versions: list[str]):
    return {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}


def python_ctx(f: Fake):
    return {
        "library": lib("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
        "externalIds": Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
    }


def node_ctx(f: Fake):
    return {
        "library": lib("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    UA_CHROME,
                    "Nordvakt/7.5.2 (iPhone; iOS 17.4.1; Scale/3.00)",
                    "okhttp/4.12.0",
                ]
            )
        ),
        "traits": {"email": Y(email, "email")},
    }


def go_ctx(f: Fake):
    return {"library": lib("analytics-go", ["3.3.0", "3.2.0", "3.1.1"])}


def java_ctx(f: Fake):
    return {"library": lib("analytics-java", ["3.5.1", "3.5.0", "3.4.0"])}


def ruby_ctx(f: Fake):
    return {"library": lib("analytics-ruby", ["2.4.1", "2.4.0", "2.5.0"])}


def php_ctx(f: Fake):
    return {"library": lib("analytics-php", ["3.7.0", "3.6.0", "3.8.0"])}


def dotnet_ctx(f: Fake):
    return {"library": lib("analytics-csharp", ["2.4.0", "2.3.6", "2.4.1"])}


SHOP_PAGES = ["/", "/alarm-systems", "/doorbells", "/cameras", "/shop/sensors", "/checkout", "/sv/larmpaket"]
ACCOUNT_PAGES = ["/account", "/account/keyholders", "/account/billing", "/account/system", "/account/moving"]
CONTEXTS = {
    "web": web_ctx(SHOP_PAGES),
    "webacct": web_ctx(ACCOUNT_PAGES),
    "ios": ios_ctx,
    "android": android_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": python_ctx,
    "node": node_ctx,
    "go": go_ctx,
    "java": java_ctx,
    "ruby": ruby_ctx,
    "php": php_ctx,
    "dotnet": dotnet_ctx,
}
APPS = ["ios", "android", "flutter"]

# -- shared fragments ---------------------------------------------------------------------------------

PRODUCTS = [
    ("Doorbell Camera Pro", "NV-DB200", "Cameras", 199.0),
    ("Door/Window Sensor", "NV-DW10", "Sensors", 29.0),
    ("Indoor Camera 2K", "NV-IC2K", "Cameras", 89.0),
    ("Smoke Detector", "NV-SD5", "Sensors", 49.0),
    ("Keypad Touch", "NV-KP3", "Control", 79.0),
    ("Smart Lock", "NV-SL1", "Locks", 249.0),
    ("Motion Detector PIR", "NV-PIR4", "Sensors", 45.0),
    ("Panic Button", "NV-PB1", "Control", 35.0),
    ("Outdoor Siren", "NV-OS2", "Control", 119.0),
]


def product():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[1]),
        "sku": G(lambda f: f.pick(PRODUCTS)[1] + "-" + f.pick(["WHT", "BLK", "EU", "US", "UK"])),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "brand": G(lambda f: f.pick(["Nordvakt", "Yale", "Danalock", "Nordvakt Pro"])),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: "https://nordvakt.example/shop/" + f.pick(PRODUCTS)[1].lower()),
        "image_url": G(lambda f: f"https://cdn.nordvakt.example/p/{f.hexid(10)}.webp"),
    }


def postal(line2=True):
    out = {
        "name": Y(full, "name"),
        "line1": Y(street, "address|street"),
    }
    if line2:
        out["line2"] = Y(unit, "address|street")
    out.update(
        {
            "city": Y(town, "city"),
            "postcode": Y(postcode, "zipcode"),
            "country": G(lambda f: f.pick(["SE", "GB", "US"])),
        }
    )
    return out


CURRENCY = G(lambda f: f.pick(["SEK", "GBP", "USD"]))
SYSTEM_ID = G(lambda f: "sys_" + f.hexid(12))
ZONES = [
    "Front door",
    "Back door",
    "Hallway PIR",
    "Kitchen window",
    "Garage",
    "Living room",
    "Basement",
    "Hall",
]

# -- events: (kind, event/name, clients, body) -------------------------------------------------------

EVENTS = [
    # -- identify -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "webacct", *APPS],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(town, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "state": G(
                    lambda f: f.pick(["TX", "Greater London", "Stockholms län", "AZ", "West Yorkshire"])
                ),
                "country": G(lambda f: f.pick(["US", "GB", "SE"])),
            },
            "birthday": Y(birthdate, "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: "NV" + f.digits(8)),
            "plan": G(lambda f: f.pick(["Essential", "Premium", "Premium + Video", "Smart Home"])),
            "contractStatus": G(lambda f: f.pick(["active", "pending_install", "notice_given", "cancelled"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "keyholderCount": G(lambda f: f.r.randint(0, 4)),
            "hasDuressCode": G(lambda f: f.pick([True, False])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "propertyType": G(lambda f: f.pick(["house", "flat", "terraced", "townhouse", "radhus"])),
            "age": G(lambda f: f.r.randint(21, 88)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "CustomerId": G(lambda f: "C" + f.digits(7)),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "HomePhone": Y(lambda f: phone(f, f.pick(["UK", "US"])), "phone"),
            "DateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
            "Address": {
                "Line1": Y(street, "address|street"),
                "Line2": Y(unit, "address|street"),
                "Town": Y(town, "city"),
                "Postcode": Y(postcode, "zipcode"),
                "Country": G(lambda f: f.pick(["United Kingdom", "United States", "Sweden"])),
            },
            "AccountManager": Y(full, "name"),
            "CreatedDate": G(lambda f: f.iso()),
            "IsVip": G(lambda f: f.pick([True, False])),
            "CreditScore": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "MonthlyFee": G(lambda f: f.pick([29.99, 39.99, 49.99, 449.0, 599.0])),
            "Currency": CURRENCY,
            "SegmentTier": G(lambda f: f.pick(["Residential", "SmallBusiness", "Landlord"])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "CUSTOMER_ID": G(lambda f: "NV" + f.digits(8)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "POSTCODE": Y(postcode, "zipcode"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "CONTRACT_END_DATE": G(lambda f: f.date(2025, 2028)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LIFETIME_VALUE": G(lambda f: f.money(100, 9000)),
            "ACTIVE_SITES": G(lambda f: f.r.randint(1, 4)),
            "REGION": G(lambda f: f.pick(["NORDICS", "UK_I", "US_SOUTH", "US_WEST"])),
            "AGE_BAND": G(lambda f: f.pick(["25-34", "35-44", "45-54", "65+"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "kundnummer": G(lambda f: f.digits(9)),
            "fornamn": Y(lambda f: f.pick(FIRST["SE"] + FIRST["XX"]), "name"),
            "efternamn": Y(lambda f: f.pick(LAST["SE"] + LAST["XX"]), "name"),
            "epost": Y(email, "email"),
            "mobilnummer": Y(lambda f: phone(f, "SE"), "phone"),
            "personnummer": RED(personnummer, "national id"),
            "gatuadress": Y(lambda f: f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}", "address|street"),
            "postnummer": Y(lambda f: se_postcode(f), "zipcode"),
            "postort": Y(lambda f: f.pick(SE_TOWNS)[0], "city"),
            "avtalstyp": G(lambda f: f.pick(["Hemlarm Bas", "Hemlarm Plus", "Villalarm Premium"])),
            "kundSedan": G(lambda f: f.date(2012, 2024)),
            "sprak": G(lambda f: f.pick(["sv", "en", "fi"])),
            "fakturametod": G(lambda f: f.pick(["autogiro", "e-faktura", "kivra", "pappersfaktura"])),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Bageriet i Vasastan AB", "Hughes Dental Ltd", "Lone Star Vape LLC", "Corner Pharmacy"]
                )
            ),
            "industry": G(lambda f: f.pick(["Retail", "Hospitality", "Healthcare", "Office"])),
            "employees": G(lambda f: f.r.randint(2, 60)),
            "plan": G(lambda f: f.pick(["Business Essential", "Business Video", "Business 24/7"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://bageriet.example.se",
                        "https://hughesdental.example.co.uk",
                        "https://lonestar.example.com",
                    ]
                )
            ),
            "sitePhone": G(
                lambda f: f.pick(["+46 8 555 012 40", "0113 496 0300", "(713) 555-0188", "020 7946 0958"])
            ),
            "invoiceEmail": G(
                lambda f: f.pick(
                    [
                        "ekonomi@bageriet.example.se",
                        "accounts@hughesdental.example.co.uk",
                        "billing@lonestar.example.com",
                    ]
                )
            ),
            "premises": {
                "street": G(
                    lambda f: f.pick(["Odengatan 41", "12 Kirkgate", "2200 Westheimer Rd", "5 Market Place"])
                ),
                "city": G(lambda f: f.pick(["Stockholm", "Leeds", "Houston", "Reading"])),
                "postcode": G(lambda f: f.pick(["113 51", "LS1 6BY", "77098", "RG1 2EQ"])),
            },
            "orgNumber": G(lambda f: f.pick(["556677-8899", "559012-3456", "10234567", "74-3456789"])),
        },
    ),
    ("alias", None, ["web", "ios", "android"], None),
    (
        "page",
        "Alarm Packages",
        ["web"],
        {
            "path": G(lambda f: f.pick(SHOP_PAGES)),
            "url": G(lambda f: "https://nordvakt.example" + f.pick(SHOP_PAGES)),
            "title": G(
                lambda f: f.pick(
                    ["Home alarm packages | Nordvakt", "Larmpaket | Nordvakt", "Video doorbells | Nordvakt"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.google.se/", "https://duckduckgo.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc&utm_campaign=brand_se", "?ref=footer"]
                )
            ),
            "category": G(lambda f: f.pick(["shop", "marketing", "support"])),
        },
    ),
    (
        "screen",
        "Dashboard",
        APPS,
        {
            "screen_class": G(
                lambda f: f.pick(["DashboardViewController", "HomeFragment", "DashboardScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Login", "Cameras", "Events", "Settings"])),
            "tab": G(lambda f: f.pick(["home", "cameras", "history", "more"])),
        },
    ),
    # -- shop, quotes, leads ------------------------------------------------------------------------
    (
        "track",
        "Coverage Checked",
        ["web"],
        {
            "postcode": Y(postcode, "zipcode"),
            "available": G(lambda f: f.pick([True, True, False])),
            "monitoring_centre": G(lambda f: f.pick(["Stockholm ARC", "Dublin ARC", "Dallas ARC"])),
            "install_lead_time_days": G(lambda f: f.r.randint(2, 21)),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            "form-id": G(lambda f: f.pick(["lead-hero", "lead-footer", "lead-moving"])),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "e-mail": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "post-code": Y(postcode, "zipcode"),
            "property-type": G(lambda f: f.pick(["house", "flat", "bungalow", "villa"])),
            "how-did-you-hear": G(lambda f: f.pick(["tv", "google", "friend", "door-to-door"])),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "consent-marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quote Requested",
        ["web", "ios"],
        {
            "quoteId": G(lambda f: "Q-" + f.digits(7)),
            "package": G(lambda f: f.pick(["Essential", "Premium", "Premium + Video"])),
            "sensorsCount": G(lambda f: f.r.randint(2, 14)),
            "camerasCount": G(lambda f: f.r.randint(0, 4)),
            "monthlyPrice": G(lambda f: f.pick([29.99, 39.99, 449.0, 549.0, 44.99])),
            "currency": CURRENCY,
            "homeSizeSqm": G(lambda f: f.r.randint(35, 260)),
            "hasPets": G(lambda f: f.pick([True, False])),
            "petType": G(lambda f: f.pick(["dog", "cat", "none", "rabbit"])),
            "petName": G(lambda f: f.pick(["Bella", "Sixten", "Max", "Luna", "Biscuit", "Rocky"])),
            "previouslyBurgled": G(lambda f: f.pick([True, False])),
            "insurer": G(
                lambda f: f.pick(["Folksam", "Aviva", "State Farm", "If Skadeförsäkring", "Direct Line"])
            ),
            "postcode": Y(postcode, "zipcode"),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(["doorbell", "smoke detector", "extra keypad", "dörrsensor", "smart lock"])
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "ios", "android"],
        {**{k: v for k, v in product().items() if k != "quantity"}, "currency": CURRENCY},
    ),
    (
        "track",
        "Product Added",
        ["web", "ios"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "NVO-" + f.digits(8)),
            "revenue": G(lambda f: f.money(29, 900)),
            "tax": G(lambda f: f.money(5, 120)),
            "shipping": G(lambda f: f.pick([0, 4.99, 49.0])),
            "coupon": G(lambda f: f.pick(["", "MOVING20", "DOORBELL10", "VÅR2024"])),
            "currency": CURRENCY,
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "NVO-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f.digits(9)),
            "total": G(lambda f: f.money(29, 900)),
            "subtotal": G(lambda f: f.money(29, 900)),
            "tax": G(lambda f: f.money(5, 120)),
            "shipping": G(lambda f: f.pick([0, 4.99, 49.0])),
            "currency": CURRENCY,
            "coupon": G(lambda f: f.pick(["", "MOVING20", "DOORBELL10", "VÅR2024"])),
            "affiliation": G(lambda f: f.pick(["Nordvakt Web", "Nordvakt App", "Partner: Elgiganten"])),
            "payment_method": G(lambda f: f.pick(["card", "klarna", "apple_pay", "paypal"])),
            "install_required": G(lambda f: f.pick([True, False])),
            "customer_email": Y(email, "email"),
            "products": Many(product(), 3),
            "shipping_address": postal(),
            "billing_address": postal(line2=False),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(lambda f: "NVO-" + f.digits(8)),
            "refund_amount": G(lambda f: f.money(10, 300)),
            "reason": G(
                lambda f: f.pick(["damaged_in_transit", "changed_mind", "wrong_item", "incompatible"])
            ),
            "currency": CURRENCY,
        },
    ),
    # -- contract, signing, payment -----------------------------------------------------------------
    (
        "track",
        "Contract Signed",
        ["web", "java"],
        {
            "contractId": G(lambda f: "CT-" + f.digits(8)),
            "plan": G(lambda f: f.pick(["Essential", "Premium", "Premium + Video", "Smart Home"])),
            "termMonths": G(lambda f: f.pick([12, 24, 36])),
            "monthlyFee": G(lambda f: f.pick([29.99, 39.99, 449.0, 549.0])),
            "currency": CURRENCY,
            "signedAt": G(lambda f: f.iso()),
            "signerName": Y(full, "name"),
            "signerIp": Y(lambda f: f.ipv4(), "ip"),
            "signatureMethod": G(lambda f: f.pick(["bankid", "docusign", "click_to_sign"])),
            "documentHash": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "BankID Signature Completed",
        ["python"],
        {
            "orderRef": G(lambda f: f.uuid()),
            "status": G(lambda f: "complete"),
            "hintCode": G(lambda f: f.pick(["userSign", "outstandingTransaction", "started"])),
            "completionData": {
                "user": {
                    "personalNumber": RED(lambda f: personnummer(f, "plain"), "national id"),
                    "name": Y(lambda f: f"{f.pick(FIRST['SE'])} {f.pick(LAST['SE'])}", "name"),
                    "givenName": Y(lambda f: f.pick(FIRST["SE"]), "name"),
                    "surname": Y(lambda f: f.pick(LAST["SE"]), "name"),
                },
                "device": {"ipAddress": Y(lambda f: f.ipv4(), "ip"), "uhi": G(lambda f: f.hexid(40))},
                "bankIdIssueDate": G(lambda f: f.date(2019, 2024)),
                "stepUp": {"mrtd": G(lambda f: f.pick([True, False]))},
            },
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["php"],
        {
            "mandate_reference": G(lambda f: "NVDD-" + f.digits(8)),
            "provider": G(lambda f: f.pick(["GoCardless", "Bottomline", "Stripe Bacs"])),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(sort_code),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": G(lambda f: f.pick(["Barclays", "NatWest", "Lloyds", "Monzo", "HSBC UK"])),
            "collection_day": G(lambda f: f.pick([1, 15, 28])),
            "first_collection_date": G(lambda f: f.date(2024, 2024)),
            "customer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Autogiro Medgivande Registrerat",
        ["python"],
        {
            "kundnummer": G(lambda f: f.digits(9)),
            "clearingnummer": G(lambda f: f.pick(["8327-9", "6000", "5000", "3300", "9660"])),
            "kontonummer": RED(lambda f: f.digits(f.pick([7, 9, 10])), "bank account"),
            "kontoinnehavare": Y(lambda f: f"{f.pick(FIRST['SE'])} {f.pick(LAST['SE'])}", "name"),
            "bank": G(lambda f: f.pick(["Swedbank", "Handelsbanken", "SEB", "Nordea", "Länsförsäkringar"])),
            "iban": RED(iban, "bank account"),
            "bic": G(lambda f: f.pick(["SWEDSESS", "HANDSESS", "ESSESESS", "NDEASESS"])),
            "status": G(lambda f: f.pick(["godkand", "vantar", "avvisad"])),
        },
    ),
    (
        "track",
        "ACH Autopay Enrolled",
        ["node"],
        {
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Frost Bank"])),
            "account_holder_name": Y(full, "name"),
            "plaid_account_id": G(lambda f: stripe_id(f, "", 32)),
            "verified_via": G(lambda f: f.pick(["plaid", "microdeposits", "manual"])),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["web", "ios"],
        {
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "wallet": G(lambda f: f.pick(["none", "apple_pay", "google_pay"])),
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "three_d_secure": G(lambda f: f.pick(["authenticated", "not_required", "attempted"])),
        },
    ),
    (
        "track",
        "Checkout Payment Submitted",
        ["web"],
        {
            "checkoutStep": G(lambda f: 3),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "nameOnCard": Y(full, "name"),
            "saveCard": G(lambda f: f.pick([True, False])),
            "paymentProvider": G(lambda f: f.pick(["adyen", "worldpay_legacy", "nets"])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "id": G(lambda f: stripe_id(f, "in_")),
            "number": G(lambda f: f"NV-{f.r.randint(1000, 9999)}-{f.r.randint(1, 99):04d}"),
            "customer": G(lambda f: stripe_id(f, "cus_", 14)),
            "customer_email": Y(email, "email"),
            "customer_name": Y(full, "name"),
            "customer_phone": Y(phone, "phone"),
            "customer_address": {
                "line1": Y(street, "address|street"),
                "city": Y(town, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["TX", "", "CA", "AZ"])),
                "country": G(lambda f: f.pick(["US", "GB", "SE"])),
            },
            "amount_paid": G(lambda f: f.r.randint(2999, 59900)),
            "currency": G(lambda f: f.pick(["usd", "gbp", "sek"])),
            "payment_intent": G(lambda f: stripe_id(f, "pi_")),
            "default_payment_method": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_1Nv/" + f.hexid(32)),
            "status": G(lambda f: "paid"),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ["ruby"],
        {
            "application_id": G(lambda f: "APP" + f.digits(8)),
            "provider": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion", "UC"])),
            "decision": G(lambda f: f.pick(["approved", "refer", "declined"])),
            "credit_score": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ssn_verified": G(lambda f: f.pick([True, False])),
            "date_of_birth": Y(birthdate, "birthdate"),
            "annual_income": Y(lambda f: f.r.randint(28, 240) * 1000, "salary"),
            "employer": G(
                lambda f: f.pick(["H-E-B", "Baylor Scott & White", "Self-employed", "Dell Technologies"])
            ),
            "job_title": G(lambda f: f.pick(["Nurse", "Teacher", "Software Engineer", "Electrician"])),
            "residential_status": G(lambda f: f.pick(["homeowner", "tenant", "living_with_family"])),
        },
    ),
    (
        "track",
        "Contract Cancelled",
        ["webacct", "java"],
        {
            "contractId": G(lambda f: "CT-" + f.digits(8)),
            "reason": G(
                lambda f: f.pick(["moving_abroad", "price", "switching_provider", "deceased", "other"])
            ),
            "reasonText": G(
                lambda f: f.pick(
                    [
                        "Too expensive after the price rise",
                        "We are moving into a flat with a concierge",
                        "",
                        "Found a cheaper provider",
                    ]
                )
            ),
            "noticePeriodDays": G(lambda f: f.pick([30, 60, 90])),
            "exitFee": G(lambda f: f.pick([0, 99.0, 1500.0])),
            "retentionOfferShown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Home Move Registered",
        ["dotnet"],
        {
            "ContractId": G(lambda f: "CT-" + f.digits(8)),
            "OldAddress": {
                "Street": Y(street, "address|street"),
                "PostCode": Y(postcode, "zipcode"),
                "City": Y(town, "city"),
            },
            "NewAddress": {
                "Street": Y(street, "address|street"),
                "PostCode": Y(postcode, "zipcode"),
                "City": Y(town, "city"),
            },
            "MoveDate": G(lambda f: f.date(2024, 2025)),
            "TransferSystem": G(lambda f: f.pick([True, False])),
            "NewKeyholdersRequired": G(lambda f: f.pick([True, False])),
            "RequestedBy": G(lambda f: f.pick(["Customer", "Agent", "Partner"])),
        },
    ),
    # -- installation -------------------------------------------------------------------------------
    (
        "track",
        "Installation Appointment Booked",
        ["web", "ios", "android"],
        {
            "appointment_id": G(lambda f: "APT" + f.digits(7)),
            "slot_start": G(lambda f: f.iso()),
            "slot_end": G(lambda f: f.iso()),
            "install_type": G(lambda f: f.pick(["new", "upgrade", "move", "service"])),
            "duration_minutes": G(lambda f: f.pick([90, 120, 180])),
            "install_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(unit, "address|street"),
                "city": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["SE", "GB", "US"])),
            },
            "access_notes": G(
                lambda f: f.pick(
                    [
                        "Park on the driveway",
                        "Dog in the garden, please ring first",
                        "Side entrance",
                        "Visitor parking at the back",
                        "",
                    ]
                )
            ),
            "gate_code": RED(lambda f: f.pick(["#", "", "*"]) + pin(f, 4), "password"),
            "contact_phone_on_day": Y(phone, "phone"),
            "technician_id": G(lambda f: "tech_" + f.digits(5)),
            "technician_name": Y(full, "name"),
            "pets_on_site": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(["Bella", "Sixten", "Max", "Luna", "Biscuit", "Rocky"])),
            "parking": G(lambda f: f.pick(["driveway", "street", "permit_needed"])),
        },
    ),
    (
        "track",
        "Technician En Route",
        ["go"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(7)),
            "eta_minutes": G(lambda f: f.r.randint(5, 55)),
            "technician": {
                "id": G(lambda f: "tech_" + f.digits(5)),
                "first_name": Y(first, "name"),
                "masked_phone": G(
                    lambda f: f.pick(
                        ["+44 20 3095 1200", "+46 10 888 40 00", "+1 (469) 555-0141", "+44 20 3095 1201"]
                    )
                ),
                "vehicle_reg": Y(plate, "license"),
                "lat": Y(lambda f: geo(f, 0), "geolocation"),
                "lng": Y(lambda f: geo(f, 1), "geolocation"),
            },
            "customer_postcode": Y(postcode, "zipcode"),
            "tracking_link": G(lambda f: "https://nordvakt.example/t/" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Installation Completed",
        ["rn"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(7)),
            "devices_installed": G(lambda f: f.r.randint(3, 18)),
            "panel_serial": G(lambda f: f"NVH{f.r.randint(20, 24)}{f.digits(7)}"),
            "panel_firmware": G(lambda f: f.pick(["4.12.1", "4.13.0", "4.11.7"])),
            "signal_strength": G(lambda f: f.r.randint(-95, -40)),
            "customer_signature_name": Y(full, "name"),
            "customer_present": G(lambda f: f.pick([True, False])),
            "technician_notes": G(
                lambda f: f.pick(
                    ["Moved PIR away from radiator", "All zones tested OK", "Siren mounted on gable", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Technician Onboarded",
        ["java"],
        {
            "technicianId": G(lambda f: "tech_" + f.digits(5)),
            "fullName": Y(full, "name"),
            "niNumber": RED(ni_number, "national id"),
            "rightToWork": RED(
                lambda f: f.pick(
                    ["british_citizen", "settled_status", "skilled_worker_visa", "graduate_visa"]
                ),
                "visa",
            ),
            "hourlyRate": Y(lambda f: f.pick([14.5, 16.0, 17.25, 19.8]), "salary"),
            "employer": G(
                lambda f: f.pick(["Nordvakt UK Ltd", "SecureFit Subcontracting", "Alarmtech Services"])
            ),
            "vanRegistration": Y(plate, "license"),
            "startDate": G(lambda f: f.date(2024, 2024)),
            "certifications": Many(G(lambda f: f.pick(["NSI Gold", "SSAIB", "ECS Card", "BS 8243"])), 2),
        },
    ),
    # -- arming, codes, keyholders ------------------------------------------------------------------
    (
        "track",
        "System Armed",
        APPS,
        {
            "system_id": SYSTEM_ID,
            "arm_mode": G(lambda f: f.pick(["away", "home", "night"])),
            "partition": G(lambda f: f.pick([1, 2])),
            "method": G(lambda f: f.pick(["app", "keypad", "keyfob", "schedule", "geofence"])),
            "exit_delay_s": G(lambda f: f.pick([30, 45, 60])),
            "zones_bypassed": G(lambda f: f.r.randint(0, 2)),
            "bypassed_zones": Many(G(lambda f: f.pick(ZONES)), 2),
            "armed_by_user_id": G(lambda f: "u_" + f.digits(7)),
            "armed_by_name": Y(first, "name"),
            "user_role": G(lambda f: f.pick(["owner", "keyholder", "guest"])),
            "latitude": Y(lambda f: geo(f, 0), "geolocation"),
            "longitude": Y(lambda f: geo(f, 1), "geolocation"),
            "distance_from_home_m": G(lambda f: f.r.randint(0, 40000)),
        },
    ),
    (
        "track",
        "System Disarmed",
        [*APPS, "go"],
        {
            "system_id": SYSTEM_ID,
            "method": G(lambda f: f.pick(["app", "keypad", "keyfob", "tag"])),
            "code_slot": G(lambda f: f.r.randint(1, 20)),
            "code_type": G(lambda f: f.pick(["user", "master", "guest", "duress"])),
            "disarmed_by_name": Y(first, "name"),
            "duress": G(lambda f: f.pick([False, False, True])),
            "entry_delay_used_s": G(lambda f: f.r.randint(3, 45)),
        },
    ),
    (
        "track",
        "Keypad User Added",
        ["ios", "android", "webacct"],
        {
            "system_id": SYSTEM_ID,
            "code_slot": G(lambda f: f.r.randint(1, 20)),
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} (cleaner)",
                        first(f),
                        f"Dog walker {first(f)}",
                        f"Mormor {first(f)}",
                        f"{first(f)} {last(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "pin_code": RED(pin, "password"),
            "code_length": G(lambda f: f.pick([4, 6])),
            "schedule": G(lambda f: f.pick(["always", "weekdays_8_17", "one_time"])),
            "valid_until": G(lambda f: f.pick(["", f.iso()])),
            "access_level": G(lambda f: f.pick(["full", "arm_only", "disarm_only"])),
            "is_duress_code": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Duress Code Changed",
        ["webacct", "ios"],
        {
            "system_id": SYSTEM_ID,
            "duress_code": RED(pin, "password"),
            "code_length": G(lambda f: f.pick([4, 6])),
            "changed_by": G(lambda f: "u_" + f.digits(7)),
            "previous_code_age_days": G(lambda f: f.r.randint(1, 900)),
            "verbal_codeword": RED(codeword, "password"),
            "codeword_updated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Keyholder Added",
        ["webacct", "ios", "android"],
        {
            "system_id": SYSTEM_ID,
            "keyholder": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "mobile": Y(phone, "phone"),
                "email": Y(email, "email"),
                "postcode": Y(postcode, "zipcode"),
                "relationship": G(lambda f: f.pick(["neighbour", "son", "daughter", "friend", "partner"])),
                "callOrder": G(lambda f: f.r.randint(1, 4)),
                "hasKey": G(lambda f: f.pick([True, False])),
                "canDisarm": G(lambda f: f.pick([True, False])),
            },
            "keyholderCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        ["android", "flutter"],
        {
            "contacts": Many(
                {
                    "name": Y(full, "name"),
                    "phone": Y(phone, "phone"),
                    "relation": G(lambda f: f.pick(["spouse", "parent", "neighbour", "colleague"])),
                    "priority": G(lambda f: f.r.randint(1, 3)),
                    "notifyBySms": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Kontaktperson Tillagd",
        ["python"],
        {
            "kundnummer": G(lambda f: f.digits(9)),
            "anlaggningsId": G(lambda f: "ANL" + f.digits(6)),
            "kontaktperson": {
                "namn": Y(
                    lambda f: f"{f.pick(FIRST['SE'] + FIRST['XX'])} {f.pick(LAST['SE'] + LAST['XX'])}", "name"
                ),
                "telefon": Y(lambda f: phone(f, "SE"), "phone"),
                "epost": Y(email, "email"),
                "relation": G(lambda f: f.pick(["granne", "son", "dotter", "sambo", "vän"])),
                "ordning": G(lambda f: f.r.randint(1, 4)),
                "harNyckel": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    # -- alarms, monitoring, dispatch ---------------------------------------------------------------
    (
        "track",
        "Alarm Triggered",
        ["node"],
        {
            "alarm_id": G(lambda f: "ALM" + f.digits(9)),
            "system_id": SYSTEM_ID,
            "zone_id": G(lambda f: f.r.randint(1, 32)),
            "zone_name": G(lambda f: f.pick(ZONES)),
            "sensor_type": G(lambda f: f.pick(["pir", "door_contact", "smoke", "glassbreak", "panic"])),
            "sia_code": G(lambda f: f.pick(["BA", "FA", "PA", "TA", "BR"])),
            "alarm_type": G(lambda f: f.pick(["burglary", "fire", "panic", "tamper", "medical"])),
            "verified": G(lambda f: f.pick([True, False])),
            "cancelled_within_s": G(lambda f: f.pick([None, 12, 35, 80])),
            "site_address": Y(full_address, "address"),
            "site_lat": Y(lambda f: geo(f, 0), "geolocation"),
            "site_lng": Y(lambda f: geo(f, 1), "geolocation"),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "monitoring_centre": G(lambda f: f.pick(["Stockholm ARC", "Dublin ARC", "Dallas ARC"])),
            "occurred_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dispatch Requested",
        ["java"],
        {
            "dispatchId": G(lambda f: "DSP" + f.digits(8)),
            "alarmId": G(lambda f: "ALM" + f.digits(9)),
            "operator": {
                "operatorId": G(lambda f: "op" + f.digits(4)),
                "operatorName": Y(full, "name"),
                "console": G(lambda f: f.pick(["ARC-STO-07", "ARC-DUB-12", "ARC-DAL-03"])),
            },
            "agency": G(
                lambda f: f.pick(
                    [
                        "Polisen Region Stockholm",
                        "Metropolitan Police",
                        "Houston Police Department",
                        "West Yorkshire Police",
                    ]
                )
            ),
            "agencyPhone": G(lambda f: f.pick(["114 14", "101", "(713) 884-3131", "+46 114 14"])),
            "incidentReference": G(lambda f: f.pick(["CAD", "INC", "K"]) + f.digits(7)),
            "premisesAddress": Y(full_address, "address"),
            "callbackNumber": Y(phone, "phone"),
            "keyholderNotified": G(lambda f: f.pick([True, False])),
            "verbalPasswordVerified": G(lambda f: f.pick([True, False])),
            "responseType": G(lambda f: f.pick(["police", "guard", "fire", "ambulance"])),
            "etaMinutes": G(lambda f: f.r.randint(4, 40)),
        },
    ),
    (
        "track",
        "Larmcentral Utryckning",
        ["python"],
        {
            "larmId": G(lambda f: "ALM" + f.digits(9)),
            "vaktbolag": G(lambda f: f.pick(["Securitas", "Avarn Security", "Nokas", "Nordvakt Bevakning"])),
            "adress": Y(
                lambda f: (
                    f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}, {se_postcode(f)} {f.pick(SE_TOWNS)[0]}"
                ),
                "address",
            ),
            "lagenhetsnummer": Y(lambda f: str(f.r.randint(1001, 1504)), "address"),
            "portkod": RED(lambda f: pin(f, 4), "password"),
            "ankomsttid": G(lambda f: f.iso()),
            "atgard": G(
                lambda f: f.pick(["ingen åtgärd", "fönster trasigt", "polis tillkallad", "falsklarm"])
            ),
            "insatsMinuter": G(lambda f: f.r.randint(8, 45)),
        },
    ),
    (
        "track",
        "Keyholder Called",
        ["node"],
        {
            "alarm_id": G(lambda f: "ALM" + f.digits(9)),
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+46101234500", "+443301234567", "+18335550142"])),
            "To": Y(e164_any, "phone"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy", "failed"])),
            "Direction": G(lambda f: "outbound-api"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 240))),
            "AnsweredBy": G(lambda f: f.pick(["human", "machine_start", "unknown"])),
        },
    ),
    (
        "track",
        "Operator Note Added",
        ["ruby"],
        {
            "alarm_id": G(lambda f: "ALM" + f.digits(9)),
            "operator_id": G(lambda f: "op" + f.digits(4)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Keyholder {first(f)} reached on {phone(f)}, attending in 20 min",
                        f"No answer from {phone(f)}, left voicemail",
                        f"Customer called in from {phone(f)}: false alarm, cleaner set it off",
                        f"Callback to {phone(f)} - codeword verified, cancelled",
                    ]
                ),
                "phone",
                True,
            ),
            "category": G(lambda f: f.pick(["keyholder_contact", "false_alarm", "customer_contact"])),
        },
    ),
    (
        "track",
        "Push Notification Sent",
        ["node"],
        {
            "notification_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["arming", "disarming", "alarm"])),
            "title": G(
                lambda f: f.pick(["Home disarmed", "Home armed", "Hemmet är avlarmat", "Alarm cancelled"])
            ),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} disarmed Home at {clock(f)}",
                        f"{first(f)} armed Home (away) at {clock(f)}",
                        f"{first(f)} avlarmade Hemma kl {clock(f)}",
                        f"Alarm cancelled by {first(f)} with the app",
                    ]
                ),
                "name",
                True,
            ),
            "deep_link": G(
                lambda f: f.pick(["nordvakt://history", "nordvakt://system", "nordvakt://cameras"])
            ),
            "badge": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "SMS Alerts Enabled",
        ["ios", "android"],
        {
            "value": Y(phone, "phone", True),
            "alert_types": Many(G(lambda f: f.pick(["alarm", "arming", "low_battery", "offline"])), 3),
            "quiet_hours": G(lambda f: f.pick(["none", "22-07", "23-06"])),
        },
    ),
    # -- medical alarm, responders, insurance -------------------------------------------------------
    (
        "track",
        "Medical Pendant Pressed",
        ["python"],
        {
            "pendant_id": G(lambda f: "PND" + f.digits(6)),
            "resident_first_name": Y(first, "name"),
            "age": G(lambda f: f.r.randint(64, 97)),
            "fall_detected": G(lambda f: f.pick([True, False])),
            "conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["type 2 diabetes", "COPD", "epilepsy", "dementia", "atrial fibrillation"]
                    ),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["warfarin", "metformin", "insulin glargine", "donepezil", "salbutamol"]
                    ),
                    "medication",
                ),
                3,
            ),
            "mobility_impaired": RED(lambda f: f.pick([True, False]), "disability"),
            "lives_alone": G(lambda f: f.pick([True, False])),
            "ambulance_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Responder Info Updated",
        ["webacct"],
        {
            "occupants_count": G(lambda f: f.r.randint(1, 6)),
            "occupants": Many(
                {
                    "first_name": Y(first, "name"),
                    "age_band": G(lambda f: f.pick(["child", "adult", "senior"])),
                    "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
                    "hearing_impaired": RED(lambda f: f.pick([True, False]), "disability"),
                },
                3,
            ),
            "oxygen_in_use": Y(lambda f: f.pick([True, False]), "condition"),
            "dogs_on_premises": G(lambda f: f.r.randint(0, 2)),
            "hazard_notes": G(
                lambda f: f.pick(
                    ["Large dog in garden", "Side gate sticks", "Gas meter in hallway cupboard", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Insurance Certificate Requested",
        ["webacct"],
        {
            "certificate_number": G(lambda f: f"NV-CERT-{f.r.randint(2022, 2024)}-{f.digits(6)}"),
            "insurer": G(
                lambda f: f.pick(
                    ["Folksam", "Aviva", "State Farm", "If Skadeförsäkring", "Direct Line", "Allstate"]
                )
            ),
            "policy_number": Y(
                lambda f: f.pick(["AV", "DL", "SF-", ""]) + f.digits(f.pick([8, 10])), "identification"
            ),
            "policyholder_name": Y(full, "name"),
            "grade": G(
                lambda f: f.pick(["Grade 2", "Grade 3", "SSF 1014 Larmklass 1", "UL Central Station"])
            ),
            "send_to": Y(email, "email", True),
        },
    ),
    # -- video, sensors, locks ----------------------------------------------------------------------
    (
        "track",
        "Doorbell Pressed",
        ["ios", "android"],
        {
            "camera_id": G(lambda f: "cam_" + f.hexid(10)),
            "device_name": G(lambda f: f.pick(["Front door", "Ytterdörr", "Back gate", "Porch"])),
            "event_id": G(lambda f: f.uuid()),
            "snapshot_url": Y(snapshot_url, "photo"),
            "clip_duration_s": G(lambda f: f.r.randint(8, 60)),
            "person_detected": G(lambda f: f.pick([True, False])),
            "familiar_face_name": Y(first, "name"),
            "answered": G(lambda f: f.pick([True, False])),
            "quick_reply": G(lambda f: f.pick(["none", "leave_at_door", "be_right_there", "not_interested"])),
        },
    ),
    (
        "track",
        "Video Clip Shared",
        ["ios"],
        {
            "clip_id": G(lambda f: "clip_" + f.hexid(16)),
            "share_channel": G(lambda f: f.pick(["email", "link", "police_portal"])),
            "recipient_email": Y(email, "email"),
            "share_link_token": RED(lambda f: stripe_id(f, "", 43), "token"),
            "expires_in_h": G(lambda f: f.pick([24, 72, 168])),
            "includes_audio": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sensor Added",
        ["ios", "android", "flutter"],
        {
            "sensor_id": G(lambda f: "sen_" + f.hexid(8)),
            "sensor_type": G(lambda f: f.pick(["door_window", "pir", "smoke", "water_leak", "glassbreak"])),
            "room": G(lambda f: f.pick(["Hallway", "Kitchen", "Bedroom", "Garage", "Sovrum", "Living room"])),
            "model": G(lambda f: f.pick(["NV-DW10", "NV-PIR4", "NV-SD5", "NV-WL1"])),
            "firmware_version": G(lambda f: f.pick(["2.1.4", "2.2.0", "1.9.8"])),
            "battery_pct": G(lambda f: f.r.randint(40, 100)),
            "rssi_dbm": G(lambda f: f.r.randint(-90, -40)),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "is_pet_immune": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Camera Offline",
        ["go"],
        {
            "camera_id": G(lambda f: "cam_" + f.hexid(10)),
            "mac": Y(lambda f: f.mac().lower(), "mac"),
            "public_ip": Y(lambda f: f.ipv4(), "ip"),
            "last_seen_at": G(lambda f: f.iso()),
            "firmware": G(lambda f: f.pick(["3.4.1", "3.5.0", "3.3.9"])),
            "offline_reason": G(lambda f: f.pick(["wifi_lost", "power", "unknown"])),
        },
    ),
    (
        "track",
        "Smart Lock Unlocked",
        ["ios", "android"],
        {
            "lock_id": G(lambda f: "lock_" + f.hexid(8)),
            "method": G(lambda f: f.pick(["app", "keypad", "auto_unlock", "tag"])),
            "unlocked_by": Y(full, "name", True),
            "keypad_slot": G(lambda f: f.r.randint(1, 20)),
            "auto_relock_s": G(lambda f: f.pick([30, 60, 180])),
            "battery_pct": G(lambda f: f.r.randint(10, 100)),
        },
    ),
    (
        "track",
        "Geofence Entered",
        ["android", "flutter"],
        {
            "geofence_id": G(lambda f: "gf_" + f.hexid(6)),
            "radius_m": G(lambda f: f.pick([100, 200, 500])),
            "lat": Y(lambda f: geo(f, 0), "geolocation"),
            "lng": Y(lambda f: geo(f, 1), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            "action_suggested": G(lambda f: f.pick(["disarm", "arm_away", "none"])),
        },
    ),
    # -- account, support, messaging ----------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["webacct", *APPS],
        {
            "username": Y(email, "email", True),
            "method": G(lambda f: f.pick(["password", "bankid", "apple", "google", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp", "push"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "biometric": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["webacct"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "channel": G(lambda f: "email"),
            "expires_in_min": G(lambda f: f.pick([15, 30, 60])),
        },
    ),
    (
        "track",
        "One-Time Code Sent",
        ["node"],
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(e164_any, "phone", True),
            "otp": RED(lambda f: f.digits(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sinch", "46elks"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "topic": G(lambda f: f.pick(["sales", "billing", "technical", "moving"])),
            "preferred_time": G(lambda f: f.pick(["asap", "morning", "evening"])),
            "field_name": G(lambda f: "phone"),
            "input": Y(phone, "phone", True),
        },
    ),
    (
        "track",
        "Help Centre Searched",
        ["web", "ios"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "change alarm code",
                        "byta batteri",
                        "doorbell offline",
                        "add keyholder",
                        "false alarm fee",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "locale": G(lambda f: f.pick(["en-US", "en-GB", "sv-SE"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Sensor keeps going offline",
                            "Wrong invoice amount",
                            "Doorbell not ringing",
                            "Moving house",
                        ]
                    )
                ),
                "description": G(
                    lambda f: f.pick(
                        [
                            "The hallway sensor shows offline every night.",
                            "I was charged twice in May.",
                            "No chime since the update.",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "tags": Many(G(lambda f: f.pick(["billing", "hardware", "app", "vip", "se", "uk"])), 3),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "voice", "chat"]))},
                "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
                "assignee": {"name": Y(full, "name"), "email": Y(staff_email, "email")},
            },
        },
    ),
    (
        "track",
        "Agent Customer Lookup",
        ["webacct"],
        {
            "q": Y(email, "email", True),
            "search_by": G(lambda f: "email"),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "lookup_reason": G(lambda f: f.pick(["inbound_call", "ticket", "chargeback"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["ios", "webacct"],
        {
            "referral_code": G(
                lambda f: "NV-" + "".join(f.r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "friend_name": Y(full, "name"),
            "friend_email": Y(email, "email"),
            "friend_phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "reward_amount": G(lambda f: f.pick([25, 50, 500])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "processed"])),
            "sg_event_id": G(lambda f: stripe_id(f, "", 22)),
            "sg_message_id": G(lambda f: stripe_id(f, "", 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{stripe_id(f, '', 22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "category": Many(G(lambda f: f.pick(["invoice", "alarm_report", "newsletter", "onboarding"])), 2),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_730_000_000)),
        },
    ),
    # -- attribution, app stores --------------------------------------------------------------------
    (
        "track",
        "Landing Page Viewed",
        ["web"],
        {
            "gclid": Y(lambda f: "Cj0KCQ" + stripe_id(f, "", 60), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "utm_source": G(lambda f: "google"),
            "utm_medium": G(lambda f: "cpc"),
            "utm_campaign": G(lambda f: f.pick(["brand_se", "spring_doorbell", "generic_uk_alarm"])),
            "landing_variant": G(lambda f: f.pick(["A", "B", "C"])),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["ios"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["app_install_se", "doorbell_q2", "None"])),
            "install_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Install Attributed Android",
        ["android"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(gaid, "advertising id"),
            "android_id": G(lambda f: f.hexid(16)),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["app_install_se", "doorbell_q2", "None"])),
            "install_time": G(lambda f: f.iso()),
        },
    ),
    # -- added: guests, permits, Swedish invoices, operators, residents, discounts ----------------
    (
        "track",
        "Guest Access Granted",
        ["ios", "android"],
        {
            "system_id": SYSTEM_ID,
            "guest_name": Y(full, "name"),
            "guest_phone": Y(phone, "phone"),
            "guest_email": Y(email, "email"),
            "access_code": RED(pin, "password"),
            "valid_from": G(lambda f: f.iso()),
            "access_type": G(lambda f: f.pick(["airbnb_guest", "cleaner", "contractor", "family"])),
        },
    ),
    (
        "track",
        "Alarm Permit Application Submitted",
        ["ruby"],
        {
            "jurisdiction": G(
                lambda f: f.pick(["City of Houston", "City of Phoenix", "Plano TX", "Sacramento County"])
            ),
            "permit_fee": G(lambda f: f.pick([50.0, 57.0, 35.0, 25.0])),
            "applicant_name": Y(full, "name"),
            "applicant_phone": Y(lambda f: phone(f, "US"), "phone"),
            "applicant_dob": Y(birthdate, "birthdate"),
            "drivers_license_number": RED(us_dl, "license|national id"),
            "drivers_license_state": G(lambda f: f.pick(["TX", "AZ", "CA", "OH"])),
            "premises_address": Y(full_address, "address"),
            "premises_type": G(lambda f: f.pick(["residential", "commercial"])),
        },
    ),
    (
        "track",
        "Faktura Skapad",
        ["python"],
        {
            "kundnummer": G(lambda f: f.digits(9)),
            "fakturanummer": G(lambda f: "F" + f.digits(8)),
            "ocr": G(ocr_reference),
            "belopp": G(lambda f: f.pick([449.0, 549.0, 1347.0, 399.0])),
            "forfallodatum": G(lambda f: f.date(2024, 2025)),
            "namn": Y(
                lambda f: f"{f.pick(FIRST['SE'] + FIRST['XX'])} {f.pick(LAST['SE'] + LAST['XX'])}", "name"
            ),
            "mottagare": {
                "utdelningsadress": Y(
                    lambda f: f"{f.pick(SE_STREETS)} {f.r.randint(1, 90)}", "address|street"
                ),
                "postnummer": Y(lambda f: se_postcode(f), "zipcode"),
                "postort": Y(lambda f: f.pick(SE_TOWNS)[0], "city"),
            },
            "epost": Y(email, "email"),
            "leveranssatt": G(lambda f: f.pick(["kivra", "e-faktura", "epost", "brev"])),
        },
    ),
    (
        "track",
        "Operator Shift Started",
        ["java"],
        {
            "operatorId": G(lambda f: "op" + f.digits(4)),
            "operatorName": Y(full, "name"),
            "operatorEmail": Y(staff_email, "email"),
            "workstationIp": Y(
                lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "centre": G(lambda f: f.pick(["Stockholm ARC", "Dublin ARC", "Dallas ARC"])),
            "shiftStart": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["operator", "supervisor", "video_verifier"])),
        },
    ),
    (
        "track",
        "Resident Profile Updated",
        ["webacct"],
        {
            "resident_id": G(lambda f: "res_" + f.digits(6)),
            "date_of_birth": Y(birthdate, "birthdate"),
            "nhs_number": RED(nhs_number, "health id"),
            "gp_name": Y(lambda f: "Dr " + full(f), "name"),
            "gp_practice_phone": G(
                lambda f: f.pick(["0113 496 0123", "020 7946 0321", "0161 496 0770", "029 2018 0456"])
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "latex", "peanuts", "aspirin"]), "allergy"), 2
            ),
            "next_of_kin": {"name": Y(full, "name"), "phone": Y(lambda f: phone(f, "UK"), "phone")},
        },
    ),
    (
        "track",
        "Video Verification Reviewed",
        ["java"],
        {
            "alarmId": G(lambda f: "ALM" + f.digits(9)),
            "reviewerName": Y(full, "name"),
            "frameUrl": Y(lambda f: f"https://media.nordvakt.example/vv/{f.hexid(24)}.jpg", "photo"),
            "intruderDetected": G(lambda f: f.pick([True, False])),
            "personCount": G(lambda f: f.r.randint(0, 3)),
            "reviewSeconds": G(lambda f: f.r.randint(8, 120)),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["web", "ios"],
        {
            "survey_id": G(lambda f: f.pick(["nps_q2", "install_csat", "arc_csat"])),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(["Technician was great", "App is slow to load cameras", "Bra service!", ""])
            ),
            "respondent_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        ["web"],
        {
            "verification_provider": G(lambda f: f.pick(["ID.me", "SheerID"])),
            "military_status": RED(
                lambda f: f.pick(["veteran", "active_duty", "reservist", "military_spouse"]), "veteran"
            ),
            "branch": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "discount_pct": G(lambda f: f.pick([10, 15])),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["ios"],
        {
            "product_id": G(
                lambda f: f.pick(["com.nordvakt.video30", "com.nordvakt.video60", "com.nordvakt.plus"])
            ),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([3.99, 49.0, 9.99])),
            "currency": CURRENCY,
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=151, repeats=36)
    write(Path(__file__).parent, "holdout151_", events, labels)
