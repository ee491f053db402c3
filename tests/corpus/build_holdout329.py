"""Writes holdout329: tests/corpus/holdout329_events.jsonl and holdout329_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels, and never scored by its author. Only the helpers in
build.py / fake.py, the format of build_holdout3.py and the reference's default matcher table were
read.

Domain: social housing and rental repairs in the United Kingdom, Denmark and Kenya.
- Tenant portal (analytics.js) and tenant apps (analytics-swift, analytics-react-native,
  analytics_flutter for the Kenyan app): sign-up and identify, repair requests with photos,
  appointment slots, rent statements and arrears, direct debits, card payments, the tenant shop
  (key fobs, parking permits: e-commerce spec events), anti-social behaviour reports, household
  composition, equality monitoring, vulnerability, transfer applications, pets, emergency
  contacts.
- Operatives' mobile app (analytics-kotlin): jobs, no-access visits, photos with EXIF, van
  stock, timesheets (analytics-java payroll backend).
- Housing officer's CRM (analytics-csharp, PascalCase keys): tenant search, case notes,
  vulnerability flags, safeguarding referrals, right-to-rent checks.
- Backends: a Danish one with Danish keys (analytics-python: lejer, husleje, restance, venteliste,
  CPR numbers, reg./kontonummer, MobilePay), a Kenyan one with Swahili keys (analytics-go /
  analytics-node: M-Pesa Daraja C2B confirmations and STK push results, Africa's Talking USSD,
  repair requests "ombi la matengenezo", rent receipts "kodi"), a legacy PHP rent system, a
  Ruby comms service (Twilio status callbacks, SendGrid event webhooks), GoCardless webhooks, a
  warehouse reverse-ETL identify with SCREAMING_SNAKE traits, Meta Conversions API fields.
- Calls: identify, track, page, screen, group and alias; `context` blocks shaped like each
  client library's (app, device, library, os, screen, network, locale, timezone, userAgent,
  userAgentData, campaign, ip, traits, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET CRM,
Daraja, Twilio), kebab-case (a scheduling widget, SendGrid's `smtp-id`), SCREAMING_SNAKE
(warehouse), Danish and Swahili keys. Values are fake but shaped like real ones: UK, Danish and
Kenyan phone formats, UK postcodes, Danish postnumre, Kenyan P.O. boxes, CPR numbers with the
mod-11 check, NHS numbers with their mod-11 check, National Insurance numbers with valid
prefixes, GB/DK IBANs with mod-97 check digits, Luhn-valid card numbers, M-Pesa receipt codes.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path: classification, type (the reference's matcher name, or bank account,
  geolocation, secret, national id, health id, advertising id, credit card, password, ip, token;
  `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII is personal data about a natural person: the tenant, household members, neighbours named in
  reports, witnesses, emergency contacts, payers, operatives, officers, social workers. Colours
  follow the reference; outside it: red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we issue (tenancy refs, rent account refs, repair/job/work-order ids, mandate ids,
  M-Pesa receipt codes, payroll numbers, police crime reference numbers), versions, timestamps,
  amounts (rent, arrears, balances, savings), enums, counters and booleans under PII-sounding keys,
  company, contractor, product and pet names, places that are not the person's (areas searched or
  preferred, depots, offices, GP practices), country/county/locale/timezone/currency, user agents,
  OS-issued device ids, sort codes and Danish reg. numbers, card brand/last4/expiry/BIN, hashes of
  non-PII files, a business's own phone/e-mail/address, role mailboxes, the sending number in a
  telephony webhook, e-mail Message-IDs.
- Contested cases follow the product policy in the brief: ages, age bands, marital status, job
  titles, employers green; insurance policy numbers yellow `identification`; pay, hourly rates,
  household income yellow `salary`; credit scores yellow; vehicle plates yellow `license`;
  gclid/fbclid/fbp/fbc yellow `advertising id`; billing addresses yellow `address`; trade union
  membership (union subs deducted through payroll) yellow `trade union`; payment-method tokens,
  one-time codes and reset-link tokens red `token`; NHS and NHIF numbers red `health id`;
  identity-document numbers red; right-to-rent answers (immigration status, Home Office share
  code) red `visa`.
- Special categories carried by booleans and enums take that matcher's colour: wheelchair use,
  disability-adapted housing need, `ulemavu` red `disability`; armed-forces veteran red
  `veteran`; pregnancy and medical conditions yellow `condition`; ethnicity, religion, sexual
  orientation and gender yellow. A vulnerability flag whose values are all health categories is
  red `disability|condition` (red because some of its values are disabilities).
- Rules I had to decide (a careful privacy owner's choice): photos of defects, doors and parts are
  green (images of things), a tenant's photo taken at a tenancy audit is yellow `photo`; a UPRN
  (the national id of the tenant's home) is yellow `address`, being more precise than a
  postcode; the estate or neighbourhood named as the tenant's home
  (`estateName`, `eneo`) is yellow `address|city`, while estates in officers' operational events
  are green; the location of an ASB incident and of an operative on a job is yellow
  `geolocation`; a staff member's own work e-mail, direct line and name are PII (yellow), a team
  mailbox is not; a DBS certificate number is yellow `certificate`; keys naming a role rather than
  a data type (`recipient`, `patchOfficer`, `AddedBy`, `fundi`, `mlipaji`, `kontaktperson`,
  `destination`, `AuditOfficer`, `CheckedBy`, `contact.value`) are value_only, and so is a
  password-reset URL whose query carries the token (red `token`).
- value_only PII paths hold that PII in every value; free text is labelled by what all of its
  values carry (every case note carries a phone number, every ASB narrative a name, every SMS body
  the tenant's first name), green when none does (repair descriptions, access notes).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers of the three countries -------------------------------------------

FIRST = {
    "UK": [
        "Olivia",
        "Mohammed",
        "Amelia",
        "Oliver",
        "Aisha",
        "Jack",
        "Grace",
        "Kwame",
        "Priya",
        "Zofia",
        "Declan",
        "Siobhan",
        "Abdi",
        "Hodan",
        "Tomasz",
        "Chidi",
        "Shanice",
        "Rhys",
        "Eilidh",
        "Yusuf",
        "Bethany",
        "Callum",
        "Tariq",
        "Mei",
        "Nkechi",
        "Gurpreet",
    ],
    "DK": [
        "Mette",
        "Søren",
        "Freja",
        "Mads",
        "Ida",
        "Rasmus",
        "Ahmad",
        "Fatma",
        "Jens",
        "Karen",
        "Lærke",
        "Mikkel",
        "Nanna",
        "Emil",
        "Astrid",
        "Frederik",
        "Zeynep",
        "Bo",
        "Aaja",
        "Halima",
    ],
    "KE": [
        "Wanjiku",
        "Otieno",
        "Achieng",
        "Kiprono",
        "Njeri",
        "Mwangi",
        "Chebet",
        "Mohamed",
        "Akinyi",
        "Wafula",
        "Nyambura",
        "Omondi",
        "Jepkosgei",
        "Halima",
        "Baraka",
        "Zawadi",
        "Juma",
        "Faith",
    ],
}
LAST = {
    "UK": [
        "Smith",
        "Jones",
        "Ahmed",
        "Begum",
        "Okonkwo",
        "Kowalczyk",
        "O'Connor",
        "Williams",
        "Hussain",
        "Campbell",
        "Evans",
        "Mensah",
        "Nowak",
        "Patel",
        "Ali",
        "Thompson",
        "MacLeod",
        "Adeyemi",
        "Clarke",
        "Hughes",
        "Warsame",
        "Sandhu",
    ],
    "DK": [
        "Jensen",
        "Nielsen",
        "Hansen",
        "Pedersen",
        "Andersen",
        "Christensen",
        "Larsen",
        "Sørensen",
        "Rasmussen",
        "Jørgensen",
        "Petersen",
        "Madsen",
        "Kristensen",
        "Olsen",
        "Y\u0131lmaz",
        "Hussein",
        "Thomsen",
        "Poulsen",
        "Kleist",
    ],
    "KE": [
        "Kamau",
        "Odhiambo",
        "Mwangi",
        "Otieno",
        "Wanjala",
        "Kiplagat",
        "Njoroge",
        "Mutua",
        "Ochieng",
        "Abdi",
        "Waweru",
        "Chege",
        "Onyango",
        "Kibet",
        "Hassan",
        "Nduta",
        "Korir",
        "Achola",
    ],
}
MAIL = {
    "UK": ["example.co.uk", "example.com", "mail.example.org"],
    "DK": ["example.dk", "example.com", "post.example.dk"],
    "KE": ["example.co.ke", "example.com", "mail.example.org"],
}
ASCII = str.maketrans({"ø": "o", "æ": "ae", "å": "aa", "\u0131": "i", "'": "", "é": "e", "Ø": "O"})
UK_STREETS = [
    "Mill Road",
    "Kingsland Road",
    "Stamford Hill",
    "Coldharbour Lane",
    "Moss Lane East",
    "Harehills Lane",
    "Ladypool Road",
    "Lodge Lane",
    "Stapleton Road",
    "Cowbridge Road East",
]
UK_BLOCKS = [
    "Brook House",
    "Nightingale Court",
    "Rowan Tower",
    "Kestrel House",
    "Ashfield Court",
    "Canal View",
    "Priory Heights",
]
UK_OUTWARD = ["E8", "N16", "SE15", "SW9", "M13", "M16", "LS9", "B12", "L8", "BS5", "CF24", "NW10", "G31"]
UK_CITIES = ["London", "Manchester", "Leeds", "Birmingham", "Liverpool", "Bristol", "Cardiff", "Glasgow"]
UK_ESTATES = [
    "Woodberry Down",
    "Pembury Estate",
    "Aylesbury Estate",
    "Hulme Crescents",
    "Lincoln Green",
    "Castle Vale",
    "Park Hill",
]
DK_STREETS = [
    "Nørrebrogade",
    "Mjølnerparken",
    "Tingbjerg Allé",
    "Gellerupparken",
    "Vollsmose Allé",
    "Hejredalsvej",
    "Folehaven",
    "Rosenhøj",
]
DK_POST = [
    ("2200", "København N"),
    ("2300", "København S"),
    ("2700", "Brønshøj"),
    ("8220", "Brabrand"),
    ("5240", "Odense NØ"),
    ("2500", "Valby"),
    ("9220", "Aalborg Øst"),
    ("2605", "Brøndby"),
]
KE_ESTATES = [
    "Kibera Soweto East",
    "Mathare North",
    "Kariobangi South",
    "Pumwani",
    "Kayole Junction",
    "Bondeni",
    "Majengo",
    "Nyalenda",
]
KE_TOWNS = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"]


def region(f: Fake, c=None):
    return c or f.pick(["UK", "DK", "KE"])


def first(f, c=None):
    return f.pick(FIRST[region(f, c)])


def last(f, c=None):
    return f.pick(LAST[region(f, c)])


def name(f, c=None):
    c = region(f, c)
    if c == "KE" and f.r.random() < 0.4:
        return f"{first(f, c)} {first(f, c)} {last(f, c)}"
    return f"{first(f, c)} {last(f, c)}"


def email(f, c=None):
    c = region(f, c)
    a, b = first(f, c).lower().translate(ASCII), last(f, c).lower().translate(ASCII)
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b[:4]}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL[c])}"


def staff_email(f, org=None):
    a, b = first(f, "UK").lower().translate(ASCII), last(f, "UK").lower().translate(ASCII)
    return f"{a}.{b}@{org or f.pick(['homes.example.org.uk', 'eastgate-ha.example.org.uk'])}"


def d(f, n):
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f, c=None):
    c = region(f, c)
    r = f.r
    if c == "UK":
        mob = f"7{r.randint(100, 999)}{d(f, 6)}"
        return f.pick(
            [
                f"0{mob[:4]} {mob[4:]}",
                f"+44 {mob[:4]} {mob[4:]}",
                f"+44{mob}",
                f"0{mob}",
                f"020 7946 0{d(f, 3)}",
                f"0161 496 0{d(f, 3)}",
                f"(0113) 496 0{d(f, 3)}",
            ]
        )
    if c == "DK":
        n = str(r.choice([2, 3, 4, 5, 6, 7, 8, 9])) + d(f, 7)
        return f.pick([f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+45{n}", f"{n[:4]} {n[4:]}"])
    n = f.pick(["7" + str(r.randint(0, 9)), "7" + str(r.randint(0, 9)), "1" + f.pick(["0", "1"])]) + d(f, 7)
    return f.pick([f"+254 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"254{n}", f"0{n[:3]} {n[3:6]} {n[6:]}"])


def ke_msisdn(f):
    return "2547" + f.pick(["0", "1", "2", "9"]) + d(f, 7)


def uk_postcode(f):
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{f.pick(UK_OUTWARD)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def uk_address(f):
    return f.pick(
        [
            f"Flat {f.r.randint(1, 96)}, {f.pick(UK_BLOCKS)}, {f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
            f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
            f"{f.r.randint(1, 60)}{f.pick(['', 'A', 'B'])} {f.pick(UK_STREETS)}, "
            f"{f.pick(UK_CITIES)} {uk_postcode(f)}",
        ]
    )


def dk_address(f):
    return f"{f.pick(DK_STREETS)} {f.r.randint(1, 90)}, {f.r.randint(0, 6)}. {f.pick(['tv', 'th', 'mf'])}"


def ke_address(f):
    return f.pick(
        [
            f"Hse {f.r.randint(1, 120)}, Block {f.pick('ABCDEFG')}, {f.pick(KE_ESTATES)}, {f.pick(KE_TOWNS)}",
            f"P.O. Box {f.r.randint(100, 99999)}-00{f.pick(['100', '200', '501', '610'])}, "
            f"{f.pick(KE_TOWNS)}",
            f"Room {f.r.randint(1, 40)}, {f.pick(KE_ESTATES)} Plot {f.r.randint(10, 900)}",
        ]
    )


def address(f, c=None):
    c = region(f, c)
    return {"UK": uk_address, "DK": dk_address, "KE": ke_address}[c](f)


def cpr(f):
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        day, month, year = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(40, 99)
        head = f"{day:02d}{month:02d}{year:02d}" + d(f, 3)
        for last_digit in range(10):
            digits = [int(c) for c in head + str(last_digit)]
            if sum(w * x for w, x in zip(weights, digits)) % 11 == 0:
                s = head + str(last_digit)
                return f.pick([f"{s[:6]}-{s[6:]}", s])


def nino(f):
    prefix = f.pick(["JH", "PL", "SK", "NR", "WP", "AE", "CE", "EH", "HT", "JX", "SN", "YL", "MA"])
    n = d(f, 6)
    return f.pick([f"{prefix}{n}{f.pick('ABCD')}", f"{prefix} {n[:2]} {n[2:4]} {n[4:]} {f.pick('ABCD')}"])


def nhs_number(f):
    while True:
        body = [f.r.randint(4, 6)] + [f.r.randint(0, 9) for _ in range(8)]
        check = 11 - sum(x * w for x, w in zip(body, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return f.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def iban(f, country):
    if country == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(f, 14)
    else:  # DK: 4-digit reg. number + 10-digit account
        bban = f.pick(["3000", "5301", "9570", "2191", "1551"]) + d(f, 10)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def ke_id(f):
    return str(f.r.randint(20_000_000, 39_999_999))


def kra_pin(f):
    return "A" + "0" + d(f, 8) + f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")


def mpesa_code(f):
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return f.pick(["S", "T", "U"]) + f.pick("ABCDEFGHJKL") + "".join(f.pick(alnum) for _ in range(8))


def daraja_time(f):
    """Safaricom's yyyyMMddHHmmss timestamps."""
    day = f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    return f"{day}{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"


def ipv6(f):
    return (
        f.pick(["2a00:23c8", "2a01:4b00", "2a02:c7c", "2001:41d0"])
        + ":"
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    )


def ip_any(f):
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def alnum(f, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(f.pick(chars) for _ in range(n))


def gclid(f):
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAiA"]) + alnum(
        f, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    )


def fbclid(f):
    return "IwAR" + alnum(f, 57, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def uk_plate(f):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = f.pick(["19", "21", "69", "70", "72", "23", "73"])
    return f"{f.pick(L)}{f.pick(L)}{age} {f.pick(L)}{f.pick(L)}{f.pick(L)}"


def dob(f, lo=1940, hi=2004):
    s = f.date(lo, hi)
    return f.pick([s, f"{s[8:]}/{s[5:7]}/{s[:4]}"])


def sha(f):
    return f.hexid(64)


PLACES = [
    (51.54, -0.07),
    (53.46, -2.23),
    (53.81, -1.51),
    (55.69, 12.55),
    (56.16, 10.15),
    (-1.31, 36.79),
    (-4.04, 39.67),
]


def lat(f):
    """A latitude near one of the landlords' cities; the next lon() call stays in the same city."""
    f.geo_place = f.pick(PLACES)
    return round(f.geo_place[0] + f.r.uniform(-0.05, 0.05), 6)


def lon(f):
    place = getattr(f, "geo_place", None) or f.pick(PLACES)
    f.geo_place = None
    return round(place[1] + f.r.uniform(-0.05, 0.05), 6)


def money_gbp(f, lo, hi):
    return round(f.r.uniform(lo, hi), 2)


TRADES = ["plumbing", "electrical", "carpentry", "roofing", "damp & mould", "gas", "glazing", "drainage"]
CONTRACTORS = [
    "Brightwell Maintenance Ltd",
    "Northgate Building Services",
    "Keystone Repairs",
    "Hvidovre VVS ApS",
    "Jiko Bora Contractors",
    "Nyumba Fix Ltd",
]
DEFECTS = [
    "Kitchen tap dripping constantly",
    "Black mould on bedroom ceiling above window",
    "Boiler shows F28 error, no hot water",
    "Front door lock stiff, key hard to turn",
    "Bathroom extractor fan not working",
    "Leak from flat above coming through light fitting",
    "Broken window catch in living room",
    "Toilet cistern keeps running",
]


# -- contexts of the client libraries -------------------------------------------------------------------


def web_ctx(path, title):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://homes.example.org.uk/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=sms&utm_medium=reminder", "?tab=statements", "?lang=da"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://myhome.example.org.uk" + path),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 13; SM-A145R) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/123.0.6312.99 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                ]
            )
        ),
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
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS", "Chrome OS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "da-DK", "en-US", "pl-PL", "so"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Copenhagen", "Africa/Nairobi"])),
        "ip": Y(ip_any, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["rent_reminder_apr", "dd_switch_2024", "repairs_survey", "tenant_app_launch"]
                )
            ),
            "source": G(lambda f: f.pick(["sms", "newsletter", "facebook", "letter_qr"])),
            "medium": G(lambda f: f.pick(["reminder", "email", "social", "print"])),
            "content": G(lambda f: f.pick(["button_pay", "link_footer", "qr_a4"])),
        },
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "MyHome"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["4201", "4310", "4402"])),
            "namespace": G(lambda f: "org.example.myhome"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,7", "iPhone15,4", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.2"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "da-DK", "ar-GB", "en-KE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 430])),
            "height": G(lambda f: f.pick([667, 844, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Copenhagen"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "MyHome"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["4201", "4310", "4402"])),
            "namespace": G(lambda f: "org.example.myhome"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145R", "iPhone13,2", "moto g54 5G", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([360, 393, 412])),
            "height": G(lambda f: f.pick([780, 851, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "giffgaff", "Three", "TDC", "Telia"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "da-DK", "pl-PL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Copenhagen"])),
        "traits": {
            "email": Y(lambda f: email(f, f.pick(["UK", "DK"])), "email"),
            "firstName": Y(lambda f: first(f, f.pick(["UK", "DK"])), "name"),
            "lastName": Y(lambda f: last(f, f.pick(["UK", "DK"])), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "tenancyRef": G(lambda f: f.pick(["TEN-", "T"]) + d(f, 7)),
        },
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Nyumba Yangu"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0", "2.1.4"])),
            "build": G(lambda f: f.pick(["203", "210", "214"])),
            "namespace": G(lambda f: "ke.example.nyumbayangu"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "INFINIX", "itel"])),
            "model": G(lambda f: f.pick(["TECNO KI5k", "SM-A057F", "Infinix X6525", "itel A665L"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.7", "1.0.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13"]))},
        "screen": {
            "width": G(lambda f: f.pick([360, 393, 412])),
            "height": G(lambda f: f.pick([780, 851, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Safaricom", "Airtel KE", "Telkom Kenya"])),
        },
        "locale": G(lambda f: f.pick(["sw-KE", "en-KE", "sw"])),
        "timezone": G(lambda f: "Africa/Nairobi"),
        "traits": {
            "phone": Y(lambda f: phone(f, "KE"), "phone"),
            "firstName": Y(lambda f: first(f, "KE"), "name"),
        },
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "FieldOps"),
            "version": G(lambda f: f.pick(["7.8.2", "7.9.0", "8.0.1"])),
            "build": G(lambda f: f.pick(["70802", "70900", "80001"])),
            "namespace": G(lambda f: "uk.example.fieldops"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies", "Google"])),
            "model": G(lambda f: f.pick(["SM-G736B", "TC58", "Pixel 7a", "SM-T575"])),
            "name": G(lambda f: f.pick(["xcover6pro", "TC58", "lynx", "gtaxlite"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "da-DK", "ro-RO"])),
        "network": {
            "carrier": G(lambda f: f.pick(["Vodafone UK", "O2 - UK", "TDC", "EE"])),
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: f.pick([1080, 720, 1200])),
            "height": G(lambda f: f.pick([2340, 1600, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Copenhagen"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-G736B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TC58 Build/13-28-10.00-TG-U00-STD-ATH-04)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "op_" + d(f, 5)),
            "email": Y(
                lambda f: staff_email(
                    f, f.pick(["brightwell.example.co.uk", "homes.example.org.uk", "keystone.example.com"])
                ),
                "email",
            ),
        },
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.9, 8.4])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "analytics-node": ["2.1.0", "2.1.2", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.0"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.0"],
    "analytics-csharp": ["2.4.0", "2.3.5", "2.4.2"],
}


def server_ctx(lib, forwarded=False):
    def make(f):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if forwarded:
            ctx["ip"] = Y(ip_any, "ip")
            ctx["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (Linux; Android 12; TECNO KI5k) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
                        "okhttp/4.12.0",
                    ]
                )
            )
        if lib == "analytics-node":
            ctx["groupId"] = G(lambda f: f.pick(["ha_eastgate", "ha_northvale", "bs_kbh_12", "ke_nyumba"]))
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-csharp":
            ctx["traits"] = {"email": Y(lambda f: email(f, "UK"), "email")}
        return ctx

    return make


CONTEXTS = {
    "swift": swift_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "kotlin": kotlin_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("analytics-node", forwarded=True),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php", forwarded=True),
    "dotnet": server_ctx("analytics-csharp"),
}


# -- reusable pieces --------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["FOB-", "KEY-", "PRK-", "INS-"]) + d(f, 4)),
        "name": G(
            lambda f: f.pick(
                [
                    "Replacement key fob",
                    "Spare front door key",
                    "Parking permit (monthly)",
                    "Tenant contents insurance",
                    "Bulky waste collection",
                    "Garage rental",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Keys & fobs", "Parking", "Insurance", "Services"])),
        "price": G(lambda f: money_gbp(f, 5, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def asb_story(f):
    who = name(f, "UK")
    return f.pick(
        [
            f"{who} from the floor above plays loud music every night past 2am.",
            f"Man called {who} keeps blocking the bin store with his van.",
            f"My neighbour {who} shouted abuse at my children in the stairwell.",
            f"{who} has been dealing from the car park, same car every evening.",
            f"Dog belonging to {who} left loose on the landing again, it bit my son.",
        ]
    )


def case_note(f):
    p = phone(f, "UK")
    return f.pick(
        [
            f"Tenant called, new mobile {p}, please update.",
            f"Spoke to daughter on {p} re arrears plan.",
            f"Left voicemail on {p}, no answer at door.",
            f"Tenant asked us to use {p} only, old number disconnected.",
        ]
    )


def dk_remark(f):
    p = phone(f, "DK")
    return f.pick(
        [
            f"Ring til datteren på {p} før besøg",
            f"Lejer kan kun kontaktes på {p}",
            f"Ny mobil: {p}",
            f"Kontakt viceværten hvis ingen svar på {p}",
        ]
    )


def sms_body(f):
    fn = first(f, "UK")
    return f.pick(
        [
            f"Hi {fn}, your repair appointment is confirmed for tomorrow 8am-12pm. Reply C to cancel.",
            f"Dear {fn}, your rent account is in arrears. Please call us on 0300 123 4567.",
            f"{fn}, our operative is on the way and should arrive in 30 mins.",
            f"Hello {fn}, how did we do? Rate your repair from 1-5 by replying to this message.",
        ]
    )


def access_with_phone(f):
    p = phone(f, "UK")
    return f.pick(
        [
            f"Ring my son on {p} before coming, I am deaf in one ear",
            f"Call {p} 30 mins before, I work nights",
            f"Buzzer broken, text {p} when outside",
        ]
    )


# -- events --------------------------------------------------------------------------------------------

EVENTS = [
    # -- tenant portal and apps: identity -------------------------------------------------------------
    (
        "identify",
        None,
        ("web", "/account", "My account"),
        {
            "email": Y(lambda f: email(f, "UK"), "email"),
            "firstName": Y(lambda f: first(f, "UK"), "name"),
            "lastName": Y(lambda f: last(f, "UK"), "name"),
            "phone": Y(lambda f: phone(f, "UK"), "phone"),
            "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "address": {
                "line1": Y(
                    lambda f: f.pick(
                        [
                            f"Flat {f.r.randint(1, 96)}, {f.pick(UK_BLOCKS)}",
                            f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
                        ]
                    ),
                    "address|street",
                ),
                "line2": Y(lambda f: f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}", "address|street"),
                "city": Y(lambda f: f.pick(UK_CITIES), "city"),
                "postcode": Y(uk_postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
            },
            "uprn": Y(lambda f: str(f.r.randint(10_000_000, 100_099_999_999)), "address"),
            "tenancyRef": G(lambda f: f.pick(["TEN-", "T"]) + d(f, 7)),
            "tenureType": G(
                lambda f: f.pick(["secure", "assured", "starter", "shared_ownership", "leasehold"])
            ),
            "estateName": Y(lambda f: f.pick(UK_ESTATES), "address|city"),
            "patchOfficer": Y(lambda f: name(f, "UK"), "name", True),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredContactMethod": G(lambda f: f.pick(["sms", "email", "phone", "letter"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "so", "pl", "bn", "ur"])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-49", "50-64", "65+"])),
            "householdSize": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lambda f: email(f, f.pick(["UK", "DK"])), "email"),
            "firstName": Y(lambda f: first(f, f.pick(["UK", "DK"])), "name"),
            "lastName": Y(lambda f: last(f, f.pick(["UK", "DK"])), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "tenancyRef": G(lambda f: f.pick(["TEN-", "T"]) + d(f, 7)),
            "signupMethod": G(lambda f: f.pick(["tenancy_ref", "invite_link", "nemlogin"])),
            "createdAt": G(lambda f: f.iso()),
            "pushEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "swift", {}),
    (
        "group",
        None,
        ("web", "/account", "My account"),
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Eastgate Homes",
                        "Northvale Housing Association",
                        "Boligselskabet Vesterbro",
                        "Nyumba Housing Co-op",
                    ]
                )
            ),
            "industry": G(lambda f: "Social housing"),
            "homesManaged": G(lambda f: f.pick([12500, 38000, 4100, 900])),
            "plan": G(lambda f: f.pick(["enterprise", "growth"])),
            "supportEmail": G(
                lambda f: f.pick(
                    [
                        "repairs@eastgate-ha.example.org.uk",
                        "kundeservice@vesterbro.example.dk",
                        "support@nyumba.example.co.ke",
                    ]
                )
            ),
            "supportPhone": G(lambda f: f.pick(["0300 123 4567", "+45 33 12 34 56", "+254 709 123 000"])),
            "officeAddress": G(
                lambda f: f.pick(
                    [
                        "1 Town Hall Square, London E8 1EA",
                        "Vesterbrogade 120, 1620 København V",
                        "Ngong Road, Nairobi",
                    ]
                )
            ),
            "regulatorNumber": G(lambda f: f.pick(["L4321", "LH0123", "4867"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://eastgate.example.org.uk",
                        "https://vesterbro.example.dk",
                        "https://nyumba.example.co.ke",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Signed Up",
        ("web", "/register", "Create your account"),
        {
            "signupMethod": G(lambda f: f.pick(["tenancy_ref", "invite_link", "nemlogin"])),
            "email": Y(lambda f: email(f, "UK"), "email"),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "termsAccepted": G(lambda f: True),
            "referralCode": G(lambda f: f.pick(["FRIEND10", "", "NEIGHBOUR", "TENANT24"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "java",
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
            "destination": Y(lambda f: phone(f), "phone", True),
            "otp": RED(lambda f: d(f, 6), "token"),
            "expiresInSec": G(lambda f: f.pick([300, 600, 900])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "provider": G(lambda f: f.pick(["twilio", "africastalking", "gatewayapi"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_url": RED(
                lambda f: "https://myhome.example.org.uk/reset?token=" + alnum(f, 40), "token", True
            ),
            "requested_from_ip": Y(ip_any, "ip"),
            "user_agent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0",
                        "MyHome/4.3.1 (iPhone; iOS 17.4.1)",
                        "okhttp/4.12.0",
                    ]
                )
            ),
            "password_changed_at": G(lambda f: f.iso()),
            "reset_count_30d": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    # -- repairs ------------------------------------------------------------------------------------
    (
        "page",
        "Report a repair",
        ("web", "/repairs/new", "Report a repair"),
        {
            "path": G(lambda f: "/repairs/new"),
            "url": G(lambda f: "https://myhome.example.org.uk/repairs/new"),
            "title": G(lambda f: "Report a repair"),
            "referrer": G(
                lambda f: f.pick(["", "https://myhome.example.org.uk/", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?room=kitchen", "?utm_source=sms"])),
            "name": G(lambda f: f.pick(["Report a repair", "Repair type", "Repair photos"])),
        },
    ),
    (
        "track",
        "Repair Request Started",
        ("web", "/repairs/new", "Report a repair"),
        {
            "repairCategory": G(lambda f: f.pick(TRADES)),
            "location": G(lambda f: f.pick(["kitchen", "bathroom", "bedroom", "communal area", "outside"])),
            "source": G(lambda f: f.pick(["portal", "app", "phone"])),
            "step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Repair Request Submitted",
        "swift",
        {
            "repairId": G(lambda f: "R" + d(f, 8)),
            "category": G(lambda f: f.pick(TRADES)),
            "priority": G(lambda f: f.pick(["emergency", "urgent", "routine", "planned"])),
            "description": G(lambda f: f.pick(DEFECTS)),
            "room": G(lambda f: f.pick(["kitchen", "bathroom", "bedroom 1", "hallway"])),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://cdn.myhome.example.org.uk/repairs/{f.uuid()}.jpg"),
                    "sizeBytes": G(lambda f: f.r.randint(80_000, 4_000_000)),
                    "sha256": G(sha),
                    "takenAt": G(lambda f: f.iso()),
                },
                3,
            ),
            "photoCount": G(lambda f: f.r.randint(0, 5)),
            "isEmergency": G(lambda f: f.pick([True, False])),
            "contactName": Y(lambda f: name(f, "UK"), "name"),
            "contactPhone": Y(lambda f: phone(f, "UK"), "phone"),
            "accessNotes": G(
                lambda f: f.pick(
                    [
                        "Dog in garden, friendly",
                        "Please knock loudly",
                        "Use side gate",
                        "Parking on street only",
                    ]
                )
            ),
            "keySafeCode": RED(lambda f: d(f, 4), "secret"),
            "propertyRef": G(lambda f: "P" + d(f, 6)),
            "estimatedCost": G(lambda f: money_gbp(f, 40, 1800)),
        },
    ),
    (
        "track",
        "Repair Appointment Booked",
        "swift",
        {
            "repairId": G(lambda f: "R" + d(f, 8)),
            "appointmentId": G(lambda f: f.uuid()),
            "slotStart": G(lambda f: f.iso()),
            "slotEnd": G(lambda f: f.iso()),
            "slotWindow": G(lambda f: f.pick(["AM", "PM", "ALL_DAY", "SCHOOL_RUN"])),
            "operativeFirstName": Y(lambda f: first(f, "UK"), "name"),
            "trade": G(lambda f: f.pick(TRADES)),
            "smsReminder": G(lambda f: f.pick([True, False])),
            "reminderPhone": Y(lambda f: phone(f, "UK"), "phone"),
            "rescheduleCount": G(lambda f: f.r.randint(0, 3)),
            "accessInstructions": Y(access_with_phone, "phone", True),
        },
    ),
    (
        "track",
        "Appointment Slot Selected",
        ("web", "/repairs/book", "Choose a time"),
        {
            "slot-id": G(lambda f: "slot_" + d(f, 6)),
            "slot-date": G(lambda f: f.date(2024, 2024)),
            "slot-window": G(lambda f: f.pick(["08:00-12:00", "12:00-16:00", "16:00-18:00"])),
            "engineer-name": Y(lambda f: name(f, "UK"), "name"),
            "contractor": G(lambda f: f.pick(CONTRACTORS[:3])),
            "travel-zone": G(lambda f: f.pick(["Z1", "Z2", "Z3", "N-East"])),
            "slots-offered": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Appointment Rescheduled",
        "java",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "old_slot": G(lambda f: f.iso()),
            "new_slot": G(lambda f: f.iso()),
            "reason": G(lambda f: f.pick(["tenant_unavailable", "operative_sick", "parts_delay", "weather"])),
            "initiated_by": G(lambda f: f.pick(["tenant", "operative", "scheduler"])),
            "notification_channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "tenant_email": Y(lambda f: email(f, "UK"), "email"),
        },
    ),
    (
        "screen",
        "Repairs",
        "swift",
        {
            "tab": G(lambda f: f.pick(["open", "completed", "cancelled"])),
            "openRepairs": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        {
            "campaign_id": G(lambda f: d(f, 7)),
            "message_id": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(["Your repair is booked", "Rent due Monday", "Operative on the way"])
            ),
            "deeplink": G(lambda f: f.pick(["myhome://repairs", "myhome://rent", "myhome://messages"])),
        },
    ),
    # -- rent, payments, tenant shop ------------------------------------------------------------------
    (
        "track",
        "Rent Statement Viewed",
        ("web", "/rent/statement", "Rent statement"),
        {
            "rentAccountRef": G(lambda f: "RA" + d(f, 8)),
            "periodStart": G(lambda f: f.date(2023, 2024)),
            "periodEnd": G(lambda f: f.date(2024, 2024)),
            "closingBalance": G(lambda f: money_gbp(f, -900, 2400)),
            "inArrears": G(lambda f: f.pick([True, False])),
            "arrearsWeeks": G(lambda f: f.r.randint(0, 12)),
            "weeklyRent": G(lambda f: money_gbp(f, 85, 240)),
            "serviceCharge": G(lambda f: money_gbp(f, 0, 40)),
            "currency": G(lambda f: "GBP"),
            "housingCostsPaidByUC": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rent Statement Emailed",
        "ruby",
        {
            "statement_id": G(lambda f: "ST-" + d(f, 9)),
            "recipient": Y(lambda f: email(f, "UK"), "email", True),
            "format": G(lambda f: f.pick(["pdf", "html"])),
            "pages": G(lambda f: f.r.randint(1, 4)),
            "sent_at": G(lambda f: f.iso()),
            "from": G(
                lambda f: f.pick(["no-reply@eastgate-ha.example.org.uk", "rent@eastgate-ha.example.org.uk"])
            ),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        "node",
        {
            "mandateId": G(lambda f: "MD" + alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "accountHolderName": Y(lambda f: name(f, "UK"), "name"),
            "sortCode": G(lambda f: f.pick(["20-32-06", "40-47-84", "30-93-74", "60-83-71", "09-01-28"])),
            "accountNumber": RED(lambda f: d(f, 8), "bank account"),
            "bankName": G(lambda f: f.pick(["Barclays", "HSBC UK", "Lloyds", "Monzo", "Nationwide"])),
            "collectionDay": G(lambda f: f.r.randint(1, 28)),
            "amount": G(lambda f: money_gbp(f, 300, 1100)),
            "frequency": G(lambda f: f.pick(["monthly", "weekly", "four_weekly"])),
            "scheme": G(lambda f: "bacs"),
        },
    ),
    (
        "track",
        "GoCardless Webhook Received",
        "node",
        {
            "webhook_id": G(lambda f: "WB" + alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "events": Many(
                {
                    "id": G(lambda f: "EV" + alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                    "created_at": G(lambda f: f.iso()),
                    "resource_type": G(lambda f: f.pick(["payments", "mandates", "payouts"])),
                    "action": G(lambda f: f.pick(["confirmed", "failed", "cancelled", "paid_out", "active"])),
                    "links": {
                        "mandate": G(lambda f: "MD" + alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                        "payment": G(lambda f: "PM" + alnum(f, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                    },
                    "details": {
                        "origin": G(lambda f: f.pick(["bank", "gocardless", "api"])),
                        "cause": G(
                            lambda f: f.pick(
                                [
                                    "payment_confirmed",
                                    "insufficient_funds",
                                    "bank_account_closed",
                                    "mandate_cancelled",
                                ]
                            )
                        ),
                        "description": G(
                            lambda f: f.pick(
                                [
                                    "Payment was confirmed as collected",
                                    "The customer's account had insufficient funds.",
                                    "The mandate was cancelled at a bank branch.",
                                ]
                            )
                        ),
                        "scheme": G(lambda f: "bacs"),
                        "reason_code": G(lambda f: f.pick(["ARUDD-0", "ARUDD-1", "ADDACS-1", "ADDACS-B"])),
                    },
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web", "/rent/pay", "Pay your rent"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + d(f, 8)),
            "step": G(lambda f: f.r.randint(2, 3)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2031)),
            "card_bin": G(lambda f: f.pick(["454313", "535522", "465859", "492181"])),
            "cardholder_name": Y(lambda f: name(f, "UK"), "name"),
            "billing_address": Y(uk_address, "address"),
            "billing_postcode": Y(uk_postcode, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "/shop/confirmation", "Order confirmed"),
        {
            "order_id": G(lambda f: "ORD-" + d(f, 8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["Tenant shop", "MyHome app"])),
            "total": G(lambda f: money_gbp(f, 5, 300)),
            "revenue": G(lambda f: money_gbp(f, 5, 300)),
            "tax": G(lambda f: money_gbp(f, 0, 50)),
            "currency": G(lambda f: "GBP"),
            "products": Many(shop_product(), 3),
            "payment_reference": G(lambda f: "PAY" + d(f, 10)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ("web", "/shop", "Tenant shop"),
        {
            **shop_product(),
            "currency": G(lambda f: "GBP"),
            "url": G(lambda f: f"https://myhome.example.org.uk/shop/{f.r.randint(100, 999)}"),
            "image_url": G(lambda f: f"https://cdn.myhome.example.org.uk/shop/{f.hexid(8)}.png"),
        },
    ),
    (
        "track",
        "Products Searched",
        ("web", "/shop", "Tenant shop"),
        {
            "query": G(
                lambda f: f.pick(["key fob", "parking", "contents insurance", "garage", "bulky waste"])
            ),
        },
    ),
    (
        "track",
        "Product Added",
        "rn",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        "rn",
        {
            "order_id": G(lambda f: "ORD-" + d(f, 8)),
            "value": G(lambda f: money_gbp(f, 5, 300)),
            "revenue": G(lambda f: money_gbp(f, 5, 300)),
            "currency": G(lambda f: "GBP"),
            "products": Many(
                {k: v for k, v in shop_product().items() if k in ("product_id", "sku", "price", "quantity")},
                2,
            ),
        },
    ),
    (
        "track",
        "Contents Insurance Quote Viewed",
        ("web", "/shop/insurance", "Contents insurance"),
        {
            "policy_number": Y(lambda f: f.pick(["MYH", "TCI"]) + d(f, 8), "identification"),
            "premium_weekly": G(lambda f: money_gbp(f, 1, 9)),
            "cover_amount": G(lambda f: f.pick([9000, 12000, 15000, 25000])),
            "insurer": G(lambda f: f.pick(["Thistle Tenant Risks", "Crawford Insurance", "Royal Mutual"])),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "accidental_damage": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "php",
        {
            "transaction_ref": G(lambda f: "TXN" + d(f, 10)),
            "amount": G(lambda f: money_gbp(f, 10, 1200)),
            "failure_code": G(lambda f: f.pick(["05", "51", "54", "N7"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(24, 30)}"),
            "payer_email": Y(lambda f: email(f, "UK"), "email"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["ivr", "web", "kiosk"])),
        },
    ),
    (
        "track",
        "Arrears Letter Sent",
        "python",
        {
            "letter_type": G(
                lambda f: f.pick(["friendly_reminder", "first_warning", "nosp", "court_notice"])
            ),
            "arrears_balance": G(lambda f: money_gbp(f, 50, 4000)),
            "weeks_in_arrears": G(lambda f: f.r.randint(1, 30)),
            "stage": G(lambda f: f.r.randint(1, 5)),
            "tenant_name": Y(lambda f: name(f, "UK"), "name"),
            "correspondence_address": Y(uk_address, "address"),
            "postcode": Y(uk_postcode, "zipcode"),
            "template_id": G(lambda f: f.pick(["tpl_arr_01", "tpl_arr_02", "tpl_nosp_v3"])),
            "payment_plan_offered": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- ASB, household, equality, transfers, pets, contacts ------------------------------------------------
    (
        "track",
        "ASB Report Submitted",
        ("web", "/asb/report", "Report anti-social behaviour"),
        {
            "report_id": G(lambda f: "ASB-" + d(f, 6)),
            "category": G(lambda f: f.pick(["noise", "harassment", "drugs", "vandalism", "pets", "parking"])),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "ongoing": G(lambda f: f.pick([True, False])),
            "reporter_anonymous": G(lambda f: f.pick([True, False])),
            "reporterPhone": Y(lambda f: phone(f, "UK"), "phone"),
            "perpetrator_name": Y(lambda f: name(f, "UK"), "name"),
            "perpetrator_address": Y(uk_address, "address"),
            "details": Y(asb_story, "name", True),
            "witnesses": Many(
                {
                    "name": Y(lambda f: name(f, "UK"), "name"),
                    "phone": Y(lambda f: phone(f, "UK"), "phone"),
                },
                2,
            ),
            "incident_lat": Y(lat, "geolocation"),
            "incident_lng": Y(lon, "geolocation"),
            "evidence_count": G(lambda f: f.r.randint(0, 6)),
            "police_reference": G(lambda f: f.pick(["CAD ", "CRN ", "MET/24/"]) + d(f, 6)),
        },
    ),
    (
        "track",
        "Household Member Added",
        "rn",
        {
            "member": {
                "firstName": Y(lambda f: first(f, f.pick(["UK", "DK"])), "name"),
                "lastName": Y(lambda f: last(f, f.pick(["UK", "DK"])), "name"),
                "dateOfBirth": Y(lambda f: dob(f, 1935, 2023), "birthdate"),
                "relationship": G(
                    lambda f: f.pick(["partner", "son", "daughter", "parent", "lodger", "carer"])
                ),
                "isDependant": G(lambda f: f.pick([True, False])),
                "niNumber": RED(nino, "national id"),
                "hasDisability": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "householdSize": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Transfer Application Submitted",
        ("web", "/moving/transfer", "Apply for a transfer"),
        {
            "applicationId": G(lambda f: "TR" + d(f, 7)),
            "currentAddress": Y(uk_address, "address"),
            "currentBedrooms": G(lambda f: f.r.randint(0, 4)),
            "bedroomNeed": G(lambda f: f.r.randint(1, 5)),
            "preferredAreas": Many(
                G(lambda f: f.pick(["Hackney", "Tower Hamlets", "Salford", "Leeds East", "Moss Side"])), 3
            ),
            "reasonForMove": G(
                lambda f: f.pick(["overcrowding", "under_occupation", "medical", "harassment", "employment"])
            ),
            "medicalConditions": Many(
                Y(
                    lambda f: f.pick(["COPD", "asthma", "multiple sclerosis", "depression", "epilepsy"]),
                    "condition",
                ),
                2,
            ),
            "usesWheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "householdMembers": Many(
                {
                    "firstName": Y(lambda f: first(f, "UK"), "name"),
                    "dateOfBirth": Y(lambda f: dob(f, 1940, 2023), "birthdate"),
                    "relationship": G(
                        lambda f: f.pick(["partner", "son", "daughter", "parent", "grandchild"])
                    ),
                    "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
                },
                4,
            ),
            "employer": G(
                lambda f: f.pick(["NHS Trust", "Tesco", "self-employed", "Hackney Council", "none"])
            ),
            "jobTitle": G(
                lambda f: f.pick(["care assistant", "bus driver", "cleaner", "student", "retired"])
            ),
            "householdIncome": Y(lambda f: f.r.randint(9000, 48000), "salary"),
            "maritalStatus": G(
                lambda f: f.pick(["single", "married", "civil_partnership", "divorced", "widowed"])
            ),
            "armedForces": RED(lambda f: f.pick([True, False]), "veteran"),
            "bandAwarded": G(lambda f: f.pick(["A", "B", "C", "D"])),
        },
    ),
    (
        "track",
        "Equality Monitoring Completed",
        ("web", "/account/about-you", "About you"),
        {
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black African",
                        "Bangladeshi",
                        "Mixed White and Black Caribbean",
                        "Polish",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity",
            ),
            "religion": Y(
                lambda f: f.pick(["Muslim", "Christian", "No religion", "Sikh", "Jewish", "Hindu"]),
                "religion",
            ),
            "sexualOrientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "gender": Y(lambda f: f.pick(["Woman", "Man", "Non-binary", "Prefer not to say"]), "gender"),
            "genderSameAsAtBirth": Y(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "gender"),
            "disability": RED(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "disability"),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-49", "50-64", "65+"])),
            "firstLanguage": G(lambda f: f.pick(["English", "Somali", "Bengali", "Polish", "Turkish"])),
            "interpreterNeeded": G(lambda f: f.pick([True, False])),
            "skippedQuestions": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "rn",
        {
            "contact": {
                "label": G(lambda f: f.pick(["Mum", "Sister", "Carer", "Neighbour", "Son"])),
                "value": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone", True),
                "relationship": G(lambda f: f.pick(["family", "friend", "professional"])),
            },
            "isPrimary": G(lambda f: f.pick([True, False])),
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Pet Registered",
        ("web", "/account/pets", "Your pets"),
        {
            "petName": G(lambda f: f.pick(["Biscuit", "Luna", "Simba", "Max", "Bella", "Pepper"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "bird"])),
            "breed": G(
                lambda f: f.pick(["Staffordshire Bull Terrier", "Domestic shorthair", "Labrador", "Lop"])
            ),
            "microchipNumber": G(lambda f: "826" + d(f, 12)),
            "vaccinated": G(lambda f: f.pick([True, False])),
            "permissionGranted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shared Ownership Eligibility Checked",
        ("web", "/buy/eligibility", "Can I buy a share?"),
        {
            "household_income": Y(lambda f: f.r.randint(18000, 80000), "salary"),
            "savings": G(lambda f: f.r.randint(0, 40000)),
            "credit_score": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "first_time_buyer": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 64)),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "contract"])),
            "area_searched": G(lambda f: f.pick(["Stratford", "Salford Quays", "Bristol", "Leeds"])),
            "eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead",
        "node",
        {
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "event_source_url": G(
                lambda f: f.pick(
                    [
                        "https://myhome.example.org.uk/buy/eligibility",
                        "https://myhome.example.org.uk/buy/register",
                    ]
                )
            ),
            "action_source": G(lambda f: "website"),
            "client_ip_address": Y(ip_any, "ip"),
            "client_user_agent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                    ]
                )
            ),
            "event_id": G(lambda f: f.uuid()),
        },
    ),
    # -- operatives' app ---------------------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        {
            "firstName": Y(lambda f: first(f, f.pick(["UK", "DK"])), "name"),
            "lastName": Y(lambda f: last(f, f.pick(["UK", "DK"])), "name"),
            "email": Y(lambda f: staff_email(f, "brightwell.example.co.uk"), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "payrollNumber": G(lambda f: "P" + d(f, 6)),
            "trade": G(lambda f: f.pick(TRADES)),
            "contractor": G(lambda f: f.pick(CONTRACTORS)),
            "vanRegistration": Y(uk_plate, "license"),
            "hourlyRate": Y(lambda f: money_gbp(f, 13, 32), "salary"),
            "unionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "dbsCertificateNumber": Y(lambda f: "00" + d(f, 10), "certificate"),
            "gasSafeLicence": Y(lambda f: d(f, 7), "license"),
            "startDate": G(lambda f: f.date(2010, 2024)),
            "shiftPattern": G(lambda f: f.pick(["days", "lates", "on_call", "4on4off"])),
        },
    ),
    (
        "track",
        "Job Started",
        "kotlin",
        {
            "jobId": G(lambda f: "J" + d(f, 8)),
            "workOrderRef": G(lambda f: "WO-" + d(f, 7)),
            "trade": G(lambda f: f.pick(TRADES)),
            "arrivedAt": G(lambda f: f.epoch_ms()),
            "travelMinutes": G(lambda f: f.r.randint(3, 90)),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "tenantPresent": G(lambda f: f.pick([True, False])),
            "tenantName": Y(lambda f: name(f, f.pick(["UK", "DK"])), "name"),
            "propertyAddress": Y(lambda f: f.pick([uk_address(f), dk_address(f)]), "address"),
            "postcode": Y(lambda f: f.pick([uk_postcode(f), f.pick(DK_POST)[0]]), "zipcode"),
            "riskFlags": Many(
                G(
                    lambda f: f.pick(
                        ["dog on premises", "asbestos register", "lone working", "two-person job"]
                    )
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Job Completed",
        "kotlin",
        {
            "jobId": G(lambda f: "J" + d(f, 8)),
            "outcome": G(
                lambda f: f.pick(["fixed_first_time", "follow_on", "parts_required", "no_fault_found"])
            ),
            "labourMinutes": G(lambda f: f.r.randint(10, 360)),
            "partsUsed": Many(
                {
                    "sku": G(
                        lambda f: f.pick(
                            ["TAP-CART-35", "FAN-EXT-100", "LOCK-EURO-4040", "TRV-15MM", "WC-SYPH-2"]
                        )
                    ),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "35mm ceramic cartridge",
                                "100mm extractor fan",
                                "Euro cylinder 40/40",
                                "Thermostatic radiator valve",
                            ]
                        )
                    ),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "unitCost": G(lambda f: money_gbp(f, 2, 140)),
                },
                3,
            ),
            "followOnRequired": G(lambda f: f.pick([True, False])),
            "tenantSignatureCaptured": G(lambda f: f.pick([True, False])),
            "tenantSatisfaction": G(lambda f: f.r.randint(1, 5)),
            "pos": Y(lambda f: f"{lat(f)},{lon(f)}", "geolocation", True),
            "completionNotes": G(
                lambda f: f.pick(
                    [
                        "Replaced cartridge, tested OK",
                        "Cleared blockage in waste",
                        "Mould wash applied, advised on ventilation",
                        "Fan replaced and tested",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "No Access Recorded",
        "kotlin",
        {
            "jobId": G(lambda f: "J" + d(f, 8)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "cardLeft": G(lambda f: f.pick([True, False])),
            "calledTenant": G(lambda f: f.pick([True, False])),
            "tenantPhone": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "reason": G(lambda f: f.pick(["no_answer", "refused", "unsafe", "wrong_address"])),
            "doorPhotoUrl": G(lambda f: f"https://files.fieldops.example.co.uk/noaccess/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        "kotlin",
        {
            "jobId": G(lambda f: "J" + d(f, 8)),
            "photoId": G(lambda f: f.uuid()),
            "stage": G(lambda f: f.pick(["before", "during", "after"])),
            "url": G(lambda f: f"https://files.fieldops.example.co.uk/jobs/{f.hexid(20)}.jpg"),
            "bytes": G(lambda f: f.r.randint(200_000, 6_000_000)),
            "exif": {
                "Make": G(lambda f: f.pick(["samsung", "Google", "Zebra"])),
                "Model": G(lambda f: f.pick(["SM-G736B", "Pixel 7a", "TC58"])),
                "GPSLatitude": Y(lat, "geolocation"),
                "GPSLongitude": Y(lon, "geolocation"),
                "DateTimeOriginal": G(
                    lambda f: (
                        f"2024:{f.r.randint(1, 12):02d}:{f.r.randint(1, 28):02d} "
                        f"{f.r.randint(7, 18):02d}:{f.r.randint(0, 59):02d}:00"
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Van Stock Checked",
        "kotlin",
        {
            "vanRegistration": Y(uk_plate, "license"),
            "itemsCounted": G(lambda f: f.r.randint(20, 300)),
            "discrepancies": G(lambda f: f.r.randint(0, 9)),
            "depot": G(
                lambda f: f.pick(["Hackney Wick depot", "Trafford Park", "Glostrup lager", "Seacroft"])
            ),
        },
    ),
    (
        "screen",
        "Job List",
        "kotlin",
        {
            "filter": G(lambda f: f.pick(["today", "overdue", "all"])),
            "jobsToday": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "java",
        {
            "operative_id": G(lambda f: "op_" + d(f, 5)),
            "week_ending": G(lambda f: f.date(2024, 2024)),
            "hours_worked": G(lambda f: round(f.r.uniform(20, 50), 1)),
            "overtime_hours": G(lambda f: round(f.r.uniform(0, 12), 1)),
            "hourly_rate": Y(lambda f: money_gbp(f, 13, 32), "salary"),
            "gross_pay": Y(lambda f: money_gbp(f, 300, 1600), "salary"),
            "union_subs_deducted": Y(lambda f: f.pick([True, False]), "trade union"),
            "ni_number": RED(nino, "national id"),
            "bank_sort_code": G(lambda f: f.pick(["20-32-06", "40-47-84", "30-93-74", "60-83-71"])),
            "bank_account_number": RED(lambda f: d(f, 8), "bank account"),
            "approved_by_manager": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- housing officer's CRM (.NET) ------------------------------------------------------------------
    (
        "identify",
        None,
        "dotnet",
        {
            "DisplayName": Y(lambda f: name(f, "UK"), "name"),
            "Email": Y(lambda f: staff_email(f), "email"),
            "JobTitle": G(
                lambda f: f.pick(
                    ["Housing Officer", "Income Officer", "Tenancy Sustainment Officer", "ASB Caseworker"]
                )
            ),
            "Team": G(lambda f: f.pick(["North Patch", "Income", "Tenancy Services", "Community Safety"])),
            "Office": G(lambda f: f.pick(["Hackney Service Centre", "Salford Hub", "Leeds Merrion House"])),
            "EmployeeNumber": G(lambda f: "E" + d(f, 5)),
            "DirectDial": Y(lambda f: f"020 8356 {d(f, 4)}", "phone"),
            "MfaEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tenant Searched",
        "dotnet",
        {
            "q": Y(lambda f: f.pick([name(f, "UK"), last(f, "UK") + ", " + first(f, "UK")]), "name", True),
            "ResultsCount": G(lambda f: f.r.randint(0, 25)),
            "SearchScope": G(lambda f: f.pick(["Tenants", "All", "Former tenants"])),
            "DurationMs": G(lambda f: f.r.randint(40, 2200)),
        },
    ),
    (
        "track",
        "Case Note Added",
        "dotnet",
        {
            "CaseId": G(lambda f: "CAS-" + d(f, 5) + "-" + alnum(f, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
            "CaseType": G(lambda f: f.pick(["Arrears", "ASB", "Tenancy Audit", "Repairs Complaint"])),
            "NoteText": Y(case_note, "phone", True),
            "OfficerEmail": Y(lambda f: staff_email(f), "email"),
            "Channel": G(lambda f: f.pick(["Phone", "Visit", "Email", "Portal"])),
            "FollowUpDue": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Vulnerability Flag Added",
        "dotnet",
        {
            "TenancyReference": G(lambda f: "TEN-" + d(f, 7)),
            "FlagCategory": RED(
                lambda f: f.pick(
                    [
                        "Hearing impairment",
                        "Sight loss",
                        "Mobility - wheelchair user",
                        "Mental health",
                        "Dementia",
                        "Learning disability",
                    ]
                ),
                "disability|condition",
            ),
            "AddedBy": Y(lambda f: name(f, "UK"), "name", True),
            "AddedByUserId": G(lambda f: "E" + d(f, 5)),
            "ReviewDate": G(lambda f: f.date(2024, 2026)),
            "SharedWithContractors": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Safeguarding Referral Made",
        "dotnet",
        {
            "ReferralId": G(lambda f: "SG" + d(f, 6)),
            "AdultOrChild": G(lambda f: f.pick(["Adult", "Child"])),
            "SubjectName": Y(lambda f: name(f, "UK"), "name"),
            "SubjectDateOfBirth": Y(lambda f: f.date(1930, 2020), "birthdate"),
            "NHSNumber": RED(nhs_number, "health id"),
            "GPPractice": G(
                lambda f: f.pick(
                    ["Lower Clapton Group Practice", "Robert Darbishire Practice", "Shine Medical Practice"]
                )
            ),
            "SocialWorkerName": Y(lambda f: name(f, "UK"), "name"),
            "SocialWorkerPhone": Y(lambda f: phone(f, "UK"), "phone"),
            "ConcernType": G(
                lambda f: f.pick(["neglect", "financial abuse", "domestic abuse", "exploitation"])
            ),
            "ReferralAgency": G(lambda f: f.pick(["Adult Social Care", "Children's Services", "MASH"])),
            "ConsentGiven": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Right To Rent Check Completed",
        "dotnet",
        {
            "CheckId": G(lambda f: f.uuid()),
            "ShareCode": RED(
                lambda f: " ".join(alnum(f, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)),
                "visa|token",
            ),
            "DocumentType": G(
                lambda f: f.pick(["Passport", "BRP", "EUSS share code", "Birth certificate + NI"])
            ),
            "DocumentNumber": RED(
                lambda f: f.pick([d(f, 9), "ZU" + d(f, 7), "RF" + d(f, 7)]), "passport|national id"
            ),
            "Nationality": Y(
                lambda f: f.pick(["British", "Somali", "Polish", "Nigerian", "Romanian", "Eritrean"]),
                "citizenship",
            ),
            "ImmigrationStatus": RED(
                lambda f: f.pick(["Settled status", "Pre-settled status", "Limited leave", "Refugee status"]),
                "visa",
            ),
            "CheckOutcome": G(lambda f: f.pick(["Pass", "Time-limited", "Refer"])),
            "FollowUpDate": G(lambda f: f.date(2024, 2026)),
            "CheckedBy": Y(lambda f: name(f, "UK"), "name", True),
        },
    ),
    (
        "track",
        "Tenancy Audit Completed",
        "dotnet",
        {
            "AuditId": G(lambda f: "AUD-" + d(f, 6)),
            "TenancyReference": G(lambda f: "TEN-" + d(f, 7)),
            "TenantPhotoUrl": Y(
                lambda f: f"https://crm.eastgate-ha.example.org.uk/media/tenant-photos/{f.uuid()}.jpg",
                "photo",
            ),
            "IdDocumentSeen": G(lambda f: f.pick([True, False])),
            "OccupantsCount": G(lambda f: f.r.randint(1, 9)),
            "OccupantNames": Many(Y(lambda f: name(f, "UK"), "name"), 4),
            "SuspectedSublet": G(lambda f: f.pick([True, False])),
            "AuditOfficer": Y(lambda f: name(f, "UK"), "name", True),
            "AuditDate": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        "swift",
        {
            "changedFields": Many(
                G(lambda f: f.pick(["email", "phone", "preferredContactMethod", "address"])), 3
            ),
            "previousEmail": Y(lambda f: email(f, f.pick(["UK", "DK"])), "email"),
            "newEmail": Y(lambda f: email(f, f.pick(["UK", "DK"])), "email"),
            "newMobile": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "emailChangeConfirmed": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["app", "portal", "contact_centre"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        "rn",
        {
            "callbackNumber": Y(lambda f: phone(f, f.pick(["UK", "DK"])), "phone"),
            "callerName": Y(lambda f: name(f, f.pick(["UK", "DK"])), "name"),
            "topic": G(lambda f: f.pick(["repairs", "rent", "anti-social behaviour", "damp and mould"])),
            "bestTime": G(lambda f: f.pick(["morning", "afternoon", "evening", "any"])),
            "queuePosition": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Estate Inspection Completed",
        "dotnet",
        {
            "Estate": G(lambda f: f.pick(UK_ESTATES)),
            "Block": G(lambda f: f.pick(UK_BLOCKS)),
            "Score": G(lambda f: f.r.randint(40, 100)),
            "IssuesFound": G(lambda f: f.r.randint(0, 15)),
            "InspectionDate": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- comms -------------------------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        "ruby",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"])
                )
            ),
            "MessagingServiceSid": G(
                lambda f: (
                    "MG" + f.pick(["11aa22bb33cc44dd55ee66ff77889900", "00998877ff66ee55dd44cc33bb22aa11"])
                )
            ),
            "From": G(lambda f: f.pick(["+447723400100", "EastgateHA", "+443001234567"])),
            "To": Y(lambda f: "+447" + f.pick(["4", "5", "7", "8", "9"]) + d(f, 8), "phone"),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        {
            "email": Y(lambda f: email(f), "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0{f.r.randint(1, 9)}p1lon1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "spamreport"])),
            "category": G(lambda f: f.pick(["rent_statement", "repair_confirmation", "newsletter"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-0"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Outlook/16.0",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                        "GoogleImageProxy",
                    ]
                )
            ),
            "ip": Y(ip_any, "ip"),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        ("web", "/complaints/new", "Make a complaint"),
        {
            "complaintId": G(lambda f: "CMP-" + d(f, 6)),
            "stage": G(lambda f: f.pick(["stage_1", "stage_2", "ombudsman"])),
            "topic": G(
                lambda f: f.pick(
                    ["repairs", "rent", "anti-social behaviour", "staff conduct", "damp and mould"]
                )
            ),
            "complainantName": Y(lambda f: name(f, "UK"), "name"),
            "complainantEmail": Y(lambda f: email(f, "UK"), "email"),
            "complainantPhone": Y(lambda f: phone(f, "UK"), "phone"),
            "onBehalfOf": G(lambda f: f.pick(["self", "family_member", "councillor", "advocate"])),
            "staffMemberNamed": Y(lambda f: name(f, "UK"), "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Repair outstanding for 3 months",
                        "Nobody turned up for the appointment twice",
                        "Rent charged twice this month",
                        "Mould keeps coming back",
                    ]
                )
            ),
            "wantsCallback": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- Danish backend (analytics-python, Danish keys) --------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "fornavn": Y(lambda f: first(f, "DK"), "name"),
            "efternavn": Y(lambda f: last(f, "DK"), "name"),
            "email": Y(lambda f: email(f, "DK"), "email"),
            "mobilnummer": Y(lambda f: phone(f, "DK"), "phone"),
            "foedselsdato": Y(lambda f: dob(f), "birthdate"),
            "cpr_nummer": RED(cpr, "national id"),
            "adresse": Y(dk_address, "address"),
            "postnummer": Y(lambda f: f.pick(DK_POST)[0], "zipcode"),
            "by": Y(lambda f: f.pick(DK_POST)[1], "city"),
            "lejemaal_nr": G(lambda f: f"{f.r.randint(1, 99)}-{f.r.randint(100, 999)}-{f.r.randint(1, 60)}"),
            "afdeling_nr": G(lambda f: f.r.randint(1, 120)),
            "boligselskab": G(
                lambda f: f.pick(["Boligselskabet Vesterbro", "AAB", "fsb", "Brabrand Boligforening"])
            ),
            "husstand_antal": G(lambda f: f.r.randint(1, 7)),
            "oprettet": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Reparation Anmeldt",
        "python",
        {
            "sag_id": G(lambda f: d(f, 7)),
            "lejemaal_nr": G(lambda f: f"{f.r.randint(1, 99)}-{f.r.randint(100, 999)}-{f.r.randint(1, 60)}"),
            "kategori": G(lambda f: f.pick(["VVS", "El", "Tømrer", "Skimmel", "Vinduer"])),
            "beskrivelse": G(
                lambda f: f.pick(
                    [
                        "Vandhanen i køkkenet drypper",
                        "Skimmelsvamp i soveværelset",
                        "Radiatoren bliver ikke varm",
                        "Hoveddøren kan ikke låses",
                    ]
                )
            ),
            "prioritet": G(lambda f: f.pick(["akut", "normal", "lav"])),
            "lejer_navn": Y(lambda f: name(f, "DK"), "name"),
            "telefon": Y(lambda f: phone(f, "DK"), "phone"),
            "bemaerkning": Y(dk_remark, "phone", True),
            "oprettet_tidspunkt": G(lambda f: f.iso()),
            "haandvaerker_firma": G(
                lambda f: f.pick(["Hvidovre VVS ApS", "Brønshøj El-service", "Tømrerfirmaet Holm & Søn"])
            ),
            "haandvaerker_navn": Y(lambda f: name(f, "DK"), "name"),
        },
    ),
    (
        "track",
        "Husleje Opkraevet",
        "python",
        {
            "opkraevning_id": G(lambda f: "OPK" + d(f, 8)),
            "beloeb": G(lambda f: round(f.r.uniform(4200, 11800), 2)),
            "valuta": G(lambda f: "DKK"),
            "forfaldsdato": G(lambda f: f.date(2024, 2024)),
            "betalingsmetode": G(
                lambda f: f.pick(["Betalingsservice", "MobilePay", "kort", "bankoverførsel"])
            ),
            "reg_nr": G(lambda f: f.pick(["3000", "5301", "9570", "2191", "1551"])),
            "kontonummer": RED(lambda f: d(f, 10), "bank account"),
            "iban": RED(lambda f: iban(f, "DK"), "bank account"),
            "restance": G(lambda f: round(f.r.uniform(0, 25000), 2)),
            "rykker_antal": G(lambda f: f.r.randint(0, 3)),
            "boligstoette": G(lambda f: round(f.r.uniform(0, 3500), 2)),
        },
    ),
    (
        "track",
        "MobilePay Betaling Modtaget",
        "python",
        {
            "mobilepay_transaktion_id": G(lambda f: f.uuid()),
            "beloeb": G(lambda f: round(f.r.uniform(4200, 11800), 2)),
            "betaler_navn": Y(lambda f: name(f, "DK"), "name"),
            "betaler_mobil": Y(lambda f: phone(f, "DK"), "phone"),
            "besked": G(lambda f: f.pick(["Husleje maj", "Leje", "Husleje + vand", "Restance afdrag"])),
            "modtaget": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Venteliste Tilmeldt",
        "python",
        {
            "venteliste_id": G(lambda f: "VL" + d(f, 7)),
            "oensket_afdeling": Many(
                G(lambda f: f.pick(["Mjølnerparken", "Tingbjerg", "Gellerup", "Vollsmose", "Urbanplanen"])), 3
            ),
            "antal_vaerelser": G(lambda f: f.r.randint(1, 5)),
            "max_husleje": G(lambda f: f.pick([6000, 7500, 9000, 11000])),
            "handicapvenlig_bolig": RED(lambda f: f.pick([True, False]), "disability"),
            "koerestolsbruger": RED(lambda f: f.pick([True, False]), "disability"),
            "ansoeger_alder": G(lambda f: f.r.randint(18, 90)),
            "husstand": Many(
                {
                    "navn": Y(lambda f: name(f, "DK"), "name"),
                    "foedselsdato": Y(lambda f: dob(f, 1940, 2023), "birthdate"),
                    "relation": G(lambda f: f.pick(["ægtefælle", "barn", "samlever", "forælder"])),
                },
                4,
            ),
            "kontaktperson": Y(lambda f: name(f, "DK"), "name", True),
        },
    ),
    (
        "track",
        "Fremleje Anmodet",
        "python",
        {
            "anmodning_id": G(lambda f: "FR" + d(f, 6)),
            "fremlejetager_navn": Y(lambda f: name(f, "DK"), "name"),
            "fremlejetager_cpr": RED(cpr, "national id"),
            "fremlejetager_email": Y(lambda f: email(f, "DK"), "email"),
            "fremlejetager_telefon": Y(lambda f: phone(f, "DK"), "phone"),
            "periode_fra": G(lambda f: f.date(2024, 2025)),
            "periode_til": G(lambda f: f.date(2025, 2026)),
            "husleje": G(lambda f: f.pick([5200, 6400, 7800, 9100])),
            "moebleret": G(lambda f: f.pick([True, False])),
            "aarsag": G(
                lambda f: f.pick(["studieophold", "arbejde i udlandet", "sygdom i familien", "samlivsforsøg"])
            ),
        },
    ),
    # -- Kenya: tenant app (flutter) and backends with Swahili keys ------------------------------------
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": Y(lambda f: first(f, "KE"), "name"),
            "lastName": Y(lambda f: last(f, "KE"), "name"),
            "phone": Y(lambda f: phone(f, "KE"), "phone"),
            "nationalIdNumber": RED(ke_id, "national id"),
            "kraPin": RED(kra_pin, "national id"),
            "county": G(lambda f: f.pick(["Nairobi", "Mombasa", "Kisumu", "Nakuru"])),
            "preferredLanguage": G(lambda f: f.pick(["sw", "en"])),
            "mpesaRegistered": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "screen",
        "Malipo",
        "flutter",
        {
            "tab": G(lambda f: f.pick(["kodi", "historia", "deni"])),
            "balanceShown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "M-Pesa Payment Received",
        "go",
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(mpesa_code),
            "TransTime": G(daraja_time),
            "TransAmount": G(lambda f: f"{f.pick([3500, 4500, 6000, 8500, 12000, 1500])}.00"),
            "BusinessShortCode": G(lambda f: f.pick(["600984", "174379", "888880"])),
            "BillRefNumber": G(
                lambda f: (
                    f"{f.pick(['KBR', 'MTH', 'KYL', 'NYL'])}-{f.pick('ABCDEFG')}-{f.r.randint(1, 120):03d}"
                )
            ),
            "InvoiceNumber": G(lambda f: ""),
            "OrgAccountBalance": G(lambda f: f"{round(f.r.uniform(10000, 900000), 2):.2f}"),
            "ThirdPartyTransID": G(lambda f: ""),
            "MSISDN": Y(ke_msisdn, "phone"),
            "FirstName": Y(lambda f: first(f, "KE").upper(), "name"),
            "MiddleName": Y(lambda f: first(f, "KE").upper(), "name"),
            "LastName": Y(lambda f: last(f, "KE").upper(), "name"),
        },
    ),
    (
        "track",
        "STK Push Completed",
        "go",
        {
            "merchant_request_id": G(
                lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(1000000, 9999999)}-1"
            ),
            "checkout_request_id": G(
                lambda f: "ws_CO_" + f"{f.r.randint(10**13, 10**14 - 1)}{f.r.randint(100, 999)}"
            ),
            "result_code": G(lambda f: f.pick([0, 1032, 1037, 2001])),
            "result_desc": G(
                lambda f: f.pick(
                    [
                        "The service request is processed successfully.",
                        "Request cancelled by user",
                        "DS timeout user cannot be reached",
                    ]
                )
            ),
            "amount": G(lambda f: f.pick([3500, 4500, 6000, 8500])),
            "mpesa_receipt_number": G(mpesa_code),
            "transaction_date": G(lambda f: int(daraja_time(f))),
            "phone_number": Y(lambda f: int(ke_msisdn(f)), "phone"),
            "account_reference": G(
                lambda f: f"{f.pick(['KBR', 'MTH', 'KYL'])}-{f.pick('ABCDEFG')}-{f.r.randint(1, 120):03d}"
            ),
        },
    ),
    (
        "identify",
        None,
        "go",
        {
            "jina_kamili": Y(lambda f: name(f, "KE"), "name"),
            "namba_ya_simu": Y(lambda f: phone(f, "KE"), "phone"),
            "nambari_ya_kitambulisho": RED(ke_id, "national id"),
            "barua_pepe": Y(lambda f: email(f, "KE"), "email"),
            "jinsia": Y(lambda f: f.pick(["mwanamke", "mwanaume", "Ke", "Me"]), "gender"),
            "umri": G(lambda f: f.r.randint(18, 80)),
            "ulemavu": RED(lambda f: f.pick([True, False]), "disability"),
            "idadi_ya_watu_nyumbani": G(lambda f: f.r.randint(1, 9)),
            "kazi": G(lambda f: f.pick(["mfanyabiashara", "dereva", "mwalimu", "fundi", "mkulima"])),
            "kipato_cha_mwezi": Y(lambda f: f.pick([8000, 15000, 22000, 35000, 60000]), "salary"),
            "eneo": Y(lambda f: f.pick(KE_ESTATES), "address|city"),
            "anwani": Y(ke_address, "address"),
            "nhif_no": RED(lambda f: d(f, 8), "health id"),
        },
    ),
    (
        "track",
        "Ombi la Matengenezo",
        "node",
        {
            "ombi_id": G(lambda f: "OM-" + d(f, 6)),
            "jina_la_mpangaji": Y(lambda f: name(f, "KE"), "name"),
            "namba_ya_simu": Y(lambda f: phone(f, "KE"), "phone"),
            "eneo": Y(lambda f: f.pick(KE_ESTATES), "address|city"),
            "aina_ya_tatizo": G(lambda f: f.pick(["maji", "umeme", "paa", "choo", "mlango"])),
            "maelezo": G(
                lambda f: f.pick(
                    [
                        "Bomba linavuja jikoni",
                        "Hakuna umeme chumbani",
                        "Paa linavuja mvua ikinyesha",
                        "Choo kimeziba",
                        "Mlango haufungi",
                    ]
                )
            ),
            "kipaumbele": G(lambda f: f.pick(["dharura", "kawaida", "chini"])),
            "tarehe": G(lambda f: f.date(2024, 2024)),
            "picha": Many(
                {"url": G(lambda f: f"https://media.nyumba.example.co.ke/ombi/{f.hexid(12)}.jpg")}, 3
            ),
            "fundi": Y(lambda f: name(f, "KE"), "name", True),
        },
    ),
    (
        "track",
        "Kodi Imelipwa",
        "go",
        {
            "risiti": G(mpesa_code),
            "kiasi": G(lambda f: f.pick([3500, 4500, 6000, 8500, 12000])),
            "sarafu": G(lambda f: "KES"),
            "njia_ya_malipo": G(lambda f: f.pick(["M-Pesa", "Airtel Money", "benki"])),
            "mlipaji": Y(lambda f: name(f, "KE"), "name", True),
            "simu_ya_mlipaji": Y(lambda f: phone(f, "KE"), "phone"),
            "salio": G(lambda f: f.r.randint(0, 30000)),
            "deni": G(lambda f: f.r.randint(0, 30000)),
            "mwezi": G(lambda f: f.pick(["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni"])),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        "node",
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*384*1234#", "*483*77#"])),
            "phoneNumber": Y(lambda f: "+2547" + f.pick(["0", "1", "2", "9"]) + d(f, 7), "phone"),
            "networkCode": G(lambda f: f.pick(["63902", "63903", "63907"])),
            "text": G(lambda f: f.pick(["1", "1*2", "2*1*3", "3", "1*1*2"])),
            "durationInMillis": G(lambda f: f.r.randint(3000, 90000)),
            "status": G(lambda f: f.pick(["Success", "Incomplete"])),
        },
    ),
    (
        "track",
        "Mkataba Umesainiwa",
        "node",
        {
            "mkataba_id": G(lambda f: "MK-" + d(f, 6)),
            "mpangaji": {
                "jina": Y(lambda f: name(f, "KE"), "name"),
                "kitambulisho": RED(ke_id, "national id"),
                "simu": Y(lambda f: phone(f, "KE"), "phone"),
                "barua_pepe": Y(lambda f: email(f, "KE"), "email"),
            },
            "mdhamini": {
                "jina": Y(lambda f: name(f, "KE"), "name"),
                "simu": Y(lambda f: phone(f, "KE"), "phone"),
                "uhusiano": G(lambda f: f.pick(["kaka", "dada", "mzazi", "mwajiri", "rafiki"])),
            },
            "kodi_ya_mwezi": G(lambda f: f.pick([3500, 4500, 6000, 8500, 12000])),
            "amana": G(lambda f: f.pick([3500, 9000, 12000, 17000])),
            "tarehe_ya_kuanza": G(lambda f: f.date(2024, 2025)),
            "imesainiwa_kidijitali": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Next Of Kin Added",
        "flutter",
        {
            "jina": Y(lambda f: name(f, "KE"), "name"),
            "simu": Y(lambda f: phone(f, "KE"), "phone"),
            "uhusiano": G(lambda f: f.pick(["mama", "baba", "mke", "mume", "mtoto", "ndugu"])),
            "kitambulisho": RED(ke_id, "national id"),
            "isEmergencyContact": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE) ---------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "TENANT_ID": G(lambda f: d(f, 8)),
            "FIRST_NAME": Y(lambda f: first(f, "UK"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "UK"), "name"),
            "EMAIL_ADDRESS": Y(lambda f: email(f, "UK"), "email"),
            "MOBILE_NUMBER": Y(lambda f: phone(f, "UK"), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "NI_NUMBER": RED(nino, "national id"),
            "ARREARS_BALANCE": G(lambda f: money_gbp(f, 0, 5000)),
            "ARREARS_BAND": G(lambda f: f.pick(["NONE", "LOW", "MEDIUM", "HIGH", "LEGAL"])),
            "LAST_PAYMENT_DATE": G(lambda f: f.date(2024, 2024)),
            "TENURE_TYPE": G(lambda f: f.pick(["SECURE", "ASSURED", "STARTER", "TEMP_ACCOM"])),
            "DD_ACTIVE": G(lambda f: f.pick([True, False])),
            "UC_CLAIMANT": G(lambda f: f.pick([True, False])),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    # -- neutral keys carrying PII from a form tracker -----------------------------------------------
    (
        "track",
        "Form Field Changed",
        ("web", "/contact-us", "Contact us"),
        {
            "formId": G(lambda f: f.pick(["contact-us", "complaint", "callback"])),
            "fieldName": G(lambda f: "email"),
            "input": Y(lambda f: email(f), "email", True),
            "durationMs": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_", "t-", ""]) + d(f, 7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f.pick(["ha_eastgate", "ha_northvale", "bs_kbh_12", "ke_nyumba"])
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            if isinstance(client, tuple):
                _, path, title = client
                context = web_ctx(path, title)
            else:
                context = CONTEXTS[client](f)
            msg["context"] = render(context, f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=329, repeats=26)
    write(Path(__file__).parent, "holdout329_", events, labels)
