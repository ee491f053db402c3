"""Writes holdout179: tests/corpus/holdout179_events.jsonl and holdout179_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its other
labels, and never run through it; only the corpus helpers (build.py, fake.py), holdout3's format
and the reference's default matcher table were read. Nothing here is tuned to the engine.

Domain: a funeral-home, cemetery and estate-settlement service in the US, the UK and the
Philippines. Pre-need plans bought for oneself or a parent, arrangements for the deceased (names,
dates, causes of death, rites), informants and next of kin, obituaries, memorial pages and
guest books, US/UK/PH death registration, death-certificate and probate uploads, estate accounts
and beneficiaries' bank details, instalment payments (cards, Stripe, GCash), repatriation of
remains, a grave-finder app, pet aftercare, sympathy flowers, staff, celebrants and hiring.

Traffic: identify / track / page / screen / group / alias from analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java,
ruby, php and .NET server libraries, with their real `context` blocks (ip, traits, device, app,
library, locale, userAgent, campaign, consent, location); e-commerce spec events; vendor-shaped
payloads (Stripe payment intents, Twilio call webhooks, SendGrid events, DocuSign envelopes,
Zendesk tickets, Meta Conversions API user_data, Google Places autocomplete). Keys are mostly
camelCase and snake_case, with PascalCase (.NET, Twilio, the UK registration service),
kebab-case (a CMS webhook, SendGrid's `smtp-id`), SCREAMING_SNAKE (a reverse-ETL identify) and
Tagalog keys from the Philippine backend (`pangalan`, `apelyido`, `kaarawan`, `tirahan`,
`sanhi_ng_kamatayan`, `hulog` ...). Values: names from US, UK and Filipino families of many
origins; US, UK and PH phone formats and addresses; Luhn-valid cards, mod-97 GB IBANs, SSA-valid
SSNs, mod-11 NHS numbers, valid-prefix National Insurance numbers, ABA-checksummed routing
numbers, PhilSys, PhilHealth and TIN formats.

Labelling (the Privacy Portal's default colours):
- Each leaf path has classification, type (the reference's matcher name, or bank account,
  geolocation, secret, national id, health id, advertising id, credit card, token ...; `a|b`
  when either is fair) and value_only (the key does not say what the value is).
- PII: personal data about a natural person: the user, the deceased, informants, next of kin,
  beneficiaries, guests, staff, celebrants, applicants. Colour: the reference's default for the
  matcher; outside the reference, red for credentials/secrets, cards, bank accounts, government
  ids and health ids, yellow otherwise.
- Green: ids we or vendors issue (order, case, contract, plan, Stripe `pi_`/`cus_`, Twilio
  `CallSid`, envelope ids, UUIDs, e-mail Message-IDs), versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`, `has_will`,
  `wheelchair_spaces`, `password_strength`), product, plan, casket, flower, pet, cemetery and
  company names, country, state, province, county, locale, timezone, currency, user agents,
  OS-issued device ids; card brand, last four, expiry and BIN; routing numbers, sort codes, BICs.
- Special categories: a boolean or enum that states one (rite or officiant type -> religion;
  armed-forces service, branch, discharge, military honours -> veteran; infectious-disease
  precautions, pacemaker present, tobacco use, pregnancy status, manner of death, mental-health
  concerns -> condition; accessibility needs -> disability) is PII of that category.
- Product policy on contested cases, followed as written: member/claim/loyalty/customer numbers,
  ages, marital status, jobs and employers, a business's own phone, e-mail (role mailboxes) and
  address, pets, UUID tokens and Message-IDs are green; insurance policy numbers
  (`identification`), salaries and hourly rates (`salary`), credit scores, vehicle plates
  (`license`), ad click/browser ids (gclid, fbp, fbc: `advertising id`) and billing/shipping
  addresses (`address`) are yellow; payment-method tokens (`pm_`), one-time codes and sign-in
  link tokens (`token`), patient numbers (NHS, PhilHealth PIN, hospital MRN: `health id`),
  identity-document numbers (`national id`/`passport`) and right-to-work / visa-sponsorship
  answers (`visa`) are red.
- value_only is true for neutral keys (`value`, `label`, `input`, `text`, `q`, `note`, `message`,
  `body`, `slug`, `From`, `recipient`, `link` ...); such a path holds its PII in every value.
  Free text is labelled by what every one of its values carries (guest-book messages, flower-card
  messages and engravings always name someone; staff notes always carry a phone number), and is
  green when none does (special requests, uploaded file names, transfer memos, ticket subjects).

Rules chosen where the policy is silent (what a careful privacy owner would want):
- The deceased are treated as natural persons: their names, birth dates, causes of death,
  religion, government and health ids are labelled like a living person's.
- Dates of death, service, burial and visit dates are green (event dates); birth dates and birth
  years are yellow `birthdate`. Place-of-death enums (hospital, residence, care home) are green.
- Cemetery section, row, plot numbers and the plot's coordinates are green (a place that is not
  the person's; the visitor's own position in the grave finder is yellow `geolocation`); a
  repatriation case's destination, airline and air waybill are green.
- Death-certificate numbers and civil-registry numbers are yellow `certificate`; burial permits,
  registrar entry numbers, probate case numbers, Tell Us Once references and OWWA membership
  numbers are green (record or member numbers an institution issues).
- Professional licence numbers held by a person (embalmer, certifying physician, insurance
  agent) are yellow `license`. A GCash wallet number is a mobile number: yellow `phone`.
- PhilHealth PINs are a national health-system number: red `health id`; a senior-citizen (OSCA)
  id and the PhilSys number are red `national id`.
- Hashed e-mail and phone sent for ad matching (Meta CAPI `em`, `ph`) are personal data: yellow
  `email` / `phone`; hashes of ids we issue are green.
- A caller's city and ZIP looked up from their number are yellow; the called business's are green.
- Memorial page slugs and the obituary search box carry the deceased's name: yellow `name`.
- Each message is set in one country (US, UK or PH) so its names, phones, addresses, currency,
  locale and timezone agree; country-specific systems (US death certificates, the GRO, the PSA,
  GCash) always use their own country.
- Secrets a branch admin pastes (gateway secret keys, RTMP stream keys) are red `secret`.
- Event names never colour a field: only what the field's own values state counts.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids -------------------------------------------------------------------------

FIRST = {
    "US": [
        "James",
        "Mary",
        "DeShawn",
        "Latoya",
        "Guadalupe",
        "José",
        "Wei",
        "Tuan",
        "Aaliyah",
        "Ethan",
        "Brittany",
        "Miguel",
        "Kimberly",
        "Darnell",
        "Hyun-woo",
        "Svetlana",
        "Abdul",
        "Rosa",
        "Harold",
        "Dolores",
        "Earl",
        "Bernice",
        "Yolanda",
        "Nikolai",
    ],
    "UK": [
        "Oliver",
        "Amelia",
        "Siobhan",
        "Gareth",
        "Rhiannon",
        "Mohammed",
        "Aisha",
        "Harpreet",
        "Callum",
        "Eilidh",
        "Chidi",
        "Niamh",
        "Graham",
        "Beverley",
        "Doreen",
        "Alfie",
        "Priya",
        "Tomasz",
        "Maureen",
        "Kwabena",
    ],
    "PH": [
        "Maria Cristina",
        "Jose Mari",
        "Rodrigo",
        "Lourdes",
        "Ma. Teresa",
        "Ferdinand",
        "Rowena",
        "Marites",
        "Arnel",
        "Jocelyn",
        "Rogelio",
        "Analyn",
        "Dindo",
        "Erlinda",
        "Corazon",
        "Rizalino",
        "Liza",
        "Bong",
        "Nenita",
        "Jun",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Hernández",
        "Nguyen",
        "Kim",
        "Washington",
        "Kowalski",
        "Brown",
        "Goldberg",
        "Rodriguez",
        "Yazzie",
        "Thompson",
        "Chen",
        "Jackson",
        "O'Neill",
        "Novak",
        "Okafor",
    ],
    "UK": [
        "Evans",
        "Jones",
        "MacLeod",
        "Okonkwo",
        "Begum",
        "Patel",
        "Hughes",
        "Davies",
        "Ahmed",
        "Wright",
        "Nowak",
        "Fitzgerald",
        "Campbell",
        "Singh",
        "Mensah",
    ],
    "PH": [
        "Santos",
        "Reyes",
        "dela Cruz",
        "Bautista",
        "Villanueva",
        "Mendoza",
        "Garcia",
        "Aquino",
        "Ramos",
        "Castillo",
        "Fernandez",
        "Tan",
        "Lim",
        "Dimaculangan",
        "Pangilinan",
        "Sy",
        "Macaraeg",
        "Gonzales",
    ],
}
STREETS = {
    "US": [
        "Willow Creek Dr",
        "Maple St",
        "Lincoln Ave",
        "Martin Luther King Jr Blvd",
        "Cedar Ridge Ln",
        "Sunset Blvd",
        "Palmetto Ct",
        "Juniper Way",
        "W 63rd St",
        "Oak Hollow Rd",
    ],
    "UK": [
        "Kingsley Road",
        "Church Lane",
        "Acacia Avenue",
        "Victoria Street",
        "Mill Close",
        "Orchard Way",
        "Albert Terrace",
        "Station Road",
        "Heol y Parc",
        "Dumbarton Road",
    ],
    "PH": [
        "Mabini St.",
        "Rizal Ave.",
        "Bonifacio St.",
        "Luna St.",
        "Sampaguita St.",
        "Narra St.",
        "Kamagong St.",
        "M. H. del Pilar St.",
    ],
}
BARANGAYS = [
    "Brgy. San Isidro",
    "Brgy. Poblacion",
    "Brgy. Bagong Silang",
    "Brgy. Holy Spirit",
    "Brgy. Commonwealth",
    "Brgy. Lahug",
    "Brgy. Talamban",
    "Brgy. Kapitolyo",
    "Brgy. Malanday",
]
CITIES = {
    "US": [
        ("Houston", "TX"),
        ("Phoenix", "AZ"),
        ("San Antonio", "TX"),
        ("Columbus", "OH"),
        ("Sacramento", "CA"),
        ("Jersey City", "NJ"),
        ("Gallup", "NM"),
        ("Chicago", "IL"),
        ("Daly City", "CA"),
    ],
    "UK": [
        ("Manchester", "England"),
        ("Leeds", "England"),
        ("Bristol", "England"),
        ("Cardiff", "Wales"),
        ("Glasgow", "Scotland"),
        ("Walthamstow", "England"),
        ("Belfast", "Northern Ireland"),
    ],
    "PH": [
        ("Quezon City", "Metro Manila"),
        ("Cebu City", "Cebu"),
        ("Davao City", "Davao del Sur"),
        ("Makati", "Metro Manila"),
        ("Pasig", "Metro Manila"),
        ("Iloilo City", "Iloilo"),
        ("Valenzuela", "Metro Manila"),
        ("Baguio", "Benguet"),
    ],
}
CENTRES = {"US": (29.76, -95.37), "UK": (53.48, -2.24), "PH": (14.65, 121.05)}
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.com.ph",
    "aol.com",
    "proton.me",
]
UK_OUTWARD = ["M14", "LS6", "BS3", "CF24", "G12", "E17", "SW11", "BT7", "B29", "NE4"]
REGIONS = ["US", "UK", "PH"]

BRANCHES = [
    "Evergreen Chapel — Houston",
    "Evergreen — Manchester Road",
    "Evergreen Memorial Chapels QC",
    "Evergreen Cebu",
    "Evergreen — Bristol",
    "Evergreen Phoenix North",
]
CEMETERIES = [
    "Manila Memorial Park",
    "Loyola Memorial Park",
    "Forest Lawn Sunnyside",
    "Southern Cemetery",
    "Arnos Vale",
    "Holy Cross Cemetery",
    "Himlayang Pilipino",
    "Cathays Cemetery",
]
PLANS = [
    "Serenity Traditional",
    "Eternal Peace Cremation",
    "Heritage Memorial",
    "Dignity Direct",
    "Pag-asa Life Plan",
    "Tahanan Family Plan",
]
PRODUCTS = [
    ("Heritage Bronze 18ga Casket", "Caskets", "CSK-BRZ-18"),
    ("Oak Veneer Coffin", "Coffins", "CFN-OAK-01"),
    ("Willow Eco Coffin", "Coffins", "CFN-WLW-02"),
    ("Pewter Keepsake Urn", "Urns", "URN-PWT-KS"),
    ("Biodegradable Sea Urn", "Urns", "URN-BIO-SEA"),
    ("Mahogany Cremation Urn", "Urns", "URN-MHG-L"),
    ("White Lily Standing Spray", "Flowers", "FLW-LILY-SS"),
    ("Memorial Candle Set", "Keepsakes", "KPS-CNDL-3"),
    ("Fingerprint Pendant", "Keepsakes", "KPS-FPP-925"),
    ("Granite Flat Marker 24in", "Memorials", "MEM-GRN-24"),
]
FLOWERS = [
    "Peaceful White Lilies",
    "Sympathy Rose Basket",
    "Heartfelt Wreath",
    "Sampaguita Garland",
    "Eternal Rest Standing Spray",
    "Garden of Grace Basket",
]
SONGS = [
    "Amazing Grace",
    "How Great Thou Art",
    "Hindi Kita Malilimutan",
    "Abide With Me",
    "My Way",
    "Danny Boy",
    "You Raise Me Up",
    "Ama Namin",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


PAGES = [
    ("Home", "/", "Evergreen Funeral Services"),
    ("Plans", "/plans", "Pre-Need Plans | Evergreen"),
    ("Obituaries", "/obituaries", "Obituaries | Evergreen"),
    ("Arrange Online", "/arrange-online", "Arrange Online | Evergreen"),
    ("Urns", "/shop/urns", "Cremation Urns | Evergreen Shop"),
    ("Memorial", "/memorials/48213", "Memorial | Evergreen"),
    ("Checkout", "/checkout", "Checkout | Evergreen Shop"),
]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class F(Fake):
    """fake.Fake with US, UK and Philippine people, places and identifiers."""

    cur = "US"
    cur_city = CITIES["US"][0]

    def begin(self, region=None):
        """Start a message: its people, places, currency and locale share one country."""
        self.cur = region or self.pick(REGIONS)
        self.cur_city = self.pick(CITIES[self.cur])
        self.page = self.pick(PAGES)
        self.screen = self.pick(["Grave Map", "Memorial", "Plans", "Payments", "Documents", "Home"])

    def ipv6(self):
        prefix = {
            "US": ["2600:1700", "2601:646", "2607:fb90"],
            "UK": ["2a00:23c6", "2a02:c7c"],
            "PH": ["2001:4450", "2405:8d40"],
        }
        groups = ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))
        return f"{self.pick(prefix[self.cur])}:{groups}"

    def region(self):
        return self.cur

    def first(self, region=None):
        return self.pick(FIRST[region or self.region()])

    def last(self, region=None):
        return self.pick(LAST[region or self.region()])

    def full_name(self, region=None):
        region = region or self.region()
        return f"{self.first(region)} {self.last(region)}"

    def email(self, first=None, last=None):
        first = ascii_fold(first or self.first()).lower().split()[0].strip(".")
        last = ascii_fold(last or self.last()).lower().replace("'", "").replace(" ", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(60, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL)}"

    def phone(self, region=None):
        region = region or self.region()
        r = self.r
        if region == "US":
            area = r.choice([210, 281, 312, 346, 415, 480, 505, 602, 614, 713, 832, 916, 201, 650])
            ex, line = r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area}-{ex}-{line:04d}",
                ]
            )
        if region == "UK":
            mob = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"+44 {mob[:4]} {mob[4:]}",
                    f"0{mob[:4]} {mob[4:]}",
                    f"+44{mob}",
                    f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                ]
            )
        mob = f"9{r.choice([17, 18, 19, 20, 27, 28, 56, 66, 77, 95, 98])}{r.randint(1000000, 9999999)}"
        return self.pick(
            [
                f"+63 {mob[:3]} {mob[3:6]} {mob[6:]}",
                f"0{mob[:3]}-{mob[3:6]}-{mob[6:]}",
                f"0{mob}",
                f"+63{mob}",
                f"(02) 8{r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )

    def mobile_ph(self):
        mob = f"9{self.r.choice([17, 18, 27, 56, 66, 77, 95])}{self.r.randint(1000000, 9999999)}"
        return self.pick([f"0{mob}", f"+63{mob}", f"0{mob[:3]} {mob[3:6]} {mob[6:]}"])

    def street(self, region=None):
        region = region or self.region()
        n = self.r.randint(1, 9800)
        if region == "US":
            unit = self.pick(["", "", " Apt 4B", " Unit 12", " #210"])
            return f"{n} {self.pick(STREETS['US'])}{unit}"
        if region == "UK":
            flat = self.pick(["", "", f"Flat {self.r.randint(1, 12)}, "])
            return f"{flat}{self.r.randint(1, 240)} {self.pick(STREETS['UK'])}"
        if self.r.random() < 0.5:
            blk, lot = self.r.randint(1, 40), self.r.randint(1, 60)
            return f"Blk {blk} Lot {lot} {self.pick(STREETS['PH'])}, {self.pick(BARANGAYS)}"
        return f"{self.r.randint(1, 400)} {self.pick(STREETS['PH'])}, {self.pick(BARANGAYS)}"

    def city(self, region=None):
        if region in (None, self.cur):
            return self.cur_city[0]
        return self.pick(CITIES[region])[0]

    def state(self, region=None):
        if region in (None, self.cur):
            return self.cur_city[1]
        return self.pick(CITIES[region])[1]

    def postcode(self, region=None):
        region = region or self.region()
        if region == "US":
            base = f"{self.r.randint(10001, 99950):05d}"
            return base if self.r.random() < 0.8 else f"{base}-{self.r.randint(1, 9999):04d}"
        if region == "UK":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{self.pick(UK_OUTWARD)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        return f"{self.r.randint(1000, 9811)}"

    def full_address(self, region=None):
        region = region or self.region()
        return f"{self.street(region)}, {self.city(region)} {self.postcode(region)}"

    def dob(self, start=1925, end=1962):
        return self.date(start, end)

    def ni_number(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        return f"{self.pick(first)}{self.pick(second)}{self.digits(6)}{self.pick('ABCD')}"

    def nhs_number(self):
        while True:
            nine = [self.r.randint(0, 9) for _ in range(9)]
            nine[0] = self.r.randint(4, 6)
            check = 11 - sum(d * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, nine)) + str(check)
                return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def routing(self):
        while True:
            eight = [self.r.randint(0, 9) for _ in range(8)]
            eight[0] = self.r.choice([0, 1, 2, 3])
            for d9 in range(10):
                d = [*eight, d9]
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                    return "".join(map(str, d))

    def sort_code(self):
        return (
            self.pick(["20", "40", "30", "60", "77", "11"])
            + "-"
            + f"{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"
        )

    def gb_iban(self):
        bank = self.pick(["BARC", "LOYD", "HBUK", "MIDL", "NWBK", "NAIA", "MONZ"])
        bban = bank + self.digits(6) + self.digits(8)
        numeric = "".join(str(int(c, 36)) for c in bban + "GB00")
        raw = f"GB{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def bank_account(self, region=None):
        region = region or self.region()
        if region == "US":
            return self.digits(self.r.randint(9, 12))
        if region == "UK":
            return self.digits(8)
        return self.pick(
            [self.digits(10), self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}"]
        )

    def philsys(self):
        d = self.digits(16)
        return self.pick([d, f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"])

    def philhealth(self):
        d = self.digits(12)
        return self.pick([d, f"{d[:2]}-{d[2:11]}-{d[11]}"])

    def passport(self, region=None):
        region = region or self.region()
        if region == "PH":
            return f"P{self.digits(7)}{self.pick('ABC')}"
        return self.digits(9)

    def plate(self, region=None):
        region = region or self.region()
        L = string.ascii_uppercase
        if region == "US":
            return (
                f"{self.r.randint(1, 9)}{''.join(self.pick(L) for _ in range(3))}{self.r.randint(100, 999)}"
            )
        if region == "UK":
            tail = "".join(self.pick(L) for _ in range(3))
            return f"{self.pick(L)}{self.pick(L)}{self.r.randint(10, 74)} {tail}"
        return f"{''.join(self.pick(L) for _ in range(3))} {self.r.randint(1000, 9999)}"

    def death_cert(self):
        return self.pick(
            [
                f"{self.r.randint(101, 156)}-2024-{self.digits(6)}",
                f"DYD {self.digits(6)}",
                f"2024-{self.digits(5)}",
                f"K{self.digits(7)}",
            ]
        )

    def pm(self):
        return "pm_" + "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(24))

    def stripe_id(self, prefix):
        return prefix + "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(24))

    def near(self, region=None):
        lat, lon = CENTRES[region or self.region()]
        return round(lat + self.r.uniform(-0.4, 0.4), 6), round(lon + self.r.uniform(-0.4, 0.4), 6)

    def lat(self):
        return self.near()[0]

    def lon(self):
        return self.near()[1]

    def gclid(self):
        alnum = string.ascii_letters + string.digits + "_-"
        return "Cj0KCQjw" + "".join(self.r.choice(alnum) for _ in range(60)) + "BwE"

    def fbc(self):
        alnum = string.ascii_letters + string.digits + "_"
        return f"fb.1.{self.epoch_ms()}.IwAR" + "".join(self.r.choice(alnum) for _ in range(40))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def sha(self, text):
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def urltoken(self, n=43):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def msg_id(self):
        return f"<{self.hexid(12)}.{self.digits(5)}@mailer.evergreen-fs.com>"

    def slug(self):
        name = ascii_fold(self.full_name()).lower().replace(".", "").replace("'", "")
        return "-".join(name.split()) + f"-{self.r.randint(1925, 1960)}-2024"

    def money(self, lo=1, hi=500):
        return round(self.r.uniform(lo, hi), 2)


def p(*items):
    options = list(items)
    return lambda f: f.pick(options)


def ri(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def yn(f):
    return f.pick([True, False])


CURRENCY = {"US": "USD", "UK": "GBP", "PH": "PHP"}
COUNTRY = {"US": "US", "UK": "GB", "PH": "PH"}
COUNTRY_NAME = {"US": "United States", "UK": "United Kingdom", "PH": "Philippines"}
LOCALES = {"US": ["en-US", "en-US", "es-US"], "UK": ["en-GB"], "PH": ["en-PH", "fil-PH", "en-US"]}
TIMEZONES = {
    "US": ["America/Chicago", "America/Phoenix", "America/New_York", "America/Los_Angeles"],
    "UK": ["Europe/London"],
    "PH": ["Asia/Manila"],
}
WINDOWS_TZ = {"US": "Central Standard Time", "UK": "GMT Standard Time", "PH": "Singapore Standard Time"}
CARRIERS = {
    "US": ["T-Mobile", "Verizon", "AT&T"],
    "UK": ["EE", "Vodafone UK", "O2 - UK"],
    "PH": ["Globe", "Smart", "DITO"],
}


def currency(f):
    return CURRENCY[f.region()]


def country(f):
    return COUNTRY[f.region()]


def locale(f):
    return f.pick(LOCALES[f.region()])


def timezone(f):
    return f.pick(TIMEZONES[f.region()])


def guestbook_message(f: F) -> str:
    who = f.pick([f.first(), "Tita " + f.first("PH"), "Lola " + f.first("PH"), "Mr. " + f.last(), f.first()])
    return f.pick(
        [
            f"Rest in peace, {who}. You will be dearly missed.",
            f"Our deepest sympathies to the family. {who} was a light to everyone who knew her.",
            f"Thinking of you all. {who} always had a kind word at church.",
            f"Nakikiramay po kami. Paalam, {who}.",
            f"So many happy memories of {who} at the Fourth of July cookouts. Love, the {f.last()} family",
            f"{who} taught me to drive. Sending love from Leeds.",
        ]
    )


def card_message(f: F) -> str:
    sign = f.pick(
        [f.first(), f"The {f.last()} family", f"{f.first()} & {f.first()}", f"{f.first()} {f.last()}"]
    )
    return f.pick(
        [
            f"With deepest sympathy, {sign}",
            f"Thinking of you at this difficult time. Love, {sign}",
            f"In loving memory. — {sign}",
            f"Our condolences. {sign}",
        ]
    )


def engraving(f: F) -> str:
    name = f.pick([f.full_name(), f.first(), "Lola " + f.first("PH"), "Grandad " + f.first("UK")])
    return f.pick(
        [
            f"{name} 1938\u20132024",
            f"Forever in our hearts, {name}",
            f"{name} · Beloved mother",
            f"In loving memory of {name}",
        ]
    )


def staff_note(f: F) -> str:
    ph = f.phone()
    return f.pick(
        [
            f"Daughter asked for a callback on {ph} after 5pm re flowers.",
            f"Son will confirm the hymns; reach him on {ph}.",
            f"Family prefers text: {ph}. Viewing moved to Chapel 2.",
            f"Executor's mobile {ph} — send the itemised statement there too.",
        ]
    )


def ticket_body(f: F) -> str:
    em = f.email()
    return f.pick(
        [
            f"Please send the receipt for my mother's plan to {em}, I no longer use the old address.",
            f"Hi, I can't log in. My email is {em}.",
            f"Can you update the contact email for the plan to {em}? Thank you.",
            f"Please cc my brother {em} on all estate updates.",
        ]
    )


def sms_body(f: F) -> str:
    name = f.first()
    return f.pick(
        [
            f"Hi {name}, your instalment of PHP 2,150.00 is due on 15 Jun. Pay via GCash or any branch.",
            f"Hi {name}, your Evergreen plan payment of $86.40 is due on 06/01. Reply STOP to opt out.",
            f"Magandang araw {name}! Paalala: ang iyong hulog ay due sa 30 Hunyo.",
            f"{name}, thank you for your payment. Your plan is up to date.",
        ]
    )


def obituary_query(f: F) -> str:
    return f.pick(
        [f.full_name(), f.last(), f.first() + " " + f.last(), f.last().lower(), f.full_name().upper()]
    )


def magic_link(f: F) -> str:
    return f"https://my.evergreen-fs.com/auth/verify?token={f.urltoken()}&redirect=%2Fplans"


# -- contexts -----------------------------------------------------------------------------------------


def web_context(f: F):
    return {
        "library": {
            "name": G(p("analytics.js")),
            "version": G(p("npm:next-1.70.0", "npm:next-1.72.1", "next-1.69.0")),
        },
        "page": {
            "path": G(lambda f: f.page[1]),
            "referrer": G(
                p("", "https://www.google.com/", "https://www.facebook.com/", "https://l.messenger.com/")
            ),
            "search": G(
                p("", "?utm_source=facebook&utm_medium=paid_social", "?ref=obit-email", "?branch=qc")
            ),
            "title": G(lambda f: f.page[2]),
            "url": G(lambda f: "https://www.evergreen-fs.com" + f.page[1]),
        },
        "userAgent": G(p(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(p("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(p("124", "99", "8")),
                },
                3,
            ),
            "mobile": G(yn),
            "platform": G(p("Windows", "Android", "macOS")),
        },
        "locale": G(locale),
        "timezone": G(timezone),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(p("preneed_spring", "obit_alerts", "undas_2024", "brand_search")),
            "source": G(p("facebook", "google", "newsletter")),
            "medium": G(p("paid_social", "cpc", "email")),
            "term": G(p("funeral home near me", "cremation cost", "life plan philippines")),
            "content": G(p("carousel_a", "video_15s", "textlink")),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(yn),
                "Analytics": G(yn),
                "Functional": G(p(True, True, False)),
            }
        },
    }


def swift_context(f: F):
    return {
        "app": {
            "name": G(p("Evergreen")),
            "version": G(p("4.2.0", "4.3.1", "4.4.0")),
            "build": G(p("420", "431", "440")),
            "namespace": G(p("com.evergreenfs.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(p("Apple")),
            "model": G(p("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18")),
            "name": G(p("iPhone", "iPad")),
            "type": G(p("ios")),
            "adTrackingEnabled": G(yn),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(p("analytics-swift")), "version": G(p("1.5.11", "1.6.0", "1.5.9"))},
        "os": {"name": G(p("iOS", "iPadOS")), "version": G(p("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(p(390, 393, 430, 820)), "height": G(p(844, 852, 932, 1180))},
        "network": {"wifi": G(yn), "cellular": G(yn)},
        "locale": G(locale),
        "timezone": G(timezone),
        "instanceId": G(lambda f: f.uuid().upper()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        },
    }


def kotlin_context(f: F):
    dev = f.pick(
        [
            ("samsung", "SM-A546E", "a54x"),
            ("Google", "Pixel 7a", "lynx"),
            ("Xiaomi", "Redmi Note 13", "sapphire"),
            ("OPPO", "CPH2591", "OP5961L1"),
        ]
    )
    return {
        "app": {
            "name": G(p("Evergreen Staff", "Evergreen")),
            "version": G(p("2.8.0", "2.9.3", "3.0.1")),
            "build": G(p("2080", "2093", "3001")),
            "namespace": G(p("com.evergreenfs.staff", "com.evergreenfs.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "name": G(lambda f: dev[2]),
            "type": G(p("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(yn),
        },
        "library": {"name": G(p("analytics-kotlin")), "version": G(p("1.16.3", "1.17.0", "1.15.2"))},
        "os": {"name": G(p("Android")), "version": G(p("14", "13", "12"))},
        "screen": {"density": G(p(2.625, 2.75, 3.0)), "height": G(p(2340, 2400, 2412)), "width": G(p(1080))},
        "network": {
            "wifi": G(yn),
            "cellular": G(yn),
            "bluetooth": G(p(False)),
            "carrier": G(lambda f: f.pick(CARRIERS[f.region()])),
        },
        "locale": G(locale),
        "timezone": G(timezone),
        "userAgent": G(
            p(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; CPH2591 Build/SP1A.210812.016)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: F):
    dev = f.pick(
        [
            ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
            ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
            ("Google", "Pixel 8", "shiba", "android", "Android", "14"),
            ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "17.5.1"),
        ]
    )
    return {
        "app": {
            "name": G(p("Evergreen Memorials")),
            "version": G(p("1.9.0", "1.10.2", "1.11.0")),
            "build": G(p("190", "1102", "1110")),
            "namespace": G(p("com.evergreenfs.memorials")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "name": G(lambda f: dev[2]),
            "type": G(lambda f: dev[3]),
        },
        "library": {"name": G(p("analytics-react-native")), "version": G(p("2.19.1", "2.20.0", "2.18.4"))},
        "locale": G(locale),
        "network": {"wifi": G(yn), "cellular": G(yn)},
        "os": {"name": G(lambda f: dev[4]), "version": G(lambda f: dev[5])},
        "screen": {"width": G(p(390, 412, 428)), "height": G(p(844, 915, 926))},
        "timezone": G(timezone),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        },
    }


def flutter_context(f: F):
    def lat(f):
        return f.near()[0]

    def lon(f):
        return f.near()[1]

    dev = f.pick(
        [
            ("samsung", "SM-A155F", "android", "Android", "14"),
            ("Apple", "iPhone14,5", "ios", "iOS", "17.4"),
            ("vivo", "V2247", "android", "Android", "13"),
            ("realme", "RMX3834", "android", "Android", "14"),
        ]
    )
    return {
        "app": {
            "name": G(p("Evergreen Grave Finder")),
            "version": G(p("1.3.0", "1.4.2", "1.5.0")),
            "build": G(p("13", "42", "50")),
            "namespace": G(p("com.evergreenfs.gravefinder")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: dev[0]),
            "model": G(lambda f: dev[1]),
            "type": G(lambda f: dev[2]),
        },
        "library": {"name": G(p("analytics_flutter")), "version": G(p("1.1.0", "1.0.4", "1.1.2"))},
        "os": {"name": G(lambda f: dev[3]), "version": G(lambda f: dev[4])},
        "screen": {
            "width": G(p(1080, 1170, 720)),
            "height": G(p(2400, 2532, 1600)),
            "density": G(p(2.0, 3.0, 2.75)),
        },
        "network": {"wifi": G(yn), "cellular": G(yn)},
        "locale": G(locale),
        "timezone": G(timezone),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy": G(p(5.0, 12.5, 30.0, 65.0)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.1"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(p(name)), "version": G(p(*versions))}}
    if client == "node":
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(p(*UAS))
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        }
    if client == "python":
        ctx["locale"] = G(locale)
    if client == "dotnet":
        ctx["timezone"] = G(lambda f: WINDOWS_TZ[f.region()])
    if client == "java":
        ctx["groupId"] = G(lambda f: "est_" + f.digits(6))
    return ctx


def context_for(client: str, f: F):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda f: server_context(client))(f)


MOBILE = ["swift", "rn", "kotlin"]
SERVER = ["python", "node", "go", "java", "ruby"]

# -- shared bodies -------------------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(PRODUCTS)[2]),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "category": G(lambda f: f.pick(PRODUCTS)[1]),
        "brand": G(p("Evergreen", "Heritage Casket Co.", "Passages International")),
        "variant": G(p("Standard", "Oversize", "Engraved", "Silk Interior")),
        "price": G(lambda f: f.money(40, 6500)),
        "quantity": G(ri(1, 3)),
        "position": G(ri(1, 24)),
        "url": G(lambda f: "https://www.evergreen-fs.com/shop/p/" + f.digits(6)),
        "image_url": G(lambda f: f"https://cdn.evergreen-fs.com/products/{f.hexid(10)}.webp"),
    }


LINE2 = {
    "US": ["Apt 2", "Unit 5C", "Suite 310", "Apt 12B"],
    "UK": ["Flat 1", "Flat 4", "Ground Floor Flat", "Rose Cottage"],
    "PH": ["Brgy. Poblacion", "Rm 804, Tower 2", "Unit 12F", "Phase 3"],
}


def postal_block():
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(lambda f: f.pick(LINE2[f.region()]), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.state()),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(country),
    }


# -- events ----------------------------------------------------------------------------------------------

EVENTS = [
    # -- accounts and identities --------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "rn", "node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: COUNTRY_NAME[f.region()]),
            },
            "birthday": Y(lambda f: f.dob(1940, 1995), "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(yn),
            "phoneVerified": G(yn),
            "preferredContact": G(p("email", "sms", "phone", "viber")),
            "marketingOptIn": G(yn),
            "plansOwned": G(ri(0, 3)),
            "homeBranchId": G(lambda f: "br_" + f.digits(3)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "pangalan": Y(lambda f: f.first("PH"), "name"),
            "gitnang_pangalan": Y(lambda f: f.last("PH"), "name"),
            "apelyido": Y(lambda f: f.last("PH"), "name"),
            "kaarawan": Y(lambda f: f.dob(1945, 1998), "birthdate"),
            "kasarian": Y(p("lalaki", "babae"), "gender|sex"),
            "tirahan": Y(lambda f: f.street("PH"), "address"),
            "lungsod": Y(lambda f: f.city("PH"), "city"),
            "lalawigan": G(lambda f: f.state("PH")),
            "numero_ng_telepono": Y(lambda f: f.phone("PH"), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "relihiyon": Y(p("Katoliko", "Iglesia ni Cristo", "Born Again", "Islam", "Aglipay"), "religion"),
            "katayuang_sibil": G(p("may asawa", "walang asawa", "balo", "hiwalay")),
            "edad": G(ri(25, 80)),
            "trabaho": G(p("guro", "nars", "OFW - seaman", "negosyante", "retirado")),
            "uri_ng_account": G(p("planholder", "benepisyaryo", "ahente")),
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(1940, 1990), "birthdate"),
            "POSTAL_CODE": Y(lambda f: f.postcode(), "zipcode"),
            "STATE_CODE": G(p("TX", "AZ", "CA", "OH", "NJ")),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 24000)),
            "OPEN_PLANS": G(ri(0, 3)),
            "LAST_PAYMENT_AT": G(lambda f: f.iso()),
            "PREFERRED_BRANCH": G(p(*BRANCHES)),
            "IS_VETERAN": RED(yn, "veteran"),
            "DECEASED_FLAG": G(yn),
        },
    ),
    (
        "group",
        None,
        ["java", "web"],
        {
            "name": Y(
                lambda f: f.pick(["Estate of ", "Estate of the late ", "In re Estate of "]) + f.full_name(),
                "name",
            ),
            "case_type": G(p("probate", "small_estate", "intestate", "trust_administration")),
            "jurisdiction": G(
                p("Harris County, TX", "England & Wales", "Quezon City RTC", "Maricopa County, AZ")
            ),
            "opened_at": G(lambda f: f.iso()),
            "executor_count": G(ri(1, 3)),
            "beneficiary_count": G(ri(1, 8)),
            "plan": G(p("estate_basic", "estate_plus", "concierge")),
            "status": G(p("open", "awaiting_grant", "distributing", "closed")),
        },
    ),
    (
        "track",
        "Signed Up",
        ["rn", "web", "swift"],
        {
            "method": G(p("email", "apple", "google", "facebook")),
            "email": Y(lambda f: f.email(), "email"),
            "has_phone": G(yn),
            "email_verified": G(yn),
            "password_strength": G(p("weak", "fair", "strong")),
            "marketing_consent": G(yn),
        },
    ),
    (
        "track",
        "Sign In Link Sent",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link": RED(magic_link, "token", True),
            "expires_in": G(p(600, 900, 1800)),
            "delivery": G(p("sendgrid", "ses")),
            "attempt": G(ri(1, 3)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["swift", "kotlin"],
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(ri(1, 4)),
            "channel": G(p("sms", "viber", "email")),
            "verified": G(yn),
        },
    ),
    # -- pre-need plans and e-commerce --------------------------------------------------------------
    (
        "track",
        "Pre-Need Quote Requested",
        ["web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "plan_name": G(p(*PLANS)),
            "purchaser": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "zip": Y(lambda f: f.postcode("US"), "zipcode"),
            },
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_relationship": G(p("mother", "father", "self", "spouse", "mother-in-law")),
            "beneficiary_age": G(ri(45, 96)),
            "beneficiary_dob": Y(lambda f: f.dob(1928, 1975), "birthdate"),
            "health_declaration": {
                "terminal_illness": Y(yn, "condition"),
                "in_hospice_care": Y(yn, "condition"),
                "declared_at": G(lambda f: f.iso()),
            },
            "payment_frequency": G(p("monthly", "quarterly", "annual", "single")),
        },
    ),
    (
        "track",
        "Financing Pre-Qualified",
        ["node"],
        {
            "application_id": G(lambda f: "fin_" + f.hexid(12)),
            "credit_score": Y(ri(540, 820), "credit score"),
            "soft_pull": G(p(True)),
            "monthly_income": Y(lambda f: f.r.randint(18, 140) * 100, "salary"),
            "apr": G(lambda f: f.money(0, 24.9)),
            "approved": G(yn),
            "term_months": G(p(12, 24, 36, 60)),
            "lender": G(p("Evergreen Finance", "Affirm", "Monument Lending")),
        },
    ),
    (
        "track",
        "Pre-Need Contract Signed",
        ["java"],
        {
            "contract_id": G(lambda f: "PNC-" + f.digits(8)),
            "plan_name": G(p(*PLANS)),
            "purchaser_name": Y(lambda f: f.full_name("US"), "name"),
            "purchaser_dob": Y(lambda f: f.dob(1940, 1985), "birthdate"),
            "purchaser_ssn": RED(lambda f: f.ssn(), "social security number"),
            "beneficiary_name": Y(lambda f: f.full_name("US"), "name"),
            "beneficiary_dob": Y(lambda f: f.dob(1928, 1975), "birthdate"),
            "relationship": G(p("self", "mother", "father", "spouse")),
            "trust_account_id": G(lambda f: "TR" + f.digits(9)),
            "total_price": G(lambda f: f.money(4000, 16000)),
            "down_payment": G(lambda f: f.money(0, 2000)),
            "term_months": G(p(12, 36, 60, 84)),
            "agent_id": G(lambda f: "AG" + f.digits(5)),
            "agent_license_no": Y(lambda f: f.pick(["TX", "AZ", "CA"]) + "-PN-" + f.digits(7), "license"),
            "state": G(p("TX", "AZ", "CA", "OH")),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        {
            "query": G(
                p(
                    "bronze urn",
                    "eco coffin",
                    "sympathy flowers",
                    "keepsake pendant",
                    "granite marker",
                    "casket price",
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **{k: v for k, v in product_item().items() if k not in ("quantity", "position")},
            "currency": G(currency),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in product_item().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "EVG" + f.digits(7)),
            "revenue": G(lambda f: f.money(50, 9000)),
            "tax": G(lambda f: f.money(0, 600)),
            "coupon": G(p("", "VETERAN5", "PRENEED10", "SENIOR")),
            "currency": G(currency),
            "products": Many(product_item(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        {
            "order_id": G(lambda f: "EVG" + f.digits(7)),
            "total": G(lambda f: f.money(50, 9000)),
            "shipping": G(lambda f: f.money(0, 60)),
            "tax": G(lambda f: f.money(0, 600)),
            "currency": G(currency),
            "payment_type": G(p("card", "gcash", "paypal", "bank_transfer")),
            "products": Many(product_item(), 3),
            "billing_address": {"name": Y(lambda f: f.full_name(), "name"), **postal_block()},
            "customer_email": Y(lambda f: f.email(), "email"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(p("visa", "mastercard", "amex", "discover")),
            "card_bin": G(lambda f: f.pick(["4", "51", "55", "37"]) + f.digits(4)),
        },
    ),
    (
        "track",
        "Payment Form Submitted",
        ["web"],
        {
            "form_id": G(p("pay-instalment", "pay-balance", "pay-deposit")),
            "fields": {
                "name_on_card": Y(lambda f: f.full_name(), "name"),
                "card_number": RED(lambda f: f.card(), "credit card"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
                "save_card": G(yn),
            },
            "duration_ms": G(ri(9000, 240000)),
        },
    ),
    (
        "track",
        "Instalment Paid",
        ["python", "node"],
        {
            "id": G(lambda f: f.stripe_id("pi_")),
            "amount": G(lambda f: f.r.randint(2500, 45000)),
            "currency": G(lambda f: currency(f).lower()),
            "customer": G(lambda f: f.stripe_id("cus_")[:18]),
            "payment_method": RED(lambda f: f.pm(), "token"),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {k: v for k, v in postal_block().items() if k != "line2"},
            },
            "payment_method_details": {
                "card": {
                    "brand": G(p("visa", "mastercard", "amex")),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(ri(1, 12)),
                    "exp_year": G(ri(2025, 2031)),
                    "country": G(country),
                }
            },
            "instalment_number": G(ri(1, 60)),
            "instalments_total": G(p(12, 36, 60)),
            "plan_contract_id": G(lambda f: "PNC-" + f.digits(8)),
        },
    ),
    (
        "track",
        "Hulog Nabayaran",
        ["python"],
        {
            "numero_ng_kontrata": G(lambda f: "LP-" + f.digits(9)),
            "pangalan_ng_planholder": Y(lambda f: f.full_name("PH"), "name"),
            "halaga": G(lambda f: f.money(850, 6500)),
            "pera": G(p("PHP")),
            "petsa_ng_bayad": G(lambda f: f.date(2024, 2024)),
            "paraan_ng_bayad": G(p("gcash", "maya", "bdo_online", "over_the_counter", "7-eleven")),
            "gcash_number": Y(lambda f: f.mobile_ph(), "phone"),
            "reference_no": G(lambda f: f.digits(13)),
            "natitirang_hulog": G(ri(0, 59)),
            "ahente_code": G(lambda f: "AGT-" + f.digits(5)),
            "pangalan_ng_ahente": Y(lambda f: f.full_name("PH"), "name"),
        },
    ),
    (
        "track",
        "Financing Gateway Connected",
        ["php"],
        {
            "gateway": G(p("paymongo", "stripe", "xendit")),
            "branch_id": G(lambda f: "br_" + f.digits(3)),
            "secret_key": RED(
                lambda f: (
                    f.pick(["sk_live_", "sk_live_", "xnd_production_"])
                    + f.urltoken(f.pick([24, 32, 40])).replace("-", "a")
                ),
                "secret",
            ),
            "webhook_url": G(
                p("https://api.evergreen-fs.com/hooks/paymongo", "https://api.evergreen-fs.com/hooks/stripe")
            ),
            "connected_by": Y(lambda f: f.email(), "email", True),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["ruby"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "recipient": Y(lambda f: f.phone(), "phone", True),
            "body": Y(sms_body, "name", True),
            "segments": G(p(1, 2)),
            "status": G(p("queued", "sent", "delivered", "undelivered")),
            "template_id": G(p("instalment_due", "instalment_thanks", "hulog_paalala")),
        },
    ),
    # -- obituaries, memorials, guest books ---------------------------------------------------------
    (
        "track",
        "Obituary Searched",
        ["web"],
        {
            "q": Y(obituary_query, "name", True),
            "results_count": G(ri(0, 40)),
            "branch_filter": G(p("all", "houston", "manchester", "quezon-city")),
            "year_filter": G(p("any", "2024", "2023")),
        },
    ),
    (
        "track",
        "Obituary Viewed",
        ["web", "rn"],
        {
            "obituary_id": G(lambda f: f.digits(6)),
            "deceased_name": Y(lambda f: f.full_name(), "name"),
            "age_at_death": G(ri(41, 103)),
            "date_of_death": G(lambda f: f.date(2023, 2024)),
            "service_date": G(lambda f: f.date(2024, 2024)),
            "branch": G(p(*BRANCHES)),
            "has_livestream": G(yn),
            "guestbook_entries": G(ri(0, 240)),
        },
    ),
    (
        "track",
        "Guestbook Entry Posted",
        ["web", "rn"],
        {
            "entry_id": G(lambda f: f.uuid()),
            "obituary_id": G(lambda f: f.digits(6)),
            "signer_name": Y(lambda f: f.full_name(), "name"),
            "signer_email": Y(lambda f: f.email(), "email"),
            "signer_city": Y(lambda f: f.city(), "city"),
            "relationship": G(p("friend", "coworker", "neighbour", "family", "church member")),
            "message": Y(guestbook_message, "name", True),
            "candle_lit": G(yn),
            "photo_attached": G(yn),
        },
    ),
    (
        "track",
        "Memorial Page Published",
        ["php"],
        {
            "memorial-id": G(lambda f: f.digits(7)),
            "slug": Y(lambda f: f.slug(), "name", True),
            "published-at": G(lambda f: f.iso()),
            "cover-photo": Y(
                lambda f: f"https://media.evergreen-fs.com/memorials/{f.hexid(16)}.jpg", "photo"
            ),
            "born-year": Y(ri(1925, 1975), "birthdate"),
            "died-year": G(p(2023, 2024)),
            "privacy": G(p("public", "unlisted", "private")),
            "guestbook-enabled": G(yn),
            "editor-email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Recipient Selected",
        ["swift", "rn"],
        {
            "label": Y(lambda f: f.full_name(), "name", True),
            "index": G(ri(0, 30)),
            "source": G(p("contacts", "recent", "manual")),
            "share_channel": G(p("sms", "email", "messenger", "whatsapp")),
            "contact_has_email": G(yn),
        },
    ),
    (
        "track",
        "Obituary Alerts Subscribed",
        ["web"],
        {
            "field": G(p("email")),
            "value": Y(lambda f: f.email(), "email", True),
            "frequency": G(p("daily", "weekly", "instant")),
            "branch": G(p(*BRANCHES)),
        },
    ),
    (
        "track",
        "Livestream Started",
        ["node"],
        {
            "stream_id": G(lambda f: f.uuid()),
            "arrangement_id": G(lambda f: "ARR-" + f.digits(6)),
            "platform": G(p("vimeo", "youtube", "onelink")),
            "rtmp_url": G(p("rtmp://live.vimeo.com:1935/live", "rtmp://a.rtmp.youtube.com/live2")),
            "stream_key": RED(lambda f: f"{f.hexid(4)}-{f.hexid(4)}-{f.hexid(4)}-{f.hexid(4)}", "secret"),
            "viewer_count": G(ri(0, 420)),
            "duration_s": G(ri(600, 7200)),
            "private": G(yn),
        },
    ),
    # -- arrangements for the deceased -------------------------------------------------------------
    (
        "track",
        "Arrangement Conference Scheduled",
        ["web", "rn"],
        {
            "arrangement_id": G(lambda f: "ARR-" + f.digits(6)),
            "branch": G(p(*BRANCHES)),
            "conference_at": G(lambda f: f.iso()),
            "mode": G(p("in_person", "video", "phone")),
            "informant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "relationship": G(p("daughter", "son", "spouse", "sibling", "niece", "friend")),
            },
            "deceased": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_death": G(lambda f: f.date(2024, 2024)),
                "place_of_death": G(
                    p(
                        "hospital_inpatient",
                        "residence",
                        "nursing_home",
                        "hospice_facility",
                        "dead_on_arrival",
                    )
                ),
                "disposition": G(p("burial", "cremation", "entombment", "donation")),
            },
            "expected_attendees": G(ri(10, 400)),
        },
    ),
    (
        "track",
        "Decedent Details Submitted",
        ["node"],
        {
            "case_id": G(lambda f: f.digits(8)),
            "decedent": {
                "legal_name": Y(lambda f: f.full_name("US"), "name"),
                "aka": Y(
                    lambda f: f.pick(["Bud", "Lupe", "Dee", "Sonny", "Cookie"]) + " " + f.last("US"), "name"
                ),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "sex": Y(p("F", "M"), "sex|gender"),
                "race": Y(
                    p(
                        "White",
                        "Black or African American",
                        "Asian Indian",
                        "Filipino",
                        "American Indian or Alaska Native",
                        "Chinese",
                    ),
                    "race",
                ),
                "hispanic_origin": Y(
                    p("No, not Hispanic", "Yes, Mexican", "Yes, Puerto Rican", "Yes, Cuban"), "ethnicity"
                ),
                "marital_status": G(p("married", "widowed", "divorced", "never_married")),
                "education": G(p("high_school", "some_college", "bachelors", "masters", "8th_grade_or_less")),
                "usual_occupation": G(
                    p("teacher", "machinist", "registered nurse", "homemaker", "truck driver")
                ),
                "birthplace_city": Y(lambda f: f.city(), "city"),
                "birthplace_country": G(p("United States", "Mexico", "Philippines", "Vietnam", "Korea")),
                "residence": {
                    "street": Y(lambda f: f.street("US"), "street|address"),
                    "city": Y(lambda f: f.city("US"), "city"),
                    "county": G(p("Harris", "Maricopa", "Bexar", "Franklin", "Sacramento")),
                    "state": G(lambda f: f.state("US")),
                    "zip": Y(lambda f: f.postcode("US"), "zipcode"),
                },
                "armed_forces": RED(yn, "veteran"),
                "father_name": Y(lambda f: f.full_name("US"), "name"),
                "mother_maiden_name": Y(lambda f: f.full_name("US"), "name"),
            },
            "cause_of_death": {
                "immediate": Y(
                    p(
                        "Cardiopulmonary arrest",
                        "Septic shock",
                        "Acute myocardial infarction",
                        "Respiratory failure",
                        "Pneumonia",
                    ),
                    "diagnosis|condition",
                ),
                "underlying": Y(
                    p(
                        "Metastatic pancreatic cancer",
                        "COPD",
                        "Alzheimer's disease",
                        "Type 2 diabetes mellitus",
                        "Congestive heart failure",
                    ),
                    "diagnosis|condition",
                ),
                "manner": Y(
                    p("natural", "accident", "suicide", "pending investigation"), "condition|diagnosis"
                ),
                "tobacco_contributed": Y(p("yes", "no", "probably", "unknown"), "condition"),
                "pregnancy_status": Y(
                    p("not pregnant within past year", "not applicable", "unknown if pregnant"), "condition"
                ),
            },
            "certifier": {
                "name": Y(lambda f: "Dr. " + f.full_name("US"), "name"),
                "title": G(p("MD", "DO", "ME", "NP")),
                "license_number": Y(lambda f: f.pick(["K", "M", "Q"]) + f.digits(5), "license"),
            },
            "informant_relationship": G(p("daughter", "son", "spouse", "sibling")),
            "vital_records_county": G(p("Harris", "Maricopa", "Bexar", "Franklin")),
            "burial_permit_number": G(lambda f: "BP" + f.digits(8)),
        },
    ),
    (
        "track",
        "Death Registered",
        ["dotnet"],
        {
            "CaseId": G(lambda f: f.uuid()),
            "DeceasedForenames": Y(lambda f: f.first("UK"), "name"),
            "DeceasedSurname": Y(lambda f: f.last("UK"), "name"),
            "MaidenSurname": Y(lambda f: f.last("UK"), "name"),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "DateOfDeath": G(lambda f: f.date(2024, 2024)),
            "PlaceOfDeath": G(p("Hospital", "Home address", "Care home", "Hospice")),
            "NhsNumber": RED(lambda f: f.nhs_number(), "health id"),
            "NationalInsuranceNumber": RED(lambda f: f.ni_number(), "national id"),
            "RegistrationDistrict": G(p("Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow")),
            "EntryNumber": G(ri(1, 500)),
            "CertificateSerial": Y(lambda f: f"DYD {f.digits(6)}", "certificate"),
            "GreenFormReceived": G(yn),
            "CoronerReferral": G(yn),
            "TellUsOnceReference": G(lambda f: f"{f.digits(4)} {f.digits(4)} {f.digits(4)}"),
            "InformantName": Y(lambda f: f.full_name("UK"), "name"),
            "InformantQualification": G(
                p("Daughter", "Son", "Widow", "Present at the death", "Administrator")
            ),
            "InformantAddress": Y(lambda f: f.full_address("UK"), "address"),
        },
    ),
    (
        "track",
        "Death Record Encoded",
        ["python"],
        {
            "pangalan_ng_yumao": Y(lambda f: f.full_name("PH"), "name"),
            "petsa_ng_kapanganakan": Y(lambda f: f.dob(), "birthdate"),
            "petsa_ng_kamatayan": G(lambda f: f.date(2024, 2024)),
            "sanhi_ng_kamatayan": Y(
                p(
                    "Cardiac arrest",
                    "Pneumonia",
                    "Stroke (CVA)",
                    "Chronic kidney disease",
                    "Dengue hemorrhagic fever",
                ),
                "diagnosis|condition",
            ),
            "relihiyon": Y(p("Katoliko", "Iglesia ni Cristo", "Born Again", "Islam", "Aglipay"), "religion"),
            "lugar_ng_lamay": G(
                p("Chapel A, Evergreen QC", "Chapel 3, Evergreen Cebu", "Kapilya ng Evergreen Davao")
            ),
            "petsa_ng_libing": G(lambda f: f.date(2024, 2024)),
            "sementeryo": G(p(*CEMETERIES)),
            "numero_ng_rehistro": Y(lambda f: f"2024-{f.digits(5)}", "certificate"),
            "philsys_number": RED(lambda f: f.philsys(), "national id"),
            "philhealth_pin": RED(lambda f: f.philhealth(), "health id"),
            "osca_id": RED(lambda f: f"QC-{f.digits(6)}", "national id"),
            "kaanak": {
                "pangalan": Y(lambda f: f.full_name("PH"), "name"),
                "relasyon": G(p("anak", "asawa", "kapatid", "apo", "pamangkin")),
                "numero": Y(lambda f: f.mobile_ph(), "phone"),
            },
            "encoder_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Repatriation Case Opened",
        ["go"],
        {
            "case_ref": G(lambda f: "RPT-" + f.digits(6)),
            "deceased_full_name": Y(lambda f: f.full_name("PH"), "name"),
            "passport_number": RED(lambda f: f.passport("PH"), "passport"),
            "nationality": Y(p("Filipino", "British", "American", "Filipino-American"), "citizenship"),
            "country_of_death": G(
                p("Saudi Arabia", "United Arab Emirates", "Hong Kong", "United Kingdom", "Qatar")
            ),
            "employer": G(p("Al Noor Hospital", "MSC Cruises", "Hyatt Regency Dubai", "private household")),
            "owwa_membership_no": G(lambda f: "OW" + f.digits(9)),
            "airline": G(p("Philippine Airlines", "Emirates", "Qatar Airways", "Cathay Pacific")),
            "awb_number": G(lambda f: f"{f.pick(['079', '176', '157', '160'])}-{f.digits(8)}"),
            "next_of_kin_phone": Y(lambda f: f.phone("PH"), "phone"),
        },
    ),
    (
        "track",
        "Service Details Updated",
        ["web", "rn"],
        {
            "arrangement_id": G(lambda f: "ARR-" + f.digits(6)),
            "service_type": G(
                p("traditional", "memorial", "graveside", "direct_cremation", "celebration_of_life")
            ),
            "rite": Y(
                p(
                    "Catholic Requiem Mass",
                    "Janazah",
                    "Buddhist chanting",
                    "Anglican funeral",
                    "Iglesia ni Cristo service",
                    "Humanist ceremony",
                    "Jewish graveside",
                ),
                "religion",
            ),
            "officiant_type": Y(
                p("priest", "imam", "monk", "vicar", "minister", "rabbi", "humanist celebrant"), "religion"
            ),
            "disposition": G(p("burial", "cremation", "entombment")),
            "casket_open": G(yn),
            "music_selections": Many(G(p(*SONGS)), 3),
            "special_requests": G(
                p(
                    "White lilies only",
                    "No viewing please",
                    "Please play Amazing Grace at the end",
                    "Dress code: white",
                    "",
                )
            ),
            "livestream": G(yn),
            "expected_guests": G(ri(10, 400)),
            "wheelchair_spaces": G(ri(0, 4)),
            "military_honors": RED(yn, "veteran"),
        },
    ),
    (
        "track",
        "Veteran Benefits Checked",
        ["node"],
        {
            "case_id": G(lambda f: f.digits(8)),
            "branch_of_service": RED(
                p("US Army", "US Navy", "USMC", "US Air Force", "Coast Guard"), "veteran"
            ),
            "discharge_type": RED(p("honorable", "general", "medical"), "veteran"),
            "service_era": RED(p("Vietnam", "Korea", "Gulf War", "Post-9/11"), "veteran"),
            "check_status": G(p("pending", "verified", "needs_documents")),
            "national_cemetery": G(
                p("Houston National Cemetery", "National Memorial Cemetery of Arizona", "none")
            ),
            "headstone_requested": G(yn),
        },
    ),
    (
        "track",
        "Celebrant Booked",
        ["node", "web"],
        {
            "celebrant_id": G(lambda f: "cel_" + f.digits(4)),
            "celebrant_name": Y(lambda f: f.full_name(), "name"),
            "celebrant_email": Y(lambda f: f.email(), "email"),
            "celebrant_mobile": Y(lambda f: f.phone(), "phone"),
            "celebrant_hourly_rate": Y(lambda f: f.pick([45, 60, 75, 90, 120]), "salary"),
            "service_fee": G(lambda f: f.money(150, 650)),
            "booked_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Removal Dispatched",
        ["kotlin"],
        {
            "removal_id": G(lambda f: "RM" + f.digits(7)),
            "pickup_address": Y(lambda f: f.full_address(), "address"),
            "contact_at_scene": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "staff_count": G(p(1, 2, 3)),
            "infectious_precautions": Y(yn, "condition"),
            "eta_minutes": G(ri(15, 120)),
        },
    ),
    (
        "track",
        "Staff Shift Started",
        ["kotlin"],
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_name": Y(lambda f: f.full_name(), "name"),
            "role": G(
                p("funeral director", "embalmer", "driver", "arrangement counsellor", "chapel attendant")
            ),
            "branch_id": G(lambda f: "br_" + f.digits(3)),
            "hourly_rate": Y(lambda f: f.pick([15.5, 18.0, 22.75, 11.44, 28.0]), "salary"),
            "clock_in_lat": Y(lambda f: f.lat(), "geolocation"),
            "clock_in_lng": Y(lambda f: f.lon(), "geolocation"),
            "shift_type": G(p("day", "night", "on_call")),
        },
    ),
    (
        "track",
        "Cremation Authorization Signed",
        ["web"],
        {
            "authorization_id": G(lambda f: "CA-" + f.digits(7)),
            "authorizing_agent_name": Y(lambda f: f.full_name(), "name"),
            "relationship": G(p("daughter", "son", "spouse", "sibling")),
            "id_type": G(p("drivers_license", "passport", "umid", "state_id")),
            "id_number": RED(
                lambda f: f.pick(
                    [f.passport(), "D" + f.digits(7), f"CRN-{f.digits(4)}-{f.digits(7)}-{f.digits(1)}"]
                ),
                "national id|passport",
            ),
            "pacemaker_present": Y(yn, "condition"),
            "radioactive_implants": Y(yn, "condition"),
            "witness_required": G(yn),
            "signed_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Hospice Referral Received",
        ["python"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "hospice_name": G(
                p("Sunrise Hospice", "St. Luke's Hospice", "Kalinga Palliative Care", "Marie Curie Hospice")
            ),
            "hospice_phone": G(p("+1 713-555-0142", "+44 161 496 0001", "(02) 8123 4000")),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "patient_mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "primary_diagnosis": Y(
                p("Stage IV lung cancer", "End-stage renal disease", "ALS", "Advanced dementia"), "diagnosis"
            ),
            "family_contact_name": Y(lambda f: f.full_name(), "name"),
            "family_contact_phone": Y(lambda f: f.phone(), "phone"),
            "referred_at": G(lambda f: f.iso()),
            "referring_nurse": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Arrangement Note Added",
        ["web"],
        {
            "noteId": G(lambda f: f.uuid()),
            "arrangementId": G(lambda f: "ARR-" + f.digits(6)),
            "authorStaffId": G(lambda f: "stf_" + f.digits(4)),
            "note": Y(staff_note, "phone", True),
            "visibility": G(p("team", "private")),
            "pinned": G(yn),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web"],
        {
            "autocomplete": {
                "input": Y(lambda f: f.street()[: f.r.randint(8, 16)], "address|street", True),
                "session_token": G(lambda f: f.uuid()),
            },
            "prediction": {
                "description": Y(lambda f: f.full_address(), "address", True),
                "place_id": G(lambda f: "ChIJ" + f.urltoken(23)),
                "types": Many(G(p("street_address", "premise", "subpremise")), 2),
            },
            "form_step": G(p("informant_details", "residence_of_deceased")),
        },
    ),
    (
        "track",
        "Arrangement Bot Answered",
        ["web"],
        {
            "question_id": G(p("who_for", "deceased_name")),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"my dad, {f.full_name()}",
                        f"{f.full_name()}",
                        f"My mother {f.full_name()} passed this morning",
                        f"for lola {f.first('PH')} {f.last('PH')}",
                        f"{f.first()} {f.last()} (my husband)",
                    ]
                ),
                "name",
                True,
            ),
            "step": G(ri(1, 3)),
            "typing_ms": G(ri(1500, 40000)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "input": Y(lambda f: f.phone(), "phone", True),
            "topic": G(p("pre-need plans", "immediate need", "estate help", "billing")),
            "preferred_time": G(p("morning", "afternoon", "evening", "asap")),
            "bot_step": G(ri(2, 6)),
        },
    ),
    # -- documents and estates -------------------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["web", "rn"],
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                p(
                    "death_certificate",
                    "will",
                    "grant_of_probate",
                    "letters_testamentary",
                    "id_card",
                    "bank_statement",
                )
            ),
            "file_name": G(
                p(
                    "scan0001.pdf",
                    "IMG_4431.HEIC",
                    "Death Certificate.pdf",
                    "will_signed.pdf",
                    "document(3).pdf",
                    "PXL_20240611_101522.jpg",
                )
            ),
            "mime_type": G(p("application/pdf", "image/jpeg", "image/heic")),
            "size_bytes": G(ri(80_000, 9_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "storage_key": G(lambda f: f"uploads/{f.uuid()}"),
            "case_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Death Certificate Ordered",
        ["web", "go"],
        {
            "order_id": G(lambda f: "DC" + f.digits(7)),
            "certificate_number": Y(lambda f: f.death_cert(), "certificate"),
            "copies": G(ri(1, 12)),
            "issuing_office": G(p("Harris County Clerk", "GRO", "PSA Serbilis", "Maricopa Vital Records")),
            "apostille": G(yn),
            "delivery": G(p("mail", "pickup", "courier")),
            "fee": G(lambda f: f.money(20, 160)),
        },
    ),
    (
        "track",
        "Probate Application Started",
        ["web"],
        {
            "estate_id": G(lambda f: "est_" + f.digits(6)),
            "probate_case_number": G(
                lambda f: f.pick(
                    [f"2024-{f.r.randint(10000, 99999)}", f"PR-24-{f.digits(6)}", f"SP-{f.digits(4)}"]
                )
            ),
            "court": G(
                p(
                    "Harris County Probate Court No. 2",
                    "Maricopa County Superior Court",
                    "Franklin County Probate Court",
                )
            ),
            "estimated_estate_value": G(lambda f: f.r.randint(5, 900) * 1000),
            "has_will": G(yn),
            "executor": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "decedent_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "date_of_death": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Estate Account Opened",
        ["dotnet"],
        {
            "EstateId": G(lambda f: "est_" + f.digits(6)),
            "AccountId": G(lambda f: f.uuid()),
            "DecedentName": Y(lambda f: f.full_name("UK"), "name"),
            "ExecutorFullName": Y(lambda f: f.full_name("UK"), "name"),
            "ExecutorEmail": Y(lambda f: f.email(), "email"),
            "BankName": G(p("Barclays", "Lloyds", "HSBC UK", "NatWest", "Nationwide")),
            "SortCode": G(lambda f: f.sort_code()),
            "AccountNumber": RED(lambda f: f.bank_account("UK"), "bank account"),
            "Iban": RED(lambda f: f.gb_iban(), "bank account"),
            "OpeningBalance": G(lambda f: f.money(0, 250000)),
            "Currency": G(p("GBP")),
            "SolicitorFirm": G(p("Harrison & Cole LLP", "Patel Probate Solicitors", "MacLeod Law")),
            "SolicitorContactEmail": G(
                p("probate@harrisoncole.co.uk", "estates@patelprobate.co.uk", "enquiries@macleodlaw.scot")
            ),
            "SolicitorPhone": G(p("+44 113 496 0100", "+44 161 496 0200", "+44 141 496 0300")),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        ["node", "python"],
        {
            "beneficiary_id": G(lambda f: "ben_" + f.digits(6)),
            "full_name": Y(lambda f: f.full_name("US"), "name"),
            "relationship": G(p("daughter", "son", "grandchild", "spouse", "charity")),
            "share_percent": G(p(10, 25, 33.33, 50, 100)),
            "date_of_birth": Y(lambda f: f.dob(1950, 2012), "birthdate"),
            "is_minor": G(yn),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone("US"), "phone"),
            "payout": {
                "method": G(p("ach", "check", "wire")),
                "bank_name": G(p("Chase", "Wells Fargo", "Bank of America", "Frost Bank")),
                "routing_number": G(lambda f: f.routing()),
                "account_number": RED(lambda f: f.bank_account("US"), "bank account"),
                "account_holder": Y(lambda f: f.full_name("US"), "name"),
                "account_type": G(p("checking", "savings")),
            },
        },
    ),
    (
        "track",
        "Estate Distribution Sent",
        ["go"],
        {
            "distribution_id": G(lambda f: f.uuid()),
            "estate_id": G(lambda f: "est_" + f.digits(6)),
            "amount": G(lambda f: f.money(500, 120000)),
            "currency": G(currency),
            "recipient_iban": RED(lambda f: f.gb_iban(), "bank account"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "memo": G(
                p(
                    "Final distribution",
                    "Interim distribution 1 of 3",
                    "Reimbursement funeral costs",
                    "Specific legacy",
                )
            ),
            "reference": G(lambda f: "EST-" + f.digits(6)),
            "fee": G(lambda f: f.money(0, 25)),
            "scheme": G(p("FPS", "CHAPS", "BACS")),
            "status": G(p("submitted", "settled", "returned")),
        },
    ),
    (
        "track",
        "Insurance Assignment Submitted",
        ["java"],
        {
            "assignment_id": G(lambda f: "IA-" + f.digits(7)),
            "insurer": G(
                p("Globe Life", "Colonial Penn", "Sun Life Philippines", "Aviva", "Lincoln Heritage")
            ),
            "policy_number": Y(lambda f: f.pick(["GL", "CP", "SL", "AV"]) + f.digits(9), "identification"),
            "insured_name": Y(lambda f: f.full_name(), "name"),
            "face_amount": G(lambda f: f.r.randint(5, 50) * 1000),
            "assigned_amount": G(lambda f: f.money(2000, 15000)),
            "claim_number": G(lambda f: "CLM" + f.digits(10)),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "verification_status": G(p("pending", "verified", "rejected")),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ["java"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(p("completed", "sent", "delivered", "declined")),
            "emailSubject": G(
                p(
                    "Please DocuSign: Pre-Need Plan Agreement",
                    "Please DocuSign: Cremation Authorization",
                    "Please DocuSign: Statement of Goods and Services",
                )
            ),
            "recipients": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "roleName": G(p("Purchaser", "Executor", "Co-signer", "Funeral Director")),
                    "status": G(p("completed", "sent", "delivered")),
                    "signedDateTime": G(lambda f: f.iso()),
                },
                3,
            ),
            "completedDateTime": G(lambda f: f.iso()),
        },
    ),
    # -- telephony, e-mail, support, ads ---------------------------------------------------------------
    (
        "track",
        "Call Completed",
        ["ruby"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(
                lambda f: (
                    f"+1{f.pick(['713', '832', '602', '480', '281', '614'])}{f.r.randint(2, 9)}{f.digits(6)}"
                ),
                "phone",
                True,
            ),
            "To": G(p("+17135550100", "+441614960100", "+6328123400")),
            "CallerName": Y(
                lambda f: ascii_fold(f.last()).upper() + " " + ascii_fold(f.first()).upper(), "name"
            ),
            "FromCity": Y(lambda f: f.city().upper(), "city"),
            "FromState": G(lambda f: f.state()),
            "FromZip": Y(lambda f: f.postcode("US"), "zipcode"),
            "FromCountry": G(country),
            "ToCity": G(p("HOUSTON", "MANCHESTER", "QUEZON CITY")),
            "CallStatus": G(p("completed", "no-answer", "busy")),
            "CallDuration": G(ri(0, 1800)),
        },
    ),
    (
        "track",
        "Email Event Received",
        ["go"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(p("delivered", "open", "click", "bounce")),
            "sg_message_id": G(lambda f: f.urltoken(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f.msg_id()),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "useragent": G(p(*UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                p(
                    "https://www.evergreen-fs.com/obituaries",
                    "https://www.evergreen-fs.com/plans",
                    "https://my.evergreen-fs.com/pay",
                )
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["go"],
        {
            "ticket": {
                "id": G(ri(10000, 99999)),
                "subject": G(
                    p("Receipt request", "Can't log in", "Update contact details", "Question about my plan")
                ),
                "priority": G(p("low", "normal", "high", "urgent")),
                "tags": Many(G(p("billing", "preneed", "estate", "login")), 2),
                "via": G(p("web", "email", "chat")),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "comment": {"body": Y(ticket_body, "email", True), "public": G(yn)},
            }
        },
    ),
    (
        "track",
        "Lead Created",
        ["python"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(p("website", "phone_call", "system_generated")),
            "user_data": {
                "em": Y(lambda f: f.sha(f.email()), "email"),
                "ph": Y(lambda f: f.sha("63" + f.digits(10)), "phone"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(p(*UAS)),
                "external_id": G(lambda f: f.sha("usr_" + f.digits(7))),
            },
            "custom_data": {"currency": G(currency), "content_name": G(p(*PLANS))},
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    # -- grave finder, visits, pets, flowers, keepsakes ------------------------------------------------
    (
        "track",
        "Grave Located",
        ["flutter"],
        {
            "cemetery_id": G(lambda f: "cem_" + f.digits(3)),
            "cemetery_name": G(p(*CEMETERIES)),
            "section": G(p("A", "St. Jude", "Garden of Peace", "12", "Columbarium 2")),
            "row": G(p("C", "14", "F", "2")),
            "plot_number": G(lambda f: f"{f.r.randint(1, 60)}-{f.r.randint(1, 400)}"),
            "plot_lat": G(lambda f: f.near()[0]),
            "plot_lng": G(lambda f: f.near()[1]),
            "distance_m": G(ri(5, 2400)),
            "search_term": Y(obituary_query, "name", True),
            "user_lat": Y(lambda f: f.near()[0], "geolocation"),
            "user_lng": Y(lambda f: f.near()[1], "geolocation"),
        },
    ),
    (
        "track",
        "Visit Scheduled",
        ["flutter"],
        {
            "cemetery_id": G(lambda f: "cem_" + f.digits(3)),
            "visit_date": G(lambda f: f.pick(["2024-11-01", "2024-11-02", f.date(2024, 2024)])),
            "visitors_count": G(ri(1, 15)),
            "vehicle_plate": Y(lambda f: f.plate("PH") if f.r.random() < 0.7 else f.plate(), "license"),
            "gate": G(p("Gate 1", "Gate 3 (Sucat)", "North Gate")),
            "purpose": G(p("undas", "death_anniversary", "interment", "general")),
            "accessibility_needs": Many(
                RED(
                    p("wheelchair", "walker", "golf cart assist", "hearing impaired", "visually impaired"),
                    "disability",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Pet Aftercare Ordered",
        ["web"],
        {
            "order_id": G(lambda f: "PET" + f.digits(6)),
            "pet_name": G(p("Biscuit", "Bantay", "Luna", "Max", "Mochi", "Whiskey", "Chowchow")),
            "species": G(p("dog", "cat", "rabbit", "bird")),
            "weight_kg": G(lambda f: f.money(1, 45)),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_phone": Y(lambda f: f.phone(), "phone"),
            "owner_email": Y(lambda f: f.email(), "email"),
            "vet_clinic": G(
                p("Banfield Pet Hospital", "Vets4Pets Leeds", "Animal House QC", "VCA Westheimer")
            ),
            "clinic_phone": G(p("+1 713-555-0190", "+44 113 496 0777", "(02) 8700 1234")),
            "paw_print_keepsake": G(yn),
        },
    ),
    (
        "track",
        "Sympathy Flowers Ordered",
        ["web", "rn"],
        {
            "order_id": G(lambda f: "FLW" + f.digits(7)),
            "arrangement_name": G(p(*FLOWERS)),
            "sku": G(p("FLW-LILY-SS", "FLW-ROSE-BK", "FLW-WRTH-01", "FLW-SMPG-G")),
            "price": G(lambda f: f.money(45, 350)),
            "currency": G(currency),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "shipping_address": {k: v for k, v in postal_block().items() if k != "line2"},
            "card_message": Y(card_message, "name", True),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
            "sender_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Service Flowers Ordered",
        ["rn", "web"],
        {
            "order_id": G(lambda f: "FLW" + f.digits(7)),
            "arrangement_name": G(p(*FLOWERS)),
            "venue": {
                "name": G(p(*BRANCHES)),
                "address": G(
                    p(
                        "1200 Westheimer Rd",
                        "414 Manchester Road",
                        "88 E. Rodriguez Jr. Ave",
                        "22 Whiteladies Road",
                    )
                ),
                "city": G(p("Houston", "Manchester", "Quezon City", "Bristol")),
                "phone": G(p("+1 713-555-0100", "+44 161 496 0100", "(02) 8123 4400", "+44 117 496 0500")),
            },
            "service_time": G(lambda f: f.iso()),
            "card_message": Y(card_message, "name", True),
            "price": G(lambda f: f.money(45, 350)),
        },
    ),
    (
        "track",
        "Keepsake Engraving Entered",
        ["web"],
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(p("KPS-FPP-925", "URN-PWT-KS", "MEM-GRN-24")),
            "engraving_text": Y(engraving, "name", True),
            "font": G(p("Script", "Times", "Block")),
            "characters": G(ri(8, 40)),
        },
    ),
    # -- hiring and grief support -------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(4)),
            "position": G(
                p("Funeral Service Assistant", "Embalmer", "Arrangement Counsellor", "Driver/Bearer")
            ),
            "applicant": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "right_to_work": RED(p("yes", "no", "yes_with_time_limit"), "visa"),
            "needs_visa_sponsorship": RED(yn, "visa"),
            "desired_salary": Y(lambda f: f.r.randint(22, 58) * 1000, "salary"),
            "embalmer_license_no": Y(lambda f: f.pick(["E", "FD", "EMB-"]) + f.digits(6), "license"),
            "has_drivers_licence": G(yn),
            "source": G(p("indeed", "linkedin", "referral", "careers_page")),
        },
    ),
    (
        "track",
        "Grief Support Signup",
        ["web", "swift"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "loss_relationship": G(p("parent", "spouse", "child", "sibling", "friend")),
            "date_of_loss": G(lambda f: f.date(2023, 2024)),
            "program": G(p("12-week email", "weekly group", "1:1 counselling")),
            "wants_counselor_call": G(yn),
            "concerns": Many(
                Y(p("trouble sleeping", "anxiety", "depression", "loss of appetite"), "condition"), 2
            ),
        },
    ),
    # -- pages, screens and alias ----------------------------------------------------------------------
    (
        "page",
        "Plans",
        ["web"],
        {
            "name": G(lambda f: f.page[0]),
            "path": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.evergreen-fs.com" + f.page[1]),
            "title": G(lambda f: f.page[2]),
            "referrer": G(p("", "https://www.google.com/", "https://www.facebook.com/")),
            "search": G(p("", "?ref=obit-email", "?utm_source=google")),
        },
    ),
    (
        "screen",
        "Grave Map",
        ["flutter", "swift", "kotlin", "rn"],
        {
            "name": G(lambda f: f.screen),
        },
    ),
    ("alias", None, ["web", "swift", "node"], {}),
]


# Events whose fields belong to one country's system (US death certificates, the GRO, the PSA ...).
FIXED_REGION = {
    "identify:python": "PH",
    "identify:ruby": "US",
    "Financing Pre-Qualified": "US",
    "Pre-Need Contract Signed": "US",
    "Hulog Nabayaran": "PH",
    "Decedent Details Submitted": "US",
    "Death Registered": "UK",
    "Death Record Encoded": "PH",
    "Repatriation Case Opened": "PH",
    "Veteran Benefits Checked": "US",
    "Probate Application Started": "US",
    "Estate Account Opened": "UK",
    "Beneficiary Added": "US",
    "Call Completed": "US",
    "Estate Distribution Sent": "UK",
}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            f.begin(FIXED_REGION.get(event or f"{kind}:{clients[0]}"))
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": ("ajs-next-" + f.hexid(32)) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_" + f.digits(7), f.digits(9), f.uuid()]),
            }
            if kind == "track":
                msg["event"] = event
            elif kind == "page":
                msg["name"] = f.page[0]
            elif kind == "screen":
                msg["name"] = f.screen
            elif kind == "group":
                msg["groupId"] = "est_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=179, repeats=34)
    write(Path(__file__).parent, "holdout179_", events, labels)
