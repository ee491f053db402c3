"""Writes the sixth holdout: tests/corpus/holdout6_events.jsonl and holdout6_labels.json.

Written by an independent tester WITHOUT reading the detection engine, its vocabularies, the other
corpora's labels or the other holdout builders (only build_holdout3.py, for the format). The corpus
is SEALED: nobody scored it while it was written, and it must not be tuned against before its one
scoring run.

Coverage: hotels and short-term rentals, tenant screening, kids' ed-tech, bank KYC (US, German,
Brazilian, Dutch), a crypto exchange, auto insurance quotes and claims (US, French, Italian), pet
care, government benefits, a clinic EHR (FHIR-shaped and flat), a car dealership CRM (ADF-style
lead relays), conferences, an online community, collaboration SaaS (SCIM from an IdP), e-signature
(DocuSign-Connect-style relays). Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics_flutter, analytics-react-native and the python/node/go/java/ruby/.NET/PHP server
libraries, plus webhooks relayed by source functions (`context.integration`). Key conventions:
camelCase, snake_case, PascalCase, Title Case, kebab-case, UPPER_CASE mainframe abbreviations,
prefixes and suffixes; German, French, Spanish, Brazilian Portuguese, Italian, Dutch, Turkish,
Indonesian and Japanese keys; vendor shapes: Mailchimp merge fields, Marketo, HubSpot, mParticle `$`
attributes, Braze, Meta Conversions API `user_data` with hashed values, Google enhanced conversions
`sha256_*`, Snowplow enriched columns and shredded contexts, SCIM, FHIR.

Labelling rules (what a careful privacy owner would choose, with the reference's default colours):
- A field is PII when its values are personal data about a person and one of the matcher types
  fits; otherwise it is green. Hashed PII (Meta `em`, Google `sha256_*`) keeps the type of what was
  hashed: hashing is pseudonymisation, not anonymisation.
- Internal identifiers (userId-like ids, order/booking/claim/case ids, loyalty and member numbers of
  our own systems, device ids, UUIDs), SKUs, versions, timestamps, amounts, counters, booleans and
  enums are green, even under PII-sounding keys (`emailVerified`, `ssnProvided`, `cardBrand`).
- Country, state/province/region, county, locale, language, timezone and currency are green.
- Names of products, pets, companies, hotels, workspaces, schools, tokens, files are green; so are a
  pet's birth date, medications and allergies (pets are not persons). A hotel's or a dealer's own
  address/city and a dealer's inventory VIN are green; a customer's trade-in VIN, a listing address
  of a private host and any customer address are yellow.
- Names of any natural person (guest, host, landlord, teacher, doctor, agent, salesperson) are
  yellow `name`; usernames and display handles too. An iOS device name like "Jane's iPhone" is a
  name.
- Card last four digits are green (PCI allows printing them); the last four of an SSN are red (used
  as an authentication factor). Routing numbers and BICs identify banks: green.
- Government identifiers: SSN red `social security number`; other national ids (CPF, DNI, BSN, NIR,
  Steuer-ID, codice fiscale, NIK, TC kimlik) red `national id`; passport numbers and MRZ lines red;
  driver's licence numbers and licence plates yellow `license`; VINs and device serials yellow
  `serial` (VIN: `serial|identification`); immigration status red `visa`.
- Secrets a person holds (passwords, access codes, alarm codes, API secrets, session tokens) are
  red, including a rental's wifi password.
- Free text is labelled by what every one of its values carries, with `value_only: true` when the
  key does not say what the value is (`note`, `value`, `message`, `payload.data`, `field_7`,
  `memo`, `comments`, `recipients[]`); `a|b` when the text carries two kinds.
- Advertising/click/tracking-cookie ids that follow a person across sites (IDFA/GAID, fbp, fbc,
  gclid, hubspotutk) are yellow `advertising id`.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators of this corpus ----------------------------------------------------------------

DE_NAMES = [("Lukas", "Schmidt"), ("Anna", "Weber"), ("Jonas", "Wagner"), ("Lea", "Becker")]
FR_NAMES = [("Camille", "Lefèvre"), ("Hugo", "Moreau"), ("Léa", "Fournier"), ("Théo", "Girard")]
ES_NAMES = [("María", "Fernández López"), ("Javier", "Ruiz Ortega"), ("Lucía", "Navarro Gil")]
BR_NAMES = [("João", "da Silva Santos"), ("Ana Clara", "Oliveira"), ("Rafael", "Costa Lima")]
IT_NAMES = [("Giulia", "Bianchi"), ("Marco", "Esposito"), ("Francesca", "Romano")]
NL_NAMES = [("Sanne", "de Vries"), ("Daan", "van den Berg"), ("Emma", "Jansen")]
TR_NAMES = [("Ayşe", "Yılmaz"), ("Mehmet", "Kaya"), ("Elif", "Demir")]  # noqa: RUF001
ID_NAMES = [("Siti", "Rahayu"), ("Budi", "Santoso"), ("Dewi", "Lestari")]
JP_NAMES = [("山田 太郎", "ヤマダ タロウ"), ("佐藤 花子", "サトウ ハナコ"), ("鈴木 一郎", "スズキ イチロウ")]
PET_NAMES = ["Biscuit", "Luna", "Max", "Pepper", "Mochi", "Rocky", "Nala", "Ziggy"]
HOTELS = ["Harborview Grand", "The Linden Hotel", "Casa Azul Boutique", "Alpine Lodge Zermatt"]
COMPANIES = ["Northwind Traders", "Globex Corp", "Initech", "Hooli", "Vandelay Industries"]


def pair(f: Fake, names):
    return f.pick(names)


def phone_world(f: Fake) -> str:
    """Phone numbers in national and international formats of several countries."""
    r = f.r
    return f.pick(
        [
            f"+49 151 {r.randint(10000000, 99999999)}",
            f"030 {r.randint(1000000, 9999999)}",
            "+33 6 " + " ".join(f"{r.randint(10, 99)}" for _ in range(4)),
            "06 " + " ".join(f"{r.randint(10, 99)}" for _ in range(4)),
            f"+44 7700 {r.randint(100000, 999999)}",
            f"07700 {r.randint(100000, 999999)}",
            f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
            f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"090-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"0412 {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+31 6 {r.randint(10000000, 99999999)}",
            f.phone(),
        ]
    )


def phone_de(f: Fake) -> str:
    return f.pick([f"+49 170 {f.digits(7)}", f"0151 {f.digits(8)}", f"(030) {f.digits(7)}"])


def phone_fr(f: Fake) -> str:
    return f.pick(["06", "07", "+33 6"]) + " " + " ".join(f.digits(2) for _ in range(4))


def phone_es(f: Fake) -> str:
    return f.pick(
        [
            f"+34 6{f.digits(2)} {f.digits(3)} {f.digits(3)}",
            f"6{f.digits(2)} {f.digits(2)} {f.digits(2)} {f.digits(2)}",
        ]
    )


def phone_br(f: Fake) -> str:
    return f.pick([f"(11) 9{f.digits(4)}-{f.digits(4)}", f"+55 21 9{f.digits(4)}-{f.digits(4)}"])


def phone_jp(f: Fake) -> str:
    return f.pick(
        [
            f"090-{f.digits(4)}-{f.digits(4)}",
            f"03-{f.digits(4)}-{f.digits(4)}",
            f"+81 80-{f.digits(4)}-{f.digits(4)}",
        ]
    )


def phone_tr(f: Fake) -> str:
    return f"+90 5{f.digits(2)} {f.digits(3)} {f.digits(2)} {f.digits(2)}"


def phone_id(f: Fake) -> str:
    return f.pick([f"+62 812-{f.digits(4)}-{f.digits(4)}", f"0813{f.digits(8)}"])


def phone_uk_national(f: Fake) -> str:
    return f.pick([f"07700 {f.digits(6)}", f"020 7{f.digits(3)} {f.digits(4)}"])


def sha(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def cpf(f: Fake) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        base.append(0 if s % 11 < 2 else 11 - s % 11)
    d = "".join(map(str, base))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if f.r.random() < 0.7 else d


def dni(f: Fake) -> str:
    n = f.r.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        d[0] = f.r.randint(1, 9)
        if (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def nir(f: Fake) -> str:
    sex, year, month = f.pick(["1", "2"]), f.r.randint(50, 99), f.r.randint(1, 12)
    body = f"{sex}{year}{month:02d}{f.r.randint(1, 95):02d}{f.digits(3)}{f.digits(3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def steuer_id(f: Fake) -> str:
    return str(f.r.randint(1, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))


def codice_fiscale(f: Fake) -> str:
    up = "ABCDEFGHILMNPRSTVZ"
    return (
        "".join(f.pick(up) for _ in range(6))
        + f.digits(2)
        + f.pick("ABCDEHLMPRST")
        + f"{f.r.randint(1, 71):02d}"
        + f.pick("FHLG")
        + f.digits(3)
        + f.pick(up)
    )


def nik(f: Fake) -> str:
    region = f"32{f.digits(2)}{f.digits(2)}"
    return f"{region}{f.r.randint(1, 71):02d}{f.r.randint(1, 12):02d}{f.r.randint(60, 99)}{f.digits(4)}"


def tc_kimlik(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            f.digits(9),
            "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "5" + f.digits(8),
        ]
    )


def mrz_line2(f: Fake) -> str:
    number = f.pick("CFGHJK") + f.digits(8)
    birth = f"{f.r.randint(50, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    expiry = f"{f.r.randint(27, 34)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    check = lambda: str(f.r.randint(0, 9))  # noqa: E731
    return f"{number}{check()}D<<{birth}{check()}{f.pick('FM')}{expiry}{check()}{'<' * 14}{check()}{check()}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["1HG", "WVW", "JTD", "5YJ", "WBA"]) + "".join(f.pick(chars) for _ in range(14))


def plate_us(f: Fake) -> str:
    return f"{f.r.randint(1, 9)}{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{f.digits(3)}"


def plate_fr(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{f.pick(up)}{f.pick(up)}-{f.digits(3)}-{f.pick(up)}{f.pick(up)}"


def plate_it(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{f.pick(up)}{f.pick(up)}{f.digits(3)}{f.pick(up)}{f.pick(up)}"


def dl_us(f: Fake) -> str:
    return f.pick([f.pick("ABCDEFGHMNRSW") + f.digits(7), f.digits(9), f.pick("DFS") + f.digits(12)])


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=False)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def mrn(f: Fake) -> str:
    return f.pick(["MRN", "E", ""]) + f.digits(8)


def member_id(f: Fake) -> str:
    return f.pick(["XEH", "W", "ZGP"]) + f.digits(9)


def postcode_any(f: Fake) -> str:
    return f.pick(
        [f.zip(), f"{f.digits(4)} {f.pick(['AB', 'KL', 'XZ'])}", "SW1A 2AA", "M5V 3L9", f"{f.digits(5)}"]
    )


def cep(f: Fake) -> str:
    return f"{f.digits(5)}-{f.digits(3)}"


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


def guest_request(f: Fake) -> str:
    return f.pick(
        [
            "Severe peanut allergy - please inform the restaurant",
            "Allergic to feathers, hypoallergenic pillows please",
            "Gluten intolerance (coeliac), need GF breakfast",
            "Shellfish allergy, no seafood in the minibar",
        ]
    )


def host_message(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, it's {f.first()} - landing late, can you text me on {phone_world(f)}?",
            f"Is early check-in possible? WhatsApp me: {phone_world(f)}",
            f"We are 3 adults. My number is {phone_world(f)} in case the code fails.",
        ]
    )


def case_note(f: Fake) -> str:
    return f.pick(
        [
            f"Applicant confirmed SSN {f.ssn()} over the phone; docs pending.",
            f"SSN on file ({f.ssn()}) does not match SSA record, escalate.",
            f"Spouse SSN {f.ssn()} added to household.",
        ]
    )


def visit_reason(f: Fake) -> str:
    return f.pick(
        ["chest pain", "migraine follow-up", "type 2 diabetes check", "persistent cough", "anxiety"]
    )


def icd10(f: Fake) -> str:
    return f.pick(["E11.9", "J45.909", "I10", "F41.1", "M54.5", "K21.9"])


def icd10_text(f: Fake) -> str:
    return f.pick(
        [
            "Type 2 diabetes mellitus without complications",
            "Essential (primary) hypertension",
            "Generalized anxiety disorder",
            "Low back pain",
        ]
    )


def med(f: Fake) -> str:
    return f.pick(["metformin", "lisinopril", "sertraline", "atorvastatin", "albuterol inhaler"])


def refill_comment(f: Fake) -> str:
    return f"Refill request: {med(f)} {f.pick(['500 mg', '20 mg', '50 mg'])}, pharmacy on file"


def dealer_comment(f: Fake) -> str:
    return f.pick(
        [
            f"Please call after 5pm at {f.phone()}",
            f"Text me at {f.phone()} about the trade-in",
            f"Interested in test drive Saturday, cell {f.phone()}",
        ]
    )


def vcard(f: Fake) -> str:
    first, last = f.first(), f.last()
    return (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{first} {last}\nORG:{f.pick(COMPANIES)}\nEMAIL:{f.email()}\nEND:VCARD"
    )


def post_body(f: Fake) -> str:
    return f.pick(
        [
            f"Anyone up for the Saturday meetup? Email me at {f.email()}",
            f"Selling my old bike, contact {f.email()} for pics",
            f"DM is broken, reach me on {f.email()}",
        ]
    )


def mention_text(f: Fake) -> str:
    return f"@{f.full_name()} can you review section 3 before Friday?"


def ticket_text(f: Fake) -> str:
    return f.pick(
        [
            f"My card {f.card(formatted=True)} was charged twice for the same order",
            f"Please refund to card {f.card()} - thanks",
        ]
    )


def access_note(f: Fake) -> str:
    return f.pick(
        [
            f"Key in lockbox, code {f.digits(4)}. Alarm code {f.digits(4)}#",
            f"Door code is {f.digits(6)}, please lock the back gate",
            f"Garage keypad {f.digits(4)}, alarm disarm {f.digits(4)}",
        ]
    )


def memo_name(f: Fake) -> str:
    return f.pick(
        [f"Rent March - {f.full_name()}", f"Payback {f.full_name()}", f"{f.full_name()} invoice 2291"]
    )


def refund_iban_text(f: Fake) -> str:
    return f"Please pay out to {f.iban(f.pick(['DE', 'FR', 'NL', 'ES']))}"


def de_street(f: Fake) -> str:
    return f.pick(["Hauptstraße", "Bahnhofstr.", "Lindenallee", "Schillerweg"])


def fr_address(f: Fake) -> str:
    return f"{f.r.randint(1, 120)} {f.pick(['rue de la Paix', 'avenue Jean Jaurès', 'boulevard Voltaire'])}"


def jp_address(f: Fake) -> str:
    return f.pick(["東京都渋谷区神南1-2-3", "大阪府大阪市北区梅田2-4-9", "神奈川県横浜市中区山下町15"])


def hex_n(f: Fake, n: int) -> str:
    return f.hexid(n)


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_ctx(host: str, path: str):
    def make(f: Fake):
        return {
            "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.72.1")},
            "page": {
                "path": G(lambda f: path),
                "url": G(lambda f: f"https://{host}{path}"),
                "title": G(lambda f: f.pick(["Home", "Checkout", "Apply", "Dashboard"])),
                "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/x1"])),
                "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?step=2"])),
            },
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "locale": G(lambda f: f.pick(["en-US", "de-DE", "fr-FR", "es-ES"])),
            "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Berlin"])),
            "userAgent": G(lambda f: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0"),
            "userAgentData": {
                "brands": Many({"brand": G(lambda f: "Chromium"), "version": G(lambda f: "124")}, 2),
                "mobile": G(lambda f: False),
                "platform": G(lambda f: "Windows"),
            },
            "campaign": {
                "name": G(lambda f: f.pick(["spring_promo", "retarget_q2"])),
                "source": G(lambda f: f.pick(["google", "facebook"])),
                "medium": G(lambda f: "cpc"),
            },
        }

    return make


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Stayly"),
            "version": G(lambda f: "5.2.1"),
            "build": G(lambda f: "5210"),
            "namespace": G(lambda f: "com.stayly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2"])),
            "name": Y(lambda f: f"{f.first()}'s iPhone", "name"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["15.7", "17.4.1"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
        "locale": G(lambda f: "en-US"),
        "timezone": G(lambda f: "America/Los_Angeles"),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Ledgerly"),
            "version": G(lambda f: "3.4.0"),
            "build": G(lambda f: "340"),
            "namespace": G(lambda f: "io.ledgerly.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "14")},
        "screen": {"density": G(lambda f: 3.0), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "network": {"wifi": G(lambda f: True), "carrier": G(lambda f: f.pick(["T-Mobile", "Vodafone"]))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: "en-GB"),
        "timezone": G(lambda f: "Europe/London"),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240305.019)"),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "KidQuest"),
            "version": G(lambda f: "2.0.3"),
            "build": G(lambda f: "203"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {"name": G(lambda f: f.pick(["iPadOS", "Android"])), "version": G(lambda f: "17.2")},
        "screen": {"width": G(lambda f: 820), "height": G(lambda f: 1180)},
        "locale": G(lambda f: f.pick(["en-US", "es-MX"])),
        "timezone": G(lambda f: "America/Chicago"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {"name": G(lambda f: "CareNow"), "version": G(lambda f: "8.1.0"), "build": G(lambda f: "810")},
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google"])),
            "model": G(lambda f: f.pick(["iPhone16,1", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "os": {"name": G(lambda f: f.pick(["iOS", "Android"])), "version": G(lambda f: "17.5")},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "locale": G(lambda f: "en-US"),
        "timezone": G(lambda f: "America/Denver"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: "US"),
        },
    }


def server(lib: str, version: str, ip=False, extra=None):
    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: version)}}
        if ip:
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx.update(extra or {})
        return ctx

    return make


def hook_ctx(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics-node"), "version": G(lambda f: "2.1.2")},
        "integration": {
            "name": G(lambda f: "source-function"),
            "version": G(lambda f: "1.0.0"),
        },
        "protocols": {"sourceId": G(lambda f: "src_" + f.hexid(10))},
    }


CONTEXTS = {
    "web_hotel": web_ctx("book.harborview.example", "/checkout"),
    "web_rent": web_ctx("apply.rentwise.example", "/application"),
    "web_edu": web_ctx("teach.kidquest.example", "/classroom"),
    "web_bank": web_ctx("konto.sparbank.example", "/eroeffnung"),
    "web_crypto": web_ctx("app.coinharbor.example", "/settings/api"),
    "web_auto": web_ctx("quote.autoshield.example", "/quote/drivers"),
    "web_gov": web_ctx("benefits.state.example.gov", "/apply"),
    "web_pet": web_ctx("vet.pawpal.example", "/book"),
    "web_conf": web_ctx("tickets.devsummit.example", "/register"),
    "web_social": web_ctx("forum.trailhub.example", "/new"),
    "web_saas": web_ctx("app.teamnest.example", "/settings/members"),
    "web_sign": web_ctx("sign.inkwell.example", "/s/complete"),
    "web_mkt": web_ctx("www.shopbright.example", "/thank-you"),
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "flutter": flutter_ctx,
    "rn": rn_ctx,
    "python": server("analytics-python", "2.3.2", ip=True),
    "node": server(
        "analytics-node",
        "2.1.2",
        ip=True,
        extra={
            "userAgent": G(lambda f: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15"),
            "externalIds": Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
        },
    ),
    "go": server("analytics-go", "3.3.0"),
    "java": server(
        "analytics-java",
        "3.5.1",
        extra={"traits": {"email": Y(lambda f: f.email(), "email")}},
    ),
    "ruby": server("analytics-ruby", "2.4.3", ip=True),
    "dotnet": server("Analytics.NET", "3.8.1"),
    "php": server(
        "analytics-php",
        "3.7.0",
        ip=True,
        extra={"library": {"name": G(lambda f: "analytics-php"), "consumer": G(lambda f: "LibCurl")}},
    ),
    "hook": hook_ctx,
}

# -- events ------------------------------------------------------------------------------------------

HOTELS_STR = [
    (
        "track",
        "Booking Completed",
        "web_hotel",
        {
            "bookingId": G(lambda f: "BK" + f.digits(8)),
            "hotel": {
                "id": G(lambda f: int(f.digits(5))),
                "name": G(lambda f: f.pick(HOTELS)),
                "city": G(lambda f: f.pick(["Lisbon", "Zermatt", "Miami"])),
                "address": G(lambda f: f.pick(["1 Harbor Plaza", "Bahnhofstrasse 7", "22 Ocean Dr"])),
                "starRating": G(lambda f: f.pick([3, 4, 5])),
            },
            "checkIn": G(lambda f: f.date(2024, 2025)),
            "checkOut": G(lambda f: f.date(2024, 2025)),
            "nights": G(lambda f: f.r.randint(1, 9)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "guestFirstName": Y(lambda f: f.first(), "name"),
            "guestLastName": Y(lambda f: f.last(), "name"),
            "guestEmail": Y(lambda f: f.email(), "email"),
            "guestPhone": Y(phone_world, "phone"),
            "loyaltyTier": G(lambda f: f.pick(["silver", "gold", "platinum"])),
            "loyaltyNumber": G(lambda f: "HV" + f.digits(9)),
            "totalAmount": G(lambda f: f.money(90, 2400)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "CHF"])),
            "cardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "specialRequests": Y(guest_request, "allergy", True),
            "promoCode": G(lambda f: f.pick(["SUMMER24", "", "WELCOME10"])),
        },
    ),
    (
        "track",
        "Guest Checked In",
        "python",
        {
            "reservation_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "room_number": G(lambda f: f"{f.r.randint(1, 14)}{f.r.randint(1, 40):02d}"),
            "key_cards_issued": G(lambda f: f.r.randint(1, 3)),
            "guest": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "nationality": Y(
                    lambda f: f.pick(["German", "Brazilian", "Japanese", "American"]), "citizenship"
                ),
                "passport_number": RED(passport_no, "passport"),
                "date_of_birth": Y(lambda f: f.date(), "birthdate"),
                "id_document_type": G(lambda f: f.pick(["passport", "national_id", "drivers_license"])),
            },
            "arrival_flight": G(lambda f: f.pick(["LH 400", "TP 1234", "AA 100"])),
            "parking_plate": Y(plate_us, "license"),
            "early_checkin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(phone_world, "phone"),
            "avatarUrl": Y(lambda f: f"https://cdn.stayly.example/u/{f.hexid(12)}/profile.jpg", "photo"),
            "hometown": Y(lambda f: f.city(), "city"),
            "governmentIdVerified": G(lambda f: f.pick([True, False])),
            "languagesSpoken": Many(G(lambda f: f.pick(["en", "es", "pt", "ja"])), 3),
            "aboutMe": G(
                lambda f: f.pick(["Love hiking and good coffee.", "Travelling for work mostly.", ""])
            ),
            "createdAt": G(lambda f: f.iso()),
            "tripsCompleted": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Message Sent to Host",
        "kotlin",
        {
            "threadId": G(lambda f: f.digits(12)),
            "listingId": G(lambda f: int(f.digits(8))),
            "listing": {
                "name": G(
                    lambda f: f.pick(["Seaside Loft with Views", "Cozy Cabin by the Lake", "Downtown Studio"])
                ),
                "propertyType": G(lambda f: f.pick(["apartment", "cabin", "house"])),
                "hostFirstName": Y(lambda f: f.first(), "name"),
            },
            "message": Y(host_message, "phone|name", True),
            "messageLength": G(lambda f: f.r.randint(20, 200)),
            "containsContactInfo": G(lambda f: True),
        },
    ),
    (
        "track",
        "Listing Published",
        "flutter",
        {
            "listingId": G(lambda f: int(f.digits(8))),
            "title": G(lambda f: f.pick(["Sunny 2BR near the beach", "Quiet room in shared flat"])),
            "nightlyRate": G(lambda f: f.money(40, 400)),
            "currency": G(lambda f: "USD"),
            "bedrooms": G(lambda f: f.r.randint(1, 4)),
            "amenities": Many(G(lambda f: f.pick(["wifi", "kitchen", "parking", "pool"])), 4),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "unit": Y(lambda f: f"Apt {f.r.randint(1, 40)}{f.pick('ABC')}", "address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "region": G(lambda f: f.pick(["CA", "TX", "NY"])),
                "country": G(lambda f: "US"),
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "wifiPassword": RED(lambda f: f.pick(["sunset2024!", "Welcome#Home", "lakeview88"]), "password"),
            "payoutIban": RED(lambda f: f.iban(f.pick(["DE", "FR", "ES"])), "bank account"),
            "instantBook": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hotel Search Performed",
        "web_hotel",
        {
            "destination": G(lambda f: f.pick(["Lisbon", "Zermatt", "Miami Beach"])),
            "checkIn": G(lambda f: f.date(2024, 2025)),
            "checkOut": G(lambda f: f.date(2024, 2025)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "resultsCount": G(lambda f: f.r.randint(0, 300)),
            "sortBy": G(lambda f: f.pick(["price", "distance", "rating"])),
            "filters": Many(G(lambda f: f.pick(["free_cancellation", "breakfast", "pet_friendly"])), 3),
        },
    ),
    (
        "track",
        "Reserva Confirmada",
        "flutter",
        {
            "nombre": Y(lambda f: pair(f, ES_NAMES)[0], "name"),
            "apellidos": Y(lambda f: pair(f, ES_NAMES)[1], "name"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "telefono": Y(phone_es, "phone"),
            "dni": RED(dni, "national id"),
            "nacionalidad": Y(lambda f: f.pick(["española", "mexicana", "argentina"]), "citizenship"),
            "fecha_nacimiento": Y(lambda f: f.date(), "birthdate"),
            "hotel_nombre": G(lambda f: f.pick(HOTELS)),
            "numero_habitacion": G(lambda f: str(f.r.randint(100, 650))),
            "fecha_entrada": G(lambda f: f.date(2024, 2025)),
            "importe_total": G(lambda f: f.money(80, 1500)),
        },
    ),
]

TENANT = [
    (
        "track",
        "Rental Application Submitted",
        "web_rent",
        {
            "applicationId": G(lambda f: f.uuid()),
            "propertyId": G(lambda f: "prop_" + f.digits(6)),
            "unit": G(lambda f: f"{f.r.randint(1, 20)}{f.pick('ABCD')}"),
            "monthlyRent": G(lambda f: f.r.randint(900, 4800)),
            "moveInDate": G(lambda f: f.date(2024, 2025)),
            "applicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "middleInitial": Y(lambda f: f.pick("ABCDEJKLMR") + ".", "name"),
                "dob": Y(lambda f: f.date(), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "currentAddress": {
                    "line1": Y(lambda f: f.street(), "street|address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.pick(["CA", "NY", "IL"])),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                },
                "yearsAtAddress": G(lambda f: f.r.randint(0, 12)),
                "monthlyIncome": Y(lambda f: f.r.randint(2500, 16000), "salary"),
                "employer": G(lambda f: f.pick(COMPANIES)),
                "jobTitle": G(lambda f: f.pick(["Nurse", "Software Engineer", "Teacher"])),
                "driversLicenseNumber": Y(dl_us, "license"),
                "driversLicenseState": G(lambda f: f.pick(["CA", "NY", "TX"])),
            },
            "previousAddresses": Many(
                {
                    "street": Y(lambda f: f.street(), "street|address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                    "landlordName": Y(lambda f: f.full_name(), "name"),
                    "landlordPhone": Y(lambda f: f.phone(), "phone"),
                    "monthsAtAddress": G(lambda f: f.r.randint(6, 60)),
                },
                2,
            ),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(PET_NAMES)),
                    "species": G(lambda f: f.pick(["dog", "cat"])),
                    "weightLbs": G(lambda f: f.r.randint(5, 80)),
                },
                2,
            ),
            "consentToBackgroundCheck": G(lambda f: True),
            "ssnProvided": G(lambda f: True),
        },
    ),
    (
        "track",
        "Screening Report Ready",
        "java",
        {
            "reportId": G(lambda f: "rpt_" + f.hexid(16)),
            "applicationId": G(lambda f: f.uuid()),
            "creditScore": G(lambda f: f.r.randint(520, 820)),
            "evictionRecords": G(lambda f: f.r.randint(0, 2)),
            "criminalRecordsFound": G(lambda f: f.r.randint(0, 1)),
            "recommendation": G(lambda f: f.pick(["accept", "accept_with_conditions", "decline"])),
            "bureau": G(lambda f: f.pick(["TransUnion", "Experian"])),
            "incomeToRentRatio": G(lambda f: round(f.r.uniform(1.5, 4.5), 2)),
            "identityVerified": G(lambda f: f.pick([True, False])),
            "ssnMatch": G(lambda f: f.pick(["exact", "partial", "none"])),
            "nameMatchScore": G(lambda f: round(f.r.random(), 3)),
            "dobMatch": G(lambda f: f.pick([True, False])),
            "reportPdfSha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "rn",
        {
            "documentType": G(lambda f: f.pick(["paystub", "bank_statement", "offer_letter"])),
            "fileName": G(lambda f: f"IMG_{f.digits(4)}.{f.pick(['jpg', 'pdf', 'heic'])}"),
            "fileSizeBytes": G(lambda f: f.r.randint(20_000, 9_000_000)),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "application/pdf"])),
            "sha256": G(lambda f: f.hexid(64)),
            "pageCount": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Form Response Received",
        "hook",
        {
            "form_id": G(lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
            "form_response": {
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"utm_source": G(lambda f: f.pick(["zillow", "apartments_com"]))},
                "answers": Many(
                    {
                        "type": G(lambda f: "text"),
                        "field": {"id": G(lambda f: f.hexid(12)), "ref": G(lambda f: "referrer_name")},
                        "text": Y(lambda f: f.full_name(), "name", True),
                    },
                    2,
                ),
            },
            "field_7": Y(lambda f: f.email(), "email", True),
            "field_8": Y(phone_uk_national, "phone", True),
            "field_9": G(lambda f: f.pick(["Yes", "No"])),
            "score": G(lambda f: f.r.randint(0, 10)),
        },
    ),
]

EDTECH = [
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(phone_world, "phone"),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "plan": G(lambda f: f.pick(["family", "free"])),
            "coppaConsentAt": G(lambda f: f.iso()),
            "consentMethod": G(lambda f: f.pick(["credit_card_check", "signed_form"])),
            "zip": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "track",
        "Student Profile Created",
        "web_edu",
        {
            "studentId": G(lambda f: int(f.digits(7))),
            "student": {
                "displayName": Y(lambda f: f.first(), "name"),
                "firstName": Y(lambda f: f.first(), "name"),
                "lastInitial": Y(lambda f: f.last()[0] + ".", "name"),
                "birthYear": Y(lambda f: f.r.randint(2012, 2019), "birthdate"),
                "gradeLevel": G(lambda f: f.pick(["K", "1", "2", "3", "4"])),
                "readingLevel": G(lambda f: f.pick(["G", "J", "M"])),
                "avatarId": G(lambda f: f.pick(["fox_03", "owl_11", "robot_07"])),
                "photoUrl": Y(lambda f: f"https://media.kidquest.example/students/{f.uuid()}.jpg", "photo"),
                "iepAccommodations": Many(
                    RED(
                        lambda f: f.pick(
                            ["extended time (ADHD)", "text-to-speech (dyslexia)", "hearing aid FM system"]
                        ),
                        "disability",
                    ),
                    2,
                ),
                "gender": Y(lambda f: f.pick(["girl", "boy", "nonbinary"]), "gender"),
            },
            "classroomCode": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "schoolName": G(lambda f: f.pick(["Lincoln Elementary", "Maple Grove Primary"])),
            "teacherName": Y(lambda f: f"Ms. {f.last()}", "name"),
            "districtId": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Lesson Completed",
        "swift",
        {
            "lessonId": G(lambda f: f"L-{f.r.randint(100, 999)}"),
            "lessonName": G(lambda f: f.pick(["Fractions: Part 2", "Sight Words 5", "Planets"])),
            "score": G(lambda f: f.r.randint(0, 100)),
            "durationSec": G(lambda f: f.r.randint(60, 1800)),
            "hintsUsed": G(lambda f: f.r.randint(0, 5)),
            "badgeName": G(lambda f: f.pick(["Math Wizard", "Bookworm", ""])),
            "playerNickname": Y(lambda f: f.first(), "name"),
        },
    ),
    (
        "screen",
        "Parent Dashboard",
        "kotlin",
        {
            "tab": G(lambda f: f.pick(["progress", "screen_time", "settings"])),
            "childCount": G(lambda f: f.r.randint(1, 3)),
            "weeklyMinutes": G(lambda f: f.r.randint(0, 600)),
        },
    ),
    (
        "track",
        "Pendaftaran Berhasil",
        "go",
        {
            "nama_lengkap": Y(lambda f: " ".join(pair(f, ID_NAMES)), "name"),
            "nik": RED(nik, "national id"),
            "tanggal_lahir": Y(lambda f: f.date(2008, 2016), "birthdate"),
            "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "gender|sex"),
            "alamat": Y(
                lambda f: f"Jl. {f.pick(['Merdeka', 'Sudirman', 'Diponegoro'])} No. {f.r.randint(1, 99)}",
                "address",
            ),
            "no_hp_orang_tua": Y(phone_id, "phone"),
            "nama_sekolah": G(lambda f: f.pick(["SD Negeri 3 Bandung", "SDIT Al-Hikmah"])),
            "kelas": G(lambda f: f.r.randint(1, 6)),
            "paket": G(lambda f: f.pick(["gratis", "premium"])),
        },
    ),
]

BANK = [
    (
        "track",
        "KYC Step Viewed",
        "kotlin",
        {
            "flowId": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick(["document_select", "selfie", "address"])),
            "documentType": G(lambda f: f.pick(["passport", "id_card", "driving_licence"])),
            "countryOfIssue": G(lambda f: f.pick(["DE", "GB", "US"])),
            "sdkVersion": G(lambda f: "12.4.0"),
        },
    ),
    (
        "track",
        "Identity Document Submitted",
        "swift",
        {
            "applicant_id": G(lambda f: f.hexid(24)),
            "doc_type": G(lambda f: "passport"),
            "doc_number": RED(passport_no, "passport"),
            "doc_expiry": G(lambda f: f.date(2026, 2034)),
            "issuing_country": G(lambda f: f.pick(["DEU", "USA", "GBR"])),
            "mrz_line2": RED(mrz_line2, "passport"),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.example/{f.uuid()}/selfie.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.random(), 3)),
            "face_match_score": G(lambda f: round(f.r.random(), 3)),
            "given_names": Y(lambda f: f.first(), "name"),
            "surname": Y(lambda f: f.last(), "name"),
            "birth_date": Y(lambda f: f.date(), "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
            "nationality": Y(lambda f: f.pick(["DEU", "USA", "GBR"]), "citizenship"),
            "place_of_birth": Y(lambda f: f.city(), "city|address"),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(phone_world, "phone"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "birthday": Y(lambda f: f.date(), "birthdate"),
            "residential_address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.pick(["CA", "NY"])),
                "country": G(lambda f: "US"),
            },
            "tax_id": RED(lambda f: f.ssn(), "social security number|national id"),
            "occupation": G(lambda f: f.pick(["engineer", "retired", "student"])),
            "annual_income": Y(lambda f: f.r.randint(20000, 250000), "salary"),
            "source_of_funds": G(lambda f: f.pick(["salary", "savings", "investments"])),
            "pep": G(lambda f: False),
            "us_person": G(lambda f: True),
            "risk_rating": G(lambda f: f.pick(["low", "medium"])),
            "kyc_status": G(lambda f: f.pick(["approved", "pending"])),
        },
    ),
    (
        "track",
        "Account Funded",
        "node",
        {
            "accountNumber": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "routingNumber": G(lambda f: f.pick(["021000021", "121000358", "026009593"])),
            "amount": G(lambda f: f.money(10, 5000)),
            "fundingMethod": G(lambda f: f.pick(["ach", "wire"])),
            "plaidItemId": G(lambda f: f.hexid(32)),
            "institutionName": G(lambda f: f.pick(["Chase", "Bank of America", "Ally Bank"])),
            "accountMask": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Konto eröffnet",
        "web_bank",
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "vorname": Y(lambda f: pair(f, DE_NAMES)[0], "name"),
            "nachname": Y(lambda f: pair(f, DE_NAMES)[1], "name"),
            "geburtsdatum": Y(lambda f: f.date(), "birthdate"),
            "geburtsort": Y(lambda f: f.pick(["München", "Köln", "Leipzig"]), "city"),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "österreichisch", "türkisch"]), "citizenship"
            ),
            "strasse": Y(de_street, "street"),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', 'a', 'b'])}", "street|address"),
            "plz": Y(lambda f: f.digits(5), "zipcode"),
            "ort": Y(lambda f: f.pick(["Berlin", "Hamburg", "Dresden"]), "city"),
            "telefon": Y(phone_de, "phone"),
            "steuerId": RED(steuer_id, "national id"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "kontotyp": G(lambda f: f.pick(["Girokonto", "Tagesgeld"])),
            "beruf": G(lambda f: f.pick(["Angestellte/r", "Selbstständig", "Student/in"])),
            "nettoeinkommen": Y(lambda f: f.r.randint(1200, 7000), "salary"),
            "schufaEinwilligung": G(lambda f: True),
        },
    ),
    (
        "track",
        "Cadastro Concluído",
        "kotlin",
        {
            "nome_completo": Y(lambda f: " ".join(pair(f, BR_NAMES)), "name"),
            "cpf": RED(cpf, "national id"),
            "data_nascimento": Y(lambda f: f.date(), "birthdate"),
            "celular": Y(phone_br, "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "cep": Y(cep, "zipcode"),
            "logradouro": Y(
                lambda f: f"Rua {f.pick(['das Flores', 'Augusta', 'XV de Novembro'])}, {f.r.randint(1, 999)}",
                "street|address",
            ),
            "bairro": Y(lambda f: f.pick(["Pinheiros", "Copacabana", "Savassi"]), "address|city"),
            "cidade": Y(lambda f: f.pick(["São Paulo", "Rio de Janeiro", "Belo Horizonte"]), "city"),
            "uf": G(lambda f: f.pick(["SP", "RJ", "MG"])),
            "renda_mensal": Y(lambda f: f.r.randint(1500, 30000), "salary"),
            "chave_pix": Y(lambda f: f.pick([f.email(), phone_br(f)]), "email|phone"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupança"])),
        },
    ),
]

CRYPTO = [
    (
        "track",
        "Withdrawal Requested",
        "node",
        {
            "withdrawalId": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(["ETH", "USDC", "BTC"])),
            "network": G(lambda f: f.pick(["ethereum", "arbitrum", "bitcoin"])),
            "amount": G(lambda f: round(f.r.uniform(0.01, 5), 6)),
            "txHash": G(lambda f: "0x" + f.hexid(64)),
            "contractAddress": G(lambda f: "0x" + f.hexid(40)),
            "fee": G(lambda f: round(f.r.uniform(0.0001, 0.01), 6)),
            "twoFactorMethod": G(lambda f: f.pick(["totp", "sms", "passkey"])),
        },
    ),
    (
        "track",
        "Fiat Withdrawal Initiated",
        "go",
        {
            "rail": G(lambda f: "SEPA"),
            "amount": G(lambda f: f.money(50, 9000)),
            "currency": G(lambda f: "EUR"),
            "beneficiary": {
                "name": Y(lambda f: f.full_name(), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "NL"])), "bank account"),
                "bic": G(lambda f: f.pick(["DEUTDEFF", "BNPAFRPP", "ABNANL2A"])),
            },
            "memo": Y(memo_name, "name", True),
            "kycTier": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "API Key Created",
        "web_crypto",
        {
            "keyId": G(lambda f: f.hexid(8)),
            "label": G(lambda f: f.pick(["trading-bot", "tax-export", "grafana"])),
            "permissions": Many(G(lambda f: f.pick(["read", "trade", "withdraw"])), 3),
            "ipWhitelist": Many(Y(lambda f: f.ipv4(), "ip"), 3),
            "apiKey": RED(lambda f: f.hexid(64), "token|secret"),
            "apiSecret": RED(lambda f: f.hexid(64), "secret|token"),
            "totpVerified": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(phone_world, "phone"),
            "kycLevel": G(lambda f: f.pick([0, 1, 2])),
            "referralCode": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            ),
            "twoFactorEnabled": G(lambda f: True),
            "antiPhishingCode": RED(
                lambda f: f.pick(["BlueFalcon7", "mySafeWord", "Kiwi-2024"]), "secret|password"
            ),
            "vipTier": G(lambda f: f.pick(["none", "vip1", "vip2"])),
        },
    ),
    (
        "track",
        "login_attempt",
        "php",
        {
            "login_ip": Y(lambda f: f.ipv4(), "ip"),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "geo_city": Y(lambda f: f.city(), "city"),
            "geo_country": G(lambda f: f.pick(["DE", "US", "BR"])),
            "mfa_method": G(lambda f: f.pick(["totp", "none"])),
            "success": G(lambda f: f.pick([True, False])),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "session_token": RED(lambda f: f.jwt(), "token"),
            "new_device": G(lambda f: f.pick([True, False])),
            "password_attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
]

AUTO = [
    (
        "track",
        "Quote Started",
        "web_auto",
        {
            "quoteId": G(lambda f: f.uuid()),
            "zipCode": Y(lambda f: f.zip(), "zipcode"),
            "vehicleYear": G(lambda f: f.r.randint(2008, 2025)),
            "vehicleMake": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Tesla"])),
            "vehicleModel": G(lambda f: f.pick(["Camry", "Civic", "F-150", "Model 3"])),
            "vin": Y(vin, "serial|identification"),
            "ownership": G(lambda f: f.pick(["owned", "financed", "leased"])),
            "annualMiles": G(lambda f: f.r.randint(3000, 25000)),
            "drivers": Many(
                {
                    "firstName": Y(lambda f: f.first(), "name"),
                    "lastName": Y(lambda f: f.last(), "name"),
                    "dob": Y(lambda f: f.date(), "birthdate"),
                    "gender": Y(lambda f: f.pick(["male", "female", "x"]), "gender"),
                    "maritalStatus": G(lambda f: f.pick(["single", "married"])),
                    "licenseNumber": Y(dl_us, "license"),
                    "licenseState": G(lambda f: f.pick(["CA", "TX", "OH"])),
                    "yearsLicensed": G(lambda f: f.r.randint(0, 40)),
                    "accidents": G(lambda f: f.r.randint(0, 2)),
                    "sr22Required": G(lambda f: False),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Quote Presented",
        "dotnet",
        {
            "QuoteId": G(lambda f: f.uuid()),
            "Carrier": G(lambda f: f.pick(["Acme Mutual", "Shield Co"])),
            "PremiumAnnual": G(lambda f: f.money(600, 3200)),
            "Deductible": G(lambda f: f.pick([250, 500, 1000])),
            "CoverageLevel": G(lambda f: f.pick(["Basic", "Standard", "Premium"])),
            "PolicyStartDate": G(lambda f: f.date(2024, 2025)),
            "DriverCount": G(lambda f: f.r.randint(1, 3)),
            "IsMultiPolicy": G(lambda f: f.pick([True, False])),
            "AgentName": Y(lambda f: f.full_name(), "name"),
            "AgentLicenseNo": Y(lambda f: f.pick(["0H", "1A", "4G"]) + f.digits(5), "license"),
            "AgentEmail": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Claim Submitted",
        "kotlin",
        {
            "claimId": G(lambda f: "CLM" + f.digits(10)),
            "lossDate": G(lambda f: f.date(2024, 2024)),
            "lossType": G(lambda f: f.pick(["collision", "theft", "glass"])),
            "lossLocation": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "formattedAddress": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
            },
            "thirdParty": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "insurer": G(lambda f: f.pick(["Geico", "Allstate", "unknown"])),
                "plate": Y(plate_us, "license"),
            },
            "injuriesReported": G(lambda f: f.pick([True, False])),
            "injuryDescription": Y(
                lambda f: f.pick(["whiplash", "fractured wrist", "concussion"]), "condition|diagnosis"
            ),
            "photosCount": G(lambda f: f.r.randint(0, 12)),
            "policeReportNumber": G(lambda f: f"{f.r.randint(2024, 2024)}-{f.digits(6)}"),
            "description": G(lambda f: f.pick(["Rear-ended at a red light", "Hail damage on roof"])),
        },
    ),
    (
        "track",
        "Devis Auto Demandé",
        "web_auto",
        {
            "prenom": Y(lambda f: pair(f, FR_NAMES)[0], "name"),
            "nom": Y(lambda f: pair(f, FR_NAMES)[1], "name"),
            "date_de_naissance": Y(lambda f: f.date(), "birthdate"),
            "adresse": Y(fr_address, "address|street"),
            "code_postal": Y(lambda f: f.digits(5), "zipcode"),
            "ville": Y(lambda f: f.pick(["Lyon", "Nantes", "Lille"]), "city"),
            "telephone_portable": Y(phone_fr, "phone"),
            "numero_permis": Y(lambda f: f.digits(12), "license"),
            "immatriculation": Y(plate_fr, "license"),
            "numero_securite_sociale": RED(nir, "social security number|national id"),
            "bonus_malus": G(lambda f: f.pick([0.5, 0.76, 1.0])),
            "usage_vehicule": G(lambda f: f.pick(["privé", "trajet travail"])),
            "situation_familiale": G(lambda f: f.pick(["célibataire", "marié(e)"])),
        },
    ),
    (
        "track",
        "Preventivo RC Auto",
        "dotnet",
        {
            "codice_fiscale": RED(codice_fiscale, "national id"),
            "targa": Y(plate_it, "license"),
            "nome": Y(lambda f: pair(f, IT_NAMES)[0], "name"),
            "cognome": Y(lambda f: pair(f, IT_NAMES)[1], "name"),
            "comune_residenza": Y(lambda f: f.pick(["Torino", "Bologna", "Bari"]), "city"),
            "cap": Y(lambda f: f.digits(5), "zipcode"),
            "classe_merito": G(lambda f: f.r.randint(1, 18)),
            "premio_annuo": G(lambda f: f.money(300, 1500)),
        },
    ),
]

PETS = [
    (
        "track",
        "Vet Appointment Booked",
        "web_pet",
        {
            "appointmentId": G(lambda f: f.r.randint(10**6, 10**7)),
            "pet": {
                "name": G(lambda f: f.pick(PET_NAMES)),
                "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                "breed": G(lambda f: f.pick(["Labrador", "Maine Coon", "Beagle"])),
                "birthDate": G(lambda f: f.date(2012, 2023)),
                "weightKg": G(lambda f: round(f.r.uniform(1, 40), 1)),
                "medications": Many(G(lambda f: f.pick(["Apoquel", "Bravecto", "carprofen"])), 2),
                "allergies": Many(G(lambda f: f.pick(["chicken protein", "flea saliva", "none"])), 2),
                "microchipped": G(lambda f: f.pick([True, False])),
            },
            "owner": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "vetName": Y(lambda f: f"Dr. {f.full_name()}", "name"),
            "clinic": {
                "name": G(lambda f: f.pick(["PawPal Downtown", "Happy Tails Clinic"])),
                "city": G(lambda f: f.pick(["Austin", "Denver"])),
            },
            "reason": G(lambda f: f.pick(["vaccination", "dental cleaning", "limping"])),
        },
    ),
    (
        "track",
        "Sitter Booked",
        "rn",
        {
            "bookingId": G(lambda f: f.uuid()),
            "sitterId": G(lambda f: int(f.digits(6))),
            "sitterFirstName": Y(lambda f: f.first(), "name"),
            "petNames": Many(G(lambda f: f.pick(PET_NAMES)), 3),
            "service": G(lambda f: f.pick(["house_sitting", "drop_in", "dog_walking"])),
            "nights": G(lambda f: f.r.randint(1, 10)),
            "homeAccessInstructions": RED(access_note, "password|secret", True),
            "ownerAddress": Y(lambda f: f"{f.street()}, {f.city()} {f.zip()}", "address"),
        },
    ),
    (
        "track",
        "Order Completed",
        "ruby",
        {
            "order_id": G(lambda f: f.digits(10)),
            "products": Many(
                {
                    "sku": G(lambda f: f.sku()),
                    "name": G(lambda f: f.pick(["Grain-Free Kibble 12kg", "Catnip Mouse", "Flea Collar"])),
                    "price": G(lambda f: f.money(3, 90)),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "address1": Y(lambda f: f.street(), "street|address"),
                "address2": Y(lambda f: f"Apt {f.r.randint(1, 30)}", "address"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "province_code": G(lambda f: f.pick(["CA", "ON", "TX"])),
                "country_code": G(lambda f: f.pick(["US", "CA"])),
            },
            "autoship": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(PET_NAMES)),
            "coupon": G(lambda f: f.pick(["", "PUPPY15"])),
        },
    ),
]

GOV = [
    (
        "track",
        "Benefit Application Submitted",
        "web_gov",
        {
            "caseNumber": G(lambda f: "C" + f.digits(9)),
            "program": G(lambda f: f.pick(["SNAP", "WIC", "LIHEAP"])),
            "householdSize": G(lambda f: f.r.randint(1, 7)),
            "applicant": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dateOfBirth": Y(lambda f: f.date(), "birthdate"),
                "citizenshipStatus": Y(
                    lambda f: f.pick(["US citizen", "naturalized", "non-citizen"]), "citizenship"
                ),
                "immigrationStatus": RED(
                    lambda f: f.pick(["LPR", "refugee", "H-1B", "asylee"]), "visa|citizenship"
                ),
                "ethnicity": Y(
                    lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"
                ),
                "race": Many(Y(lambda f: f.pick(["Black or African American", "White", "Asian"]), "race"), 2),
                "veteranStatus": RED(lambda f: f.pick(["veteran", "not a veteran"]), "veteran"),
                "disabilityStatus": RED(
                    lambda f: f.pick(["yes - mobility", "no", "yes - visual"]), "disability"
                ),
                "monthlyIncome": Y(lambda f: f.r.randint(0, 4000), "salary"),
                "preferredLanguage": G(lambda f: f.pick(["en", "es", "vi"])),
            },
            "mailingAddress": {
                "line1": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "county": G(lambda f: f.pick(["Travis", "Cook", "King"])),
            },
            "caseNotes": RED(case_note, "social security number", True),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "CLIENT_ID": G(lambda f: f.digits(10)),
            "FIRST_NM": Y(lambda f: f.first().upper(), "name"),
            "LAST_NM": Y(lambda f: f.last().upper(), "name"),
            "BIRTH_DT": Y(lambda f: f.date().replace("-", ""), "birthdate"),
            "SSN_LAST4": RED(ssn_last4, "social security number"),
            "ADDR_LINE_1": Y(lambda f: f.street().upper(), "street|address"),
            "CITY_NM": Y(lambda f: f.city().upper(), "city"),
            "ZIP_CD": Y(lambda f: f.zip(), "zipcode"),
            "PHONE_NBR": Y(lambda f: f.phone("nanp_dash"), "phone"),
            "ELIG_STATUS_CD": G(lambda f: f.pick(["A", "P", "D"])),
            "BENEFIT_AMT": G(lambda f: f.money(20, 900)),
            "EBT_CARD_NBR": RED(
                lambda f: f.luhn_complete("507680" + f.digits(12)), "credit card|bank account"
            ),
            "CASEWORKER_ID": G(lambda f: "CW" + f.digits(5)),
        },
    ),
    (
        "page",
        "Eligibility Screener",
        "web_gov",
        {
            "path": G(lambda f: "/screener"),
            "title": G(lambda f: "Check your eligibility"),
            "search": Y(lambda f: f"?ref=sms&phone=%2B1{f.digits(10)}", "phone", True),
            "url": Y(
                lambda f: f"https://benefits.state.example.gov/screener?ref=sms&phone=%2B1{f.digits(10)}",
                "phone",
                True,
            ),
            "referrer": G(lambda f: ""),
        },
    ),
    (
        "track",
        "Toeslag Aangevraagd",
        "php",
        {
            "voornaam": Y(lambda f: pair(f, NL_NAMES)[0], "name"),
            "achternaam": Y(lambda f: pair(f, NL_NAMES)[1], "name"),
            "bsn": RED(bsn, "national id"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "postcode": Y(lambda f: f"{f.r.randint(1000, 9999)} {f.pick(['AB', 'KL', 'XZ'])}", "zipcode"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "street|address"),
            "woonplaats": Y(lambda f: f.pick(["Utrecht", "Rotterdam", "Groningen"]), "city"),
            "iban": RED(lambda f: f.iban("NL"), "bank account"),
            "toeslagsoort": G(lambda f: f.pick(["huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag"])),
            "aantal_kinderen": G(lambda f: f.r.randint(0, 4)),
            "toetsingsinkomen": Y(lambda f: f.r.randint(15000, 60000), "salary"),
        },
    ),
]

CLINIC = [
    (
        "track",
        "Appointment Scheduled",
        "rn",
        {
            "appointmentId": G(lambda f: f.uuid()),
            "providerName": Y(lambda f: f"Dr. {f.full_name()}", "name"),
            "providerNpi": G(lambda f: "1" + f.digits(9)),
            "specialty": G(lambda f: f.pick(["Family Medicine", "Dermatology", "Cardiology"])),
            "visitType": G(lambda f: f.pick(["telehealth", "in_person"])),
            "reasonForVisit": Y(visit_reason, "condition|diagnosis"),
            "scheduledAt": G(lambda f: f.iso()),
            "patientMrn": Y(mrn, "health id"),
            "insuranceMemberId": Y(member_id, "health id"),
            "copay": G(lambda f: f.pick([0, 20, 35])),
            "firstVisit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Encounter Closed",
        "python",
        {
            "encounter_id": G(lambda f: f.digits(9)),
            "patient": {
                "mrn": Y(mrn, "health id"),
                "nhs_number": Y(nhs_number, "health id|national id"),
                "dob": Y(lambda f: f.date(), "birthdate"),
                "sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
            },
            "diagnoses": Many(
                {"code": Y(icd10, "diagnosis"), "description": Y(icd10_text, "diagnosis|condition")}, 3
            ),
            "procedures": Many(
                {
                    "cpt": Y(lambda f: f.pick(["99213", "93000", "80053", "45378"]), "procedure"),
                    "description": Y(
                        lambda f: f.pick(["ECG", "Colonoscopy", "Office visit, est."]), "procedure"
                    ),
                },
                2,
            ),
            "prescriptions": Many(
                {
                    "drug": Y(med, "medication"),
                    "refills": G(lambda f: f.r.randint(0, 5)),
                },
                2,
            ),
            "allergies": Many(Y(lambda f: f.pick(["penicillin", "latex", "sulfa drugs"]), "allergy"), 2),
            "attending_physician": Y(lambda f: f"Dr. {f.last()}", "name"),
            "duration_min": G(lambda f: f.r.randint(10, 60)),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "resourceType": G(lambda f: "Patient"),
            "birthDate": Y(lambda f: f.date(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "given": Many(Y(lambda f: f.first(), "name"), 2),
            "family": Y(lambda f: f.last(), "name"),
            "telecom": Many(
                {
                    "system": G(lambda f: "phone"),
                    "use": G(lambda f: "mobile"),
                    "value": Y(phone_world, "phone", True),
                },
                2,
            ),
            "homeAddress": {
                "line": Many(Y(lambda f: f.street(), "street|address"), 2),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(postcode_any, "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "NL"])),
            },
            "maritalStatus": G(lambda f: f.pick(["M", "S", "U"])),
        },
    ),
    (
        "track",
        "Lab Result Viewed",
        "swift",
        {
            "resultId": G(lambda f: f.uuid()),
            "testName": Y(lambda f: f.pick(["HbA1c", "Lipid panel", "HIV-1/2 antibody"]), "procedure"),
            "abnormalFlag": G(lambda f: f.pick(["H", "L", "N"])),
            "viewedAt": G(lambda f: f.iso()),
            "releasedBy": G(lambda f: "auto"),
        },
    ),
    (
        "track",
        "Portal Message Sent",
        "web_pet",
        {
            "threadId": G(lambda f: f.digits(8)),
            "comment": Y(refill_comment, "medication", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
]

DEALER = [
    (
        "track",
        "Lead Created",
        "hook",
        {
            "prospect": {
                "requestdate": G(lambda f: f.iso()),
                "customer": {
                    "contact": {
                        "name_first": Y(lambda f: f.first(), "name"),
                        "name_last": Y(lambda f: f.last(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone_voice": Y(lambda f: f.phone(), "phone"),
                        "postalcode": Y(lambda f: f.zip(), "zipcode"),
                    },
                    "comments": Y(dealer_comment, "phone", True),
                },
                "vehicle": {
                    "interest": G(lambda f: "buy"),
                    "status": G(lambda f: f.pick(["new", "used"])),
                    "year": G(lambda f: f.r.randint(2019, 2025)),
                    "make": G(lambda f: f.pick(["Subaru", "Kia", "BMW"])),
                    "model": G(lambda f: f.pick(["Outback", "Sorento", "X3"])),
                    "vin": G(vin),
                    "stock": G(lambda f: "S" + f.digits(5)),
                },
                "tradein": {
                    "vin": Y(vin, "serial|identification"),
                    "odometer": G(lambda f: f.r.randint(10000, 180000)),
                    "payoff_lender": G(lambda f: f.pick(["Ally", "Capital One Auto"])),
                },
                "provider": {"name": G(lambda f: f.pick(["Cars.com", "AutoTrader", "CarGurus"]))},
                "vendor": {"name": G(lambda f: f.pick(["Mountain Subaru", "Bayside Kia"]))},
            },
            "salesperson": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "credit_application_submitted",
        "php",
        {
            "app_id": G(lambda f: f.digits(8)),
            "applicant_ssn": RED(lambda f: f.ssn(), "social security number"),
            "applicant_dob": Y(lambda f: f.date(), "birthdate"),
            "employer_name": G(lambda f: f.pick(COMPANIES)),
            "gross_monthly_income": Y(lambda f: f.r.randint(2000, 15000), "salary"),
            "time_at_job_months": G(lambda f: f.r.randint(1, 200)),
            "co_applicant_email": Y(lambda f: f.email(), "email"),
            "residence_type": G(lambda f: f.pick(["own", "rent"])),
            "consent_ip": Y(lambda f: f.ipv4(), "ip"),
            "lender_decision": G(lambda f: f.pick(["approved", "counter", "declined"])),
            "apr": G(lambda f: round(f.r.uniform(3, 18), 2)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "EmailAddress": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: f.phone(), "phone"),
            "HomePhone": Y(lambda f: f.phone("nanp_paren"), "phone"),
            "Street1": Y(lambda f: f.street(), "street|address"),
            "City": Y(lambda f: f.city(), "city"),
            "PostalCode": Y(lambda f: f.zip(), "zipcode"),
            "DriversLicenseNumber": Y(dl_us, "license"),
            "DateOfBirth": Y(lambda f: f.date(), "birthdate"),
            "PreferredContactMethod": G(lambda f: f.pick(["Email", "Phone", "Text"])),
            "OptOutSms": G(lambda f: f.pick([True, False])),
            "LastServiceDate": G(lambda f: f.date(2022, 2024)),
            "CustomerSince": G(lambda f: f.date(2010, 2024)),
        },
    ),
]

CONFERENCE = [
    (
        "track",
        "Ticket Purchased",
        "web_conf",
        {
            "orderId": G(lambda f: "ORD-" + f.digits(7)),
            "ticketType": G(lambda f: f.pick(["Early Bird", "Standard", "VIP"])),
            "price": G(lambda f: f.money(199, 1499)),
            "attendees": Many(
                {
                    "First Name": Y(lambda f: f.first(), "name"),
                    "Last Name": Y(lambda f: f.last(), "name"),
                    "Email Address": Y(lambda f: f.email(), "email"),
                    "Company": G(lambda f: f.pick(COMPANIES)),
                    "Job Title": G(lambda f: f.pick(["CTO", "Developer Advocate", "Product Manager"])),
                    "Badge Name": Y(lambda f: f.first(), "name"),
                    "T-Shirt Size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
                    "Dietary Preference": G(lambda f: f.pick(["none", "vegetarian", "vegan"])),
                    "Accessibility Needs": RED(
                        lambda f: f.pick(
                            ["wheelchair access", "sign language interpreter", "seating near exit (epilepsy)"]
                        ),
                        "disability",
                    ),
                },
                3,
            ),
            "billing-email": Y(lambda f: f.email(), "email"),
            "vat-number": G(lambda f: "DE" + f.digits(9)),
            "promo-code": G(lambda f: f.pick(["", "COMMUNITY20"])),
        },
    ),
    (
        "track",
        "Badge Scanned",
        "flutter",
        {
            "scanId": G(lambda f: f.uuid()),
            "boothId": G(lambda f: f"B-{f.r.randint(1, 300)}"),
            "exhibitorName": G(lambda f: f.pick(COMPANIES)),
            "qrPayload": Y(vcard, "email|name", True),
            "leadRating": G(lambda f: f.pick(["hot", "warm", "cold"])),
            "notes": G(lambda f: f.pick(["Interested in enterprise plan", "Wants a demo in Q3", ""])),
        },
    ),
    (
        "track",
        "Session Checked In",
        "go",
        {
            "session_id": G(lambda f: f"S{f.r.randint(100, 400)}"),
            "session_title": G(lambda f: f.pick(["Scaling Postgres", "Zero-trust in practice"])),
            "room": G(lambda f: f.pick(["Hall B", "Room 204"])),
            "speaker_name": Y(lambda f: f.full_name(), "name"),
            "checkin_method": G(lambda f: f.pick(["qr", "nfc", "manual"])),
            "capacity_remaining": G(lambda f: f.r.randint(0, 200)),
        },
    ),
]

COMMUNITY = [
    (
        "identify",
        None,
        "rn",
        {
            "username": Y(
                lambda f: f.first().lower() + "_" + f.pick(["runs", "hikes", "rides"]) + f.digits(2), "name"
            ),
            "displayName": Y(lambda f: f.full_name(), "name"),
            "bio": G(lambda f: f.pick(["Trail runner. Coffee first.", "Weekend climber", ""])),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "birthday": Y(lambda f: f.date(), "birthdate"),
            "location": Y(lambda f: f.pick(["Austin, TX", "Portland, OR", "Boulder, CO"]), "city|address"),
            "avatarUrl": Y(lambda f: f"https://img.trailhub.example/avatars/{f.hexid(16)}.png", "photo"),
            "sexualOrientation": Y(
                lambda f: f.pick(["gay", "straight", "bisexual", "prefer not to say"]), "sexual orientation"
            ),
            "religion": Y(lambda f: f.pick(["Christian", "Muslim", "Jewish", "none"]), "religion"),
            "followerCount": G(lambda f: f.r.randint(0, 5000)),
            "isVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Post Created",
        "web_social",
        {
            "postId": G(lambda f: int(f.digits(9))),
            "communityId": G(lambda f: f.digits(5)),
            "communityName": G(lambda f: f.pick(["Trail Runners ATX", "Bouldering Beginners"])),
            "title": G(lambda f: f.pick(["Saturday meetup?", "Gear for sale", "Route beta"])),
            "body": Y(post_body, "email", True),
            "wordCount": G(lambda f: f.r.randint(5, 300)),
            "hasImage": G(lambda f: f.pick([True, False])),
            "tags": Many(G(lambda f: f.pick(["meetup", "gear", "beta"])), 3),
        },
    ),
    (
        "track",
        "Content Reported",
        "node",
        {
            "reportId": G(lambda f: f.uuid()),
            "reason": G(lambda f: f.pick(["spam", "harassment", "impersonation"])),
            "reportedUserId": G(lambda f: "u" + f.digits(7)),
            "reporterEmail": Y(lambda f: f.email(), "email"),
            "evidenceScreenshotSha256": G(lambda f: f.hexid(64)),
            "autoModerated": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "kotlin", {}),
]

SAAS = [
    (
        "track",
        "Workspace Member Invited",
        "web_saas",
        {
            "workspaceId": G(lambda f: "ws_" + f.hexid(10)),
            "workspaceName": G(lambda f: f.pick(["Growth Team", "Acme Design", "Platform Eng"])),
            "inviteeEmail": Y(lambda f: f.email(), "email"),
            "inviterName": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: f.pick(["member", "admin", "guest"])),
            "seatCount": G(lambda f: f.r.randint(2, 400)),
            "ssoEnforced": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "employees": G(lambda f: f.r.randint(5, 5000)),
            "industry": G(lambda f: f.pick(["Software", "Healthcare", "Retail"])),
            "plan": G(lambda f: f.pick(["team", "business", "enterprise"])),
            "website": G(lambda f: f.pick(["https://northwind.example", "https://globex.example"])),
            "hq_city": G(lambda f: f.pick(["Seattle", "Berlin", "Toronto"])),
            "billing_email": Y(lambda f: f.email(), "email"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Document Shared",
        "swift",
        {
            "docId": G(lambda f: f.hexid(20)),
            "docTitle": G(lambda f: f.pick(["Q3 OKRs", "Launch checklist", "Retro notes"])),
            "shareType": G(lambda f: f.pick(["link", "direct"])),
            "recipients": Many(Y(lambda f: f.email(), "email", True), 3),
            "permission": G(lambda f: f.pick(["view", "comment", "edit"])),
            "linkExpiresAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Comment Added",
        "php",
        {
            "doc_id": G(lambda f: f.hexid(20)),
            "text": Y(mention_text, "name", True),
            "mentions": Many(Y(lambda f: f.email(), "email", True), 2),
            "thread_depth": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "SCIM User Provisioned",
        "hook",
        {
            "userName": Y(lambda f: f.email(), "email|name"),
            "name": {
                "givenName": Y(lambda f: f.first(), "name"),
                "familyName": Y(lambda f: f.last(), "name"),
            },
            "emails": Many(
                {
                    "value": Y(lambda f: f.email(), "email", True),
                    "primary": G(lambda f: f.pick([True, False])),
                    "type": G(lambda f: "work"),
                },
                2,
            ),
            "phoneNumbers": Many({"value": Y(phone_world, "phone", True), "type": G(lambda f: "mobile")}, 1),
            "externalId": G(lambda f: "00u" + f.hexid(17)),
            "active": G(lambda f: True),
            "title": G(lambda f: f.pick(["Account Executive", "SRE", "Designer"])),
            "department": G(lambda f: f.pick(["Sales", "Engineering", "Design"])),
            "manager": {
                "displayName": Y(lambda f: f.full_name(), "name"),
                "value": G(lambda f: "00u" + f.hexid(17)),
            },
        },
    ),
    (
        "track",
        "API Token Generated",
        "go",
        {
            "token_id": G(lambda f: f.uuid()),
            "name": G(lambda f: f.pick(["ci-deploy", "zapier", "local-dev"])),
            "scopes": Many(G(lambda f: f.pick(["read:docs", "write:docs", "admin"])), 3),
            "expires_at": G(lambda f: f.iso()),
            "token": RED(lambda f: f.secret(), "token|secret"),
            "last_four": G(lambda f: f.hexid(4)),
        },
    ),
    (
        "track",
        "Subscription Upgraded",
        "ruby",
        {
            "plan_from": G(lambda f: "team"),
            "plan_to": G(lambda f: f.pick(["business", "enterprise"])),
            "seats": G(lambda f: f.r.randint(5, 500)),
            "mrr_delta": G(lambda f: f.money(50, 9000)),
            "billing_cycle": G(lambda f: f.pick(["monthly", "annual"])),
            "coupon_code": G(lambda f: f.pick(["", "SAVE20"])),
        },
    ),
]

ESIGN = [
    (
        "track",
        "Envelope Sent",
        "java",
        {
            "envelopeId": G(lambda f: f.uuid()),
            "templateName": G(lambda f: f.pick(["NDA v3", "Lease Agreement", "Offer Letter"])),
            "documentSha256": G(lambda f: f.hexid(64)),
            "documentCount": G(lambda f: f.r.randint(1, 4)),
            "signers": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "routingOrder": G(lambda f: f.r.randint(1, 3)),
                    "authMethod": G(lambda f: f.pick(["sms", "email", "access_code"])),
                    "phone": Y(phone_world, "phone"),
                    "accessCode": RED(lambda f: f.digits(6), "password"),
                },
                3,
            ),
            "ccEmails": Many(Y(lambda f: f.email(), "email"), 2),
            "expiresInDays": G(lambda f: f.pick([7, 14, 30])),
        },
    ),
    (
        "track",
        "Envelope Completed",
        "hook",
        {
            "event": G(lambda f: "envelope-completed"),
            "data": {
                "envelopeId": G(lambda f: f.uuid()),
                "envelopeSummary": {
                    "status": G(lambda f: "completed"),
                    "completedDateTime": G(lambda f: f.iso()),
                    "sender": {
                        "userName": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                    },
                    "recipients": {
                        "signers": Many(
                            {
                                "name": Y(lambda f: f.full_name(), "name"),
                                "email": Y(lambda f: f.email(), "email"),
                                "recipientIdGuid": G(lambda f: f.uuid()),
                                "signedDateTime": G(lambda f: f.iso()),
                                "tabs": {
                                    "textTabs": Many(
                                        {
                                            "tabLabel": G(lambda f: "Full Name"),
                                            "value": Y(lambda f: f.full_name(), "name", True),
                                        },
                                        1,
                                    )
                                },
                            },
                            2,
                        )
                    },
                    "customFields": {
                        "textCustomFields": Many(
                            {
                                "name": G(lambda f: f.pick(["Deal ID", "Region"])),
                                "value": G(lambda f: f.pick(["D-" + f.digits(4), "EMEA"])),
                            },
                            2,
                        )
                    },
                },
            },
        },
    ),
    (
        "track",
        "Signature Completed",
        "web_sign",
        {
            "signatureType": G(lambda f: f.pick(["drawn", "typed", "uploaded"])),
            "geo": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "accuracyM": G(lambda f: f.r.randint(5, 2000)),
            },
            "signerCertificateSerial": Y(
                lambda f: ":".join(f.hexid(2) for _ in range(16)), "certificate|serial"
            ),
            "auditTrailHash": G(lambda f: f.hexid(64)),
            "pageCount": G(lambda f: f.r.randint(1, 30)),
        },
    ),
]

MARKETING = [
    (
        "identify",
        None,
        "php",
        {
            "email_address": Y(lambda f: f.email(), "email"),
            "merge_fields": {
                "FNAME": Y(lambda f: f.first(), "name"),
                "LNAME": Y(lambda f: f.last(), "name"),
                "PHONE": Y(phone_world, "phone"),
                "BIRTHDAY": Y(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"),
                "ADDRESS": {
                    "addr1": Y(lambda f: f.street(), "street|address"),
                    "addr2": Y(lambda f: f"Suite {f.r.randint(100, 900)}", "address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.pick(["CA", "WA"])),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: "US"),
                },
                "MMERGE7": G(lambda f: f.pick(["Gold", "Silver"])),
                "MMERGE8": Y(lambda f: f.phone("nanp_dot"), "phone", True),
            },
            "status": G(lambda f: f.pick(["subscribed", "pending"])),
            "ip_signup": Y(lambda f: f.ipv4(), "ip"),
            "timestamp_opt": G(lambda f: f.iso()),
            "unique_email_id": G(lambda f: f.hexid(10)),
            "member_rating": G(lambda f: f.r.randint(1, 5)),
            "vip": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Purchase",
        "node",
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://www.shopbright.example/thank-you"),
            "user_data": {
                "em": Many(Y(lambda f: sha(f.email()), "email"), 1),
                "ph": Many(Y(lambda f: sha(f.digits(11)), "phone"), 1),
                "fn": Y(lambda f: sha(f.first()), "name"),
                "ln": Y(lambda f: sha(f.last()), "name"),
                "db": Y(lambda f: sha(f.date().replace("-", "")), "birthdate"),
                "ge": Y(lambda f: sha(f.pick(["f", "m"])), "gender"),
                "ct": Y(lambda f: sha(f.city().replace(" ", "")), "city"),
                "st": G(lambda f: sha(f.pick(["ca", "ny", "tx"]))),
                "zp": Y(lambda f: sha(f.zip()), "zipcode"),
                "country": G(lambda f: sha("us")),
                "external_id": G(lambda f: sha("u" + f.digits(7))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            },
            "custom_data": {
                "currency": G(lambda f: "USD"),
                "value": G(lambda f: f.money(10, 400)),
                "content_ids": Many(G(lambda f: f.sku()), 3),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "track",
        "conversion",
        "web_mkt",
        {
            "send_to": G(lambda f: "AW-" + f.digits(9) + "/" + f.hexid(8)),
            "transaction_id": G(lambda f: "T" + f.digits(8)),
            "conversion_value": G(lambda f: f.money(10, 900)),
            "gclid": Y(lambda f: "Cj0KCQ" + f.hexid(30), "advertising id"),
            "enhanced_conversion_data": {
                "sha256_email_address": Y(lambda f: sha(f.email()), "email"),
                "sha256_phone_number": Y(lambda f: sha("+1" + f.digits(10)), "phone"),
                "address": {
                    "sha256_first_name": Y(lambda f: sha(f.first()), "name"),
                    "sha256_last_name": Y(lambda f: sha(f.last()), "name"),
                    "sha256_street": Y(lambda f: sha(f.street()), "street|address"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: "US"),
                },
            },
        },
    ),
    (
        "identify",
        None,
        "ruby",
        {
            "$FirstName": Y(lambda f: f.first(), "name"),
            "$LastName": Y(lambda f: f.last(), "name"),
            "$Gender": Y(lambda f: f.pick(["F", "M"]), "gender"),
            "$Mobile": Y(phone_world, "phone"),
            "$Zip": Y(lambda f: f.zip(), "zipcode"),
            "$City": Y(lambda f: f.city(), "city"),
            "$Address": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
            "$Country": G(lambda f: f.pick(["US", "CA"])),
            "$State": G(lambda f: f.pick(["NY", "QC"])),
            "loyalty_points": G(lambda f: f.r.randint(0, 9000)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "external_id": G(lambda f: "u" + f.digits(7)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(phone_world, "phone"),
            "dob": Y(lambda f: f.date(), "birthdate"),
            "gender": Y(lambda f: f.pick(["F", "M", "O", "N"]), "gender"),
            "home_city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.pick(["US", "GB"])),
            "language": G(lambda f: "en"),
            "email_subscribe": G(lambda f: f.pick(["opted_in", "subscribed", "unsubscribed"])),
            "push_subscribe": G(lambda f: f.pick(["opted_in", "subscribed"])),
            "braze_id": G(lambda f: f.hexid(24)),
            "time_zone": G(lambda f: "America/New_York"),
        },
    ),
    (
        "identify",
        None,
        "web_mkt",
        {
            "firstname": Y(lambda f: f.first(), "name"),
            "lastname": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(phone_world, "phone"),
            "company": G(lambda f: f.pick(COMPANIES)),
            "jobtitle": G(lambda f: f.pick(["VP Marketing", "Engineer"])),
            "hs_object_id": G(lambda f: int(f.digits(11))),
            "lifecyclestage": G(lambda f: f.pick(["lead", "marketingqualifiedlead"])),
            "hubspotutk": Y(lambda f: f.hexid(32), "advertising id"),
            "hs_analytics_source": G(lambda f: f.pick(["ORGANIC_SEARCH", "PAID_SOCIAL"])),
            "numemployees": G(lambda f: f.pick(["1-5", "25-50", "1000+"])),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "message": Y(lambda f: f"Please call me back at {f.phone()}", "phone", True),
        },
    ),
    (
        "track",
        "Lead Synced",
        "java",
        {
            "lead": {
                "id": G(lambda f: int(f.digits(7))),
                "FirstName": Y(lambda f: f.first(), "name"),
                "LastName": Y(lambda f: f.last(), "name"),
                "Email": Y(lambda f: f.email(), "email"),
                "MobilePhone": Y(lambda f: f.phone(), "phone"),
                "PostalCode": Y(lambda f: f.zip(), "zipcode"),
                "Company": G(lambda f: f.pick(COMPANIES)),
                "Unsubscribed": G(lambda f: f.pick([True, False])),
                "leadScore": G(lambda f: f.r.randint(0, 150)),
                "mktoName": Y(lambda f: f.full_name(), "name"),
            },
            "programName": G(lambda f: f.pick(["2024-Q3 Webinar", "Trade Show Follow-up"])),
        },
    ),
    (
        "track",
        "Snowplow Event Forwarded",
        "hook",
        {
            "app_id": G(lambda f: "shopbright-web"),
            "event_id": G(lambda f: f.uuid()),
            "user_ipaddress": Y(lambda f: f.ipv4(), "ip"),
            "domain_userid": G(lambda f: f.uuid()),
            "network_userid": G(lambda f: f.uuid()),
            "geo_city": Y(lambda f: f.city(), "city"),
            "geo_zipcode": Y(lambda f: f.zip(), "zipcode"),
            "geo_latitude": Y(lambda f: f.lat(), "geolocation"),
            "geo_longitude": Y(lambda f: f.lon(), "geolocation"),
            "geo_region": G(lambda f: f.pick(["CA", "NY"])),
            "geo_country": G(lambda f: "US"),
            "br_lang": G(lambda f: "en-US"),
            "dvce_screenwidth": G(lambda f: 1440),
            "mkt_clickid": Y(lambda f: "Cj0KCQ" + f.hexid(30), "advertising id"),
            "contexts_com_shopbright_customer_1": Many(
                {"email": Y(lambda f: f.email(), "email"), "tier": G(lambda f: f.pick(["gold", "basic"]))}, 1
            ),
            "contexts_com_snowplowanalytics_snowplow_web_page_1": Many({"id": G(lambda f: f.uuid())}, 1),
        },
    ),
]

OTHER = [
    (
        "identify",
        None,
        "swift",
        {
            "氏名": Y(lambda f: pair(f, JP_NAMES)[0], "name"),
            "フリガナ": Y(lambda f: pair(f, JP_NAMES)[1], "name"),
            "メールアドレス": Y(lambda f: f.email(), "email"),
            "電話番号": Y(phone_jp, "phone"),
            "郵便番号": Y(lambda f: f"{f.digits(3)}-{f.digits(4)}", "zipcode"),
            "住所": Y(jp_address, "address"),
            "生年月日": Y(lambda f: f.date().replace("-", "/"), "birthdate"),
            "性別": Y(lambda f: f.pick(["男性", "女性"]), "gender"),
            "会員ランク": G(lambda f: f.pick(["ゴールド", "シルバー"])),
        },
    ),
    (
        "track",
        "Hesap Doğrulandı",  # noqa: RUF001
        "rn",
        {
            "ad": Y(lambda f: pair(f, TR_NAMES)[0], "name"),
            "soyad": Y(lambda f: pair(f, TR_NAMES)[1], "name"),
            "tc_kimlik_no": RED(tc_kimlik, "national id"),
            "dogum_tarihi": Y(lambda f: f.date(), "birthdate"),
            "cep_telefonu": Y(phone_tr, "phone"),
            "il": Y(lambda f: f.pick(["İstanbul", "Ankara", "İzmir"]), "city"),
            "dogrulama_seviyesi": G(lambda f: f.pick([1, 2])),
        },
    ),
    (
        "track",
        "Webhook Delivered",
        "hook",
        {
            "endpoint": G(lambda f: "https://hooks.partner.example/v1/ingest"),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "status_code": G(lambda f: f.pick([200, 202, 500])),
            "headers": {
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(lambda f: "Go-http-client/2.0"),
                "x-request-id": G(lambda f: f.uuid()),
            },
            "payload": {
                "data": Y(lambda f: f.email(), "email", True),
                "seq": G(lambda f: f.r.randint(1, 10**6)),
                "kind": G(lambda f: f.pick(["user.updated", "user.created"])),
            },
        },
    ),
    (
        "track",
        "Integration Sync Failed",
        "python",
        {
            "error": G(lambda f: f.pick(["timeout", "rate_limited", "schema_mismatch"])),
            "cf_360012345678": Y(phone_world, "phone", True),
            "value": RED(lambda f: f.iban(f.pick(["GB", "ES", "FR"])), "bank account", True),
            "v": Y(lambda f: f.mac(), "mac", True),
            "attrs": {
                "a1": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
                "a2": G(lambda f: f.r.randint(0, 9)),
            },
            "blob": {"f2": RED(lambda f: f.card(), "credit card", True)},
            "t": RED(lambda f: f.jwt(), "token", True),
            "x": RED(lambda f: f.secret(), "secret|token", True),
            "retry_in_s": G(lambda f: f.pick([30, 60, 300])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "hook",
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(7))),
                "subject": G(lambda f: f.pick(["Double charge", "Refund request"])),
                "description": RED(ticket_text, "credit card", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "tags": Many(G(lambda f: f.pick(["billing", "vip", "chargeback"])), 3),
                "custom_fields": Many(
                    {"id": G(lambda f: int(f.digits(12))), "value": Y(phone_world, "phone", True)}, 1
                ),
            },
        },
    ),
    (
        "track",
        "Device Paired",
        "kotlin",
        {
            "hwAddress": Y(lambda f: f.mac(), "mac"),
            "serialNumber": Y(lambda f: f.pick(["SN", "C02"]) + f.hexid(10).upper(), "serial"),
            "firmwareVersion": G(lambda f: f.pick(["2.4.1", "2.5.0-rc1"])),
            "model": G(lambda f: f.pick(["PetCam Mini", "SmartFeeder 2"])),
            "pairingDurationMs": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "Payout Note Added",
        "ruby",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "note": RED(refund_iban_text, "bank account", True),
            "amount_cents": G(lambda f: f.r.randint(500, 900000)),
        },
    ),
    (
        "track",
        "Profile Completeness Computed",
        "go",
        {
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_count": G(lambda f: f.r.randint(0, 3)),
            "address_count": G(lambda f: f.r.randint(0, 4)),
            "has_profile_photo": G(lambda f: f.pick([True, False])),
            "name_length": G(lambda f: f.r.randint(3, 40)),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "password_last_changed_days": G(lambda f: f.r.randint(0, 900)),
            "ssn_on_file": G(lambda f: f.pick([True, False])),
            "dob_provided": G(lambda f: f.pick([True, False])),
            "gender_selected": G(lambda f: f.pick([True, False])),
            "completeness_pct": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Privacy Settings Updated",
        "swift",
        {
            "shareLocation": G(lambda f: f.pick([True, False])),
            "ipAnonymization": G(lambda f: True),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "adPersonalization": G(lambda f: f.pick([True, False])),
            "dataRetentionDays": G(lambda f: f.pick([30, 90, 365])),
            "birthdayRewardSentAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "App Crashed",
        "flutter",
        {
            "exceptionType": G(lambda f: f.pick(["StateError", "FormatException"])),
            "stackHash": G(lambda f: f.hexid(40)),
            "buildNumber": G(lambda f: f.r.randint(100, 999)),
            "freeMemoryMb": G(lambda f: f.r.randint(50, 3000)),
            "screenName": G(lambda f: f.pick(["Checkout", "Profile", "LessonPlayer"])),
            "isFatal": G(lambda f: f.pick([True, False])),
        },
    ),
]

EVENTS = HOTELS_STR + TENANT + EDTECH + BANK + CRYPTO + AUTO + PETS + GOV + CLINIC + DEALER
EVENTS += CONFERENCE + COMMUNITY + SAAS + ESIGN + MARKETING + OTHER


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
                "userId": "u" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=61, repeats=2)
    write(Path(__file__).parent, "holdout6_", events, labels)
