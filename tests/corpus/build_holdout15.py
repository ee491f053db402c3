"""Writes the fifteenth holdout: tests/corpus/holdout15_events.jsonl and holdout15_labels.json.

Sealed: written by an independent tester without reading the detection engine, its vocabularies,
its tests or the other corpora's labels (only build_holdout3.py, for the format), and not scored
by its author. Another engineer scores it once, at the end.

What it covers: three products instrumented end to end from a tracking plan, as a typical Segment
customer sends them.

- Trailhead, a running / gym companion app (analytics-swift, analytics-kotlin, Flutter, and an
  analytics.NET backend sending PascalCase keys): sign-up, login, profile, workouts, wearable
  pairing, injuries, subscriptions, friends.
- Ledgerline, B2B invoicing and bookkeeping SaaS (analytics.js plus analytics-node and
  analytics-python backends): accounts, workspaces (group calls), invites, invoices, bank feeds,
  payouts, contractors, API keys, support, settings, and a German-language DACH onboarding flow.
- Roamly, flight / hotel / car booking (analytics.js, React Native, Python backend): search,
  checkout with traveller details, ancillaries, reviews, loyalty, and a Brazilian / Spanish
  checkout flow with local keys.

Conventions: mostly camelCase (client libraries) and snake_case (Python backend); PascalCase
(.NET), kebab-case and German, Portuguese and Spanish keys make up the rest.

Labelling rules (the default colours of the Privacy Portal's matchers):
- A field is PII when its value is personal data about a person (the user, a traveller, a
  contractor, a contact): names, contact details, the person's own address or location, birth
  dates, government ids, financial accounts, health, credentials. Its type is the matcher name;
  `a|b` when both names are fair (a full address line is `address|street`).
- Green: ids we issue (UUIDs, numeric ids, SKUs, invoice numbers), versions, timestamps, hashes,
  amounts, enums, counters and booleans even under PII-sounding keys (`emailVerified`,
  `passwordStrength`), product / plan / company / hotel names under `name` keys, places that are
  not the person's (a searched destination, a hotel's city), country, locale, timezone, currency,
  user agents and device ids issued by the OS for analytics (advertising ids are yellow).
- A boolean or enum that itself reveals a special category about the person (has asthma,
  wheelchair assistance, veteran status) is PII of that category.
- value_only: the key does not say what the value is (neutral or generic key); the value alone
  reveals it. Every value of a value-only path holds that PII (free text always carries it).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators of our own -----------------------------------------------------------------

FIRST = [
    "Aarav",
    "Ngozi",
    "Søren",
    "Mariana",
    "Hiroshi",
    "Leila",
    "Tomasz",
    "Camille",
    "Dmitri",
    "Thandiwe",
    "Mateus",
    "Ji-woo",
    "Fernanda",
    "Oluwaseun",
    "Ines",
    "Kai",
    "Zainab",
    "Henrik",
    "Lucía",
    "Anh",
    "Rafael",
    "Siobhan",
    "Yusuf",
    "Elif",
    "Bongani",
    "Margaux",
    "Wei",
    "Tariq",
]
LAST = [
    "Sharma",
    "Adeyemi",
    "Lindqvist",
    "Oliveira",
    "Tanaka",
    "Farahani",
    "Wiśniewski",
    "Lefèvre",
    "Volkov",
    "Dlamini",
    "Souza",
    "Park",
    "Costa",
    "Balogun",
    "Fernández",
    "Nakashima",
    "Yilmaz",
    "Johansson",
    "Hernández",
    "Tran",
    "MacLeod",
    "Abdullah",
    "Kaya",
    "Nkosi",
    "Moreau",
    "Zhang",
]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "web.de", "hey.com"]
WORK_DOMAINS = ["brightloop.io", "kestrel-design.co", "nordhavn.dk", "acmeconsulting.com"]


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("øéèíśúáñ", "oeeisuan")
    return s.lower().translate(table).replace("-", "").replace("'", "")


def email(f: Fake, work=False) -> str:
    user = ascii_fold(first(f))
    style = f.r.randint(0, 3)
    ln = ascii_fold(last(f))
    local = [f"{user}.{ln}", f"{user[0]}{ln}", f"{user}{f.r.randint(70, 99)}", f"{user}_{ln}"][style]
    return f"{local}@{f.pick(WORK_DOMAINS if work else DOMAINS)}"


def phone(f: Fake, country=None) -> str:
    r = f.r
    country = country or f.pick(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "NG", "ES"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return {
        "US": f.pick(
            [
                f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{n(4)}",
                f"({r.randint(201, 989)}) {r.randint(200, 999)}-{n(4)}",
            ]
        ),
        "UK": f.pick([f"+44 7{n(3)} {n(6)}", f"07{n(3)} {n(6)}"]),
        "DE": f.pick([f"+49 151 {n(8)}", f"0171 {n(7)}"]),
        "FR": f.pick([f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}", f"06 {n(2)} {n(2)} {n(2)} {n(2)}"]),
        "IN": f.pick([f"+91 98{n(3)} {n(5)}", f"+91-9{n(9)}"]),
        "BR": f.pick([f"+55 11 9{n(4)}-{n(4)}", f"(21) 9{n(4)}-{n(4)}"]),
        "JP": f.pick([f"+81 90-{n(4)}-{n(4)}", f"090-{n(4)}-{n(4)}"]),
        "AU": f.pick([f"+61 4{n(2)} {n(3)} {n(3)}", f"04{n(2)} {n(3)} {n(3)}"]),
        "NG": f"+234 80{n(1)} {n(3)} {n(4)}",
        "ES": f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}",
    }[country]


STREETS = {
    "US": ["Maple Avenue", "W 42nd St", "Cedar Ln", "Sunset Blvd"],
    "UK": ["Fulham Palace Road", "Deansgate", "Church Lane"],
    "DE": ["Schönhauser Allee", "Hauptstraße", "Bergmannstr."],
    "FR": ["rue de la Roquette", "avenue Jean Jaurès"],
    "BR": ["Rua Augusta", "Av. Paulista"],
    "IN": ["MG Road", "Linking Road"],
}
CITIES = {
    "US": ["Portland", "Denver", "Brooklyn"],
    "UK": ["Manchester", "Bristol", "Leeds"],
    "DE": ["Hamburg", "Köln", "Leipzig"],
    "FR": ["Lyon", "Nantes"],
    "BR": ["São Paulo", "Curitiba"],
    "IN": ["Bengaluru", "Pune"],
}


def street_line(f: Fake, c=None) -> str:
    c = c or f.pick(list(STREETS))
    s = f.pick(STREETS[c])
    no = f.r.randint(1, 420)
    return f"{s} {no}" if c in ("DE",) else (f"{s}, {no}" if c == "BR" else f"{no} {s}")


def city(f: Fake, c=None) -> str:
    return f.pick(CITIES[c or f.pick(list(CITIES))])


def postcode(f: Fake, c=None) -> str:
    r = f.r
    c = c or f.pick(["US", "UK", "DE", "BR", "IN", "CA"])
    if c == "UK":
        return f.pick(["M1 4BT", "BS8 1TH", "SW6 6EA", "LS2 9JT", "EH3 7QJ"])
    if c == "BR":
        return f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
    if c == "IN":
        return str(r.randint(110001, 600099))
    if c == "CA":
        return f.pick(["M5V 2T6", "H2X 1Y4", "V6B 4Y8"])
    return f"{r.randint(10000, 99999):05d}" if c != "DE" else f"{r.randint(1067, 99998):05d}"


def luhn(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial + "0")):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def card_number(f: Fake) -> str:
    prefix, length = f.pick([("4", 16), ("53", 16), ("2720", 16), ("34", 15), ("6011", 16)])
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    num = luhn(body)
    if length == 16 and f.r.random() < 0.4:
        return (
            "-".join(num[i : i + 4] for i in range(0, 16, 4))
            if f.r.random() < 0.5
            else " ".join(num[i : i + 4] for i in range(0, 16, 4))
        )
    return num


def iban(f: Fake, country=None) -> str:
    country = country or f.pick(["DE", "FR", "NL", "ES", "IT", "GB", "AT", "CH"])
    lengths = {"DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "GB": 22, "AT": 20, "CH": 21}
    n = lengths[country]
    if country == "NL":
        bban = f.pick(["RABO", "INGB", "ABNA"]) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    elif country == "GB":
        bban = f.pick(["BARC", "LOYD", "HBUK"]) + "".join(str(f.r.randint(0, 9)) for _ in range(14))
    elif country == "IT":
        bban = "X" + "".join(str(f.r.randint(0, 9)) for _ in range(22))
    else:
        bban = "".join(str(f.r.randint(0, 9)) for _ in range(n - 4))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(v * w for v, w in zip(d, range(k, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def ssn(f: Fake) -> str:
    area = f.pick([a for a in range(1, 899) if a != 666])
    return f"{area:03d}-{f.r.randint(1, 99):02d}-{f.r.randint(1, 9999):04d}"


def passport_no(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.randint(500000000, 599999999)}",  # US
            f"C{''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}",  # DE
            f"{r.randint(10, 99)}AB{r.randint(10000, 99999)}",  # FR
            f"{r.choice('JKLMNPRSTUVZ')}{r.randint(1000000, 9999999)}",  # IN
        ]
    )


def ipv4(f: Fake) -> str:
    r = f.r
    head = r.choice([24, 73, 81, 92, 104, 151, 178, 189, 203])
    return f"{head}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(f: Fake) -> str:
    return f.pick(["2a02:8108:", "2600:1700:", "2804:14c:"]) + ":".join(
        f"{f.r.randint(0, 65535):x}" for _ in range(6)
    )


def mac(f: Fake) -> str:
    sep = f.pick([":", "-"])
    return (
        sep.join(f"{f.r.randint(0, 255):02x}" for _ in range(6)).upper()
        if sep == "-"
        else sep.join(f"{f.r.randint(0, 255):02x}" for _ in range(6))
    )


def alnum(f: Fake, n: int) -> str:
    return "".join(
        f.r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n)
    )


def api_secret(f: Fake) -> str:
    return f.pick(
        [
            "sk_live_" + alnum(f, 28),
            "ghp_" + alnum(f, 36),
            "xoxp-" + str(f.r.randint(10**10, 10**11)) + "-" + alnum(f, 30),
            "SG." + alnum(f, 22) + "." + alnum(f, 43),
        ]
    )


def ll_key(f: Fake) -> str:
    return "ll_live_" + alnum(f, 32)


def avatar(f: Fake) -> str:
    return f.pick(
        [
            f"https://cdn.trailhead.run/avatars/{f.uuid()}.jpg",
            f"https://lh3.googleusercontent.com/a/{alnum(f, 28)}=s96-c",
            f"https://graph.facebook.com/{f.digits(16)}/picture?type=large",
        ]
    )


def dob(f: Fake, lo=1955, hi=2006) -> str:
    return f"{f.r.randint(lo, hi)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def lucky_id(f: Fake) -> str:
    """A 16-digit numeric id that happens to pass Luhn (order numbers do)."""
    return luhn("4" + "".join(str(f.r.randint(0, 9)) for _ in range(14)))


def sha(f: Fake, n=64) -> str:
    return f.hexid(n)


def version(f: Fake) -> str:
    return f"{f.r.randint(1, 9)}.{f.r.randint(0, 30)}.{f.r.randint(0, 12)}"


# -- contexts -------------------------------------------------------------------------------------


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Trailhead"),
            "version": G(lambda f: f.pick(["5.12.0", "5.12.1"])),
            "build": G(lambda f: f.pick(["5120031", "5121004"])),
            "namespace": G(lambda f: "run.trailhead.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.1"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Verizon", "Vodafone UK", "Telekom.de"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-DE"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London", "Europe/Berlin"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(35, 55), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-110, 15), 6), "geolocation"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Trailhead"),
            "version": G(lambda f: "5.11.3"),
            "build": G(lambda f: "511300"),
            "namespace": G(lambda f: "run.trailhead.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "15"]))},
        "screen": {"density": G(lambda f: 2.75), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(["en-US", "en-IN", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "America/Sao_Paulo", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)"),
    }


def flutter_context(f: Fake):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": G(lambda f: "Trailhead"),
            "version": G(lambda f: "5.12.0"),
            "build": G(lambda f: "5120"),
            "namespace": G(lambda f: "run.trailhead.flutter"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "Xiaomi"),
            "model": G(lambda f: "iPhone13,2" if ios else "2201117TG"),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.2" if ios else "14"),
        },
        "locale": G(lambda f: f.pick(["en-AU", "ja-JP"])),
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Asia/Tokyo"])),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "plan": G(lambda f: f.pick(["free", "premium"])),
        },
    }


def dotnet_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "Analytics.NET"), "version": G(lambda f: "3.8.1")},
        "ip": Y(lambda f: ipv4(f), "ip"),
        "protocols": {"sourceId": G(lambda f: "src_" + alnum(f, 10))},
    }


def web_context(f: Fake, host="app.ledgerline.io"):
    if host == "www.roamly.com":
        path = f.pick(["/", "/hotels/lisbon", "/checkout", "/trips"])
    else:
        path = f.pick(["/invoices", "/dashboard", "/settings/billing", "/clients/new"])
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.72.0")},
        "page": {
            "path": G(lambda f: path),
            "url": G(lambda f: f"https://{host}{path}"),
            "title": G(
                lambda f: "Roamly | Flights, hotels, cars" if "roamly" in host else "Invoices · Ledgerline"
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", f"https://{host}/"])),
            "search": G(lambda f: f.pick(["", "?tab=overdue", "?utm_source=newsletter"])),
        },
        "ip": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip"),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-AT", "es-ES"])),
        "timezone": G(lambda f: f.pick(["Europe/Vienna", "America/New_York"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                    "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
                ]
            )
        ),
        "campaign": {
            "source": G(lambda f: f.pick(["google", "newsletter", "capterra"])),
            "name": G(lambda f: f.pick(["q3_freelancers", "brand_search"])),
        },
        "traits": {"email": Y(lambda f: email(f, work=True), "email")},
    }


def rn_context(f: Fake):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": G(lambda f: "Roamly"),
            "version": G(lambda f: f.pick(["8.4.0", "8.4.2"])),
            "build": G(lambda f: f.pick(["840", "842"])),
            "namespace": G(lambda f: "com.roamly.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "samsung"),
            "model": G(lambda f: "iPhone14,5" if ios else "SM-A546E"),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.6" if ios else "14"),
        },
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(["pt-BR", "es-ES", "en-US"])),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "Europe/Madrid"])),
        "location": {
            "city": Y(lambda f: city(f), "city"),
            "country": G(lambda f: f.pick(["Brazil", "Spain", "United States"])),
            "latitude": Y(lambda f: round(f.r.uniform(-30, 45), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-75, 5), 6), "geolocation"),
        },
    }


def node_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "@segment/analytics-node"), "version": G(lambda f: "2.1.3")},
        "ip": Y(lambda f: ipv4(f), "ip"),
        "externalIds": Many(
            {
                "id": Y(lambda f: email(f, work=True), "email", True),
                "type": G(lambda f: "email"),
            },
            1,
        ),
    }


def python_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics-python"), "version": G(lambda f: "2.3.3")},
        "ip": Y(lambda f: ipv4(f), "ip"),
    }


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "flutter": flutter_context,
    "dotnet": dotnet_context,
    "web": web_context,
    "rweb": lambda f: web_context(f, "www.roamly.com"),
    "rn": rn_context,
    "node": node_context,
    "python": python_context,
}


def support_text(f: Fake) -> str:
    return f.pick(
        [
            f"Please call me back on {phone(f)}, can't log in since the update",
            f"Invoice sent to wrong client. My mobile is {phone(f)}",
            f"Hi, {phone(f)} is my new number, please update the account",
        ]
    )


def invite_text(f: Fake) -> str:
    return f.pick(
        [
            f"Join our Ledgerline workspace! Questions? Call me on {phone(f)}",
            f"Hi, this is for the Q3 books. My number: {phone(f)}",
        ]
    )


def email_text(f: Fake) -> str:
    return f.pick(
        [
            f"Forward receipts to {email(f, work=True)} from now on",
            f"cc {email(f)} on the reminders",
            f"Client asked to use {email(f, work=True)} for billing",
        ]
    )


# -- Trailhead: running / gym app -----------------------------------------------------------------

TRAILHEAD = [
    (
        "track",
        "Sign Up Completed",
        "swift",
        {
            "method": G(lambda f: f.pick(["apple", "google", "email"])),
            "email": Y(lambda f: email(f), "email"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: "RUN" + alnum(f, 5).upper()),
            "goal": G(lambda f: f.pick(["first_5k", "half_marathon", "lose_weight", "stay_active"])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "avatar": Y(avatar, "photo"),
            "unitSystem": G(lambda f: f.pick(["metric", "imperial"])),
            "plan": G(lambda f: f.pick(["free", "premium", "premium_annual"])),
            "createdAt": G(lambda f: f.iso()),
            "totalRuns": G(lambda f: f.r.randint(0, 900)),
            "homeCity": Y(lambda f: city(f), "city"),
            "stravaConnected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Workout Completed",
        "kotlin",
        {
            "workoutId": G(lambda f: f.uuid()),
            "workoutName": G(lambda f: f.pick(["Tempo Tuesday", "Long Run", "Hill Repeats", "Upper Body A"])),
            "activityType": G(lambda f: f.pick(["run", "ride", "strength", "yoga"])),
            "durationSec": G(lambda f: f.r.randint(600, 9000)),
            "distanceKm": G(lambda f: round(f.r.uniform(1, 30), 2)),
            "startedAt": G(lambda f: f.epoch_ms()),
            "startLocation": {
                "lat": Y(lambda f: round(f.r.uniform(35, 55), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-110, 15), 5), "geolocation"),
            },
            "isPersonalBest": G(lambda f: f.pick([True, False])),
            "shoeName": G(lambda f: f.pick(["Pegasus 40", "Clifton 9", "Novablast 4"])),
        },
    ),
    (
        "track",
        "Wearable Paired",
        "kotlin",
        {
            "vendor": G(lambda f: f.pick(["Garmin", "Polar", "Coros", "Wahoo"])),
            "model": G(lambda f: f.pick(["Forerunner 265", "Pacer Pro", "TICKR X"])),
            "serialNumber": Y(lambda f: f.pick(["3", "5"]) + f.digits(9), "serial"),
            "firmwareVersion": G(lambda f: version(f)),
            "peripheral": Y(mac, "mac", True),
        },
    ),
    (
        "track",
        "Injury Logged",
        "flutter",
        {
            "injury_id": G(lambda f: f.uuid()),
            "injury_type": Y(
                lambda f: f.pick(
                    ["shin splints", "plantar fasciitis", "IT band syndrome", "stress fracture"]
                ),
                "condition|diagnosis",
            ),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "medication": Y(lambda f: f.pick(["ibuprofen", "naproxen", "salbutamol inhaler"]), "medication"),
            "plan_paused": G(lambda f: f.pick([True, False])),
            "conditions_acknowledged": G(lambda f: True),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "flutter",
        {
            "relationship": G(lambda f: f.pick(["partner", "parent", "friend"])),
            "contact_name": Y(full, "name"),
            "contact_phone": Y(lambda f: phone(f, f.pick(["AU", "JP"])), "phone"),
            "share_live_location": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Friend Invited",
        "swift",
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "recipient": Y(lambda f: phone(f, f.pick(["US", "UK", "DE"])), "phone", True),
            "inviteCode": G(lambda f: alnum(f, 8)),
            "shareTarget": Y(lambda f: email(f), "email", True),
            "pin": Y(
                lambda f: f"{round(f.r.uniform(35, 55), 5)},{round(f.r.uniform(-110, 15), 5)}",
                "geolocation",
                True,
            ),
        },
    ),
    (
        "track",
        "Subscription Started",
        "dotnet",
        {
            "SubscriptionId": G(lambda f: "sub_" + alnum(f, 24)),
            "PlanName": G(lambda f: f.pick(["Premium Monthly", "Premium Annual", "Coach+"])),
            "Price": G(lambda f: f.pick([9.99, 79.99, 19.99])),
            "Currency": G(lambda f: f.pick(["USD", "EUR", "GBP"])),
            "OriginalTransactionId": G(lambda f: f.digits(15)),
            "CustomerName": Y(full, "name"),
            "BillingEmail": Y(lambda f: email(f), "email"),
            "BillingPostalCode": Y(lambda f: postcode(f), "zipcode"),
            "PromoCode": G(lambda f: f.pick(["", "NEWYEAR25", "RUNCLUB"])),
        },
    ),
    (
        "track",
        "Login Succeeded",
        "dotnet",
        {
            "Method": G(lambda f: f.pick(["password", "apple", "magic_link"])),
            "Login": Y(lambda f: email(f), "email", True),
            "MfaUsed": G(lambda f: f.pick([True, False])),
            "SessionToken": RED(lambda f: f.jwt(), "token"),
            "PasswordLastChangedDays": G(lambda f: f.r.randint(0, 800)),
            "FailedAttempts": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "screen",
        "Profile",
        "flutter",
        {
            "name": G(lambda f: "Profile"),
            "display_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Challenge Joined",
        "swift",
        {
            "challengeId": G(lambda f: f.r.randint(10000, 99999)),
            "name": G(lambda f: f.pick(["October 100K", "Summer Solstice Run", "Plank-a-thon"])),
            "teamName": G(lambda f: f.pick(["Leeds Road Runners", "Team Velocity"])),
        },
    ),
]

# -- Ledgerline: invoicing / bookkeeping SaaS ------------------------------------------------------

LEDGERLINE = [
    (
        "track",
        "Account Created",
        "web",
        {
            "accountType": G(lambda f: f.pick(["freelancer", "small_business", "accountant"])),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(lambda f: email(f, work=True), "email"),
            "password": RED(lambda f: f.pick(["Summer2024!", "hunter2hunter2", "L3dger!ine#9"]), "password"),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "industry": G(lambda f: f.pick(["design", "consulting", "construction"])),
            "signupSource": G(lambda f: f.pick(["pricing_page", "homepage", "partner"])),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "title": G(lambda f: f.pick(["Owner", "Bookkeeper", "Founder"])),
            "role": G(lambda f: f.pick(["admin", "member", "accountant"])),
            "company": {
                "id": G(lambda f: "ws_" + f.digits(6)),
                "name": G(lambda f: f.pick(["Kestrel Design Co", "Brightloop", "Nordhavn ApS"])),
                "plan": G(lambda f: f.pick(["starter", "growth", "pro"])),
            },
            "address": {
                "street": Y(street_line, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["CA", "NY", "", "Bavaria"])),
                "country": G(lambda f: f.pick(["US", "GB", "DE"])),
            },
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "secondaryContact": Y(lambda f: phone(f, f.pick(["UK", "DE", "FR", "US"])), "phone", True),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(
                lambda f: f.pick(["Kestrel Design Co", "Brightloop", "Nordhavn ApS", "Acme Consulting LLC"])
            ),
            "plan": G(lambda f: f.pick(["starter", "growth", "pro"])),
            "employees": G(lambda f: f.r.randint(1, 80)),
            "industry": G(lambda f: f.pick(["design", "consulting"])),
            "website": G(lambda f: "https://" + f.pick(WORK_DOMAINS)),
            "vatNumber": G(lambda f: f.pick(["GB", "DE", "DK"]) + f.digits(9)),
        },
    ),
    (
        "track",
        "Invoice Sent",
        "node",
        {
            "invoice_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2023, 2025)}-{f.r.randint(1, 9999):04d}"),
            "amount": G(lambda f: f.money(50, 25000)),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP", "DKK"])),
            "due_date": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "client": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "name": G(lambda f: f.pick(["Globex Ltd", "Initrode GmbH", "Umbra Studio"])),
                "contact_name": Y(full, "name"),
                "email": Y(lambda f: email(f, work=True), "email"),
            },
            "line_items": Many(
                {
                    "description": G(lambda f: f.pick(["Logo design", "Consulting (hours)", "Site visit"])),
                    "quantity": G(lambda f: f.r.randint(1, 40)),
                    "unit_price": G(lambda f: f.money(20, 900)),
                },
                3,
            ),
            "template_name": G(lambda f: f.pick(["Classic", "Minimal", "Bold"])),
            "pdf_sha256": G(lambda f: sha(f)),
            "note_to_client": Y(email_text, "email", True),
        },
    ),
    (
        "track",
        "Bank Account Connected",
        "node",
        {
            "provider": G(lambda f: f.pick(["plaid", "truelayer", "gocardless"])),
            "institution_name": G(lambda f: f.pick(["Chase", "Barclays", "Deutsche Bank", "Revolut"])),
            "account_holder": Y(full, "name"),
            "iban": RED(lambda f: iban(f), "bank account"),
            "routing_number": G(lambda f: f.pick(["021000021", "026009593", "322271627"])),
            "account_number": RED(lambda f: f.digits(f.pick([10, 12])), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "access_token": RED(lambda f: "access-production-" + f.uuid(), "token"),
        },
    ),
    (
        "track",
        "Payout Requested",
        "python",
        {
            "payout_id": G(lambda f: "po_" + alnum(f, 20)),
            "amount_cents": G(lambda f: f.r.randint(1000, 5000000)),
            "currency": G(lambda f: f.pick(["USD", "EUR", "GBP", "DKK"])),
            "destination": RED(lambda f: iban(f), "bank account", True),
            "beneficiary": Y(full, "name", True),
        },
    ),
    (
        "track",
        "Card Payment Captured",
        "python",
        {
            "charge_id": G(lambda f: "ch_" + alnum(f, 24)),
            "order_ref": G(lambda f: lucky_id(f)),
            "amount": G(lambda f: f.money(10, 4000)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_country": G(lambda f: f.pick(["US", "GB", "DE"])),
            "instrument": RED(card_number, "credit card", True),
            "three_d_secure": G(lambda f: f.pick([True, False])),
            "payer_email": Y(lambda f: email(f), "email"),
            "idempotency_key": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Contractor Added",
        "python",
        {
            "contractor_id": G(lambda f: f.r.randint(1000, 99999)),
            "full_name": Y(full, "name"),
            "ssn": RED(ssn, "social security number"),
            "employer_ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "date_of_birth": Y(dob, "birthdate"),
            "hourly_rate": Y(lambda f: f.money(25, 180), "salary"),
            "annual_salary": Y(lambda f: f.r.randint(40000, 160000), "salary"),
            "w9_received": G(lambda f: f.pick([True, False])),
            "home_address": Y(
                lambda f: f"{street_line(f, 'US')}, {city(f, 'US')}, {postcode(f, 'US')}", "address"
            ),
            "mailing_zip": Y(lambda f: postcode(f, "US"), "zipcode"),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "API Key Created",
        "node",
        {
            "key_id": G(lambda f: "key_" + f.digits(8)),
            "key_name": G(lambda f: f.pick(["Zapier", "Internal ERP sync", "CI"])),
            "expires_in_days": G(lambda f: f.pick([30, 90, 365, 0])),
            "secret": RED(ll_key, "secret|token"),
            "created_by_ip": Y(lambda f: ipv4(f), "ip"),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        {
            "integration": G(lambda f: f.pick(["stripe", "slack", "sendgrid", "github"])),
            "config": {
                "k": RED(api_secret, "secret|token", True),
                "channel": G(lambda f: f.pick(["#billing", "#finance-alerts", ""])),
            },
            "webhook_url": G(lambda f: "https://hooks.ledgerline.io/in/" + f.hexid(12)),
            "token_type": G(lambda f: "bearer"),
            "header": RED(lambda f: "Bearer " + f.jwt(), "token", True),
            "token_expires_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Teammate Invited",
        "web",
        {
            "inviteeEmail": Y(lambda f: email(f, work=True), "email"),
            "role": G(lambda f: f.pick(["admin", "member", "accountant"])),
            "inviterName": Y(full, "name"),
            "message": Y(invite_text, "phone", True),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "web",
        {
            "ticketId": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(lambda f: f.pick(["billing", "bank_feeds", "login", "bug"])),
            "subject": G(lambda f: f.pick(["Can't reconcile", "Double charge", "Feature request"])),
            "body": Y(support_text, "phone", True),
            "assignee": Y(full, "name", True),
            "reporter": Y(lambda f: email(f, work=True), "email", True),
        },
    ),
    (
        "track",
        "Settings Updated",
        "web",
        {
            "section": G(lambda f: f.pick(["notifications", "branding", "tax", "security"])),
            "changedFields": Many(G(lambda f: f.pick(["email", "phone", "address", "logo", "password"])), 3),
            "twoFactorEnabled": G(lambda f: f.pick([True, False])),
            "defaultCurrency": G(lambda f: f.pick(["USD", "EUR"])),
            "logoUrl": G(lambda f: "https://cdn.ledgerline.io/logos/" + f.hexid(16) + ".png"),
            "emailSignature": Y(lambda f: f"{full(f)} | Owner | {phone(f, 'UK')}", "name|phone", True),
        },
    ),
    (
        "track",
        "Login Failed",
        "node",
        {
            "reason": G(lambda f: f.pick(["bad_password", "mfa_timeout", "locked"])),
            "attempted_username": Y(lambda f: email(f, work=True), "email", True),
            "origin": Y(lambda f: f.pick([ipv4(f), ipv6(f)]), "ip", True),
            "geo_country": G(lambda f: f.pick(["US", "DE", "NG", "VN"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        {
            "delivery": G(lambda f: f.pick(["email", "sms"])),
            "reset_token": RED(lambda f: alnum(f, 40), "token"),
            "email_exists": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Invoices",
        "web",
        {
            "name": G(lambda f: "Invoices"),
            "path": G(lambda f: "/invoices"),
            "url": G(lambda f: "https://app.ledgerline.io/invoices"),
            "search": Y(lambda f: email(f, work=True), "email", True),
        },
    ),
    # DACH onboarding: German keys from the Vienna team's backend.
    (
        "track",
        "Onboarding Abgeschlossen",
        "python",
        {
            "vorname": Y(first, "name"),
            "nachname": Y(last, "name"),
            "firmenname": G(lambda f: f.pick(["Müller & Söhne GmbH", "Alpenblick OG", "Nordlicht UG"])),
            "strasse": Y(lambda f: street_line(f, "DE"), "street|address"),
            "plz": Y(lambda f: postcode(f, "DE"), "zipcode"),
            "ort": Y(lambda f: city(f, "DE"), "city"),
            "telefonnummer": Y(lambda f: phone(f, "DE"), "phone"),
            "steuer_id": RED(lambda f: f.digits(11), "national id"),
            "ust_idnr": G(lambda f: "DE" + f.digits(9)),
            "bankverbindung": RED(lambda f: iban(f, f.pick(["DE", "AT"])), "bank account"),
            "kleinunternehmer": G(lambda f: f.pick([True, False])),
        },
    ),
]

# -- Roamly: flights / hotels / cars --------------------------------------------------------------

ROAMLY = [
    (
        "track",
        "Products Searched",
        "rweb",
        {
            "query": G(lambda f: f.pick(["Lisbon", "hotels in Kyoto", "LHR to JFK"])),
            "destinationCity": G(lambda f: f.pick(["Lisbon", "Kyoto", "New York", "Cape Town"])),
            "originAirport": G(lambda f: f.pick(["LHR", "GRU", "MAD", "DEN"])),
            "checkIn": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "adults": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "rn",
        {
            "product_id": G(lambda f: "htl_" + f.digits(7)),
            "sku": G(lambda f: f"RM-{f.r.randint(1000, 9999)}-{f.pick(['DBL', 'TWN', 'STE'])}"),
            "name": G(
                lambda f: f.pick(["Hotel Avenida Palace", "Kyoto Machiya Inn", "The Hoxton, Shoreditch"])
            ),
            "category": G(lambda f: f.pick(["hotel", "apartment", "hostel"])),
            "brand": G(lambda f: f.pick(["Marriott", "Independent", "Accor"])),
            "price": G(lambda f: f.money(40, 600)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "GBP", "BRL"])),
            "hotelCity": G(lambda f: f.pick(["Lisbon", "Kyoto", "London"])),
            "image_url": G(lambda f: f"https://img.roamly.com/h/{f.hexid(10)}.webp"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "rweb",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(80, 4000)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "SPRING10"])),
            "products": Many(
                {
                    "product_id": G(lambda f: "htl_" + f.digits(7)),
                    "name": G(lambda f: f.pick(["Economy Light", "Deluxe Double Room", "Compact SUV"])),
                    "price": G(lambda f: f.money(20, 900)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        "python",
        {
            "order_id": G(lambda f: lucky_id(f)),
            "booking_reference": G(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "total": G(lambda f: f.money(80, 6000)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP", "BRL"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "pix", "klarna"])),
            "hotel_notes": Y(
                lambda f: f.pick(
                    [
                        f"Guest arriving after midnight, reach on {phone(f)}",
                        f"Late check-in. Mobile {phone(f)}",
                        f"Airport pickup requested, driver to call {phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
            "card_last_used_at": G(lambda f: f.iso()),
            "lead_traveller": {
                "given_name": Y(first, "name"),
                "family_name": Y(last, "name"),
                "email": Y(lambda f: email(f), "email"),
                "mobile": Y(lambda f: phone(f), "phone"),
            },
            "passengers": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
                    "date_of_birth": Y(lambda f: dob(f, 1950, 2020), "birthdate"),
                    "passport_number": RED(passport_no, "passport"),
                    "nationality": Y(lambda f: f.pick(["GB", "IN", "US", "BR", "DE"]), "citizenship"),
                    "seat": G(lambda f: f"{f.r.randint(1, 40)}{f.pick('ABCDEF')}"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Special Assistance Requested",
        "rn",
        {
            "bookingRef": G(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "assistanceType": RED(
                lambda f: f.pick(["WCHR", "wheelchair", "visual_impairment", "deaf"]), "disability"
            ),
            "mealRequest": G(lambda f: f.pick(["VGML", "standard", "child_meal"])),
            "allergies": Many(Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "latex"]), "allergy"), 2),
        },
    ),
    (
        "track",
        "Car Rental Booked",
        "rn",
        {
            "rentalId": G(lambda f: f.uuid()),
            "supplier": G(lambda f: f.pick(["Hertz", "Sixt", "Europcar"])),
            "pickupLocation": G(lambda f: f.pick(["LIS Airport", "Kyoto Station", "Madrid Atocha"])),
            "driverName": Y(full, "name"),
            "driversLicenseNumber": Y(lambda f: f.pick(["D", "S"]) + f.digits(7), "license"),
            "licenseCountry": G(lambda f: f.pick(["US", "GB", "BR"])),
        },
    ),
    (
        "track",
        "Visa Check Completed",
        "python",
        {
            "trip_id": G(lambda f: f.uuid()),
            "destination_country": G(lambda f: f.pick(["US", "IN", "CN", "AU"])),
            "visa_required": G(lambda f: f.pick([True, False])),
            "visa_type": RED(lambda f: f.pick(["ESTA", "e-Visa tourist", "ETA", "B1/B2"]), "visa"),
            "visa_number": RED(lambda f: f.digits(8), "visa"),
            "passport_expiry_ok": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Review Submitted",
        "rweb",
        {
            "reviewId": G(lambda f: f.r.randint(10**6, 10**7)),
            "propertyName": G(lambda f: f.pick(["Hotel Avenida Palace", "Casa do Sol", "Ryokan Hoshi"])),
            "stars": G(lambda f: f.r.randint(1, 5)),
            "author": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name", True),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Lovely stay, ask for {first(f)} {last(f)} at reception, she sorted everything.",
                        f"Host {first(f)} {last(f)} was so helpful!",
                        f"Thanks to {first(f)} {last(f)} for the late checkout.",
                    ]
                ),
                "name",
                True,
            ),
            "wouldRecommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold"])),
            "loyaltyPoints": G(lambda f: f.r.randint(0, 90000)),
            "homeAirport": G(lambda f: f.pick(["GRU", "MAD", "LHR", "JFK"])),
            "phone": Y(lambda f: phone(f, f.pick(["BR", "ES", "US"])), "phone"),
            "isVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "preferredLanguage": G(lambda f: f.pick(["pt", "es", "en"])),
            "religion": Y(lambda f: f.pick(["Catholic", "Muslim", "Jewish", "none"]), "religion"),
            "profilePhoto": Y(lambda f: f"https://img.roamly.com/u/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "screen",
        "Trip Details",
        "rn",
        {
            "name": G(lambda f: "Trip Details"),
            "hotelAddress": G(
                lambda f: f.pick(["Praça dos Restauradores 14, Lisboa", "Gion-machi 570-120, Kyoto"])
            ),
        },
    ),
    # Brazil and Spain checkout: local keys from the LATAM / Iberia services.
    (
        "track",
        "Pedido Concluído",
        "python",
        {
            "nome_completo": Y(full, "name"),
            "cpf": RED(cpf, "national id"),
            "celular": Y(lambda f: phone(f, "BR"), "phone"),
            "cep": Y(lambda f: postcode(f, "BR"), "zipcode"),
            "endereco": Y(lambda f: street_line(f, "BR"), "address|street"),
            "parcelas": G(lambda f: f.r.randint(1, 12)),
            "valor_total": G(lambda f: f.money(200, 9000)),
            "chave_pix": Y(lambda f: email(f), "email", True),
            "contato": Y(lambda f: phone(f, "BR"), "phone", True),
            "numero_pedido": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Reserva Confirmada",
        "python",
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(lambda f: f"{last(f)} {last(f)}", "name"),
            "dni": RED(dni, "national id"),
            "correo-electronico": Y(lambda f: email(f), "email"),
            "codigo-postal": Y(lambda f: f"{f.r.randint(1000, 52999):05d}", "zipcode"),
            "tarjeta": RED(card_number, "credit card"),
            "importe": G(lambda f: f.money(60, 3000)),
            "numero-reserva": G(lambda f: "RM" + f.digits(8)),
        },
    ),
    (
        "alias",
        None,
        "rn",
        {},
    ),
]

EVENTS = TRAILHEAD + LEDGERLINE + ROAMLY


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "ws_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1515, repeats=3)
    write(Path(__file__).parent, "holdout15_", events, labels)
