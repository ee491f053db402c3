"""Writes the second holdout: tests/corpus/holdout2_events.jsonl and holdout2_labels.json.

Written last, after every engine change, and scored once before any further change (the first
score is recorded in docs/detection.md). Verticals and conventions not used elsewhere: gaming,
real estate, recruiting, CRM, ticketing, marketplace payouts, telehealth chat, public services;
PascalCase (.NET), SCREAMING_SNAKE, kebab-case and a few non-English keys.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, message, render, server_context, write
from tests.corpus.fake import Fake

EVENTS = [
    (
        "track",
        "Match Finished",
        {
            "matchId": G(lambda f: f.uuid()),
            "mapName": G(lambda f: f.pick(["Dust", "Harbor"])),
            "kills": G(lambda f: f.r.randint(0, 30)),
            "gamerTag": Y(lambda f: f.first() + str(f.r.randint(1, 999)), "name"),
            "PlayerEmail": Y(lambda f: f.email(), "email"),
            "region": G(lambda f: f.pick(["eu-west", "us-east"])),
            "clientVersion": G(lambda f: f.pick(["1.4.2.0", "1.4.3.1"])),
            "ping_ms": G(lambda f: f.r.randint(10, 200)),
            "voice_chat_enabled": G(lambda f: True),
            "guild": {"name": G(lambda f: "Night Owls"), "id": G(lambda f: f.digits(6))},
        },
    ),
    (
        "track",
        "Listing Viewed",
        {
            "ListingId": G(lambda f: f.digits(8)),
            "ListingAddress": G(lambda f: f.street()),
            "AskingPrice": G(lambda f: f.r.randint(100000, 900000)),
            "Bedrooms": G(lambda f: f.r.randint(1, 5)),
            "AgentName": Y(lambda f: f.full_name(), "name"),
            "AgentPhone": Y(lambda f: f.phone(), "phone"),
            "ViewerPostcode": Y(lambda f: f.zip(), "zipcode"),
            "Latitude": G(lambda f: f.lat()),
            "Longitude": G(lambda f: f.lon()),
            "PropertyType": G(lambda f: f.pick(["condo", "house"])),
        },
    ),
    (
        "track",
        "Application Submitted",
        {
            "candidate-name": Y(lambda f: f.full_name(), "name"),
            "candidate-email": Y(lambda f: f.email(), "email"),
            "resume-url": G(lambda f: "https://files.example.com/cv/" + f.hexid(10) + ".pdf"),
            "linkedin-url": Y(lambda f: "https://linkedin.example.com/in/" + f.hexid(6), "identification"),
            "desired-salary": Y(lambda f: f.r.randint(50000, 200000), "salary"),
            "job-id": G(lambda f: f.digits(5)),
            "years-experience": G(lambda f: f.r.randint(0, 30)),
            "visa-sponsorship-required": G(lambda f: f.pick([True, False])),
            "veteran-status": RED(
                lambda f: f.pick(["protected veteran", "not a veteran", "decline"]), "veteran"
            ),
            "race-ethnicity": Y(
                lambda f: f.pick(["Asian", "Black or African American", "decline"]), "race|ethnicity"
            ),
            "cover-letter": Y(
                lambda f: f.pick(
                    ["I am excited to apply.", "Reach me at " + f.phone("nanp_paren") + " anytime"]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "identify",
        None,
        {
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "EMAIL_ADDR": Y(lambda f: f.email(), "email"),
            "MOBILE_NO": Y(lambda f: f.phone(), "phone"),
            "COMPANY": G(lambda f: f.pick(["Globex", "Initech"])),
            "LEAD_SCORE": G(lambda f: f.r.randint(0, 100)),
            "LEAD_SOURCE": G(lambda f: f.pick(["webinar", "ads"])),
            "CREATED_DATE": G(lambda f: f.iso()),
            "BIRTHDATE": Y(lambda f: f.date(), "birthdate"),
            "MAILING_STREET": Y(lambda f: f.street(), "street|address"),
            "MAILING_CITY": Y(lambda f: f.city(), "city"),
            "DO_NOT_CALL": G(lambda f: False),
            "HAS_OPTED_OUT_OF_EMAIL": G(lambda f: False),
        },
    ),
    (
        "track",
        "Ticket Purchased",
        {
            "event_name": G(lambda f: "Jazz Night"),
            "venue": {"name": G(lambda f: "Blue Hall"), "city": G(lambda f: "Austin")},
            "seat_section": G(lambda f: "B"),
            "quantity": G(lambda f: 2),
            "buyer": {
                "email": Y(lambda f: f.email(), "email"),
                "full_name": Y(lambda f: f.full_name(), "name"),
            },
            "barcode": G(lambda f: f.digits(12)),
            "payment": {
                "last4": G(lambda f: f.digits(4)),
                "brand": G(lambda f: "visa"),
                "pan": RED(lambda f: f.card(True), "credit card"),
            },
        },
    ),
    (
        "track",
        "Payout Sent",
        {
            "payoutId": G(lambda f: "po_" + f.hexid(14)),
            "amountCents": G(lambda f: f.r.randint(100, 100000)),
            "sellerTaxId": RED(
                lambda f: f"{f.r.randint(100, 899)}-{f.r.randint(10, 99)}-{f.r.randint(1000, 9999)}",
                "national id|social security number",
            ),
            "bankIban": RED(lambda f: f.iban("NL"), "bank account"),
            "sortCode": RED(
                lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}", "bank account"
            ),
            "statementDescriptor": G(lambda f: "ACME MARKET"),
            "arrivalDate": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["patient", "clinician"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "My rash is worse",
                        "ok",
                        "you can email me at " + f.email(),
                        "thanks doc",
                        "my number is " + f.phone("e164"),
                    ]
                ),
                "email|phone",
                True,
            ),
            "attachment_count": G(lambda f: 0),
            "sentiment": G(lambda f: f.money(-1, 1)),
        },
    ),
    (
        "track",
        "Benefit Application Started",
        {
            "applicant_nino": RED(lambda f: "QQ" + f.digits(6) + "C", "national id"),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "monthly_income": Y(lambda f: f.r.randint(500, 5000), "salary"),
            "disability_benefit": RED(lambda f: f.pick(["yes", "no"]), "disability"),
            "postcode": Y(lambda f: "SW1A " + str(f.r.randint(1, 9)) + "AA", "zipcode"),
            "religion_optional": Y(
                lambda f: f.pick(["Christian", "Muslim", "prefer not to say"]), "religion"
            ),
        },
    ),
    (
        "track",
        "Formulario Enviado",
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellido": Y(lambda f: f.last(), "name"),
            "correo": Y(lambda f: f.email(), "email"),
            "telefono": Y(lambda f: f.phone(), "phone"),
            "Geburtsdatum": Y(lambda f: f.date(), "birthdate"),
            "ciudad": Y(lambda f: f.city(), "city"),
            "idioma": G(lambda f: "es"),
            "acepta_terminos": G(lambda f: True),
        },
    ),
    (
        "track",
        "Car Configured",
        {
            "model": G(lambda f: "Roadster"),
            "trim": G(lambda f: "Sport"),
            "color": G(lambda f: "red"),
            "vin": Y(lambda f: "5YJ3E1EA" + f.digits(9), "serial"),
            "dealer": {"name": G(lambda f: "City Motors"), "phone": G(lambda f: "+1 512 555 0100")},
            "trade_in_plate": Y(lambda f: f"{f.r.randint(1, 9)}XYZ{f.r.randint(100, 999)}", "license"),
            "financing_apr": G(lambda f: f.money(1, 9)),
            "owner_dob": Y(lambda f: f.date(), "birthdate"),
            "home_location": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation"),
            "items": Many({"sku": G(lambda f: f.sku()), "price": G(lambda f: f.money())}, 2),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, body in EVENTS:
            msg = message(f, kind, event, body, "analytics-ruby", labels)
            msg["context"] = render(
                server_context(f, f.pick(["analytics-ruby", "analytics-java"])), f, "context", labels
            )
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=23, repeats=8)
    write(Path(__file__).parent, "holdout2_", events, labels)
