"""Writes holdout 215: tests/corpus/holdout215_events.jsonl and holdout215_labels.json.

Sealed: written from the brief, REFERENCE.md, the corpus helpers (build.py, fake.py) and
build_holdout3.py's format only, without reading the detection engine, its vocabularies, its
tests or any other corpus's labels, and without running the engine on these events.

Domain: "Mavuno", an agricultural co-operative and farm-inputs app in Kenya, India and Brazil.
Farmer registration (national ids, phones, land parcels with GPS boundaries, crops), input loans
and repayments by mobile money (M-Pesa Daraja C2B/B2C shapes, UPI via a Razorpay-shaped
webhook, PIX), produce deliveries and grading (milk, coffee, grain, mandi lots), payments to bank
accounts, extension officers' visits, weather alerts and their SMS/USSD/voice callbacks (Africa's
Talking shapes), livestock, crop and health cover, seasonal workers and staff, an inputs web
shop (Segment e-commerce spec), a Facebook CAPI relay, warehouse reverse-ETL syncs.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python/node/go/java/ruby/php/.NET server libraries, with their
`context` blocks (ip, traits, device, app, library, locale, userAgent, campaign, location,
externalIds). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15-20 % others: PascalCase
(.NET services, the Daraja C2B payload), kebab-case (a Node mandi service), SCREAMING_SNAKE
(warehouse reverse-ETL), Swahili (jina, simu, kitambulisho, kijiji ...), Hindi in Latin script
(naam, pita_ka_naam, gaon, zila, jati_shreni ...) and Portuguese (nome, cpf, celular, pagador,
placa_veiculo ...). Values: Kenyan, Indian and Brazilian (plus international) names, national
phone formats (+254 / 07xx, +91 / 10-digit, +55 (DDD) 9xxxx-xxxx), Aadhaar numbers with a
Verhoeff check digit, CPFs and CNPJs with their mod-11 check digits, Cartão SUS numbers with
their mod-11 sum, Luhn cards, KRA PINs, PANs, EPIC voter ids; coordinates inside each country.

Labelling rules (the Privacy Portal's default colours, as given in the brief):
- classification red / yellow / green; type = the reference's matcher name, or `national id`,
  `bank account`, `geolocation`, `health id`, `advertising id`, `token`, `secret`, `credit card`,
  `password`, `credit score`, `trade union`, `a|b` when either name is fair; value_only = the
  key does not say what the value is (neutral key: value, q, text, label, input, destination,
  recipient, description ...), and then every value of the path carries that PII.
- Free text is labelled by what every one of its values carries (the generators make each such
  field carry it always, or never: green).
- Personal: names, contact details, a person's own address or precise location, birth dates,
  government ids, bank accounts and full card numbers, health and special categories,
  credentials, IPs, advertising ids; the user's and other people's (next of kin, guarantors,
  dependants, drivers, workers, officers and other staff, referees, phone-book contacts).
- Green: ids we or partners issue (member/farmer numbers, M-Pesa receipts, PesaLink and PIX
  end-to-end ids, lot, romaneio, invoice and claim numbers), versions, timestamps, amounts, enums,
  counters and booleans under personal-sounding keys, product / co-op / farm / shop / animal
  names, regions (county, ward, sub-county, tehsil, district, state, UF), country, locale,
  timezone, currency, user agents, OS-issued device ids, places that are not the person's
  (collection centres, agro-dealers, weather stations, searched places), a business's own
  phones, e-mails and addresses, company tax ids (CNPJ, KRA PINs of companies), bank branch
  codes (IFSC, agência, bank and branch codes), card brand, last four, BIN and expiry, ages,
  marital status, job titles.
- Contested cases follow the product policy in the brief (insurance policy numbers yellow
  `identification`; SHA (ex-NHIF), ABHA and Cartão SUS numbers red `health id`; salaries and
  wage rates yellow `salary`; CRB/CIBIL scores yellow `credit score`; plates yellow `license`, VINs and device
  serials yellow `serial`; gclid/fbclid/fbp/fbc yellow `advertising id`; payment tokens,
  one-time codes and sign-in tokens red; right-to-work answers red `visa`).
- Rules chosen here where the policy is silent (what a careful privacy owner would flag):
  a village or town of residence is `city` (yellow), a bairro (neighbourhood) is `address`;
  admin regions above village level are green. A farmer's land parcel or farm location
  (coordinates, boundary vertices, WKT, geohash, an in-field sensor's position) is the person's
  precise location: yellow `geolocation`. Land title, khasra/survey and CAR numbers identify
  the person's land: yellow `identification`. M-Pesa wallet numbers are MSISDNs: yellow
  `phone`. PIX keys and UPI VPAs address a person's bank account: red `bank account`.
  Government ids of any kind issued to a person (national id, KRA PIN, PAN, EPIC, CPF, RG,
  PIS/NIS, CTPS, NSSF, benefit-scheme registrations) are red `national id`; a masked Aadhaar
  showing its last four digits is red like an SSN's last four. Caste category is yellow
  `ethnicity|race`. Rural workers' union membership is yellow `trade union`. Hashed e-mails
  and phones sent for ad matching are still the person's: yellow `email` / `phone`; hashes of
  ids we issue are green. A government input e-voucher code is a one-time bearer code: red
  `token`. A mobile push token is red `token`. Animals' names, sex and birth dates are green.
  Crop and pest photos are green; photos of people and their id documents are yellow `photo`.
  Pay to a worker (daily rate, gross pay) and a farmer's declared income are yellow `salary`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

KE_FIRST = [
    "Wanjiru",
    "Kamau",
    "Achieng",
    "Otieno",
    "Njeri",
    "Kiprop",
    "Chebet",
    "Wafula",
    "Nafula",
    "Omondi",
    "Akinyi",
    "Mutua",
    "Wambui",
    "Kibet",
    "Jepkosgei",
    "Fatuma",
    "Hassan",
    "Mwende",
    "Nyokabi",
    "Barasa",
    "Grace",
    "Peter",
    "Esther",
    "Joseph",
    "Mercy",
    "Daniel",
]
KE_LAST = [
    "Mwangi",
    "Kamau",
    "Odhiambo",
    "Ochieng",
    "Kiprotich",
    "Wanyama",
    "Njoroge",
    "Mutiso",
    "Cheruiyot",
    "Wekesa",
    "Kariuki",
    "Omollo",
    "Mohamed",
    "Muthoni",
    "Koech",
    "Nyaga",
    "Kilonzo",
    "Simiyu",
    "Gathoni",
    "Rotich",
]
IN_FIRST = [
    "Ramesh",
    "Sunita",
    "Lakshmi",
    "Gurpreet",
    "Anjali",
    "Mohammed",
    "Venkatesh",
    "Pooja",
    "Suresh",
    "Kavita",
    "Rajesh",
    "Savitri",
    "Arjun",
    "Meena",
    "Harpreet",
    "Shivaji",
    "Fatima",
    "Manoj",
    "Rekha",
    "Bhupinder",
    "Lalita",
    "Ganesh",
]
IN_LAST = [
    "Kumar",
    "Devi",
    "Patil",
    "Singh",
    "Reddy",
    "Yadav",
    "Gowda",
    "Jadhav",
    "Sharma",
    "Iqbal",
    "Naik",
    "Chauhan",
    "Pawar",
    "Verma",
    "Nair",
    "Bhosale",
    "Rao",
    "Meena",
    "Ansari",
]
BR_FIRST = [
    "João",
    "Maria Aparecida",
    "Francisco",
    "Ana Paula",
    "José Carlos",
    "Luiz Henrique",
    "Antônia",
    "Márcia",
    "Raimundo",
    "Cláudia",
    "Sebastião",
    "Luciana",
    "Edson",
    "Rosângela",
    "Vanderlei",
    "Jucélia",
    "Thiago",
    "Gabriela",
    "Adenilson",
    "Keila",
]
BR_LAST = [
    "da Silva",
    "Souza",
    "Oliveira",
    "Ferreira",
    "Pereira",
    "Lima",
    "Rodrigues",
    "Gonçalves",
    "dos Santos",
    "Ribeiro",
    "Carvalho",
    "Almeida",
    "Schmitt",
    "Bertoldo",
    "Zanella",
    "Nascimento",
    "Araújo",
    "Kreutz",
]
KE_COUNTIES = [
    "Kiambu",
    "Nakuru",
    "Uasin Gishu",
    "Meru",
    "Kakamega",
    "Murang'a",
    "Bungoma",
    "Nyeri",
    "Kericho",
    "Machakos",
]
KE_WARDS = ["Githunguri", "Ndumberi", "Kapseret", "Kiamokama", "Mumias East", "Kabete", "Mukurwe-ini"]
KE_VILLAGES = [
    "Kiganjo",
    "Gatundu",
    "Kapsabet",
    "Shianda",
    "Kabiyet",
    "Karatina",
    "Chepsonoi",
    "Kimilili",
    "Ikinu",
    "Nguku",
    "Ol Kalou",
]
IN_DISTRICTS = ["Nashik", "Guntur", "Ludhiana", "Belagavi", "Sehore", "Hisar", "Kurnool", "Satara"]
IN_STATES = ["Maharashtra", "Andhra Pradesh", "Punjab", "Karnataka", "Madhya Pradesh", "Haryana"]
IN_VILLAGES = [
    "Pimpalgaon Baswant",
    "Kothapalli",
    "Harsana",
    "Khandala",
    "Rampur Kalan",
    "Ashta",
    "Nandgaon",
    "Chinchwad Kh.",
    "Tadepalle",
]
BR_CITIES = [
    "Sorriso",
    "Rio Verde",
    "Cascavel",
    "Lucas do Rio Verde",
    "Uberlândia",
    "Chapecó",
    "Toledo",
    "Luís Eduardo Magalhães",
    "Dourados",
    "Passo Fundo",
]
BR_UF = ["MT", "GO", "PR", "MG", "BA", "SC", "RS", "MS"]
BR_STREETS = [
    "Rua das Flores",
    "Avenida Brasil",
    "Rua Sete de Setembro",
    "Rua Tiradentes",
    "Estrada Municipal",
    "Rua Dom Pedro II",
    "Avenida Goiás",
    "Rua Paraná",
]
BR_BAIRROS = [
    "Centro",
    "Jardim América",
    "Vila Nova",
    "Zona Rural",
    "Parque das Araucárias",
    "São Cristóvão",
    "Bela Vista",
]
CROPS_KE = ["maize", "tea", "coffee", "dairy", "avocado", "potatoes", "beans", "sorghum"]
CROPS_IN = ["cotton", "soybean", "wheat", "paddy", "onion", "sugarcane", "grapes", "chana"]
CROPS_BR = ["soja", "milho", "café", "trigo", "algodão", "feijão", "cana-de-açúcar"]
INPUTS = [
    "DAP 50kg",
    "CAN 50kg",
    "NPK 17:17:17 50kg",
    "Hybrid Maize H614D 2kg",
    "Duduthrin 1L",
    "Urea 45kg",
    "Roundup 1L",
    "Semente Soja BRS 1003 IPRO",
    "Mancozeb 80WP 1kg",
    "Dairy Meal 70kg",
    "Drip Kit 1/4 acre",
    "Knapsack Sprayer 16L",
]
INPUT_BRANDS = ["Yara", "Kenya Seed", "Syngenta", "Bayer", "IFFCO", "Mahyco", "Embrapa", "Unga Farm Care"]
KE_SHOPS = [
    "Kilimo Bora Agrovet",
    "Githunguri Farmers Agrovet",
    "Baraka Agro Supplies",
    "Mavuno Depot Kapsabet",
]
KE_CENTRES = ["Kiganjo CC", "Githunguri Main", "Kabete Road CC", "Ikinu Cooling Plant"]
EMAIL_DOMAINS_KE = ["gmail.com", "yahoo.com", "outlook.com"]
EMAIL_DOMAINS_IN = ["gmail.com", "rediffmail.com", "yahoo.co.in"]
EMAIL_DOMAINS_BR = ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]
MPESA = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _ascii(s: str) -> str:
    table = str.maketrans("ãáâàéêíóôõúüçÁÂÉÍÓÚÇ'", "aaaaeeiooouucAAEIOUC ")
    return s.translate(table)


def first(f: Fake, cc: str) -> str:
    return f.pick({"KE": KE_FIRST, "IN": IN_FIRST, "BR": BR_FIRST}[cc])


def last(f: Fake, cc: str) -> str:
    return f.pick({"KE": KE_LAST, "IN": IN_LAST, "BR": BR_LAST}[cc])


def name(f: Fake, cc: str) -> str:
    return f"{first(f, cc)} {last(f, cc)}"


def email(f: Fake, cc: str) -> str:
    user = _ascii(first(f, cc).split()[0]).lower()
    surname = _ascii(last(f, cc).split()[-1]).lower()
    sep = f.pick([".", "_", ""])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1960, 2004))])
    domains = {"KE": EMAIL_DOMAINS_KE, "IN": EMAIL_DOMAINS_IN, "BR": EMAIL_DOMAINS_BR}[cc]
    return f"{user}{sep}{surname}{tail}@{f.pick(domains)}"


def staff_email(f: Fake, cc: str) -> str:
    user = _ascii(first(f, cc).split()[0]).lower()
    surname = _ascii(last(f, cc).split()[-1]).lower()
    return f"{user[0]}.{surname}@" + {"KE": "mavuno.co.ke", "IN": "mavuno.in", "BR": "mavuno.com.br"}[cc]


def ke_phone(f: Fake, style: str | None = None) -> str:
    prefix = f.pick(["70", "71", "72", "74", "79", "11", "10", "73", "78"])
    rest = f.digits(7) if f.r.random() < 0.9 else "0" + f.digits(6)
    n = prefix + rest
    style = style or f.pick(["e164", "local", "msisdn", "spaced", "local_spaced"])
    return {
        "e164": f"+254{n}",
        "local": f"0{n}",
        "msisdn": f"254{n}",
        "spaced": f"+254 {n[:3]} {n[3:6]} {n[6:]}",
        "local_spaced": f"0{n[:3]} {n[3:6]} {n[6:]}",
    }[style]


def in_phone(f: Fake, style: str | None = None) -> str:
    n = f.pick(["6", "7", "8", "9"]) + f.digits(9)
    style = style or f.pick(["e164", "ten", "spaced", "zero"])
    return {"e164": f"+91{n}", "ten": n, "spaced": f"+91 {n[:5]} {n[5:]}", "zero": f"0{n}"}[style]


def br_phone(f: Fake, style: str | None = None) -> str:
    ddd = f.pick(["65", "66", "64", "62", "45", "44", "34", "49", "54", "67", "77", "11"])
    n = "9" + f.digits(8)
    style = style or f.pick(["e164", "paren", "spaced", "plain"])
    return {
        "e164": f"+55{ddd}{n}",
        "paren": f"({ddd}) {n[:5]}-{n[5:]}",
        "spaced": f"+55 {ddd} {n[:5]}-{n[5:]}",
        "plain": f"{ddd}{n}",
    }[style]


def phone(f: Fake, cc: str, style: str | None = None) -> str:
    return {"KE": ke_phone, "IN": in_phone, "BR": br_phone}[cc](f, style)


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


def aadhaar(f: Fake, formatted: bool | None = None) -> str:
    body = f.pick("23456789") + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    number = body + str(_VINV[c])
    formatted = f.r.random() < 0.5 if formatted is None else formatted
    return f"{number[:4]} {number[4:8]} {number[8:]}" if formatted else number


def cpf(f: Fake, formatted: bool | None = None) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def cnpj(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(v * w for v, w in zip(d, weights)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cns(f: Fake) -> str:
    while True:
        body = f.pick("789") + "".join(str(f.r.randint(0, 9)) for _ in range(13))
        for last_digit in range(10):
            s = body + str(last_digit)
            if sum(int(c) * w for c, w in zip(s, range(15, 0, -1))) % 11 == 0:
                return f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}" if f.r.random() < 0.5 else s


def ke_id(f: Fake) -> str:
    return (
        str(f.r.randint(10_000_000, 39_999_999))
        if f.r.random() < 0.85
        else str(f.r.randint(1_000_000, 9_999_999))
    )


def kra_pin(f: Fake, company: bool = False) -> str:
    return (
        ("P05" if company else "A0")
        + f.digits(8 if company else 9)[: 7 if company else 8]
        + f.pick("ABCDEFGHJKLMNPQRTWXYZ")
    )


def pan(f: Fake, surname: str = "") -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    initial = (surname[:1] or f.pick(letters)).upper()
    return "".join(f.pick(letters) for _ in range(3)) + "P" + initial + f.digits(4) + f.pick(letters)


def epic(f: Fake) -> str:
    return "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f.digits(7)


def abha(f: Fake) -> str:
    n = "91" + f.digits(12)
    return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"


def ifsc(f: Fake) -> str:
    return f.pick(["SBIN", "HDFC", "ICIC", "PUNB", "BKID", "UBIN", "KKBK"]) + "0" + f.digits(6)


def geo(f: Fake, cc: str) -> tuple[float, float]:
    box = {"KE": (-1.6, 0.9, 34.4, 38.0), "IN": (15.0, 30.5, 73.5, 84.5), "BR": (-29.0, -10.0, -58.0, -46.0)}[
        cc
    ]
    return round(f.r.uniform(box[0], box[1]), 6), round(f.r.uniform(box[2], box[3]), 6)


def lat(f: Fake, cc: str) -> float:
    return geo(f, cc)[0]


def lon(f: Fake, cc: str) -> float:
    return geo(f, cc)[1]


def geohash(f: Fake, cc: str, precision: int = 9) -> str:
    la, lo = geo(f, cc)
    base32 = "0123456789bcdefghjkmnpqrstuvwxyz"
    lat_r, lon_r, bits, even, out = [-90.0, 90.0], [-180.0, 180.0], [], True, ""
    while len(out) < precision:
        rng, v = (lon_r, lo) if even else (lat_r, la)
        mid = (rng[0] + rng[1]) / 2
        if v >= mid:
            bits.append(1)
            rng[0] = mid
        else:
            bits.append(0)
            rng[1] = mid
        even = not even
        if len(bits) == 5:
            out += base32[int("".join(map(str, bits)), 2)]
            bits = []
    return out


def wkt(f: Fake, cc: str) -> str:
    la, lo = geo(f, cc)
    pts = [
        (lo + f.r.uniform(-0.002, 0.002), la + f.r.uniform(-0.002, 0.002)) for _ in range(f.r.randint(4, 6))
    ]
    pts.append(pts[0])
    return "POLYGON((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in pts) + "))"


def mpesa_receipt(f: Fake) -> str:
    return f.pick(["S", "T", "R"]) + "".join(f.pick(MPESA) for _ in range(9))


def alnum(f: Fake, n: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(f.pick(chars) for _ in range(n))


def ke_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"K{f.pick('ABCD')}{f.pick(letters)} {f.r.randint(100, 999)}{f.pick(letters)}"


def in_plate(f: Fake) -> str:
    state = f.pick(["MH", "AP", "PB", "KA", "MP", "HR"])
    return f"{state} {f.r.randint(1, 50):02d} {f.pick(['AB', 'CX', 'GT', 'K'])} {f.digits(4)}"


def br_plate(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(f.pick(letters) for _ in range(3)) + str(f.r.randint(0, 9)) + f.pick(letters) + f.digits(2)


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["9BW", "93H", "MA1", "JTD", "9BD", "MAT"]) + "".join(f.pick(chars) for _ in range(14))


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + alnum(f, 40) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def card(f: Fake) -> str:
    return f.card()


def br_address(f: Fake) -> str:
    street = f"{f.pick(BR_STREETS)}, {f.r.randint(10, 2999)}"
    return f"{street} - {f.pick(BR_BAIRROS)}, {f.pick(BR_CITIES)} - {f.pick(BR_UF)}"


def in_address(f: Fake) -> str:
    return (
        f"{f.pick(['H.No', 'House No.', 'Plot'])} {f.r.randint(1, 60)}-{f.r.randint(1, 300)}, "
        f"{f.pick(['Gandhi Nagar', 'Shivaji Chowk', 'Ward 5', 'Near Hanuman Mandir', 'Main Road'])}, "
        f"{f.pick(IN_VILLAGES)}, {f.pick(IN_DISTRICTS)}"
    )


KE_POSTCODES = ["00900", "00100", "30100", "10100", "20100"]
KE_ROADS = ["Kiambu Rd", "Eldoret-Kitale Rd", "Nyeri-Othaya Rd"]


def ke_address(f: Fake) -> str:
    return f.pick(
        [
            f"P.O. Box {f.r.randint(10, 9999)}-{f.pick(KE_POSTCODES)} {f.pick(KE_VILLAGES)}",
            f"Plot {f.r.randint(1, 999)}, {f.pick(KE_VILLAGES)} village, off {f.pick(KE_ROADS)}",
        ]
    )


WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 12; TECNO KG5k) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.101 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
]


def title_no(f: Fake) -> str:
    county, section = f.pick(
        [("KIAMBU", "GITHUNGURI"), ("NYERI", "MUKURWE-INI"), ("KAKAMEGA", "BUTSOTSO"), ("NANDI", "KAPSABET")]
    )
    return f"{county}/{section}/{f.r.randint(100, 9999)}"


def daraja_time(f: Fake) -> list[str]:
    r = f.r
    return [
        "2024",
        f"{r.randint(1, 12):02d}",
        f"{r.randint(1, 28):02d}",
        f"{r.randint(0, 23):02d}",
        f"{r.randint(0, 59):02d}",
        f"{r.randint(0, 59):02d}",
    ]


def gstin(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    company_pan = "".join(f.pick(letters) for _ in range(3)) + f.pick("CF") + f.pick(letters)
    return (
        f"{f.pick(['27', '36', '03', '29'])}{company_pan}{f.digits(4)}{f.pick(letters)}1Z{f.r.randint(1, 9)}"
    )


def cep(f: Fake) -> str:
    return f"{f.r.randint(70000, 99999)}-{f.digits(3)}"


def in_pin(f: Fake) -> str:
    return f.pick(["4", "5", "1", "6"]) + f.digits(5)


def sha256(f: Fake) -> str:
    return f.hexid(64)


def iso_date(f: Fake, start=2023, end=2024) -> str:
    return f"{f.r.randint(start, end)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- contexts ---------------------------------------------------------------------------------------

TZ = {"KE": "Africa/Nairobi", "IN": "Asia/Kolkata", "BR": "America/Sao_Paulo"}
LOCALES = {"KE": ["en-KE", "sw-KE"], "IN": ["hi-IN", "en-IN", "mr-IN"], "BR": ["pt-BR"]}
CARRIERS = {
    "KE": ["Safaricom", "Airtel KE"],
    "IN": ["Jio", "Airtel", "Vi India"],
    "BR": ["Vivo", "Claro BR", "TIM"],
}


def web_ctx(f: Fake, cc: str):
    page = f.pick(["/shop", "/shop/cart", "/account/loans", "/weather", "/"])
    host = {"KE": "shop.mavuno.co.ke", "IN": "mavuno.in", "BR": "loja.mavuno.com.br"}[cc]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.facebook.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=sms&utm_medium=bulk", "?ref=app"])),
            "title": G(
                lambda f: f.pick(["Mavuno Shop", "Cart | Mavuno", "My loans - Mavuno", "Weather | Mavuno"])
            ),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES[cc])),
        "timezone": G(lambda f: TZ[cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["long_rains_2024", "kharif_inputs", "safra_23_24", "planting_promo"])
            ),
            "source": G(lambda f: f.pick(["sms", "facebook", "google", "whatsapp"])),
            "medium": G(lambda f: f.pick(["bulk", "cpc", "social", "referral"])),
            "term": G(lambda f: f.pick(["dap fertilizer", "semente soja", "kapas beej", "dairy meal"])),
            "content": G(lambda f: f.pick(["banner_top", "text_a", "video_15s"])),
        },
    }


def swift_ctx(f: Fake, cc: str):
    return {
        "app": {
            "name": G(lambda f: "Mavuno"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "com.mavuno.farmer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,5", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {"width": G(lambda f: 375), "height": G(lambda f: 667)},
        "timezone": G(lambda f: TZ[cc]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "name": Y(lambda f: name(f, cc), "name"),
            "phone": Y(lambda f: phone(f, cc), "phone"),
            "memberNo": G(lambda f: f"MV-{cc}-{f.digits(6)}"),
        },
    }


def kotlin_ctx(f: Fake, cc: str):
    return {
        "app": {
            "name": G(lambda f: f.pick(["Mavuno", "Mavuno Field"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "2.8.4"])),
            "build": G(lambda f: f.pick(["40200", "40301", "20804"])),
            "namespace": G(lambda f: f.pick(["com.mavuno.farmer", "com.mavuno.field"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "Xiaomi", "itel", "motorola"])),
            "model": G(
                lambda f: f.pick(["TECNO KG5k", "SM-A145F", "Redmi Note 12", "itel A70", "moto g54 5G"])
            ),
            "name": G(lambda f: f.pick(["TECNO-KG5k", "a14", "tapas", "itel-A665L", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[cc])),
        "network": {
            "carrier": G(lambda f: f.pick(CARRIERS[cc])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 1.5])),
            "width": G(lambda f: 720),
            "height": G(lambda f: 1600),
        },
        "timezone": G(lambda f: TZ[cc]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KG5k Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; moto g54 5G Build/U1TDS34.94-12-7)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: lat(f, cc), "geolocation"),
            "longitude": Y(lambda f: lon(f, cc), "geolocation"),
            "accuracy": G(lambda f: f.pick([4.8, 12.0, 30.5, 65.0])),
            "speed": G(lambda f: 0.0),
        },
        "traits": {
            "name": Y(lambda f: name(f, cc), "name"),
            "phone": Y(lambda f: phone(f, cc), "phone"),
            "memberNo": G(lambda f: f"MV-{cc}-{f.digits(6)}"),
        },
    }


def rn_ctx(f: Fake, cc: str):
    return {
        "app": {
            "name": G(lambda f: "Mavuno"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "com.mavuno.farmer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone12,8", "SM-A145F", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["iPhone", "a14", "tapas"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[cc])),
        "network": {"cellular": G(lambda f: True), "wifi": G(lambda f: f.pick([True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([667, 873]))},
        "timezone": G(lambda f: TZ[cc]),
        "traits": {
            "name": Y(lambda f: name(f, cc), "name"),
            "phone": Y(lambda f: phone(f, cc), "phone"),
        },
    }


def flutter_ctx(f: Fake, cc: str):
    return {
        "app": {
            "name": G(lambda f: "Mavuno"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "com.mavuno.farmer"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "itel"])),
            "model": G(lambda f: f.pick(["TECNO KG5k", "SM-A045F", "itel A70"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[cc])),
        "network": {"cellular": G(lambda f: True), "wifi": G(lambda f: f.pick([True, False]))},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1612), "density": G(lambda f: 2.0)},
        "timezone": G(lambda f: TZ[cc]),
        "traits": {
            "name": Y(lambda f: name(f, cc), "name"),
            "phone": Y(lambda f: phone(f, cc), "phone"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib: str):
    def ctx(f: Fake, cc: str):
        lib_name, versions = SERVER_LIBS[lib]
        out = {"library": {"name": G(lambda f: lib_name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "php"):
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
        if lib in ("python", "java"):
            out["externalIds"] = Many(
                {
                    "id": Y(lambda f: phone(f, cc, "e164"), "phone", True),
                    "type": G(lambda f: "phone_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "dotnet":
            out["Tenant"] = G(lambda f: f"mavuno-{cc.lower()}")
        return out

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
MOBILE = ["kotlin", "flutter", "rn", "swift"]


# -- events -----------------------------------------------------------------------------------------


def ke_identify():
    cc = "KE"
    return {
        "firstName": Y(lambda f: first(f, cc), "name"),
        "lastName": Y(lambda f: last(f, cc), "name"),
        "phone": Y(lambda f: ke_phone(f), "phone"),
        "email": Y(lambda f: email(f, cc), "email"),
        "nationalId": RED(ke_id, "national id"),
        "kraPin": RED(lambda f: kra_pin(f), "national id"),
        "dateOfBirth": Y(lambda f: f.date(1950, 2003), "birthdate"),
        "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
        "age": G(lambda f: f.r.randint(19, 78)),
        "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed"])),
        "county": G(lambda f: f.pick(KE_COUNTIES)),
        "ward": G(lambda f: f.pick(KE_WARDS)),
        "village": Y(lambda f: f.pick(KE_VILLAGES), "city"),
        "memberNumber": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
        "preferredLanguage": G(lambda f: f.pick(["sw", "en", "ki", "kln"])),
        "farmSizeAcres": G(lambda f: f.pick([0.25, 0.5, 1, 1.5, 2, 3.5, 5])),
        "primaryCrop": G(lambda f: f.pick(CROPS_KE)),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "mpesaRegistered": G(lambda f: True),
        "createdAt": G(lambda f: f.iso()),
        "avatar": Y(lambda f: f"https://cdn.mavuno.co.ke/avatars/{f.hexid(16)}.jpg", "photo"),
        "nextOfKin": {
            "name": Y(lambda f: name(f, cc), "name"),
            "phone": Y(lambda f: ke_phone(f), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "brother", "mother"])),
        },
    }


def in_identify():
    cc = "IN"
    return {
        "naam": Y(lambda f: name(f, cc), "name"),
        "pita_ka_naam": Y(lambda f: name(f, cc), "name"),
        "mobile": Y(lambda f: in_phone(f), "phone"),
        "email": Y(lambda f: email(f, cc), "email"),
        "gaon": Y(lambda f: f.pick(IN_VILLAGES), "city"),
        "tehsil": G(lambda f: f.pick(["Niphad", "Tenali", "Khanna", "Gokak", "Ashta"])),
        "zila": G(lambda f: f.pick(IN_DISTRICTS)),
        "rajya": G(lambda f: f.pick(IN_STATES)),
        "pin_code": Y(in_pin, "zipcode"),
        "aadhaar_last4": RED(lambda f: f.digits(4), "national id"),
        "jati_shreni": Y(lambda f: f.pick(["SC", "ST", "OBC", "General"]), "ethnicity|race"),
        "ling": Y(lambda f: f.pick(["purush", "mahila"]), "gender"),
        "umra": G(lambda f: f.r.randint(21, 75)),
        "kisan_id": G(lambda f: "FPO" + f.digits(7)),
        "bhumi_acre": G(lambda f: f.pick([0.5, 1.2, 2, 2.5, 4, 7.5])),
        "fasal": G(lambda f: f.pick(CROPS_IN)),
        "pm_kisan_labharthi": G(lambda f: f.pick([True, False])),
        "kcc_holder": G(lambda f: f.pick([True, False])),
        "createdAt": G(lambda f: f.iso()),
    }


def br_identify():
    cc = "BR"
    return {
        "nome": Y(lambda f: name(f, cc), "name"),
        "cpf": RED(cpf, "national id"),
        "celular": Y(lambda f: br_phone(f), "phone"),
        "email": Y(lambda f: email(f, cc), "email"),
        "data_nascimento": Y(lambda f: f.date(1950, 2002), "birthdate"),
        "sexo": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
        "endereco": {
            "logradouro": Y(lambda f: f.pick(BR_STREETS), "street|address"),
            "numero": Y(lambda f: str(f.r.randint(10, 2999)), "address|street"),
            "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
            "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
            "uf": G(lambda f: f.pick(BR_UF)),
            "cep": Y(cep, "zipcode"),
        },
        "matricula_cooperado": G(lambda f: f.digits(6)),
        "unidade": G(lambda f: f.pick(["Sorriso", "Rio Verde", "Cascavel", "Chapecó"])),
        "area_total_ha": G(lambda f: f.pick([35.5, 120, 480, 1250, 62.3])),
        "culturas": Many(G(lambda f: f.pick(CROPS_BR)), 3),
        "filiado_sindicato": Y(lambda f: f.pick([True, False]), "trade union"),
        "estado_civil": G(lambda f: f.pick(["casado", "solteiro", "divorciado"])),
        "createdAt": G(lambda f: f.iso()),
    }


def shop_product(currency_price):
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"MV-{f.r.randint(1000, 9999)}-{f.pick(['50K', '2K', '1L', '70K'])}"),
        "name": G(lambda f: f.pick(INPUTS)),
        "brand": G(lambda f: f.pick(INPUT_BRANDS)),
        "category": G(
            lambda f: f.pick(["Fertilizer", "Seed", "Crop Protection", "Animal Feed", "Equipment"])
        ),
        "variant": G(lambda f: f.pick(["50kg", "25kg", "2kg", "1L"])),
        "price": G(currency_price),
        "quantity": G(lambda f: f.r.randint(1, 10)),
    }


EVENTS = [
    # -- registration & identity ------------------------------------------------------------------
    ("identify", None, ["kotlin", "flutter", "rn"], "KE", 3, ke_identify()),
    ("identify", None, ["rn", "node"], "IN", 2, in_identify()),
    ("identify", None, ["swift", "flutter", "java"], "BR", 2, br_identify()),
    (
        "track",
        "Farmer Registered",
        ["python"],
        "KE",
        2,
        {
            "farmer_id": G(lambda f: f.uuid()),
            "registration_channel": G(lambda f: f.pick(["ussd", "app", "agent"])),
            "agent_id": G(lambda f: "AGT" + f.digits(4)),
            "agent_name": Y(lambda f: name(f, "KE"), "name"),
            "id_type": G(lambda f: f.pick(["national_id", "alien_id", "passport"])),
            "id_number": RED(ke_id, "national id"),
            "id_verified": G(lambda f: f.pick([True, False])),
            "iprs_match_score": G(lambda f: f.r.randint(40, 100)),
            "photo_url": Y(lambda f: f"https://media.mavuno.co.ke/farmers/{f.uuid()}.jpg", "photo"),
            "id_front_image_url": Y(
                lambda f: f"https://media.mavuno.co.ke/kyc/{f.hexid(20)}_front.jpg", "photo"
            ),
            "gps_lat": Y(lambda f: lat(f, "KE"), "geolocation"),
            "gps_lng": Y(lambda f: lon(f, "KE"), "geolocation"),
            "gps_accuracy_m": G(lambda f: f.pick([3.9, 8.0, 15.2, 40.0])),
            "consent_sms": G(lambda f: f.pick([True, False])),
            "consent_data_sharing": G(lambda f: f.pick([True, False])),
            "consent_version": G(lambda f: f.pick(["2023-06", "2024-02"])),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Usajili Umekamilika",
        ["php"],
        "KE",
        2,
        {
            "jina_kamili": Y(lambda f: name(f, "KE"), "name"),
            "nambari_ya_simu": Y(lambda f: ke_phone(f, f.pick(["local", "e164"])), "phone"),
            "kitambulisho": RED(ke_id, "national id"),
            "kaunti": G(lambda f: f.pick(KE_COUNTIES)),
            "kijiji": Y(lambda f: f.pick(KE_VILLAGES), "city"),
            "jinsia": Y(lambda f: f.pick(["mwanamke", "mwanaume"]), "gender"),
            "mazao": Many(G(lambda f: f.pick(["mahindi", "maharagwe", "chai", "kahawa", "maziwa"])), 3),
            "ekari": G(lambda f: f.pick([0.5, 1, 2, 3.5])),
            "tarehe_ya_usajili": G(lambda f: iso_date(f)),
            "lugha": G(lambda f: f.pick(["sw", "en"])),
            "njia": G(lambda f: "ussd"),
        },
    ),
    (
        "track",
        "Land Parcel Mapped",
        ["kotlin"],
        "KE",
        2,
        {
            "parcel_id": G(lambda f: f.uuid()),
            "farmer_id": G(lambda f: f.uuid()),
            "title_number": Y(
                title_no,
                "identification",
            ),
            "area_acres": G(lambda f: f.money(0, 12)),
            "area_ha": G(lambda f: f.money(0, 5)),
            "centroid": {
                "lat": Y(lambda f: lat(f, "KE"), "geolocation"),
                "lng": Y(lambda f: lon(f, "KE"), "geolocation"),
            },
            "vertices": Many(
                {
                    "lat": Y(lambda f: lat(f, "KE"), "geolocation"),
                    "lng": Y(lambda f: lon(f, "KE"), "geolocation"),
                },
                8,
            ),
            "boundary_wkt": Y(lambda f: wkt(f, "KE"), "geolocation"),
            "geohash": Y(lambda f: geohash(f, "KE", f.pick([8, 9])), "geolocation"),
            "crop": G(lambda f: f.pick(CROPS_KE)),
            "irrigated": G(lambda f: f.pick([True, False])),
            "ownership": G(lambda f: f.pick(["owned", "leased", "family"])),
            "mapped_by_officer_id": G(lambda f: "EO" + f.digits(4)),
            "gps_points": G(lambda f: f.r.randint(8, 400)),
        },
    ),
    # -- loans & mobile money ---------------------------------------------------------------------
    (
        "track",
        "Input Loan Applied",
        ["rn", "flutter"],
        "KE",
        2,
        {
            "loan_id": G(lambda f: "LN" + f.digits(8)),
            "product": G(
                lambda f: f.pick(["DAP 50kg + CAN 50kg bundle", "Dairy Meal x2", "Seed & Fert Starter"])
            ),
            "principal_kes": G(lambda f: f.r.randint(1500, 45000)),
            "interest_rate": G(lambda f: f.pick([0.09, 0.12, 0.14])),
            "term_days": G(lambda f: f.pick([90, 120, 180])),
            "guarantors": Many(
                {
                    "name": Y(lambda f: name(f, "KE"), "name"),
                    "phone": Y(lambda f: ke_phone(f), "phone"),
                    "member_no": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
                    "national_id": RED(ke_id, "national id"),
                },
                3,
            ),
            "crb_score": Y(lambda f: f.r.randint(250, 900), "credit score"),
            "crb_listed": G(lambda f: f.pick([True, False])),
            "monthly_income_kes": Y(lambda f: f.r.randint(5000, 80000), "salary"),
            "income_source": G(lambda f: f.pick(["milk", "tea", "casual labour", "business"])),
            "repayment_method": G(lambda f: f.pick(["mpesa", "check_off"])),
            "disbursement_phone": Y(lambda f: ke_phone(f), "phone"),
            "loans_outstanding": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Loan Disbursed",
        ["python"],
        "KE",
        2,
        {
            "loan_id": G(lambda f: "LN" + f.digits(8)),
            "mpesa_receipt": G(mpesa_receipt),
            "amount": G(lambda f: f.r.randint(1500, 45000)),
            "currency": G(lambda f: "KES"),
            "recipient_msisdn": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
            "receiver_party_public_name": Y(
                lambda f: f"{ke_phone(f, 'msisdn')} - {name(f, 'KE').upper()}", "name|phone"
            ),
            "result_code": G(lambda f: f.pick([0, 0, 0, 2001, 1])),
            "conversation_id": G(lambda f: f"AG_{f.r.randint(20240101, 20241228)}_{f.hexid(20)}"),
            "originator_conversation_id": G(
                lambda f: f"{f.r.randint(10000, 99999)}-{f.r.randint(1000000, 9999999)}-1"
            ),
            "transaction_completed_at": G(lambda f: "{2}.{1}.{0} {3}:{4}:{5}".format(*daraja_time(f))),
            "charges": G(lambda f: f.pick([0, 15, 22, 33])),
            "note": Y(
                lambda f: (
                    f.pick(["Sent to ", "Disbursed via B2C to ", "Retry ok, paid "]) + ke_phone(f, "local")
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Repayment Received",
        ["php", "dotnet"],
        "KE",
        3,
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(mpesa_receipt),
            "TransTime": G(lambda f: "".join(daraja_time(f))),
            "TransAmount": G(lambda f: f"{f.r.randint(50, 15000)}.00"),
            "BusinessShortCode": G(lambda f: f.pick(["174379", "600984"])),
            "BillRefNumber": G(lambda f: f"KDFC{f.digits(4)}"),
            "InvoiceNumber": G(lambda f: ""),
            "OrgAccountBalance": G(lambda f: f"{f.r.randint(10000, 9000000)}.00"),
            "ThirdPartyTransID": G(lambda f: ""),
            "MSISDN": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
            "FirstName": Y(lambda f: first(f, "KE").upper(), "name"),
            "MiddleName": Y(lambda f: last(f, "KE").upper(), "name"),
            "LastName": Y(lambda f: last(f, "KE").upper(), "name"),
        },
    ),
    (
        "track",
        "Airtime Sent",
        ["node"],
        "KE",
        1,
        {
            "request_id": G(lambda f: "ATQid_" + f.hexid(32)),
            "recipient": Y(lambda f: ke_phone(f, "e164"), "phone", True),
            "amount": G(lambda f: f"KES {f.pick([20, 50, 100])}.0000"),
            "reason": G(lambda f: f.pick(["survey_reward", "referral_bonus", "delivery_streak"])),
            "status": G(lambda f: f.pick(["Sent", "Failed"])),
        },
    ),
    (
        "track",
        "Beneficiary Saved",
        ["flutter", "rn"],
        "KE",
        1,
        {
            "beneficiary_id": G(lambda f: f.uuid()),
            "label": Y(
                lambda f: f.pick(["Mama ", "Kaka ", "Shamba boy ", "Mzee ", ""]) + first(f, "KE"),
                "name",
                True,
            ),
            "msisdn": Y(lambda f: ke_phone(f), "phone"),
            "type": G(lambda f: f.pick(["mpesa", "airtel_money"])),
            "is_favourite": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- deliveries & grading ---------------------------------------------------------------------
    (
        "track",
        "Produce Delivered",
        ["kotlin"],
        "KE",
        4,
        {
            "delivery_id": G(lambda f: f.uuid()),
            "farmer_member_no": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
            "collection_center": G(lambda f: f.pick(KE_CENTRES)),
            "center_lat": G(lambda f: f.pick([-1.0489, -0.4167, 0.2017, -1.2421])),
            "center_lng": G(lambda f: f.pick([36.7742, 36.9512, 35.1005, 36.6819])),
            "weight_kg": G(lambda f: f.money(2, 60)),
            "grade": G(lambda f: f.pick(["A", "B", "rejected"])),
            "milk_fat_pct": G(lambda f: f.money(3, 5)),
            "alcohol_test_passed": G(lambda f: f.pick([True, True, False])),
            "clerk_name": Y(lambda f: name(f, "KE"), "name"),
            "clerk_id": G(lambda f: "CLK" + f.digits(3)),
            "weighbridge_ticket": G(lambda f: f.digits(7)),
            "price_per_kg": G(lambda f: f.pick([45, 47, 50])),
            "session": G(lambda f: f.pick(["morning", "evening"])),
        },
    ),
    (
        "track",
        "Coffee Cherry Graded",
        ["java"],
        "KE",
        2,
        {
            "lotId": G(lambda f: f"LOT-{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "factoryName": G(lambda f: f.pick(["Gikanda Factory", "Kiamabara Factory", "Othaya Factory"])),
            "grade": G(lambda f: f.pick(["AA", "AB", "PB", "C", "E", "TT"])),
            "moisturePct": G(lambda f: f.money(10, 13)),
            "defectsPct": G(lambda f: f.money(0, 8)),
            "cherryKg": G(lambda f: f.money(5, 800)),
            "graderStaffNo": G(lambda f: "G" + f.digits(3)),
            "graderName": Y(lambda f: name(f, "KE"), "name"),
        },
    ),
    (
        "track",
        "Grain Delivery Recorded",
        ["java", "go"],
        "BR",
        3,
        {
            "romaneio": G(lambda f: f.digits(8)),
            "cooperado_matricula": G(lambda f: f.digits(6)),
            "produto": G(lambda f: f.pick(["soja", "milho", "trigo"])),
            "safra": G(lambda f: f.pick(["2023/24", "2024/25"])),
            "peso_bruto_kg": G(lambda f: f.r.randint(20000, 57000)),
            "peso_liquido_kg": G(lambda f: f.r.randint(8000, 40000)),
            "umidade_pct": G(lambda f: f.money(11, 22)),
            "impureza_pct": G(lambda f: f.money(0, 3)),
            "classificacao": G(lambda f: f.pick(["tipo 1", "tipo 2", "fora de tipo"])),
            "unidade_recebimento": G(lambda f: f.pick(["Sorriso", "Rio Verde", "Cascavel"])),
            "placa_veiculo": Y(br_plate, "license"),
            "motorista_nome": Y(lambda f: name(f, "BR"), "name"),
            "motorista_cpf": RED(cpf, "national id"),
            "nota_fiscal_produtor": G(lambda f: f.digits(9)),
            "talhao_id": G(lambda f: "T" + f.digits(3)),
            "fazenda": G(
                lambda f: f.pick(
                    ["Fazenda Santa Rita", "Fazenda Boa Vista", "Sítio Três Irmãos", "Fazenda Progresso"]
                )
            ),
        },
    ),
    (
        "track",
        "Mandi Lot Sold",
        ["node"],
        "IN",
        2,
        {
            "lot-id": G(lambda f: "L" + f.digits(9)),
            "commodity": G(lambda f: f.pick(["Onion", "Soyabean", "Cotton (Kapas)", "Wheat"])),
            "quantity-quintal": G(lambda f: f.money(5, 120)),
            "mandi-name": G(
                lambda f: f.pick(
                    ["Lasalgaon APMC", "Guntur Mirchi Yard", "Khanna Grain Market", "Sehore Mandi"]
                )
            ),
            "modal-price-inr": G(lambda f: f.r.randint(1500, 7200)),
            "buyer-firm": G(lambda f: f.pick(["Sharma Traders", "Shree Ganesh Agro", "Balaji Commodities"])),
            "buyer-gstin": G(gstin),
            "farmer-name": Y(lambda f: name(f, "IN"), "name"),
            "farmer-mobile": Y(lambda f: in_phone(f), "phone"),
            "vehicle-no": Y(in_plate, "license"),
            "enam-lot-code": G(lambda f: f"MH{f.digits(3)}{f.pick(['ONI', 'SOY'])}{f.digits(6)}"),
        },
    ),
    # -- payments to bank accounts ----------------------------------------------------------------
    (
        "track",
        "Payment Sent To Bank",
        ["dotnet"],
        "KE",
        2,
        {
            "PaymentId": G(lambda f: f.uuid()),
            "FarmerMemberNo": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
            "BankName": G(lambda f: f.pick(["Equity Bank", "KCB", "Co-operative Bank", "Family Bank"])),
            "BankCode": G(lambda f: f.pick(["68", "01", "11", "70"])),
            "BranchCode": G(lambda f: f.digits(3)),
            "AccountNumber": RED(lambda f: f.pick(["01", "11", "12"]) + f.digits(11), "bank account"),
            "AccountName": Y(lambda f: name(f, "KE").upper(), "name"),
            "Amount": G(lambda f: f.money(500, 90000)),
            "Currency": G(lambda f: "KES"),
            "PaymentPeriod": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "Deductions": {
                "LoanRecovery": G(lambda f: f.r.randint(0, 5000)),
            },
            "Status": G(lambda f: f.pick(["Queued", "Sent", "Failed"])),
            "PesalinkReference": G(lambda f: "PSL" + f.digits(12)),
            "InitiatedBy": Y(lambda f: staff_email(f, "KE"), "email"),
        },
    ),
    (
        "track",
        "PIX Payment Sent",
        ["go"],
        "BR",
        2,
        {
            "txid": G(lambda f: alnum(f, 32)),
            "end_to_end_id": G(
                lambda f: f"E{f.digits(8)}2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{alnum(f, 11)}"
            ),
            "amount": G(lambda f: f"{f.money(100, 250000):.2f}"),
            "pix_key": RED(
                lambda f: f.pick([cpf(f, False), email(f, "BR"), "+55" + br_phone(f, "plain")]),
                "bank account",
            ),
            "pix_key_type": G(lambda f: f.pick(["CPF", "EMAIL", "TELEFONE"])),
            "payee_name": Y(lambda f: name(f, "BR"), "name"),
            "payee_tax_id": RED(lambda f: cpf(f), "national id"),
            "bank_ispb": G(lambda f: f.pick(["00000000", "00360305", "60746948", "18236120"])),
            "branch": G(lambda f: f.digits(4)),
            "account_number": RED(
                lambda f: f"{f.digits(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}", "bank account"
            ),
            "remittance_info": G(
                lambda f: f.pick(
                    ["Pagamento soja safra 23/24", "Adiantamento custeio", "Saldo entrega milho"]
                )
            ),
            "payer_cnpj": G(cnpj),
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA", "REMOVIDA_PELO_PSP"])),
        },
    ),
    (
        "track",
        "PIX Recebido",
        ["go"],
        "BR",
        1,
        {
            "endToEndId": G(lambda f: f"E{f.digits(8)}2024{alnum(f, 15)}"),
            "valor": G(lambda f: f"{f.money(50, 9000):.2f}"),
            "pagador": Y(lambda f: name(f, "BR"), "name", True),
            "infoPagador": G(lambda f: f.pick(["parcela 2", "insumos", "", "quitação"])),
            "horario": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["python"],
        "IN",
        2,
        {
            "entity": G(lambda f: "event"),
            "event_type": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + alnum(f, 14)),
                        "amount": G(lambda f: f.r.randint(10000, 5000000)),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: "captured"),
                        "method": G(lambda f: "upi"),
                        "vpa": RED(
                            lambda f: (
                                f.pick([in_phone(f, "ten"), _ascii(first(f, "IN")).lower() + f.digits(2)])
                                + f.pick(["@ybl", "@okaxis", "@oksbi", "@paytm", "@ibl"])
                            ),
                            "bank account",
                        ),
                        "email": Y(lambda f: email(f, "IN"), "email"),
                        "contact": Y(lambda f: in_phone(f, "e164"), "phone"),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: alnum(f, 30).upper()),
                        },
                        "notes": {
                            "farmer_id": G(lambda f: "FPO" + f.digits(7)),
                            "season": G(lambda f: f.pick(["kharif_2024", "rabi_2024"])),
                        },
                        "created_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                    }
                }
            },
        },
    ),
    (
        "track",
        "KCC Loan Sanctioned",
        ["java"],
        "IN",
        2,
        {
            "loanAccountNo": RED(lambda f: f.digits(f.pick([11, 14, 16])), "bank account"),
            "ifsc": G(ifsc),
            "bankName": G(lambda f: f.pick(["State Bank of India", "Bank of India", "Punjab National Bank"])),
            "branchName": G(lambda f: f.pick(["Niphad", "Tenali", "Khanna", "Gokak"])),
            "sanctionedAmountInr": G(lambda f: f.r.randint(30000, 300000)),
            "cibilScore": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "landSurveyNo": Y(
                lambda f: f"{f.r.randint(1, 999)}/{f.r.randint(1, 9)}{f.pick(['', 'A', 'B'])}",
                "identification",
            ),
            "coApplicant": {
                "name": Y(lambda f: name(f, "IN"), "name"),
                "relation": G(lambda f: f.pick(["wife", "son", "father"])),
                "mobile": Y(lambda f: in_phone(f), "phone"),
            },
            "pmfbyPolicyNo": Y(
                lambda f: f"0{f.digits(2)}{f.r.randint(2023, 2024)}{f.digits(10)}", "identification"
            ),
            "kccCardLast4": G(lambda f: f.digits(4)),
            "interestSubventionEligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "KYC Completed",
        ["node"],
        "IN",
        2,
        {
            "aadhaar_number": RED(aadhaar, "national id"),
            "masked_aadhaar": RED(lambda f: "XXXX XXXX " + f.digits(4), "national id"),
            "pan_number": RED(lambda f: pan(f), "national id"),
            "voter_id": RED(epic, "national id"),
            "name_as_per_aadhaar": Y(lambda f: name(f, "IN"), "name"),
            "dob": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2003)}",
                "birthdate",
            ),
            "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
            "address": Y(in_address, "address"),
            "pincode": Y(in_pin, "zipcode"),
            "ekyc_txn_id": G(lambda f: f"UKC:{f.digits(8)}{f.hexid(12)}"),
            "name_match_score": G(lambda f: f.r.randint(55, 100)),
            "otp_verified": G(lambda f: True),
            "pm_kisan_reg_no": RED(
                lambda f: f"{f.pick(['MH', 'AP', 'PB', 'KA'])}{f.digits(9)}", "national id"
            ),
            "consent_ts": G(lambda f: f.iso()),
        },
    ),
    # -- extension visits, advisory, weather ------------------------------------------------------
    (
        "track",
        "Extension Visit Logged",
        ["kotlin"],
        "KE",
        3,
        {
            "visit_id": G(lambda f: f.uuid()),
            "officer": {
                "id": G(lambda f: "EO" + f.digits(4)),
                "name": Y(lambda f: name(f, "KE"), "name"),
                "phone": Y(lambda f: ke_phone(f), "phone"),
                "email": Y(lambda f: staff_email(f, "KE"), "email"),
            },
            "farmer_id": G(lambda f: f.uuid()),
            "visit_type": G(lambda f: f.pick(["routine", "pest_outbreak", "loan_appraisal", "training"])),
            "topics": Many(
                G(
                    lambda f: f.pick(
                        ["fall armyworm", "soil testing", "fodder", "mastitis", "record keeping"]
                    )
                ),
                3,
            ),
            "pest_observed": G(lambda f: f.pick(["fall_armyworm", "aphids", "none", "coffee_berry_disease"])),
            "photo_urls": Many(G(lambda f: f"https://media.mavuno.co.ke/crops/{f.hexid(12)}.jpg"), 3),
            "notes": G(
                lambda f: f.pick(
                    [
                        "FAW damage on ~30% of plants, advised Duduthrin and scouting twice a week.",
                        "Napier grass doing well. Recommended silage making before dry spell.",
                        "Soil sample taken for pH test. Lime likely needed.",
                        "Cow showing signs of mastitis, referred to vet.",
                        "Farmer absent, spoke with farm hand. Will revisit.",
                    ]
                )
            ),
            "follow_up_date": G(lambda f: iso_date(f)),
            "duration_min": G(lambda f: f.r.randint(10, 120)),
            "visit_lat": Y(lambda f: lat(f, "KE"), "geolocation"),
            "visit_lng": Y(lambda f: lon(f, "KE"), "geolocation"),
            "farmer_present": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Farmer Searched",
        ["web"],
        "KE",
        2,
        {
            "q": Y(lambda f: ke_phone(f, f.pick(["local", "e164", "local_spaced"])), "phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "filters": {
                "county": G(lambda f: f.pick(KE_COUNTIES)),
                "status": G(lambda f: f.pick(["active", "dormant"])),
            },
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        "IN",
        2,
        {
            "form_id": G(lambda f: "advisory_callback"),
            "field_name": G(lambda f: "mobile"),
            "value": Y(lambda f: in_phone(f), "phone", True),
            "time_to_fill_ms": G(lambda f: f.r.randint(800, 14000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Weather Alert Sent",
        ["python"],
        "KE",
        2,
        {
            "alert_id": G(lambda f: f.uuid()),
            "alert_type": G(lambda f: f.pick(["heavy_rain", "dry_spell", "frost", "hail"])),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "ward": G(lambda f: f.pick(KE_WARDS)),
            "forecast_rain_mm": G(lambda f: f.r.randint(0, 120)),
            "valid_from": G(lambda f: f.iso()),
            "message_sw": G(
                lambda f: f.pick(
                    [
                        "Tahadhari: mvua kubwa inatarajiwa kesho. Chimba mitaro ya kuondoa maji shambani.",
                        "Kipindi cha ukame kinatarajiwa wiki ijayo. Hifadhi lishe ya mifugo.",
                        "Baridi kali usiku huu. Funika miche ya chai.",
                    ]
                )
            ),
            "recipients_count": G(lambda f: f.r.randint(50, 12000)),
            "channel": G(lambda f: f.pick(["sms", "push", "voice"])),
            "station": {
                "id": G(lambda f: "TAHMO-" + f.pick(["TA00283", "TA00112", "TA00541"])),
                "lat": G(lambda f: f.pick([-1.0432, 0.5143, -0.3621])),
                "lon": G(lambda f: f.pick([36.8012, 35.2698, 36.9511])),
            },
        },
    ),
    (
        "track",
        "SMS Delivery Report",
        ["php"],
        "KE",
        2,
        {
            "id": G(lambda f: "ATXid_" + f.hexid(32)),
            "status": G(lambda f: f.pick(["Success", "Failed", "Rejected", "Buffered"])),
            "phoneNumber": Y(lambda f: ke_phone(f, "e164"), "phone"),
            "networkCode": G(lambda f: f.pick(["63902", "63903"])),
            "failureReason": G(
                lambda f: f.pick(["", "DeliveryFailure", "AbsentSubscriber", "UserInBlacklist"])
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        "KE",
        2,
        {
            "template": G(lambda f: f.pick(["payment_receipt", "delivery_receipt"])),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Habari {n}, malipo yako ya KES {a} yametumwa kwa M-Pesa. Asante - Mavuno",
                        "Dear {n}, your milk delivery of {k}kg has been received at {c}.",
                        "{n}, umepokea KES {a} kwa maziwa ya mwezi huu.",
                    ]
                ).format(n=first(f, "KE"), a=f.r.randint(300, 40000), k=f.money(2, 40), c=f.pick(KE_CENTRES)),
                "name",
                True,
            ),
            "segments": G(lambda f: f.pick([1, 2])),
            "sender_id": G(lambda f: "MAVUNO"),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        ["php"],
        "KE",
        2,
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*384*4455#", "*483*57#"])),
            "phoneNumber": Y(lambda f: ke_phone(f, "e164"), "phone"),
            "networkCode": G(lambda f: f.pick(["63902", "63903"])),
            "text": RED(lambda f: f"1*{ke_id(f)}*{f.pick(['1', '2'])}", "national id", True),
            "hops": G(lambda f: f.r.randint(2, 6)),
            "duration_s": G(lambda f: f.r.randint(8, 170)),
        },
    ),
    (
        "track",
        "Voice Call Completed",
        ["node"],
        "KE",
        2,
        {
            "sessionId": G(lambda f: "ATVId_" + f.hexid(32)),
            "callerNumber": Y(lambda f: ke_phone(f, "e164"), "phone"),
            "destinationNumber": G(lambda f: f.pick(["+254711082300", "+254202246000"])),
            "direction": G(lambda f: "Inbound"),
            "durationInSeconds": G(lambda f: f.r.randint(0, 600)),
            "amount": G(lambda f: f.money(0, 30)),
            "currencyCode": G(lambda f: "KES"),
        },
    ),
    (
        "track",
        "Officer Called Farmer",
        ["kotlin"],
        "IN",
        1,
        {
            "call_id": G(lambda f: "CA" + f.hexid(32)),
            "proxy_number": G(lambda f: f.pick(["+918047361200", "+918047361201", "+918047361207"])),
            "call_duration_s": G(lambda f: f.r.randint(0, 900)),
            "outcome": G(lambda f: f.pick(["answered", "no_answer", "busy"])),
            "officer_staff_no": G(lambda f: "AO" + f.digits(4)),
            "topic": G(lambda f: f.pick(["pink bollworm", "soil health card", "PM-KISAN status"])),
        },
    ),
    # -- livestock, health & insurance ------------------------------------------------------------
    (
        "track",
        "Livestock Registered",
        ["flutter"],
        "KE",
        2,
        {
            "animal_id": G(lambda f: f.uuid()),
            "tag_number": G(lambda f: f"KE{f.digits(9)}"),
            "breed": G(lambda f: f.pick(["Friesian", "Ayrshire", "Jersey", "Guernsey", "cross"])),
            "name": G(lambda f: f.pick(["Malaika", "Neema", "Baraka", "Zawadi", "Chiku", "Daisy"])),
            "sex": G(lambda f: f.pick(["female", "male"])),
            "date_of_birth": G(lambda f: iso_date(f, 2016, 2024)),
            "ai_technician": {
                "name": Y(lambda f: name(f, "KE"), "name"),
                "phone": Y(lambda f: ke_phone(f), "phone"),
            },
            "insemination_date": G(lambda f: iso_date(f)),
            "vet_drug": G(lambda f: f.pick(["Oxytetracycline 20% LA", "Albendazole 10%", "none"])),
            "milk_yield_l": G(lambda f: f.money(3, 28)),
            "insured": G(lambda f: f.pick([True, False])),
            "policy_no": Y(lambda f: "APA/LV/" + f.digits(7), "identification"),
        },
    ),
    (
        "track",
        "Health Cover Dependant Added",
        ["rn"],
        "KE",
        2,
        {
            "cover_policy_no": Y(lambda f: "JHL-" + f.digits(8), "identification"),
            "principal_member_no": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
            "dependant": {
                "first_name": Y(lambda f: first(f, "KE"), "name"),
                "last_name": Y(lambda f: last(f, "KE"), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child"])),
                "date_of_birth": Y(lambda f: f.date(1975, 2023), "birthdate"),
                "age": G(lambda f: f.r.randint(0, 50)),
            },
            "sha_number": RED(lambda f: "CR" + f.digits(10) + "-" + str(f.r.randint(1, 9)), "health id"),
            "chronic_conditions": Many(
                Y(lambda f: f.pick(["hypertension", "diabetes", "asthma", "sickle cell"]), "condition"), 2
            ),
            "premium_kes": G(lambda f: f.pick([150, 300, 500])),
            "cover_level": G(lambda f: f.pick(["basic", "plus"])),
        },
    ),
    (
        "track",
        "Health Camp Registered",
        ["rn"],
        "IN",
        2,
        {
            "camp_id": G(lambda f: "HC" + f.digits(4)),
            "camp_location": G(
                lambda f: f.pick(["FPO office, Niphad", "Gram Panchayat Bhawan, Harsana", "PHC Tenali"])
            ),
            "abha_number": RED(abha, "health id"),
            "conditions": Many(
                Y(lambda f: f.pick(["hypertension", "diabetes", "anaemia", "skin rash"]), "condition"), 2
            ),
            "pesticide_exposure_symptoms": Many(
                Y(lambda f: f.pick(["dizziness", "nausea", "eye irritation", "headache"]), "condition"), 2
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "divyang": RED(lambda f: f.pick([True, False]), "disability"),
            "screening_done": G(lambda f: f.pick([True, False])),
            "referral_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Crop Insurance Claim Filed",
        ["flutter"],
        "IN",
        2,
        {
            "claim_no": G(lambda f: "CLM" + f.digits(9)),
            "policy_number": Y(
                lambda f: f"0{f.digits(2)}{f.r.randint(2023, 2024)}{f.digits(10)}", "identification"
            ),
            "loss_cause": G(lambda f: f.pick(["unseasonal_rain", "hailstorm", "pest_attack", "drought"])),
            "loss_pct": G(lambda f: f.r.randint(10, 100)),
            "photo_urls": Many(G(lambda f: f"https://media.mavuno.in/claims/{f.hexid(12)}.jpg"), 4),
            "reported_lat": Y(lambda f: lat(f, "IN"), "geolocation"),
            "reported_lng": Y(lambda f: lon(f, "IN"), "geolocation"),
            "crop": G(lambda f: f.pick(CROPS_IN)),
            "sown_area_ha": G(lambda f: f.money(0.2, 5)),
            "payout_account": {
                "ifsc": G(ifsc),
                "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
                "holder_name": Y(lambda f: name(f, "IN"), "name"),
            },
        },
    ),
    # -- workforce --------------------------------------------------------------------------------
    (
        "track",
        "Casual Workers Paid",
        ["python"],
        "KE",
        2,
        {
            "payroll_id": G(lambda f: f.uuid()),
            "farm_name": G(lambda f: f.pick(["Kiambaa Tea Estate", "Chepsonoi Farm", "Baraka Dairy"])),
            "workers": Many(
                {
                    "name": Y(lambda f: name(f, "KE"), "name"),
                    "phone": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
                    "id_no": RED(ke_id, "national id"),
                    "days_worked": G(lambda f: f.r.randint(1, 6)),
                    "daily_rate_kes": Y(lambda f: f.pick([350, 400, 450, 500]), "salary"),
                    "gross_pay_kes": Y(lambda f: f.r.randint(350, 3000), "salary"),
                },
                4,
            ),
            "total_kes": G(lambda f: f.r.randint(2000, 40000)),
            "payment_channel": G(lambda f: "mpesa_b2c"),
        },
    ),
    (
        "track",
        "Staff Profile Updated",
        ["dotnet"],
        "KE",
        1,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FullName": Y(lambda f: name(f, "KE"), "name"),
            "WorkEmail": Y(lambda f: staff_email(f, "KE"), "email"),
            "JobTitle": G(
                lambda f: f.pick(["Extension Officer", "Field Supervisor", "Milk Grader", "Loan Officer"])
            ),
            "MonthlySalaryKes": Y(lambda f: f.r.randint(25000, 180000), "salary"),
            "NssfNumber": RED(lambda f: f.digits(9), "national id|social security number"),
            "KraPin": RED(lambda f: kra_pin(f), "national id"),
            "BankAccountNumber": RED(lambda f: f.digits(13), "bank account"),
            "BankBranchCode": G(lambda f: f.digits(3)),
            "EmergencyContactName": Y(lambda f: name(f, "KE"), "name"),
            "EmergencyContactPhone": Y(lambda f: ke_phone(f), "phone"),
            "HireDate": G(lambda f: iso_date(f, 2012, 2024)),
            "IsActive": G(lambda f: f.pick([True, False])),
            "MotorbikePlate": Y(
                lambda f: f"KM{f.pick('DEF')}{f.r.randint(100, 999)}{f.pick('ABCXYZ')}", "license"
            ),
        },
    ),
    (
        "track",
        "Seasonal Worker Hired",
        ["java"],
        "BR",
        1,
        {
            "full_name": Y(lambda f: name(f, "BR"), "name"),
            "cpf": RED(cpf, "national id"),
            "pis_number": RED(
                lambda f: f"{f.digits(3)}.{f.digits(5)}.{f.digits(2)}-{f.r.randint(0, 9)}", "national id"
            ),
            "nationality": Y(
                lambda f: f.pick(["brasileira", "venezuelana", "paraguaia", "haitiana"]), "citizenship"
            ),
            "sus_card_number": RED(cns, "health id"),
            "has_work_authorization": RED(lambda f: f.pick([True, False]), "visa"),
            "job_role": G(
                lambda f: f.pick(["operador de colheitadeira", "auxiliar de armazém", "tratorista"])
            ),
            "monthly_wage_brl": Y(lambda f: f.pick([1412.0, 1980.0, 2650.0, 3100.0]), "salary"),
            "hire_date": G(lambda f: iso_date(f, 2024, 2024)),
            "unit": G(lambda f: f.pick(["Sorriso", "Rio Verde", "Cascavel", "Chapecó"])),
            "mobile": Y(lambda f: br_phone(f), "phone"),
            "contract_type": G(lambda f: f.pick(["safra", "temporario"])),
        },
    ),
    # -- inputs shop (e-commerce spec) ------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        "KE",
        2,
        {
            "query": G(
                lambda f: f.pick(["dap", "dairy meal", "maize seed h614", "knapsack sprayer", "semente soja"])
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn", "swift"],
        "KE",
        2,
        {**shop_product(lambda f: f.pick([3650, 3200, 650, 2900])), "currency": G(lambda f: "KES")},
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        "KE",
        2,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.r.randint(650, 40000)),
            "currency": G(lambda f: "KES"),
            "products": Many(shop_product(lambda f: f.pick([3650, 3200, 650, 2900])), 4),
            "delivery_option": G(lambda f: f.pick(["pickup_agrovet", "home_delivery"])),
            "pickup_agrovet": {
                "name": G(lambda f: f.pick(KE_SHOPS)),
                "phone": G(lambda f: f.pick(["+254 722 410 555", "0733 600 120", "+254 20 2345 678"])),
                "lat": G(lambda f: f.pick([-1.0502, 0.2031, -0.4201])),
                "lng": G(lambda f: f.pick([36.7711, 35.1032, 36.9477])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        "BR",
        3,
        {
            "order_id": G(lambda f: f"BR{f.digits(9)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(80, 25000)),
            "revenue": G(lambda f: f.money(80, 25000)),
            "coupon": G(lambda f: f.pick(["", "SAFRA10", "COOPERADO5"])),
            "currency": G(lambda f: "BRL"),
            "products": Many(shop_product(lambda f: f.money(40, 9000)), 4),
            "payment_method": G(lambda f: f.pick(["credit_card", "pix", "boleto"])),
            "installments": G(lambda f: f.pick([1, 3, 6, 10])),
            "card_brand": G(lambda f: f.pick(["visa", "master", "elo", "hipercard"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["498401", "516292", "650487", "606282"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2031)}"),
            "payment_token": RED(lambda f: f.hexid(32), "token"),
            "cpf_na_nota": RED(cpf, "national id"),
            "shipping_address": {
                "recipient_name": Y(lambda f: name(f, "BR"), "name"),
                "street": Y(lambda f: f.pick(BR_STREETS), "street|address"),
                "number": Y(lambda f: str(f.r.randint(10, 2999)), "address|street"),
                "complement": Y(lambda f: f.pick(["Apto 12", "Casa 2", "Lote 7 Qd 3", "Fundos"]), "address"),
                "neighborhood": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "city": Y(lambda f: f.pick(BR_CITIES), "city"),
                "state": G(lambda f: f.pick(BR_UF)),
                "postal_code": Y(cep, "zipcode"),
                "country": G(lambda f: "BR"),
                "phone": Y(lambda f: br_phone(f), "phone"),
            },
            "billing_address": Y(br_address, "address"),
            "gclid": Y(gclid, "advertising id"),
            "delivery_notes": G(lambda f: f.pick(["Entregar no armazém", "Portão azul", "Ligar antes", ""])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "flutter"],
        "IN",
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "upi", "netbanking"])),
            "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "rupay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "save_card": G(lambda f: f.pick([True, False])),
            "cardholder_name": Y(lambda f: name(f, "IN"), "name"),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["ruby"],
        "IN",
        1,
        {
            "gateway": G(lambda f: "legacy_pg"),
            "error_code": G(lambda f: f.pick(["05", "51", "54", "91"])),
            "error_description": G(
                lambda f: f.pick(
                    ["Do not honour", "Insufficient funds", "Expired card", "Issuer unavailable"]
                )
            ),
            "pan": RED(card, "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "amount_paise": G(lambda f: f.r.randint(10000, 900000)),
        },
    ),
    (
        "track",
        "Input Voucher Redeemed",
        ["kotlin"],
        "KE",
        2,
        {
            "voucher_code": RED(lambda f: f"EV-{f.digits(4)}-{f.digits(4)}", "token"),
            "programme": G(lambda f: f.pick(["NAFIS fertilizer subsidy", "County seed e-voucher"])),
            "agro_dealer": {
                "name": G(lambda f: f.pick(KE_SHOPS)),
                "phone": G(lambda f: f.pick(["+254 722 410 555", "0733 600 120", "+254 20 2345 678"])),
                "county": G(lambda f: f.pick(KE_COUNTIES)),
                "lat": G(lambda f: f.pick([-1.0502, 0.2031, -0.4201])),
                "lng": G(lambda f: f.pick([36.7711, 35.1032, 36.9477])),
                "kra_pin": G(lambda f: kra_pin(f, company=True)),
            },
            "items": Many(
                {
                    "sku": G(lambda f: f"MV-{f.r.randint(1000, 9999)}-{f.pick(['50K', '2K', '1L'])}"),
                    "name": G(lambda f: f.pick(INPUTS)),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.pick([2500, 3650, 650])),
                },
                3,
            ),
            "subsidy_kes": G(lambda f: f.r.randint(500, 5000)),
            "farmer_pays_kes": G(lambda f: f.r.randint(0, 5000)),
            "farmer_phone": Y(lambda f: ke_phone(f), "phone"),
        },
    ),
    # -- accounts, auth, referrals, support -------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        "BR",
        2,
        {
            "method": G(lambda f: f.pick(["email", "google", "phone"])),
            "email": Y(lambda f: email(f, "BR"), "email"),
            "password": RED(
                lambda f: f.pick(["Soja2024!", "cafe@123", "Fazenda#88", "mudar123", "Milho.safrinha9"]),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "email_verified": G(lambda f: False),
            "referral_code": G(lambda f: alnum(f, 6).upper()),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["python"],
        "IN",
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "destination": Y(lambda f: in_phone(f, "e164"), "phone", True),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "expires_in_s": G(lambda f: 300),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "template_id": G(lambda f: "1107" + f.digits(15)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["ruby"],
        "BR",
        1,
        {
            "email": Y(lambda f: email(f, "BR"), "email"),
            "login_url": RED(
                lambda f: f"https://app.mavuno.com.br/auth/verify?token={alnum(f, 43)}", "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.mavuno.com.br>"),
            "reply_to": G(lambda f: "no-reply@mavuno.com.br"),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "flutter"],
        "KE",
        2,
        {
            "referrer_member_no": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
            "referee_name": Y(lambda f: name(f, "KE"), "name"),
            "referee_phone": Y(lambda f: ke_phone(f), "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms"])),
            "invite_text": Y(
                lambda f: f.pick(
                    [
                        "Karibu Mavuno! Jiunge nami upate mbolea kwa mkopo. - {n}",
                        "{n} amekualika kujiunga na Mavuno. Pakua app: https://mvn.co/i/{c}",
                        "Hi, it's {n}. Join Mavuno with my code {c} for free soil testing.",
                    ]
                ).format(n=first(f, "KE"), c=alnum(f, 6).upper()),
                "name",
                True,
            ),
            "reward_kes": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["rn"],
        "KE",
        1,
        {
            "source": G(lambda f: "phonebook"),
            "count": G(lambda f: f.r.randint(1, 400)),
            "contacts": Many(
                {
                    "label": Y(
                        lambda f: f.pick([name(f, "KE"), first(f, "KE"), "Mama " + first(f, "KE")]),
                        "name",
                        True,
                    ),
                    "value": Y(lambda f: ke_phone(f), "phone", True),
                    "type": G(lambda f: f.pick(["mobile", "work", "home"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Chatbot Step Completed",
        ["node"],
        "KE",
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: "whatsapp"),
            "step": G(lambda f: "id_number"),
            "input": RED(ke_id, "national id", True),
            "locale": G(lambda f: f.pick(["sw", "en"])),
            "turn": G(lambda f: f.r.randint(2, 9)),
            "wa_message_id": G(lambda f: "wamid.HBgM" + alnum(f, 40)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        "BR",
        2,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Pagamento não caiu", "Erro no app", "Dúvida sobre romaneio", "Troca de senha"]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        "Bom dia, o pagamento da soja não caiu ainda. Meu celular é {p}.",
                        "Não consigo entrar no app. Podem me ligar no {p}?",
                        "Favor retornar no whats {p}, obrigado",
                    ]
                ).format(p=br_phone(f)),
                "phone",
                True,
            ),
            "requester": {
                "name": Y(lambda f: name(f, "BR"), "name"),
                "email": Y(lambda f: email(f, "BR"), "email"),
            },
            "assignee_email": Y(lambda f: staff_email(f, "BR"), "email"),
            "cc_email": G(lambda f: f.pick(["suporte@mavuno.com.br", "financeiro@mavuno.com.br"])),
            "tags": Many(G(lambda f: f.pick(["pagamento", "app", "romaneio", "urgente"])), 3),
            "via": {"channel": G(lambda f: f.pick(["email", "web", "whatsapp"]))},
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "swift"],
        "BR",
        2,
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "input_text": Y(lambda f: f"{f.pick(BR_STREETS)} {f.r.randint(1, 2999)}", "address|street", True),
            "formatted_address": Y(br_address, "address"),
            "location": {
                "lat": Y(lambda f: lat(f, "BR"), "geolocation"),
                "lng": Y(lambda f: lon(f, "BR"), "geolocation"),
            },
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "route"])), 2),
        },
    ),
    # -- marketing, attribution, warehouse ---------------------------------------------------------
    (
        "track",
        "Conversion Relayed",
        ["node"],
        "BR",
        2,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "external_id": G(sha256),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    lambda f: (
                        "Mozilla/5.0 (Linux; Android 13; SM-A145F) Chrome/120.0.0.0 Mobile Safari/537.36"
                    )
                ),
            },
            "custom_data": {"value": G(lambda f: f.money(50, 9000)), "currency": G(lambda f: "BRL")},
            "pixel_id": G(lambda f: f.digits(15)),
        },
    ),
    (
        "track",
        "Member Synced",
        ["python"],
        "KE",
        2,
        {
            "MEMBER_NO": G(lambda f: f"KDFC/{f.digits(4)}/{f.r.randint(2012, 2024)}"),
            "FULL_NAME": Y(lambda f: name(f, "KE").upper(), "name"),
            "PHONE_NUMBER": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: email(f, "KE"), "email"),
            "DOB": Y(lambda f: f.date(1950, 2003), "birthdate"),
            "COUNTY": G(lambda f: f.pick(KE_COUNTIES).upper()),
            "LAST_DELIVERY_DATE": G(lambda f: iso_date(f)),
            "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "SEGMENT": G(lambda f: f.pick(["dairy_smallholder", "tea_outgrower", "mixed"])),
            "SYNC_RUN_ID": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Sensor Reading",
        ["go"],
        "IN",
        2,
        {
            "device_serial": Y(lambda f: "SMS-" + f.digits(8), "serial"),
            "gateway_id": G(lambda f: "gw-" + f.hexid(8)),
            "soil_moisture_pct": G(lambda f: f.money(5, 45)),
            "soil_temp_c": G(lambda f: f.money(14, 38)),
            "firmware": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "field_lat": Y(lambda f: lat(f, "IN"), "geolocation"),
            "field_lng": Y(lambda f: lon(f, "IN"), "geolocation"),
            "peer": Y(lambda f: f.ipv4(), "ip", True),
            "reading_ts": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Tractor Booked",
        ["flutter"],
        "IN",
        1,
        {
            "booking_id": G(lambda f: f.uuid()),
            "service": G(lambda f: f.pick(["ploughing", "rotavator", "harvester"])),
            "hours": G(lambda f: f.pick([2, 3, 4, 6])),
            "rate_per_hour_inr": G(lambda f: f.pick([800, 1000, 1200])),
            "tractor_reg_no": Y(in_plate, "license"),
            "chassis_no": Y(vin, "serial"),
            "operator_name": Y(lambda f: name(f, "IN"), "name"),
            "operator_mobile": Y(lambda f: in_phone(f), "phone"),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    # -- page / screen ----------------------------------------------------------------------------
    (
        "page",
        "Weather Forecast",
        ["web"],
        "IN",
        2,
        {
            "path": G(lambda f: "/weather"),
            "title": G(lambda f: "Weather | Mavuno"),
            "url": G(lambda f: "https://mavuno.in/weather"),
            "location_query": G(lambda f: f.pick(["Nashik", "Guntur", "Ludhiana", "Eldoret", "Sorriso"])),
            "place": {
                "lat": G(lambda f: f.pick([19.9975, 16.3067, 30.901])),
                "lon": G(lambda f: f.pick([73.7898, 80.4365, 75.8573])),
            },
            "forecast_days": G(lambda f: f.pick([3, 7, 10])),
        },
    ),
    (
        "screen",
        "Loan Calculator",
        ["flutter", "swift"],
        "KE",
        2,
        {
            "loan_amount": G(lambda f: f.r.randint(1000, 50000)),
            "term_days": G(lambda f: f.pick([90, 120, 180])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift"],
        "BR",
        1,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": G(
                lambda f: f.pick(["Preço da soja subiu", "Seu romaneio foi liberado", "Alerta de geada"])
            ),
            "deep_link": G(lambda f: f.pick(["mavuno://romaneios", "mavuno://clima", "mavuno://loja"])),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
]

GROUP = {
    "name": G(
        lambda f: f.pick(
            ["Githunguri Dairy Farmers Co-op", "Kapsabet Tea Growers SACCO", "Niphad Onion FPO", "Coopervale"]
        )
    ),
    "industry": G(lambda f: "Agriculture"),
    "employees": G(lambda f: f.r.randint(12, 900)),
    "registration_number": G(lambda f: "CS/" + f.digits(5)),
    "office_phone": G(lambda f: f.pick(["+254 20 2012345", "+254 711 082 300", "+91 2550 241 300"])),
    "support_email": G(
        lambda f: f.pick(["info@githunguridairy.co.ke", "support@mavuno.co.ke", "contato@coopervale.com.br"])
    ),
    "physical_address": G(
        lambda f: f.pick(
            [
                "Githunguri Town, off Kiambu-Githunguri Rd",
                "Niphad Road, Nashik",
                "Rod. BR-163 km 742, Sorriso - MT",
            ]
        )
    ),
    "website": G(lambda f: f.pick(["https://githunguridairy.co.ke", "https://coopervale.com.br"])),
    "chairperson_name": Y(lambda f: name(f, f.pick(["KE", "IN", "BR"])), "name"),
    "manager_email": Y(lambda f: staff_email(f, f.pick(["KE", "IN", "BR"])), "email"),
    "createdAt": G(lambda f: f.iso()),
}


def base(f: Fake, kind: str) -> dict:
    msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
    msg["userId"] = f.pick([f.uuid(), "usr_" + f.digits(8)])
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, cc, weight, body in EVENTS:
            for _ in range(weight):
                msg = base(f, kind)
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                section = "traits" if kind == "identify" else "properties"
                msg[section] = render(body, f, section, labels)
                client = f.pick(clients)
                msg["context"] = render(CONTEXTS[client](f, cc), f, "context", labels)
                events.append(msg)
        group = base(f, "group")
        group["groupId"] = f.pick(["coop_githunguri", "coop_kapsabet", "fpo_niphad", "coop_vale"])
        group["traits"] = render(GROUP, f, "traits", labels)
        group["context"] = render(server_ctx("ruby")(f, "KE"), f, "context", labels)
        events.append(group)
        alias = base(f, "alias")
        alias["previousId"] = alias.pop("anonymousId")
        alias["context"] = render(rn_ctx(f, f.pick(["KE", "IN", "BR"])), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=215, repeats=16)
    write(Path(__file__).parent, "holdout215_", events, labels)
