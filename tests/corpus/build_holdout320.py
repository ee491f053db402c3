"""Writes holdout320: tests/corpus/holdout320_events.jsonl and holdout320_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine; only build.py's helpers, fake.py and
build_holdout3.py (for format) were read. Nothing here is tuned to the engine.

Domain: prison communications and visitation in the United States, the United Kingdom and
Australia. Sources:
- "Kinbridge", a family app (analytics.js web, analytics-swift iOS, analytics-kotlin Android):
  booking social and video visits, phone credit, secure messages and photos, money sent to a
  person in custody, visitor registration and ID checks, welfare concerns, chaplaincy requests.
- "Wardline", a facility staff console (analytics.js) and visits-hall kiosk
  (analytics-react-native): visit approvals, contraband flags, call monitoring, approved-number
  lists, visitor bans.
- "CounselGate", a legal-visit booking tool for solicitors (analytics_flutter and web).
- Backends: a UK .NET integration with PascalCase keys (visits, the Assisted Prison Visits
  Scheme, healthcare referrals), a US Java DOC integration (trust deposits, visitor
  applications), a Go telephony webhook processor (Twilio-shaped, PascalCase), a Ruby message
  moderation service (kebab-case), a legacy Australian PHP portal (snake_case, AU spellings),
  Node payment and ad-conversion services (Stripe- and Meta CAPI-shaped), Python reverse-ETL
  syncs from the warehouse (SCREAMING_SNAKE), a Spanish-language US partner feed and a Welsh
  language visit form.
Messages are identify / track / page / screen / group / alias with the context blocks each
client library sends (context.ip, context.traits, device, app, library, locale, userAgent,
campaign, consent, externalIds, location).

Conventions: paths are flattened as portal.events.flatten does (dotted, arrays as `[]`). Each
path has exactly one label: classification (red / yellow / green), type (the reference's
matcher name, or bank account, geolocation, secret, national id, health id, advertising id,
credit score, trade union, criminal record; `a|b` when either name is fair or a neutral field
mixes both) and value_only (the key does not say what the value is; only the value does).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a person in custody, a visitor, a
  child on a visit, a contact on an approved-number list, a solicitor, a staff member. Colour is
  the reference's default for the matcher; outside the reference: red for credentials/secrets,
  card numbers, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids our apps and backends issue (userId, visitorId, contactId, staffId, badge and
  employee numbers, booking references, order/transfer/call ids, Stripe pi_/cus_ ids, Twilio
  SIDs), versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys (emailVerified, idVerified, ssnProvided, phoneCount), product / plan /
  facility / law-firm / pet names, places that are not the person's (a facility, its city and
  coordinates, a searched facility), country, state, locale, language (also a client's or
  interpreter language), timezone, currency, user agents, OS-issued device ids. Card brand, last
  four, expiry and BIN are green; routing numbers, sort codes and BSBs are green; the last four
  of an SSN are red.
- Contested cases follow the product's published policy: loyalty/member/customer numbers, ages
  and age bands, marital status, job titles, employers, a business's own phone / e-mail /
  address (a facility's main line, visits@ and no-reply@ mailboxes, the facility line in a
  telephony webhook, a conference dial-in) are green; insurer member numbers (identification),
  rx/medication, pay rates (salary), credit scores, vehicle plates (license), ad click ids
  (gclid, fbclid, fbp, fbc: advertising id), billing addresses (address), trade union
  membership are yellow; payment-method tokens (pm_), one-time codes and sign-in/reset link
  tokens, session JWTs, push tokens (token), patient numbers (NHS, Medicare: health id), identity
  document numbers (national id / passport) and answers on visa status (visa) are red.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  * Prisoner / inmate / offender numbers assigned by a corrections department (NOMIS prison
    number A1234BC, a state DOC number, a BOP register number 12345-054, an Australian MIN or
    CRN) identify a natural person across agencies: yellow `identification`, like a licence
    number. Ids our own systems mint for the same person (lovedOne.id, visitorId) are green.
  * A facility's name, code, address and coordinates are a business's: green, even though a
    person in custody lives there.
  * Criminal-offence data about a person (a conviction declared on a visitor form, being on
    parole, the type of criminal matter a solicitor visits about) is yellow `criminal record`.
  * An ID-check answer whose document may be a passport, national card or licence is red
    `national id|passport`; a field that is by its key a driving licence number is yellow
    `license` (the reference default). Government benefit / tax numbers (NINO, Centrelink CRN,
    Home Office reference) are red `national id`.
  * A solicitor's or bar registration number is yellow `identification|license`.
  * Hashed e-mails and phone numbers sent to ad platforms stay personal data: yellow `email` /
    `phone` (not value_only: only the key says what was hashed).
  * Health enums and booleans about a person (a welfare concern type, an ACCT self-harm watch,
    COVID symptoms / vaccination) are yellow `condition`; accessibility needs and a disability
    answer are red `disability`; religion, ethnicity, sexual orientation, gender and race answers
    are yellow in their own matchers; veteran status is red `veteran`.
  * Push tokens (context.device.token) are red `token`, as in the main corpus.
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries (green when none does: message previews, captions, review notes, call
  transcript snippets). Mixed PII under a neutral key (a search box that takes a name or a
  prisoner number; a form value that is an e-mail or a phone) is labelled with both types.
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- values -------------------------------------------------------------------------------------

FIRST = [
    "Aaliyah",
    "DeShawn",
    "Marisol",
    "Jamal",
    "Keisha",
    "Tyrone",
    "Guadalupe",
    "José",
    "Ngozi",
    "Chidi",
    "Aroha",
    "Wiremu",
    "Sione",
    "Mele",
    "Minh",
    "Bich Ngoc",
    "Wei",
    "Xiu Ying",
    "Rahul",
    "Anjali",
    "Siobhan",
    "Declan",
    "Callum",
    "Eilidh",
    "Rhys",
    "Cerys",
    "Tomasz",
    "Agnieszka",
    "Mohammed",
    "Aisha",
    "Hamza",
    "Fadumo",
    "Abdi",
    "Shanice",
    "Kayla",
    "Brayden",
    "Jack",
    "Olivia",
    "Charlotte",
    "Lachlan",
    "Mia",
    "Bronwyn",
    "Dmitri",
    "Yusuf",
    "Leilani",
    "Tavita",
    "Kwabena",
    "Precious",
    "Imani",
    "Esperanza",
    "Ximena",
    "Takoda",
    "Nizhoni",
    "Gurpreet",
    "Dorothy",
    "Kevin",
]
LAST = [
    "Washington",
    "Jackson",
    "Hernández",
    "Rodríguez",
    "Okonkwo",
    "Adeyemi",
    "Ngata",
    "Tuilagi",
    "Nguyen",
    "Tran",
    "Zhang",
    "Li",
    "Sharma",
    "Singh",
    "Murphy",
    "O'Connor",
    "MacLeod",
    "Jones",
    "Evans",
    "Nowak",
    "Kowalczyk",
    "Ali",
    "Hussain",
    "Warsame",
    "Campbell",
    "Brown",
    "Williams",
    "Thompson",
    "Kelly",
    "Papadopoulos",
    "Ivanov",
    "Kealoha",
    "Begay",
    "Yazzie",
    "Mensah",
    "Boateng",
    "Santos",
    "Reyes",
    "Kaur",
    "Wright-Baker",
    "De Souza",
    "Lloyd",
    "Pritchard",
]
DOMAINS = ["example.com", "example.co.uk", "example.com.au", "mail.example.net", "example.org"]
# (code, name, region, city, state, main line, lat, lon)
FACILITIES = [
    ("WWI", "HMP Wandsworth", "UK", "London", "England", "020 7946 0300", 51.4497, -0.1783),
    ("LEI", "HMP Leeds", "UK", "Leeds", "England", "0113 496 0200", 53.7968, -1.5906),
    ("CFI", "HMP Cardiff", "UK", "Cardiff", "Wales", "029 2018 0400", 51.4794, -3.1682),
    ("STI", "HMP Styal", "UK", "Wilmslow", "England", "01625 553 195", 53.3484, -2.2456),
    (
        "SIL",
        "Silverwater Correctional Complex",
        "AU",
        "Silverwater",
        "NSW",
        "(02) 9289 5100",
        -33.8368,
        151.0475,
    ),
    ("PPP", "Port Phillip Prison", "AU", "Truganina", "VIC", "(03) 8368 1000", -37.8231, 144.7392),
    (
        "BWCC",
        "Brisbane Women's Correctional Centre",
        "AU",
        "Wacol",
        "QLD",
        "(07) 3271 9400",
        -27.5941,
        152.9287,
    ),
    ("CCJ", "Cook County Jail", "US", "Chicago", "IL", "(773) 674-7100", 41.8358, -87.7066),
    ("TAL", "FCI Tallahassee", "US", "Tallahassee", "FL", "(850) 878-2173", 30.3960, -84.2450),
    ("HV", "Huntsville Unit", "US", "Huntsville", "TX", "(936) 437-1555", 30.7235, -95.5508),
    (
        "SQ",
        "San Quentin Rehabilitation Center",
        "US",
        "San Quentin",
        "CA",
        "(415) 454-1460",
        37.9387,
        -122.4880,
    ),
    (
        "RMSI",
        "Riverbend Maximum Security Institution",
        "US",
        "Nashville",
        "TN",
        "(615) 350-3100",
        36.1862,
        -86.9197,
    ),
]
US_CITIES = [
    ("Chicago", "IL"),
    ("Houston", "TX"),
    ("Phoenix", "AZ"),
    ("Atlanta", "GA"),
    ("Baton Rouge", "LA"),
    ("Fresno", "CA"),
    ("Detroit", "MI"),
    ("Memphis", "TN"),
]
UK_TOWNS = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Bristol", "BS"),
    ("Cardiff", "CF"),
    ("Swansea", "SA"),
    ("Birmingham", "B"),
    ("Hull", "HU"),
    ("Croydon", "CR"),
]
AU_SUBURBS = [
    ("Fitzroy", "VIC", 3065),
    ("Parramatta", "NSW", 2150),
    ("Logan Central", "QLD", 4114),
    ("Dubbo", "NSW", 2830),
    ("Footscray", "VIC", 3011),
    ("Mount Druitt", "NSW", 2770),
    ("Armadale", "WA", 6112),
]
US_STREETS = ["Elm St", "W Madison Ave", "MLK Jr Blvd", "Oak Grove Rd", "S Main St", "Cypress Ln"]
UK_STREETS = ["Victoria Road", "Cowley Road", "Church Lane", "Station Road", "Clifton Street"]
AU_STREETS = ["Smith St", "Church St", "Bridge Rd", "Wattle Ave", "Boundary Rd"]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


class P(Fake):
    """Fake with the regions, ids and documents of this domain."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def email(self):
        def plain(s):
            return "".join(c for c in s.lower() if c.isalpha()).replace("é", "e").replace("á", "a")

        first, last = plain(self.first()), plain(self.last())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(DOMAINS)}"

    def letters(self, n):
        return "".join(self.pick(UPPER) for _ in range(n))

    def alnum(self, n):
        return "".join(self.pick(ALNUM) for _ in range(n))

    def region(self):
        return self.pick(["US", "UK", "AU"])

    # phones
    def phone_us(self):
        a, e, n = (
            self.pick([312, 404, 713, 225, 559, 313, 901, 602]),
            self.r.randint(201, 989),
            self.r.randint(0, 9999),
        )
        return self.pick([f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1{a}{e}{n:04d}", f"{a}.{e}.{n:04d}"])

    def phone_uk(self):
        m, n = self.r.randint(700, 999), self.r.randint(100000, 999999)
        return self.pick(
            [
                f"07{m} {n}",
                f"+44 7{m} {n}",
                f"+447{m}{n}",
                f"0113 496 {self.r.randint(0, 999):04d}",
                f"07{m}{n}",
            ]
        )

    def phone_au(self):
        a, b, c = self.r.randint(10, 99), self.r.randint(100, 999), self.r.randint(100, 999)
        return self.pick(
            [
                f"04{a} {b} {c}",
                f"+61 4{a} {b} {c}",
                f"+614{a}{b}{c}",
                f"(02) 9{self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
            ]
        )

    def phone(self, style=None):
        return self.pick([self.phone_us, self.phone_uk, self.phone_au])()

    def e164(self):
        return self.pick(
            [
                f"+1{self.pick([312, 404, 713])}{self.r.randint(2010000, 9899999)}",
                f"+447{self.r.randint(700000000, 999999999)}",
                f"+614{self.r.randint(10000000, 99999999)}",
            ]
        )

    # places
    def postcode_uk(self, area=None):
        area = area or self.pick([a for _, a in UK_TOWNS])
        inward = "".join(self.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{area}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{inward}"

    def zip(self):
        return self.pick(
            [
                f"{self.r.randint(10000, 99999)}",
                f"{self.r.randint(10000, 99999)}-{self.r.randint(1000, 9999)}",
                self.postcode_uk(),
                f"{self.pick([2150, 3065, 4114, 2830, 3011, 6112])}",
            ]
        )

    def street(self):
        n = self.r.randint(1, 2999)
        return self.pick(
            [
                f"{n} {self.pick(US_STREETS)}",
                f"{n} {self.pick(US_STREETS)} Apt {self.r.randint(1, 40)}",
                f"{self.r.randint(1, 160)} {self.pick(UK_STREETS)}",
                f"Flat {self.r.randint(1, 12)}, {self.r.randint(1, 160)} {self.pick(UK_STREETS)}",
                f"Unit {self.r.randint(1, 30)}/{self.r.randint(1, 200)} {self.pick(AU_STREETS)}",
            ]
        )

    def city(self):
        return self.pick([c for c, _ in US_CITIES] + [t for t, _ in UK_TOWNS] + [s for s, _, _ in AU_SUBURBS])

    def full_address(self):
        kind = self.pick(["US", "UK", "AU"])
        if kind == "US":
            c, s = self.pick(US_CITIES)
            return (
                f"{self.r.randint(1, 2999)} {self.pick(US_STREETS)}, {c}, {s} {self.r.randint(10000, 99999)}"
            )
        if kind == "UK":
            t, a = self.pick(UK_TOWNS)
            return f"{self.r.randint(1, 160)} {self.pick(UK_STREETS)}, {t} {self.postcode_uk(a)}"
        s, st, pc = self.pick(AU_SUBURBS)
        return f"{self.r.randint(1, 200)} {self.pick(AU_STREETS)}, {s} {st} {pc}"

    def dob(self, lo=1950, hi=2004):
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}"])

    def facility(self):
        return self.pick(FACILITIES)

    # corrections ids
    def custody_number(self):
        return self.pick(
            [
                f"{self.pick('AG')}{self.r.randint(1000, 9999)}{self.letters(2)}",  # NOMIS
                f"{self.r.randint(10000, 99999)}-{self.pick(['054', '424', '112', '018'])}",  # BOP
                str(self.r.randint(100000, 9999999)),  # state DOC / NSW MIN
                f"{self.letters(2)}{self.r.randint(1000, 9999)}",  # CDCR
            ]
        )

    def nomis(self):
        return f"{self.pick('AG')}{self.r.randint(1000, 9999)}{self.letters(2)}"

    def doc_number(self):
        return self.pick(
            [
                str(self.r.randint(100000, 9999999)),
                f"{self.r.randint(10000, 99999)}-{self.pick(['054', '424', '112'])}",
            ]
        )

    def au_min(self):
        return str(self.r.randint(100000, 99999999))

    # government and health ids
    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        return self.pick([f"{pre}{d}{suffix}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def nhs(self):
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, ds)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def medicare(self):
        ds = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(w * d for w, d in zip([1, 3, 7, 9, 1, 3, 7, 9], ds, strict=True)) % 10
        s = "".join(map(str, ds)) + str(check) + str(self.r.randint(1, 9))
        return self.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def crn(self):
        return f"{self.r.randint(200000000, 699999999)}{self.pick('ABCHJKLSTX')}"

    def us_passport(self):
        return self.pick(
            [f"{self.r.randint(100000000, 999999999)}", f"A{self.r.randint(10000000, 99999999)}"]
        )

    def uk_passport(self):
        return f"{self.r.randint(100000000, 999999999)}"

    def au_passport(self):
        return f"P{self.pick('ABCDE')}{self.r.randint(1000000, 9999999)}"

    def id_doc(self):
        return self.pick(
            [
                self.us_passport,
                self.uk_passport,
                self.au_passport,
                self.nino_card,
                lambda: f"{self.r.randint(10000000, 99999999)}",
            ]
        )()

    def nino_card(self):
        return f"ID{self.r.randint(1000000, 9999999)}"

    def uk_dl(self):
        sur = "".join(c for c in self.last().upper() if c in UPPER)[:5].ljust(5, "9")
        y, m, d = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        m += self.pick([0, 50])
        initials = self.pick(UPPER) + self.pick(UPPER + "9")
        return f"{sur}{y // 10 % 10}{m:02d}{d:02d}{y % 10}{initials}9{self.letters(2)}"

    def us_dl(self):
        return self.pick(
            [
                f"{self.pick(UPPER)}{self.r.randint(1000000, 9999999)}",
                f"{self.r.randint(10000000, 99999999)}",
                f"{self.r.randint(100000000, 999999999)}",
            ]
        )

    def au_licence(self):
        return self.pick([str(self.r.randint(10000000, 99999999)), str(self.r.randint(100000000, 999999999))])

    def licence(self):
        return self.pick([self.uk_dl, self.us_dl, self.au_licence])()

    def plate(self):
        return self.pick(
            [
                f"{self.letters(2)}{self.pick(['19', '69', '21', '71', '23', '73'])} {self.letters(3)}",
                f"{self.r.randint(1, 9)}{self.letters(3)}{self.r.randint(100, 999)}",
                f"{self.letters(2)}{self.r.randint(10, 99)}{self.letters(2)}",
                f"{self.r.randint(1, 9)}{self.letters(2)}{self.r.randint(1, 9)}{self.letters(2)}",
            ]
        )

    def aba(self):
        while True:
            ds = [self.r.randint(0, 1), self.r.randint(0, 9)] + [self.r.randint(0, 9) for _ in range(6)]
            if 1 <= ds[0] * 10 + ds[1] <= 12:
                break
        for last in range(10):
            d = [*ds, last]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return "".join(map(str, d))
        raise AssertionError

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def bsb(self):
        return f"{self.pick(['062', '033', '083', '012', '734'])}-{self.r.randint(0, 999):03d}"

    def pm(self):
        return "pm_1" + self.alnum(23)

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(70) + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(58)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def visit_ref(self):
        return "-".join("".join(self.pick(string.ascii_lowercase) for _ in range(2)) for _ in range(4))

    def money_mix(self):
        return self.pick([10, 15, 20, 25, 50, 100, 200])


# -- templates ------------------------------------------------------------------------------------


class Opt:
    """A dict entry present in a share `p` of messages."""

    def __init__(self, template: Any, p: float = 0.5):
        self.template, self.p = template, p


def render(template: Any, f: P, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def pick(*items):
    return lambda f: f.pick(list(items))


def uuid(f):
    return f.uuid()


def iso(f):
    return f.iso()


def name(f):
    return f.full_name()


def first(f):
    return f.first()


def last(f):
    return f.last()


def email(f):
    return f.email()


def phone(f):
    return f.phone()


def dob(f):
    return f.dob()


def custody(f):
    return f.custody_number()


def fac_code(f):
    return f.facility()[0]


def fac_name(f):
    return f.facility()[1]


def boolean(f):
    return f.pick([True, False])


def count(hi):
    return lambda f: f.r.randint(0, hi)


def money(lo=1, hi=200):
    return lambda f: f.money(lo, hi)


# -- contexts -------------------------------------------------------------------------------------

WEB_APPS = {
    "family": (
        "https://app.kinbridge.example",
        ["/visits/book", "/wallet", "/messages", "/", "/loved-ones"],
        ["Book a visit | Kinbridge", "Wallet | Kinbridge", "Messages | Kinbridge", "Kinbridge"],
    ),
    "staff": (
        "https://console.wardline.example",
        ["/visits/requests", "/calls/alerts", "/contraband", "/bans"],
        ["Visit requests \u2013 Wardline", "Call alerts \u2013 Wardline", "Contraband log \u2013 Wardline"],
    ),
    "legal": (
        "https://book.counselgate.example",
        ["/legal-visits/new", "/calls", "/clients"],
        ["Book a legal visit", "Legal calls", "Clients \u2013 CounselGate"],
    ),
}


def web_context(app: str):
    base, paths, titles = WEB_APPS[app]

    def url(f):
        return base + f.pick(paths)

    return {
        "library": {
            "name": G(pick("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "5.2.1")),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(pick("", "https://www.google.com/", "https://www.bing.com/", base + "/")),
            "search": G(pick("", "?utm_source=newsletter", "?step=2", "?ref=email")),
            "title": G(lambda f: f.pick(titles)),
            "url": G(url),
        },
        "userAgent": G(lambda f: f.pick(BROWSER_UAS)),
        "locale": G(pick("en-US", "en-GB", "en-AU", "es-US", "cy-GB")),
        "timezone": G(pick("America/Chicago", "Europe/London", "Australia/Sydney", "America/Los_Angeles")),
        "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.7),
        "campaign": Opt(
            {
                "name": G(pick("visits_launch", "xmas_credit", "reconnect_q2")),
                "source": G(pick("google", "facebook", "newsletter")),
                "medium": G(pick("cpc", "email", "social")),
                "content": G(pick("banner_a", "textlink", "carousel")),
            },
            0.25,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": G(boolean),
                    "Analytics": G(boolean),
                    "Functional": G(pick(True)),
                }
            },
            0.4,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(pick("Kinbridge")),
            "version": G(pick("6.4.0", "6.5.2", "6.6.0")),
            "build": G(pick("640", "652", "660")),
            "namespace": G(pick("com.kinbridge.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(pick("ios")),
            "adTrackingEnabled": G(boolean),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.1", "1.5.9"))},
        "locale": G(pick("en-US", "en-GB", "en-AU", "es-US")),
        "network": {"wifi": G(boolean), "cellular": G(boolean)},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "16.7.8", "17.5"))},
        "screen": {"width": G(pick(390, 430, 375)), "height": G(pick(844, 932, 667))},
        "timezone": G(pick("America/New_York", "Europe/London", "Australia/Brisbane")),
        "instanceId": G(uuid),
        "traits": Opt({"email": Y(email, "email"), "userId": G(lambda f: "kb_" + f.digits(8))}, 0.6),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(pick("Kinbridge")),
            "version": G(pick("6.4.0", "6.5.1", "6.6.0")),
            "build": G(pick("6040", "6051", "6060")),
            "namespace": G(pick("com.kinbridge.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "motorola", "OPPO")),
            "model": G(pick("SM-A546B", "Pixel 7a", "moto g54 5G", "CPH2371")),
            "name": G(pick("a54x", "lynx", "cancunf", "OP5961L1")),
            "type": G(pick("android")),
            "adTrackingEnabled": G(boolean),
            "advertisingId": Opt(Y(uuid, "advertising id"), 0.4),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3", "1.14.2"))},
        "locale": G(pick("en-US", "en-GB", "en-AU", "es-US")),
        "network": {
            "wifi": G(boolean),
            "cellular": G(boolean),
            "carrier": G(pick("T-Mobile", "EE", "Telstra", "Vodafone AU", "Verizon")),
        },
        "os": {"name": G(pick("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 2400, 3120)),
        },
        "timezone": G(pick("America/Chicago", "Europe/London", "Australia/Melbourne")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; CPH2371 Build/SP1A.210812.016)",
            )
        ),
        "instanceId": G(uuid),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "speed": G(pick(0.0, 1.4, 12.5)),
            },
            0.3,
        ),
        "traits": Opt({"email": Y(email, "email"), "userId": G(lambda f: "kb_" + f.digits(8))}, 0.6),
    }


def rn_context():
    return {
        "app": {
            "name": G(pick("Wardline Kiosk")),
            "version": G(pick("2.3.0", "2.4.1", "2.4.2")),
            "build": G(pick("230", "241", "242")),
            "namespace": G(pick("example.wardline.kiosk")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPad13,16", "SM-X200", "iPad14,1")),
            "type": G(pick("ios", "android")),
        },
        "library": {
            "name": G(pick("analytics-react-native")),
            "version": G(pick("2.19.2", "2.20.1", "2.18.0")),
        },
        "os": {"name": G(pick("iPadOS", "Android")), "version": G(pick("17.4", "14", "16.7"))},
        "screen": {"width": G(pick(820, 1200, 744)), "height": G(pick(1180, 1920, 1133))},
        "network": {"wifi": G(pick(True)), "cellular": G(pick(False))},
        "locale": G(pick("en-GB", "en-AU", "en-US")),
        "timezone": G(pick("Europe/London", "Australia/Sydney", "America/Chicago")),
        "instanceId": G(uuid),
    }


def flutter_context():
    return {
        "app": {
            "name": G(pick("CounselGate")),
            "version": G(pick("3.1.0", "3.2.4", "3.0.9")),
            "build": G(pick("31", "324", "309")),
            "namespace": G(pick("example.counselgate.app")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "Google", "samsung")),
            "model": G(pick("iPhone15,3", "Pixel 8", "SM-S918B")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5", "1.0.2"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(393, 412, 384)), "height": G(pick(852, 915, 832))},
        "locale": G(pick("en-GB", "en-AU", "en-US")),
        "timezone": G(pick("Europe/London", "Australia/Perth", "America/New_York")),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1", "1.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0", "2.3.1"]),
}


def server_context(lib: str):
    name_, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(pick(name_)), "version": G(pick(*versions))}}
    if lib in ("node", "python", "php", "java"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.6)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(BROWSER_UAS)), 0.4)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(pick("email")),
                    "collection": G(pick("users")),
                    "encoding": G(pick("none")),
                },
                1,
            ),
            0.4,
        )
        ctx["traits"] = Opt({"email": Y(email, "email")}, 0.3)
    if lib == "dotnet":
        ctx["groupId"] = G(pick("WWI", "LEI", "CFI", "STI"))
    return ctx


def context_for(client: str):
    if client.startswith("web:"):
        return web_context(client[4:])
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


FAMILY_APPS = ["web:family", "swift", "kotlin"]
MOBILE = ["swift", "kotlin"]

# -- shared bodies --------------------------------------------------------------------------------


def loved_one():
    return {
        "id": G(uuid),
        "custodyNumber": Y(custody, "identification"),
        "facilityId": G(fac_code),
        "facilityName": G(fac_name),
    }


# -- free text ------------------------------------------------------------------------------------


def sms_text(f):
    fac = f.facility()[1]
    who = f.full_name()
    return f.pick(
        [
            f"Kinbridge: your visit with {who} at {fac} is confirmed for {f.dob(2024, 2024)} at 14:00. "
            f"Ref {f.visit_ref()}",
            f"Kinbridge: {who} has sent you a new message. Open the app to read it.",
            f"Reminder: visit with {who} tomorrow. Bring photo ID. Reply STOP to opt out",
            f"Your video call with {who} starts in 15 minutes.",
        ]
    )


def contact_note(f):
    ph = f.phone()
    return f.pick(
        [
            f"Rang {ph}, no answer",
            f"Visitor called from {ph} to rebook",
            f"Left voicemail on {ph} re ID",
            f"Confirmed new mobile {ph}",
            f"Called back on {ph} - booking moved to Sat",
        ]
    )


def welfare_details(f):
    return f.pick(
        [
            "He says he hasn't had his insulin since Monday",
            "She is on methadone and missed her dose twice this week",
            "Worried about his mental health after our call, he talked about self-harm",
            "His asthma is getting worse and the inhaler was taken off him",
            "Needs his epilepsy medication (levetiracetam), had a seizure on Sunday",
            "Been very depressed since the transfer, not eating",
            "Diagnosed with hepatitis C before he went in, no treatment yet",
        ]
    )


# -- events ---------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # ---- family app: identity --------------------------------------------------------------------
    (
        "identify",
        None,
        FAMILY_APPS,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(pick("IL", "TX", "NSW", "VIC", "England", "Wales", "CA")),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(pick("US", "GB", "AU")),
            },
            "createdAt": G(iso),
            "plan": G(pick("free", "kin_plus", "kin_plus_family")),
            "preferredLanguage": G(pick("en", "es", "vi", "cy")),
            "emailVerified": G(boolean),
            "phoneVerified": G(boolean),
            "idVerified": G(boolean),
            "lovedOnesCount": G(count(4)),
            "marketingOptIn": G(boolean),
            "region": G(lambda f: f.region()),
            "age": G(lambda f: f.r.randint(18, 79)),
        },
    ),
    (
        "track",
        "Signed Up",
        FAMILY_APPS,
        {
            "method": G(pick("email", "apple", "google", "phone")),
            "referralCode": G(lambda f: f.pick(["", "FAMILY" + f.digits(4), "KB-" + f.letters(5)])),
            "passwordStrength": G(pick("weak", "fair", "strong")),
            "emailDomain": G(pick("example.com", "example.co.uk", "example.com.au")),
            "phoneCount": G(count(2)),
            "termsVersion": G(pick("2024-02", "2023-11", "2024-06")),
            "region": G(lambda f: f.region()),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        FAMILY_APPS,
        {
            "code": RED(lambda f: f.otp(), "token"),
            "channel": G(pick("sms", "email", "voice")),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(boolean),
            "sentTo": Y(lambda f: f.pick([f.e164(), f.email()]), "phone|email", True),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web:family", "node"],
        {
            "email": Y(email, "email"),
            "link": RED(lambda f: "https://app.kinbridge.example/reset?token=" + f.alnum(40), "token", True),
            "expiresInMinutes": G(pick(15, 30, 60)),
            "requestedFrom": G(pick("web", "ios", "android")),
        },
    ),
    (
        "alias",
        None,
        ["web:family", "swift", "kotlin"],
        {},
    ),
    # ---- family app: loved ones and search ------------------------------------------------------
    (
        "track",
        "Loved One Added",
        FAMILY_APPS,
        {
            "lovedOne": {
                **loved_one(),
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(dob, "birthdate"),
                "jurisdiction": G(
                    pick("Federal BOP", "TDCJ", "HMPPS", "Corrective Services NSW", "Corrections Victoria")
                ),
            },
            "relationship": G(
                pick("mother", "partner", "son", "daughter", "friend", "grandparent", "sibling")
            ),
            "addedVia": G(pick("search", "manual", "invite_link")),
            "isPrimaryContact": G(boolean),
        },
    ),
    (
        "track",
        "Inmate Searched",
        FAMILY_APPS,
        {
            "q": Y(
                lambda f: f.pick([f.full_name(), f.last(), f.custody_number(), f.full_name().upper()]),
                "name|identification",
                True,
            ),
            "searchType": G(pick("name", "number", "auto")),
            "jurisdiction": G(
                pick("Federal BOP", "TDCJ", "HMPPS", "Corrective Services NSW", "Corrections Victoria")
            ),
            "resultCount": G(count(25)),
            "page": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Facility Searched",
        FAMILY_APPS,
        {
            "query": G(
                pick(
                    "wandsworth",
                    "HMP Leeds",
                    "silverwater",
                    "cook county",
                    "huntsville",
                    "styal",
                    "prisons near me",
                    "port phillip",
                )
            ),
            "nearMe": G(boolean),
            "resultCount": G(count(12)),
        },
    ),
    (
        "track",
        "Directions Requested",
        MOBILE,
        {
            "origin": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "destination": {
                "name": G(fac_name),
                "lat": G(lambda f: f.facility()[6]),
                "lng": G(lambda f: f.facility()[7]),
            },
            "travelMode": G(pick("driving", "transit", "walking")),
            "distanceKm": G(money(1, 400)),
        },
    ),
    # ---- family app: visits -----------------------------------------------------------------------
    (
        "track",
        "Visit Booked",
        FAMILY_APPS,
        {
            "visitId": G(uuid),
            "visitReference": G(lambda f: f.visit_ref()),
            "visitType": G(pick("social", "video", "closed", "family_day")),
            "lovedOne": loved_one(),
            "slotStart": G(iso),
            "durationMinutes": G(pick(30, 45, 60, 120)),
            "visitors": Many(
                {
                    "visitorId": G(uuid),
                    "firstName": Y(first, "name"),
                    "lastName": Y(last, "name"),
                    "dateOfBirth": Y(lambda f: f.dob(1950, 2022), "birthdate"),
                    "relationship": G(pick("mother", "partner", "son", "daughter", "friend", "grandchild")),
                    "isMinor": G(boolean),
                    "ageBand": G(pick("0-4", "5-11", "12-17", "18+")),
                },
                4,
            ),
            "accessibilityNeeds": Opt(
                Many(
                    RED(
                        pick(
                            "wheelchair user",
                            "hearing loop",
                            "visually impaired",
                            "step-free access",
                            "assistance dog",
                        ),
                        "disability",
                    ),
                    2,
                ),
                0.25,
            ),
            "price": G(pick(0, 0, 4.99, 9.99)),
            "currency": G(pick("USD", "GBP", "AUD")),
        },
    ),
    (
        "track",
        "Video Call Ended",
        FAMILY_APPS,
        {
            "callId": G(uuid),
            "lovedOne": loved_one(),
            "durationSeconds": G(count(1800)),
            "connectionQuality": G(pick("good", "fair", "poor")),
            "endedBy": G(pick("visitor", "facility", "timeout", "network")),
            "participantsCount": G(lambda f: f.r.randint(1, 4)),
            "creditsUsed": G(count(60)),
            "recordingNotice": G(pick(True)),
        },
    ),
    (
        "track",
        "Chaplaincy Visit Requested",
        FAMILY_APPS,
        {
            "requestId": G(uuid),
            "lovedOne": loved_one(),
            "faith": Y(
                pick(
                    "Muslim",
                    "Roman Catholic",
                    "Church of England",
                    "Sikh",
                    "Jewish",
                    "Buddhist",
                    "Pentecostal",
                ),
                "religion",
            ),
            "reason": G(pick("bereavement", "pastoral", "sacrament", "family_crisis")),
            "urgent": G(boolean),
            "preferredChaplainGender": G(pick("any", "female", "male")),
        },
    ),
    (
        "track",
        "Welfare Concern Raised",
        FAMILY_APPS,
        {
            "concernId": G(uuid),
            "lovedOne": loved_one(),
            "concernType": Y(
                pick(
                    "mental health",
                    "self-harm risk",
                    "diabetes",
                    "medication not received",
                    "injury",
                    "substance withdrawal",
                ),
                "condition",
            ),
            "medicationName": Opt(
                Y(
                    pick(
                        "insulin",
                        "methadone",
                        "sertraline",
                        "salbutamol inhaler",
                        "buprenorphine",
                        "levetiracetam",
                    ),
                    "medication",
                ),
                0.5,
            ),
            "details": Y(welfare_details, "condition|medication", True),
            "urgent": G(boolean),
            "contactPreference": G(pick("phone", "email", "none")),
        },
    ),
    # ---- family app: commerce -----------------------------------------------------------------
    (
        "track",
        "Checkout Step Completed",
        FAMILY_APPS,
        {
            "checkout_id": G(uuid),
            "step": G(lambda f: f.r.randint(1, 3)),
            "payment_method": G(pick("card", "apple_pay", "google_pay", "paypal")),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["411111", "545454", "371449", "601100", "424242"])),
            "cardholder_name": Y(name, "name"),
            "save_card": G(boolean),
        },
    ),
    (
        "track",
        "Order Completed",
        FAMILY_APPS,
        {
            "order_id": G(lambda f: "KB-" + f.digits(9)),
            "checkout_id": G(uuid),
            "affiliation": G(pick("Kinbridge iOS", "Kinbridge Android", "Kinbridge Web")),
            "total": G(money(5, 120)),
            "subtotal": G(money(5, 110)),
            "revenue": G(money(5, 110)),
            "tax": G(money(0, 10)),
            "discount": G(money(0, 5)),
            "coupon": G(pick("", "", "FIRSTCALL", "XMAS5")),
            "currency": G(pick("USD", "GBP", "AUD")),
            "payment_method": G(pick("card", "apple_pay", "google_pay", "paypal")),
            "products": Many(
                {
                    "product_id": G(lambda f: "prod_" + f.alnum(14)),
                    "sku": G(pick("CREDIT-USD-25", "CREDIT-GBP-10", "VIDEO-30-PACK4", "ESTAMP-20")),
                    "name": G(
                        pick("Phone Credit $25", "Phone Credit £10", "Video Visit Pack x4", "eStamps x20")
                    ),
                    "category": G(pick("phone_credit", "video_visits", "messaging")),
                    "price": G(pick(25.0, 10.0, 19.96, 7.0)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "prepaid_account_phone": Y(phone, "phone"),
            "billing_address": {
                "name": Y(name, "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(pick("US", "GB", "AU")),
            },
        },
    ),
    (
        "track",
        "Money Sent",
        FAMILY_APPS,
        {
            "transferId": G(uuid),
            "amount": G(lambda f: f.money_mix()),
            "fee": G(pick(1.95, 2.95, 3.5, 0)),
            "currency": G(pick("USD", "GBP", "AUD")),
            "recipient": {
                "custodyNumber": Y(custody, "identification"),
                "fullName": Y(name, "name"),
                "facilityName": G(fac_name),
            },
            "paymentMethodId": RED(lambda f: f.pm(), "token"),
            "fundingSource": {
                "type": G(pick("card", "bank_transfer", "apple_pay")),
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            },
            "memo": G(
                pick(
                    "for canteen",
                    "happy birthday x",
                    "phone money",
                    "",
                    "spends for the week",
                    "love you, stay strong",
                )
            ),
            "complianceHold": G(boolean),
            "senderIpCountry": G(pick("US", "GB", "AU", "MX")),
        },
    ),
    # ---- family app: messages and photos --------------------------------------------------------
    (
        "track",
        "Message Sent",
        FAMILY_APPS,
        {
            "threadId": G(uuid),
            "recipientCustodyNumber": Y(custody, "identification"),
            "messageLength": G(count(6000)),
            "attachmentCount": G(count(4)),
            "stampsUsed": G(lambda f: f.r.randint(1, 4)),
            "hasPhoto": G(boolean),
            "preview": G(
                pick(
                    "Miss you, see you Saturday x",
                    "Put money on your phone",
                    "Kids say hi",
                    "Got your letter today",
                    "Mum says she loves you",
                    "Happy birthday!!",
                )
            ),
        },
    ),
    (
        "track",
        "Photo Sent",
        FAMILY_APPS,
        {
            "photoId": G(uuid),
            "fileName": G(
                lambda f: f.pick(["IMG_", "PXL_2024", "image_"]) + f.digits(4) + f.pick([".HEIC", ".jpg"])
            ),
            "fileSizeKb": G(lambda f: f.r.randint(80, 6000)),
            "mimeType": G(pick("image/heic", "image/jpeg", "image/png")),
            "photoUrl": Y(
                lambda f: "https://media.kinbridge.example/u/" + f.hexid(12) + "/" + f.hexid(20) + ".jpg",
                "photo",
            ),
            "caption": G(
                pick(
                    "Biscuit's first birthday",
                    "Beach day",
                    "Me and the kids",
                    "New haircut",
                    "Sunday roast",
                    "Rex says hi",
                    "",
                )
            ),
            "source": G(pick("camera", "library")),
            "moderationStatus": G(pick("pending", "approved", "rejected")),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        FAMILY_APPS,
        {
            "emailEnabled": G(boolean),
            "smsEnabled": G(boolean),
            "pushEnabled": G(boolean),
            "smsNumber": Y(phone, "phone"),
            "quietHoursStart": G(pick("21:00", "22:00", "23:30")),
            "digestFrequency": G(pick("instant", "daily", "weekly")),
        },
    ),
    (
        "track",
        "Quick Dial Saved",
        MOBILE,
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f.first(),
                        f"Nan {f.first()}",
                        f"Uncle {f.first()}",
                        f.full_name(),
                        f"{f.first()} (work)",
                    ]
                ),
                "name",
                True,
            ),
            "number": Y(phone, "phone", True),
            "position": G(lambda f: f.r.randint(1, 9)),
            "favourite": G(boolean),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web:family"],
        {
            "formName": G(pick("visitor_registration", "contact_details", "sign_up")),
            "field": G(pick("email", "mobile")),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "durationMs": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Support Chat Started",
        FAMILY_APPS,
        {
            "chatId": G(uuid),
            "topic": G(pick("payments", "visits", "messages", "account")),
            "input": Y(lambda f: f.pick([f.email(), f.e164()]), "email|phone", True),
            "waitSeconds": G(count(900)),
        },
    ),
    # ---- family app: visitor registration (UK/AU snake_case backend) ---------------------------
    (
        "track",
        "Visitor Registration Submitted",
        ["web:family", "python"],
        {
            "registration_id": G(uuid),
            "given_name": Y(first, "name"),
            "family_name": Y(last, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "mobile_number": Y(lambda f: f.pick([f.phone_uk(), f.phone_au()]), "phone"),
            "email_address": Y(email, "email"),
            "residential_address": {
                "line_1": Y(lambda f: f.street(), "address|street"),
                "suburb_or_town": Y(
                    lambda f: f.pick([t for t, _ in UK_TOWNS] + [s for s, _, _ in AU_SUBURBS]), "city"
                ),
                "state_or_county": G(pick("NSW", "VIC", "QLD", "West Yorkshire", "Greater Manchester")),
                "postcode": Y(lambda f: f.pick([f.postcode_uk(), str(f.pick(AU_SUBURBS)[2])]), "zipcode"),
                "country": G(pick("GB", "AU")),
            },
            "id_document_type": G(pick("passport", "driving_licence", "photo_card", "proof_of_age_card")),
            "id_document_number": RED(lambda f: f.id_doc(), "national id|passport"),
            "id_document_expiry": G(lambda f: f.dob(2025, 2034)),
            "selfie_uploaded": G(boolean),
            "has_criminal_conviction": Y(boolean, "criminal record"),
            "registration_channel": G(pick("web", "app", "visits_hall")),
            "consent_version": G(pick("v3", "v4")),
            "address_validated": G(boolean),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        {
            "verification": {
                "id": G(uuid),
                "status": G(pick("approved", "declined", "resubmission_requested")),
                "code": G(pick(9001, 9102, 9103)),
                "vendorData": G(lambda f: "kb_" + f.digits(8)),
                "decisionTime": G(iso),
                "person": {
                    "firstName": Y(lambda f: f.first().upper(), "name"),
                    "lastName": Y(lambda f: f.last().upper(), "name"),
                    "idNumber": RED(lambda f: f.pick([f.nino(), f.ssn(), f.id_doc()]), "national id"),
                    "dateOfBirth": Y(lambda f: f.dob(1950, 2004), "birthdate"),
                    "nationality": Y(pick("GB", "US", "AU", "NZ", "NG", "PL", "VN"), "citizenship"),
                    "gender": Y(pick("M", "F"), "gender|sex"),
                },
                "document": {
                    "number": RED(lambda f: f.id_doc(), "passport|national id"),
                    "type": G(pick("PASSPORT", "DRIVERS_LICENSE", "ID_CARD")),
                    "country": G(pick("GB", "US", "AU")),
                    "validUntil": G(lambda f: f.dob(2025, 2034)),
                },
                "riskScore": G(money(0, 1)),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "Equality Monitoring Submitted",
        ["web:family"],
        {
            "formVersion": G(pick("2023.2", "2024.1")),
            "ethnicity": Y(
                pick(
                    "White British",
                    "Black Caribbean",
                    "Pakistani",
                    "Mixed: White and Black African",
                    "Irish Traveller",
                    "Prefer not to say",
                ),
                "ethnicity",
            ),
            "religion": Y(
                pick("Christian", "Muslim", "No religion", "Hindu", "Sikh", "Prefer not to say"), "religion"
            ),
            "sexualOrientation": Y(
                pick("Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"), "sexual orientation"
            ),
            "disability": RED(pick("yes", "no", "prefer_not_to_say"), "disability"),
            "gender": Y(pick("Female", "Male", "Non-binary", "Prefer not to say"), "gender"),
            "ageBand": G(pick("18-24", "25-34", "35-49", "50-64", "65+")),
            "maritalStatus": G(pick("single", "married", "civil_partnership", "divorced")),
        },
    ),
    # ---- family app: pages and screens ----------------------------------------------------------
    (
        "page",
        "Book a visit",
        ["web:family"],
        {
            "path": G(pick("/visits/book", "/visits/book/slots", "/visits/book/confirm")),
            "url": G(
                lambda f: "https://app.kinbridge.example" + f.pick(["/visits/book", "/visits/book/slots"])
            ),
            "title": G(pick("Book a visit | Kinbridge", "Choose a time | Kinbridge")),
            "referrer": G(pick("", "https://app.kinbridge.example/", "https://www.google.com/")),
            "search": G(pick("", "?facility=WWI", "?facility=SIL", "?step=2")),
            "category": G(pick("visits")),
        },
    ),
    (
        "page",
        "Landing",
        ["web:family"],
        {
            "path": G(pick("/", "/phone-credit", "/video-visits")),
            "url": G(
                lambda f: "https://app.kinbridge.example" + f.pick(["/", "/phone-credit", "/video-visits"])
            ),
            "title": G(pick("Kinbridge \u2013 stay close", "Phone credit | Kinbridge")),
            "referrer": G(pick("https://www.google.com/", "https://l.facebook.com/")),
            "utm_source": G(pick("google", "facebook", "bing")),
            "utm_campaign": G(pick("reconnect_q2", "xmas_credit", "visits_launch")),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.4),
            "landing_url": Y(
                lambda f: "https://app.kinbridge.example/?gclid=" + f.gclid(), "advertising id", True
            ),
        },
    ),
    (
        "screen",
        "Visit Calendar",
        MOBILE,
        {
            "facilityId": G(fac_code),
            "weekOffset": G(count(4)),
            "availableSlots": G(count(40)),
        },
    ),
    (
        "screen",
        "Wallet",
        MOBILE,
        {"balance": G(money(0, 150)), "currency": G(pick("USD", "GBP", "AUD"))},
    ),
    # ---- staff console ---------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web:staff"],
        {
            "email": Y(
                lambda f: (
                    f.first().lower()
                    + "."
                    + f.last().lower().replace("'", "").replace(" ", "")
                    + f.pick(["@justice.example.gov.uk", "@corrections.example.gov.au", "@doc.example.gov"])
                ),
                "email",
            ),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "jobTitle": G(
                pick(
                    "Visits Officer", "Custody Sergeant", "OSG", "Security Manager", "Correctional Officer II"
                )
            ),
            "employeeNumber": G(lambda f: f.digits(7)),
            "facilityId": G(fac_code),
            "mfaEnrolled": G(boolean),
            "createdAt": G(iso),
        },
    ),
    (
        "group",
        None,
        ["web:legal"],
        {
            "name": G(
                pick(
                    "Okafor & Reid Solicitors",
                    "Harbour Chambers",
                    "Legal Aid NSW",
                    "Cook County Public Defender",
                    "Garden Street Law",
                )
            ),
            "plan": G(pick("firm", "chambers", "public_sector")),
            "seats": G(lambda f: f.r.randint(1, 80)),
            "mainPhone": G(pick("+44 20 7946 0811", "(02) 9219 5000", "(312) 603-0600", "0161 496 0721")),
            "sraFirmNumber": Opt(G(lambda f: f.digits(6)), 0.4),
        },
    ),
    (
        "group",
        None,
        ["web:staff"],
        {
            "name": G(lambda f: f.pick([x[1] for x in FACILITIES])),
            "facilityCode": G(fac_code),
            "jurisdiction": G(
                pick("HMPPS", "TDCJ", "Federal BOP", "Corrective Services NSW", "Corrections Victoria")
            ),
            "securityLevel": G(pick("Cat B", "Cat C", "maximum", "medium", "minimum")),
            "mainPhone": G(lambda f: f.facility()[5]),
            "visitsEmail": G(
                pick(
                    "visits.wandsworth@justice.example.gov.uk",
                    "socialvisits@example.gov.au",
                    "no-reply@wardline.example",
                    "visits@doc.example.gov",
                )
            ),
            "location": {
                "street": G(
                    pick("Heathfield Road", "2 Gloucester Terrace", "Holker Street", "2700 S California Ave")
                ),
                "city": G(lambda f: f.facility()[3]),
                "state": G(lambda f: f.facility()[4]),
                "postcode": G(pick("SW18 3HU", "LS12 2TJ", "2128", "60608")),
            },
            "plan": G(pick("enterprise", "standard")),
            "seats": G(lambda f: f.r.randint(5, 400)),
        },
    ),
    (
        "track",
        "Visit Request Reviewed",
        ["web:staff"],
        {
            "requestId": G(uuid),
            "decision": G(pick("approved", "rejected", "approved_closed", "more_info")),
            "reviewerStaffId": G(lambda f: "S" + f.digits(6)),
            "reviewerName": Y(name, "name"),
            "visitorName": Y(name, "name"),
            "visitorDateOfBirth": Y(dob, "birthdate"),
            "prisonerNumber": Y(lambda f: f.nomis(), "identification"),
            "banListChecked": G(pick(True)),
            "riskScore": G(count(100)),
            "reviewNotes": G(
                pick(
                    "ID checked, no issues",
                    "Second visit this month",
                    "Approved \u2013 standard conditions",
                    "Closed visit imposed per security",
                    "Refer to OSG for ID",
                    "",
                )
            ),
            "decisionLatencyMs": G(lambda f: f.r.randint(2000, 600000)),
            "visitorsInParty": G(lambda f: f.r.randint(1, 3)),
            "nameMatch": G(boolean),
            "dobMatch": G(boolean),
        },
    ),
    (
        "track",
        "Contraband Flag Raised",
        ["web:staff", "rn"],
        {
            "flagId": G(uuid),
            "itemCategory": G(
                pick("mobile phone", "sim card", "drugs", "psychoactive paper", "weapon", "tobacco")
            ),
            "detectionMethod": G(pick("x-ray", "passive dog", "search", "body scanner")),
            "location": G(
                pick(
                    "Visits Hall B \u2013 Table 12",
                    "Gate lodge",
                    "Visits Hall A \u2013 Table 3",
                    "Search room 2",
                )
            ),
            "severity": G(pick("low", "medium", "high")),
            "visitorId": G(uuid),
            "visitorName": Y(name, "name"),
            "officerBadgeNumber": G(lambda f: f.digits(5)),
            "policeNotified": G(boolean),
            "evidenceBagRef": G(lambda f: "EB" + f.digits(7)),
        },
    ),
    (
        "track",
        "Visitor Contact Logged",
        ["web:staff"],
        {
            "visitorId": G(uuid),
            "channel": G(pick("phone", "voicemail")),
            "note": Y(contact_note, "phone", True),
            "outcome": G(pick("reached", "no_answer", "voicemail")),
            "staffId": G(lambda f: "S" + f.digits(6)),
        },
    ),
    (
        "track",
        "Search Performed",
        ["web:staff"],
        {
            "q": Y(
                lambda f: f.pick([f.full_name(), f.last(), f.custody_number(), f.full_name().upper()]),
                "name|identification",
                True,
            ),
            "scope": G(pick("prisoners", "visitors", "bookings")),
            "resultCount": G(count(25)),
        },
    ),
    (
        "track",
        "Visitor Banned",
        ["web:staff"],
        {
            "visitor_id": G(uuid),
            "visitor_full_name": Y(name, "name"),
            "ban_reason": G(pick("contraband", "abusive_behaviour", "false_id", "security_intel")),
            "ban_start": G(lambda f: f.dob(2024, 2024)),
            "ban_end": G(lambda f: f.dob(2025, 2026)),
            "banned_by": G(lambda f: "S" + f.digits(6)),
            "appeal_allowed": G(boolean),
            "related_prisoner_number": Y(lambda f: f.nomis(), "identification"),
        },
    ),
    (
        "track",
        "Approved Contact Added",
        ["web:staff", "node"],
        {
            "prisonerNumber": Y(lambda f: f.nomis(), "identification"),
            "contacts": Many(
                {
                    "name": Y(name, "name"),
                    "number": Y(phone, "phone"),
                    "relationship": G(pick("mother", "partner", "solicitor", "friend", "child")),
                    "isLegal": G(boolean),
                    "verified": G(boolean),
                },
                5,
            ),
            "listSize": G(lambda f: f.r.randint(1, 20)),
            "approvedBy": G(lambda f: "S" + f.digits(6)),
        },
    ),
    (
        "track",
        "Call Recording Played",
        ["web:staff"],
        {
            "recordingId": G(uuid),
            "callId": G(uuid),
            "calledNumber": Y(phone, "phone"),
            "playbackSeconds": G(count(1200)),
            "reason": G(pick("intel_request", "random_sample", "alert_review")),
            "staffId": G(lambda f: "S" + f.digits(6)),
        },
    ),
    (
        "page",
        "Call alerts",
        ["web:staff"],
        {
            "path": G(pick("/calls/alerts", "/calls/alerts/open")),
            "url": G(
                lambda f: "https://console.wardline.example" + f.pick(["/calls/alerts", "/calls/alerts/open"])
            ),
            "title": G(pick("Call alerts \u2013 Wardline")),
            "referrer": G(pick("", "https://console.wardline.example/")),
            "search": G(pick("", "?status=open", "?severity=high")),
        },
    ),
    # ---- staff kiosk ------------------------------------------------------------------------------
    (
        "track",
        "Visitor Checked In",
        ["rn"],
        {
            "bookingRef": G(lambda f: f.visit_ref()),
            "visitorBadgeNo": G(lambda f: f.r.randint(1, 400)),
            "lockerNumber": G(lambda f: f.r.randint(1, 120)),
            "idScanned": G(boolean),
            "idNumber": RED(lambda f: f.id_doc(), "national id|passport"),
            "vehicleRegistration": Opt(Y(lambda f: f.plate(), "license"), 0.6),
            "checkedInAt": G(iso),
            "childrenCount": G(count(3)),
            "visitorPhotoUrl": Y(
                lambda f: "https://kiosk.wardline.example/cap/" + f.hexid(24) + ".jpg", "photo"
            ),
            "tableNumber": G(lambda f: f.r.randint(1, 30)),
            "kioskId": G(lambda f: "K" + f.digits(3)),
            "sessionToken": RED(lambda f: f.jwt(), "token"),
        },
    ),
    # ---- legal visits ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["flutter", "web:legal"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "jobTitle": G(
                pick("Solicitor", "Trainee Solicitor", "Barrister", "Paralegal", "Public Defender")
            ),
            "firmName": G(
                pick(
                    "Okafor & Reid Solicitors",
                    "Harbour Chambers",
                    "Legal Aid NSW",
                    "Cook County Public Defender",
                    "Garden Street Law",
                )
            ),
            "barNumber": Y(
                lambda f: f.pick([f.digits(6), f"P{f.digits(5)}", f"{f.r.randint(10000, 99999)}"]),
                "identification|license",
            ),
            "createdAt": G(iso),
        },
    ),
    (
        "track",
        "Legal Visit Booked",
        ["flutter", "web:legal"],
        {
            "booking_ref": G(lambda f: "LV-" + f.digits(7)),
            "prison_code": G(fac_code),
            "prison_name": G(fac_name),
            "client_name": Y(name, "name"),
            "client_prison_number": Y(custody, "identification"),
            "client_dob": Y(dob, "birthdate"),
            "matter_type": Y(
                pick("criminal appeal", "parole review", "pre-trial", "sentencing", "adjudication"),
                "criminal record",
            ),
            "legal_aid": G(boolean),
            "duration_minutes": G(pick(60, 90, 120)),
            "interpreter_required": G(boolean),
            "interpreter_language": G(pick("", "Polish", "Arabic", "Vietnamese", "Spanish", "Somali")),
            "attendees": Many(
                {
                    "name": Y(name, "name"),
                    "role": G(pick("solicitor", "barrister", "interpreter", "expert")),
                    "email": Y(email, "email"),
                },
                3,
            ),
            "visit_room_type": G(pick("legal booth", "video link", "open room")),
        },
    ),
    (
        "track",
        "Legal Call Scheduled",
        ["web:legal", "flutter"],
        {
            "callRef": G(lambda f: "LC-" + f.digits(6)),
            "clientName": Y(name, "name"),
            "clientCustodyNumber": Y(custody, "identification"),
            "scheduledFor": G(iso),
            "dialInNumber": G(pick("+44 20 3481 0000", "+61 2 8011 0000", "+1 312 600 0000")),
            "callType": G(pick("privileged", "standard", "court_link")),
            "durationMinutes": G(pick(15, 30, 45)),
        },
    ),
    (
        "track",
        "Detention Visit Booked",
        ["web:legal"],
        {
            "booking_ref": G(lambda f: "LV-" + f.digits(7)),
            "detention_centre": G(
                pick("Harmondsworth IRC", "Villawood IDC", "Brook House IRC", "Yongah Hill IDC")
            ),
            "client_name": Y(name, "name"),
            "client_home_office_ref": RED(
                lambda f: f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(7), "national id"
            ),
            "client_visa_status": RED(
                pick("overstayer", "asylum claim pending", "visa cancelled s501", "bridging visa E"), "visa"
            ),
            "client_nationality": Y(
                pick("Iranian", "Albanian", "Sri Lankan", "Eritrean", "New Zealander"), "citizenship"
            ),
            "interpreter_language": G(pick("", "Polish", "Arabic", "Vietnamese", "Spanish", "Somali")),
            "duration_minutes": G(pick(60, 90, 120)),
        },
    ),
    # ---- UK .NET integration (PascalCase) ---------------------------------------------------------
    (
        "track",
        "Visit Booking Confirmed",
        ["dotnet"],
        {
            "VisitReference": G(lambda f: f.visit_ref()),
            "PrisonId": G(pick("WWI", "LEI", "CFI", "STI")),
            "PrisonerNumber": Y(lambda f: f.nomis(), "identification"),
            "VisitDate": G(lambda f: f.dob(2024, 2024)),
            "StartTime": G(pick("09:30", "14:00", "15:45")),
            "VisitRestriction": G(pick("OPEN", "CLOSED")),
            "VisitRoom": G(pick("Visits Hall 1", "Family Room", "Closed Booth 3")),
            "MainContact": {
                "Name": Y(name, "name"),
                "Telephone": Y(lambda f: f.phone_uk(), "phone"),
                "Email": Y(email, "email"),
            },
            "Visitors": Many(
                {
                    "NomisPersonId": G(lambda f: int(f.digits(7))),
                    "FirstName": Y(first, "name"),
                    "LastName": Y(last, "name"),
                    "DateOfBirth": Y(lambda f: f.dob(1950, 2022), "birthdate"),
                    "Relationship": G(pick("WIFE", "MOT", "SON", "FRI", "GRD")),
                },
                3,
            ),
            "ApplicationMethod": G(pick("PHONE", "WEBSITE", "EMAIL", "IN_PERSON")),
        },
    ),
    (
        "track",
        "Assisted Visit Claim Submitted",
        ["dotnet"],
        {
            "ClaimReference": G(lambda f: "APVS" + f.letters(3) + f.digits(4)),
            "ClaimantFirstName": Y(first, "name"),
            "ClaimantSurname": Y(last, "name"),
            "NationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "DateOfBirth": Y(lambda f: f.dob(1940, 2004), "birthdate"),
            "BenefitType": G(pick("universal-credit", "income-support", "pension-credit", "jsa")),
            "SortCode": G(lambda f: f.sort_code()),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "TravelCost": G(money(4, 180)),
            "Mileage": G(count(400)),
            "HomePostcode": Y(lambda f: f.postcode_uk(), "zipcode"),
            "PrisonVisited": G(pick("HMP Wandsworth", "HMP Leeds", "HMP Cardiff", "HMP Styal")),
            "ClaimStatus": G(pick("NEW", "APPROVED", "REQUEST-INFORMATION")),
            "IsAdvanceClaim": G(boolean),
        },
    ),
    (
        "track",
        "Healthcare Referral Created",
        ["dotnet"],
        {
            "ReferralId": G(uuid),
            "NhsNumber": RED(lambda f: f.nhs(), "health id"),
            "PrisonerNumber": Y(lambda f: f.nomis(), "identification"),
            "ReferralType": Y(
                pick("mental health", "substance misuse", "diabetes review", "wound care"), "condition"
            ),
            "Priority": G(pick("routine", "urgent", "emergency")),
            "ReferredBy": G(pick("FAMILY_CONCERN", "WING_STAFF", "SELF")),
            "Allergies": Many(Y(pick("penicillin", "latex", "peanuts", "codeine"), "allergy"), 2),
            "CurrentMedication": Many(
                Y(pick("methadone 60mg", "sertraline 50mg", "metformin", "salbutamol"), "medication"), 2
            ),
            "AcctOpen": Y(boolean, "condition"),
            "CreatedUtc": G(iso),
        },
    ),
    # ---- US Java DOC integration ------------------------------------------------------------------
    (
        "track",
        "Trust Deposit Posted",
        ["java"],
        {
            "depositId": G(lambda f: int(f.digits(10))),
            "docNumber": Y(lambda f: f.doc_number(), "identification"),
            "inmateFirstName": Y(first, "name"),
            "inmateLastName": Y(last, "name"),
            "facilityCode": G(pick("CCJ", "TAL", "HV", "SQ", "RMSI")),
            "amountCents": G(lambda f: f.money_mix() * 100),
            "feeCents": G(pick(195, 295, 395)),
            "postedAt": G(lambda f: f.epoch_ms()),
            "commissaryAccountId": G(lambda f: "CA" + f.digits(8)),
            "depositorName": Y(name, "name"),
            "depositorAddress": {
                "line1": Y(lambda f: f"{f.r.randint(1, 2999)} {f.pick(US_STREETS)}", "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "zip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            },
            "depositorSsnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "depositorDob": Y(lambda f: f.dob(1940, 2004), "birthdate"),
            "achRoutingNumber": Opt(G(lambda f: f.aba()), 0.4),
        },
    ),
    (
        "track",
        "Visitor Application Submitted",
        ["java"],
        {
            "application_id": G(lambda f: int(f.digits(8))),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "date_of_birth": Y(lambda f: f.dob(1940, 2005), "birthdate"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "drivers_license_number": Y(lambda f: f.us_dl(), "license"),
            "dl_state": G(lambda f: f.pick(US_CITIES)[1]),
            "race": Y(pick("Black", "White", "Hispanic", "Asian", "American Indian", "Other"), "race"),
            "sex": Y(pick("F", "M"), "sex"),
            "felony_conviction": Y(boolean, "criminal record"),
            "on_probation_or_parole": Y(boolean, "criminal record"),
            "veteran": RED(boolean, "veteran"),
            "relationship_to_inmate": G(pick("mother", "spouse", "child", "friend", "clergy")),
            "inmate_doc_number": Y(lambda f: f.doc_number(), "identification"),
            "home_phone": Y(lambda f: f.phone_us(), "phone"),
            "email": Y(email, "email"),
            "address_line1": Y(lambda f: f"{f.r.randint(1, 2999)} {f.pick(US_STREETS)}", "address|street"),
            "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "state": G(lambda f: f.pick(US_CITIES)[1]),
            "zip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            "employer": G(pick("Walmart", "Amazon", "self-employed", "unemployed", "Houston ISD")),
            "marital_status": G(pick("single", "married", "divorced", "widowed")),
            "ssn_provided": G(pick(True)),
        },
    ),
    # ---- Go telephony webhooks (Twilio-shaped) --------------------------------------------------
    (
        "track",
        "Call Status Changed",
        ["go"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(
                pick("AC" + "3f9a61c2b7d84e0f9a1c2b3d4e5f6a7b", "AC" + "8d2e4f60a1b3c5d7e9f1a3b5c7d9e1f3")
            ),
            "From": G(pick("+13126747100", "+18508782173", "+19364371555", "+14154541460")),
            "To": Y(lambda f: f.e164(), "phone", True),
            "CallStatus": G(pick("ringing", "in-progress", "completed", "no-answer", "busy")),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "Direction": G(pick("outbound-api")),
            "ToCity": Y(lambda f: f.pick(["CHICAGO", "HOUSTON", "MEMPHIS", "FRESNO", "ATLANTA"]), "city"),
            "ToState": G(pick("IL", "TX", "TN", "CA", "GA")),
            "ToZip": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            "ToCountry": G(pick("US")),
            "FromCity": G(pick("CHICAGO", "TALLAHASSEE", "HUNTSVILLE", "SAN RAFAEL")),
            "FromState": G(pick("IL", "FL", "TX", "CA")),
            "FromCountry": G(pick("US")),
            "AnsweredBy": G(pick("human", "machine_start", "unknown")),
            "ApiVersion": G(pick("2010-04-01")),
        },
    ),
    (
        "track",
        "Call Rated",
        ["go"],
        {
            "call_id": G(uuid),
            "prepaid_account": Y(lambda f: f.phone_us(), "phone", True),
            "rate_per_minute": G(pick(0.05, 0.06, 0.21)),
            "minutes": G(count(30)),
            "tariff": G(pick("local", "interstate", "international")),
            "facility_code": G(pick("CCJ", "TAL", "HV", "SQ", "RMSI")),
        },
    ),
    (
        "track",
        "Call Monitoring Alert",
        ["go"],
        {
            "call_id": G(uuid),
            "alert_type": G(pick("three_way_call", "keyword_match", "unapproved_number", "pin_sharing")),
            "dialed_number": Y(phone, "phone"),
            "called_party_name": Y(name, "name"),
            "inmate_number": Y(custody, "identification"),
            "keyword_hits": G(count(6)),
            "transcript_excerpt": G(
                pick(
                    "put it on his books friday",
                    "did you get the letter",
                    "yeah the visit is booked",
                    "hold on let me add her",
                    "tell them I said hi",
                )
            ),
            "duration_sec": G(count(900)),
            "pin_shared_suspected": G(boolean),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["go", "node"],
        {
            "to": Y(lambda f: f.e164(), "phone", True),
            "from": G(pick("Kinbridge", "+18885550142", "+447860039000")),
            "text": Y(sms_text, "name", True),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "provider": G(pick("twilio", "vonage", "messagemedia")),
            "status": G(pick("queued", "sent", "delivered", "failed")),
        },
    ),
    # ---- Ruby message moderation (kebab-case) ----------------------------------------------------
    (
        "track",
        "message-moderated",
        ["ruby"],
        {
            "message-id": G(uuid),
            "thread-id": G(uuid),
            "moderation-result": G(pick("pass", "hold", "reject")),
            "flagged-categories": Many(G(pick("gang_reference", "threat", "contraband", "none")), 2),
            "reviewer-id": G(lambda f: "S" + f.digits(6)),
            "sender-email": Y(email, "email"),
            "recipient-number": Y(custody, "identification"),
            "character-count": G(count(6000)),
            "attachments": G(count(4)),
            "processing-ms": G(lambda f: f.r.randint(20, 4000)),
        },
    ),
    # ---- legacy Australian PHP portal ------------------------------------------------------------
    (
        "track",
        "visit_booking_created",
        ["php"],
        {
            "min": Y(lambda f: f.au_min(), "identification"),
            "centre_name": G(
                pick(
                    "Silverwater Correctional Complex",
                    "Port Phillip Prison",
                    "Brisbane Women's Correctional Centre",
                    "Dame Phyllis Frost Centre",
                )
            ),
            "visitor_surname": Y(last, "name"),
            "visitor_given_names": Y(lambda f: f.pick([f.first(), f"{f.first()} {f.first()}"]), "name"),
            "visitor_dob": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1945, 2005)}",
                "birthdate",
            ),
            "visitor_licence_no": Y(lambda f: f.au_licence(), "license"),
            "visitor_licence_state": G(pick("NSW", "VIC", "QLD", "WA")),
            "visitor_suburb": Y(lambda f: f.pick(AU_SUBURBS)[0], "city"),
            "visitor_postcode": Y(lambda f: str(f.pick(AU_SUBURBS)[2]), "zipcode"),
            "visitor_state": G(pick("NSW", "VIC", "QLD", "WA")),
            "visitor_mobile": Y(lambda f: f.phone_au(), "phone"),
            "visitor_email": Y(email, "email"),
            "atsi_status": Y(
                pick("Aboriginal", "Torres Strait Islander", "Both", "Neither", "Not stated"),
                "ethnicity|race",
            ),
            "session_date": G(lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024"),
            "session_time": G(pick("09:00", "13:30", "15:00")),
            "num_adults": G(lambda f: f.r.randint(1, 3)),
            "num_children": G(count(3)),
        },
    ),
    (
        "track",
        "phone_account_topup",
        ["php"],
        {
            "min": Y(lambda f: f.au_min(), "identification"),
            "amount_aud": G(pick(10, 20, 50)),
            "card_holder": Y(lambda f: f.full_name().upper(), "name"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "receipt_no": G(lambda f: "R" + f.digits(8)),
            "gateway": G(pick("eway", "securepay", "stripe")),
        },
    ),
    (
        "track",
        "travel_assistance_claim",
        ["php"],
        {
            "claim_no": G(lambda f: "TA" + f.digits(6)),
            "centrelink_crn": RED(lambda f: f.crn(), "national id"),
            "medicare_no": RED(lambda f: f.medicare(), "health id"),
            "concession_card_type": G(pick("Health Care Card", "Pensioner Concession Card", "none")),
            "bsb": G(lambda f: f.bsb()),
            "account_no": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "account_name": Y(lambda f: f.full_name().upper(), "name"),
            "home_postcode": Y(lambda f: str(f.pick(AU_SUBURBS)[2]), "zipcode"),
            "distance_km": G(count(900)),
            "claim_amount_aud": G(money(10, 400)),
        },
    ),
    (
        "track",
        "visitor_health_declaration",
        ["php"],
        {
            "declaration_id": G(lambda f: int(f.digits(7))),
            "has_symptoms": Y(boolean, "condition"),
            "covid_vaccinated": Y(pick("yes", "no", "partial"), "condition"),
            "close_contact": Y(boolean, "condition"),
            "declared_at": G(
                lambda f: (
                    f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024 09:{f.r.randint(0, 59):02d}"
                )
            ),
            "centre_name": G(
                pick(
                    "Silverwater Correctional Complex",
                    "Port Phillip Prison",
                    "Brisbane Women's Correctional Centre",
                    "Dame Phyllis Frost Centre",
                )
            ),
        },
    ),
    # ---- Node payments and ad conversions -------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "id": G(lambda f: "evt_" + f.alnum(24)),
            "type": G(pick("payment_intent.succeeded")),
            "api_version": G(pick("2023-10-16", "2024-04-10")),
            "data": {
                "object": {
                    "payment_intent": G(lambda f: "pi_3" + f.alnum(23)),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "amount": G(lambda f: f.money_mix() * 100),
                    "currency": G(pick("usd", "gbp", "aud")),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "status": G(pick("succeeded")),
                    "receipt_email": Y(email, "email"),
                    "billing_details": {
                        "name": Y(name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "line2": Opt(
                                Y(
                                    lambda f: f.pick(["Apt 4", "Unit 12", "Flat 3", "Apt 2B"]),
                                    "address|street",
                                ),
                                0.3,
                            ),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "state": G(pick("IL", "TX", "NSW", "VIC", "")),
                            "country": G(pick("US", "GB", "AU")),
                        },
                    },
                    "card": {
                        "brand": G(pick("visa", "mastercard", "amex")),
                        "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "funding": G(pick("credit", "debit", "prepaid")),
                        "country": G(pick("US", "GB", "AU")),
                    },
                    "livemode": G(pick(True)),
                    "risk_level": G(pick("normal", "elevated")),
                    "risk_score": G(count(99)),
                }
            },
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["node"],
        {
            "event_id": G(uuid),
            "event_name": G(pick("Purchase", "CompleteRegistration", "Schedule")),
            "action_source": G(pick("app", "website")),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(BROWSER_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"), 0.5),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(money(5, 120)),
                "currency": G(pick("USD", "GBP", "AUD")),
                "content_ids": Many(G(pick("CREDIT-USD-25", "VIDEO-30-PACK4", "ESTAMP-20")), 2),
            },
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["node"],
        {
            "endpoint": G(
                pick("https://hooks.partner.example/visits", "https://api.doc.example.gov/v2/deposits")
            ),
            "status_code": G(pick(401, 500, 502, 504)),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "content-type": G(pick("application/json")),
                "x-request-id": G(uuid),
            },
            "latency_ms": G(lambda f: f.r.randint(50, 30000)),
        },
    ),
    # ---- Python reverse-ETL from the warehouse (SCREAMING_SNAKE) ---------------------------------
    (
        "identify",
        None,
        ["python"],
        {
            "VISITOR_ID": G(uuid),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_E164": Y(lambda f: f.e164(), "phone"),
            "HOME_POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "STATE_CODE": G(pick("IL", "TX", "NSW", "VIC", "ENG", "WLS")),
            "LIFETIME_DEPOSITS_USD": G(money(0, 5000)),
            "LAST_VISIT_DATE": G(lambda f: f.dob(2023, 2024)),
            "VISITS_90D": G(count(20)),
            "CHURN_SCORE": G(money(0, 1)),
            "SSN_LAST4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(480, 840), "credit score"),
            "LOVED_ONE_COUNT": G(count(4)),
            "ACQUISITION_CHANNEL": G(pick("paid_search", "facility_poster", "referral", "organic")),
            "DBT_UPDATED_AT": G(iso),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "STAFF_ID": G(lambda f: "S" + f.digits(6)),
            "WORK_EMAIL": Y(
                lambda f: (
                    f.first().lower()
                    + "."
                    + f.last().lower().replace("'", "").replace(" ", "")
                    + "@justice.example.gov.uk"
                ),
                "email",
            ),
            "FULL_NAME": Y(name, "name"),
            "GRADE": G(pick("Band 3", "Band 4", "Band 5", "CO II", "Supervisor")),
            "HOURLY_RATE": Y(lambda f: f.money(14, 38), "salary"),
            "UNION_MEMBER": Y(boolean, "trade union"),
            "FACILITY_CODE": G(fac_code),
            "START_DATE": G(lambda f: f.dob(2005, 2024)),
            "CONTRACT_HOURS": G(pick(37.0, 39.0, 40.0, 20.0)),
        },
    ),
    # ---- Spanish-language US partner feed --------------------------------------------------------
    (
        "track",
        "Visita Programada",
        ["node"],
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "correo_electronico": Y(email, "email"),
            "telefono": Y(lambda f: f.phone_us(), "phone"),
            "fecha_de_nacimiento": Y(lambda f: f.dob(1945, 2005), "birthdate"),
            "numero_de_recluso": Y(lambda f: f.doc_number(), "identification"),
            "centro_penitenciario": G(pick("Cook County Jail", "Huntsville Unit", "FCI Tallahassee")),
            "parentesco": G(pick("madre", "esposa", "hijo", "hermana", "amigo")),
            "direccion": Y(lambda f: f"{f.r.randint(1, 2999)} {f.pick(US_STREETS)}", "address|street"),
            "ciudad": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(10000, 99999)}", "zipcode"),
            "estado": G(lambda f: f.pick(US_CITIES)[1]),
            "idioma": G(pick("es", "en")),
            "tipo_de_visita": G(pick("presencial", "video")),
        },
    ),
    # ---- Welsh-language visit form -----------------------------------------------------------------
    (
        "track",
        "Cais Ymweliad Wedi Ei Gyflwyno",
        ["web:family"],
        {
            "enw_cyntaf": Y(first, "name"),
            "cyfenw": Y(last, "name"),
            "cyfeiriad_ebost": Y(email, "email"),
            "rhif_ffon": Y(lambda f: f.phone_uk(), "phone"),
            "dyddiad_geni": Y(lambda f: f.dob(1945, 2005), "birthdate"),
            "cod_post": Y(lambda f: f.postcode_uk(f.pick(["CF", "SA", "LL", "NP"])), "zipcode"),
            "carchar": G(pick("CEM Caerdydd", "CEM Abertawe", "CEM Berwyn", "CEM Parc")),
            "rhif_carcharor": Y(lambda f: f.nomis(), "identification"),
            "iaith": G(pick("cy", "en")),
            "nifer_ymwelwyr": G(lambda f: f.r.randint(1, 3)),
        },
    ),
]


def message(f: P, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    server = not (client.startswith("web:") or client in ("swift", "kotlin", "rn", "flutter"))
    if not server:
        msg["anonymousId"] = f.uuid()
    if server or kind != "identify" or f.r.random() < 0.95:
        msg["userId"] = f.pick(["kb_", "usr_", ""]) + f.digits(8) if not server else f.uuid()
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = f.pick([x[0] for x in FACILITIES] + ["firm_" + f.digits(5)])
    elif kind == "alias":
        msg["previousId"] = f.uuid()
        msg["userId"] = "kb_" + f.digits(8)
    msg["context"] = render(context_for(client), f, "context", labels)
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    return msg


def build(seed: int, repeats: int):
    f = P(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=320, repeats=30)
    write(Path(__file__).parent, "holdout320_", events, labels)
