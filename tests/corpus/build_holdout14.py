"""Writes the fourteenth holdout: tests/corpus/holdout14_events.jsonl and holdout14_labels.json.

SEALED: written by an independent tester without opening the detection engine, its vocabularies,
the other corpora's labels or its unit tests, and never scored by its author. It stays sealed
until the lead scores it once.

What it covers: four products instrumented end to end from a tracking plan, as a typical Segment
customer would send them, plus the glue events such customers route through Segment:

- Pawpantry, a pet-food subscription (analytics.js, analytics-swift, analytics-python);
- Tallypay, payroll and HR for small businesses in the US and Germany (analytics.js,
  analytics-kotlin, node, ruby, java, .NET with PascalCase keys, PHP with German keys);
- Medly, an online pharmacy in the US and Spain (Flutter, go, PHP; Spanish keys);
- Encore, concert ticketing in the US and Brazil (React Native, analytics-kotlin, java, ruby;
  Portuguese keys);
- vendor-shaped payloads: HubSpot contact sync, Salesforce `__c` fields, Stripe charge webhooks,
  Zendesk tickets, AppsFlyer attribution, Braze pushes, autotracked forms, client error logs.

Values come from generators in this file: names from a dozen cultures kept consistent per message
(one persona per message, by market), addresses and postcodes of a dozen countries, phones in
international and national formats, IBANs with valid check digits, Luhn-valid cards, CPF, DNI,
NHS-style and other identifiers.

Labelling rules (what a careful privacy owner would choose with the default colours):
- a field is PII when its values are personal data about a person (the user, an employee, a
  ticket holder, a prescriber, a friend); data about pets, companies, venues, artists and
  products is green even under `name`, `allergies`, `city` or `email`-like keys;
- booleans, counters, enums, timestamps, internal ids, SKUs, versions and hashes are green even
  under PII-sounding keys; country, state/region, locale, timezone and currency are green; card
  brand, last four digits, routing numbers and aggregate company payroll figures are green;
- `value_only` is set when the key is neutral (`value`, `message`, `note`, `description`,
  `peer`...) and only the value shows the PII; every value of such a path holds that PII;
- free text is labelled by the PII every one of its values carries, and green when none does;
- `a|b` types where either matcher name is right (street|address, race|ethnicity...).
"""

import hashlib
import unicodedata
from pathlib import Path
from types import SimpleNamespace

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

CULTURES = {
    "anglo": (
        ["Emily", "Jacob", "Olivia", "Liam", "Madison", "Tyler", "Hannah", "Connor", "Grace", "DeShawn"],
        ["Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thompson", "O'Connor", "Walker", "Murphy"],
    ),
    "german": (
        ["Lukas", "Lena", "Jonas", "Anna", "Felix", "Mia", "Maximilian", "Sophie", "Jürgen", "Katrin"],
        ["Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer"],
    ),
    "hispanic": (
        ["Lucía", "Hugo", "Martina", "Alejandro", "Carmen", "Javier", "Valentina", "José", "Ximena"],
        ["García López", "Martínez", "Rodríguez Sánchez", "Fernández", "Gómez Ruiz", "Hernández", "Moreno"],
    ),
    "french": (
        ["Camille", "Louis", "Léa", "Gabriel", "Manon", "Théo", "Inès", "Mathis"],
        ["Martin", "Bernard", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau"],
    ),
    "brazilian": (
        ["João", "Ana", "Gabriel", "Beatriz", "Lucas", "Mariana", "Rafael", "Larissa", "Thiago"],
        ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Carvalho"],
    ),
    "indian": (
        ["Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Ishita", "Rohan", "Kavya", "Lakshmi"],
        ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Chatterjee", "Deshpande", "Krishnan"],
    ),
    "japanese": (
        ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura"],
        ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Kobayashi"],
    ),
    "nigerian": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka", "Aisha"],
        ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Abubakar", "Okoye", "Olawale"],
    ),
    "korean": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon"], ["Kim", "Lee", "Park", "Choi", "Jung"]),
    "arabic": (
        ["Youssef", "Layla", "Omar", "Nour", "Karim", "Amina"],
        ["Haddad", "Mansour", "El-Amin", "Khalil", "Saleh", "Benali"],
    ),
    "vietnamese": (["Minh", "Linh", "Thao", "Quang", "Huong"], ["Nguyen", "Tran", "Le", "Pham", "Vu"]),
    "turkish": (
        ["Emre", "Elif", "Mehmet", "Zeynep", "Burak"],
        ["Y\u0131lmaz", "Kaya", "Demir", "Şahin", "Çelik"],
    ),
    "polish": (["Kasia", "Piotr", "Agnieszka", "Tomasz"], ["Kowalczyk", "Wiśniewski", "Nowak", "Zieliński"]),
    "dutch": (
        ["Daan", "Sanne", "Bram", "Fleur", "Sem", "Lotte"],
        ["de Vries", "Jansen", "van den Berg", "Visser"],
    ),
}
ALL_FIRST = {n for firsts, _ in CULTURES.values() for n in firsts}
ALL_LAST = {n for _, lasts in CULTURES.values() for n in lasts}

MARKET_CULTURES = {
    "US": ["anglo", "anglo", "korean", "vietnamese", "hispanic", "indian", "nigerian"],
    "GB": ["anglo", "anglo", "indian", "polish", "arabic", "nigerian"],
    "CA": ["anglo", "french", "indian"],
    "AU": ["anglo", "vietnamese"],
    "DE": ["german", "german", "turkish", "arabic", "polish"],
    "ES": ["hispanic", "hispanic", "arabic"],
    "MX": ["hispanic"],
    "FR": ["french", "arabic"],
    "NL": ["dutch", "turkish"],
    "BR": ["brazilian", "brazilian", "japanese"],
    "IN": ["indian"],
    "JP": ["japanese"],
    "NG": ["nigerian"],
}

MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "CA": ["gmail.com", "rogers.com"],
    "AU": ["gmail.com", "bigpond.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com"],
    "NL": ["ziggo.nl", "gmail.com"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br"],
    "IN": ["gmail.com", "rediffmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "NG": ["gmail.com", "yahoo.com"],
}


def ascii_fold(s: str) -> str:
    s = s.replace("\u0131", "i").replace("ş", "s").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def dig(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone_for(f: Fake, cc: str) -> str:
    r = f.r
    if cc in ("US", "CA"):
        a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
        return f.pick([f"+1{a}{b}{c:04d}", f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a}-{b}-{c:04d}"])
    if cc == "GB":
        m = "7" + dig(f, 3)
        rest = dig(f, 6)
        return f.pick([f"+44 {m} {rest}", f"0{m} {rest}", f"+44{m}{rest}"])
    if cc == "DE":
        pre = f.pick(["151", "160", "170", "176"])
        rest = str(f.r.randint(1, 9)) + dig(f, 7)
        return f.pick([f"+49 {pre} {rest}", f"0{pre} {rest}", f"0{pre}/{rest}", f"+49{pre}{rest}"])
    if cc == "FR":
        p = [f"{r.randint(10, 99)}" for _ in range(4)]
        return f.pick(["+33 6 " + " ".join(p), "06 " + " ".join(p), "07." + ".".join(p)])
    if cc in ("ES",):
        a, b, c = "6" + dig(f, 2), dig(f, 3), dig(f, 3)
        return f.pick([f"+34 {a} {b} {c}", f"{a} {b} {c}", f"+34{a}{b}{c}"])
    if cc == "MX":
        return f.pick([f"+52 55 {dig(f, 4)} {dig(f, 4)}", f"55 {dig(f, 4)} {dig(f, 4)}"])
    if cc == "NL":
        return f.pick([f"+31 6 {dig(f, 8)}", f"06-{dig(f, 8)}"])
    if cc == "BR":
        ddd = f.pick(["11", "21", "31", "51"])
        a, b = "9" + dig(f, 4), dig(f, 4)
        return f.pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55{ddd}{a}{b}"])
    if cc == "IN":
        a, b = f.pick(["98", "99", "87", "70"]) + dig(f, 3), dig(f, 5)
        return f.pick([f"+91 {a} {b}", f"0{a}{b}", f"+91-{a}{b}"])
    if cc == "JP":
        a, b = dig(f, 4), dig(f, 4)
        return f.pick([f"090-{a}-{b}", f"+81 80-{a}-{b}", f"+81 90 {a} {b}"])
    if cc == "NG":
        a, b, c = f.pick(["803", "805", "810"]), dig(f, 3), dig(f, 4)
        return f.pick([f"+234 {a} {b} {c}", f"0{a} {b} {c}"])
    if cc == "AU":
        a, b = dig(f, 3), dig(f, 3)
        return f.pick([f"+61 4{dig(f, 2)} {a} {b}", f"04{dig(f, 2)} {a} {b}"])
    raise KeyError(cc)


STREET_NAMES = {
    "US": ["Willow Creek Rd", "Maple Ave", "Lincoln St", "Sunset Blvd", "Peachtree St NE", "Elm Drive"],
    "CA": ["Rue Sainte-Catherine", "Bloor St W", "Robson St"],
    "AU": ["George St", "Smith St", "Chapel St"],
    "GB": ["Albion Road", "High Street", "Church Lane", "Victoria Road", "Station Road"],
    "DE": ["Hauptstraße", "Lindenallee", "Schillerstraße", "Bahnhofstraße", "Kastanienweg"],
    "ES": ["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor"],
    "MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Álvaro Obregón"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République"],
    "NL": ["Prinsengracht", "Kerkstraat", "Dorpsstraat"],
    "BR": ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua Oscar Freire"],
    "IN": ["MG Road", "Linking Road", "Anna Salai"],
    "JP": ["Jingumae", "Shibuya", "Nishi-Shinjuku"],
    "NG": ["Admiralty Way", "Awolowo Road", "Allen Avenue"],
}
CITY_BY = {
    "US": [("Austin", "TX"), ("Portland", "OR"), ("Atlanta", "GA"), ("Columbus", "OH"), ("San Jose", "CA")],
    "CA": [("Montréal", "QC"), ("Toronto", "ON"), ("Vancouver", "BC")],
    "AU": [("Sydney", "NSW"), ("Melbourne", "VIC")],
    "GB": [("Leeds", "England"), ("Bristol", "England"), ("Glasgow", "Scotland"), ("Cardiff", "Wales")],
    "DE": [("Berlin", "BE"), ("München", "BY"), ("Köln", "NW"), ("Leipzig", "SN")],
    "ES": [("Madrid", "M"), ("Barcelona", "B"), ("Sevilla", "SE"), ("Valencia", "V")],
    "MX": [("Ciudad de México", "CDMX"), ("Guadalajara", "JAL")],
    "FR": [("Lyon", "ARA"), ("Nantes", "PDL"), ("Lille", "HDF")],
    "NL": [("Amsterdam", "NH"), ("Utrecht", "UT")],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Porto Alegre", "RS")],
    "IN": [("Bengaluru", "KA"), ("Mumbai", "MH"), ("Chennai", "TN")],
    "JP": [("Tokyo", "13"), ("Osaka", "27")],
    "NG": [("Lagos", "LA"), ("Abuja", "FC")],
}


def postcode_for(f: Fake, cc: str) -> str:
    r = f.r
    up = "ABDEFGHJLNPQRSTUWXYZ"
    if cc == "US":
        return f.pick([f"{r.randint(10001, 99950)}", f"{r.randint(10001, 99950)}-{dig(f, 4)}"])
    if cc == "CA":
        return (
            f"{f.pick('HKMTV')}{r.randint(1, 9)}{f.pick(up)} {r.randint(1, 9)}{f.pick(up)}{r.randint(1, 9)}"
        )
    if cc == "GB":
        area = f.pick(["LS", "BS", "G", "CF", "M", "SW"])
        return f"{area}{r.randint(1, 20)} {r.randint(1, 9)}{f.pick(up)}{f.pick(up)}"
    if cc in ("DE", "ES", "FR", "MX"):
        return f"{r.randint(1001, 99998):05d}"
    if cc == "NL":
        return f"{r.randint(1011, 9999)} {f.pick(up)}{f.pick(up)}"
    if cc == "BR":
        return f"{r.randint(10000, 99999)}-{dig(f, 3)}"
    if cc == "IN":
        return f"{r.randint(110001, 860000)}"
    if cc == "JP":
        return f"{r.randint(100, 999)}-{dig(f, 4)}"
    if cc == "NG":
        return f"{r.randint(100001, 999999)}"
    if cc == "AU":
        return f"{r.randint(2000, 3999)}"
    raise KeyError(cc)


def street_for(f: Fake, cc: str) -> str:
    n, s = f.r.randint(1, 480), f.pick(STREET_NAMES[cc])
    if cc in ("DE", "NL"):
        return f"{s} {n}"
    if cc in ("ES", "MX"):
        return f"{s}, {n}"
    if cc == "FR":
        return f"{n} {s}"
    if cc == "BR":
        return f"{s}, {n}"
    if cc == "JP":
        return f"{f.r.randint(1, 6)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} {s}"
    return f"{n} {s}"


def line2_for(f: Fake, cc: str) -> str:
    n = f.r.randint(1, 40)
    return {
        "US": f.pick([f"Apt {n}", f"Unit {n}B", f"Suite {n * 10}"]),
        "GB": f.pick([f"Flat {n}", f"Flat {n}, Rosebery House"]),
        "DE": f.pick([f"Hinterhaus, {n}. OG", f"c/o {f.p.last}", f"Wohnung {n}"]),
        "ES": f.pick([f"{n % 9 + 1}º {f.pick('ABCD')}", f"Escalera 2, {n % 9 + 1}º"]),
        "BR": f.pick([f"apto {n * 10 + 2}", f"bloco B, apto {n}"]),
    }.get(cc, f"Apt {n}")


def persona(f: Fake, cc: str) -> SimpleNamespace:
    culture = f.pick(MARKET_CULTURES[cc])
    first, last = f.pick(CULTURES[culture][0]), f.pick(CULTURES[culture][1])
    city, region = f.pick(CITY_BY[cc])
    user = ascii_fold(first).replace("-", "")
    lastu = ascii_fold(last).replace(" ", "").replace("'", "").replace("-", "")
    local = f.pick(
        [f"{user}.{lastu}", f"{user}{lastu[:1]}", f"{user}_{lastu}{f.r.randint(1, 99)}", f"{lastu}.{user}"]
    )
    p = SimpleNamespace(
        cc=cc,
        first=first,
        last=last,
        full=f"{first} {last}",
        email=f"{local}@{f.pick(MAIL_DOMAINS[cc])}",
        city=city,
        region=region,
        dob=f"{f.r.randint(1952, 2005)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
    )
    return p


def email_for(f: Fake, cc: str) -> str:
    return persona(f, cc).email


# -- identifiers ------------------------------------------------------------------------------------

IBAN_LEN = {"DE": 22, "ES": 24, "FR": 27, "NL": 18, "GB": 22, "IT": 27, "BE": 16, "PT": 25, "PL": 28}


def iban(f: Fake, cc: str, spaced: bool | None = None) -> str:
    n = IBAN_LEN[cc]
    if cc == "GB":
        bban = f.pick(["NWBK", "BARC", "MIDL", "LOYD"]) + dig(f, n - 8)
    elif cc == "NL":
        bban = f.pick(["ABNA", "INGB", "RABO"]) + dig(f, n - 8)
    elif cc == "IT":
        bban = "X" + dig(f, n - 5)
    else:
        bban = dig(f, n - 4)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def luhn(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial + "0")):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def card(f: Fake) -> str:
    prefix, length = f.pick([("4", 16), ("53", 16), ("2720", 16), ("34", 15), ("6011", 16), ("35", 16)])
    number = luhn(prefix + dig(f, length - len(prefix) - 1))
    style = f.r.random()
    if length == 16 and style < 0.4:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    if length == 16 and style < 0.6:
        return "-".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return f.pick([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s])


def dni(f: Fake) -> str:
    n = f.r.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def steuer_id(f: Fake) -> str:
    return str(f.r.randint(1, 9)) + dig(f, 10)


def sv_nummer(f: Fake) -> str:
    p = f.p
    y, m, d = p.dob[2:4], p.dob[5:7], p.dob[8:10]
    return f"{f.pick(['12', '15', '53', '65'])} {d}{m}{y} {ascii_fold(p.last)[0].upper()} {dig(f, 3)}"


def ssn(f: Fake) -> str:
    area = f.pick([a for a in range(1, 899) if a != 666])
    return f"{area:03d}-{f.r.randint(1, 99):02d}-{f.r.randint(1, 9999):04d}"


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=False)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, d)) + str(check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def mbi(f: Fake) -> str:
    """US Medicare Beneficiary Identifier shape: 1EG4-TE5-MK73."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    c = [str(f.r.randint(1, 9)), f.pick(al), f.pick(an), str(f.r.randint(0, 9)), f.pick(al), f.pick(an)]
    c += [str(f.r.randint(0, 9)), f.pick(al), f.pick(al), str(f.r.randint(0, 9)), str(f.r.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def member_id(f: Fake) -> str:
    return f.pick(["W", "XJH", "ZGP", "U"]) + dig(f, 9)


def passport(f: Fake, cc: str) -> str:
    if cc == "DE":
        return "C" + "".join(f.pick("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    if cc == "IN":
        return f.pick("JKLMNPRSTUVWZ") + dig(f, 7)
    if cc == "BR":
        return f.pick(["FT", "GA", "FZ"]) + dig(f, 6)
    return dig(f, 9)


def driver_license(f: Fake, state: str) -> str:
    if state == "CA":
        return f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(f, 7)
    if state == "TX":
        return dig(f, 8)
    if state == "NY":
        return f"{dig(f, 3)} {dig(f, 3)} {dig(f, 3)}"
    return f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(f, 3) + "-" + dig(f, 3) + "-" + dig(f, 2) + "-" + dig(f, 3)


def mac(f: Fake) -> str:
    octets = [f.pick(["3C", "A4", "B8", "DC", "F0"])] + [f"{f.r.randint(0, 255):02X}" for _ in range(5)]
    return f.pick([":", "-"]).join(octets if f.r.random() < 0.6 else [o.lower() for o in octets])


def ipv4(f: Fake) -> str:
    r = f.r
    head = f.pick([24, 73, 81, 92, 109, 177, 187, 201])
    return f"{head}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(f: Fake) -> str:
    return (
        f.pick(["2a02:8108", "2601:647", "2804:14c", "2a01:e0a"])
        + ":"
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    )


def b62(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def api_key(f: Fake) -> str:
    return f.pick(
        [
            "sk_live_" + b62(f, 24),
            "tp_live_" + b62(f, 32),
            "AKIA" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
            "SG." + b62(f, 22) + "." + b62(f, 43),
        ]
    )


def push_token(f: Fake) -> str:
    return f.pick([f.hexid(64), b62(f, 22) + ":APA91b" + b62(f, 134)])


def sha256(f: Fake) -> str:
    return hashlib.sha256(f.uuid().encode()).hexdigest()


def ts(f: Fake) -> str:
    return f.iso()


def sf_id(f: Fake, prefix: str) -> str:
    return prefix + "5e" + b62(f, 13)


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


# -- per-message persona shortcuts --------------------------------------------------------------------


def first(f):
    return f.p.first


def last(f):
    return f.p.last


def full(f):
    return f.p.full


def email(f):
    return f.p.email


def phone(f):
    return phone_for(f, f.p.cc)


def street(f):
    return street_for(f, f.p.cc)


def line2(f):
    return line2_for(f, f.p.cc)


def city(f):
    return f.p.city


def region(f):
    return f.p.region


def zipc(f):
    return postcode_for(f, f.p.cc)


def dob(f):
    return f.p.dob


def other_person(f: Fake) -> SimpleNamespace:
    return persona(f, f.p.cc)


# -- contexts ---------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]

SITES = {
    "pawpantry": ("https://www.pawpantry.com", ["/plans", "/checkout", "/account/pets", "/refer"]),
    "tallypay": ("https://app.tallypay.io", ["/payroll/run", "/people", "/settings/company", "/people/new"]),
    "encore": ("https://encore.live", ["/events", "/checkout", "/account"]),
}


def web_ctx(site: str):
    base, pages = SITES[site]
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.70.0")},
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?plan=monthly"])),
            "title": G(lambda f: f.pick(["Checkout", "Your account", "Plans & pricing"])),
            "url": G(lambda f: base + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-DE", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Europe/Berlin"])),
        "ip": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_trial", "brand_search", "referral_2024"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
        },
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "Pawpantry"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["812", "830"])),
            "namespace": G(lambda f: "com.pawpantry.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Verizon", "EE"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx(app: str):
    ns = {"Tallypay": "io.tallypay.android", "Encore": "live.encore.android"}[app]
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["2.14.0", "2.15.2"])),
            "build": G(lambda f: f.pick(["21400", "21502"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.hexid(32)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "sweet"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: True),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2340),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Vivo", "T-Mobile", "Telekom.de"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "de-DE"])),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/New_York", "Europe/Berlin"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "userId": G(lambda f: "usr_" + f.hexid(12)),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "Medly"),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0"])),
            "build": G(lambda f: f.pick(["304", "310"])),
            "namespace": G(lambda f: "health.medly.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "moto g84 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3.0)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-ES", "es-MX"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "Encore"),
            "version": G(lambda f: f.pick(["6.8.0", "6.9.1"])),
            "build": G(lambda f: f.pick(["6080", "6091"])),
            "namespace": G(lambda f: "live.encore.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone16,2", "SM-S921B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 430), "height": G(lambda f: 932)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Sao_Paulo"])),
        "location": {
            "city": Y(city, "city"),
            "country": G(lambda f: f.p.cc),
            "latitude": Y(lambda f: round(f.r.uniform(-33.9, 45.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.6, -43.1), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
        "traits": {"email": Y(email, "email"), "phone": Y(phone, "phone")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "dotnet": ("Segment.Analytics.CSharp", "2.3.4"),
    "php": ("analytics-php", "3.8.0"),
}


def server_ctx(lib: str):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("python", "node", "php", "dotnet"):
        ctx["ip"] = Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip")
    if lib in ("node", "java"):
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if lib in ("python", "ruby"):
        ctx["traits"] = {"email": Y(email, "email")}
    if lib == "go":
        ctx["groupId"] = G(lambda f: "co_" + f.hexid(10))
    return ctx


CONTEXTS = {
    "web:pawpantry": lambda: web_ctx("pawpantry"),
    "web:tallypay": lambda: web_ctx("tallypay"),
    "web:encore": lambda: web_ctx("encore"),
    "swift": swift_ctx,
    "kotlin:tallypay": lambda: kotlin_ctx("Tallypay"),
    "kotlin:encore": lambda: kotlin_ctx("Encore"),
    "flutter": flutter_ctx,
    "rn": rn_ctx,
    **{f"server:{k}": (lambda k=k: server_ctx(k)) for k in SERVER_LIBS},
}

# -- free text --------------------------------------------------------------------------------------


def delivery_note(f):
    ph = phone(f)
    return f.pick(
        [
            f"Gate code {dig(f, 4)}. Call {ph} when outside",
            f"Leave by the side door, text me on {ph}",
            f"If nobody answers ring {ph} - dog is friendly!",
            f"Please don't leave with neighbours. Mobile {ph}",
        ]
    )


def ticket_body(f):
    em, ph = email(f), phone(f)
    return f.pick(
        [
            f"Hi, my box never arrived. You can reach me at {ph} any time after 5pm.",
            f"Please update my login email to {em}, the old one is closed.",
            f"I was charged twice this month!! Call me back on {ph}",
            f"Can you send the invoice to {em} instead? Thanks, {f.p.first}",
        ]
    )


def error_message(f):
    em = email(f)
    return f.pick(
        [
            f"Invite failed: {em} is already a member of another company",
            f"SMTP 550 mailbox unavailable for {em}",
            f"Validation error: duplicate personal_email '{em}'",
        ]
    )


def intercom_first_message(f):
    em = email(f)
    return f.pick(
        [
            f"hey, I signed up with {em} but never got the verification link",
            f"Can't log in. My account is {em}",
            f"Ticket for tomorrow isn't showing in the app - order under {em}",
        ]
    )


def search_term(f):
    return f.pick([email(f), phone(f), email(f).upper()])


# -- products ---------------------------------------------------------------------------------------

PET_FOODS = [
    ("Chicken & Brown Rice Recipe", "PP-CHK-2KG"),
    ("Salmon Skin & Coat Formula", "PP-SAL-5KG"),
    ("Grain-Free Turkey Kibble", "PP-TRK-2KG"),
    ("Dental Chews (28 ct)", "PP-DNT-028"),
    ("Senior Lamb Stew Tins x12", "PP-LMB-T12"),
]
MEDS_US = [
    "Lisinopril 10 mg",
    "Sertraline 50 mg",
    "Metformin ER 500 mg",
    "Levothyroxine 75 mcg",
    "Albuterol HFA",
]
MEDS_ES = ["Omeprazol 20 mg", "Ibuprofeno 600 mg", "Enalapril 10 mg", "Paracetamol 1 g", "Simvastatina 20 mg"]
ARTISTS = [
    "Phoebe Bridgers",
    "Bad Bunny",
    "Khruangbin",
    "Anitta",
    "The National",
    "Burna Boy",
    "Caetano Veloso",
]
VENUES = [
    ("Red Rocks Amphitheatre", "Morrison"),
    ("Allianz Parque", "São Paulo"),
    ("The Anthem", "Washington"),
    ("Ryman Auditorium", "Nashville"),
    ("Espaço Unimed", "São Paulo"),
]
US_STATES = ["CA", "TX", "NY", "WA", "FL"]


def pet_food_item():
    return {
        "product_id": G(lambda f: f"prod_{f.hexid(8)}"),
        "sku": G(lambda f: f.pick(PET_FOODS)[1]),
        "name": G(lambda f: f.pick(PET_FOODS)[0]),
        "category": G(lambda f: f.pick(["Dry food", "Wet food", "Treats"])),
        "price": G(lambda f: money(f, 8, 69)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


# -- events: (type, event or page/screen name, client, body, markets) --------------------------------

PAWPANTRY = [
    (
        "identify",
        None,
        "web:pawpantry",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "createdAt": G(ts),
            "plan": G(lambda f: f.pick(["Pup Plan", "Big Dog Plan", "Cat Classic"])),
            "petCount": G(lambda f: f.r.randint(1, 4)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: "PAW-" + b62(f, 6).upper()),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(region),
                "postalCode": Y(zipc, "zipcode"),
                "country": G(lambda f: f.p.cc),
            },
            "lifetimeValue": G(lambda f: money(f, 0, 900)),
        },
        ["US", "GB", "CA"],
    ),
    (
        "track",
        "Pet Profile Created",
        "swift",
        {
            "pet_id": G(lambda f: f.r.randint(100000, 999999)),
            "pet": {
                "name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Bella", "Pepper", "Ziggy"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(["Labrador Retriever", "Maine Coon", "Mixed", "French Bulldog"])),
                "birthday": G(lambda f: f.date(2012, 2024)),
                "sex": G(lambda f: f.pick(["male", "female"])),
                "neutered": G(lambda f: f.pick([True, False])),
                "allergies": Many(G(lambda f: f.pick(["chicken", "grain", "beef", "dairy"])), 2),
                "health_conditions": Many(
                    G(lambda f: f.pick(["sensitive stomach", "joint care", "none"])), 2
                ),
            },
            "photo_uploaded": G(lambda f: f.pick([True, False])),
            "onboarding_step": G(lambda f: f.r.randint(2, 5)),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Subscription Started",
        "web:pawpantry",
        {
            "subscription_id": G(lambda f: "sub_" + b62(f, 14)),
            "plan_name": G(lambda f: f.pick(["Pup Plan", "Big Dog Plan", "Cat Classic"])),
            "frequency_weeks": G(lambda f: f.pick([2, 4, 6])),
            "price": G(lambda f: money(f, 19, 89)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "coupon": G(lambda f: f.pick(["", "FIRSTBOX50", "VET20"])),
            "shipping": {
                "recipient_name": Y(full, "name"),
                "line1": Y(street, "street|address"),
                "line2": Y(line2, "address|street"),
                "city": Y(city, "city"),
                "region": G(region),
                "postcode": Y(zipc, "zipcode"),
                "country_code": G(lambda f: f.p.cc),
                "delivery_instructions": Y(delivery_note, "phone", True),
                "phone": Y(phone, "phone"),
                "address_validated": G(lambda f: f.pick([True, False])),
            },
        },
        ["US", "GB", "CA"],
    ),
    (
        "track",
        "Order Completed",
        "server:python",
        {
            "order_id": G(lambda f: "PP" + f.digits(8)),
            "total": G(lambda f: money(f, 20, 180)),
            "revenue": G(lambda f: money(f, 18, 160)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "CAD"])),
            "products": Many(pet_food_item(), 3),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "card_last4": G(lambda f: dig(f, 4)),
                "card_exp_month": G(lambda f: f.r.randint(1, 12)),
                "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "billing_email": Y(email, "email"),
        },
        ["US", "GB", "CA"],
    ),
    (
        "track",
        "Payment Failed",
        "server:python",
        {
            "subscription_id": G(lambda f: "sub_" + b62(f, 14)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "amount": G(lambda f: money(f, 19, 89)),
            "stripe_customer_id": G(lambda f: "cus_" + b62(f, 14)),
            "payment_method_id": G(lambda f: "pm_" + b62(f, 24)),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Delivery Skipped",
        "swift",
        {
            "subscription_id": G(lambda f: "sub_" + b62(f, 14)),
            "skip_reason": G(lambda f: f.pick(["too_much_food", "travelling", "price", "other"])),
            "deliveries_skipped_count": G(lambda f: f.r.randint(1, 6)),
        },
        ["US", "GB"],
    ),
    (
        "screen",
        "Notification Settings",
        "swift",
        {
            "email_notifications": G(lambda f: f.pick([True, False])),
            "sms_notifications": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Smart Feeder Paired",
        "swift",
        {
            "feeder_serial": Y(lambda f: "PF2-" + b62(f, 10).upper(), "serial"),
            "firmware_version": G(lambda f: f.pick(["1.8.2", "1.9.0-rc1"])),
            "wifi_mac": Y(mac, "mac"),
            "bowl_capacity_g": G(lambda f: f.pick([500, 1200])),
            "hw": Y(mac, "mac", True),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Referral Sent",
        "web:pawpantry",
        {
            "referral_channel": G(lambda f: f.pick(["email", "sms", "link"])),
            "friend_email": Y(lambda f: other_person(f).email, "email"),
            "friend_first_name": Y(lambda f: other_person(f).first, "name"),
            "referral_code": G(lambda f: "PAW-" + b62(f, 6).upper()),
        },
        ["US", "GB", "CA"],
    ),
    (
        "page",
        "Checkout",
        "web:pawpantry",
        {
            "path": G(lambda f: "/checkout"),
            "url": G(lambda f: "https://www.pawpantry.com/checkout?step=" + str(f.r.randint(1, 3))),
            "title": G(lambda f: "Checkout | Pawpantry"),
            "referrer": G(lambda f: f.pick(["https://www.pawpantry.com/plans", ""])),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Password Reset Requested",
        "server:python",
        {
            "reset_token": RED(lambda f: b62(f, 43), "token"),
            "email_sent": G(lambda f: True),
            "password_reset_count_30d": G(lambda f: f.r.randint(0, 4)),
        },
        ["US", "GB"],
    ),
]

TALLYPAY = [
    (
        "group",
        None,
        "web:tallypay",
        {
            "name": G(
                lambda f: f.pick(["Bluebird Bakery LLC", "Okafor Dental Group", "Northside Auto Repair"])
            ),
            "industry": G(lambda f: f.pick(["Food & Beverage", "Healthcare", "Automotive"])),
            "employees": G(lambda f: f.r.randint(3, 140)),
            "plan": G(lambda f: f.pick(["Core", "Complete", "Concierge"])),
            "website": G(lambda f: f.pick(["https://bluebirdbakery.com", "https://northsideauto.net"])),
            "createdAt": G(ts),
            "payrollFrequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly"])),
            "email": Y(email, "email"),
            "state": G(lambda f: f.pick(US_STATES)),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{dig(f, 7)}"),
        },
        ["US"],
    ),
    (
        "identify",
        None,
        "web:tallypay",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "title": G(lambda f: f.pick(["Owner", "Office Manager", "Controller"])),
            "role": G(lambda f: f.pick(["admin", "payroll_admin", "viewer"])),
            "createdAt": G(ts),
            "company": {
                "id": G(lambda f: "co_" + f.hexid(10)),
                "name": G(lambda f: f.pick(["Bluebird Bakery LLC", "Northside Auto Repair"])),
                "employee_count": G(lambda f: f.r.randint(3, 140)),
            },
            "avatar": Y(lambda f: f"https://cdn.tallypay.io/avatars/{f.uuid()}.jpg", "photo"),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
        },
        ["US"],
    ),
    (
        "track",
        "Employee Added",
        "server:node",
        {
            "employee_id": G(lambda f: "emp_" + f.hexid(12)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "preferred_name": Y(first, "name"),
            "work_email": Y(email, "email"),
            "personal_email": Y(lambda f: email_for(f, "US"), "email"),
            "mobile_phone": Y(phone, "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "ssn": RED(ssn, "social security number"),
            "hire_date": G(lambda f: f.date(2015, 2024)),
            "job_title": G(lambda f: f.pick(["Line Cook", "Dental Hygienist", "Service Advisor"])),
            "pay_type": G(lambda f: f.pick(["salary", "hourly"])),
            "annual_salary": Y(lambda f: f.r.randint(32000, 120000), "salary"),
            "hourly_rate": Y(lambda f: money(f, 15, 48), "salary"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary"]), "gender|sex"),
            "home_address": {
                "line1": Y(street, "street|address"),
                "line2": Y(line2, "address|street"),
                "city": Y(city, "city"),
                "state": G(region),
                "zip": Y(zipc, "zipcode"),
            },
            "photo_url": Y(lambda f: f"https://cdn.tallypay.io/people/{f.hexid(16)}.png", "photo"),
            "emergency_contact": {
                "name": Y(lambda f: other_person(f).full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
            "invite_token": RED(lambda f: b62(f, 32), "token"),
        },
        ["US"],
    ),
    (
        "track",
        "EEO Self Identification Submitted",
        "server:ruby",
        {
            "employee_id": G(lambda f: "emp_" + f.hexid(12)),
            "race_ethnicity": Y(
                lambda f: f.pick(
                    ["Hispanic or Latino", "Black or African American", "Asian", "White", "Two or More Races"]
                ),
                "race|ethnicity",
            ),
            "gender_identity": Y(
                lambda f: f.pick(["Woman", "Man", "Non-binary", "Prefer not to say"]), "gender"
            ),
            "veteran_status": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline_to_answer"]), "veteran"
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "decline_to_answer"]), "disability"),
            "declined_all": G(lambda f: f.pick([True, False])),
        },
        ["US"],
    ),
    (
        "track",
        "Direct Deposit Updated",
        "web:tallypay",
        {
            "employee_id": G(lambda f: "emp_" + f.hexid(12)),
            "routing_number": G(lambda f: f.pick(["021000021", "121000358", "011401533"])),
            "account_number": RED(lambda f: dig(f, f.r.randint(9, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo"])),
        },
        ["US"],
    ),
    (
        "track",
        "Payroll Run Approved",
        "server:dotnet",
        {
            "PayrollRunId": G(lambda f: f.uuid()),
            "EmployeeCount": G(lambda f: f.r.randint(3, 140)),
            "GrossPayTotal": G(lambda f: money(f, 5000, 400000)),
            "NetPayTotal": G(lambda f: money(f, 4000, 300000)),
            "ApprovedByEmail": Y(email, "email"),
            "ApproverIpAddress": Y(ipv4, "ip"),
            "IsOffCycle": G(lambda f: f.pick([True, False])),
        },
        ["US"],
    ),
    (
        "track",
        "Pay Stub Viewed",
        "kotlin:tallypay",
        {
            "pay_stub_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "gross_pay": Y(lambda f: money(f, 600, 6000), "salary"),
            "net_pay": Y(lambda f: money(f, 450, 4500), "salary"),
            "ytd_gross": Y(lambda f: money(f, 5000, 70000), "salary"),
            "pay_date": G(lambda f: f.date(2024, 2024)),
            "download_format": G(lambda f: f.pick(["pdf", "none"])),
        },
        ["US"],
    ),
    (
        "track",
        "Tax Form Signed",
        "server:java",
        {
            "formType": G(lambda f: f.pick(["W-4", "I-9", "CA DE 4"])),
            "signatureName": Y(full, "name"),
            "signedAt": G(ts),
            "esignIp": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip"),
            "extraWithholding": G(lambda f: f.pick([0, 25, 50])),
        },
        ["US"],
    ),
    (
        "track",
        "Work Authorization Recorded",
        "server:java",
        {
            "employeeId": G(lambda f: "emp_" + f.hexid(12)),
            "citizenshipStatus": Y(
                lambda f: f.pick(
                    ["us_citizen", "noncitizen_national", "permanent_resident", "authorized_alien"]
                ),
                "citizenship",
            ),
            "visaType": RED(lambda f: f.pick(["H-1B", "TN", "O-1", "F-1 OPT"]), "visa"),
            "visaNumber": RED(lambda f: dig(f, 8), "visa"),
            "passportNumber": RED(lambda f: passport(f, f.pick(["IN", "BR", "US"])), "passport"),
        },
        ["US"],
    ),
    (
        "track",
        "Certification Added",
        "web:tallypay",
        {
            "employee_id": G(lambda f: "emp_" + f.hexid(12)),
            "certification_name": Y(
                lambda f: f.pick(["ServSafe Food Handler", "CPR/AED", "ASE Brake Systems"]), "certificate"
            ),
            "certificate_number": Y(lambda f: "CERT-" + dig(f, 8), "certificate"),
            "issuing_body": G(lambda f: f.pick(["ServSafe", "American Red Cross", "ASE"])),
            "expires_on": G(lambda f: f.date(2025, 2028)),
        },
        ["US"],
    ),
    (
        "track",
        "Time Off Requested",
        "kotlin:tallypay",
        {
            "request_id": G(lambda f: f.r.randint(100000, 999999)),
            "leave_type": G(lambda f: f.pick(["vacation", "sick", "parental", "bereavement"])),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "note": G(lambda f: f.pick(["Family wedding", "Moving house", "", "Back Monday"])),
        },
        ["US"],
    ),
    (
        "track",
        "API Key Created",
        "server:go",
        {
            "key_id": G(lambda f: "key_" + f.hexid(16)),
            "scopes": Many(G(lambda f: f.pick(["payroll:read", "people:write", "reports:read"])), 3),
            "api_key": RED(api_key, "secret|token"),
            "created_by_email": Y(email, "email"),
        },
        ["US"],
    ),
    (
        "track",
        "Webhook Delivered",
        "server:go",
        {
            "endpoint_url": G(
                lambda f: f.pick(
                    ["https://hooks.zapier.com/hooks/catch/123/abc", "https://erp.example.com/tp"]
                )
            ),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "signing_secret": RED(lambda f: "whsec_" + b62(f, 32), "secret"),
            "payload_sha256": G(sha256),
            "event_type": G(lambda f: f.pick(["payroll.processed", "employee.created"])),
        },
        ["US"],
    ),
    (
        "page",
        "People Directory",
        "web:tallypay",
        {
            "path": G(lambda f: "/people"),
            "url": G(lambda f: "https://app.tallypay.io/people"),
            "title": G(lambda f: "People · Tallypay"),
            "referrer": G(lambda f: f.pick(["https://app.tallypay.io/payroll/run", ""])),
            "result_count": G(lambda f: f.r.randint(0, 140)),
        },
        ["US"],
    ),
    # German customers: the PHP backend of the DE edition sends German keys.
    (
        "track",
        "Mitarbeiter angelegt",
        "server:php",
        {
            "personalnummer": G(lambda f: f.r.randint(1000, 99999)),
            "vorname": Y(first, "name"),
            "nachname": Y(last, "name"),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "steuerId": RED(steuer_id, "national id"),
            "sozialversicherungsnummer": RED(sv_nummer, "social security number"),
            "steuerklasse": G(lambda f: f.r.randint(1, 6)),
            "konfession": Y(lambda f: f.pick(["ev", "rk", "--", "ak"]), "religion"),
            "bruttogehalt": Y(lambda f: money(f, 2200, 8500), "salary"),
            "telefon": Y(phone, "phone"),
            "emailPrivat": Y(email, "email"),
            "iban": RED(lambda f: iban(f, "DE"), "bank account"),
            "strasse": Y(street, "street|address"),
            "plz": Y(zipc, "zipcode"),
            "ort": Y(city, "city"),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "syrisch"]), "citizenship"
            ),
            "eintrittsdatum": G(lambda f: f.date(2018, 2024)),
            "minijob": G(lambda f: f.pick([True, False])),
        },
        ["DE"],
    ),
    (
        "track",
        "Lohnabrechnung freigegeben",
        "server:php",
        {
            "anzahlMitarbeiter": G(lambda f: f.r.randint(2, 60)),
            "summeBrutto": G(lambda f: money(f, 5000, 250000)),
            "freigegebenVon": Y(full, "name"),
            "freigabeKommentar": G(lambda f: f.pick(["", "Passt so", "Bonus Mai enthalten"])),
        },
        ["DE"],
    ),
]

MEDLY = [
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "sulfa drugs", "latex", "codeine"]), "allergy"), 2
            ),
            "conditions": Many(
                Y(
                    lambda f: f.pick(["hypertension", "type 2 diabetes", "asthma", "hypothyroidism"]),
                    "condition",
                ),
                2,
            ),
            "insurance": {
                "payer": G(lambda f: f.pick(["Aetna", "Cigna", "UnitedHealthcare", "Kaiser"])),
                "memberId": Y(member_id, "health id"),
                "groupNumber": G(lambda f: dig(f, 6)),
                "bin": G(lambda f: f.pick(["610014", "004336", "003858"])),
            },
            "createdAt": G(ts),
            "hasAutoRefill": G(lambda f: f.pick([True, False])),
        },
        ["US"],
    ),
    (
        "track",
        "Prescription Transferred",
        "flutter",
        {
            "rx_number": Y(lambda f: dig(f, 7), "health id"),
            "medication_name": Y(lambda f: f.pick(MEDS_US), "medication"),
            "quantity": G(lambda f: f.pick([30, 60, 90])),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "prescriber_name": Y(lambda f: "Dr. " + other_person(f).full, "name"),
            "previous_pharmacy": G(lambda f: f.pick(["CVS #4821", "Walgreens #10293", "Rite Aid"])),
        },
        ["US"],
    ),
    (
        "track",
        "Order Placed",
        "server:go",
        {
            "order_id": G(lambda f: "MD-" + f.digits(9)),
            "items": Many(
                {
                    "ndc": G(lambda f: f"{dig(f, 5)}-{dig(f, 3)}-{dig(f, 2)}"),
                    "drug_name": Y(lambda f: f.pick(MEDS_US), "medication"),
                    "copay": G(lambda f: money(f, 0, 45)),
                },
                2,
            ),
            "shipping_method": G(lambda f: f.pick(["standard", "overnight_cold_chain"])),
            "shipping_address": {
                "recipient": Y(full, "name"),
                "address1": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(region),
                "zip": Y(zipc, "zipcode"),
            },
            "signature_required": G(lambda f: f.pick([True, False])),
            "contains_controlled_substance": G(lambda f: False),
        },
        ["US"],
    ),
    (
        "track",
        "Symptom Checker Completed",
        "flutter",
        {
            "symptoms": Many(
                Y(lambda f: f.pick(["sore throat", "fever", "headache", "rash", "cough"]), "condition"), 3
            ),
            "suggested_condition": Y(
                lambda f: f.pick(["strep throat", "migraine", "contact dermatitis", "common cold"]),
                "diagnosis|condition",
            ),
            "severity": G(lambda f: f.pick(["mild", "moderate"])),
            "recommended_action": G(lambda f: f.pick(["self_care", "book_telehealth", "urgent_care"])),
        },
        ["US"],
    ),
    (
        "track",
        "Telehealth Visit Completed",
        "server:php",
        {
            "visit_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "clinician_name": Y(lambda f: other_person(f).full, "name"),
            "diagnosis_code": Y(
                lambda f: f.pick(["J02.9", "G43.909", "L25.9", "E11.9", "F41.1"]), "diagnosis"
            ),
            "procedure_code": Y(lambda f: f.pick(["99213", "99442", "87880"]), "procedure"),
            "prescription_issued": G(lambda f: f.pick([True, False])),
        },
        ["US"],
    ),
    (
        "track",
        "ID Verified",
        "flutter",
        {
            "verification_id": G(lambda f: "inq_" + b62(f, 24)),
            "document_type": G(lambda f: "drivers_license"),
            "license_number": Y(lambda f: driver_license(f, f.pick(["CA", "TX", "NY", "WA"])), "license"),
            "license_state": G(lambda f: f.pick(["CA", "TX", "NY", "WA"])),
            "selfie_url": Y(lambda f: f"https://files.withpersona.com/selfies/{f.uuid()}.jpg", "photo"),
            "medicare_mbi": Y(mbi, "health id"),
        },
        ["US"],
    ),
    (
        "track",
        "Refill Reminder Set",
        "flutter",
        {
            "medication_id": G(lambda f: f.r.randint(1000, 99999)),
            "channel": G(lambda f: f.pick(["push", "sms", "email"])),
            "phone_number_verified": G(lambda f: f.pick([True, False])),
        },
        ["US", "ES"],
    ),
    (
        "screen",
        "Medicine Cabinet",
        "flutter",
        {
            "active_prescriptions": G(lambda f: f.r.randint(0, 9)),
            "allergies_on_file": G(lambda f: f.r.randint(0, 3)),
        },
        ["US", "ES"],
    ),
    # Spanish edition (Madrid team, Spanish keys).
    (
        "track",
        "Receta Subida",
        "flutter",
        {
            "id_receta": G(lambda f: f.uuid()),
            "nombre_paciente": Y(full, "name"),
            "dni_paciente": RED(dni, "national id"),
            "fecha_nacimiento": Y(lambda f: "/".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "medicamento": Y(lambda f: f.pick(MEDS_ES), "medication"),
            "tarjeta_sanitaria": Y(lambda f: "BBBB" + dig(f, 12), "health id"),
            "telefono_movil": Y(phone, "phone"),
            "email_paciente": Y(email, "email"),
            "codigo_postal": Y(zipc, "zipcode"),
            "requiere_frio": G(lambda f: f.pick([True, False])),
        },
        ["ES"],
    ),
    (
        "track",
        "Pedido Enviado",
        "server:go",
        {
            "id_pedido": G(lambda f: "ES-" + f.digits(8)),
            "direccion_envio": Y(lambda f: f"{street(f)}, {zipc(f)} {city(f)}", "address"),
            "importe_total": G(lambda f: money(f, 5, 90)),
            "iban_reembolso": RED(lambda f: iban(f, "ES"), "bank account"),
        },
        ["ES"],
    ),
]

ENCORE = [
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "city": Y(city, "city"),
            "favoriteGenres": Many(
                G(lambda f: f.pick(["indie", "reggaeton", "jazz", "mpb", "afrobeats"])), 3
            ),
            "avatarUrl": Y(lambda f: f"https://img.encore.live/u/{f.hexid(20)}/avatar.jpg", "photo"),
            "spotifyConnected": G(lambda f: f.pick([True, False])),
            "pushOptIn": G(lambda f: f.pick([True, False])),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Artist Followed",
        "rn",
        {
            "artist_id": G(lambda f: f.hexid(22)),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "genre": G(lambda f: f.pick(["indie", "reggaeton", "funk"])),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Tickets Purchased",
        "server:java",
        {
            "orderId": G(lambda f: "ENC-" + b62(f, 8).upper()),
            "eventId": G(lambda f: f.r.randint(10**6, 10**7)),
            "eventName": G(lambda f: f.pick(ARTISTS) + f.pick([" \u2013 World Tour", " Live", ""])),
            "venueName": G(lambda f: f.pick(VENUES)[0]),
            "venueCity": G(lambda f: f.pick(VENUES)[1]),
            "eventDate": G(ts),
            "tickets": Many(
                {
                    "ticketId": G(lambda f: f.uuid()),
                    "section": G(lambda f: f.pick(["GA", "101", "Pista Premium"])),
                    "price": G(lambda f: money(f, 35, 450)),
                    "holderName": Y(lambda f: other_person(f).full, "name"),
                },
                4,
            ),
            "total": G(lambda f: money(f, 40, 1800)),
            "currency": G(lambda f: f.pick(["USD", "BRL"])),
            "paymentMethod": {
                "type": G(lambda f: f.pick(["card", "pix", "apple_pay"])),
                "brand": G(lambda f: f.pick(["visa", "mastercard", "elo"])),
                "last4": G(lambda f: dig(f, 4)),
            },
            "buyerEmail": Y(email, "email"),
            "nameOnTicketRequired": G(lambda f: f.pick([True, False])),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Ticket Transferred",
        "kotlin:encore",
        {
            "ticket_id": G(lambda f: f.uuid()),
            "event_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "recipient_email": Y(lambda f: other_person(f).email, "email"),
            "recipient_phone": Y(phone, "phone"),
            "gift_message": G(lambda f: f.pick(["Enjoy the show!", "Happy birthday 🎉", ""])),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Resale Listing Created",
        "kotlin:encore",
        {
            "listing_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "ask_price": G(lambda f: money(f, 40, 900)),
            "face_value": G(lambda f: money(f, 35, 450)),
            "payout_iban": RED(lambda f: iban(f, f.pick(["DE", "NL", "FR", "PT"])), "bank account"),
            "account_holder": Y(full, "name"),
        },
        ["DE", "NL", "FR"],
    ),
    (
        "track",
        "Festival Wristband Registered",
        "kotlin:encore",
        {
            "wristband_uid": G(lambda f: f.hexid(14).upper()),
            "festival_id": G(lambda f: f.pick(["lolla-br-2024", "primavera-2024"])),
            "passport_number": RED(lambda f: passport(f, f.p.cc), "passport"),
            "nationality": Y(lambda f: f.pick(["BR", "DE", "IN", "US"]), "citizenship"),
            "date_of_birth": Y(dob, "birthdate"),
        },
        ["BR", "DE", "IN"],
    ),
    (
        "screen",
        "Event Details",
        "kotlin:encore",
        {
            "event_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "event_name": G(lambda f: f.pick(ARTISTS) + " Live"),
            "venue_city": G(lambda f: f.pick(VENUES)[1]),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Nearby Events Searched",
        "rn",
        {
            "query": G(lambda f: f.pick(["jazz", "samba", "this weekend", ""])),
            "result_count": G(lambda f: f.r.randint(0, 80)),
            "lat": Y(lambda f: round(f.r.uniform(-30, 45), 5), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-122, -43), 5), "geolocation"),
            "used_device_location": G(lambda f: f.pick([True, False])),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Accessible Seating Requested",
        "server:ruby",
        {
            "booking_ref": G(lambda f: "ENC-" + b62(f, 8).upper()),
            "wheelchair_spaces": G(lambda f: f.r.randint(1, 2)),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    [
                        "Wheelchair user, need step-free route",
                        "Deaf, requesting ASL interpreter view",
                        "Blind - attending with guide dog",
                        "Uses a mobility scooter, cannot manage stairs",
                    ]
                ),
                "disability",
            ),
            "contact_phone": Y(phone, "phone"),
        },
        ["US"],
    ),
    # Brazilian edition (São Paulo team, Portuguese keys).
    (
        "track",
        "Ingresso Comprado",
        "rn",
        {
            "pedido_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "cpf": RED(cpf, "national id"),
            "rg": RED(lambda f: f"{dig(f, 2)}.{dig(f, 3)}.{dig(f, 3)}-{dig(f, 1)}", "national id"),
            "email": Y(email, "email"),
            "nome_completo": Y(full, "name"),
            "celular": Y(phone, "phone"),
            "cep": Y(zipc, "zipcode"),
            "data_nascimento": Y(lambda f: "/".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "meia_entrada": G(lambda f: f.pick([True, False])),
            "forma_pagamento": G(lambda f: f.pick(["pix", "cartao_credito", "boleto"])),
        },
        ["BR"],
    ),
    (
        "track",
        "Cadastro Atualizado",
        "web:encore",
        {
            "campo": G(lambda f: f.pick(["celular", "email"])),
            "endereco": {
                "logradouro": Y(street, "street|address"),
                "complemento": Y(line2, "address|street"),
                "bairro": G(lambda f: f.pick(["Pinheiros", "Copacabana", "Savassi", "Moinhos de Vento"])),
                "cidade": Y(city, "city"),
                "uf": G(region),
            },
            "aceita_marketing": G(lambda f: f.pick([True, False])),
        },
        ["BR"],
    ),
    ("alias", None, "server:ruby", None, ["US", "BR"]),
    (
        "track",
        "Signed In",
        "web:encore",
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "magic_link"])),
            "email": Y(email, "email"),
            "ip_address": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip"),
            "remember_me": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
        },
        ["US", "BR"],
    ),
    ("alias", None, "server:node", None, ["US"]),
]

VENDOR = [
    (
        "identify",
        None,
        "server:node",
        {
            # HubSpot contact properties synced as traits.
            "firstname": Y(first, "name"),
            "lastname": Y(last, "name"),
            "email": Y(email, "email"),
            "mobilephone": Y(phone, "phone"),
            "jobtitle": G(lambda f: f.pick(["Owner", "HR Manager", "Bookkeeper"])),
            "zip": Y(zipc, "zipcode"),
            "lifecyclestage": G(lambda f: f.pick(["lead", "marketingqualifiedlead", "customer"])),
            "hs_lead_status": G(lambda f: f.pick(["NEW", "OPEN", "IN_PROGRESS"])),
            "hubspot_owner_id": G(lambda f: dig(f, 9)),
            "hs_analytics_num_visits": G(lambda f: f.r.randint(1, 80)),
            "num_employees": G(lambda f: f.pick(["1-5", "5-25", "25-50"])),
        },
        ["US"],
    ),
    (
        "track",
        "Opportunity Updated",
        "server:java",
        {
            # Salesforce fields as the sync sends them.
            "Id": G(lambda f: sf_id(f, "006")),
            "Name": G(lambda f: f.pick(["Bluebird Bakery - Annual", "Northside Auto - Complete upgrade"])),
            "Amount": G(lambda f: money(f, 500, 30000)),
            "StageName": G(lambda f: f.pick(["Prospecting", "Negotiation", "Closed Won"])),
            "Contact_Email__c": Y(email, "email"),
            "Contact_Phone__c": Y(phone, "phone"),
            "Account_Tier__c": G(lambda f: f.pick(["SMB", "Mid-Market"])),
            "Seats__c": G(lambda f: f.r.randint(3, 200)),
        },
        ["US"],
    ),
    (
        "track",
        "Charge Succeeded",
        "server:node",
        {
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + b62(f, 24)),
                    "amount": G(lambda f: f.r.randint(1000, 50000)),
                    "currency": G(lambda f: f.pick(["usd", "gbp", "eur"])),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "street|address"),
                            "city": Y(city, "city"),
                            "postal_code": Y(zipc, "zipcode"),
                            "state": G(region),
                            "country": G(lambda f: f.p.cc),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                            "last4": G(lambda f: dig(f, 4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "fingerprint": G(lambda f: b62(f, 16)),
                        }
                    },
                    "receipt_email": Y(email, "email"),
                    "receipt_url": G(lambda f: "https://pay.stripe.com/receipts/" + b62(f, 30)),
                }
            },
            "type": G(lambda f: "charge.succeeded"),
        },
        ["US", "GB", "DE"],
    ),
    (
        "track",
        "Ticket Created",
        "server:python",
        {
            # Zendesk ticket webhook.
            "ticket": {
                "id": G(lambda f: f.r.randint(10**5, 10**6)),
                "subject": G(
                    lambda f: f.pick(["Where is my order?", "Billing question", "Change delivery day"])
                ),
                "description": Y(ticket_body, "email|phone", True),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
                "tags": Many(G(lambda f: f.pick(["billing", "delivery", "vip"])), 2),
            },
            "requester": {
                "id": G(lambda f: f.r.randint(10**9, 10**10)),
                "name": Y(full, "name"),
                "email": Y(email, "email"),
            },
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Install Attributed",
        "server:node",
        {
            # AppsFlyer push API fields.
            "appsflyer_id": G(lambda f: f"{f.r.randint(10**12, 10**13)}-{f.r.randint(10**18, 10**19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int"])),
            "af_adset": G(lambda f: f.pick(["BR_18-34_music", "US_lookalike_2pct"])),
            "install_time": G(lambda f: f"2024-05-{f.r.randint(1, 28):02d} 14:03:22.123"),
            "customer_user_id": G(lambda f: "usr_" + f.hexid(12)),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        {
            # Braze campaign metadata.
            "campaign_id": G(lambda f: f.uuid()),
            "canvas_name": G(lambda f: f.pick(["Box shipping soon", "Winback 30d"])),
            "deeplink": G(lambda f: f.pick(["pawpantry://orders", "pawpantry://plans/upgrade"])),
        },
        ["US"],
    ),
    (
        "track",
        "Form Submitted",
        "web:tallypay",
        {
            "form_id": G(lambda f: f.pick(["demo-request", "newsletter"])),
            "form_name": G(lambda f: f.pick(["Book a demo", "Newsletter"])),
            "fields": {
                "full_name": Y(full, "name"),
                "work_email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "company": G(lambda f: f.pick(["Bluebird Bakery", "Okafor Dental Group"])),
                "password": RED(lambda f: f.pick(["Summer2024!", "tallyP@y99", "correcthorse7"]), "password"),
                "employees": G(lambda f: f.pick(["1-10", "11-50"])),
            },
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Client Error",
        "kotlin:tallypay",
        {
            "error_code": G(lambda f: f.pick(["E_INVITE_CONFLICT", "E_SMTP", "E_VALIDATION"])),
            "message": Y(error_message, "email", True),
            "component": G(lambda f: f.pick(["InviteSheet", "PeopleImport"])),
            "stack_hash": G(sha256),
        },
        ["US"],
    ),
    (
        "track",
        "Sync Debug",
        "server:go",
        {
            "job": G(lambda f: f.pick(["bank-sync", "time-clock-import"])),
            "peer": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip", True),
            "auth": RED(lambda f: "Bearer " + f.jwt(), "token", True),
            "dev": Y(mac, "mac", True),
            "ref": G(lambda f: f.lucky_order_number()),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "build_sha": G(lambda f: f.hexid(40)),
        },
        ["US"],
    ),
    (
        "track",
        "Support Search Performed",
        "web:tallypay",
        {
            "q": Y(search_term, "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "agent_id": G(lambda f: "agt_" + f.hexid(8)),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Contact Info Updated",
        "web:pawpantry",
        {
            "field": G(lambda f: "phone"),
            "old_value": Y(phone, "phone", True),
            "new_value": Y(phone, "phone", True),
            "changed_by_admin": G(lambda f: f.pick([True, False])),
        },
        ["US", "GB", "CA"],
    ),
    (
        "track",
        "Conversation Started",
        "web:encore",
        {
            # Intercom messenger.
            "conversation_id": G(lambda f: dig(f, 12)),
            "user_hash": G(sha256),
            "first_message": Y(intercom_first_message, "email", True),
            "channel": G(lambda f: "messenger"),
        },
        ["US", "BR"],
    ),
    (
        "track",
        "Payment Method Added",
        "server:php",
        {
            "gateway": G(lambda f: f.pick(["adyen", "braintree"])),
            "raw": RED(card, "credit card", True),
            "holder": Y(full, "name"),
            "token_id": G(lambda f: "tok_" + f.hexid(16)),
        },
        ["US", "GB", "BR"],
    ),
    (
        "track",
        "Bank Details Captured",
        "server:dotnet",
        {
            "Source": G(lambda f: f.pick(["onboarding", "settings"])),
            "Value": RED(
                lambda f: iban(f, f.pick(["GB", "DE", "NL", "IT", "BE", "PL"])), "bank account", True
            ),
            "Valid": G(lambda f: True),
            "Country": G(lambda f: f.pick(["GB", "DE", "NL"])),
        },
        ["GB", "DE", "NL"],
    ),
    (
        "track",
        "Audit Log Entry",
        "server:dotnet",
        {
            "Action": G(lambda f: f.pick(["employee.terminated", "payroll.approved", "role.changed"])),
            "Actor": Y(email, "email", True),
            "Target": Y(lambda f: other_person(f).full, "name", True),
            "Origin": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip", True),
            "OccurredAt": G(ts),
        },
        ["US", "GB"],
    ),
    (
        "track",
        "Beta Feedback Submitted",
        "kotlin:encore",
        {
            "feedback_id": G(lambda f: f.uuid()),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(lambda f: f.pick(["Love the new map!", "Checkout is slow", "Please add dark mode"])),
            "contact": Y(lambda f: other_person(f).full, "name", True),
        },
        ["US", "BR"],
    ),
]

EVENTS = PAWPANTRY + TALLYPAY + MEDLY + ENCORE + VENDOR


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, markets in EVENTS:
            f.p = persona(f, f.pick(markets))
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "co_" + f.hexid(10)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1414, repeats=2)
    write(Path(__file__).parent, "holdout14_", events, labels)
