"""Writes the holdout corpus: tests/corpus/holdout_events.jsonl and holdout_labels.json.

Written after the engine, with verticals, client libraries and key spellings the main corpus does
not use (travel, ride-hailing, food delivery, HR, dating, IoT, education, insurance, LLM apps;
analytics-next, analytics-swift, analytics-kotlin, analytics-react-native). Labels are what a
careful privacy owner would say, including cases the engine may get wrong.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, message, render, server_context, write
from tests.corpus.fake import Fake


def next_context(f: Fake):
    return {
        "library": {"name": G(lambda f: "analytics-next"), "version": G(lambda f: "1.70.0")},
        "page": {
            "path": G(lambda f: "/rides"),
            "referrer": G(lambda f: ""),
            "search": G(lambda f: ""),
            "title": G(lambda f: "Book a ride"),
            "url": G(lambda f: "https://ride.example.com/rides"),
        },
        "userAgent": G(lambda f: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/121.0.0.0"),
        "locale": G(lambda f: "es-ES"),
        "timezone": G(lambda f: "Europe/Madrid"),
        "traits": {"email": Y(lambda f: f.email(), "email"), "phone": Y(lambda f: f.phone("e164"), "phone")},
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def mobile_context(f: Fake, library: str):
    return {
        "app": {
            "name": G(lambda f: "Rideo"),
            "version": G(lambda f: "8.4.1"),
            "build": G(lambda f: "8041"),
            "namespace": G(lambda f: "com.rideo.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google"])),
            "model": G(lambda f: f.pick(["iPhone16,1", "Pixel 7"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: library), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: "17.4")},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "screen": {"width": G(lambda f: 1179), "height": G(lambda f: 2556)},
        "timezone": G(lambda f: "Asia/Tokyo"),
        "locale": G(lambda f: "ja-JP"),
        "instanceId": G(lambda f: f.uuid()),
    }


EVENTS = [
    (
        "track",
        "Flight Booked",
        {
            "passengerFirstName": Y(lambda f: f.first(), "name"),
            "passengerLastName": Y(lambda f: f.last(), "name"),
            "passportNo": RED(lambda f: f.pick(["K", "N"]) + f.digits(8), "passport"),
            "dateOfBirth": Y(lambda f: f.date(), "birthdate"),
            "Nationality": Y(lambda f: f.pick(["Spanish", "Kenyan"]), "citizenship"),
            "contactEmail": Y(lambda f: f.email(), "email"),
            "contactPhone": Y(lambda f: f.phone(), "phone"),
            "frequentFlyerNumber": G(lambda f: "FF" + f.digits(9)),
            "seat": G(lambda f: f.pick(["12A", "31C"])),
            "departureAirport": G(lambda f: f.pick(["SFO", "MAD"])),
            "bookingReference": G(lambda f: f.hexid(6).upper()),
            "fareClass": G(lambda f: "economy"),
            "totalPrice": G(lambda f: f.money(80, 1400)),
            "mealPreference": G(lambda f: f.pick(["vegetarian", "standard"])),
            "specialAssistance": RED(
                lambda f: f.pick(["wheelchair", "none", "visual impairment"]), "disability"
            ),
        },
    ),
    (
        "track",
        "Ride Requested",
        {
            "pickup_lat": Y(lambda f: f.lat(), "geolocation"),
            "pickup_lng": Y(lambda f: f.lon(), "geolocation"),
            "dropoff_address": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
            "driver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "rating": G(lambda f: f.money(3, 5)),
                "vehicle_plate": Y(lambda f: f"{f.r.randint(1, 9)}ABC{f.r.randint(100, 999)}", "license"),
            },
            "fare_estimate": G(lambda f: f.money(5, 60)),
            "surge_multiplier": G(lambda f: 1.2),
            "rider_phone": Y(lambda f: f.phone(), "phone"),
            "ride_type": G(lambda f: f.pick(["pool", "x"])),
            "eta_seconds": G(lambda f: f.r.randint(60, 900)),
        },
    ),
    (
        "track",
        "Food Order Placed",
        {
            "restaurant": {
                "name": G(lambda f: "Taco Loco"),
                "address": G(lambda f: "12 Mission St"),
                "cuisine": G(lambda f: "mexican"),
            },
            "deliveryAddress": Y(lambda f: f"{f.street()}, {f.city()} {f.zip()}", "address"),
            "tip_amount": G(lambda f: f.money(0, 10)),
            "promo_code": G(lambda f: f.pick(["FREEDEL", ""])),
            "customer_note": RED(
                lambda f: f.pick(
                    [
                        "no onions",
                        "extra salsa",
                        "text me at " + f.phone("e164"),
                        "gate code 1234",
                        "call " + f.phone("nanp_dash"),
                    ]
                ),
                "secret|phone",
                True,
            ),
            "items": Many(
                {
                    "item_name": G(lambda f: f.pick(["Burrito", "Nachos"])),
                    "qty": G(lambda f: 1),
                    "unit_price": G(lambda f: f.money(3, 15)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Employee Onboarded",
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "work_email": Y(lambda f: f.email(), "email"),
            "personalEmail": Y(lambda f: f.email(), "email"),
            "job_title": G(lambda f: "Analyst"),
            "department": G(lambda f: "Finance"),
            "start_date": G(lambda f: f.date(2023, 2024)),
            "base_salary": Y(lambda f: f.r.randint(40000, 180000), "salary"),
            "bank_routing": RED(lambda f: "021000021", "bank account"),
            "bank_account_no": RED(lambda f: f.digits(12), "bank account"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent"])),
            },
            "manager_email": Y(lambda f: f.email(), "email"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "home_zip": Y(lambda f: f.zip(), "zipcode"),
            "pronouns": Y(lambda f: f.pick(["she/her", "they/them"]), "gender"),
            "tshirt_size": G(lambda f: "M"),
        },
    ),
    (
        "track",
        "Profile Updated",
        {
            "display_name": Y(lambda f: f.first(), "name"),
            "bio": G(lambda f: f.pick(["Love hiking", "Coffee snob"])),
            "sexual_orientation": Y(lambda f: f.pick(["straight", "gay", "bisexual"]), "sexual orientation"),
            "religion": Y(lambda f: f.pick(["Buddhist", "Catholic", "None"]), "religion"),
            "height_cm": G(lambda f: f.r.randint(150, 200)),
            "smoker": G(lambda f: False),
            "profile_photo_url": Y(lambda f: "https://cdn.example.com/u/" + f.hexid(12) + ".jpg", "photo"),
            "age_range_min": G(lambda f: 25),
            "birth_year": Y(lambda f: f.r.randint(1960, 2004), "birthdate"),
            "photos_count": G(lambda f: f.r.randint(0, 9)),
            "looking_for": G(lambda f: "relationship"),
        },
    ),
    (
        "track",
        "Device Heartbeat",
        {
            "device_serial": Y(lambda f: "C02" + f.hexid(8).upper(), "serial"),
            "imei": Y(lambda f: f.digits(15), "serial"),
            "wifi_mac": Y(lambda f: f.mac(), "mac"),
            "local_ip": Y(lambda f: "192.168.1." + str(f.r.randint(2, 250)), "ip"),
            "public_ip": Y(lambda f: f.ipv4(), "ip"),
            "firmware": G(lambda f: "2.3.4.1"),
            "uptime_s": G(lambda f: f.r.randint(1, 10**6)),
            "battery_pct": G(lambda f: f.r.randint(1, 100)),
            "signal_dbm": G(lambda f: -67),
            "origin": Y(lambda f: f.ipv4(), "ip", True),
        },
    ),
    (
        "track",
        "Quiz Completed",
        {
            "student_name": Y(lambda f: f.full_name(), "name"),
            "student_email": Y(lambda f: f.email(), "email"),
            "score": G(lambda f: f.r.randint(0, 100)),
            "course_name": G(lambda f: "Algebra I"),
            "attempt": G(lambda f: 2),
            "time_spent_sec": G(lambda f: f.r.randint(30, 3000)),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        {
            "amount": G(lambda f: f.money(10, 10000)),
            "asset": G(lambda f: f.pick(["BTC", "EUR"])),
            "destination": RED(lambda f: f.iban(f.pick(["DE", "FR", "ES"])), "bank account", True),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "swift_code": G(lambda f: "DEUTDEFF"),
            "request_id": G(lambda f: f.uuid()),
            "order_ref": G(lambda f: f.lucky_order_number()),
        },
    ),
    (
        "track",
        "Claim Filed",
        {
            "policy_number": Y(lambda f: "POL-" + f.digits(8), "health id|identification"),
            "claim_amount": G(lambda f: f.money(100, 9000)),
            "incident_description": G(lambda f: f.pick(["rear-ended at a light", "hail damage to roof"])),
            "incident_location": Y(lambda f: f"{f.lat()}, {f.lon()}", "geolocation", True),
            "vehicle_vin": Y(lambda f: "1HGCM82633A" + f.digits(6), "serial|identification"),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        {
            "email": Y(lambda f: f.email(), "email"),
            "list_id": G(lambda f: f.hexid(10)),
            "double_opt_in": G(lambda f: True),
            "unsubscribe_token": RED(lambda f: f.hexid(32), "token"),
            "email_template": G(lambda f: "welcome_v2"),
            "address_verified": G(lambda f: True),
            "zip_valid": G(lambda f: True),
        },
    ),
    (
        "track",
        "Completion Generated",
        {
            "model": G(lambda f: f.pick(["gpt-4o", "claude-3"])),
            "prompt_tokens": G(lambda f: f.r.randint(10, 4000)),
            "completion_tokens": G(lambda f: f.r.randint(10, 4000)),
            "max_tokens": G(lambda f: 1024),
            "latency_ms": G(lambda f: f.r.randint(100, 9000)),
            "trace_id": G(lambda f: f.hexid(32)),
            "auth_header": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "prompt": Y(
                lambda f: f.pick(
                    [
                        "Summarise this email from " + f.email(),
                        "Write a haiku",
                        "Translate to French",
                        "Draft a reply to " + f.email(),
                    ]
                ),
                "email",
                True,
            ),
        },
    ),
    (
        "track",
        "Request Proxied",
        {
            "x_forwarded_for": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip"),
            "etag": G(lambda f: f.hexid(32)),
            "status_code": G(lambda f: 200),
            "path": G(lambda f: "/api/v1/items"),
            "bytes_sent": G(lambda f: f.r.randint(100, 10**6)),
            "to": Y(lambda f: f.email(), "email", True),
            "recipient": Y(lambda f: f.phone("uk"), "phone", True),
            "version": G(lambda f: "2.3.4.1"),
            "created": G(lambda f: f.iso()),
            "timestamp_ms": G(lambda f: f.epoch_ms()),
            "phone_model": G(lambda f: "Pixel 8"),
            "city_count": G(lambda f: 3),
            "ip_allowlist_enabled": G(lambda f: False),
        },
    ),
]

CONTEXTS = [
    "next",
    "analytics-swift",
    "analytics-kotlin",
    "analytics-react-native",
    "analytics-node",
    "analytics-go",
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, body in EVENTS:
            client = f.pick(CONTEXTS)
            msg = message(f, kind, event, body, "analytics-node", labels)
            if client == "next":
                context = next_context(f)
            elif client in ("analytics-node", "analytics-go"):
                context = server_context(f, client)
            else:
                context = mobile_context(f, client)
            msg["context"] = render(context, f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=11, repeats=10)
    write(Path(__file__).parent, "holdout_", events, labels)
