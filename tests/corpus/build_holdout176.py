"""Writes holdout176: tests/corpus/holdout176_events.jsonl and holdout176_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Only build.py's helpers
(L/G/Y/RED/Many/render/write), fake.py and build_holdout3.py's format were read.

What it covers: one Segment customer, a car-rental company ("Atlantis Drive") with a booking
website, iOS / Android / React Native / Flutter apps and counters in Greece, Portugal and Morocco.
Bookings with drivers' licences and additional drivers, deposits and card pre-authorisations
(Stripe- and Adyen-shaped payloads, a legacy Moroccan gateway), pick-up and return with odometer
and fuel readings, damage and accident reports with photos and free text, tolls and traffic fines
passed to the renter, roadside assistance, loyalty and corporate accounts, marketing (gclid, a
Meta Conversions API payload, SMS and e-mail sends). Calls: identify, track, page, screen, group
and alias, with the `context` blocks of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
location).

Conventions: mostly camelCase (apps) and snake_case (web, servers); about 15 % of keys are
PascalCase (.NET counter system), kebab-case (a broker webhook's headers and body),
SCREAMING_SNAKE (a warehouse reverse-ETL identify), Twilio's PascalCase webhook fields, and
keys in Portuguese (Portugal's PHP backend), French (Morocco's Java backend) and transliterated
Greek (a Greek branch system).

Values: names from Greek, Portuguese, Moroccan and visitors' cultures; national phone formats
(GR, PT, MA, UK, DE, FR, NL, PL, US, IN); Portuguese NIF and Greek AFM with valid check digits,
Portuguese Cartão de Cidadão numbers with valid check characters,
Moroccan CIN; IBANs (GR, PT, MA, DE, FR, NL, ES) with mod-97 check digits; Luhn-valid cards;
VINs with valid check digits; Greek, Portuguese and Moroccan plates.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the renter, an additional driver, another party in
  an accident, a witness, a referred friend, an emergency contact, staff and partners' staff).
  Colour is the reference matcher's default; outside the reference: red for credentials, secrets,
  payment tokens, one-time codes, card numbers, bank accounts, government ids; yellow otherwise.
- Green: ids we or a vendor issue (booking refs, agreement, invoice, ATCUD, myDATA MARK, payment
  intent ids, PSP references, authorisation codes, Message-IDs, police-report and fine numbers),
  loyalty, member and frequent-flyer numbers (even Luhn-valid ones), versions, timestamps,
  hashes of non-PII (photo digests, card fingerprints), amounts, counters, enums and booleans under
  PII-sounding keys, ages and age bands, vehicle models and groups, odometer and fuel readings,
  branches' and companies' own names, phones, role mailboxes, addresses, coordinates and VAT
  numbers (a company's NIF / AFM / ICE is not a person's), hotels, airlines, flights, pets,
  searched places, countries, locales, currencies, user agents, OS analytics device ids. Card
  brand, BIN, last four and expiry are green; BIC / SWIFT is green.
- Policy cases applied: vehicle plates yellow `license`, VINs and telematics IMEIs yellow
  `serial`; driving-licence numbers yellow `license` (the reference's own matcher and colour);
  passport and ID-card numbers, NIF, AFM and CIN red `national id` / `passport`; insurers'
  policy numbers yellow `identification`; billing addresses yellow `address`; gclid, fbclid,
  fbp, fbc yellow `advertising id`; Stripe `pm_` ids, Adyen recurring references, client
  secrets, OTPs in SMS bodies and sign-in link tokens red; hourly rates yellow `salary`.
- Author's calls where the policy is silent (what a careful privacy owner would want flagged):
  push tokens red `token` (as build.py); an honorific (Mr / Ms / Mrs / Miss / Mx) under `title`
  is yellow `gender`, value_only; a SHA-256 of the renter's e-mail or phone sent to an ad
  platform (Meta CAPI `em`, `ph`) is labelled as the thing it hashes (yellow), because it is a
  matching key for that person; the car's telematics position and the user's phone position are
  yellow `geolocation`, while branch coordinates and the text of a road / camera location in a
  fine are green; damage photos of the car are green, while a selfie, an avatar or a scan of a
  licence is yellow `photo`; a hand-controls / wheelchair flag is red `disability`; "driver
  injured" and "needs medical assistance" flags are yellow `condition`; traffic offences are
  green enums.
- value_only is true when the key does not say what the value is (`value`, `note`, `text`,
  `Body`, `q`, `input`, `link`, `recipient`, `contact.value`, `title`). Every value of a
  value_only PII path carries that PII (the generators guarantee it); free-text paths whose
  values never carry PII are green.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

NAMES = {
    "gr": (
        ["Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Maria", "Konstantinos", "Sofia", "Yiannis"],
        ["Papadopoulos", "Konstantinou", "Georgiou", "Nikolaidis", "Vlachou", "Oikonomou", "Karagiannis"],
    ),
    "pt": (
        ["João", "Ana", "Tiago", "Inês", "Rui", "Beatriz", "Gonçalo", "Mariana", "Duarte"],
        ["Ferreira", "Sousa", "Rodrigues", "Carvalho", "Gonçalves", "Pereira", "Magalhães", "Antunes"],
    ),
    "ma": (
        ["Youssef", "Fatima Zahra", "Mehdi", "Salma", "Hamza", "Khadija", "Anas", "Imane", "Othmane"],
        ["El Amrani", "Benali", "Alaoui", "Bennani", "Tazi", "El Idrissi", "Chraibi", "Ouazzani"],
    ),
    "intl": (
        ["Lukas", "Emma", "Oliver", "Chloé", "Sanne", "Wojciech", "Wei", "Ananya", "Chinedu", "Haruto"],
        ["Schneider", "Johansson", "Hughes", "Lefèvre", "de Vries", "Nowak", "Zhang", "Iyer", "Okoye"],
    ),
    "intl2": (
        ["Ji-woo", "Giulia", "Noa", "Mateus", "Siobhán", "Aroha", "Emily", "Darius", "Olena", "Ahmet"],
        ["Park", "Esposito", "Levi", "Oliveira", "Ní Bhriain", "Ngata", "Carter", "Rahimi", "Shevchenko"],
    ),
}
FREEMAIL = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.gr",
    "sapo.pt",
    "menara.ma",
    "web.de",
    "orange.fr",
]


def origin(f: Fake) -> str:
    return f.pick(["gr", "pt", "ma", "intl", "intl2", "pt", "gr"])


def first(f: Fake) -> str:
    return f.pick(NAMES[origin(f)][0])


def last(f: Fake) -> str:
    return f.pick(NAMES[origin(f)][1])


def full_name(f: Fake) -> str:
    o = origin(f)
    name = f"{f.pick(NAMES[o][0])} {f.pick(NAMES[o][1])}"
    return name.upper() if f.r.random() < 0.15 else name


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def email(f: Fake) -> str:
    o = origin(f)
    fn = ascii_fold(f.pick(NAMES[o][0])).replace(" ", "")
    ln = ascii_fold(f.pick(NAMES[o][1])).replace(" ", "").replace("-", "")
    user = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln[:1]}{f.r.randint(1, 99)}",
            f"{fn[:1]}{ln}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
        ]
    )
    return f"{user}@{f.pick(FREEMAIL)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_fold(first(f)).replace(' ', '')}.{ascii_fold(last(f)).replace(' ', '')}@atlantisdrive.com"


def phone(f: Fake, country: str | None = None) -> str:
    d = f.digits
    c = country or f.pick(["gr", "pt", "ma", "uk", "de", "fr", "nl", "pl", "us", "in", "gr", "pt"])
    r = f.r
    if c == "gr":
        return f.pick(
            [f"+30 69{r.randint(0, 9)} {d(3)} {d(4)}", f"69{r.randint(0, 9)}{d(7)}", f"+3069{d(8)}"]
        )
    if c == "pt":
        p = f.pick(["91", "92", "93", "96"])
        return f.pick([f"+351 {p}{r.randint(0, 9)} {d(3)} {d(3)}", f"{p}{d(7)}", f"00351{p}{d(7)}"])
    if c == "ma":
        p = f.pick(["61", "62", "66", "70", "77"])
        return f.pick(
            [f"+212 6{p[1]}{d(7)}", f"0{p} {d(2)} {d(2)} {d(2)} {d(2)}", f"+212-{p[0]}{p[1]}-{d(3)}-{d(4)}"]
        )
    if c == "uk":
        return f.pick([f"+44 7700 {d(6)}", f"07{d(3)} {d(6)}"])
    if c == "de":
        return f"+49 15{r.randint(1, 9)} {d(8)}"
    if c == "fr":
        return "+33 6 " + " ".join(d(2) for _ in range(4))
    if c == "nl":
        return f"+31 6 {d(8)}"
    if c == "pl":
        return f"+48 5{d(2)} {d(3)} {d(3)}"
    if c == "us":
        return f"+1 ({r.randint(201, 989)}) {r.randint(200, 999)}-{d(4)}"
    return f"+91 9{d(4)} {d(5)}"


ADDR = {
    "gr": (
        ["Ermou", "Panepistimiou", "Vasilissis Sofias", "Egnatia", "Tsimiski", "Leoforos Kifisias"],
        ["Athina", "Thessaloniki", "Irakleio", "Patra", "Chania", "Rodos"],
    ),
    "pt": (
        [
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Rua do Alecrim",
            "Avenida dos Aliados",
        ],
        ["Lisboa", "Porto", "Faro", "Braga", "Funchal", "Coimbra"],
    ),
    "ma": (
        [
            "Rue Ibn Batouta",
            "Avenue Mohammed V",
            "Boulevard Zerktouni",
            "Rue Moulay Ismail",
            "Avenue Hassan II",
        ],
        ["Casablanca", "Marrakech", "Rabat", "Tanger", "Agadir", "Fès"],
    ),
    "de": (["Schönhauser Allee", "Bergmannstraße", "Leopoldstraße"], ["Berlin", "München", "Hamburg"]),
    "uk": (["Kings Road", "Church Street", "Victoria Road"], ["London", "Manchester", "Leeds"]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "rue de la République"], ["Lyon", "Paris", "Toulouse"]),
}


def addr_country(f: Fake) -> str:
    return f.pick(["gr", "pt", "ma", "de", "uk", "fr", "pt", "gr", "ma"])


def street(f: Fake, c: str | None = None) -> str:
    c = c or addr_country(f)
    s = f.pick(ADDR[c][0])
    n = f.r.randint(1, 240)
    if c in ("gr", "de"):
        return f"{s} {n}"
    if c == "pt":
        return f"{s} {n}, {f.pick(['1º Esq', '3º Dto', 'R/C', '2º'])}"
    if c == "ma":
        return f.pick([f"{n} {s}", f"{s}, Imm {f.r.randint(1, 40)} Apt {f.r.randint(1, 20)}"])
    return f"{n} {s}"


def city(f: Fake, c: str | None = None) -> str:
    return f.pick(ADDR[c or addr_country(f)][1])


def postcode(f: Fake, c: str | None = None) -> str:
    c = c or addr_country(f)
    d = f.digits
    return {
        "gr": f"{d(3)} {d(2)}",
        "pt": f"{d(4)}-{d(3)}",
        "ma": d(5),
        "de": d(5),
        "uk": f"{f.pick(['SW3', 'M14', 'LS6', 'E8'])} {f.r.randint(1, 9)}{f.pick(['EJ', 'AB', 'QT'])}",
        "fr": f"69{d(3)}",
    }[c]


def full_address(f: Fake) -> str:
    c = addr_country(f)
    if c == "uk":
        return f"{street(f, c)}, {city(f, c)} {postcode(f, c)}"
    return f"{street(f, c)}, {postcode(f, c)} {city(f, c)}"


def dob(f: Fake) -> str:
    y, m, dd = f.r.randint(1948, 2003), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}"])


# -- documents and ids -----------------------------------------------------------------------------


def nif_pt(f: Fake, company: bool = False) -> str:
    body = f.pick(["5", "6"] if company else ["1", "2", "2", "3"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(7)
    )
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    check = 11 - s % 11
    return body + str(0 if check >= 10 else check)


def afm_gr(f: Fake, company: bool = False) -> str:
    body = f.pick(["09", "99", "80"] if company else ["0", "1", "1", "0"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(7)
    )
    body = body[:8]
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body))
    return body + str(s % 11 % 10)


def cc_pt(f: Fake) -> str:
    """Cartão de Cidadão: civil number, its check digit, version letters, document check digit."""
    civil = f.digits(8)
    s = sum(int(c) * (9 - i) for i, c in enumerate(civil))
    c1 = (11 - s % 11) % 11 % 10
    head = civil + str(c1) + f.pick(["ZZ", "ZY", "ZX", "XZ"])

    def val(ch):
        return int(ch) if ch.isdigit() else ord(ch) - 55

    total = 0
    for i, ch in enumerate(reversed(head + "0")):
        v = val(ch)
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    check = (10 - total % 10) % 10
    return f"{civil} {c1} {head[-2:]}{check}"


def cin_ma(f: Fake) -> str:
    return f.pick(["A", "B", "BE", "BJ", "BK", "C", "D", "EE", "G", "J", "JA", "K", "T", "W"]) + f.digits(
        f.pick([5, 6])
    )


def greek_id(f: Fake) -> str:
    letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # noqa: RUF001
    latin = "ABEZHIKMNOPTYX"
    pair = f.pick(letters) + f.pick(letters)
    if f.r.random() < 0.5:
        pair = "".join(latin[letters.index(c)] for c in pair)
    return f"{pair}{f.pick(['', ' '])}{f.digits(6)}"


def passport(f: Fake) -> str:
    up = string.ascii_uppercase
    kind = f.pick(["gr", "pt", "ma", "uk", "de", "fr", "us"])
    if kind in ("gr", "ma"):
        return f.pick(up) + f.pick(up) + f.digits(7)
    if kind == "pt":
        return f.pick(["C", "N", "P"]) + f.digits(6)
    if kind in ("uk", "us"):
        return f.digits(9)
    if kind == "de":
        return "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return f"{f.digits(2)}{f.pick(up)}{f.pick(up)}{f.digits(5)}"


def licence_no(f: Fake) -> str:
    kind = f.pick(["gr", "pt", "ma", "uk", "de", "fr", "us"])
    if kind == "gr":
        return f.digits(9)
    if kind == "pt":
        return f"{f.pick(['L', 'P', 'FA', 'BR', 'C'])}-{f.digits(7)} {f.r.randint(0, 9)}"
    if kind == "ma":
        return f"{f.r.randint(1, 99)}/{f.digits(6)}"
    if kind == "uk":
        ln = ascii_fold(f.pick(NAMES["intl"][1])).upper().replace(" ", "")
        ln = (ln + "99999")[:5]
        up = string.ascii_uppercase
        month = f.r.randint(1, 12) + f.pick([0, 50])
        born = f"{f.r.randint(5, 9)}{month:02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 9)}"
        return f"{ln}{born}{f.pick(up)}{f.pick(up)}9{f.pick(up)}{f.pick(up)}"
    if kind == "de":
        return f"B{f.digits(3)}{f.pick(['RRE', 'XK2', 'M7Q'])}{f.r.randint(0, 9)}I{f.digits(2)}"
    if kind == "fr":
        return f.digits(12)
    return "D" + f.digits(7)


def plate(f: Fake) -> str:
    kind = f.pick(["gr", "pt", "ma", "pt"])
    up = "ABCDEFGHJKLMNPRSTUVXZ"
    if kind == "gr":
        return f"{''.join(f.pick('ABEZHIKMNOPTYX') for _ in range(3))}-{f.digits(4)}"
    if kind == "pt":
        return f.pick(
            [
                f"{f.pick(up)}{f.pick(up)}-{f.r.randint(10, 99)}-{f.pick(up)}{f.pick(up)}",
                f"{f.r.randint(10, 99)}-{f.pick(up)}{f.pick(up)}-{f.r.randint(10, 99)}",
            ]
        )
    return f"{f.digits(5)}-{f.pick(['A', 'B', 'D', 'H', 'أ', 'ب', 'د'])}-{f.r.randint(1, 89)}"


VIN_VALUES = {c: v for c, v in zip("ABCDEFGH", range(1, 9), strict=True)}
VIN_VALUES.update({c: v for c, v in zip("JKLMN", range(1, 6), strict=True)})
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update({c: v for c, v in zip("STUVWXYZ", range(2, 10), strict=True)})
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["VF1", "VF3", "WVW", "TMB", "ZFA", "VSS", "KNA", "JTD", "W0L", "UU1"])
    rest = (
        "".join(f.pick(alnum) for _ in range(5))
        + "0"
        + f.pick("LMNPR")
        + "".join(f.pick(alnum) for _ in range(7))
    )
    raw = wmi + rest
    total = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(raw, VIN_WEIGHTS, strict=True))
    check = total % 11
    return raw[:8] + ("X" if check == 10 else str(check)) + raw[9:]


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "01"]) + f.digits(12))


def iban(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["GR", "PT", "MA", "DE", "FR", "NL", "ES", "PT", "GR"])
    lengths = {"GR": 27, "PT": 25, "MA": 28, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
    n = lengths[c]
    if c == "NL":
        bban = f.pick(["ABNA", "INGB", "RABO"]) + "".join(str(f.r.randint(0, 9)) for _ in range(n - 8))
    else:
        bban = "".join(str(f.r.randint(0, 9)) for _ in range(n - 4))
    numeric = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    raw = f"{c}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def card(f: Fake) -> str:
    return f.card()


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def upalnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(n))


def booking_ref(f: Fake) -> str:
    return "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def agreement_no(f: Fake) -> str:
    branch = f.pick(["ATH", "SKG", "HER", "LIS", "OPO", "FAO", "CMN", "RAK", "TNG"])
    return f"{branch}-{f.r.randint(2023, 2024)}-{f.digits(6)}"


def loyalty_no(f: Fake) -> str:
    return f.luhn_complete("7" + f.digits(8))


def gclid(f: Fake) -> str:
    return (
        "Cj0KCQjw" + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(78)) + "BwE"
    )


def fbclid(f: Fake) -> str:
    return "IwAR" + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(58))


def ipv6(f: Fake) -> str:
    return (
        f.pick(["2a02:587", "2001:8a0", "2a01:e0a", "2a02:8108"])
        + ":"
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    )


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else ipv6(f)


def idfa(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.1 else f.uuid().upper()


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def iso_date(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


BRANCHES = [
    ("ATH", "Athens Airport (ATH)", 37.9364, 23.9445),
    ("SKG", "Thessaloniki Airport (SKG)", 40.5197, 22.9709),
    ("HER", "Heraklion Airport (HER)", 35.3397, 25.1803),
    ("LIS", "Lisbon Airport (LIS)", 38.7742, -9.1342),
    ("OPO", "Porto Airport (OPO)", 41.2481, -8.6814),
    ("FAO", "Faro Airport (FAO)", 37.0144, -7.9659),
    ("CMN", "Casablanca Mohammed V Airport (CMN)", 33.3675, -7.5898),
    ("RAK", "Marrakech Menara Airport (RAK)", 31.6069, -8.0363),
    ("TNG", "Tanger Ville Station", 35.7595, -5.8340),
]
BRANCH_CODES = [b[0] for b in BRANCHES]
VEHICLES = [
    ("EDMR", "Fiat Panda or similar", "Fiat", "Economy"),
    ("CDMR", "Renault Clio or similar", "Renault", "Compact"),
    ("CDAR", "Peugeot 208 Automatic or similar", "Peugeot", "Compact"),
    ("IDAR", "Toyota Corolla Hybrid or similar", "Toyota", "Intermediate"),
    ("CFMR", "Dacia Duster or similar", "Dacia", "SUV"),
    ("PVMR", "Opel Vivaro 9-seater", "Opel", "Van"),
    ("SDAE", "Kia Niro EV or similar", "Kia", "Electric"),
]
EXTRAS = [
    ("CSI", "Child seat (9-18 kg)"),
    ("BST", "Booster seat"),
    ("GPS", "GPS navigator"),
    ("ADD", "Additional driver"),
    ("SCDW", "Super CDW zero excess"),
    ("WIFI", "Pocket Wi-Fi"),
]
HOTELS = [
    "Hotel Grande Bretagne",
    "Pestana Palace Lisboa",
    "La Mamounia",
    "Vila Galé Porto",
    "Electra Palace Thessaloniki",
    "Sofitel Casablanca Tour Blanche",
]
AIRLINES = [
    ("A3", "Aegean Airlines"),
    ("TP", "TAP Air Portugal"),
    ("AT", "Royal Air Maroc"),
    ("FR", "Ryanair"),
    ("U2", "easyJet"),
    ("LH", "Lufthansa"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = ["el-GR", "pt-PT", "fr-MA", "ar-MA", "en-GB", "de-DE", "fr-FR", "nl-NL", "en-US", "pl-PL"]
TZS = ["Europe/Athens", "Europe/Lisbon", "Africa/Casablanca", "Europe/London", "Europe/Berlin"]

# -- contexts --------------------------------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.70.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/", "/en/search", "/pt/reservar", "/checkout", "/fr/agences/casablanca"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.rentalcars.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=pt", "?pickup=LIS&age=30"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Atlantis Drive | Car rental in Greece, Portugal & Morocco",
                        "Checkout | Atlantis Drive",
                        "Aluguer de carros em Lisboa",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.atlantisdrive.com"
                    + f.pick(["/", "/en/search?pickup=ATH", "/checkout", "/pt/reservar"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_greece_2024", "algarve_early_booking", "maroc_ete"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "kayak"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "metasearch"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "car hire faro airport",
                        "aluguer carro lisboa",
                        "location voiture marrakech",
                        "rent a car crete",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "text_ad_2", "carousel_suv"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Atlantis Drive"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42001"])),
            "namespace": G(lambda f: "com.atlantisdrive.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": {"userId": G(lambda f: "usr_" + f.digits(8)), "anonymousId": G(lambda f: f.uuid())},
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Atlantis Drive"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418003", "419011"])),
            "namespace": G(lambda f: "com.atlantisdrive.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "23021RAAEG", "Pixel 8", "CPH2581"])),
            "name": G(lambda f: f.pick(["a54x", "topaz", "shiba", "OP5929L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 12.4, 27.8])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    ["Cosmote", "Vodafone GR", "MEO", "NOS", "Maroc Telecom", "inwi", "Orange MA"]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Atlantis Drive"),
            "version": G(lambda f: f.pick(["5.0.3", "5.1.0"])),
            "build": G(lambda f: f.pick(["503", "510"])),
            "namespace": G(lambda f: "com.atlantisdrive.rn"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.1")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Atlantis Counter"),
            "version": G(lambda f: f.pick(["2.7.0", "2.8.1"])),
            "build": G(lambda f: f.pick(["270", "281"])),
            "namespace": G(lambda f: "com.atlantisdrive.counter"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-X205", "TB-X6C6F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "13")},
        "screen": {"width": G(lambda f: 1340), "height": G(lambda f: 800), "density": G(lambda f: 1.5)},
        "locale": G(lambda f: f.pick(["el-GR", "pt-PT", "fr-MA"])),
        "timezone": G(lambda f: f.pick(TZS)),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str):
    def ctx(f: Fake):
        name, version = SERVER_VERSIONS[lib]
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if lib in ("node", "python", "php"):
            out["ip"] = Y(ip, "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "dotnet":
            out["ip"] = Y(ip, "ip")
        if lib == "python":
            out["externalIds"] = Many(
                {
                    "id": G(lambda f: loyalty_no(f)),
                    "type": G(lambda f: "loyalty_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "java":
            out["locale"] = G(lambda f: f.pick(["fr-MA", "ar-MA"]))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}
MOBILE = ["swift", "kotlin", "rn"]

# -- shared property shapes ------------------------------------------------------------------------


def vehicle_product():
    return {
        "product_id": G(lambda f: "veh_" + f.digits(5)),
        "sku": G(lambda f: f.pick(VEHICLES)[0]),
        "name": G(lambda f: f.pick(VEHICLES)[1]),
        "brand": G(lambda f: f.pick(VEHICLES)[2]),
        "category": G(lambda f: f.pick(VEHICLES)[3]),
        "variant": G(lambda f: f.pick(["manual", "automatic"])),
        "price": G(lambda f: f.money(18, 140)),
        "quantity": G(lambda f: f.r.randint(1, 21)),
        "position": G(lambda f: f.r.randint(1, 30)),
    }


def note_with_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Please call me on {p}, I land at 23:40",
            f"Ligue-me para {p} depois das 18h, por favor",
            f"Rappelez-moi au {p} svp",
            f"Παρακαλώ καλέστε με στο {p}",
            f"Call back on {p} - question about the deposit",
            f"{p} (WhatsApp ok)",
        ]
    )


def counter_text(f: Fake) -> str:
    n = full_name(f)
    return f.pick(
        [
            f"Renter's partner {n} will also drive, added at the counter",
            f"Keys handed to {n} (hotel concierge) per renter's request",
            f"{n} called to extend by 2 days, approved",
            f"Car collected by {n} on behalf of the company account",
            f"Complaint from {n} about queue time, offered 10% voucher",
        ]
    )


def chatbot_input(f: Fake) -> str:
    c = f.pick(["gr", "pt", "ma"])
    a = f"{street(f, c)}, {city(f, c)}"
    return f.pick(
        [
            f"I'm at {a}, the battery is dead",
            f"Estou na {a}, pneu furado",
            f"Nous sommes bloqués {a}, la voiture ne démarre plus",
            f"we're parked at {a} and the car won't start",
            f"Stuck outside {a}, warning light on",
        ]
    )


def otp_sms(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Atlantis Drive verification code is {code}. It expires in 10 minutes.",
            f"Atlantis Drive: o seu código de verificação é {code}",
            f"Atlantis Drive : votre code de vérification est {code}",
            f"{code} is your Atlantis Drive sign-in code",
            f"Ο κωδικός επαλήθευσης Atlantis Drive είναι {code}",  # noqa: RUF001
        ]
    )


GREEN_TEXT_DAMAGE = [
    "Scratch on rear left door, about 10 cm",
    "Small chip on windscreen, passenger side",
    "Dent on front bumper from parking",
    "Kerbed alloy, front right wheel",
    "Pequeno risco no para-choques traseiro",
    "Rayure sur la portière avant droite",
    "Cracked wing mirror housing",
]

# -- events ----------------------------------------------------------------------------------------

# (kind, event or page/screen name, clients, weight, body)
EVENTS = [
    # -- website booking funnel (analytics.js, snake_case, e-commerce spec) ---------------------
    (
        "page",
        "Home",
        ["web"],
        3,
        {
            "path": G(lambda f: f.pick(["/", "/en", "/pt", "/fr", "/el"])),
            "url": G(lambda f: "https://www.atlantisdrive.com" + f.pick(["/", "/en", "/pt", "/el"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Atlantis Drive | Car rental",
                        "Aluguer de carros | Atlantis Drive",
                        "Ενοικίαση αυτοκινήτων",
                    ]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.google.pt/"])),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc&utm_campaign=summer_greece_2024"])
            ),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        2,
        {
            "query": G(
                lambda f: f.pick([b[1] for b in BRANCHES] + ["Chania port", "Lagos, Algarve", "Fès centre"])
            ),
            "pickup_location_code": G(lambda f: f.pick(BRANCH_CODES)),
            "dropoff_location_code": G(lambda f: f.pick(BRANCH_CODES)),
            "pickup_date": G(iso_date),
            "return_date": G(iso_date),
            "pickup_time": G(lambda f: f.pick(["09:00", "13:30", "22:15"])),
            "driver_age": G(lambda f: f.r.randint(19, 79)),
            "country_of_residence": G(lambda f: f.pick(["GR", "PT", "MA", "GB", "DE", "FR", "NL", "US"])),
            "promo_code": G(lambda f: f.pick(["", "SUMMER24", "ALGARVE10", "RAM-MILES"])),
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin", "swift"],
        1,
        {
            "list_id": G(lambda f: "srch_" + f.hexid(10)),
            "category": G(lambda f: f.pick(["all", "SUV", "Economy", "Electric"])),
            "sort_by": G(lambda f: f.pick(["price_asc", "recommended"])),
            "products": Many(vehicle_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin", "rn"],
        2,
        {
            **vehicle_product(),
            "currency": G(lambda f: f.pick(["EUR", "MAD"])),
            "daily_rate": G(lambda f: f.money(15, 120)),
            "transmission": G(lambda f: f.pick(["manual", "automatic"])),
            "image_url": G(
                lambda f: (
                    "https://cdn.atlantisdrive.com/fleet/"
                    + f"{f.pick(VEHICLES)[0].lower()}_{f.r.randint(1, 4)}.webp"
                )
            ),
            "url": G(lambda f: f"https://www.atlantisdrive.com/en/cars/{f.pick(VEHICLES)[0].lower()}"),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin", "rn"],
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: "ext_" + f.pick(EXTRAS)[0].lower()),
            "sku": G(lambda f: f.pick(EXTRAS)[0]),
            "name": G(lambda f: f.pick(EXTRAS)[1]),
            "price": G(lambda f: f.money(3, 25)),
            "quantity": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(booking_ref),
            "revenue": G(lambda f: f.money(60, 1400)),
            "currency": G(lambda f: f.pick(["EUR", "MAD"])),
            "coupon": G(lambda f: f.pick([None, "SUMMER24", "ALGARVE10"])),
            "pickup_branch_id": G(lambda f: f.pick(BRANCH_CODES)),
            "dropoff_branch_id": G(lambda f: f.pick(BRANCH_CODES)),
            "one_way_fee": G(lambda f: f.pick([0, 0, 45, 90])),
            "products": Many(vehicle_product(), 2),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "step_name": G(lambda f: "driver_details"),
            "driver": {
                "title": Y(lambda f: f.pick(["Mr", "Ms", "Mrs", "Miss", "Mx"]), "gender", True),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "nationality": Y(
                    lambda f: f.pick(
                        ["Greek", "Portuguese", "Moroccan", "British", "German", "Dutch", "Polish"]
                    ),
                    "citizenship",
                ),
                "licence_country": G(lambda f: f.pick(["GR", "PT", "MA", "GB", "DE", "NL", "PL"])),
                "licence_number": Y(licence_no, "license"),
                "licence_issue_date": G(lambda f: f.date(1990, 2023)),
                "years_licensed": G(lambda f: f.r.randint(1, 40)),
                "flight_number": G(lambda f: f.pick(AIRLINES)[0] + str(f.r.randint(100, 8999))),
                "country_of_residence": G(lambda f: f.pick(["GR", "PT", "MA", "GB", "DE"])),
                "marketing_opt_in": G(lambda f: f.pick([True, False])),
            },
            "email_valid": G(lambda f: f.pick([True, True, False])),
            "phone_country_code": G(lambda f: f.pick(["+30", "+351", "+212", "+44", "+49"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "rn"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "card", "mb_way", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["414720", "535522", "492181", "374245"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(full_name, "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 4", "2º Esq", "Bloc B", "3rd floor"]), "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GR", "PT", "MA", "GB", "DE", "FR"])),
            },
            "stripe_payment_method": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "three_ds_required": G(lambda f: f.pick([True, False])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn", "swift"],
        2,
        {
            "order_id": G(booking_ref),
            "booking_number": G(agreement_no),
            "total": G(lambda f: f.money(60, 1600)),
            "revenue": G(lambda f: f.money(60, 1400)),
            "tax": G(lambda f: f.money(10, 300)),
            "discount": G(lambda f: f.money(0, 80)),
            "currency": G(lambda f: f.pick(["EUR", "MAD"])),
            "coupon": G(lambda f: f.pick([None, "SUMMER24", "ALGARVE10"])),
            "affiliation": G(lambda f: f.pick(["web", "ios_app", "android_app"])),
            "payment_intent": G(lambda f: "pi_3" + alnum(f, 23)),
            "deposit_amount": G(lambda f: f.pick([300, 800, 1200, 5000])),
            "pickup_at": G(lambda f: f.iso()),
            "dropoff_at": G(lambda f: f.iso()),
            "customer_email": Y(email, "email"),
            "loyalty_number": G(loyalty_no),
            "gclid": Y(gclid, "advertising id"),
            "products": Many(vehicle_product(), 2),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        ["web", "swift", "kotlin"],
        1,
        {
            "order_id": G(booking_ref),
            "reason": G(lambda f: f.pick(["flight_cancelled", "found_cheaper", "plans_changed", "other"])),
            "refund_amount": G(lambda f: f.money(0, 900)),
            "hours_before_pickup": G(lambda f: f.r.randint(1, 900)),
            "cancellation_comment": G(
                lambda f: f.pick(
                    [
                        "Flight cancelled by the airline",
                        "Found a cheaper offer",
                        "Trip postponed to autumn",
                        "",
                        "Viagem adiada",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        1,
        {
            "form_id": G(lambda f: "signup-modal"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(
                    ["Lisboa2024!", "athens#88", "Summer.in.Crete", "Marrakech!23", "qwerty123!"]
                ),
                "password",
            ),
            "password_confirm": RED(
                lambda f: f.pick(["Lisboa2024!", "athens#88", "Summer.in.Crete", "hunter22"]), "password"
            ),
            "first_name": Y(first, "name"),
            "accepts_terms": G(lambda f: True),
            "newsletter": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        1,
        {
            "form": G(lambda f: "manage_booking"),
            "field": G(lambda f: "contact"),
            "value": Y(lambda f: email(f) if f.r.random() < 0.6 else phone(f), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 30000)),
        },
    ),
    (
        "track",
        "Accessibility Options Selected",
        ["web"],
        1,
        {
            "booking_ref": G(booking_ref),
            "hand_controls": RED(lambda f: f.pick([True, False]), "disability"),
            "wheelchair_space": RED(lambda f: f.pick([True, False]), "disability"),
            "swivel_seat": RED(lambda f: f.pick([True, False]), "disability"),
            "options_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        1,
        {
            "topic": G(lambda f: f.pick(["deposit", "long_term_rental", "corporate", "complaint"])),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(note_with_phone, "phone", True),
            "page_section": G(lambda f: f.pick(["help_center", "checkout"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        1,
        {
            "email": Y(email, "email"),
            "list_id": G(lambda f: f.pick(["a1b2c3d4e5", "f6e5d4c3b2"])),
            "source": G(lambda f: f.pick(["footer", "exit_intent", "checkout"])),
            "consent_ts": G(lambda f: f.epoch_ms()),
            "double_opt_in": G(lambda f: True),
        },
    ),
    # -- mobile app (camelCase) -----------------------------------------------------------------
    (
        "identify",
        None,
        ["rn", "swift", "kotlin"],
        2,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(
                    lambda f: f.pick(["Greece", "Portugal", "Morocco", "United Kingdom", "Germany"])
                ),
            },
            "avatar": Y(lambda f: f"https://cdn.atlantisdrive.com/avatars/{f.uuid()}.jpg", "photo"),
            "loyaltyNumber": G(loyalty_no),
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["el", "pt", "fr", "ar", "en"])),
            "createdAt": G(lambda f: f.iso()),
            "totalRentals": G(lambda f: f.r.randint(0, 40)),
            "pushEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Booking Details",
        MOBILE,
        2,
        {
            "bookingRef": G(booking_ref),
            "screenClass": G(lambda f: f.pick(["BookingDetailsViewController", "BookingDetailsFragment"])),
            "source": G(lambda f: f.pick(["push", "my_trips", "deeplink"])),
            "daysToPickup": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin"],
        2,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["41800", "41902"])),
            "url": G(lambda f: f.pick(["", "atlantisdrive://home", "atlantisdrive://offers"])),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["kotlin", "swift"],
        1,
        {
            "link": Y(
                lambda f: (
                    f"atlantisdrive://manage-booking?ref={booking_ref(f)}&email="
                    + f.pick([email(f), email(f).replace("@", "%40")])
                ),
                "email",
                True,
            ),
            "campaign": G(lambda f: f.pick(["booking_confirmation", "pickup_reminder"])),
            "provider": G(lambda f: f.pick(["branch", "firebase"])),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["kotlin", "swift"],
        1,
        {
            "verificationId": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["veriff", "onfido"])),
            "documentType": G(lambda f: f.pick(["PASSPORT", "ID_CARD"])),
            "issuingCountry": G(lambda f: f.pick(["GRC", "PRT", "MAR", "GBR", "DEU"])),
            "documentNumber": RED(
                lambda f: passport(f) if f.r.random() < 0.5 else cc_pt(f), "passport|national id"
            ),
            "expiryDate": G(lambda f: f.date(2025, 2034)),
            "fullName": Y(full_name, "name"),
            "dateOfBirth": Y(dob, "birthdate"),
            "selfieUrl": Y(lambda f: f"https://verify.atlantisdrive.com/selfies/{f.uuid()}.jpg", "photo"),
            "nationality": Y(lambda f: f.pick(["GRC", "PRT", "MAR", "GBR", "DEU", "NLD"]), "citizenship"),
            "placeOfBirth": Y(lambda f: f.pick(ADDR[addr_country(f)][1]), "city"),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "decision": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Driving Licence Added",
        MOBILE,
        1,
        {
            "licenceNumber": Y(licence_no, "license"),
            "issuingCountry": G(lambda f: f.pick(["GR", "PT", "MA", "GB", "DE"])),
            "categories": Many(G(lambda f: f.pick(["B", "BE", "A2", "C1"])), 3),
            "issueDate": G(lambda f: f.date(1985, 2023)),
            "expiryDate": G(lambda f: f.date(2025, 2039)),
            "holderSince": G(lambda f: f.r.randint(1970, 2023)),
            "frontImageUrl": Y(
                lambda f: f"https://verify.atlantisdrive.com/licences/{f.uuid()}_front.jpg", "photo"
            ),
            "internationalPermit": G(lambda f: f.pick([True, False])),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
    ),
    (
        "track",
        "Additional Driver Added",
        ["rn", "web"],
        1,
        {
            "bookingRef": G(booking_ref),
            "driverIndex": G(lambda f: f.r.randint(1, 3)),
            "additionalDriver": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(dob, "birthdate"),
                "licenceNumber": Y(licence_no, "license"),
                "licenceCountry": G(lambda f: f.pick(["GR", "PT", "MA", "FR", "ES"])),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "colleague", "friend", "parent"])),
                "email": Y(email, "email"),
                "age": G(lambda f: f.r.randint(21, 75)),
            },
            "fee": G(lambda f: f.pick([5.0, 8.5, 12.0])),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Vehicle Unlocked",
        ["swift", "kotlin"],
        2,
        {
            "bookingRef": G(booking_ref),
            "vehicleId": G(lambda f: "veh_" + f.digits(5)),
            "licensePlate": Y(plate, "license"),
            "method": G(lambda f: f.pick(["bluetooth", "cloud"])),
            "latitude": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            "rssi": G(lambda f: f.r.randint(-95, -40)),
            "success": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Damage Reported",
        ["swift", "rn"],
        1,
        {
            "reportId": G(lambda f: "dmg_" + f.hexid(12)),
            "bookingRef": G(booking_ref),
            "panel": G(
                lambda f: f.pick(["front_bumper", "rear_left_door", "windscreen", "wheel_fr", "mirror_left"])
            ),
            "severity": G(lambda f: f.pick(["minor", "moderate", "major"])),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://cdn.atlantisdrive.com/damage/{f.hexid(16)}.jpg"),
                    "sha256": G(lambda f: f.hexid(64)),
                    "takenAt": G(lambda f: f.iso()),
                },
                4,
            ),
            "description": G(lambda f: f.pick(GREEN_TEXT_DAMAGE)),
            "location": {
                "lat": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            },
            "estimatedCost": G(lambda f: f.money(50, 1500)),
            "atPickup": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["rn", "swift", "kotlin"],
        1,
        {
            "caseId": G(lambda f: "RSA-" + f.digits(7)),
            "bookingRef": G(booking_ref),
            "issueType": G(
                lambda f: f.pick(
                    ["flat_tyre", "battery", "accident", "lockout", "out_of_fuel", "warning_light"]
                )
            ),
            "callbackPhone": Y(phone, "phone"),
            "location": {
                "latitude": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
                "accuracyM": G(lambda f: f.r.randint(3, 120)),
                "addressHint": Y(full_address, "address"),
            },
            "passengers": G(lambda f: f.r.randint(1, 7)),
            "childrenOnBoard": G(lambda f: f.pick([True, False])),
            "needsReplacementVehicle": G(lambda f: f.pick([True, False])),
            "medicalAssistanceNeeded": Y(lambda f: f.pick([True, False, False]), "condition"),
        },
    ),
    (
        "track",
        "Assistant Message Sent",
        ["flutter", "rn"],
        1,
        {
            "conversationId": G(lambda f: f.uuid()),
            "channel": G(lambda f: "in_app_chat"),
            "input": Y(chatbot_input, "address", True),
            "intent": G(lambda f: f.pick(["breakdown", "flat_tyre", "unknown"])),
            "messageLength": G(lambda f: f.r.randint(20, 120)),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["swift", "rn"],
        1,
        {
            "contact": {
                "label": G(lambda f: f.pick(["Mum", "Partner", "Brother", "Μαμά", "Pai", "Work"])),
                "value": Y(phone, "phone", True),
            },
            "isPrimary": G(lambda f: f.pick([True, False])),
            "contactsCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift"],
        1,
        {
            "referralCode": G(lambda f: "ATL-" + upalnum(f, 6)),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "sms"])),
            "recipient": Y(email, "email", True),
            "recipientName": Y(full_name, "name"),
            "rewardPoints": G(lambda f: f.pick([500, 1000])),
        },
    ),
    (
        "track",
        "Pet Fee Added",
        ["rn", "web"],
        1,
        {
            "bookingRef": G(booking_ref),
            "petName": G(lambda f: f.pick(["Bobi", "Luna", "Simba", "Kiwi", "Nala", "Argos"])),
            "petType": G(lambda f: f.pick(["dog", "cat"])),
            "petWeightKg": G(lambda f: f.money(2, 40)),
            "fee": G(lambda f: f.pick([25, 40])),
        },
    ),
    (
        "track",
        "Points Earned",
        ["python"],
        2,
        {
            "member_number": G(loyalty_no),
            "points": G(lambda f: f.r.randint(50, 3000)),
            "tier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "booking_ref": G(booking_ref),
            "partner": G(lambda f: f.pick(["Aegean Miles+Bonus", "TAP Miles&Go", "Safar Flyer", ""])),
            "partner_member_number": G(lambda f: f.digits(f.pick([9, 10]))),
            "balance": G(lambda f: f.r.randint(0, 90000)),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        ["python"],
        1,
        {
            "email": Y(email, "email"),
            "link_token": RED(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(43)),
                "token",
            ),
            "expires_at": G(lambda f: f.iso()),
            "platform": G(lambda f: f.pick(["ios", "android", "web"])),
            "attempts_today": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Invoice Emailed",
        ["python"],
        1,
        {
            "invoice_number": G(lambda f: f"FT {f.pick(['2024A', '2024B'])}/{f.r.randint(1, 99999)}"),
            "atcud": G(lambda f: f"{upalnum(f, 8)}-{f.r.randint(1, 99999)}"),
            "booking_ref": G(booking_ref),
            "recipient_email": Y(email, "email"),
            "cc": G(
                lambda f: f.pick(
                    [
                        "reservas@atlantisdrive.com",
                        "accounts@atlantisdrive.com",
                        "facturation.ma@atlantisdrive.com",
                    ]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.atlantisdrive.com>"),
            "template": G(lambda f: f.pick(["invoice_pt", "invoice_gr", "facture_ma"])),
            "sent_at": G(lambda f: f.iso()),
            "customer_vat_number": G(lambda f: "PT" + nif_pt(f, company=True)),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        1,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256(phone(f).replace(" ", "").replace("+", "")), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(60, 1400)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: f.pick(VEHICLES)[0]), 2),
            },
        },
    ),
    (
        "identify",
        None,
        ["node"],
        1,
        {
            "MEMBER_NUMBER": G(loyalty_no),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "MOBILE_E164": Y(
                lambda f: "+3069" + f.digits(8) if f.r.random() < 0.5 else "+3519" + f.digits(8), "phone"
            ),
            "HOME_COUNTRY": G(lambda f: f.pick(["GR", "PT", "MA", "DE", "GB"])),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2003), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "LIFETIME_RENTALS": G(lambda f: f.r.randint(1, 60)),
            "LIFETIME_SPEND_EUR": G(lambda f: f.money(80, 25000)),
            "LAST_RENTAL_AT": G(lambda f: f.iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "PREFERRED_BRANCH": G(lambda f: f.pick(BRANCH_CODES)),
            "TIER": G(lambda f: f.pick(["BLUE", "SILVER", "GOLD"])),
        },
    ),
    (
        "group",
        None,
        ["node", "ruby"],
        1,
        {
            "name": G(
                lambda f: f.pick(
                    ["Jerónimo Martins SGPS", "OCP Group", "Hellenic Petroleum", "Sonae MC", "Inwi"]
                )
            ),
            "vat_number": G(
                lambda f: f.pick(["PT" + nif_pt(f, company=True), "EL" + afm_gr(f, company=True)])
            ),
            "industry": G(lambda f: f.pick(["Retail", "Energy", "Telecoms", "Mining"])),
            "plan": G(lambda f: "corporate"),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(
                        ["Rua Actor António Silva 7", "2 Rue Al Abtal, Hay Erraha", "Chimarras 8A"]
                    )
                ),
                "city": G(lambda f: f.pick(["Lisboa", "Casablanca", "Marousi"])),
                "postal_code": G(lambda f: f.pick(["1649-033", "20200", "151 25"])),
                "country": G(lambda f: f.pick(["PT", "MA", "GR"])),
            },
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "accounts.payable@jeronimo-martins.example",
                        "factures@ocpgroup.example",
                        "ap@helpe.example",
                    ]
                )
            ),
            "account_manager": {"name": Y(full_name, "name"), "email": Y(staff_email, "email")},
            "contract_discount_pct": G(lambda f: f.pick([5, 10, 12.5])),
            "max_car_group": G(lambda f: f.pick(["C", "I", "F"])),
        },
    ),
    # -- payments (node / ruby / java, vendor-shaped) ------------------------------------------
    (
        "track",
        "Deposit Authorized",
        ["node"],
        2,
        {
            "booking_ref": G(booking_ref),
            "payment_intent_id": G(lambda f: "pi_3" + alnum(f, 23)),
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "client_secret": RED(lambda f: "pi_3" + alnum(f, 23) + "_secret_" + alnum(f, 25), "secret|token"),
            "amount": G(lambda f: f.pick([30000, 80000, 120000])),
            "currency": G(lambda f: "eur"),
            "capture_method": G(lambda f: "manual"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["GR", "PT", "DE", "GB", "FR"])),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "fingerprint": G(lambda f: alnum(f, 16)),
                "checks": {
                    "cvc_check": G(lambda f: f.pick(["pass", "unavailable"])),
                    "address_postal_code_check": G(lambda f: f.pick(["pass", "fail", None])),
                },
            },
            "outcome": {
                "risk_level": G(lambda f: f.pick(["normal", "elevated"])),
                "risk_score": G(lambda f: f.r.randint(0, 99)),
                "network_status": G(lambda f: "approved_by_network"),
            },
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "country": G(lambda f: f.pick(["GR", "PT", "DE", "GB"])),
                },
            },
        },
    ),
    (
        "track",
        "Verification SMS Sent",
        ["node"],
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["ATLANTIS", "+351300500600", "+302111987000"])),
            "To": Y(phone, "phone"),
            "Body": RED(otp_sms, "token|secret", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Broker Booking Imported",
        ["node"],
        1,
        {
            "broker-name": G(lambda f: f.pick(["Rentalcars.com", "DiscoverCars", "Auto Europe"])),
            "broker-booking-ref": G(lambda f: f.digits(9)),
            "voucher-number": G(lambda f: "V" + f.digits(8)),
            "lead-driver-name": Y(full_name, "name"),
            "lead-driver-email": Y(email, "email"),
            "lead-driver-phone": Y(phone, "phone"),
            "flight-number": G(lambda f: f.pick(AIRLINES)[0] + str(f.r.randint(100, 8999))),
            "pickup-station": G(lambda f: f.pick(BRANCH_CODES)),
            "net-rate": G(lambda f: f.money(40, 900)),
            "headers": {
                "x-api-key": RED(lambda f: f.pick(["rc_live_", "dc_prod_"]) + alnum(f, 32), "secret"),
                "x-request-id": G(lambda f: f.uuid()),
                "user-agent": G(
                    lambda f: f.pick(["RentalcarsConnect/3.2", "Apache-HttpClient/4.5.14 (Java/17.0.9)"])
                ),
                "content-type": G(lambda f: "application/json"),
            },
        },
    ),
    (
        "track",
        "Refund Issued",
        ["ruby"],
        1,
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "booking_ref": G(booking_ref),
            "amount": G(lambda f: f.money(20, 900)),
            "iban": RED(iban, "bank account"),
            "bic": G(lambda f: f.pick(["ETHNGRAA", "CGDIPTPL", "BCMAMAMC", "DEUTDEFF", "BNPAFRPP"])),
            "account_holder": Y(full_name, "name"),
            "reason": G(lambda f: f.pick(["deposit_overcharge", "cancellation", "goodwill"])),
            "method": G(lambda f: "sepa_credit_transfer"),
        },
    ),
    (
        "track",
        "Pickup Reminder Sent",
        ["ruby"],
        1,
        {
            "booking_ref": G(booking_ref),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "recipient_phone": Y(phone, "phone"),
            "branch_phone": G(lambda f: f.pick(["+30 210 353 0100", "+351 218 413 500", "+212 522 539 040"])),
            "branch_email": G(
                lambda f: f.pick(
                    [
                        "ath.airport@atlantisdrive.com",
                        "lis.aeroporto@atlantisdrive.com",
                        "cmn@atlantisdrive.com",
                    ]
                )
            ),
            "branch_address": G(
                lambda f: f.pick(
                    [
                        "Arrivals hall, Athens International Airport, 190 19 Spata",
                        "Aeroporto de Lisboa, Alameda das Comunidades Portuguesas, 1700-111 Lisboa",
                    ]
                )
            ),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "template": G(lambda f: f.pick(["reminder_24h", "reminder_2h"])),
        },
    ),
    (
        "track",
        "AUTHORISATION Notification",
        ["java"],
        1,
        {
            "eventCode": G(lambda f: "AUTHORISATION"),
            "pspReference": G(lambda f: upalnum(f, 16)),
            "merchantReference": G(agreement_no),
            "merchantAccountCode": G(lambda f: f.pick(["AtlantisDrivePT", "AtlantisDriveGR"])),
            "amount": {"value": G(lambda f: f.pick([30000, 80000, 120000])), "currency": G(lambda f: "EUR")},
            "success": G(lambda f: f.pick(["true", "false"])),
            "paymentMethod": G(lambda f: f.pick(["visa", "mc", "amex"])),
            "additionalData": {
                "cardSummary": G(lambda f: f.digits(4)),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2031)}"),
                "cardHolderName": Y(full_name, "name"),
                "recurring.recurringDetailReference": RED(lambda f: f.digits(16), "token"),
                "authCode": G(lambda f: f.digits(6)),
                "cardBin": G(lambda f: f.pick(["414720", "535522", "492181"])),
                "issuerCountry": G(lambda f: f.pick(["GR", "PT", "DE", "GB"])),
                "shopperIP": Y(ip, "ip"),
            },
        },
    ),
    # -- Morocco backend (Java, French keys) -------------------------------------------------
    (
        "track",
        "Caution Preautorisee",
        ["java"],
        2,
        {
            "numero_contrat": G(agreement_no),
            "agence": G(
                lambda f: f.pick(["Casablanca Aéroport Mohammed V", "Marrakech Menara", "Tanger Ville"])
            ),
            "montant_caution": G(lambda f: f.pick([5000, 8000, 12000])),
            "devise": G(lambda f: "MAD"),
            "numero_carte": RED(card, "credit card"),
            "titulaire_carte": Y(full_name, "name"),
            "date_expiration": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "code_autorisation": G(lambda f: upalnum(f, 6)),
            "nom": Y(last, "name"),
            "prenom": Y(first, "name"),
            "cin": RED(cin_ma, "national id"),
            "telephone": Y(lambda f: phone(f, "ma"), "phone"),
            "adresse": Y(full_address, "address"),
            "ville": Y(city, "city"),
            "num_permis": Y(licence_no, "license"),
            "date_naissance": Y(dob, "birthdate"),
            "nationalite": Y(
                lambda f: f.pick(["Marocaine", "Française", "Espagnole", "Belge"]), "citizenship"
            ),
            "lieu_naissance": Y(lambda f: f.pick(ADDR[addr_country(f)][1]), "city"),
            "canal": G(lambda f: f.pick(["comptoir", "web"])),
        },
    ),
    (
        "track",
        "Restitution Vehicule",
        ["java"],
        1,
        {
            "numero_contrat": G(agreement_no),
            "immatriculation": Y(plate, "license"),
            "kilometrage_depart": G(lambda f: f.r.randint(2000, 90000)),
            "kilometrage_retour": G(lambda f: f.r.randint(2000, 92000)),
            "niveau_carburant": G(lambda f: f.pick(["1/4", "1/2", "3/4", "4/4"])),
            "dommages_constates": G(lambda f: f.pick([True, False])),
            "frais_carburant": G(lambda f: f.money(0, 400)),
            "agent_restitution": Y(full_name, "name"),
            "remarques": G(
                lambda f: f.pick(["RAS", "Véhicule rendu sale, frais de nettoyage", "Retour en avance", ""])
            ),
        },
    ),
    # -- Portugal backend (PHP, Portuguese keys) ----------------------------------------------
    (
        "track",
        "Contrato Fechado",
        ["php"],
        2,
        {
            "numero_contrato": G(agreement_no),
            "matricula": Y(plate, "license"),
            "quilometragem_saida": G(lambda f: f.r.randint(2000, 90000)),
            "quilometragem_entrada": G(lambda f: f.r.randint(2000, 92000)),
            "nivel_combustivel_saida": G(lambda f: f.pick(["1/4", "1/2", "3/4", "cheio"])),
            "nivel_combustivel_entrada": G(lambda f: f.pick(["1/4", "1/2", "3/4", "cheio"])),
            "nome_condutor": Y(full_name, "name"),
            "nif_condutor": RED(nif_pt, "national id"),
            "morada": Y(street, "address|street"),
            "codigo_postal": Y(lambda f: f"{f.digits(4)}-{f.digits(3)}", "zipcode"),
            "localidade": Y(lambda f: f.pick(ADDR["pt"][1]), "city"),
            "telemovel": Y(lambda f: phone(f, "pt"), "phone"),
            "data_nascimento": Y(dob, "birthdate"),
            "carta_conducao": Y(licence_no, "license"),
            "email": Y(email, "email"),
            "valor_total": G(lambda f: f.money(60, 2000)),
            "iva": G(lambda f: f.money(10, 400)),
            "numero_fatura": G(lambda f: f"FT {f.pick(['2024A', '2024B'])}/{f.r.randint(1, 99999)}"),
            "atcud": G(lambda f: f"{upalnum(f, 8)}-{f.r.randint(1, 99999)}"),
            "observacoes": G(
                lambda f: f.pick(["Sem observações", "Devolvido fora de horas", "Lavagem cobrada", ""])
            ),
        },
    ),
    (
        "track",
        "Portagem Registada",
        ["php"],
        1,
        {
            "numero_contrato": G(agreement_no),
            "matricula": Y(plate, "license"),
            "data_passagem": G(
                lambda f: (
                    f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024 "
                    + f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}"
                )
            ),
            "praca_portagem": G(
                lambda f: f.pick(["Ponte 25 de Abril", "A2 Almada", "A22 Loulé", "A1 Coimbra Norte"])
            ),
            "valor": G(lambda f: f.money(0.5, 25)),
            "cobrado_ao_cliente": G(lambda f: f.pick([True, False])),
            "taxa_administrativa": G(lambda f: f.pick([0, 2.5, 5])),
        },
    ),
    (
        "track",
        "Coima Transferida",
        ["php"],
        1,
        {
            "numero_auto": G(lambda f: f"{f.digits(9)}"),
            "entidade": G(lambda f: f.pick(["ANSR", "PSP", "GNR", "EMEL"])),
            "data_infracao": G(lambda f: f.iso()),
            "infracao": G(
                lambda f: f.pick(["excesso_velocidade", "estacionamento_indevido", "semaforo_vermelho"])
            ),
            "velocidade_registada": G(lambda f: f.r.randint(60, 190)),
            "local_infracao": G(
                lambda f: f.pick(["A2 km 112, Almada", "Av. da Liberdade, Lisboa", "A22 km 57, Portimão"])
            ),
            "valor_coima": G(lambda f: f.pick([60, 120, 300, 600])),
            "matricula": Y(plate, "license"),
            "condutor": {
                "nome": Y(full_name, "name"),
                "nif": RED(nif_pt, "national id"),
                "numero_carta_conducao": Y(licence_no, "license"),
                "morada": Y(full_address, "address"),
            },
            "taxa_gestao": G(lambda f: 25),
            "email_enviado": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Backoffice Customer Searched",
        ["php"],
        1,
        {
            "q": Y(lambda f: email(f) if f.r.random() < 0.5 else phone(f), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 4)),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "search_scope": G(lambda f: f.pick(["customers", "bookings"])),
        },
    ),
    # -- Greece (.NET counter system, PascalCase; a Greek branch system with Greek keys) ------
    (
        "track",
        "RentalAgreementOpened",
        ["dotnet"],
        2,
        {
            "AgreementNumber": G(agreement_no),
            "BranchCode": G(lambda f: f.pick(["ATH", "SKG", "HER"])),
            "CounterAgent": {
                "AgentId": G(lambda f: f.digits(5)),
                "FullName": Y(full_name, "name"),
                "Email": Y(staff_email, "email"),
            },
            "Renter": {
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "Afm": RED(afm_gr, "national id"),
                "IdCardNumber": RED(greek_id, "national id"),
                "DrivingLicenceNumber": Y(licence_no, "license"),
                "MobilePhone": Y(lambda f: phone(f, "gr"), "phone"),
                "Email": Y(email, "email"),
                "HomeAddress": Y(full_address, "address"),
                "DateOfBirth": Y(lambda f: f.date(1950, 2003) + "T00:00:00", "birthdate"),
                "IsYoungDriver": G(lambda f: f.pick([True, False])),
            },
            "Vehicle": {
                "Plate": Y(plate, "license"),
                "Vin": Y(vin, "serial"),
                "Model": G(lambda f: f.pick(VEHICLES)[1]),
                "Group": G(lambda f: f.pick(VEHICLES)[0]),
                "OdometerKm": G(lambda f: f.r.randint(2000, 90000)),
                "FuelLevelEighths": G(lambda f: f.r.randint(1, 8)),
            },
            "Deposit": {
                "Amount": G(lambda f: f.pick([300, 800, 1200])),
                "Currency": G(lambda f: "EUR"),
                "PreauthCode": G(lambda f: upalnum(f, 6)),
                "MaskedPan": G(lambda f: f.pick(["414720", "535522", "492181"]) + "******" + f.digits(4)),
                "CardHolder": Y(full_name, "name"),
            },
            "PickupUtc": G(lambda f: f.iso()),
            "ExpectedReturnUtc": G(lambda f: f.iso()),
            "InsurancePackage": G(lambda f: f.pick(["CDW", "SCDW", "FULL"])),
        },
    ),
    (
        "track",
        "MyDataInvoiceTransmitted",
        ["dotnet"],
        1,
        {
            "Mark": G(lambda f: "4" + f.digits(14)),
            "Uid": G(lambda f: f.hexid(40).upper()),
            "InvoiceType": G(lambda f: f.pick(["11.1", "11.2", "1.1"])),
            "IssuerVatNumber": G(lambda f: "094019245"),
            "CustomerAfm": RED(afm_gr, "national id"),
            "NetValue": G(lambda f: f.money(50, 1500)),
            "VatAmount": G(lambda f: f.money(12, 360)),
            "TransmittedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "CounterNoteAdded",
        ["dotnet", "flutter"],
        1,
        {
            "AgreementNumber": G(agreement_no),
            "Text": Y(counter_text, "name", True),
            "Category": G(lambda f: f.pick(["driver", "handover", "extension", "complaint"])),
            "Pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kataxorisi Pelati",
        ["python"],
        1,
        {
            "arithmos_kratisis": G(booking_ref),
            "katastima": G(lambda f: f.pick(["Irakleio Aerodromio", "Chania Limani", "Rodos Kentro"])),
            "onomateponymo": Y(full_name, "name"),
            "kinito": Y(lambda f: phone(f, "gr"), "phone"),
            "afm": RED(afm_gr, "national id"),
            "arithmos_tautotitas": RED(greek_id, "national id"),
            "arithmos_diplomatos": Y(licence_no, "license"),
            "diefthinsi": Y(street, "address|street"),
            "tk": Y(lambda f: f"{f.digits(3)} {f.digits(2)}", "zipcode"),
            "poli": Y(lambda f: f.pick(ADDR["gr"][1]), "city"),
            "imerominia_gennisis": Y(dob, "birthdate"),
            "pliromi": G(lambda f: f.pick(["karta", "metrita"])),
        },
    ),
    # -- counter tablets (Flutter) ------------------------------------------------------------
    (
        "track",
        "Pickup Completed",
        ["flutter"],
        2,
        {
            "rentalAgreementId": G(agreement_no),
            "bookingRef": G(booking_ref),
            "branchCode": G(lambda f: f.pick(BRANCH_CODES)),
            "licensePlate": Y(plate, "license"),
            "odometerKm": G(lambda f: f.r.randint(2000, 90000)),
            "fuelLevel": G(lambda f: f.pick(["1/8", "4/8", "7/8", "8/8"])),
            "fuelPercent": G(lambda f: f.r.randint(10, 100)),
            "existingDamages": G(lambda f: f.r.randint(0, 6)),
            "agentId": G(lambda f: f.digits(5)),
            "agentName": Y(full_name, "name"),
            "signatureCaptured": G(lambda f: True),
            "branch": {
                "name": G(lambda f: f.pick(BRANCHES)[1]),
                "lat": G(lambda f: f.pick(BRANCHES)[2]),
                "lng": G(lambda f: f.pick(BRANCHES)[3]),
                "phone": G(lambda f: f.pick(["+30 210 353 0100", "+351 218 413 500", "+212 522 539 040"])),
            },
        },
    ),
    (
        "track",
        "Return Completed",
        ["flutter"],
        2,
        {
            "rentalAgreementId": G(agreement_no),
            "licensePlate": Y(plate, "license"),
            "odometerKm": G(lambda f: f.r.randint(2000, 92000)),
            "kmDriven": G(lambda f: f.r.randint(10, 3000)),
            "fuelLevel": G(lambda f: f.pick(["1/8", "4/8", "7/8", "8/8"])),
            "fuelCharge": G(lambda f: f.money(0, 120)),
            "lateMinutes": G(lambda f: f.r.randint(0, 240)),
            "newDamageFound": G(lambda f: f.pick([True, False])),
            "returnedByName": Y(full_name, "name"),
            "damagePhotos": Many(G(lambda f: f"https://cdn.atlantisdrive.com/return/{f.hexid(16)}.jpg"), 3),
        },
    ),
    (
        "track",
        "NPS Survey Answered",
        ["flutter", "swift"],
        1,
        {
            "surveyId": G(lambda f: "nps_" + f.digits(4)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great service at the counter",
                        "Long queue at Faro",
                        "Carro impecável",
                        "Très bon accueil",
                        "",
                        "Shuttle took 40 minutes",
                    ]
                )
            ),
            "branchCode": G(lambda f: f.pick(BRANCH_CODES)),
        },
    ),
    # -- operations (go, java servers) --------------------------------------------------------
    (
        "track",
        "Roadside Case Updated",
        ["go"],
        1,
        {
            "case_id": G(lambda f: "RSA-" + f.digits(7)),
            "status": G(lambda f: f.pick(["dispatched", "on_site", "towing", "closed"])),
            "eta_minutes": G(lambda f: f.r.randint(10, 120)),
            "provider": G(
                lambda f: f.pick(["ACP Assistência", "Interamerican Assistance", "RMA Assistance"])
            ),
            "provider_phone": G(
                lambda f: f.pick(["+351 707 509 510", "+30 210 946 0000", "+212 522 43 88 88"])
            ),
            "tow_driver_name": Y(full_name, "name"),
            "tow_driver_phone": Y(phone, "phone"),
            "caller_name": Y(full_name, "name"),
            "truck_plate": Y(plate, "license"),
            "dispatched_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Accident Report Submitted",
        ["java"],
        1,
        {
            "reportId": G(lambda f: "ACC-" + f.digits(8)),
            "agreementNumber": G(agreement_no),
            "policeReportNumber": G(lambda f: f"{f.digits(4)}/{f.r.randint(2023, 2024)}"),
            "otherParty": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "insurer": G(
                    lambda f: f.pick(["Fidelidade", "Ethniki Asfalistiki", "Wafa Assurance", "Allianz"])
                ),
                "policyNumber": Y(lambda f: f.pick(["POL", "AP", "WA"]) + f.digits(9), "identification"),
                "vehiclePlate": Y(plate, "license"),
                "address": Y(full_address, "address"),
                "licenceNumber": Y(licence_no, "license"),
            },
            "witnesses": Many({"name": Y(full_name, "name"), "phone": Y(phone, "phone")}, 2),
            "driverInjured": Y(lambda f: f.pick([True, False, False]), "condition"),
            "injuredCount": G(lambda f: f.r.randint(0, 3)),
            "accidentLat": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
            "accidentLng": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            "circumstances": Many(
                G(lambda f: f.pick(["rear_end", "parking", "lane_change", "roundabout"])), 2
            ),
        },
    ),
    (
        "track",
        "Traffic Fine Received",
        ["go"],
        1,
        {
            "fine_id": G(lambda f: f.uuid()),
            "authority": G(
                lambda f: f.pick(["Hellenic Police", "Municipality of Athens", "Traffic Police Thessaloniki"])
            ),
            "violation_code": G(lambda f: f.pick(["KOK-20", "KOK-34", "KOK-103"])),
            "amount_eur": G(lambda f: f.pick([40, 80, 200, 350])),
            "plate": Y(plate, "license"),
            "violation_at": G(lambda f: f.iso()),
            "camera_location": G(
                lambda f: f.pick(
                    ["Leof. Kifisias / Katechaki", "Attiki Odos km 12", "Egnatia Odos, Thessaloniki"]
                )
            ),
            "renter_afm": RED(afm_gr, "national id"),
            "renter_name": Y(full_name, "name"),
            "admin_fee": G(lambda f: 20),
            "status": G(lambda f: f.pick(["received", "transferred", "paid_by_renter"])),
        },
    ),
    (
        "track",
        "Trip Telemetry Summary",
        ["go"],
        2,
        {
            "vehicle_id": G(lambda f: "veh_" + f.digits(5)),
            "vin": Y(vin, "serial"),
            "tracker_imei": Y(imei, "serial"),
            "booking_ref": G(booking_ref),
            "distance_km": G(lambda f: f.money(1, 700)),
            "max_speed_kph": G(lambda f: f.r.randint(40, 210)),
            "end_lat": Y(lambda f: round(f.r.uniform(31.0, 41.6), 6), "geolocation"),
            "end_lng": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            "ignition_off_at": G(lambda f: f.epoch_ms()),
            "firmware": G(lambda f: f.pick(["FMB920-03.28.07", "FMB920-03.29.01"])),
        },
    ),
    (
        "track",
        "Shift Completed",
        ["go"],
        1,
        {
            "staff_id": G(lambda f: "st_" + f.digits(4)),
            "staff_name": Y(full_name, "name"),
            "branch": G(lambda f: f.pick(BRANCH_CODES)),
            "role": G(lambda f: f.pick(["shuttle_driver", "counter_agent", "valet"])),
            "hours_worked": G(lambda f: f.money(4, 12)),
            "hourly_rate": Y(lambda f: f.pick([6.5, 7.8, 9.25, 11.0, 32.5]), "salary"),
        },
    ),
    # -- more account, delivery, corporate and support traffic ---------------------------------
    (
        "track",
        "Profile Updated",
        ["kotlin", "swift"],
        1,
        {
            "fieldsChanged": Many(G(lambda f: f.pick(["email", "phone", "address", "language"])), 3),
            "changes": {
                "oldEmail": Y(email, "email"),
                "newEmail": Y(email, "email"),
                "oldPhone": Y(phone, "phone"),
                "newPhone": Y(phone, "phone"),
            },
            "verificationRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Saved",
        ["swift", "rn"],
        1,
        {
            "label": G(lambda f: f.pick(["Home", "Casa", "Maison", "Work", "Σπίτι"])),
            "line1": Y(street, "address|street"),
            "city": Y(city, "city"),
            "postalCode": Y(postcode, "zipcode"),
            "countryCode": G(lambda f: f.pick(["GR", "PT", "MA", "DE", "GB"])),
            "lat": Y(lambda f: round(f.r.uniform(31.0, 52.0), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-9.4, 26.0), 6), "geolocation"),
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Booked",
        ["web"],
        1,
        {
            "booking_ref": G(booking_ref),
            "delivery_type": G(lambda f: f.pick(["home", "holiday_rental"])),
            "delivery_address": Y(full_address, "address"),
            "contact_on_arrival": Y(phone, "phone"),
            "recipient_name": Y(full_name, "name"),
            "delivery_fee": G(lambda f: f.pick([25, 35, 50])),
            "delivery_window": G(lambda f: f.pick(["08:00-10:00", "10:00-12:00", "18:00-20:00"])),
            "distance_from_branch_km": G(lambda f: f.money(1, 40)),
        },
    ),
    (
        "track",
        "Corporate Traveller Added",
        ["node"],
        1,
        {
            "account_id": G(lambda f: "corp_" + f.digits(5)),
            "traveller": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "employee_number": G(lambda f: "E" + f.digits(6)),
                "cost_center": G(lambda f: f.pick(["CC-4100", "CC-2210", "OPS-LIS"])),
                "job_title": G(lambda f: f.pick(["Sales Manager", "Field Engineer", "Auditor"])),
            },
            "booker_name": Y(full_name, "name"),
            "booker_email": Y(email, "email"),
            "approval_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        1,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Deposit not released", "Fuel charge query", "Fine admin fee", "Pedido de fatura"]
                )
            ),
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "assignee": {"name": Y(full_name, "name"), "email": Y(staff_email, "email")},
            "via": {"channel": G(lambda f: f.pick(["email", "web", "whatsapp"]))},
            "tags": Many(G(lambda f: f.pick(["deposit", "portugal", "greece", "morocco", "vip"])), 3),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
    ),
    (
        "track",
        "Risk Check Completed",
        ["python"],
        1,
        {
            "booking_ref": G(booking_ref),
            "ip_address": Y(ip, "ip"),
            "ip_country": G(lambda f: f.pick(["GR", "PT", "MA", "NG", "DE"])),
            "email_domain": G(lambda f: f.pick(FREEMAIL)),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "score": G(lambda f: f.r.randint(0, 100)),
            "decision": G(lambda f: f.pick(["accept", "review", "reject"])),
        },
    ),
]

ALIAS_CLIENTS = ["web", "swift", "kotlin"]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "corp_" + f.digits(5)
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
        client = f.pick(ALIAS_CLIENTS)
        events.append(
            {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
                "context": render(CONTEXTS[client](f), f, "context", labels),
            }
        )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=176, repeats=24)
    write(Path(__file__).parent, "holdout176_", events, labels)
