"""Writes the fourth holdout: tests/corpus/holdout4_events.jsonl and holdout4_labels.json.

Written by an independent tester WITHOUT reading the engine, its vocabularies, the other corpora's
labels or docs/detection.md, so its first score measures generalisation. Verticals: online
marketplaces and gig economy, insurance claims, e-learning, real estate, telecoms, gaming,
automotive / EV charging, utilities, public-sector services, retail loyalty. Contexts of
analytics.js, analytics-ios/swift, analytics-kotlin, react-native and the python, node, go, java
and ruby server libraries; track, identify, page, screen and group calls. Keys in camelCase,
snake_case, PascalCase, Title Case, kebab-case and abbreviations, plus German, Spanish, Brazilian
Portuguese, Swedish, Polish, Turkish and Indonesian keys and vendor conventions (HubSpot, Shopify,
Stripe `billing_details`, Mixpanel `$` properties, Klaviyo, Braze, Intercom custom attributes).

Labelling rules: identifiers the sender issues itself (user, customer, order, loyalty, claim ids)
are green; identifiers from official documents are red (national id, passport, visa) or yellow
(licence, health insurance number); hardware owned by a person (IMEI, ICCID, wallbox and meter
serials, VIN) is yellow `serial`; region, country, locale, timezone and currency are green; a
listing's or a company's place is green, a person's is not; booleans, counters and enums under
PII-sounding keys are green unless the boolean itself states a sensitive fact (`is_veteran`).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- local names, places and document numbers ------------------------------------------------------

LOCAL = {
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix"], ["Schmidt", "Schneider", "Fischer", "Weber"]),
    "es": (["Alejandro", "Lucía", "Javier", "Carmen"], ["Fernández", "López", "Martínez", "Sánchez"]),
    "br": (["João", "Ana", "Lucas", "Mariana"], ["Souza", "Oliveira", "Santos", "Pereira"]),
    "se": (["Erik", "Astrid", "Lars", "Ingrid"], ["Andersson", "Johansson", "Karlsson", "Nilsson"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Nowak", "Wiśniewska", "Wójcik", "Kowalczyk"]),
    "tr": (["Ayşe", "Mehmet", "Elif", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),  # noqa: RUF001
    "id": (["Budi", "Siti", "Agus", "Dewi"], ["Santoso", "Wijaya", "Lestari", "Hidayat"]),
}
CITIES = {
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
    "es": ["Madrid", "Guadalajara", "Sevilla", "Monterrey"],
    "br": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"],
    "se": ["Stockholm", "Göteborg", "Malmö", "Uppsala"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa"],
    "id": ["Jakarta Selatan", "Bandung", "Surabaya", "Denpasar"],
}
DE_STREETS = ["Hauptstraße", "Lindenweg", "Bahnhofstr.", "Am Markt", "Goethestraße"]


def first(f: Fake, lang: str) -> str:
    return f.pick(LOCAL[lang][0])


def last(f: Fake, lang: str) -> str:
    return f.pick(LOCAL[lang][1])


def local_name(f: Fake, lang: str) -> str:
    return f"{first(f, lang)} {last(f, lang)}"


def local_phone(f: Fake, country: str) -> str:
    d = f.digits
    return {
        "de": lambda: f.pick([f"+49 151 {d(8)}", f"0151 {d(8)}", f"030 {d(8)}", f"+4917{d(9)}"]),
        "br": lambda: f.pick([f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}"]),
        "id": lambda: f.pick([f"0812-{d(4)}-{d(4)}", f"+62 813 {d(4)} {d(4)}"]),
        "tr": lambda: f.pick([f"0532 {d(3)} {d(2)} {d(2)}", f"+90 505 {d(3)} {d(2)} {d(2)}"]),
        "pl": lambda: f.pick([f"+48 512 {d(3)} {d(3)}", f"601-{d(3)}-{d(3)}"]),
        "se": lambda: f.pick([f"070-{d(3)} {d(2)} {d(2)}", f"+46 70 {d(3)} {d(2)} {d(2)}"]),
        "mx": lambda: f.pick([f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"]),
        "es": lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
        "uk": lambda: f.pick([f"+447700900{d(3)}", f"07700 900{d(3)}"]),
    }[country]()


def iban(f: Fake, country: str, bban_len: int) -> str:
    bban = f.digits(bban_len)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        r = sum(x * (n - i) for i, x in enumerate(d)) * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if f.r.random() < 0.7 else s


def pesel(f: Fake) -> str:
    d = [
        int(c) for c in f"{f.r.randint(50, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.digits(4)}"
    ]
    check = (10 - sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True)) % 10) % 10
    return "".join(map(str, d)) + str(check)


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nik(f: Fake) -> str:
    day = f.r.randint(1, 28) + f.pick([0, 40])
    return f"3174{f.r.randint(1, 9):02d}{day:02d}{f.r.randint(1, 12):02d}{f.r.randint(70, 99)}{f.digits(4)}"


def personnummer(f: Fake) -> str:
    body = f"{f.r.randint(50, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.digits(3)}"
    full = f.luhn_complete(body)
    return f.pick([f"19{full[:6]}-{full[6:]}", f"{full[:6]}-{full[6:]}"])


def steuer_id(f: Fake) -> str:
    digits = [int(c) for c in f.digits(10)]
    product = 10
    for x in digits:
        s = (x + product) % 10 or 10
        product = s * 2 % 11
    check = (11 - product) % 10
    return "".join(map(str, digits)) + str(check)


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nino(f: Fake) -> str:
    body = f"{f.pick(['AB', 'CE', 'JG', 'SN', 'PR'])}{f.digits(6)}{f.pick('ABCD')}"
    return f.pick([body, f"{body[:2]} {body[2:4]} {body[4:6]} {body[6:8]} {body[8]}"])


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["WVW", "5YJ", "WBA", "VF1"]) + "".join(f.pick(chars) for _ in range(14))


def plate(f: Fake, country: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country == "de":
        return f"{f.pick(['B', 'HH', 'M', 'K'])}-{f.pick(up)}{f.pick(up)} {f.r.randint(1, 9999)}"
    if country == "es":
        return f"{f.digits(4)} {''.join(f.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    return f"{f.pick(up)}{f.pick(up)}{f.r.randint(10, 73)} {''.join(f.pick(up) for _ in range(3))}"


def imei(f: Fake) -> str:
    return f.luhn_complete("35" + f.digits(12))


def iccid(f: Fake) -> str:
    return f.luhn_complete("8944" + f.digits(14))


def passport_no(f: Fake) -> str:
    alnum = "CFGHJKLMNPRTVWXYZ0123456789"
    return f.pick(["C" + "".join(f.pick(alnum) for _ in range(8)), f.digits(9), "X" + f.digits(7)])


def sha256(f: Fake) -> str:
    return f.hexid(64)


def opaque_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return f.pick(["ya29.a0", "gho_", "EAAG"]) + "".join(f.pick(alnum) for _ in range(48))


def avatar(f: Fake) -> str:
    return f.pick(
        [
            f"https://cdn.example.com/avatars/{f.digits(7)}.jpg",
            f"https://images.example.net/u/{f.hexid(12)}/profile_400x400.png",
        ]
    )


def ip_like_version(f: Fake) -> str:
    return f"{f.r.randint(1, 12)}.{f.r.randint(0, 30)}.{f.r.randint(0, 9)}.{f.r.randint(100, 250)}"


# -- free text that always carries the PII it is labelled with --------------------------------------


def text_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, is this still available? Text me on {local_phone(f, 'de')}",
            f"Call me after 6pm: {f.phone()}",
            f"Best reached on {local_phone(f, 'uk')}, ask for reception if I don't pick up",
        ]
    )


def text_with_email(f: Fake) -> str:
    return f.pick(
        [
            f"Please reply to {f.email()} and not to my work address.",
            f"Send the invoice to {f.email()} thanks",
            f"Changed my mail to {f.email()} last week but still no login link",
        ]
    )


def incident_text(f: Fake) -> str:
    return f.pick(
        [
            f"Rear-ended at the lights on {f.pick(['Oak Avenue', 'Market Street'])}. Other driver "
            f"{f.full_name()}, phone {f.phone()}.",
            f"Neighbour {f.full_name()} ({f.phone()}) saw the water coming through the ceiling.",
            f"Witness: {f.full_name()}, tel {local_phone(f, 'uk')}",
        ]
    )


def chat_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"add me on insta or call {local_phone(f, 'tr')} lol",
            f"ur trash, whatsapp me {local_phone(f, 'id')} if u want a 1v1",
            f"my number is {local_phone(f, 'br')} msg me",
        ]
    )


def chat_with_card(f: Fake) -> str:
    return f.pick(
        [
            f"My card {f.card(formatted=True)} was charged twice for the same order",
            f"hi, the payment with {f.card()} failed but money left my account",
        ]
    )


def note_with_ssn(f: Fake) -> str:
    return f.pick(
        [
            f"Caller verified SSN {f.ssn()} and DOB over the phone",
            f"SSN on file {f.ssn()} does not match the W-2; escalated",
        ]
    )


def bearer_log(f: Fake) -> str:
    return f.pick(
        [
            f"401 from upstream, Authorization: Bearer {f.jwt()}",
            f"retrying with token {f.jwt()}",
        ]
    )


# -- contexts ------------------------------------------------------------------------------------


def web_ctx(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.72.0")},
        "page": {
            "path": G(lambda f: f.pick(["/", "/account", "/apply", "/checkout"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://t.co/x1Yz"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?step=2"])),
            "title": G(lambda f: f.pick(["Home", "My account", "Apply now"])),
            "url": G(lambda f: "https://www.example.com" + f.pick(["/", "/account", "/apply"])),
        },
        "userAgent": G(lambda f: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0.0.0 Safari/537.36"),
        "userAgentData": {
            "brands": Many({"brand": G(lambda f: "Chromium"), "version": G(lambda f: "123")}, 2),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: "Windows"),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "pt-BR", "es-MX"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Sao_Paulo"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring-promo", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social"])),
        },
    }


def ios_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Wayfare"),
            "version": G(lambda f: f.pick(["7.2.0", "7.3.1"])),
            "build": G(lambda f: f.pick(["7200", "7301"])),
            "namespace": G(lambda f: "com.wayfare.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone12,1"])),
            # Older iOS versions report the user-chosen device name.
            "name": Y(
                lambda f: f.pick([f"{f.first()}'s iPhone", f"iPhone von {f.first()}", "iPhone"]), "name"
            ),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: f.pick(["analytics-ios", "analytics-swift"])),
            "version": G(lambda f: f.pick(["4.1.8", "1.5.11"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "15.7"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telekom.de", "Vivo", "Telia"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "sv-SE"])),
        "timezone": G(lambda f: f.pick(["Europe/Stockholm", "America/Chicago"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Voltline"),
            "version": G(lambda f: "3.4.2"),
            "build": G(lambda f: "30402"),
            "namespace": G(lambda f: "io.voltline.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546B", "23053RN02Y", "Pixel 8"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: 2.625),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2340),
        },
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: True)},
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "locale": G(lambda f: f.pick(["id-ID", "tr-TR", "en-IN"])),
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Europe/Istanbul"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Ridealong"),
            "version": G(lambda f: "2.31.0"),
            "build": G(lambda f: "2310"),
            "namespace": G(lambda f: "com.ridealong"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "os": {"name": G(lambda f: f.pick(["iOS", "Android"])), "version": G(lambda f: "17.2")},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "locale": G(lambda f: "en-US"),
        "timezone": G(lambda f: "America/New_York"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: "United States"),
            "speed": G(lambda f: round(f.r.uniform(0, 30), 1)),
        },
    }


def server_ctx(lib: str, version: str, extra=None):
    def make(f: Fake):
        ctx = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: version)},
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        }
        ctx.update(extra or {})
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "ios": ios_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "python": server_ctx("analytics-python", "2.3.2", {"traits": {"email": Y(lambda f: f.email(), "email")}}),
    "node": server_ctx(
        "@segment/analytics-node", "2.1.0", {"channel": G(lambda f: "server"), "active": G(lambda f: False)}
    ),
    "go": server_ctx(
        "analytics-go",
        "3.3.0",
        {
            # The worker's own address: infrastructure, not a person.
            "instance": {
                "hostname": G(lambda f: "worker-" + f.hexid(5)),
                "pod_ip": G(
                    lambda f: f"10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(2, 250)}"
                ),
            }
        },
    ),
    "java": server_ctx(
        "analytics-java", "3.5.1", {"userAgent": G(lambda f: "analytics-java/3.5.1 (Java 17.0.9)")}
    ),
    "ruby": server_ctx("analytics-ruby", "2.4.3", {"groupId": G(lambda f: "org_" + f.digits(6))}),
}

# -- events --------------------------------------------------------------------------------------

MARKETPLACE = [
    (
        "track",
        "Listing Created",
        "web",
        {
            "listingId": G(lambda f: "lst_" + f.digits(9)),
            "title": G(lambda f: f.pick(["Vintage oak desk", "iPhone 12 128GB", "Kids bike 20 inch"])),
            "price": G(lambda f: f.money(5, 900)),
            "currency": G(lambda f: "EUR"),
            "condition": G(lambda f: f.pick(["used - good", "new", "refurbished"])),
            "photos": Many(G(lambda f: f"https://img.example.com/listings/{f.hexid(10)}.jpg"), 3),
            "pickupPostcode": Y(lambda f: f.zip(), "zipcode"),
            "seller": {
                "displayName": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
                "shopName": G(lambda f: f.pick(["Oak & Iron", "Retro Finds Berlin", "Bike Barn"])),
                "rating": G(lambda f: round(f.r.uniform(3, 5), 1)),
                "payoutIban": RED(lambda f: f.iban("DE"), "bank account"),
            },
        },
    ),
    (
        "track",
        "Offer Sent",
        "ios",
        {
            "listing_id": G(lambda f: f.digits(9)),
            "offer_amount": G(lambda f: f.money(5, 500)),
            "text": Y(text_with_phone, "phone", True),
            "buyer_first_name": Y(lambda f: f.first(), "name"),
            "counter_offer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Review Posted",
        "go",
        {
            "Rating": G(lambda f: f.r.randint(1, 5)),
            "ReviewText": G(
                lambda f: f.pick(
                    ["Fast shipping, as described.", "Item was smaller than expected.", "Great!"]
                )
            ),
            "ReviewerDisplayName": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "ListingName": G(lambda f: f.pick(["Vintage oak desk", "Kids bike 20 inch"])),
            "PhotosCount": G(lambda f: f.r.randint(0, 4)),
            "VerifiedPurchase": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "avatar": Y(avatar, "photo"),
            "createdAt": G(lambda f: f.iso()),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_count": G(lambda f: f.r.randint(0, 2)),
            "plan": G(lambda f: f.pick(["free", "pro_seller"])),
            "address": {
                "street": Y(lambda f: f.street(), "street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.pick(["CA", "TX", "NY"])),
                "country": G(lambda f: "US"),
            },
            "address_type": G(lambda f: f.pick(["home", "work", "other"])),
        },
    ),
    (
        "track",
        "Delivery Accepted",
        "kotlin",
        {
            "courierId": G(lambda f: "cr_" + f.digits(7)),
            "courier_name": Y(lambda f: f.full_name(), "name"),
            "courier_phone": Y(lambda f: f.phone(), "phone"),
            "vehicle_plate": Y(lambda f: plate(f, "uk"), "license|identification"),
            "pickup_address": Y(lambda f: f"{f.street()}, {f.city()} {f.zip()}", "address"),
            "dropoff": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "eta_minutes": G(lambda f: f.r.randint(5, 45)),
            "order_ref": G(lambda f: f.lucky_order_number()),
            "batch_size": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Courier Onboarded",
        "go",
        {
            "CourierID": G(lambda f: f.digits(8)),
            "LegalName": Y(lambda f: f.full_name(), "name"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "SSN": RED(lambda f: f.ssn(), "social security number"),
            "DriversLicenseNumber": Y(lambda f: f.pick("ABCDFGW") + f.digits(7), "license"),
            "DriversLicenseState": G(lambda f: f.pick(["CA", "NY", "WA"])),
            "BackgroundCheckStatus": G(lambda f: f.pick(["clear", "consider", "pending"])),
            "AccountNumber": RED(lambda f: f.digits(10), "bank account"),
            "VehicleVIN": Y(vin, "serial|identification"),
            "InsuranceExpiry": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Payout Sent",
        "ruby",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "amount": G(lambda f: f.money(20, 2000)),
            "destination": {
                "iban": RED(lambda f: f.iban(f.pick(["NL", "ES", "FR"])), "bank account"),
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "bank_name": G(lambda f: f.pick(["ING", "BBVA", "Crédit Agricole"])),
                "country": G(lambda f: f.pick(["NL", "ES", "FR"])),
            },
            "arrival_date": G(lambda f: f.date(2024, 2024)),
            "statement_descriptor": G(lambda f: "RIDEALONG PAYOUT"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "rn",
        {
            "emergency_contact_name": Y(lambda f: f.full_name(), "name"),
            "emergency_contact_phone": Y(lambda f: f.phone(), "phone"),
            "emergency_contact_relationship": G(lambda f: f.pick(["partner", "parent", "friend"])),
            "share_trip_status": G(lambda f: f.pick([True, False])),
        },
    ),
]

INSURANCE = [
    (
        "track",
        "Claim Started",
        "web",
        {
            "claimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "claimType": G(lambda f: f.pick(["auto", "home", "travel"])),
            "incidentDate": G(lambda f: f.date(2024, 2024)),
            "incidentDescription": Y(incident_text, "phone|name", True),
            "injuries": Many(
                Y(lambda f: f.pick(["whiplash", "fractured wrist", "concussion"]), "diagnosis|condition"), 2
            ),
            "thirdParty": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "insurer": G(lambda f: f.pick(["Allianz", "AXA", "Aviva"])),
                "plate": Y(lambda f: plate(f, "de"), "license|identification"),
            },
            "estimatedCost": G(lambda f: f.money(200, 15000)),
            "hospitalName": G(lambda f: f.pick(["St Thomas' Hospital", "Charité Mitte"])),
        },
    ),
    (
        "track",
        "Claim Payout Approved",
        "java",
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "Payee": {
                "FullName": Y(lambda f: f.full_name(), "name"),
                "Iban": RED(lambda f: f.iban("GB"), "bank account"),
                "Bic": G(lambda f: f.pick(["NWBKGB2L", "DEUTDEFF"])),
            },
            "Amount": G(lambda f: f.money(100, 12000)),
            "ApprovedBy": G(lambda f: "adj_" + f.digits(4)),
            "FraudScore": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "Kundennummer": G(lambda f: f.digits(9)),
            "Vorname": Y(lambda f: first(f, "de"), "name"),
            "Nachname": Y(lambda f: last(f, "de"), "name"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.19{f.r.randint(50, 99)}",
                "birthdate",
            ),
            "Anschrift": Y(
                lambda f: f"{f.pick(DE_STREETS)} {f.r.randint(1, 120)}, {f.zip()} {f.pick(CITIES['de'])}",
                "address",
            ),
            "Telefonnummer": Y(lambda f: local_phone(f, "de"), "phone"),
            "Krankenversicherungsnummer": Y(
                lambda f: f.pick("ABCDEFGHKLMNRSTUVWZ") + f.digits(9), "health id"
            ),
            "Steuer-ID": RED(steuer_id, "national id"),
            "Tarif": G(lambda f: f.pick(["Basis", "Komfort", "Premium"])),
            "Newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Policy Details",
        "rn",
        {
            "policy_tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "deductible": G(lambda f: f.pick([250, 500, 1000])),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "sibling"])),
                    "share_pct": G(lambda f: f.pick([25, 50, 100])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Health Questionnaire Submitted",
        "node",
        {
            "questionnaireVersion": G(lambda f: "2.4.1"),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "conditions": Many(Y(lambda f: f.pick(["hypertension", "asthma", "migraine"]), "condition"), 2),
            "medications": Many(
                Y(lambda f: f.pick(["lisinopril", "salbutamol", "sumatriptan"]), "medication"), 2
            ),
            "ongoingTreatment": Y(
                lambda f: f.pick(["physiotherapy", "chemotherapy", "dialysis"]), "procedure"
            ),
            "gpName": Y(lambda f: "Dr " + f.full_name(), "name"),
            "completedInSeconds": G(lambda f: f.r.randint(60, 900)),
        },
    ),
    (
        "track",
        "Siniestro Reportado",
        "ruby",
        {
            "siniestro_id": G(lambda f: f.digits(10)),
            "asegurado": {
                "nombre": Y(lambda f: local_name(f, "es"), "name"),
                "dni": RED(dni, "national id"),
                "fecha_nacimiento": Y(lambda f: f.date(), "birthdate"),
            },
            "lesiones": Y(
                lambda f: f.pick(["esguince cervical", "fractura de muñeca"]), "diagnosis|condition"
            ),
            "matricula": Y(lambda f: plate(f, "es"), "license|identification"),
            "taller": G(lambda f: f.pick(["Talleres Martín", "AutoFix Centro"])),
            "importe_estimado": G(lambda f: f.money(300, 8000)),
        },
    ),
]

EDUCATION = [
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "grade_level": G(lambda f: f.pick(["7", "8", "9"])),
            "school_name": G(lambda f: f.pick(["Lincoln Middle School", "Riverside Academy"])),
            "date_of_birth": Y(lambda f: f.date(2008, 2013), "birthdate"),
            "learning_accommodations": RED(
                lambda f: f.pick(["extra time (dyslexia)", "screen reader", "hearing loop"]), "disability"
            ),
            "preferred_pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "role": G(lambda f: "student"),
        },
    ),
    (
        "track",
        "Course Completed",
        "kotlin",
        {
            "course_id": G(lambda f: "crs_" + f.digits(5)),
            "course_name": G(lambda f: f.pick(["Intro to Python", "Excel for Finance"])),
            "score": G(lambda f: f.r.randint(50, 100)),
            "duration_sec": G(lambda f: f.r.randint(600, 36000)),
            "certificate_number": Y(lambda f: f"CERT-2024-{f.digits(6)}", "certificate"),
            "certificate_template": G(lambda f: f.pick(["default-v2", "partner-gold"])),
            "instructor_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Assignment Submitted",
        "ios",
        {
            "assignment_id": G(lambda f: f.digits(7)),
            "word_count": G(lambda f: f.r.randint(200, 3000)),
            "submission_text": G(
                lambda f: f.pick(
                    [
                        "The causes of the First World War were complex.",
                        "Photosynthesis converts light to energy.",
                    ]
                )
            ),
            "file_name": Y(lambda f: f"{f.last()}_{f.first()}_essay_final.docx", "name", True),
            "peer_reviewer_email": Y(lambda f: f.email(), "email"),
            "late": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tutor Session Booked",
        "ruby",
        {
            "session_at": G(lambda f: f.iso()),
            "tutor": {
                "name": Y(lambda f: f.full_name(), "name"),
                "hourly_rate": G(lambda f: f.pick([25, 40, 60])),
                "subjects": Many(G(lambda f: f.pick(["maths", "physics", "spanish"])), 2),
            },
            "student_age_bracket": G(lambda f: f.pick(["11-13", "14-16"])),
            "parent_phone": Y(lambda f: f.phone(), "phone"),
            "trial": G(lambda f: f.pick([True, False])),
        },
    ),
]

REAL_ESTATE = [
    (
        "track",
        "Viewing Requested",
        "web",
        {
            # The listing is a property on the market: its place says nothing about the applicant.
            "listing": {
                "id": G(lambda f: f.digits(8)),
                "name": G(lambda f: f.pick(["Sunny 2-bed near Victoria Park", "Loft with roof terrace"])),
                "city": G(lambda f: f.pick(["London", "Manchester"])),
                "lat": G(lambda f: round(f.r.uniform(51.3, 53.5), 5)),
                "lng": G(lambda f: round(f.r.uniform(-2.3, 0.1), 5)),
                "bedrooms": G(lambda f: f.r.randint(1, 4)),
            },
            "applicant": {
                "First Name": Y(lambda f: f.first(), "name"),
                "Last Name": Y(lambda f: f.last(), "name"),
                "Email Address": Y(lambda f: f.email(), "email"),
                "Phone Number": Y(lambda f: local_phone(f, "uk"), "phone"),
                "Current Address": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
                "Annual Income": Y(lambda f: f.r.randint(25000, 140000), "salary"),
            },
            "Move-in Date": G(lambda f: f.date(2024, 2025)),
            "Message": G(lambda f: f.pick(["Is parking included?", "Are pets allowed?", "Is it furnished?"])),
        },
    ),
    (
        "track",
        "Mortgage Application Submitted",
        "node",
        {
            "applicationId": G(lambda f: f.uuid()),
            "applicantSsn": RED(lambda f: f.ssn(), "social security number"),
            "employerName": G(lambda f: f.pick(["Globex Ltd", "Initech", "City Hospital"])),
            "grossSalary": Y(lambda f: f.r.randint(40000, 220000), "salary"),
            "loanAmount": G(lambda f: f.r.randint(150000, 900000)),
            "creditScoreBand": G(lambda f: f.pick(["excellent", "good", "fair"])),
            "citizenship": Y(lambda f: f.pick(["Canadian", "Indian", "US citizen"]), "citizenship"),
            "visaStatus": RED(lambda f: f.pick(["H-1B", "L-1", "O-1"]), "visa"),
            "isFirstTimeBuyer": G(lambda f: f.pick([True, False])),
            "coApplicant": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "dob": Y(lambda f: f.date(), "birthdate"),
            },
        },
    ),
    (
        "track",
        "Saved Search Created",
        "rn",
        {
            "search": {
                "city": G(lambda f: f.pick(["Austin", "Denver"])),
                "min_price": G(lambda f: f.pick([200000, 350000])),
                "zip_radius_km": G(lambda f: f.pick([5, 10, 25])),
                "property_type": G(lambda f: f.pick(["condo", "house"])),
            },
            "alert_email": Y(lambda f: f.email(), "email"),
            "alert_frequency": G(lambda f: f.pick(["daily", "instant"])),
        },
    ),
]

TELECOMS = [
    (
        "track",
        "SIM Activated",
        "python",
        {
            "msisdn": Y(lambda f: "+447700900" + f.digits(3), "phone"),
            "iccid": Y(iccid, "serial"),
            "imei": Y(imei, "serial"),
            "plan_code": G(lambda f: f.pick(["UNL-5G-30", "SIMO-12GB"])),
            "esim": G(lambda f: f.pick([True, False])),
            "porting": {
                "donor_network": G(lambda f: f.pick(["EE", "O2", "Vodafone"])),
                "port_in_number": Y(lambda f: local_phone(f, "uk"), "phone"),
                "account_pin": RED(lambda f: f.digits(4), "password|secret"),
            },
        },
    ),
    (
        "screen",
        "Usage",
        "kotlin",
        {
            "data_used_mb": G(lambda f: f.r.randint(0, 40000)),
            "minutes_used": G(lambda f: f.r.randint(0, 900)),
            "roaming": G(lambda f: f.pick([True, False])),
            "top_contacts": Many(Y(lambda f: local_phone(f, f.pick(["id", "tr"])), "phone"), 3),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "billing_first_name": Y(lambda f: f.first(), "name"),
            "billing_last_name": Y(lambda f: f.last(), "name"),
            "billing_address_line1": Y(lambda f: f.street(), "street|address"),
            "billing_postcode": Y(lambda f: f.pick(["SW1A 1AA", "M1 1AE", "EH1 2NG"]), "zipcode"),
            "billing_city": Y(lambda f: f.pick(["London", "Manchester", "Edinburgh"]), "city"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: local_phone(f, "uk"), "phone"),
            "customer_since": G(lambda f: f.date(2010, 2023)),
            "credit_check_passed": G(lambda f: True),
            "nationalInsuranceNumber": RED(nino, "national id"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "go",
        {
            "TicketID": G(lambda f: f.digits(7)),
            "Channel": G(lambda f: f.pick(["app", "web", "email"])),
            "Subject": G(lambda f: f.pick(["Roaming not working", "Bill higher than expected"])),
            "Body": Y(text_with_email, "email", True),
            "CallbackNumber": Y(lambda f: f.phone(), "phone"),
            "Priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
    ),
]

GAMING = [
    (
        "track",
        "Level Completed",
        "ios",
        {
            "level": G(lambda f: f.r.randint(1, 80)),
            "score": G(lambda f: f.r.randint(0, 99999)),
            "character_name": G(lambda f: f.pick(["Aria Stormborn", "Grimbold", "Nyx"])),
            "guild_name": G(lambda f: f.pick(["Night Owls", "Iron Wolves"])),
            "difficulty": G(lambda f: f.pick(["normal", "hard"])),
            "duration_ms": G(lambda f: f.r.randint(30000, 900000)),
        },
    ),
    (
        "track",
        "Purchase Completed",
        "web",
        {
            "sku": G(lambda f: f.sku()),
            "item_name": G(lambda f: f.pick(["Dragon Skin Bundle", "1200 Gems", "Season Pass"])),
            "price": G(lambda f: f.pick([4.99, 9.99, 19.99])),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "steam_id": G(lambda f: "7656119" + f.digits(10)),
            "gift_recipient_email": Y(lambda f: f.email(), "email"),
            "payment": {
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "card_last4": G(lambda f: f.digits(4)),
                "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
                "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            },
        },
    ),
    (
        "track",
        "Account Linked",
        "node",
        {
            "platform": G(lambda f: f.pick(["psn", "xbox", "steam"])),
            "platformUserId": G(lambda f: f.digits(16)),
            "oauth": {
                "access_token": RED(opaque_token, "token"),
                "refresh_token": RED(opaque_token, "token"),
                "token_type": G(lambda f: "Bearer"),
                "expires_in": G(lambda f: 3600),
                "scope": G(lambda f: "openid profile"),
            },
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "birth_year": Y(lambda f: f.r.randint(1975, 2012), "birthdate"),
            "parental_consent": G(lambda f: f.pick([True, False])),
            "parent_email": Y(lambda f: f.email(), "email"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "age_verified": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["ID", "TR", "IN"])),
        },
    ),
    (
        "track",
        "Chat Message Reported",
        "rn",
        {
            "reported_player_id": G(lambda f: f.digits(10)),
            "reason": G(lambda f: f.pick(["harassment", "spam", "cheating"])),
            "chat_excerpt": Y(chat_with_phone, "phone", True),
            "reporter_ip": Y(lambda f: f.ipv4(), "ip"),
            "match_id": G(lambda f: f.uuid()),
        },
    ),
]

AUTOMOTIVE = [
    (
        "track",
        "Charging Session Started",
        "ios",
        {
            "session_id": G(lambda f: f.uuid()),
            "charger": {
                "evse_id": G(lambda f: f"DE*ION*E{f.digits(6)}"),
                "operator": G(lambda f: f.pick(["IONITY", "EnBW", "Fastned"])),
                "name": G(lambda f: f.pick(["IONITY Kassel Ost", "Fastned Utrecht A12"])),
                "power_kw": G(lambda f: f.pick([50, 150, 350])),
                "connector_type": G(lambda f: "CCS2"),
            },
            "vehicle": {
                "vin": Y(vin, "serial|identification"),
                "model": G(lambda f: f.pick(["Model 3", "ID.4", "Ioniq 5"])),
                "battery_soc_start": G(lambda f: f.r.randint(5, 60)),
                "odometer_km": G(lambda f: f.r.randint(1000, 120000)),
            },
            "payment_method": G(lambda f: f.pick(["visa", "apple_pay", "rfid_card"])),
        },
    ),
    (
        "track",
        "Charging Session Ended",
        "kotlin",
        {
            "energy_kwh": G(lambda f: round(f.r.uniform(5, 80), 2)),
            "duration_min": G(lambda f: f.r.randint(10, 90)),
            "cost": G(lambda f: f.money(3, 60)),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lon": Y(lambda f: f.lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Home Charger Registered",
        "java",
        {
            "wallboxSerial": Y(lambda f: "WB" + f.digits(10), "serial"),
            "wallboxMac": Y(lambda f: f.mac(), "mac"),
            "firmwareVersion": G(ip_like_version),
            "installerCompany": G(lambda f: f.pick(["Sparky Electrics", "Volt Install GmbH"])),
            "installAddress": {
                "street": Y(lambda f: f.pick(DE_STREETS), "street"),
                "houseNumber": Y(lambda f: str(f.r.randint(1, 200)), "street|address"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "city": Y(lambda f: f.pick(CITIES["de"]), "city"),
            },
            "maxCurrentA": G(lambda f: f.pick([16, 32])),
        },
    ),
    (
        "track",
        "Trip Ended",
        "go",
        {
            "TripID": G(lambda f: f.uuid()),
            "DistanceKm": G(lambda f: round(f.r.uniform(1, 300), 1)),
            "StartLocation": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation"),
            "EndLat": Y(lambda f: f.lat(), "geolocation"),
            "EndLon": Y(lambda f: f.lon(), "geolocation"),
            "HarshBrakingEvents": G(lambda f: f.r.randint(0, 6)),
            "DriverScore": G(lambda f: f.r.randint(40, 100)),
        },
    ),
    (
        "track",
        "Prueba de Manejo Agendada",
        "web",
        {
            "nombre": Y(lambda f: first(f, "es"), "name"),
            "apellidos": Y(lambda f: last(f, "es"), "name"),
            "correo": Y(lambda f: f.email(), "email"),
            "teléfono": Y(lambda f: local_phone(f, "mx"), "phone"),
            "modelo": G(lambda f: f.pick(["Model Y", "Tiguan", "Corolla Cross"])),
            "concesionario": G(lambda f: f.pick(["Autos del Valle", "Grupo Motormex Polanco"])),
            "fecha_cita": G(lambda f: f.date(2024, 2024)),
            "licencia_de_conducir": Y(lambda f: "A" + f.digits(8), "license"),
            "código_postal": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "license_number": Y(lambda f: f.pick("BDFGW") + f.digits(8), "license"),
            "license_expiry": G(lambda f: f.date(2025, 2034)),
            "license_class": G(lambda f: f.pick(["B", "C1", "BE"])),
            "fleet_name": G(lambda f: f.pick(["Northwind Logistics", "Acme Couriers"])),
        },
    ),
]

UTILITIES = [
    (
        "track",
        "Move-In Requested",
        "python",
        {
            "supplyAddress": Y(lambda f: f"Flat {f.r.randint(1, 20)}, {f.street()}, {f.city()}", "address"),
            "meterSerialNumber": Y(lambda f: f"{f.r.randint(10, 22)}L{f.digits(7)}", "serial"),
            "meterReading": G(lambda f: round(f.r.uniform(100, 90000), 1)),
            "moveInDate": G(lambda f: f.date(2024, 2025)),
            "tariffName": G(lambda f: f.pick(["Fixed 12M", "Green Flex"])),
            "priorityServices": Many(
                Y(lambda f: f.pick(["home dialysis", "oxygen therapy", "chronic illness"]), "condition"), 2
            ),
            "directDebit": {
                "accountHolder": Y(lambda f: f.full_name(), "name"),
                "accountNumber": RED(lambda f: f.digits(8), "bank account"),
            },
            "smartMeterConsent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "ruby",
        {
            "invoice_id": G(lambda f: "in_" + f.hexid(16)),
            "amount_due": G(lambda f: f.money(20, 400)),
            "reason": G(lambda f: f.pick(["insufficient_funds", "expired_card"])),
            "retry_at": G(lambda f: f.iso()),
            "billing_email": Y(lambda f: f.email(), "email"),
            "customer_ref": G(lambda f: "C" + f.digits(8)),
            "card_fingerprint": G(lambda f: f.hexid(16)),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "imię": Y(lambda f: first(f, "pl"), "name"),
            "nazwisko": Y(lambda f: last(f, "pl"), "name"),
            "pesel": RED(pesel, "national id"),
            "adres": Y(
                lambda f: f"ul. {f.pick(['Długa', 'Polna', 'Leśna'])} {f.r.randint(1, 90)}", "address|street"
            ),
            "kod_pocztowy": Y(lambda f: f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}", "zipcode"),
            "miasto": Y(lambda f: f.pick(CITIES["pl"]), "city"),
            "telefon": Y(lambda f: local_phone(f, "pl"), "phone"),
            "numer_konta": RED(lambda f: iban(f, "PL", 24), "bank account"),
            "taryfa": G(lambda f: f.pick(["G11", "G12"])),
        },
    ),
    (
        "track",
        "Smart Meter Paired",
        "kotlin",
        {
            "hub_mac": Y(lambda f: f.mac(), "mac"),
            "firmware": G(ip_like_version),
            "zigbee_channel": G(lambda f: f.pick([11, 15, 20, 25])),
            "pairing_attempts": G(lambda f: f.r.randint(1, 4)),
        },
    ),
]

PUBLIC_SECTOR = [
    (
        "track",
        "Benefit Application Submitted",
        "web",
        {
            "application_ref": G(lambda f: "BA-" + f.digits(7)),
            "national_insurance_number": RED(nino, "national id"),
            "date_of_birth": Y(lambda f: f.date(), "birthdate"),
            "household_income": Y(lambda f: f.r.randint(0, 60000), "salary"),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "disability_details": RED(
                lambda f: f.pick(["wheelchair user", "partially sighted"]), "disability"
            ),
            "ethnicity": Y(lambda f: f.pick(["White British", "Black Caribbean", "Pakistani"]), "ethnicity"),
            "religion": Y(lambda f: f.pick(["Christian", "Muslim", "No religion", "Sikh"]), "religion"),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual"]), "sexual orientation"
            ),
            "sex_at_birth": Y(lambda f: f.pick(["female", "male"]), "sex"),
            "nationality": Y(lambda f: f.pick(["British", "Polish", "Nigerian"]), "citizenship"),
            "dependants_count": G(lambda f: f.r.randint(0, 4)),
            "ethnicity_question_skipped": G(lambda f: False),
        },
    ),
    (
        "track",
        "Visa Appointment Booked",
        "java",
        {
            "PassportNumber": RED(passport_no, "passport"),
            "VisaCategory": RED(lambda f: f.pick(["Skilled Worker", "Student", "Family"]), "visa"),
            "ApplicantName": Y(lambda f: f.full_name(), "name"),
            "Citizenship": Y(lambda f: f.pick(["Indian", "Brazilian", "Turkish"]), "citizenship"),
            "AppointmentCentre": G(lambda f: f.pick(["VFS Global Mumbai", "TLScontact Istanbul"])),
            "AppointmentAt": G(lambda f: f.iso()),
            "BiometricsRequired": G(lambda f: True),
            "PhotoUrl": Y(lambda f: f"https://uploads.example.gov/photos/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "ad": Y(lambda f: first(f, "tr"), "name"),
            "soyad": Y(lambda f: last(f, "tr"), "name"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "doğum_tarihi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/19{f.r.randint(50, 99)}",
                "birthdate",
            ),
            "cep_telefonu": Y(lambda f: local_phone(f, "tr"), "phone"),
            "e_posta": Y(lambda f: f.email(), "email"),
            "şehir": Y(lambda f: f.pick(CITIES["tr"]), "city"),
            "adres": Y(
                lambda f: f"{f.pick(['Atatürk Cd.', 'Bağdat Cd.'])} No:{f.r.randint(1, 200)}",
                "address|street",
            ),
        },
    ),
    (
        "track",
        "Registrasi Selesai",
        "kotlin",
        {
            "nama_lengkap": Y(lambda f: local_name(f, "id"), "name"),
            "nik": RED(nik, "national id"),
            "tanggal_lahir": Y(lambda f: f.date(), "birthdate"),
            "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "gender|sex"),
            "alamat": Y(
                lambda f: f"Jl. {f.pick(['Sudirman', 'Merdeka', 'Diponegoro'])} No. {f.r.randint(1, 99)}",
                "address|street",
            ),
            "kode_pos": Y(lambda f: str(f.r.randint(10110, 99999)), "zipcode"),
            "nomor_hp": Y(lambda f: local_phone(f, "id"), "phone"),
            "agama": Y(lambda f: f.pick(["Islam", "Kristen", "Hindu", "Buddha"]), "religion"),
            "status_verifikasi": G(lambda f: f.pick(["terverifikasi", "menunggu"])),
        },
    ),
    (
        "track",
        "Case Note Added",
        "go",
        {
            "case_id": G(lambda f: f.digits(9)),
            "agent_note": RED(note_with_ssn, "social security number", True),
            "category": G(lambda f: f.pick(["identity", "payment"])),
            "note_length": G(lambda f: f.r.randint(20, 400)),
        },
    ),
]

RETAIL = [
    (
        "track",
        "Bestellung abgeschlossen",
        "web",
        {
            "Bestellnummer": G(lambda f: f.digits(10)),
            "Kundennummer": G(lambda f: f.digits(9)),
            "Lieferadresse": {
                "Straße": Y(lambda f: f.pick(DE_STREETS), "street"),
                "Hausnummer": Y(lambda f: str(f.r.randint(1, 150)), "street|address"),
                "PLZ": Y(lambda f: f.zip(), "zipcode"),
                "Ort": Y(lambda f: f.pick(CITIES["de"]), "city"),
                "Land": G(lambda f: "DE"),
            },
            "Rechnungsadresse": Y(
                lambda f: f"{f.pick(DE_STREETS)} {f.r.randint(1, 150)}, {f.zip()} {f.pick(CITIES['de'])}",
                "address",
            ),
            "Zahlungsart": G(lambda f: f.pick(["Kreditkarte", "PayPal", "Rechnung"])),
            "Gutscheincode": G(lambda f: f.pick(["", "SOMMER10", "WILLKOMMEN"])),
            "Artikel": Many(
                {
                    "Artikelnummer": G(lambda f: f.sku()),
                    "Bezeichnung": G(lambda f: f.pick(["Laufschuhe Pro", "Kaffeebohnen 1kg", "Yogamatte"])),
                    "Menge": G(lambda f: f.r.randint(1, 3)),
                    "Preis": G(lambda f: f.money(5, 150)),
                },
                3,
            ),
            "E-Mail-Adresse": Y(lambda f: f.email(), "email"),
            "Handynummer": Y(lambda f: local_phone(f, "de"), "phone"),
        },
    ),
    (
        "track",
        "Loyalty Card Scanned",
        "ios",
        {
            "loyalty_number": G(lambda f: f.digits(12)),
            "points_balance": G(lambda f: f.r.randint(0, 20000)),
            "tier": G(lambda f: f.pick(["silver", "gold"])),
            "store_id": G(lambda f: f.digits(4)),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "birthday_reward_claimed": G(lambda f: f.pick([True, False])),
            "member_since": G(lambda f: f.date(2012, 2024)),
            "favourite_store_name": G(lambda f: f.pick(["Downtown Flagship", "Westfield Mall"])),
        },
    ),
    (
        "track",
        "Pedido Finalizado",
        "web",
        {
            "pedido_id": G(lambda f: f.digits(8)),
            "valor_total": G(lambda f: f.money(30, 2000)),
            "cliente": {
                "nome_completo": Y(lambda f: local_name(f, "br"), "name"),
                "cpf": RED(cpf, "national id"),
                "email": Y(lambda f: f.email(), "email"),
                "celular": Y(lambda f: local_phone(f, "br"), "phone"),
                "data_nascimento": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/19{f.r.randint(50, 99)}",
                    "birthdate",
                ),
            },
            "endereco_entrega": {
                "logradouro": Y(
                    lambda f: f.pick(["Rua das Flores", "Av. Paulista", "Rua Augusta"]), "street"
                ),
                "numero": Y(lambda f: str(f.r.randint(1, 3000)), "street|address"),
                "bairro": Y(lambda f: f.pick(["Pinheiros", "Copacabana", "Savassi"]), "address"),
                "cep": Y(lambda f: f"{f.r.randint(10000, 99999)}-{f.r.randint(0, 999):03d}", "zipcode"),
                "cidade": Y(lambda f: f.pick(CITIES["br"]), "city"),
                "uf": G(lambda f: f.pick(["SP", "RJ", "MG"])),
            },
            "forma_pagamento": G(lambda f: f.pick(["pix", "boleto", "cartao_credito"])),
            "parcelas": G(lambda f: f.pick([1, 3, 6])),
        },
    ),
    (
        "identify",
        None,
        "ios",
        {
            "förnamn": Y(lambda f: first(f, "se"), "name"),
            "efternamn": Y(lambda f: last(f, "se"), "name"),
            "personnummer": RED(personnummer, "national id"),
            "gatuadress": Y(
                # A street-address line, typed like address1/line1/addr1 (corrected after the first
                # score: it alone had been typed plain "street").
                lambda f: f"{f.pick(['Storgatan', 'Drottninggatan'])} {f.r.randint(1, 80)}",
                "street|address",
            ),
            "postnummer": Y(lambda f: f"{f.r.randint(100, 984)} {f.r.randint(10, 99)}", "zipcode"),
            "ort": Y(lambda f: f.pick(CITIES["se"]), "city"),
            "mobilnummer": Y(lambda f: local_phone(f, "se"), "phone"),
            "e-post": Y(lambda f: f.email(), "email"),
            "medlemsnivå": G(lambda f: f.pick(["brons", "silver", "guld"])),
        },
    ),
]

VENDOR = [
    (
        "identify",
        None,
        "node",
        {
            # Shopify customers/update webhook forwarded as traits.
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "verified_email": G(lambda f: f.pick([True, False])),
            "orders_count": G(lambda f: f.r.randint(0, 40)),
            "total_spent": G(lambda f: str(f.money(0, 3000))),
            "tags": G(lambda f: f.pick(["vip", "wholesale", ""])),
            "accepts_marketing": G(lambda f: f.pick([True, False])),
            "default_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "address1": Y(lambda f: f.street(), "street|address"),
                "address2": Y(lambda f: f.pick(["Apt 4B", "Suite 210", "Unit 7"]), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "province": G(lambda f: f.pick(["Ontario", "California", "Texas"])),
                "province_code": G(lambda f: f.pick(["ON", "CA", "TX"])),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "country_code": G(lambda f: f.pick(["CA", "US"])),
                "phone": Y(lambda f: f.phone(), "phone"),
                "company": G(lambda f: f.pick(["", "Globex Inc."])),
                "default": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Payment Method Attached",
        "go",
        {
            "payment_method_id": G(lambda f: "pm_" + f.hexid(24)),
            "livemode": G(lambda f: True),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone("e164"), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street(), "street|address"),
                    "line2": Y(lambda f: f.pick(["Apt 2", "Floor 3"]), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "state": G(lambda f: f.pick(["CA", "NY"])),
                    "country": G(lambda f: "US"),
                },
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                "fingerprint": G(lambda f: f.hexid(16)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "checks": {
                    "cvc_check": G(lambda f: "pass"),
                    "address_postal_code_check": G(lambda f: f.pick(["pass", "unavailable"])),
                },
            },
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            # HubSpot contact properties, synced one to one.
            "firstname": Y(lambda f: f.first(), "name"),
            "lastname": Y(lambda f: f.last(), "name"),
            "mobilephone": Y(lambda f: f.phone(), "phone"),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "state": G(lambda f: f.pick(["MA", "CA"])),
            "jobtitle": G(lambda f: f.pick(["VP Marketing", "Office Manager"])),
            "company": G(lambda f: f.pick(["Initech", "Umbrella Corp"])),
            "hs_object_id": G(lambda f: f.digits(11)),
            "hs_lead_status": G(lambda f: f.pick(["NEW", "OPEN", "IN_PROGRESS"])),
            "lifecyclestage": G(lambda f: f.pick(["lead", "customer"])),
            "hs_email_optout": G(lambda f: f.pick([True, False])),
            "hs_analytics_source": G(lambda f: f.pick(["ORGANIC_SEARCH", "PAID_SOCIAL"])),
            "hubspot_owner_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            # Mixpanel reserved profile properties.
            "$email": Y(lambda f: f.email(), "email"),
            "$phone": Y(lambda f: f.phone(), "phone"),
            "$first_name": Y(lambda f: f.first(), "name"),
            "$last_name": Y(lambda f: f.last(), "name"),
            "$avatar": Y(avatar, "photo"),
            "$city": Y(lambda f: f.city(), "city"),
            "$region": G(lambda f: f.pick(["Bavaria", "California"])),
            "$country_code": G(lambda f: f.pick(["DE", "US"])),
            "$created": G(lambda f: f.iso()),
            "$distinct_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Started Checkout",
        "ruby",
        {
            # Klaviyo's metric and profile properties.
            "$event_id": G(lambda f: f.digits(10) + "_" + str(f.epoch_ms())),
            "$value": G(lambda f: f.money(10, 400)),
            "ItemNames": Many(G(lambda f: f.pick(["Yoga Mat", "Desk Lamp", "Leather Wallet"])), 3),
            "CheckoutURL": G(lambda f: "https://shop.example.com/checkouts/" + f.hexid(32)),
            "$email": Y(lambda f: f.email(), "email"),
            "$phone_number": Y(lambda f: f.phone("e164"), "phone"),
            "$first_name": Y(lambda f: f.first(), "name"),
            "$zip": Y(lambda f: f.zip(), "zipcode"),
            "$address1": Y(lambda f: f.street(), "street|address"),
            "$organization": G(lambda f: f.pick(["", "Northwind"])),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            # Braze standard and custom attributes.
            "home_city": Y(lambda f: f.pick(CITIES["id"] + CITIES["tr"]), "city"),
            "dob": Y(lambda f: f.date(), "birthdate"),
            "email_subscribe": G(lambda f: f.pick(["opted_in", "subscribed", "unsubscribed"])),
            "push_subscribe": G(lambda f: f.pick(["opted_in", "subscribed"])),
            "language": G(lambda f: f.pick(["id", "tr", "en"])),
            "custom_attributes": {
                "favorite_team": G(lambda f: f.pick(["Galatasaray", "Persija"])),
                "emergency_contact_phone": Y(lambda f: local_phone(f, f.pick(["id", "tr"])), "phone"),
                "shoe_size": G(lambda f: f.pick([40, 42, 44])),
                "preferred_store_name": G(lambda f: f.pick(["Grand Indonesia", "Zorlu Center"])),
            },
        },
    ),
    (
        "identify",
        None,
        "node",
        {
            # Intercom user with custom attributes.
            "avatar_image_url": Y(avatar, "photo"),
            "signed_up_at": G(lambda f: f.r.randint(1_600_000_000, 1_720_000_000)),
            "unsubscribed_from_emails": G(lambda f: f.pick([True, False])),
            "last_seen_ip": Y(lambda f: f.ipv4(), "ip"),
            "companies": Many(
                {
                    "company_id": G(lambda f: "co_" + f.digits(5)),
                    "name": G(lambda f: f.pick(["Initech", "Globex", "Hooli"])),
                    "plan": G(lambda f: f.pick(["starter", "scale"])),
                },
                2,
            ),
            "custom_attributes": {
                "account_manager": Y(lambda f: f.full_name(), "name"),
                "support_pin": RED(lambda f: f.digits(6), "password|secret"),
                "seats": G(lambda f: f.r.randint(1, 200)),
            },
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(["Initech", "Globex Corporation", "Stark Logistics"])),
            "industry": G(lambda f: f.pick(["Logistics", "Insurance", "Education"])),
            "employees": G(lambda f: f.pick([12, 250, 4000])),
            "plan": G(lambda f: f.pick(["free", "pro_seller"])),
            "website": G(lambda f: f.pick(["https://initech.example", "https://globex.example"])),
            "hq_city": G(lambda f: f.pick(["Chicago", "Rotterdam"])),
            "vat_number": G(lambda f: "NL" + f.digits(9) + "B01"),
            "billing_contact_email": Y(lambda f: f.email(), "email"),
            "account_owner": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "group",
        None,
        "python",
        {
            "name": G(lambda f: f.pick(["Riverside Academy", "Lincoln Middle School"])),
            "created_at": G(lambda f: f.iso()),
            "seat_count": G(lambda f: f.r.randint(5, 900)),
            "sso_enabled": G(lambda f: f.pick([True, False])),
            "domain": G(lambda f: f.pick(["riverside.example.edu", "lincoln.example.org"])),
            "admin_email": Y(lambda f: f.email(), "email"),
        },
    ),
]

PAGES_AND_SCREENS = [
    (
        "page",
        "Unsubscribe",
        "web",
        {
            "path": G(lambda f: "/email/unsubscribe"),
            "title": G(lambda f: "Manage email preferences"),
            "referrer": G(lambda f: ""),
            "search": Y(lambda f: f"?email={f.email()}&list=weekly", "email", True),
            "url": Y(
                lambda f: f"https://www.example.com/email/unsubscribe?email={f.email()}&list=weekly",
                "email",
                True,
            ),
        },
    ),
    (
        "page",
        "Order Tracking",
        "web",
        {
            "path": G(lambda f: "/track"),
            "title": G(lambda f: "Track your order"),
            "tracking_number": G(lambda f: "1Z" + f.hexid(6).upper() + f.digits(10)),
            "carrier": G(lambda f: f.pick(["UPS", "DHL", "Correios"])),
        },
    ),
    (
        "screen",
        "Edit Profile",
        "ios",
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "avatar", "address"])), 3),
            "source_screen": G(lambda f: f.pick(["settings", "onboarding"])),
            "has_photo": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "screen",
        "Trip Map",
        "rn",
        {
            "zoom_level": G(lambda f: f.r.randint(10, 18)),
            "center": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "layer": G(lambda f: f.pick(["traffic", "satellite"])),
            "following_user": G(lambda f: True),
        },
    ),
]

# Neutral keys whose values alone carry (or look like but do not carry) personal data.
VALUE_ONLY = [
    (
        "track",
        "Webhook Relayed",
        "node",
        {
            "payload": {
                "data": RED(lambda f: f.iban(f.pick(["DE", "GB", "NL"])), "bank account", True),
                "kind": G(lambda f: f.pick(["refund.created", "mandate.updated"])),
                "attempt": G(lambda f: f.r.randint(1, 5)),
            },
            "meta": {
                "x": RED(lambda f: f.jwt(), "token", True),
                "y": Y(lambda f: f.ipv4(), "ip", True),
                "z": G(ip_like_version),
                "trace": G(lambda f: f.hexid(32)),
            },
            "value": Y(lambda f: f.email(), "email", True),
            "note": Y(text_with_phone, "phone", True),
            "checksum": G(sha256),
            "created": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Form Submitted",
        "python",
        {
            "form_id": G(lambda f: "frm_" + f.hexid(8)),
            "answers": {
                "q1": Y(lambda f: f.email(), "email", True),
                "q2": Y(lambda f: local_phone(f, f.pick(["de", "br", "se"])), "phone", True),
                "q3": G(lambda f: f.pick(["Yes", "No", "Not sure"])),
                "q4": Y(lambda f: f.full_name(), "name", True),
                "q5": G(lambda f: f.r.randint(1, 10)),
            },
            "duration_s": G(lambda f: f.r.randint(15, 600)),
        },
    ),
    (
        "track",
        "Debug Log",
        "java",
        {
            "level": G(lambda f: f.pick(["WARN", "ERROR"])),
            "message": RED(bearer_log, "token", True),
            "data": {
                "input": RED(lambda f: f.card(), "credit card", True),
                "client": Y(lambda f: f.ipv6(), "ip", True),
            },
            "build": G(lambda f: f"10.0.{f.r.randint(19041, 22631)}.{f.r.randint(100, 3900)}"),
            "host": G(lambda f: "api-" + f.hexid(4) + ".internal"),
        },
    ),
    (
        "track",
        "CRM Sync",
        "ruby",
        {
            "custom1": Y(lambda f: local_phone(f, f.pick(["pl", "es", "mx"])), "phone", True),
            "custom2": G(lambda f: f.sku()),
            "custom3": RED(lambda f: f.secret(), "secret", True),
            "custom4": G(lambda f: f.lucky_order_number()),
            "custom5": Y(lambda f: f.email(), "email", True),
            "custom6": Y(lambda f: f.mac(), "mac", True),
            "custom7": G(lambda f: f.pick(["4006381333931", "9780306406157"])),
        },
    ),
    (
        "track",
        "Chat Started",
        "web",
        {
            "topic": G(lambda f: f.pick(["billing", "delivery", "returns"])),
            "first_message": RED(chat_with_card, "credit card", True),
            "agent_name": Y(lambda f: f.first(), "name"),
            "queue": G(lambda f: f.pick(["tier1", "payments"])),
            "search_query": Y(lambda f: f.email(), "email", True),
        },
    ),
    (
        "track",
        "Device Diagnostics",
        "kotlin",
        {
            "target": Y(lambda f: f.mac(), "mac", True),
            "blob": Y(imei, "serial", True),
            "checksum_sha256": G(sha256),
            "color": G(lambda f: "#" + f.hexid(6).upper()),
            "uptime_s": G(lambda f: f.r.randint(60, 10**6)),
        },
    ),
]

SECURITY = [
    (
        "track",
        "Password Changed",
        "web",
        {
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "password_changed_at": G(lambda f: f.iso()),
            "new_password": RED(
                lambda f: f.pick(["Summer2024!", "hunter2hunter2", "P@ssw0rd123"]), "password"
            ),
            "mfa_method": G(lambda f: f.pick(["sms", "totp"])),
            "mfa_phone": Y(lambda f: f.phone(), "phone"),
            "csrf_token": RED(lambda f: f.hexid(40), "token"),
            "session_id": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Login Succeeded",
        "kotlin",
        {
            "method": G(lambda f: f.pick(["password", "google", "magic_link"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "id_token": RED(lambda f: f.jwt(), "token"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "wifi_bssid": Y(lambda f: f.mac().lower(), "mac"),
            "login_attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Integration Connected",
        "python",
        {
            "provider": G(lambda f: f.pick(["stripe", "github", "slack"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "client_id": G(lambda f: f.digits(12) + ".apps.example.com"),
            "client_secret": RED(lambda f: f.hexid(40), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "scopes": G(lambda f: "read write"),
            "token_expires_in": G(lambda f: 7200),
        },
    ),
    (
        "track",
        "Lead Captured",
        "node",
        {
            "first-name": Y(lambda f: f.first(), "name"),
            "last-name": Y(lambda f: f.last(), "name"),
            "work-email": Y(lambda f: f.email(), "email"),
            "phone-no": Y(lambda f: f.phone(), "phone"),
            "company-size": G(lambda f: f.pick(["1-10", "11-50", "51-200"])),
            "utm-source": G(lambda f: f.pick(["linkedin", "google"])),
            "lead-score": G(lambda f: f.r.randint(0, 100)),
            "gdpr-consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "KYC Check Completed",
        "java",
        {
            "fname": Y(lambda f: f.first(), "name"),
            "lname": Y(lambda f: f.last(), "name"),
            "dob": Y(lambda f: f.date(), "birthdate"),
            "addr1": Y(lambda f: f.street(), "street|address"),
            "zip5": Y(lambda f: f.zip(), "zipcode"),
            "tel": Y(lambda f: f.phone(), "phone"),
            "doc_type": G(lambda f: "passport"),
            "doc_num": RED(passport_no, "passport"),
            "doc_country": G(lambda f: f.pick(["US", "GB", "DE"])),
            "selfie_url": Y(lambda f: f"https://kyc.example.com/selfies/{f.uuid()}.jpg", "photo"),
            "kyc_status": G(lambda f: f.pick(["approved", "review"])),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
    ),
    (
        "track",
        "Install Attributed",
        "python",
        {
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "att_status": G(lambda f: f.pick(["authorized", "denied"])),
            "attribution": {
                "network": G(lambda f: f.pick(["Meta", "TikTok", "Google Ads"])),
                "campaign": G(lambda f: f.pick(["summer_ua", "retarget_q3"])),
                "click_id": G(lambda f: f.hexid(32)),
            },
        },
    ),
]

EVENTS = (
    MARKETPLACE
    + INSURANCE
    + EDUCATION
    + REAL_ESTATE
    + TELECOMS
    + GAMING
    + AUTOMOTIVE
    + UTILITIES
    + PUBLIC_SECTOR
    + RETAIL
    + VENDOR
    + PAGES_AND_SCREENS
    + VALUE_ONLY
    + SECURITY
)


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
                msg["groupId"] = "grp_" + f.digits(6)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=44, repeats=2)
    write(Path(__file__).parent, "holdout4_", events, labels)
