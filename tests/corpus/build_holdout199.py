"""Writes holdout199: tests/corpus/holdout199_events.jsonl and holdout199_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the other holdout builders (build_holdout3.py was read for its format only),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout199`
(deterministic: seed 199).

What it covers: "Silverleaf", a dating app for people over 50 in the UK, Canada and South Africa.
Profile creation (photos, age range, faith, smoking and drinking, children, relationship goals,
politics, income), ID-document and selfie verification (a Veriff-shaped decision webhook),
discovery and location, matches and messages with safety reporting, date check-ins shared with a
trusted contact, date-night events (booking, a Webflow waitlist form, ticket transfers, guest
lists, activity waivers with conditions and medications, staff check-in, feedback), premium
subscriptions through the App Store (a decoded App Store Server Notification v2), by card
(Stripe Elements, Stripe invoices, e-commerce spec events, gifts) and by UK Direct Debit
(GoCardless-shaped), referrals, a South African debit order backend with Afrikaans keys, a
Quebec backend with Canadian-French keys, a .NET moderation back office in PascalCase, a Twilio
status callback, e-mail and push engagement, AppsFlyer and Meta Conversions API attribution,
warehouse reverse-ETL identifies in SCREAMING_SNAKE_CASE, and page / screen / group / alias
calls. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries.

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET back office, Twilio),
kebab-case (Webflow form, forwarded HTTP headers), SCREAMING_SNAKE (warehouse syncs), Afrikaans
(`naam`, `van`, `e_pos`, `selfoonnommer`, `id_nommer`, `rekeningnommer` ...) and Canadian
French (`prenom`, `courriel`, `code_postal`, `confession` ...). Values are varied for the three
countries and beyond: names from many cultures, UK / Canadian / South African phone formats,
UK, Canadian and South African postcodes, South African ID numbers with valid Luhn digits,
passports of the three countries, UK driving licences, mod-97 GB IBANs, UK / South African bank
accounts and plates of the three countries.

Labelling rules (Privacy Portal default colours):
- Each leaf path: classification, type (the reference's matcher name, or `bank account`,
  `geolocation`, `token`, `secret`, `national id`, `advertising id`, `credit card`,
  `political opinion` ...; `a|b` when either is fair) and value_only (the key does not say what
  the value is; such a path holds that PII in every one of its values).
- PII: data about a natural person (the user, a match, a trusted contact, a gift recipient, a
  plus-one, a staff member, a moderator, a scam suspect): names, contact details, the person's
  own address and precise location, birth dates, government ids, bank accounts, full card
  numbers, special categories, credentials, IP addresses, advertising ids. Colour: the
  reference's default for the matcher; red for credentials, secrets, tokens, card numbers, bank
  accounts, government ids, disability; yellow otherwise.
- Green: ids we issue (user, match, order, verification, Apple transaction ids, Stripe `cus_`
  and `in_` ids, AppsFlyer ids, IDFV, device ids), versions, timestamps, hashes, amounts,
  counters, booleans and enums under PII-sounding keys (`email_verified`, `photo_count`,
  `contains_phone_number`, `faith_visible`, `password_strength`), product, plan, venue,
  company and pet names, places that are not the person's, country, province, locale,
  language, timezone, currency, user agents. Card brand, last four, BIN and expiry green; bank
  branch codes and sort codes green.
- Product policy for contested cases: member numbers, ages and age bands (incl. partner age
  range preferences), marital status, job titles and employers green; a business's phone,
  e-mail and address (venues, our Twilio sender number, no-reply@) green; UUID tokens
  (appAccountToken) and e-mail Message-IDs green; click and browser ids (gclid, fbclid, fbp,
  fbc) and IDFA / GAID yellow `advertising id`; billing addresses yellow `address`; vehicle
  plates yellow `license`; political opinion yellow; payment-method tokens (`pm_`), one-time
  codes and sign-in link tokens red `token`; identity document numbers red
  `national id|passport`; driving licence numbers yellow `license` (the reference's matcher).
- Judgement calls made for this corpus (what a careful privacy owner would want flagged):
  - smoking and drinking habits are health-related lifestyle data: yellow `condition`, also as
    booleans (`fumeur`, `rook`);
  - who the person is seeking (`interested_in`, `seeking`: men / women / everyone) reveals
    sexual orientation: yellow `sexual orientation`;
  - faith / confession / geloof: yellow `religion`; a flag saying whether faith is shown: green;
  - ethnicity yellow `ethnicity`; income bracket yellow `salary`;
  - dietary requirements (halal, kosher, gluten-free, nut allergy) reveal religion or health:
    yellow `allergy|religion`; accessibility needs and a wheelchair flag: red `disability`;
  - children and family status are treated like marital status: green; height and body type
    green;
  - the APNs push token in context.device.token: red `token` (as in the main corpus);
  - a social circle's city (group traits), a travel-mode destination and the city where a
    member prefers to attend events are not the person's address: green; the person's current
    or home city (profile, location updates, IP geo) is yellow `city`;
  - identity-document validity dates and police case references are green;
  - free text (bios, captions, icebreaker answers, feedback, support descriptions, cancel
    reasons) is green when none of its values carries PII; free text that carries PII in every
    value (scam notes with a phone, filtered message excerpts with a phone or e-mail, report
    details and push bodies and gift messages naming a person) is labelled with that type,
    value_only;
  - a device fingerprint hash is a device id: green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ---------------------------------------------------------------------------------------

FIRST = [
    "Margaret", "Graham", "Siobhan", "Rajinder", "Olumide", "Pauline", "Derek", "Bernadette",
    "Gurpreet", "Alistair", "Winifred", "Desmond", "Jean-Guy", "Marie-Claude", "Wei", "Harpreet",
    "Gisèle", "Raymond", "Lorraine", "Réjean", "Francine", "Darnell", "Thandiwe", "Johannes",
    "Pieter", "Nomvula", "Sibusiso", "Fatima", "Anneke", "Lerato", "Kobus", "Zanele", "Riaan",
    "Busisiwe", "Mohammed", "Elize", "Deolinda", "Stavros", "Halina", "Kenji", "Aroha", "Bogdan",
]  # fmt: skip
LAST = [
    "Thompson", "Whitfield", "O'Neill", "Kaur", "Adeyemi", "Hughes", "MacLeod", "Evans", "Begum",
    "Kowalczyk", "Papadopoulos", "Tremblay", "Gagnon", "Zhang", "Sandhu", "Whitehorse", "Côté",
    "Bouchard", "MacDonald", "Nguyen", "Bélanger", "Nkosi", "van der Merwe", "Botha", "Dlamini",
    "Khumalo", "Patel", "du Plessis", "Mokoena", "Naidoo", "Pillay", "Jacobs", "Ndlovu", "Fourie",
    "Ferreira", "Yamamoto", "Okonkwo", "Lindqvist",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sympatico.ca", "videotron.ca",
    "yahoo.ca", "telkomsa.net", "mweb.co.za", "icloud.com", "webmail.co.za", "sky.com",
]  # fmt: skip
HOME_CITIES = [
    "Leeds", "Bristol", "Edinburgh", "Cardiff", "Norwich", "Belfast", "Toronto", "Montréal",
    "Calgary", "Halifax", "Ottawa", "Québec", "Cape Town", "Durban", "Pretoria", "Gqeberha",
    "Johannesburg", "Stellenbosch", "Bloemfontein",
]  # fmt: skip
UK_STREETS = ["Rosebank Road", "Kingsway", "Church Lane", "Station Road", "Victoria Crescent", "Mill Close"]
CA_STREETS = [
    "rue Saint-Denis",
    "Bloor Street West",
    "Jasper Avenue",
    "boulevard René-Lévesque",
    "Spring Garden Road",
]
ZA_STREETS = ["Kloof Street", "Jan Smuts Avenue", "Florida Road", "Voortrekker Road", "Dorp Street"]
VENUES = [
    ("The Botanist", "Leeds", "+44 113 234 5678", "7 Boar Lane, Leeds LS1 6EN"),
    ("Harbour House Bristol", "Bristol", "0117 925 1234", "Narrow Quay, Bristol BS1 4QA"),
    ("Le Balcon", "Montréal", "(514) 842-7300", "1440 rue Peel, Montréal QC H3A 1S8"),
    ("The Distillery Loft", "Toronto", "+1 416-364-1177", "55 Mill Street, Toronto ON M5A 3C4"),
    ("Truth Coffee Roasting", "Cape Town", "+27 21 200 0440", "36 Buitenkant St, Cape Town 8001"),
    ("Florida Road Jazz Bar", "Durban", "031 303 2111", "169 Florida Rd, Morningside, Durban 4001"),
]
EVENT_NAMES = [
    "Jazz & Tapas Evening", "Wine Tasting for Singles 50+", "Ballroom Taster Night",
    "Sunset Walk & Braai", "Murder Mystery Dinner", "Soirée Rencontres 50+",
]  # fmt: skip
PLANS = [
    ("silverleaf.premium.1m", "Premium 1 month", 19.99),
    ("silverleaf.premium.6m", "Premium 6 months", 79.99),
    ("silverleaf.premium.12m", "Premium 12 months", 119.99),
    ("silverleaf.gold.3m", "Gold 3 months", 54.99),
]
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    fn = ascii_fold(first(f)).lower().replace("-", "")
    ln = ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln[:4]}{f.r.randint(40, 75)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(1, 9)}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake) -> str:
    r = f.r
    country = f.pick(["uk", "ca", "za"])
    if country == "uk":
        n = f"7{r.randint(100, 999)}{r.randint(100000, 999999)}"
        return f.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}"])
    if country == "ca":
        a, ex, line = (
            f.pick(["416", "514", "604", "403", "902", "613", "819"]),
            r.randint(200, 989),
            r.randint(0, 9999),
        )
        return f.pick([f"({a}) {ex}-{line:04d}", f"+1 {a}-{ex}-{line:04d}", f"+1{a}{ex}{line:04d}"])
    p, a, b = r.randint(60, 84), r.randint(100, 999), r.randint(1000, 9999)
    return f.pick([f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"+27{p}{a}{b}"])


def phone_e164(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+447{r.randint(100, 999)}{r.randint(100000, 999999)}",
            f"+1{f.pick(['416', '514', '604', '403', '902'])}{r.randint(200, 989)}{r.randint(0, 9999):04d}",
            f"+27{r.randint(60, 84)}{r.randint(1000000, 9999999)}",
        ]
    )


def postcode(f: Fake) -> str:
    r = f.r
    kind = f.pick(["uk", "ca", "za"])
    if kind == "uk":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        area = f.pick(["LS", "BS", "EH", "CF", "NR", "BT", "M", "SW", "G"])
        return f"{area}{r.randint(1, 19)} {r.randint(0, 9)}{r.choice(letters)}{r.choice(letters)}"
    if kind == "ca":
        ls = "ABCEGHJKLMNPRSTVXY"
        fsa = f"{r.choice(ls)}{r.randint(0, 9)}{r.choice(ls)}"
        return f"{fsa} {r.randint(0, 9)}{r.choice(ls)}{r.randint(0, 9)}"
    return f"{r.randint(1, 9999):04d}"


def street(f: Fake) -> str:
    kind = f.pick(["uk", "ca", "za"])
    n = f.r.randint(1, 240)
    if kind == "uk":
        return f.pick([f"{n} {f.pick(UK_STREETS)}", f"Flat {f.r.randint(1, 12)}, {n} {f.pick(UK_STREETS)}"])
    if kind == "ca":
        return f.pick([f"{n} {f.pick(CA_STREETS)}", f"{f.r.randint(100, 2400)}-{n} {f.pick(CA_STREETS)}"])
    return f"{n} {f.pick(ZA_STREETS)}"


def home_city(f: Fake) -> str:
    return f.pick(HOME_CITIES)


def birthdate(f: Fake) -> str:
    return f.date(1941, 1974)


def za_id(f: Fake) -> str:
    r = f.r
    born = f"{r.randint(41, 74):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    body = f"{born}{r.randint(0, 9999):04d}{f.pick('01')}8"
    return f.luhn_complete(body)


def passport(f: Fake) -> str:
    r = f.r
    kind = f.pick(["uk", "ca", "za"])
    if kind == "uk":
        return f.digits(9)
    if kind == "ca":
        return (
            r.choice(string.ascii_uppercase)
            + r.choice(string.ascii_uppercase)
            + f"{r.randint(0, 999999):06d}"
        )
    return "A" + f"{r.randint(0, 99999999):08d}"


def id_document_number(f: Fake) -> str:
    return f.pick([passport(f), za_id(f), passport(f)])


def plate(f: Fake) -> str:
    r = f.r
    up = string.ascii_uppercase
    kind = f.pick(["uk", "za", "on"])
    if kind == "uk":
        return f"{r.choice(up)}{r.choice(up)}{r.randint(10, 74)} {r.choice(up)}{r.choice(up)}{r.choice(up)}"
    if kind == "za":
        return f.pick(
            [
                f"CA {r.randint(100, 999)}-{r.randint(100, 999)}",
                f"ND {r.randint(100, 999)}-{r.randint(100, 999)}",
            ]
        )
    return f"{''.join(r.choice(up) for _ in range(4))} {r.randint(100, 999)}"


def uk_driving_licence(f: Fake) -> str:
    """DVLA layout: surname(5) decade month(+50 for women) day year initials(2) 9 check(2)."""
    r = f.r
    surname = ascii_fold(last(f)).upper().replace(" ", "").replace("'", "")[:5].ljust(5, "9")
    month = r.randint(1, 12) + f.pick([0, 50])
    born = f"{r.randint(4, 7)}{month:02d}{r.randint(1, 28):02d}{r.randint(0, 9)}"
    return (
        surname
        + born
        + rand(f, string.ascii_uppercase, 2)
        + "9"
        + rand(f, string.ascii_uppercase + string.digits, 2)
    )


def uk_account(f: Fake) -> str:
    return f"{f.r.randint(10000000, 99999999)}"


def za_account(f: Fake) -> str:
    return f.pick(["62" + f.digits(9), "1" + f.digits(9), "4" + f.digits(9)])


def photo_url(f: Fake) -> str:
    return f"https://media.silverleaf.app/u/{f.uuid()}/{f.hexid(10)}.jpg"


def rand(f: Fake, chars: str, n: int) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQobChMI"]) + rand(f, URLSAFE, 70)


def fbclid(f: Fake) -> str:
    return "IwAR" + rand(f, URLSAFE, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def money(f: Fake, lo=5, hi=150) -> float:
    return f.money(lo, hi)


def plan(f: Fake):
    return f.pick(PLANS)


def venue(f: Fake, i: int) -> str:
    return f.pick(VENUES)[i]


# -- contexts sent by the client libraries ----------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 "
    "Mobile Safari/537.36",
]
LOCALES = ["en-GB", "en-CA", "fr-CA", "en-ZA", "af-ZA"]
TIMEZONES = [
    "Europe/London",
    "America/Toronto",
    "America/Vancouver",
    "America/Halifax",
    "Africa/Johannesburg",
]


def web_context(pages):
    def make(f: Fake):
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.1", "next-1.72.0"])),
            },
            "page": {
                "path": G(lambda f: f.pick(pages)),
                "referrer": G(
                    lambda f: f.pick(
                        [
                            "",
                            "https://www.google.co.uk/",
                            "https://www.google.ca/",
                            "https://www.facebook.com/",
                            "https://silverleaf.app/blog/safety-tips",
                        ]
                    )
                ),
                "search": G(
                    lambda f: f.pick(
                        ["", "?utm_source=facebook&utm_medium=paid_social", "?ref=nav", "?lang=fr"]
                    )
                ),
                "title": G(
                    lambda f: f.pick(
                        [
                            "Silverleaf | Dating over 50",
                            "Events | Silverleaf",
                            "Premium | Silverleaf",
                            "Silverleaf \u2013 Rencontres 50+",
                        ]
                    )
                ),
                "url": G(lambda f: "https://silverleaf.app" + f.pick(pages)),
            },
            "userAgent": G(lambda f: f.pick(WEB_UAS)),
            "userAgentData": {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Microsoft Edge", "Not(A:Brand", "Google Chrome"])
                        ),
                        "version": G(lambda f: f.pick(["123", "122", "24", "8"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            "locale": G(lambda f: f.pick(LOCALES)),
            "timezone": G(lambda f: f.pick(TIMEZONES)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "campaign": {
                "name": G(lambda f: f.pick(["spring_singles_2024", "over50_prospecting", "events_autumn"])),
                "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "saga_partner"])),
                "medium": G(lambda f: f.pick(["paid_social", "cpc", "email", "referral"])),
                "term": G(
                    lambda f: f.pick(
                        ["dating over 50", "senior dating uk", "rencontre 50 ans", "mature singles"]
                    )
                ),
                "content": G(lambda f: f.pick(["carousel_couple_walk", "video_testimonial", "banner_a"])),
            },
        }

    return make


def app_block(f: Fake):
    return {
        "name": G(lambda f: "Silverleaf"),
        "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
        "build": G(lambda f: f.pick(["4180", "4182", "4190", "41901"])),
        "namespace": G(lambda f: f.pick(["app.silverleaf.ios", "app.silverleaf.android"])),
    }


def mobile_traits():
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": G(lambda f: "usr_" + f.digits(8)),
        "email": Y(email, "email"),
        "first_name": Y(first, "name"),
        "phone": Y(phone, "phone"),
    }


def swift_context(f: Fake):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,2", "iPad13,18", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.9", "1.5.11"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Rogers", "Bell", "Vodacom", "MTN"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.3"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 428, 820])),
            "height": G(lambda f: f.pick([844, 926, 1180])),
            "density": G(lambda f: f.pick([2, 3])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": mobile_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "HUAWEI", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "SM-S918B", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "dm3q", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Three UK", "Telus", "Vidéotron", "Cell C", "Telkom"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f: Fake):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "Pixel 6"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": mobile_traits(),
        "location": {
            "city": Y(home_city, "city"),
            "country": G(lambda f: f.pick(["United Kingdom", "Canada", "South Africa"])),
            "region": G(lambda f: f.pick(["England", "Ontario", "Québec", "Western Cape", "KwaZulu-Natal"])),
            "latitude": Y(lambda f: round(f.r.uniform(-34.2, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123.2, 31.1), 6), "geolocation"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A145F", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.1", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 393])), "height": G(lambda f: f.pick([844, 873]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str, with_user=False):
    name, version = SERVER_VERSIONS[lib]

    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if with_user:
            # the backend forwards the member's request details
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
            ctx["locale"] = G(lambda f: f.pick(LOCALES))
        return ctx

    return make


MOBILE = ["swift", "kotlin", "rn", "flutter"]
WEB_PAGES = ["/", "/events", "/premium", "/signup", "/safety", "/fr/evenements", "/account/billing"]
CONTEXTS = {
    "web": web_context(WEB_PAGES),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_VERSIONS:
    CONTEXTS[_lib] = server_context(_lib)
    CONTEXTS[_lib + "+user"] = server_context(_lib, with_user=True)


# -- shared fragments -------------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(lambda f: plan(f)[0]),
        "sku": G(lambda f: f.pick(["SL-PREM-01M", "SL-PREM-06M", "SL-PREM-12M", "SL-GOLD-03M"])),
        "name": G(lambda f: plan(f)[1]),
        "price": G(lambda f: plan(f)[2]),
        "quantity": G(lambda f: 1),
        "category": G(lambda f: f.pick(["subscription", "boost", "gift"])),
    }


def push_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"{n} sent you a message",
            f"{n} liked your profile",
            f"It's a match! Say hello to {n}",
            f"{n} is going to Jazz & Tapas Evening too",
            f"{n} a aimé votre profil",
        ]
    )


def report_details(f: Fake) -> str:
    return f.pick(
        [
            f"Says his name is {full(f)} but the photos are from a stock site",
            f"{full(f)} asked me for money for a flight to come and see me",
            f"Claims to be {full(f)}, an engineer on an oil rig in the North Sea",
            f"{first(f)} was rude and aggressive when we met for coffee",
            f"Profile uses photos of my late husband {full(f)}",
        ]
    )


def gift_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Happy {f.pick(['60th', '65th', '70th', '55th'])} birthday {n}! Love from all of us",
            f"Go on {n}, get back out there! x",
            f"For Mum, with love from {n} and the grandkids",
            f"Bonne fête {n}! Bisous",
        ]
    )


def scam_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Scam script, asks victims to WhatsApp {p}",
            f"Posted number {p} in bio, removed",
            f"Called member on {p}, identity confirmed",
            f"Same number {p} used on 3 other accounts",
        ]
    )


def excerpt(f: Fake) -> str:
    return f.pick(
        [
            f"text me on {phone(f)} instead, I'm hardly on here",
            f"my email is {email(f)}",
            f"WhatsApp me {phone(f)} x",
            f"easier on email: {email(f)} :)",
            f"kontak my op {phone(f)}",
        ]
    )


def invite_input(f: Fake) -> str:
    return f.pick([phone(f), email(f)])


def staff_email(f: Fake) -> str:
    fn = ascii_fold(first(f)).lower().replace("-", "")
    ln = ascii_fold(last(f)).lower().replace(" ", "").replace("'", "")
    return f"{fn}.{ln}@silverleaf.app"


# -- events ---------------------------------------------------------------------------------------

EVENTS = [
    # -- profile ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        MOBILE,
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "age": G(lambda f: f.r.randint(50, 83)),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "interested_in": Y(lambda f: f.pick(["men", "women", "everyone"]), "sexual orientation"),
            "address": {
                "city": Y(home_city, "city"),
                "state": G(
                    lambda f: f.pick(["England", "Scotland", "ON", "QC", "BC", "Western Cape", "Gauteng"])
                ),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            },
            "avatar": Y(photo_url, "photo"),
            "created_at": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "premium", "gold"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "id_verified": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 9)),
            "profile_completeness": G(lambda f: f.pick([0.4, 0.55, 0.8, 1.0])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "fr", "af"])),
            "referral_code": G(lambda f: "SL" + f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "Profile Section Completed",
        MOBILE,
        {
            "section": G(lambda f: f.pick(["basics", "lifestyle", "beliefs", "family", "about_me"])),
            "relationship_goal": G(
                lambda f: f.pick(["companionship", "long_term", "marriage", "friendship", "not_sure"])
            ),
            "marital_status": G(lambda f: f.pick(["widowed", "divorced", "separated", "never_married"])),
            "has_children": G(lambda f: f.pick(["yes_grown_up", "yes_at_home", "no", "prefer_not_to_say"])),
            "grandchildren": G(lambda f: f.r.randint(0, 8)),
            "faith": Y(
                lambda f: f.pick(["Christian", "Muslim", "Jewish", "Hindu", "Sikh", "Spiritual", "Agnostic"]),
                "religion",
            ),
            "faith_visible": G(lambda f: f.pick([True, False])),
            "smoking": Y(lambda f: f.pick(["never", "socially", "regularly", "trying_to_quit"]), "condition"),
            "drinking": Y(lambda f: f.pick(["never", "socially", "regularly", "sober"]), "condition"),
            "politics": Y(
                lambda f: f.pick(["liberal", "moderate", "conservative", "not_political"]),
                "political opinion",
            ),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["Black African", "White British", "Indian", "Coloured", "East Asian", "Mixed", "Métis"]
                ),
                "ethnicity",
            ),
            "income_range": Y(
                lambda f: f.pick(
                    ["<£20k", "£20k\u2013£40k", "£40k\u2013£75k", "R300k\u2013R600k", "C$60k\u2013C$100k"]
                ),
                "salary",
            ),
            "height_cm": G(lambda f: f.r.randint(150, 195)),
            "body_type": G(lambda f: f.pick(["slim", "average", "athletic", "a few extra pounds"])),
            "education_level": G(
                lambda f: f.pick(["secondary", "diploma", "bachelors", "masters", "doctorate"])
            ),
            "occupation": G(
                lambda f: f.pick(
                    ["Retired teacher", "Nurse", "Accountant", "Farmer", "Semi-retired engineer"]
                )
            ),
            "employer": G(
                lambda f: f.pick(["NHS Lothian", "Retired", "Standard Bank", "Hydro-Québec", "Self-employed"])
            ),
            "pets": Many(
                {
                    "type": G(lambda f: f.pick(["dog", "cat", "horse", "budgie"])),
                    "name": G(lambda f: f.pick(["Biscuit", "Rolo", "Bella", "Max", "Tinkie", "Sir Winston"])),
                },
                2,
            ),
            "interests": Many(
                G(
                    lambda f: f.pick(
                        ["gardening", "bowls", "hiking", "bridge", "travel", "braai", "birdwatching"]
                    )
                ),
                4,
            ),
            "languages_spoken": Many(
                G(lambda f: f.pick(["English", "French", "Afrikaans", "isiZulu", "Punjabi", "Portuguese"])), 2
            ),
            "bio_length": G(lambda f: f.r.randint(0, 500)),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Recently retired and ready for a new chapter. Love long walks and a Sunday roast.",
                        "Grandfather of four, keen gardener, looking for someone to share sunsets with.",
                        "Ek hou van die see, goeie koffie en lang gesprekke.",
                        "Passionnée de jardinage et de voyages, je cherche une belle complicité.",
                        "Widowed three years ago. My kids say it's time. Let's see!",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        MOBILE,
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(photo_url, "photo"),
            "position": G(lambda f: f.r.randint(1, 9)),
            "source": G(lambda f: f.pick(["camera", "library", "facebook_import"])),
            "is_primary": G(lambda f: f.pick([True, False])),
            "face_detected": G(lambda f: f.pick([True, False])),
            "exif_stripped": G(lambda f: True),
            "caption": G(
                lambda f: f.pick(
                    [
                        "Sunday walk on the Downs",
                        "At my sister's wedding",
                        "Holiday in Portugal 2019",
                        "Me and Biscuit",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Discovery Settings Updated",
        MOBILE,
        {
            "age_min": G(lambda f: f.r.randint(50, 62)),
            "age_max": G(lambda f: f.r.randint(60, 85)),
            "max_distance_km": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "seeking": Y(lambda f: f.pick(["men", "women", "everyone"]), "sexual orientation"),
            "location_city": Y(home_city, "city"),
            "travel_mode_city": G(lambda f: f.pick(["Lisbon", "Vancouver", "Knysna", "York", "Halifax"])),
            "show_me_in_discovery": G(lambda f: f.pick([True, False])),
            "verified_only": G(lambda f: f.pick([True, False])),
            "smoker_ok": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Location Updated",
        ["swift", "kotlin", "flutter"],
        {
            "latitude": Y(lambda f: round(f.r.uniform(-34.2, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123.2, 31.1), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5, 12.5, 35, 65])),
            "source": G(lambda f: f.pick(["gps", "network", "fused"])),
            "city": Y(home_city, "city"),
            "permission_status": G(lambda f: f.pick(["always", "when_in_use", "denied"])),
        },
    ),
    (
        "screen",
        "Edit Profile",
        MOBILE,
        {
            "screen_class": G(
                lambda f: f.pick(["EditProfileViewController", "EditProfileFragment", "EditProfileScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Discover", "Matches", "Settings"])),
            "tab": G(lambda f: f.pick(["photos", "about", "preferences"])),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        MOBILE,
        {
            "contact_id": G(lambda f: f.uuid()),
            "contact": {"label": Y(full, "name", True), "number": Y(phone, "phone", True)},
            "relationship": G(lambda f: f.pick(["daughter", "son", "friend", "neighbour", "sister"])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- sign-up and sign-in ------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "facebook"])),
            "email": Y(email, "email"),
            "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "age_confirmed_50_plus": G(lambda f: True),
            "terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
            "heard_about_us": G(lambda f: f.pick(["friend", "tv_advert", "facebook", "newspaper", "search"])),
            "referrer_code": G(lambda f: "SL" + f.hexid(6).upper()),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Signup Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "signup_v3"),
            "field": G(lambda f: "email"),
            "value": Y(email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(800, 40000)),
            "corrections": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        ["python+user"],
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: rand(f, URLSAFE, 43), "token"),
            "magic_link": RED(
                lambda f: "https://silverleaf.app/auth/verify?token=" + rand(f, URLSAFE, 43), "token"
            ),
            "expires_in_s": G(lambda f: 900),
            "delivery": G(lambda f: f.pick(["ses", "sendgrid"])),
            "password_reset_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "to": Y(phone, "phone", True),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "infobip", "clickatell"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "triggered_by": G(lambda f: f.pick(["user", "reset_link", "forced_rotation"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Friend Invited",
        MOBILE,
        {
            "method": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "input": Y(invite_input, "phone|email", True),
            "invite_code": G(lambda f: "INV-" + f.hexid(8).upper()),
            "contacts_permission": G(lambda f: f.pick(["granted", "denied", "limited"])),
        },
    ),
    # -- verification -------------------------------------------------------------------------------
    (
        "track",
        "ID Verification Started",
        MOBILE,
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["veriff", "onfido", "yoti"])),
            "document_type": G(
                lambda f: f.pick(["PASSPORT", "DRIVERS_LICENSE", "ID_CARD", "RESIDENCE_PERMIT"])
            ),
            "issuing_country": G(lambda f: f.pick(["GB", "CA", "ZA", "ZW", "IE"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Selfie Captured",
        MOBILE,
        {
            "verification_id": G(lambda f: f.uuid()),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.silverleaf.app/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "duration_ms": G(lambda f: f.r.randint(1500, 30000)),
        },
    ),
    (
        "track",
        "Verification Decision Received",
        ["node"],
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103, 9121])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested", "expired"])),
                "reasonCode": G(lambda f: f.pick([102, 105, 106, 201])),
                "decisionTime": G(lambda f: f.iso()),
                "acceptanceTime": G(lambda f: f.iso()),
                "vendorData": G(lambda f: "usr_" + f.digits(8)),
                "person": {
                    "firstName": Y(lambda f: first(f).upper(), "name"),
                    "lastName": Y(lambda f: last(f).upper(), "name"),
                    "dateOfBirth": Y(birthdate, "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
                    "nationality": Y(lambda f: f.pick(["GB", "CA", "ZA", "ZW", "IN"]), "citizenship"),
                    "idNumber": RED(za_id, "national id"),
                },
                "document": {
                    "number": RED(id_document_number, "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS_LICENSE"])),
                    "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
                    "validFrom": G(lambda f: f.date(2014, 2023)),
                    "validUntil": G(lambda f: f.date(2024, 2034)),
                },
                "riskLabels": Many(
                    {
                        "label": G(
                            lambda f: f.pick(
                                [
                                    "document_integration_level_crosslinked_with_fraud",
                                    "session_network_proxy",
                                    "person_age_mismatch",
                                ]
                            )
                        ),
                        "category": G(lambda f: f.pick(["document", "session", "person"])),
                    },
                    2,
                ),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    # -- matches, messages, safety ------------------------------------------------------------------
    (
        "track",
        "Profile Viewed",
        MOBILE,
        {
            "viewed_user_id": G(lambda f: "usr_" + f.digits(8)),
            "source": G(lambda f: f.pick(["discover", "likes_you", "search", "event_attendees"])),
            "viewed_user_age": G(lambda f: f.r.randint(50, 80)),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 180), 1)),
            "compatibility_score": G(lambda f: f.r.randint(20, 99)),
            "viewed_user_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Match Created",
        MOBILE,
        {
            "match_id": G(lambda f: f.uuid()),
            "matched_user_id": G(lambda f: "usr_" + f.digits(8)),
            "matched_user_first_name": Y(first, "name"),
            "matched_user_age": G(lambda f: f.r.randint(50, 82)),
            "is_super_like": G(lambda f: f.pick([True, False])),
            "hours_to_match": G(lambda f: round(f.r.uniform(0.1, 300), 1)),
            "mutual_interests_count": G(lambda f: f.r.randint(0, 7)),
        },
    ),
    (
        "track",
        "Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "match_id": G(lambda f: f.uuid()),
            "recipient_user_id": G(lambda f: "usr_" + f.digits(8)),
            "message_type": G(lambda f: f.pick(["text", "photo", "voice_note", "gif"])),
            "char_count": G(lambda f: f.r.randint(1, 800)),
            "contains_link": G(lambda f: f.pick([True, False])),
            "contains_phone_number": G(lambda f: f.pick([True, False])),
            "is_first_message": G(lambda f: f.pick([True, False])),
            "reply_time_seconds": G(lambda f: f.r.randint(5, 200000)),
        },
    ),
    (
        "track",
        "Icebreaker Sent",
        MOBILE,
        {
            "prompt_text": G(
                lambda f: f.pick(
                    ["What's your favourite walk?", "Best holiday you've ever had?", "Tea or coffee?"]
                )
            ),
            "text": G(
                lambda f: f.pick(
                    [
                        "Probably the coastal path at Hermanus!",
                        "Tea, always. Two sugars.",
                        "A cruise up the Norwegian fjords",
                        "Anything with a pub at the end",
                    ]
                )
            ),
            "match_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        ["python"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_user_id": G(lambda f: "usr_" + f.digits(8)),
            "rule": G(lambda f: f.pick(["phone_in_message", "email_in_message", "whatsapp_mention"])),
            "excerpt": Y(excerpt, "phone|email", True),
            "action_taken": G(lambda f: f.pick(["warned", "message_held", "none"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "conversation_age_hours": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "User Reported",
        MOBILE,
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(12)),
            "reported_user_id": G(lambda f: "usr_" + f.digits(8)),
            "reason": G(
                lambda f: f.pick(["scam", "fake_profile", "harassment", "underage", "inappropriate_photos"])
            ),
            "details": Y(report_details, "name", True),
            "reporter_matched": G(lambda f: f.pick([True, False])),
            "blocked_too": G(lambda f: f.pick([True, False])),
            "evidence_message_ids": Many(G(lambda f: f.hexid(24)), 3),
            "screenshot_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "User Blocked",
        MOBILE,
        {
            "blocked_user_id": G(lambda f: "usr_" + f.digits(8)),
            "source": G(lambda f: f.pick(["chat", "profile", "report_flow"])),
            "reason": G(lambda f: f.pick(["not_interested", "rude", "suspicious", "other"])),
        },
    ),
    (
        "track",
        "Date Check-In Scheduled",
        MOBILE,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "trusted_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["daughter", "son", "friend", "sister", "neighbour"])),
            },
            "date_first_name": Y(first, "name"),
            "date_user_id": G(lambda f: "usr_" + f.digits(8)),
            "venue_name": G(lambda f: venue(f, 0)),
            "venue_address": G(lambda f: venue(f, 3)),
            "check_in_at": G(lambda f: f.iso()),
            "share_live_location": G(lambda f: f.pick([True, False])),
            "live_location": {
                "lat": Y(lambda f: round(f.r.uniform(-34.2, 55.9), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123.2, 31.1), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Safety Alert Triggered",
        ["java"],
        {
            "checkin_id": G(lambda f: f.uuid()),
            "alert_type": G(lambda f: f.pick(["missed_check_in", "sos_button", "location_stale"])),
            "contact_notified_via": G(lambda f: f.pick(["sms", "call", "whatsapp"])),
            "last_known_location": Y(
                lambda f: f"{round(f.r.uniform(-34.2, 55.9), 5)},{round(f.r.uniform(-123.2, 31.1), 5)}",
                "geolocation",
            ),
            "user_phone": Y(phone, "phone"),
            "minutes_overdue": G(lambda f: f.r.randint(5, 120)),
        },
    ),
    # -- date-night events --------------------------------------------------------------------------
    (
        "track",
        "Date Night Viewed",
        ["web", *MOBILE],
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_name": G(lambda f: f.pick(EVENT_NAMES)),
            "venue_name": G(lambda f: venue(f, 0)),
            "venue_city": G(lambda f: venue(f, 1)),
            "venue_address": G(lambda f: venue(f, 3)),
            "venue_phone": G(lambda f: venue(f, 2)),
            "starts_at": G(lambda f: f.iso()),
            "ticket_price": G(lambda f: f.pick([15, 25, 35.5, 350, 45])),
            "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            "spots_left": G(lambda f: f.r.randint(0, 40)),
            "host_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Date Night Booked",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "tickets": G(lambda f: f.pick([1, 2])),
            "revenue": G(lambda f: money(f, 15, 90)),
            "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            "attendee": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
            },
            "plus_one_name": Y(full, "name"),
            "dietary_requirements": Many(
                Y(
                    lambda f: f.pick(
                        ["halal", "kosher", "gluten_free", "nut_allergy", "diabetic", "vegetarian"]
                    ),
                    "allergy|religion",
                ),
                2,
            ),
            "accessibility_needs": Many(
                RED(
                    lambda f: f.pick(
                        ["wheelchair_access", "hearing_loop", "step_free_access", "seat_near_exit"]
                    ),
                    "disability",
                ),
                2,
            ),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "parking_reg": Y(plate, "license"),
            "how_did_you_hear": G(lambda f: f.pick(["app_banner", "email", "friend"])),
        },
    ),
    (
        "track",
        "Date Night Waitlist Form Submitted",
        ["web"],
        {
            "form-id": G(lambda f: "64f1c0" + f.hexid(18)),
            "form-name": G(
                lambda f: f.pick(
                    ["Waitlist \u2013 Leeds", "Waitlist \u2013 Toronto", "Waitlist \u2013 Cape Town"]
                )
            ),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "email-address": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "preferred-city": G(lambda f: venue(f, 1)),
            "age-range": G(lambda f: f.pick(["50-59", "60-69", "70+"])),
            "how-did-you-hear": G(lambda f: f.pick(["Facebook", "Newspaper", "A friend", "Radio"])),
            "page-url": G(
                lambda f: f.pick(
                    ["https://silverleaf.app/events/waitlist", "https://silverleaf.app/fr/evenements/liste"]
                )
            ),
        },
    ),
    (
        "track",
        "Date Night Attended",
        ["dotnet"],
        {
            "EventId": G(lambda f: "evt_" + f.digits(5)),
            "AttendeeUserId": G(lambda f: "usr_" + f.digits(8)),
            "CheckedInAt": G(lambda f: f.iso()),
            "CheckedInBy": Y(full, "name"),
            "WristbandColour": G(lambda f: f.pick(["green", "amber", "blue"])),
            "TableNumber": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Date Night Feedback Submitted",
        MOBILE,
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "met_someone": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Lovely evening, the band was great",
                        "Too loud to talk",
                        "Food ran out early",
                        "Host was wonderful",
                        "Parfait, merci!",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Événement réservé",
        ["ruby+user"],
        {
            "evenement_id": G(lambda f: "evt_" + f.digits(5)),
            "nom_evenement": G(
                lambda f: f.pick(
                    ["Soirée Rencontres 50+", "Dégustation de vins", "Cabane à sucre entre célibataires"]
                )
            ),
            "lieu": G(lambda f: f.pick(["Le Balcon", "Bistro L'Entrée", "Érablière du Lac"])),
            "nombre_billets": G(lambda f: f.pick([1, 2])),
            "montant": G(lambda f: money(f, 25, 120)),
            "devise": G(lambda f: "CAD"),
            "courriel_participant": Y(email, "email"),
            "besoins_accessibilite": RED(
                lambda f: f.pick(["fauteuil roulant", "boucle magnétique", "accès sans marches"]),
                "disability",
            ),
            "taxes_tps": G(lambda f: money(f, 1, 6)),
            "taxes_tvq": G(lambda f: money(f, 2, 12)),
        },
    ),
    # -- premium -------------------------------------------------------------------------------------
    (
        "track",
        "Paywall Viewed",
        MOBILE,
        {
            "paywall_id": G(lambda f: f.pick(["pw_likes_you", "pw_rewind", "pw_onboarding"])),
            "variant": G(lambda f: f.pick(["A", "B", "C"])),
            "products": Many(plan_product(), 3),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "revenue": G(lambda f: money(f, 19, 120)),
            "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            "coupon": G(lambda f: f.pick(["SPRING50", "", "WELCOMEBACK", "SAGA20"])),
            "products": Many(plan_product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "payment_method_id": RED(lambda f: "pm_" + rand(f, ALNUM, 24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "card_funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "billing_name": Y(full, "name"),
            "billing_address_line1": Y(street, "address|street"),
            "billing_postcode": Y(postcode, "zipcode"),
            "billing_country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "three_d_secure": G(lambda f: f.pick(["required", "optional", "not_supported"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 19, 140)),
            "revenue": G(lambda f: money(f, 19, 120)),
            "tax": G(lambda f: money(f, 0, 20)),
            "discount": G(lambda f: money(f, 0, 40)),
            "coupon": G(lambda f: f.pick(["SPRING50", "", "WELCOMEBACK", "SAGA20"])),
            "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            "products": Many(plan_product(), 1),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "is_gift": G(lambda f: f.pick([True, False])),
            "invoice_number": G(lambda f: f"SL-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "customer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "gift_id": G(lambda f: "gft_" + f.hexid(12)),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "gift_message": Y(gift_message, "name", True),
            "sender_name": Y(full, "name"),
            "send_on": G(lambda f: f.date(2024, 2024)),
            "plan_sku": G(lambda f: f.pick(["SL-PREM-01M", "SL-PREM-06M", "SL-GOLD-03M"])),
            "amount": G(lambda f: f.pick([19.99, 79.99, 54.99])),
        },
    ),
    (
        "track",
        "App Store Notification Received",
        ["node"],
        {
            "notificationType": G(
                lambda f: f.pick(
                    ["SUBSCRIBED", "DID_RENEW", "EXPIRED", "DID_CHANGE_RENEWAL_STATUS", "REFUND"]
                )
            ),
            "subtype": G(
                lambda f: f.pick(["INITIAL_BUY", "RESUBSCRIBE", "AUTO_RENEW_DISABLED", "VOLUNTARY"])
            ),
            "notificationUUID": G(lambda f: f.uuid()),
            "version": G(lambda f: "2.0"),
            "data": {
                "appAppleId": G(lambda f: 1493826455),
                "bundleId": G(lambda f: "app.silverleaf.ios"),
                "environment": G(lambda f: f.pick(["Production", "Sandbox"])),
                "transaction": {
                    "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
                    "transactionId": G(lambda f: "2000000" + f.digits(9)),
                    "productId": G(lambda f: plan(f)[0]),
                    "purchaseDate": G(lambda f: f.epoch_ms()),
                    "expiresDate": G(lambda f: f.epoch_ms()),
                    "price": G(lambda f: f.pick([19990, 79990, 119990, 349990])),
                    "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
                    "storefront": G(lambda f: f.pick(["GBR", "CAN", "ZAF"])),
                    "appAccountToken": G(lambda f: f.uuid()),
                    "inAppOwnershipType": G(lambda f: f.pick(["PURCHASED", "FAMILY_SHARED"])),
                },
            },
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        MOBILE,
        {
            "plan": G(lambda f: f.pick(["premium", "gold"])),
            "reason": G(
                lambda f: f.pick(["met_someone", "too_expensive", "not_enough_matches", "taking_a_break"])
            ),
            "reason_text": G(
                lambda f: f.pick(
                    [
                        "Met someone lovely!",
                        "Too pricey on a pension",
                        "Not many people near me",
                        "",
                        "Need a break",
                    ]
                )
            ),
            "days_active": G(lambda f: f.r.randint(1, 700)),
            "refund_requested": G(lambda f: f.pick([True, False])),
            "store": G(lambda f: f.pick(["app_store", "play_store", "stripe"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["dotnet"],
        {
            "InvoiceId": G(lambda f: "in_" + rand(f, ALNUM, 24)),
            "CustomerId": G(lambda f: "cus_" + rand(f, ALNUM, 14)),
            "AmountDue": G(lambda f: f.pick([1999, 7999, 11999, 34999])),
            "Currency": G(lambda f: f.pick(["gbp", "cad", "zar"])),
            "FailureCode": G(
                lambda f: f.pick(
                    ["card_declined", "expired_card", "insufficient_funds", "authentication_required"]
                )
            ),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "CardBin": G(lambda f: f.pick(["454617", "535316", "490231", "374245"])),
            "AttemptCount": G(lambda f: f.r.randint(1, 4)),
            "NextRetryAt": G(lambda f: f.iso()),
            "CustomerEmail": Y(email, "email"),
            "CustomerName": Y(full, "name"),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "id": G(lambda f: "in_" + rand(f, ALNUM, 24)),
            "customer": G(lambda f: "cus_" + rand(f, ALNUM, 14)),
            "customer_email": Y(email, "email"),
            "customer_name": Y(full, "name"),
            "customer_phone": Y(phone, "phone"),
            "customer_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Flat 3", "Unit 12", "Apt 1405", "Woonstel 7"]), "address|street"
                ),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["ON", "QC", "WC", "GP", ""])),
                "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            },
            "amount_paid": G(lambda f: f.pick([1999, 7999, 11999, 34999])),
            "currency": G(lambda f: f.pick(["gbp", "cad", "zar"])),
            "number": G(lambda f: f"5A1B{f.digits(4)}-{f.r.randint(1, 40):04d}"),
            "status": G(lambda f: "paid"),
            "lines": {
                "data": Many(
                    {
                        "description": G(lambda f: "1 \u00d7 " + plan(f)[1]),
                        "amount": G(lambda f: f.pick([1999, 7999, 11999])),
                        "period": {
                            "start": G(lambda f: f.epoch_ms() // 1000),
                            "end": G(lambda f: f.epoch_ms() // 1000),
                        },
                    },
                    2,
                )
            },
        },
    ),
    # -- South African backend, Afrikaans keys ----------------------------------------------------------
    (
        "identify",
        None,
        ["php+user"],
        {
            "naam": Y(first, "name"),
            "van": Y(last, "name"),
            "e_pos": Y(email, "email"),
            "selfoonnommer": Y(phone, "phone"),
            "geboortedatum": Y(birthdate, "birthdate"),
            "geslag": Y(lambda f: f.pick(["manlik", "vroulik", "ander"]), "gender"),
            "geloof": Y(
                lambda f: f.pick(["NG Kerk", "Katoliek", "Moslem", "Hindoe", "Apostolies"]), "religion"
            ),
            "stad": Y(home_city, "city"),
            "poskode": Y(postcode, "zipcode"),
            "provinsie": G(lambda f: f.pick(["Wes-Kaap", "Gauteng", "KwaZulu-Natal", "Vrystaat"])),
            "taal": G(lambda f: f.pick(["af", "en", "zu"])),
            "kinders": G(lambda f: f.r.randint(0, 5)),
            "rook": Y(lambda f: f.pick([True, False]), "condition"),
            "lidmaatskap": G(lambda f: f.pick(["gratis", "premium", "goud"])),
            "aangesluit_op": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Debietorder Gemagtig",
        ["php"],
        {
            "lid_nommer": G(lambda f: "SL" + f.digits(7)),
            "rekeninghouer": Y(full, "name"),
            "id_nommer": RED(za_id, "national id"),
            "bank": G(lambda f: f.pick(["ABSA", "FNB", "Capitec", "Standard Bank", "Nedbank"])),
            "takkode": G(lambda f: f.pick(["250655", "632005", "470010", "051001", "198765"])),
            "rekeningnommer": RED(za_account, "bank account"),
            "rekeningtipe": G(lambda f: f.pick(["tjek", "spaar", "transmissie"])),
            "bedrag": G(lambda f: f.pick([349.0, 899.0, 1299.0])),
            "aftrekdag": G(lambda f: f.pick([1, 15, 25])),
            "mandaat_verwysing": G(lambda f: "DO" + f.digits(10)),
        },
    ),
    # -- Quebec backend, Canadian-French keys ----------------------------------------------------------
    (
        "identify",
        None,
        ["ruby+user"],
        {
            "prenom": Y(first, "name"),
            "nom_de_famille": Y(last, "name"),
            "courriel": Y(email, "email"),
            "telephone": Y(phone, "phone"),
            "date_de_naissance": Y(birthdate, "birthdate"),
            "code_postal": Y(postcode, "zipcode"),
            "ville": Y(home_city, "city"),
            "province": G(lambda f: f.pick(["QC", "ON", "NB"])),
            "langue_preferee": G(lambda f: f.pick(["fr", "en"])),
            "confession": Y(
                lambda f: f.pick(["catholique", "protestante", "juive", "musulmane", "aucune"]), "religion"
            ),
            "fumeur": Y(lambda f: f.pick([True, False]), "condition"),
            "etat_civil": G(lambda f: f.pick(["veuf", "veuve", "divorcé", "célibataire"])),
            "enfants": G(lambda f: f.r.randint(0, 5)),
            "forfait": G(lambda f: f.pick(["gratuit", "premium", "or"])),
            "numero_membre": G(lambda f: "QC" + f.digits(8)),
            "consentement_courriel": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- moderation back office (.NET, PascalCase) ------------------------------------------------------
    (
        "track",
        "Profile Moderated",
        ["dotnet"],
        {
            "ModerationId": G(lambda f: f.uuid()),
            "ReviewedUserId": G(lambda f: "usr_" + f.digits(8)),
            "ModeratorId": G(lambda f: f"mod_{f.r.randint(1, 80):03d}"),
            "ModeratorName": Y(full, "name"),
            "ModeratorEmail": Y(staff_email, "email"),
            "Decision": G(lambda f: f.pick(["Approved", "Rejected", "Escalated", "PhotoRemoved"])),
            "ReasonCode": G(
                lambda f: f.pick(["NONE", "CELEB_PHOTO", "CONTACT_IN_BIO", "NUDITY", "AGE_UNDER_50"])
            ),
            "QueueName": G(
                lambda f: f.pick(["new-profiles-uk", "new-profiles-za", "photo-review", "escalations"])
            ),
            "ReviewDurationMs": G(lambda f: f.r.randint(2000, 400000)),
            "PhotoUrls": Many(Y(photo_url, "photo"), 4),
            "FlaggedTerms": Many(
                G(lambda f: f.pick(["whatsapp", "oil rig", "widower", "investment", "crypto"])), 2
            ),
            "AutoFlagScore": G(lambda f: round(f.r.uniform(0, 1), 3)),
        },
    ),
    (
        "track",
        "Account Suspended",
        ["dotnet"],
        {
            "SuspendedUserId": G(lambda f: "usr_" + f.digits(8)),
            "SuspendedByEmail": Y(staff_email, "email"),
            "Reason": G(lambda f: f.pick(["Scam", "FakeProfile", "Harassment", "PaymentFraud"])),
            "DurationDays": G(lambda f: f.pick([7, 30, 365, 0])),
            "SignupIp": Y(lambda f: f.ipv4(), "ip"),
            "LastLoginIp": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "DeviceFingerprint": G(lambda f: f.hexid(32)),
            "LinkedAccountIds": Many(G(lambda f: "usr_" + f.digits(8)), 3),
            "AppealAllowed": G(lambda f: f.pick([True, False])),
            "Note": Y(scam_note, "phone", True),
        },
    ),
    (
        "track",
        "Romance Scam Case Opened",
        ["dotnet"],
        {
            "CaseId": G(lambda f: "CASE-" + f.digits(6)),
            "VictimUserId": G(lambda f: "usr_" + f.digits(8)),
            "SuspectUserId": G(lambda f: "usr_" + f.digits(8)),
            "ReportedLossAmount": G(lambda f: money(f, 50, 25000)),
            "Currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            "PaymentRail": G(lambda f: f.pick(["bank_transfer", "gift_cards", "crypto", "western_union"])),
            "SuspectBankAccount": RED(
                lambda f: f.pick([f.iban("GB"), za_account(f), uk_account(f)]), "bank account"
            ),
            "SuspectAliasNames": Many(Y(full, "name"), 3),
            "SuspectPhone": Y(phone, "phone"),
            "PoliceReference": G(
                lambda f: f.pick(
                    [
                        f"CAS {f.r.randint(1, 999)}/{f.r.randint(1, 12):02d}/2024",
                        f"NFRC24{f.digits(7)}",
                        f"2024-{f.digits(6)}",
                    ]
                )
            ),
            "AssignedAnalyst": Y(full, "name"),
            "Priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
        },
    ),
    (
        "track",
        "Member Search Performed",
        ["web"],
        {
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "search_scope": G(lambda f: f.pick(["members", "reports", "payments"])),
            "results_count": G(lambda f: f.r.randint(0, 6)),
            "staff_role": G(lambda f: f.pick(["moderator", "trust_safety_lead", "support_agent"])),
            "staff_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        ["python"],
        {
            "request_id": G(lambda f: "dsr_" + f.hexid(10)),
            "request_type": G(lambda f: f.pick(["access", "erasure", "rectification", "portability"])),
            "requester_email": Y(email, "email"),
            "identity_verified": G(lambda f: f.pick([True, False])),
            "due_date": G(lambda f: f.date(2024, 2024)),
            "jurisdiction": G(lambda f: f.pick(["UK_GDPR", "PIPEDA", "QC_LAW25", "POPIA"])),
        },
    ),
    # -- messaging and engagement -------------------------------------------------------------------
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "notification_type": G(
                lambda f: f.pick(["new_message", "new_like", "new_match", "event_reminder"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["You have a new match!", "New message", "Someone likes you", "Nouveau message"]
                )
            ),
            "body": Y(push_body, "name", True),
            "deep_link": G(
                lambda f: f.pick(["silverleaf://matches", "silverleaf://chat", "silverleaf://events"])
            ),
            "received_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Email Opened",
        ["go"],
        {
            "email_id": G(lambda f: f.hexid(16)),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.silverleaf.app>"),
            "template": G(
                lambda f: f.pick(["weekly_matches", "event_invite", "renewal_reminder", "bienvenue"])
            ),
            "subject": G(
                lambda f: f.pick(
                    ["5 new people near you", "Your invitation: Jazz & Tapas", "Your Premium renews soon"]
                )
            ),
            "recipient": Y(email, "email", True),
            "from_address": G(
                lambda f: f.pick(["no-reply@silverleaf.app", "events@silverleaf.app", "hello@silverleaf.app"])
            ),
            "user_agent": G(
                lambda f: f.pick(
                    [
                        *WEB_UAS,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com "
                        "GoogleImageProxy)",
                    ]
                )
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "opened_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["go"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+447700160123", "+14165550199", "+27600123456", "Silverleaf"])),
            "To": Y(phone_e164, "phone", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Can't upload my photos",
                        "Charged twice for Premium",
                        "How do I hide my profile?",
                        "Problème de connexion",
                    ]
                )
            ),
            "channel": G(lambda f: f.pick(["email", "web_form", "phone", "chat"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
            "assignee_name": Y(full, "name"),
            "description": G(
                lambda f: f.pick(
                    [
                        "The app freezes when I add a second photo.",
                        "I was billed on the 3rd and again on the 4th.",
                        "My grandson set this up, how do I change my password?",
                        "Je n'arrive pas à me connecter.",
                    ]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["billing", "photos", "login", "ios", "android", "fr"])), 3),
            "satisfaction": G(lambda f: f.pick(["offered", "good", "bad", "unoffered"])),
        },
    ),
    # -- attribution ---------------------------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        ["go"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["Facebook Ads", "googleadwords_int", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["UK_50plus_Install", "CA_FR_Rencontres", "ZA_Braai_Promo"])),
            "install_time": G(lambda f: f.iso()),
            "click_time": G(lambda f: f.iso()),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "country_code": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "city": Y(home_city, "city"),
            "platform": G(lambda f: f.pick(["ios", "android"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Subscribe", "Purchase"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: "usr_" + f.digits(8)),
            },
            "custom_data": {
                "value": G(lambda f: money(f, 19, 120)),
                "currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
            },
        },
    ),
    (
        "track",
        "Request Received",
        ["java"],
        {
            "route": G(lambda f: f.pick(["/v2/discover", "/v2/matches", "/v2/messages"])),
            "status_code": G(lambda f: f.pick([200, 201, 304, 429, 500])),
            "headers": {
                "x-forwarded-for": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip", True),
                "cf-connecting-ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "cf-ipcountry": G(lambda f: f.pick(["GB", "CA", "ZA"])),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "Silverleaf/4.18.2 (iPhone; iOS 17.4.1)",
                            "Silverleaf/4.19.0 (Android 14; SM-A546B)",
                            "okhttp/4.12.0",
                        ]
                    )
                ),
                "accept-language": G(
                    lambda f: f.pick(["en-GB,en;q=0.9", "fr-CA,fr;q=0.9,en;q=0.8", "af-ZA,af;q=0.9,en;q=0.8"])
                ),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
    ),
    # -- warehouse syncs (SCREAMING_SNAKE) ---------------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: "usr_" + f.digits(8)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["50-54", "55-59", "60-64", "65-69", "70+"])),
            "COUNTRY_CODE": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "POSTCODE": Y(postcode, "zipcode"),
            "SUBSCRIPTION_TIER": G(lambda f: f.pick(["FREE", "PREMIUM", "GOLD"])),
            "LIFETIME_VALUE_GBP": G(lambda f: money(f, 0, 900)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 4)),
            "LAST_ACTIVE_AT": G(lambda f: f.iso()),
            "MATCHES_LAST_30D": G(lambda f: f.r.randint(0, 40)),
            "IS_ID_VERIFIED": G(lambda f: f.pick([True, False])),
            "MARKETING_CONSENT": G(lambda f: f.pick(["GRANTED", "DENIED", "UNKNOWN"])),
        },
    ),
    (
        "track",
        "Identity Details Submitted",
        ["web"],
        {
            "document_type": G(
                lambda f: f.pick(["PASSPORT", "DRIVERS_LICENSE", "ID_CARD", "RESIDENCE_PERMIT"])
            ),
            "passport_number": RED(passport, "passport"),
            "driving_licence_number": Y(
                uk_driving_licence,
                "license",
            ),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "name_matches_profile": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- more profile, account and billing traffic ----------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "displayName": Y(lambda f: f.pick([first(f), f"{first(f)} {last(f)[0]}."]), "name"),
            "email": Y(email, "email"),
            "mobilePhone": Y(phone, "phone"),
            "dateOfBirth": Y(birthdate, "birthdate"),
            "homeAddress": {
                "street": Y(street, "street|address"),
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["United Kingdom", "Canada", "South Africa"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "signupSource": G(lambda f: f.pick(["web", "ios", "android", "event_waitlist"])),
            "isPremium": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "verified_full_name": Y(lambda f: full(f).upper(), "name"),
            "verified_dob": Y(birthdate, "birthdate"),
            "verification_level": G(lambda f: f.pick(["photo", "id_document", "id_and_selfie"])),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["java"],
        {
            "login_method": G(lambda f: f.pick(["magic_link", "password", "apple", "google"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "new_device": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "user_agent": G(lambda f: f.pick(WEB_UAS)),
            "geo": {
                "city": Y(home_city, "city"),
                "region": G(lambda f: f.pick(["England", "Ontario", "Quebec", "Western Cape", "Gauteng"])),
                "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
                "latitude": Y(lambda f: round(f.r.uniform(-34.2, 55.9), 4), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-123.2, 31.1), 4), "geolocation"),
            },
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Address Updated",
        ["web"],
        {
            "address_line1": Y(street, "address|street"),
            "address_line2": Y(
                lambda f: f.pick(["Flat 2", "Unit 7", "Apt 1203", "Woonstel 14", "Suite 300"]),
                "address|street",
            ),
            "town": Y(home_city, "city"),
            "county": G(lambda f: f.pick(["West Yorkshire", "Norfolk", "Ontario", "Western Cape"])),
            "old_postcode": Y(postcode, "zipcode"),
            "new_postcode": Y(postcode, "zipcode"),
            "country": G(lambda f: f.pick(["GB", "CA", "ZA"])),
            "reason": G(lambda f: f.pick(["moved", "typo", "billing"])),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        ["python"],
        {
            "mandate_id": G(lambda f: "MD000" + rand(f, string.ascii_uppercase + string.digits, 9)),
            "customer_id": G(lambda f: "CU000" + rand(f, string.ascii_uppercase + string.digits, 9)),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-11-62", "30-96-34", "60-83-71", "09-01-28"])),
            "account_number": RED(uk_account, "bank account"),
            "account_number_ending": G(lambda f: f"{f.r.randint(0, 99):02d}"),
            "email": Y(email, "email"),
            "address_line1": Y(street, "address|street"),
            "city": Y(home_city, "city"),
            "postal_code": Y(postcode, "zipcode"),
            "scheme": G(lambda f: "bacs"),
        },
    ),
    (
        "track",
        "Referral Signed Up",
        ["python"],
        {
            "referral_id": G(lambda f: "ref_" + f.hexid(10)),
            "referrer_name": Y(full, "name"),
            "referrer_email": Y(email, "email"),
            "referred_email": Y(email, "email"),
            "reward_amount": G(lambda f: f.pick([5, 10, 100])),
            "reward_currency": G(lambda f: f.pick(["GBP", "CAD", "ZAR"])),
        },
    ),
    (
        "track",
        "Contact Details Shared",
        MOBILE,
        {
            "match_id": G(lambda f: f.uuid()),
            "share_type": G(lambda f: f.pick(["phone", "email", "whatsapp"])),
            "shared_value": Y(invite_input, "phone|email", True),
            "days_since_match": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Date Night Ticket Transferred",
        ["web"],
        {
            "ticket_id": G(lambda f: "tkt_" + f.hexid(10)),
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "transfer_to": {"name": Y(full, "name"), "email": Y(email, "email"), "phone": Y(phone, "phone")},
            "transfer_fee": G(lambda f: f.pick([0, 2.5, 25])),
        },
    ),
    (
        "track",
        "Guest List Exported",
        ["node"],
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "exported_by": G(lambda f: f"mod_{f.r.randint(1, 80):03d}"),
            "format": G(lambda f: f.pick(["csv", "pdf", "xlsx"])),
            "attendees": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "ticket_type": G(lambda f: f.pick(["single", "pair", "vip"])),
                    "checked_in": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Date Night Created",
        ["web"],
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_name": G(lambda f: f.pick(EVENT_NAMES)),
            "venue_name": G(lambda f: venue(f, 0)),
            "capacity": G(lambda f: f.pick([20, 30, 40, 60])),
            "published": G(lambda f: f.pick([True, False])),
            "host": {"name": Y(full, "name"), "email": Y(staff_email, "email"), "mobile": Y(phone, "phone")},
        },
    ),
    (
        "track",
        "Activity Waiver Signed",
        MOBILE,
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "waiver_version": G(lambda f: f.pick(["hike-2024.1", "hike-2024.2", "dance-2023.4"])),
            "medical_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["asthma", "angina", "type 2 diabetes", "arthritis", "high blood pressure"]
                    ),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["metformin", "ramipril", "salbutamol inhaler", "warfarin", "atorvastatin"]
                    ),
                    "medication",
                ),
                2,
            ),
            "uses_walking_aid": RED(lambda f: f.pick([True, False]), "disability"),
            "emergency_contact_name": Y(full, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "fitness_level": G(lambda f: f.pick(["gentle", "moderate", "brisk"])),
        },
    ),
    # -- pages, screens, groups, aliases -------------------------------------------------------------
    (
        "page",
        "Page",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Home", "Events", "Premium", "Safety Tips", "Événements"])),
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "url": G(lambda f: "https://silverleaf.app" + f.pick(WEB_PAGES)),
            "title": G(
                lambda f: f.pick(
                    ["Silverleaf | Dating over 50", "Events | Silverleaf", "Premium | Silverleaf"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.uk/", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?ref=nav", "?utm_source=newsletter"])),
        },
    ),
    (
        "screen",
        "Matches",
        MOBILE,
        {
            "screen_class": G(
                lambda f: f.pick(["MatchesViewController", "MatchesFragment", "MatchesScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Discover", "Chat", "Settings"])),
        },
    ),
    (
        "group",
        None,
        ["web", *MOBILE],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Cape Town Hikers 50+",
                        "Leeds Ballroom Singles",
                        "Montréal Bridge Club",
                        "Toronto Book Circle",
                    ]
                )
            ),
            "city": G(lambda f: f.pick(["Cape Town", "Leeds", "Montréal", "Toronto"])),
            "member_count": G(lambda f: f.r.randint(12, 900)),
            "organiser_name": Y(full, "name"),
            "organiser_email": Y(email, "email"),
            "category": G(lambda f: f.pick(["outdoors", "dance", "games", "books"])),
            "is_private": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", *MOBILE], None),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), f"ajs-next-{f.epoch_ms()}-{f.hexid(32)}"]),
                "timestamp": f.iso(),
                "userId": "usr_" + f.digits(8),
            }
            if client in ("web", *MOBILE):
                msg["anonymousId"] = f.uuid()
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=199, repeats=36)
    write(Path(__file__).parent, "holdout199_", events, labels)
