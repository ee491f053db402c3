"""Writes holdout60: tests/corpus/holdout60_events.jsonl and holdout60_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels, and never run through the engine by its author. Only the corpus helpers
(build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: funeral services and memorial pages in the US, Ireland and South Africa.
- Public obituary / memorial sites (analytics.js): obituary page views, condolences, candles,
  shares, obituary search, sympathy-flower e-commerce (Segment spec), donations in memory,
  livestream attendance, photo uploads, service reminders, directions.
- A funeral director's iPad arrangement app (analytics-swift): first call, deceased's details,
  next of kin, US death-certificate worksheet (informant, SSN, parents, race, veteran status,
  medical certification), disposition (burial / cremation), service details, contract.
- An Irish funeral home's CRM (analytics-python): RIP.ie-style death notices, death registration
  (PPSN), invoices and IBAN payments, repatriation quotes, aftercare and surveys.
- A US case-management SaaS (analytics .NET, PascalCase keys): cases, staff, shifts, pre-need.
- Vendor-shaped server payloads (node, go, java, ruby, php): Facebook lead ads with CAPI
  user_data, a livestream vendor's viewer webhook, Twilio SMS / voice webhooks (PascalCase),
  a florist wire service (kebab-case), card and ACH payments, a memorial platform backend,
  WordPress forms (Contact Form 7 kebab-case keys, Gravity Forms `input_N_M` keys).
- A South African funeral-cover app (flutter) with Afrikaans keys (naam, van, adres,
  geboortedatum, sterfdatum, id_nommer, selnommer, poskode ...), debit orders and claims.
- A livestream Android app (analytics-kotlin), a memorial app (analytics-react-native), and a
  warehouse reverse-ETL sync with SCREAMING_SNAKE traits.

Conventions: mostly camelCase / snake_case English keys; PascalCase (.NET, Twilio), kebab-case
(Contact Form 7, the florist network), SCREAMING_SNAKE (warehouse) and Afrikaans keys make up
roughly 15 %. Values are per-event personas (US, Irish, South African names, phone formats,
addresses, Eircodes); SSNs follow the SSA structure, Irish PPSNs carry their mod-23 check
letter, South African ID numbers encode the birth date and pass Luhn, IBANs pass mod-97, card
numbers pass Luhn, ABA routing numbers pass their 3-7-1 checksum.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the user, next of kin, informants, donors,
  recipients, viewers, staff, physicians, clergy). Colour = the reference matcher's default;
  types outside the reference: red for credentials / secrets / tokens, card numbers, bank
  accounts, government ids and health ids, yellow otherwise (geolocation, advertising id).
- The deceased is treated as a natural person: their name, birth date, address, government ids,
  passport, sex, race, ethnicity, citizenship, veteran status and medical certification are
  labelled exactly like a living person's (a careful privacy owner flags them: identity theft
  of the dead is common, US health rules protect decedents, and the data exposes the family).
- Medical certification of death (immediate / underlying cause, manner of death, SA's
  natural / unnatural death, tobacco contributing, an implanted pacemaker) is health data:
  yellow `condition|diagnosis` (`condition` for the device, `procedure` for autopsy performed).
- Faith and ceremony tradition (including "Humanist" / "Non-religious") are yellow `religion`;
  hymns, readings and music choices are green. Branch of military service and veteran flags are
  red `veteran`.
- Dates of death, times of death, service and burial dates are event dates: green. Ages at
  death, age bands, marital status, occupations, employers: green (published policy).
- A funeral home's, florist's, charity's, church's or cemetery's own name, phone, e-mail and
  address are green; so are places that are not the person's (cemetery, venue, a searched town,
  a repatriation destination) and grave section / plot numbers (ids the cemetery issues).
- Obituary URLs, paths and titles carry the deceased's name in every value: yellow `name`,
  value_only. Every web event of this corpus is on an obituary page.
- Hashed e-mails / phones (Facebook CAPI `em`, `ph`) are hashes of PII: yellow `email` / `phone`
  (a careful owner flags matchable identifiers); hashes of non-PII (signatures, checksums) are
  green.
- Insurance and funeral-policy numbers: yellow `identification`; claim, case, contract, invoice,
  pre-need and notice numbers: green. Death / embalming certificate and registration entry
  numbers, DHA-1663 notification numbers: yellow `certificate`. Staff professional licence
  numbers and vehicle plates: yellow `license`; VINs: yellow `serial`. Hourly rates, overtime
  pay and commissions: yellow `salary`.
- Card brand, last four, expiry and BIN, bank names, BICs, routing numbers and SA branch codes
  are green; card numbers, payment tokens and bank account numbers are red.
- Activation / access codes and OAuth tokens: red `token`; webhook signing secrets: red `secret`.
- value_only is true when the key does not say what the value is (`q`, `message`, `label`,
  `input_2`, `contact`, `recipients`, URLs, free text); free text is labelled by what every
  one of its values carries (each PII free-text template always carries it), green when none
  does.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

NAMES = {
    "US": (
        [
            "James",
            "Mary",
            "Robert",
            "Linda",
            "DeShawn",
            "Latoya",
            "José",
            "Guadalupe",
            "Minh",
            "Mei-Ling",
            "Dorothy",
            "Earl",
            "Shirley",
            "Tyrone",
            "Rosa",
            "Hyun-woo",
            "Priya",
            "Abdul",
            "Ethel",
            "Walter",
            "Maria",
            "Jennifer",
            "Kevin",
            "Aaliyah",
            "Giuseppe",
            "Naomi",
            "Darnell",
            "Consuelo",
        ],
        [
            "Johnson",
            "Williams",
            "Washington",
            "Hernández",
            "Nguyen",
            "Kim",
            "Goldberg",
            "Kowalczyk",
            "Jackson",
            "Rodriguez",
            "O'Neill",
            "Thompson",
            "Patel",
            "Begay",
            "Rossi",
            "Schmidt",
            "Jefferson",
            "Lee",
            "Martinez",
            "Abernathy",
            "Yazzie",
            "Brooks",
        ],
    ),
    "IE": (
        [
            "Seán",
            "Siobhán",
            "Aoife",
            "Pádraig",
            "Niamh",
            "Ciarán",
            "Bríd",
            "Tadhg",
            "Máire",
            "Eoghan",
            "Kathleen",
            "Michael",
            "Noreen",
            "Declan",
            "Róisín",
            "Oisín",
            "Gráinne",
            "Tomasz",
            "Agnieszka",
            "Chidi",
            "Ana",
            "Peggy",
            "Mick",
            "Eileen",
        ],
        [
            "Murphy",
            "Kelly",
            "O'Sullivan",
            "Ní Bhriain",
            "Ó Súilleabháin",
            "Byrne",
            "McCarthy",
            "Fitzgerald",
            "Walsh",
            "Kavanagh",
            "O'Connor",
            "Doherty",
            "Nowak",
            "Okafor",
            "Moran",
            "Gallagher",
            "de Búrca",
            "Brennan",
            "Mac Giolla Phádraig",
            "Lynch",
        ],
    ),
    "ZA": (
        [
            "Thabo",
            "Sipho",
            "Nomvula",
            "Lerato",
            "Zanele",
            "Pieter",
            "Johannes",
            "Annelie",
            "Elmarie",
            "Riaan",
            "Ayesha",
            "Kuben",
            "Fatima",
            "Mpho",
            "Bongani",
            "Thandeka",
            "Sibusiso",
            "Karabo",
            "Dawid",
            "Marietjie",
            "Nkosinathi",
            "Precious",
            "Yusuf",
        ],
        [
            "Nkosi",
            "Dlamini",
            "Mokoena",
            "van der Merwe",
            "Botha",
            "Naidoo",
            "Pillay",
            "Khumalo",
            "Ndlovu",
            "Jacobs",
            "du Plessis",
            "Cassim",
            "Mahlangu",
            "Venter",
            "Mthembu",
            "Govender",
            "Pretorius",
            "Sithole",
            "Adams",
            "le Roux",
            "Maseko",
        ],
    ),
}

US_PLACES = [
    ("Atlanta", "GA", "30310"),
    ("Chicago", "IL", "60619"),
    ("Houston", "TX", "77021"),
    ("San Antonio", "TX", "78207"),
    ("Phoenix", "AZ", "85009"),
    ("Gallup", "NM", "87301"),
    ("Boston", "MA", "02124"),
    ("Cleveland", "OH", "44105"),
    ("Fresno", "CA", "93706"),
    ("Baltimore", "MD", "21215"),
    ("Queens", "NY", "11368"),
    ("Detroit", "MI", "48235"),
]
US_STREETS = [
    "Maple Ave",
    "W 34th St",
    "Peachtree Rd NE",
    "Cedar Ln",
    "Martin Luther King Jr Blvd",
    "S Halsted St",
    "Oak Grove Dr",
    "Elm St",
    "Roosevelt Rd",
    "Calle Ocho",
    "Pine Ridge Ct",
]
IE_PLACES = [
    ("Dublin 6W", "Co. Dublin", "D6W"),
    ("Tralee", "Co. Kerry", "V92"),
    ("Ballina", "Co. Mayo", "F26"),
    ("Mullingar", "Co. Westmeath", "N91"),
    ("Cork", "Co. Cork", "T12"),
    ("Galway", "Co. Galway", "H91"),
    ("Letterkenny", "Co. Donegal", "F92"),
    ("Navan", "Co. Meath", "C15"),
    ("Ennis", "Co. Clare", "V95"),
    ("Sligo", "Co. Sligo", "F91"),
    ("Limerick", "Co. Limerick", "V94"),
    ("Tullamore", "Co. Offaly", "R35"),
]
IE_STREETS = [
    "Ashgrove Park",
    "Church Street",
    "Ard na Gréine",
    "Millbrook Lawns",
    "St. Brigid's Road",
    "Cois Abhann",
    "Main Street",
    "The Paddocks",
    "Fairgreen",
    "Oakwood Avenue",
    "Bóthar na Trá",
]
IE_TOWNLANDS = ["Knockanure", "Cloonfad", "Ballymore", "Drumcliffe", "Kilcummin", "Rathcoole"]
ZA_PLACES = [
    ("Cape Town", "Western Cape", "Durbanville", "7550"),
    ("Cape Town", "Western Cape", "Mitchells Plain", "7785"),
    ("Durban", "KwaZulu-Natal", "Umlazi", "4031"),
    ("Durban", "KwaZulu-Natal", "Chatsworth", "4092"),
    ("Johannesburg", "Gauteng", "Soweto", "1804"),
    ("Johannesburg", "Gauteng", "Randburg", "2194"),
    ("Pretoria", "Gauteng", "Mamelodi", "0122"),
    ("Pretoria", "Gauteng", "Brooklyn", "0181"),
    ("Bloemfontein", "Free State", "Langenhovenpark", "9330"),
    ("Gqeberha", "Eastern Cape", "Kwazakhele", "6205"),
    ("Polokwane", "Limpopo", "Seshego", "0742"),
    ("Stellenbosch", "Western Cape", "Idas Valley", "7609"),
]
ZA_STREETS = [
    "Voortrekker Rd",
    "Vilakazi St",
    "Kerkstraat",
    "Jan Smuts Ave",
    "Mandela Dr",
    "Protea Cres",
    "Bosbok St",
    "Umgeni Rd",
    "Church St",
    "Sisulu Ave",
    "Eikelaan",
]
MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"],
    "ZA": ["gmail.com", "mweb.co.za", "webmail.co.za", "telkomsa.net", "icloud.com"],
}
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, f: "FH", region: str, born: tuple[int, int]):
        firsts, lasts = NAMES[region]
        self.region = region
        self.first = f.pick(firsts)
        self.last = f.pick(lasts)
        self.full = f"{self.first} {self.last}"
        self.sex = f.pick(["F", "M"])
        self.dob = f.date(*born)
        fold = ascii_fold(self.first).lower().replace(" ", "")
        lfold = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        local = f.pick(
            [f"{fold}.{lfold}", f"{fold}{lfold}{f.r.randint(1, 99)}", f"{fold[0]}{lfold}", f"{fold}_{lfold}"]
        )
        self.email = f"{local}@{f.pick(MAIL_DOMAINS[region])}"
        self.phone = f.phone_in(region)
        if region == "US":
            city, state, zip_ = f.pick(US_PLACES)
            self.line1 = f"{f.r.randint(100, 9899)} {f.pick(US_STREETS)}"
            self.line2 = f.pick(["", f"Apt {f.r.randint(1, 40)}{f.pick('ABCD')}", "Unit 2"])
            self.city, self.region_name, self.postcode, self.country = city, state, zip_, "US"
            self.suburb = city
            self.nid = f.ssn()
        elif region == "IE":
            town, county, key = f.pick(IE_PLACES)
            if f.r.random() < 0.3:
                self.line1 = f.pick(IE_TOWNLANDS)
            else:
                self.line1 = f"{f.r.randint(1, 120)} {f.pick(IE_STREETS)}"
            self.line2 = f.pick(["", "Ballycarty", "Oranmore", "Newtown"])
            self.city, self.region_name, self.country = town, county, "IE"
            self.postcode = (
                key + " " + f.pick(EIRCODE_CHARS[:15]) + "".join(f.pick(EIRCODE_CHARS) for _ in range(3))
            )
            self.suburb = town
            self.nid = f.ppsn()
        else:
            city, province, suburb, code = f.pick(ZA_PLACES)
            self.line1 = f"{f.r.randint(1, 400)} {f.pick(ZA_STREETS)}"
            self.line2 = suburb
            self.city, self.region_name, self.postcode, self.country = city, province, code, "ZA"
            self.suburb = suburb
            self.nid = f.sa_id(self.dob, self.sex)


class FH(Fake):
    """Fake plus per-event personas so that the fields of one message agree with each other."""

    def begin(self, region: str) -> None:
        self.region = region
        self._people: dict[str, Person] = {}
        self._memo: dict[str, object] = {}

    def who(self, role: str) -> Person:
        if role not in self._people:
            born = (1924, 1975) if role == "deceased" else (1948, 2002)
            self._people[role] = Person(self, self.region, born)
        return self._people[role]

    def memo(self, key: str, make):
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    # -- national formats ---------------------------------------------------------------------------

    def phone_in(self, region: str) -> str:
        r = self.r
        if region == "US":
            area, ex, line = (
                r.choice([404, 312, 713, 210, 602, 505, 617, 216, 559, 410, 718, 313]),
                r.randint(201, 989),
                r.randint(0, 9999),
            )
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if region == "IE":
            pre, rest = r.choice(["83", "85", "86", "87", "89"]), f"{r.randint(1000000, 9999999)}"
            return self.pick(
                [
                    f"0{pre} {rest[:3]} {rest[3:]}",
                    f"+353 {pre} {rest[:3]} {rest[3:]}",
                    f"+353{pre}{rest}",
                    f"0{pre}{rest}",
                ]
            )
        pre, rest = r.choice(["82", "83", "72", "73", "76", "79", "61"]), f"{r.randint(1000000, 9999999)}"
        return self.pick(
            [
                f"0{pre} {rest[:3]} {rest[3:]}",
                f"+27 {pre} {rest[:3]} {rest[3:]}",
                f"+27{pre}{rest}",
                f"0{pre}{rest}",
            ]
        )

    def ppsn(self) -> str:
        digits = [self.r.randint(0, 9) for _ in range(7)]
        second = self.pick(["", "", "A", "W"])
        total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
        if second:
            total += 9 * (0 if second == "W" else ord(second) - 64)
        check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
        return "".join(map(str, digits)) + check + second

    def sa_id(self, dob: str, sex: str) -> str:
        yymmdd = dob[2:4] + dob[5:7] + dob[8:10]
        seq = self.r.randint(0, 4999) if sex == "F" else self.r.randint(5000, 9999)
        return self.luhn_complete(f"{yymmdd}{seq:04d}{self.pick('0001')}8")

    def iban_ie(self) -> str:
        bban = self.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(6) + self.digits(8)
        numeric = "".join(str(int(c, 36)) for c in bban + "IE00")
        raw = f"IE{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.5 else raw

    def aba(self) -> str:
        d = [self.r.randint(0, 1)] + [self.r.randint(0, 9) for _ in range(7)]
        partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - partial % 10) % 10)

    def money_in(self) -> str:
        return {"US": "USD", "IE": "EUR", "ZA": "ZAR"}[self.region]

    def eircode_or_zip(self) -> str:
        return self.who("user").postcode


def slug(p: Person) -> str:
    return ascii_fold(p.full).lower().replace("'", "").replace(" ", "-")


FH_SITES = {
    "US": ["www.jacksonbrooksfuneralhome.com", "www.gonzalezfamilychapel.com", "www.heritagememorialfh.com"],
    "IE": ["www.walshfuneraldirectors.ie", "www.mcgrathsfuneralhome.ie", "www.lynchfunerals.ie"],
    "ZA": ["www.sizwefunerals.co.za", "www.botha-begrafnisse.co.za", "www.naidoofuneralservices.co.za"],
}
FH_NAMES = {
    "US": ["Jackson-Brooks Funeral Home", "González Family Chapel", "Heritage Memorial Funeral Home"],
    "IE": ["Walsh Funeral Directors", "McGrath's Funeral Home", "Lynch Funerals"],
    "ZA": ["Sizwe Funeral Services", "Botha Begrafnisdienste", "Naidoo Funeral Services"],
}
FH_PHONES = {"US": "(404) 555-0142", "IE": "+353 66 712 3456", "ZA": "021 975 4410"}
FH_ADDR = {
    "US": "1820 Ralph David Abernathy Blvd SW",
    "IE": "Rock Street, Tralee, Co. Kerry V92 XW21",
    "ZA": "14 Durban Rd, Bellville 7530",
}


FH_E164 = {"US": "+14045550142", "IE": "+353667123456", "ZA": "+27219754410"}


def e164(phone: str, region: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    if phone.startswith("+"):
        return "+" + digits
    return {"US": "+1" + digits, "IE": "+353" + digits[1:], "ZA": "+27" + digits[1:]}[region]


US_HOMES = [
    (
        "Jackson-Brooks Funeral Home",
        "(404) 555-0142",
        "info@jacksonbrooksfuneralhome.com",
        FH_ADDR["US"],
        "Atlanta",
        "GA",
        "30310",
    ),
    (
        "González Family Chapel",
        "(210) 555-0177",
        "office@gonzalezfamilychapel.com",
        "2215 Guadalupe St",
        "San Antonio",
        "TX",
        "78207",
    ),
    (
        "Heritage Memorial Funeral Home",
        "(216) 555-0120",
        "care@heritagememorialfh.com",
        "8800 Kinsman Rd",
        "Cleveland",
        "OH",
        "44104",
    ),
    (
        "Yazzie & Sons Mortuary",
        "(505) 555-0163",
        "yazziemortuary@gmail.com",
        "401 E Aztec Ave",
        "Gallup",
        "NM",
        "87301",
    ),
]


def us_home(f: "FH"):
    return f.memo("us_home", lambda: f.pick(US_HOMES))


def site(f: FH) -> str:
    return f.memo("site", lambda: f.pick(FH_SITES[f.region]))


def obit_id(f: FH) -> int:
    return f.memo("obit", lambda: f.r.randint(10_000_000, 54_999_999))


def obit_path(f: FH) -> str:
    d = f.who("deceased")
    sub = f.memo("sub", lambda: f.pick(["", "condolences", "flowers", "donate", "livestream", "photos"]))
    return f"/obituaries/{slug(d)}/{sub}".rstrip("/")


def obit_url(f: FH) -> str:
    return f"https://{site(f)}{obit_path(f)}?obId={obit_id(f)}"


def obit_title(f: FH) -> str:
    d = f.who("deceased")
    home = FH_NAMES[f.region][FH_SITES[f.region].index(site(f))]
    return f.memo(
        "title",
        lambda: f.pick(
            [
                f"{d.full} Obituary ({d.dob[:4]} - 2024) - {d.city} - {home}",
                f"{d.full} | Obituaries | {home}",
                f"In Loving Memory of {d.full} - {home}",
            ]
        ),
    )


def funeral_home(f: FH) -> str:
    return FH_NAMES[f.region][FH_SITES[f.region].index(site(f))] if f.region in FH_SITES else ""


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
]
LOCALES = {
    "US": ["en-US", "es-US"],
    "IE": ["en-IE", "en-GB", "ga-IE", "pl-PL"],
    "ZA": ["en-ZA", "af-ZA", "zu-ZA"],
}
TZ = {
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "IE": ["Europe/Dublin"],
    "ZA": ["Africa/Johannesburg"],
}

# -- contexts ---------------------------------------------------------------------------------------


def web_context():
    """analytics.js on a funeral home's obituary pages (every page is one deceased person's)."""
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": Y(obit_path, "name", True),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "https://m.facebook.com/",
                        "https://rip.ie/",
                        "https://www.legacy.com/",
                        "",
                    ]
                )
            ),
            "search": G(lambda f: f"?obId={obit_id(f)}"),
            "title": Y(obit_title, "name", True),
            "url": Y(obit_url, "name", True),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TZ[f.region])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["obituary_share", "service_reminder", "flowers_upsell"])),
            "source": G(lambda f: f.pick(["facebook", "whatsapp", "email", "sms"])),
            "medium": G(lambda f: f.pick(["social", "email", "sms"])),
            "content": G(lambda f: f.pick(["share_button", "top_banner", "footer_link"])),
        },
    }


def swift_context():
    """analytics-swift in a funeral director's iPad arrangement app; staff member identified."""
    return {
        "app": {
            "name": G(lambda f: "Arrange"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4322"])),
            "namespace": G(lambda f: "com.arrangefd.ipad"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad14,3", "iPad12,1"])),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7"]))},
        "screen": {"width": G(lambda f: 820), "height": G(lambda f: 1180), "density": G(lambda f: 2)},
        "network": {
            "wifi": G(lambda f: f.pick([True, True, False])),
            "cellular": G(lambda f: f.pick([False, True])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TZ[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(
                lambda f: ascii_fold(f.who("staff").first).lower() + "@" + site(f).removeprefix("www."),
                "email",
            ),
            "staffRole": G(lambda f: f.pick(["funeral_director", "arranger", "admin"])),
        },
    }


def kotlin_context():
    """analytics-kotlin in a livestream viewing app for funerals (Android)."""
    return {
        "app": {
            "name": G(lambda f: "Tribute Live"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "291"])),
            "namespace": G(lambda f: "live.tribute.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 7", "Redmi Note 12", "SM-G991B"])),
            "name": G(lambda f: f.pick(["a54x", "panther", "tapas", "o1s"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: True),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone IE", "Three", "Vodacom", "MTN", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "timezone": G(lambda f: f.pick(TZ[f.region])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "traits": {
            "email": Y(lambda f: f.who("user").email, "email"),
            "name": Y(lambda f: f.who("user").full, "name"),
        },
    }


def rn_context():
    """analytics-react-native in a family's memorial app (iOS and Android)."""
    return {
        "app": {
            "name": G(lambda f: "Remembered"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.4"])),
            "build": G(lambda f: f.pick(["310", "324"])),
            "namespace": G(lambda f: "app.remembered"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,2", "SM-S918B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "eir", "Cell C"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TZ[f.region])),
        "traits": {
            "email": Y(lambda f: f.who("user").email, "email"),
            "name": Y(lambda f: f.who("user").full, "name"),
            "phone": Y(lambda f: f.who("user").phone, "phone"),
        },
    }


def flutter_context():
    """Segment's flutter library in a South African funeral-cover app."""
    return {
        "app": {
            "name": G(lambda f: "Umndeni Cover"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "za.co.umndeni.cover"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "HUAWEI", "Apple", "HONOR"])),
            "model": G(lambda f: f.pick(["SM-A145F", "MAR-LX1M", "iPhone12,8", "HONOR X6a"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "12", "16.7"])),
        },
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600)},
        "network": {"carrier": G(lambda f: f.pick(["Vodacom", "MTN", "Cell C", "Telkom"]))},
        "locale": G(lambda f: f.pick(LOCALES["ZA"])),
        "timezone": G(lambda f: "Africa/Johannesburg"),
        "traits": {"phone": Y(lambda f: f.who("user").phone, "phone")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    return {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

# -- field helpers ----------------------------------------------------------------------------------


def d_(attr):
    return lambda f: getattr(f.who("deceased"), attr)


def u_(attr):
    return lambda f: getattr(f.who("user"), attr)


def k_(attr):
    return lambda f: getattr(f.who("kin"), attr)


def s_(attr):
    return lambda f: getattr(f.who("staff"), attr)


def other_name(f: FH) -> str:
    return Person(f, f.region, (1950, 2000)).full


def condolence(f: FH) -> str:
    d, me = f.who("deceased"), f.who("user")
    return f.pick(
        [
            f"So sorry for your loss. {d.first} was a wonderful neighbour and will be missed. - {me.full}",
            f"Deepest sympathy to all the {d.last} family. May {d.first} rest in peace.",
            f"Thinking of you all at this sad time. {d.first} was always so kind to us. "
            f"Love, {me.first} & family",
            f"Rest easy {d.first}. Condolences from {me.full} and all at the old office.",
            f"Sincere condolences to {f.who('kin').first} and the whole family on the loss of {d.first}.",
        ]
    )


def card_message(f: FH) -> str:
    me = f.who("user")
    return f.pick(
        [
            f"With deepest sympathy, {me.full}",
            f"Thinking of you all. Love, {me.first} and the kids",
            f"In loving memory of {f.who('deceased').first}. From {me.last} family",
            f"Our thoughts are with you, {f.who('kin').first}. {me.first} x",
        ]
    )


def caption(f: FH) -> str:
    d = f.who("deceased")
    female = d.sex == "F"
    return f.pick(
        [
            f"{d.first} at the beach, summer {f.r.randint(1965, 2015)}",
            f"{'Mam' if female else 'Dad'} with {f.who('kin').first} on the wedding day",
            f"{d.first} and {other_name(f).split()[0]} at Christmas",
            f"{'Nana' if female else 'Grandad'} {d.first} with the grandkids",
            f"{d.full}, {d.dob[:4]} - 2024",
        ]
    )


def rip_notice(f: FH) -> str:
    d, k = f.who("deceased"), f.who("kin")
    he, his, parent, spouse = (
        ("she", "her", "mother", "husband") if d.sex == "F" else ("he", "his", "father", "wife")
    )
    return f.pick(
        [
            f"{d.last.upper()}, {d.first} ({d.line1}, {d.city}) - peacefully, at University Hospital, "
            f"surrounded by {his} loving family. "
            f"Sadly missed by {his} {spouse} {k.first}, sons, daughters, grandchildren "
            f"and {his} many friends.",
            f"{d.last.upper()} ({d.suburb}) - {d.full}, suddenly, at home. Beloved {parent} of {k.first}. "
            "Reposing at Walsh's Funeral Home on Thursday from 5pm. House private please.",
            f"{d.full}, late of {d.line1}, {d.city}. Predeceased by {his} {spouse}. "
            f"Deeply regretted by {his} daughter {k.first}, "
            f"son-in-law, grandchildren, relatives, neighbours and friends. May {he} rest in peace.",
        ]
    )


def obituary_text(f: FH) -> str:
    d = f.who("deceased")
    return (
        f"{d.full}, age {2024 - int(d.dob[:4])}, of {d.city}, passed away peacefully on "
        f"{f.date(2024, 2024)}. {d.first} is survived by {f.who('kin').full} and many loving family members."
    )


def memorial_url(f: FH) -> str:
    return f"https://remembered.app/m/{slug(f.who('deceased'))}-{f.r.randint(100, 999)}"


def note_with_phone(f: FH) -> str:
    k = f.who("kin")
    return f.pick(
        [
            f"Family asks to liaise with {k.first} only ({k.phone}).",
            f"Daughter {k.first} handling flowers - ring {k.phone} after 6.",
            f"Call {k.phone} before the removal, {k.first} has the clothes.",
        ]
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def addr(owner):
    """A person's postal address in the family's own shape."""
    return {
        "line1": Y(lambda f: getattr(f.who(owner), "line1"), "address|street"),
        "line2": Y(lambda f: getattr(f.who(owner), "line2"), "address|street"),
        "city": Y(lambda f: getattr(f.who(owner), "city"), "city"),
        "region": G(lambda f: getattr(f.who(owner), "region_name")),
        "postalCode": Y(lambda f: getattr(f.who(owner), "postcode"), "zipcode"),
        "country": G(lambda f: getattr(f.who(owner), "country")),
    }


def flower():
    return {
        "product_id": G(lambda f: str(f.r.randint(1000, 9999))),
        "sku": G(lambda f: f.pick(["S5-4451", "T224-1A", "FTD-BF228", "INTF-WR12", "TF-S36-4"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Peaceful White Lilies Spray",
                    "Eternal Rest Casket Spray",
                    "Heartfelt Tribute Wreath",
                    "Serene Blessings Standing Spray",
                    "Heart of Roses Tribute",
                    "Peace Lily Plant",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Sympathy", "Casket Sprays", "Wreaths", "Plants"])),
        "brand": G(lambda f: f.pick(["Teleflora", "FTD", "Interflora", "Netflorist"])),
        "variant": G(lambda f: f.pick(["Standard", "Deluxe", "Premium"])),
        "price": G(lambda f: f.money(45, 420)),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event or page/screen name, client, region or None for any, body)

EVENTS = [
    # -- obituary site (analytics.js) ---------------------------------------------------------------
    (
        "page",
        "Obituary",
        "web",
        None,
        {
            "title": Y(obit_title, "name", True),
            "url": Y(obit_url, "name", True),
            "path": Y(obit_path, "name", True),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://m.facebook.com/", ""])),
            "obituary_id": G(obit_id),
            "funeral_home_id": G(lambda f: f.r.randint(100, 2400)),
            "days_since_death": G(lambda f: f.r.randint(0, 60)),
            "service_status": G(lambda f: f.pick(["upcoming", "past", "private", "tbd"])),
        },
    ),
    (
        "track",
        "Condolence Posted",
        "web",
        None,
        {
            "obituary_id": G(obit_id),
            "message": Y(condolence, "name", True),
            "author_name": Y(u_("full"), "name"),
            "author_email": Y(u_("email"), "email"),
            "author_location": Y(lambda f: f"{f.who('user').city}, {f.who('user').region_name}", "city"),
            "relationship_to_deceased": G(
                lambda f: f.pick(["friend", "neighbour", "coworker", "family", "other"])
            ),
            "include_photo": G(lambda f: f.pick([True, False])),
            "character_count": G(lambda f: f.r.randint(40, 400)),
            "moderation_status": G(lambda f: f.pick(["approved", "pending"])),
            "notify_family": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Candle Lit",
        "web",
        None,
        {
            "obituary_id": G(obit_id),
            "candle_style": G(lambda f: f.pick(["classic", "rose", "angel", "celtic_cross"])),
            "display_name": Y(u_("full"), "name"),
            "anonymous": G(lambda f: False),
            "candles_total": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Obituary Shared",
        "web",
        None,
        {
            "obituary_id": G(obit_id),
            "share_method": G(lambda f: f.pick(["facebook", "whatsapp", "copy_link", "x"])),
            "share_url": Y(obit_url, "name", True),
            "shares_count": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Obituary Emailed",
        "web",
        None,
        {
            "obituary_id": G(obit_id),
            "recipients": Many(Y(lambda f: Person(f, f.region, (1950, 2000)).email, "email", True), 4),
            "sender_name": Y(u_("full"), "name"),
            "personal_note": G(
                lambda f: f.pick(
                    [
                        "Thought you would want to know.",
                        "Service details are below.",
                        "So sad to hear this news.",
                        "",
                    ]
                )
            ),
            "cc_self": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Obituaries Searched",
        "web",
        None,
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f.who("deceased").last.lower(),
                        f.who("deceased").full,
                        f"{f.who('deceased').first} {f.who('deceased').last[:3]}",
                    ]
                ),
                "name",
                True,
            ),
            "location": G(lambda f: f.pick(["Any", "Tralee", "Cape Town", "Houston", "Ballina"])),
            "date_range": G(lambda f: f.pick(["last_7_days", "last_30_days", "all"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "sort": G(lambda f: f.pick(["date_desc", "name_asc"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        "web",
        None,
        {
            "list_id": G(lambda f: "sympathy-flowers"),
            "category": G(lambda f: "Sympathy"),
            "obituary_id": G(obit_id),
            "products": Many(
                {k: v for k, v in flower().items() if k != "quantity"}
                | {"position": G(lambda f: f.r.randint(1, 24))},
                4,
            ),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            **flower(),
            "delivery_option": G(lambda f: f.pick(["to_service", "to_residence"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: "FL" + f.digits(8)),
            "revenue": G(lambda f: f.money(50, 600)),
            "tax": G(lambda f: f.money(0, 40)),
            "shipping": G(lambda f: f.pick([0.0, 14.99, 19.95])),
            "currency": G(lambda f: f.money_in()),
            "coupon": G(lambda f: f.pick(["", "", "SYMPATHY10"])),
            "products": Many(flower(), 2),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        None,
        {
            "order_id": G(lambda f: "FL" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(50, 600)),
            "tax": G(lambda f: f.money(0, 40)),
            "currency": G(lambda f: f.money_in()),
            "products": Many(flower(), 2),
            "card_message": Y(card_message, "name", True),
            "shipping_address": {
                "name": Y(k_("full"), "name"),
                **addr("kin"),
            },
            "billing_name": Y(u_("full"), "name"),
            "email": Y(u_("email"), "email"),
            "phone": Y(u_("phone"), "phone"),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "card_last4": G(lambda f: f.digits(4)),
                "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
                "token": RED(lambda f: f.pick(["tok_", "pm_"]) + f.hexid(24), "token"),
            },
            "funeral_home": {
                "name": G(funeral_home),
                "phone": G(lambda f: FH_PHONES[f.region]),
                "address": G(lambda f: FH_ADDR[f.region]),
            },
        },
    ),
    (
        "track",
        "Donation Completed",
        "web",
        None,
        {
            "donation_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([20, 25, 50, 100, 250])),
            "currency": G(lambda f: f.money_in()),
            "charity_name": G(
                lambda f: f.pick(
                    [
                        "Irish Hospice Foundation",
                        "Alzheimer's Association",
                        "CANSA",
                        "Marie Keating Foundation",
                        "St Jude Children's Research Hospital",
                    ]
                )
            ),
            "charity_number": G(lambda f: f.pick(["CHY 6093", "13-3039601", "NPO 002-496", "CHY 14069"])),
            "in_memory_of": Y(d_("full"), "name"),
            "donor": {
                "first_name": Y(u_("first"), "name"),
                "last_name": Y(u_("last"), "name"),
                "email": Y(u_("email"), "email"),
            },
            "anonymous": G(lambda f: f.pick([True, False])),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "notify_family": {
                "name": Y(k_("full"), "name"),
                "email": Y(k_("email"), "email"),
                "address_line1": Y(k_("line1"), "address|street"),
            },
            "tribute_message": G(
                lambda f: f.pick(
                    ["In loving memory", "Forever in our hearts", "Gone but never forgotten", ""]
                )
            ),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "google_pay"])),
            "employer_match": {
                "employer": G(lambda f: f.pick(["Intel Ireland", "Delta Air Lines", "Discovery Ltd", "None"]))
            },
        },
    ),
    (
        "track",
        "Livestream Joined",
        "web",
        None,
        {
            "stream_id": G(lambda f: f.hexid(12)),
            "service_id": G(lambda f: f.r.randint(10000, 99999)),
            "viewer_name": Y(u_("full"), "name"),
            "viewer_email": Y(u_("email"), "email"),
            "watch_position_sec": G(lambda f: f.r.randint(0, 4000)),
            "quality": G(lambda f: f.pick(["auto", "720p", "1080p", "360p"])),
            "is_replay": G(lambda f: f.pick([True, False])),
            "viewers_concurrent": G(lambda f: f.r.randint(1, 600)),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        "web",
        None,
        {
            "memorial_id": G(obit_id),
            "photo_url": Y(
                lambda f: f"https://cdn.tributecenter.net/uploads/{f.hexid(8)}/{f.hexid(16)}.jpg", "photo"
            ),
            "caption": Y(caption, "name", True),
            "file_size": G(lambda f: f.r.randint(200_000, 9_000_000)),
            "checksum_sha256": G(lambda f: f.hexid(64)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "width": G(lambda f: f.pick([1080, 3024, 4032])),
            "height": G(lambda f: f.pick([1350, 4032, 3024])),
            "tagged_people": Many(
                {
                    "label": Y(other_name, "name", True),
                    "x": G(lambda f: round(f.r.random(), 3)),
                    "y": G(lambda f: round(f.r.random(), 3)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Service Reminder Set",
        "web",
        None,
        {
            "service_id": G(lambda f: f.r.randint(10000, 99999)),
            "service_type": G(
                lambda f: f.pick(["funeral", "visitation", "memorial", "graveside", "month's mind"])
            ),
            "service_start": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "contact": Y(lambda f: f.pick([f.who("user").email, f.who("user").phone]), "email|phone", True),
            "reminder_offset_hours": G(lambda f: f.pick([2, 12, 24])),
            "add_to_calendar": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "form": G(lambda f: "donation"),
            "field": G(lambda f: f.pick(["honoree_name", "notify_name"])),
            "value": Y(lambda f: f.pick([f.who("deceased").full, f.who("kin").full]), "name", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 30000)),
        },
    ),
    (
        "track",
        "Directions Requested",
        "web",
        None,
        {
            "origin": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "destination_name": G(
                lambda f: f.pick(
                    [
                        "St. John's Cathedral",
                        "Glasnevin Cemetery",
                        "Westpark Cemetery",
                        "Forest Lawn",
                        "Rathass Cemetery",
                    ]
                )
            ),
            "destination_address": G(
                lambda f: f.pick(
                    [
                        "Finglas Rd, Glasnevin, Dublin 11",
                        "Beyers Naude Dr, Johannesburg",
                        "1712 S Glendale Ave, Glendale, CA",
                    ]
                )
            ),
            "travel_mode": G(lambda f: f.pick(["driving", "walking", "transit"])),
            "eta_minutes": G(lambda f: f.r.randint(3, 180)),
        },
    ),
    (
        "identify",
        None,
        "web",
        None,
        {
            "email": Y(u_("email"), "email"),
            "firstName": Y(u_("first"), "name"),
            "lastName": Y(u_("last"), "name"),
            "phone": Y(u_("phone"), "phone"),
            "createdAt": G(lambda f: f.iso()),
            "newsletterOptIn": G(lambda f: f.pick([True, False])),
            "followedObituaries": G(lambda f: f.r.randint(0, 12)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "preferredFuneralHome": G(funeral_home),
        },
    ),
    # -- funeral director's iPad app (analytics-swift) ----------------------------------------------
    (
        "screen",
        "Arrangement Step",
        "swift",
        "US",
        {
            "case_id": G(lambda f: f.uuid()),
            "step_index": G(lambda f: f.r.randint(1, 9)),
            "step_name": G(
                lambda f: f.pick(
                    [
                        "first_call",
                        "vital_statistics",
                        "next_of_kin",
                        "disposition",
                        "service",
                        "merchandise",
                        "contract",
                    ]
                )
            ),
            "time_on_previous_step_ms": G(lambda f: f.r.randint(4000, 900000)),
        },
    ),
    (
        "track",
        "Case Opened",
        "swift",
        None,
        {
            "case_id": G(lambda f: f.uuid()),
            "case_number": G(lambda f: f"{f.pick(['WFD', 'JB', 'SZ'])}-2024-{f.r.randint(1, 999):04d}"),
            "place_of_death_type": G(
                lambda f: f.pick(["hospital", "nursing_home", "hospice", "residence", "other"])
            ),
            "place_of_death_facility": G(
                lambda f: f.pick(
                    [
                        "University Hospital Kerry",
                        "Grady Memorial Hospital",
                        "Groote Schuur Hospital",
                        "Marymount Hospice",
                        "Mater Misericordiae",
                    ]
                )
            ),
            "deceased": {
                "first_name": Y(d_("first"), "name"),
                "middle_name": Y(lambda f: f.pick(NAMES[f.region][0]), "name"),
                "last_name": Y(d_("last"), "name"),
                "maiden_name": Y(lambda f: f.pick(NAMES[f.region][1]), "name"),
                "sex": Y(lambda f: {"F": "Female", "M": "Male"}[f.who("deceased").sex], "sex|gender"),
                "date_of_birth": Y(d_("dob"), "birthdate"),
                "date_of_death": G(lambda f: f.date(2024, 2024)),
                "age_years": G(lambda f: 2024 - int(f.who("deceased").dob[:4])),
                "marital_status": G(lambda f: f.pick(["married", "widowed", "divorced", "never_married"])),
                "occupation": G(
                    lambda f: f.pick(
                        ["Retired teacher", "Farmer", "Nurse", "Mechanic", "Homemaker", "Bus driver"]
                    )
                ),
                "employer": G(lambda f: f.pick(["Kerry Group", "MARTA", "Transnet", "Self-employed", "HSE"])),
            },
            "arranger": {
                "name": Y(s_("full"), "name"),
                "staff_id": G(lambda f: f.r.randint(100, 999)),
            },
        },
    ),
    (
        "track",
        "Next of Kin Added",
        "swift",
        None,
        {
            "case_id": G(lambda f: f.uuid()),
            "next_of_kin": {
                "full_name": Y(k_("full"), "name"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "daughter", "son", "sibling", "niece", "partner"])
                ),
                "mobile": Y(k_("phone"), "phone"),
                "email": Y(k_("email"), "email"),
                "address": addr("kin"),
                "is_informant": G(lambda f: f.pick([True, False])),
                "preferred_contact": G(lambda f: f.pick(["call", "text", "email"])),
            },
            "kin_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Death Certificate Worksheet Completed",
        "swift",
        "US",
        {
            "case_id": G(lambda f: f.uuid()),
            "informant": {
                "name": Y(k_("full"), "name"),
                "relationship": G(lambda f: f.pick(["Spouse", "Child", "Sibling", "Grandchild"])),
                "mailing_address": {
                    "street": Y(k_("line1"), "address|street"),
                    "city": Y(k_("city"), "city"),
                    "state": G(k_("region_name")),
                    "zip": Y(k_("postcode"), "zipcode"),
                },
            },
            "decedent_ssn": RED(d_("nid"), "social security number"),
            "birthplace": Y(
                lambda f: f.pick(
                    ["Macon, GA", "Guadalajara, Mexico", "Hue, Vietnam", "Cleveland, OH", "Chinle, AZ"]
                ),
                "city",
            ),
            "father_name": Y(lambda f: f"{f.pick(NAMES['US'][0])} {f.who('deceased').last}", "name"),
            "mother_maiden_name": Y(lambda f: f"{f.pick(NAMES['US'][0])} {f.pick(NAMES['US'][1])}", "name"),
            "education": G(
                lambda f: f.pick(
                    [
                        "8th grade or less",
                        "High school graduate or GED",
                        "Bachelor's degree",
                        "Some college credit, but no degree",
                    ]
                )
            ),
            "armed_forces": RED(lambda f: f.pick([True, False]), "veteran"),
            "race": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "White",
                            "Black or African American",
                            "American Indian or Alaska Native",
                            "Vietnamese",
                            "Korean",
                        ]
                    ),
                    "race",
                ),
                2,
            ),
            "hispanic_origin": Y(
                lambda f: f.pick(
                    ["No, not Spanish/Hispanic/Latino", "Yes, Mexican", "Yes, Puerto Rican", "Yes, Cuban"]
                ),
                "ethnicity",
            ),
            "usual_occupation": G(
                lambda f: f.pick(["Teacher", "Truck driver", "Registered nurse", "Homemaker"])
            ),
            "industry": G(lambda f: f.pick(["Education", "Transportation", "Health care", "Own home"])),
            "residence": {
                "street": Y(d_("line1"), "address|street"),
                "city": Y(d_("city"), "city"),
                "county": G(lambda f: f.pick(["Fulton", "Cook", "Harris", "Bexar", "McKinley"])),
                "state": G(d_("region_name")),
                "zip": Y(d_("postcode"), "zipcode"),
                "inside_city_limits": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Medical Certification Received",
        "swift",
        "US",
        {
            "case_id": G(lambda f: f.uuid()),
            "certificate_number": Y(lambda f: f"2024{f.digits(6)}", "certificate"),
            "cause_of_death": {
                "immediate": Y(
                    lambda f: f.pick(
                        [
                            "Acute myocardial infarction",
                            "Aspiration pneumonia",
                            "Sepsis",
                            "Respiratory failure",
                        ]
                    ),
                    "condition|diagnosis",
                ),
                "underlying": Y(
                    lambda f: f.pick(
                        ["Coronary artery disease", "Alzheimer's dementia", "Metastatic lung cancer", "COPD"]
                    ),
                    "condition|diagnosis",
                ),
                "interval": G(lambda f: f.pick(["Minutes", "Hours", "Days", "Years", "Unknown"])),
            },
            "manner_of_death": Y(
                lambda f: f.pick(["Natural", "Accident", "Suicide", "Pending investigation"]),
                "condition|diagnosis",
            ),
            "autopsy_performed": Y(lambda f: f.pick([True, False]), "procedure"),
            "tobacco_contributed": Y(lambda f: f.pick(["Yes", "No", "Probably", "Unknown"]), "condition"),
            "certifier": {
                "name": Y(lambda f: "Dr. " + other_name(f), "name"),
                "title": G(lambda f: f.pick(["MD", "DO", "Medical Examiner"])),
            },
            "certified_copies": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Disposition Selected",
        "swift",
        None,
        {
            "case_id": G(lambda f: f.uuid()),
            "method": G(
                lambda f: f.pick(["burial", "cremation", "entombment", "repatriation", "donation_to_science"])
            ),
            "cemetery_name": G(
                lambda f: f.pick(
                    [
                        "Rathass Cemetery",
                        "Westview Cemetery",
                        "Avalon Cemetery",
                        "Maitland Cemetery",
                        "Mount Jerome",
                    ]
                )
            ),
            "cemetery_city": G(lambda f: f.pick(["Tralee", "Atlanta", "Soweto", "Cape Town", "Dublin"])),
            "section": G(lambda f: f.pick(["St. Brigid's", "12", "C", "New Ground"])),
            "plot": G(lambda f: f"{f.pick('ABCDEFG')}-{f.r.randint(1, 220)}"),
            "casket": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Going Home Cherry",
                            "Aegean Silver",
                            "Oak Veneer Coffin",
                            "Pine Simplicity",
                            "Mahogany Classic",
                        ]
                    )
                ),
                "sku": G(lambda f: f.pick(["BV-AEG-18", "OAK-V-2", "PINE-S-01", "MAH-C-7"])),
                "price": G(lambda f: f.money(995, 8900)),
            },
            "embalming": G(lambda f: f.pick([True, False])),
            "has_pacemaker": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Service Details Saved",
        "swift",
        None,
        {
            "case_id": G(lambda f: f.uuid()),
            "service_type": G(
                lambda f: f.pick(
                    ["funeral", "memorial", "celebration_of_life", "graveside", "direct_cremation"]
                )
            ),
            "faith": Y(
                lambda f: f.pick(
                    [
                        "Roman Catholic",
                        "Church of Ireland",
                        "Baptist",
                        "Jewish",
                        "Muslim",
                        "Hindu",
                        "Dutch Reformed",
                        "Zion Christian Church",
                        "Humanist",
                        "Non-religious",
                    ]
                ),
                "religion",
            ),
            "venue_name": G(
                lambda f: f.pick(
                    [
                        "St. John's Church",
                        "Ebenezer Baptist Church",
                        "Walsh's Funeral Home",
                        "Regina Mundi Church",
                        "Glasnevin Chapel",
                    ]
                )
            ),
            "officiant_name": Y(
                lambda f: f.pick(["Fr. ", "Rev. ", "Pastor ", "Imam ", "Rabbi ", ""]) + other_name(f), "name"
            ),
            "service_datetime": G(lambda f: f.iso()),
            "hymns": Many(
                G(
                    lambda f: f.pick(
                        [
                            "Amazing Grace",
                            "Be Not Afraid",
                            "How Great Thou Art",
                            "Lord of the Dance",
                            "Abide with Me",
                        ]
                    )
                ),
                3,
            ),
            "music": Many(
                G(
                    lambda f: f.pick(
                        ["My Way", "Time to Say Goodbye", "Danny Boy", "Wind Beneath My Wings", "Hallelujah"]
                    )
                ),
                2,
            ),
            "pallbearers": Many(Y(other_name, "name"), 6),
            "eulogist": Y(other_name, "name"),
            "livestream_enabled": G(lambda f: f.pick([True, False])),
            "special_requests": G(
                lambda f: f.pick(
                    [
                        "Bagpiper at graveside",
                        "Release of doves",
                        "Guard of honour from the GAA club",
                        "None",
                        "Motorcade past the farm",
                    ]
                )
            ),
            "family_note": Y(note_with_phone, "phone|name", True),
        },
    ),
    (
        "track",
        "Contract Signed",
        "swift",
        None,
        {
            "contract_id": G(lambda f: f"SFGS-{f.digits(6)}"),
            "statement_total": G(lambda f: f.money(2500, 16000)),
            "balance_due": G(lambda f: f.money(0, 13000)),
            "payment_plan": G(lambda f: f.pick(["none", "insurance_assignment", "installments"])),
            "currency": G(lambda f: f.money_in()),
            "purchaser": {
                "name": Y(k_("full"), "name"),
                "email": Y(k_("email"), "email"),
                "phone": Y(k_("phone"), "phone"),
                "billing_address": addr("kin"),
            },
            "signature_image_url": Y(lambda f: f"https://files.arrangefd.com/sig/{f.uuid()}.png", "photo"),
            "insurance_assignment": {
                "insurer": G(
                    lambda f: f.pick(["Globe Life", "Lincoln Heritage", "Irish Life", "Old Mutual", "none"])
                ),
                "policy_number": Y(
                    lambda f: f.pick(["GL", "LH", "IL", "OM"]) + f.digits(9), "identification"
                ),
                "face_amount": G(lambda f: f.pick([5000, 10000, 15000, 25000])),
                "claim_number": G(lambda f: "CLM" + f.digits(8)),
            },
        },
    ),
    (
        "screen",
        "Document Scanned",
        "swift",
        None,
        {
            "document_type": G(
                lambda f: f.pick(
                    ["death_certificate", "drivers_license", "passport", "dd214", "cremation_authorization"]
                )
            ),
            "pages": G(lambda f: f.r.randint(1, 4)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
    ),
    # -- Irish funeral home CRM (analytics-python) ---------------------------------------------------
    (
        "track",
        "Death Notice Published",
        "python",
        "IE",
        {
            "notice_id": G(lambda f: f.r.randint(540000, 590000)),
            "funeral_home": G(lambda f: f.pick(FH_NAMES["IE"])),
            "county": G(lambda f: f.who("deceased").region_name),
            "deceased_town": Y(d_("city"), "city"),
            "notice_text": Y(rip_notice, "name", True),
            "published_at": G(lambda f: f.iso()),
            "donations_to": G(
                lambda f: f.pick(
                    ["Irish Cancer Society", "Kerry Hospice", "Alzheimer Society of Ireland", ""]
                )
            ),
            "reposing_at": G(lambda f: f.pick(FH_NAMES["IE"])),
            "funeral_mass_church": G(
                lambda f: f.pick(
                    [
                        "St. John's Church, Tralee",
                        "St. Muredach's Cathedral, Ballina",
                        "Church of the Assumption, Navan",
                    ]
                )
            ),
            "burial_place": G(
                lambda f: f.pick(["Rath Cemetery", "Leigue Cemetery", "Mount Jerome", "Bohermore Cemetery"])
            ),
        },
    ),
    (
        "identify",
        None,
        "python",
        "IE",
        {
            "email": Y(k_("email"), "email"),
            "first_name": Y(k_("first"), "name"),
            "last_name": Y(k_("last"), "name"),
            "mobile": Y(k_("phone"), "phone"),
            "address_line_1": Y(k_("line1"), "address|street"),
            "town": Y(k_("city"), "city"),
            "county": G(k_("region_name")),
            "eircode": Y(k_("postcode"), "zipcode"),
            "contact_role": G(lambda f: f.pick(["next_of_kin", "informant", "purchaser"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "gdpr_consent_at": G(lambda f: f.iso()),
            "cases_count": G(lambda f: f.r.randint(1, 3)),
            "preferred_language": G(lambda f: f.pick(["en", "ga", "pl"])),
        },
    ),
    (
        "track",
        "Death Registered",
        "python",
        "IE",
        {
            "case_ref": G(lambda f: f"WFD-{f.r.randint(1, 999):04d}"),
            "registration_district": G(lambda f: f.pick(["Kerry", "Mayo", "Dublin City North", "Galway"])),
            "registered_at": G(lambda f: f.iso()),
            "deceased_ppsn": RED(d_("nid"), "national id"),
            "gro_entry_number": Y(lambda f: f"{f.r.randint(1, 9)}{f.digits(6)}", "certificate"),
            "informant_name": Y(k_("full"), "name"),
            "informant_qualification": G(lambda f: f.pick(["relative", "present_at_death", "occupier"])),
            "certifying_doctor": Y(lambda f: "Dr " + other_name(f), "name"),
            "civil_status": G(lambda f: f.pick(["Married", "Widowed", "Single", "Civil partner"])),
            "occupation": G(lambda f: f.pick(["Retired farmer", "Publican", "Nurse", "Garda (retired)"])),
            "coroner_involved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Sent",
        "python",
        "IE",
        {
            "invoice_number": G(lambda f: f"INV-{f.r.randint(20000, 29999)}"),
            "amount": G(lambda f: f.money(3500, 9500)),
            "vat": G(lambda f: f.money(0, 800)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "payer_name": Y(k_("full"), "name"),
            "payer_email": Y(k_("email"), "email"),
            "outlays": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Church offering",
                                "Gravedigging",
                                "Death notice (RIP.ie)",
                                "Flowers",
                                "Organist",
                                "Cremation fee",
                            ]
                        )
                    ),
                    "amount": G(lambda f: f.money(50, 900)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Payment Received",
        "python",
        "IE",
        {
            "invoice_number": G(lambda f: f"INV-{f.r.randint(20000, 29999)}"),
            "amount": G(lambda f: f.money(500, 9500)),
            "method": G(lambda f: f.pick(["eft", "card", "cheque"])),
            "payer_iban": RED(lambda f: f.iban_ie(), "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"])),
            "payer_reference": Y(
                lambda f: f"{ascii_fold(f.who('deceased').last).upper()} FUNERAL", "name", True
            ),
            "received_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Repatriation Quote Requested",
        "python",
        None,
        {
            "quote_id": G(lambda f: f.uuid()),
            "origin_country": G(lambda f: f.region),
            "destination_country": G(lambda f: f.pick(["NG", "PL", "BR", "IN", "ZW", "PH"])),
            "destination_city": G(
                lambda f: f.pick(["Lagos", "Kraków", "Goiânia", "Kochi", "Bulawayo", "Cebu"])
            ),
            "deceased_passport_number": RED(lambda f: f.pick(["A", "EA", "P"]) + f.digits(8), "passport"),
            "deceased_nationality": Y(
                lambda f: f.pick(["Nigerian", "Polish", "Brazilian", "Indian", "Zimbabwean", "Filipino"]),
                "citizenship",
            ),
            "airline": G(lambda f: f.pick(["Emirates", "Turkish Airlines", "LOT", "Ethiopian"])),
            "awb_number": G(lambda f: f"{f.r.randint(100, 999)}-{f.digits(8)}"),
            "embalming_certificate_no": Y(lambda f: "EMB-" + f.digits(6), "certificate"),
            "contact": {
                "name": Y(k_("full"), "name"),
                "phone": Y(k_("phone"), "phone"),
                "whatsapp": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Family Survey Submitted",
        "python",
        None,
        {
            "case_ref": G(lambda f: f"WFD-{f.r.randint(1, 999):04d}"),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "staff_rating": G(lambda f: f.r.randint(1, 5)),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Staff were so kind at a very hard time.",
                        "Parking at the church was difficult.",
                        "Everything was perfect, thank you.",
                        "",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "arranger_name": Y(s_("full"), "name"),
        },
    ),
    (
        "track",
        "Aftercare Email Sent",
        "python",
        None,
        {
            "campaign_id": G(lambda f: f.r.randint(100, 140)),
            "template": G(lambda f: f.pick(["grief_day_30", "anniversary_1y", "memorial_mass_invite"])),
            "send_day": G(lambda f: f.pick([7, 30, 90, 365])),
            "recipient": Y(k_("email"), "email", True),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) -----------------------------------------------------
    (
        "identify",
        None,
        "python",
        "US",
        {
            "EMAIL": Y(k_("email"), "email"),
            "FIRST_NAME": Y(k_("first"), "name"),
            "LAST_NAME": Y(k_("last"), "name"),
            "PHONE_NUMBER": Y(k_("phone"), "phone"),
            "MAILING_ADDRESS_LINE1": Y(k_("line1"), "address|street"),
            "MAILING_CITY": Y(k_("city"), "city"),
            "MAILING_STATE": G(k_("region_name")),
            "MAILING_ZIP": Y(k_("postcode"), "zipcode"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 20000)),
            "LAST_CASE_DATE": G(lambda f: f.date(2019, 2024)),
            "PRENEED_FLAG": G(lambda f: f.pick([True, False])),
            "AGE": G(lambda f: f.r.randint(30, 90)),
            "DECEASED_RELATIONSHIP": G(lambda f: f.pick(["SPOUSE", "CHILD", "PARENT", "SIBLING"])),
            "DO_NOT_CONTACT": G(lambda f: f.pick([True, False])),
            "GRIEF_SUPPORT_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- US case management (.NET, PascalCase) -------------------------------------------------------
    (
        "track",
        "Case Created",
        "dotnet",
        "US",
        {
            "CaseId": G(lambda f: f.r.randint(100000, 999999)),
            "FuneralHomeId": G(lambda f: f.r.randint(10, 400)),
            "DecedentFirstName": Y(d_("first"), "name"),
            "DecedentLastName": Y(d_("last"), "name"),
            "DecedentSsn": RED(d_("nid"), "social security number"),
            "DecedentDob": Y(d_("dob"), "birthdate"),
            "DecedentDod": G(lambda f: f.date(2024, 2024)),
            "DecedentSex": Y(lambda f: f.who("deceased").sex, "sex|gender"),
            "Veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "BranchOfService": RED(
                lambda f: f.pick(["Army", "Navy", "Marine Corps", "Air Force", "Coast Guard"]), "veteran"
            ),
            "CaseType": G(lambda f: f.pick(["AtNeed", "PreNeed", "Shipping"])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        "US",
        {
            "Email": Y(s_("email"), "email"),
            "FirstName": Y(s_("first"), "name"),
            "LastName": Y(s_("last"), "name"),
            "Role": G(lambda f: f.pick(["FuneralDirector", "Embalmer", "Apprentice", "OfficeManager"])),
            "LicenseNumber": Y(lambda f: f.pick(["FDE", "FD", "EMB"]) + f.digits(5), "license"),
            "LicenseState": G(lambda f: f.pick(["GA", "TX", "IL", "OH"])),
            "HourlyRate": Y(lambda f: f.money(18, 48), "salary"),
            "HireDate": G(lambda f: f.date(2005, 2024)),
            "Location": G(lambda f: f.pick(["Main Chapel", "Westside Chapel", "Crematory"])),
        },
    ),
    (
        "track",
        "Staff Shift Logged",
        "dotnet",
        "US",
        {
            "ShiftId": G(lambda f: f.uuid()),
            "StaffName": Y(s_("full"), "name"),
            "Role": G(lambda f: f.pick(["Pallbearer", "Driver", "Attendant", "Embalmer"])),
            "Hours": G(lambda f: f.pick([2.5, 4.0, 6.0, 8.0])),
            "HourlyRate": Y(lambda f: f.money(15, 40), "salary"),
            "OvertimePay": Y(lambda f: f.money(0, 120), "salary"),
            "HearsePlate": Y(lambda f: f.pick(["FNRL", "CKR", "RGF"]) + f.digits(4), "license"),
            "HearseVin": Y(lambda f: "1LNHM83W" + f.hexid(2).upper() + f.digits(7), "serial"),
            "Mileage": G(lambda f: f.r.randint(3, 140)),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        "US",
        {
            "Name": G(lambda f: us_home(f)[0]),
            "MainPhone": G(lambda f: us_home(f)[1]),
            "OfficeEmail": G(lambda f: us_home(f)[2]),
            "Address": {
                "Street": G(lambda f: us_home(f)[3]),
                "City": G(lambda f: us_home(f)[4]),
                "State": G(lambda f: us_home(f)[5]),
                "Zip": G(lambda f: us_home(f)[6]),
            },
            "EstablishmentLicense": G(lambda f: "FE" + f.digits(4)),
            "Plan": G(lambda f: f.pick(["Standard", "Enterprise"])),
        },
    ),
    (
        "track",
        "Preneed Policy Sold",
        "dotnet",
        "US",
        {
            "PolicyNumber": Y(lambda f: "PN" + f.digits(9), "identification"),
            "Insurer": G(lambda f: f.pick(["Homesteaders Life", "NGL", "Great Western"])),
            "FaceAmount": G(lambda f: f.pick([7500, 10000, 12500])),
            "PremiumMonthly": G(lambda f: f.money(40, 260)),
            "InsuredName": Y(u_("full"), "name"),
            "InsuredDob": Y(u_("dob"), "birthdate"),
            "Assignee": G(lambda f: f.pick(FH_NAMES["US"])),
            "AgentName": Y(s_("full"), "name"),
            "AgentCommission": Y(lambda f: f.money(150, 1200), "salary"),
            "PaymentYears": G(lambda f: f.pick([1, 3, 5, 10])),
        },
    ),
    # -- vendors through analytics-node ------------------------------------------------------------
    (
        "track",
        "Lead Submitted",
        "node",
        None,
        {
            "lead_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "campaign_name": G(
                lambda f: f.pick(["PrePlan_Q2_Lookalike", "Cremation_Guide_Download", "Seminar_Invite"])
            ),
            "full_name": Y(u_("full"), "name"),
            "phone_number": Y(u_("phone"), "phone"),
            "email": Y(u_("email"), "email"),
            "zip_code": Y(u_("postcode"), "zipcode"),
            "age_range": G(lambda f: f.pick(["55-64", "65-74", "75+"])),
            "interested_in": G(lambda f: f.pick(["cremation", "burial", "not_sure"])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "user_data": {
                "em": Y(lambda f: sha256(f.who("user").email), "email"),
                "ph": Y(lambda f: sha256(f.who("user").phone), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
            },
        },
    ),
    (
        "track",
        "Livestream Viewer Joined",
        "node",
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "stream_title": Y(
                lambda f: (
                    f.pick(
                        [
                            "Funeral Mass for ",
                            "Celebration of Life - ",
                            "Memorial Service of ",
                            "Roubeidiging: ",
                        ]
                    )
                    + f.who("deceased").full
                ),
                "name",
                True,
            ),
            "viewer": {
                "name": Y(u_("full"), "name"),
                "email": Y(u_("email"), "email"),
                "ip": Y(lambda f: f.ipv4(), "ip"),
                "city": Y(u_("city"), "city"),
                "region": G(u_("region_name")),
                "country": G(u_("country")),
            },
            "watch_seconds": G(lambda f: f.r.randint(5, 5400)),
            "player": G(lambda f: f.pick(["web", "ios", "android", "roku"])),
            "bitrate_kbps": G(lambda f: f.pick([800, 1800, 3500])),
        },
    ),
    (
        "track",
        "SMS Received",
        "node",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: e164(f.who("kin").phone, f.region), "phone"),
            "To": G(lambda f: FH_E164[f.region]),
            "Body": G(
                lambda f: f.pick(
                    [
                        "What time is the removal tomorrow?",
                        "Can we bring our own photos for the slideshow?",
                        "Thanks for everything today",
                        "Is there parking at the chapel?",
                    ]
                )
            ),
            "FromCity": Y(k_("city"), "city"),
            "FromState": G(k_("region_name")),
            "FromZip": Y(k_("postcode"), "zipcode"),
            "FromCountry": G(k_("country")),
            "ToCity": G(lambda f: {"US": "ATLANTA", "IE": "TRALEE", "ZA": "BELLVILLE"}[f.region]),
        },
    ),
    (
        "track",
        "Call Completed",
        "node",
        None,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: e164(f.who("kin").phone, f.region), "phone"),
            "To": G(lambda f: FH_E164[f.region]),
            "CallerName": Y(
                lambda f: (
                    ascii_fold(f.who("kin").last).upper() + " " + ascii_fold(f.who("kin").first).upper()
                ),
                "name",
            ),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(20, 1800))),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
        },
    ),
    # -- florist wire service (analytics-go, kebab-case payload) -----------------------------------
    (
        "track",
        "Florist Order Dispatched",
        "go",
        None,
        {
            "order-id": G(lambda f: "W" + f.digits(9)),
            "florist-id": G(lambda f: f.digits(6)),
            "florist-name": G(
                lambda f: f.pick(["Blooms of Tralee", "Petal & Stem Atlanta", "Protea Florists Bellville"])
            ),
            "florist-phone": G(lambda f: f.pick(["066 712 8890", "(404) 555-0199", "021 948 1123"])),
            "recipient-name": Y(k_("full"), "name"),
            "recipient-phone": Y(k_("phone"), "phone"),
            "delivery-address": Y(lambda f: f"{f.who('kin').line1}, {f.who('kin').suburb}", "address"),
            "delivery-city": Y(k_("city"), "city"),
            "delivery-zip": Y(k_("postcode"), "zipcode"),
            "delivery-window": G(lambda f: f.pick(["AM", "PM", "ANYTIME"])),
            "card-text": Y(card_message, "name", True),
            "driver-name": Y(s_("first"), "name"),
            "vehicle-plate": Y(lambda f: f.pick(["241-KY-", "CA ", "GA-TAG "]) + f.digits(4), "license"),
            "proof-photo-url": Y(lambda f: f"https://pod.floristwire.net/{f.hexid(20)}.jpg", "photo"),
            "delivered-lat": Y(lambda f: f.lat(), "geolocation"),
            "delivered-lng": Y(lambda f: f.lon(), "geolocation"),
        },
    ),
    # -- payments (analytics-java) -----------------------------------------------------------------
    (
        "track",
        "Payment Authorized",
        "java",
        None,
        {
            "paymentId": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.money(50, 12000)),
            "currency": G(lambda f: f.money_in()),
            "processor": G(lambda f: f.pick(["stripe", "adyen", "peach_payments"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "expMonth": G(lambda f: f.r.randint(1, 12)),
                "expYear": G(lambda f: f.r.randint(2025, 2031)),
                "bin": G(lambda f: f.pick(["411111", "535522", "374245", "492182"])),
            },
            "paymentMethodToken": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "avsResult": G(lambda f: f.pick(["Y", "Z", "N"])),
            "cardholderName": Y(k_("full"), "name"),
            "billingPostalCode": Y(k_("postcode"), "zipcode"),
            "ipAddress": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "ACH Debit Initiated",
        "java",
        "US",
        {
            "mandateId": G(lambda f: f.uuid()),
            "routingNumber": G(lambda f: f.aba()),
            "accountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "accountType": G(lambda f: f.pick(["checking", "savings"])),
            "accountHolder": Y(k_("full"), "name"),
            "amount": G(lambda f: f.money(40, 400)),
            "installment": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Card Entered Manually",
        "java",
        None,
        {
            "terminalId": G(lambda f: "T" + f.digits(5)),
            "pan": RED(lambda f: f.card(), "credit card"),
            "entryMode": G(lambda f: "keyed"),
            "operatorId": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "java",
        None,
        {
            "refundId": G(lambda f: "re_" + f.hexid(24)),
            "originalPaymentId": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.money(10, 900)),
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer", "service_cancelled"])),
        },
    ),
    # -- memorial platform backend (analytics-ruby) ------------------------------------------------
    (
        "track",
        "Memorial Page Created",
        "ruby",
        None,
        {
            "memorial_id": G(lambda f: f.r.randint(100000, 999999)),
            "memorial_url": Y(memorial_url, "name", True),
            "deceased_first_name": Y(d_("first"), "name"),
            "deceased_last_name": Y(d_("last"), "name"),
            "nickname": Y(
                lambda f: f.pick(["Peggy", "Mick", "Ouma", "Gogo", "Big Jim", "Nana Rose"]), "name"
            ),
            "birth_date": Y(d_("dob"), "birthdate"),
            "death_date": G(lambda f: f.date(2023, 2024)),
            "birthplace": Y(lambda f: f.pick(["Listowel", "Soweto", "Macon", "Kraków", "Durban"]), "city"),
            "privacy": G(lambda f: f.pick(["public", "family_only", "invite_only"])),
            "theme": G(lambda f: f.pick(["lilies", "ocean", "celtic", "protea"])),
            "plan": G(lambda f: f.pick(["free", "premium_lifetime"])),
            "created_by_email": Y(u_("email"), "email"),
            "relationship": G(lambda f: f.pick(["child", "grandchild", "spouse", "friend"])),
            "obituary_text": Y(obituary_text, "name", True),
        },
    ),
    (
        "track",
        "Pet Memorial Created",
        "ruby",
        None,
        {
            "memorial_id": G(lambda f: f.r.randint(100000, 999999)),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Shadow", "Molly", "Bruno", "Simba", "Jessie"])),
            "species": G(lambda f: f.pick(["dog", "cat", "horse", "rabbit"])),
            "breed": G(lambda f: f.pick(["Labrador", "Jack Russell", "Boerboel", "Tabby", "Border Collie"])),
            "pet_birth_date": G(lambda f: f.date(2005, 2020)),
            "pet_passed_date": G(lambda f: f.date(2023, 2024)),
            "owner_name": Y(u_("full"), "name"),
            "owner_email": Y(u_("email"), "email"),
            "cremation_package": G(lambda f: f.pick(["private", "communal", "none"])),
        },
    ),
    (
        "track",
        "Family Portal Invite Sent",
        "ruby",
        None,
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee_email": Y(k_("email"), "email"),
            "invitee_name": Y(k_("full"), "name"),
            "access_code": RED(lambda f: f.digits(6), "token|secret"),
            "expires_at": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["family_admin", "contributor", "viewer"])),
            "invited_by_staff_id": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Integration Connected",
        "ruby",
        None,
        {
            "provider": G(lambda f: f.pick(["frazer", "passare", "funeraltech", "osiris"])),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: "rt_" + f.hexid(40), "token"),
            "scopes": Many(G(lambda f: f.pick(["cases:read", "obituaries:write", "contacts:read"])), 3),
            "expires_in": G(lambda f: 3600),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
        },
    ),
    # -- WordPress funeral home sites (analytics-php) ----------------------------------------------
    (
        "track",
        "Contact Form 7 Submitted",
        "php",
        None,
        {
            "_wpcf7": G(lambda f: f.pick([5, 112, 347])),
            "_wpcf7_version": G(lambda f: "5.9.3"),
            "_wpcf7_unit_tag": G(lambda f: f"wpcf7-f{f.pick([5, 112, 347])}-p{f.r.randint(10, 99)}-o1"),
            "your-name": Y(u_("full"), "name"),
            "your-email": Y(u_("email"), "email"),
            "your-phone": Y(u_("phone"), "phone"),
            "your-subject": G(lambda f: f.pick(["Pre-planning", "Price list request", "Cremation question"])),
            "your-message": G(
                lambda f: f.pick(
                    [
                        "Please send me your general price list.",
                        "Do you offer payment plans?",
                        "What does a direct cremation include?",
                    ]
                )
            ),
            "preferred-contact": G(lambda f: f.pick(["Phone", "Email"])),
        },
    ),
    (
        "track",
        "Gravity Form Submitted",
        "php",
        None,
        {
            "form_id": G(lambda f: f.pick([3, 7])),
            "form_title": G(lambda f: f.pick(["Obituary Submission", "Request a Callback"])),
            "entry_id": G(lambda f: f.r.randint(1000, 9999)),
            "input_1_3": Y(u_("first"), "name", True),
            "input_1_6": Y(u_("last"), "name", True),
            "input_2": Y(u_("email"), "email", True),
            "input_3": Y(u_("phone"), "phone", True),
            "input_4": G(lambda f: f.pick(["Morning", "Afternoon", "Evening"])),
            "source_url": G(lambda f: f"https://{f.pick(FH_SITES[f.region])}/contact-us/"),
            "is_spam": G(lambda f: False),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                    + "BwE"
                ),
                "advertising id",
            ),
        },
    ),
    # -- South African funeral-cover app (flutter, Afrikaans keys) ---------------------------------
    (
        "identify",
        None,
        "flutter",
        "ZA",
        {
            "naam": Y(u_("first"), "name"),
            "van": Y(u_("last"), "name"),
            "id_nommer": RED(u_("nid"), "national id"),
            "geboortedatum": Y(u_("dob"), "birthdate"),
            "selnommer": Y(u_("phone"), "phone"),
            "e_pos": Y(u_("email"), "email"),
            "adres": {
                "straat": Y(u_("line1"), "address|street"),
                "voorstad": Y(u_("suburb"), "city|address"),
                "stad": Y(u_("city"), "city"),
                "poskode": Y(u_("postcode"), "zipcode"),
                "provinsie": G(u_("region_name")),
            },
            "taal": G(lambda f: f.pick(["af", "en", "zu", "xh"])),
            "polis_tipe": G(lambda f: f.pick(["enkel", "gesin", "uitgebreide_gesin"])),
        },
    ),
    (
        "track",
        "Funeral Policy Application Submitted",
        "flutter",
        "ZA",
        {
            "application_id": G(lambda f: f.uuid()),
            "plan_code": G(lambda f: f.pick(["FAM-30K", "SGL-10K", "EXT-50K"])),
            "cover_amount": G(lambda f: f.pick([10000, 20000, 30000, 50000])),
            "monthly_premium": G(lambda f: f.money(89, 650)),
            "main_member": {
                "full_name": Y(u_("full"), "name"),
                "id_number": RED(u_("nid"), "national id"),
                "date_of_birth": Y(u_("dob"), "birthdate"),
                "mobile": Y(u_("phone"), "phone"),
                "email": Y(u_("email"), "email"),
            },
            "spouse": {
                "full_name": Y(k_("full"), "name"),
                "id_number": RED(k_("nid"), "national id"),
                "date_of_birth": Y(k_("dob"), "birthdate"),
            },
            "children": Many(
                {
                    "first_name": Y(lambda f: f.pick(NAMES["ZA"][0]), "name"),
                    "date_of_birth": Y(lambda f: f.date(2004, 2023), "birthdate"),
                },
                4,
            ),
            "extended_family": Many(
                {
                    "name": Y(other_name, "name"),
                    "relationship": G(
                        lambda f: f.pick(["mother", "father", "mother-in-law", "aunt", "grandmother"])
                    ),
                    "age": G(lambda f: f.r.randint(45, 89)),
                },
                3,
            ),
            "debit_order": {
                "bank_name": G(lambda f: f.pick(["Capitec", "FNB", "Standard Bank", "Absa", "Nedbank"])),
                "branch_code": G(lambda f: f.pick(["470010", "250655", "051001", "632005", "198765"])),
                "account_number": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
                "account_type": G(lambda f: f.pick(["savings", "cheque", "transmission"])),
                "debit_day": G(lambda f: f.pick([1, 15, 25, 31])),
            },
        },
    ),
    (
        "track",
        "Beneficiary Updated",
        "flutter",
        "ZA",
        {
            "polisnommer": Y(lambda f: "UMC" + f.digits(8), "identification"),
            "begunstigde": {
                "naam": Y(k_("first"), "name"),
                "van": Y(k_("last"), "name"),
                "id_nommer": RED(k_("nid"), "national id"),
                "verhouding": G(lambda f: f.pick(["eggenoot", "kind", "broer", "suster", "ouer"])),
                "persentasie": G(lambda f: f.pick([50, 100, 25])),
                "selnommer": Y(k_("phone"), "phone"),
            },
        },
    ),
    (
        "track",
        "Funeral Claim Submitted",
        "flutter",
        "ZA",
        {
            "claim_number": G(lambda f: "EIS" + f.digits(7)),
            "polisnommer": Y(lambda f: "UMC" + f.digits(8), "identification"),
            "oorledene": {
                "naam": Y(d_("first"), "name"),
                "van": Y(d_("last"), "name"),
                "id_nommer": RED(d_("nid"), "national id"),
                "geboortedatum": Y(d_("dob"), "birthdate"),
                "sterfdatum": G(lambda f: f.date(2024, 2024)),
                "oorsaak_van_dood": Y(
                    lambda f: f.pick(["natuurlik", "onnatuurlik", "hangende"]), "condition|diagnosis"
                ),
            },
            "dha1663_number": Y(lambda f: "A" + f.digits(7), "certificate"),
            "payout": {
                "account_number": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
                "branch_code": G(lambda f: f.pick(["470010", "250655", "051001"])),
            },
            "claimant_cell": Y(u_("phone"), "phone"),
            "documents_uploaded": Many(
                G(lambda f: f.pick(["bi1663", "death_certificate", "id_copy", "bank_letter"])), 4
            ),
            "begrafnisdatum": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "screen",
        "Premium Calculator",
        "flutter",
        "ZA",
        {
            "cover_amount": G(lambda f: f.pick([10000, 20000, 30000, 50000])),
            "members": G(lambda f: f.r.randint(1, 12)),
            "age_band": G(lambda f: f.pick(["18-35", "36-50", "51-65", "66-75"])),
            "estimated_premium": G(lambda f: f.money(60, 700)),
        },
    ),
    (
        "track",
        "Funeral Parlour Selected",
        "flutter",
        "ZA",
        {
            "parlour_name": G(lambda f: f.pick(FH_NAMES["ZA"])),
            "parlour_branch": G(lambda f: f.pick(["Bellville", "Umlazi", "Soweto", "Mamelodi"])),
            "parlour_phone": G(
                lambda f: f.pick(["021 975 4410", "031 906 2215", "011 933 4870", "012 805 1190"])
            ),
            "distance_km": G(lambda f: f.money(0, 40)),
            "tombstone_option": G(lambda f: f.pick(["none", "granite_basic", "granite_premium"])),
        },
    ),
    # -- livestream Android app (analytics-kotlin) ---------------------------------------------------
    (
        "screen",
        "Stream Player",
        "kotlin",
        None,
        {
            "stream_id": G(lambda f: f.hexid(12)),
            "orientation": G(lambda f: f.pick(["portrait", "landscape"])),
            "buffering_ms": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "kotlin",
        None,
        {
            "stream_id": G(lambda f: f.hexid(12)),
            "text": G(
                lambda f: f.pick(
                    [
                        "Rest in peace",
                        "Beautiful service",
                        "🙏🙏",
                        "Such a lovely tribute",
                        "Thinking of you all",
                    ]
                )
            ),
            "message_length": G(lambda f: f.r.randint(2, 40)),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        None,
        {
            "email": Y(u_("email"), "email"),
            "name": Y(u_("full"), "name"),
            "country": G(u_("country")),
            "appNotifications": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- memorial app (analytics-react-native) ------------------------------------------------------
    (
        "screen",
        "Memorial",
        "rn",
        None,
        {
            "memorial_id": G(lambda f: f.r.randint(100000, 999999)),
            "tab": G(lambda f: f.pick(["life_story", "gallery", "memories", "events"])),
        },
    ),
    (
        "track",
        "Memory Shared",
        "rn",
        None,
        {
            "memorial_id": G(lambda f: f.r.randint(100000, 999999)),
            "memory_text": Y(condolence, "name", True),
            "has_photo": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
            "visibility": G(lambda f: f.pick(["public", "family"])),
        },
    ),
    (
        "track",
        "Anniversary Reminder Scheduled",
        "rn",
        None,
        {
            "memorial_id": G(lambda f: f.r.randint(100000, 999999)),
            "anniversary_type": G(lambda f: f.pick(["birthday", "passing", "wedding"])),
            "remind_on": G(lambda f: f.date(2025, 2026)),
            "push_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "rn",
        None,
        {
            "field": G(lambda f: "delivery_address"),
            "input": Y(lambda f: f.who("kin").line1[: f.r.randint(8, 20)], "address|street", True),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = FH(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, body in EVENTS:
            f.begin(region or f.pick(["US", "US", "IE", "ZA"]))
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_", "u", ""]) + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "fh_" + f.digits(4)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            make = CONTEXTS.get(client)
            context = make() if make else server_context(client)
            msg["context"] = render(context, f, "context", labels)
            events.append(msg)
        # An alias now and then: the family member's anonymous id joined to the new account.
        f.begin(f.pick(["US", "IE", "ZA"]))
        alias = {"type": "alias", "previousId": f.uuid(), "userId": "u" + f.digits(7), "messageId": f.uuid()}
        alias["context"] = render(web_context(), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=60, repeats=30)
    write(Path(__file__).parent, "holdout60_", events, labels)
