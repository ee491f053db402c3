"""Writes holdout 56: tests/corpus/holdout56_events.jsonl and holdout56_labels.json.

Sealed: written from the helpers (build.py, fake.py), build_holdout3.py's format,
shared/REFERENCE.md and shared/DESIGN.md only, without reading the detection engine, its
vocabularies, its tests, its documentation or any other corpus's labels, and without running the
engine on these events. Run: `.venv/bin/python -m tests.corpus.build_holdout56`.

Domain: faith community apps in the US, the UK, Nigeria and Indonesia.
- A church management system: people and families (identify from the React Native church app,
  PascalCase traits from a .NET ChMS, SCREAMING_SNAKE traits synced from the warehouse by reverse
  ETL), the church itself (group call), children's check-in on an iPad kiosk (security codes,
  guardians, authorised pickups, allergies), attendance, small groups, guest cards, volunteers
  and background checks (US SSN, UK DBS certificate), pastoral care, benevolence, staff timesheets,
  event and youth-camp sign-ups (kebab-case web forms), a pet blessing.
- Online giving and tithes: analytics.js donation flow with Facebook CAPI ids, Stripe charge,
  Paystack charge (Nigeria), NUBAN bank transfers, Twilio text-to-give webhook, recurring gifts
  (.NET), UK Gift Aid declarations, giving statements.
- A mosque's donation and zakat app (Flutter; zakat calculator, Indonesian `Zakat Dibayar`),
  an Indonesian congregation register (`Pendaftaran Jemaat`: nama, alamat, nomor_hp,
  tanggal_lahir, jemaat, nik, agama), prayer times and mosque finder.
- A Bible-reading and prayer app (analytics-swift, analytics-kotlin): reading plans, highlights,
  prayer journal, sermons, invites, push tokens, one-time codes.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries
(`context.ip`, `context.traits`, device, app, library, locale, userAgent, campaign).

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET, Twilio),
kebab-case (a web form builder), SCREAMING_SNAKE (warehouse sync) and Indonesian keys make up
the rest. Values come from generators below: names from US, UK, Nigerian and Indonesian
(including single-name) pools, national phone formats (+1, +44/07, +234/080x, +62/08xx),
addresses with UK postcodes, Nigerian and Indonesian formats, Luhn-valid cards, NUBANs with their
check digit, SSA-structured SSNs, structured NIKs, ABA-valid routing numbers.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, a donor, a child, a guardian, a
  recipient, an invitee, a reference, a staff member or volunteer. Colour is the reference's
  default for the matcher (yellow for name, email, phone, address, city, zipcode, birthdate,
  gender, religion, allergy, condition, medication, certificate, license, identification, photo,
  salary, ip...; red for social security number, password, credit card, disability, token);
  outside the reference: red for secrets, card numbers, bank accounts, national ids; yellow for
  geolocation and advertising ids.
- Green: ids we or a vendor issue (user, member, family, order, charge, customer, envelope, claim
  numbers), versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys,
  ages and grades, marital status, job titles and employers, the church's / mosque's own phone,
  e-mail and address, a physician's office phone (a business's), a church's EIN and charity
  number, places that are not the person's (a searched town, a mosque's address), pets' names
  and microchips, card brand / last four / expiry / BIN, bank and routing codes, last four of a
  bank account, OS-issued device ids, user agents.
- Contested, by the published policy: billing addresses yellow `address`; insurance policy
  numbers yellow `identification`; pay and hourly rates and household income yellow `salary`;
  ad click ids (gclid, fbp, fbc) yellow `advertising id`; payment tokens (pm_, AUTH_, gateway
  tokens), push tokens, one-time codes and children's pickup security codes red `token|secret`.
- Special categories: booleans and enums that reveal a person's religion (baptized, agama,
  madhab, baptism date) are yellow `religion`; has-allergies yellow `allergy`; special needs red
  `disability`. A church's or organisation's denomination is not a person's: green. Being a
  member of this church, giving to it, attending it, is not labelled religion (every field of
  these apps would be): only fields that state a person's faith are.
- Decisions this corpus takes where the rules are silent: an honorific (`donor_title`: Mr, Mrs,
  Dr, Rev) is green; dietary needs ("nut allergy", "coeliac", "halal", "vegetarian") are yellow
  `allergy`, flagged as a careful owner would; a sermon speaker or a small-group leader is a
  staff member or volunteer, so their name is yellow `name`; group names that sometimes hold a
  family's surname ("Okafor Home Group") are a group's name: green; a Paystack card signature
  is a vendor-issued id: green; a deceased person's name (a funeral) is still flagged yellow
  `name`; a Nigerian workers' form's `tribe` is yellow `ethnicity` and its "date born again" is
  yellow `religion`.
- value_only: true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `message`, `custody_note`, `q`, `input`, `narration`) and only the value reveals it;
  addressing keys that do not say which kind of contact they hold (`recipient`, Twilio's `From`)
  are value_only too. Keys that name a person's role (`speaker`, `recorded_by`, `assigned_to`,
  `ApprovedBy`, `on_behalf_of`, `roommate-request`) say the value is a person, so a name there is
  not value_only. Free text is labelled by what every one of its values carries (each generator
  below puts that PII in every value), green when it carries none (`details`, `leader_notes`,
  `highlight_note`, `Body`).
- Booleans and two-valued enums have fewer than three distinct values by nature; every other
  varying path has at least three.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = {
    "us": [
        "Emily",
        "Michael",
        "Jessica",
        "David",
        "Ashley",
        "Christopher",
        "Brittany",
        "Marcus",
        "Keisha",
        "DeShawn",
        "Maria",
        "José",
        "Hannah",
        "Caleb",
        "Grace",
        "Ji-woo",
        "Kevin",
        "Tamika",
    ],
    "uk": [
        "Oliver",
        "Charlotte",
        "George",
        "Amelia",
        "Harry",
        "Isla",
        "Rhys",
        "Siobhan",
        "Aisha",
        "Mohammed",
        "Priya",
        "Callum",
        "Niamh",
        "Tom",
        "Eleanor",
        "Kwabena",
        "Zainab",
    ],
    "ng": [
        "Chinedu",
        "Ngozi",
        "Oluwaseun",
        "Adebayo",
        "Funmilayo",
        "Emeka",
        "Chiamaka",
        "Tunde",
        "Aisha",
        "Ibrahim",
        "Blessing",
        "Godwin",
        "Yetunde",
        "Musa",
        "Ifeoma",
        "Precious",
    ],
    "id": [
        "Budi",
        "Siti",
        "Dewi",
        "Agus",
        "Rina",
        "Putri",
        "Hendra",
        "Yohanes",
        "Maria",
        "Ahmad",
        "Nur",
        "Wahyu",
        "Fitri",
        "Stefanus",
        "Ketut",
        "Yosua",
    ],
}
LAST = {
    "us": [
        "Johnson",
        "Williams",
        "Brown",
        "Jackson",
        "Hernandez",
        "Martinez",
        "Robinson",
        "Nguyen",
        "Park",
        "Miller",
        "Thompson",
        "Washington",
        "Lee",
        "Anderson",
        "Rivera",
    ],
    "uk": [
        "Hughes",
        "Evans",
        "Davies",
        "Murphy",
        "Begum",
        "Rahman",
        "Patel",
        "Taylor",
        "Wright",
        "Campbell",
        "MacLeod",
        "Okoro",
        "Ahmed",
        "Clarke",
        "Singh",
    ],
    "ng": [
        "Okonkwo",
        "Adeyemi",
        "Balogun",
        "Eze",
        "Nwosu",
        "Ogunleye",
        "Abubakar",
        "Okafor",
        "Bello",
        "Uche",
        "Adewale",
        "Ibekwe",
        "Danjuma",
        "Olatunji",
    ],
    "id": [
        "Santoso",
        "Rahmawati",
        "Lestari",
        "Setiawan",
        "Wijaya",
        "Gunawan",
        "Simanjuntak",
        "Sitompul",
        "Hidayat",
        "Nasution",
        "Kurniawan",
        "Siregar",
        "Pratama",
        "Saputra",
        "Halim",
    ],
}
ID_SINGLE = ["Sutrisno", "Suharti", "Mulyadi", "Sumarni", "Darmawan", "Wartini"]
STREETS = {
    "us": [
        "Maple St",
        "Oak Ave",
        "Peachtree Rd NE",
        "Magnolia Dr",
        "Church St",
        "Cedar Ridge Ln",
        "Willow Creek Blvd",
        "Lakeview Ct",
        "Hillsboro Pike",
    ],
    "uk": [
        "Victoria Road",
        "Station Road",
        "Church Lane",
        "Mill Street",
        "Queens Avenue",
        "Oakfield Close",
        "Chapel Street",
        "St John's Crescent",
        "Beech Gardens",
    ],
    "ng": [
        "Adeola Odeku Street",
        "Awolowo Road",
        "Allen Avenue",
        "Herbert Macaulay Way",
        "Ogui Road",
        "Aminu Kano Crescent",
        "Bode Thomas Street",
        "Ikwerre Road",
    ],
    "id": [
        "Jl. Merdeka",
        "Jl. Jend. Sudirman",
        "Jl. Gatot Subroto",
        "Jl. Diponegoro",
        "Jl. Kebon Jeruk Raya",
        "Jl. Cempaka Putih Tengah",
        "Jl. Pattimura",
        "Jl. Ahmad Yani",
    ],
}
CITIES = {
    "us": ["Nashville", "Atlanta", "Houston", "Dallas", "Charlotte", "Columbus", "Phoenix", "Grand Rapids"],
    "uk": ["Birmingham", "Manchester", "Leeds", "London", "Glasgow", "Bristol", "Cardiff", "Leicester"],
    "ng": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Enugu", "Kano", "Benin City"],
    "id": ["Jakarta Selatan", "Surabaya", "Medan", "Bandung", "Yogyakarta", "Manado", "Denpasar"],
}
STATES = {
    "us": ["TN", "GA", "TX", "NC", "OH", "AZ", "MI"],
    "uk": ["West Midlands", "Greater Manchester", "West Yorkshire", "Greater London", "Scotland"],
    "ng": ["Lagos", "FCT", "Oyo", "Rivers", "Enugu", "Kano", "Edo"],
    "id": ["DKI Jakarta", "Jawa Timur", "Sumatera Utara", "Jawa Barat", "DI Yogyakarta", "Bali"],
}
COUNTRY = {"us": "US", "uk": "GB", "ng": "NG", "id": "ID"}
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.co.id",
    "icloud.com",
    "proton.me",
    "ymail.com",
]
CONDITIONS = [
    "asthma",
    "type 1 diabetes",
    "epilepsy",
    "eczema",
    "sickle cell anaemia",
    "ADHD",
    "coeliac disease",
    "migraines",
]
ALLERGIES = ["peanuts", "tree nuts", "penicillin", "latex", "bee stings", "dairy", "eggs", "shellfish"]
MEDS = [
    "Ventolin inhaler",
    "EpiPen 0.3mg",
    "Ritalin 10mg",
    "Novorapid insulin",
    "Keppra 250mg",
    "Cetirizine 5mg",
    "Hydroxyurea 500mg",
]


class Faith(Fake):
    def region(self, region=None):
        return region or self.pick(["us", "uk", "ng", "id"])

    def given(self, region=None):
        return self.pick(FIRST[self.region(region)])

    def family(self, region=None):
        region = self.region(region)
        return self.pick(LAST[region])

    def person(self, region=None):
        region = self.region(region)
        if region == "id" and self.r.random() < 0.2:
            return self.pick(ID_SINGLE)
        return f"{self.pick(FIRST[region])} {self.pick(LAST[region])}"

    def mail(self, name=None):
        name = name or self.person()
        parts = name.lower().replace("é", "e").replace("'", "").replace("-", "").split()
        local = self.pick(
            [
                ".".join(parts),
                "".join(parts),
                parts[0] + str(self.r.randint(1, 99)),
                parts[0][0] + parts[-1] + str(self.r.randint(70, 2005)),
            ]
        )
        return f"{local}@{self.pick(MAIL)}"

    def tel(self, region=None):
        region = self.region(region)
        r = self.r
        if region == "us":
            a, b, c = (
                self.pick([615, 404, 713, 214, 704, 614, 602, 616]),
                r.randint(201, 989),
                r.randint(0, 9999),
            )
            return self.pick(
                [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1{a}{b}{c:04d}", f"+1 {a} {b} {c:04d}"]
            )
        if region == "uk":
            n = f"7{r.randint(300, 999)}{r.randint(100000, 999999)}"
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if region == "ng":
            p = self.pick(["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "812"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+234 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+234{p}{a}{b}"])
        p = self.pick(["811", "812", "813", "821", "822", "852", "857", "878", "896", "838"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return self.pick([f"+62 {p}-{a}-{b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"+62{p}{a}{b}"])

    def road(self, region=None):
        region = self.region(region)
        n = self.r.randint(1, 240)
        if region == "id":
            rt, rw = self.r.randint(1, 12), self.r.randint(1, 9)
            return f"{self.pick(STREETS['id'])} No. {n}, RT {rt:02d}/RW {rw:02d}"
        if region == "uk" and self.r.random() < 0.3:
            return f"Flat {self.r.randint(1, 12)}, {n} {self.pick(STREETS['uk'])}"
        return f"{n} {self.pick(STREETS[region])}"

    def town(self, region=None):
        return self.pick(CITIES[self.region(region)])

    def postcode(self, region=None):
        region = self.region(region)
        r = self.r
        if region == "uk":
            area = self.pick(["B", "M", "LS", "L", "G", "EH", "CF", "BS", "LE", "SE", "N", "NW"])
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{area}{r.randint(1, 28)} {r.randint(0, 9)}{self.pick(letters)}{self.pick(letters)}"
        if region == "ng":
            return "".join(
                str(r.randint(lo, hi)) for lo, hi in ((1, 9), (0, 9), (0, 9), (0, 2), (0, 9), (0, 9))
            )
        if region == "id":
            return f"{r.randint(10, 99)}{r.randint(100, 999)}"
        z = f"{r.randint(10000, 99999)}"
        return z + (f"-{r.randint(1000, 9999)}" if r.random() < 0.2 else "")

    def dob(self, start=1948, end=2004):
        return self.date(start, end)

    def child_dob(self):
        return self.date(2012, 2022)

    def nik(self):
        r = self.r
        prov = self.pick(["31", "32", "33", "34", "35", "12", "71", "51"])
        day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
        place = f"{prov}{r.randint(1, 20):02d}{r.randint(1, 30):02d}"
        return f"{place}{day:02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}{r.randint(1, 999):04d}"

    def nuban(self, bank=None):
        bank = bank or self.pick(["058", "044", "033", "011", "057", "232"])
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
        return serial + str((10 - total % 10) % 10)

    def routing(self):
        return self.pick(["021000021", "026009593", "121000248", "061000104", "111000025", "064000017"])

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def security_code(self):
        return self.alnum(self.pick([3, 4]), "ACDEFGHJKLMNPQRTUVWXY3479")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.IwAR{self.alnum(52)}"

    def gclid(self):
        return (
            self.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"])
            + self.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            + "_BwE"
        )

    def push_token(self):
        return self.pick([self.hexid(64), self.alnum(22) + ":APA91b" + self.alnum(134)])


def prayer_text(f: Faith) -> str:
    if f.r.random() < 0.2:
        return f.pick(
            [
                "Please pray for me, I was diagnosed with type 2 diabetes and I'm struggling to accept it.",
                "Pray for me please, my depression is bad again and I can't get out of bed.",
                "I have my second round of chemo for breast cancer on Thursday. Please pray.",
                "Asking for prayer, my endometriosis pain is making it hard to work.",
            ]
        )
    who = f.pick(
        [
            "my mum",
            "my dad",
            "my husband",
            "my wife",
            "my son",
            "my daughter",
            "my grandmother",
            "my brother",
            "my friend " + f.given(),
        ]
    )
    need = f.pick(
        [
            "who was diagnosed with breast cancer last week",
            "as the chemo for leukaemia starts on Monday",
            "who is struggling with depression and anxiety",
            "who is recovering from a stroke",
            "who is in hospital with pneumonia",
            "battling malaria again, the fever won't break",
            "whose dementia is getting worse",
            "who has been told the kidney failure is stage 4",
            "who tested positive for HIV and is scared to tell anyone",
            "as the doctors think it is multiple sclerosis",
        ]
    )
    return f.pick(
        [
            f"Please pray for {who} {need}.",
            f"Pray for {who}, {need}. Thank you church family",
            f"Urgent prayer for {who} {need}. Believing God for healing 🙏",
        ]
    )


def care_note(f: Faith) -> str:
    name, other = f.person(), f.person()
    return f.pick(
        [
            f"Visited {name} at home, doing better, would like communion next week.",
            f"{name} called the office asking for a visit, husband passed on Friday.",
            f"Met with {name} and {other} for premarital session 3 of 6.",
            f"Meal train set up for {name}'s family, 5 meals so far.",
            f"Follow up with {name} re: job loss, referred to benevolence team.",
            f"{name} asked for prayer and a call back this week.",
        ]
    )


def narration(f: Faith) -> str:
    name = f.person("ng")
    return f.pick(
        [
            f"TITHE/{name.upper()}/MAR24",
            f"Offering from {name}",
            f"FIRST FRUIT - {name}",
            f"NIP/{name}/building fund",
            f"{name.upper()} THANKSGIVING SEED",
            f"Trf from {name} tithe",
        ]
    )


def directory_query(f: Faith) -> str:
    name = f.person()
    return f.pick([name, name.split()[-1].lower(), name.split()[0], name.lower()])


# -- contexts ---------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
LOCALES = ["en-US", "en-GB", "en-NG", "id-ID"]
ZONES = ["America/Chicago", "America/New_York", "Europe/London", "Africa/Lagos", "Asia/Jakarta"]
CARRIERS = [
    "T-Mobile",
    "Verizon",
    "AT&T",
    "EE",
    "Vodafone UK",
    "O2 - UK",
    "MTN NG",
    "Airtel NG",
    "Glo",
    "Telkomsel",
    "Indosat Ooredoo",
    "XL Axiata",
]


def web(path, title):
    def ctx(f):
        site = "https://gracecommunity.church"
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
            },
            "page": {
                "path": G(lambda f: path),
                "referrer": G(
                    lambda f: f.pick(
                        [
                            "",
                            "https://www.google.com/",
                            "https://l.facebook.com/",
                            "https://gracecommunity.church/",
                        ]
                    )
                ),
                "search": G(
                    lambda f: f.pick(
                        ["", "?utm_source=facebook&utm_medium=social", "?fund=missions", "?campus=north"]
                    )
                ),
                "title": G(lambda f: title),
                "url": G(lambda f: site + path),
            },
            "userAgent": G(lambda f: f.pick(UA_WEB)),
            "locale": G(lambda f: f.pick(LOCALES)),
            "timezone": G(lambda f: f.pick(ZONES)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "campaign": {
                "name": G(
                    lambda f: f.pick(
                        ["easter_2024", "giving_tuesday", "christmas_services", "back_to_church"]
                    )
                ),
                "source": G(lambda f: f.pick(["facebook", "google", "mailchimp", "instagram"])),
                "medium": G(lambda f: f.pick(["social", "cpc", "email"])),
                "content": G(lambda f: f.pick(["video_a", "carousel", "header_link"])),
            },
        }

    return ctx


def rn_church(f):
    return {
        "app": {
            "name": G(lambda f: "Grace Community"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "church.gracecommunity.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A146B", "Pixel 7", "TECNO KI5q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14", "13", "16.7.7"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 412])),
            "height": G(lambda f: f.pick([844, 852, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Online", "Lekki", "Birmingham"])),
        },
    }


def swift_bible(f):
    return {
        "app": {
            "name": G(lambda f: "Daily Word"),
            "version": G(lambda f: f.pick(["11.2.0", "11.3.1", "11.1.4"])),
            "build": G(lambda f: f.pick(["1102", "1131", "1114"])),
            "namespace": G(lambda f: "com.dailyword.bible"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone13,2", "iPad13,18", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 390, 820])),
            "height": G(lambda f: f.pick([852, 844, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "plan": G(lambda f: f.pick(["free", "plus", "family"])),
        },
    }


def kotlin_bible(f):
    return {
        "app": {
            "name": G(lambda f: "Daily Word"),
            "version": G(lambda f: f.pick(["11.2.0", "11.3.1", "11.1.4"])),
            "build": G(lambda f: f.pick(["110200", "110301", "110104"])),
            "namespace": G(lambda f: "com.dailyword.bible"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Xiaomi", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "TECNO KI5q", "Redmi Note 12", "Pixel 7a", "CPH2591"])),
            "name": G(lambda f: f.pick(["a54x", "KI5q", "tapas", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.1"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: f.pick([1080, 720])),
            "height": G(lambda f: f.pick([2340, 1600, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5q Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 12 Build/SKQ1.211006.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.mail(), "email")},
    }


def swift_kiosk(f):
    return {
        "app": {
            "name": G(lambda f: "Grace Kids Check-In"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2", "3.0.9"])),
            "build": G(lambda f: f.pick(["310", "322", "309"])),
            "namespace": G(lambda f: "church.gracecommunity.checkin"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad12,1", "iPad14,1"])),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/London", "America/New_York"])),
        "network": {"wifi": G(lambda f: True)},
    }


def flutter_mosque(f):
    return {
        "app": {
            "name": G(lambda f: "Masjid Connect"),
            "version": G(lambda f: f.pick(["2.8.1", "2.9.0", "2.7.5"])),
            "build": G(lambda f: f.pick(["281", "290", "275"])),
            "namespace": G(lambda f: "org.masjidconnect.app"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi", "vivo"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A155F", "2201117TG", "V2253"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 360])),
            "height": G(lambda f: f.pick([844, 873, 800])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "id-ID", "en-NG", "ms-MY"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Asia/Jakarta", "Africa/Lagos", "Asia/Makassar"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.2", "2.0.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.1", "2.4.0"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server(lib, ip=False, traits=False, ua=False):
    def ctx(f):
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if ip:
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if ua:
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if traits:
            c["traits"] = {"email": Y(lambda f: f.mail(), "email")}
        return c

    return ctx


# -- events: church management ----------------------------------------------------------------------

FUNDS = ["General Fund", "Tithe", "Building Fund", "Missions", "Youth Camp Scholarships", "Benevolence"]
CAMPUSES = ["North", "Downtown", "Online", "Lekki", "Birmingham", "Surabaya"]
GROUP_NAMES = [
    "Tuesday Women's Bible Study",
    "Young Adults Lekki",
    "Men's Breakfast",
    "Okafor Home Group",
    "Alpha Course Spring",
    "Marriage Matters",
    "Johnson Family Life Group",
    "Persekutuan Doa Kamis",
]

CHURCH = [
    (
        "identify",
        None,
        rn_church,
        {
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
            "maritalStatus": G(lambda f: f.pick(["Married", "Single", "Widowed", "Divorced"])),
            "membershipStatus": G(lambda f: f.pick(["Member", "Regular Attender", "Visitor", "Participant"])),
            "familyRole": G(lambda f: f.pick(["Adult", "Child"])),
            "address": {
                "street": Y(lambda f: f.road(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "state": G(lambda f: f.pick(STATES["us"] + STATES["ng"])),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "NG", "ID"])),
            },
            "baptized": Y(lambda f: f.pick([True, False]), "religion"),
            "avatar": Y(
                lambda f: f"https://images.gracecommunity.church/people/{f.digits(7)}/avatar.jpg", "photo"
            ),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "householdSize": G(lambda f: f.r.randint(1, 7)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        server("@segment/analytics-node"),
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Grace Community Church",
                        "Redeemed Christian Church of God - Jesus House",
                        "St Mark's Anglican Church",
                        "GKI Pondok Indah",
                        "Masjid Al-Falah",
                    ]
                )
            ),
            "denomination": G(
                lambda f: f.pick(["Non-denominational", "Pentecostal", "Anglican", "Baptist", "Sunni"])
            ),
            "plan": G(lambda f: f.pick(["Church Pro", "Starter", "Multi-site"])),
            "campusCount": G(lambda f: f.r.randint(1, 9)),
            "weeklyAttendance": G(lambda f: f.r.randint(80, 6000)),
            "officePhone": G(
                lambda f: f.pick(
                    ["(615) 555-0100", "+44 121 496 0000", "+234 1 277 0300", "+62 21 7590 1234"]
                )
            ),
            "officeEmail": G(
                lambda f: f.pick(
                    ["office@gracecommunity.church", "info@stmarks.org.uk", "admin@jesushouse.ng"]
                )
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://gracecommunity.church", "https://stmarks.org.uk", "https://gkipi.or.id"]
                )
            ),
            "mailingAddress": {
                "street": G(
                    lambda f: f.pick(["1200 Hillsboro Pike", "12 Church Road", "Plot 4 Admiralty Way"])
                ),
                "city": G(lambda f: f.pick(["Nashville", "Birmingham", "Lagos"])),
                "postalCode": G(lambda f: f.pick(["37215", "B15 3TR", "106104"])),
                "country": G(lambda f: f.pick(["US", "GB", "NG"])),
            },
            "ein": G(lambda f: f.pick(["62-1234567", "58-2041176", "75-3081129"])),
            "charityNumber": G(lambda f: f.pick(["1133975", "1098765", "SC041234"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Family Member Added",
        rn_church,
        {
            "family_id": G(lambda f: f.digits(6)),
            "member": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "birthdate": Y(lambda f: f.child_dob(), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "grandchild", "foster child"])),
                "grade": G(lambda f: f.pick(["Pre-K", "K", "1st", "3rd", "5th", "Year 4"])),
                "school": G(
                    lambda f: f.pick(["Lipscomb Academy", "St Peter's CofE Primary", "Corona School Ikoyi"])
                ),
                "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
                "special_needs": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "added_by_role": G(lambda f: f.pick(["head_of_household", "spouse", "staff"])),
            "members_in_family": G(lambda f: f.r.randint(2, 7)),
        },
    ),
    (
        "track",
        "Kiosk Family Search",
        swift_kiosk,
        {
            "input": Y(lambda f: f.tel(f.pick(["us", "uk"])), "phone", True),
            "search_method": G(lambda f: f.pick(["phone", "phone", "keypad"])),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "kiosk_id": G(lambda f: "kiosk_" + f.digits(3)),
            "station_name": G(
                lambda f: f.pick(["Main Lobby Kiosk 1", "Kids Wing Kiosk 2", "Express Station"])
            ),
        },
    ),
    (
        "track",
        "Child Checked In",
        swift_kiosk,
        {
            "check_in_id": G(lambda f: f.digits(9)),
            "event_name": G(
                lambda f: f.pick(["Sunday 9:30 Kids", "Sunday 11:15 Kids", "Wednesday Night KidzZone"])
            ),
            "location": G(
                lambda f: f.pick(
                    ["Room 104 - Toddlers", "Room 210 - 2nd & 3rd Grade", "Nursery A", "Reception Class"]
                )
            ),
            "security_code": RED(lambda f: f.security_code(), "token|secret"),
            "child": {
                "person_id": G(lambda f: f.digits(8)),
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "birthdate": Y(lambda f: f.child_dob(), "birthdate"),
                "age": G(lambda f: f.r.randint(1, 11)),
                "grade": G(lambda f: f.pick(["Pre-K", "K", "1st", "3rd", "5th", "Year 4"])),
                "allergies": Y(lambda f: f.pick([*ALLERGIES, "", "peanuts, eggs"]), "allergy"),
                "medical_notes": Y(
                    lambda f: f.pick(CONDITIONS) + f.pick(["", " - inhaler in bag", ", see parent"]),
                    "condition",
                ),
                "has_allergies": Y(lambda f: f.pick([True, False]), "allergy"),
                "photo_url": Y(
                    lambda f: (
                        f"https://avatars.planningcenteronline.com/uploads/person/{f.digits(8)}-{f.digits(10)}/avatar.2.jpg"
                    ),
                    "photo",
                ),
                "first_time": G(lambda f: f.pick([True, False])),
            },
            "guardian": {
                "name": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
                "phone": Y(lambda f: f.tel(f.pick(["us", "uk"])), "phone"),
                "relationship": G(lambda f: f.pick(["Mother", "Father", "Grandparent", "Guardian"])),
            },
            "authorized_pickups": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "phone": Y(lambda f: f.tel(f.pick(["us", "uk"])), "phone"),
                },
                2,
            ),
            "labels_printed": G(lambda f: f.r.randint(1, 3)),
            "volunteer_checked_in_by": Y(lambda f: f.person("us"), "name"),
        },
    ),
    (
        "track",
        "Check-in Label Printed",
        swift_kiosk,
        {
            "printer_id": G(lambda f: f.pick(["DYMO-450-LOBBY", "Brother-QL820-KIDS", "ZD410-02"])),
            "label_type": G(lambda f: f.pick(["child", "name_tag", "allergy_sticker"])),
            "label": Y(
                lambda f: f"{f.given(f.pick(['us', 'uk']))} {f.family(f.pick(['us', 'uk']))}", "name", True
            ),
            "copies": G(lambda f: f.r.randint(1, 2)),
            "print_ms": G(lambda f: f.r.randint(300, 4000)),
        },
    ),
    (
        "track",
        "Child Checked Out",
        server("@segment/analytics-node"),
        {
            "check_in_id": G(lambda f: f.digits(9)),
            "security_code_matched": G(lambda f: f.pick([True, True, False])),
            "picked_up_by": {
                "name": Y(lambda f: f.person(), "name"),
                "relationship": G(
                    lambda f: f.pick(["Mother", "Father", "Aunt", "Grandparent", "Family friend"])
                ),
                "on_authorized_list": G(lambda f: f.pick([True, False])),
            },
            "custody_note": Y(
                lambda f: (
                    f.pick(["Do not release to ", "Restraining order against ", "Only release to "])
                    + f.person()
                ),
                "name",
                True,
            ),
            "checked_out_at": G(lambda f: f.iso()),
            "late_pickup": G(lambda f: f.pick([True, False])),
            "minutes_in_room": G(lambda f: f.r.randint(40, 150)),
        },
    ),
    (
        "track",
        "Attendance Recorded",
        server("analytics-python"),
        {
            "service_id": G(lambda f: f.digits(5)),
            "service_name": G(
                lambda f: f.pick(
                    ["9:00 Traditional", "11:00 Contemporary", "Sunday Evening", "Ibadah Umum 2"]
                )
            ),
            "campus": G(lambda f: f.pick(CAMPUSES)),
            "headcount": G(lambda f: f.r.randint(40, 2500)),
            "first_time_guests": G(lambda f: f.r.randint(0, 40)),
            "online_viewers": G(lambda f: f.r.randint(0, 3000)),
            "kids_checked_in": G(lambda f: f.r.randint(0, 400)),
            "recorded_by": Y(lambda f: f.person(), "name"),
            "service_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Guest Card Submitted",
        web("/im-new", "Plan Your Visit | Grace Community"),
        {
            "form_id": G(lambda f: "guest_card_v" + str(f.r.randint(2, 4))),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "zip": Y(lambda f: f.postcode(f.pick(["us", "uk"])), "zipcode"),
            "how_heard": G(lambda f: f.pick(["Friend", "Google", "Facebook", "Drove by", "Instagram"])),
            "kids_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "planned_visit_date": G(lambda f: f.date(2024, 2024)),
            "wants_contact": G(lambda f: f.pick([True, False])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Small Group Joined",
        rn_church,
        {
            "group_id": G(lambda f: f.digits(6)),
            "group_name": G(lambda f: f.pick(GROUP_NAMES)),
            "group_type": G(lambda f: f.pick(["Life Group", "Bible Study", "Recovery", "Serve Team"])),
            "meeting_day": G(lambda f: f.pick(["Tuesday", "Wednesday", "Thursday", "Sunday"])),
            "meeting_time": G(lambda f: f.pick(["19:00", "06:30", "18:30"])),
            "leader_name": Y(lambda f: f.person(), "name"),
            "leader_email": Y(lambda f: f.mail(), "email"),
            "host_home_address": Y(lambda f: f"{f.road()}, {f.town()}", "address"),
            "childcare_available": G(lambda f: f.pick([True, False])),
            "members_count": G(lambda f: f.r.randint(4, 25)),
            "join_method": G(lambda f: f.pick(["request", "open_signup", "leader_invite"])),
        },
    ),
    (
        "track",
        "Group Attendance Taken",
        web("/groups/attendance", "Take Attendance | Church Center"),
        {
            "group_id": G(lambda f: f.digits(6)),
            "meeting_date": G(lambda f: f.date(2024, 2024)),
            "present_member_ids": Many(G(lambda f: int(f.digits(7))), 6),
            "absent_names": Many(Y(lambda f: f.person(), "name"), 3),
            "visitors_count": G(lambda f: f.r.randint(0, 4)),
            "leader_notes": G(
                lambda f: f.pick(
                    [
                        "Great discussion on Romans 8",
                        "Finished week 4 of the study",
                        "Short meeting, power cut",
                        "Planning the summer BBQ",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Member Directory Searched",
        web("/staff/people", "People | ChMS"),
        {
            "q": Y(directory_query, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filter_campus": G(lambda f: f.pick(CAMPUSES)),
            "include_inactive": G(lambda f: f.pick([True, False])),
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Volunteer Application Submitted",
        web("/serve/apply", "Serve | Grace Community"),
        {
            "application_id": G(lambda f: f.uuid()),
            "ministry_area": G(lambda f: f.pick(["Kids", "Students", "Worship", "Hospitality", "Tech"])),
            "date_of_birth": Y(lambda f: f.dob(1950, 2006), "birthdate"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "previous_church": G(
                lambda f: f.pick(["Hillsong London", "Brentwood Baptist", "Daystar Christian Centre", "None"])
            ),
            "references": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "years_known": G(lambda f: f.r.randint(1, 30)),
                },
                2,
            ),
            "availability": Many(G(lambda f: f.pick(["sun_am", "sun_pm", "wed_pm"])), 3),
            "agreed_to_policy": G(lambda f: True),
        },
    ),
    (
        "track",
        "Background Check Completed",
        server("analytics-ruby"),
        {
            "order_id": G(lambda f: "PMM" + f.digits(8)),
            "package": G(lambda f: f.pick(["Basic Plus", "Volunteer Standard", "Staff Comprehensive"])),
            "status": G(lambda f: f.pick(["clear", "consider", "pending_review"])),
            "applicant": {
                "first_name": Y(lambda f: f.given("us"), "name"),
                "last_name": Y(lambda f: f.family("us"), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(lambda f: f.dob(1950, 2006), "birthdate"),
                "drivers_license_number": Y(
                    lambda f: f.pick(["", "D", "S"]) + f.digits(f.pick([8, 9])), "license"
                ),
                "drivers_license_state": G(lambda f: f.pick(STATES["us"])),
            },
            "turnaround_hours": G(lambda f: f.r.randint(2, 96)),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pastoral Care Request Created",
        server("@segment/analytics-node"),
        {
            "request_id": G(lambda f: f.uuid()),
            "care_type": G(
                lambda f: f.pick(["visit", "meal_train", "counselling", "benevolence", "premarital"])
            ),
            "urgency": G(lambda f: f.pick(["low", "normal", "urgent"])),
            "requested_for_name": Y(lambda f: f.person(), "name"),
            "note": Y(care_note, "name", True),
            "assigned_to": Y(lambda f: "Pastor " + f.person(), "name"),
            "assigned_to_email": Y(lambda f: f.given().lower() + "@gracecommunity.church", "email"),
            "follow_up_date": G(lambda f: f.date(2024, 2025)),
            "confidential": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Benevolence Request Submitted",
        web("/care/assistance", "Care & Assistance"),
        {
            "request_id": G(lambda f: f.uuid()),
            "need_type": G(
                lambda f: f.pick(["rent", "utilities", "groceries", "medical bills", "school fees"])
            ),
            "amount_requested": G(lambda f: f.money(50, 2500)),
            "household_size": G(lambda f: f.r.randint(1, 8)),
            "monthly_household_income": Y(lambda f: f.r.randint(0, 6000), "salary"),
            "employer": G(lambda f: f.pick(["Walmart", "Amazon", "NHS", "unemployed", "self-employed"])),
            "job_title": G(lambda f: f.pick(["Cashier", "Driver", "Care assistant", "Teacher", "None"])),
            "marital_status": G(lambda f: f.pick(["single", "married", "separated", "widowed"])),
            "details": G(
                lambda f: f.pick(
                    [
                        "Behind on rent after my hours were cut",
                        "Car broke down, need it for work",
                        "Electric bill overdue",
                        "School fees due next week",
                    ]
                )
            ),
            "prior_requests": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        server("Analytics.NET"),
        {
            "EmployeeNumber": G(lambda f: "E" + f.digits(5)),
            "EmployeeName": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
            "JobTitle": G(
                lambda f: f.pick(
                    ["Nursery Worker", "Custodian", "Worship Leader", "Kids Director", "AV Technician"]
                )
            ),
            "Department": G(lambda f: f.pick(["Kids", "Facilities", "Worship", "Operations"])),
            "HourlyRate": Y(lambda f: f.money(11, 32), "salary"),
            "HoursWorked": G(lambda f: f.money(4, 45)),
            "OvertimeHours": G(lambda f: f.money(0, 6)),
            "PayPeriodEnd": G(lambda f: f.date(2024, 2024)),
            "ApprovedBy": Y(lambda f: f.person("us"), "name"),
            "IsExempt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        server("Analytics.NET"),
        {
            "PersonAliasId": G(lambda f: int(f.digits(6))),
            "NickName": Y(lambda f: f.given(), "name"),
            "LastName": Y(lambda f: f.family(), "name"),
            "Email": Y(lambda f: f.mail(), "email"),
            "MobilePhone": Y(lambda f: f.tel("us"), "phone"),
            "BirthDate": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["Male", "Female", "Unknown"]), "gender"),
            "ConnectionStatus": G(lambda f: f.pick(["Member", "Attendee", "Visitor", "Prospect"])),
            "RecordStatus": G(lambda f: f.pick(["Active", "Inactive", "Pending"])),
            "Campus": G(lambda f: f.pick(CAMPUSES)),
            "GraduationYear": G(lambda f: f.r.randint(2024, 2036)),
            "BaptismDate": Y(lambda f: f.date(1980, 2024), "religion"),
            "Allergy": Y(lambda f: f.pick(ALLERGIES), "allergy"),
            "FamilyId": G(lambda f: int(f.digits(6))),
            "EmailPreference": G(lambda f: f.pick(["EmailAllowed", "NoMassEmails", "DoNotEmail"])),
            "ModifiedDateTime": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        server("analytics-java"),
        {
            "MEMBER_ID": G(lambda f: int(f.digits(7))),
            "HOUSEHOLD_ID": G(lambda f: int(f.digits(6))),
            "FIRST_NAME": Y(lambda f: f.given().upper(), "name"),
            "LAST_NAME": Y(lambda f: f.family().upper(), "name"),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "HOME_PHONE": Y(lambda f: f.tel(), "phone"),
            "ZIP_CODE": Y(lambda f: f.postcode(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "ENVELOPE_NUMBER": G(lambda f: f.r.randint(100, 4999)),
            "LIFETIME_GIVING": G(lambda f: f.money(0, 90000)),
            "LAST_GIFT_DATE": G(lambda f: f.date(2022, 2024)),
            "GIVING_TIER": G(lambda f: f.pick(["first_time", "occasional", "recurring", "major"])),
            "IS_RECURRING_GIVER": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Event Registration Completed",
        web("/events/register", "Register | Grace Events"),
        {
            "event-id": G(lambda f: f.digits(5)),
            "event-name": G(
                lambda f: f.pick(
                    [
                        "Women's Retreat 2024",
                        "Men's Breakfast",
                        "Marriage Conference",
                        "Easter Egg Hunt",
                        "Holy Ghost Congress",
                    ]
                )
            ),
            "ticket-type": G(lambda f: f.pick(["Early Bird", "Standard", "Couple", "Child"])),
            "first-name": Y(lambda f: f.given(), "name"),
            "last-name": Y(lambda f: f.family(), "name"),
            "e-mail": Y(lambda f: f.mail(), "email"),
            "mobile-number": Y(lambda f: f.tel(), "phone"),
            "t-shirt-size": G(lambda f: f.pick(["S", "M", "L", "XL", "2XL"])),
            "dietary-needs": Y(
                lambda f: f.pick(["vegetarian", "nut allergy", "coeliac - no gluten", "halal", "dairy free"]),
                "allergy",
            ),
            "roommate-request": Y(lambda f: f.person(), "name"),
            "amount-paid": G(lambda f: f.money(0, 350)),
            "promo-code": G(lambda f: f.pick(["EARLYBIRD", "STAFF24", "COUPLES10"])),
        },
    ),
    (
        "track",
        "Camp Registration Submitted",
        server("analytics-php", ip=True, ua=True),
        {
            "registrationId": G(lambda f: "CMP-" + f.digits(6)),
            "campName": G(
                lambda f: f.pick(["Summer Blast Junior Camp", "Student Winter Retreat", "Soul Survivor Week"])
            ),
            "camper": {
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "dateOfBirth": Y(lambda f: f.child_dob(), "birthdate"),
                "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                "gradeInFall": G(lambda f: f.r.randint(3, 12)),
                "tshirtSize": G(lambda f: f.pick(["YS", "YM", "YL", "AS", "AM"])),
                "medicalConditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
                "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
                "allergies": Y(lambda f: f.pick(ALLERGIES), "allergy"),
                "insuranceProvider": G(
                    lambda f: f.pick(["BlueCross BlueShield", "Aetna", "UnitedHealthcare", "Cigna"])
                ),
                "insurancePolicyNumber": Y(
                    lambda f: f.pick(["XEH", "ZGP", "W"]) + f.digits(9), "identification"
                ),
                "physicianName": Y(lambda f: "Dr. " + f.person("us"), "name"),
                "physicianOfficePhone": G(
                    lambda f: f.pick(["(615) 342-1000", "(404) 785-6000", "(713) 798-4951"])
                ),
                "canSwim": G(lambda f: f.pick([True, False])),
            },
            "parent": {
                "name": Y(lambda f: f.person("us"), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "cell": Y(lambda f: f.tel("us"), "phone"),
            },
            "emergencyContact": {
                "name": Y(lambda f: f.person("us"), "name"),
                "phone": Y(lambda f: f.tel("us"), "phone"),
                "relationship": G(lambda f: f.pick(["Aunt", "Grandmother", "Neighbor", "Uncle"])),
            },
            "photoConsent": G(lambda f: f.pick([True, False])),
            "scholarshipRequested": G(lambda f: f.pick([True, False])),
            "balanceDue": G(lambda f: f.money(0, 400)),
        },
    ),
    (
        "track",
        "Pet Blessing Registered",
        web("/events/blessing-of-the-animals", "Blessing of the Animals"),
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Bella", "Pudding", "Simba"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "tortoise"])),
            "breed": G(lambda f: f.pick(["Labrador", "Tabby", "Cockapoo", "Mixed"])),
            "pet_age": G(lambda f: f.r.randint(1, 15)),
            "microchip_number": G(lambda f: "9810" + f.digits(11)),
            "owner_name": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
            "owner_email": Y(lambda f: f.mail(), "email"),
            "slot": G(lambda f: f.pick(["10:00", "10:30", "11:00"])),
        },
    ),
]


def callback_message(f: Faith) -> str:
    number = f.tel()
    return f.pick(
        [
            f"Please call me on {number}, going through a hard time",
            f"Can someone from the prayer team ring {number} tonight?",
            f"{number} - whatsapp is best, thank you",
            f"Call back please {number} after 6pm",
        ]
    )


CHURCH += [
    (
        "track",
        "Workers Registration Submitted",
        rn_church,
        {
            "worker_id": G(lambda f: "WK" + f.digits(5)),
            "full_name": Y(lambda f: f.person("ng"), "name"),
            "phone": Y(lambda f: f.tel("ng"), "phone"),
            "email": Y(lambda f: f.mail(f.person("ng")), "email"),
            "residential_address": Y(lambda f: f"{f.road('ng')}, {f.town('ng')}", "address"),
            "tribe": Y(lambda f: f.pick(["Yoruba", "Igbo", "Hausa", "Ibibio", "Edo", "Tiv"]), "ethnicity"),
            "nin": RED(lambda f: f.digits(11), "national id"),
            "date_born_again": Y(lambda f: f.date(1985, 2023), "religion"),
            "department": G(
                lambda f: f.pick(
                    ["Choir", "Ushering", "Protocol", "Children Church", "Sanctuary Keepers", "Media"]
                )
            ),
            "occupation": G(lambda f: f.pick(["Banker", "Civil Servant", "Trader", "Engineer", "Student"])),
            "marital_status": G(lambda f: f.pick(["single", "married", "separated", "widowed"])),
            "next_of_kin_name": Y(lambda f: f.person("ng"), "name"),
            "next_of_kin_phone": Y(lambda f: f.tel("ng"), "phone"),
            "wofbi_completed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Wedding Enquiry Submitted",
        web("/weddings", "Weddings | Grace Community"),
        {
            "enquiry_id": G(lambda f: f.digits(6)),
            "partner1_name": Y(lambda f: f.person(), "name"),
            "partner2_name": Y(lambda f: f.person(), "name"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "preferred_date": G(lambda f: f.date(2024, 2026)),
            "guest_count": G(lambda f: f.r.randint(20, 400)),
            "venue": G(lambda f: f.pick(["Main Sanctuary", "Chapel", "Garden Pavilion"])),
            "officiant_requested": Y(lambda f: "Pastor " + f.person("us"), "name"),
            "either_member": G(lambda f: f.pick([True, False])),
            "premarital_course_done": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Funeral Arranged",
        server("Analytics.NET"),
        {
            "FuneralId": G(lambda f: int(f.digits(5))),
            "DeceasedName": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
            "NextOfKinName": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
            "NextOfKinPhone": Y(lambda f: f.tel(f.pick(["us", "uk"])), "phone"),
            "FuneralHome": G(
                lambda f: f.pick(
                    ["Roesch-Patton Funeral Home", "Co-op Funeralcare Selly Oak", "Woodlawn Funeral Home"]
                )
            ),
            "FuneralHomePhone": G(lambda f: f.pick(["(615) 383-7000", "0121 472 1234", "(615) 385-0110"])),
            "OfficiatingMinister": Y(lambda f: "Rev. " + f.person(f.pick(["us", "uk"])), "name"),
            "ServiceDate": G(lambda f: f.date(2024, 2024)),
            "Hymns": Many(
                G(lambda f: f.pick(["Abide with Me", "Amazing Grace", "How Great Thou Art", "It Is Well"])), 3
            ),
            "Burial": G(lambda f: f.pick([True, False])),
            "ReceptionAtChurch": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Serving Reminder Sent",
        server("analytics-go"),
        {
            "reminder_id": G(lambda f: f.uuid()),
            "plan_date": G(lambda f: f.date(2024, 2024)),
            "team": G(lambda f: f.pick(["Greeters", "Band", "Kids 3-5", "Parking", "Production"])),
            "position": G(lambda f: f.pick(["Team Lead", "Drums", "Camera 2", "Check-in Host", "Usher"])),
            "volunteer": {
                "id": G(lambda f: f.digits(8)),
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.tel(), "phone"),
            },
            "channel": G(lambda f: f.pick(["email", "sms", "push"])),
            "status": G(lambda f: f.pick(["confirmed", "unconfirmed", "declined"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        web("/newsletter", "Stay Connected"),
        {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "lists": Many(G(lambda f: f.pick(["weekly_update", "prayer_letter", "missions_news"])), 3),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["footer", "popup", "give_thank_you"])),
        },
    ),
    (
        "track",
        "Prayer Callback Requested",
        web("/prayer", "Prayer | Grace Community"),
        {
            "message": Y(callback_message, "phone", True),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "language": G(lambda f: f.pick(["English", "Yoruba", "Bahasa Indonesia", "Spanish"])),
            "urgent": G(lambda f: f.pick([True, False])),
        },
    ),
]

# -- events: giving ---------------------------------------------------------------------------------

GIVING = [
    (
        "page",
        "Give",
        web("/give", "Give | Grace Community"),
        {
            "path": G(lambda f: "/give"),
            "url": G(
                lambda f: "https://gracecommunity.church/give" + f.pick(["", "?fund=missions", "?amount=50"])
            ),
            "title": G(lambda f: "Give | Grace Community"),
            "referrer": G(
                lambda f: f.pick(["", "https://gracecommunity.church/", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?fund=missions", "?amount=50"])),
        },
    ),
    (
        "track",
        "Donation Completed",
        web("/give/thank-you", "Thank you | Grace Community"),
        {
            "order_id": G(lambda f: "don_" + f.hexid(16)),
            "revenue": G(lambda f: f.money(5, 2000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "NGN"])),
            "fund": G(lambda f: f.pick(FUNDS)),
            "frequency": G(lambda f: f.pick(["one_time", "weekly", "monthly", "1st_and_15th"])),
            "payment_method": G(lambda f: f.pick(["card", "ach", "apple_pay", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "gift_aid": G(lambda f: f.pick([True, False])),
            "first_gift": G(lambda f: f.pick([True, False])),
            "products": Many(
                {
                    "product_id": G(lambda f: "fund_" + f.digits(3)),
                    "name": G(lambda f: f.pick(FUNDS)),
                    "category": G(lambda f: f.pick(["Tithes & Offerings", "Missions", "Special Projects"])),
                    "price": G(lambda f: f.money(5, 1000)),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "tribute": {
                "type": G(lambda f: f.pick(["in_memory_of", "in_honor_of"])),
                "honoree_name": Y(lambda f: f.person(), "name"),
                "notify_email": Y(lambda f: f.mail(), "email"),
            },
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
        },
    ),
    (
        "track",
        "Bank Account Added",
        web("/give/payment", "Payment | Grace Community"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "account_holder_name": Y(lambda f: f.person("us"), "name"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "verification": G(lambda f: f.pick(["instant", "microdeposits"])),
            "institution": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Regions Bank"])),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        server("@segment/analytics-node", ip=True),
        {
            "type": G(lambda f: "charge.succeeded"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3O" + f.alnum(22)),
                    "amount": G(lambda f: f.r.randint(500, 250000)),
                    "currency": G(lambda f: f.pick(["usd", "gbp"])),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "payment_method": RED(lambda f: "pm_1O" + f.alnum(22), "token"),
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["US", "GB"])),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                        }
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.person(f.pick(["us", "uk"])), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.tel(f.pick(["us", "uk"])), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.road(f.pick(["us", "uk"])), "address|street"),
                            "city": Y(lambda f: f.town(f.pick(["us", "uk"])), "city"),
                            "state": G(lambda f: f.pick(STATES["us"])),
                            "postal_code": Y(lambda f: f.postcode(f.pick(["us", "uk"])), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "GB"])),
                        },
                    },
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "description": G(lambda f: f.pick([fund + " - Online Giving" for fund in FUNDS])),
                    "metadata": {
                        "fund": G(lambda f: f.pick(FUNDS)),
                        "campus": G(lambda f: f.pick(CAMPUSES)),
                        "donor_id": G(lambda f: f.digits(7)),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Paystack Charge Success",
        server("analytics-php"),
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: int(f.digits(10))),
                "reference": G(lambda f: f.pick(["T", "RCCG-"]) + f.digits(15)),
                "amount": G(lambda f: f.r.randint(100, 5000) * 100),
                "currency": G(lambda f: "NGN"),
                "channel": G(lambda f: f.pick(["card", "bank_transfer", "ussd"])),
                "paid_at": G(lambda f: f.iso()),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "authorization": {
                    "authorization_code": RED(
                        lambda f: "AUTH_" + f.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), "token"
                    ),
                    "bin": G(lambda f: f.pick(["539983", "408408", "506105", "418742"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["visa", "mastercard", "verve"])),
                    "bank": G(
                        lambda f: f.pick(
                            ["Guaranty Trust Bank", "Access Bank", "Zenith Bank", "First Bank of Nigeria"]
                        )
                    ),
                    "reusable": G(lambda f: f.pick([True, False])),
                    "signature": G(lambda f: "SIG_" + f.alnum(20)),
                },
                "customer": {
                    "id": G(lambda f: int(f.digits(8))),
                    "first_name": Y(lambda f: f.given("ng"), "name"),
                    "last_name": Y(lambda f: f.family("ng"), "name"),
                    "email": Y(lambda f: f.mail(f.person("ng")), "email"),
                    "phone": Y(lambda f: f.tel("ng"), "phone"),
                    "customer_code": G(
                        lambda f: "CUS_" + f.alnum(15, "abcdefghijklmnopqrstuvwxyz0123456789")
                    ),
                },
                "metadata": {
                    "fund": G(
                        lambda f: f.pick(
                            ["Tithe", "Offering", "Building Fund", "Thanksgiving", "First Fruit"]
                        )
                    ),
                    "branch": G(lambda f: f.pick(["Lekki", "Ikeja", "Abuja Central", "Port Harcourt"])),
                },
            },
        },
    ),
    (
        "track",
        "Bank Transfer Donation Recorded",
        server("analytics-go"),
        {
            "transfer_id": G(lambda f: f.uuid()),
            "session_id": G(lambda f: "0000" + f.digits(26)),
            "donor_name": Y(lambda f: f.person("ng"), "name"),
            "bank_name": G(
                lambda f: f.pick(["GTBank", "Access Bank", "UBA", "First Bank", "Zenith Bank", "Kuda"])
            ),
            "account_number": RED(lambda f: f.nuban(), "bank account"),
            "amount": G(lambda f: f.r.randint(1000, 500000)),
            "currency": G(lambda f: "NGN"),
            "narration": Y(narration, "name", True),
            "matched_member": G(lambda f: f.pick([True, False])),
            "received_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Text To Give Received",
        server("analytics-python"),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + f.pick(["615", "404", "713", "214"]) + f.digits(7), "phone", True),
            "To": G(lambda f: f.pick(["+16155550100", "84321", "+14045550177"])),
            "Body": G(lambda f: f.pick(["GIVE 50", "50 missions", "Give 25 youth", "give", "100 building"])),
            "FromCity": Y(
                lambda f: f.pick(["NASHVILLE", "ATLANTA", "HOUSTON", "DALLAS", "FRANKLIN"]), "city"
            ),
            "FromState": G(lambda f: f.pick(["TN", "GA", "TX"])),
            "FromZip": Y(lambda f: f.postcode("us")[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "NumMedia": G(lambda f: "0"),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "Recurring Gift Created",
        server("Analytics.NET"),
        {
            "ScheduledTransactionId": G(lambda f: int(f.digits(6))),
            "PersonAliasId": G(lambda f: int(f.digits(6))),
            "Amount": G(lambda f: f.money(10, 1500)),
            "Frequency": G(lambda f: f.pick(["Weekly", "Bi-Weekly", "Monthly", "Twice a Month"])),
            "NextPaymentDate": G(lambda f: f.date(2024, 2025)),
            "FundName": G(lambda f: f.pick(FUNDS)),
            "AccountNumberMasked": G(lambda f: f.pick(["************", "****"]) + f.digits(4)),
            "CurrencyType": G(lambda f: f.pick(["Credit Card", "ACH"])),
            "GatewayPersonIdentifier": G(lambda f: "cus_" + f.alnum(14)),
            "GatewayPaymentToken": RED(
                lambda f: f.pick(["pm_1O" + f.alnum(22), "ba_1O" + f.alnum(22)]), "token"
            ),
            "CardholderName": Y(lambda f: f.person("us"), "name"),
            "ExpirationMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpirationYear": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Gift Aid Declaration Made",
        server("analytics-python", ip=True),
        {
            "declaration_id": G(lambda f: "GAD-" + f.digits(7)),
            "donor_title": G(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Rev"])),
            "first_name": Y(lambda f: f.given("uk"), "name"),
            "surname": Y(lambda f: f.family("uk"), "name"),
            "house_name_or_number": Y(
                lambda f: f.pick(
                    [
                        str(f.r.randint(1, 240)),
                        "Rose Cottage",
                        "Flat " + str(f.r.randint(1, 12)),
                        "The Old Vicarage",
                    ]
                ),
                "address|street",
            ),
            "postcode": Y(lambda f: f.postcode("uk"), "zipcode"),
            "uk_taxpayer": G(lambda f: True),
            "declaration_scope": G(
                lambda f: f.pick(["this_and_future", "this_only", "past_4_years_and_future"])
            ),
            "charity_number": G(lambda f: f.pick(["1133975", "1098765", "SC041234"])),
            "hmrc_reference": G(lambda f: f.pick(["XR12345", "AB98765", "EW41234"])),
            "declared_at": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["online", "paper_scanned", "envelope"])),
        },
    ),
    (
        "track",
        "Giving Statement Downloaded",
        web("/giving/statements", "Giving Statements"),
        {
            "statement_year": G(lambda f: f.pick([2021, 2022, 2023])),
            "total_given": G(lambda f: f.money(20, 40000)),
            "gift_count": G(lambda f: f.r.randint(1, 60)),
            "format": G(lambda f: f.pick(["pdf", "csv"])),
            "envelope_number": G(lambda f: f.r.randint(100, 4999)),
            "includes_gift_aid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Giving Form Field Completed",
        web("/give", "Give | Grace Community"),
        {
            "form": G(lambda f: "give_v3"),
            "field": G(lambda f: "email_address"),
            "value": Y(lambda f: f.mail(), "email", True),
            "time_on_field_ms": G(lambda f: f.r.randint(300, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
]

# -- events: mosque, zakat, Indonesian congregation -------------------------------------------------

MOSQUE = [
    (
        "track",
        "Zakat Calculated",
        flutter_mosque,
        {
            "zakat_type": G(lambda f: f.pick(["maal", "fitrah", "profession"])),
            "nisab_basis": G(lambda f: f.pick(["gold", "silver"])),
            "gold_price_per_gram": G(lambda f: f.money(55, 75)),
            "cash_savings": G(lambda f: f.money(0, 60000)),
            "gold_grams": G(lambda f: f.money(0, 250)),
            "monthly_income": Y(lambda f: f.r.randint(800, 12000), "salary"),
            "debts_due": G(lambda f: f.money(0, 10000)),
            "zakat_due": G(lambda f: f.money(0, 3000)),
            "currency": G(lambda f: f.pick(["GBP", "IDR", "NGN", "USD"])),
            "madhab": Y(lambda f: f.pick(["Hanafi", "Shafi'i", "Maliki", "Hanbali"]), "religion"),
            "hawl_complete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Donation Made",
        flutter_mosque,
        {
            "campaign": G(
                lambda f: f.pick(
                    ["Ramadan Iftar 2024", "Masjid Expansion", "Gaza Emergency Appeal", "Orphan Sponsorship"]
                )
            ),
            "amount": G(lambda f: f.money(5, 1000)),
            "currency": G(lambda f: f.pick(["GBP", "IDR", "NGN"])),
            "donation_type": G(lambda f: f.pick(["sadaqah", "zakat", "lillah", "fidya"])),
            "is_sadaqah_jariyah": G(lambda f: f.pick([True, False])),
            "on_behalf_of": Y(
                lambda f: (
                    f.pick(["my late father ", "my mother ", "marhum ", ""])
                    + f.person(f.pick(["uk", "id", "ng"]))
                ),
                "name",
            ),
            "anonymous": G(lambda f: f.pick([True, False])),
            "gift_aid_eligible": G(lambda f: f.pick([True, False])),
            "payment_provider": G(lambda f: f.pick(["stripe", "midtrans", "paystack"])),
        },
    ),
    (
        "track",
        "Zakat Dibayar",
        server("analytics-python"),
        {
            "id_transaksi": G(lambda f: "ZKT-" + f.digits(10)),
            "nama_muzakki": Y(lambda f: f.person("id"), "name"),
            "nomor_hp": Y(lambda f: f.tel("id"), "phone"),
            "email": Y(lambda f: f.mail(f.person("id")), "email"),
            "jenis_zakat": G(lambda f: f.pick(["fitrah", "maal", "profesi"])),
            "jumlah": G(lambda f: f.r.randint(45, 5000) * 1000),
            "jumlah_jiwa": G(lambda f: f.r.randint(1, 8)),
            "penghasilan_bulanan": Y(lambda f: f.r.randint(3, 60) * 500000, "salary"),
            "metode_pembayaran": G(lambda f: f.pick(["QRIS", "transfer bank", "GoPay", "OVO", "tunai"])),
            "nama_bank": G(lambda f: f.pick(["BCA", "Bank Syariah Indonesia", "Mandiri", "BRI"])),
            "nomor_rekening": RED(lambda f: f.digits(f.pick([10, 13, 15])), "bank account"),
            "atas_nama": Y(lambda f: f.person("id"), "name"),
            "kode_unik": G(lambda f: f.r.randint(100, 999)),
            "anggota_keluarga": Many(
                {
                    "nama": Y(lambda f: f.person("id"), "name"),
                    "hubungan": G(lambda f: f.pick(["istri", "suami", "anak", "orang tua"])),
                },
                4,
            ),
            "dibayar_pada": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pendaftaran Jemaat",
        server("analytics-java"),
        {
            "id_jemaat": G(lambda f: "JMT" + f.digits(6)),
            "jemaat": G(
                lambda f: f.pick(
                    [
                        "GKI Pondok Indah",
                        "HKBP Menteng",
                        "GPIB Immanuel",
                        "Gereja Katedral Jakarta",
                        "GBI Rehobot",
                    ]
                )
            ),
            "nama": Y(lambda f: f.person("id"), "name"),
            "alamat": Y(lambda f: f.road("id"), "address"),
            "kota": Y(lambda f: f.town("id"), "city"),
            "kode_pos": Y(lambda f: f.postcode("id"), "zipcode"),
            "nomor_hp": Y(lambda f: f.tel("id"), "phone"),
            "tanggal_lahir": Y(lambda f: f.dob(), "birthdate"),
            "tempat_lahir": Y(
                lambda f: f.pick(["Medan", "Tarutung", "Jakarta", "Manado", "Kupang", "Solo"]), "city"
            ),
            "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "gender"),
            "agama": Y(lambda f: f.pick(["Kristen Protestan", "Katolik"]), "religion"),
            "nik": RED(lambda f: f.nik(), "national id"),
            "status_pernikahan": G(lambda f: f.pick(["Kawin", "Belum Kawin", "Cerai Mati"])),
            "pekerjaan": G(
                lambda f: f.pick(["Karyawan Swasta", "PNS", "Wiraswasta", "Guru", "Pelajar/Mahasiswa"])
            ),
            "sudah_dibaptis": Y(lambda f: f.pick([True, False]), "religion"),
            "wilayah": G(lambda f: f.pick(["Wilayah 1", "Wilayah 3", "Sektor Bethel", "Sektor Efrata"])),
            "jumlah_anggota_keluarga": G(lambda f: f.r.randint(1, 7)),
            "tanggal_daftar": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "screen",
        "Prayer Times",
        flutter_mosque,
        {
            "city": Y(lambda f: f.town(f.pick(["uk", "id", "ng"])), "city"),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "calculation_method": G(lambda f: f.pick(["MWL", "ISNA", "Kemenag", "MoonsightingCommittee"])),
            "asr_method": G(lambda f: f.pick(["standard", "hanafi"])),
            "next_prayer": G(lambda f: f.pick(["Fajr", "Dhuhr", "Asr", "Maghrib", "Isha"])),
            "notifications_on": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mosque Searched",
        flutter_mosque,
        {
            "query": G(
                lambda f: f.pick(
                    ["Sparkbrook", "masjid near me", "Kebayoran Baru", "East London Mosque", "Ikoyi"]
                )
            ),
            "radius_km": G(lambda f: f.pick([2, 5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "selected_mosque": {
                "id": G(lambda f: f.digits(5)),
                "name": G(
                    lambda f: f.pick(
                        ["East London Mosque", "Green Lane Masjid", "Masjid Istiqlal", "Lagos Central Mosque"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "82-92 Whitechapel Rd, London E1 1JQ",
                            "20 Green Ln, Birmingham B9 5DB",
                            "Jl. Taman Wijaya Kusuma, Jakarta Pusat",
                            "Nnamdi Azikiwe St, Lagos Island",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["+44 20 7650 3000", "+44 121 773 0019", "+62 21 3811708"])),
                "distance_km": G(lambda f: f.money(0, 25)),
                "has_womens_area": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Iftar Volunteer Signed Up",
        web("/ramadan/volunteer", "Volunteer | Masjid Connect"),
        {
            "volunteerName": Y(lambda f: f.person(f.pick(["uk", "ng"])), "name"),
            "volunteerEmail": Y(lambda f: f.mail(), "email"),
            "volunteerMobile": Y(lambda f: f.tel("uk"), "phone"),
            "shift": G(lambda f: f.pick(["setup 17:00", "serving 19:30", "cleanup 21:00"])),
            "role": G(lambda f: f.pick(["kitchen", "sisters' hall", "car park", "serving"])),
            "hasFoodHygieneCert": G(lambda f: f.pick([True, False])),
            "foodHygieneCertificateNo": Y(lambda f: "FH" + f.digits(8), "certificate"),
            "nightsAvailable": G(lambda f: f.r.randint(1, 30)),
            "isRevert": Y(lambda f: f.pick([True, False]), "religion"),
        },
    ),
]

# -- events: Bible-reading and prayer app -----------------------------------------------------------

BOOKS = [
    "Genesis",
    "Psalms",
    "Proverbs",
    "Isaiah",
    "Matthew",
    "John",
    "Romans",
    "Ephesians",
    "James",
    "Revelation",
]
TRANSLATIONS = ["NIV", "ESV", "KJV", "NLT", "TB", "NKJV"]

BIBLE = [
    (
        "screen",
        "Reading Plan Day",
        swift_bible,
        {
            "plan_id": G(lambda f: f.digits(4)),
            "plan_name": G(
                lambda f: f.pick(["Bible in a Year", "Psalms in 30 Days", "The Gospels", "Lent 2024"])
            ),
            "day": G(lambda f: f.r.randint(1, 365)),
            "book": G(lambda f: f.pick(BOOKS)),
            "chapter": G(lambda f: f.r.randint(1, 50)),
            "translation": G(lambda f: f.pick(TRANSLATIONS)),
            "streak_days": G(lambda f: f.r.randint(0, 400)),
            "audio": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verse Highlighted",
        kotlin_bible,
        {
            "reference": G(
                lambda f: f.pick(
                    ["Psalm 23:1", "John 3:16", "Romans 8:28", "Philippians 4:13", "Isaiah 41:10"]
                )
            ),
            "verse_text": G(
                lambda f: f.pick(
                    [
                        "The Lord is my shepherd; I shall not want.",
                        "I can do all things through Christ which strengtheneth me.",
                        "Fear thou not; for I am with thee",
                    ]
                )
            ),
            "color": G(lambda f: f.pick(["yellow", "blue", "pink", "green"])),
            "translation": G(lambda f: f.pick(TRANSLATIONS)),
            "highlight_note": G(
                lambda f: f.pick(
                    ["Needed this today", "Memory verse for March", "", "Promise for the new job"]
                )
            ),
            "highlights_total": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Prayer Journal Entry Saved",
        swift_bible,
        {
            "entry_id": G(lambda f: f.uuid()),
            "word_count": G(lambda f: f.r.randint(5, 600)),
            "mood": G(lambda f: f.pick(["grateful", "anxious", "hopeful", "weary"])),
            "prayer_list": Many(
                {
                    "person_name": Y(lambda f: f.person(), "name"),
                    "category": G(lambda f: f.pick(["health", "family", "work", "salvation", "finances"])),
                    "answered": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "reminder_time": G(lambda f: f.pick(["06:00", "21:30", "12:00"])),
            "synced": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Prayer Request Submitted",
        rn_church,
        {
            "request_id": G(lambda f: f.digits(7)),
            "category": G(lambda f: f.pick(["health", "family", "grief", "healing"])),
            "text": Y(prayer_text, "condition|diagnosis", True),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "share_with": G(lambda f: f.pick(["prayer_team", "staff_only", "prayer_wall"])),
            "text_length": G(lambda f: f.r.randint(30, 400)),
        },
    ),
    (
        "track",
        "Prayed For Post",
        rn_church,
        {
            "post_id": G(lambda f: f.digits(7)),
            "poster_display_name": Y(lambda f: f"{f.given()} {f.family()[0]}.", "name"),
            "prayed_count": G(lambda f: f.r.randint(1, 300)),
            "reaction": G(lambda f: f.pick(["pray", "heart", "amen"])),
        },
    ),
    (
        "track",
        "Sermon Played",
        rn_church,
        {
            "sermon_id": G(lambda f: f.digits(5)),
            "title": G(
                lambda f: f.pick(
                    [
                        "When God Feels Silent",
                        "The Prodigal's Father",
                        "Faith Over Fear",
                        "Iman yang Bertumbuh",
                    ]
                )
            ),
            "series": G(lambda f: f.pick(["Psalms of Lament", "Parables", "Acts: The Church Alive"])),
            "speaker": Y(lambda f: f.pick(["Pastor ", "Rev. ", "Bishop ", ""]) + f.person(), "name"),
            "duration_sec": G(lambda f: f.r.randint(1500, 4200)),
            "position_sec": G(lambda f: f.r.randint(0, 4000)),
            "media_type": G(lambda f: f.pick(["video", "audio"])),
            "campus": G(lambda f: f.pick(CAMPUSES)),
        },
    ),
    (
        "track",
        "Bible Searched",
        kotlin_bible,
        {
            "query": G(lambda f: f.pick(["love", "John 14", "do not be afraid", "forgiveness", "kasih"])),
            "results_count": G(lambda f: f.r.randint(0, 400)),
            "translation": G(lambda f: f.pick(TRANSLATIONS)),
            "testament_filter": G(lambda f: f.pick(["all", "old", "new"])),
        },
    ),
    (
        "track",
        "Friend Invited",
        kotlin_bible,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "invitee_name": Y(lambda f: f.person(), "name"),
            "invitee_phone": Y(lambda f: f.tel(), "phone"),
            "referral_code": G(lambda f: f.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "message_template": G(lambda f: f.pick(["invite_v1", "invite_easter", "plan_together"])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Devotional Sent",
        swift_bible,
        {
            "devotional_id": G(lambda f: f.digits(5)),
            "devotional_title": G(
                lambda f: f.pick(["Morning and Evening", "New Mercies", "Renungan Harian"])
            ),
            "recipient": Y(lambda f: f.tel(), "phone", True),
            "share_target": G(lambda f: "sms"),
            "included_verse": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Notifications Enabled",
        swift_bible,
        {
            "push_token": RED(lambda f: f.push_token(), "token"),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "topics": Many(G(lambda f: f.pick(["verse_of_the_day", "plan_reminder", "prayer_reminder"])), 3),
            "authorization_status": G(lambda f: f.pick(["authorized", "provisional"])),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        kotlin_bible,
        {
            "code": RED(lambda f: f.digits(6), "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Signed Up",
        kotlin_bible,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "denomination": Y(
                lambda f: f.pick(["Catholic", "Baptist", "Pentecostal", "Anglican", "Methodist"]), "religion"
            ),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Qibla Compass Opened",
        flutter_mosque,
        {
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "heading_deg": G(lambda f: f.money(0, 360)),
            "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            "calibration_needed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        rn_church,
        {},
    ),
]

EVENTS = CHURCH + GIVING + MOSQUE + BIBLE


def build(seed: int, repeats: int):
    f = Faith(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, ctx, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["", "pco_", "mem_"]) + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "church_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(ctx(f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=5656, repeats=40)
    write(Path(__file__).parent, "holdout56_", events, labels)
