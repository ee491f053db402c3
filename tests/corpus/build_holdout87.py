"""Writes holdout 87: tests/corpus/holdout87_events.jsonl and holdout87_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels, and never run through the engine by its author. Only build.py,
fake.py, build_holdout3.py (for the format), REFERENCE.md and DESIGN.md were read.

Domain: a developer platform and API SaaS ("Shipyard": hosting, messaging API, payments-style
billing) with users in the US and the EU. Covered: sign-up with GitHub/Google SSO, sign-in, MFA
codes, password resets, organisations (group calls) and team invites, API keys, webhooks
(endpoint setup, failed deliveries, inbound request logs with kebab-case headers, a Twilio-shaped
SMS status callback, a GitHub secret-scanning alert), deployments, build and runtime logs, edge
request logs with IP geolocation, environment variables, usage-based billing and e-commerce spec
checkout for credits, SEPA mandates, invoices (.NET PascalCase), failed payments, Stripe
Connect-shaped payout accounts and tax forms for marketplace developers, support tickets and
replies, audit logs with IPs and user agents, incident status subscriptions and on-call mobile
screens, an authenticator app (login approvals with location), SDK telemetry from customers'
servers (with a config dump that carries an API key, and the messaging API's SMS parameters),
CLI telemetry, DPAs and security questionnaires, a developer survey, a developer conference
registration, an experts marketplace, localised marketing forms (French, Spanish, Dutch keys),
a German reseller's invoice export (German keys) and a warehouse reverse-ETL identify
(SCREAMING_SNAKE keys).

Clients: analytics.js (web), analytics-swift and analytics-kotlin (the on-call console app),
analytics-react-native (the status app, with context.traits), analytics_flutter (the
authenticator) and the server libraries for Python, Node, Go, Java, Ruby, PHP and .NET (with
context.ip, context.userAgent, context.traits, context.groupId and context.externalIds when the
server forwards them).

Conventions: mostly camelCase and snake_case English keys; roughly 15 % of paths are PascalCase
(.NET, Twilio), kebab-case (HTTP headers, a Dutch form), SCREAMING_SNAKE (warehouse) or keys in
French, Spanish, Dutch and German.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a teammate, an invitee, an end
  customer in a log or an SMS, a signatory, a DPO, an emergency contact, staff (support agents,
  account executives). Colour: the reference matcher's default; outside the reference, red for
  credentials, secrets, card numbers, bank accounts and government ids, yellow otherwise.
- Green: ids we or other businesses issue (user, org, key, deployment, invoice, customer and
  member numbers, GitHub's numeric user id), versions, timestamps, hashes and signatures,
  amounts, enums, counters and booleans under PII-sounding keys, company / product / project /
  team names, job titles, ages and age bands, the country, state, locale, timezone and currency,
  user agents, OS-issued device ids, a business's own phone, e-mail and address (an
  organisation's HQ in a group call, a company's sending number in an SMS callback or request,
  a role address such as support@), card brand, last four, expiry, bank name, BIC and routing
  numbers, key prefixes and key names.
- Contested cases follow the product's published policy: payment/card tokens, one-time codes
  and invitation or reset links that embed a one-time token are red (`token`); billing addresses
  are the person's (yellow `address`); hourly rates and pay bands are `salary` (yellow); ad click
  ids (gclid, fbclid, _fbp) are yellow `advertising id`; the last four of an SSN are red.
- Special categories: an enum or boolean revealing one is labelled as that category
  (accessibility needs and "identifies as disabled": red `disability`; sexual orientation,
  ethnicity: yellow). Decided here: dietary requirements are flagged yellow `religion|condition`
  because halal/kosher and coeliac values reveal religion or health; a careful owner flags the
  whole field.
- Decided here: every IP address is yellow `ip`, including a customer's server allowlist in
  CIDR form, since one cannot tell a home office's address from a data centre's; a city derived
  from the person's IP is yellow `city`, its coordinates `geolocation`, its country green. A
  home-directory path (`/Users/priya/...`) and a device name (`Kofi's MacBook Air`) name their
  owner: yellow `name`. An SMS body that carries a one-time code is red `token|secret`. The APNs
  push token is red `token`, as in the main corpus. Form-state dumps (a sign-up form with its
  password, a payment form with the card number) are labelled by their keys like any other
  field. An organisation's HQ address, phone and role e-mail in a group call are green (a
  business's own).
- value_only is true when the key does not say what the value is (`value`, `q`, `input`,
  `note`, `recipient`, `subscriber`, `account_label`, `payload_preview`, `log_line`, `cwd`...).
  A value-only PII path holds that PII in every value; free text is labelled by what every one of
  its values carries (green when none does): the generators below are written so that a free-text
  field either always carries its PII or never does.
"""

import json
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

FIRST = [
    "Emily", "Tyler", "Ashley", "DeShawn", "Lucía", "Alejandro", "Lukas", "Anna", "Jonas", "Lena",
    "Camille", "Théo", "Manon", "Giulia", "Lorenzo", "Zofia", "Jakub", "Małgorzata", "Daan",
    "Sanne", "Freja", "Oskar", "Aarav", "Ananya", "Arjun", "Deepika", "Wei", "Jing", "Haruto",
    "Yui", "Ji-woo", "Min-jun", "Chinedu", "Ngozi", "Oluwaseun", "Youssef", "Layla", "Mohammed",
    "Emre", "Elif", "Minh", "Linh", "João", "Ana Clara", "Siobhán", "Ciarán", "Eleni", "Nikos",
    "Oleksandr", "Olena", "Mariana", "Kofi", "Ingrid", "Rafael",
]  # fmt: skip
LAST = [
    "Johnson", "Williams", "Hernández", "Schmidt", "Schneider", "Dupont", "Lefèvre", "Bianchi",
    "Nowak", "Wiśniewska", "de Vries", "Jansen", "Lindqvist", "Sharma", "Iyer", "Wang", "Li",
    "Takahashi", "Kim", "Park", "Adeyemi", "Okonkwo", "El-Amin", "Yılmaz", "Tran", "Oliveira",  # noqa: RUF001
    "Ó Briain", "Papadopoulos", "Shevchenko", "van den Berg", "García López", "Fischer",
    "Moreau", "Kowalczyk", "Novak", "Andersson", "Mensah", "Rahman", "Cohen", "Brown",
]  # fmt: skip
ASCII = str.maketrans(
    {
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ö": "o", "ä": "a", "ł": "l",
        "ś": "s", "ı": "i", "ã": "a", "ç": "c", "è": "e", "ñ": "n", "Ó": "o", " ": "", "'": "",  # noqa: RUF001
    }
)  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "outlook.com", "proton.me", "icloud.com", "web.de", "gmx.de", "orange.fr",
    "yahoo.com", "hotmail.co.uk", "wp.pl", "libero.it", "telefonica.net",
]  # fmt: skip
COMPANIES = [
    ("Globex", "globex.io"), ("Initech", "initech.com"), ("Northwind Labs", "northwindlabs.dev"),
    ("Kraftwerk Digital GmbH", "kraftwerk-digital.de"), ("Lumière SAS", "lumiere.fr"),
    ("Pixelhaven BV", "pixelhaven.nl"), ("Orbita Software SL", "orbita.es"),
    ("Tessera Fintech", "tessera.co"), ("Brightloop", "brightloop.app"), ("Nordlys AB", "nordlys.se"),
    ("Paczka.pl", "paczka.pl"), ("Hooli", "hooli.xyz"),
]  # fmt: skip
PERSONAL_CITIES = [
    "Portland", "Austin", "Brooklyn", "Denver", "Raleigh", "Munich", "Hamburg", "Lyon",
    "Toulouse", "Utrecht", "Eindhoven", "Valencia", "Sevilla", "Kraków", "Gdańsk", "Bologna",
    "Cork", "Göteborg", "Leeds", "Oakland",
]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
]
API_UAS = [
    "shipyard-node/4.2.1 node/20.12.2",
    "shipyard-python/3.8.0 CPython/3.12.3",
    "Go-http-client/2.0",
    "curl/8.4.0",
    "shipyard-cli/33.1.0 darwin arm64",
    "okhttp/4.12.0",
]
LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "nl-NL", "pl-PL", "it-IT", "sv-SE"]
TIMEZONES = [
    "America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/Berlin",
    "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Dublin",
]  # fmt: skip
COUNTRIES = ["US", "DE", "FR", "ES", "NL", "PL", "IT", "IE", "SE", "GB"]
REGIONS = ["iad1", "sfo1", "fra1", "cdg1", "arn1", "dub1"]
PROJECTS = [
    "globex-web", "checkout-api", "biscuit-bot", "luna-dashboard", "docs", "marketing-site",
    "payments-worker", "mochi-status", "edge-auth", "ingest-service",
]  # fmt: skip


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def login(f: Fake) -> str:
    """A GitHub-style handle built from the person's name."""
    a, b = first(f).translate(ASCII).lower(), last(f).translate(ASCII).lower()
    return f.pick([f"{a}{b}", f"{a}-{b}", f"{a[0]}{b}", f"{a}{f.r.randint(1, 99)}", f"{b}-{a}"])


def email(f: Fake, work: bool | None = None) -> str:
    a, b = first(f).translate(ASCII).lower(), last(f).translate(ASCII).lower()
    work = f.r.random() < 0.5 if work is None else work
    if work:
        domain = f.pick(COMPANIES)[1]
        return f.pick([f"{a}.{b}@{domain}", f"{a}@{domain}", f"{a[0]}{b}@{domain}"])
    return (
        f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a}_{b}", f"{b}.{a}"])
        + "@"
        + f.pick(MAIL_DOMAINS)
    )


def phone(f: Fake, country: str | None = None) -> str:
    d = f.digits
    country = country or f.pick(["US", "US", "DE", "FR", "GB", "NL", "ES", "IT", "PL", "IE", "SE"])
    if country == "US":
        area, ex, line = f.r.randint(201, 989), f.r.randint(201, 989), d(4)
        return f.pick(
            [f"+1{area}{ex}{line}", f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}"]
        )
    if country == "DE":
        return f.pick(
            [f"+49 15{f.r.randint(1, 9)} {d(8)}", f"0172 {d(7)}", f"+4917{f.r.randint(0, 9)}{d(7)}"]
        )
    if country == "FR":
        return f.pick(["+33 6 ", "06 ", "07 "]) + " ".join(f"{f.r.randint(10, 99)}" for _ in range(4))
    if country == "GB":
        return f.pick([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}"])
    if country == "NL":
        return f.pick([f"+31 6 {d(8)}", f"06-{d(8)}"])
    if country == "ES":
        return f"+34 6{f.r.randint(10, 99)} {f.r.randint(10, 99)} {f.r.randint(10, 99)} {f.r.randint(10, 99)}"
    if country == "IT":
        return f"+39 3{f.r.randint(20, 49)} {d(3)} {d(4)}"
    if country == "PL":
        return f"+48 {f.r.randint(500, 799)} {d(3)} {d(3)}"
    if country == "IE":
        return f"+353 8{f.r.randint(3, 9)} {d(3)} {d(4)}"
    return f"+46 7{f.r.randint(0, 9)} {d(3)} {d(2)} {d(2)}"


def street(f: Fake) -> str:
    n = f.r.randint(1, 240)
    return f.pick(
        [
            f"{f.r.randint(100, 9999)} {f.pick(['Oak Avenue', 'Maple St', 'Division St', 'Elm Court'])}",
            f"{f.pick(['Hauptstraße', 'Lindenallee', 'Schillerstr.', 'Bergmannstraße'])} {n}",
            f"{n} {f.pick(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire'])}",
            f"{f.pick(['Keizersgracht', 'Oudegracht', 'Stationsweg'])} {n}",
            f"Calle {f.pick(['Mayor', 'de Alcalá', 'Colón'])} {n}, {f.r.randint(1, 6)}º {f.pick('ABCD')}",
            f"Via {f.pick(['Roma', 'Garibaldi', 'dei Mille'])} {n}",
            f"ul. {f.pick(['Długa', 'Marszałkowska', 'Floriańska'])} {n}/{f.r.randint(1, 40)}",
        ]
    )


def postcode(f: Fake) -> str:
    u = string.ascii_uppercase
    return f.pick(
        [
            f"{f.r.randint(10000, 99999)}",
            f"{f.r.randint(10000, 99999)}-{f.r.randint(1000, 9999)}",
            f"{f.r.randint(1000, 9999)} {f.pick(u)}{f.pick(u)}",
            f"{f.r.randint(10, 99)}-{f.r.randint(100, 999)}",
            f"{f.pick(['D02', 'T12', 'H91'])} {f.pick(u)}{f.r.randint(100, 999)}",
            f"{f.pick(['LS1', 'M4', 'EH8'])} {f.r.randint(1, 9)}{f.pick(u)}{f.pick(u)}",
        ]
    )


def city(f: Fake) -> str:
    return f.pick(PERSONAL_CITIES)


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def b62(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def api_key(f: Fake) -> str:
    return f.pick(["sk_live_", "sk_test_", "shp_live_", "shp_test_"]) + b62(f, 32)


def iso(f: Fake) -> str:
    return f.iso()


def dob(f: Fake) -> str:
    return f.date(1958, 2004)


def steuer_id(f: Fake) -> str:
    """German tax id: 11 digits, ISO 7064 MOD 11,10 check digit."""
    digits = str(f.r.randint(1, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(9))
    product = 10
    for c in digits:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return digits + str(check)


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(f: Fake) -> str:
    while True:
        ds = [f.r.randint(0, 9) for _ in range(8)]
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=True))
        last_digit = s % 11
        if last_digit < 10 and ds[0] != 0:
            return "".join(map(str, ds)) + str(last_digit)


def pesel(f: Fake) -> str:
    y, m, d = f.r.randint(60, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    ds = f"{y:02d}{m:02d}{d:02d}{f.r.randint(0, 9999):04d}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(c) * k for c, k in zip(ds, w, strict=True)) % 10) % 10
    return ds + str(check)


def national_id(f: Fake) -> str:
    return f.pick([steuer_id, dni, bsn, pesel])(f)


def us_account(f: Fake) -> str:
    return f.digits(f.r.randint(9, 12))


def routing(f: Fake) -> str:
    """ABA routing number with a valid 3-7-1 checksum."""
    ds = [f.r.choice([0, 1, 2, 3])] + [f.r.randint(0, 9) for _ in range(7)]
    s = 3 * (ds[0] + ds[3] + ds[6]) + 7 * (ds[1] + ds[4] + ds[7]) + (ds[2] + ds[5])
    return "".join(map(str, ds)) + str((10 - s % 10) % 10)


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + b62(f, 60)


def fbclid(f: Fake) -> str:
    return "IwAR" + b62(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def sha(f: Fake) -> str:
    return f.hexid(40)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def money(lo=1, hi=500):
    return lambda f: f.money(lo, hi)


def pid(prefix, n=14):
    return lambda f: prefix + b62(f, n)


# -- free text -------------------------------------------------------------------------------------

COMMITS = [
    "fix: retry webhook delivery on 502",
    "feat(api): idempotency keys for POST /v1/messages",
    "chore: bump next from 14.1.4 to 14.2.3",
    "Merge pull request #{n} from globex/feat/usage-billing",
    "refactor: split checkout handler",
    "docs: update README with env setup",
    "fix(auth): handle expired refresh tokens",
    "perf: cache pricing table at the edge",
    "revert: 'feat: new onboarding flow'",
]
BUILD_ERRORS = [
    'Command "npm run build" exited with 1',
    "Module not found: Can't resolve '@/lib/db'",
    "Type error: Property 'id' does not exist on type '{}'",
    "Build exceeded maximum duration of 45 minutes",
    "Error: ENOSPC: no space left on device",
    "Serverless Function has exceeded the unzipped maximum size of 250 MB",
]
LOG_TEMPLATES = [
    "INFO  POST /api/checkout 200 {ms}ms user={email}",
    "WARN  payment retry scheduled for customer {email} (attempt {n})",
    "ERROR sendWelcomeEmail failed: mailbox unavailable <{email}>",
    "info: new signup email={email} plan=pro",
    "DEBUG session refreshed for {email}",
]
TICKET_BODIES = [
    "Webhooks to our endpoint stopped arriving since {date}. Please reply to {email}, I'm the on-call today.",
    "Our teammate {email} can't accept the invite, the link says expired.",
    "Please move the billing contact from me to {email}, thanks!",
    "Getting 401 on every request after rotating keys. Reach me at {email} if you need logs.",
    "We need the SOC 2 report under NDA, send it to {email}.",
    "Deployment stuck in 'Queued' for 2h. Contact: {email}",
]
REPLY_BODIES = [
    "Hi {first}, thanks for reaching out! I've re-sent the invite, it is valid for 7 days.",
    "Hello {first}, the incident is resolved; webhooks were replayed at 14:05 UTC.",
    "Hi {first}, I've escalated this to our payments team and will update you tomorrow.",
    "Thanks {first}, the report is attached to this ticket under NDA.",
    "Hey {first}, could you share a deployment id so we can look at the logs?",
]
CSAT_COMMENTS = [
    "Quick and helpful, thanks",
    "Took three days to get an answer",
    "Solved it",
    "The docs should mention this",
    "",
    "Great support as always",
]
OTP_SMS = [
    "Your {brand} verification code is {code}. Don't share it with anyone.",
    "{code} is your {brand} login code",
    "{brand}: use {code} to confirm your phone number. Expires in 10 minutes.",
    "Votre code {brand} est {code}",
    "Tu código de verificación de {brand} es {code}",
]
SUBJECTS = [
    "Webhook signature mismatch",
    "Can't log in after enabling SSO",
    "Invoice shows wrong VAT",
    "Rate limit increase request",
    "DNS verification stuck",
    "Question about data residency",
]
FEEDBACK = [
    "Love the new logs UI",
    "Dark mode please",
    "Push notifications arrive late on Android",
    "Would be great to ack incidents from the lock screen",
    "The app crashes when I open an old incident",
]
CREDIT_NOTES = [
    "Goodwill credit for the fra1 outage, confirmed with {email}",
    "Double-charged in March, refund agreed with {email}",
    "Migration credit, contact {email}",
    "SLA credit per ticket, requested by {email}",
]


def fill(f: Fake, templates: list[str]) -> str:
    return f.pick(templates).format(
        email=email(f),
        first=first(f),
        n=f.r.randint(2, 9000),
        ms=f.r.randint(3, 900),
        date=f.date(2024, 2024),
        brand=f.pick(["Globex", "Brightloop", "Tessera", "Paczka"]),
        code=f.digits(6),
    )


# -- contexts sent by the client libraries ---------------------------------------------------------

DASH_PAGES = [
    ("/dashboard", "Overview - Shipyard"),
    ("/globex/checkout-api/deployments", "Deployments - checkout-api - Shipyard"),
    ("/globex/settings/members", "Members - Globex - Shipyard"),
    ("/account/billing", "Billing - Shipyard"),
    ("/docs/webhooks/verify-signatures", "Verifying webhook signatures | Shipyard Docs"),
    ("/signup", "Sign up - Shipyard"),
]


def web_ctx(f: Fake) -> dict:
    path, title = f.pick(DASH_PAGES)
    ctx = {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick("npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1")),
        },
        "page": {
            "path": G(const(path)),
            "referrer": G(
                pick("", "https://github.com/", "https://www.google.com/", "https://shipyard.dev/pricing")
            ),
            "search": G(pick("", "?tab=logs", "?from=email", "?plan=pro")),
            "title": G(const(title)),
            "url": G(const("https://shipyard.dev" + path)),
        },
        "userAgent": G(pick(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(const(False)),
            "platform": G(pick("macOS", "Windows", "Linux")),
        },
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "ip": Y(ip, "ip"),
    }
    if f.r.random() < 0.3:
        ctx["campaign"] = {
            "name": G(pick("launch_week_6", "spring_credits", "devrel_newsletter", "ship24")),
            "source": G(pick("google", "newsletter", "twitter", "hackernews")),
            "medium": G(pick("cpc", "email", "social", "referral")),
            "term": G(pick("serverless hosting", "sms api", "edge functions", "webhooks")),
            "content": G(pick("hero_cta", "footer", "banner_b")),
        }
    return ctx


def swift_ctx(f: Fake) -> dict:
    tracking = f.r.random() < 0.4
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(const("Apple")),
        "model": G(pick("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,4")),
        "name": G(pick("iPhone", "iPad")),
        "type": G(const("ios")),
        "adTrackingEnabled": G(const(tracking)),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.6:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    return {
        "app": {
            "name": G(const("Shipyard")),
            "version": G(pick("4.12.0", "4.12.1", "4.13.0")),
            "build": G(pick("4120", "4121", "4130")),
            "namespace": G(const("dev.shipyard.console")),
        },
        "device": device,
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(pick(*LOCALES)),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932))},
        "timezone": G(pick(*TIMEZONES)),
    }


def kotlin_ctx(f: Fake) -> dict:
    tracking = f.r.random() < 0.5
    device = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(pick("Google", "samsung", "OnePlus", "Xiaomi")),
        "model": G(pick("Pixel 8 Pro", "SM-S921B", "CPH2581", "23049PCD8G")),
        "name": G(pick("husky", "e1s", "OP5929L1", "marble")),
        "type": G(const("android")),
        "adTrackingEnabled": G(const(tracking)),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return {
        "app": {
            "name": G(const("Shipyard")),
            "version": G(pick("4.12.0", "4.13.0", "4.13.2")),
            "build": G(pick("41200", "41300", "41302")),
            "namespace": G(const("dev.shipyard.console")),
        },
        "device": device,
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick(*LOCALES)),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(const(False)),
            "carrier": G(pick("Telekom.de", "Orange F", "Verizon", "T-Mobile", "Play", "vodafone NL")),
        },
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2400, 3120, 2340)),
        },
        "timezone": G(pick(*TIMEZONES)),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Pro Build/AP1A.240405.002)",
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-S921B Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 12; CPH2581 Build/SKQ1.211019.001)",
            )
        ),
    }


def rn_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(const("Shipyard Status")),
            "version": G(pick("2.3.0", "2.3.1", "2.4.0")),
            "build": G(pick("230", "231", "240")),
            "namespace": G(const("dev.shipyard.status")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "Google", "samsung")),
            "model": G(pick("iPhone13,2", "Pixel 7", "SM-A546B")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics-react-native")), "version": G(pick("2.19.2", "2.20.0"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(390, 412, 360)), "height": G(pick(844, 915, 780))},
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "plan": G(pick("hobby", "pro", "enterprise")),
        },
    }


def flutter_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(const("Shipyard Authenticator")),
            "version": G(pick("1.9.0", "1.9.2", "2.0.0")),
            "build": G(pick("190", "192", "200")),
            "namespace": G(const("dev.shipyard.authenticator")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "Google", "samsung", "motorola")),
            "model": G(pick("iPhone14,7", "Pixel 6a", "SM-G991B", "moto g84 5G")),
            "name": G(pick("iPhone", "bluejay", "o1s", "bangkk")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14", "13"))},
        "screen": {
            "width": G(pick(390, 412, 360)),
            "height": G(pick(844, 915, 800)),
            "density": G(pick(3.0, 2.625, 2.0)),
        },
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick(*LOCALES)),
        "timezone": G(pick(*TIMEZONES)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.0", "3.8.1"]),
}


def server_ctx(
    lib: str, forward: bool = False, traits: bool = False, group: bool = False, external: bool = False
):
    name, versions = SERVER_LIBS[lib]

    def make(f: Fake) -> dict:
        ctx: dict = {"library": {"name": G(const(name)), "version": G(pick(*versions))}}
        if forward:
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(pick(*UAS, *API_UAS))
        if traits:
            ctx["traits"] = {"email": Y(email, "email"), "plan": G(pick("hobby", "pro", "enterprise"))}
        if group:
            ctx["groupId"] = G(pid("org_", 12))
            ctx["active"] = G(const(False))
        if external:
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(const("email")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            )
        return ctx

    return make


CLIENTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
}


def ctx_for(client: str):
    if client in CLIENTS:
        return CLIENTS[client]
    lib, _, opts = client.partition(":")
    return server_ctx(
        lib,
        forward="ip" in opts,
        traits="traits" in opts,
        group="group" in opts,
        external="ext" in opts,
    )


# -- shared shapes ---------------------------------------------------------------------------------


def billing_address():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(
            pick("Apt 4B", "Suite 300", "3. OG links", "Bâtiment C, 2e étage", "Unit 12"), "address|street"
        ),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "state": G(pick("CA", "NY", "TX", "BY", "Île-de-France", "Noord-Holland")),
        "country": G(pick(*COUNTRIES)),
    }


def credit_product():
    return {
        "product_id": G(pid("prod_", 14)),
        "sku": G(
            pick("PLAN-PRO-M", "PLAN-PRO-Y", "CRED-SMS-10K", "CRED-BUILD-1000", "ADDON-SSO", "ADDON-LOGS-30D")
        ),
        "name": G(
            pick(
                "Pro plan (monthly)",
                "Pro plan (annual)",
                "SMS credits 10,000",
                "Build minutes 1,000",
                "SAML SSO add-on",
                "Log retention 30 days",
            )
        ),
        "category": G(pick("plan", "credits", "add-on")),
        "price": G(money(5, 2400)),
        "quantity": G(rint(1, 20)),
        "position": G(rint(1, 6)),
        "url": G(
            pick(
                "https://shipyard.dev/pricing",
                "https://shipyard.dev/pricing#credits",
                "https://shipyard.dev/pricing#add-ons",
            )
        ),
    }


# -- events ----------------------------------------------------------------------------------------

EVENTS = [
    # -- marketing pages and docs ------------------------------------------------------------------
    (
        "page",
        "Pricing",
        "web",
        {
            "path": G(pick("/pricing", "/pricing/", "/de/pricing")),
            "url": G(
                pick(
                    "https://shipyard.dev/pricing",
                    "https://shipyard.dev/de/pricing",
                    "https://shipyard.dev/pricing?ref=docs",
                )
            ),
            "title": G(pick("Pricing - Shipyard", "Preise - Shipyard")),
            "referrer": G(pick("", "https://www.google.com/", "https://news.ycombinator.com/")),
            "search": G(pick("", "?ref=docs", "?billing=annual")),
            "name": G(const("Pricing")),
            "category": G(const("Marketing")),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "_fbp": Y(fbp, "advertising id"),
            "experiment_variant": G(pick("control", "annual_toggle", "usage_calculator")),
        },
    ),
    (
        "page",
        "Docs",
        "web",
        {
            "path": G(pick("/docs/webhooks", "/docs/api/messages", "/docs/cli/deploy", "/docs/sdks/python")),
            "url": G(
                pick(
                    "https://shipyard.dev/docs/webhooks",
                    "https://shipyard.dev/docs/api/messages",
                    "https://shipyard.dev/docs/cli/deploy",
                )
            ),
            "title": G(
                pick(
                    "Webhooks | Shipyard Docs",
                    "Messages API | Shipyard Docs",
                    "shipyard deploy | Shipyard Docs",
                )
            ),
            "referrer": G(
                pick("", "https://github.com/shipyard/shipyard-node", "https://stackoverflow.com/")
            ),
            "search": G(pick("", "?lang=python", "?lang=go")),
            "name": G(const("Docs")),
            "category": G(const("Docs")),
        },
    ),
    (
        "track",
        "Docs Searched",
        "web",
        {
            "query": G(
                pick(
                    "verify webhook signature",
                    "rate limits",
                    "idempotency",
                    "eu data residency",
                    "sms opt out",
                    "rollback deployment",
                )
            ),
            "results_count": G(rint(0, 40)),
        },
    ),
    # -- sign-up and authentication ----------------------------------------------------------------
    (
        "track",
        "Sign Up Form Submitted",
        "web",
        {
            "form_id": G(pick("signup-main", "signup-pricing", "signup-invite")),
            "fields": {
                "full_name": Y(full, "name"),
                "email": Y(email, "email"),
                "password": RED(
                    pick(
                        "hunter2hunter2",
                        "Summer2024!",
                        "correct-horse-battery",
                        "Passw0rd#99",
                        "qwerty12345!",
                    ),
                    "password",
                ),
                "company": G(lambda f: f.pick(COMPANIES)[0]),
                "accept_terms": G(const("on")),
            },
            "validation_errors": Many(G(pick("password_too_short", "email_taken", "company_required")), 2),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "username": Y(login, "name"),
            "mobilePhone": Y(phone, "phone"),
            "avatar": Y(
                lambda f: f"https://avatars.githubusercontent.com/u/{f.r.randint(10**5, 10**8)}?v=4", "photo"
            ),
            "githubId": G(lambda f: f.r.randint(10**5, 10**8)),
            "signupMethod": G(pick("github", "google", "email", "gitlab")),
            "emailVerified": G(pick(True, False)),
            "createdAt": G(iso),
            "plan": G(pick("hobby", "pro", "enterprise")),
            "title": G(pick("Staff Engineer", "CTO", "Frontend Developer", "Head of Platform", "Student")),
            "company": G(lambda f: f.pick(COMPANIES)[0]),
            "role": G(pick("owner", "admin", "developer", "billing")),
            "timezone": G(pick(*TIMEZONES)),
            "marketingOptIn": G(pick(True, False)),
            "accessibility": {
                "screenReader": RED(pick(True, False), "disability"),
                "reducedMotion": G(pick(True, False)),
                "theme": G(pick("dark", "light", "system")),
            },
            "phoneVerified": G(pick(True, False)),
        },
    ),
    (
        "alias",
        None,
        "web",
        {},
    ),
    (
        "track",
        "Signed Up",
        "node:ip",
        {
            "method": G(pick("github", "google", "email", "gitlab")),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "github_login": Y(login, "name"),
            "phone": Y(phone, "phone"),
            "company_name": G(lambda f: f.pick(COMPANIES)[0]),
            "company_size": G(pick("1", "2-10", "11-50", "51-200", "201-1000", "1000+")),
            "how_did_you_hear": G(
                pick("Twitter", "a friend", "Hacker News", "YouTube", "Google", "conference talk")
            ),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "country": G(pick(*COUNTRIES)),
        },
    ),
    (
        "track",
        "Signed In",
        "python",
        {
            "method": G(pick("github", "google", "password", "saml", "passkey")),
            "mfa_method": G(pick("totp", "sms", "webauthn", "push", "none")),
            "sso_provider": G(pick("okta", "azure_ad", "google_workspace", "onelogin")),
            "ip_address": Y(ip, "ip"),
            "user_agent": G(pick(*UAS)),
            "geo": {
                "city": Y(city, "city"),
                "region": G(pick("CA", "Bavaria", "Auvergne-Rhône-Alpes", "Utrecht", "Andalusia")),
                "country": G(pick(*COUNTRIES)),
            },
            "new_device": G(pick(True, False)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "python",
        {
            "login_input": Y(email, "email", True),
            "reason": G(
                pick("bad_password", "unknown_user", "mfa_timeout", "account_locked", "sso_required")
            ),
            "attempt_count": G(rint(1, 8)),
            "ip_address": Y(ip, "ip"),
            "user_agent": G(pick(*UAS)),
        },
    ),
    (
        "track",
        "MFA Code Sent",
        "go",
        {
            "channel": G(pick("sms", "voice", "email", "whatsapp")),
            "phone_number": Y(phone, "phone"),
            "phone_country_code": G(pick("+1", "+49", "+33", "+31", "+34", "+48")),
            "verification_code": RED(lambda f: f.digits(6), "token|secret"),
            "provider": G(pick("shipyard-verify", "twilio", "messagebird")),
            "attempt": G(rint(1, 3)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "email": Y(email, "email"),
            "reset_link": RED(
                lambda f: "https://shipyard.dev/reset-password?token=" + b62(f, 40), "token|secret"
            ),
            "requested_at": G(iso),
            "requested_from_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "OAuth App Connected",
        "node",
        {
            "provider": G(pick("github", "gitlab", "bitbucket")),
            "github_login": Y(login, "name"),
            "github_user_id": G(lambda f: f.r.randint(10**5, 10**8)),
            "scopes": Many(G(pick("repo", "read:org", "user:email", "workflow")), 4),
        },
    ),
    # -- organisations and teams -------------------------------------------------------------------
    (
        "group",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(COMPANIES)[0]),
            "plan": G(pick("hobby", "pro", "enterprise")),
            "employees": G(rint(1, 5000)),
            "website": G(lambda f: "https://" + f.pick(COMPANIES)[1]),
            "createdAt": G(iso),
            "phone": G(pick("+1 415 555 0190", "+49 30 2084 7700", "+33 1 84 88 12 00", "+31 20 794 0300")),
            "address": {
                "street": G(
                    pick("548 Market St", "Friedrichstraße 68", "12 rue du Sentier", "Herengracht 420")
                ),
                "city": G(pick("San Francisco", "Berlin", "Paris", "Amsterdam")),
                "postalCode": G(pick("94104", "10117", "75002", "1017 BZ")),
                "country": G(pick("US", "DE", "FR", "NL")),
            },
            "vatId": G(pick("DE298765432", "FR40123456824", "NL859123456B01", "ESB12345674")),
            "seats": G(rint(1, 400)),
        },
    ),
    (
        "track",
        "Organization Created",
        "go:traits",
        {
            "org_id": G(pid("org_", 12)),
            "org_name": G(lambda f: f.pick(COMPANIES)[0]),
            "owner_user_id": G(pid("user_", 16)),
            "owner_email": Y(email, "email"),
            "region": G(pick("us-east-1", "eu-central-1", "eu-west-1")),
            "plan": G(pick("hobby", "pro", "enterprise")),
        },
    ),
    (
        "track",
        "Team Member Invited",
        "node:group",
        {
            "invite_id": G(pid("inv_", 16)),
            "invitee_email": Y(email, "email"),
            "invitee_name": Y(full, "name"),
            "inviter_user_id": G(pid("user_", 16)),
            "inviter_name": Y(full, "name"),
            "role": G(pick("owner", "admin", "developer", "viewer", "billing")),
            "team_name": G(pick("Platform", "Payments", "Growth", "Mobile", "SRE")),
            "invite_url": RED(lambda f: "https://shipyard.dev/invite/" + b62(f, 32), "token|secret"),
            "expires_at": G(iso),
        },
    ),
    (
        "track",
        "Invite Accepted",
        "web",
        {
            "invite_id": G(pid("inv_", 16)),
            "accepted_via": G(pick("github", "google", "email")),
            "inviter_email": Y(email, "email"),
            "team_name": G(pick("Platform", "Payments", "Growth", "Mobile", "SRE")),
        },
    ),
    (
        "track",
        "Org Setting Changed",
        "node:group",
        {
            "setting": G(pick("billing_email", "security_contact", "invoice_cc", "incident_contact")),
            "old_value": Y(lambda f: email(f, True), "email", True),
            "new_value": Y(lambda f: email(f, True), "email", True),
            "changed_by": G(pid("user_", 16)),
        },
    ),
    (
        "track",
        "Teammate Searched",
        "web",
        {
            "input": Y(lambda f: f.pick([first(f), full(f), last(f)]), "name", True),
            "results": G(rint(0, 12)),
            "scope": G(pick("org", "team", "project")),
        },
    ),
    # -- API keys and secrets ----------------------------------------------------------------------
    (
        "track",
        "API Key Created",
        "python:ip",
        {
            "key_id": G(pid("key_", 16)),
            "key_prefix": G(lambda f: f.pick(["sk_live_", "sk_test_"]) + b62(f, 4)),
            "key_name": G(pick("ci-deploy", "prod backend", "staging", "zapier", "local dev", "terraform")),
            "environment": G(pick("live", "test")),
            "scopes": Many(
                G(pick("messages:write", "deployments:read", "billing:read", "webhooks:write")), 3
            ),
            "created_by_email": Y(email, "email"),
            "allowed_cidrs": Many(Y(lambda f: f.ipv4().rsplit(".", 1)[0] + ".0/24", "ip"), 3),
            "expires_at": G(iso),
        },
    ),
    (
        "track",
        "API Key Rotated",
        "java",
        {
            "oldKeyId": G(pid("key_", 16)),
            "newKeyId": G(pid("key_", 16)),
            "reason": G(pick("scheduled", "leaked", "employee_offboarded", "manual")),
            "rotatedByEmail": Y(email, "email"),
        },
    ),
    (
        "track",
        "Secret Scanning Alert Received",
        "go",
        {
            "token": RED(api_key, "secret|token"),
            "type": G(pick("shipyard_live_secret_key", "shipyard_test_secret_key")),
            "url": G(
                lambda f: (
                    f"https://github.com/{f.pick(['octo-org', 'globex', 'northwind'])}/{f.pick(PROJECTS)}"
                    f"/blob/{f.hexid(40)}/.env"
                )
            ),
            "source": G(pick("content", "commit", "gist", "issue_comment")),
            "key_revoked": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Environment Variable Added",
        "node",
        {
            "project_id": G(pid("prj_", 20)),
            "key_name": G(
                pick("DATABASE_URL", "STRIPE_SECRET_KEY", "NEXT_PUBLIC_API_URL", "SENTRY_DSN", "REDIS_URL")
            ),
            "targets": Many(G(pick("production", "preview", "development")), 3),
            "type": G(pick("encrypted", "plain", "sensitive")),
            "value_length": G(rint(8, 240)),
            "created_by": Y(email, "email", True),
        },
    ),
    # -- webhooks ---------------------------------------------------------------------------------
    (
        "track",
        "Webhook Endpoint Created",
        "ruby",
        {
            "endpoint_id": G(pid("we_", 20)),
            "url": G(
                lambda f: f"https://api.{f.pick(COMPANIES)[1]}/hooks/{f.pick(['shipyard', 'billing', 'sms'])}"
            ),
            "enabled_events": Many(
                G(pick("invoice.paid", "message.delivered", "deployment.succeeded", "deployment.error")), 4
            ),
            "description": G(pick("Prod order sync", "SMS status to CRM", "", "Slack bridge")),
            "signing_secret_last4": G(lambda f: b62(f, 4)),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        "go",
        {
            "endpoint_id": G(pid("we_", 20)),
            "event_type": G(
                pick("invoice.paid", "message.delivered", "customer.updated", "deployment.error")
            ),
            "attempt": G(rint(1, 8)),
            "http_status": G(pick(500, 502, 503, 504, 410, 0)),
            "response_time_ms": G(rint(30, 30000)),
            "response_body_snippet": G(
                pick(
                    "<html><body>502 Bad Gateway</body></html>",
                    "",
                    "upstream connect error",
                    '{"error":"unauthorized"}',
                )
            ),
            "payload_preview": Y(
                lambda f: f.pick(
                    [
                        json.dumps({"type": "customer.updated", "data": {"email": email(f)}}),
                        json.dumps({"type": "message.delivered", "to": email(f)}),
                        json.dumps(
                            {
                                "object": "invoice",
                                "customer_email": email(f),
                                "amount_due": f.r.randint(100, 90000),
                            }
                        ),
                    ]
                ),
                "email",
                True,
            ),
            "request_id": G(pid("req_", 14)),
        },
    ),
    (
        "track",
        "Webhook Request Logged",
        "node",
        {
            "endpoint_id": G(pid("we_", 20)),
            "method": G(pick("POST", "PUT")),
            "status": G(pick(200, 204, 400, 401)),
            "headers": {
                "content-type": G(pick("application/json", "application/json; charset=utf-8")),
                "user-agent": G(pick(*API_UAS)),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: ", ".join(f.ipv4() for _ in range(f.r.randint(1, 2))), "ip"),
                "cf-connecting-ip": Y(ip, "ip"),
                "x-real-ip": Y(ip, "ip"),
                "cf-ipcountry": G(pick(*COUNTRIES)),
                "x-shipyard-signature": G(lambda f: f"t={f.epoch_ms() // 1000},v1={f.hexid(64)}"),
                "authorization": RED(lambda f: "Bearer " + f.pick([f.jwt(), api_key(f)]), "token"),
            },
            "duration_ms": G(rint(1, 3000)),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "php",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone"),
            "To": G(pick("+14155550123", "+4915735982211", "+33644630012", "+3197010254321")),
            "Body": G(pick("STOP", "Yes", "Confirmed, thanks", "HELP", "Where is my order?", "ok")),
            "MessageStatus": G(pick("received", "delivered", "undelivered", "failed")),
            "NumSegments": G(pick("1", "2")),
            "FromCountry": G(pick(*COUNTRIES)),
            "FromState": G(pick("CA", "NY", "", "Berlin")),
            "FromCity": Y(city, "city"),
            "FromZip": Y(lambda f: str(f.r.randint(10000, 99999)), "zipcode"),
            "ApiVersion": G(const("2010-04-01")),
            "ErrorCode": G(pick("", "30003", "30005", "30007")),
        },
    ),
    # -- deployments and logs ----------------------------------------------------------------------
    (
        "track",
        "Deployment Created",
        "node:group",
        {
            "deployment_id": G(pid("dpl_", 24)),
            "project_id": G(pid("prj_", 20)),
            "project_name": G(pick(*PROJECTS)),
            "framework": G(pick("nextjs", "remix", "astro", "sveltekit", "fastapi", "rails")),
            "target": G(pick("production", "preview")),
            "region": G(pick(*REGIONS)),
            "source": G(pick("git", "cli", "api", "redeploy")),
            "git": {
                "commit_sha": G(sha),
                "branch": G(
                    pick(
                        "main",
                        "feat/usage-billing",
                        "fix/webhook-retry",
                        "dependabot/npm_and_yarn/next-14.2.3",
                    )
                ),
                "repo": G(lambda f: f"{f.pick(['globex', 'initech', 'northwind-labs'])}/{f.pick(PROJECTS)}"),
                "commit_message": G(lambda f: fill(f, COMMITS)),
                "commit_author_name": Y(full, "name"),
                "commit_author_email": Y(email, "email"),
                "commit_author_login": Y(login, "name"),
            },
            "build_duration_ms": G(rint(4000, 900000)),
        },
    ),
    (
        "track",
        "Deployment Failed",
        "node:group",
        {
            "deployment_id": G(pid("dpl_", 24)),
            "project_name": G(pick(*PROJECTS)),
            "error_code": G(pick("BUILD_FAILED", "FUNCTION_TOO_LARGE", "TIMEOUT", "OUT_OF_DISK")),
            "error_message": G(pick(*BUILD_ERRORS)),
            "exit_code": G(pick(1, 2, 137)),
        },
    ),
    (
        "track",
        "Runtime Log Alert Fired",
        "go",
        {
            "alert_id": G(pid("la_", 12)),
            "project_id": G(pid("prj_", 20)),
            "level": G(pick("error", "warn", "info", "debug")),
            "log_line": Y(lambda f: fill(f, LOG_TEMPLATES), "email", True),
            "matched_rule": G(pick("level>=error", "contains:payment", "5xx_rate>1%")),
            "function_path": G(
                pick("/api/checkout", "/api/webhooks/stripe", "/api/auth/callback", "/api/cron/digest")
            ),
        },
    ),
    (
        "track",
        "Edge Request Logged",
        "go",
        {
            "request_id": G(lambda f: f"{f.pick(REGIONS)}::{b62(f, 5).lower()}-{f.epoch_ms()}-{f.hexid(12)}"),
            "method": G(pick("GET", "POST", "HEAD", "OPTIONS")),
            "host": G(lambda f: f.pick(["www.", "app.", "api."]) + f.pick(COMPANIES)[1]),
            "path": G(pick("/", "/api/checkout", "/login", "/_next/static/chunks/main.js", "/products/42")),
            "status": G(pick(200, 301, 304, 404, 500)),
            "duration_ms": G(rint(1, 2500)),
            "cache": G(pick("HIT", "MISS", "STALE", "BYPASS")),
            "client_ip": Y(ip, "ip"),
            "query_string": Y(
                lambda f: f.pick(["?email=", "?utm_source=mail&email=", "?invite=1&login_hint="]) + email(f),
                "email",
                True,
            ),
            "user_agent": G(pick(*UAS)),
            "referer": G(pick("", "https://www.google.com/", "https://t.co/")),
            "geo": {
                "city": Y(city, "city"),
                "country": G(pick(*COUNTRIES)),
                "region": G(pick("CA", "BY", "IDF", "NH", "MD")),
                "latitude": Y(lambda f: str(round(f.lat(), 4)), "geolocation"),
                "longitude": Y(lambda f: str(round(f.lon(), 4)), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Logs Searched",
        "web",
        {
            "q": Y(email, "email", True),
            "project_id": G(pid("prj_", 20)),
            "time_range": G(pick("1h", "24h", "7d", "30d")),
            "results_count": G(rint(0, 1000)),
        },
    ),
    (
        "track",
        "Domain Added",
        "node",
        {
            "domain": G(lambda f: f.pick(["", "app.", "www.", "status."]) + f.pick(COMPANIES)[1]),
            "project_id": G(pid("prj_", 20)),
            "apex": G(pick(True, False)),
            "verification_method": G(pick("TXT", "CNAME", "A")),
        },
    ),
    (
        "track",
        "Project Created",
        "web",
        {
            "project_id": G(pid("prj_", 20)),
            "project_name": G(pick(*PROJECTS)),
            "template": G(pick("nextjs-starter", "blank", "sms-otp-demo", "stripe-subscriptions")),
            "import_source": G(pick("github", "gitlab", "template", "cli")),
        },
    ),
    # -- CLI and SDK telemetry from customers' machines and servers --------------------------------
    (
        "track",
        "CLI Command Run",
        "python",
        {
            "command": G(pick("deploy", "env pull", "logs", "link", "dev", "domains add")),
            "flags": Many(G(pick("--prod", "--yes", "--debug", "--force", "--prebuilt")), 3),
            "cli_version": G(pick("33.1.0", "33.2.1", "34.0.0")),
            "os": G(pick("darwin", "linux", "win32")),
            "arch": G(pick("arm64", "x64")),
            "duration_ms": G(rint(100, 600000)),
            "exit_code": G(pick(0, 0, 1, 130)),
            "ci": G(pick(True, False)),
            "cwd": Y(
                lambda f: f.pick(
                    [
                        f"/Users/{first(f).translate(ASCII).lower()}/code/{f.pick(PROJECTS)}",
                        f"/home/{first(f).translate(ASCII).lower()}/src/{f.pick(PROJECTS)}",
                        f"C:\\Users\\{first(f).translate(ASCII)}\\projects\\{f.pick(PROJECTS)}",
                    ]
                ),
                "name",
                True,
            ),
            "git_user_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "SDK Initialized",
        "java",
        {
            "sdkName": G(
                pick("shipyard-java", "shipyard-node", "shipyard-python", "shipyard-go", "shipyard-php")
            ),
            "sdkVersion": G(pick("4.2.1", "3.8.0", "1.19.4", "7.0.0-beta.2")),
            "runtime": G(pick("java", "node", "python", "go", "php")),
            "runtimeVersion": G(pick("21.0.3", "20.12.2", "3.12.3", "1.22.2", "8.3.6")),
            "os": G(pick("Linux", "Windows", "Darwin")),
            "arch": G(pick("amd64", "arm64")),
            "hostname": G(
                lambda f: f.pick(
                    [
                        f"ip-10-0-{f.r.randint(0, 9)}-{f.r.randint(1, 250)}.ec2.internal",
                        f"web-{f.hexid(5)}",
                        f"worker-{f.r.randint(1, 40)}",
                    ]
                )
            ),
            "config": {
                "apiKey": RED(api_key, "secret"),
                "baseUrl": G(pick("https://api.shipyard.dev", "https://eu.api.shipyard.dev")),
                "timeoutMs": G(pick(10000, 30000, 60000)),
                "maxRetries": G(pick(0, 2, 3, 5)),
            },
        },
    ),
    (
        "track",
        "API Request Completed",
        "go",
        {
            "method": G(pick("POST", "GET")),
            "endpoint": G(pick("/v1/messages", "/v1/verify/checks", "/v1/deployments", "/v1/invoices")),
            "status": G(pick(200, 201, 400, 429, 500)),
            "latency_ms": G(rint(20, 4000)),
            "retries": G(rint(0, 3)),
            "request_id": G(pid("req_", 14)),
            "idempotency_key": G(lambda f: f.uuid()),
            "params": {
                "to": Y(phone, "phone"),
                "from": G(pick("+14155550123", "Globex", "+447700900123", "+4915735982211")),
                "body": RED(lambda f: fill(f, OTP_SMS), "token|secret", True),
                "channel": G(pick("sms", "whatsapp")),
            },
            "response-headers": {
                "x-ratelimit-remaining": G(lambda f: str(f.r.randint(0, 999))),
                "retry-after": G(pick("", "1", "30")),
                "shipyard-version": G(pick("2024-04-10", "2023-10-16")),
            },
        },
    ),
    # -- usage-based billing and checkout ----------------------------------------------------------
    (
        "track",
        "Usage Reported",
        "go:group",
        {
            "subscription_item": G(pid("si_", 14)),
            "metric": G(
                pick("api_requests", "build_minutes", "sms_segments", "bandwidth_gb", "function_gb_hours")
            ),
            "quantity": G(rint(1, 5_000_000)),
            "unit_price": G(lambda f: round(f.r.uniform(0.00001, 0.08), 6)),
            "period_start": G(iso),
            "period_end": G(iso),
            "idempotency_key": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Spend Alert Triggered",
        "python:group",
        {
            "threshold_usd": G(pick(50, 100, 500, 1000, 5000)),
            "current_spend_usd": G(money(10, 9000)),
            "notify_emails": Many(Y(lambda f: email(f, True), "email"), 3),
            "pause_projects": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "checkout_id": G(pid("cs_live_", 24)),
            "order_id": G(pid("ord_", 14)),
            "revenue": G(money(5, 9000)),
            "tax": G(money(0, 900)),
            "discount": G(money(0, 200)),
            "coupon": G(pick("", "LAUNCHWEEK", "STARTUP50", "EDU100")),
            "currency": G(pick("USD", "EUR", "GBP", "PLN")),
            "products": Many(credit_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(pid("cs_live_", 24)),
            "step": G(pick(2, 3)),
            "payment_method": G(pick("card", "sepa_debit", "paypal", "apple_pay")),
            "card_brand": G(pick("visa", "mastercard", "amex", "cartes_bancaires")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(rint(1, 12)),
            "card_exp_year": G(rint(2025, 2032)),
            "card_bin": G(pick("424242", "555555", "378282", "401288")),
            "card_token": RED(lambda f: "tok_1" + b62(f, 23), "token"),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": billing_address(),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(pid("ord_", 14)),
            "checkout_id": G(pid("cs_live_", 24)),
            "invoice_number": G(lambda f: f"SHP-{f.r.randint(2023, 2024)}-{f.r.randint(1, 99999):05d}"),
            "total": G(money(5, 9000)),
            "tax": G(money(0, 900)),
            "currency": G(pick("USD", "EUR", "GBP", "PLN")),
            "coupon": G(pick("", "LAUNCHWEEK", "STARTUP50", "EDU100")),
            "products": Many(credit_product(), 3),
            "receipt_email": Y(email, "email"),
            "customer_id": G(pid("cus_", 14)),
        },
    ),
    (
        "track",
        "Payment Form Error",
        "web",
        {
            "error_code": G(pick("card_declined", "processing_error", "incorrect_zip", "rate_limited")),
            "error_message": G(
                pick(
                    "Your card was declined.",
                    "An error occurred while processing your card.",
                    "Your postal code is incorrect.",
                )
            ),
            "form_state": {
                "cardNumber": RED(lambda f: f.card(), "credit card"),
                "cardholderName": Y(full, "name"),
                "email": Y(email, "email"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d} / {f.r.randint(25, 32)}"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(pick(*COUNTRIES)),
                "saveCard": G(pick(True, False)),
            },
            "attempt": G(rint(1, 4)),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        "python",
        {
            "mandate_id": G(pid("mandate_", 16)),
            "mandate_reference": G(lambda f: "SHPY" + f.digits(10)),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "NL", "ES", "GB"])), "bank account"),
            "bic": G(pick("DEUTDEFFXXX", "BNPAFRPP", "INGBNL2A", "CAIXESBBXXX", "COBADEFFXXX")),
            "bank_name": G(pick("Deutsche Bank", "BNP Paribas", "ING", "CaixaBank", "Commerzbank")),
            "account_holder_name": Y(full, "name"),
            "country": G(pick("DE", "FR", "NL", "ES")),
            "accepted_ip": Y(ip, "ip"),
            "accepted_user_agent": G(pick(*UAS)),
            "accepted_at": G(iso),
        },
    ),
    (
        "track",
        "InvoicePaid",
        "dotnet",
        {
            "InvoiceId": G(pid("in_", 24)),
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.r.randint(1, 99999):05d}"),
            "AmountDue": G(rint(0, 900000)),
            "AmountPaid": G(rint(0, 900000)),
            "Currency": G(pick("USD", "EUR", "GBP")),
            "CustomerId": G(pid("cus_", 14)),
            "CustomerEmail": Y(email, "email"),
            "CustomerName": Y(full, "name"),
            "BillingAddress": {
                "Line1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "PostalCode": Y(postcode, "zipcode"),
                "Country": G(pick(*COUNTRIES)),
            },
            "TaxId": G(pick("DE298765432", "FR40123456824", "IE6388047V", "")),
            "PeriodStart": G(iso),
            "PeriodEnd": G(iso),
            "HostedInvoiceUrl": G(lambda f: "https://pay.shipyard.dev/i/" + b62(f, 20)),
        },
    ),
    (
        "track",
        "Payment Failed",
        "php:ext",
        {
            "invoice_id": G(pid("in_", 24)),
            "failure_code": G(
                pick("card_declined", "insufficient_funds", "expired_card", "authentication_required")
            ),
            "decline_code": G(pick("generic_decline", "do_not_honor", "lost_card", "")),
            "card_brand": G(pick("visa", "mastercard", "amex", "cartes_bancaires")),
            "card_last4": G(lambda f: f.digits(4)),
            "amount": G(rint(500, 900000)),
            "currency": G(pick("usd", "eur", "gbp")),
            "next_payment_attempt": G(iso),
            "customer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Credit Granted",
        "ruby",
        {
            "credit_id": G(pid("cred_", 12)),
            "amount_usd": G(money(10, 2000)),
            "granted_by": G(pid("staff_", 8)),
            "note": Y(lambda f: fill(f, CREDIT_NOTES), "email", True),
            "expires_at": G(iso),
        },
    ),
    # -- marketplace payouts (Stripe Connect-shaped) -----------------------------------------------
    (
        "track",
        "Payout Account Updated",
        "ruby",
        {
            "account_id": G(pid("acct_", 16)),
            "business_type": G(const("individual")),
            "country": G(pick("US", "DE", "FR", "NL", "ES")),
            "default_currency": G(pick("usd", "eur")),
            "payouts_enabled": G(pick(True, False)),
            "individual": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "dob": {
                    "day": Y(rint(1, 28), "birthdate"),
                    "month": Y(rint(1, 12), "birthdate"),
                    "year": Y(rint(1958, 2004), "birthdate"),
                },
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "state": G(pick("CA", "NY", "WA", "")),
                    "country": G(pick("US", "DE", "FR", "NL", "ES")),
                },
                "ssn_last_4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "id_number_provided": G(pick(True, False)),
                "verification": {"status": G(pick("verified", "pending", "unverified"))},
            },
            "external_account": {
                "account_holder_name": Y(full, "name"),
                "bank_name": G(pick("CHASE", "WELLS FARGO", "Deutsche Bank", "ING", "BBVA")),
                "routing_number": G(routing),
                "last4": G(lambda f: f.digits(4)),
                "account_number": RED(
                    lambda f: f.pick([us_account, lambda g: g.iban(g.pick(["DE", "NL", "ES", "FR"]))])(f),
                    "bank account",
                ),
            },
            "requirements": {
                "currently_due": Many(
                    G(
                        pick(
                            "individual.id_number",
                            "individual.verification.document",
                            "external_account",
                            "tos_acceptance.date",
                        )
                    ),
                    3,
                ),
            },
        },
    ),
    (
        "track",
        "Tax Form Submitted",
        "python",
        lambda f: {
            **(
                {"form_type": G(const("W-9")), "ssn": RED(lambda f: f.ssn(), "social security number")}
                if f.r.random() < 0.5
                else {
                    "form_type": G(const("W-8BEN")),
                    "foreign_tax_id": RED(national_id, "national id"),
                    "country_of_citizenship": Y(
                        pick("Germany", "Spain", "Netherlands", "Poland", "India", "Nigeria"), "citizenship"
                    ),
                    "treaty_country": G(pick("DE", "ES", "NL", "PL")),
                }
            ),
            "legal_name": Y(full, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "tax_classification": G(pick("individual", "sole_proprietor", "single_member_llc")),
            "signed_at": G(iso),
            "signature_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Expert Profile Updated",
        "web",
        {
            "expert_id": G(pid("exp_", 10)),
            "display_name": Y(full, "name"),
            "agency_name": G(pick("Pixel & Pine", "Byte Foundry", "Nordlicht Studio", "Agencia Faro", "")),
            "hourly_rate": Y(pick(85, 120, 150, 175, 220), "salary"),
            "rate_currency": G(pick("USD", "EUR")),
            "city": Y(city, "city"),
            "country": G(pick(*COUNTRIES)),
            "skills": Many(G(pick("nextjs", "edge functions", "sms", "stripe", "migrations")), 4),
            "years_experience": G(rint(1, 25)),
        },
    ),
    # -- support -----------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "web",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(pick(*SUBJECTS)),
            "body": Y(lambda f: fill(f, TICKET_BODIES), "email", True),
            "category": G(pick("billing", "webhooks", "deployments", "security", "account")),
            "priority": G(pick("low", "normal", "high", "urgent")),
            "severity": G(pick("sev1", "sev2", "sev3")),
            "cc": Many(Y(lambda f: email(f, True), "email", True), 2),
            "attachments_count": G(rint(0, 5)),
            "callback_number": Y(phone, "phone"),
            "plan": G(pick("hobby", "pro", "enterprise")),
        },
    ),
    (
        "track",
        "Ticket Reply Sent",
        "ruby:group",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "status": G(pick("open", "pending", "solved")),
                "tags": Many(G(pick("webhooks", "billing", "vip", "eu", "sso")), 3),
                "via": {"channel": G(pick("email", "web", "api", "chat"))},
                "requester": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee": {"name": Y(full, "name"), "group": G(pick("Tier 1", "Tier 2", "Billing"))},
            },
            "comment": {
                "body": Y(lambda f: fill(f, REPLY_BODIES), "name", True),
                "public": G(pick(True, False)),
            },
            "first_reply_minutes": G(rint(1, 2880)),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        "web",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "score": G(rint(1, 5)),
            "comment": G(pick(*CSAT_COMMENTS)),
            "agent_name": Y(full, "name"),
        },
    ),
    # -- audit logs --------------------------------------------------------------------------------
    (
        "track",
        "Audit Log Event",
        "java:group",
        {
            "id": G(pid("audit_", 16)),
            "action": G(
                pick(
                    "member.invited",
                    "api_key.created",
                    "project.deleted",
                    "sso.enabled",
                    "member.role_changed",
                )
            ),
            "actor": {
                "id": G(pid("user_", 16)),
                "type": G(pick("user", "api_key", "system")),
                "email": Y(email, "email"),
                "ip": Y(ip, "ip"),
                "name": Y(full, "name"),
                "userAgent": G(pick(*UAS, *API_UAS)),
            },
            "target": {
                "type": G(pick("project", "api_key", "team", "domain")),
                "id": G(pid("obj_", 12)),
                "name": G(pick(*PROJECTS, "ci-deploy", "Platform")),
            },
            "location": {"city": Y(city, "city"), "country": G(pick(*COUNTRIES))},
            "occurredAt": G(iso),
        },
    ),
    (
        "track",
        "AuditEntryRecorded",
        "dotnet:ip",
        {
            "EntryId": G(lambda f: f.uuid()),
            "Action": G(pick("Member.Removed", "Billing.PlanChanged", "ApiKey.Revoked", "Sso.Configured")),
            "ActorEmail": Y(email, "email"),
            "ActorIpAddress": Y(ip, "ip"),
            "ActorDisplayName": Y(full, "name"),
            "SessionId": G(lambda f: f.uuid()),
            "Outcome": G(pick("Success", "Denied", "Failed")),
            "TargetMemberEmail": Y(email, "email"),
            "OccurredUtc": G(iso),
            "Reason": G(pick("offboarding", "", "downgrade", "security review")),
        },
    ),
    (
        "track",
        "Member Role Changed",
        "dotnet",
        {
            "MemberId": G(pid("user_", 16)),
            "OldRole": G(pick("viewer", "developer", "admin")),
            "NewRole": G(pick("developer", "admin", "owner", "billing")),
            "ChangedByEmail": Y(email, "email"),
            "TeamName": G(pick("Platform", "Payments", "Growth", "Mobile", "SRE")),
        },
    ),
    # -- warehouse reverse-ETL ---------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "USER_ID": G(pid("user_", 16)),
            "EMAIL": Y(email, "email"),
            "FULL_NAME": Y(full, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "COMPANY_NAME": G(lambda f: f.pick(COMPANIES)[0]),
            "SIGNUP_DATE": G(lambda f: f.date(2019, 2024)),
            "LIFETIME_SPEND_USD": G(money(0, 250000)),
            "LAST_LOGIN_IP": Y(ip, "ip"),
            "IS_ENTERPRISE": G(pick(True, False)),
            "ACCOUNT_OWNER": Y(full, "name"),
            "PLAN_TIER": G(pick("HOBBY", "PRO", "ENTERPRISE")),
            "HQ_COUNTRY": G(pick(*COUNTRIES)),
            "SEATS_USED": G(rint(1, 400)),
            "AGE_BAND": G(pick("18-24", "25-34", "35-44", "45-54", "55+")),
        },
    ),
    # -- incidents and status ----------------------------------------------------------------------
    (
        "track",
        "Status Page Subscribed",
        "web",
        lambda f: {
            "subscription_id": G(pid("sub_", 12)),
            **(
                {"channel": G(const("email")), "subscriber": Y(email, "email|phone", True)}
                if f.r.random() < 0.6
                else {"channel": G(const("sms")), "subscriber": Y(phone, "email|phone", True)}
            ),
            "components": Many(G(pick("API", "Dashboard", "Builds", "SMS delivery", "Edge Network")), 4),
            "all_components": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Incident Notification Sent",
        "ruby",
        {
            "incident_id": G(pid("inc_", 10)),
            "incident_name": G(
                pick(
                    "Elevated API error rates in fra1",
                    "Delayed SMS delivery to +44 numbers",
                    "Builds queued in iad1",
                    "Dashboard login issues",
                )
            ),
            "impact": G(pick("none", "minor", "major", "critical")),
            "channel": G(pick("sms", "voice")),
            "recipient": Y(phone, "phone", True),
            "recipient_name": Y(full, "name"),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "delivered": G(pick(True, False)),
        },
    ),
    (
        "screen",
        "Incident Detail",
        "swift",
        {
            "incident_id": G(pid("inc_", 10)),
            "status": G(pick("investigating", "identified", "monitoring", "resolved")),
            "component": G(pick("API", "Dashboard", "Builds", "SMS delivery")),
            "from_push": G(pick(True, False)),
        },
    ),
    (
        "track",
        "On-Call Alert Acknowledged",
        "kotlin",
        {
            "alert_id": G(pid("alrt_", 10)),
            "service": G(pick("checkout-api", "payments-worker", "edge-auth")),
            "escalation_level": G(rint(1, 3)),
            "ack_latency_s": G(rint(5, 1800)),
            "acknowledged_by": Y(full, "name", True),
            "escalated_to_phone": Y(phone, "phone"),
            "via": G(pick("push", "sms", "app")),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        {
            "notification_id": G(lambda f: f.uuid()),
            "title": G(
                pick(
                    "Deployment failed: globex/web",
                    "Incident resolved",
                    "Spend alert: 80% of budget",
                    "New login from Chrome on macOS",
                )
            ),
            "category": G(pick("deployment", "incident", "billing", "security")),
        },
    ),
    (
        "track",
        "Status App Feedback",
        "rn",
        {
            "rating": G(rint(1, 5)),
            "text": G(pick(*FEEDBACK)),
            "screen": G(pick("IncidentList", "IncidentDetail", "Settings")),
            "label": G(pick("Send feedback", "Report a bug", "Rate us")),
        },
    ),
    (
        "screen",
        "Subscriptions",
        "rn",
        {
            "subscribed_components": G(rint(0, 12)),
            "notifications_enabled": G(pick(True, False)),
        },
    ),
    # -- authenticator app -------------------------------------------------------------------------
    (
        "track",
        "Login Request Approved",
        "flutter",
        {
            "request_id": G(lambda f: f.uuid()),
            "service_name": G(pick("Shipyard", "Globex Admin", "GitHub", "AWS SSO")),
            "approved": G(pick(True, False)),
            "response_ms": G(rint(800, 60000)),
            "account_label": Y(email, "email", True),
            "requester": {
                "ip": Y(ip, "ip"),
                "city": Y(city, "city"),
                "country": G(pick(*COUNTRIES)),
                "lat": Y(lambda f: round(f.lat(), 4), "geolocation"),
                "lon": Y(lambda f: round(f.lon(), 4), "geolocation"),
                "browser": G(
                    pick("Chrome on macOS", "Firefox on Windows", "Safari on iOS", "Edge on Windows")
                ),
                "device_name": Y(
                    lambda f: f"{first(f)}'s {f.pick(['MacBook Pro', 'MacBook Air', 'iPhone', 'ThinkPad'])}",
                    "name",
                    True,
                ),
            },
        },
    ),
    (
        "track",
        "Account Added",
        "flutter",
        {
            "issuer": G(pick("Shipyard", "GitHub", "Google", "AWS", "Cloudflare")),
            "account_label": Y(email, "email", True),
            "digits": G(pick(6, 8)),
            "method": G(pick("qr", "manual")),
            "backup_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Backup Password Set",
        "flutter",
        {
            "password_strength": G(rint(0, 4)),
            "password_length": G(rint(8, 40)),
            "backup_enabled": G(pick(True, False)),
        },
    ),
    # -- legal and security reviews ----------------------------------------------------------------
    (
        "track",
        "DPA Signed",
        "web",
        {
            "dpa_version": G(pick("2024-03", "2023-09", "2022-11")),
            "company_legal_name": G(
                pick(
                    "Kraftwerk Digital GmbH",
                    "Lumière SAS",
                    "Pixelhaven B.V.",
                    "Orbita Software S.L.",
                    "Globex Inc.",
                )
            ),
            "company_registration_number": G(
                pick("HRB 204512 B", "RCS Paris 853 412 771", "KvK 74012345", "B12345674")
            ),
            "company_address": G(
                pick(
                    "Friedrichstraße 68, 10117 Berlin",
                    "12 rue du Sentier, 75002 Paris",
                    "Herengracht 420, 1017 BZ Amsterdam",
                    "548 Market St, San Francisco, CA 94104",
                )
            ),
            "signatory_name": Y(full, "name"),
            "signatory_title": G(pick("CEO", "Geschäftsführer", "General Counsel", "Head of Legal", "CTO")),
            "signatory_email": Y(lambda f: email(f, True), "email"),
            "dpo_name": Y(full, "name"),
            "dpo_email": Y(lambda f: email(f, True), "email"),
            "governing_law": G(pick("Ireland", "Germany", "Netherlands", "California")),
            "signed_at": G(iso),
        },
    ),
    (
        "track",
        "Security Questionnaire Requested",
        "python",
        {
            "questionnaire_type": G(pick("SIG Lite", "CAIQ v4", "custom", "VSA")),
            "requester_email": Y(lambda f: email(f, True), "email"),
            "requester_company": G(lambda f: f.pick(COMPANIES)[0]),
            "account_exec": Y(full, "name"),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "deal_size_usd": G(rint(5000, 400000)),
            "nda_signed": G(pick(True, False)),
            "support_email": G(const("security@shipyard.dev")),
        },
    ),
    # -- community ---------------------------------------------------------------------------------
    (
        "track",
        "Developer Survey Completed",
        "node",
        {
            "survey_id": G(const("devsurvey-2024")),
            "years_coding": G(pick("0-2", "3-5", "6-10", "11-20", "20+")),
            "age_range": G(pick("18-24", "25-34", "35-44", "45-54", "55-64")),
            "gender": Y(pick("woman", "man", "non-binary", "prefer not to say"), "gender"),
            "sexual_orientation": Y(
                pick("straight", "gay or lesbian", "bisexual", "queer", "prefer not to say"),
                "sexual orientation",
            ),
            "ethnicity": Y(
                pick("White", "Black", "Hispanic or Latino/a", "East Asian", "South Asian", "Middle Eastern"),
                "ethnicity|race",
            ),
            "identifies_as_disabled": RED(pick(True, False), "disability"),
            "salary_band": Y(pick("<40k", "40-80k", "80-120k", "120-180k", "180k+"), "salary"),
            "job_title": G(
                pick("Backend Developer", "Full-stack Developer", "DevOps Engineer", "Engineering Manager")
            ),
            "primary_language": G(pick("TypeScript", "Python", "Go", "Java", "Rust", "PHP")),
            "company_size": G(pick("1", "2-10", "11-50", "51-200", "201-1000", "1000+")),
            "country": G(pick(*COUNTRIES)),
            "city_of_residence": Y(city, "city"),
            "marital_status": G(pick("single", "married", "divorced", "prefer not to say")),
        },
    ),
    (
        "track",
        "Conference Ticket Registered",
        "web",
        {
            "order_id": G(pid("ord_", 14)),
            "ticket_type": G(pick("general", "student", "speaker", "workshop")),
            "attendee": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "badge_name": Y(lambda f: f.pick([first(f), full(f)]), "name"),
                "phone": Y(phone, "phone"),
                "pronouns": Y(pick("she/her", "he/him", "they/them", "she/they"), "gender"),
                "company": G(lambda f: f.pick(COMPANIES)[0]),
                "job_title": G(pick("Staff Engineer", "CTO", "Developer Advocate", "Student")),
                "tshirt_size": G(pick("S", "M", "L", "XL", "XXL")),
                "dietary_requirements": Y(
                    pick("none", "vegetarian", "vegan", "halal", "kosher", "gluten-free (coeliac)"),
                    "religion|condition",
                ),
                "accessibility_needs": RED(
                    pick(
                        "none",
                        "wheelchair access",
                        "sign language interpreter",
                        "step-free seating",
                        "hearing loop",
                    ),
                    "disability",
                ),
            },
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(pick("spouse", "parent", "partner", "friend", "sibling")),
            },
            "amount": G(pick(0, 199, 399, 599)),
        },
    ),
    # -- localised marketing forms and partner exports ---------------------------------------------
    (
        "track",
        "Demande de démo",
        "web",
        {
            "prenom": Y(first, "name"),
            "nom": Y(last, "name"),
            "courriel": Y(email, "email"),
            "telephone": Y(lambda f: phone(f, "FR"), "phone"),
            "societe": G(pick("Lumière SAS", "Batiweb", "Coopérative Numérique", "Datalyon")),
            "poste": G(pick("Directeur technique", "Développeuse", "DSI", "Chef de projet")),
            "taille_entreprise": G(pick("1-10", "11-50", "51-250", "250+")),
            "message": G(
                pick(
                    "Nous cherchons une solution d'envoi de SMS.",
                    "Hébergement en UE obligatoire.",
                    "Démo pour l'équipe produit",
                    "",
                )
            ),
            "pays": G(pick("France", "Belgique", "Suisse", "Canada")),
            "consentement_rgpd": G(const(True)),
        },
    ),
    (
        "track",
        "Solicitud de Demo",
        "web",
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "correo_electronico": Y(email, "email"),
            "telefono_movil": Y(lambda f: phone(f, "ES"), "phone"),
            "empresa": G(pick("Orbita Software SL", "Panadería Digital", "Grupo Vela", "Tecnoarte")),
            "cargo": G(pick("CTO", "Desarrollador", "Jefa de producto", "Fundador")),
            "numero_empleados": G(pick("1-10", "11-50", "51-200", "200+")),
            "pais": G(pick("España", "México", "Argentina", "Colombia")),
            "acepta_privacidad": G(const(True)),
        },
    ),
    (
        "track",
        "Webinar Aanmelding",
        "web",
        {
            "voornaam": Y(first, "name"),
            "achternaam": Y(last, "name"),
            "e-mailadres": Y(email, "email"),
            "telefoonnummer": Y(lambda f: phone(f, "NL"), "phone"),
            "bedrijf": G(pick("Pixelhaven BV", "Fietsdata", "Kaasmakers.nl", "Bol Digital")),
            "functie": G(pick("Ontwikkelaar", "CTO", "Product owner", "Teamlead")),
            "webinar-id": G(pick("wb-2024-05-edge", "wb-2024-06-sms", "wb-2024-07-eu")),
            "nieuwsbrief": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Rechnung Erstellt",
        "php",
        {
            "rechnungsnummer": G(lambda f: f"RE-{f.r.randint(2023, 2024)}-{f.r.randint(1, 99999):05d}"),
            "kundennummer": G(lambda f: "KD" + f.digits(7)),
            "kundenname": Y(full, "name"),
            "e_mail": Y(email, "email"),
            "telefon": Y(lambda f: phone(f, "DE"), "phone"),
            "strasse": Y(
                pick("Hauptstraße", "Lindenallee", "Bergmannstraße", "Am Markt", "Goethestraße"),
                "street|address",
            ),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'a', 'b'])}", "address|street"),
            "plz": Y(lambda f: f"{f.r.randint(1067, 99998):05d}", "zipcode"),
            "ort": Y(pick("München", "Leipzig", "Köln", "Freiburg", "Bremen"), "city"),
            "land": G(pick("DE", "AT", "CH")),
            "ust_idnr": G(pick("DE298765432", "ATU12345678", "")),
            "betrag_netto": G(money(5, 9000)),
            "mwst_satz": G(pick(19, 7, 0)),
            "faellig_am": G(lambda f: f.date(2024, 2025)),
            "zahlungsart": G(pick("SEPA-Lastschrift", "Überweisung", "Kreditkarte")),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind != "alias":
                msg["userId"] = "user_" + b62(f, 16)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + b62(f, 12)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
                msg["userId"] = "user_" + b62(f, 16)
            template = body(f) if callable(body) else body
            if template:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(template, f, section, labels)
            msg["context"] = render(ctx_for(client)(f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=87, repeats=30)
    write(Path(__file__).parent, "holdout87_", events, labels)
