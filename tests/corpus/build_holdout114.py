"""Writes holdout 114: tests/corpus/holdout114_events.jsonl and holdout114_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the helpers and the
format), and never run through the engine by its author.

Covers an airline and its loyalty programme ("Noor Air", "Noor Miles") flying from the UAE,
Qatar and India: flight search and e-commerce spec booking events with adult, child and infant
passengers; passport and visa details (APIS, MRZ scans, UAE visit-visa applications, Secure
Flight); seat, meal (special-meal SSR codes) and pet add-ons; unaccompanied minors;
special assistance; check-in, boarding passes (BCBP barcodes) and wallet passes; miles accrual,
redemption, transfer and family pooling; co-branded credit cards in India and the UAE (PAN,
Emirates ID, IBAN, IFSC, UPI, credit bureau scores); lounge access; complaints, baggage claims,
compensation, a Zendesk-shaped ticket webhook, a call-centre telephony webhook, SendGrid and
Twilio-shaped payloads, ad click ids; cabin-crew recruitment; corporate accounts (group calls)
and alias calls. Contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries. Keys are mostly camelCase and snake_case; about 15 % are PascalCase (.NET,
Twilio), kebab-case (a web component, SendGrid), SCREAMING_SNAKE (reverse-ETL from the warehouse)
and transliterated Arabic (`ism_al_musafir`, `raqm_jawaz_al_safar`) and Hindi (`yatri_naam`,
`janm_tithi`, `aadhaar_sankhya`) keys. Values come from many cultures and countries: UAE, Qatari,
Indian, Philippine, Pakistani, British and US phone formats; Emirates IDs with their Luhn digit,
Aadhaar numbers with their Verhoeff digit, Qatari IDs, PANs, mod-97 IBANs (AE, QA, GB), Luhn card
numbers, passport MRZs with valid check digits, IATA boarding-pass barcodes.

Conventions: one label per leaf path (`properties.passengers[].first_name`), the same across all
events that carry the path; each label is the classification (red / yellow / green), the type
(the reference's matcher name, or `national id`, `bank account`, `health id`, `advertising id`,
`credit card`, `token`, `geolocation`, `credit score`, `ip`; `a|b` when either is fair) and
value_only (the key does not say what the value is; only the value tells).

Labelling rules (the product's default colours and its published policy for contested cases):
- PII is personal data about a natural person: the user, a passenger, a family member, a
  recipient, an emergency contact, a staff member. Names, contact details, the person's own
  address or precise location, birth dates, government ids, bank accounts and full card numbers,
  health and other special categories, credentials, IPs and advertising ids. Colours are the
  reference's defaults; outside the reference: red for credentials/tokens, cards, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids the airline or a vendor issues (PNR, ticket numbers, frequent-flyer and member
  numbers, claim and file references, bag tags, wallet-pass serial numbers, Stripe customer ids,
  Twilio/SendGrid ids and e-mail Message-IDs), versions, timestamps, hashes of non-PII, amounts,
  counters, enums and booleans under PII-sounding keys (`emailVerified`, `passportOnFile`,
  `visa_required`), fare, product, lounge, hotel, company and pet names, searched airports and
  destinations, country, locale, currency, user agents, OS device ids, ages, marital status, job
  titles and employers, the airline's and lounges' own phones and role mailboxes, card brand,
  BIN, last four and expiry, IFSC and SWIFT codes, UUID session tokens.
- Yellow per policy: insurance policy numbers (`identification`), pay and income (`salary`),
  credit bureau scores (`credit score`), driving licence numbers (`license`), ad click ids
  (`advertising id`), the person's billing and delivery addresses (`address`).
- Red per policy: payment-method ids (`pm_`), activation, verification and sign-in link codes
  (`token`), identity document numbers (`passport` / `national id`, incl. Known Traveler and
  Redress numbers, Emirates ID, QID, Aadhaar, PAN), answers about the right to work or visa
  sponsorship (`visa`), a UAE visa file number (`visa|national id`).
- Special categories: disability (wheelchair SSR codes, service animals, assistance notes) red
  `disability`; special-meal codes that reveal religion or health (HNML, MOML, KSML, JNML, DBML,
  GFML ...) yellow `religion|condition` (every value in those paths is such a code); pregnancy,
  medical oxygen and declared pre-existing conditions yellow `condition`; religion on a visa form
  yellow `religion`.
- Rules this corpus settles where the policy is silent (what a careful privacy owner would want
  flagged): a passport's issuing country is its holder's citizenship (yellow `citizenship`), a
  country of residence is green; a passenger's honorific (MR, MRS, MSTR, MISS) reveals sex and is
  labelled yellow `gender`; a member's home airport (an IATA code) is green like a country, the
  member's home city yellow `city`; an employee's own work e-mail (firstname.lastname@) is PII,
  unlike role mailboxes; a SHA-256 of a person's e-mail or phone sent for ad matching (warehouse
  export, Conversions API `em` / `ph`) is a pseudonymous identifier of that person, labelled
  yellow as the hashed type, while a hash of our own member number is green; a UPI payment
  address names a bank account (red `bank account`); a business's GSTIN and a pet's microchip
  number are green; an IATA boarding-pass barcode and a passport MRZ carry the holder's name (the
  MRZ also the passport number: red `passport`; the barcode yellow `name`, value_only).
- value_only paths (neutral keys): `field.value`, `label`, `text`, `note`, `notes`, `input`,
  `description`, `comments`, `to`, `cc[]`, `barcode_data`; every value of each carries the PII.
- Free text: labelled by what every one of its values carries (each such template puts that PII
  in every value), green when none of its values carries PII (search queries, NPS comments, SMS
  flight updates).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

ARAB_M = ["Mohammed", "Ahmed", "Khalid", "Saeed", "Omar", "Hamad", "Yousef", "Abdullah", "Rashid", "Tariq"]
ARAB_F = ["Fatima", "Aisha", "Mariam", "Noora", "Hessa", "Latifa", "Sara", "Reem", "Shaikha", "Dana"]
ARAB_LAST = [
    "Al Mansoori",
    "Al Hashemi",
    "Al Marri",
    "Al Kuwari",
    "Al Thani",
    "Al Nuaimi",
    "Al Ketbi",
    "Haddad",
    "Khoury",
    "El-Sayed",
    "Abdelrahman",
    "Al Shamsi",
    "Al Kaabi",
]
IND_FIRST = [
    "Arjun",
    "Priya",
    "Rahul",
    "Sneha",
    "Vikram",
    "Anjali",
    "Karthik",
    "Deepika",
    "Harpreet",
    "Farhan",
    "Lakshmi",
    "Aditya",
    "Meera",
    "Sanjay",
    "Pooja",
    "Shabana",
    "Rohan",
    "Divya",
    "Suresh",
    "Gurpreet",
]
IND_LAST = [
    "Sharma",
    "Iyer",
    "Menon",
    "Nair",
    "Reddy",
    "Patel",
    "Singh",
    "Kaur",
    "Banerjee",
    "Chatterjee",
    "Pillai",
    "D'Souza",
    "Fernandes",
    "Kulkarni",
    "Joshi",
    "Gupta",
    "Varghese",
    "Mehta",
]
OTHER_FIRST = [
    "Maria",
    "Jose",
    "Angelica",
    "Imran",
    "Ayesha",
    "Nuwan",
    "Sabina",
    "Tanvir",
    "Oliver",
    "Emma",
    "Dmitri",
    "Wei",
    "Chukwuemeka",
    "Ayşe",
    "Sophie",
    "Kenji",
    "Grace",
    "Liam",
]
OTHER_LAST = [
    "Santos",
    "Dela Cruz",
    "Reyes",
    "Bautista",
    "Qureshi",
    "Siddiqui",
    "Perera",
    "Shrestha",
    "Hossain",
    "Bennett",
    "Clarke",
    "Volkov",
    "Zhang",
    "Obi",
    "Yılmaz",  # noqa: RUF001
    "Laurent",
    "Watanabe",
    "Wanjiru",
    "O'Connor",
]
NAMES_AR = [
    "محمد أحمد المنصوري",
    "فاطمة علي الهاشمي",
    "عائشة خالد المري",
    "سارة يوسف الكعبي",
    "خالد سعيد النعيمي",
    "مريم راشد الشامسي",
    "حمد عبدالله الكواري",
    "نورة سالم الكتبي",
]
CHILD_FIRST = [
    "Aarav",
    "Zara",
    "Ayaan",
    "Inaya",
    "Yousef",
    "Layla",
    "Kabir",
    "Myra",
    "Adam",
    "Hind",
    "Ishaan",
]


def first(f: Fake) -> str:
    pool = f.pick([ARAB_M, ARAB_F, IND_FIRST, IND_FIRST, OTHER_FIRST])
    return f.pick(pool)


def last(f: Fake) -> str:
    return f.pick(f.pick([ARAB_LAST, IND_LAST, IND_LAST, OTHER_LAST]))


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def child_first(f: Fake) -> str:
    return f.pick(CHILD_FIRST)


def ascii_(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake) -> str:
    a, b = ascii_(first(f)).lower(), ascii_(last(f)).lower()
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 99)}"])
    domain = f.pick(
        [
            "gmail.com",
            "gmail.com",
            "yahoo.co.in",
            "hotmail.com",
            "outlook.com",
            "icloud.com",
            "rediffmail.com",
            "emirates.net.ae",
            "qatar.net.qa",
            "yahoo.com",
        ]
    )
    return f"{local}@{domain}"


def phone(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["AE", "AE", "QA", "IN", "IN", "IN", "GB", "PH", "PK", "US"])
    if c == "AE":
        m, n = f.pick(["50", "52", "54", "55", "56", "58"]), f.digits(7)
        return f.pick([f"+971 {m} {n[:3]} {n[3:]}", f"+971{m}{n}", f"0{m} {n[:3]} {n[3:]}", f"00971{m}{n}"])
    if c == "QA":
        n = f.pick("3567") + "".join(str(f.r.randint(0, 9)) for _ in range(7))
        return f.pick([f"+974 {n[:4]} {n[4:]}", f"+974{n}", f"{n[:4]} {n[4:]}"])
    if c == "IN":
        n = f.pick("6789") + "".join(str(f.r.randint(0, 9)) for _ in range(9))
        return f.pick([f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"0{n}", f"+91{n}"])
    if c == "GB":
        return f"+44 7{f.r.randint(400, 999)} {f.digits(6)}"
    if c == "PH":
        return f"+63 9{f.r.randint(10, 99)} {f.digits(3)} {f.digits(4)}"
    if c == "PK":
        return f"+92 3{f.r.randint(0, 4)}{f.r.randint(0, 9)} {f.digits(7)}"
    return f.phone(f.pick(["e164", "nanp_paren", "intl_space"]))


def address(f: Fake) -> str:
    kind = f.pick(["AE", "AE", "QA", "IN", "IN", "GB"])
    if kind == "AE":
        return f.pick(
            [
                f"Villa {f.r.randint(1, 90)}, Street {f.r.randint(1, 40)}, "
                f"Al Barsha {f.r.randint(1, 3)}, Dubai",
                f"Apt {f.r.randint(101, 4507)}, Marina Heights Tower, Dubai Marina, Dubai",
                f"Flat {f.r.randint(101, 1208)}, Al Nahda Building {f.r.randint(1, 9)}, Al Nahda, Sharjah",
                f"Villa {f.r.randint(1, 300)}, Khalifa City A, Abu Dhabi",
            ]
        )
    if kind == "QA":
        return (
            f"Building {f.r.randint(1, 99)}, Street {f.r.randint(200, 990)}, Zone {f.r.randint(10, 90)}, "
            + f.pick(["Al Aziziya", "Al Sadd", "Najma", "Al Waab"])
            + ", Doha"
        )
    if kind == "IN":
        return f.pick(
            [
                f"Flat {f.r.randint(1, 12)}{f.pick('ABCD')}, Sai Residency, 12th Cross, "
                f"Indiranagar, Bengaluru 5600{f.r.randint(10, 99)}",
                f"{f.r.randint(1, 90)}/{f.r.randint(1, 9)} MG Road, Ernakulam, "
                f"Kochi 6820{f.r.randint(10, 40)}",
                f"House No. {f.r.randint(1, 400)}, Sector {f.r.randint(1, 56)}, "
                f"Gurugram 1220{f.r.randint(10, 99)}",
                f"{f.r.randint(1, 30)}, Nungambakkam High Road, Chennai 6000{f.r.randint(10, 40)}",
            ]
        )
    return f"Flat {f.r.randint(1, 40)}, {f.r.randint(2, 200)} Queensway, London W2 {f.r.randint(1, 9)}LQ"


def street(f: Fake) -> str:
    return f.pick(
        [
            f"Villa {f.r.randint(1, 90)}, Street {f.r.randint(1, 40)}",
            f"Apt {f.r.randint(101, 4507)}, Marina Heights Tower",
            f"Flat {f.r.randint(1, 12)}{f.pick('ABCD')}, Sai Residency, 12th Cross",
            f"Building {f.r.randint(1, 99)}, Street {f.r.randint(200, 990)}, Zone {f.r.randint(10, 90)}",
            f"{f.r.randint(1, 90)}/{f.r.randint(1, 9)} MG Road",
        ]
    )


def person_city(f: Fake) -> str:
    return f.pick(
        ["Dubai", "Sharjah", "Abu Dhabi", "Doha", "Al Wakrah", "Kochi", "Bengaluru", "Mumbai", "Chennai"]
    )


def postcode(f: Fake) -> str:
    return f.pick([f"{f.r.randint(110, 695)}{f.digits(3)}", f"{f.r.randint(110001, 695999)}"])


def dob(f: Fake, start=1950, end=2004, fmt="iso") -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    if fmt == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if fmt == "iata":
        return f"{d:02d}{months[m - 1]}{y % 100:02d}"
    return f"{y}-{m:02d}-{d:02d}"


def future_date(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def nationality(f: Fake) -> str:
    return f.pick(["IN", "AE", "QA", "PH", "PK", "GB", "EG", "LK", "NP", "BD", "US"])


def nationality_word(f: Fake) -> str:
    return f.pick(
        ["Indian", "Emirati", "Qatari", "Filipino", "Pakistani", "British", "Egyptian", "Sri Lankan"]
    )


# -- documents and accounts ------------------------------------------------------------------------


def passport_no(f: Fake) -> str:
    kind = f.pick(["IN", "IN", "PH", "PK", "GB", "AE"])
    if kind == "IN":
        return f.pick("JKLMNPRSTUVWZ") + f.digits(7)
    if kind == "PH":
        return "P" + f.digits(7) + f.pick("ABC")
    if kind == "PK":
        return f.pick(["AB", "BN", "CV", "EK"]) + f.digits(7)
    if kind == "GB":
        return f.digits(9)
    return f.pick("NAP") + f.digits(7)


def mrz_check(s: str) -> str:
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55

    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz(f: Fake) -> str:
    nat = f.pick(["IND", "PHL", "PAK", "GBR", "ARE", "EGY"])
    sur = ascii_(last(f)).upper()
    given = ascii_(first(f)).upper()
    line1 = f"P<{nat}{sur}<<{given}".ljust(44, "<")[:44]
    doc = (f.pick("JKLMNPRSTUVWZ") + f.digits(7)).ljust(9, "<")
    birth = dob(f, 1955, 2004).replace("-", "")[2:]
    sex = f.pick("MF")
    exp = f"{f.r.randint(26, 34)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    personal = "<" * 14
    parts = doc + mrz_check(doc) + nat + birth + mrz_check(birth) + sex + exp + mrz_check(exp)
    parts += personal + mrz_check(personal)
    composite = (
        doc
        + mrz_check(doc)
        + birth
        + mrz_check(birth)
        + exp
        + mrz_check(exp)
        + personal
        + mrz_check(personal)
    )
    line2 = parts + mrz_check(composite)
    return line1 + "\n" + line2


def emirates_id(f: Fake) -> str:
    body = "784" + str(f.r.randint(1960, 2004)) + f.digits(7)
    full_ = f.luhn_complete(body)
    return f.pick([f"{full_[:3]}-{full_[3:7]}-{full_[7:14]}-{full_[14]}", full_])


def qid(f: Fake) -> str:
    century = f.pick("23")
    yy = f"{f.r.randint(60, 99):02d}" if century == "2" else f"{f.r.randint(0, 6):02d}"
    return century + yy + f.pick(["356", "634", "608", "586", "818", "050", "144"]) + f.digits(5)


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


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return partial + str(_VINV[c])


def aadhaar(f: Fake) -> str:
    n = verhoeff_complete(str(f.r.randint(2, 9)) + f.digits(10))
    return f.pick([f"{n[:4]} {n[4:8]} {n[8:]}", n, f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def pan(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(f.pick(letters) for _ in range(3))
    return f"{head}P{f.pick(letters)}{f.digits(4)}{f.pick(letters)}"


def iban(f: Fake, country: str) -> str:
    if country == "AE":
        bban = f.pick(["033", "026", "035", "044"]) + f.digits(16)
    elif country == "QA":
        bban = f.pick(["QNBA", "DOHB", "CBQA", "QIIB"]) + "0" * 4 + f.digits(17)
    else:
        bban = "NWBK" + f.digits(14)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def upi(f: Fake) -> str:
    return f.pick(
        [
            f"{ascii_(first(f)).lower()}{f.r.randint(1, 999)}@okhdfcbank",
            f"{f.pick('6789')}{f.digits(9)}@ybl",
            f"{ascii_(first(f)).lower()}.{ascii_(last(f)).lower()}@oksbi",
            f"{f.pick('6789')}{f.digits(9)}@paytm",
        ]
    )


def ifsc(f: Fake) -> str:
    return f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "FDRL"]) + "0" + f.digits(6)


def pnr(f: Fake) -> str:
    return "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def ticket(f: Fake) -> str:
    return "629" + f.digits(10)


def ff_number(f: Fake) -> str:
    return "NM" + f.digits(9)


def flight_no(f: Fake) -> str:
    return "NR " + str(f.r.randint(100, 999))


AIRPORTS = [
    "DXB",
    "AUH",
    "SHJ",
    "DOH",
    "BOM",
    "DEL",
    "COK",
    "BLR",
    "HYD",
    "MAA",
    "TRV",
    "CCJ",
    "LHR",
    "MNL",
    "KHI",
]


def airport(f: Fake) -> str:
    return f.pick(AIRPORTS)


def bcbp(f: Fake) -> str:
    name = f"{ascii_(last(f)).upper()}/{ascii_(first(f)).upper()}{f.pick(['MR', 'MS', 'MRS', ''])}"
    route = airport(f) + airport(f)
    seat = f"{f.r.randint(1, 45):03d}{f.pick('ABCDEFHJK')}"
    return (
        f"M1{name[:20].ljust(20)}E{pnr(f)} {route}NR {f.r.randint(100, 999):04d} "
        f"{f.r.randint(1, 365):03d}{f.pick('YJF')}{seat}{f.r.randint(1, 300):04d} 100"
    )


def flight_update(f: Fake) -> str:
    return f.pick(
        [
            f"Noor Air: {flight_no(f)} {airport(f)}-{airport(f)} now departs "
            f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}. Gate B{f.r.randint(1, 40)}.",
            f"Check-in is open for {flight_no(f)}. Check in now in the Noor Air app.",
            f"{flight_no(f)} is boarding at gate C{f.r.randint(1, 50)}. "
            "Gate closes 20 minutes before departure.",
            "Your bag has been loaded. Have a pleasant flight with Noor Air.",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]
PAGES = ["/en-ae/book", "/en-in/book/passengers", "/ar-qa/manage-booking", "/en-ae/miles", "/en-in/checkout"]


def web_context(f: Fake, campaign: bool):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.68.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.noorair.com/en-ae",
                        "https://www.skyscanner.ae/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?cabin=economy&adults=2", "?lang=ar"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Book flights | Noor Air", "Passenger details - Noor Air", "Noor Miles | Noor Air"]
                )
            ),
            "url": G(lambda f: "https://www.noorair.com" + f.pick(PAGES)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-AE", "ar-AE", "en-IN", "hi-IN", "ar-QA", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Dubai", "Asia/Qatar", "Asia/Kolkata", "Europe/London"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if campaign:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["summer_india_sale", "ramadan_offers", "miles_double_q3", "diwali_fares"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["dubai to kochi flights", "cheap flights doha", "business class mumbai"])
            ),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_2"])),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Noor Air"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.2", "8.6.0"])),
            "build": G(lambda f: f.pick(["8401", "8522", "8603"])),
            "namespace": G(lambda f: "com.noorair.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,3", "iPhone16,2", "iPhone14,7", "iPad13,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-AE", "ar-AE", "en-IN", "en-QA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 390])),
            "height": G(lambda f: f.pick([852, 932, 844])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Dubai", "Asia/Qatar", "Asia/Kolkata"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Noor Air"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.2", "8.6.0"])),
            "build": G(lambda f: f.pick(["80400", "80520", "80600"])),
            "namespace": G(lambda f: "com.noorair.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "Google"])),
            "model": G(lambda f: f.pick(["SM-S918B", "23049PCD8I", "CPH2581", "Pixel 8"])),
            "name": G(lambda f: f.pick(["dm3q", "marble", "aston", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "ml-IN", "en-AE", "ar-AE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "Etisalat", "du", "Ooredoo", "Vi India"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Dubai", "Asia/Qatar"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23049PCD8I Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; CPH2581 Build/UKQ1.230924.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: Fake, located: bool):
    ctx = {
        "app": {
            "name": G(lambda f: "Noor Air"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.2", "8.6.0"])),
            "build": G(lambda f: f.pick(["8401", "8522", "80600"])),
            "namespace": G(lambda f: f.pick(["com.noorair.ios", "com.noorair.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546E", "2201116SI"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "veux"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["en-AE", "en-IN", "ar-QA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([852, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Dubai", "Asia/Kolkata", "Asia/Qatar"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "memberNumber": G(lambda f: ff_number(f)),
            "tier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if located:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(24.9, 25.4), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(51.2, 55.5), 6), "geolocation"),
            "city": Y(lambda f: person_city(f), "city"),
            "country": G(lambda f: f.pick(["AE", "QA", "IN"])),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        }
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Noor Air"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.2", "8.6.0"])),
            "build": G(lambda f: f.pick(["8401", "8522", "80600"])),
            "namespace": G(lambda f: f.pick(["com.noorair.ios", "com.noorair.android"])),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "realme"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-M146B", "RMX3741"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.2", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "ar-AE", "en-QA"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Dubai", "Asia/Qatar"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.0.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.1.0"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.1", "3.8.1"],
    "analytics-csharp": ["2.3.5", "2.3.3", "2.4.0"],
}
SERVER = {
    "python": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "dotnet": "analytics-csharp",
}


def server_context(f: Fake, library: str, forwarded: bool):
    ctx = {
        "library": {"name": G(lambda f: library), "version": G(lambda f: f.pick(SERVER_VERSIONS[library]))}
    }
    if forwarded:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["traits"] = {"email": Y(lambda f: email(f), "email")}
        ctx["groupId"] = G(lambda f: "corp_" + f.digits(5))
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f, campaign=f.r.random() < 0.4)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f, located=f.r.random() < 0.35)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, SERVER[client], forwarded=f.r.random() < 0.5)


APPS = ["swift", "kotlin", "rn", "flutter"]
WEB_APPS = ["web", "web", *APPS]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]

# -- shared shapes ----------------------------------------------------------------------------------

MEALS = [
    ("HNML", "Hindu meal"),
    ("MOML", "Muslim meal"),
    ("KSML", "Kosher meal"),
    ("JNML", "Jain meal"),
    ("DBML", "Diabetic meal"),
    ("GFML", "Gluten-free meal"),
    ("LSML", "Low-salt meal"),
    ("NLML", "Low-lactose meal"),
]


def fare_product():
    return {
        "product_id": G(lambda f: f"{airport(f)}-{airport(f)}-{f.r.randint(100, 999)}-{future_date(f)}"),
        "sku": G(lambda f: f.pick(["YLOWAE1", "WSAVIN", "JFLEXQA", "YFLEXAE", "BSAVIN2"])),
        "name": G(lambda f: f.pick(["Economy Saver", "Economy Flex", "Business Flex", "Economy Lite"])),
        "category": G(lambda f: f.pick(["flight", "ancillary"])),
        "brand": G(lambda f: "Noor Air"),
        "variant": G(lambda f: f.pick(["ADT", "CHD", "INF"])),
        "price": G(lambda f: f.money(150, 4800)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


def note_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Pax requested callback on {p} re: refund",
            f"Customer called from {p}, wants name correction on ticket",
            f"Left voicemail at {p}. Will retry tomorrow.",
            f"Alt contact number given: {p}",
        ]
    )


def complaint_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"My bag did not arrive in Kochi. Please call me on {p} as soon as possible.",
            f"Flight was delayed 6 hours and no meal vouchers were given. Reach me at {p}.",
            f"I was charged twice for seat selection. My number is {p}",
            f"The refund has not reached my card after 30 days. Contact {p}.",
            f"Nobody answers the Kochi airport desk. Please call me back on {p}.",
        ]
    )


def chat_passport(f: Fake) -> str:
    n = passport_no(f)
    return f.pick(
        [
            f"my passport number is {n} can I update it",
            f"I renewed my passport, new number {n}",
            f"passport {n} expiry wrong in booking",
            f"Please change the document number to {n} for my son",
        ]
    )


def push_text(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"{n}, your flight to Kochi boards in 30 minutes",
            f"Welcome to Gold, {n}! Enjoy lounge access on your next trip.",
            f"{n}, you have 12,400 Noor Miles expiring this month",
            f"Hi {n}, check-in is now open for your Doha flight",
        ]
    )


def saved_label(f: Fake) -> str:
    return f"{first(f)} {last(f)}" + f.pick([" · Adult", " · Child", " · Infant", ""])


def assistance_note(f: Fake) -> str:
    return f.pick(
        [
            "Passenger uses a walking cane and cannot climb aircraft stairs",
            "Fully blind, travelling with a guide dog, needs escort to gate",
            "Deaf passenger, please communicate in writing at boarding",
            "Uses own electric wheelchair, cannot walk long distances",
            "Paraplegic, needs aisle chair to reach seat",
        ]
    )


def staff_complaint(f: Fake) -> str:
    n = f.pick(["Ahmed", "Priya", "Joseph", "Fatima", "Ramesh", "Grace", "Omar"])
    return f.pick(
        [
            f"The check-in agent {n} was very rude to my parents",
            f"Crew member {n} in business class was extremely helpful, please thank her",
            f"Gate agent {n} refused to let my infant's stroller on board",
            f"Thanks to {n} at the transfer desk for rebooking us quickly",
        ]
    )


# -- events -----------------------------------------------------------------------------------------
# (kind, event or name, clients, body)

EVENTS = [
    # -- search and booking ---------------------------------------------------------------------
    (
        "page",
        "Flight Search",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/en-ae/book", "/en-in/book", "/ar-qa/book"])),
            "url": G(
                lambda f: "https://www.noorair.com" + f.pick(["/en-ae/book", "/en-in/book", "/ar-qa/book"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Book flights | Noor Air", "احجز رحلتك | طيران نور", "Flights to India | Noor Air"]
                )
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.noorair.com/en-in"])),
            "search": G(lambda f: f.pick(["", "?from=DXB&to=COK", "?utm_source=google&utm_medium=cpc"])),
        },
    ),
    (
        "track",
        "Flights Searched",
        WEB_APPS,
        {
            "origin": G(lambda f: airport(f)),
            "destination": G(lambda f: airport(f)),
            "destination_city": G(
                lambda f: f.pick(["Kochi", "Doha", "Mumbai", "London", "Manila", "Karachi"])
            ),
            "departure_date": G(lambda f: future_date(f)),
            "return_date": G(lambda f: f.pick([future_date(f), None])),
            "trip_type": G(lambda f: f.pick(["one_way", "round_trip", "multi_city"])),
            "cabin_class": G(lambda f: f.pick(["economy", "premium_economy", "business"])),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "infants": G(lambda f: f.r.randint(0, 1)),
            "promo_code": G(lambda f: f.pick(["", "DIWALI15", "RAMADAN10", "NOORSTUDENT"])),
            "flexible_dates": G(lambda f: f.pick([True, False])),
            "autocomplete_session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Product List Viewed",
        WEB_APPS,
        {
            "list_id": G(lambda f: "results_" + f.hexid(10)),
            "category": G(lambda f: "flights"),
            "results_count": G(lambda f: f.r.randint(3, 40)),
            "products": Many(
                {
                    "product_id": G(lambda f: f"{airport(f)}-{airport(f)}-{f.r.randint(100, 999)}"),
                    "name": G(lambda f: f.pick(["Economy Saver", "Economy Flex", "Business Flex"])),
                    "price": G(lambda f: f.money(150, 4800)),
                    "position": G(lambda f: f.r.randint(1, 20)),
                    "flight_number": G(lambda f: flight_no(f)),
                    "departure_time": G(
                        lambda f: (
                            f"{future_date(f)}T{f.r.randint(0, 23):02d}:{f.pick(['05', '35', '50'])}:00+04:00"
                        )
                    ),
                    "stops": G(lambda f: f.r.randint(0, 2)),
                    "operating_carrier": G(lambda f: f.pick(["NR", "6E", "QR", "EK"])),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        ["web", "web", "rn", "flutter"],
        {
            "booking_session_id": G(lambda f: f.uuid()),
            "passengers": Many(
                {
                    "type": G(lambda f: f.pick(["ADT", "CHD", "INF"])),
                    "title": Y(lambda f: f.pick(["MR", "MRS", "MS", "MSTR", "MISS"]), "gender"),
                    "first_name": Y(lambda f: first(f), "name"),
                    "middle_name": Y(
                        lambda f: f.pick(["Kumar", "Bin Ahmed", "Grace", "Devi", "Abdul", "Marie"]), "name"
                    ),
                    "last_name": Y(lambda f: last(f), "name"),
                    "date_of_birth": Y(lambda f: dob(f, 1950, 2023), "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F", "U"]), "gender"),
                    "nationality": Y(lambda f: nationality(f), "citizenship"),
                    "ff_number": G(lambda f: f.pick([ff_number(f), "", "EK" + f.digits(9)])),
                    "ff_programme": G(lambda f: f.pick(["NM", "EK", "QR", ""])),
                    "is_lead": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "contact": {
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "country_code": G(lambda f: f.pick(["+971", "+974", "+91", "+44"])),
                "sms_updates": G(lambda f: f.pick([True, False])),
            },
            "passengers_count": G(lambda f: f.r.randint(1, 6)),
            "save_travellers": G(lambda f: f.pick([True, False])),
            "name_matches_passport_confirmed": G(lambda f: True),
        },
    ),
    (
        "track",
        "Checkout Started",
        WEB_APPS,
        {
            "order_id": G(lambda f: "NR-" + f.digits(10)),
            "affiliation": G(lambda f: f.pick(["noorair.com", "Noor Air iOS", "Noor Air Android"])),
            "value": G(lambda f: f.money(300, 9000)),
            "revenue": G(lambda f: f.money(300, 9000)),
            "tax": G(lambda f: f.money(20, 600)),
            "coupon": G(lambda f: f.pick(["", "DIWALI15", "RAMADAN10"])),
            "currency": G(lambda f: f.pick(["AED", "QAR", "INR", "USD"])),
            "products": Many(fare_product(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([3, 4])),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "upi", "miles_plus_cash", "tabby"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
            "card_bin": G(lambda f: f.pick(["411111", "552233", "376211", "608001", "489537"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "java", "python"],
        {
            "order_id": G(lambda f: "NR-" + f.digits(10)),
            "pnr": G(lambda f: pnr(f)),
            "ticket_numbers": Many(G(lambda f: ticket(f)), 4),
            "total": G(lambda f: f.money(300, 9000)),
            "revenue": G(lambda f: f.money(300, 9000)),
            "tax": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: f.pick(["AED", "QAR", "INR"])),
            "payment_method": G(lambda f: f.pick(["card", "upi", "apple_pay", "miles_plus_cash"])),
            "products": Many(fare_product(), 4),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: person_city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["AE", "QA", "IN"])),
            },
            "contact_email": Y(lambda f: email(f), "email"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "lead_passenger_name": Y(lambda f: full(f).upper(), "name"),
            "miles_earned": G(lambda f: f.r.randint(250, 12000)),
            "booking_channel": G(lambda f: f.pick(["web", "ios", "android", "call_centre"])),
            "gst_number": G(lambda f: f.pick(["", "29AABCN1234F1Z5", "27AAACN1234L1ZV", "33AADCT5678K1Z2"])),
        },
    ),
    (
        "track",
        "Order Refunded",
        SERVERS,
        {
            "order_id": G(lambda f: "NR-" + f.digits(10)),
            "pnr": G(lambda f: pnr(f)),
            "refund_amount": G(lambda f: f.money(50, 4000)),
            "refund_reason": G(
                lambda f: f.pick(["schedule_change", "voluntary", "medical", "visa_rejected"])
            ),
            "refund_to": G(lambda f: f.pick(["original_payment", "miles", "travel_voucher"])),
            "currency": G(lambda f: f.pick(["AED", "QAR", "INR"])),
        },
    ),
    # -- documents, APIS, visas -----------------------------------------------------------------
    (
        "track",
        "Travel Document Added",
        APPS,
        {
            "passenger_id": G(lambda f: "pax_" + f.hexid(12)),
            "document_type": G(lambda f: f.pick(["passport", "national_id", "residence_permit"])),
            "passport_number": RED(lambda f: passport_no(f), "passport"),
            "issuing_country": Y(lambda f: nationality(f), "citizenship"),
            "expiry_date": G(
                lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "date_of_birth": Y(lambda f: dob(f, 1950, 2023, "dmy"), "birthdate"),
            "full_name_on_document": Y(lambda f: full(f).upper(), "name"),
            "scan_method": G(lambda f: f.pick(["mrz_camera", "nfc_chip", "manual"])),
            "document_valid_for_trip": G(lambda f: f.pick([True, False])),
            "passport_expiring_soon": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["swift", "kotlin"],
        {
            "mrz": RED(lambda f: mrz(f), "passport"),
            "scan_duration_ms": G(lambda f: f.r.randint(400, 9000)),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "ocr_engine": G(lambda f: f.pick(["mlkit-text-2", "vision-vnrecognize", "microblink-6.4"])),
            "retries": G(lambda f: f.r.randint(0, 4)),
            "chip_read": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "APIS Submitted",
        ["dotnet"],
        {
            "BookingReference": G(lambda f: pnr(f)),
            "PassengerId": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "DocumentType": G(lambda f: f.pick(["P", "I", "A"])),
            "DocumentNumber": RED(lambda f: passport_no(f), "passport"),
            "IssuingState": Y(lambda f: f.pick(["IND", "ARE", "QAT", "PHL", "PAK", "GBR"]), "citizenship"),
            "Nationality": Y(
                lambda f: f.pick(["IND", "ARE", "QAT", "PHL", "PAK", "GBR", "EGY"]), "citizenship"
            ),
            "DateOfBirth": Y(lambda f: dob(f, 1950, 2023, "iata"), "birthdate"),
            "Surname": Y(lambda f: ascii_(last(f)).upper(), "name"),
            "GivenNames": Y(lambda f: ascii_(first(f)).upper(), "name"),
            "Gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
            "ResidenceCountry": G(lambda f: f.pick(["ARE", "QAT", "IND"])),
            "KnownTravelerNumber": RED(lambda f: f.pick(["TT", "98", "15"]) + f.digits(7), "national id"),
            "RedressNumber": RED(lambda f: f.digits(7), "national id"),
            "SubmittedAt": G(lambda f: f.iso()),
            "SecureFlightStatus": G(lambda f: f.pick(["CLEARED", "INHIBITED", "SELECTEE"])),
            "FlightNumber": G(lambda f: flight_no(f)),
        },
    ),
    (
        "track",
        "Visa Requirements Checked",
        ["web", "rn"],
        {
            "nationality": Y(lambda f: nationality(f), "citizenship"),
            "destination": G(lambda f: airport(f)),
            "transit_points": Many(G(lambda f: airport(f)), 2),
            "visa_required": G(lambda f: f.pick([True, False])),
            "visa_type": G(lambda f: f.pick(["tourist", "transit", "on_arrival", "e_visa"])),
            "source": G(lambda f: "timatic"),
            "residence_country": G(lambda f: f.pick(["AE", "QA", "IN"])),
        },
    ),
    (
        "track",
        "UAE Visa Application Started",
        ["web"],
        {
            "application_id": G(lambda f: "VA-" + f.digits(8)),
            "visa_product": G(
                lambda f: f.pick(["30-day single entry", "96-hour transit", "60-day multiple entry"])
            ),
            "applicant": {
                "first_name": Y(lambda f: first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "mother_name": Y(lambda f: full(f), "name"),
                "father_name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "passport_number": RED(lambda f: passport_no(f), "passport"),
                "place_of_birth": Y(
                    lambda f: f.pick(["Thrissur", "Karachi", "Cebu", "Colombo", "Lucknow", "Cairo"]), "city"
                ),
                "religion": Y(
                    lambda f: f.pick(["Islam", "Hindu", "Christian", "Sikh", "Buddhist"]), "religion"
                ),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "profession": G(
                    lambda f: f.pick(["Engineer", "Nurse", "Accountant", "Sales Executive", "Student"])
                ),
                "age": G(lambda f: f.r.randint(1, 80)),
            },
            "fee_aed": G(lambda f: f.pick([350, 420, 650])),
            "processing": G(lambda f: f.pick(["standard", "express"])),
            "photo_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "UAE Visa Issued",
        ["python", "java"],
        {
            "application_id": G(lambda f: "VA-" + f.digits(8)),
            "visa_file_number": RED(
                lambda f: f"{f.pick(['201', '101', '301'])}/{f.r.randint(2023, 2025)}/{f.digits(7)}",
                "visa|national id",
            ),
            "visa_product": G(
                lambda f: f.pick(["30-day single entry", "96-hour transit", "60-day multiple entry"])
            ),
            "valid_until": G(lambda f: future_date(f)),
            "issued_at": G(lambda f: f.iso()),
            "pnr": G(lambda f: pnr(f)),
        },
    ),
    (
        "track",
        "Resident Fare Verified",
        ["python", "node"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "emirates_id": RED(lambda f: emirates_id(f), "national id"),
            "id_expiry": G(lambda f: future_date(f)),
            "fare_family": G(lambda f: f.pick(["UAE Resident Saver", "Resident Flex"])),
            "verified": G(lambda f: f.pick([True, False])),
            "method": G(lambda f: f.pick(["uae_pass", "manual_upload"])),
        },
    ),
    # -- seats, meals, ancillaries --------------------------------------------------------------
    (
        "track",
        "Seat Map Viewed",
        ["web"],
        {
            "flight-number": G(lambda f: flight_no(f)),
            "aircraft-type": G(lambda f: f.pick(["A320neo", "B787-9", "A350-900", "B737-8"])),
            "cabin": G(lambda f: f.pick(["economy", "business"])),
            "available-seats": G(lambda f: f.r.randint(0, 180)),
            "segment-index": G(lambda f: f.r.randint(0, 3)),
            "exit-rows-shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Seat Selected",
        WEB_APPS,
        {
            "seat_number": G(lambda f: f"{f.r.randint(1, 45)}{f.pick('ABCDEFHJK')}"),
            "seat_type": G(lambda f: f.pick(["window", "aisle", "middle", "extra_legroom"])),
            "price": G(lambda f: f.pick([0, 35, 55, 120])),
            "currency": G(lambda f: f.pick(["AED", "QAR", "INR"])),
            "passenger_index": G(lambda f: f.r.randint(0, 5)),
            "passenger_name": Y(lambda f: full(f), "name"),
            "is_paid": G(lambda f: f.pick([True, False])),
            "near_bassinet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Special Meal Selected",
        WEB_APPS,
        {
            "meal_code": Y(lambda f: f.pick(MEALS)[0], "religion|condition"),
            "meal_description": Y(lambda f: f.pick(MEALS)[1], "religion|condition"),
            "passenger_ref": G(lambda f: f"P{f.r.randint(1, 6)}"),
            "segment_ref": G(lambda f: f"S{f.r.randint(1, 4)}"),
            "applies_to_all_segments": G(lambda f: f.pick([True, False])),
            "lead_time_hours": G(lambda f: f.pick([24, 48, 72])),
        },
    ),
    (
        "track",
        "Pet In Cabin Requested",
        ["web"],
        {
            "pet_name": G(lambda f: f.pick(["Simba", "Luna", "Coco", "Bruno", "Misty"])),
            "species": G(lambda f: f.pick(["cat", "dog", "falcon"])),
            "breed": G(lambda f: f.pick(["Persian", "Shih Tzu", "Saluki", "Pomeranian"])),
            "pet_weight_kg": G(lambda f: round(f.r.uniform(1.5, 8.0), 1)),
            "microchip_number": G(lambda f: f"784{f.digits(12)}"),
            "vaccination_certificate": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Special Assistance Requested",
        ["web", "web", "rn"],
        {
            "request_id": G(lambda f: f.uuid()),
            "ssr_codes": Many(G(lambda f: f.pick(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA"])), 2),
            "requires_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "own_mobility_aid": RED(
                lambda f: f.pick(["manual_wheelchair", "electric_wheelchair", "mobility_scooter"]),
                "disability",
            ),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "notes": RED(lambda f: assistance_note(f), "disability", True),
            "oxygen_required": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnancy_weeks": Y(lambda f: f.r.randint(18, 35), "condition"),
            "companion_name": Y(lambda f: full(f), "name"),
            "companion_phone": Y(lambda f: phone(f), "phone"),
            "travelling_with_companion": G(lambda f: f.pick([True, False])),
            "airport": G(lambda f: airport(f)),
        },
    ),
    (
        "track",
        "Unaccompanied Minor Registered",
        ["web", "php"],
        {
            "umnr_id": G(lambda f: "UM" + f.digits(7)),
            "fee": G(lambda f: f.pick([200, 350, 440])),
            "child": {
                "first_name": Y(lambda f: child_first(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "date_of_birth": Y(lambda f: dob(f, 2012, 2019), "birthdate"),
                "passport_number": RED(lambda f: passport_no(f), "passport"),
                "age": G(lambda f: f.r.randint(5, 11)),
            },
            "drop_off_adult": {
                "name": Y(lambda f: full(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "uncle", "grandmother"])),
                "id_number": RED(lambda f: f.pick([emirates_id(f), qid(f), aadhaar(f)]), "national id"),
            },
            "pick_up_adult": {
                "name": Y(lambda f: full(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "aunt", "grandfather"])),
                "id_number": RED(lambda f: f.pick([emirates_id(f), qid(f), aadhaar(f)]), "national id"),
            },
        },
    ),
    # -- check-in and boarding ------------------------------------------------------------------
    (
        "track",
        "Check-In Started",
        WEB_APPS,
        {
            "pnr": G(lambda f: pnr(f)),
            "last_name": Y(lambda f: last(f), "name"),
            "flight_number": G(lambda f: flight_no(f)),
            "passengers_count": G(lambda f: f.r.randint(1, 6)),
            "hours_to_departure": G(lambda f: f.r.randint(1, 48)),
            "channel": G(lambda f: f.pick(["web", "app", "kiosk"])),
        },
    ),
    (
        "track",
        "Check-In Completed",
        WEB_APPS,
        {
            "pnr": G(lambda f: pnr(f)),
            "passengers_checked_in": G(lambda f: f.r.randint(1, 6)),
            "seats": Many(G(lambda f: f"{f.r.randint(1, 45)}{f.pick('ABCDEF')}"), 4),
            "boarding_group": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "dangerous_goods_acknowledged": G(lambda f: True),
            "apis_complete": G(lambda f: f.pick([True, False])),
            "infants_on_lap": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Boarding Pass Added To Wallet",
        ["swift", "kotlin", "rn"],
        {
            "format": G(lambda f: f.pick(["pkpass", "google_wallet", "pdf"])),
            "barcode_data": Y(lambda f: bcbp(f), "name", True),
            "pass_type_identifier": G(lambda f: "pass.com.noorair.boarding"),
            "pass_serial_number": G(lambda f: f"{pnr(f)}-{f.r.randint(1, 9)}-{f.digits(6)}"),
            "gate": G(lambda f: f.pick(["B12", "C24", "A3", "D41"])),
            "boarding_time": G(lambda f: f.iso()),
            "zone": G(lambda f: f.r.randint(1, 6)),
            "seat": G(lambda f: f"{f.r.randint(1, 45)}{f.pick('ABCDEF')}"),
            "sequence_number": G(lambda f: f.r.randint(1, 300)),
            "pkpass_sha1": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "screen",
        "Boarding Pass",
        APPS,
        {
            "flight_number": G(lambda f: flight_no(f)),
            "minutes_to_boarding": G(lambda f: f.r.randint(-20, 240)),
            "brightness_boosted": G(lambda f: f.pick([True, False])),
            "passes_in_booking": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Flight Status Shared",
        APPS,
        {
            "flight_number": G(lambda f: flight_no(f)),
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "email"])),
            "recipient_name": Y(lambda f: full(f), "name"),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "driver"])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["NOORAIR", "+971600555000", "+97444555000"])),
            "To": Y(lambda f: phone(f, f.pick(["AE", "QA", "IN"])), "phone"),
            "Body": G(lambda f: flight_update(f)),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(1, 9)}p1mum1.sendgrid.net>"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}"),
            "category": Many(G(lambda f: f.pick(["itinerary", "check_in_reminder", "miles_statement"])), 2),
            "response": G(lambda f: f.pick(["250 OK", "250 2.0.0 OK", "250 Queued"])),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "tls": G(lambda f: f.pick([0, 1])),
        },
    ),
    # -- loyalty --------------------------------------------------------------------------------
    (
        "identify",
        None,
        WEB_APPS,
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "nameAr": Y(lambda f: f.pick(NAMES_AR), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "prefer_not_to_say"]), "gender"),
            "nationality": Y(lambda f: nationality_word(f), "citizenship"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: person_city(f), "city"),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["AE", "QA", "IN"])),
            },
            "memberNumber": G(lambda f: ff_number(f)),
            "tier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
            "milesBalance": G(lambda f: f.r.randint(0, 400000)),
            "tierMiles": G(lambda f: f.r.randint(0, 150000)),
            "preferredLanguage": G(lambda f: f.pick(["en", "ar", "hi", "ml"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "passportOnFile": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", ""])),
            "employer": G(lambda f: f.pick(["ADNOC", "Infosys", "QatarEnergy", "Emaar", ""])),
            "createdAt": G(lambda f: f.iso()),
            "age": G(lambda f: f.r.randint(18, 80)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "MEMBER_NUMBER": G(lambda f: ff_number(f)),
            "EMAIL": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "MOBILE_NUMBER": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: dob(f), "birthdate"),
            "NATIONALITY": Y(lambda f: nationality(f), "citizenship"),
            "TIER_CODE": G(lambda f: f.pick(["BLU", "SLV", "GLD", "PLT"])),
            "LIFETIME_MILES": G(lambda f: f.r.randint(0, 2_000_000)),
            "LAST_FLIGHT_DATE": G(lambda f: f.date(2023, 2024)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "CLV_USD": G(lambda f: f.money(0, 40000)),
            "COUNTRY_OF_RESIDENCE": G(lambda f: f.pick(["AE", "QA", "IN"])),
            "HOME_AIRPORT": G(lambda f: f.pick(["DXB", "DOH", "COK", "BOM"])),
            "HOME_CITY": Y(lambda f: person_city(f), "city"),
            "EMAIL_SHA256": Y(lambda f: hashlib.sha256(email(f).encode()).hexdigest(), "email"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "MemberId": G(lambda f: f.r.randint(100_000_000, 999_999_999)),
            "Email": Y(lambda f: email(f), "email"),
            "FullName": Y(lambda f: full(f), "name"),
            "MobilePhone": Y(lambda f: phone(f), "phone"),
            "HomeAddress": Y(lambda f: address(f), "address"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "PreferredCabin": G(lambda f: f.pick(["Economy", "Business", "First"])),
            "Tier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
            "CoBrandCardHolder": G(lambda f: f.pick([True, False])),
            "JobTitle": G(lambda f: f.pick(["Project Manager", "Nurse", "Software Engineer", "Driver"])),
            "LastModifiedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Miles Accrued",
        SERVERS,
        {
            "member_number": G(lambda f: ff_number(f)),
            "miles": G(lambda f: f.r.randint(100, 20000)),
            "tier_miles": G(lambda f: f.r.randint(0, 8000)),
            "activity_type": G(
                lambda f: f.pick(["flight", "hotel", "car_rental", "co_brand_card", "retail"])
            ),
            "partner_name": G(
                lambda f: f.pick(["Rotana Hotels", "Careem", "Noor Miles HDFC Card", "Lulu Hypermarket"])
            ),
            "flight_number": G(lambda f: f.pick([flight_no(f), None])),
            "booking_class": G(lambda f: f.pick(["Y", "B", "M", "J", "C"])),
            "transaction_id": G(lambda f: f.r.randint(10**11, 10**12)),
            "posted_at": G(lambda f: f.iso()),
            "expiry_date": G(lambda f: future_date(f)),
        },
    ),
    (
        "track",
        "Miles Redeemed",
        ["web", "swift", "kotlin", "node"],
        {
            "redemption_type": G(
                lambda f: f.pick(["award_ticket", "upgrade", "lounge_pass", "excess_baggage", "shop"])
            ),
            "miles_used": G(lambda f: f.r.randint(2500, 120000)),
            "cash_component": G(lambda f: f.money(0, 900)),
            "reward_name": G(
                lambda f: f.pick(["Economy award DXB-COK", "Business upgrade", "Al Majlis Lounge pass"])
            ),
            "award_pnr": G(lambda f: pnr(f)),
            "beneficiary_name": Y(lambda f: full(f), "name"),
            "beneficiary_relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent", "nominee"])),
            "beneficiary_is_nominee": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Miles Transferred",
        ["web", "rn"],
        {
            "from_member": G(lambda f: ff_number(f)),
            "to_member": G(lambda f: ff_number(f)),
            "recipient_name": Y(lambda f: full(f), "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "miles": G(lambda f: f.pick([1000, 2500, 5000, 10000])),
            "fee_usd": G(lambda f: f.pick([0, 10, 25])),
            "personal_message": G(
                lambda f: f.pick(["Happy birthday!", "Eid Mubarak", "For your trip home", "Enjoy!"])
            ),
        },
    ),
    (
        "track",
        "Family Pool Member Added",
        ["web", "swift", "kotlin"],
        {
            "pool_id": G(lambda f: "FP" + f.digits(8)),
            "head_member_number": G(lambda f: ff_number(f)),
            "member": {
                "first_name": Y(lambda f: f.pick([child_first(f), first(f)]), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "date_of_birth": Y(lambda f: dob(f, 1950, 2022), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
                "email": Y(lambda f: email(f), "email"),
                "member_number": G(lambda f: ff_number(f)),
                "age_band": G(lambda f: f.pick(["0-11", "12-17", "18-64", "65+"])),
            },
            "pool_size": G(lambda f: f.r.randint(2, 8)),
            "consent_received": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Family Pool",
        APPS,
        {
            "pool_id": G(lambda f: "FP" + f.digits(8)),
            "members": Many(
                {
                    "display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
                    "miles_contributed": G(lambda f: f.r.randint(0, 90000)),
                    "is_head": G(lambda f: f.pick([True, False])),
                },
                6,
            ),
            "pool_balance": G(lambda f: f.r.randint(0, 500000)),
        },
    ),
    (
        "track",
        "Miles Purchased",
        ["node", "web"],
        {
            "miles": G(lambda f: f.pick([2000, 5000, 10000, 25000])),
            "price": G(lambda f: f.money(60, 900)),
            "currency": G(lambda f: f.pick(["USD", "AED"])),
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
            "customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "receipt_email": Y(lambda f: email(f), "email"),
            "billing_name": Y(lambda f: full(f), "name"),
            "idempotency_key": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Partner Account Linked",
        ["web", "kotlin"],
        {
            "partner": G(lambda f: f.pick(["Rotana Rewards", "Careem", "Marriott Bonvoy", "Uber"])),
            "partner_member_id": G(lambda f: f.digits(10)),
            "oauth_code": RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                    for _ in range(43)
                ),
                "token",
            ),
            "linked": G(lambda f: f.pick([True, False])),
            "bonus_miles": G(lambda f: f.pick([0, 500, 1000])),
        },
    ),
    # -- co-branded cards -----------------------------------------------------------------------
    (
        "track",
        "Credit Card Application Started",
        ["web", "kotlin"],
        {
            "card_product": G(
                lambda f: f.pick(
                    ["Noor Miles HDFC Infinia", "Noor Miles HDFC Regalia", "Noor Miles Axis Select"]
                )
            ),
            "bank": G(lambda f: f.pick(["HDFC Bank", "Axis Bank"])),
            "applicant": {
                "full_name": Y(lambda f: full(f), "name"),
                "father_name": Y(lambda f: f"{first(f)} {last(f)}", "name"),
                "pan": RED(lambda f: pan(f), "national id"),
                "date_of_birth": Y(lambda f: dob(f, 1960, 2002, "dmy"), "birthdate"),
                "mobile": Y(lambda f: phone(f, "IN"), "phone"),
                "email": Y(lambda f: email(f), "email"),
                "office_email": Y(
                    lambda f: (
                        ascii_(first(f)).lower()
                        + "."
                        + ascii_(last(f)).lower()
                        + f.pick(["@tcs.com", "@wipro.com", "@ril.com"])
                    ),
                    "email",
                ),
                "residential_address": Y(lambda f: address(f), "address"),
                "pin_code": Y(lambda f: f"{f.r.randint(110001, 695999)}", "zipcode"),
                "employment_type": G(lambda f: f.pick(["salaried", "self_employed", "business"])),
                "employer_name": G(
                    lambda f: f.pick(["Tata Consultancy Services", "Wipro", "Reliance Retail", "Self"])
                ),
                "designation": G(lambda f: f.pick(["Senior Manager", "Associate", "Director", "Consultant"])),
                "monthly_income": Y(lambda f: f.r.randint(40000, 800000), "salary"),
                "cibil_score": Y(lambda f: f.r.randint(620, 880), "credit score"),
            },
            "consent_bureau_check": G(lambda f: True),
            "utm_partner": G(lambda f: f.pick(["noorair_web", "app_banner", "email"])),
        },
    ),
    (
        "track",
        "Credit Card Application Submitted",
        ["java", "dotnet"],
        {
            "application_ref": G(lambda f: "ENBD" + f.digits(9)),
            "card_product": G(lambda f: f.pick(["Noor Miles Visa Infinite", "Noor Miles World Elite"])),
            "emirates_id": RED(lambda f: emirates_id(f), "national id"),
            "monthly_salary_aed": Y(lambda f: f.pick([8000, 12500, 25000, 42000, 65000]), "salary"),
            "salary_transfer": G(lambda f: f.pick([True, False])),
            "salary_account_iban": RED(lambda f: iban(f, "AE"), "bank account"),
            "employer": G(lambda f: f.pick(["Emirates Group", "ADNOC", "Dubai Holding", "Majid Al Futtaim"])),
            "years_in_uae": G(lambda f: f.r.randint(0, 30)),
            "aecb_score": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
        },
    ),
    (
        "track",
        "Card Activated",
        ["swift", "kotlin", "web"],
        {
            "card_last4": G(lambda f: f.digits(4)),
            "card_product": G(
                lambda f: f.pick(
                    ["Noor Miles HDFC Infinia", "Noor Miles Visa Infinite", "Noor Miles QNB World"]
                )
            ),
            "activation_code": RED(lambda f: f.digits(6), "token"),
            "pin_set": G(lambda f: f.pick([True, False])),
            "welcome_miles": G(lambda f: f.pick([5000, 10000, 25000])),
        },
    ),
    (
        "track",
        "Card Bill Autopay Set Up",
        ["kotlin", "flutter", "web"],
        {
            "mandate_id": G(lambda f: "NACH" + f.digits(12)),
            "bank_name": G(
                lambda f: f.pick(["State Bank of India", "ICICI Bank", "Federal Bank", "Kotak Mahindra Bank"])
            ),
            "ifsc": G(lambda f: ifsc(f)),
            "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14, 16])), "bank account"),
            "account_holder_name": Y(lambda f: full(f).upper(), "name"),
            "upi_id": RED(lambda f: upi(f), "bank account"),
            "amount_type": G(lambda f: f.pick(["minimum_due", "total_due"])),
            "frequency": G(lambda f: "monthly"),
        },
    ),
    (
        "track",
        "Card Added",
        ["web", "swift"],
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "nickname": G(lambda f: f.pick(["Travel card", "Work Amex", "Noor Miles card", "Personal"])),
            "set_default": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- lounges --------------------------------------------------------------------------------
    (
        "track",
        "Lounge Access Granted",
        ["go", "java"],
        {
            "lounge_name": G(
                lambda f: f.pick(["Al Majlis Lounge", "Noor Premium Lounge T3", "Kochi Business Lounge"])
            ),
            "lounge_code": G(lambda f: f.pick(["DXB-MJ1", "DOH-NP2", "COK-BL1"])),
            "airport": G(lambda f: f.pick(["DXB", "DOH", "COK"])),
            "access_type": G(lambda f: f.pick(["tier", "business_class", "co_brand_card", "paid"])),
            "member_number": G(lambda f: ff_number(f)),
            "guests_count": G(lambda f: f.r.randint(0, 3)),
            "guest_names": Many(Y(lambda f: full(f), "name"), 3),
            "card_bin": G(lambda f: f.pick(["489537", "552233", "411111"])),
            "entry_time": G(lambda f: f.iso()),
            "agent_name": Y(lambda f: f.pick(["Joseph M.", "Reem A.", "Ramesh K.", "Grace W."]), "name"),
            "lounge_phone": G(lambda f: f.pick(["+971 4 555 0101", "+974 4455 0102", "+91 484 555 0103"])),
            "lounge_email": G(
                lambda f: f.pick(["lounge.dxb@noorair.com", "lounge.doh@noorair.com", "lounges@noorair.com"])
            ),
        },
    ),
    # -- Arabic (transliterated) keys, Arabic-language site in Qatar ---------------------------
    (
        "track",
        "Booking Completed",
        ["web", "php"],
        {
            "raqm_al_hajz": G(lambda f: pnr(f)),
            "ism_al_musafir": Y(lambda f: full(f), "name"),
            "ism_al_musafir_ar": Y(lambda f: f.pick(NAMES_AR), "name"),
            "raqm_jawaz_al_safar": RED(lambda f: passport_no(f), "passport"),
            "al_jinsiya": Y(lambda f: f.pick(["قطري", "هندي", "مصري", "فلبيني", "باكستاني"]), "citizenship"),
            "tarikh_al_milad": Y(lambda f: dob(f, 1950, 2010, "dmy"), "birthdate"),
            "raqm_al_hatif": Y(lambda f: phone(f, "QA"), "phone"),
            "al_bareed_al_electroni": Y(lambda f: email(f), "email"),
            "raqm_al_hawiya": RED(lambda f: qid(f), "national id"),
            "madinat_al_wusul": G(lambda f: f.pick(["الدوحة", "كوتشي", "القاهرة", "مانيلا"])),
            "adad_al_musafirin": G(lambda f: f.r.randint(1, 6)),
            "al_daraja": G(lambda f: f.pick(["اقتصادية", "رجال الأعمال"])),
            "al_mablagh": G(lambda f: f.money(400, 9000)),
            "al_umla": G(lambda f: "QAR"),
        },
    ),
    # -- Hindi (transliterated) keys, Hindi-language app in India -------------------------------
    (
        "track",
        "Yatri Jankari Bhari",
        ["kotlin", "flutter"],
        {
            "yatri_naam": Y(lambda f: full(f), "name"),
            "yatri_naam_hindi": Y(
                lambda f: f.pick(["राहुल शर्मा", "प्रिया अय्यर", "अर्जुन मेनन", "स्नेहा रेड्डी", "विक्रम सिंह"]), "name"
            ),
            "janm_tithi": Y(lambda f: dob(f, 1950, 2010, "dmy"), "birthdate"),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "umr": G(lambda f: f.r.randint(1, 85)),
            "mobile_sankhya": Y(lambda f: phone(f, "IN"), "phone"),
            "aadhaar_sankhya": RED(lambda f: aadhaar(f), "national id"),
            "pata": Y(lambda f: address(f), "address"),
            "shahar": Y(lambda f: f.pick(["Lucknow", "Kochi", "Jaipur", "Patna", "Kozhikode"]), "city"),
            "pin_code": Y(lambda f: f"{f.r.randint(110001, 695999)}", "zipcode"),
            "yatra_tithi": G(lambda f: future_date(f)),
            "gantavya": G(lambda f: f.pick(["DXB", "DOH", "AUH", "SHJ"])),
            "kiraya": G(lambda f: f.r.randint(9000, 60000)),
            "seat_varg": G(lambda f: f.pick(["economy", "business"])),
        },
    ),
    # -- complaints and support -----------------------------------------------------------------
    (
        "track",
        "Complaint Submitted",
        ["web", "rn"],
        {
            "complaint_id": G(lambda f: "CMP-" + f.digits(8)),
            "category": G(
                lambda f: f.pick(["baggage_delayed", "refund", "staff_behaviour", "delay", "seat"])
            ),
            "pnr": G(lambda f: pnr(f)),
            "flight_number": G(lambda f: flight_no(f)),
            "description": Y(lambda f: complaint_text(f), "phone", True),
            "compensation_requested": G(lambda f: f.pick([True, False])),
            "preferred_contact": G(lambda f: f.pick(["email", "phone", "whatsapp"])),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Staff Feedback Submitted",
        ["web", "swift"],
        {
            "feedback_id": G(lambda f: f.uuid()),
            "sentiment": G(lambda f: f.pick(["positive", "negative"])),
            "comments": Y(lambda f: staff_complaint(f), "name", True),
            "airport": G(lambda f: airport(f)),
            "staff_role": G(
                lambda f: f.pick(["check_in_agent", "cabin_crew", "gate_agent", "transfer_desk"])
            ),
        },
    ),
    (
        "track",
        "Baggage Claim Filed",
        ["web", "ruby"],
        {
            "file_reference": G(lambda f: f"{f.pick(['DXB', 'DOH', 'COK'])}NR{f.digits(5)}"),
            "bag_tag": G(lambda f: "0629" + f.digits(6)),
            "bag_description": G(
                lambda f: f.pick(["black Samsonite hard case", "red duffel bag", "blue suitcase, 23kg"])
            ),
            "delivery_address": Y(lambda f: address(f), "address"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "deliver_until": G(lambda f: future_date(f)),
            "hotel_name": G(lambda f: f.pick(["", "Rove Downtown", "Grand Hyatt Kochi", "Movenpick Doha"])),
            "interim_expenses_claimed": G(lambda f: f.money(0, 500)),
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
                    lambda f: f.pick(["Refund status", "Lost baggage", "Name correction", "Miles missing"])
                ),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["refund", "baggage", "gold_member", "arabic"])), 3),
                "requester": {
                    "name": Y(lambda f: full(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                    "phone": Y(lambda f: phone(f), "phone"),
                },
                "assignee": {
                    "name": Y(lambda f: full(f), "name"),
                    "email": Y(
                        lambda f: ascii_(first(f)).lower() + "." + ascii_(last(f)).lower() + "@noorair.com",
                        "email",
                    ),
                },
                "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp", "voice"]))},
                "brand": G(lambda f: f.pick(["Noor Air", "Noor Miles"])),
            },
            "support_address": G(
                lambda f: f.pick(["support@noorair.com", "miles@noorair.com", "no-reply@noorair.com"])
            ),
        },
    ),
    (
        "track",
        "Compensation Paid",
        ["java", "go"],
        {
            "claim_number": G(lambda f: "CL" + f.digits(9)),
            "amount": G(lambda f: f.pick([600, 1500, 2500, 10000])),
            "currency": G(lambda f: f.pick(["AED", "QAR", "INR", "EUR"])),
            "method": G(lambda f: f.pick(["bank_transfer", "miles", "voucher"])),
            "iban": RED(lambda f: iban(f, f.pick(["AE", "QA", "GB"])), "bank account"),
            "account_holder": Y(lambda f: full(f), "name"),
            "payee_email": Y(lambda f: email(f), "email"),
            "swift_bic": G(lambda f: f.pick(["EBILAEAD", "QNBAQAQA", "HDFCINBB", "NWBKGB2L"])),
            "regulation": G(lambda f: f.pick(["EU261", "DGCA-CAR", "UK261", "goodwill"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node", "python"],
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "caller_number": Y(lambda f: phone(f), "phone"),
            "dialed_number": G(lambda f: f.pick(["+971 600 555 000", "+974 4455 0000", "+91 124 455 0000"])),
            "queue": G(lambda f: f.pick(["miles_gold", "bookings_ar", "bookings_en", "baggage"])),
            "duration_s": G(lambda f: f.r.randint(30, 2400)),
            "agent_id": G(lambda f: "AGT" + f.digits(5)),
            "note": Y(lambda f: note_phone(f), "phone", True),
            "csat": G(lambda f: f.pick([None, 1, 3, 4, 5])),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ["web", "rn", "flutter"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "turn": G(lambda f: f.r.randint(1, 12)),
            "input": RED(lambda f: chat_passport(f), "passport", True),
            "intent": G(lambda f: f.pick(["update_document", "apis_help", "passport_change"])),
            "bot_response": G(
                lambda f: f.pick(
                    [
                        "I can help with that. Please open Manage Booking > Travel documents.",
                        "Passport details can be updated until 3 hours before departure.",
                        "Let me connect you with an agent.",
                    ]
                )
            ),
            "handoff": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "baggage allowance india",
                        "dubai to kochi",
                        "infant fare",
                        "lounge access gold",
                        "how to add passport",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "locale": G(lambda f: f.pick(["en-AE", "ar-QA", "hi-IN"])),
        },
    ),
    (
        "track",
        "NPS Survey Completed",
        ["web", "swift", "kotlin", "flutter"],
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great crew, food could be better",
                        "Seats in economy are too tight",
                        "Boarding was chaotic at gate",
                        "Smooth check-in in the app",
                        "",
                    ]
                )
            ),
            "cabin": G(lambda f: f.pick(["economy", "business"])),
            "survey_id": G(lambda f: "svy_" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "rn"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_id": G(lambda f: f.uuid()),
            "text": Y(lambda f: push_text(f), "name", True),
            "deep_link": G(lambda f: f.pick(["noorair://trips", "noorair://miles", "noorair://checkin"])),
            "badge": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["web", "rn"],
        {
            "label": Y(lambda f: saved_label(f), "name", True),
            "traveller_id": G(lambda f: f.uuid()),
            "position": G(lambda f: f.r.randint(0, 7)),
            "passenger_slot": G(lambda f: f.pick(["adult_1", "adult_2", "child_1", "infant_1"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form": G(lambda f: f.pick(["booking_contact", "miles_signup", "manage_booking"])),
            "field": {
                "name": G(lambda f: f.pick(["contact_email", "email", "lead_pax_email"])),
                "type": G(lambda f: "email"),
                "value": Y(lambda f: email(f), "email", True),
            },
            "duration_ms": G(lambda f: f.r.randint(800, 30000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        WEB_APPS,
        {
            "contact_name": Y(lambda f: full(f), "name"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "contact_email": Y(lambda f: email(f), "email"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            "contact_country": G(lambda f: f.pick(["AE", "QA", "IN", "PH"])),
            "declined": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- account and auth -----------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        WEB_APPS,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "uae_pass"])),
            "email": Y(lambda f: email(f), "email"),
            "first_name": Y(lambda f: first(f), "name"),
            "referral_code": G(lambda f: "NOOR" + f.hexid(6).upper()),
            "member_number": G(lambda f: ff_number(f)),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "welcome_miles": G(lambda f: f.pick([500, 1000])),
        },
    ),
    (
        "track",
        "Signed In",
        WEB_APPS,
        {
            "method": G(lambda f: f.pick(["password", "otp", "biometric", "uae_pass"])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "ip_country": G(lambda f: f.pick(["AE", "QA", "IN"])),
            "otp_verified": G(lambda f: f.pick([True, False])),
            "login_count": G(lambda f: f.r.randint(1, 400)),
            "device_trusted": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        ["web", "swift", "kotlin"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "otp_length": G(lambda f: 6),
            "expires_in_s": G(lambda f: f.pick([120, 300, 600])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "redirect_path": G(lambda f: f.pick(["/en-ae/miles", "/en-in/trips", "/ar-qa/profile"])),
            "link_age_s": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    # -- partners, insurance, ads ---------------------------------------------------------------
    (
        "track",
        "Hotel Booked",
        ["web", "node"],
        {
            "hotel_name": G(
                lambda f: f.pick(
                    ["Rove Downtown", "Rotana Al Bustan", "Taj Malabar Kochi", "Souq Waqif Boutique"]
                )
            ),
            "city": G(lambda f: f.pick(["Dubai", "Doha", "Kochi", "Mumbai"])),
            "check_in": G(lambda f: future_date(f)),
            "nights": G(lambda f: f.r.randint(1, 10)),
            "rooms": G(lambda f: f.r.randint(1, 3)),
            "lead_guest_name": Y(lambda f: full(f), "name"),
            "lead_guest_email": Y(lambda f: email(f), "email"),
            "booking_ref": G(lambda f: f.digits(9)),
            "price": G(lambda f: f.money(80, 3000)),
            "miles_earned": G(lambda f: f.r.randint(200, 5000)),
        },
    ),
    (
        "track",
        "Car Rental Booked",
        ["web"],
        {
            "partner": G(lambda f: f.pick(["Hertz", "Sixt", "Avis", "Zoomcar"])),
            "pickup_location": G(lambda f: f.pick(["DXB Terminal 3", "Doha Hamad Intl", "Kochi Airport"])),
            "driver_name": Y(lambda f: full(f), "name"),
            "driver_age": G(lambda f: f.r.randint(21, 75)),
            "driver_dob": Y(lambda f: dob(f, 1950, 2003, "dmy"), "birthdate"),
            "driver_phone": Y(lambda f: phone(f), "phone"),
            "driving_licence_number": Y(
                lambda f: f.pick(
                    [f"KL07 {f.r.randint(2005, 2022)}{f.digits(7)}", f.digits(7), "DL-" + f.digits(13)]
                ),
                "license",
            ),
            "vehicle_class": G(lambda f: f.pick(["economy", "suv", "luxury"])),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["web", "node"],
        {
            "insurer": G(lambda f: f.pick(["AXA Gulf", "Tata AIG", "Qatar Insurance"])),
            "policy_number": Y(
                lambda f: f.pick(["TAIG", "AXG", "QIC"]) + "-" + f.digits(10), "identification"
            ),
            "premium": G(lambda f: f.money(20, 400)),
            "plan": G(lambda f: f.pick(["single_trip", "annual_multi_trip", "schengen"])),
            "insured_persons": Many(
                {
                    "name": Y(lambda f: full(f), "name"),
                    "date_of_birth": Y(lambda f: dob(f, 1940, 2023), "birthdate"),
                    "passport_number": RED(lambda f: passport_no(f), "passport"),
                    "pre_existing_condition_declared": Y(lambda f: f.pick([True, False]), "condition"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Ad Click Captured",
        ["web"],
        {
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(30) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
            "landing_page": G(lambda f: f.pick(["/en-in/offers/diwali", "/en-ae/miles", "/ar-qa/book"])),
            "first_touch": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Itinerary Emailed",
        ["node", "web"],
        {
            "pnr": G(lambda f: pnr(f)),
            "to": Y(lambda f: email(f), "email", True),
            "cc": Many(Y(lambda f: email(f), "email", True), 2),
            "template": G(lambda f: f.pick(["itinerary_v3", "e_ticket_receipt", "schedule_change"])),
            "language": G(lambda f: f.pick(["en", "ar", "hi"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "event_source_url": G(lambda f: "https://www.noorair.com" + f.pick(PAGES)),
            "user_data": {
                "em": Y(lambda f: hashlib.sha256(email(f).encode()).hexdigest(), "email"),
                "ph": Y(
                    lambda f: hashlib.sha256(phone(f).replace(" ", "").lstrip("+").encode()).hexdigest(),
                    "phone",
                ),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "external_id": G(lambda f: hashlib.sha256(ff_number(f).encode()).hexdigest()),
            },
            "custom_data": {
                "value": G(lambda f: f.money(300, 9000)),
                "currency": G(lambda f: f.pick(["AED", "QAR", "INR"])),
                "content_ids": Many(G(lambda f: f"{airport(f)}-{airport(f)}"), 3),
            },
        },
    ),
    (
        "track",
        "Name Correction Requested",
        ["web", "ruby"],
        {
            "pnr": G(lambda f: pnr(f)),
            "old_name": Y(lambda f: full(f).upper(), "name"),
            "new_name": Y(lambda f: full(f).upper(), "name"),
            "reason": G(lambda f: f.pick(["typo", "marriage", "name_order", "missing_middle_name"])),
            "document_uploaded": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: f.pick([0, 100, 250])),
        },
    ),
    (
        "track",
        "Infant Added",
        ["web", "swift", "kotlin"],
        {
            "infant_first_name": Y(lambda f: child_first(f), "name"),
            "infant_last_name": Y(lambda f: last(f), "name"),
            "infant_dob": Y(lambda f: dob(f, 2023, 2024), "birthdate"),
            "lap_adult_name": Y(lambda f: full(f), "name"),
            "bassinet_requested": G(lambda f: f.pick([True, False])),
            "infant_fare": G(lambda f: f.pick([150, 220, 310])),
        },
    ),
    # -- cabin crew recruitment -----------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        ["web", "php"],
        {
            "job_id": G(lambda f: "REQ-" + f.digits(5)),
            "position": G(lambda f: f.pick(["Cabin Crew", "Customer Service Agent", "First Officer A320"])),
            "full_name": Y(lambda f: full(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "nationality": Y(lambda f: nationality(f), "citizenship"),
            "date_of_birth": Y(lambda f: dob(f, 1980, 2004), "birthdate"),
            "right_to_work_uae": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick(["yes", "no", "not_sure"]), "visa"),
            "current_salary": Y(lambda f: f.r.randint(3000, 30000), "salary"),
            "expected_salary": Y(lambda f: f.r.randint(5000, 35000), "salary"),
            "current_address": Y(lambda f: address(f), "address"),
            "photo_url": Y(
                lambda f: f"https://careers.noorair.com/uploads/candidates/{f.hexid(24)}/full_length.jpg",
                "photo",
            ),
            "languages": Many(G(lambda f: f.pick(["English", "Arabic", "Hindi", "Malayalam", "Tagalog"])), 3),
            "years_experience": G(lambda f: f.r.randint(0, 20)),
            "open_day_city": G(lambda f: f.pick(["Kochi", "Manila", "Cairo", "Doha"])),
        },
    ),
]

GROUP = (
    "group",
    None,
    ["node", "java", "dotnet"],
    {
        "name": G(lambda f: f.pick(["Al Futtaim Group", "Infosys Ltd", "QatarEnergy", "Larsen & Toubro"])),
        "industry": G(lambda f: f.pick(["Energy", "IT Services", "Retail", "Construction"])),
        "employees": G(lambda f: f.pick([250, 1200, 45000, 300000])),
        "corporate_code": G(lambda f: "CORP" + f.digits(5)),
        "contract_tier": G(lambda f: f.pick(["SME", "Corporate", "Strategic"])),
        "account_manager": Y(lambda f: full(f), "name"),
        "travel_desk_email": G(
            lambda f: f.pick(
                ["travel@alfuttaim.example", "traveldesk@infosys.example", "corporate.travel@qe.example"]
            )
        ),
        "office_phone": G(lambda f: f.pick(["+971 4 555 1200", "+91 80 5555 2000", "+974 4455 3300"])),
        "address": G(
            lambda f: f.pick(["Dubai Festival City, Dubai", "Electronics City, Bengaluru", "West Bay, Doha"])
        ),
        "country": G(lambda f: f.pick(["AE", "IN", "QA"])),
    },
)
ALIAS = ("alias", None, [*APPS, "web"], None)

# -- assembly ---------------------------------------------------------------------------------------


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    templates = [*EVENTS, GROUP, ALIAS]
    for _ in range(repeats):
        for kind, name, clients, body in templates:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client not in SERVER else "srv-" + f.hexid(20),
                "timestamp": f.iso(),
            }
            if client in SERVER:
                msg["userId"] = f.pick([ff_number(f), str(f.r.randint(10**7, 10**8))])
            else:
                msg["anonymousId"] = f.uuid()
                if f.r.random() < 0.7:
                    msg["userId"] = ff_number(f)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "corp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
                msg["userId"] = ff_number(f)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=114, repeats=30)
    write(Path(__file__).parent, "holdout114_", events, labels)
