"""Writes holdout331: tests/corpus/holdout331_events.jsonl and holdout331_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its documentation, its tests or any other corpus's labels, and
without running the engine on these events. It is scored once, by someone else.

Covers parking permits and penalty notices in Ireland, Singapore and Slovakia:
- a city parking app (CityPark, Ireland; analytics-swift and analytics-kotlin): pay-by-phone
  sessions, vehicles, resident, disabled and visitor permits, Stripe payment methods, sign-in;
- its web shop and appeals site (analytics.js): e-commerce spec events (Product Viewed, Checkout
  Started, Order Completed, Coupon Applied), page calls, appeals, Eircode look-ups, support chat;
- ParkLah (Singapore; analytics-react-native): MyInfo-shaped identify (uinfin, race, sex, regadd),
  HDB season parking, URA offence notices paid with PayNow, furnishing driver particulars;
- ParkujTu (Slovakia; flutter and a PHP back end) with Slovak keys (meno, priezvisko, ecv,
  rodne_cislo, cislo_op, psc, variabilny_symbol) and Slovak values;
- WardenPro, the enforcement officers' handheld (analytics-kotlin, with context.location):
  penalty notices with plate, location and photos, permit checks, clamping, towing (.NET), the
  officers' HR sync (ruby);
- Quaypark, a car-park operator: ANPR entry/exit and towing from a .NET back end (PascalCase),
  barriers and pay stations (go), a camera vendor's webhook (kebab-case), a warehouse reverse-ETL
  of season-ticket holders (SCREAMING_SNAKE, python);
- notifications (Twilio-shaped SMS, e-mail sends), group calls for fleet accounts, alias calls,
  a small bilingual Irish-language council form.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET),
kebab-case (vendor webhook), SCREAMING_SNAKE (warehouse) and Slovak / Irish keys. Values: Irish
PPSNs with their mod-23 check letter, Singapore NRIC/FIN with the check letter, Slovak birth
numbers divisible by 11, Singapore plates with their checksum letter, IE/SK IBANs with mod-97
check digits, Luhn-valid cards, Eircodes, Irish, Singapore and Slovak phone formats, names from
Irish, Chinese, Malay, Indian, Slovak, Hungarian, Polish, Nigerian, Brazilian ... cultures.

Labelling rules (Privacy Portal default colours): each leaf path has a classification, a type
(the reference's matcher names, or bank account, geolocation, national id, health id, advertising
id, token, secret, trade union ...; `a|b` where either is fair) and value_only (the key does not
say what the value is). Personal data about a natural person (the user, a visitor, a dependant,
a nominated driver, a registered keeper, an officer or other staff member) is yellow or red in
the reference's colour for its matcher; red for national ids, bank accounts, health ids, tokens
and one-time codes, disability; yellow for plates (`license`), VINs and Singapore IU numbers
(`serial`), insurance policy numbers (`identification`), pay rates (`salary`), trade union,
ad-platform click ids (`advertising id`), billing addresses. Green: ids the businesses issue
(notice, permit, voucher, session, ticket, staff and customer numbers, Stripe pi_/ch_ ids),
amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`, `driverPresent`,
`hasPassword`), product, car-park, company and insurer names, a vehicle's nickname (`label`),
county, country, locale, currency, user agents, OS analytics device ids, card brand / last four /
expiry / masked PAN (BIN + last four), BICs, payment authorisation codes, e-mail Message-IDs,
role mailboxes and the businesses' own phone numbers and addresses.
Rules decided here where the brief leaves a choice:
- Places that are not a person's are green: a searched destination, a car park's or pound's
  address and coordinates, a fixed ANPR camera's coordinates, the street where a contravention
  was observed. Coordinates from a person's phone or an officer's handheld (the officer's own
  precise location, and the vehicle's at that moment) are yellow `geolocation`.
- The person's home address parts (line1, line2, house number, block, unit, floor) are yellow
  `address` (street names `street|address`), their town / Slovak city district yellow `city`,
  Eircode, Singapore postal code and PSC yellow `zipcode` (an Eircode identifies one dwelling:
  `zipcode|address` where it stands alone). County, state and country stay green.
- A masked NRIC (`S****123A`) is red `national id`, like the last four of an SSN.
- Holding a disabled parking permit (or a Slovak ZTP card), its number, the qualifying condition,
  being a wheelchair user or needing step-free access reveal disability: red `disability`. A cared-for
  person's care need (dementia ...) is yellow `condition|diagnosis`. An Irish medical card number
  is red `health id`.
- Company equipment serials (handheld, printer, clamp, camera, access card UID) are green: they
  identify a thing the business owns, not a person.
- Evidence and ANPR images of a vehicle and its plate are yellow `photo`.
- Free text is labelled by what every one of its values carries: the generators here either put
  the PII in every value (value_only, e.g. `note`, `text`, `to`, `recipient`) or in none (green).
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


@dataclass
class Opt:
    """A key that real payloads send only some of the time."""

    item: Any
    p: float = 0.6


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
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


# -- people -----------------------------------------------------------------------------------------

IE_FIRST = [
    "Aoife",
    "Seán",
    "Niamh",
    "Ciarán",
    "Siobhán",
    "Pádraig",
    "Caoimhe",
    "Oisín",
    "Gráinne",
    "Darragh",
    "Saoirse",
    "Cian",
    "Róisín",
    "Eoin",
    "Máire",
    "Tadhg",
    "Orla",
    "Declan",
]
IE_LAST = [
    "Murphy",
    "Ó Briain",
    "Kelly",
    "Byrne",
    "Ní Mhurchú",
    "Walsh",
    "O'Sullivan",
    "McCarthy",
    "Doyle",
    "Fitzgerald",
    "Mac Giolla Phádraig",
    "Brennan",
    "Kavanagh",
    "Nolan",
    "Ó Conaill",
]
# Singapore names: (given, family), family first in the full name for Chinese names.
SG_NAMES = [
    ("Wei Ming", "Tan", "cn"),
    ("Hui Min", "Lim", "cn"),
    ("Jia Hui", "Ng", "cn"),
    ("Kok Leong", "Goh", "cn"),
    ("Xiu Ling", "Chua", "cn"),
    ("Jun Jie", "Ong", "cn"),
    ("Nurul Aisyah", "Rahman", "ms_f"),
    ("Muhammad Faris", "Ismail", "ms_m"),
    ("Siti Hajar", "Osman", "ms_f"),
    ("Rajesh", "Subramaniam", "in_m"),
    ("Priya", "Krishnan", "in_f"),
    ("Arun", "Pillai", "in_m"),
    ("Maria Luisa", "Reyes", "ph"),
]
SK_FIRST_M = ["Ján", "Peter", "Marek", "Tomáš", "Michal", "Martin", "Juraj", "Lukáš", "Dávid"]
SK_FIRST_F = ["Zuzana", "Katarína", "Jana", "Lucia", "Mária", "Veronika", "Eva", "Simona", "Tímea"]
SK_LAST = [
    ("Kováč", "Kováčová"),
    ("Horváth", "Horváthová"),
    ("Novák", "Nováková"),
    ("Varga", "Vargová"),
    ("Baláž", "Balážová"),
    ("Tóth", "Tóthová"),
    ("Szabó", "Szabóová"),
    ("Molnár", "Molnárová"),
    ("Hudec", "Hudecová"),
    ("Mikuláš", "Mikulášová"),
]
INTL = [
    ("Olumide", "Adeyemi"),
    ("Ana", "Pereira"),
    ("Piotr", "Wiśniewski"),
    ("Oksana", "Kovalenko"),
    ("Arjun", "Mehta"),
    ("Maria Clara", "Santos"),
    ("Jun", "Watanabe"),
    ("Fatima", "Al-Sayed"),
    ("Chidinma", "Okeke"),
    ("Mihai", "Popescu"),
    ("Joanna", "Nowak"),
    ("Mohammed", "Rahman"),
    ("Thabo", "Nkosi"),
    ("Lucía", "Fernández"),
    ("Dmitri", "Volkov"),
    ("Ayşe", "Y\u0131lmaz"),
]
MAIL_DOMAINS = [
    "gmail.com",
    "eircom.net",
    "yahoo.ie",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "singnet.com.sg",
    "yahoo.com.sg",
    "azet.sk",
    "centrum.sk",
    "zoznam.sk",
    "gmail.com",
]


def ie_first(f):
    return f.pick(IE_FIRST + [p[0] for p in INTL[:6]])


def ie_last(f):
    return f.pick(IE_LAST + [p[1] for p in INTL[:6]])


def sg_full(f):
    given, family, kind = f.pick(SG_NAMES)
    if kind == "cn":
        return f.pick([f"{family} {given}", f"{family.upper()} {given.upper()}", f"{given} {family}"])
    if kind == "ms_f":
        return f"{given} binte {family}"
    if kind == "ms_m":
        return f"{given} bin {family}"
    if kind == "in_m":
        return f.pick([f"{given} s/o {family}", f"{given} {family}"])
    if kind == "in_f":
        return f"{given} d/o {family}"
    return f"{given} {family}"


def sk_person(f):
    if f.r.random() < 0.5:
        return f.pick(SK_FIRST_M), f.pick(SK_LAST)[0]
    return f.pick(SK_FIRST_F), f.pick(SK_LAST)[1]


def sk_first(f):
    return sk_person(f)[0]


def sk_last(f):
    return sk_person(f)[1]


def sk_full(f):
    first, last = sk_person(f)
    return f"{first} {last}"


def any_full(f):
    kind = f.r.random()
    if kind < 0.4:
        return f"{ie_first(f)} {ie_last(f)}"
    if kind < 0.6:
        return sg_full(f)
    if kind < 0.8:
        return sk_full(f)
    first, last = f.pick(INTL)
    return f"{first} {last}"


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " .-")).lower()


def email_for(f, name: str) -> str:
    parts = ascii_fold(name).replace("-", "").split()
    first, last = parts[0], parts[-1]
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}_{last}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def email(f):
    return email_for(f, any_full(f))


def staff_email(f, domain="wardenpro.ie"):
    return email_for(f, f"{ie_first(f)} {ie_last(f)}").split("@")[0] + "@" + domain


def ie_mobile(f):
    prefix = f.pick(["83", "85", "86", "87", "89"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick(
        [
            f"+353 {prefix} {a} {b}",
            f"0{prefix} {a} {b}",
            f"0{prefix}{a}{b}",
            f"+353{prefix}{a}{b}",
            f"(0{prefix}) {a} {b}",
        ]
    )


def sg_mobile(f):
    a, b = f.pick("89") + str(f.r.randint(100, 999)), f.r.randint(1000, 9999)
    return f.pick([f"+65 {a} {b}", f"{a} {b}", f"+65{a}{b}", f"{a}-{b}"])


def sk_mobile(f):
    prefix = f.pick(["903", "905", "907", "910", "915", "917", "940", "948", "950"])
    a, b = f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick(
        [f"+421 {prefix} {a} {b}", f"0{prefix} {a} {b}", f"+421{prefix}{a}{b}", f"0{prefix}/{a} {b}"]
    )


def any_mobile(f):
    return f.pick([ie_mobile, ie_mobile, sg_mobile, sk_mobile])(f)


def e164(f):
    return f.pick(
        [
            f"+3538{f.pick('3579')}{f.digits(7)}",
            f"+65{f.pick('89')}{f.digits(7)}",
            f"+4219{f.pick(['03', '05', '10', '15', '48'])}{f.digits(6)}",
        ]
    )


# -- places -----------------------------------------------------------------------------------------

IE_STREETS = [
    "Clontarf Road",
    "Griffith Avenue",
    "South Circular Road",
    "Ranelagh Road",
    "Blessington Street",
    "Patrick Street",
    "Douglas Road",
    "Shop Street",
    "College Road",
    "Ballybough Road",
    "Leeson Park",
    "Sundays Well Road",
    "Castle Park",
    "Ashfield Drive",
    "Rathgar Avenue",
]
IE_TOWNS = [
    ("Dublin 3", "D03", "Co. Dublin"),
    ("Dublin 6", "D06", "Co. Dublin"),
    ("Dublin 8", "D08", "Co. Dublin"),
    ("Cork", "T12", "Co. Cork"),
    ("Douglas", "T12", "Co. Cork"),
    ("Galway", "H91", "Co. Galway"),
    ("Limerick", "V94", "Co. Limerick"),
    ("Waterford", "X91", "Co. Waterford"),
    ("Dún Laoghaire", "A96", "Co. Dublin"),
    ("Swords", "K67", "Co. Dublin"),
    ("Ennis", "V95", "Co. Clare"),
    ("Kilkenny", "R95", "Co. Kilkenny"),
    ("Sligo", "F91", "Co. Sligo"),
]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
SG_STREETS = [
    "Ang Mo Kio Ave 3",
    "Tampines St 21",
    "Jurong West St 52",
    "Bedok North Ave 1",
    "Yishun Ring Rd",
    "Punggol Field",
    "Clementi Ave 4",
    "Woodlands Dr 14",
    "Toa Payoh Lor 1",
    "Sengkang East Way",
    "Bukit Batok West Ave 6",
    "Pasir Ris Dr 3",
]
SK_STREETS = [
    "Obchodná",
    "Hlavná",
    "Štúrova",
    "Mlynské nivy",
    "Karloveská",
    "Romanova",
    "Jesenského",
    "Námestie SNP",
    "Žilinská",
    "Furdekova",
    "Kukučínova",
    "Moyzesova",
]
SK_CITIES = [
    ("Bratislava", "811 01"),
    ("Bratislava", "851 01"),
    ("Bratislava", "841 04"),
    ("Košice", "040 01"),
    ("Žilina", "010 01"),
    ("Nitra", "949 01"),
    ("Prešov", "080 01"),
    ("Banská Bystrica", "974 01"),
    ("Trnava", "917 01"),
    ("Trenčín", "911 01"),
]
BA_DISTRICTS = ["Petržalka", "Staré Mesto", "Ružinov", "Nové Mesto", "Karlova Ves", "Dúbravka", "Rača"]


def eircode(f, space=None, key=None):
    key = key or f.pick(IE_TOWNS)[1]
    uid = "".join(f.pick(EIR_CHARS[:15]) if i == 0 else f.pick(EIR_CHARS) for i in range(4))
    space = f.r.random() < 0.7 if space is None else space
    return f"{key} {uid}" if space else f"{key}{uid}"


def ie_line1(f):
    return f.pick(
        [
            f"{f.r.randint(1, 240)} {f.pick(IE_STREETS)}",
            f"{f.r.randint(1, 90)} {f.pick(IE_STREETS)}",
            f"Apartment {f.r.randint(1, 60)}, {f.pick(['The Maltings', 'Sandford Lodge', 'Gasworks'])}",
        ]
    )


def ie_line2(f):
    return f.pick(
        ["Apt 4", "Flat 2B", "Unit 12", f"{f.pick(IE_STREETS)}", "Basement Flat", f"No. {f.r.randint(1, 30)}"]
    )


def ie_address_line(f):
    town, key, county = f.pick(IE_TOWNS)
    return f"{f.r.randint(1, 240)} {f.pick(IE_STREETS)}, {town}, {county} {eircode(f, key=key)}"


def sg_address_line(f):
    return (
        f"Blk {f.r.randint(101, 999)} {f.pick(SG_STREETS)} #{f.r.randint(2, 25):02d}-{f.r.randint(1, 1800)}"
        f" Singapore {sg_postal(f)}"
    )


def sk_address_line(f):
    city, psc = f.pick(SK_CITIES)
    return f"{f.pick(SK_STREETS)} {f.r.randint(1, 80)}, {psc} {city}"


def sg_postal(f):
    return (
        f.pick(["56", "52", "64", "73", "46", "31", "82", "68", "12", "54"]) + f"{f.r.randint(0, 9999):04d}"
    )


def sk_psc(f):
    psc = f.pick(SK_CITIES)[1]
    return psc if f.r.random() < 0.6 else psc.replace(" ", "")


IE_CENTRES = [(53.3498, -6.2603), (51.8985, -8.4756), (53.2707, -9.0568), (52.6638, -8.6267)]


def dublin_lat(f):
    """A point near an Irish city centre; the longitude rendered next belongs to the same city."""
    f.centre = f.pick(IE_CENTRES)
    return round(f.centre[0] + f.r.uniform(-0.03, 0.03), 6)


def dublin_lon(f):
    return round(f.centre[1] + f.r.uniform(-0.03, 0.03), 6)


# -- identifiers ------------------------------------------------------------------------------------


def ppsn(f):
    digits = f"{f.r.randint(0, 9999999):07d}"
    total = sum(int(d) * (8 - i) for i, d in enumerate(digits))
    second = ""
    if f.r.random() < 0.4:
        second = "A"
        total += 9 * 1
    check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return f.pick([f"{digits}{check}{second}", f"{digits} {check}{second}"]).strip()


def nric(f, prefix=None):
    prefix = prefix or f.pick(["S", "S", "T", "T", "F", "G"])
    digits = f"{f.r.randint(0, 9999999):07d}"
    total = sum(int(d) * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
    if prefix in "TG":
        total += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return f"{prefix}{digits}{table[total % 11]}"


def masked_nric(f):
    full = nric(f)
    return f.pick([f"{full[0]}****{full[5:]}", f"*****{full[5:]}", f"{full[0]}XXXX{full[5:]}"])


def rodne_cislo(f):
    while True:
        year = f.r.randint(1954, 2005)
        month = f.r.randint(1, 12) + (50 if f.r.random() < 0.5 else 0)
        day = f.r.randint(1, 28)
        head = f"{year % 100:02d}{month:02d}{day:02d}{f.r.randint(0, 999):03d}"
        check = int(head) % 11
        if check < 10:
            number = head + str(check)
            assert int(number) % 11 == 0
            return f.pick([f"{number[:6]}/{number[6:]}", number])


def sk_op(f):
    return f"{f.pick(['EA', 'EB', 'EC', 'ED', 'HP', 'HR'])}{f.r.randint(0, 999999):06d}"


def iban(f, country):
    if country == "IE":
        bban = f.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + f"{f.r.randint(0, 999999):06d}" + f.digits(8)
    else:
        bban = (
            f.pick(["0900", "1100", "0200", "7500", "1111", "5600", "8330"])
            + f"{f.r.randint(0, 999999):06d}"
            + f.digits(10)
        )
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def any_iban(f):
    return iban(f, f.pick(["IE", "IE", "SK"]))


IE_COUNTIES = [
    "D",
    "D",
    "D",
    "C",
    "G",
    "L",
    "KY",
    "MH",
    "KE",
    "WW",
    "WX",
    "W",
    "LK",
    "MO",
    "DL",
    "SO",
    "T",
    "CE",
    "KK",
    "LH",
    "OY",
    "WH",
]


def ie_plate(f):
    year = f.pick([f"{y}{h}" for y in range(13, 25) for h in (1, 2)] + ["08", "10", "11", "12"])
    seq = str(f.r.randint(1, 99999 if year.startswith(("2", "1")) else 9999))
    county = f.pick(IE_COUNTIES)
    return f.pick(
        [f"{year}-{county}-{seq}", f"{year}{county}{seq}", f"{year} {county} {seq}", f"{year}-{county}-{seq}"]
    )


def sg_plate(f):
    prefix = f.pick(["SBA", "SGX", "SKP", "SLA", "SMB", "SJM", "SNF", "EA", "FBC", "GBB", "SH"])
    number = f.r.randint(1, 9999)
    letters = prefix[-2:] if len(prefix) >= 2 else prefix
    vals = [ord(c) - 64 for c in letters] + [int(d) for d in f"{number:04d}"]
    total = sum(v * w for v, w in zip(vals, [9, 4, 5, 4, 3, 2], strict=True))
    check = "AZYXUTSRPMLKJHGEDCB"[total % 19]
    return f.pick([f"{prefix}{number}{check}", f"{prefix} {number} {check}"])


SK_DISTRICTS = [
    "BA",
    "BL",
    "BT",
    "KE",
    "KI",
    "NR",
    "PO",
    "PP",
    "TT",
    "ZA",
    "BB",
    "TN",
    "NZ",
    "MI",
    "SC",
    "PK",
]
SK_PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"


def sk_plate(f):
    d, n = f.pick(SK_DISTRICTS), f.r.randint(100, 999)
    s = f.pick(SK_PLATE_LETTERS) + f.pick(SK_PLATE_LETTERS)
    return f.pick([f"{d}{n}{s}", f"{d}-{n}{s}", f"{d} {n} {s}", f"{d}{n}{s}"])


def any_plate(f):
    return f.pick([ie_plate, ie_plate, sg_plate, sk_plate])(f)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(f):
    wmi = f.pick(["WVW", "WBA", "VF1", "TMB", "SAL", "JTD", "KMH", "WF0", "ZFA", "YV1", "TMA", "VSS", "SJN"])
    return wmi + "".join(f.pick(VIN_CHARS) for _ in range(14))


def alnum(f, n):
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def pm_id(f):
    return "pm_1" + alnum(f, 23)


def photo_url(f, host="evidence.wardenpro.ie"):
    return f"https://{host}/pcn/{f.r.randint(2024000000, 2024999999)}/{f.hexid(12)}.jpg"


def iso_date(f, y0=2024, y1=2025):
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def ie_notice(f):
    return f.pick(["DCC", "CCC", "GCC"]) + f.digits(8)


def money_cents(f, lo=200, hi=20000):
    return f.r.randint(lo, hi)


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]

# -- contexts ---------------------------------------------------------------------------------------

SITES = {
    "ie": (
        "https://www.citypark.ie",
        ["/", "/permits", "/permits/resident", "/pay", "/shop/checkout"],
        ["CityPark | Pay & Display", "Resident Permits | CityPark", "Checkout | CityPark"],
    ),
    "appeals": (
        "https://appeals.citypark.ie",
        ["/", "/appeal", "/pay-penalty", "/status"],
        ["Appeal a Penalty Notice", "Pay a Penalty | CityPark", "Appeal status"],
    ),
    "sg": ("https://www.parklah.sg", ["/", "/season", "/fines"], ["ParkLah", "Season Parking | ParkLah"]),
}


def web_context(site):
    base, paths, titles = SITES[site]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.68.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.ie/", "https://www.dublincity.ie/", "https://m.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=ga", "?ref=sms"])),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: base + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-IE", "en-GB", "ga-IE", "en-SG", "zh-SG", "sk-SK", "pl-PL"])),
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Asia/Singapore", "Europe/Bratislava"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["resident_permit_renewal", "visitor_vouchers_q2", "app_install"])
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "sms"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social", "sms"])),
                "term": G(lambda f: f.pick(["parking permit dublin", "pay parking app", "clamping appeal"])),
                "content": G(lambda f: f.pick(["hero_a", "textlink", "banner_300x250"])),
            },
            0.35,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "CityPark"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "ie.citypark.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "ga-IE", "pl-IE", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: "Europe/Dublin"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt({"email": Y(email, "email"), "firstName": Y(ie_first, "name")}, 0.7),
    }


def kotlin_context(app="CityPark", namespace="ie.citypark.app"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0", "3.2.7"])),
            "build": G(lambda f: f.pick(["640", "641", "650", "327"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Zebra Technologies", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "TC58", "CPH2449", "SM-G991B"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "TC58", "OP5961L1", "o1s"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "en-GB", "ga-IE", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Three", "Vodafone IE", "eir", "48", "Tesco Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: f.pick([1080, 720])),
            "height": G(lambda f: f.pick([2340, 2400, 1280])),
        },
        "timezone": G(lambda f: "Europe/Dublin"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TC58 Build/13-28-03.00-TG-U00-STD)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {
                "latitude": Y(lambda f: dublin_lat(f), "geolocation"),
                "longitude": Y(lambda f: dublin_lon(f), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 0.4, 1.2, 0.0])),
            },
            0.8,
        ),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "ParkLah"),
            "version": G(lambda f: f.pick(["2.11.0", "2.11.3", "2.12.0"])),
            "build": G(lambda f: f.pick(["211000", "211003", "212000"])),
            "namespace": G(lambda f: "sg.parklah.mobile"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "2201117TY", "CPH2411"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-SG", "zh-SG", "ms-SG", "ta-SG"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: "Asia/Singapore"),
        "traits": Opt({"email": Y(email, "email"), "mobileNumber": Y(sg_mobile, "phone")}, 0.6),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "ParkujTu"),
            "version": G(lambda f: f.pick(["4.0.2", "4.1.0", "4.1.1"])),
            "build": G(lambda f: f.pick(["402", "410", "411"])),
            "namespace": G(lambda f: "sk.parkujtu.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A256B", "iPhone15,4", "23090RA98G", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["sk-SK", "hu-SK", "cs-CZ", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1179])), "height": G(lambda f: f.pick([2340, 2556]))},
        "timezone": G(lambda f: "Europe/Bratislava"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Orange SK", "Telekom SK", "O2 - SK", "4ka"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib, forwarded=False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["locale"] = G(lambda f: f.pick(["en-IE", "sk-SK", "en-SG"]))
    return ctx


CONTEXTS = {
    "web": lambda: web_context("ie"),
    "appeals": lambda: web_context("appeals"),
    "sgweb": lambda: web_context("sg"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "warden": lambda: kotlin_context("WardenPro", "ie.wardenpro.handheld"),
    "rn": rn_context,
    "flutter": flutter_context,
    **{f"srv:{lib}": (lambda lib=lib: server_context(lib)) for lib in SERVER_LIBS},
    **{f"fwd:{lib}": (lambda lib=lib: server_context(lib, True)) for lib in SERVER_LIBS},
}

# -- shared fragments -------------------------------------------------------------------------------

PERMITS = [
    "Resident Permit \u2013 Zone 3 (12 months)",
    "Resident Permit \u2013 Zone 1 (6 months)",
    "Visitor Voucher Book (10)",
    "Business Permit \u2013 Cork City",
    "Season Ticket \u2013 Quaypark Spencer Dock",
    "Carer Permit (12 months)",
]


def permit_line():
    return {
        "product_id": G(lambda f: "prd_" + f.hexid(10)),
        "sku": G(
            lambda f: f.pick(["RP-Z3-12M", "RP-Z1-06M", "VV-BOOK-10", "BP-CRK-12M", "ST-QP-SD-01", "CP-12M"])
        ),
        "name": G(lambda f: f.pick(PERMITS)),
        "category": G(lambda f: f.pick(["Permits", "Vouchers", "Season Tickets"])),
        "price": G(lambda f: f.pick([40.0, 100.0, 25.0, 250.0, 1440.0, 12.5])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


CONTRAVENTIONS = [
    ("PD01", "Parked without displaying a valid ticket"),
    ("PD07", "Parked on double yellow lines"),
    ("PD12", "Parked in a disabled bay without a permit"),
    ("PD03", "Ticket expired"),
    ("PD21", "Parked in a loading bay"),
    ("PD15", "Parked on a footpath"),
]

CAR_MAKES = [
    "Toyota",
    "Volkswagen",
    "Škoda",
    "Hyundai",
    "Ford",
    "Kia",
    "Nissan",
    "BMW",
    "Tesla",
    "Dacia",
    "BYD",
]
COLOURS = ["Silver", "Black", "White", "Grey", "Blue", "Red", "Green"]

OFFENCE_NOTES = [
    "Vehicle parked on double yellow lines, no loading observed.",
    "No valid ticket displayed.",
    "Ticket expired by 23 minutes.",
    "Loading bay, no activity observed for 10 minutes.",
    "Two wheels on footpath, pedestrians forced onto road.",
    "Disabled bay, no permit visible.",
    "Observed from 14:02, no driver returned.",
]

APPEAL_STATEMENTS = [
    "The signage at the entrance was obscured by scaffolding.",
    "I had a valid ticket displayed on the dashboard; it must have fallen off.",
    "The pay machine was out of order and the app wouldn't load.",
    "I was loading furniture, which is allowed for 20 minutes.",
    "My visitor voucher was activated before the notice was issued.",
    "The bay markings are worn and not visible.",
    "I paid through the app, the session shows as active in my history.",
]

CAPTURED = {
    "Driver name": lambda f: f"{ie_first(f)} {ie_last(f)}",
    "Driver phone": ie_mobile,
    "Driver address": ie_address_line,
}


def captured_label(f):
    """The handheld's free-form capture: the label is rendered first, its value follows it."""
    f.captured = f.pick(list(CAPTURED))
    return f.captured


def captured_value(f):
    return CAPTURED[f.captured](f)


# -- events -----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, str, dict, int]] = [
    # ------------------------------------------------------------------ CityPark (Ireland) app
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(ie_first, "name"),
            "lastName": Y(ie_last, "name"),
            "email": Y(email, "email"),
            "phone": Y(ie_mobile, "phone"),
            "address": {
                "line1": Y(ie_line1, "address|street"),
                "line2": Y(ie_line2, "address"),
                "city": Y(lambda f: f.pick(IE_TOWNS)[0], "city"),
                "county": G(lambda f: f.pick(IE_TOWNS)[2]),
                "eircode": Y(eircode, "zipcode|address"),
                "country": G(lambda f: f.pick(["IE", "Ireland"])),
            },
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, True, False])),
            "marketingConsent": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "ga", "pl"])),
            "residentPermitHolder": G(lambda f: f.pick([True, False])),
            "vehicleCount": G(lambda f: f.r.randint(1, 4)),
            "defaultVehicleReg": Y(ie_plate, "license"),
            "accountType": G(lambda f: f.pick(["personal", "business"])),
            "age": G(lambda f: f.r.randint(18, 84)),
        },
        3,
    ),
    (
        "track",
        "Account Created",
        "swift",
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "hasPassword": G(lambda f: f.pick([True, False])),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: "CP-" + alnum(f, 6).upper()),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "onboardingStep": G(lambda f: f.r.randint(1, 5)),
        },
        2,
    ),
    (
        "track",
        "Parking Session Started",
        "kotlin",
        {
            "sessionId": G(lambda f: f.uuid()),
            "locationNumber": G(lambda f: f.digits(4)),
            "tariffCode": G(lambda f: f.pick(["DCC-Y", "DCC-R", "CCC-2", "GCC-A"])),
            "vehicleReg": Y(ie_plate, "license"),
            "durationMinutes": G(lambda f: f.pick([30, 60, 90, 120, 180])),
            "startTime": G(lambda f: f.iso()),
            "expiresAt": G(lambda f: f.iso()),
            "price": G(lambda f: f.pick([1.6, 3.2, 4.5, 6.4, 2.9])),
            "currency": G(lambda f: "EUR"),
            "paymentSource": G(lambda f: f.pick(["saved_card", "google_pay", "wallet", "apple_pay"])),
            "savedCardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "reminderMinutesBefore": G(lambda f: f.pick([5, 10, 15])),
            "smsReminder": G(lambda f: f.pick([True, False])),
            "latitude": Y(dublin_lat, "geolocation"),
            "longitude": Y(dublin_lon, "geolocation"),
            "accuracyMeters": G(lambda f: f.pick([5, 12, 30, 65])),
            "isResidentDiscount": G(lambda f: f.pick([True, False])),
        },
        4,
    ),
    (
        "track",
        "Parking Session Extended",
        "kotlin",
        {
            "sessionId": G(lambda f: f.uuid()),
            "addedMinutes": G(lambda f: f.pick([15, 30, 60])),
            "newExpiresAt": G(lambda f: f.iso()),
            "extraCharge": G(lambda f: f.pick([0.8, 1.6, 3.2])),
            "trigger": G(lambda f: f.pick(["push_notification", "sms_reply", "in_app"])),
        },
        2,
    ),
    (
        "track",
        "Parking Session Ended",
        "swift",
        {
            "sessionId": G(lambda f: f.uuid()),
            "endedBy": G(lambda f: f.pick(["user", "expiry", "geofence_exit"])),
            "totalMinutes": G(lambda f: f.r.randint(8, 240)),
            "totalCharged": G(lambda f: f.money(0.5, 14)),
            "receiptEmail": Y(email, "email"),
            "refundDue": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        2,
    ),
    (
        "screen",
        "Find Parking",
        "swift",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "Aviva Stadium",
                        "Grafton Street",
                        "3Arena",
                        "Croke Park",
                        "Mater Hospital",
                        "Kent Station",
                        "Eyre Square",
                        "St. Stephen's Green",
                    ]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 25)),
            "filter": G(lambda f: f.pick(["all", "ev_charging", "disabled_bays", "multi_storey"])),
            "selectedCarPark": {
                "id": G(lambda f: "cp_" + f.digits(4)),
                "name": G(
                    lambda f: f.pick(
                        [
                            "Quaypark Spencer Dock",
                            "Drury Street Car Park",
                            "Paul Street Car Park",
                            "Jervis Shopping Centre Car Park",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Spencer Dock, North Wall Quay, Dublin 1",
                            "Drury Street, Dublin 2",
                            "Paul Street, Cork T12 W8KX",
                            "Mary Street, Dublin 1",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([53.3489, 53.3418, 51.8997, 53.3484])),
                "lng": G(lambda f: f.pick([-6.2379, -6.2631, -8.4747, -6.2661])),
                "spacesFree": G(lambda f: f.r.randint(0, 400)),
            },
        },
        2,
    ),
    (
        "track",
        "Vehicle Added",
        "swift",
        {
            "registration": Y(ie_plate, "license"),
            "make": G(lambda f: f.pick(CAR_MAKES)),
            "model": G(lambda f: f.pick(["Corolla", "Golf", "Octavia", "Tucson", "Model 3", "Qashqai"])),
            "colour": G(lambda f: f.pick(COLOURS)),
            "fuelType": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric"])),
            "label": G(
                lambda f: f.pick(["Mum's car", "The Yaris", "Work van", "Blue Golf", "Weekend car", "EV"])
            ),
            "isDefault": G(lambda f: f.pick([True, False])),
            "co2Band": G(lambda f: f.pick(["A1", "A2", "B", "C"])),
            "engineCc": G(lambda f: f.pick([998, 1498, 1968, 0])),
        },
        2,
    ),
    (
        "track",
        "Visitor Voucher Activated",
        "kotlin",
        {
            "voucherId": G(lambda f: "VV" + f.digits(9)),
            "voucherBookSerial": G(lambda f: "BK-" + f.digits(6)),
            "visitorName": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
            "visitorReg": Y(any_plate, "license"),
            "hostPermitNumber": G(lambda f: "RP-" + f.digits(7)),
            "validFrom": G(lambda f: f.iso()),
            "validUntil": G(lambda f: f.iso()),
            "vouchersRemaining": G(lambda f: f.r.randint(0, 9)),
        },
        2,
    ),
    (
        "track",
        "Payment Method Added",
        "swift",
        {
            "payment_method_id": RED(pm_id, "token"),
            "type": G(lambda f: "card"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["IE", "GB", "SK", "SG", "DE"])),
                "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
            },
            "billing_details": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "email": Y(email, "email"),
                "phone": Y(ie_mobile, "phone"),
                "address": {
                    "line1": Y(ie_line1, "address|street"),
                    "city": Y(lambda f: f.pick(IE_TOWNS)[0], "city"),
                    "postal_code": Y(eircode, "zipcode"),
                    "country": G(lambda f: "IE"),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["magic_link", "password", "apple", "google"])),
            "linkToken": Opt(RED(lambda f: alnum(f, 43), "token"), 0.4),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "biometricsEnabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verifiedIn": G(lambda f: f.r.randint(4, 180)),
        },
        1,
    ),
    (
        "screen",
        "Permit Details",
        "swift",
        {
            "permitId": G(lambda f: "RP-" + f.digits(7)),
            "permitType": G(lambda f: f.pick(["resident", "visitor", "business", "carer", "disabled"])),
            "zone": G(lambda f: f.pick(["Zone 1", "Zone 3", "Zone 7", "Yellow", "Red"])),
            "expiresOn": G(lambda f: iso_date(f)),
            "daysLeft": G(lambda f: f.r.randint(0, 365)),
            "qrPayload": G(lambda f: "CPQR1:" + f.hexid(32)),
        },
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "notification_id": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(
                    ["Your parking expires in 10 minutes", "Permit renewal due", "Receipt ready"]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["citypark://session/extend", "citypark://permits", "citypark://receipts"])
            ),
        },
        1,
    ),
    # ------------------------------------------------------------------ CityPark web shop, permits
    (
        "page",
        ["Home", "Permits", "Pay a Penalty", "Checkout", "Resident Permit"],
        "web",
        {
            "path": G(lambda f: f.pick(["/", "/permits", "/pay", "/shop/checkout", "/permits/resident"])),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.ie/", "https://www.dublincity.ie/parking"])
            ),
            "search": G(lambda f: f.pick(["", "?lang=ga", "?utm_source=sms", "?step=2"])),
            "title": G(lambda f: f.pick(["CityPark", "Permits | CityPark", "Checkout | CityPark"])),
            "url": G(
                lambda f: "https://www.citypark.ie" + f.pick(["/", "/permits", "/pay", "/shop/checkout"])
            ),
            "category": G(lambda f: f.pick(["permits", "payments", "info"])),
        },
        3,
    ),
    (
        "track",
        "Landing Page Viewed",
        "web",
        {
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + alnum(f, 60) + "_BwE", "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: "IwAR" + alnum(f, 56), "advertising id"), 0.4),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(
                lambda f: f.pick(["resident_permit_renewal", "app_install", "visitor_vouchers"])
            ),
            "landing_path": G(lambda f: f.pick(["/permits/resident", "/app", "/vouchers"])),
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **permit_line(),
            "currency": G(lambda f: "EUR"),
            "variant": G(lambda f: f.pick(["6 months", "12 months", "10 vouchers"])),
            "url": G(
                lambda f: (
                    "https://www.citypark.ie/shop/" + f.pick(["resident", "visitor", "business", "season"])
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["visitor permit", "season ticket cork", "carer permit", "business permit zone 1"]
                )
            )
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "total": G(lambda f: f.pick([40.0, 100.0, 125.0, 250.0])),
            "currency": G(lambda f: "EUR"),
            "coupon": G(lambda f: f.pick(["", "CARER50", "SPRING10"])),
            "products": Many(permit_line(), 2),
        },
        2,
    ),
    (
        "track",
        "Coupon Applied",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "cpn_" + f.digits(5)),
            "coupon_name": G(lambda f: f.pick(["CARER50", "SPRING10", "STAFF20"])),
            "discount": G(lambda f: f.pick([5.0, 10.0, 50.0])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(6)}"),
            "total": G(lambda f: f.money(20, 1500)),
            "revenue": G(lambda f: f.money(16, 1200)),
            "tax": G(lambda f: f.money(3, 300)),
            "discount": G(lambda f: f.pick([0, 5.0, 10.0])),
            "coupon": G(lambda f: f.pick(["", "CARER50", "SPRING10"])),
            "currency": G(lambda f: "EUR"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "products": Many(permit_line(), 2),
            "customer": {
                "email": Y(email, "email"),
                "first_name": Y(ie_first, "name"),
                "last_name": Y(ie_last, "name"),
            },
            "billing_address": {
                "line1": Y(ie_line1, "address|street"),
                "city": Y(lambda f: f.pick(IE_TOWNS)[0], "city"),
                "postcode": Y(eircode, "zipcode"),
                "country": G(lambda f: "IE"),
            },
        },
        2,
    ),
    (
        "track",
        "Resident Permit Application Submitted",
        "web",
        {
            "applicationRef": G(lambda f: "RPA-" + f.digits(8)),
            "permitType": G(lambda f: f.pick(["resident", "business", "carer"])),
            "zone": G(lambda f: f.pick(["Zone 1", "Zone 3", "Zone 7", "Yellow", "Red"])),
            "applicantForename": Y(ie_first, "name"),
            "applicantSurname": Y(ie_last, "name"),
            "dateOfBirth": Y(lambda f: f.date(1940, 2005), "birthdate"),
            "ppsn": RED(ppsn, "national id"),
            "homeAddress": {
                "line1": Y(ie_line1, "address|street"),
                "line2": Y(ie_line2, "address"),
                "town": Y(lambda f: f.pick(IE_TOWNS)[0], "city"),
                "county": G(lambda f: f.pick(IE_TOWNS)[2]),
                "eircode": Y(eircode, "zipcode|address"),
            },
            "yearsAtAddress": G(lambda f: f.r.randint(0, 40)),
            "proofOfResidency": G(
                lambda f: f.pick(["utility bill", "bank statement", "tenancy agreement", "RTB registration"])
            ),
            "proofUploaded": G(lambda f: f.pick([True, False])),
            "vehicleReg": Y(ie_plate, "license"),
            "vehicleOwnership": G(lambda f: f.pick(["owner", "company car", "lease", "hire purchase"])),
            "motorTaxExpiry": G(lambda f: iso_date(f)),
            "insurer": G(lambda f: f.pick(["AXA", "Aviva", "FBD", "Allianz", "Liberty Insurance"])),
            "insurancePolicyNumber": Y(lambda f: f.pick(["MTR", "PC", "AV"]) + f.digits(8), "identification"),
            "fee": G(lambda f: f.pick([40, 50, 100])),
            "householdPermits": G(lambda f: f.r.randint(0, 3)),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "civil partnership", "widowed"])),
        },
        2,
    ),
    (
        "track",
        "Disabled Parking Permit Applied",
        "web",
        {
            "applicationRef": G(lambda f: "DPP-" + f.digits(8)),
            "applyingFor": G(lambda f: f.pick(["self", "dependant"])),
            "dependant": {
                "firstName": Y(ie_first, "name"),
                "lastName": Y(ie_last, "name"),
                "dateOfBirth": Y(lambda f: f.date(2008, 2022), "birthdate"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "parent", "spouse"])),
            },
            "qualifyingCondition": RED(
                lambda f: f.pick(
                    [
                        "mobility impairment",
                        "blind or visually impaired",
                        "severe respiratory condition",
                        "amputation",
                    ]
                ),
                "disability",
            ),
            "wheelchairUser": RED(lambda f: f.pick([True, False]), "disability"),
            "medicalCardNumber": RED(lambda f: f.digits(9) + f.pick("ABCDEFGHKLMNPRTW"), "health id"),
            "gpName": Y(lambda f: "Dr " + f.pick([ie_last(f), f.pick(INTL)[1]]), "name"),
            "gpPractice": G(
                lambda f: f.pick(
                    ["Phibsborough Medical Centre", "Western Road Clinic", "Salthill Family Practice"]
                )
            ),
            "gpPracticePhone": G(lambda f: f.pick(["(01) 830 4411", "+353 21 427 0222", "091 521 600"])),
            "certificateUploaded": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: 35),
        },
        1,
    ),
    (
        "track",
        "Address Lookup Selected",
        "web",
        {
            "session_token": G(lambda f: f.uuid()),
            "input": Y(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1, 240)} {f.pick(IE_STREETS)}",
                        eircode(f, False),
                        f"{f.r.randint(1, 99)} {f.pick(IE_STREETS).lower()}",
                    ]
                ),
                "address|zipcode",
                True,
            ),
            "description": Y(ie_address_line, "address", True),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "matchedEircode": Y(eircode, "zipcode|address"),
            "results": G(lambda f: f.r.randint(1, 8)),
        },
        2,
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: f.pick(["resident_permit", "appeal", "disabled_permit"])),
            "field": G(lambda f: f.pick(["email", "confirm_email"])),
            "value": Y(email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
        },
        2,
    ),
    (
        "track",
        "Support Chat Started",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(lambda f: f.pick(["web_messenger", "whatsapp"])),
            "topic": G(lambda f: f.pick(["clamping", "refund", "permit", "app_login"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, my car was clamped on {f.pick(IE_STREETS)}, please call me on {ie_mobile(f)}",
                        f"Charged twice for parking this morning. My email is {email(f)}",
                        f"Can't log in, account is under {email(f)}",
                        f"Permit still not arrived, ring {ie_mobile(f)} anytime after 5",
                    ]
                ),
                "phone|email",
                True,
            ),
            "assignee": {
                "id": G(lambda f: f.digits(7)),
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
            },
        },
        2,
    ),
    # ------------------------------------------------------------------ appeals and payments
    (
        "track",
        "Appeal Submitted",
        "appeals",
        {
            "noticeNumber": G(ie_notice),
            "appealId": G(lambda f: "APL-" + f.digits(7)),
            "grounds": G(
                lambda f: f.pick(["signage", "valid_ticket", "machine_fault", "loading", "permit_displayed"])
            ),
            "statement": G(lambda f: f.pick(APPEAL_STATEMENTS)),
            "appellant": {
                "firstName": Y(ie_first, "name"),
                "lastName": Y(ie_last, "name"),
                "email": Y(email, "email"),
                "phone": Y(ie_mobile, "phone"),
                "address": Y(ie_address_line, "address"),
            },
            "relationshipToVehicle": G(lambda f: f.pick(["owner", "driver", "hirer", "company"])),
            "driverAtTime": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "licenceNumber": Y(lambda f: f"{f.r.randint(100000000, 999999999)}", "license"),
            },
            "evidence": Many(
                {
                    "fileName": G(
                        lambda f: f.pick(
                            [
                                f"IMG_{f.r.randint(1000, 9999)}.HEIC",
                                "ticket.jpg",
                                "signage.png",
                                "receipt.pdf",
                            ]
                        )
                    ),
                    "sizeBytes": G(lambda f: f.r.randint(40000, 4000000)),
                    "mimeType": G(
                        lambda f: f.pick(["image/heic", "image/jpeg", "image/png", "application/pdf"])
                    ),
                },
                3,
            ),
            "consentToContact": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Appeal Decided",
        "srv:java",
        {
            "appealId": G(lambda f: "APL-" + f.digits(7)),
            "noticeNumber": G(ie_notice),
            "decision": G(lambda f: f.pick(["upheld", "rejected", "reduced"])),
            "reasonCode": G(lambda f: f.pick(["R01", "R04", "R09", "R12"])),
            "decidedBy": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
            "decidedAt": G(lambda f: f.iso()),
            "refundAmount": G(lambda f: f.pick([0, 40, 80])),
            "notifiedVia": G(lambda f: f.pick(["email", "post"])),
            "daysToDecision": G(lambda f: f.r.randint(1, 35)),
        },
        1,
    ),
    (
        "track",
        "Penalty Paid",
        "fwd:node",
        {
            "notice_number": G(ie_notice),
            "amount": G(lambda f: f.pick([4000, 6000, 8000, 12000])),
            "currency": G(lambda f: "eur"),
            "payment_intent": G(lambda f: "pi_3" + alnum(f, 23)),
            "charge_id": G(lambda f: "ch_3" + alnum(f, 23)),
            "payment_method_id": RED(pm_id, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "receipt_email": Y(email, "email"),
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "early_payment_discount": G(lambda f: f.pick([True, False])),
            "paid_at": G(lambda f: f.r.randint(1_704_067_200, 1_735_603_200)),
        },
        3,
    ),
    (
        "track",
        "Refund Issued",
        "srv:python",
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(16)),
            "notice_number": G(ie_notice),
            "amount": G(lambda f: f.pick([4000, 8000])),
            "iban": RED(any_iban, "bank account"),
            "bic": G(
                lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "TATRSKBX", "GIBASKBX", "SUBASKBX"])
            ),
            "account_holder": Y(any_full, "name"),
            "reason": G(lambda f: f.pick(["appeal_upheld", "duplicate_payment", "goodwill"])),
            "initiated_by_staff_id": G(lambda f: "st_" + f.digits(4)),
        },
        1,
    ),
    (
        "track",
        "Card Payment Declined",
        "srv:java",
        {
            "ivrCallId": G(lambda f: f.uuid()),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "declineCode": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "amount": G(lambda f: f.pick([40.0, 80.0, 120.0])),
            "retryCount": G(lambda f: f.r.randint(0, 2)),
        },
        1,
    ),
    (
        "track",
        "Carer Permit Applied",
        "web",
        {
            "applicationRef": G(lambda f: "CPA-" + f.digits(8)),
            "carer": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "mobile": Y(ie_mobile, "phone"),
                "vehicleReg": Y(ie_plate, "license"),
            },
            "caredForPerson": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "dateOfBirth": Y(lambda f: f.date(1925, 1960), "birthdate"),
                "address": Y(ie_address_line, "address"),
                "careNeed": Y(
                    lambda f: f.pick(
                        ["dementia", "post-stroke care", "Parkinson's disease", "palliative care"]
                    ),
                    "condition|diagnosis",
                ),
            },
            "visitsPerWeek": G(lambda f: f.r.randint(1, 14)),
            "agency": G(
                lambda f: f.pick(["HSE Home Support", "Home Instead", "Bluebird Care", "family carer"])
            ),
        },
        1,
    ),
    (
        "track",
        "Appeal Hearing Scheduled",
        "srv:java",
        {
            "appealId": G(lambda f: "APL-" + f.digits(7)),
            "hearingAt": G(lambda f: f.iso()),
            "venue": G(
                lambda f: f.pick(
                    ["Civic Offices, Wood Quay, Dublin 8", "City Hall, Anglesea Street, Cork", "online"]
                )
            ),
            "representative": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "firm": G(
                    lambda f: f.pick(["Byrne Wallace LLP", "Mason Hayes & Curran", "self-represented"])
                ),
                "email": Y(email, "email"),
            },
            "interpreterLanguage": G(lambda f: f.pick(["none", "Polish", "Portuguese", "Irish", "Romanian"])),
            "needsStepFreeAccess": RED(lambda f: f.pick([True, False]), "disability"),
            "appellantPhone": Y(ie_mobile, "phone"),
        },
        1,
    ),
    (
        "track",
        "Dispute Created",
        "srv:node",
        {
            "dispute_id": G(lambda f: "dp_1" + alnum(f, 23)),
            "charge_id": G(lambda f: "ch_3" + alnum(f, 23)),
            "amount": G(lambda f: f.pick([4000, 6000, 8000, 12000])),
            "reason": G(lambda f: f.pick(["fraudulent", "product_not_received", "duplicate"])),
            "evidence": {
                "customer_name": Y(any_full, "name"),
                "customer_email_address": Y(email, "email"),
                "customer_purchase_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "billing_address": Y(ie_address_line, "address"),
                "uncategorized_text": Y(
                    lambda f: f.pick(
                        [
                            f"Session paid in app by {email(f)}, ANPR shows vehicle on site.",
                            f"Customer account {email(f)} has 14 prior sessions with this card.",
                            f"Receipt was sent to {email(f)} at time of parking.",
                        ]
                    ),
                    "email",
                    True,
                ),
            },
            "evidence_due_by": G(lambda f: f.r.randint(1_704_067_200, 1_735_603_200)),
            "is_charge_refundable": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "screen",
        "Permit Holder Lookup",
        "warden",
        {
            "permitNumber": G(lambda f: "RP-" + f.digits(7)),
            "holder": {
                "name": Y(lambda f: f"{ie_first(f)} {ie_last(f)}", "name"),
                "address": Y(ie_address_line, "address"),
                "vehicles": Many(Y(ie_plate, "license"), 3),
            },
            "validUntil": G(lambda f: iso_date(f)),
            "zone": G(lambda f: f.pick(["Zone 1", "Zone 3", "Zone 7", "Yellow", "Red"])),
        },
        2,
    ),
    # ------------------------------------------------------------------ ParkLah (Singapore)
    (
        "identify",
        None,
        "rn",
        {
            "fullName": Y(sg_full, "name"),
            "email": Y(email, "email"),
            "mobileNumber": Y(sg_mobile, "phone"),
            "uinfin": RED(nric, "national id"),
            "maskedNric": RED(masked_nric, "national id"),
            "dob": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "sex": Y(lambda f: f.pick(["M", "F", "MALE", "FEMALE"]), "sex|gender"),
            "race": Y(
                lambda f: f.pick(["CHINESE", "MALAY", "INDIAN", "EURASIAN", "FILIPINO"]), "race|ethnicity"
            ),
            "nationality": Y(
                lambda f: f.pick(["SINGAPORE CITIZEN", "MALAYSIAN", "INDIAN", "FILIPINO", "CHINESE"]),
                "citizenship",
            ),
            "residentialStatus": Y(lambda f: f.pick(["Citizen", "PR", "Alien"]), "citizenship"),
            "passType": Opt(
                RED(
                    lambda f: f.pick(["Employment Pass", "S Pass", "Work Permit", "Dependant's Pass"]), "visa"
                ),
                0.3,
            ),
            "regadd": {
                "block": Y(lambda f: str(f.r.randint(101, 999)) + f.pick(["", "", "A", "B"]), "address"),
                "street": Y(lambda f: f.pick(SG_STREETS).upper(), "street|address"),
                "floor": Y(lambda f: f"{f.r.randint(2, 30):02d}", "address"),
                "unit": Y(lambda f: f"{f.r.randint(1, 1800):03d}", "address"),
                "postal": Y(sg_postal, "zipcode"),
                "country": G(lambda f: "SG"),
            },
            "myinfoSource": G(lambda f: f.pick(["singpass", "manual"])),
            "occupation": G(
                lambda f: f.pick(["Software Engineer", "Nurse", "Teacher", "Hawker", "Accountant"])
            ),
            "employer": G(
                lambda f: f.pick(["DBS Bank", "Changi General Hospital", "Grab", "MOE", "self-employed"])
            ),
            "createdAt": G(lambda f: f.iso()),
        },
        3,
    ),
    (
        "track",
        "Parking Session Started",
        "rn",
        {
            "session_id": G(lambda f: f.uuid()),
            "carpark_code": G(lambda f: f.pick(["ACB", "TM23", "BJ55", "HLM", "SK88", "Y49"])),
            "lot_type": G(lambda f: f.pick(["C", "Y", "H"])),
            "vehicle_no": Y(sg_plate, "license"),
            "iu_number": Y(lambda f: "11" + f.digits(8), "serial"),
            "coupon_equivalent": G(lambda f: f.r.randint(1, 6)),
            "rate_per_30min": G(lambda f: f.pick([0.6, 1.2])),
            "duration_min": G(lambda f: f.pick([30, 60, 90, 120])),
            "start_at": G(lambda f: f.iso()),
            "end_at": G(lambda f: f.iso()),
            "charged_sgd": G(lambda f: f.pick([0.6, 1.2, 2.4, 3.6])),
            "lat": Y(lambda f: round(1.29 + f.r.uniform(0, 0.15), 6), "geolocation"),
            "lng": Y(lambda f: round(103.7 + f.r.uniform(0, 0.25), 6), "geolocation"),
        },
        3,
    ),
    (
        "screen",
        "Carpark Availability",
        "rn",
        {
            "carpark_code": G(lambda f: f.pick(["ACB", "TM23", "BJ55", "HLM", "SK88", "Y49"])),
            "address": G(
                lambda f: f.pick(
                    [
                        "BLK 208 ANG MO KIO ST 22",
                        "BLK 521 TAMPINES CENTRAL 7",
                        "BLK 88 TANJONG PAGAR RD",
                        "BLK 271 JURONG WEST ST 21",
                    ]
                )
            ),
            "agency": G(lambda f: f.pick(["HDB", "URA", "LTA"])),
            "lots_available": G(lambda f: f.r.randint(0, 600)),
            "distance_m": G(lambda f: f.r.randint(20, 3000)),
            "night_parking": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Season Parking Applied",
        "rn",
        {
            "application_no": G(lambda f: "SP" + f.digits(8)),
            "carpark_code": G(lambda f: f.pick(["ACB", "TM23", "BJ55", "HLM", "SK88", "Y49"])),
            "season_type": G(lambda f: f.pick(["residential", "non-residential", "commercial"])),
            "vehicle_no": Y(sg_plate, "license"),
            "vehicle_owner_id_type": G(lambda f: f.pick(["NRIC", "FIN", "UEN"])),
            "owner_relationship": G(lambda f: f.pick(["self", "spouse", "parent", "company"])),
            "residential_address": {
                "blk": Y(lambda f: str(f.r.randint(101, 999)), "address"),
                "street_name": Y(lambda f: f.pick(SG_STREETS), "street|address"),
                "unit_no": Y(lambda f: f"#{f.r.randint(2, 25):02d}-{f.r.randint(1, 1800)}", "address"),
                "postal_code": Y(sg_postal, "zipcode"),
            },
            "hp_no": Y(sg_mobile, "phone"),
            "marital_status": G(lambda f: f.pick(["Single", "Married", "Divorced"])),
            "monthly_fee": G(lambda f: f.pick([80.0, 110.0, 150.0])),
            "giro_bank": G(lambda f: f.pick(["DBS/POSB", "OCBC", "UOB"])),
            "giro_account_no": RED(
                lambda f: f.pick(
                    [
                        f"{f.digits(3)}-{f.digits(6)}-{f.r.randint(0, 9)}",
                        f"{f.digits(3)}-{f.digits(5)}-{f.r.randint(0, 9)}",
                        f.digits(10),
                    ]
                ),
                "bank account",
            ),
        },
        1,
    ),
    (
        "track",
        "Parking Offence Notice Paid",
        "srv:go",
        {
            "notice_no": G(lambda f: f.pick(["U", "P"]) + f.digits(9)),
            "offence_code": G(lambda f: f.pick(["A01", "A12", "B05", "C02"])),
            "offence_desc": G(
                lambda f: f.pick(
                    [
                        "Failure to display valid parking coupon",
                        "Parking at non-parking lot",
                        "Parking in disabled lot without label",
                    ]
                )
            ),
            "vehicle_no": Y(sg_plate, "license"),
            "composition_amount": G(lambda f: f.pick([20, 40, 70, 100])),
            "paid_via": G(lambda f: f.pick(["PayNow", "card", "AXS"])),
            "paynow_proxy_value": Y(sg_mobile, "phone", True),
            "payer_name": Y(sg_full, "name"),
            "paid_at": G(lambda f: f.r.randint(1_704_067_200, 1_735_603_200)),
            "transaction_ref": G(lambda f: "TXN" + f.digits(12)),
        },
        2,
    ),
    (
        "track",
        "Driver Particulars Furnished",
        "sgweb",
        {
            "notice_no": G(lambda f: f.pick(["U", "P"]) + f.digits(9)),
            "driver_id_type": G(lambda f: f.pick(["NRIC", "FIN"])),
            "driver_id_no": RED(nric, "national id"),
            "driver_name": Y(sg_full, "name"),
            "driver_contact": Y(sg_mobile, "phone"),
            "driver_address": Y(sg_address_line, "address"),
            "relationship": G(lambda f: f.pick(["employee", "family member", "friend"])),
            "declaration_accepted": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Visitor Registered",
        "rn",
        {
            "visitor_name": Y(sg_full, "name"),
            "visitor_hp": Y(sg_mobile, "phone"),
            "visitor_vehicle_no": Y(sg_plate, "license"),
            "unit_visiting": Y(lambda f: f"#{f.r.randint(2, 30):02d}-{f.r.randint(1, 12):02d}", "address"),
            "host_name": Y(sg_full, "name"),
            "condo": G(
                lambda f: f.pick(["The Tembusu", "Parc Esta", "Treasure at Tampines", "Normanton Park"])
            ),
            "visit_purpose": G(lambda f: f.pick(["social", "delivery", "contractor", "tuition"])),
            "guard_id": G(lambda f: "G" + f.digits(3)),
            "entry_time": G(lambda f: f.iso()),
        },
        2,
    ),
    # ------------------------------------------------------------------ ParkujTu (Slovakia)
    (
        "identify",
        None,
        "flutter",
        {
            "meno": Y(sk_first, "name"),
            "priezvisko": Y(sk_last, "name"),
            "titul": G(lambda f: f.pick(["Ing.", "Mgr.", "Bc.", "MUDr.", "PhDr."])),
            "email": Y(email, "email"),
            "telefon": Y(sk_mobile, "phone"),
            "adresa": {
                "ulica": Y(lambda f: f.pick(SK_STREETS), "street|address"),
                "cislo_domu": Y(
                    lambda f: f.pick(
                        [
                            f"{f.r.randint(1, 3000)}/{f.r.randint(1, 60)}",
                            str(f.r.randint(1, 120)),
                            f"{f.r.randint(1, 80)}A",
                        ]
                    ),
                    "address",
                ),
                "mesto": Y(lambda f: f.pick(SK_CITIES)[0], "city"),
                "psc": Y(sk_psc, "zipcode"),
                "stat": G(lambda f: f.pick(["SK", "Slovensko"])),
            },
            "datum_narodenia": Y(
                lambda f: f"{f.r.randint(1, 28)}.{f.r.randint(1, 12)}.{f.r.randint(1950, 2004)}", "birthdate"
            ),
            "pohlavie": Y(lambda f: f.pick(["muž", "žena"]), "gender|sex"),
            "jazyk": G(lambda f: f.pick(["sk", "hu", "en"])),
            "suhlas_marketing": G(lambda f: f.pick([True, False])),
            "typ_uctu": G(lambda f: f.pick(["osobny", "firemny"])),
            "pocet_vozidiel": G(lambda f: f.r.randint(1, 3)),
            "vytvorene": G(lambda f: f.iso()),
        },
        3,
    ),
    (
        "track",
        "Parkovanie zaplatené",
        "flutter",
        {
            "id_parkovania": G(lambda f: f.uuid()),
            "ecv": Y(sk_plate, "license"),
            "zona": G(lambda f: f.pick(["BA-PE1", "BA-SM2", "BA-RU3", "KE-1", "ZA-A"])),
            "trvanie_min": G(lambda f: f.pick([30, 60, 120, 180])),
            "cena": G(lambda f: f.pick([1.0, 2.0, 3.0, 4.5])),
            "mena": G(lambda f: "EUR"),
            "sposob_platby": G(lambda f: f.pick(["karta", "google_pay", "sms", "kredit"])),
            "zaciatok": G(lambda f: f.iso()),
            "koniec": G(lambda f: f.iso()),
            "gps": {
                "lat": Y(lambda f: round(48.14 + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
                "lon": Y(lambda f: round(17.11 + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
            },
            "sms_pripomienka": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Rezidentská karta \u2013 žiadosť",
        "fwd:php",
        {
            "cislo_ziadosti": G(lambda f: "RK-2024-" + f.digits(6)),
            "meno": Y(sk_first, "name"),
            "priezvisko": Y(sk_last, "name"),
            "rodne_cislo": RED(rodne_cislo, "national id"),
            "cislo_op": RED(sk_op, "national id"),
            "trvaly_pobyt": Y(sk_address_line, "address"),
            "mestska_cast": Y(lambda f: f.pick(BA_DISTRICTS), "city"),
            "ecv": Y(sk_plate, "license"),
            "vin": Y(vin, "serial"),
            "drzitel_ztp": RED(lambda f: f.pick([True, False, False]), "disability"),
            "typ_karty": G(lambda f: f.pick(["rezidentská", "abonentská", "návštevnícka"])),
            "poplatok": G(lambda f: f.pick([39, 199, 600])),
            "variabilny_symbol": G(lambda f: f.digits(10)),
            "iban": RED(lambda f: iban(f, "SK"), "bank account"),
            "email": Y(email, "email"),
            "telefon": Y(sk_mobile, "phone"),
        },
        2,
    ),
    (
        "track",
        "Platba prijatá",
        "srv:php",
        {
            "variabilny_symbol": G(lambda f: f.digits(10)),
            "konstantny_symbol": G(lambda f: f.pick(["0308", "0558", "1148"])),
            "suma": G(lambda f: f.pick([39.0, 199.0, 600.0])),
            "iban_platitela": RED(lambda f: iban(f, "SK"), "bank account"),
            "meno_platitela": Y(sk_full, "name"),
            "sprava_pre_prijemcu": Y(
                lambda f: f.pick(
                    [f"RK {sk_plate(f)}", f"karta {sk_plate(f)}", f"parkovanie {sk_plate(f)} 2024"]
                ),
                "license",
                True,
            ),
            "datum_prijatia": G(lambda f: iso_date(f)),
        },
        1,
    ),
    (
        "track",
        "Návštevnícka karta vydaná",
        "flutter",
        {
            "cislo_karty": G(lambda f: "NK-" + f.digits(7)),
            "meno_navstevy": Y(sk_full, "name"),
            "ecv_navstevy": Y(lambda f: f.pick([sk_plate(f), sk_plate(f), ie_plate(f)]), "license"),
            "telefon_navstevy": Y(sk_mobile, "phone"),
            "platnost_od": G(lambda f: f.iso()),
            "platnost_do": G(lambda f: f.iso()),
            "zostatok_hodin": G(lambda f: f.r.randint(0, 100)),
        },
        1,
    ),
    (
        "track",
        "Hodnotenie odoslané",
        "flutter",
        {
            "skore": G(lambda f: f.r.randint(0, 10)),
            "komentar": G(
                lambda f: f.pick(
                    [
                        "Aplikácia funguje výborne.",
                        "Chýba mi platba cez Apple Pay.",
                        "Predĺženie parkovania je príliš zložité.",
                        "Super, odporúčam!",
                    ]
                )
            ),
            "odporucil_by": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Pokuta uložená",
        "warden",
        {
            "cislo_pokuty": G(lambda f: "MP-" + f.digits(8)),
            "ecv": Y(sk_plate, "license"),
            "vyska_pokuty": G(lambda f: f.pick([20, 30, 50])),
            "priestupok": G(
                lambda f: f.pick(
                    [
                        "státie bez platného parkovacieho lístka",
                        "státie na chodníku",
                        "státie na vyhradenom mieste ZŤP",
                    ]
                )
            ),
            "miesto": {
                "ulica": G(lambda f: f.pick(SK_STREETS)),
                "gps_lat": Y(lambda f: round(48.14 + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
                "gps_lon": Y(lambda f: round(17.11 + f.r.uniform(-0.05, 0.05), 6), "geolocation"),
            },
            "prislusnik_cislo": G(lambda f: f.digits(4)),
            "fotky": Many(
                {
                    "url": Y(lambda f: photo_url(f, "dokazy.parkujtu.sk"), "photo"),
                    "cas": G(lambda f: f.iso()),
                },
                3,
            ),
        },
        1,
    ),
    # ------------------------------------------------------------------ WardenPro handheld
    (
        "identify",
        None,
        "srv:ruby",
        {
            "officerNumber": G(lambda f: "WO-" + f.digits(4)),
            "firstName": Y(ie_first, "name"),
            "lastName": Y(ie_last, "name"),
            "email": Y(staff_email, "email"),
            "workMobile": Y(ie_mobile, "phone"),
            "role": G(
                lambda f: f.pick(["Traffic Warden", "Senior Warden", "Clamping Operative", "Supervisor"])
            ),
            "depot": G(lambda f: f.pick(["Dublin North", "Dublin South", "Cork City", "Galway"])),
            "shiftPattern": G(lambda f: f.pick(["earlies", "lates", "4on4off"])),
            "hourlyRate": Y(lambda f: f.pick([14.8, 15.5, 16.25, 17.9, 19.0]), "salary"),
            "contractType": G(lambda f: f.pick(["permanent", "fixed-term", "agency"])),
            "tradeUnion": Y(lambda f: f.pick(["SIPTU", "Fórsa", "Unite", "none"]), "trade union"),
            "startDate": G(lambda f: iso_date(f, 2012, 2024)),
        },
        1,
    ),
    (
        "track",
        "Officer Shift Started",
        "warden",
        {
            "officerNumber": G(lambda f: "WO-" + f.digits(4)),
            "beatId": G(lambda f: f.pick(["DN-04", "DS-11", "CK-02", "GW-01"])),
            "handheldSerial": G(lambda f: "21" + f.digits(3) + "52" + f.digits(7)),
            "printerBattery": G(lambda f: f.r.randint(10, 100)),
            "vehicleCallSign": G(lambda f: f.pick(["Unit 7", "Unit 12", "Foot"])),
            "startedAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Penalty Notice Issued",
        "warden",
        {
            "noticeNumber": G(ie_notice),
            "officerNumber": G(lambda f: "WO-" + f.digits(4)),
            "vehicleReg": Y(any_plate, "license"),
            "vehicleMake": G(lambda f: f.pick(CAR_MAKES)),
            "vehicleColour": G(lambda f: f.pick(COLOURS)),
            "plateCountry": G(lambda f: f.pick(["IRL", "NI", "GB", "PL", "SK", "LT"])),
            "contraventionCode": G(lambda f: f.pick(CONTRAVENTIONS)[0]),
            "contraventionDescription": G(lambda f: f.pick(CONTRAVENTIONS)[1]),
            "observedFrom": G(lambda f: f.iso()),
            "issuedAt": G(lambda f: f.iso()),
            "observationMinutes": G(lambda f: f.pick([5, 10, 15])),
            "location": {
                "street": G(
                    lambda f: f.pick([*IE_STREETS, "Dame Street", "Capel Street", "Oliver Plunkett Street"])
                ),
                "area": G(lambda f: f.pick(["Dublin 1", "Dublin 2", "Cork City Centre", "Galway City"])),
                "zone": G(lambda f: f.pick(["Yellow", "Red", "Green", "Orange"])),
                "lat": Y(dublin_lat, "geolocation"),
                "lng": Y(dublin_lon, "geolocation"),
            },
            "photos": Many(
                {
                    "photoId": G(lambda f: f.uuid()),
                    "url": Y(photo_url, "photo"),
                    "takenAt": G(lambda f: f.iso()),
                    "sha256": G(lambda f: f.hexid(64)),
                    "width": G(lambda f: f.pick([1920, 4032])),
                },
                4,
            ),
            "driverPresent": G(lambda f: f.pick([True, False])),
            "servedTo": G(lambda f: f.pick(["windscreen", "handed_to_driver", "post"])),
            "amount": G(lambda f: f.pick([40, 60, 80])),
            "notes": G(lambda f: f.pick(OFFENCE_NOTES)),
            "handheldId": G(lambda f: "HH-" + f.digits(4)),
        },
        4,
    ),
    (
        "track",
        "Driver Details Captured",
        "warden",
        {
            "noticeNumber": G(ie_notice),
            "capturedFields": Many(
                {
                    "label": G(captured_label),
                    "value": Y(captured_value, "name|phone|address", True),
                },
                3,
            ),
            "driverRefusedDetails": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Permit Check Performed",
        "warden",
        {
            "q": Y(any_plate, "license", True),
            "inputMode": G(lambda f: f.pick(["anpr", "keyboard"])),
            "result": G(lambda f: f.pick(["valid_permit", "no_permit", "expired", "visitor_voucher"])),
            "permitType": G(lambda f: f.pick(["resident", "visitor", "business", "carer", "disabled"])),
            "disabledPermitNumber": Opt(RED(lambda f: "DPP" + f.digits(6), "disability"), 0.35),
            "checkDurationMs": G(lambda f: f.r.randint(80, 2500)),
        },
        3,
    ),
    (
        "track",
        "Vehicle Clamped",
        "warden",
        {
            "clampId": G(lambda f: "CL-" + f.digits(6)),
            "noticeNumber": G(ie_notice),
            "vehicleReg": Y(any_plate, "license"),
            "clampSerial": G(lambda f: "DC" + f.digits(5)),
            "releaseFee": G(lambda f: f.pick([80, 120])),
            "clampedAt": G(lambda f: f.iso()),
            "location": {
                "street": G(lambda f: f.pick([*IE_STREETS, "Dame Street", "Capel Street"])),
                "lat": Y(dublin_lat, "geolocation"),
                "lng": Y(dublin_lon, "geolocation"),
            },
            "warningStickerApplied": G(lambda f: True),
        },
        2,
    ),
    (
        "track",
        "Clamp Release Requested",
        "fwd:node",
        {
            "clampId": G(lambda f: "CL-" + f.digits(6)),
            "vehicleReg": Y(ie_plate, "license"),
            "callerPhone": Y(ie_mobile, "phone"),
            "releaseCode": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "paidAmount": G(lambda f: f.pick([80, 120])),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Customer rang from {ie_mobile(f)}",
                        f"Call back on {ie_mobile(f)} when crew dispatched",
                        f"Motorist waiting at vehicle, mob {ie_mobile(f)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Vehicle Towed",
        "srv:dotnet",
        {
            "TowId": G(lambda f: "TW" + f.digits(7)),
            "NoticeNumber": G(ie_notice),
            "Plate": Y(ie_plate, "license"),
            "Vin": Y(vin, "serial"),
            "TowTruckId": G(lambda f: "TT-" + f.digits(2)),
            "PoundName": G(lambda f: f.pick(["Ringsend Vehicle Pound", "Kinsale Road Pound"])),
            "PoundAddress": G(
                lambda f: f.pick(["Pigeon House Road, Ringsend, Dublin 4", "Kinsale Road, Cork T12 H2KN"])
            ),
            "RegisteredKeeper": {
                "FullName": Y(any_full, "name"),
                "Address": Y(ie_address_line, "address"),
                "LookupSource": G(lambda f: f.pick(["NVDF", "DVLA"])),
            },
            "TowedAt": G(lambda f: f.iso()),
            "ReleaseFee": G(lambda f: 250),
            "StorageFeePerDay": G(lambda f: 35),
        },
        1,
    ),
    # ------------------------------------------------------------------ Quaypark car parks
    (
        "track",
        "Vehicle Entered",
        "srv:dotnet",
        {
            "CarParkId": G(lambda f: f.pick(["QP-DUB-01", "QP-CRK-03", "QP-SIN-02", "QP-BTS-01"])),
            "CarParkName": G(
                lambda f: f.pick(
                    [
                        "Quaypark Spencer Dock",
                        "Quaypark Lapps Quay",
                        "Quaypark Marina Bay",
                        "Quaypark Eurovea",
                    ]
                )
            ),
            "LaneId": G(lambda f: f.r.randint(1, 6)),
            "Plate": Y(any_plate, "license"),
            "PlateConfidence": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
            "PlateRegion": G(lambda f: f.pick(["IRL", "SGP", "SVK", "GBR"])),
            "CameraSerial": G(lambda f: "ANPR" + f.digits(8)),
            "ImageUrl": Y(lambda f: photo_url(f, "anpr.quaypark.com"), "photo"),
            "EntryTime": G(lambda f: f.iso()),
            "TicketNumber": G(lambda f: f.digits(12)),
            "IsSeasonHolder": G(lambda f: f.pick([True, False])),
            "VehicleClass": G(lambda f: f.pick(["car", "van", "motorcycle"])),
        },
        4,
    ),
    (
        "track",
        "Vehicle Exited",
        "srv:dotnet",
        {
            "CarParkId": G(lambda f: f.pick(["QP-DUB-01", "QP-CRK-03", "QP-SIN-02", "QP-BTS-01"])),
            "LaneId": G(lambda f: f.r.randint(1, 6)),
            "Plate": Y(any_plate, "license"),
            "ExitTime": G(lambda f: f.iso()),
            "DwellMinutes": G(lambda f: f.r.randint(5, 900)),
            "Tariff": G(lambda f: f.pick(["standard", "early_bird", "evening", "season"])),
            "AmountDue": G(lambda f: f.money(0, 38)),
            "PaidAtMachine": G(lambda f: f.pick([True, False])),
            "TicketNumber": G(lambda f: f.digits(12)),
            "ImageUrl": Y(lambda f: photo_url(f, "anpr.quaypark.com"), "photo"),
        },
        3,
    ),
    (
        "track",
        "Barrier Opened",
        "srv:go",
        {
            "barrier_id": G(lambda f: "BR-" + f.digits(3)),
            "car_park_id": G(lambda f: f.pick(["QP-DUB-01", "QP-CRK-03", "QP-SIN-02", "QP-BTS-01"])),
            "reason": G(lambda f: f.pick(["anpr_match", "ticket", "intercom", "manual"])),
            "operator_id": G(lambda f: "op_" + f.digits(3)),
            "intercom_call": {
                "call_id": G(lambda f: "CA" + f.hexid(32)),
                "site_number": G(
                    lambda f: f.pick(["+35316854400", "+353214270950", "+6562253300", "+421233004455"])
                ),
                "duration_sec": G(lambda f: f.r.randint(8, 300)),
                "agent_name": Y(any_full, "name"),
            },
            "opened_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Pay Station Transaction",
        "srv:go",
        {
            "terminal_id": G(lambda f: "PS" + f.digits(4)),
            "receipt_no": G(lambda f: f.digits(8)),
            "car_park_id": G(lambda f: f.pick(["QP-DUB-01", "QP-CRK-03", "QP-SIN-02", "QP-BTS-01"])),
            "ticket_number": G(lambda f: f.digits(12)),
            "amount": G(lambda f: f.money(2, 38)),
            "currency": G(lambda f: f.pick(["EUR", "SGD"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "pan_masked": G(
                lambda f: (
                    f"{f.pick(['476173', '535522', '412345', '222300'])}******{f.r.randint(0, 9999):04d}"
                )
            ),
            "auth_code": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
            "emv_aid": G(lambda f: f.pick(["A0000000031010", "A0000000041010", "A00000002501"])),
            "entry_method": G(lambda f: f.pick(["contactless", "chip", "mobile_wallet"])),
        },
        3,
    ),
    (
        "track",
        "ANPR Read",
        "srv:node",
        {
            "read-id": G(lambda f: f.uuid()),
            "camera-id": G(lambda f: f.pick(["cam-entry-1", "cam-exit-2", "cam-entry-3"])),
            "camera-serial": G(lambda f: "HK" + f.digits(9)),
            "plate-text": Y(any_plate, "license"),
            "plate-region": G(lambda f: f.pick(["IE", "SG", "SK", "UK"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "vehicle-make": G(lambda f: f.pick(CAR_MAKES)),
            "vehicle-colour": G(lambda f: f.pick(COLOURS)),
            "direction": G(lambda f: f.pick(["in", "out"])),
            "image-url": Y(lambda f: photo_url(f, "cdn.platereader.io"), "photo"),
            "camera-lat": G(lambda f: f.pick([53.3489, 51.8972, 1.2803, 48.1405])),
            "camera-lon": G(lambda f: f.pick([-6.2379, -8.4701, 103.8545, 17.1236])),
            "captured-at": G(lambda f: f.iso()),
        },
        3,
    ),
    (
        "track",
        "Season Ticket Holder Synced",
        "srv:python",
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 999999)),
            "FIRST_NAME": Y(lambda f: ie_first(f).upper(), "name"),
            "LAST_NAME": Y(lambda f: ie_last(f).upper(), "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_NUMBER": Y(e164, "phone"),
            "COMPANY_NAME": G(
                lambda f: f.pick(["Accenture Ireland", "Salesforce", "AIB", "Stripe Payments Europe", "none"])
            ),
            "EMPLOYEE_NUMBER": G(lambda f: "E" + f.digits(6)),
            "PLATE_1": Y(any_plate, "license"),
            "PLATE_2": Opt(Y(any_plate, "license"), 0.35),
            "SEASON_PRODUCT": G(lambda f: f.pick(["MON-FRI 24H", "RESERVED BAY", "NIGHTS & WEEKENDS"])),
            "START_DATE": G(lambda f: iso_date(f, 2022, 2024)),
            "END_DATE": G(lambda f: iso_date(f, 2024, 2026)),
            "ACCESS_CARD_UID": G(lambda f: f.hexid(14).upper()),
            "MONTHLY_PRICE_EUR": G(lambda f: f.pick([165.0, 210.0, 260.0])),
            "DIRECT_DEBIT_IBAN": RED(lambda f: iban(f, "IE"), "bank account"),
            "MANDATE_REF": G(lambda f: "QP-" + f.digits(8)),
            "LIFETIME_VALUE": G(lambda f: f.money(165, 12000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
        2,
    ),
    # ------------------------------------------------------------------ notifications, accounts
    (
        "track",
        "SMS Reminder Sent",
        "srv:python",
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(e164, "phone", True),
            "from": G(lambda f: f.pick(["CityPark", "ParkLah", "50123", "+35318091234"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "Your parking at Location 5021 expires in 10 minutes. Reply EXTEND to add 30 mins.",
                        "Vase parkovanie v zone BA-PE1 konci o 10 minut.",
                        "ParkLah: your session at carpark ACB ends at 18:30.",
                    ]
                )
            ),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "num_segments": G(lambda f: f.pick([1, 2])),
            "price": G(lambda f: f.pick([-0.0475, -0.0712, -0.0301])),
        },
        2,
    ),
    (
        "track",
        "Email Sent",
        "srv:ruby",
        {
            "recipient": Y(email, "email", True),
            "template": G(lambda f: f.pick(["receipt", "permit_approved", "appeal_decision", "magic_link"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your CityPark receipt",
                        "Your permit has been approved",
                        "Decision on your appeal",
                        "Your sign-in link",
                    ]
                )
            ),
            "message_id": G(lambda f: f"<{f.epoch_ms()}.{f.hexid(12)}@mail.citypark.ie>"),
            "sender": G(lambda f: f.pick(["noreply@citypark.ie", "appeals@citypark.ie"])),
            "reply_to": G(lambda f: f.pick(["support@citypark.ie", "appeals@citypark.ie"])),
            "esp": G(lambda f: f.pick(["postmark", "ses"])),
        },
        2,
    ),
    (
        "group",
        None,
        "srv:node",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Murphy Plumbing Ltd",
                        "Liffey Couriers",
                        "Grab Singapore",
                        "Tatra Logistics s.r.o.",
                        "Cork Care Services CLG",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["construction", "logistics", "healthcare", "delivery"])),
            "employees": G(lambda f: f.r.randint(3, 2000)),
            "plan": G(lambda f: f.pick(["fleet_basic", "fleet_plus", "enterprise"])),
            "fleetSize": G(lambda f: f.r.randint(2, 300)),
            "vatNumber": G(
                lambda f: f.pick(["IE" + f.digits(7) + "W", "SK20" + f.digits(8), "20" + f.digits(7) + "K"])
            ),
            "accountsEmail": G(
                lambda f: (
                    f.pick(["accounts@", "finance@", "ap@"])
                    + f.pick(["murphyplumbing.ie", "liffeycouriers.ie", "tatralog.sk"])
                )
            ),
            "switchboard": G(
                lambda f: f.pick(["+353 1 855 2200", "+353 21 496 1100", "+65 6100 8888", "+421 2 5010 3300"])
            ),
            "registeredOffice": {
                "line1": G(
                    lambda f: f.pick(
                        ["Unit 4, Ballymount Industrial Estate", "22 North Wall Quay", "Mlynské nivy 16"]
                    )
                ),
                "city": G(lambda f: f.pick(["Dublin 12", "Dublin 1", "Bratislava", "Singapore"])),
                "postalCode": G(lambda f: f.pick(["D12 XN42", "D01 H104", "821 09", "018989"])),
                "country": G(lambda f: f.pick(["IE", "SK", "SG"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Fleet Driver Added",
        "srv:java",
        {
            "fleet_account_id": G(lambda f: "fa_" + f.digits(6)),
            "driver": {
                "full_name": Y(any_full, "name"),
                "email": Y(email, "email"),
                "mobile": Y(any_mobile, "phone"),
                "employee_ref": G(lambda f: "EMP" + f.digits(5)),
                "cost_centre": G(lambda f: f.pick(["CC-100", "CC-210", "SALES"])),
                "job_title": G(
                    lambda f: f.pick(["Courier", "Service Engineer", "Care Assistant", "Sales Rep"])
                ),
            },
            "vehicle_reg": Y(any_plate, "license"),
            "spend_limit_eur": G(lambda f: f.pick([50, 100, 250])),
            "added_by": Y(email, "email", True),
        },
        1,
    ),
    (
        "track",
        "Iarratas Curtha Isteach",
        "srv:php",
        {
            "ainm": Y(ie_first, "name"),
            "sloinne": Y(ie_last, "name"),
            "seoladh": Y(ie_address_line, "address"),
            "contae": G(lambda f: f.pick(["Gaillimh", "Ciarraí", "Dún na nGall", "Maigh Eo"])),
            "eircode": Y(eircode, "zipcode|address"),
            "uimhir_chlárúcháin": Y(ie_plate, "license"),
            "teanga": G(lambda f: f.pick(["ga", "en"])),
            "cineál_ceada": G(lambda f: f.pick(["cónaitheoir", "cuairteoir", "gnó"])),
        },
        1,
    ),
]


def message(f: Fake, kind: str, event: Any, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}", f.uuid()]),
        "timestamp": f.iso(),
    }
    if client.startswith(("srv:", "fwd:")):
        msg["userId"] = f.pick([f"usr_{f.hexid(10)}", str(f.r.randint(10000, 999999))])
    else:
        msg["anonymousId"] = f.uuid()
        if f.r.random() < 0.8:
            msg["userId"] = f"usr_{f.hexid(10)}"
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = f.pick(event) if isinstance(event, list) else event
    elif kind == "group":
        msg["groupId"] = "fa_" + f.digits(6)
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    return msg


def alias(f: Fake, labels: dict) -> dict:
    return {
        "type": "alias",
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "previousId": f.uuid(),
        "userId": f"usr_{f.hexid(10)}",
        "context": render(CONTEXTS[f.pick(["swift", "kotlin", "rn", "flutter"])](), f, "context", labels),
    }


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, client, body, labels))
        events.append(alias(f, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=331, repeats=17)
    write(Path(__file__).parent, "holdout331_", events, labels)
