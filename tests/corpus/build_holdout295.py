"""Writes holdout 295: tests/corpus/holdout295_events.jsonl and holdout295_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the
detection docs or any other corpus's labels (only build.py / fake.py for the helpers and
build_holdout3.py for the format). It has never been scored by its author; it exists to measure
the engine on events nobody tuned it to.

Domain: a co-parenting and child-support platform ("Tandem") used by separated parents,
mediators and family courts in the US, the UK and Aotearoa New Zealand. Covered: identify /
track / page / screen / group / alias calls from analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java,
ruby, php and .NET server libraries (context.ip, context.traits, device, app, library, locale,
userAgent, userAgentData, campaign, location, consent, externalIds); parenting-time calendars,
swaps and handover venues; shared expenses and reimbursements; child-support payments by card,
ACH (Plaid-shaped) and bank transfer (UK sort code / NZ bank account), a Stripe-shaped charge
payload; subscription e-commerce spec events; messages with tone checks; court cases, orders
and income verification; mediator sessions (a Zoom-shaped webhook); children's school and
medical details, birth certificates, travel consent; safety features (hidden addresses, supervised
exchanges, authorised pickup people, check-in and live locations); legal aid; auth flows; Twilio-,
SendGrid-, Zoom-, e-signature- and Meta-Conversions-shaped payloads; warehouse reverse-ETL syncs.

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions: PascalCase
(.NET server and Twilio), kebab-case (an e-signature webhook), SCREAMING_SNAKE (warehouse sync)
and te reo Māori keys (`ingoa`, `īmēra`, `wāhitau`, `tamariki`, `iwi` ...). Values are generated
for many cultures and the three countries: national phone formats, NZ/UK/US addresses, Luhn-valid
cards, mod-97 IBANs, SSA-structured SSNs, IRD numbers, NHI and NHS numbers and NZ bank accounts
with valid check digits, ABA-valid routing numbers.

Labelling rules (the product's default colours):
- A field is personal when its values are personal data about a natural person: the user, the
  other parent, a child, an emergency contact, an invitee, or staff (mediator, judge, teacher,
  doctor, supervisor). Colour: the reference matcher's default colour; outside the reference,
  red for credentials/secrets, tokens, card numbers, bank accounts, government and health ids;
  yellow otherwise (geolocation, advertising id).
- Green: ids we or a vendor issue (user, child, case, order, charge, customer, Plaid item,
  Stripe card fingerprint), UUIDs, versions, timestamps, hashes of files, amounts, counters,
  enums and booleans under PII-sounding keys (`emailVerified`, `addressHidden`,
  `emergencyContactsCount`, `passwordStrength`), plan / product / pet / company / school /
  clinic / court names, venues that are not the person's (a handover venue, a contact centre,
  their addresses and phone numbers), country, state, region, locale, timezone, currency, user
  agents, OS-issued device ids. Card brand, last four, expiry and BIN are green; routing numbers,
  sort codes and BICs are green; the last four of an SSN is red.
- Published policy applied: member / customer / claim numbers, ages, marital and relationship
  status, job titles, employers, a business's own phone / e-mail / address, call-masking proxy
  numbers, pets' data, UUID tokens and e-mail Message-IDs are green; insurance member numbers
  (`identification`), prescription numbers (`medication`), pay / income / hourly rates (`salary`),
  vehicle plates (`license`), gclid / fbclid / fbp / fbc (`advertising id`), billing addresses
  (`address`) are yellow; payment-method tokens (`pm_`), one-time codes, reset / magic-link
  tokens, webhook secrets are red (`token|secret`); NHS / NHI / Medicaid numbers are red
  (`health id`); passport numbers red (`passport`), SSN / IRD / National Insurance numbers red
  (`social security number` / `national id`); visa answers red (`visa`).
- Special categories: a boolean or enum that reveals one about the person is labelled with that
  matcher and its colour: a child's IEP / learning-support flag and wheelchair access are red
  `disability`; military status is red `veteran`; iwi affiliation is yellow `ethnicity`;
  religious upbringing is yellow `religion`; allergies, conditions, medications and the type of a
  child's medical appointment (`procedure`) are yellow.
- Decisions where the brief is silent (a careful privacy owner's call, written down):
  court case / docket numbers, child-maintenance case references, school-issued student ids and
  contact-centre booking references are green (numbers an institution issues to a proceeding or
  a booking, like claim numbers); protection-order and supervised-exchange booleans are green
  (safety settings, not one of the listed special categories); a professional's licence number
  (attorney bar number, mediator accreditation number) is yellow `license`; a mediator's own
  e-mail and direct line are personal (yellow) while the firm's main line and role mailbox are
  green; a Twilio caller's `From` is the parent's real number (yellow phone), `To` is the
  masking proxy (green); a SendGrid open event's `ip` is the reader's (yellow ip); an avatar or
  photo URL of a person is yellow `photo`; a birth registration number is red `national id` (an
  identity document's number); a mother's maiden name is yellow `name`; a child's counselling
  concern is yellow `condition|diagnosis`.
- Driver's licence numbers keep the reference's own `license` matcher and its yellow (the
  policy's red "identity document" is read as passports and national id cards); a birth
  registration number is such a document's number (red).
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `to`, `memo`, `body`, `externalIds[].id`): every value of such a path
  carries the PII named; free text that never carries PII is green. Free-text paths never mix
  PII-bearing and clean values.

Run: `.venv/bin/python -m tests.corpus.build_holdout295` (seeded, deterministic).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ----------------------------------------------------------------------------------------

FIRST = [
    "Aroha",
    "Wiremu",
    "Mere",
    "Tama",
    "Anahera",
    "Hemi",
    "Kahurangi",
    "Rāwiri",
    "Sione",
    "Losaline",
    "Malia",
    "Tavita",
    "Priya",
    "Arjun",
    "Harpreet",
    "Sanjay",
    "Wei",
    "Li Na",
    "Jun",
    "Omar",
    "Layla",
    "Yusuf",
    "Chidi",
    "Amara",
    "Kwame",
    "Ngozi",
    "María José",
    "Diego",
    "Lucía",
    "Jessica",
    "Liam",
    "Olivia",
    "Connor",
    "Siobhán",
    "Katarzyna",
    "Tomasz",
    "Linh",
    "Thanh",
    "Ji-woo",
    "Min-jun",
    "Hodan",
    "Abdi",
    "Rebecca",
    "DeShawn",
    "Tiana",
    "Margaret",
    "Callum",
    "Eilidh",
    "Ahmed",
    "Fatima",
]
LAST = [
    "Ngata",
    "Parata",
    "Te Whata",
    "Wihongi",
    "Tipene",
    "Walker",
    "Fifita",
    "Tuilagi",
    "Leota",
    "Sharma",
    "Singh",
    "Patel",
    "Zhang",
    "Wang",
    "Haddad",
    "Al-Sayed",
    "Okafor",
    "Mensah",
    "Adeyemi",
    "Hernández",
    "López",
    "Thompson",
    "Williams",
    "O'Connor",
    "Ó Briain",
    "Nowak",
    "Nguyễn",
    "Kim",
    "Park",
    "Warsame",
    "Johnson",
    "MacLeod",
    "Robinson",
    "Brown",
    "Campbell",
    "Hussain",
    "Davies",
]
KIDS = [
    "Mia",
    "Nikau",
    "Ava",
    "Ari",
    "Isla",
    "Manaia",
    "Leo",
    "Zoe",
    "Kiri",
    "Arlo",
    "Aanya",
    "Mateo",
    "Maia",
    "Tāne",
    "Noah",
    "Amelia",
    "Ibrahim",
    "Chloe",
    "Ruby",
    "Jayden",
    "Sofía",
    "Hūhana",
    "Ethan",
]
MAIL = [
    "gmail.com",
    "outlook.com",
    "xtra.co.nz",
    "icloud.com",
    "yahoo.co.uk",
    "hotmail.com",
    "btinternet.com",
    "protonmail.com",
    "yahoo.com",
]
NZ_STREETS = [
    "Kauri Road",
    "Tui Street",
    "Jervois Road",
    "Great North Road",
    "Pōhutukawa Drive",
    "Riddiford Street",
    "Moorhouse Avenue",
    "Te Atatū Road",
    "Grey Street",
    "Rata Crescent",
]
UK_STREETS = [
    "Victoria Road",
    "Church Lane",
    "Mill Street",
    "Kings Avenue",
    "Station Road",
    "Oxford Gardens",
    "Queen's Drive",
    "Heol y Parc",
]
US_STREETS = [
    "Maple Ave",
    "W 4th St",
    "Oak Ridge Dr",
    "Pinecrest Ct",
    "MLK Jr Blvd",
    "Sunset Blvd",
    "E Camelback Rd",
    "Willow Creek Ln",
]
NZ_CITIES = [
    "Auckland",
    "Wellington",
    "Christchurch",
    "Hamilton",
    "Tauranga",
    "Dunedin",
    "Palmerston North",
    "Rotorua",
    "Porirua",
    "Whangārei",
]
UK_CITIES = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Norwich", "Belfast"]
US_CITIES = ["Phoenix", "Columbus", "Sacramento", "Atlanta", "San Antonio", "Minneapolis", "Tulsa", "Raleigh"]
US_STATES = ["AZ", "OH", "CA", "GA", "TX", "MN", "OK", "NC", "NY", "WA"]
UK_PC = ["M14 5RQ", "LS6 2AB", "BS3 4LX", "G12 8QQ", "CF24 4HQ", "B29 6BD", "NR2 3PL", "BT7 1NN"]
SCHOOLS = [
    "Ponsonby Primary School",
    "Wellington East Girls' College",
    "St Mary's Catholic Primary",
    "Lincoln Elementary",
    "Hillcrest High School",
    "Kura Kaupapa Māori o Te Rito",
    "Roosevelt Middle School",
    "Oakfield Academy",
]
COURTS = [
    "Family Court at Manukau",
    "Family Court at Wellington",
    "Central Family Court (London)",
    "Manchester Family Court",
    "Maricopa County Superior Court",
    "Franklin County Domestic Relations",
    "Superior Court of California, Sacramento",
]
VENUES = [
    ("Westfield Albany food court", "219 Don McKinnon Drive", "Auckland"),
    ("Wellington Central Police Station", "41 Victoria Street", "Wellington"),
    ("Tesco Extra car park", "Cheetham Hill Road", "Manchester"),
    ("McDonald's Camelback", "4720 E Camelback Rd", "Phoenix"),
    ("Barnardos Contact Centre", "12 Bowen Street", "Christchurch"),
    ("Starbucks Easton Town Center", "4015 Townsfair Way", "Columbus"),
]
FIRMS = [
    "Harbour Family Mediation Ltd",
    "Kindred Law LLP",
    "Waitematā Family Law",
    "Common Ground Mediation",
    "Baker & Osei Family Lawyers",
    "Midwest Family Mediation Group",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = string.ascii_letters + string.digits


def ascii_fold(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return plain.replace("'", "").replace(" ", "").replace("-", "")


class HoldoutFake(Fake):
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def kid(self):
        return self.pick(KIDS)

    def email(self):
        first, last = ascii_fold(self.first()).lower(), ascii_fold(self.last()).lower()
        shape = self.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{f0}{l}{n}", "{l}.{f}"])
        user = shape.format(f=first, l=last, f0=first[0], n=self.r.randint(1, 99))
        return f"{user}@{self.pick(MAIL)}"

    def work_email(self):
        first, last = ascii_fold(self.first()).lower(), ascii_fold(self.last()).lower()
        domain = self.pick(
            [
                "harbourmediation.co.nz",
                "kindredlaw.co.uk",
                "commongroundmediation.com",
                "bakerosei.com",
                "mwfamilymediation.org",
            ]
        )
        return f"{self.pick([first + '.' + last, first[0] + last, first])}@{domain}"

    def phone(self, style=None):
        style = style or self.pick(
            ["nz_mob", "nz_e164", "nz_land", "uk_mob", "uk_e164", "us_paren", "us_e164", "us_dash"]
        )
        d = self.digits
        area, ex, line = self.r.randint(201, 989), self.r.randint(201, 999), self.r.randint(0, 9999)
        return {
            "nz_mob": f"0{self.pick(['21', '22', '27', '29'])} {d(3)} {d(4)}",
            "nz_e164": f"+642{self.pick(['1', '2', '7'])}{d(7)}",
            "nz_land": f"(0{self.pick(['3', '4', '6', '7', '9'])}) {d(3)} {d(4)}",
            "uk_mob": f"07{self.r.randint(100, 999)} {d(6)}",
            "uk_e164": f"+447{self.r.randint(100, 999)}{d(6)}",
            "us_paren": f"({area}) {ex}-{line:04d}",
            "us_e164": f"+1{area}{ex}{line:04d}",
            "us_dash": f"{area}-{ex}-{line:04d}",
        }[style]

    def street(self, country=None):
        country = country or self.pick(["NZ", "UK", "US"])
        n = self.r.randint(1, 240)
        if country == "NZ":
            return self.pick(
                [f"{n} {self.pick(NZ_STREETS)}", f"{self.r.randint(1, 9)}/{n} {self.pick(NZ_STREETS)}"]
            )
        if country == "UK":
            return self.pick(
                [f"{n} {self.pick(UK_STREETS)}", f"Flat {self.r.randint(1, 12)}, {n} {self.pick(UK_STREETS)}"]
            )
        return f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}"

    def city(self, country=None):
        return self.pick(
            {"NZ": NZ_CITIES, "UK": UK_CITIES, "US": US_CITIES}.get(
                country, NZ_CITIES + UK_CITIES + US_CITIES
            )
        )

    def zip(self, country=None):
        country = country or self.pick(["NZ", "UK", "US"])
        if country == "NZ":
            return f"{self.r.randint(600, 9893):04d}"
        if country == "UK":
            return self.pick(UK_PC)
        return f"{self.r.randint(10001, 99950):05d}"

    def full_address(self):
        country = self.pick(["NZ", "UK", "US"])
        if country == "US":
            return f"{self.street(country)}, {self.city(country)}, {self.pick(US_STATES)} {self.zip(country)}"
        return f"{self.street(country)}, {self.city(country)} {self.zip(country)}"

    def lat(self):
        """A point near a NZ, UK or US city; lon() returns the matching longitude."""
        lat, lon = self.pick(
            [
                (-36.8485, 174.7633),
                (-41.2866, 174.7756),
                (-43.5321, 172.6362),
                (-37.787, 175.2793),
                (53.4808, -2.2426),
                (53.8008, -1.5491),
                (51.4545, -2.5879),
                (33.4484, -112.074),
                (39.9612, -82.9988),
                (38.5816, -121.4944),
            ]
        )
        self._lon = round(lon + self.r.uniform(-0.08, 0.08), 6)
        return round(lat + self.r.uniform(-0.08, 0.08), 6)

    def lon(self):
        return self._lon

    def ird(self):
        """NZ IRD number with its mod-11 check digit (primary, then secondary weights)."""
        while True:
            base = f"{self.r.randint(10_000_000, 14_999_999):08d}"
            for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
                rem = sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 11
                check = 0 if rem == 0 else 11 - rem
                if check != 10:
                    n = base + str(check)
                    return self.pick([f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def nhi(self):
        """NZ National Health Index number, old AAANNNC format with its mod-11 check."""
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            head = "".join(self.pick(letters) for _ in range(3)) + self.digits(3)
            values = [letters.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:]]
            rem = sum(v * w for v, w in zip(values, [7, 6, 5, 4, 3, 2], strict=True)) % 11
            check = 11 - rem
            if check == 11:
                continue
            return head + ("0" if check == 10 else str(check))

    def nhs(self):
        while True:
            base = self.digits(9)
            rem = sum(int(c) * w for c, w in zip(base, range(10, 1, -1), strict=True)) % 11
            check = 11 - rem
            if check == 10:
                continue
            n = base + ("0" if check == 11 else str(check))
            return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])

    def nino(self):
        prefix = self.pick(["AB", "JT", "NP", "ST", "WK", "HR", "YL", "PE"])
        return f"{prefix} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.pick('ABCD')}"

    def aba(self):
        while True:
            head = f"{self.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + self.digits(
                6
            )
            d = [int(c) for c in head]
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            return head + str((10 - s % 10) % 10)

    def nz_bank(self):
        """NZ bank account BB-bbbb-AAAAAAA-SS(S), algorithm A check (weights 6 3 7 9 / 10 5 8 4 2 1)."""
        while True:
            bank = self.pick(["01", "02", "03", "06", "12"])
            branch = f"{self.r.randint(1, 3999):04d}"
            account = f"{self.r.randint(0, 989_999):07d}"
            digits = [int(c) for c in branch + "0" + account]
            total = sum(x * w for x, w in zip(digits, [6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1], strict=True))
            if total % 11 == 0:
                suffix = self.pick(["00", "01", "000", "002"])
                return f"{bank}-{branch}-{account}-{suffix}"

    def passport(self):
        return self.pick([self.digits(9), "L" + self.pick("ABFHKM") + self.digits(6), "5" + self.digits(8)])

    def plate(self):
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                "".join(self.pick(letters) for _ in range(3)) + self.digits(3),
                "".join(self.pick(letters) for _ in range(2))
                + self.digits(2)
                + " "
                + "".join(self.pick(letters) for _ in range(3)),
                self.digits(1) + "".join(self.pick(letters) for _ in range(3)) + self.digits(3),
            ]
        )

    def alnum(self, n):
        return "".join(self.pick(ALNUM) for _ in range(n))

    def gclid(self):
        return (
            self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self.alnum(70) + self.pick(["_BwE", "QAvD_BwE"])
        )

    def fbclid(self):
        return "IwAR" + self.alnum(56)

    def stamp(self):
        return self.r.randint(1_700_000_000_000, 1_735_000_000_000)

    def case_number(self):
        return self.pick(
            [
                f"FAM-{self.r.randint(2019, 2024)}-{self.digits(3)}-{self.digits(6)}",
                f"{self.pick(['MA', 'ZW', 'BV', 'LV'])}{self.r.randint(19, 24)}P{self.digits(5)}",
                f"FC{self.r.randint(2019, 2024)}-{self.digits(6)}",
                f"DR-{self.r.randint(19, 24)}-{self.digits(7)}",
            ]
        )

    def date_soon(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def otp(self):
        return f"{self.r.randint(0, 999_999):06d}"


# -- contexts ---------------------------------------------------------------------------------------


def consent():
    return {
        "categoryPreferences": {
            "Advertising": G(lambda f: f.pick([True, False])),
            "Analytics": G(lambda f: True),
            "Functional": G(lambda f: f.pick([True, False])),
        }
    }


def web_context(f: HoldoutFake):
    page = f.pick(
        [
            "/",
            "/calendar",
            "/expenses",
            "/payments",
            "/messages",
            "/pricing",
            "/signup",
            "/children/profile",
            "/cases",
        ]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://app.tandemparenting.com/calendar",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?view=month", "?tab=pending"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Tandem - Co-parenting made calmer",
                        "Calendar | Tandem",
                        "Expenses | Tandem",
                        "Pricing | Tandem",
                    ]
                )
            ),
            "url": G(lambda f: "https://app.tandemparenting.com" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "en-GB", "en-US", "mi-NZ", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["Pacific/Auckland", "Europe/London", "America/Chicago", "America/Phoenix"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["separation_support_q2", "school_holidays_2024", "brand"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "family_court_nz"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "co parenting app",
                        "child support calculator nz",
                        "shared custody calendar",
                        "parenting plan template",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["calm_messaging_v2", "calendar_hero", "textlink"])),
        }
    if f.r.random() < 0.3:
        ctx["consent"] = consent()
    if f.r.random() < 0.25:
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "plan": G(lambda f: f.pick(["free", "plus", "pro"])),
        }
    return ctx


def swift_context(f: HoldoutFake):
    model = f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,1"])
    ctx = {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "com.tandemparenting.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: model),
            "name": G(lambda f: "iPad" if model.startswith("iPad") else "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["One NZ", "Spark", "EE", "Verizon", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/London", "America/New_York"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    else:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: False)
    if f.r.random() < 0.3:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: 0),
        }
    if f.r.random() < 0.4:
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "role": G(lambda f: f.pick(["parent", "mediator", "guardian"])),
        }
    return ctx


def kotlin_context(f: HoldoutFake):
    ctx = {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418000", "419010"])),
            "namespace": G(lambda f: "com.tandemparenting.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OPPO", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "CPH2505", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "OP5961L1", "cancunf"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/London", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    tracking = f.r.random() < 0.5
    ctx["device"]["adTrackingEnabled"] = G(lambda f: tracking)
    if tracking:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def platform(f: HoldoutFake, ios_models, android_models):
    """(os, namespace, manufacturer, model, os version) for one device."""
    if f.r.random() < 0.55:
        return (
            "iOS",
            "com.tandemparenting.ios",
            "Apple",
            f.pick(ios_models),
            f.pick(["17.4.1", "17.5", "16.7.8"]),
        )
    maker, model = f.pick(android_models)
    return "Android", "com.tandemparenting.android", maker, model, f.pick(["14", "13"])


def rn_context(f: HoldoutFake):
    os_name, namespace, maker, model, os_version = platform(
        f, ["iPhone14,5", "iPhone15,4"], [("samsung", "SM-S918B"), ("Google", "Pixel 8")]
    )
    ctx = {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.0"])),
            "build": G(lambda f: f.pick(["1120", "1124"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if os_name == "iOS" else f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: os_name.lower()),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-NZ", "en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: os_name), "version": G(lambda f: os_version)},
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/London", "America/Los_Angeles"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email"), "name": Y(lambda f: f.full_name(), "name")}
    return ctx


def flutter_context(f: HoldoutFake):
    os_name, namespace, maker, model, os_version = platform(
        f, ["iPhone13,2", "iPhone12,8"], [("samsung", "SM-G991B"), ("OPPO", "CPH2387")]
    )
    return {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.0"])),
            "build": G(lambda f: f.pick(["418", "419"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: os_name.lower()),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["mi-NZ", "en-NZ"])),
        "os": {"name": G(lambda f: os_name), "version": G(lambda f: os_version)},
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "timezone": G(lambda f: "Pacific/Auckland"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def make(f: HoldoutFake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "dotnet") and f.r.random() < 0.6:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib in ("node", "python") and f.r.random() < 0.3:
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "python" and f.r.random() < 0.3:
            ctx["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "plan": G(lambda f: f.pick(["plus", "pro"])),
            }
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin", "rn"]

# -- shared property blocks -------------------------------------------------------------------------


def billing_address():
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 4B", "Unit 2", "Flat 3", "Suite 110", "Level 1"]), "address|street"
        ),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.pick([*US_STATES, "Auckland", "Greater Manchester", "Wellington"])),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.pick(["US", "GB", "NZ"])),
    }


def plan_product():
    return {
        "product_id": G(lambda f: f.pick(["prod_Pq1", "prod_Pq2", "prod_Pq3"]) + f.alnum(8)),
        "sku": G(lambda f: f.pick(["TND-PLUS-M", "TND-PLUS-Y", "TND-PRO-M", "TND-PRO-Y", "TND-MED-SEAT"])),
        "name": G(
            lambda f: f.pick(["Tandem Plus (monthly)", "Tandem Plus (annual)", "Tandem Pro", "Mediator seat"])
        ),
        "category": G(lambda f: f.pick(["subscription", "professional"])),
        "price": G(lambda f: f.pick([9.99, 99.0, 14.99, 149.0, 39.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 4)),
        "url": G(lambda f: "https://tandemparenting.com/pricing#" + f.pick(["plus", "pro", "mediators"])),
    }


def draft_message(f: HoldoutFake) -> str:
    kid = f.kid()
    return f.pick(
        [
            f"{kid} has a temperature, can you keep them home tomorrow?",
            f"Can {kid} stay with me until 6pm on Friday? It's their cousin's birthday.",
            f"You were 40 minutes late again. {kid} was waiting on the step.",
            f"Reminder: {kid}'s school photos are on Thursday, please send the blue jersey.",
            f"I've paid {kid}'s swimming fees, receipt is in the app.",
            f"{kid} left their inhaler at yours, can you drop it at school?",
            f"Kia ora, {kid} wants to go to the noho marae with the kura next week, ok with you?",
        ]
    )


def handover_note(f: HoldoutFake) -> str:
    return f.pick(
        [
            f"Collected by {f.first()} (grandmother) at the gate",
            f"{f.kid()} handed to {f.first()} {f.last()} at reception",
            f"Dropped at {f.first()}'s, other parent not home",
            f"Picked up by stepdad {f.first()}",
            f"{f.first()} {f.last()} from the contact centre supervised",
        ]
    )


def payout_memo(f: HoldoutFake) -> str:
    acct = f.nz_bank()
    return f.pick(
        [
            f"Please pay into {acct} thanks",
            f"acct {acct}",
            f"Bank details changed - use {acct} from now on",
            f"Pay to {acct} ref school fees",
        ]
    )


def support_text(f: HoldoutFake) -> str:
    return f.pick(
        [
            f"I changed my email to {f.email()} but still get notifications at the old one",
            f"Please call me on {f.phone()} about my payment",
            f"My ex is using {f.email()} to sign in to my account??",
            f"can't verify my number {f.phone()} the code never arrives",
            f"Invoice went to {f.email()} instead of me",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.pick([*US_STATES, "Canterbury", "Waikato", "Greater Manchester"])),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
            },
            "birthday": Y(lambda f: f.date(1965, 2000), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"),
            "avatar": Y(lambda f: "https://cdn.tandemparenting.com/avatars/" + f.hexid(16) + ".jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus", "pro"])),
            "role": G(lambda f: f.pick(["parent", "guardian", "step_parent"])),
            "jurisdiction": G(lambda f: f.pick(["NZ", "England & Wales", "Scotland", "AZ", "OH", "CA"])),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "addressHidden": G(lambda f: f.pick([True, False])),
            "relationshipToCoparent": G(lambda f: f.pick(["ex_spouse", "ex_partner", "never_partnered"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "mi", "es", "pa", "zh-Hans"])),
            "referralCode": G(lambda f: "TND-" + f.alnum(6).upper()),
            "militaryStatus": RED(lambda f: f.pick(["veteran", "active_duty", "reserve"]), "veteran"),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "ingoa": Y(lambda f: f.first(), "name"),
            "ingoa_whānau": Y(lambda f: f.last(), "name"),
            "īmēra": Y(lambda f: f.email(), "email"),
            "waea_pūkoro": Y(lambda f: f.phone(f.pick(["nz_mob", "nz_e164"])), "phone"),
            "wāhitau": Y(
                lambda f: f"{f.street('NZ')}, {f.city('NZ')} {f.zip('NZ')}",
                "address",
            ),
            "rā_whānau": Y(lambda f: f.date(1970, 2001), "birthdate"),
            "iwi": Y(
                lambda f: f.pick(["Ngāpuhi", "Ngāti Porou", "Waikato-Tainui", "Ngāi Tahu", "Te Arawa"]),
                "ethnicity",
            ),
            "reo": G(lambda f: f.pick(["te reo Māori", "English", "both"])),
            "rohe": G(lambda f: f.pick(["Tāmaki Makaurau", "Te Whanganui-a-Tara", "Waikato", "Ōtautahi"])),
            "tamariki_maha": G(lambda f: f.r.randint(1, 5)),
            "tamariki": Many(
                {
                    "ingoa": Y(lambda f: f.kid(), "name"),
                    "tau": G(lambda f: f.r.randint(1, 17)),
                    "kura": G(lambda f: f.pick(SCHOOLS)),
                },
                3,
            ),
            "mahere": G(lambda f: f.pick(["free", "plus"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(lambda f: f.email(), "email"),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "PhoneNumber": Y(lambda f: f.phone(f.pick(["us_paren", "us_e164", "us_dash"])), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2000) + "T00:00:00", "birthdate"),
            "CaseNumber": G(lambda f: f.case_number()),
            "IsObligor": G(lambda f: f.pick([True, False])),
            "SubscriptionTier": G(lambda f: f.pick(["Basic", "Plus", "CourtOrdered"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "MfaEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "displayName": Y(lambda f: f.full_name(), "name"),
            "title": G(
                lambda f: f.pick(["Family Mediator", "Family Lawyer", "Parenting Coordinator", "Paralegal"])
            ),
            "firm_name": G(lambda f: f.pick(FIRMS)),
            "firm_phone": G(
                lambda f: f.pick(["+64 9 555 0142", "0161 496 0731", "(602) 555-0188", "0800 555 247"])
            ),
            "firm_email": G(
                lambda f: f.pick(
                    [
                        "office@harbourmediation.co.nz",
                        "enquiries@kindredlaw.co.uk",
                        "intake@commongroundmediation.com",
                    ]
                )
            ),
            "direct_line": Y(lambda f: f.phone(), "phone"),
            "bar_number": Y(
                lambda f: f.pick([f.digits(6), "SRA" + f.digits(6), f"{f.digits(5)}"]), "license"
            ),
            "accreditation_number": Y(lambda f: "FDR-" + f.digits(4), "license"),
            "hourly_rate": Y(lambda f: f.pick([180, 220, 250, 295, 340, 410]), "salary"),
            "languages": Many(
                G(lambda f: f.pick(["English", "te reo Māori", "Samoan", "Spanish", "Hindi"])), 2
            ),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "HOME_POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "DOB": Y(lambda f: f.date(1960, 2001), "birthdate"),
            "COUNTRY_CODE": G(lambda f: f.pick(["NZ", "GB", "US"])),
            "STATE_CODE": G(lambda f: f.pick(US_STATES)),
            "LTV_USD": G(lambda f: f.money(0, 900)),
            "ACTIVE_CASES": G(lambda f: f.r.randint(0, 2)),
            "LAST_PAYMENT_AT": G(lambda f: f.iso().replace("T", " ")[:19]),
            "IS_PAYING": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(lambda f: f.pick(FIRMS)),
            "plan": G(lambda f: f.pick(["practice", "practice_plus", "court_partner"])),
            "main_phone": G(lambda f: f.pick(["+64 9 555 0142", "0161 496 0731", "(602) 555-0188"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "accounts@harbourmediation.co.nz",
                        "billing@kindredlaw.co.uk",
                        "ap@commongroundmediation.com",
                    ]
                )
            ),
            "office_address": {
                "street": G(
                    lambda f: f.pick(["Level 4, 22 Fanshawe Street", "3 Hardman Street", "2 N Central Ave"])
                ),
                "city": G(lambda f: f.pick(["Auckland", "Manchester", "Phoenix"])),
                "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        MOBILE,
        {
            "household_label": Y(lambda f: f"{f.last()} / {f.last()}", "name"),
            "children_count": G(lambda f: f.r.randint(1, 4)),
            "arrangement": G(
                lambda f: f.pick(["50_50", "primary_with_visits", "alternating_weekends", "2-2-3"])
            ),
            "court_ordered": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus"])),
        },
    ),
    ("alias", None, APPS, None),
    # -- onboarding / marketing ---------------------------------------------------------------------
    (
        "page",
        "Child Support Calculator",
        ["web"],
        {
            "path": G(lambda f: "/tools/child-support-calculator"),
            "url": G(lambda f: "https://tandemparenting.com/tools/child-support-calculator"),
            "title": G(lambda f: "Child support calculator | Tandem"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.ird.govt.nz/", ""])),
            "search": G(lambda f: f.pick(["", "?country=nz", "?country=uk"])),
            "children_count": G(lambda f: f.r.randint(1, 4)),
            "your_income": Y(lambda f: f.r.randint(28, 180) * 1000, "salary"),
            "other_parent_income": Y(lambda f: f.r.randint(20, 220) * 1000, "salary"),
            "nights_per_year": G(lambda f: f.pick([52, 104, 128, 182])),
            "estimate_weekly": G(lambda f: f.money(15, 420)),
            "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
        },
    ),
    (
        "track",
        "Signup Started",
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "signup_source": G(
                lambda f: f.pick(["homepage", "invite_link", "court_referral", "mediator_referral"])
            ),
            "invite_code": G(lambda f: f.alnum(8).upper()),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.stamp()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.stamp()}.{f.fbclid()}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "family_court_nz"])),
            "utm_campaign": G(lambda f: f.pick(["separation_support_q2", "brand"])),
            "landing_page": G(lambda f: f.pick(["/", "/for-mediators", "/tools/child-support-calculator"])),
        },
    ),
    (
        "track",
        "Account Created",
        ["node"],
        {
            "user_id": G(lambda f: f.digits(8)),
            "email": Y(lambda f: f.email(), "email"),
            "email_domain": G(lambda f: f.pick(MAIL)),
            "method": G(lambda f: f.pick(["password", "google", "apple"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
        },
    ),
    (
        "track",
        "Co-Parent Invited",
        APPS,
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["email", "sms", "both"])),
            "relationship": G(lambda f: f.pick(["ex_spouse", "ex_partner", "step_parent", "grandparent"])),
        },
    ),
    (
        "track",
        "Invite Sent",
        ["ruby"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "to": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "provider": G(lambda f: f.pick(["sendgrid", "twilio"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["onboarding_contact", "profile_contact"])),
            "field": G(lambda f: f.pick(["contact_email", "contact_phone"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web", "rn"],
        {
            "input": Y(lambda f: f.street()[: f.r.randint(9, 16)], "address|street", True),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "provider": G(lambda f: f.pick(["google_places", "addressfinder_nz", "loqate"])),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
        },
    ),
    # -- calendar / parenting time -----------------------------------------------------------------
    (
        "track",
        "Parenting Schedule Created",
        APPS,
        {
            "schedule_id": G(lambda f: f.uuid()),
            "pattern": G(
                lambda f: f.pick(["2-2-3", "week_on_week_off", "alternate_weekends", "5-2-2-5", "custom"])
            ),
            "start_date": G(lambda f: f.date_soon()),
            "child_ids": Many(G(lambda f: f.digits(7)), 3),
            "children": Many(
                {
                    "first_name": Y(lambda f: f.kid(), "name"),
                    "age": G(lambda f: f.r.randint(0, 17)),
                    "school_year": G(lambda f: f.pick(["Year 2", "Year 7", "Grade 3", "P4", "Kindergarten"])),
                },
                3,
            ),
            "timezone": G(lambda f: f.pick(["Pacific/Auckland", "Europe/London", "America/Phoenix"])),
        },
    ),
    (
        "track",
        "Calendar Event Created",
        APPS,
        {
            "event_id": G(lambda f: f.digits(9)),
            "event_type": G(lambda f: f.pick(["handover", "school_event", "activity", "holiday"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Soccer practice",
                        "Swimming lessons",
                        "School pickup",
                        "Parent-teacher interviews",
                        "Matariki weekend",
                        "Half term",
                        "Kapa haka",
                    ]
                )
            ),
            "starts_at": G(lambda f: f.iso()),
            "ends_at": G(lambda f: f.iso()),
            "recurrence": G(
                lambda f: f.pick(["", "FREQ=WEEKLY;BYDAY=FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"])
            ),
            "visible_to_coparent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Swap Requested",
        MOBILE,
        {
            "swap_id": G(lambda f: f.uuid()),
            "original_date": G(lambda f: f.date_soon()),
            "proposed_date": G(lambda f: f.date_soon()),
            "reason": G(lambda f: f.pick(["work_travel", "family_event", "illness", "school_trip", "other"])),
            "requester_role": G(lambda f: f.pick(["parent_a", "parent_b"])),
            "status": G(lambda f: f.pick(["pending", "accepted", "declined", "countered"])),
        },
    ),
    (
        "track",
        "Handover Location Set",
        APPS,
        {
            "location_type": G(
                lambda f: f.pick(["school", "public_place", "police_station", "contact_centre"])
            ),
            "venue_name": G(lambda f: f.pick(VENUES)[0]),
            "venue_address": G(lambda f: f.pick(VENUES)[1]),
            "venue_city": G(lambda f: f.pick(VENUES)[2]),
            "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
            "places_session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Handover Completed",
        MOBILE,
        {
            "handover_id": G(lambda f: f.digits(10)),
            "scheduled_at": G(lambda f: f.iso()),
            "completed_at": G(lambda f: f.iso()),
            "children_count": G(lambda f: f.r.randint(1, 3)),
            "note": Y(handover_note, "name", True),
            "checkin_latitude": Y(lambda f: f.lat(), "geolocation"),
            "checkin_longitude": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
    (
        "screen",
        "Calendar",
        MOBILE,
        {
            "view": G(lambda f: f.pick(["month", "week", "agenda"])),
        },
    ),
    # -- expenses / reimbursements -------------------------------------------------------------------
    (
        "track",
        "Expense Added",
        APPS,
        {
            "expense_id": G(lambda f: "exp_" + f.hexid(12)),
            "category": G(
                lambda f: f.pick(
                    ["education", "childcare", "extracurricular", "clothing", "medical", "travel"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "School uniform",
                        "Term 2 fees",
                        "Swimming lessons",
                        "Winter jacket",
                        "Camp deposit",
                        "Bus pass",
                        "Stationery list",
                    ]
                )
            ),
            "merchant_name": G(
                lambda f: f.pick(
                    ["The Warehouse", "Kmart", "Marks & Spencer", "Target", "Countdown", "Uniform Shop"]
                )
            ),
            "amount": G(lambda f: f.money(5, 900)),
            "currency": G(lambda f: f.pick(["NZD", "GBP", "USD"])),
            "child_id": G(lambda f: f.digits(7)),
            "incurred_on": G(lambda f: f.date_soon()),
        },
    ),
    (
        "track",
        "Expense Disputed",
        MOBILE,
        {
            "expense_id": G(lambda f: "exp_" + f.hexid(12)),
            "dispute_reason": G(
                lambda f: f.pick(
                    ["not_agreed_in_advance", "amount_incorrect", "duplicate", "not_child_related"]
                )
            ),
            "comment": G(
                lambda f: f.pick(
                    [
                        "We agreed on the cheaper option",
                        "This was already paid",
                        "Not in the parenting plan",
                        "Need the receipt first",
                    ]
                )
            ),
            "disputed_amount": G(lambda f: f.money(5, 500)),
        },
    ),
    (
        "track",
        "Reimbursement Requested",
        ["node"],
        {
            "reimbursement_id": G(lambda f: "rmb_" + f.hexid(10)),
            "expense_ids": Many(G(lambda f: "exp_" + f.hexid(12)), 4),
            "amount_cents": G(lambda f: f.r.randint(500, 90000)),
            "currency": G(lambda f: f.pick(["NZD", "GBP", "USD"])),
            "due_date": G(lambda f: f.date_soon()),
            "payee_name": Y(lambda f: f.full_name(), "name"),
            "payee_bank_account": RED(lambda f: f.nz_bank(), "bank account"),
            "payment_reference": G(lambda f: "TANDEM " + f.alnum(6).upper()),
            "memo": RED(payout_memo, "bank account", True),
        },
    ),
    # -- child support payments -------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "cs_" + f.digits(9)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "ach", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "411111"])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_address": billing_address(),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "cs_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: "Tandem Payments"),
            "total": G(lambda f: f.money(50, 1800)),
            "revenue": G(lambda f: f.money(0.5, 12)),
            "tax": G(lambda f: 0),
            "currency": G(lambda f: f.pick(["USD", "GBP", "NZD"])),
            "payment_method": G(lambda f: f.pick(["card", "ach", "bank_transfer"])),
            "processor": G(lambda f: "stripe"),
            "stripe_charge_id": G(lambda f: "ch_" + f.alnum(24)),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["child_support", "shared_expense", "arrears"])),
                    "sku": G(lambda f: f.pick(["CS-MONTHLY", "CS-WEEKLY", "EXP-SETTLE", "CS-ARREARS"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Child support - monthly",
                                "Child support - weekly",
                                "Expense settlement",
                                "Arrears payment",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.money(20, 1500)),
                    "quantity": G(lambda f: 1),
                    "category": G(lambda f: "child_support"),
                },
                2,
            ),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "period_start": G(lambda f: f.date_soon()),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "type": G(lambda f: "charge.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.alnum(24)),
                    "amount": G(lambda f: f.r.randint(2000, 180000)),
                    "currency": G(lambda f: f.pick(["usd", "gbp", "nzd"])),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "payment_method": RED(lambda f: "pm_" + f.alnum(24), "token"),
                    "receipt_email": Y(lambda f: f.email(), "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "state": G(lambda f: f.pick(US_STATES)),
                            "country": G(lambda f: f.pick(["US", "GB", "NZ"])),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["US", "GB", "NZ"])),
                            "fingerprint": G(lambda f: f.alnum(16)),
                        },
                    },
                    "created": G(lambda f: f.stamp() // 1000),
                    "status": G(lambda f: "succeeded"),
                }
            },
        },
    ),
    (
        "track",
        "Card Details Submitted",
        ["php"],
        {
            "form": G(lambda f: "legacy_payment_form"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "name_on_card": Y(lambda f: f.full_name(), "name"),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "amount": G(lambda f: f.money(20, 1500)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["python"],
        {
            "link_session_id": G(lambda f: f.uuid()),
            "plaid_item_id": G(lambda f: f.alnum(37)),
            "institution_id": G(lambda f: f"ins_{f.r.randint(1, 130000)}"),
            "institution_name": G(
                lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union"])
            ),
            "account_subtype": G(lambda f: f.pick(["checking", "savings"])),
            "account_mask": G(lambda f: f.digits(4)),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "verification_method": G(
                lambda f: f.pick(["instant", "micro_deposits", "same_day_micro_deposits"])
            ),
        },
    ),
    (
        "track",
        "Bank Transfer Set Up",
        ["java"],
        {
            "mandate_id": G(lambda f: "MD" + f.alnum(12).upper()),
            "sort_code": G(
                lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"
            ),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_name": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "bic": G(lambda f: f.pick(["NWBKGB2L", "BARCGB22", "HBUKGB4B", "LOYDGB2L"])),
            "reference": G(lambda f: "CMS " + f.digits(8)),
            "amount": G(lambda f: f.money(20, 800)),
            "currency": G(lambda f: "GBP"),
            "frequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly"])),
        },
    ),
    (
        "track",
        "Payment Schedule Created",
        ["dotnet"],
        {
            "ScheduleId": G(lambda f: f.uuid()),
            "Frequency": G(lambda f: f.pick(["Weekly", "Fortnightly", "Monthly"])),
            "Amount": G(lambda f: f.money(25, 1500)),
            "Currency": G(lambda f: f.pick(["USD", "GBP", "NZD"])),
            "FirstPaymentDate": G(lambda f: f.date_soon() + "T00:00:00Z"),
            "CourtOrdered": G(lambda f: f.pick([True, False])),
            "OrderReference": G(lambda f: f.case_number()),
            "ObligorRole": G(lambda f: f.pick(["Payer", "Payee", "ThirdPartyCarer"])),
            "PayeeDisplayName": Y(lambda f: f.full_name(), "name"),
            "IncomeWithholdingOrder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Arrears Balance Synced",
        ["python"],
        {
            "CASE_ID": G(lambda f: f.digits(9)),
            "ARREARS_BALANCE": G(lambda f: f.money(0, 12000)),
            "MONTHS_IN_ARREARS": G(lambda f: f.r.randint(0, 30)),
            "OBLIGOR_NAME": Y(lambda f: f.full_name(), "name"),
            "OBLIGOR_EMAIL": Y(lambda f: f.email(), "email"),
            "LAST_PAYMENT_DATE": G(lambda f: f.date_soon()),
            "NOTICE_SENT": G(lambda f: f.pick([True, False])),
            "ENFORCEMENT_STAGE": G(lambda f: f.pick(["NONE", "REMINDER", "FINAL_NOTICE", "REFERRED"])),
        },
    ),
    (
        "track",
        "Child Support Payment Failed",
        ["node", "go"],
        {
            "payment_id": G(lambda f: "py_" + f.alnum(24)),
            "failure_code": G(
                lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card", "R01", "R03"])
            ),
            "decline_code": G(lambda f: f.pick(["generic_decline", "do_not_honor", ""])),
            "card_last4": G(lambda f: f.digits(4)),
            "amount": G(lambda f: f.money(25, 1500)),
        },
    ),
    # -- income / court --------------------------------------------------------------------------
    (
        "track",
        "Income Verification Submitted",
        ["dotnet"],
        {
            "SubmissionId": G(lambda f: f.uuid()),
            "AnnualGrossIncome": Y(lambda f: f.r.randint(18, 240) * 1000, "salary"),
            "PayFrequency": G(lambda f: f.pick(["Weekly", "BiWeekly", "Monthly"])),
            "EmployerName": G(
                lambda f: f.pick(["Fonterra", "NHS Greater Glasgow", "Walmart", "Amazon", "Self-employed"])
            ),
            "JobTitle": G(lambda f: f.pick(["Nurse", "Warehouse Associate", "Electrician", "Teacher"])),
            "SsnLast4": RED(lambda f: f.digits(4), "social security number"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "SelfEmployed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Details Added",
        ["rn"],
        {
            "country": G(lambda f: f.pick(["NZ", "GB"])),
            "ird_number": RED(lambda f: f.ird(), "national id"),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "tax_code": G(lambda f: f.pick(["M", "ME", "1257L", "S"])),
        },
    ),
    (
        "track",
        "Case Linked",
        ["dotnet"],
        {
            "CaseNumber": G(lambda f: f.case_number()),
            "CourtName": G(lambda f: f.pick(COURTS)),
            "Jurisdiction": G(lambda f: f.pick(["NZ", "England & Wales", "Arizona", "Ohio", "California"])),
            "JudgeName": Y(lambda f: f"Judge {f.first()} {f.last()}", "name"),
            "OrderType": G(
                lambda f: f.pick(
                    ["ParentingOrder", "ChildArrangementsOrder", "SupportOrder", "ProtectionOrder"]
                )
            ),
            "ProtectionOrderInPlace": G(lambda f: f.pick([True, False])),
            "OtherPartyName": Y(lambda f: f.full_name(), "name"),
            "ChildMaintenanceRef": G(lambda f: "12" + f.digits(10)),
        },
    ),
    (
        "track",
        "Court Order Uploaded",
        ["web", "swift"],
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["parenting_order", "consent_order", "support_order", "protection_order"])
            ),
            "file_sha256": G(lambda f: f.hexid(64)),
            "case_number": G(lambda f: f.case_number()),
        },
    ),
    (
        "track",
        "Document Signed",
        ["php"],
        {
            "envelope-id": G(lambda f: f.uuid()),
            "document-name": G(
                lambda f: f.pick(["Parenting Plan v3", "Holiday schedule agreement", "Travel consent"])
            ),
            "signer-name": Y(lambda f: f.full_name(), "name"),
            "signer-email": Y(lambda f: f.email(), "email"),
            "signer-ip": Y(lambda f: f.ipv4(), "ip"),
            "signed-at": G(lambda f: f.iso()),
            "signer-role": G(lambda f: f.pick(["parent_a", "parent_b", "witness", "mediator"])),
            "status": G(lambda f: f.pick(["completed", "delivered", "declined"])),
        },
    ),
    # -- messaging -------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        [*MOBILE, "web"],
        {
            "message_id": G(lambda f: f.uuid()),
            "thread_id": G(lambda f: f.digits(8)),
            "recipient_role": G(lambda f: f.pick(["coparent", "mediator", "both"])),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "char_count": G(lambda f: f.r.randint(4, 1200)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "tone_score": G(lambda f: round(f.r.uniform(-1, 1), 2)),
            "tone_flags": Many(G(lambda f: f.pick(["hostile", "all_caps", "blame", "sarcasm"])), 2),
        },
    ),
    (
        "track",
        "Tone Check Completed",
        MOBILE,
        {
            "text": Y(draft_message, "name", True),
            "tone": G(lambda f: f.pick(["neutral", "friendly", "tense", "hostile"])),
            "suggestions_shown": G(lambda f: f.r.randint(0, 3)),
            "model_version": G(lambda f: f.pick(["tone-2024.04", "tone-2024.06"])),
        },
    ),
    (
        "screen",
        "Messages",
        MOBILE,
        {
            "unread_count": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    # -- mediation -------------------------------------------------------------------------------
    (
        "track",
        "Mediation Session Booked",
        ["web"],
        {
            "session_id": G(lambda f: f.uuid()),
            "mediator_id": G(lambda f: f.digits(6)),
            "mediator_name": Y(lambda f: f.full_name(), "name"),
            "session_type": G(lambda f: f.pick(["online", "in_person", "shuttle"])),
            "scheduled_at": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([60, 90, 120, 180])),
            "fee": G(lambda f: f.money(0, 900)),
            "funded_by": G(lambda f: f.pick(["legal_aid", "self", "split", "government_fdr"])),
            "venue": G(lambda f: f.pick(["Harbour Mediation rooms", "Zoom", "Community Law Centre"])),
            "attendees": Many(
                {
                    "role": G(lambda f: f.pick(["parent", "lawyer", "support_person"])),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Meeting Participant Joined",
        ["node"],
        {
            "event": G(lambda f: "meeting.participant_joined"),
            "event_ts": G(lambda f: f.stamp()),
            "payload": {
                "account_id": G(lambda f: f.alnum(22)),
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: f.alnum(22) + "=="),
                    "topic": G(
                        lambda f: f.pick(
                            ["Family mediation session", "FDR - joint session", "Parenting plan review"]
                        )
                    ),
                    "host_email": Y(lambda f: f.work_email(), "email"),
                    "participant": {
                        "user_name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "join_time": G(lambda f: f.iso()),
                        "participant_user_id": G(lambda f: f.alnum(22)),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Mediation Session Completed",
        ["python"],
        {
            "session_id": G(lambda f: f.uuid()),
            "outcome": G(
                lambda f: f.pick(["full_agreement", "partial_agreement", "no_agreement", "adjourned"])
            ),
            "agreement_reached": G(lambda f: f.pick([True, False])),
            "summary": G(
                lambda f: f.pick(
                    [
                        "Parties agreed on the holiday roster",
                        "Follow-up session needed on school fees",
                        "No agreement; referral to court",
                        "Handover moved to school",
                    ]
                )
            ),
            "next_session_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Professional Directory Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick([f.full_name().lower(), f.full_name(), f.last() + ", " + f.first()]),
                "name",
                True,
            ),
            "profession": G(
                lambda f: f.pick(["mediator", "family_lawyer", "counsellor", "parenting_coordinator"])
            ),
            "region": G(
                lambda f: f.pick(["Auckland", "Wellington", "Greater Manchester", "Maricopa County"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "how to split school fees",
                        "change handover time",
                        "export messages for court",
                        "child support nz",
                        "delete account",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    # -- children --------------------------------------------------------------------------------
    (
        "track",
        "Child Profile Updated",
        ["swift", "rn"],
        {
            "child_id": G(lambda f: f.digits(7)),
            "first_name": Y(lambda f: f.kid(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.date(2007, 2023), "birthdate"),
            "gender": Y(lambda f: f.pick(["girl", "boy", "non-binary"]), "gender"),
            "photo_url": Y(
                lambda f: "https://cdn.tandemparenting.com/children/" + f.hexid(16) + ".jpg", "photo"
            ),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "school_year": G(lambda f: f.pick(["Year 3", "Year 9", "Grade 5", "P6", "Kindergarten"])),
            "teacher_name": Y(
                lambda f: f.pick(["Mrs ", "Mr ", "Ms ", "Whaea ", "Matua "]) + f.last(), "name"
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "penicillin", "eggs", "bee stings", "dairy"]), "allergy"), 2
            ),
            "medical_conditions": Many(
                Y(lambda f: f.pick(["asthma", "eczema", "type 1 diabetes", "ADHD", "epilepsy"]), "condition"),
                2,
            ),
            "learning_support_plan": RED(lambda f: f.pick([True, False]), "disability"),
            "religious_upbringing": Y(
                lambda f: f.pick(["Catholic", "Muslim", "Anglican", "Hindu", "Sikh", "LDS"]), "religion"
            ),
        },
    ),
    (
        "track",
        "Medication Added",
        ["swift", "kotlin"],
        {
            "child_id": G(lambda f: f.digits(7)),
            "medication_name": Y(
                lambda f: f.pick(
                    ["Ventolin inhaler", "Ritalin 10mg", "Insulin glargine", "Cetirizine", "Epipen Jr"]
                ),
                "medication",
            ),
            "dosage": G(lambda f: f.pick(["2 puffs", "10mg", "1 tablet", "0.15mg"])),
            "rx_number": Y(lambda f: f.pick(["RX" + f.digits(7), f.digits(10)]), "medication"),
        },
    ),
    (
        "track",
        "Medical Appointment Logged",
        APPS,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: f.digits(7)),
            "appointment_type": Y(
                lambda f: f.pick(
                    ["orthodontist", "vaccination", "paediatric_review", "grommets_surgery", "eye_test"]
                ),
                "procedure",
            ),
            "provider_name": G(
                lambda f: f.pick(
                    [
                        "Kidz First Clinic",
                        "Smile Orthodontics",
                        "Riverside Medical Centre",
                        "Starship Children's Hospital",
                    ]
                )
            ),
            "clinician_name": Y(lambda f: "Dr " + f.full_name(), "name"),
            "clinic_phone": G(lambda f: f.pick(["09 555 0190", "0113 496 0555", "(614) 555-0102"])),
            "appointment_at": G(lambda f: f.iso()),
            "cost": G(lambda f: f.money(0, 400)),
            "covered_by_insurance": G(lambda f: f.pick([True, False])),
            "insurance_provider": G(lambda f: f.pick(["Southern Cross", "Bupa", "Aetna", "Blue Cross"])),
            "insurance_member_id": Y(
                lambda f: f.pick(["SX" + f.digits(8), "W" + f.digits(9), f.digits(11)]), "identification"
            ),
        },
    ),
    (
        "track",
        "Health Record Linked",
        ["kotlin", "swift", "rn"],
        {
            "child_id": G(lambda f: f.digits(7)),
            "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
            "nhi_number": RED(lambda f: f.nhi(), "health id"),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "medicaid_id": RED(
                lambda f: f.pick([f.digits(8) + f.pick("ABCDEFG"), "9" + f.digits(9)]), "health id"
            ),
            "gp_practice": G(
                lambda f: f.pick(
                    ["Ponsonby Medical", "Hyde Park Surgery", "Nationwide Children's Primary Care"]
                )
            ),
        },
    ),
    (
        "track",
        "School Contact Added",
        MOBILE,
        {
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "school_phone": G(lambda f: f.pick(["(09) 376 0512", "0161 555 0187", "(602) 555-0110"])),
            "school_email": G(
                lambda f: f.pick(
                    ["office@ponsonby.school.nz", "admin@oakfield.sch.uk", "frontdesk@lincolnelem.org"]
                )
            ),
            "teacher_email": Y(lambda f: f.work_email(), "email"),
            "student_id": G(lambda f: f.digits(6)),
            "pickup_authorised_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Pet Added",
        MOBILE,
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Mango", "Pōkai", "Luna", "Rex"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "guinea_pig"])),
            "microchip_number": G(lambda f: "982" + f.digits(12)),
            "vet_clinic": G(lambda f: f.pick(["VetCare Grey Lynn", "Pets at Home Vets", "Banfield"])),
        },
    ),
    (
        "track",
        "Travel Consent Requested",
        ["web", "swift"],
        {
            "request_id": G(lambda f: f.uuid()),
            "child_name": Y(lambda f: f"{f.kid()} {f.last()}", "name"),
            "child_passport_number": RED(lambda f: f.passport(), "passport"),
            "child_citizenship": Y(
                lambda f: f.pick(["New Zealand", "British", "American", "Samoan", "Indian"]), "citizenship"
            ),
            "destination_country": G(
                lambda f: f.pick(["Australia", "Samoa", "Fiji", "Spain", "Mexico", "India"])
            ),
            "departure_date": G(lambda f: f.date_soon()),
            "flight_number": G(lambda f: f.pick(["NZ101", "FJ410", "BA2490", "AA1321"])),
            "accompanying_adult": Y(lambda f: f.full_name(), "name"),
            "visa_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Relocation Request Submitted",
        ["node"],
        {
            "request_id": G(lambda f: f.uuid()),
            "destination_city": G(lambda f: f.pick(["Brisbane", "Christchurch", "Toronto", "Edinburgh"])),
            "destination_country": G(lambda f: f.pick(["AU", "NZ", "CA", "GB"])),
            "move_date": G(lambda f: f.date_soon()),
            "visa_status": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "work_visa_pending", "needs_sponsorship"]),
                "visa",
            ),
            "new_address": Y(lambda f: f.full_address(), "address"),
            "distance_km": G(lambda f: f.r.randint(50, 16000)),
        },
    ),
    # -- safety ----------------------------------------------------------------------------------
    (
        "track",
        "Safety Mode Enabled",
        MOBILE,
        {
            "hide_address": G(lambda f: True),
            "hide_location": G(lambda f: f.pick([True, False])),
            "supervised_exchange_required": G(lambda f: f.pick([True, False])),
            "protection_order_in_place": G(lambda f: f.pick([True, False])),
            "reason": G(lambda f: f.pick(["protection_order", "prefer_not_to_say", "advised_by_advocate"])),
        },
    ),
    (
        "track",
        "Supervised Exchange Booked",
        ["web", "kotlin"],
        {
            "booking_ref": G(lambda f: "SE-" + f.digits(6)),
            "centre_name": G(
                lambda f: f.pick(
                    [
                        "Barnardos Contact Centre",
                        "NACCC Leeds Child Contact Centre",
                        "Family Safety Exchange Phoenix",
                    ]
                )
            ),
            "centre_address": G(
                lambda f: f.pick(
                    [
                        "12 Bowen Street, Christchurch",
                        "5 Wade Lane, Leeds LS2 8NJ",
                        "1850 N 95th Ave, Phoenix AZ",
                    ]
                )
            ),
            "centre_phone": G(lambda f: f.pick(["03 555 0199", "0113 496 0123", "(602) 555-0144"])),
            "supervisor_name": Y(lambda f: f.full_name(), "name"),
            "exchange_at": G(lambda f: f.iso()),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "wheelchair_access_needed": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        {
            "label": Y(
                lambda f: f.pick(
                    [f.first(), f"{f.first()} {f.last()}", f"Nana {f.first()}", f"Aunty {f.first()}"]
                ),
                "name",
                True,
            ),
            "relationship": G(
                lambda f: f.pick(["grandparent", "aunt_uncle", "friend", "neighbour", "advocate"])
            ),
            "phone": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "emergency_contacts_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Home Address Updated",
        ["swift", "kotlin", "web"],
        {
            "street_address": Y(lambda f: f.street(), "street|address"),
            "suburb": Y(
                lambda f: f.pick(["Ōtara", "Grey Lynn", "Newtown", "Riccarton", "Chorlton", "Headingley"]),
                "city|address",
            ),
            "city": Y(lambda f: f.city(), "city"),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "country": G(lambda f: f.pick(["NZ", "GB", "US"])),
            "visible_to_coparent": G(lambda f: f.pick([True, False])),
            "address_verified": G(lambda f: f.pick([True, False])),
            "address_type": G(lambda f: f.pick(["home", "postal"])),
        },
    ),
    # -- auth -------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        APPS,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.alnum(40), "token"),
            "expires_in_minutes": G(lambda f: 30),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "account_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_number": Y(lambda f: f.phone(f.pick(["nz_e164", "uk_e164", "us_e164"])), "phone"),
            "code": RED(lambda f: f.otp(), "token"),
            "expires_in": G(lambda f: 600),
            "twilio_verify_sid": G(lambda f: "VE" + f.hexid(32)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link_token": RED(lambda f: f.alnum(43), "token"),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["node"],
        {
            "integration": G(lambda f: f.pick(["clio", "actionstep", "google_calendar", "outlook"])),
            "webhook_url": G(lambda f: "https://hooks.tandemparenting.com/in/" + f.hexid(12)),
            "webhook_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "scopes": Many(G(lambda f: f.pick(["calendar.read", "calendar.write", "matters.read"])), 3),
        },
    ),
    # -- support / vendors ---------------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ["web", "rn"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "body": Y(support_text, "email|phone", True),
            "topic": G(lambda f: f.pick(["billing", "account", "technical"])),
            "support_email": G(lambda f: "help@tandemparenting.com"),
            "support_phone": G(lambda f: f.pick(["0800 826 336", "+44 330 555 0100", "1-888-555-0175"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["dotnet"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone(f.pick(["nz_e164", "uk_e164", "us_e164"])), "phone"),
            "To": G(lambda f: f.pick(["+6498870123", "+442039960555", "+16025550133"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "FromCountry": G(lambda f: f.pick(["NZ", "GB", "US"])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: "open"),
            "sg_message_id": G(lambda f: f.alnum(22) + ".recvd-" + f.hexid(10)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "timestamp": G(lambda f: f.stamp() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(
                G(lambda f: f.pick(["handover_reminder", "payment_receipt", "weekly_digest"])), 2
            ),
        },
    ),
    (
        "track",
        "Bug Report Submitted",
        ["rn", "swift"],
        {
            "report_id": G(lambda f: f.uuid()),
            "screen": G(lambda f: f.pick(["Calendar", "Expenses", "Payments"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "App crashes when I open the calendar",
                        "Receipts won't upload",
                        "Payment button greyed out",
                        "Notifications arrive twice",
                    ]
                )
            ),
            "contact_email": Y(lambda f: f.email(), "email"),
        },
    ),
    # -- subscription e-commerce ---------------------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        ["web"],
        {
            "category": G(lambda f: f.pick(["subscription", "professional"])),
            "products": Many(plan_product(), 3),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "sub_" + f.alnum(14)),
            "revenue": G(lambda f: f.pick([9.99, 99.0, 14.99, 149.0])),
            "tax": G(lambda f: f.money(0, 20)),
            "discount": G(lambda f: f.pick([0, 10, 20])),
            "coupon": G(lambda f: f.pick(["", "NEWSTART20", "MEDIATOR10"])),
            "currency": G(lambda f: f.pick(["NZD", "GBP", "USD"])),
            "products": Many(plan_product(), 1),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["node", "web"],
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
            "plan": G(lambda f: f.pick(["plus", "pro"])),
            "reason": G(
                lambda f: f.pick(["reconciled", "too_expensive", "coparent_wont_use", "case_closed", "other"])
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "We don't need it anymore",
                        "Too expensive for us",
                        "My ex never joined",
                        "Case is finished, thanks",
                    ]
                )
            ),
        },
    ),
    (
        "screen",
        "Child Profile",
        MOBILE,
        {
            "child_id": G(lambda f: f.digits(7)),
            "tab": G(lambda f: f.pick(["overview", "school", "health", "documents"])),
        },
    ),
    # -- more people: pickup, contacts, step-parents, legal aid, agency sync ------------------------
    (
        "track",
        "Pickup Person Authorised",
        MOBILE,
        {
            "authorisation_id": G(lambda f: f.uuid()),
            "person": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["grandparent", "step_parent", "family_friend", "nanny"])),
                "photoUrl": Y(
                    lambda f: "https://cdn.tandemparenting.com/pickup/" + f.hexid(16) + ".jpg", "photo"
                ),
            },
            "driver_licence_number": Y(
                lambda f: f.pick(
                    ["DL" + f.digits(6), f.pick("ABCDEFGHJK") + f.digits(7), "MORGA" + f.digits(6) + "SM9IJ"]
                ),
                "license",
            ),
            "valid_until": G(lambda f: f.date_soon()),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["rn"],
        {
            "source": G(lambda f: f.pick(["device_address_book", "google_contacts"])),
            "imported_count": G(lambda f: f.r.randint(1, 40)),
            "contacts": Many(
                {
                    "displayName": Y(lambda f: f.full_name(), "name"),
                    "phoneNumbers": Many(Y(lambda f: f.phone(), "phone"), 2),
                    "emailAddresses": Many(Y(lambda f: f.email(), "email"), 2),
                    "company": G(lambda f: f.pick(["", "Fonterra", "NHS", "Kmart", "Auckland Council"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Step-Parent Added",
        ["web", "swift"],
        {
            "stepParentName": Y(lambda f: f.full_name(), "name"),
            "stepParentEmail": Y(lambda f: f.email(), "email"),
            "stepParentDob": Y(lambda f: f.date(1965, 2000), "birthdate"),
            "livesWithChildren": G(lambda f: f.pick([True, False])),
            "accessLevel": G(lambda f: f.pick(["view_calendar", "view_and_message", "full"])),
            "maritalStatus": G(lambda f: f.pick(["married", "de_facto", "engaged", "partner"])),
        },
    ),
    (
        "track",
        "Legal Aid Application Started",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "scheme": G(
                lambda f: f.pick(["legal_aid_nz", "legal_aid_agency_uk", "civil_legal_aid_scotland"])
            ),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_dob": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "applicant_address": Y(lambda f: f.full_address(), "address"),
            "national_insurance_number": RED(lambda f: f.nino(), "national id"),
            "household_income": Y(lambda f: f.r.randint(9, 60) * 1000, "salary"),
            "partner_name": Y(lambda f: f.full_name(), "name"),
            "receives_benefits": G(lambda f: f.pick([True, False])),
            "dependants_count": G(lambda f: f.r.randint(1, 5)),
            "domestic_abuse_evidence_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dob": Y(lambda f: f.date(1960, 2001), "birthdate"),
            "drivers_license_number": Y(
                lambda f: f.pick([f.pick("ABDEFGHJ") + f.digits(8), f.digits(9)]), "license"
            ),
            "drivers_license_state": G(lambda f: f.pick(US_STATES)),
            "home_phone": Y(lambda f: f.phone(f.pick(["us_paren", "us_dash"])), "phone"),
            "mailing_address": {
                "line1": Y(lambda f: f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}", "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(lambda f: f"{f.r.randint(10001, 99950):05d}", "zipcode"),
            },
            "employer_name": G(
                lambda f: f.pick(["Walmart", "Kroger", "Banner Health", "US Army", "Self-employed"])
            ),
            "employer_phone": G(lambda f: f.pick(["(800) 925-6278", "(866) 221-4141", "(602) 747-4000"])),
            "agency_case_id": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Court Order Parsed",
        ["python"],
        {
            "document_id": G(lambda f: f.uuid()),
            "order_number": G(lambda f: f.case_number()),
            "judge": Y(lambda f: f"{f.pick(['Judge', 'HHJ', 'Hon.'])} {f.last()}", "name"),
            "parties": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "role": G(lambda f: f.pick(["applicant", "respondent", "lawyer_for_child"])),
                    "address": Y(lambda f: f.full_address(), "address"),
                },
                3,
            ),
            "children": Many(
                {
                    "name": Y(lambda f: f"{f.kid()} {f.last()}", "name"),
                    "dob": Y(lambda f: f.date(2008, 2023), "birthdate"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Birth Certificate Uploaded",
        ["swift", "kotlin"],
        {
            "child_id": G(lambda f: f.digits(7)),
            "child_full_name": Y(lambda f: f"{f.kid()} {f.first()} {f.last()}", "name"),
            "registration_number": RED(
                lambda f: f.pick([f"{f.r.randint(2008, 2023)}/{f.digits(6)}", "BC" + f.digits(9)]),
                "national id",
            ),
            "place_of_birth": Y(lambda f: f.pick(NZ_CITIES + UK_CITIES + US_CITIES), "city"),
            "mother_maiden_name": Y(lambda f: f.last(), "name"),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Live Location Shared",
        ["swift", "kotlin"],
        {
            "share_id": G(lambda f: f.uuid()),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "resolved_address": Y(lambda f: f.full_address(), "address"),
            "duration_minutes": G(lambda f: f.pick([15, 30, 60])),
            "shared_with": G(lambda f: f.pick(["coparent", "emergency_contact", "supervisor"])),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["node"],
        {
            "payout_account_id": G(lambda f: "ba_" + f.alnum(24)),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "payee_email": Y(lambda f: f.email(), "email"),
            "nz_bank_account": RED(lambda f: f.nz_bank(), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "bank_name": G(lambda f: f.pick(["ANZ", "ASB", "BNZ", "Westpac", "Kiwibank"])),
        },
    ),
    (
        "track",
        "Lead",
        ["php"],
        {
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.stamp()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.stamp()}.{f.fbclid()}", "advertising id"),
                "external_id": G(lambda f: f.digits(8)),
            },
            "custom_data": {
                "lead_type": G(lambda f: f.pick(["mediator_demo", "court_partnership"])),
                "value": G(lambda f: f.pick([0, 50, 250])),
            },
        },
    ),
    (
        "track",
        "Counselling Referral Made",
        ["web", "rn"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: f.digits(7)),
            "concern": Y(
                lambda f: f.pick(
                    ["anxiety", "grief and loss", "behavioural issues", "school refusal", "low mood"]
                ),
                "condition|diagnosis",
            ),
            "provider": G(lambda f: f.pick(["Kidsline", "Relate", "Youthline", "Family Works"])),
            "referred_by": G(lambda f: f.pick(["parent", "school", "gp", "mediator"])),
        },
    ),
    (
        "track",
        "Friend Referred",
        ["swift", "kotlin", "web"],
        {
            "friend_name": Y(lambda f: f.first(), "name"),
            "friend_email": Y(lambda f: f.email(), "email"),
            "referral_code": G(lambda f: "TND-" + f.alnum(6).upper()),
            "share_channel": G(lambda f: f.pick(["email", "copy_link", "whatsapp"])),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift"],
        {
            "preferredName": Y(lambda f: f.pick([f.first(), f.first()[:3]]), "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "ia"]), "gender"),
            "occupation": G(lambda f: f.pick(["Nurse", "Builder", "Accountant", "Teacher", "Student"])),
            "employer": G(lambda f: f.pick(["Waitematā DHB", "Fletcher Building", "Tesco", "Deloitte"])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54"])),
            "notificationEmailOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emergencyContactsCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Kawenata Whakaae",
        ["flutter"],
        {
            "kawenata_id": G(lambda f: f.uuid()),
            "momo": G(lambda f: f.pick(["mahere_tamariki", "hararei", "utu"])),
            "rā": G(lambda f: f.date_soon()),
            "kua_hainatia": G(lambda f: f.pick([True, False])),
            "kaiwhakahaere": Y(lambda f: f.full_name(), "name"),
            "utu_moni": G(lambda f: f.money(0, 600)),
            "whakaaro": G(
                lambda f: f.pick(["Ka pai tēnei mahere", "Me kōrero anō", "Kua whakaae tahi māua"])
            ),
        },
    ),
]


def build(seed: int, repeats: int):
    f = HoldoutFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_" + f.hexid(16), f.digits(8)]),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f.pick(["grp_" + f.hexid(10), "fam_" + f.digits(7)])
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=295, repeats=28)
    write(Path(__file__).parent, "holdout295_", events, labels)
