"""Writes holdout111: tests/corpus/holdout111_events.jsonl and holdout111_labels.json.

Sealed: written from the labelling rules, REFERENCE.md and the corpus helpers only, without reading
the detection engine, its vocabularies, its tests or any other corpus's labels, and without running
the engine on these events. Run: `.venv/bin/python -m tests.corpus.build_holdout111`.

Domain: the tracking plan of "Funnelcraft", a marketing-automation and CRM SaaS (HubSpot /
Mailchimp-like) whose customers are companies in the US, Germany and the Netherlands. Covered: the
web app (analytics.js page/identify/group/alias/track with `context.page`, `campaign`,
`userAgentData`), the sales reps' mobile apps (analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter with `context.traits`, `device`, `location`), and server
traffic from analytics-python, -node, -go, -java, -ruby, -php and Analytics.NET: web forms and
hosted landing pages, contacts, lists, segments and CSV imports, e-mail campaigns and the ESP's
webhooks (SendGrid-shaped event webhooks, Mailchimp-shaped list webhooks with SCREAMING merge tags,
Twilio-shaped PascalCase SMS callbacks), lead scoring, deals, meetings booked, the chat widget, GDPR
consent and data-subject requests, workspace users and sign-in, API keys, OAuth integrations and
outgoing webhooks, plan upgrades as e-commerce spec events and SEPA mandates, a reverse-ETL sync in
SCREAMING_SNAKE, a webinar platform's kebab-case webhook, and keys in German and Dutch (forms of
German and Dutch customers, a trade-show lead app).

Conventions: mostly camelCase and snake_case; PascalCase from the .NET services and Twilio;
SCREAMING_SNAKE from the warehouse and Mailchimp merge tags; kebab-case from the webinar platform;
German and Dutch keys where German and Dutch customers name their own form fields. Values (one
country drawn per event, so a message's names, phones and addresses agree): names from many cultures
(German, Dutch, Turkish, Moroccan, Polish, US, Indian, Chinese, Nigerian...), national phone formats
(+1, +49, +31 with local spellings), US / DE / NL street addresses and postcodes (`1016 GV`),
mod-97-valid DE and NL IBANs, Stripe-shaped ids.

Labelling rules (the Privacy Portal's default colours): a path is PII when its values are personal
data about a natural person: the signed-in workspace user, a contact or lead of a customer, an
e-mail or SMS recipient, a chat visitor, a meeting invitee, or a staff member (deal owners, meeting
hosts, chat agents). Colours follow REFERENCE.md's default table (name, email, phone, address,
street, city, zipcode, birthdate, gender, ip, photo... yellow; token, password, disability... red);
outside the table red for credentials/secrets, bank accounts and government ids, yellow otherwise
(geolocation, advertising id, trade union, political opinion). Green: ids we or a vendor issue
(contact, deal, message, MessageSid, sg_event_id, Mailchimp `mc_eid`, mandate references, badge and
member numbers), e-mail Message-IDs, versions, timestamps, hashes of non-PII, amounts, scores,
enums, counters and booleans under PII-sounding keys (`emailVerified`, `email_opened`, `phoneCount`,
`passwordStrength`, `has_phone`), job titles and employers, company names (also when they contain a
surname: "Müller Bau GmbH"), company domains, VAT and chamber-of-commerce numbers, a business's own
address and phone (group traits, store and office data), role mailboxes (support@, billing@,
no-reply@), the sender number of an SMS campaign, country / state / locale / timezone, user agents,
OS-issued device ids and key prefixes, a Places `session_token` (a UUID). Card brand, last four and
expiry are green; a `pm_` payment-method id is a red token; BICs identify the bank (green). Policy
cases from the brief: gclid / fbclid / _fbp / _fbc / li_fat_id / msclkid are yellow `advertising
id`; billing addresses are the person's (yellow); one-time codes, double-opt-in and password-reset
tokens, OAuth tokens and a personal webinar join link (whose `tk` parameter signs the registrant in)
are red `token`. A German `anrede` (Herr / Frau) and a CRM `salutation` (Mr. / Ms. / Mx.) reveal
gender (yellow `gender`); a registration's `accessibility_needs` flag reveals a disability (red); a
union membership flag is `trade union` and a party membership flag `political opinion` (yellow). The
city derived from an opener's IP is the person's (yellow `city`); region and country are green.
Decisions taken where the rules are silent, as a careful privacy owner would want flagged: a
push-notification token is a red `token` (it addresses the person's device); a SHA-256 of a
contact's e-mail sent for ad matching is yellow `email|advertising id` (a hash of PII is not a hash
of non-PII); a Slack incoming-webhook URL and an SMTP relay password are red (`secret`, `password`).

value_only is true when the key does not say what the value is (`change.value`, `label`, `text`,
`note`, `q`, `query`, `input`, `comment`, `to` / `To`, `from`, `reason`, `body`, `old_value` /
`new_value`, `selected.description`, `join-url`, .NET Identity's `UserName` holding an e-mail,
`externalIds[].id`, `fields[].value`) and only the value reveals it. Every value of a value_only PII
path carries that PII (types joined with `|` when each value carries one of them, e.g. a contact
search box holding names or e-mail addresses); free text is labelled by what every one of its values
carries, and free text whose values carry no personal data is green.
"""

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Michael",
        "Jessica",
        "DeShawn",
        "Madison",
        "Tyler",
        "Ashley",
        "Carlos",
        "Priya",
        "Wei",
        "Kenji",
        "Aaliyah",
        "Brian",
        "Lakshmi",
        "Chinedu",
        "Rebecca",
        "Jamal",
        "Sofia",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Leon",
        "Marie",
        "Jonas",
        "Sophie",
        "Felix",
        "Hannah",
        "Mehmet",
        "Elif",
        "Katarzyna",
        "Dimitrios",
        "Jürgen",
        "Ursula",
        "Björn",
        "Zeynep",
    ],
    "NL": [
        "Daan",
        "Sanne",
        "Bram",
        "Lotte",
        "Sem",
        "Fleur",
        "Noor",
        "Youssef",
        "Mohamed",
        "Anouk",
        "Ruben",
        "Jasper",
        "Femke",
        "Thijs",
        "Ayşe",
        "Wouter",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Garcia",
        "Nguyen",
        "Patel",
        "Kim",
        "O'Connor",
        "Rodriguez",
        "Washington",
        "Chen",
        "Okafor",
        "Goldberg",
        "Hernández",
        "Thompson",
        "Iyer",
        "Adeyemi",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Y\u0131lmaz",
        "Kowalski",
        "Nowak",
        "Schäfer",
        "Papadopoulos",
        "Krüger",
        "Öztürk",
    ],
    "NL": [
        "de Vries",
        "Jansen",
        "van den Berg",
        "Bakker",
        "Visser",
        "Smit",
        "de Jong",
        "van Dijk",
        "Mulder",
        "Bouali",
        "El Amrani",
        "Janssen",
        "Kaya",
        "van der Linden",
        "Dekker",
        "Peeters",
    ],
}
COUNTRIES = ["US", "DE", "NL"]
FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
}
COMPANIES = [
    ("Müller Bau GmbH", "mueller-bau.de", "DE"),
    ("Brightpath Analytics Inc.", "brightpath.io", "US"),
    ("Jansen Installatietechniek B.V.", "jansen-installatie.nl", "NL"),
    ("Smith & Sons Roofing LLC", "smithandsonsroofing.com", "US"),
    ("Kaffeerösterei Hansen", "hansen-kaffee.de", "DE"),
    ("Fietsenwinkel De Spaak", "despaak.nl", "NL"),
    ("Northwind Dental Group", "northwinddental.com", "US"),
    ("Stadtwerke Lindau", "stadtwerke-lindau.de", "DE"),
    ("Koekjesfabriek Van Dam", "vandamkoekjes.nl", "NL"),
    ("Peak Fitness Studios", "peakfitness.co", "US"),
]
US_CITIES = [
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Chicago", "IL", "606"),
    ("Portland", "OR", "972"),
]
US_CITIES += [("Raleigh", "NC", "276"), ("Columbus", "OH", "432"), ("San Diego", "CA", "921")]
DE_CITIES = [("Berlin", "BE", "10"), ("München", "BY", "80"), ("Köln", "NW", "50"), ("Hamburg", "HH", "20")]
DE_CITIES += [("Leipzig", "SN", "04"), ("Freiburg im Breisgau", "BW", "79"), ("Münster", "NW", "48")]
NL_CITIES = [
    ("Amsterdam", "NH", "10"),
    ("Rotterdam", "ZH", "30"),
    ("Utrecht", "UT", "35"),
    ("Eindhoven", "NB", "56"),
]
NL_CITIES += [("Groningen", "GR", "97"), ("Den Haag", "ZH", "25"), ("Zwolle", "OV", "80")]
CITIES = {"US": US_CITIES, "DE": DE_CITIES, "NL": NL_CITIES}
US_STREETS = ["Maple Ave", "Oak Street", "Sunset Blvd", "W 4th St", "Lakeview Dr", "Hillcrest Rd", "Pine Ct"]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstr.", "Am Mühlbach", "Goethestraße"]
NL_STREETS = ["Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Van Speijkstraat"]
JOB_TITLES = ["Marketing Manager", "Head of Growth", "Geschäftsführer", "CMO", "Office Manager"]
JOB_TITLES += ["Eigenaar", "Sales Director", "Teamleiter Vertrieb", "Content Marketeer", "Founder & CEO"]
CAMPAIGNS = [
    "Spring Newsletter 2024",
    "Black Friday Early Access",
    "Webinar Reminder - Q3",
    "Produkt-Update Juni",
]
CAMPAIGNS += ["Nieuwsbrief september", "Win-back 90 days", "Onboarding Day 3", "Event Invite DMEXCO"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
MAIL_UAS = [
    "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17425; Pro)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
]


def fold(s: str) -> str:
    table = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "á": "a", "ş": "s", "\u0131": "i", "'": ""}
    return "".join(table.get(c, c) for c in s.lower()).replace(" ", "")


def country(f: Fake) -> str:
    """The country of the people in the event being rendered, so names, phones and addresses agree."""
    return getattr(f, "cc", None) or f.pick(COUNTRIES)


def first(f: Fake, c: str | None = None) -> str:
    return f.pick(FIRST[c or country(f)])


def last(f: Fake, c: str | None = None) -> str:
    return f.pick(LAST[c or country(f)])


def full_name(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f"{first(f, c)} {last(f, c)}"


def email(f: Fake, c: str | None = None, work: bool | None = None) -> str:
    c = c or country(f)
    fn, ln = fold(first(f, c)), fold(last(f, c))
    work = f.r.random() < 0.5 if work is None else work
    if work:
        domain = f.pick(COMPANIES)[1]
        local = f.pick([f"{fn}.{ln}", f"{fn[0]}.{ln}", fn, f"{fn}{ln[0]}"])
    else:
        domain = f.pick(FREE_MAIL[c])
        local = f.pick(
            [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
        )
    return f"{local}@{domain}"


def role_mailbox(f: Fake) -> str:
    box = f.pick(
        ["info", "support", "billing", "no-reply", "hello", "sales", "buchhaltung", "klantenservice"]
    )
    return f"{box}@{f.pick(COMPANIES)[1]}"


def phone(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    r = f.r
    if c == "US":
        a, e, n = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
        return f.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a} {e} {n:04d}"])
    if c == "DE":
        mob = f.pick(["151", "160", "170", "176", "157"])
        return f.pick(
            [
                f"+49 {mob} {r.randint(1000000, 99999999)}",
                f"0{mob} {r.randint(1000000, 99999999)}",
                f"+49{mob}{r.randint(1000000, 99999999)}",
                f"0{f.pick(['30', '89', '221', '40'])} {r.randint(100000, 9999999)}",
            ]
        )
    return f.pick(
        [
            f"+31 6 {r.randint(10000000, 99999999)}",
            f"06-{r.randint(10000000, 99999999)}",
            f"+316{r.randint(10000000, 99999999)}",
            f"020 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        ]
    )


def business_phone(f: Fake) -> str:
    return f.pick(
        ["+49 89 2190 3340", "+1 (512) 555-0187", "+31 20 624 1190", "0800 123 4567", "+1 800 555 0199"]
    )


def street(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    n = f.r.randint(1, 250)
    if c == "US":
        return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}"
    if c == "DE":
        return f"{f.pick(DE_STREETS)} {n}{f.pick(['', '', 'a', 'b'])}"
    return f"{f.pick(NL_STREETS)} {n}{f.pick(['', '', '-1', ' hs', 'A'])}"


def city(f: Fake, c: str | None = None) -> str:
    return f.pick(CITIES[c or country(f)])[0]


def postcode(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    prefix = f.pick(CITIES[c])[2]
    if c == "US":
        return f"{prefix}{f.r.randint(0, 99):02d}"
    if c == "DE":
        return f"{prefix}{f.r.randint(0, 999):03d}"
    return f"{prefix}{f.r.randint(10, 99)} {f.pick(['GV', 'AB', 'KL', 'TX', 'HR', 'BZ'])}"


def birthdate(f: Fake) -> str:
    return f.date(1950, 2004)


def ip(f: Fake) -> str:
    if f.r.random() < 0.25:
        return f.pick(["2a02:810d:", "2001:1c00:", "2600:1700:", "2a01:c22:"]) + ":".join(
            f"{f.r.randint(0, 65535):x}" for _ in range(5)
        )
    return f.ipv4()


def iso(f: Fake) -> str:
    return f.iso()


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def alnum(f: Fake, n: int) -> str:
    return "".join(
        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 55)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def company(f: Fake) -> str:
    return f.pick(COMPANIES)[0]


def contact_id(f: Fake) -> str:
    return f.digits(f.pick([8, 9, 11]))


def hubspot_style_token(f: Fake) -> str:
    return f"pat-{f.pick(['eu1', 'na1'])}-{f.uuid()}"


def stripe_key(f: Fake) -> str:
    return f.pick(["sk_live_", "rk_live_"]) + alnum(f, 24)


def mailchimp_key(f: Fake) -> str:
    return f"{f.hexid(32)}-us{f.r.randint(1, 21)}"


def slack_hook(f: Fake) -> str:
    return f"https://hooks.slack.com/services/T{alnum(f, 8).upper()}/B{alnum(f, 10).upper()}/{alnum(f, 24)}"


def landing_url(f: Fake) -> str:
    _, domain, _ = f.pick(COMPANIES)
    path = f.pick(
        ["/webinar", "/lp/whitepaper-2024", "/angebot", "/gratis-proefperiode", "/demo", "/lp/checklist"]
    )
    query = f.pick(
        [
            "",
            "?utm_source=newsletter&utm_medium=email&mc_cid=" + f.hexid(10) + "&mc_eid=" + f.hexid(10),
            "?utm_source=linkedin&utm_medium=paid_social&utm_campaign=q3_leadgen",
            "?_hsmi=" + f.digits(9) + "&utm_source=hs_email",
        ]
    )
    return f"https://www.{domain}{path}{query}"


# -- contexts of the client libraries -----------------------------------------------------------------

APP_PAGES = [
    ("/contacts", "Contacts | Funnelcraft"),
    ("/contacts/views/all", "All contacts | Funnelcraft"),
    ("/email/campaigns/new", "New campaign | Funnelcraft"),
    ("/deals/board", "Deals | Funnelcraft"),
    ("/reports/dashboard", "Dashboard | Funnelcraft"),
    ("/settings/api-keys", "API keys | Funnelcraft"),
    ("/forms/editor", "Form editor | Funnelcraft"),
    ("/inbox", "Conversations | Funnelcraft"),
]


def traits_ctx() -> dict:
    return {
        "email": Y(email, "email"),
        "name": Y(full_name, "name"),
        "phone": Y(phone, "phone"),
        "plan": G(lambda f: f.pick(["starter", "professional", "enterprise"])),
    }


def web_ctx(f: Fake) -> dict:
    page, title = f.pick(APP_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.74.0", "next-1.72.1", "npm:next-1.75.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://app.funnelcraft.io/contacts"])
            ),
            "search": G(lambda f: f.pick(["", "?view=mine", "?tab=activity", "?utm_source=in-app"])),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://app.funnelcraft.io" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "nl-NL", "en-GB", "de"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Berlin", "Europe/Amsterdam", "America/New_York"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["onboarding_drip", "feature_launch_ai", "reactivation_q2"])),
            "source": G(lambda f: f.pick(["funnelcraft", "newsletter", "intercom"])),
            "medium": G(lambda f: f.pick(["email", "in-app", "push"])),
            "content": G(lambda f: f.pick(["cta_button", "hero_link", "footer"])),
        },
    }


def landing_ctx(f: Fake) -> dict:
    """analytics.js on a hosted landing page: a customer's contact is the visitor."""
    url = landing_url(f)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.74.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: "/" + url.split("/", 3)[3].split("?")[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.de/", "https://www.linkedin.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: ("?" + url.split("?", 1)[1]) if "?" in url else ""),
            "title": G(
                lambda f: f.pick(["Gratis Webinar", "Download the 2024 Benchmark", "Jetzt Angebot anfordern"])
            ),
            "url": G(lambda f: url),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "en-US", "nl-BE"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "America/Los_Angeles"])),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["q3_leadgen", "webinar_sept", "whitepaper_2024"])),
            "source": G(lambda f: f.pick(["linkedin", "google", "newsletter", "facebook"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email"])),
            "term": G(lambda f: f.pick(["crm software", "marketing automation", "e-mail marketing tool"])),
        },
    }


def swift_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Funnelcraft"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4800", "4802", "4900"])),
            "namespace": G(lambda f: "io.funnelcraft.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 390, 820])),
            "height": G(lambda f: f.pick([852, 844, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "en-US", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Denver", "Europe/Amsterdam"])),
        "traits": traits_ctx(),
    }


def kotlin_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Funnelcraft"),
            "version": G(lambda f: f.pick(["4.8.1", "4.9.0", "4.9.1"])),
            "build": G(lambda f: f.pick(["40801", "40900", "40901"])),
            "namespace": G(lambda f: "io.funnelcraft.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2581", "SM-A546B"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5D0DL1", "a54x"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Telekom.de", "KPN", "T-Mobile", "Vodafone.de", "Odido"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "en-US", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Chicago", "Europe/Amsterdam"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "traits": traits_ctx(),
    }


def rn_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Funnelcraft Leads"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "io.funnelcraft.leads"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "America/New_York"])),
        "traits": traits_ctx(),
    }


def flutter_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Funnelcraft Events"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["14", "16", "21"])),
            "namespace": G(lambda f: "io.funnelcraft.events"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A536B", "23049PCD8G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 411])),
            "height": G(lambda f: f.pick([844, 873, 891])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "America/Chicago"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(47.3, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(4.2, 13.8), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "traits": traits_ctx(),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.7.1", "3.8.0"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server_ctx(lib: str):
    def make(f: Fake) -> dict:
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
        }
        if lib in ("analytics-python", "@segment/analytics-node", "analytics-php"):
            ctx["ip"] = Y(ip, "ip")
        if lib in ("@segment/analytics-node", "analytics-java"):
            ctx["groupId"] = G(lambda f: "ws_" + f.digits(6))
        if lib == "analytics-java":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-ruby":
            ctx["traits"] = {"email": Y(email, "email")}
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "lp": landing_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("@segment/analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php"),
    "dotnet": server_ctx("Analytics.NET"),
}
MOBILE = ("swift", "kotlin", "rn")
SERVER = ("python", "node", "go", "java", "ruby", "php")

# -- event templates: (type, event or page/screen name, clients, body) --------------------------------


def chat_greeting(f: Fake) -> str:
    return f.pick(
        [
            "Hi, do you integrate with Shopify?",
            "Hallo, gibt es einen Rabatt für Vereine?",
            "Hoi, kan ik mijn abonnement maandelijks opzeggen?",
            "What's the difference between Starter and Pro?",
            "Is the data hosted in the EU?",
            "Können wir einen AV-Vertrag bekommen?",
        ]
    )


def chat_email_answer(f: Fake) -> str:
    e = email(f)
    return f.pick([e, f"sure, it's {e}", f"{e} thanks", f"Mijn e-mail is {e}", f"Gerne an {e}"])


def crm_note(f: Fake) -> str:
    c = country(f)
    p = phone(f, c)
    return f.pick(
        [
            f"Called, no answer. Try mobile {p} after 4pm",
            f"Wants a demo for 12 seats, direct line {p}",
            f"Rückruf erbeten unter {p}",
            f"Terugbellen op {p}, vraag naar de marketingafdeling",
            f"Assistant says reach him at {p} next week",
        ]
    )


def call_outcome_note(f: Fake) -> str:
    return f.pick(
        [
            "Left voicemail",
            "Interested in Pro, follow up in Q3",
            "Budget freeze until January",
            "Kein Bedarf aktuell",
            "Stuurt offerte door naar inkoop",
            "Asked for case studies in retail",
        ]
    )


def sms_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, your demo with Funnelcraft is tomorrow at 10:00. Reply STOP to opt out.",
            f"Hallo {n}, dein Termin ist morgen um 14 Uhr. Abmelden: STOP",
            f"Hoi {n}, vergeet je webinar van vanavond niet! STOP = afmelden",
            f"{n}, 20% off ends tonight: fnl.cr/{alnum(f, 6)}",
        ]
    )


def bounce_reason(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"550 5.1.1 <{e}>: Recipient address rejected: User unknown in virtual mailbox table",
            f"552 5.2.2 <{e}>: mailbox full",
            f"550 5.1.1 The email account that you tried to reach does not exist ({e})",
            f"554 5.7.1 <{e}>: Relay access denied",
        ]
    )


def greeting_preview(f: Fake) -> str:
    c = country(f)
    fn, ln = first(f, c), last(f, c)
    return f.pick(
        [f"Hallo {fn} {ln},", f"Beste {fn},", f"Hi {fn},", f"Sehr geehrte Frau {ln},", f"Dear {fn} {ln},"]
    )


def contact_label(f: Fake) -> str:
    c = country(f)
    n = full_name(f, c)
    return f.pick([n, f"{n} <{email(f, c)}>", f"{n} ({company(f)})"])


def contact_search(f: Fake) -> str:
    return f.pick([full_name(f), email(f), last(f), email(f, work=True)])


def join_url(f: Fake) -> str:
    return f"https://events.webinarly.com/j/{f.digits(11)}?tk={alnum(f, 43)}"


def dsr_note(f: Fake) -> str:
    return f.pick(
        [
            "Verified via reply from the registered address",
            "Forwarded by legal",
            "Erasure request received by post",
            "Verzoek via contactformulier",
            "Duplicate of an earlier ticket",
        ]
    )


def sepa_mandate(f: Fake) -> str:
    return "FC-" + f.digits(4) + "-" + alnum(f, 8).upper()


def vat_id(f: Fake) -> str:
    return f.pick(
        ["DE" + f.digits(9), "NL" + f.digits(9) + "B01", "US-EIN " + f.digits(2) + "-" + f.digits(7)]
    )


def address_block() -> dict:
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(
            lambda f: f.pick(
                {
                    "US": ["Apt 4B", "Suite 210", "Unit 12"],
                    "DE": ["2. OG", "Hinterhaus", "c/o Büro"],
                    "NL": ["3 hoog", "bus 2", "2e verdieping"],
                }[country(f)]
            ),
            "address|street",
        ),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "state": G(lambda f: f.pick([c[1] for c in CITIES[country(f)]])),
        "country": G(country),
    }


def plan_product() -> dict:
    return {
        "product_id": G(lambda f: "prod_" + alnum(f, 14)),
        "sku": G(
            lambda f: f.pick(["FC-MKT-PRO-M", "FC-MKT-STR-Y", "FC-CRM-ENT-Y", "FC-ADDON-SMS-1K", "FC-SEAT-M"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Marketing Pro (monthly)",
                    "Starter (annual)",
                    "CRM Enterprise",
                    "SMS credits 1,000",
                    "Extra seat",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["subscription", "add-on", "seats"])),
        "price": G(lambda f: f.pick([49.0, 890.0, 3600.0, 25.0, 15.0])),
        "quantity": G(lambda f: f.r.randint(1, 12)),
    }


EVENTS: list[tuple[str, str | None, tuple[str, ...], dict]] = [
    # -- workspace users: identify, group, sign-in -------------------------------------------------
    (
        "identify",
        None,
        ("web", "swift", "kotlin"),
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "title": G(lambda f: f.pick(JOB_TITLES)),
            "role": G(lambda f: f.pick(["owner", "admin", "marketer", "sales_rep", "viewer"])),
            "avatar": Y(lambda f: f"https://cdn.funnelcraft.io/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": G(iso),
            "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Chicago", "Europe/Amsterdam"])),
            "emailVerified": G(lambda f: f.pick([True, True, False])),
            "twoFactorEnabled": G(lambda f: f.pick([True, False])),
            "company": {
                "id": G(lambda f: "ws_" + f.digits(6)),
                "name": G(company),
                "plan": G(lambda f: f.pick(["starter", "professional", "enterprise"])),
                "employee_count": G(lambda f: f.pick([8, 25, 140, 600, 2300])),
            },
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        {
            "Email": Y(email, "email"),
            "UserName": Y(email, "email", True),
            "NormalizedEmail": Y(lambda f: email(f).upper(), "email"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "MobilePhone": Y(phone, "phone"),
            "JobTitle": G(lambda f: f.pick(JOB_TITLES)),
            "Department": G(lambda f: f.pick(["Marketing", "Vertrieb", "Sales", "Klantenservice"])),
            "TenantId": G(lambda f: f.uuid()),
            "CreatedUtc": G(iso),
            "IsSsoUser": G(lambda f: f.pick([True, False])),
            "PhoneNumberConfirmed": G(lambda f: f.pick([True, False])),
            "AccessFailedCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "group",
        None,
        ("web", "node"),
        {
            "name": G(company),
            "domain": G(lambda f: f.pick(COMPANIES)[1]),
            "plan": G(lambda f: f.pick(["starter", "professional", "enterprise"])),
            "seats": G(lambda f: f.r.randint(1, 60)),
            "industry": G(
                lambda f: f.pick(["Construction", "Retail", "Healthcare", "Manufacturing", "Fitness"])
            ),
            "vatId": G(lambda f: f.pick(["DE" + f.digits(9), "NL" + f.digits(9) + "B01"])),
            "kvkNumber": G(lambda f: f.digits(8)),
            "phoneNumber": G(business_phone),
            "billingEmail": G(role_mailbox),
            "address": {
                "street": G(
                    lambda f: f.pick(
                        ["Leopoldstraße 244", "Keizersgracht 62", "500 W 2nd St", "Industriestraße 7"]
                    )
                ),
                "city": G(lambda f: f.pick(["München", "Amsterdam", "Austin", "Lindau"])),
                "postalCode": G(lambda f: f.pick(["80807", "1015 CS", "78701", "88131"])),
                "country": G(lambda f: f.pick(["DE", "NL", "US"])),
            },
            "createdAt": G(iso),
        },
    ),
    ("alias", None, ("web", "swift", "kotlin"), {}),
    (
        "page",
        "Contacts",
        ("web",),
        {
            "path": G(lambda f: f.pick(["/contacts", "/contacts/views/all", "/contacts/" + contact_id(f)])),
            "url": G(lambda f: "https://app.funnelcraft.io/contacts/" + contact_id(f)),
            "title": G(
                lambda f: f.pick(
                    ["Contacts | Funnelcraft", "Contact record | Funnelcraft", "Kontakte | Funnelcraft"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://app.funnelcraft.io/inbox", "https://app.funnelcraft.io/deals/board"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?view=mine", "?sort=last_activity"])),
            "category": G(lambda f: "CRM"),
        },
    ),
    (
        "page",
        "Landing Page",
        ("lp",),
        {
            "landing_page_id": G(lambda f: "lp_" + f.digits(7)),
            "variant": G(lambda f: f.pick(["A", "B", "control"])),
            "template": G(lambda f: f.pick(["webinar-signup", "ebook-download", "demo-request"])),
            "portal_id": G(lambda f: f.digits(7)),
            "visitor_id": G(lambda f: f.uuid()),
            "gclid": Y(gclid, "advertising id"),
            "url": G(landing_url),
        },
    ),
    (
        "track",
        "Signed In",
        ("web", "swift", "kotlin"),
        {
            "method": G(lambda f: f.pick(["password", "google_sso", "microsoft_sso", "saml"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "webauthn", "none"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "workspace_id": G(lambda f: "ws_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ("node",),
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: alnum(f, 40), "token"),
            "reset_link": RED(lambda f: "https://app.funnelcraft.io/reset?token=" + alnum(f, 40), "token"),
            "token_expires_at": G(iso),
            "requested_from_ip": Y(ip, "ip"),
            "user_found": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Password Changed",
        ("web",),
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "passwordLength": G(lambda f: f.r.randint(10, 32)),
            "breachedPasswordDetected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ("go",),
        {
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "phone_number": Y(phone, "phone"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio", "messagebird", "vonage"])),
        },
    ),
    (
        "track",
        "User Invited",
        ("web",),
        {
            "invitee_email": Y(lambda f: email(f, work=True), "email"),
            "invitee_name": Y(full_name, "name"),
            "invitee_role": G(lambda f: f.pick(["admin", "marketer", "sales_rep", "viewer"])),
            "inviter_user_id": G(lambda f: f.digits(7)),
            "seats_used": G(lambda f: f.r.randint(1, 40)),
            "seats_total": G(lambda f: f.pick([5, 10, 25, 50])),
            "invite_link_expires_at": G(iso),
        },
    ),
    # -- contacts, lists, imports, search ------------------------------------------------------------
    (
        "track",
        "Contact Created",
        ("python", "node"),
        {
            "contact": {
                "id": G(contact_id),
                "email": Y(email, "email"),
                "firstname": Y(first, "name"),
                "lastname": Y(last, "name"),
                "phone": Y(phone, "phone"),
                "mobilephone": Y(phone, "phone"),
                "fax": Y(phone, "phone"),
                "salutation": Y(
                    lambda f: (
                        f.pick(["Mr.", "Ms.", "Mx.", "Mrs.", "Dr."])
                        if False
                        else f.pick(["Mr.", "Ms.", "Mx.", "Mrs."])
                    ),
                    "gender",
                ),
                "date_of_birth": Y(birthdate, "birthdate"),
                "ip_address": Y(ip, "ip"),
                "company": G(company),
                "jobtitle": G(lambda f: f.pick(JOB_TITLES)),
                "website": G(lambda f: "https://www." + f.pick(COMPANIES)[1]),
                "address": Y(street, "address|street"),
                "city": Y(city, "city"),
                "zip": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["Germany", "Netherlands", "United States"])),
                "lifecyclestage": G(
                    lambda f: f.pick(["subscriber", "lead", "marketingqualifiedlead", "customer"])
                ),
                "owner_id": G(lambda f: f.digits(8)),
                "owner_email": Y(lambda f: email(f, work=True), "email"),
                "email_domain": G(lambda f: f.pick(["gmail.com", "web.de", "ziggo.nl", "brightpath.io"])),
                "has_phone": G(lambda f: f.pick([True, False])),
                "emailCount": G(lambda f: f.r.randint(0, 3)),
            },
            "source": G(lambda f: f.pick(["FORM", "IMPORT", "API", "INTEGRATION", "CRM_UI"])),
            "source_id": G(lambda f: f.pick(["hubspot-forms", "csv-import", "zapier", "shopify"])),
            "portal_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Contact Updated",
        ("dotnet",),
        {
            "ContactId": G(contact_id),
            "Email": Y(email, "email"),
            "PreviousEmail": Y(email, "email"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "PhoneNumber": Y(phone, "phone"),
            "DateOfBirth": Y(birthdate, "birthdate"),
            "ChangedProperties": Many(
                G(lambda f: f.pick(["phone", "lifecyclestage", "email", "jobtitle"])), 3
            ),
            "UpdatedByUserId": G(lambda f: f.digits(7)),
            "LifecycleStage": G(lambda f: f.pick(["lead", "opportunity", "customer"])),
            "IsUnsubscribed": G(lambda f: f.pick([True, False])),
            "ModifiedUtc": G(iso),
        },
    ),
    (
        "track",
        "Contact Added To List",
        ("go",),
        {
            "list_id": G(lambda f: f.digits(5)),
            "list_name": G(
                lambda f: f.pick(
                    ["Webinar attendees Q3", "Messe München 2024", "Nieuwsbrief NL", "VIP customers"]
                )
            ),
            "list_type": G(lambda f: f.pick(["static", "dynamic", "suppression"])),
            "contact_id": G(contact_id),
            "contact_email": Y(email, "email"),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "list_size": G(lambda f: f.r.randint(10, 80000)),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ("ruby",),
        {
            "import_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f.pick(
                    ["leads_messe_muenchen_2024.csv", "export-crm-oud.xlsx", "tradeshow_austin.csv"]
                )
            ),
            "row_count": G(lambda f: f.r.randint(20, 40000)),
            "error_count": G(lambda f: f.r.randint(0, 50)),
            "column_mapping": {
                "E-Mail-Adresse": G(lambda f: "email"),
                "Vorname": G(lambda f: "firstname"),
                "Telefon": G(lambda f: f.pick(["phone", "mobilephone"])),
            },
        },
    ),
    (
        "track",
        "Contacts Searched",
        ("web",),
        {
            "q": Y(contact_search, "name|email", True),
            "results_count": G(lambda f: f.r.randint(0, 120)),
            "object_type": G(lambda f: f.pick(["contact", "company", "deal"])),
        },
    ),
    (
        "track",
        "Filter Applied",
        ("web",),
        {
            "filter": {
                "field": G(lambda f: f.pick(["email", "city", "lifecyclestage", "phone"])),
                "operator": G(lambda f: f.pick(["contains", "is", "is_known", "ends_with"])),
                "value": G(lambda f: f.pick(["@gmail.com", "Berlin", "MQL", "+49", "true", "customer"])),
            },
            "view_id": G(lambda f: f.digits(6)),
            "matching_records": G(lambda f: f.r.randint(0, 50000)),
        },
    ),
    (
        "track",
        "Property Edited Inline",
        ("web",),
        {
            "object_type": G(lambda f: "contact"),
            "object_id": G(contact_id),
            "change": {
                "property": G(lambda f: f.pick(["phone", "mobilephone", "phone_2"])),
                "label": G(lambda f: f.pick(["Phone number", "Mobile phone number", "Telefonnummer"])),
                "value": Y(phone, "phone", True),
            },
            "previous_value_set": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Chip Clicked",
        ("web",),
        {
            "label": Y(contact_label, "name", True),
            "object_id": G(contact_id),
            "location": G(lambda f: f.pick(["deal_sidebar", "email_thread", "task_list"])),
        },
    ),
    (
        "track",
        "Note Added",
        ("node", "web"),
        {
            "note_id": G(lambda f: f.digits(10)),
            "note": Y(crm_note, "phone", True),
            "associated_contact_id": G(contact_id),
            "pinned": G(lambda f: f.pick([True, False])),
            "char_count": G(lambda f: f.r.randint(20, 400)),
        },
    ),
    (
        "track",
        "Contacts Merged",
        ("java",),
        {
            "primary_contact_id": G(contact_id),
            "merged_contact_ids": Many(G(contact_id), 3),
            "merged_emails": Many(Y(email, "email"), 3),
            "merged_names": Many(Y(full_name, "name"), 3),
            "merged_by_user_id": G(lambda f: f.digits(7)),
            "strategy": G(lambda f: f.pick(["newest_wins", "primary_wins", "manual"])),
        },
    ),
    (
        "track",
        "Referral Submitted",
        ("web", "rn"),
        {
            "referral_id": G(lambda f: f.uuid()),
            "referred_friend_name": Y(full_name, "name"),
            "referred_friend_email": Y(email, "email"),
            "referred_friend_phone": Y(phone, "phone"),
            "referred_company": G(company),
            "reward": G(lambda f: f.pick(["1 month free", "€50 credit", "$50 credit"])),
            "referral_code": G(lambda f: "FC-" + alnum(f, 6).upper()),
        },
    ),
    # -- forms and landing pages --------------------------------------------------------------------
    (
        "track",
        "Form Submitted",
        ("node", "lp"),
        {
            "formId": G(lambda f: f.uuid()),
            "formName": G(
                lambda f: f.pick(
                    ["Demo request", "Whitepaper download", "Kontaktformular", "Webinar aanmelding"]
                )
            ),
            "portalId": G(lambda f: f.digits(7)),
            "pageUrl": G(landing_url),
            "submittedAt": G(lambda f: f.epoch_ms()),
            "fields": Many(
                {
                    "name": G(lambda f: f.pick(["email", "firstname", "lastname", "phone"])),
                    "value": Y(
                        lambda f: f.pick([email, first, last, phone])(f),
                        "email|name|phone",
                        True,
                    ),
                },
                4,
            ),
            "context": {
                "hutk": G(lambda f: f.hexid(32)),
                "ipAddress": Y(ip, "ip"),
                "pageUri": G(landing_url),
                "pageName": G(
                    lambda f: f.pick(["Gratis Webinar", "Download the 2024 Benchmark", "Demo aanvragen"])
                ),
            },
            "legalConsentOptions": {
                "consent": {
                    "consentToProcess": G(lambda f: True),
                    "text": G(
                        lambda f: f.pick(
                            [
                                "I agree to receive marketing e-mails.",
                                "Ich stimme der Verarbeitung meiner Daten zu.",
                                "Ik ga akkoord met de privacyverklaring.",
                            ]
                        )
                    ),
                    "communications": Many(
                        {
                            "value": G(lambda f: f.pick([True, False])),
                            "text": G(lambda f: f.pick(["Newsletter", "Product updates", "Veranstaltungen"])),
                        },
                        2,
                    ),
                }
            },
            "attribution": {
                "gclid": Y(gclid, "advertising id"),
                "fbclid": Y(fbclid, "advertising id"),
                "_fbp": Y(fbp, "advertising id"),
                "_fbc": Y(fbc, "advertising id"),
                "li_fat_id": Y(lambda f: f.uuid(), "advertising id"),
                "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
                "utm_source": G(lambda f: f.pick(["google", "linkedin", "facebook", "bing"])),
                "utm_campaign": G(lambda f: f.pick(["q3_leadgen", "brand_de", "webinar_sept"])),
                "visitor_id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Demo Requested",
        ("lp",),
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "work_email": Y(lambda f: email(f, work=True), "email"),
            "phone": Y(phone, "phone"),
            "company_name": G(company),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000", "1000+"])),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "country": G(lambda f: f.pick(["Germany", "Netherlands", "United States", "Austria"])),
            "current_tool": G(lambda f: f.pick(["Mailchimp", "HubSpot", "Excel", "None", "CleverReach"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "We send ~50k newsletters per month",
                        "Need DACH-hosting",
                        "Looking to replace our spreadsheet CRM",
                        "",
                        "Wij zoeken een tool met WhatsApp-koppeling",
                    ]
                )
            ),
            "gdpr_consent": G(lambda f: True),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kontaktformular Gesendet",
        ("php",),
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "titel": G(lambda f: f.pick(["", "Dr.", "Prof."])),
            "vorname": Y(lambda f: first(f, "DE"), "name"),
            "nachname": Y(lambda f: last(f, "DE"), "name"),
            "e_mail_adresse": Y(lambda f: email(f, "DE"), "email"),
            "telefonnummer": Y(lambda f: phone(f, "DE"), "phone"),
            "mobil": Y(lambda f: phone(f, "DE"), "phone"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "strasse_hausnummer": Y(lambda f: street(f, "DE"), "address|street"),
            "plz": Y(lambda f: postcode(f, "DE"), "zipcode"),
            "ort": Y(lambda f: city(f, "DE"), "city"),
            "firma": G(company),
            "nachricht": G(
                lambda f: f.pick(
                    [
                        "Bitte um Rückruf wegen Angebot.",
                        "Interesse an einer Schulung für unser Team.",
                        "Wie funktioniert der Import aus Excel?",
                        "Wir haben Fragen zum AV-Vertrag.",
                    ]
                )
            ),
            "datenschutz_akzeptiert": G(lambda f: True),
            "ist_parteimitglied": Y(lambda f: f.pick([True, False]), "political opinion"),
            "formular_id": G(lambda f: "kf-" + f.digits(3)),
            "eingangsdatum": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Formulier Verzonden",
        ("php",),
        {
            "voornaam": Y(lambda f: first(f, "NL"), "name"),
            "tussenvoegsel": G(lambda f: f.pick(["", "van", "de", "van der", "van den"])),
            "achternaam": Y(lambda f: last(f, "NL"), "name"),
            "emailadres": Y(lambda f: email(f, "NL"), "email"),
            "telefoonnummer": Y(lambda f: phone(f, "NL"), "phone"),
            "postcode": Y(lambda f: postcode(f, "NL"), "zipcode"),
            "huisnummer": Y(
                lambda f: str(f.r.randint(1, 300)) + f.pick(["", "A", "-2", " bis"]), "address|street"
            ),
            "woonplaats": Y(lambda f: city(f, "NL"), "city"),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1955, 2004)}",
                "birthdate",
            ),
            "beroep": G(lambda f: f.pick(["Verpleegkundige", "Monteur", "Docent", "Buschauffeur"])),
            "werkgever": G(lambda f: f.pick(["Gemeente Utrecht", "NS", "Albert Heijn", "UMC Groningen"])),
            "lid_vakbond": Y(lambda f: f.pick([True, False]), "trade union"),
            "iban": RED(lambda f: f.iban("NL"), "bank account"),
            "machtiging_akkoord": G(lambda f: True),
            "aanmeldbron": G(lambda f: f.pick(["website", "instagram", "collega", "beurs"])),
            "interesses": Many(
                G(lambda f: f.pick(["cao-nieuws", "pensioen", "scholing", "arbeidsrecht"])), 3
            ),
        },
    ),
    (
        "track",
        "Nieuwsbrief Aanmelding",
        ("web", "php"),
        {
            "e-mailadres": Y(lambda f: email(f, "NL"), "email"),
            "voornaam": Y(lambda f: first(f, "NL"), "name"),
            "lijst": G(lambda f: f.pick(["algemeen", "aanbiedingen", "evenementen"])),
            "bevestigd": G(lambda f: f.pick([True, False])),
            "bron": G(lambda f: f.pick(["footer", "popup", "checkout"])),
        },
    ),
    # -- e-mail campaigns and ESP webhooks ----------------------------------------------------------
    (
        "track",
        "Campaign Sent",
        ("web", "python"),
        {
            "campaign_id": G(lambda f: f.digits(9)),
            "campaign_name": G(lambda f: f.pick(CAMPAIGNS)),
            "subject_line": G(
                lambda f: f.pick(
                    [
                        "Your September update",
                        "Nur noch heute: 20% Rabatt",
                        "Je uitnodiging voor 12 oktober",
                        "{{first_name}}, we saved you a seat",
                    ]
                )
            ),
            "from_name": G(lambda f: f.pick(["Müller Bau", "Brightpath Team", "De Spaak", "Peak Fitness"])),
            "from_email": G(role_mailbox),
            "reply_to": G(role_mailbox),
            "recipient_count": G(lambda f: f.r.randint(50, 120000)),
            "ip_pool": G(lambda f: f.pick(["shared", "dedicated", "warmup"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ("node", "go"),
        {
            "email": Y(email, "email"),
            "event": G(lambda f: "delivered"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "response": G(
                lambda f: f.pick(["250 2.0.0 OK", "250 Ok: queued as 4Vd7", "250 2.6.0 Message accepted"])
            ),
            "campaign_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Email Opened",
        ("node", "go"),
        {
            "email": Y(email, "email"),
            "campaign_id": G(lambda f: f.digits(9)),
            "campaign_name": G(lambda f: f.pick(CAMPAIGNS)),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.funnelcraft.io>"),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick(MAIL_UAS)),
            "machine_open": G(lambda f: f.pick([True, False])),
            "geo": {
                "city": Y(city, "city"),
                "region": G(lambda f: f.pick(["Bavaria", "North Holland", "Texas", "Utrecht"])),
                "country": G(lambda f: f.pick(["DE", "NL", "US"])),
            },
        },
    ),
    (
        "track",
        "Email Link Clicked",
        ("node", "go"),
        {
            "email": Y(email, "email"),
            "campaign_id": G(lambda f: f.digits(9)),
            "url": G(landing_url),
            "link_label": G(
                lambda f: f.pick(["Jetzt anmelden", "Read more", "Bekijk aanbod", "Unsubscribe"])
            ),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "email_opened": G(lambda f: True),
            "click_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Email Bounced",
        ("node", "go"),
        {
            "email": Y(email, "email"),
            "bounce_type": G(lambda f: f.pick(["hard", "soft", "blocked"])),
            "bounce_classification": G(
                lambda f: f.pick(["Invalid Address", "Mailbox Unavailable", "Reputation"])
            ),
            "reason": Y(bounce_reason, "email", True),
            "status": G(lambda f: f.pick(["5.1.1", "5.2.2", "5.7.1"])),
            "campaign_id": G(lambda f: f.digits(9)),
            "suppressed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Spam Reported",
        ("node",),
        {
            "email": Y(email, "email"),
            "campaign_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "List Webhook Received",
        ("php", "python"),
        {
            "type": G(lambda f: f.pick(["subscribe", "unsubscribe", "profile", "upemail", "cleaned"])),
            "fired_at": G(lambda f: f.iso()[:19].replace("T", " ")),
            "data": {
                "id": G(lambda f: f.hexid(10)),
                "list_id": G(lambda f: f.hexid(10)),
                "email": Y(email, "email"),
                "email_type": G(lambda f: f.pick(["html", "text"])),
                "ip_opt": Y(ip, "ip"),
                "ip_signup": Y(ip, "ip"),
                "web_id": G(lambda f: f.digits(9)),
                "reason": G(lambda f: f.pick(["manual", "abuse", "hard"])),
                "merges": {
                    "EMAIL": Y(email, "email"),
                    "FNAME": Y(first, "name"),
                    "LNAME": Y(last, "name"),
                    "PHONE": Y(phone, "phone"),
                    "BIRTHDAY": Y(
                        lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"
                    ),
                    "COMPANY": G(company),
                    "INTERESTS": G(
                        lambda f: f.pick(["Produkte, Events", "Newsletter", "Aanbiedingen, Workshops"])
                    ),
                },
            },
        },
    ),
    (
        "track",
        "Unsubscribed",
        ("web", "lp", "node"),
        {
            "email": Y(email, "email"),
            "campaign_id": G(lambda f: f.digits(9)),
            "list_ids": Many(G(lambda f: f.digits(5)), 2),
            "unsubscribe_reason": G(
                lambda f: f.pick(["too_frequent", "not_relevant", "never_signed_up", "other"])
            ),
            "unsubscribe_all": G(lambda f: f.pick([True, False])),
            "mc_eid": G(lambda f: f.hexid(10)),
            "method": G(lambda f: f.pick(["link", "list-unsubscribe-post", "preference_center"])),
        },
    ),
    (
        "track",
        "Merge Tag Previewed",
        ("web",),
        {
            "template_id": G(lambda f: f.digits(6)),
            "merge_tags": Many(
                G(lambda f: f.pick(["*|FNAME|*", "{{contact.firstname}}", "{{contact.lastname}}"])), 2
            ),
            "text": Y(greeting_preview, "name", True),
            "preview_contact_id": G(contact_id),
            "fallback_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "EXPORT_AUDIENCE_SYNCED",
        ("java",),
        {
            "AUDIENCE_ID": G(lambda f: f.digits(6)),
            "AUDIENCE_NAME": G(lambda f: f.pick(["Trial users DE", "Lapsed customers 180d", "MQLs NL"])),
            "DESTINATION": G(
                lambda f: f.pick(["facebook_custom_audiences", "google_customer_match", "linkedin_matched"])
            ),
            "HASHED_EMAIL": Y(lambda f: sha256(email(f)), "email|advertising id"),
            "MEMBER_COUNT": G(lambda f: f.r.randint(100, 90000)),
            "MATCH_RATE": G(lambda f: round(f.r.uniform(0.3, 0.8), 3)),
            "SYNCED_AT": G(iso),
        },
    ),
    # -- SMS (Twilio-shaped status callbacks) ----------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        ("dotnet",),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "To": Y(phone, "phone", True),
            "From": G(lambda f: f.pick(["+14155550123", "+4915735998877", "FUNNELCRFT", "+3197010254321"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "SmsSegments": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "SMS Campaign Message Sent",
        ("go",),
        {
            "to": Y(phone, "phone", True),
            "body": Y(sms_body, "name", True),
            "sender_id": G(lambda f: f.pick(["FUNNELCRFT", "MuellerBau", "+3197010254321"])),
            "campaign_id": G(lambda f: f.digits(9)),
            "cost_eur": G(lambda f: f.pick([0.075, 0.08, 0.15])),
        },
    ),
    # -- lead scoring, deals, meetings -----------------------------------------------------------------
    (
        "track",
        "Lead Score Changed",
        ("node", "python"),
        {
            "contact_id": G(contact_id),
            "previous_score": G(lambda f: f.r.randint(0, 100)),
            "new_score": G(lambda f: f.r.randint(0, 100)),
            "rule_name": G(
                lambda f: f.pick(
                    [
                        "Visited pricing page",
                        "Opened 3 emails",
                        "Job title contains 'Head'",
                        "Inaktiv 30 Tage",
                    ]
                )
            ),
            "grade": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "became_mql": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Deal Stage Changed",
        ("java", "web"),
        {
            "deal_id": G(lambda f: f.digits(10)),
            "deal_name": G(
                lambda f: (
                    company(f)
                    + " - "
                    + f.pick(["Enterprise renewal", "Pro upgrade", "Neukunde", "Uitbreiding"])
                )
            ),
            "amount": G(lambda f: f.pick([1200, 4800, 15000, 36000, 890])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "to_stage": G(
                lambda f: f.pick(["decisionmakerboughtin", "contractsent", "closedwon", "closedlost"])
            ),
            "close_date": G(lambda f: f.date(2024, 2025)),
            "owner": {
                "id": G(lambda f: f.digits(8)),
                "name": Y(full_name, "name"),
                "email": Y(lambda f: email(f, work=True), "email"),
            },
            "primary_contact": {
                "id": G(contact_id),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "contacts": Many(
                {
                    "id": G(contact_id),
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "role": G(lambda f: f.pick(["decision_maker", "champion", "billing", "technical"])),
                },
                3,
            ),
            "company_name": G(company),
        },
    ),
    (
        "track",
        "Meeting Booked",
        ("node", "lp"),
        {
            "meeting_id": G(lambda f: f.uuid()),
            "meeting_type": G(
                lambda f: f.pick(["30 min demo", "Onboarding call", "Erstgespräch", "Kennismakingsgesprek"])
            ),
            "start_time": G(iso),
            "end_time": G(iso),
            "invitee": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/New_York", "Europe/Amsterdam"])),
                "text_reminder_number": Y(phone, "phone"),
                "is_reschedule": G(lambda f: f.pick([True, False])),
            },
            "questions_and_answers": Many(
                {
                    "question": G(
                        lambda f: f.pick(
                            ["Company size", "Which CRM do you use today?", "Wie viele Kontakte?"]
                        )
                    ),
                    "answer": G(
                        lambda f: f.pick(["11-50", "Salesforce", "ca. 20.000", "Pipedrive", "none yet"])
                    ),
                },
                3,
            ),
            "location": {
                "type": G(lambda f: f.pick(["outbound_call", "outbound_call", "google_meet", "zoom"])),
                "join_url": G(
                    lambda f: "https://meet.google.com/" + "-".join(alnum(f, n).lower() for n in (3, 4, 3))
                ),
                "phone_number": Y(phone, "phone"),
            },
            "host": {
                "user_id": G(lambda f: f.digits(7)),
                "name": Y(full_name, "name"),
                "email": Y(lambda f: email(f, work=True), "email"),
            },
            "booked_via": G(lambda f: f.pick(["email_signature", "landing_page", "chat_widget"])),
            "guests": Many(Y(lambda f: email(f, work=True), "email"), 3),
        },
    ),
    (
        "track",
        "Call Logged",
        ("kotlin", "swift"),
        {
            "contact_id": G(contact_id),
            "contact_name": Y(full_name, "name"),
            "phone_number": Y(phone, "phone"),
            "direction": G(lambda f: f.pick(["outbound", "inbound", "missed"])),
            "duration_sec": G(lambda f: f.r.randint(0, 2400)),
            "outcome": G(lambda f: f.pick(["connected", "voicemail", "no_answer", "busy"])),
            "notes": G(call_outcome_note),
        },
    ),
    (
        "screen",
        "Contact Detail",
        MOBILE,
        {
            "contact_id": G(contact_id),
            "tab": G(lambda f: f.pick(["activity", "deals", "notes", "emails"])),
            "previous_screen": G(lambda f: f.pick(["Contact List", "Search", "Deal Detail", "Home"])),
            "has_open_deal": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(0, 3)),
            "load_time_ms": G(lambda f: f.r.randint(80, 2500)),
        },
    ),
    (
        "track",
        "Business Card Scanned",
        ("swift", "rn"),
        {
            "scan_id": G(lambda f: f.uuid()),
            "recognized": {
                "fullName": Y(full_name, "name"),
                "email": Y(lambda f: email(f, work=True), "email"),
                "phone": Y(phone, "phone"),
                "company": G(company),
                "title": G(lambda f: f.pick(JOB_TITLES)),
                "website": G(lambda f: "www." + f.pick(COMPANIES)[1]),
            },
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.55, 0.99), 2)),
        },
    ),
    (
        "track",
        "Lead Erfasst",
        ("flutter",),
        {
            "messe": G(
                lambda f: f.pick(["DMEXCO 2024", "OMR Festival", "Marketing Facts Live", "SaaStr Europa"])
            ),
            "badge_id": G(lambda f: f.digits(10)),
            "lead": {
                "vorname": Y(first, "name"),
                "nachname": Y(last, "name"),
                "e-mail": Y(lambda f: email(f, work=True), "email"),
                "telefon": Y(phone, "phone"),
                "firma": G(company),
                "position": G(lambda f: f.pick(JOB_TITLES)),
            },
            "notiz": G(
                lambda f: f.pick(
                    ["Möchte Demo im Q4", "Budget vorhanden", "Nur Infomaterial", "Entscheider, heiß"]
                )
            ),
        },
    ),
    (
        "track",
        "Event Registration Completed",
        ("lp", "php"),
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    ["Funnelcraft Summit Berlin", "Growth Breakfast Amsterdam", "Customer Day Austin"]
                )
            ),
            "attendee_name": Y(full_name, "name"),
            "attendee_email": Y(email, "email"),
            "attendee_phone": Y(phone, "phone"),
            "company": G(company),
            "accessibility_needs": RED(lambda f: f.pick([True, False, False]), "disability"),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "Alte Münze, Molkenmarkt 2, 10179 Berlin",
                        "Westergasfabriek, 1014 DA Amsterdam",
                        "Fair Market, 1100 E 5th St, Austin",
                    ]
                )
            ),
            "member_number": G(lambda f: "M" + f.digits(7)),
        },
    ),
    # -- chat widget --------------------------------------------------------------------------------------
    (
        "track",
        "Chat Started",
        ("lp", "web"),
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "widget_id": G(lambda f: "wdg_" + alnum(f, 10)),
            "first_message": G(chat_greeting),
            "visitor_name": Y(full_name, "name"),
            "visitor_email": Y(email, "email"),
            "visitor_phone": Y(phone, "phone"),
            "visitor_ip": Y(ip, "ip"),
            "visitor_geo": {
                "lat": Y(lambda f: round(f.r.uniform(25.0, 53.6), 4), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122.0, 13.8), 4), "geolocation"),
                "country_code": G(lambda f: f.pick(["DE", "NL", "US"])),
            },
            "assigned_agent": Y(full_name, "name"),
            "agent_id": G(lambda f: f.digits(7)),
            "wait_time_s": G(lambda f: f.r.randint(0, 300)),
            "channel": G(lambda f: f.pick(["web_widget", "whatsapp", "facebook_messenger"])),
            "business_hours": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Bot Email Captured",
        ("node",),
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "bot_id": G(lambda f: "bot_" + f.digits(4)),
            "step": G(lambda f: f.pick(["ask_email", "ask_email_retry", "handoff_form"])),
            "input": Y(chat_email_answer, "email", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "sender_type": G(lambda f: "visitor"),
        },
    ),
    # -- GDPR ------------------------------------------------------------------------------------------
    (
        "track",
        "Consent Updated",
        ("php", "python"),
        {
            "consent_id": G(lambda f: f.uuid()),
            "subject": {
                "email": Y(email, "email"),
                "contact_id": G(contact_id),
            },
            "purposes": {
                "marketing_email": G(lambda f: f.pick([True, False])),
                "analytics": G(lambda f: f.pick([True, False])),
                "profiling": G(lambda f: f.pick([True, False])),
            },
            "legal_basis": G(lambda f: f.pick(["consent", "legitimate_interest", "contract"])),
            "opt_in_ip": Y(ip, "ip"),
            "doi_token": RED(lambda f: alnum(f, 32), "token"),
            "doi_confirmed_at": G(iso),
            "user_agent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Einwilligung Erteilt",
        ("php",),
        {
            "einwilligungs_id": G(lambda f: f.uuid()),
            "e_mail": Y(lambda f: email(f, "DE"), "email"),
            "vorname": Y(lambda f: first(f, "DE"), "name"),
            "zweck": G(lambda f: f.pick(["Newsletter", "Telefonische Beratung", "Gewinnspiel"])),
            "rechtsgrundlage": G(
                lambda f: f.pick(
                    ["Art. 6 Abs. 1 lit. a DSGVO", "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6 Abs. 1 lit. f DSGVO"]
                )
            ),
            "zeitstempel": G(iso),
            "ip_adresse": Y(ip, "ip"),
            "widerrufen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        ("python",),
        {
            "request_id": G(lambda f: "dsr_" + f.digits(6)),
            "request_type": G(
                lambda f: f.pick(["access", "erasure", "rectification", "portability", "opt_out_of_sale"])
            ),
            "jurisdiction": G(lambda f: f.pick(["GDPR", "CCPA", "UAVG"])),
            "requester_email": Y(email, "email"),
            "requester_name": Y(full_name, "name"),
            "requester_phone": Y(phone, "phone"),
            "requester_address": Y(lambda f: f"{street(f)}, {postcode(f)} {city(f)}", "address"),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "notes": G(dsr_note),
        },
    ),
    # -- billing (e-commerce spec) ----------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ("web",),
        {
            "checkout_id": G(lambda f: "cs_live_" + alnum(f, 24)),
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "value": G(lambda f: f.pick([49.0, 890.0, 3600.0, 1180.0])),
            "tax": G(lambda f: f.pick([0.0, 9.31, 169.1, 684.0])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "coupon": G(lambda f: f.pick(["", "ANNUAL20", "PARTNER10"])),
            "products": Many(plan_product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "node"),
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "invoice_number": G(lambda f: f"FC-2024-{f.r.randint(1, 99999):05d}"),
            "billing_phone": Y(phone, "phone"),
            "total": G(lambda f: f.pick([49.0, 890.0, 3600.0, 1180.0])),
            "subtotal": G(lambda f: f.pick([41.18, 747.9, 3025.21])),
            "tax": G(lambda f: f.pick([0.0, 9.31, 169.1, 684.0])),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "products": Many(plan_product(), 3),
            "billing_details": {
                "name": Y(full_name, "name"),
                "company": G(company),
                "vat_id": G(vat_id),
                "email": Y(email, "email"),
                "address": address_block(),
            },
            "payment_method": {
                "id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
                "type": G(lambda f: f.pick(["card", "sepa_debit", "ideal"])),
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", ""])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ("python",),
        {
            "mandate_id": G(lambda f: "mandate_" + alnum(f, 24)),
            "mandate_reference": G(sepa_mandate),
            "account_holder_name": Y(full_name, "name"),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "NL"])), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "INGBNL2A", "RABONL2U", "DEUTDEDBBER", "ABNANL2A"])),
            "accepted_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Invoice Payment Failed",
        ("ruby",),
        {
            "invoice_id": G(lambda f: "in_" + alnum(f, 24)),
            "invoice_number": G(lambda f: f"FC-2024-{f.r.randint(1, 99999):05d}"),
            "amount_due": G(lambda f: f.pick([4900, 89000, 360000])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "customer_email": Y(email, "email"),
            "next_payment_attempt": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    # -- API keys, integrations, webhooks --------------------------------------------------------------
    (
        "track",
        "API Key Created",
        ("web",),
        {
            "key_id": G(lambda f: "key_" + f.digits(8)),
            "key_name": G(lambda f: f.pick(["Zapier prod", "Shopify sync", "website-forms", "BI export"])),
            "key_prefix": G(lambda f: "fc_live_" + alnum(f, 4)),
            "scopes": Many(
                G(lambda f: f.pick(["contacts.read", "contacts.write", "campaigns.read", "forms.write"])), 3
            ),
            "created_by_user_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ("node", "java"),
        {
            "integration": G(
                lambda f: f.pick(["salesforce", "shopify", "slack", "google_ads", "woocommerce"])
            ),
            "connection_id": G(lambda f: f.uuid()),
            "connected_by_email": Y(lambda f: email(f, work=True), "email"),
            "oauth": {
                "access_token": RED(lambda f: "ya29." + alnum(f, 90), "token"),
                "refresh_token": RED(lambda f: "1//0" + alnum(f, 60), "token"),
                "expires_in": G(lambda f: 3599),
                "scope": G(
                    lambda f: f.pick(["contacts offline_access", "https://www.googleapis.com/auth/adwords"])
                ),
                "instance_url": G(
                    lambda f: f.pick(
                        ["https://muellerbau.my.salesforce.com", "https://brightpath.my.salesforce.com", ""]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Legacy Integration Settings Saved",
        ("php",),
        {
            "provider": G(lambda f: f.pick(["mailchimp", "stripe", "hubspot"])),
            "api_key": RED(
                lambda f: f.pick([mailchimp_key, stripe_key, hubspot_style_token])(f), "secret|token"
            ),
            "smtp_username": G(role_mailbox),
            "smtp_password": RED(lambda f: alnum(f, f.r.randint(10, 18)), "password"),
            "slack_webhook_url": RED(slack_hook, "secret"),
        },
    ),
    (
        "track",
        "Webhook Subscription Created",
        ("web", "go"),
        {
            "subscription_id": G(lambda f: f.digits(6)),
            "target_url": G(
                lambda f: f.pick(
                    [
                        "https://hooks.zapier.com/hooks/catch/" + f.digits(7) + "/abc123/",
                        "https://api.mueller-bau.de/crm/webhook",
                        "https://n8n.despaak.nl/webhook/funnelcraft",
                    ]
                )
            ),
            "events": Many(
                G(lambda f: f.pick(["contact.created", "deal.updated", "form.submitted", "email.bounced"])), 3
            ),
            "signing_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
            "active": G(lambda f: True),
            "max_retries": G(lambda f: f.pick([3, 5, 8])),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ("go",),
        {
            "subscription_id": G(lambda f: f.digits(6)),
            "event_type": G(lambda f: f.pick(["contact.created", "deal.updated", "form.submitted"])),
            "attempt": G(lambda f: f.r.randint(1, 8)),
            "payload_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- webinar platform webhook (kebab-case) ---------------------------------------------------------
    (
        "track",
        "Webinar Registrant Added",
        ("ruby", "php"),
        {
            "webinar-id": G(lambda f: f.digits(11)),
            "webinar-title": G(
                lambda f: f.pick(
                    [
                        "E-Mail-Marketing 2024: Was funktioniert",
                        "Lead scoring 101",
                        "Van lead naar klant in 30 dagen",
                    ]
                )
            ),
            "registrant-id": G(lambda f: alnum(f, 22)),
            "registrant-email": Y(email, "email"),
            "registrant-first-name": Y(first, "name"),
            "registrant-last-name": Y(last, "name"),
            "join-url": RED(join_url, "token", True),
            "job-title": G(lambda f: f.pick(JOB_TITLES)),
            "organization": G(company),
            "country": G(lambda f: f.pick(["DE", "NL", "US", "AT", "BE"])),
            "attended": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) ------------------------------------------------------
    (
        "track",
        "LEAD_SYNCED",
        ("java", "python"),
        {
            "LEAD_ID": G(lambda f: f.digits(9)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "STREET_ADDRESS": Y(street, "address|street"),
            "CITY": Y(city, "city"),
            "POSTAL_CODE": Y(postcode, "zipcode"),
            "LAST_SEEN_IP": Y(ip, "ip"),
            "LEAD_SCORE": G(lambda f: f.r.randint(0, 100)),
            "COMPANY_NAME": G(company),
            "COUNTRY_CODE": G(lambda f: f.pick(["DE", "NL", "US"])),
            "IS_MQL": G(lambda f: f.pick([True, False])),
            "OWNER_EMAIL": Y(lambda f: email(f, work=True), "email"),
            "CREATED_AT": G(iso),
        },
    ),
    # -- workspace settings ---------------------------------------------------------------------------
    (
        "track",
        "Sender Identity Verified",
        ("web",),
        {
            "sender_id": G(lambda f: f.digits(6)),
            "from_email": G(role_mailbox),
            "sending_domain": G(lambda f: "mail." + f.pick(COMPANIES)[1]),
            "dkim_valid": G(lambda f: f.pick([True, False])),
            "physical_address": G(
                lambda f: f.pick(
                    [
                        "Leopoldstraße 244, 80807 München",
                        "Keizersgracht 62, 1015 CS Amsterdam",
                        "500 W 2nd St, Austin, TX 78701",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Profile Photo Uploaded",
        (*MOBILE, "web"),
        {
            "photo_url": Y(lambda f: f"https://cdn.funnelcraft.io/avatars/{f.hexid(20)}.jpg", "photo"),
            "width": G(lambda f: f.pick([256, 512, 1024])),
            "source": G(lambda f: f.pick(["camera", "library", "gravatar"])),
        },
    ),
    (
        "track",
        "Email Forwarded To Friend",
        ("lp",),
        {
            "campaign_id": G(lambda f: f.digits(9)),
            "forwarder_email": Y(email, "email"),
            "friend_name": Y(full_name, "name"),
            "friend_email": Y(email, "email"),
            "personal_message": G(
                lambda f: f.pick(
                    ["Thought you'd like this", "Schau mal!", "Leuk voor jullie team?", "FYI", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Preferences Updated",
        ("lp", "php"),
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "mobile_number": Y(phone, "phone"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "zip_code": Y(postcode, "zipcode"),
            "frequency": G(lambda f: f.pick(["weekly", "monthly", "only_important"])),
            "topics": Many(G(lambda f: f.pick(["product_news", "events", "offers", "blog"])), 3),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "preference_center_version": G(lambda f: f.pick(["v2", "v3", "v3.1"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("ruby",),
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "organization": G(company),
            },
            "cc": Many(Y(lambda f: email(f, work=True), "email"), 2),
            "subject": G(
                lambda f: f.pick(
                    ["Import schlägt fehl", "DKIM not validating", "Factuur klopt niet", "SSO setup"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["email", "web", "chat"])),
            "assignee_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Team Member Removed",
        ("web", "dotnet"),
        {
            "removed_user_id": G(lambda f: f.digits(7)),
            "removed_user_email": Y(lambda f: email(f, work=True), "email"),
            "removed_user_name": Y(full_name, "name"),
            "records_reassigned": G(lambda f: f.r.randint(0, 900)),
            "reassigned_to_email": Y(lambda f: email(f, work=True), "email"),
        },
    ),
    (
        "track",
        "Field Visit Checked In",
        ("flutter",),
        {
            "visit_id": G(lambda f: f.uuid()),
            "account_name": G(company),
            "account_address": G(
                lambda f: f.pick(
                    ["Industriestraße 7, 88131 Lindau", "Keizersgracht 62, Amsterdam", "500 W 2nd St, Austin"]
                )
            ),
            "latitude": Y(lambda f: round(f.r.uniform(47.3, 53.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(4.2, 13.8), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "met_with": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ("web",),
        {
            "query": Y(street, "address|street", True),
            "selected": {
                "description": Y(lambda f: f"{street(f)}, {postcode(f)} {city(f)}", "address", True),
                "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
                "session_token": G(lambda f: f.uuid()),
            },
            "object_type": G(lambda f: "contact"),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Contact Email Changed",
        ("node",),
        {
            "contact_id": G(contact_id),
            "property_name": G(lambda f: f.pick(["email", "work_email", "secondary_email"])),
            "old_value": Y(email, "email", True),
            "new_value": Y(email, "email", True),
            "changed_via": G(lambda f: f.pick(["ui", "api", "form", "import"])),
        },
    ),
    (
        "track",
        "Comment Added",
        ("web",),
        {
            "comment_id": G(lambda f: f.digits(9)),
            "comment": Y(
                lambda f: f.pick(
                    [
                        "@{} can you call them back?",
                        "Kannst du das übernehmen, @{}?",
                        "@{} graag even checken",
                    ]
                ).format(full_name(f)),
                "name",
                True,
            ),
            "mentions": Many({"user_id": G(lambda f: f.digits(7))}, 2),
            "object_type": G(lambda f: f.pick(["deal", "contact", "ticket"])),
        },
    ),
    (
        "track",
        "Email Reply Received",
        ("go",),
        {
            "from": Y(lambda f: f"{full_name(f)} <{email(f)}>", "name|email", True),
            "envelope": {
                "from": Y(email, "email", True),
                "to": Many(G(role_mailbox), 1),
            },
            "subject": G(
                lambda f: f.pick(
                    ["Re: Your September update", "AW: Ihr Angebot", "Re: Je uitnodiging", "Out of office"]
                )
            ),
            "spam_score": G(lambda f: round(f.r.uniform(-2, 6), 1)),
            "in_reply_to": G(lambda f: f"<{f.uuid()}@mail.funnelcraft.io>"),
            "auto_reply": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            f.cc = f.pick(COUNTRIES)  # type: ignore[attr-defined]
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(7),
            }
            if client == "lp":  # a landing-page visitor has not been identified
                del msg["userId"]
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "ws_" + f.digits(6)
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
    events, labels = build(seed=111, repeats=30)
    write(Path(__file__).parent, "holdout111_", events, labels)
