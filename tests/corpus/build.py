"""Writes the labelled evaluation corpus: tests/corpus/events.jsonl and labels.json.

Run once (`.venv/bin/python -m tests.corpus.build`); the output is committed. Templates describe
realistic Segment messages from analytics.js, analytics-ios, analytics-android and server
libraries across e-commerce, SaaS, health and fintech; each leaf carries its label: the
classification a careful privacy owner would give, the type (our matcher name, `a|b` when either
name is right) and whether only the value can tell (a neutral key).
"""

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.fake import BRANDS, CATEGORIES, PRODUCTS, UAS, Fake


@dataclass
class L:
    gen: Callable[[Fake], Any]
    cls: str = "green"
    type: str | None = None
    value_only: bool = False


def G(gen):
    return L(gen)


def Y(gen, type_, value_only=False):
    return L(gen, "yellow", type_, value_only)


def RED(gen, type_, value_only=False):
    return L(gen, "red", type_, value_only)


@dataclass
class Many:
    """An array of `item` templates, 1..n long."""

    item: Any
    n: int = 3


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def record_label(labels: dict[str, dict], path: str, leaf: L) -> None:
    label = {"classification": leaf.cls, "type": leaf.type, "value_only": leaf.value_only}
    if path in labels and labels[path] != label:
        raise SystemExit(f"conflicting labels for {path}: {labels[path]} vs {label}")
    labels[path] = label


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_context(f: Fake, page="/"):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.61.0")},
        "page": {
            "path": G(lambda f: page),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://news.example.com/a"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=home"])),
            "title": G(lambda f: f.pick(["Acme Store", "Checkout | Acme", "Pricing - Acme"])),
            "url": G(lambda f: "https://shop.example.com" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not=A?Brand"])),
                    "version": G(lambda f: f.pick(["120", "24", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "fr-FR"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Berlin"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_sale", "black-friday"])),
            "source": G(lambda f: f.pick(["google", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email"])),
            "term": G(lambda f: f.pick(["running shoes", "coffee"])),
            "content": G(lambda f: f.pick(["banner_a", "textlink"])),
        },
    }


def ios_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Acme"),
            "version": G(lambda f: f.pick(["5.12.0", "5.13.1"])),
            "build": G(lambda f: f.pick(["5120", "5131"])),
            "namespace": G(lambda f: "com.acme.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,2", "iPhone15,3"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-ios"), "version": G(lambda f: "4.1.8")},
        "locale": G(lambda f: "en-US"),
        "network": {
            "wifi": G(lambda f: True),
            "cellular": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.1.2", "16.6"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "timezone": G(lambda f: "America/Los_Angeles"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def android_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Acme"),
            "version": G(lambda f: "5.12.0"),
            "build": G(lambda f: f.pick(["10.2.0.1", "10.2.0.7"])),
            "namespace": G(lambda f: "com.acme.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google"])),
            "model": G(lambda f: f.pick(["SM-S911B", "Pixel 8"])),
            "name": G(lambda f: f.pick(["dm1q", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-android"), "version": G(lambda f: "4.11.3")},
        "locale": G(lambda f: "en-GB"),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: 0.0),
        },
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "carrier": G(lambda f: "Vodafone"),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {"density": G(lambda f: 2.75), "width": G(lambda f: 1080), "height": G(lambda f: 2400)},
        "timezone": G(lambda f: "Europe/London"),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def server_context(f: Fake, library="analytics-python"):
    versions = {
        "analytics-python": "2.3.3",
        "analytics-node": "7.0.0",
        "analytics-go": "3.3.0",
        "analytics-ruby": "2.4.1",
        "analytics-java": "3.5.1",
    }
    return {"library": {"name": G(lambda f: library), "version": G(lambda f: versions[library])}}


# -- events -----------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.sku()),
        "name": G(lambda f: f.pick(PRODUCTS)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "category": G(lambda f: f.pick(CATEGORIES)),
        "variant": G(lambda f: f.pick(["Blue", "Large", "500g"])),
        "price": G(lambda f: f.money()),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "position": G(lambda f: f.r.randint(1, 20)),
        "url": G(lambda f: f"https://shop.example.com/p/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.example.com/img/{f.hexid(8)}.jpg"),
        "condition": G(lambda f: f.pick(["new", "used", "refurbished", "open box"])),
        "gender": G(lambda f: f.pick(["women", "men", "unisex"])),
    }


ECOMMERCE = [
    (
        "track",
        "Products Searched",
        {"query": G(lambda f: f.pick(["running shoes", "coffee", "usb c cable"]))},
    ),
    (
        "track",
        "Product Viewed",
        {
            **{k: v for k, v in product().items() if k != "gender"},
            "currency": G(lambda f: "USD"),
            "value": G(lambda f: f.money()),
        },
    ),
    (
        "track",
        "Product Added",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "affiliation": G(lambda f: "Acme Web"),
            "value": G(lambda f: f.money(10, 900)),
            "revenue": G(lambda f: f.money(10, 900)),
            "shipping": G(lambda f: f.money(0, 20)),
            "tax": G(lambda f: f.money(0, 40)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["SPRING10", "", "WELCOME"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": G(lambda f: 3),
            "shipping_method": G(lambda f: f.pick(["express", "standard"])),
            "payment_method": G(lambda f: f.pick(["visa", "paypal", "apple_pay"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_zip": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "order_number": G(lambda f: f.digits(10)),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.money(10, 900)),
            "subtotal": G(lambda f: f.money(10, 900)),
            "currency": G(lambda f: "USD"),
            "products": Many(product()),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 4B", "Suite 100", "Floor 2"]), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "DE", "GB"])),
                "state": G(lambda f: f.pick(["CA", "TX", "BE"])),
            },
            "customerEmail": Y(lambda f: f.email(), "email"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday! Love, Sam",
                        "Enjoy :)",
                        "Call me when it arrives: " + f.phone("nanp_dash"),
                        "Congrats! write back to " + f.email(),
                        "For the new flat",
                        "Merry Christmas",
                    ]
                ),
                "phone|email",
                True,
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
            "delivery_instructions": G(lambda f: f.pick(["Leave at door", "Ring twice", "", "Back porch"])),
            "tracking_number": G(lambda f: "1Z" + f.digits(16)),
        },
    ),
    (
        "track",
        "Order Refunded",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "refund_reason": G(lambda f: f.pick(["damaged", "late", "wrong size"])),
            "refund_amount": G(lambda f: f.money()),
        },
    ),
    (
        "track",
        "Review Submitted",
        {
            "product_id": G(lambda f: f.hexid(24)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_body": Y(
                lambda f: f.pick(
                    [
                        "Great shoes, fit perfectly.",
                        "Terrible, contact me at " + f.email(),
                        "Five stars!!!",
                        "Arrived late. Reach me on " + f.phone("intl_space") + " for details",
                        "Would buy again",
                    ]
                ),
                "email|phone",
                True,
            ),
            "reviewer_nickname": Y(lambda f: f.first().lower() + str(f.r.randint(1, 99)), "name"),
            "verified_purchase": G(lambda f: True),
        },
    ),
    (
        "track",
        "Email Link Clicked",
        {
            "email_id": G(lambda f: f.hexid(12)),
            "email_subject": G(lambda f: f.pick(["Your order shipped", "Spring sale"])),
            "email_opened": G(lambda f: f.pick([True, False])),
            "emails_sent": G(lambda f: f.r.randint(0, 20)),
            "link_url": G(lambda f: "https://shop.example.com/sale?utm_source=email"),
            "campaign_name": G(lambda f: "spring_sale"),
        },
    ),
    (
        "track",
        "Store Located",
        {
            "store": {
                "name": G(lambda f: "Acme Downtown"),
                "phone": G(lambda f: "+1 415 555 0100"),
                "address": G(lambda f: "100 Market Street"),
                "city": G(lambda f: "San Francisco"),
            },
            "distance_km": G(lambda f: f.money(0, 30)),
        },
    ),
]

SAAS = [
    (
        "identify",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.pick(["CA", "NY", "Bavaria"])),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["USA", "Germany"])),
            },
            "birthday": Y(lambda f: f.date(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "pro", "enterprise"])),
            "logins": G(lambda f: f.r.randint(1, 300)),
            "title": G(lambda f: f.pick(["CTO", "Engineer", "Designer"])),
            "company": {
                "name": G(lambda f: f.pick(["Globex", "Initech"])),
                "id": G(lambda f: f.digits(6)),
                "industry": G(lambda f: "Software"),
                "employee_count": G(lambda f: f.r.randint(5, 5000)),
            },
            "avatar": Y(lambda f: f"https://cdn.example.com/avatars/{f.hexid(16)}.png", "photo"),
            "username": Y(lambda f: f.first().lower() + "_" + str(f.r.randint(1, 999)), "name"),
            "website": G(lambda f: "https://globex.example.com"),
            "email_verified": G(lambda f: True),
            "phone_verified": G(lambda f: False),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            # An age is not a date of birth: most holdouts' labellers left it green (relabelled).
            "age": G(lambda f: f.r.randint(18, 80)),
        },
    ),
    (
        "track",
        "Signed Up",
        {
            "signup_method": G(lambda f: f.pick(["google", "email"])),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email_address": Y(lambda f: f.email(), "email"),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "plan_name": G(lambda f: f.pick(["Starter", "Growth"])),
            "trial_days": G(lambda f: 14),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "User Invited",
        {
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_role": G(lambda f: f.pick(["admin", "member"])),
            "inviter_id": G(lambda f: f.uuid()),
            "workspace_id": G(lambda f: f.uuid()),
            "invites_remaining": G(lambda f: 4),
        },
    ),
    (
        "track",
        "Logged In",
        {
            "method": G(lambda f: f.pick(["password", "sso", "magic_link"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "ipAddress": Y(lambda f: f.ipv4(), "ip"),
            "password_strength": G(lambda f: f.pick(["weak", "strong"])),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 500)),
            "password_changed_at": G(lambda f: f.iso()),
            "remember_me": G(lambda f: True),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        {
            "Password": RED(lambda f: f.pick(["hunter2!", "Tr0ub4dor&3", "correct horse"]), "password"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "API Key Created",
        {
            "api_key_id": G(lambda f: f.uuid()),
            "apiKey": RED(lambda f: f.secret(), "secret"),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "admin"])), 3),
            "expires_at": G(lambda f: f.iso()),
            "token_type": G(lambda f: "bearer"),
            "token_expires_in": G(lambda f: 3600),
        },
    ),
    (
        "track",
        "Webhook Configured",
        {
            "webhook_url": G(lambda f: "https://hooks.example.com/in/" + f.hexid(10)),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "events": Many(G(lambda f: f.pick(["order.created", "user.deleted"])), 2),
        },
    ),
    (
        "track",
        "Subscription Changed",
        {
            "previous_plan": G(lambda f: "Starter"),
            "new_plan": G(lambda f: "Growth"),
            "mrr": G(lambda f: f.money(20, 2000)),
            "seats": G(lambda f: f.r.randint(1, 50)),
            "billing_email": Y(lambda f: f.email(), "email"),
            "license_type": G(lambda f: f.pick(["annual", "monthly"])),
            "license": G(lambda f: f.pick(["pro", "enterprise", "team"])),
            "tax_id": RED(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}", "national id"),
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "vat_rate": G(lambda f: 0.19),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(lambda f: f.pick(["Cannot log in", "Billing question", "Bug report"])),
            "body": Y(
                lambda f: f.pick(
                    [
                        "I cannot log in since yesterday.",
                        "Please call me back at " + f.phone("nanp_paren"),
                        "My colleague " + f.email() + " needs access too",
                        "The export button does nothing.",
                        "Refund please, card ending 4242",
                    ]
                ),
                "phone|email",
                True,
            ),
            "priority": G(lambda f: f.pick(["low", "high"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "File Uploaded",
        {
            "file_name": G(lambda f: f.pick(["report.pdf", "Q3 plan.xlsx"])),
            "file_size_bytes": G(lambda f: f.r.randint(1000, 10**7)),
            "mime_type": G(lambda f: "application/pdf"),
            "folder_name": G(lambda f: "Shared"),
            "checksum": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Feature Used",
        {
            "feature_name": G(lambda f: f.pick(["export", "dashboards"])),
            "workspace_name": G(lambda f: "Globex Analytics"),
            "experiment_variant": G(lambda f: f.pick(["control", "treatment"])),
            "duration_ms": G(lambda f: f.r.randint(10, 9000)),
            "app_version": G(lambda f: f.pick(["2.14.0", "2.15.1"])),
            "build_number": G(lambda f: f.pick(["10.2.0.1", "10.3.0.4"])),
            "hostname": G(lambda f: f.pick(["web-1.internal", "web-2.internal"])),
            "server_ip": G(lambda f: f.pick(["10.0.3.4", "10.0.3.9"])),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        {
            "contact": Y(lambda f: f.email(), "email", True),
            "message": G(lambda f: f.pick(["Interested in the enterprise plan", "Do you offer discounts?"])),
            "company_size": G(lambda f: f.pick(["1-10", "11-50"])),
            "source_page": G(lambda f: "/pricing"),
            "callback": Y(lambda f: f.phone(), "phone", True),
        },
    ),
]

HEALTH = [
    (
        "track",
        "Appointment Booked",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "clinic_name": G(lambda f: "Northside Clinic"),
            "specialty": G(lambda f: f.pick(["dermatology", "cardiology"])),
            "visit_type": G(lambda f: f.pick(["telehealth", "in_person"])),
            "appointment_time": G(lambda f: f.iso()),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "patientDOB": Y(lambda f: f.date(), "birthdate"),
            "insurance_member_id": Y(lambda f: "W" + f.digits(9), "identification"),
            "medical_record_number": RED(lambda f: "MRN" + f.digits(7), "health id"),
            "reason_for_visit": Y(
                lambda f: f.pick(["rash on arm", "follow-up for hypertension", "annual checkup"]),
                "condition|diagnosis",
                False,
            ),
            "symptoms": Y(lambda f: f.pick(["cough, fever", "headache"]), "condition"),
            "reminder_sms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Prescription Refilled",
        {
            "medication": Y(lambda f: f.pick(["Lisinopril", "Metformin", "Atorvastatin"]), "medication"),
            "dosage": Y(lambda f: f.pick(["10 mg", "500 mg"]), "medication"),
            "pharmacy_name": G(lambda f: "CityRx"),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "rx_price": G(lambda f: f.money(5, 90)),
        },
    ),
    (
        "track",
        "Health Profile Updated",
        {
            "allergies": Y(lambda f: f.pick(["penicillin", "peanuts", "none"]), "allergy"),
            "medical_conditions": Y(lambda f: f.pick(["asthma", "type 2 diabetes"]), "condition"),
            "diagnosis_code": Y(lambda f: f.pick(["E11.9", "J45.909"]), "diagnosis"),
            "blood_pressure_tracking": G(lambda f: True),
            "profile_completion": G(lambda f: f.money(0, 1)),
            "emergency_contact_phone": Y(lambda f: f.phone(), "phone"),
            "emergency_contact_name": Y(lambda f: f.full_name(), "name"),
            "disability": RED(lambda f: f.pick([True, False]), "disability"),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
        },
    ),
    (
        "track",
        "Workout Completed",
        {
            "steps": G(lambda f: f.r.randint(100, 20000)),
            "distance_km": G(lambda f: f.money(0, 20)),
            "heart_rate_avg": G(lambda f: f.r.randint(60, 170)),
            "device_model": G(lambda f: "Watch S2"),
            "route_start_lat": Y(lambda f: f.lat(), "geolocation"),
            "route_start_lng": Y(lambda f: f.lon(), "geolocation"),
            "race_name": G(lambda f: f.pick(["Berlin Marathon", "Park Run"])),
        },
    ),
    (
        "track",
        "Lab Result Viewed",
        {
            "result_id": G(lambda f: f.uuid()),
            "procedure": Y(lambda f: f.pick(["MRI scan", "blood panel", "colonoscopy"]), "procedure"),
            "viewed_at": G(lambda f: f.epoch_ms()),
            "shared_with_provider": G(lambda f: False),
            "provider_npi": G(lambda f: f.digits(10)),
        },
    ),
]

FINTECH = [
    (
        "track",
        "Bank Account Linked",
        {
            "institution_name": G(lambda f: f.pick(["Chase", "Deutsche Bank"])),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "routing_number": G(lambda f: f.pick(["021000021", "011401533", "121000358"])),
            "accountNumber": RED(lambda f: f.digits(10), "bank account"),
            "link_session_id": G(lambda f: f.uuid()),
            "accounts_linked": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Transfer Initiated",
        {
            "amount": G(lambda f: f.money(5, 5000)),
            "currency": G(lambda f: "EUR"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL"])), "bank account"),
            "reference": G(lambda f: "INV-2024-" + f.digits(4)),
            "memo": RED(
                lambda f: f.pick(["rent march", "dinner", "pay back to " + f.iban("DE"), "thanks!"]),
                "bank account",
                True,
            ),
            "counterparty": RED(lambda f: f.iban(f.pick(["DE", "ES"])), "bank account", True),
            "transfer_id": G(lambda f: f.uuid()),
            "fee": G(lambda f: f.money(0, 5)),
        },
    ),
    (
        "track",
        "KYC Submitted",
        {
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "date_of_birth": Y(lambda f: f.date(), "birthdate"),
            "document_type": G(lambda f: f.pick(["passport", "drivers_license", "id_card"])),
            "passport_number": RED(lambda f: f.pick(["X", "C", "P"]) + f.digits(8), "passport"),
            "driversLicenseNumber": Y(lambda f: "D" + f.digits(7), "license"),
            "nationality": Y(lambda f: f.pick(["German", "Nigerian", "Canadian"]), "citizenship"),
            "employment_status": G(lambda f: f.pick(["employed", "self-employed"])),
            "annual_income": Y(lambda f: f.r.randint(20000, 300000), "salary"),
            "kyc_status": G(lambda f: f.pick(["pending", "approved"])),
            "kyc_attempts": G(lambda f: f.r.randint(1, 3)),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "home_address": Y(lambda f: f"{f.street()}, {f.city()}", "address"),
        },
    ),
    (
        "track",
        "Card Added",
        {
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_token": RED(lambda f: "tok_" + f.hexid(24), "token"),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "card_country": G(lambda f: "US"),
            "wallet": G(lambda f: f.pick(["apple_pay", "none"])),
        },
    ),
    (
        "track",
        "Loan Application Started",
        {
            "loan_amount": G(lambda f: f.r.randint(1000, 50000)),
            "term_months": G(lambda f: f.pick([12, 24, 36])),
            "applicant": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "employer": G(lambda f: f.pick(["Globex", "Initech"])),
            },
            "purpose": G(lambda f: f.pick(["car", "home improvement"])),
            "apr": G(lambda f: f.money(3, 30)),
        },
    ),
    (
        "track",
        "Device Registered",
        {
            "device_mac": Y(lambda f: f.mac(), "mac"),
            "serial_number": Y(lambda f: "SN" + f.digits(10), "serial"),
            "firmware_version": G(lambda f: "3.2.1"),
            "pairing_code": G(lambda f: f.digits(6)),
            "peer": Y(lambda f: f.ipv6(), "ip", True),
            "last_seen_from": Y(lambda f: f.ipv4(), "ip", True),
            "session": RED(lambda f: f.jwt(), "token", True),
            "forwarded_header": RED(lambda f: f.secret(), "secret", True),
            "location": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation", True),
        },
    ),
]

SERVER_LIBS = ["analytics-python", "analytics-node", "analytics-go", "analytics-ruby", "analytics-java"]


def message(f: Fake, kind: str, event: str | None, body: dict, client: str, labels: dict) -> dict:
    if client == "web":
        context = web_context(f, page=f.pick(["/", "/checkout", "/pricing"]))
    elif client == "ios":
        context = ios_context(f)
    elif client == "android":
        context = android_context(f)
    else:
        context = server_context(f, client)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "user_" + f.digits(6),
    }
    if event:
        msg["event"] = event
    rendered_context = render(context, f, "context", labels)
    section = "traits" if kind == "identify" else "properties"
    msg[section] = render(body, f, section, labels)
    msg["context"] = rendered_context
    return msg


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    clients = ["web", "ios", "android", *SERVER_LIBS]
    for _ in range(repeats):
        for kind, event, body in ECOMMERCE + SAAS + HEALTH + FINTECH:
            events.append(message(f, kind, event, body, f.pick(clients), labels))
    f.r.shuffle(events)
    return events, labels


def write(directory: Path, prefix: str, events: list[dict], labels: dict[str, dict]) -> None:
    seen = {path for event in events for path, _ in flatten(event)}
    labels = {path: labels[path] for path in sorted(seen)}
    with (directory / f"{prefix}events.jsonl").open("w") as out:
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    (directory / f"{prefix}labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"{prefix}events.jsonl: {len(events)} events, {len(labels)} labelled paths", file=sys.stderr)


if __name__ == "__main__":
    events, labels = build(seed=7, repeats=12)
    write(Path(__file__).parent, "", events, labels)
