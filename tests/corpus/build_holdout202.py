"""Writes holdout202: tests/corpus/holdout202_events.jsonl and holdout202_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels; only build.py / fake.py (helpers) and build_holdout3.py (format) were read. Run
`.venv/bin/python -m tests.corpus.build_holdout202`; the output is deterministic (seed 202).

Domain: a prison visit-booking and inmate communications service ("Visitline") in the US, the UK
and Australia. Visitor registration with ID documents and background checks (SSN, driver's
licences, UK National Insurance numbers for the Help with Prison Visits scheme, Australian Medicare
cards as ID), visit scheduling, kiosk check-in and video visits, inmate trust accounts funded by
families (e-commerce spec events, Stripe-shaped charges, ACH / BSB / sort-code bank details, the
UK's send-money service), secure messaging with a content filter, phone time and a Twilio-shaped
call webhook, facility rules acknowledgements and visitor declarations, incident flags and visit
terminations, staff identities from a .NET roster, legacy SCREAMING_SNAKE rows from corrections
databases (NOMIS-like and a US OMS), a careers page with EEO self-identification, a Spanish
feedback survey and a kebab-case form webhook. Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter (lobby kiosk) and the python, node,
go, java, ruby, php and .NET server libraries; identify / track / page / screen / group / alias.

Conventions: mostly camelCase and snake_case keys; PascalCase from .NET and Twilio, kebab-case
from a form vendor, SCREAMING_SNAKE from the corrections databases, Spanish keys in one survey.
Values are region-consistent inside an event (a UK visitor gets a UK phone, postcode and prison
number), with names from many cultures, national phone formats, Luhn-valid cards, mod-97 IBANs,
SSA-structured SSNs, valid-prefix NI numbers, check-digit-valid Medicare numbers and ABA routing
numbers.

Labelling rules (Privacy Portal default colours):
- classification red / yellow / green; type = the reference's matcher name where one fits, else
  `national id`, `health id`, `bank account`, `token`, `advertising id`, `geolocation`, `ip`,
  `criminal record`; `a|b` when either is fair. value_only = the key does not say what the value
  is; a value_only PII path carries that PII in every one of its values (free text is labelled by
  what every value carries, green when none carries PII).
- Green: ids we or a processor issue (visit, order, charge, call and room SIDs, customer and claim
  numbers, staff employee numbers), timestamps, versions, hashes of files, amounts, enums,
  counters and booleans under PII-sounding keys (`emailVerified`, `ssnProvided`), facility /
  product / company / service-animal names, a facility's own phone, address, coordinates and role
  mailboxes, Twilio's `From` (our outbound number), card brand / last4 / expiry / BIN, ABA routing
  numbers, sort codes and BSBs, country / state / locale / timezone, ages, relationships,
  marital status, employers and job titles, OS-issued device ids, UUID session tokens.
- Policy applied as published: insurer-style member numbers `identification`; pay rates `salary`;
  plates `license`; gclid / fbclid / _fbp / _fbc `advertising id`; billing addresses `address`;
  trade-union membership `trade union`; payment-method tokens, one-time codes, magic-link tokens,
  video access tokens and Plaid access tokens red `token`; Medicare numbers red `health id`; ID
  document numbers red `national id|passport` (a generic ID-document number field); answers about
  the right to work or sponsorship red `visa`; veteran / disability answers red.
- Rules decided here (a careful privacy owner's call):
  * an inmate's / prisoner's number issued by the corrections agency (TDCJ or CDCR number, NY DIN,
    BOP register number, HMPPS prison number, NSW MIN, VIC CRN) is a government identifier of a
    person, not an id we issue: yellow `identification`. Internal database surrogate keys
    (OFFENDER_BOOK_ID, row ids) stay green like any numeric id.
  * a field that only holds a driver's licence number is yellow `license` (the reference's
    colour); a field holding any identity document's number is red `national id|passport|license`.
  * self-disclosed convictions, probation or parole status are yellow `criminal record`; incident
    and visit-outcome enums (contraband suspected, dress code) are operational: green.
  * Aboriginal and Torres Strait Islander status is yellow `ethnicity`; corrections-database
    race, sex and religion codes are PII of those categories.
  * housing units are wings / pods shared by many people, not a cell: green.
  * a kiosk's own MAC and LAN IP are the facility's devices, not a person's: green.
  * push-notification device tokens are red `token` (as in the main corpus).
  * an attorney's bar number is a professional licence: yellow `license`; a lone initial is green.
  * a visitor's pregnancy is yellow `condition`; a halal / kosher diet request yellow `religion`;
    a service animal brought to a visit reveals a disability: red `disability` (its name: green).
  * Persona-style identity webhooks, Twilio call webhooks and Stripe charges keep the vendor's own
    key shapes (kebab-case, PascalCase, snake_case) and are labelled like any other field.
  * staff members' work e-mails and direct phones are personal (yellow); a visits-booking role
    mailbox or switchboard number is the facility's (green).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and documents ---------------------------------------------------------------

FIRST = {
    "us": [
        "DeShawn",
        "Maria",
        "José",
        "Latoya",
        "Guadalupe",
        "Kevin",
        "Ashley",
        "Jamal",
        "Brittany",
        "Luis",
        "Keisha",
        "Hung",
        "Rosa",
        "Dmitri",
        "Aaliyah",
        "Carlos",
        "Tanisha",
        "Michael",
        "Ngozi",
        "Yesenia",
        "Darnell",
        "Imani",
        "Wei",
        "Shaniqua",
        "Tyler",
        "Esperanza",
        "Bao",
        "Nizhoni",
        "Patrick",
        "Fatoumata",
    ],
    "uk": [
        "Callum",
        "Siobhan",
        "Mohammed",
        "Chloe",
        "Kieran",
        "Amira",
        "Jordan",
        "Leanne",
        "Tomasz",
        "Priya",
        "Declan",
        "Shannon",
        "Bilal",
        "Niamh",
        "Kwabena",
        "Gemma",
        "Rhys",
        "Aisha",
        "Connor",
        "Agnieszka",
        "Tendai",
        "Harpreet",
        "Kayleigh",
        "Dylan",
    ],
    "au": [
        "Jaxon",
        "Kirra",
        "Tahlia",
        "Lachlan",
        "Mia",
        "Thi Hoa",
        "Cooper",
        "Jedda",
        "Marcus",
        "Georgia",
        "Ali",
        "Shane",
        "Latisha",
        "Dimitri",
        "Mei Ling",
        "Tane",
        "Brodie",
        "Ayesha",
        "Liam",
        "Yindi",
        "Sione",
        "Chelsea",
        "Bronwyn",
        "Khanh",
    ],
}
LAST = {
    "us": [
        "Washington",
        "Hernández",
        "Jackson",
        "Nguyen",
        "Martinez",
        "Johnson",
        "Williams",
        "Robinson",
        "Gonzalez",
        "Okonkwo",
        "Kowalczyk",
        "Begay",
        "Yazzie",
        "Thompson",
        "Ramirez",
        "Kim",
        "Rodriguez",
        "Brown",
        "Davis",
        "Flores",
        "Castillo",
        "O'Neal",
        "Abdullahi",
        "Pham",
        "Delgado",
        "Tsosie",
        "Greenberg",
        "Jean-Baptiste",
    ],
    "uk": [
        "Hughes",
        "McCarthy",
        "Hussain",
        "Begum",
        "Evans",
        "Kowalski",
        "Patel",
        "O'Connor",
        "Ahmed",
        "Campbell",
        "Walsh",
        "Davies",
        "Murphy",
        "Okoro",
        "Singh",
        "Price",
        "Nowak",
        "Clarke",
        "Ali",
        "MacLeod",
        "Mensah",
        "Bhatti",
        "Lloyd",
    ],
    "au": [
        "Walker",
        "Nguyen",
        "Smith",
        "Papadopoulos",
        "Haddad",
        "Tran",
        "Anderson",
        "Khoury",
        "Kelly",
        "Wilson",
        "Mundine",
        "Ngata",
        "Chen",
        "O'Brien",
        "Karagiannis",
        "Roberts",
        "Vu",
        "Tuilagi",
        "Simpson",
        "Farah",
        "Nakamura",
        "Mahmoud",
    ],
}
MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"],
}
PLACES = {
    "us": [
        ("Houston", "TX", "770"),
        ("Dallas", "TX", "752"),
        ("Los Angeles", "CA", "900"),
        ("Fresno", "CA", "937"),
        ("Miami", "FL", "331"),
        ("Jacksonville", "FL", "322"),
        ("Bronx", "NY", "104"),
        ("Buffalo", "NY", "142"),
        ("Philadelphia", "PA", "191"),
        ("Atlanta", "GA", "303"),
        ("Columbus", "OH", "432"),
        ("Gallup", "NM", "873"),
    ],
    "uk": [
        ("London", "England", "SW11"),
        ("Birmingham", "England", "B21"),
        ("Manchester", "England", "M14"),
        ("Leeds", "England", "LS8"),
        ("Cardiff", "Wales", "CF24"),
        ("Glasgow", "Scotland", "G31"),
        ("Bradford", "England", "BD7"),
        ("Belfast", "Northern Ireland", "BT12"),
    ],
    "au": [
        ("Parramatta", "NSW", "2150"),
        ("Blacktown", "NSW", "2148"),
        ("Dubbo", "NSW", "2830"),
        ("Footscray", "VIC", "3011"),
        ("Dandenong", "VIC", "3175"),
        ("Logan Central", "QLD", "4114"),
        ("Townsville", "QLD", "4810"),
        ("Mirrabooka", "WA", "6061"),
        ("Elizabeth", "SA", "5112"),
    ],
}
STREETS = {
    "us": [
        "W Jefferson Ave",
        "MLK Jr Blvd",
        "Cypress Creek Pkwy",
        "E 149th St",
        "Bellaire Blvd",
        "N Broad St",
        "Peachtree Rd NE",
        "Sunrise Hwy",
        "Alameda Ave",
        "Route 66",
    ],
    "uk": [
        "Victoria Road",
        "Stratford Road",
        "Lavender Hill",
        "Wilmslow Road",
        "Roundhay Road",
        "Cowbridge Road East",
        "Duke Street",
        "Falls Road",
        "Church Lane",
    ],
    "au": [
        "Church St",
        "Main St",
        "Barkly St",
        "Lonsdale St",
        "Kingston Rd",
        "Macquarie St",
        "Flinders Hwy",
        "Alexander Dr",
        "Main North Rd",
    ],
}
FACILITIES = {
    "us": [
        ("TDCJ", "Huntsville Unit", "Huntsville", "TX"),
        ("TDCJ", "Coffield Unit", "Tennessee Colony", "TX"),
        ("CDCR", "San Quentin Rehabilitation Center", "San Quentin", "CA"),
        ("FDC", "Lowell Correctional Institution", "Ocala", "FL"),
        ("DOCCS", "Sing Sing Correctional Facility", "Ossining", "NY"),
        ("PADOC", "SCI Phoenix", "Collegeville", "PA"),
        ("GDC", "Phillips State Prison", "Buford", "GA"),
        ("ODRC", "Marion Correctional Institution", "Marion", "OH"),
        ("BOP", "FCI Dublin", "Dublin", "CA"),
        ("HCSO", "Harris County Jail", "Houston", "TX"),
    ],
    "uk": [
        ("HMPPS", "HMP Wandsworth", "London", "WWI"),
        ("HMPPS", "HMP Birmingham", "Birmingham", "BMI"),
        ("HMPPS", "HMP Manchester", "Manchester", "MRI"),
        ("HMPPS", "HMP Berwyn", "Wrexham", "BWI"),
        ("HMPPS", "HMP Styal", "Wilmslow", "STI"),
        ("SPS", "HMP Barlinnie", "Glasgow", "BAR"),
        ("NIPS", "HMP Maghaberry", "Lisburn", "MAG"),
    ],
    "au": [
        ("CSNSW", "Silverwater Correctional Complex", "Silverwater", "NSW"),
        ("CSNSW", "Long Bay Correctional Complex", "Malabar", "NSW"),
        ("CV", "Port Phillip Prison", "Truganina", "VIC"),
        ("CV", "Dame Phyllis Frost Centre", "Ravenhall", "VIC"),
        ("QCS", "Brisbane Correctional Centre", "Wacol", "QLD"),
        ("DOJWA", "Hakea Prison", "Canning Vale", "WA"),
        ("DCS", "Yatala Labour Prison", "Northfield", "SA"),
    ],
}
LOCALES = {"us": ["en-US", "en-US", "es-US"], "uk": ["en-GB"], "au": ["en-AU"]}
TIMEZONES = {
    "us": ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"],
    "uk": ["Europe/London"],
    "au": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
}
ABA = ["021000021", "026009593", "121000248", "111000025", "071000013", "063100277"]
SORT_CODES = ["20-00-00", "40-11-62", "60-16-13", "30-94-57", "09-01-28", "83-91-43"]
BSBS = ["062-000", "032-001", "083-004", "013-006", "633-000", "484-799"]
MEDICATIONS = [
    "Insulin pen (NovoRapid)",
    "Salbutamol inhaler",
    "EpiPen 0.3mg",
    "Glyceryl trinitrate spray",
    "Metformin 500mg",
    "Sertraline 50mg",
    "Levothyroxine",
    "Buprenorphine film",
]
PACKAGES = [
    ("pkg_ph30", "PH-030", "30 Minute Phone Time", "phone_time", 15.0),
    ("pkg_ph60", "PH-060", "60 Minute Phone Time", "phone_time", 27.5),
    ("pkg_st20", "ST-020", "20 Message Stamps", "messaging", 8.0),
    ("pkg_vv30", "VV-030", "30 Min Video Visit Credit", "video", 9.99),
    ("pkg_cp01", "CP-HOL-01", "Care Package - Holiday Snacks", "commissary", 42.0),
    ("pkg_tm01", "TM-MUS-01", "Tablet Music Subscription (1 month)", "tablet", 12.99),
    ("pkg_cp02", "CP-HYG-02", "Care Package - Hygiene Essentials", "commissary", 35.5),
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = string.ascii_letters + string.digits
PLATE = "ABCDEFGHJKLMNPRSTVWXY"


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúñÁÉÍÓÚ", "aeiounAEIOU")
    return s.translate(table)


class P(Fake):
    """Fake with a region and an event-scoped cast (visitor, inmate, staff, facility)."""

    region = "us"

    def start(self, region: str) -> None:
        self.region = region
        self.v = self.person()
        self.kid = self.person(minor=True)
        self.i = self.person()
        self.staff = self.person()
        self.fac = self.pick(FACILITIES[region])

    def choose(self, key: str, items):
        """Pick and remember, so a later field of the same event can agree with it."""
        self.chosen = getattr(self, "chosen", {})
        self.chosen[key] = self.pick(items)
        return self.chosen[key]

    def person(self, minor=False) -> dict:
        reg = self.region
        first, last = self.pick(FIRST[reg]), self.pick(LAST[reg])
        city, state, zprefix = self.pick(PLACES[reg])
        return {
            "first": first,
            "last": last,
            "middle": self.pick(FIRST[reg]),
            "city": city,
            "state": state,
            "zprefix": zprefix,
            "dob": self.date(2008, 2020) if minor else self.date(1948, 2004),
            "email": self.mail(first, last),
            "phone": self.rphone(),
        }

    # names and contact details
    def full(self, p: dict) -> str:
        return f"{p['first']} {p['last']}"

    def mail(self, first: str, last: str) -> str:
        a = ascii_fold(first.lower().replace(" ", ""))
        b = ascii_fold(last.lower().replace("'", "").replace(" ", "").replace("-", ""))
        local = self.pick(
            [f"{a}.{b}", f"{a}{b}{self.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{self.r.randint(70, 99)}"]
        )
        return f"{local}@{self.pick(MAIL[self.region])}"

    def rphone(self) -> str:
        r, reg = self.r, self.region
        if reg == "us":
            return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))
        if reg == "uk":
            n = f"{r.randint(100, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"07{n[:3]} {n[3:]}",
                    f"+44 7{n[:3]} {n[3:]}",
                    f"+447{n}",
                    f"0121 496 {r.randint(1000, 9999)}",
                ]
            )
        n = f"{r.randint(10, 99)}{r.randint(100, 999)}{r.randint(100, 999)}"
        return self.pick(
            [
                f"04{n[:2]} {n[2:5]} {n[5:]}",
                f"+61 4{n[:2]} {n[2:5]} {n[5:]}",
                f"+614{n}",
                f"(02) 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )

    def e164(self) -> str:
        r = self.r
        return {
            "us": f"+1{r.randint(201, 989)}{r.randint(200, 999)}{r.randint(0, 9999):04d}",
            "uk": f"+447{r.randint(100, 999)}{r.randint(100000, 999999)}",
            "au": f"+614{r.randint(10, 99)}{r.randint(100000, 999999)}",
        }[self.region]

    # addresses
    def street_line(self, p: dict) -> str:
        n = self.r.randint(1, 9800)
        return f"{n} {self.pick(STREETS[self.region])}"

    def unit(self) -> str:
        return self.pick(
            [
                f"Apt {self.r.randint(1, 40)}{self.pick('ABCD')}",
                f"Unit {self.r.randint(1, 30)}",
                f"Flat {self.r.randint(1, 12)}",
            ]
        )

    def postcode(self, p: dict) -> str:
        r = self.r
        if self.region == "us":
            return f"{p['zprefix']}{r.randint(0, 99):02d}"
        if self.region == "uk":
            return f"{p['zprefix']} {r.randint(1, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return p["zprefix"]

    def full_address(self, p: dict) -> str:
        return f"{self.street_line(p)}, {p['city']} {p['state']} {self.postcode(p)}"

    # documents and numbers
    def inmate_no(self) -> str:
        r, agency = self.r, self.fac[0]
        if agency == "TDCJ":
            return f"0{r.randint(1000000, 2999999)}"
        if agency == "CDCR":
            return f"{self.pick('ABCDEFGHJK')}{self.pick('ABCDEFGHJK')}{r.randint(1000, 9999)}"
        if agency == "DOCCS":
            return f"{r.randint(15, 24)}{self.pick('ABRC')}{r.randint(1000, 9999)}"
        if agency == "BOP":
            return f"{r.randint(10000, 99999)}-{self.pick(['078', '112', '479', '298'])}"
        if agency in ("FDC", "GDC", "ODRC", "PADOC", "HCSO"):
            return f"{self.pick('AQRLMX')}{r.randint(10000, 999999)}"
        if self.region == "uk":
            L = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return f"{self.pick('AGB')}{r.randint(1000, 9999)}{self.pick(L)}{self.pick(L)}"
        if agency == "CV":
            return f"{r.randint(100000, 299999)}"
        return f"{r.randint(100000, 999999)}" if agency == "CSNSW" else f"{r.randint(10000, 99999)}"

    def nino(self) -> str:
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        suf = self.pick("ABCD")
        return self.pick([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])

    def medicare(self) -> str:
        digits = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        n = "".join(map(str, digits)) + str(check) + str(self.r.randint(1, 9))
        return self.pick([n, f"{n[:4]} {n[4:9]} {n[9]}"])

    def us_dl(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{self.pick('ABCDEFGNSTWY')}{r.randint(1000000, 9999999)}",
                f"{r.randint(10000000, 49999999)}",
                f"{self.pick('HMRS')}{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}"
                f"-{r.randint(100, 999)}-0",
                f"{r.randint(100000000, 999999999)}",
            ]
        )

    def uk_dl(self, p: dict) -> str:
        sur = ascii_fold(p["last"].upper().replace("'", "").replace(" ", "").replace("-", ""))[:5].ljust(
            5, "9"
        )
        y, m, d = p["dob"].split("-")
        month = int(m) + self.pick([0, 50])
        return f"{sur}{y[2]}{month:02d}{d}{y[3]}{p['first'][0].upper()}{self.letters(1)}9{self.letters(2)}"

    def au_dl(self) -> str:
        return str(self.r.randint(10000000, 999999999))

    def licence(self, p: dict) -> str:
        return {"us": self.us_dl, "uk": lambda: self.uk_dl(p), "au": self.au_dl}[self.region]()

    def passport(self) -> str:
        r = self.r
        return {
            "us": self.pick([f"{r.randint(500000000, 599999999)}", f"A{r.randint(10000000, 99999999)}"]),
            "uk": f"{r.randint(100000000, 599999999)}",
            "au": f"{self.pick(['PA', 'PB', 'N', 'RA'])}{r.randint(1000000, 9999999)}",
        }[self.region]

    def id_document(self, p: dict) -> str:
        kind = self.pick(["passport", "licence", "licence", "state"])
        if kind == "passport":
            return self.passport()
        if kind == "state" and self.region == "au":
            return self.medicare()
        if kind == "state":
            return self.licence(p)
        return self.licence(p)

    def letters(self, n: int, alphabet: str = string.ascii_uppercase) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def tok(self, prefix: str, n: int) -> str:
        return prefix + "".join(self.r.choice(ALNUM) for _ in range(n))

    def sid(self, prefix: str) -> str:
        return prefix + self.hexid(32)

    def gclid(self) -> str:
        return "Cj0KCQjw" + "".join(self.r.choice(ALNUM + "-_") for _ in range(80)) + "_BwE"

    def fbclid(self) -> str:
        return "IwAR" + "".join(self.r.choice(ALNUM + "-_") for _ in range(58))

    def bank_account(self) -> str:
        r = self.r
        return {
            "us": str(r.randint(10**8, 10**12)),
            "uk": f"{r.randint(10000000, 99999999)}",
            "au": str(r.randint(100000, 999999999)),
        }[self.region]

    def currency(self) -> str:
        return {"us": "USD", "uk": "GBP", "au": "AUD"}[self.region]

    # coordinates inside the event's country (a facility's or, under personal keys, a person's)
    def fac_lat(self) -> float:
        return {
            "us": round(self.r.uniform(26, 45), 5),
            "uk": round(self.r.uniform(50.5, 55.9), 5),
            "au": round(self.r.uniform(-38, -27), 5),
        }[self.region]

    def fac_lon(self) -> float:
        return {
            "us": round(self.r.uniform(-122, -74), 5),
            "uk": round(self.r.uniform(-4.3, 0.1), 5),
            "au": round(self.r.uniform(115, 153), 5),
        }[self.region]


def d(f):
    """The event's visitor."""
    return f.v


# -- contexts -----------------------------------------------------------------------------------

PAGES = {
    "/": "Visitline | Stay connected",
    "/find-an-inmate": "Find an inmate - Visitline",
    "/visits/schedule": "Schedule a visit - Visitline",
    "/account/deposit": "Add money - Visitline",
    "/register": "Create your visitor account - Visitline",
    "/rules": "Facility rules - Visitline",
    "/careers": "Careers at Visitline",
    "/help/contact": "Contact support - Visitline",
}


def web_ctx(f: P):
    page = f.pick(list(PAGES))
    host = {
        "us": "https://www.visitline.com",
        "uk": "https://www.visitline.co.uk",
        "au": "https://www.visitline.com.au",
    }
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.73.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.bing.com/",
                        "https://l.facebook.com/",
                        "https://www.tdcj.texas.gov/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=sms", "?step=2"])),
            "title": G(lambda f: PAGES[page]),
            "url": G(lambda f: host[f.region] + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS", "Chrome OS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["family_connect_q2", "holiday_deposits", "video_visits_launch", "brand"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "sms", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["inmate video visit", "send money to inmate", "prison visit booking", "jail phone calls"]
                )
            ),
            "content": G(lambda f: f.pick(["ad_a", "ad_b", "hero_cta", "footer_link"])),
        },
    }


def swift_ctx(f: P):
    return {
        "app": {
            "name": G(lambda f: "Visitline"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.visitline.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,5", "iPhone15,2", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.v["email"], "email"),
            "phone": Y(lambda f: f.v["phone"], "phone"),
        },
    }


def kotlin_ctx(f: P):
    return {
        "app": {
            "name": G(lambda f: "Visitline"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "641003", "650001"])),
            "namespace": G(lambda f: "com.visitline.family"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A155F", "Pixel 7a", "moto g play - 2023", "CPH2505"])),
            "name": G(lambda f: f.pick(["a15", "lynx", "fogos", "OP5A0BL1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "us": ["T-Mobile", "Verizon", "Boost Mobile"],
                        "uk": ["EE", "giffgaff", "Vodafone UK"],
                        "au": ["Telstra", "Optus", "Boost"],
                    }[f.region]
                )
            ),
            "bluetooth": G(lambda f: False),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.fac_lat(), "geolocation"),
            "longitude": Y(lambda f: f.fac_lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        },
    }


def rn_ctx(f: P):
    return {
        "app": {
            "name": G(lambda f: "Visitline"),
            "version": G(lambda f: f.pick(["7.0.3", "7.1.0", "7.1.2"])),
            "build": G(lambda f: f.pick(["703", "710", "712"])),
            "namespace": G(lambda f: "com.visitline.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U", "Pixel 6"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q", "oriole"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "traits": {
            "firstName": Y(lambda f: f.v["first"], "name"),
            "lastName": Y(lambda f: f.v["last"], "name"),
            "email": Y(lambda f: f.v["email"], "email"),
        },
    }


def flutter_ctx(f: P):
    return {
        "app": {
            "name": G(lambda f: "Visitline Lobby Kiosk"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "com.visitline.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Elo Touch", "Apple"])),
            "model": G(lambda f: f.pick(["SM-T505", "I-Series 4", "iPad13,18"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["13", "17.4", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1200, 1920, 2360])),
            "height": G(lambda f: f.pick([1920, 1080, 1640])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.2", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.4.0", "2.3.5", "2.4.1"]),
}


def server_ctx(name):
    def ctx(f: P):
        lib, versions = SERVER_LIBS[name]
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
        if name in ("node", "php", "ruby"):
            # the end user's request, forwarded by the backend
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if name in ("node", "python"):
            c["traits"] = {
                "email": Y(lambda f: f.v["email"], "email"),
                "phone": Y(lambda f: f.v["phone"], "phone"),
            }
        if name == "python":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.v["email"], "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if name == "java":
            c["groupId"] = G(lambda f: "fac_" + f.digits(4))
        return c

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "ios": swift_ctx,
    "android": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{name: server_ctx(name) for name in SERVER_LIBS},
}

ALL = ("us", "uk", "au")
MOBILE = ("ios", "android", "rn")

# -- shared templates ---------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.pick(PACKAGES)[0]),
        "sku": G(lambda f: f.pick(PACKAGES)[1]),
        "name": G(lambda f: f.pick(PACKAGES)[2]),
        "category": G(lambda f: f.pick(PACKAGES)[3]),
        "price": G(lambda f: f.pick(PACKAGES)[4]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def agency_mail(f: P) -> str:
    first = ascii_fold(f.staff["first"]).lower().replace(" ", "")[0]
    last = ascii_fold(f.staff["last"]).lower().replace("'", "").replace(" ", "").replace("-", "")
    return (
        first + last + {"us": "@tdcj.texas.gov", "uk": "@justice.gov.uk", "au": "@dcj.nsw.gov.au"}[f.region]
    )


def staff_mail(f: P) -> str:
    first = ascii_fold(f.staff["first"]).lower().replace(" ", "")
    last = ascii_fold(f.staff["last"]).lower().replace("'", "").replace(" ", "").replace("-", "")
    return f"{first}.{last}@visitline.com"


def minutes_text(f: P) -> str:
    return f.pick(
        [
            "Lockdown on the unit, visit moved to next week.",
            "Visitor arrived after the 15 minute grace period.",
            "Count not cleared in time; session cancelled.",
            "Inmate in medical, rebook requested.",
            "Facility closed for weather.",
            "Visitor requested cancellation by phone.",
        ]
    )


def narrative(f: P) -> str:
    v = f.full(f.v)
    return f.pick(
        [
            f"Visitor {v} was seen passing a folded item during the greeting; visit stopped by officer.",
            f"{v} refused the dress code change and became verbally abusive in the lobby.",
            f"K9 indicated on {v}'s locker. Visitor left before search.",
            f"Officer observed {v} and the resident exceeding contact rules twice after warning.",
            f"{v} appeared intoxicated at check-in; supervisor terminated the visit.",
        ]
    )


def flagged(f: P) -> str:
    ph = f.rphone()
    return f.pick(
        [
            f"call my cousin on {ph} tonight",
            f"tell mom to ring {ph}",
            f"new number is {ph} save it",
            f"{ph} thats Dre's line, add it",
            f"get jaylen to text {ph}",
        ]
    )


def resume_name(f: P) -> str:
    p = f.v
    first = ascii_fold(p["first"]).replace(" ", "_")
    last = ascii_fold(p["last"]).replace(" ", "_").replace("'", "")
    return f.pick(
        [
            f"{first}_{last}_CV.pdf",
            f"{first} {last} Resume.pdf",
            f"{last}-{first}-resume-2024.docx",
            f"CV {first} {last}.pdf",
        ]
    )


EVENTS = [
    # -- pages and screens ------------------------------------------------------------------------
    (
        "page",
        "Find an Inmate",
        ("web",),
        ALL,
        {
            "path": G(lambda f: "/find-an-inmate"),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.visitline.com/find-an-inmate",
                        "https://www.visitline.co.uk/find-an-inmate",
                        "https://www.visitline.com.au/find-an-inmate?state=nsw",
                    ]
                )
            ),
            "title": G(lambda f: "Find an inmate - Visitline"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.visitline.com/"])),
            "search": G(lambda f: f.pick(["", "?state=tx", "?state=nsw", "?prison=wwi"])),
        },
    ),
    (
        "page",
        "Schedule a Visit",
        ("web",),
        ALL,
        {
            "path": G(lambda f: "/visits/schedule"),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.visitline.com/visits/schedule",
                        "https://www.visitline.co.uk/visits/schedule",
                        "https://www.visitline.com.au/visits/schedule",
                    ]
                )
            ),
            "title": G(lambda f: "Schedule a visit - Visitline"),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.visitline.com/find-an-inmate", "https://www.visitline.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?facility=" + f.digits(4), "?type=video"])),
        },
    ),
    (
        "screen",
        "Visit Details",
        MOBILE,
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "status": G(lambda f: f.pick(["confirmed", "pending_approval", "cancelled", "completed"])),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Inbox",
        MOBILE,
        ALL,
        {
            "unreadCount": G(lambda f: f.r.randint(0, 14)),
            "conversationCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- registration, identity, background checks ------------------------------------------------
    (
        "identify",
        None,
        ("web", "ios", "android"),
        ALL,
        {
            "email": Y(lambda f: f.v["email"], "email"),
            "firstName": Y(lambda f: f.v["first"], "name"),
            "lastName": Y(lambda f: f.v["last"], "name"),
            "phone": Y(lambda f: f.v["phone"], "phone"),
            "middleName": Y(lambda f: f.v["middle"], "name"),
            "gender": Y(lambda f: f.pick(["female", "male", "female", "non-binary"]), "gender"),
            "birthday": Y(lambda f: f.v["dob"], "birthdate"),
            "address": {
                "street": Y(lambda f: f.street_line(f.v), "address|street"),
                "city": Y(lambda f: f.v["city"], "city"),
                "state": G(lambda f: f.v["state"]),
                "postalCode": Y(lambda f: f.postcode(f.v), "zipcode"),
                "country": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "vi", "ar"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "idVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "approvedContactsCount": G(lambda f: f.r.randint(0, 9)),
            "plan": G(lambda f: f.pick(["free", "connect_plus", "family_bundle"])),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "partnered", "divorced"])),
            "employer": G(
                lambda f: f.pick(["Walmart", "H-E-B", "Tesco", "Woolworths", "self-employed", "NHS Trust"])
            ),
        },
    ),
    (
        "track",
        "Visitor Account Created",
        ("web", "ios", "android", "rn"),
        ALL,
        {
            "accountId": G(lambda f: "acc_" + f.hexid(16)),
            "signupMethod": G(lambda f: f.pick(["email", "apple", "google", "phone"])),
            "referralSource": G(lambda f: f.pick(["facility_flyer", "search", "friend", "inmate_tablet"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "emailDomain": G(lambda f: f.v["email"].split("@")[1]),
        },
    ),
    (
        "track",
        "Background Check Submitted",
        ("python",),
        ("us",),
        {
            "check_id": G(lambda f: "chk_" + f.hexid(24)),
            "provider": G(lambda f: f.pick(["checkr", "sterling", "state_ncic_gateway"])),
            "package": G(lambda f: f.pick(["visitor_basic", "visitor_plus_mvr"])),
            "legal_first_name": Y(lambda f: f.v["first"], "name"),
            "legal_middle_name": Y(lambda f: f.v["middle"], "name"),
            "legal_last_name": Y(lambda f: f.v["last"], "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dob": Y(lambda f: f.v["dob"], "birthdate"),
            "drivers_license_number": Y(lambda f: f.us_dl(), "license"),
            "drivers_license_state": G(lambda f: f.v["state"]),
            "zipcode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "self_disclosed_felony": Y(lambda f: f.pick([True, False, False]), "criminal record"),
            "on_probation_or_parole": Y(lambda f: f.pick([True, False, False, False]), "criminal record"),
            "consent_given": G(lambda f: True),
            "ssn_provided": G(lambda f: True),
            "facility_state": G(lambda f: f.fac[3]),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ("python",),
        ("us", "au"),
        {
            "check_id": G(lambda f: "chk_" + f.hexid(24)),
            "status": G(lambda f: f.pick(["clear", "consider", "suspended", "pending_manual_review"])),
            "adjudication": G(lambda f: f.pick(["approved", "denied", "engaged"])),
            "turnaround_hours": G(lambda f: f.r.randint(1, 96)),
            "name_match_score": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "address_match": G(lambda f: f.pick(["full_match", "partial", "no_match"])),
            "reviewer_email": Y(
                lambda f: f.mail(f.staff["first"], f.staff["last"]).split("@")[0] + "@visitline.com", "email"
            ),
            "records_found_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        ("ios", "rn", "android"),
        ALL,
        {
            "documentType": G(
                lambda f: f.pick(["passport", "drivers_license", "state_id", "proof_of_age_card"])
            ),
            "issuingCountry": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
            "documentNumber": RED(lambda f: f.id_document(f.v), "national id|passport|license"),
            "expiryDate": G(lambda f: f.date(2025, 2034)),
            "frontImageUrl": Y(
                lambda f: "https://id-uploads.visitline.com/v1/" + f.uuid() + "/front.jpg", "photo"
            ),
            "selfieUrl": Y(
                lambda f: "https://id-uploads.visitline.com/v1/" + f.uuid() + "/selfie.jpg", "photo"
            ),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "livenessPassed": G(lambda f: f.pick([True, False])),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 2)),
            "uploadMs": G(lambda f: f.r.randint(400, 9000)),
        },
    ),
    (
        "track",
        "Visitor Registered",
        ("web",),
        ("uk",),
        {
            "prisoner_number": Y(lambda f: f.inmate_no(), "identification"),
            "prisoner_name": Y(lambda f: f.full(f.i), "name"),
            "prisoner_dob": Y(lambda f: f.i["dob"], "birthdate"),
            "prison": G(lambda f: f.fac[1]),
            "visitor_first_name": Y(lambda f: f.v["first"], "name"),
            "visitor_last_name": Y(lambda f: f.v["last"], "name"),
            "visitor_date_of_birth": Y(lambda f: f.v["dob"], "birthdate"),
            "relationship": G(lambda f: f.pick(["partner", "mother", "sister", "friend", "son", "daughter"])),
            "postcode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "is_professional_visitor": G(lambda f: f.pick([False, False, True])),
            "needs_interpreter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Help With Prison Visits Claim Started",
        ("web",),
        ("uk",),
        {
            "claimReference": G(lambda f: f"APVS{f.digits(7)}"),
            "nationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "benefit": G(lambda f: f.pick(["universal_credit", "pension_credit", "income_support", "jsa"])),
            "travelMethod": G(lambda f: f.pick(["car", "train", "coach", "taxi"])),
            "journeyCostPence": G(lambda f: f.r.randint(800, 16000)),
            "carRegistration": Y(
                lambda f: f"{f.pick(['AB', 'LC', 'MW', 'YX'])}{f.r.randint(10, 73)} {f.letters(3, PLATE)}",
                "license",
            ),
            "sortCode": G(lambda f: f.pick(SORT_CODES)),
            "accountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "accountHolderName": Y(lambda f: f.full(f.v), "name"),
            "escortRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visitor Application Lodged",
        ("web", "rn"),
        ("au",),
        {
            "applicationNo": G(lambda f: "VA-" + f.digits(8)),
            "givenNames": Y(lambda f: f.v["first"] + " " + f.v["middle"], "name"),
            "familyName": Y(lambda f: f.v["last"], "name"),
            "dateOfBirth": Y(lambda f: f.v["dob"], "birthdate"),
            "residentialAddress": Y(lambda f: f.street_line(f.v), "address|street"),
            "suburb": Y(lambda f: f.v["city"], "city"),
            "postcode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "state": G(lambda f: f.v["state"]),
            "mobile": Y(lambda f: f.v["phone"], "phone"),
            "medicareCardNumber": RED(lambda f: f.medicare(), "health id"),
            "medicareIrn": G(lambda f: f.r.randint(1, 5)),
            "driverLicenceNumber": Y(lambda f: f.au_dl(), "license"),
            "aboriginalOrTorresStraitIslander": Y(
                lambda f: f.pick(
                    ["aboriginal", "torres_strait_islander", "both", "neither", "prefer_not_to_say"]
                ),
                "ethnicity",
            ),
            "interpreterRequired": G(lambda f: f.pick([True, False])),
            "languageSpokenAtHome": G(
                lambda f: f.pick(["English", "Vietnamese", "Arabic", "Samoan", "Kriol"])
            ),
            "inmateMin": Y(lambda f: f.inmate_no(), "identification"),
            "emergencyContact": {
                "name": Y(lambda f: f.full(f.person()), "name"),
                "phone": Y(lambda f: f.rphone(), "phone"),
                "relationship": G(lambda f: f.pick(["sister", "mother", "partner", "friend"])),
            },
            "centre": G(lambda f: f.fac[1]),
        },
    ),
    (
        "track",
        "Dependent Added",
        ("rn", "ios"),
        ALL,
        {
            "dependentId": G(lambda f: "dep_" + f.hexid(12)),
            "firstName": Y(lambda f: f.kid["first"], "name"),
            "lastName": Y(lambda f: f.kid["last"], "name"),
            "dateOfBirth": Y(lambda f: f.kid["dob"], "birthdate"),
            "age": G(lambda f: f.r.randint(1, 17)),
            "relationshipToInmate": G(lambda f: f.pick(["son", "daughter", "grandchild", "niece", "nephew"])),
            "guardianConsent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Identity Verification Webhook",
        ("node",),
        ALL,
        {
            # a Persona-shaped inquiry payload, forwarded as-is by the backend
            "type": G(lambda f: "inquiry"),
            "id": G(lambda f: "inq_" + f.tok("", 24)),
            "attributes": {
                "status": G(lambda f: f.pick(["completed", "approved", "declined", "needs_review"])),
                "reference-id": G(lambda f: "acc_" + f.hexid(16)),
                "name-first": Y(lambda f: f.v["first"], "name"),
                "name-middle": Y(lambda f: f.v["middle"], "name"),
                "name-last": Y(lambda f: f.v["last"], "name"),
                "birthdate": Y(lambda f: f.v["dob"], "birthdate"),
                "address-street-1": Y(lambda f: f.street_line(f.v), "address|street"),
                "address-city": Y(lambda f: f.v["city"], "city"),
                "address-subdivision": G(lambda f: f.v["state"]),
                "address-postal-code": Y(lambda f: f.postcode(f.v), "zipcode"),
                "identification-number": RED(lambda f: f.id_document(f.v), "national id|passport|license"),
                "identification-class": G(lambda f: f.pick(["dl", "pp", "id"])),
                "country-code": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
                "created-at": G(lambda f: f.iso()),
            },
        },
    ),
    # -- search and scheduling --------------------------------------------------------------------
    (
        "track",
        "Inmate Search Performed",
        ("web", "rn"),
        ("us",),
        {
            "state": G(lambda f: f.fac[3]),
            "agency": G(lambda f: f.fac[0]),
            "lastName": Y(lambda f: f.i["last"], "name"),
            "firstInitial": G(lambda f: f.i["first"][0]),
            "resultsCount": G(lambda f: f.r.randint(0, 40)),
            "page": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Inmate Located",
        ("web", "ios", "android"),
        ALL,
        {
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "inmateNumber": Y(lambda f: f.inmate_no(), "identification"),
            "inmateName": Y(lambda f: f.full(f.i), "name"),
            "inmateDob": Y(lambda f: f.i["dob"], "birthdate"),
            "inmateAge": G(lambda f: f.r.randint(18, 74)),
            "facilityId": G(lambda f: f.digits(4)),
            "facilityName": G(lambda f: f.fac[1]),
            "housingUnit": G(lambda f: f.pick(["A-Pod", "B Wing", "C-Block", "Unit 7", "Houseblock 2"])),
            "searchMethod": G(lambda f: f.pick(["name", "number"])),
            "visitingEligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visit Slots Searched",
        ("web", "rn", "ios"),
        ALL,
        {
            "facilityId": G(lambda f: f.digits(4)),
            "facilityName": G(lambda f: f.fac[1]),
            "visitType": G(
                lambda f: f.pick(["in_person", "video_onsite", "video_remote", "contact", "non_contact"])
            ),
            "dateFrom": G(lambda f: f.date(2024, 2024)),
            "slotsAvailable": G(lambda f: f.r.randint(0, 30)),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Visit Booked",
        ("rn", "ios", "web", "android"),
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "bookingReference": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            ),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "inmateNumber": Y(lambda f: f.inmate_no(), "identification"),
            "inmateName": Y(lambda f: f.full(f.i), "name"),
            "facilityName": G(lambda f: f.fac[1]),
            "facilityCity": G(lambda f: f.fac[2]),
            "facilityPhone": G(
                lambda f: {"us": "+1 936 437 1975", "uk": "0300 060 6503", "au": "(02) 9289 5100"}[f.region]
            ),
            "visitType": G(
                lambda f: f.pick(["in_person", "video_onsite", "video_remote", "contact", "non_contact"])
            ),
            "scheduledStart": G(lambda f: f.iso()),
            "durationMinutes": G(lambda f: f.pick([30, 45, 60, 120])),
            "adultVisitors": G(lambda f: f.r.randint(1, 3)),
            "childVisitors": G(lambda f: f.r.randint(0, 3)),
            "visitors": Many(
                {
                    "firstName": Y(lambda f: f.pick(FIRST[f.region]), "name"),
                    "lastName": Y(lambda f: f.pick(LAST[f.region]), "name"),
                    "dateOfBirth": Y(lambda f: f.date(1950, 2020), "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "mother", "child", "friend", "brother"])),
                    "isMinor": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "vehicleRegistration": Y(
                lambda f: {
                    "us": f"{f.pick(['TX', 'CA'])} {f.letters(3)}-{f.digits(4)}",
                    "uk": f"{f.pick(['LC', 'BD', 'MA'])}{f.r.randint(10, 73)} {f.letters(3)}",
                    "au": f"{f.digits(3)}{f.letters(2)}{f.digits(1)}",
                }[f.region],
                "license",
            ),
            "wheelchairAccessRequired": RED(lambda f: f.pick([True, False, False]), "disability"),
            "bringingServiceAnimal": RED(lambda f: f.pick([True, False, False, False]), "disability"),
            "serviceAnimalName": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Rosie", "Duke"])),
            "rulesVersion": G(lambda f: f.pick(["2024.03", "2024.06", "2023.11"])),
        },
    ),
    (
        "track",
        "Visit Cancelled",
        ("node",),
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "cancelledBy": G(lambda f: f.pick(["visitor", "facility", "system"])),
            "reason": G(
                lambda f: f.pick(["lockdown", "visitor_request", "illness", "count_not_cleared", "weather"])
            ),
            "note": G(lambda f: minutes_text(f)),
            "refundIssued": G(lambda f: f.pick([True, False])),
            "hoursBeforeVisit": G(lambda f: f.r.randint(0, 240)),
        },
    ),
    (
        "track",
        "Lockdown Notice Sent",
        ("go",),
        ALL,
        {
            "facility_code": G(lambda f: f.fac[3] + "-" + f.digits(3)),
            "affected_visits": G(lambda f: f.r.randint(1, 300)),
            "channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "text": G(
                lambda f: f.pick(
                    [
                        f"All visits at {f.fac[1]} are cancelled today due to a facility lockdown.",
                        f"{f.fac[1]}: video visits are delayed by 1 hour. Sorry for the inconvenience.",
                        f"Visiting at {f.fac[1]} resumes tomorrow at 09:00.",
                    ]
                )
            ),
            "reply_to": G(
                lambda f: f.pick(
                    ["no-reply@visitline.com", "visits@visitline.co.uk", "support@visitline.com.au"]
                )
            ),
        },
    ),
    # -- lobby kiosk ------------------------------------------------------------------------------
    (
        "track",
        "Visitor Checked In",
        ("flutter",),
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "kioskId": G(lambda f: f"KSK-{f.fac[3]}-{f.r.randint(1, 6):02d}"),
            "checkInMethod": G(lambda f: f.pick(["qr_code", "id_scan", "booking_reference"])),
            "idScanMatched": G(lambda f: f.pick([True, False])),
            "visitorName": Y(lambda f: f.full(f.v), "name"),
            "lockerNumber": G(lambda f: f.r.randint(1, 240)),
            "badgeNumber": G(lambda f: "V" + f.digits(4)),
            "waitMinutes": G(lambda f: f.r.randint(0, 75)),
            "itemsDeclared": Many(
                G(lambda f: f.pick(["car_keys", "baby_formula", "coins", "reading_glasses", "wallet"])), 3
            ),
        },
    ),
    (
        "track",
        "Visitor Declaration Signed",
        ("flutter",),
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "declaredMedication": Y(lambda f: f.pick(MEDICATIONS), "medication"),
            "pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "signatureCaptured": G(lambda f: True),
            "declarationVersion": G(lambda f: f.pick(["v3", "v4", "v4.1"])),
            "signedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "screen",
        "Check-In Complete",
        ("flutter",),
        ALL,
        {
            "visitId": G(lambda f: "vis_" + f.hexid(20)),
            "queuePosition": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Kiosk Heartbeat",
        ("flutter",),
        ALL,
        {
            "kioskId": G(lambda f: f"KSK-{f.fac[3]}-{f.r.randint(1, 6):02d}"),
            "macAddress": G(lambda f: "00:1B:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(4))),
            "lanIp": G(lambda f: f"10.{f.r.randint(10, 40)}.{f.r.randint(0, 20)}.{f.r.randint(2, 250)}"),
            "firmware": G(lambda f: f.pick(["2.3.0+41", "2.3.1+44", "2.4.0+50"])),
            "printerPaperLow": G(lambda f: f.pick([True, False])),
            "uptimeSec": G(lambda f: f.r.randint(60, 10**6)),
        },
    ),
    # -- incidents (staff portal, .NET sync) --------------------------------------------------------
    (
        "track",
        "Visit Terminated",
        ("php",),
        ALL,
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(20)),
            "terminated_by": Y(lambda f: f.full(f.staff), "name"),
            "officer_badge": G(lambda f: f.digits(5)),
            "reason_code": G(
                lambda f: f.pick(
                    ["CONTRABAND_SUSPECTED", "DRESS_CODE", "INTOXICATION", "CONTACT_RULES", "DISRUPTIVE"]
                )
            ),
            "incident_report_no": G(lambda f: f"IR-{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "visitor_banned": G(lambda f: f.pick([True, False])),
            "ban_days": G(lambda f: f.pick([0, 30, 90, 365])),
            "narrative": Y(lambda f: narrative(f), "name", True),
        },
    ),
    (
        "track",
        "Incident Flag Raised",
        ("dotnet",),
        ALL,
        {
            "IncidentId": G(lambda f: f.uuid()),
            "FlagType": G(
                lambda f: f.pick(["Contraband", "DressCode", "Intoxication", "FalseInformation", "Threat"])
            ),
            "Severity": G(lambda f: f.pick(["Low", "Medium", "High"])),
            "RaisedByStaffId": G(lambda f: f.r.randint(1000, 99999)),
            "RaisedByEmail": Y(lambda f: agency_mail(f), "email"),
            "VisitorId": G(lambda f: "acc_" + f.hexid(16)),
            "InmateNumber": Y(lambda f: f.inmate_no(), "identification"),
            "FacilityCode": G(lambda f: f.fac[3]),
            "CreatedUtc": G(lambda f: f.iso()),
            "RequiresReview": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Staff Visitor Lookup",
        ("php",),
        ALL,
        {
            "q": Y(
                lambda f: f.pick([f.full(f.v), f.v["last"], f"{f.v['last']}, {f.v['first']}"]), "name", True
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
            "scope": G(lambda f: f.pick(["facility", "region", "all"])),
            "staff_user_id": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    (
        "track",
        "Visitor Approval Decided",
        ("php",),
        ALL,
        {
            "visitor_application_id": G(lambda f: f.r.randint(100000, 999999)),
            "decision": G(lambda f: f.pick(["approved", "denied", "more_info_needed"])),
            "decision_reason": G(
                lambda f: f.pick(
                    ["cleared", "open_warrant", "prior_contraband", "incomplete_id", "on_victim_list"]
                )
            ),
            "decided_by": Y(
                lambda f: (
                    ascii_fold(f.staff["first"]).lower()
                    + "."
                    + ascii_fold(f.staff["last"]).lower().replace("'", "").replace(" ", "")
                    + "@visitline.com"
                ),
                "email",
            ),
            "appeal_deadline": G(lambda f: f.date(2024, 2025)),
            "days_pending": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        ALL,
        {
            "Email": Y(
                lambda f: (
                    ascii_fold(f.staff["first"]).lower()
                    + "."
                    + ascii_fold(f.staff["last"]).lower().replace("'", "").replace(" ", "")
                    + "@visitline.com"
                ),
                "email",
            ),
            "FirstName": Y(lambda f: f.staff["first"], "name"),
            "LastName": Y(lambda f: f.staff["last"], "name"),
            "JobTitle": G(
                lambda f: f.pick(
                    [
                        "Visits Officer",
                        "Correctional Officer II",
                        "Family Liaison",
                        "Support Agent",
                        "Sergeant",
                    ]
                )
            ),
            "EmployeeNumber": G(lambda f: "E" + f.digits(6)),
            "Facility": G(lambda f: f.fac[1]),
            "DirectLine": Y(lambda f: f.rphone(), "phone"),
            "HourlyRate": Y(lambda f: f.money(18, 46), "salary"),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "Roles": Many(
                G(
                    lambda f: f.pick(
                        ["visits.approve", "visits.terminate", "messages.review", "reports.read"]
                    )
                ),
                3,
            ),
            "MfaEnrolled": G(lambda f: f.pick([True, False])),
            "LastLoginUtc": G(lambda f: f.iso()),
        },
    ),
    # -- legacy corrections databases ---------------------------------------------------------------
    (
        "track",
        "Prisoner Record Synced",
        ("dotnet",),
        ("uk",),
        {
            "OFFENDER_ID_DISPLAY": Y(lambda f: f.inmate_no(), "identification"),
            "OFFENDER_BOOK_ID": G(lambda f: f.r.randint(1000000, 2999999)),
            "AGY_LOC_ID": G(lambda f: f.fac[3]),
            "LAST_NAME": Y(lambda f: f.i["last"].upper(), "name"),
            "FIRST_NAME": Y(lambda f: f.i["first"].upper(), "name"),
            "MIDDLE_NAME": Y(lambda f: f.i["middle"].upper(), "name"),
            "BIRTH_DATE": Y(lambda f: f.i["dob"], "birthdate"),
            "SEX_CODE": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "ETHNICITY_CODE": Y(
                lambda f: f.pick(["W1", "W3", "B1", "B2", "A1", "A2", "M1", "O9"]), "ethnicity|race"
            ),
            "RELIGION_CODE": Y(lambda f: f.pick(["CE", "RC", "MOS", "SIKH", "NIL", "BUDD"]), "religion"),
            "LIVING_UNIT_DESC": G(lambda f: f.pick(["HB1", "HB2-A", "E-WING", "SEG"])),
            "IEP_LEVEL": G(lambda f: f.pick(["BAS", "STD", "ENH"])),
            "ACTIVE_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "CREATE_DATETIME": G(lambda f: f.iso().replace("T", " ")[:19]),
            "MODIFY_USER_ID": G(
                lambda f: (
                    "".join(f.pick(string.ascii_uppercase) for _ in range(3))
                    + f.digits(2)
                    + f.pick(string.ascii_uppercase)
                )
            ),
            "VISIT_ALLOWANCE_LEVEL": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Inmate Record Synced",
        ("java",),
        ("us",),
        {
            "INMATE_ID_NBR": Y(lambda f: f.inmate_no(), "identification"),
            "SYS_ROW_ID": G(lambda f: f.r.randint(10**7, 10**8)),
            "INMATE_LNAME": Y(lambda f: f.i["last"].upper(), "name"),
            "INMATE_FNAME": Y(lambda f: f.i["first"].upper(), "name"),
            "DOB": Y(lambda f: f"{f.i['dob'][5:7]}/{f.i['dob'][8:]}/{f.i['dob'][:4]}", "birthdate"),
            "RACE_CD": Y(lambda f: f.pick(["W", "B", "H", "A", "I", "O"]), "race|ethnicity"),
            "SEX_CD": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "CUSTODY_LVL": G(lambda f: f.pick(["G1", "G2", "G3", "G4", "MIN", "MED"])),
            "UNIT_CD": G(lambda f: f.pick(["HV", "CF", "SQ", "LOW"])),
            "VISIT_STATUS_CD": G(lambda f: f.pick(["ACTIVE", "RESTRICTED", "SUSPENDED"])),
            "VETERAN_FLG": RED(lambda f: f.pick(["Y", "N", "N"]), "veteran"),
            "LAST_UPD_TS": G(lambda f: f.iso().replace("T", " ")[:19]),
            "LAST_UPD_USER": G(lambda f: f.pick(["BATCH01", "OMSSYNC", "ETL_NIGHTLY"])),
        },
    ),
    (
        "track",
        "Religious Services Requested",
        ("android", "rn"),
        ALL,
        {
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "faith": Y(
                lambda f: f.pick(["Muslim", "Catholic", "Jewish", "Buddhist", "Pentecostal", "Sikh"]),
                "religion",
            ),
            "dietRequest": Y(lambda f: f.pick(["halal", "kosher", "vegetarian (Hindu)", "none"]), "religion"),
            "chaplainVisit": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- video visits --------------------------------------------------------------------------------
    (
        "track",
        "Video Visit Started",
        ("ios", "android", "rn"),
        ALL,
        {
            "videoVisitId": G(lambda f: "vv_" + f.hexid(20)),
            "roomSid": G(lambda f: f.sid("RM")),
            "displayName": Y(lambda f: f.full(f.v), "name"),
            "accessToken": RED(lambda f: f.jwt(), "token"),
            "participantCount": G(lambda f: f.r.randint(2, 4)),
            "networkQuality": G(lambda f: f.r.randint(1, 5)),
            "camera": G(lambda f: f.pick(["front", "back"])),
            "terminalId": G(lambda f: "TRM-" + f.digits(5)),
            "bookedMinutes": G(lambda f: f.pick([20, 30, 45])),
        },
    ),
    (
        "track",
        "Video Visit Ended",
        ("go",),
        ALL,
        {
            "video_visit_id": G(lambda f: "vv_" + f.hexid(20)),
            "room_sid": G(lambda f: f.sid("RM")),
            "duration_seconds": G(lambda f: f.r.randint(30, 2700)),
            "ended_reason": G(
                lambda f: f.pick(["completed", "terminated_by_officer", "network", "visitor_left"])
            ),
            "monitored": G(lambda f: f.pick([True, False])),
            "monitored_by": Y(lambda f: staff_mail(f), "email"),
            "recording_sid": G(lambda f: f.sid("RT")),
            "charge_amount": G(lambda f: f.pick([0.0, 4.99, 7.5, 9.99])),
            "currency": G(lambda f: f.currency()),
            "avg_bitrate_kbps": G(lambda f: f.r.randint(150, 2400)),
            "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 6), 2)),
        },
    ),
    # -- money: e-commerce spec, deposits, bank details -----------------------------------------------
    (
        "track",
        "Product Viewed",
        ("web", "ios", "android"),
        ALL,
        {
            **product(),
            "currency": G(lambda f: f.currency()),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web", "rn"),
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "value": G(lambda f: f.money(5, 150)),
            "revenue": G(lambda f: f.money(5, 150)),
            "currency": G(lambda f: f.currency()),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method_type": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "545454", "371449", "601100", "222300"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full(f.v).upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street_line(f.v), "address|street"),
                "city": Y(lambda f: f.v["city"], "city"),
                "state": G(lambda f: f.v["state"]),
                "postal_code": Y(lambda f: f.postcode(f.v), "zipcode"),
                "country": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
            },
            "payment_method_id": RED(lambda f: f.tok("pm_1P", 22), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "total": G(lambda f: f.money(5, 150)),
            "revenue": G(lambda f: f.money(5, 150)),
            "tax": G(lambda f: f.money(0, 9)),
            "processing_fee": G(lambda f: f.pick([2.95, 3.95, 4.5, 1.99])),
            "currency": G(lambda f: f.currency()),
            "coupon": G(lambda f: f.pick(["", "HOLIDAY10", "FIRSTDEPOSIT"])),
            "products": Many(product(), 3),
            "recipient": {
                "inmate_name": Y(lambda f: f.full(f.i), "name"),
                "inmate_number": Y(lambda f: f.inmate_no(), "identification"),
                "facility": G(lambda f: f.fac[1]),
            },
            "depositor": {
                "email": Y(lambda f: f.v["email"], "email"),
                "phone": Y(lambda f: f.v["phone"], "phone"),
                "relationship": G(lambda f: f.pick(["mother", "partner", "friend", "brother"])),
            },
        },
    ),
    (
        "track",
        "Trust Account Deposit Completed",
        ("java",),
        ALL,
        {
            "depositId": G(lambda f: "dep-" + f.uuid()),
            "amount": G(lambda f: f.pick([20.0, 25.0, 50.0, 100.0, 15.0])),
            "fee": G(lambda f: f.pick([2.95, 3.95, 5.95])),
            "currency": G(lambda f: f.currency()),
            "fundingSource": G(lambda f: f.pick(["card", "ach", "cash_lobby_kiosk", "money_order", "bpay"])),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "balanceAfter": G(lambda f: f.money(0, 800)),
            "depositorName": Y(lambda f: f.full(f.v), "name"),
            "depositorEmail": Y(lambda f: f.v["email"], "email"),
            "depositorAddress": Y(lambda f: f.full_address(f.v), "address"),
            "depositorRelationship": G(lambda f: f.pick(["mother", "partner", "friend", "grandmother"])),
            "complianceHold": G(lambda f: f.pick([True, False])),
            "monthlyDepositCount": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ("java",),
        ("us",),
        {
            "routingNumber": G(lambda f: f.pick(ABA)),
            "accountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "accountType": G(lambda f: f.pick(["checking", "savings"])),
            "accountHolderName": Y(lambda f: f.full(f.v), "name"),
            "institutionName": G(
                lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union"])
            ),
            "plaidAccessToken": RED(lambda f: "access-production-" + f.uuid(), "token"),
            "plaidItemId": G(lambda f: f.tok("", 37)),
            "verificationMethod": G(lambda f: f.pick(["instant", "micro_deposits"])),
        },
    ),
    (
        "track",
        "BPAY Deposit Reconciled",
        ("java",),
        ("au",),
        {
            "billerCode": G(lambda f: f.pick(["285478", "230979", "96503"])),
            "customerReferenceNumber": G(lambda f: f.digits(10)),
            "amount": G(lambda f: f.pick([20.0, 25.0, 50.0, 100.0, 15.0])),
            "payerBsb": G(lambda f: f.pick(BSBS)),
            "payerAccountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "payerName": Y(lambda f: f.full(f.v).upper(), "name"),
            "settlementDate": G(lambda f: f.date(2024, 2024)),
            "batchNo": G(lambda f: f.r.randint(1000, 9999)),
        },
    ),
    (
        "track",
        "Money Sent To Prisoner",
        ("ruby",),
        ("uk",),
        {
            "prisoner_number": Y(lambda f: f.inmate_no(), "identification"),
            "prisoner_dob": Y(lambda f: f.i["dob"], "birthdate"),
            "amount_pence": G(lambda f: f.pick([1000, 2000, 2500, 5000, 1500])),
            "sender_name": Y(lambda f: f.full(f.v), "name"),
            "sender_email": Y(lambda f: f.v["email"], "email"),
            "card_bin": G(lambda f: f.pick(["411111", "545454", "465858", "492181"])),
            "card_last4": G(lambda f: f.digits(4)),
            "billing_postcode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "worldpay_order_code": G(lambda f: f.uuid()),
            "security_check": G(lambda f: f.pick(["accepted", "pending", "rejected"])),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        ("node",),
        ("us", "au"),
        {
            "id": G(lambda f: f.tok("ch_3P", 22)),
            "object": G(lambda f: "charge"),
            "amount": G(lambda f: f.pick([2000, 2500, 5295, 10395])),
            "currency": G(lambda f: f.currency().lower()),
            "customer": G(lambda f: f.tok("cus_", 14)),
            "payment_method": RED(lambda f: f.tok("pm_1P", 22), "token"),
            "receipt_email": Y(lambda f: f.v["email"], "email"),
            "billing_details": {
                "name": Y(lambda f: f.full(f.v), "name"),
                "email": Y(lambda f: f.v["email"], "email"),
                "phone": Y(lambda f: f.e164(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street_line(f.v), "address|street"),
                    "line2": Y(lambda f: f.unit(), "address"),
                    "city": Y(lambda f: f.v["city"], "city"),
                    "state": G(lambda f: f.v["state"]),
                    "postal_code": Y(lambda f: f.postcode(f.v), "zipcode"),
                    "country": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
                },
            },
            "payment_method_details": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "fingerprint": G(lambda f: f.tok("", 16)),
                    "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
                    "country": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
                },
            },
            "livemode": G(lambda f: True),
            "created": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Card Added Manually",
        ("php",),
        ("us",),
        {
            # the legacy phone-in deposit screen still posts the raw card to the backend
            "card_number": RED(lambda f: f.card(), "credit card"),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvv": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
            "agent_id": G(lambda f: f.r.randint(100, 999)),
            "call_reference": G(lambda f: f"IVR-{f.digits(9)}"),
        },
    ),
    (
        "track",
        "Refund Processed",
        ("java",),
        ALL,
        {
            "refundId": G(lambda f: f.tok("re_3P", 22)),
            "orderId": G(lambda f: "ORD-" + f.digits(8)),
            "amount": G(lambda f: f.money(2, 100)),
            "reason": G(
                lambda f: f.pick(
                    ["visit_cancelled_by_facility", "duplicate", "inmate_transferred", "inmate_released"]
                )
            ),
            "processor": G(lambda f: f.pick(["stripe", "worldpay", "adyen"])),
        },
    ),
    (
        "track",
        "Inmate Job Pay Posted",
        ("java",),
        ("us",),
        {
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "jobAssignment": G(
                lambda f: f.pick(
                    ["Kitchen", "Laundry", "Library Clerk", "Groundskeeping", "Braille Transcription"]
                )
            ),
            "wagePerHour": Y(lambda f: f.pick([0.12, 0.25, 0.4, 0.86, 1.15]), "salary"),
            "hoursWorked": G(lambda f: f.r.randint(8, 40)),
            "periodEnd": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- messaging and phone time ---------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ("rn", "ios", "android", "web"),
        ALL,
        {
            "conversationId": G(lambda f: "cnv_" + f.hexid(16)),
            "messageId": G(lambda f: "msg_" + f.hexid(20)),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "recipientName": Y(lambda f: f.full(f.i), "name"),
            "characterCount": G(lambda f: f.r.randint(1, 2000)),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
            "stampsUsed": G(lambda f: f.r.randint(1, 3)),
            "hasPhoto": G(lambda f: f.pick([True, False])),
            "isReply": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Flagged",
        ("ruby",),
        ALL,
        {
            "message_id": G(lambda f: "msg_" + f.hexid(20)),
            "rule": G(lambda f: f.pick(["third_party_number", "unapproved_number"])),
            "matched_text": Y(lambda f: flagged(f), "phone", True),
            "queue": G(lambda f: f.pick(["intel_review", "mailroom"])),
            "auto_held": G(lambda f: f.pick([True, False])),
            "direction": G(lambda f: f.pick(["inbound", "outbound"])),
        },
    ),
    (
        "track",
        "Photo Attachment Uploaded",
        ("android", "ios"),
        ALL,
        {
            "attachmentId": G(lambda f: "att_" + f.hexid(16)),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "bytes": G(lambda f: f.r.randint(40_000, 6_000_000)),
            "width": G(lambda f: f.pick([1080, 3024, 4032])),
            "sha256": G(lambda f: f.hexid(64)),
            "photoUrl": Y(lambda f: "https://media.visitline.com/m/" + f.hexid(24) + ".jpg", "photo"),
            "moderationStatus": G(lambda f: f.pick(["pending", "approved", "rejected"])),
        },
    ),
    (
        "track",
        "Approved Contact Added",
        ("web", "rn"),
        ALL,
        {
            "contactId": G(lambda f: "con_" + f.hexid(12)),
            "label": Y(lambda f: f.full(f.person()), "name", True),
            "phoneNumber": Y(lambda f: f.rphone(), "phone"),
            "contactEmail": Y(lambda f: f.mail(f.pick(FIRST[f.region]), f.pick(LAST[f.region])), "email"),
            "numberType": G(lambda f: f.pick(["mobile", "landline", "voip"])),
            "relationship": G(lambda f: f.pick(["mother", "uncle", "partner", "attorney", "friend"])),
            "isAttorney": G(lambda f: f.pick([True, False, False])),
            "verificationStatus": G(lambda f: f.pick(["pending", "verified", "rejected"])),
        },
    ),
    (
        "track",
        "Attorney Registered",
        ("web",),
        ("us",),
        {
            "attorney_name": Y(lambda f: "Atty. " + f.full(f.staff), "name"),
            "bar_number": Y(lambda f: f.pick(["TX", "CA", "NY"]) + f.digits(8), "license"),
            "firm": G(
                lambda f: f.pick(["Texas RioGrande Legal Aid", "Public Defender Service", "Garza & Holt LLP"])
            ),
            "firm_phone": G(lambda f: f.pick(["+1 956 996 8752", "(213) 555-0100", "+1 212 577 3300"])),
            "privileged_calls": G(lambda f: True),
        },
    ),
    (
        "track",
        "Phone Call Completed",
        ("go",),
        ALL,
        {
            "CallSid": G(lambda f: f.sid("CA")),
            "AccountSid": G(lambda f: "AC" + "3f1b2c4d5e6f708192a3b4c5d6e7f801"),
            "From": G(
                lambda f: {
                    "us": f.pick(["+19365550141", "+18885550177"]),
                    "uk": "+443005550123",
                    "au": "+61255501234",
                }[f.region]
            ),
            "To": Y(lambda f: f.e164(), "phone"),
            "ToCity": Y(lambda f: f.v["city"].upper(), "city"),
            "ToState": G(lambda f: f.v["state"]),
            "ToZip": Y(lambda f: f.postcode(f.v), "zipcode"),
            "ToCountry": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy", "failed"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "Direction": G(lambda f: "outbound-api"),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "RatePerMinute": G(lambda f: f.pick([0.06, 0.21, 0.0])),
        },
    ),
    (
        "track",
        "Phone Time Purchased",
        ("ios", "android"),
        ALL,
        {
            "packageId": G(lambda f: f.pick(PACKAGES[:2])[0]),
            "minutes": G(lambda f: f.pick([30, 60, 120])),
            "price": G(lambda f: f.pick([15.0, 27.5, 50.0])),
            "currency": G(lambda f: f.currency()),
            "inmateAccountId": G(lambda f: "inm_" + f.hexid(12)),
            "autoRenew": G(lambda f: f.pick([True, False])),
            "appAccountToken": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Call Minutes Low",
        ("go",),
        ALL,
        {
            "inmate_account_id": G(lambda f: "inm_" + f.hexid(12)),
            "minutes_remaining": G(lambda f: f.r.randint(0, 15)),
            "threshold_minutes": G(lambda f: 15),
            "notified_channel": G(lambda f: f.pick(["sms", "email", "push"])),
        },
    ),
    # -- rules and auth -------------------------------------------------------------------------------
    (
        "track",
        "Facility Rules Acknowledged",
        ("web", "rn"),
        ALL,
        {
            "rulesVersion": G(lambda f: f.pick(["2024.03", "2024.06", "2023.11"])),
            "facilityCode": G(lambda f: f.fac[3]),
            "acknowledgedAt": G(lambda f: f.iso()),
            "dressCodeAccepted": G(lambda f: True),
            "typedSignature": Y(lambda f: f.full(f.v), "name"),
            "scrolledToEnd": G(lambda f: f.pick([True, False])),
            "secondsOnPage": G(lambda f: f.r.randint(4, 600)),
        },
    ),
    (
        "track",
        "Signed In",
        ("web", "ios", "android", "rn"),
        ALL,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "failedAttemptsBefore": G(lambda f: f.r.randint(0, 4)),
            "rememberDevice": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ("node",),
        ALL,
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(lambda f: f.e164(), "phone", True),
            "provider": G(lambda f: f.pick(["twilio_verify", "messagebird", "sinch"])),
            "codeLength": G(lambda f: 6),
            "expiresInSec": G(lambda f: f.pick([300, 600])),
            "purpose": G(lambda f: f.pick(["signup", "login", "phone_change"])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        ("rn", "ios"),
        ALL,
        {
            "input": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ("web",),
        ALL,
        {
            "loginToken": RED(lambda f: f.tok("", 43), "token"),
            "linkAgeSeconds": G(lambda f: f.r.randint(5, 3600)),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ("ios", "android"),
        ALL,
        {
            "field": G(lambda f: f.choose("field", ["email", "mobile"])),
            "newValue": Y(
                lambda f: f.mail(f.v["first"], f.v["last"]) if f.chosen["field"] == "email" else f.rphone(),
                "email|phone",
                True,
            ),
            "verificationRequired": G(lambda f: True),
        },
    ),
    (
        "track",
        "Address Updated",
        ("ios",),
        ALL,
        {
            "addressType": G(lambda f: f.pick(["home", "mailing"])),
            "addressLine1": Y(lambda f: f.street_line(f.v), "address|street"),
            "addressLine2": Y(lambda f: f.unit(), "address"),
            "city": Y(lambda f: f.v["city"], "city"),
            "region": G(lambda f: f.v["state"]),
            "postalCode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "country": G(lambda f: {"us": "US", "uk": "GB", "au": "AU"}[f.region]),
            "geocode": {
                "lat": Y(lambda f: f.fac_lat(), "geolocation"),
                "lng": Y(lambda f: f.fac_lon(), "geolocation"),
            },
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ("web",),
        ALL,
        {
            "autocomplete": {
                "input": Y(
                    lambda f: f"{f.r.randint(1, 9800)} {f.pick(STREETS[f.region])[: f.r.randint(3, 8)]}",
                    "address",
                    True,
                ),
                "sessiontoken": G(lambda f: f.uuid()),
                "place_id": G(lambda f: "ChIJ" + f.tok("", 23)),
                "description": Y(lambda f: f.full_address(f.v), "address", True),
            },
            "form": G(lambda f: f.pick(["registration", "billing", "profile"])),
        },
    ),
    (
        "track",
        "Directions Requested",
        ("android",),
        ALL,
        {
            "facilityId": G(lambda f: f.digits(4)),
            "facilityLat": G(lambda f: f.fac_lat()),
            "facilityLng": G(lambda f: f.fac_lon()),
            "originLat": Y(lambda f: f.fac_lat(), "geolocation"),
            "originLng": Y(lambda f: f.fac_lon(), "geolocation"),
            "travelMode": G(lambda f: f.pick(["driving", "transit"])),
            "etaMinutes": G(lambda f: f.r.randint(8, 400)),
            "distanceKm": G(lambda f: round(f.r.uniform(2, 600), 1)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ("android", "ios"),
        ALL,
        {
            "campaignId": G(lambda f: "cmp_" + f.digits(6)),
            "notificationType": G(
                lambda f: f.pick(["visit_reminder", "new_message", "low_minutes", "deposit_posted"])
            ),
            "sentAt": G(lambda f: f.iso()),
            "openedWithinSec": G(lambda f: f.r.randint(1, 86400)),
        },
    ),
    # -- marketing, careers, support, surveys -----------------------------------------------------------
    (
        "track",
        "Ad Click Attributed",
        ("web",),
        ("us", "au"),
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "_fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "landing_page": G(lambda f: f.pick(["/", "/video-visits", "/send-money", "/find-an-inmate"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "utm_campaign": G(
                lambda f: f.pick(["family_connect_q2", "holiday_deposits", "video_visits_launch"])
            ),
            "first_touch": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ("web",),
        ("us", "uk"),
        {
            "jobId": G(lambda f: "JR-" + f.digits(5)),
            "jobTitle": G(
                lambda f: f.pick(
                    [
                        "Family Support Specialist",
                        "Senior Backend Engineer",
                        "Facility Onboarding Manager",
                        "Payments Analyst",
                    ]
                )
            ),
            "jobLocation": G(lambda f: f.pick(["Austin, TX", "Remote (US)", "London, UK", "Manchester, UK"])),
            "applicantName": Y(lambda f: f.full(f.v), "name"),
            "applicantEmail": Y(lambda f: f.v["email"], "email"),
            "applicantPhone": Y(lambda f: f.v["phone"], "phone"),
            "resumeFileName": Y(lambda f: resume_name(f), "name", True),
            "rightToWork": RED(lambda f: f.pick(["yes", "no", "yes_with_visa"]), "visa"),
            "requiresSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "salaryExpectation": Y(lambda f: f.pick([48000, 62000, 85000, 120000, 145000]), "salary"),
            "eeo": {
                "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "decline"]), "gender"),
                "raceEthnicity": Y(
                    lambda f: f.pick(
                        [
                            "hispanic_or_latino",
                            "black_or_african_american",
                            "asian",
                            "white",
                            "two_or_more",
                            "decline",
                        ]
                    ),
                    "race|ethnicity",
                ),
                "veteranStatus": RED(
                    lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline"]), "veteran"
                ),
                "disabilityStatus": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            },
            "howHeard": G(lambda f: f.pick(["linkedin", "indeed", "referral", "company_site"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("ruby",),
        ALL,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund for cancelled visit",
                        "Video visit froze",
                        "Deposit not showing",
                        "Can't add contact number",
                        "Account locked",
                    ]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat", "phone"])),
            "requester": {
                "name": Y(lambda f: f.full(f.v), "name"),
                "email": Y(lambda f: f.v["email"], "email"),
                "phone": Y(lambda f: f.v["phone"], "phone"),
            },
            "tags": Many(G(lambda f: f.pick(["refunds", "video", "deposits", "contacts", "auth"])), 3),
            "support_email": G(
                lambda f: f.pick(
                    ["support@visitline.com", "help@visitline.co.uk", "support@visitline.com.au"]
                )
            ),
        },
    ),
    (
        "track",
        "Encuesta de Visita Enviada",
        ("web",),
        ("us",),
        {
            "encuesta_id": G(lambda f: "enc_" + f.digits(6)),
            "visita_id": G(lambda f: "vis_" + f.hexid(20)),
            "calificacion": G(lambda f: f.r.randint(1, 5)),
            "nombre_completo": Y(lambda f: f.full(f.v), "name"),
            "correo_electronico": Y(lambda f: f.v["email"], "email"),
            "telefono": Y(lambda f: f.v["phone"], "phone"),
            "comentarios": G(
                lambda f: f.pick(
                    [
                        "Todo bien, gracias.",
                        "La videollamada se cortó dos veces.",
                        "El personal fue muy amable.",
                        "Mucha espera en la entrada.",
                    ]
                )
            ),
            "recomendaria": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Response Received",
        ("ruby",),
        ("uk", "au"),
        {
            "form-id": G(lambda f: f.pick(["fD9xKq", "Zt3LmP", "a8WcR2"])),
            "response-id": G(lambda f: f.tok("", 32).lower()),
            "submitted-at": G(lambda f: f.iso()),
            "full-name": Y(lambda f: f.full(f.v), "name"),
            "email-address": Y(lambda f: f.v["email"], "email"),
            "contact-number": Y(lambda f: f.v["phone"], "phone"),
            "visitor-postcode": Y(lambda f: f.postcode(f.v), "zipcode"),
            "visit-rating": G(lambda f: f.r.randint(0, 10)),
            "would-recommend": G(lambda f: f.pick(["yes", "no", "maybe"])),
            "prison-visited": G(lambda f: f.fac[1]),
        },
    ),
    (
        "track",
        "Visitor Row Synced",
        ("java",),
        ("us",),
        {
            "VISITOR_ID": G(lambda f: f.r.randint(10**6, 10**7)),
            "INMATE_ID_NBR": Y(lambda f: f.inmate_no(), "identification"),
            "VISITOR_LNAME": Y(lambda f: ascii_fold(f.v["last"]).upper(), "name"),
            "VISITOR_FNAME": Y(lambda f: ascii_fold(f.v["first"]).upper(), "name"),
            "VISITOR_DOB": Y(lambda f: f.v["dob"].replace("-", ""), "birthdate"),
            "VISITOR_ADDR1": Y(lambda f: f.street_line(f.v).upper(), "address|street"),
            "VISITOR_CITY": Y(lambda f: f.v["city"].upper(), "city"),
            "VISITOR_ST": G(lambda f: f.v["state"]),
            "VISITOR_ZIP": Y(lambda f: f.postcode(f.v), "zipcode"),
            "VISITOR_PHONE": Y(lambda f: f.phone("nanp_dash").replace("-", ""), "phone"),
            "VISITOR_DL_NBR": Y(lambda f: f.us_dl(), "license"),
            "RELATION_CD": G(lambda f: f.pick(["WF", "MO", "FA", "SI", "FR", "CH"])),
            "APPRVL_STAT_CD": G(lambda f: f.pick(["A", "P", "D", "S"])),
            "LAST_UPD_TS": G(lambda f: f.iso().replace("T", " ")[:19]),
        },
    ),
    (
        "track",
        "Shift Swap Requested",
        ("dotnet",),
        ALL,
        {
            "ShiftId": G(lambda f: f.r.randint(10**5, 10**6)),
            "RequesterName": Y(lambda f: f.full(f.staff), "name"),
            "RequesterEmail": Y(lambda f: staff_mail(f), "email"),
            "CoveringOfficerName": Y(lambda f: f.full(f.person()), "name"),
            "CoveringOfficerMobile": Y(lambda f: f.rphone(), "phone"),
            "Post": G(lambda f: f.pick(["Visits Hall", "Gate", "Video Suite", "Search Room"])),
            "ShiftStartUtc": G(lambda f: f.iso()),
            "OvertimeEligible": G(lambda f: f.pick([True, False])),
            "Facility": G(lambda f: f.fac[1]),
        },
    ),
    (
        "track",
        "Care Package Shipped",
        ("ruby",),
        ("us",),
        {
            "package_order_id": G(lambda f: "CP-" + f.digits(7)),
            "vendor": G(lambda f: f.pick(["Union Supply Direct", "Access Securepak", "iCare"])),
            "inmate_name": Y(lambda f: f.full(f.i), "name"),
            "inmate_number": Y(lambda f: f.inmate_no(), "identification"),
            "ship_to_address": G(
                lambda f: f.pick(
                    [
                        "815 12th St, Huntsville TX 77348",
                        "3950 Tiger Bay Rd, Daytona Beach FL 32124",
                        "354 Hunter St, Ossining NY 10562",
                    ]
                )
            ),
            "sender_name": Y(lambda f: f.full(f.v), "name"),
            "tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
            "carrier": G(lambda f: f.pick(["UPS", "USPS", "FedEx"])),
            "item_count": G(lambda f: f.r.randint(3, 25)),
        },
    ),
    # -- group and alias --------------------------------------------------------------------------------
    (
        "group",
        None,
        ("php", "web"),
        ALL,
        {
            "name": G(lambda f: f.fac[1]),
            "agency": G(lambda f: f.fac[0]),
            "city": G(lambda f: f.fac[2]),
            "state": G(lambda f: f.fac[3]),
            "visitsPhone": G(
                lambda f: {"us": "+1 936 437 1975", "uk": "0300 060 6503", "au": "(02) 9289 5100"}[f.region]
            ),
            "visitsEmail": G(
                lambda f: f.pick(
                    [
                        "visits@hmpwandsworth.example.gov.uk",
                        "visitation@tdcj.example.gov",
                        "visits.silverwater@example.nsw.gov.au",
                    ]
                )
            ),
            "address": G(
                lambda f: f.pick(
                    [
                        "815 12th St, Huntsville TX 77348",
                        "Heathfield Road, London SW18 3HU",
                        "Holker St, Silverwater NSW 2128",
                    ]
                )
            ),
            "capacity": G(lambda f: f.r.randint(300, 4500)),
            "contract": G(lambda f: f.pick(["video+messaging", "full_suite", "deposits_only"])),
            "goLiveDate": G(lambda f: f.date(2019, 2024)),
        },
    ),
    ("alias", None, ("web", "ios", "android"), ALL, None),
]


def build(seed: int, repeats: int):
    f = P(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, regions, body in EVENTS:
            f.start(f.pick(regions))
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(16),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "fac_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            if client in SERVER_LIBS and f.r.random() < 0.3:
                msg["integrations"] = {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=202, repeats=36)
    write(Path(__file__).parent, "holdout202_", events, labels)
