"""Writes holdout213: tests/corpus/holdout213_events.jsonl and holdout213_labels.json.

Sealed: written from the corpus helpers (build.py, fake.py), holdout3's format and the reference's
default matcher table only, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and without running the engine on these events. Run with
`.venv/bin/python -m tests.corpus.build_holdout213`; deterministic (seed 213).

Domain: a seafarer manning and crewing agency with offices in Manila, Haugesund and Piraeus. A crew
app (analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter), a web portal
for applicants, seafarers and staff (analytics.js), and backends (python, node, go, java, ruby, php,
.NET) that send: seafarer profiles (identify, a warehouse sync with SCREAMING_SNAKE keys, a
Norwegian HR system, a Greek ERP with transliterated and Greek-script keys), the principal or
vessel as a group, alias, page and screen calls; seaman's books, passports, STCW certificates,
medical fitness (PEME), next of kin, Philippine government ids (SSS, TIN, PhilHealth, Pag-IBIG,
PhilSys, UMID), Norwegian fødselsnummer and kontonummer, Greek AFM and AMKA (valid checksums);
vessel assignments, contracts, sign-on/sign-off, crew changes; allotments of wages to families'
bank and e-wallet accounts, remittances with Tagalog keys, payslips, payroll cards; flights and
hotels to ports, visas; welfare surveys, chat, rest hours, incidents and grievances; a crew shop
(e-commerce spec: wifi cards, mobile load for family); vendor-shaped payloads (Twilio SMS webhook,
WhatsApp Cloud API webhook, SendGrid event webhook, Calendly invitee, Aircall-style call webhook,
Segment externalIds); job applications with ad click ids; an accidental password and OTP.
About a fifth of the keys are PascalCase (.NET, Twilio), kebab-case (a Go service, SendGrid),
SCREAMING_SNAKE (warehouse) or Tagalog / Norwegian / Greek.

Conventions: paths as `portal.events.flatten` gives them (properties / traits / context, arrays as
`[]`); every label is fixed per path across all events; top-level ids are not scanned. Each leaf
has classification, type (the reference's matcher name or `bank account`, `national id`,
`health id`, `geolocation`, `advertising id`, `credit card`, `token`, `trade union`, `visa` ...;
`a|b` when either is fair) and value_only.

Labelling rules (the brief's, applied as written):
- PII = personal data about a natural person: the seafarer, an applicant, next of kin, allotment
  beneficiaries, family members, referred friends, staff (physicians, interviewers, crewing
  officers, witnesses). Default colours of the reference; outside it, red for credentials,
  secrets, one-time codes, card numbers, payment tokens, bank accounts (incl. e-wallet numbers used
  as the payout account), government ids and health ids; yellow otherwise.
- A seaman's book (SIRB, ναυτικό φυλλάδιο) and the US MMC are identity documents: red `national id`.
  An STCW / medical certificate number or an OEC number is a `certificate` (yellow); a physician's
  PRC licence number is a `license` (yellow). A union name or union membership number is
  `trade union` (yellow); a vessel's CBA type is the vessel's, green.
- Green: ids the agency or vendors issue, IMO numbers, PNRs, ticket numbers, Message-IDs, versions,
  timestamps, amounts (allotment and remittance amounts, fares, fees), counters, enums, booleans
  under PII-sounding keys, job titles / ranks, employers and principals, vessels, ports, hotels,
  training centres, clinics and banks (names, BIC/SWIFT codes), country, province/state,
  locale, timezone, user agents, OS-issued device ids, age and marital (civil) status, a company's
  or port agent's own phone / role mailbox / address, the agency's Twilio number.
- Pay of a person (basic wage, overtime, net pay, expected salary, monthly salary) is `salary`
  (yellow). The advertised wage range of a job posting is not a person's pay: green.
- A ship's position (incident position, crew-change ETA position) is a thing's location:
  green; a phone's location in context.location is the person's: yellow `geolocation`.
- Booleans or enums that reveal a special category are that category: colour vision passed,
  fitness result, blood type, vaccination status, wellbeing score, counselling wanted, injury
  type and body part, drug and alcohol test result (`condition`, yellow); has a US visa, a
  Schengen visa's validity date, a previous visa refusal (`visa`, red);
  PWD flag (`disability`, red). Where a category can be told from some values of an enum, the
  path is labelled with it (a careful owner flags the field): airline meal codes (MOML, KSML,
  HNML) are `religion`; a sign-off reason that includes medical repatriation is `condition`.
- value_only: true only when the key is neutral (`q`, `input`, `value`, `label`, `note`,
  `description`, `answer`, `recipient`, `newValue`, WhatsApp's `wa_id` and `from`,
  `context.externalIds[].id`) and every value carries the PII (the generators guarantee it). Free
  text that never carries PII (chat, surveys, grievances, SMS and WhatsApp bodies, comments, push
  bodies) is green; a company's own contact details in such payloads are green too.
- Per the published policy: a P&I insurer's policy and member numbers are `identification`
  (yellow); a payroll card's full number is red `credit card`, its BIN, last four and expiry green;
  a Stripe `pm_` id, an OTP and a magic-link token are red `token`; PhilHealth numbers red `health
  id`; SSS numbers and their last four red `national id|social security number`.
- Not decidable from the brief and settled here: an APNs push token in context.device.token is
  red `token` (as the main corpus labels it); a GCash number used as the allotment payout account
  is red `bank account|phone`.
"""

# ruff: noqa: RUF001 (Greek keys and values are the point)

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

SEED = 213
REPEATS = 30

# -- people ---------------------------------------------------------------------------------------

NAMES = {
    "PH": (
        [
            "Juan",
            "Jose",
            "Mark Anthony",
            "Jerome",
            "Rodel",
            "Arnel",
            "Rommel",
            "Jay-ar",
            "Maria",
            "Liza",
            "Ana Marie",
            "Kristine",
            "Rowena",
            "Ramil",
            "Edgardo",
            "Christian",
        ],
        [
            "dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Villanueva",
            "Mendoza",
            "Garcia",
            "Ramos",
            "Aquino",
            "Castillo",
            "Dimaculangan",
            "Magbanua",
            "Pangilinan",
            "Sarmiento",
        ],
    ),
    "NO": (
        ["Ole", "Lars", "Håkon", "Sigurd", "Kari", "Ingrid", "Sigrid", "Eirik", "Magnus", "Solveig", "Bjørn"],
        ["Hansen", "Johansen", "Olsen", "Larsen", "Nilsen", "Solberg", "Haugen", "Bakke", "Sæther", "Vik"],
    ),
    "GR": (
        ["Giorgos", "Dimitrios", "Konstantinos", "Nikolaos", "Eleni", "Ioannis", "Vasilis", "Katerina"],
        ["Papadopoulos", "Nikolaidis", "Konstantinou", "Georgiou", "Alexiou", "Makris", "Oikonomou", "Lemos"],
    ),
    "IN": (
        ["Rajesh", "Anil", "Vikram", "Sandeep", "Arjun", "Priya", "Deepak"],
        ["Kumar", "Sharma", "Nair", "Singh", "Menon", "Pillai", "D'Souza"],
    ),
    "UA": (
        ["Oleksandr", "Andriy", "Dmytro", "Serhii", "Olena", "Yurii"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"],
    ),
    "ID": (
        ["Budi", "Agus", "Dewi", "Rizky", "Wahyu"],
        ["Santoso", "Setiawan", "Lestari", "Pratama", "Hidayat"],
    ),
    "MM": (["Aung Kyaw", "Htet Naing", "Zaw Win", "Thura"], ["Min", "Oo", "Htut", "Aung"]),
    "HR": (["Ivan", "Marko", "Ante", "Josip"], ["Horvat", "Kovačević", "Babić", "Marić"]),
}
CULTURES = ["PH", "PH", "PH", "PH", "NO", "GR", "GR", "IN", "UA", "ID", "MM", "HR"]
GREEK_FIRST = ["Γιώργος", "Δημήτριος", "Ελένη", "Κωνσταντίνος", "Μαρία", "Νίκος", "Σταύρος"]
GREEK_LAST = ["Παπαδόπουλος", "Νικολαΐδης", "Γεωργίου", "Οικονόμου", "Βλάχος", "Αλεξίου"]


def first(f: Fake, culture=None) -> str:
    return f.pick(NAMES[culture or f.pick(CULTURES)][0])


def last(f: Fake, culture=None) -> str:
    return f.pick(NAMES[culture or f.pick(CULTURES)][1])


def full(f: Fake, culture=None) -> str:
    c = culture or f.pick(CULTURES)
    given, family = first(f, c), last(f, c)
    if c == "PH" and f.r.random() < 0.3:
        return f"{family.upper()}, {given.upper()} {f.pick(string.ascii_uppercase)}."
    return f"{given} {family}"


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("æ", "ae").replace("å", "a").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email(f: Fake, culture=None) -> str:
    c = culture or f.pick(CULTURES)
    g = ascii_fold(first(f, c).lower().split()[0].replace("-", ""))
    fam = ascii_fold(last(f, c).lower().replace(" ", ""))
    domain = f.pick(
        {
            "PH": ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com"],
            "NO": ["online.no", "gmail.com", "hotmail.no"],
            "GR": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
        }.get(c, ["gmail.com", "outlook.com", "yahoo.com", "ukr.net" if c == "UA" else "hotmail.com"])
    )
    sep = f.pick([".", "_", "", "."])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1970, 2002))])
    return f"{g}{sep}{fam}{tail}@{domain}"


def staff_email(f: Fake) -> str:
    c = f.pick(["PH", "PH", "NO", "GR"])
    g = ascii_fold(first(f, c).lower().split()[0])
    fam = ascii_fold(last(f, c).lower().replace(" ", ""))
    return f"{g}.{fam}@kapitanmaritime.com"


def principal_staff_email(f: Fake) -> str:
    given, family = ascii_fold(first(f, "GR").lower()), ascii_fold(last(f, "GR").lower())
    return f"{given}.{family}@{f.pick(['aegeantankers.gr', 'chiosnav.com'])}"


def phone(f: Fake, culture=None) -> str:
    c = culture or f.pick(CULTURES)
    r = f.r
    if c == "PH":
        pre = f.pick(
            ["905", "915", "917", "918", "920", "927", "939", "945", "956", "966", "977", "995", "998"]
        )
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+63 {pre} {a} {b}", f"0{pre}{a}{b}", f"0{pre}-{a}-{b}", f"+63{pre}{a}{b}"])
    if c == "NO":
        n = f"{f.pick(['4', '9'])}{r.randint(1000000, 9999999)}"
        return f.pick([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"+47{n}", f"{n[:3]} {n[3:5]} {n[5:]}"])
    if c == "GR":
        n = f"69{r.randint(0, 9)}{r.randint(1000000, 9999999)}"
        return f.pick([f"+30 {n[:3]} {n[3:6]} {n[6:]}", n, f"+30{n}"])
    if c == "IN":
        return f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}"
    if c == "UA":
        return f"+380 {f.pick(['67', '50', '63', '97'])} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if c == "ID":
        return f"+62 8{r.randint(11, 59)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if c == "MM":
        return f"+95 9 {r.randint(1000, 9999)} {r.randint(10000, 99999)}"
    return f"+385 9{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def wa_digits(f: Fake) -> str:
    """WhatsApp ids are the E.164 number without the plus."""
    c = f.pick(["PH", "PH", "NO", "GR", "IN"])
    number = phone(f, c)
    digits = "".join(ch for ch in number if ch.isdigit())
    if number.startswith("+"):
        return digits
    return {"PH": "63", "NO": "47", "GR": "30", "IN": "91"}[c] + digits.removeprefix("0")


def dob(f: Fake) -> str:
    return f.date(1962, 2003)


def dob_style(f: Fake) -> str:
    y, m, d = f.r.randint(1962, 2003), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])


PH_STREETS = [
    "Blk 7 Lot 12 Camella Homes, Brgy. Molino III",
    "123 Rizal St., Brgy. San Roque",
    "Purok 4, Brgy. Tabuc Suba",
    "Unit 5B Tower 2, Grass Residences, Brgy. Sto. Cristo",
    "45 Mabini Ext., Brgy. Poblacion",
    "Phase 2 Blk 18 Lot 3, Brgy. Salitran",
]
PH_CITIES = ["Bacoor", "Quezon City", "Iloilo City", "Cebu City", "Davao City", "Batangas City", "Tacloban"]
PH_PROVINCES = ["Cavite", "Metro Manila", "Iloilo", "Cebu", "Davao del Sur", "Batangas", "Leyte"]
NO_STREETS = [
    "Storgata 12",
    "Haraldsgata 145",
    "Kirkegata 3B",
    "Strandgata 22",
    "Skåregata 61",
    "Austevoll 8",
]
NO_CITIES = [("Haugesund", "5527"), ("Bergen", "5003"), ("Ålesund", "6002"), ("Stavanger", "4006")]
NO_CITIES += [("Kristiansund", "6509"), ("Egersund", "4370")]
GR_STREETS = ["Ermou 45", "Iroon Polytechniou 12", "Karaiskaki 7", "Leof. Syngrou 120", "Thiseos 8"]
GR_STREETS_EL = ["Ερμού 45", "Ηρώων Πολυτεχνείου 12", "Καραϊσκάκη 7", "Λεωφ. Συγγρού 120", "Θησέως 8"]
GR_CITIES = [("Piraeus", "185 31"), ("Athens", "105 57"), ("Chios", "821 00"), ("Glyfada", "166 75")]
GR_CITIES += [("Thessaloniki", "546 24"), ("Andros", "845 00")]
GR_CITIES_EL = ["Πειραιάς", "Αθήνα", "Χίος", "Γλυφάδα", "Θεσσαλονίκη", "Άνδρος"]


def street(f: Fake, culture=None) -> str:
    c = culture or f.pick(["PH", "PH", "NO", "GR"])
    return f.pick({"PH": PH_STREETS, "NO": NO_STREETS, "GR": GR_STREETS}[c])


def home_city(f: Fake) -> str:
    return f.pick(PH_CITIES + [c for c, _ in NO_CITIES] + [c for c, _ in GR_CITIES] + ["Odesa", "Kochi"])


def postcode(f: Fake) -> str:
    return f.pick(
        [
            f.pick(["4102", "1100", "5000", "6000", "8000", "4200", "6500", "1740"]),
            f.pick(NO_CITIES)[1],
            f.pick(GR_CITIES)[1],
        ]
    )


def full_address(f: Fake) -> str:
    c = f.pick(["PH", "PH", "NO", "GR"])
    if c == "PH":
        return f"{f.pick(PH_STREETS)}, {f.pick(PH_CITIES)}, {f.pick(PH_PROVINCES)}"
    if c == "NO":
        city, code = f.pick(NO_CITIES)
        return f"{f.pick(NO_STREETS)}, {code} {city}"
    city, code = f.pick(GR_CITIES)
    return f"{f.pick(GR_STREETS)}, {code} {city}"


# -- identifiers with real checksums --------------------------------------------------------------


def mod11(digits: str, weights: list[int]) -> int | None:
    k = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if k == 11 else None if k == 10 else k


def fnr(f: Fake) -> str:
    """Norwegian fødselsnummer: DDMMYY + individual number + two mod-11 check digits."""
    while True:
        d, m, y = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(60, 99)
        base = f"{d:02d}{m:02d}{y:02d}{f.r.randint(0, 499):03d}"
        k1 = mod11(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        if k1 is None:
            continue
        k2 = mod11(base + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k2 is not None:
            return f"{base}{k1}{k2}"


def no_account_digits(f: Fake) -> str:
    while True:
        base = f.pick(["1503", "1506", "3000", "9710", "3201", "1254"]) + f.digits(6)
        k = mod11(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k is not None:
            return base + str(k)


def kontonummer(f: Fake) -> str:
    n = no_account_digits(f)
    return f.pick([f"{n[:4]}.{n[4:6]}.{n[6:]}", n, f"{n[:4]} {n[4:6]} {n[6:]}"])


def iban(f: Fake, country: str) -> str:
    if country == "NO":
        bban = no_account_digits(f)
    elif country == "GR":
        bban = f.pick(["011", "017", "026", "014"]) + f.digits(4) + f.digits(16)
    elif country == "HR":
        bban = f.pick(["2340009", "2484008", "2402006"]) + f.digits(10)
    elif country == "PL":
        bban = f.digits(24)
    else:
        bban = f.digits(18)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def amka(f: Fake) -> str:
    """Greek AMKA: DDMMYY + 4 digits + a Luhn check digit."""
    d, m, y = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(60, 99)
    return f.luhn_complete(f"{d:02d}{m:02d}{y:02d}{f.r.randint(0, 9999):04d}")


def afm(f: Fake) -> str:
    """Greek tax number (ΑΦΜ): 8 digits + check = (sum d_i * 2^(8-i)) mod 11 mod 10."""
    body = f.pick(["0", "1", "0", "1"]) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    check = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body)) % 11 % 10
    return body + str(check)


def imo(f: Fake) -> str:
    body = "9" + "".join(str(f.r.randint(0, 9)) for _ in range(5))
    check = sum(int(d) * (7 - i) for i, d in enumerate(body)) % 10
    return f"{body}{check}"


def sss(f: Fake) -> str:
    return f"{f.r.randint(1, 34):02d}-{f.digits(7)}-{f.r.randint(0, 9)}"


def tin(f: Fake) -> str:
    return f"{f.digits(3)}-{f.digits(3)}-{f.digits(3)}-000"


def philhealth(f: Fake) -> str:
    return f"{f.pick(['01', '02', '03', '19'])}-{f.digits(9)}-{f.r.randint(0, 9)}"


def pagibig(f: Fake) -> str:
    return f"{f.pick(['1210', '1211', '1212'])}-{f.digits(4)}-{f.digits(4)}"


def psn(f: Fake) -> str:
    n = f.digits(16)
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


def umid(f: Fake) -> str:
    return f"0111-{f.digits(7)}-{f.r.randint(0, 9)}"


def passport(f: Fake) -> str:
    L = string.ascii_uppercase
    return f.pick(
        [
            f"P{f.digits(7)}{f.pick(L)}",
            f"P{f.digits(7)}{f.pick(L)}",
            f"E{f.pick('BC')}{f.digits(7)}",
            f"{f.pick(L)}{f.pick(L)}{f.digits(7)}",
            f"{f.pick(L)}{f.digits(7)}",
            f"F{f.pick(L)}{f.digits(6)}",
            f"{f.pick('KLMN')}{f.digits(7)}",
        ]
    )


def sirb(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick('ABC')}{f.digits(7)}",
            f"{f.pick('ABC')}{f.digits(7)}",
            f"NF{f.digits(6)}",
            f"AB{f.digits(6)}",
            f"{f.pick(['PIR', 'CHI', 'AND'])}{f.digits(6)}",
        ]
    )


def coc(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick(['OIC', 'COC', 'GOC', 'BST'])}-{f.r.randint(2016, 2024)}-{f.digits(6)}",
            f"NO-{f.pick(['D1', 'D2', 'D3', 'M2'])}-{f.digits(6)}",
            f"{f.digits(2)}/{f.digits(5)}/{f.r.randint(2018, 2024)}",
        ]
    )


def ph_bank_account(f: Fake) -> str:
    return f.pick(
        [
            f"{f.digits(4)}-{f.digits(4)}-{f.digits(4)}",
            f"{f.digits(4)}-{f.digits(4)}-{f.digits(2)}",
            f"{f.digits(3)}-{f.digits(3)}-{f.digits(6)}-{f.r.randint(0, 9)}",
            f.digits(10),
            f.digits(12),
        ]
    )


def any_bank_account(f: Fake) -> str:
    return f.pick(
        [
            ph_bank_account(f),
            ph_bank_account(f),
            kontonummer(f),
            iban(f, "NO"),
            iban(f, "GR"),
            iban(f, "HR"),
            iban(f, "PL"),
        ]
    )


BANKS = [
    ("BDO Unibank", "BNORPHMM"),
    ("BPI", "BOPIPHMM"),
    ("Metrobank", "MBTCPHMM"),
    ("Landbank", "TLBPPHMM"),
    ("DNB", "DNBANOKK"),
    ("Nordea", "NDEANOKK"),
    ("National Bank of Greece", "ETHNGRAA"),
    ("Piraeus Bank", "PIRBGRAA"),
]


def alnum(f: Fake, n: int, chars=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 70, string.ascii_letters + string.digits + "-_") + "_BwE"


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


# -- things: vessels, ports, products -------------------------------------------------------------

VESSELS = [
    "MV Nordic Aurora",
    "MT Aegean Spirit",
    "MV Bergen Star",
    "LPG Chios Pride",
    "MV Pacific Harmony",
    "MT Andros Glory",
    "MV Haugesund Trader",
    "PSV Skandi Atlantic",
    "MV Ocean Mabuhay",
]
PRINCIPALS = ["Aegean Tankers SA", "Nordic Offshore AS", "Chios Navigation Ltd", "Vestland Shipping AS"]
PRINCIPALS += ["Pacific Bulk Carriers Inc."]
RANKS = ["Master", "Chief Officer", "2nd Officer", "3rd Officer", "Chief Engineer", "2nd Engineer"]
RANKS += ["3rd Engineer", "ETO", "Bosun", "AB", "OS", "Oiler", "Wiper", "Fitter", "Chief Cook", "Messman"]
RANK_CODES = ["MSTR", "C/O", "2/O", "3/O", "C/E", "2/E", "3/E", "ETO", "BSN", "AB", "OS", "OLR", "CCK"]
VESSEL_TYPES = ["bulk_carrier", "oil_tanker", "lpg_carrier", "container", "psv", "chemical_tanker"]
PORTS = [
    ("SGSIN", "Singapore"),
    ("NLRTM", "Rotterdam"),
    ("USHOU", "Houston"),
    ("PHMNL", "Manila"),
    ("GRPIR", "Piraeus"),
    ("NOHAU", "Haugesund"),
    ("AEFJR", "Fujairah"),
    ("CNSHA", "Shanghai"),
    ("BRSSZ", "Santos"),
]
AIRPORTS = ["MNL", "CEB", "OSL", "BGO", "HAU", "ATH", "SIN", "DOH", "DXB", "AMS", "IAH", "BOM", "KBP"]
CERT_TYPES = [
    "Basic Safety Training",
    "Advanced Fire Fighting",
    "Proficiency in Survival Craft",
    "STCW II/1 Officer in Charge of a Navigational Watch",
    "STCW III/2 Second Engineer",
    "GMDSS GOC",
    "Ship Security Officer",
    "Oil and Chemical Tanker Cargo Operations",
    "Medical First Aid",
]
TRAINING_CENTERS = ["MAAP", "NYK-TDG Maritime Academy", "Magsaysay Institute", "Haugesund Maritime Centre"]
TRAINING_CENTERS += ["Aspropyrgos Merchant Marine Academy"]
WIFI_PRODUCTS = [
    ("WIFI-1GB", "Crew WiFi 1 GB", 9.0),
    ("WIFI-5GB", "Crew WiFi 5 GB", 35.0),
    ("WIFI-UNL7", "Crew WiFi Unlimited 7 days", 49.0),
    ("SLOP-NOODLE", "Lucky Me Pancit Canton (box)", 14.5),
    ("SLOP-COFFEE", "Kopiko Blanca 30s", 6.0),
    ("PPE-GLOVES", "Nitrile gloves, pair", 2.5),
    ("SIM-GLOBE", "Globe roaming SIM", 12.0),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
]
LOCALES = ["en-PH", "fil-PH", "nb-NO", "el-GR", "en-US", "en-GB", "uk-UA"]
TIMEZONES = ["Asia/Manila", "Europe/Oslo", "Europe/Athens", "Asia/Singapore", "Asia/Kolkata", "Europe/Kyiv"]


def p(*items):
    return lambda f: f.pick(list(items))


def ymd(f: Fake, a=2023, b=2025) -> str:
    return f.date(a, b)


# -- free text ------------------------------------------------------------------------------------

GRIEVANCES = [
    "Overtime for March not yet paid, please check with accounts.",
    "No fresh water in crew cabins since Tuesday.",
    "Rest hours not respected during cargo operations in port.",
    "Food quality has gone down since last store supply.",
    "Requesting clarification on repatriation date after contract end.",
    "Internet allowance reduced without notice.",
]
SURVEY_COMMENTS = [
    "More fresh fruit please",
    "Internet too slow at anchorage",
    "Good crew, happy ship",
    "Gym equipment needs repair",
    "",
    "Salamat po sa tulong",
    "Need more Filipino movies in the library",
]
CHAT_TEXTS = [
    "When is the crew change in Singapore?",
    "Thank you for processing my allotment",
    "Hi, my certificate upload keeps failing",
    "Is the flight confirmed already?",
    "ok noted po",
    "Can I extend my contract by one month?",
]
SMS_BODIES = ["YES", "Confirm", "Received po, salamat", "STOP", "OK noted", "Joining Singapore confirmed"]
NO_COMMENTS = [
    "Mannskapsbytte gjennomført uten avvik",
    "Forsinket fly fra Manila",
    "Ny kokk påmønstret",
    "Venter på visum for to mannskap",
]
DEMO_MESSAGES = [
    "We need 2 full crews for new LPG carriers delivering Q3.",
    "Looking for a Philippine manning partner for our bulk fleet.",
    "Please send your rates for officers and ratings.",
    "Interested in crew management for 4 PSVs.",
]
INJURIES = ["fracture", "laceration", "burn", "sprain", "contusion", "crush injury"]
BODY_PARTS = ["left hand", "right wrist", "lower back", "left ankle", "right eye", "fingers"]


def incident_text(f: Fake) -> str:
    rank = f.pick(["AB", "OS", "Oiler", "Bosun", "3/E", "Fitter", "Messman"])
    who = f"{rank} {last(f)}"
    return f.pick(
        [
            f"{who} slipped on wet deck during mooring and suffered a {f.pick(INJURIES)} to the "
            f"{f.pick(BODY_PARTS)}. First aid given by C/O.",
            f"While chipping rust in the forecastle, {who} got a {f.pick(INJURIES)} on the "
            f"{f.pick(BODY_PARTS)}; sent to shore clinic at next port.",
            f"{who} reported pain in the {f.pick(BODY_PARTS)} after lifting stores; {f.pick(INJURIES)} "
            "suspected, light duties 3 days.",
            f"Near miss in engine room, {who} had a minor {f.pick(INJURIES)} on the {f.pick(BODY_PARTS)}.",
        ]
    )


def allotment_note(f: Fake) -> str:
    acct = any_bank_account(f)
    bank = f.pick(BANKS)[0]
    return f.pick(
        [
            f"Beneficiary account changed to {acct} ({bank}) per seafarer's email request",
            f"Returned by bank: account {acct} closed. Asked NOK for new details.",
            f"Verified {acct} with {bank} branch by phone.",
            f"Split 70/30 — second account {acct}",
        ]
    )


def search_name(f: Fake) -> str:
    c = f.pick(CULTURES)
    given, family = first(f, c), last(f, c)
    return f.pick([family.lower(), f"{given} {family}", f"{family}, {given}", f"{given} {family[:4]}"])


# -- contexts sent by the client libraries --------------------------------------------------------


def web_context(f: Fake):
    path = f.pick(["/", "/jobs", "/jobs/2nd-engineer-lng", "/apply", "/my/documents", "/my/allotments"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(p("next-1.66.0", "next-1.70.0", "next-1.72.1")),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                p("", "https://www.google.com/", "https://www.facebook.com/", "https://l.facebook.com/")
            ),
            "search": G(p("", "?utm_source=facebook&utm_medium=paid", "?lang=fil", "?vessel_type=lng")),
            "title": G(
                p("Kapitan Maritime — Sea jobs", "Apply | Kapitan Maritime", "My documents", "Allotments")
            ),
            "url": G(lambda f: "https://crew.kapitanmaritime.com" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(p("Chromium", "Microsoft Edge", "Not-A.Brand", "Google Chrome")),
                    "version": G(p("124", "99", "123")),
                },
                3,
            ),
            "mobile": G(p(True, False)),
            "platform": G(p("Windows", "Android", "macOS")),
        },
        "locale": G(p("en-PH", "fil-PH", "en-US", "nb-NO", "el-GR")),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(p("hiring_lng_q2", "officers_norway", "ratings_manila_jobfair")),
            "source": G(p("facebook", "google", "jobstreet", "newsletter")),
            "medium": G(p("paid_social", "cpc", "email", "referral")),
            "term": G(p("seaman jobs", "2nd engineer lng vacancy", "ab seaman hiring manila")),
            "content": G(p("video_a", "carousel_b", "text_1")),
        },
    }


def app_block(f: Fake, namespace: str):
    return {
        "name": G(lambda f: "KapitanCrew"),
        "version": G(p("4.8.0", "4.9.2", "4.10.1")),
        "build": G(p("480", "492", "4101")),
        "namespace": G(lambda f: namespace),
    }


def swift_context(f: Fake):
    return {
        "app": app_block(f, "com.kapitanmaritime.crew"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(p("iPhone13,2", "iPhone14,7", "iPhone12,1", "iPhone15,4")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(p(True, False)),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(p("1.5.11", "1.6.0", "1.5.9"))},
        "os": {"name": G(lambda f: "iOS"), "version": G(p("17.4.1", "16.7.8", "17.5"))},
        "screen": {"width": G(p(390, 375, 430)), "height": G(p(844, 667, 932))},
        "network": {"wifi": G(p(True, False)), "cellular": G(p(True, False))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": app_block(f, "com.kapitanmaritime.crew.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(p("samsung", "Xiaomi", "OPPO", "Google")),
            "model": G(p("SM-A145F", "Redmi Note 11", "CPH2365", "Pixel 7a")),
            "name": G(p("a14", "spes", "OP5759", "lynx")),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(p(True, False)),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(p("1.15.0", "1.16.3", "1.14.2"))},
        "os": {"name": G(lambda f: "Android"), "version": G(p("13", "14", "12"))},
        "screen": {
            "density": G(p(2.0, 2.75, 3.0)),
            "width": G(p(720, 1080, 1080)),
            "height": G(p(1600, 2400, 2340)),
        },
        "network": {
            "wifi": G(p(True, False)),
            "cellular": G(p(True, False)),
            "bluetooth": G(lambda f: False),
            "carrier": G(p("Globe", "Smart", "Telenor", "Cosmote", "Marlink")),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            p(
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 11 Build/SKQ1.211103.001)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "seafarerId": G(lambda f: "KMC-" + f.digits(6)),
            "rank": G(lambda f: f.pick(RANKS)),
        },
    }


def rn_context(f: Fake):
    return {
        "app": app_block(f, "com.kapitanmaritime.family"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(p("Apple", "samsung", "vivo")),
            "model": G(p("iPhone14,5", "SM-A546E", "V2207")),
            "type": G(p("ios", "android")),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(p("2.19.2", "2.20.1", "2.18.0")),
        },
        "os": {"name": G(p("iOS", "Android")), "version": G(p("17.2", "13", "14"))},
        "screen": {"width": G(p(390, 412, 393)), "height": G(p(844, 915, 873))},
        "network": {"wifi": G(p(True, False)), "cellular": G(p(True, False))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {"name": Y(lambda f: full(f), "name"), "email": Y(lambda f: email(f), "email")},
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(5.0, 62.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(5.0, 125.0), 6), "geolocation"),
            "speed": G(p(0.0, 1.2, 0.4)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": app_block(f, "com.kapitanmaritime.crew"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(p("Apple", "samsung", "HUAWEI")),
            "model": G(p("iPhone12,8", "SM-M336B", "MAR-LX1A")),
            "type": G(p("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(p("1.1.3", "1.1.5", "1.0.9"))},
        "os": {"name": G(p("iOS", "Android")), "version": G(p("16.7", "13", "10"))},
        "screen": {
            "width": G(p(375, 1080, 1080)),
            "height": G(p(667, 2408, 2312)),
            "density": G(p(2.0, 2.5, 3.0)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.2"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(lib: str, forwards_client: bool = False):
    def build(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if forwards_client:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
            ctx["locale"] = G(p("en-PH", "nb-NO", "el-GR"))
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                },
                1,
            )
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("python"),
    "python+": server_context("python", True),
    "node": server_context("node"),
    "node+": server_context("node", True),
    "go": server_context("go"),
    "java": server_context("java"),
    "ruby": server_context("ruby"),
    "php": server_context("php"),
    "php+": server_context("php", True),
    "dotnet": server_context("dotnet"),
}
MOBILE = ("swift", "kotlin", "flutter")

# -- shared blocks --------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(WIFI_PRODUCTS)[0]),
        "name": G(lambda f: f.pick(WIFI_PRODUCTS)[1]),
        "category": G(p("Connectivity", "Slop chest", "PPE", "SIM cards")),
        "brand": G(p("Marlink", "Kapitan Store", "KVH", "Globe")),
        "price": G(lambda f: f.pick(WIFI_PRODUCTS)[2]),
        "quantity": G(lambda f: f.r.randint(1, 5)),
    }


# -- events ---------------------------------------------------------------------------------------

EVENTS = [
    # -- profiles: identify, group, alias, page, screen --------------------------------------------
    (
        "identify",
        None,
        (*MOBILE, "rn"),
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "middleName": Y(lambda f: last(f, "PH"), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(p("male", "female", "M", "F"), "gender"),
            "nationality": Y(
                p("Filipino", "Norwegian", "Greek", "Indian", "Ukrainian", "Indonesian"), "citizenship"
            ),
            "rank": G(lambda f: f.pick(RANKS)),
            "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
            "seafarerId": G(lambda f: "KMC-" + f.digits(6)),
            "createdAt": G(lambda f: f.iso()),
            "address": {
                "street": Y(lambda f: street(f), "address|street"),
                "city": Y(home_city, "city"),
                "state": G(lambda f: f.pick([*PH_PROVINCES, "Rogaland", "Attica", "North Aegean"])),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(p("PH", "NO", "GR", "IN", "UA")),
            },
            "whatsapp": Y(lambda f: phone(f), "phone"),
            "birthPlace": Y(home_city, "city"),
            "avatar": Y(lambda f: f"https://cdn.kapitanmaritime.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "age": G(lambda f: f.r.randint(21, 62)),
            "civilStatus": G(p("single", "married", "widowed", "separated")),
            "preferredLanguage": G(p("en", "fil", "no", "el", "uk")),
            "pushOptIn": G(p(True, False)),
            "emailVerified": G(p(True, False)),
            "seaServiceMonths": G(lambda f: f.r.randint(6, 320)),
            "availableFrom": G(lambda f: ymd(f, 2024, 2025)),
        },
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "SEAFARER_ID": G(lambda f: "KMC-" + f.digits(6)),
            "FULL_NAME": Y(lambda f: full(f), "name"),
            "PRIMARY_EMAIL": Y(lambda f: email(f), "email"),
            "MOBILE_NO": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "RANK_CODE": G(lambda f: f.pick(RANK_CODES)),
            "PRINCIPAL_CODE": G(p("AEGTNK", "NORDOFF", "CHIONAV", "VESTSHP")),
            "LAST_VESSEL": G(lambda f: f.pick(VESSELS)),
            "LAST_SIGN_OFF_DATE": G(lambda f: ymd(f, 2022, 2024)),
            "TOTAL_SEA_MONTHS": G(lambda f: f.r.randint(6, 320)),
            "PASSPORT_EXPIRY": G(lambda f: ymd(f, 2025, 2034)),
            "SIRB_NO": RED(sirb, "national id"),
            "CREW_STATUS": G(p("ON_BOARD", "ON_VACATION", "STANDBY", "IN_TRAINING")),
            "NOK_RELATIONSHIP": G(p("WIFE", "MOTHER", "FATHER", "SISTER", "HUSBAND")),
            "NOK_NAME": Y(lambda f: full(f).upper(), "name"),
            "NOK_MOBILE": Y(lambda f: phone(f), "phone"),
            "HOME_ADDRESS": Y(lambda f: full_address(f).upper(), "address"),
            "LIFETIME_ALLOTMENT_PHP": G(lambda f: f.money(50000, 4000000)),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
            "RECORD_HASH": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "identify",
        None,
        ("java",),
        {
            "fornavn": Y(lambda f: first(f, "NO"), "name"),
            "etternavn": Y(lambda f: last(f, "NO"), "name"),
            "fødselsnummer": RED(fnr, "national id"),
            "fødselsdato": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.19{f.r.randint(60, 99)}",
                "birthdate",
            ),
            "epost": Y(lambda f: email(f, "NO"), "email"),
            "mobil": Y(lambda f: phone(f, "NO"), "phone"),
            "adresse": Y(lambda f: f.pick(NO_STREETS), "address|street"),
            "postnummer": Y(lambda f: f.pick(NO_CITIES)[1], "zipcode"),
            "poststed": Y(lambda f: f.pick(NO_CITIES)[0], "city"),
            "stilling": G(p("Kaptein", "Overstyrmann", "Maskinsjef", "Matros", "Kokk", "Motormann")),
            "skipsnavn": G(lambda f: f.pick(VESSELS)),
            "ansattnummer": G(lambda f: f.digits(5)),
            "månedslønn": Y(lambda f: f.r.randint(38000, 95000), "salary"),
            "kontonummer": RED(kontonummer, "bank account"),
            "fagforening": Y(
                p("Norsk Sjømannsforbund", "Det norske maskinistforbund", "Norsk Sjøoffisersforbund"),
                "trade union",
            ),
            "språk": G(p("nb", "nn", "en")),
            "aktiv": G(p(True, False)),
            "sistEndret": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ("java",),
        {
            "onoma": Y(lambda f: first(f, "GR"), "name"),
            "eponymo": Y(lambda f: last(f, "GR"), "name"),
            "patronymo": Y(lambda f: first(f, "GR"), "name"),
            "afm": RED(afm, "national id"),
            "amka": RED(amka, "national id|social security number"),
            "kinito": Y(lambda f: phone(f, "GR"), "phone"),
            "dieuthinsi": Y(lambda f: f.pick(GR_STREETS), "address|street"),
            "poli": Y(lambda f: f.pick(GR_CITIES)[0], "city"),
            "tk": Y(lambda f: f.pick(GR_CITIES)[1], "zipcode"),
            "eidikotita": G(p("Ναύκληρος", "Μηχανικός Γ'", "Ναύτης", "Μάγειρας", "Πλοίαρχος Β'")),
            "nautiko_fylladio": RED(sirb, "national id"),
            "ypikootita": Y(p("Ελληνική", "Φιλιππινέζικη", "Ουκρανική", "Ινδική"), "citizenship"),
            "oikogeneiaki_katastasi": G(p("Έγγαμος", "Άγαμος", "Διαζευγμένος")),
            "arithmos_teknon": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "group",
        None,
        ("node",),
        {
            "name": G(lambda f: f.pick(PRINCIPALS)),
            "principalCode": G(p("AEGTNK", "NORDOFF", "CHIONAV", "VESTSHP")),
            "industry": G(lambda f: "Shipping"),
            "fleetSize": G(lambda f: f.r.randint(3, 60)),
            "flag": G(p("Malta", "Liberia", "Marshall Islands", "Norway (NIS)", "Greece")),
            "crewingEmail": G(p("crewing@aegeantankers.gr", "crew@nordicoffshore.no", "ops@chiosnav.com")),
            "mainPhone": G(p("+30 210 429 1100", "+47 52 70 44 00", "+30 210 452 8800")),
            "officeAddress": {
                "line1": G(p("Akti Miaouli 93", "Smedasundet 97", "Kifisias Ave 280")),
                "city": G(p("Piraeus", "Haugesund", "Halandri")),
                "country": G(p("GR", "NO")),
            },
            "crewManagerName": Y(lambda f: full(f, f.pick(["GR", "NO"])), "name"),
            "crewManagerEmail": Y(principal_staff_email, "email"),
            "plan": G(p("full_crewing", "officers_only", "ratings_only")),
        },
    ),
    ("alias", None, ("kotlin", "swift"), {}),
    (
        "page",
        None,
        ("web",),
        {
            "name": G(p("Jobs", "Job Detail", "Apply", "My Documents", "Allotments", "Home")),
            "path": G(p("/", "/jobs", "/jobs/2nd-engineer-lng", "/apply", "/my/documents")),
            "url": G(lambda f: "https://crew.kapitanmaritime.com" + f.pick(["/", "/jobs", "/apply"])),
            "title": G(p("Kapitan Maritime — Sea jobs", "Apply | Kapitan Maritime", "My documents")),
            "referrer": G(p("", "https://www.google.com/", "https://m.facebook.com/")),
            "search": G(p("", "?utm_source=facebook", "?rank=ab", "?page=2")),
        },
    ),
    (
        "screen",
        None,
        MOBILE,
        {
            "name": G(p("Home", "Documents", "Payslips", "Allotments", "Welfare", "Shop")),
            "previousScreen": G(p("Home", "Login", "Documents", "Profile")),
            "loadTimeMs": G(lambda f: f.r.randint(80, 2400)),
        },
    ),
    # -- recruiting ---------------------------------------------------------------------------------
    (
        "track",
        "Job Viewed",
        ("web",),
        {
            "jobId": G(lambda f: "JOB-" + f.digits(5)),
            "rank": G(lambda f: f.pick(RANKS)),
            "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
            "principal": G(lambda f: f.pick(PRINCIPALS)),
            "wageRangeMinUsd": G(p(1100, 2400, 5200, 8600)),
            "wageRangeMaxUsd": G(p(1400, 3100, 6800, 11500)),
            "contractMonths": G(p(4, 6, 9)),
            "joiningPort": G(lambda f: f.pick(PORTS)[1]),
            "joiningDate": G(lambda f: ymd(f, 2024, 2025)),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ("web",),
        {
            "applicationId": G(lambda f: f.uuid()),
            "jobId": G(lambda f: "JOB-" + f.digits(5)),
            "rank": G(lambda f: f.pick(RANKS)),
            "fullName": Y(lambda f: full(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "dateOfBirth": Y(dob_style, "birthdate"),
            "nationality": Y(
                p("Filipino", "Norwegian", "Greek", "Indian", "Ukrainian", "Indonesian"), "citizenship"
            ),
            "whatsappNumber": Y(lambda f: phone(f), "phone"),
            "homeAddress": Y(full_address, "address"),
            "yearsInRank": G(lambda f: f.r.randint(0, 15)),
            "hasUsC1DVisa": RED(p(True, False), "visa"),
            "schengenVisaValidUntil": RED(lambda f: ymd(f, 2024, 2027), "visa"),
            "expectedSalaryUsd": Y(lambda f: f.r.randint(9, 120) * 100, "salary"),
            "cvUploaded": G(p(True, False)),
            "passportPhotoUrl": Y(
                lambda f: f"https://uploads.kapitanmaritime.com/photo/{f.uuid()}.jpg", "photo"
            ),
            "referralCode": G(lambda f: "REF" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "gclid": Y(gclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "consentMarketing": G(p(True, False)),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        ("ruby",),
        {
            "event_type": G(
                p("Video interview — 2nd Engineer", "Officer interview (Norway)", "Rating screening")
            ),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "invitee": {
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "timezone": G(lambda f: f.pick(TIMEZONES)),
                "text_reminder_number": Y(lambda f: phone(f), "phone"),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "WhatsApp number (with country code)"),
                    "answer": Y(lambda f: phone(f), "phone", True),
                    "position": G(lambda f: 0),
                },
                1,
            ),
            "interviewer": {"name": Y(lambda f: full(f, "NO"), "name"), "email": Y(staff_email, "email")},
            "location": {
                "type": G(p("zoom", "google_conference", "microsoft_teams")),
                "join_url": G(lambda f: "https://zoom.us/j/" + f.digits(11)),
            },
        },
    ),
    (
        "track",
        "Application Status Changed",
        ("go",),
        {
            "application-id": G(lambda f: f.uuid()),
            "old-status": G(p("submitted", "screening", "interview", "pooled")),
            "new-status": G(p("screening", "interview", "offered", "rejected", "pooled")),
            "changed-by": G(lambda f: "staff_" + f.digits(4)),
            "reason-code": G(p("R01", "R07", "OK", "DOCS_MISSING")),
            "auto-transition": G(p(True, False)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ("rn",),
        {
            "referralId": G(lambda f: f.uuid()),
            "referredName": Y(lambda f: full(f), "name"),
            "referredMobile": Y(lambda f: phone(f), "phone"),
            "referredEmail": Y(lambda f: email(f), "email"),
            "referredRank": G(lambda f: f.pick(RANKS)),
            "referrerBonusUsd": G(p(50, 100, 150)),
            "shareChannel": G(p("whatsapp", "viber", "messenger", "sms")),
        },
    ),
    (
        "track",
        "Demo Requested",
        ("web",),
        {
            "company": G(lambda f: f.pick(PRINCIPALS)),
            "contactName": Y(lambda f: full(f, f.pick(["GR", "NO"])), "name"),
            "contactEmail": Y(
                lambda f: f"{ascii_fold(first(f, 'NO').lower())}@{f.pick(['vestland.no', 'chiosnav.com'])}",
                "email",
            ),
            "workPhone": Y(lambda f: phone(f, f.pick(["GR", "NO"])), "phone"),
            "jobTitle": G(p("Crew Manager", "Fleet Personnel Director", "HR Superintendent", "COO")),
            "fleetSize": G(lambda f: f.r.randint(2, 80)),
            "country": G(p("GR", "NO", "CY", "SG")),
            "message": G(lambda f: f.pick(DEMO_MESSAGES)),
        },
    ),
    # -- documents, certificates, medical ------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ("kotlin", "swift"),
        {
            "documentId": G(lambda f: f.uuid()),
            "documentType": G(p("passport", "seaman_book", "sirb", "us_mmc")),
            "documentNumber": RED(lambda f: f.pick([passport(f), sirb(f)]), "passport|national id"),
            "issuingCountry": G(p("PH", "NO", "GR", "IN", "UA", "US")),
            "expiryDate": G(lambda f: ymd(f, 2025, 2034)),
            "fileSizeKb": G(lambda f: f.r.randint(180, 4800)),
            "mimeType": G(p("image/jpeg", "application/pdf", "image/heic")),
            "pageCount": G(p(1, 2, 4)),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Certificate Added",
        ("flutter",),
        {
            "certificateType": G(lambda f: f.pick(CERT_TYPES)),
            "certificateNumber": Y(coc, "certificate"),
            "issuingAuthority": G(
                p("MARINA", "Sjøfartsdirektoratet", "Hellenic Ministry of Shipping", "DG Shipping")
            ),
            "trainingCenter": G(lambda f: f.pick(TRAINING_CENTERS)),
            "issueDate": G(lambda f: ymd(f, 2016, 2024)),
            "expiryDate": G(lambda f: ymd(f, 2025, 2029)),
            "isEndorsed": G(p(True, False)),
            "remainingDays": G(lambda f: f.r.randint(-30, 1800)),
        },
    ),
    (
        "track",
        "Certificate Expiry Reminder Sent",
        ("go",),
        {
            "seafarerId": G(lambda f: "KMC-" + f.digits(6)),
            "certificate": G(lambda f: f.pick(CERT_TYPES)),
            "expiresInDays": G(p(90, 60, 30, 7)),
            "channel": G(p("email", "sms", "push")),
            "recipient": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "templateVersion": G(p("v3", "v4", "v4.1")),
        },
    ),
    (
        "track",
        "Medical Exam Recorded",
        ("php",),
        {
            "exam_id": G(lambda f: f.digits(8)),
            "seafarer_id": G(lambda f: "KMC-" + f.digits(6)),
            "seafarer_name": Y(lambda f: full(f), "name"),
            "clinic_name": G(
                p(
                    "Ermita Maritime Clinic",
                    "Sjømannslegen Bergen",
                    "Piraeus Medical Centre",
                    "Iloilo Doctors",
                )
            ),
            "clinic_city": G(p("Manila", "Bergen", "Piraeus", "Iloilo City")),
            "exam_date": G(lambda f: ymd(f)),
            "fitness_result": Y(p("FIT", "FIT WITH RESTRICTION", "UNFIT", "TEMPORARILY UNFIT"), "condition"),
            "restrictions": Y(
                p(
                    "NONE",
                    "Must wear corrective lenses",
                    "Not fit for lookout duties",
                    "Diet-controlled hypertension",
                ),
                "condition",
            ),
            "blood_type": Y(p("O+", "A+", "B+", "AB+", "O-"), "condition"),
            "color_vision_passed": Y(p(True, False), "condition"),
            "drug_alcohol_test": Y(p("NEGATIVE", "POSITIVE", "NEGATIVE", "PENDING"), "condition|diagnosis"),
            "yellow_fever_vaccinated": Y(p(True, False), "condition|procedure"),
            "covid_vaccination_status": Y(
                p("fully_vaccinated", "boosted", "unvaccinated", "partial"), "condition|procedure"
            ),
            "philhealth_no": RED(philhealth, "health id"),
            "medical_cert_no": Y(lambda f: f"MC-{f.r.randint(2023, 2025)}-{f.digits(6)}", "certificate"),
            "valid_until": G(lambda f: ymd(f, 2024, 2026)),
            "physician_name": Y(lambda f: "Dr. " + full(f, f.pick(["PH", "NO", "GR"])), "name"),
            "physician_license_no": Y(lambda f: f"PRC-{f.digits(7)}", "license"),
            "fee_php": G(p(3500, 4800, 5200, 6500)),
        },
    ),
    (
        "track",
        "Government IDs Submitted",
        ("web",),
        {
            "sss_no": RED(sss, "national id|social security number"),
            "sss_last4": RED(lambda f: f.digits(4), "national id|social security number"),
            "tin": RED(tin, "national id"),
            "philhealth_no": RED(philhealth, "health id"),
            "pagibig_mid": RED(pagibig, "national id"),
            "philsys_psn": RED(psn, "national id"),
            "umid_crn": RED(umid, "national id"),
            "sss_verified": G(p(True, False)),
            "ids_complete": G(p(True, False)),
            "missing_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "US Onboarding Forms Submitted",
        ("ruby",),
        {
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "mmc_reference_number": RED(lambda f: f.digits(7), "national id"),
            "twic_expiration": G(lambda f: ymd(f, 2025, 2029)),
            "w4_filing_status": G(p("single", "married_jointly", "head_of_household")),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "form_version": G(p("2024.1", "2023.2", "2024.3")),
        },
    ),
    (
        "track",
        "Union Membership Verified",
        ("php",),
        {
            "union_name": Y(p("AMOSUP", "PSU", "Norsk Sjømannsforbund", "PNO", "PENEN"), "trade union"),
            "membership_no": Y(lambda f: f"{f.pick(['AMS', 'PSU', 'NSF'])}-{f.digits(7)}", "trade union"),
            "verified_at": G(lambda f: f.iso()),
            "cba": G(p("ITF IBF", "ITF TCC", "AMOSUP-JSU", "NIS")),
            "verification_source": G(p("union_api", "manual", "csv_import")),
        },
    ),
    # -- next of kin, family ---------------------------------------------------------------------------
    (
        "track",
        "Next of Kin Updated",
        ("swift", "rn"),
        {
            "nokId": G(lambda f: f.uuid()),
            "relationship": G(
                p("wife", "husband", "mother", "father", "sibling", "son", "daughter", "partner")
            ),
            "nokName": Y(lambda f: full(f), "name"),
            "nokPhone": Y(lambda f: phone(f), "phone"),
            "nokEmail": Y(lambda f: email(f), "email"),
            "nokAddress": Y(full_address, "address"),
            "nokBirthDate": Y(dob, "birthdate"),
            "isBeneficiary": G(p(True, False)),
            "isMinor": G(p(True, False)),
            "changedFieldsCount": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Kamag-anak Nairehistro",
        ("flutter",),
        {
            "buong_pangalan": Y(lambda f: full(f, "PH"), "name"),
            "kaarawan": Y(dob_style, "birthdate"),
            "kasarian": Y(p("lalaki", "babae"), "gender"),
            "relihiyon": Y(
                p("Katoliko", "Iglesia ni Cristo", "Muslim", "Born Again", "Aglipayan"), "religion"
            ),
            "trabaho": G(p("guro", "nars", "estudyante", "negosyante", "walang trabaho")),
            "barangay": Y(
                p("Brgy. San Roque", "Brgy. Molino III", "Brgy. Tabuc Suba", "Brgy. Poblacion"), "address"
            ),
            "probinsya": G(lambda f: f.pick(PH_PROVINCES)),
            "may_kapansanan": RED(p(True, False), "disability"),
            "relasyon": G(p("asawa", "anak", "ina", "ama", "kapatid")),
            "numero_ng_pamilya": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    # -- allotments and pay -----------------------------------------------------------------------------
    (
        "track",
        "Allotment Set Up",
        ("web", "node+"),
        {
            "allotmentId": G(lambda f: "ALT-" + f.digits(7)),
            "beneficiary": {
                "fullName": Y(lambda f: full(f), "name"),
                "relationship": G(p("wife", "mother", "father", "sibling", "husband")),
                "mobile": Y(lambda f: phone(f, "PH"), "phone"),
                "birthDate": Y(dob, "birthdate"),
                "bankName": G(lambda f: f.pick(BANKS)[0]),
                "swiftCode": G(lambda f: f.pick(BANKS)[1]),
                "accountNumber": RED(any_bank_account, "bank account"),
                "accountType": G(p("savings", "current", "payroll")),
                "branch": G(p("Ayala Makati", "Iloilo Iznart", "Haugesund", "Piraeus Akti Miaouli")),
            },
            "percentOfBasic": G(p(60, 70, 80, 100)),
            "monthlyAmount": G(lambda f: f.money(300, 4000)),
            "currency": G(p("USD", "PHP", "NOK", "EUR")),
            "payoutChannel": G(p("bank", "gcash", "cebuana", "palawan_express")),
            "effectiveMonth": G(p("2024-06", "2024-07", "2024-08")),
            "requiresManagerApproval": G(p(True, False)),
        },
    ),
    (
        "track",
        "GCash Payout Linked",
        ("kotlin",),
        {
            "allotmentId": G(lambda f: "ALT-" + f.digits(7)),
            "gcashNumber": RED(lambda f: phone(f, "PH"), "bank account|phone"),
            "accountName": Y(lambda f: full(f, "PH"), "name"),
            "kycLevel": G(p("basic", "fully_verified", "semi_verified")),
            "linkedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Allotment Remitted",
        ("go",),
        {
            "allotment-id": G(lambda f: "ALT-" + f.digits(7)),
            "payroll-run": G(p("2024-05-A", "2024-06-A", "2024-06-B")),
            "amount-usd": G(lambda f: f.money(200, 4000)),
            "fx-rate": G(lambda f: round(f.r.uniform(55.1, 58.9), 4)),
            "amount-php": G(lambda f: f.money(11000, 230000)),
            "beneficiary-name": Y(lambda f: full(f), "name"),
            "beneficiary-account": RED(any_bank_account, "bank account"),
            "bank-bic": G(lambda f: f.pick(BANKS)[1]),
            "remittance-ref": G(lambda f: "RMT" + f.digits(10)),
            "status": G(p("sent", "credited", "returned", "pending")),
            "value-date": G(lambda f: ymd(f)),
            "processor": G(p("wise", "bdo_remit", "swift_mt103")),
        },
    ),
    (
        "track",
        "Padala Naipadala",
        ("php",),
        {
            "pangalan_ng_tatanggap": Y(lambda f: full(f, "PH"), "name"),
            "numero_ng_telepono": Y(lambda f: phone(f, "PH"), "phone"),
            "halaga": G(lambda f: f.money(5000, 150000)),
            "bangko": G(lambda f: f.pick(BANKS[:4])[0]),
            "numero_ng_account": RED(ph_bank_account, "bank account"),
            "tirahan": Y(lambda f: f.pick(PH_STREETS), "address"),
            "lungsod": Y(lambda f: f.pick(PH_CITIES), "city"),
            "lalawigan": G(lambda f: f.pick(PH_PROVINCES)),
            "petsa": G(lambda f: ymd(f)),
            "katayuan": G(p("naipadala", "nakabinbin", "nabigo")),
            "reference_no": G(lambda f: "KMP" + f.digits(9)),
        },
    ),
    (
        "track",
        "Allotment Beneficiary Selected",
        ("kotlin",),
        {
            "beneficiaryId": G(lambda f: f.uuid()),
            "label": Y(
                lambda f: f"{full(f)} ({f.pick(['Wife', 'Mother', 'Father', 'Asawa', 'Kapatid'])})",
                "name",
                True,
            ),
            "index": G(lambda f: f.r.randint(0, 3)),
            "source": G(p("allotment_form", "quick_send")),
        },
    ),
    (
        "track",
        "Allotment Note Added",
        ("ruby",),
        {
            "allotmentId": G(lambda f: "ALT-" + f.digits(7)),
            "staffId": G(lambda f: "staff_" + f.digits(4)),
            "note": RED(allotment_note, "bank account", True),
            "noteType": G(p("bank_change", "returned", "verification")),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        ("swift",),
        {
            "payslipId": G(lambda f: f.uuid()),
            "period": G(p("2024-03", "2024-04", "2024-05", "2024-06")),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "basicWage": Y(lambda f: f.r.randint(700, 9000), "salary"),
            "fixedOvertime": Y(lambda f: f.r.randint(250, 3000), "salary"),
            "netPay": Y(lambda f: f.money(900, 12000), "salary"),
            "totalDeductions": G(lambda f: f.money(10, 400)),
            "currency": G(p("USD", "NOK", "EUR")),
            "daysOnBoard": G(lambda f: f.r.randint(1, 31)),
            "downloadedPdf": G(p(True, False)),
        },
    ),
    (
        "track",
        "Payroll Card Loaded",
        ("php",),
        {
            "load_id": G(lambda f: f.digits(10)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: full(f).upper(), "name"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 30)}"),
            "card_bin": G(p("453201", "516732", "402360")),
            "card_last4": G(lambda f: f.digits(4)),
            "amount_usd": G(lambda f: f.money(100, 5000)),
            "program": G(p("Crew Payroll Visa", "SeaPay Prepaid Mastercard")),
        },
    ),
    # -- contracts, vessel assignments ----------------------------------------------------------------
    (
        "track",
        "ContractSigned",
        ("dotnet",),
        {
            "ContractId": G(lambda f: f"C-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "SeafarerId": G(lambda f: "KMC-" + f.digits(6)),
            "VesselName": G(lambda f: f.pick(VESSELS)),
            "ImoNumber": G(imo),
            "Flag": G(p("Malta", "Liberia", "Marshall Islands", "Norway (NIS)", "Greece")),
            "Rank": G(lambda f: f.pick(RANKS)),
            "BasicMonthlyWage": Y(lambda f: f.r.randint(700, 9500), "salary"),
            "OvertimeHourlyRate": Y(lambda f: round(f.r.uniform(4.5, 28.0), 2), "salary"),
            "ContractDurationMonths": G(p(4, 6, 9, 10)),
            "PointOfHire": G(p("Manila", "Haugesund", "Piraeus")),
            "CbaType": G(p("ITF IBF", "AMOSUP-JSU", "NIS", "Non-CBA")),
            "OecNumber": Y(lambda f: f"OEC-{f.digits(10)}", "certificate"),
            "SignedAt": G(lambda f: f.iso()),
            "SignatureIp": Y(lambda f: f.ipv4(), "ip"),
            "WitnessName": Y(lambda f: full(f, "PH"), "name"),
        },
    ),
    (
        "track",
        "Crew Signed On",
        ("java",),
        {
            "signOnId": G(lambda f: f.uuid()),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "imo": G(imo),
            "portCode": G(lambda f: f.pick(PORTS)[0]),
            "portName": G(lambda f: f.pick(PORTS)[1]),
            "signOnDate": G(lambda f: ymd(f)),
            "rank": G(lambda f: f.pick(RANKS)),
            "crewListPosition": G(lambda f: f.r.randint(1, 25)),
            "seafarerName": Y(lambda f: full(f), "name"),
            "relievedSeafarerName": Y(lambda f: full(f), "name"),
            "portAgent": G(
                p("GAC Singapore", "Wilhelmsen Ships Service", "Inchcape Shipping", "Seatrade Piraeus")
            ),
            "travelDays": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Crew Signed Off",
        ("java",),
        {
            "signOffId": G(lambda f: f.uuid()),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "portCode": G(lambda f: f.pick(PORTS)[0]),
            "signOffDate": G(lambda f: ymd(f)),
            "reason": Y(
                p(
                    "end_of_contract",
                    "medical_repatriation",
                    "compassionate_leave",
                    "promotion",
                    "owner_request",
                ),
                "condition",
            ),
            "monthsOnBoard": G(lambda f: round(f.r.uniform(1, 11), 1)),
            "finalWageSettled": G(p(True, False)),
            "performanceRating": G(p("A", "B", "C")),
            "rehireEligible": G(p(True, False)),
        },
    ),
    (
        "track",
        "Crew Change Planned",
        ("dotnet",),
        {
            "crewChangeId": G(lambda f: f.uuid()),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "port": G(lambda f: f.pick(PORTS)[1]),
            "eta": G(lambda f: f.iso()),
            "onSigners": G(lambda f: f.r.randint(1, 12)),
            "offSigners": G(lambda f: f.r.randint(1, 12)),
            "agentCompany": G(p("GAC Singapore", "Wilhelmsen Ships Service", "Inchcape Shipping")),
            "agentEmail": G(
                p("crewchange.sg@gac.com", "ops.rotterdam@wilhelmsen.com", "piraeus@iss-shipping.com")
            ),
            "agentPhone": G(p("+65 6594 5533", "+31 10 487 7800", "+30 210 418 0100")),
            "vesselPosition": {
                "latitude": G(lambda f: round(f.r.uniform(-35, 60), 4)),
                "longitude": G(lambda f: round(f.r.uniform(-80, 140), 4)),
            },
            "estimatedCostUsd": G(lambda f: f.money(4000, 60000)),
            "status": G(p("Planned", "Confirmed", "Cancelled")),
        },
    ),
    (
        "track",
        "Mannskapsendring Registrert",
        ("java",),
        {
            "skip": G(lambda f: f.pick(VESSELS)),
            "imo": G(imo),
            "havn": G(p("Haugesund", "Bergen", "Ålesund", "Rotterdam", "Aberdeen")),
            "dato": G(lambda f: ymd(f)),
            "påmønstret": Many(
                {
                    "navn": Y(lambda f: full(f), "name"),
                    "stilling": G(p("Kaptein", "Overstyrmann", "Maskinsjef", "Matros", "Kokk", "Motormann")),
                    "fødselsdato": Y(dob, "birthdate"),
                    "nasjonalitet": Y(p("Norsk", "Filippinsk", "Polsk", "Gresk", "Ukrainsk"), "citizenship"),
                    "passnummer": RED(passport, "passport"),
                },
                3,
            ),
            "avmønstret_antall": G(lambda f: f.r.randint(0, 6)),
            "registrert_av": Y(lambda f: full(f, "NO"), "name"),
            "kommentar": G(lambda f: f.pick(NO_COMMENTS)),
        },
    ),
    (
        "track",
        "Ναυτολόγηση",
        ("java",),
        {
            "Ονοματεπώνυμο": Y(lambda f: f"{f.pick(GREEK_FIRST)} {f.pick(GREEK_LAST)}", "name"),
            "Ειδικότητα": G(p("Ναύκληρος", "Μηχανικός Γ'", "Ναύτης", "Μάγειρας")),
            "Πλοίο": G(lambda f: f.pick(VESSELS)),
            "Λιμάνι": G(p("Πειραιάς", "Ελευσίνα", "Θεσσαλονίκη", "Σινγκαπούρη")),
            "Ημερομηνία_Ναυτολόγησης": G(lambda f: ymd(f)),
            "Αριθμός_Ναυτικού_Φυλλαδίου": RED(lambda f: f"ΝΦ {f.digits(6)}", "national id"),
            "ΑΜΚΑ": RED(amka, "national id|social security number"),
            "Μισθός": Y(lambda f: f.r.randint(1400, 7800), "salary"),
            "Τηλέφωνο": Y(lambda f: phone(f, "GR"), "phone"),
            "Διεύθυνση": Y(lambda f: f"{f.pick(GR_STREETS_EL)}, {f.pick(GR_CITIES_EL)}", "address"),
        },
    ),
    (
        "track",
        "Crew Insurance Enrolled",
        ("java",),
        {
            "policyNumber": Y(lambda f: f"PI-{f.digits(8)}", "identification"),
            "insurer": G(p("Gard", "Skuld", "The Swedish Club", "Pacific Cross")),
            "memberNumber": Y(lambda f: f"M{f.digits(9)}", "identification"),
            "coverageUsd": G(p(50000, 90000, 120000)),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: full(f), "name"),
                    "relationship": G(p("wife", "son", "daughter", "mother")),
                    "birthDate": Y(dob, "birthdate"),
                    "sharePercent": G(p(25, 50, 100)),
                },
                3,
            ),
            "deathBenefitUsd": G(p(50000, 89100, 100000)),
        },
    ),
    # -- travel --------------------------------------------------------------------------------------
    (
        "track",
        "Flight Booked",
        ("python",),
        {
            "pnr": G(lambda f: alnum(f, 6, string.ascii_uppercase + string.digits)),
            "airline": G(p("PR", "QR", "EK", "SQ", "KL", "SK")),
            "flightNumber": G(lambda f: f"{f.pick(['PR', 'QR', 'EK', 'SQ', 'KL'])}{f.r.randint(10, 999)}"),
            "origin": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(lambda f: f.pick(AIRPORTS)),
            "departureAt": G(lambda f: f.iso()),
            "marineFare": G(p(True, False)),
            "fareUsd": G(lambda f: f.money(180, 2400)),
            "baggageAllowanceKg": G(p(30, 40, 46)),
            "travellers": Many(
                {
                    "firstName": Y(lambda f: first(f), "name"),
                    "lastName": Y(lambda f: last(f), "name"),
                    "dateOfBirth": Y(dob, "birthdate"),
                    "gender": Y(p("M", "F"), "gender"),
                    "nationality": Y(p("PH", "NO", "GR", "IN", "UA", "ID"), "citizenship"),
                    "passportNumber": RED(passport, "passport"),
                    "passportExpiry": G(lambda f: ymd(f, 2025, 2034)),
                    "ticketNumber": G(lambda f: f.pick(["079", "157", "176", "618", "074"]) + f.digits(10)),
                    "seat": G(lambda f: f"{f.r.randint(10, 60)}{f.pick('ABCDEFGHK')}"),
                    "mealPreference": Y(p("MOML", "KSML", "HNML", "VGML", "AVML", "none"), "religion"),
                    "frequentFlyerNumber": G(lambda f: f.pick(["PR", "QR", "SK"]) + f.digits(9)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Hotel Booked",
        ("python",),
        {
            "hotelName": G(
                p(
                    "Crowne Plaza Changi",
                    "Hotel Cabo Piraeus",
                    "Scandic Maritim Haugesund",
                    "Citadines Rotterdam",
                )
            ),
            "hotelCity": G(p("Singapore", "Piraeus", "Haugesund", "Rotterdam")),
            "hotelPhone": G(p("+65 6823 5300", "+30 210 411 4444", "+47 52 86 30 00")),
            "checkIn": G(lambda f: ymd(f)),
            "checkOut": G(lambda f: ymd(f)),
            "guestName": Y(lambda f: full(f), "name"),
            "guestEmail": Y(lambda f: email(f), "email"),
            "roomType": G(p("single", "twin", "double")),
            "nightlyRate": G(lambda f: f.money(70, 260)),
            "confirmationNumber": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Visa Application Started",
        ("web",),
        {
            "visaType": RED(p("US C1/D", "Schengen C (seafarer)", "Australian MCV", "UK transit"), "visa"),
            "embassy": G(p("US Embassy Manila", "Norwegian Embassy Manila", "Greek Consulate Manila")),
            "appointmentDate": G(lambda f: ymd(f, 2024, 2025)),
            "applicantFullName": Y(lambda f: full(f), "name"),
            "applicantDateOfBirth": Y(dob_style, "birthdate"),
            "placeOfBirth": Y(home_city, "city"),
            "applicantPassportNo": RED(passport, "passport"),
            "previousRefusal": RED(p(True, False), "visa"),
            "sponsorCompany": G(lambda f: f.pick(PRINCIPALS)),
            "stage": G(p("form", "documents", "payment", "appointment")),
        },
    ),
    (
        "track",
        "Shore Leave Requested",
        ("rn",),
        {
            "requestId": G(lambda f: f.uuid()),
            "port": G(lambda f: f.pick(PORTS)[1]),
            "from": G(lambda f: f.iso()),
            "to": G(lambda f: f.iso()),
            "shipAgent": G(p("GAC Singapore", "Inchcape Shipping", "Seatrade Piraeus")),
            "purpose": G(p("sightseeing", "shopping", "seafarers_centre", "sim_card")),
            "crewMembers": Many(
                {
                    "name": Y(lambda f: full(f), "name"),
                    "rank": G(lambda f: f.pick(RANKS)),
                    "sirbNo": RED(sirb, "national id"),
                },
                4,
            ),
        },
    ),
    # -- welfare, safety --------------------------------------------------------------------------------
    (
        "track",
        "Welfare Survey Submitted",
        ("flutter",),
        {
            "surveyId": G(lambda f: "WS-" + f.digits(5)),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "scoreFood": G(lambda f: f.r.randint(1, 5)),
            "scoreInternet": G(lambda f: f.r.randint(1, 5)),
            "scoreRestHours": G(lambda f: f.r.randint(1, 5)),
            "wellbeingScore": Y(lambda f: f.r.randint(1, 10), "condition"),
            "wantsCounsellor": Y(p(True, False), "condition"),
            "isAnonymous": G(p(True, False)),
            "comments": G(lambda f: f.pick(SURVEY_COMMENTS)),
        },
    ),
    (
        "track",
        "Welfare Chat Message Sent",
        ("swift",),
        {
            "conversationId": G(lambda f: f.uuid()),
            "text": G(lambda f: f.pick(CHAT_TEXTS)),
            "charCount": G(lambda f: f.r.randint(2, 120)),
            "hasAttachment": G(p(True, False)),
            "channel": G(p("crew_support", "allotments", "travel")),
        },
    ),
    (
        "track",
        "Rest Hours Logged",
        ("flutter",),
        {
            "date": G(lambda f: ymd(f)),
            "hoursWorked": G(lambda f: round(f.r.uniform(6, 14), 1)),
            "hoursRest": G(lambda f: round(f.r.uniform(10, 18), 1)),
            "compliant": G(p(True, False)),
            "watchSchedule": G(p("0-4", "4-8", "8-12", "day_worker")),
        },
    ),
    (
        "track",
        "Incident Reported",
        ("node",),
        {
            "incidentId": G(lambda f: "INC-" + f.digits(6)),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "imo": G(imo),
            "incidentType": G(p("slip_trip_fall", "enclosed_space", "mooring", "burn", "near_miss")),
            "occurredAt": G(lambda f: f.iso()),
            "shipPosition": {
                "lat": G(lambda f: round(f.r.uniform(-35, 60), 4)),
                "lon": G(lambda f: round(f.r.uniform(-80, 140), 4)),
            },
            "severity": G(p("minor", "moderate", "serious")),
            "injuredPerson": {
                "name": Y(lambda f: full(f), "name"),
                "rank": G(lambda f: f.pick(RANKS)),
                "age": G(lambda f: f.r.randint(20, 60)),
                "nationality": Y(p("Filipino", "Ukrainian", "Indian", "Greek", "Norwegian"), "citizenship"),
            },
            "injuryType": Y(lambda f: f.pick(INJURIES), "condition|diagnosis"),
            "bodyPart": Y(lambda f: f.pick(BODY_PARTS), "condition"),
            "description": Y(incident_text, "name|condition", True),
            "reportedBy": {"name": Y(lambda f: full(f), "name"), "email": Y(staff_email, "email")},
            "daysLost": G(lambda f: f.r.randint(0, 14)),
            "pAndIClub": G(p("Gard", "Skuld", "UK P&I", "NorthStandard")),
            "witnessCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Grievance Filed",
        ("web",),
        {
            "grievanceId": G(lambda f: f.uuid()),
            "category": G(p("wages", "food", "rest_hours", "repatriation", "internet")),
            "anonymous": G(p(True, False)),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "details": G(lambda f: f.pick(GRIEVANCES)),
            "submittedVia": G(p("web", "onboard_kiosk", "email")),
        },
    ),
    (
        "track",
        "Wi-Fi Session Started",
        ("kotlin",),
        {
            "sessionId": G(lambda f: f.uuid()),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "macAddress": Y(lambda f: f.mac(), "mac"),
            "dataMb": G(lambda f: f.r.randint(0, 5000)),
            "planName": G(lambda f: f.pick(WIFI_PRODUCTS[:3])[1]),
            "satelliteProvider": G(p("Starlink Maritime", "Marlink", "KVH", "Inmarsat FX")),
        },
    ),
    # -- crew shop (e-commerce spec) ------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ("kotlin", "swift"),
        {
            "query": G(p("wifi", "unlimited", "noodles", "globe sim", "gloves")),
            "results": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    ("track", "Product Viewed", ("kotlin", "swift"), {**shop_product(), "currency": G(lambda f: "USD")}),
    (
        "track",
        "Product Added",
        ("kotlin", "swift", "web"),
        {**shop_product(), "cart_id": G(lambda f: f.uuid()), "currency": G(lambda f: "USD")},
    ),
    (
        "track",
        "Checkout Started",
        ("kotlin", "swift"),
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "revenue": G(lambda f: f.money(5, 200)),
            "currency": G(lambda f: "USD"),
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("kotlin", "swift"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "step": G(p(2, 3)),
            "payment_method": G(p("card", "payroll_deduction", "gcash")),
        },
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(5, 200)),
            "revenue": G(lambda f: f.money(5, 200)),
            "tax": G(lambda f: f.money(0, 12)),
            "discount": G(p(0, 2.5, 5)),
            "coupon": G(p("", "SEAFARERSDAY", "WELCOME5")),
            "currency": G(lambda f: "USD"),
            "payment_method_id": RED(pm_token, "token"),
            "card_brand": G(p("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(p("PH", "NO", "GR")),
            },
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Mobile Load Purchased",
        ("kotlin", "swift"),
        {
            "product_id": G(lambda f: f.pick(["GLOBE-100", "SMART-300", "DITO-99", "GOSURF-50"])),
            "network": G(p("Globe", "Smart", "DITO", "TNT")),
            "recipient_mobile": Y(lambda f: phone(f, "PH"), "phone"),
            "recipient_name": Y(lambda f: full(f, "PH"), "name"),
            "amount_php": G(p(50, 100, 300, 500)),
            "reference_no": G(lambda f: f.digits(12)),
        },
    ),
    # -- auth, search, verification ---------------------------------------------------------------------
    (
        "track",
        "OTP Requested",
        ("kotlin",),
        {
            "method": G(p("sms", "whatsapp", "viber")),
            "input": Y(lambda f: phone(f), "phone", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "resendAvailableIn": G(p(30, 60, 90)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ("kotlin",),
        {
            "otpCode": RED(otp, "token"),
            "verified": G(p(True, False)),
            "latencyMs": G(lambda f: f.r.randint(200, 60000)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ("web",),
        {
            "token": RED(lambda f: alnum(f, 43, string.ascii_letters + string.digits + "-_"), "token"),
            "redirectTo": G(p("/my/documents", "/my/allotments", "/apply")),
            "expired": G(p(True, False)),
        },
    ),
    (
        "track",
        "Signed In",
        ("web", "kotlin", "swift"),
        {
            "method": G(p("password", "otp", "magic_link", "google")),
            "success": G(p(True, False)),
            "failedAttempts": G(lambda f: f.r.randint(0, 5)),
            "mfaEnabled": G(p(True, False)),
            "passwordStrength": G(p("weak", "fair", "strong")),
            "rememberMe": G(p(True, False)),
        },
    ),
    (
        "track",
        "Account Created",
        ("rn",),
        {
            "email": Y(lambda f: email(f), "email"),
            "password": RED(
                lambda f: f.pick(
                    [
                        "Mabuhay2024!",
                        "seaman123",
                        "Ilove" + first(f, "PH").split()[0] + "88",
                        "Norge#" + f.digits(4),
                        "Pass@" + f.digits(3),
                    ]
                ),
                "password",
            ),
            "signupSource": G(p("facebook_ad", "referral", "organic")),
            "acceptedTerms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Seafarer Searched",
        ("web",),
        {
            "q": Y(search_name, "name", True),
            "filters": {
                "rank": G(lambda f: f.pick(RANK_CODES)),
                "status": G(p("ON_BOARD", "STANDBY", "ANY")),
            },
            "resultCount": G(lambda f: f.r.randint(0, 40)),
            "staffId": G(lambda f: "staff_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Contact Detail Verified",
        ("rn",),
        {
            "channel": G(lambda f: "email"),
            "value": Y(lambda f: email(f), "email", True),
            "verifiedAt": G(lambda f: f.iso()),
            "method": G(p("link", "code")),
        },
    ),
    (
        "track",
        "Training Enrolled",
        ("php+",),
        {
            "course_code": G(p("BST-R", "AFF", "PSCRB", "SSO", "ECDIS-G")),
            "course_name": G(lambda f: f.pick(CERT_TYPES)),
            "training_center": G(lambda f: f.pick(TRAINING_CENTERS)),
            "center_city": G(p("Manila", "Kawit", "Haugesund", "Aspropyrgos")),
            "start_date": G(lambda f: ymd(f, 2024, 2025)),
            "fee": G(lambda f: f.money(80, 1200)),
            "trainee_name": Y(lambda f: full(f), "name"),
            "trainee_sirb": RED(sirb, "national id"),
            "trainee_email": Y(lambda f: email(f), "email"),
            "trainee_mobile": Y(lambda f: phone(f), "phone"),
            "paid_by_company": G(p(True, False)),
            "batch_no": G(lambda f: f.digits(4)),
        },
    ),
    # -- vendor payloads --------------------------------------------------------------------------------
    (
        "track",
        "SMS Received",
        ("node",),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: phone(f), "phone"),
            "To": G(p("+639178005500", "+4759441200", "+302104291999")),
            "Body": G(lambda f: f.pick(SMS_BODIES)),
            "NumMedia": G(p("0", "0", "1")),
            "FromCountry": G(p("PH", "NO", "GR", "SG")),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Opened",
        ("python",),
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(p("open", "click", "delivered")),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(
                lambda f: f"{alnum(f, 22)}.filterdrecv-{f.digits(3)}-{f.digits(5)}-{f.hexid(8)}"
            ),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(G(p("certificate_expiry", "allotment", "newsletter")), 2),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ("python",),
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "contacts": Many(
                {"profile": {"name": Y(lambda f: full(f), "name")}, "wa_id": Y(wa_digits, "phone", True)}, 1
            ),
            "messages": Many(
                {
                    "from": Y(wa_digits, "phone", True),
                    "id": G(lambda f: "wamid.HBgM" + alnum(f, 40, string.ascii_uppercase + string.digits)),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": G(p("text", "image", "document")),
                    "text": {"body": G(lambda f: f.pick(CHAT_TEXTS))},
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Profile Field Edited",
        ("node+",),
        {
            "fieldName": G(p("homeAddress", "mailingAddress", "nokAddress")),
            "newValue": Y(full_address, "address", True),
            "editedBy": G(p("self", "staff", "import")),
        },
    ),
    (
        "track",
        "Call Completed",
        ("node",),
        {
            "call_id": G(lambda f: int(f.digits(9))),
            "direction": G(p("inbound", "outbound")),
            "number": {
                "digits": G(p("+63 2 8812 5500", "+47 52 70 12 00", "+30 210 429 1999")),
                "name": G(p("Manila crew desk", "Haugesund ops", "Piraeus 24h")),
            },
            "raw_digits": Y(lambda f: phone(f), "phone"),
            "user": {"name": Y(lambda f: full(f, "PH"), "name"), "email": Y(staff_email, "email")},
            "duration": G(lambda f: f.r.randint(0, 1800)),
            "tags": Many(G(p("allotment", "travel", "emergency", "documents")), 2),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ("swift", "kotlin"),
        {
            "campaignId": G(lambda f: "cmp_" + f.digits(5)),
            "title": G(p("Certificate expiring", "Allotment sent", "Flight confirmed")),
            "body": G(
                p(
                    "Your Basic Safety Training expires in 30 days. Renew now.",
                    "Your June allotment has been credited.",
                    "Your flight to Singapore is confirmed. Check your e-ticket.",
                )
            ),
            "deepLink": G(p("kapitancrew://documents", "kapitancrew://allotments", "kapitancrew://travel")),
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
                "userId": "KMC-" + f.digits(6),
            }
            if event:
                msg["event"] = event
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            elif kind == "group":
                msg["groupId"] = "prn_" + f.digits(4)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(list(clients))](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=SEED, repeats=REPEATS)
    write(Path(__file__).parent, "holdout213_", events, labels)
