"""Writes holdout64: tests/corpus/holdout64_events.jsonl and holdout64_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the helpers
and the format), and never scored by its author.

What it covers: retail and Islamic banking in the UAE, Saudi Arabia and Egypt. Account opening
with Emirates ID, iqama, Saudi and Egyptian national ids, UAE PASS and Nafath logins, KYC (FATCA,
address, employment), salary transfers and WPS, murabaha financing and its commodity trade, cards
(Mada, Meeza, wallets, declines from a processor), remittances to India, Pakistan, the
Philippines, Egypt and others (beneficiaries, cash pickup, a payout partner's webhook), zakat and
sadaqah, branch appointments and the branch locator, in-app chat and complaints, takaful, minors'
accounts, a rewards store with the e-commerce spec events, SME banking `group` calls, a
warehouse's reverse-ETL `identify`, a core-banking backend with transliterated Arabic keys (ism,
ism_al_aila, raqam_al_hatif, unwan, tarikh_al_milad, al_jinsiya ...) and a Flutter form with keys
in Arabic script. Customers, beneficiaries, guarantors, supplementary card holders, dependants,
nominees, HR contacts, chat agents and relationship managers.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter and the
python / node / go / java / ruby / php / C# server libraries, each with the `context` it sends
(ip, traits, device, app, library, locale, userAgent, campaign, location). Keys are mostly
camelCase and snake_case; about 15 % are PascalCase (.NET), kebab-case (a payout partner's
webhook), SCREAMING_SNAKE (warehouse reverse ETL), transliterated Arabic and Arabic script.

Values: names from Gulf, Levantine, Egyptian, South Asian, Filipino, African, European and East
Asian cultures, in Latin and Arabic script; national phone formats (UAE, KSA, Egypt, India,
Pakistan, Philippines, Bangladesh, UK, sometimes in Arabic-Indic digits); Emirates ids with a
valid Luhn check digit, Saudi ids and iqamas (Luhn), Egyptian national ids (birth date, governorate,
sequence and a weighted check digit), Pakistani CNICs; IBANs for AE, SA, EG, PK, GB, JO, TR with
correct mod-97 check digits; Luhn-valid Visa, Mastercard, Mada and Meeza numbers.

Conventions: a leaf path is dotted from the message root, `[]` for array elements. Each label is
(classification, type, value_only). Types are the reference's default matcher names (name, email,
phone, address, street, city, zipcode, birthdate, gender, citizenship, religion, salary, photo,
license, serial, identification, condition, disability, passport, visa, credit card, token,
password, social security number, ip ...) or `national id`, `bank account`, `geolocation`,
`secret`, `advertising id`; `a|b` when either name is fair.

Labelling rules followed:
- PII is personal data about a natural person: the user, a beneficiary, guarantor, dependant,
  nominee, supplementary card holder, an HR contact, a chat agent or relationship manager (staff
  names and work e-mails/phones are theirs). Colour: the reference's default for the matcher;
  otherwise red for credentials/secrets, card numbers, bank accounts, government ids and health,
  yellow otherwise.
- Green: ids the bank or a vendor issues (CIF / customer numbers, application, transfer, card,
  device ids, UUIDs, deal references, trade licence and VAT numbers of companies), versions,
  timestamps, amounts (balances, financing amounts, zakat due), enums, counters, booleans under
  PII-sounding keys (`emailVerified`, `phoneVerified`, `absher_mobile_matched`, `otp_length`),
  product, plan, merchant, charity, employer and school names, places that are not the person's
  (a branch's city and coordinates, a merchant's city, an issuing emirate, a searched area),
  country, emirate / governorate / state, locale, timezone, currency, user agents, OS-issued
  device ids (IDFV, Android id). Card brand, BIN, last four, masked PANs and masked IBANs, expiry,
  SWIFT/BIC, IFSC and bank codes are green. A document's expiry or issue date is green (like a
  card expiry).
- Published policy: loyalty / member / customer numbers, ages and age bands, marital status,
  job titles and employers, a business's own phone / e-mail / address, pets: green. Insurance
  (takaful) policy numbers: yellow `identification`; salaries and income: yellow `salary`;
  vehicle plates: yellow `license`; chassis numbers (VIN): yellow `serial`; gclid, fbclid, fbp,
  fbc: yellow `advertising id`; billing / delivery addresses of the person: yellow `address`.
  Payment and card tokens, one-time passwords, activation codes and cash-pickup PINs: red; a
  push token (`context.device.token`) and a bearer JWT in a logged header: red `token`.
- Special categories carried by a boolean or enum are PII of that category: a zakat madhab or an
  ID card's religion is yellow `religion`; smoker / pregnant / pre-existing conditions are yellow
  `condition`; accessibility needs at a branch visit are red `disability`.
- value_only is true when the key does not say what the value is (`value`, `text`, `input`, `to`,
  `destination`, `recipient`, `label`, `description`, `wallet_number`, `em`, `ph`). Every value of a
  value_only PII path carries that PII (checked at build time); free text is labelled by what all
  its values carry, and is green when none carries any (branch notes, remarks, agent replies with
  reference numbers, NPS reasons).
- Judgement calls, as a careful privacy owner at a mid-size bank would want them: a salary band
  is the person's pay, coarsened: yellow `salary` (unlike age bands, which policy makes green);
  "national" vs "expat" (`nationality_group`) reveals citizenship: yellow `citizenship`; a place
  of birth is yellow `city`; the device's reported location city is yellow `city`; a person's
  P.O. Box, Makani number or Saudi short national address is yellow `address`; Emirates ID, iqama,
  national id, ICP unified number, MOHRE person code and CNIC are red `national id`; a residence
  visa file number is red `visa`; a loan / financing account number is a financial account:
  red `bank account`; a payout partner's MSISDN is the receiver's phone;
  SHA-256 hashes of an e-mail or phone sent for ad matching (Facebook CAPI `em` / `ph`) are still
  that person's identifier: yellow `email` / `phone`; a zeroed IDFA (tracking denied) still sits
  in an advertising-id field, labelled by its key; private LAN addresses are still `ip`; a credit
  bureau score (AECB / SIMAH) is a number about the person but not in any listed category: green.
"""

import re
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

GULF_M = ["Mohammed", "Ahmed", "Khalid", "Omar", "Abdullah", "Hamdan", "Saeed", "Faisal", "Sultan", "Rashid"]
GULF_F = ["Fatima", "Aisha", "Mariam", "Noura", "Shaikha", "Hessa", "Reem", "Maha", "Latifa", "Alya"]
GULF_LAST = [
    "Al Mansouri",
    "Al Qahtani",
    "Al Otaibi",
    "Al Shehhi",
    "Al Zaabi",
    "Al Ghamdi",
    "Al Suwaidi",
    "Al Falasi",
    "Al Harbi",
    "Al Dosari",
    "Al Kaabi",
    "Al Marri",
    "bin Saleh",
    "Al-Shammari",
]
EGY_FIRST = [
    "Mostafa",
    "Mahmoud",
    "Karim",
    "Youssef",
    "Mina",
    "Hala",
    "Dina",
    "Amira",
    "Nour",
    "Salma",
    "Tamer",
]
EGY_LAST = [
    "El-Sayed",
    "Abdel Rahman",
    "Hassan",
    "Farouk",
    "Girgis",
    "Boutros",
    "Naguib",
    "Soliman",
    "Fahmy",
    "Shaker",
]
LEVANT = [
    ("Rami", "Khoury"),
    ("Nadine", "Haddad"),
    ("Zaid", "Al-Masri"),
    ("Lina", "Nasser"),
    ("Tarek", "Abu Zeid"),
    ("Rania", "Saab"),
]
SOUTH_ASIA = [
    ("Ravi", "Kumar"),
    ("Priya", "Nair"),
    ("Anil", "Menon"),
    ("Sreeja", "Pillai"),
    ("Mohammed", "Shafeeq"),
    ("Usman", "Tariq"),
    ("Ayesha", "Siddiqui"),
    ("Bilal", "Ahmed Qureshi"),
    ("Rahim", "Uddin"),
    ("Suman", "Shrestha"),
    ("Farhana", "Begum"),
    ("Harpreet", "Kaur"),
    ("Venkatesh", "Iyer"),
]
OTHERS = [
    ("Maria Luisa", "Santos"),
    ("Jose", "Reyes"),
    ("Analyn", "dela Cruz"),
    ("Mark Anthony", "Bautista"),
    ("James", "Whitfield"),
    ("Emily", "Carter"),
    ("Chinedu", "Okafor"),
    ("Amina", "Yusuf"),
    ("Olga", "Ivanova"),
    ("Li", "Wei"),
    ("Sophie", "Laurent"),
    ("Mehmet", "Y\u0131lmaz"),
    ("Daniela", "Rossi"),
    ("Hamza", "Benali"),
]
AR_FIRST = [
    "محمد",
    "أحمد",
    "خالد",
    "عبدالله",
    "يوسف",
    "فاطمة",
    "عائشة",
    "مريم",
    "نورة",
    "سارة",
    "هند",
    "مصطفى",
]
AR_LAST = [
    "المنصوري",
    "القحطاني",
    "العتيبي",
    "الشحي",
    "الزعابي",
    "الغامدي",
    "السيد",
    "عبد الرحمن",
    "حسن",
    "فاروق",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "example.ae",
    "mail.example.sa",
]


def person(f: Fake) -> tuple[str, str]:
    pool = f.r.random()
    if pool < 0.3:
        return f.pick(GULF_M + GULF_F), f.pick(GULF_LAST)
    if pool < 0.45:
        return f.pick(EGY_FIRST), f.pick(EGY_LAST)
    if pool < 0.55:
        return f.pick(LEVANT)
    if pool < 0.8:
        return f.pick(SOUTH_ASIA)
    return f.pick(OTHERS)


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    a, b = person(f)
    if b in GULF_LAST and f.r.random() < 0.4:  # the four-part Gulf name: own, father's, grandfather's, family
        return f"{a} {f.pick(GULF_M)} {f.pick(GULF_M)} {b}"
    return f"{a} {b}"


def name_upper(f: Fake) -> str:
    return full(f).upper()


def ar_name(f: Fake) -> str:
    return f"{f.pick(AR_FIRST)} {f.pick(AR_FIRST[:5] + AR_FIRST[11:])} {f.pick(AR_LAST)}"


def email_of(f: Fake, name: str | None = None) -> str:
    a, b = person(f) if name is None else (name.split()[0], name.split()[-1])
    a = a.lower().replace(" ", "")
    b = b.lower().replace(" ", "").replace("-", "").replace("\u0131", "i")
    style = f.pick(["{a}.{b}", "{a}{b}{n}", "{a}_{n}", "{b}.{a}", "{a}.{b}{n}"])
    return style.format(a=a, b=b, n=f.r.randint(1, 999)) + "@" + f.pick(MAIL_DOMAINS)


def work_email(f: Fake) -> str:
    a, b = person(f)
    return f"{a.split()[0].lower()}.{b.split()[-1].lower().replace('-', '')}@wafrabank.example"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def phone_ae(f: Fake) -> str:
    p, rest = f.pick(["50", "52", "54", "55", "56", "58"]), d(f, 7)
    return f.pick(
        [f"+971{p}{rest}", f"0{p} {rest[:3]} {rest[3:]}", f"+971 {p} {rest[:3]} {rest[3:]}", f"0{p}{rest}"]
    )


def phone_sa(f: Fake) -> str:
    p, rest = f.pick(["50", "53", "54", "55", "56", "59"]), d(f, 7)
    return f.pick([f"+966{p}{rest}", f"0{p}{rest}", f"+966 {p} {rest[:3]} {rest[3:]}"])


def phone_eg(f: Fake) -> str:
    p, rest = f.pick(["10", "11", "12", "15"]), d(f, 8)
    return f.pick([f"+20{p}{rest}", f"0{p}{rest}", f"+20 {p} {rest[:4]} {rest[4:]}"])


def phone_home(f: Fake) -> str:
    """A number abroad: a beneficiary's or an expat's family's."""
    kind = f.pick(["in", "pk", "ph", "bd", "uk", "eg", "jo"])
    return {
        "in": f"+91 {f.pick('6789')}{d(f, 4)} {d(f, 5)}",
        "pk": f.pick([f"+92 3{d(f, 2)} {d(f, 7)}", f"03{d(f, 2)}-{d(f, 7)}"]),
        "ph": f.pick([f"+63 9{d(f, 2)} {d(f, 3)} {d(f, 4)}", f"09{d(f, 9)}"]),
        "bd": f"+880 1{f.pick('3456789')}{d(f, 2)}-{d(f, 6)}",
        "uk": f"+44 7{d(f, 3)} {d(f, 6)}",
        "eg": phone_eg(f),
        "jo": f"+962 7{f.pick('789')} {d(f, 3)} {d(f, 4)}",
    }[kind]


def phone(f: Fake) -> str:
    x = f.r.random()
    if x < 0.45:
        return phone_ae(f)
    if x < 0.7:
        return phone_sa(f)
    if x < 0.85:
        return phone_eg(f)
    return phone_home(f)


def phone_arabic_digits(f: Fake) -> str:
    number = f.pick([phone_sa, phone_ae, phone_eg])(f)
    return number.translate(AR_DIGITS) if f.r.random() < 0.35 else number


def luhn(f: Fake, partial: str) -> str:
    return f.luhn_complete(partial)


def emirates_id(f: Fake) -> str:
    number = luhn(f, "784" + str(f.r.randint(1960, 2006)) + d(f, 7))
    if f.r.random() < 0.6:
        return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"
    return number


def saudi_id(f: Fake, kind: str | None = None) -> str:
    return luhn(f, (kind or f.pick("12")) + d(f, 8))


def egypt_id(f: Fake) -> str:
    year = f.r.randint(1955, 2005)
    body = (
        ("2" if year < 2000 else "3")
        + f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + f.pick(["01", "02", "03", "04", "12", "13", "14", "21", "88"])
        + d(f, 4)
    )
    weights = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    check = (11 - sum(int(c) * w for c, w in zip(body, weights)) % 11) % 10
    return body + str(check)


def cnic(f: Fake) -> str:
    return f"{f.pick(['35202', '42101', '61101', '37405'])}-{d(f, 7)}-{f.r.randint(1, 9)}"


def national_id(f: Fake) -> str:
    return f.pick([emirates_id, saudi_id, egypt_id])(f)


def passport(f: Fake) -> str:
    return f.pick(["N", "P", "A", "K", "Z"]) + f.digits(7) if f.r.random() < 0.6 else "AB" + f.digits(7)


IBAN_SHAPES = {
    "AE": lambda f: f.pick(["026", "033", "035", "030", "050", "044"]) + d(f, 16),
    "SA": lambda f: f.pick(["80", "10", "05", "45", "15", "60"]) + d(f, 18),
    "EG": lambda f: f.pick(["0019", "0002", "0003", "0037"]) + d(f, 21),
    "PK": lambda f: f.pick(["MEZN", "HABB", "UNIL", "MUCB"]) + d(f, 16),
    "GB": lambda f: f.pick(["NWBK", "BARC", "HBUK"]) + d(f, 14),
    "JO": lambda f: f.pick(["ARAB", "CBJO"]) + d(f, 4) + d(f, 18),
    "TR": lambda f: "0" + f.pick(["0010", "0006", "0046"]) + "0" + d(f, 16),
}


def iban(f: Fake, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or f.pick(list(IBAN_SHAPES))
    bban = IBAN_SHAPES[country](f)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def iban_gulf(f: Fake) -> str:
    return iban(f, f.pick(["AE", "AE", "SA", "EG"]))


def local_account(f: Fake) -> str:
    return f.pick([lambda: f.digits(13), lambda: f.digits(12), lambda: "0" + d(f, 10) + "01"])()


def card_number(f: Fake) -> str:
    prefix = f.pick(["4", "4", "51", "55", "2221", "588845", "446404", "968208", "507803"])
    number = luhn(f, prefix + d(f, 15 - len(prefix)))
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if f.r.random() < 0.4 else number


def masked_pan(f: Fake) -> str:
    return f.pick(["484783", "588845", "422610", "530060", "507803"]) + "******" + d(f, 4)


def dob(f: Fake) -> str:
    return f.date(1950, 2006)


def hijri_dob(f: Fake) -> str:
    return f"{f.r.randint(1370, 1427)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 29):02d}"


def dob_dmy(f: Fake) -> str:
    y, m, day = f.date(1955, 2004).split("-")
    return f"{day}/{m}/{y}"


AE_AREAS = [
    "Al Barsha 2",
    "JLT Cluster D",
    "Al Nahda 1",
    "Mirdif",
    "Khalifa City A",
    "Al Majaz 3",
    "Dubai Marina",
]
AE_BUILDINGS = [
    "Marina Heights Tower",
    "Al Noor Building",
    "Lake Terrace",
    "Emerald Residence",
    "Al Waleed Tower",
]
SA_STREETS = ["Imam Saud bin Faisal Rd", "Prince Turki St", "King Abdulaziz Rd", "Tahlia St", "Al Urubah Rd"]
SA_DISTRICTS = ["Al Olaya", "Al Malqa", "Al Rawdah", "Al Khobar Al Shamalia", "Al Hamra"]
EG_STREETS = [
    "Shaaban St",
    "El Nozha St",
    "Gameat El Dowal El Arabeya",
    "Abbas El Akkad St",
    "Corniche El Nil",
]
EG_AREAS = ["Heliopolis", "Nasr City", "Mohandessin", "Maadi", "Smouha", "Sheikh Zayed"]


def street_line(f: Fake) -> str:
    country = f.pick(["ae", "ae", "sa", "eg"])
    if country == "ae":
        return f.pick(
            [
                f"Flat {f.r.randint(101, 3908)}, {f.pick(AE_BUILDINGS)}",
                f"Villa {f.r.randint(1, 120)}, Street {f.r.randint(1, 45)}",
            ]
        )
    if country == "sa":
        return f"{f.r.randint(1000, 9999)} {f.pick(SA_STREETS)}"
    return f"{f.r.randint(1, 140)} {f.pick(EG_STREETS)}, Apt {f.r.randint(1, 30)}"


def address_line(f: Fake) -> str:
    country = f.pick(["ae", "ae", "sa", "eg"])
    if country == "ae":
        unit = f.pick(
            [f"Villa {f.r.randint(1, 99)}", f"Flat {f.r.randint(101, 3908)}, {f.pick(AE_BUILDINGS)}"]
        )
        return f"{unit}, {f.pick(AE_AREAS)}, {f.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}"
    if country == "sa":
        return (
            f"{f.r.randint(1000, 9999)} {f.pick(SA_STREETS)}, {f.pick(SA_DISTRICTS)}, Riyadh "
            f"{f.r.randint(11000, 14999)} - {f.r.randint(2000, 9999)}"
        )
    return f"{f.r.randint(1, 140)} {f.pick(EG_STREETS)}, {f.pick(EG_AREAS)}, Cairo"


def home_city(f: Fake) -> str:
    return f.pick(
        [
            "Dubai",
            "Abu Dhabi",
            "Sharjah",
            "Al Ain",
            "Riyadh",
            "Jeddah",
            "Dammam",
            "Cairo",
            "Giza",
            "Alexandria",
        ]
    )


def abroad_city(f: Fake) -> str:
    return f.pick(
        ["Kochi", "Thiruvananthapuram", "Lahore", "Karachi", "Manila", "Cebu", "Dhaka", "Kathmandu", "Amman"]
    )


def makani(f: Fake) -> str:
    return f"{f.r.randint(10000, 39999)} {f.r.randint(10000, 99999)}"


def short_address(f: Fake) -> str:
    return "".join(f.pick("ABCDEFGHJKMNRSTW") for _ in range(4)) + d(f, 4)


def po_box(f: Fake) -> str:
    return f.pick(["P.O. Box ", "PO Box ", "POB "]) + str(f.r.randint(100, 999999))


def user_lat(f: Fake) -> float:
    return round(f.pick([25.2, 24.45, 24.7, 21.5, 30.05, 26.4]) + f.r.uniform(-0.15, 0.15), 6)


def user_lon(f: Fake) -> float:
    return round(f.pick([55.3, 54.38, 46.7, 39.2, 31.25, 50.1]) + f.r.uniform(-0.15, 0.15), 6)


def ip(f: Fake) -> str:
    return (
        f.ipv4() if f.r.random() < 0.8 else "2a02:" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(7))
    )


def idfa(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.2 else f.uuid().upper()


def alnum(
    f: Fake, n: int, chars: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + alnum(f, 70)


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def salary(f: Fake) -> int:
    return f.pick([f.r.randint(4, 120) * 500, f.r.randint(3000, 45000)])


def otp(f: Fake) -> str:
    return d(f, f.pick([4, 6, 6]))


def aed(f: Fake, lo=10, hi=20000) -> float:
    return f.money(lo, hi)


def ref(f: Fake, prefix: str) -> str:
    return f"{prefix}{f.r.randint(2023, 2024)}{d(f, 8)}"


def pick(items):
    return lambda f: f.pick(items)


def const(value):
    return lambda f: value


def bool_():
    return lambda f: f.pick([True, False])


def count(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def ts():
    return lambda f: f.iso()


# -- contexts ---------------------------------------------------------------------------------------

LOCALES = ["ar-AE", "en-AE", "ar-SA", "en-SA", "ar-EG", "en-US", "en-GB", "ur-PK", "fil-PH"]
TIMEZONES = ["Asia/Dubai", "Asia/Riyadh", "Africa/Cairo"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
SITE = "https://www.wafrabank.example"
CARRIERS = ["etisalat", "du", "STC", "Mobily", "Zain KSA", "Vodafone EG", "Orange EG", "WE"]


def web_ctx(pages):
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"]),
        },
        "page": {
            "path": pick(pages),
            "referrer": pick(["https://www.google.com/", "", "https://www.google.ae/", "https://t.co/"]),
            "search": pick(["", "?lang=ar", "?utm_source=google&utm_medium=cpc", "?ref=sms"]),
            "title": pick(
                ["Wafra Islamic Bank", "Personal Finance | Wafra", "حساب جاري | وفرة", "Open an account"]
            ),
            "url": lambda f: SITE + f.pick(pages),
        },
        "userAgent": pick(WEB_UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"]),
                    "version": pick(["124", "99", "123"]),
                },
                3,
            ),
            "mobile": bool_(),
            "platform": pick(["Windows", "Android", "macOS"]),
        },
        "locale": pick(LOCALES),
        "timezone": pick(TIMEZONES),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": pick(
                ["ramadan_offers_2024", "salary_transfer_q2", "home_finance_launch", "card_cashback"]
            ),
            "source": pick(["google", "facebook", "snapchat", "sms", "newsletter"]),
            "medium": pick(["cpc", "social", "sms", "email"]),
            "term": pick(["islamic personal finance uae", "zero balance account", "murabaha car loan", ""]),
            "content": pick(["banner_ar", "carousel_2", "story_v3", "text_en"]),
        },
    }


def app_block(f_ios: bool):
    return {
        "name": const("Wafra"),
        "version": pick(["6.4.0", "6.4.2", "6.5.1"]),
        "build": pick(["640118", "642120", "651204"]),
        "namespace": const("com.wafrabank.retail" if f_ios else "com.wafrabank.mobile"),
    }


def swift_ctx(_):
    return {
        "app": app_block(True),
        "device": {
            "id": lambda f: f.uuid().upper(),
            "manufacturer": const("Apple"),
            "model": pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"]),
            "name": const("iPhone"),
            "type": const("ios"),
            "adTrackingEnabled": bool_(),
            "advertisingId": Y(idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": lambda f: f.uuid(),
        "library": {"name": const("analytics-swift"), "version": pick(["1.5.11", "1.6.0", "1.5.9"])},
        "locale": pick(LOCALES),
        "network": {"wifi": bool_(), "cellular": bool_(), "carrier": pick(CARRIERS)},
        "os": {"name": const("iOS"), "version": pick(["17.4.1", "17.5", "16.7.8"])},
        "screen": {"width": pick([390, 393, 430]), "height": pick([844, 852, 932]), "density": const(3)},
        "timezone": pick(TIMEZONES),
        "traits": {
            "email": Y(lambda f: email_of(f), "email"),
            "firstName": Y(first, "name"),
            "cif": lambda f: f.digits(8),
        },
    }


def kotlin_ctx(_):
    return {
        "app": app_block(False),
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": pick(["samsung", "HUAWEI", "Xiaomi", "OPPO", "Google"]),
            "model": pick(["SM-S918B", "SM-A546E", "2201117TG", "CPH2305", "Pixel 8"]),
            "name": pick(["dm3q", "a54x", "spes", "OP5353L1", "shiba"]),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": bool_(),
        },
        "instanceId": lambda f: f.uuid(),
        "library": {"name": const("analytics-kotlin"), "version": pick(["1.15.0", "1.16.3", "1.14.2"])},
        "locale": pick(LOCALES),
        "location": {
            "latitude": Y(user_lat, "geolocation"),
            "longitude": Y(user_lon, "geolocation"),
            "speed": pick([0.0, 0.4, 12.5]),
        },
        "network": {"wifi": bool_(), "cellular": bool_(), "carrier": pick(CARRIERS), "bluetooth": bool_()},
        "os": {"name": const("Android"), "version": pick(["14", "13", "12"])},
        "screen": {
            "width": const(1080),
            "height": pick([2340, 2400, 2316]),
            "density": pick([2.625, 3.0, 2.75]),
        },
        "timezone": pick(TIMEZONES),
        "userAgent": pick(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 12; 2201117TG Build/SKQ1.211103.001)",
            ]
        ),
        "traits": {
            "email": Y(lambda f: email_of(f), "email"),
            "phone": Y(phone, "phone"),
            "anonymousId": lambda f: f.uuid(),
        },
    }


def rn_ctx(_):
    return {
        "app": app_block(False),
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick(["Apple", "samsung", "HUAWEI"]),
            "model": pick(["iPhone14,2", "SM-S911B", "ELS-NX9"]),
            "type": pick(["ios", "android"]),
            "name": pick(["iPhone", "dm1q", "ELS"]),
        },
        "library": {"name": const("analytics-react-native"), "version": pick(["2.19.1", "2.17.0", "2.19.2"])},
        "locale": pick(LOCALES),
        "network": {"wifi": bool_(), "cellular": bool_()},
        "os": {"name": pick(["iOS", "Android"]), "version": pick(["17.2", "14", "13"])},
        "screen": {"width": pick([390, 412, 360]), "height": pick([844, 915, 780])},
        "timezone": pick(TIMEZONES),
        "traits": {"email": Y(lambda f: email_of(f), "email"), "name": Y(full, "name")},
        "location": {
            "city": Y(home_city, "city"),
            "country": pick(["United Arab Emirates", "Saudi Arabia", "Egypt"]),
            "latitude": Y(user_lat, "geolocation"),
            "longitude": Y(user_lon, "geolocation"),
        },
    }


def flutter_ctx(_):
    return {
        "app": {
            "name": const("Wafra Egypt"),
            "version": pick(["2.3.0", "2.3.4", "2.4.0"]),
            "build": pick(["230", "234", "240"]),
            "namespace": const("eg.wafrabank.app"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick(["samsung", "OPPO", "realme", "Apple"]),
            "model": pick(["SM-A145F", "CPH2477", "RMX3710", "iPhone12,1"]),
            "type": pick(["android", "ios"]),
        },
        "library": {"name": const("analytics_flutter"), "version": pick(["1.1.1", "1.1.3", "1.0.4"])},
        "locale": pick(["ar-EG", "en-EG", "ar"]),
        "os": {"name": pick(["Android", "iOS"]), "version": pick(["13", "12", "17.1"])},
        "screen": {"width": pick([720, 1080, 828]), "height": pick([1600, 2400, 1792])},
        "timezone": const("Africa/Cairo"),
        "traits": {"phone": Y(phone_eg, "phone")},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.0.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.1"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.1"],
    "analytics-csharp": ["2.3.5", "2.4.0", "2.3.2"],
}


def server_ctx(library):
    def make(_):
        ctx = {"library": {"name": const(library), "version": pick(SERVER_VERSIONS[library])}}
        if library in ("analytics-python", "@segment/analytics-node", "analytics-php"):
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = pick([*WEB_UAS, "Wafra/6.4.2 (iPhone; iOS 17.4.1)", "okhttp/4.12.0"])
        return ctx

    return make


def web(pages):
    return lambda _: web_ctx(pages)


CLIENTS = {
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("@segment/analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php"),
    "dotnet": server_ctx("analytics-csharp"),
}
APP = ["swift", "kotlin", "rn"]
APP_WEB = ["swift", "kotlin", "rn", "web"]


# -- shared bits ------------------------------------------------------------------------------------

REWARD_PRODUCTS = [
    "Dates Gift Box 1kg",
    "Oud Perfume 50ml",
    "AirPods Pro (2nd gen)",
    "Skywards Miles 5,000",
    "Noon Voucher AED 200",
    "Prayer Mat Premium",
    "Samsonite Cabin Bag",
    "Careem Credit AED 100",
]


def reward_product():
    return {
        "product_id": lambda f: f.digits(6),
        "sku": lambda f: f.pick(["RW", "GV", "MI"]) + "-" + d(f, 5),
        "name": pick(REWARD_PRODUCTS),
        "category": pick(["Vouchers", "Travel", "Electronics", "Lifestyle", "Gifts"]),
        "brand": pick(["Noon", "Careem", "Apple", "Emirates", "Samsonite", "Bateel"]),
        "price": lambda f: f.r.randint(2, 90) * 500,
        "quantity": count(1, 3),
        "position": count(1, 24),
        "currency": const("PTS"),
    }


BRANCHES = [
    ("Deira City Centre", "Dubai", 25.2525, 55.3328),
    ("Olaya Main", "Riyadh", 24.6948, 46.6853),
    ("Al Khobar Corniche", "Al Khobar", 26.2942, 50.2140),
    ("Heliopolis", "Cairo", 30.0911, 31.3228),
    ("Khalifa City", "Abu Dhabi", 24.4195, 54.5771),
    ("Tahlia", "Jeddah", 21.5516, 39.1590),
]


def branch():
    return {
        "id": pick(["BR014", "BR027", "BR105", "BR211", "BR033", "BR302"]),
        "name": pick([b[0] for b in BRANCHES]),
        "city": pick([b[1] for b in BRANCHES]),
        "latitude": pick([b[2] for b in BRANCHES]),
        "longitude": pick([b[3] for b in BRANCHES]),
        "phone": pick(["+971 4 609 2200", "+966 11 401 5500", "+20 2 2417 8800", "800 92372"]),
    }


CHAT_PHONE_LINES = [
    "please call me on {p}, I can't log in",
    "my new number is {p}",
    "رقمي {p} اتصلوا بي",
    "Can the RM call me at {p} after 5pm?",
    "OTP not coming to {p}",
    "update mobile to {p} please",
]
COMPLAINT_LINES = [
    "Amount debited twice for transfer to {i}, please reverse",
    "Salary not received in my account {i} this month",
    "Transfer to {i} rejected but money not returned",
    "Please close the account {i} and send balance by cheque",
    "Beneficiary says {i} is wrong, kindly check",
]
AGENT_REPLIES = [
    "Thank you for contacting Wafra Bank. How may I help you today?",
    "I have raised request REQ-{n} for you, it will be completed within 2 working days.",
    "شكراً لتواصلك معنا، تم تسجيل طلبك رقم {n}",
    "Your card has been blocked as requested. A replacement will be delivered in 5 days.",
    "Kindly visit the nearest branch with your original ID.",
]
BRANCH_NOTES = [
    "Need to update my documents",
    "Cheque book collection",
    "Want to discuss home finance",
    "",
    "Close old account",
    "Bring salary certificate",
    "أرغب في تحديث بياناتي",
]
REMARKS = [
    "Family support",
    "School fees",
    "House rent",
    "Medical expenses",
    "Gift",
    "Loan repayment",
    "مصروف شهري",
]
NPS_REASONS = [
    "Quick and easy app",
    "Too many OTPs",
    "Branch staff were very helpful",
    "Transfers to India are slow",
    "",
    "خدمة ممتازة",
    "Charges are not clear",
]


def chat_text(f: Fake) -> str:
    return f.pick(CHAT_PHONE_LINES).format(p=phone(f))


def complaint(f: Fake) -> str:
    return f.pick(COMPLAINT_LINES).format(i=iban_gulf(f))


def agent_reply(f: Fake) -> str:
    return f.pick(AGENT_REPLIES).format(n=d(f, 7))


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body); `body` is rendered under properties or traits.

ONBOARDING_PAGES = [
    "/ae/en/personal/accounts/open",
    "/sa/ar/open-account",
    "/ae/en/personal/finance",
    "/eg/en/cards",
]

EVENTS = [
    # -- identify from the apps -----------------------------------------------------------------
    (
        "identify",
        None,
        APP_WEB,
        {
            "name": Y(full, "name"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(lambda f: email_of(f), "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(pick(["male", "female"]), "gender"),
            "nationality": Y(pick(["AE", "SA", "EG", "IN", "PK", "PH", "JO", "GB", "BD"]), "citizenship"),
            "address": {
                "street": Y(street_line, "street|address"),
                "city": Y(home_city, "city"),
                "state": pick(
                    ["Dubai", "Abu Dhabi", "Riyadh Province", "Makkah Province", "Cairo Governorate"]
                ),
                "country": pick(["AE", "SA", "EG"]),
                "poBox": Y(po_box, "address|zipcode"),
            },
            "whatsappNumber": Y(phone, "phone"),
            "emiratesId": RED(emirates_id, "national id"),
            "avatar": Y(lambda f: f"https://cdn.wafrabank.example/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": ts(),
            "cif": lambda f: f.digits(8),
            "customerSegment": pick(["mass", "emerging_affluent", "priority", "private"]),
            "preferredLanguage": pick(["ar", "en", "ur"]),
            "emailVerified": bool_(),
            "phoneVerified": bool_(),
            "kycStatus": pick(["pending", "verified", "expired", "rejected"]),
            "riskRating": pick(["low", "medium", "high"]),
            "age": count(18, 74),
            "maritalStatus": pick(["single", "married", "divorced", "widowed"]),
            "employer": pick(
                ["Emirates Group", "ADNOC", "Aramco", "Dubai Health Authority", "Careem", "Vodafone Egypt"]
            ),
            "jobTitle": pick(["Engineer", "Nurse", "Accountant", "Sales Executive", "Teacher", "Driver"]),
            "monthlyIncome": Y(salary, "salary"),
            "isSalaryTransfer": bool_(),
            "productsHeld": count(1, 6),
            "hasActiveFinance": bool_(),
        },
    ),
    # -- onboarding -----------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        ["web", "kotlin", "swift"],
        {
            "application_id": lambda f: "APP-" + d(f, 9),
            "product_type": pick(["current_account", "savings_account", "covered_card", "personal_finance"]),
            "channel": pick(["web", "mobile", "tablet_branch"]),
            "id_type": pick(
                ["emirates_id", "iqama", "saudi_national_id", "egyptian_national_id", "passport"]
            ),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "referral_code": lambda f: "WAF" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            "promo_code": pick(["RAMADAN24", "", "SALARY500", "WELCOME"]),
            "step": count(1, 3),
            "is_existing_customer": bool_(),
        },
    ),
    (
        "track",
        "Emirates ID Scanned",
        ["swift", "kotlin"],
        {
            "eid_number": RED(emirates_id, "national id"),
            "name_en": Y(name_upper, "name"),
            "name_ar": Y(ar_name, "name"),
            "date_of_birth": Y(dob_dmy, "birthdate"),
            "expiry_date": lambda f: f.date(2025, 2030),
            "nationality": Y(pick(["ARE", "IND", "PAK", "PHL", "EGY", "GBR", "JOR"]), "citizenship"),
            "sex": Y(pick(["M", "F"]), "sex|gender"),
            "occupation": pick(["Engineer", "Manager", "Sales", "Nurse", "Driver", "Housewife"]),
            "employer": pick(
                ["Emirates Group", "ADNOC", "Aramco", "Dubai Health Authority", "Careem", "Vodafone Egypt"]
            ),
            "issuing_place": pick(["Dubai", "Abu Dhabi", "Sharjah", "Ajman"]),
            "ocr_confidence": lambda f: round(f.r.uniform(0.6, 0.99), 3),
            "scan_duration_ms": count(800, 9000),
            "retries": count(0, 3),
            "sdk": pick(["uqudo", "innovatrics", "microblink"]),
            "sdk_version": pick(["3.2.1", "3.4.0", "2.9.7"]),
            "nfc_read": bool_(),
        },
    ),
    (
        "track",
        "Iqama Verified",
        ["java", "go"],
        {
            "iqama_number": RED(lambda f: saudi_id(f, "2"), "national id"),
            "hijri_birth_date": Y(hijri_dob, "birthdate"),
            "nationality": Y(pick(["IND", "PAK", "PHL", "EGY", "GBR", "JOR"]), "citizenship"),
            "occupation": pick(["Engineer", "Manager", "Sales", "Nurse", "Driver", "Housewife"]),
            "yakeen_reference": lambda f: f.uuid(),
            "verification_status": pick(["MATCHED", "NOT_MATCHED", "TIMEOUT"]),
            "id_version_number": count(1, 6),
            "absher_mobile_matched": bool_(),
            "name_match_score": lambda f: round(f.r.uniform(0.5, 1.0), 2),
            "latency_ms": count(120, 4000),
        },
    ),
    (
        "track",
        "Nafath Authenticated",
        ["java"],
        {
            "national_id": RED(lambda f: saudi_id(f, "1"), "national id"),
            "trans_id": lambda f: f.uuid(),
            "random": lambda f: f"{f.r.randint(10, 99)}",
            "status": pick(["COMPLETED", "REJECTED", "EXPIRED"]),
            "service": pick(["DigitalServiceEnrollmentWithoutBio", "Login", "OpenAccount"]),
            "wait_seconds": count(5, 170),
        },
    ),
    (
        "track",
        "National ID Submitted",
        ["flutter", "php"],
        {
            "national_id": RED(egypt_id, "national id"),
            "full_name_ar": Y(ar_name, "name"),
            "address_line": Y(
                lambda f: f"{f.r.randint(1, 140)} {f.pick(EG_STREETS)}, {f.pick(EG_AREAS)}", "address"
            ),
            "governorate": pick(["Cairo", "Giza", "Alexandria", "Dakahlia", "Sharqia"]),
            "religion": Y(pick(["Muslim", "Christian", "مسلم", "مسيحي"]), "religion"),
            "marital_status": pick(["single", "married", "أعزب", "متزوج"]),
            "gender": Y(pick(["male", "female", "ذكر", "أنثى"]), "gender"),
            "job_title": pick(["Accountant", "Engineer", "Teacher", "Student", "محاسب"]),
            "id_issue_date": lambda f: f.date(2015, 2024),
            "front_image_url": Y(lambda f: f"https://kyc.wafrabank.example/eg/{f.uuid()}/front.jpg", "photo"),
            "back_image_url": Y(lambda f: f"https://kyc.wafrabank.example/eg/{f.uuid()}/back.jpg", "photo"),
            "ocr_provider": pick(["valU-ocr", "inhouse-v2", "aws-textract"]),
        },
    ),
    (
        "track",
        "Selfie Captured",
        APP,
        {
            "selfie_url": Y(lambda f: f"https://kyc.wafrabank.example/selfies/{f.hexid(32)}.jpg", "photo"),
            "liveness_score": lambda f: round(f.r.uniform(0.3, 0.99), 3),
            "face_match_score": lambda f: round(f.r.uniform(0.2, 0.99), 3),
            "attempt": count(1, 4),
            "provider": pick(["uqudo", "onfido", "innovatrics"]),
            "passed": bool_(),
            "lighting_warning": bool_(),
        },
    ),
    (
        "track",
        "Address Entered",
        APP_WEB,
        {
            "building": Y(
                lambda f: f.pick(
                    [f"Flat {f.r.randint(101, 3908)}, {f.pick(AE_BUILDINGS)}", f"Villa {f.r.randint(1, 99)}"]
                ),
                "address|street",
            ),
            "street": Y(
                lambda f: f"Street {f.r.randint(1, 60)}" if f.r.random() < 0.5 else f.pick(SA_STREETS),
                "street",
            ),
            "area": Y(pick(AE_AREAS + SA_DISTRICTS), "address"),
            "emirate": pick(["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah"]),
            "makani_number": Y(makani, "address"),
            "short_address": Y(short_address, "address"),
            "po_box": Y(po_box, "address|zipcode"),
            "residence_type": pick(["owned", "rented", "company_provided", "family"]),
            "years_at_address": count(0, 25),
            "pin_latitude": Y(user_lat, "geolocation"),
            "pin_longitude": Y(user_lon, "geolocation"),
            "address_proof_type": pick(["ejari", "dewa_bill", "tenancy_contract", "national_address"]),
        },
    ),
    (
        "track",
        "Employment Details Submitted",
        APP_WEB,
        {
            "employer_name": pick(
                ["Emirates Group", "ADNOC", "Aramco", "Majid Al Futtaim", "Talabat", "Banque Misr"]
            ),
            "employer_phone": pick(
                ["+971 4 214 4444", "+966 13 872 0115", "+971 2 707 0000", "+20 2 2597 1111"]
            ),
            "employer_email": pick(
                ["hr@emiratesgroup.example", "payroll@maf.example", "careers@talabat.example"]
            ),
            "job_title": pick(["Engineer", "Cabin Crew", "Accountant", "Store Manager", "Rider", "Doctor"]),
            "employment_type": pick(["permanent", "contract", "self_employed"]),
            "employment_start_date": lambda f: f.date(2005, 2024),
            "monthly_salary": Y(salary, "salary"),
            "salary_currency": pick(["AED", "SAR", "EGP"]),
            "additional_income": Y(lambda f: f.pick([0, 1500, 2500, 8000, 12000]), "salary"),
            "sector": pick(["government", "semi_government", "private", "free_zone"]),
            "salary_transfer": bool_(),
        },
    ),
    (
        "track",
        "FATCA CRS Declared",
        ["web", "swift", "kotlin"],
        {
            "us_person": bool_(),
            "us_tin": RED(lambda f: f.ssn(), "social security number"),
            "tax_residency_countries": Many(pick(["AE", "SA", "EG", "US", "GB", "IN"]), 2),
            "place_of_birth": Y(
                pick(["Dubai", "Kochi", "Karachi", "Cairo", "Manila", "Houston", "Amman"]), "city"
            ),
            "second_nationality": Y(pick(["US", "CA", "GB", "AU"]), "citizenship"),
            "pep_status": pick(["not_pep", "pep_family", "pep"]),
            "crs_self_certified": bool_(),
        },
    ),
    (
        "track",
        "AccountOpened",
        ["dotnet"],
        {
            "CustomerNumber": lambda f: f.digits(8),
            "AccountNumber": RED(local_account, "bank account"),
            "Iban": RED(lambda f: iban(f, "AE", spaced=False), "bank account"),
            "AccountType": pick(["CurrentAccount", "SavingsWakala", "Mudaraba"]),
            "Currency": pick(["AED", "USD"]),
            "BranchCode": pick(["014", "027", "105", "211"]),
            "ProductCode": pick(["CA-ISL-01", "SA-WKL-03", "MD-12M"]),
            "OpenedAt": ts(),
            "CustomerFullName": Y(full, "name"),
            "MobileNumber": Y(phone_ae, "phone"),
            "EmiratesId": RED(emirates_id, "national id"),
            "RelationshipManagerName": Y(full, "name"),
            "RelationshipManagerEmail": Y(work_email, "email"),
            "IsJointAccount": bool_(),
            "InitialDeposit": lambda f: f.r.randint(0, 50) * 1000,
        },
    ),
    # -- logins ---------------------------------------------------------------------------------
    (
        "track",
        "UAE PASS Login Completed",
        ["node"],
        {
            "profile": {
                "sub": lambda f: "UAEPASS" + d(f, 10),
                "uuid": lambda f: f.uuid(),
                "userType": pick(["SOP1", "SOP2", "SOP3"]),
                "fullnameEN": Y(full, "name"),
                "firstnameEN": Y(first, "name"),
                "lastnameEN": Y(last, "name"),
                "fullnameAR": Y(ar_name, "name"),
                "gender": Y(pick(["Male", "Female"]), "gender"),
                "nationalityEN": Y(pick(["ARE", "IND", "PAK", "EGY", "GBR"]), "citizenship"),
                "mobile": Y(lambda f: "971" + f.pick(["50", "55", "56"]) + d(f, 7), "phone"),
                "email": Y(lambda f: email_of(f), "email"),
                "idn": RED(lambda f: emirates_id(f).replace("-", ""), "national id"),
                "idType": const("EID"),
                "passportNumber": RED(passport, "passport"),
            },
            "acr": pick(
                [
                    "urn:safelayer:tws:policies:authentication:level:low",
                    "urn:digitalid:authentication:flow:mobileondevice",
                ]
            ),
            "duration_ms": count(2000, 60000),
        },
    ),
    (
        "track",
        "Logged In",
        APP_WEB,
        {
            "method": pick(["password", "biometric", "uae_pass", "nafath", "otp"]),
            "biometric_type": pick(["face_id", "touch_id", "fingerprint", "none"]),
            "session_id": lambda f: f.uuid(),
            "mfa": bool_(),
            "login_count": count(1, 900),
            "password_strength": pick(["weak", "medium", "strong"]),
            "remember_device": bool_(),
            "failed_attempts": count(0, 4),
        },
    ),
    (
        "track",
        "OTP Requested",
        APP_WEB,
        {
            "channel": pick(["sms", "whatsapp", "email"]),
            "destination": Y(phone, "phone", True),
            "otp_length": pick([4, 6]),
            "purpose": pick(["login", "add_beneficiary", "card_activation", "transfer"]),
            "resend": bool_(),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["python", "go"],
        {
            "otp": RED(otp, "secret|token"),
            "verified": bool_(),
            "purpose": pick(["login", "add_beneficiary", "card_activation", "transfer"]),
            "latency_ms": count(200, 90000),
            "otp_expires_in": pick([60, 120, 300]),
        },
    ),
    (
        "track",
        "API Error",
        ["node", "java", "go"],
        {
            "endpoint": pick(
                ["/v2/transfers", "/v1/cards/activate", "/v1/beneficiaries", "/v3/finance/offers"]
            ),
            "method": pick(["POST", "GET", "PUT"]),
            "status": pick([400, 401, 409, 500, 502, 504]),
            "error_code": pick(["TIMEOUT", "INVALID_IBAN", "LIMIT_EXCEEDED", "UPSTREAM_5XX"]),
            "duration_ms": count(30, 30000),
            "request": {
                "headers": {
                    "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "x-request-id": lambda f: f.uuid(),
                    "user-agent": pick(
                        ["Wafra/6.4.2 (iPhone; iOS 17.4.1)", "okhttp/4.12.0", "Wafra/6.5.1 (Android 14)"]
                    ),
                    "accept-language": pick(["ar-AE", "en-US", "ar-SA"]),
                }
            },
            "retryable": bool_(),
        },
    ),
    # -- salary / WPS ----------------------------------------------------------------------------
    (
        "track",
        "Salary Credited",
        ["python"],
        {
            "salary_amount": Y(salary, "salary"),
            "currency": pick(["AED", "SAR"]),
            "employer_name": pick(
                ["Emirates Group", "ADNOC", "Majid Al Futtaim", "Talabat", "Al Futtaim Motors"]
            ),
            "wps_establishment_id": lambda f: f.digits(13),
            "mohre_person_code": RED(lambda f: f.digits(14), "national id"),
            "payroll_month": pick(["2024-03", "2024-04", "2024-05", "2024-06"]),
            "credited_at": ts(),
            "iban_masked": lambda f: "AE" + d(f, 2) + " **** **** **** " + d(f, 4) + " " + d(f, 3),
            "account_last4": lambda f: d(f, 4),
            "first_salary": bool_(),
            "days_late": count(0, 9),
        },
    ),
    (
        "track",
        "Salary Certificate Requested",
        APP_WEB,
        {
            "request_id": lambda f: "SC" + d(f, 8),
            "addressed_to": pick(
                ["To whom it may concern", "Embassy of India", "Dubai Land Department", "RTA"]
            ),
            "hr_contact_name": Y(full, "name"),
            "hr_contact_phone": Y(phone, "phone"),
            "hr_contact_email": Y(
                lambda f: email_of(f).split("@")[0] + "@" + f.pick(["emiratesgroup.example", "maf.example"]),
                "email",
            ),
            "language": pick(["ar", "en"]),
            "delivery": pick(["email", "branch_pickup", "courier"]),
        },
    ),
    # -- financing ------------------------------------------------------------------------------
    (
        "track",
        "Finance Calculator Used",
        ["web", "swift", "kotlin"],
        {
            "product": pick(
                ["personal_finance_murabaha", "auto_murabaha", "home_finance_ijara", "goods_murabaha"]
            ),
            "finance_amount": lambda f: f.r.randint(10, 500) * 1000,
            "tenure_months": pick([12, 24, 36, 48, 60, 300]),
            "profit_rate": pick([3.99, 4.49, 5.25, 6.75]),
            "monthly_installment": lambda f: f.money(500, 25000),
            "salary_band": Y(pick(["5k-10k", "10k-15k", "15k-25k", "25k+"]), "salary"),
            "employer_category": pick(["A", "B", "C", "government"]),
            "nationality_group": Y(pick(["national", "expat"]), "citizenship"),
            "eligible": bool_(),
            "dbr_percent": lambda f: round(f.r.uniform(10, 50), 1),
        },
    ),
    (
        "track",
        "Murabaha Application Submitted",
        ["node"],
        {
            "application_id": lambda f: "APP-" + d(f, 9),
            "finance_amount": lambda f: f.r.randint(10, 500) * 1000,
            "tenure_months": pick([12, 24, 36, 48, 60, 300]),
            "applicant": {
                "full_name": Y(full, "name"),
                "mobile": Y(phone, "phone"),
                "email": Y(lambda f: email_of(f), "email"),
                "national_id": RED(national_id, "national id"),
                "date_of_birth": Y(dob, "birthdate"),
                "monthly_salary": Y(salary, "salary"),
                "employer": pick(["Emirates Group", "ADNOC", "Aramco", "Careem", "STC"]),
                "age": count(21, 65),
            },
            "guarantor": {
                "name": Y(full, "name"),
                "national_id": RED(national_id, "national id"),
                "mobile": Y(phone, "phone"),
                "relationship": pick(["brother", "father", "spouse", "colleague", "cousin"]),
                "monthly_income": Y(salary, "salary"),
            },
            "existing_liabilities": lambda f: f.r.randint(0, 400) * 100,
            "bureau_score": count(300, 900),
            "bureau": pick(["AECB", "SIMAH", "I-Score"]),
            "bureau_consent": bool_(),
        },
    ),
    (
        "track",
        "Commodity Purchase Confirmed",
        ["java"],
        {
            "deal_reference": lambda f: "MRB" + d(f, 10),
            "commodity": pick(["LME Copper", "LME Aluminium", "Palm Oil", "Platinum"]),
            "broker": pick(["Condor Trading", "Emirates Islamic Commodities", "DMCC Tradeflow"]),
            "quantity_mt": lambda f: round(f.r.uniform(0.5, 60), 3),
            "purchase_price": lambda f: f.money(5000, 500000),
            "sale_price": lambda f: f.money(5000, 600000),
            "profit_amount": lambda f: f.money(200, 90000),
            "accepted_at": ts(),
            "acceptance_channel": pick(["mobile_app", "branch", "ivr"]),
            "otp_verified": bool_(),
            "transaction_reference": lambda f: f.lucky_order_number(),
        },
    ),
    (
        "track",
        "Installment Paid",
        ["python", "ruby"],
        {
            "finance_account_number": RED(lambda f: "FIN" + f.digits(11), "bank account"),
            "installment_number": count(1, 60),
            "amount": lambda f: f.money(300, 15000),
            "currency": pick(["AED", "SAR", "EGP"]),
            "due_date": lambda f: f.date(2024, 2024),
            "paid_at": ts(),
            "days_past_due": count(0, 30),
            "auto_debit": bool_(),
        },
    ),
    # -- cards ----------------------------------------------------------------------------------
    (
        "track",
        "Card Applied",
        APP_WEB,
        {
            "card_product": pick(
                ["Wafra Visa Infinite", "Wafra Mada Debit", "Wafra Skywards Signature", "Meeza Prepaid"]
            ),
            "credit_limit_requested": lambda f: f.r.randint(5, 100) * 1000,
            "annual_fee_waived": bool_(),
            "embossing_name": Y(name_upper, "name"),
            "supplementary": {
                "name": Y(full, "name"),
                "relationship": pick(["spouse", "son", "daughter", "mother"]),
                "date_of_birth": Y(dob, "birthdate"),
                "mobile": Y(phone, "phone"),
            },
            "delivery_option": pick(["courier", "branch"]),
        },
    ),
    (
        "track",
        "Card Activated",
        APP,
        {
            "card_id": lambda f: "crd_" + f.hexid(16),
            "card_last4": lambda f: d(f, 4),
            "card_brand": pick(["visa", "mastercard", "mada", "meeza"]),
            "bin": pick(["484783", "588845", "422610", "530060", "507803"]),
            "masked_pan": masked_pan,
            "expiry": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 30)}",
            "activation_code": RED(lambda f: d(f, 6), "secret|token"),
            "activation_channel": pick(["app", "ivr", "atm"]),
            "pin_set": bool_(),
        },
    ),
    (
        "track",
        "Card Added to Wallet",
        APP,
        {
            "wallet": pick(["apple_pay", "google_pay", "samsung_pay", "huawei_pay"]),
            "card_last4": lambda f: d(f, 4),
            "dpan_last4": lambda f: d(f, 4),
            "payment_token": RED(lambda f: "DNITHE" + d(f, 24), "token"),
            "tokenization_decision": pick(["APPROVED", "REQUIRE_ADDITIONAL_AUTHENTICATION", "DECLINED"]),
            "device_score": count(1, 5),
        },
    ),
    (
        "track",
        "Card Transaction Declined",
        ["go"],
        {
            "pan": RED(card_number, "credit card"),
            "cardholder_name": Y(name_upper, "name"),
            "merchant_name": pick(["CARREFOUR MOE", "NOON.COM", "JARIR BOOKSTORE", "AMAZON.EG", "ADNOC 411"]),
            "merchant_city": pick(["DUBAI", "RIYADH", "CAIRO", "LUXEMBOURG", "ABU DHABI"]),
            "mcc": pick(["5411", "5311", "5942", "5541", "4121"]),
            "amount": lambda f: f.money(5, 9000),
            "currency": pick(["AED", "SAR", "EGP", "USD"]),
            "decline_reason": pick(["INSUFFICIENT_FUNDS", "DO_NOT_HONOUR", "CARD_BLOCKED", "3DS_FAILED"]),
            "auth_code": lambda f: alnum(f, 6, "0123456789ABCDEF"),
            "terminal_id": lambda f: d(f, 8),
            "is_international": bool_(),
            "rrn": lambda f: d(f, 12),
        },
    ),
    (
        "track",
        "Card Blocked",
        APP_WEB,
        {
            "card_last4": lambda f: d(f, 4),
            "reason": pick(["lost", "stolen", "damaged", "suspected_fraud", "temporary"]),
            "replacement_requested": bool_(),
            "card_brand": pick(["visa", "mastercard", "mada", "meeza"]),
        },
    ),
    (
        "track",
        "CardReplacementRequested",
        ["dotnet"],
        {
            "CardId": lambda f: "crd_" + f.hexid(16),
            "CardLast4": lambda f: d(f, 4),
            "Reason": pick(["Lost", "Damaged", "NameChange"]),
            "DeliveryAddress": {
                "Line1": Y(street_line, "address|street"),
                "Area": Y(pick(AE_AREAS), "address"),
                "Emirate": pick(["Dubai", "Abu Dhabi", "Sharjah"]),
                "Makani": Y(makani, "address"),
            },
            "ContactNumber": Y(phone_ae, "phone"),
            "CourierPartner": pick(["Aramex", "Emirates Post", "Quiqup"]),
            "Fee": pick([0, 50, 105]),
        },
    ),
    # -- remittances ----------------------------------------------------------------------------
    (
        "track",
        "Beneficiary Added",
        APP_WEB,
        {
            "beneficiary_id": lambda f: "BEN" + d(f, 9),
            "label": Y(
                lambda f: f"{first(f)} {f.pick(['(brother)', '(mother)', '- rent', 'Kerala', 'wife'])}",
                "name",
                True,
            ),
            "beneficiary": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "relationship": pick(["family", "friend", "self", "landlord", "employee"]),
                "country": pick(["IN", "PK", "PH", "EG", "BD", "NP", "JO", "GB"]),
                "city": Y(abroad_city, "city"),
                "address": Y(
                    lambda f: f.pick(
                        [
                            f"House {f.r.randint(1, 400)}, Ward {f.r.randint(1, 30)}, Thrissur, Kerala",
                            f"{f.r.randint(1, 200)}-B Gulberg III, Lahore",
                            f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 30)}, Brgy San Isidro, QC",
                            f"House {f.r.randint(1, 90)}, Road {f.r.randint(1, 20)}, Dhanmondi, Dhaka",
                        ]
                    ),
                    "address",
                ),
                "mobile": Y(phone_home, "phone"),
                "bank_name": pick(
                    ["State Bank of India", "Meezan Bank", "BDO Unibank", "Banque Misr", "Arab Bank"]
                ),
                "swift_code": pick(["SBININBB", "MEZNPKKA", "BNORPHMM", "BMISEGCX", "ARABJOAX"]),
                "ifsc": pick(["SBIN0070123", "HDFC0001234", "FDRL0001456", ""]),
                "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
                "iban": RED(lambda f: iban(f, f.pick(["PK", "GB", "JO", "EG", "TR"])), "bank account"),
            },
            "transfer_type": pick(["bank_account", "cash_pickup", "mobile_wallet"]),
            "cooling_off_hours": pick([0, 12, 24]),
        },
    ),
    (
        "track",
        "Beneficiary Lookup",
        APP_WEB,
        {
            "input": RED(iban_gulf, "bank account", True),
            "input_type": const("iban"),
            "valid": bool_(),
            "bank_name": pick(["Emirates NBD", "Al Rajhi Bank", "Banque Misr", "ADCB", "Alinma Bank"]),
            "lookup_ms": count(40, 2500),
        },
    ),
    (
        "track",
        "Remittance Sent",
        ["node"],
        {
            "transfer_id": lambda f: "TRF" + d(f, 12),
            "amount_sent": lambda f: f.money(100, 20000),
            "currency_sent": pick(["AED", "SAR"]),
            "amount_received": lambda f: f.money(1000, 500000),
            "currency_received": pick(["INR", "PKR", "PHP", "EGP", "BDT", "NPR"]),
            "fx_rate": lambda f: round(f.r.uniform(0.3, 80), 4),
            "fee": pick([0, 10, 15.75, 25]),
            "corridor": pick(["AE-IN", "AE-PK", "SA-PH", "SA-EG", "AE-BD"]),
            "beneficiary_name": Y(full, "name"),
            "beneficiary_mobile": Y(phone_home, "phone"),
            "beneficiary_account": RED(
                lambda f: f.pick([iban(f, "PK"), f.digits(12), iban(f, "EG")]), "bank account"
            ),
            "purpose_code": pick(["FAM", "SAL", "EDU", "MED", "HOU"]),
            "remarks": pick(REMARKS),
            "source_of_funds": pick(["salary", "savings", "business"]),
            "sender_cif": lambda f: f.digits(8),
            "partner": pick(["Western Union", "TerraPay", "Instarem", "Direct"]),
            "pickup_pin": RED(lambda f: d(f, 4), "secret"),
            "receiver_id_number": RED(
                lambda f: f.pick([cnic(f), egypt_id(f), passport(f)]), "national id|passport"
            ),
            "eta_hours": pick([0, 1, 24, 48]),
        },
    ),
    (
        "track",
        "Transfer Receipt Shared",
        APP,
        {
            "receipt_id": lambda f: "RCP" + d(f, 10),
            "share_channel": pick(["whatsapp", "sms", "email", "other"]),
            "to": Y(phone_home, "phone", True),
            "format": pick(["pdf", "image"]),
        },
    ),
    (
        "track",
        "Payout Status Updated",
        ["ruby"],
        {
            "transaction-ref": lambda f: "WPX" + d(f, 11),
            "payout-status": pick(["PAID", "READY_FOR_PICKUP", "FAILED", "RETURNED"]),
            "status-reason": pick(["", "NAME_MISMATCH", "ACCOUNT_CLOSED", "COMPLIANCE_HOLD"]),
            "receiver-name": Y(full, "name"),
            "receiver-msisdn": Y(lambda f: phone_home(f).replace(" ", "").replace("-", ""), "phone"),
            "payout-agent": pick(["GCash", "Easypaisa", "bKash", "JazzCash", "Federal Bank"]),
            "payout-country": pick(["PH", "PK", "BD", "IN"]),
            "payout-amount": lambda f: f.money(1000, 200000),
            "updated-at": ts(),
        },
    ),
    (
        "track",
        "Tahweel Munaffadh",
        ["java", "php"],
        {
            "raqam_al_amaliya": lambda f: d(f, 12),
            "al_mablagh": lambda f: f.money(50, 50000),
            "al_umla": pick(["SAR", "AED", "EGP"]),
            "ism_al_mustafeed": Y(full, "name"),
            "iban_al_mustafeed": RED(iban_gulf, "bank account"),
            "al_gharad": pick(["ايجار", "مصروف عائلي", "سداد", "rent", "family"]),
            "tarikh_al_amaliya": ts(),
            "qanat": pick(["mobile", "internet", "branch"]),
        },
    ),
    # -- zakat ----------------------------------------------------------------------------------
    (
        "track",
        "Zakat Calculated",
        ["web", "swift", "kotlin", "flutter"],
        {
            "madhab": Y(pick(["hanafi", "shafii", "maliki", "hanbali"]), "religion"),
            "calendar": pick(["hijri", "gregorian"]),
            "gold_grams": lambda f: round(f.r.uniform(0, 400), 1),
            "silver_grams": lambda f: round(f.r.uniform(0, 2000), 1),
            "cash_amount": lambda f: f.money(0, 900000),
            "investments_amount": lambda f: f.money(0, 500000),
            "liabilities_amount": lambda f: f.money(0, 200000),
            "nisab_basis": pick(["gold", "silver"]),
            "nisab_value": pick([21165.0, 1870.5, 26500.0]),
            "zakat_due": lambda f: f.money(0, 25000),
            "currency": pick(["AED", "SAR", "EGP"]),
            "include_jewellery": bool_(),
        },
    ),
    (
        "track",
        "Zakat Paid",
        ["python", "node"],
        {
            "charity_name": pick(
                ["Emirates Red Crescent", "Ehsan", "Dar Al Berr", "Egyptian Food Bank", "Dubai Cares"]
            ),
            "amount": lambda f: f.money(50, 25000),
            "currency": pick(["AED", "SAR", "EGP"]),
            "payment_reference": lambda f: "ZKT" + d(f, 9),
            "on_behalf_of": Y(full, "name"),
            "receipt_email": Y(lambda f: email_of(f), "email"),
            "is_anonymous": bool_(),
            "type": pick(["zakat", "sadaqah", "zakat_al_fitr", "waqf"]),
        },
    ),
    # -- branches -------------------------------------------------------------------------------
    (
        "track",
        "Branch Appointment Booked",
        APP_WEB,
        {
            "appointment_id": lambda f: f.uuid(),
            "branch": branch(),
            "service": pick(["account_opening", "finance_consultation", "card_collection", "update_kyc"]),
            "slot_start": ts(),
            "customer_name": Y(full, "name"),
            "customer_mobile": Y(phone, "phone"),
            "customer_email": Y(lambda f: email_of(f), "email"),
            "language": pick(["ar", "en", "ur", "hi"]),
            "accessibility_needs": RED(
                pick(["wheelchair", "hearing_impaired", "visually_impaired", "none"]), "disability"
            ),
            "notes": pick(BRANCH_NOTES),
            "user_lat": Y(user_lat, "geolocation"),
            "user_lng": Y(user_lon, "geolocation"),
            "distance_km": lambda f: round(f.r.uniform(0.2, 40), 1),
            "ladies_section": bool_(),
        },
    ),
    (
        "track",
        "Branch Search",
        APP_WEB,
        {
            "q": pick(
                ["deira", "olaya", "ATM near me", "heliopolis", "مول الامارات", "khobar", "24 hour branch"]
            ),
            "results_count": count(0, 30),
            "filters": Many(pick(["atm", "cdm", "ladies", "open_now", "priority"]), 2),
            "near_me": bool_(),
        },
    ),
    # -- chat / support -------------------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        APP_WEB,
        {
            "conversation_id": lambda f: f.uuid(),
            "message_id": lambda f: f.hexid(24),
            "text": Y(chat_text, "phone", True),
            "sender_type": const("customer"),
            "channel": pick(["in_app", "web_widget", "whatsapp"]),
            "attachments_count": count(0, 2),
            "language_detected": pick(["ar", "en", "hi"]),
        },
    ),
    (
        "track",
        "Agent Reply Sent",
        ["node", "python"],
        {
            "conversation_id": lambda f: f.uuid(),
            "agent": {
                "id": lambda f: "agt_" + d(f, 5),
                "display_name": Y(first, "name"),
                "email": Y(work_email, "email"),
                "team": pick(["cards", "retail", "remittance", "priority"]),
            },
            "body": pick(AGENT_REPLIES[:1] + AGENT_REPLIES[3:]),
            "reply_text": agent_reply,
            "first_response_seconds": count(5, 900),
            "macro_used": bool_(),
        },
    ),
    (
        "track",
        "Chat Rated",
        APP_WEB,
        {
            "conversation_id": lambda f: f.uuid(),
            "rating": count(1, 5),
            "comment": pick(["very helpful", "slow", "", "شكرا", "issue not solved", "agent was polite"]),
            "agent_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        ["web", "swift", "kotlin", "rn"],
        {
            "complaint_id": lambda f: "CMP-" + d(f, 8),
            "category": pick(["transfers", "salary", "account_closure", "charges"]),
            "description": RED(complaint, "bank account", True),
            "priority": pick(["normal", "high"]),
            "sla_days": pick([2, 5, 10]),
            "preferred_contact": pick(["phone", "email", "sms"]),
        },
    ),
    (
        "track",
        "RM Callback Requested",
        APP_WEB,
        {
            "rm": {
                "employee_id": lambda f: "E" + d(f, 6),
                "name": Y(full, "name"),
                "email": Y(work_email, "email"),
                "mobile": Y(phone_ae, "phone"),
                "branch": pick([b[0] for b in BRANCHES]),
            },
            "topic": pick(["home_finance", "investments", "priority_upgrade", "card_limit"]),
            "preferred_time": pick(["morning", "afternoon", "evening"]),
            "note": pick(["", "Please call after Maghrib", "Interested in sukuk", "Urgent", "Before Friday"]),
        },
    ),
    (
        "track",
        "NPS Submitted",
        APP_WEB,
        {
            "score": count(0, 10),
            "reason": pick(NPS_REASONS),
            "contact_me": bool_(),
            "contact_email": Y(lambda f: email_of(f), "email"),
            "survey_id": pick(["nps_q2_retail", "nps_q2_priority", "post_chat"]),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form": pick(["account_opening", "callback", "finance_lead"]),
            "field": const("email"),
            "value": Y(lambda f: email_of(f), "email", True),
            "time_to_complete_ms": count(300, 12000),
            "valid": bool_(),
        },
    ),
    (
        "track",
        "Email Bounced",
        ["python"],
        {
            "recipient": Y(lambda f: email_of(f), "email", True),
            "bounce_type": pick(["hard", "soft", "blocked"]),
            "smtp_code": pick([550, 552, 421, 554]),
            "campaign_id": lambda f: "cmp_" + d(f, 6),
            "esp": pick(["sendgrid", "ses", "braze"]),
        },
    ),
    # -- takaful --------------------------------------------------------------------------------
    (
        "track",
        "Family Takaful Policy Issued",
        ["java", "dotnet"],
        {
            "policy_number": Y(
                lambda f: "FT/" + str(f.r.randint(2022, 2024)) + "/" + d(f, 7), "identification"
            ),
            "plan": pick(["Family Takaful Plus", "Education Takaful", "Hajj Saver Takaful"]),
            "insured_name": Y(full, "name"),
            "insured_dob": Y(dob, "birthdate"),
            "smoker": Y(bool_(), "condition"),
            "currently_pregnant": Y(bool_(), "condition"),
            "pre_existing_conditions": Many(
                Y(pick(["diabetes", "hypertension", "asthma", "none"]), "condition"), 2
            ),
            "maternity_cover": bool_(),
            "nominee": {
                "name": Y(full, "name"),
                "relationship": pick(["wife", "husband", "son", "daughter", "mother"]),
                "share_percent": pick([25, 50, 100]),
            },
            "sum_covered": lambda f: f.r.randint(10, 200) * 10000,
            "monthly_contribution": lambda f: f.money(80, 3000),
        },
    ),
    (
        "track",
        "Motor Takaful Quote",
        ["web", "kotlin"],
        {
            "quote_id": lambda f: f.uuid(),
            "plate_number": Y(
                lambda f: f.pick(["Dubai ", "AD ", "Sharjah ", ""]) + f.pick("ABCDKMNRS") + " " + d(f, 5),
                "license",
            ),
            "chassis_number": Y(
                lambda f: (
                    f.pick(["JTMHV", "WDD22", "KMHD8", "1FTFW"])
                    + alnum(f, 12, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
                ),
                "serial",
            ),
            "vehicle_make": pick(["Toyota", "Nissan", "Hyundai", "Mercedes-Benz", "Ford"]),
            "model_year": count(2012, 2025),
            "driver_age": count(19, 70),
            "years_licensed": count(0, 30),
            "agency_repair": bool_(),
            "premium": lambda f: f.money(900, 9000),
        },
    ),
    # -- dependants -----------------------------------------------------------------------------
    (
        "track",
        "Family Member Added",
        APP,
        {
            "dependant": {
                "name": Y(full, "name"),
                "date_of_birth": Y(lambda f: f.date(2008, 2021), "birthdate"),
                "relationship": pick(["son", "daughter", "wife", "domestic_worker"]),
                "school_name": pick(
                    ["GEMS Wellington", "Al Ittihad Private School", "DPS Sharjah", "Manarat Al Riyadh"]
                ),
                "emirates_id": RED(emirates_id, "national id"),
            },
            "pocket_money_limit": pick([100, 250, 500, 1000]),
            "card_requested": bool_(),
            "account_type": pick(["junior_savings", "prepaid_card"]),
        },
    ),
    # -- rewards store (e-commerce spec) --------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        APP_WEB,
        {
            "list_id": pick(["rewards_home", "vouchers", "travel"]),
            "category": pick(["Vouchers", "Travel", "Electronics", "Lifestyle"]),
            "products": Many(reward_product(), 4),
        },
    ),
    (
        "track",
        "Product Added",
        APP_WEB,
        {"cart_id": lambda f: f.uuid(), **reward_product()},
    ),
    (
        "track",
        "Order Completed",
        APP_WEB,
        {
            "order_id": lambda f: "RWD" + d(f, 9),
            "total": lambda f: f.r.randint(2, 200) * 500,
            "revenue": lambda f: f.money(0, 3000),
            "currency": const("PTS"),
            "points_redeemed": lambda f: f.r.randint(2, 200) * 500,
            "coupon": pick(["", "DOUBLEPTS", "EID2024"]),
            "products": Many(reward_product(), 3),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(street_line, "address|street"),
                "area": Y(pick(AE_AREAS + SA_DISTRICTS + EG_AREAS), "address"),
                "city": Y(home_city, "city"),
                "country": pick(["AE", "SA", "EG"]),
                "phone": Y(phone, "phone"),
            },
            "gift": bool_(),
        },
    ),
    # -- marketing / CAPI -----------------------------------------------------------------------
    (
        "track",
        "Lead Submitted",
        ["python", "node"],
        {
            "event_source_url": lambda f: SITE + f.pick(ONBOARDING_PAGES),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "gclid": Y(gclid, "advertising id"),
            "client_ip_address": Y(ip, "ip"),
            "client_user_agent": pick(WEB_UAS),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email", True),
                "ph": Y(lambda f: f.hexid(64), "phone", True),
                "country": lambda f: f.hexid(64),
                "external_id": lambda f: f.hexid(64),
            },
            "custom_data": {
                "lead_type": pick(["personal_finance", "card", "home_finance"]),
                "value": pick([50, 100, 250]),
                "currency": const("AED"),
            },
        },
    ),
    (
        "track",
        "App Diagnostics",
        APP,
        {
            "local_ip": Y(lambda f: f"192.168.{f.r.randint(0, 3)}.{f.r.randint(2, 254)}", "ip"),
            "jailbroken": bool_(),
            "os_build": pick(["21E236", "UP1A.231005.007", "TP1A.220624.014"]),
            "free_storage_mb": count(200, 90000),
            "push_enabled": bool_(),
            "install_id": lambda f: f.uuid(),
            "phone_model": pick(["iPhone 15 Pro", "Galaxy S23", "Redmi Note 11", "Pixel 8"]),
            "app_session_count": count(1, 3000),
        },
    ),
    (
        "track",
        "Statement Downloaded",
        APP_WEB,
        {
            "account_number_masked": lambda f: "XXXXXXXXX" + d(f, 4),
            "period_from": lambda f: f.date(2023, 2024),
            "period_to": lambda f: f.date(2024, 2024),
            "format": pick(["pdf", "csv", "xlsx"]),
            "password_protected": bool_(),
            "file_size_kb": count(30, 2500),
        },
    ),
    (
        "track",
        "Residency Details Submitted",
        ["swift", "kotlin", "web"],
        {
            "residence_visa_file_number": RED(
                lambda f: (
                    f"{f.pick(['201', '101', '301'])}/{f.r.randint(2015, 2024)}/{f.r.randint(1, 9)}/{d(f, 6)}"
                ),
                "visa",
            ),
            "unified_number": RED(lambda f: f.digits(9), "national id"),
            "visa_expiry": lambda f: f.date(2025, 2029),
            "sponsor_type": pick(["employer", "family", "self", "golden_visa"]),
            "passport_number": RED(passport, "passport"),
            "passport_country": Y(pick(["IND", "PAK", "PHL", "EGY", "GBR", "JOR", "LBN"]), "citizenship"),
            "passport_expiry": lambda f: f.date(2025, 2034),
        },
    ),
    (
        "track",
        "Standing Order Created",
        ["web", "swift", "kotlin", "rn"],
        {
            "standing_order_id": lambda f: "SO" + d(f, 9),
            "payee_name": Y(full, "name"),
            "payee_iban": RED(lambda f: iban(f, f.pick(["AE", "SA"])), "bank account"),
            "amount": lambda f: f.money(100, 15000),
            "frequency": pick(["monthly", "quarterly", "weekly"]),
            "start_date": lambda f: f.date(2024, 2025),
            "reference": pick(["RENT", "Maid salary", "Tuition", "Family"]),
        },
    ),
    (
        "track",
        "Wallet Topped Up",
        ["flutter"],
        {
            "provider": pick(["Vodafone Cash", "Orange Cash", "Etisalat Cash", "WE Pay"]),
            "wallet_number": Y(lambda f: "01" + f.pick("0125") + d(f, 8), "phone", True),
            "amount": lambda f: f.money(50, 20000),
            "fee": pick([0, 5, 7.5]),
            "status": pick(["success", "failed", "pending"]),
        },
    ),
    # -- reverse ETL from the warehouse ---------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": lambda f: f.uuid(),
            "CIF_NUMBER": lambda f: f.digits(8),
            "FULL_NAME": Y(name_upper, "name"),
            "MOBILE_NO": Y(lambda f: phone(f).replace(" ", ""), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: email_of(f).upper(), "email"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2006) + " 00:00:00.000", "birthdate"),
            "NATIONALITY": Y(
                pick(["UNITED ARAB EMIRATES", "INDIA", "PAKISTAN", "EGYPT", "PHILIPPINES"]), "citizenship"
            ),
            "GENDER": Y(pick(["M", "F"]), "gender"),
            "CUSTOMER_SEGMENT": pick(["MASS", "PRIORITY", "PRIVATE", "SME"]),
            "TOTAL_BALANCE_AED": lambda f: f.money(0, 2000000),
            "PRODUCT_HOLDING_COUNT": count(1, 8),
            "LAST_LOGIN_TS": ts(),
            "IS_PRIORITY": bool_(),
            "CHURN_SCORE": lambda f: round(f.r.random(), 4),
            "RM_NAME": Y(name_upper, "name"),
            "MONTHLY_SALARY": Y(salary, "salary"),
            "LIFETIME_VALUE": lambda f: f.money(0, 90000),
        },
    ),
    # -- core banking backend, transliterated Arabic --------------------------------------------
    (
        "identify",
        None,
        ["java", "php"],
        {
            "ism": Y(first, "name"),
            "ism_al_ab": Y(lambda f: f.pick(GULF_M + EGY_FIRST[:5]), "name"),
            "ism_al_aila": Y(last, "name"),
            "raqam_al_hatif": Y(phone, "phone"),
            "al_bareed_al_electroni": Y(lambda f: email_of(f), "email"),
            "unwan": Y(address_line, "address"),
            "al_madina": Y(home_city, "city"),
            "tarikh_al_milad": Y(dob, "birthdate"),
            "al_jinsiya": Y(
                pick(["إماراتي", "سعودي", "مصري", "Indian", "Pakistani", "Jordanian"]), "citizenship"
            ),
            "raqam_al_hawiya": RED(national_id, "national id"),
            "jins": Y(pick(["ذكر", "أنثى", "M", "F"]), "gender"),
            "al_mihna": pick(["مهندس", "محاسب", "معلم", "Engineer", "طالب"]),
            "al_hala_al_ijtimaiya": pick(["أعزب", "متزوج", "married", "single"]),
            "raqam_al_ameel": lambda f: f.digits(8),
            "naw_al_hisab": pick(["جاري", "توفير", "current", "savings"]),
            "tarikh_al_tasjeel": ts(),
        },
    ),
    # -- Flutter form with keys in Arabic script ------------------------------------------------
    (
        "track",
        "Account Form Submitted",
        ["flutter"],
        {
            "الاسم_الكامل": Y(ar_name, "name"),
            "رقم_الجوال": Y(phone_arabic_digits, "phone"),
            "البريد_الإلكتروني": Y(lambda f: email_of(f), "email"),
            "رقم_الهوية": RED(lambda f: f.pick([saudi_id, egypt_id])(f), "national id"),
            "تاريخ_الميلاد": Y(dob, "birthdate"),
            "المدينة": Y(pick(["القاهرة", "الجيزة", "الإسكندرية", "الرياض", "جدة"]), "city"),
            "الجنسية": Y(pick(["مصري", "سعودي", "سوداني", "أردني"]), "citizenship"),
            "نوع_الحساب": pick(["جاري", "توفير", "وديعة"]),
            "الفرع": pick(["مصر الجديدة", "المعادي", "العليا"]),
            "المهنة": pick(["مهندس", "طبيب", "محاسب", "موظف"]),
            "الدخل_الشهري": Y(lambda f: f.r.randint(5, 150) * 1000, "salary"),
            "عدد_المعالين": count(0, 6),
        },
    ),
    # -- SME banking: group ---------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        {
            "legal_name": pick(
                [
                    "Al Noor Trading LLC",
                    "Desert Rose Cafeteria",
                    "Nile Tech Solutions",
                    "Falcon Logistics FZE",
                ]
            ),
            "trade_license_number": lambda f: f.pick(["CN-", "DED-", ""]) + d(f, 7),
            "vat_trn": lambda f: "100" + d(f, 12),
            "industry": pick(["trading", "food_and_beverage", "technology", "logistics"]),
            "employees": count(2, 300),
            "business_phone": pick(
                ["+971 4 333 1200", "+971 6 555 0199", "+20 2 3333 4400", "+966 11 222 9090"]
            ),
            "business_email": pick(
                ["info@alnoortrading.example", "accounts@desertrose.example", "hello@niletech.example"]
            ),
            "registered_address": {
                "street": pick(
                    [
                        "Office 1204, Al Attar Tower, Sheikh Zayed Rd",
                        "Shop 5, Al Qusais Ind. 2",
                        "Smart Village B12",
                    ]
                ),
                "city": pick(["Dubai", "Sharjah", "Giza", "Riyadh"]),
            },
            "plan": pick(["business_basic", "business_plus", "business_elite"]),
            "authorised_signatory": {
                "name": Y(full, "name"),
                "emirates_id": RED(emirates_id, "national id"),
                "mobile": Y(phone_ae, "phone"),
                "passport_number": RED(passport, "passport"),
            },
            "created_at": ts(),
        },
    ),
    # -- page and screen ------------------------------------------------------------------------
    (
        "page",
        "Branch Locator",
        ["web"],
        {
            "path": pick(["/ae/en/branches", "/sa/ar/branches", "/eg/en/atm-locator"]),
            "url": lambda f: SITE + f.pick(["/ae/en/branches", "/sa/ar/branches", "/eg/en/atm-locator"]),
            "title": pick(["Branches & ATMs | Wafra", "الفروع وأجهزة الصراف", "ATM locator"]),
            "referrer": pick(["", "https://www.google.com/", SITE + "/ae/en"]),
            "search": pick(["", "?city=dubai", "?q=olaya"]),
        },
    ),
    (
        "page",
        "Personal Finance",
        ["web"],
        {
            "path": pick(ONBOARDING_PAGES),
            "url": lambda f: SITE + f.pick(ONBOARDING_PAGES),
            "title": pick(["Personal Finance | Wafra", "تمويل شخصي", "Open an account"]),
            "referrer": pick(["", "https://www.google.com/", "https://www.facebook.com/"]),
            "search": pick(["", "?utm_source=snapchat", "?lang=ar"]),
            "category": pick(["finance", "accounts", "cards"]),
        },
    ),
    (
        "screen",
        "Transfer Review",
        APP,
        {
            "name": const("Transfer Review"),
            "previous_screen": pick(["Beneficiary List", "Amount Entry", "Home"]),
            "tab": pick(["local", "international", "own_accounts"]),
            "load_time_ms": count(100, 3000),
        },
    ),
    (
        "screen",
        "Dashboard",
        [*APP, "flutter"],
        {
            "name": const("Dashboard"),
            "previous_screen": pick(["Login", "Cards", "Transfers"]),
            "widgets_shown": count(3, 9),
            "balance_hidden": bool_(),
        },
    ),
]

# -- build ------------------------------------------------------------------------------------------

PAGES = [*ONBOARDING_PAGES, "/ae/en/branches", "/ae/en/zakat-calculator", "/sa/ar/cards", "/ae/en/rewards"]
VALUE_CHECKS = {
    "phone": re.compile("\\+?[0-9\u0660-\u0669][0-9\u0660-\u0669 \\-]{7,}[0-9\u0660-\u0669]|^[0-9a-f]{64}$"),
    "email": re.compile(r"[^@\s]+@[^@\s]+\.[a-z]+|^[0-9a-f]{64}$"),
    "bank account": re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){3,}"),
}


def context_for(client: str):
    if client == "web":
        return web_ctx(PAGES)
    return CLIENTS[client](None)


def wrap(template):
    """Plain callables in the templates are green leaves; Y/RED/Many/dicts pass through."""
    from tests.corpus.build import L

    if isinstance(template, L):
        return template
    if isinstance(template, Many):
        return Many(wrap(template.item), template.n)
    if isinstance(template, dict):
        return {key: wrap(value) for key, value in template.items()}
    if callable(template):
        return G(template)
    raise TypeError(type(template))


def cohere(msg: dict, f: Fake) -> None:
    """Makes one message agree with itself (a user's name and e-mail, a device and its OS, a page's
    path and URL) after rendering: values change, paths and labels do not."""
    traits = msg.get("traits", {})
    if "firstName" in traits and "lastName" in traits and "name" in traits:
        traits["name"] = f"{traits['firstName']} {traits['lastName']}"
        if f.r.random() < 0.7:
            traits["email"] = email_of(f, traits["name"])
    context = msg.get("context", {})
    device, os_ = context.get("device"), context.get("os")
    if (
        device
        and os_
        and "manufacturer" in device
        and device.get("manufacturer") != "Apple"
        and "type" in device
    ):
        ios = os_["name"] == "iOS"
        device["type"] = "ios" if ios else "android"
        if ios:
            device.update(manufacturer="Apple", model=f.pick(["iPhone14,2", "iPhone12,1", "iPhone15,3"]))
            if "name" in device:
                device["name"] = "iPhone"
            os_["version"] = f.pick(["17.2", "17.1", "16.6"])
        elif os_["version"].startswith("17"):
            os_["version"] = f.pick(["13", "14", "12"])
    elif device and os_ and device.get("manufacturer") == "Apple" and os_["name"] != "iOS":
        os_["name"], os_["version"], device["type"] = "iOS", f.pick(["17.2", "17.1", "16.6"]), "ios"
    page = context.get("page")
    if page:
        page["url"] = SITE + page["path"] + page["search"]
    if msg["type"] == "page":
        props = msg["properties"]
        props["url"] = SITE + props["path"] + props["search"]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client != "dotnet" else f.uuid().upper(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            if kind in ("page", "screen"):
                msg["name"] = name
            if kind == "group":
                msg["groupId"] = "biz_" + f.digits(7)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(wrap(body), f, section, labels)
            msg["context"] = render(wrap(context_for(client)), f, "context", labels)
            cohere(msg, f)
            events.append(msg)
        # the alias a mobile app sends after sign-up: no properties, only its context
        client = f.pick(APP)
        events.append(
            {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": f.digits(8),
                "context": render(wrap(context_for(client)), f, "context", labels),
            }
        )
    f.r.shuffle(events)
    return events, labels


def check_value_only(events, labels):
    from portal.events import flatten

    for event in events:
        for path, value in flatten(event):
            label = labels[path]
            if not label["value_only"] or label["classification"] == "green":
                continue
            pattern = VALUE_CHECKS.get(label["type"])
            if pattern and not pattern.search(str(value)):
                raise SystemExit(f"value-only path {path} holds no {label['type']}: {value!r}")


if __name__ == "__main__":
    events, labels = build(seed=64, repeats=34)
    check_value_only(events, labels)
    write(Path(__file__).parent, "holdout64_", events, labels)
