"""Writes the thirtieth holdout: tests/corpus/holdout30_events.jsonl and holdout30_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the corpus
helpers only, without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and without running the engine on these events. Run it with
`.venv/bin/python -m tests.corpus.build_holdout30`; the output is committed.

Domain: property, cars and insurance-tech in the US, the UK and Australia.
- Homefinder, a real-estate portal: listings, searches and saved searches, viewings booked with
  agents, mortgage pre-approval (US), agreement in principle (UK) and home-loan pre-approval (AU)
  with income and employment, offers with solicitors, tenant applications with employer and
  landlord references, UK right-to-rent checks, home valuations, agency `group` calls.
- Autobay, a used-car marketplace: listings with VINs and registration plates, searches, test
  drives, finance quotes and lender decisions, trade-in valuations and plate lookups, private
  sellers and dealer leads (a legacy PHP service sending kebab-case keys), deposits, history
  checks bought through the e-commerce spec, dealer feed imports, dealer `group` calls.
- Shieldly, an insurtech for renters and pets: quotes, address autocomplete, policies with
  additional insureds, card and bank payments, a Stripe-shaped invoice webhook, claims from a .NET
  service (PascalCase) with photos, EXIF GPS and police reports, pet claims with vets, ID
  verification shaped like a KYC vendor's webhook, and a warehouse (reverse-ETL) sync sending
  SCREAMING_SNAKE traits.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, the Flutter
library, and server libraries for Python, Node, Go, Java, Ruby, PHP and .NET, each with the
`context` block that library sends (ip, userAgent, locale, timezone, campaign, device, app,
network, os, screen, `context.traits`, `context.location`); identify, track, page, screen,
group and alias calls. Values come from many countries and cultures: US, UK and AU phone formats,
addresses and postcodes; Luhn-valid cards; mod-97 IBANs; ABA routing numbers with their checksum;
SSNs with the SSA structure; UK National Insurance numbers with valid prefixes; AU tax file
numbers with their mod-11 check; VINs with their check digit; UK driving-licence numbers built
from surname and birth date; UK, US and AU plates.

Conventions: keys are mostly camelCase and snake_case English; about 15 % of paths use the
conventions real customers have: PascalCase (.NET), kebab-case (PHP), SCREAMING_SNAKE (warehouse
syncs). Only `properties`, `traits` and `context` are labelled (the sections the portal scans).

Labelling rules (each leaf path: classification, type, value_only):
- PII is personal data about a natural person: the user, a co-applicant, a recipient, a referee,
  a previous landlord, an additional insured, a third party in a claim, or staff (agents,
  adjusters, vets, solicitors). Colour and type follow the reference's default matchers (name,
  email, phone, address, street, city, zipcode, birthdate, license, passport, visa, veteran,
  disability, citizenship, photo, salary, serial, identification, condition, ip, token,
  password, credit card, social security number); outside the table: `bank account`,
  `national id` (red), `secret` (red), `geolocation`, `advertising id` (yellow). `a|b` where
  either name is fair.
- Green: ids we issue (listing, viewing, application, offer, policy and claim numbers, invoice
  numbers, Stripe object ids), UUIDs, numeric ids, SKUs, versions, timestamps, hashes of non-PII
  (file checksums), amounts, enums, counters and booleans even under PII-sounding keys
  (`emailVerified`, `phone_hidden`, `ssn_provided`, `name_match`), card brand / last four /
  expiry / BIN, bank routing numbers, sort codes and BSBs, the last four of a bank account,
  country, state, locale, timezone, currency, user agents, OS-issued device ids.
- Things and companies are green: listing titles, car makes and models, product and plan names,
  agency, dealer, lender, law-firm and vet-practice names, pets (name, breed, sex, birth date,
  diagnosis, treatment: animal data is not personal data).
- Places that are not the person's are green: a listing's address, suburb, postcode and
  coordinates (published on the listing); a searched location; a dealer's or branch's town; the
  city a car is listed in. A company's switchboard, branch phone or generic mailbox is green; a
  named person's direct line or work email is personal.
- The person's own places are personal: their current and previous address, the home they ask
  us to value or insure, the postcode they enter as "your postcode" to sort cars by distance, the
  incident address of a claim at their home, the GPS a phone stamps on claim photos, a private
  seller's postcode, the phone's own location in `context.location`.
- Registration plates, VINs and pet microchip numbers are yellow (plates `license|
  identification`, VINs and microchips `serial|identification`): registries resolve them to a
  keeper, and a field mixes private sellers with dealers, so a careful owner flags them all.
- Photos: a photo of a person (profile photo, agent headshot, ID selfie) is yellow `photo`;
  photos of things (listings, cars, damaged goods) are green.
- Salary covers every income figure about a person (annual salary, bonus income, a household
  income typed into a calculator); other money amounts are green.
- Booleans and enums that reveal a special category about the person are red of that category
  (a VA-loan eligibility flag is `veteran`, an assistance animal is `disability`); listing
  features (step-free access) describe the home, not the person: green. Immigration status and
  nationality are yellow `citizenship`; share codes, visa expiry and BRP/passport numbers are red
  `visa` / `passport|visa`. A police report number is yellow `identification`; a third party's
  injury description is yellow `condition|diagnosis`.
- Hashes of PII kept for ad matching (SHA-256 of an email or phone) keep the PII's label.
- A push-notification token (`context.device.token`) is red `token`, as in the main corpus.
- Credentials are red wherever they appear, including a dealer's feed key and FTP password
  (`secret`, `password`) and a password-reset link carrying a token (`token`, value_only).
- value_only is true when the key does not say what the value is (`value`, `label`, `input`,
  `text`, `note`, `recipient`, `message`) and only the value reveals it. Such a PII path carries
  that PII in every one of its values; free text is labelled by what every one of its values
  carries and is green when none carries PII (every generated value of a personal free-text path
  contains a phone or an email).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Olivia",
    "Liam",
    "Charlotte",
    "Jack",
    "Amelia",
    "Aroha",
    "Nikau",
    "Wei",
    "Xinyi",
    "Anh",
    "Minh",
    "Priya",
    "Arjun",
    "Chinedu",
    "Ngozi",
    "Kofi",
    "Abena",
    "Fatima",
    "Yusuf",
    "Layla",
    "Sione",
    "Mele",
    "Mateus",
    "Camila",
    "Diego",
    "Valentina",
    "Siobhán",
    "Declan",
    "Aleksandra",
    "Tomasz",
    "Ji-woo",
    "Min-jun",
    "Eleni",
    "Giorgos",
    "Zainab",
    "Hiroshi",
    "Keiko",
    "María José",
    "Rhys",
    "Ffion",
    "Jarrah",
    "Marcus",
    "Tyrone",
    "Shanice",
    "Deborah",
    "Harpreet",
    "Bogdan",
    "Ingrid",
]
LAST = [
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Taylor",
    "Wilson",
    "Nguyen",
    "Tran",
    "Singh",
    "Sharma",
    "Patel",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Boateng",
    "Al-Sayed",
    "Haddad",
    "Rahman",
    "Khan",
    "Tupou",
    "Santos",
    "Oliveira",
    "Hernández",
    "López",
    "O'Sullivan",
    "Murphy",
    "Nowak",
    "Wiśniewska",
    "Kim",
    "Park",
    "Papadopoulos",
    "Tanaka",
    "MacDonald",
    "Evans",
    "Hughes",
    "Campbell",
    "Cohen",
    "Zhang",
    "Wang",
    "Van der Merwe",
    "Washington",
    "Lindqvist",
]
MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"]
MAIL_UK = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"]
MAIL_AU = ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"]

US_PLACES = [
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Brooklyn", "NY", "112"),
    ("Oakland", "CA", "946"),
    ("Charlotte", "NC", "282"),
    ("Phoenix", "AZ", "850"),
    ("Seattle", "WA", "981"),
    ("Columbus", "OH", "432"),
    ("Atlanta", "GA", "303"),
]
UK_PLACES = [
    ("London", "SW"),
    ("London", "SE"),
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Birmingham", "B"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Brighton", "BN"),
]
AU_PLACES = [
    ("Parramatta", "NSW", 2150),
    ("Bondi", "NSW", 2026),
    ("Fitzroy", "VIC", 3065),
    ("Brunswick", "VIC", 3056),
    ("Paddington", "QLD", 4064),
    ("Fremantle", "WA", 6160),
    ("Glenelg", "SA", 5045),
    ("Newtown", "NSW", 2042),
]
STREETS_US = ["Maple Ave", "Oak St", "Pecan Dr", "Sunset Blvd", "Lakeview Ter", "W 34th St", "Elm Ct"]
STREETS_UK = ["Ferndale Road", "Victoria Street", "Church Lane", "Albert Terrace", "Mill Close"]
STREETS_AU = ["Darling St", "Brunswick Rd", "Beach Pde", "Railway Cres", "Kingsford Ave"]

AGENCIES = [
    "Harbour & Co Estates",
    "Keystone Realty",
    "Ray Wilde Real Estate",
    "Marsh Lettings",
    "Crestline Homes",
]
DEALERS = [
    "Northgate Motors",
    "Sunbelt Auto Group",
    "Pacific Toyota Ringwood",
    "Arnold Clark Leeds",
    "CarHub Direct",
]
LENDERS = ["Nationwide", "Rocket Mortgage", "CommBank", "Halifax", "Wells Fargo", "ANZ", "Better.com"]
LAW_FIRMS = ["Bennett & Shaw LLP", "Conveyancing Direct", "Hallett Legal", "Moore Barlow"]
VET_PRACTICES = ["Greencross Vets Newtown", "Banfield Pet Hospital", "VCA Lakeside", "Medivet Clapham"]
MAKES = [
    ("Toyota", ["Corolla", "RAV4", "Hilux", "Camry"]),
    ("Ford", ["Fiesta", "Focus", "Ranger", "F-150"]),
    ("BMW", ["320d", "X3", "118i"]),
    ("Honda", ["Civic", "CR-V", "Jazz"]),
    ("Tesla", ["Model 3", "Model Y"]),
    ("Volkswagen", ["Golf", "Polo", "Tiguan"]),
    ("Hyundai", ["i30", "Tucson", "Kona"]),
    ("Mazda", ["CX-5", "Mazda3", "MX-5"]),
]
WMI = {
    "Toyota": "JTD",
    "Ford": "1FA",
    "BMW": "WBA",
    "Honda": "1HG",
    "Tesla": "5YJ",
    "Volkswagen": "WVW",
    "Hyundai": "KMH",
    "Mazda": "JM1",
}
PETS = ["Biscuit", "Luna", "Milo", "Bella", "Charlie", "Pepper", "Ollie", "Coco", "Maple", "Rocky"]
BREEDS = [
    "Labrador Retriever",
    "Cavoodle",
    "French Bulldog",
    "Domestic Shorthair",
    "Border Collie",
    "Ragdoll",
]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def ascii_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c == "-")


class F(Fake):
    """The shared generator plus the US/UK/AU formats this domain needs."""

    def market(self):
        return self.pick(["US", "UK", "AU"])

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self, market=None):
        domains = {"US": MAIL_US, "UK": MAIL_UK, "AU": MAIL_AU}[market or self.market()]
        first = ascii_key(self.first())
        last = ascii_key(self.last())
        user = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}", f"{first}_{last}"])
        if self.r.random() < 0.4:
            user += str(self.r.randint(1, 99))
        return f"{user}@{self.pick(domains)}"

    def work_email(self, domain):
        return f"{ascii_key(self.first())[:10]}.{ascii_key(self.last())[:8]}@{domain}"

    def phone(self, market=None):
        r = self.r
        market = market or self.market()
        if market == "US":
            a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1{a}{b}{c:04d}", f"{a}.{b}.{c:04d}"]
            )
        if market == "UK":
            m = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick(
                [
                    f"0{m[:4]} {m[4:]}",
                    f"+44 {m[:4]} {m[4:]}",
                    f"+44{m}",
                    f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
                ]
            )
        m = f"4{r.randint(10, 99)}{r.randint(100, 999)}{r.randint(100, 999)}"
        return self.pick(
            [
                f"0{m[:3]} {m[3:6]} {m[6:]}",
                f"+61 {m[:3]} {m[3:6]} {m[6:]}",
                f"+61{m}",
                f"(02) 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )

    def uk_postcode(self, area=None):
        area = area or self.pick([p[1] for p in UK_PLACES])
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 28)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def us_zip(self, prefix=None):
        prefix = prefix or self.pick([p[2] for p in US_PLACES])
        z = f"{prefix}{self.r.randint(1, 99):02d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def postcode(self, market=None):
        market = market or self.market()
        if market == "US":
            return self.us_zip()
        if market == "UK":
            return self.uk_postcode()
        return str(self.pick(AU_PLACES)[2])

    def street(self, market=None):
        market = market or self.market()
        streets = {"US": STREETS_US, "UK": STREETS_UK, "AU": STREETS_AU}[market]
        return f"{self.r.randint(1, 2400)} {self.pick(streets)}"

    def town(self, market=None):
        market = market or self.market()
        if market == "US":
            return self.pick(US_PLACES)[0]
        if market == "UK":
            return self.pick(UK_PLACES)[0]
        return self.pick(AU_PLACES)[0]

    def one_line_address(self, market=None):
        market = market or self.market()
        if market == "US":
            city, state, prefix = self.pick(US_PLACES)
            return f"{self.street('US')}, {city}, {state} {self.us_zip(prefix)}"
        if market == "UK":
            city, area = self.pick(UK_PLACES)
            return f"{self.street('UK')}, {city} {self.uk_postcode(area)}"
        suburb, state, pc = self.pick(AU_PLACES)
        unit = self.pick(["", f"Unit {self.r.randint(1, 30)}/"])
        return f"{unit}{self.street('AU')}, {suburb} {state} {pc}"

    def letters(self, n):
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    def plate(self, market=None):
        r = self.r
        market = market or self.market()
        if market == "UK":
            age = self.pick(["18", "19", "68", "69", "20", "70", "21", "71", "23", "73"])
            return f"{self.pick('ABCDEFGHKLMNOPRSVWY')}{self.letters(1)}{age} {self.letters(3)}"
        if market == "US":
            return self.pick(
                [
                    f"{r.randint(5, 9)}{self.letters(3)}{r.randint(100, 999)}",
                    f"{self.letters(3)}-{r.randint(1000, 9999)}",
                ]
            )
        return self.pick(
            [
                f"{self.letters(3)}{r.randint(10, 99)}{self.letters(1)}",
                f"{r.randint(1, 9)}{self.letters(2)}{r.randint(1, 9)}{self.letters(2)}",
                f"{r.randint(100, 999)}{self.letters(3)}",
            ]
        )

    def vin(self, make=None):
        make = make or self.pick(MAKES)[0]
        body = WMI[make] + "".join(self.r.choice(VIN_CHARS) for _ in range(5)) + "0"
        body += self.pick("GHJKLMNPR") + "".join(self.r.choice(VIN_CHARS) for _ in range(7))
        total = sum((VIN_VALUES[c] if c.isalpha() else int(c)) * w for c, w in zip(body, VIN_WEIGHTS))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def make_model(self):
        make, models = self.pick(MAKES)
        return make, self.pick(models)

    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.pick(first) + self.pick(second)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        return self.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            if sum(d * w for d, w in zip(digits, weights)) % 11 == 0:
                s = "".join(map(str, digits))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def routing(self):
        while True:
            prefix = f"{self.pick([*range(1, 13), *range(21, 33)]):02d}"
            d = [int(prefix[0]), int(prefix[1])] + [self.r.randint(0, 9) for _ in range(7)]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return "".join(map(str, d))

    def us_licence(self):
        r = self.r
        return self.pick(
            [
                f"{r.choice(string.ascii_uppercase)}{r.randint(1000000, 9999999)}",
                f"{r.randint(10000000, 99999999)}",
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ]
        )

    def uk_licence(self):
        surname = "".join(c for c in self.last().upper() if c.isalpha())[:5].ljust(5, "9")
        year, month, day = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        month += 50 if self.r.random() < 0.5 else 0
        initials = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase + "9")
        checks = "".join(self.r.choice(string.ascii_uppercase) for _ in range(2))
        return f"{surname}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{checks}"

    def licence(self, market=None):
        market = market or self.market()
        if market == "US":
            return self.us_licence()
        if market == "UK":
            return self.uk_licence()
        return str(self.r.randint(10000000, 999999999))

    def passport(self, market=None):
        r = self.r
        market = market or self.market()
        if market == "AU":
            return f"{self.pick(['PA', 'PB', 'N', 'RA'])}{r.randint(1000000, 9999999)}"
        if market == "US":
            return self.pick([str(r.randint(100000000, 999999999)), f"A{r.randint(10000000, 99999999)}"])
        return str(r.randint(100000000, 999999999))

    def share_code(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
        s = "R" + "".join(self.r.choice(chars) for _ in range(8))
        return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def brp(self):
        return f"{self.pick(['ZU', 'ZR', 'RF', 'ZT'])}{self.r.randint(1000000, 9999999)}"

    def police_ref(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(22, 24)}-{r.randint(100000, 999999)}",
                f"CR/{r.randint(100000, 999999)}/{r.randint(22, 24)}",
                f"E{r.randint(10000000, 99999999)}",
                f"{r.randint(2000000, 9999999)}/{r.randint(22, 24)}",
            ]
        )

    def microchip(self):
        return self.pick(["985", "956", "981", "900"]) + f"{self.r.randint(0, 10**12 - 1):012d}"

    def dob(self):
        return self.date(1948, 2004)

    def money_int(self, lo, hi, step=1000):
        return self.r.randint(lo // step, hi // step) * step

    def sha256(self):
        return self.hexid(64)

    def photo_of_person(self, host):
        return f"https://{host}/{self.pick(['avatars', 'staff', 'u'])}/{self.hexid(12)}.jpg"

    def epoch_s(self):
        return self.r.randint(1_700_000_000, 1_735_000_000)


def contact_text(f: F, templates):
    """Free text that always carries a phone or an email (the value is the only clue)."""
    template = f.pick(templates)
    if "{phone}" in template:
        return template.format(phone=f.phone())
    return template.format(email=f.email())


# -- client contexts ------------------------------------------------------------------------------

CAMPAIGN = {
    "name": G(lambda f: f.pick(["spring_buyers_2024", "renters_q3", "autobay_bf_sale", "pet_launch"])),
    "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
    "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "display"])),
    "term": G(
        lambda f: f.pick(["homes for sale austin", "used rav4", "pet insurance", "renters insurance nyc"])
    ),
    "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink", "video_15s"])),
}

UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

SITES = {
    "hf": ["https://www.homefinder.com", "https://www.homefinder.co.uk", "https://www.homefinder.com.au"],
    "ab": ["https://www.autobay.com", "https://www.autobay.co.uk", "https://www.autobay.com.au"],
    "sh": ["https://www.shieldly.com", "https://app.shieldly.com"],
}
PAGES = {
    "hf": [
        "/",
        "/for-sale/austin-tx",
        "/to-rent/london/clapham",
        "/listing/48213077",
        "/mortgages/pre-approval",
        "/saved",
    ],
    "ab": ["/", "/cars/toyota/rav4", "/listing/9920314", "/sell-my-car", "/finance", "/value-my-car"],
    "sh": ["/", "/renters/quote", "/pet/quote", "/claims/new", "/account/policies", "/checkout"],
}
TITLES = {
    "hf": [
        "Homefinder | Homes for sale and rent",
        "2 bed flat to rent in Clapham",
        "Mortgage pre-approval | Homefinder",
    ],
    "ab": ["Autobay | Used cars for sale", "Used Toyota RAV4 for sale", "Value my car | Autobay"],
    "sh": ["Shieldly | Renters & pet insurance", "Get a renters quote", "File a claim | Shieldly"],
}


def web_context(brand):
    return lambda f: {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES[brand])),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.bing.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?sort=price_asc&page=2", "?ref=email"]
                )
            ),
            "title": G(lambda f: f.pick(TITLES[brand])),
            "url": G(lambda f: f.pick(SITES[brand]) + f.pick(PAGES[brand])),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Microsoft Edge", "Not-A.Brand"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-AU", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "Australia/Sydney", "America/New_York"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": CAMPAIGN,
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "Homefinder"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81520", "81600"])),
            "namespace": G(lambda f: "com.homefinder.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": G(lambda f: f.uuid().upper()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London", "Australia/Melbourne"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "Homefinder"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1", "8.16.0"])),
            "build": G(lambda f: f.pick(["814000", "815100", "816000"])),
            "namespace": G(lambda f: "com.homefinder.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2581", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5913L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: True),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-AU"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-38, 52), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122, 151), 6), "geolocation"),
        },
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "EE", "Telstra", "Optus", "Vodafone UK"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "Australia/Brisbane"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "anonymousId": G(lambda f: f.uuid()),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; CPH2581 Build/UKQ1.230924.001)",
                ]
            )
        ),
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Autobay"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "com.autobay.app"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546B", "Pixel 7a", "iPhone15,4"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.pick([f.uuid().upper(), f.uuid()]), "advertising id"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.2", "2.18.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-AU", "en-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 932])),
            "width": G(lambda f: f.pick([390, 412, 430])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Australia/Perth", "America/Phoenix"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "name": Y(lambda f: f.full_name(), "name"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Shieldly"),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0", "3.1.2"])),
            "build": G(lambda f: f.pick(["304", "310", "312"])),
            "namespace": G(lambda f: "com.shieldly.mobile"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "23049PCD8G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5", "1.0.2"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-AU", "es-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "12"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 800, 873])),
            "width": G(lambda f: f.pick([390, 360, 393])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Los_Angeles", "Australia/Sydney"])),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "userId": G(lambda f: "sh_" + f.hexid(12)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0", "1.8.0"]),
    "dotnet": ("analytics-csharp", ["2.3.6", "2.3.4", "2.4.0"]),
}


def server_context(lang, forwarded=True):
    name, versions = SERVER_LIBS[lang]

    def build(f):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if forwarded:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        return ctx

    return build


def server_traits_context(lang):
    """A server call that copies a few user traits into `context.traits`, as Segment recommends."""
    base = server_context(lang)

    def build(f):
        ctx = base(f)
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        }
        return ctx

    return build


def crm_context(f):
    return {
        "library": {
            "name": G(lambda f: "analytics-go"),
            "version": G(lambda f: f.pick(["3.3.0", "3.2.2", "3.3.1"])),
        },
        "externalIds": Many(
            {
                "id": G(lambda f: str(f.r.randint(10**9, 10**11))),
                "type": G(lambda f: f.pick(["hubspot_contact_id", "salesforce_lead_id", "zendesk_user_id"])),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            2,
        ),
    }


CONTEXTS = {
    "hf_web": web_context("hf"),
    "ab_web": web_context("ab"),
    "sh_web": web_context("sh"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("python"),
    "node": server_context("node"),
    "node_traits": server_traits_context("node"),
    "go": server_context("go", forwarded=False),
    "crm": crm_context,
    "java": server_context("java"),
    "ruby": server_context("ruby", forwarded=False),
    "ruby_traits": server_traits_context("ruby"),
    "php": server_context("php"),
    "dotnet": server_context("dotnet", forwarded=False),
    "warehouse": server_context("python", forwarded=False),
}

# -- shared pieces ----------------------------------------------------------------------------------

PROPERTY_TYPES = ["house", "flat", "townhouse", "apartment", "semi-detached", "unit", "condo"]
LISTING_TITLES = [
    "Charming 2-bed Victorian terrace",
    "Light-filled apartment near the park",
    "Renovated family home with pool",
    "Modern townhouse, walk to station",
    "Spacious 3-bed condo with garage",
]
CURRENCY = G(lambda f: f.pick(["USD", "GBP", "AUD"]))


def listing_core():
    return {
        "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
        "listing_type": G(lambda f: f.pick(["sale", "rent", "sold", "auction"])),
        "price": G(lambda f: f.money_int(900, 2_400_000, 50)),
        "currency": CURRENCY,
        "bedrooms": G(lambda f: f.r.randint(0, 6)),
        "property_type": G(lambda f: f.pick(PROPERTY_TYPES)),
    }


def agent_block():
    return {
        "agent_id": G(lambda f: f.r.randint(10_000, 99_999)),
        "agent_name": Y(lambda f: f.full_name(), "name"),
        "agent_mobile": Y(lambda f: f.phone(), "phone"),
        "agent_photo_url": Y(lambda f: f.photo_of_person("img.homefinder.com"), "photo"),
        "agency_name": G(lambda f: f.pick(AGENCIES)),
        "branch_phone": G(
            lambda f: f.pick(["020 7946 0110", "(512) 555-0142", "(02) 9188 4400", "0161 496 0733"])
        ),
        "branch_email": G(
            lambda f: f.pick(
                [
                    "lettings.clapham@harbourco.co.uk",
                    "info@keystonerealty.com",
                    "sales.newtown@raywilde.com.au",
                ]
            )
        ),
    }


def vehicle_core():
    return {
        "listing_id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
        "make": G(lambda f: f.pick(MAKES)[0]),
        "model": G(lambda f: f.pick(MAKES[f.r.randint(0, len(MAKES) - 1)][1])),
        "year": G(lambda f: f.r.randint(2009, 2024)),
        "mileage": G(lambda f: f.r.randint(3_000, 160_000)),
        "price": G(lambda f: f.money_int(2_500, 65_000, 50)),
        "currency": CURRENCY,
    }


def card_meta():
    return {
        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
        "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        "exp_month": G(lambda f: f.r.randint(1, 12)),
        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
    }


def person(dob=False):
    block = {
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Y(lambda f: f.phone(), "phone"),
    }
    if dob:
        block["date_of_birth"] = Y(lambda f: f.dob(), "birthdate")
    return block


# -- Homefinder -----------------------------------------------------------------------------------

HOMEFINDER = [
    (
        "page",
        None,
        "hf_web",
        4,
        {
            "path": G(lambda f: f.pick(PAGES["hf"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.homefinder.com/"])),
            "search": G(lambda f: f.pick(["", "?beds=2", "?utm_source=newsletter", "?page=3"])),
            "title": G(lambda f: f.pick(TITLES["hf"])),
            "url": G(lambda f: f.pick(SITES["hf"]) + f.pick(PAGES["hf"])),
        },
    ),
    (
        "track",
        "Property Searched",
        "hf_web",
        3,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "2 bed flat clapham",
                        "houses with pool austin",
                        "pet friendly rentals fitzroy",
                        "3br near good schools",
                    ]
                )
            ),
            "location": G(
                lambda f: f.pick(
                    ["Clapham, London", "Austin, TX", "Fitzroy VIC 3065", "Brooklyn, NY", "Leeds LS6"]
                )
            ),
            "search_type": G(lambda f: f.pick(["buy", "rent", "sold"])),
            "min_price": G(lambda f: f.money_int(0, 500_000, 25_000)),
            "max_price": G(lambda f: f.money_int(600_000, 2_000_000, 50_000)),
            "beds_min": G(lambda f: f.r.randint(0, 4)),
            "radius_miles": G(lambda f: f.pick([0, 0.25, 1, 5, 10])),
            "property_types": Many(G(lambda f: f.pick(PROPERTY_TYPES)), 3),
            "results_count": G(lambda f: f.r.randint(0, 2400)),
            "sort": G(lambda f: f.pick(["newest", "price_asc", "price_desc", "relevance"])),
            "filters": {
                "garden": G(lambda f: f.pick([True, False])),
                "parking": G(lambda f: f.pick([True, False])),
                "step_free_access": G(lambda f: f.pick([True, False])),
                "pets_allowed": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Location Autocomplete Queried",
        "hf_web",
        2,
        {
            "q": G(lambda f: f.pick(["clap", "austin tx", "fitzr", "SW11", "brooklyn heights", "2026"])),
            "suggestions_count": G(lambda f: f.r.randint(0, 10)),
            "provider": G(lambda f: f.pick(["mapbox", "google_places", "internal"])),
        },
    ),
    (
        "track",
        "Listing Viewed",
        "swift",
        4,
        {
            **listing_core(),
            "title": G(lambda f: f.pick(LISTING_TITLES)),
            "bathrooms": G(lambda f: f.pick([1, 1.5, 2, 2.5, 3])),
            "address_line": G(lambda f: f.street()),
            "suburb": G(lambda f: f.town()),
            "listing_postcode": G(lambda f: f.postcode()),
            "listing_location": {
                "lat": G(lambda f: round(f.r.uniform(-38, 52), 5)),
                "lng": G(lambda f: round(f.r.uniform(-122, 151), 5)),
            },
            "agent": {
                k: v for k, v in agent_block().items() if k in ("agent_id", "agent_name", "agency_name")
            },
            "photo_count": G(lambda f: f.r.randint(4, 40)),
            "has_virtual_tour": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Listing Saved",
        "kotlin",
        2,
        {
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "list_name": G(lambda f: f.pick(["Favourites", "Dream homes", "Near Mum", "Shortlist w/ Sam"])),
            "price": G(lambda f: f.money_int(900, 2_400_000, 50)),
            "memo": G(
                lambda f: f.pick(
                    [
                        "ask about parking",
                        "check school catchment",
                        "garden faces north?",
                        "",
                        "too far from station",
                    ]
                )
            ),
            "saved_count": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        "hf_web",
        2,
        {
            "search_id": G(lambda f: f.uuid()),
            "name": G(lambda f: f.pick(["Near school", "2 bed Clapham", "Under 600k", "Fitzroy rentals"])),
            "alert_frequency": G(lambda f: f.pick(["instant", "daily", "weekly"])),
            "criteria": {
                "location": G(
                    lambda f: f.pick(["Clapham, London", "Austin, TX", "Fitzroy VIC 3065", "Leeds LS6"])
                ),
                "min_beds": G(lambda f: f.r.randint(0, 4)),
                "max_price": G(lambda f: f.money_int(600_000, 2_000_000, 50_000)),
                "property_type": G(lambda f: f.pick(PROPERTY_TYPES)),
            },
            "email_alerts": G(lambda f: f.pick([True, False])),
            "alert_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Viewing Booked",
        "hf_web",
        3,
        {
            "viewing_id": G(lambda f: "VW-" + f.digits(8)),
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "slot_start": G(lambda f: f.iso()),
            "slot_type": G(lambda f: f.pick(["in_person", "video", "open_home"])),
            "agent": agent_block(),
            "attendee": person(),
            "attendees_count": G(lambda f: f.r.randint(1, 4)),
            "additional_info": Y(
                lambda f: contact_text(
                    f,
                    [
                        "Running 10 min late, call {phone}",
                        "Can we do Saturday instead? Text me on {phone}",
                        "Please send the floor plan to {email}",
                        "My partner will join, please cc {email}",
                    ],
                ),
                "phone|email",
                True,
            ),
        },
    ),
    (
        "track",
        "Viewing Cancelled",
        "node",
        2,
        {
            "viewing_id": G(lambda f: "VW-" + f.digits(8)),
            "cancelled_by": G(lambda f: f.pick(["buyer", "agent", "vendor"])),
            "reason": G(lambda f: f.pick(["under_offer", "sick", "clash", "found_another"])),
            "hours_before": G(lambda f: f.r.randint(1, 96)),
        },
    ),
    (
        "track",
        "Agent Contacted",
        "kotlin",
        3,
        {
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "channel": G(lambda f: f.pick(["call", "whatsapp", "email_form", "sms"])),
            "agent_id": G(lambda f: f.r.randint(10_000, 99_999)),
            "agency_name": G(lambda f: f.pick(AGENCIES)),
            "enquiry_type": G(lambda f: f.pick(["viewing", "more_info", "price", "availability"])),
            "contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "message": Y(
                lambda f: contact_text(
                    f,
                    [
                        "Hi, is this still available? My number is {phone}",
                        "Interested in a viewing this week, call {phone}",
                        "Could you send the strata report to {email} please",
                        "Pre-approved buyer, email me at {email}",
                    ],
                ),
                "phone|email",
                True,
            ),
            "is_pre_approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Listing Shared",
        "swift",
        2,
        {
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "share_channel": G(lambda f: f.pick(["email", "sms", "copy_link", "whatsapp"])),
            "recipient_name": Y(lambda f: f.first(), "name"),
            "recipient": Y(lambda f: f.email(), "email", True),
            "personal_message": G(
                lambda f: f.pick(["Look at this one!", "What do you think?", "The garden!!", ""])
            ),
        },
    ),
    (
        "identify",
        None,
        "hf_web",
        3,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "avatar": Y(lambda f: f.photo_of_person("img.homefinder.com"), "photo"),
            "createdAt": G(lambda f: f.iso()),
            "buyerType": G(lambda f: f.pick(["first_time_buyer", "mover", "investor", "renter"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.town(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.pick(["TX", "NY", "NSW", "VIC", "England"])),
                "country": G(lambda f: f.pick(["US", "GB", "AU"])),
            },
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        2,
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "surname": Y(lambda f: f.last(), "name"),
            "email_address": Y(lambda f: f.email("AU"), "email"),
            "mobile_number": Y(lambda f: f.phone("AU"), "phone"),
            "suburb": Y(lambda f: f.pick(AU_PLACES)[0], "city"),
            "postcode": Y(lambda f: str(f.pick(AU_PLACES)[2]), "zipcode"),
            "state": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA", "SA"])),
            "first_home_buyer": G(lambda f: f.pick([True, False])),
            "saved_searches_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Pre-Approval Started",
        "hf_web",
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "loan_purpose": G(lambda f: f.pick(["purchase", "refinance", "investment"])),
            "property_value": G(lambda f: f.money_int(150_000, 2_000_000)),
            "deposit_amount": G(lambda f: f.money_int(10_000, 400_000)),
            "loan_amount": G(lambda f: f.money_int(100_000, 1_600_000)),
            "term_years": G(lambda f: f.pick([15, 25, 30])),
            "first_time_buyer": G(lambda f: f.pick([True, False])),
            "applicant_count": G(lambda f: f.pick([1, 2])),
            "credit_band": G(lambda f: f.pick(["excellent", "good", "fair", "unsure"])),
        },
    ),
    (
        "track",
        "Preapproval Submitted",
        "python",
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "loan_program": G(lambda f: f.pick(["conventional", "fha", "jumbo", "usda"])),
            "purchase_price": G(lambda f: f.money_int(150_000, 1_500_000)),
            "down_payment": G(lambda f: f.money_int(5_000, 300_000)),
            "credit_pull_consent": G(lambda f: True),
            "ssn_provided": G(lambda f: f.pick([True, False])),
            "borrower": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email("US"), "email"),
                "phone": Y(lambda f: f.phone("US"), "phone"),
                "current_address": {
                    "street": Y(lambda f: f.street("US"), "street|address"),
                    "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                    "state": G(lambda f: f.pick(US_PLACES)[1]),
                    "zip": Y(lambda f: f.us_zip(), "zipcode"),
                },
                "years_at_address": G(lambda f: f.r.randint(0, 20)),
                "employment": {
                    "status": G(lambda f: f.pick(["employed", "self_employed", "retired", "contractor"])),
                    "employer_name": G(
                        lambda f: f.pick(
                            ["Dell Technologies", "Kaiser Permanente", "Self", "H-E-B", "Amazon"]
                        )
                    ),
                    "years_employed": G(lambda f: f.r.randint(0, 30)),
                    "annual_income": Y(lambda f: f.money_int(28_000, 380_000, 500), "salary"),
                    "bonus_income": Y(lambda f: f.money_int(0, 60_000, 250), "salary"),
                },
                "va_eligible": RED(lambda f: f.pick([True, False]), "veteran"),
            },
            "co_borrower_present": G(lambda f: f.pick([True, False])),
            "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
            "approved_amount": G(lambda f: f.money_int(0, 1_200_000)),
            "rate_apr": G(lambda f: round(f.r.uniform(5.5, 8.2), 3)),
        },
    ),
    (
        "track",
        "Agreement In Principle Completed",
        "node",
        2,
        {
            "aipReference": G(lambda f: "AIP" + f.digits(9)),
            "lender": G(lambda f: f.pick(LENDERS)),
            "applicants": Many(
                {
                    "forename": Y(lambda f: f.first(), "name"),
                    "surname": Y(lambda f: f.last(), "name"),
                    "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
                    "niNumber": RED(lambda f: f.nino(), "national id"),
                    "grossAnnualIncome": Y(lambda f: f.money_int(18_000, 240_000, 500), "salary"),
                    "employmentType": G(lambda f: f.pick(["employed", "self_employed", "contractor"])),
                    "employer": G(
                        lambda f: f.pick(["NHS Trust", "Tesco PLC", "Self", "HSBC UK", "Leeds City Council"])
                    ),
                },
                2,
            ),
            "depositAmount": G(lambda f: f.money_int(10_000, 250_000)),
            "propertyValue": G(lambda f: f.money_int(150_000, 1_200_000)),
            "maxBorrowing": G(lambda f: f.money_int(100_000, 900_000)),
            "creditSearchType": G(lambda f: f.pick(["soft", "hard"])),
            "outcome": G(lambda f: f.pick(["accepted", "declined", "referred"])),
        },
    ),
    (
        "track",
        "Home Loan Pre-Approval Requested",
        "kotlin",
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant": {
                "given_name": Y(lambda f: f.first(), "name"),
                "family_name": Y(lambda f: f.last(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "drivers_licence_number": Y(lambda f: f.licence("AU"), "license"),
                "licence_state": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA"])),
                "tfn": RED(lambda f: f.tfn(), "national id"),
            },
            "gross_income": Y(lambda f: f.money_int(45_000, 320_000, 500), "salary"),
            "employment_status": G(lambda f: f.pick(["full_time", "part_time", "casual", "self_employed"])),
            "dependants": G(lambda f: f.r.randint(0, 4)),
            "first_home_owner_grant": G(lambda f: f.pick([True, False])),
            "borrowing_power": G(lambda f: f.money_int(200_000, 1_500_000)),
        },
    ),
    (
        "screen",
        None,
        "swift",
        2,
        {
            "name": G(lambda f: f.pick(["Mortgage Calculator", "Affordability", "Repayments"])),
            "price": G(lambda f: f.money_int(150_000, 2_000_000)),
            "deposit": G(lambda f: f.money_int(10_000, 400_000)),
            "rate": G(lambda f: round(f.r.uniform(4.5, 8), 2)),
            "term_years": G(lambda f: f.pick([20, 25, 30])),
            "monthly_payment": G(lambda f: f.money(700, 9000)),
            "household_income": Y(lambda f: f.money_int(30_000, 400_000, 1000), "salary"),
        },
    ),
    (
        "track",
        "Offer Submitted",
        "hf_web",
        2,
        {
            "offer_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "offer_amount": G(lambda f: f.money_int(150_000, 2_000_000)),
            "currency": CURRENCY,
            "conditions": Many(
                G(lambda f: f.pick(["subject_to_finance", "building_inspection", "subject_to_sale", "none"])),
                2,
            ),
            "finance_status": G(lambda f: f.pick(["cash", "aip", "mortgage_offer", "pre_approved"])),
            "chain_free": G(lambda f: f.pick([True, False])),
            "solicitor": {
                "name": Y(lambda f: f.full_name(), "name"),
                "firm": G(lambda f: f.pick(LAW_FIRMS)),
                "email": Y(
                    lambda f: f.work_email(
                        f.pick(["bennettshaw.co.uk", "hallettlegal.com.au", "moorebarlow.com"])
                    ),
                    "email",
                ),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
        },
    ),
    (
        "track",
        "Offer Status Changed",
        "node",
        2,
        {
            "offer_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["accepted", "rejected", "countered", "withdrawn"])),
            "counter_amount": G(lambda f: f.money_int(0, 2_000_000)),
            "agent_note": G(
                lambda f: f.pick(
                    [
                        "Vendor wants a quick completion",
                        "Two other offers on the table",
                        "Best and final by Friday",
                        "Vendor holding out for asking",
                    ]
                )
            ),
            "previous_status": G(lambda f: f.pick(["submitted", "countered", "under_review"])),
        },
    ),
    (
        "track",
        "Tenant Application Submitted",
        "java",
        3,
        {
            "application_id": G(lambda f: "TA-" + f.digits(7)),
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
            "move_in_date": G(lambda f: f.date(2024, 2025)),
            "tenancy_months": G(lambda f: f.pick([6, 12, 18, 24])),
            "rent_pcm": G(lambda f: f.money_int(900, 5_500, 25)),
            "applicants": Many(
                {
                    "full_name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "mobile": Y(lambda f: f.phone(), "phone"),
                    "dob": Y(lambda f: f.dob(), "birthdate"),
                    "current_address": Y(lambda f: f.one_line_address(), "address"),
                    "previous_address": Y(lambda f: f.one_line_address(), "address"),
                    "months_at_address": G(lambda f: f.r.randint(1, 120)),
                    "employment": {
                        "status": G(lambda f: f.pick(["employed", "student", "self_employed", "retired"])),
                        "employer": G(
                            lambda f: f.pick(["Deloitte", "University of Leeds", "Woolworths Group", "Self"])
                        ),
                        "annual_salary": Y(lambda f: f.money_int(15_000, 180_000, 500), "salary"),
                        "reference_contact": {
                            "name": Y(lambda f: f.full_name(), "name"),
                            "email": Y(
                                lambda f: f.work_email(
                                    f.pick(["deloitte.co.uk", "leeds.ac.uk", "woolworths.com.au"])
                                ),
                                "email",
                            ),
                        },
                    },
                    "previous_landlord": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "email": Y(lambda f: f.email(), "email"),
                    },
                },
                2,
            ),
            "occupants_total": G(lambda f: f.r.randint(1, 5)),
            "pets": Many(
                {
                    "type": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                    "name": G(lambda f: f.pick(PETS)),
                    "breed": G(lambda f: f.pick(BREEDS)),
                },
                2,
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["parent", "sibling", "partner", "friend"])),
            },
            "assistance_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "guarantor_required": G(lambda f: f.pick([True, False])),
            "holding_deposit_paid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Right To Rent Check Completed",
        "node",
        2,
        {
            "checkId": G(lambda f: f.uuid()),
            "applicationId": G(lambda f: "TA-" + f.digits(7)),
            "checkMethod": G(lambda f: f.pick(["share_code", "manual_document", "idvt"])),
            "shareCode": RED(lambda f: f.share_code(), "visa"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(
                    ["British", "Irish", "Indian", "Nigerian", "Polish", "Australian", "Brazilian"]
                ),
                "citizenship",
            ),
            "immigrationStatus": Y(
                lambda f: f.pick(["british_irish_citizen", "settled", "pre_settled", "time_limited"]),
                "citizenship",
            ),
            "documentType": G(lambda f: f.pick(["passport", "brp", "eu_settlement_letter"])),
            "documentNumber": RED(lambda f: f.pick([f.passport("UK"), f.brp()]), "passport|visa"),
            "visaExpiryDate": RED(lambda f: f.date(2025, 2029), "visa"),
            "outcome": G(lambda f: f.pick(["pass", "follow_up_required", "fail"])),
            "checkedBy": Y(lambda f: f.full_name(), "name"),
            "checkedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Reference Request Sent",
        "python",
        2,
        {
            "reference_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: "TA-" + f.digits(7)),
            "referee_type": G(lambda f: f.pick(["employer", "landlord", "guarantor", "character"])),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_email": Y(lambda f: f.email(), "email"),
            "sent_via": G(lambda f: f.pick(["email", "sms", "both"])),
            "reminder_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Reference Received",
        "python",
        2,
        {
            "reference_id": G(lambda f: f.uuid()),
            "referee_type": G(lambda f: f.pick(["employer", "landlord", "guarantor", "character"])),
            "outcome": G(lambda f: f.pick(["satisfactory", "unsatisfactory", "incomplete"])),
            "rent_arrears": G(lambda f: f.pick([True, False])),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Always paid on time.",
                        "Left the property spotless.",
                        "Some late payments in 2022.",
                        "Confirmed salary and permanent contract.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Home Valuation Requested",
        "hf_web",
        2,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "address": {
                "line1": Y(lambda f: f.street(), "street|address"),
                "town": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
            },
            "property_type": G(lambda f: f.pick(PROPERTY_TYPES)),
            "bedrooms": G(lambda f: f.r.randint(1, 6)),
            "reason": G(lambda f: f.pick(["selling", "remortgage", "curious", "letting"])),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "estimated_value": G(lambda f: f.money_int(150_000, 2_500_000, 5_000)),
        },
    ),
    (
        "track",
        "Email Link Clicked",
        "node",
        2,
        {
            "email_id": G(lambda f: f.hexid(16)),
            "campaign_id": G(lambda f: f.r.randint(1000, 9999)),
            "template": G(lambda f: f.pick(["new_listings_digest", "price_drop", "viewing_reminder"])),
            "recipient": Y(lambda f: f.email(), "email", True),
            "link_url": G(
                lambda f: f.pick(SITES["hf"]) + "/listing/" + str(f.r.randint(40_000_000, 49_999_999))
            ),
            "listing_id": G(lambda f: f.r.randint(40_000_000, 49_999_999)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        1,
        {
            "reset_link": RED(
                lambda f: f.pick(SITES["hf"]) + "/account/reset?token=" + f.hexid(40), "token", True
            ),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "request_source": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "group",
        None,
        "node",
        1,
        {
            "name": G(lambda f: f.pick(AGENCIES)),
            "industry": G(lambda f: "Real Estate"),
            "plan": G(lambda f: f.pick(["agent_pro", "agent_basic", "enterprise"])),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "website": G(
                lambda f: f.pick(
                    ["https://harbourco.co.uk", "https://keystonerealty.com", "https://raywilde.com.au"]
                )
            ),
            "office_city": G(lambda f: f.town()),
            "abn": G(lambda f: f.pick(["51 824 753 556", "33 051 775 556", "12 004 044 937"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, "hf_web", 1, {}),
]

# -- Autobay --------------------------------------------------------------------------------------

AUTOBAY = [
    (
        "page",
        None,
        "ab_web",
        3,
        {
            "path": G(lambda f: f.pick(PAGES["ab"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.homefinder.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=email", "?page=2"])),
            "title": G(lambda f: f.pick(TITLES["ab"])),
            "url": G(lambda f: f.pick(SITES["ab"]) + f.pick(PAGES["ab"])),
        },
    ),
    (
        "track",
        "Vehicle Searched",
        "ab_web",
        3,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "bmw 3 series",
                        "hybrid suv under 20k",
                        "ute 4x4",
                        "tesla model 3 long range",
                        "first car cheap insurance",
                    ]
                )
            ),
            "make": G(lambda f: f.pick(MAKES)[0]),
            "price_max": G(lambda f: f.money_int(5_000, 80_000, 1_000)),
            "fuel_types": Many(G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric"])), 2),
            "filters": {
                "distance_from_postcode": Y(lambda f: f.postcode(), "zipcode"),
                "radius_miles": G(lambda f: f.pick([10, 25, 50, 100, "national"])),
                "seller_type": G(lambda f: f.pick(["any", "dealer", "private"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    (
        "track",
        "Vehicle Listing Viewed",
        "rn",
        4,
        {
            **vehicle_core(),
            "vin": Y(lambda f: f.vin(), "serial|identification"),
            "registration": Y(lambda f: f.plate(), "license|identification"),
            "fuel": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric"])),
            "transmission": G(lambda f: f.pick(["manual", "automatic"])),
            "body_type": G(lambda f: f.pick(["hatchback", "suv", "sedan", "ute", "estate"])),
            "seller_type": G(lambda f: f.pick(["dealer", "private"])),
            "dealer_id": G(lambda f: f.pick([None, f.r.randint(100, 9999)])),
            "location_city": G(lambda f: f.town()),
            "features": Many(
                G(lambda f: f.pick(["apple_carplay", "heated_seats", "towbar", "reversing_camera"])), 3
            ),
        },
    ),
    (
        "track",
        "Test Drive Booked",
        "ab_web",
        2,
        {
            "booking_id": G(lambda f: "TD" + f.digits(8)),
            "listing_id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
            "dealer_id": G(lambda f: f.r.randint(100, 9999)),
            "dealer_name": G(lambda f: f.pick(DEALERS)),
            "slot": G(lambda f: f.iso()),
            "driver": {
                **person(dob=True),
                "licence_number": Y(lambda f: f.licence(), "license"),
                "licence_country": G(lambda f: f.pick(["GB", "US", "AU", "IE"])),
            },
            "has_valid_licence": G(lambda f: f.pick([True, False])),
            "part_exchange": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Finance Quote Requested",
        "ab_web",
        2,
        {
            "quote_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
            "vehicle_price": G(lambda f: f.money_int(2_500, 65_000, 50)),
            "deposit": G(lambda f: f.money_int(0, 15_000, 50)),
            "term_months": G(lambda f: f.pick([24, 36, 48, 60])),
            "apr": G(lambda f: round(f.r.uniform(5.9, 19.9), 1)),
            "monthly_payment": G(lambda f: f.money(90, 1200)),
            "product": G(lambda f: f.pick(["HP", "PCP", "auto_loan", "novated_lease"])),
            "applicant": {
                **person(dob=True),
                "employment_status": G(
                    lambda f: f.pick(["full_time", "part_time", "self_employed", "unemployed"])
                ),
                "annual_income": Y(lambda f: f.money_int(12_000, 220_000, 500), "salary"),
                "residential_status": G(lambda f: f.pick(["homeowner", "renting", "living_with_parents"])),
                "years_at_address": G(lambda f: f.r.randint(0, 25)),
                "address": {
                    "line1": Y(lambda f: f.street(), "street|address"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postcode": Y(lambda f: f.postcode(), "zipcode"),
                },
            },
        },
    ),
    (
        "track",
        "Finance Decision Received",
        "go",
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "lender": G(
                lambda f: f.pick(
                    ["Black Horse", "Ally Financial", "Westpac", "Santander Consumer", "Capital One Auto"]
                )
            ),
            "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
            "approved_apr": G(lambda f: round(f.r.uniform(5.9, 24.9), 1)),
            "soft_search": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trade-In Valuation Requested",
        "ab_web",
        2,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "registration": Y(lambda f: f.plate(), "license|identification"),
            "make": G(lambda f: f.pick(MAKES)[0]),
            "mileage": G(lambda f: f.r.randint(3_000, 160_000)),
            "condition": G(lambda f: f.pick(["excellent", "good", "fair", "poor"])),
            "service_history": G(lambda f: f.pick(["full", "partial", "none"])),
            "outstanding_finance": G(lambda f: f.pick([True, False])),
            "owners_count": G(lambda f: f.r.randint(1, 6)),
            "valuation_low": G(lambda f: f.money_int(1_000, 40_000, 50)),
            "valuation_high": G(lambda f: f.money_int(1_500, 45_000, 50)),
        },
    ),
    (
        "track",
        "Reg Lookup Submitted",
        "ab_web",
        2,
        {
            "input": Y(lambda f: f.plate(), "license|identification", True),
            "source": G(lambda f: f.pick(["homepage_hero", "sell_flow", "valuation_widget"])),
            "lookup_ms": G(lambda f: f.r.randint(80, 2000)),
            "matched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Private Listing Created",
        "rn",
        2,
        {
            **vehicle_core(),
            "vin": Y(lambda f: f.vin(), "serial|identification"),
            "registration": Y(lambda f: f.plate(), "license|identification"),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://img.autobay.com/l/{f.hexid(10)}/{f.r.randint(1, 20)}.jpg"),
                    "position": G(lambda f: f.r.randint(1, 20)),
                },
                4,
            ),
            "contact_preference": G(lambda f: f.pick(["chat", "phone", "both"])),
            "seller": {
                "display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "phone_hidden": G(lambda f: f.pick([True, False])),
                "email": Y(lambda f: f.email(), "email"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
            },
            "description": G(
                lambda f: f.pick(
                    [
                        "One owner from new, full service history.",
                        "New tyres, cambelt done at 60k.",
                        "Minor scuff on rear bumper, drives perfectly.",
                        "Selling as moving overseas, 12 months rego.",
                    ]
                )
            ),
            "listing_fee": G(lambda f: f.pick([0, 9.99, 19.99, 29.0])),
        },
    ),
    (
        "track",
        "Message Sent To Seller",
        "rn",
        3,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
            "text": Y(
                lambda f: contact_text(
                    f,
                    [
                        "Is it still available? Call me {phone}",
                        "Would you take 8k cash? text {phone}",
                        "Can I see it tomorrow? email {email}",
                        "Keen, pls email {email}",
                    ],
                ),
                "phone|email",
                True,
            ),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dealer Lead Created",
        "php",
        2,
        {
            "lead-id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "dealer-id": G(lambda f: f.r.randint(100, 9999)),
            "dealer-name": G(lambda f: f.pick(DEALERS)),
            "lead-type": G(lambda f: f.pick(["enquiry", "callback", "finance", "reserve"])),
            "customer-name": Y(lambda f: f.full_name(), "name"),
            "customer-email": Y(lambda f: f.email(), "email"),
            "customer-phone": Y(lambda f: f.phone(), "phone"),
            "vehicle-vin": Y(lambda f: f.vin(), "serial|identification"),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening", "anytime"])),
            "utm-source": G(lambda f: f.pick(["google", "facebook", "direct", "carsguide"])),
        },
    ),
    (
        "track",
        "Vehicle Enquiry Emailed",
        "php",
        2,
        {
            "enquiry-id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "listing-id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
            "buyer-first-name": Y(lambda f: f.first(), "name"),
            "buyer-last-name": Y(lambda f: f.last(), "name"),
            "buyer-email": Y(lambda f: f.email(), "email"),
            "buyer-postcode": Y(lambda f: f.postcode(), "zipcode"),
            "finance-interest": G(lambda f: f.pick(["yes", "no", "maybe"])),
            "part-exchange-reg": Y(lambda f: f.plate(), "license|identification"),
            "template-version": G(lambda f: f.pick(["3.2", "3.3", "4.0"])),
        },
    ),
    (
        "track",
        "Dealer Feed Imported",
        "php",
        1,
        {
            "feed-id": G(lambda f: f.r.randint(10, 999)),
            "dealer-id": G(lambda f: f.r.randint(100, 9999)),
            "vehicles-added": G(lambda f: f.r.randint(0, 300)),
            "feed-api-key": RED(lambda f: f.pick(["ak_live_", "dfk_"]) + f.hexid(32), "secret"),
            "ftp-password": RED(
                lambda f: "".join(
                    f.r.choice(string.ascii_letters + string.digits + "!#$%") for _ in range(14)
                ),
                "password",
            ),
            "duration-ms": G(lambda f: f.r.randint(500, 90_000)),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "ab_web",
        1,
        {
            "form_id": G(lambda f: f.pick(["signup_modal", "signup_page", "save_car_gate"])),
            "fields": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "autobay123", "Rav4-lover", "P@ssw0rd1"])
                        + str(f.r.randint(0, 99))
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "autobay123", "Rav4-lover", "P@ssw0rd1"])
                        + str(f.r.randint(0, 99))
                    ),
                    "password",
                ),
                "newsletter": G(lambda f: f.pick([True, False])),
            },
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "preferredMakes": Many(G(lambda f: f.pick(MAKES)[0]), 3),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "garageCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "group",
        None,
        "go",
        1,
        {
            "name": G(lambda f: f.pick(DEALERS)),
            "industry": G(lambda f: "Automotive Retail"),
            "plan": G(lambda f: f.pick(["dealer_starter", "dealer_plus", "dealer_enterprise"])),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "dealer_type": G(lambda f: f.pick(["franchise", "independent", "supermarket"])),
            "franchise_brands": Many(G(lambda f: f.pick(MAKES)[0]), 2),
            "fca_number": G(lambda f: str(f.r.randint(600000, 999999))),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://northgatemotors.co.uk",
                        "https://sunbeltauto.com",
                        "https://pacifictoyota.com.au",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Vehicle History Check Purchased",
        "ab_web",
        2,
        {
            "check_id": G(lambda f: f.uuid()),
            "vin": Y(lambda f: f.vin(), "serial|identification"),
            "registration": Y(lambda f: f.plate(), "license|identification"),
            "price": G(lambda f: f.pick([9.99, 19.99, 24.95, 39.0])),
            "card": card_meta(),
            "report_flags": Many(
                G(lambda f: f.pick(["outstanding_finance", "write_off", "mileage_discrepancy", "clear"])), 2
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        "ab_web",
        2,
        {
            "order_id": G(lambda f: "AB-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(9, 600)),
            "revenue": G(lambda f: f.money(9, 500)),
            "tax": G(lambda f: f.money(0, 100)),
            "coupon": G(lambda f: f.pick(["", "FIRSTCHECK", "BF2024", "DEALER10"])),
            "currency": CURRENCY,
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "google_pay"])),
            "products": Many(
                {
                    "product_id": G(
                        lambda f: f.pick(["hist_basic", "hist_full", "featured_7d", "reserve_deposit"])
                    ),
                    "sku": G(lambda f: f.pick(["AB-HC-01", "AB-HC-02", "AB-FT-07", "AB-RD-250"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Basic History Check",
                                "Full Vehicle History Check",
                                "Featured Listing (7 days)",
                                "Reservation Deposit",
                            ]
                        )
                    ),
                    "category": G(lambda f: f.pick(["checks", "listing_upgrades", "deposits"])),
                    "price": G(lambda f: f.pick([9.99, 19.99, 14.0, 250.0])),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Deposit Paid",
        "java",
        2,
        {
            "reservation_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.r.randint(9_000_000, 9_999_999)),
            "amount": G(lambda f: f.pick([99, 199, 250, 500])),
            "currency": CURRENCY,
            "method": G(lambda f: f.pick(["faster_payments", "bank_transfer", "payid"])),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "payer_sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-26", "09-01-28"])),
            "payer_account_number": RED(lambda f: f.digits(8), "bank account"),
            "payer_iban": RED(lambda f: f.iban("GB"), "bank account"),
            "refundable_until": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "crm",
        1,
        {
            "hubspot_lifecycle_stage": G(lambda f: f.pick(["lead", "mql", "customer"])),
            "lead_score": G(lambda f: f.r.randint(0, 100)),
            "last_enquiry_at": G(lambda f: f.iso()),
            "enquiries_count": G(lambda f: f.r.randint(0, 30)),
        },
    ),
]

# -- Shieldly -------------------------------------------------------------------------------------

SHIELDLY = [
    (
        "page",
        None,
        "sh_web",
        3,
        {
            "path": G(lambda f: f.pick(PAGES["sh"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.homefinder.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=email", "?page=2"])),
            "title": G(lambda f: f.pick(TITLES["sh"])),
            "url": G(lambda f: f.pick(SITES["sh"]) + f.pick(PAGES["sh"])),
        },
    ),
    (
        "track",
        "Quote Started",
        "flutter",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.hexid(10).upper()),
            "product": G(lambda f: f.pick(["renters", "pet", "renters_pet_bundle"])),
            "zip_code": Y(lambda f: f.us_zip(), "zipcode"),
            "state": G(lambda f: f.pick(US_PLACES)[1]),
            "entry_point": G(lambda f: f.pick(["homefinder_partner", "organic", "paid_search", "referral"])),
            "roommates_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        "sh_web",
        2,
        {
            "label": Y(lambda f: f.one_line_address("US"), "address", True),
            "suggestion_index": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: f.pick(["smarty", "google_places", "loqate"])),
            "keystrokes": G(lambda f: f.r.randint(3, 40)),
        },
    ),
    (
        "track",
        "Contact Field Completed",
        "sh_web",
        2,
        {
            "form": G(lambda f: f.pick(["renters_quote", "pet_quote", "callback"])),
            "field": G(lambda f: f.pick(["email", "mobile"])),
            "value": Y(lambda f: f.pick([f.email("US"), f.phone("US")]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30_000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Renters Quote Completed",
        "sh_web",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.hexid(10).upper()),
            "premium_monthly": G(lambda f: f.money(7, 45)),
            "policyholder": {**person(dob=True)},
            "insured_address": {
                "street": Y(lambda f: f.street("US"), "street|address"),
                "unit": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "#305", "Apt 2"]), "address|street"),
                "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "state": G(lambda f: f.pick(US_PLACES)[1]),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "coverage": {
                "personal_property": G(lambda f: f.pick([15_000, 25_000, 40_000, 60_000])),
                "liability": G(lambda f: f.pick([100_000, 300_000, 500_000])),
                "deductible": G(lambda f: f.pick([250, 500, 1000])),
            },
            "building_type": G(lambda f: f.pick(["apartment", "condo", "house", "townhouse"])),
            "has_security_system": G(lambda f: f.pick([True, False])),
            "prior_claims": G(lambda f: f.r.randint(0, 3)),
            "high_value_items": Many(
                {
                    "category": G(lambda f: f.pick(["bike", "jewelry", "electronics", "camera"])),
                    "description": G(
                        lambda f: f.pick(
                            ["Trek Domane SL5", "Engagement ring", "MacBook Pro 16", "Sony A7 IV"]
                        )
                    ),
                    "value": G(lambda f: f.money_int(800, 12_000, 50)),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Pet Quote Completed",
        "flutter",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.hexid(10).upper()),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(PETS)),
                    "species": G(lambda f: f.pick(["dog", "cat"])),
                    "breed": G(lambda f: f.pick(BREEDS)),
                    "dob": G(lambda f: f.date(2012, 2024)),
                    "sex": G(lambda f: f.pick(["male", "female"])),
                    "neutered": G(lambda f: f.pick([True, False])),
                    "pre_existing_conditions": Many(
                        G(
                            lambda f: f.pick(
                                ["hip dysplasia", "allergic dermatitis", "none", "ear infections"]
                            )
                        ),
                        2,
                    ),
                    "microchip_number": Y(lambda f: f.microchip(), "serial|identification"),
                },
                2,
            ),
            "owner": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone("US"), "phone"),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "plan": G(lambda f: f.pick(["accident_only", "accident_illness", "complete"])),
            "deductible": G(lambda f: f.pick([100, 250, 500])),
            "reimbursement_pct": G(lambda f: f.pick([70, 80, 90])),
            "premium_monthly": G(lambda f: f.money(12, 110)),
        },
    ),
    (
        "track",
        "Policy Purchased",
        "dotnet",
        3,
        {
            "PolicyNumber": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "Product": G(lambda f: f.pick(["Renters", "Pet", "RentersPetBundle"])),
            "Premium": G(lambda f: f.money(7, 110)),
            "BillingFrequency": G(lambda f: f.pick(["Monthly", "Annual"])),
            "EffectiveDate": G(lambda f: f.date(2024, 2025) + "T00:00:00Z"),
            "PaymentMethod": G(lambda f: f.pick(["Card", "Ach", "ApplePay"])),
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "Autopay": G(lambda f: f.pick([True, False])),
            "AdditionalInsureds": Many(
                {
                    "Name": Y(lambda f: f.full_name(), "name"),
                    "Relationship": G(lambda f: f.pick(["Spouse", "Partner", "Child", "Roommate"])),
                    "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
                },
                2,
            ),
            "InterestedParty": G(lambda f: f.pick(["Greystar", "Equity Residential", "AvalonBay", "None"])),
            "TermsVersion": G(lambda f: f.pick(["2024-01", "2024-06", "2023-11"])),
        },
    ),
    (
        "track",
        "Policy Endorsed",
        "dotnet",
        2,
        {
            "PolicyNumber": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "EndorsementId": G(lambda f: f.uuid()),
            "EndorsementType": G(lambda f: f.pick(["AddInsured", "AddressChange", "CoverageIncrease"])),
            "EffectiveDate": G(lambda f: f.date(2024, 2025) + "T00:00:00Z"),
            "PremiumChange": G(lambda f: f.money(-15, 25)),
            "AddedInsured": {
                "FirstName": Y(lambda f: f.first(), "name"),
                "LastName": Y(lambda f: f.last(), "name"),
                "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
                "Email": Y(lambda f: f.email("US"), "email"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Partner", "Child", "Roommate"])),
            },
            "NewAddress": {
                "Line1": Y(lambda f: f.street("US"), "street|address"),
                "Line2": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "#305", "Apt 2"]), "address|street"),
                "City": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "State": G(lambda f: f.pick(US_PLACES)[1]),
                "Zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "ProcessedBy": G(lambda f: f.pick(["Automated", "Underwriting", "Support"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "sh_web",
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "SH-" + f.digits(9)),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "ach", "apple_pay"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_zip": Y(lambda f: f.us_zip(), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "java",
        2,
        {
            "payment_id": G(lambda f: f.uuid()),
            "policy_number": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "amount": G(lambda f: f.money(7, 110)),
            "currency": G(lambda f: "USD"),
            "failure_code": G(
                lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card", "ach_return_r01"])
            ),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "371449", "601100"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "bank_routing_number": G(lambda f: f.routing()),
            "bank_account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "retry_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "ACH Mandate Created",
        "dotnet",
        1,
        {
            "MandateId": G(lambda f: "md_" + f.hexid(16)),
            "AccountHolder": Y(lambda f: f.full_name(), "name"),
            "RoutingNumber": G(lambda f: f.routing()),
            "AccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "AccountType": G(lambda f: f.pick(["Checking", "Savings", "BusinessChecking"])),
            "VerifiedVia": G(lambda f: f.pick(["Plaid", "MicroDeposits", "Manual"])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "node",
        2,
        {
            "id": G(lambda f: "in_" + f.hexid(24)),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "customer_email": Y(lambda f: f.email("US"), "email"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "amount_paid": G(lambda f: f.r.randint(700, 11_000)),
            "currency": G(lambda f: "usd"),
            "charge": G(lambda f: "ch_" + f.hexid(24)),
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_" + f.hexid(16)),
            "status": G(lambda f: "paid"),
        },
    ),
    (
        "track",
        "Claim Started",
        "flutter",
        3,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(8)),
            "policy_number": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "claim_type": G(lambda f: f.pick(["theft", "water_damage", "fire", "liability", "vet_visit"])),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_location": {
                "lat": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122, -71), 6), "geolocation"),
            },
            "police_report_filed": G(lambda f: f.pick([True, False])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Bike stolen from building garage",
                        "Upstairs neighbour's pipe burst",
                        "Laptop taken from car",
                        "Kitchen fire, smoke damage",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Claim Submitted",
        "dotnet",
        3,
        {
            "ClaimId": G(lambda f: "CLM-" + f.digits(8)),
            "PolicyNumber": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "ClaimType": G(lambda f: f.pick(["Theft", "WaterDamage", "Fire", "Liability"])),
            "IncidentDate": G(lambda f: f.date(2024, 2024) + "T00:00:00"),
            "IncidentAddress": Y(lambda f: f.one_line_address("US"), "address"),
            "PoliceReportNumber": Y(lambda f: f.police_ref(), "identification"),
            "PoliceDepartment": G(
                lambda f: f.pick(["Austin PD", "NYPD 84th Precinct", "Denver PD District 6", "Seattle PD"])
            ),
            "EstimatedLoss": G(lambda f: f.money(150, 25_000)),
            "Items": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            ["Trek Domane SL5", "MacBook Air M2", "Sofa (water damaged)", "Sony A7 IV"]
                        )
                    ),
                    "PurchasePrice": G(lambda f: f.money(100, 6000)),
                    "ReceiptAvailable": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "Photos": Many(
                {
                    "Url": G(lambda f: f"https://claims.shieldly.com/media/{f.uuid()}.jpg"),
                    "Sha256": G(lambda f: f.sha256()),
                },
                3,
            ),
            "PayoutMethod": G(lambda f: f.pick(["Ach", "Check", "Card"])),
            "PayoutAccount": {
                "RoutingNumber": G(lambda f: f.routing()),
                "AccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            },
            "ThirdParty": {
                "Name": Y(lambda f: f.full_name(), "name"),
                "Phone": Y(lambda f: f.phone("US"), "phone"),
                "InjuryDescription": Y(
                    lambda f: f.pick(["sprained wrist", "concussion", "fractured ankle", "back strain"]),
                    "condition|diagnosis",
                ),
            },
            "Witness": {
                "Name": Y(lambda f: f.full_name(), "name"),
                "Email": Y(lambda f: f.email("US"), "email"),
                "Statement": G(
                    lambda f: f.pick(
                        [
                            "Saw two people leave with the bike",
                            "Heard the smoke alarm at 2am",
                            "Water was coming through the ceiling",
                            "Did not see the fall itself",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Claim Photo Uploaded",
        "flutter",
        2,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(8)),
            "photo_id": G(lambda f: f.uuid()),
            "file_size_bytes": G(lambda f: f.r.randint(200_000, 9_000_000)),
            "exif": {
                "gps_latitude": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
                "gps_longitude": Y(lambda f: round(f.r.uniform(-122, -71), 6), "geolocation"),
                "taken_at": G(lambda f: f.iso()),
                "camera_model": G(lambda f: f.pick(["iPhone 14 Pro", "SM-G991B", "Pixel 8"])),
            },
            "sha256": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Claim Note Added",
        "ruby",
        2,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(8)),
            "author_role": G(lambda f: f.pick(["adjuster", "support", "claimant"])),
            "note": Y(
                lambda f: contact_text(
                    f,
                    [
                        "Claimant prefers a callback on {phone}",
                        "Landlord contact for access: {phone}",
                        "Send payout confirmation to {email}",
                        "Witness reachable at {email}",
                    ],
                ),
                "phone|email",
                True,
            ),
            "visibility": G(lambda f: f.pick(["internal", "shared"])),
        },
    ),
    (
        "track",
        "Claim Status Updated",
        "ruby",
        2,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(8)),
            "status": G(lambda f: f.pick(["in_review", "approved", "denied", "paid", "needs_info"])),
            "adjuster": {
                "id": G(lambda f: f.r.randint(100, 999)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email("shieldly.com"), "email"),
            },
            "payout_amount": G(lambda f: f.money(0, 20_000)),
            "hours_in_status": G(lambda f: f.r.randint(1, 300)),
        },
    ),
    (
        "track",
        "Pet Claim Submitted",
        "ruby",
        2,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(8)),
            "pet_name": G(lambda f: f.pick(PETS)),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "diagnosis": G(
                lambda f: f.pick(
                    [
                        "cruciate ligament rupture",
                        "ear infection",
                        "gastroenteritis",
                        "foreign body ingestion",
                    ]
                )
            ),
            "treatment": G(lambda f: f.pick(["TPLO surgery", "antibiotics", "IV fluids", "endoscopy"])),
            "medications": Many(G(lambda f: f.pick(["Apoquel", "Metacam", "Clavamox", "Gabapentin"])), 2),
            "vet": {
                "clinic_name": G(lambda f: f.pick(VET_PRACTICES)),
                "vet_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
                "clinic_phone": G(lambda f: f.pick(["(512) 555-0190", "(02) 9519 3222", "(303) 555-0117"])),
                "clinic_zip": G(lambda f: f.pick(["78704", "2042", "80205", "98109"])),
            },
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "invoice_total": G(lambda f: f.money(80, 9000)),
            "invoice_pdf_url": G(lambda f: f"https://claims.shieldly.com/invoices/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "node",
        2,
        {
            "inquiry_id": G(lambda f: "inq_" + f.hexid(24)),
            "template": G(lambda f: f.pick(["itmpl_payout_kyc", "itmpl_claims_high_value"])),
            "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
            "document": {
                "type": G(lambda f: f.pick(["passport", "drivers_license"])),
                "issuing_country": G(lambda f: f.pick(["US", "MX", "IN", "GB"])),
                "number": RED(lambda f: f.pick([f.passport("US"), f.us_licence()]), "passport|license"),
                "expiration_date": G(lambda f: f.date(2025, 2034)),
            },
            "name_on_document": Y(lambda f: f.full_name().upper(), "name"),
            "birthdate": Y(lambda f: f.dob(), "birthdate"),
            "selfie_url": Y(lambda f: f.photo_of_person("withpersona.com/selfies"), "photo"),
            "checks": {
                "name_match": G(lambda f: f.pick([True, False])),
                "dob_match": G(lambda f: f.pick([True, False])),
                "selfie_liveness": G(lambda f: f.pick(["passed", "failed", "not_run"])),
                "document_authenticity": G(lambda f: f.pick(["clear", "suspected", "not_run"])),
            },
        },
    ),
    (
        "identify",
        None,
        "flutter",
        3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone("US"), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street("US"), "street|address"),
                "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "postalCode": Y(lambda f: f.us_zip(), "zipcode"),
                "state": G(lambda f: f.pick(US_PLACES)[1]),
                "country": G(lambda f: "US"),
            },
            "petsCount": G(lambda f: f.r.randint(0, 4)),
            "preferredLanguage": G(lambda f: f.pick(["en", "es"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "screen",
        None,
        "flutter",
        3,
        {
            "name": G(lambda f: f.pick(["Policy Details", "Claim Timeline", "Digital ID Card", "Pets"])),
            "policy_number": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "tab": G(lambda f: f.pick(["coverage", "documents", "billing"])),
        },
    ),
    (
        "track",
        "Conversion Uploaded",
        "node",
        1,
        {
            "conversion_action": G(lambda f: f.pick(["policy_purchase", "quote_complete"])),
            "gclid": G(lambda f: "Cj0KCQjw" + f.hexid(40)),
            "conversion_value": G(lambda f: f.money(7, 1300)),
            "user_identifiers": {
                "sha256_email_address": Y(lambda f: f.sha256(), "email"),
                "sha256_phone_number": Y(lambda f: f.sha256(), "phone"),
            },
        },
    ),
    (
        "identify",
        None,
        "warehouse",
        2,
        {
            "EMAIL": Y(lambda f: f.email("US"), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "POSTAL_CODE": Y(lambda f: f.us_zip(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "PHONE_NUMBER": Y(lambda f: f.phone("US"), "phone"),
            "ADDRESS_LINE_1": Y(lambda f: f.street("US"), "street|address"),
            "CITY": Y(lambda f: f.pick(US_PLACES)[0], "city"),
            "STATE": G(lambda f: f.pick(US_PLACES)[1]),
            "LTV_TIER": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "LIFETIME_PREMIUM_USD": G(lambda f: f.money(0, 4000)),
            "ACTIVE_POLICY_COUNT": G(lambda f: f.r.randint(0, 3)),
            "LAST_CLAIM_DATE": G(lambda f: f.date(2021, 2024)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_HOMEFINDER_REFERRAL": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Renewal Reminder Sent",
        "node_traits",
        2,
        {
            "policy_number": G(lambda f: f.pick(["SHR-", "SHP-"]) + f.digits(8)),
            "days_to_renewal": G(lambda f: f.pick([30, 14, 7, 1])),
            "channel": G(lambda f: f.pick(["email", "sms", "push"])),
            "to": Y(lambda f: f.phone("US"), "phone", True),
            "template_version": G(lambda f: f.pick(["v3", "v4", "v4.1"])),
        },
    ),
]

EVENTS = HOMEFINDER + AUTOBAY + SHIELDLY


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, weight, body in EVENTS:
            for _ in range(weight):
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["hf_", "ab_", "sh_"]) + f.digits(8),
                }
                if event:
                    msg["event"] = event
                if kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                if kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                elif kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                else:
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=30, repeats=12)
    write(Path(__file__).parent, "holdout30_", events, labels)
