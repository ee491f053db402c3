"""Writes the seventh holdout: tests/corpus/holdout7_events.jsonl and holdout7_labels.json.

SEALED: written by an independent tester without reading the detection engine, its vocabularies,
its data, its unit tests or the other corpora's labels (only build_holdout3.py, for the format).
It has not been scored; the first score must be taken before any engine change it prompts.

Covers verticals the earlier corpora underuse: video streaming and news subscriptions, sports
betting (with Spanish and Swedish KYC), connected cars (French owner profile), smart-home IoT
(German customer profile), mobile games, form and survey tools relaying answers (Typeform-like
`answers[]`, Qualtrics-like `QID4_TEXT` / `IPAddress` / `RecipientEmail`, HubSpot and Mailchimp
merge fields), support chat (Zendesk-like PascalCase), a handmade marketplace (with a Polish
shop), B2B invoicing (German `Rechnung` keys) and payroll, mortgages (with Dutch `hypotheek`
keys), wedding planning (Italian couple profile), genealogy/DNA testing, mental-health and
fertility apps (Brazilian Portuguese telemedicine), and clinical-trial recruiting. Messages are
track, identify, page, screen, group and alias calls with contexts as analytics.js,
analytics-swift, analytics-kotlin, analytics_flutter, analytics-react-native and the python,
node, go, java, ruby, .NET and PHP server libraries send them.

Labelling rules (what a careful privacy owner would choose with the reference's default colours):
- A field is labelled by what it holds about a person across all its values, with the default
  colour of its type. Data about companies (company names, VAT/EIN numbers, company websites),
  products, shows, teams, venues, shops and content is green, even under `name` keys.
- Our own opaque identifiers (user/order/session/device/kit ids, UUIDs, SKUs, hashes, receipts,
  response ids, even under a `token` key when the value is a plain response id) are green;
  identifiers issued by a government, a health insurer or a clinic are not (national id, passport,
  visa, license, health id), nor are hardware serials/IMEIs/VINs tied to one owner (serial).
- Country, state/province, locale, language, timezone and currency are green; city, postcode,
  street and full address are yellow even when they describe where an order ships or a venue.
- Booleans, counters and enums that only describe the data (`email_verified`, `phone_count`,
  `address_type`) are green; a boolean or enum that itself states a special-category fact about
  the person (a diagnosis, a crisis flag, a salutation revealing gender) takes that type.
- Names of other people linked to the user (relatives, guests, agents, therapists, emergency
  contacts, account owners) are personal data: yellow name.
- Card numbers and CVVs are red credit card; card brand, last4, expiry and fingerprint are green.
  Bank account numbers and IBANs are red; routing numbers, sort codes and BICs are green.
  Partial SSNs (last 4) are still red social security number.
- Passwords (including Wi-Fi passwords) are red password; bearer/JWT/session/purchase tokens are
  red token; API keys and client secrets are red `secret|token`.
- `value_only: true` when the key path does not say what kind of data it holds (`body`, `q`,
  `dest`, `col_2`, `QID4_TEXT`, `personalization`, headers named after a mechanism), so only the
  value can tell; every value of such a field holds that PII (free text always carries it).
- `a|b` is used where either type is right (street vs address lines, gender vs sex, condition vs
  diagnosis, serial vs identification for VINs and plates).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

FIRST7 = [
    "Aoife",
    "Tunde",
    "Haruto",
    "Camila",
    "Sven",
    "Agnieszka",
    "Thiago",
    "Ngozi",
    "Rohan",
    "Leila",
    "Marisol",
    "Dmitri",
    "Keanu",
    "Ingrid",
    "Tomás",
    "Yara",
    "Chidi",
    "Sakura",
    "Lucas",
    "Femke",
    "Mohammed",
    "Anjali",
    "Wojciech",
    "Beatriz",
    "Giulia",
    "Matteo",
]
LAST7 = [
    "Brennan",
    "Adeyemi",
    "Tanaka",
    "Ferreira",
    "Lindqvist",
    "Nowak",
    "Oliveira",
    "Eze",
    "Mehta",
    "Haddad",
    "Delgado",
    "Volkov",
    "Kahale",
    "Johansson",
    "Castillo",
    "de Vries",
    "Okonkwo",
    "Yamamoto",
    "Santos",
    "Bakker",
    "Al-Farsi",
    "Iyer",
    "Wiśniewski",
    "Moreau",
    "Bianchi",
]
DOMAINS7 = [
    "example.com",
    "inbox.example.de",
    "example.co.uk",
    "correo.example.es",
    "example.com.br",
    "mail.example.jp",
]
CITIES7 = [
    "Rotterdam",
    "Porto Alegre",
    "Kraków",
    "Lyon",
    "Leeds",
    "Guadalajara",
    "Osaka",
    "Göteborg",
    "Nairobi",
    "Portland",
]
STREETS7 = [
    "{n} Kaiserstraße",
    "Rua Augusta, {n}",
    "{n} Harrow Road",
    "{n} rue de la République",
    "Keizersgracht {n}",
    "ul. Floriańska {n}",
    "Calle de Alcalá {n}",
    "{n} Alder Creek Dr",
]
RELIGIOUS_CEREMONIES = [
    "Catholic Mass",
    "Jewish (chuppah)",
    "Hindu",
    "Sikh Anand Karaj",
    "Muslim Nikah",
    "Greek Orthodox",
]
ALLERGIES7 = ["peanut allergy", "tree nut allergy", "shellfish allergy", "egg allergy", "sesame allergy"]
SHOWS = ["The Long Shore", "Night Kitchen", "Harbour Lights", "Zero Gravity", "Paper Crowns"]
TEAMS = ["Real Betis", "Malmö FF", "Boca Juniors", "Leeds United", "Ajax", "Kansas City Chiefs"]


class F7(Fake):
    """Extra generators of our own; check digits are computed so validators see realistic values."""

    def fn(self):
        return self.pick(FIRST7)

    def ln(self):
        return self.pick(LAST7)

    def person(self):
        return f"{self.fn()} {self.ln()}"

    def mail(self):
        first = self.fn().lower().replace("á", "a").replace("ó", "o")
        last = self.ln().lower().replace(" ", "").replace("ś", "s").replace("-", "")
        user = self.pick(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.r.randint(1, 999)}", f"{last}+shop"]
        )
        return f"{user}@{self.pick(DOMAINS7)}"

    def tel(self, cc=None):
        d = self.digits
        cc = cc or self.pick(["us", "uk", "de", "fr", "es", "br", "nl", "it", "pl", "jp", "in", "ng"])
        pair = " ".join(f"{self.r.randint(10, 99)}" for _ in range(4))
        options = {
            "us": [self.phone()],
            "uk": [f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}"],
            "de": [f"+49 15{self.r.randint(1, 9)} {d(8)}", f"0171 {d(7)}", f"+49 (0)30 {d(8)}"],
            "fr": [f"+33 6 {pair}", f"06 {pair}", f"07.{pair.replace(' ', '.')}"],
            "es": [f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"],
            "br": [f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}"],
            "nl": [f"06-{d(8)}", f"+31 6 {d(8)}"],
            "it": [f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}"],
            "pl": [f"+48 5{d(2)} {d(3)} {d(3)}", f"5{d(2)}-{d(3)}-{d(3)}"],
            "jp": [f"090-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}"],
            "in": [f"+91 9{d(4)} {d(5)}"],
            "ng": [f"+234 80{self.r.randint(1, 9)} {d(3)} {d(4)}"],
        }
        return self.pick(options[cc])

    def street7(self):
        return self.pick(STREETS7).format(n=self.r.randint(1, 240))

    def city7(self):
        return self.pick(CITIES7)

    def zip7(self):
        d = self.digits
        return self.pick(
            [
                d(5),
                f"SW{self.r.randint(1, 19)} {self.r.randint(1, 9)}AB",
                f"{d(4)} KX",
                f"{d(5)}-{d(3)}",
                f"{d(2)}-{d(3)}",
            ]
        )

    def full_address(self):
        return f"{self.street7()}, {self.zip7()} {self.city7()}"

    def dob(self, fmt="iso"):
        y, m, day = self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return {
            "iso": f"{y}-{m:02d}-{day:02d}",
            "eu": f"{day:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{day:02d}/{y}",
        }[fmt]

    def dni(self):
        n = self.r.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def cpf(self):
        base = [self.r.randint(0, 9) for _ in range(9)]
        for length in (9, 10):
            total = sum(v * (length + 1 - i) for i, v in enumerate(base))
            base.append((total * 10 % 11) % 10)
        s = "".join(map(str, base))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

    def bsn(self):
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            total = sum(v * (9 - i) for i, v in enumerate(ds))
            last = total % 11
            if last < 10:
                return "".join(map(str, ds)) + str(last)

    def personnummer(self):
        body = (
            f"{self.r.randint(50, 99)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.digits(3)}"
        )
        digits = [int(c) for c in body]
        total = sum((v * 2 - 9 if v * 2 > 9 else v * 2) if i % 2 == 0 else v for i, v in enumerate(digits))
        return f"19{body[:6]}-{body[6:]}{(10 - total % 10) % 10}"

    def codice_fiscale(self):
        letters = "BCDFGHLMNPRSTVZ"
        return (
            "".join(self.pick(letters) for _ in range(6))
            + f"{self.r.randint(50, 99)}"
            + self.pick("ABCDEHLMPRST")
            + f"{self.r.randint(1, 71):02d}"
            + self.pick("FHLG")
            + self.digits(3)
            + self.pick("ABCXYZ")
        )

    def nino(self):
        pairs = " ".join(self.digits(2) for _ in range(3))
        return f"{self.pick(['AB', 'JT', 'NE', 'SP'])} {pairs} {self.pick('ABCD')}"

    def nhs(self):
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(v * (10 - i) for i, v in enumerate(ds)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, ds)) + str(check)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        body = [self.pick(["1", "5", "W", "V", "J"])] + [self.pick(chars) for _ in range(16)]
        total = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(body, weights))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    def plate(self):
        up = "ABCDEFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.pick(up)}{self.pick(up)}-{self.digits(3)}-{self.pick(up)}{self.pick(up)}",
                f"{self.pick(up)}{self.pick(up)}{self.r.randint(10, 73)} "
                f"{self.pick(up)}{self.pick(up)}{self.pick(up)}",
                f"{self.r.randint(1, 9)}{self.pick(up)}{self.pick(up)}{self.pick(up)}{self.digits(3)}",
            ]
        )

    def passport7(self):
        up = "CFGHJKLMNPRTVWXYZ"
        return self.pick(
            [self.digits(9), f"{self.pick(up)}{self.pick(up)}{self.digits(7)}", f"C{self.digits(8)}"]
        )

    def idfa(self):
        return self.uuid().upper()

    def imei(self):
        return self.luhn_complete("35" + self.digits(12))

    def api_key(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return self.pick(
            [
                self.secret(),
                "AIza" + "".join(self.pick(alnum + "-_") for _ in range(35)),
                "SG."
                + "".join(self.pick(alnum) for _ in range(22))
                + "."
                + "".join(self.pick(alnum) for _ in range(43)),
            ]
        )

    def mac7(self):
        raw = self.mac()
        return self.pick([raw, raw.lower().replace(":", "-")])


# -- free text that always carries the PII it is labelled with ------------------------------------


def chat_body(f: F7) -> str:
    return f.pick(
        [
            "Hi, I can't log in with {e}, the reset link never arrives",
            "Please send the invoice to {e} instead of my old address",
            "my account email is {e} and the order still isn't here",
            "{e} — that's the one I signed up with",
        ]
    ).format(e=f.mail())


def transcript(f: F7) -> str:
    return f.pick(
        [
            "Customer: I was charged twice on {c}. Agent: I'm sorry, refunding now.",
            "Customer: card {c} exp 09/27 please remove it. Agent: Done.",
            "Agent: How can I help? Customer: use {c} for the renewal",
        ]
    ).format(c=f.card())


def callback_text(f: F7) -> str:
    return f.pick(
        ["Please call me back on {p}", "Best number is {p} (evenings)", "{p} - text first please"]
    ).format(p=f.tel())


def delivery_text(f: F7) -> str:
    return f.pick(
        ["Leave with neighbour, call {p}", "Ring {p} on arrival", "Gate code 4411, phone {p}"]
    ).format(p=f.tel())


def gift_text(f: F7) -> str:
    return f.pick(
        [
            "Happy birthday {a}! Love, {b}",
            "For {a} — congratulations on the new job. {b}",
            "Merry Christmas {a} xx from {b}",
        ]
    ).format(a=f.fn(), b=f.fn())


def personalization(f: F7) -> str:
    return f.pick(["{a}", "{a} & {b}", "{a} {l}", "Baby {a}"]).format(a=f.fn(), b=f.fn(), l=f.ln())


# -- fixed-order arrays (Typeform answers) ---------------------------------------------------------


class Seq:
    """A JSON array whose items are the given templates, in order."""

    def __init__(self, *items):
        self.items = items


def render7(template: Any, f: F7, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render7(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render7(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render7(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def const(value):
    return G(lambda f: value)


def pick(*values):
    return G(lambda f: f.pick(list(values)))


# -- contexts ----------------------------------------------------------------------------------------


def web_ctx():
    return {
        "library": {"name": const("analytics.js"), "version": pick("next-1.72.0", "next-1.74.1")},
        "page": {
            "path": pick("/", "/watch", "/account", "/checkout"),
            "referrer": pick("", "https://www.google.com/", "https://t.co/abc123"),
            "search": pick("", "?utm_source=newsletter&utm_medium=email", "?ref=nav"),
            "title": pick("Home", "Account settings", "Checkout"),
            "url": pick(
                "https://app.example.com/",
                "https://app.example.com/account",
                "https://app.example.com/checkout",
            ),
        },
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "locale": pick("en-US", "en-GB", "nl-NL", "es-ES"),
        "timezone": pick("Europe/Amsterdam", "America/Chicago", "Europe/Madrid"),
        "userAgent": pick(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.4 Safari/605.1.15",
        ),
        "userAgentData": {
            "brands": Many(
                {"brand": pick("Chromium", "Google Chrome", "Not-A.Brand"), "version": pick("124", "99")}, 3
            ),
            "mobile": pick(False, True),
            "platform": pick("Windows", "macOS", "Android"),
        },
        "campaign": {
            "name": pick("spring_promo", "win-back-q2", "brand"),
            "source": pick("google", "braze", "facebook"),
            "medium": pick("cpc", "email", "paid_social"),
            "content": pick("hero_v2", "cta_bottom"),
        },
    }


def swift_ctx():
    return {
        "app": {
            "name": pick("Streamly", "ParkPal", "Calmly", "RootsDNA"),
            "version": pick("8.4.1", "2.19.0", "10.0.3"),
            "build": pick("8041", "2190", "1003"),
            "namespace": pick("com.streamly.ios", "app.calmly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone14,7", "iPad13,18"),
            "type": const("ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "os": {"name": pick("iOS", "iPadOS"), "version": pick("17.4.1", "16.7.2")},
        "screen": {"width": pick(390, 393, 820), "height": pick(844, 852, 1180)},
        "network": {"wifi": pick(True, False), "cellular": pick(True, False), "bluetooth": pick(False, True)},
        "locale": pick("en-US", "ja-JP", "pt-BR"),
        "timezone": pick("America/Los_Angeles", "Asia/Tokyo", "America/Sao_Paulo"),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": pick("BetNorth", "Pixel Farm", "HomeHub"),
            "version": pick("4.2.0", "1.33.7"),
            "build": pick("402000", "13307"),
            "namespace": pick("se.betnorth.android", "com.pixelfarm.game"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "Xiaomi"),
            "model": pick("SM-S918B", "Pixel 8", "2201116SG"),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "os": {"name": const("Android"), "version": pick("14", "13")},
        "screen": {"density": pick(2.625, 3.0), "width": pick(1080, 1440), "height": pick(2340, 3120)},
        "network": {
            "wifi": pick(True, False),
            "carrier": pick("Telia", "Vodafone DE", "T-Mobile"),
            "cellular": pick(True, False),
        },
        "locale": pick("sv-SE", "de-DE", "en-US"),
        "timezone": pick("Europe/Stockholm", "Europe/Berlin"),
        "userAgent": pick("Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_ctx():
    return {
        "app": {"name": pick("Bloom Cycle", "Nido Home", "Sì Wedding"), "version": pick("3.0.2", "5.1.0")},
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "OnePlus"),
            "model": pick("iPhone16,1", "CPH2449"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.2", "1.1.4")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.2", "14")},
        "screen": {"width": pick(393, 412), "height": pick(852, 915)},
        "locale": pick("it-IT", "fr-FR", "en-AU"),
        "timezone": pick("Europe/Rome", "Europe/Paris", "Australia/Sydney"),
    }


def rn_ctx():
    return {
        "app": {
            "name": pick("Mindful Path", "Crafted", "ApuestaYa"),
            "version": pick("6.3.0", "2.8.4"),
            "build": pick("630", "284"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "motorola"),
            "model": pick("iPhone13,2", "moto g84 5G"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "network": {"wifi": pick(True, False), "carrier": pick("Movistar", "Claro", "O2")},
        "locale": pick("es-MX", "pt-BR", "en-US"),
        "timezone": pick("America/Mexico_City", "America/Sao_Paulo"),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
        "location": {
            "city": Y(lambda f: f.city7(), "city"),
            "country": pick("Mexico", "Brazil", "United States"),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": pick(0, 1.2, 13.7),
        },
    }


SERVER_LIBS7 = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.0"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "dotnet": ("Analytics.NET", "3.8.1"),
    "php": ("analytics-php", "3.7.0"),
}


def server_ctx(lib: str):
    name, version = SERVER_LIBS7[lib]
    ctx: dict[str, Any] = {"library": {"name": const(name), "version": const(version)}}
    if lib in ("python", "node", "dotnet", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    if lib == "java":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    if lib in ("ruby", "php"):
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: f.pick(["cus_", "zd_", "hs_"]) + f.hexid(14)),
                "type": pick("stripe_customer_id", "zendesk_id", "hubspot_id"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            2,
        )
    if lib == "node":
        ctx["userAgent"] = pick("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.6.8")
    return ctx


def context_for(client: str):
    if client.startswith("server:"):
        return server_ctx(client.split(":", 1)[1])
    return {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "flutter": flutter_ctx, "rn": rn_ctx}[
        client
    ]()


# -- events ------------------------------------------------------------------------------------------

STREAMING = [
    (
        "track",
        "Video Playback Started",
        "swift",
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: "ast_" + f.digits(8)),
            "content_pod_id": G(lambda f: "pod_" + f.digits(3)),
            "program": G(lambda f: f.pick(SHOWS)),
            "title": pick("Episode 1: Low Tide", "Pilot", "The Return"),
            "season": G(lambda f: f.r.randint(1, 6)),
            "episode": G(lambda f: f.r.randint(1, 12)),
            "genre": pick("Drama", "Documentary", "Comedy"),
            "channel": pick("Streamly Originals", "Kids"),
            "full_episode": pick(True, False),
            "livestream": pick(False, True),
            "position": G(lambda f: f.r.randint(0, 2400)),
            "total_length": G(lambda f: f.r.randint(1200, 3600)),
            "bitrate": pick(4500, 8000, 15000),
            "quality": pick("1080p", "4K HDR", "720p"),
            "video_player": const("AVPlayer"),
            "sound": G(lambda f: f.r.randint(0, 100)),
            "full_screen": pick(True, False),
            "subtitles_language": pick("off", "es", "en"),
            "profile_is_kids": pick(True, False),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender|sex"),
            "avatar": Y(lambda f: f"https://cdn.streamly.example/avatars/{f.hexid(12)}.jpg", "photo"),
            "address": {
                "street": Y(lambda f: f.street7(), "street|address"),
                "city": Y(lambda f: f.city7(), "city"),
                "postalCode": Y(lambda f: f.zip7(), "zipcode"),
                "state": pick("ZH", "CA", "TX", "Jalisco"),
                "country": pick("NL", "US", "MX"),
            },
            "plan": pick("basic", "standard", "premium"),
            "createdAt": G(lambda f: f.iso()),
            "emailOptIn": pick(True, False),
            "householdSize": G(lambda f: f.r.randint(1, 5)),
            "phoneVerified": pick(True, False),
        },
    ),
    (
        "track",
        "Subscription Started",
        "server:node",
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_name": pick("Premium 4K", "Standard with ads", "Digital All-Access"),
            "price": pick(7.99, 15.49, 22.99),
            "currency": pick("USD", "EUR", "GBP"),
            "interval": pick("month", "year"),
            "trial_days": pick(0, 7, 30),
            "payment_method": {
                "type": const("card"),
                "card": {
                    "brand": pick("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "fingerprint": G(lambda f: f.hexid(16)),
                    "country": pick("US", "GB", "DE"),
                },
            },
            "billing_details": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street7(), "street|address"),
                    "line2": Y(
                        lambda f: f.pick(["Apt 4B", "Flat 2", "3º izq.", "Unit 12"]), "address|street"
                    ),
                    "postal_code": Y(lambda f: f.zip7(), "zipcode"),
                    "city": Y(lambda f: f.city7(), "city"),
                    "country": pick("US", "GB", "ES"),
                },
            },
            "client_secret": RED(lambda f: f"pi_{f.hexid(24)}_secret_{f.hexid(25)}", "secret|token"),
            "coupon": pick("", "SPRING50", "STUDENT"),
            "gift_recipient_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Article Viewed",
        "web",
        {
            "article_id": G(lambda f: f.digits(9)),
            "headline": pick("Rates hold steady as inflation cools", "The quiet return of the night train"),
            "section": pick("business", "travel", "opinion"),
            "word_count": G(lambda f: f.r.randint(400, 3000)),
            "paywall_status": pick("metered", "blocked", "free"),
            "metered_count": G(lambda f: f.r.randint(0, 5)),
            "is_subscriber": pick(True, False),
            "published_at": G(lambda f: f.iso()),
            "tags": Many(pick("economy", "rail", "climate", "europe"), 3),
            "reading_time_sec": G(lambda f: f.r.randint(10, 900)),
            "share_url": G(lambda f: "https://news.example.com/a/" + f.digits(9)),
            "newsletter_signup_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "page",
        "Gift Subscription",
        "web",
        {
            "path": const("/gift"),
            "url": const("https://news.example.com/gift"),
            "title": const("Give a subscription"),
            "referrer": pick("", "https://news.example.com/"),
            "recipientName": Y(lambda f: f.person(), "name"),
            "recipientEmail": Y(lambda f: f.mail(), "email"),
            "senderName": Y(lambda f: f.person(), "name"),
            "giftMessage": Y(gift_text, "name", True),
            "deliverOn": G(lambda f: f.date(2024, 2025)),
            "giftDurationMonths": pick(3, 6, 12),
        },
    ),
    (
        "track",
        "Show Added To List",
        "kotlin",
        {
            "name": G(lambda f: f.pick(SHOWS)),
            "show_id": G(lambda f: f.digits(7)),
            "list": pick("watchlist", "favourites"),
            "rating": pick("TV-14", "TV-MA", "PG"),
            "release_year": G(lambda f: f.r.randint(1995, 2024)),
        },
    ),
]

BETTING = [
    (
        "track",
        "Bet Placed",
        "kotlin",
        {
            "betId": G(lambda f: f.digits(12)),
            "betslipId": G(lambda f: f.uuid()),
            "stake": G(lambda f: f.money(1, 200)),
            "potentialPayout": G(lambda f: f.money(2, 4000)),
            "odds": pick(1.85, 2.1, 3.4, 11.0),
            "oddsFormat": pick("decimal", "fractional"),
            "isLive": pick(True, False),
            "cashOutAvailable": pick(True, False),
            "currency": pick("SEK", "EUR", "MXN"),
            "selections": Many(
                {
                    "eventId": G(lambda f: "ev_" + f.digits(7)),
                    "market": pick("Match Result", "Over/Under 2.5", "Both Teams To Score"),
                    "selection": G(lambda f: f.pick(TEAMS)),
                    "homeTeam": G(lambda f: f.pick(TEAMS)),
                    "awayTeam": G(lambda f: f.pick(TEAMS)),
                    "league": pick("Allsvenskan", "LaLiga", "Premier League", "NFL"),
                    "kickoff": G(lambda f: f.iso()),
                },
                3,
            ),
            "responsibleGaming": {
                "depositLimit": pick(500, 1000, None),
                "selfExcluded": const(False),
                "realityCheckMins": pick(30, 60),
            },
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "nombre": Y(lambda f: f.fn(), "name"),
            "apellidos": Y(lambda f: f"{f.ln()} {f.ln()}", "name"),
            "dni": RED(lambda f: f.dni(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.dob("eu"), "birthdate"),
            "telefono_movil": Y(lambda f: f.tel("es"), "phone"),
            "correo_electronico": Y(lambda f: f.mail(), "email"),
            "direccion": {
                "calle": Y(lambda f: f.street7(), "street|address"),
                "codigo_postal": Y(lambda f: f.digits(5), "zipcode"),
                "localidad": Y(lambda f: f.city7(), "city"),
                "provincia": pick("Madrid", "Sevilla", "Valencia"),
            },
            "nacionalidad": Y(lambda f: f.pick(["española", "mexicana", "argentina"]), "citizenship"),
            "verificado": pick(True, False),
            "nivel_vip": pick("bronce", "plata", "oro"),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "personnummer": RED(lambda f: f.personnummer(), "national id"),
            "fornamn": Y(lambda f: f.fn(), "name"),
            "efternamn": Y(lambda f: f.ln(), "name"),
            "postnummer": Y(lambda f: f"{f.digits(3)} {f.digits(2)}", "zipcode"),
            "spelgrans_vecka": pick(1000, 2500),
            "bankid_verifierad": pick(True, False),
        },
    ),
    (
        "track",
        "Deposit Made",
        "web",
        {
            "deposit_id": G(lambda f: f.lucky_order_number()),
            "amount": G(lambda f: f.money(10, 500)),
            "method": pick("card", "trustly", "paypal"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cvv": RED(lambda f: f.digits(3), "credit card"),
            "card_expiry": pick("04/27", "11/28", "09/26"),
            "first_deposit": pick(True, False),
            "bonus_code": pick("", "WELCOME100"),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        "server:java",
        {
            "withdrawal_id": G(lambda f: "wd_" + f.digits(10)),
            "amount": G(lambda f: f.money(20, 9000)),
            "method": pick("bank_transfer", "card"),
            "bank": {
                "account_holder": Y(lambda f: f.person(), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["DE", "ES", "NL", "GB"])), "bank account"),
                "bic": pick("DEUTDEFF", "CAIXESBB", "ABNANL2A"),
                "bank_name": pick("Deutsche Bank", "CaixaBank", "ABN AMRO"),
            },
            "kyc_level": pick(1, 2, 3),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "passport_number": RED(lambda f: f.passport7(), "passport"),
            "selfie_url": Y(lambda f: f"https://kyc.example.com/selfies/{f.uuid()}.jpg", "photo"),
            "requested_at": G(lambda f: f.epoch_ms()),
        },
    ),
]

CARS = [
    (
        "track",
        "Trip Completed",
        "server:go",
        {
            "trip_id": G(lambda f: f.uuid()),
            "vin": Y(lambda f: f.vin(), "serial|identification"),
            "distance_km": G(lambda f: round(f.r.uniform(1, 400), 1)),
            "duration_s": G(lambda f: f.r.randint(120, 18000)),
            "avg_speed_kmh": G(lambda f: f.r.randint(18, 110)),
            "harsh_braking_events": G(lambda f: f.r.randint(0, 6)),
            "eco_score": G(lambda f: f.r.randint(40, 100)),
            "start_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "end_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "odometer_km": G(lambda f: f.r.randint(1000, 180000)),
            "ev_battery_soc": G(lambda f: f.r.randint(5, 100)),
            "firmware": pick("24.12.3.1", "2023.44.30.8", "10.0.2.117"),
            "telematics_unit": {
                "imei": Y(lambda f: f.imei(), "serial"),
                "hw_rev": pick("C2", "D1"),
            },
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "prenom": Y(lambda f: f.fn(), "name"),
            "nom_de_famille": Y(lambda f: f.ln(), "name"),
            "immatriculation": Y(lambda f: f.plate(), "identification|license"),
            "numero_permis": Y(lambda f: f.digits(12), "license"),
            "adresse_postale": Y(lambda f: f.full_address(), "address"),
            "code_postal": Y(lambda f: f.digits(5), "zipcode"),
            "ville": Y(lambda f: f.city7(), "city"),
            "telephone_portable": Y(lambda f: f.tel("fr"), "phone"),
            "date_de_naissance": Y(lambda f: f.dob("eu"), "birthdate"),
            "modele_vehicule": pick("Peugeot e-208", "Renault Mégane E-Tech", "Tesla Model 3"),
            "concessionnaire": pick("Garage du Centre", "Auto Lyon Est"),
            "consentement_geoloc": pick(True, False),
        },
    ),
    (
        "track",
        "Remote Unlock Requested",
        "swift",
        {
            "command_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(8)),
            "success": pick(True, False),
            "latency_ms": G(lambda f: f.r.randint(300, 9000)),
            "key_fob_serial": Y(lambda f: "KF" + f.digits(10), "serial"),
            "pin_attempts": pick(1, 2),
            "auth_token": RED(lambda f: f.jwt(), "token"),
            "geofence_name": pick("Home", "Work", "Gym"),
            "parked_lat": Y(lambda f: f.lat(), "geolocation"),
            "parked_lon": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
]

SMART_HOME = [
    (
        "track",
        "Device Paired",
        "flutter",
        {
            "device_type": pick("thermostat", "smart_plug", "doorbell_cam"),
            "model_number": pick("TH-300", "SP-10EU", "DB-2K"),
            "serial_number": Y(lambda f: f.pick(["TH", "SP", "DB"]) + f.digits(11), "serial"),
            "mac_address": Y(lambda f: f.mac7(), "mac"),
            "firmware_version": pick("3.14.2", "4.0.0-rc2", "4.12.0.233"),
            "hub_id": G(lambda f: f.hexid(12)),
            "room": pick("Living room", "Nursery", "Garage"),
            "wifi": {
                "ssid": pick("NETGEAR42", "TP-Link_5G_A1", "FRITZ!Box 7590"),
                "bssid": Y(lambda f: f.mac7(), "mac", True),
                "password": RED(
                    lambda f: f.pick(["correcthorse", "Summer2024!", "fr1tz-" + f.digits(6)]), "password"
                ),
                "band": pick("2.4GHz", "5GHz"),
                "rssi": G(lambda f: -f.r.randint(30, 85)),
            },
            "pairing_duration_ms": G(lambda f: f.r.randint(2000, 60000)),
        },
    ),
    (
        "track",
        "Motion Detected",
        "server:python",
        {
            "camera_id": G(lambda f: "cam_" + f.hexid(8)),
            "event_id": G(lambda f: f.uuid()),
            "snapshot_url": Y(lambda f: f"https://clips.nido.example/{f.hexid(20)}.jpg", "photo"),
            "clip_duration_s": G(lambda f: f.r.randint(5, 60)),
            "zone": pick("driveway", "front door", "backyard"),
            "person_detected": pick(True, False),
            "recognized_face": Y(lambda f: f.pick([f.fn(), f.person()]), "name", True),
            "battery_pct": G(lambda f: f.r.randint(3, 100)),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "wan_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender|sex"),
            "Vorname": Y(lambda f: f.fn(), "name"),
            "Nachname": Y(lambda f: f.ln(), "name"),
            "Straße": Y(lambda f: f.pick(["Kaiserstraße", "Hauptstraße", "Lindenallee"]), "street"),
            "Hausnummer": Y(lambda f: f"{f.r.randint(1, 120)}{f.pick(['', 'a', 'b'])}", "address|street"),
            "PLZ": Y(lambda f: f.digits(5), "zipcode"),
            "Ort": Y(lambda f: f.pick(["Köln", "Leipzig", "Freiburg"]), "city"),
            "Telefonnummer": Y(lambda f: f.tel("de"), "phone"),
            "E-Mail-Adresse": Y(lambda f: f.mail(), "email"),
            "Geburtsdatum": Y(lambda f: f.dob("eu").replace("/", "."), "birthdate"),
            "Kundennummer": G(lambda f: f.digits(8)),
            "Newsletter": pick(True, False),
            "Anzahl_Geraete": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "track",
        "Diagnostics Uploaded",
        "server:go",
        {
            "report_id": G(lambda f: f.uuid()),
            "uptime_s": G(lambda f: f.r.randint(60, 10**7)),
            "hw": Y(lambda f: f.mac7(), "mac", True),
            "fw": pick("3.14.2", "3.15.0"),
            "crc32": G(lambda f: f.hexid(8)),
            "sha256": G(lambda f: f.hexid(64)),
            "peer": Y(lambda f: f.ipv4(), "ip", True),
            "reboot_count": G(lambda f: f.r.randint(0, 40)),
            "temp_c": G(lambda f: round(f.r.uniform(20, 70), 1)),
        },
    ),
]

SMART_HOME.append(
    (
        "track",
        "Presence Changed",
        "server:java",
        {
            "home_id": G(lambda f: f.hexid(10)),
            "member_label": Y(
                lambda f: f"{f.fn()}'s {f.pick(['iPhone', 'Pixel', 'Galaxy Watch'])}", "name", True
            ),
            "state": pick("arrived", "left"),
            "automation_triggered": pick("lights_on", "alarm_disarm", "none"),
            "occupants_home": pick(0, 1, 2, 3),
        },
    )
)

GAMES = [
    (
        "track",
        "Level Completed",
        "kotlin",
        {
            "level": G(lambda f: f.r.randint(1, 400)),
            "world": pick("Candy Cove", "Frost Peak"),
            "score": G(lambda f: f.r.randint(1000, 999999)),
            "stars": pick(1, 2, 3),
            "duration_sec": G(lambda f: f.r.randint(20, 600)),
            "coins_earned": G(lambda f: f.r.randint(0, 500)),
            "gems_balance": G(lambda f: f.r.randint(0, 9000)),
            "boosters_used": Many(pick("hammer", "shuffle", "extra_moves"), 3),
            "attempt": G(lambda f: f.r.randint(1, 30)),
            "ab_group": pick("control", "variant_b"),
        },
    ),
    (
        "track",
        "In-App Purchase Completed",
        "swift",
        {
            "product_id": pick("com.pixelfarm.gems_500", "com.pixelfarm.season_pass"),
            "transaction_id": G(lambda f: f.lucky_order_number()[:15]),
            "original_transaction_id": G(lambda f: f.digits(15)),
            "price": pick(4.99, 9.99, 49.99),
            "currency": pick("USD", "JPY", "EUR"),
            "store": pick("app_store", "google_play"),
            "purchase_token": RED(
                lambda f: (
                    "".join(f.pick("abcdefghijklmnopqrstuvwxyz") for _ in range(24)) + ".AO-J1O" + f.hexid(60)
                ),
                "token",
            ),
            "is_sandbox": pick(False, True),
            "idfa": Y(lambda f: f.idfa(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "att_status": pick("authorized", "denied", "notDetermined"),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "birth_year": Y(lambda f: f.r.randint(1970, 2010), "birthdate"),
            "age_gate_passed": pick(True, False),
            "language": pick("ja", "en", "it"),
            "total_spend_usd": G(lambda f: f.money(0, 800)),
            "vip_tier": pick(0, 1, 2, 3),
            "friend_code": G(lambda f: f"SW-{f.digits(4)}-{f.digits(4)}-{f.digits(4)}"),
            "push_enabled": pick(True, False),
            "name_change_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Friend Invited",
        "flutter",
        {
            "invite_channel": pick("sms", "email", "whatsapp"),
            "invitee": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "reward_coins": pick(50, 100),
            "referral_code": G(lambda f: "PF" + f.hexid(6).upper()),
        },
    ),
]

FORMS = [
    (
        "track",
        "Form Response Submitted",
        "server:node",
        {
            "form_id": G(lambda f: f.hexid(8)),
            "token": G(lambda f: f.hexid(32)),
            "landed_at": G(lambda f: f.iso()),
            "submitted_at": G(lambda f: f.iso()),
            "hidden": {"utm_source": pick("linkedin", "newsletter"), "user_id": G(lambda f: f.digits(6))},
            "calculated": {"score": G(lambda f: f.r.randint(0, 40))},
            "answers": Seq(
                {
                    "type": const("text"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "ref": const("full_name"),
                        "type": const("short_text"),
                    },
                    "text": Y(lambda f: f.person(), "name", True),
                },
                {
                    "type": const("email"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "ref": const("contact_email"),
                        "type": const("email"),
                    },
                    "email": Y(lambda f: f.mail(), "email"),
                },
                {
                    "type": const("phone_number"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "ref": const("mobile"),
                        "type": const("phone_number"),
                    },
                    "phone_number": Y(lambda f: f.tel(), "phone"),
                },
                {
                    "type": const("choice"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "ref": const("team_size"),
                        "type": const("multiple_choice"),
                    },
                    "choice": {"label": pick("1-10", "11-50", "51-200")},
                },
                {
                    "type": const("number"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "ref": const("nps"),
                        "type": const("opinion_scale"),
                    },
                    "number": G(lambda f: f.r.randint(0, 10)),
                },
            ),
        },
    ),
    (
        "track",
        "Survey Response Recorded",
        "server:python",
        {
            "SurveyID": G(lambda f: "SV_" + f.hexid(15)),
            "ResponseId": G(lambda f: "R_" + f.hexid(15)),
            "Duration (in seconds)": G(lambda f: f.r.randint(30, 1800)),
            "Finished": pick(True, False),
            "RecordedDate": G(lambda f: f.iso()),
            "IPAddress": Y(lambda f: f.ipv4(), "ip"),
            "LocationLatitude": Y(lambda f: f.lat(), "geolocation"),
            "LocationLongitude": Y(lambda f: f.lon(), "geolocation"),
            "RecipientEmail": Y(lambda f: f.mail(), "email"),
            "RecipientFirstName": Y(lambda f: f.fn(), "name"),
            "RecipientLastName": Y(lambda f: f.ln(), "name"),
            "ExternalReference": G(lambda f: "CRM-" + f.digits(6)),
            "DistributionChannel": pick("anonymous", "email", "gl"),
            "UserLanguage": pick("EN", "ES", "PT-BR"),
            "Q1": G(lambda f: f.r.randint(0, 10)),
            "Q2": pick("Very satisfied", "Neutral", "Dissatisfied"),
            "QID4_TEXT": Y(callback_text, "phone", True),
            "Q5_1": pick(1, 2, 3, 4, 5),
        },
    ),
    (
        "identify",
        None,
        "server:ruby",
        {
            "firstname": Y(lambda f: f.fn(), "name"),
            "lastname": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "mobilephone": Y(lambda f: f.tel(), "phone"),
            "jobtitle": pick("Head of Ops", "Payroll Manager", "CFO"),
            "company": pick("Globex GmbH", "Northwind BV", "Initech Ltd"),
            "hs_object_id": G(lambda f: f.digits(11)),
            "lifecyclestage": pick("lead", "marketingqualifiedlead", "customer"),
            "hs_lead_status": pick("NEW", "OPEN", "IN_PROGRESS"),
            "hs_analytics_num_page_views": G(lambda f: f.r.randint(1, 300)),
            "zip": Y(lambda f: f.zip7(), "zipcode"),
            "annualrevenue": G(lambda f: f.r.randint(10**5, 10**8)),
            "hs_email_optout": pick(True, False),
        },
    ),
    (
        "track",
        "List Member Subscribed",
        "server:php",
        {
            "list_id": G(lambda f: f.hexid(10)),
            "email_address": Y(lambda f: f.mail(), "email"),
            "status": pick("subscribed", "pending"),
            "merge_fields": {
                "FNAME": Y(lambda f: f.fn(), "name"),
                "LNAME": Y(lambda f: f.ln(), "name"),
                "PHONE": Y(lambda f: f.tel(), "phone"),
                "BIRTHDAY": Y(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"),
                "ADDRESS": {
                    "addr1": Y(lambda f: f.street7(), "street|address"),
                    "city": Y(lambda f: f.city7(), "city"),
                    "zip": Y(lambda f: f.zip7(), "zipcode"),
                    "country": pick("US", "GB", "NL"),
                },
                "MMERGE6": pick("Wedding", "Newsletter"),
            },
            "ip_signup": Y(lambda f: f.ipv4(), "ip"),
            "timestamp_opt": G(lambda f: f.iso()),
            "tags": Many(pick("2025-bride", "vip", "webinar"), 2),
            "vip": pick(True, False),
        },
    ),
    (
        "track",
        "Contacts Imported",
        "web",
        {
            "source": const("csv"),
            "row": G(lambda f: f.r.randint(1, 5000)),
            "col_1": Y(lambda f: f.person(), "name", True),
            "col_2": Y(lambda f: f.mail(), "email", True),
            "col_3": Y(lambda f: f.tel(), "phone", True),
            "col_4": pick("lead", "customer", "partner"),
            "dedupe": pick(True, False),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Chat Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.uuid()),
            "author_type": pick("user", "lead"),
            "channel": pick("messenger", "widget"),
            "body": Y(chat_body, "email", True),
            "attachments_count": pick(0, 1),
            "agent": {
                "id": G(lambda f: f.digits(7)),
                "display_name": Y(lambda f: f.person(), "name"),
                "team": pick("Billing", "Tier 2"),
            },
            "sentiment": pick("negative", "neutral"),
            "language": pick("en", "es"),
        },
    ),
    (
        "track",
        "Ticket Solved",
        "server:dotnet",
        {
            "TicketId": G(lambda f: f.r.randint(10000, 999999)),
            "Subject": pick("Refund request", "Cannot log in", "Change plan"),
            "Requester": {
                "Name": Y(lambda f: f.person(), "name"),
                "Email": Y(lambda f: f.mail(), "email"),
                "PhoneNumber": Y(lambda f: f.tel(), "phone"),
            },
            "Via": {"Channel": pick("chat", "email", "web")},
            "SatisfactionRating": {"Score": pick("good", "bad", "offered")},
            "Tags": Many(pick("refund", "billing", "vip"), 3),
            "Transcript": RED(transcript, "credit card", True),
            "CreatedAt": G(lambda f: f.iso()),
            "AssigneeId": G(lambda f: f.r.randint(100000, 999999)),
            "CustomFields": {
                "OrderNumber": G(lambda f: f.lucky_order_number()),
                "AccountTier": pick("free", "pro"),
            },
        },
    ),
    (
        "track",
        "Customer Search Performed",
        "web",
        {
            "q": Y(lambda f: f.mail(), "email", True),
            "results_count": pick(0, 1, 2),
            "scope": pick("users", "orders"),
            "agent_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Sign In Attempted",
        "rn",
        {
            "identifier": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "method": pick("password", "magic_link", "otp"),
            "success": pick(True, False),
            "mfa_method": pick("none", "sms", "totp"),
            "password_strength": pick("weak", "medium", "strong"),
            "remember_me": pick(True, False),
            "email_verified": pick(True, False),
        },
    ),
]

MARKETPLACE = [
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 400)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 40)),
            "currency": pick("USD", "GBP", "EUR"),
            "coupon": pick("", "HANDMADE10"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(9)),
                    "sku": G(lambda f: f.sku()),
                    "name": pick("Hand-thrown Mug", "Linen Apron", "Birth Flower Necklace", "Oak Name Sign"),
                    "price": G(lambda f: f.money(8, 150)),
                    "quantity": pick(1, 2),
                    "category": pick("Home & Living", "Jewelry", "Wedding"),
                    "shop_name": pick("ClayAndCo", "LinenLoft", "WildOakStudio"),
                    "personalization": Y(personalization, "name", True),
                    "is_digital": pick(False, True),
                },
                3,
            ),
            "shipping_address": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
                "address1": Y(lambda f: f.street7(), "street|address"),
                "address2": Y(lambda f: f.pick(["Apt 3", "Suite 210", "2nd floor"]), "address|street"),
                "city": Y(lambda f: f.city7(), "city"),
                "province_code": pick("OR", "ON", "NSW"),
                "zip": Y(lambda f: f.zip7(), "zipcode"),
                "country_code": pick("US", "CA", "AU"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "gift_wrap": pick(True, False),
            "gift_note": Y(gift_text, "name", True),
            "delivery_instructions": Y(delivery_text, "phone", True),
        },
    ),
    (
        "track",
        "Seller Payout Scheduled",
        "server:php",
        {
            "shop_id": G(lambda f: f.digits(8)),
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "amount": G(lambda f: f.money(20, 3000)),
            "currency": pick("USD", "EUR"),
            "dest": RED(lambda f: f.iban(f.pick(["DE", "FR", "NL", "ES"])), "bank account", True),
            "schedule": pick("weekly", "monthly"),
            "tax_form": pick("W-9", "W-8BEN", "none"),
            "seller_tin": RED(lambda f: f.ssn(), "social security number|national id"),
            "shop_owner_legal_name": Y(lambda f: f.person(), "name"),
        },
    ),
    (
        "screen",
        "Listing Detail",
        "rn",
        {
            "listing_id": G(lambda f: f.digits(10)),
            "title": pick("Custom pet portrait", "Macramé wall hanging"),
            "price": G(lambda f: f.money(15, 300)),
            "shop_name": pick("ClayAndCo", "KnotsByK"),
            "favorited": pick(True, False),
            "review_count": G(lambda f: f.r.randint(0, 2000)),
            "seller_location": Y(lambda f: f.city7(), "city"),
            "category_path": pick("art/painting", "home/wall-decor"),
        },
    ),
    (
        "track",
        "Zamówienie złożone",
        "server:php",
        {
            "numer_zamowienia": G(lambda f: f"ZAM/{f.digits(4)}/2024"),
            "imie": Y(lambda f: f.fn(), "name"),
            "nazwisko": Y(lambda f: f.ln(), "name"),
            "telefon": Y(lambda f: f.tel("pl"), "phone"),
            "ulica": Y(
                lambda f: f"ul. {f.pick(['Floriańska', 'Długa', 'Piękna'])} {f.r.randint(1, 90)}",
                "street|address",
            ),
            "kod_pocztowy": Y(lambda f: f"{f.digits(2)}-{f.digits(3)}", "zipcode"),
            "miasto": Y(lambda f: f.pick(["Kraków", "Gdańsk", "Poznań"]), "city"),
            "nip_sprzedawcy": G(lambda f: f.digits(10)),
            "kwota": G(lambda f: f.money(20, 900)),
            "sposob_platnosci": pick("blik", "przelew", "karta"),
        },
    ),
]

B2B = [
    (
        "track",
        "Rechnung erstellt",
        "server:node",
        {
            "Rechnungsnummer": G(lambda f: f"RE-2024-{f.digits(5)}"),
            "Rechnungsdatum": G(lambda f: f.date(2024, 2024)),
            "Fälligkeitsdatum": G(lambda f: f.date(2024, 2025)),
            "Nettobetrag": G(lambda f: f.money(100, 20000)),
            "Bruttobetrag": G(lambda f: f.money(119, 23800)),
            "Währung": const("EUR"),
            "Kunde": {
                "Firmenname": pick("Müller Logistik GmbH", "Bäckerei Sonnenschein KG"),
                "USt-IdNr": G(lambda f: "DE" + f.digits(9)),
                "Ansprechpartner": Y(lambda f: f.person(), "name"),
                "E-Mail": Y(lambda f: f.mail(), "email"),
                "Telefon": Y(lambda f: f.tel("de"), "phone"),
                "Anschrift": {
                    "Straße": Y(
                        lambda f: (
                            f"{f.pick(['Hauptstraße', 'Am Markt', 'Industriestr.'])} {f.r.randint(1, 99)}"
                        ),
                        "street|address",
                    ),
                    "PLZ": Y(lambda f: f.digits(5), "zipcode"),
                    "Ort": Y(lambda f: f.pick(["Hamburg", "Stuttgart", "Dresden"]), "city"),
                    "Land": const("DE"),
                },
            },
            "Bankverbindung": {
                "Kontoinhaber": Y(lambda f: f.person(), "name"),
                "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
                "BIC": pick("COBADEFFXXX", "GENODEF1S04"),
            },
            "Zahlungsziel_Tage": pick(14, 30),
        },
    ),
    (
        "track",
        "Invoice Sent",
        "server:ruby",
        {
            "invoice_number": G(lambda f: f"INV-{f.digits(6)}"),
            "customer_company": pick("Acme Corp", "Umbrella Health", "Hooli"),
            "billing_contact_email": Y(lambda f: f.mail(), "email"),
            "vat_id": G(lambda f: f.pick(["GB", "NL", "FR"]) + f.digits(9)),
            "ein": G(lambda f: f"{f.digits(2)}-{f.digits(7)}"),
            "amount_due": G(lambda f: f.money(100, 50000)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "line_items": Many(
                {
                    "description": pick("Pro seats (annual)", "Implementation", "Overage"),
                    "qty": G(lambda f: f.r.randint(1, 200)),
                    "unit_price": G(lambda f: f.money(5, 900)),
                    "sku": G(lambda f: f.sku()),
                },
                3,
            ),
            "payment_link": G(lambda f: "https://pay.example.com/i/" + f.hexid(20)),
            "reminder_count": pick(0, 1, 2),
            "po_number": G(lambda f: "PO" + f.digits(7)),
        },
    ),
    (
        "track",
        "Payroll Run Approved",
        "server:java",
        {
            "payRunId": G(lambda f: f.uuid()),
            "payPeriodStart": G(lambda f: f.date(2024, 2024)),
            "payPeriodEnd": G(lambda f: f.date(2024, 2024)),
            "employeeCount": G(lambda f: f.r.randint(3, 400)),
            "totalGross": G(lambda f: f.money(10000, 900000)),
            "approverEmail": Y(lambda f: f.mail(), "email"),
            "employees": Many(
                {
                    "employeeId": G(lambda f: "E" + f.digits(5)),
                    "fullName": Y(lambda f: f.person(), "name"),
                    "grossPay": Y(lambda f: f.money(1500, 12000), "salary"),
                    "netPay": Y(lambda f: f.money(1000, 8000), "salary"),
                    "taxCode": pick("1257L", "BR", "K475"),
                    "niNumber": RED(lambda f: f.nino(), "national id"),
                    "sortCode": G(lambda f: f"{f.digits(2)}-{f.digits(2)}-{f.digits(2)}"),
                    "accountNumber": RED(lambda f: f.digits(8), "bank account"),
                    "department": pick("Engineering", "Warehouse", "Sales"),
                },
                4,
            ),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "legalFirstName": Y(lambda f: f.fn(), "name"),
            "legalLastName": Y(lambda f: f.ln(), "name"),
            "preferredName": Y(lambda f: f.fn(), "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "homeAddress": {
                "line1": Y(lambda f: f.street7(), "street|address"),
                "city": Y(lambda f: f.city7(), "city"),
                "state": pick("OR", "TX", "NY"),
                "zip": Y(lambda f: f.digits(5), "zipcode"),
            },
            "startDate": G(lambda f: f.date(2024, 2025)),
            "jobTitle": pick("Warehouse Associate", "Staff Engineer"),
            "annualSalary": Y(lambda f: f.r.randint(38000, 240000), "salary"),
            "payFrequency": pick("biweekly", "semimonthly"),
            "directDeposit": {
                "routingNumber": G(lambda f: f.digits(9)),
                "accountNumber": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
                "accountType": pick("checking", "savings"),
            },
            "emergencyContact": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel("us"), "phone"),
                "relationship": pick("spouse", "parent", "friend"),
            },
            "veteranStatus": RED(
                lambda f: f.pick(["protected veteran", "not a veteran", "decline to answer"]), "veteran"
            ),
            "disabilityStatus": RED(lambda f: f.pick(["yes", "no", "decline to answer"]), "disability"),
            "raceEthnicity": Y(
                lambda f: f.pick(["Black or African American", "Asian", "Hispanic or Latino", "White"]),
                "race|ethnicity",
            ),
            "i9Completed": pick(True, False),
        },
    ),
    (
        "group",
        None,
        "server:dotnet",
        {
            "name": pick("Globex GmbH", "Northwind Traders", "Initech Ltd"),
            "industry": pick("Logistics", "Retail", "Healthcare"),
            "employees": G(lambda f: f.r.randint(5, 5000)),
            "plan": pick("team", "business", "enterprise"),
            "website": pick("https://globex.example.com", "https://northwind.example"),
            "createdAt": G(lambda f: f.iso()),
            "billing_email": Y(lambda f: f.mail(), "email"),
            "vat_number": G(lambda f: "NL" + f.digits(9) + "B01"),
            "mrr": G(lambda f: f.money(100, 90000)),
            "account_owner": Y(lambda f: f.person(), "name", True),
        },
    ),
]

MORTGAGE = [
    (
        "track",
        "Loan Application Submitted",
        "server:python",
        {
            "application_id": G(lambda f: f.uuid()),
            "loan_purpose": pick("purchase", "refinance"),
            "loan_amount": G(lambda f: f.r.randint(80000, 1200000)),
            "property_value": G(lambda f: f.r.randint(100000, 1500000)),
            "ltv_ratio": G(lambda f: round(f.r.uniform(0.4, 0.97), 2)),
            "term_months": pick(180, 360),
            "rate_type": pick("fixed", "arm_5_1"),
            "borrower": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(lambda f: f.dob("us"), "birthdate"),
                "marital_status": pick("married", "unmarried", "separated"),
                "citizenship": Y(
                    lambda f: f.pick(["US citizen", "permanent resident", "non-permanent resident"]),
                    "citizenship",
                ),
                "visa_type": RED(lambda f: f.pick(["H-1B", "L-1", "E-2", "O-1"]), "visa"),
                "annual_income": Y(lambda f: f.r.randint(40000, 400000), "salary"),
                "employer_name": pick("Initech", "Acme Corp", "City of Portland"),
                "years_employed": G(lambda f: f.r.randint(0, 30)),
            },
            "co_borrower_present": pick(True, False),
            "property_address": Y(lambda f: f.full_address(), "address"),
            "credit_pull_consent": const(True),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "voorletters": Y(lambda f: f"{f.fn()[0]}.{f.fn()[0]}.", "name"),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "ter"]), "name"),
            "achternaam": Y(lambda f: f.pick(["Bakker", "Visser", "Smit", "Meijer"]), "name"),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "geboortedatum": Y(lambda f: f.dob("eu").replace("/", "-"), "birthdate"),
            "postcode": Y(lambda f: f"{f.digits(4)} {f.pick(['AB', 'KX', 'TR'])}", "zipcode"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "address|street"),
            "woonplaats": Y(lambda f: f.pick(["Utrecht", "Zwolle", "Haarlem"]), "city"),
            "bruto_jaarinkomen": Y(lambda f: f.r.randint(30000, 150000), "salary"),
            "iban": RED(lambda f: f.iban("NL"), "bank account"),
            "burgerlijke_staat": pick("gehuwd", "samenwonend", "alleenstaand"),
            "aantal_kinderen": pick(0, 1, 2, 3),
            "hypotheekbedrag": G(lambda f: f.r.randint(150000, 600000)),
        },
    ),
]

WEDDING = [
    (
        "track",
        "Guest List Updated",
        "web",
        {
            "wedding_id": G(lambda f: f.hexid(10)),
            "guest_count": G(lambda f: f.r.randint(10, 250)),
            "guests": Many(
                {
                    "full_name": Y(lambda f: f.person(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "rsvp": pick("yes", "no", "pending"),
                    "plus_one": pick(True, False),
                    "meal_choice": pick("fish", "beef", "vegetarian"),
                    "dietary_notes": Y(lambda f: f.pick(ALLERGIES7), "allergy"),
                    "table_number": G(lambda f: f.r.randint(1, 25)),
                },
                4,
            ),
            "venue": {
                "name": pick("Villa Cimbrone", "The Old Mill", "Hacienda San Gabriel"),
                "city": Y(lambda f: f.pick(["Ravello", "Bath", "Oaxaca"]), "city"),
            },
            "ceremony_type": Y(lambda f: f.pick(RELIGIOUS_CEREMONIES), "religion", True),
            "wedding_date": G(lambda f: f.date(2025, 2026)),
            "marriage_certificate_number": Y(lambda f: f"MC-{f.digits(8)}", "certificate"),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "nome_sposa": Y(lambda f: f.fn(), "name"),
            "nome_sposo": Y(lambda f: f.fn(), "name"),
            "cellulare": Y(lambda f: f.tel("it"), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "data_matrimonio": G(lambda f: f.date(2025, 2026)),
            "budget_totale": pick(15000, 30000, 60000),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(), "national id"),
            "indirizzo": Y(lambda f: f.full_address(), "address"),
            "cap": Y(lambda f: f.digits(5), "zipcode"),
            "numero_invitati": G(lambda f: f.r.randint(20, 300)),
        },
    ),
    (
        "track",
        "Vendor Contacted",
        "swift",
        {
            "vendor_id": G(lambda f: f.digits(6)),
            "vendor_category": pick("photographer", "florist", "dj"),
            "vendor_name": pick("Bloom & Wild Florals", "Golden Hour Photo", "DJ Nova Events"),
            "message_length": G(lambda f: f.r.randint(20, 800)),
            "budget_range": pick("1000-2500", "2500-5000"),
            "photo_count": G(lambda f: f.r.randint(0, 10)),
        },
    ),
]

GENEALOGY = [
    (
        "track",
        "DNA Kit Activated",
        "swift",
        {
            "kit_barcode": G(lambda f: f.digits(15)),
            "activation_code": G(lambda f: f.hexid(6).upper()),
            "sample_collected_at": G(lambda f: f.iso()),
            "lab": pick("LAB-EU-2", "LAB-US-1"),
            "consent_research": pick(True, False),
            "app_version": pick("10.0.3", "10.1.0"),
        },
    ),
    (
        "track",
        "Ancestry Results Viewed",
        "web",
        {
            "report_id": G(lambda f: f.uuid()),
            "ethnicity_estimate": Many(
                {
                    "region": Y(
                        lambda f: f.pick(
                            [
                                "Nigerian",
                                "Ashkenazi Jewish",
                                "Irish",
                                "Japanese",
                                "Indigenous Americas—Mexico",
                                "Levantine",
                            ]
                        ),
                        "ethnicity",
                    ),
                    "percent": G(lambda f: f.r.randint(1, 90)),
                },
                4,
            ),
            "top_match": {
                "display_name": Y(lambda f: f.person(), "name"),
                "shared_cm": G(lambda f: f.r.randint(20, 3400)),
                "relationship": pick("2nd cousin", "half sibling", "1st cousin once removed"),
            },
            "matches_count": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "identify",
        None,
        "server:ruby",
        {
            "birth_surname": Y(lambda f: f.ln(), "name"),
            "mothers_maiden_name": Y(lambda f: f.ln(), "name"),
            "place_of_birth": Y(lambda f: f.city7(), "city"),
            "year_of_birth": Y(lambda f: f.r.randint(1940, 2004), "birthdate"),
            "birth_certificate_no": Y(lambda f: f"{f.pick(['BC', 'GRO'])}{f.digits(9)}", "certificate"),
            "tree_count": G(lambda f: f.r.randint(0, 5)),
            "relatives": Many(
                {
                    "given_name": Y(lambda f: f.fn(), "name"),
                    "surname": Y(lambda f: f.ln(), "name"),
                    "birth_year": Y(lambda f: f.r.randint(1900, 2010), "birthdate"),
                    "relationship": pick("mother", "grandfather", "sibling"),
                    "living": pick(True, False),
                },
                3,
            ),
        },
    ),
]

MENTAL_HEALTH = [
    (
        "track",
        "Therapy Session Booked",
        "rn",
        {
            "session_id": G(lambda f: f.uuid()),
            "therapist": {
                "id": G(lambda f: "th_" + f.digits(5)),
                "name": Y(lambda f: "Dr. " + f.person(), "name"),
            },
            "session_type": pick("intake", "follow_up"),
            "modality": pick("video", "phone", "chat"),
            "scheduled_at": G(lambda f: f.iso()),
            "duration_min": pick(30, 50),
            "presenting_concerns": Many(
                Y(
                    lambda f: f.pick(["anxiety", "depression", "PTSD", "insomnia", "panic disorder"]),
                    "condition|diagnosis",
                ),
                3,
            ),
            "insurance": {
                "payer": pick("Aetna", "Cigna", "Kaiser"),
                "member_id": Y(lambda f: f.pick(["W", "XQ"]) + f.digits(9), "health id"),
                "group_number": G(lambda f: f.digits(6)),
            },
            "copay": pick(0, 20, 40),
            "first_session": pick(True, False),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "genderIdentity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "transgender man"]), "gender"
            ),
            "sexualOrientation": Y(
                lambda f: f.pick(["heterosexual", "gay", "bisexual", "queer"]), "sexual orientation"
            ),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "currentMedications": Many(
                Y(lambda f: f.pick(["sertraline", "bupropion", "lamotrigine", "quetiapine"]), "medication"), 2
            ),
            "phq9Score": Y(lambda f: f.r.randint(0, 27), "condition|diagnosis"),
            "suicidalIdeationFlag": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
            "faithBackground": Y(lambda f: f.pick(["Muslim", "Christian", "Buddhist", "none"]), "religion"),
            "emergencyContactPhone": Y(lambda f: f.tel(), "phone"),
            "streakDays": G(lambda f: f.r.randint(0, 200)),
            "onboardingComplete": pick(True, False),
        },
    ),
    (
        "track",
        "Consulta Agendada",
        "rn",
        {
            "id_consulta": G(lambda f: f.digits(8)),
            "tipo_consulta": pick("teleconsulta", "presencial"),
            "nome_completo": Y(lambda f: f.person(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "celular": Y(lambda f: f.tel("br"), "phone"),
            "cep": Y(lambda f: f"{f.digits(5)}-{f.digits(3)}", "zipcode"),
            "plano_de_saude": pick("Unimed", "Bradesco Saúde", "particular"),
            "numero_carteirinha": Y(lambda f: f.digits(16), "health id"),
            "data_de_nascimento": Y(lambda f: f.dob("eu"), "birthdate"),
            "queixa_principal": Y(
                lambda f: f.pick(["ansiedade", "insônia", "depressão", "crises de pânico"]), "condition"
            ),
            "valor": G(lambda f: f.money(80, 400)),
        },
    ),
]

FERTILITY = [
    (
        "track",
        "Cycle Logged",
        "flutter",
        {
            "log_id": G(lambda f: f.uuid()),
            "symptoms": Many(
                Y(lambda f: f.pick(["cramps", "nausea", "spotting", "migraine"]), "condition"), 3
            ),
            "pregnancy_status": Y(
                lambda f: f.pick(["trying to conceive", "pregnant", "postpartum"]), "condition"
            ),
            "logged_at": G(lambda f: f.epoch_ms()),
            "app_streak_days": G(lambda f: f.r.randint(0, 365)),
            "reminder_enabled": pick(True, False),
        },
    ),
    (
        "track",
        "Treatment Milestone Reached",
        "server:node",
        {
            "patient_ref": G(lambda f: "pt_" + f.hexid(10)),
            "clinic_id": G(lambda f: f.digits(4)),
            "clinic_name": pick("London Fertility Centre", "CRM Rotterdam", "Bloom IVF Austin"),
            "milestone": Y(
                lambda f: f.pick(["egg retrieval", "embryo transfer", "IUI", "ICSI"]), "procedure"
            ),
            "fertility_diagnosis": Y(
                lambda f: f.pick(["PCOS", "endometriosis", "low AMH", "male factor"]), "diagnosis|condition"
            ),
            "protocol_medications": Many(
                Y(lambda f: f.pick(["Gonal-f", "Menopur", "letrozole", "Cetrotide"]), "medication"), 3
            ),
            "nhs_number": Y(lambda f: f.nhs(), "health id"),
            "cycle_number": pick(1, 2, 3),
        },
    ),
]

TRIALS = [
    (
        "track",
        "Prescreener Completed",
        "web",
        {
            "trial_id": G(lambda f: "NCT0" + f.digits(7)),
            "site_id": G(lambda f: f.digits(3)),
            "eligible": pick(True, False),
            "screener_version": pick("2.1", "2.2.0"),
            "has_type2_diabetes": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "conditions": Many(
                Y(lambda f: f.pick(["hypertension", "type 2 diabetes", "COPD", "asthma"]), "condition"), 3
            ),
            "current_meds": Many(
                Y(lambda f: f.pick(["metformin", "lisinopril", "atorvastatin"]), "medication"), 3
            ),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male"]), "sex"),
            "race": Y(
                lambda f: f.pick(
                    ["Asian", "Black or African American", "White", "American Indian or Alaska Native"]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "zip_code": Y(lambda f: f.digits(5), "zipcode"),
            "contact_pref": pick("phone", "email", "sms"),
            "travel_radius_miles": pick(10, 25, 50),
        },
    ),
    (
        "identify",
        None,
        "server:go",
        {
            "FirstName": Y(lambda f: f.fn(), "name"),
            "LastName": Y(lambda f: f.ln(), "name"),
            "Email": Y(lambda f: f.mail(), "email"),
            "Phone": Y(lambda f: f.tel("us"), "phone"),
            "MRN": Y(lambda f: f.digits(8), "health id"),
            "DOB": Y(lambda f: f.dob("us"), "birthdate"),
            "ReferringPhysician": Y(lambda f: "Dr. " + f.person(), "name"),
            "Allergies": Many(
                Y(lambda f: f.pick(["penicillin", "latex", "sulfa drugs", "iodine contrast"]), "allergy"), 2
            ),
            "MobilityAid": RED(
                lambda f: f.pick(["wheelchair", "walker", "cane", "prosthetic leg"]), "disability"
            ),
            "PrimaryLanguage": pick("English", "Spanish", "Vietnamese"),
            "ConsentSigned": pick(True, False),
        },
    ),
]

PLUMBING = [
    (
        "track",
        "Webhook Delivered",
        "server:go",
        {
            "endpoint": pick("https://hooks.example.com/segment", "https://api.partner.example/v2/events"),
            "status_code": pick(200, 202, 500),
            "attempt": pick(1, 2, 3),
            "headers": {
                "content-type": const("application/json"),
                "user-agent": const("Segment.io/1.0"),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip", True),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-api-key": RED(lambda f: f.api_key(), "secret|token"),
            },
            "payload_sha256": G(lambda f: f.hexid(64)),
            "latency_ms": G(lambda f: f.r.randint(20, 3000)),
        },
    ),
    (
        "track",
        "Workspace Setting Changed",
        "server:dotnet",
        {
            "setting": pick("slack_webhook_secret", "crm_api_key", "sftp_credential"),
            "old_value_set": pick(True, False),
            "new_value": RED(lambda f: f.api_key(), "secret|token", True),
            "changed_by": G(lambda f: "usr_" + f.digits(7)),
            "audit_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Checkout Error",
        "web",
        {
            "error_code": pick("card_declined", "incorrect_cvc", "processing_error"),
            "message": RED(
                lambda f: f.pick(["Card {c} was declined", "Payment with {c} failed: try again"]).format(
                    c=f.card()
                ),
                "credit card",
                True,
            ),
            "step": pick("payment", "review"),
            "retryable": pick(True, False),
        },
    ),
    (
        "screen",
        "Home Feed",
        "kotlin",
        {"feed_variant": pick("ranked", "chronological"), "items_loaded": G(lambda f: f.r.randint(0, 50))},
    ),
    (
        "page",
        "Pricing",
        "web",
        {
            "path": const("/pricing"),
            "url": const("https://app.example.com/pricing"),
            "title": const("Pricing"),
        },
    ),
    ("alias", None, "rn", None),
    ("alias", None, "server:python", None),
]

EVENTS = (
    STREAMING
    + BETTING
    + CARS
    + SMART_HOME
    + GAMES
    + FORMS
    + SUPPORT
    + MARKETPLACE
    + B2B
    + MORTGAGE
    + WEDDING
    + GENEALOGY
    + MENTAL_HEALTH
    + FERTILITY
    + TRIALS
    + PLUMBING
)


def message(f: F7, kind: str, name: str | None, client: str, body: dict | None, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
    msg["userId"] = "usr_" + f.digits(7)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render7(body, f, section, labels)
    msg["context"] = render7(context_for(client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = F7(seed)
    labels: dict[str, dict] = {}
    events = [
        message(f, kind, name, client, body, labels)
        for _ in range(repeats)
        for kind, name, client, body in EVENTS
    ]
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=707, repeats=2)
    write(Path(__file__).parent, "holdout7_", events, labels)
