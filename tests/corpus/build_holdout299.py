"""Writes holdout299: tests/corpus/holdout299_events.jsonl and holdout299_labels.json.

SEALED. Written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and without running the engine on these events: only build.py's helpers,
fake.py, build_holdout3.py (for the format) and the reference's matcher table were read. Nothing
here is tuned to the engine; it is for measuring the engine on events it has never seen.

Domain: a crime-reporting, victim-support and lost-property service used by police forces and
charities in the United Kingdom, South Africa and the Philippines. Online crime reports (incident
location, suspect descriptions, crime reference numbers), witness statements, victim-support
referrals and needs assessments, equality monitoring, protective-order details, lost-and-found
property with serial numbers and IMEIs, lost pets, case updates by SMS (Twilio-shaped) and e-mail
(SendGrid-shaped), a victim line (Twilio Voice-shaped), officer and caseworker dashboards,
fundraising donations (Segment e-commerce spec, Stripe payment methods, Gift Aid, UK direct
debits, South African debit orders), Meta Conversions API payloads, a warehouse reverse-ETL sync.
Backends in Afrikaans, isiZulu and Filipino (Tagalog) beside English.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
the `context` block it really sends (mobile libraries copy stored traits into `context.traits`;
server libraries send only `library` plus what the caller forwards: `ip`, `userAgent`, `traits`).
Key conventions: mostly camelCase and snake_case; PascalCase (.NET, Twilio), kebab-case (a CMS
form), SCREAMING_SNAKE (a warehouse sync) and Afrikaans, isiZulu and Tagalog keys for the rest.

Values are generated per region (names from Zulu, Xhosa, Sotho, Afrikaans, Indian South African,
Filipino, British, Irish, Welsh, Polish, Nigerian, Ghanaian, Pakistani and Punjabi families;
national phone formats; UK, SA and PH addresses and postcodes). Checksums are real where real ids
have them: South African ID numbers (Luhn), NHS numbers (mod 11), card numbers and IMEIs (Luhn),
GB IBANs (mod 97), VINs (ISO 3779 check digit); NI numbers follow HMRC's prefix rules.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path is labelled classification / type / value_only. Types are the reference's matcher
  names where one fits, else `bank account`, `geolocation`, `secret`, `national id`, `health id`,
  `advertising id`; `a|b` when either is fair.
- PII = personal data about a natural person: the user, and also other people (suspects,
  witnesses, respondents, protected children, safe contacts, finders, claimants, donors, officers,
  caseworkers, interpreters). Reference colours; outside it: red for secrets/tokens, card numbers,
  bank accounts, national ids and health ids; yellow otherwise (geolocation, advertising ids).
- Green: ids we or a partner issue (report, referral, case, order, claim, mandate, message and
  call SIDs), crime reference numbers (Police CRNs, SAPS CAS numbers, PNP blotter entries), court
  order numbers and collar/badge numbers (issued by a force or court, like claim numbers),
  versions, timestamps, amounts, enums, counters and booleans even under PII-sounding keys,
  product/appeal/station/court/charity names, places that are not the person's (a station, court,
  venue or hub, where a found item was handed in, where a pet was last seen), country, province,
  locale, language, user agents, OS device ids. Card brand, last four and expiry, sort codes and
  branch codes are green. Ages and age bands, marital status, occupations and employers are green.
  A business's own phone, e-mail and address (venues, stations, role mailboxes, an SMS sender id,
  the number called on a victim line, a call-masking proxy number) are green. Pets' names and
  microchips are green. Photos of items (not of people) are green.
- Yellow by policy: insurer member numbers (`identification`), salaries and income (`salary`),
  vehicle plates (`license`), VINs, IMEIs, bike frame numbers and item serial numbers (`serial`:
  they identify the owner's property), ad click ids (`advertising id`), the person's billing and
  home addresses (`address`). Red by policy: Stripe `pm_` ids, one-time and collection codes,
  sign-in links (`token`), DV code words (`secret`), NHS and PhilHealth numbers (`health id`),
  identity documents (`national id`/`passport`), immigration status and no-recourse-to-public-
  funds answers (`visa`), armed-forces service (`veteran`), disability (`disability`).
- Special categories in a boolean or enum are PII of that category: pregnancy, injuries and mental
  health (`condition`), faith (`religion`), ethnic group / SA population group (`ethnicity` /
  `race`), sexual orientation, gender identity and trans history (`gender`), access needs and
  special educational needs (`disability`, red).
- Decisions of our own (where the rules are silent): the place of an incident and where an item
  was lost (lat/lng, address, what3words) are the reporter's own location: yellow. Descriptions
  of an unidentified suspect are personal data of that person where a matcher fits (gender,
  ethnicity, name, plate); age ranges, build, clothing and hair colour are green. The type of
  crime, risk level and victim flags (domestic abuse, repeat victim) are not special categories in
  the reference: green. A SHA-256 of an e-mail or phone (Meta CAPI `em`/`ph`) is still that
  person's e-mail/phone, pseudonymised: yellow, labelled by the key (value_only false), while a
  hash of our own id (`external_id`) is green. A recipient's IP in an e-mail webhook is yellow.
- value_only is true when the key does not say what the value is (`label`, `input`, `q`, `note`,
  `Body`, `To`, `Caller`, `destination`, `field.value`, `message.text`, `StatementText`,
  `selected_description`, `recipient`, and `username`, whose values are all e-mail addresses); such
  a path carries its PII in every value. Free text is labelled by
  what every one of its values carries: each free-text template either always carries the PII or
  never does (then green); no path mixes the two.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places, per region -------------------------------------------------------------------

FIRST = {
    "uk": [
        "Oliver",
        "Amelia",
        "Siobhan",
        "Callum",
        "Aisha",
        "Mohammed",
        "Gurpreet",
        "Olamide",
        "Rhys",
        "Niamh",
        "Tomasz",
        "Priya",
        "Kwabena",
        "Eilidh",
        "Harriet",
        "Bilal",
        "Agnieszka",
        "Dylan",
    ],
    "za": [
        "Thandiwe",
        "Sipho",
        "Nomvula",
        "Lwazi",
        "Pieter",
        "Annelie",
        "Johan",
        "Zanele",
        "Kagiso",
        "Naledi",
        "Riaan",
        "Ayesha",
        "Devan",
        "Bongani",
        "Lindiwe",
        "Mpho",
        "Liezl",
        "Themba",
    ],
    "ph": [
        "Maria Cristina",
        "Jose",
        "Ligaya",
        "Rodrigo",
        "Mary Grace",
        "Jericho",
        "Bayani",
        "Analyn",
        "Rowena",
        "Mark Anthony",
        "Jhun",
        "Dalisay",
        "Kristine Joy",
        "Ramon",
        "Marites",
        "Paolo",
    ],
}
LAST = {
    "uk": [
        "Hughes",
        "Okonkwo",
        "Rahman",
        "Sandhu",
        "Evans",
        "O'Neill",
        "MacLeod",
        "Kowalczyk",
        "Begum",
        "Whitfield",
        "Mensah",
        "Ahmed",
        "Price",
        "Campbell",
        "Nowak",
        "Adeyemi",
        "Thornton",
    ],
    "za": [
        "Dlamini",
        "Nkosi",
        "Mthembu",
        "van der Merwe",
        "Botha",
        "Naidoo",
        "Pillay",
        "Mokoena",
        "Khumalo",
        "Jacobs",
        "Pretorius",
        "Ndlovu",
        "le Roux",
        "Mahlangu",
        "Hendricks",
        "Molefe",
    ],
    "ph": [
        "dela Cruz",
        "Santos",
        "Reyes",
        "Bautista",
        "Mendoza",
        "Garcia",
        "Villanueva",
        "Ramos",
        "Aquino",
        "Castillo",
        "Macapagal",
        "Dimaculangan",
        "Manalo",
        "Soriano",
        "Pascual",
    ],
}
STREETS = {
    "uk": [
        "Clarendon Road",
        "Harehills Lane",
        "Stockport Road",
        "Coldharbour Lane",
        "Albert Road",
        "Cathays Terrace",
        "Pollokshaws Road",
        "Lozells Road",
        "Victoria Street",
        "Kings Road",
    ],
    "za": [
        "Vilakazi Street",
        "Jan Smuts Avenue",
        "Long Street",
        "Florida Road",
        "Voortrekker Road",
        "Church Street",
        "Nelson Mandela Drive",
        "Main Road",
        "Klipfontein Road",
    ],
    "ph": [
        "Mabini St.",
        "Rizal Ave.",
        "P. Burgos St.",
        "Kalayaan Ave.",
        "Aurora Blvd.",
        "Magsaysay Blvd.",
        "Gen. Luna St.",
        "Osmeña Blvd.",
    ],
}
TOWNS = {
    "uk": [
        ("Leeds", "LS"),
        ("Manchester", "M"),
        ("Birmingham", "B"),
        ("Cardiff", "CF"),
        ("Glasgow", "G"),
        ("London", "SE"),
        ("Bradford", "BD"),
        ("Belfast", "BT"),
    ],
    "za": [
        ("Soweto", "1804"),
        ("Johannesburg", "2193"),
        ("Cape Town", "8001"),
        ("Durban", "4001"),
        ("Pretoria", "0122"),
        ("Bellville", "7530"),
        ("Umlazi", "4031"),
        ("Khayelitsha", "7784"),
    ],
    "ph": [
        ("Quezon City", "1100"),
        ("Caloocan", "1400"),
        ("Cebu City", "6000"),
        ("Davao City", "8000"),
        ("Antipolo", "1870"),
        ("Makati", "1209"),
        ("Marikina", "1800"),
    ],
}
ZULU_STREETS = ["Vilakazi Street", "Mahatma Gandhi Road", "Mangosuthu Highway"]
ZULU_TOWNS = ["Umlazi", "KwaMashu", "Soweto"]
SUBURBS = ["Orlando West", "Parktown", "Gardens", "Morningside", "Mamelodi", "Sea Point", "Tembisa"]
SUBURB_OF = {
    "Soweto": "Orlando West",
    "Johannesburg": "Parktown",
    "Cape Town": "Gardens",
    "Durban": "Morningside",
    "Pretoria": "Mamelodi",
    "Bellville": "Boston",
    "Umlazi": "Section J",
    "Khayelitsha": "Site C",
}
BARANGAYS = [
    "Brgy. San Isidro",
    "Brgy. Malanday",
    "Brgy. 176",
    "Brgy. Poblacion",
    "Brgy. Bagong Silang",
    "Brgy. Lahug",
    "Brgy. Commonwealth",
]
DOMAINS = {
    "uk": ["gmail.com", "yahoo.co.uk", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com", "vodamail.co.za"],
    "ph": ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com", "icloud.com"],
}
STAFF_DOMAINS = {"uk": "westyorkshire.police.uk", "za": "saps.gov.za", "ph": "pnp.gov.ph"}
LOCALES = {"uk": ["en-GB", "cy-GB", "pl-PL"], "za": ["en-ZA", "af-ZA", "zu-ZA"], "ph": ["en-PH", "fil-PH"]}
TZ = {"uk": "Europe/London", "za": "Africa/Johannesburg", "ph": "Asia/Manila"}
BOX = {
    "uk": ((50.7, 55.9), (-4.3, 0.1)),
    "za": ((-34.0, -25.7), (18.4, 31.0)),
    "ph": ((7.0, 14.7), (120.9, 125.6)),
}


def reg(f: Fake) -> str:
    return getattr(f, "region", "uk")


def first(f):
    return f.pick(FIRST[reg(f)])


def last(f):
    return f.pick(LAST[reg(f)])


def full(f):
    return f"{first(f)} {last(f)}"


def email(f):
    user = first(f).split()[0].lower()
    surname = last(f).lower().replace(" ", "").replace("'", "")
    sep = f.pick([".", "_", "", "."])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1970, 2005))])
    return f"{user}{sep}{surname}{tail}@{f.pick(DOMAINS[reg(f)])}"


def staff_email(f):
    return f"{first(f).split()[0].lower()}.{last(f).lower().replace(' ', '')}@{STAFF_DOMAINS[reg(f)]}"


ZA_PREFIX = [
    "060",
    "061",
    "063",
    "064",
    "071",
    "072",
    "073",
    "074",
    "076",
    "078",
    "079",
    "081",
    "082",
    "083",
    "084",
]
PH_PREFIX = ["0917", "0918", "0919", "0920", "0927", "0939", "0945", "0955", "0966", "0977", "0995", "0998"]


def phone(f, region=None):
    region = region or reg(f)
    d = f.digits
    if region == "uk":
        body = "7" + str(f.r.randint(100, 999)) + d(6)
        return f.pick([f"0{body[:4]} {body[4:]}", f"+44{body}", f"+44 {body[:4]} {body[4:7]} {body[7:]}"])
    if region == "za":
        pre = f.pick(ZA_PREFIX)
        rest = str(f.r.randint(100, 999)) + f"{f.r.randint(0, 9999):04d}"
        return f.pick(
            [
                f"{pre} {rest[:3]} {rest[3:]}",
                f"+27 {pre[1:]} {rest[:3]} {rest[3:]}",
                f"+27{pre[1:]}{rest}",
                f"{pre}{rest}",
            ]
        )
    pre = f.pick(PH_PREFIX)
    rest = str(f.r.randint(100, 999)) + f"{f.r.randint(0, 9999):04d}"
    return f.pick(
        [
            f"{pre} {rest[:3]} {rest[3:]}",
            f"+63 {pre[1:]} {rest[:3]} {rest[3:]}",
            f"+63{pre[1:]}{rest}",
            f"{pre}-{rest[:3]}-{rest[3:]}",
        ]
    )


def uk_postcode(f, area=None):
    area = area or f.pick(["LS", "M", "B", "CF", "G", "SE", "BD", "BT", "NE", "L"])
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 19)} {f.r.randint(0, 9)}{f.pick(letters)}{f.pick(letters)}"


def postcode(f):
    region = reg(f)
    _town, code = f.pick(TOWNS[region])
    return uk_postcode(f, code) if region == "uk" else code


def city(f):
    return f.pick(TOWNS[reg(f)])[0]


def street(f):
    region = reg(f)
    if region == "ph":
        number = f.pick([f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 30)}", str(f.r.randint(1, 999))])
        return f"{number} {f.pick(STREETS['ph'])}"
    return f"{f.r.randint(1, 240)} {f.pick(STREETS[region])}"


def address(f):
    region = reg(f)
    town, code = f.pick(TOWNS[region])
    if region == "uk":
        return f"{street(f)}, {town} {uk_postcode(f, code)}"
    if region == "za":
        return f"{street(f)}, {SUBURB_OF[town]}, {town}, {code}"
    return f"{street(f)}, {f.pick(BARANGAYS)}, {town} {code}"


def lat(f):
    (a, b), _ = BOX[reg(f)]
    return round(f.r.uniform(a, b), 6)


def lng(f):
    _, (a, b) = BOX[reg(f)]
    return round(f.r.uniform(a, b), 6)


def w3w(f):
    words = [
        "filled",
        "count",
        "soap",
        "table",
        "lamp",
        "river",
        "crisp",
        "noted",
        "bricks",
        "dream",
        "pilots",
        "shiny",
        "tango",
        "grace",
        "usual",
        "fetch",
        "apple",
        "drums",
    ]
    return "///" + ".".join(f.pick(words) for _ in range(3))


def crime_ref(f):
    region = reg(f)
    if region == "uk":
        return f.pick(
            [f"13/{f.r.randint(100000, 999999)}/24", f"NFRC24{f.digits(8)}", f"CRI/{f.digits(7)}/24"]
        )
    if region == "za":
        return f"CAS {f.r.randint(1, 999)}/{f.r.randint(1, 12):02d}/2024"
    return f"PNP-BLTR-2024-{f.r.randint(1, 12):02d}-{f.digits(5)}"


def sa_id(f):
    dob = f.date(1950, 2005).replace("-", "")[2:]
    return f.luhn_complete(dob + f"{f.r.randint(0, 9999):04d}" + f.pick(["0", "0", "1"]) + "8")


def nino(f):
    first_letters = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ".replace("O", "")
    prefix = f.pick(first_letters) + f.pick(second)
    while prefix in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        prefix = f.pick(first_letters) + f.pick(second)
    digits = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick("ABCD")
    if f.r.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def nhs_number(f):
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 6)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def philsys_pcn(f):
    d = f.digits(16)
    return "-".join(d[i : i + 4] for i in range(0, 16, 4))


def philhealth(f):
    d = f.digits(12)
    return f.pick([d, f"{d[:2]}-{d[2:11]}-{d[11]}"])


def national_id(f):
    region = reg(f)
    if region == "za":
        return sa_id(f)
    if region == "uk":
        return nino(f)
    return philsys_pcn(f)


def passport(f):
    region = reg(f)
    if region == "uk":
        return f.digits(9)
    if region == "za":
        return f.pick(["A", "M"]) + f.digits(8)
    return "P" + f.digits(7) + f.pick("ABC")


def plate(f):
    region = reg(f)
    up = "ABCDEFGHJKLMNPRSTVWXY"
    if region == "uk":
        return f"{f.pick(up)}{f.pick(up)}{f.r.randint(10, 74)} {f.pick(up)}{f.pick(up)}{f.pick(up)}"
    if region == "za":
        return f.pick(
            [
                f"CA {f.r.randint(100, 999)}-{f.r.randint(100, 999)}",
                f"ND {f.r.randint(100, 999)}-{f.r.randint(100, 999)}",
                f"{f.pick(up)}{f.pick(up)} {f.r.randint(10, 99)} {f.pick(up)}{f.pick(up)} GP",
            ]
        )
    return f"{f.pick(up)}{f.pick(up)}{f.pick(up)} {f.r.randint(1000, 9999)}"


def vin(f):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = f.pick(["SAJ", "WVW", "AHT", "MHF", "JTD", "SB1", "MR0"])
    body = list(wmi + "".join(f.pick(chars) for _ in range(14)))
    total = sum(trans[c] * w for c, w in zip(body, weights, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def imei(f):
    return f.luhn_complete(f.pick(["35", "86", "49"]) + f.digits(12))


def za_bank_account(f):
    return f.pick(["62" + f.digits(9), "10" + f.digits(8), "4" + f.digits(9), "1" + f.digits(10)])


def gb_account(f):
    return f"{f.r.randint(0, 99999999):08d}"


def sort_code(f):
    return f"{f.r.randint(10, 99)}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def staff_no(f):
    return f.pick(["PC ", "DC ", "Sgt ", ""]) + str(f.r.randint(1000, 9999))


# -- Opt: a key that is sometimes absent ---------------------------------------------------------------


@dataclass
class Opt:
    item: Any
    p: float = 0.6


def render(template: Any, f: Fake, path: str, labels: dict) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- contexts of the real client libraries ------------------------------------------------------------


def mobile_traits():
    return Opt(
        {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "email": Opt(Y(email, "email"), 0.7),
            "firstName": Opt(Y(first, "name"), 0.6),
            "phone": Opt(Y(lambda f: phone(f), "phone"), 0.5),
        },
        0.7,
    )


def web_context():
    pages = [
        "/report",
        "/report/location",
        "/report/suspect",
        "/lost-property",
        "/support",
        "/donate",
        "/track-my-case",
    ]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.police.uk/", "https://m.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=sms", "?lang=af", "?ref=footer"])),
            "title": G(
                lambda f: f.pick(
                    ["Report a crime", "Lost property", "Get support", "Donate", "Track my case"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://"
                    + f.pick(["report.example.org.uk", "help.example.org.za", "ulat.example.ph"])
                    + f.pick(pages)
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 13; SM-A145F) "
                    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                ]
            )
        ),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "123", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES[reg(f)])),
        "timezone": G(lambda f: TZ[reg(f)]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["report_online_2024", "lost_property_awareness", "winter_appeal"])
                ),
                "source": G(lambda f: f.pick(["sms", "facebook", "google", "newsletter"])),
                "medium": G(lambda f: f.pick(["cpc", "social", "email", "referral"])),
                "content": Opt(G(lambda f: f.pick(["banner_a", "carousel_2", "footer_link"])), 0.5),
            },
            0.35,
        ),
        "traits": Opt({"email": Y(email, "email")}, 0.25),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: f.pick(["ReportIt", "SafeHaven"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "org.example.reportit"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,8", "iPhone16,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.9", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.6", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg(f)])),
        "timezone": G(lambda f: TZ[reg(f)]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: f.pick(["ReportIt", "SafeHaven"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["4020", "4031", "4040"])),
            "namespace": G(lambda f: "org.example.reportit"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "HUAWEI", "OPPO", "Google"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2591", "Pixel 7a", "SM-A546E"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "lynx", "a54x"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "uk": ["EE", "Vodafone UK", "O2 - UK"],
                        "za": ["Vodacom", "MTN", "Cell C"],
                        "ph": ["Globe", "Smart", "DITO"],
                    }[reg(f)]
                )
            ),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg(f)])),
        "timezone": G(lambda f: TZ[reg(f)]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "SafeHaven"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "293"])),
            "namespace": G(lambda f: "org.example.safehaven"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A045F", "23021RAA2Y"])),
            "name": G(lambda f: f.pick(["iPhone", "a04", "topaz"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[reg(f)])),
        "timezone": G(lambda f: TZ[reg(f)]),
        "location": Opt(
            {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lng, "geolocation"),
                "accuracy": G(lambda f: f.pick([5, 10, 35, 65])),
            },
            0.4,
        ),
        "traits": mobile_traits(),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Tulong"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["42", "50"])),
            "namespace": G(lambda f: "ph.example.tulong"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["vivo", "OPPO", "realme", "samsung"])),
            "model": G(lambda f: f.pick(["V2254", "CPH2481", "RMX3630", "SM-A055F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600), "density": G(lambda f: 2.0)},
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(LOCALES[reg(f)])),
        "timezone": G(lambda f: TZ[reg(f)]),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.3"],
    "analytics-ruby": ["2.4.1"],
    "analytics-php": ["3.8.0"],
    "Analytics.NET": ["3.8.1", "3.9.0"],
}


def server_context(lib: str):
    return {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.3),
        "userAgent": Opt(
            G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (Linux; Android 14; SM-S911B) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                    ]
                )
            ),
            0.2,
        ),
        "traits": Opt({"email": Y(email, "email")}, 0.15),
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_VERSIONS},
}
PY, NODE, GO, JAVA, RUBY, PHP, NET = SERVER_VERSIONS
MOBILE = ["swift", "kotlin", "rn"]

# -- frequent small helpers --------------------------------------------------------------------------

OFFENCES = [
    "theft from vehicle",
    "burglary",
    "criminal damage",
    "fraud",
    "assault",
    "hate incident",
    "harassment",
    "bicycle theft",
    "robbery",
    "stalking",
    "antisocial behaviour",
]


def gid(prefix, n=8):
    return G(lambda f: prefix + f.digits(n))


def uid():
    return G(lambda f: f.uuid())


def when():
    return G(lambda f: f.iso())


def flag():
    return G(lambda f: f.pick([True, False]))


def count(hi=10):
    return G(lambda f: f.r.randint(0, hi))


def enum(*items):
    return G(lambda f: f.pick(list(items)))


def sms_body(f):
    name, ref = first(f), crime_ref(f)
    texts = [
        f"Hi {name}, your crime ref {ref} has been updated. Log in to see it.",
        f"{name}, an officer will call you within 48 hours about {ref}.",
    ]
    if reg(f) == "ph":
        texts.append(f"Magandang araw {name}, may update sa iyong reklamo {ref}.")
    if reg(f) == "za":
        texts.append(f"Hallo {name}, jou saak {ref} is opgedateer.")
    return f.pick(texts)


def chat_text(f):
    address = email(f)
    texts = [
        f"my email is {address} please send me the report copy",
        f"I lost my bag at the station, contact me on {address}",
        f"{address} is where I got the case number email",
    ]
    if reg(f) == "ph":
        texts.append(f"Pakisend po sa {address} yung update")
    return f.pick(texts)


# -- events: (type, event name or None, clients, body) ---------------------------------------------------

EVENTS = [
    # -- accounts -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", *MOBILE],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: f.date(1945, 2007), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": Opt(
                {
                    "street": Y(street, "street|address"),
                    "city": Y(city, "city"),
                    "postalCode": Y(postcode, "zipcode"),
                    "province": G(
                        lambda f: {
                            "uk": "West Yorkshire",
                            "za": f.pick(["Gauteng", "Western Cape", "KwaZulu-Natal"]),
                            "ph": f.pick(["Metro Manila", "Cebu", "Davao del Sur"]),
                        }[reg(f)]
                    ),
                    "country": G(lambda f: {"uk": "GB", "za": "ZA", "ph": "PH"}[reg(f)]),
                },
                0.7,
            ),
            "createdAt": when(),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "fil", "cy"])),
            "preferredContact": enum("sms", "email", "phone", "whatsapp"),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "smsOptIn": flag(),
            "reportsSubmitted": count(6),
            "ageBand": enum("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "accountType": enum("public", "business"),
        },
    ),
    (
        "identify",
        None,
        [PY, NODE],
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "work_email": Y(staff_email, "email"),
            "role": enum("call_handler", "investigating_officer", "caseworker", "volunteer", "supervisor"),
            "force_code": enum("WYP", "GMP", "SAPS-GP", "SAPS-WC", "PNP-NCR", "PNP-7"),
            "collar_number": G(staff_no),
            "station": G(
                lambda f: f.pick(
                    [
                        "Millgarth",
                        "Elland Road",
                        "Hillbrow SAPS",
                        "Mitchells Plain SAPS",
                        "Camp Karingal",
                        "Fuente Osmeña Police Station",
                    ]
                )
            ),
            "employee_number": gid("E", 6),
            "last_login_at": when(),
            "mfa_enabled": flag(),
            "cases_open": count(40),
            "avatar": Opt(Y(lambda f: "https://cdn.example.org/staff/" + f.hexid(16) + ".jpg", "photo"), 0.6),
            "dbs_certificate_number": Opt(Y(lambda f: "00" + f.digits(10), "certificate"), 0.5),
        },
    ),
    (
        "identify",
        None,
        [JAVA, "kotlin"],
        {
            "naam": Y(first, "name"),
            "van": Y(last, "name"),
            "selfoonnommer": Y(lambda f: phone(f, "za"), "phone"),
            "e_pos": Y(email, "email"),
            "id_nommer": RED(sa_id, "national id"),
            "geboortedatum": Y(lambda f: f.date(1945, 2006), "birthdate"),
            "straatadres": Y(lambda f: f"{f.r.randint(1, 240)} {f.pick(STREETS['za'])}", "address|street"),
            "voorstad": Y(lambda f: f.pick(SUBURBS), "city|address"),
            "poskode": Y(lambda f: f.pick(TOWNS["za"])[1], "zipcode"),
            "provinsie": enum("Gauteng", "Wes-Kaap", "KwaZulu-Natal", "Oos-Kaap", "Vrystaat"),
            "taal": enum("af", "en", "zu"),
            "bevolkingsgroep": Y(
                lambda f: f.pick(["Swart", "Kleurling", "Indiër", "Wit", "Verkies om nie te sê nie"]),
                "race|ethnicity",
            ),
            "geregistreer_op": when(),
        },
    ),
    (
        "identify",
        None,
        ["flutter", GO],
        {
            "pangalan": Y(first, "name"),
            "gitnang_pangalan": Y(lambda f: f.pick(LAST["ph"]), "name"),
            "apelyido": Y(last, "name"),
            "numero_ng_telepono": Y(lambda f: phone(f, "ph"), "phone"),
            "email": Y(email, "email"),
            "kaarawan": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "kasarian": Y(lambda f: f.pick(["babae", "lalaki", "ayaw sabihin"]), "gender|sex"),
            "tirahan": {
                "kalye": Y(lambda f: street(f), "street|address"),
                "barangay": Y(lambda f: f.pick(BARANGAYS), "address|city"),
                "lungsod": Y(city, "city"),
                "lalawigan": enum("Metro Manila", "Rizal", "Cebu", "Davao del Sur", "Bulacan"),
                "zip_code": Y(lambda f: f.pick(TOWNS["ph"])[1], "zipcode"),
            },
            "philsys_pcn": Opt(RED(philsys_pcn, "national id"), 0.6),
            "wika": enum("fil", "en", "ceb"),
            "rehistrado": flag(),
        },
    ),
    (
        "group",
        None,
        ["web", NODE],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "West Yorkshire Police",
                        "Victim Support Leeds",
                        "SAPS Gauteng",
                        "Tears Foundation",
                        "PNP NCRPO",
                        "Gabriela Women's Desk",
                    ]
                )
            ),
            "industry": enum("Law enforcement", "Charity", "Local government"),
            "employees": G(lambda f: f.pick([45, 230, 5800, 12000])),
            "plan": enum("public-sector", "charity", "pilot"),
            "website": G(
                lambda f: f.pick(
                    ["https://www.westyorkshire.police.uk", "https://tears.co.za", "https://pnp.gov.ph"]
                )
            ),
            "contact_mailbox": G(
                lambda f: f.pick(
                    [
                        "victimcare@vsleeds.org.uk",
                        "info@tears.co.za",
                        "helpdesk@ncrpo.pnp.gov.ph",
                        "no-reply@reportit.example.org",
                    ]
                )
            ),
            "switchboard": G(lambda f: f.pick(["0113 245 1234", "+27 10 590 5920", "(02) 8723 0401", "101"])),
            "region": enum("UK-North", "ZA-Gauteng", "ZA-WC", "PH-NCR", "PH-Visayas"),
            "createdAt": when(),
        },
    ),
    # -- pages and screens --------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Report a crime", "Lost property", "Get support", "Donate", "Track my case"]
                )
            ),
            "path": G(
                lambda f: f.pick(["/report", "/lost-property", "/support", "/donate", "/track-my-case"])
            ),
            "url": G(
                lambda f: "https://report.example.org.uk" + f.pick(["/report", "/lost-property", "/support"])
            ),
            "title": G(
                lambda f: f.pick(["Report a crime | ReportIt", "Lost property | ReportIt", "Get support"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.police.uk/"])),
            "search": G(lambda f: f.pick(["", "?lang=cy", "?utm_source=sms"])),
        },
    ),
    (
        "screen",
        None,
        [*MOBILE, "flutter"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Home", "ReportStep1", "ReportLocation", "CaseStatus", "LostItems", "SafetyPlan"]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Onboarding", "CaseList", ""])),
            "tab": enum("home", "cases", "support", "profile"),
            "load_time_ms": count(2500),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        None,
    ),
    # -- crime reports ------------------------------------------------------------------------------
    (
        "track",
        "Crime Report Started",
        ["web", *MOBILE],
        {
            "report_id": uid(),
            "report_type": G(lambda f: f.pick(OFFENCES)),
            "channel": enum("web", "app", "kiosk"),
            "is_anonymous": flag(),
            "on_behalf_of_someone_else": flag(),
            "language": G(lambda f: f.pick(["en", "af", "zu", "fil", "cy"])),
            "step": count(6),
        },
    ),
    (
        "track",
        "Incident Location Added",
        ["web", "rn", "swift"],
        {
            "report_id": uid(),
            "location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 30, 80])),
                "source": enum("gps", "map_pin", "what3words", "address_lookup"),
            },
            "what3words": Opt(Y(w3w, "geolocation|address"), 0.5),
            "incident_address": Y(address, "address"),
            "incident_postcode": Y(postcode, "zipcode"),
            "location_type": enum("home", "street", "public transport", "shop", "workplace", "online"),
            "is_victim_home": flag(),
            "force_area": enum("West Yorkshire", "Greater Manchester", "Gauteng", "Western Cape", "NCR"),
            "beat_code": G(lambda f: f.pick(["LD12", "LD07", "JHB-C3", "QC-S4"])),
        },
    ),
    (
        "track",
        "Suspect Described",
        ["web", "kotlin"],
        {
            "report_id": uid(),
            "suspects": Many(
                {
                    "suspect_name": Opt(Y(full, "name"), 0.45),
                    "gender": Y(lambda f: f.pick(["male", "female", "unknown"]), "gender"),
                    "age_range": enum("under 18", "18-25", "26-35", "36-50", "50+"),
                    "ethnicity": Y(
                        lambda f: f.pick(
                            ["White", "Black", "Asian", "Mixed", "Coloured", "Filipino", "Unknown"]
                        ),
                        "ethnicity",
                    ),
                    "height_cm": G(lambda f: f.r.randint(150, 195)),
                    "build": enum("slim", "medium", "heavy", "athletic"),
                    "hair_colour": enum("black", "brown", "blond", "grey", "shaved"),
                    "clothing": G(
                        lambda f: f.pick(
                            [
                                "grey hoodie and black trackies",
                                "blue overalls",
                                "school uniform",
                                "black puffer jacket, white trainers",
                                "red cap, jeans",
                            ]
                        )
                    ),
                    "known_to_victim": flag(),
                    "relationship_to_victim": enum(
                        "stranger", "neighbour", "ex-partner", "colleague", "family member"
                    ),
                },
                2,
            ),
            "vehicle": Opt(
                {
                    "registration": Y(plate, "license"),
                    "make": enum("Toyota", "VW", "Ford", "Nissan", "Honda"),
                    "colour": enum("white", "silver", "black", "red"),
                },
                0.5,
            ),
        },
    ),
    (
        "track",
        "Crime Report Submitted",
        [PY, "web", NODE],
        {
            "report_id": uid(),
            "crime_reference": G(crime_ref),
            "offence_category": G(lambda f: f.pick(OFFENCES)),
            "home_office_code": G(lambda f: f.pick(["28E", "45/1", "58C", "105A", "8N"])),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_time": G(lambda f: f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}"),
            "reported_at": when(),
            "victim": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: f.date(1940, 2008), "birthdate"),
                "mobile": Y(lambda f: phone(f), "phone"),
                "email": Opt(Y(email, "email"), 0.8),
                "address": Y(address, "address"),
                "postcode": Y(postcode, "zipcode"),
                "id_number": Opt(RED(national_id, "national id"), 0.4),
            },
            "suspect_image_url": Opt(
                Y(lambda f: "https://evidence.example.org/cctv/" + f.hexid(20) + ".jpg", "photo"), 0.4
            ),
            "reporter_is_victim": flag(),
            "witness_count": count(4),
            "evidence_count": count(6),
            "injuries_reported": flag(),
            "weapon_involved": flag(),
            "estimated_loss": G(lambda f: f.money(0, 25000)),
            "currency": G(lambda f: {"uk": "GBP", "za": "ZAR", "ph": "PHP"}[reg(f)]),
            "needs_callback": flag(),
            "preferred_contact_time": enum("morning", "afternoon", "evening", "any"),
            "description": G(
                lambda f: f.pick(
                    [
                        "Rear window smashed overnight, laptop bag taken from the back seat.",
                        "Someone tried the front door handle around 2am and ran off when the light came on.",
                        "Phone snatched by two lads on a moped outside the station.",
                        "Received texts pretending to be my bank asking me to move money.",
                        "Garden shed broken into, lawnmower and two bikes stolen.",
                        "Wallet taken from my bag on the jeep to Cubao.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Witness Statement Recorded",
        [NET],
        {
            "CaseReference": G(crime_ref),
            "StatementId": uid(),
            "WitnessFullName": Y(full, "name"),
            "WitnessDateOfBirth": Y(lambda f: f.date(1940, 2008), "birthdate"),
            "WitnessPhone": Y(lambda f: phone(f), "phone"),
            "WitnessAddress": Y(address, "address"),
            "Occupation": enum(
                "Taxi driver", "Nurse", "Student", "Shop assistant", "Retired", "Security guard"
            ),
            "StatementText": Y(
                lambda f: f.pick(
                    [
                        f"I was waiting at the bus stop when I saw {full(f)} kick the shop door in.",
                        f"I know the man as {full(f)}, he lives two doors down from the victim.",
                        f"At about 21:30 {full(f)} came out of the alley holding a black bag.",
                        f"I heard shouting and saw {full(f)} push the woman to the ground.",
                    ]
                ),
                "name",
                True,
            ),
            "RecordedBy": Y(full, "name"),
            "RecordedByCollarNumber": G(staff_no),
            "WillingToAttendCourt": flag(),
            "InterpreterLanguage": enum("None", "Polish", "Urdu", "isiZulu", "Afrikaans", "Tagalog"),
            "RecordedAtUtc": when(),
            "PageCount": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- victim support ------------------------------------------------------------------------------
    (
        "track",
        "Victim Referral Created",
        [PY, RUBY],
        {
            "referral_id": gid("REF-", 7),
            "crime_reference": G(crime_ref),
            "referral_source": enum("police", "self", "gp", "school", "hospital"),
            "referred_to_org": G(
                lambda f: f.pick(
                    [
                        "Victim Support Leeds",
                        "Tears Foundation",
                        "Lifeline Johannesburg",
                        "Gabriela Women's Desk",
                        "Women's Aid Cardiff",
                    ]
                )
            ),
            "victim": {
                "full_name": Y(full, "name"),
                "preferred_name": Y(first, "name"),
                "dob": Y(lambda f: f.date(1940, 2008), "birthdate"),
                "phone": Y(lambda f: phone(f), "phone"),
                "email": Opt(Y(email, "email"), 0.7),
                "safe_to_leave_voicemail": flag(),
                "safe_contact_times": enum("weekdays 9-12", "after 6pm", "any time", "text first"),
            },
            "consent_to_share": flag(),
            "risk_level": enum("standard", "medium", "high"),
            "domestic_abuse": flag(),
            "repeat_victim": flag(),
            "caseworker_email": Y(staff_email, "email"),
            "created_at": when(),
        },
    ),
    (
        "track",
        "Needs Assessment Completed",
        ["flutter", "web"],
        {
            "assessment_id": uid(),
            "referral_id": gid("REF-", 7),
            "needs": Many(
                enum(
                    "emotional support",
                    "safety planning",
                    "practical help",
                    "advocacy",
                    "financial",
                    "housing",
                ),
                3,
            ),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "disability_type": Opt(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair user",
                            "hearing impairment",
                            "learning disability",
                            "visual impairment",
                            "autism",
                        ]
                    ),
                    "disability",
                ),
                0.5,
            ),
            "mental_health_support": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "current_medication": Opt(
                Y(
                    lambda f: f.pick(["sertraline", "methadone", "insulin", "antiretrovirals", "fluoxetine"]),
                    "medication",
                ),
                0.5,
            ),
            "injuries": Y(
                lambda f: f.pick(
                    [
                        "bruising to face",
                        "fractured wrist",
                        "stab wound to left arm",
                        "concussion",
                        "no visible injuries",
                    ]
                ),
                "condition|diagnosis",
            ),
            "requires_interpreter": flag(),
            "interpreter_language": enum(
                "none", "Polish", "Urdu", "isiZulu", "Afrikaans", "Tagalog", "Cebuano"
            ),
            "has_dependants": flag(),
            "dependants_count": count(5),
            "armed_forces_veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "immigration_status": RED(
                lambda f: f.pick(
                    [
                        "British citizen",
                        "settled status",
                        "spousal visa",
                        "asylum seeker",
                        "undocumented",
                        "work permit",
                    ]
                ),
                "visa",
            ),
            "no_recourse_to_public_funds": RED(lambda f: f.pick([True, False]), "visa"),
            "faith": Y(
                lambda f: f.pick(["Muslim", "Christian", "Hindu", "Sikh", "Catholic", "none"]), "religion"
            ),
            "monthly_income": Y(
                lambda f: f.r.choice([f.r.randint(800, 3500), f.r.randint(4000, 30000)]), "salary"
            ),
            "marital_status": enum("single", "married", "separated", "divorced", "widowed"),
            "gp_name": Opt(Y(lambda f: "Dr " + full(f), "name"), 0.6),
            "housing_status": enum("renting", "owner", "homeless", "refuge", "living with family"),
            "score": G(lambda f: f.r.randint(0, 24)),
            "completed_by_staff_id": gid("E", 6),
        },
    ),
    (
        "track",
        "Equality Monitoring Submitted",
        ["web"],
        {
            "form-version": enum("2023.2", "2024.1", "2024.2"),
            "ethnic-group": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black African",
                        "Asian or Asian British - Pakistani",
                        "Mixed - White and Black Caribbean",
                        "Filipino",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity",
            ),
            "population-group": Opt(
                Y(lambda f: f.pick(["Black African", "Coloured", "Indian/Asian", "White"]), "race|ethnicity"),
                0.3,
            ),
            "sexual-orientation": Y(
                lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer not to say"]),
                "sexual orientation",
            ),
            "gender-identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "prefer to self-describe"]), "gender"
            ),
            "trans-history": Y(lambda f: f.pick(["yes", "no", "prefer not to say"]), "gender"),
            "religion-or-belief": Y(
                lambda f: f.pick(["no religion", "Christian", "Muslim", "Hindu", "Jewish", "Sikh"]),
                "religion",
            ),
            "disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
            "age-band": enum("16-24", "25-34", "35-49", "50-64", "65+"),
            "caring-responsibilities": enum("none", "children", "adult", "both"),
        },
    ),
    (
        "track",
        "Protective Order Added",
        [JAVA],
        {
            "orderType": enum(
                "non-molestation order",
                "protection order",
                "domestic violence protection order",
                "barangay protection order",
            ),
            "orderNumber": G(
                lambda f: f.pick(
                    [f"FD24P{f.digits(5)}", f"PO {f.r.randint(10, 999)}/2024", f"BPO-2024-{f.digits(4)}"]
                )
            ),
            "court": G(
                lambda f: f.pick(
                    [
                        "Leeds Family Court",
                        "Johannesburg Magistrate's Court",
                        "RTC Branch 78 Quezon City",
                        "Barangay Malanday",
                    ]
                )
            ),
            "issuedOn": G(lambda f: f.date(2023, 2024)),
            "expiresOn": G(lambda f: f.date(2024, 2026)),
            "respondentName": Y(full, "name"),
            "respondentDateOfBirth": Opt(Y(lambda f: f.date(1960, 2004), "birthdate"), 0.7),
            "respondentAddress": Y(address, "address"),
            "respondentVehicleReg": Opt(Y(plate, "license"), 0.5),
            "exclusionZoneRadiusM": G(lambda f: f.pick([100, 200, 500, 1000])),
            "protectedPersons": Many(
                {
                    "name": Y(full, "name"),
                    "dateOfBirth": Y(lambda f: f.date(2008, 2022), "birthdate"),
                    "relationship": enum("self", "child", "stepchild", "parent"),
                },
                3,
            ),
            "powerOfArrestAttached": flag(),
            "breachesReported": count(5),
            "applicantAddressWithheld": flag(),
        },
    ),
    (
        "track",
        "Safety Plan Updated",
        ["rn"],
        {
            "planId": uid(),
            "safeContacts": Many(
                {
                    "name": Y(full, "name"),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "relationship": enum("sister", "friend", "neighbour", "colleague", "mother"),
                },
                3,
            ),
            "safeAddressKnown": flag(),
            "escapeBagReady": flag(),
            "refugeReferral": flag(),
            "lastReviewedAt": when(),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["flutter", "swift"],
        {
            "dependant": {
                "first_name": Y(first, "name"),
                "date_of_birth": Y(lambda f: f.date(2008, 2023), "birthdate"),
                "school": G(
                    lambda f: f.pick(
                        [
                            "Harehills Primary",
                            "Orlando West High",
                            "Malanday Elementary School",
                            "St Mary's RC",
                        ]
                    )
                ),
                "relationship": enum("son", "daughter", "grandchild", "niece", "nephew"),
                "has_additional_needs": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "dependants_total": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Support Callback Requested",
        ["kotlin", "web"],
        {
            "callbackNumber": Y(lambda f: phone(f), "phone"),
            "preferredTime": enum("09:00-12:00", "12:00-15:00", "15:00-18:00", "after 18:00"),
            "reason": enum("update on case", "emotional support", "court support", "other"),
            "codeWord": RED(
                lambda f: f.pick(
                    ["bluebird", "pineapple", "Auntie Rose", "sunflower", "Table Mountain", "sampaguita"]
                ),
                "secret",
            ),
            "isSafeToLeaveMessage": flag(),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["swift", "web"],
        {
            "appointmentId": uid(),
            "service": enum("counselling", "ISVA", "court familiarisation", "legal clinic"),
            "locationName": G(
                lambda f: f.pick(
                    ["Leeds Hub", "Thuthuzela Care Centre Soweto", "WCPD Quezon City", "Cardiff Hub"]
                )
            ),
            "venueAddress": G(
                lambda f: f.pick(
                    [
                        "Dewsbury Road, Leeds LS11 5DA",
                        "Chris Hani Baragwanath Hospital, Soweto",
                        "Camp Karingal, Sikatuna Village, Quezon City",
                    ]
                )
            ),
            "venuePhone": G(lambda f: f.pick(["0113 245 1234", "011 933 1206", "(02) 8723 0401"])),
            "startsAt": when(),
            "mode": enum("phone", "video", "in_person"),
            "caseworkerName": Y(full, "name"),
            "accessibilityNeeds": RED(
                lambda f: f.pick(
                    [
                        "wheelchair access",
                        "BSL interpreter",
                        "hearing loop",
                        "step-free access",
                        "large print",
                    ]
                ),
                "disability",
            ),
            "reminderSms": flag(),
        },
    ),
    (
        "track",
        "Interpreter Booked",
        [NODE],
        {
            "bookingId": uid(),
            "language": enum("Polish", "Urdu", "isiZulu", "Afrikaans", "Tagalog", "Cebuano", "Arabic"),
            "provider": enum("LanguageLine", "thebigword", "DeafConnect"),
            "interpreterName": Y(full, "name"),
            "interpreterId": gid("INT", 5),
            "clientFirstName": Y(first, "name"),
            "genderPreference": enum("none", "female", "male"),
            "durationMinutes": G(lambda f: f.pick([30, 45, 60, 90])),
            "cost": G(lambda f: f.money(20, 180)),
        },
    ),
    (
        "track",
        "Compensation Claim Started",
        ["web"],
        {
            "claim_number": G(lambda f: f"CICA-{f.r.randint(24, 24)}-{f.digits(6)}"),
            "claim_type": enum("personal injury", "loss of earnings", "bereavement"),
            "injury_type": Y(
                lambda f: f.pick(
                    ["fractured jaw", "PTSD", "dislocated shoulder", "facial scarring", "loss of teeth"]
                ),
                "condition|diagnosis",
            ),
            "gp_practice": G(
                lambda f: f.pick(["Burley Park Medical Centre", "Harehills Surgery", "Roath Medical Group"])
            ),
            "nhs_number": RED(nhs_number, "health id"),
            "loss_of_earnings_weekly": Y(lambda f: f.money(150, 900), "salary"),
            "employer": G(lambda f: f.pick(["Leeds City Council", "Asda", "NHS Wales", "self-employed"])),
            "job_title": enum("Care assistant", "Delivery driver", "Teacher", "Warehouse operative"),
            "bank_sort_code": G(sort_code),
        },
    ),
    (
        "track",
        "Court Date Notified",
        [PHP],
        {
            "hearing_id": uid(),
            "case_reference": G(crime_ref),
            "court_name": G(
                lambda f: f.pick(
                    [
                        "Leeds Crown Court",
                        "Cardiff Magistrates' Court",
                        "Randburg Magistrate's Court",
                        "RTC Branch 78 Quezon City",
                    ]
                )
            ),
            "court_address": G(
                lambda f: f.pick(
                    [
                        "1 Oxford Row, Leeds LS1 3BG",
                        "Fitzalan Place, Cardiff CF24 0RZ",
                        "Jan Smuts Ave, Randburg 2194",
                    ]
                )
            ),
            "hearing_date": G(lambda f: f.date(2024, 2025)),
            "hearing_type": enum("first appearance", "trial", "sentencing", "bail"),
            "defendant_name": Y(full, "name"),
            "defendant_dob": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "witness_care_officer": Y(full, "name"),
            "victim_personal_statement_submitted": flag(),
            "special_measures": Many(
                enum("screen", "live link", "video recorded evidence", "intermediary"), 2
            ),
        },
    ),
    # -- case updates: SMS, e-mail, calls, sign-in --------------------------------------------------------
    (
        "track",
        "Case Update SMS Status",
        [NODE],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: phone(f), "phone", True),
            "From": G(lambda f: f.pick(["REPORTIT", "+447480123456", "SAPS-CASE", "+639178881234"])),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": enum("queued", "sent", "delivered", "undelivered", "failed"),
            "NumSegments": G(lambda f: f.pick([1, 1, 2])),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "Price": G(lambda f: f.pick(["-0.04000", "-0.03500", "-0.07520"])),
            "PriceUnit": G(lambda f: f.pick(["GBP", "USD"])),
        },
    ),
    (
        "track",
        "Case Update Email Event",
        [PY],
        {
            "email": Y(email, "email"),
            "event": enum("processed", "delivered", "open", "click", "bounce"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8).upper() + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "category": Many(enum("case_update", "court_notice", "survey"), 2),
            "useragent": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) "
                            "Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                        ]
                    )
                ),
                0.6,
            ),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "case_ref": G(crime_ref),
        },
    ),
    (
        "track",
        "Victim Line Call Completed",
        [NET],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "Called": G(lambda f: f.pick(["+448081689111", "+27800150150", "+6328532828"])),
            "Caller": Y(lambda f: phone(f), "phone", True),
            "CallerCity": Opt(Y(city, "city"), 0.5),
            "CallerCountry": G(lambda f: {"uk": "GB", "za": "ZA", "ph": "PH"}[reg(f)]),
            "CallStatus": enum("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 2400))),
            "Direction": G(lambda f: "inbound"),
            "QueueName": enum("general", "domestic-abuse", "welsh-language", "afrikaans"),
        },
    ),
    (
        "track",
        "Caseworker Call Placed",
        ["web"],
        {
            "case_id": gid("C", 8),
            "proxy_number": G(lambda f: f.pick(["+447480731020", "+27600700100", "+639171230000"])),
            "caseworker_id": gid("E", 6),
            "call_duration_s": count(1800),
            "outcome": enum("spoke to victim", "voicemail", "no answer", "wrong number"),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        ["web"],
        {
            "email": Y(email, "email"),
            "magic_link": RED(
                lambda f: "https://report.example.org.uk/auth/verify?token=" + f.hexid(48), "token"
            ),
            "link_expires_in": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/track-my-case", "/support", "/lost-property/claims"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        [GO],
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(lambda f: phone(f), "phone", True),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "code_length": G(lambda f: 6),
            "expires_at": when(),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- lost and found ------------------------------------------------------------------------------------
    (
        "track",
        "Lost Item Reported",
        ["rn", "web", "kotlin"],
        {
            "lost_report_id": gid("LP-2024-", 6),
            "item_category": enum("phone", "wallet", "bag", "keys", "laptop", "jewellery"),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "Black leather wallet with a Capitec card",
                        "Blue Samsung A14 in a clear case",
                        "Brown backpack with school books",
                        "Set of 3 keys on a Leeds Rhinos keyring",
                        "Silver MacBook Air with stickers",
                    ]
                )
            ),
            "item_brand": enum("Samsung", "Apple", "Xiaomi", "Huawei", "Fossil", "none"),
            "item_model": G(
                lambda f: f.pick(["Galaxy A14", "iPhone 13", "Redmi Note 12", "MacBook Air M1", ""])
            ),
            "serial_number": Y(
                lambda f: f.pick(
                    ["R58" + f.hexid(8).upper(), "C02" + f.hexid(9).upper(), "SN" + f.digits(10)]
                ),
                "serial",
            ),
            "imei": Opt(Y(imei, "serial|identification"), 0.6),
            "colour": enum("black", "blue", "silver", "brown", "red"),
            "estimated_value": G(lambda f: f.money(10, 1500)),
            "lost_at": when(),
            "lost_location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
                "description": G(
                    lambda f: f.pick(
                        [
                            "Leeds station concourse",
                            "Bus 42 towards Soweto",
                            "MRT-3 Cubao",
                            "Park Station",
                            "Canal Street",
                        ]
                    )
                ),
            },
            "owner_contact": {
                "phone": Y(lambda f: phone(f), "phone"),
                "email": Y(email, "email"),
            },
            "reward_offered": flag(),
            "contains_id_documents": flag(),
        },
    ),
    (
        "track",
        "Lost Document Reported",
        [PHP],
        {
            "document_type": enum("passport", "national_id", "driving_licence"),
            "document_number": RED(lambda f: f.pick([passport(f), national_id(f)]), "passport|national id"),
            "issuing_country": G(lambda f: {"uk": "GB", "za": "ZA", "ph": "PH"}[reg(f)]),
            "holder_name": Y(full, "name"),
            "holder_dob": Y(lambda f: f.date(1945, 2008), "birthdate"),
            "date_lost": G(lambda f: f.date(2024, 2024)),
            "police_case_number": G(crime_ref),
            "affidavit_signed": flag(),
            "home_affairs_notified": flag(),
            "holder_address": Y(address, "address"),
        },
    ),
    (
        "track",
        "Found Item Logged",
        ["web"],
        {
            "found_item_id": gid("FI", 7),
            "found_at_location": G(
                lambda f: f.pick(
                    [
                        "Leeds station",
                        "Gautrain Sandton",
                        "NAIA Terminal 3",
                        "Cardiff Central",
                        "Ayala Center Cebu",
                    ]
                )
            ),
            "storage_location": G(lambda f: f.pick(["Shelf B4", "Locker 12", "Safe", "Bin 7"])),
            "item_category": enum("phone", "wallet", "bag", "keys", "laptop", "jewellery"),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "Black leather wallet with a Capitec card",
                        "Blue Samsung A14 in a clear case",
                        "Brown backpack with school books",
                    ]
                )
            ),
            "serial_number": Y(
                lambda f: f.pick(
                    ["R58" + f.hexid(8).upper(), "C02" + f.hexid(9).upper(), "SN" + f.digits(10)]
                ),
                "serial",
            ),
            "finder_name": Opt(Y(full, "name"), 0.7),
            "finder_phone": Opt(Y(lambda f: phone(f), "phone"), 0.6),
            "handed_in_by_staff": flag(),
            "logged_by": gid("E", 6),
            "retention_until": G(lambda f: f.date(2024, 2025)),
            "photo_url": G(lambda f: "https://cdn.example.org/found/" + f.hexid(12) + ".jpg"),
        },
    ),
    (
        "track",
        "Lost Pet Reported",
        ["flutter", "rn"],
        {
            "pet_name": G(lambda f: f.pick(["Bella", "Simba", "Bantay", "Muffin", "Rex", "Tiger", "Choco"])),
            "species": enum("dog", "cat", "rabbit", "parrot"),
            "breed": enum("Aspin", "Jack Russell", "Boerboel", "Staffie", "Domestic shorthair", "Shih Tzu"),
            "microchip_number": G(lambda f: f.pick(["985" + f.digits(12), "900" + f.digits(12)])),
            "colour": enum("black", "brown", "white", "ginger", "tabby"),
            "last_seen_area": G(
                lambda f: f.pick(
                    ["Roundhay Park", "Zoo Lake", "UP Diliman", "Bute Park", "Sea Point promenade"]
                )
            ),
            "owner_name": Y(full, "name"),
            "owner_phone": Y(lambda f: phone(f), "phone"),
            "owner_email": Opt(Y(email, "email"), 0.6),
            "neutered": flag(),
            "photo_count": count(5),
        },
    ),
    (
        "track",
        "Bicycle Registered",
        ["web"],
        {
            "frame_number": Y(
                lambda f: f.pick(
                    [
                        "WTU" + f.digits(3) + "C" + f.digits(4) + "D",
                        "GS" + f.digits(7),
                        "U" + f.hexid(8).upper(),
                    ]
                ),
                "serial",
            ),
            "make": enum("Giant", "Trek", "Carrera", "Specialized", "Raleigh"),
            "model": G(lambda f: f.pick(["Talon 3", "Marlin 5", "Subway 1", "Rockhopper"])),
            "colour": enum("black", "red", "blue", "white"),
            "registered_owner_postcode": Y(lambda f: uk_postcode(f), "zipcode"),
            "owner_email": Y(email, "email"),
            "security_marked": flag(),
        },
    ),
    (
        "track",
        "Item Claimed",
        [RUBY],
        {
            "found_item_id": gid("FI", 7),
            "claim_number": G(lambda f: "CLM" + f.digits(7)),
            "claimant_name": Y(full, "name"),
            "claimant_email": Y(email, "email"),
            "claimant_phone": Y(lambda f: phone(f), "phone"),
            "claimant_id_number": RED(
                lambda f: f.pick([passport(f), national_id(f)]), "passport|national id"
            ),
            "claimant_id_type": enum("passport", "driving_licence", "national_id"),
            "collection_point": G(
                lambda f: f.pick(
                    ["Leeds station lost property office", "Gautrain Park Station", "NAIA T3 Lost and Found"]
                )
            ),
            "collection_code": RED(lambda f: f"{f.hexid(3).upper()}-{f.r.randint(100, 999)}", "token"),
            "verified_by_staff": flag(),
            "fee_paid": G(lambda f: f.pick([0, 2.5, 5.0, 150.0])),
        },
    ),
    # -- fundraising ---------------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": gid("DON-", 8),
            "value": G(lambda f: f.pick([5, 10, 25, 50, 100, 250])),
            "currency": G(lambda f: {"uk": "GBP", "za": "ZAR", "ph": "PHP"}[reg(f)]),
            "products": Many(
                {
                    "product_id": gid("appeal_", 3),
                    "sku": G(lambda f: f.pick(["DON-ONEOFF", "DON-MONTHLY", "SHOP-TSHIRT-M", "SHOP-MUG"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Emergency Fund",
                                "Winter Appeal",
                                "Helpline Hour",
                                "Support Us T-shirt",
                                "Safe Haven Mug",
                            ]
                        )
                    ),
                    "category": enum("donation", "merchandise"),
                    "price": G(lambda f: f.pick([5, 10, 12.5, 25, 50])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", NODE],
        {
            "order_id": gid("DON-", 8),
            "checkout_id": uid(),
            "affiliation": enum("Online donations", "Shop"),
            "total": G(lambda f: f.money(5, 500)),
            "revenue": G(lambda f: f.money(5, 500)),
            "currency": G(lambda f: {"uk": "GBP", "za": "ZAR", "ph": "PHP"}[reg(f)]),
            "products": Many(
                {
                    "product_id": gid("appeal_", 3),
                    "sku": G(lambda f: f.pick(["DON-ONEOFF", "DON-MONTHLY", "SHOP-TSHIRT-M", "SHOP-MUG"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Emergency Fund",
                                "Winter Appeal",
                                "Helpline Hour",
                                "Support Us T-shirt",
                                "Safe Haven Mug",
                            ]
                        )
                    ),
                    "category": enum("donation", "merchandise"),
                    "price": G(lambda f: f.pick([5, 10, 12.5, 25, 50])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                2,
            ),
            "payment_method": enum("card", "apple_pay", "google_pay", "gcash", "snapscan"),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "card_brand": enum("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "gift_aid": flag(),
            "gift_aid_declaration": Opt(
                {
                    "title": enum("Mr", "Mrs", "Ms", "Mx", "Dr"),
                    "full_name": Y(full, "name"),
                    "home_address": Y(address, "address"),
                    "postcode": Y(lambda f: uk_postcode(f), "zipcode"),
                    "declared_at": when(),
                },
                0.5,
            ),
            "donor_email": Y(email, "email"),
            "is_recurring": flag(),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        [PY],
        {
            "order_id": gid("DON-", 8),
            "decline_code": enum("insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_bin": G(lambda f: f.pick(["454545", "535522", "402167", "517805"])),
            "amount": G(lambda f: f.money(5, 500)),
            "retry_count": count(3),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        [NODE],
        {
            "mandateReference": G(lambda f: "VSL-" + f.hexid(8).upper()),
            "accountHolderName": Y(full, "name"),
            "sortCode": G(sort_code),
            "accountNumber": RED(gb_account, "bank account"),
            "iban": Opt(RED(lambda f: f.iban("GB"), "bank account"), 0.4),
            "amount": G(lambda f: f.pick([5, 8, 10, 15, 20])),
            "frequency": enum("monthly", "quarterly", "annual"),
            "firstCollectionDate": G(lambda f: f.date(2024, 2025)),
            "giftAidEligible": flag(),
        },
    ),
    (
        "track",
        "Debit Order Created",
        [JAVA],
        {
            "bank_name": enum("Capitec", "FNB", "Standard Bank", "Absa", "Nedbank", "TymeBank"),
            "branch_code": G(lambda f: f.pick(["470010", "250655", "051001", "632005", "198765"])),
            "account_type": enum("cheque", "savings", "transmission"),
            "bank_account_number": RED(za_bank_account, "bank account"),
            "account_holder": Y(full, "name"),
            "debit_day": G(lambda f: f.pick([1, 15, 25, 31])),
            "amount_zar": G(lambda f: f.pick([50, 100, 150, 250])),
        },
    ),
    (
        "track",
        "Meta Conversion Sent",
        [NODE],
        {
            "event_name": enum("Donate", "Lead", "CompleteRegistration"),
            "event_time": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: f.pick(
                    [
                        "https://report.example.org.uk/donate/thanks",
                        "https://help.example.org.za/donate",
                        "https://tulong.example.ph/donate/salamat",
                    ]
                )
            ),
            "user_data": {
                "em": Many(Y(lambda f: f.hexid(64), "email"), 1),
                "ph": Opt(Many(Y(lambda f: f.hexid(64), "phone"), 1), 0.6),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"), 0.5),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(
                    lambda f: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15"
                ),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "currency": G(lambda f: {"uk": "GBP", "za": "ZAR", "ph": "PHP"}[reg(f)]),
                "value": G(lambda f: f.pick([5, 10, 25, 50])),
            },
        },
    ),
    (
        "track",
        "Ad Click Landed",
        ["web"],
        {
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(60), "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(50), "advertising id"), 0.5),
            "landing_page": G(lambda f: f.pick(["/donate", "/support", "/report"])),
            "campaign_id": G(lambda f: f.digits(11)),
            "ad_group": enum("brand", "dv_helpline", "winter_appeal"),
        },
    ),
    # -- neutral keys with personal values ------------------------------------------------------------
    (
        "track",
        "Case Search Performed",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick(
                    [last(f).lower(), f"{last(f)}, {first(f)}", full(f), f"{first(f)} {last(f)}".upper()]
                ),
                "name",
                True,
            ),
            "search_type": G(lambda f: "person"),
            "results_count": count(25),
            "filters": {
                "status": enum("open", "closed", "any"),
                "force": enum("WYP", "SAPS-GP", "PNP-NCR"),
                "date_from": G(lambda f: f.date(2023, 2024)),
            },
            "page": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Lost Property Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    ["black wallet", "iphone 13 blue", "keys leeds rhinos", "laptop bag", "gcash card"]
                )
            ),
            "category_filter": enum("all", "phone", "wallet", "bag"),
            "results_count": count(40),
        },
    ),
    (
        "track",
        "Address Selected",
        ["web"],
        {
            "label": Y(address, "address", True),
            "udprn": G(lambda f: f.digits(8)),
            "uprn": G(lambda f: f.digits(12)),
            "postcode_searched": Y(postcode, "zipcode"),
            "result_index": count(9),
            "provider": enum("ideal-postcodes", "loqate", "google"),
        },
    ),
    (
        "track",
        "Place Autocomplete Used",
        ["rn", "kotlin"],
        {
            "input": Y(lambda f: street(f)[: f.r.randint(8, 18)].rstrip(), "address|street", True),
            "sessiontoken": uid(),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "types": Many(enum("street_address", "premise", "route", "geocode"), 2),
            "predictions_count": count(5),
            "selected_description": Y(address, "address", True),
        },
    ),
    (
        "track",
        "Contact Detail Entered",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["report-step-5", "support-self-referral", "lost-item-contact"])),
            "field": {
                "id": G(lambda f: "mobile"),
                "label": G(
                    lambda f: f.pick(
                        ["Mobile number", "Phone number", "Inombolo yocingo", "Numero ng telepono"]
                    )
                ),
                "value": Y(lambda f: phone(f), "phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(1200, 30000)),
            "is_valid": flag(),
            "autofilled": flag(),
        },
    ),
    (
        "track",
        "Caseworker Note Added",
        [RUBY],
        {
            "case_id": gid("C", 8),
            "note_id": uid(),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Left voicemail on {phone(f)}, will try again tomorrow.",
                        f"Client asked us to use her sister's number {phone(f)} instead.",
                        f"New mobile {phone(f)} - old one was taken in the robbery.",
                        f"Called {phone(f)} at 14:10, no answer. Sent SMS.",
                    ]
                ),
                "phone",
                True,
            ),
            "note_type": enum("contact attempt", "update", "safeguarding"),
            "visibility": enum("team", "private"),
            "author_id": gid("E", 6),
            "word_count": G(lambda f: f.r.randint(6, 40)),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ["web", "flutter"],
        {
            "conversation_id": uid(),
            "turn": G(lambda f: f.r.randint(1, 12)),
            "message": {
                "text": Y(chat_text, "email", True),
                "language": enum("en", "fil", "af"),
            },
            "intent": enum("request_copy", "lost_item", "case_update", "other"),
            "confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "handoff_to_human": flag(),
        },
    ),
    (
        "track",
        "Witness Details Added",
        ["rn", "web"],
        {
            "reportId": uid(),
            "witnesses": Many(
                {
                    "fullName": Y(full, "name"),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "email": Opt(Y(email, "email"), 0.5),
                    "address": Opt(Y(address, "address"), 0.5),
                    "willingToGiveStatement": flag(),
                },
                3,
            ),
            "witnessCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Sign-in Failed",
        ["web", "kotlin"],
        {
            "username": Y(email, "email", True),
            "failure_reason": enum("wrong_password", "unknown_user", "locked", "mfa_failed"),
            "attempt_number": G(lambda f: f.r.randint(1, 5)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "lockout": flag(),
        },
    ),
    (
        "track",
        "Case Summary Shared",
        [NODE],
        {
            "case_id": gid("C", 8),
            "recipient": Y(lambda f: f.pick([email(f), staff_email(f)]), "email", True),
            "share_method": enum("secure_link", "email_pdf"),
            "expires_in_days": G(lambda f: f.pick([3, 7, 14])),
            "include_statement": flag(),
        },
    ),
    # -- staff and admin ----------------------------------------------------------------------------------
    (
        "track",
        "Officer Dashboard Viewed",
        ["web"],
        {
            "dashboard": enum("my_cases", "team_overview", "overdue_updates", "lost_property"),
            "officer": {
                "collar_number": G(staff_no),
                "display_name": Y(full, "name"),
                "email": Y(staff_email, "email"),
                "mobile": Opt(Y(lambda f: phone(f), "phone"), 0.6),
                "force": enum("WYP", "SAPS-GP", "PNP-NCR"),
                "rank": enum("PC", "Sgt", "Constable", "Warrant Officer", "PO2", "PMSg"),
            },
            "open_cases": count(60),
            "overdue_updates": count(12),
            "widgets": Many(enum("map", "queue", "sla", "victim_contact"), 3),
        },
    ),
    (
        "track",
        "Integration Configured",
        ["web"],
        {
            "integration": enum("Twilio", "SendGrid", "Clickatell", "Semaphore"),
            "api_key": RED(
                lambda f: f.pick(["SG." + f.hexid(22) + "." + f.hexid(43), "SK" + f.hexid(32), f.hexid(40)]),
                "secret",
            ),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "account_sid": G(lambda f: "AC" + f.hexid(32)),
            "enabled": flag(),
            "configured_by": gid("E", 6),
        },
    ),
    (
        "track",
        "Staff Record Synced",
        [PY],
        {
            "STAFF_ID": gid("E", 6),
            "FULL_NAME": Y(full, "name"),
            "WORK_EMAIL": Y(staff_email, "email"),
            "MOBILE_PHONE": Y(lambda f: phone(f), "phone"),
            "DBS_CHECK_STATUS": enum("CLEAR", "PENDING", "EXPIRED"),
            "DBS_CERTIFICATE_NUMBER": Y(lambda f: "00" + f.digits(10), "certificate"),
            "HOURLY_RATE": Y(lambda f: round(f.r.uniform(11.44, 24.0), 2), "salary"),
            "NI_NUMBER": RED(nino, "national id"),
            "START_DATE": G(lambda f: f.date(2015, 2024)),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "HOME_POSTCODE": Y(lambda f: uk_postcode(f), "zipcode"),
            "TEAM": enum("HELPLINE", "ISVA", "LOST_PROPERTY", "COURT_SUPPORT"),
            "IS_VOLUNTEER": flag(),
        },
    ),
    (
        "track",
        "Case Metrics Synced",
        [PY],
        {
            "CASE_ID": gid("C", 8),
            "FORCE_CODE": enum("WYP", "GMP", "SAPS-GP", "PNP-NCR"),
            "OFFENCE_GROUP": enum("VIOLENCE", "THEFT", "FRAUD", "DAMAGE", "SEXUAL"),
            "DAYS_OPEN": count(365),
            "VICTIM_CONTACTED": flag(),
            "VICTIM_AGE": G(lambda f: f.r.randint(16, 90)),
            "OUTCOME_CODE": G(lambda f: f.pick(["OC1", "OC14", "OC16", "OC18", "PENDING"])),
            "LAST_UPDATE_TS": when(),
        },
    ),
    (
        "track",
        "Case Status Viewed",
        ["swift", "kotlin"],
        {
            "caseRef": G(crime_ref),
            "status": enum(
                "received", "under investigation", "suspect charged", "closed - no further action"
            ),
            "daysSinceReport": count(200),
            "officerAssigned": flag(),
            "nextUpdateDue": G(lambda f: f.date(2024, 2025)),
            "notificationsEnabled": flag(),
        },
    ),
    (
        "track",
        "Report Abandoned",
        ["web"],
        {
            "step": enum("what_happened", "where", "suspect", "your_details", "review"),
            "time_on_form_s": G(lambda f: f.r.randint(10, 1800)),
            "fields_completed": count(25),
            "email_entered": flag(),
            "phone_entered": flag(),
            "address_entered": flag(),
            "dob_provided": flag(),
        },
    ),
    # -- Afrikaans, isiZulu and Tagalog backends --------------------------------------------------------
    (
        "track",
        "Saak Opgedateer",
        [JAVA],
        {
            "saaknommer": G(lambda f: f"CAS {f.r.randint(1, 999)}/{f.r.randint(1, 12):02d}/2024"),
            "status": enum("Oop", "Onder ondersoek", "Gesluit", "Hof"),
            "ondersoekbeampte": Y(full, "name"),
            "klaer_naam": Y(full, "name"),
            "beampte_selfoon": Y(lambda f: phone(f, "za"), "phone"),
            "volgende_hofdatum": G(lambda f: f.date(2024, 2025)),
            "hof": G(
                lambda f: f.pick(["Randburg Landdroshof", "Kaapstad Landdroshof", "Bellville Landdroshof"])
            ),
            "opmerking": G(
                lambda f: f.pick(
                    [
                        "Getuie se verklaring ontvang.",
                        "Vingerafdrukke na laboratorium gestuur.",
                        "Wag op kamerabeeldmateriaal.",
                        "Verdagte op borgtog vrygelaat.",
                    ]
                )
            ),
            "klaer_in_kennis_gestel": flag(),
        },
    ),
    (
        "track",
        "Isicelo Sosizo Sithunyelwe",
        ["rn", JAVA],
        {
            "igama": Y(first, "name"),
            "isibongo": Y(last, "name"),
            "inombolo_yocingo": Y(lambda f: phone(f, "za"), "phone"),
            "ikheli": Y(
                lambda f: f"{f.r.randint(1, 9999)} {f.pick(ZULU_STREETS)}, {f.pick(ZULU_TOWNS)}",
                "address",
            ),
            "uhlobo_losizo": enum("ukwelulekwa", "ezomthetho", "indawo yokuhlala", "ukuphepha"),
            "ulimi": enum("zu", "en", "xh"),
            "isifundazwe": enum("KwaZulu-Natal", "Gauteng", "Mpumalanga"),
            "kuphephile_ukushayela": flag(),
        },
    ),
    (
        "track",
        "Blotter Naisampa",
        [GO, "flutter"],
        {
            "numero_ng_blotter": G(lambda f: f"PNP-BLTR-2024-{f.r.randint(1, 12):02d}-{f.digits(5)}"),
            "uri_ng_krimen": enum(
                "pagnanakaw", "panloloko", "pananakit", "panggagahasa", "karahasan sa tahanan"
            ),
            "petsa_ng_insidente": G(lambda f: f.date(2024, 2024)),
            "lugar_ng_insidente": Y(
                lambda f: f"{street(f)}, {f.pick(BARANGAYS)}, {f.pick(TOWNS['ph'])[0]}", "address"
            ),
            "pangalan_ng_nagrereklamo": Y(full, "name"),
            "edad": G(lambda f: f.r.randint(16, 80)),
            "kasarian": Y(lambda f: f.pick(["babae", "lalaki", "ayaw sabihin"]), "gender|sex"),
            "numero_ng_telepono": Y(lambda f: phone(f, "ph"), "phone"),
            "salaysay": G(
                lambda f: f.pick(
                    [
                        "Ninakaw ang cellphone ko habang nakasakay sa jeep papuntang Cubao.",
                        "May sumira sa gate namin kagabi bandang alas-dos ng madaling araw.",
                        "Naloko ako sa online na bentahan ng motor, hindi dumating ang item.",
                        "Hinablot ang bag ko sa tapat ng palengke.",
                    ]
                )
            ),
            "himpilan": G(
                lambda f: f.pick(
                    [
                        "Camp Karingal",
                        "Station 6 Batasan",
                        "Fuente Osmeña Police Station",
                        "Talomo Police Station",
                    ]
                )
            ),
            "imbestigador": Y(full, "name"),
            "tirahan_ng_nagrereklamo": Y(
                lambda f: f"{street(f)}, {f.pick(BARANGAYS)}, {f.pick(TOWNS['ph'])[0]}", "address"
            ),
            "estado": enum("bukas", "iniimbestigahan", "sarado"),
        },
    ),
    (
        "track",
        "Referral sa Ospital",
        [GO],
        {
            "referral_id": gid("REF-", 7),
            "philhealth_no": RED(philhealth, "health id"),
            "ospital": G(
                lambda f: f.pick(
                    [
                        "Philippine General Hospital",
                        "East Avenue Medical Center",
                        "Vicente Sotto Memorial Medical Center",
                    ]
                )
            ),
            "pinsala": Y(
                lambda f: f.pick(["pasa sa mukha", "bali sa braso", "sugat sa ulo", "trauma"]),
                "condition|diagnosis",
            ),
            "buntis": Y(lambda f: f.pick([True, False]), "condition"),
            "petsa": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Report Copy Downloaded",
        ["web", "swift"],
        {
            "crime_reference": G(crime_ref),
            "format": enum("pdf", "html", "docx"),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 900_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "requested_for_insurer": flag(),
            "insurer_name": G(
                lambda f: f.pick(["Aviva", "Santam", "Discovery Insure", "Malayan Insurance", "Direct Line"])
            ),
            "insurance_policy_number": Opt(
                Y(
                    lambda f: f.pick(["POL" + f.digits(8), "SAN-" + f.digits(9), "MIC-" + f.digits(7)]),
                    "identification",
                ),
                0.6,
            ),
        },
    ),
    (
        "track",
        "Vehicle Theft Details Added",
        ["web", "kotlin"],
        {
            "report_id": uid(),
            "registration": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "make": enum("Toyota", "VW", "Ford", "Nissan", "Honda", "Mitsubishi"),
            "model": G(
                lambda f: f.pick(["Corolla", "Polo Vivo", "Fiesta", "NP200", "Vios", "Montero Sport"])
            ),
            "year": G(lambda f: f.r.randint(2006, 2024)),
            "tracker_fitted": flag(),
            "tracker_provider": enum("Tracker", "Netstar", "Cartrack", "none"),
            "keys_taken": flag(),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "flutter"],
        {
            "campaign_id": G(lambda f: f.digits(9)),
            "message_id": uid(),
            "title": G(
                lambda f: f.pick(
                    [
                        "Your case has an update",
                        "May update ang iyong reklamo",
                        "Jou saak is opgedateer",
                        "Reminder: appointment tomorrow",
                    ]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["reportit://cases", "reportit://appointments", "tulong://reklamo"])
            ),
        },
    ),
]

# How often each kind of event appears relative to the others (page/screen traffic dominates).
WEIGHTS = {"page": 3, "screen": 3, "identify": 1.5, "group": 0.6, "alias": 0.5}
REGIONS_BY_NAME = {
    "Saak Opgedateer": ["za"],
    "Isicelo Sosizo Sithunyelwe": ["za"],
    "Debit Order Created": ["za"],
    "Blotter Naisampa": ["ph"],
    "Referral sa Ospital": ["ph"],
    "Direct Debit Set Up": ["uk"],
    "Compensation Claim Started": ["uk"],
    "Bicycle Registered": ["uk"],
    "Equality Monitoring Submitted": ["uk", "za"],
    "Staff Record Synced": ["uk"],
}


def regions_for(kind: str, event: str | None, body: Any) -> list[str]:
    if event in REGIONS_BY_NAME:
        return REGIONS_BY_NAME[event]
    if kind == "identify" and body is not None:
        if "naam" in body:
            return ["za"]
        if "pangalan" in body:
            return ["ph"]
    return ["uk", "za", "ph"]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for rep in range(repeats):
        for kind, event, clients, body in EVENTS:
            weight = WEIGHTS.get(kind, 1)
            n = int(weight) + (1 if f.r.random() < weight - int(weight) else 0)
            for _ in range(n):
                f.region = f.pick(regions_for(kind, event, body))
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = event
                if kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "properties" if kind in ("track", "page", "screen") else "traits"
                    msg[section] = render(body, f, section, labels)
                if kind == "page":
                    msg["name"] = msg["properties"]["name"]
                if kind == "screen":
                    msg["name"] = msg["properties"]["name"]
                msg["context"] = render(CONTEXTS[client](), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=299, repeats=30)
    write(Path(__file__).parent, "holdout299_", events, labels)
