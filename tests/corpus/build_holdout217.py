# ruff: noqa: RUF001, E501
"""Writes holdout217: tests/corpus/holdout217_events.jsonl and holdout217_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or its documentation, and never scored by its author. Only build.py and fake.py
(the helpers), build_holdout3.py (for the format) and shared/REFERENCE.md were read.

Domain: "Hallmate", a student housing and dormitory booking platform in the United Kingdom,
Australia and Turkey. Covers: room search and e-commerce spec events (rooms are products,
bookings are orders); accounts (identify from web, mobile and a warehouse reverse-ETL sync in
SCREAMING_SNAKE, and a Turkish PHP backend); student applications (university, course, date of
birth, passports, CAS/CoE numbers, share codes and BRPs for international students, guarantors
and their credit checks, Turkish parent ("veli") details); contracts (DocuSign-shaped signers),
rent payments and deposits (Stripe-, GoCardless- and iyzico-shaped payloads, deposit protection,
Australian bonds and BECS), maintenance requests, roommate matching preferences, wellbeing,
accessibility, equality monitoring and incident reports; staff tools (.NET PascalCase, payroll
for residential assistants with NI numbers and TFNs); vendor webhooks (Twilio, SendGrid,
Typeform, Zendesk-like); group calls for partner universities and residences.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python/node/go/java/ruby/php/csharp server libraries, each with its own
`context` shape (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
location).

Conventions: mostly camelCase and snake_case English keys; roughly 15 % other conventions real
customers have: PascalCase (.NET staff tools), kebab-case (a form builder, SendGrid's
`smtp-id`), SCREAMING_SNAKE (warehouse sync) and Turkish keys (`ad`, `soyad`, `tc_kimlik_no`,
`veli`, `kan_grubu` ...). Values are fake but structurally valid: Luhn card numbers, mod-97
IBANs (TR, GB, DE), TC Kimlik numbers with both check digits, NHS numbers (mod 11), Medicare
numbers (weighted check digit), TFNs (mod 11), NI numbers with valid prefixes; names from many
cultures; UK, Australian, Turkish, Chinese, Indian, Nigerian and Malaysian phone formats.

Labelling rules (the Privacy Portal's default colours):
- Every leaf path has classification (red/yellow/green), type (the reference's matcher name, or
  `national id`, `health id`, `bank account`, `credit card`, `advertising id`, `geolocation`,
  `token`, `secret`, `credit score`, `password` ...; `a|b` when either is fair) and value_only.
- PII is personal data about a natural person: the user, a guarantor, a parent, an emergency
  contact, a roommate, a visitor, staff. Colours are the reference's defaults; outside the
  reference, red for credentials, secrets, card numbers, bank accounts, government and health ids.
- Green: ids we or our vendors issue (booking, application, invoice, mandate, Stripe `cus_`/`pi_`
  ids, student numbers, UCAS personal ids, deposit and bond numbers, police crime references),
  versions, timestamps, hashes, amounts, enums, counters and booleans under PII-sounding keys,
  residence, university and company names, room and bed identifiers (the operator's inventory),
  places that are not the person's (searched city, a residence's address and postcode, the
  university's switchboard), country, locale, currency, user agents, device ids; card brand,
  last four, BIN and expiry; sort codes and BSBs; passport expiry dates; pets.
- Contested cases follow the product's published policy (brief): member/customer numbers, ages,
  marital status, job titles and employers, businesses' phones and role mailboxes, UUID tokens
  and Message-IDs green; insurance and OSHC member numbers yellow `identification`; salaries and
  hourly rates yellow `salary`; credit scores yellow `credit score`; vehicle plates yellow
  `license`; gclid/fbclid/fbp/fbc yellow `advertising id`; billing addresses yellow `address`;
  payment-method tokens, one-time codes and sign-in link tokens red `token`; NHS and Medicare
  numbers red `health id`; identity document numbers red `national id`/`passport`; answers about
  the right to rent or work and student-visa status red `visa`.
- Special categories: a boolean or enum that itself reveals one is labelled with that category
  (accessibility needs and evacuation plans: red `disability`; blood group, wellbeing concerns
  and referral to counselling: yellow `condition`; faith: yellow `religion`).
- value_only is true when the key does not say what the value is (`value`, `label`, `to`, `q`,
  `input`, `text`, `note`, `message`, a device's name); such a PII path holds that PII in every
  one of its values (checked below with simple patterns). Free text is labelled by what every one
  of its values carries, green when none does.
- Judgement calls, as a careful privacy owner at a mid-size company would want them: CAS and
  CoE numbers (they exist only for a student visa) are red `visa`; a BRP number is red
  `national id`; a dietary-requirements enum offering halal and kosher is yellow `religion`;
  the person's own city (IP-derived location, a buyer's city, a home address's town) is yellow
  `city`, while a residence's or searched city is green; a staff member's personal work e-mail
  is yellow, a role mailbox green; a device's user-given name ("Ayşe's iPhone") is yellow `name`
  (value_only); an APNs push token is red `token`.
"""

import re
import string
import unicodedata
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

PEOPLE = [
    ("Oliver", "Bennett"),
    ("Amelia", "Hughes"),
    ("Harry", "O'Connor"),
    ("Isla", "McKenzie"),
    ("Siobhán", "Ó Briain"),
    ("Ayşe", "Yılmaz"),
    ("Mehmet", "Kaya"),
    ("Zeynep", "Demir"),
    ("Emre", "Çelik"),
    ("Elif", "Şahin"),
    ("Burak", "Öztürk"),
    ("Gülşen", "Aydın"),
    ("Jiahui", "Wang"),
    ("Yuxuan", "Zhang"),
    ("Wei", "Li"),
    ("Aarav", "Sharma"),
    ("Ananya", "Iyer"),
    ("Chiamaka", "Okonkwo"),
    ("Tunde", "Adeyemi"),
    ("Nurul Aisyah", "Ahmad"),
    ("Lan", "Nguyễn"),
    ("Abdullah", "Al-Qahtani"),
    ("Eleni", "Papadopoulou"),
    ("Jack", "Thompson"),
    ("Charlotte", "Nguyen"),
    ("Aruzhan", "Nurlanovna"),
    ("Hamza", "Qureshi"),
    ("Putri", "Wulandari"),
    ("Ji-woo", "Park"),
    ("João", "Pereira"),
    ("Zofia", "Wiśniewska"),
    ("Lucía", "Fernández"),
    ("Kwabena", "Asante"),
    ("Mariam", "Haddad"),
    ("Ngaio", "Walker"),
]
FIRSTS = sorted({p[0] for p in PEOPLE})
LASTS = sorted({p[1] for p in PEOPLE})
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "yahoo.com",
    "qq.com",
    "163.com",
    "bigpond.com",
    "yandex.com.tr",
    "student.unimelb.edu.au",
    "leeds.ac.uk",
    "ogr.iu.edu.tr",
    "example.com",
]
UNIVERSITIES = [
    "University of Leeds",
    "UCL",
    "King's College London",
    "University of Manchester",
    "University of Bristol",
    "University of Melbourne",
    "UNSW Sydney",
    "Monash University",
    "Boğaziçi Üniversitesi",
    "İstanbul Teknik Üniversitesi",
    "Bilkent Üniversitesi",
]
COURSES = [
    "BSc Computer Science",
    "LLB Law",
    "MSc Data Science",
    "Bachelor of Commerce",
    "MA International Relations",
    "BEng Mechanical Engineering",
    "Bachelor of Nursing",
    "İşletme",
    "Makine Mühendisliği",
    "MBBS Medicine",
]
RESIDENCES = [
    "Hallmate Kings Cross",
    "Hallmate Headingley",
    "The Foundry Leeds",
    "Hallmate Fallowfield",
    "Swanston Quarter",
    "Hallmate Kensington NSW",
    "Hallmate Carlton",
    "Moda Yurdu",
    "Hallmate Kadıköy",
    "Beşiktaş Kampüs Evleri",
]
ROOM_TYPES = [
    "Bronze Ensuite",
    "Silver Ensuite",
    "Gold Studio",
    "Twin Shared",
    "Accessible Studio",
    "Tek Kişilik Oda",
]
CITIES_SEARCHED = ["Leeds", "London", "Manchester", "Bristol", "Melbourne", "Sydney", "İstanbul", "Ankara"]
STAFF_NAMES = [
    "Priya Raman",
    "Tom Gallagher",
    "Hatice Arslan",
    "Liam O'Sullivan",
    "Mei Lin Tan",
    "Okan Yıldız",
    "Sarah Whitfield",
    "Daniel Kovács",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def person(f: Fake) -> tuple[str, str]:
    return f.pick(PEOPLE)


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    a, b = person(f)
    return f"{a} {b}"


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def email(f: Fake) -> str:
    a, b = person(f)
    a, b = ascii_fold(a), ascii_fold(b)
    style = f.pick(["dot", "under", "initial", "num", "student"])
    user = {
        "dot": f"{a}.{b}",
        "under": f"{a}_{b}{f.r.randint(1, 99)}",
        "initial": f"{a[0]}{b}",
        "num": f"{a}{b}{f.r.randint(1990, 2007)}",
        "student": f"{a[:2]}{b[:3]}{f.r.randint(100, 999)}",
    }[style]
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    a, b = f.pick(STAFF_NAMES).split(" ", 1)
    return f"{ascii_fold(a)}.{ascii_fold(b)}@hallmate.com"


def phone_uk(f: Fake) -> str:
    n = f"7{f.r.randint(100, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])


def phone_au(f: Fake) -> str:
    n = f"4{f.r.randint(10, 99)}{f.r.randint(100, 999)}{f.r.randint(100, 999)}"
    return f.pick([f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"])


def phone_tr(f: Fake) -> str:
    n = f"5{f.r.choice([30, 32, 33, 41, 42, 43, 52, 53, 54, 55, 59])}{f.r.randint(1000000, 9999999)}"
    return f.pick(
        [f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n}", f"+90{n}"]
    )


def phone_intl(f: Fake) -> str:
    return f.pick(
        [
            f"+86 1{f.r.choice([35, 38, 39, 58, 86])} {f.r.randint(1000, 9999)} {f.r.randint(1000, 9999)}",
            f"+91 {f.r.randint(70000, 99999)} {f.r.randint(10000, 99999)}",
            f"+234 80{f.r.randint(1, 9)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"+60 1{f.r.randint(1, 9)}-{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"+966 5{f.r.randint(0, 9)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake) -> str:
    return f.pick([phone_uk, phone_uk, phone_au, phone_tr, phone_intl])(f)


UK_OUT = [
    "LS6",
    "LS2",
    "M14",
    "M1",
    "B29",
    "NG7",
    "BS8",
    "E1",
    "N7",
    "SE1",
    "EH8",
    "G12",
    "CF24",
    "S10",
    "L7",
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(f: Fake) -> str:
    return f"{f.pick(UK_OUT)} {f.r.randint(1, 9)}{f.pick(INWARD)}{f.pick(INWARD)}"


AU_SUBURBS = [
    ("Carlton", "VIC", "3053"),
    ("Clayton", "VIC", "3168"),
    ("Kensington", "NSW", "2033"),
    ("Glebe", "NSW", "2037"),
    ("St Lucia", "QLD", "4067"),
    ("Toowong", "QLD", "4066"),
    ("Subiaco", "WA", "6008"),
]
TR_PLACES = [
    ("Kadıköy", "İstanbul", "34710"),
    ("Beşiktaş", "İstanbul", "34353"),
    ("Çankaya", "Ankara", "06690"),
    ("Bornova", "İzmir", "35040"),
    ("Nilüfer", "Bursa", "16110"),
    ("Muratpaşa", "Antalya", "07100"),
]
UK_TOWNS = ["Leeds", "Sheffield", "Bristol", "Manchester", "Reading", "Norwich", "Cardiff", "Glasgow"]
STREETS_UK = [
    "Hyde Park Road",
    "Cardigan Road",
    "Wilmslow Road",
    "Gloucester Road",
    "Mile End Road",
    "Ash Grove",
]
STREETS_AU = ["Lygon St", "Swanston St", "Anzac Pde", "Glebe Point Rd", "Sir Fred Schonell Dr"]
STREETS_TR = ["Moda Cad.", "Bahariye Cad.", "Barbaros Blv.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad."]


def street(f: Fake) -> str:
    kind = f.pick(["uk", "au", "tr", "uk"])
    if kind == "uk":
        return f"{f.r.randint(1, 240)} {f.pick(STREETS_UK)}"
    if kind == "au":
        return f"{f.r.randint(1, 40)}/{f.r.randint(1, 400)} {f.pick(STREETS_AU)}"
    return f"{f.pick(STREETS_TR)} No:{f.r.randint(1, 150)} D:{f.r.randint(1, 20)}"


def home_address(f: Fake) -> str:
    kind = f.pick(["uk", "au", "tr", "intl"])
    if kind == "uk":
        return f"{f.r.randint(1, 240)} {f.pick(STREETS_UK)}, {f.pick(UK_TOWNS)} {uk_postcode(f)}"
    if kind == "au":
        sub, st, pc = f.pick(AU_SUBURBS)
        return f"{f.r.randint(1, 40)}/{f.r.randint(1, 400)} {f.pick(STREETS_AU)}, {sub} {st} {pc}"
    if kind == "tr":
        ilce, il, pc = f.pick(TR_PLACES)
        return f"Caferağa Mah. {f.pick(STREETS_TR)} No:{f.r.randint(1, 150)} D:{f.r.randint(1, 20)}, {pc} {ilce}/{il}"
    return f.pick(
        [
            f"{f.r.randint(1, 99)} Admiralty Way, Lekki, Lagos",
            f"Room {f.r.randint(101, 2405)}, {f.r.randint(1, 300)} Nanjing West Road, Jing'an, Shanghai 200040",
            f"{f.r.randint(1, 90)}, Jalan SS 2/{f.r.randint(1, 75)}, 47300 Petaling Jaya, Selangor",
            f"Flat {f.r.randint(1, 20)}B, {f.r.randint(1, 60)} MG Road, Bengaluru 560001",
        ]
    )


def person_city(f: Fake) -> str:
    return f.pick(
        [
            "Leeds",
            "Sheffield",
            "Melbourne",
            "Brisbane",
            "Kadıköy",
            "Bornova",
            "Lagos",
            "Shanghai",
            "Petaling Jaya",
        ]
    )


def postcode_any(f: Fake) -> str:
    kind = f.pick(["uk", "uk", "au", "tr"])
    if kind == "uk":
        return uk_postcode(f)
    if kind == "au":
        return f.pick(AU_SUBURBS)[2]
    return f.pick(TR_PLACES)[2]


def dob(f: Fake) -> str:
    return f.date(1998, 2007)


def dob_any(f: Fake) -> str:
    y, m, d = f.r.randint(1998, 2007), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])


# -- identifiers with real check digits -------------------------------------------------------------


def tc_kimlik(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def yabanci_kimlik(f: Fake) -> str:
    while True:
        d = [9, 9] + [f.r.randint(0, 9) for _ in range(7)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(4, 9)] + [f.r.randint(0, 9) for _ in range(8)]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if check == 10:
            continue
        check = 0 if check == 11 else check
        s = "".join(map(str, d)) + str(check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def medicare(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        for last_digit in range(10):
            if sum(x * w for x, w in zip([*d, last_digit], weights, strict=True)) % 11 == 0:
                s = "".join(map(str, [*d, last_digit]))
                return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def ni_number(f: Fake) -> str:
    first_letters = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    second_letters = [c for c in first_letters if c != "O"]
    while True:
        p = f.pick(first_letters) + f.pick(second_letters)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{p}{digits}{suffix}", f"{p} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def iban(f: Fake, country: str) -> str:
    if country == "TR":
        bban = f"{f.r.randint(10, 999):05d}0" + "".join(str(f.r.randint(0, 9)) for _ in range(16))
    elif country == "GB":
        bban = f.pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + "".join(
            str(f.r.randint(0, 9)) for _ in range(14)
        )
    else:
        bban = "".join(str(f.r.randint(0, 9)) for _ in range(18))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def any_iban(f: Fake) -> str:
    return iban(f, f.pick(["TR", "GB", "DE", "TR"]))


def passport(f: Fake) -> str:
    return f.pick(
        [
            f.digits(9),
            "U" + f.digits(8),
            "E" + f.pick("ABCDEGH") + f.digits(7),
            f.pick("JKLMNPRSTZ") + f.digits(7),
            "A" + f.digits(8),
            "PA" + f.digits(7),
            "N" + f.digits(7),
        ]
    )


def alnum(f: Fake, n: int, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


UPPER_DIGITS = string.ascii_uppercase + string.digits


def cas_number(f: Fake) -> str:
    return "E" + alnum(f, 13, UPPER_DIGITS)


def share_code(f: Fake) -> str:
    s = "R" + alnum(f, 8, "ABCDEFGHJKLMNPRSTUVWXYZ23456789")
    return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def brp(f: Fake) -> str:
    return "Z" + f.pick("RTUWX") + f.digits(7)


def plate(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXY"
    return f.pick(
        [
            f"{f.pick(up)}{f.pick(up)}{f.r.randint(10, 74)} {f.pick(up)}{f.pick(up)}{f.pick(up)}",
            f"{f.r.randint(1, 81):02d} {f.pick(up)}{f.pick(up)}{f.pick(up)} {f.r.randint(10, 999)}",
            f"{f.r.randint(1, 9)}{f.pick(up)}{f.pick(up)}{f.r.randint(1, 9)}{f.pick(up)}{f.pick(up)}",
        ]
    )


def stripe_id(f: Fake, prefix: str, n=24) -> str:
    return prefix + alnum(f, n)


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 70, string.ascii_letters + string.digits + "_-")


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def ip_any(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


GEO_CENTRES = [
    (53.8067, -1.5550),
    (-37.7983, 144.9610),
    (41.0082, 28.9784),
    (51.5246, -0.1340),
    (-33.9173, 151.2313),
]


def geo_lat(f: Fake) -> float:
    """Latitude near a campus; the longitude rendered next (same dict) belongs to the same one."""
    f.geo = f.pick(GEO_CENTRES)
    return round(f.geo[0] + f.r.uniform(-0.05, 0.05), 6)


def geo_lon(f: Fake) -> float:
    return round(f.geo[1] + f.r.uniform(-0.05, 0.05), 6)


# (manufacturer, model, device name, type, os) of the phones the mobile contexts describe
PHONES = [
    ("Apple", "iPhone14,5", "iPhone", "ios", "iOS"),
    ("Apple", "iPhone15,3", "iPhone", "ios", "iOS"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android"),
    ("Google", "Pixel 7a", "lynx", "android", "Android"),
    ("Xiaomi", "23021RAAEG", "tapas", "android", "Android"),
]


def phone_part(i: int):
    def gen(f: Fake):
        if i == 0:
            f.handset = f.pick(PHONES)
        return f.handset[i]

    return G(gen)


def booking_ref(f: Fake) -> str:
    return f"HM-{f.r.randint(24, 25)}-{f.digits(6)}"


def room_id(f: Fake) -> str:
    return f"{f.pick('ABCDE')}{f.r.randint(1, 12)}.{f.r.randint(1, 40):02d}"


def money_gbp(f: Fake) -> float:
    return f.money(140, 420)


def pick(*xs):
    return G(lambda f: f.pick(xs))


def const(x):
    return G(lambda f: x)


def uuid_():
    return G(lambda f: f.uuid())


def iso_():
    return G(lambda f: f.iso())


def ts_ms():
    return G(lambda f: f.epoch_ms())


def count(lo=0, hi=10):
    return G(lambda f: f.r.randint(lo, hi))


def boolean():
    return G(lambda f: f.pick([True, False]))


def amount(lo=10, hi=2000):
    return G(lambda f: f.money(lo, hi))


# -- rendering: build.py's render plus Seq, a fixed list of differently shaped items -------------


class Seq:
    """A JSON array whose items are given one by one (a vendor's `answers` list)."""

    def __init__(self, *items):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict], seen: dict[str, list]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        value = template.gen(f)
        seen.setdefault(path, []).append(value)
        return value
    if isinstance(template, Many):
        n = f.r.randint(1, template.n)
        return [render(template.item, f, path + "[]", labels, seen) for _ in range(n)]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels, seen) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels, seen) for key, value in template.items()}
    raise TypeError(type(template))


# -- contexts of the client libraries ---------------------------------------------------------------

SITES = ["https://www.hallmate.co.uk", "https://www.hallmate.com.au", "https://www.hallmate.com.tr"]


def web_context(page: str, title: str):
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.73.0"),
        },
        "page": {
            "path": const(page),
            "referrer": pick(
                "",
                "https://www.google.com/",
                "https://www.google.com.tr/",
                "https://l.instagram.com/",
                "https://www.bing.com/",
            ),
            "search": pick("", "?utm_source=google&utm_medium=cpc", "?ref=uni_portal", "?lang=tr"),
            "title": const(title),
            "url": G(lambda f: f.pick(SITES) + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99"),
                },
                3,
            ),
            "mobile": boolean(),
            "platform": pick("macOS", "Windows", "Android"),
        },
        "locale": pick("en-GB", "en-AU", "tr-TR", "zh-CN", "en-US"),
        "timezone": pick("Europe/London", "Australia/Melbourne", "Australia/Sydney", "Europe/Istanbul"),
        "ip": Y(ip_any, "ip"),
        "campaign": {
            "name": pick("clearing_2024", "early_bird_25", "intl_students_q3", "yurt_kampanya"),
            "source": pick("google", "instagram", "tiktok", "newsletter"),
            "medium": pick("cpc", "paid_social", "email"),
            "term": pick(
                "student accommodation leeds",
                "ensuite near ucl",
                "kadıköy öğrenci yurdu",
                "melbourne student housing",
            ),
            "content": pick("ad_a", "carousel_2", "hero_cta"),
        },
    }


def swift_context():
    return {
        "app": {
            "name": const("Hallmate"),
            "version": pick("6.4.0", "6.4.2", "6.5.0"),
            "build": pick("6400", "6421", "6502"),
            "namespace": const("com.hallmate.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"),
            "name": const("iPhone"),
            "type": const("ios"),
            "adTrackingEnabled": boolean(),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "network": {"wifi": boolean(), "cellular": boolean()},
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": pick("en-GB", "en-AU", "tr-TR", "zh-Hans-GB"),
        "timezone": pick("Europe/London", "Australia/Melbourne", "Europe/Istanbul"),
        "instanceId": uuid_(),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": const("Hallmate"),
            "version": pick("6.4.0", "6.5.1", "6.3.9"),
            "namespace": const("com.hallmate.android"),
            "build": pick("640", "651", "639"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "Xiaomi", "OnePlus"),
            "model": pick("SM-A546B", "Pixel 8", "2201117TY", "CPH2449"),
            "name": pick("a54x", "shiba", "spes", "OP5913L1"),
            "type": const("android"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "height": pick(2340, 2400, 2412), "width": const(1080)},
        "network": {
            "wifi": boolean(),
            "bluetooth": const(False),
            "cellular": boolean(),
            "carrier": pick("EE", "Vodafone UK", "Telstra", "Turkcell", "Optus"),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.3", "1.15.0")},
        "locale": pick("en-GB", "en-AU", "tr-TR"),
        "userAgent": pick(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TY Build/TKQ1.221114.001)",
        ),
        "timezone": pick("Europe/London", "Australia/Sydney", "Europe/Istanbul"),
        "instanceId": uuid_(),
        "traits": {"anonymousId": uuid_(), "email": Y(email, "email"), "firstName": Y(first, "name")},
    }


def rn_context():
    return {
        "app": {
            "name": const("Hallmate"),
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("1042", "1050"),
            "namespace": const("com.hallmate.app"),
        },
        "device": {
            "id": uuid_(),
            "manufacturer": phone_part(0),
            "model": phone_part(1),
            "name": phone_part(2),
            "type": phone_part(3),
            "adTrackingEnabled": boolean(),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "trackingStatus": pick("authorized", "denied", "notDetermined"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.17.0")},
        "locale": pick("en-AU", "en-GB", "tr-TR", "vi-AU"),
        "network": {"cellular": boolean(), "wifi": boolean()},
        "os": {
            "name": phone_part(4),
            "version": G(lambda f: f.pick(["17.4", "16.6.1"] if f.handset[3] == "ios" else ["14", "13"])),
        },
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": pick("Australia/Melbourne", "Australia/Brisbane", "Europe/London", "Europe/Istanbul"),
        "instanceId": uuid_(),
        "traits": {"email": Y(email, "email"), "phone": Y(phone, "phone")},
        "location": {
            "city": Y(person_city, "city"),
            "country": pick("Australia", "United Kingdom", "Türkiye"),
            "latitude": Y(geo_lat, "geolocation"),
            "longitude": Y(geo_lon, "geolocation"),
            "speed": const(0),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": const("Hallmate Yurt"),
            "version": pick("2.3.0", "2.3.4", "2.4.0"),
            "build": pick("230", "234", "240"),
            "namespace": const("tr.hallmate.yurt"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": phone_part(0),
            "model": phone_part(1),
            "type": phone_part(3),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": pick("tr-TR", "en-US", "ar-SA", "az-AZ"),
        "os": {
            "name": phone_part(4),
            "version": G(lambda f: f.pick(["17.3", "17.5"] if f.handset[3] == "ios" else ["13", "14"])),
        },
        "screen": {"width": pick(1080, 1170), "height": pick(2340, 2532), "density": pick(2.625, 3.0)},
        "network": {"wifi": boolean(), "cellular": boolean()},
        "timezone": const("Europe/Istanbul"),
        "ip": Y(ip_any, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.2", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.4.0"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": const(name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "php"):
        ctx["ip"] = Y(ip_any, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client == "node":
        ctx["traits"] = {"email": Y(email, "email")}
    if client == "php":
        ctx["locale"] = pick("tr-TR", "en-US")
    return ctx


def context_for(client: str, page: str, title: str):
    if client == "web":
        return web_context(page, title)
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


# -- shared shapes ----------------------------------------------------------------------------------


def room_product():
    return {
        "product_id": G(lambda f: "room_" + f.digits(6)),
        "sku": G(
            lambda f: (
                f"{f.pick(['LDS', 'LON', 'MEL', 'SYD', 'IST'])}-{f.pick(['BRZ', 'SLV', 'GLD', 'TWN'])}-{f.r.randint(41, 51)}W"
            )
        ),
        "name": G(lambda f: f.pick(ROOM_TYPES)),
        "brand": G(lambda f: f.pick(RESIDENCES)),
        "category": pick("ensuite", "studio", "shared", "yurt_odasi"),
        "variant": pick("44 weeks", "51 weeks", "semester 1", "dönemlik"),
        "price": G(money_gbp),
        "quantity": const(1),
        "url": G(lambda f: f"{f.pick(SITES)}/rooms/{f.digits(6)}"),
    }


def address_block(kind: str = "yellow"):
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(lambda f: f.pick(["Flat 2", "Apt 14", "Unit 3", "Daire 7", "Floor 4"]), "address|street"),
        "city": Y(person_city, "city"),
        "postal_code": Y(postcode_any, "zipcode"),
        "country": pick("GB", "AU", "TR", "NG", "CN", "MY", "IN"),
    }


def green_note(f: Fake) -> str:
    return f.pick(
        [
            "Tap in kitchen still dripping after last visit",
            "Shower drain blocked, water pooling",
            "Window won't close properly, draughty at night",
            "Heater makes a loud clicking noise",
            "Mould patch above the desk",
            "Fridge shelf cracked",
            "Mutfak musluğu damlatıyor",
            "Wi-Fi drops every evening in block C",
        ]
    )


# Typeform's answers list: each item has one typed key.
TYPEFORM_ANSWERS = Seq(
    {
        "type": const("text"),
        "field": {"id": G(lambda f: alnum(f, 12)), "ref": const("full_name"), "type": const("short_text")},
        "text": Y(full, "name", True),
    },
    {
        "type": const("email"),
        "field": {"id": G(lambda f: alnum(f, 12)), "ref": const("email"), "type": const("email")},
        "email": Y(email, "email"),
    },
    {
        "type": const("phone_number"),
        "field": {"id": G(lambda f: alnum(f, 12)), "ref": const("mobile"), "type": const("phone_number")},
        "phone_number": Y(phone, "phone"),
    },
    {
        "type": const("choice"),
        "field": {
            "id": G(lambda f: alnum(f, 12)),
            "ref": const("sleep_schedule"),
            "type": const("multiple_choice"),
        },
        "choice": {"label": pick("Early bird", "Night owl", "Depends on deadlines")},
    },
    {
        "type": const("number"),
        "field": {"id": G(lambda f: alnum(f, 12)), "ref": const("tidiness"), "type": const("opinion_scale")},
        "number": count(1, 10),
    },
    {
        "type": const("boolean"),
        "field": {"id": G(lambda f: alnum(f, 12)), "ref": const("smoker"), "type": const("yes_no")},
        "boolean": boolean(),
    },
)


def intro_message(f: Fake) -> str:
    a = first(f)
    return f.pick(
        [
            f"Hi! I'm {a}, starting {f.pick(COURSES)} in September 🙂",
            f"Hey, {a} here - looks like we're both early birds!",
            f"Merhaba, ben {a}. Aynı blokta kalacağız sanırım",
            f"Hello from {a}! Do you cook much? Happy to share the kitchen basics",
        ]
    )


def ticket_description(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Locked out of my room, please call me on {p}",
            f"Still no reply about my deposit. My number is {p}",
            f"Can someone ring {p} about the contract? I can't sign it",
            f"Lütfen beni arayın: {p}",
            f"Moving in late on Friday - reach me at {p}",
        ]
    )


def visitor_note(f: Fake) -> str:
    n = full(f)
    return f.pick(
        [
            f"Guest of {n}, staying two nights",
            f"Visiting {n}, signed in at reception",
            f"Parent of {n}, dropping off boxes",
            f"{n}'s brother, left ID at desk",
        ]
    )


def device_label(f: Fake) -> str:
    a = first(f)
    return f.pick([f"{a}'s iPhone", f"{a}s-MacBook-Air", f"{a}'s Galaxy A54", f"iPad de {a}", f"{a}-PC"])


def magic_link(f: Fake) -> str:
    return f"https://app.hallmate.com/auth/verify?token={alnum(f, 43, string.ascii_letters + string.digits + '-_')}"


# -- events -----------------------------------------------------------------------------------------
# (type, event name or page/screen name, client, page path, body)

EVENTS: list[tuple[str, str | None, str, str, Any]] = [
    # -- discovery --------------------------------------------------------------------------------
    (
        "page",
        "Residence",
        "web",
        "/residences/leeds/headingley",
        {
            "name": const("Residence"),
            "path": const("/residences/leeds/headingley"),
            "url": G(lambda f: f.pick(SITES) + "/residences/leeds/headingley"),
            "title": pick("Hallmate Headingley | Student rooms in Leeds", "Headingley – Hallmate"),
            "referrer": pick("", "https://www.google.co.uk/"),
            "search": pick("", "?utm_source=google&utm_medium=cpc"),
            "residence_id": G(lambda f: "res_" + f.digits(4)),
            "city": G(lambda f: f.pick(CITIES_SEARCHED)),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        "/search",
        {
            "query": pick(
                "ensuite near UCL",
                "studio Kadıköy",
                "cheap rooms melbourne cbd",
                "Headingley twin",
                "bills included leeds",
            ),
            "city": G(lambda f: f.pick(CITIES_SEARCHED)),
            "university": G(lambda f: f.pick(UNIVERSITIES)),
            "move_in_from": G(lambda f: f.date(2024, 2025)),
            "budget_max": count(150, 450),
            "room_type": pick("ensuite", "studio", "shared", "any"),
            "results_count": count(0, 140),
            "sort": pick("price_asc", "distance", "recommended"),
        },
    ),
    (
        "track",
        "Product List Viewed",
        "swift",
        "",
        {
            "list_id": G(lambda f: "list_" + f.hexid(8)),
            "category": pick("ensuite", "studio"),
            "products": Many(room_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        "kotlin",
        "",
        {
            **room_product(),
            "currency": pick("GBP", "AUD", "TRY"),
            "tenancy_weeks": pick(44, 51, 40),
            "bills_included": boolean(),
        },
    ),
    (
        "screen",
        "Room Details",
        "rn",
        "",
        {
            "name": const("Room Details"),
            "residence_id": G(lambda f: "res_" + f.digits(4)),
            "room_type": G(lambda f: f.pick(ROOM_TYPES)),
            "photos_count": count(4, 30),
        },
    ),
    (
        "track",
        "Viewing Booked",
        "web",
        "/viewings/book",
        {
            "viewing_id": G(lambda f: "vw_" + f.digits(7)),
            "residence_name": G(lambda f: f.pick(RESIDENCES)),
            "slot_start": iso_(),
            "attendee_name": Y(full, "name"),
            "attendee_email": Y(email, "email"),
            "attendee_phone": Y(phone, "phone"),
            "virtual": boolean(),
            "party_size": count(1, 4),
        },
    ),
    # -- accounts ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "/account",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "nationality": Y(
                lambda f: f.pick(
                    ["British", "Chinese", "Indian", "Nigerian", "Turkish", "Malaysian", "Australian"]
                ),
                "citizenship",
            ),
            "university": G(lambda f: f.pick(UNIVERSITIES)),
            "course": G(lambda f: f.pick(COURSES)),
            "createdAt": iso_(),
            "emailVerified": boolean(),
            "phoneVerified": boolean(),
            "marketingOptIn": boolean(),
            "feeStatus": pick("home", "international", "eu"),
        },
    ),
    (
        "identify",
        None,
        "swift",
        "",
        {
            "name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "avatar": Y(lambda f: f"https://cdn.hallmate.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(person_city, "city"),
                "postalCode": Y(postcode_any, "zipcode"),
                "country": pick("United Kingdom", "Australia", "Türkiye", "Nigeria"),
            },
            "studentStatus": pick("applicant", "resident", "alumni"),
            "age": count(17, 29),
            "isInternational": boolean(),
        },
    ),
    (
        "identify",
        None,
        "python",
        "",
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_POSTCODE": Y(postcode_any, "zipcode"),
            "LIFETIME_RENT_PAID": amount(0, 30000),
            "BOOKINGS_COUNT": count(0, 4),
            "LAST_BOOKING_AT": iso_(),
            "FEE_STATUS": pick("HOME", "INTERNATIONAL"),
            "IS_INTERNATIONAL": boolean(),
            "UNIVERSITY_NAME": G(lambda f: f.pick(UNIVERSITIES)),
        },
    ),
    (
        "identify",
        None,
        "php",
        "",
        {
            "ad": Y(first, "name"),
            "soyad": Y(last, "name"),
            "eposta": Y(email, "email"),
            "cep_telefonu": Y(phone_tr, "phone"),
            "dogum_tarihi": Y(dob_any, "birthdate"),
            "tc_kimlik_no": RED(tc_kimlik, "national id"),
            "cinsiyet": Y(lambda f: f.pick(["Kadın", "Erkek"]), "gender"),
            "universite": G(lambda f: f.pick(UNIVERSITIES[7:])),
            "bolum": pick("İşletme", "Makine Mühendisliği", "Psikoloji", "Hukuk"),
            "sinif": count(1, 4),
            "il": Y(lambda f: f.pick(TR_PLACES)[1], "city"),
            "ilce": Y(lambda f: f.pick(TR_PLACES)[0], "city"),
            "kayit_tarihi": iso_(),
            "kvkk_onay": boolean(),
        },
    ),
    ("alias", None, "kotlin", "", None),
    ("alias", None, "swift", "", None),
    (
        "group",
        None,
        "node",
        "",
        {
            "university": G(lambda f: f.pick(UNIVERSITIES)),
            "plan": pick("nominations", "referral", "block_lease"),
            "website": pick(
                "https://www.leeds.ac.uk", "https://www.unimelb.edu.au", "https://www.boun.edu.tr"
            ),
            "switchboard_phone": pick("+44 113 243 1751", "+61 3 9035 5511", "+90 212 359 54 00"),
            "accommodationEmail": pick(
                "accommodation@leeds.ac.uk", "housing@unimelb.edu.au", "yurt@boun.edu.tr"
            ),
            "campus_address": {
                "street": pick("Woodhouse Lane", "Grattan Street", "Rumelihisarı Cd."),
                "city": pick("Leeds", "Parkville", "İstanbul"),
                "postalCode": pick("LS2 9JT", "3010", "34342"),
                "country": pick("GB", "AU", "TR"),
            },
            "accountManager": Y(lambda f: f.pick(STAFF_NAMES), "name"),
            "accountManagerEmail": Y(staff_email, "email"),
        },
    ),
    (
        "group",
        None,
        "java",
        "",
        {
            "residence_code": G(lambda f: f.pick(["LDS-HDG", "LON-KXC", "MEL-CRL", "IST-KDK", "SYD-KEN"])),
            "residence_name": G(lambda f: f.pick(RESIDENCES)),
            "reception_phone": pick("+44 113 320 4410", "+61 3 9347 8800", "+90 216 330 12 12"),
            "reception_email": pick(
                "headingley@hallmate.com", "carlton@hallmate.com.au", "kadikoy@hallmate.com.tr"
            ),
            "address_line1": pick("12 Cardigan Road", "505 Swanston Street", "Caferağa Mah. Moda Cad. 88"),
            "postcode": pick("LS6 1LF", "3053", "34710"),
            "manager_name": Y(lambda f: f.pick(STAFF_NAMES), "name"),
        },
    ),
    (
        "track",
        "Signed Up",
        "swift",
        "",
        {
            "method": pick("email", "apple", "google"),
            "referral_code": G(lambda f: "HM" + alnum(f, 6, UPPER_DIGITS)),
            "email_domain": pick("gmail.com", "leeds.ac.uk", "qq.com", "student.unimelb.edu.au"),
            "password_strength": pick("weak", "fair", "strong"),
            "marketing_consent": boolean(),
            "age_band": pick("17-18", "19-21", "22-25", "26+"),
        },
    ),
    (
        "track",
        "Signed In",
        "kotlin",
        "",
        {
            "method": pick("password", "google", "magic_link", "biometric"),
            "failed_attempts": count(0, 4),
            "session_id": uuid_(),
        },
    ),
    (
        "track",
        "Account Created",
        "php",
        "",
        {
            "request": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Summer2024!",
                            "Galatasaray1905",
                            "leeds_uni_99",
                            "P@ssw0rd123",
                            "ayse.1234",
                            "Melbourne#22",
                        ]
                    ),
                    "password",
                ),
                "password_confirmation": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "Galatasaray1905", "leeds_uni_99", "qwerty!23", "Melbourne#22"]
                    ),
                    "password",
                ),
                "terms": pick("on", "1"),
                "_token": RED(lambda f: alnum(f, 40), "token"),
            },
            "locale": pick("tr", "en"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        "",
        {
            "email": Y(email, "email"),
            "reset_link": RED(magic_link, "token"),
            "expires_in_minutes": const(30),
            "requests_today": count(1, 3),
        },
    ),
    (
        "track",
        "Phone Verification Sent",
        "node",
        "",
        {
            "phone_number": Y(phone, "phone"),
            "channel": pick("sms", "whatsapp"),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "attempt": count(1, 3),
            "provider": const("twilio_verify"),
        },
    ),
    (
        "track",
        "Profile Attribute Updated",
        "node",
        "",
        {
            "user_pool_id": pick("eu-west-2_h4LmT9xQa", "ap-southeast-2_Qw81LkPzd"),
            "attributes": Seq({"Name": const("phone_number"), "Value": Y(phone, "phone", True)}),
            "verified": boolean(),
            "trigger": pick("PostConfirmation", "CustomMessage_UpdateUserAttribute"),
        },
    ),
    # -- applications -------------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        "web",
        "/apply",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "residence_id": G(lambda f: "res_" + f.digits(4)),
            "academic_year": pick("2024/25", "2025/26"),
            "tenancy_length_weeks": pick(44, 51, 40),
            "room_type": pick("ensuite", "studio", "shared"),
        },
    ),
    (
        "track",
        "Application Step Completed",
        "web",
        "/apply",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "step": count(1, 7),
            "step_name": pick("personal_details", "university", "guarantor", "documents", "payment"),
            "duration_ms": count(8000, 600000),
        },
    ),
    (
        "track",
        "Personal Details Submitted",
        "web",
        "/apply/personal",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "preferred_name": Y(first, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "nationality": Y(
                lambda f: f.pick(["GB", "CN", "IN", "NG", "TR", "MY", "SA", "VN"]), "citizenship"
            ),
            "country_of_residence": pick("GB", "CN", "IN", "NG", "TR", "AU"),
            "mobile": Y(phone, "phone"),
            "email": Y(email, "email"),
            "ucas_personal_id": G(lambda f: f"{f.digits(3)}-{f.digits(3)}-{f.digits(4)}"),
            "student_number": G(lambda f: f.pick(["2", "c", "k"]) + f.digits(7)),
            "university": G(lambda f: f.pick(UNIVERSITIES)),
            "course": G(lambda f: f.pick(COURSES)),
            "course_start_date": G(lambda f: f.date(2024, 2025)),
            "is_under_18": boolean(),
        },
    ),
    (
        "track",
        "International Student Details Submitted",
        "node",
        "",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "passport_number": RED(passport, "passport"),
            "passport_country": pick("CN", "IN", "NG", "MY", "SA", "VN", "KZ"),
            "passport_expiry": G(lambda f: f.date(2026, 2034)),
            "visa_type": RED(
                lambda f: f.pick(["Student visa", "Student (subclass 500)", "Graduate visa", "Dependant"]),
                "visa",
            ),
            "cas_number": RED(cas_number, "visa"),
            "brp_number": RED(brp, "national id"),
            "requires_student_visa": RED(lambda f: f.pick([True, False]), "visa"),
            "english_test": pick("IELTS", "PTE Academic", "TOEFL iBT", "none"),
        },
    ),
    (
        "track",
        "Health Cover Details Added",
        "rn",
        "",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "oshc_provider": pick("Allianz Care", "Bupa", "Medibank", "nib"),
            "oshc_member_number": Y(lambda f: f.digits(8), "identification"),
            "oshc_expiry": G(lambda f: f.date(2025, 2028)),
            "coe_number": RED(lambda f: "E" + f.digits(8), "visa"),
            "cover_type": pick("single", "couple", "family"),
        },
    ),
    (
        "track",
        "Medicare Details Added",
        "rn",
        "",
        {
            "medicare_number": RED(medicare, "health id"),
            "medicare_irn": count(1, 5),
            "medicare_valid_to": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2030)}"),
            "private_health_fund": pick("HCF", "Bupa", "Medibank", "none"),
        },
    ),
    (
        "track",
        "GP Registration Completed",
        "web",
        "/wellbeing/gp",
        {
            "nhs_number": RED(nhs_number, "health id"),
            "gp_surgery": pick(
                "Leeds Student Medical Practice", "Fallowfield Medical Centre", "Gower Place Practice"
            ),
            "registered": boolean(),
        },
    ),
    (
        "track",
        "Guarantor Details Submitted",
        "web",
        "/apply/guarantor",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "guarantor": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "relationship": pick("parent", "grandparent", "sibling", "other"),
                "date_of_birth": Y(lambda f: f.date(1955, 1985), "birthdate"),
                "address": address_block(),
                "employer": pick("NHS Leeds", "Sinopec", "Türk Telekom", "Self-employed", "Dangote Group"),
                "job_title": pick("Nurse", "Engineer", "Teacher", "Accountant", "Shop owner"),
                "annual_income": Y(lambda f: f.r.randint(22000, 140000), "salary"),
                "homeowner": boolean(),
                "uk_based": boolean(),
            },
            "guarantor_type": pick("personal", "housing_hand", "none"),
        },
    ),
    (
        "track",
        "Guarantor Check Completed",
        "python",
        "",
        {
            "check_id": uuid_(),
            "provider": pick("Experian", "Housing Hand", "Equifax"),
            "result": pick("pass", "refer", "fail"),
            "credit_score": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "ccj_count": count(0, 2),
            "affordability_ratio": G(lambda f: round(f.r.uniform(1.5, 4.5), 2)),
            "guarantor_name": Y(full, "name"),
            "guarantor_email": Y(email, "email"),
            "duration_ms": count(900, 9000),
        },
    ),
    (
        "track",
        "Veli Bilgileri Kaydedildi",
        "php",
        "",
        {
            "basvuru_id": G(lambda f: f.digits(7)),
            "veli": {
                "ad_soyad": Y(full, "name"),
                "telefon": Y(phone_tr, "phone"),
                "tc_kimlik_no": RED(tc_kimlik, "national id"),
                "yakinlik": pick("anne", "baba", "vasi", "abla"),
                "meslek": pick("öğretmen", "emekli", "esnaf", "mühendis"),
                "adres": Y(
                    lambda f: (
                        f"{f.pick(STREETS_TR)} No:{f.r.randint(1, 150)} D:{f.r.randint(1, 20)}, {'/'.join(f.pick(TR_PLACES)[:2])}"
                    ),
                    "address",
                ),
                "aylik_gelir": Y(lambda f: f.r.randint(17002, 120000), "salary"),
            },
            "kardes_sayisi": count(0, 5),
            "burslu": boolean(),
        },
    ),
    (
        "track",
        "Yurt Başvurusu Oluşturuldu",
        "php",
        "",
        {
            "basvuru_id": G(lambda f: f.digits(7)),
            "ogrenci_adi": Y(first, "name"),
            "ogrenci_soyadi": Y(last, "name"),
            "tc_kimlik_no": RED(tc_kimlik, "national id"),
            "dogum_tarihi": Y(dob_any, "birthdate"),
            "cep_tel": Y(phone_tr, "phone"),
            "universite": G(lambda f: f.pick(UNIVERSITIES[7:])),
            "fakulte": pick("Mühendislik", "İktisadi ve İdari Bilimler", "Tıp", "Eğitim"),
            "oda_tipi": pick("tek kişilik", "iki kişilik", "dört kişilik"),
            "yurt_adi": pick("Moda Yurdu", "Hallmate Kadıköy", "Beşiktaş Kampüs Evleri"),
            "kan_grubu": Y(lambda f: f.pick(["A Rh+", "0 Rh+", "B Rh-", "AB Rh+", "A Rh-"]), "condition"),
            "engel_durumu": RED(lambda f: f.pick(["yok", "ortopedik", "görme", "işitme"]), "disability"),
            "kayit_kanali": pick("web", "mobil", "acente"),
        },
    ),
    (
        "track",
        "Yabancı Öğrenci Kaydı",
        "php",
        "",
        {
            "basvuru_id": G(lambda f: f.digits(7)),
            "yabanci_kimlik_no": RED(yabanci_kimlik, "national id"),
            "pasaport_no": RED(passport, "passport"),
            "uyruk": Y(
                lambda f: f.pick(["Azerbaycan", "Türkmenistan", "İran", "Suriye", "Kazakistan"]),
                "citizenship",
            ),
            "ikamet_izni_bitis": RED(lambda f: f.date(2025, 2027), "visa"),
            "ogrenim_dili": pick("Türkçe", "İngilizce"),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "swift",
        "",
        {
            "document_id": uuid_(),
            "document_type": pick(
                "passport", "cas_letter", "offer_letter", "guarantor_id", "student_id_card"
            ),
            "file_name": pick(
                "IMG_4821.jpg", "scan0001.pdf", "document.pdf", "Screenshot 2024-08-12 at 10.14.22.png"
            ),
            "file_size_kb": count(80, 9000),
        },
    ),
    (
        "track",
        "ID Verification Completed",
        "node",
        "",
        {
            "check_id": uuid_(),
            "provider": pick("onfido", "veriff"),
            "document_type": const("passport"),
            "document_number": RED(passport, "passport|national id"),
            "issuing_country": pick("GBR", "CHN", "IND", "NGA", "TUR", "AUS"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "dob": Y(dob, "birthdate"),
            "selfie_url": Y(lambda f: f"https://storage.hallmate.com/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "result": pick("clear", "consider"),
        },
    ),
    (
        "track",
        "Right to Rent Check Completed",
        "java",
        "",
        {
            "tenancy_id": G(lambda f: "ten_" + f.digits(7)),
            "check_type": pick("online_share_code", "manual_document", "landlord_checking_service"),
            "share_code": RED(share_code, "visa"),
            "outcome": RED(lambda f: f.pick(["unlimited", "time_limited", "no_right"]), "visa"),
            "permission_expiry": RED(lambda f: f.date(2025, 2028), "visa"),
            "checked_by": Y(lambda f: f.pick(STAFF_NAMES), "name"),
            "checked_at": iso_(),
            "follow_up_due": G(lambda f: f.date(2025, 2028)),
        },
    ),
    (
        "track",
        "Equality Monitoring Completed",
        "web",
        "/apply/equality",
        {
            "ethnicity": Y(
                lambda f: f.pick(
                    ["Asian - Chinese", "Black - African", "White - British", "Mixed", "Prefer not to say"]
                ),
                "ethnicity|race",
            ),
            "religion_or_belief": Y(
                lambda f: f.pick(
                    ["No religion", "Muslim", "Christian", "Hindu", "Buddhist", "Prefer not to say"]
                ),
                "religion",
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "gender_identity_matches_birth": Y(
                lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "gender|sex"
            ),
            "disability": RED(
                lambda f: f.pick(["none", "dyslexia", "mental health condition", "mobility impairment"]),
                "disability",
            ),
            "care_leaver": boolean(),
            "questions_skipped": count(0, 5),
        },
    ),
    (
        "track",
        "Application Submitted",
        "web",
        "/apply/review",
        {
            "application_id": G(lambda f: "app_" + f.digits(8)),
            "value": G(money_gbp),
            "currency": pick("GBP", "AUD", "TRY"),
            "residence_name": G(lambda f: f.pick(RESIDENCES)),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "has_guarantor": boolean(),
            "documents_uploaded": count(0, 6),
        },
    ),
    (
        "track",
        "Application Approved",
        "dotnet",
        "",
        {
            "ApplicationId": G(lambda f: f.digits(8)),
            "ApprovedBy": Y(lambda f: f.pick(STAFF_NAMES), "name"),
            "ApprovedAt": iso_(),
            "OfferExpiresAt": iso_(),
            "RoomAllocated": G(room_id),
            "ResidenceName": G(lambda f: f.pick(RESIDENCES)),
            "AutoApproved": boolean(),
        },
    ),
    # -- bookings and contracts ------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web",
        "/checkout",
        {
            "order_id": G(lambda f: f.uuid()),
            "value": G(money_gbp),
            "revenue": amount(1000, 14000),
            "currency": pick("GBP", "AUD", "TRY"),
            "coupon": pick("", "EARLYBIRD25", "REFER50", "YURT10"),
            "tenancy_start": G(lambda f: f.date(2024, 2025)),
            "tenancy_end": G(lambda f: f.date(2025, 2026)),
            "products": Many(room_product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "/checkout/payment",
        {
            "checkout_id": uuid_(),
            "order_id": G(lambda f: f.uuid()),
            "payment_method": pick("card", "apple_pay", "bank_transfer", "flywire"),
            "card_brand": pick("visa", "mastercard", "amex", "troy"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "979200", "371449"])),
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode_any, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "/checkout/confirmation",
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_reference": G(booking_ref),
            "total": amount(1000, 14000),
            "tax": const(0),
            "discount": amount(0, 250),
            "currency": pick("GBP", "AUD", "TRY"),
            "products": Many(room_product(), 1),
            "billing_address": address_block(),
            "fbc": Y(fbc, "advertising id"),
            "deposit_paid": boolean(),
        },
    ),
    (
        "track",
        "Contract Sent",
        "go",
        "",
        {
            "envelope_id": uuid_(),
            "status": const("sent"),
            "template_name": pick("UK AST 2025-26", "AU Residential Tenancy Agreement", "Yurt Sözleşmesi"),
            "signers": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "role": pick("tenant", "guarantor", "parent"),
                    "routing_order": count(1, 3),
                },
                3,
            ),
            "sent_at": iso_(),
        },
    ),
    (
        "track",
        "Contract Signed",
        "go",
        "",
        {
            "envelope_id": uuid_(),
            "booking_reference": G(booking_ref),
            "signed_at": iso_(),
            "signer_ip": Y(ip_any, "ip"),
            "signer_user_agent": G(lambda f: f.pick(UAS)),
            "signing_duration_sec": count(30, 3600),
            "all_parties_signed": boolean(),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "dotnet",
        "",
        {
            "BookingId": G(lambda f: f.digits(8)),
            "BookingReference": G(booking_ref),
            "CancellationReason": pick("visa_refused", "changed_university", "found_elsewhere", "financial"),
            "RefundAmount": amount(0, 800),
            "CancelledBy": pick("student", "staff", "system"),
        },
    ),
    (
        "track",
        "Room Swap Requested",
        "kotlin",
        "",
        {
            "current_room": G(room_id),
            "requested_room": G(room_id),
            "reason": pick("noise", "flatmate_conflict", "closer_to_friends", "accessibility"),
            "note": G(
                lambda f: f.pick(
                    [
                        "Would prefer a quieter floor",
                        "Any ground floor room please",
                        "Happy to pay the difference",
                        "Kitchen is always a mess",
                    ]
                )
            ),
            "urgent": boolean(),
        },
    ),
    (
        "track",
        "Move In Scheduled",
        "swift",
        "",
        {
            "booking_reference": G(booking_ref),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "flight_number": pick("TK1979", "BA0168", "EK007", "QF2", "CZ303"),
            "airport_pickup": boolean(),
            "parking_needed": boolean(),
            "vehicle_registration": Y(plate, "license"),
        },
    ),
    (
        "track",
        "Check-In Completed",
        "ruby",
        "",
        {
            "booking_reference": G(booking_ref),
            "room": G(room_id),
            "key_fob_id": G(lambda f: f.hexid(8).upper()),
            "checked_in_by": Y(lambda f: f.pick(STAFF_NAMES), "name"),
            "id_document_seen": pick("passport", "driving_licence", "brp", "kimlik_karti"),
        },
    ),
    # -- payments ---------------------------------------------------------------------------------------
    (
        "track",
        "Rent Payment Succeeded",
        "node",
        "",
        {
            "object": {
                "payment_intent": G(lambda f: stripe_id(f, "pi_3P")),
                "charge": G(lambda f: stripe_id(f, "ch_3P")),
                "customer": G(lambda f: stripe_id(f, "cus_", 14)),
                "payment_method": RED(lambda f: stripe_id(f, "pm_1P"), "token"),
                "amount": count(14000, 420000),
                "currency": pick("gbp", "aud"),
                "description": G(lambda f: f"Rent - instalment {f.r.randint(1, 3)} - {f.pick(RESIDENCES)}"),
                "receipt_email": Y(email, "email"),
                "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/payment/{alnum(f, 40)}"),
                "card": {
                    "brand": pick("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": count(1, 12),
                    "exp_year": count(2025, 2031),
                },
                "billing_details": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "address": {"postal_code": Y(postcode_any, "zipcode"), "country": pick("GB", "AU", "CN")},
                },
            },
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "python",
        "",
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12, UPPER_DIGITS)),
            "scheme": pick("bacs", "becs"),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": pick("Barclays", "HSBC UK", "Monzo", "Lloyds Bank", "Starling"),
            "next_possible_charge_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "BECS Debit Setup",
        "rn",
        "",
        {
            "bsb": G(lambda f: f"{f.pick(['062', '083', '033', '013'])}-{f.r.randint(0, 999):03d}"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_holder": Y(full, "name"),
            "mandate_accepted": const(True),
            "setup_intent": G(lambda f: stripe_id(f, "seti_1P")),
        },
    ),
    (
        "track",
        "Rent Payment Failed",
        "dotnet",
        "",
        {
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "AmountDue": amount(140, 4200),
            "Currency": pick("GBP", "AUD"),
            "FailureCode": pick(
                "insufficient_funds", "card_declined", "expired_card", "authentication_required"
            ),
            "RetryCount": count(0, 4),
            "NextRetryAt": iso_(),
            "TenantEmail": Y(email, "email"),
        },
    ),
    (
        "track",
        "Kira Ödemesi Alındı",
        "php",
        "",
        {
            "paymentId": G(lambda f: f.digits(8)),
            "conversationId": uuid_(),
            "price": amount(4000, 25000),
            "currency": const("TRY"),
            "installment": pick(1, 3, 6, 9),
            "cardAssociation": pick("MASTER_CARD", "VISA", "TROY"),
            "cardFamily": pick("Bonus", "World", "Maximum", "Axess"),
            "binNumber": pick("552879", "454360", "979217", "540667"),
            "lastFourDigits": G(lambda f: f.digits(4)),
            "cardToken": RED(lambda f: alnum(f, 28) + "=", "token"),
            "buyer": {
                "id": G(lambda f: "BY" + f.digits(6)),
                "name": Y(first, "name"),
                "surname": Y(last, "name"),
                "gsmNumber": Y(phone_tr, "phone"),
                "email": Y(email, "email"),
                "identityNumber": RED(tc_kimlik, "national id"),
                "registrationAddress": Y(
                    lambda f: f"{f.pick(STREETS_TR)} No:{f.r.randint(1, 150)}", "address"
                ),
                "ip": Y(lambda f: f.ipv4(), "ip"),
                "city": Y(lambda f: f.pick(TR_PLACES)[1], "city"),
            },
        },
    ),
    (
        "track",
        "Deposit Protected",
        "java",
        "",
        {
            "deposit_id": G(lambda f: "DEP" + f.digits(8)),
            "scheme": pick("TDS", "DPS", "mydeposits"),
            "amount": amount(150, 500),
            "dps_certificate_id": G(lambda f: f.digits(10)),
            "protected_at": iso_(),
        },
    ),
    (
        "track",
        "Deposit Refunded",
        "python",
        "",
        {
            "deposit_id": G(lambda f: "DEP" + f.digits(8)),
            "amount": amount(0, 500),
            "deductions": amount(0, 200),
            "deduction_reason": pick("none", "cleaning", "damage", "unpaid_rent"),
            "refund_iban": RED(any_iban, "bank account"),
            "refund_account_name": Y(full, "name"),
            "swift_bic": pick("TGBATRISXXX", "NWBKGB2L", "DEUTDEFF", "AKBKTRIS"),
            "refund_method": pick("bank_transfer", "original_card"),
        },
    ),
    (
        "track",
        "Bond Lodged",
        "node",
        "",
        {
            "bond_number": G(lambda f: f.digits(9)),
            "authority": pick("RTA QLD", "NSW Fair Trading", "RTBA VIC"),
            "amount": amount(600, 2400),
            "currency": const("AUD"),
            "tenants": Many(
                {"name": Y(full, "name"), "email": Y(email, "email"), "share": pick(1.0, 0.5, 0.25)}, 4
            ),
            "lodged_at": iso_(),
        },
    ),
    # -- maintenance ----------------------------------------------------------------------------------
    (
        "track",
        "Maintenance Request Submitted",
        "rn",
        "",
        {
            "request_id": G(lambda f: "MR-" + f.digits(6)),
            "category": pick("plumbing", "heating", "electrical", "furniture", "pest_control", "wifi"),
            "priority": pick("low", "normal", "urgent"),
            "room_id": G(room_id),
            "description": G(green_note),
            "permission_to_enter": boolean(),
            "preferred_time": pick("morning", "afternoon", "any"),
            "photos_count": count(0, 5),
            "contact_phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Maintenance Job Updated",
        "node",
        "",
        {
            "issue_id": G(lambda f: f.digits(7)),
            "status": pick("assigned", "in_progress", "completed", "awaiting_parts"),
            "contractor": {
                "company": pick("Leeds Plumbing Co", "Metro Electrical Pty Ltd", "Usta Teknik Servis"),
                "phone": pick("0113 496 0000", "+61 3 9000 1234", "+90 216 555 00 00"),
                "engineer_name": Y(full, "name"),
            },
            "scheduled_for": iso_(),
            "cost": amount(0, 600),
        },
    ),
    (
        "track",
        "Arıza Bildirimi",
        "flutter",
        "",
        {
            "talep_no": G(lambda f: f.digits(6)),
            "oda_no": G(room_id),
            "kategori": pick("tesisat", "elektrik", "mobilya", "internet"),
            "aciklama": pick(
                "Lavabo tıkalı",
                "Priz çalışmıyor",
                "Dolap kapağı kırık",
                "İnternet çok yavaş",
                "Kalorifer yanmıyor",
            ),
            "iletisim_tel": Y(phone_tr, "phone"),
            "oncelik": pick("normal", "acil"),
        },
    ),
    # -- roommate matching --------------------------------------------------------------------------------
    (
        "track",
        "Roommate Preferences Saved",
        "kotlin",
        "",
        {
            "sleep_schedule": pick("early_bird", "night_owl", "flexible"),
            "cleanliness": count(1, 5),
            "smoker": boolean(),
            "ok_with_pets": boolean(),
            "pet": {
                "name": pick("Biscuit", "Pamuk", "Luna", "Milo"),
                "species": pick("cat", "dog", "rabbit"),
            },
            "dietary_requirements": Y(
                lambda f: f.pick(["none", "vegetarian", "vegan", "halal", "kosher"]), "religion"
            ),
            "religion": Y(
                lambda f: f.pick(["Muslim", "Christian", "Hindu", "None", "Prefer not to say"]), "religion"
            ),
            "interests": Many(pick("football", "gaming", "k-pop", "cooking", "hiking", "chess"), 4),
            "languages": Many(pick("en", "tr", "zh", "hi", "ar", "ms"), 3),
        },
    ),
    (
        "track",
        "Roommate Match Viewed",
        "swift",
        "",
        {
            "match_id": uuid_(),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "match_first_name": Y(first, "name"),
            "match_university": G(lambda f: f.pick(UNIVERSITIES)),
            "match_course": G(lambda f: f.pick(COURSES)),
            "match_age": count(17, 26),
            "shared_interests_count": count(0, 6),
            "match_photo_url": Y(lambda f: f"https://cdn.hallmate.com/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Roommate Request Sent",
        "rn",
        "",
        {
            "to_user_id": G(lambda f: "usr_" + f.digits(7)),
            "message": Y(intro_message, "name", True),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        },
    ),
    (
        "track",
        "Roommate Survey Submitted",
        "node",
        "",
        {
            "response_token": G(lambda f: alnum(f, 32, string.ascii_lowercase + string.digits)),
            "submitted_at": iso_(),
            "hidden": {"booking_ref": G(booking_ref)},
            "answers": TYPEFORM_ANSWERS,
        },
    ),
    # -- wellbeing, accessibility and incidents ------------------------------------------------------------
    (
        "track",
        "Wellbeing Check-In Submitted",
        "swift",
        "",
        {
            "checkin_id": uuid_(),
            "feeling": Y(lambda f: f.pick(["anxious", "low", "lonely", "okay", "good"]), "condition"),
            "wants_callback": boolean(),
            "referred_to_counselling": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Wellbeing Referral Created",
        "python",
        "",
        {
            "referral_id": G(lambda f: "WB-" + f.digits(5)),
            "student_name": Y(full, "name"),
            "student_email": Y(email, "email"),
            "concern_category": Y(
                lambda f: f.pick(
                    ["anxiety", "depression", "eating disorder", "self-harm risk", "substance use"]
                ),
                "condition|diagnosis",
            ),
            "risk_level": Y(lambda f: f.pick(["low", "medium", "high"]), "condition"),
            "medications": Many(
                Y(lambda f: f.pick(["sertraline", "fluoxetine", "propranolol", "melatonin"]), "medication"), 2
            ),
            "staff_member": Y(lambda f: f.pick(STAFF_NAMES), "name"),
            "consent_to_share": boolean(),
            "created_at": iso_(),
        },
    ),
    (
        "track",
        "Accessibility Needs Updated",
        "web",
        "/account/accessibility",
        {
            "needs": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair access",
                            "visual impairment",
                            "hearing loop",
                            "ground floor required",
                            "autism-friendly quiet room",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "requires_accessible_room": RED(lambda f: f.pick([True, False]), "disability"),
            "personal_evacuation_plan": RED(lambda f: f.pick([True, False]), "disability"),
            "has_assistance_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "updated_fields": count(1, 4),
        },
    ),
    (
        "track",
        "Incident Reported",
        "web",
        "/staff/incidents/new",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "incident_type": pick("noise", "theft", "fire_alarm", "flood", "harassment", "medical"),
            "location_in_building": pick(
                "Kitchen C2", "Block A stairwell", "Bike store", "Common room", "Floor 4 corridor"
            ),
            "occurred_at": iso_(),
            "people_involved": Many(
                {"name": Y(full, "name"), "role": pick("resident", "visitor", "staff"), "room": G(room_id)}, 3
            ),
            "police_reference": G(lambda f: f.pick(["", f"13/{f.digits(6)}/24", f"E{f.digits(7)}"])),
            "description": pick(
                "Smoke alarm set off by cooking in kitchen C2",
                "Bike stolen from the bike store overnight",
                "Loud party after midnight, residents complained",
                "Water leak from the floor above",
                "Damaged fire door on floor 3",
            ),
        },
    ),
    (
        "track",
        "Medical Emergency Logged",
        "java",
        "",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "condition_reported": Y(
                lambda f: f.pick(
                    ["asthma attack", "allergic reaction", "seizure", "panic attack", "concussion"]
                ),
                "condition",
            ),
            "allergies": Y(lambda f: f.pick(["peanuts", "penicillin", "shellfish", "none known"]), "allergy"),
            "ambulance_called": boolean(),
            "hospital": pick("Leeds General Infirmary", "Royal Melbourne Hospital", "Acıbadem Kadıköy"),
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": pick("mother", "father", "partner", "sibling"),
            },
            "emergency_contact_notified": boolean(),
            "staff_on_duty": Y(lambda f: f.pick(STAFF_NAMES), "name"),
        },
    ),
    (
        "track",
        "Olay Bildirimi",
        "flutter",
        "",
        {
            "olay_no": G(lambda f: f.digits(6)),
            "olay_turu": pick("gürültü", "hırsızlık", "yangın alarmı", "su baskını"),
            "bildiren_ad_soyad": Y(full, "name"),
            "bildiren_oda": G(room_id),
            "aciklama": pick(
                "Gece 2'de yüksek sesle müzik",
                "Çamaşırhanede kayıp eşya",
                "Mutfakta duman alarmı",
                "Koridorda su sızıntısı",
            ),
            "tarih": iso_(),
        },
    ),
    (
        "track",
        "Visitor Registered",
        "dotnet",
        "",
        {
            "VisitorName": Y(full, "name"),
            "VisitorPhone": Y(phone, "phone"),
            "HostRoom": G(room_id),
            "Overnight": boolean(),
            "Nights": count(0, 3),
            "Note": Y(visitor_note, "name", True),
            "RegisteredAt": iso_(),
        },
    ),
    (
        "track",
        "Parcel Logged",
        "ruby",
        "",
        {
            "parcel_id": G(lambda f: "PCL" + f.digits(7)),
            "recipient_name": Y(full, "name"),
            "carrier": pick("Royal Mail", "DPD", "Australia Post", "Yurtiçi Kargo", "Amazon"),
            "tracking_number": G(
                lambda f: f.pick(["JD" + f.digits(18), "1Z" + f.hexid(16).upper(), f.digits(12)])
            ),
            "locker": count(1, 120),
            "note": pick(
                "Left in locker", "Large parcel - at reception", "Signed for by reception", "Fragile"
            ),
        },
    ),
    # -- messaging and vendor webhooks --------------------------------------------------------------------
    (
        "track",
        "Twilio Message Sent",
        "node",
        "",
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(phone, "phone", True),
            "from": pick("+447700150123", "+61480000123", "HALLMATE"),
            "messaging_service_sid": const("MG2f5c0e4d0b5a41a7b0d38c9e54a21f00"),
            "body": pick(
                "Hallmate: your viewing is confirmed for tomorrow at 11:00.",
                "Hallmate: a parcel is waiting for you at reception.",
                "Hallmate: rent instalment due in 3 days.",
                "Hallmate: maintenance visit today between 9 and 12.",
            ),
            "status": pick("queued", "sent", "delivered", "undelivered"),
            "price": G(lambda f: f.pick(["-0.0400", "-0.0790", None])),
        },
    ),
    (
        "track",
        "Email Event",
        "ruby",
        "",
        {
            "email": Y(email, "email"),
            "event": pick("delivered", "open", "click", "bounce"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(10)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "category": Many(pick("rent_reminder", "welcome", "transactional", "marketing"), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(lambda f: f.pick(SITES) + f.pick(["/account", "/payments", "/offers"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        "",
        {
            "ticket": {
                "id": count(10000, 99999),
                "subject": pick(
                    "Locked out",
                    "Deposit refund",
                    "Contract question",
                    "Late arrival",
                    "Kapı kartı çalışmıyor",
                ),
                "priority": pick("low", "normal", "high"),
                "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
                "assignee": Y(lambda f: f.pick(STAFF_NAMES), "name"),
                "via": {"channel": pick("web", "email", "whatsapp")},
                "tags": Many(pick("deposit", "access", "contract", "arrival"), 2),
                "description": Y(ticket_description, "phone", True),
            },
            "source": pick("zendesk", "freshdesk"),
        },
    ),
    (
        "track",
        "Live Chat Message Sent",
        "web",
        "/help",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": pick("user", "admin", "bot"),
            "text": pick(
                "Is the gym included in the rent?",
                "Can I move in a day early?",
                "Bills dahil mi?",
                "How do I pay the deposit?",
                "Is there a laundry room?",
            ),
            "attachments": count(0, 2),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        "/contact",
        {
            "full-name": Y(full, "name"),
            "email-address": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "enquiry-type": pick("booking", "group-booking", "partnership", "complaint"),
            "preferred-contact-time": pick("morning", "afternoon", "evening"),
            "consent-marketing": pick("yes", "no"),
            "form-id": pick("contact-v3", "contact-tr"),
        },
    ),
    (
        "track",
        "Address Lookup Performed",
        "web",
        "/apply/guarantor",
        {
            "input": Y(uk_postcode, "zipcode", True),
            "provider": pick("getaddress.io", "loqate"),
            "results_count": count(0, 60),
            "selected_id": G(lambda f: f"GB|RM|A|{f.digits(8)}"),
            "country": const("GB"),
            "latency_ms": count(40, 900),
        },
    ),
    (
        "track",
        "Places Autocomplete Used",
        "rn",
        "",
        {
            "session_token": uuid_(),
            "query": pick("Monash Clayton", "UNSW Kensington", "Melbourne Central", "Sydney Uni Camperdown"),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "_-")),
        },
    ),
    (
        "track",
        "Staff Console Search",
        "web",
        "/staff/residents",
        {
            "q": Y(email, "email", True),
            "results_count": count(0, 3),
            "filters": {
                "residence": G(lambda f: f.pick(RESIDENCES)),
                "status": pick("current", "past", "applicant"),
            },
            "staff_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        "swift",
        "",
        {
            "referral_code": G(lambda f: "HM" + alnum(f, 6, UPPER_DIGITS)),
            "method": pick("sms", "whatsapp", "email"),
            "contact": {
                "name": Y(full, "name"),
                "label": pick("_$!<Mobile>!$_", "iPhone", "_$!<Home>!$_", "WhatsApp"),
                "value": Y(phone, "phone", True),
            },
            "reward_amount": pick(25, 50, 100),
        },
    ),
    (
        "track",
        "WiFi Device Registered",
        "kotlin",
        "",
        {
            "device_mac": Y(lambda f: f.mac(), "mac"),
            "device_name": Y(device_label, "name", True),
            "device_type": pick("laptop", "console", "smart_tv", "phone"),
            "vlan": count(100, 140),
            "devices_registered": count(1, 5),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        "kotlin",
        "",
        {"link": RED(magic_link, "token"), "opened_after_sec": count(5, 3600), "same_device": boolean()},
    ),
    (
        "track",
        "Integration Webhook Failed",
        "go",
        "",
        {
            "integration": pick("starrez", "kinetic", "yardi"),
            "endpoint": pick("https://api.starrez.com/v2/bookings", "https://hooks.hallmate.internal/pms"),
            "status_code": pick(401, 500, 502, 429),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "webhook_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
        },
    ),
    # -- staff and payroll ---------------------------------------------------------------------------------
    (
        "track",
        "RA Onboarding Completed",
        "dotnet",
        "",
        {
            "EmployeeId": G(lambda f: f.digits(6)),
            "EmployeeName": Y(full, "name"),
            "NationalInsuranceNumber": RED(ni_number, "national id"),
            "HourlyRate": Y(lambda f: f.pick([11.44, 12.0, 12.5, 13.15]), "salary"),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "SortCode": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "JobTitle": pick("Residential Assistant", "Senior RA", "Night Porter"),
            "StartDate": G(lambda f: f.date(2024, 2025)),
            "ContractedHours": pick(8, 12, 16),
        },
    ),
    (
        "track",
        "Payroll Details Submitted",
        "node",
        "",
        {
            "employee_id": G(lambda f: f.digits(6)),
            "employee_name": Y(full, "name"),
            "tfn": RED(tfn, "national id"),
            "bsb": G(lambda f: f"{f.pick(['062', '083', '033'])}-{f.r.randint(0, 999):03d}"),
            "account_number": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "super_fund": pick("AustralianSuper", "UniSuper", "Hostplus"),
            "hourly_rate": Y(lambda f: f.pick([24.1, 26.5, 29.0, 31.2]), "salary"),
            "tax_free_threshold": boolean(),
        },
    ),
    (
        "track",
        "Resident Profile Viewed",
        "web",
        "/staff/residents/profile",
        {
            "viewed_resident_id": G(lambda f: "usr_" + f.digits(7)),
            "section": pick("overview", "payments", "documents", "wellbeing"),
            "staff_email": Y(staff_email, "email"),
        },
    ),
    # -- app lifecycle and misc -------------------------------------------------------------------------
    (
        "track",
        "Application Opened",
        "kotlin",
        "",
        {
            "from_background": boolean(),
            "version": pick("6.4.0", "6.5.1"),
            "build": pick("640", "651"),
            "url": pick("", "hallmate://rooms/123", "https://hallmate.app/r/xy"),
        },
    ),
    (
        "track",
        "Community Event RSVP",
        "rn",
        "",
        {
            "event_id": G(lambda f: "ev_" + f.digits(5)),
            "event_name": pick("Pizza & Quiz Night", "Iftar Dinner", "Welcome BBQ", "Study Jam"),
            "attending": boolean(),
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        "/residences/review",
        {
            "residence_id": G(lambda f: "res_" + f.digits(4)),
            "rating": count(1, 5),
            "review_title": pick("Great location", "Noisy but fun", "Harika bir yurt", "Overpriced"),
            "review_body": pick(
                "Staff were really helpful and the gym is great.",
                "Walls are thin, bring earplugs.",
                "Temiz ve güvenli.",
                "Kitchen too small for 8 people.",
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "verified_stay": boolean(),
            "nps": count(0, 10),
        },
    ),
]

# (event name, client) pairs are sent several times per repeat where real traffic is heavier
WEIGHTS = {
    "Product Viewed": 2,
    "Products Searched": 2,
    "Residence": 2,
    "Application Step Completed": 2,
    "Application Opened": 2,
}


# -- value checks for value_only PII paths (our own sanity check, not the engine) ---------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"\+?\d[\d \-]{8,}\d")
UK_POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$")


def check_value_only(labels: dict[str, dict], seen: dict[str, list]) -> None:
    names = [n for p in PEOPLE for n in p]
    for path, label in labels.items():
        if not (label["value_only"] and label["classification"] != "green"):
            continue
        for value in seen.get(path, []):
            text = str(value)
            t = label["type"]
            ok = {
                "email": lambda: bool(EMAIL_RE.search(text)),
                "phone": lambda: bool(PHONE_RE.search(text)),
                "zipcode": lambda: bool(UK_POSTCODE_RE.match(text)),
                "name": lambda: any(n in text for n in names),
            }[t]()
            if not ok:
                raise SystemExit(f"value_only {path} value without its PII: {text!r}")


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    seen: dict[str, list] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, page, body in EVENTS:
            for _ in range(WEIGHTS.get(name or "", 1)):
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(7),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = f.pick(["uni_", "res_"]) + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels, seen)
                title = name or "Hallmate"
                msg["context"] = render(context_for(client, page or "/", title), f, "context", labels, seen)
                events.append(msg)
    f.r.shuffle(events)
    check_value_only(labels, seen)
    return events, labels, seen


if __name__ == "__main__":
    events, labels, _ = build(seed=217, repeats=24)
    write(Path(__file__).parent, "holdout217_", events, labels)
    assert {p for e in events for p, _ in flatten(e)} <= set(labels)
