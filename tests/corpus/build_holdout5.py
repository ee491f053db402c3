"""Writes the fifth holdout: tests/corpus/holdout5_events.jsonl and holdout5_labels.json.

Written by an independent tester without reading the engine, its vocabularies, the other label
files or docs/detection.md; sealed until it is scored. Verticals: airlines and travel booking,
neobank and lending, pharmacy and telehealth, HR and recruiting, dating, fitness wearables, food
delivery, ride-hailing, donations, legal services, ticketing and B2B SaaS support desks. Calls:
track, identify, page, screen, group and alias, with the contexts analytics.js, analytics-swift,
analytics-kotlin, analytics_flutter, analytics-react-native and the Python, Node, Go, Java, .NET
and PHP server libraries send. Keys in camelCase, snake_case, PascalCase, Title Case, kebab-case,
UPPER_CASE and abbreviations; French, Italian, Dutch, Danish, Norwegian, Czech, Romanian, Finnish
and Japanese (romaji) keys; vendor shapes (Salesforce NPSP `__c`, Zendesk requester, Amplitude
user properties, Customer.io and Iterable attributes, OpenID Connect claims, FHIR Patient, vCard).
Hard cases: identifiers, SKUs, PNRs, hashes, versions and timestamps; booleans, counters and enums
under PII-sounding keys; product, place and company names under `name` keys; PII in free text and
under neutral keys (`value_only`). Every free-text field that is labelled as carrying PII carries
it in every event, so the label holds for all of the field's values.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

JP_LAST = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"]
JP_FIRST = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"]
JP_KANA = ["サトウ ハルト", "スズキ ユイ", "タカハシ ソウタ", "タナカ アオイ", "ワタナベ レン"]
NORDIC_FIRST = ["Mette", "Lars", "Ingrid", "Henrik", "Sigrid", "Anders"]
NORDIC_LAST = ["Hansen", "Nielsen", "Johansen", "Larsen", "Berg", "Dahl"]
CZ_FIRST = ["Jana", "Petr", "Lucie", "Tomáš", "Eva"]
CZ_LAST = ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka"]
RO_FIRST = ["Andrei", "Ioana", "Mihai", "Elena", "Vlad"]
RO_LAST = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan"]
FI_FIRST = ["Aino", "Mikko", "Sanna", "Juha", "Elina"]
FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Laine"]
IT_FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara"]
IT_LAST = ["Bianchi", "Romano", "Colombo", "Ricci", "Marino"]
MEDS = [
    "atorvastatin 20 mg",
    "sertraline 50 mg",
    "metformin 500 mg",
    "levothyroxine 75 mcg",
    "Ozempic 0.5 mg",
]
CONDITIONS = ["persistent cough", "migraine", "UTI symptoms", "anxiety", "eczema flare-up", "lower back pain"]
ICD10 = ["E11.9", "J45.909", "F41.1", "I10", "M54.5", "L20.9"]
CPT = ["80061", "45378", "99213", "93000", "71046"]


def keep(f: Fake, key: str, value: Any) -> Any:
    """Remembers a value so a later sibling leaf (rendered after it) can agree with it."""
    f.__dict__.setdefault("memo", {})[key] = value
    return value


def recall(f: Fake, key: str) -> Any:
    return f.__dict__["memo"][key]


def iban_cc(f: Fake, country: str, length: int) -> str:
    bban = f.digits(length - 4)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def pnr(f: Fake) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def bcbp(f: Fake) -> str:
    name = f"{f.last().upper()}/{f.first().upper()}"[:20].ljust(20)
    return (
        f"M1{name}E{pnr(f)} SFOLHRBA 0285 {f.r.randint(100, 365)}Y0{f.r.randint(10, 45)}A0{f.digits(3)} 100"
    )


def phone_in(f: Fake, country: str) -> str:
    d = f.digits
    return {
        "uk_nat": f"07{d(3)} {d(6)}",
        "nl": f"06-{d(8)}",
        "dk": f"+45 {d(2)} {d(2)} {d(2)} {d(2)}",
        "no": f"+47 9{d(2)} {d(2)} {d(3)}",
        "cz": f"+420 60{d(1)} {d(3)} {d(3)}",
        "ro": f"07{d(2)} {d(3)} {d(3)}",
        "fi": f"040 {d(3)} {d(4)}",
        "jp": f"090-{d(4)}-{d(4)}",
        "it": f"+39 34{d(1)} {d(3)} {d(4)}",
        "fr": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "de": f"0151 {d(8)}",
    }[country]


def ddmmyy(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(50, 99)}"


def polyline(f: Fake) -> str:
    return "".join(
        f.r.choice("_~?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^`abcdefghijklmnopqrstuvwxyz{|}") for _ in range(48)
    )


def api_url(host: str):
    return G(lambda f: f"https://{host}/v2/items/{f.digits(5)}")


# -- contexts -------------------------------------------------------------------------------------


def web_ctx(site: str, path: str, title: str):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.70.0")},
        "page": {
            "path": G(lambda f: path),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://duckduckgo.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email"])),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{site}{path}"),
        },
        "userAgent": G(
            lambda f: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/124.0"
        ),
        "userAgentData": {
            "brands": Many(
                {"brand": G(lambda f: f.pick(["Chromium", "Google Chrome"])), "version": G(lambda f: "124")},
                2,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "fr-FR"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Paris"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_getaway", "refer_a_friend"])),
            "source": G(lambda f: f.pick(["google", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email"])),
        },
    }


def swift_ctx(app: str, bundle: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2"])),
            "build": G(lambda f: f.pick(["7402", "7400"])),
            "namespace": G(lambda f: bundle),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,4", "iPhone16,2", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.0"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["AT&T", "Vodafone UK", "Orange F"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv6(), "ip"),
    }


def kotlin_ctx(app: str, package: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: "4.18.0"),
            "build": G(lambda f: "41800"),
            "namespace": G(lambda f: package),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8 Pro", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1s", "husky", "OP5929L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.17.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "15"]))},
        "screen": {
            "density": G(lambda f: 3.0),
            "width": G(lambda f: 1080),
            "height": G(lambda f: 2340),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Telenor", "Orange RO"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "nb-NO", "ro-RO"])),
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Europe/Bucharest"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_ctx(app: str, package: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: "2.3.1"),
            "build": G(lambda f: "231"),
            "namespace": G(lambda f: package),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "23049PCD8G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "name": G(lambda f: f.pick(["iPhone", "marble"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "locale": G(lambda f: f.pick(["it-IT", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Rome", "America/Denver"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_ctx(app: str, package: str):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: "12.0.3"),
            "build": G(lambda f: "1203"),
            "namespace": G(lambda f: package),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "os": {"name": G(lambda f: f.pick(["iOS", "Android"])), "version": G(lambda f: "17.2")},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
        "locale": G(lambda f: "en-US"),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Toronto"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "userId": G(lambda f: "usr_" + f.hexid(10)),
        },
        "location": {
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.pick(["United States", "Canada"])),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: 0),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.3"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "dotnet": ("Analytics.NET", "3.8.1"),
    "php": ("analytics-php", "3.8.0"),
}


def server_ctx(lib: str):
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    if lib == "java":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    if lib == "dotnet":
        ctx["protocols"] = {"sourceId": G(lambda f: f.hexid(10)), "violations": G(lambda f: 0)}
    return ctx


def ctx_for(client: str):
    kind, _, rest = client.partition(":")
    if kind == "web":
        site, path, title = rest.split("|", 2)
        return web_ctx(site, path, title)
    if kind in ("swift", "kotlin", "flutter", "rn"):
        app, bundle = rest.split("|")
        return {"swift": swift_ctx, "kotlin": kotlin_ctx, "flutter": flutter_ctx, "rn": rn_ctx}[kind](
            app, bundle
        )
    return server_ctx(kind)


# -- events: (call, event or page/screen name, client, body) ---------------------------------------

TRAVEL = [
    (
        "page",
        "Flight Results",
        "web:www.skyhop.example|/flights/results|Flights SFO to LHR | SkyHop",
        {
            "name": G(lambda f: "Flight Results"),
            "category": G(lambda f: "Booking Funnel"),
            "path": G(lambda f: "/flights/results"),
            "url": G(lambda f: "https://www.skyhop.example/flights/results?from=SFO&to=LHR"),
            "title": G(lambda f: "Flights SFO to LHR | SkyHop"),
            "referrer": G(lambda f: "https://www.skyhop.example/"),
            "search": G(lambda f: "?from=SFO&to=LHR&adults=" + str(f.r.randint(1, 3))),
        },
    ),
    (
        "track",
        "Flight Searched",
        "web:www.skyhop.example|/flights|Book flights | SkyHop",
        {
            "searchId": G(lambda f: f.uuid()),
            "origin": G(lambda f: f.pick(["SFO", "JFK", "ORD"])),
            "destination": G(lambda f: f.pick(["LHR", "CDG", "NRT"])),
            "departDate": G(lambda f: f.date(2025, 2025)),
            "returnDate": G(lambda f: f.date(2025, 2025)),
            "adults": G(lambda f: f.r.randint(1, 3)),
            "children": G(lambda f: f.r.randint(0, 2)),
            "cabinClass": G(lambda f: f.pick(["economy", "premium_economy", "business"])),
            "tripType": G(lambda f: f.pick(["round_trip", "one_way"])),
            "flexibleDates": G(lambda f: f.pick([True, False])),
            "resultsCount": G(lambda f: f.r.randint(0, 240)),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        "dotnet",
        {
            "BookingReference": G(pnr),
            "TicketNumber": G(lambda f: "125" + f.digits(10)),
            "TotalFare": G(lambda f: f.money(120, 3400)),
            "Currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "FareBasis": G(lambda f: f.pick(["YLOWUS", "QHXOW"])),
            "Passengers": Many(
                {
                    "PassengerType": G(lambda f: f.pick(["ADT", "CHD"])),
                    "FirstName": Y(lambda f: f.first(), "name"),
                    "LastName": Y(lambda f: f.last(), "name"),
                    "DateOfBirth": Y(lambda f: f.date(1950, 2018), "birthdate"),
                    "PassportNumber": RED(lambda f: f.pick(["5", "1"]) + f.digits(8), "passport"),
                    "Nationality": Y(
                        lambda f: f.pick(["American", "British", "Nigerian", "Indian"]), "citizenship"
                    ),
                    "FrequentFlyerNumber": Y(lambda f: "BA" + f.digits(8), "identification"),
                    "SeatNumber": G(lambda f: f"{f.r.randint(1, 45)}{f.pick('ABCDEF')}"),
                    "MealCode": G(lambda f: f.pick(["VGML", "CHML", "none"])),
                    "SpecialAssistance": RED(
                        lambda f: f.pick(["wheelchair to gate", "visually impaired"]), "disability"
                    ),
                },
                3,
            ),
            "ContactEmail": Y(lambda f: f.email(), "email"),
            "ContactPhone": Y(lambda f: f.phone("e164"), "phone"),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "BillingPostcode": Y(lambda f: f.pick([f.zip(), "SW1A 2AA", "EC1V 9HX"]), "zipcode"),
            "IsCorporateBooking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Check-in Completed",
        "swift:SkyHop|com.skyhop.ios",
        {
            "pnr": G(pnr),
            "flight_number": G(lambda f: f.pick(["BA285", "UA901", "AF83"])),
            "departure_airport": {
                "iata": G(lambda f: "SFO"),
                "name": G(lambda f: "San Francisco International Airport"),
            },
            "gate": G(lambda f: f.pick(["A7", "G92", "B12"])),
            "boarding_group": G(lambda f: f.r.randint(1, 6)),
            "passenger_name": Y(lambda f: f"{f.last().upper()}/{f.first().upper()} MS", "name"),
            "known_traveler_number": Y(lambda f: "TT" + f.digits(7), "identification"),
            "boarding_pass_barcode": Y(bcbp, "name", True),
            "apis_completed": G(lambda f: True),
            "bags_checked": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "identify",
        None,
        "kotlin:SkyHop|com.skyhop.android",
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "homeAirport": G(lambda f: f.pick(["SFO", "LGW", "DFW"])),
            "loyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold"])),
            "loyaltyNumber": Y(lambda f: f.digits(9), "identification"),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_number_verified": G(lambda f: f.pick([True, False])),
            "memberSince": G(lambda f: f.date(2010, 2024)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "APIS Data Submitted",
        "java",
        {
            "PNR_LOCATOR": G(pnr),
            "PASSENGER_SURNAME": Y(lambda f: f.last().upper(), "name"),
            "PASSENGER_GIVEN_NAME": Y(lambda f: f.first().upper(), "name"),
            "DOCS_TYPE": G(lambda f: "P"),
            "DOCS_NUMBER": RED(lambda f: f.pick(["C", "X"]) + f.digits(8), "passport"),
            "DOCS_NATIONALITY": Y(lambda f: f.pick(["USA", "GBR", "NGA"]), "citizenship"),
            "DOCS_DOB": Y(lambda f: f"{f.r.randint(1, 28):02d}MAR{f.r.randint(50, 99)}", "birthdate"),
            "DOCS_GENDER": Y(lambda f: f.pick(["F", "M"]), "gender|sex"),
            "FQTV_NUMBER": Y(lambda f: "UA" + f.digits(9), "identification"),
            "SSR_CODE": RED(lambda f: f.pick(["WCHR", "BLND", "DEAF", "WCHC"]), "disability", True),
            "SEGMENT_COUNT": G(lambda f: f.r.randint(1, 4)),
            "CONTACT_MOBILE": Y(lambda f: f.phone("intl_space"), "phone"),
        },
    ),
    (
        "screen",
        "Trip Details",
        "flutter:Fernway|com.fernway.app",
        {
            "tripId": G(lambda f: "TRP-" + f.digits(8)),
            "hotel": {
                "name": G(lambda f: f.pick(["The Hoxton Shoreditch", "Hotel Lutetia", "Park Hyatt Tokyo"])),
                "starRating": G(lambda f: f.pick([4, 5])),
                "checkIn": G(lambda f: f.date(2025, 2025)),
                "nights": G(lambda f: f.r.randint(1, 9)),
            },
            "guestCount": G(lambda f: f.r.randint(1, 4)),
            "leadGuestName": Y(lambda f: f.full_name(), "name"),
            "specialRequest": Y(
                lambda f: f.pick(
                    [
                        "Late arrival, please call " + f.phone("uk"),
                        "Quiet room please, reach me on " + f.phone("e164"),
                        "Anniversary trip! Text " + phone_in(f, "it") + " if the room is ready early",
                    ]
                ),
                "phone",
                True,
            ),
            "confirmationCode": G(lambda f: f.hexid(8).upper()),
        },
    ),
    (
        "track",
        "Réservation Confirmée",
        "php",
        {
            "code_reservation": G(pnr),
            "nom_passager": Y(lambda f: f.last(), "name"),
            "prenom_passager": Y(lambda f: f.first(), "name"),
            "adresse_email": Y(lambda f: f.email(), "email"),
            "telephone_portable": Y(lambda f: f.phone("fr"), "phone"),
            "numero_passeport": RED(lambda f: f.digits(2) + "AB" + f.digits(5), "passport"),
            "aeroport_depart": G(lambda f: "CDG"),
            "aeroport_arrivee": G(lambda f: f.pick(["JFK", "YUL", "RUN"])),
            "nombre_bagages": G(lambda f: f.r.randint(0, 3)),
            "tarif_ttc": G(lambda f: f.money(90, 1500)),
            "classe_voyage": G(lambda f: f.pick(["Economy", "Premium"])),
        },
    ),
]

BANKING = [
    (
        "identify",
        None,
        "swift:Pennybank|com.pennybank.ios",
        {
            "fullLegalName": Y(lambda f: f.full_name(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "residentialAddress": {
                "line1": Y(lambda f: f.street(), "street|address"),
                "line2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Suite 300"]), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.pick(["CA", "TX", "NY"])),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "employmentStatus": G(lambda f: f.pick(["employed", "self_employed", "student"])),
            "employerName": G(lambda f: f.pick(["Initech", "Globex Corporation", "Stark Industries"])),
            "annualIncome": Y(lambda f: f.r.randint(28000, 240000), "salary"),
            "kycStatus": G(lambda f: f.pick(["approved", "pending_review"])),
            "identityVerified": G(lambda f: f.pick([True, False])),
            "address_count": G(lambda f: f.r.randint(1, 3)),
            "taxResidency": G(lambda f: "US"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Transfer Sent",
        "go",
        {
            "transfer_id": G(lambda f: "tr_" + f.hexid(20)),
            "amount": G(lambda f: f.money(5, 5000)),
            "currency": G(lambda f: f.pick(["EUR", "GBP"])),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "ES"])), "bank account"),
            "beneficiary_bic": G(lambda f: f.pick(["DEUTDEFF", "BNPAFRPP", "CAIXESBB"])),
            "beneficiary_country": G(lambda f: f.pick(["DE", "FR", "ES"])),
            "payment_reference": G(lambda f: f.pick(["Rent March", "Invoice 2024-113", "Dinner split"])),
            "fx_rate": G(lambda f: round(f.r.uniform(0.8, 1.2), 4)),
            "fee": G(lambda f: f.money(0, 3)),
            "is_scheduled": G(lambda f: f.pick([True, False])),
            "idempotency_key": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Card Provisioned",
        "kotlin:Pennybank|com.pennybank.android",
        {
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "last4": G(lambda f: f.digits(4)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "wallet": G(lambda f: f.pick(["google_pay", "samsung_pay"])),
            "token_reference_id": G(lambda f: "DNITHE" + f.digits(15)),
            "token_requestor_id": G(lambda f: f.digits(11)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2026, 2030)),
            "is_virtual": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Loan Application Submitted",
        "java",
        {
            "applicationId": G(lambda f: f.uuid()),
            "loanAmount": G(lambda f: f.r.randint(1000, 50000)),
            "termMonths": G(lambda f: f.pick([12, 24, 36, 60])),
            "apr": G(lambda f: round(f.r.uniform(5, 29), 2)),
            "purpose": G(lambda f: f.pick(["debt_consolidation", "home_improvement", "car"])),
            "applicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "ssn": RED(lambda f: f.ssn().replace("-", ""), "social security number"),
                "dob": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "monthlyIncome": Y(lambda f: f.r.randint(2000, 15000), "salary"),
                "employer": G(lambda f: f.pick(["Acme Logistics", "Umbrella Health"])),
                "yearsAtEmployer": G(lambda f: f.r.randint(0, 20)),
                "housingStatus": G(lambda f: f.pick(["rent", "own", "other"])),
                "driversLicenseNumber": Y(lambda f: "D" + f.digits(7), "license"),
            },
            "bankAccount": {
                "accountNumber": RED(lambda f: f.digits(10), "bank account"),
                "accountType": G(lambda f: f.pick(["checking", "savings"])),
            },
            "creditPullConsent": G(lambda f: True),
            "ipAddress": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Betaling Verstuurd",
        "node",
        {
            "naam_begunstigde": Y(lambda f: f.full_name(), "name"),
            "rekeningnummer": RED(lambda f: f.iban("NL"), "bank account"),
            "bedrag": G(lambda f: f.money(1, 900)),
            "valuta": G(lambda f: "EUR"),
            "omschrijving": G(lambda f: f.pick(["Huur april", "Boodschappen", "Factuur 88213"])),
            "betaalverzoek": G(lambda f: f.pick([True, False])),
            "transactie_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "voorletters": Y(lambda f: f.first()[0] + ".", "name"),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der"]), "name"),
            "achternaam": Y(lambda f: f.pick(["Jansen", "Bakker", "Visser"]), "name"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-0{f.r.randint(1, 9)}-19{f.r.randint(50, 99)}",
                "birthdate",
            ),
            "burgerservicenummer": RED(lambda f: f.digits(9), "national id"),
            "straatnaam": Y(
                lambda f: f.pick(["Keizersgracht", "Damrak", "Lange Voorhout"]), "street|address"
            ),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "street|address"),
            "postcode": Y(lambda f: f"{f.r.randint(1000, 9999)} {f.pick(['AB', 'KL', 'XZ'])}", "zipcode"),
            "woonplaats": Y(lambda f: f.pick(["Amsterdam", "Utrecht", "Den Haag"]), "city"),
            "geslacht": Y(lambda f: f.pick(["man", "vrouw", "anders"]), "gender|sex"),
            "mobiel": Y(lambda f: phone_in(f, "nl"), "phone"),
            "klant_sinds": G(lambda f: f.date(2015, 2024)),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "nume": Y(lambda f: f.pick(RO_LAST), "name"),
            "prenume": Y(lambda f: f.pick(RO_FIRST), "name"),
            "cnp": RED(lambda f: f.pick(["1", "2"]) + f.digits(12), "national id"),
            "data_nasterii": Y(lambda f: f.date(1955, 2003), "birthdate"),
            "adresa": Y(
                lambda f: f"Str. {f.pick(['Lipscani', 'Victoriei', 'Eminescu'])} nr. {f.r.randint(1, 90)}",
                "address",
            ),
            "localitate": Y(lambda f: f.pick(["București", "Cluj-Napoca", "Iași"]), "city"),
            "judet": G(lambda f: f.pick(["Cluj", "Iași", "Ilfov"])),
            "cod_postal": Y(lambda f: f.digits(6), "zipcode"),
            "telefon": Y(lambda f: phone_in(f, "ro"), "phone"),
            "venit_lunar": Y(lambda f: f.r.randint(3000, 20000), "salary"),
            "angajator": G(lambda f: f.pick(["Dacia", "UiPath", "eMAG"])),
            "scor_risc": G(lambda f: f.r.randint(300, 850)),
        },
    ),
]

HEALTH = [
    (
        "track",
        "Prescription Refill Requested",
        "swift:MediCart|com.medicart.ios",
        {
            "rxNumber": G(lambda f: f.digits(7)),
            "medicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "quantity": G(lambda f: f.pick([30, 60, 90])),
            "daysSupply": G(lambda f: f.pick([30, 90])),
            "pharmacyName": G(lambda f: f.pick(["Walgreens #4021", "CVS Pharmacy", "Boots Covent Garden"])),
            "pharmacyStoreId": G(lambda f: f.digits(5)),
            "insuranceMemberId": Y(lambda f: "XKH" + f.digits(9), "health id"),
            "prescriberName": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "prescriberNpi": Y(lambda f: "1" + f.digits(9), "identification|license"),
            "autoRefill": G(lambda f: f.pick([True, False])),
            "copayAmount": G(lambda f: f.money(0, 60)),
        },
    ),
    (
        "track",
        "Consultation Booked",
        "web:care.docnow.example|/book|Book a visit - DocNow",
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "provider_id": G(lambda f: "prv_" + f.hexid(8)),
            "visit_type": G(lambda f: f.pick(["video", "phone", "chat"])),
            "slot_start": G(lambda f: f.iso()),
            "reason_for_visit": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "symptoms": Many(
                Y(lambda f: f.pick(["fever", "sore throat", "rash", "fatigue"]), "condition"), 3
            ),
            "patient_dob": Y(lambda f: f.date(1940, 2010), "birthdate"),
            "is_new_patient": G(lambda f: f.pick([True, False])),
            "video_room_token": RED(lambda f: f.jwt(), "token"),
            "price": G(lambda f: f.pick([29, 49, 79])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "resourceType": G(lambda f: "Patient"),
            "id": G(lambda f: f.digits(6)),
            "active": G(lambda f: True),
            "meta": {"versionId": G(lambda f: str(f.r.randint(1, 9))), "lastUpdated": G(lambda f: f.iso())},
            "identifier": Many(
                {
                    "system": G(lambda f: "urn:oid:2.16.840.1.113883.4.1.99"),
                    "value": Y(lambda f: "MRN" + f.digits(7), "health id", True),
                },
                1,
            ),
            "name": Many(
                {
                    "use": G(lambda f: f.pick(["official", "usual"])),
                    "family": Y(lambda f: f.last(), "name"),
                    "given": Many(Y(lambda f: f.first(), "name"), 2),
                },
                1,
            ),
            "telecom": Many(
                {
                    "system": G(lambda f: keep(f, "sys", f.pick(["phone", "email"]))),
                    "value": Y(
                        lambda f: f.phone() if recall(f, "sys") == "phone" else f.email(), "phone|email", True
                    ),
                    "use": G(lambda f: f.pick(["mobile", "home"])),
                },
                3,
            ),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "birthDate": Y(lambda f: f.date(), "birthdate"),
            "address": Many(
                {
                    "use": G(lambda f: "home"),
                    "line": Many(Y(lambda f: f.street(), "street|address"), 2),
                    "city": Y(lambda f: f.city(), "city"),
                    "postalCode": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: "US"),
                },
                1,
            ),
            "generalPractitioner": Many(
                {
                    "reference": G(lambda f: "Practitioner/" + f.digits(4)),
                    "display": Y(lambda f: "Dr " + f.full_name(), "name"),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Lab Results Viewed",
        "kotlin:DocNow|com.docnow.android",
        {
            "lab_order_id": G(lambda f: "LO" + f.digits(9)),
            "test_panel": Y(lambda f: f.pick(["Lipid panel", "HbA1c", "Colonoscopy pathology"]), "procedure"),
            "cpt_code": Y(lambda f: f.pick(CPT), "procedure"),
            "icd10_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "ordering_physician": Y(lambda f: "Dr. " + f.last(), "name"),
            "result_count": G(lambda f: f.r.randint(1, 18)),
            "viewed_at": G(lambda f: f.epoch_ms()),
            "pdf_sha1": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Recept Indløst",
        "java",
        {
            "cpr_nummer": RED(lambda f: ddmmyy(f) + "-" + f.digits(4), "national id"),
            "fornavn": Y(lambda f: f.pick(NORDIC_FIRST), "name"),
            "efternavn": Y(lambda f: f.pick(NORDIC_LAST), "name"),
            "laegemiddel": Y(
                lambda f: f.pick(["Pinex 500 mg", "Ibumetin 400 mg", "Cipralex 10 mg"]), "medication"
            ),
            "apotek_navn": G(lambda f: f.pick(["Matas Apotek Nørrebro", "Apoteket Østerbro"])),
            "pakninger": G(lambda f: f.r.randint(1, 3)),
            "tilskud_kr": G(lambda f: f.money(0, 400)),
            "postnummer": Y(lambda f: str(f.r.randint(1000, 9990)), "zipcode"),
            "telefon": Y(lambda f: phone_in(f, "dk"), "phone"),
            "recept_id": G(lambda f: f.digits(10)),
        },
    ),
    (
        "identify",
        None,
        "flutter:Salute+|it.saluteplus.app",
        {
            "nome": Y(lambda f: f.pick(IT_FIRST), "name"),
            "cognome": Y(lambda f: f.pick(IT_LAST), "name"),
            "codice_fiscale": RED(
                lambda f: (
                    f.pick(["BNCGLI", "RMNMRC", "CLMFNC"]) + f.digits(2) + "A" + f.digits(2) + "F205" + "X"
                ),
                "national id",
            ),
            "data_di_nascita": Y(lambda f: f.date(1940, 2005), "birthdate"),
            "sesso": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "cellulare": Y(lambda f: phone_in(f, "it"), "phone"),
            "indirizzo": Y(
                lambda f: f"Via {f.pick(['Roma', 'Garibaldi', 'Mazzini'])} {f.r.randint(1, 120)}",
                "address|street",
            ),
            "CAP": Y(lambda f: f"{f.r.randint(10, 98)}1{f.r.randint(10, 99)}", "zipcode"),
            "citta": Y(lambda f: f.pick(["Milano", "Torino", "Bologna"]), "city"),
            "tessera_sanitaria": Y(lambda f: "80380" + f.digits(15), "health id"),
            "medico_di_base": Y(lambda f: "Dott. " + f.pick(IT_LAST), "name"),
            "allergie": Many(Y(lambda f: f.pick(["penicillina", "lattosio", "polline"]), "allergy"), 2),
            "consenso_privacy": G(lambda f: True),
        },
    ),
    (
        "track",
        "Procedure Scheduled",
        "node",
        {
            "procedureName": Y(
                lambda f: f.pick(["colonoscopy", "knee arthroscopy", "cataract surgery"]), "procedure"
            ),
            "scheduledFor": G(lambda f: f.iso()),
            "facility": {
                "name": G(lambda f: f.pick(["St. Mary's Medical Center", "Kaiser Oakland"])),
                "id": G(lambda f: f.digits(4)),
            },
            "surgeonName": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "anesthesiaType": G(lambda f: f.pick(["general", "local", "sedation"])),
            "preAuthNumber": G(lambda f: "PA" + f.digits(10)),
            "estimatedCost": G(lambda f: f.money(300, 9000)),
            "patientAllergies": Many(Y(lambda f: f.pick(["latex", "penicillin", "iodine"]), "allergy"), 2),
            "currentMedications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
]

HR = [
    (
        "track",
        "Application Submitted",
        "web:jobs.hirewell.example|/jobs/apply|Apply - Senior Data Engineer",
        {
            "job_id": G(lambda f: f.digits(7)),
            "job_title": G(
                lambda f: f.pick(["Senior Data Engineer", "Account Executive", "Nurse Practitioner"])
            ),
            "posting": {
                "salary_min": G(lambda f: f.pick([90000, 120000])),
                "salary_max": G(lambda f: f.pick([140000, 170000])),
                "location": G(lambda f: f.pick(["Remote (US)", "Austin, TX"])),
            },
            "candidate": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone("nanp_paren"), "phone"),
                "certifications": Many(
                    Y(lambda f: f.pick(["AWS Solutions Architect", "PMP", "CPA"]), "certificate"), 2
                ),
            },
            "salary_expectation": Y(lambda f: f.r.randint(80000, 200000), "salary"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "work_authorization": RED(lambda f: f.pick(["H-1B", "TN", "F-1 OPT", "Green Card"]), "visa"),
            "eeo": {
                "gender": Y(lambda f: f.pick(["Female", "Male", "Decline to self-identify"]), "gender"),
                "race": Y(lambda f: f.pick(["Asian", "Black or African American", "White"]), "race"),
                "hispanic_latino": Y(lambda f: f.pick(["Yes", "No"]), "ethnicity"),
                "veteran_status": RED(
                    lambda f: f.pick(["I am a protected veteran", "I am not a veteran"]), "veteran"
                ),
                "disability_status": RED(lambda f: f.pick(["Yes, I have a disability", "No"]), "disability"),
            },
            "source": G(lambda f: f.pick(["linkedin", "referral", "indeed"])),
            "resume_pages": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "EmployeeNumber": G(lambda f: "E" + f.digits(6)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "PreferredName": Y(lambda f: f.pick(["Jen", "Bob", "Sasha", "Kit"]), "name"),
            "WorkEmail": Y(lambda f: f.first().lower() + "@corp.example.io", "email"),
            "PersonalEmail": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: phone_in(f, "uk_nat"), "phone"),
            "HireDate": G(lambda f: f.date(2012, 2024)),
            "Department": G(lambda f: f.pick(["Finance", "Engineering", "Support"])),
            "JobTitle": G(lambda f: f.pick(["Payroll Specialist", "Staff Engineer"])),
            "ManagerName": Y(lambda f: f.full_name(), "name"),
            "BaseSalary": Y(lambda f: f.r.randint(30000, 160000), "salary"),
            "PayFrequency": G(lambda f: f.pick(["Monthly", "BiWeekly"])),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "NationalInsuranceNumber": RED(
                lambda f: f.pick(["QQ", "AB", "JT"]) + f.digits(6) + "C", "national id"
            ),
            "EmergencyContact": {
                "Name": Y(lambda f: f.full_name(), "name"),
                "Phone": Y(lambda f: f.phone("uk"), "phone"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Sibling"])),
            },
            "IsManager": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Työsopimus Allekirjoitettu",
        "python",
        {
            "etunimi": Y(lambda f: f.pick(FI_FIRST), "name"),
            "sukunimi": Y(lambda f: f.pick(FI_LAST), "name"),
            "henkilotunnus": RED(lambda f: ddmmyy(f) + "-" + f.digits(3) + f.pick("ABCHJK"), "national id"),
            "syntymaaika": Y(
                lambda f: f"{f.r.randint(1, 28)}.{f.r.randint(1, 12)}.19{f.r.randint(60, 99)}", "birthdate"
            ),
            "sahkoposti": Y(lambda f: f.email(), "email"),
            "puhelinnumero": Y(lambda f: phone_in(f, "fi"), "phone"),
            "katuosoite": Y(
                lambda f: (
                    f"{f.pick(['Mannerheimintie', 'Hämeenkatu'])} {f.r.randint(1, 80)} B {f.r.randint(1, 40)}"
                ),
                "street|address",
            ),
            "postinumero": Y(lambda f: "00" + f.digits(3), "zipcode"),
            "postitoimipaikka": Y(lambda f: f.pick(["Helsinki", "Tampere", "Espoo"]), "city"),
            "kuukausipalkka": Y(lambda f: f.r.randint(2500, 7500), "salary"),
            "tilinumero": RED(lambda f: iban_cc(f, "FI", 18), "bank account"),
            "tehtavanimike": G(lambda f: f.pick(["Ohjelmistokehittäjä", "Myyntipäällikkö"])),
            "aloituspaiva": G(lambda f: f.date(2025, 2025)),
            "sopimus_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        "node",
        {
            "interview-id": G(lambda f: f.digits(9)),
            "candidate-name": Y(lambda f: f.full_name(), "name"),
            "interviewer-email": Y(lambda f: f.email(), "email"),
            "interview-type": G(lambda f: f.pick(["phone_screen", "onsite", "take_home_review"])),
            "scheduled-at": G(lambda f: f.iso()),
            "duration-min": G(lambda f: f.pick([30, 45, 60])),
            "round": G(lambda f: f.r.randint(1, 5)),
            "meeting-provider": G(lambda f: f.pick(["zoom", "google_meet"])),
            "reschedule-count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "screen",
        "Offer Review",
        "rn:HireWell|com.hirewell.app",
        {
            "offerId": G(lambda f: f.uuid()),
            "offerBaseSalary": Y(lambda f: f.r.randint(70000, 210000), "salary"),
            "signOnBonus": Y(lambda f: f.pick([0, 5000, 10000]), "salary"),
            "equityUnits": G(lambda f: f.r.randint(0, 4000)),
            "startDate": G(lambda f: f.date(2025, 2025)),
            "recruiterName": Y(lambda f: f.full_name(), "name"),
            "backgroundCheckStatus": G(lambda f: f.pick(["pending", "clear", "consider"])),
            "expiresInDays": G(lambda f: f.r.randint(1, 14)),
        },
    ),
]

DATING = [
    (
        "identify",
        None,
        "rn:Kindred|com.kindred.dating",
        {
            "displayName": Y(lambda f: f.first(), "name"),
            "birthday": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "gender": Y(lambda f: f.pick(["woman", "man", "non-binary"]), "gender"),
            "orientation": Y(
                lambda f: f.pick(["straight", "gay", "lesbian", "bisexual", "queer"]), "sexual orientation"
            ),
            "religion": Y(lambda f: f.pick(["Christian", "Muslim", "Hindu", "Agnostic"]), "religion"),
            "ethnicity": Y(
                lambda f: f.pick(["East Asian", "Hispanic/Latino", "Middle Eastern", "Black"]), "ethnicity"
            ),
            "bio": Y(
                lambda f: f.pick(
                    [
                        "Not on here much, text me " + f.phone("nanp_dot"),
                        "Dog mum & climber. Snap/WhatsApp " + f.phone("e164"),
                        "Bad at replying here: " + f.email(),
                    ]
                ),
                "phone|email",
                True,
            ),
            "photoUrls": Many(
                Y(lambda f: "https://cdn.kindred.example/p/" + f.hexid(16) + ".jpg", "photo"), 3
            ),
            "jobTitle": G(lambda f: f.pick(["Architect", "Nurse", "Teacher"])),
            "company": G(lambda f: f.pick(["Globex", "Mercy Hospital", "Self-employed"])),
            "hometown": Y(lambda f: f.city(), "city"),
            "lastLocation": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation"),
            "smoker": G(lambda f: f.pick([True, False])),
            "verifiedSelfie": G(lambda f: f.pick([True, False])),
            "premium": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent",
        "go",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "match_id": G(lambda f: f.digits(10)),
            "recipient_user_id": G(lambda f: "usr_" + f.hexid(10)),
            "message_length": G(lambda f: f.r.randint(1, 400)),
            "contains_link": G(lambda f: f.pick([True, False])),
            "body": Y(
                lambda f: f.pick(
                    [
                        "haha same! my number is " + f.phone("nanp_dash"),
                        "easier on whatsapp " + phone_in(f, "uk_nat"),
                        "Drop me an email: " + f.email(),
                    ]
                ),
                "phone|email",
                True,
            ),
            "sent_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "moderation_score": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "Discovery Filters Updated",
        "swift:Kindred|com.kindred.ios",
        {
            "gender_filter": G(lambda f: "any"),
            "ethnicity_filter": G(lambda f: "any"),
            "age_min": G(lambda f: f.r.randint(18, 30)),
            "age_max": G(lambda f: f.r.randint(31, 60)),
            "max_distance_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "show_verified_only": G(lambda f: f.pick([True, False])),
            "dealbreakers_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Match Created",
        "kotlin:Kindred|com.kindred.android",
        {
            "match_id": G(lambda f: f.digits(10)),
            "partner_first_name": Y(lambda f: f.first(), "name"),
            "compatibility_score": G(lambda f: f.r.randint(40, 99)),
            "super_like": G(lambda f: f.pick([True, False])),
            "both_verified": G(lambda f: f.pick([True, False])),
            "date_suggestion": {
                "name": G(lambda f: f.pick(["Blue Bottle Coffee", "The Eagle Pub", "MoMA"])),
                "category": G(lambda f: f.pick(["cafe", "bar", "museum"])),
            },
        },
    ),
]

FITNESS = [
    (
        "track",
        "Workout Completed",
        "flutter:PulseBand|com.pulseband.app",
        {
            "workout_id": G(lambda f: f.uuid()),
            "activity_type": G(lambda f: f.pick(["run", "ride", "swim"])),
            "duration_s": G(lambda f: f.r.randint(600, 9000)),
            "distance_m": G(lambda f: f.r.randint(1000, 42195)),
            "calories": G(lambda f: f.r.randint(100, 2500)),
            "elevation_gain_m": G(lambda f: f.r.randint(0, 900)),
            "start_lat": Y(lambda f: f.lat(), "geolocation"),
            "start_lng": Y(lambda f: f.lon(), "geolocation"),
            "route_polyline": Y(polyline, "geolocation"),
            "device_serial": Y(lambda f: "PB2" + f.hexid(9).upper(), "serial"),
            "race": {
                "id": G(lambda f: f.digits(5)),
                "name": G(lambda f: f.pick(["Berlin Marathon", "Parkrun Bushy Park", "Bay to Breakers"])),
            },
            "gear": {
                "name": G(lambda f: f.pick(["Pegasus 41", "Endorphin Speed 4"])),
                "km_total": G(lambda f: f.r.randint(5, 800)),
            },
            "weather_temp_c": G(lambda f: f.r.randint(-5, 34)),
        },
    ),
    (
        "track",
        "Device Paired",
        "swift:PulseBand|com.pulseband.ios",
        {
            "device_model": G(lambda f: f.pick(["PulseBand 5", "PulseBand Pro"])),
            "serial_no": Y(lambda f: f.hexid(12).upper(), "serial"),
            "bt_mac": Y(lambda f: f.mac(), "mac"),
            "firmware": G(lambda f: f.pick(["5.2.14", "5.3.0-beta.2"])),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "wrist": G(lambda f: f.pick(["left", "right"])),
            "pairing_attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "identify",
        None,
        "kotlin:PulseBand|com.pulseband.android",
        {
            "fornavn": Y(lambda f: f.pick(NORDIC_FIRST), "name"),
            "etternavn": Y(lambda f: f.pick(NORDIC_LAST), "name"),
            "epost": Y(lambda f: f.email(), "email"),
            "mobilnummer": Y(lambda f: phone_in(f, "no"), "phone"),
            "fodselsdato": Y(lambda f: f.date(1950, 2008), "birthdate"),
            "kjonn": Y(lambda f: f.pick(["kvinne", "mann"]), "gender|sex"),
            "postnummer": Y(lambda f: "0" + f.digits(3), "zipcode"),
            "poststed": Y(lambda f: f.pick(["Oslo", "Bergen", "Trondheim"]), "city"),
            "abonnement": G(lambda f: f.pick(["gratis", "premium"])),
            "enheter_antall": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Challenge Joined",
        "rn:PulseBand|com.pulseband.rn",
        {
            "challengeId": G(lambda f: f.digits(6)),
            "challengeName": G(lambda f: f.pick(["10K Steps a Day", "March Madness Miles"])),
            "teamName": G(lambda f: f.pick(["Couch Potatoes", "Team Velocity"])),
            "invitedFriendEmails": Many(Y(lambda f: f.email(), "email"), 3),
            "leaderboardRank": G(lambda f: f.r.randint(1, 500)),
            "stepsGoal": G(lambda f: f.pick([8000, 10000, 12000])),
        },
    ),
]

FOOD = [
    (
        "track",
        "Order Placed",
        "rn:Forkful|com.forkful.app",
        {
            "order_id": G(lambda f: f.digits(12)),
            "restaurant": {
                "id": G(lambda f: f.digits(5)),
                "name": G(lambda f: f.pick(["Luigi's Trattoria", "Golden Dragon", "Burger Barn"])),
                "cuisine": G(lambda f: f.pick(["italian", "chinese", "american"])),
            },
            "items": Many(
                {
                    "sku": G(lambda f: f.sku()),
                    "name": G(
                        lambda f: f.pick(["Margherita Pizza", "Kung Pao Chicken", "Double Smash Burger"])
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "price": G(lambda f: f.money(5, 30)),
                },
                4,
            ),
            "subtotal": G(lambda f: f.money(10, 120)),
            "delivery_fee": G(lambda f: f.money(0, 8)),
            "tip": G(lambda f: f.money(0, 20)),
            "promo_code": G(lambda f: f.pick(["FIRST50", "FREEDEL", ""])),
            "delivery_address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "unit": Y(lambda f: f.pick(["Apt 3", "#1204", "Floor 2"]), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "dropoff_instructions": Y(
                lambda f: f.pick(
                    [
                        "Buzz 4B, if no answer call " + f.phone("nanp_paren"),
                        "Leave with doorman, my cell is " + f.phone("e164"),
                        "Gate code 2291, text " + f.phone("nanp_dash") + " when outside",
                    ]
                ),
                "phone",
                True,
            ),
            "allergy_notes": Y(
                lambda f: f.pick(["severe peanut allergy", "no shellfish please", "gluten intolerant"]),
                "allergy",
            ),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "scheduled_for": G(lambda f: f.pick([None, f.iso()])),
            "payment_type": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
        },
    ),
    (
        "track",
        "Objednávka Dokončena",
        "php",
        {
            "jmeno": Y(lambda f: f.pick(CZ_FIRST), "name"),
            "prijmeni": Y(lambda f: f.pick(CZ_LAST), "name"),
            "telefon": Y(lambda f: phone_in(f, "cz"), "phone"),
            "ulice": Y(
                lambda f: f"{f.pick(['Vinohradská', 'Korunní', 'Náměstí Míru'])} {f.r.randint(1, 200)}",
                "street|address",
            ),
            "mesto": Y(lambda f: f.pick(["Praha", "Brno", "Ostrava"]), "city"),
            "psc": Y(lambda f: f"1{f.r.randint(10, 99)} 00", "zipcode"),
            "restaurace": G(lambda f: f.pick(["Lokál Dlouhá", "Pho Vietnam Tuan & Lan"])),
            "cena_kc": G(lambda f: f.r.randint(150, 1200)),
            "poznamka": Y(
                lambda f: f.pick(
                    [
                        "Zvonek nefunguje, volejte " + phone_in(f, "cz"),
                        "Prosím zavolat na " + phone_in(f, "cz") + " před příjezdem",
                    ]
                ),
                "phone",
                True,
            ),
            "platba": G(lambda f: f.pick(["karta", "hotovost"])),
        },
    ),
    (
        "track",
        "Courier Assigned",
        "go",
        {
            "courier_id": G(lambda f: f.digits(6)),
            "courier_first_name": Y(lambda f: f.first(), "name"),
            "courier_photo": Y(
                lambda f: "https://img.forkful.example/couriers/" + f.hexid(12) + ".png", "photo"
            ),
            "vehicle_type": G(lambda f: f.pick(["bike", "scooter", "car"])),
            "courier_lat": Y(lambda f: f.lat(), "geolocation"),
            "courier_lng": Y(lambda f: f.lon(), "geolocation"),
            "eta_min": G(lambda f: f.r.randint(5, 45)),
            "batch_size": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Order Rated",
        "kotlin:Forkful|com.forkful.android",
        {
            "order_id": G(lambda f: f.digits(12)),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "courier_rating": G(lambda f: f.r.randint(1, 5)),
            "comment": Y(
                lambda f: f.pick(
                    [
                        "Food was cold. Please call me back on " + f.phone("intl_space"),
                        "Missing drinks, email me at " + f.email(),
                    ]
                ),
                "phone|email",
                True,
            ),
            "tags": Many(G(lambda f: f.pick(["late", "cold_food", "friendly_courier"])), 2),
        },
    ),
]

RIDES = [
    (
        "track",
        "Ride Requested",
        "swift:Zipride|com.zipride.rider",
        {
            "ride_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["ZipX", "ZipXL", "Comfort"])),
            "pickup": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "address": Y(lambda f: f.street() + ", " + f.city(), "address"),
                "place_name": G(
                    lambda f: f.pick(["SFO Terminal 2", "Union Station", "Madison Square Garden"])
                ),
            },
            "dropoff": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "address": Y(lambda f: f.street() + ", " + f.city(), "address"),
                "place_name": G(lambda f: f.pick(["Hilton Union Square", "Ferry Building", "Home"])),
            },
            "surge_multiplier": G(lambda f: f.pick([1.0, 1.3, 1.8])),
            "fare_estimate": G(lambda f: f.money(8, 90)),
            "payment_profile": G(lambda f: f.pick(["personal", "business"])),
            "rider_rating": G(lambda f: round(f.r.uniform(4.2, 5.0), 2)),
        },
    ),
    (
        "track",
        "Trip Completed",
        "java",
        {
            "tripId": G(lambda f: f.uuid()),
            "driver": {
                "driverId": G(lambda f: f.digits(7)),
                "firstName": Y(lambda f: f.first(), "name"),
                "licensePlate": Y(
                    lambda f: f"{f.r.randint(1, 9)}{f.pick(['ABC', 'XYZ', 'KLM'])}{f.digits(3)}", "license"
                ),
                "vehicleMake": G(lambda f: f.pick(["Toyota", "Tesla", "Hyundai"])),
                "vehicleModel": G(lambda f: f.pick(["Prius", "Model 3", "Ioniq 5"])),
                "vehicleColor": G(lambda f: f.pick(["white", "black", "silver"])),
                "rating": G(lambda f: round(f.r.uniform(4.5, 5.0), 2)),
            },
            "distanceKm": G(lambda f: f.money(1, 60)),
            "durationMin": G(lambda f: f.r.randint(4, 90)),
            "fare": G(lambda f: f.money(6, 120)),
            "tip": G(lambda f: f.money(0, 15)),
            "routePolyline": Y(polyline, "geolocation"),
            "riderPhone": Y(lambda f: f.phone("nanp_paren"), "phone"),
        },
    ),
    (
        "track",
        "Cursa Finalizata",
        "node",
        {
            "cursa_id": G(lambda f: f.uuid()),
            "nume_sofer": Y(lambda f: f"{f.pick(RO_FIRST)} {f.pick(RO_LAST)}", "name"),
            "numar_inmatriculare": Y(
                lambda f: f"B {f.r.randint(10, 999)} {f.pick(['XYZ', 'ABC', 'MRT'])}", "license"
            ),
            "telefon_pasager": Y(lambda f: phone_in(f, "ro"), "phone"),
            "adresa_preluare": Y(
                lambda f: f"Bd. {f.pick(['Unirii', 'Magheru'])} {f.r.randint(1, 60)}, București", "address"
            ),
            "pret": G(lambda f: f.money(12, 120)),
            "moneda": G(lambda f: "RON"),
            "distanta_km": G(lambda f: f.money(1, 40)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "DriverId": G(lambda f: "drv_" + f.hexid(8)),
            "DriversLicenseNumber": Y(lambda f: f.pick(["A", "B", "F"]) + f.digits(7), "license"),
            "LicenseState": G(lambda f: f.pick(["CA", "NY", "WA"])),
            "LicenseExpiresOn": G(lambda f: f.date(2026, 2031)),
            "VehicleVin": Y(lambda f: "5YJ3E1EA" + f.hexid(9).upper(), "serial"),
            "InsurancePolicyNumber": Y(lambda f: "PGR" + f.digits(9), "identification"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "ProfilePhotoUrl": Y(
                lambda f: "https://cdn.zipride.example/drivers/" + f.hexid(10) + ".jpg", "photo"
            ),
            "Dob": Y(lambda f: f.date(1955, 2003), "birthdate"),
            "BackgroundCheckId": G(lambda f: f.uuid()),
            "OnboardingStep": G(lambda f: f.pick(["documents", "vehicle_inspection", "approved"])),
        },
    ),
]

DONATIONS = [
    (
        "track",
        "Donation Completed",
        "web:give.hopefund.example|/donate|Donate - HopeFund",
        {
            "donation_id": G(lambda f: f.digits(9)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "frequency": G(lambda f: f.pick(["one_time", "monthly"])),
            "campaign": {
                "id": G(lambda f: f.digits(4)),
                "name": G(lambda f: f.pick(["Clean Water 2025", "Winter Appeal"])),
            },
            "donor": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone("uk"), "phone"),
            },
            "billing_address": {
                "line1": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.pick(["SW1A 1AA", "M1 1AE", f.zip()]), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "US"])),
            },
            "gift_aid": G(lambda f: f.pick([True, False])),
            "in_memory_of": Y(lambda f: f.full_name(), "name"),
            "tribute_notify_email": Y(lambda f: f.email(), "email"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "card": {"brand": G(lambda f: f.pick(["visa", "amex"])), "last4": G(lambda f: f.digits(4))},
            "cover_fees": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Opportunity Closed Won",
        "python",
        {
            "Id": G(lambda f: "006" + f.hexid(15)),
            "AccountId": G(lambda f: "001" + f.hexid(15)),
            "Amount": G(lambda f: f.money(10, 10000)),
            "StageName": G(lambda f: "Closed Won"),
            "CloseDate": G(lambda f: f.date(2024, 2024)),
            "npe01__HomeEmail__c": Y(lambda f: f.email(), "email"),
            "npe01__WorkEmail__c": Y(lambda f: f.email(), "email"),
            "npe01__Preferred_Email__c": G(lambda f: f.pick(["Personal", "Work"])),
            "npe01__PreferredPhone__c": G(lambda f: f.pick(["Home", "Mobile", "Work"])),
            "npe01__HomePhone__c": Y(lambda f: f.phone("nanp_paren"), "phone"),
            "MailingStreet": Y(lambda f: f.street(), "street|address"),
            "MailingCity": Y(lambda f: f.city(), "city"),
            "MailingPostalCode": Y(lambda f: f.zip(), "zipcode"),
            "Birthdate": Y(lambda f: f.date(), "birthdate"),
            "Denomination__c": Y(
                lambda f: f.pick(["Catholic", "Methodist", "Jewish", "Baptist"]), "religion"
            ),
            "npo02__TotalOppAmount__c": G(lambda f: f.money(10, 50000)),
            "Gift_Aid_Declared__c": G(lambda f: f.pick([True, False])),
            "Donor_Level__c": G(lambda f: f.pick(["Bronze", "Silver", "Major Donor"])),
        },
    ),
    (
        "track",
        "Fundraiser Page Created",
        "rn:HopeFund|org.hopefund.app",
        {
            "pageId": G(lambda f: f.digits(7)),
            "slug": G(lambda f: "run-for-water-2025-" + f.hexid(5)),
            "targetAmount": G(lambda f: f.pick([500, 1000, 2500])),
            "team": {
                "name": G(lambda f: f.pick(["Acme Runners", "Office Bakers"])),
                "size": G(lambda f: f.r.randint(1, 20)),
            },
            "story": Y(
                lambda f: f.pick(
                    [
                        "Running my first marathon for clean water! Questions? " + f.email(),
                        "Every pound helps. Corporate matching: contact " + f.email(),
                    ]
                ),
                "email",
                True,
            ),
            "eventDate": G(lambda f: f.date(2025, 2025)),
        },
    ),
    (
        "track",
        "Membership Purchased",
        "php",
        {
            "Member Name": Y(lambda f: f.full_name(), "name"),
            "Email Address": Y(lambda f: f.email(), "email"),
            "Phone Number": Y(lambda f: f.phone("nanp_dash"), "phone"),
            "Date of Birth": Y(lambda f: f.date(), "birthdate"),
            "Membership Tier": G(lambda f: f.pick(["Friend", "Patron", "Benefactor"])),
            "Auto Renew": G(lambda f: f.pick([True, False])),
            "Amount Paid": G(lambda f: f.pick([60, 120, 500])),
            "Member Number": Y(lambda f: "M-" + f.digits(7), "identification"),
        },
    ),
]

LEGAL = [
    (
        "track",
        "Consultation Requested",
        "web:www.counsel.example|/free-consultation|Free consultation - Counsel",
        {
            "matter_type": G(lambda f: f.pick(["divorce", "immigration", "estate planning", "employment"])),
            "client_full_name": Y(lambda f: f.full_name(), "name"),
            "client_email": Y(lambda f: f.email(), "email"),
            "client_phone": Y(lambda f: f.phone("nanp_paren"), "phone"),
            "opposing_party": Y(lambda f: f.full_name(), "name"),
            "case_summary": Y(
                lambda f: f.pick(
                    [
                        "My ex keeps emailing me at " + f.email() + ", need a restraining order",
                        "Landlord withheld deposit. Best reached at " + f.email(),
                    ]
                ),
                "email",
                True,
            ),
            "preferred_contact_method": G(lambda f: f.pick(["email", "phone", "sms"])),
            "state": G(lambda f: f.pick(["CA", "NY", "IL"])),
            "urgency": G(lambda f: f.pick(["low", "medium", "high"])),
            "hasAttorney": G(lambda f: False),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "client_number": G(lambda f: "CL-" + f.digits(6)),
            "a_number": RED(lambda f: "A" + f.digits(9), "national id|visa"),
            "visa_type": RED(lambda f: f.pick(["H-1B", "L-1", "F-1", "B-2"]), "visa"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["India", "Mexico", "Philippines", "Nigeria"]), "citizenship"
            ),
            "passport_no": RED(lambda f: f.pick(["Z", "M", "P"]) + f.digits(7), "passport"),
            "uscis_receipt_number": G(lambda f: f.pick(["EAC", "WAC", "IOE"]) + f.digits(10)),
            "i94_number": RED(lambda f: f.digits(11), "visa"),
            "preferred_language": G(lambda f: f.pick(["es", "hi", "tl"])),
            "case_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Dossier Ouvert",
        "python",
        {
            "numero_dossier": G(lambda f: "2024/" + f.digits(5)),
            "nom_client": Y(lambda f: f.pick(["Dubois", "Lefèvre", "Moreau"]), "name"),
            "prenom_client": Y(lambda f: f.pick(["Camille", "Julien", "Léa"]), "name"),
            "adresse_postale": Y(
                lambda f: f"{f.r.randint(1, 120)} rue {f.pick(['de Rivoli', 'Oberkampf', 'Saint-Honoré'])}",
                "address|street",
            ),
            "code_postal": Y(lambda f: "750" + f"{f.r.randint(1, 20):02d}", "zipcode"),
            "ville": Y(lambda f: f.pick(["Paris", "Lyon", "Marseille"]), "city"),
            "telephone": Y(lambda f: f.phone("fr"), "phone"),
            "numero_securite_sociale": RED(
                lambda f: f.pick(["1", "2"]) + f.digits(14), "national id|social security number"
            ),
            "courriel_avocat": Y(lambda f: f.email(), "email"),
            "honoraires_ht": G(lambda f: f.pick([150, 300, 1200])),
            "domaine": G(lambda f: f.pick(["droit de la famille", "droit du travail"])),
        },
    ),
]

TICKETS = [
    (
        "track",
        "Tickets Purchased",
        "node",
        {
            "order_id": G(lambda f: "GP" + f.digits(10)),
            "event": {
                "id": G(lambda f: f.digits(8)),
                "name": G(
                    lambda f: f.pick(
                        ["Arctic Monkeys - Live at Wembley", "Hamilton", "Real Madrid vs. Sevilla"]
                    )
                ),
                "starts_at": G(lambda f: f.iso()),
                "venue": {
                    "name": G(
                        lambda f: f.pick(["Wembley Stadium", "Victoria Palace Theatre", "Santiago Bernabéu"])
                    )
                },
            },
            "tickets": Many(
                {
                    "ticket_id": G(lambda f: f.uuid()),
                    "section": G(lambda f: f.pick(["101", "Stalls", "Lower Tier"])),
                    "row": G(lambda f: f.pick(["F", "K", "AA"])),
                    "seat": G(lambda f: f.r.randint(1, 40)),
                    "price": G(lambda f: f.money(30, 400)),
                },
                4,
            ),
            "attendee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "accessibility_needs": RED(
                lambda f: f.pick(["wheelchair space", "hearing loop", "step-free access"]), "disability"
            ),
            "total": G(lambda f: f.money(30, 1600)),
            "fees": G(lambda f: f.money(2, 60)),
            "delivery_method": G(lambda f: f.pick(["mobile", "print_at_home"])),
        },
    ),
    (
        "track",
        "Chusen Moshikomi",
        "python",
        {
            "moshikomi_bango": G(lambda f: f.digits(10)),
            "shimei": Y(lambda f: f"{f.pick(JP_LAST)} {f.pick(JP_FIRST)}", "name"),
            "shimei_kana": Y(lambda f: f.pick(JP_KANA), "name"),
            "denwa_bango": Y(lambda f: phone_in(f, "jp"), "phone"),
            "meru_adoresu": Y(lambda f: f.email(), "email"),
            "yubin_bango": Y(lambda f: f"{f.r.randint(100, 999)}-{f.digits(4)}", "zipcode"),
            "jusho": Y(
                lambda f: (
                    "Tokyo-to Shibuya-ku Jingumae "
                    + f"{f.r.randint(1, 6)}-{f.r.randint(1, 30)}-{f.r.randint(1, 15)}"
                ),
                "address",
            ),
            "seinengappi": Y(lambda f: f.date(1960, 2006).replace("-", "/"), "birthdate"),
            "seibetsu": Y(lambda f: f.pick(["josei", "dansei"]), "sex|gender"),
            "kaiin_bango": Y(lambda f: f.digits(12), "identification"),
            "koen_mei": G(lambda f: f.pick(["YOASOBI Dome Tour 2025", "Takarazuka Revue"])),
            "kaijo": G(lambda f: f.pick(["Tokyo Dome", "Kyocera Dome Osaka"])),
            "maisu": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "page",
        "Event Details",
        "web:www.gigpass.example|/events/arctic-monkeys-wembley|Arctic Monkeys | Gigpass",
        {
            "name": G(lambda f: "Event Details"),
            "category": G(lambda f: "Events"),
            "path": G(lambda f: "/events/arctic-monkeys-wembley"),
            "url": G(lambda f: "https://www.gigpass.example/events/arctic-monkeys-wembley"),
            "title": G(lambda f: "Arctic Monkeys | Gigpass"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: ""),
        },
    ),
    (
        "track",
        "Ticket Transferred",
        "kotlin:Gigpass|com.gigpass.android",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "ticket_count": G(lambda f: f.r.randint(1, 4)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Enjoy the show! Call me at " + f.phone("nanp_dash") + " if the QR code fails",
                        "Meet at gate C, my number " + phone_in(f, "uk_nat"),
                    ]
                ),
                "phone",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "screen",
        "My Tickets",
        "flutter:Gigpass|com.gigpass.flutter",
        {
            "upcoming_count": G(lambda f: f.r.randint(0, 6)),
            "past_count": G(lambda f: f.r.randint(0, 40)),
            "wallet_pass_added": G(lambda f: f.pick([True, False])),
            "next_event_name": G(lambda f: f.pick(["Hamilton", "Coldplay: Music of the Spheres"])),
            "sort": G(lambda f: "date_asc"),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Ticket Created",
        "node",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 999999)),
                "title": G(lambda f: f.pick(["Cannot export CSV", "SSO login loop", "Billing question"])),
                "description": Y(
                    lambda f: f.pick(
                        [
                            "Call me back on " + f.phone("uk") + ", urgent, prod is down",
                            "Our admin " + f.email() + " cannot log in since Monday",
                        ]
                    ),
                    "phone|email",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "via": G(lambda f: f.pick(["web", "email", "api"])),
                "tags": Many(G(lambda f: f.pick(["billing", "sso", "export", "vip"])), 3),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "external_id": G(lambda f: "u" + f.digits(7)),
                    "language": G(lambda f: f.pick(["en-US", "de"])),
                    "time_zone": G(lambda f: f.pick(["Pacific Time (US & Canada)", "Berlin"])),
                },
                "organization": {"name": G(lambda f: f.pick(["Initech", "Globex", "Hooli"]))},
                "assignee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.first().lower() + "@helpdeskly.example", "email"),
                },
            },
        },
    ),
    (
        "track",
        "Ticket Solved",
        "python",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 999999)),
            "satisfaction_rating": G(lambda f: f.pick(["good", "bad", "offered"])),
            "first_reply_time_min": G(lambda f: f.r.randint(1, 600)),
            "agent_email": Y(lambda f: f.first().lower() + "@helpdeskly.example", "email"),
            "macro_used": G(lambda f: f.pick(["Refund issued", "Password reset instructions"])),
            "internal_note": RED(
                lambda f: f.pick(
                    [
                        "Customer pasted their live key " + f.secret() + " in chat; told them to rotate",
                        "Repro with key " + f.secret() + " from the request logs",
                    ]
                ),
                "secret",
                True,
            ),
            "reopened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "web:app.helpdeskly.example|/settings/company|Company settings - Helpdeskly",
        {
            "name": G(lambda f: f.pick(["Initech", "Globex Corporation", "Hooli XYZ"])),
            "industry": G(lambda f: f.pick(["Software", "Retail", "Healthcare"])),
            "employees": G(lambda f: f.r.randint(10, 5000)),
            "plan": G(lambda f: f.pick(["team", "business", "enterprise"])),
            "website": G(lambda f: f.pick(["https://initech.example", "https://globex.example"])),
            "seats": G(lambda f: f.r.randint(3, 400)),
            "license_type": G(lambda f: f.pick(["enterprise", "trial"])),
            "sso_enabled": G(lambda f: f.pick([True, False])),
            "ssl_certificate_expires_at": G(lambda f: f.date(2025, 2026)),
            "mrr": G(lambda f: f.r.randint(100, 40000)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "web:app.helpdeskly.example|/login/callback|Signing in - Helpdeskly",
        {
            "sub": G(lambda f: f.uuid()),
            "given_name": Y(lambda f: f.first(), "name"),
            "family_name": Y(lambda f: f.last(), "name"),
            "middle_name": Y(lambda f: f.pick(["Marie", "James", "Ann"]), "name"),
            "nickname": Y(lambda f: f.pick(["Jo", "Ricky", "Sam"]), "name"),
            "preferred_username": Y(lambda f: f.first().lower() + "." + f.last().lower()[:4], "name"),
            "picture": Y(lambda f: "https://lh3.googleusercontent.example/a/" + f.hexid(20), "photo"),
            "email": Y(lambda f: f.email(), "email"),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_number": Y(lambda f: f.phone("e164"), "phone"),
            "phone_number_verified": G(lambda f: f.pick([True, False])),
            "birthdate": Y(lambda f: f.date(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "zoneinfo": G(lambda f: f.pick(["Europe/Paris", "America/Los_Angeles"])),
            "locale": G(lambda f: f.pick(["fr-FR", "en-US"])),
            "updated_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "address": {
                "formatted": Y(lambda f: f"{f.street()}\n{f.city()} {f.zip()}", "address"),
                "street_address": Y(lambda f: f.street(), "street|address"),
                "locality": Y(lambda f: f.city(), "city"),
                "region": G(lambda f: f.pick(["CA", "Île-de-France"])),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "FR"])),
            },
            "amr": Many(G(lambda f: f.pick(["pwd", "mfa", "otp"])), 2),
            "auth_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "API Key Created",
        "go",
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: "hd_live_" + f.hexid(4)),
            "scopes": Many(G(lambda f: f.pick(["tickets:read", "tickets:write", "users:read"])), 3),
            "created_by_email": Y(lambda f: f.email(), "email"),
            "expires_at": G(lambda f: f.iso()),
            "token_ttl_seconds": G(lambda f: f.pick([3600, 86400])),
            "password_changed_at": G(lambda f: f.iso()),
            "mfa_enforced": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        "java",
        {
            "endpoint_url": G(lambda f: "https://hooks.customer.example/helpdeskly"),
            "status_code": G(lambda f: f.pick([500, 502, 504, 410])),
            "attempt": G(lambda f: f.r.randint(1, 8)),
            "payload": {
                "data": RED(lambda f: f.jwt(), "token", True),
                "kind": G(lambda f: f.pick(["ticket.updated", "user.created"])),
            },
            "extra": {
                "x": Y(lambda f: f.mac(), "mac", True),
                "y": G(lambda f: f.r.randint(0, 99)),
            },
            "response_ms": G(lambda f: f.r.randint(5, 30000)),
            "delivery_uuid": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Contact Imported",
        "dotnet",
        {
            "ImportJobId": G(lambda f: f.uuid()),
            "Contact": {
                "uid": G(lambda f: "urn:uuid:" + f.uuid()),
                "fn": Y(lambda f: f.full_name(), "name"),
                "n": {
                    "family-name": Y(lambda f: f.last(), "name"),
                    "given-name": Y(lambda f: f.first(), "name"),
                },
                "org": G(lambda f: f.pick(["Initech", "Umbrella Corp"])),
                "title": G(lambda f: f.pick(["Head of Support", "IT Manager"])),
                "tel": Many(
                    {
                        "type": G(lambda f: f.pick(["cell", "work"])),
                        "value": Y(lambda f: f.phone("intl_space"), "phone", True),
                    },
                    2,
                ),
                "bday": Y(lambda f: f.date().replace("-", ""), "birthdate"),
                "adr": {
                    "street-address": Y(lambda f: f.street(), "street|address"),
                    "locality": Y(lambda f: f.city(), "city"),
                    "postal-code": Y(lambda f: f.zip(), "zipcode"),
                    "country-name": G(lambda f: f.pick(["USA", "Canada"])),
                },
                "rev": G(lambda f: f.iso()),
            },
            "Source": G(lambda f: f.pick(["vcf_upload", "carddav"])),
        },
    ),
    (
        "track",
        "Message Delivered",
        "node",
        {
            "metric": G(lambda f: f.pick(["delivered", "bounced", "opened"])),
            "delivery_id": G(lambda f: f.hexid(24)),
            "campaign_id": G(lambda f: f.r.randint(1, 400)),
            "channel": G(lambda f: keep(f, "ch", f.pick(["email", "sms"]))),
            "recipient": Y(
                lambda f: f.email() if recall(f, "ch") == "email" else f.phone("e164"), "email|phone", True
            ),
            "identifiers": {
                "id": G(lambda f: f.digits(6)),
                "email": Y(lambda f: f.email(), "email"),
                "cio_id": G(lambda f: f.hexid(20)),
            },
            "subject": G(lambda f: f.pick(["Your ticket has been updated", "Welcome to Helpdeskly"])),
            "bounce_type": G(lambda f: f.pick(["", "hard", "soft"])),
        },
    ),
    (
        "identify",
        None,
        "node",
        {
            "preferUserId": G(lambda f: True),
            "mergeNestedObjects": G(lambda f: True),
            "dataFields": {
                "firstName": Y(lambda f: f.first(), "name"),
                "phoneNumber": Y(lambda f: f.phone("e164"), "phone"),
                "signupDate": G(lambda f: f.date(2020, 2024)),
                "emailListIds": Many(G(lambda f: f.r.randint(1000, 9999)), 3),
                "homeZip": Y(lambda f: f.zip(), "zipcode"),
                "plan": G(lambda f: f.pick(["free", "pro"])),
                "totalTicketsOpened": G(lambda f: f.r.randint(0, 80)),
            },
        },
    ),
    (
        "track",
        "Cohort Synced",
        "python",
        {
            "cohort_id": G(lambda f: f.hexid(6)),
            "amplitude_id": G(lambda f: f.r.randint(10**10, 10**11)),
            "user_properties": {
                "gp:first_name": Y(lambda f: f.first(), "name"),
                "gp:email": Y(lambda f: f.email(), "email"),
                "gp:initial_utm_source": G(lambda f: f.pick(["google", "(none)"])),
                "gp:plan": G(lambda f: f.pick(["free", "pro"])),
                "city": Y(lambda f: f.city(), "city"),
                "dma": G(lambda f: f.pick(["San Francisco-Oakland-San Jose, CA", "New York, NY"])),
                "device_family": G(lambda f: f.pick(["Apple iPhone", "Mac", "Windows"])),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
            },
        },
    ),
]

NEUTRAL = [
    (
        "track",
        "Form Field Changed",
        "web:app.helpdeskly.example|/signup|Sign up - Helpdeskly",
        {
            "form_id": G(lambda f: "signup_v3"),
            "field_index": G(lambda f: f.r.randint(0, 8)),
            "value": Y(
                lambda f: f.pick([phone_in(f, "de"), f.phone("uk"), phone_in(f, "fr")]), "phone", True
            ),
            "valid": G(lambda f: f.pick([True, False])),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
        },
    ),
    (
        "track",
        "Search Performed",
        "web:app.helpdeskly.example|/agent/search|Search - Helpdeskly",
        {
            "query": Y(lambda f: f.email(), "email", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {"status": G(lambda f: f.pick(["open", "any"])), "scope": G(lambda f: "users")},
            "latency_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Sync Error",
        "go",
        {
            "job": G(lambda f: f.pick(["payouts_sync", "crm_sync"])),
            "level": G(lambda f: f.pick(["warn", "error"])),
            "note": RED(lambda f: f.iban(f.pick(["DE", "NL", "GB"])), "bank account", True),
            "arg1": RED(lambda f: f.card(), "credit card", True),
            "peer": Y(lambda f: f.ipv6(), "ip", True),
            "meta": {
                "v": RED(lambda f: f.secret(), "secret", True),
                "attempt": G(lambda f: f.r.randint(1, 5)),
            },
            "sha256": G(lambda f: f.hexid(64)),
            "build": G(lambda f: "git-" + f.hexid(7)),
        },
    ),
    (
        "track",
        "Debug Snapshot",
        "kotlin:Pennybank|com.pennybank.android",
        {
            "label": G(lambda f: f.pick(["onboarding_step_3", "kyc_upload"])),
            "input": RED(lambda f: f.ssn(), "social security number", True),
            "src": Y(lambda f: f.ipv4(), "ip", True),
            "aux": Y(lambda f: f.mac(), "mac", True),
            "elapsed_ms": G(lambda f: f.r.randint(1, 4000)),
        },
    ),
]

ALIASES = [
    ("alias", None, "swift:Kindred|com.kindred.ios", None),
    ("alias", None, "java", None),
]

EVENTS = (
    TRAVEL
    + BANKING
    + HEALTH
    + HR
    + DATING
    + FITNESS
    + FOOD
    + RIDES
    + DONATIONS
    + LEGAL
    + TICKETS
    + SUPPORT
    + NEUTRAL
    + ALIASES
)

SECTION = {
    "identify": "traits",
    "group": "traits",
    "track": "properties",
    "page": "properties",
    "screen": "properties",
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                msg[SECTION[kind]] = render(body, f, SECTION[kind], labels)
            msg["context"] = render(ctx_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=53, repeats=2)
    write(Path(__file__).parent, "holdout5_", events, labels)
