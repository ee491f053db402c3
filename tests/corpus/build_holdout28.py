"""Writes the twenty-eighth holdout: tests/corpus/holdout28_events.jsonl and holdout28_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author. It is meant to be
scored once, on events the engine has never seen.

Run with `.venv/bin/python -m tests.corpus.build_holdout28` (seeded, deterministic).

Domain: work software, as one Segment workspace with three sources.
- Taskflow (project management and docs): identify/group calls for members and workspaces,
  invites, projects, tasks with assignees and comments, file uploads, Slack / Google Drive /
  GitHub integrations, SSO (SAML, SCIM), audit logs, billing with the e-commerce spec events,
  page and screen calls, alias calls.
- Slotwise (a Calendly-like scheduler): booking pages, Calendly-webhook-shaped scheduled and
  cancelled events with invitees answering a custom question, SMS and e-mail reminders (Twilio
  shaped), calendar connections, kebab-case routing forms, paid bookings (Stripe shaped).
- PeopleHub (HR): employee records from a .NET backend (PascalCase), time off and sick leave,
  payroll exports, Dutch (Nmbrs/Loket-style) and French (Silae-style) payroll connectors with
  Dutch and French keys, performance reviews, onboarding documents, benefits with dependants,
  workplace accommodations, and a reverse-ETL feed in SCREAMING_SNAKE warehouse columns.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries.

Values are varied across countries: names from many cultures (Dutch names with a tussenvoegsel),
national phone formats (NL, FR, DE, GB, US, IN, BR, JP, AU, NG), local street and postcode
shapes, Luhn-valid cards and SIRETs, mod-97 IBANs, 11-proof BSNs, NIRs with their mod-97 key,
SSA-structured SSNs.

Conventions: each leaf path (arrays as `[]`) has one label: classification (red / yellow /
green), type (the reference's default matcher name, or bank account, geolocation, secret,
national id, health id, advertising id, credit card, password, ip address...; `a|b` when either
name is fair) and value_only.

Labelling rules (the Privacy Portal's default colours):
- PII means personal data about a natural person: the user, an invitee, a recipient, a
  colleague, a dependant, an emergency contact. Colour is the reference matcher's default colour;
  for other types red for credentials / secrets / tokens, card numbers, bank accounts,
  government ids and health ids, yellow otherwise (geolocation, advertising id, marital status).
- Green: ids we issue (user / employee / task / booking ids, UUIDs, numeric ids, invoice
  numbers), versions, timestamps, hashes and fingerprints, amounts that are not a person's pay,
  enums, counters and booleans even under PII-sounding keys (`emailVerified`, `phone_count`),
  names of things (workspaces, projects, tasks, plans, event types, companies, offices, pets),
  places that are not the person's (an office city, a company's country), country, locale,
  timezone, currency, user agents, OS-issued analytics device ids, card brand / last four /
  expiry, BIC codes, an employer's own tax number or SIRET, a company VAT number.
- A person's pay (salary, hourly wage, net pay, final pay) is `salary`, yellow, though it is an
  amount. Totals of a payroll run are green.
- A boolean or enum that itself reveals a special category about the person (pregnancy-related
  leave, smoker, a workplace accommodation for a disability) is red of that category, even when
  the matcher's default colour for a plain field is yellow (condition). Plain health free text
  (a sick-leave reason) takes the matcher's colour: yellow condition|diagnosis. A leave policy
  enum (vacation / sick / parental) is green: it names the policy, not a diagnosis.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `to`, `answer`, `body`, `canceled_by`, a link whose slug is a person's
  name) and only the value tells. Every value of a value_only PII path carries that PII; free
  text is labelled by what every one of its values carries and is green when none does. This
  corpus deliberately has no free-text path where PII shows up in only some values.
- Judgement calls a careful privacy owner would make: a scheduling link whose slug is the host's
  name (`slotwise.app/amara-okafor/30min`) is a name; a connected calendar's label (Google
  names primary calendars by the account's e-mail) is an e-mail; a Slack incoming-webhook URL is
  a secret; OAuth access / refresh tokens, SCIM tokens and a push token are tokens (red);
  pronouns are gender; a W-4 filing status and `situation_familiale` are marital status
  (yellow); a US EEO disability self-identification enum is disability (red); a LinkedIn
  profile URL carrying the person's name is a name; a US ABA routing number is green while the
  account number beside it is a bank account; a benefits member id is a health id; a file name that
  embeds the employee's name is a name; a name particle (`tussenvoegsel`: "van der") is a name;
  an IdP certificate fingerprint, a task title, an event-type name and a message template with
  `{{placeholders}}` are green; page URLs in this workspace never carry a person's slug.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = [
    "Amara",
    "Sanne",
    "Thijs",
    "Camille",
    "Théo",
    "Léa",
    "Mohammed",
    "Aisha",
    "Wei",
    "Xiaoling",
    "Haruto",
    "Yui",
    "Min-jun",
    "Ji-woo",
    "Arjun",
    "Ananya",
    "Chidi",
    "Ngozi",
    "Thiago",
    "Larissa",
    "Zofia",
    "Kacper",
    "Emre",
    "Elif",
    "Linh",
    "Quang",
    "Liam",
    "Olivia",
    "Siobhán",
    "Dmitri",
    "Ingrid",
    "Mateus",
    "Fatou",
    "Rahul",
    "Noor",
    "Joost",
    "Maëlle",
    "Kofi",
    "Isabella",
    "Tomás",
]
LASTS = [
    "Okafor",
    "de Vries",
    "Jansen",
    "Bakker",
    "van den Berg",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Benali",
    "Haddad",
    "Zhang",
    "Liu",
    "Takahashi",
    "Suzuki",
    "Kim",
    "Park",
    "Sharma",
    "Iyer",
    "Adeyemi",
    "Eze",
    "Oliveira",
    "Souza",
    "Nowak",
    "Wiśniewska",
    "Yılmaz",  # noqa: RUF001 - a Turkish surname
    "Demir",
    "Nguyen",
    "Tran",
    "Murphy",
    "O'Connor",
    "Petrov",
    "Lindqvist",
    "Costa",
    "Diallo",
    "Mehta",
    "Al-Sayed",
    "Visser",
    "Girard",
    "Mensah",
    "Fernández",
]
TUSSEN = ["van", "de", "van der", "van den", "ter", "'t"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.fr", "icloud.com", "hotmail.nl", "web.de"]
WORK_DOMAINS = ["northwind.io", "globex.com", "initech.co", "brightpath.nl", "lumen.fr", "acme.dev"]
ASCII = str.maketrans("éèëÉöóòüúíïáàâçñśşıłĞğ'", "eeeEooouuiiaaacnssilGg ")


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def slug(s: str) -> str:
    return s.translate(ASCII).lower().replace(" ", "-").replace("--", "-")


def email(f: Fake, work=None) -> str:
    fn, ln = slug(first(f)), slug(last(f)).replace("-", "")
    work = f.r.random() < 0.5 if work is None else work
    if work:
        return f"{fn}.{ln}@{f.pick(WORK_DOMAINS)}"
    sep = f.pick([".", "_", "", "+tf."])
    return f"{fn}{sep}{ln}{f.pick(['', str(f.r.randint(1, 99))])}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake) -> str:
    r = f.r
    d = f.digits
    return f.pick(
        [
            f"+31 6 {d(8)}",
            f"06-{d(8)}",
            f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"07 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+49 151 {d(8)}",
            f"07700 {r.randint(900000, 900999)}",
            f"+44 7911 {d(6)}",
            f"({r.randint(201, 989)}) {r.randint(201, 999)}-{d(4)}",
            f"+1{r.randint(201, 989)}{r.randint(201, 999)}{d(4)}",
            f"+91 9{d(4)} {d(5)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"090-{d(4)}-{d(4)}",
            f"04{r.randint(10, 99)} {d(3)} {d(3)}",
            f"+234 803 {d(3)} {d(4)}",
        ]
    )


def e164(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+316{f.digits(8)}",
            f"+336{f.digits(8)}",
            f"+4915{f.digits(9)}",
            f"+447{f.digits(9)}",
            f"+1{r.randint(201, 989)}{r.randint(201, 999)}{f.digits(4)}",
            f"+919{f.digits(9)}",
            f"+5511{f.digits(9)}",
        ]
    )


def street(f: Fake) -> str:
    n = f.r.randint(1, 240)
    return f.pick(
        [
            f"Keizersgracht {n}",
            f"Laan van Meerdervoort {n}-{f.pick(['A', 'B', 'II'])}",
            f"{n} rue de la Roquette",
            f"{n} avenue Jean Jaurès",
            f"Hauptstraße {n}",
            f"{n} Cheltenham Road",
            f"{n} Maple Avenue, Apt {f.r.randint(1, 30)}",
            f"Rua Augusta, {n}",
            f"ul. Marszałkowska {n}/{f.r.randint(1, 40)}",
            f"{n}-{f.r.randint(1, 9)} Shibuya",
        ]
    )


def postcode(f: Fake) -> str:
    r = f.r
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    return f.pick(
        [
            f"{r.randint(1000, 9999)} {f.pick(letters)}{f.pick(letters)}",
            f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}",
            f"{r.randint(10000, 99999)}",
            f"SW{r.randint(1, 20)} {r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}",
            f"M{r.randint(1, 9)}{f.pick(letters)} {r.randint(1, 9)}{f.pick(letters)}{r.randint(1, 9)}",
        ]
    )


HOME_CITIES = [
    "Utrecht",
    "Haarlem",
    "Lyon",
    "Nantes",
    "Leipzig",
    "Manchester",
    "Austin",
    "Pune",
    "Curitiba",
    "Kraków",
    "Izmir",
    "Da Nang",
    "Eindhoven",
    "Lille",
    "Porto",
    "Nairobi",
]


def city(f: Fake) -> str:
    return f.pick(HOME_CITIES)


def bsn(f: Fake) -> str:
    while True:
        head = [f.r.randint(0, 9) for _ in range(8)]
        head[0] = f.r.randint(1, 6)
        total = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return "".join(map(str, head)) + str(check)


def nir(f: Fake) -> str:
    body = (
        f"{f.r.randint(1, 2)}{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}"
        f"{f.r.randint(1, 95):02d}{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    if f.r.random() < 0.5:
        return f"{body}{key:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def siret(f: Fake) -> str:
    return f.luhn_complete(f.digits(13))


def aba_routing(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)]
    d[0] = f.r.randint(0, 3)
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return "".join(map(str, d)) + str((10 - total % 10) % 10)


def iso_date(f: Fake, y0=2024, y1=2025) -> str:
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def alnum(f: Fake, n: int) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(f.pick(chars) for _ in range(n))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def tf_user(f: Fake) -> str:
    return "usr_" + alnum(f, 14)


def f_iso(f: Fake) -> str:
    return f.iso()


def ws_id(f: Fake) -> str:
    return "ws_" + alnum(f, 10)


def employee_no(f: Fake) -> str:
    return f.pick(["E", "PH-", ""]) + f.digits(5)


WORKSPACES = ["Northwind Ops", "Globex Marketing", "Initech Platform", "Lumen Studio", "BrightPath HR"]
PROJECTS = ["Q3 Launch", "Website Redesign", "Mobile App v5", "SOC 2 Audit", "Hiring Pipeline", "Onboarding"]
TASK_TITLES = [
    "Update onboarding checklist",
    "Fix flaky login test",
    "Draft Q3 OKRs",
    "Review pricing page copy",
    "Migrate billing webhooks",
    "Prepare board deck",
    "Localise help center to French",
]
EVENT_TYPES = ["30 Minute Meeting", "Intro Call", "Product Demo", "Office Hours", "Technical Interview"]
TEAMS = ["Engineering", "Sales", "People Ops", "Finance", "Design", "Customer Success"]
JOBS = ["Software Engineer", "Account Executive", "HR Business Partner", "Designer", "Controller"]
OFFICES = ["Amsterdam HQ", "Paris", "Berlin", "Remote - EU", "New York"]

# -- contexts ---------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]

HOSTS = {"taskflow": "app.taskflow.io", "slotwise": "slotwise.app", "peoplehub": "app.peoplehub.eu"}
PAGES = {
    "taskflow": [
        ("/w/northwind/projects", "Projects · Taskflow"),
        ("/w/globex/inbox", "Inbox · Taskflow"),
        ("/settings/billing", "Billing · Taskflow"),
        ("/w/initech/docs/roadmap", "Roadmap · Taskflow"),
    ],
    "slotwise": [
        ("/northwind-sales/discovery-call", "Discovery Call | Slotwise"),
        ("/event_types/user/me", "Event Types | Slotwise"),
        ("/d/7fa3kq", "Book a time | Slotwise"),
        ("/integrations/calendars", "Calendars | Slotwise"),
    ],
    "peoplehub": [
        ("/employees", "Employees - PeopleHub"),
        ("/time-off/requests", "Time off - PeopleHub"),
        ("/payroll/runs", "Payroll - PeopleHub"),
        ("/reviews/cycles/2024-h2", "Reviews - PeopleHub"),
    ],
}


def web_context(f: Fake, product: str):
    path, title = f.pick(PAGES[product])
    host = HOSTS[product]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.72.0", "next-1.74.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://mail.google.com/", "https://slack.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?tab=activity"])),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{host}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand"])),
                    "version": G(lambda f: f.pick(["126", "8", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "nl-NL", "fr-FR", "de-DE", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Amsterdam", "Europe/Paris", "America/Chicago", "Asia/Kolkata"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["q3_webinar", "trial_nurture", "g2_retarget"])),
            "source": G(lambda f: f.pick(["newsletter", "google", "linkedin"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "social"])),
            "term": G(lambda f: f.pick(["project management tool", "scheduling app", "hr software"])),
            "content": G(lambda f: f.pick(["cta_top", "footer_link"])),
        },
    }


def swift_context(f: Fake, product: str):
    return {
        "app": {
            "name": G(lambda f: product.capitalize()),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2"])),
            "build": G(lambda f: f.pick(["6400", "6521"])),
            "namespace": G(lambda f: f"io.{product}.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "nl-NL", "fr-FR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.0"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "userId": G(tf_user)},
    }


def kotlin_context(f: Fake, product: str):
    return {
        "app": {
            "name": G(lambda f: product.capitalize()),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651003"])),
            "namespace": G(lambda f: f"io.{product}.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8a", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1s", "akita", "OP5913L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.17.0")},
        "locale": G(lambda f: f.pick(["nl-NL", "fr-FR", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["KPN", "Orange F", "Vodafone"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "15"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "timezone": G(lambda f: f.pick(["Europe/Amsterdam", "Europe/Paris"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8a Build/AP2A.240805.005)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(43.0, 53.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-1.5, 7.0), 6), "geolocation"),
            "speed": G(lambda f: 0.0),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "name": Y(full, "name")},
    }


def rn_context(f: Fake, product: str):
    return {
        "app": {
            "name": G(lambda f: product.capitalize()),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.4"])),
            "build": G(lambda f: f.pick(["320", "334"])),
            "namespace": G(lambda f: f"io.{product}.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "en-IN"])),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "Asia/Kolkata", "America/Denver"])),
        "traits": {"email": Y(email, "email"), "phone": Y(phone, "phone")},
        "ip": Y(ip, "ip"),
    }


def flutter_context(f: Fake, product: str):
    return {
        "app": {
            "name": G(lambda f: product.capitalize()),
            "version": G(lambda f: "2.8.1"),
            "build": G(lambda f: "281"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Xiaomi", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "2201117TG", "SM-A546B"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "ja-JP", "en-NG"])),
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Asia/Tokyo", "Africa/Lagos"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.5.0",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(lib: str):
    def ctx(f: Fake, product: str):
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if lib in ("analytics-node", "analytics-python", "analytics-go"):
            c["ip"] = Y(ip, "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib in ("analytics-node", "analytics-ruby"):
            c["groupId"] = G(ws_id)
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: email(f, work=True), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}
PY, NODE, GO, JAVA, RUBY, PHP, NET = SERVER_VERSIONS

# -- Taskflow ---------------------------------------------------------------------------------------


def owner():
    return {"id": G(tf_user), "name": Y(full, "name"), "email": Y(email, "email")}


def plan_item():
    return {
        "product_id": G(lambda f: f.pick(["prod_PlnBiz", "prod_PlnTeam", "prod_AddonSso"])),
        "sku": G(lambda f: f.pick(["TF-TEAM-M", "TF-BIZ-Y", "TF-SSO-ADDON"])),
        "name": G(lambda f: f.pick(["Team (monthly)", "Business (annual)", "SSO add-on"])),
        "category": G(lambda f: "subscription"),
        "price": G(lambda f: f.pick([8.0, 12.0, 96.0, 144.0])),
        "quantity": G(lambda f: f.r.randint(3, 250)),
    }


TASKFLOW = [
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "avatar": Y(lambda f: f"https://avatars.taskflow.io/{f.hexid(20)}.png", "photo"),
            "title": G(lambda f: f.pick(JOBS)),
            "role": G(lambda f: f.pick(["owner", "admin", "member", "guest"])),
            "createdAt": G(f_iso),
            "plan": G(lambda f: f.pick(["free", "team", "business", "enterprise"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phone": Y(phone, "phone"),
            "company": {
                "id": G(ws_id),
                "name": G(lambda f: f.pick(WORKSPACES)),
                "employee_count": G(lambda f: f.r.randint(5, 4000)),
            },
            "tasksAssigned": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "username": Y(lambda f: slug(first(f)) + "." + slug(last(f))[:4], "name"),
            "email": Y(lambda f: email(f, work=True), "email"),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "nl", "fr", "pt"])),
        },
    ),
    (
        "group",
        None,
        ["web", NODE],
        {
            "name": G(lambda f: f.pick(WORKSPACES)),
            "industry": G(lambda f: f.pick(["Software", "Retail", "Healthcare", "Education"])),
            "employees": G(lambda f: f.r.randint(5, 5000)),
            "plan": G(lambda f: f.pick(["team", "business", "enterprise"])),
            "website": G(lambda f: "https://www." + f.pick(WORK_DOMAINS)),
            "createdAt": G(f_iso),
            "domain": G(lambda f: f.pick(WORK_DOMAINS)),
            "owner_email": Y(lambda f: email(f, work=True), "email"),
            "seats_used": G(lambda f: f.r.randint(1, 250)),
            "sso_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, [NODE, "web"], None),
    (
        "page",
        "Projects",
        ["web"],
        {
            "path": G(lambda f: "/w/northwind/projects"),
            "title": G(lambda f: "Projects · Taskflow"),
            "url": G(lambda f: "https://app.taskflow.io/w/northwind/projects"),
            "name": G(lambda f: "Projects"),
            "referrer": G(lambda f: f.pick(["", "https://app.taskflow.io/"])),
        },
    ),
    (
        "screen",
        "Task Detail",
        ["swift", "kotlin"],
        {
            "name": G(lambda f: "Task Detail"),
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "from_notification": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Workspace Created",
        [NODE],
        {
            "workspace_id": G(ws_id),
            "workspace_name": G(lambda f: f.pick(WORKSPACES)),
            "template": G(lambda f: f.pick(["blank", "engineering", "marketing", "hr"])),
            "region": G(lambda f: f.pick(["eu-west-1", "us-east-1"])),
            "created_by_email": Y(lambda f: email(f, work=True), "email"),
        },
    ),
    (
        "track",
        "Member Invited",
        ["web"],
        {
            "workspace_id": G(ws_id),
            "invite_id": G(lambda f: f.uuid()),
            "invitee_email": Y(email, "email"),
            "invitee_role": G(lambda f: f.pick(["member", "admin", "guest"])),
            "inviter_user_id": G(tf_user),
            "invites_pending": G(lambda f: f.r.randint(0, 25)),
            "invite_message": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, join us on Taskflow for the launch!",
                        f"{first(f)} - here's the workspace we talked about",
                        f"Welcome aboard {first(f)} :)",
                    ]
                ),
                "name",
                True,
            ),
            "via": G(lambda f: f.pick(["email", "link", "slack"])),
        },
    ),
    (
        "track",
        "Invite Accepted",
        [GO],
        {
            "invite_id": G(lambda f: f.uuid()),
            "accepted_by_user_id": G(tf_user),
            "days_to_accept": G(lambda f: f.r.randint(0, 14)),
            "invited_email_domain": G(lambda f: f.pick([*WORK_DOMAINS, "gmail.com"])),
            "sso_provisioned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Member Removed",
        [RUBY],
        {
            "workspace_id": G(ws_id),
            "member_user_id": G(tf_user),
            "member_email": Y(lambda f: email(f, work=True), "email"),
            "removed_by": G(tf_user),
            "removal_reason": G(lambda f: f.pick(["offboarded", "seat_reduction", "duplicate_account"])),
            "transfer_tasks_to": G(tf_user),
            "open_tasks_transferred": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Project Created",
        ["web", "rn"],
        {
            "project_id": G(lambda f: "prj_" + alnum(f, 10)),
            "project_name": G(lambda f: f.pick(PROJECTS)),
            "visibility": G(lambda f: f.pick(["private", "workspace", "public_link"])),
            "template": G(lambda f: f.pick(["blank", "kanban", "sprint", "hr"])),
            "color": G(lambda f: f.pick(["#7B61FF", "#12B886", "#F59F00"])),
            "member_count": G(lambda f: f.r.randint(1, 40)),
            "due_date": G(lambda f: iso_date(f)),
            "owner": owner(),
        },
    ),
    (
        "track",
        "Task Created",
        ["web", "swift", "kotlin"],
        {
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "project_id": G(lambda f: "prj_" + alnum(f, 10)),
            "title": G(lambda f: f.pick(TASK_TITLES)),
            "priority": G(lambda f: f.pick(["p0", "p1", "p2", "p3"])),
            "due_at": G(f_iso),
            "assignee_ids": Many(G(tf_user), 3),
            "assignees": Many({"user_id": G(tf_user), "display_name": Y(full, "name")}, 3),
            "labels": Many(G(lambda f: f.pick(["bug", "design", "backend", "customer"])), 3),
            "estimate_points": G(lambda f: f.pick([1, 2, 3, 5, 8])),
            "has_attachments": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest Added To Project",
        ["web"],
        {
            "project_id": G(lambda f: "prj_" + alnum(f, 10)),
            "guest": {
                "email": Y(email, "email"),
                "name": Y(full, "name"),
                "company": G(lambda f: f.pick(["Globex", "Hooli", "Pied Piper"])),
                "access": G(lambda f: f.pick(["view", "comment", "edit"])),
            },
            "expires_at": G(f_iso),
        },
    ),
    (
        "track",
        "Task Assigned",
        [NODE],
        {
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "assignee_email": Y(lambda f: email(f, work=True), "email"),
            "assignee_name": Y(full, "name"),
            "assigned_by": G(tf_user),
            "notify_assignee": G(lambda f: f.pick([True, False])),
            "assignee_is_guest": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Task Completed",
        ["web", "kotlin", GO],
        {
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "completed_at": G(f_iso),
            "time_to_complete_hours": G(lambda f: round(f.r.uniform(0.2, 300), 1)),
            "subtasks_count": G(lambda f: f.r.randint(0, 12)),
            "completed_via": G(lambda f: f.pick(["board", "list", "slack", "github_pr"])),
        },
    ),
    (
        "track",
        "Comment Added",
        ["web", "swift"],
        {
            "comment_id": G(lambda f: f.uuid()),
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"@{first(f)} can you take a look before Friday?",
                        f"Thanks {first(f)}! Merging this now.",
                        f"cc @{first(f)} @{first(f)} - blocked on legal review",
                        f"{first(f)} said the client signed off",
                    ]
                ),
                "name",
                True,
            ),
            "body_length": G(lambda f: f.r.randint(5, 800)),
            "mentioned_users": Many(
                {"id": G(tf_user), "handle": Y(lambda f: "@" + slug(first(f)) + slug(last(f))[:3], "name")}, 2
            ),
            "is_reply": G(lambda f: f.pick([True, False])),
            "emoji_reactions": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "File Uploaded",
        ["web", "rn"],
        {
            "file_id": G(lambda f: "fil_" + alnum(f, 16)),
            "file_name": G(
                lambda f: f.pick(
                    ["Q3 roadmap.pdf", "logo-final-v2.png", "sprint-42-retro.docx", "pricing.xlsx"]
                )
            ),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/png", "application/vnd.ms-excel"])),
            "size_bytes": G(lambda f: f.r.randint(1200, 40_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "storage": G(lambda f: f.pick(["taskflow", "google_drive"])),
            "uploaded_from": G(lambda f: f.pick(["drag_drop", "paste", "mobile_camera"])),
        },
    ),
    (
        "track",
        "Slack Connected",
        [NODE],
        {
            "integration": G(lambda f: "slack"),
            "slack_team_id": G(lambda f: "T0" + alnum(f, 9).upper()),
            "slack_team_name": G(lambda f: f.pick(WORKSPACES)),
            "slack_channel": G(lambda f: f.pick(["#eng-alerts", "#launch", "#people-ops"])),
            "slack_webhook_url": RED(
                lambda f: (
                    "https://hooks.slack.com/services/"
                    f"T0{alnum(f, 8).upper()}/B0{alnum(f, 8).upper()}/{alnum(f, 24)}"
                ),
                "secret",
            ),
            "bot_access_token": RED(lambda f: f"xoxb-{f.digits(12)}-{f.digits(13)}-{alnum(f, 24)}", "token"),
            "installed_by_slack_user": G(lambda f: "U0" + alnum(f, 9).upper()),
            "scopes": Many(G(lambda f: f.pick(["chat:write", "channels:read", "users:read.email"])), 3),
        },
    ),
    (
        "track",
        "GitHub Connected",
        [NODE],
        {
            "integration": G(lambda f: "github"),
            "installation_id": G(lambda f: int(f.digits(8))),
            "external_account": {
                "id": G(lambda f: int(f.digits(8))),
                "login": Y(lambda f: slug(first(f)) + f.pick(["", "-dev", str(f.r.randint(1, 99))]), "name"),
                "email": Y(email, "email"),
            },
            "access_token": RED(lambda f: "gho_" + alnum(f, 36), "token"),
            "repositories_selected": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Google Drive Connected",
        [PY],
        {
            "integration": G(lambda f: "google_drive"),
            "google_account_email": Y(email, "email"),
            "refresh_token": RED(lambda f: "1//0" + alnum(f, 40), "token"),
            "shared_drive_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Pull Request Linked",
        [GO],
        {
            "repo": G(lambda f: f.pick(["northwind/api", "globex/web", "initech/infra"])),
            "pr_number": G(lambda f: f.r.randint(1, 9000)),
            "commit_sha": G(lambda f: f.hexid(40)),
            "branch": G(lambda f: f.pick(["main", "feat/billing-v2", "fix/login-timeout"])),
            "author": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "login": Y(lambda f: slug(first(f)) + "-" + slug(last(f))[:5], "name"),
            },
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
            "merged": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Drive File Linked",
        ["web"],
        {
            "drive_file_id": G(lambda f: "1" + alnum(f, 32)),
            "owner_email": Y(email, "email"),
            "shared_with": Many(Y(email, "email", True), 3),
            "file_type": G(lambda f: f.pick(["document", "spreadsheet", "presentation"])),
        },
    ),
    (
        "track",
        "SSO Configured",
        [NODE],
        {
            "provider": G(lambda f: f.pick(["okta", "azure_ad", "google_workspace", "onelogin"])),
            "idp_entity_id": G(lambda f: "http://www.okta.com/exk" + alnum(f, 16)),
            "sso_url": G(
                lambda f: (
                    f"https://{f.pick(['northwind', 'globex'])}.okta.com"
                    f"/app/taskflow/exk{alnum(f, 12)}/sso/saml"
                )
            ),
            "x509_cert_sha1": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(20))),
            "scim_token": RED(lambda f: "scim_" + alnum(f, 40), "token"),
            "domains": Many(G(lambda f: f.pick(WORK_DOMAINS)), 2),
            "enforced": G(lambda f: f.pick([True, False])),
            "admin_email": Y(lambda f: email(f, work=True), "email"),
        },
    ),
    (
        "track",
        "SSO Login Succeeded",
        [JAVA],
        {
            "saml_name_id": Y(lambda f: email(f, work=True), "email", True),
            "idp": G(lambda f: f.pick(["okta", "azure_ad"])),
            "session_id": G(lambda f: f.uuid()),
            "ip_address": Y(ip, "ip"),
            "mfa_method": G(lambda f: f.pick(["push", "totp", "webauthn", "none"])),
            "jit_provisioned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Identifier Submitted",
        ["web"],
        {
            "input": Y(lambda f: email(f), "email", True),
            "step": G(lambda f: "identifier"),
            "remember_me": G(lambda f: f.pick([True, False])),
            "password_manager_detected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Two-Factor Enabled",
        ["web", "swift"],
        {
            "method": G(lambda f: f.pick(["totp", "sms", "webauthn"])),
            "recovery_phone": Y(phone, "phone"),
            "backup_codes_generated": G(lambda f: f.pick([8, 10])),
            "phone_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Audit Event Recorded",
        [JAVA],
        {
            "audit_id": G(lambda f: f.uuid()),
            "action": G(
                lambda f: f.pick(["member.role_changed", "project.deleted", "export.created", "sso.updated"])
            ),
            "actor": {
                "id": G(tf_user),
                "email": Y(lambda f: email(f, work=True), "email"),
                "ip": Y(ip, "ip"),
                "user_agent": G(lambda f: f.pick(UA_WEB)),
            },
            "target": {
                "type": G(lambda f: f.pick(["member", "project", "workspace"])),
                "id": G(lambda f: alnum(f, 12)),
            },
            "occurred_at": G(f_iso),
            "workspace_id": G(ws_id),
        },
    ),
    (
        "track",
        "Audit Log Exported",
        [RUBY],
        {
            "format": G(lambda f: f.pick(["csv", "json"])),
            "row_count": G(lambda f: f.r.randint(10, 90000)),
            "range_days": G(lambda f: f.pick([7, 30, 90])),
            "requested_by_email": Y(lambda f: email(f, work=True), "email"),
        },
    ),
    (
        "track",
        "People Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([first(f), full(f), last(f), first(f).lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "filters": {
                "role": G(lambda f: f.pick(["any", "admin", "guest"])),
                "team": G(lambda f: f.pick(TEAMS)),
            },
        },
    ),
    (
        "track",
        "Custom Field Updated",
        ["web", "kotlin"],
        {
            "custom_field": {
                "id": G(lambda f: "cf_" + f.digits(6)),
                "name": G(lambda f: f.pick(["Client contact", "Vendor email", "Point of contact"])),
                "type": G(lambda f: "email"),
                "value": Y(email, "email", True),
            },
            "task_id": G(lambda f: "tsk_" + alnum(f, 12)),
        },
    ),
    (
        "track",
        "API Token Created",
        [NODE],
        {
            "token_id": G(lambda f: f.uuid()),
            "token_name": G(lambda f: f.pick(["CI deploy", "Zapier", "Reporting script"])),
            "token_prefix": G(lambda f: "tf_pat_" + alnum(f, 4)),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "admin"])), 3),
            "expires_in_days": G(lambda f: f.pick([30, 90, 365])),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        [GO],
        {
            "webhook_id": G(lambda f: "wh_" + alnum(f, 10)),
            "endpoint": G(lambda f: f"https://hooks.{f.pick(WORK_DOMAINS)}/taskflow"),
            "status_code": G(lambda f: f.pick([401, 404, 500, 502, 504])),
            "attempt": G(lambda f: f.r.randint(1, 8)),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": G(lambda f: "application/json"),
                "X-Taskflow-Signature": G(lambda f: "sha256=" + f.hexid(64)),
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + alnum(f, 14)),
            "value": G(lambda f: f.money(8, 9000)),
            "revenue": G(lambda f: f.money(8, 9000)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "STARTUP50", "NONPROFIT"])),
            "products": Many(plan_item(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "invoice"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2032)),
            "billing_name": Y(full, "name"),
            "billing_email": Y(email, "email"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["NL", "FR", "DE", "US", "GB"])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", PY],
        {
            "order_id": G(lambda f: "ord_" + alnum(f, 14)),
            "total": G(lambda f: f.money(8, 9000)),
            "tax": G(lambda f: f.money(0, 1800)),
            "discount": G(lambda f: f.money(0, 200)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "products": Many(plan_item(), 2),
            "invoice_number": G(lambda f: f"TF-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "company_vat_number": G(
                lambda f: f.pick([f"NL{f.digits(9)}B01", f"FR{f.digits(11)}", f"DE{f.digits(9)}"])
            ),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        [PY],
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan": G(lambda f: f.pick(["team", "business", "enterprise"])),
            "seats": G(lambda f: f.r.randint(3, 400)),
            "mrr": G(lambda f: f.money(24, 12000)),
            "next_billing_date": G(lambda f: iso_date(f, 2025, 2026)),
            "auto_renew": G(lambda f: True),
        },
    ),
]

# -- Slotwise ---------------------------------------------------------------------------------------


def sched_link(f: Fake) -> str:
    kind = f.pick(["30min", "intro", "demo", "coffee-chat"])
    return f"https://slotwise.app/{slug(first(f))}-{slug(last(f))}/{kind}"


SLOTWISE = [
    (
        "identify",
        None,
        ["web", "flutter"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "timezone": G(
                lambda f: f.pick(
                    ["Europe/Amsterdam", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney"]
                )
            ),
            "scheduling_url": Y(sched_link, "name", True),
            "avatar_url": Y(lambda f: f"https://cdn.slotwise.app/avatars/{f.uuid()}.jpg", "photo"),
            "plan": G(lambda f: f.pick(["basic", "standard", "teams"])),
            "phone_number": Y(phone, "phone"),
            "calendar_provider": G(lambda f: f.pick(["google", "outlook", "icloud"])),
            "event_types_count": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "page",
        "Booking Page",
        ["web"],
        {
            "path": G(lambda f: "/northwind-sales/discovery-call"),
            "url": G(lambda f: "https://slotwise.app/northwind-sales/discovery-call"),
            "title": G(lambda f: "Discovery Call | Slotwise"),
            "name": G(lambda f: "Booking Page"),
            "referrer": G(lambda f: f.pick(["", "https://www.linkedin.com/"])),
        },
    ),
    (
        "track",
        "Booking Form Submitted",
        ["web", "rn"],
        {
            "event_type_id": G(lambda f: f.uuid()),
            "full_name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone_number": Y(phone, "phone"),
            "guests": Many(Y(email, "email"), 2),
            "sms_reminders_opt_in": G(lambda f: f.pick([True, False])),
            "timezone_detected": G(lambda f: f.pick(["Europe/Berlin", "America/Toronto", "Asia/Singapore"])),
            "slot_start": G(f_iso),
        },
    ),
    (
        "track",
        "Booking Page Created",
        ["web"],
        {
            "event_type_id": G(lambda f: f.uuid()),
            "event_type_name": G(lambda f: f.pick(EVENT_TYPES)),
            "duration_minutes": G(lambda f: f.pick([15, 30, 45, 60])),
            "location_kind": G(lambda f: f.pick(["zoom", "google_meet", "phone", "in_person"])),
            "slug": G(lambda f: f.pick(["30min", "intro", "demo"])),
            "scheduling_link": Y(sched_link, "name", True),
            "secret": G(lambda f: f.pick([True, False])),
            "questions_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Event Scheduled",
        [NODE, PY],
        {
            "event_uuid": G(lambda f: f.uuid()),
            "event_type_name": G(lambda f: f.pick(EVENT_TYPES)),
            "start_time": G(f_iso),
            "end_time": G(f_iso),
            "invitee": {
                "uuid": G(lambda f: f.uuid()),
                "name": Y(full, "name"),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "timezone": G(lambda f: f.pick(["Europe/Paris", "America/Sao_Paulo", "Asia/Kolkata"])),
                "text_reminder_number": Y(e164, "phone"),
                "rescheduled": G(lambda f: f.pick([True, False])),
            },
            "questions_and_answers": Many(
                {
                    "question": G(
                        lambda f: f.pick(
                            ["Best phone number to reach you", "Mobile number (for SMS reminders)", "Phone"]
                        )
                    ),
                    "answer": Y(phone, "phone", True),
                    "position": G(lambda f: 0),
                },
                1,
            ),
            "host": {"name": Y(full, "name"), "email": Y(lambda f: email(f, work=True), "email")},
            "location": {
                "type": G(lambda f: f.pick(["zoom", "google_meet"])),
                "join_url": G(lambda f: f"https://us06web.zoom.us/j/{f.digits(11)}"),
            },
            "tracking": {
                "utm_source": G(lambda f: f.pick(["linkedin", "website", ""])),
                "utm_campaign": G(lambda f: f.pick(["q3_outbound", "", "webinar"])),
            },
        },
    ),
    (
        "track",
        "Invitee Canceled",
        [NODE],
        {
            "event_uuid": G(lambda f: f.uuid()),
            "canceled_by": Y(full, "name", True),
            "canceler_type": G(lambda f: f.pick(["host", "invitee"])),
            "cancel_reason": G(
                lambda f: f.pick(
                    ["Conflict with another meeting", "Need to move to next week", "", "Found another slot"]
                )
            ),
            "hours_before_start": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "track",
        "Reminder Sent",
        [PY],
        {
            "channel": G(lambda f: "sms"),
            "to": Y(e164, "phone", True),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, reminder: {f.pick(EVENT_TYPES)} tomorrow at 10:00.",
                        f"{first(f)}, your call with {full(f)} starts in 1 hour.",
                        f"Reminder for {first(f)}: meeting at 15:30 CET. Reply C to cancel.",
                    ]
                ),
                "name",
                True,
            ),
            "segments": G(lambda f: f.pick([1, 2])),
            "provider": G(lambda f: "twilio"),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "minutes_before": G(lambda f: f.pick([15, 60, 1440])),
        },
    ),
    (
        "track",
        "Reminder Email Sent",
        [PY, PHP],
        {
            "recipient_email": Y(email, "email"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": Y(
                lambda f: f.pick(
                    [
                        f"Reminder: {f.pick(EVENT_TYPES)} with {full(f)} tomorrow",
                        f"{full(f)} is meeting you in 1 hour",
                    ]
                ),
                "name",
                True,
            ),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Calendar Connected",
        ["web", "flutter"],
        {
            "provider": G(lambda f: f.pick(["google", "outlook", "icloud", "exchange"])),
            "label": Y(email, "email", True),
            "calendars_count": G(lambda f: f.r.randint(1, 9)),
            "check_for_conflicts": G(lambda f: f.pick([True, False])),
            "oauth_scopes": Many(G(lambda f: f.pick(["calendar.events", "calendar.readonly"])), 2),
        },
    ),
    (
        "track",
        "Routing Form Submitted",
        ["web"],
        {
            "form-id": G(lambda f: "rf_" + alnum(f, 8)),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "work-email": Y(lambda f: email(f, work=True), "email"),
            "company-size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000", "1000+"])),
            "company-name": G(lambda f: f.pick(["Globex", "Initech", "Lumen Studio", "Hooli"])),
            "country": G(lambda f: f.pick(["Netherlands", "France", "United States", "India"])),
            "job-function": G(lambda f: f.pick(["Sales", "Marketing", "Engineering", "HR"])),
            "routed-to-owner": Y(full, "name"),
            "routed-to-event-type": G(lambda f: f.uuid()),
            "qualified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Availability Updated",
        ["flutter"],
        {
            "weekly_hours": Many(
                {
                    "day": G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri"])),
                    "start": G(lambda f: f.pick(["08:00", "09:00", "10:00"])),
                    "end": G(lambda f: f.pick(["16:00", "17:00", "18:30"])),
                },
                5,
            ),
            "buffer_minutes": G(lambda f: f.pick([0, 5, 10, 15])),
            "date_overrides_count": G(lambda f: f.r.randint(0, 8)),
            "schedule_name": G(lambda f: f.pick(["Working hours", "Summer hours"])),
        },
    ),
    (
        "track",
        "Meeting Notes Saved",
        ["flutter"],
        {
            "meeting_id": G(lambda f: f.uuid()),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Follow up with {full(f)} next week about pricing",
                        f"{first(f)} wants a demo for the team",
                        f"Send deck to {first(f)} and cc {first(f)}",
                    ]
                ),
                "name",
                True,
            ),
            "word_count": G(lambda f: f.r.randint(5, 400)),
        },
    ),
    (
        "track",
        "Invitee No Show Marked",
        [NODE, "web"],
        {
            "event_uuid": G(lambda f: f.uuid()),
            "invitee_name": Y(full, "name"),
            "invitee_email": Y(email, "email"),
            "marked_at": G(f_iso),
            "no_show_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["web"],
        {
            "import_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["csv", "google_contacts", "hubspot"])),
            "contacts": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "company": G(lambda f: f.pick(["Globex", "Initech", "Hooli", "Lumen Studio"])),
                },
                4,
            ),
            "duplicates_skipped": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Payment Collected",
        [NODE],
        {
            "amount": G(lambda f: f.money(20, 300)),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "stripe_payment_intent": G(lambda f: "pi_" + alnum(f, 24)),
            "payer_email": Y(email, "email"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["NL", "US", "FR"])),
                "fingerprint": G(lambda f: alnum(f, 16)),
            },
        },
    ),
    (
        "track",
        "Workflow Created",
        ["web"],
        {
            "workflow_id": G(lambda f: f.uuid()),
            "trigger": G(lambda f: f.pick(["before_event", "after_event", "event_canceled"])),
            "offset_minutes": G(lambda f: f.pick([-1440, -60, 30])),
            "action": G(lambda f: f.pick(["send_sms_to_invitee", "send_email_to_host"])),
            "message_template": G(
                lambda f: f.pick(
                    [
                        "Hi {{invitee.first_name}}, see you at {{event.start_time}}!",
                        "Reminder: {{event_type.name}} with {{host.full_name}}",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Booking Confirmed",
        ["rn"],
        {
            "booking_id": G(lambda f: f.uuid()),
            "event_type_name": G(lambda f: f.pick(EVENT_TYPES)),
            "guest_emails": Many(Y(email, "email"), 3),
            "invitee_phone": Y(phone, "phone"),
            "duration_minutes": G(lambda f: f.pick([15, 30, 45, 60])),
            "start_time": G(f_iso),
        },
    ),
]

# -- PeopleHub --------------------------------------------------------------------------------------

SICK_REASONS = [
    "Migraine",
    "Flu with high fever",
    "Recovering from knee surgery",
    "COVID-19 positive",
    "Chemotherapy session",
    "Gastroenteritis",
    "Back pain (hernia)",
    "Panic attacks, doctor's advice",
]

PEOPLEHUB = [
    (
        "identify",
        None,
        [NET],
        {
            "EmployeeId": G(employee_no),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "WorkEmail": Y(lambda f: email(f, work=True), "email"),
            "PersonalEmail": Y(lambda f: email(f, work=False), "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2003), "birthdate"),
            "Department": G(lambda f: f.pick(TEAMS)),
            "JobTitle": G(lambda f: f.pick(JOBS)),
            "HireDate": G(lambda f: iso_date(f, 2015, 2024)),
            "ManagerId": G(employee_no),
            "Location": G(lambda f: f.pick(OFFICES)),
            "EmploymentType": G(lambda f: f.pick(["FullTime", "PartTime", "Contractor"])),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "NonBinary", "PreferNotToSay"]), "gender"),
            "Nationality": Y(
                lambda f: f.pick(["Dutch", "French", "Indian", "Nigerian", "Brazilian", "Polish"]),
                "citizenship",
            ),
            "HomeAddress": {
                "Street": Y(street, "address|street"),
                "City": Y(city, "city"),
                "PostalCode": Y(postcode, "zipcode"),
                "Country": G(lambda f: f.pick(["NL", "FR", "DE", "GB"])),
            },
            "LinkedInUrl": Y(
                lambda f: f"https://www.linkedin.com/in/{slug(first(f))}-{slug(last(f))}-{f.hexid(6)}",
                "name",
                True,
            ),
            "Pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "elle", "hij/hem"]), "gender"),
            "PetName": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Pepper"])),
            "IsManager": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        [NET],
        {
            "name": G(lambda f: f.pick(["BrightPath BV", "Lumen SAS", "Northwind GmbH"])),
            "industry": G(lambda f: f.pick(["Software", "Logistics", "Hospitality"])),
            "employees": G(lambda f: f.r.randint(20, 3000)),
            "plan": G(lambda f: f.pick(["core", "plus", "enterprise"])),
            "payroll_country": G(lambda f: f.pick(["NL", "FR", "DE"])),
        },
    ),
    (
        "track",
        "Employee Created",
        [JAVA],
        {
            "employee": {
                "id": G(employee_no),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "start_date": G(lambda f: iso_date(f)),
                "date_of_birth": Y(lambda f: f.date(1960, 2004), "birthdate"),
                "personal_email": Y(lambda f: email(f, work=False), "email"),
                "home_address": Y(lambda f: f"{street(f)}, {postcode(f)} {city(f)}", "address"),
                "department": G(lambda f: f.pick(TEAMS)),
                "job_title": G(lambda f: f.pick(JOBS)),
                "salary": {
                    "amount": Y(lambda f: f.r.randint(32, 140) * 1000, "salary"),
                    "currency": G(lambda f: f.pick(["EUR", "USD"])),
                    "frequency": G(lambda f: "annual"),
                },
                "manager": {"id": G(employee_no), "name": Y(full, "name")},
                "emergency_contact": {
                    "name": Y(full, "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
                    "phone": Y(phone, "phone"),
                },
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
                "work_country": G(lambda f: "US"),
            },
            "source": G(lambda f: f.pick(["manual", "ats_greenhouse", "csv_import"])),
        },
    ),
    (
        "track",
        "Time Off Requested",
        ["kotlin", "web"],
        {
            "request_id": G(lambda f: "TOR-" + f.digits(7)),
            "policy": G(lambda f: f.pick(["vacation", "personal", "unpaid", "sick", "parental"])),
            "start_date": G(lambda f: iso_date(f)),
            "end_date": G(lambda f: iso_date(f)),
            "days": G(lambda f: f.pick([0.5, 1, 2, 5, 10])),
            "half_day": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(["Summer holiday", "Moving flat", "", "Long weekend", "Kids' school break"])
            ),
            "approver_id": G(employee_no),
            "balance_after": G(lambda f: round(f.r.uniform(0, 30), 1)),
        },
    ),
    (
        "track",
        "Sick Leave Reported",
        ["kotlin", NET],
        {
            "absence_id": G(lambda f: f.uuid()),
            "reason": Y(lambda f: f.pick(SICK_REASONS), "condition|diagnosis", True),
            "expected_days": G(lambda f: f.r.randint(1, 15)),
            "doctors_note_attached": G(lambda f: f.pick([True, False])),
            "pregnancy_related": RED(lambda f: f.pick([True, False]), "condition"),
            "covering_colleague": Y(full, "name", True),
            "reported_via": G(lambda f: f.pick(["app", "manager", "phone"])),
        },
    ),
    (
        "track",
        "Time Off Approved",
        [PY],
        {
            "request_id": G(lambda f: "TOR-" + f.digits(7)),
            "approver_name": Y(full, "name"),
            "approver_email": Y(lambda f: email(f, work=True), "email"),
            "approved_at": G(f_iso),
            "balance_remaining_days": G(lambda f: round(f.r.uniform(0, 30), 1)),
            "auto_approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payroll Export Generated",
        [PY],
        {
            "run_id": G(lambda f: "pr_" + alnum(f, 10)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "employee_count": G(lambda f: f.r.randint(10, 2500)),
            "total_gross": G(lambda f: f.money(50_000, 9_000_000)),
            "currency": G(lambda f: "EUR"),
            "connector": G(lambda f: f.pick(["nmbrs", "loket", "silae", "payfit"])),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Loonstrook Gesynchroniseerd",
        [JAVA],
        {
            "loonperiode": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "werkgever": G(lambda f: f.pick(["BrightPath BV", "Noorderlicht Logistiek BV"])),
            "loonheffingennummer": G(lambda f: f.digits(9) + "L01"),
            "medewerker": {
                "personeelsnummer": G(lambda f: f.digits(6)),
                "voornaam": Y(first, "name"),
                "tussenvoegsel": Y(lambda f: f.pick(TUSSEN), "name"),
                "achternaam": Y(
                    lambda f: f.pick(["Jansen", "Berg", "Vries", "Bakker", "Visser", "Meer", "Horst"]), "name"
                ),
                "geboortedatum": Y(lambda f: f.date(1962, 2004), "birthdate"),
                "bsn": RED(bsn, "national id|social security number"),
                "iban": RED(lambda f: f.iban("NL"), "bank account"),
                "brutoloon": Y(lambda f: f.money(2400, 9500), "salary"),
                "uurloon": Y(lambda f: f.money(14, 65), "salary"),
                "afdeling": G(lambda f: f.pick(["Logistiek", "Klantenservice", "Financiën"])),
                "functie": G(lambda f: f.pick(["Magazijnmedewerker", "Teamleider", "Accountmanager"])),
                "telefoonnummer": Y(
                    lambda f: f.pick(
                        [f"06-{f.digits(8)}", f"+31 6 {f.digits(8)}", f"06 {f.digits(4)} {f.digits(4)}"]
                    ),
                    "phone",
                ),
                "emailadres": Y(lambda f: email(f, work=False), "email"),
                "contracturen": G(lambda f: f.pick([24, 32, 36, 40])),
                "loonheffingskorting": G(lambda f: f.pick([True, False])),
                "adres": {
                    "straat": Y(
                        lambda f: f.pick(["Keizersgracht", "Oudegracht", "Stationsweg", "Dorpsstraat"]),
                        "address|street",
                    ),
                    "huisnummer": Y(
                        lambda f: str(f.r.randint(1, 300)) + f.pick(["", "A", "-2"]), "address|street"
                    ),
                    "postcode": Y(
                        lambda f: f"{f.r.randint(1000, 9999)} {f.pick(['AB', 'KL', 'TR', 'ZX'])}", "zipcode"
                    ),
                    "woonplaats": Y(lambda f: f.pick(["Utrecht", "Zwolle", "Haarlem", "Tilburg"]), "city"),
                },
            },
        },
    ),
    (
        "track",
        "Bulletin de Paie Synchronisé",
        [PHP],
        {
            "periode_paie": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "etablissement_siret": G(siret),
            "salarie": {
                "matricule": G(lambda f: "M" + f.digits(5)),
                "nom": Y(
                    lambda f: f.pick(["Dubois", "Lefèvre", "Moreau", "Benali", "Nguyen", "Girard"]), "name"
                ),
                "prenom": Y(lambda f: f.pick(["Camille", "Théo", "Léa", "Maëlle", "Yanis", "Inès"]), "name"),
                "date_naissance": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2004)}",
                    "birthdate",
                ),
                "nir": RED(nir, "social security number|national id"),
                "iban": RED(lambda f: f.iban("FR"), "bank account"),
                "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882"])),
                "salaire_brut_mensuel": Y(lambda f: f.money(1800, 7500), "salary"),
                "adresse": Y(
                    lambda f: (
                        f"{f.r.randint(1, 120)} "
                        + f.pick(["rue Oberkampf", "boulevard Voltaire", "allée des Tilleuls"])
                    ),
                    "address|street",
                ),
                "code_postal": Y(
                    lambda f: f"{f.pick([75, 69, 44, 59, 13])}{f.r.randint(0, 999):03d}", "zipcode"
                ),
                "ville": Y(lambda f: f.pick(["Paris", "Lyon", "Nantes", "Lille", "Marseille"]), "city"),
                "situation_familiale": Y(
                    lambda f: f.pick(["célibataire", "marié(e)", "pacsé(e)", "divorcé(e)"]), "marital status"
                ),
                "telephone": Y(
                    lambda f: f"0{f.pick([6, 7])} {f.digits(2)} {f.digits(2)} {f.digits(2)} {f.digits(2)}",
                    "phone",
                ),
                "email_perso": Y(lambda f: email(f, work=False), "email"),
                "nombre_enfants": G(lambda f: f.r.randint(0, 4)),
                "mutuelle": G(lambda f: f.pick(["Alan Green", "Harmonie Mutuelle Essentiel"])),
                "poste": G(lambda f: f.pick(["Chargée de recrutement", "Développeur", "Comptable"])),
                "date_entree": G(lambda f: iso_date(f, 2016, 2024)),
                "statut_cadre": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Performance Review Submitted",
        [NODE],
        {
            "review_id": G(lambda f: f.uuid()),
            "cycle": G(lambda f: f.pick(["2024-H1", "2024-H2", "2025-Q1"])),
            "reviewee_id": G(employee_no),
            "reviewer_id": G(employee_no),
            "overall_rating": G(lambda f: f.pick(["exceeds", "meets", "below", "far_exceeds"])),
            "ratings": {
                "collaboration": G(lambda f: f.r.randint(1, 5)),
                "delivery": G(lambda f: f.r.randint(1, 5)),
            },
            "feedback": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} led the warehouse migration and mentored two juniors.",
                        f"Great quarter for {first(f)}; needs to delegate more.",
                        f"{first(f)} {last(f)} should own the Q3 roadmap.",
                    ]
                ),
                "name",
                True,
            ),
            "promotion_recommended": G(lambda f: f.pick([True, False])),
            "calibrated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Onboarding Document Uploaded",
        ["kotlin", "web"],
        {
            "document": {
                "type": G(lambda f: f.pick(["contract", "id_copy", "tax_form", "diploma"])),
                "file_name": Y(
                    lambda f: (
                        f"{f.pick(['contract', 'id', 'W-4', 'diploma'])}_{slug(first(f))}_{slug(last(f))}.pdf"
                    ),
                    "name",
                    True,
                ),
                "mime_type": G(lambda f: "application/pdf"),
                "size_bytes": G(lambda f: f.r.randint(40_000, 8_000_000)),
                "sha256": G(lambda f: f.hexid(64)),
            },
            "checklist_step": G(lambda f: f.r.randint(1, 9)),
            "employee_id": G(employee_no),
        },
    ),
    (
        "track",
        "Identity Document Verified",
        [NET],
        {
            "DocumentType": G(lambda f: "passport"),
            "PassportNumber": RED(
                lambda f: f.pick(
                    ["NW" + alnum(f, 7).upper(), f.digits(2) + "AB" + f.digits(5), "C" + alnum(f, 8).upper()]
                ),
                "passport",
            ),
            "IssuingCountry": G(lambda f: f.pick(["NLD", "FRA", "IND", "BRA", "NGA"])),
            "ExpiryDate": G(lambda f: iso_date(f, 2026, 2034)),
            "VerifiedBy": Y(full, "name", True),
            "RightToWorkConfirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Benefits Enrollment Completed",
        [RUBY],
        {
            "plan": G(lambda f: f.pick(["Aetna PPO 500", "Kaiser HMO", "Cigna HDHP"])),
            "coverage_tier": G(lambda f: f.pick(["employee", "employee_spouse", "family"])),
            "dependents": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "domestic_partner"])),
                    "date_of_birth": Y(lambda f: f.date(1975, 2022), "birthdate"),
                },
                3,
            ),
            "has_disability_coverage": G(lambda f: f.pick([True, False])),
            "smoker": RED(lambda f: f.pick([True, False]), "condition"),
            "monthly_premium": G(lambda f: f.money(40, 900)),
            "member_id": RED(lambda f: f.pick(["W", "XGM"]) + f.digits(9), "health id"),
        },
    ),
    (
        "track",
        "Workplace Accommodation Requested",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "accommodation_type": RED(
                lambda f: f.pick(
                    [
                        "screen_reader",
                        "wheelchair_accessible_desk",
                        "sign_language_interpreter",
                        "adjusted_hours_for_treatment",
                    ]
                ),
                "disability",
            ),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "urgency": G(lambda f: f.pick(["low", "normal", "high"])),
            "office": G(lambda f: f.pick(OFFICES)),
        },
    ),
    (
        "track",
        "Employee Terminated",
        [JAVA],
        {
            "employee_id": G(employee_no),
            "termination_date": G(lambda f: iso_date(f)),
            "reason_code": G(lambda f: f.pick(["resignation", "end_of_contract", "redundancy", "dismissal"])),
            "rehire_eligible": G(lambda f: f.pick([True, False])),
            "final_pay_amount": Y(lambda f: f.money(900, 14000), "salary"),
            "exit_interview_scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Payslip",
        ["kotlin", "swift"],
        {
            "name": G(lambda f: "Payslip"),
            "payslip_id": G(lambda f: "ps_" + alnum(f, 10)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "net_pay": Y(lambda f: f.money(1500, 7000), "salary"),
            "currency": G(lambda f: "EUR"),
        },
    ),
    (
        "screen",
        "Profile Photo",
        ["swift", "kotlin"],
        {
            "name": G(lambda f: "Profile Photo"),
            "photo_url": Y(lambda f: f"https://files.peoplehub.eu/avatars/{f.uuid()}.jpg", "photo"),
            "cropped": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["camera", "library"])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        [NET],
        {
            "ContactName": Y(full, "name"),
            "Relationship": G(lambda f: f.pick(["Spouse", "Mother", "Father", "Partner", "Friend"])),
            "PhoneNumber": Y(phone, "phone"),
            "ContactEmail": Y(lambda f: email(f, work=False), "email"),
            "IsPrimary": G(lambda f: f.pick([True, False])),
            "ContactCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Employee Field Changed",
        [NET, PY],
        {
            "change": {
                "field": G(lambda f: f.pick(["personal_email", "private_email"])),
                "old_value": Y(lambda f: email(f, work=False), "email", True),
                "new_value": Y(lambda f: email(f, work=False), "email", True),
            },
            "changed_by": G(employee_no),
            "self_service": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Employee Snapshot",
        [PY],
        {
            "EMPLOYEE_ID": G(employee_no),
            "WORK_EMAIL": Y(lambda f: email(f, work=True), "email"),
            "FULL_NAME": Y(full, "name"),
            "BIRTH_DATE": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "COST_CENTER": G(lambda f: f"CC-{f.r.randint(100, 999)}"),
            "FTE": G(lambda f: f.pick([1.0, 0.8, 0.6, 0.5])),
            "TENURE_MONTHS": G(lambda f: f.r.randint(0, 180)),
            "OFFICE_CITY": G(lambda f: f.pick(["Amsterdam", "Paris", "Berlin", "New York"])),
            "IS_MANAGER": G(lambda f: f.pick([True, False])),
            "LAST_LOGIN_AT": G(f_iso),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "MANAGER_NAME": Y(full, "name"),
            "MANAGER_EMAIL": Y(lambda f: email(f, work=True), "email"),
            "DISABILITY_STATUS": RED(
                lambda f: f.pick(["yes_disability", "no_disability", "prefer_not_to_answer"]), "disability"
            ),
            "VETERAN_STATUS": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "declined"]), "veteran"
            ),
            "ETHNICITY": Y(
                lambda f: f.pick(
                    ["Asian", "Black or African American", "Hispanic or Latino", "White", "Two or more races"]
                ),
                "ethnicity",
            ),
        },
    ),
    (
        "track",
        "Background Check Ordered",
        ["web", RUBY],
        {
            "candidate": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "dob": Y(lambda f: f.date(1970, 2004), "birthdate"),
                "phone": Y(phone, "phone"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
            },
            "provider": G(lambda f: f.pick(["checkr", "sterling", "hireright"])),
            "package": G(lambda f: f.pick(["basic", "pro", "international"])),
            "report_id": G(lambda f: f.hexid(24)),
        },
    ),
    (
        "track",
        "Direct Deposit Updated",
        [RUBY, "web"],
        {
            "account_holder_name": Y(full, "name"),
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "split_percent": G(lambda f: f.pick([100, 50, 25])),
            "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Ally Bank", "Chime"])),
        },
    ),
    (
        "track",
        "W-4 Submitted",
        [RUBY],
        {
            "tax_year": G(lambda f: f.pick([2024, 2025])),
            "filing_status": Y(
                lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"]), "marital status"
            ),
            "multiple_jobs": G(lambda f: f.pick([True, False])),
            "claim_dependents_amount": G(lambda f: f.pick([0, 2000, 4000, 6500])),
            "extra_withholding": G(lambda f: f.pick([0, 25, 50, 100])),
            "employee_ssn": RED(lambda f: f.ssn(), "social security number"),
            "state": G(lambda f: f.pick(["CA", "NY", "TX", "WA"])),
        },
    ),
    (
        "track",
        "Org Chart Viewed",
        ["web"],
        {
            "root_employee_id": G(employee_no),
            "depth": G(lambda f: f.r.randint(1, 6)),
            "department_filter": G(lambda f: f.pick(TEAMS)),
        },
    ),
]

PRODUCTS = [("taskflow", TASKFLOW), ("slotwise", SLOTWISE), ("peoplehub", PEOPLEHUB)]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for product, templates in PRODUCTS:
            for kind, name, clients, body in templates:
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": tf_user(f) if product != "peoplehub" else "ph_" + f.digits(7),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = ws_id(f)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f, product), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2828, repeats=24)
    write(Path(__file__).parent, "holdout28_", events, labels)
