"""Writes holdout317: tests/corpus/holdout317_events.jsonl and holdout317_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for format only) and the
reference's default matcher table, without reading the detection engine, its vocabularies, its
tests, other corpora's labels or any score. Nothing here was tuned to the engine; the corpus was
never scored by its author.

Domain: wheelchair and mobility-aid rental, repair and accessible transport in the UK, Sweden and
Vietnam: powered-chair and scooter hire (e-commerce spec events, a Stripe-shaped payment step,
hire agreements, deliveries), repairs and servicing visits, occupational-therapist assessments and
equipment prescriptions, funding and grant applications (Access to Work / PIP style, Swedish
bidrag, a Vietnamese charity programme), accessible taxi and minibus bookings with carers and
assistance dogs (Swedish färdtjänst, Vietnamese ride booking), a driver app, a back-office tool.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter and the
python, node, go, java, ruby, php and .NET server libraries, with their real `context` shapes
(ip, traits, device, app, library, locale, userAgent, campaign, location). Vendor-shaped payloads:
Stripe payment method, Twilio SMS status callback, Typeform response, Swish callback, VNPay
return, Zendesk-style ticket, Google Places selection. Keys are mostly camelCase and snake_case
English; about 18 % of paths are PascalCase (.NET, Twilio), kebab-case (a partner webhook), SCREAMING_SNAKE
(a warehouse sync) and Swedish or Vietnamese keys; values carry Swedish and Vietnamese text.

Conventions (as build.py): every leaf path under properties, traits and context carries one label
{classification, type, value_only}; `a|b` types where either matcher name is fair; a path has the
same label in every event that holds it; array elements are `[]`.

Labelling rules (the product's default colours, as given in the brief):
- PII is personal data about a natural person: the user, a recipient, a passenger, a carer, a
  dependant, a next of kin, staff (drivers, technicians, therapists, case officers). Colour is the
  reference default for the matcher; outside the reference: red for credentials and secrets,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (order, booking, agreement, asset tag, Twilio SIDs, VNPay and
  Swish references, HSA-style staff ids, loyalty / customer / claim numbers), versions, timestamps, hashes and
  HMAC signatures of non-PII, amounts, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `phoneCount`, `password_strength`, `nhs_number_verified`), product, plan,
  company, clinic, depot and pet names and pet data (an assistance dog's name, breed, birth date,
  microchip), places that are not the person's (a ride's destination venue, a depot, a clinic),
  country, region / province / kommun, locale, currency, user agents, OS-issued device ids, card
  brand, last four, expiry and masked PANs (BIN + last four), sort codes and Swedish clearing
  numbers, ages and age bands, marital status, job titles and employers, a business's own phone,
  e-mail and address (depot, clinic, role mailboxes, Twilio `From`, Swish merchant alias,
  call-masking proxy numbers), a Places session token (a UUID).
- Yellow: insurance policy and insurer member numbers (`identification`), prescription numbers
  including wheelchair / equipment prescriptions (`medication`), pay and income (`salary`), credit
  scores (`credit score`), vehicle plates (`license`), VINs and manufacturer serial numbers of the
  equipment (`serial`), ad click ids gclid / fbclid / fbp / fbc (`advertising id`), billing,
  delivery and pickup addresses of the person (`address`), diagnoses, ICD-10 codes and conditions.
- Red: payment-method tokens (`pm_`), one-time and verification codes, sign-in link and invite
  tokens (`token`), signing secrets (`secret`), passwords, full card numbers, bank account numbers
  and IBANs, national ids (NI number, personnummer, Vietnamese CCCD), NHS numbers and Vietnamese
  BHYT health-insurance card numbers (`health id`), right-to-work answers (`visa`), veteran status.
- A boolean or enum stating something about the person's disability or mobility (the mobility aid
  they use, needing a ramp, an assistance dog travelling with them, a Blue Badge, receiving PIP or
  its rate, transfer method, mobility level, Vietnamese disability type and severity) is
  `disability`, red. Attributes of a product or vehicle (seat width, max user weight, tail lift,
  wheelchair bays) are green.
- value_only is true when the key does not say what the value is (`value`, `q`, `input`, `text`,
  `Body`, `To`, `link`, `description`, `ghi_chu`, `payerAlias`, `notes_for_driver`, `access_notes`,
  `reason_for_referral`, Typeform's `text`, `date` and `choice.label`). A value_only
  PII path carries that PII in every one of its values; free text is labelled by what all its
  values carry, and free text that never carries PII is green (`fault_description`,
  a Swedish `note`, `delivery_instructions`, `vnp_OrderInfo`, `message`).
- Own decisions where the brief is silent (what a careful privacy owner would flag): a person's
  body weight recorded for a prescription is health data (`condition`, yellow); a pressure-injury
  risk grade is `condition`; a key-safe / door code in access notes is a credential (`secret`,
  red); a staff member's named work e-mail is personal (`email`), a role mailbox is not; the
  Vietnamese district (quan_huyen) of the person's address is `city`, the province is green like a
  state; a driver's or rider's live position is `geolocation`; a signature image URL is `photo`;
  a DBS certificate number is `certificate`; an OT's professional registration number is
  `license|certificate`; a ride's drop-off venue is a place, green; equipment recommended in an
  assessment is a product type, green; a Typeform response `token` is the response's id, green;
  a region's HSA id for a prescriber is a staff id the region issues, green.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- rendering: build.render plus fixed-order lists (Seq) and optional keys (Opt) -----------------


class Seq:
    """A JSON array whose elements follow these templates in order (vendor answer lists)."""

    def __init__(self, *items):
        self.items = items


class Opt:
    """A key present in a share `p` of the messages."""

    def __init__(self, template, p=0.6):
        self.template = template
        self.p = p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- people and places of the three markets ---------------------------------------------------------

UK_FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "George",
    "Aisha",
    "Mohammed",
    "Siobhan",
    "Gareth",
    "Priya",
    "Chidi",
    "Eilidh",
    "Margaret",
    "Declan",
    "Bethan",
    "Tomasz",
    "Grace",
    "Kofi",
]
UK_LAST = [
    "Hughes",
    "Patel",
    "Rahman",
    "O'Connor",
    "Evans",
    "Okonkwo",
    "MacLeod",
    "Williams",
    "Begum",
    "Kowalczyk",
    "Thompson",
    "Ahmed",
    "Davies",
    "Fraser",
    "Nwosu",
    "Clarke",
    "Jones",
    "Singh",
]
SE_FIRST = [
    "Astrid",
    "Erik",
    "Elsa",
    "Lars",
    "Maja",
    "Nils",
    "Ebba",
    "Johan",
    "Leila",
    "Ahmed",
    "Ingrid",
    "Göran",
    "Saga",
    "Björn",
    "Aisha",
    "Mikael",
    "Linnéa",
    "Hamid",
]
SE_LAST = [
    "Lindqvist",
    "Johansson",
    "Andersson",
    "Bergström",
    "Nyström",
    "Karlsson",
    "Åkesson",
    "Öberg",
    "Hassan",
    "Eriksson",
    "Lundgren",
    "Sjöberg",
    "Mohammadi",
    "Holm",
    "Virtanen",
    "Ali",
]
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Phan", "Võ"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hữu", "Thanh", "Quốc", "Bảo"]
VN_GIVEN = [
    "An",
    "Lan",
    "Minh",
    "Hương",
    "Tuấn",
    "Linh",
    "Dũng",
    "Mai",
    "Hải",
    "Thảo",
    "Phúc",
    "Trang",
    "Khoa",
    "Yến",
    "Long",
    "Ngân",
]
UK_STREETS = [
    "Wilmslow Road",
    "Kingsway",
    "Chapel Street",
    "Leith Walk",
    "Albert Road",
    "Church Lane",
    "Gloucester Road",
    "Victoria Avenue",
    "Station Road",
    "Mill Lane",
    "Park View",
    "Queen Street",
]
UK_TOWNS = [
    "Manchester",
    "Leeds",
    "Glasgow",
    "Cardiff",
    "Bristol",
    "Norwich",
    "Sheffield",
    "Belfast",
    "Edinburgh",
    "Stockport",
    "Swansea",
    "Leicester",
]
SE_STREETS = [
    "Storgatan",
    "Vasagatan",
    "Kungsgatan",
    "Sveavägen",
    "Drottninggatan",
    "Järnvägsgatan",
    "Skolgatan",
    "Björkvägen",
    "Södra Vägen",
    "Linnégatan",
    "Ringvägen",
]
SE_TOWNS = [
    "Stockholm",
    "Göteborg",
    "Malmö",
    "Uppsala",
    "Umeå",
    "Linköping",
    "Örebro",
    "Västerås",
    "Luleå",
    "Jönköping",
]
VN_STREETS = [
    "Phố Huế",
    "Nguyễn Trãi",
    "Lê Văn Sỹ",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Điện Biên Phủ",
    "Lý Thường Kiệt",
    "Cách Mạng Tháng Tám",
    "Nguyễn Văn Linh",
    "Hùng Vương",
]
VN_CITIES = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang"]
VN_DISTRICTS = [
    "Hai Bà Trưng",
    "Quận 3",
    "Quận Bình Thạnh",
    "Hải Châu",
    "Ninh Kiều",
    "Cầu Giấy",
    "Quận 10",
    "Thủ Đức",
    "Lê Chân",
    "Đống Đa",
]
VN_WARDS = [
    "Phường Bạch Đằng",
    "Phường 7",
    "Phường Thạch Thang",
    "Phường An Hòa",
    "Phường Dịch Vọng",
    "Phường 12",
    "Phường Linh Trung",
    "Phường Cát Linh",
]
MARKETS = ["uk", "se", "vn"]


def first(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    if m == "vn":
        return f.pick(VN_GIVEN)
    return f.pick(UK_FIRST if m == "uk" else SE_FIRST)


def last(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    if m == "vn":
        return f.pick(VN_FAMILY)
    return f.pick(UK_LAST if m == "uk" else SE_LAST)


def name(f: Fake, m: str | None = None) -> str:
    m = m or f.pick([*MARKETS, "other"])
    if m == "vn":
        return f"{f.pick(VN_FAMILY)} {f.pick(VN_MIDDLE)} {f.pick(VN_GIVEN)}"
    if m == "other":
        return f.full_name()
    return f"{first(f, m)} {last(f, m)}"


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    fn, ln = ascii_fold(first(f, m)).lower(), ascii_fold(last(f, m)).lower().replace("'", "")
    domains = {
        "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
        "se": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
        "vn": ["gmail.com", "yahoo.com.vn", "outlook.com", "fpt.vn"],
    }[m]
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}{f.r.randint(60, 99)}"]
    )
    return f"{local}@{f.pick(domains)}"


def work_email(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    fn, ln = ascii_fold(first(f, m)).lower(), ascii_fold(last(f, m)).lower().replace("'", "")
    domain = {
        "uk": ["nhs.net", "rollwell.co.uk"],
        "se": ["regionstockholm.se", "rollwell.se"],
        "vn": ["rollwell.vn", "benhvien108.vn"],
    }[m]
    return f"{fn}.{ln}@{f.pick(domain)}"


def phone(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    d = f.digits
    if m == "uk":
        n = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
        return f.pick([f"0{n[:4]} {n[4:]}", f"+44{n}", f"+44 {n[:4]} {n[4:7]} {n[7:]}", f"0{n}"])
    if m == "se":
        p, a, b, c = f.pick(["70", "72", "73", "76", "79"]), d(3), d(2), d(2)
        return f.pick([f"0{p}-{a} {b} {c}", f"+46 {p} {a} {b} {c}", f"+46{p}{a}{b}{c}", f"0{p}{a}{b}{c}"])
    p = f.pick(["91", "98", "90", "33", "86", "77", "35", "94"])
    a, b = d(3), d(4)
    return f.pick(
        [
            f"0{p}{a[0]} {a[1:]}{b[0]} {b[1:]}",
            f"+84 {p}{a[0]} {a[1:]}{b[0]} {b[1:]}",
            f"0{p}{a}{b}",
            f"+84{p}{a}{b}",
        ]
    )


def uk_postcode(f: Fake) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    area = f.pick(["M", "LS", "G", "CF", "BS", "NR", "S", "BT", "EH", "SK", "SA", "LE", "SW", "N", "E"])
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(0, 9)}{f.pick(letters)}{f.pick(letters)}"


def postcode(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    if m == "uk":
        return uk_postcode(f)
    if m == "se":
        return f"{f.r.randint(100, 984)} {f.r.randint(10, 99)}"
    return f"{f.r.randint(10, 95)}{f.r.randint(0, 9)}{f.r.randint(0, 9)}00"


def street(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    if m == "uk":
        flat = f.pick(["", "", f"Flat {f.r.randint(1, 24)}, "])
        return f"{flat}{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"
    if m == "se":
        extra = f.pick(["", "", f", lgh {f.r.randint(1001, 1403)}", "B"])
        return f"{f.pick(SE_STREETS)} {f.r.randint(1, 120)}{extra}"
    return f.pick(
        [
            f"Số {f.r.randint(1, 300)} ngõ {f.r.randint(2, 200)} {f.pick(VN_STREETS)}",
            f"{f.r.randint(1, 500)} {f.pick(VN_STREETS)}",
            f"{f.r.randint(10, 99)}/{f.r.randint(1, 30)} {f.pick(VN_STREETS)}",
        ]
    )


def town(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    return f.pick({"uk": UK_TOWNS, "se": SE_TOWNS, "vn": VN_CITIES}[m])


def full_address(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    if m == "uk":
        return f"{street(f, m)}, {town(f, m)} {uk_postcode(f)}"
    if m == "se":
        return f"{street(f, m)}, {postcode(f, m)} {town(f, m)}"
    return f"{street(f, m)}, {f.pick(VN_WARDS)}, {f.pick(VN_DISTRICTS)}, {town(f, m)}"


def birthdate(f: Fake, lo=1932, hi=2006) -> str:
    return f.date(lo, hi)


def personnummer(f: Fake, long=None) -> str:
    y, mo, dd = f.r.randint(1935, 2012), f.r.randint(1, 12), f.r.randint(1, 28)
    base = f"{y % 100:02d}{mo:02d}{dd:02d}{f.r.randint(0, 999):03d}"
    full = f.luhn_complete(base)
    sep = "+" if y < 1924 else "-"
    long = f.r.random() < 0.5 if long is None else long
    if long:
        return f"{y // 100}{full[:6]}{f.pick(['-', ''])}{full[6:]}"
    return f"{full[:6]}{sep}{full[6:]}"


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        check = 0 if check == 11 else check
        raw = "".join(map(str, body)) + str(check)
        return f.pick([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"])


def nino(f: Fake) -> str:
    first_l = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first_l) + f.pick(second)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digits = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


VN_PROVINCES = ["001", "079", "048", "046", "092", "031", "056", "038"]


def cccd(f: Fake) -> str:
    year = f.r.randint(1940, 2008)
    gender = f.r.randint(0, 1) + (2 if year >= 2000 else 0)
    return f"{f.pick(VN_PROVINCES)}{gender}{year % 100:02d}{f.r.randint(0, 999999):06d}"


def bhyt(f: Fake) -> str:
    group = f.pick(["HT", "DN", "GD", "HN", "CK", "TE", "BT"])
    province = f.pick(["01", "79", "48", "46", "92", "31"])
    return f"{group}{f.r.randint(1, 5)}{province}{f.digits(10)}"


def iban(f: Fake, country: str) -> str:
    if country != "SE":
        return f.iban(country)
    bban = f.pick(["800", "500", "600", "300", "120"]) + "".join(str(f.r.randint(0, 9)) for _ in range(17))
    numeric = "".join(str(int(c, 36)) for c in bban + "SE00")
    raw = f"SE{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def uk_licence(f: Fake) -> str:
    """DVLA layout: surname padded with 9s, 6 digits of birth date, initials, 9, two check letters."""
    surname = ascii_fold(last(f, "uk")).upper().replace("'", "")[:5].ljust(5, "9")
    letters = "ABCDEFGHJKLMNPRSTWXY"
    return f"{surname}{f.digits(6)}{alnum(f, 2, letters)}9{alnum(f, 2, letters)}"


def uk_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    return (
        f"{f.pick(letters)}{f.pick(letters)}{f.pick(['19', '69', '20', '70', '21', '71', '23', '73'])}"
        f" {f.pick(letters)}{f.pick(letters)}{f.pick(letters)}"
    )


def plate(f: Fake, m: str | None = None) -> str:
    m = m or f.pick(MARKETS)
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    if m == "uk":
        return uk_plate(f)
    if m == "se":
        tail = f.pick([str(f.r.randint(0, 9)), f.pick(letters)])
        return f"{f.pick(letters)}{f.pick(letters)}{f.pick(letters)} {f.r.randint(10, 99)}{tail}"
    province = f.pick(["29", "30", "51", "43", "65", "15"])
    return f"{province}{f.pick('ABCDEFGHK')}-{f.r.randint(100, 999)}.{f.r.randint(10, 99)}"


VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["WV2", "VF1", "WF0", "SAL", "YV1", "WDB"])
    rest = (
        wmi
        + "".join(f.pick(chars) for _ in range(5))
        + "0"
        + f.pick("KLMNPR")
        + "".join(f.pick(chars) for _ in range(7))
    )
    total = sum(VIN_VALUES[c] * w for c, w in zip(rest, VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return rest[:8] + check + rest[9:]


def alnum(f: Fake, n: int, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return (
        f.pick(["Cj0KCQjw", "CjwKCAiA", "EAIaIQob"])
        + alnum(f, 70, string.ascii_letters + string.digits + "-_")
        + "_BwE"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, string.ascii_letters + string.digits + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def serial(f: Fake) -> str:
    return f.pick(
        [
            f"PM{f.r.randint(20, 24)}{f.digits(7)}",
            f"SN-{alnum(f, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{f.digits(6)}",
            f"{f.digits(2)}{alnum(f, 2, 'ABCDEFGHKLMNPRSTWXYZ')}{f.digits(8)}",
        ]
    )


def when(f: Fake, days=60) -> str:
    return f.iso().replace("2024-", f.pick(["2024-", "2025-"]))


def ymd(f: Fake, lo=2024, hi=2025) -> str:
    return f.date(lo, hi)


PRODUCTS = [
    ("Permobil M3 Corpus", "Permobil", "Powered wheelchair", 165.0),
    ("Quickie Q500 M Sedeo Pro", "Sunrise Medical", "Powered wheelchair", 149.0),
    ("Invacare Action 3NG", "Invacare", "Manual wheelchair", 18.5),
    ("Küschall Compact 2.0", "Küschall", "Manual wheelchair", 24.0),
    ("Pride Colt Executive", "Pride Mobility", "Mobility scooter", 42.0),
    ("TGA Breeze Midi 4", "TGA", "Mobility scooter", 39.0),
    ("Drive Zoom Rollator", "Drive DeVilbiss", "Rollator", 8.5),
    ("Karma Ergo Lite 2", "Karma Medical", "Transit wheelchair", 12.0),
    ("Etac Prio tilt-in-space", "Etac", "Comfort wheelchair", 55.0),
    ("Alber e-motion M25", "Alber", "Power-assist wheels", 60.0),
    ("Xe lăn điện Lucass XE-120", "Lucass", "Powered wheelchair", 99.0),
    ("Hoist Molift Smart 150", "Etac", "Patient hoist", 48.0),
]
CURRENCY = {"uk": "GBP", "se": "SEK", "vn": "VND"}
DEPOTS = [
    (
        "Rollwell Manchester Depot",
        "Unit 4, Trafford Park Rd, Manchester M17 1HB",
        "+44 161 496 0123",
        "manchester@rollwell.co.uk",
        53.4631,
        -2.2921,
    ),
    (
        "Rollwell Leeds",
        "12 Kirkstall Rd, Leeds LS3 1LH",
        "0113 496 0455",
        "leeds@rollwell.co.uk",
        53.8008,
        -1.5691,
    ),
    (
        "Rollwell Hjälpmedel Solna",
        "Frösundaleden 2A, 169 70 Solna",
        "08-123 456 00",
        "solna@rollwell.se",
        59.3656,
        18.0124,
    ),
    (
        "Rollwell Göteborg",
        "Ringögatan 12, 417 07 Göteborg",
        "031-700 12 00",
        "goteborg@rollwell.se",
        57.7230,
        11.9440,
    ),
    (
        "Rollwell Hà Nội",
        "Số 5 Láng Hạ, Đống Đa, Hà Nội",
        "024 3512 3456",
        "hanoi@rollwell.vn",
        21.0170,
        105.8150,
    ),
    (
        "Rollwell Sài Gòn",
        "120 Nguyễn Văn Trỗi, Phú Nhuận, TP. Hồ Chí Minh",
        "028 3844 0099",
        "saigon@rollwell.vn",
        10.7990,
        106.6790,
    ),
]
VENUES = [
    ("Manchester Royal Infirmary", "Oxford Rd, Manchester M13 9WL"),
    ("Leeds Station", "New Station St, Leeds LS1 4DY"),
    ("Etihad Stadium", "Ashton New Rd, Manchester M11 3FF"),
    ("Karolinska Universitetssjukhuset", "Eugeniavägen 3, 171 64 Solna"),
    ("Stockholms Centralstation", "Centralplan 15, 111 20 Stockholm"),
    ("Sahlgrenska sjukhuset", "Blå stråket 5, 413 45 Göteborg"),
    ("Bệnh viện Bạch Mai", "78 Giải Phóng, Đống Đa, Hà Nội"),
    ("Sân bay Tân Sơn Nhất", "Trường Sơn, Tân Bình, TP. Hồ Chí Minh"),
    ("Vincom Center Bà Triệu", "191 Bà Triệu, Hai Bà Trưng, Hà Nội"),
    ("Westfield Stratford City", "Montfichet Rd, London E20 1EJ"),
]
MOBILITY_AIDS = [
    "powered_wheelchair",
    "manual_wheelchair",
    "mobility_scooter",
    "rollator",
    "walking_stick",
    "transit_chair",
    "power_assist",
]
CONDITIONS = [
    "multiple sclerosis",
    "spinal cord injury (T6)",
    "cerebral palsy",
    "motor neurone disease",
    "post-stroke left hemiparesis",
    "osteoarthritis, both knees",
    "spina bifida",
    "Parkinson's disease",
    "below-knee amputation",
    "muscular dystrophy",
    "COPD",
]
ICD10 = ["G35", "G80.1", "G12.2", "I69.3", "M17.0", "Q05.9", "G20", "Z89.5", "G71.0", "S24.1", "J44.9"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

# -- contexts sent by the client libraries ------------------------------------------------------------

SITES = {"uk": "https://www.rollwell.co.uk", "se": "https://www.rollwell.se", "vn": "https://rollwell.vn"}
LOCALES = {
    "uk": ["en-GB", "en-GB", "cy-GB"],
    "se": ["sv-SE", "sv-SE", "en-SE"],
    "vn": ["vi-VN", "vi-VN", "en-US"],
}
ZONES = {"uk": "Europe/London", "se": "Europe/Stockholm", "vn": "Asia/Ho_Chi_Minh"}
PAGES = {
    "uk": [
        ("/hire/powered-wheelchairs", "Powered wheelchair hire | Rollwell"),
        ("/repairs/book", "Book a repair"),
        ("/funding", "Funding and grants"),
        ("/transport", "Accessible taxis"),
        ("/checkout", "Checkout"),
    ],
    "se": [
        ("/hyra/elrullstol", "Hyr elrullstol | Rollwell"),
        ("/service/boka", "Boka service"),
        ("/fardtjanst", "Färdtjänst"),
        ("/kassa", "Kassa"),
    ],
    "vn": [
        ("/thue-xe-lan", "Thuê xe lăn | Rollwell"),
        ("/sua-chua", "Sửa chữa xe lăn"),
        ("/dat-xe", "Đặt xe"),
        ("/thanh-toan", "Thanh toán"),
    ],
}


def web_context(m: str):
    page = {}

    def pick_page(f):
        page["p"] = f.pick(PAGES[m])
        return page["p"][0]

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(pick_page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.bing.com/",
                        "https://www.facebook.com/",
                        "https://duckduckgo.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "", "?utm_source=newsletter&utm_medium=email", "?ref=nav"])),
            "title": G(lambda f: page["p"][1]),
            "url": G(lambda f: SITES[m] + page["p"][0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            0.55,
        ),
        "locale": G(lambda f: f.pick(LOCALES[m])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["spring_hire_2024", "repair_reminder", "fardtjanst_info", "tet_2025"])
                ),
                "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "zalo"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            ["wheelchair hire", "scooter rental", "hyra rullstol", "thuê xe lăn"]
                        )
                    ),
                    0.5,
                ),
                "content": Opt(G(lambda f: f.pick(["hero_a", "textlink", "carousel_2"])), 0.5),
            },
            0.35,
        ),
    }


def swift_context(m: str):
    return {
        "app": {
            "name": G(lambda f: "Rollwell"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["1204", "1211", "1230"])),
            "namespace": G(lambda f: "com.rollwell.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone12,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[m])),
        "timezone": G(lambda f: ZONES[m]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context(m: str, app="Rollwell", namespace="com.rollwell.android"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.8.1", "4.9.0"])),
            "build": G(lambda f: f.pick(["40801", "40900"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "23053RN02Y", "CPH2591"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "fire", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "uk": ["EE", "Vodafone UK", "O2 - UK"],
                        "se": ["Telia", "Tele2", "Telenor SE"],
                        "vn": ["Viettel", "Vinaphone", "MobiFone"],
                    }[m]
                )
            ),
        },
        "locale": G(lambda f: f.pick(LOCALES[m])),
        "timezone": G(lambda f: ZONES[m]),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-A546B', 'Pixel 7a'])} Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "anonymousId": G(lambda f: f.uuid()),
                "userId": G(lambda f: "rw_" + f.digits(7)),
                "email": Opt(Y(lambda f: email(f, m), "email"), 0.7),
            },
            0.6,
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(m: str):
    return {
        "app": {
            "name": G(lambda f: "Rollwell Ride"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.rollwell.ride"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TY"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[m])),
        "timezone": G(lambda f: ZONES[m]),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "rw_" + f.digits(7)),
            "firstName": Opt(Y(lambda f: first(f, m), "name"), 0.6),
            "phone": Opt(Y(lambda f: phone(f, m), "phone"), 0.6),
        },
        "location": Opt(
            {
                "latitude": Y(
                    lambda f: round(
                        f.r.uniform(*{"uk": (51.3, 55.9), "se": (55.5, 65.6), "vn": (10.3, 21.1)}[m]), 6
                    ),
                    "geolocation",
                ),
                "longitude": Y(
                    lambda f: round(
                        f.r.uniform(*{"uk": (-4.3, 0.1), "se": (11.9, 22.1), "vn": (105.7, 106.8)}[m]), 6
                    ),
                    "geolocation",
                ),
                "speed": G(lambda f: f.pick([0, 0.0, 3.2, 11.8])),
            },
            0.6,
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context(m: str):
    return {
        "app": {
            "name": G(lambda f: "Rollwell Care"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.3"])),
            "build": G(lambda f: f.pick(["37", "41"])),
            "namespace": G(lambda f: "vn.rollwell.care"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A155F", "iPhone14,7", "V2311"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412])),
            "height": G(lambda f: f.pick([873, 915])),
            "density": G(lambda f: f.pick([2.75, 3.0])),
        },
        "locale": G(lambda f: f.pick(LOCALES[m])),
        "timezone": G(lambda f: ZONES[m]),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(m: str, lib: str):
    name_, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name_), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.5)
    if lib in ("python", "java", "go"):
        ctx["locale"] = Opt(G(lambda f: f.pick(LOCALES[m])), 0.5)
    if lib == "dotnet":
        ctx["timezone"] = G(lambda f: ZONES[m])
    return ctx


def context_for(client: str, m: str):
    if client == "web":
        return web_context(m)
    if client == "ios":
        return swift_context(m)
    if client == "android":
        return kotlin_context(m)
    if client == "driver":
        return kotlin_context(m, "Rollwell Driver", "com.rollwell.driver")
    if client == "rn":
        return rn_context(m)
    if client == "flutter":
        return flutter_context(m)
    return server_context(m, client)


# -- event bodies: each a function of the market ------------------------------------------------------


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def amount(m: str, lo: float, hi: float):
    """Prices in the market's currency: VND are whole thousands."""
    if m == "vn":
        return lambda f: f.r.randint(int(lo * 30), int(hi * 30)) * 1000
    if m == "se":
        return lambda f: round(f.r.uniform(lo * 11, hi * 11), 0)
    return lambda f: f.money(lo, hi)


def product(m: str):
    chosen = {}

    def pick(f):
        chosen["p"] = f.pick(PRODUCTS)
        return chosen["p"][0]

    return {
        "product_id": G(lambda f: "prd_" + f.hexid(10)),
        "sku": G(lambda f: f"RW-{f.pick(['PWC', 'MWC', 'SCO', 'ROL', 'HST'])}-{f.r.randint(100, 999)}"),
        "name": G(pick),
        "brand": G(lambda f: chosen["p"][1]),
        "category": G(lambda f: chosen["p"][2]),
        "variant": G(lambda f: f.pick(["42cm seat", "46cm seat", "Standard", "Bariatric", "Kids"])),
        "price": G(amount(m, 8, 170)),
        "quantity": G(lambda f: 1),
        "position": G(lambda f: f.r.randint(1, 24)),
    }


def identify_web(m):
    return {
        "email": Y(lambda f: email(f, m), "email"),
        "firstName": Y(lambda f: first(f, m), "name"),
        "lastName": Y(lambda f: last(f, m), "name"),
        "phone": Y(lambda f: phone(f, m), "phone"),
        "birthday": Y(lambda f: birthdate(f), "birthdate"),
        "address": {
            "street": Y(lambda f: street(f, m), "address|street"),
            "city": Y(lambda f: town(f, m), "city"),
            "postalCode": Y(lambda f: postcode(f, m), "zipcode"),
            "country": G(lambda f: {"uk": "GB", "se": "SE", "vn": "VN"}[m]),
        },
        "createdAt": G(lambda f: f.iso()),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "accountType": G(lambda f: f.pick(["individual", "carer", "organisation"])),
        "mobilityAid": RED(lambda f: f.pick(MOBILITY_AIDS), "disability"),
        "rentalsCount": G(lambda f: f.r.randint(0, 14)),
        "lifetimeValue": G(amount(m, 0, 4000)),
        "loyaltyNumber": G(lambda f: "RWC" + f.digits(8)),
        "avatarUrl": Opt(Y(lambda f: f"https://cdn.rollwell.io/avatars/{f.uuid()}.jpg", "photo"), 0.5),
    }


def identify_uk_server(m):
    return {
        "first_name": Y(lambda f: first(f, "uk"), "name"),
        "last_name": Y(lambda f: last(f, "uk"), "name"),
        "email": Y(lambda f: email(f, "uk"), "email"),
        "mobile": Y(lambda f: phone(f, "uk"), "phone"),
        "date_of_birth": Y(lambda f: birthdate(f), "birthdate"),
        "postcode": Y(lambda f: uk_postcode(f), "zipcode"),
        "nhs_number": RED(nhs_number, "health id"),
        "nhs_number_verified": G(lambda f: f.pick([True, False])),
        "gp_practice": G(
            lambda f: f.pick(["Ardwick Medical Centre", "Hyde Park Surgery", "Whitchurch Road Surgery"])
        ),
        "gp_practice_phone": G(lambda f: f.pick(["0161 496 0800", "0113 496 0321", "029 2049 6000"])),
        "next_of_kin": {
            "name": Y(lambda f: name(f, "uk"), "name"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "partner", "friend"])),
            "phone": Y(lambda f: phone(f, "uk"), "phone"),
        },
        "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
        "age": G(lambda f: f.r.randint(19, 93)),
        "age_band": G(lambda f: f.pick(["18-34", "35-54", "55-74", "75+"])),
        "employer": G(
            lambda f: f.pick(["Leeds City Council", "NHS Greater Glasgow", "Tesco", "self-employed"])
        ),
        "created_at": G(lambda f: f.iso()),
        "consent_marketing": G(lambda f: f.pick([True, False])),
        "blue_badge_holder": RED(lambda f: f.pick([True, False]), "disability"),
        "armed_forces_veteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
    }


def identify_se(m):
    return {
        "förnamn": Y(lambda f: first(f, "se"), "name"),
        "efternamn": Y(lambda f: last(f, "se"), "name"),
        "personnummer": RED(personnummer, "national id"),
        "epost": Y(lambda f: email(f, "se"), "email"),
        "mobilnummer": Y(lambda f: phone(f, "se"), "phone"),
        "adress": Y(lambda f: street(f, "se"), "address|street"),
        "postnummer": Y(lambda f: postcode(f, "se"), "zipcode"),
        "ort": Y(lambda f: town(f, "se"), "city"),
        "kommun": G(lambda f: f.pick(["Stockholm", "Solna", "Göteborg", "Umeå", "Lund"])),
        "kundnummer": G(lambda f: f.digits(7)),
        "skapad": G(lambda f: f.iso()),
        "språk": G(lambda f: f.pick(["sv", "en", "ar", "fi"])),
        "hjälpmedel": RED(
            lambda f: f.pick(["elrullstol", "manuell rullstol", "rollator", "elmoped", "ingen"]), "disability"
        ),
        "nyhetsbrev": G(lambda f: f.pick([True, False])),
    }


def identify_vn(m):
    return {
        "ho_ten": Y(lambda f: name(f, "vn"), "name"),
        "so_dien_thoai": Y(lambda f: phone(f, "vn"), "phone"),
        "email": Y(lambda f: email(f, "vn"), "email"),
        "ngay_sinh": Y(
            lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1940, 2005)}",
            "birthdate",
        ),
        "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ"]), "gender"),
        "so_cccd": RED(cccd, "national id"),
        "ma_the_bhyt": RED(bhyt, "health id"),
        "dia_chi": Y(lambda f: street(f, "vn"), "address|street"),
        "phuong_xa": Y(lambda f: f.pick(VN_WARDS), "address|city"),
        "quan_huyen": Y(lambda f: f.pick(VN_DISTRICTS), "city"),
        "tinh_thanh": G(lambda f: f.pick(VN_CITIES)),
        "ma_khach_hang": G(lambda f: "KH" + f.digits(8)),
    }


def identify_warehouse(m):
    return {
        "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 999999)),
        "EMAIL": Y(lambda f: email(f, m), "email"),
        "FIRST_NAME": Y(lambda f: first(f, m), "name"),
        "LAST_NAME": Y(lambda f: last(f, m), "name"),
        "PHONE_NUMBER": Y(lambda f: phone(f, m), "phone"),
        "POSTCODE": Y(lambda f: postcode(f, m), "zipcode"),
        "DATE_OF_BIRTH": Y(lambda f: birthdate(f), "birthdate"),
        "COUNTRY_CODE": G(lambda f: {"uk": "GB", "se": "SE", "vn": "VN"}[m]),
        "LIFETIME_RENTAL_DAYS": G(lambda f: f.r.randint(0, 900)),
        "TOTAL_SPEND_GBP": G(lambda f: f.money(0, 9000)),
        "LAST_SERVICE_DATE": G(lambda f: ymd(f)),
        "CUSTOMER_SEGMENT": G(lambda f: f.pick(["high_value", "lapsed", "new", "funded"])),
        "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
        "HOUSEHOLD_INCOME": Y(lambda f: f.pick([f.r.randint(9000, 90000), None]), "salary"),
        "DBT_UPDATED_AT": G(lambda f: f.iso()),
    }


def group_org(m):
    return {
        "name": G(
            lambda f: f.pick(
                [
                    "Sunnyside Care Home",
                    "Region Stockholm Hjälpmedelscentrum",
                    "Leeds Teaching Hospitals NHS Trust",
                    "Bệnh viện Phục hồi chức năng Hà Nội",
                    "Solna stad",
                    "Brightwater Day Centre",
                ]
            )
        ),
        "industry": G(lambda f: f.pick(["healthcare", "public sector", "social care"])),
        "plan": G(lambda f: f.pick(["fleet", "fleet_plus", "pay_as_you_go"])),
        "website": G(
            lambda f: f.pick(
                [
                    "https://www.sunnysidecare.co.uk",
                    "https://www.regionstockholm.se",
                    "https://www.leedsth.nhs.uk",
                    "https://phcn.vn",
                ]
            )
        ),
        "org_number": G(lambda f: f"{f.r.randint(212000, 559999)}-{f.digits(4)}"),
        "billing_email": G(
            lambda f: f.pick(
                [
                    "accounts@sunnysidecare.co.uk",
                    "faktura@regionstockholm.se",
                    "finance@leedsth.nhs.uk",
                    "ketoan@phcn.vn",
                ]
            )
        ),
        "main_phone": G(
            lambda f: f.pick(["0113 496 0000", "08-123 400 00", "024 3825 1234", "0161 496 0777"])
        ),
        "account_type": G(lambda f: f.pick(["care_home", "nhs_trust", "kommun", "hospital"])),
        "primary_contact": {
            "name": Y(lambda f: name(f), "name"),
            "email": Y(lambda f: work_email(f), "email"),
            "job_title": G(
                lambda f: f.pick(["Procurement Manager", "Registered Manager", "Upphandlare", "Trưởng khoa"])
            ),
        },
    }


def page_props(m):
    return {
        "name": G(lambda f: f.pick(["Hire", "Repairs", "Funding", "Transport", "Checkout"])),
        "category": G(lambda f: f.pick(["marketing", "shop", "account"])),
        "path": G(lambda f: f.pick(PAGES[m])[0]),
        "title": G(lambda f: f.pick(PAGES[m])[1]),
        "url": G(lambda f: SITES[m] + f.pick(PAGES[m])[0]),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
        "search": G(lambda f: f.pick(["", "?page=2"])),
    }


def screen_props(m):
    return {
        "screen_class": G(lambda f: f.pick(["BookingViewController", "HomeFragment", "RepairListScreen"])),
        "previous_screen": G(lambda f: f.pick(["Home", "My Hires", "Book a Ride", "Profile"])),
    }


def products_searched(m):
    return {
        "query": G(
            lambda f: f.pick(
                {
                    "uk": ["lightweight folding wheelchair", "scooter hire for holiday", "bariatric chair"],
                    "se": ["elrullstol hyra", "rollator", "permobil"],
                    "vn": ["xe lăn điện", "xe lăn gấp gọn", "thuê xe lăn"],
                }[m]
            )
        ),
        "filters": {
            "max_price": G(amount(m, 20, 200)),
            "category": G(lambda f: f.pick(["powered", "manual", "scooter", "all"])),
            "delivery_postcode": Y(lambda f: postcode(f, m), "zipcode"),
            "available_from": G(lambda f: ymd(f)),
        },
        "results_count": G(lambda f: f.r.randint(0, 48)),
    }


def product_list_viewed(m):
    return {
        "list_id": G(lambda f: f.pick(["powered-chairs", "scooters", "manual-chairs"])),
        "category": G(lambda f: f.pick(["Powered wheelchair", "Mobility scooter", "Manual wheelchair"])),
        "products": Many(product(m), 4),
    }


def product_viewed(m):
    return {
        **product(m),
        "currency": G(lambda f: CURRENCY[m]),
        "rental_period": G(lambda f: f.pick(["day", "week", "month"])),
        "weekly_rate": G(amount(m, 40, 500)),
        "seat_width_cm": G(lambda f: f.pick([40, 42, 44, 46, 50, 56])),
        "max_user_weight_kg": G(lambda f: f.pick([120, 136, 160, 227])),
    }


def checkout_started(m):
    return {
        "order_id": G(lambda f: f"RW{f.digits(9)}"),
        "revenue": G(amount(m, 20, 900)),
        "shipping": G(amount(m, 0, 35)),
        "tax": G(amount(m, 0, 60)),
        "coupon": G(lambda f: f.pick(["", "WELCOME10", "NHSSTAFF", "VAREN24"])),
        "currency": G(lambda f: CURRENCY[m]),
        "products": Many(product(m), 2),
    }


def payment_info_entered(m):
    return {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: f"RW{f.digits(9)}"),
        "step": G(lambda f: 3),
        "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "klarna"])),
        "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
        "card": {
            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit"])),
            "country": G(lambda f: f.pick(["GB", "SE", "VN", "DE"])),
        },
        "billing_details": {
            "name": Y(lambda f: name(f, m), "name"),
            "email": Y(lambda f: email(f, m), "email"),
            "phone": Y(lambda f: phone(f, m), "phone"),
            "address": {
                "line1": Y(lambda f: street(f, m), "address|street"),
                "line2": Y(
                    lambda f: f.pick([None, "", f"Flat {f.r.randint(1, 30)}", "lgh 1201", "Tầng 3"]),
                    "address|street",
                ),
                "city": Y(lambda f: town(f, m), "city"),
                "postal_code": Y(lambda f: postcode(f, m), "zipcode"),
                "country": G(lambda f: {"uk": "GB", "se": "SE", "vn": "VN"}[m]),
            },
        },
    }


def order_completed(m):
    return {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: f"RW{f.digits(9)}"),
        "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
        "hire_agreement_id": G(lambda f: "HA-" + f.hexid(8).upper()),
        "total": G(amount(m, 20, 1200)),
        "subtotal": G(amount(m, 20, 1100)),
        "tax": G(amount(m, 0, 80)),
        "shipping": G(amount(m, 0, 35)),
        "discount": G(amount(m, 0, 20)),
        "currency": G(lambda f: CURRENCY[m]),
        "products": Many(product(m), 2),
        "delivery_address": {
            "recipient_name": Y(lambda f: name(f, m), "name"),
            "line1": Y(lambda f: street(f, m), "address|street"),
            "town": Y(lambda f: town(f, m), "city"),
            "postcode": Y(lambda f: postcode(f, m), "zipcode"),
            "country_code": G(lambda f: {"uk": "GB", "se": "SE", "vn": "VN"}[m]),
        },
        "delivery_slot": G(lambda f: f.pick(["08:00-12:00", "12:00-16:00", "16:00-20:00"])),
        "delivery_instructions": G(
            lambda f: f.pick(
                [
                    "Use the side ramp",
                    "Call on arrival",
                    "Deliver after 2pm",
                    "Ring twice, takes a while to answer",
                    "Lämna vid dörren",
                    "Gọi trước khi giao",
                    "",
                ]
            )
        ),
        "fulfilment_depot": G(lambda f: f.pick(DEPOTS)[0]),
        "customer_email": Y(lambda f: email(f, m), "email"),
    }


def agreement_signed(m):
    return {
        "AgreementId": G(lambda f: "HA-" + f.hexid(8).upper()),
        "CustomerId": G(lambda f: f.r.randint(100000, 999999)),
        "HirerFullName": Y(lambda f: name(f, m), "name"),
        "HirerDateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
        "SignatureImageUrl": Y(lambda f: f"https://files.rollwell.io/signatures/{f.uuid()}.png", "photo"),
        "SignedAt": G(lambda f: f.iso()),
        "DepositAmount": G(amount(m, 50, 300)),
        "DepositCurrency": G(lambda f: CURRENCY[m]),
        "InsuranceOptIn": G(lambda f: f.pick([True, False])),
        "InsurerPolicyNumber": Y(lambda f: f.pick(["BUP", "AXA", "LF"]) + f.digits(9), "identification"),
        "EquipmentSerialNumber": Y(serial, "serial"),
        "AssetTag": G(lambda f: f"RW-A{f.digits(6)}"),
        "SignerIpAddress": Y(lambda f: f.ipv4(), "ip"),
    }


def equipment_delivered(m):
    return {
        "delivery_id": G(lambda f: "DLV" + f.digits(8)),
        "driver_id": G(lambda f: f.r.randint(100, 999)),
        "driver_name": Y(lambda f: name(f, m), "name"),
        "received_by_name": Y(lambda f: name(f, m), "name"),
        "delivered_at": G(lambda f: f.epoch_ms()),
        "gps": {
            "lat": Y(
                lambda f: round(
                    f.r.uniform(*{"uk": (51.3, 55.9), "se": (55.5, 65.6), "vn": (10.3, 21.1)}[m]), 6
                ),
                "geolocation",
            ),
            "lng": Y(
                lambda f: round(
                    f.r.uniform(*{"uk": (-4.3, 0.1), "se": (11.9, 22.1), "vn": (105.7, 106.8)}[m]), 6
                ),
                "geolocation",
            ),
        },
        "proof_photo_url": Y(lambda f: f"https://files.rollwell.io/pod/{f.hexid(16)}.jpg", "photo"),
        "handover_checklist_complete": G(lambda f: f.pick([True, False])),
        "asset_tag": G(lambda f: f"RW-A{f.digits(6)}"),
    }


def repair_requested(m):
    return {
        "ticket_id": G(lambda f: f"RP-{f.digits(6)}"),
        "chair_make": G(lambda f: f.pick(["Permobil", "Invacare", "Sunrise Medical", "Pride", "Lucass"])),
        "chair_model": G(lambda f: f.pick(["M3 Corpus", "TDX SP2", "Q500 M", "Colt Executive", "XE-120"])),
        "serial_number": Y(serial, "serial"),
        "fault_category": G(lambda f: f.pick(["battery", "joystick", "tyre", "seating", "motor", "brakes"])),
        "fault_description": G(
            lambda f: f.pick(
                [
                    "Joystick unresponsive after rain",
                    "Left castor wobbles",
                    "Battery not holding charge overnight",
                    "Puncture rear right",
                    "Backrest recline stuck",
                    "Clicking noise from motor",
                ]
            )
        ),
        "urgency": G(lambda f: f.pick(["routine", "urgent", "safety_critical"])),
        "contact_name": Y(lambda f: name(f, m), "name"),
        "contact_phone": Y(lambda f: phone(f, m), "phone"),
        "visit_address": Y(lambda f: full_address(f, m), "address"),
        "access_notes": RED(
            lambda f: f.pick(
                [
                    f"Key safe by front door, code {f.digits(4)}",
                    f"Knock loudly. Key safe code {f.digits(4)} if no answer",
                    f"Side gate, key box {f.digits(4)}, chair is in the hall",
                    f"Porch keysafe {f.digits(4)}#",
                ]
            ),
            "secret",
            True,
        ),
        "preferred_slot": G(lambda f: f.pick(["am", "pm", "any"])),
    }


def service_visit_scheduled_se(m):
    return {
        "case_number": G(lambda f: f"SE-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
        "technician_id": G(lambda f: f"T{f.digits(3)}"),
        "technician_name": Y(lambda f: name(f, "se"), "name"),
        "visit_address": Y(lambda f: full_address(f, "se"), "address"),
        "visit_date": G(lambda f: ymd(f)),
        "time_window": G(lambda f: f.pick(["08-12", "12-16"])),
        "aid_number": G(lambda f: f"HM{f.digits(7)}"),
        "contact_person": Y(lambda f: name(f, "se"), "name"),
        "contact_phone": Y(lambda f: phone(f, "se"), "phone"),
        "note": G(
            lambda f: f.pick(
                [
                    "Byte av batterier",
                    "Punktering bakhjul",
                    "Årlig service",
                    "Justera ryggstöd",
                    "Styrspak glappar",
                ]
            )
        ),
        "urgent": G(lambda f: f.pick([True, False])),
    }


def service_visit_completed(m):
    return {
        "JobId": G(lambda f: f"RP-{f.digits(6)}"),
        "TechnicianName": Y(lambda f: name(f, m), "name"),
        "TechnicianEmail": Y(lambda f: work_email(f, m), "email"),
        "LabourMinutes": G(lambda f: f.r.randint(15, 240)),
        "PartsUsed": Many(
            {
                "PartNumber": G(lambda f: f"{f.pick(['PM', 'INV', 'SUN'])}-{f.digits(6)}"),
                "Description": G(
                    lambda f: f.pick(
                        [
                            "12V 73Ah AGM battery",
                            "Joystick module VR2",
                            "Pneumatic tyre 14x3",
                            "Armrest pad",
                            "Brake solenoid",
                        ]
                    )
                ),
                "Quantity": G(lambda f: f.r.randint(1, 2)),
                "UnitPrice": G(amount(m, 5, 400)),
            },
            3,
        ),
        "CustomerSignatureName": Y(lambda f: name(f, m), "name"),
        "CustomerPostcode": Y(lambda f: postcode(f, m), "zipcode"),
        "NextServiceDue": G(lambda f: ymd(f, 2025, 2026)),
        "Outcome": G(lambda f: f.pick(["Fixed", "PartsOrdered", "Replaced", "NoFaultFound"])),
    }


def battery_alert(m):
    return {
        "controller_id": G(lambda f: f"CTL-{f.hexid(10).upper()}"),
        "battery_voltage": G(lambda f: round(f.r.uniform(21.0, 26.2), 2)),
        "error_code": G(lambda f: f.pick(["E12", "E07", "LOW_BATT", "MOTOR_OVERTEMP"])),
        "last_known_location": {
            "lat": Y(
                lambda f: round(
                    f.r.uniform(*{"uk": (51.3, 55.9), "se": (55.5, 65.6), "vn": (10.3, 21.1)}[m]), 5
                ),
                "geolocation",
            ),
            "lon": Y(
                lambda f: round(
                    f.r.uniform(*{"uk": (-4.3, 0.1), "se": (11.9, 22.1), "vn": (105.7, 106.8)}[m]), 5
                ),
                "geolocation",
            ),
        },
        "fw": G(lambda f: f.pick(["3.4.0", "3.4.2", "3.5.0-rc1"])),
        "ble_mac": Y(lambda f: f.mac(), "mac"),
        "reported_at": G(lambda f: f.epoch_ms()),
    }


def assessment_booked(m):
    return {
        "assessment_id": G(lambda f: f.uuid()),
        "assessment_type": G(lambda f: f.pick(["home", "clinic", "video"])),
        "therapist_name": Y(lambda f: name(f, "uk"), "name"),
        "therapist_registration_number": Y(lambda f: f"OT{f.r.randint(10000, 79999)}", "license|certificate"),
        "clinic_name": G(
            lambda f: f.pick(["Rollwell Seating Clinic Salford", "Leeds Wheelchair Service", "Cardiff ALAS"])
        ),
        "clinic_address": G(
            lambda f: f.pick(
                [
                    "Eccles New Rd, Salford M5 4WT",
                    "St Mary's Rd, Leeds LS7 3JX",
                    "Rookwood, Fairwater Rd, Cardiff CF5 2YN",
                ]
            )
        ),
        "clinic_phone": G(lambda f: f.pick(["0161 496 0990", "0113 496 0777", "029 2049 6110"])),
        "appointment_at": G(lambda f: f.iso()),
        "referral_source": G(lambda f: f.pick(["GP", "self", "social_services", "physio"])),
        "nhs_number": RED(nhs_number, "health id"),
        "patient_dob": Y(lambda f: birthdate(f), "birthdate"),
        "reason_for_referral": Y(
            lambda f: f.pick(
                [f"{c[0].upper()}{c[1:]}, current chair no longer suitable" for c in CONDITIONS]
                + [f"{c[0].upper()}{c[1:]} - falls at home" for c in CONDITIONS[:5]]
            ),
            "diagnosis|condition",
            True,
        ),
        "interpreter_needed": G(lambda f: f.pick([True, False])),
    }


def assessment_completed(m):
    return {
        "assessment_id": G(lambda f: f.uuid()),
        "duration_min": G(lambda f: f.r.randint(30, 120)),
        "primary_diagnosis": Y(lambda f: f.pick(CONDITIONS), "diagnosis"),
        "secondary_conditions": Many(
            Y(
                lambda f: f.pick(
                    [
                        "epilepsy",
                        "type 2 diabetes",
                        "visual impairment",
                        "chronic pain",
                        "depression",
                        "incontinence",
                    ]
                ),
                "condition",
            ),
            2,
        ),
        "mobility_level": RED(
            lambda f: f.pick(["independent_indoor", "needs_assistance", "fully_dependent"]), "disability"
        ),
        "transfer_method": RED(
            lambda f: f.pick(["independent", "sliding_board", "standing_hoist", "full_hoist"]), "disability"
        ),
        "user_weight_kg": Y(lambda f: f.r.randint(38, 165), "condition"),
        "pressure_injury_risk": Y(lambda f: f.pick(["low", "medium", "high"]), "condition"),
        "recommended_equipment": Many(
            G(
                lambda f: f.pick(
                    [
                        "tilt-in-space chair",
                        "pressure cushion",
                        "power-assist wheels",
                        "head support",
                        "lateral supports",
                    ]
                )
            ),
            3,
        ),
        "seat_width_mm": G(lambda f: f.pick([400, 420, 440, 460, 500])),
        "outcome": G(lambda f: f.pick(["prescribe", "review", "refer_on"])),
    }


def prescription_se(m):
    return {
        "prescriptionNumber": Y(lambda f: f"F{f.r.randint(2024, 2025)}{f.digits(6)}", "medication"),
        "prescriberName": Y(lambda f: name(f, "se"), "name"),
        "prescriberHsaId": G(lambda f: f"SE2321000016-{alnum(f, 4, string.ascii_uppercase + string.digits)}"),
        "patientPersonnummer": RED(personnummer, "national id|health id"),
        "articleNumber": G(lambda f: f.digits(6)),
        "isoClass": G(lambda f: f.pick(["12 23 06", "12 22 03", "12 06 06", "12 23 03"])),
        "diagnosisCode": Y(lambda f: f.pick(ICD10), "diagnosis"),
        "patientFee": G(lambda f: f.pick([0, 200, 300])),
        "region": G(lambda f: f.pick(["Region Stockholm", "Västra Götalandsregionen", "Region Skåne"])),
        "validUntil": G(lambda f: ymd(f, 2025, 2027)),
        "isRenewal": G(lambda f: f.pick([True, False])),
    }


def prescription_uk(m):
    return {
        "pwb_id": G(lambda f: f"PWB-{f.digits(7)}"),
        "voucher_value": G(lambda f: f.money(300, 3500)),
        "prescription_ref": Y(lambda f: f"WS/{f.r.randint(2024, 2025)}/{f.digits(5)}", "medication"),
        "patient_name": Y(lambda f: name(f, "uk"), "name"),
        "nhs_number": RED(nhs_number, "health id"),
        "service": G(
            lambda f: f.pick(["Leeds Wheelchair Service", "Salford Wheelchair Service", "ALAS Cardiff"])
        ),
        "option": G(lambda f: f.pick(["notional", "third_party", "personal_health_budget"])),
        "top_up_amount": G(lambda f: f.money(0, 2000)),
    }


def grant_submitted(m):
    return {
        "application_id": G(lambda f: f"GA-{f.digits(7)}"),
        "scheme": G(lambda f: f.pick(["Access to Work", "Motability", "Charity grant"])),
        "applicant": {
            "full_name": Y(lambda f: name(f, "uk"), "name"),
            "date_of_birth": Y(lambda f: birthdate(f), "birthdate"),
            "ni_number": RED(nino, "national id"),
            "email": Y(lambda f: email(f, "uk"), "email"),
            "phone": Y(lambda f: phone(f, "uk"), "phone"),
            "address": Y(lambda f: full_address(f, "uk"), "address"),
        },
        "household_income": Y(lambda f: f.r.randint(8000, 70000), "salary"),
        "receives_pip": RED(lambda f: f.pick([True, False]), "disability"),
        "pip_mobility_rate": RED(lambda f: f.pick(["none", "standard", "enhanced"]), "disability"),
        "employment_status": G(
            lambda f: f.pick(["employed", "self_employed", "unemployed", "student", "retired"])
        ),
        "employer": G(lambda f: f.pick(["Leeds City Council", "Aviva", "Sainsbury's", None])),
        "job_title": G(lambda f: f.pick(["Customer Adviser", "Software Tester", "Teaching Assistant", None])),
        "hourly_rate": Y(lambda f: f.pick([11.44, 12.6, 14.85, 19.2, 23.0]), "salary"),
        "right_to_work_uk": RED(lambda f: f.pick(["yes", "yes", "no", "yes_with_visa"]), "visa"),
        "dependants": Many(
            {
                "first_name": Y(lambda f: first(f, "uk"), "name"),
                "date_of_birth": Y(lambda f: birthdate(f, 2008, 2022), "birthdate"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "stepchild"])),
            },
            2,
        ),
        "supporting_docs_count": G(lambda f: f.r.randint(0, 6)),
        "bank": {
            "account_name": Y(lambda f: name(f, "uk"), "name"),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "account_number": RED(lambda f: f"{f.r.randint(10000000, 99999999)}", "bank account"),
        },
    }


def grant_decision(m):
    return {
        "application_id": G(lambda f: f"GA-{f.digits(7)}"),
        "decision": G(lambda f: f.pick(["approved", "partially_approved", "declined", "more_info"])),
        "award_amount": G(lambda f: f.pick([0, 500, 1250, 4800, 9600])),
        "decision_letter_url": G(lambda f: f"https://files.rollwell.io/letters/{f.uuid()}.pdf"),
        "case_officer": Y(lambda f: name(f, "uk"), "name"),
        "case_officer_email": G(lambda f: f.pick(["grants@rollwell.co.uk", "funding-team@rollwell.co.uk"])),
    }


def bidrag_se(m):
    return {
        "application_ref": G(lambda f: f"BA{f.digits(8)}"),
        "applicant_name": Y(lambda f: name(f, "se"), "name"),
        "applicant_personnummer": RED(personnummer, "national id"),
        "grant_type": G(lambda f: f.pick(["bilstöd", "hjälpmedelsbidrag", "bostadsanpassning"])),
        "amount_sek": G(lambda f: f.r.randint(2000, 150000)),
        "annual_income": Y(lambda f: f.r.randint(120000, 600000), "salary"),
        "case_officer_name": Y(lambda f: name(f, "se"), "name"),
        "clearing_number": G(lambda f: f.pick(["8327-9", "6000", "3300", "5000", "9420"])),
        "account_number_se": RED(
            lambda f: f.pick(
                [f"{f.digits(3)} {f.digits(3)} {f.digits(3)}-{f.r.randint(0, 9)}", f.digits(10)]
            ),
            "bank account",
        ),
        "bank_name": G(lambda f: f.pick(["Swedbank", "Handelsbanken", "Nordea", "SEB"])),
        "decision_status": G(lambda f: f.pick(["beviljad", "avslag", "under handläggning"])),
        "attachments_count": G(lambda f: f.r.randint(0, 5)),
    }


def ho_so_vn(m):
    return {
        "ma_ho_so": G(lambda f: f"HS{f.digits(8)}"),
        "chuong_trinh": G(
            lambda f: f.pick(["Xe lăn cho người khuyết tật 2024", "Quỹ Vòng tay nhân ái", "Tặng xe lăn Tết"])
        ),
        "ho_ten_nguoi_nhan": Y(lambda f: name(f, "vn"), "name"),
        "so_cccd": RED(cccd, "national id"),
        "ngay_sinh": Y(
            lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1940, 2015)}",
            "birthdate",
        ),
        "dang_khuyet_tat": RED(
            lambda f: f.pick(
                [
                    "Khuyết tật vận động",
                    "Khuyết tật nhìn",
                    "Khuyết tật thần kinh, tâm thần",
                    "Khuyết tật khác",
                ]
            ),
            "disability",
        ),
        "muc_do_khuyet_tat": RED(lambda f: f.pick(["Nhẹ", "Nặng", "Đặc biệt nặng"]), "disability"),
        "thu_nhap_ho_gia_dinh": Y(lambda f: f.r.randint(15, 120) * 100000, "salary"),
        "ho_ngheo": G(lambda f: f.pick([True, False])),
        "so_tai_khoan": RED(lambda f: f.digits(f.pick([10, 12, 13])), "bank account"),
        "ngan_hang": G(lambda f: f.pick(["Vietcombank", "BIDV", "Agribank", "Techcombank", "MB Bank"])),
        "trang_thai": G(lambda f: f.pick(["Đã tiếp nhận", "Đang xét duyệt", "Đã duyệt", "Từ chối"])),
        "ghi_chu": Y(
            lambda f: f.pick(
                [
                    f"Liên hệ con gái: {phone(f, 'vn')}",
                    f"Gọi trước khi đến, SĐT người nhà {phone(f, 'vn')}",
                    f"Người nhận không nghe được điện thoại, nhắn Zalo {phone(f, 'vn')}",
                    f"Giao xe tại nhà, gọi {phone(f, 'vn')}",
                ]
            ),
            "phone",
            True,
        ),
    }


def geo(m, key_lat="lat", key_lng="lng", label="geolocation"):
    lat = {"uk": (51.3, 55.9), "se": (55.5, 65.6), "vn": (10.3, 21.1)}[m]
    lng = {"uk": (-4.3, 0.1), "se": (11.9, 22.1), "vn": (105.7, 106.8)}[m]
    return {
        key_lat: Y(lambda f: round(f.r.uniform(*lat), 6), label),
        key_lng: Y(lambda f: round(f.r.uniform(*lng), 6), label),
    }


def venue_fields(m):
    chosen = {}

    def pick(f):
        chosen["v"] = f.pick(VENUES)
        return chosen["v"][0]

    return {
        "name": G(pick),
        "address": G(lambda f: chosen["v"][1]),
        "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
    }


def ride_booked(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "pickup": {
            "address": Y(lambda f: full_address(f, m), "address"),
            **geo(m),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
        },
        "dropoff": venue_fields(m),
        "pickup_time": G(lambda f: f.iso()),
        "vehicle_type": G(lambda f: f.pick(["WAV", "minibus_tail_lift", "saloon", "side_loader"])),
        "passengers": G(lambda f: f.r.randint(1, 4)),
        "mobility_aid": RED(lambda f: f.pick([*MOBILITY_AIDS, "none"]), "disability"),
        "assistance_dog": RED(lambda f: f.pick([True, False, False]), "disability"),
        "companions": G(lambda f: f.r.randint(0, 2)),
        "fare_estimate": G(amount(m, 8, 90)),
        "currency": G(lambda f: CURRENCY[m]),
        "payment_method": G(lambda f: f.pick(["card", "account", "taxicard", "cash", "momo"])),
    }


def ride_for_someone(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "passenger": {
            "first_name": Y(lambda f: first(f, m), "name"),
            "last_name": Y(lambda f: last(f, m), "name"),
            "phone": Y(lambda f: phone(f, m), "phone"),
            "needs_ramp": RED(lambda f: f.pick([True, False]), "disability"),
            "assistance_dog_name": G(lambda f: f.pick(["Bella", "Max", "Luna", "Sixten", "Milo", "Bông"])),
        },
        "booker_relationship": G(
            lambda f: f.pick(["daughter", "son", "support_worker", "care_home_staff", "friend"])
        ),
        "notes_for_driver": Y(
            lambda f: f.pick(
                [
                    f"Please call my daughter on {phone(f, m)} when outside",
                    f"If no answer ring {phone(f, m)}",
                    f"Carer will meet you, her number is {phone(f, m)}",
                ]
            ),
            "phone",
            True,
        ),
        "pickup_time": G(lambda f: f.iso()),
    }


def driver_assigned(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "driver": {
            "id": G(lambda f: f.r.randint(1000, 9999)),
            "first_name": Y(lambda f: first(f, m), "name"),
            "photo_url": Y(lambda f: f"https://cdn.rollwell.io/drivers/{f.hexid(12)}.jpg", "photo"),
            "vehicle_reg": Y(lambda f: plate(f, m), "license"),
            "vehicle_make": G(
                lambda f: f.pick(["Peugeot e-Rifter", "Ford Tourneo Custom", "VW Caddy Maxi", "Toyota Hiace"])
            ),
            "vehicle_colour": G(lambda f: f.pick(["black", "silver", "white", "blue"])),
            "masked_phone": G(lambda f: f.pick(["+44 20 3880 1000", "+46 10 888 10 00", "+84 28 7300 1000"])),
            "rating": G(lambda f: round(f.r.uniform(4.2, 5.0), 2)),
        },
        "eta_min": G(lambda f: f.r.randint(2, 35)),
    }


def ride_status(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "status": G(lambda f: f.pick(["driver_en_route", "arrived", "on_trip", "completed"])),
        "driver_location": geo(m),
        "eta_seconds": G(lambda f: f.r.randint(0, 1800)),
        "updated_at": G(lambda f: f.iso()),
    }


def ride_completed(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "distance_km": G(lambda f: round(f.r.uniform(0.8, 40), 1)),
        "duration_min": G(lambda f: f.r.randint(4, 90)),
        "fare": G(amount(m, 6, 95)),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "payment_status": G(lambda f: f.pick(["paid", "pending", "failed"])),
        "receipt_email": Y(lambda f: email(f, m), "email"),
    }


def minibus_partner(m):
    return {
        "booking-ref": G(lambda f: f"MB-{f.hexid(6).upper()}"),
        "operator-name": G(
            lambda f: f.pick(["Access Travel Leeds", "Ring & Ride West Midlands", "Solna Buss & Taxi"])
        ),
        "trip-date": G(lambda f: ymd(f)),
        "pickup-address": Y(lambda f: full_address(f, "uk"), "address"),
        "contact-name": Y(lambda f: name(f, "uk"), "name"),
        "contact-phone": Y(lambda f: phone(f, "uk"), "phone"),
        "contact-email": Y(lambda f: email(f, "uk"), "email"),
        "group-name": G(
            lambda f: f.pick(
                ["Sunnyside Day Centre", "Leeds Wheelchair Basketball", "Brightwater Lunch Club"]
            )
        ),
        "wheelchair-spaces": G(lambda f: f.r.randint(1, 6)),
        "passenger-count": G(lambda f: f.r.randint(2, 16)),
        "tail-lift": G(lambda f: True),
        "quote-amount": G(lambda f: f.money(60, 480)),
    }


def fardtjanst(m):
    return {
        "bokningsnummer": G(lambda f: f.digits(9)),
        "resenär": {
            "namn": Y(lambda f: name(f, "se"), "name"),
            "personnummer": RED(personnummer, "national id"),
            "telefon": Y(lambda f: phone(f, "se"), "phone"),
        },
        "upphämtningsadress": Y(lambda f: full_address(f, "se"), "address"),
        "resmål": G(lambda f: f.pick(VENUES[3:6])[0]),
        "avresetid": G(lambda f: f.iso()),
        "antal_ledsagare": G(lambda f: f.r.randint(0, 2)),
        "hjälpmedel": RED(
            lambda f: f.pick(["elrullstol", "manuell rullstol", "rollator", "inget"]), "disability"
        ),
        "ledarhund": RED(lambda f: f.pick([True, False, False]), "disability"),
        "fordonstyp": G(lambda f: f.pick(["rullstolstaxi", "personbil", "specialfordon"])),
        "egenavgift": G(lambda f: f.pick([65, 95, 130])),
    }


def dat_xe_vn(m):
    return {
        "tripCode": G(lambda f: f"CX{f.digits(8)}"),
        "passengerName": Y(lambda f: name(f, "vn"), "name"),
        "passengerPhone": Y(lambda f: phone(f, "vn"), "phone"),
        "pickupAddress": Y(lambda f: full_address(f, "vn"), "address"),
        "destination": G(lambda f: f.pick(VENUES[6:9])[0]),
        "pickupTime": G(lambda f: f.iso()),
        "vehicleType": G(lambda f: f.pick(["Xe có bệ nâng", "Xe 7 chỗ", "Xe 16 chỗ có bệ nâng"])),
        "usesWheelchair": RED(lambda f: f.pick([True, False]), "disability"),
        "fare": G(lambda f: f.r.randint(60, 900) * 1000),
        "paymentMethod": G(lambda f: f.pick(["Tiền mặt", "MoMo", "ZaloPay", "Thẻ"])),
    }


def twilio_status(m):
    return {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "From": G(lambda f: f.pick(["+447700150150", "+46766860001", "Rollwell"])),
        "To": Y(lambda f: phone(f, m).replace(" ", "").replace("-", ""), "phone", True),
        "Body": RED(
            lambda f: f.pick(
                [
                    f"Your Rollwell verification code is {f.digits(6)}",
                    f"{f.digits(6)} är din Rollwell-kod. Dela den inte med någon.",
                    f"Mã xác thực Rollwell của bạn là {f.digits(6)}",
                ]
            ),
            "token",
            True,
        ),
        "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        "NumSegments": G(lambda f: f.pick(["1", "2"])),
        "ApiVersion": G(lambda f: "2010-04-01"),
    }


def verification_code_sent(m):
    return {
        "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "zalo"])),
        "phone_country_code": G(lambda f: {"uk": "+44", "se": "+46", "vn": "+84"}[m]),
        "verification_code": RED(lambda f: f.digits(6), "token"),
        "code_length": G(lambda f: 6),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "expires_in_sec": G(lambda f: 600),
    }


def sign_in_link(m):
    return {
        "link": RED(
            lambda f: (
                f"{SITES[m]}/auth/magic?token={alnum(f, 43, string.ascii_letters + string.digits + '-_')}"
            ),
            "token",
            True,
        ),
        "email_domain": G(
            lambda f: f.pick(["gmail.com", "outlook.com", "telia.com", "yahoo.com.vn", "nhs.net"])
        ),
        "expires_in_sec": G(lambda f: 900),
        "requested_from": G(lambda f: f.pick(["login", "checkout", "booking"])),
    }


def form_field(m):
    return {
        "form_id": G(lambda f: f.pick(["repair-request", "hire-enquiry", "newsletter"])),
        "field_name": G(lambda f: "email"),
        "value": Y(lambda f: email(f, m), "email", True),
        "duration_ms": G(lambda f: f.r.randint(300, 15000)),
        "autofilled": G(lambda f: f.pick([True, False])),
    }


def phone_entered(m):
    return {
        "screen": G(lambda f: f.pick(["onboarding_phone", "booking_contact"])),
        "input": Y(lambda f: phone(f, m), "phone", True),
        "country_picker": G(lambda f: {"uk": "GB", "se": "SE", "vn": "VN"}[m]),
        "is_valid": G(lambda f: f.pick([True, True, False])),
    }


def customer_searched(m):
    return {
        "q": Y(
            lambda f: f.pick([name(f, m), last(f, m) + ", " + first(f, m), name(f, m).lower()]), "name", True
        ),
        "results_count": G(lambda f: f.r.randint(0, 12)),
        "agent_id": G(lambda f: "staff_" + f.digits(4)),
        "search_scope": G(lambda f: f.pick(["customers", "all"])),
        "took_ms": G(lambda f: f.r.randint(12, 900)),
    }


def support_message(m):
    return {
        "conversation_id": G(lambda f: f.digits(12)),
        "author_type": G(lambda f: "user"),
        "text": Y(
            lambda f: f.pick(
                {
                    "uk": [
                        f"Hi, the charger for my scooter stopped working, can you email me at {email(f, m)}",
                        f"please send the invoice to {email(f, m)} not my old address",
                        f"My mum's email is {email(f, m)}, she is the one hiring the chair",
                    ],
                    "se": [
                        f"Hej! Kan ni mejla bekräftelsen till {email(f, m)}?",
                        f"Fakturan ska till min dotter: {email(f, m)}",
                    ],
                    "vn": [
                        f"Chào shop, gửi hoá đơn qua email {email(f, m)} giúp mình",
                        f"Email của mình là {email(f, m)}, xe lăn bị hỏng phanh",
                    ],
                }[m]
            ),
            "email",
            True,
        ),
        "channel": G(lambda f: f.pick(["web_chat", "in_app", "zalo"])),
        "attachments": G(lambda f: f.r.randint(0, 2)),
    }


def zendesk_ticket(m):
    return {
        "ticket": {
            "id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Chair not charging", "Change delivery date", "Invoice query", "Driver was late"]
                )
            ),
            "status": G(lambda f: f.pick(["new", "open", "pending", "solved"])),
            "tags": Many(G(lambda f: f.pick(["repair", "billing", "transport", "vip", "funded"])), 3),
            "via": {"channel": G(lambda f: f.pick(["email", "web", "voice"]))},
        },
        "requester": {
            "id": G(lambda f: f.r.randint(10**11, 10**12)),
            "name": Y(lambda f: name(f, m), "name"),
            "email": Y(lambda f: email(f, m), "email"),
        },
        "assignee": {
            "id": G(lambda f: f.r.randint(10**11, 10**12)),
            "name": Y(lambda f: name(f, m), "name"),
            "email": Y(lambda f: work_email(f, m), "email"),
        },
    }


def typeform_response(m):
    def field(ref, type_):
        return {"id": G(lambda f: alnum(f, 12)), "ref": G(lambda f: ref), "type": G(lambda f: type_)}

    return {
        "form_response": {
            "form_id": G(lambda f: f.pick(["Xk2Pq9", "Ab3RtY"])),
            "token": G(lambda f: alnum(f, 32, string.ascii_lowercase + string.digits)),
            "submitted_at": G(lambda f: f.iso()),
            "hidden": {
                "user_id": G(lambda f: "rw_" + f.digits(7)),
                "utm_source": G(lambda f: f.pick(["email", "sms", ""])),
            },
            "answers": Seq(
                {
                    "type": G(lambda f: "text"),
                    "text": Y(lambda f: name(f, m), "name", True),
                    "field": field("full_name", "short_text"),
                },
                {
                    "type": G(lambda f: "email"),
                    "email": Y(lambda f: email(f, m), "email"),
                    "field": field("email", "email"),
                },
                {
                    "type": G(lambda f: "phone_number"),
                    "phone_number": Y(lambda f: phone(f, m).replace(" ", ""), "phone"),
                    "field": field("phone", "phone_number"),
                },
                {
                    "type": G(lambda f: "date"),
                    "date": Y(lambda f: birthdate(f), "birthdate", True),
                    "field": field("dob", "date"),
                },
                {
                    "type": G(lambda f: "choice"),
                    "choice": {
                        "label": RED(
                            lambda f: f.pick(
                                [
                                    "Powered wheelchair",
                                    "Manual wheelchair",
                                    "Mobility scooter",
                                    "Walking frame or rollator",
                                ]
                            ),
                            "disability",
                            True,
                        )
                    },
                    "field": field("current_aid", "multiple_choice"),
                },
                {
                    "type": G(lambda f: "number"),
                    "number": G(lambda f: f.r.randint(1, 10)),
                    "field": field("nps", "opinion_scale"),
                },
            ),
        },
    }


def home_address_set(m):
    return {
        "description": Y(lambda f: full_address(f, m), "address", True),
        "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
        "session_token": G(lambda f: f.uuid()),
        "types": Many(G(lambda f: f.pick(["street_address", "premise", "subpremise"])), 2),
        "prediction_index": G(lambda f: f.r.randint(0, 4)),
        "source": G(lambda f: f.pick(["autocomplete", "map_pin", "manual"])),
    }


def signed_up(m):
    return {
        "method": G(lambda f: f.pick(["email", "apple", "google", "bankid"])),
        "gclid": Opt(Y(gclid, "advertising id"), 0.6),
        "fbclid": Opt(Y(fbclid, "advertising id"), 0.5),
        "fbp": Y(fbp, "advertising id"),
        "fbc": Opt(Y(fbc, "advertising id"), 0.5),
        "email_domain": G(lambda f: f.pick(["gmail.com", "outlook.com", "telia.com", "yahoo.com.vn"])),
        "referral_code": G(
            lambda f: f.pick(["", "RW-" + alnum(f, 6, string.ascii_uppercase + string.digits)])
        ),
        "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        "marketing_consent": G(lambda f: f.pick([True, False])),
    }


def form_submitted(m):
    return {
        "form_id": G(lambda f: "signup-form"),
        "form_name": G(lambda f: "Create account"),
        "fields": {
            "email": Y(lambda f: email(f, m), "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Summer2024!", "rullstol123", "Bella#2019", "xelan@2025", "P@ssw0rd1"])
                    + alnum(f, 2)
                ),
                "password",
            ),
            "confirm_password": RED(
                lambda f: f.pick(["Summer2024!", "Hejsan99", "matkhau123"]) + alnum(f, 2), "password"
            ),
            "remember_me": G(lambda f: f.pick(["on", "off"])),
        },
    }


def partner_webhook(m):
    return {
        "partner": G(lambda f: f.pick(["Samtrans", "Access Travel Leeds", "Grab Assist"])),
        "webhook_url": G(
            lambda f: f.pick(
                ["https://hooks.samtrans.se/rollwell", "https://api.accesstravel.co.uk/v2/bookings"]
            )
        ),
        "signing_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
        "api_key_last4": G(lambda f: alnum(f, 4)),
        "rotated_by": Y(lambda f: work_email(f), "email"),
        "events": Many(G(lambda f: f.pick(["booking.created", "booking.cancelled", "trip.completed"])), 3),
    }


def notif_prefs(m):
    return {
        "sms": G(lambda f: f.pick([True, False])),
        "email": G(lambda f: f.pick([True, False])),
        "push": G(lambda f: f.pick([True, False])),
        "quiet_hours_start": G(lambda f: f.pick(["21:00", "22:00", None])),
        "sms_number": Y(lambda f: phone(f, m), "phone"),
        "phoneCount": G(lambda f: f.r.randint(1, 3)),
    }


def emergency_contact(m):
    return {
        "contact": {
            "name": Y(lambda f: name(f, m), "name"),
            "phone": Y(lambda f: phone(f, m), "phone"),
            "email": Opt(Y(lambda f: email(f, m), "email"), 0.6),
            "relationship": G(lambda f: f.pick(["con gái", "dotter", "son", "wife", "neighbour", "carer"])),
        },
        "contact_count": G(lambda f: f.r.randint(1, 3)),
        "is_primary": G(lambda f: f.pick([True, False])),
    }


def assistance_dog_registered(m):
    return {
        "dog_name": G(lambda f: f.pick(["Bella", "Max", "Luna", "Sixten", "Milo", "Bông", "Ludde", "Daisy"])),
        "breed": G(
            lambda f: f.pick(["Labrador Retriever", "Golden Retriever", "Labradoodle", "German Shepherd"])
        ),
        "organisation": G(
            lambda f: f.pick(
                ["Guide Dogs", "Canine Partners", "Dogs for Good", "Svenska Assistanshundskolan"]
            )
        ),
        "dog_dob": G(lambda f: f.date(2014, 2022)),
        "microchip_number": G(lambda f: "826" + f.digits(12)),
    }


def depot_located(m):
    chosen = {}

    def pick(f):
        chosen["d"] = f.pick(DEPOTS)
        return chosen["d"][0]

    return {
        "depot": {
            "name": G(pick),
            "address": G(lambda f: chosen["d"][1]),
            "phone": G(lambda f: chosen["d"][2]),
            "email": G(lambda f: chosen["d"][3]),
            "lat": G(lambda f: chosen["d"][4]),
            "lng": G(lambda f: chosen["d"][5]),
        },
        "distance_km": G(lambda f: round(f.r.uniform(0.5, 60), 1)),
    }


def insurance_added(m):
    return {
        "insurer": G(lambda f: f.pick(["Bupa", "AXA Health", "Länsförsäkringar", "Bảo Việt"])),
        "policy_number": Y(
            lambda f: f.pick(["AXA", "BUP", "LF", "BV"]) + "-" + f.digits(8), "identification"
        ),
        "member_number": Y(lambda f: f.digits(9), "identification"),
        "premium_monthly": G(amount(m, 4, 40)),
        "cover_level": G(lambda f: f.pick(["basic", "plus", "premium"])),
    }


def invoice_paid(m):
    return {
        "invoiceNumber": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
        "amountPaid": G(amount(m, 20, 1500)),
        "currency": G(lambda f: CURRENCY[m] if m != "vn" else "GBP"),
        "paidAt": G(lambda f: f.iso()),
        "paymentReference": G(lambda f: f"RW{f.digits(9)}"),
        "payerIban": RED(lambda f: iban(f, "SE") if m == "se" else f.iban("GB"), "bank account"),
        "payerName": Y(lambda f: name(f, m), "name"),
    }


def vnpay_return(m):
    return {
        "vnp_Amount": G(lambda f: str(f.r.randint(60, 9000) * 100000)),
        "vnp_BankCode": G(lambda f: f.pick(["NCB", "VCB", "BIDV", "VNPAYQR"])),
        "vnp_OrderInfo": G(lambda f: f"Thanh toan don thue xe lan {f.digits(8)}"),
        "vnp_PayDate": G(
            lambda f: (
                f"2025{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
                f"{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"
            )
        ),
        "vnp_ResponseCode": G(lambda f: f.pick(["00", "00", "24", "51"])),
        "vnp_TransactionNo": G(lambda f: f.digits(8)),
        "vnp_TxnRef": G(lambda f: f.digits(8)),
        "vnp_SecureHash": G(lambda f: f.hexid(128)),
    }


def swish_callback(m):
    return {
        "id": G(lambda f: f.hexid(32).upper()),
        "payeePaymentReference": G(lambda f: f"RW{f.digits(9)}"),
        "payerAlias": Y(lambda f: "467" + f.pick(["0", "2", "3", "6"]) + f.digits(7), "phone", True),
        "payeeAlias": G(lambda f: "1231181189"),
        "amount": G(lambda f: f.pick([95.0, 250.0, 1200.0, 3450.0])),
        "currency": G(lambda f: "SEK"),
        "message": G(lambda f: f.pick(["Hyra rullstol v.12", "Service elrullstol", "Färdtjänst egenavgift"])),
        "status": G(lambda f: f.pick(["PAID", "DECLINED", "ERROR"])),
        "datePaid": G(lambda f: f.iso()),
    }


def referral_sent(m):
    return {
        "referral_code": G(lambda f: "RW-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
        "recipient_email": Y(lambda f: email(f, m), "email"),
        "recipient_name": Y(lambda f: first(f, m), "name"),
        "channel": G(lambda f: f.pick(["email", "whatsapp", "sms"])),
        "message": G(
            lambda f: f.pick(
                ["Thought this might help with Dad's chair", "Used these for my scooter, good service", ""]
            )
        ),
    }


def carer_invited(m):
    return {
        "invitee_email": Y(lambda f: email(f, m), "email"),
        "invitee_first_name": Y(lambda f: first(f, m), "name"),
        "role": G(lambda f: f.pick(["carer", "case_manager", "family"])),
        "permissions": Many(G(lambda f: f.pick(["book_rides", "view_invoices", "request_repairs"])), 3),
        "invite_token": RED(lambda f: alnum(f, 40), "token"),
        "invites_sent_total": G(lambda f: f.r.randint(1, 5)),
    }


def vehicle_added(m):
    return {
        "vehicle_id": G(lambda f: f"VEH-{f.digits(5)}"),
        "vin": Y(vin, "serial"),
        "registration": Y(lambda f: plate(f, m), "license"),
        "make": G(lambda f: f.pick(["Peugeot", "Ford", "Volkswagen", "Toyota"])),
        "model": G(lambda f: f.pick(["e-Rifter", "Tourneo Custom", "Caddy Maxi", "Hiace"])),
        "ramp_type": G(lambda f: f.pick(["rear_ramp", "tail_lift", "side_ramp"])),
        "wheelchair_bays": G(lambda f: f.r.randint(1, 4)),
    }


def driver_onboarded(m):
    return {
        "driver_id": G(lambda f: f.r.randint(1000, 9999)),
        "full_name": Y(lambda f: name(f, "uk"), "name"),
        "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
        "dbs_status": G(lambda f: f.pick(["clear", "pending", "review"])),
        "driving_licence_number": Y(
            lambda f: uk_licence(f),
            "license",
        ),
        "hourly_rate": Y(lambda f: f.pick([12.21, 13.5, 14.75, 16.0]), "salary"),
        "national_insurance_number": RED(nino, "national id"),
        "bank_sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
        "bank_account_number": RED(lambda f: f"{f.r.randint(10000000, 99999999)}", "bank account"),
        "depot": G(lambda f: f.pick(DEPOTS[:2])[0]),
        "emergency_contact_phone": Y(lambda f: phone(f, "uk"), "phone"),
        "job_title": G(lambda f: f.pick(["WAV Driver", "Driver / Passenger Assistant", "Senior Driver"])),
    }


def shift_started(m):
    return {
        "shift_id": G(lambda f: f.uuid()),
        "vehicle_reg": Y(lambda f: plate(f, m), "license"),
        "odometer": G(lambda f: f.r.randint(1000, 240000)),
        "start_location": geo(m),
        "checklist_passed": G(lambda f: f.pick([True, True, False])),
        "ramp_check_ok": G(lambda f: f.pick([True, False])),
    }


def payment_failed(m):
    return {
        "order_id": G(lambda f: f"RW{f.digits(9)}"),
        "error": G(lambda f: f.pick(["card_declined", "insufficient_funds", "do_not_honor", "expired_card"])),
        "decline_code": G(lambda f: f.pick(["05", "51", "54", "14"])),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "masked_pan": G(lambda f: f"{f.pick(['411111', '535522', '454313'])}******{f.digits(4)}"),
        "amount": G(amount(m, 20, 900)),
    }


def scooter_trip_ended(m):
    return {
        "trip_id": G(lambda f: f.uuid()),
        "scooter_asset_tag": G(lambda f: f"RW-A{f.digits(6)}"),
        "distance_m": G(lambda f: f.r.randint(100, 14000)),
        "battery_pct_end": G(lambda f: f.r.randint(3, 95)),
        "end_position": geo(m, "latitude", "longitude"),
    }


def app_opened(m):
    return {
        "from_background": G(lambda f: f.pick([True, False])),
        "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0", "2.4.1", "1.4.3"])),
        "build": G(lambda f: f.pick(["1204", "40900", "241", "41"])),
        "url": G(lambda f: f.pick([None, "rollwell://ride/status", "rollwell://hire/checkout"])),
        "referring_application": G(
            lambda f: f.pick([None, "com.google.android.gm", "com.apple.mobilesafari"])
        ),
    }


def callback_requested(m):
    return {
        "callback_number": Y(lambda f: phone(f, m), "phone"),
        "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        "topic": G(lambda f: f.pick(["hire", "repair", "funding", "transport"])),
        "language": G(lambda f: f.pick(["en", "sv", "vi", "cy"])),
    }


def booking_cancelled(m):
    return {
        "booking_id": G(lambda f: f"BK{f.digits(8)}"),
        "cancellation_reason": G(
            lambda f: f.pick(["plans_changed", "driver_late", "booked_by_mistake", "weather"])
        ),
        "cancelled_by": G(lambda f: f.pick(["passenger", "booker", "operator"])),
        "cancellation_fee": G(amount(m, 0, 15)),
        "hours_before_pickup": G(lambda f: round(f.r.uniform(0, 72), 1)),
    }


def hire_extended(m):
    return {
        "rental_id": G(lambda f: "HA-" + f.hexid(8).upper()),
        "new_end_date": G(lambda f: ymd(f)),
        "extra_days": G(lambda f: f.r.randint(1, 60)),
        "extension_amount": G(amount(m, 10, 600)),
    }


# -- the tracking plan: (type, event, clients, markets, body) -----------------------------------------

ALL = ["uk", "se", "vn"]
APPS = ["ios", "android", "rn", "flutter"]

EVENTS = [
    ("identify", None, ["web", "ios", "android", "rn", "flutter"], ALL, identify_web),
    ("identify", None, ["python"], ["uk"], identify_uk_server),
    ("identify", None, ["node", "java"], ["se"], identify_se),
    ("identify", None, ["php"], ["vn"], identify_vn),
    ("identify", None, ["python"], ALL, identify_warehouse),
    ("group", None, ["web", "node"], ALL, group_org),
    ("alias", None, ["web", "ios", "android"], ALL, None),
    ("page", None, ["web"], ALL, page_props),
    ("screen", None, APPS, ALL, screen_props),
    ("track", "Products Searched", ["web", "ios", "android"], ALL, products_searched),
    ("track", "Product List Viewed", ["web", "ios"], ALL, product_list_viewed),
    ("track", "Product Viewed", ["web", "ios", "android", "flutter"], ALL, product_viewed),
    ("track", "Checkout Started", ["web"], ALL, checkout_started),
    ("track", "Payment Info Entered", ["web"], ["uk", "se"], payment_info_entered),
    ("track", "Order Completed", ["node", "ruby"], ALL, order_completed),
    ("track", "Hire Agreement Signed", ["dotnet"], ["uk", "se"], agreement_signed),
    ("track", "Equipment Delivered", ["driver"], ALL, equipment_delivered),
    ("track", "Repair Requested", ["web", "ios"], ["uk"], repair_requested),
    ("track", "Service Visit Booked", ["go"], ["se"], service_visit_scheduled_se),
    ("track", "Service Visit Completed", ["dotnet"], ALL, service_visit_completed),
    ("track", "Chair Battery Alert", ["go"], ALL, battery_alert),
    ("track", "Assessment Booked", ["web"], ["uk"], assessment_booked),
    ("track", "Assessment Completed", ["java"], ["uk"], assessment_completed),
    ("track", "Prescription Registered", ["java"], ["se"], prescription_se),
    ("track", "Wheelchair Prescription Approved", ["python"], ["uk"], prescription_uk),
    ("track", "Grant Application Submitted", ["python"], ["uk"], grant_submitted),
    ("track", "Grant Decision Issued", ["python"], ["uk"], grant_decision),
    ("track", "Grant Application Submitted SE", ["node"], ["se"], bidrag_se),
    ("track", "Ho So Ho Tro Da Nop", ["php"], ["vn"], ho_so_vn),
    ("track", "Ride Booked", ["ios", "android", "rn"], ALL, ride_booked),
    ("track", "Ride Booked For Someone Else", ["web", "rn"], ["uk", "se"], ride_for_someone),
    ("track", "Driver Assigned", ["node"], ALL, driver_assigned),
    ("track", "Ride Status Updated", ["node"], ALL, ride_status),
    ("track", "Ride Completed", ["rn", "node"], ALL, ride_completed),
    ("track", "Minibus Booking Received", ["ruby"], ["uk"], minibus_partner),
    ("track", "Färdtjänstresa Bokad", ["ruby"], ["se"], fardtjanst),
    ("track", "Ride Booked VN", ["flutter"], ["vn"], dat_xe_vn),
    ("track", "SMS Status Updated", ["dotnet"], ALL, twilio_status),
    ("track", "Verification Code Sent", ["node"], ALL, verification_code_sent),
    ("track", "Sign In Link Sent", ["node"], ALL, sign_in_link),
    ("track", "Form Field Completed", ["web"], ALL, form_field),
    ("track", "Phone Number Entered", ["ios", "android", "flutter"], ALL, phone_entered),
    ("track", "Customer Searched", ["web"], ALL, customer_searched),
    ("track", "Support Message Sent", ["web", "ios", "flutter"], ALL, support_message),
    ("track", "Ticket Updated", ["ruby"], ALL, zendesk_ticket),
    ("track", "Needs Survey Submitted", ["node"], ["uk", "se"], typeform_response),
    ("track", "Home Address Set", ["ios", "rn"], ALL, home_address_set),
    ("track", "Signed Up", ["web"], ALL, signed_up),
    ("track", "Form Submitted", ["web"], ["uk", "se"], form_submitted),
    ("track", "Partner Webhook Configured", ["go"], ALL, partner_webhook),
    ("track", "Notification Preferences Updated", ["ios", "android"], ALL, notif_prefs),
    ("track", "Emergency Contact Added", ["flutter", "ios"], ALL, emergency_contact),
    ("track", "Assistance Dog Registered", ["web", "android"], ["uk", "se"], assistance_dog_registered),
    ("track", "Depot Located", ["web", "ios"], ALL, depot_located),
    ("track", "Insurance Cover Added", ["web"], ALL, insurance_added),
    ("track", "Invoice Paid", ["dotnet"], ["uk", "se"], invoice_paid),
    ("track", "VNPay Payment Returned", ["php"], ["vn"], vnpay_return),
    ("track", "Swish Payment Completed", ["java"], ["se"], swish_callback),
    ("track", "Referral Sent", ["ios", "web"], ALL, referral_sent),
    ("track", "Carer Invited", ["web", "flutter"], ALL, carer_invited),
    ("track", "Vehicle Added", ["python"], ALL, vehicle_added),
    ("track", "Driver Onboarded", ["python"], ["uk"], driver_onboarded),
    ("track", "Shift Started", ["driver"], ALL, shift_started),
    ("track", "Payment Failed", ["php"], ALL, payment_failed),
    ("track", "Application Opened", APPS, ALL, app_opened),
    ("track", "Callback Requested", ["web"], ALL, callback_requested),
    ("track", "Booking Cancelled", ["rn", "node"], ALL, booking_cancelled),
    ("track", "Hire Extended", ["web", "ios"], ALL, hire_extended),
    ("track", "Scooter Trip Ended", ["android", "ios"], ["uk", "se"], scooter_trip_ended),
]

SCREENS = ["Home", "Book a Ride", "My Hires", "Repair Status", "Profile", "Trang chủ", "Mina bokningar"]


def message(f: Fake, kind: str, event: str | None, client: str, m: str, body, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}"]) if client == "web" else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick([f"rw_{f.digits(7)}", str(f.r.randint(100000, 999999))]),
    }
    if event:
        msg["event"] = event
    if kind == "group":
        msg["groupId"] = f"org_{f.digits(5)}"
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind == "screen":
        msg["name"] = f.pick(SCREENS)
    if kind == "page":
        msg["name"] = f.pick(["Hire", "Repairs", "Funding", "Transport"])
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body(m), f, section, labels)
    msg["context"] = render(context_for(client, m), f, "context", labels)
    if client in ("web", "ios", "android", "rn", "flutter", "driver"):
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, markets, body in EVENTS:
            events.append(message(f, kind, event, f.pick(clients), f.pick(markets), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=317, repeats=28)
    write(Path(__file__).parent, "holdout317_", events, labels)
