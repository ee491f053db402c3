"""Writes holdout 53: tests/corpus/holdout53_events.jsonl and holdout53_labels.json.

Sealed: written from the Segment spec, the reference's default matchers (shared/REFERENCE.md) and
the corpus helpers (build.py, fake.py) only, without reading the detection engine, its
vocabularies, its tests, its docs or any other corpus's labels, and without running the engine on
these events. Nothing here was tuned to what the engine does.

Domain: crypto exchanges and neobanks in the EU and Singapore. Onboarding with KYC (documents,
personal details, Singpass MyInfo, FATCA self-certification) and source-of-funds questions;
deposit addresses, address books and on-chain withdrawals with the travel rule's originator and
beneficiary data (IVMS101-shaped), a custody provider's webhook; card top-ups, card orders,
card-processor authorisations; SEPA and IBAN transfers, beneficiaries with verification of payee,
direct debits, Bizum and PayNow; staking; tax reports; referral programmes; support chat
(Intercom-shaped) and a compliance back office. People: customers, beneficiaries and recipients,
invited friends and synced contacts, children on junior accounts, company directors, support
agents and compliance analysts. A German backend (Überweisungen, Kundendaten) and a Spanish one
(alta de cliente, Bizum) send keys in their languages; a .NET compliance service sends PascalCase,
a warehouse sync (reverse ETL) SCREAMING_SNAKE, a Node service kebab-case; the rest is camelCase
and snake_case. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, the Flutter library and the python/node/go/java/ruby/php/.NET server
libraries, with context.ip, context.traits, device, app, library, locale, userAgent, campaign.

Each event is rendered for one generated persona (so a message's fields agree with each other),
plus other personas for recipients, contacts and staff. Names come from many cultures, phones
from national numbering plans in their usual written forms, addresses in each country's format;
ids carry valid checksums where real ones have them (Luhn cards, mod-97 IBANs for 11 countries,
Steuer-ID, DNI/NIE letters, NRIC/FIN letters, BSN 11-proof, PESEL, NIF, NIR keys, PPSN letters,
Lithuanian personal codes, codici fiscali, bech32 and base58check wallet addresses, SSNs with a
valid structure).

Labelling rules (the Privacy Portal's defaults, as the brief states them):
- PII is personal data about a natural person: the user, a recipient, a contact, a dependant, a
  director or a staff member. Colour is the reference's default colour for the matcher; for types
  outside the reference: red for credentials/secrets, card numbers, bank accounts, government ids
  and health; yellow otherwise. Booleans, counters and enums under PII-sounding keys are green,
  except where the value itself reveals a special category (church-tax liability and
  denomination: `religion`; accessibility needs: `disability`, red as the reference's).
- Green: ids we or our vendors issue (user, order, case, mandate, transfer, customer numbers,
  vendor applicant ids; a card processor's transaction `token` and `user_token` are such ids, its
  `card_token` is a card token and red), versions, timestamps, hashes of non-PII (transaction
  hashes, a hashed country, a hashed user id), amounts, balances, enums, free-text payment
  references, product/plan/company/validator/card-design names, the exchange's own hot-wallet
  addresses, places that are not the person's (merchant city, company address), countries,
  states and provinces, locales, currencies, user agents, OS device ids, card brand/last
  four/BIN/expiry, BICs and SEPA creditor ids (they identify a bank or a business), masked phone
  numbers, ages and age bands, marital status, occupations and employers, a business's own
  phone, e-mail, address, VAT and registration numbers, and identity-document expiry dates (like
  a card's expiry).
- Contested cases as the product's policy settles them: incomes and salary payments `salary`
  (yellow); billing and delivery addresses of the person `address` (yellow); gclid, fbclid, fbp,
  fbc `advertising id` (yellow); payment-method and card tokens, activation codes and one-time
  codes red `token`.
- Decisions this corpus had to make (what a careful privacy owner at a mid-size company would
  want flagged):
  - A crypto wallet address belonging to a person (deposit address, withdrawal destination,
    travel-rule account numbers, address-book entries) is a financial account: red,
    `crypto wallet|bank account`. The exchange's own hot-wallet addresses (a custody webhook's
    sourceAddress) are not a person's: green.
  - Hashes of personal data (Meta Conversions API `em`, `ph`, `fn`, `ln`, `ct`, `zp`; hashed
    phone numbers for contact matching) stay personal data (pseudonymised, not anonymised): yellow,
    typed as the hashed thing.
  - A push token (`context.device.token`) is red `token`, as the reference's token matcher says.
  - Identity-document numbers whose document is a passport or a national id card are red
    `passport|national id`; tax identification numbers red `national id`; a US TIN or SSN (or the
    last four of one) red `social security number`.
  - Singapore residential status (Citizen, PR, Alien) is `citizenship`; race is `race`; the
    MyInfo income (Notice of Assessment) is `salary`; every part of the person's address,
    including block, floor, unit and building name, is `address`.
  - A staff e-mail in a `reviewed-by` field, a recipient's phone in a PayNow `proxyValue`, an
    IBAN in an autofill `field.value` and the like are PII under keys that do not name them.
- value_only is true when the leaf's key does not say what the value is (`value`, `label`,
  `text`, `q`, `input`, `to`, `origin`, `body`, `Notes`, `description`, `reviewed-by`,
  `delivered_to`) and only the value
  reveals it. When a generic leaf sits under a parent that names it (MyInfo `name.value`,
  `mobileno.nbr.value`), the path says what it is and value_only is false. A value_only PII path
  holds that PII in every one of its values; free text is labelled by what every one of its
  values carries (`phone`, `email`, `crypto wallet|bank account` ...), and free text where no
  value carries PII (payment references, source-of-funds explanations, custody notes) is green.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

WALLET = "crypto wallet|bank account"

# -- people ------------------------------------------------------------------------------------

NAMES = {
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Lea",
            "Felix",
            "Marie",
            "Maximilian",
            "Sophie",
            "Jürgen",
            "Ursula",
            "Katrin",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Hoffmann",
            "Schäfer",
            "Krüger",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Hugo",
            "Martina",
            "Alejandro",
            "Carmen",
            "Javier",
            "Paula",
            "Sergio",
            "Nuria",
            "Íñigo",
            "Pilar",
        ],
        [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Iglesias",
            "Ortega",
        ],
    ),
    "sg_cn": (
        ["Wei Ming", "Hui Min", "Jia Hao", "Xin Yi", "Kai Wen", "Shu Fen", "Zhi Hao", "Mei Ling"],
        ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo", "Koh"],
    ),
    "sg_ms": (
        ["Muhammad Hafiz", "Nur Aisyah", "Siti Nurhaliza", "Ahmad Faizal", "Nurul Huda", "Irfan"],
        ["Ismail", "Rahman", "Osman", "Abdullah", "Salleh"],
    ),
    "sg_in": (
        ["Priya", "Arjun", "Kavitha", "Rajesh", "Deepa", "Suresh", "Lakshmi"],
        ["Ramasamy", "Nair", "Pillai", "Krishnan", "Subramaniam", "Menon"],
    ),
    "fr": (
        ["Camille", "Louis", "Manon", "Théo", "Inès", "Mathis"],
        ["Martin", "Bernard", "Lefèvre", "Moreau", "Girard"],
    ),
    "nl": (
        ["Daan", "Sanne", "Bram", "Femke", "Jesse", "Lotte"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser"],
    ),
    "it": (
        ["Giulia", "Marco", "Francesca", "Alessandro", "Chiara"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi"],
    ),
    "pl": (
        ["Zofia", "Jakub", "Katarzyna", "Piotr", "Agnieszka", "Michał"],
        ["Nowak", "Kowalski", "Wiśniewska", "Wójcik"],
    ),
    "pt": (
        ["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui"],
        ["Silva", "Santos", "Ferreira", "Pereira", "Costa"],
    ),
    "lt": (
        ["Rūta", "Mantas", "Eglė", "Tomas", "Gintarė"],
        ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė"],
    ),
    "ie": (
        ["Aoife", "Cian", "Siobhán", "Oisín", "Niamh", "Conor"],
        ["Murphy", "O'Sullivan", "Walsh", "Byrne", "Kelly"],
    ),
    "tr": (["Emre", "Elif", "Mehmet", "Zeynep", "Ayşe"], ["Y\u0131lmaz", "Kaya", "Demir", "Şahin", "Öztürk"]),
    "ng": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"],
        ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Okonkwo"],
    ),
    "ua": (
        ["Olena", "Andriy", "Oksana", "Dmytro", "Iryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk"],
    ),
    "vn": (["Linh", "Minh", "Thu", "Quang", "Hoa"], ["Nguyen", "Tran", "Le", "Pham", "Hoang"]),
    "ar": (
        ["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour"],
        ["Haddad", "El Amrani", "Benali", "Khalil"],
    ),
    "ph": (
        ["Maria Angelica", "Jose Miguel", "Kristine", "Paolo"],
        ["Santos", "Reyes", "dela Cruz", "Bautista"],
    ),
}
MIGRANT_CULTURES = ["tr", "ng", "ua", "vn", "ar", "ph", "sg_in", "es", "pl", "it"]

COUNTRIES = (
    ["DE"] * 6 + ["ES"] * 5 + ["SG"] * 5 + ["FR", "FR", "NL", "NL", "IT", "IT", "PL", "PT", "LT", "IE", "AT"]
)
CULTURE = {"DE": "de", "AT": "de", "ES": "es", "FR": "fr", "NL": "nl", "IT": "it", "PL": "pl", "PT": "pt"}
CULTURE |= {"LT": "lt", "IE": "ie"}
NATIONALITY = {
    "DE": "German",
    "AT": "Austrian",
    "ES": "Spanish",
    "SG": "Singaporean",
    "FR": "French",
    "NL": "Dutch",
    "IT": "Italian",
    "PL": "Polish",
    "PT": "Portuguese",
    "LT": "Lithuanian",
    "IE": "Irish",
}
MIGRANT_NATIONALITY = {"tr": "TR", "ng": "NG", "ua": "UA", "vn": "VN", "ar": "MA", "ph": "PH", "sg_in": "IN"}
MIGRANT_NATIONALITY |= {"es": "ES", "pl": "PL", "it": "IT"}
EMAIL_DOMAINS = {
    "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"],
    "AT": ["gmx.at", "gmail.com", "aon.at"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "SG": ["gmail.com", "yahoo.com.sg", "hotmail.com", "outlook.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr"],
    "NL": ["gmail.com", "ziggo.nl", "outlook.com"],
    "IT": ["gmail.com", "libero.it", "virgilio.it"],
    "PL": ["gmail.com", "wp.pl", "onet.pl"],
    "PT": ["gmail.com", "sapo.pt"],
    "LT": ["gmail.com", "inbox.lt"],
    "IE": ["gmail.com", "eircom.net", "icloud.com"],
}


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("\u0131", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " .-"))


def digits(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


# -- national ids with their real check digits ---------------------------------------------------


def steuer_id(f: Fake) -> str:
    while True:
        body = str(f.r.randint(1, 9)) + digits(f, 9)
        counts = sorted(body.count(d) for d in set(body))
        if counts[-1] in (2, 3) and counts.count(counts[-1]) == 1:
            break
    product = 10
    for c in body:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return body + str(check)


def dni(f: Fake) -> str:
    if f.r.random() < 0.25:  # an NIE: X/Y/Z count as 0/1/2 for the letter
        prefix, body = f.pick("XYZ"), digits(f, 7)
        n = int(str("XYZ".index(prefix)) + body)
        return f"{prefix}{body}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nric(f: Fake, prefix: str | None = None) -> str:
    prefix = prefix or f.pick("SSSTTF")
    body = digits(f, 7)
    total = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True))
    total += 4 if prefix in "TG" else 0
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return f"{prefix}{body}{table[total % 11]}"


def bsn(f: Fake) -> str:
    while True:
        body = str(f.r.randint(1, 6)) + digits(f, 7)
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return body + str(last)


def pesel(f: Fake) -> str:
    year, month, day = f.r.randint(1960, 1999), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{year % 100:02d}{month:02d}{day:02d}" + digits(f, 4)
    total = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def nif_pt(f: Fake) -> str:
    body = f.pick("123") + digits(f, 7)
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return body + str(0 if check >= 10 else check)


def nir(f: Fake) -> str:
    body = (
        f.pick("12")
        + f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}"
        + f"{f.r.randint(1, 95):02d}{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def ppsn(f: Fake) -> str:
    body = digits(f, 7)
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
    return body + ("W" if total % 23 == 0 else chr(64 + total % 23))


def lt_code(f: Fake) -> str:
    body = (
        f.pick("3456")
        + f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + digits(f, 3)
    )
    ints = [int(c) for c in body]
    check = sum(d * w for d, w in zip(ints, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(ints, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        check = 0 if check == 10 else check
    return body + str(check)


CF_ODD = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)
CF_ODD |= {str(d): CF_ODD["ABCDEFGHIJ"[d]] for d in range(10)}


def codice_fiscale(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = (
        "".join(f.pick("BCDFGLMNPRSTVZ") for _ in range(6))
        + f"{f.r.randint(60, 99):02d}"
        + f.pick("ABCDEHLMPRST")
        + f"{f.r.randint(1, 28) + f.pick([0, 40]):02d}"
        + f.pick(["F205", "H501", "L219", "F839", "A944"])
    )
    total = 0
    for i, c in enumerate(body):
        if i % 2 == 0:
            total += CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else letters.index(c)
    return body + letters[total % 26]


def ssn(f: Fake) -> str:
    if f.r.random() < 0.2:  # an ITIN: 9xx-7x-xxxx
        return f"9{f.r.randint(0, 99):02d}-{f.r.randint(70, 88)}-{f.r.randint(1, 9999):04d}"
    return f.ssn()


def passport_no(f: Fake, country: str) -> str:
    alnum = "CFGHJKLMNPRTVWXYZ0123456789"
    if country in ("DE", "AT"):
        return f.pick("CFGHJK") + "".join(f.pick(alnum) for _ in range(8))
    if country == "ES":
        return "".join(f.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(f, 6)
    if country == "SG":
        return f.pick("EK") + digits(f, 7) + f.pick("ABCDEFGHJ")
    if country == "FR":
        return digits(f, 2) + f.pick("ABCDEFGHJK") + f.pick("ABCDEFGHJK") + digits(f, 5)
    if country == "NL":
        return (
            "N"
            + "".join(f.pick("CFGHJKLMNPRTVWXYZ") for _ in range(2))
            + "".join(f.pick(alnum) for _ in range(6))
        )
    return f.pick(["YA", "EA", "PA", "CB"]) + digits(f, 7)


def national_id(f: Fake, country: str) -> str:
    return {
        "DE": steuer_id,
        "AT": lambda f: digits(f, 3) + "/" + digits(f, 4),
        "ES": dni,
        "SG": nric,
        "NL": bsn,
        "PL": pesel,
        "PT": nif_pt,
        "FR": nir,
        "IE": ppsn,
        "LT": lt_code,
        "IT": codice_fiscale,
    }[country](f)


# -- bank accounts and wallets -----------------------------------------------------------------

IBAN_BBAN = {
    "DE": "n18",
    "ES": "n20",
    "FR": "n23",
    "NL": "A4n10",
    "IT": "A1n22",
    "LT": "n16",
    "AT": "n16",
    "BE": "n12",
    "IE": "A4n14",
    "PT": "n21",
    "PL": "n24",
}
BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "BUNQ", "KNAB"], "IE": ["AIBK", "BOFI", "IPBS"]}


def iban(f: Fake, country: str | None = None, grouped: bool | None = None) -> str:
    country = country or f.pick(
        ["DE", "DE", "ES", "ES", "FR", "NL", "IT", "LT", "AT", "BE", "IE", "PT", "PL"]
    )
    spec = IBAN_BBAN[country]
    if spec.startswith("A4"):
        bban = f.pick(BANK_CODES[country]) + digits(f, int(spec[3:]))
    elif spec.startswith("A1"):
        bban = f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(f, int(spec[3:]))
    else:
        bban = digits(f, int(spec[1:]))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    grouped = f.r.random() < 0.4 if grouped is None else grouped
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def bech32_address(f: Fake, hrp: str = "bc") -> str:
    program = [f.r.randint(0, 255) for _ in range(20)]
    acc, bits, data = 0, 0, [0]
    for value in program:
        acc = (acc << 8) | value
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data + [0] * 6
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, gen in enumerate([0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]):
            chk ^= gen if (top >> i) & 1 else 0
    polymod = chk ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def b58(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = B58[rem] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def base58check(f: Fake, version: int) -> str:
    payload = bytes([version]) + bytes(f.r.randint(0, 255) for _ in range(20))
    checksum = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + checksum)


def eth_address(f: Fake) -> str:
    return "0x" + f.hexid(40)


def wallet(f: Fake, asset: str | None = None) -> str:
    asset = asset or f.pick(["BTC", "BTC", "ETH", "ETH", "USDT", "SOL"])
    if asset == "BTC":
        return bech32_address(f) if f.r.random() < 0.7 else base58check(f, 5)
    if asset in ("ETH", "USDC"):
        return eth_address(f)
    if asset == "USDT":
        return base58check(f, 0x41) if f.r.random() < 0.5 else eth_address(f)
    return b58(bytes(f.r.randint(0, 255) for _ in range(32)))


# -- phones and addresses ---------------------------------------------------------------------


def phone(f: Fake, country: str) -> str:
    r = f.r
    if country in ("DE", "AT"):
        if country == "AT":
            p, n = f.pick(["664", "676", "650", "699"]), digits(f, 7)
            return f.pick([f"+43 {p} {n}", f"0{p} {n}", f"+43{p}{n}"])
        p, n = f.pick(["151", "152", "157", "160", "170", "172", "176", "178"]), digits(f, r.choice([7, 8]))
        return f.pick([f"+49 {p} {n}", f"0{p} {n}", f"+49{p}{n}", f"+49 (0){p} {n}"])
    if country == "ES":
        n = f.pick("67") + digits(f, 8)
        return f.pick(
            [f"+34 {n[:3]} {n[3:6]} {n[6:]}", n, f"+34{n}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
        )
    if country == "SG":
        n = f.pick("89") + digits(f, 7)
        return f.pick([f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"{n[:4]} {n[4:]}"])
    if country == "FR":
        n = f.pick("67") + digits(f, 8)
        pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        return f.pick([f"+33 {n[0]} {pairs}", f"0{n[0]} {pairs}", f"+33{n}"])
    if country == "NL":
        n = digits(f, 8)
        return f.pick([f"+31 6 {n}", f"06-{n}", f"+316{n}"])
    if country == "IT":
        n = "3" + f.pick("234789") + digits(f, 8)
        return f.pick([f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", f"+39{n}"])
    if country == "PL":
        n = f.pick("5678") + digits(f, 8)
        return f.pick([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}"])
    if country == "PT":
        n = "9" + f.pick("1236") + digits(f, 7)
        return f.pick([f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351{n}"])
    if country == "LT":
        n = "6" + digits(f, 7)
        return f.pick([f"+370 {n[:3]} {n[3:]}", f"8 {n[:3]} {n[3:]}"])
    n = "8" + f.pick("35679") + digits(f, 7)
    return f.pick([f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"])


STREETS = {
    "DE": [
        "Kastanienallee",
        "Bergmannstraße",
        "Schillerstraße",
        "Hauptstraße",
        "Am Lindenhof",
        "Sonnenallee",
    ],
    "AT": ["Mariahilfer Straße", "Praterstraße", "Annenstraße", "Landstraßer Hauptstraße"],
    "ES": [
        "Calle de Alcalá",
        "Calle Mayor",
        "Avenida Diagonal",
        "Carrer de Mallorca",
        "Paseo de la Castellana",
    ],
    "SG": [
        "Bedok North Ave 4",
        "Ang Mo Kio Ave 10",
        "Tampines St 81",
        "Jurong West St 52",
        "Toa Payoh Lor 1",
    ],
    "FR": ["rue de la Roquette", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo"],
    "NL": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Witte de Withstraat", "Laan van Meerdervoort"],
    "IT": ["Via Giuseppe Garibaldi", "Corso Buenos Aires", "Via Roma", "Viale Monza", "Via del Corso"],
    "PL": ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "ul. Grunwaldzka"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Ouro"],
    "LT": ["Gedimino pr.", "Vilniaus g.", "Pylimo g.", "Savanorių pr."],
    "IE": ["Rathmines Road Upper", "Griffith Avenue", "Patrick Street", "Main Street"],
}
CITIES = {
    "DE": [
        ("Berlin", 10115, 14199),
        ("München", 80331, 81929),
        ("Hamburg", 20095, 22769),
        ("Köln", 50667, 51149),
        ("Frankfurt am Main", 60306, 60599),
        ("Leipzig", 4103, 4357),
        ("Stuttgart", 70173, 70629),
    ],
    "AT": [("Wien", 1010, 1230), ("Graz", 8010, 8055), ("Linz", 4020, 4040)],
    "ES": [
        ("Madrid", 28001, 28055),
        ("Barcelona", 8001, 8042),
        ("Valencia", 46001, 46026),
        ("Sevilla", 41001, 41020),
        ("Bilbao", 48001, 48015),
        ("Málaga", 29001, 29018),
    ],
    "SG": [("Singapore", 10000, 829999)],
    "FR": [
        ("Paris", 75001, 75020),
        ("Lyon", 69001, 69009),
        ("Marseille", 13001, 13016),
        ("Nantes", 44000, 44300),
    ],
    "NL": [
        ("Amsterdam", 1011, 1109),
        ("Utrecht", 3511, 3585),
        ("Rotterdam", 3011, 3089),
        ("Den Haag", 2511, 2597),
    ],
    "IT": [("Milano", 20121, 20162), ("Roma", 118, 199), ("Torino", 10121, 10156), ("Bologna", 40121, 40141)],
    "PL": [
        ("Warszawa", 0, 4999),
        ("Kraków", 30000, 31999),
        ("Gdańsk", 80000, 80999),
        ("Wrocław", 50000, 54999),
    ],
    "PT": [("Lisboa", 1000, 1999), ("Porto", 4000, 4399)],
    "LT": [("Vilnius", 1100, 14999), ("Kaunas", 44000, 52999)],
    "IE": [("Dublin 6", 0, 0), ("Cork", 0, 0), ("Galway", 0, 0)],
}
EIRCODE_KEYS = {"Dublin 6": "D06", "Cork": "T12", "Galway": "H91"}


def eircode_unique(f: Fake) -> str:
    letters = "ACDEFHKNPRTVWXY"
    return f"{f.pick(letters)}{f.r.randint(1, 9)}{f.pick(letters)}{f.r.randint(1, 9)}"


class Persona:
    def __init__(self, f: Fake, country: str | None = None):
        r = f.r
        self.country = country or f.pick(COUNTRIES)
        if self.country == "SG":
            culture = f.pick(["sg_cn", "sg_cn", "sg_cn", "sg_ms", "sg_in"])
        else:
            culture = CULTURE[self.country] if r.random() < 0.78 else f.pick(MIGRANT_CULTURES)
        self.culture = culture
        firsts, lasts = NAMES[culture]
        self.first = f.pick(firsts)
        self.last = f.pick(lasts)
        if culture == "es":
            self.last = f"{self.last} {f.pick(lasts)}"
        if culture == "sg_ms":
            self.last = (
                "binte " if self.first in ("Nur Aisyah", "Siti Nurhaliza", "Nurul Huda") else "bin "
            ) + self.last
        self.full = f"{self.last} {self.first}" if culture == "sg_cn" else f"{self.first} {self.last}"
        self.nationality_code = (
            self.country
            if culture == CULTURE.get(self.country, culture)
            else MIGRANT_NATIONALITY.get(culture, self.country)
        )
        self.nationality = NATIONALITY.get(self.nationality_code, self.nationality_code)
        self.dob = f.date(1952, 2005)
        self.age = 2025 - int(self.dob[:4])
        self.email = self._email(f)
        self.phone = phone(f, self.country)
        self._address(f)

    def _email(self, f: Fake) -> str:
        first = ascii_fold(self.first).lower().replace(" ", "")
        last = ascii_fold(self.last).lower().replace(" ", "").replace("-", "")
        local = f.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{f.r.randint(70, 99)}",
                f"{first[:1]}{last}",
                f"{last}.{first}{f.r.randint(1, 30)}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{f.pick(EMAIL_DOMAINS.get(self.country, ['gmail.com']))}"

    def _address(self, f: Fake) -> None:
        c, r = self.country, f.r
        street = f.pick(STREETS[c])
        self.street_name = street
        self.house = str(r.randint(1, 180)) + ("" if r.random() < 0.8 else f.pick("abc"))
        city, lo, hi = f.pick(CITIES[c])
        self.city = city
        if c == "SG":
            self.block, self.floor, self.unit = (
                str(r.randint(100, 999)),
                f"{r.randint(2, 25):02d}",
                str(r.randint(10, 1999)),
            )
            self.building = f.pick(["", "", "PEARL GARDEN", "THE INTERLACE", "SKYVILLE @ DAWSON"])
            self.street = f"Blk {self.block} {street} #{self.floor}-{self.unit}"
            self.postcode = f"{r.randint(lo, hi):06d}"
        else:
            self.block = self.floor = self.unit = self.building = ""
            if c in ("DE", "AT", "NL", "LT", "PL"):
                self.street = f"{street} {self.house}"
                if c == "AT" and r.random() < 0.6:
                    self.street += f"/{r.randint(1, 30)}"
                if c == "PL":
                    self.street += f"/{r.randint(1, 80)}"
            elif c == "ES":
                self.street = f"{street} {self.house}, {r.randint(1, 9)}º {f.pick('ABCD')}"
            elif c == "PT":
                self.street = f"{street} {self.house}, {r.randint(1, 6)}º {f.pick(['Esq', 'Dto'])}"
            elif c == "IT":
                self.street = f"{street} {self.house}"
            else:
                self.street = f"{self.house} {street}"
            n = r.randint(lo, hi)
            self.postcode = {
                "NL": f"{n} {f.pick('ABCDEFGHJKLMNPRSTVWXZ')}{f.pick('ABCDEFGHJKLMNPRSTVWXZ')}",
                "PL": f"{n // 1000:02d}-{n % 1000:03d}",
                "PT": f"{n}-{r.randint(1, 999):03d}",
                "LT": f"LT-{n:05d}",
                "AT": f"{n}",
                "IE": f"{EIRCODE_KEYS.get(city, 'D06')} {eircode_unique(f)}",
            }.get(c, f"{n:05d}")


# business customers: name, legal form, billing e-mail, phone, street, city, postcode, country, VAT id,
# registration number
COMPANIES = [
    (
        "Kontor Nord GmbH",
        "GmbH",
        "buchhaltung@kontornord.de",
        "+49 40 3290 1100",
        "Großer Burstah 31",
        "Hamburg",
        "20457",
        "DE",
        "DE318273645",
        "HRB 148213",
    ),
    (
        "Panadería Ruiz S.L.",
        "S.L.",
        "facturas@panaderiaruiz.es",
        "+34 913 456 700",
        "Calle de Serrano 41",
        "Madrid",
        "28001",
        "ES",
        "ESB86234571",
        "B86234571",
    ),
    (
        "Lion City Trading Pte. Ltd.",
        "Pte. Ltd.",
        "accounts@lioncity.sg",
        "+65 6221 8800",
        "1 Raffles Place #20-61",
        "Singapore",
        "048616",
        "SG",
        "M90371234X",
        "201912345K",
    ),
    (
        "Brightwave B.V.",
        "B.V.",
        "finance@brightwave.nl",
        "+31 20 555 0190",
        "Herengracht 182",
        "Amsterdam",
        "1016 BR",
        "NL",
        "NL859123456B01",
        "81234567",
    ),
    (
        "Café Sonne UG (haftungsbeschränkt)",
        "UG (haftungsbeschränkt)",
        "info@cafe-sonne.de",
        "+49 30 6120 4477",
        "Oranienstraße 12",
        "Berlin",
        "10999",
        "DE",
        "DE329876104",
        "HRB 214455 B",
    ),
]


class Fake53(Fake):
    """fake.Fake plus a persona per message (p), a second person (q) and a staff member (s)."""

    def new_message(self) -> None:
        self.p = Persona(self)
        self.q = Persona(self, self.p.country if self.r.random() < 0.7 else None)
        self.s = Persona(self, self.pick(["DE", "DE", "ES", "SG", "LT", "IE"]))
        first, last = (ascii_fold(x).lower().replace(" ", "") for x in (self.s.first, self.s.last))
        self.s.email = f"{first[:1]}.{last}@{self.pick(['vaultly.eu', 'bancora.es', 'lumenpay.sg'])}"
        self.asset = self.pick(["BTC", "BTC", "ETH", "ETH", "USDT", "SOL", "USDC"])
        self.w_p, self.w_q = wallet(self, self.asset), wallet(self, self.asset)
        self.sg_sex = self.pick([("F", "FEMALE"), ("M", "MALE")])
        self.sg_race = self.pick(
            [("CN", "CHINESE"), ("CN", "CHINESE"), ("MY", "MALAY"), ("IN", "INDIAN"), ("EU", "EURASIAN")]
        )
        self.sg_nat = self.pick(
            [("SG", "SINGAPORE CITIZEN")] * 3 + [("MY", "MALAYSIAN"), ("IN", "INDIAN"), ("CN", "CHINESE")]
        )
        self.sg_res = {"SG": ("C", "Citizen")}.get(self.sg_nat[0]) or self.pick([("P", "PR"), ("A", "Alien")])
        self.company = self.pick(COMPANIES)
        self.doc_type = self.pick(["passport", "id_card", "residence_permit"])
        if self.doc_type == "passport" or self.p.country not in ("ES", "SG", "DE", "NL"):
            self.doc_type, self.doc_number = "passport", passport_no(self, self.p.country)
        elif self.p.country == "DE":
            self.doc_number = "L" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        elif self.p.country == "NL":
            self.doc_number = "I" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        else:
            self.doc_number = (
                nric(self, "G" if self.doc_type == "residence_permit" else None)
                if self.p.country == "SG"
                else dni(self)
            )
        self.cur = (
            {"SG": "SGD"}.get(self.p.country, "EUR")
            if self.r.random() < 0.85
            else self.pick(["EUR", "USD", "GBP"])
        )


# -- values shared by templates -----------------------------------------------------------------


def uid(f: Fake) -> str:
    return "usr_" + f.hexid(12)


def ts(f: Fake) -> str:
    return f.iso().replace("2024-", "2025-")


def amount(f: Fake, lo: float = 10, hi: float = 5000) -> float:
    return round(f.r.uniform(lo, hi), 2)


def crypto_amount(f: Fake) -> str:
    return f"{f.r.uniform(0.0005, 3):.8f}".rstrip("0")


def network_of(f: Fake) -> str:
    return {"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana"}.get(
        f.asset, f.pick(["ethereum", "tron", "polygon"])
    )


def tx_hash(f: Fake) -> str:
    return ("0x" if f.asset not in ("BTC", "SOL") else "") + f.hexid(64)


def jwt(f: Fake) -> str:
    return f.jwt()


def card_last4(f: Fake) -> str:
    return digits(f, 4)


def sha(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def e164(f: Fake, person: Persona) -> str:
    raw = "".join(c for c in person.phone if c.isdigit() or c == "+")
    prefixes = {"DE": "+49", "AT": "+43", "ES": "+34", "SG": "+65", "FR": "+33", "NL": "+31", "IT": "+39"}
    prefixes |= {"PL": "+48", "PT": "+351", "LT": "+370", "IE": "+353"}
    if raw.startswith("+"):
        return raw
    cc = prefixes[person.country]
    return cc + (raw[1:] if raw.startswith("0") or (person.country == "LT" and raw.startswith("8")) else raw)


def masked_phone(f: Fake) -> str:
    n = e164(f, f.p)
    return n[:3] + " ••• •••" + n[-2:]


# -- contexts ------------------------------------------------------------------------------------

WEB_PAGES = ["/", "/markets", "/markets/btc-eur", "/wallet", "/onboarding/kyc", "/settings/security", "/earn"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/127.0.0.0 Safari/537.36 Edg/127.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.71 Mobile Safari/537.36",
]
LOCALES = [
    "de-DE",
    "es-ES",
    "en-SG",
    "en-GB",
    "fr-FR",
    "nl-NL",
    "it-IT",
    "pl-PL",
    "pt-PT",
    "lt-LT",
    "en-IE",
    "de-AT",
    "ca-ES",
    "zh-SG",
]
TZ = {
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "ES": "Europe/Madrid",
    "SG": "Asia/Singapore",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "IT": "Europe/Rome",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "LT": "Europe/Vilnius",
    "IE": "Europe/Dublin",
}


def mobile_traits():
    return {
        "email": Y(lambda f: f.p.email, "email"),
        "firstName": Y(lambda f: f.p.first, "name"),
        "kycLevel": G(lambda f: f.r.randint(0, 3)),
        "residenceCountry": G(lambda f: f.p.country),
    }


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.coingecko.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner", "?lang=es"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Vaultly | Buy Bitcoin in Europe", "Markets | Vaultly", "Wallet | Vaultly", "Bancora"]
                )
            ),
            "url": G(lambda f: "https://app.vaultly.eu" + f.pick(WEB_PAGES)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not)A;Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["126", "127", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: TZ[f.p.country]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["btc_halving_2025", "sepa_instant_launch", "referral_q2", "brand_es"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "coinmarketcap"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "display"])),
            "term": G(
                lambda f: f.pick(
                    ["buy bitcoin", "comprar bitcoin", "krypto kaufen", "best crypto app singapore"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "carousel_2", "text_link"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Vaultly"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "eu.vaultly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Telekom.de", "Movistar", "Singtel", "StarHub", "Vodafone NL", "Orange F"])
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.6", "18.0"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[f.p.country]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Vaultly"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.3", "4.19.1"])),
            "build": G(lambda f: f.pick(["418003", "418030", "419010"])),
            "namespace": G(lambda f: "eu.vaultly.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "23049PCD8G", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "marble", "OP5929L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["Telekom.de", "Movistar", "Singtel", "M1", "Vodafone.de", "Play"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.p.country]),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S921B", "Pixel 8"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Bancora"),
            "version": G(lambda f: f.pick(["2.31.0", "2.32.1", "2.33.0"])),
            "build": G(lambda f: f.pick(["2310", "2321", "2330"])),
            "namespace": G(lambda f: "es.bancora.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "2201117TY"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "spes"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: TZ[f.p.country]),
        "traits": mobile_traits(),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "LumenPay"),
            "version": G(lambda f: f.pick(["3.4.0", "3.4.2", "3.5.0"])),
            "build": G(lambda f: f.pick(["340", "342", "350"])),
            "namespace": G(lambda f: "sg.lumenpay.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S918B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en-SG", "zh-SG", "ms-SG", "en-GB"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: "Asia/Singapore"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(1.27, 1.45), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(103.65, 103.99), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(lib: str, user_facing: bool):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if user_facing:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["locale"] = G(lambda f: f.pick(LOCALES))
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "plan": G(lambda f: f.pick(["Standard", "Plus", "Metal"])),
        }
    return ctx


def context_for(client: str):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    lib, _, mode = client.partition(":")
    return server_context(lib, mode == "user")


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]


# -- events ----------------------------------------------------------------------------------------


def address_block(line2: bool = False):
    block = {
        "line1": Y(lambda f: f.p.street, "address|street"),
        "city": Y(lambda f: f.p.city, "city"),
        "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
        "country": G(lambda f: f.p.country),
    }
    if line2:
        block["line2"] = Y(
            lambda f: f.pick(["Hinterhaus", "2. OG links", "Apt 4", "c/o Müller", "Piso 3"]), "address"
        )
    return block


def ivms_name(role: str):
    return {
        "nameIdentifier": Many(
            {
                "primaryIdentifier": Y(lambda f: getattr(f, role).last, "name"),
                "secondaryIdentifier": Y(lambda f: getattr(f, role).first, "name"),
                "nameIdentifierType": G(lambda f: "LEGL"),
            },
            1,
        )
    }


def vasp(names: list[str]):
    return {
        "legalPerson": {
            "name": {
                "nameIdentifier": Many(
                    {
                        "legalPersonName": G(lambda f: f.pick(names)),
                        "legalPersonNameIdentifierType": G(lambda f: "LEGL"),
                    },
                    1,
                )
            },
            "nationalIdentification": {
                "nationalIdentifier": G(
                    lambda f: (
                        "5299"
                        + "".join(f.pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(14))
                        + digits(f, 2)
                    )
                ),
                "nationalIdentifierType": G(lambda f: "LEIX"),
            },
            "countryOfRegistration": G(lambda f: f.pick(["DE", "LT", "SG", "MT", "IE"])),
        }
    }


_hot = Fake(5353)
# the exchange's own hot wallets: one fixed address per chain, not a person's
HOT_WALLETS = {
    "BTC": [bech32_address(_hot), bech32_address(_hot)],
    "ETH": [eth_address(_hot), eth_address(_hot)],
    "SOL": [wallet(_hot, "SOL")],
    "USDT": [base58check(_hot, 0x41), eth_address(_hot)],
}


def support_body(f: Fake) -> str:
    addr = wallet(f, f.asset)
    return f.pick(
        [
            f"<p>Hi, my withdrawal to {addr} is still pending since yesterday</p>",
            f"<p>Sent {f.asset} from {addr} two hours ago and nothing has been credited.</p>",
            f"<p>Could you please confirm the destination address {addr}? Thanks</p>",
            f"<p>hola, he enviado desde {addr} y no aparece el depósito</p>",
            f"<p>Can you whitelist {addr} for me? It's my Ledger</p>",
            f"<p>Hallo, die Auszahlung an {addr} ist nicht angekommen.</p>",
        ]
    )


EVENTS = [
    # -- identity -------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse", "female", "male"]), "gender"),
            "address": {
                "street": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "nationality": Y(lambda f: f.p.nationality_code, "citizenship"),
            "createdAt": G(ts),
            "kycLevel": G(lambda f: f.r.randint(0, 3)),
            "kycStatus": G(lambda f: f.pick(["not_started", "pending", "approved", "rejected", "approved"])),
            "emailVerified": G(lambda f: f.pick([True, True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["Standard", "Plus", "Metal"])),
            "preferredCurrency": G(lambda f: f.cur),
            "language": G(lambda f: f.pick(["de", "es", "en", "fr", "zh", "ms"])),
            "referralCode": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            ),
            "referredBy": G(uid),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "twoFactorMethod": G(lambda f: f.pick(["totp", "sms", "passkey", "none"])),
            "totalDepositsEur": G(lambda f: amount(f, 0, 80000)),
            "hasCard": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            # a warehouse sync (reverse ETL) that keeps the warehouse's column names
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_NUMBER": Y(lambda f: e164(f, f.p), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.p.dob, "birthdate"),
            "POSTCODE": Y(lambda f: f.p.postcode, "zipcode"),
            "CITY": Y(lambda f: f.p.city, "city"),
            "COUNTRY_CODE": G(lambda f: f.p.country),
            "CUSTOMER_ID": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "KYC_TIER": G(lambda f: f.pick(["TIER_0", "TIER_1", "TIER_2"])),
            "LIFETIME_DEPOSITS_EUR": G(lambda f: amount(f, 0, 120000)),
            "LAST_LOGIN_AT": G(ts),
            "IS_PEP": G(lambda f: f.pick([False, False, False, True])),
            "RISK_RATING": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "group",
        None,
        ["web", "node:user"],
        1,
        {
            "name": G(lambda f: f.company[0]),
            "industry": G(lambda f: f.pick(["Retail", "Software", "Hospitality", "Import/Export"])),
            "plan": G(lambda f: f.pick(["Business Basic", "Business Pro"])),
            "legalForm": G(lambda f: f.company[1]),
            "vatId": G(lambda f: f.company[8]),
            "registrationNumber": G(lambda f: f.company[9]),
            "billingEmail": G(lambda f: f.company[2]),
            "companyPhone": G(lambda f: f.company[3]),
            "registeredAddress": {
                "street": G(lambda f: f.company[4]),
                "city": G(lambda f: f.company[5]),
                "postalCode": G(lambda f: f.company[6]),
                "country": G(lambda f: f.company[7]),
            },
            "createdAt": G(ts),
        },
    ),
    (
        "page",
        "Markets",
        ["web"],
        3,
        {
            "name": G(lambda f: f.pick(["Markets", "Asset Detail", "Pricing", "Earn", "Wallet"])),
            "category": G(lambda f: f.pick(["app", "marketing"])),
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "url": G(lambda f: "https://app.vaultly.eu" + f.pick(WEB_PAGES)),
            "title": G(
                lambda f: f.pick(["Markets | Vaultly", "Bitcoin price in EUR | Vaultly", "Earn | Vaultly"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.es/", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?tab=gainers", "?q=sol"])),
        },
    ),
    (
        "screen",
        "Asset Detail",
        MOBILE,
        3,
        {
            "asset_symbol": G(lambda f: f.asset),
            "chart_range": G(lambda f: f.pick(["1D", "1W", "1M", "1Y", "ALL"])),
            "source": G(lambda f: f.pick(["watchlist", "search", "push", "home_movers"])),
            "is_watchlisted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signup Started",
        ["web"],
        2,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "referral_code": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            ),
            "landing_page": G(lambda f: f.pick(["/es/comprar-bitcoin", "/de/krypto-kaufen", "/sg", "/"])),
            "country_selected": G(lambda f: f.p.country),
            "email_domain": G(lambda f: f.p.email.split("@")[1]),
        },
    ),
    (
        "track",
        "Account Created",
        ["python:user", "node:user"],
        2,
        {
            "user_id": G(uid),
            "full_name": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "signup_platform": G(lambda f: f.pick(["web", "ios", "android"])),
            "country": G(lambda f: f.p.country),
            "promo_code": G(lambda f: f.pick(["", "WELCOME10", "HALVING25", "BIZUM5"])),
            "terms_version": G(lambda f: f.pick(["2024-11", "2025-03"])),
            "accepted_terms_at": G(ts),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Phone Verification Code Sent",
        ["node"],
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "provider": G(lambda f: f.pick(["twilio", "vonage", "messagebird"])),
            "to": Y(lambda f: e164(f, f.p), "phone", True),
            "phone_masked": G(masked_phone),
            "verification_code": RED(lambda f: digits(f, 6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
        },
    ),
    (
        "track",
        "Phone Number Entered",
        ["web", "swift", "kotlin"],
        2,
        {
            "step": G(lambda f: f.pick(["onboarding_phone", "settings_phone"])),
            "input": Y(lambda f: f.p.phone, "phone", True),
            "country_code": G(lambda f: f.p.country),
            "valid": G(lambda f: f.pick([True, True, False])),
            "input_length": G(lambda f: len(f.p.phone)),
        },
    ),
    # -- KYC --------------------------------------------------------------------------------------
    (
        "track",
        "KYC Document Submitted",
        MOBILE,
        2,
        {
            "document_type": G(lambda f: f.doc_type),
            "issuing_country": G(lambda f: f.p.nationality_code),
            "document_number": RED(lambda f: f.doc_number, "passport|national id"),
            "document_expiry_date": G(lambda f: f.date(2026, 2035)),
            "selfie_captured": G(lambda f: f.pick([True, False])),
            "liveness_score": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
            "capture_method": G(lambda f: f.pick(["camera", "upload", "nfc"])),
            "vendor": G(lambda f: f.pick(["Onfido", "Sumsub", "Veriff", "IDnow"])),
            "vendor_applicant_id": G(lambda f: f.uuid()),
            "attempt_number": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "KYC Personal Details Submitted",
        ["python:user", "node:user", "java"],
        2,
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "place_of_birth": Y(lambda f: f.pick([f.p.city, f.q.city]), "city"),
            "nationality": Y(lambda f: f.p.nationality, "citizenship"),
            "tax_residence_country": G(lambda f: f.p.country),
            "tax_identification_number": RED(lambda f: national_id(f, f.p.country), "national id"),
            "residential_address": address_block(line2=True),
            "occupation": G(
                lambda f: f.pick(
                    ["Software Engineer", "Nurse", "Teacher", "Self-employed", "Student", "Enfermera"]
                )
            ),
            "employer": G(
                lambda f: f.pick(["Siemens AG", "Telefónica", "DBS Bank", "Freelance", "Zalando SE", "—"])
            ),
            "is_pep": G(lambda f: f.pick([False, False, True])),
            "us_person": G(lambda f: f.pick([False, False, False, True])),
            "marital_status": G(
                lambda f: f.pick(["single", "married", "divorced", "widowed", "civil_partnership"])
            ),
            "dependants_count": G(lambda f: f.r.randint(0, 4)),
            "age": G(lambda f: f.p.age),
        },
    ),
    (
        "track",
        "Source of Funds Declared",
        ["web", "swift", "kotlin"],
        2,
        {
            "source_of_funds": Many(
                G(
                    lambda f: f.pick(
                        [
                            "salary",
                            "savings",
                            "investments",
                            "inheritance",
                            "business_income",
                            "crypto_mining",
                        ]
                    )
                ),
                3,
            ),
            "annual_income": Y(lambda f: f.r.randint(12, 250) * 1000, "salary"),
            "income_currency": G(lambda f: f.cur),
            "expected_monthly_volume": G(lambda f: f.pick(["<1k", "1k-10k", "10k-50k", ">50k"])),
            "employment_status": G(
                lambda f: f.pick(["employed", "self_employed", "retired", "student", "unemployed"])
            ),
            "industry": G(lambda f: f.pick(["it", "healthcare", "construction", "finance", "hospitality"])),
            "job_title": G(
                lambda f: f.pick(["Product Manager", "Electrician", "Chef", "Consultant", "Ingeniera"])
            ),
            "employer_name": G(
                lambda f: f.pick(["Bosch", "Mercadona", "Grab", "Shopee", "Accenture", "Deutsche Bahn"])
            ),
            "source_of_funds_details": G(
                lambda f: f.pick(
                    [
                        "Monthly salary, saving about 500 EUR per month",
                        "Sale of my flat in Valencia in 2023",
                        "Bonus from employer paid in March",
                        "Inheritance from my grandmother",
                        "Profits from trading on another exchange",
                        "Ersparnisse aus Gehalt",
                        "Ahorros de mi nómina",
                    ]
                )
            ),
            "proof_uploaded": G(lambda f: f.pick([True, False])),
            "proof_document_kind": G(
                lambda f: f.pick(["payslip", "bank_statement", "tax_return", "sale_contract"])
            ),
        },
    ),
    (
        "track",
        "FATCA Self-Certification Submitted",
        ["ruby"],
        1,
        {
            "form_type": G(lambda f: f.pick(["W-9", "W-8BEN"])),
            "us_citizen": G(lambda f: f.pick([True, False])),
            "tin_type": G(lambda f: f.pick(["SSN", "ITIN"])),
            "us_tin": RED(ssn, "social security number"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "signed_at": G(ts),
            "signature_method": G(lambda f: f.pick(["typed", "drawn"])),
        },
    ),
    (
        "track",
        "Singpass MyInfo Retrieved",
        ["node"],
        2,
        {
            "purpose_id": G(lambda f: f.pick(["onboarding", "reverification"])),
            "source": G(lambda f: "singpass"),
            "myinfo": {
                "uinfin": {
                    "value": RED(
                        lambda f: nric(f, f.pick("ST") if f.sg_res[0] != "A" else f.pick("FG")), "national id"
                    )
                },
                "name": {"value": Y(lambda f: Persona(f, "SG").full.upper(), "name")},
                "sex": {
                    "code": Y(lambda f: f.sg_sex[0], "sex|gender"),
                    "desc": Y(lambda f: f.sg_sex[1], "sex|gender"),
                },
                "race": {
                    "code": Y(lambda f: f.sg_race[0], "race"),
                    "desc": Y(lambda f: f.sg_race[1], "race"),
                },
                "nationality": {
                    "code": Y(lambda f: f.sg_nat[0], "citizenship"),
                    "desc": Y(lambda f: f.sg_nat[1], "citizenship"),
                },
                "residentialstatus": {
                    "code": Y(lambda f: f.sg_res[0], "citizenship"),
                    "desc": Y(lambda f: f.sg_res[1], "citizenship"),
                },
                "dob": {"value": Y(lambda f: f.date(1955, 2005), "birthdate")},
                "email": {"value": Y(lambda f: Persona(f, "SG").email, "email")},
                "mobileno": {
                    "prefix": {"value": G(lambda f: "+")},
                    "areacode": {"value": G(lambda f: "65")},
                    "nbr": {"value": Y(lambda f: f.pick("89") + digits(f, 7), "phone")},
                },
                "regadd": {
                    "type": G(lambda f: "SG"),
                    "block": {"value": Y(lambda f: str(f.r.randint(1, 999)), "address")},
                    "building": {
                        "value": Y(
                            lambda f: f.pick(
                                ["PEARL GARDEN", "THE INTERLACE", "SKYVILLE @ DAWSON", "BEDOK COURT"]
                            ),
                            "address",
                        )
                    },
                    "floor": {"value": Y(lambda f: f"{f.r.randint(2, 30):02d}", "address")},
                    "unit": {"value": Y(lambda f: str(f.r.randint(10, 1500)), "address")},
                    "street": {"value": Y(lambda f: f.pick(STREETS["SG"]).upper(), "address|street")},
                    "postal": {"value": Y(lambda f: f"{f.r.randint(10000, 829999):06d}", "zipcode")},
                    "country": {"code": G(lambda f: "SG"), "desc": G(lambda f: "SINGAPORE")},
                },
                "marital": {
                    "code": G(lambda f: f.pick(["1", "2", "5"])),
                    "desc": G(lambda f: f.pick(["SINGLE", "MARRIED", "DIVORCED"])),
                },
                "noa-basic": {
                    "amount": {"value": Y(lambda f: f.r.randint(18000, 260000), "salary")},
                    "yearofassessment": {"value": G(lambda f: f.pick(["2023", "2024"]))},
                },
            },
        },
    ),
    (
        "track",
        "Kundendaten Aktualisiert",
        ["java"],
        2,
        {
            "kundennummer": G(lambda f: "K" + digits(f, 9)),
            "vorname": Y(lambda f: f.p.first, "name"),
            "nachname": Y(lambda f: f.p.last, "name"),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "geburtsort": Y(
                lambda f: f.pick([c for c, _, _ in CITIES["DE"]] + ["Istanbul", "Kraków", "Kyjiw"]), "city"
            ),
            "strasse": Y(lambda f: f.pick(STREETS["DE"]), "address|street"),
            "hausnummer": Y(lambda f: str(f.r.randint(1, 140)) + f.pick(["", "", "a", "b"]), "address"),
            "plz": Y(lambda f: f"{f.r.randint(1067, 99998):05d}", "zipcode"),
            "ort": Y(lambda f: f.pick([c for c, _, _ in CITIES["DE"]]), "city"),
            "land": G(lambda f: f.pick(["DE", "AT"])),
            "handynummer": Y(lambda f: phone(f, "DE"), "phone"),
            "e_mail": Y(lambda f: Persona(f, "DE").email, "email"),
            "steuer_id": RED(steuer_id, "national id"),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "österreichisch", "ukrainisch"]),
                "citizenship",
            ),
            "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden", "verwitwet"])),
            "beruf": G(lambda f: f.pick(["Ingenieurin", "Kaufmann", "Pflegefachkraft", "Lehrer", "Student"])),
            "arbeitgeber": G(lambda f: f.pick(["Siemens AG", "Deutsche Bahn AG", "SAP SE", "selbstständig"])),
            "kirchensteuerpflichtig": Y(lambda f: f.pick([True, False]), "religion"),
            "konfession": Y(lambda f: f.pick(["ev", "rk", "--", "ak", "jd"]), "religion"),
            "kunde_seit": G(lambda f: f.date(2017, 2025)),
        },
    ),
    (
        "track",
        "Alta Cliente Completada",
        ["php"],
        2,
        {
            "id_cliente": G(lambda f: f.r.randint(100000, 999999)),
            "nombre": Y(lambda f: Persona(f, "ES").first, "name"),
            "apellidos": Y(lambda f: Persona(f, "ES").last, "name"),
            "dni_nie": RED(dni, "national id"),
            "fecha_nacimiento": Y(lambda f: "/".join(reversed(f.date(1950, 2005).split("-"))), "birthdate"),
            "telefono_movil": Y(lambda f: phone(f, "ES"), "phone"),
            "correo_electronico": Y(lambda f: Persona(f, "ES").email, "email"),
            "domicilio": Y(lambda f: Persona(f, "ES").street, "address"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1001, 52080):05d}", "zipcode"),
            "municipio": Y(
                lambda f: f.pick([c for c, _, _ in CITIES["ES"]] + ["Getafe", "Hospitalet de Llobregat"]),
                "city",
            ),
            "provincia": G(
                lambda f: f.pick(["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia", "Málaga"])
            ),
            "pais": G(lambda f: "ES"),
            "estado_civil": G(lambda f: f.pick(["soltero", "casada", "divorciado", "pareja de hecho"])),
            "profesion": G(lambda f: f.pick(["Enfermera", "Autónomo", "Profesor", "Estudiante", "Camarero"])),
            "ingresos_anuales": Y(lambda f: f.r.randint(9, 120) * 1000, "salary"),
            "origen_fondos": G(lambda f: f.pick(["nómina", "ahorros", "herencia", "actividad profesional"])),
            "cuenta_iban": RED(lambda f: iban(f, "ES"), "bank account"),
            "acepta_publicidad": G(lambda f: f.pick([True, False])),
            "canal_alta": G(lambda f: f.pick(["app", "web", "oficina"])),
        },
    ),
    (
        "track",
        "Business Account Application Submitted",
        ["web"],
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "company_name": G(
                lambda f: f.pick(["Kontor Nord GmbH", "Panadería Ruiz S.L.", "Lion City Trading Pte. Ltd."])
            ),
            "company_registration_number": G(
                lambda f: f.pick(["HRB " + digits(f, 6), "20" + digits(f, 7) + "K"])
            ),
            "directors": Many(
                {
                    "full_name": Y(lambda f: Persona(f).full, "name"),
                    "date_of_birth": Y(lambda f: f.date(1950, 1998), "birthdate"),
                    "nationality": Y(lambda f: f.pick(["DE", "ES", "SG", "MY", "IN", "TR"]), "citizenship"),
                    "ownership_pct": G(lambda f: f.pick([0, 25, 33.3, 50, 100])),
                    "is_ubo": G(lambda f: f.pick([True, False])),
                    "role": G(lambda f: f.pick(["Geschäftsführer", "Director", "Administrador único"])),
                },
                3,
            ),
        },
    ),
    # -- wallets, withdrawals and the travel rule ---------------------------------------------------
    (
        "track",
        "Deposit Address Generated",
        MOBILE,
        2,
        {
            "asset": G(lambda f: f.asset),
            "network": G(network_of),
            "deposit_address": RED(lambda f: wallet(f, f.asset), WALLET),
            "memo_required": G(lambda f: f.pick([False, False, True])),
            "qr_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        APPS,
        3,
        {
            "withdrawal_id": G(lambda f: "wd_" + f.hexid(16)),
            "asset": G(lambda f: f.asset),
            "network": G(network_of),
            "amount": G(lambda f: amount(f, 5, 20000)),
            "fee": G(lambda f: amount(f, 0.1, 25)),
            "destination_address": RED(lambda f: wallet(f, f.asset), WALLET),
            "destination_tag": G(lambda f: f.pick(["", digits(f, 9), digits(f, 6)])),
            "address_book_label": G(
                lambda f: f.pick(["Ledger Nano", "Cold storage", "Trezor", "MetaMask", "Kraken"])
            ),
            "is_whitelisted": G(lambda f: f.pick([True, False])),
            "travel_rule_required": G(lambda f: f.pick([True, False])),
            "beneficiary_type": G(lambda f: f.pick(["self", "third_party"])),
            "beneficiary_name": Y(lambda f: f.pick([f.p.full, f.q.full]), "name"),
            "beneficiary_vasp": G(
                lambda f: f.pick(["Kraken", "Bitstamp", "Coinbase", "Self-hosted", "Bitpanda"])
            ),
            "two_fa_method": G(lambda f: f.pick(["totp", "sms", "passkey"])),
        },
    ),
    (
        "track",
        "Address Book Entry Added",
        ["web", "swift", "kotlin"],
        1,
        {
            "name": G(
                lambda f: f.pick(["My Ledger", "Cold storage", "Binance", "Trezor Model T", "MetaMask main"])
            ),
            "asset": G(lambda f: f.asset),
            "wallet_address": RED(lambda f: wallet(f, f.asset), WALLET),
            "owner_type": G(lambda f: f.pick(["self", "other_person"])),
            "beneficiary_full_name": Y(lambda f: f.pick([f.p.full, f.q.full]), "name"),
            "ownership_proof": G(lambda f: f.pick(["satoshi_test", "signature", "screenshot"])),
        },
    ),
    (
        "track",
        "Travel Rule Message Sent",
        ["node"],
        2,
        {
            "transferId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["SENT", "ACK", "ACCEPTED", "REJECTED"])),
            "transactionAsset": G(lambda f: f.asset),
            "transactionAmount": G(lambda f: str(f.r.randint(10**4, 10**12))),
            "originatorVASPdid": G(
                lambda f: (
                    "did:ethr:0x"
                    + f.pick(
                        [
                            "5f3b1f0d26c1a4b5e6d7c8b9a0f1e2d3c4b5a697",
                            "9a8b7c6d5e4f30211f2e3d4c5b6a79880f1e2d3c",
                        ]
                    )
                )
            ),
            "beneficiaryVASPdid": G(lambda f: "did:ethr:0x" + f.hexid(40)),
            "transactionBlockchainInfo": {
                "txHash": G(tx_hash),
                "origin": RED(lambda f: f.w_p, WALLET, True),
                "destination": RED(lambda f: f.w_q, WALLET, True),
            },
            "ivms101": {
                "originator": {
                    "originatorPersons": Many(
                        {
                            "naturalPerson": {
                                "name": ivms_name("p"),
                                "geographicAddress": Many(
                                    {
                                        "addressType": G(lambda f: "HOME"),
                                        "streetName": Y(lambda f: f.p.street_name, "address|street"),
                                        "buildingNumber": Y(lambda f: f.p.house, "address"),
                                        "postCode": Y(lambda f: f.p.postcode, "zipcode"),
                                        "townName": Y(lambda f: f.p.city, "city"),
                                        "country": G(lambda f: f.p.country),
                                    },
                                    1,
                                ),
                                "nationalIdentification": {
                                    "nationalIdentifier": RED(
                                        lambda f: f.pick(
                                            [passport_no(f, f.p.country), national_id(f, f.p.country)]
                                        ),
                                        "national id|passport",
                                    ),
                                    "nationalIdentifierType": G(
                                        lambda f: f.pick(["PASSPORT", "NATIONAL_IDENTITY_NUMBER", "TAX_ID"])
                                    ),
                                    "countryOfIssue": G(lambda f: f.p.nationality_code),
                                },
                                "customerIdentification": G(lambda f: str(f.r.randint(10**6, 10**7))),
                                "dateAndPlaceOfBirth": {
                                    "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
                                    "placeOfBirth": Y(lambda f: f.pick([f.p.city, f.q.city]), "city"),
                                },
                                "countryOfResidence": G(lambda f: f.p.country),
                            }
                        },
                        1,
                    ),
                    "accountNumber": Many(RED(lambda f: f.w_p, WALLET), 1),
                },
                "beneficiary": {
                    "beneficiaryPersons": Many({"naturalPerson": {"name": ivms_name("q")}}, 1),
                    "accountNumber": Many(RED(lambda f: f.w_q, WALLET), 1),
                },
                "originatingVASP": {"originatingVASP": vasp(["Vaultly UAB", "Vaultly GmbH"])},
                "beneficiaryVASP": {
                    "beneficiaryVASP": vasp(
                        ["Payward Ltd.", "Bitstamp Europe S.A.", "Bitpanda GmbH", "Independent Reserve SG"]
                    )
                },
            },
        },
    ),
    (
        "track",
        "Custody Transaction Status Updated",
        ["go"],
        2,
        {
            "type": G(lambda f: "TRANSACTION_STATUS_UPDATED"),
            "data": {
                "id": G(lambda f: f.uuid()),
                "createdAt": G(lambda f: f.epoch_ms()),
                "assetId": G(
                    lambda f: {"BTC": "BTC", "ETH": "ETH", "SOL": "SOL", "USDT": "USDT_ERC20"}.get(
                        f.asset, "USDC"
                    )
                ),
                "source": {
                    "id": G(lambda f: f.pick(["0", "1", "4"])),
                    "type": G(lambda f: "VAULT_ACCOUNT"),
                    "name": G(lambda f: f.pick(["Hot Wallet EU", "Hot Wallet SG", "Withdrawals 2"])),
                },
                "destination": {
                    "type": G(lambda f: f.pick(["ONE_TIME_ADDRESS", "EXTERNAL_WALLET"])),
                    "name": G(lambda f: f.pick(["N/A", "Whitelisted"])),
                },
                "sourceAddress": G(lambda f: f.pick(HOT_WALLETS.get(f.asset, HOT_WALLETS["ETH"]))),
                "destinationAddress": RED(lambda f: wallet(f, f.asset), WALLET),
                "destinationTag": G(lambda f: f.pick(["", digits(f, 8)])),
                "amount": G(lambda f: float(crypto_amount(f))),
                "networkFee": G(lambda f: round(f.r.uniform(0.00001, 0.004), 8)),
                "amountUSD": G(lambda f: amount(f, 10, 50000)),
                "status": G(
                    lambda f: f.pick(["SUBMITTED", "BROADCASTING", "CONFIRMING", "COMPLETED", "FAILED"])
                ),
                "txHash": G(tx_hash),
                "note": G(lambda f: f"Withdrawal wd_{f.hexid(16)} for customer {f.r.randint(10**6, 10**7)}"),
                "customerRefId": G(lambda f: f.r.randint(10**6, 10**7)),
            },
        },
    ),
    (
        "track",
        "Deposit Credited",
        ["python", "go"],
        2,
        {
            "deposit_id": G(lambda f: "dep_" + f.hexid(16)),
            "asset": G(lambda f: f.asset),
            "amount": G(lambda f: amount(f, 5, 20000)),
            "deposit_address": RED(lambda f: wallet(f, f.asset), WALLET),
            "tx_hash": G(tx_hash),
            "confirmations": G(lambda f: f.r.randint(1, 64)),
            "credited_at": G(ts),
        },
    ),
    (
        "track",
        "withdrawal-screened",
        ["node"],
        1,
        {
            "withdrawal-id": G(lambda f: "wd_" + f.hexid(16)),
            "asset-symbol": G(lambda f: f.asset),
            "destination-address": RED(lambda f: wallet(f, f.asset), WALLET),
            "risk-score": G(lambda f: f.r.randint(0, 100)),
            "screening-provider": G(lambda f: f.pick(["chainalysis", "elliptic", "trm"])),
            "requested-by": G(uid),
            "reviewed-by": Y(lambda f: f.s.email, "email", True),
            "auto-approved": G(lambda f: f.pick([True, False])),
            "rule-hits": Many(
                G(lambda f: f.pick(["new_address", "high_value", "sanctioned_exposure", "velocity"])), 2
            ),
        },
    ),
    # -- cards ----------------------------------------------------------------------------------
    (
        "track",
        "Card Top-Up Completed",
        ["web", "node:user"],
        2,
        {
            "topup_id": G(lambda f: "tu_" + f.hexid(20)),
            "amount": G(lambda f: amount(f, 10, 2000)),
            "currency": G(lambda f: f.cur),
            "fee": G(lambda f: amount(f, 0, 30)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "maestro"])),
            "card_last4": G(card_last4),
            "card_bin": G(lambda f: f.pick(["535522", "427138", "516292", "489396", "545454"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_country": G(lambda f: f.p.country),
            "payment_method_token": RED(
                lambda f: (
                    f.pick(["pm_", "tok_", "src_"])
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "three_ds_version": G(lambda f: f.pick(["2.1.0", "2.2.0"])),
            "three_ds_result": G(lambda f: f.pick(["authenticated", "frictionless", "challenge_failed"])),
            "psp": G(lambda f: f.pick(["adyen", "checkout_com", "stripe"])),
            "psp_reference": G(lambda f: digits(f, 16)),
            "cardholder_name": Y(lambda f: f.p.full.upper(), "name"),
            "billing_address": address_block(),
            "customer_email": Y(lambda f: f.p.email, "email"),
            "customer_ip": Y(lambda f: f.ipv4(), "ip"),
            "is_first_topup": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Form Validation Failed",
        ["web"],
        1,
        {
            "field": G(lambda f: f.pick(["card_number", "expiry", "cvc"])),
            "error_code": G(lambda f: f.pick(["invalid_number", "incomplete", "expired"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_number_length": G(lambda f: f.pick([15, 16, 19])),
        },
    ),
    (
        "track",
        "Card Ordered",
        MOBILE,
        1,
        {
            "card_type": G(lambda f: f.pick(["physical", "virtual"])),
            "card_design": G(lambda f: f.pick(["Midnight", "Coral", "Metal Silver", "Sakura"])),
            "name_on_card": Y(lambda f: f.p.full.upper(), "name"),
            "delivery_address": address_block(line2=True),
            "shipping_method": G(lambda f: f.pick(["standard", "express"])),
            "fee": G(lambda f: amount(f, 0, 15)),
        },
    ),
    (
        "track",
        "Card Activated",
        MOBILE,
        1,
        {
            "card_id": G(lambda f: f.uuid()),
            "last_four": G(card_last4),
            "activation_code": RED(lambda f: digits(f, 6), "token"),
            "activated_via": G(lambda f: f.pick(["app", "first_pin_transaction"])),
        },
    ),
    (
        "track",
        "Card Transaction Authorized",
        ["go"],
        2,
        {
            "type": G(lambda f: f.pick(["authorization", "authorization.clearing", "refund"])),
            "state": G(lambda f: f.pick(["PENDING", "COMPLETION", "DECLINED"])),
            "token": G(lambda f: f.uuid()),
            "user_token": G(lambda f: f.uuid()),
            "card_token": RED(lambda f: f.uuid(), "token"),
            "amount": G(lambda f: amount(f, 1, 900)),
            "currency_code": G(lambda f: f.cur),
            "network": G(lambda f: f.pick(["VISA", "MASTERCARD"])),
            "card": {"last_four": G(card_last4)},
            "card_acceptor": {
                "mid": G(lambda f: digits(f, 15)),
                "mcc": G(lambda f: f.pick(["5411", "5812", "4111", "5999", "7011"])),
                "name": G(
                    lambda f: f.pick(
                        ["REWE Markt GmbH", "MERCADONA S.A.", "FAIRPRICE FINEST", "Uber *Trip", "Bolt.eu"]
                    )
                ),
                "city": G(lambda f: f.pick(["Berlin", "Valencia", "Singapore", "Amsterdam", "Tallinn"])),
                "country_code": G(lambda f: f.pick(["DEU", "ESP", "SGP", "NLD", "EST"])),
            },
        },
    ),
    # -- bank transfers ----------------------------------------------------------------------------
    (
        "track",
        "Beneficiary Added",
        ["web", "rn"],
        2,
        {
            "beneficiary": {
                "name": Y(lambda f: f.q.full, "name"),
                "iban": RED(lambda f: iban(f), "bank account"),
                "bic": G(
                    lambda f: f.pick(
                        ["COBADEFFXXX", "BBVAESMMXXX", "INGBNL2A", "REVOLT21", "NTSBDEB1XXX", "CAIXESBBXXX"]
                    )
                ),
                "bank_name": G(
                    lambda f: f.pick(["Commerzbank", "BBVA", "ING", "Revolut", "N26", "CaixaBank"])
                ),
                "country": G(lambda f: f.q.country),
                "type": G(lambda f: f.pick(["individual", "business"])),
                "relationship": G(lambda f: f.pick(["family", "friend", "landlord", "self", "other"])),
                "email": Y(lambda f: f.q.email, "email"),
                "address": Y(lambda f: f"{f.q.street}, {f.q.postcode} {f.q.city}", "address"),
            },
            "payee_verification_result": G(
                lambda f: f.pick(["MATCH", "CLOSE_MATCH", "NO_MATCH", "NOT_POSSIBLE"])
            ),
            "payee_verification_suggested_name": Y(lambda f: f.q.full, "name"),
        },
    ),
    (
        "track",
        "Field Autofilled",
        ["web", "rn"],
        1,
        {
            "source": G(lambda f: f.pick(["clipboard", "contacts", "qr_code"])),
            "field": {"name": G(lambda f: "iban"), "value": RED(lambda f: iban(f), "bank account", True)},
        },
    ),
    (
        "track",
        "Button Clicked",
        ["rn", "flutter"],
        2,
        {
            "screen": G(lambda f: f.pick(["transfer_review", "payee_detail"])),
            "button_id": G(lambda f: f.pick(["btn_confirm_transfer", "btn_send_again"])),
            "label": Y(
                lambda f: f.pick(
                    ["Send {} to {}", "Pay {} to {}", "Enviar {} a {}", "{} an {} senden"]
                ).format(f"{f.cur} {amount(f, 5, 500):.2f}", f.q.full),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Überweisung Ausgeführt",
        ["java"],
        2,
        {
            "auftragsnummer": G(lambda f: "UE-" + digits(f, 10)),
            "betrag": G(lambda f: amount(f, 1, 5000)),
            "waehrung": G(lambda f: "EUR"),
            "empfaenger": {
                "name": Y(lambda f: Persona(f, "DE").full, "name"),
                "iban": RED(lambda f: iban(f, f.pick(["DE", "DE", "AT", "NL"])), "bank account"),
                "bic": G(
                    lambda f: f.pick(["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1M04", "BYLADEM1001", "OPSKATWW"])
                ),
                "bank": G(
                    lambda f: f.pick(["Commerzbank", "Deutsche Bank", "Sparkasse KölnBonn", "Volksbank"])
                ),
            },
            "verwendungszweck": G(
                lambda f: f.pick(
                    [
                        "Miete Juni",
                        "Rechnung 2025-0113",
                        "Nebenkosten 2024",
                        "Geschenk",
                        "Kaution",
                        "Beitrag Sportverein",
                    ]
                )
            ),
            "ausfuehrungsdatum": G(lambda f: f.date(2025, 2025)),
            "echtzeitueberweisung": G(lambda f: f.pick([True, False])),
            "ist_dauerauftrag": G(lambda f: f.pick([True, False])),
            "kontostand_danach": G(lambda f: amount(f, -500, 20000)),
            "kategorie": G(lambda f: f.pick(["Wohnen", "Freizeit", "Familie", "Sonstiges"])),
        },
    ),
    (
        "track",
        "Bizum Enviado",
        ["php"],
        2,
        {
            "id_operacion": G(lambda f: digits(f, 12)),
            "importe": G(lambda f: amount(f, 1, 500)),
            "concepto": G(
                lambda f: f.pick(
                    ["cena viernes", "lotería", "alquiler", "🍕🍕", "regalo cumple", "entradas concierto"]
                )
            ),
            "telefono_destinatario": Y(lambda f: phone(f, "ES"), "phone"),
            "nombre_destinatario": Y(lambda f: Persona(f, "ES").full, "name"),
            "telefono_ordenante": Y(lambda f: phone(f, "ES"), "phone"),
            "estado": G(lambda f: f.pick(["completado", "pendiente", "rechazado"])),
        },
    ),
    (
        "track",
        "PayNow Transfer Sent",
        ["flutter"],
        2,
        {
            "transfer_id": G(lambda f: "PN" + digits(f, 12)),
            "amount": G(lambda f: amount(f, 1, 3000)),
            "currency": G(lambda f: "SGD"),
            "proxyType": G(lambda f: "MOBILE"),
            "proxyValue": Y(lambda f: "+65" + f.pick("89") + digits(f, 7), "phone", True),
            "recipient_display_name": Y(lambda f: Persona(f, "SG").full.upper(), "name"),
            "reference": G(lambda f: f.pick(["lunch", "rent Mar", "ang bao", "CNY dinner", "grab share"])),
            "is_favourite": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["java", "python"],
        1,
        {
            "mandate_reference": G(lambda f: "MNDT-" + digits(f, 10)),
            "creditor_name": G(
                lambda f: f.pick(
                    [
                        "Vodafone GmbH",
                        "Iberdrola Clientes S.A.U.",
                        "Urban Sports Club",
                        "Allianz Versicherungs-AG",
                    ]
                )
            ),
            "creditor_identifier": G(
                lambda f: f.pick(["DE98ZZZ09999999999", "ES19001A48010615", "DE49ZZZ00000012345"])
            ),
            "debtor_name": Y(lambda f: f.p.full, "name"),
            "debtor_iban": RED(lambda f: iban(f, f.pick(["DE", "ES", "LT"])), "bank account"),
            "sequence_type": G(lambda f: f.pick(["FRST", "RCUR", "OOFF"])),
            "signed_at": G(ts),
        },
    ),
    (
        "track",
        "Salary Received",
        ["python"],
        1,
        {
            "salary_amount": Y(lambda f: amount(f, 1200, 9000), "salary"),
            "currency": G(lambda f: f.cur),
            "employer_name": G(
                lambda f: f.pick(["Bosch", "Mercadona", "Grab", "Shopee", "Accenture", "Deutsche Bahn"])
            ),
            "payroll_date": G(lambda f: f.date(2025, 2025)),
            "detected_by": G(lambda f: f.pick(["rule", "ml_model"])),
        },
    ),
    (
        "track",
        "Junior Account Opened",
        ["rn", "web"],
        1,
        {
            "child_first_name": Y(lambda f: f.q.first, "name"),
            "child_last_name": Y(lambda f: f.p.last, "name"),
            "child_date_of_birth": Y(lambda f: f.date(2008, 2019), "birthdate"),
            "child_age": G(lambda f: f.r.randint(6, 17)),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "allowance_amount": G(lambda f: f.pick([5, 10, 20, 30])),
            "allowance_frequency": G(lambda f: f.pick(["weekly", "monthly"])),
        },
    ),
    # -- earn, tax, referrals ---------------------------------------------------------------------
    (
        "track",
        "Staking Position Opened",
        [*MOBILE, "web"],
        2,
        {
            "position_id": G(lambda f: f.uuid()),
            "product_name": G(lambda f: f.pick(["ETH Flexible Staking", "SOL 30-day Lock", "DOT Staking"])),
            "asset": G(lambda f: f.asset),
            "amount": G(lambda f: amount(f, 5, 20000)),
            "apr": G(lambda f: round(f.r.uniform(1.5, 9), 2)),
            "validator": G(lambda f: f.pick(["Figment", "Chorus One", "Kiln", "P2P.org"])),
            "lockup_days": G(lambda f: f.pick([0, 7, 30, 90])),
            "auto_compound": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Report Generated",
        ["web"],
        1,
        {
            "tax_year": G(lambda f: f.pick([2023, 2024])),
            "jurisdiction": G(lambda f: f.p.country),
            "report_type": G(
                lambda f: f.pick(["Anlage SO", "Modelo 100", "IRAS income", "Déclaration 2086"])
            ),
            "cost_basis_method": G(lambda f: f.pick(["FIFO", "LIFO", "average_cost"])),
            "realized_gain_eur": G(lambda f: amount(f, -5000, 40000)),
            "transactions_count": G(lambda f: f.r.randint(3, 4000)),
            "taxpayer_name": Y(lambda f: f.p.full, "name"),
            "tax_id": RED(lambda f: national_id(f, f.p.country), "national id"),
            "file_url": G(lambda f: f"https://reports.vaultly.eu/tax/{f.uuid()}.pdf"),
            "delivered_to": Y(lambda f: f.p.email, "email", True),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["rn", "web", "swift"],
        2,
        {
            "referral_code": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            ),
            "channel": G(lambda f: "email"),
            "invitee_email": Y(lambda f: f.q.email, "email"),
            "invitee_name": Y(lambda f: f.q.first, "name"),
            "reward_offer": G(lambda f: f.pick(["25 EUR in BTC", "10 SGD", "0 fees 30 days"])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Referral Reward Granted",
        ["ruby"],
        1,
        {
            "referrer_id": G(uid),
            "referee_id": G(uid),
            "referee_first_name": Y(lambda f: f.q.first, "name"),
            "reward_amount": G(lambda f: f.pick([10, 25, 50])),
            "reward_asset": G(lambda f: f.pick(["BTC", "EUR", "SGD"])),
            "qualifying_trade_volume": G(lambda f: amount(f, 100, 5000)),
            "campaign": G(lambda f: f.pick(["referral_q2", "referral_summer"])),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn"],
        1,
        {
            "permission_status": G(lambda f: f.pick(["granted", "limited"])),
            "contacts_total": G(lambda f: f.r.randint(10, 900)),
            "contacts_matched": G(lambda f: f.r.randint(0, 40)),
            "matched": Many(
                {
                    "display_name": Y(lambda f: Persona(f).full, "name"),
                    "phone_sha256": Y(lambda f: sha(e164(f, Persona(f))), "phone"),
                    "user_id": G(uid),
                },
                4,
            ),
        },
    ),
    # -- e-commerce spec: buying crypto and plans -----------------------------------------------------
    (
        "track",
        "Products Searched",
        APPS,
        2,
        {"query": G(lambda f: f.pick(["sol", "pepe", "ethereum", "usdc", "staking", "btc eur"]))},
    ),
    (
        "track",
        "Product Viewed",
        APPS,
        2,
        {
            "product_id": G(lambda f: f.asset.lower() + "-" + f.cur.lower()),
            "sku": G(lambda f: f.asset + "-" + f.cur),
            "name": G(
                lambda f: {
                    "BTC": "Bitcoin",
                    "ETH": "Ethereum",
                    "SOL": "Solana",
                    "USDT": "Tether",
                    "USDC": "USD Coin",
                }[f.asset]
            ),
            "category": G(lambda f: f.pick(["crypto", "stablecoin"])),
            "price": G(lambda f: amount(f, 0.9, 95000)),
            "currency": G(lambda f: f.cur),
            "value": G(lambda f: amount(f, 1, 5000)),
        },
    ),
    (
        "track",
        "Order Completed",
        APPS,
        3,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["Vaultly Web", "Vaultly iOS", "Vaultly Android"])),
            "total": G(lambda f: amount(f, 10, 10000)),
            "revenue": G(lambda f: amount(f, 0.1, 150)),
            "currency": G(lambda f: f.cur),
            "payment_method": G(lambda f: f.pick(["card", "sepa_instant", "balance", "apple_pay", "paynow"])),
            "coupon": G(lambda f: f.pick(["", "", "ZEROFEE", "HALVING25"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.asset.lower() + "-" + f.cur.lower()),
                    "sku": G(lambda f: f.asset + "-" + f.cur),
                    "name": G(
                        lambda f: {
                            "BTC": "Bitcoin",
                            "ETH": "Ethereum",
                            "SOL": "Solana",
                            "USDT": "Tether",
                            "USDC": "USD Coin",
                        }[f.asset]
                    ),
                    "price": G(lambda f: amount(f, 0.9, 95000)),
                    "quantity": G(lambda f: float(crypto_amount(f))),
                },
                2,
            ),
        },
    ),
    # -- security ---------------------------------------------------------------------------------
    (
        "track",
        "Login Succeeded",
        ["node:user"],
        2,
        {
            "method": G(lambda f: f.pick(["password", "passkey", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "none"])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "geo_city": Y(lambda f: f.p.city, "city"),
            "geo_country": G(lambda f: f.p.country),
            "new_device": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "session_token": RED(jwt, "token"),
            "password_age_days": G(lambda f: f.r.randint(0, 900)),
            "failed_password_attempts": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["node:user"],
        1,
        {
            "username": Y(lambda f: f.p.email, "email"),
            "reason": G(lambda f: f.pick(["wrong_password", "mfa_failed", "account_locked"])),
            "failure_count": G(lambda f: f.r.randint(1, 6)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "API Key Created",
        ["web"],
        1,
        {
            "api_key_id": G(lambda f: f.uuid()),
            "key_label": G(lambda f: f.pick(["Trading bot", "Koinly sync", "3Commas", "Portfolio tracker"])),
            "api_key": RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(64)
                ),
                "secret",
            ),
            "permissions": Many(G(lambda f: f.pick(["read", "trade", "withdraw"])), 3),
            "ip_whitelist": Many(Y(lambda f: f.ipv4(), "ip"), 3),
            "expires_at": G(ts),
        },
    ),
    # -- support and compliance -------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        APPS,
        2,
        {
            "topic": G(lambda f: f.pick(["withdrawals", "card", "kyc", "transfer", "other"])),
            "language": G(lambda f: f.pick(["de", "es", "en", "zh"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "Please call me back on {}",
                        "My card is blocked, my number is {}",
                        "Llamadme al {} por favor, no puedo acceder",
                        "Bitte um Rückruf unter {}",
                        "can someone whatsapp me at {}",
                    ]
                ).format(f.p.phone),
                "phone",
                True,
            ),
            "is_vip": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Preferences Updated",
        ["web", "rn"],
        1,
        {
            "preferred_channel": G(lambda f: f.pick(["chat", "phone", "email"])),
            "callback_number": Y(lambda f: f.p.phone, "phone"),
            "best_time_to_call": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "screen reader user",
                            "hearing impairment",
                            "dyslexia",
                            "wheelchair user",
                            "low vision",
                        ]
                    ),
                    "disability",
                ),
                2,
            ),
            "large_text": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversation Replied",
        ["node"],
        2,
        {
            "conversation_id": G(lambda f: digits(f, 12)),
            "part": {
                "id": G(lambda f: digits(f, 10)),
                "part_type": G(lambda f: f.pick(["comment", "note"])),
                "body": RED(support_body, WALLET, True),
                "author": {
                    "type": G(lambda f: f.pick(["user", "admin"])),
                    "id": G(lambda f: f.hexid(24)),
                    "name": Y(lambda f: f.pick([f.p.full, f.s.full]), "name"),
                    "email": Y(lambda f: f.pick([f.p.email, f.s.email]), "email"),
                },
            },
            "assignee": {"name": Y(lambda f: f.s.full, "name"), "email": Y(lambda f: f.s.email, "email")},
            "tags": Many(G(lambda f: f.pick(["withdrawal_delay", "kyc", "vip", "de", "es"])), 2),
            "custom_attributes": {
                "Category": G(lambda f: f.pick(["Withdrawals", "Deposits", "Card"])),
                "Priority Tier": G(lambda f: f.pick(["P1", "P2", "P3"])),
            },
            "first_response_secs": G(lambda f: f.r.randint(20, 7200)),
            "sla_breached": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["web"],
        1,
        {
            "q": Y(lambda f: f.q.email, "email", True),
            "search_field": G(lambda f: "email"),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "analyst_id": G(lambda f: "stf_" + digits(f, 4)),
            "tool": G(lambda f: "backoffice"),
        },
    ),
    (
        "track",
        "Compliance Case Updated",
        ["dotnet"],
        2,
        {
            "CaseId": G(lambda f: "CASE-" + digits(f, 7)),
            "CaseType": G(lambda f: f.pick(["TM_ALERT", "SANCTIONS_HIT", "SOF_REVIEW", "EDD"])),
            "SubjectUserId": G(uid),
            "SubjectName": Y(lambda f: f.p.full, "name"),
            "AssignedAnalyst": Y(lambda f: f.s.full, "name"),
            "AnalystEmail": Y(lambda f: f.s.email, "email"),
            "RiskRating": G(lambda f: f.pick(["Low", "Medium", "High"])),
            "Decision": G(lambda f: f.pick(["Escalated", "Closed - No Action", "Offboard", "Request Info"])),
            "Notes": Y(
                lambda f: f.pick(
                    [
                        "Called customer on {}, confirmed employer and salary.",
                        "Left voicemail at {}. Awaiting payslips.",
                        "Customer confirmed via {} that funds come from sale of property.",
                        "Spoke to client ({}) - explained the large deposit as inheritance.",
                    ]
                ).format(f.p.phone),
                "phone",
                True,
            ),
            "SarFiled": G(lambda f: f.pick([False, False, True])),
            "ScreeningProvider": G(
                lambda f: f.pick(["ComplyAdvantage", "Refinitiv World-Check", "Dow Jones"])
            ),
            "MatchScore": G(lambda f: round(f.r.uniform(0, 1), 2)),
            "MatchedEntityName": Y(
                lambda f: f.pick(
                    [
                        "Ivan Petrov",
                        "Viktor Sergeyevich Orlov",
                        "Ali Reza Karimi",
                        "Kim Chol Su",
                        "Maria Lopes da Silva",
                    ]
                ),
                "name",
            ),
            "DueDate": G(lambda f: f.date(2025, 2025)),
            "SlaHours": G(lambda f: f.pick([24, 48, 72])),
        },
    ),
    (
        "track",
        "Sanctions Screening Completed",
        ["dotnet", "java"],
        1,
        {
            "ScreenedName": Y(lambda f: f.p.full, "name"),
            "DateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
            "Hits": G(lambda f: f.r.randint(0, 5)),
            "ListsChecked": Many(G(lambda f: f.pick(["EU", "OFAC SDN", "UN", "MAS", "HMT"])), 4),
            "Outcome": G(lambda f: f.pick(["CLEAR", "POTENTIAL_MATCH", "CONFIRMED_MATCH"])),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["web", "swift", "kotlin"],
        1,
        {
            "trusted_contact": {
                "first_name": Y(lambda f: f.q.first, "name"),
                "last_name": Y(lambda f: f.q.last, "name"),
                "phone": Y(lambda f: f.q.phone, "phone"),
                "email": Y(lambda f: f.q.email, "email"),
                "relationship": G(lambda f: f.pick(["spouse", "sibling", "parent", "friend", "lawyer"])),
            },
            "purpose": G(lambda f: f.pick(["account_recovery", "inheritance"])),
        },
    ),
    (
        "track",
        "Email Changed",
        ["node:user"],
        1,
        {
            "old_email": Y(lambda f: f.p.email, "email"),
            "new_email": Y(lambda f: Persona(f, f.p.country).email, "email"),
            "confirmed_via": G(lambda f: f.pick(["link", "otp"])),
            "changes_last_90d": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "SEPA Credit Received",
        ["go", "java"],
        2,
        {
            "end_to_end_id": G(
                lambda f: f.pick(["NOTPROVIDED", "E2E" + digits(f, 14), f.uuid().replace("-", "")[:30]])
            ),
            "amount": G(lambda f: amount(f, 1, 5000)),
            "currency": G(lambda f: "EUR"),
            "debtor_name": Y(lambda f: f.q.full, "name"),
            "debtor_iban": RED(lambda f: iban(f), "bank account"),
            "debtor_bic": G(
                lambda f: f.pick(["COBADEFFXXX", "BBVAESMMXXX", "INGBNL2A", "REVOLT21", "BNPAFRPPXXX"])
            ),
            "creditor_iban": RED(lambda f: iban(f, f.pick(["LT", "DE", "ES"])), "bank account"),
            "remittance_information": G(
                lambda f: f.pick(
                    ["Rechnung 4471", "Devolución", "Salary June", "Refund order 99182", "Miete"]
                )
            ),
            "instant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "KYC Applicant Reviewed",
        ["python"],
        2,
        {
            "type": G(lambda f: "applicantReviewed"),
            "applicantId": G(lambda f: f.hexid(24)),
            "externalUserId": G(uid),
            "levelName": G(lambda f: f.pick(["basic-kyc-level", "eu-enhanced", "sg-myinfo"])),
            "reviewStatus": G(lambda f: "completed"),
            "reviewResult": {
                "reviewAnswer": G(lambda f: f.pick(["GREEN", "GREEN", "RED"])),
                "rejectLabels": Many(
                    G(
                        lambda f: f.pick(
                            ["DOCUMENT_DAMAGED", "SELFIE_MISMATCH", "FORGERY", "BAD_PROOF_OF_ADDRESS"]
                        )
                    ),
                    2,
                ),
                "reviewRejectType": G(lambda f: f.pick(["RETRY", "FINAL"])),
            },
            "info": {
                "firstName": Y(lambda f: f.p.first, "name"),
                "lastName": Y(lambda f: f.p.last, "name"),
                "dob": Y(lambda f: f.p.dob, "birthdate"),
                "country": G(
                    lambda f: {
                        "DE": "DEU",
                        "ES": "ESP",
                        "SG": "SGP",
                        "FR": "FRA",
                        "NL": "NLD",
                        "IT": "ITA",
                    }.get(f.p.country, "LTU")
                ),
                "idDocs": Many(
                    {
                        "idDocType": G(lambda f: f.doc_type.upper()),
                        "number": RED(lambda f: f.doc_number, "passport|national id"),
                        "validUntil": G(lambda f: f.date(2026, 2035)),
                    },
                    1,
                ),
            },
            "createdAtMs": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        2,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Transfer not received",
                            "Wrong IBAN on statement",
                            "Refund to my account",
                            "Überweisung fehlt",
                        ]
                    )
                ),
                "description": RED(
                    lambda f: f.pick(
                        [
                            "I sent money from {} three days ago and it's still not in my account.",
                            "Please refund to {} instead, the old account is closed.",
                            "Mi IBAN es {} y la transferencia no ha llegado",
                            "Die Überweisung von {} ist nicht angekommen.",
                        ]
                    ).format(iban(f)),
                    "bank account",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "api"]))},
                "requester": {
                    "name": Y(lambda f: f.p.full, "name"),
                    "email": Y(lambda f: f.p.email, "email"),
                    "phone": Y(lambda f: f.p.phone, "phone"),
                },
                "assignee": {"name": Y(lambda f: f.s.full, "name"), "email": Y(lambda f: f.s.email, "email")},
                "tags": Many(G(lambda f: f.pick(["sepa", "refund", "de", "es", "priority_customer"])), 3),
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.pick([360012345678, 360098765432, 360011122233])),
                        "value": G(lambda f: f.pick(["transfers", "cards", "kyc", "tier_2", None])),
                    },
                    2,
                ),
            }
        },
    ),
    # -- ad platforms -----------------------------------------------------------------------------
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        2,
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Purchase", "Lead"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: sha(f.p.email), "email"),
                "ph": Y(lambda f: sha(e164(f, f.p).lstrip("+")), "phone"),
                "fn": Y(lambda f: sha(f.p.first), "name"),
                "ln": Y(lambda f: sha(f.p.last), "name"),
                "ct": Y(lambda f: sha(f.p.city.replace(" ", "")), "city"),
                "zp": Y(lambda f: sha(f.p.postcode.replace(" ", "")), "zipcode"),
                "country": G(lambda f: sha(f.p.country)),
                "external_id": G(lambda f: sha(uid(f))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            },
            "custom_data": {"currency": G(lambda f: f.cur), "value": G(lambda f: amount(f, 10, 2000))},
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake53(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in EVENTS:
            for _ in range(weight):
                f.new_message()
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if not client.startswith("web") else "ajs-next-" + f.hexid(32),
                    "timestamp": ts(f),
                    "anonymousId": f.uuid(),
                    "userId": uid(f),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "biz_" + f.hexid(10)
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client), f, "context", labels)
                events.append(msg)
        # an alias when a signed-up visitor is first identified: only a context to scan
        f.new_message()
        alias = {
            "type": "alias",
            "previousId": f.uuid(),
            "userId": uid(f),
            "messageId": f.uuid(),
            "timestamp": ts(f),
        }
        alias["context"] = render(context_for("web"), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=53, repeats=18)
    write(Path(__file__).parent, "holdout53_", events, labels)
