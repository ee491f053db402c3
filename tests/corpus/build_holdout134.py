"""Writes holdout134: tests/corpus/holdout134_events.jsonl and holdout134_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py only, without
reading the detection engine, its vocabularies, its tests or any other corpus's labels, and never
scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout134` (seeded, deterministic).

What it covers: "Brightpath", a children's summer camp and after-school club booking platform in
the US and the UK. Parent accounts, child registrations, US and UK medical forms (allergies,
medications, conditions, paediatrician / GP details, insurance, NHS numbers), authorised pickup
people and check-out at the gate, photo consent and staff photo uploads, camp sessions sold through
Segment's e-commerce spec, Stripe / GoCardless / ACH payments, financial aid, staff applications and
onboarding with background (Checkr, DBS) and right-to-work checks, incident and medication logs,
Twilio SMS webhooks, transactional e-mail, support chat, reverse-ETL identifies from the warehouse,
group calls for partner schools and councils. Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics-flutter, and the python, node, go, java, ruby,
php and C# server libraries, each with the context block it really sends (context.ip, traits,
device, app, library, locale, userAgent, campaign, location, externalIds). All of identify, track,
page, screen, group and alias.

Conventions: mostly camelCase (mobile apps, Stripe-shaped payloads) and snake_case (web, servers);
about 15 % other: PascalCase (the C# onboarding service, Twilio webhooks), kebab-case (a website
form tool), SCREAMING_SNAKE (warehouse reverse ETL), and keys in the languages of the families
served: US Spanish (a bilingual registration form) and Welsh (a Welsh council's holiday club).

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- Each leaf path: classification, type (the reference's matcher name where one fits, else
  `geolocation`, `national id`, `health id`, `bank account`, `advertising id`, `token`, `secret`,
  ...; `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII = personal data about a natural person: the parent, the child, a pickup person, an emergency
  contact, a doctor, a staff member, a referee. Colours: the reference's default for the matcher;
  outside it, red for credentials/secrets, card numbers, bank accounts, government ids and health
  ids; yellow otherwise.
- Green: ids we or vendors issue (UUIDs, numeric, Stripe `cus_`/`pi_`/`ch_` ids, Twilio SIDs,
  SKUs, invoice numbers), versions, timestamps, amounts, enums, counters and booleans even under
  PII-sounding keys (`emailVerified`, `pickup_people_count`, `photo_consent`), camp / school /
  company / pet names, venues' addresses, phones and coordinates, searched places, country, state,
  locale, timezone, currency, user agents, OS-issued device ids; card brand, last four and expiry;
  ABA routing numbers and UK sort codes.
- The brief's contested-case policy is followed: membership numbers, ages, age bands, job titles,
  employers green; a business's own phone / e-mail / address green (a doctor's or GP surgery's
  phone, the camp's Twilio number, no-reply@ and bookings@ mailboxes); Message-IDs, Places session
  tokens and StoreKit appAccountTokens green; insurer member ids yellow `identification`; rx numbers
  yellow `medication`; pay rates and household income yellow `salary`; vehicle plates yellow
  `license`; gclid / fbclid / _fbp / _fbc yellow `advertising id`; billing addresses yellow; Stripe
  `pm_` ids, client secrets, one-time codes and magic-link tokens red; NHS numbers and state Medicaid
  ids (a government health card's number) red `health id`; passport / NI / SSN red; right-to-work
  and sponsorship answers red `visa`.
- Booleans and enums that reveal a special category are PII of that category: `has_asthma`
  (condition), `has_epipen` / `allergy_alert` (allergy), `wheelchair_user` (disability), EEO
  veteran and disability answers and a `military_family` flag (red `veteran`).
- value_only paths hold the PII in every value; free text is labelled by what all its values carry
  (green when none carries PII: survey comments, SMS keyword replies, hardship statements written
  without names).
Decisions where the brief is silent (what a careful privacy owner would want flagged):
- Dietary requirements (halal, kosher, gluten free, nut free ...) reveal religion or a food allergy:
  yellow `religion|allergy`. Allergy severity and medication doses are health: yellow (allergy,
  medication). Additional-needs / SEND descriptions name disabilities: red `disability`.
- Injury descriptions yellow `condition`; first aid given yellow `procedure`; the reason a dose was
  given yellow `condition`.
- A disclosed criminal conviction (yes/no) is criminal-offence data: yellow `criminal record`. DBS
  and lifeguard certificate numbers yellow `certificate`. Background-check workflow statuses and
  package names green.
- A push-notification device token (context.device.token) is red `token`, as in build.py.
- The last four digits of a bank account are green like a card's last four; an SSN's last four red.
- Insurance group numbers identify the employer's plan, not the person: green.
- Card numbers a front desk keys in for phone bookings pass Luhn and are red `credit card`; NHS
  numbers carry valid mod-11 check digits, IBANs mod-97, ABA routing numbers their checksum.
- Photos of children (CDN URLs of uploaded images, pickup people's photos) yellow `photo`.
- Hire and start dates, DBS issue dates, passport expiry dates are green (not birth dates).
- context.location.city (the device's city) yellow `city`; the SMS sender's city / ZIP that Twilio
  derives from the number yellow; its state and country green.
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return text.split()


ADULT_FIRST = words(
    "Jennifer Marcus Aisha Declan Siobhan Oluwaseun Xiaoming Arjun Ngozi Tomasz Aoife Jamal "
    "Esperanza Dmitri Lakshmi Kofi Freya Rhys Nia Mohammed Ayesha Hiroshi Leilani Santiago "
    "Rebecca Eilidh Tariq Zainab Hamish Bronwen Guadalupe Thanh Rachel Kwame Ingrid Priya "
    "Darnell"
)
CHILD_FIRST = words(
    "Mia Leo Ava Oliver Aarav Isla Jaylen Maya Ezra Zara Kai Amelia Finn Layla Yusuf Sienna "
    "Theo Aisling Mateo Harper Rory Elif Santi Nova Chidi Mei Ibrahim Poppy Dylan Carys"
)
LAST = words(
    "Okonkwo Fitzgerald MacLeod Papadopoulos Johansson Hernández Kim Park Wójcik Abdullah "
    "Begum Hussain Evans Llewellyn Tanaka Nguyen Yilmaz Mendoza Washington Goldberg Kaur "
    "Singh Adeyemi O'Sullivan Jones Thompson Rodríguez Cohen Chowdhury Novak Mensah Dubois "
    "Ramírez"
)
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "yahoo.com",
    "hotmail.co.uk",
    "btinternet.com",
    "me.com",
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Willow Creek Dr",
    "Lakeview Blvd",
    "Sunset Ridge Rd",
    "Elm St",
    "Prairie Ln",
    "Magnolia Ct",
    "Hillcrest Dr",
    "W 34th St",
    "Bluebonnet Trl",
]
UK_STREETS = [
    "Acacia Avenue",
    "Church Lane",
    "Victoria Road",
    "Mill Street",
    "The Crescent",
    "Station Road",
    "Kings Road",
    "Cowley Road",
    "Gloucester Place",
    "Heol y Llan",
]
US_CITIES = [
    "Austin",
    "Denver",
    "Brooklyn",
    "Oakland",
    "Chicago",
    "Minneapolis",
    "Atlanta",
    "Seattle",
    "Raleigh",
    "Phoenix",
    "San Diego",
    "Columbus",
    "Pflugerville",
]
UK_CITIES = [
    "Bristol",
    "Manchester",
    "Leeds",
    "Cardiff",
    "Glasgow",
    "Brighton",
    "Norwich",
    "Oxford",
    "Edinburgh",
    "Birmingham",
    "London",
    "Swansea",
]
UK_OUTWARD = [
    "BS3",
    "BS6",
    "M14",
    "M20",
    "LS6",
    "CF24",
    "CF11",
    "G12",
    "BN1",
    "NR2",
    "OX4",
    "EH10",
    "B15",
    "SW4",
    "E17",
    "N16",
    "SA1",
]
US_STATES = ["TX", "CO", "NY", "CA", "IL", "MN", "GA", "WA", "NC", "AZ", "OH"]
CAMPS = [
    ("Robotics Lab", "ROBO", "STEM"),
    ("Junior Chefs", "CHEF", "Cooking"),
    ("Football Academy", "FOOT", "Sports"),
    ("Art Explorers", "ARTX", "Arts"),
    ("Lake Adventure Week", "LAKE", "Outdoor"),
    ("Coding with Python", "CODE", "STEM"),
    ("Drama & Musical Theatre", "DRAM", "Arts"),
    ("Swim Skills", "SWIM", "Sports"),
    ("Forest School", "FRST", "Outdoor"),
    ("Minecraft Builders", "MINE", "STEM"),
    ("Half-Term Multi-Activity", "HTMA", "Multi-activity"),
    ("After-School Club (Mon-Fri)", "ASC5", "After-school"),
]
VENUES = [
    (
        "Brightpath @ Riverside Elementary",
        "Austin",
        "TX",
        "4310 Riverside Dr",
        "78741",
        30.2371,
        -97.7261,
        "+1 512-555-0180",
    ),
    (
        "Brightpath Cherry Creek",
        "Denver",
        "CO",
        "1200 E 1st Ave",
        "80218",
        39.7176,
        -104.9718,
        "+1 720-555-0132",
    ),
    (
        "Brightpath Prospect Park",
        "Brooklyn",
        "NY",
        "95 Prospect Park W",
        "11215",
        40.6712,
        -73.9701,
        "+1 718-555-0109",
    ),
    (
        "Brightpath Clapham",
        "London",
        "",
        "Clapham Common South Side",
        "SW4 9DE",
        51.4577,
        -0.1468,
        "020 7946 0012",
    ),
    (
        "Brightpath Bristol Harbourside",
        "Bristol",
        "",
        "Anchor Road",
        "BS1 5DB",
        51.4505,
        -2.6003,
        "0117 496 0450",
    ),
    (
        "Brightpath Cardiff Bay",
        "Cardiff",
        "",
        "Lloyd George Avenue",
        "CF10 4QH",
        51.4662,
        -3.1641,
        "029 2018 0761",
    ),
]
ORGS = [
    (
        "Lakeview ISD",
        "school_district",
        "Education",
        "lakeviewisd.org",
        "(512) 555-0100",
        "2100 Lakeview Pkwy, Austin, TX 78741",
        "accounts.payable",
    ),
    (
        "Cardiff Council",
        "council",
        "Government",
        "cardiff.gov.uk",
        "029 2087 2087",
        "County Hall, Atlantic Wharf, Cardiff CF10 4UW",
        "invoices",
    ),
    (
        "Front Range Public Schools",
        "school_district",
        "Education",
        "frps.k12.co.us",
        "(720) 555-0190",
        "900 Grant St, Denver, CO 80203",
        "billing",
    ),
    (
        "St Mary's CofE Primary",
        "school",
        "Education",
        "stmarys-clapham.sch.uk",
        "020 7946 0321",
        "Larkhall Rise, London SW4 6JB",
        "office",
    ),
    (
        "Northwind Health (employee benefit)",
        "employer",
        "Healthcare",
        "northwindhealth.com",
        "+1 303-555-0144",
        "1600 Wynkoop St, Denver, CO 80202",
        "benefits",
    ),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = string.ascii_letters + string.digits


class CampFake(Fake):
    def first(self):
        return self.pick(ADULT_FIRST)

    def last(self):
        return self.pick(LAST)

    def kid(self):
        return self.pick(CHILD_FIRST)

    def kid_full(self):
        return f"{self.kid()} {self.last()}"

    def email(self):
        first = self.first().lower()
        last = self.last().lower().replace("'", "").replace("á", "a").replace("í", "i").replace("ó", "o")
        form = self.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{i}{l}{n}", "{l}.family", "{f}.{l}{n}"])
        local = form.format(f=first, l=last, n=self.r.randint(1, 99), i=first[0])
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self, domain):
        return f"{self.first().lower()}.{self.last().lower().replace(chr(39), '')[:8]}@{domain}"

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))

    def uk_mobile(self):
        block = self.pick(
            ["700", "711", "722", "733", "747", "754", "769", "789", "824", "903", "941", "956"]
        )
        tail = f"{self.r.randint(0, 999999):06d}"
        return self.pick(
            [f"07{block} {tail}", f"+44 7{block} {tail}", f"+447{block}{tail}", f"07{block}{tail}"]
        )

    def begin(self):
        """Sets the scene of one message: the family's country, their camp venue, a partner."""
        self.region = "US" if self.r.random() < 0.55 else "UK"
        self.site = self.pick([v for v in VENUES if (v[2] != "") == (self.region == "US")])
        self.org = self.pick(ORGS)

    def us(self):
        # other people (a grandparent, a referee) live in the other country now and then
        return (self.region == "US") != (self.r.random() < 0.1)

    def mobile(self):
        return self.us_phone() if self.us() else self.uk_mobile()

    def state(self):
        return self.pick(US_STATES) if self.region == "US" else self.pick(["England", "Wales", "Scotland"])

    def currency(self):
        return "USD" if self.region == "US" else "GBP"

    def us_zip(self):
        z = f"{self.r.randint(1001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1, 9999):04d}"

    def postcode(self):
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{self.pick(UK_OUTWARD)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def any_zip(self):
        return self.us_zip() if self.region == "US" else self.postcode()

    def us_street(self):
        return f"{self.r.randint(100, 14999)} {self.pick(US_STREETS)}"

    def uk_street(self):
        n = self.r.randint(1, 180)
        return self.pick(
            [f"{n} {self.pick(UK_STREETS)}", f"Flat {self.r.randint(1, 12)}, {n} {self.pick(UK_STREETS)}"]
        )

    def any_street(self):
        return self.us_street() if self.region == "US" else self.uk_street()

    def any_city(self):
        return self.pick(US_CITIES if self.region == "US" else UK_CITIES)

    def child_dob(self):
        return self.date(2011, 2020)

    def adult_dob(self):
        return self.date(1968, 2007)

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 7)
            check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, d)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def ni_number(self):
        while True:
            p = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        s = self.pick("ABCD")
        return self.pick([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])

    def aba(self):
        while True:
            d = [int(c) for c in f"{self.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31]):02d}"]
            d += [self.r.randint(0, 9) for _ in range(6)]
            for last in range(10):
                ds = [*d, last]
                if (
                    3 * (ds[0] + ds[3] + ds[6]) + 7 * (ds[1] + ds[4] + ds[7]) + ds[2] + ds[5] + ds[8]
                ) % 10 == 0:
                    return "".join(map(str, ds))

    def sort_code(self):
        bank = self.pick([20, 40, 60, 30, 11, 16, 77, 83])
        return f"{bank}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def us_dl(self):
        return self.pick(
            [
                self.pick(string.ascii_uppercase) + self.digits(7),
                self.digits(8),
                self.digits(9),
                f"{self.pick('SMHGW')}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
            ]
        )

    def uk_dl(self):
        sur = "".join(c for c in self.last().upper() if c in string.ascii_uppercase)[:5].ljust(5, "9")
        y = self.r.randint(1968, 2006)
        month = self.r.randint(1, 12) + self.pick([0, 50])
        return (
            f"{sur}{str(y)[2]}{month:02d}{self.r.randint(1, 28):02d}{str(y)[3]}"
            f"{self.first()[0]}{self.pick(string.ascii_uppercase + '9')}9{self.pick(string.ascii_uppercase)}"
            f"{self.pick(string.ascii_uppercase)}"
        )

    def plate(self):
        up = string.ascii_uppercase
        three = "".join(self.pick(up) for _ in range(3))
        return self.pick(
            [
                f"{self.pick(up)}{self.pick(up)}{self.r.randint(10, 74)} {three}",
                f"{self.r.randint(1, 9)}{''.join(self.pick(up) for _ in range(3))}{self.r.randint(100, 999)}",
                f"{''.join(self.pick(up) for _ in range(3))}-{self.r.randint(1000, 9999)}",
            ]
        )

    def passport(self):
        return self.pick([self.digits(9), self.pick("ACEFHJKLMNPRTUX") + self.digits(8)])

    def stripe(self, prefix, n=24):
        return prefix + "".join(self.pick(ALNUM) for _ in range(n))

    def share_code(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
        s = "W" + "".join(self.pick(chars) for _ in range(8))
        return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.pick(ALNUM + "-_") for _ in range(70)) + "BwE"

    def fbclid(self):
        return "IwAR" + "".join(self.pick(ALNUM + "-_") for _ in range(57))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def camp(self):
        name, _, _ = self.pick(CAMPS)
        lo = self.r.randint(4, 10)
        return f"{name} (Ages {lo}-{lo + self.r.randint(2, 4)})"

    def sku(self):
        _, code, _ = self.pick(CAMPS)
        return f"BP-{self.region}-{code}-{self.pick(['W', 'HT', 'T'])}{self.r.randint(1, 10)}"

    def venue(self):
        return self.site

    def date24(self):
        return f"2024-{self.r.randint(6, 8):02d}-{self.r.randint(1, 28):02d}"


def P(*items):
    return G(lambda f: f.pick(items))


def C(value):
    return G(lambda f: value)


def B():
    return G(lambda f: f.pick([True, False]))


def N(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def M(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


class Opt:
    """A template present in about `p` of the messages."""

    def __init__(self, item, p=0.5):
        self.item, self.p = item, p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
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
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- contexts of the client libraries -------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Brightpath Camps | Summer camps & after-school clubs", "Home"),
    ("/camps", "Find a camp | Brightpath", "Camp Finder"),
    ("/camps/robotics-lab", "Robotics Lab | Brightpath", "Camp Details"),
    ("/checkout", "Checkout | Brightpath", "Checkout"),
    ("/account/children", "Your children | Brightpath", "Children"),
    ("/financial-aid", "Financial aid | Brightpath", "Financial Aid"),
    ("/careers/apply", "Work at camp | Brightpath", "Careers"),
]


def web_context(page):
    path, title, _ = page
    return {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.70.0", "next-1.72.1", "next-1.69.0")},
        "page": {
            "path": C(path),
            "referrer": P("", "https://www.google.com/", "https://www.facebook.com/", "https://mumsnet.com/"),
            "search": P("", "?utm_source=facebook&utm_medium=paid_social", "?week=3", "?age=8"),
            "title": C(title),
            "url": G(
                lambda f: (
                    f.pick(["https://www.brightpathcamps.com", "https://www.brightpathcamps.co.uk"]) + path
                )
            ),
        },
        "userAgent": P(*UAS),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P("Chromium", "Google Chrome", "Not-A.Brand"),
                        "version": P("124", "99", "123"),
                    },
                    3,
                ),
                "mobile": B(),
                "platform": P("macOS", "Windows", "Android"),
            },
            0.6,
        ),
        "locale": P("en-US", "en-GB", "es-US", "cy-GB"),
        "timezone": P("America/Chicago", "America/Denver", "America/New_York", "Europe/London"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": P("summer_2024_earlybird", "half_term_oct", "sibling_discount"),
                "source": P("facebook", "google", "newsletter", "instagram"),
                "medium": P("paid_social", "cpc", "email"),
                "term": Opt(P("summer camps near me", "coding camp for kids", "holiday club"), 0.5),
                "content": Opt(P("carousel_a", "video_15s", "hero_banner"), 0.5),
            },
            0.3,
        ),
    }


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Opt(Y(lambda f: f.last(), "name"), 0.7),
        "childrenCount": Opt(N(1, 4), 0.7),
    }


def swift_context():
    return {
        "app": {
            "name": C("Brightpath"),
            "version": P("6.4.0", "6.4.2", "6.5.0"),
            "build": P("6400", "6421", "6502"),
            "namespace": C("com.brightpathcamps.parent"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "adTrackingEnabled": B(),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("en-US", "en-GB"),
        "network": {"wifi": B(), "cellular": B()},
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430, 820), "height": P(844, 852, 932, 1180)},
        "timezone": P("America/New_York", "America/Chicago", "Europe/London"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": C("Brightpath"),
            "version": P("6.4.0", "6.5.0", "6.3.9"),
            "build": P("640012", "650003", "639020"),
            "namespace": C("com.brightpathcamps.parent"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "OnePlus", "motorola"),
            "model": P("SM-S918B", "Pixel 8", "CPH2449", "moto g54 5G"),
            "name": P("dm3q", "shiba", "OP5958L1", "cancunf"),
            "type": C("android"),
            "adTrackingEnabled": B(),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "locale": P("en-GB", "en-US", "es-US"),
        "network": {
            "wifi": B(),
            "cellular": B(),
            "bluetooth": B(),
            "carrier": P("EE", "Vodafone UK", "T-Mobile", "Verizon"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "height": P(2400, 2340, 2316), "width": P(1080, 1116)},
        "timezone": P("Europe/London", "America/Los_Angeles", "America/Chicago"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {f.pick(['Pixel 8', 'SM-S918B'])} "
                f"Build/{f.pick(['UQ1A.240205.004', 'UP1A.231005.007'])})"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(51.3, 53.6), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-3.3, 0.1), 6), "geolocation"),
                "city": Opt(Y(lambda f: f.pick(UK_CITIES), "city"), 0.5),
                "country": C("United Kingdom"),
                "speed": C(0),
            },
            0.3,
        ),
    }


def rn_context():
    return {
        "app": {
            "name": C("Brightpath Staff"),
            "version": P("2.8.1", "2.9.0", "2.9.3"),
            "build": P("281", "290", "293"),
            "namespace": C("com.brightpathcamps.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPhone13,2", "SM-A546B", "iPad12,1"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.1", "2.20.0")},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "14", "16.6")},
        "screen": {"width": P(390, 412, 810), "height": P(844, 915, 1080)},
        "network": {"wifi": B(), "cellular": B()},
        "locale": P("en-US", "en-GB"),
        "timezone": P("America/Chicago", "America/Denver", "Europe/London"),
        "traits": {
            "staffId": G(lambda f: "stf_" + f.digits(6)),
            "siteId": P(
                "site_aus_01", "site_den_02", "site_bkn_01", "site_lon_03", "site_bri_01", "site_cdf_01"
            ),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": C("Brightpath Staff"),
            "version": P("3.0.2", "3.1.0"),
            "build": P("302", "310", "311"),
            "namespace": C("com.brightpathcamps.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Google"),
            "model": P("iPad13,18", "SM-X200", "Pixel Tablet"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.4", "1.1.6")},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(820, 1340), "height": P(1180, 800)},
        "locale": P("en-US", "en-GB"),
        "timezone": P("America/Chicago", "Europe/London"),
        "network": {"wifi": C(True)},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.8.0", "3.7.1"],
    "analytics-csharp": ["2.3.4", "2.4.0"],
}


def server_context(lib):
    ctx: dict[str, Any] = {"library": {"name": C(lib), "version": P(*SERVER_VERSIONS[lib])}}
    if lib in ("@segment/analytics-node", "analytics-python", "analytics-php"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.6)
        ctx["userAgent"] = Opt(P(*UAS), 0.4)
    if lib in ("analytics-python", "analytics-ruby"):
        ctx["traits"] = Opt({"email": Y(lambda f: f.email(), "email")}, 0.5)
    if lib == "@segment/analytics-node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": C("email"),
                    "collection": C("users"),
                    "encoding": C("none"),
                },
                1,
            ),
            0.3,
        )
    if lib == "analytics-go":
        ctx["groupId"] = Opt(G(lambda f: "org_" + f.digits(5)), 0.5)
    return ctx


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
PARENT_APPS = ["web", "swift", "kotlin"]
STAFF_APPS = ["rn", "flutter"]
MOBILE = ["swift", "kotlin"]

# -- shared building blocks -----------------------------------------------------------------------------


def camp_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.sku()),
        "name": G(lambda f: f.camp()),
        "category": P("STEM", "Sports", "Arts", "Outdoor", "After-school"),
        "price": M(45, 690),
        "quantity": N(1, 2),
        "camper_id": G(lambda f: "chd_" + f.digits(7)),
        "camper_name": Y(lambda f: f.kid_full(), "name"),
        "camper_age": N(4, 15),
        "week": P("Week 1 (Jun 10-14)", "Week 3 (Jun 24-28)", "Week 6 (Jul 15-19)", "October half term"),
    }


def address_block(us_key="postal_code"):
    return {
        "line1": Y(lambda f: f.any_street(), "address|street"),
        "line2": Opt(
            Y(lambda f: f.pick(["Apt 4B", "Unit 12", "Flat 2", "Suite 300", "Apt 1107"]), "address|street"),
            0.4,
        ),
        "city": Y(lambda f: f.any_city(), "city"),
        "state": G(lambda f: f.state()),
        us_key: Y(lambda f: f.any_zip(), "zipcode"),
        "country": P("US", "GB"),
    }


# -- events: (kind, event or page/screen name, clients, body, weight) -------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # -- parent accounts ------------------------------------------------------------------------------
    (
        "identify",
        None,
        PARENT_APPS,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "address": {
                "street": Y(lambda f: f.any_street(), "street|address"),
                "city": Y(lambda f: f.any_city(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": Y(lambda f: f.any_zip(), "zipcode"),
                "country": P("US", "GB", "United States", "United Kingdom"),
            },
            "createdAt": G(lambda f: f.iso()),
            "accountType": P("parent", "guardian", "grandparent"),
            "childrenCount": N(1, 5),
            "preferredLanguage": P("en", "es", "cy"),
            "marketingOptIn": B(),
            "smsOptIn": B(),
            "emailVerified": B(),
            "phoneVerified": B(),
            "membershipNumber": G(lambda f: "BPM" + f.digits(7)),
            "region": P("US", "UK"),
        },
        4,
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.mobile(), "phone"),
            "HOME_CITY": Y(lambda f: f.any_city(), "city"),
            "POSTCODE": Y(lambda f: f.any_zip(), "zipcode"),
            "HOUSEHOLD_ID": G(lambda f: "hh_" + f.digits(8)),
            "LIFETIME_VALUE": M(0, 6000),
            "TOTAL_BOOKINGS": N(0, 30),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "ACQUISITION_CHANNEL": P("paid_social", "organic_search", "referral", "school_partner"),
            "IS_FINANCIAL_AID_RECIPIENT": B(),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": P("email", "google", "apple"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.mobile(), "phone"),
            "password": Opt(
                RED(
                    lambda f: f.pick(["Summer2024!", "mia&leo4ever", "Brightpath#1", "qwerty123!"]),
                    "password",
                ),
                0.3,
            ),
            "password_strength": P("weak", "fair", "strong"),
            "how_did_you_hear": P("Friend or family", "School newsletter", "Facebook", "Google", "Other"),
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.4),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.3),
            "_fbp": Opt(Y(lambda f: f.fbp(), "advertising id"), 0.5),
            "_fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.3),
            "accepted_terms": C(True),
        },
        2,
    ),
    (
        "track",
        "Magic Link Requested",
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "redirect_path": P("/account", "/checkout", "/account/children"),
            "requests_today": N(1, 4),
        },
        1,
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "token": RED(lambda f: "".join(f.pick(ALNUM) for _ in range(43)), "token"),
            "login_url": RED(
                lambda f: (
                    "https://www.brightpathcamps.com/auth/verify?t="
                    + "".join(f.pick(ALNUM) for _ in range(43))
                ),
                "token",
                True,
            ),
            "link_age_seconds": N(5, 3600),
            "expired": B(),
        },
        1,
    ),
    (
        "track",
        "Verification Code Submitted",
        MOBILE,
        {
            "verification_code": RED(lambda f: f.otp(), "token"),
            "channel": P("sms", "email"),
            "attempt": N(1, 3),
            "success": B(),
        },
        1,
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin", "@segment/analytics-node"],
        {},
        1,
    ),
    # -- browsing and booking (e-commerce spec) --------------------------------------------------------
    ("page", None, ["web"], {}, 6),
    (
        "screen",
        "Child Profile",
        MOBILE,
        {"child_id": G(lambda f: "chd_" + f.digits(7)), "tab": P("overview", "medical", "pickup", "photos")},
        2,
    ),
    (
        "screen",
        "Camp Details",
        MOBILE,
        {"product_id": G(lambda f: f.digits(6)), "source": P("search", "home_carousel", "push")},
        2,
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {"version": P("6.4.0", "6.5.0"), "build": P("6400", "650003"), "from_background": B()},
        2,
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": P("coding camp", "football", "half term club", "swimming lessons", "art camp ages 6"),
            "near": P("Austin, TX", "Denver", "Bristol", "South London", "Cardiff Bay", "78704", "BS1"),
            "radius_miles": P(5, 10, 25),
            "age": N(4, 15),
            "weeks": Many(P("2024-W24", "2024-W27", "2024-W30", "2024-W43"), 2),
            "results_count": N(0, 40),
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.sku()),
            "name": G(lambda f: f.camp()),
            "category": P("STEM", "Sports", "Arts", "Outdoor", "After-school"),
            "brand": C("Brightpath"),
            "price": M(45, 690),
            "currency": G(lambda f: f.currency()),
            "url": G(lambda f: f"https://www.brightpathcamps.com/camps/{f.digits(6)}"),
            "image_url": G(lambda f: f"https://cdn.brightpathcamps.com/camps/{f.hexid(10)}.webp"),
            "venue": {
                "name": G(lambda f: f.venue()[0]),
                "address": G(lambda f: f.venue()[3]),
                "city": G(lambda f: f.venue()[1]),
                "postal_code": G(lambda f: f.venue()[4]),
                "phone": G(lambda f: f.venue()[7]),
                "lat": G(lambda f: f.venue()[5]),
                "lng": G(lambda f: f.venue()[6]),
            },
            "start_date": G(lambda f: f.date24()),
            "age_min": N(4, 8),
            "age_max": N(9, 15),
            "age_band": P("4-6", "7-10", "11-14"),
            "spots_left": N(0, 24),
        },
        3,
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.sku()),
            "price": M(45, 690),
            "quantity": N(1, 2),
            "camper_id": G(lambda f: "chd_" + f.digits(7)),
            "camper_first_name": Y(lambda f: f.kid(), "name"),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "BP-" + f.digits(8)),
            "revenue": M(45, 2400),
            "discount": M(0, 120),
            "coupon": P("", "SIBLING10", "EARLYBIRD24", "STAFFKIDS"),
            "currency": G(lambda f: f.currency()),
            "products": Many(camp_product(), 3),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": C(3),
            "payment_method_type": P("card", "apple_pay", "google_pay", "ach_debit", "bacs_debit"),
            "payment_method_id": RED(lambda f: f.stripe("pm_"), "token"),
            "card_brand": P("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": N(1, 12),
            "card_exp_year": N(2024, 2031),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.any_zip(), "zipcode"),
            "save_card": B(),
        },
        2,
    ),
    (
        "track",
        "Payment Sheet Presented",
        MOBILE,
        {
            "payment_intent_client_secret": RED(
                lambda f: f"{f.stripe('pi_')}_secret_{f.stripe('', 25)}", "secret|token"
            ),
            "customer": G(lambda f: f.stripe("cus_", 14)),
            "amount": N(4500, 240000),
            "currency": G(lambda f: f.currency().lower()),
            "wallets": Many(P("apple_pay", "google_pay", "link"), 2),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "@segment/analytics-node"],
        {
            "order_id": G(lambda f: "BP-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: f"INV-{f.pick(['US', 'UK'])}-{f.digits(6)}"),
            "total": M(45, 2400),
            "subtotal": M(45, 2400),
            "tax": M(0, 80),
            "discount": M(0, 120),
            "coupon": P("", "SIBLING10", "EARLYBIRD24"),
            "currency": G(lambda f: f.currency()),
            "products": Many(camp_product(), 3),
            "billing_address": address_block(),
            "payer_email": Y(lambda f: f.email(), "email"),
            "installment_plan": P("none", "3_monthly", "weekly"),
            "childcare_voucher_provider": Opt(
                P("Edenred", "Sodexo", "Tax-Free Childcare", "Dependent Care FSA"), 0.3
            ),
            "is_first_booking": B(),
        },
        2,
    ),
    (
        "track",
        "Order Refunded",
        ["@segment/analytics-node", "analytics-python"],
        {
            "order_id": G(lambda f: "BP-" + f.digits(8)),
            "refund_amount": M(20, 690),
            "refund_reason": P("session_cancelled", "child_unwell", "moved_away", "duplicate_booking"),
            "refund_method": P("original_payment", "account_credit"),
        },
        1,
    ),
    (
        "track",
        "Uniform Item Added",
        ["web"],
        {
            "cart_id": G(lambda f: f.uuid()),
            "item": {
                "product_id": G(lambda f: f.digits(6)),
                "sku": G(
                    lambda f: (
                        f"BP-UNI-{f.pick(['TEE', 'HOOD', 'CAP', 'BTL'])}-{f.pick(['XS', 'S', 'M', 'L'])}"
                    )
                ),
                "name": P("Brightpath Camp Tee", "Brightpath Hoodie", "Sun Hat", "Water Bottle 500ml"),
                "gender": P("girls", "boys", "unisex"),
                "size": P("XS (4-5)", "S (6-7)", "M (8-9)", "L (10-12)", "One size"),
                "condition": P("new", "pre-loved", "like new"),
                "price": M(6, 35),
            },
        },
        1,
    ),
    (
        "track",
        "Subscription Started",
        ["swift"],
        {
            "product_id": P("com.brightpathcamps.plus.monthly", "com.brightpathcamps.plus.annual"),
            "transaction_id": G(lambda f: f.digits(16)),
            "original_transaction_id": G(lambda f: f.digits(16)),
            "app_account_token": G(lambda f: f.uuid()),
            "environment": P("Production", "Sandbox"),
            "price": P(4.99, 49.99, 3.99, 39.99),
            "currency": G(lambda f: f.currency()),
            "is_trial": B(),
        },
        1,
    ),
    # -- payments, servers and vendors -------------------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        ["@segment/analytics-node"],
        {
            "payment_intent": G(lambda f: f.stripe("pi_")),
            "charge": G(lambda f: f.stripe("ch_")),
            "customer": G(lambda f: f.stripe("cus_", 14)),
            "amount": N(4500, 240000),
            "currency": G(lambda f: f.currency().lower()),
            "payment_method": RED(lambda f: f.stripe("pm_"), "token"),
            "payment_method_details": {
                "type": C("card"),
                "card": {
                    "brand": P("visa", "mastercard", "amex", "discover"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": N(1, 12),
                    "exp_year": N(2024, 2031),
                    "funding": P("credit", "debit"),
                    "country": P("US", "GB"),
                },
            },
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Opt(Y(lambda f: f.mobile(), "phone"), 0.6),
                "address": address_block(),
            },
            "receipt_email": Y(lambda f: f.email(), "email"),
            "statement_descriptor": P("BRIGHTPATH CAMPS", "BRIGHTPATH* SUMMER"),
            "livemode": C(True),
        },
        2,
    ),
    (
        "track",
        "Payment Failed",
        ["analytics-go"],
        {
            "payment_intent": G(lambda f: f.stripe("pi_")),
            "decline_code": P("insufficient_funds", "do_not_honor", "expired_card", "card_velocity_exceeded"),
            "failure_message": P(
                "Your card has insufficient funds.", "Your card was declined.", "Your card has expired."
            ),
            "amount": N(4500, 240000),
            "attempt": N(1, 4),
            "card_last4": G(lambda f: f.digits(4)),
            "card_country": P("US", "GB"),
            "will_retry": B(),
        },
        1,
    ),
    (
        "track",
        "Bank Account Added",
        ["web"],
        {
            "institution_name": P(
                "Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union", "Ally Bank"
            ),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_type": P("checking", "savings"),
            "account_holder_type": C("individual"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "verification_method": P("instant", "microdeposits"),
        },
        1,
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["analytics-csharp"],
        {
            "MandateId": G(lambda f: "MD000" + f.hexid(9).upper()),
            "CustomerId": G(lambda f: "CU000" + f.hexid(9).upper()),
            "Scheme": C("bacs"),
            "SortCode": G(lambda f: f.sort_code()),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            "Iban": Opt(RED(lambda f: f.iban("GB"), "bank account"), 0.4),
            "Reference": G(lambda f: "BRIGHTPATH-" + f.digits(6)),
            "FirstChargeDate": G(lambda f: f.date24()),
            "MonthlyAmount": M(40, 400),
        },
        1,
    ),
    (
        "track",
        "Manual Payment Recorded",
        ["analytics-csharp"],
        {
            "PaymentId": G(lambda f: f.uuid()),
            "OrderId": G(lambda f: "BP-" + f.digits(8)),
            "Channel": P("phone", "front_desk"),
            "Amount": M(45, 1200),
            "Currency": G(lambda f: f.currency()),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "CardholderName": Y(lambda f: f.full_name(), "name"),
            "TakenByStaffId": G(lambda f: "stf_" + f.digits(6)),
            "ReceiptSent": B(),
        },
        1,
    ),
    (
        "track",
        "Financial Aid Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "FA-" + f.digits(6)),
            "household_income": Y(lambda f: f.r.randrange(12000, 90000, 500), "salary"),
            "income_period": P("annual", "monthly"),
            "household_size": N(2, 8),
            "children_applying": N(1, 4),
            "employment_status": P("employed", "self-employed", "unemployed", "student"),
            "parent_employer": P("Target", "NHS Trust", "H-E-B", "Tesco", "Austin ISD", "self"),
            "parent_job_title": P("Nurse", "Warehouse associate", "Teacher", "Bus driver", "Cleaner"),
            "requested_discount_pct": P(25, 50, 75, 100),
            "statement": P(
                "Our hours were reduced this year and camp is how we cover childcare.",
                "Single income household, would love help with two weeks.",
                "We received aid last year and it made a huge difference.",
                "Rent went up and summer childcare is out of reach without support.",
            ),
            "documents_uploaded": N(0, 4),
            "tax_return_uploaded": B(),
        },
        1,
    ),
    (
        "track",
        "Tax Statement Downloaded",
        ["web", "analytics-ruby"],
        {
            "tax_year": P(2022, 2023),
            "provider_ein": C("84-3120557"),
            "total_paid": M(200, 4800),
            "taxpayer_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "format": P("pdf", "csv"),
            "dependent_care_fsa": B(),
        },
        1,
    ),
    # -- children, medical forms -----------------------------------------------------------------------
    (
        "track",
        "Child Added",
        PARENT_APPS,
        {
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "child_first_name": Y(lambda f: f.kid(), "name"),
            "child_last_name": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
            "age": N(4, 15),
            "grade": P("K", "1st", "3rd", "5th", "Year 2", "Year 5", "Year 7"),
            "school_name": P(
                "Zilker Elementary",
                "PS 321 William Penn",
                "St Mary's CofE Primary",
                "Ysgol Gymraeg Treganna",
                "Cherry Creek Academy",
            ),
            "gender": Y(lambda f: f.pick(["girl", "boy", "non-binary", "prefer not to say"]), "gender"),
            "pronouns": Opt(Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"), 0.5),
            "tshirt_size": P("YS", "YM", "YL", "AS"),
            "swim_level": P("non-swimmer", "beginner", "confident", "strong"),
            "medical_form_complete": B(),
            "photo_consent": B(),
        },
        2,
    ),
    (
        "track",
        "Medical Form Submitted",
        ["web", "analytics-java"],
        {
            "form_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "form_version": P("2024.2", "2024.3"),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "tree nuts", "penicillin", "bee stings", "latex", "eggs"]),
                    "allergy",
                ),
                2,
            ),
            "allergy_severity": Y(lambda f: f.pick(["mild", "moderate", "severe (anaphylaxis)"]), "allergy"),
            "has_epipen": Y(lambda f: f.pick([True, False]), "allergy"),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["asthma", "type 1 diabetes", "epilepsy", "eczema", "ADHD", "migraines"]
                    ),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                {
                    "name": Y(
                        lambda f: f.pick(
                            [
                                "albuterol inhaler",
                                "cetirizine",
                                "methylphenidate",
                                "insulin lispro",
                                "levetiracetam",
                            ]
                        ),
                        "medication",
                    ),
                    "dose": Y(
                        lambda f: f.pick(
                            [
                                "2 puffs as needed",
                                "5 mg daily",
                                "10 mg at 8am",
                                "per sliding scale",
                                "250 mg twice daily",
                            ]
                        ),
                        "medication",
                    ),
                    "given_at_camp": B(),
                    "rx_number": Opt(Y(lambda f: "RX" + f.digits(7), "medication"), 0.5),
                },
                2,
            ),
            "dietary_requirements": Y(
                lambda f: f.pick(["vegetarian", "halal", "kosher", "gluten free", "nut free", "no pork"]),
                "religion|allergy",
            ),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "additional_needs": RED(
                lambda f: f.pick(
                    [
                        "Autistic, uses ear defenders in loud spaces",
                        "ADHD - benefits from movement breaks",
                        "Hearing impaired (left ear), sits near the front",
                        "Dyslexia",
                        "Cerebral palsy, uses a walker",
                    ]
                ),
                "disability",
            ),
            "physician": {
                "name": Y(lambda f: "Dr. " + f.full_name(), "name"),
                "practice": P(
                    "Austin Regional Clinic",
                    "Children's Health Pediatrics",
                    "Park Slope Pediatrics",
                    "Kaiser Permanente",
                ),
                "phone": P("(512) 555-0198", "(718) 555-0147", "(303) 555-0111", "(214) 555-0155"),
            },
            "insurance": {
                "provider": P(
                    "Blue Cross Blue Shield of Texas", "Aetna", "UnitedHealthcare", "Kaiser", "Medicaid"
                ),
                "member_id": Y(lambda f: f.pick(["XZH", "W", "ZGP", "U"]) + f.digits(9), "identification"),
                "group_number": G(lambda f: f.digits(6)),
                "policy_holder": Y(lambda f: f.full_name(), "name"),
                "medicaid_id": Opt(RED(lambda f: f.digits(9), "health id"), 0.3),
            },
            "consent_emergency_treatment": C(True),
            "consent_otc_meds": B(),
            "signed_by": Y(lambda f: f.full_name(), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Health Form Completed",
        ["kotlin", "swift"],
        {
            "childId": G(lambda f: "chd_" + f.digits(7)),
            "nhsNumber": RED(lambda f: f.nhs(), "health id"),
            "gpName": Y(lambda f: "Dr " + f.last(), "name"),
            "gpSurgery": P(
                "Clapham Park Group Practice",
                "Whiteladies Medical Group",
                "Cathays Surgery",
                "Lordship Lane Surgery",
            ),
            "gpPhone": P("020 7411 6866", "0117 973 1201", "029 2022 0878", "020 8693 4704"),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "tree nuts", "penicillin", "bee stings", "latex", "eggs"]),
                    "allergy",
                ),
                2,
            ),
            "medicalConditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "eczema", "coeliac disease", "epilepsy", "hay fever"]),
                    "condition",
                ),
                2,
            ),
            "sendNeeds": Opt(
                RED(
                    lambda f: f.pick(
                        ["Autism (EHCP in place)", "Dyspraxia", "Visual impairment", "Down syndrome"]
                    ),
                    "disability",
                ),
                0.5,
            ),
            "calpolConsent": B(),
            "suncreamConsent": B(),
            "inhalerInBag": Y(lambda f: f.pick([True, False]), "condition"),
            "swimmingConfidence": P("none", "with armbands", "25m", "50m+"),
            "updatedAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "All About Me Submitted",
        ["web", "swift"],
        {
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "nickname": Y(lambda f: f.pick(["Mimi", "Bear", "Jojo", "Santi", "Lulu", "Teddy"]), "name"),
            "best_friend_name": Opt(Y(lambda f: f.kid_full(), "name"), 0.6),
            "favourite_activity": P("swimming", "arts and crafts", "football", "coding", "drama"),
            "pet_name": Opt(P("Biscuit", "Luna", "Mr Whiskers", "Pepper", "Nala"), 0.6),
            "pet_type": Opt(P("dog", "cat", "rabbit", "hamster"), 0.6),
            "worries": P("first time away from home", "deep water", "making friends", "none"),
            "home_language": P("English", "Spanish", "Welsh", "Polish", "Urdu", "Yoruba"),
            "passport_stamps": N(0, 12),
        },
        1,
    ),
    (
        "track",
        "Demographics Survey Completed",
        ["web"],
        {
            "respondent": C("parent"),
            "race": Y(
                lambda f: f.pick(
                    ["Black or African American", "White", "Asian", "Two or more races", "Prefer not to say"]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "household_languages": Many(P("English", "Spanish", "Vietnamese", "Mandarin"), 2),
            "military_family": RED(lambda f: f.pick([True, False]), "veteran"),
            "completion_seconds": N(30, 400),
        },
        1,
    ),
    (
        "track",
        "Inscripción Completada",
        ["web"],
        {
            "nombre_del_nino": Y(lambda f: f.kid(), "name"),
            "apellidos": Y(
                lambda f: f.pick(["Hernández", "Ramírez", "Mendoza", "Rodríguez"]) + " " + f.last(), "name"
            ),
            "fecha_de_nacimiento": Y(lambda f: f.child_dob(), "birthdate"),
            "nombre_del_padre_o_tutor": Y(lambda f: f.full_name(), "name"),
            "telefono": Y(lambda f: f.us_phone(), "phone"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "direccion": Y(lambda f: f"{f.us_street()}, {f.pick(US_CITIES)}, {f.pick(US_STATES)}", "address"),
            "alergias": Y(lambda f: f.pick(["cacahuates", "penicilina", "mariscos", "polen"]), "allergy"),
            "medicamentos": Y(
                lambda f: f.pick(["inhalador de albuterol", "loratadina", "amoxicilina"]), "medication"
            ),
            "escuela": P("Zilker Elementary", "Sanchez Elementary", "Travis Heights Elementary"),
            "grado": P("kínder", "2º", "4º", "6º"),
            "idioma_preferido": P("español", "inglés"),
            "talla_de_camiseta": P("CH", "M", "G"),
            "sesion": P("Semana 1", "Semana 2", "Semana 5"),
        },
        1,
    ),
    (
        "track",
        "Cofrestriad Wedi'i Gyflwyno",
        ["web"],
        {
            "enw_cyntaf": Y(lambda f: f.pick(["Carys", "Dylan", "Gwen", "Osian", "Elin", "Mabli"]), "name"),
            "cyfenw": Y(lambda f: f.pick(["Jones", "Llewellyn", "Evans", "ap Rhys", "Pritchard"]), "name"),
            "dyddiad_geni": Y(lambda f: f.child_dob(), "birthdate"),
            "enw_rhiant": Y(lambda f: f.full_name(), "name"),
            "rhif_ffon": Y(lambda f: f.uk_mobile(), "phone"),
            "e_bost": Y(lambda f: f.email(), "email"),
            "cod_post": Y(
                lambda f: (
                    f"CF{f.r.randint(3, 24)} {f.r.randint(1, 9)}{f.pick('ABDEFHJLNPRTW')}{f.pick('AEHLNTW')}"
                ),
                "zipcode",
            ),
            "alergeddau": Y(lambda f: f.pick(["cnau", "llaeth", "penisilin", "wyau"]), "allergy"),
            "ysgol": P("Ysgol Gymraeg Treganna", "Ysgol Pen y Pil", "Ysgol Glan Ceubal"),
            "blwyddyn_ysgol": P("Blwyddyn 2", "Blwyddyn 4", "Blwyddyn 6"),
            "iaith_y_cartref": P("Cymraeg", "Saesneg", "Dwyieithog"),
            "caniatad_lluniau": B(),
        },
        1,
    ),
    # -- pickup, check-out, photos -------------------------------------------------------------------
    (
        "track",
        "Pickup Person Added",
        PARENT_APPS,
        {
            "pickup_person_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "relationship": P("grandparent", "aunt", "uncle", "nanny", "neighbour", "older sibling"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "photo_url": Opt(
                Y(lambda f: f"https://uploads.brightpathcamps.com/pickup/{f.uuid()}.jpg", "photo"), 0.6
            ),
            "photo_id_type": P("driving licence", "passport", "state ID"),
            "pickup_password": RED(
                lambda f: f.pick(["bluebird", "pancakes42", "Rosie", "tacoTuesday", "moonbeam"]), "password"
            ),
            "allowed_days": Many(P("Mon", "Tue", "Wed", "Thu", "Fri"), 5),
            "is_emergency_contact": B(),
            "pickup_people_count": N(1, 6),
        },
        2,
    ),
    (
        "track",
        "Emergency Contact Updated",
        PARENT_APPS,
        {
            "contact_index": N(1, 3),
            "contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": P("mother", "father", "grandmother", "family friend", "step-parent"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "alt_phone": Opt(Y(lambda f: f.mobile(), "phone"), 0.5),
                "email": Opt(Y(lambda f: f.email(), "email"), 0.6),
                "lives_with_child": B(),
            },
            "emergency_contacts_count": N(1, 4),
        },
        2,
    ),
    (
        "track",
        "Pickup Check-In",
        MOBILE,
        {
            "site_id": P("site_aus_01", "site_den_02", "site_bkn_01", "site_lon_03", "site_bri_01"),
            "trigger": P("geofence_enter", "manual", "qr_scan"),
            "eta_minutes": N(0, 25),
            "latitude": Y(lambda f: round(f.r.uniform(30.1, 51.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-104.9, -0.1), 6), "geolocation"),
            "accuracy_m": N(5, 65),
            "site_lat": G(lambda f: f.venue()[5]),
            "site_lng": G(lambda f: f.venue()[6]),
        },
        2,
    ),
    (
        "track",
        "Child Checked Out",
        STAFF_APPS,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "site_id": P("site_aus_01", "site_den_02", "site_bkn_01", "site_lon_03", "site_bri_01"),
            "collected_by": Y(lambda f: f.full_name(), "name"),
            "collected_by_relationship": P("mother", "father", "grandparent", "nanny", "authorised adult"),
            "id_verified": B(),
            "password_verified": B(),
            "checked_out_at": G(lambda f: f.iso()),
            "late_minutes": N(0, 45),
            "late_fee": P(0, 0, 5, 10, 15),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Collected by grandma {f.full_name()}, ID checked",
                        f"{f.full_name()} (nanny) collected, on approved list",
                        f"Dad running late, {f.first()} {f.last()} picked up instead",
                        f"Sibling {f.kid_full()} collected with them",
                    ]
                ),
                "name",
                True,
            ),
        },
        3,
    ),
    (
        "track",
        "Photo Consent Updated",
        PARENT_APPS,
        {
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "photo_consent": B(),
            "consent_scope": Many(P("internal_gallery", "website", "social_media", "printed_brochure"), 3),
            "consent_given_by": Y(lambda f: f.full_name(), "name"),
            "consented_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Photos Uploaded",
        STAFF_APPS,
        {
            "album_id": G(lambda f: "alb_" + f.digits(6)),
            "session_sku": G(lambda f: f.sku()),
            "photo_count": N(1, 40),
            "media": Many(
                {
                    "url": Y(
                        lambda f: f"https://photos.brightpathcamps.com/{f.digits(6)}/{f.hexid(16)}.jpg",
                        "photo",
                        True,
                    ),
                    "width": P(4032, 3024, 1920),
                    "height": P(3024, 4032, 1080),
                    "content_type": P("image/jpeg", "image/heic"),
                    "sha256": G(lambda f: f.hexid(64)),
                },
                3,
            ),
            "tagged_children": Many(
                {
                    "child_id": G(lambda f: "chd_" + f.digits(7)),
                    "display_name": Y(lambda f: f"{f.kid()} {f.last()[0]}.", "name"),
                },
                3,
            ),
            "photographer_staff_id": G(lambda f: "stf_" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Name Badge Printed",
        STAFF_APPS,
        {
            "label": Y(lambda f: f"{f.kid()} {f.last()}", "name", True),
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "template": P("lanyard_v2", "sticker_small"),
            "printer": P("Brother QL-820NWB", "DYMO LabelWriter 550"),
            "allergy_alert": Y(lambda f: f.pick([True, False]), "allergy"),
            "group_colour": P("red", "blue", "green", "yellow"),
        },
        1,
    ),
    # -- staff app: incidents and medication -----------------------------------------------------------
    (
        "track",
        "Incident Reported",
        STAFF_APPS,
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "incident_type": P("injury", "illness", "behaviour", "lost property"),
            "severity": P("minor", "moderate", "serious"),
            "occurred_at": G(lambda f: f.iso()),
            "location": P("Swimming pool", "Field 2", "Climbing wall", "Dining hall", "Art room"),
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "child_name": Y(lambda f: f.kid_full(), "name"),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "Grazed knee after fall on path",
                        "Bee sting to left forearm",
                        "Nosebleed",
                        "Bumped head on climbing frame",
                        "Twisted ankle during football",
                        "Felt sick after lunch, vomited",
                    ]
                ),
                "condition",
            ),
            "first_aid_given": Y(
                lambda f: f.pick(
                    [
                        "Cleaned and plaster applied",
                        "Ice pack for 10 min",
                        "Antihistamine given per care plan",
                        "Rest and observation",
                        "Cold compress",
                    ]
                ),
                "procedure",
            ),
            "reported_by": Y(lambda f: f.full_name(), "name"),
            "reported_by_staff_id": G(lambda f: "stf_" + f.digits(6)),
            "witnesses": Many(Y(lambda f: f.full_name(), "name"), 2),
            "parent_notified": B(),
            "parent_notified_at": G(lambda f: f.iso()),
            "follow_up_required": B(),
            "photos_attached": N(0, 3),
        },
        2,
    ),
    (
        "track",
        "Medication Administered",
        STAFF_APPS,
        {
            "child_id": G(lambda f: "chd_" + f.digits(7)),
            "medication": Y(
                lambda f: f.pick(
                    ["Calpol 5ml", "Salbutamol inhaler", "Cetirizine 5mg", "Insulin", "Piriton"]
                ),
                "medication",
            ),
            "dose": Y(lambda f: f.pick(["5 ml", "2 puffs", "5 mg", "4 units", "2.5 ml"]), "medication"),
            "reason": Y(
                lambda f: f.pick(
                    ["hay fever", "asthma symptoms", "headache", "high blood sugar", "allergic reaction"]
                ),
                "condition",
            ),
            "administered_at": G(lambda f: f.iso()),
            "administered_by": Y(lambda f: f.full_name(), "name"),
            "witnessed_by": Y(lambda f: f.full_name(), "name"),
            "staff_id": G(lambda f: "stf_" + f.digits(6)),
            "prescription_number": Opt(Y(lambda f: f.digits(8), "medication"), 0.5),
            "doses_today": N(1, 3),
        },
        2,
    ),
    # -- staff hiring and onboarding -----------------------------------------------------------------
    (
        "identify",
        None,
        ["@segment/analytics-node", "analytics-ruby"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "role": P("counselor", "senior counselor", "lifeguard", "site director", "nurse"),
            "title": P("Camp Counselor", "Lifeguard", "Site Director", "Camp Nurse (RN)"),
            "hourlyRate": Y(lambda f: f.pick([15.5, 17.0, 18.25, 11.44, 12.0, 22.0]), "salary"),
            "startDate": G(lambda f: f.date24()),
            "siteId": P("site_aus_01", "site_den_02", "site_lon_03"),
            "backgroundCheckStatus": P("pending", "in_progress", "complete", "expired"),
            "dbsCertificateNumber": Opt(Y(lambda f: "00" + f.digits(10), "certificate"), 0.4),
            "cprCertified": B(),
            "seasonsWorked": N(0, 6),
        },
        2,
    ),
    (
        "track",
        "Staff Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "position": P("Camp Counselor", "Lifeguard", "Kitchen Assistant", "Site Director"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.us_phone(), "phone"),
            "date_of_birth": Y(lambda f: f.adult_dob(), "birthdate"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "drivers_license_number": Y(lambda f: f.us_dl(), "license"),
            "drivers_license_state": P(*US_STATES),
            "authorized_to_work_in_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "lifeguard_cert_number": Opt(Y(lambda f: "ARC-" + f.digits(8), "certificate"), 0.5),
            "expected_hourly_rate": Y(lambda f: f.pick([15, 16.5, 18, 20, 25]), "salary"),
            "convictions_disclosed": Y(lambda f: f.pick([True, False]), "criminal record"),
            "previous_employer": P("YMCA", "Camp Mystic", "Chick-fil-A", "Target", "none"),
            "references": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.us_phone(), "phone"),
                    "email": Opt(Y(lambda f: f.email(), "email"), 0.6),
                    "relationship": P("former manager", "teacher", "coach", "pastor"),
                },
                3,
            ),
            "veteran_status": RED(
                lambda f: f.pick(["protected veteran", "not a veteran", "I don't wish to answer"]), "veteran"
            ),
            "disability_status": RED(
                lambda f: f.pick(
                    ["Yes, I have a disability", "No, I do not have a disability", "I do not wish to answer"]
                ),
                "disability",
            ),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "decline"]), "gender"),
            "resume_pages": N(1, 3),
        },
        1,
    ),
    (
        "track",
        "Staff Onboarding Completed",
        ["analytics-csharp"],
        {
            "StaffId": G(lambda f: "stf_" + f.digits(6)),
            "Forename": Y(lambda f: f.first(), "name"),
            "Surname": Y(lambda f: f.last(), "name"),
            "DateOfBirth": Y(lambda f: f.adult_dob(), "birthdate"),
            "Postcode": Y(lambda f: f.postcode(), "zipcode"),
            "NationalInsuranceNumber": RED(lambda f: f.ni_number(), "national id"),
            "PassportNumber": Opt(RED(lambda f: f.digits(9), "passport"), 0.6),
            "PassportExpiry": Opt(G(lambda f: f.date(2025, 2034)), 0.6),
            "RightToWorkDocument": RED(
                lambda f: f.pick(
                    ["British passport", "Irish passport", "BRP - Student", "EU Settled Status"]
                ),
                "visa",
            ),
            "ShareCode": Opt(RED(lambda f: f.share_code(), "visa"), 0.4),
            "DbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "DbsIssueDate": G(lambda f: f.date(2021, 2024)),
            "DbsUpdateService": B(),
            "DrivingLicenceNumber": Opt(Y(lambda f: f.uk_dl(), "license"), 0.5),
            "PayRate": Y(lambda f: f.pick([11.44, 12.0, 12.5, 13.15]), "salary"),
            "ContractType": P("Seasonal", "Zero hours", "Fixed term"),
            "JobTitle": P("Activity Leader", "Site Manager", "Play Worker", "Lifeguard"),
            "SiteName": P("Brightpath Clapham", "Brightpath Bristol Harbourside", "Brightpath Cardiff Bay"),
            "BankSortCode": G(lambda f: f.sort_code()),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "EmergencyContactName": Y(lambda f: f.full_name(), "name"),
            "EmergencyContactPhone": Y(lambda f: f.uk_mobile(), "phone"),
            "CompletedAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Background Check Updated",
        ["analytics-ruby"],
        {
            "type": P("report.created", "report.completed", "report.upgraded"),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "object": C("report"),
                    "status": P("pending", "complete", "suspended"),
                    "package": P("tasker_standard", "driver_pro", "basic_plus"),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "completed_at": G(lambda f: f.iso()),
                    "turnaround_time": N(3600, 400000),
                }
            },
            "candidate_email": Y(lambda f: f.email(), "email"),
            "staff_id": G(lambda f: "stf_" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Carpool Match Requested",
        MOBILE,
        {
            "home_postcode": Y(lambda f: f.any_zip(), "zipcode"),
            "site_id": P("site_aus_01", "site_den_02", "site_lon_03", "site_bri_01"),
            "seats_available": N(0, 4),
            "max_detour_miles": P(1, 2, 5),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": P("Honda Odyssey", "Toyota Sienna", "VW Touran", "Ford Galaxy", "Tesla Model Y"),
            "vehicle_colour": P("silver", "grey", "white", "blue"),
            "booster_seats": N(0, 2),
        },
        1,
    ),
    # -- messaging, support, admin -----------------------------------------------------------------------
    (
        "track",
        "SMS Received",
        ["analytics-php"],
        {
            "MessageSid": G(lambda f: f.sid("SM")),
            "AccountSid": C("AC4f9c2b7e0d1a3c5b6e8f7a9d0c1b2e3f"),
            "MessagingServiceSid": G(lambda f: f.sid("MG")),
            "From": Y(lambda f: f.phone("e164"), "phone"),
            "To": P("+15125550143", "+13035550176", "+17185550122"),
            "Body": P("YES", "Y", "STOP", "C", "HELP", "Confirmed", "yes thanks"),
            "FromCity": Y(lambda f: f.pick(["AUSTIN", "DENVER", "BROOKLYN", "ROUND ROCK", "AURORA"]), "city"),
            "FromState": P("TX", "CO", "NY"),
            "FromZip": Y(lambda f: f.pick(["78704", "80218", "11215", "78664", "78745", "80012"]), "zipcode"),
            "FromCountry": C("US"),
            "NumMedia": P("0", "0", "1"),
            "SmsStatus": C("received"),
            "ApiVersion": C("2010-04-01"),
        },
        2,
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["analytics-python"],
        {
            "to": Y(lambda f: f.pick([f.phone("e164"), "+447" + f.digits(9)]), "phone"),
            "from_number": P("+15125550143", "+13035550176", "+447700900461"),
            "template": P("pickup_reminder", "forms_due", "payment_due", "camp_tomorrow"),
            "segments": N(1, 3),
            "provider": C("twilio"),
            "message_sid": G(lambda f: f.sid("SM")),
        },
        2,
    ),
    (
        "track",
        "Email Delivered",
        ["@segment/analytics-node"],
        {
            "email_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.brightpathcamps.com>"),
            "recipient": Y(lambda f: f.email(), "email"),
            "from": P("no-reply@brightpathcamps.com", "hello@brightpathcamps.co.uk"),
            "reply_to": P("bookings@brightpathcamps.com", "support@brightpathcamps.co.uk"),
            "subject": P(
                "Your booking is confirmed",
                "Medical form due in 3 days",
                "What to pack for camp",
                "Your receipt",
            ),
            "template": P("booking_confirmation", "medical_form_reminder", "packing_list", "receipt"),
            "campaign_id": Opt(G(lambda f: f.digits(7)), 0.4),
            "opened": B(),
        },
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign": P("checkout_alert", "photo_album_ready", "incident_update"),
            "title": P("Checked out", "New photos", "A note from camp"),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"{f.kid()} was checked out by {f.full_name()} at 3:4{f.r.randint(0, 9)}pm",
                        f"New photos of {f.kid()} from Lake Adventure Week",
                        f"{f.kid()} had a minor bump today. {f.full_name()} will call you.",
                    ]
                ),
                "name",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Support Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": P("messenger", "in_app_chat"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, my mobile changed to {f.mobile()}, can you update it?",
                        f"Please call me back on {f.mobile()} about week 3",
                        f"Grandad will pick up today, his number is {f.us_phone()}",
                        f"Can't log in. Text me at {f.mobile()}",
                    ]
                ),
                "phone",
                True,
            ),
            "message_length": N(20, 300),
        },
        1,
    ),
    (
        "track",
        "Parent Searched",
        ["web"],
        {
            "q": Y(lambda f: f.email(), "email", True),
            "results": N(0, 3),
            "searched_by_staff_id": G(lambda f: "stf_" + f.digits(6)),
            "scope": P("parents", "all"),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": C("registration_v4"),
            "field": C("parent_mobile"),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "time_to_complete_ms": N(800, 20000),
            "autofilled": B(),
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web", "swift"],
        {
            "input": Y(lambda f: f.any_street()[: f.r.randint(9, 16)], "address", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": N(0, 5),
            "selected_index": N(0, 4),
            "provider": C("google_places"),
        },
        1,
    ),
    (
        "track",
        "Waiver Signed",
        ["@segment/analytics-node"],
        {
            "envelope_id": G(lambda f: f.uuid()),
            "waiver_type": P("activity_waiver_2024", "lake_activities", "transport_consent"),
            "signer_name": Y(lambda f: f.full_name(), "name"),
            "signer_email": Y(lambda f: f.email(), "email"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
            "document_sha256": G(lambda f: f.hexid(64)),
            "child_ids": Many(G(lambda f: "chd_" + f.digits(7)), 3),
        },
        1,
    ),
    (
        "track",
        "Waitlist Joined",
        ["analytics-php"],
        {
            "form-id": C("wf-waitlist-2024"),
            "parent-name": Y(lambda f: f.full_name(), "name"),
            "parent-email": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.mobile(), "phone"),
            "child-age": N(4, 14),
            "preferred-week": P("week-1", "week-4", "week-7", "any"),
            "camp-location": P("clapham", "bristol-harbourside", "austin-riverside", "cherry-creek"),
            "submitted-at": G(lambda f: f.iso()),
            "hear-about-us": P("instagram", "school", "friend"),
        },
        1,
    ),
    (
        "track",
        "Churn Risk Updated",
        ["analytics-python"],
        {
            "HOUSEHOLD_ID": G(lambda f: "hh_" + f.digits(8)),
            "PRIMARY_PARENT_EMAIL": Y(lambda f: f.email(), "email"),
            "ZIP_CODE": Y(lambda f: f.us_zip(), "zipcode"),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "CHILD_COUNT": N(1, 5),
            "LAST_SESSION_AT": G(lambda f: f.iso()),
            "SEGMENT": P("at_risk", "loyal", "new", "lapsed"),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        PARENT_APPS,
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "friend_email": Y(lambda f: f.email(), "email"),
            "friend_first_name": Opt(Y(lambda f: f.first(), "name"), 0.6),
            "channel": P("email", "whatsapp", "copy_link"),
            "reward_amount": P(20, 25, 30),
        },
        1,
    ),
    (
        "track",
        "Session Feedback Submitted",
        ["web", "swift", "kotlin"],
        {
            "session_sku": G(lambda f: f.sku()),
            "rating": N(1, 5),
            "nps": N(0, 10),
            "comment": P(
                "Best week of the summer!",
                "Pickup line was slow.",
                "Loved the lake day",
                "More outdoor time please",
                "Food could be better",
                "",
            ),
            "counselor_name": Opt(Y(lambda f: f.first(), "name"), 0.6),
            "would_recommend": B(),
        },
        1,
    ),
    # -- partners (group) ---------------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "analytics-go", "analytics-java"],
        {
            "name": G(lambda f: f.org[0]),
            "type": G(lambda f: f.org[1]),
            "industry": G(lambda f: f.org[2]),
            "website": G(lambda f: "https://www." + f.org[3]),
            "office_phone": G(lambda f: f.org[4]),
            "office_address": G(lambda f: f.org[5]),
            "billing_email": G(lambda f: f.org[6] + "@" + f.org[3]),
            "primary_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email(f.org[3]), "email"),
                "phone": Opt(Y(lambda f: f.mobile(), "phone"), 0.6),
                "title": P("Extended Day Coordinator", "Family Services Manager", "Office Manager"),
            },
            "seats": N(20, 800),
            "plan": P("partner_basic", "partner_plus"),
            "created_at": G(lambda f: f.iso()),
        },
        1,
    ),
]


# -- messages -------------------------------------------------------------------------------------------

SERVER_LIBS = set(SERVER_VERSIONS)


def context_for(client: str, page):
    if client in SERVER_LIBS:
        return server_context(client)
    return web_context(page) if client == "web" else CONTEXTS[client]()


def message(f: CampFake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    f.begin()
    page = f.pick(WEB_PAGES)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
    }
    msg["timestamp"] = f.iso()
    if client in SERVER_LIBS:
        msg["userId"] = "usr_" + f.digits(8)
    else:
        msg["anonymousId"] = f.uuid()
        if f.r.random() < 0.8:
            msg["userId"] = "usr_" + f.digits(8)
    if kind == "track":
        msg["event"] = name
        msg["properties"] = render(body, f, "properties", labels)
    elif kind == "identify":
        msg["traits"] = render(body, f, "traits", labels)
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(5)
        msg["traits"] = render(body, f, "traits", labels)
    elif kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = "usr_" + f.digits(8)
    elif kind == "page":
        path, title, msg["name"] = page
        page_body = {
            "path": G(lambda f: path),
            "url": G(lambda f: "https://www.brightpathcamps.com" + path),
            "title": G(lambda f: title),
            "referrer": P("", "https://www.google.com/", "https://www.brightpathcamps.com/"),
            "search": P("", "?age=7", "?week=2024-W27", "?utm_campaign=summer_2024_earlybird"),
            "category": P("marketing", "booking", "account"),
        }
        msg["properties"] = render(page_body, f, "properties", labels)
    elif kind == "screen":
        msg["name"] = name
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(context_for(client, page), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = CampFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=134, repeats=20)
    write(Path(__file__).parent, "holdout134_", events, labels)
