"""Writes the eighth holdout: tests/corpus/holdout8_events.jsonl and holdout8_labels.json.

SEALED. Written by an independent tester without opening the engine (`portal/detection/`), its
vocabularies, the other corpora's labels or the other holdout builders (only build_holdout3.py,
for the format). It has not been scored; the first score must be taken once, by the lead, before
any change it prompts.

Coverage. Verticals: grocery delivery and retail loyalty, car rental and parking, EV charging and
public transit cards, university admissions, job boards and freelancer platforms, church and
non-profit membership, political campaign volunteering, real-estate CRM, home services bookings,
veterinary clinics, telecom (SIM/eSIM activation, number porting), card issuing and fraud checks,
gyms and class bookings, photo printing. Message types: track, identify, page, screen, group,
alias. Contexts of analytics.js, analytics-swift, analytics-kotlin, Flutter, React Native and the
Python, Node, Go, Java, Ruby, .NET and PHP server libraries; some events relay webhooks of other
tools (Twilio, Stripe, Typeform, Calendly, HubSpot, Salesforce, Mailchimp, Shopify, Zendesk)
with those tools' own field conventions. Keys in camelCase, snake_case, PascalCase, Title Case,
kebab-case, UPPER_CASE, abbreviations, prefixed/suffixed, nested objects and arrays; about an
eighth of the paths use German, Spanish, Brazilian Portuguese, French, Dutch, Italian, Swedish or
Polish keys as developers in those countries write them, and a similar share follow the webhook
tools' own conventions. Value generators are local (own names, addresses, national-format
phones, valid check digits for CPF, DNI, BSN, PESEL, personnummer, codice fiscale, NIR, ICCID and
IMEI); fake.py supplies only IBANs, cards, SSNs, IPs, MACs, JWTs and secrets.

Labelling rules (classification by the reference's default colour of the type):
- A leaf is PII when, in every value it holds here, it is data about an identifiable person:
  the person's name, contact details, address parts (street line, house number, city, postal
  code), precise location, birth date, government or document numbers, card and bank numbers,
  credentials, device/SIM serials, IPs/MACs, advertising ids, health, religion, ethnicity, race,
  citizenship, visa, veteran and disability status, salary, photos of people.
- Green: internal opaque ids (user, order, session, message, vendor object ids, UUIDs), SKUs,
  versions, timestamps, hashes/checksums/fingerprints, amounts, counters, booleans and enums
  about a data field (opt-ins, verified flags, counts, types, strengths), country, region/state,
  locale, timezone, currency, card brand, last four digits and BIN, and anything about a product,
  pet, store, station, job listing, company or page, even under a PII-sounding key (a pet's
  name, birth date and medication; a job listing's salary range; a company's `name`).
- Attributes of a person outside every default category (loyalty tier, points, plan, years of
  experience, budget, preferences) are green: the Portal has no category for them.
- Names of staff (technicians, instructors, vets, shoppers) are people's names: `name`. Business
  contact numbers (a clinic's switchboard) and assets the business owns (fleet vehicles' VIN,
  plate and telematics MAC, door controllers, card readers, charging stations) are green; the
  customer's own vehicle, devices and SIM are personal (`serial`, `mac`, `license|identification`).
- Card expiry month/year, BIN and last four digits are green; full PAN and CVC are red.
- A boolean or enum that states the sensitive attribute itself (a veteran or disability
  self-identification, a visa requirement) carries that attribute.
- Customer-facing numbers printed on a card or document and issued to the person (loyalty,
  transit, student, voter, policy, membership numbers) are `identification` (or
  `identification|serial` for chip/card serials); vehicle plates are `license|identification`,
  VINs `serial`; SIM ICCID, IMEI and eSIM EID `serial`; an MSISDN is a `phone`. Internal
  customer/account numbers that work like a user id stay green. A Spanish driving licence
  number is the holder's DNI, so it is red `national id|license`.
- PINs, one-time codes, door access codes and eSIM activation codes are credentials (red).
- Free text is labelled by the PII it carries in every value; such leaves are `value_only`.
- `value_only` is true when the key does not name the kind of PII (neutral keys such as `value`,
  `recipient`, `to`, `data`, `q`, `Body`, vendor merge-field codes), so only the value can tell.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- local value generators ------------------------------------------------------------------------

FIRSTS = [
    "Aoife",
    "Tomasz",
    "Ingrid",
    "Dmitri",
    "Leilani",
    "Thabo",
    "Camila",
    "Jürgen",
    "Nnamdi",
    "Siobhan",
    "Rahul",
    "Anneke",
    "Giulia",
    "Kenji",
    "Marisol",
    "Ewa",
    "Lars",
    "Adaeze",
    "Hamid",
    "Beatriz",
    "Claire",
    "Tyrone",
    "Wen",
    "Ifeoma",
    "Sven",
    "Lucía",
    "Marco",
    "Grace",
    "Daniel",
]
LASTS = [
    "Fitzgerald",
    "Nowak",
    "Lindqvist",
    "Volkov",
    "Kahananui",
    "Ndlovu",
    "Ferreira",
    "Schäfer",
    "Obi",
    "Walsh",
    "Mehta",
    "de Vries",
    "Bianchi",
    "Tanaka",
    "Delgado",
    "Wiśniewska",
    "Berg",
    "Eze",
    "Rahimi",
    "Costa",
    "Martin",
    "Jackson",
    "Liu",
    "Adeyemi",
    "Holm",
    "Romero",
    "Conti",
]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "icloud.com", "proton.me"]


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def person(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def mail(f: Fake) -> str:
    u = first(f).lower().replace("ü", "ue").replace("í", "i")
    tail = last(f).lower().replace(" ", "").replace("ś", "s").replace("ä", "ae")
    return f"{u}{f.pick(['.', '_', ''])}{tail}{f.pick(['', str(f.r.randint(1, 99))])}@{f.pick(MAIL_DOMAINS)}"


def n(f: Fake, k: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(k))


def phone_intl(f: Fake) -> str:
    return f.pick(
        [
            f"+44 7700 {n(f, 6)}",
            f"+49 151 {n(f, 8)}",
            f"+33 6 {n(f, 2)} {n(f, 2)} {n(f, 2)} {n(f, 2)}",
            f"+55 11 9{n(f, 4)}-{n(f, 4)}",
            f"+91 98{n(f, 3)} {n(f, 5)}",
            f"+61 4{n(f, 2)} {n(f, 3)} {n(f, 3)}",
            f"+1 415-{f.r.randint(200, 999)}-{n(f, 4)}",
            f"+81 90-{n(f, 4)}-{n(f, 4)}",
            f"+31 6 {n(f, 8)}",
        ]
    )


def phone_e164(f: Fake) -> str:
    prefix, digits = f.pick(
        [("+1415", 7), ("+447", 9), ("+49151", 8), ("+336", 8), ("+55119", 8), ("+4670", 7), ("+485", 8)]
    )
    return prefix + str(f.r.randint(2, 9)) + n(f, digits - 1)


def phone_us(f: Fake) -> str:
    a, b = f.r.randint(201, 989), f.r.randint(200, 999)
    return f.pick([f"({a}) {b}-{n(f, 4)}", f"{a}-{b}-{n(f, 4)}", f"{a}.{b}.{n(f, 4)}"])


def phone_uk_national(f: Fake) -> str:
    return f.pick([f"07{n(f, 3)} {n(f, 6)}", f"020 {n(f, 4)} {n(f, 4)}"])


def phone_de_national(f: Fake) -> str:
    return f.pick([f"0151 {n(f, 8)}", f"030 {n(f, 7)}", f"0176/{n(f, 7)}"])


def phone_br(f: Fake) -> str:
    return f.pick([f"(11) 9{n(f, 4)}-{n(f, 4)}", f"(21) 9{n(f, 4)}-{n(f, 4)}"])


def phone_fr(f: Fake) -> str:
    return "0" + f.pick(["6", "7"]) + " " + " ".join(n(f, 2) for _ in range(4))


def phone_se(f: Fake) -> str:
    return f"07{f.r.randint(0, 9)}-{n(f, 3)} {n(f, 2)} {n(f, 2)}"


def phone_pl(f: Fake) -> str:
    return f"{f.r.randint(500, 899)} {n(f, 3)} {n(f, 3)}"


def phone_nl(f: Fake) -> str:
    return f"06-{n(f, 8)}"


def phone_it(f: Fake) -> str:
    return f"3{n(f, 2)} {n(f, 3)} {n(f, 4)}"


def street_us(f: Fake) -> str:
    names = ["Willow Creek Dr", "N Halsted St", "Juniper Ave", "Lakeview Terrace", "Old Mill Rd"]
    return f"{f.r.randint(10, 9899)} {f.pick(names)}"


def street_uk(f: Fake) -> str:
    names = ["Kingsley Road", "Victoria Crescent", "Mill Lane", "Church Street"]
    return f"{f.r.randint(1, 220)} {f.pick(names)}"


def street_any(f: Fake) -> str:
    return f.pick([street_us(f), street_uk(f)])


def zip_us(f: Fake) -> str:
    return f.pick([n(f, 5), f"{n(f, 5)}-{n(f, 4)}"])


def postcode_uk(f: Fake) -> str:
    return (
        f.pick(["SW1A", "M14", "LS6", "EH3", "BS8", "CF10"])
        + " "
        + str(f.r.randint(1, 9))
        + f.pick(["AB", "QT", "HX", "NW"])
    )


def postcode_ca(f: Fake) -> str:
    return (
        f.pick(["M5V", "H2X", "V6B", "T2P"])
        + " "
        + f"{f.r.randint(1, 9)}{f.pick('ABCEGHJ')}{f.r.randint(1, 9)}"
    )


def any_zip(f: Fake) -> str:
    return f.pick([zip_us(f), postcode_uk(f), postcode_ca(f)])


US_CITIES = ["Portland", "Cleveland", "Raleigh", "Tucson", "Madison", "Boise", "Richmond", "Omaha"]
UK_CITIES = ["Leeds", "Bristol", "Manchester", "Cardiff", "Edinburgh", "Brighton"]
DE_CITIES = ["München", "Hamburg", "Köln", "Leipzig", "Freiburg im Breisgau"]
FR_CITIES = ["Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse"]
BR_CITIES = ["São Paulo", "Campinas", "Belo Horizonte", "Curitiba"]
NL_CITIES = ["Utrecht", "Eindhoven", "Groningen", "Haarlem"]


def city_any(f: Fake) -> str:
    return f.pick(US_CITIES + UK_CITIES)


def full_address_us(f: Fake) -> str:
    return f"{street_us(f)}, {f.pick(US_CITIES)}, {f.pick(['OR', 'OH', 'NC', 'AZ'])} {n(f, 5)}"


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for w in (10, 11):
        s = sum(x * (w - i) for i, x in enumerate(d))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f.pick([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s])


def dni(f: Fake) -> str:
    num = f.r.randint(10_000_000, 99_999_999)
    return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        last_digit = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last_digit < 10:
            return "".join(map(str, d)) + str(last_digit)


def pesel(f: Fake) -> str:
    y, m, day = f.r.randint(60, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    d = [int(c) for c in f"{y:02d}{m:02d}{day:02d}{n(f, 4)}"]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return "".join(map(str, d)) + str((10 - sum(a * b for a, b in zip(d, w, strict=True)) % 10) % 10)


def personnummer(f: Fake) -> str:
    body = f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{n(f, 3)}"
    full = f.luhn_complete(body)
    return f"{full[:6]}-{full[6:]}"


_CF_ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [*_CF_ODD_DIGITS, *_CF_ODD_DIGITS, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)


def codice_fiscale(f: Fake) -> str:
    letters = "BCDFGLMNPRSTVZ"
    head = "".join(f.pick(letters) for _ in range(6))
    year, month, day = f.r.randint(60, 99), f.pick("ABCDEHLMPRST"), f.r.randint(1, 71)
    body = f"{head}{year}{month}{day:02d}{f.pick('ACFGHL')}{f.r.randint(100, 999)}"
    total = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + total % 26)


def nir(f: Fake) -> str:
    sex, year, month, dept = f.r.randint(1, 2), f.r.randint(60, 99), f.r.randint(1, 12), f.r.randint(1, 95)
    body = f"{sex}{year}{month:02d}{dept:02d}{n(f, 3)}{n(f, 3)}"
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


def nino(f: Fake) -> str:
    return f"{f.pick(['AB', 'CE', 'JG', 'PR', 'SH', 'WL'])}{n(f, 6)}{f.pick('ABCD')}"


def passport_no(f: Fake) -> str:
    return f.pick([n(f, 9), "C" + f.pick("FGHJK") + n(f, 7), f.pick("KLX") + n(f, 7)])


def dl_us(f: Fake) -> str:
    return f.pick(["D", "S", "F"]) + n(f, 7)


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick(['AB', 'LK', 'YR'])}{f.r.randint(10, 74)} {f.pick(['CDE', 'XJN', 'HMV'])}",
            f"{f.r.randint(1, 9)}{f.pick(['ABC', 'KTR', 'XYV'])}{n(f, 3)}",
            f"{f.pick(['B', 'M', 'HH'])}-{f.pick(['MK', 'TX', 'QA'])} {f.r.randint(100, 9999)}",
        ]
    )


def vin(f: Fake) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["1HG", "WVW", "5YJ", "JTD", "WBA"]) + "".join(f.pick(alphabet) for _ in range(14))


def iccid(f: Fake) -> str:
    return f.luhn_complete("8944" + n(f, 14))


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "01"]) + n(f, 12))


def eid(f: Fake) -> str:
    return "89049032" + n(f, 24)


def sha(f: Fake, k: int = 64) -> str:
    return f.hexid(k)


def api_key(f: Fake) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f.pick(
        [
            "sk_live_" + "".join(f.pick(alnum) for _ in range(28)),
            "SG."
            + "".join(f.pick(alnum) for _ in range(22))
            + "."
            + "".join(f.pick(alnum) for _ in range(43)),
            "glpat-" + "".join(f.pick(alnum) for _ in range(20)),
            f.secret(),
        ]
    )


def password(f: Fake) -> str:
    return f.pick(["Summer2024!", "hunter2", "P@ssw0rd123", "ilovemydog", "Qx7!pLr9#vT2"]) + f.pick(
        ["", "$", "7"]
    )


def exif_time(f: Fake) -> str:
    return f"2024:{f.r.randint(1, 12):02d}:{f.r.randint(1, 28):02d} 14:0{f.r.randint(0, 9)}:00"


def gps_pair(f: Fake) -> str:
    return f"{f.lat()},{f.lon()}"


def birth(f: Fake) -> str:
    return f.date(1948, 2006)


def uni_applicant_ts(f: Fake) -> int:
    return f.epoch_ms()


def order_no_like_phone(f: Fake) -> str:
    """Ten-digit order numbers that look like NANP phone numbers: green."""
    return f"{f.r.randint(201, 989)}{n(f, 7)}"


def c(v):
    return G(lambda f: v)


def pk(*opts):
    return G(lambda f: f.pick(list(opts)))


def ver(f: Fake) -> str:
    return f"{f.r.randint(1, 9)}.{f.r.randint(0, 30)}.{f.r.randint(0, 9)}"


# -- contexts ----------------------------------------------------------------------------------------


def web_ctx(f: Fake):
    return {
        "library": {"name": c("analytics.js"), "version": pk("npm:next-1.72.0", "next-1.74.1")},
        "page": {
            "path": pk("/", "/checkout", "/account", "/book"),
            "referrer": pk("https://www.google.com/", "", "https://l.facebook.com/"),
            "search": pk("", "?utm_source=newsletter&utm_medium=email", "?ref=app"),
            "title": pk("Home", "Checkout", "My account", "Book now"),
            "url": G(
                lambda f: (
                    "https://www."
                    + f.pick(["freshcart.example", "parkly.example"])
                    + f.pick(["/", "/checkout"])
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {"brand": pk("Chromium", "Google Chrome", "Not-A.Brand"), "version": pk("124", "99")}, 3
            ),
            "mobile": pk(False, True),
            "platform": pk("Windows", "Linux", "macOS"),
        },
        "locale": pk("en-US", "en-GB", "de-DE"),
        "timezone": pk("America/Chicago", "Europe/Berlin", "Europe/London"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "source": pk("google", "newsletter", "tiktok"),
            "medium": pk("cpc", "email", "paid_social"),
            "name": pk("spring_sale", "gotv_2024", "fall_intake"),
            "content": pk("hero_banner", "cta_footer"),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": c("ChargeUp"),
            "version": G(ver),
            "build": G(lambda f: str(f.r.randint(100, 999))),
            "namespace": c("com.chargeup.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": c("Apple"),
            "model": pk("iPhone15,2", "iPhone14,5", "iPad13,1"),
            "name": pk("iPhone", "iPad"),
            "type": c("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": pk(True, False),
        },
        "library": {"name": c("analytics-swift"), "version": c("1.5.11")},
        "os": {"name": c("iOS"), "version": pk("17.5.1", "16.7.8")},
        "screen": {"width": c(393), "height": c(852), "density": c(3)},
        "network": {
            "wifi": pk(True, False),
            "cellular": pk(True, False),
            "carrier": pk("Vodafone", "T-Mobile", "O2"),
        },
        "locale": pk("en-GB", "nl-NL"),
        "timezone": pk("Europe/Amsterdam", "Europe/London"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(mail, "email"), "userId": G(lambda f: "usr_" + f.hexid(12))},
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": c("FitHub"),
            "version": G(ver),
            "build": G(lambda f: str(f.r.randint(1000, 4000))),
            "namespace": c("app.fithub.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pk("samsung", "Google", "OnePlus"),
            "model": pk("SM-S918B", "Pixel 8", "CPH2581"),
            "name": pk("dm3q", "shiba", "OP5958L1"),
            "type": c("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": pk(True, False),
        },
        "library": {"name": c("analytics-kotlin"), "version": c("1.15.2")},
        "os": {"name": c("Android"), "version": pk("14", "13")},
        "screen": {"width": c(1080), "height": c(2340), "density": c(2.75)},
        "network": {
            "wifi": pk(True, False),
            "bluetooth": pk(True, False),
            "cellular": pk(True, False),
            "carrier": pk("Telia", "Play", "Vivo"),
        },
        "locale": pk("sv-SE", "pl-PL", "pt-BR"),
        "timezone": pk("Europe/Stockholm", "Europe/Warsaw", "America/Sao_Paulo"),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": c("SnapPrint"),
            "version": G(ver),
            "build": G(lambda f: str(f.r.randint(10, 99))),
            "namespace": c("com.snapprint.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pk("Apple", "Xiaomi"),
            "model": pk("iPhone16,1", "2201117TG"),
            "type": pk("ios", "android"),
        },
        "library": {"name": c("analytics_flutter"), "version": c("1.1.3")},
        "os": {"name": pk("iOS", "Android"), "version": pk("17.4", "13")},
        "screen": {"width": c(390), "height": c(844)},
        "locale": pk("fr-FR", "en-AU", "ja-JP"),
        "timezone": pk("Europe/Paris", "Australia/Sydney", "Asia/Tokyo"),
        "network": {"wifi": pk(True, False)},
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 2), 2)),
        },
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": c("VetPal"),
            "version": G(ver),
            "build": G(lambda f: str(f.r.randint(1, 400))),
            "namespace": c("com.vetpal"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pk("Apple", "samsung"),
            "model": pk("iPhone13,2", "SM-A546B"),
            "type": pk("ios", "android"),
            "adTrackingEnabled": c(False),
        },
        "library": {"name": c("@segment/analytics-react-native"), "version": c("2.20.0")},
        "os": {"name": pk("iOS", "Android"), "version": pk("17.2", "14")},
        "screen": {"width": c(390), "height": c(844), "density": c(3)},
        "network": {"wifi": pk(True, False), "cellular": pk(True, False)},
        "locale": pk("it-IT", "en-US"),
        "timezone": pk("Europe/Rome", "America/New_York"),
        "traits": {"firstName": Y(first, "name"), "phone": Y(phone_intl, "phone")},
    }


def server_ctx(lib: str):
    def ctx(f: Fake):
        return {
            "library": {"name": c(lib), "version": G(ver)},
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        }

    return ctx


def relay_ctx(lib: str, tool: str):
    def ctx(f: Fake):
        return {
            "library": {"name": c(lib), "version": G(ver)},
            "integration": {"name": c(tool), "version": c("1.0.0")},
            "source": {"webhook_id": G(lambda f: "wh_" + f.hexid(10)), "delivery_attempt": pk(1, 1, 2)},
        }

    return ctx


def crm_ctx(f: Fake):
    return {
        "library": {"name": c("analytics-ruby"), "version": c("2.4.3")},
        "traits": {
            "email": Y(mail, "email"),
            "plan": pk("broker_pro", "team"),
            "avatar": Y(lambda f: f"https://cdn.homelead.example/avatars/{f.hexid(12)}.jpg", "photo"),
        },
        "externalIds": Many(
            {
                "id": G(lambda f: "003" + f.hexid(15)),
                "type": c("salesforce_contact_id"),
                "collection": c("users"),
                "encoding": c("none"),
            },
            1,
        ),
        "groupId": G(lambda f: "brk_" + n(f, 5)),
    }


def dotnet_ctx(f: Fake):
    return {
        "library": {"name": c("Analytics.NET"), "version": c("3.8.1")},
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "userAgent": c("Analytics.NET/3.8.1 (.NET 8.0)"),
        "device": {"macAddress": Y(lambda f: f.mac(), "mac")},
    }


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "flutter": flutter_ctx,
    "rn": rn_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("@segment/analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "php": server_ctx("analytics-php"),
    "ruby": crm_ctx,
    "dotnet": dotnet_ctx,
    "twilio": relay_ctx("analytics-node", "twilio-webhook"),
    "stripe": relay_ctx("analytics-go", "stripe-webhook"),
    "forms": relay_ctx("analytics-python", "typeform-webhook"),
    "calendly": relay_ctx("analytics-python", "calendly-webhook"),
    "shopify": relay_ctx("analytics-ruby", "shopify-webhook"),
}


# -- events ------------------------------------------------------------------------------------------

EVENTS = [
    # -- grocery delivery and retail loyalty ------------------------------------------------------
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "FC-" + n(f, 8)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: f.money(15, 240)),
            "currency": pk("USD", "GBP", "EUR"),
            "delivery_slot": pk("2024-06-01T16:00/18:00", "2024-06-02T08:00/10:00"),
            "delivery_address": {
                "line1": Y(street_any, "street|address"),
                "line2": Y(
                    lambda f: f.pick(["Apt ", "Flat ", "Unit "]) + str(f.r.randint(1, 40)), "address|street"
                ),
                "city": Y(city_any, "city"),
                "postal_code": Y(any_zip, "zipcode"),
                "region": pk("OR", "OH", "England", "ON"),
                "country": pk("US", "GB", "CA"),
                "instructions": Y(
                    lambda f: (
                        f.pick(["Leave with neighbour, ring ", "Gate code 4412, call ", "Text me on "])
                        + phone_intl(f)
                    ),
                    "phone",
                    True,
                ),
            },
            "substitutions_allowed": pk(True, False),
            "shopper_name": Y(person, "name"),
            "products": Many(
                {
                    "product_id": G(lambda f: n(f, 6)),
                    "sku": G(lambda f: f.pick(["GR", "DY", "FZ"]) + "-" + n(f, 5)),
                    "name": pk("Organic Bananas", "Oat Milk 1L", "Sourdough Loaf", "Free-range Eggs x12"),
                    "brand": pk("Oatly", "FreshCart Own", "Hovis"),
                    "price": G(lambda f: f.money(0.5, 12)),
                    "quantity": G(lambda f: f.r.randint(1, 6)),
                    "gtin": G(lambda f: "0" + n(f, 12)),
                    "allergens": Many(pk("gluten", "milk", "eggs", "nuts"), 2),
                },
                4,
            ),
            "coupon": pk("", "SUMMER10", "WELCOME5"),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(mail, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "loyaltyCardNumber": Y(lambda f: "6340" + n(f, 12), "identification"),
            "loyaltyTier": pk("silver", "gold", "platinum"),
            "pointsBalance": G(lambda f: f.r.randint(0, 25000)),
            "dietaryPreferences": Many(pk("vegetarian", "vegan", "low_carb", "none"), 2),
            "foodAllergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "lactose", "sesame"]), "allergy"), 2
            ),
            "householdSize": G(lambda f: f.r.randint(1, 6)),
            "emailVerified": pk(True, False),
            "smsOptIn": pk(True, False),
            "createdAt": G(lambda f: f.iso()),
            "homeStore": pk("Leeds Kirkstall", "Utrecht Centraal", "Bristol Harbourside"),
        },
    ),
    (
        "track",
        "Bestellung aufgegeben",
        "web",
        {
            "Bestellnummer": G(lambda f: "B" + n(f, 9)),
            "Warenkorbwert": G(lambda f: f.money(20, 180)),
            "Lieferfenster": pk("Sa 10-12 Uhr", "Mo 18-20 Uhr"),
            "Kunde": {
                "Vorname": Y(first, "name"),
                "Nachname": Y(last, "name"),
                "Telefon": Y(phone_de_national, "phone"),
                "Kundennummer": G(lambda f: n(f, 7)),
                "Geburtsdatum": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                    "birthdate",
                ),
            },
            "Lieferadresse": {
                "Strasse": Y(
                    lambda f: f.pick(["Lindenstraße", "Am Hang", "Schillerweg", "Goethestr."]), "street"
                ),
                "Hausnummer": Y(
                    lambda f: str(f.r.randint(1, 140)) + f.pick(["", "a", "b"]), "address|street"
                ),
                "PLZ": Y(lambda f: n(f, 5), "zipcode"),
                "Ort": Y(lambda f: f.pick(DE_CITIES), "city"),
                "Etage": pk("EG", "1. OG", "3. OG"),
            },
            "Zahlungsart": pk("PayPal", "Kreditkarte", "Lastschrift"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "Gutscheincode": pk("", "FRISCH10"),
            "Pfandflaschen": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Loyalty Points Redeemed",
        "java",
        {
            "TRANSACTION_ID": G(lambda f: n(f, 12)),
            "STORE_NO": G(lambda f: f.r.randint(100, 999)),
            "POS_TERMINAL": G(lambda f: "T" + n(f, 2)),
            "CUST_EMAIL": Y(mail, "email"),
            "CUST_MOBILE": Y(phone_uk_national, "phone"),
            "CARD_NO": Y(lambda f: "6340" + n(f, 12), "identification"),
            "POINTS_REDEEMED": G(lambda f: f.r.randint(100, 5000)),
            "RECEIPT_HASH": G(lambda f: sha(f, 40)),
            "CASHIER_ID": G(lambda f: "E" + n(f, 5)),
        },
    ),
    (
        "page",
        "Store Locator",
        "web",
        {
            "name": c("Store Locator"),
            "path": c("/stores"),
            "url": c("https://www.freshcart.example/stores"),
            "title": c("Find a store | FreshCart"),
            "search_query": Y(lambda f: f.pick([postcode_uk(f), zip_us(f)]), "zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    # -- car rental and parking -------------------------------------------------------------------
    (
        "track",
        "Rental Booked",
        "node",
        {
            "reservationId": G(lambda f: "RSV" + n(f, 10)),
            "pickupBranch": pk("LHR T5", "SFO Airport", "MUC Hbf"),
            "pickupAt": G(lambda f: f.iso()),
            "returnAt": G(lambda f: f.iso()),
            "vehicleClass": pk("CDMR", "IFAR", "SFBR"),
            "driver": {
                "fullName": Y(person, "name"),
                "dob": Y(birth, "birthdate"),
                "licenseNumber": Y(dl_us, "license"),
                "licenseState": pk("CA", "NY", "TX"),
                "licenseExpiry": G(lambda f: f.date(2025, 2032)),
                "email": Y(mail, "email"),
                "mobile": Y(phone_us, "phone"),
            },
            "additionalDrivers": Many({"name": Y(person, "name"), "licenseNumber": Y(dl_us, "license")}, 2),
            "flightNumber": pk("BA287", "LH454", "UA901"),
            "loyaltyNumber": Y(lambda f: "GR" + n(f, 8), "identification"),
            "totalPrice": G(lambda f: f.money(80, 900)),
            "insuranceOption": pk("LDW", "none", "SLI"),
            "youngDriverFee": pk(True, False),
        },
    ),
    (
        "track",
        "Rental Vehicle Returned",
        "go",
        {
            "reservation_id": G(lambda f: "RSV" + n(f, 10)),
            "vin": G(vin),
            "plate": G(plate),
            "odometer_km": G(lambda f: f.r.randint(1000, 90000)),
            "fuel_level_pct": G(lambda f: f.r.randint(0, 100)),
            "return_gps": Y(gps_pair, "geolocation"),
            "damage_reported": pk(True, False),
            "damage_count": G(lambda f: f.r.randint(0, 3)),
            "telematics_unit_mac": G(lambda f: f.mac()),
        },
    ),
    (
        "track",
        "Parking Session Started",
        "kotlin",
        {
            "sessionId": G(lambda f: f.uuid()),
            "zoneCode": G(lambda f: str(f.r.randint(1000, 9999))),
            "licensePlate": Y(plate, "license|identification"),
            "vehicleNickname": pk("Blue Golf", "Work van", "Mum's Fiat"),
            "durationMinutes": pk(30, 60, 120),
            "priceCents": G(lambda f: f.r.randint(100, 1200)),
            "paymentCardLast4": G(lambda f: n(f, 4)),
            "paymentCardBrand": pk("visa", "mastercard", "amex"),
            "userLat": Y(lambda f: f.lat(), "geolocation"),
            "userLng": Y(lambda f: f.lon(), "geolocation"),
            "reminderSms": pk(True, False),
        },
    ),
    (
        "track",
        "Multa registrada",
        "php",
        {
            "id_multa": G(lambda f: n(f, 8)),
            "matricula": Y(lambda f: f"{n(f, 4)} {f.pick(['BCD', 'KLM', 'HZR'])}", "license|identification"),
            "conductor": {
                "nombre": Y(first, "name"),
                "apellidos": Y(lambda f: f"{last(f)} {last(f)}", "name"),
                "dni": RED(dni, "national id"),
                "carnet_conducir": RED(dni, "national id|license"),
                "fecha_nacimiento": Y(birth, "birthdate"),
                "correo": Y(mail, "email"),
            },
            "importe": G(lambda f: f.pick([90, 200, 500])),
            "zona": pk("ORA azul", "ORA verde"),
            "recurrida": pk(True, False),
        },
    ),
    # -- EV charging and transit cards ------------------------------------------------------------
    (
        "track",
        "Charging Session Completed",
        "swift",
        {
            "sessionId": G(lambda f: f.uuid()),
            "stationId": G(lambda f: "DE*CHU*E" + n(f, 5)),
            "connectorType": pk("CCS2", "Type 2", "CHAdeMO"),
            "energyKwh": G(lambda f: round(f.r.uniform(4, 80), 2)),
            "durationSec": G(lambda f: f.r.randint(600, 7200)),
            "costEur": G(lambda f: f.money(3, 60)),
            "rfidTagUid": Y(
                lambda f: ":".join(f.hexid(2).upper() for _ in range(7)), "identification|serial"
            ),
            "vehicleVin": Y(vin, "serial"),
            "vehicleModel": pk("Tesla Model 3", "VW ID.4", "Kia EV6"),
            "stateOfChargeEnd": G(lambda f: f.r.randint(40, 100)),
            "chargerFirmware": G(ver),
            "userLocation": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lon": Y(lambda f: f.lon(), "geolocation"),
                "accuracyM": G(lambda f: f.r.randint(3, 60)),
            },
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "nome_completo": Y(person, "name"),
            "cpf": RED(cpf, "national id"),
            "celular": Y(phone_br, "phone"),
            "cep": Y(lambda f: f"{n(f, 5)}-{n(f, 3)}", "zipcode"),
            "endereco": Y(
                lambda f: f"Rua {f.pick(['Augusta', 'das Flores', 'Oscar Freire'])}, {f.r.randint(1, 2000)}",
                "address|street",
            ),
            "bairro": Y(lambda f: f.pick(["Pinheiros", "Vila Madalena", "Moema"]), "address|city"),
            "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
            "uf": pk("SP", "MG", "PR"),
            "plano": pk("carrega_mais", "basico"),
            "aceita_whatsapp": pk(True, False),
        },
    ),
    (
        "track",
        "Transit Card Topped Up",
        "flutter",
        {
            "card_number": Y(
                lambda f: "0" + n(f, 3) + " " + n(f, 4) + " " + n(f, 4), "identification|serial"
            ),
            "card_type": pk("adult", "student", "senior_concession"),
            "topup_amount": G(lambda f: f.pick([10, 20, 50])),
            "balance_after": G(lambda f: f.money(0, 120)),
            "payment_method": pk("apple_pay", "card", "google_pay"),
            "autoload_enabled": pk(True, False),
            "concession_id": Y(lambda f: "CON" + n(f, 7), "identification"),
            "holder_photo_url": Y(
                lambda f: f"https://photos.transit.example/holders/{f.uuid()}.png", "photo"
            ),
            "txn_ref": G(lambda f: order_no_like_phone(f)),
        },
    ),
    (
        "track",
        "Journey Tapped",
        "java",
        {
            "tapId": G(lambda f: n(f, 14)),
            "readerSerial": G(lambda f: "RDR-" + f.hexid(8).upper()),
            "mode": pk("bus", "tram", "metro"),
            "routeNo": pk("12", "N47", "M2"),
            "fareCents": G(lambda f: f.r.randint(150, 480)),
            "zone": pk(1, 2, 3),
            "cardUid": Y(lambda f: f.hexid(14).upper(), "identification|serial"),
            "tappedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- university admissions --------------------------------------------------------------------
    (
        "track",
        "Application Submitted",
        "web",
        {
            "applicationId": G(lambda f: "APP-2025-" + n(f, 6)),
            "programCode": pk("MSC-CS", "BA-HIST", "MBA-FT"),
            "intakeTerm": pk("Fall 2025", "Spring 2026"),
            "applicant": {
                "givenName": Y(first, "name"),
                "familyName": Y(last, "name"),
                "preferredName": Y(first, "name"),
                "dateOfBirth": Y(birth, "birthdate"),
                "citizenship": Y(
                    lambda f: f.pick(["Nigerian", "Indian", "Canadian", "Brazilian"]), "citizenship"
                ),
                "passportNumber": RED(passport_no, "passport"),
                "requiresStudentVisa": RED(lambda f: f.pick([True, False]), "visa"),
                "ethnicity": Y(
                    lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Prefer not to say"]),
                    "ethnicity",
                ),
                "race": Many(
                    Y(
                        lambda f: f.pick(
                            [
                                "Asian",
                                "Black or African American",
                                "White",
                                "American Indian or Alaska Native",
                            ]
                        ),
                        "race",
                    ),
                    2,
                ),
                "gender": Y(lambda f: f.pick(["woman", "man", "non-binary"]), "gender"),
                "legalSex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
                "veteranStatus": RED(
                    lambda f: f.pick(["not a veteran", "protected veteran", "active duty"]), "veteran"
                ),
            },
            "essayWordCount": G(lambda f: f.r.randint(300, 650)),
            "recommenders": Many(
                {
                    "name": Y(person, "name"),
                    "email": Y(mail, "email"),
                    "relationship": pk("teacher", "counselor", "employer"),
                },
                3,
            ),
            "applicationFeePaid": G(lambda f: f.pick([0, 75, 90])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "python",
        {
            "document_type": pk("transcript", "passport_scan", "test_report"),
            "file_name": G(lambda f: f.pick(["scan_0012.pdf", "doc.pdf", "IMG_4821.HEIC"])),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "sha256": G(lambda f: sha(f)),
            "mime": pk("application/pdf", "image/heic"),
            "student_number": Y(lambda f: "S" + n(f, 8), "identification"),
            "ssn_provided": pk(True, False),
            "toefl_registration_no": Y(lambda f: "0000000" + n(f, 9), "identification|certificate"),
            "disability_accommodation": RED(
                lambda f: f.pick(["extended exam time", "screen reader", "wheelchair access"]), "disability"
            ),
        },
    ),
    (
        "screen",
        "Application Status",
        "rn",
        {
            "name": c("Application Status"),
            "status": pk("under_review", "admitted", "waitlisted"),
            "decision_release_at": G(lambda f: f.iso()),
            "portal_version": G(ver),
        },
    ),
    # -- job boards and freelancer platforms ------------------------------------------------------
    (
        "track",
        "Job Viewed",
        "web",
        {
            "jobId": G(lambda f: n(f, 9)),
            "title": pk("Senior Backend Engineer", "Warehouse Associate", "Registered Nurse"),
            "company": pk("Globex", "Northwind Logistics", "St Mary's Hospital"),
            "salaryMin": G(lambda f: f.r.randint(30, 90) * 1000),
            "salaryMax": G(lambda f: f.r.randint(91, 180) * 1000),
            "salaryCurrency": pk("USD", "EUR"),
            "remote": pk(True, False),
            "jobCity": pk("Remote", "Austin", "Rotterdam"),
            "postedAt": G(lambda f: f.iso()),
            "recruiterContactShown": pk(True, False),
        },
    ),
    (
        "track",
        "Job Application Started",
        "node",
        {
            "job_id": G(lambda f: n(f, 9)),
            "candidate": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email_address": Y(mail, "email"),
                "phone_number": Y(phone_intl, "phone"),
                "current_salary": Y(lambda f: f.r.randint(28, 160) * 1000, "salary"),
                "desired_salary": Y(lambda f: f.r.randint(30, 180) * 1000, "salary"),
                "work_authorization": RED(
                    lambda f: f.pick(["H-1B", "F-1 OPT", "TN", "requires sponsorship"]), "visa"
                ),
                "is_protected_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
                "has_disability": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
                "years_experience": G(lambda f: f.r.randint(0, 30)),
                "resume_id": G(lambda f: f.uuid()),
            },
            "source": pk("indeed", "referral", "career_site"),
            "eeo_form_shown": pk(True, False),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "display_name": Y(person, "name"),
            "hourly_rate": Y(lambda f: f.r.randint(20, 180), "salary"),
            "payout": {
                "method": pk("sepa", "paypal", "wise"),
                "iban": RED(lambda f: f.iban(f.pick(["FR", "NL", "ES"])), "bank account"),
                "account_holder": Y(person, "name"),
                "tax_residency": pk("FR", "NL", "ES"),
            },
            "skills": Many(pk("react", "copywriting", "figma", "python"), 3),
            "profile_photo": Y(
                lambda f: f"https://cdn.gigly.example/u/{f.hexid(10)}/avatar_400.jpg", "photo"
            ),
            "identity_verified": pk(True, False),
            "tax_id": RED(lambda f: nir(f), "national id"),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
        },
    ),
    (
        "track",
        "Milestone Paid",
        "stripe",
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": c("payment_intent.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_" + f.hexid(24)),
                    "amount": G(lambda f: f.r.randint(5000, 500000)),
                    "currency": pk("eur", "usd"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "receipt_email": Y(mail, "email"),
                    "description": G(
                        lambda f: "Milestone " + str(f.r.randint(1, 5)) + " - contract " + n(f, 6)
                    ),
                    "billing_details": {
                        "name": Y(person, "name"),
                        "email": Y(mail, "email"),
                        "phone": Y(phone_e164, "phone"),
                        "address": {
                            "line1": Y(street_any, "street|address"),
                            "line2": Y(lambda f: "Suite " + str(f.r.randint(100, 900)), "address|street"),
                            "city": Y(city_any, "city"),
                            "postal_code": Y(any_zip, "zipcode"),
                            "state": pk("CA", "WA", ""),
                            "country": pk("US", "GB"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": pk("visa", "mastercard"),
                            "last4": G(lambda f: n(f, 4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                            "fingerprint": G(lambda f: f.hexid(16)),
                            "funding": pk("credit", "debit"),
                            "country": pk("US", "GB", "DE"),
                        },
                        "type": c("card"),
                    },
                    "metadata": {
                        "contract_id": G(lambda f: n(f, 6)),
                        "freelancer_id": G(lambda f: "fl_" + f.hexid(8)),
                    },
                },
            },
            "livemode": c(True),
        },
    ),
    # -- church and non-profit membership ---------------------------------------------------------
    (
        "track",
        "Donation Received",
        "php",
        {
            "DonationId": G(lambda f: n(f, 7)),
            "Amount": G(lambda f: f.money(5, 1000)),
            "Fund": pk("General Fund", "Building Fund", "Missions"),
            "Recurring": pk(True, False),
            "GiftAid": pk(True, False),
            "DonorFirstName": Y(first, "name"),
            "DonorLastName": Y(last, "name"),
            "DonorEmail": Y(mail, "email"),
            "DonorHomePhone": Y(phone_uk_national, "phone"),
            "DonorAddress1": Y(street_uk, "street|address"),
            "DonorPostcode": Y(postcode_uk, "zipcode"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "InMemoryOf": Y(person, "name"),
            "Campus": pk("North Leeds", "City Centre"),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "Member Name": Y(person, "name"),
            "Email Address": Y(mail, "email"),
            "Mobile Phone": Y(phone_uk_national, "phone"),
            "Date of Birth": Y(
                lambda f: f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)}/{f.r.randint(1940, 2005)}", "birthdate"
            ),
            "Denomination": Y(
                lambda f: f.pick(["Anglican", "Methodist", "Roman Catholic", "Baptist"]), "religion"
            ),
            "Small Group": pk("Tuesday Alpha", "Young Adults", "Men's Breakfast"),
            "Member Since": G(lambda f: f.date(1990, 2024)),
            "Pastoral Care Notes": Y(
                lambda f: f.pick(
                    [
                        "Recovering from hip replacement surgery",
                        "Undergoing chemotherapy for breast cancer",
                        "Recently diagnosed with type 1 diabetes",
                    ]
                ),
                "condition|procedure|diagnosis",
                True,
            ),
            "Prayer Request Shared": pk(True, False),
        },
    ),
    (
        "track",
        "Don effectué",
        "php",
        {
            "montant": G(lambda f: f.money(10, 500)),
            "devise": c("EUR"),
            "recu_fiscal": pk(True, False),
            "donateur": {
                "civilite": Y(lambda f: f.pick(["M.", "Mme"]), "gender|sex"),
                "prenom": Y(first, "name"),
                "nom": Y(last, "name"),
                "adresse": Y(
                    lambda f: (
                        f"{f.r.randint(1, 90)} rue {f.pick(['de la République', 'Victor Hugo', 'des Lilas'])}"
                    ),
                    "address|street",
                ),
                "code_postal": Y(lambda f: n(f, 5), "zipcode"),
                "ville": Y(lambda f: f.pick(FR_CITIES), "city"),
                "telephone": Y(phone_fr, "phone"),
            },
            "rib_iban": RED(lambda f: f.iban("FR"), "bank account"),
            "campagne": pk("noel_2024", "urgence_climat"),
        },
    ),
    (
        "group",
        None,
        "python",
        {
            "name": pk("St Aidan's Parish", "Grace Community Church", "Hope Food Bank"),
            "charity_number": G(lambda f: n(f, 7)),
            "plan": pk("starter", "growth"),
            "members_count": G(lambda f: f.r.randint(20, 3000)),
            "address_verified": pk(True, False),
            "industry": pk("Religious Organization", "Non-profit"),
        },
    ),
    # -- political campaign volunteering ----------------------------------------------------------
    (
        "track",
        "Volunteer Signed Up",
        "web",
        {
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "email": Y(mail, "email"),
            "mobile-phone": Y(phone_us, "phone"),
            "zip-code": Y(zip_us, "zipcode"),
            "street-address": Y(street_us, "street|address"),
            "sms-consent": pk(True, False),
            "shift-preference": pk("weekday_evenings", "weekends"),
            "t-shirt-size": pk("S", "M", "L", "XL"),
            "can-drive": pk(True, False),
            "referred-by": Y(mail, "email", True),
        },
    ),
    (
        "track",
        "Canvass Door Knocked",
        "rn",
        {
            "turfId": G(lambda f: "T" + n(f, 4)),
            "voterId": Y(lambda f: "OH" + n(f, 10), "identification"),
            "voterName": Y(person, "name"),
            "residenceAddress": Y(full_address_us, "address"),
            "result": pk("not_home", "talked", "refused", "moved"),
            "doorGps": Y(gps_pair, "geolocation"),
            "canvasserNote": Y(
                lambda f: (
                    "Spoke with " + person(f) + f.pick([", wants a yard sign", ", call back after 6pm", ""])
                ),
                "name",
                True,
            ),
            "literatureDropped": pk(True, False),
        },
    ),
    (
        "track",
        "Inbound SMS",
        "twilio",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone_e164, "phone", True),
            "To": Y(phone_e164, "phone", True),
            "Body": Y(
                lambda f: f.pick(["STOP", "YES count me in", "Can I volunteer Saturday?"]) + " - " + first(f),
                "name",
                True,
            ),
            "NumMedia": pk("0", "1"),
            "FromCity": Y(lambda f: f.pick(US_CITIES).upper(), "city"),
            "FromState": pk("OH", "NC", "AZ"),
            "FromZip": Y(lambda f: n(f, 5), "zipcode"),
            "FromCountry": c("US"),
            "SmsStatus": c("received"),
            "ApiVersion": c("2010-04-01"),
        },
    ),
    # -- real-estate CRM --------------------------------------------------------------------------
    (
        "track",
        "Lead Created",
        "ruby",
        {
            "lead_id": G(lambda f: n(f, 8)),
            "listing_id": G(lambda f: "MLS" + n(f, 8)),
            "list_price": G(lambda f: f.r.randint(200, 2500) * 1000),
            "bedrooms": G(lambda f: f.r.randint(1, 6)),
            "buyer_name": Y(person, "name"),
            "buyer_email": Y(mail, "email"),
            "buyer_phone": Y(phone_us, "phone"),
            "current_home_address": Y(full_address_us, "address"),
            "pre_approved": pk(True, False),
            "max_budget": G(lambda f: f.r.randint(200, 2500) * 1000),
            "annual_household_income": Y(lambda f: f.r.randint(40, 400) * 1000, "salary"),
            "message": Y(
                lambda f: "Hi, this is " + person(f) + ", I'd like to see the place this weekend.",
                "name",
                True,
            ),
            "source": pk("zillow", "website", "open_house"),
        },
    ),
    (
        "track",
        "Contact Synced",
        "ruby",
        {
            "hs_object_id": G(lambda f: n(f, 11)),
            "firstname": Y(first, "name"),
            "lastname": Y(last, "name"),
            "email": Y(mail, "email"),
            "mobilephone": Y(phone_us, "phone"),
            "address": Y(street_us, "address|street"),
            "city": Y(lambda f: f.pick(US_CITIES), "city"),
            "zip": Y(zip_us, "zipcode"),
            "state": pk("OR", "NC"),
            "lifecyclestage": pk("lead", "opportunity", "customer"),
            "hubspot_owner_id": G(lambda f: n(f, 9)),
            "hs_lead_status": pk("NEW", "OPEN", "CONNECTED"),
            "num_contacted_notes": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "group",
        None,
        "ruby",
        {
            "name": pk("Harbor Realty Group", "Keystone Homes LLC"),
            "license_count": G(lambda f: f.r.randint(1, 80)),
            "brokerage_license": G(lambda f: "BRK-" + n(f, 6)),
            "employees": G(lambda f: f.r.randint(2, 300)),
            "website": pk("https://harborrealty.example", "https://keystonehomes.example"),
            "phone_support_enabled": pk(True, False),
        },
    ),
    (
        "track",
        "Showing Scheduled",
        "calendly",
        {
            "event": c("invitee.created"),
            "payload": {
                "name": Y(person, "name"),
                "email": Y(mail, "email"),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "text_reminder_number": Y(phone_intl, "phone"),
                "timezone": pk("America/Los_Angeles", "America/New_York"),
                "rescheduled": pk(False, True),
                "questions_and_answers": Many(
                    {
                        "question": c("Anything we should know before the showing?"),
                        "answer": Y(
                            lambda f: (
                                f.pick(
                                    ["Please call ", "Reach me on ", "My husband will come too, his cell is "]
                                )
                                + phone_us(f)
                            ),
                            "phone",
                            True,
                        ),
                        "position": c(0),
                    },
                    1,
                ),
                "scheduled_event": {
                    "name": c("30 Minute Showing"),
                    "start_time": G(lambda f: f.iso()),
                    "uri": G(lambda f: "https://api.calendly.com/scheduled_events/" + f.uuid()),
                },
                "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
            },
        },
    ),
    # -- home services ----------------------------------------------------------------------------
    (
        "track",
        "Service Booked",
        "swift",
        {
            "bookingId": G(lambda f: f.uuid()),
            "serviceType": pk("plumbing", "deep_clean", "electrician", "boiler_service"),
            "providerName": pk("QuickFix Plumbing Ltd", "Sparkle Cleaners", "Brightway Electrical"),
            "technicianName": Y(person, "name"),
            "customerAddress": {
                "street": Y(street_uk, "street"),
                "city": Y(lambda f: f.pick(UK_CITIES), "city"),
                "postcode": Y(postcode_uk, "zipcode"),
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "accessCode": RED(lambda f: str(f.r.randint(1000, 9999)) + "#", "password|secret"),
            "petsAtHome": pk(True, False),
            "priceQuote": G(lambda f: f.money(60, 400)),
            "arrivalWindow": pk("08:00-12:00", "12:00-16:00"),
            "photosAttached": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Afspraak ingepland",
        "go",
        {
            "afspraak_id": G(lambda f: n(f, 9)),
            "dienst": pk("cv-ketel onderhoud", "glazenwassen"),
            "klant": {
                "voornaam": Y(first, "name"),
                "achternaam": Y(last, "name"),
                "telefoonnummer": Y(phone_nl, "phone"),
                "postcode": Y(lambda f: f"{f.r.randint(1000, 9999)} {f.pick(['AB', 'KL', 'XZ'])}", "zipcode"),
                "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "address|street"),
                "woonplaats": Y(lambda f: f.pick(NL_CITIES), "city"),
            },
            "tijdvak": pk("ochtend", "middag"),
            "betaald": pk(True, False),
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        {
            "review_id": G(lambda f: n(f, 7)),
            "booking_id": G(lambda f: f.uuid()),
            "stars": pk(1, 2, 3, 4, 5),
            "headline": pk("Great job", "Late but good", "Would book again"),
            "reviewer_display": Y(lambda f: first(f) + " " + last(f)[0] + ".", "name", True),
            "verified_booking": pk(True, False),
        },
    ),
    # -- veterinary clinics -----------------------------------------------------------------------
    (
        "track",
        "Vet Appointment Booked",
        "rn",
        {
            "appointmentId": G(lambda f: "APT" + n(f, 7)),
            "clinicName": pk("Riverside Animal Hospital", "Paws & Claws Vets"),
            "vetName": Y(lambda f: "Dr. " + person(f), "name"),
            "reason": pk("vaccination", "dental", "limping", "annual_checkup"),
            "pet": {
                "name": pk("Biscuit", "Luna", "Mr Whiskers", "Pepper", "Rocky"),
                "species": pk("dog", "cat", "rabbit"),
                "breed": pk("Labrador Retriever", "Maine Coon", "Holland Lop"),
                "birthDate": G(lambda f: f.date(2012, 2023)),
                "sex": pk("male_neutered", "female_spayed", "male"),
                "weightKg": G(lambda f: round(f.r.uniform(1, 45), 1)),
                "allergies": Many(pk("chicken protein", "flea saliva", "none"), 2),
                "medications": Many(pk("Apoquel", "Bravecto", "Metacam"), 2),
                "diagnosis": pk("otitis externa", "hip dysplasia", "healthy"),
                "photoUrl": G(lambda f: f"https://cdn.vetpal.example/pets/{f.hexid(12)}.jpg"),
                "insured": pk(True, False),
            },
            "owner": {
                "fullName": Y(person, "name"),
                "phone": Y(phone_intl, "phone"),
                "email": Y(mail, "email"),
                "address": Y(full_address_us, "address"),
            },
            "firstVisit": pk(True, False),
        },
    ),
    (
        "track",
        "Visita completata",
        "rn",
        {
            "id_visita": G(lambda f: n(f, 8)),
            "animale": {
                "nome": pk("Fido", "Micia", "Birba"),
                "specie": pk("cane", "gatto"),
                "data_nascita": G(lambda f: f.date(2010, 2023)),
                "farmaci": Many(pk("Synulox", "Milbemax"), 2),
            },
            "proprietario": {
                "nome": Y(first, "name"),
                "cognome": Y(last, "name"),
                "codice_fiscale": RED(codice_fiscale, "national id"),
                "cellulare": Y(phone_it, "phone"),
                "indirizzo": Y(
                    lambda f: f"Via {f.pick(['Roma', 'Garibaldi', 'Mazzini'])} {f.r.randint(1, 120)}",
                    "address|street",
                ),
            },
            "totale": G(lambda f: f.money(30, 400)),
            "pagato_con": pk("bancomat", "contanti", "carta"),
        },
    ),
    (
        "screen",
        "Pet Profile",
        "rn",
        {
            "name": c("Pet Profile"),
            "pet_count": G(lambda f: f.r.randint(1, 4)),
            "microchip_registered": pk(True, False),
            "owner_photo_uploaded": pk(True, False),
        },
    ),
    # -- telecom ----------------------------------------------------------------------------------
    (
        "track",
        "eSIM Activated",
        "kotlin",
        {
            "msisdn": Y(phone_e164, "phone"),
            "iccid": Y(iccid, "serial"),
            "eid": Y(eid, "serial"),
            "imei": Y(imei, "serial"),
            "activationCode": RED(
                lambda f: "LPA:1$smdp.telco.example$" + "-".join(f.hexid(4).upper() for _ in range(4)),
                "secret|token",
            ),
            "plan": pk("unlimited_5g", "prepaid_20gb"),
            "activationChannel": pk("app", "store", "web"),
            "deviceModel": pk("Pixel 8", "Galaxy S24"),
            "simType": c("esim"),
            "activatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Port-In Requested",
        "java",
        {
            "portRequestId": G(lambda f: "PRT" + n(f, 9)),
            "numberToPort": Y(phone_us, "phone"),
            "donorCarrier": pk("Verizon", "AT&T", "T-Mobile"),
            "donorAccountNumber": Y(lambda f: n(f, 9), "identification"),
            "donorAccountPin": RED(lambda f: n(f, 6), "password|secret"),
            "accountHolderName": Y(person, "name"),
            "billingZip": Y(zip_us, "zipcode"),
            "ssnLast4": RED(lambda f: n(f, 4), "social security number"),
            "requestedPortDate": G(lambda f: f.date(2024, 2025)),
            "status": pk("submitted", "rejected_pin_mismatch", "completed"),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "imie": Y(first, "name"),
            "nazwisko": Y(last, "name"),
            "pesel": RED(pesel, "national id"),
            "numer_telefonu": Y(phone_pl, "phone"),
            "kod_pocztowy": Y(lambda f: f"{n(f, 2)}-{n(f, 3)}", "zipcode"),
            "miejscowosc": Y(lambda f: f.pick(["Kraków", "Gdańsk", "Poznań"]), "city"),
            "taryfa": pk("Bez limitu", "Na kartę"),
            "zgoda_marketingowa": pk(True, False),
        },
    ),
    (
        "track",
        "Router Provisioned",
        "dotnet",
        {
            "OrderRef": G(lambda f: order_no_like_phone(f)),
            "RouterModel": pk("FRITZ!Box 7590", "Hub 4"),
            "SerialNumber": Y(lambda f: "S" + n(f, 3) + f.hexid(9).upper(), "serial"),
            "WanMac": Y(lambda f: f.mac(), "mac"),
            "WifiSsid": pk("HOME-8F21", "FRITZ!Box 7590 QX"),
            "WifiPassword": RED(password, "password"),
            "FirmwareVersion": G(ver),
            "InstallAddress": Y(full_address_us, "address"),
            "TechnicianId": G(lambda f: "TECH" + n(f, 4)),
        },
    ),
    # -- card issuing and fraud checks ------------------------------------------------------------
    (
        "track",
        "Card Issued",
        "go",
        {
            "card_id": G(lambda f: "ic_" + f.hexid(20)),
            "cardholder": {
                "name": Y(person, "name"),
                "email": Y(mail, "email"),
                "phone_number": Y(phone_e164, "phone"),
                "billing": {
                    "address": {
                        "line1": Y(street_any, "street|address"),
                        "city": Y(city_any, "city"),
                        "postal_code": Y(any_zip, "zipcode"),
                        "country": pk("US", "GB"),
                    }
                },
                "individual": {
                    "dob": {
                        "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                        "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                        "year": Y(lambda f: f.r.randint(1950, 2004), "birthdate"),
                    },
                    "id_number": RED(lambda f: f.ssn(), "social security number|national id"),
                },
            },
            "pan": RED(lambda f: f.card(formatted=False), "credit card"),
            "cvc": RED(lambda f: n(f, 3), "credit card|secret"),
            "bin": G(lambda f: n(f, 6)),
            "last4": G(lambda f: n(f, 4)),
            "type": pk("virtual", "physical"),
            "spending_limit": G(lambda f: f.r.randint(100, 10000)),
            "status": pk("active", "inactive"),
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        "python",
        {
            "checkId": G(lambda f: f.uuid()),
            "riskScore": G(lambda f: f.r.randint(0, 99)),
            "decision": pk("approve", "review", "decline"),
            "rulesTriggered": Many(pk("velocity_ip", "email_age_lt_30d", "bin_country_mismatch"), 3),
            "signals": {
                "ipAddress": Y(lambda f: f.ipv4(), "ip"),
                "ipIsProxy": pk(True, False),
                "emailDomainAgeDays": G(lambda f: f.r.randint(1, 9000)),
                "emailFirstSeen": G(lambda f: f.date(2010, 2024)),
                "phoneLineType": pk("mobile", "voip", "landline"),
                "deviceFingerprint": G(lambda f: f.hexid(32)),
                "cardBin": G(lambda f: n(f, 6)),
                "cardCountry": pk("US", "GB", "NG"),
                "billingShippingDistanceKm": G(lambda f: round(f.r.uniform(0, 5000), 1)),
            },
            "input": Y(mail, "email", True),
            "reviewerNote": Y(
                lambda f: "Called customer at " + phone_us(f) + ", confirmed purchase", "phone", True
            ),
            "modelVersion": G(lambda f: "fraud-gbm-" + ver(f)),
        },
    ),
    (
        "track",
        "Dispute Opened",
        "stripe",
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": c("charge.dispute.created"),
            "data": {
                "object": {
                    "id": G(lambda f: "dp_" + f.hexid(24)),
                    "amount": G(lambda f: f.r.randint(500, 90000)),
                    "currency": pk("eur", "usd"),
                    "reason": pk("fraudulent", "product_not_received"),
                    "evidence": {
                        "customer_name": Y(person, "name"),
                        "customer_email_address": Y(mail, "email"),
                        "customer_purchase_ip": Y(lambda f: f.ipv4(), "ip"),
                        "billing_address": Y(full_address_us, "address"),
                        "shipping_tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
                    },
                }
            },
            "livemode": c(True),
        },
    ),
    (
        "track",
        "API Key Rotated",
        "node",
        {
            "keyId": G(lambda f: "key_" + f.hexid(10)),
            "newKey": RED(api_key, "secret|token"),
            "scopes": Many(pk("cards:write", "transactions:read"), 2),
            "rotatedBy": Y(mail, "email", True),
            "expiresInDays": pk(30, 90),
            "previousKeyRevoked": pk(True, False),
        },
    ),
    (
        "alias",
        None,
        "node",
        {},
    ),
    # -- gyms and bookings ------------------------------------------------------------------------
    (
        "track",
        "Class Booked",
        "kotlin",
        {
            "classId": G(lambda f: n(f, 6)),
            "className": pk("Spin 45", "Yoga Flow", "HIIT Express"),
            "instructorName": Y(person, "name"),
            "startsAt": G(lambda f: f.iso()),
            "spotNumber": G(lambda f: f.r.randint(1, 30)),
            "waitlisted": pk(True, False),
            "creditsUsed": pk(1, 2),
            "injuriesDeclared": Many(
                Y(lambda f: f.pick(["lower back pain", "ACL reconstruction", "asthma"]), "condition"), 2
            ),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "fornamn": Y(first, "name"),
            "efternamn": Y(last, "name"),
            "personnummer": RED(personnummer, "national id"),
            "mobilnummer": Y(phone_se, "phone"),
            "postnummer": Y(lambda f: f"{n(f, 3)} {n(f, 2)}", "zipcode"),
            "ort": Y(lambda f: f.pick(["Göteborg", "Uppsala", "Malmö"]), "city"),
            "medlemskap": pk("guld", "bas", "student"),
            "nyckelbricka": Y(lambda f: n(f, 10), "identification|serial"),
        },
    ),
    (
        "track",
        "Member Checked In",
        "dotnet",
        {
            "CheckInId": G(lambda f: n(f, 10)),
            "ClubId": G(lambda f: f.r.randint(10, 99)),
            "MemberNumber": Y(lambda f: "M" + n(f, 7), "identification"),
            "AccessMethod": pk("qr", "fob", "face"),
            "DoorControllerMac": G(lambda f: f.mac()),
            "EmergencyContact": {
                "Name": Y(person, "name"),
                "Phone": Y(phone_intl, "phone"),
                "Relationship": pk("spouse", "parent", "friend"),
            },
            "TurnstileId": G(lambda f: "TS-" + n(f, 3)),
        },
    ),
    (
        "track",
        "Membership Frozen",
        "forms",
        {
            "form_response": {
                "form_id": G(lambda f: f.hexid(8)),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"member_id": G(lambda f: n(f, 7)), "club": pk("soho", "canary_wharf")},
                "answers": Many(
                    {
                        "type": c("text"),
                        "text": Y(
                            lambda f: f.pick(
                                [
                                    "Broken wrist, cast for 6 weeks",
                                    "Knee surgery (meniscus) next month",
                                    "Pregnancy - due in March",
                                ]
                            ),
                            "condition|procedure",
                            True,
                        ),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": c("long_text"),
                            "ref": c("freeze_reason"),
                        },
                    },
                    1,
                ),
                "calculated": {"score": c(0)},
            },
            "event_type": c("form_response"),
        },
    ),
    # -- photo printing ---------------------------------------------------------------------------
    (
        "track",
        "Photo Book Ordered",
        "flutter",
        {
            "orderNumber": G(lambda f: f.lucky_order_number()),
            "productName": pk("Hardcover Photo Book A4", "Square Layflat 30x30"),
            "pages": G(lambda f: f.r.randint(20, 120)),
            "coverTitle": Y(
                lambda f: (
                    f.pick(["The ", "Our ", "Grandma "])
                    + last(f)
                    + f.pick([" Family 2024", "s in Lisbon", "'s 80th"])
                ),
                "name",
                True,
            ),
            "uploadedPhotos": Many(
                {
                    "url": Y(
                        lambda f: f"https://uploads.snapprint.example/{f.uuid()}/IMG_{n(f, 4)}.JPG", "photo"
                    ),
                    "md5": G(lambda f: f.hexid(32)),
                    "widthPx": pk(4032, 3024, 6000),
                    "exif": {
                        "GPSLatitude": Y(lambda f: f.lat(), "geolocation"),
                        "GPSLongitude": Y(lambda f: f.lon(), "geolocation"),
                        "Make": pk("Apple", "Canon", "SONY"),
                        "DateTimeOriginal": G(lambda f: exif_time(f)),
                        "BodySerialNumber": Y(lambda f: n(f, 12), "serial"),
                    },
                },
                4,
            ),
            "giftMessage": Y(lambda f: "Happy birthday " + first(f) + "! Love, " + first(f), "name", True),
            "shipTo": {
                "recipient": Y(person, "name", True),
                "addr1": Y(street_any, "street|address"),
                "town": Y(city_any, "city"),
                "zipPostal": Y(any_zip, "zipcode"),
                "countryCode": pk("US", "GB", "AU"),
            },
            "paperFinish": pk("matte", "gloss"),
        },
    ),
    (
        "track",
        "Print Order Placed",
        "shopify",
        {
            "id": G(lambda f: int(n(f, 13))),
            "order_number": G(lambda f: f.r.randint(1000, 99999)),
            "browser_ip": Y(lambda f: f.ipv4(), "ip"),
            "contact_email": Y(mail, "email"),
            "total_price": G(lambda f: str(f.money(5, 200))),
            "customer": {
                "id": G(lambda f: int(n(f, 13))),
                "accepts_marketing": pk(True, False),
                "orders_count": G(lambda f: f.r.randint(1, 40)),
                "tags": pk("", "vip", "wholesale, repeat"),
            },
            "shipping_address": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "address1": Y(street_any, "street|address"),
                "address2": Y(lambda f: "Apt " + str(f.r.randint(1, 60)), "address|street"),
                "city": Y(city_any, "city"),
                "province_code": pk("NY", "ENG", "NSW"),
                "zip": Y(any_zip, "zipcode"),
                "country_code": pk("US", "GB", "AU"),
                "phone": Y(phone_intl, "phone"),
                "company": pk("", "Initech", "Acme Studio"),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "line_items": Many(
                {
                    "sku": G(lambda f: "PRT-" + f.pick(["4X6", "5X7", "A3"]) + "-" + f.pick(["GL", "MT"])),
                    "title": pk("Glossy Print 4x6", "Canvas 30x40", "Calendar 2025"),
                    "name": pk("Glossy Print 4x6 - Pack of 50", "Canvas 30x40 - Black frame"),
                    "vendor": c("SnapPrint"),
                    "quantity": G(lambda f: f.r.randint(1, 100)),
                    "price": G(lambda f: str(f.money(0.2, 60))),
                },
                3,
            ),
        },
    ),
    # -- misc value-only and tool relays ----------------------------------------------------------
    (
        "track",
        "Audience Member Updated",
        "php",
        {
            "list_id": G(lambda f: f.hexid(10)),
            "status": pk("subscribed", "unsubscribed", "cleaned"),
            "merges": {
                "EMAIL": Y(mail, "email"),
                "FNAME": Y(first, "name"),
                "LNAME": Y(last, "name"),
                "PHONE": Y(phone_intl, "phone"),
                "MMERGE5": Y(
                    lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate", True
                ),
                "MMERGE6": Y(postcode_uk, "zipcode", True),
                "MMERGE7": pk("Leeds Kirkstall", "Bristol Harbourside"),
            },
            "ip_signup": Y(lambda f: f.ipv4(), "ip"),
            "timestamp_opt": G(lambda f: f.iso()),
            "email_type": pk("html", "text"),
            "vip": pk(True, False),
        },
    ),
    (
        "track",
        "Ticket Created",
        "python",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 999999)),
            "subject": pk("Where is my order?", "Refund request", "Cannot log in"),
            "requester": {
                "name": Y(person, "name"),
                "email": Y(mail, "email"),
                "locale_id": pk(1, 8, 1176),
            },
            "description": Y(
                lambda f: (
                    f.pick(["Hi, my card ", "Card ", "Please refund to "])
                    + f.card(formatted=True)
                    + f.pick([" was charged twice", " - thanks"])
                ),
                "credit card",
                True,
            ),
            "priority": pk("low", "normal", "urgent"),
            "via": {"channel": pk("email", "web", "chat")},
            "tags": Many(pk("billing", "refund", "login"), 2),
        },
    ),
    (
        "track",
        "Search Performed",
        "web",
        {
            "q": Y(mail, "email", True),
            "index": pk("customers", "members"),
            "hits": G(lambda f: f.r.randint(0, 3)),
            "latency_ms": G(lambda f: f.r.randint(5, 400)),
            "searchedBy": G(lambda f: "staff_" + n(f, 3)),
        },
    ),
    (
        "track",
        "Device Paired",
        "swift",
        {
            "peripheralName": Y(
                lambda f: first(f) + f.pick(["'s AirPods Pro", "'s Galaxy Watch", "\u2019s Fitbit"]),
                "name",
                True,
            ),
            "peripheralId": G(lambda f: f.uuid().upper()),
            "bleAddress": Y(lambda f: f.mac(), "mac", True),
            "rssi": G(lambda f: -f.r.randint(30, 90)),
            "firmwareRev": G(ver),
            "batteryPct": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        "go",
        {
            "endpoint": G(lambda f: "https://hooks.partner.example/" + f.hexid(8)),
            "http_status": pk(401, 500, 502, 504),
            "attempt": G(lambda f: f.r.randint(1, 8)),
            "headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "X-Request-Id": G(lambda f: f.uuid()),
                "Content-Type": c("application/json"),
                "X-Forwarded-For": Y(lambda f: f.ipv4() + ", " + f.ipv4(), "ip", True),
            },
            "payload_sha1": G(lambda f: sha(f, 40)),
            "data": {
                "k1": RED(lambda f: f.iban(f.pick(["GB", "NL"])), "bank account", True),
                "k2": G(lambda f: f.pick(["pending", "settled"])),
                "k3": Y(
                    lambda f: f.pick([phone_de_national(f), phone_uk_national(f), phone_fr(f)]), "phone", True
                ),
                "k4": RED(api_key, "secret|token", True),
            },
        },
    ),
    (
        "track",
        "Notification Sent",
        "dotnet",
        {
            "NotificationId": G(lambda f: f.uuid()),
            "Channel": pk("sms", "whatsapp"),
            "Template": pk("booking_reminder_v3", "otp_login"),
            "To": Y(
                lambda f: f.pick([phone_uk_national(f), phone_fr(f), phone_us(f), phone_br(f)]), "phone", True
            ),
            "Vars": {
                "p1": Y(first, "name", True),
                "p2": G(lambda f: order_no_like_phone(f)),
                "p3": pk("08:00", "14:30"),
            },
            "Segments": G(lambda f: f.r.randint(1, 3)),
            "ProviderMessageId": G(lambda f: "SM" + f.hexid(32)),
            "OneTimeCode": RED(lambda f: n(f, 6), "password|secret|token"),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "password": RED(password, "password"),
            "passwordStrength": pk("weak", "medium", "strong"),
            "email": Y(mail, "email"),
            "emailOptIn": pk(True, False),
            "phoneVerified": pk(True, False),
            "genderIdentity": Y(
                lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"
            ),
            "sexualOrientation": Y(
                lambda f: f.pick(["straight", "gay", "bisexual", "prefer not to say"]), "sexual orientation"
            ),
            "birthYear": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
            "nationalInsuranceNo": RED(nino, "national id|social security number"),
            "signupSource": pk("organic", "referral"),
            "referralCode": G(lambda f: f.hexid(6).upper()),
            "addressCount": G(lambda f: f.r.randint(0, 4)),
            "nameChangeCount": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Prescription Pet Food Ordered",
        "java",
        {
            "orderId": G(lambda f: order_no_like_phone(f)),
            "productName": pk("Hill's k/d Kidney Care 4kg", "Royal Canin Hypoallergenic 2kg"),
            "requiresVetApproval": c(True),
            "petCondition": pk("chronic kidney disease", "food allergy"),
            "vetClinicPhone": pk("+44 113 496 0000", "+1 503-555-0100"),
            "ownerPhone": Y(phone_intl, "phone"),
            "ownerMedicationsOnFile": G(lambda f: f.r.randint(0, 0)),
        },
    ),
]


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
                "userId": "u" + n(f, 8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + n(f, 6)
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
    events, labels = build(seed=808, repeats=3)
    write(Path(__file__).parent, "holdout8_", events, labels)
