"""Writes the thirteenth holdout: tests/corpus/holdout13_events.jsonl and holdout13_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and not scored by its author; the first score is taken once, at the end.

Four products instrumented end to end, as one customer each would track them:
- "Basket", a grocery-delivery app (Netherlands/UK/Germany): analytics_flutter app, web shop,
  analytics-node backend (orders, deliveries, refunds, payment methods).
- "Ledgerly", a B2B expense and travel tool (US-based, global customers): analytics.js web app,
  analytics-react-native receipt app, python/go/java services (approvals, cards, payouts, travel,
  HRIS and HubSpot sync, support tickets, API tokens).
- "Sourire", a dental-clinic booking site (France/Spain/UK): analytics.js booking funnel,
  analytics-swift patient app, PHP booking backend with French and Spanish keys, .NET
  practice-management service with PascalCase keys.
- "Motorplatz", a used-car marketplace (Germany/Brazil/India): analytics-kotlin app, web with
  German keys, analytics-ruby services (test drives, financing with Portuguese keys, inspections),
  a Java Salesforce lead forwarder (`__c` keys) and a Mixpanel-style (`$email`) identify.

Labelling rules: a path is labelled with what a careful privacy owner would choose using the
reference's default matcher colours, judged on what the values really are about a person.
Names, contact details, home/delivery addresses, birth dates, government and health identifiers,
health facts (allergies, medications, conditions, procedures, diagnoses, accessibility needs),
salaries, credentials, bank and card numbers, IPs, MACs, advertising IDs, vehicle plates and VINs
of private cars, people's locations and photos of people are PII. Internal IDs, SKUs, EANs,
versions, timestamps, hashes, amounts, enums, booleans and counters are green even under
PII-sounding keys; product, merchant, clinic, dealer and company names are green; country,
state/region, locale, timezone and currency are green; card last-4 digits and partial IDs are
green. `value_only` is set when the key gives no hint of the PII type (neutral keys, role keys
such as approver or recipient, free text), and then every value of the path holds that PII; free
text that carries no PII in any value is green. Values come from this file's own generators
(names, addresses and phone formats of several countries, national IDs with valid check digits).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

PEOPLE = {
    "en": (
        ["Emily", "James", "Olivia", "Liam", "Hannah", "Connor", "Grace", "Ethan"],
        ["Walker", "Thompson", "Hughes", "Bennett", "Murphy", "Fletcher", "Reid", "Carter"],
    ),
    "de": (
        ["Lukas", "Anna", "Jonas", "Leonie", "Felix", "Katrin", "Maximilian", "Jana"],
        ["Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger", "Wagner"],
    ),
    "nl": (
        ["Daan", "Sanne", "Bram", "Femke", "Thijs", "Lotte"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit"],
    ),
    "fr": (
        ["Camille", "Théo", "Manon", "Hugo", "Élodie", "Mathis", "Inès", "Baptiste"],
        ["Laurent", "Moreau", "Lefèvre", "Girard", "Fournier", "Mercier", "Rousseau", "Faure"],
    ),
    "es": (
        ["Lucía", "Javier", "Carmen", "Álvaro", "Nerea", "Sergio"],
        ["García López", "Martínez Ruiz", "Fernández", "Sánchez Gil", "Romero", "Navarro"],
    ),
    "pt": (
        ["João", "Ana Clara", "Thiago", "Larissa", "Rafael", "Beatriz"],
        ["Souza", "Oliveira", "Pereira", "Costa", "Almeida", "Carvalho"],
    ),
    "in": (
        ["Aarav", "Ananya", "Vikram", "Deepika", "Rohan", "Sneha"],
        ["Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Banerjee"],
    ),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze"], ["Okonkwo", "Adeyemi", "Eze", "Balogun"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi"], ["Takahashi", "Watanabe", "Kobayashi", "Yamamoto"]),
    "cn": (["Wei", "Xiuying", "Jun", "Lina"], ["Zhang", "Liu", "Huang", "Zhou"]),
    "ar": (["Youssef", "Layla", "Karim", "Nour"], ["El Amrani", "Haddad", "Mansour", "Saleh"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka"], ["Nowak", "Wiśniewska", "Zieliński"]),
}
ALL_FIRST = sorted({n for firsts, _ in PEOPLE.values() for n in firsts})
ALL_LAST = sorted({n for _, lasts in PEOPLE.values() for n in lasts})
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.de",
    "example.fr",
    "example.com.br",
]
WORK_DOMAINS = ["acme-logistics.example", "northwind.example", "brightpath.example", "globex.example"]


def culture(f: Fake, among=None) -> str:
    return f.pick(among or sorted(PEOPLE))


def first(f: Fake, c=None) -> str:
    return f.pick(PEOPLE[c or culture(f)][0])


def last(f: Fake, c=None) -> str:
    return f.pick(PEOPLE[c or culture(f)][1])


def full(f: Fake, c=None) -> str:
    c = c or culture(f)
    return f"{first(f, c)} {last(f, c)}"


def ascii_fold(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return plain.lower().replace(" ", "").replace("'", "")


def email(f: Fake, c=None, work=False) -> str:
    c = c or culture(f)
    fn, ln = ascii_fold(first(f, c)), ascii_fold(last(f, c))
    user = f.pick([f"{fn}.{ln}", f"{fn}{ln[:1]}", f"{fn[:1]}{ln}", f"{fn}_{ln}{f.r.randint(1, 99)}"])
    return f"{user}@{f.pick(WORK_DOMAINS if work else EMAIL_DOMAINS)}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country=None) -> str:
    country = country or f.pick(["US", "UK", "DE", "FR", "ES", "NL", "BR", "IN", "JP", "NG", "AU"])
    style = f.r.random() < 0.5
    if country == "US":
        a, b, c = f.r.randint(201, 989), f.r.randint(200, 999), d(f, 4)
        return f"+1 ({a}) {b}-{c}" if style else f"{a}-{b}-{c}"
    if country == "UK":
        x = d(f, 6)
        return f"+44 7700 {x}" if style else f"07700 {x[:3]} {x[3:]}"
    if country == "DE":
        pre = f.pick(["151", "160", "172", "176"])
        return f"+49 {pre} {d(f, 8)}" if style else f"0{pre} {d(f, 7)}"
    if country == "FR":
        pairs = " ".join(d(f, 2) for _ in range(4))
        return f"+33 6 {pairs}" if style else f"06 {pairs}"
    if country == "ES":
        return f"+34 6{d(f, 2)} {d(f, 3)} {d(f, 3)}" if style else f"6{d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}"
    if country == "NL":
        return f"+31 6 {d(f, 8)}" if style else f"06-{d(f, 8)}"
    if country == "BR":
        ddd = f.pick(["11", "21", "31", "41"])
        return f"+55 {ddd} 9{d(f, 4)}-{d(f, 4)}" if style else f"({ddd}) 9{d(f, 4)}-{d(f, 4)}"
    if country == "IN":
        return f"+91 9{d(f, 4)} {d(f, 5)}" if style else f"09{d(f, 4)} {d(f, 5)}"
    if country == "JP":
        return f"+81 90-{d(f, 4)}-{d(f, 4)}" if style else f"090-{d(f, 4)}-{d(f, 4)}"
    if country == "NG":
        return f"+234 803 {d(f, 3)} {d(f, 4)}" if style else f"0803 {d(f, 3)} {d(f, 4)}"
    return f"+61 4{d(f, 2)} {d(f, 3)} {d(f, 3)}" if style else f"04{d(f, 2)} {d(f, 3)} {d(f, 3)}"


def e164(f: Fake) -> str:
    return f.pick([f"+31{6}{d(f, 8)}", f"+4915{d(f, 9)}", f"+447700{d(f, 6)}", f"+1415{d(f, 7)}"])


ADDRESSES = {
    "NL": (
        ["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Hoofdstraat"],
        ["Amsterdam", "Utrecht", "Rotterdam", "Haarlem"],
    ),
    "UK": (
        ["Baker Street", "Mill Lane", "Station Road", "Victoria Road"],
        ["London", "Manchester", "Leeds", "Bristol"],
    ),
    "DE": (
        ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße"],
        ["Berlin", "München", "Köln", "Hamburg"],
    ),
    "FR": (
        ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo"],
        ["Paris", "Lyon", "Nantes", "Bordeaux"],
    ),
    "ES": (
        ["Calle Mayor", "Calle de Alcalá", "Avenida Diagonal", "Calle Larios"],
        ["Madrid", "Barcelona", "Málaga", "Valencia"],
    ),
    "BR": (
        ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro"],
        ["São Paulo", "Curitiba", "Belo Horizonte"],
    ),
    "US": (
        ["Evergreen Terrace", "Maple Avenue", "Mission St", "Lakeshore Dr"],
        ["Austin", "Denver", "Seattle", "Columbus"],
    ),
    "IN": (["MG Road", "Linking Road", "Anna Salai"], ["Bengaluru", "Mumbai", "Chennai"]),
}


def street(f: Fake, country=None) -> str:
    country = country or f.pick(sorted(ADDRESSES))
    s = f.pick(ADDRESSES[country][0])
    n = f.r.randint(1, 240)
    if country in ("NL", "DE", "ES"):
        return f"{s} {n}" + f.pick(
            ["", "a", " 2-hoog" if country == "NL" else ", 3º B" if country == "ES" else ""]
        )
    if country == "BR":
        return f"{s}, {n}" + f.pick(["", " - apto 42"])
    if country == "IN":
        return f"Flat {n}B, {s}"
    if country == "FR":
        return f"{n} {s}"
    return f"{n} {s}" + f.pick(["", ", Flat 3"])


def street_name(f: Fake, country=None) -> str:
    return f.pick(ADDRESSES[country or f.pick(sorted(ADDRESSES))][0])


def city(f: Fake, country=None) -> str:
    return f.pick(ADDRESSES[country or f.pick(sorted(ADDRESSES))][1])


def postcode(f: Fake, country=None) -> str:
    country = country or f.pick(["NL", "UK", "DE", "FR", "ES", "BR", "US", "IN"])
    if country == "NL":
        return f"{f.r.randint(1011, 9999)} {f.pick(string.ascii_uppercase)}{f.pick(string.ascii_uppercase)}"
    if country == "UK":
        return f.pick(["NW1 6XE", "M1 4BT", "LS6 2AB", "BS8 1TH", "SW1A 1AA", "E14 5HQ"])
    if country == "BR":
        return f"{d(f, 5)}-{d(f, 3)}"
    if country in ("US", "DE", "FR", "ES"):
        return f"{f.r.randint(10000, 98999)}"
    return f"5600{f.r.randint(10, 99)}"


def full_address(f: Fake, country=None) -> str:
    country = country or f.pick(["NL", "DE", "UK", "FR"])
    return f"{street(f, country)}, {postcode(f, country)} {city(f, country)}"


def cpf(f: Fake) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(base, range(n, 1, -1)))
        base.append(0 if s % 11 < 2 else 11 - s % 11)
    t = "".join(map(str, base))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}" if f.r.random() < 0.6 else t


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nir(f: Fake) -> str:
    sex, year, month = f.pick("12"), f.r.randint(50, 99), f.r.randint(1, 12)
    body = f"{sex}{year}{month:02d}{f.r.randint(1, 95):02d}{d(f, 3)}{d(f, 3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def pan_in(f: Fake) -> str:
    up = string.ascii_uppercase
    return "".join(f.pick(up) for _ in range(3)) + "P" + f.pick(up) + d(f, 4) + f.pick(up)


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["WVW", "WBA", "WDD", "VF1", "9BW", "MA3"]) + "".join(f.pick(chars) for _ in range(14))


def plate_de(f: Fake) -> str:
    letters = f.pick(string.ascii_uppercase) + f.pick(string.ascii_uppercase)
    return f"{f.pick(['B', 'M', 'HH', 'K', 'F'])}-{letters} {f.r.randint(1, 9999)}"


def plate(f: Fake) -> str:
    return f.pick([plate_de(f), f"BRA{f.r.randint(0, 9)}E{d(f, 2)}", f"KA 0{f.r.randint(1, 9)} MK {d(f, 4)}"])


def dob(f: Fake, fmt="iso") -> str:
    y, m, day = f.r.randint(1948, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{day:02d}", "eu": f"{day:02d}/{m:02d}/{y}", "us": f"{m:02d}/{day:02d}/{y}"}[
        fmt
    ]


def passport(f: Fake) -> str:
    return f.pick(
        [f"{f.pick('CFGHJK')}{d(f, 8)}", f"5{d(f, 8)}", f"{f.pick(['X', 'Y'])}{f.pick('ABCDE')}{d(f, 7)}"]
    )


def ip(f: Fake) -> str:
    return f.pick([f.ipv4(), f.ipv4(), f.ipv6()])


def api_key(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits
    return f.pick(["sk_live_", "rk_live_", "ldg_live_"]) + "".join(f.pick(alnum) for _ in range(28))


def token(f: Fake) -> str:
    return f.pick(
        [f.jwt(), "ya29." + "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(60))]
    )


def mac(f: Fake) -> str:
    m = f.mac()
    return m if f.r.random() < 0.5 else m.replace(":", "-").lower()


def uuid(f: Fake) -> str:
    return f.uuid()


def ts(f: Fake) -> str:
    return f.iso()


def ver(f: Fake) -> str:
    return f"{f.r.randint(1, 6)}.{f.r.randint(0, 20)}.{f.r.randint(0, 9)}"


def ean(f: Fake) -> str:
    return f.luhn_complete("87" + d(f, 10))


def money(f: Fake, lo=1, hi=300) -> float:
    return f.money(lo, hi)


def yes(f: Fake) -> bool:
    return f.pick([True, False])


def n(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def gname(f: Fake, c=None) -> str:
    return full(f, c)


GROCERIES = [
    "Organic Bananas 1kg",
    "Oat Milk Barista",
    "Gouda Jong 500g",
    "Sourdough Loaf",
    "Free-range Eggs x10",
]
GROCERY_BRANDS = ["Oatly", "Basket Basics", "Arla", "Alpro", "Lay's"]
ALLERGENS = ["peanuts", "gluten", "lactose", "shellfish", "sesame", "tree nuts"]
DRUGS = ["ibuprofen", "warfarin", "metformin", "amoxicillin", "levothyroxine", "salbutamol inhaler"]
CONDITIONS = ["type 2 diabetes", "hypertension", "asthma", "epilepsy", "pregnancy", "hepatitis B"]
PROCEDURES_EN = ["root canal", "scale and polish", "tooth extraction", "dental implant", "crown fitting"]

# -- contexts sent by the client libraries --------------------------------------------------------


def web_ctx(app: str, host: str, paths: list[str], locales: list[str]):
    return {
        "library": {"name": G(const("analytics.js")), "version": G(pick("npm:next-1.72.0", "next-1.70.0"))},
        "page": {
            "path": G(pick(*paths)),
            "referrer": G(pick("", "https://www.google.com/", "https://www.bing.com/")),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?ref=app")),
            "title": G(pick(f"{app}", f"{app} | Account", f"Checkout - {app}")),
            "url": G(lambda f: f"https://{host}" + f.pick(paths)),
        },
        "userAgent": G(
            pick(
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "99")),
                },
                3,
            ),
            "mobile": G(const(False)),
            "platform": G(pick("macOS", "Windows")),
        },
        "locale": G(pick(*locales)),
        "timezone": G(pick("Europe/Amsterdam", "Europe/Paris", "America/Chicago", "Europe/Berlin")),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(pick("spring_promo", "brand_search", "retargeting_q2")),
            "source": G(pick("google", "facebook", "newsletter")),
            "medium": G(pick("cpc", "paid_social", "email")),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(const("Basket")),
            "version": G(pick("4.12.0", "4.13.2")),
            "build": G(pick("4120", "4132")),
            "namespace": G(const("nl.basket.app")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone15,3", "SM-S911B", "Pixel 8")),
            "type": G(pick("ios", "android")),
            "adTrackingEnabled": G(yes),
            "advertisingId": Y(uuid, "advertising id"),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(const("1.1.4"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(393, 412)), "height": G(pick(852, 915)), "density": G(pick(3.0, 2.625))},
        "network": {"wifi": G(yes), "cellular": G(yes), "carrier": G(pick("KPN", "Vodafone NL", "T-Mobile"))},
        "locale": G(pick("nl-NL", "en-GB", "de-DE")),
        "timezone": G(pick("Europe/Amsterdam", "Europe/London")),
        "instanceId": G(uuid),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(const("Ledgerly")),
            "version": G(pick("2.41.0", "2.42.1")),
            "build": G(pick("2410", "2421")),
            "namespace": G(const("com.ledgerly.mobile")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("Apple", "Google")),
            "model": G(pick("iPhone14,5", "Pixel 7")),
            "name": G(pick("iPhone", "panther")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("@segment/analytics-react-native")), "version": G(const("2.19.2"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4.1", "14"))},
        "screen": {"width": G(const(390)), "height": G(const(844))},
        "network": {"wifi": G(yes), "cellular": G(yes)},
        "locale": G(pick("en-US", "en-GB", "es-MX")),
        "timezone": G(pick("America/New_York", "America/Los_Angeles", "Europe/London")),
        "instanceId": G(uuid),
        "traits": {
            "anonymousId": G(uuid),
            "email": Y(lambda f: email(f, work=True), "email"),
            "company": {"name": G(pick("Acme Logistics", "Northwind Traders", "Brightpath Health"))},
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(const("Sourire")),
            "version": G(pick("3.2.0", "3.3.1")),
            "build": G(pick("812", "830")),
            "namespace": G(const("fr.sourire.patient")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone16,1", "iPhone13,2", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(const(False)),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(const("1.5.11"))},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.5.1", "18.0"))},
        "screen": {"width": G(pick(393, 820)), "height": G(pick(852, 1180))},
        "network": {"wifi": G(yes), "cellular": G(yes), "bluetooth": G(const(False))},
        "locale": G(pick("fr-FR", "es-ES", "en-GB")),
        "timezone": G(pick("Europe/Paris", "Europe/Madrid")),
        "instanceId": G(uuid),
        "traits": {
            "anonymousId": G(uuid),
            "firstName": Y(lambda f: first(f, "fr"), "name"),
            "email": Y(lambda f: email(f, "fr"), "email"),
        },
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(const("Motorplatz")),
            "version": G(pick("7.4.0", "7.5.3")),
            "build": G(pick("70400", "70503")),
            "namespace": G(const("de.motorplatz.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "motorola")),
            "model": G(pick("SM-A546B", "2201117TG", "moto g84 5G")),
            "name": G(pick("a54x", "spes", "bangkok")),
            "type": G(const("android")),
            "advertisingId": Y(uuid, "advertising id"),
            "adTrackingEnabled": G(const(True)),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(const("1.16.3"))},
        "os": {"name": G(const("Android")), "version": G(pick("13", "14"))},
        "screen": {"density": G(pick(2.625, 2.75)), "height": G(const(2340)), "width": G(const(1080))},
        "network": {"wifi": G(yes), "carrier": G(pick("Telekom.de", "Vivo", "Jio 4G")), "cellular": G(yes)},
        "locale": G(pick("de-DE", "pt-BR", "en-IN")),
        "timezone": G(pick("Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata")),
        "instanceId": G(uuid),
        "userAgent": G(const("Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-25, 55), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-50, 80), 6), "geolocation"),
            "city": Y(lambda f: city(f, f.pick(["DE", "BR", "IN"])), "city"),
            "speed": G(const(0)),
        },
    }


def server_ctx(lib: str, version: str, extra=None):
    def ctx(f: Fake):
        c = {"library": {"name": G(const(lib)), "version": G(const(version))}}
        c.update(extra or {})
        return c

    return ctx


CONTEXTS = {
    "basket-web": lambda f: web_ctx(
        "Basket", "www.basket.example", ["/", "/boodschappen", "/checkout", "/account"], ["nl-NL", "en-GB"]
    ),
    "ledgerly-web": lambda f: web_ctx(
        "Ledgerly",
        "app.ledgerly.example",
        ["/expenses", "/reports", "/settings/integrations", "/login"],
        ["en-US", "en-GB"],
    ),
    "sourire-web": lambda f: web_ctx(
        "Sourire",
        "www.sourire.example",
        ["/rendez-vous", "/cita", "/book", "/merci"],
        ["fr-FR", "es-ES", "en-GB"],
    ),
    "motor-web": lambda f: web_ctx(
        "Motorplatz", "www.motorplatz.example", ["/inserieren", "/suche", "/fahrzeug/123"], ["de-DE", "pt-BR"]
    ),
    "flutter": flutter_ctx,
    "rn": rn_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "node": server_ctx(
        "@segment/analytics-node",
        "2.1.3",
        {"ip": Y(ip, "ip"), "traits": {"email": Y(lambda f: email(f, "nl"), "email")}},
    ),
    "python": server_ctx(
        "analytics-python",
        "2.3.2",
        {
            "ip": Y(ip, "ip"),
            "externalIds": Many(
                {
                    "id": Y(lambda f: email(f, work=True), "email", True),
                    "type": G(const("email")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            ),
        },
    ),
    "go": server_ctx("analytics-go", "3.3.0", {"groupId": G(lambda f: "org_" + f.hexid(10))}),
    "java": server_ctx(
        "analytics-java",
        "analytics/3.5.1",
        {"groupId": G(lambda f: "org_" + f.hexid(10)), "timezone": G(const("UTC"))},
    ),
    "ruby": server_ctx(
        "analytics-ruby",
        "2.4.3",
        {
            "ip": Y(ip, "ip"),
            "userAgent": G(const("Mozilla/5.0 (Linux; Android 14) Chrome/124.0 Mobile Safari/537.36")),
        },
    ),
    "dotnet": server_ctx("Segment.Analytics.CSharp", "2.4.0", {"active": G(const(False))}),
    "php": server_ctx(
        "analytics-php",
        "3.7.0",
        {
            "library": {
                "name": G(const("analytics-php")),
                "version": G(const("3.7.0")),
                "consumer": G(const("LibCurl")),
            },
            "ip": Y(ip, "ip"),
            "page": {"url": G(pick("https://www.sourire.example/rendez-vous/confirmation"))},
        },
    ),
}

# -- shared templates ------------------------------------------------------------------------------


def grocery_line():
    return {
        "product_id": G(lambda f: int(d(f, 6)) + 100000),
        "sku": G(lambda f: f"BSK-{d(f, 5)}"),
        "name": G(pick(*GROCERIES)),
        "quantity": G(n(1, 6)),
        "price": G(lambda f: money(f, 0.5, 12)),
    }


def us_address():
    return {
        "line1": Y(lambda f: street(f, "US"), "street|address"),
        "line2": Y(pick("Apt 4B", "Suite 210", "Unit 12"), "address"),
        "city": Y(lambda f: city(f, "US"), "city"),
        "state": G(pick("TX", "CO", "WA", "OH")),
        "postal_code": Y(lambda f: postcode(f, "US"), "zipcode"),
        "country": G(const("US")),
    }


def page_props(paths):
    return {
        "path": G(pick(*paths)),
        "referrer": G(pick("", "https://www.google.com/")),
        "search": G(pick("", "?step=2")),
        "title": G(pick("Book an appointment", "Sell your car", "Groceries delivered")),
        "url": G(lambda f: "https://www.example.com" + f.pick(paths)),
    }


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Happy birthday {first(f)}! Love, {first(f)}",
            f"Beterschap {first(f, 'nl')}, groetjes van {first(f, 'nl')} en {first(f, 'nl')}",
            f"For {full(f)} - enjoy the new place!",
        ]
    )


# -- events: (type, event or page/screen name, client, body) ---------------------------------------

BASKET = [
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(lambda f: email(f, culture(f, ["nl", "en", "de"])), "email"),
            "firstName": Y(lambda f: first(f, "nl"), "name"),
            "lastName": Y(lambda f: last(f, "nl"), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["NL", "UK", "DE"])), "phone"),
            "createdAt": G(ts),
            "plan": G(pick("basket_plus", "free")),
            "emailVerified": G(yes),
            "phoneVerified": G(yes),
            "marketingOptIn": G(yes),
            "address": {
                "street": Y(lambda f: street(f, "NL"), "street"),
                "postalCode": Y(lambda f: postcode(f, "NL"), "zipcode"),
                "city": Y(lambda f: city(f, "NL"), "city"),
                "country": G(const("NL")),
            },
            "householdSize": G(n(1, 6)),
            "allergies": Many(Y(pick(*ALLERGENS), "allergy"), 2),
            "dietaryPreferences": Many(G(pick("vegetarian", "organic", "low-sugar")), 2),
            "loyaltyTier": G(pick("bronze", "silver", "gold")),
            "referralCode": G(lambda f: "BASKET-" + f.hexid(4).upper()),
            "avatarUrl": Y(lambda f: f"https://cdn.basket.example/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Products Searched",
        "flutter",
        {
            "query": G(pick("oat milk", "bananen", "glutenvrij brood", "eggs")),
            "results_count": G(n(0, 120)),
            "filters": {"category": G(pick("dairy", "bakery", "fruit"))},
        },
    ),
    (
        "track",
        "Product Added",
        "flutter",
        {
            **grocery_line(),
            "brand": G(pick(*GROCERY_BRANDS)),
            "category": G(pick("Dairy", "Bakery", "Fruit & Veg")),
            "ean": G(ean),
        },
    ),
    (
        "track",
        "Checkout Started",
        "flutter",
        {
            "cart_id": G(uuid),
            "value": G(money),
            "currency": G(const("EUR")),
            "products": Many(grocery_line(), 3),
            "delivery_slot": {"slot_id": G(n(10000, 99999)), "start": G(ts)},
        },
    ),
    (
        "track",
        "Bezorgadres Toegevoegd",
        "flutter",
        {
            "straatnaam": Y(lambda f: street_name(f, "NL"), "street"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 300)) + f.pick(["", "A", "-2"]), "address|street"),
            "postcode": Y(lambda f: postcode(f, "NL"), "zipcode"),
            "woonplaats": Y(lambda f: city(f, "NL"), "city"),
            "adres_type": G(pick("thuis", "werk")),
            "bezorginstructies": G(pick("Niet aanbellen, baby slaapt", "Achterom bij de schuur", "")),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: d(f, 10)),
            "total": G(money),
            "currency": G(const("EUR")),
            "payment_method": G(pick("ideal", "card", "sepa_debit")),
            "card_last4": G(lambda f: d(f, 4)),
            "card_brand": G(pick("visa", "mastercard")),
            "products": Many(grocery_line(), 3),
            "delivery": {
                "address_line1": Y(lambda f: street(f, "NL"), "street|address"),
                "postal_code": Y(lambda f: postcode(f, "NL"), "zipcode"),
                "city": Y(lambda f: city(f, "NL"), "city"),
                "lat": Y(lambda f: round(f.r.uniform(51.5, 53.2), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(4.2, 6.8), 6), "geolocation"),
            },
            "first_order": G(yes),
            "gift_message": Y(gift_message, "name", True),
        },
    ),
    (
        "track",
        "Delivery Completed",
        "node",
        {
            "order_id": G(lambda f: d(f, 10)),
            "driver_id": G(lambda f: "drv_" + d(f, 5)),
            "driver_name": Y(lambda f: full(f, culture(f, ["nl", "ar", "pl"])), "name"),
            "recipient": Y(lambda f: full(f, "nl"), "name", True),
            "eta_minutes": G(n(0, 45)),
            "delivered_at": G(ts),
        },
    ),
    (
        "screen",
        "Order Tracking",
        "flutter",
        {
            "order_id": G(lambda f: d(f, 10)),
            "courier_lat": Y(lambda f: round(f.r.uniform(51.5, 53.2), 5), "geolocation"),
            "courier_lng": Y(lambda f: round(f.r.uniform(4.2, 6.8), 5), "geolocation"),
            "eta_minutes": G(n(0, 45)),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "flutter",
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Bel me even op {phone(f, 'NL')}, de bezorger kan het huis niet vinden",
                        f"My order is missing the eggs, please call {phone(f, 'UK')}",
                        f"Bitte unter {phone(f, 'DE')} zurückrufen",
                    ]
                ),
                "phone",
                True,
            ),
            "channel": G(pick("in_app", "whatsapp")),
            "attachments_count": G(n(0, 2)),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "node",
        {
            "type": G(pick("sepa_debit", "ideal")),
            "iban": RED(lambda f: f.iban(f.pick(["NL", "DE"])), "bank account"),
            "iban_last4": G(lambda f: d(f, 4)),
            "bank_bic": G(pick("ABNANL2A", "INGBNL2A", "RABONL2U")),
            "account_holder": Y(lambda f: full(f, "nl"), "name", True),
            "mandate_id": G(lambda f: "mandate_" + f.hexid(14)),
            "is_default": G(yes),
        },
    ),
    (
        "track",
        "Referral Sent",
        "flutter",
        {
            "referral_code": G(lambda f: "BASKET-" + f.hexid(4).upper()),
            "channel": G(pick("whatsapp", "sms", "copy_link")),
            "invitee_phone": Y(lambda f: phone(f, "NL"), "phone"),
            "invitee_count": G(n(1, 5)),
        },
    ),
    (
        "track",
        "Subscription Started",
        "node",
        {
            "plan_id": G(pick("basket_plus_monthly", "basket_plus_yearly")),
            "price": G(pick(4.99, 49.0)),
            "interval": G(pick("month", "year")),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "node",
        {
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "order_id": G(lambda f: d(f, 10)),
            "amount": G(money),
            "reason": G(pick("missing_item", "damaged", "late_delivery")),
            "destination": RED(lambda f: f.iban(f.pick(["NL", "DE", "GB"])), "bank account", True),
            "reference": G(lambda f: "ORD-" + d(f, 10)),
        },
    ),
    (
        "track",
        "List Shared",
        "flutter",
        {
            "list_id": G(uuid),
            "name": G(pick("Weekendboodschappen", "BBQ zaterdag", "Weekly shop")),
            "shared_with": Y(lambda f: full(f, culture(f, ["nl", "en"])), "name", True),
            "items_count": G(n(1, 40)),
        },
    ),
    (
        "track",
        "Leeftijd Geverifieerd",
        "node",
        {
            "geboortedatum": Y(lambda f: dob(f, "eu").replace("/", "-"), "birthdate"),
            "methode": G(pick("idin", "bezorger_check")),
            "geslaagd": G(yes),
        },
    ),
    ("page", "Home", "basket-web", page_props(["/", "/aanbiedingen"])),
    ("alias", None, "flutter", None),
]

LEDGERLY = [
    (
        "identify",
        None,
        "ledgerly-web",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full, "name"),
            "title": G(pick("Finance Manager", "Office Manager", "VP Operations")),
            "role": G(pick("admin", "approver", "submitter")),
            "phone": Y(lambda f: phone(f, f.pick(["US", "UK", "IN"])), "phone"),
            "createdAt": G(ts),
            "managerEmail": Y(lambda f: email(f, work=True), "email"),
            "avatar": Y(lambda f: f"https://secure.gravatar.com/avatar/{f.hexid(32)}?s=200", "photo"),
            "company": {
                "id": G(lambda f: "org_" + f.hexid(10)),
                "name": G(pick("Acme Logistics", "Northwind Traders", "Brightpath Health")),
                "employee_count": G(n(10, 5000)),
            },
        },
    ),
    (
        "group",
        None,
        "ledgerly-web",
        {
            "industry": G(pick("Logistics", "Retail", "Healthcare")),
            "employees": G(n(10, 5000)),
            "plan": G(pick("team", "business", "enterprise")),
            "mrr": G(lambda f: money(f, 200, 20000)),
            "billing_email": Y(lambda f: email(f, work=True), "email"),
        },
    ),
    (
        "track",
        "Signed Up",
        "ledgerly-web",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "firstName": Y(first, "name"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "ledgerly#123", "Qwerty!987", "Hunter2hunter2"]), "password"
            ),
            "password_strength": G(pick("weak", "fair", "strong")),
            "company_name": G(pick("Acme Logistics", "Brightpath Health", "Initech")),
            "company_size": G(pick("1-10", "11-50", "51-200", "201-1000")),
            "phone": Y(lambda f: phone(f, "US"), "phone"),
            "terms_accepted": G(const(True)),
        },
    ),
    (
        "track",
        "Login Succeeded",
        "ledgerly-web",
        {
            "method": G(pick("sso", "password", "magic_link")),
            "mfa_method": G(pick("sms", "totp", "none")),
            "mfa_phone": Y(lambda f: phone(f, f.pick(["US", "UK"])), "phone"),
            "remember_me": G(yes),
            "login_attempts": G(n(1, 4)),
            "ip_address": Y(ip, "ip"),
            "session_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ledgerly-web",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_minutes": G(const(30)),
            "password_changed_at": G(ts),
        },
    ),
    (
        "track",
        "Expense Submitted",
        "rn",
        {
            "expense_id": G(uuid),
            "amount": G(money),
            "currency": G(pick("USD", "GBP", "EUR")),
            "category": G(pick("meals", "travel", "software")),
            "merchant_name": G(pick("Blue Bottle Coffee", "Uber", "Delta Air Lines", "Figma")),
            "merchant_mcc": G(pick("5812", "4121", "4511", "5734")),
            "receipt_attached": G(yes),
            "submitted_at": G(ts),
            "project_code": G(pick("PRJ-104", "CLIENT-ACME", "INT-OPS")),
            "description": G(pick("Team lunch Q3 planning", "Taxi to airport", "Annual license renewal")),
            "attendees": Many(Y(full, "name", True), 3),
        },
    ),
    (
        "track",
        "Receipt Scanned",
        "rn",
        {
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "merchant_name": G(pick("Blue Bottle Coffee", "Uber", "Hilton")),
            "total_detected": G(money),
            "card_last4": G(lambda f: d(f, 4)),
        },
    ),
    (
        "track",
        "Mileage Logged",
        "rn",
        {
            "trip_id": G(uuid),
            "start_address": Y(lambda f: full_address(f, "US"), "address"),
            "end_address": Y(lambda f: full_address(f, "US"), "address"),
            "distance_miles": G(lambda f: round(f.r.uniform(2, 180), 1)),
            "vehicle_plate": Y(
                lambda f: f.pick("78") + "".join(f.pick(string.ascii_uppercase) for _ in range(3)) + d(f, 3),
                "license|identification",
            ),
        },
    ),
    ("screen", "Expense Detail", "rn", {"expense_id": G(uuid), "from": G(pick("list", "push", "search"))}),
    (
        "track",
        "Expense Approved",
        "python",
        {
            "expense_id": G(uuid),
            "approver": Y(full, "name", True),
            "approver_id": G(lambda f: "usr_" + f.hexid(10)),
            "approved_at": G(ts),
            "amount": G(money),
            "comment": G(pick("ok", "Approved - within policy", "")),
            "auto_approved": G(yes),
        },
    ),
    (
        "track",
        "Reimbursement Paid",
        "java",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "amount": G(money),
            "currency": G(const("USD")),
            "method": G(pick("ach", "wire")),
            "routing_number": G(pick("021000021", "121000358", "026009593")),
            "account_number": RED(lambda f: d(f, f.r.randint(9, 12)), "bank account"),
            "beneficiary": Y(lambda f: full(f, culture(f, ["en", "in", "cn"])), "name", True),
            "arrival_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    (
        "track",
        "Card Issued",
        "go",
        {
            "card_id": G(lambda f: "ic_" + f.hexid(24)),
            "last4": G(lambda f: d(f, 4)),
            "cardholder_name": Y(full, "name"),
            "spending_limit": G(pick(500, 1000, 5000)),
            "card_type": G(pick("virtual", "physical")),
            "shipping_address": us_address(),
        },
    ),
    (
        "track",
        "Card Authorization",
        "go",
        {
            "authorization_id": G(lambda f: "iauth_" + f.hexid(24)),
            "amount": G(money),
            "merchant": {
                "name": G(pick("Blue Bottle Coffee", "Marriott", "AWS")),
                "mcc": G(pick("5812", "7011", "7372")),
                "country": G(pick("US", "GB")),
            },
            "card_last4": G(lambda f: d(f, 4)),
            "cardholder_email": Y(lambda f: email(f, work=True), "email"),
            "declined": G(yes),
        },
    ),
    (
        "track",
        "Integration Connected",
        "ledgerly-web",
        {
            "integration": G(pick("quickbooks", "netsuite", "xero")),
            "api_key": RED(api_key, "secret|token"),
            "connected_by": Y(lambda f: email(f, work=True), "email", True),
            "sync_frequency": G(pick("hourly", "daily")),
            "scopes": Many(G(pick("read:expenses", "write:journal")), 2),
        },
    ),
    (
        "track",
        "API Token Created",
        "python",
        {
            "token_id": G(lambda f: "tok_" + f.hexid(12)),
            "token_name": G(pick("CI export", "Zapier", "Data warehouse")),
            "token_prefix": G(lambda f: "ldg_live_" + f.hexid(4)),
            "scopes": Many(G(pick("read:expenses", "write:journal")), 2),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "python",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "link": RED(lambda f: "https://app.ledgerly.example/auth/magic?t=" + f.jwt(), "token", True),
            "expires_in_minutes": G(const(15)),
        },
    ),
    (
        "track",
        "Webhook Delivered",
        "go",
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(16)),
            "url": G(
                pick(
                    "https://hooks.acme-logistics.example/ledgerly",
                    "https://hooks.zapier.com/hooks/catch/123/abc",
                )
            ),
            "status_code": G(pick(200, 202, 500)),
            "attempt": G(n(1, 5)),
            "signature": G(lambda f: "sha256=" + f.hexid(64)),
            "origin": Y(lambda f: f.ipv4(), "ip", True),
            "headers": {"authorization": RED(lambda f: "Bearer " + f.jwt(), "token")},
        },
    ),
    (
        "track",
        "Team Members Invited",
        "ledgerly-web",
        {
            "invitees": Many(Y(lambda f: email(f, work=True), "email", True), 4),
            "role": G(pick("submitter", "approver")),
            "invited_by_user_id": G(lambda f: "usr_" + f.hexid(10)),
        },
    ),
    (
        "track",
        "Report Exported",
        "ledgerly-web",
        {
            "format": G(pick("csv", "pdf", "xlsx")),
            "row_count": G(n(1, 5000)),
            "filters": {
                "date_range": G(pick("last_30_days", "this_quarter")),
                "submitter": Y(lambda f: email(f, work=True), "email", True),
            },
        },
    ),
    (
        "track",
        "Trip Booked",
        "java",
        {
            "trip_id": G(lambda f: "trp_" + f.hexid(10)),
            "destination_city": Y(city, "city"),
            "departure_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "cost": G(lambda f: money(f, 150, 3000)),
            "visa_required": G(yes),
            "traveler": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "nationality": Y(pick("US", "IN", "GB", "MX", "NG"), "citizenship"),
                "passport_number": RED(passport, "passport"),
                "passport_expiry": G(lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-01"),
                "frequent_flyer_number": Y(lambda f: f.pick(["DL", "UA", "BA"]) + d(f, 9), "identification"),
                "visa_number": RED(lambda f: f.pick(["", "R"]) + d(f, 8), "visa"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "employee_id": G(lambda f: "E" + d(f, 5)),
            "work_email": Y(lambda f: email(f, work=True), "email"),
            "personal_email": Y(email, "email"),
            "mobile_phone": Y(phone, "phone"),
            "hire_date": G(lambda f: f"20{f.r.randint(10, 24)}-{f.r.randint(1, 12):02d}-01"),
            "cost_center": G(pick("CC-1001", "CC-2040")),
            "manager_name": Y(full, "name"),
            "job_title": G(pick("Account Executive", "Engineer II", "Controller")),
            "employment_type": G(pick("full_time", "contractor")),
            "annual_salary": Y(lambda f: f.r.randint(45, 220) * 1000, "salary"),
            "home_address": {
                "street": Y(lambda f: street(f, "US"), "street"),
                "city": Y(lambda f: city(f, "US"), "city"),
                "state": G(pick("TX", "CO", "WA")),
                "zip": Y(lambda f: postcode(f, "US"), "zipcode"),
                "country": G(const("US")),
            },
            "tin_provided": G(yes),
        },
    ),
    (
        "identify",
        None,
        "node",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "firstname": Y(first, "name"),
            "lastname": Y(last, "name"),
            "jobtitle": G(pick("CFO", "Controller", "Head of Finance")),
            "company": G(pick("Acme Logistics", "Initech", "Globex Corporation")),
            "lifecyclestage": G(pick("lead", "marketingqualifiedlead", "customer")),
            "hs_lead_status": G(pick("NEW", "OPEN", "IN_PROGRESS")),
            "phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "python",
        {
            "ticket": {
                "id": G(lambda f: int(d(f, 6))),
                "subject": G(pick("Card declined", "Card not working abroad")),
                "priority": G(pick("normal", "high")),
                "requester": {"email": Y(lambda f: email(f, work=True), "email"), "name": Y(full, "name")},
                "description": RED(
                    lambda f: f.pick(
                        [
                            f"My card {f.card(formatted=True)} was declined at the hotel, please help",
                            f"Charged twice on {f.card()} for the same flight",
                        ]
                    ),
                    "credit card",
                    True,
                ),
                "tags": Many(G(pick("cards", "travel", "urgent")), 2),
            }
        },
    ),
    ("page", "Expenses", "ledgerly-web", page_props(["/expenses", "/expenses?status=draft"])),
]

SOURIRE = [
    (
        "page",
        "Booking - Choose Slot",
        "sourire-web",
        {**page_props(["/rendez-vous", "/book"]), "clinic_id": G(n(100, 999))},
    ),
    (
        "track",
        "Appointment Booked",
        "sourire-web",
        {
            "appointment_id": G(uuid),
            "clinic_id": G(n(100, 999)),
            "clinic_name": G(pick("Cabinet Dentaire Voltaire", "Clínica Dental Sol", "Bright Smile Leeds")),
            "practitioner_id": G(n(1000, 9999)),
            "practitioner_name": Y(lambda f: "Dr " + full(f, culture(f, ["fr", "es", "en"])), "name"),
            "treatment_type": Y(pick(*PROCEDURES_EN), "procedure"),
            "appointment_start": G(ts),
            "duration_min": G(pick(15, 30, 60)),
            "new_patient": G(yes),
            "price_estimate": G(lambda f: money(f, 30, 900)),
            "insurance_provider": G(pick("AXA", "Sanitas", "Bupa", "MGEN")),
            "patient": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, f.pick(["FR", "ES", "UK"])), "phone"),
                "date_of_birth": Y(lambda f: dob(f, "eu"), "birthdate"),
            },
            "reason_for_visit": Y(
                lambda f: f.pick(
                    [
                        "Toothache lower left since Monday",
                        "Bleeding gums when brushing",
                        "Broken crown, upper front tooth",
                        "Sensitivity to cold, possible cavity",
                    ]
                ),
                "condition|diagnosis",
                True,
            ),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: email(f, culture(f, ["fr", "es"])), "email"),
            "firstName": Y(lambda f: first(f, "fr"), "name"),
            "lastName": Y(lambda f: last(f, "fr"), "name"),
            "phone": Y(lambda f: phone(f, "FR"), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(pick("female", "male", "non_binary"), "gender"),
            "preferredLanguage": G(pick("fr", "es", "en")),
            "address": {
                "street": Y(lambda f: street(f, "FR"), "street"),
                "postalCode": Y(lambda f: postcode(f, "FR"), "zipcode"),
                "city": Y(lambda f: city(f, "FR"), "city"),
                "country": G(const("FR")),
            },
            "pushOptIn": G(yes),
        },
    ),
    (
        "track",
        "Rendez-vous Confirmé",
        "php",
        {
            "prenom": Y(lambda f: first(f, "fr"), "name"),
            "nom": Y(lambda f: last(f, "fr"), "name"),
            "date_naissance": Y(lambda f: dob(f, "eu"), "birthdate"),
            "telephone_portable": Y(lambda f: phone(f, "FR"), "phone"),
            "email": Y(lambda f: email(f, "fr"), "email"),
            "numero_securite_sociale": RED(nir, "social security number|national id"),
            "mutuelle": G(pick("MGEN", "Harmonie Mutuelle", "AG2R")),
            "centre": G(pick("Cabinet Dentaire Voltaire", "Centre Dentaire Bellecour")),
            "acte": Y(
                pick("détartrage", "extraction dentaire", "pose de couronne", "dévitalisation"), "procedure"
            ),
            "praticien": Y(lambda f: "Dr " + full(f, "fr"), "name", True),
            "montant": G(lambda f: money(f, 25, 600)),
        },
    ),
    (
        "track",
        "Cita Reservada",
        "php",
        {
            "nombre": Y(lambda f: first(f, "es"), "name"),
            "apellidos": Y(lambda f: last(f, "es"), "name"),
            "dni": RED(dni, "national id"),
            "telefono": Y(lambda f: phone(f, "ES"), "phone"),
            "correo": Y(lambda f: email(f, "es"), "email"),
            "tratamiento": Y(
                pick("empaste", "ortodoncia invisible", "limpieza dental", "implante"), "procedure"
            ),
            "clinica": G(pick("Clínica Dental Sol", "Dentalia Centro")),
            "fecha_cita": G(ts),
        },
    ),
    (
        "track",
        "Medical History Updated",
        "swift",
        {
            "allergies": Many(Y(pick("penicillin", "latex", "lidocaine", "ibuprofen"), "allergy"), 2),
            "medications": Many(Y(pick(*DRUGS), "medication"), 3),
            "conditions": Many(Y(pick(*CONDITIONS), "condition"), 2),
            "form_version": G(pick("v3", "v4")),
            "sections_completed": G(n(1, 6)),
            "last_updated": G(ts),
        },
    ),
    (
        "track",
        "Guest WiFi Login",
        "php",
        {
            "id": Y(mac, "mac", True),
            "ap": G(lambda f: "74:83:C2:" + f.mac()[9:]),
            "ssid": G(pick("Sourire-Patients", "Clinic-Guest")),
            "t": G(lambda f: f.epoch_ms() // 1000),
            "url": G(pick("http://captive.apple.com/", "http://connectivitycheck.gstatic.com/generate_204")),
            "client_ip": Y(lambda f: f"10.20.{f.r.randint(0, 9)}.{f.r.randint(2, 250)}", "ip"),
        },
    ),
    (
        "track",
        "Insurance Card Scanned",
        "swift",
        {
            "member_id": Y(lambda f: f.pick(["W", "X"]) + d(f, 9), "health id"),
            "group_number": G(lambda f: d(f, 6)),
            "payer": G(pick("Delta Dental", "Bupa", "Sanitas")),
            "holder_name": Y(full, "name"),
            "holder_dob": Y(dob, "birthdate"),
            "relationship": G(pick("self", "spouse", "child")),
        },
    ),
    (
        "track",
        "Accessibility Needs Recorded",
        "sourire-web",
        {
            "accessibility": {
                "wheelchair_user": RED(yes, "disability"),
                "notes": RED(
                    pick(
                        "Uses a wheelchair, needs ground-floor room",
                        "Hard of hearing, please use written instructions",
                        "Autistic, prefers quiet waiting area",
                    ),
                    "disability",
                    True,
                ),
            },
            "appointment_id": G(uuid),
        },
    ),
    (
        "track",
        "TreatmentPlanAccepted",
        "dotnet",
        {
            "PlanId": G(lambda f: f"TP-{d(f, 6)}"),
            "PatientId": G(lambda f: int(d(f, 7))),
            "PatientEmail": Y(lambda f: email(f, "en"), "email"),
            "Procedures": Many(
                {
                    "Code": G(pick("D2740", "D3330", "D1110", "D6010")),
                    "Description": Y(
                        pick(
                            "Crown - porcelain",
                            "Root canal - molar",
                            "Prophylaxis - adult",
                            "Implant placement",
                        ),
                        "procedure",
                    ),
                    "Tooth": G(pick("36", "14", "", "46")),
                    "Fee": G(lambda f: money(f, 80, 1500)),
                },
                3,
            ),
            "Diagnosis": Y(
                pick("Caries, tooth 36", "Chronic periodontitis", "Fractured cusp", "Pulpitis"), "diagnosis"
            ),
            "InsuranceMemberId": Y(lambda f: "MBR" + d(f, 8), "health id"),
            "Total": G(lambda f: money(f, 100, 4000)),
            "FinancingRequested": G(yes),
        },
    ),
    (
        "track",
        "XrayUploaded",
        "dotnet",
        {
            "PatientId": G(lambda f: int(d(f, 7))),
            "ImageId": G(uuid),
            "Modality": G(pick("bitewing", "panoramic", "periapical")),
            "Sha256": G(lambda f: f.hexid(64)),
            "UploadedBy": Y(lambda f: email(f, "en", work=True), "email", True),
        },
    ),
    (
        "track",
        "ReminderSent",
        "dotnet",
        {
            "Channel": G(pick("sms", "whatsapp")),
            "To": Y(e164, "phone", True),
            "TemplateId": G(pick("reminder_24h", "reminder_2h")),
            "ProviderMessageId": G(lambda f: "SM" + f.hexid(32)),
            "Status": G(pick("queued", "delivered", "failed")),
        },
    ),
    (
        "track",
        "Payment Completed",
        "php",
        {
            "transaction_id": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: money(f, 25, 900)),
            "method": G(pick("card", "bizum", "paypal")),
            "card": {
                "brand": G(pick("visa", "mastercard", "cb")),
                "last4": G(lambda f: d(f, 4)),
                "exp_month": G(n(1, 12)),
                "exp_year": G(n(2025, 2031)),
            },
            "cardholder": Y(lambda f: full(f, culture(f, ["fr", "es"])), "name", True),
            "billing_zip": Y(lambda f: postcode(f, f.pick(["FR", "ES"])), "zipcode"),
            "three_d_secure": G(yes),
        },
    ),
    (
        "track",
        "Review Submitted",
        "sourire-web",
        {
            "rating": G(n(1, 5)),
            "review_text": G(pick("Very friendly staff", "Long wait but good care", "Super équipe, merci !")),
            "practitioner_id": G(n(1000, 9999)),
            "display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "anonymous": G(yes),
        },
    ),
    (
        "track",
        "Callback Requested",
        "sourire-web",
        {
            "number": Y(lambda f: phone(f, f.pick(["FR", "ES", "UK"])), "phone", True),
            "preferred_time": G(pick("morning", "afternoon")),
            "topic": G(pick("pricing", "invisalign", "emergency")),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        {
            "emergency_contact_name": Y(lambda f: full(f, culture(f, ["fr", "es"])), "name"),
            "emergency_contact_phone": Y(lambda f: phone(f, f.pick(["FR", "ES"])), "phone"),
            "relationship": G(pick("spouse", "parent", "sibling")),
        },
    ),
    (
        "track",
        "Profile Photo Updated",
        "swift",
        {
            "photo_url": Y(lambda f: f"https://media.sourire.example/patients/{f.uuid()}/face.heic", "photo"),
            "source": G(pick("camera", "library")),
        },
    ),
    (
        "screen",
        "Upcoming Appointments",
        "swift",
        {"count": G(n(0, 4)), "next_appointment_in_days": G(n(0, 60))},
    ),
]

MOTORPLATZ = [
    (
        "track",
        "Listing Viewed",
        "kotlin",
        {
            "listing_id": G(lambda f: int(d(f, 9))),
            "make": G(pick("Volkswagen", "BMW", "Renault", "Maruti Suzuki", "Fiat")),
            "model": G(pick("Golf", "320d", "Clio", "Swift", "Argo")),
            "year": G(n(2008, 2023)),
            "price": G(n(3500, 45000)),
            "mileage_km": G(n(5000, 220000)),
            "fuel_type": G(pick("petrol", "diesel", "electric", "flex")),
            "seller_type": G(pick("private", "dealer")),
            "dealer_name": G(pick("Autohaus Becker GmbH", "Localiza Seminovos", "", "Mahindra First Choice")),
        },
    ),
    (
        "track",
        "Inserat Erstellt",
        "motor-web",
        {
            "inserat_id": G(lambda f: int(d(f, 9))),
            "marke": G(pick("Volkswagen", "Opel", "BMW")),
            "modell": G(pick("Golf VII", "Astra K", "118i")),
            "erstzulassung": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2008, 2022)}"),
            "kilometerstand": G(n(5000, 220000)),
            "preis": G(n(3500, 45000)),
            "kennzeichen": Y(plate_de, "license|identification"),
            "fahrgestellnummer": Y(vin, "serial|identification"),
            "verkaeufer": {
                "vorname": Y(lambda f: first(f, "de"), "name"),
                "nachname": Y(lambda f: last(f, "de"), "name"),
                "telefon": Y(lambda f: phone(f, "DE"), "phone"),
                "email": Y(lambda f: email(f, "de"), "email"),
                "strasse": Y(lambda f: street(f, "DE"), "street"),
                "plz": Y(lambda f: postcode(f, "DE"), "zipcode"),
                "ort": Y(lambda f: city(f, "DE"), "city"),
            },
            "fotos": Many(G(lambda f: f"https://img.motorplatz.example/{f.hexid(12)}.jpg"), 3),
            "beschreibung": G(
                pick("Scheckheftgepflegt, Nichtraucherfahrzeug, TÜV neu", "Unfallfrei, 8-fach bereift", "")
            ),
        },
    ),
    (
        "track",
        "Seller Contacted",
        "kotlin",
        {
            "listing_id": G(lambda f: int(d(f, 9))),
            "contact_method": G(pick("chat", "call", "whatsapp")),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hallo, ist das Auto noch da? Erreichbar unter {phone(f, 'DE')}",
                        f"Olá, ainda está disponível? Meu zap {phone(f, 'BR')}",
                        f"Is the car available this weekend? Call me on {phone(f, 'IN')}",
                    ]
                ),
                "phone",
                True,
            ),
            "buyer_phone_shared": G(yes),
        },
    ),
    (
        "track",
        "Test Drive Booked",
        "ruby",
        {
            "booking_id": G(lambda f: "td_" + f.hexid(10)),
            "listing_id": G(lambda f: int(d(f, 9))),
            "slot": G(ts),
            "dealer_id": G(n(1000, 9999)),
            "buyer": {
                "name": Y(lambda f: full(f, culture(f, ["de", "pt", "in", "ar"])), "name"),
                "phone": Y(lambda f: phone(f, f.pick(["DE", "BR", "IN"])), "phone"),
                "email": Y(email, "email"),
                "driving_license_number": Y(
                    lambda f: f.pick(["B07" + d(f, 6) + "X1", "KA01" + d(f, 11), d(f, 11)]), "license"
                ),
            },
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        "ruby",
        {
            "application_id": G(uuid),
            "loan_amount": G(n(2000, 30000)),
            "term_months": G(pick(24, 36, 48, 60)),
            "monthly_income": Y(n(25000, 250000), "salary"),
            "employment_status": G(pick("salaried", "self_employed")),
            "pan_number": RED(pan_in, "national id"),
            "aadhaar_last4": G(lambda f: d(f, 4)),
            "date_of_birth": Y(dob, "birthdate"),
            "credit_score_band": G(pick("650-699", "700-749", "750+")),
            "co_applicant": Y(lambda f: full(f, "in"), "name", True),
        },
    ),
    (
        "track",
        "Proposta de Financiamento Enviada",
        "ruby",
        {
            "nome_completo": Y(lambda f: full(f, "pt"), "name"),
            "cpf": RED(cpf, "national id"),
            "telefone": Y(lambda f: phone(f, "BR"), "phone"),
            "email": Y(lambda f: email(f, "pt"), "email"),
            "cep": Y(lambda f: postcode(f, "BR"), "zipcode"),
            "cidade": Y(lambda f: city(f, "BR"), "city"),
            "renda_mensal": Y(n(2000, 30000), "salary"),
            "data_nascimento": Y(lambda f: dob(f, "eu"), "birthdate"),
            "parcelas": G(pick(12, 24, 36, 48)),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "email": Y(lambda f: email(f, culture(f, ["de", "pt", "in"])), "email"),
            "name": Y(lambda f: full(f, culture(f, ["de", "pt", "in"])), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["DE", "BR", "IN"])), "phone"),
            "city": Y(lambda f: city(f, f.pick(["DE", "BR", "IN"])), "city"),
            "preferredMakes": Many(G(pick("BMW", "Volkswagen", "Hyundai")), 2),
            "sellerRating": G(lambda f: round(f.r.uniform(3, 5), 1)),
            "createdAt": G(ts),
            "userType": G(pick("buyer", "private_seller", "dealer_staff")),
        },
    ),
    (
        "track",
        "Saved Search Created",
        "kotlin",
        {
            "search_id": G(uuid),
            "filters": {
                "make": G(pick("BMW", "Volkswagen", "Hyundai")),
                "max_price": G(n(5000, 40000)),
                "radius_km": G(pick(25, 50, 100)),
                "postal_code": Y(lambda f: postcode(f, f.pick(["DE", "BR"])), "zipcode"),
                "fuel": G(pick("diesel", "electric")),
            },
            "notify_email": G(yes),
            "notify_push": G(yes),
        },
    ),
    (
        "track",
        "Vehicle Inspection Completed",
        "ruby",
        {
            "inspection_id": G(lambda f: "insp_" + f.hexid(8)),
            "vin": Y(vin, "serial|identification"),
            "odometer": G(n(5000, 220000)),
            "result": G(pick("passed", "passed_with_notes", "failed")),
            "inspector": Y(lambda f: full(f, "de"), "name", True),
            "defects_count": G(n(0, 7)),
            "report_url": G(lambda f: f"https://reports.motorplatz.example/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Price Alert Email Sent",
        "ruby",
        {
            "email_template": G(pick("price_drop_v2", "new_match")),
            "rcpt": Y(email, "email", True),
            "listings_count": G(n(1, 12)),
            "sent_at": G(ts),
        },
    ),
    (
        "track",
        "Dealer Lead Forwarded",
        "java",
        {
            "Lead_Source__c": G(pick("Motorplatz App", "Motorplatz Web")),
            "Lead_Email__c": Y(lambda f: email(f, "de"), "email"),
            "Phone__c": Y(lambda f: phone(f, "DE"), "phone"),
            "First_Name__c": Y(lambda f: first(f, "de"), "name"),
            "Last_Name__c": Y(lambda f: last(f, "de"), "name"),
            "Postal_Code__c": Y(lambda f: postcode(f, "DE"), "zipcode"),
            "Vehicle_Interest__c": G(pick("BMW 320d Touring", "VW Golf GTI")),
            "Dealer_Account_Id__c": G(lambda f: "001" + f.hexid(12).upper()),
            "Trade_In__c": G(yes),
        },
    ),
    (
        "identify",
        None,
        "motor-web",
        {
            "$email": Y(lambda f: email(f, "de"), "email"),
            "$name": Y(lambda f: full(f, "de"), "name"),
            "$phone": Y(lambda f: phone(f, "DE"), "phone"),
            "$city": Y(lambda f: city(f, "DE"), "city"),
            "$avatar": Y(lambda f: f"https://img.motorplatz.example/u/{f.hexid(10)}/profile.png", "photo"),
            "$created": G(ts),
            "listings_active": G(n(0, 3)),
        },
    ),
    (
        "track",
        "Seller Verified",
        "ruby",
        {
            "verification_id": G(uuid),
            "id_document_type": G(pick("personalausweis", "id_card")),
            "id_document_number": RED(
                lambda f: f.pick("LMNPRT") + f.pick("CFGHJK") + d(f, 7), "national id|identification"
            ),
            "payout_iban": RED(lambda f: f.iban("DE"), "bank account"),
            "passed": G(yes),
        },
    ),
    (
        "track",
        "Telematics Dongle Paired",
        "kotlin",
        {
            "dongle_serial": Y(lambda f: "OBD" + f.hexid(10).upper(), "serial"),
            "peer": Y(mac, "mac", True),
            "firmware": G(ver),
            "vin": Y(vin, "serial|identification"),
            "pairing_duration_ms": G(n(800, 9000)),
        },
    ),
    (
        "track",
        "Listing Reported",
        "motor-web",
        {
            "listing_id": G(lambda f: int(d(f, 9))),
            "reason": G(pick("scam", "wrong_price", "sold")),
            "details": RED(
                lambda f: f.pick(
                    [
                        f"Verkäufer will Vorkasse auf {f.iban('DE')}",
                        f"Seller asked me to transfer a deposit to {f.iban(f.pick(['NL', 'ES']))}",
                    ]
                ),
                "bank account",
                True,
            ),
        },
    ),
]

EVENTS = BASKET + LEDGERLY + SOURIRE + MOTORPLATZ


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_", "usr_", ""]) + d(f, 8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.hexid(10)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1313, repeats=3)
    write(Path(__file__).parent, "holdout13_", events, labels)
