"""Writes holdout160: tests/corpus/holdout160_events.jsonl and holdout160_labels.json.

Sealed: written from the brief, the corpus helpers (build.py, fake.py), build_holdout3.py (for its
format only), REFERENCE.md and DESIGN.md, without reading the detection engine, its vocabularies,
its tests or any other corpus's labels, and without running the engine on these events. It has not
been scored by its author.

Domain: a legal case-management, court e-filing and law-firm billing SaaS ("Caseflow", Clio-like)
used by firms in the US, Canada (English and Quebec French) and Australia. Covers the marketing
site and client intake (consultation requests, chatbot, callbacks, conflict checks), contacts and
custom fields, matters with opposing parties, opposing counsel and witnesses, court dates and
reminders, e-filing (and a kebab-case filing webhook), service of process, criminal, immigration
(US, Australian and Canadian), personal-injury, legal-aid, veterans', employment, family-law and
estate matters, time entries, invoices, trust accounting (a .NET service in
PascalCase, an Australian PHP service, Quebec French keys), refunds, subscription e-commerce spec
events, Stripe-, DocuSign-, Twilio- and Calendly-shaped payloads, document uploads and
e-signatures, client-portal identify/sign-in/one-time codes/invites/messages, a reverse-ETL
identify in SCREAMING_SNAKE keys, group, alias, page and screen calls. Contexts are those of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase and snake_case keys; about 15 % PascalCase (.NET, Twilio),
kebab-case (a Go webhook relay), SCREAMING_SNAKE (a warehouse sync) and French (Quebec firms).
Values are fake but shaped like the real thing: names from many cultures, NANP and Australian
phone formats, US/Canadian/Australian addresses and postcodes, Luhn-valid cards and Canadian SINs,
mod-97 IBANs, SSA-structured SSNs, checksummed Australian TFNs and Medicare numbers, ABA-valid
routing numbers, A-numbers, passports of the three countries.

Labelling rules (the Privacy Portal's default colours): each leaf path has a classification, a
type (the reference's matcher name, or bank account / geolocation / secret / national id / health
id / advertising id / credit card / password / ip address / criminal record; `a|b` when either is
fair) and value_only (the key does not say what the value is). A value_only PII path holds that
PII in every one of its values; free text is labelled by what every value carries, green when
none does (so each free-text field here either always carries the PII or never does). Colours:
the reference's default for its matchers; for other types red for credentials, secrets, card
numbers, bank accounts, government and health ids, yellow otherwise. The product's published
policy settles the contested cases: claim, member and customer numbers, ages, marital status,
job titles, employers, a business's own phone/e-mail/address (firm main lines, role mailboxes such
as hr@ or accounts@, a firm's Twilio number), pets, UUID tokens and e-mail Message-IDs are green;
insurance policy / insurer member numbers (`identification`), pay and hourly rates (`salary`,
which here includes a timekeeper's billing rate), credit scores, plates (`license`), VINs
(`serial`), ad click ids (gclid, fbclid: `advertising id`), billing addresses (`address`),
trade-union membership are yellow; payment-method tokens, one-time codes, sign-in and invite
tokens, OAuth tokens, share links that carry a capability token (`token`), patient numbers (MRN,
Medicare, health card: `health id`), identity-document and government numbers (SSN, SIN, TFN,
A-number, I-94, UCI, Centrelink CRN, VA file number: `national id`/`passport`) and answers about
visa status or sponsorship (`visa`) are red. Our own calls where the policy is silent:
- Court docket/case numbers, USCIS receipt numbers, Home Affairs TRNs, police report and claim
  numbers are case numbers issued by an institution: green (like claim numbers).
- A driver's licence number is the reference's `license` matcher: yellow, its default colour.
- An attorney's bar number is a professional licence: yellow `license`.
- Criminal-offence data about a person (charges, statutes charged, prior convictions) is flagged
  yellow `criminal record`; the matter's practice area ("Criminal Defense") is a catalogue value of
  the firm's work: green.
- Country of birth and citizenship booleans are yellow `citizenship`; Aboriginal / Torres Strait
  Islander status is yellow `ethnicity`; an NDIS participant flag is red `disability`; a
  veteran's service branch is red `veteran`; an injury description is yellow `condition|diagnosis`.
- Case captions ("Nguyen v. Patel"), Clio-style display numbers ("00183-Nguyen"), uploaded file
  names and e-mail subjects here always carry a party's name: yellow `name`, value_only.
- A judge's, clerk's, process server's or opposing counsel's name and direct contact details are
  personal data of a natural person: yellow; the law firm's or court's own number and address are
  green.
- A push token (context.device.token) is red `token`, as in the other corpora.
- Counters and booleans under PII-sounding keys are green; an enum or boolean that itself reveals
  a special category (disability, veteran, race, religion, union) takes that category's colour.
"""

from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = [
    "Aaliyah", "Jamal", "Ximena", "Santiago", "Mei-Ling", "Hiroshi", "Soo-ah", "Arjun", "Harpreet",
    "Gurpreet", "Fatuma", "Abdirahman", "Chinedu", "Ngozi", "Olga", "Taras", "Eleni", "Giuseppe",
    "Siobhan", "Connor", "Madison", "Tyler", "Geneviève", "Mathieu", "Élodie", "Jean-François",
    "Kiri", "Tane", "Jarrah", "Matilda", "Lachlan", "Isla", "Thanh", "Linh", "Rosa", "Yusuf",
    "Leila", "Zainab", "Priya", "Rahul", "Ana", "João", "Kateryna", "Amelia", "Ethan", "Darnell",
    "Keisha", "Marisol", "Tomás", "Nadia", "Wen", "Haruto",
]  # fmt: skip
LAST = [
    "Johnson", "Williams", "Rodríguez", "Hernández", "Nguyen", "Tran", "Kim", "Park", "Singh",
    "Sandhu", "Dhillon", "Patel", "Chen", "Wong", "Okonkwo", "Adeyemi", "Mohamed", "Hassan",
    "Tremblay", "Gagnon", "Côté", "Bouchard", "O'Connor", "MacDonald", "Kowalczyk", "Shevchenko",
    "Papadopoulos", "Russo", "Yamamoto", "Tanaka", "Brown", "Wilson", "Thompson", "Walker",
    "Mundine", "Ngata", "Tuilagi", "Santos", "dela Cruz", "Reyes", "Begay", "Yazzie", "Goldberg",
    "Al-Farsi", "Haddad", "Kaur", "Lefebvre", "Nakamura", "Osei", "Ivanova",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.ca", "bigpond.com", "icloud.com", "hotmail.com",
    "proton.me", "shaw.ca", "optusnet.com.au", "videotron.ca", "comcast.net",
]  # fmt: skip
FIRM_DOMAINS = ["harrowvance.com", "okafor-reyes.law", "mckinleyfrost.ca", "blackwoodlegal.com.au"]
FIRMS = [
    "Harrow & Vance LLP", "Okafor Reyes PLLC", "McKinley Frost LLP", "Tremblay Côté Avocats",
    "Blackwood Legal Pty Ltd", "Nguyen & Partners Lawyers", "Sandhu Law Professional Corporation",
]  # fmt: skip
US_STREETS = ["W Addison St", "Main Street", "Peachtree Rd NE", "S Congress Ave", "Elm Ave", "Pine St"]
CA_STREETS = ["Queen St W", "rue Saint-Denis", "Jasper Ave NW", "Robson Street", "boul. Saint-Laurent"]
AU_STREETS = ["Wattle Street", "Beach Rd", "Banksia Crescent", "Chapel St", "Ann Street", "Hay St"]
CITIES = {
    "US": [("Chicago", "IL"), ("Houston", "TX"), ("Phoenix", "AZ"), ("Miami", "FL"), ("Seattle", "WA")],
    "CA": [("Toronto", "ON"), ("Montréal", "QC"), ("Vancouver", "BC"), ("Calgary", "AB"), ("Ottawa", "ON")],
    "AU": [
        ("Sydney", "NSW"),
        ("Melbourne", "VIC"),
        ("Brisbane", "QLD"),
        ("Perth", "WA"),
        ("Parramatta", "NSW"),
    ],
}
COURTS = [
    "Superior Court of California, County of Los Angeles", "Circuit Court of Cook County",
    "U.S. District Court for the Southern District of New York", "Harris County District Court",
    "Ontario Superior Court of Justice", "Supreme Court of British Columbia",
    "Federal Circuit and Family Court of Australia", "Local Court of NSW", "Supreme Court of Victoria",
]  # fmt: skip
PRACTICE = [
    "Family Law", "Personal Injury", "Criminal Defense", "Immigration", "Estate Planning",
    "Real Estate", "Employment", "Corporate", "Bankruptcy", "Conveyancing",
]  # fmt: skip
UTBMS_TASK = ["L110", "L120", "L130", "L210", "L250", "L310", "L330", "P100"]
UTBMS_ACT = ["A101", "A102", "A103", "A104", "A105", "A106", "A107"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]


class LegalFake(Fake):
    def country(self):
        return self.pick(["US", "US", "CA", "AU"])

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def sortable_name(self):
        return f"{self.last()}, {self.first()}"

    def email(self):
        first = self.first().lower().replace("é", "e").replace("è", "e").replace("ã", "a")
        last = self.last().lower().replace("'", "").replace(" ", "").replace("í", "i").replace("é", "e")
        last = last.replace("ô", "o").replace("á", "a")
        pattern = self.pick(["{f}.{l}", "{f}{l}{n}", "{f0}{l}", "{l}.{f}{n}", "{f}_{l}"])
        user = pattern.format(f=first, l=last, f0=first[0], n=self.r.randint(1, 99))
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self):
        first = self.first().lower().replace("é", "e").replace("è", "e").replace("ã", "a")
        last = self.last().lower().replace("'", "").replace(" ", "").replace("í", "i").replace("é", "e")
        last = last.replace("ô", "o").replace("á", "a")
        return f"{first[0]}{last}@{self.pick(FIRM_DOMAINS)}"

    def phone(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "AU":
            if r.random() < 0.6:
                a, b = r.randint(100, 999), r.randint(100, 999)
                return self.pick([f"04{r.randint(10, 99)} {a} {b}", f"+61 4{r.randint(10, 99)} {a} {b}"])
            return (
                self.pick(["(02)", "(03)", "(07)", "(08)"])
                + f" {r.randint(8000, 9999)} {r.randint(0, 9999):04d}"
            )
        areas = [212, 312, 415, 713, 305, 206, 602, 404] if c == "US" else [416, 647, 514, 438, 604, 403, 613]
        a, e, n = self.pick(areas), r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [f"({a}) {e}-{n:04d}", f"+1{a}{e}{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a} {e} {n:04d}"]
        )

    def street(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "AU":
            s = f"{r.randint(1, 220)} {self.pick(AU_STREETS)}"
            return self.pick([s, f"Unit {r.randint(1, 40)}/{s}"])
        if c == "CA":
            return f"{r.randint(10, 4999)} {self.pick(CA_STREETS)}" + self.pick(
                ["", f", apt {r.randint(101, 2405)}"]
            )
        return f"{r.randint(100, 9999)} {self.pick(US_STREETS)}" + self.pick(
            ["", f" Apt {r.randint(1, 30)}B"]
        )

    def unit(self):
        return self.pick(["Apt 4B", "Unit 12", "Suite 1100", "app. 305", "Level 2", "#1507"])

    def postcode(self, country=None):
        c = country or self.country()
        r = self.r
        if c == "AU":
            return str(r.randint(2000, 7999))
        if c == "CA":
            L = "ABCEGHJKLMNPRSTVXY"
            fsa = f"{self.pick('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{self.pick(L)}"
            return f"{fsa} {r.randint(0, 9)}{self.pick(L)}{r.randint(0, 9)}"
        z = f"{r.randint(10001, 99950)}"
        return self.pick([z, z, f"{z}-{r.randint(1000, 9999)}"])

    def city_of(self, country=None):
        return self.pick(CITIES[country or self.country()])[0]

    def full_address(self):
        c = self.country()
        city, region = self.pick(CITIES[c])
        return f"{self.street(c)}, {city}, {region} {self.postcode(c)}"

    def sin(self):
        body = str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            s = sum(w * x for w, x in zip(weights, d, strict=False))
            last = s % 11
            if last < 10:
                n = "".join(map(str, d)) + str(last)
                return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])

    def medicare(self):
        weights = [1, 3, 7, 9, 1, 3, 7, 9]
        d = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(w * x for w, x in zip(weights, d, strict=False)) % 10
        n = "".join(map(str, d)) + str(check) + str(self.r.randint(1, 9))
        return self.pick([n, f"{n[:4]} {n[4:9]} {n[9]}"])

    def ohip(self):
        n = self.luhn_complete("".join(str(self.r.randint(1 if i == 0 else 0, 9)) for i in range(9)))
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-" + self.pick(["AB", "KT", "XY", "HM"])

    def a_number(self):
        d = "2" + self.digits(8)
        return self.pick([f"A{d}", f"A-{d[:3]}-{d[3:6]}-{d[6:]}", f"A{d[:3]} {d[3:6]} {d[6:]}"])

    def passport(self):
        return self.pick(
            [
                self.digits(9),
                "A" + self.digits(8),
                "".join(self.pick("ABCGHKP") for _ in range(2)) + self.digits(6),
                "PA" + self.digits(7),
                self.pick("NERM") + self.digits(7),
            ]
        )

    def routing(self):
        while True:
            d = [int(c) for c in self.pick(["0", "1", "2", "3"]) + self.digits(8)]
            prefix_ok = d[0] * 10 + d[1] in (*range(1, 13), *range(21, 33))
            if (
                prefix_ok
                and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
            ):
                return "".join(map(str, d))

    def bsb(self):
        return f"{self.pick(['01', '03', '06', '08'])}{self.r.randint(0, 9)}-{self.r.randint(0, 999):03d}"

    def bank_account(self):
        return self.pick(
            [self.digits(10), self.digits(12), self.digits(8), f"{self.digits(4)} {self.digits(4)}"]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["1HG", "2T1", "JTD", "5YJ", "WVW", "3FA"]) + "".join(
            self.pick(chars) for _ in range(14)
        )

    def plate(self):
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.pick(L)}{self.pick(L)}{self.pick(L)}-{self.r.randint(100, 999)}",
                f"{self.r.randint(1, 9)}{self.pick(L)}{self.pick(L)}{self.pick(L)}{self.r.randint(100, 999)}",
                f"{self.pick(L)}{self.pick(L)}{self.r.randint(10, 99)}{self.pick(L)}{self.pick(L)}",
            ]
        )

    def dl(self):
        return self.pick(
            [
                self.pick("ABDGKMNRSTW") + self.digits(7),
                f"{self.pick('ABCDGHKMNPRSTW')}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}",
                self.digits(8),
            ]
        )

    def case_number(self):
        return self.pick(
            [
                f"{self.r.randint(1, 2)}:24-cv-{self.r.randint(100, 9999):05d}",
                f"24STCV{self.digits(5)}",
                f"2024CH{self.digits(5)}",
                f"FS-24-{self.digits(8)}",
                f"SYC{self.digits(4)}/2024",
                f"CV-24-{self.digits(8)}-0000",
            ]
        )

    def caption(self):
        return self.pick(
            [
                f"{self.last()} v. {self.last()}",
                f"In re Marriage of {self.last()}",
                f"Estate of {self.full_name()}",
                f"State v. {self.full_name()}",
                f"{self.last()} v. Globex Logistics Inc.",
                f"{self.last()} & {self.last()}",
            ]
        )

    def alnum(self, n):
        return "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )

    def pm(self):
        return "pm_" + self.alnum(24)

    def date_between(self, a=2023, b=2025):
        return self.date(a, b)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


def boolean(f):
    return f.pick([True, False])


def count(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def matter_id(f):
    return f.r.randint(1_000_000, 1_999_999_999)


def matter_number(f):
    return f"{f.r.randint(2019, 2025)}-{f.r.randint(1, 4999):04d}"


def narrative(f):
    return f.pick(
        [
            f"Telephone conference with client {f.first()} re settlement offer",
            f"Drafted email to opposing counsel {f.full_name()} re discovery deficiencies",
            f"Reviewed medical records from Dr. {f.last()}",
            f"Prepared {f.full_name()} for deposition; outlined direct examination",
            f"Conference with {f.full_name()} re custody schedule and holiday parenting time",
            f"Attend to correspondence from {f.full_name()} (OC) re adjournment",
            f"Meeting with {f.first()} {f.last()} to review draft will and POA",
        ]
    )


def case_story(f):
    return f.pick(
        [
            f"My ex-husband {f.full_name()} stopped paying child support in March.",
            f"Landlord {f.full_name()} won't return my bond and is ignoring my emails",
            f"I was rear-ended by {f.full_name()} and their insurer denied the claim",
            f"My mother {f.full_name()} passed away without a will, need help with probate",
            f"My manager {f.full_name()} fired me a week after I reported unpaid overtime",
            f"Need a lawyer for my son {f.first()}, he was arrested Friday night",
        ]
    )


def file_name(f):
    return f.pick(
        [
            f"{f.last()} - Affidavit of Service.pdf",
            f"Retainer_Agreement_{f.first()}_{f.last()}_signed.pdf",
            f"{f.last()} v {f.last()} - Statement of Claim.pdf",
            f"Medical records - {f.full_name()}.pdf",
            f"{f.first()} {f.last()} passport scan.jpg",
            f"Financial Statement (Form 13.1) - {f.last()}.docx",
        ]
    )


def email_subject(f):
    return f.pick(
        [
            f"RE: {f.last()} v. {f.last()} - settlement",
            f"Please DocuSign: Retainer Agreement - {f.full_name()}",
            f"FW: documents for {f.full_name()}",
            f"Estate of {f.full_name()} - probate timeline",
            f"Your consultation with {f.full_name()}",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: LegalFake, site="app"):
    pages = {
        "app": [
            ("/matters", "Matters | Caseflow"),
            ("/calendar", "Calendar | Caseflow"),
            ("/bills", "Billing | Caseflow"),
        ],
        "www": [("/", "Caseflow \u2013 Legal practice management"), ("/pricing", "Pricing | Caseflow")],
        "portal": [("/portal/home", "Client Portal"), ("/portal/documents", "Documents | Client Portal")],
    }
    host = {
        "app": "https://app.caseflow.io",
        "www": "https://www.caseflow.io",
        "portal": "https://portal.caseflow.io",
    }
    path, title = f.pick(pages[site])
    ctx = {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.70.0", "next-1.72.1", "4.15.3"),
        },
        "page": {
            "path": const(path),
            "referrer": pick(
                "", "https://www.google.com/", "https://app.caseflow.io/matters", "https://www.bing.com/"
            ),
            "search": pick("", "?tab=activities", "?utm_source=newsletter&utm_medium=email", "?page=2"),
            "title": const(title),
            "url": const(host[site] + path),
        },
        "userAgent": lambda f: f.pick(WEB_UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Microsoft Edge", "Not-A.Brand"),
                    "version": pick("124", "125", "99"),
                },
                3,
            ),
            "mobile": const(False),
            "platform": pick("Windows", "macOS"),
        },
        "locale": pick("en-US", "en-CA", "fr-CA", "en-AU"),
        "timezone": pick(
            "America/Chicago",
            "America/Toronto",
            "America/Montreal",
            "Australia/Sydney",
            "America/Los_Angeles",
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": pick("q2_pi_leads", "immigration_webinar", "spring_trial"),
            "source": pick("google", "linkedin", "newsletter", "capterra"),
            "medium": pick("cpc", "email", "referral"),
            "term": pick(
                "legal practice management software", "law firm billing", "trust accounting software"
            ),
            "content": pick("hero_cta", "sidebar", "textlink"),
        }
    return _wrap(ctx)


def mobile_context(f: LegalFake, lib: str):
    ios = lib == "swift" or (lib in ("rn", "flutter") and f.r.random() < 0.5)
    libs = {
        "swift": ("analytics-swift", "1.5.11"),
        "kotlin": ("analytics-kotlin", "1.16.3"),
        "rn": ("analytics-react-native", "2.19.2"),
        "flutter": ("analytics_flutter", "1.1.3"),
    }
    name, version = libs[lib]
    ctx = {
        "app": {
            "name": const("Caseflow"),
            "version": pick("7.4.0", "7.4.2", "7.5.0"),
            "build": pick("7400", "7420", "7501"),
            "namespace": const("io.caseflow.ios" if ios else "io.caseflow.android"),
        },
        "device": {
            "id": (lambda f: f.uuid().upper()) if ios else (lambda f: f.hexid(16)),
            "manufacturer": const("Apple") if ios else pick("samsung", "Google", "motorola"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPad13,4")
            if ios
            else pick("SM-S918B", "Pixel 8", "moto g 5G"),
            "name": pick("iPhone", "iPad") if ios else pick("dm3q", "shiba", "devonn"),
            "type": const("ios" if ios else "android"),
            "adTrackingEnabled": boolean,
        },
        "library": {"name": const(name), "version": const(version)},
        "locale": pick("en-US", "en-CA", "fr-CA", "en-AU"),
        "network": {
            "wifi": boolean,
            "cellular": boolean,
            "carrier": pick("Verizon", "Rogers", "Telstra", "Optus", "AT&T"),
        },
        "os": {
            "name": const("iOS" if ios else "Android"),
            "version": pick("17.5", "17.4.1") if ios else pick("14", "13"),
        },
        "screen": {"width": pick(390, 393, 1080), "height": pick(844, 852, 2340), "density": pick(3, 2.75)},
        "timezone": pick("America/New_York", "America/Vancouver", "Australia/Melbourne", "America/Toronto"),
        "instanceId": lambda f: f.uuid(),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }
    ctx = {k: (_wrap(v)) for k, v in ctx.items()}
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper() if ios else f.uuid(), "advertising id")
    if ios and f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if lib in ("rn", "kotlin", "swift") and f.r.random() < 0.6:
        ctx["traits"] = {
            "userId": G(lambda f: "usr_" + f.digits(7)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
        }
    if lib == "rn" and f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        }
    if lib != "swift":
        ctx["userAgent"] = G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        )
    return ctx


def _wrap(v):
    """Plain callables in a context template are green leaves."""
    if isinstance(v, L):
        return v
    if isinstance(v, Many):
        return Many(_wrap(v.item), v.n)
    if isinstance(v, dict):
        return {k: _wrap(x) for k, x in v.items()}
    if callable(v):
        return G(v)
    return v


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("analytics-csharp", "2.3.6"),
}


def server_context(f: LegalFake, lib: str):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(const(name)), "version": G(const(version))}}
    if f.r.random() < 0.5:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if f.r.random() < 0.3:
        ctx["active"] = G(const(False))
    if f.r.random() < 0.25:
        ctx["groupId"] = G(lambda f: "firm_" + f.digits(5))
    return ctx


def context_for(f: LegalFake, client: str):
    if client.startswith("web"):
        return web_context(f, client.split(":")[1] if ":" in client else "app")
    if client in ("swift", "kotlin", "rn", "flutter"):
        return mobile_context(f, client)
    return server_context(f, client)


# -- events -----------------------------------------------------------------------------------------

WEB = ["web"]
MOBILE = ["swift", "kotlin", "rn", "flutter"]
APP = ["web", "web", "swift", "kotlin", "rn"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]


def address_block(kind="person"):
    if kind == "person":
        return {
            "line1": Y(lambda f: f.street(), "address|street"),
            "line2": Y(lambda f: f.unit(), "address|street"),
            "city": Y(lambda f: f.city_of(), "city"),
            "state": G(pick("IL", "TX", "ON", "QC", "NSW", "VIC", "BC")),
            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "country": G(pick("US", "CA", "AU")),
        }
    raise ValueError(kind)


EVENTS = [
    # -- marketing site and lead intake ---------------------------------------------------------
    (
        "page",
        "Pricing",
        ["web:www"],
        {
            "name": G(pick("Pricing", "Home", "Trust Accounting", "Court Calendaring")),
            "path": G(pick("/pricing", "/", "/features/trust-accounting", "/features/calendaring")),
            "referrer": G(pick("", "https://www.google.com/", "https://www.capterra.com/")),
            "search": G(pick("", "?plan=advanced", "?gclid=Cj0KCQjw")),
            "title": G(pick("Pricing | Caseflow", "Caseflow \u2013 Legal practice management")),
            "url": G(pick("https://www.caseflow.io/pricing", "https://www.caseflow.io/")),
        },
    ),
    (
        "track",
        "Consultation Requested",
        ["web:www"],
        {
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "zip_code": Y(lambda f: f.postcode(), "zipcode"),
            "case_description": Y(case_story, "name", True),
            "preferred_contact_method": G(pick("phone", "email", "text")),
            "how_did_you_hear": G(pick("Google", "Friend or family", "Avvo", "Facebook", "Billboard")),
            "consent_sms": G(boolean),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(54), "advertising id"),
            "utm_campaign": G(pick("pi_search_q2", "family_law_display", "brand")),
            "lead_score": G(count(0, 100)),
        },
    ),
    (
        "track",
        "Intake Bot Step Completed",
        ["web:www"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "step": G(const("email")),
            "step_index": G(const(3)),
            "input": Y(lambda f: f.email(), "email", True),
            "elapsed_ms": G(count(1200, 90000)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web:www", "web:portal"],
        {
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "best_time": G(pick("morning", "afternoon", "evening")),
            "callback_tz": G(pick("America/Chicago", "Australia/Perth", "America/Toronto")),
            "is_existing_client": G(boolean),
            "phone_type": G(pick("mobile", "landline")),
        },
    ),
    # -- contacts, conflict checks --------------------------------------------------------------
    (
        "track",
        "Intake Form Submitted",
        APP,
        {
            "intakeFormId": G(lambda f: f.uuid()),
            "formName": G(pick("Family Law Intake", "PI Intake v3", "Estate Planning Questionnaire")),
            "contact": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "preferredName": Y(lambda f: f.first(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "mobilePhone": Y(lambda f: f.phone(), "phone"),
                "dateOfBirth": Y(lambda f: f.date(1945, 2004), "birthdate"),
                "homeAddress": {
                    "street1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city_of(), "city"),
                    "region": G(pick("IL", "ON", "QC", "NSW", "QLD", "TX")),
                    "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(pick("United States", "Canada", "Australia")),
                },
            },
            "maritalStatus": G(pick("married", "separated", "divorced", "single", "de facto")),
            "occupation": G(pick("Nurse", "Electrician", "Teacher", "Software developer", "Retired")),
            "employer": G(pick("Northside Hospital", "City of Calgary", "Woolworths", "Self-employed")),
            "annualIncome": Y(count(28000, 240000), "salary"),
            "spouse": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "dateOfBirth": Y(lambda f: f.date(1945, 2004), "birthdate"),
            },
            "children": Many(
                {
                    "firstName": Y(lambda f: f.first(), "name"),
                    "birthYear": Y(count(2006, 2023), "birthdate"),
                    "livesWith": G(pick("client", "other parent", "shared")),
                },
                3,
            ),
            "childrenCount": G(count(0, 4)),
        },
    ),
    (
        "track",
        "Conflict Check Run",
        WEB,
        {
            "conflictCheckId": G(lambda f: f.uuid()),
            "partyNames": Many(Y(lambda f: f.full_name(), "name"), 4),
            "matchedRecords": G(count(0, 6)),
            "status": G(pick("clear", "potential_conflict", "waiver_required")),
            "includeArchived": G(boolean),
            "searchedByUserId": G(lambda f: "usr_" + f.digits(7)),
            "durationMs": G(count(80, 2400)),
        },
    ),
    (
        "track",
        "Conflict Search Performed",
        WEB,
        {
            "q": Y(
                lambda f: f.pick([f.full_name(), f.last() + ", " + f.first(), f.full_name().lower()]),
                "name",
                True,
            ),
            "resultCount": G(count(0, 14)),
            "filters": {"contactType": G(pick("person", "any")), "includeClosed": G(boolean)},
        },
    ),
    (
        "track",
        "Matters Searched",
        APP,
        {
            "query": G(
                lambda f: f.pick([matter_number(f), "lease dispute", "probate", "custody", "DUI", "I-485"])
            ),
            "resultCount": G(count(0, 60)),
            "status_filter": G(pick("open", "pending", "closed", "all")),
        },
    ),
    (
        "track",
        "Contact Created",
        APP,
        {
            "contact": {
                "id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
                "type": G(const("Person")),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "title": G(pick("CFO", "Paralegal", "Insurance adjuster", "Property manager", "")),
                "company": {
                    "name": G(
                        lambda f: f.pick(["Globex Logistics Inc.", "Allstate", "TD Bank", "Telstra", ""])
                    )
                },
                "email_addresses": Many(
                    {
                        "name": G(pick("Work", "Home", "Other")),
                        "address": Y(lambda f: f.email(), "email"),
                        "primary": G(boolean),
                    },
                    2,
                ),
                "phone_numbers": Many(
                    {
                        "name": G(pick("Mobile", "Work", "Home")),
                        "number": Y(lambda f: f.phone(), "phone"),
                        "primary": G(boolean),
                    },
                    2,
                ),
                "addresses": Many(
                    {
                        "name": G(pick("Home", "Billing", "Other")),
                        "street": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city_of(), "city"),
                        "province": G(pick("IL", "ON", "QC", "NSW", "VIC", "AZ")),
                        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                        "country": G(pick("US", "CA", "AU")),
                    },
                    1,
                ),
                "tags": Many(G(pick("Client", "Opposing Party", "Witness", "Expert", "Referral Source")), 2),
            },
            "source": G(pick("manual", "intake_form", "import_csv", "outlook_sync")),
        },
    ),
    (
        "track",
        "Custom Field Value Set",
        WEB,
        {
            "parent_id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
            "parent_type": G(pick("Contact", "Matter")),
            "custom_field_values": Many(
                {
                    "id": G(lambda f: f"text_line-{f.r.randint(100000, 999999)}"),
                    "field_name": G(
                        pick("Spouse Name", "Emergency Contact", "Referred By", "Guardian ad Litem")
                    ),
                    "field_type": G(const("text_line")),
                    "value": Y(lambda f: f.full_name(), "name", True),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Contact Pinned",
        APP,
        {
            "contact_id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
            "label": Y(lambda f: f.sortable_name(), "name", True),
            "pinned_from": G(pick("matter_sidebar", "contacts_list", "search")),
        },
    ),
    # -- matters --------------------------------------------------------------------------------
    (
        "track",
        "Matter Created",
        APP,
        {
            "matter_id": G(matter_id),
            "matter_number": G(matter_number),
            "displayNumber": Y(lambda f: f"{f.r.randint(1, 999):05d}-{f.last()}", "name", True),
            "practice_area": G(lambda f: f.pick(PRACTICE)),
            "billing_method": G(pick("hourly", "flat", "contingency")),
            "client_id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
            "responsible_attorney_id": G(lambda f: f.r.randint(100_000, 999_999)),
            "status": G(pick("Open", "Pending")),
            "open_date": G(lambda f: f.date_between()),
            "statute_of_limitations": G(lambda f: f.date(2025, 2028)),
            "description": G(
                pick(
                    "Purchase of residential property",
                    "Workplace harassment claim",
                    "Uncontested divorce",
                    "Motor vehicle accident \u2013 soft tissue",
                    "Family sponsorship application",
                )
            ),
            "jurisdiction": G(pick("IL", "ON", "NSW", "CA", "QC")),
        },
    ),
    (
        "track",
        "Related Contact Added",
        APP,
        {
            "matter_id": G(matter_id),
            "relationship": G(pick("Opposing Party", "Witness", "Expert", "Guardian", "Interpreter")),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "notify_contact": G(boolean),
        },
    ),
    (
        "track",
        "Opposing Party Added",
        WEB,
        {
            "matter_id": G(matter_id),
            "opposingParty": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "dateOfBirth": Y(lambda f: f.date(1950, 2000), "birthdate"),
                "lastKnownAddress": Y(lambda f: f.full_address(), "address"),
                "represented": G(boolean),
            },
            "opposingCounsel": {
                "name": Y(lambda f: f.full_name(), "name"),
                "firm": G(lambda f: f.pick(FIRMS)),
                "email": Y(lambda f: f.work_email(), "email"),
                "directLine": Y(lambda f: f.phone(), "phone"),
                "barNumber": Y(
                    lambda f: f.pick(["SBN " + f.digits(6), "LSO #" + f.digits(5) + "P", f.digits(7)]),
                    "license",
                ),
                "firmPhone": G(pick("(312) 555-0100", "+61 2 9223 4000", "416-555-0142")),
            },
        },
    ),
    (
        "track",
        "Witness Added",
        APP,
        {
            "matter_id": G(matter_id),
            "witnesses": Many(
                {
                    "fullName": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "email": Y(lambda f: f.email(), "email"),
                    "relationshipToClient": G(
                        pick("neighbour", "coworker", "bystander", "treating physician")
                    ),
                    "willingToTestify": G(boolean),
                    "statementReceived": G(boolean),
                },
                3,
            ),
        },
    ),
    (
        "screen",
        "Matter Detail",
        MOBILE,
        {
            "matter_id": G(matter_id),
            "tab": G(pick("activities", "documents", "bills", "notes", "calendar")),
            "from_notification": G(boolean),
        },
    ),
    # -- court ----------------------------------------------------------------------------------
    (
        "track",
        "Court Date Added",
        APP,
        {
            "matter_id": G(matter_id),
            "courtName": G(lambda f: f.pick(COURTS)),
            "courtroom": G(pick("Dept. 54", "Courtroom 1703", "Court 4", "Room 2-12")),
            "judgeName": Y(lambda f: "Hon. " + f.full_name(), "name"),
            "hearingType": G(
                pick(
                    "Case Management Conference",
                    "Motion Hearing",
                    "Arraignment",
                    "Mention",
                    "Directions Hearing",
                )
            ),
            "hearingAt": G(lambda f: f.iso()),
            "caseNumber": G(lambda f: f.case_number()),
            "reminderMinutes": Many(G(pick(1440, 60, 10080, 30)), 3),
            "isVirtual": G(boolean),
            "courthouseAddress": G(
                pick(
                    "111 N Hill St, Los Angeles, CA 90012",
                    "50 W Washington St, Chicago, IL 60602",
                    "361 University Ave, Toronto, ON M5G 1T3",
                )
            ),
        },
    ),
    (
        "track",
        "Court Date Reminder Sent",
        SERVER,
        {
            "hearing_id": G(lambda f: f.uuid()),
            "channel": G(pick("sms", "email")),
            "to_client": G(boolean),
            "recipient_phone": Y(lambda f: f.phone(), "phone"),
            "recipient_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Court Check-In",
        ["rn"],
        {
            "courthouseId": G(lambda f: "ch_" + f.digits(4)),
            "checkedInAt": G(lambda f: f.epoch_ms()),
            "geo": {"lat": Y(lambda f: f.lat(), "geolocation"), "lng": Y(lambda f: f.lon(), "geolocation")},
            "distanceFromCourthouseM": G(count(3, 400)),
            "interpreterRequested": G(boolean),
            "interpreterLanguage": G(pick("Spanish", "Vietnamese", "Punjabi", "Arabic", "Mandarin")),
            "accessibilityAccommodation": RED(
                pick("wheelchair access", "hearing loop", "none", "sign language interpreter"), "disability"
            ),
        },
    ),
    # -- e-filing -------------------------------------------------------------------------------
    (
        "track",
        "Filing Submitted",
        WEB,
        {
            "envelope_id": G(lambda f: f.digits(8)),
            "court_code": G(pick("CA-LASC", "IL-COOK", "TX-HARRIS", "ON-SCJ")),
            "filing_code": G(pick("MOT-COMPEL", "ANS", "CMP", "NOA", "DECL")),
            "lead_document_title": G(
                pick("Motion to Compel Discovery", "Answer to Complaint", "Notice of Appearance")
            ),
            "document_count": G(count(1, 9)),
            "filing_fee": G(pick(60.0, 435.0, 0.0, 229.5)),
            "case_number": G(lambda f: f.case_number()),
            "case_title": Y(lambda f: f.caption(), "name", True),
            "filer_email": Y(lambda f: f.work_email(), "email"),
            "service_contacts": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.work_email(), "email"),
                    "firm": G(lambda f: f.pick(FIRMS)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Filing Status Changed",
        ["go"],
        {
            "envelope-id": G(lambda f: f.digits(8)),
            "filing-status": G(pick("submitted", "accepted", "rejected", "served")),
            "court-code": G(pick("CA-LASC", "IL-COOK", "TX-HARRIS")),
            "case-number": G(lambda f: f.case_number()),
            "reviewer-comment": G(
                pick(
                    "",
                    "Missing signature on page 3",
                    "Incorrect filing code selected",
                    "Accepted as submitted",
                )
            ),
            "clerk-name": Y(lambda f: f.full_name(), "name"),
            "filer-email": Y(lambda f: f.work_email(), "email"),
            "accepted-at": G(lambda f: f.iso()),
            "stamped-document-url": G(lambda f: "https://efile.caseflow.io/stamped/" + f.hexid(20) + ".pdf"),
        },
    ),
    (
        "track",
        "Court Calendar Synced",
        ["go"],
        {
            "calendar-provider": G(pick("google", "outlook", "ical")),
            "hearing-id": G(lambda f: f.uuid()),
            "events-synced": G(count(1, 40)),
            "attendee-name": Y(lambda f: f.full_name(), "name"),
            "attendee-email": Y(lambda f: f.work_email(), "email"),
            "court-timezone": G(
                pick("America/Los_Angeles", "America/Chicago", "America/Toronto", "Australia/Sydney")
            ),
            "sync-duration-ms": G(count(40, 5000)),
        },
    ),
    (
        "track",
        "Service of Process Completed",
        SERVER,
        {
            "job_id": G(lambda f: "SOP-" + f.digits(6)),
            "process_server_name": Y(lambda f: f.full_name(), "name"),
            "served_party": Y(lambda f: f.full_name(), "name"),
            "service_address": Y(lambda f: f.full_address(), "address"),
            "served_at": G(lambda f: f.iso()),
            "attempts": G(count(1, 4)),
            "service_method": G(pick("personal", "substituted", "posting")),
            "gps_lat": Y(lambda f: f.lat(), "geolocation"),
            "gps_lng": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
    # -- criminal -------------------------------------------------------------------------------
    (
        "track",
        "Criminal Matter Opened",
        WEB,
        {
            "matter_id": G(matter_id),
            "defendantName": Y(lambda f: f.full_name(), "name"),
            "defendantDob": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "charges": Many(
                {
                    "statute": Y(
                        pick("VC 23152(a)", "PC 459", "720 ILCS 5/12-3", "Crimes Act 1900 s 61", "CC 266"),
                        "criminal record",
                    ),
                    "description": Y(
                        pick(
                            "DUI",
                            "Burglary",
                            "Domestic battery",
                            "Common assault",
                            "Possession of a controlled substance",
                        ),
                        "criminal record",
                    ),
                    "severity": Y(pick("felony", "misdemeanor", "summary", "indictable"), "criminal record"),
                },
                3,
            ),
            "hasPriorConvictions": Y(boolean, "criminal record"),
            "docketNumber": G(lambda f: f.case_number()),
            "arraignmentDate": G(lambda f: f.date_between(2024, 2025)),
            "bailAmount": G(pick(0, 5000, 25000, 100000)),
            "arrestingAgency": G(pick("LAPD", "Chicago PD", "Toronto Police Service", "NSW Police Force")),
        },
    ),
    # -- immigration ----------------------------------------------------------------------------
    (
        "track",
        "Immigration Form Prepared",
        WEB,
        {
            "formType": G(pick("I-130", "I-485", "I-765", "N-400", "I-129")),
            "receiptNumber": G(lambda f: f.pick(["IOE", "EAC", "WAC", "MSC"]) + f.digits(10)),
            "beneficiary": {
                "givenName": Y(lambda f: f.first(), "name"),
                "familyName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.date(1960, 2010), "birthdate"),
                "countryOfBirth": Y(
                    pick("Mexico", "India", "Philippines", "Nigeria", "Vietnam", "Ukraine"), "citizenship"
                ),
                "countryOfCitizenship": Y(
                    pick("Mexico", "India", "Philippines", "Nigeria", "Vietnam"), "citizenship"
                ),
                "aNumber": RED(lambda f: f.a_number(), "national id"),
                "passportNumber": RED(lambda f: f.passport(), "passport"),
                "i94Number": RED(lambda f: f.digits(9) + f.pick(["A3", "B1", "C5"]), "national id"),
                "currentStatus": RED(pick("H-1B", "F-1", "B-2", "TN", "parolee", "EWI"), "visa"),
                "sponsorshipRequired": RED(boolean, "visa"),
            },
            "petitioner": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "relationship": G(pick("spouse", "parent", "employer", "sibling")),
                "isUsCitizen": Y(boolean, "citizenship"),
            },
            "priorityDate": G(lambda f: f.date(2015, 2024)),
        },
    ),
    (
        "track",
        "Visa Application Lodged",
        ["python"],
        {
            "matter_ref": G(lambda f: "MAT-" + f.digits(5)),
            "subclass": RED(pick("482", "820", "189", "500", "600"), "visa"),
            "trn": G(lambda f: "EGO" + f.alnum(7).upper()),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_dob": Y(lambda f: f.date(1960, 2008), "birthdate"),
            "applicant_passport_no": RED(lambda f: f.passport(), "passport"),
            "work_rights": RED(pick("unrestricted", "limited to 48 hours per fortnight", "none"), "visa"),
            "lodged_at": G(lambda f: f.iso()),
            "application_fee_aud": G(pick(3210.0, 8850.0, 1600.0, 195.0)),
        },
    ),
    # -- personal injury and health ----------------------------------------------------------------
    (
        "track",
        "Medical Records Requested",
        SERVER,
        {
            "request_id": G(lambda f: f.uuid()),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "patient_dob": Y(lambda f: f.date(1945, 2010), "birthdate"),
            "mrn": RED(lambda f: f.pick(["MRN", "", "E"]) + f.digits(8), "health id"),
            "provider_name": G(
                pick(
                    "Northwestern Memorial Hospital",
                    "Sunnybrook Health Sciences Centre",
                    "Royal North Shore Hospital",
                )
            ),
            "provider_fax": G(pick("(312) 926-9190", "416-480-6100", "(02) 9926 7111")),
            "injury_description": Y(
                pick("whiplash", "fractured left wrist", "concussion", "lumbar disc herniation", "PTSD"),
                "condition|diagnosis",
            ),
            "date_of_loss": G(lambda f: f.date_between(2022, 2025)),
            "hipaa_authorization_signed": G(boolean),
        },
    ),
    (
        "track",
        "Accident Details Recorded",
        ["swift", "kotlin"],
        {
            "matter_id": G(matter_id),
            "vehicle": {
                "make": G(pick("Toyota", "Ford", "Honda", "Holden", "Tesla")),
                "model": G(pick("Camry", "F-150", "Civic", "Commodore", "Model 3")),
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
            },
            "otherDriver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "insurer": G(pick("State Farm", "Intact", "NRMA", "GEICO", "ICBC")),
                "policyNumber": Y(lambda f: f.pick(["SF", "PC", "NRM"]) + f.digits(9), "identification"),
                "driversLicense": Y(lambda f: f.dl(), "license"),
            },
            "claimNumber": G(lambda f: f.digits(2) + "-" + f.digits(5) + "-" + f.digits(3)),
            "policeReportNumber": G(lambda f: f.pick(["E", "HB", "CR"]) + f.digits(7)),
            "injuries": Many(
                Y(pick("whiplash", "concussion", "broken rib", "knee laceration"), "condition|diagnosis"), 2
            ),
            "accidentLocation": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Health Cover Details Added",
        ["php"],
        {
            "client_id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
            "medicare_number": RED(lambda f: f.medicare(), "health id"),
            "medicare_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
            "private_health_fund": G(pick("Bupa", "Medibank", "HCF", "nib")),
            "fund_member_number": Y(lambda f: f.digits(8), "identification"),
            "ndis_participant": RED(boolean, "disability"),
            "tfn": RED(lambda f: f.tfn(), "national id"),
            "centrelink_crn": RED(lambda f: f.digits(9) + f.pick("ABCHJKLX"), "national id"),
            "atsi_status": Y(pick("Aboriginal", "Torres Strait Islander", "Both", "Neither"), "ethnicity"),
            "concession_card": G(boolean),
        },
    ),
    (
        "track",
        "Health Card Captured",
        ["node"],
        {
            "client_id": G(lambda f: f.r.randint(10_000_000, 2_999_999_999)),
            "healthCardNumber": RED(lambda f: f.ohip(), "health id"),
            "province": G(const("ON")),
            "cardValidated": G(boolean),
            "capturedVia": G(pick("portal_form", "staff_entry")),
        },
    ),
    # -- legal aid and veterans -----------------------------------------------------------------
    (
        "track",
        "Eligibility Screening Completed",
        ["web:portal", "web"],
        {
            "screening_id": G(lambda f: f.uuid()),
            "county": G(pick("Cook", "Maricopa", "Harris", "Miami-Dade")),
            "household_size": G(count(1, 8)),
            "household_income": Y(count(9000, 80000), "salary"),
            "fpl_percent": G(count(40, 250)),
            "race": Y(
                pick(
                    "Black or African American",
                    "White",
                    "Asian",
                    "American Indian or Alaska Native",
                    "Multiracial",
                ),
                "race",
            ),
            "ethnicity": Y(pick("Hispanic or Latino", "Not Hispanic or Latino"), "ethnicity"),
            "gender": Y(pick("female", "male", "non-binary", "prefer not to say"), "gender"),
            "is_veteran": RED(boolean, "veteran"),
            "has_disability": RED(boolean, "disability"),
            "primary_language": G(pick("English", "Spanish", "Vietnamese", "Haitian Creole")),
            "age": G(count(18, 90)),
            "eligible": G(boolean),
        },
    ),
    (
        "track",
        "VA Claim Intake Completed",
        ["ruby"],
        {
            "matter_id": G(matter_id),
            "serviceBranch": RED(pick("Army", "Navy", "Marine Corps", "Air Force", "Coast Guard"), "veteran"),
            "dischargeType": RED(pick("Honorable", "General", "Other Than Honorable"), "veteran"),
            "vaFileNumber": RED(lambda f: f.pick([f.digits(8), f.ssn().replace("-", "")]), "national id"),
            "combinedRating": RED(pick(0, 30, 50, 70, 100), "disability"),
            "claimedConditions": Many(
                Y(pick("PTSD", "tinnitus", "lumbosacral strain", "sleep apnea"), "condition"), 3
            ),
            "intentToFileDate": G(lambda f: f.date_between()),
            "feeAgreementSigned": G(boolean),
        },
    ),
    # -- employment, family, estates ------------------------------------------------------------
    (
        "track",
        "Employment Claim Intake",
        APP,
        {
            "employer": G(pick("Globex Logistics Inc.", "Coles Group", "Tim Hortons", "Amazon")),
            "job_title": G(pick("Warehouse associate", "Registered nurse", "Shift supervisor", "Sales rep")),
            "hourly_wage": Y(money(15, 65), "salary"),
            "annual_salary": Y(count(32000, 160000), "salary"),
            "union_member": Y(boolean, "trade union"),
            "union_local": Y(
                pick("Teamsters Local 727", "UFCW Local 1006A", "SDA Victoria", "CUPE 79"), "trade union"
            ),
            "termination_date": G(lambda f: f.date_between(2024, 2025)),
            "termination_reason": G(pick("layoff", "for cause", "constructive dismissal", "resigned")),
            "supervisor_name": Y(lambda f: f.full_name(), "name"),
            "hr_email": G(pick("hr@globexlogistics.com", "people@coles.com.au", "careers@timhortons.ca")),
        },
    ),
    (
        "track",
        "Financial Statement Updated",
        WEB,
        {
            "matter_id": G(matter_id),
            "form": G(pick("Form 13.1", "FL-150", "Financial Statement (Family Law Rules)")),
            "gross_annual_income": Y(count(18000, 300000), "salary"),
            "employer": G(pick("Northside Hospital", "City of Calgary", "Woolworths", "Self-employed")),
            "monthly_rent": G(money(900, 4500)),
            "child_support_amount": G(money(0, 3000)),
            "credit_score": Y(count(480, 850), "credit score"),
            "bank_accounts": Many(
                {
                    "institution": G(pick("Chase", "RBC", "Commonwealth Bank", "Desjardins", "Wells Fargo")),
                    "account_number": RED(lambda f: f.bank_account(), "bank account"),
                    "account_last4": G(lambda f: f.digits(4)),
                    "balance": G(money(0, 90000)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Estate Plan Started",
        ["web:portal", "web"],
        {
            "plan_type": G(pick("simple will", "revocable living trust", "enduring power of attorney")),
            "testator": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "dob": Y(lambda f: f.date(1935, 1990), "birthdate"),
            },
            "executor_name": Y(lambda f: f.full_name(), "name"),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(pick("son", "daughter", "spouse", "niece", "charity")),
                    "share_percent": G(pick(25, 33.3, 50, 100)),
                    "date_of_birth": Y(lambda f: f.date(1960, 2020), "birthdate"),
                },
                4,
            ),
            "pets": Many(
                {
                    "name": G(pick("Biscuit", "Luna", "Mochi", "Bella", "Ned Kelly")),
                    "species": G(pick("dog", "cat", "rabbit")),
                    "caretaker_name": Y(lambda f: f.full_name(), "name"),
                },
                2,
            ),
            "funeral_rites": Y(
                pick("Catholic Mass", "Jewish burial", "Hindu cremation rites", "Non-religious service"),
                "religion",
            ),
            "estimated_estate_value": G(count(50000, 4000000)),
        },
    ),
    # -- time, expenses, invoices ---------------------------------------------------------------
    (
        "track",
        "Time Entry Created",
        APP,
        {
            "activity_id": G(lambda f: f.r.randint(1_000_000_000, 9_999_999_999)),
            "matter_id": G(matter_id),
            "date": G(lambda f: f.date_between(2024, 2025)),
            "quantity_hours": G(pick(0.1, 0.2, 0.5, 1.3, 2.0, 3.6)),
            "rate": Y(pick(195, 275, 350, 425, 650, 890), "salary"),
            "total": G(money(20, 4000)),
            "narrative": Y(narrative, "name", True),
            "utbms_task_code": G(lambda f: f.pick(UTBMS_TASK)),
            "utbms_activity_code": G(lambda f: f.pick(UTBMS_ACT)),
            "billable": G(boolean),
            "user_id": G(lambda f: "usr_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Invoice Created",
        ["node", "python"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(5)),
            "bill_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "matter_ids": Many(G(matter_id), 3),
            "subtotal": G(money(200, 40000)),
            "tax": G(money(0, 5000)),
            "total": G(money(200, 45000)),
            "currency": G(pick("USD", "CAD", "AUD")),
            "due_date": G(lambda f: f.date_between(2024, 2025)),
            "trust_applied": G(money(0, 5000)),
            "billing_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "billing_address": address_block(),
        },
    ),
    # -- subscription e-commerce ----------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web:www", "web"],
        {
            "product_id": G(
                pick("prod_Pq8xEssentials", "prod_Pq8xAdvanced", "prod_Pq8xGrow", "prod_Pq8xEfile")
            ),
            "sku": G(pick("CF-ESS-M", "CF-ADV-M", "CF-GRW-A", "CF-EFILE-ADD")),
            "name": G(pick("Caseflow Essentials", "Caseflow Advanced", "Caseflow Grow", "E-filing add-on")),
            "category": G(pick("plan", "add-on")),
            "price": G(pick(49.0, 89.0, 129.0, 19.0)),
            "currency": G(pick("USD", "CAD", "AUD")),
            "url": G(
                pick("https://www.caseflow.io/pricing#advanced", "https://www.caseflow.io/add-ons/efiling")
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        WEB,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(money(49, 9000)),
            "revenue": G(money(49, 9000)),
            "tax": G(money(0, 900)),
            "coupon": G(pick("", "ABA2024", "SOLO20", "MIGRATE30")),
            "currency": G(pick("USD", "CAD", "AUD")),
            "products": Many(
                {
                    "product_id": G(pick("prod_Pq8xEssentials", "prod_Pq8xAdvanced", "prod_Pq8xEfile")),
                    "sku": G(pick("CF-ESS-M", "CF-ADV-M", "CF-EFILE-ADD")),
                    "name": G(pick("Caseflow Essentials", "Caseflow Advanced", "E-filing add-on")),
                    "price": G(pick(49.0, 89.0, 19.0)),
                    "quantity": G(count(1, 40)),
                    "variant": G(pick("monthly", "annual")),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        WEB,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "step": G(const(2)),
            "payment_method": G(pick("card", "ach_debit", "au_becs_debit")),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "card_brand": G(pick("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(count(1, 12)),
            "card_exp_year": G(count(2025, 2031)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money(49, 9000)),
            "revenue": G(money(49, 9000)),
            "tax": G(money(0, 900)),
            "currency": G(pick("USD", "CAD", "AUD")),
            "coupon": G(pick("", "ABA2024", "SOLO20")),
            "seats": G(count(1, 60)),
            "billing_interval": G(pick("month", "year")),
            "products": Many(
                {
                    "product_id": G(pick("prod_Pq8xEssentials", "prod_Pq8xAdvanced", "prod_Pq8xEfile")),
                    "sku": G(pick("CF-ESS-M", "CF-ADV-M", "CF-EFILE-ADD")),
                    "name": G(pick("Caseflow Essentials", "Caseflow Advanced", "E-filing add-on")),
                    "price": G(pick(49.0, 89.0, 19.0)),
                    "quantity": G(count(1, 40)),
                    "variant": G(pick("monthly", "annual")),
                },
                2,
            ),
        },
    ),
    # -- payments and trust accounting ----------------------------------------------------------
    (
        "track",
        "Client Payment Succeeded",
        ["node"],
        {
            "type": G(const("charge.succeeded")),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.alnum(24)),
                    "amount": G(count(5000, 2500000)),
                    "currency": G(pick("usd", "cad", "aud")),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city_of(), "city"),
                            "state": G(pick("IL", "ON", "NSW", "TX")),
                            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                            "country": G(pick("US", "CA", "AU")),
                        },
                    },
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "payment_method_details": {
                        "type": G(const("card")),
                        "card": {
                            "brand": G(pick("visa", "mastercard", "amex")),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(count(1, 12)),
                            "exp_year": G(count(2025, 2031)),
                            "country": G(pick("US", "CA", "AU")),
                        },
                    },
                    "metadata": {
                        "invoice_number": G(lambda f: "INV-" + f.digits(5)),
                        "matter_id": G(lambda f: str(matter_id(f))),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Trust Deposit Recorded",
        ["dotnet"],
        {
            "TrustTransactionId": G(lambda f: f.uuid()),
            "ClientName": Y(lambda f: f.full_name(), "name"),
            "MatterNumber": G(matter_number),
            "Amount": G(money(500, 75000)),
            "Currency": G(pick("USD", "CAD")),
            "PaymentMethod": G(pick("Check", "Wire", "ACH", "eCheck")),
            "CheckNumber": G(lambda f: f.digits(4)),
            "PayorName": Y(lambda f: f.full_name(), "name"),
            "PayorBankAccountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "PayorRoutingNumber": G(lambda f: f.routing()),
            "DepositedBy": Y(lambda f: f.full_name(), "name"),
            "LedgerBalanceAfter": G(money(0, 150000)),
            "IsRetainer": G(boolean),
            "TrustAccountName": G(
                pick("IOLTA Trust \u2013 Chase", "Mixed Trust \u2013 RBC", "Client Trust Account")
            ),
            "ReceivedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Trust Transfer Approved",
        ["dotnet"],
        {
            "TransferId": G(lambda f: f.uuid()),
            "FromLedger": G(const("Trust")),
            "ToLedger": G(pick("Operating", "Client refund")),
            "Amount": G(money(100, 40000)),
            "ApprovedByEmail": Y(lambda f: f.work_email(), "email"),
            "ApprovalNote": G(
                pick(
                    "Applied to INV-10233 per engagement letter",
                    "Earned fees \u2013 March",
                    "Settlement disbursement",
                )
            ),
            "RequiresSecondApprover": G(boolean),
            "InvoiceNumbers": Many(G(lambda f: "INV-" + f.digits(5)), 3),
        },
    ),
    (
        "track",
        "Trust Receipt Issued",
        ["php"],
        {
            "receipt_no": G(lambda f: "R" + f.digits(6)),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "bsb": G(lambda f: f.bsb()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "amount": G(money(200, 120000)),
            "matter_ref": G(lambda f: "MAT-" + f.digits(5)),
            "purpose": G(pick("Deposit on purchase", "Costs in advance", "Settlement funds")),
            "receipted_by_user_id": G(lambda f: "usr_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Client Refund Issued",
        ["python"],
        {
            "refund_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "FR", "NL", "ES"])), "bank account"),
            "swift_bic": G(pick("NWBKGB2L", "DEUTDEFF", "BNPAFRPP", "ABNANL2A")),
            "amount": G(money(50, 20000)),
            "currency": G(pick("GBP", "EUR", "USD")),
            "reason": G(pick("unused retainer", "matter closed", "overpayment")),
        },
    ),
    # -- Quebec (French keys) -------------------------------------------------------------------
    (
        "track",
        "Dossier ouvert",
        ["web", "flutter"],
        {
            "numero_dossier": G(lambda f: f"{f.r.randint(2020, 2025)}-{f.digits(4)}"),
            "nom_client": Y(lambda f: f.last(), "name"),
            "prenom_client": Y(lambda f: f.first(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone": Y(lambda f: f.phone("CA"), "phone"),
            "date_naissance": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "adresse": Y(lambda f: f.street("CA"), "address|street"),
            "ville": Y(pick("Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"), "city"),
            "code_postal": Y(lambda f: f.postcode("CA"), "zipcode"),
            "province": G(const("QC")),
            "numero_assurance_sociale": RED(lambda f: f.sin(), "national id|social security number"),
            "langue_correspondance": G(pick("fr", "en")),
            "domaine_de_droit": G(
                pick("Droit de la famille", "Droit criminel", "Immigration", "Litige civil")
            ),
            "mode_facturation": G(pick("horaire", "forfaitaire", "aide juridique")),
            "avocat_responsable": Y(lambda f: "Me " + f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Audience ajoutée",
        ["web", "flutter"],
        {
            "tribunal": G(pick("Cour supérieure", "Cour du Québec", "Tribunal administratif du travail")),
            "salle": G(pick("2.08", "15.10", "Salle 4")),
            "juge": Y(lambda f: "L'honorable " + f.full_name(), "name"),
            "date_audience": G(lambda f: f.iso()),
            "numero_de_cour": G(
                lambda f: (
                    f"500-{f.pick(['04', '17', '22'])}-{f.digits(6)}-{f.r.randint(20, 25)}{f.r.randint(1, 9)}"
                )
            ),
            "type_audience": G(
                pick("Gestion", "Présentation", "Procès", "Conférence de règlement à l'amiable")
            ),
            "statut_immigration_client": RED(
                pick("résident permanent", "permis de travail", "permis d'études", "demandeur d'asile"),
                "visa",
            ),
            "numero_uci": RED(
                lambda f: f.pick([f.digits(8), f"{f.digits(4)}-{f.digits(4)}", f.digits(10)]), "national id"
            ),
        },
    ),
    (
        "track",
        "Remboursement émis",
        ["python"],
        {
            "beneficiaire": Y(lambda f: f.full_name(), "name"),
            "numero_transit": G(lambda f: f.digits(5)),
            "numero_institution": G(pick("001", "003", "006", "815", "004")),
            "numero_compte": RED(lambda f: f.digits(7), "bank account"),
            "montant": G(money(50, 15000)),
            "devise": G(const("CAD")),
            "motif": G(pick("solde de provision", "dossier fermé", "paiement en trop")),
        },
    ),
    # -- documents and e-signature --------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        APP,
        {
            "document_id": G(lambda f: f.r.randint(100_000_000, 999_999_999)),
            "file_name": Y(file_name, "name", True),
            "mime_type": G(
                pick(
                    "application/pdf",
                    "image/jpeg",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ),
            "size_bytes": G(count(12_000, 40_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "folder": G(pick("Pleadings", "Correspondence", "Medical", "ID Documents", "Discovery")),
            "matter_id": G(matter_id),
            "upload_source": G(pick("drag_drop", "email_forward", "mobile_scan", "client_portal")),
        },
    ),
    (
        "track",
        "Document Shared With Client",
        APP,
        {
            "document_id": G(lambda f: f.r.randint(100_000_000, 999_999_999)),
            "shared_with_email": Y(lambda f: f.email(), "email"),
            "share_url": RED(lambda f: "https://portal.caseflow.io/s/" + f.alnum(32), "token", True),
            "expires_at": G(lambda f: f.iso()),
            "allow_download": G(boolean),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(const("completed")),
            "emailSubject": Y(email_subject, "name", True),
            "sender": {
                "userName": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "recipients": {
                "signers": Many(
                    {
                        "recipientId": G(pick("1", "2", "3")),
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "status": G(pick("completed", "delivered")),
                        "signedDateTime": G(lambda f: f.iso()),
                    },
                    3,
                )
            },
        },
    ),
    (
        "track",
        "Signature Completed",
        ["web:portal"],
        {
            "signature_request_id": G(lambda f: f.uuid()),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signer_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "signature_type": G(pick("drawn", "typed", "uploaded")),
            "typed_signature": Y(lambda f: f.full_name(), "name"),
            "consent_to_electronic_records": G(const(True)),
            "audit_trail_hash": G(lambda f: f.hexid(64)),
            "pages_viewed": G(count(1, 30)),
        },
    ),
    # -- client portal and accounts -------------------------------------------------------------
    (
        "identify",
        None,
        ["web:portal", "rn", "flutter"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "dateOfBirth": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "mailingAddress": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "region": G(pick("IL", "ON", "QC", "NSW", "WA")),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(pick("US", "CA", "AU")),
            },
            "preferredLanguage": G(pick("en", "fr", "es", "vi")),
            "userType": G(const("client")),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(boolean),
            "phoneNumbersCount": G(count(0, 3)),
            "mfaEnabled": G(boolean),
            "openMatters": G(count(0, 4)),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "title": G(pick("Partner", "Associate", "Paralegal", "Legal Assistant", "Bookkeeper")),
            "role": G(pick("admin", "attorney", "staff", "billing")),
            "barNumber": Y(
                lambda f: f.pick(["SBN " + f.digits(6), "LSO #" + f.digits(5) + "P", "NSW " + f.digits(5)]),
                "license",
            ),
            "barJurisdiction": G(pick("California", "Illinois", "Ontario", "New South Wales")),
            "hourlyRate": Y(pick(195, 275, 350, 425, 650), "salary"),
            "firmId": G(lambda f: "firm_" + f.digits(5)),
            "createdAt": G(lambda f: f.iso()),
            "seatType": G(pick("full", "billing_only")),
            "ssnOnFile": G(boolean),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CLIENT_EMAIL": Y(lambda f: f.email(), "email"),
            "CLIENT_FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "CLIENT_PHONE": Y(lambda f: f.phone(), "phone"),
            "FIRM_ID": G(lambda f: "firm_" + f.digits(5)),
            "OPEN_MATTERS": G(count(0, 5)),
            "LIFETIME_BILLED_USD": G(money(0, 250000)),
            "AR_BALANCE_USD": G(money(0, 20000)),
            "LAST_INVOICE_DATE": G(lambda f: f.date_between(2024, 2025)),
            "PRIMARY_PRACTICE_AREA": G(lambda f: f.pick(PRACTICE)),
            "PORTAL_ENABLED": G(boolean),
            "CLIENT_SINCE": G(lambda f: f.date(2012, 2025)),
            "NPS_SCORE": G(count(0, 10)),
            "SSN_LAST4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "CLIENT_CITY": Y(lambda f: f.city_of(), "city"),
            "CLIENT_POSTAL_CODE": Y(lambda f: f.postcode(), "zipcode"),
            "CLIENT_DOB": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "PRIMARY_ATTORNEY_EMAIL": Y(lambda f: f.work_email(), "email"),
        },
    ),
    (
        "group",
        None,
        ["web"],
        {
            "name": G(lambda f: f.pick(FIRMS)),
            "industry": G(const("Legal Services")),
            "employees": G(count(1, 400)),
            "plan": G(pick("essentials", "advanced", "complete")),
            "website": G(
                pick("https://harrowvance.com", "https://okafor-reyes.law", "https://blackwoodlegal.com.au")
            ),
            "mainPhone": G(pick("(312) 555-0100", "+61 2 9223 4000", "416-555-0142", "1300 555 019")),
            "billingEmail": G(
                pick("accounts@harrowvance.com", "billing@okafor-reyes.law", "admin@blackwoodlegal.com.au")
            ),
            "address": {
                "street": G(
                    pick(
                        "120 Adelaide St W, Suite 400",
                        "233 S Wacker Dr, 84th Floor",
                        "Level 12, 1 Castlereagh St",
                    )
                ),
                "city": G(pick("Toronto", "Chicago", "Sydney")),
                "state": G(pick("ON", "IL", "NSW")),
                "postalCode": G(pick("M5H 1T1", "60606", "2000")),
                "country": G(pick("CA", "US", "AU")),
            },
            "practiceAreas": Many(G(lambda f: f.pick(PRACTICE)), 3),
            "trustAccountingEnabled": G(boolean),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web:portal", "web"], None),
    (
        "track",
        "Signed In",
        ["web:portal", "web", "swift", "kotlin", "flutter"],
        {
            "method": G(pick("password", "google_sso", "microsoft_sso", "magic_link")),
            "mfa_method": G(pick("none", "totp", "sms", "webauthn")),
            "login_email": Y(lambda f: f.email(), "email"),
            "remember_me": G(boolean),
            "failed_attempts": G(count(0, 4)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        ["flutter", "swift", "web:portal"],
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(pick("sms", "email")),
            "attempt": G(count(1, 3)),
            "success": G(boolean),
            "sent_to_masked": G(pick("***-***-4821", "j***@gmail.com", "04** *** 112")),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        ["ruby", "node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link_token": RED(lambda f: f.alnum(43), "token"),
            "expires_in_s": G(const(900)),
            "redirect_path": G(pick("/portal/home", "/portal/documents", "/portal/bills")),
        },
    ),
    (
        "track",
        "Portal Invite Sent",
        ["ruby"],
        {
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invited_by_user_id": G(lambda f: "usr_" + f.digits(7)),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
            "temporary_password": RED(
                lambda f: f.pick(["Welcome2024!", "Caseflow#" + f.digits(4), f.alnum(10)]), "password"
            ),
            "expires_at": G(lambda f: f.iso()),
            "matter_count": G(count(1, 3)),
        },
    ),
    (
        "track",
        "Secure Message Sent",
        ["web:portal", "rn"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "sender_role": G(pick("client", "attorney")),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hi, this is {f.first()}, can you call me at {f.phone()}?",
                        f"My new number is {f.phone()}",
                        f"Please text me on {f.phone()} instead of emailing",
                        f"Best to reach me at {f.phone()} after 5",
                    ]
                ),
                "phone",
                True,
            ),
            "attachments_count": G(count(0, 3)),
            "is_urgent": G(boolean),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + f.digits(10) if f.r.random() < 0.6 else "+614" + f.digits(8), "phone"),
            "To": G(pick("+13125550148", "+14165550117", "+61480000123")),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"Hi it's {f.full_name()}, running 10 min late",
                        f"This is {f.first()} {f.last()}, got the papers, thanks",
                        f"{f.full_name()} here - can we move Thursday?",
                    ]
                ),
                "name",
                True,
            ),
            "NumMedia": G(pick("0", "1")),
            "FromCountry": G(pick("US", "CA", "AU")),
            "SmsStatus": G(const("received")),
            "ApiVersion": G(const("2010-04-01")),
        },
    ),
    (
        "track",
        "Text Message Sent",
        ["node", "python"],
        {
            "to": Y(lambda f: f.phone(), "phone"),
            "from": G(pick("+13125550148", "+14165550117", "+61480000123")),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.first()}, reminder: your hearing is tomorrow at 9:00 AM. "
                        "Reply STOP to opt out.",
                        f"{f.first()}, your documents are ready to sign in the client portal.",
                        f"Hi {f.first()}, please call our office about your matter.",
                    ]
                ),
                "name",
                True,
            ),
            "template_id": G(pick("tpl_hearing_reminder", "tpl_docs_ready", "tpl_call_office")),
            "segments": G(count(1, 3)),
            "delivery_status": G(pick("queued", "sent", "delivered", "undelivered")),
        },
    ),
    (
        "track",
        "Call Logged",
        APP,
        {
            "call_direction": G(pick("inbound", "outbound")),
            "duration_s": G(count(0, 3600)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Left VM, call back at {f.phone()}",
                        f"Client asked us to use {f.phone()} from now on",
                        f"Spoke with adjuster, direct line {f.phone()}",
                    ]
                ),
                "phone",
                True,
            ),
            "caller_number": Y(lambda f: f.phone(), "phone"),
            "matter_id": G(matter_id),
            "outcome": G(pick("connected", "voicemail", "no_answer")),
        },
    ),
    (
        "screen",
        "Client Portal Home",
        ["rn", "flutter"],
        {
            "unread_messages": G(count(0, 9)),
            "outstanding_balance": G(money(0, 8000)),
            "next_hearing_in_days": G(count(0, 120)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["node"],
        {
            "uri": G(lambda f: "https://api.calendly.com/scheduled_events/" + f.uuid()),
            "event_type": G(pick("30 Minute Consultation", "Immigration Strategy Call", "Free Case Review")),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "timezone": G(pick("America/Chicago", "America/Toronto", "Australia/Brisbane")),
                "text_reminder_number": Y(lambda f: f.phone(), "phone"),
            },
            "scheduled_event": {
                "start_time": G(lambda f: f.iso()),
                "location": {
                    "type": G(pick("zoom", "physical", "outbound_call")),
                    "location": G(
                        pick("Zoom", "Suite 400, 120 Adelaide St W, Toronto", "233 S Wacker Dr, Chicago")
                    ),
                },
            },
        },
    ),
    # -- integrations ---------------------------------------------------------------------------
    (
        "track",
        "Integration Connected",
        ["python", "go"],
        {
            "provider": G(pick("quickbooks", "outlook", "dropbox", "xero")),
            "scopes": Many(
                G(pick("com.intuit.quickbooks.accounting", "Calendars.ReadWrite", "files.content.read")), 2
            ),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: "AB11" + f.alnum(46), "token"),
            "realm_id": G(lambda f: f.digits(19)),
            "connected_by_user_id": G(lambda f: "usr_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Email Filed To Matter",
        ["go", "python"],
        {
            "message_id": G(lambda f: f"<CA{f.alnum(30)}@mail.gmail.com>"),
            "thread_id": G(lambda f: f.hexid(16)),
            "sender_email": Y(lambda f: f.email(), "email"),
            "subject": Y(email_subject, "name", True),
            "recipient_count": G(count(1, 8)),
            "has_attachments": G(boolean),
            "matter_id": G(matter_id),
        },
    ),
]


def build(seed: int, repeats: int):
    f = LegalFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "firm_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, f.pick(clients)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=160, repeats=28)
    write(Path(__file__).parent, "holdout160_", events, labels)
