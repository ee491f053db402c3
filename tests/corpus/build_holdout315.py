"""Writes holdout315: tests/corpus/holdout315_events.jsonl and holdout315_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never run through the engine by its author. Only build.py,
fake.py, build_holdout3.py (for the format), shared/REFERENCE.md and shared/DESIGN.md were read.
2,160 events, 640 labelled paths (204 personal, 16 value_only).

Domain: airport parking, lounge access and fast-track security for a UK / Singapore / Turkey
operator ("Jetside"): pre-booked car parks with number-plate recognition (ANPR), meet-and-greet
valet (a React Native driver app), lounge passes and memberships (a Flutter reception tablet, an
iOS app), fast track and meet-and-assist (reduced-mobility passengers, IATA SSR codes, the
sunflower lanyard), flights and boarding passes (raw BCBP barcodes), corporate accounts (group
calls, a .NET backend with PascalCase keys), a reverse-ETL sync from the warehouse
(SCREAMING_SNAKE traits), vendor-shaped payloads (a telephony webhook, an e-mail delivery
webhook, a flight-status feed, an ANPR camera feed, a Meta Conversions API relay), a legacy PHP
partner backend in Istanbul with Turkish keys and values, and a Java backend for Malaysia and
Singapore with Malay keys.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the python, node, go, java, ruby, php and .NET server libraries, with the
context blocks they send (ip, traits, device, app, library, locale, userAgent, campaign).

Conventions: every message has type, messageId, timestamp, anonymousId and (mostly) userId at the
root; only properties, traits and context are labelled (the scanned sections). Keys are mostly
camelCase and snake_case English; about a fifth of paths use other conventions: PascalCase (a .NET
service, vendor feeds), kebab-case (SendGrid's `smtp-id`, a Go scanner service), SCREAMING_SNAKE
(warehouse sync), and Turkish and Malay words.
Values are generated for many countries: UK, Singapore, Turkish, Malaysian and other phone
formats; TC Kimlik numbers, Singapore NRIC/FIN and UK/Singapore plates with valid check digits;
Luhn card numbers; mod-97 IBANs (TR, GB); DVLA driving licence numbers; raw IATA BCBP strings.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person (user, travelling companion, dependant, gift
  recipient, staff member such as a valet driver or a lounge host): the reference's matcher
  colour, else red for credentials/secrets, card numbers, bank accounts, government ids and
  health ids, yellow otherwise.
- Green: ids we or partners issue (booking references, PNRs, e-ticket numbers, voucher codes,
  member / loyalty / frequent-flyer numbers, employee ids, airside pass numbers), versions,
  timestamps, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
  places that are not the person's (airports, terminals, car parks, lounges, a searched
  destination), a business's own address / phone / role mailbox, products, companies, pets,
  card brand / last four / expiry / BIN, sort codes, user agents, OS-issued device ids.
- Published policy followed as written: plates are `license` (yellow), VINs `serial` (yellow),
  ad click ids and browser ids (gclid, fbclid, _fbp, _fbc) `advertising id` (yellow), pay rates
  `salary` (yellow), billing addresses `address` (yellow), payment tokens (`pm_`), one-time
  codes and sign-in / invite link tokens red `token`, identity document numbers red
  (`national id` / `passport`), visa and right-to-work answers red `visa`, ages and age bands
  green, UUID tokens (a Places session token) green, e-mail Message-IDs green, a travel insurer's
  policy number `identification` (yellow).
- A boolean or enum that reveals a special category is PII of that category: needing a
  wheelchair, an IATA SSR code (WCHR, WCHC, BLND, DEAF, DPNA), a sunflower-lanyard (hidden
  disability) flag are red `disability`; needing oxygen or a MEDIF (medical clearance) is yellow
  `condition`.
- value_only is true when the key does not say what the value is; such a path holds that PII in
  every value. Free text is labelled by what every one of its values carries and is green when
  none does (no free-text path here mixes PII and non-PII values).
- Decisions where the policy is silent, chosen as a careful privacy owner would:
  an honorific (Mr / Mrs / Ms / Miss / Mx) under `title` reveals gender: yellow `gender`,
  value_only; hashed e-mail and phone sent for ad matching (Meta CAPI `em`, `ph`) remain personal:
  yellow `email` / `phone` (not value_only: only the abbreviated key says what was hashed); a
  SHA-256 of our own user id is green; a raw boarding-pass barcode carries the passenger's name:
  yellow `name`, value_only; a partial NRIC (`S****567D`) is red `national id` like the last
  four of an SSN; a staff member's work e-mail and the precise GPS of a driver's or a user's
  device are personal; a vehicle's make, model and colour are green; a mobile push token is red
  `token`; a passport's expiry date is green like a card's; a bank's POS reference and
  authorisation code (`banka_ref_no`, `onay_kodu`) are green, unlike a one-time code sent to the
  person; a pet's microchip number is green; a Turkish district (`ilce`) of a person's billing
  address is yellow `city|address`, its province (`il`) and a Malaysian state (`negeri`) green
  like `state`; the company's tax number (`vergi_no` of a corporate invoice) is green.
"""

# Turkish text is intentional: its dotless i is not a typo.
# ruff: noqa: RUF001

import hashlib
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- rendering with optional keys ---------------------------------------------------------------


class Opt:
    """A key present in only some messages (probability p)."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item = item
        self.p = p


class OneOf:
    """One of several shapes for the same place (paths they share carry the same label)."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, OneOf):
        return render(f.pick(list(template.items)), f, path, labels)
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


# -- people ---------------------------------------------------------------------------------------

# (first, last, family-name-first)
PEOPLE = {
    "gb": [
        ("Oliver", "Bennett"),
        ("Charlotte", "Hughes"),
        ("Harry", "Whitfield"),
        ("Amelia", "Clarke"),
        ("George", "O'Connor"),
        ("Isla", "Fraser"),
        ("Rhys", "Evans"),
        ("Niamh", "Doyle"),
        ("Sophie", "Wright"),
        ("Callum", "MacLeod"),
    ],
    "tr": [
        ("Ayşe", "Yılmaz"),
        ("Mehmet", "Kaya"),
        ("Elif", "Demir"),
        ("Emre", "Şahin"),
        ("Zeynep", "Çelik"),
        ("Mustafa", "Öztürk"),
        ("Büşra", "Aydın"),
        ("Oğuzhan", "Arslan"),
        ("Gülşen", "Koç"),
        ("Hakan", "Doğan"),
    ],
    "my": [
        ("Nur Aisyah", "binti Ahmad"),
        ("Muhammad Hafiz", "bin Ismail"),
        ("Siti Aminah", "binti Yusof"),
        ("Ahmad Faizal", "bin Rahman"),
        ("Nurul Izzah", "binti Hassan"),
        ("Amirul", "Hakim"),
    ],
    "sg_cn": [
        ("Wei Ling", "Tan"),
        ("Jun Jie", "Lim"),
        ("Mei Hua", "Goh"),
        ("Kai Xiang", "Ng"),
        ("Hui Min", "Lee"),
        ("Boon Keng", "Chua"),
    ],
    "sg_in": [
        ("Rajesh", "Kumar"),
        ("Priya", "Subramaniam"),
        ("Arjun", "Nair"),
        ("Kavitha", "Rajendran"),
    ],
    "world": [
        ("Nomvula", "Dlamini"),
        ("Chinedu", "Okeke"),
        ("Aiko", "Tanaka"),
        ("Ji-woo", "Park"),
        ("Mateusz", "Nowak"),
        ("Lucía", "Fernández"),
        ("Ahmed", "Al-Mansouri"),
        ("Fatemeh", "Hosseini"),
        ("Dmitri", "Volkov"),
        ("Sanne", "de Vries"),
        ("Olumide", "Adeyemi"),
        ("Thi Lan", "Nguyen"),
        ("Ana", "Souza"),
        ("Hiroshi", "Watanabe"),
        ("Aoife", "Ní Bhriain"),
    ],
}
ALL_PEOPLE = [p for group in PEOPLE.values() for p in group]
FOLD = str.maketrans("şŞıİçÇğĞöÖüÜéíáñ'", "sSiIcCgGoOuUeian ")
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "yahoo.com.sg",
    "icloud.com",
    "hotmail.com.tr",
    "btinternet.com",
    "singnet.com.sg",
    "yandex.com.tr",
    "proton.me",
    "googlemail.com",
]
CORP_DOMAINS = ["globexlogistics.co.uk", "initech.com.sg", "anadoluenerji.com.tr", "northwind-pharma.com"]


def person(f: Fake, group: str | None = None) -> tuple[str, str]:
    return f.pick(PEOPLE[group] if group else ALL_PEOPLE)


def first(f: Fake, group: str | None = None) -> str:
    return person(f, group)[0]


def last(f: Fake, group: str | None = None) -> str:
    return person(f, group)[1]


def full(f: Fake, group: str | None = None) -> str:
    group = group or f.pick(list(PEOPLE))
    given, family = person(f, group)
    if group == "sg_cn":
        return f"{family} {given}"
    if group == "sg_in" and f.r.random() < 0.5:
        return f"{given} {f.pick(['s/o', 'd/o'])} {family}"
    return f"{given} {family}"


def email(f: Fake, corp: bool = False) -> str:
    given, family = person(f)
    a = given.translate(FOLD).lower().replace(" ", "")
    b = family.translate(FOLD).lower().replace(" ", "").replace("-", "")
    if corp:
        return f"{a}.{b}@{f.pick(CORP_DOMAINS)}"
    style = f.r.randint(0, 4)
    local = [
        f"{a}.{b}",
        f"{a}{b}{f.r.randint(1, 99)}",
        f"{a[0]}{b}",
        f"{a}_{b}",
        f"{b}.{a}{f.r.randint(70, 99)}",
    ]
    return f"{local[style]}@{f.pick(MAIL_DOMAINS)}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["gb", "gb", "sg", "tr", "tr", "my", "us", "in", "de", "ae", "ng", "jp"])
    if c == "gb":
        n = "7" + f.pick(["4", "5", "7", "8", "9"]) + d(f, 2) + " " + d(f, 6)
        return f.pick([f"+44 {n}", "0" + n, "+44" + n.replace(" ", ""), f"+44 (0){n}"])
    if c == "sg":
        n = f.pick(["8", "9"]) + d(f, 7)
        return f.pick([f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"{n[:4]} {n[4:]}"])
    if c == "tr":
        n = "5" + f.pick(["32", "33", "42", "05", "55", "44"]) + d(f, 7)
        return f.pick(
            [f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+90{n}", "0" + n]
        )
    if c == "my":
        n = "1" + f.pick(["2", "3", "6", "7", "9"]) + d(f, 7)
        return f.pick([f"+60 {n[:2]}-{n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:5]} {n[5:]}", f"+60{n}"])
    if c == "us":
        return f.pick([f"+1 ({f.r.randint(201, 989)}) 555-{d(f, 4)}", f"+1{f.r.randint(201, 989)}{d(f, 7)}"])
    if c == "in":
        return f"+91 9{d(f, 4)} {d(f, 5)}"
    if c == "de":
        return f"+49 15{f.r.randint(1, 9)} {d(f, 8)}"
    if c == "ae":
        return f"+971 5{f.pick(['0', '5', '6'])} {d(f, 3)} {d(f, 4)}"
    if c == "ng":
        return f"+234 80{f.r.randint(2, 9)} {d(f, 3)} {d(f, 4)}"
    return f"+81 90-{d(f, 4)}-{d(f, 4)}"


def e164(f: Fake, country: str | None = None) -> str:
    """The same numbers as telephony providers report them: +<country><number>, no spaces."""
    raw = phone(f, country).replace("(0)", "")
    digits = "".join(c for c in raw if c.isdigit())
    if raw.startswith("+"):
        return "+" + digits
    prefixes = {"gb": "44", "tr": "90", "my": "60", "sg": "65"}
    return "+" + prefixes.get(country or "gb", "44") + digits.lstrip("0")


def uk_postcode(f: Fake) -> str:
    area = f.pick(["SW", "SE", "N", "NW", "E", "W", "RG", "GU", "M", "EH", "BS", "TW", "KT", "SL", "LU"])
    tail = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 19)} {f.r.randint(1, 9)}{f.pick(tail)}{f.pick(tail)}"


def postcode(f: Fake) -> str:
    return f.pick(
        [
            uk_postcode(f),
            uk_postcode(f),
            f"{f.pick(['5', '4', '1', '6'])}{d(f, 5)}",  # Singapore
            f"{f.pick(['34', '06', '35', '07'])}{d(f, 3)}",  # Turkey
            f"{f.pick(['50', '47', '81'])}{d(f, 3)}",  # Malaysia
        ]
    )


def street(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["gb", "gb", "gb", "sg", "tr", "my"])
    if c == "gb":
        road = f.pick(["Grange Road", "Kingsway", "Ashdown Close", "Mill Lane", "Station Road"])
        house = f.pick(["Aspen House", "Holly Court"])
        return f.pick(
            [
                f"{f.r.randint(1, 180)} {road}",
                f"Flat {f.r.randint(1, 40)}, {house}, {f.r.randint(2, 90)} High Street",
            ]
        )
    if c == "sg":
        road = f.pick(["Ang Mo Kio Ave 3", "Bedok North Ave 2", "Tampines St 21", "Jurong West St 52"])
        return f"Blk {f.r.randint(100, 999)} {road} #{f.r.randint(2, 20):02d}-{f.r.randint(1, 300)}"
    if c == "tr":
        road = f.pick(["Bağdat Cad.", "Atatürk Bulvarı", "Çamlık Sok.", "Cumhuriyet Mah. 1203. Sok."])
        return f"{road} No:{f.r.randint(1, 300)} D:{f.r.randint(1, 20)}"
    return f"No. {f.r.randint(1, 90)}, Jalan {f.pick(['Ampang', 'Bukit Bintang', 'SS 2/24', 'Tun Razak'])}"


HOME_CITIES = ["Reading", "Guildford", "Manchester", "Edinburgh", "Bristol", "London", "Singapore"]
HOME_CITIES += ["Istanbul", "Ankara", "İzmir", "Kuala Lumpur", "Petaling Jaya", "Crawley", "Slough"]


def home_city(f: Fake) -> str:
    return f.pick(HOME_CITIES)


def full_address(f: Fake) -> str:
    """A whole address as an autocomplete returns it, coherent within one country."""
    c = f.pick(["gb", "gb", "sg", "tr", "my"])
    if c == "gb":
        road = f.pick(["Grange Road", "Kingsway", "Ashdown Close", "Mill Lane", "Station Road"])
        town = f.pick(["Reading", "Guildford", "Crawley", "Slough", "London"])
        return f"{f.r.randint(1, 180)} {road}, {town} {uk_postcode(f)}, UK"
    if c == "sg":
        road = f.pick(["Ang Mo Kio Ave 3", "Bedok North Ave 2", "Tampines St 21"])
        unit = f"#{f.r.randint(2, 20):02d}-{f.r.randint(1, 300)}"
        return f"Blk {f.r.randint(100, 999)} {road} {unit}, Singapore {f.pick('5461')}{d(f, 5)}"
    if c == "tr":
        road = f.pick(["Bağdat Cad.", "Atatürk Bulvarı", "Çamlık Sok."])
        district = f.pick(["Kadıköy", "Beşiktaş", "Çankaya", "Karşıyaka"])
        code = f.pick(["34", "06", "35"]) + d(f, 3)
        return f"{road} No:{f.r.randint(1, 300)} D:{f.r.randint(1, 20)}, {code} {district}, Türkiye"
    road = f.pick(["Jalan Ampang", "Jalan SS 2/24", "Jalan Bukit Bintang"])
    town = f.pick(["Kuala Lumpur", "Petaling Jaya"])
    return f"No. {f.r.randint(1, 90)}, {road}, {f.pick(['50', '47'])}{d(f, 3)} {town}, Malaysia"


def tckn(f: Fake) -> str:
    n = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    n.append(((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10)
    n.append(sum(n) % 10)
    return "".join(map(str, n))


def nric(f: Fake) -> str:
    prefix = f.pick(["S", "T", "S", "F", "G"])
    digits = [f.r.randint(0, 9) for _ in range(7)]
    total = sum(w * x for w, x in zip([2, 7, 6, 5, 4, 3, 2], digits, strict=True))
    total += 4 if prefix in "TG" else 0
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, digits)) + table[total % 11]


def mykad(f: Fake) -> str:
    return (
        f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}-"
        f"{f.pick(['14', '10', '01', '07', '08'])}-{d(f, 4)}"
    )


def plate(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["gb", "gb", "gb", "sg", "tr", "my"])
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    if c == "gb":
        age = f.pick(["19", "69", "20", "70", "21", "71", "23", "73", "24"])
        return f"{f.pick(letters)}{f.pick(letters)}{age} " + "".join(f.pick(letters) for _ in range(3))
    if c == "sg":
        a, b = f.pick("BCDFGJKLMNPRSTXYZ"), f.pick("ABCDEFGHJKLMNPRSTUXYZ")
        num = f.r.randint(1, 9999)
        ds = [int(x) for x in f"{num:04d}"]
        total = (
            (ord(a) - 64) * 9 + (ord(b) - 64) * 4 + sum(w * x for w, x in zip([5, 4, 3, 2], ds, strict=True))
        )
        return f"S{a}{b}{num}{'AZYXUTSRPMLKJHGEDCB'[total % 19]}"
    if c == "tr":
        series = "".join(f.pick("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(f.r.randint(1, 3)))
        return f"{f.r.randint(1, 81):02d} {series} {f.r.randint(10, 9999)}"
    return f"{f.pick(['W', 'V', 'J', 'B'])}{f.pick(letters)}{f.pick(letters)} {f.r.randint(1, 9999)}"


def iban(f: Fake, country: str) -> str:
    if country == "TR":
        bban = f.pick(["00010", "00062", "00046", "00067", "00111"]) + "0" + d(f, 16)
    else:
        bban = f.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(f, 6) + d(f, 8)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def dvla(f: Fake) -> str:
    surname = f.pick(["BENNE", "HUGHE", "CLARK", "FRASE", "EVANS", "DOYLE", "PATEL", "KAYA9", "TAN99"])
    year = f.r.randint(55, 99)
    month = f.r.randint(1, 12) + f.pick([0, 50])
    upper = string.ascii_uppercase
    initials = f.pick(upper) + f.pick(upper + "9")
    born = f"{year // 10}{month:02d}{f.r.randint(1, 28):02d}{year % 10}"
    return f"{surname}{born}{initials}9{f.pick(upper)}{f.pick(upper)}"


def alnum(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + alnum(f, 70, string.ascii_letters + string.digits + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "-_")


def booking_ref(f: Fake) -> str:
    return "JS-" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def pnr(f: Fake) -> str:
    return alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


FLIGHTS = [
    "BA15",
    "BA 11",
    "SQ317",
    "SQ 322",
    "TK1980",
    "TK 1986",
    "PC1171",
    "EZY8473",
    "U2 8473",
    "QR8",
    "EK2",
]
FLIGHTS += ["TR 413", "6E 43", "VS 250", "MH 603", "LH 921", "AJ 2103", "SQ 306"]
AIRPORTS = ["LHR", "LGW", "MAN", "EDI", "STN", "BHX", "SIN", "IST", "SAW", "AYT", "ADB"]
TERMINALS = ["T1", "T2", "T3", "T4", "T5", "North", "South", "Dış Hatlar", "İç Hatlar"]
LOUNGES = [
    "Jetside Lounge Heathrow T5",
    "Plaza Premium Lounge T2",
    "No1 Lounge Gatwick North",
    "Aspire Lounge Manchester T1",
    "SATS Premier Lounge T1",
    "Marhaba Lounge Changi T3",
    "IGA Lounge İstanbul",
    "Sabiha Gökçen CIP Lounge",
]
CAR_PARKS = [
    "Heathrow T5 Meet & Greet",
    "Heathrow Long Stay Park & Ride",
    "Gatwick South Valet",
    "Manchester JetParks 2",
    "Changi T3 Car Park A",
    "İstanbul Havalimanı Açık Otopark",
    "Sabiha Gökçen Kapalı Otopark",
]
MAKES = [
    "Volkswagen",
    "BMW",
    "Ford",
    "Toyota",
    "Tesla",
    "Audi",
    "Renault",
    "Proton",
    "Perodua",
    "Kia",
    "Fiat",
]
MODELS = ["Golf", "3 Series", "Focus", "Corolla", "Model 3", "A4", "Clio", "X70", "Myvi", "Sportage", "Egea"]
COLOURS = ["black", "white", "silver", "grey", "blue", "red", "beyaz", "siyah", "putih"]


def iso(f: Fake) -> str:
    return f.iso()


def flight_date(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def bcbp(f: Fake) -> str:
    given, family = person(f)
    name = (
        f"{family.translate(FOLD).upper().replace(' ', '')}/{given.translate(FOLD).upper().replace(' ', '')}"
    )
    name = (name + f.pick(["", "MR", "MRS", "MS"]))[:20]
    carrier = f.pick(["BA", "SQ", "TK", "VS", "PC"])
    return (
        f"M1{name:<20}E{pnr(f):<7}{''.join(f.r.sample(AIRPORTS, 2))}{carrier:<3}"
        f"{f.r.randint(1, 2999):04d} {f.r.randint(1, 365):03d}{f.pick('YJFCW')}{f.r.randint(1, 60):03d}"
        f"{f.pick('ABCDEFK')}{f.r.randint(1, 300):04d} 1{f.pick(['00', '4A'])}"
    )


def ticket_number(f: Fake) -> str:
    return f.pick(["125", "618", "235", "932"]) + d(f, 10)


def stripe_pm(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def money(f: Fake, lo: float = 5, hi: float = 400) -> float:
    return f.money(lo, hi)


def sha256(f: Fake) -> str:
    return hashlib.sha256(f.uuid().encode()).hexdigest()


def hashed(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def opt_in(f: Fake) -> bool:
    return f.pick([True, False])


def car_park_product():
    return {
        "product_id": G(lambda f: "cp_" + f.digits(5)),
        "sku": G(
            lambda f: f.pick(["LHR-T5-MG", "LHR-LS-PR", "LGW-S-VAL", "MAN-JP2", "SIN-T3-A", "IST-ACIK"])
        ),
        "name": G(lambda f: f.pick(CAR_PARKS)),
        "category": G(lambda f: f.pick(["Meet & Greet", "Park & Ride", "On Airport", "Valet"])),
        "brand": G(lambda f: "Jetside"),
        "price": G(lambda f: money(f, 29, 260)),
        "quantity": G(lambda f: 1),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(
            lambda f: (
                "https://www.jetside.com/parking/" + f.pick(["lhr-t5-meet-greet", "lgw-valet", "sin-t3"])
            )
        ),
    }


def extra_product():
    return {
        "product_id": G(lambda f: "ex_" + f.digits(4)),
        "sku": G(lambda f: f.pick(["LNG-PASS-A", "FT-SEC-1", "MAA-STD", "EV-CHARGE", "CARWASH-INT"])),
        "name": G(
            lambda f: f.pick(
                ["Lounge Pass", "Fast Track Security", "Meet & Assist", "EV Charging", "Valet Wash"]
            )
        ),
        "price": G(lambda f: money(f, 8, 60)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


# -- contexts ---------------------------------------------------------------------------------------


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    ["/", "/parking/heathrow", "/lounges/changi", "/checkout", "/fast-track/ist"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.co.uk/", "https://www.google.com.sg/", "https://www.bing.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?airport=LHR&nights=7", "?lang=tr"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Airport Parking | Jetside", "Checkout | Jetside", "Changi Lounges | Jetside"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.jetside.com" + f.pick(["/", "/parking/heathrow", "/checkout", "/tr/otopark"])
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.6367.82 Mobile Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                ]
            )
        ),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(["en-GB", "en-SG", "tr-TR", "ms-MY", "en-US"])),
        "timezone": G(
            lambda f: f.pick(["Europe/London", "Asia/Singapore", "Europe/Istanbul", "Asia/Kuala_Lumpur"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(lambda f: f.pick(["summer_parking", "lounge_launch_sin", "bayram_otopark"])),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "skyscanner"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
                "term": G(
                    lambda f: f.pick(["heathrow parking", "changi lounge", "istanbul havalimanı otopark"])
                ),
                "content": G(lambda f: f.pick(["hero_a", "textlink", "carousel_2"])),
            },
            0.4,
        ),
    }


def mobile_traits():
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": Opt(G(lambda f: "usr_" + f.digits(7)), 0.7),
        "email": Opt(Y(lambda f: email(f), "email"), 0.5),
        "firstName": Opt(Y(lambda f: first(f), "name"), 0.4),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Jetside"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.jetside.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": Opt(G(lambda f: f.pick(["authorized", "denied", "notDetermined"])), 0.5),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-SG", "tr-TR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Singapore", "Europe/Istanbul"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Jetside"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "650003"])),
            "namespace": G(lambda f: "com.jetside.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201116SG", "CPH2451"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "veux", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "tr-TR", "ms-MY", "en-SG"])),
        "network": {
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone TR", "Turkcell", "Singtel", "Maxis", "Three"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Istanbul", "Asia/Kuala_Lumpur"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
        "location": Opt(
            {
                "latitude": Y(
                    lambda f: round(
                        f.pick([51.47, 51.15, 1.35, 41.26, 40.9, 3.14]) + f.r.uniform(-0.2, 0.2), 6
                    ),
                    "geolocation",
                ),
                "longitude": Y(
                    lambda f: round(
                        f.pick([-0.45, -0.18, 103.99, 28.74, 29.31, 101.69]) + f.r.uniform(-0.2, 0.2), 6
                    ),
                    "geolocation",
                ),
                "speed": G(lambda f: round(f.r.uniform(0, 3), 1)),
            },
            0.4,
        ),
    }


def rn_context():
    """The valet drivers' app: the signed-in driver's traits travel with every event."""
    return {
        "app": {
            "name": G(lambda f: "Jetside Valet"),
            "version": G(lambda f: f.pick(["2.11.0", "2.12.1"])),
            "build": G(lambda f: f.pick(["211", "2121"])),
            "namespace": G(lambda f: "com.jetside.valet"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A546B", "iPhone14,5"])),
            "name": G(lambda f: f.pick(["a54x", "iPhone"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-GB", "tr-TR"])),
        "network": {"cellular": G(lambda f: True), "wifi": G(lambda f: f.pick([True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([412, 390])), "height": G(lambda f: f.pick([915, 844]))},
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Istanbul"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "drv_" + f.digits(4)),
            "name": Y(lambda f: full(f, f.pick(["gb", "tr", "world"])), "name"),
            "email": Y(lambda f: email(f, corp=False).split("@")[0] + "@jetside.com", "email"),
            "employeeId": G(lambda f: "E" + f.digits(5)),
        },
    }


def flutter_context():
    """The lounge reception tablet."""
    return {
        "app": {
            "name": G(lambda f: "Jetside Lounge Desk"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "330"])),
            "namespace": G(lambda f: "com.jetside.loungedesk"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple"])),
            "model": G(lambda f: f.pick(["SM-X710", "iPad13,16"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en-SG", "en-GB", "tr-TR"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["14", "17.4"])),
        },
        "screen": {"width": G(lambda f: 1600), "height": G(lambda f: 2560), "density": G(lambda f: 2.0)},
        "timezone": G(lambda f: f.pick(["Asia/Singapore", "Europe/London", "Europe/Istanbul"])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("python", "node", "php", "ruby"):
        # Forwarded from the visitor's request when the backend tracks on their behalf.
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.6)
        ctx["userAgent"] = Opt(
            G(lambda f: f.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0", "okhttp/4.12.0"])),
            0.4,
        )
        ctx["locale"] = Opt(G(lambda f: f.pick(["en-GB", "tr-TR", "ms-MY"])), 0.3)
    if client in ("python", "node"):
        ctx["traits"] = Opt(
            {"email": Y(lambda f: email(f), "email"), "lastName": Opt(Y(lambda f: last(f), "name"))}, 0.35
        )
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.25,
        )
    if client == "dotnet":
        ctx["groupId"] = Opt(G(lambda f: "corp_" + f.digits(4)), 0.5)
    return ctx


def context_for(client: str):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


# -- events -----------------------------------------------------------------------------------------

APPS = ["web", "swift", "kotlin"]

PARKING = [
    (
        "page",
        "Parking Search",
        ["web"],
        {
            "path": G(lambda f: "/parking/" + f.pick(["heathrow", "gatwick", "changi", "istanbul"])),
            "url": G(
                lambda f: "https://www.jetside.com/parking/" + f.pick(["heathrow", "gatwick", "changi"])
            ),
            "title": G(lambda f: "Airport Parking | Jetside"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.uk/"])),
            "search": G(lambda f: f.pick(["", "?nights=7", "?t=T5"])),
            "airport": G(lambda f: f.pick(AIRPORTS)),
        },
    ),
    (
        "track",
        "Products Searched",
        APPS,
        {
            "query": G(
                lambda f: f.pick(
                    ["heathrow t5 parking", "gatwick valet 10 nights", "changi t3", "sabiha gökçen otopark"]
                )
            ),
            "airport_code": G(lambda f: f.pick(AIRPORTS)),
            "terminal": G(lambda f: f.pick(TERMINALS)),
            "drop_off_at": G(lambda f: flight_date(f) + "T" + f.pick(["05:30", "09:15", "14:00"])),
            "pick_up_at": G(lambda f: flight_date(f) + "T" + f.pick(["22:10", "07:45", "18:30"])),
            "nights": G(lambda f: f.r.randint(1, 21)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "swift", "kotlin"],
        {
            "list_id": G(lambda f: f.pick(["lhr_results", "lgw_results", "sin_results"])),
            "category": G(lambda f: "Parking"),
            "products": Many(car_park_product(), 4),
            "sort_by": G(lambda f: f.pick(["price", "distance", "rating"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "value": G(lambda f: money(f, 30, 400)),
            "revenue": G(lambda f: money(f, 30, 400)),
            "tax": G(lambda f: money(f, 5, 60)),
            "discount": G(lambda f: money(f, 0, 25)),
            "coupon": G(lambda f: f.pick(["", "SUMMER15", "WELCOME5"])),
            "currency": G(lambda f: f.pick(["GBP", "SGD", "TRY"])),
            "products": Many(car_park_product(), 2),
            "extras": Many(extra_product(), 2),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "step_name": G(lambda f: "vehicle_details"),
            "vehicle": {
                "registration": Y(lambda f: plate(f), "license"),
                "make": G(lambda f: f.pick(MAKES)),
                "model": G(lambda f: f.pick(MODELS)),
                "colour": G(lambda f: f.pick(COLOURS)),
                "is_electric": G(lambda f: f.pick([True, False])),
            },
            "vehicles_on_account": G(lambda f: f.r.randint(0, 3)),
            "registration_lookup_ok": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "troy"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_bin": G(lambda f: f.pick(["454313", "535522", "979200", "374245", "492181"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(stripe_pm, "token"),
            "billing_postcode": Y(postcode, "zipcode"),
            "three_ds_required": G(lambda f: f.pick([True, False])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "python"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "booking_reference": G(booking_ref),
            "total": G(lambda f: money(f, 30, 500)),
            "revenue": G(lambda f: money(f, 30, 500)),
            "tax": G(lambda f: money(f, 5, 80)),
            "currency": G(lambda f: f.pick(["GBP", "SGD", "TRY"])),
            "coupon": G(lambda f: f.pick(["", "SUMMER15"])),
            "products": Many(car_park_product(), 2),
            "lead_passenger": {
                "title": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx"]), "gender", True),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
            },
            "passengers": G(lambda f: f.r.randint(1, 6)),
            "outbound_flight": G(lambda f: f.pick(FLIGHTS)),
            "return_flight": G(lambda f: f.pick(FLIGHTS)),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "SG", "TR", "MY"])),
            },
            "marketing_opt_in": G(opt_in),
            "cancellation_cover": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vehicle Entered",
        ["go"],
        {
            "plate": Y(plate, "license"),
            "plate_confidence": G(lambda f: round(f.r.uniform(0.62, 0.99), 3)),
            "camera_id": G(lambda f: f.pick(["lhr-t5-mg-entry-02", "lgw-s-val-in-01", "sin-t3-a-in-04"])),
            "car_park_id": G(lambda f: "cp_" + f.digits(5)),
            "captured_at": G(iso),
            "booking_matched": G(lambda f: f.pick([True, True, False])),
            "booking_id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "vehicle_make": G(lambda f: f.pick(MAKES)),
            "vehicle_colour": G(lambda f: f.pick(COLOURS)),
        },
    ),
    (
        "track",
        "ANPR Read",
        ["node"],
        {
            "EventType": G(lambda f: f.pick(["LPR_READ", "LPR_HOTLIST"])),
            "Plate": {
                "Number": Y(lambda f: plate(f).replace(" ", ""), "license"),
                "Region": G(lambda f: f.pick(["UK", "SG", "TR"])),
                "Confidence": G(lambda f: f.r.randint(60, 99)),
            },
            "Camera": {
                "Id": G(lambda f: f.r.randint(100, 140)),
                "Name": G(lambda f: f.pick(["T5 MG Entry 2", "South Valet In", "T3 A Out"])),
            },
            "Timestamp": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Parking Spot Saved",
        ["kotlin", "swift"],
        {
            "booking_reference": G(booking_ref),
            "level": G(lambda f: f.pick(["L2", "L4", "Ground", "B1"])),
            "bay": G(lambda f: f"{f.r.randint(1, 6)}{f.pick('ABCD')}-{f.r.randint(1, 240)}"),
            "latitude": Y(lambda f: round(f.r.uniform(51.46, 51.48), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-0.49, -0.44), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            "photo_taken": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Selected",
        ["web"],
        {
            "text": Y(full_address, "address", True),
            "placeId": G(lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "_-")),
            "sessionToken": G(lambda f: f.uuid()),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "subpremise"])), 2),
            "form": G(lambda f: "billing"),
            "suggestion_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Pet Kennel Added",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Karabaş", "Mochi", "Pamuk", "Alfie"])),
            "pet_type": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["Cockapoo", "Kangal", "British Shorthair", "Labrador"])),
            "microchip_number": G(lambda f: "826" + d(f, 12)),
            "vet_phone": G(lambda f: f.pick(["+44 1753 682 900", "+44 20 8759 4433", "+65 6258 8800"])),
            "kennel_partner": G(lambda f: f.pick(["Heathrow Pet Lodge", "Paws@Changi"])),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "price": G(lambda f: money(f, 20, 300)),
        },
    ),
]

VALET = [
    (
        "track",
        "Chauffeur Pickup Booked",
        ["web", "python"],
        {
            "booking_reference": G(booking_ref),
            "pickup_time": G(
                lambda f: flight_date(f) + "T" + f.pick(["03:45", "06:30", "13:15"]) + ":00+01:00"
            ),
            "pickup_address": {
                "line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postcode": Y(postcode, "zipcode"),
            },
            "pickup_contact_phone": Y(phone, "phone"),
            "chauffeur_name": Y(lambda f: full(f, f.pick(["gb", "tr", "world"])), "name"),
            "chauffeur_phone": Y(lambda f: phone(f, f.pick(["gb", "tr"])), "phone"),
            "vehicle_class": G(lambda f: f.pick(["executive_saloon", "mpv", "luxury"])),
            "passenger_count": G(lambda f: f.r.randint(1, 6)),
            "luggage_count": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "displayName": Y(lambda f: full(f, f.pick(["gb", "tr", "world"])), "name"),
            "email": Y(lambda f: email(f).split("@")[0] + "@jetside.com", "email"),
            "mobile": Y(lambda f: phone(f, f.pick(["gb", "tr"])), "phone"),
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "role": G(lambda f: f.pick(["driver", "senior_driver", "shift_lead"])),
            "depot": G(lambda f: f.pick(["LHR-T5", "LGW-S", "IST"])),
            "airsidePassNumber": G(lambda f: f.pick(["LHR", "LGW", "IST"]) + f.digits(7)),
            "drivingLicenceNumber": Y(dvla, "license"),
            "hourlyRate": Y(lambda f: f.pick([12.6, 13.15, 14.0, 15.5]), "salary"),
            "startedAt": G(iso),
        },
    ),
    (
        "track",
        "Valet Handover Completed",
        ["rn"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "booking_reference": G(booking_ref),
            "driver_id": G(lambda f: "drv_" + f.digits(4)),
            "driver_name": Y(lambda f: full(f, f.pick(["gb", "tr"])), "name"),
            "customer_name": Y(full, "name"),
            "customer_mobile": Y(phone, "phone"),
            "customer_email": Y(email, "email"),
            "vehicle": {
                "registration": Y(plate, "license"),
                "vin": Y(
                    lambda f: (
                        f.pick(["WVWZZZ1KZ", "WBA8E9C5", "SB1KZ3JE", "NMTKZ3BE"])
                        + alnum(f, 8, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
                    ),
                    "serial",
                ),
                "make": G(lambda f: f.pick(MAKES)),
                "model": G(lambda f: f.pick(MODELS)),
                "colour": G(lambda f: f.pick(COLOURS)),
            },
            "mileage_out": G(lambda f: f.r.randint(1000, 160000)),
            "fuel_level": G(lambda f: f.pick(["1/4", "1/2", "3/4", "full"])),
            "damage_notes": G(
                lambda f: f.pick(
                    [
                        "",
                        "Scuff on rear bumper",
                        "Chip in windscreen, passenger side",
                        "Kerbed alloy front left",
                    ]
                )
            ),
            "damage_photo_count": G(lambda f: f.r.randint(0, 8)),
            "key_safe_slot": G(lambda f: f"K{f.r.randint(1, 400):03d}"),
            "handover_location": {
                "lat": Y(lambda f: round(f.r.uniform(51.468, 51.474), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-0.49, -0.482), 6), "geolocation"),
            },
            "handover_point": G(
                lambda f: f.pick(["T5 Short Stay L4", "South Terminal forecourt", "Dış Hatlar Gidiş Kapı 8"])
            ),
            "signature_captured": G(lambda f: True),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Customer mobile " + phone(f, "gb") + ", call on landing",
                        "Ring " + phone(f) + " when the car is back",
                        "Wife will collect, her number " + phone(f),
                        "Flight often late. Call " + phone(f, "tr"),
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Vehicle Returned",
        ["rn"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "booking_reference": G(booking_ref),
            "driver_id": G(lambda f: "drv_" + f.digits(4)),
            "mileage_in": G(lambda f: f.r.randint(1000, 160000)),
            "minutes_waiting": G(lambda f: f.r.randint(0, 90)),
            "customer_rating": G(lambda f: f.r.randint(1, 5)),
            "returned_at": G(iso),
            "new_damage_reported": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver Location Updated",
        ["rn"],
        {
            "shift_id": G(lambda f: "sh_" + f.digits(6)),
            "lat": Y(lambda f: round(f.r.uniform(51.15, 51.48), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-0.49, -0.16), 6), "geolocation"),
            "accuracy": G(lambda f: f.r.randint(3, 60)),
            "speed_mps": G(lambda f: round(f.r.uniform(0, 18), 1)),
            "on_job": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(lambda f: phone(f, f.pick(["gb", "tr"])), "phone"),
            "postcode": Y(uk_postcode, "zipcode"),
            "right_to_work_uk": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "years_driving": G(lambda f: f.r.randint(1, 40)),
            "expected_hourly_rate": Y(lambda f: f.pick([12.5, 13, 14, 15.25]), "salary"),
            "preferred_site": G(lambda f: f.pick(["Heathrow", "Gatwick"])),
            "how_heard": G(lambda f: f.pick(["indeed", "friend", "jobcentre", "facebook"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
]

LOUNGE = [
    (
        "screen",
        "Lounge Details",
        ["swift", "kotlin"],
        {
            "lounge_id": G(lambda f: "lng_" + f.digits(3)),
            "lounge_name": G(lambda f: f.pick(LOUNGES)),
            "airport": G(lambda f: f.pick(AIRPORTS)),
            "terminal": G(lambda f: f.pick(TERMINALS)),
            "rating": G(lambda f: round(f.r.uniform(3.2, 4.9), 1)),
        },
    ),
    (
        "track",
        "Lounges Searched",
        ["web"],
        {
            "q": G(
                lambda f: f.pick(
                    ["changi t3 shower", "heathrow lounge kids", "istanbul cip", "quiet lounge gatwick"]
                )
            ),
            "airport_code": G(lambda f: f.pick(AIRPORTS)),
            "date": G(flight_date),
            "adults": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Lounge Pass Purchased",
        ["swift", "web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "pass_id": G(lambda f: f.uuid()),
            "lounge_id": G(lambda f: "lng_" + f.digits(3)),
            "lounge_name": G(lambda f: f.pick(LOUNGES)),
            "visit_date": G(flight_date),
            "arrival_time": G(lambda f: f.pick(["05:30", "11:00", "16:45", "21:15"])),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "guest_names": Many(Y(full, "name"), 3),
            "allergies": Opt(
                Many(
                    Y(lambda f: f.pick(["peanuts", "gluten", "shellfish", "sesame", "lactose"]), "allergy"), 2
                ),
                0.5,
            ),
            "children_dob": Opt(Many(Y(lambda f: f.date(2012, 2024), "birthdate"), 2), 0.4),
            "flight_number": G(lambda f: f.pick(FLIGHTS)),
            "price": G(lambda f: money(f, 25, 140)),
            "currency": G(lambda f: f.pick(["GBP", "SGD", "TRY"])),
            "payment_method": G(lambda f: f.pick(["apple_pay", "card", "google_pay"])),
        },
    ),
    (
        "track",
        "Lounge Checked In",
        ["flutter"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "lounge_id": G(lambda f: "lng_" + f.digits(3)),
            "access_type": G(
                lambda f: f.pick(["priority_pass", "dragonpass", "loungekey", "jetside_member", "walk_in"])
            ),
            "membership_number": G(lambda f: f.pick(["PP", "DP", ""]) + d(f, 13)),
            "member_name": Y(full, "name"),
            "boarding_pass_scanned": G(lambda f: f.pick([True, False])),
            "bcbp": Y(bcbp, "name", True),
            "flight_number": G(lambda f: f.pick(FLIGHTS)),
            "seat": G(lambda f: f"{f.r.randint(1, 60)}{f.pick('ABCDEFK')}"),
            "cabin": G(lambda f: f.pick(["economy", "premium_economy", "business"])),
            "guests": Many(
                {"name": Y(full, "name"), "age_band": G(lambda f: f.pick(["adult", "child_2_11", "infant"]))},
                3,
            ),
            "host_id": G(lambda f: "st_" + f.digits(4)),
            "host_name": Y(lambda f: first(f, f.pick(["sg_cn", "my", "sg_in", "gb", "tr"])), "name"),
            "desk": G(lambda f: f.pick(["A", "B"])),
            "card_bin": G(lambda f: f.pick(["374245", "535522", "454313"])),
            "checked_in_at": G(iso),
            "nric_partial": Opt(
                RED(lambda f: (lambda n: n[0] + "****" + n[5:])(nric(f)), "national id"), 0.4
            ),
        },
    ),
    (
        "track",
        "Staff Commended",
        ["flutter", "swift"],
        {
            "lounge_id": G(lambda f: "lng_" + f.digits(3)),
            "rating": G(lambda f: f.r.randint(4, 5)),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Huge thanks to {} at the desk, so helpful",
                        "{} found my lost passport!",
                        "Please pass on our thanks to {}",
                        "{} made our honeymoon start perfectly",
                    ]
                ).format(first(f)),
                "name",
                True,
            ),
            "shared_publicly": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lounge Review Submitted",
        ["swift", "kotlin", "web"],
        {
            "lounge_id": G(lambda f: "lng_" + f.digits(3)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great showers, food was a bit cold",
                        "Too crowded at 7am",
                        "Lovely quiet space, good coffee",
                        "Çok kalabalıktı ama personel ilgiliydi",
                        "Worth it for the runway view",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["swift"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "dateOfBirth": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["British", "Singaporean", "Turkish", "Malaysian", "Indian"]), "citizenship"
            ),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "avatarUrl": Y(lambda f: "https://cdn.jetside.com/avatars/" + f.hexid(16) + ".jpg", "photo"),
            "membershipTier": G(lambda f: f.pick(["blue", "silver", "gold"])),
            "memberNumber": G(lambda f: "JS" + f.digits(9)),
            "frequentFlyer": {
                "airline": G(lambda f: f.pick(["BA", "SQ", "TK", "VS"])),
                "number": G(lambda f: f.digits(f.pick([8, 10]))),
                "tier": G(
                    lambda f: f.pick(["Bronze", "Silver", "Gold", "Elite Plus", "KrisFlyer Elite Gold"])
                ),
            },
            "homeAirport": G(lambda f: f.pick(AIRPORTS)),
            "pushOptIn": G(opt_in),
            "createdAt": G(iso),
        },
    ),
    (
        "track",
        "Membership Renewed",
        ["dotnet"],
        {
            "membershipId": G(lambda f: f.r.randint(100000, 999999)),
            "memberNumber": G(lambda f: "JS" + f.digits(9)),
            "plan": G(lambda f: f.pick(["Lounge Unlimited", "Lounge 12", "Corporate Lounge"])),
            "renewalDate": G(lambda f: flight_date(f)),
            "amountPaid": G(lambda f: money(f, 99, 699)),
            "currency": G(lambda f: f.pick(["GBP", "SGD"])),
            "cardholderName": Y(full, "name"),
            "cardLast4": G(lambda f: d(f, 4)),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "paymentToken": RED(stripe_pm, "token"),
            "memberEmail": Y(email, "email"),
            "invoiceNumber": G(lambda f: "INV-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        ["web"],
        {
            "voucher_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["Lounge Pass for 2", "Fast Track + Lounge", "Lounge Pass"])),
            "amount": G(lambda f: money(f, 30, 200)),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(first, "name"),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday {}!",
                        "Bon voyage {} x",
                        "{}, enjoy the lounge before your flight!",
                        "İyi yolculuklar {}",
                    ]
                ).format(first(f)),
                "name",
                True,
            ),
            "delivery_date": G(flight_date),
        },
    ),
]

FAST_TRACK = [
    (
        "track",
        "Fast Track Booked",
        ["web", "kotlin"],
        {
            "booking_reference": G(booking_ref),
            "airport": G(lambda f: f.pick(AIRPORTS)),
            "terminal": G(lambda f: f.pick(TERMINALS)),
            "slot_start": G(lambda f: flight_date(f) + "T" + f.pick(["05:00", "05:30", "12:00", "18:30"])),
            "passengers": G(lambda f: f.r.randint(1, 5)),
            "passenger_names": Many(Y(full, "name"), 4),
            "lead_email": Y(email, "email"),
            "lead_phone": Y(phone, "phone"),
            "price": G(lambda f: money(f, 6, 40)),
            "voucher_code": G(lambda f: "FT" + alnum(f, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        ["web", "swift"],
        {
            "booking_reference": G(booking_ref),
            "service": G(lambda f: f.pick(["arrival_fast_track", "vip_meet_and_greet"])),
            "passengers": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "date_of_birth": Y(lambda f: f.date(1940, 2023), "birthdate"),
                    "nationality": Y(lambda f: f.pick(["GB", "TR", "SG", "MY", "IN", "DE"]), "citizenship"),
                    "passport_number": RED(lambda f: f.pick(["", "U", "K", "A"]) + d(f, 8), "passport"),
                    "passport_expiry": G(lambda f: f"20{f.r.randint(26, 34)}-{f.r.randint(1, 12):02d}-01"),
                    "is_lead": G(lambda f: f.pick([True, False])),
                    "age_band": G(lambda f: f.pick(["adult", "child", "infant"])),
                },
                4,
            ),
            "arrival_flight": G(lambda f: f.pick(FLIGHTS)),
        },
    ),
    (
        "track",
        "fast-track-scanned",
        ["go"],
        {
            "voucher-code": G(lambda f: "FT" + alnum(f, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "lane-id": G(lambda f: f.pick(["T5-N-FT1", "S-FT2", "IST-DH-FT3"])),
            "scanner-id": G(lambda f: f.hexid(8)),
            "result": G(lambda f: f.pick(["accepted", "accepted", "expired", "already_used"])),
            "bp-name": Y(
                lambda f: f"{last(f).translate(FOLD).upper()}/{first(f).translate(FOLD).upper()}", "name"
            ),
            "bp-flight": G(lambda f: f.pick(FLIGHTS).replace(" ", "")),
            "queue-wait-sec": G(lambda f: f.r.randint(10, 600)),
            "scanned-at": G(iso),
        },
    ),
    (
        "track",
        "Assistance Requested",
        ["web", "swift"],
        {
            "booking_reference": G(booking_ref),
            "service_type": G(lambda f: f.pick(["meet_and_assist", "arrival_assist", "departure_assist"])),
            "airport": G(lambda f: f.pick(AIRPORTS)),
            "ssr_code": RED(
                lambda f: f.pick(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA"]), "disability", True
            ),
            "wheelchair_required": RED(lambda f: f.pick([True, False]), "disability"),
            "own_wheelchair_type": RED(
                lambda f: f.pick(["manual", "electric", "mobility_scooter"]), "disability"
            ),
            "sunflower_lanyard": RED(lambda f: f.pick([True, False]), "disability"),
            "guide_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "oxygen_required": Y(lambda f: f.pick([True, False]), "condition"),
            "medif_submitted": Y(lambda f: f.pick([True, False]), "condition"),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "Recovering from hip replacement, cannot walk far",
                        "Parkinson's, needs extra time at security",
                        "Epilepsy, travelling with medication",
                        "Type 1 diabetic with insulin pump, do not scan pump",
                        "Dementia, may become disoriented",
                    ]
                ),
                "condition|diagnosis",
            ),
            "passenger_name": Y(full, "name"),
            "passenger_dob": Y(lambda f: f.date(1930, 2020), "birthdate"),
            "companion_name": Y(full, "name"),
            "companion_phone": Y(phone, "phone"),
            "medications": Opt(
                Many(
                    Y(lambda f: f.pick(["levodopa", "insulin", "levetiracetam", "warfarin"]), "medication"), 2
                ),
                0.5,
            ),
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "daughter", "son", "carer", "friend"])),
            },
            "travel_insurance_policy": Opt(
                Y(lambda f: f.pick(["AXA", "ALZ", "POL"]) + "-" + d(f, 9), "identification"), 0.5
            ),
            "age_band": G(lambda f: f.pick(["0-11", "12-17", "18-64", "65-79", "80+"])),
            "arrival_flight": G(lambda f: f.pick(FLIGHTS)),
        },
    ),
    (
        "track",
        "Assistance Job Completed",
        ["java"],
        {
            "job_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "booking_reference": G(booking_ref),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "agent_name": Y(lambda f: full(f, f.pick(["sg_cn", "sg_in", "my", "gb"])), "name"),
            "minutes_with_passenger": G(lambda f: f.r.randint(10, 140)),
            "buggy_used": G(lambda f: f.pick([True, False])),
            "handed_to_airline": G(lambda f: f.pick([True, False])),
            "completed_at": G(iso),
        },
    ),
    (
        "track",
        "Yardım Talebi Oluşturuldu",
        ["php"],
        {
            "talep_no": G(lambda f: "YT" + f.digits(8)),
            "yolcu_adi": Y(lambda f: first(f, "tr"), "name"),
            "yolcu_soyadi": Y(lambda f: last(f, "tr"), "name"),
            "telefon": Y(lambda f: phone(f, "tr"), "phone"),
            "eposta": Y(email, "email"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "ucus_no": G(lambda f: f.pick(["TK1980", "PC2010", "TK 2310", "AJ 2103"])),
            "ucus_tarihi": G(flight_date),
            "havalimani": G(lambda f: f.pick(["IST", "SAW", "AYT", "ADB"])),
            "tekerlekli_sandalye": RED(lambda f: f.pick([True, False]), "disability"),
            "refakatci_adi": Y(lambda f: full(f, "tr"), "name"),
            "vize_durumu": RED(lambda f: f.pick(["e-vize", "vize muafiyeti", "ikamet izni"]), "visa"),
            "notlar": G(
                lambda f: f.pick(["", "Kapıya kadar eşlik istendi", "Aktarmalı yolcu", "Bagaj yardımı"])
            ),
            "durum": G(lambda f: f.pick(["yeni", "onaylandı", "iptal"])),
        },
    ),
]

FLIGHT = [
    (
        "track",
        "Flight Details Added",
        ["web", "swift", "kotlin"],
        {
            "booking_reference": G(booking_ref),
            "outbound_flight_number": G(lambda f: f.pick(FLIGHTS)),
            "airline_iata": G(lambda f: f.pick(["BA", "SQ", "TK", "PC", "U2", "VS"])),
            "departure_airport": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(
                lambda f: f.pick(["Dubai", "New York JFK", "Antalya", "Bali Denpasar", "Kuala Lumpur"])
            ),
            "departure_time": G(
                lambda f: flight_date(f) + "T" + f.pick(["06:10", "13:25", "21:40"]) + ":00Z"
            ),
            "pnr": G(pnr),
            "ticket_number": G(ticket_number),
        },
    ),
    (
        "track",
        "Boarding Pass Scanned",
        ["swift", "kotlin"],
        {
            "barcode": Y(bcbp, "name", True),
            "format": G(lambda f: f.pick(["PDF417", "AZTEC", "QR"])),
            "flight_number": G(lambda f: f.pick(FLIGHTS)),
            "seat": G(lambda f: f"{f.r.randint(1, 60)}{f.pick('ABCDEFK')}"),
            "sequence_number": G(lambda f: f.r.randint(1, 320)),
            "passenger_name": Y(
                lambda f: f"{last(f).translate(FOLD).upper()}/{first(f).translate(FOLD).upper()}", "name"
            ),
            "frequent_flyer_number": G(lambda f: f.digits(9)),
            "frequent_flyer_airline": G(lambda f: f.pick(["BA", "SQ", "TK"])),
            "eligible_for_lounge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Flight Status Changed",
        ["node"],
        {
            "flightId": G(lambda f: f.r.randint(1_100_000_000, 1_199_999_999)),
            "carrierFsCode": G(lambda f: f.pick(["BA", "SQ", "TK"])),
            "flightNumber": G(lambda f: str(f.r.randint(1, 2999))),
            "departureAirportFsCode": G(lambda f: f.pick(AIRPORTS)),
            "status": G(lambda f: f.pick(["S", "A", "L", "D", "C"])),
            "delays": {"departureGateDelayMinutes": G(lambda f: f.r.randint(0, 240))},
            "operationalTimes": {
                "scheduledGateDeparture": {"dateUtc": G(iso)},
            },
        },
    ),
]

ACCOUNT = [
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["United Kingdom", "Singapore", "Türkiye", "Malaysia"])),
            },
            "vehicles": Many({"registration": Y(plate, "license"), "make": G(lambda f: f.pick(MAKES))}, 2),
            "loyaltyNumber": G(lambda f: "JS" + f.digits(9)),
            "preferredAirport": G(lambda f: f.pick(AIRPORTS)),
            "marketingOptIn": G(opt_in),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(iso),
            "bookingsCount": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "referral_code": G(
                lambda f: f.pick(["", "REF-" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])
            ),
            "marketing_consent": G(opt_in),
            "signup_source": G(lambda f: f.pick(["checkout", "header", "app_onboarding"])),
        },
    ),
    (
        "track",
        "Manage Booking Searched",
        ["web"],
        {
            "input": Y(email, "email", True),
            "bookings_found": G(lambda f: f.r.randint(0, 4)),
            "lookup_method": G(lambda f: "email"),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["python"],
        {
            "link": RED(
                lambda f: (
                    "https://www.jetside.com/auth/verify?token="
                    + alnum(f, 43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
                True,
            ),
            "expires_in_sec": G(lambda f: 900),
            "delivery": G(lambda f: "email"),
            "template": G(lambda f: "magic_link_v3"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python", "node"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "otp": RED(lambda f: d(f, 6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "netgsm"])),
            "phone_country": G(lambda f: f.pick(["GB", "TR", "SG", "MY"])),
        },
    ),
    (
        "track",
        "Account Security Updated",
        ["web", "swift"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_changed": G(lambda f: f.pick([True, False])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "passkey"])),
            "failed_login_count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["kotlin", "swift", "web"],
        {
            "email_opt_in": G(opt_in),
            "sms_opt_in": G(opt_in),
            "push_opt_in": G(opt_in),
            "preferred_contact": G(lambda f: f.pick(["email", "sms", "phone", "push"])),
            "language": G(lambda f: f.pick(["en", "tr", "ms", "zh"])),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        ["python"],
        {
            "changes": Many(
                OneOf(
                    {
                        "field": G(lambda f: "email"),
                        "from": Y(email, "email|phone", True),
                        "to": Y(email, "email|phone", True),
                    },
                    {
                        "field": G(lambda f: "mobile"),
                        "from": Y(phone, "email|phone", True),
                        "to": Y(phone, "email|phone", True),
                    },
                ),
                2,
            ),
            "source": G(lambda f: f.pick(["account_page", "support_agent"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "checkout_contact"),
            "field": {
                "name": G(lambda f: "mobile"),
                "type": G(lambda f: "tel"),
                "value": Y(phone, "phone", True),
            },
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "python"],
        {},
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["web"],
        {
            "list": G(lambda f: "saved_travellers"),
            "label": Y(full, "name", True),
            "index": G(lambda f: f.r.randint(0, 5)),
            "is_account_holder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "web"],
        {
            "referral_code": G(lambda f: "REF-" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "recipient_email": Y(email, "email"),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([5, 10])),
        },
    ),
    (
        "track",
        "Conversion Relayed",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "InitiateCheckout"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: hashed(email(f)), "email"),
                "ph": Y(lambda f: hashed(phone(f).replace(" ", "")), "phone"),
                "external_id": G(lambda f: hashed("usr_" + f.digits(7))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    lambda f: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148"
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: money(f, 20, 400)),
                "currency": G(lambda f: f.pick(["GBP", "SGD"])),
                "content_ids": Many(G(lambda f: f.pick(["LHR-T5-MG", "LNG-PASS-A", "FT-SEC-1"])), 2),
            },
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        ["web"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Opt(Y(fbclid, "advertising id"), 0.4),
            "landing_page": G(lambda f: f.pick(["/parking/heathrow", "/lounges/changi", "/fast-track"])),
            "experiment_id": G(lambda f: f.pick(["exp_hero_v2", "exp_price_anchor"])),
            "variant": G(lambda f: f.pick(["control", "b"])),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(400000, 499999)),
            "subject": G(
                lambda f: f.pick(
                    ["Refund not received", "Car not at pickup point", "Change dates", "Lounge refused entry"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "I cancelled more than 48h before and still have no refund.",
                        "Waited 40 minutes at the forecourt for the car.",
                        "Can I move my booking two days later?",
                        "The desk said my pass was not valid for today.",
                    ]
                )
            ),
            "requester": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Opt(Y(phone, "phone"), 0.6),
            },
            "via": G(lambda f: f.pick(["web", "email", "chat"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["refund", "valet", "lounge", "vip"])), 3),
            "assignee_id": G(lambda f: f.r.randint(36000000000, 36999999999)),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + "5f1e0a8b2c3d4e5f6a7b8c9d0e1f2a3b"),
            "From": Y(lambda f: e164(f, f.pick(["gb", "tr", "sg"])), "phone", True),
            "To": G(lambda f: f.pick(["+442038080500", "+902165550100", "+6531650200"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "Direction": G(lambda f: "inbound"),
            "FromCountry": G(lambda f: f.pick(["GB", "TR", "SG"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".recvd-" + f.hexid(10) + "-1"),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(
                G(
                    lambda f: (
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)"
                    )
                ),
                0.5,
            ),
            "category": Many(G(lambda f: f.pick(["booking_confirmation", "transactional", "reminder"])), 2),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python", "php"],
        {
            "to": Y(lambda f: e164(f, f.pick(["gb", "tr", "sg", "my"])), "phone", True),
            "body": G(
                lambda f: f.pick(
                    [
                        f"Your Jetside booking {booking_ref(f)} is confirmed.",
                        "Your driver is on the way to the forecourt. Reply STOP to opt out.",
                        f"Doğrulama kodunuz gönderildi. Rezervasyon: {booking_ref(f)}",
                        "Your lounge pass is ready in the app.",
                    ]
                )
            ),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
            "provider": G(lambda f: f.pick(["twilio", "netgsm", "vonage"])),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["java"],
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "amount": G(lambda f: money(f, 5, 300)),
            "currency": G(lambda f: "GBP"),
            "method": G(lambda f: f.pick(["bank_transfer", "original_card"])),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(lambda f: f.pick(["20-45-77", "40-11-62", "30-94-57", "60-16-13"])),
            "account_number": RED(lambda f: d(f, 8), "bank account"),
            "reason": G(lambda f: f.pick(["cancellation", "service_failure", "goodwill"])),
            "approved_by": G(lambda f: "agent_" + f.digits(3)),
        },
    ),
]

CORPORATE = [
    (
        "group",
        None,
        ["node", "dotnet"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Globex Logistics Ltd",
                        "Initech Asia Pte Ltd",
                        "Anadolu Enerji A.Ş.",
                        "Northwind Pharma",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Logistics", "Energy", "Pharmaceuticals", "Software"])),
            "employees": G(lambda f: f.pick([45, 320, 1800, 12000])),
            "plan": G(lambda f: f.pick(["corporate_standard", "corporate_plus"])),
            "website": G(lambda f: f.pick(["https://globexlogistics.co.uk", "https://initech.com.sg"])),
            "invoiceEmail": G(
                lambda f: f.pick(
                    [
                        "travel@globexlogistics.co.uk",
                        "accounts@initech.com.sg",
                        "seyahat@anadoluenerji.com.tr",
                    ]
                )
            ),
            "mainPhone": G(lambda f: f.pick(["+44 161 496 0000", "+65 6221 0800", "+90 212 555 0144"])),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(["1 Spinningfields", "8 Marina View #20-01", "Büyükdere Cad. No:185"])
                ),
                "city": G(lambda f: f.pick(["Manchester", "Singapore", "İstanbul"])),
                "postalCode": G(lambda f: f.pick(["M3 3AP", "018960", "34394"])),
                "country": G(lambda f: f.pick(["GB", "SG", "TR"])),
            },
            "createdAt": G(iso),
            "accountManager": Y(lambda f: full(f, f.pick(["gb", "sg_cn", "tr"])), "name"),
        },
    ),
    (
        "track",
        "Corporate Booking Made",
        ["dotnet"],
        {
            "bookingId": G(lambda f: f.r.randint(5_000_000, 5_999_999)),
            "companyId": G(lambda f: "corp_" + f.digits(4)),
            "costCentre": G(lambda f: f.pick(["CC-1040", "SALES-EMEA", "OPS-SG"])),
            "purchaseOrder": G(lambda f: "PO" + f.digits(7)),
            "travellerName": Y(full, "name"),
            "travellerEmail": Y(lambda f: email(f, corp=True), "email"),
            "travellerMobile": Y(lambda f: phone(f, f.pick(["gb", "sg", "tr"])), "phone"),
            "travellerEmployeeId": G(lambda f: f.digits(6)),
            "bookerEmail": Y(lambda f: email(f, corp=True), "email"),
            "serviceType": G(lambda f: f.pick(["Parking", "Lounge", "FastTrack", "MeetAndAssist"])),
            "airport": G(lambda f: f.pick(AIRPORTS)),
            "amount": G(lambda f: money(f, 15, 600)),
            "vatAmount": G(lambda f: money(f, 2, 120)),
            "approvalRequired": G(lambda f: f.pick([True, False])),
            "approverName": Y(full, "name"),
        },
    ),
    (
        "track",
        "Employee Invited",
        ["dotnet"],
        {
            "inviteeEmail": Y(lambda f: email(f, corp=True), "email"),
            "inviteeName": Y(full, "name"),
            "role": G(lambda f: f.pick(["traveller", "booker", "admin"])),
            "invitedBy": G(lambda f: "usr_" + f.digits(7)),
            "inviteToken": RED(lambda f: alnum(f, 32), "token"),
            "expiresAt": G(iso),
            "seatsRemaining": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "track",
        "Invoice Generated",
        ["java"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "company_id": G(lambda f: "corp_" + f.digits(4)),
            "period": G(lambda f: f"2025-{f.r.randint(1, 12):02d}"),
            "net_total": G(lambda f: money(f, 100, 40000)),
            "vat_total": G(lambda f: money(f, 20, 8000)),
            "currency": G(lambda f: f.pick(["GBP", "SGD", "TRY"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "accounts@globexlogistics.co.uk",
                        "ap-invoices@initech.com.sg",
                        "fatura@anadoluenerji.com.tr",
                    ]
                )
            ),
            "vat_number": G(lambda f: f.pick(["GB123456789", "GB987654312", "201912345K"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(lambda f: email(f, corp=True), "email"),
            "Title": G(
                lambda f: f.pick(["Travel Manager", "Finance Director", "EA to CEO", "Field Engineer"])
            ),
            "Company": G(
                lambda f: f.pick(["Globex Logistics Ltd", "Initech Asia Pte Ltd", "Anadolu Enerji A.Ş."])
            ),
            "Department": G(lambda f: f.pick(["Finance", "Operations", "Sales"])),
            "WorkPhone": Y(lambda f: phone(f, f.pick(["gb", "sg", "tr"])), "phone"),
            "MobilePhone": Y(lambda f: phone(f, f.pick(["gb", "sg", "tr"])), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2002) + "T00:00:00", "birthdate"),
            "PassportNumber": Opt(RED(lambda f: f.pick(["5", "1", "U", "K"]) + d(f, 8), "passport"), 0.5),
            "IsTravelBooker": G(lambda f: f.pick([True, False])),
            "CorporateAccountId": G(lambda f: "corp_" + f.digits(4)),
        },
    ),
]

WAREHOUSE = [
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1945, 2004), "birthdate"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "HOME_CITY": Y(home_city, "city"),
            "LAST_SEEN_IP": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(1, 60)),
            "LIFETIME_REVENUE_GBP": G(lambda f: money(f, 30, 9000)),
            "LAST_BOOKING_AT": G(iso),
            "PREFERRED_AIRPORT": G(lambda f: f.pick(AIRPORTS)),
            "HAS_ACTIVE_MEMBERSHIP": G(lambda f: f.pick([True, False])),
            "CUSTOMER_SEGMENT": G(lambda f: f.pick(["business_frequent", "family_holiday", "one_off"])),
            "MARKETING_CONSENT": G(opt_in),
            "USER_ID_SHA256": G(lambda f: hashed("usr_" + f.digits(7))),
        },
    ),
]

TURKISH = [
    (
        "track",
        "Rezervasyon Tamamlandı",
        ["php"],
        {
            "rezervasyon_no": G(lambda f: "IST" + f.digits(7)),
            "ad": Y(lambda f: first(f, "tr"), "name"),
            "soyad": Y(lambda f: last(f, "tr"), "name"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "cep_telefonu": Y(lambda f: phone(f, "tr"), "phone"),
            "e_posta": Y(email, "email"),
            "plaka": Y(lambda f: plate(f, "tr"), "license"),
            "arac_markasi": G(lambda f: f.pick(["Fiat", "Renault", "Toyota", "Volkswagen", "Togg"])),
            "otopark": G(
                lambda f: f.pick(["İstanbul Havalimanı Açık Otopark", "Sabiha Gökçen Kapalı Otopark"])
            ),
            "giris_tarihi": G(lambda f: flight_date(f) + " " + f.pick(["04:30", "11:00", "23:15"])),
            "cikis_tarihi": G(lambda f: flight_date(f) + " " + f.pick(["08:00", "17:45"])),
            "toplam_tutar": G(lambda f: money(f, 300, 6000)),
            "para_birimi": G(lambda f: "TRY"),
            "odeme_tipi": G(lambda f: f.pick(["kredi_karti", "havale", "nakit"])),
            "banka_ref_no": G(lambda f: d(f, 12)),
            "onay_kodu": G(lambda f: d(f, 6)),
            "fatura_tipi": G(lambda f: f.pick(["bireysel", "kurumsal"])),
            "fatura_adresi": Y(lambda f: street(f, "tr"), "address"),
            "il": G(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Kocaeli"])),
            "ilce": Y(
                lambda f: f.pick(["Kadıköy", "Üsküdar", "Beşiktaş", "Çankaya", "Karşıyaka", "Ataşehir"]),
                "city|address",
            ),
            "kvkk_onay": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "ad_soyad": Y(lambda f: full(f, "tr"), "name"),
            "eposta": Y(email, "email"),
            "telefon": Y(lambda f: phone(f, "tr"), "phone"),
            "dogum_tarihi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "cinsiyet": Y(lambda f: f.pick(["kadın", "erkek"]), "gender"),
            "uyruk": Y(lambda f: f.pick(["TC", "Türk", "Azerbaycan", "Almanya"]), "citizenship"),
            "sehir": Y(lambda f: f.pick(["İstanbul", "Ankara", "İzmir", "Bursa"]), "city"),
            "adres": Y(lambda f: street(f, "tr"), "address"),
            "meslek": G(lambda f: f.pick(["mühendis", "öğretmen", "doktor", "serbest meslek"])),
            "uye_no": G(lambda f: f.r.randint(100000, 999999)),
            "ticari_ileti_izni": G(opt_in),
            "kayit_tarihi": G(iso),
        },
    ),
    (
        "track",
        "İade Talebi Oluşturuldu",
        ["php"],
        {
            "iade_no": G(lambda f: "IADE-" + f.digits(6)),
            "rezervasyon_no": G(lambda f: "IST" + f.digits(7)),
            "iade_tutari": G(lambda f: money(f, 100, 4000)),
            "iban": RED(lambda f: iban(f, "TR"), "bank account"),
            "hesap_sahibi": Y(lambda f: full(f, "tr"), "name"),
            "aciklama": G(lambda f: f.pick(["Uçuş iptal oldu", "Tarih değişikliği", "Çift çekim", ""])),
            "kart_son_dort": G(lambda f: d(f, 4)),
        },
    ),
    (
        "track",
        "Kurumsal Fatura Oluşturuldu",
        ["php"],
        {
            "fatura_no": G(lambda f: "JSF2025" + f.digits(9)),
            "firma_unvani": G(lambda f: f.pick(["Anadolu Enerji A.Ş.", "Boğaziçi Lojistik Ltd. Şti."])),
            "vergi_dairesi": G(lambda f: f.pick(["Büyük Mükellefler", "Kozyatağı", "Mecidiyeköy"])),
            "vergi_no": G(lambda f: d(f, 10)),
            "tutar": G(lambda f: money(f, 1000, 90000)),
            "yetkili_kisi": Y(lambda f: full(f, "tr"), "name"),
            "yetkili_eposta": Y(lambda f: email(f, corp=True), "email"),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["php"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: full(f, "tr").upper(), "name"),
            "error_code": G(lambda f: f.pick(["05", "51", "54", "3DS_FAIL"])),
            "issuer_bank": G(lambda f: f.pick(["Garanti BBVA", "İş Bankası", "Yapı Kredi", "Akbank"])),
            "installments": G(lambda f: f.pick([1, 3, 6])),
        },
    ),
]

MALAY = [
    (
        "track",
        "Tempahan Disahkan",
        ["java"],
        {
            "no_tempahan": G(lambda f: "MY" + f.digits(8)),
            "nama_penuh": Y(lambda f: full(f, f.pick(["my", "sg_cn", "sg_in"])), "name"),
            "no_kad_pengenalan": RED(mykad, "national id"),
            "no_telefon": Y(lambda f: phone(f, f.pick(["my", "sg"])), "phone"),
            "emel": Y(email, "email"),
            "no_pendaftaran_kenderaan": Y(lambda f: plate(f, f.pick(["my", "sg"])), "license"),
            "jenis_perkhidmatan": G(
                lambda f: f.pick(["tempat letak kereta", "ruang rehat", "laluan pantas"])
            ),
            "lapangan_terbang": G(lambda f: f.pick(["SIN", "KUL", "PEN"])),
            "tarikh_masuk": G(flight_date),
            "tarikh_keluar": G(flight_date),
            "jumlah_bayaran": G(lambda f: money(f, 20, 600)),
            "mata_wang": G(lambda f: f.pick(["MYR", "SGD"])),
            "kerusi_roda": RED(lambda f: f.pick([True, False]), "disability"),
            "alamat_bil": Y(lambda f: street(f, f.pick(["my", "sg"])), "address"),
            "status": G(lambda f: f.pick(["disahkan", "menunggu", "dibatalkan"])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "nama": Y(lambda f: full(f, "my"), "name"),
            "emel": Y(email, "email"),
            "no_telefon": Y(lambda f: phone(f, "my"), "phone"),
            "jantina": Y(lambda f: f.pick(["lelaki", "perempuan"]), "gender"),
            "tarikh_lahir": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "alamat": Y(lambda f: street(f, "my"), "address"),
            "poskod": Y(lambda f: f.pick(["50", "47", "81", "10"]) + d(f, 3), "zipcode"),
            "negeri": G(lambda f: f.pick(["Selangor", "Johor", "Pulau Pinang", "W.P. Kuala Lumpur"])),
            "bahasa": G(lambda f: f.pick(["ms", "en", "zh"])),
            "no_ahli": G(lambda f: "JS" + f.digits(9)),
        },
    ),
    (
        "track",
        "Pas Ruang Rehat Dibeli",
        ["java", "flutter"],
        {
            "id_pas": G(lambda f: f.uuid()),
            "nama_ruang_rehat": G(
                lambda f: f.pick(["SATS Premier Lounge T1", "Marhaba Lounge Changi T3", "Plaza Premium KLIA"])
            ),
            "tarikh_lawatan": G(flight_date),
            "bilangan_tetamu": G(lambda f: f.r.randint(0, 3)),
            "no_pasport": RED(
                lambda f: f.pick(["A", "H", "K", "E"]) + d(f, 8 if f.r.random() < 0.5 else 7), "passport"
            ),
            "no_penerbangan": G(lambda f: f.pick(["MH 603", "SQ 106", "AK 711", "TR 468"])),
            "harga": G(lambda f: money(f, 30, 150)),
        },
    ),
    (
        "track",
        "Singapore Arrival Registered",
        ["java"],
        {
            "booking_reference": G(booking_ref),
            "traveller_name": Y(lambda f: full(f, f.pick(["sg_cn", "sg_in", "my", "world"])), "name"),
            "nric_fin": RED(nric, "national id"),
            "passport_number": RED(
                lambda f: f.pick(["K", "E"]) + d(f, 7) + f.pick(string.ascii_uppercase), "passport"
            ),
            "passport_expiry": G(
                lambda f: f"20{f.r.randint(26, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "residency_status": RED(
                lambda f: f.pick(["employment_pass", "s_pass", "dependant_pass", "work_permit"]), "visa"
            ),
            "mobile": Y(lambda f: phone(f, "sg"), "phone"),
            "home_postal_code": Y(lambda f: f.pick(["5", "4", "1", "6"]) + d(f, 5), "zipcode"),
            "arrival_flight": G(lambda f: f.pick(["SQ317", "SQ 322", "BA 11", "TK 54"])),
        },
    ),
]

ANALYTICS = [
    (
        "screen",
        "Booking Details",
        ["kotlin", "swift"],
        {
            "booking_reference": G(booking_ref),
            "service": G(lambda f: f.pick(["parking", "lounge", "fast_track", "meet_and_assist"])),
            "status": G(lambda f: f.pick(["confirmed", "completed", "cancelled"])),
            "days_until_travel": G(lambda f: f.r.randint(-5, 120)),
        },
    ),
    (
        "track",
        "Application Opened",
        ["kotlin", "swift"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "650003"])),
        },
    ),
]

ALL = (
    PARKING
    + VALET
    + LOUNGE
    + FAST_TRACK
    + FLIGHT
    + ACCOUNT
    + SUPPORT
    + CORPORATE
    + WAREHOUSE
    + TURKISH
    + MALAY
)
ALL += ANALYTICS


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in ALL:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid() if client not in SERVER_LIBS else f"{client}-{f.uuid()}",
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if f.r.random() < 0.85 or kind == "alias":
                msg["userId"] = "usr_" + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "corp_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=315, repeats=30)
    write(Path(__file__).parent, "holdout315_", events, labels)
