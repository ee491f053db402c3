"""Writes holdout62: tests/corpus/holdout62_events.jsonl and holdout62_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py, build_holdout3.py for the format, portal.events
for `flatten`, and the shared REFERENCE.md and DESIGN.md), and never scored by its author.
Run `.venv/bin/python -m tests.corpus.build_holdout62`; seeded, so the output is the same on
every run.

Domain: immigration and relocation services. Applicants from ~25 countries moving to the UK,
Canada and Australia: eligibility checks and lead forms, work / student / family visa
applications, personal details and passport MRZ scans, document checklists and uploads (passports,
birth and marriage certificates, police certificates, language test reports), sponsors (family
and employer) and dependants, biometrics appointments (VFS, TLScontact, UKVCAS, Service Canada),
immigration medicals, fee payments (e-commerce spec and Stripe-shaped), right-to-work checks,
case management by lawyers and case workers, and relocation (temporary housing, school search,
household and pet shipping, flights and airport pickup, bank accounts, SIM cards, payroll).

Sources: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter and
server libraries (python, node, go, java, ruby, php, C#), with their real `context` blocks
(context.ip, context.traits, device, app, library, locale, userAgent, campaign, externalIds);
identify, track, page, screen, group and alias calls; vendor-shaped payloads (Calendly, Typeform,
DocuSign, Twilio, WhatsApp Cloud API, Zendesk, Stripe, Google Places, Webflow forms).
Keys: mostly camelCase and snake_case English; about 15 % PascalCase (a C# case-management
system, Twilio webhooks, a C# group call), kebab-case (Webflow form fields), SCREAMING_SNAKE (a
warehouse reverse-ETL identify) and Canadian French (a Quebec immigration flow).

Labels follow the brief's rules (the product's default colours): PII = personal data about a
natural person (the applicant, a dependant, a sponsor, a recipient, a contact, a staff member, a
passenger). Colour = the reference matcher's default colour; types outside the reference are red
for credentials/secrets, cards, bank accounts, government ids and health ids, yellow otherwise.
Green: our ids, versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans
under PII-sounding keys, names of products / companies / schools / clinics / pets, places that
are not the person's, country, locale, currency, user agents, OS-issued device ids; card brand,
last four, expiry and BIN; sort codes, BSBs, transit and routing numbers, BICs. Contested cases
per the published policy: loyalty / frequent-flyer / candidate / customer numbers, ages, marital
status, job titles, employers, a business's own phone / e-mail / address and pets are green;
insurance policy numbers (identification), rx numbers (medication), pay and salaries (salary),
plates (license), VINs (serial), ad click ids (advertising id) and billing / shipping addresses
are yellow; payment-method tokens and one-time codes are red (token).
value_only is true when the key does not say what the value is; every value of such a path
carries that PII (asserted by `check` below every time the corpus is built, with Luhn and mod-97
checks on the card and IBAN fields). Free text is labelled by what every value
carries: the green free-text fields (comments, reviews, chat text, support descriptions) never
carry PII, the yellow ones (a case note naming the client, a personalised push body, a courier
note with the client's phone) always do.

Rules this corpus had to settle (a careful privacy owner's choice, stated here):
- Immigration status is the reference's red `visa`: the route / subclass of the person's OWN
  application, a visa decision, visa conditions, a visa's expiry, a refused-visa-before flag and
  an immigration status. Government references to the person's case (GWF number, IRCC
  application number, ImmiAccount TRN, Australian grant number, Certificate of Sponsorship
  number, Quebec CSQ number) are also red `visa`. A route someone reads about, is interested in
  or buys a service package for is green (content and products, not status).
- The Canadian UCI (a lifelong IRCC client number) and a BRP card number are government ids:
  red (`national id`, `visa|national id`). A UK right-to-work share code opens the person's
  status to whoever holds it: red `token|visa`.
- Birth / marriage / police certificate numbers and IELTS TRF numbers: yellow `certificate`.
  NHS, Medicare and HAP ids: red `health id`. A TB result: yellow `diagnosis`; pregnancy,
  existing conditions: yellow `condition`; accessibility needs, SEN / EHCP flags: red
  `disability`; airline meal codes (kosher, halal, Hindu, diabetic): yellow `religion|condition`;
  a faith-school preference: yellow `religion`; a declared criminal conviction flag: yellow
  `criminal record` (outside the reference); military service: red `veteran`.
- Nationality / citizenship is yellow `citizenship`; country of birth, of residence, passport
  issuing country and destination country are countries: green. Place (city) of birth: yellow
  `city`.
- A household move's origin address and a delivery address are the person's: yellow. The move's
  destination city / country, a searched area, a school's or centre's address and an
  accommodation provider's property address (like a hotel's) are not the person's: green.
- Other dates about a person (marriage date, passport issue / expiry, entry and exit dates) are
  green; only birth dates are `birthdate`. A SIM's ICCID is yellow `serial` (like a VIN). An
  airline booking reference (PNR), like a frequent-flyer number, is issued by a business: green.
  The caller's city that Twilio derives from the number (FromCity) is yellow `city`.
- Staff names and personal work e-mails (case workers, lawyers, HR contacts, drivers, reviewers)
  are PII; a business's generic inbox or switchboard number is green.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- checksummed identifiers ----------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(value: str) -> bool:
    raw = value.replace(" ", "")
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def mrz_check(data: str) -> str:
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55

    weights = (7, 3, 1)
    return str(sum(val(c) * weights[i % 3] for i, c in enumerate(data)) % 10)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# -- regions: names, phones, addresses, documents -------------------------------------------------

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def aadhaar(f: Fake) -> str:
    body = str(f.r.randint(2, 9)) + _d(f, 10)
    full = body + verhoeff_digit(body)
    return f.pick([full, f"{full[:4]} {full[4:8]} {full[8:]}"])


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def china_id(f: Fake) -> str:
    body = f.pick(["110105", "310104", "440305", "510107", "330106"])
    body += f"{f.r.randint(1970, 2004)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}" + _d(f, 3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def sa_id(f: Fake) -> str:
    body = f"{f.r.randint(70, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{_d(f, 4)}08"
    return f.luhn_complete(body)


def curp(f: Fake) -> str:
    chars = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    body = (
        f.pick(["HEGA", "GOMV", "RARD", "TOCC", "LOPM"])
        + f"{f.r.randint(75, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + f.pick(["H", "M"])
        + f.pick(["DF", "JC", "NL", "PL", "MC"])
        + "".join(f.pick("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        + str(f.r.randint(0, 9))
    )
    total = sum(chars.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def cnic(f: Fake) -> str:
    return f"{f.pick(['35202', '42101', '61101', '37405'])}-{_d(f, 7)}-{f.r.randint(1, 9)}"


def nigeria_nin(f: Fake) -> str:
    return str(f.r.randint(1, 9)) + _d(f, 10)


def nino(f: Fake) -> str:
    while True:
        a = f.pick("ABCEGHJKLMNOPRSTWXYZ")
        b = f.pick("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = _d(f, 6)
    s = f.pick("ABCD")
    return f.pick([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def sin(f: Fake) -> str:
    num = f.luhn_complete(f.pick(["9", "9", "1", "4", "5", "6"]) + _d(f, 7))
    return f.pick([num, f"{num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}"])


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        last = sum(x * w for x, w in zip(d, weights, strict=False)) % 11
        if last < 10:
            s = "".join(map(str, [*d, last]))
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        r = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            s = "".join(map(str, [*d, r]))
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def medicare(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def iccid(f: Fake) -> str:
    return f.luhn_complete("8944" + f.pick(["10", "20", "30"]) + _d(f, 12))


IBAN_BBAN = {
    "GB": lambda f: f.pick(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + _d(f, 14),
    "DE": lambda f: _d(f, 18),
    "FR": lambda f: _d(f, 23),
    "PK": lambda f: f.pick(["HABB", "MUCB", "UNIL", "MEZN"]) + _d(f, 16),
    "AE": lambda f: f.pick(["033", "026", "035"]) + _d(f, 16),
    "BR": lambda f: _d(f, 23) + "C" + str(f.r.randint(1, 9)),
    "TR": lambda f: _d(f, 5) + "0" + _d(f, 16),
    "UA": lambda f: _d(f, 6) + _d(f, 19),
    "SA": lambda f: _d(f, 20),
}


def iban(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(list(IBAN_BBAN))
    raw = iban_check(country, IBAN_BBAN[country](f))
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def uk_postcode(f: Fake) -> str:
    area = f.pick(["E", "N", "SE", "SW", "W", "NW", "M", "B", "LS", "EH", "G", "BS", "CF", "CR", "HA", "UB"])
    tail = "".join(f.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(0, 9)}{tail}"


def ca_postcode(f: Fake) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return (
        f"{f.pick('MVHTKL')}{f.r.randint(0, 9)}{f.pick(letters)} "
        f"{f.r.randint(0, 9)}{f.pick(letters)}{f.r.randint(0, 9)}"
    )


def au_postcode(f: Fake) -> str:
    return str(
        f.pick([f.r.randint(2000, 2234), f.r.randint(3000, 3207), f.r.randint(4000, 4179), 6000, 5000])
    )


@dataclass
class Region:
    iso: str
    iso3: str
    country: str
    nationality: str
    given_f: list[str]
    given_m: list[str]
    family: list[str]
    cities: list[str]
    phone: Any
    passport: Any
    street: Any
    postcode: Any
    domains: list[str]
    locale: str
    tz: str
    native: Any = None
    nid: Any = None


def _ph(fmt: str):
    def gen(f: Fake) -> str:
        return "".join(str(f.r.randint(0, 9)) if c == "#" else c for c in f.pick(fmt.split("|")))

    return gen


REGIONS = [
    Region(
        "IN",
        "IND",
        "India",
        "Indian",
        ["Priya", "Ananya", "Deepika", "Harpreet", "Lakshmi", "Sneha", "Kavya"],
        ["Arjun", "Rohit", "Venkatesh", "Aditya", "Rahul", "Karthik", "Sandeep"],
        ["Sharma", "Reddy", "Iyer", "Verma", "Nair", "Kaur", "Subramanian", "Patel", "Gupta", "Menon"],
        ["Mumbai", "Bengaluru", "Hyderabad", "Pune", "Chennai", "New Delhi", "Kochi"],
        _ph("+91 9#### #####|+919#########|09#########|+91-8###-######"),
        lambda f: f.pick("JKLMNPRSTUVWZ") + _d(f, 7),
        lambda f: f.pick(
            [
                f"Flat {f.r.randint(101, 1204)}, Sai Residency, Andheri West",
                f"H.No {f.r.randint(1, 20)}-{f.r.randint(1, 9)}-{f.r.randint(100, 999)}, Banjara Hills",
                f"{f.r.randint(1, 300)}, 4th Cross, Indiranagar",
                f"B-{f.r.randint(10, 99)}, Sector {f.r.randint(10, 62)}, Noida",
            ]
        ),
        lambda f: str(f.r.randint(110001, 600099)),
        ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
        "en-IN",
        "Asia/Kolkata",
        nid=aadhaar,
    ),
    Region(
        "PK",
        "PAK",
        "Pakistan",
        "Pakistani",
        ["Ayesha", "Fatima", "Hira", "Sana", "Mahnoor"],
        ["Bilal", "Usman", "Hamza", "Imran", "Zain"],
        ["Khan", "Ahmed", "Malik", "Chaudhry", "Qureshi", "Butt", "Siddiqui"],
        ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad"],
        _ph("+92 3## #######|0300-#######|+923#########"),
        lambda f: f.pick(["AB", "CD", "FK", "RT", "BN"]) + _d(f, 7),
        lambda f: (
            f"House {f.r.randint(1, 250)}, Street {f.r.randint(1, 40)}, "
            + f.pick(["F-10/2", "DHA Phase 5", "Gulberg III", "G-11/3"])
        ),
        lambda f: str(f.r.randint(44000, 75500)),
        ["gmail.com", "yahoo.com", "hotmail.com"],
        "ur-PK",
        "Asia/Karachi",
        nid=cnic,
    ),
    Region(
        "NG",
        "NGA",
        "Nigeria",
        "Nigerian",
        ["Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Temitope", "Adaeze"],
        ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ibrahim", "Obinna"],
        ["Okafor", "Adeyemi", "Balogun", "Bello", "Nwosu", "Adebayo", "Eze", "Okonkwo", "Ogunleye"],
        ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu"],
        _ph("+234 80# ### ####|0803 ### ####|+2348#########|0706 ### ####"),
        lambda f: "A" + _d(f, 8),
        lambda f: f.pick(
            [
                f"{f.r.randint(1, 60)} Admiralty Way, Lekki Phase 1",
                f"Plot {f.r.randint(100, 999)}, Cadastral Zone B6, Mabushi",
                f"{f.r.randint(1, 40)} Awolowo Road, Ikoyi",
            ]
        ),
        lambda f: str(f.r.randint(100001, 930001)),
        ["gmail.com", "yahoo.com", "outlook.com"],
        "en-NG",
        "Africa/Lagos",
        nid=nigeria_nin,
    ),
    Region(
        "PH",
        "PHL",
        "Philippines",
        "Filipino",
        ["Maria Cristina", "Angelica", "Jasmine", "Rowena", "Kristine"],
        ["Jose Miguel", "Mark Anthony", "Rommel", "John Paul", "Renato"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Garcia", "Mendoza"],
        ["Manila", "Quezon City", "Cebu City", "Davao City", "Makati"],
        _ph("+63 917 ### ####|0917 ### ####|+63 998 ### ####|09#########"),
        lambda f: "P" + _d(f, 7) + f.pick("ABC"),
        lambda f: (
            f"Unit {f.r.randint(101, 3201)}, {f.pick(['Avida Towers', 'SMDC Light', 'One Serendra'])}, "
            + f"{f.r.randint(1, 40)}th St"
        ),
        lambda f: str(f.r.randint(1000, 8000)),
        ["gmail.com", "yahoo.com", "ymail.com"],
        "en-PH",
        "Asia/Manila",
    ),
    Region(
        "CN",
        "CHN",
        "China",
        "Chinese",
        ["Fang", "Jing", "Xiaomei", "Yuting", "Li Na"],
        ["Wei", "Hao", "Zhiqiang", "Yang", "Jun"],
        ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao"],
        ["Shanghai", "Beijing", "Shenzhen", "Chengdu", "Hangzhou"],
        _ph("+86 13# #### ####|+86 18#########|139 #### ####"),
        lambda f: "E" + _d(f, 8),
        lambda f: (
            f"No. {f.r.randint(1, 300)} {f.pick(['Jianguo Road', 'Nanjing West Road', 'Renmin Road'])}, "
            + f"{f.pick(['Chaoyang', 'Jingan', 'Futian', 'Wuhou'])} District"
        ),
        lambda f: str(f.r.randint(100000, 610000)),
        ["qq.com", "163.com", "outlook.com", "gmail.com"],
        "zh-CN",
        "Asia/Shanghai",
        native=lambda f, g, fam: f.pick(["王芳", "李伟", "张静", "陈浩", "刘洋", "黄丽娜", "赵俊"]),
        nid=china_id,
    ),
    Region(
        "BR",
        "BRA",
        "Brazil",
        "Brazilian",
        ["Ana Beatriz", "Fernanda", "Juliana", "Larissa", "Camila"],
        ["João", "Lucas", "Gabriel", "Rafael", "Thiago"],
        ["Silva", "Oliveira", "Pereira", "Costa", "Souza", "Rodrigues", "Almeida"],
        ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre"],
        _ph("+55 11 9####-####|+55 21 9#### ####|(11) 9####-####"),
        lambda f: f.pick(["FZ", "GA", "YB"]) + _d(f, 6),
        lambda f: (
            f"{f.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Rua XV de Novembro'])}, "
            + f"{f.r.randint(10, 2400)}, apto {f.r.randint(11, 184)}"
        ),
        lambda f: f"{f.r.randint(10000, 99999)}-{f.r.randint(0, 999):03d}",
        ["gmail.com", "hotmail.com", "uol.com.br", "yahoo.com.br"],
        "pt-BR",
        "America/Sao_Paulo",
        nid=cpf,
    ),
    Region(
        "MX",
        "MEX",
        "Mexico",
        "Mexican",
        ["Valentina", "Ximena", "Guadalupe", "Sofía"],
        ["Alejandro", "Diego", "José Luis", "Emiliano"],
        ["Hernández", "Gómez", "Ramírez", "Torres", "López", "Martínez"],
        ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla"],
        _ph("+52 55 #### ####|+52 1 33 #### ####|55 #### ####"),
        lambda f: "G" + _d(f, 8),
        lambda f: (
            f"Av. {f.pick(['Insurgentes Sur', 'Reforma', 'Chapultepec'])} {f.r.randint(100, 3000)}, "
            + f"Int. {f.r.randint(1, 40)}"
        ),
        lambda f: f"{f.r.randint(1000, 99999):05d}",
        ["gmail.com", "hotmail.com", "outlook.com"],
        "es-MX",
        "America/Mexico_City",
        nid=curp,
    ),
    Region(
        "UA",
        "UKR",
        "Ukraine",
        "Ukrainian",
        ["Olena", "Iryna", "Kateryna", "Oksana"],
        ["Andriy", "Dmytro", "Oleksandr", "Serhiy"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"],
        ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
        _ph("+380 67 ### ## ##|+380 50 ### ####|+38093#######"),
        lambda f: f.pick(["FA", "FE", "GK", "EP"]) + _d(f, 6),
        lambda f: (
            f"вул. {f.pick(['Хрещатик', 'Шевченка', 'Франка', 'Садова'])}, {f.r.randint(1, 120)}, "
            + f"кв. {f.r.randint(1, 200)}"
        ),
        lambda f: f"{f.r.randint(1000, 99999):05d}",
        ["gmail.com", "ukr.net", "i.ua"],
        "uk-UA",
        "Europe/Kyiv",
        native=lambda f, g, fam: f.pick(
            ["Олена Коваленко", "Андрій Шевченко", "Ірина Мельник", "Дмитро Ткаченко"]
        ),
    ),
    Region(
        "KE",
        "KEN",
        "Kenya",
        "Kenyan",
        ["Wanjiru", "Akinyi", "Njeri", "Achieng"],
        ["Otieno", "Kipchoge", "Mwangi", "Kamau"],
        ["Kamau", "Ochieng", "Wanjiku", "Mutua", "Kiprotich", "Njoroge"],
        ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
        _ph("+254 7## ### ###|0712 ### ###|+2547########"),
        lambda f: "AK" + _d(f, 7),
        lambda f: (
            f"Apartment {f.r.randint(1, 40)}{f.pick('ABCD')}, "
            f"{f.pick(['Ngong Road', 'Riverside Drive', 'Lenana Road'])}"
        ),
        lambda f: f"{f.r.randint(100, 800):05d}",
        ["gmail.com", "yahoo.com"],
        "en-KE",
        "Africa/Nairobi",
    ),
    Region(
        "ZA",
        "ZAF",
        "South Africa",
        "South African",
        ["Lerato", "Nomsa", "Thandiwe", "Anja"],
        ["Thabo", "Sipho", "Pieter", "Bongani"],
        ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo"],
        ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
        _ph("+27 82 ### ####|082 ### ####|+2772#######"),
        lambda f: "A" + _d(f, 8),
        lambda f: f"{f.r.randint(1, 200)} {f.pick(['Jan Smuts Avenue', 'Long Street', 'Florida Road'])}",
        lambda f: f"{f.r.randint(1, 9999):04d}",
        ["gmail.com", "webmail.co.za", "outlook.com"],
        "en-ZA",
        "Africa/Johannesburg",
        nid=sa_id,
    ),
    Region(
        "VN",
        "VNM",
        "Vietnam",
        "Vietnamese",
        ["Lan", "Thảo", "Hương", "Ngọc Anh"],
        ["Minh", "Dũng", "Hoàng", "Quang"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng"],
        ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng"],
        _ph("+84 9## ### ###|09## ### ###|+84 3# #### ###"),
        lambda f: "C" + _d(f, 7),
        lambda f: (
            f"Số {f.r.randint(1, 300)} {f.pick(['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo'])}, "
            + f"Quận {f.r.randint(1, 12)}"
        ),
        lambda f: str(f.r.randint(100000, 760000)),
        ["gmail.com", "yahoo.com.vn"],
        "vi-VN",
        "Asia/Ho_Chi_Minh",
    ),
    Region(
        "IR",
        "IRN",
        "Iran",
        "Iranian",
        ["Zahra", "Maryam", "Neda", "Shirin"],
        ["Mohammad", "Reza", "Ali", "Arash"],
        ["Rezaei", "Hosseini", "Karimi", "Ahmadi", "Moradi"],
        ["Tehran", "Isfahan", "Shiraz", "Tabriz"],
        _ph("+98 912 ### ####|0912 ### ####|+98935#######"),
        lambda f: f.pick(["X", "Y", "Z"]) + _d(f, 8),
        lambda f: (
            f"No. {f.r.randint(1, 90)}, {f.pick(['Vali Asr St', 'Shariati St', 'Enghelab St'])}, Unit "
            f"{f.r.randint(1, 20)}"
        ),
        lambda f: _d(f, 10),
        ["gmail.com", "yahoo.com"],
        "fa-IR",
        "Asia/Tehran",
        native=lambda f, g, fam: f.pick(["زهرا رضایی", "محمد حسینی", "مریم کریمی", "علی احمدی"]),
    ),
    Region(
        "EG",
        "EGY",
        "Egypt",
        "Egyptian",
        ["Layla", "Nour", "Mariam", "Yasmin"],
        ["Omar", "Youssef", "Ahmed", "Karim"],
        ["Haddad", "El-Sayed", "Mansour", "Abdelrahman", "Farouk"],
        ["Cairo", "Alexandria", "Giza"],
        _ph("+20 10 #### ####|010########|+20 12########"),
        lambda f: "A" + _d(f, 8),
        lambda f: (
            f"{f.r.randint(1, 90)} {f.pick(['El Tahrir St', 'Abbas El Akkad St', 'Road 9'])}, "
            + f.pick(["Dokki", "Nasr City", "Maadi"])
        ),
        lambda f: str(f.r.randint(11311, 12999)),
        ["gmail.com", "hotmail.com", "yahoo.com"],
        "ar-EG",
        "Africa/Cairo",
        native=lambda f, g, fam: f.pick(["ليلى حداد", "عمر السيد", "مريم منصور", "يوسف فاروق"]),
    ),
    Region(
        "KR",
        "KOR",
        "South Korea",
        "South Korean",
        ["Ji-woo", "Seo-yeon", "Min-ji"],
        ["Min-jun", "Do-yun", "Hyun-woo"],
        ["Kim", "Park", "Lee", "Choi", "Jung"],
        ["Seoul", "Busan", "Incheon"],
        _ph("+82 10-####-####|010-####-####"),
        lambda f: "M" + _d(f, 8),
        lambda f: (
            f"{f.r.randint(1, 300)} {f.pick(['Teheran-ro', 'Sejong-daero', 'Gangnam-daero'])}, Apt "
            f"{f.r.randint(101, 2210)}"
        ),
        lambda f: f"{f.r.randint(1000, 63999):05d}",
        ["naver.com", "gmail.com", "daum.net"],
        "ko-KR",
        "Asia/Seoul",
        native=lambda f, g, fam: f.pick(["김민준", "박지우", "이서연", "최현우"]),
    ),
    Region(
        "HK",
        "HKG",
        "Hong Kong",
        "British National (Overseas)",
        ["Ka Yan", "Wing Sze", "Hoi Ting"],
        ["Tai Man", "Chi Keung", "Ka Ho"],
        ["Chan", "Wong", "Leung", "Lau", "Cheung"],
        ["Hong Kong", "Kowloon", "Sha Tin"],
        _ph("+852 9### ####|+852 6#######"),
        lambda f: "K" + _d(f, 8),
        lambda f: (
            f"Flat {f.pick('ABCDEFGH')}, {f.r.randint(3, 40)}/F, "
            f"{f.pick(['Taikoo Shing', 'Mei Foo Sun Chuen', 'Laguna City'])} Block {f.r.randint(1, 12)}"
        ),
        lambda f: "",
        ["gmail.com", "yahoo.com.hk", "netvigator.com"],
        "zh-HK",
        "Asia/Hong_Kong",
        native=lambda f, g, fam: f.pick(["陳大文", "黃嘉欣", "梁志強", "劉凱琳"]),
    ),
    Region(
        "US",
        "USA",
        "United States",
        "American",
        ["Madison", "Emily", "Olivia", "Hannah"],
        ["Tyler", "Ethan", "Brandon", "Ryan"],
        ["Clarke", "Brooks", "Johnson", "Miller", "Davis", "Anderson"],
        ["Seattle", "Boston", "Austin", "Chicago", "Denver"],
        _ph("+1 (206) ###-####|+1 617-###-####|512.###.####|+1312#######"),
        lambda f: _d(f, 9),
        lambda f: (
            f"{f.r.randint(100, 9999)} "
            f"{f.pick(['Pine St', 'Maple Ave', 'Commonwealth Ave', 'Lake Shore Dr'])}"
        ),
        lambda f: f"{f.r.randint(10000, 99999)}",
        ["gmail.com", "icloud.com", "yahoo.com", "outlook.com"],
        "en-US",
        "America/Chicago",
        nid=lambda f: f.ssn(),
    ),
    Region(
        "FR",
        "FRA",
        "France",
        "French",
        ["Élodie", "Chloé", "Camille", "Manon"],
        ["Mathieu", "Julien", "Antoine", "Hugo"],
        ["Tremblay", "Gagnon", "Roy", "Lefebvre", "Moreau", "Dubois"],
        ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille"],
        _ph("+33 6 ## ## ## ##|06 ## ## ## ##|+33 7########"),
        lambda f: f"{f.r.randint(10, 24)}{f.pick(UPPER)}{f.pick(UPPER)}{_d(f, 5)}",
        lambda f: (
            f"{f.r.randint(1, 180)} {f.pick(['rue de Rivoli', 'avenue Jean Jaurès', 'boulevard Voltaire'])}"
        ),
        lambda f: f"{f.r.randint(1000, 95999):05d}",
        ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
        "fr-FR",
        "Europe/Paris",
    ),
    Region(
        "GH",
        "GHA",
        "Ghana",
        "Ghanaian",
        ["Akosua", "Abena", "Efua"],
        ["Kwame", "Kofi", "Yaw"],
        ["Mensah", "Boateng", "Owusu", "Asante", "Appiah"],
        ["Accra", "Kumasi", "Tema"],
        _ph("+233 24 ### ####|024 ### ####|+23320#######"),
        lambda f: "G" + _d(f, 7),
        lambda f: (
            f"House No. {f.r.randint(1, 99)}, "
            f"{f.pick(['Oxford Street, Osu', 'Spintex Road', 'Ring Road East'])}"
        ),
        lambda f: f"GA-{f.r.randint(100, 999)}-{f.r.randint(1000, 9999)}",
        ["gmail.com", "yahoo.com"],
        "en-GH",
        "Africa/Accra",
    ),
    Region(
        "LK",
        "LKA",
        "Sri Lanka",
        "Sri Lankan",
        ["Dilani", "Nimali", "Tharushi"],
        ["Kasun", "Nuwan", "Chaminda"],
        ["Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe"],
        ["Colombo", "Kandy", "Galle"],
        _ph("+94 77 ### ####|077 ### ####"),
        lambda f: "N" + _d(f, 7),
        lambda f: (
            f"{f.r.randint(1, 300)}/{f.r.randint(1, 9)}, "
            f"{f.pick(['Galle Road', 'Duplication Road', 'Havelock Road'])}"
        ),
        lambda f: f"{f.r.randint(10000, 90000):05d}",
        ["gmail.com", "yahoo.com", "sltnet.lk"],
        "si-LK",
        "Asia/Colombo",
    ),
    Region(
        "BD",
        "BGD",
        "Bangladesh",
        "Bangladeshi",
        ["Nusrat", "Farzana", "Tahmina"],
        ["Tanvir", "Rakib", "Mahmud"],
        ["Rahman", "Hossain", "Islam", "Chowdhury", "Akter"],
        ["Dhaka", "Chattogram", "Sylhet"],
        _ph("+880 17##-######|01711-######|+8801#########"),
        lambda f: "A" + _d(f, 8),
        lambda f: (
            f"House {f.r.randint(1, 99)}, Road {f.r.randint(1, 30)}, "
            f"{f.pick(['Dhanmondi', 'Gulshan 2', 'Banani'])}"
        ),
        lambda f: str(f.r.randint(1000, 9999)),
        ["gmail.com", "yahoo.com"],
        "bn-BD",
        "Asia/Dhaka",
    ),
    Region(
        "CO",
        "COL",
        "Colombia",
        "Colombian",
        ["Valeria", "Daniela", "Mariana"],
        ["Santiago", "Andrés", "Camilo"],
        ["Restrepo", "Gómez", "Vargas", "Castro", "Muñoz"],
        ["Bogotá", "Medellín", "Cali"],
        _ph("+57 310 #######|+57 3## ### ####|311 ### ####"),
        lambda f: f.pick(["AQ", "PE"]) + _d(f, 6),
        lambda f: (
            f"Calle {f.r.randint(1, 150)} # {f.r.randint(1, 99)}-{f.r.randint(1, 99)}, Apto "
            f"{f.r.randint(101, 1502)}"
        ),
        lambda f: str(f.r.randint(110111, 760001)),
        ["gmail.com", "hotmail.com", "outlook.com"],
        "es-CO",
        "America/Bogota",
    ),
    Region(
        "TR",
        "TUR",
        "Turkey",
        "Turkish",
        ["Elif", "Zeynep", "Ayşe"],
        ["Emre", "Mehmet", "Burak"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin"],  # noqa: RUF001 (Turkish dotless i)
        ["İstanbul", "Ankara", "İzmir"],
        _ph("+90 532 ### ## ##|0532 ### ## ##|+90 5#########"),
        lambda f: f.pick("UZ") + _d(f, 8),
        lambda f: (
            f"{f.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'İstiklal Cad.'])} No: {f.r.randint(1, 300)} "  # noqa: RUF001
            f"D: {f.r.randint(1, 30)}"
        ),
        lambda f: str(f.r.randint(10000, 81999)),
        ["gmail.com", "hotmail.com", "yandex.com"],
        "tr-TR",
        "Europe/Istanbul",
    ),
    Region(
        "NP",
        "NPL",
        "Nepal",
        "Nepali",
        ["Sunita", "Anjali", "Pooja"],
        ["Bikash", "Suman", "Prakash"],
        ["Gurung", "Shrestha", "Thapa", "Tamang", "Adhikari"],
        ["Kathmandu", "Pokhara", "Lalitpur"],
        _ph("+977 98########|+977 980-#######|98########"),
        lambda f: "PA" + _d(f, 7),
        lambda f: f"Ward No. {f.r.randint(1, 32)}, {f.pick(['Baneshwor', 'Lakeside', 'Jawalakhel'])}",
        lambda f: str(f.r.randint(10000, 44600)),
        ["gmail.com", "yahoo.com"],
        "ne-NP",
        "Asia/Kathmandu",
    ),
]
REGION_WEIGHTS = [9, 5, 7, 6, 5, 4, 3, 4, 3, 3, 3, 2, 2, 2, 3, 3, 2, 2, 2, 2, 2, 2, 2]


@dataclass
class Dest:
    iso: str
    country: str
    cities: list[str]
    currency: str
    phone: Any
    street: Any
    postcode: Any
    locale: str
    tz: str


DESTS = [
    Dest(
        "GB",
        "United Kingdom",
        [
            "London",
            "Manchester",
            "Birmingham",
            "Leeds",
            "Edinburgh",
            "Glasgow",
            "Bristol",
            "Cardiff",
            "Reading",
        ],
        "GBP",
        _ph("+44 7### ######|07### ######|+447#########|07### ### ###"),
        lambda f: f.pick(
            [
                f"Flat {f.r.randint(1, 40)}, {f.r.randint(1, 200)} "
                f"{f.pick(['Kingsland Road', 'Wilmslow Road', 'Holloway Road', 'Leith Walk'])}",
                f"{f.r.randint(1, 150)} "
                f"{f.pick(['Cranbrook Close', 'Victoria Street', 'Albert Road', 'Station Approach'])}",
            ]
        ),
        uk_postcode,
        "en-GB",
        "Europe/London",
    ),
    Dest(
        "CA",
        "Canada",
        ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa", "Mississauga", "Brampton", "Halifax"],
        "CAD",
        _ph("+1 416-###-####|(647) ###-####|+1 604 ### ####|+1514#######|403-###-####"),
        lambda f: f.pick(
            [
                f"{f.r.randint(101, 3507)}-{f.r.randint(10, 500)} "
                f"{f.pick(['Harbour Street', 'Bloor St W', 'Robson St'])}",
                f"{f.r.randint(100, 9999)} "
                f"{f.pick(['rue Saint-Denis', 'Yonge Street', 'Kingsway', '17 Ave SW'])}",
            ]
        ),
        ca_postcode,
        "en-CA",
        "America/Toronto",
    ),
    Dest(
        "AU",
        "Australia",
        ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"],
        "AUD",
        _ph("+61 4## ### ###|04## ### ###|+614########"),
        lambda f: f.pick(
            [
                f"{f.r.randint(1, 40)}/{f.r.randint(1, 300)} "
                f"{f.pick(['Smith Street', 'Bourke Street', 'Oxford Street'])}",
                f"{f.r.randint(1, 120)} {f.pick(['Wattle Avenue', 'Banksia Crescent', 'George Street'])}",
            ]
        ),
        au_postcode,
        "en-AU",
        "Australia/Sydney",
    ),
]

CALLING_CODES = {
    "IN": "91",
    "PK": "92",
    "NG": "234",
    "PH": "63",
    "CN": "86",
    "BR": "55",
    "MX": "52",
    "UA": "380",
    "KE": "254",
    "ZA": "27",
    "VN": "84",
    "IR": "98",
    "EG": "20",
    "KR": "82",
    "HK": "852",
    "US": "1",
    "FR": "33",
    "GH": "233",
    "LK": "94",
    "BD": "880",
    "CO": "57",
    "TR": "90",
    "NP": "977",
}

STAFF_FIRST = [
    "Sarah",
    "James",
    "Emma",
    "Daniel",
    "Chloe",
    "Liam",
    "Aoife",
    "Rhys",
    "Isla",
    "Nathan",
    "Mei-Ling",
    "Rajesh",
]
STAFF_LAST = [
    "Thompson",
    "MacDonald",
    "Walsh",
    "Bennett",
    "Fraser",
    "Hughes",
    "Tremblay",
    "O'Connor",
    "Kaur",
    "Nguyen",
]
FIRM_DOMAIN = ["borderwise.co.uk", "northstarimmigration.ca", "southerncrossvisas.com.au"]


@dataclass
class Person:
    region: Region
    given: str
    family: str
    sex: str
    dob: tuple[int, int, int]
    email: str
    phone: str
    passport: str
    city: str
    street: str
    postcode: str
    native: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


class HFake(Fake):
    """fake.Fake with region-coherent people, destination data and the ids this domain needs."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = self.person()
        self.dest = DESTS[0]
        self.staff = self.staff_person()

    def region(self) -> Region:
        return self.r.choices(REGIONS, weights=REGION_WEIGHTS)[0]

    def person(self, region: Region | None = None, child: bool = False) -> Person:
        reg = region or self.region()
        sex = self.pick(["F", "M"])
        given = self.pick(reg.given_f if sex == "F" else reg.given_m)
        family = self.pick(reg.family)
        year = self.r.randint(2008, 2022) if child else self.r.randint(1962, 2004)
        dob = (year, self.r.randint(1, 12), self.r.randint(1, 28))
        return Person(
            reg,
            given,
            family,
            sex,
            dob,
            self.person_email(given, family, reg, year),
            reg.phone(self),
            reg.passport(self),
            self.pick(reg.cities),
            reg.street(self),
            reg.postcode(self),
            reg.native(self, given, family) if reg.native else None,
        )

    def person_email(self, given: str, family: str, reg: Region, year: int) -> str:
        g = ascii_fold(given).lower().replace(" ", "").replace("-", "")
        fam = ascii_fold(family).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{g}.{fam}",
                f"{g}{fam}{year % 100:02d}",
                f"{g}_{fam}",
                f"{g[0]}{fam}{self.r.randint(1, 999)}",
                f"{fam}.{g}{year}",
            ]
        )
        return f"{local}@{self.pick(reg.domains)}"

    def staff_person(self) -> Person:
        given, family = self.pick(STAFF_FIRST), self.pick(STAFF_LAST)
        domain = self.pick(FIRM_DOMAIN)
        email = f"{ascii_fold(given).lower().replace('-', '')}.{family.lower().replace(chr(39), '')}@{domain}"
        return Person(
            REGIONS[0], given, family, "F", (1980, 1, 1), email, self.dest.phone(self), "", "", "", "", None
        )

    # formats of a person's date of birth
    def dob(self, p: Person | None = None, style: str = "iso") -> str:
        y, m, d = (p or self.p).dob
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dmy": f"{d:02d}/{m:02d}/{y}",
            "mdy": f"{m:02d}/{d:02d}/{y}",
            "long": f"{d} {months[m - 1]} {y}",
            "ts": f"{y}-{m:02d}-{d:02d}T00:00:00Z",
        }[style]

    def date_between(self, y0: int, y1: int) -> str:
        return f"{self.r.randint(y0, y1)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def iso25(self) -> str:
        r = self.r
        day = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return f"{day}T{r.randint(6, 19):02d}:{self.pick(['00', '15', '30', '45'])}:00Z"

    def e164(self, p: Person) -> str:
        """The person's phone as E.164 (what Twilio and WhatsApp send)."""
        digits = re.sub(r"\D", "", p.phone)
        cc = CALLING_CODES[p.region.iso]
        if p.phone.startswith("+"):
            return "+" + digits
        return "+" + cc + digits.lstrip("0")

    def dest_phone(self) -> str:
        return self.dest.phone(self)

    def dest_address(self) -> str:
        return self.dest.street(self)

    def ipany(self) -> str:
        if self.r.random() < 0.25:
            prefix = self.pick(["2a00:23c6", "2409:4060", "2600:1700", "2a02:c7c", "2001:56a", "2405:204"])
            return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))
        return self.ipv4()

    def gclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return self.pick(["Cj0KCQiA", "EAIaIQobChMI", "CjwKCAjw"]) + "".join(
            self.pick(alnum) for _ in range(72)
        )

    def fbclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(58))

    def gwf(self) -> str:
        return "GWF0" + _d(self, 8)

    def ircc_app(self) -> str:
        return self.pick(["W30", "S30", "F00", "E00", "V31"]) + _d(self, 7)

    def uci(self) -> str:
        return self.pick(
            [_d(self, 8), f"{_d(self, 4)}-{_d(self, 4)}", f"{_d(self, 2)}-{_d(self, 4)}-{_d(self, 4)}"]
        )

    def trn(self) -> str:
        return "EGO" + "".join(self.pick(UPPER + "0123456789") for _ in range(7))

    def cos(self) -> str:
        return (
            "C" + "".join(self.pick(UPPER + "0123456789") for _ in range(2)) + _d(self, 7) + self.pick(UPPER)
        )

    def brp(self) -> str:
        return self.pick(["ZU", "ZR", "ZX", "RF", "RE"]) + _d(self, 7)

    def share_code(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
        s = "W" + "".join(self.pick(chars) for _ in range(8))
        return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def nid(self) -> str:
        gen = self.p.region.nid
        return gen(self) if gen else self.p.region.passport(self)

    def mrz(self, p: Person) -> tuple[str, str]:
        issuer = p.region.iso3 if p.region.iso != "HK" else "GBN"
        names = ascii_fold(p.family).upper().replace(" ", "<").replace("-", "<").replace("'", "")
        names += "<<" + ascii_fold(p.given).upper().replace(" ", "<").replace("-", "<")
        line1 = (f"P<{issuer}{names}" + "<" * 44)[:44]
        number = (p.passport.upper() + "<" * 9)[:9]
        y, m, d = p.dob
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(26, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = "<" * 14
        part = number + mrz_check(number) + issuer + dob + mrz_check(dob) + p.sex + exp + mrz_check(exp)
        part += personal + mrz_check(personal)
        composite = part[0:10] + part[13:20] + part[21:43]
        return line1, part + mrz_check(composite)

    def cert_no(self, kind: str) -> str:
        if kind == "birth":
            return self.pick(
                [
                    f"{self.pick(['QBCA', 'BXCH', 'QBDP'])} {_d(self, 6)}",
                    f"B-{self.r.randint(1970, 2004)}-{_d(self, 6)}",
                    f"MH/{self.r.randint(1975, 2004)}/{_d(self, 5)}",
                    f"{self.r.randint(1, 99)}{_d(self, 7)}",
                ]
            )
        if kind == "marriage":
            return self.pick(
                [
                    f"MXA {_d(self, 6)}",
                    f"MC/{self.r.randint(2005, 2024)}/{_d(self, 4)}",
                    f"{_d(self, 4)}-{self.r.randint(2005, 2024)}",
                ]
            )
        return self.pick(
            [f"ACRO/{self.r.randint(2023, 2025)}/{_d(self, 6)}", f"PCC-{_d(self, 9)}", f"NPC{_d(self, 8)}"]
        )

    def trf(self, p: Person) -> str:
        initials = ascii_fold(p.family).upper().replace(" ", "")[:3].ljust(3, "X")
        year, centre = self.r.randint(23, 25), self.pick(["GB", "IN", "NG", "PH", "CA"])
        return f"{year}{centre}{_d(self, 6)}{initials}{self.pick('AG')}{_d(self, 3)}{self.pick('AGU')}"

    def pm(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_1" + "".join(self.pick(alnum) for _ in range(23))

    def stripe_id(self, prefix: str) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return f"{prefix}_3" + "".join(self.pick(alnum) for _ in range(23))


# -- rendering: build.render plus fixed-length sequences and optional keys -------------------------


@dataclass
class Seq:
    """A fixed list of different templates, all under the same `[]` path (vendor answer arrays)."""

    items: list[Any]


@dataclass
class Opt:
    """A key present in a fraction `p` of messages."""

    item: Any
    p: float = 0.5


@dataclass
class If:
    """A key present only when `cond(f)` holds (a field of one destination country's flow)."""

    cond: Any
    item: Any


def gb(f):
    return f.dest.iso == "GB"


def ca(f):
    return f.dest.iso == "CA"


def au(f):
    return f.dest.iso == "AU"


def rend(template: Any, f: HFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [rend(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [rend(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            if isinstance(value, If):
                if not value.cond(f):
                    continue
                value = value.item
            out[key] = rend(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# shorthands for the current event's applicant (f.p), a staff member (f.staff) and the destination
def p_given(f):
    return f.p.given


def p_family(f):
    return f.p.family


def p_full(f):
    return f.p.full


def p_email(f):
    return f.p.email


def p_phone(f):
    return f.p.phone


def p_nat(f):
    return f.p.region.nationality


def p_country(f):
    return f.p.region.country


def p_iso(f):
    return f.p.region.iso


def dest_iso(f):
    return f.dest.iso


def dest_country(f):
    return f.dest.country


def dest_city(f):
    return f.pick(f.dest.cities)


def cur(f):
    return f.dest.currency


def other_full(f):
    return f.person().full


def other_email(f):
    return f.person().email


def other_phone(f):
    return f.person().phone


def child_full(f):
    return f.person(f.p.region, child=True).full


def staff_full(f):
    return f.staff.full


def staff_email(f):
    return f.staff.email


def uuid(f):
    return f.uuid()


def app_id(f):
    return "APP-" + f.digits(7)


def case_id(f):
    return (
        f.pick(["IMM", "CAS", "REL"])
        + "-"
        + str(f.r.randint(2023, 2025))
        + "-"
        + f"{f.r.randint(1, 99999):05d}"
    )


def bool_(f):
    return f.pick([True, False])


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def one(*items):
    return lambda f: f.pick(list(items))


HQ = {
    "GB": ("1 Canada Square", "London", "E14 5AB", "+44 20 7946 0000"),
    "CA": ("100 King St W", "Toronto", "M5X 1A9", "+1 416-555-0199"),
    "AU": ("341 George Street", "Sydney", "2000", "+61 2 9374 4000"),
}
ROUTES = {
    "GB": [
        "Skilled Worker",
        "Health and Care Worker",
        "Student",
        "Spouse or Partner",
        "Graduate",
        "Global Talent",
        "BN(O)",
    ],
    "CA": [
        "Express Entry - FSW",
        "Express Entry - CEC",
        "Study Permit",
        "Work Permit - LMIA",
        "Spousal Sponsorship",
        "PGWP",
        "PNP - OINP",
    ],
    "AU": [
        "482 Skills in Demand",
        "189 Skilled Independent",
        "190 Skilled Nominated",
        "500 Student",
        "820 Partner",
        "485 Temporary Graduate",
    ],
}
PACKAGES = [
    ("PKG-SW-FULL", "Skilled Worker Visa - Full Service"),
    ("PKG-SP-STD", "Spouse Visa Application Support"),
    ("PKG-EE-PREM", "Express Entry Premium"),
    ("PKG-SP-CA", "Study Permit Essentials"),
    ("PKG-482-EMP", "Employer Sponsored 482 Package"),
    ("PKG-DOC-RVW", "Document Review (1 hour)"),
    ("PKG-REL-FAM", "Family Relocation Bundle"),
    ("PKG-TRN-CERT", "Certified Translation (per page)"),
]
DOC_TYPES = [
    "passport",
    "birth_certificate",
    "marriage_certificate",
    "bank_statement",
    "police_certificate",
    "tb_certificate",
    "ielts_trf",
    "payslip",
    "employment_letter",
    "degree_certificate",
    "photo",
]
EMPLOYERS = [
    "Globex Health NHS Trust",
    "Northwind Analytics Ltd",
    "Maple Leaf Foods",
    "Shopify",
    "Atlassian",
    "Initech UK",
    "Telstra",
    "Barts Health NHS Trust",
    "Deloitte",
    "CGI Inc.",
]
JOBS = [
    "Staff Nurse",
    "Software Engineer",
    "Data Analyst",
    "Care Assistant",
    "Civil Engineer",
    "Chef de Partie",
    "Accountant",
    "Pharmacist",
    "Electrician",
]
SCHOOLS = [
    "St Mary's Catholic Primary School",
    "Riverside Academy",
    "Lord Byron Public School",
    "Parkview Secondary College",
    "Oakwood Primary",
    "École Saint-Laurent",
    "Glenmore Park High School",
]
CLINICS = [
    "IOM Migration Health Assessment Centre",
    "Bupa Medical Visa Services",
    "Medisys Health Group",
    "Dr. Sharma Panel Clinic",
    "Nova Medical Centre",
]
CENTRES = {
    "GB": [
        "UKVCAS Croydon",
        "UKVCAS Manchester",
        "VFS Global Mumbai",
        "TLScontact Lagos",
        "VFS Global Manila",
        "TLScontact Cairo",
    ],
    "CA": [
        "Service Canada Toronto Centre",
        "VFS Global VAC New Delhi",
        "VFS Global VAC Lagos",
        "VFS Global VAC Manila",
        "VFS Global VAC São Paulo",
    ],
    "AU": [
        "Australian Biometrics Collection Centre Islamabad",
        "VFS Global ABCC Chennai",
        "VFS Global ABCC Nairobi",
        "VFS Global ABCC Beijing",
    ],
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Mobile Safari/537.36",
]
LOCALES = [
    "en-GB",
    "en-CA",
    "fr-CA",
    "en-AU",
    "en-IN",
    "en-US",
    "hi-IN",
    "pt-BR",
    "es-MX",
    "zh-CN",
    "en-PH",
    "en-NG",
    "uk-UA",
    "ar-EG",
    "vi-VN",
]
TIMEZONES = [
    "Europe/London",
    "America/Toronto",
    "America/Vancouver",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Africa/Lagos",
    "Asia/Manila",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "Asia/Karachi",
]
SITE = "https://www.movana.io"
PAGES = [
    ("/", "Movana | Immigration & relocation, done properly"),
    ("/visas/uk/skilled-worker", "UK Skilled Worker visa guide | Movana"),
    ("/visas/canada/express-entry", "Express Entry explained | Movana"),
    ("/visas/australia/482", "Subclass 482 visa | Movana"),
    ("/pricing", "Pricing | Movana"),
    ("/eligibility", "Check your eligibility | Movana"),
    ("/app/application", "Your application | Movana"),
    ("/app/documents", "Documents | Movana"),
    ("/checkout", "Checkout | Movana"),
    ("/relocation/housing", "Temporary housing | Movana"),
]


# -- contexts of the client libraries ------------------------------------------------------------


def ctx_traits():
    return {
        "email": Y(p_email, "email"),
        "firstName": Opt(Y(p_given, "name"), 0.6),
        "lastName": Opt(Y(p_family, "name"), 0.5),
        "destinationCountry": Opt(G(dest_iso), 0.5),
        "plan": Opt(G(one("free", "essentials", "full_service")), 0.4),
    }


def _page_path(f):
    f.page = f.pick(PAGES)
    return f.page[0]


def web_ctx():
    return {
        "library": {
            "name": G(one("analytics.js")),
            "version": G(one("npm:next-1.72.0", "npm:next-1.74.0", "next-1.76.1")),
        },
        "page": {
            "path": G(_page_path),
            "referrer": G(
                one(
                    "",
                    "https://www.google.com/",
                    "https://www.google.co.in/",
                    "https://www.reddit.com/",
                    "https://l.facebook.com/",
                )
            ),
            "search": G(
                one(
                    "",
                    "",
                    "?utm_source=google&utm_medium=cpc&utm_campaign=uk_sw",
                    "?lang=fr",
                    "?ref=partner_wise",
                )
            ),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: SITE + f.page[0]),
        },
        "userAgent": G(one(*UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(one("Chromium", "Google Chrome", "Not-A.Brand")),
                        "version": G(one("124", "123", "99")),
                    },
                    3,
                ),
                "mobile": G(bool_),
                "platform": G(one("Windows", "Android", "macOS")),
            },
            0.6,
        ),
        "locale": G(one(*LOCALES)),
        "timezone": G(one(*TIMEZONES)),
        "ip": Y(lambda f: f.ipany(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    one("uk_skilled_worker_q2", "ca_express_entry", "au_482_employers", "family_visa_brand")
                ),
                "source": G(one("google", "facebook", "newsletter", "linkedin")),
                "medium": G(one("cpc", "paid_social", "email")),
                "term": Opt(
                    G(one("skilled worker visa", "express entry crs calculator", "spouse visa uk cost")), 0.6
                ),
                "content": Opt(G(one("ad_v2", "carousel_3", "hero_cta")), 0.5),
            },
            0.35,
        ),
    }


def swift_ctx():
    return {
        "app": {
            "name": G(one("Movana")),
            "version": G(one("4.12.0", "4.13.2", "4.14.0")),
            "build": G(one("41200", "41302", "41400")),
            "namespace": G(one("io.movana.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(one("Apple")),
            "model": G(one("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2", "iPad13,18")),
            "name": G(one("iPhone", "iPad")),
            "type": G(one("ios")),
            "adTrackingEnabled": G(bool_),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
        },
        "library": {"name": G(one("analytics-swift")), "version": G(one("1.5.11", "1.6.1"))},
        "locale": G(one(*LOCALES)),
        "network": {"wifi": G(bool_), "cellular": G(bool_)},
        "os": {"name": G(one("iOS", "iPadOS")), "version": G(one("17.4.1", "17.5", "16.7.8", "18.0"))},
        "screen": {"width": G(one(390, 393, 430, 820)), "height": G(one(844, 852, 932, 1180))},
        "timezone": G(one(*TIMEZONES)),
        "instanceId": G(uuid),
        "traits": ctx_traits(),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(one("Movana")),
            "version": G(one("4.12.0", "4.13.1")),
            "namespace": G(one("io.movana.android")),
            "build": G(one("412000", "413010")),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(one("samsung", "Xiaomi", "Google", "OPPO", "vivo")),
            "model": G(one("SM-A546E", "Redmi Note 12", "Pixel 8", "CPH2481", "V2250")),
            "name": G(one("a54x", "tapas", "shiba", "OP5958L1")),
            "type": G(one("android")),
            "adTrackingEnabled": G(bool_),
            "advertisingId": Opt(Y(uuid, "advertising id"), 0.4),
        },
        "library": {"name": G(one("analytics-kotlin")), "version": G(one("1.15.0", "1.16.3"))},
        "locale": G(one(*LOCALES)),
        "network": {"wifi": G(bool_), "cellular": G(bool_), "bluetooth": G(one(False))},
        "os": {"name": G(one("Android")), "version": G(one("14", "13", "12"))},
        "screen": {
            "density": G(one(2.625, 2.75, 3.0)),
            "height": G(one(2340, 2400, 2316)),
            "width": G(one(1080, 1080, 1084)),
        },
        "timezone": G(one(*TIMEZONES)),
        "userAgent": G(
            one(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
            )
        ),
        "instanceId": G(uuid),
        "traits": ctx_traits(),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            0.3,
        ),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(one("Movana Employer")),
            "version": G(one("2.3.0", "2.4.1")),
            "build": G(one("230", "241")),
            "namespace": G(one("io.movana.employer")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(one("Apple", "samsung", "Google")),
            "model": G(one("iPhone14,5", "SM-S918B", "Pixel 7")),
            "name": G(one("iPhone", "dm3q", "panther")),
            "type": G(one("ios", "android")),
        },
        "library": {"name": G(one("@segment/analytics-react-native")), "version": G(one("2.19.2", "2.20.0"))},
        "locale": G(one(*LOCALES)),
        "network": {"cellular": G(bool_), "wifi": G(bool_)},
        "os": {"name": G(one("iOS", "Android")), "version": G(one("17.4", "14"))},
        "screen": {"height": G(one(844, 915)), "width": G(one(390, 412))},
        "timezone": G(one(*TIMEZONES)),
        "instanceId": G(uuid),
        "traits": ctx_traits(),
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(one("Movana Move")),
            "version": G(one("1.8.0", "1.9.2")),
            "build": G(one("80", "92")),
            "namespace": G(one("io.movana.move")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(one("Apple", "samsung", "HUAWEI")),
            "model": G(one("iPhone15,3", "SM-G991B", "ELS-NX9")),
            "name": G(one("iPhone", "o1s", "ELS")),
            "type": G(one("ios", "android")),
        },
        "library": {"name": G(one("analytics_flutter")), "version": G(one("1.1.5", "1.1.7"))},
        "locale": G(one(*LOCALES)),
        "os": {"name": G(one("iOS", "Android")), "version": G(one("17.5", "13"))},
        "screen": {"height": G(one(932, 2400)), "width": G(one(430, 1080))},
        "timezone": G(one(*TIMEZONES)),
        "network": {"wifi": G(bool_)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.4.0", "2.4.2"]),
}


def server_ctx(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(one(name)), "version": G(one(*versions))}}
    if lib in ("node", "python", "ruby", "php"):
        ctx["ip"] = Opt(Y(lambda f: f.ipany(), "ip"), 0.4)
        ctx["userAgent"] = Opt(G(one(*UAS)), 0.3)
    if lib in ("node", "java", "go"):
        ctx["traits"] = Opt({"email": Y(p_email, "email"), "firstName": Opt(Y(p_given, "name"), 0.6)}, 0.3)
    if lib == "python":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(p_email, "email", True),
                    "type": G(one("email")),
                    "collection": G(one("users")),
                    "encoding": G(one("none")),
                },
                1,
            ),
            0.3,
        )
    if lib in ("java", "dotnet"):
        ctx["groupId"] = Opt(G(lambda f: "org_" + f.digits(6)), 0.4)
    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
MOBILE = ["swift", "kotlin"]


# -- events ---------------------------------------------------------------------------------------


def my_route(f):
    return f.pick(ROUTES[f.dest.iso])


def product():
    return {
        "product_id": G(lambda f: f.pick(PACKAGES)[0]),
        "sku": G(lambda f: f.pick(PACKAGES)[0] + "-" + f.pick(["STD", "PRI"])),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "category": G(one("Visa applications", "Document services", "Relocation")),
        "price": G(money(150, 4500)),
        "quantity": G(ints(1, 3)),
        "url": G(lambda f: f"{SITE}/services/{f.pick(PACKAGES)[0].lower()}"),
    }


def pax_type(f):
    f.pax = f.pick(["ADT", "ADT", "CHD", "INF"])
    return f.pax


def free_text(*items):
    return one(*items)


def note_with_name(f):
    first, full = f.p.given, f.p.full
    return f.pick(
        [
            f"Called {first} to confirm the biometrics slot; left a voicemail.",
            f"{full} sent updated bank statements (3 months), all pages present.",
            f"Spoke with {full} about the CoS start date, employer to reissue.",
            f"Reminder for {first}: police certificate still outstanding.",
            f"{first} asked whether the dependants can travel before the BRP is collected.",
            f"Checked {full}'s TB certificate, valid until next March.",
        ]
    )


def push_body(f):
    first = f.p.given
    return f.pick(
        [
            f"Hi {first}, your biometrics appointment is tomorrow at "
            f"{f.r.randint(8, 16)}:{f.pick(['00', '30'])}.",
            f"{first}, 2 documents are still missing from your checklist.",
            f"Good news {first}! Your case worker has reviewed your documents.",
            f"{first}, your temporary housing check-in is in 3 days.",
        ]
    )


def courier_note(f):
    phone, first = f.dest_phone(), f.p.given
    return f.pick(
        [
            f"Call {first} on {phone} 30 min before arrival",
            f"Ring {phone} from the lobby, no lift after 6pm",
            f"Contact {phone} if nobody answers the door",
        ]
    )


def callback_text(f):
    return f.pick(
        [
            f"Please call me back on {f.p.phone}",
            f"You can reach me at {f.p.phone} after 5pm",
            f"WhatsApp is best: {f.p.phone}",
            f"My number changed, new one is {f.p.phone}",
        ]
    )


EVENTS: list[tuple] = [
    # ---- marketing site and leads --------------------------------------------------------------
    (
        "page",
        "Visa Guide",
        ["web"],
        {
            "path": G(lambda f: f.pick(PAGES[1:4])[0]),
            "title": G(lambda f: f.pick(PAGES[1:4])[1]),
            "url": G(lambda f: SITE + f.pick(PAGES[1:4])[0]),
            "category": G(one("visa_guides")),
            "visa_category": G(one("Skilled Worker", "Express Entry", "Subclass 482", "Student", "Partner")),
            "destination_country": G(one("GB", "CA", "AU")),
            "article_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Eligibility Check Completed",
        ["web"],
        {
            "destination_country": G(dest_iso),
            "nationality": Y(p_nat, "citizenship"),
            "country_of_residence": G(p_iso),
            "age_band": G(one("18-24", "25-29", "30-34", "35-39", "40-44", "45+")),
            "occupation": G(one(*JOBS)),
            "has_job_offer": G(bool_),
            "marital_status": G(one("single", "married", "common_law", "divorced")),
            "crs_score": G(ints(310, 540)),
            "recommended_package": G(lambda f: f.pick(PACKAGES)[1]),
            "current_visa": RED(
                lambda f: f.pick(["none", "Visitor", "Student", "Graduate", "Working Holiday", "PGWP"]),
                "visa",
            ),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            "form_id": G(one("lead_hero", "lead_pricing", "lead_guide_footer")),
            "first_name": Y(p_given, "name"),
            "last_name": Y(p_family, "name"),
            "email": Y(p_email, "email"),
            "phone": Y(p_phone, "phone"),
            "country_of_residence": G(p_iso),
            "nationality": Y(p_nat, "citizenship"),
            "destination_country": G(dest_iso),
            "preferred_contact_method": G(one("email", "phone", "whatsapp")),
            "whatsapp_opt_in": G(bool_),
            "consent_marketing": G(bool_),
            "message": G(
                free_text(
                    "I need help with a spouse visa for my husband.",
                    "My employer is sponsoring me, what are the next steps?",
                    "How long does Express Entry take at the moment?",
                    "Can my children join me later on a dependant visa?",
                    "Looking for help with the whole move, visa and housing.",
                )
            ),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.5),
            "fbp": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"), 0.5),
            "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"), 0.3),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email": Y(p_email, "email"),
            "list": G(one("uk_visa_updates", "canada_ee_draws", "australia_skilled")),
            "source": G(one("footer", "exit_intent", "guide_inline")),
        },
    ),
    (
        "track",
        "Consultation Booked",
        ["node"],
        {
            "event_type_name": G(
                one(
                    "30-min Canada PR consultation",
                    "UK visa strategy call",
                    "Australia skilled visa assessment",
                )
            ),
            "invitee": {
                "name": Y(p_full, "name"),
                "email": Y(p_email, "email"),
                "timezone": G(lambda f: f.p.region.tz),
                "text_reminder_number": Opt(Y(p_phone, "phone"), 0.6),
                "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
            },
            "questions_and_answers": Seq(
                [
                    {"question": G(one("Which country are you moving to?")), "answer": G(dest_country)},
                    {"question": G(one("Which visa are you considering?")), "answer": G(my_route)},
                ]
            ),
            "scheduled_event": {
                "start_time": G(lambda f: f.iso25()),
                "location": {
                    "type": G(one("zoom", "google_conference")),
                    "join_url": G(lambda f: "https://us02web.zoom.us/j/" + f.digits(11)),
                },
                "event_memberships": Many(
                    {"user_name": Y(staff_full, "name"), "user_email": Y(staff_email, "email")}, 1
                ),
            },
        },
    ),
    # ---- accounts ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(p_email, "email"),
            "firstName": Y(p_given, "name"),
            "lastName": Y(p_family, "name"),
            "phone": Y(p_phone, "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "nationality": Y(p_nat, "citizenship"),
            "address": {
                "street": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(p_iso),
            },
            "destinationCountry": G(dest_iso),
            "preferredLanguage": G(one("en", "fr", "hi", "pt", "es", "zh", "ar")),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(one("free", "essentials", "full_service")),
            "casesOpen": G(ints(0, 3)),
            "emailVerified": G(bool_),
            "phoneVerified": G(bool_),
            "marketingConsent": G(bool_),
            "avatar": Opt(Y(lambda f: f"https://cdn.movana.io/avatars/{f.hexid(16)}.jpg", "photo"), 0.4),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "email": Y(p_email, "email"),
            "first_name": Y(p_given, "name"),
            "last_name": Y(p_family, "name"),
            "phone_number": Y(p_phone, "phone"),
            "date_of_birth": Y(lambda f: f.dob(style="dmy"), "birthdate"),
            "gender": Y(one("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "country_of_residence": G(p_iso),
            "customer_number": G(lambda f: "MOV" + f.digits(6)),
            "created_at": G(lambda f: f.epoch_ms()),
            "lifetime_value": G(money(0, 9000)),
            "sms_opt_in": G(bool_),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(p_email, "email"),
            "FIRST_NAME": Y(p_given, "name"),
            "LAST_NAME": Y(p_family, "name"),
            "PHONE_NUMBER": Y(p_phone, "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "NATIONALITY": Y(p_nat, "citizenship"),
            "COUNTRY_OF_RESIDENCE": G(p_iso),
            "LIFETIME_VALUE": G(money(0, 12000)),
            "CASES_OPEN": G(ints(0, 3)),
            "LAST_APPLICATION_DATE": G(lambda f: f.date_between(2023, 2025)),
            "VISA_EXPIRY_DATE": RED(lambda f: f.date_between(2025, 2030), "visa"),
            "IS_VIP": G(bool_),
            "ACCOUNT_MANAGER_EMAIL": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(one("email", "google", "apple")),
            "email": Y(p_email, "email"),
            "referral_code": G(lambda f: f.pick(["", "WISE25", "FRIEND10"])),
            "password_strength": G(one("weak", "fair", "strong")),
            "terms_version": G(one("2024-03", "2024-09")),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(p_email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "requested_ip": Y(lambda f: f.ipany(), "ip"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": G(one("sms", "whatsapp")),
            "to": Y(p_phone, "phone", True),
            "otp_code": RED(lambda f: f.digits(6), "token|secret"),
            "provider": G(one("twilio", "messagebird")),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    ("alias", None, MOBILE, {}),
    (
        "group",
        None,
        ["dotnet"],
        {
            "Name": G(lambda f: f.pick(EMPLOYERS)),
            "Industry": G(one("Healthcare", "Software", "Food manufacturing", "Consulting")),
            "SponsorLicenceNumber": G(lambda f: f.pick(["", "OAA"]) + f.digits(7) + f.pick(["", "ZX"])),
            "SponsorRating": G(one("A-rated", "B-rated")),
            "SwitchboardPhone": G(lambda f: HQ[f.dest.iso][3]),
            "Address": {
                "Line1": G(lambda f: HQ[f.dest.iso][0]),
                "City": G(lambda f: HQ[f.dest.iso][1]),
                "Postcode": G(lambda f: HQ[f.dest.iso][2]),
                "Country": G(dest_iso),
            },
            "AuthorisingOfficer": {
                "Name": Y(staff_full, "name"),
                "Email": Y(staff_email, "email"),
                "Phone": Y(lambda f: f.dest_phone(), "phone"),
            },
        },
    ),
    # ---- application ---------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        ["web", "swift", "kotlin"],
        {
            "application_id": G(app_id),
            "visa_type": RED(my_route, "visa"),
            "destination_country": G(dest_iso),
            "applicant_role": G(one("main", "main", "dependant")),
            "dependants_count": G(ints(0, 4)),
            "sponsor_type": G(one("employer", "spouse", "parent", "none")),
            "package": G(lambda f: f.pick(PACKAGES)[1]),
            "price": G(money(300, 4500)),
            "currency": G(cur),
        },
    ),
    (
        "track",
        "Personal Details Saved",
        ["web"],
        {
            "application_id": G(app_id),
            "given_names": Y(p_given, "name"),
            "family_name": Y(p_family, "name"),
            "other_names": Y(lambda f: f.pick([None, "", f.p.region.family[0]]), "name"),
            "name_in_native_script": Opt(Y(lambda f: f.p.native or f.p.full, "name"), 0.5),
            "sex": Y(lambda f: f.p.sex, "sex"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "place_of_birth": Y(lambda f: f.p.city, "city"),
            "country_of_birth": G(p_iso),
            "nationality": Y(p_nat, "citizenship"),
            "other_nationalities": Many(
                Y(one("British", "Irish", "Portuguese", "Canadian", "none"), "citizenship"), 1
            ),
            "marital_status": G(one("single", "married", "civil_partnership", "divorced", "widowed")),
            "passport_number": RED(lambda f: f.p.passport, "passport"),
            "passport_issue_date": G(lambda f: f.date_between(2016, 2024)),
            "passport_expiry_date": G(lambda f: f.date_between(2026, 2034)),
            "passport_issuing_country": G(p_iso),
            "national_id_number": RED(lambda f: f.nid(), "national id"),
            "has_uk_nino": G(bool_),
            "military_service": RED(bool_, "veteran"),
            "criminal_convictions_declared": Y(bool_, "criminal record"),
            "name_change_reason": G(one(None, "marriage", "deed_poll")),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        ["web", "swift", "kotlin"],
        {
            "email": Y(p_email, "email"),
            "mobile": Y(p_phone, "phone"),
            "alt_phone": Opt(Y(other_phone, "phone"), 0.5),
            "preferred_contact": G(one("email", "sms", "phone")),
            "home_address": {
                "line1": Y(lambda f: f.p.street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["", f"Block {f.r.randint(1, 9)}", f"Apt {f.r.randint(1, 40)}"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.p.city, "city"),
                "region": G(one("Maharashtra", "Lagos State", "Metro Manila", "Punjab", "Ontario", "")),
                "postcode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(p_iso),
            },
            "correspondence_same_as_home": G(bool_),
            "address_verified": G(bool_),
        },
    ),
    (
        "track",
        "Travel History Added",
        ["web"],
        {
            "application_id": G(app_id),
            "trips": Many(
                {
                    "country": G(one("US", "AE", "FR", "TH", "SG", "GB", "CA", "DE")),
                    "entry_date": G(lambda f: f.date_between(2015, 2024)),
                    "exit_date": G(lambda f: f.date_between(2015, 2024)),
                    "purpose": G(one("tourism", "business", "family visit", "study")),
                },
                4,
            ),
            "total_trips": G(ints(0, 30)),
            "previous_visa_refusal": RED(bool_, "visa"),
            "overstayed_before": RED(bool_, "visa"),
        },
    ),
    (
        "track",
        "Employment Details Saved",
        ["web"],
        {
            "application_id": G(app_id),
            "employer_name": G(one(*EMPLOYERS)),
            "job_title": G(one(*JOBS)),
            "soc_code": G(one("2231", "2134", "2425", "6135", "5434")),
            "annual_salary": Y(lambda f: f.r.randint(26000, 120000), "salary"),
            "salary_threshold": G(one(38700, 29000, 23200, 73150)),
            "meets_threshold": G(bool_),
            "start_date": G(lambda f: f.date_between(2024, 2025)),
            "cos_number": If(gb, RED(lambda f: f.cos(), "visa")),
            "employer_phone": G(
                one("+44 20 7946 0000", "+44 161 496 0000", "+1 416-555-0100", "+61 2 9374 4000")
            ),
            "line_manager_name": Y(staff_full, "name"),
            "line_manager_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web", "swift", "kotlin"],
        {
            "application_id": G(app_id),
            "dependant_index": G(ints(1, 4)),
            "dependants_total": G(ints(1, 4)),
            "dependant": {
                "first_name": Y(lambda f: f.person(f.p.region, child=True).given, "name"),
                "last_name": Y(p_family, "name"),
                "relationship": G(one("spouse", "child", "child", "partner")),
                "date_of_birth": Y(lambda f: f.dob(f.person(child=True)), "birthdate"),
                "nationality": Y(p_nat, "citizenship"),
                "passport_number": RED(lambda f: f.p.region.passport(f), "passport"),
                "lives_with_applicant": G(bool_),
            },
        },
    ),
    (
        "track",
        "Sponsor Details Added",
        ["web"],
        {
            "application_id": G(app_id),
            "sponsor_type": G(one("spouse", "partner", "parent")),
            "sponsor": {
                "full_name": Y(other_full, "name"),
                "relationship": G(one("husband", "wife", "partner", "father", "mother")),
                "nationality": Y(one("British", "Canadian", "Australian", "Irish", "Indian"), "citizenship"),
                "immigration_status": RED(
                    one("citizen", "ILR", "EUSS settled", "Permanent Resident", "Refugee"), "visa"
                ),
                "email": Y(other_email, "email"),
                "phone": Y(lambda f: f.dest_phone(), "phone"),
                "annual_income": Y(lambda f: f.r.randint(22000, 95000), "salary"),
                "employer": G(one(*EMPLOYERS)),
                "date_of_birth": Y(lambda f: f.dob(f.person()), "birthdate"),
            },
            "marriage_date": G(lambda f: f.date_between(2010, 2024)),
            "minimum_income_met": G(bool_),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["java"],
        {
            "application_id": G(app_id),
            "visa_type": RED(my_route, "visa"),
            "destination_country": G(dest_iso),
            "submitted_at": G(lambda f: f.iso()),
            "gwf_reference": If(gb, RED(lambda f: f.gwf(), "visa")),
            "ircc_application_number": If(ca, RED(lambda f: f.ircc_app(), "visa")),
            "immi_trn": If(au, RED(lambda f: f.trn(), "visa")),
            "uci": If(ca, RED(lambda f: f.uci(), "national id")),
            "fee_paid": G(money(300, 4500)),
            "ihs_paid": G(bool_),
            "dependants_count": G(ints(0, 4)),
        },
    ),
    (
        "track",
        "Visa Decision Received",
        ["java"],
        {
            "application_id": G(app_id),
            "decision": RED(one("granted", "granted", "refused", "withdrawn"), "visa"),
            "decision_date": G(lambda f: f.date_between(2024, 2025)),
            "processing_days": G(ints(12, 240)),
            "grant_number": Opt(RED(lambda f: f.digits(13), "visa"), 0.5),
            "visa_expiry": RED(lambda f: f.date_between(2026, 2030), "visa"),
            "conditions": Many(
                RED(
                    one(
                        "no recourse to public funds",
                        "work limited to 20 hours per week",
                        "8107",
                        "8501",
                        "must not change employer",
                    ),
                    "visa",
                ),
                2,
            ),
        },
    ),
    # ---- documents -----------------------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["web", "swift", "kotlin", "flutter"],
        {
            "document_id": G(uuid),
            "application_id": G(app_id),
            "document_type": G(one(*DOC_TYPES)),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_{f.r.randint(1000, 9999)}.HEIC",
                        f"scan{f.r.randint(1, 40):04d}.pdf",
                        "document.pdf",
                        f"Screenshot {f.date_between(2024, 2025)} at 10.{f.r.randint(10, 59)}.png",
                        f"WhatsApp Image {f.date_between(2024, 2025)}.jpeg",
                    ]
                )
            ),
            "size_bytes": G(ints(80_000, 9_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "for_person": G(one("main_applicant", "dependant_1", "dependant_2", "sponsor")),
        },
    ),
    (
        "track",
        "Passport Scanned",
        MOBILE,
        {
            "document_number": RED(lambda f: f.p.passport, "passport"),
            "surname": Y(p_family, "name"),
            "given_names": Y(p_given, "name"),
            "nationality": Y(lambda f: f.p.region.iso3 if f.p.region.iso != "HK" else "GBN", "citizenship"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "sex": Y(lambda f: f.p.sex, "sex"),
            "issuing_country": G(lambda f: f.p.region.iso3),
            "expiry_date": G(lambda f: f.date_between(2026, 2034)),
            "mrz_line_1": Y(lambda f: f.mrz(f.p)[0], "name", True),
            "mrz_line_2": RED(lambda f: f.mrz(f.p)[1], "passport", True),
            "chip_read": G(bool_),
            "checksum_valid": G(one(True, True, True, False)),
        },
    ),
    (
        "track",
        "Certificate Details Entered",
        ["web"],
        {
            "application_id": G(app_id),
            "certificate_type": G(one("birth", "marriage", "police")),
            "birth_certificate_number": Opt(Y(lambda f: f.cert_no("birth"), "certificate"), 0.6),
            "marriage_certificate_number": Opt(Y(lambda f: f.cert_no("marriage"), "certificate"), 0.5),
            "police_certificate_number": Opt(Y(lambda f: f.cert_no("police"), "certificate"), 0.4),
            "issuing_authority": G(
                one(
                    "General Register Office",
                    "Municipal Corporation of Greater Mumbai",
                    "National Population Commission",
                    "PSA",
                    "ACRO Criminal Records Office",
                )
            ),
            "mother_maiden_name": Y(lambda f: f.person(f.p.region).family, "name"),
            "father_full_name": Y(lambda f: f.person(f.p.region).given.split()[0] + " " + f.p.family, "name"),
            "spouse_full_name": Opt(Y(other_full, "name"), 0.5),
        },
    ),
    (
        "track",
        "Document Rejected",
        ["python"],
        {
            "document_id": G(uuid),
            "document_type": G(one(*DOC_TYPES)),
            "reason": G(one("blurry", "expired", "name_mismatch", "missing_pages", "not_certified")),
            "reviewer_id": G(lambda f: "stf_" + f.digits(4)),
            "reviewer_name": Y(staff_full, "name"),
            "comment": G(
                free_text(
                    "Please re-upload page 2 of the bank statement.",
                    "The translation must be certified.",
                    "Scan is cut off at the bottom edge.",
                    "Statement older than 31 days, please upload a newer one.",
                )
            ),
        },
    ),
    (
        "track",
        "Language Test Result Added",
        ["web", "swift"],
        {
            "test_type": G(one("IELTS General", "IELTS Academic", "CELPIP", "PTE Academic", "TEF Canada")),
            "overall_band": G(one(6.0, 6.5, 7.0, 7.5, 8.0)),
            "trf_number": Y(lambda f: f.trf(f.p), "certificate|identification"),
            "candidate_number": G(lambda f: f.digits(6)),
            "test_date": G(lambda f: f.date_between(2023, 2025)),
        },
    ),
    # ---- biometrics ----------------------------------------------------------------------------
    (
        "track",
        "Biometrics Appointment Booked",
        ["web", "node"],
        {
            "appointment_id": G(lambda f: "APT-" + f.hexid(8).upper()),
            "provider": G(one("VFS Global", "TLScontact", "UKVCAS (Sopra Steria)", "Service Canada")),
            "centre_name": G(lambda f: f.pick(CENTRES[f.dest.iso])),
            "centre_address": G(
                one(
                    "Sutherland House, 29-37 Brighton Road, Croydon CR0 6EQ",
                    "Baani The Address One, Golf Course Road, Gurugram",
                    "25 St Clair Ave E, Toronto ON M4T 1M2",
                    "Ikoyi Club Road, Lagos",
                )
            ),
            "centre_phone": G(one("+91 22 6786 6013", "+44 20 7084 5000", "1-800-622-6232")),
            "appointment_start": G(lambda f: f.iso25()),
            "currency": G(cur),
            "gwf_reference": If(gb, RED(lambda f: f.gwf(), "visa")),
            "accessibility_needs": RED(
                one(
                    "none", "none", "wheelchair access", "hearing loop", "step-free access", "seated waiting"
                ),
                "disability",
            ),
        },
    ),
    (
        "track",
        "Biometrics Completed",
        ["java"],
        {
            "appointment_id": G(lambda f: "APT-" + f.hexid(8).upper()),
            "fingerprints_captured": G(bool_),
            "exempt": G(bool_),
            "officer_id": G(lambda f: f.digits(5)),
            "officer_name": Y(staff_full, "name"),
        },
    ),
    (
        "screen",
        "Appointment Details",
        ["swift", "kotlin", "flutter"],
        {
            "name": G(one("Appointment Details")),
            "appointment_id": G(lambda f: "APT-" + f.hexid(8).upper()),
            "centre_name": G(lambda f: f.pick(CENTRES[f.dest.iso])),
            "map_opened": G(bool_),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["php"],
        {
            "to": Y(p_phone, "phone", True),
            "template": G(one("biometrics_reminder_24h", "medical_reminder_48h")),
            "message": G(
                free_text(
                    "Reminder: your biometrics appointment is tomorrow. Bring your passport and "
                    "appointment letter.",
                    "Your medical exam is in 2 days. Please bring your passport and glasses if you "
                    "wear them.",
                )
            ),
            "provider": G(one("twilio", "vonage")),
            "status": G(one("queued", "sent", "delivered")),
            "price": G(one(-0.0079, -0.0415, -0.0532)),
        },
    ),
    # ---- health --------------------------------------------------------------------------------
    (
        "track",
        "Medical Exam Booked",
        ["php"],
        {
            "panel_physician": G(one(*CLINICS)),
            "clinic_phone": G(
                one("+91 22 4000 1234", "+234 1 277 0000", "+63 2 8555 1234", "+92 51 111 222 333")
            ),
            "clinic_city": G(one("Mumbai", "Lagos", "Manila", "Islamabad", "Nairobi", "Beijing")),
            "exam_date": G(lambda f: f.date_between(2024, 2025)),
            "hap_id": If(au, RED(lambda f: f.digits(8), "health id")),
            "tb_test_required": G(bool_),
            "pregnant": Y(bool_, "condition"),
            "existing_conditions": Many(
                Y(
                    one("none", "hepatitis B", "type 2 diabetes", "hypertension", "asthma", "HIV"),
                    "condition",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "TB Test Result Received",
        ["php"],
        {
            "tb_result": Y(
                one("clear", "clear", "clear", "active TB suspected", "inconclusive"), "diagnosis"
            ),
            "certificate_number": Y(lambda f: "TB" + f.digits(8), "certificate"),
            "certificate_valid_until": G(lambda f: f.date_between(2025, 2026)),
            "clinic_name": G(one(*CLINICS)),
        },
    ),
    (
        "track",
        "Health Cover Selected",
        ["flutter", "web"],
        {
            "provider": G(one("Bupa", "Allianz Care", "Medibank OSHC", "nib", "Manulife")),
            "policy_number": Y(lambda f: f.pick(["BUP", "ALC", "NIB"]) + f.digits(9), "identification"),
            "cover_level": G(one("basic", "standard", "comprehensive")),
            "monthly_premium": G(money(40, 380)),
            "currency": G(cur),
            "medicare_eligible": G(bool_),
            "medicare_number": If(au, RED(medicare, "health id")),
        },
    ),
    (
        "track",
        "GP Registration Started",
        ["flutter"],
        {
            "gp_practice_name": G(
                one("Kingsland Medical Centre", "The Limes Surgery", "Leith Walk Practice")
            ),
            "gp_practice_postcode": G(one("E8 2PB", "M14 5NP", "EH6 8RG")),
            "patient_name": Y(p_full, "name"),
            "nhs_number": If(gb, RED(nhs_number, "health id")),
            "allergies": Many(Y(one("none", "penicillin", "peanuts", "latex", "sulfa drugs"), "allergy"), 2),
            "regular_medication": Many(
                Y(one("metformin", "salbutamol inhaler", "levothyroxine", "sertraline"), "medication"), 2
            ),
            "prescription_number": Opt(Y(lambda f: "RX" + f.digits(8), "medication"), 0.5),
            "interpreter_needed": G(bool_),
        },
    ),
    # ---- payments (e-commerce spec) ------------------------------------------------------------
    ("track", "Product Viewed", ["web"], {**product(), "currency": G(cur), "value": G(money(150, 4500))}),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(uuid),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "step": G(one(2, 3)),
            "payment_method": G(one("card", "apple_pay", "google_pay", "bank_transfer")),
            "card_brand": G(one("visa", "mastercard", "amex", "rupay")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(ints(1, 12)),
            "card_exp_year": G(ints(2025, 2031)),
            "card_bin": G(one("411111", "552433", "453201", "607384", "374245")),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "billing_name": Y(p_full, "name"),
            "billing_address": {
                "line1": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.postcode or f.dest.postcode(f), "zipcode"),
                "country": G(p_iso),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(uuid),
            "total": G(money(150, 6000)),
            "tax": G(money(0, 900)),
            "currency": G(cur),
            "coupon": G(one("", "WISE25")),
            "payment_intent_id": G(lambda f: f.stripe_id("pi")),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "customer_email": Y(p_email, "email"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Government Fee Paid",
        ["node"],
        {
            "amount": G(money(100, 5000)),
            "currency": G(cur),
            "fee_type": G(
                one(
                    "visa_application_fee",
                    "immigration_health_surcharge",
                    "biometrics_fee",
                    "right_of_permanent_residence_fee",
                )
            ),
            "paid_on_behalf": G(bool_),
            "card": {
                "brand": G(one("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(ints(1, 12)),
                "exp_year": G(ints(2025, 2031)),
            },
            "receipt_email": Y(p_email, "email"),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "decline_code": G(one("insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc")),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(p_full, "name"),
            "amount": G(money(100, 5000)),
            "retry_count": G(ints(0, 3)),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["python"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "refund_amount": G(money(20, 3000)),
            "reason": G(one("visa_refused_guarantee", "duplicate", "service_cancelled")),
            "refund_iban": RED(lambda f: iban(f), "bank account"),
            "account_holder_name": Y(p_full, "name"),
            "bic": G(one("HABBPKKA", "BARCGB22", "COBADEFFXXX", "ITAUBRSP", "TGBATRIS")),
        },
    ),
    # ---- case management (C#, PascalCase) ------------------------------------------------------
    (
        "track",
        "Case Opened",
        ["dotnet"],
        {
            "CaseId": G(uuid),
            "CaseNumber": G(case_id),
            "VisaSubclass": RED(one("482", "189", "190", "500", "820", "485"), "visa"),
            "ApplicantFullName": Y(p_full, "name"),
            "ApplicantEmail": Y(p_email, "email"),
            "ApplicantMobile": Y(p_phone, "phone"),
            "CaseWorkerId": G(lambda f: f.r.randint(100, 999)),
            "CaseWorkerName": Y(staff_full, "name"),
            "CaseWorkerEmail": Y(staff_email, "email"),
            "LawFirm": G(
                one("Southern Cross Visas Pty Ltd", "BorderWise Solicitors LLP", "Northstar Immigration Law")
            ),
            "LawFirmPhone": G(one("+61 2 8004 1200", "+44 20 3884 1200", "+1 416-848-7000")),
            "OpenedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Case Note Added",
        ["dotnet"],
        {
            "CaseId": G(uuid),
            "AuthorName": Y(staff_full, "name"),
            "NoteType": G(one("Call", "Email", "Internal", "Document")),
            "Subject": G(one("Document follow-up", "Client call", "CoS query", "Biometrics")),
            "Body": Y(note_with_name, "name", True),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Case Status Changed",
        ["dotnet"],
        {
            "CaseId": G(uuid),
            "PreviousStatus": G(one("AwaitingDocuments", "InReview", "Submitted")),
            "NewStatus": G(one("InReview", "Submitted", "DecisionReceived", "Closed")),
            "Decision": RED(one(None, "Granted", "Refused"), "visa"),
            "ChangedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lawyer Assigned",
        ["python"],
        {
            "case_id": G(case_id),
            "lawyer": {
                "id": G(lambda f: "law_" + f.digits(4)),
                "name": Y(staff_full, "name"),
                "email": Y(staff_email, "email"),
                "jurisdiction": G(one("England & Wales", "Ontario", "New South Wales")),
                "languages": Many(G(one("English", "Hindi", "French", "Punjabi", "Tagalog", "Mandarin")), 3),
            },
            "assignment_reason": G(one("language_match", "complexity", "round_robin")),
        },
    ),
    (
        "track",
        "Applicant Searched",
        ["web"],
        {
            "term": Y(
                lambda f: f.pick([f.p.full, f.p.family + ", " + f.p.given, f.p.full.lower()]), "name", True
            ),
            "filter_status": G(one("all", "open", "awaiting_documents")),
            "results": G(ints(0, 12)),
            "tool": G(one("case_admin")),
        },
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    one(
                        "Question about my BRP",
                        "Payment not showing",
                        "Change appointment",
                        "Upload keeps failing",
                    )
                ),
                "description": G(
                    free_text(
                        "The upload button spins forever on my phone.",
                        "I paid yesterday but the dashboard still says unpaid.",
                        "Can I move my appointment to next week?",
                        "Which documents do I need for my daughter?",
                    )
                ),
                "requester": {
                    "name": Y(p_full, "name"),
                    "email": Y(p_email, "email"),
                    "phone": Opt(Y(p_phone, "phone"), 0.4),
                },
                "organization_name": G(one(None, *EMPLOYERS[:4])),
            },
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "kotlin"],
        {
            "topic": G(one("billing", "application", "relocation")),
            "text": Y(callback_text, "phone", True),
            "preferred_time": G(one("morning", "afternoon", "evening")),
        },
    ),
    # ---- vendor webhooks -----------------------------------------------------------------------
    (
        "track",
        "Inbound Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.e164(f.p), "phone", True),
            "To": G(one("+442038841200", "+14168487000", "+61280041200")),
            "FromCity": Y(lambda f: f.p.city, "city"),
            "FromCountry": G(p_iso),
            "CallDuration": G(ints(0, 1800)),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "contacts": Many(
                {
                    "wa_id": Y(lambda f: f.e164(f.p)[1:], "phone", True),
                    "profile": {"name": Y(p_full, "name")},
                },
                1,
            ),
            "from": Y(lambda f: f.e164(f.p)[1:], "phone", True),
            "id": G(lambda f: "wamid.HBgM" + f.hexid(24).upper()),
            "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
            "type": G(one("text")),
            "text": {
                "body": G(
                    free_text(
                        "Hi, I have uploaded my documents",
                        "When is my appointment?",
                        "Thank you!",
                        "Is my visa approved yet?",
                        "Can I pay in instalments?",
                    )
                )
            },
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java"],
        {
            "envelopeId": G(uuid),
            "status": G(one("completed")),
            "emailSubject": G(
                one(
                    "Please sign: Client Care Letter",
                    "Please sign: Letter of Authority",
                    "Please sign: Relocation Agreement",
                )
            ),
            "signers": Many(
                {
                    "name": Y(p_full, "name"),
                    "email": Y(p_email, "email"),
                    "signedDateTime": G(lambda f: f.iso()),
                    "ipAddress": Y(lambda f: f.ipany(), "ip"),
                },
                2,
            ),
            "documentsCombinedHash": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Typeform Submitted",
        ["node"],
        {
            "form_response": {
                "form_id": G(one("Xq7PzT", "mK2aLb")),
                "submitted_at": G(lambda f: f.iso()),
                "answers": Seq(
                    [
                        {
                            "type": G(one("text")),
                            "field": {"id": G(one("nm01")), "ref": G(one("full_name"))},
                            "text": Y(p_full, "name", True),
                        },
                        {
                            "type": G(one("email")),
                            "field": {"id": G(one("em02")), "ref": G(one("email"))},
                            "email": Y(p_email, "email"),
                        },
                        {
                            "type": G(one("phone_number")),
                            "field": {"id": G(one("ph03")), "ref": G(one("phone"))},
                            "phone_number": Y(lambda f: f.e164(f.p), "phone"),
                        },
                        {
                            "type": G(one("choice")),
                            "field": {"id": G(one("ds04")), "ref": G(one("destination"))},
                            "choice": {"label": G(dest_country)},
                        },
                        {
                            "type": G(one("date")),
                            "field": {"id": G(one("mv05")), "ref": G(one("move_date"))},
                            "date": G(lambda f: f.date_between(2025, 2026)),
                        },
                        {
                            "type": G(one("boolean")),
                            "field": {"id": G(one("pt07")), "ref": G(one("has_pets"))},
                            "boolean": G(bool_),
                        },
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Webflow Form Submitted",
        ["node"],
        {
            "form-name": G(one("Relocation enquiry", "Employer enquiry")),
            "submitted-at": G(lambda f: f.iso()),
            "data": {
                "full-name": Y(p_full, "name"),
                "email-address": Y(p_email, "email"),
                "phone-number": Y(p_phone, "phone"),
                "current-country": G(p_country),
                "visa-interest": G(
                    one("Student visa support", "Work visa support", "Family visa support", "Not sure yet")
                ),
                "move-date": G(one("Within 3 months", "3-6 months", "6-12 months")),
                "household-size": G(one("1", "2", "3-4", "5+")),
                "company-name": G(one("", *EMPLOYERS[:5])),
            },
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "email_id": G(lambda f: f.hexid(20)),
            "campaign": G(one("checklist_nudge", "appointment_confirm", "ee_draw_alert", "welcome_series_2")),
            "subject": G(
                one(
                    "Your checklist has 2 missing items",
                    "Appointment confirmed",
                    "New Express Entry draw results",
                    "Welcome to Movana",
                )
            ),
            "recipient": Y(p_email, "email", True),
            "opens_count": G(ints(0, 6)),
            "ip": Opt(Y(lambda f: f.ipany(), "ip"), 0.6),
            "user_agent": G(
                one(
                    "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com "
                    "GoogleImageProxy)",
                    *UAS[:2],
                )
            ),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "notification_id": G(uuid),
            "campaign_id": G(lambda f: f.digits(6)),
            "title": G(one("Appointment tomorrow", "Documents missing", "Good news", "Check-in soon")),
            "body": Y(push_body, "name", True),
            "action": G(one("open", "view_checklist", "dismiss")),
        },
    ),
    # ---- value under neutral keys --------------------------------------------------------------
    (
        "track",
        "Contact Field Validated",
        ["web"],
        {
            "form_id": G(one("signup", "profile", "application_contact")),
            "field": {"name": G(one("email", "confirm_email")), "value": Y(p_email, "email", True)},
            "valid": G(bool_),
            "duration_ms": G(ints(300, 12000)),
        },
    ),
    (
        "track",
        "Phone Number Looked Up",
        ["go"],
        {
            "input": Y(p_phone, "phone", True),
            "country_code": G(p_iso),
            "line_type": G(one("mobile", "landline", "voip")),
            "carrier_name": G(one("Jio", "MTN Nigeria", "Globe Telecom", "Jazz", "EE", "Rogers", "Telstra")),
            "valid": G(bool_),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "swift"],
        {
            "q": Y(lambda f: f.dest_address()[: f.r.randint(8, 14)], "address|street", True),
            "prediction": {
                "description": Y(
                    lambda f: f"{f.dest_address()}, {dest_city(f)} {f.dest.postcode(f)}, {f.dest.country}",
                    "address",
                    True,
                ),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "types": Many(G(one("street_address", "premise", "subpremise")), 2),
            },
            "session_token": G(uuid),
            "provider": G(one("google_places")),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        {
            "contact": {
                "label": Y(other_full, "name", True),
                "value": Y(lambda f: f.person(f.p.region).phone, "phone", True),
            },
            "relationship": G(one("parent", "sibling", "spouse", "friend")),
            "source": G(one("contact_picker", "manual")),
        },
    ),
    # ---- relocation ----------------------------------------------------------------------------
    (
        "track",
        "Temporary Housing Booked",
        ["python"],
        {
            "booking_id": G(lambda f: "BK" + f.digits(8)),
            "property_name": G(
                one(
                    "Cheval Three Quays",
                    "Sonder The Wilshire",
                    "Oakwood Premier Toronto",
                    "Quest Southbank",
                    "Staycity Aparthotels Manchester",
                )
            ),
            "property_address": G(
                one(
                    "40 Lower Thames St, London EC3R 6AG",
                    "1 Mill St, Toronto ON M5A 3R3",
                    "12 Riverside Quay, Southbank VIC 3006",
                )
            ),
            "total": G(money(900, 18000)),
            "currency": G(cur),
            "guest_name": Y(p_full, "name"),
            "guest_phone": Y(p_phone, "phone"),
            "special_requests": G(
                free_text(
                    "Late check-in", "Cot for baby", "High floor please", "", "Early check-in if possible"
                )
            ),
        },
    ),
    (
        "track",
        "School Search Performed",
        ["web"],
        {
            "city": G(dest_city),
            "postcode": G(lambda f: f.dest.postcode(f)),
            "child_age": G(ints(4, 17)),
            "year_group": G(one("Reception", "Year 3", "Year 7", "Grade 5", "Grade 9", "Year 10")),
            "school_type": G(one("state", "independent", "catholic_board", "public")),
            "faith_preference": Y(
                one("none", "none", "Catholic", "Church of England", "Muslim", "Jewish", "Sikh", "Hindu"),
                "religion",
            ),
            "results_count": G(ints(0, 40)),
        },
    ),
    (
        "track",
        "School Shortlisted",
        ["web"],
        {
            "school_id": G(lambda f: f.digits(6)),
            "school_name": G(one(*SCHOOLS)),
            "child_first_name": Y(lambda f: f.person(f.p.region, child=True).given, "name"),
            "child_date_of_birth": Y(lambda f: f.dob(f.person(child=True)), "birthdate"),
            "has_ehcp": RED(bool_, "disability"),
            "sen_support_needed": RED(bool_, "disability"),
        },
    ),
    (
        "track",
        "Shipping Quote Requested",
        ["web"],
        {
            "quote_id": G(lambda f: "Q-" + f.digits(6)),
            "origin": {
                "address": Y(lambda f: f.p.street, "address"),
                "city": Y(lambda f: f.p.city, "city"),
                "postcode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(p_iso),
            },
            "destination": {"city": G(dest_city), "country": G(dest_iso)},
            "move_date": G(lambda f: f.date_between(2025, 2026)),
            "vehicle_vin": Opt(
                Y(
                    lambda f: (
                        f.pick(["MA3", "WVW", "JTD", "9BW"])
                        + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
                    ),
                    "serial",
                ),
                0.4,
            ),
            "vehicle_plate": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            f"MH 02 {f.pick(UPPER)}{f.pick(UPPER)} {f.digits(4)}",
                            f"LND-{f.digits(3)}{f.pick(UPPER)}{f.pick(UPPER)}",
                            f"{f.pick(UPPER)}{f.pick(UPPER)}{f.digits(2)} "
                            f"{f.pick(UPPER)}{f.pick(UPPER)}{f.pick(UPPER)}",
                        ]
                    ),
                    "license",
                ),
                0.4,
            ),
        },
    ),
    (
        "track",
        "Shipment Booked",
        ["go"],
        {
            "shipment_id": G(uuid),
            "carrier": G(one("Crown Relocations", "Sirva", "Santa Fe Relocation", "Seven Seas Worldwide")),
            "insurance_policy_number": Y(lambda f: "MAR-" + f.digits(7), "identification"),
            "declared_value": G(money(2000, 60000)),
            "delivery_address": {
                "line1": Y(lambda f: f.dest_address(), "address|street"),
                "city": Y(dest_city, "city"),
                "postcode": Y(lambda f: f.dest.postcode(f), "zipcode"),
                "country": G(dest_iso),
            },
            "contact_name": Y(p_full, "name"),
            "contact_phone": Y(lambda f: f.dest_phone(), "phone"),
            "note": Y(courier_note, "phone", True),
        },
    ),
    (
        "track",
        "Pet Relocation Requested",
        ["web"],
        {
            "pets": Many(
                {
                    "name": G(one("Bruno", "Coco", "Simba", "Luna", "Mochi", "Tiger")),
                    "species": G(one("dog", "cat")),
                    "microchip_number": G(lambda f: "9" + f.digits(14)),
                },
                2,
            ),
            "owner_name": Y(p_full, "name"),
            "vet_clinic": G(one("Blue Cross Pet Hospital", "PetVet Lagos", "Manila Pet Clinic")),
        },
    ),
    (
        "track",
        "Flight Booked",
        ["python"],
        {
            "booking_ref": G(lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
            "origin": G(one("BOM", "DEL", "LOS", "MNL", "LHE", "GRU", "PEK", "NBO")),
            "destination": G(one("LHR", "MAN", "YYZ", "YVR", "SYD", "MEL")),
            "flight_number": G(lambda f: f.pick(["BA", "AC", "QF", "EK", "AI"]) + str(f.r.randint(1, 999))),
            "currency": G(cur),
            "passengers": Many(
                {
                    "first_name": Y(lambda f: f.person(f.p.region).given, "name"),
                    "last_name": Y(p_family, "name"),
                    "type": G(pax_type),
                    "date_of_birth": Y(lambda f: f.dob(f.person(child=f.pax != "ADT")), "birthdate"),
                    "passport_number": RED(lambda f: f.p.region.passport(f), "passport"),
                    "frequent_flyer_number": Opt(
                        G(lambda f: f.pick(["BA", "AC", "QF", "EK"]) + f.digits(8)), 0.4
                    ),
                    "meal_preference": Y(
                        one("none", "VGML", "HNML", "MOML", "KSML", "DBML", "AVML"), "religion|condition"
                    ),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Airport Pickup Scheduled",
        ["ruby"],
        {
            "flight_number": G(lambda f: f.pick(["BA", "AC", "QF", "EK", "AI"]) + str(f.r.randint(1, 999))),
            "arrival_time": G(lambda f: f.iso25()),
            "pickup_point": G(one("Heathrow T5 Arrivals", "Pearson T1 Door C", "Sydney T1 Meeting Point")),
            "passengers": G(ints(1, 6)),
            "driver": {
                "name": Y(staff_full, "name"),
                "phone": Y(lambda f: f.dest_phone(), "phone"),
                "vehicle_plate": Y(
                    lambda f: f.pick(
                        [
                            f"{f.pick(UPPER)}{f.pick(UPPER)}{f.digits(2)} "
                            f"{f.pick(UPPER)}{f.pick(UPPER)}{f.pick(UPPER)}",
                            f"CB{f.pick(UPPER)}{f.digits(3)}",
                            f"{f.pick(UPPER)}{f.pick(UPPER)}{f.pick(UPPER)}-{f.digits(3)}",
                        ]
                    ),
                    "license",
                ),
            },
        },
    ),
    (
        "track",
        "Bank Account Opening Started",
        ["kotlin", "swift"],
        {
            "partner": G(one("Monzo", "Wise", "RBC Newcomer", "CommBank Migrant Banking")),
            "account_type": G(one("current", "chequing", "everyday")),
            "proof_of_address_type": G(
                one("tenancy_agreement", "council_tax", "utility_bill", "bank_letter")
            ),
            "brp_number": If(gb, RED(lambda f: f.brp(), "visa|national id")),
        },
    ),
    (
        "track",
        "Payroll Details Submitted",
        ["java"],
        {
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "company_id": G(lambda f: "org_" + f.digits(6)),
            "ni_number": If(gb, RED(nino, "national id")),
            "sin": If(ca, RED(sin, "national id")),
            "tfn": If(au, RED(tfn, "national id")),
            "sort_code": If(
                gb, G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}")
            ),
            "bsb": If(au, G(lambda f: f"{f.r.randint(0, 999):03d}-{f.r.randint(0, 999):03d}")),
            "transit_number": If(ca, G(lambda f: f.digits(5))),
            "account_number": RED(lambda f: f.digits(f.pick([8, 9, 7])), "bank account"),
            "annual_salary": Y(lambda f: f.r.randint(28000, 140000), "salary"),
            "tax_code": G(one("1257L", "BR", "0T", "")),
        },
    ),
    (
        "track",
        "US Tax Filing Help Requested",
        ["ruby"],
        {
            "tax_year": G(one(2023, 2024)),
            "ssn": Opt(RED(lambda f: f.ssn(), "social security number"), 0.6),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "fbar_required": G(bool_),
        },
    ),
    (
        "track",
        "SIM Card Ordered",
        ["flutter"],
        {
            "plan": G(one("30GB 30 days", "unlimited", "prepaid 10GB")),
            "delivery_address_line1": Y(lambda f: f.dest_address(), "address|street"),
            "delivery_postcode": Y(lambda f: f.dest.postcode(f), "zipcode"),
            "assigned_number": Y(lambda f: f.dest_phone(), "phone"),
            "iccid": Y(iccid, "serial"),
        },
    ),
    (
        "track",
        "Right To Work Check Started",
        ["rn"],
        {
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "share_code": RED(lambda f: f.share_code(), "token|visa"),
            "date_of_birth": Y(lambda f: f.dob(style="dmy"), "birthdate"),
            "check_result": G(one("pass", "pass", "follow_up_required")),
            "checked_by": Y(staff_full, "name"),
        },
    ),
    (
        "track",
        "Employee Invited",
        ["rn", "web"],
        {
            "company_id": G(lambda f: "org_" + f.digits(6)),
            "invitee_email": Y(p_email, "email"),
            "invitee_name": Y(p_full, "name"),
            "role": G(one(*JOBS)),
            "start_date": G(lambda f: f.date_between(2025, 2026)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["web", "swift"],
        {
            "referrer_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "invitee_email": Y(other_email, "email"),
            "invitee_name": Y(other_full, "name"),
        },
    ),
    (
        "track",
        "Nearby Services Viewed",
        ["kotlin"],
        {
            "category": G(one("bank", "gp", "school", "supermarket", "place_of_worship")),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(ints(5, 80)),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web"],
        {
            "rating": G(ints(1, 5)),
            "title": G(one("Great service", "Slow but got there", "Highly recommend", "Visa approved!")),
            "review_text": G(
                free_text(
                    "Got my visa in 3 weeks, thank you team.",
                    "Communication could be better.",
                    "They made the move so much easier.",
                    "Documents checklist was very clear.",
                )
            ),
            "reviewer_display_name": Y(
                lambda f: f.pick([f.p.given + " " + f.p.family[0] + ".", f.p.full]), "name"
            ),
            "reviewer_country": G(p_iso),
        },
    ),
    (
        "screen",
        "Application Dashboard",
        ["swift", "kotlin", "flutter", "rn"],
        {"name": G(one("Application Dashboard")), "application_id": G(app_id)},
    ),
    # ---- Quebec flow: Canadian French keys -----------------------------------------------------
    (
        "track",
        "Profil Créé",
        ["web"],
        {
            "nom_de_famille": Y(p_family, "name"),
            "prénom": Y(p_given, "name"),
            "courriel": Y(p_email, "email"),
            "téléphone": Y(p_phone, "phone"),
            "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
            "pays_de_citoyenneté": Y(p_nat, "citizenship"),
            "numéro_de_passeport": RED(lambda f: f.p.passport, "passport"),
            "adresse_postale": Y(lambda f: f.p.street, "address"),
            "ville": Y(lambda f: f.p.city, "city"),
            "code_postal": Y(lambda f: f.p.postcode, "zipcode"),
            "état_civil": G(one("célibataire", "marié(e)", "conjoint(e) de fait", "divorcé(e)")),
            "nombre_enfants": G(ints(0, 4)),
            "niveau_de_français": G(one("NCLC 5", "NCLC 7", "NCLC 9", "débutant")),
            "consentement_courriel": G(bool_),
        },
    ),
    (
        "track",
        "Demande CSQ Soumise",
        ["web"],
        {
            "numéro_dossier": G(lambda f: "MIFI-" + f.digits(8)),
            "numéro_csq": RED(lambda f: f.pick(["QC", "Q"]) + f.digits(8), "visa"),
            "numéro_d_assurance_sociale": Opt(RED(sin, "national id"), 0.5),
            "programme": G(one("PRTQ", "PEQ", "Programme pilote préposés aux bénéficiaires")),
            "employeur": G(one("CGI Inc.", "Desjardins", "CHU de Québec")),
            "titre_du_poste": G(one("Infirmière", "Développeur logiciel", "Préposé aux bénéficiaires")),
            "salaire_annuel": Y(lambda f: f.r.randint(42000, 110000), "salary"),
            "date_de_soumission": G(lambda f: f.iso()),
        },
    ),
]

# Templates tied to one destination's flow.
FIXED_DEST = {
    "Case Opened": "AU",
    "Profil Créé": "CA",
    "Demande CSQ Soumise": "CA",
    "GP Registration Started": "GB",
}
SERVER = set(SERVER_LIBS)


def message(f: HFake, kind: str, name: str | None, client: str, body: dict, labels: dict, turn: int) -> dict:
    dest = FIXED_DEST.get(name or "")
    # destinations in turn (UK, Canada, Australia, UK, ...), so every country's fields recur
    f.dest = next(d for d in DESTS if d.iso == dest) if dest else DESTS[turn % 4 % 3]
    f.p = f.person()
    f.staff = f.staff_person()
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid()}
    if client not in SERVER:
        msg["anonymousId"] = f.uuid()
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
        msg["userId"] = "usr_" + f.digits(7)
    elif client not in SERVER and f.r.random() < 0.3:
        pass  # an anonymous visitor: no userId yet
    else:
        msg["userId"] = "usr_" + f.digits(7)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    section = "traits" if kind in ("identify", "group") else "properties"
    if kind != "alias":
        msg[section] = rend(body, f, section, labels)
    ctx = CONTEXTS[client]() if client in CONTEXTS else server_ctx(client)
    msg["context"] = rend(ctx, f, "context", labels)
    stamp = f.iso()
    if client in SERVER:
        msg["timestamp"] = stamp
    else:
        msg["originalTimestamp"] = stamp
        msg["sentAt"] = stamp[:-4] + f"{f.r.randint(0, 999):03d}Z"
    if f.r.random() < 0.15:
        msg["integrations"] = (
            {"All": True, "Mixpanel": False}
            if client == "web"
            else {"Amplitude": {"session_id": f.epoch_ms()}}
        )
    return msg


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for turn in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels, turn))
    f.r.shuffle(events)
    return events, labels


# -- checks of the written corpus (the author's own, not the engine's) ----------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")


def _value_ok(type_: str, value: Any) -> bool:
    text = str(value)
    checks = {
        "email": lambda: EMAIL.search(text) is not None,
        "phone": lambda: PHONE.search(text) is not None and sum(c.isdigit() for c in text) >= 8,
        "name": lambda: isinstance(value, str) and len(value.strip()) > 1,
        "address": lambda: isinstance(value, str) and any(c.isdigit() for c in value),
        "street": lambda: isinstance(value, str) and any(c.isdigit() for c in value),
        "passport": lambda: isinstance(value, str) and len(value) == 44,
        "ip": lambda: re.fullmatch(r"[\d.]+|[0-9a-f:]+", text) is not None,
    }
    return any(checks[t]() for t in type_.split("|") if t in checks)


def check(events: list[dict], labels: dict[str, dict]) -> None:
    values: dict[str, list] = defaultdict(list)
    for event in events:
        for path, value in flatten(event):
            values[path].append(value)
    missing = set(values) - set(labels)
    if missing:
        raise SystemExit(f"unlabelled paths: {sorted(missing)}")
    for path, label in labels.items():
        vals = values[path]
        if label["value_only"]:
            bad = [v for v in vals if not _value_ok(label["type"], v)]
            if bad:
                raise SystemExit(f"value_only {path} has values without its PII: {bad[:3]}")
        if label["classification"] == "green":
            for v in vals:
                if (
                    isinstance(v, str)
                    and re.search(r"[a-z] [a-z]", v)
                    and (EMAIL.search(v) or re.search(r"\+\d[\d ]{8,}", v))
                ):
                    raise SystemExit(f"green free text {path} carries PII: {v}")
        if len(vals) < 3:
            raise SystemExit(f"{path} seen only {len(vals)} times")
        if label["type"] == "credit card" and not all(luhn_ok(v) for v in vals):
            raise SystemExit(f"{path}: a card number fails Luhn")
        if path.endswith("iban") and not all(iban_ok(v) for v in vals):
            raise SystemExit(f"{path}: an IBAN fails mod-97")


if __name__ == "__main__":
    events, labels = build(seed=62, repeats=26)
    check(events, labels)
    write(Path(__file__).parent, "holdout62_", events, labels)
