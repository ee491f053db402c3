"""Writes holdout 119: tests/corpus/holdout119_events.jsonl and holdout119_labels.json.

Sealed: written by a test engineer who did not read the detection engine, its vocabularies, its
tests, the other holdouts' labels or builders (build_holdout3.py was read for its format only),
and who never ran the engine on these events. Labels come from the labelling rules below, not from
what any detector does.

Domain: a B2B field-service and facilities-management SaaS ("FieldPro") used in the UK, Ireland and
the Netherlands: work orders and dispatch, technicians' schedules and van GPS tracking, site visits
with photos and signatures, asset and equipment registers, customer sites and site contacts,
quotes, invoices and direct debits, safety checklists and incidents (injuries), timesheets,
mileage and absences, recruitment and onboarding of technicians, a homeowner booking app, a
social-housing repairs portal, telephony and e-mail webhooks, a parts shop (e-commerce spec) and
the marketing site. Senders: analytics.js (dispatch console, careers and marketing site),
analytics-swift and analytics-kotlin (technician apps), analytics-react-native (customer app),
analytics-flutter (safety app), and the python, node, go, java, ruby, php and .NET server
libraries, each with the `context` its library really sends.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths in other
conventions real customers have: PascalCase from the .NET services, kebab-case from the legacy PHP
portal, SCREAMING_SNAKE traits synced from the warehouse, and Dutch keys from a Dutch tenant
(`werkbon_nummer`, `monteur_naam`, `kenteken`, `handtekening_klant` ...). Values are generated
for UK, Irish and Dutch people with names from many cultures, national phone formats (UK mobiles
and landlines, Irish and Dutch numbers, E.164), UK postcodes, Eircodes and Dutch postcodes;
identifiers carry valid checksums where real ones do (Luhn cards and IMEIs, mod-97 IBANs for GB,
IE and NL, 11-proof BSNs, mod-23 PPS numbers, valid-prefix National Insurance numbers, VINs with a
correct check digit).

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a technician or other staff member, a
  site contact, a homeowner or tenant, an injured person, a witness, a next of kin, an applicant.
  Colour is the reference's default for the matcher; outside the reference, red for credentials,
  secrets, card numbers, bank accounts, government ids, health ids and visa/right-to-work
  answers, yellow otherwise. Types use the reference's matcher names, `a|b` when either is fair.
- Green: ids we issue (work orders, jobs, assets, employee numbers, customer account numbers,
  tenancy references, invoice and quote numbers, mandate ids), UUIDs, versions, timestamps,
  hashes, amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `signature_required`, `photos_count`), company, product and pet names, job titles, employers,
  ages and age bands, marital status, countries, locales, timezones, user agents, OS device ids,
  sort codes and BICs, card brand / last four / expiry.
- Contested cases follow the published policy: a business's own address, phone and role
  mailboxes are green (commercial customer sites, a site's reception number, accounts@ mailboxes,
  the company's numbers in telephony webhooks, call-masking proxy numbers); insurance policy
  numbers are yellow `identification`; pay, rates and salaries yellow `salary`; van plates
  yellow `license` and VINs yellow `serial`; gclid / fbclid / fbp / li_fat_id yellow
  `advertising id`; the person's billing and delivery addresses yellow `address`; trade union
  membership yellow `trade union`; Stripe `pm_` ids, OAuth tokens, one-time codes and magic-link
  tokens red `token`; API keys red `secret`; NI, PPS and BSN numbers red `national id`;
  right-to-work answers, sponsorship and share codes red `visa`.
- Decisions for this domain, where a careful privacy owner at a mid-size company would want the
  field flagged or not:
  - equipment serial numbers, asset tags and photos of equipment are green (a company's assets,
    not a person's); the van's VIN and tracker IMEI are yellow `serial` (the van is assigned to a
    technician, so both single out a person); an APNs device token in `context.device.token` is
    red `token` (a credential held by the person's device, as the main corpus labels it);
  - a technician's GPS position (van tracking, clock-in, job start) is yellow `geolocation`; a
    dispatch map's viewport centre is green (a view, not a person's location);
  - a customer's signature (an image URL or a data URL) is yellow `photo`; a Gas Safe or F-Gas
    registration number is yellow `certificate|license` (it identifies the engineer);
  - an injury's description and body part and a sickness-absence reason are yellow `condition`;
    a boolean that a household includes a disabled member is red `disability`;
  - the address a homeowner types into a postcode lookup is the person's (yellow `zipcode`);
    a route's origin depot and destination site are green.
- value_only is true when the key does not say what the value is (`value`, `q`, `text`,
  `input`, `link`, `From`, `Caller`, `sender`, `destination`, `reason`, `file_name`, `cv_file`,
  `access_notes`, `contacts[].value`)
  and only the value reveals it. A value_only PII path holds that PII in every value. Free text
  is labelled by what every one of its values carries: fields such as `access_notes` or a
  note's `text` carry a phone or e-mail in every value; descriptions, captions and remarks
  (`description`, `note`, `opmerkingen`, `comment`) carry none and are green.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = [
    "Siobhán", "Aoife", "Ciarán", "Oisín", "Niamh", "Declan", "Pádraig", "Sinéad", "Daan", "Sanne",
    "Bram", "Femke", "Joris", "Lotte", "Mohammed", "Aisha", "Priya", "Arjun", "Adebayo", "Chidi",
    "Wojciech", "Agnieszka", "Mihai", "Ioana", "Kwame", "Yusuf", "Fatima", "Tomasz", "Wei", "Mei",
    "Grace", "Oliver", "Harry", "Amelia", "Emma", "Jack", "Rhys", "Cerys", "Eilidh", "Callum",
    "Hamza", "Zainab", "Deniz", "Emre", "Ana", "João", "Lukas", "Noor", "Bilal", "Thandiwe", "Kofi",
    "Dave", "Sharon", "Gareth", "Shauna", "Ruairí", "Anouk", "Sem", "Ravinder", "Gurpreet",
]  # fmt: skip
LAST = [
    "Murphy", "O'Sullivan", "Byrne", "Ní Bhriain", "Mac Giolla Bhríde", "de Vries", "van den Berg",
    "Jansen", "Bakker", "Visser", "Smit", "Khan", "Patel", "Begum", "Okafor", "Adeyemi", "Nowak",
    "Kowalski", "Popescu", "Williams", "Jones", "Evans", "Davies", "Taylor", "MacLeod", "Campbell",
    "Nguyen", "Chen", "Wong", "Öztürk", "Santos", "Rossi", "Hassan", "Ali", "Mensah", "O'Brien",
    "Walsh", "Kelly", "Doherty", "Bos", "Mulder", "El Amrani", "Bouzid", "Sandhu", "Kaur", "Fitzgerald",
]  # fmt: skip
ASCII = str.maketrans("áéíóúıçãÁÉÍÓÚ", "aeiouicaAEIOU")
PERSONAL_DOMAINS = [
    "gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com", "yahoo.ie", "eircom.net",
    "ziggo.nl", "kpnmail.nl", "btinternet.com", "live.nl",
]  # fmt: skip
WORK_DOMAINS = [
    "brightwell-fm.co.uk", "northgatefacilities.com", "harbourhomes.org.uk", "clearflow.ie",
    "vandermeer-installatie.nl", "kestrelretail.co.uk", "apexmech.ie", "stadsbeheer.nl",
]  # fmt: skip
COMPANIES = [
    "Brightwell Facilities Ltd", "Northgate FM", "Harbour Homes Housing Association",
    "ClearFlow Mechanical", "Van der Meer Installatietechniek B.V.", "Kestrel Retail Group",
    "Apex Mechanical Services", "Stadsbeheer Utrecht", "Lakeside Leisure Centres", "Greenway Schools Trust",
]  # fmt: skip
UK_TOWNS = [
    "Manchester",
    "Leeds",
    "Salford",
    "Birmingham",
    "Bristol",
    "Glasgow",
    "Cardiff",
    "Belfast",
    "Sheffield",
]
IE_TOWNS = ["Dublin 8", "Cork", "Galway", "Limerick", "Drogheda", "Swords", "Naas", "Waterford"]
NL_TOWNS = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Amersfoort", "Zwolle", "Haarlem"]
UK_STREETS = [
    "Wellington Road", "Victoria Street", "Station Road", "Church Lane", "Beech Grove", "Mill Close",
    "Kingsway", "Albert Crescent", "Oakfield Avenue", "Hawthorn Drive",
]  # fmt: skip
IE_STREETS = ["Main Street", "Griffith Avenue", "Ashbrook Park", "Cois Abhann", "Seaview Terrace", "Oak Lawn"]
NL_STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Julianalaan",
    "Prinsengracht",
    "Schoolstraat",
    "Beukenlaan",
]
UK_OUTWARD = [
    "M14",
    "LS6",
    "B15",
    "SW9",
    "E17",
    "G41",
    "CF24",
    "BS5",
    "NE6",
    "L15",
    "EH7",
    "BT9",
    "NG7",
    "S11",
    "M6",
]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_KEYS = ["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A94", "K78", "W23", "A92"]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def slug(s: str) -> str:
    return s.translate(ASCII).lower().replace("'", "").replace(" ", "")


def personal_email(f: Fake) -> str:
    a, b = slug(first(f)), slug(last(f))
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}"])
    return f"{local}@{f.pick(PERSONAL_DOMAINS)}"


def work_email(f: Fake) -> str:
    a, b = slug(first(f)), slug(last(f))
    return f"{f.pick([f'{a}.{b}', f'{a[0]}.{b}', f'{a}'])}@{f.pick(WORK_DOMAINS)}"


def any_email(f: Fake) -> str:
    return personal_email(f) if f.r.random() < 0.5 else work_email(f)


def role_mailbox(f: Fake) -> str:
    box = f.pick(["accounts", "ap", "invoices", "facilities", "helpdesk", "finance"])
    return f"{box}@{f.pick(WORK_DOMAINS)}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def uk_mobile(f: Fake) -> str:
    n = f"7{f.r.randint(400, 999)}{d(f, 6)}"
    return f.pick(
        [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"]
    )


def uk_landline(f: Fake) -> str:
    return f.pick(
        [
            f"0161 {f.r.randint(200, 999)} {d(f, 4)}",
            f"020 {f.r.randint(7000, 8999)} {d(f, 4)}",
            f"0113 {f.r.randint(200, 999)} {d(f, 4)}",
            f"029 20{d(f, 2)} {d(f, 4)}",
            f"028 90{d(f, 2)} {d(f, 4)}",
        ]
    )


def ie_phone(f: Fake) -> str:
    net = f.pick(["83", "85", "86", "87", "89"])
    return f.pick([f"0{net} {d(f, 3)} {d(f, 4)}", f"+353 {net} {d(f, 3)} {d(f, 4)}", f"+353{net}{d(f, 7)}"])


def nl_phone(f: Fake) -> str:
    return f.pick(
        [
            f"06-{f.r.randint(10000000, 99999999)}",
            f"+31 6 {d(f, 8)}",
            f"06 {d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}",
        ]
    )


def phone(f: Fake) -> str:
    return f.pick([uk_mobile, uk_mobile, uk_landline, ie_phone, nl_phone])(f)


def mobile(f: Fake) -> str:
    return f.pick([uk_mobile, uk_mobile, ie_phone, nl_phone])(f)


def uk_postcode(f: Fake) -> str:
    return f"{f.pick(UK_OUTWARD)} {f.r.randint(1, 9)}{f.pick(POSTCODE_LETTERS)}{f.pick(POSTCODE_LETTERS)}"


def eircode(f: Fake) -> str:
    return f"{f.pick(EIRCODE_KEYS)} " + "".join(f.pick(EIRCODE_CHARS) for _ in range(4))


def nl_postcode(f: Fake) -> str:
    letters = f.pick([a + b for a in "ABCDEGHJKLMNPRTVWXZ" for b in "ABCDEGHJKLMNPRTVWXZ"])
    return f"{f.r.randint(1011, 9999)} {letters}"


def postcode(f: Fake) -> str:
    return f.pick([uk_postcode, uk_postcode, eircode, nl_postcode])(f)


def street(f: Fake) -> str:
    kind = f.pick(["uk", "uk", "ie", "nl"])
    if kind == "uk":
        return f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"
    if kind == "ie":
        return f.pick(
            [
                f"{f.r.randint(1, 80)} {f.pick(IE_STREETS)}",
                f"Apartment {f.r.randint(1, 60)}, {f.pick(IE_STREETS)}",
            ]
        )
    return f"{f.pick(NL_STREETS)} {f.r.randint(1, 180)}{f.pick(['', '', 'A', '-2', ' bis'])}"


def town(f: Fake) -> str:
    return f.pick([*UK_TOWNS, *IE_TOWNS, *NL_TOWNS])


def home_address(f: Fake) -> str:
    kind = f.pick(["uk", "ie", "nl"])
    if kind == "uk":
        return f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}, {f.pick(UK_TOWNS)} {uk_postcode(f)}"
    if kind == "ie":
        return f"{f.r.randint(1, 80)} {f.pick(IE_STREETS)}, {f.pick(IE_TOWNS)}, {eircode(f)}"
    return f"{f.pick(NL_STREETS)} {f.r.randint(1, 180)}, {nl_postcode(f)} {f.pick(NL_TOWNS)}"


def site_address(f: Fake) -> str:
    """A commercial customer site: the business's own address."""
    return f.pick(
        [
            f"Unit {f.r.randint(1, 40)}, Trafford Park Ind. Estate, Manchester M17 1{f.pick('ABDEFH')}Z",
            f"Kestrel Retail Park, Gelderd Road, Leeds LS12 6{f.pick('ABDEFH')}P",
            f"Lakeside Leisure Centre, Quay Street, Cardiff CF10 1{f.pick('ABDEFH')}N",
            f"Block C, Sandyford Business Park, Dublin 18, D18 {f.pick(['X285', 'K7W2', 'T9C4'])}",
            f"Bedrijvenpark Lage Weide, Cartesiusweg {f.r.randint(10, 140)}, 3534 BD Utrecht",
            f"Greenway Academy, School Lane, Bristol BS5 {f.r.randint(1, 9)}QT",
            f"Harbour House, {f.r.randint(1, 30)} Dock Street, Belfast BT15 1{f.pick('ABDEFH')}L",
        ]
    )


def lat(f: Fake) -> float:
    return round(f.r.uniform(51.35, 55.9), f.pick([5, 6, 7]))


def lon(f: Fake) -> float:
    return round(f.r.uniform(-8.6, 6.9), f.pick([5, 6, 7]))


def iso(f: Fake) -> str:
    return f.iso().replace("2024-", f.pick(["2024-", "2025-"]))


def day(f: Fake) -> str:
    return f"{f.pick(['2024', '2025'])}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def birthdate(f: Fake) -> str:
    y, m, dd = f.r.randint(1958, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}-{m:02d}-{y}"])


def alnum(f: Fake, n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.pick(chars) for _ in range(n))


def mod97_check(bban: str, country: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["GB", "IE", "NL", "NL"])
    if country == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(f, 6) + d(f, 8)
    elif country == "IE":
        bban = f.pick(["AIBK", "BOFI", "IPBS"]) + d(f, 6) + d(f, 8)
    else:
        bban = f.pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + d(f, 10)
    raw = f"{country}{mod97_check(bban, country)}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def bsn(f: Fake) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        total = sum(x * w for x, w in zip(digits, range(9, 1, -1), strict=True))
        last_digit = total % 11
        if last_digit < 10:
            return "".join(map(str, digits)) + str(last_digit)


def pps(f: Fake) -> str:
    digits = [f.r.randint(0, 9) for _ in range(7)]
    second = f.pick(["", "", "A", "W"])
    total = sum(x * w for x, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64 if second != "W" else 0)
    rem = total % 23
    check = "W" if rem == 0 else chr(64 + rem)
    return "".join(map(str, digits)) + check + second


def ni_number(f: Fake) -> str:
    firsts = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    seconds = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
    while True:
        prefix = f.pick(firsts) + f.pick(seconds)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    num = d(f, 6)
    suffix = f.pick("ABCD")
    if f.r.random() < 0.5:
        return f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}"
    return f"{prefix}{num}{suffix}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    wmi = f.pick(["WF0", "VF1", "W1V", "WV1", "VF7", "NMT"])
    body = (
        wmi + "".join(f.pick(VIN_CHARS) for _ in range(5)) + "0" + f.pick("LMNPR") + f.pick("AJEX") + d(f, 6)
    )
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def van_plate(f: Fake) -> str:
    kind = f.pick(["uk", "uk", "ie", "nl"])
    L_ = "ABCDEFGHJKLMNOPRSTUVWXY"
    if kind == "uk":
        age = f.pick(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24", "74"])
        return f"{f.pick(L_)}{f.pick(L_)}{age} {f.pick(L_)}{f.pick(L_)}{f.pick(L_)}".replace(
            " ", f.pick([" ", ""])
        )
    if kind == "ie":
        year = f.pick(["221", "222", "231", "232", "241"])
        return f"{year}-{f.pick(['D', 'C', 'G', 'KE', 'MH'])}-{f.r.randint(1, 29999)}"
    return f"V{f.pick('BDFGHJKLNPRSTVXZ')}-{f.r.randint(100, 999)}-{f.pick('BDFGHJKLNPRSTVXZ')}"


def imei(f: Fake) -> str:
    return f.luhn_complete("35" + d(f, 12))


def uk_driving_licence(f: Fake) -> str:
    sur = slug(last(f)).upper()[:5].ljust(5, "9")
    y, m, dd = f.r.randint(1958, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    m += f.pick([0, 50])
    ini = slug(first(f)).upper()[0] + f.pick(["9", f.pick("ABCDEJKMRST")])
    check = f.pick(string.ascii_uppercase) + f.pick(string.ascii_uppercase)
    return f"{sur}{str(y)[2]}{m:02d}{dd:02d}{str(y)[3]}{ini}9{check}"


def share_code(f: Fake) -> str:
    c = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
    return f"{f.pick('WS')}{alnum(f, 2, c)} {alnum(f, 3, c)} {alnum(f, 3, c)}"


def stripe_pm(f: Fake) -> str:
    return "pm_" + alnum(f, 24)


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 70, string.ascii_letters + string.digits + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}"


def wo(f: Fake) -> str:
    return f"WO-{f.r.randint(100000, 999999)}"


def money(f: Fake, lo=20, hi=4000) -> float:
    return f.money(lo, hi)


def signature_url(f: Fake) -> str:
    return f"https://files.fieldpro.io/signatures/{f.uuid()}.png"


def signature_data(f: Fake) -> str:
    return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + alnum(
        f, 60, string.ascii_letters + string.digits + "+/"
    )


def apns_token(f: Fake) -> str:
    return f.hexid(64)


def access_note(f: Fake) -> str:
    p = mobile(f)
    n = first(f)
    return f.pick(
        [
            f"Key safe by the back door. Call {n} on {p} if no answer",
            f"Ring {p} when 10 mins away please",
            f"Tenant works nights, text {p} before arriving",
            f"Park on the drive. Neighbour ({n}) has a spare key, mobile {p}",
            f"Dog in the garden, call me first: {p}",
            f"Bel even op {p} als u voor de deur staat",
        ]
    )


def note_text(f: Fake) -> str:
    n = full_name(f)
    return f.pick(
        [
            f"Spoke to {n}, new mobile is {mobile(f)}",
            f"Invoices now go to {any_email(f)} from April",
            f"Out of hours contact changed to {n} {phone(f)}",
            f"Facilities manager left, new contact {work_email(f)}",
            f"Customer asked us to call {uk_mobile(f)} not the office line",
        ]
    )


def cp12_file(f: Fake) -> str:
    return f.pick(
        [
            f"CP12 - {last(f)} - {uk_postcode(f)}.pdf",
            f"Gas Safety Record {last(f)} {uk_postcode(f)}.pdf",
            f"Werkbon_{slug(last(f))}_{nl_postcode(f).replace(' ', '')}.pdf",
            f"BoilerService_{slug(last(f)).title()}_{eircode(f).replace(' ', '')}.pdf",
        ]
    )


def cv_file(f: Fake) -> str:
    a, b = first(f), last(f)
    return f.pick([f"CV_{a}_{b}.pdf", f"{a} {b} CV 2024.docx", f"{b.upper()}_{a}_resume.pdf"])


def sickness_reason(f: Fake) -> str:
    return f.pick(
        [
            "lower back pain",
            "gastroenteritis",
            "migraine",
            "COVID-19",
            "work-related stress",
            "chest infection",
            "knee injury (non work)",
            "anxiety",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake, app: str = "console"):
    host, paths, titles = {
        "console": (
            "https://app.fieldpro.io",
            [
                "/dispatch",
                "/work-orders",
                "/work-orders/new",
                "/sites",
                "/assets",
                "/reports",
                "/settings/api",
            ],
            ["Dispatch board | FieldPro", "Work orders | FieldPro", "Sites | FieldPro", "Reports | FieldPro"],
        ),
        "www": (
            "https://www.fieldpro.io",
            ["/", "/pricing", "/demo", "/careers/field-engineer", "/book", "/industries/facilities"],
            ["FieldPro - Field service software", "Pricing | FieldPro", "Book a demo", "Careers"],
        ),
    }[app]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.co.uk/", "https://www.bing.com/", host + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?status=open", "?tab=history"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: host + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Microsoft Edge", "Not-A.Brand"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "nl-NL", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Amsterdam"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["fm_q2_2024", "brand", "retarget_demo", "hvac_engineers_hiring"])),
            "source": G(lambda f: f.pick(["google", "linkedin", "newsletter", "indeed"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["field service software", "cafm system", "job management app"])),
            "content": G(lambda f: f.pick(["ad_a", "ad_b", "footer_cta"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "FieldPro Engineer"),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["6140", "6152", "6160"])),
            "namespace": G(lambda f: "io.fieldpro.engineer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPad13,18", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(apns_token, "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Amsterdam"])),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "FieldPro Engineer"),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.1"])),
            "build": G(lambda f: f.pick(["61400", "61510"])),
            "namespace": G(lambda f: "io.fieldpro.engineer"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies", "Google"])),
            "model": G(lambda f: f.pick(["SM-G556B", "TC52", "Pixel 7a", "SM-T575"])),
            "name": G(lambda f: f.pick(["xcover7", "TC52", "lynx"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2408),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Three IE", "KPN", "O2 - UK"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 30), 1)),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Amsterdam"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-G556B Build/UP1A.231005.007)"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "FieldPro Customer"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "io.fieldpro.customer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Amsterdam"])),
        "traits": {
            "email": Y(personal_email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "FieldPro SafeSite"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "io.fieldpro.safesite"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G556B", "TC58"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin", "Europe/Amsterdam"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(kind: str):
    name, versions = SERVER_LIBS[kind]

    def ctx(f: Fake):
        c: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if kind in ("node", "ruby", "php"):
            # forwarded from the end user's request
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if kind in ("node", "java", "ruby"):
            c["groupId"] = G(lambda f: f"acc_{f.r.randint(1000, 99999)}")
        if kind == "node":
            c["traits"] = {"email": Y(any_email, "email")}
        return c

    return ctx


CONTEXTS = {
    "web": lambda f: web_context(f, "console"),
    "www": lambda f: web_context(f, "www"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}

# -- events -----------------------------------------------------------------------------------------

JOB_TYPES = ["reactive", "planned_maintenance", "ppm", "emergency", "quote_visit", "install"]
TRADES = ["HVAC", "plumbing", "electrical", "gas", "fire_safety", "lifts", "building_fabric"]


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["VAL-", "GRU-", "WOR-", "HON-"]) + str(f.r.randint(10000, 99999))),
        "name": G(
            lambda f: f.pick(
                [
                    "Grundfos UPS3 15-50/65 Pump",
                    "Honeywell V4073A Diverter Valve",
                    "Worcester 87161425420 PCB",
                    "Vaillant Expansion Vessel 10L",
                    "Danfoss RA-N TRV 15mm",
                    "Fernox F1 Inhibitor 500ml",
                ]
            )
        ),
        "brand": G(
            lambda f: f.pick(["Grundfos", "Honeywell", "Worcester Bosch", "Vaillant", "Danfoss", "Fernox"])
        ),
        "category": G(lambda f: f.pick(["Heating spares", "Controls", "Chemicals", "Pumps"])),
        "variant": G(lambda f: f.pick(["15mm", "22mm", "500ml", "Standard"])),
        "price": G(lambda f: f.money(4, 380)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


EVENTS = [
    # -- identities --------------------------------------------------------------------------------
    (
        "identify",
        None,
        ("swift", "kotlin"),
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(work_email, "email"),
            "phone": Y(mobile, "phone"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "role": G(lambda f: f.pick(["technician", "senior_technician", "supervisor", "apprentice"])),
            "title": G(
                lambda f: f.pick(["Multi-skilled Engineer", "Gas Engineer", "Electrician", "HVAC Technician"])
            ),
            "employeeNumber": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "depot": G(lambda f: f.pick(["Salford", "Leeds South", "Dublin West", "Utrecht"])),
            "skills": Many(
                G(lambda f: f.pick(["F-Gas Cat 1", "Gas Safe", "18th Edition", "IPAF", "CSCS"])), 3
            ),
            "gasSafeRegNumber": Y(lambda f: str(f.r.randint(100000, 999999)), "certificate|license"),
            "homePostcode": Y(postcode, "zipcode"),
            "avatarUrl": Y(lambda f: f"https://files.fieldpro.io/avatars/{f.hexid(16)}.jpg", "photo"),
            "vanRegistration": Y(van_plate, "license"),
            "hourlyRate": Y(lambda f: f.pick([16.5, 18.25, 19.0, 21.75, 24.0, 27.5]), "salary"),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "createdAt": G(iso),
            "company": {
                "id": G(lambda f: f"acc_{f.r.randint(1000, 99999)}"),
                "name": G(lambda f: f.pick(COMPANIES)),
            },
        },
        1,
    ),
    (
        "identify",
        None,
        ("rn",),
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(personal_email, "email"),
            "phone": Y(mobile, "phone"),
            "customerAccountNumber": G(lambda f: f"C{f.r.randint(1000000, 9999999)}"),
            "preferredContactMethod": G(lambda f: f.pick(["sms", "email", "phone", "whatsapp"])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "propertiesCount": G(lambda f: f.r.randint(1, 3)),
            "createdAt": G(iso),
        },
        1,
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "CUSTOMER_ID": G(lambda f: f"C{f.r.randint(1000000, 9999999)}"),
            "ACCOUNT_NAME": G(lambda f: f.pick(COMPANIES)),
            "CONTACT_FULL_NAME": Y(full_name, "name"),
            "CONTACT_EMAIL": Y(work_email, "email"),
            "CONTACT_PHONE": Y(phone, "phone"),
            "CONTACT_JOB_TITLE": G(
                lambda f: f.pick(["Facilities Manager", "Estates Director", "Office Manager"])
            ),
            "LIFETIME_VALUE_GBP": G(lambda f: f.money(1000, 250000)),
            "LAST_JOB_DATE": G(day),
            "OPEN_WORK_ORDERS": G(lambda f: f.r.randint(0, 140)),
            "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
            "CHURN_RISK": G(lambda f: f.pick(["low", "medium", "high"])),
            "REGION": G(lambda f: f.pick(["North West", "Yorkshire", "Leinster", "Randstad"])),
            "EMAIL_DOMAIN": G(lambda f: f.pick(WORK_DOMAINS)),
            "IS_KEY_ACCOUNT": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "identify",
        None,
        ("kotlin",),
        {
            "voornaam": Y(first, "name"),
            "achternaam": Y(last, "name"),
            "emailadres": Y(personal_email, "email"),
            "mobiel": Y(nl_phone, "phone"),
            "geboortedatum": Y(birthdate, "birthdate"),
            "functie": G(
                lambda f: f.pick(["Servicemonteur", "Werkvoorbereider", "Planner", "Leerling-monteur"])
            ),
            "vestiging": G(lambda f: f.pick(["Utrecht", "Amersfoort", "Zwolle"])),
            "personeelsnummer": G(lambda f: str(f.r.randint(1000, 9999))),
            "burgerlijke_staat": G(lambda f: f.pick(["gehuwd", "ongehuwd", "samenwonend"])),
        },
        1,
    ),
    (
        "group",
        None,
        ("web",),
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(
                lambda f: f.pick(["Facilities Management", "Social Housing", "Retail", "Education"])
            ),
            "employees": G(lambda f: f.pick([12, 45, 180, 900, 3400])),
            "plan": G(lambda f: f.pick(["Team", "Business", "Enterprise"])),
            "website": G(lambda f: "https://www." + f.pick(WORK_DOMAINS)),
            "address": {
                "street": G(
                    lambda f: f.pick(["3 Quay Street", "Cartesiusweg 90", "Unit 7, Sandyford Business Park"])
                ),
                "city": G(lambda f: f.pick(["Manchester", "Utrecht", "Dublin 18"])),
                "postalCode": G(lambda f: f.pick(["M3 3JE", "3534 BD", "D18 X285"])),
                "country": G(lambda f: f.pick(["GB", "NL", "IE"])),
            },
            "vatNumber": G(lambda f: f.pick(["GB", "IE", "NL"]) + d(f, 9)),
            "accountManager": Y(full_name, "name"),
            "createdAt": G(iso),
        },
        1,
    ),
    ("alias", None, ("web", "rn"), None, 1),
    # -- pages and screens -------------------------------------------------------------------------
    (
        "page",
        "Dispatch Board",
        ("web",),
        {
            "name": G(lambda f: f.pick(["Dispatch Board", "Work Orders", "Site Detail", "Asset Register"])),
            "path": G(lambda f: f.pick(["/dispatch", "/work-orders", "/sites/4821", "/assets"])),
            "url": G(lambda f: "https://app.fieldpro.io" + f.pick(["/dispatch", "/work-orders", "/assets"])),
            "title": G(lambda f: f.pick(["Dispatch board | FieldPro", "Work orders | FieldPro"])),
            "referrer": G(lambda f: f.pick(["", "https://app.fieldpro.io/"])),
        },
        2,
    ),
    (
        "screen",
        "Job Detail",
        ("swift", "kotlin"),
        {
            "name": G(lambda f: f.pick(["Job Detail", "Today", "Timesheet", "Van Stock"])),
            "screen_class": G(
                lambda f: f.pick(["JobDetailViewController", "TodayFragment", "TimesheetActivity"])
            ),
            "previous_screen": G(lambda f: f.pick(["Today", "Map", "Inbox"])),
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
        },
        2,
    ),
    # -- work orders and dispatch --------------------------------------------------------------------
    (
        "track",
        "Work Order Created",
        ("web",),
        {
            "work_order_id": G(wo),
            "job_type": G(lambda f: f.pick(JOB_TYPES)),
            "trade": G(lambda f: f.pick(TRADES)),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3", "P4"])),
            "sla_hours": G(lambda f: f.pick([4, 8, 24, 72])),
            "site_id": G(lambda f: f"S{f.r.randint(10000, 99999)}"),
            "site_name": G(
                lambda f: f.pick(
                    ["Kestrel Retail Park", "Lakeside Leisure Centre", "Greenway Academy", "Harbour House"]
                )
            ),
            "site_address": G(site_address),
            "site_phone": G(uk_landline),
            "reported_by_name": Y(full_name, "name"),
            "reported_by_phone": Y(phone, "phone"),
            "reported_by_email": Y(work_email, "email"),
            "description": G(
                lambda f: f.pick(
                    [
                        "Boiler not firing in plant room, no heating to first floor",
                        "Water leak above ceiling tile in corridor B",
                        "Emergency lighting failed monthly test",
                        "AHU-2 belt squealing",
                        "Fire door not closing on level 3",
                    ]
                )
            ),
            "customer_po": G(lambda f: f"PO{f.r.randint(100000, 999999)}"),
            "nte_amount": G(lambda f: f.pick([250, 500, 1000])),
            "source": G(lambda f: f.pick(["portal", "email", "phone", "api"])),
        },
        1,
    ),
    (
        "track",
        "Work Order Assigned",
        ("web",),
        {
            "work_order_id": G(wo),
            "technician_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "technician_name": Y(full_name, "name"),
            "technician_mobile": Y(mobile, "phone"),
            "dispatcher_name": Y(full_name, "name"),
            "scheduled_start": G(iso),
            "eta_minutes": G(lambda f: f.r.randint(10, 240)),
            "travel_distance_km": G(lambda f: round(f.r.uniform(1, 90), 1)),
            "skills_required": Many(
                G(lambda f: f.pick(["Gas Safe", "F-Gas Cat 1", "IPAF", "18th Edition"])), 2
            ),
            "auto_assigned": G(lambda f: f.pick([True, False])),
            "reassignment_count": G(lambda f: f.r.randint(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Dispatch Map Viewed",
        ("web",),
        {
            "map_center": {
                "lat": G(lambda f: round(f.r.uniform(51.4, 55), 4)),
                "lng": G(lambda f: round(f.r.uniform(-6.3, 5.2), 4)),
            },
            "zoom": G(lambda f: f.r.randint(6, 14)),
            "layers": Many(G(lambda f: f.pick(["technicians", "open_jobs", "traffic", "sites"])), 3),
            "visible_technicians": G(lambda f: f.r.randint(0, 60)),
            "region_filter": G(lambda f: f.pick(["all", "North West", "Leinster", "Utrecht"])),
        },
        1,
    ),
    (
        "track",
        "Route Planned",
        ("web",),
        {
            "route_id": G(lambda f: f.uuid()),
            "origin": G(
                lambda f: f.pick(["Salford depot", "Leeds South depot", "Dublin West depot", "Utrecht depot"])
            ),
            "destination_site": G(
                lambda f: f.pick(["Kestrel Retail Park", "Greenway Academy", "Harbour House"])
            ),
            "stops": G(lambda f: f.r.randint(2, 9)),
            "total_distance_km": G(lambda f: round(f.r.uniform(5, 240), 1)),
            "optimised": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Customer Searched",
        ("web",),
        {
            "q": Y(lambda f: f.pick([full_name(f), last(f), f"{first(f)} {last(f)}".lower()]), "name", True),
            "search_scope": G(lambda f: "contacts"),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "duration_ms": G(lambda f: f.r.randint(40, 900)),
        },
        1,
    ),
    (
        "track",
        "Asset Searched",
        ("web", "swift"),
        {
            "query": G(lambda f: f.pick(["chiller", "AHU-03", "boiler 2", "fire panel", "ESL", "Daikin"])),
            "filters": {
                "site_id": G(lambda f: f"S{f.r.randint(10000, 99999)}"),
                "status": G(lambda f: f.pick(["active", "decommissioned", "all"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
        1,
    ),
    # -- field work ----------------------------------------------------------------------------------
    (
        "track",
        "Job Started",
        ("kotlin", "swift"),
        {
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
            "work_order_id": G(wo),
            "arrived_at": G(iso),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "gps_accuracy_m": G(lambda f: round(f.r.uniform(3, 60), 1)),
            "geofence_radius_m": G(lambda f: f.pick([100, 150, 250])),
            "inside_geofence": G(lambda f: f.pick([True, False])),
            "travel_time_min": G(lambda f: f.r.randint(5, 120)),
        },
        2,
    ),
    (
        "track",
        "Job Completed",
        ("swift", "kotlin"),
        {
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
            "work_order_id": G(wo),
            "outcome": G(lambda f: f.pick(["completed", "further_works", "no_access", "parts_required"])),
            "first_time_fix": G(lambda f: f.pick([True, False])),
            "labour_minutes": G(lambda f: f.r.randint(15, 480)),
            "note": G(
                lambda f: f.pick(
                    [
                        "Replaced PRV, system repressurised to 1.2 bar",
                        "Cleaned condensate trap, boiler running",
                        "Reset fire panel, zone 4 detector faulty - quote to follow",
                        "No access, site locked",
                        "Replaced 2x emergency bulkheads",
                    ]
                )
            ),
            "photos_count": G(lambda f: f.r.randint(0, 12)),
            "signature_required": G(lambda f: f.pick([True, False])),
            "signed_by_name": Y(full_name, "name"),
            "signature_url": Y(signature_url, "photo"),
            "report_email": Y(any_email, "email"),
            "customer_rating": G(lambda f: f.r.randint(1, 5)),
            "parts_used": Many(
                {
                    "sku": G(lambda f: f.pick(["VAL-", "GRU-", "WOR-"]) + str(f.r.randint(10000, 99999))),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "from_van_stock": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Photo Uploaded",
        ("swift", "kotlin"),
        {
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": G(lambda f: f"https://files.fieldpro.io/jobs/{f.uuid()}.jpg"),
            "caption": G(
                lambda f: f.pick(
                    ["Boiler nameplate", "Leak under sink", "Before", "After", "Damaged ceiling tile"]
                )
            ),
            "stage": G(lambda f: f.pick(["before", "during", "after"])),
            "width": G(lambda f: f.pick([3024, 4032, 1920])),
            "height": G(lambda f: f.pick([4032, 3024, 1080])),
            "size_bytes": G(lambda f: f.r.randint(300_000, 6_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Document Uploaded",
        ("swift",),
        {
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
            "doc_type": G(lambda f: f.pick(["CP12", "service_report", "werkbon", "EICR"])),
            "file_name": Y(cp12_file, "name|zipcode", True),
            "mime_type": G(lambda f: "application/pdf"),
            "size_bytes": G(lambda f: f.r.randint(40_000, 900_000)),
            "emailed_to_customer": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Location Updated",
        ("go",),
        {
            "vehicle_id": G(lambda f: f"V{f.r.randint(100, 999)}"),
            "technician_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "registration": Y(van_plate, "license"),
            "vin": Y(vin, "serial"),
            "tracker_imei": Y(imei, "serial"),
            "position": {"lat": Y(lat, "geolocation"), "lon": Y(lon, "geolocation")},
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kph": G(lambda f: round(f.r.uniform(0, 110), 1)),
            "ignition": G(lambda f: f.pick([True, False])),
            "odometer_km": G(lambda f: f.r.randint(8000, 240000)),
            "recorded_at": G(lambda f: f.epoch_ms()),
        },
        3,
    ),
    (
        "track",
        "Harsh Driving Event",
        ("go",),
        {
            "event_type": G(
                lambda f: f.pick(["harsh_braking", "harsh_acceleration", "speeding", "harsh_cornering"])
            ),
            "g_force": G(lambda f: round(f.r.uniform(0.3, 0.9), 2)),
            "speed_kph": G(lambda f: round(f.r.uniform(20, 130), 1)),
            "speed_limit_kph": G(lambda f: f.pick([48, 64, 80, 112])),
            "driver_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "vehicle_reg": Y(van_plate, "license"),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "occurred_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Shift Clocked In",
        ("kotlin",),
        {
            "shift_id": G(lambda f: f.uuid()),
            "clock_in_time": G(iso),
            "gps": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy": G(lambda f: f.r.randint(3, 80)),
            },
            "auth_method": G(lambda f: f.pick(["fingerprint", "face", "pin"])),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "on_call": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # -- assets ---------------------------------------------------------------------------------------
    (
        "track",
        "Asset Registered",
        ("kotlin",),
        {
            "asset_id": G(lambda f: f.uuid()),
            "asset_tag": G(lambda f: f"AT-{f.r.randint(0, 999999):06d}"),
            "asset_type": G(
                lambda f: f.pick(["boiler", "chiller", "AHU", "fire_panel", "lift", "emergency_light"])
            ),
            "manufacturer": G(
                lambda f: f.pick(["Daikin", "Ideal", "Carrier", "Kone", "Advanced", "Hamworthy"])
            ),
            "model": G(lambda f: f.pick(["EWAD-TZ", "Evomax 2 80", "30RB-262", "MonoSpace 700", "MxPro 5"])),
            "serial_number": G(lambda f: f.pick(["", "S", "GC"]) + f.hexid(10).upper()),
            "install_date": G(day),
            "warranty_expiry": G(day),
            "refrigerant_type": G(lambda f: f.pick(["R32", "R410A", "R134a", "n/a"])),
            "refrigerant_charge_kg": G(lambda f: round(f.r.uniform(0, 60), 1)),
            "location_in_site": G(
                lambda f: f.pick(["Roof plant", "Basement plant room", "Riser 2", "Kitchen"])
            ),
            "qr_code": G(lambda f: f"https://fp.io/a/{f.hexid(8)}"),
            "nameplate_photo_url": G(lambda f: f"https://files.fieldpro.io/assets/{f.uuid()}.jpg"),
        },
        1,
    ),
    (
        "track",
        "Asset Inspected",
        ("swift",),
        {
            "asset_id": G(lambda f: f.uuid()),
            "inspection_type": G(
                lambda f: f.pick(["annual_service", "F-Gas leak check", "LOLER", "monthly_test"])
            ),
            "result": G(lambda f: f.pick(["pass", "fail", "advisory"])),
            "next_due": G(day),
            "readings": {
                "pressure_bar": G(lambda f: round(f.r.uniform(0.8, 2.5), 2)),
                "flow_temp_c": G(lambda f: round(f.r.uniform(40, 80), 1)),
                "co_ppm": G(lambda f: f.r.randint(0, 60)),
            },
            "defects": Many(
                {
                    "code": G(lambda f: f.pick(["ID", "AR", "NCS"])),
                    "text": G(
                        lambda f: f.pick(
                            ["Flue terminal too close to opening", "Missing label", "Corroded pipework"]
                        )
                    ),
                },
                2,
            ),
            "engineer_fgas_cert_no": Y(lambda f: f"{f.r.randint(100000, 999999)}", "certificate|license"),
        },
        1,
    ),
    # -- safety ---------------------------------------------------------------------------------------
    (
        "track",
        "Safety Checklist Completed",
        ("flutter",),
        {
            "checklist_id": G(lambda f: f.uuid()),
            "template_name": G(
                lambda f: f.pick(["Working at height", "LOLER pre-use", "Hot works permit", "Site induction"])
            ),
            "items_passed": G(lambda f: f.r.randint(5, 30)),
            "items_failed": G(lambda f: f.r.randint(0, 3)),
            "answers": Many(
                {
                    "question_id": G(lambda f: f"q{f.r.randint(1, 40)}"),
                    "question": G(
                        lambda f: f.pick(["Harness inspected?", "Area cordoned off?", "Permit displayed?"])
                    ),
                    "answer": G(lambda f: f.pick(["yes", "no", "n/a"])),
                },
                4,
            ),
            "ppe_confirmed": G(lambda f: f.pick([True, False])),
            "permit_to_work_number": G(lambda f: f"PTW-{f.r.randint(1000, 9999)}"),
            "supervisor_name": Y(full_name, "name"),
            "signature": Y(signature_data, "photo"),
        },
        1,
    ),
    (
        "track",
        "Incident Reported",
        ("flutter",),
        {
            "incident_id": G(lambda f: f"INC-{f.r.randint(10000, 99999)}"),
            "incident_type": G(
                lambda f: f.pick(["slip_trip_fall", "cut", "manual_handling", "electric_shock", "near_miss"])
            ),
            "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
            "riddor_reportable": G(lambda f: f.pick([True, False])),
            "occurred_at": G(iso),
            "location_description": G(
                lambda f: f.pick(["Plant room, level -1", "Car park ramp", "Roof access ladder"])
            ),
            "injured_person": {
                "name": Y(full_name, "name"),
                "date_of_birth": Y(birthdate, "birthdate"),
                "employer": G(lambda f: f.pick(COMPANIES)),
                "is_employee": G(lambda f: f.pick([True, False])),
                "job_title": G(lambda f: f.pick(["Apprentice", "Engineer", "Cleaner", "Security officer"])),
                "phone": Y(mobile, "phone"),
            },
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "laceration to left palm",
                        "sprained right ankle",
                        "minor burn to forearm",
                        "bruised ribs",
                        "eye irritation",
                    ]
                ),
                "condition",
            ),
            "treatment_given": Y(
                lambda f: f.pick(
                    ["first aid on site, dressing applied", "attended A&E", "eye wash", "taken to GP"]
                ),
                "condition|procedure",
            ),
            "body_part": Y(lambda f: f.pick(["hand", "ankle", "back", "eye", "head"]), "condition"),
            "witness_name": Y(full_name, "name"),
            "witness_phone": Y(phone, "phone"),
            "photos_attached": G(lambda f: f.r.randint(0, 5)),
            "insurer_claim_number": G(lambda f: f"CLM{f.r.randint(1000000, 9999999)}"),
        },
        1,
    ),
    # -- people ops -----------------------------------------------------------------------------------
    (
        "track",
        "Timesheet Submitted",
        ("kotlin",),
        {
            "timesheet_id": G(lambda f: f.uuid()),
            "employee_number": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "week_ending": G(day),
            "hours_regular": G(lambda f: f.pick([37.5, 40, 32, 45])),
            "hours_overtime": G(lambda f: f.pick([0, 2.5, 6, 11])),
            "hourly_rate": Y(lambda f: f.pick([16.5, 18.25, 19.0, 21.75, 24.0]), "salary"),
            "overtime_rate": Y(lambda f: f.pick([24.75, 27.38, 28.5, 32.63]), "salary"),
            "gross_pay": Y(lambda f: f.money(500, 1600), "salary"),
            "approved_by_name": Y(full_name, "name"),
            "entries": Many(
                {
                    "date": G(day),
                    "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
                    "hours": G(lambda f: f.pick([0.5, 1, 1.5, 2, 3.75])),
                    "travel_hours": G(lambda f: f.pick([0, 0.25, 0.5, 1])),
                },
                5,
            ),
        },
        1,
    ),
    (
        "track",
        "Mileage Claim Submitted",
        ("swift",),
        {
            "claim_id": G(lambda f: f"MC-{f.r.randint(10000, 99999)}"),
            "miles": G(lambda f: round(f.r.uniform(4, 320), 1)),
            "rate_per_mile": G(lambda f: f.pick([0.45, 0.25])),
            "amount_gbp": G(lambda f: f.money(2, 144)),
            "vehicle_type": G(lambda f: f.pick(["private_car", "company_van", "motorbike"])),
            "private_vehicle_reg": Y(van_plate, "license"),
            "trip_from": G(lambda f: f.pick(["home", "depot", "site"])),
            "home_postcode": Y(postcode, "zipcode"),
            "receipt_attached": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Sickness Absence Recorded",
        ("java",),
        {
            "absence_id": G(lambda f: f.uuid()),
            "employee_number": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "start_date": G(day),
            "return_date": G(day),
            "days_lost": G(lambda f: f.r.randint(1, 15)),
            "reason": Y(sickness_reason, "condition", True),
            "gp_fit_note": G(lambda f: f.pick([True, False])),
            "recorded_by": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
        },
        1,
    ),
    (
        "track",
        "Technician Onboarded",
        ("java",),
        {
            "employee_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "start_date": G(day),
            "contract_type": G(lambda f: f.pick(["permanent", "fixed_term", "subcontractor"])),
            "ni_number": RED(ni_number, "national id"),
            "driving_licence_number": Y(uk_driving_licence, "license"),
            "pps_number": RED(pps, "national id"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "personal_email": Y(personal_email, "email"),
            "mobile": Y(mobile, "phone"),
            "marital_status": G(lambda f: f.pick(["single", "married", "civil_partnership", "divorced"])),
            "annual_salary": Y(lambda f: f.pick([29500, 32000, 36500, 41000, 47250]), "salary"),
            "bank_sort_code": G(
                lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"
            ),
            "bank_account_number": RED(lambda f: d(f, 8), "bank account"),
            "home_address": {
                "line1": Y(street, "address|street"),
                "town": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "IE", "NL"])),
            },
            "next_of_kin": {
                "name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling"])),
                "phone": Y(phone, "phone"),
            },
            "right_to_work_status": RED(
                lambda f: f.pick(
                    [
                        "British citizen",
                        "Irish citizen",
                        "EU settled status",
                        "Skilled Worker visa",
                        "Graduate visa",
                    ]
                ),
                "visa",
            ),
            "trade_union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "reasonable_adjustments_required": RED(lambda f: f.pick([True, False]), "disability"),
            "pension_opt_out": G(lambda f: f.pick([True, False])),
            "driving_licence_categories": Many(G(lambda f: f.pick(["B", "BE", "C1", "C1E"])), 3),
        },
        1,
    ),
    (
        "track",
        "Job Application Submitted",
        ("www",),
        {
            "vacancy_id": G(lambda f: f"VAC-{f.r.randint(100, 999)}"),
            "vacancy_title": G(
                lambda f: f.pick(
                    ["Multi-skilled Maintenance Engineer", "Gas Engineer", "Apprentice Electrician"]
                )
            ),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(personal_email, "email"),
            "phone": Y(mobile, "phone"),
            "postcode": Y(postcode, "zipcode"),
            "right_to_work_uk": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "share_code": RED(share_code, "visa"),
            "current_salary": Y(lambda f: f.pick([26000, 31500, 34000, 38000]), "salary"),
            "expected_salary": Y(lambda f: f.pick(["£35k", "38000", "40-42k", "£19/hr"]), "salary"),
            "notice_period_weeks": G(lambda f: f.pick([0, 1, 4, 12])),
            "full_driving_licence": G(lambda f: f.pick([True, False])),
            "cv_file": Y(cv_file, "name", True),
            "eo_ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White - Irish",
                        "Asian or Asian British - Pakistani",
                        "Black British - African",
                        "Mixed",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity",
            ),
            "eo_religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Sikh", "No religion", "Hindu"]), "religion"
            ),
            "eo_sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay man", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "eo_gender": Y(lambda f: f.pick(["Man", "Woman", "Non-binary"]), "gender"),
            "eo_disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
            "eo_age_band": G(lambda f: f.pick(["16-24", "25-34", "35-44", "45-54", "55-64"])),
            "heard_about_us": G(lambda f: f.pick(["Indeed", "LinkedIn", "Referral", "Google"])),
        },
        1,
    ),
    # -- commercial -----------------------------------------------------------------------------------
    (
        "track",
        "Quote Sent",
        ("ruby",),
        {
            "quote_id": G(lambda f: f.uuid()),
            "quote_number": G(lambda f: f"Q-{f.pick(['2024', '2025'])}-{f.r.randint(1000, 9999)}"),
            "work_order_id": G(wo),
            "total_ex_vat": G(money),
            "vat_amount": G(lambda f: f.money(4, 800)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "valid_until": G(day),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(work_email, "email"),
            "cc_emails": Many(Y(work_email, "email"), 2),
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            ["Replace zone valve", "Labour (hours)", "Scaffold hire", "Chiller compressor"]
                        )
                    ),
                    "qty": G(lambda f: f.r.randint(1, 8)),
                    "unit_price": G(lambda f: f.money(10, 2000)),
                },
                4,
            ),
            "sent_via": G(lambda f: f.pick(["email", "portal"])),
        },
        1,
    ),
    (
        "track",
        "Quote Accepted",
        ("php",),
        {
            "quote-id": G(lambda f: f.uuid()),
            "quote-number": G(lambda f: f"Q-{f.pick(['2024', '2025'])}-{f.r.randint(1000, 9999)}"),
            "accepted-by": Y(full_name, "name"),
            "accepted-by-email": Y(work_email, "email"),
            "accepted-at": G(iso),
            "po-number": G(lambda f: f"PO{f.r.randint(100000, 999999)}"),
            "signature-ip": Y(lambda f: f.ipv4(), "ip"),
            "acceptance-method": G(lambda f: f.pick(["click", "e-signature", "email_reply"])),
            "total-inc-vat": G(money),
        },
        1,
    ),
    (
        "track",
        "Invoice Issued",
        ("dotnet",),
        {
            "InvoiceId": G(lambda f: f.uuid()),
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(0, 999999):06d}"),
            "CustomerId": G(lambda f: f"C{f.r.randint(1000000, 9999999)}"),
            "CustomerName": G(lambda f: f.pick(COMPANIES)),
            "AmountNet": G(money),
            "AmountVat": G(lambda f: f.money(4, 800)),
            "AmountGross": G(money),
            "Currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "DueDate": G(day),
            "PaymentTermsDays": G(lambda f: f.pick([14, 30, 60])),
            "BillingContactName": Y(full_name, "name"),
            "BillingContactEmail": Y(work_email, "email"),
            "BillingAddress": G(site_address),
            "SentToEmail": G(role_mailbox),
            "IsCreditNote": G(lambda f: f.pick([False, False, True])),
        },
        1,
    ),
    (
        "track",
        "Purchase Order Raised",
        ("dotnet",),
        {
            "PurchaseOrderId": G(lambda f: f"PO-{f.r.randint(10000, 99999)}"),
            "SupplierName": G(
                lambda f: f.pick(["City Plumbing", "Wolseley", "Edmundson Electrical", "Technische Unie"])
            ),
            "SupplierContactEmail": Y(work_email, "email"),
            "RequestedBy": Y(full_name, "name"),
            "RequestedById": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "DeliverTo": G(lambda f: f.pick(["Salford depot", "Leeds South depot", "Utrecht depot"])),
            "TotalNet": G(money),
            "LineCount": G(lambda f: f.r.randint(1, 12)),
        },
        1,
    ),
    (
        "track",
        "Invoice Paid",
        ("python",),
        {
            "invoice_number": G(lambda f: f"INV-{f.r.randint(0, 999999):06d}"),
            "amount": G(money),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "payment_method": G(lambda f: f.pick(["card", "bacs_debit", "sepa_debit"])),
            "stripe_payment_method": RED(stripe_pm, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payer_email": Y(any_email, "email"),
            "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/invoices/{alnum(f, 40)}"),
            "paid_at": G(lambda f: f.epoch_ms()),
        },
        1,
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ("web",),
        {
            "mandate_id": G(lambda f: f"MD{alnum(f, 12, string.ascii_uppercase + string.digits)}"),
            "scheme": G(lambda f: f.pick(["bacs", "sepa_core"])),
            "account_holder_name": Y(full_name, "name"),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}{f.r.randint(10, 99)}{f.r.randint(10, 99)}"),
            "account_number": RED(lambda f: d(f, 8), "bank account"),
            "iban": RED(iban, "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "RABONL2U", "INGBNL2A", "ABNANL2A"])),
            "payer_is_business": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Subscription Upgraded",
        ("node",),
        {
            "previous_plan": G(lambda f: f.pick(["Team", "Business"])),
            "plan": G(lambda f: f.pick(["Business", "Enterprise"])),
            "seats": G(lambda f: f.r.randint(3, 400)),
            "mrr_gbp": G(lambda f: f.money(99, 12000)),
            "billing_interval": G(lambda f: f.pick(["month", "year"])),
            "coupon": G(lambda f: f.pick(["", "FM2024", "PARTNER15"])),
            "billing_contact_email": Y(work_email, "email"),
            "upgraded_by": G(lambda f: f"usr_{f.hexid(10)}"),
        },
        1,
    ),
    # -- parts shop (e-commerce spec) ----------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ("swift", "web"),
        {
            **product(),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "url": G(lambda f: f"https://parts.fieldpro.io/p/{f.r.randint(1000, 9999)}"),
        },
        1,
    ),
    (
        "track",
        "Product Added",
        ("swift", "web"),
        {"cart_id": G(lambda f: f.uuid()), **product()},
        1,
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"PRT-{f.r.randint(100000, 999999)}"),
            "affiliation": G(lambda f: "FieldPro Parts"),
            "total": G(money),
            "revenue": G(money),
            "shipping": G(lambda f: f.pick([0, 4.95, 9.5])),
            "tax": G(lambda f: f.money(1, 200)),
            "discount": G(lambda f: f.pick([0, 5, 12.5])),
            "coupon": G(lambda f: f.pick(["", "VANSTOCK10"])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "products": Many(product(), 4),
            "delivery_option": G(lambda f: f.pick(["home_overnight", "depot", "click_collect"])),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "IE", "NL"])),
            },
        },
        1,
    ),
    # -- homeowner booking and social housing ---------------------------------------------------------
    (
        "track",
        "Address Lookup Performed",
        ("rn", "www"),
        {
            "input": Y(postcode, "zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "provider": G(lambda f: f.pick(["getaddress.io", "Autoaddress", "PostcodeAPI.nu"])),
            "selected_address": Y(home_address, "address"),
        },
        1,
    ),
    (
        "track",
        "Service Booked",
        ("rn", "www"),
        {
            "booking_id": G(lambda f: f.uuid()),
            "service_type": G(
                lambda f: f.pick(["boiler_service", "boiler_repair", "heat_pump_service", "cv_onderhoud"])
            ),
            "slot_start": G(iso),
            "slot_end": G(iso),
            "price": G(lambda f: f.pick([79, 89, 99, 129.5])),
            "customer": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(personal_email, "email"),
                "mobile": Y(mobile, "phone"),
            },
            "property": {
                "address_line1": Y(street, "address|street"),
                "town": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "property_type": G(lambda f: f.pick(["semi_detached", "terraced", "apartment", "detached"])),
                "boiler_make": G(
                    lambda f: f.pick(["Worcester Bosch", "Vaillant", "Ideal", "Remeha", "Intergas"])
                ),
                "boiler_age_years": G(lambda f: f.r.randint(0, 25)),
            },
            "access_notes": Y(access_note, "phone", True),
            "pets_on_site": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Bella", "Guinness"])),
            "boiler_cover_policy_number": Y(
                lambda f: f"HC{f.r.randint(10000000, 99999999)}", "identification"
            ),
        },
        1,
    ),
    (
        "track",
        "Repair Reported",
        ("php",),
        {
            "repair-id": G(lambda f: f"R{f.r.randint(100000, 999999)}"),
            "tenancy-ref": G(lambda f: f"T/{f.r.randint(10000, 99999)}/{f.r.randint(1, 9)}"),
            "tenant-name": Y(full_name, "name"),
            "tenant-phone": Y(phone, "phone"),
            "tenant-email": Y(personal_email, "email"),
            "property-address": Y(home_address, "address"),
            "repair-category": G(
                lambda f: f.pick(["damp_mould", "heating", "plumbing", "electrics", "doors_windows"])
            ),
            "priority": G(lambda f: f.pick(["emergency", "urgent", "routine"])),
            "household-has-disabled-member": RED(lambda f: f.pick([True, False]), "disability"),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "photos-count": G(lambda f: f.r.randint(0, 6)),
        },
        1,
    ),
    (
        "track",
        "Technician Rated",
        ("rn",),
        {
            "job_id": G(lambda f: f"J{f.r.randint(1000000, 9999999)}"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "technician_first_name": Y(first, "name"),
            "comment": G(
                lambda f: f.pick(
                    ["Very tidy, explained everything", "Late but good work", "Great job", "Left a mess"]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "tip_amount": G(lambda f: f.pick([0, 5, 10])),
        },
        1,
    ),
    (
        "track",
        "Werkbon Afgerond",
        ("node",),
        {
            "werkbon_nummer": G(lambda f: f"WB{f.r.randint(2024000, 2025999)}"),
            "monteur_id": G(lambda f: str(f.r.randint(1000, 9999))),
            "monteur_naam": Y(full_name, "name"),
            "kenteken": Y(van_plate, "license"),
            "contactpersoon": Y(full_name, "name"),
            "telefoonnummer": Y(nl_phone, "phone"),
            "klant_email": Y(personal_email, "email"),
            "adres": {
                "straat": Y(lambda f: f.pick(NL_STREETS), "address|street"),
                "huisnummer": Y(
                    lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'A', '-2', ' hs'])}", "address"
                ),
                "postcode": Y(nl_postcode, "zipcode"),
                "plaats": Y(lambda f: f.pick(NL_TOWNS), "city"),
            },
            "arbeidstijd_minuten": G(lambda f: f.r.randint(15, 300)),
            "materiaal": Many(
                {
                    "artikelnummer": G(lambda f: str(f.r.randint(1000000, 9999999))),
                    "omschrijving": G(
                        lambda f: f.pick(["Expansievat 8L", "Thermostaatkraan", "Ontluchter", "Filter"])
                    ),
                    "aantal": G(lambda f: f.r.randint(1, 4)),
                },
                3,
            ),
            "opmerkingen": G(
                lambda f: f.pick(
                    ["Ketel ontlucht en bijgevuld", "Geen bijzonderheden", "Offerte volgt voor vervanging"]
                )
            ),
            "handtekening_klant": Y(signature_url, "photo"),
        },
        1,
    ),
    # -- contacts and notes ---------------------------------------------------------------------------
    (
        "track",
        "Site Contact Added",
        ("web",),
        {
            "site_id": G(lambda f: f"S{f.r.randint(10000, 99999)}"),
            "contact": {
                "name": Y(full_name, "name"),
                "role": G(
                    lambda f: f.pick(["Site manager", "Caretaker", "Head of Estates", "Store manager"])
                ),
                "email": Y(work_email, "email"),
                "is_primary": G(lambda f: f.pick([True, False])),
            },
            "contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Mobile", "Out of hours", "Direct line", "WhatsApp"])),
                    "value": Y(mobile, "phone", True),
                    "verified": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "contact_count": G(lambda f: f.r.randint(1, 8)),
        },
        1,
    ),
    (
        "track",
        "Customer Note Added",
        ("web",),
        {
            "note_id": G(lambda f: f.uuid()),
            "customer_id": G(lambda f: f"C{f.r.randint(1000000, 9999999)}"),
            "text": Y(note_text, "phone|email", True),
            "visibility": G(lambda f: f.pick(["internal", "shared"])),
            "pinned": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        ("www",),
        {
            "form_id": G(lambda f: f.pick(["book_service", "demo_request"])),
            "field": G(lambda f: "email"),
            "value": Y(personal_email, "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
        },
        1,
    ),
    (
        "track",
        "Settings Changed",
        ("web",),
        {
            "setting": G(lambda f: f.pick(["distance_unit", "time_format", "default_view", "week_start"])),
            "old_value": G(lambda f: f.pick(["km", "24h", "list", "monday"])),
            "new_value": G(lambda f: f.pick(["miles", "12h", "map", "sunday"])),
        },
        1,
    ),
    # -- auth and integrations -----------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ("web",),
        {
            "method": G(lambda f: f.pick(["password", "sso", "magic_link"])),
            "sso_provider": G(lambda f: f.pick(["azure_ad", "google", "okta", "none"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "remember_device": G(lambda f: f.pick([True, False])),
            "password_changed_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Magic Link Sent",
        ("python",),
        {
            "email": Y(any_email, "email"),
            "link": RED(lambda f: f"https://app.fieldpro.io/auth/magic?token={f.hexid(48)}", "token", True),
            "expires_in_minutes": G(lambda f: 15),
            "from_email": G(lambda f: "no-reply@fieldpro.io"),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        ("python",),
        {
            "otp": RED(lambda f: d(f, 6), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "destination": Y(mobile, "phone", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "API Key Created",
        ("web",),
        {
            "api_key_id": G(lambda f: f.uuid()),
            "api_key": RED(lambda f: "fp_live_" + alnum(f, 32), "secret"),
            "key_prefix": G(lambda f: "fp_live_" + alnum(f, 4)),
            "scopes": Many(G(lambda f: f.pick(["work_orders:read", "work_orders:write", "assets:read"])), 3),
            "expires_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        ("node",),
        {
            "provider": G(lambda f: f.pick(["xero", "quickbooks", "sage", "exact_online"])),
            "tenant_id": G(lambda f: f.uuid()),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: alnum(f, 64), "token"),
            "connected_by_email": Y(work_email, "email"),
            "scopes_granted": G(lambda f: f.r.randint(1, 9)),
        },
        1,
    ),
    # -- telephony and e-mail webhooks ---------------------------------------------------------------
    (
        "track",
        "Call Completed",
        ("node",),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(phone, "phone", True),
            "Caller": Y(phone, "phone", True),
            "To": G(lambda f: f.pick(["+441614960000", "+35315550100", "+31208001234"])),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-api"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "FromCity": Y(lambda f: f.pick(["MANCHESTER", "DUBLIN", "LEEDS", "AMSTERDAM", "CORK"]), "city"),
            "FromCountry": G(lambda f: f.pick(["GB", "IE", "NL"])),
        },
        1,
    ),
    (
        "track",
        "ETA SMS Sent",
        ("node",),
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "recipient_phone": Y(mobile, "phone"),
            "proxy_number": G(lambda f: f.pick(["+447700180011", "+447700180012", "+447700180019"])),
            "eta": G(iso),
            "technician_first_name": Y(first, "name"),
            "tracking_url": G(lambda f: f"https://track.fieldpro.io/{alnum(f, 10)}"),
            "segments": G(lambda f: f.pick([1, 2])),
        },
        1,
    ),
    (
        "track",
        "Inbound Email Parsed",
        ("node",),
        {
            "message_id": G(lambda f: f"<CA{alnum(f, 30)}@mail.gmail.com>"),
            "sender": Y(any_email, "email", True),
            "sender_name": Y(full_name, "name"),
            "to": G(lambda f: f.pick(["jobs@brightwell-fm.co.uk", "helpdesk@northgatefacilities.com"])),
            "subject": G(lambda f: f.pick(["Leak in gents toilets", "RE: PPM visit", "Urgent - no heating"])),
            "attachments": G(lambda f: f.r.randint(0, 4)),
            "work_order_created": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Updated",
        ("swift",),
        {
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(personal_email, "email"),
            "relationship": G(lambda f: f.pick(["wife", "husband", "partner", "mother", "father", "sister"])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Health Cover Enrolled",
        ("java",),
        {
            "employee_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "insurer": G(lambda f: f.pick(["Vitality", "Bupa", "Laya Healthcare", "Zilveren Kruis"])),
            "cover_level": G(lambda f: f.pick(["core", "core_plus", "family"])),
            "member_number": Y(
                lambda f: f"{f.pick(['VH', 'BU', 'LY', 'ZK'])}{f.r.randint(10000000, 99999999)}",
                "identification",
            ),
            "dependants": Many(
                {
                    "name": Y(full_name, "name"),
                    "date_of_birth": Y(birthdate, "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "partner", "child"])),
                },
                3,
            ),
            "monthly_premium": G(lambda f: f.money(20, 180)),
        },
        1,
    ),
    (
        "track",
        "Subcontractor Registered",
        ("ruby",),
        {
            "subcontractor_id": G(lambda f: f"SC{f.r.randint(1000, 9999)}"),
            "trading_name": G(
                lambda f: f.pick(
                    ["KP Electrical", "Murphy Plumbing & Heating", "De Boer Installaties", "A1 Roofing"]
                )
            ),
            "sole_trader": G(lambda f: f.pick([True, False])),
            "contact_name": Y(full_name, "name"),
            "contact_email": Y(any_email, "email"),
            "contact_mobile": Y(mobile, "phone"),
            "utr": RED(lambda f: d(f, 10), "national id"),
            "vat_registered": G(lambda f: f.pick([True, False])),
            "insurance_expiry": G(day),
            "bank_account_name": Y(full_name, "name"),
            "bank_iban": RED(iban, "bank account"),
            "trades": Many(G(lambda f: f.pick(TRADES)), 2),
        },
        1,
    ),
    (
        "track",
        "Visitor Signed In",
        ("flutter",),
        {
            "visit_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f"S{f.r.randint(10000, 99999)}"),
            "visitor_name": Y(full_name, "name"),
            "visitor_company": G(lambda f: f.pick(COMPANIES)),
            "visitor_phone": Y(mobile, "phone"),
            "visitor_email": Y(any_email, "email"),
            "vehicle_reg": Y(van_plate, "license"),
            "host_name": Y(full_name, "name"),
            "badge_number": G(lambda f: str(f.r.randint(100, 999))),
            "badge_photo_url": Y(lambda f: f"https://files.fieldpro.io/visitors/{f.uuid()}.jpg", "photo"),
            "induction_completed": G(lambda f: f.pick([True, False])),
            "signed_in_at": G(iso),
        },
        1,
    ),
    (
        "track",
        "Keyholder Added",
        ("web",),
        {
            "site_id": G(lambda f: f"S{f.r.randint(10000, 99999)}"),
            "keyholder_name": Y(full_name, "name"),
            "keyholder_mobile": Y(mobile, "phone"),
            "arc_password": RED(
                lambda f: f.pick(["bluebell42", "Harbour#9", "tulp2024", "Kestrel!7", "oakleaf"]), "password"
            ),
            "callout_order": G(lambda f: f.r.randint(1, 4)),
            "has_keys": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ("www",),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "ideal"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(full_name, "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_address": Y(home_address, "address"),
            "billing_postcode": Y(postcode, "zipcode"),
        },
        1,
    ),
    (
        "track",
        "Klant Aangemaakt",
        ("node",),
        {
            "klantnummer": G(lambda f: f"K{f.r.randint(100000, 999999)}"),
            "naam": Y(full_name, "name"),
            "e-mail": Y(personal_email, "email"),
            "telefoon": Y(nl_phone, "phone"),
            "woonadres": Y(
                lambda f: f"{f.pick(NL_STREETS)} {f.r.randint(1, 180)}, {nl_postcode(f)} {f.pick(NL_TOWNS)}",
                "address",
            ),
            "rekeningnummer": RED(lambda f: iban(f, "NL"), "bank account"),
            "onderhoudscontract": G(lambda f: f.pick(["basis", "comfort", "geen"])),
            "aangemaakt_op": G(iso),
        },
        1,
    ),
    # -- marketing site -------------------------------------------------------------------------------
    (
        "track",
        "Demo Requested",
        ("www",),
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "work_email": Y(work_email, "email"),
            "phone": Y(phone, "phone"),
            "company": G(lambda f: f.pick(COMPANIES)),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000", "1000+"])),
            "job_title": G(lambda f: f.pick(["Operations Director", "Service Manager", "Owner"])),
            "country": G(lambda f: f.pick(["United Kingdom", "Ireland", "Netherlands"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "li_fat_id": Y(lambda f: f.uuid(), "advertising id"),
            "message": G(
                lambda f: f.pick(
                    ["Looking to replace our spreadsheets", "We have 40 engineers", "Need PPM scheduling"]
                )
            ),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(list(clients))
                uid = f.pick([f"usr_{f.hexid(10)}", f"E{f.r.randint(10000, 99999)}", f.uuid()])
                msg: dict = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": iso(f),
                    "anonymousId": f.uuid(),
                    "userId": uid,
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = f"acc_{f.r.randint(1000, 99999)}"
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "properties" if kind in ("track", "page", "screen") else "traits"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=119, repeats=34)
    write(Path(__file__).parent, "holdout119_", events, labels)
