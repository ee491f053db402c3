"""Writes holdout322: tests/corpus/holdout322_events.jsonl and holdout322_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and never scored
by its author. Run `.venv/bin/python -m tests.corpus.build_holdout322`; the output is committed.

Domain: seafarer crewing and ship manning in the Philippines, Greece and Norway. A Manila crewing
agency's seafarer portal (vacancies, applications, CVs and sea service, certificates of
competency, seaman's books / SIRB, passports, medical fitness certificates, visas, allotments of
wages to families), a crew app (contract, payslips, itinerary, boarding passes, support chat), a
ship master's onboard tablet app (MLC rest hours, drills, sign-on / sign-off, injuries, slop
chest), the manning back office (crew changes, flights, ground transfers, contracts, union dues,
reverse-ETL profiles), and vendor-shaped webhooks (Twilio SMS, Stripe, Calendly, Google Places,
a ticketing desk, an AIS position feed). Backends in Filipino (Tagalog), Greek (transliterated
and Greek-script keys) and Norwegian. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter, and the python, node, go, java, ruby, php and .NET
server libraries, each with the context block it really sends (context.ip, context.traits,
device, app, library, locale, userAgent, campaign, location). Mostly camelCase and snake_case
keys; PascalCase (.NET), kebab-case (a node microservice), SCREAMING_SNAKE (warehouse
reverse-ETL) and Tagalog / Greek / Norwegian keys make up the rest.

Values: names of Filipino, Greek, Norwegian, Indian, Ukrainian, Indonesian, Myanmar, Croatian,
Polish and other seafarers; national phone formats (+63, +30, +47 ...); Philippine, Greek and
Norwegian addresses and postcodes; ids with their real checksums (Norwegian fodselsnummer mod-11,
Greek AFM mod-11 and AMKA Luhn, Norwegian kontonummer mod-11, GR / NO IBANs mod-97, Luhn cards,
IMO numbers with their check digit). Philippine SSS, PhilHealth, Pag-IBIG and TIN numbers follow
their published layouts.

Conventions: one label per leaf path (arrays as `[]`), as build.py's render/write record them.
classification red / yellow / green; type is the reference's matcher name (or bank account,
geolocation, secret, national id, health id, advertising id, trade union ...), `a|b` when either
is fair; value_only is true when the key is neutral (`value`, `label`, `text`, `q`, `input`,
`description`, `barcode`, `answer`, `To`, `Body`, `link`) and only the value shows what it is.

Labelling rules (the product's default colours and published policy):
- PII = personal data about a natural person: the seafarer, a next of kin, a dependant, an
  allotment beneficiary, a passenger, a referred friend, a port agent's contact person, a
  driver, agency staff. Colour is the reference matcher's; outside the table red for
  credentials, secrets, card numbers, bank accounts, government ids and health ids, else yellow.
- Green: ids we issue (seafarer, crew, application, contract, order ids, UUIDs, PNRs, ticket
  numbers, booking and remittance references), versions, timestamps, hashes of files, amounts,
  enums, counters and booleans under PII-sounding keys (`emailVerified`, `passportScanned`),
  ranks and job titles, employers, principals, vessel names (also when named after a person,
  "Eleni K", "Anna Knudsen"), IMO / MMSI / call signs, ports, airports, hotels, flags, country,
  locale, timezone, currency, user agents, OS-issued device ids (IDFV, Android id), frequent-
  flyer numbers, civil status, ages, a business's own phone / e-mail / address (hotel, port
  agency's ops line, role mailboxes like crewing@ or no-reply@), e-mail Message-IDs, UUID
  session tokens (Places sessiontoken). Card brand / last4 / expiry and bank names, branch
  names and SWIFT codes are green.
- Yellow: salary and wages (basic wage, overtime rate, net pay, wage balance, expected wage);
  nationality (`citizenship`), religion, gender, birth date, place of birth, the person's
  city / postcode / address (billing and home), phone, e-mail, names; photos and selfies;
  certificate numbers of a person's certificates of competency, STCW, PDOS, vaccination and
  medical certificates and the OEC (`certificate`); a physician's licence number and a vehicle
  plate (`license`); trade union names and membership numbers (`trade union`); ad click ids
  gclid / fbclid and the device advertising id (`advertising id`); a device's precise location
  (`geolocation`); medical fitness, restrictions, colour vision, drug-test results, injuries,
  symptoms, temperature and medical repatriation (`condition|diagnosis`); vaccines and
  medicines (`medication|procedure`).
- Red: passport numbers and MRZ line 2 (`passport`); seaman's book / SIRB numbers (an identity
  document: `national id|passport`); SSS, NAT, fodselsnummer, AFM, AMKA, TIN, Pag-IBIG (`national
  id`, `social security number|national id` for social-security ones); PhilHealth (`health id`);
  bank account numbers, IBANs and Norwegian kontonummer (`bank account`); card numbers; Stripe
  `pm_` ids, one-time codes, magic-link tokens, push tokens (`token`); API keys and webhook
  secrets (`secret`); passwords; visa numbers, visa types, visa status and yes/no answers about
  holding a US or Schengen visa (`visa`).
- Undecidable cases settled here: document expiry and issue dates are green (like a card's
  expiry); a vacancy's offered wage and a search filter's minimum wage are green (not a
  person's pay), a person's wages are yellow; remittance amounts of an allotment are green
  (payment amounts); a vessel's AIS position is green (a thing's location), a phone's location
  is yellow; height and coverall / shoe sizes (PPE sizing) are green; relationship to the
  seafarer (wife, son) is green; free text is labelled by what every one of its values carries
  (the templates give each free-text field either PII in every value or in none).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

PH_FIRST = [
    "Juan",
    "Jose",
    "Mark Anthony",
    "John Paul",
    "Rodel",
    "Jerome",
    "Ricardo",
    "Maria Cristina",
    "Rowena",
    "Jericho",
    "Ramil",
    "Arnel",
    "Jayson",
    "Romeo",
    "Ernesto",
    "Christian",
    "Liza",
    "Marites",
    "Reynaldo",
    "Efren",
    "Analyn",
    "Rhea Mae",
]
PH_LAST = [
    "dela Cruz",
    "Santos",
    "Reyes",
    "Bautista",
    "Villanueva",
    "Ramos",
    "Mendoza",
    "Aquino",
    "Castillo",
    "Manalo",
    "Dimaculangan",
    "Pascual",
    "Macaraeg",
    "Tolentino",
    "Soriano",
    "Delos Reyes",
    "Magbanua",
    "Cabrera",
    "Ocampo",
    "Pangilinan",
]
GR_FIRST = [
    "Georgios",
    "Dimitrios",
    "Ioannis",
    "Konstantinos",
    "Nikolaos",
    "Panagiotis",
    "Eleni",
    "Maria",
    "Aikaterini",
    "Vasileios",
    "Christos",
    "Sofia",
    "Evangelos",
    "Spyridon",
    "Stavros",
    "Antonis",
]
GR_LAST = [
    "Papadopoulos",
    "Konstantinou",
    "Georgiou",
    "Pappas",
    "Vlachos",
    "Nikolaidis",
    "Karagiannis",
    "Oikonomou",
    "Dimitriou",
    "Angelopoulos",
    "Makris",
    "Tsakiris",
    "Vasilakis",
    "Theodorou",
    "Lemos",
    "Chatzigeorgiou",
]
GR_SCRIPT_FIRST = [
    "Γεώργιος",
    "Δημήτριος",
    "Ιωάννης",
    "Ελένη",
    "Μαρία",
    "Νικόλαος",
    "Κωνσταντίνος",
    "Σπυρίδων",
]
GR_SCRIPT_LAST = [
    "Παπαδόπουλος",
    "Κωνσταντίνου",
    "Γεωργίου",
    "Παππάς",
    "Βλάχος",
    "Οικονόμου",
    "Μακρής",
    "Βασιλάκης",
]
NO_FIRST = [
    "Ola",
    "Kari",
    "Lars",
    "Ingrid",
    "Bjørn",
    "Magnus",
    "Sigrid",
    "Håkon",
    "Eirik",
    "Solveig",
    "Astrid",
    "Anders",
    "Kjetil",
    "Trond",
    "Øystein",
    "Marit",
]
NO_LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Berg",
    "Haugen",
    "Solberg",
    "Eriksen",
    "Dahl",
    "Strand",
    "Hagen",
    "Bakken",
    "Sæther",
    "Vik",
]
OTHER_NAMES = [
    ("Rajesh", "Kumar", "IND"),
    ("Amit", "Sharma", "IND"),
    ("Sandeep", "Singh", "IND"),
    ("Vikram", "Nair", "IND"),
    ("Oleksandr", "Kovalenko", "UKR"),
    ("Andriy", "Bondarenko", "UKR"),
    ("Serhii", "Melnyk", "UKR"),
    ("Bambang", "Susilo", "IDN"),
    ("Agus", "Setiawan", "IDN"),
    ("Dedi", "Kurniawan", "IDN"),
    ("Aung Ko", "Ko", "MMR"),
    ("Zaw Min", "Htet", "MMR"),
    ("Kyaw Zin", "Oo", "MMR"),
    ("Ivan", "Horvat", "HRV"),
    ("Marko", "Kovačević", "HRV"),
    ("Piotr", "Nowak", "POL"),
    ("Nguyen Van", "Minh", "VNM"),
    ("Wang", "Lei", "CHN"),
    ("Jānis", "Bērziņš", "LVA"),
    ("Andrei", "Popescu", "ROU"),
    ("Kwame", "Mensah", "GHA"),
    ("Chinedu", "Okafor", "NGA"),
    ("Mehmet", "Y\u0131lmaz", "TUR"),
    ("Dmitri", "Volkov", "RUS"),
]
DEMONYMS = {
    "PHL": "Filipino",
    "GRC": "Greek",
    "NOR": "Norwegian",
    "IND": "Indian",
    "UKR": "Ukrainian",
    "IDN": "Indonesian",
    "MMR": "Myanmar",
    "HRV": "Croatian",
    "POL": "Polish",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "LVA": "Latvian",
    "ROU": "Romanian",
    "GHA": "Ghanaian",
    "NGA": "Nigerian",
    "TUR": "Turkish",
    "RUS": "Russian",
}
GR_RANKS = ["Πλοίαρχος Α", "Ναύκληρος", "Μηχανικός Γ", "Ναύτης", "Μάγειρας"]  # noqa: RUF001
GR_MALE = [
    "Georgios",
    "Dimitrios",
    "Ioannis",
    "Konstantinos",
    "Nikolaos",
    "Panagiotis",
    "Vasileios",
    "Christos",
]
MAIL_DOMAINS = {
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "no": ["gmail.com", "online.no", "hotmail.no", "live.no"],
    "xx": ["gmail.com", "ukr.net", "rediffmail.com", "yahoo.co.id", "outlook.com"],
}
PH_CITIES = [
    "Quezon City",
    "Manila",
    "Cebu City",
    "Iloilo City",
    "Davao City",
    "Batangas City",
    "Bacolod",
    "Dumaguete",
    "Tacloban",
    "Cavite City",
    "Las Piñas",
    "Zamboanga City",
]
GR_CITIES = ["Piraeus", "Athens", "Thessaloniki", "Chios", "Andros", "Argostoli", "Syros", "Glyfada"]
NO_CITIES = ["Oslo", "Bergen", "Ålesund", "Haugesund", "Stavanger", "Tromsø", "Kristiansand", "Arendal"]
XX_CITIES = ["Odesa", "Mumbai", "Jakarta", "Yangon", "Split", "Gdynia", "Constanta", "Kochi", "Tema"]
XX_STREETS = [
    "Harbour Road",
    "Primorska",
    "Jalan Merdeka",
    "MG Road",
    "Ulitsa Morskaya",
    "Obala kralja Tomislava",
]
BARANGAYS = ["San Isidro", "Poblacion", "Bagong Silang", "Santo Niño", "Mabolo", "Tambo", "Lahug", "Pag-asa"]
PH_STREETS = ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Luna St.", "Aguinaldo Hwy.", "Quezon Blvd."]
GR_STREETS = ["Ermou", "Leof. Syngrou", "Akti Miaouli", "Iroon Polytechniou", "Kolokotroni", "Vas. Sofias"]
NO_STREETS = ["Storgata", "Kongens gate", "Strandgata", "Parkveien", "Skippergata", "Havnegata"]

RANKS = [
    "Master",
    "Chief Officer",
    "2nd Officer",
    "3rd Officer",
    "Chief Engineer",
    "2nd Engineer",
    "3rd Engineer",
    "ETO",
    "Bosun",
    "AB",
    "OS",
    "Oiler",
    "Wiper",
    "Fitter",
    "Chief Cook",
    "Messman",
]
VESSEL_TYPES = ["Bulk Carrier", "Oil Tanker", "LNG Carrier", "Container", "PCTC", "Chemical Tanker", "PSV"]
VESSELS = [
    "MV Nordic Star",
    "Aegean Spirit",
    "Eleni K",
    "Anna Knudsen",
    "Kalypso",
    "Stena Polaris",
    "Pacific Harmony",
    "Maria Theresa",
    "Hoegh Trigger",
    "Ocean Pearl",
    "Bergen Viking",
    "Thalassa",
]
PRINCIPALS = [
    "Nordkyst Ship Management AS",
    "Kalypso Maritime S.A.",
    "Aegean Bulk Carriers Inc.",
    "Fjord Offshore AS",
    "Hellas Tankers Ltd",
    "Pacific Basin Shipping",
]
PORTS = [
    "Rotterdam",
    "Singapore",
    "Piraeus",
    "Houston",
    "Manila",
    "Bergen",
    "Santos",
    "Durban",
    "Ulsan",
    "Gdansk",
]
AIRPORTS = ["MNL", "CEB", "ATH", "OSL", "BGO", "SIN", "DOH", "DXB", "AMS", "IST", "HOU", "GRU"]
FLAGS = ["Liberia", "Marshall Islands", "Panama", "Malta", "Greece", "Norway (NIS)", "Bahamas", "Cyprus"]
CERT_TYPES = [
    "CoC II/1 OOW",
    "CoC II/2 Master",
    "CoC III/2 Chief Engineer",
    "GMDSS GOC",
    "BST",
    "PSCRB",
    "AFF",
    "MEFA",
    "SSO",
    "Tanker Familiarization",
    "ECDIS Generic",
    "Ratings II/4",
]
UNIONS = ["AMOSUP", "PSU", "Norsk Sjømannsforbund", "PNO", "Det Norske Maskinistforbund", "PEMEN"]
BANKS_PH = ["BDO Unibank", "BPI", "Metrobank", "Landbank", "PNB", "Security Bank"]
CARRIERS = ["Globe", "Smart", "DITO", "Cosmote", "Vodafone GR", "Telenor", "Telia", "Starlink"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
ORGS = [
    (
        "Kalypso Maritime S.A.",
        "+30 210 458 9000",
        "crewing@kalypsomaritime.gr",
        "Akti Miaouli 85",
        "Piraeus",
        "185 38",
        "GR",
        "https://kalypsomaritime.gr",
    ),
    (
        "Nordkyst Ship Management AS",
        "+47 70 10 20 00",
        "post@nordkyst.no",
        "Keiser Wilhelms gate 22",
        "Ålesund",
        "6002",
        "NO",
        "https://nordkyst.no",
    ),
    (
        "Bluewave Manning Inc.",
        "+63 2 8527 1234",
        "info@bluewavemanning.com.ph",
        "1000 Kalaw Ave, Ermita",
        "Manila",
        "1000",
        "PH",
        "https://bluewavemanning.com.ph",
    ),
    (
        "Hellas Tankers Ltd",
        "+30 210 429 1100",
        "ops@hellastankers.gr",
        "Vas. Sofias 12",
        "Athens",
        "106 74",
        "GR",
        "https://hellastankers.gr",
    ),
]
RN_DEVICES = [
    ("samsung", "SM-A546E", "android", "Android", "14"),
    ("Xiaomi", "Redmi Note 12", "android", "Android", "13"),
    ("Apple", "iPhone13,2", "ios", "iOS", "17.4.1"),
    ("OPPO", "CPH2483", "android", "Android", "13"),
    ("Apple", "iPhone15,4", "ios", "iOS", "17.5"),
    ("vivo", "V2250", "android", "Android", "14"),
]
FLUTTER_DEVICES = [
    ("Google", "Pixel 7", "android", "Android", "14"),
    ("samsung", "SM-S918B", "android", "Android", "14"),
    ("Apple", "iPhone15,2", "ios", "iOS", "17.5"),
    ("Apple", "iPhone14,7", "ios", "iOS", "16.7.8"),
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
PORTALS = ["crew.bluewavemanning.com.ph", "careers.kalypsomaritime.gr", "crew.nordkyst.no"]


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("\u0131", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Sea(Fake):
    """Fake with seafarers: a current person (first name refreshes it) so records stay coherent."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.country = "PHL"
        self.cur = self.person()
        self.org = 0
        self.dev = RN_DEVICES[0]

    def person(self, culture: str | None = None) -> tuple[str, str, str]:
        culture = culture or self.r.choices(["ph", "gr", "no", "xx"], [45, 15, 15, 25])[0]
        if culture == "ph":
            self.country = "PHL"
            return self.pick(PH_FIRST), self.pick(PH_LAST), culture
        if culture == "gr":
            self.country = "GRC"
            return self.pick(GR_FIRST), self.pick(GR_LAST), culture
        if culture == "no":
            self.country = "NOR"
            return self.pick(NO_FIRST), self.pick(NO_LAST), culture
        first, last, self.country = self.pick(OTHER_NAMES)
        return first, last, culture

    def set_org(self):
        self.org = self.r.randrange(len(ORGS))
        return ORGS[self.org]

    def set_dev(self, devices):
        self.dev = self.pick(devices)
        return self.dev

    def nationality(self, style: str = "demonym") -> str:
        if style == "alpha3":
            return self.country
        if style == "alpha2":
            return {"PHL": "PH", "GRC": "GR", "NOR": "NO", "IND": "IN", "UKR": "UA"}.get(
                self.country, self.country[:2]
            )
        return DEMONYMS[self.country]

    # -- names ------------------------------------------------------------------------------------
    def given(self, culture: str | None = None) -> str:
        self.cur = self.person(culture)
        return self.cur[0]

    def family(self) -> str:
        return self.cur[1]

    def fullname(self, culture: str | None = None) -> str:
        self.cur = self.person(culture)
        first, last, culture = self.cur
        if culture == "ph" and self.r.random() < 0.3:
            return f"{first} {self.pick('ABCDGLMPRST')}. {last}"
        if self.r.random() < 0.12:
            return f"{last.upper()}, {first}"
        return f"{first} {last}"

    def middle(self) -> str:
        # Filipino forms ask for the mother's maiden surname; Greek ones for the father's name.
        culture = self.cur[2]
        if culture == "ph":
            return self.pick(PH_LAST)
        if culture == "gr":
            return self.pick(GR_FIRST)
        return self.pick(NO_FIRST) if culture == "no" else self.pick(OTHER_NAMES)[0]

    def mrz_name(self) -> str:
        first = self.given()
        last = self.family()
        code = self.nationality("alpha3")
        fold = ascii_fold(f"{last}<<{first}").upper().replace(" ", "<").replace("-", "<").replace("'", "")
        return f"P<{code}{fold}".ljust(44, "<")[:44]

    # -- contact ----------------------------------------------------------------------------------
    def mail(self) -> str:
        first, last, culture = self.cur
        first = ascii_fold(first).lower().replace(" ", "")
        last = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[culture])}"

    def tel(self, culture: str | None = None) -> str:
        culture = culture or self.cur[2]
        r = self.r
        if culture == "ph":
            pre = self.pick(["917", "918", "927", "939", "945", "966", "995", "998"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+63 {pre} {a} {b}", f"0{pre}{a}{b}", f"0{pre}-{a}-{b}", f"+63{pre}{a}{b}"])
        if culture == "gr":
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick(
                [f"+30 69{r.randint(0, 9)} {a} {b}", f"69{r.randint(0, 9)}{a}{b}", f"+30 210 {a} {b}"]
            )
        if culture == "no":
            a = r.choice("49")
            return self.pick(
                [
                    f"+47 {a}{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100, 999)}",
                    f"{a}{r.randint(1000000, 9999999)}",
                    f"+47{a}{r.randint(1000000, 9999999)}",
                ]
            )
        return self.pick(
            [
                f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}",
                f"+380 {self.pick(['67', '50', '93'])} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+62 812-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"+95 9 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+385 91 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            ]
        )

    # -- places -----------------------------------------------------------------------------------
    def home_city(self) -> str:
        culture = self.cur[2]
        if culture == "gr":
            return self.pick(GR_CITIES)
        if culture == "no":
            return self.pick(NO_CITIES)
        return self.pick(XX_CITIES) if culture == "xx" else self.pick(PH_CITIES)

    def home_street(self) -> str:
        culture, r = self.cur[2], self.r
        if culture == "gr":
            return f"{self.pick(GR_STREETS)} {r.randint(1, 180)}"
        if culture == "no":
            return f"{self.pick(NO_STREETS)} {r.randint(1, 90)}{self.pick(['', '', 'B'])}"
        if culture == "xx":
            return f"{r.randint(1, 240)} {self.pick(XX_STREETS)}"
        return self.pick(
            [
                f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)} Phase {r.randint(1, 4)}",
                f"{r.randint(1, 999)} {self.pick(PH_STREETS)}",
            ]
        )

    def postcode(self) -> str:
        culture, r = self.cur[2], self.r
        if culture == "gr":
            return f"{r.randint(104, 851)} {r.randint(10, 99)}"
        if culture == "no":
            return f"{r.randint(1, 9990):04d}"
        if culture == "xx":
            return f"{r.randint(10000, 699999)}"
        return f"{r.randint(1000, 9811)}"

    def home_address(self) -> str:
        culture = self.cur[2]
        street, city, code = self.home_street(), self.home_city(), self.postcode()
        if culture == "gr":
            return f"{street}, {code} {city}"
        if culture in ("no", "xx"):
            return f"{street}, {code} {city}"
        return f"{street}, Brgy. {self.pick(BARANGAYS)}, {city} {code}"

    # -- identifiers ------------------------------------------------------------------------------
    def dob(self) -> str:
        return self.date(1962, 2004)

    def fodselsnummer(self) -> str:
        while True:
            d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(60, 99)
            ind = self.r.randint(0, 499)
            digits = [int(c) for c in f"{d:02d}{m:02d}{y:02d}{ind:03d}"]
            k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = (
                11
                - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*digits, k1], strict=True)) % 11
            )
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, digits)) + f"{k1}{k2}"

    def afm(self) -> str:
        body = [self.r.randint(0, 9) for _ in range(8)]
        body[0] = self.r.randint(0, 1) and self.r.randint(1, 9)
        check = sum(d * 2 ** (8 - i) for i, d in enumerate(body)) % 11 % 10
        return "".join(map(str, body)) + str(check)

    def amka(self) -> str:
        birth = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(60, 99):02d}"
        return self.luhn_complete(birth + self.digits(4))

    def kontonummer(self, dotted: bool | None = None) -> str:
        while True:
            body = self.pick(["1503", "1207", "3000", "9710", "1506", "1254"]) + self.digits(6)
            check = (
                11 - sum(w * int(c) for w, c in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], body, strict=True)) % 11
            )
            check = 0 if check == 11 else check
            if check != 10:
                break
        number = body + str(check)
        dotted = self.r.random() < 0.5 if dotted is None else dotted
        return f"{number[:4]}.{number[4:6]}.{number[6:]}" if dotted else number

    def iban_of(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def iban_gr(self) -> str:
        return self.iban_of("GR", self.pick(["011", "014", "017", "026"]) + self.digits(4) + self.digits(16))

    def iban_no(self) -> str:
        return self.iban_of("NO", self.kontonummer(dotted=False))

    def ph_account(self) -> str:
        return self.pick(
            [self.digits(10), self.digits(12), f"{self.digits(3)}-{self.digits(7)}-{self.digits(1)}"]
        )

    def any_account(self) -> str:
        return self.pick([self.ph_account(), self.iban_gr(), self.iban_no(), self.kontonummer()])

    def sss(self) -> str:
        return f"{self.r.randint(1, 34):02d}-{self.digits(7)}-{self.r.randint(0, 9)}"

    def philhealth(self) -> str:
        return f"{self.r.randint(1, 19):02d}-{self.digits(9)}-{self.r.randint(0, 9)}"

    def pagibig(self) -> str:
        return f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}"

    def tin(self) -> str:
        return f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-000"

    def passport(self) -> str:
        """A passport number in the layout of the current person's country."""
        country, r = self.country, self.r
        if country == "PHL":
            return f"P{self.digits(7)}{self.pick('ABC')}"
        if country == "GRC":
            return f"{self.pick(['AK', 'AM', 'AN', 'AO'])}{self.digits(7)}"
        if country == "NOR":
            return f"{self.pick('CF')}{self.digits(7)}"
        if country == "UKR":
            return f"{self.pick(['FT', 'FX', 'GB'])}{r.randint(100000, 999999)}"
        if country == "IND":
            return f"{self.pick('ZNVW')}{self.digits(7)}"
        return f"{self.pick('ABCEKLMNPRSTU')}{self.pick('ABCEKLMNPRSTU0123456789')}{self.digits(7)}"

    def seaman_book(self) -> str:
        return self.pick(
            [
                f"C{self.digits(7)}",
                f"A{self.digits(7)}",
                f"NF {self.digits(6)}",
                f"{self.pick(['UA', 'IN'])}{self.digits(6)}",
            ]
        )

    def coc(self) -> str:
        return self.pick(
            [
                f"COC-{self.r.randint(2015, 2024)}-{self.digits(6)}",
                f"{self.digits(8)}",
                f"NO-{self.digits(5)}/{self.r.randint(18, 24)}",
                f"ΠΔ {self.digits(5)}",
            ]
        )

    def imo(self) -> int:
        body = self.pick("89") + str(self.r.randint(0, 99999)).zfill(5)
        check = sum(int(c) * w for c, w in zip(body, [7, 6, 5, 4, 3, 2], strict=True)) % 10
        return int(body + str(check))

    def mmsi(self) -> str:
        return self.pick(["636", "538", "353", "256", "241", "257", "259", "548"]) + self.digits(6)

    def plate(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{''.join(r.choice('ABCDNPTUVW') for _ in range(3))} {r.randint(1000, 9999)}",  # PH
                f"{''.join(r.choice('ABEHIKMNPTXYZ') for _ in range(3))}-{r.randint(1000, 9999)}",  # GR
                f"{''.join(r.choice('EKLSU') for _ in range(2))} {r.randint(10000, 99999)}",  # NO
            ]
        )

    def pnr(self) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        airline = self.pick(["QR", "EK", "TK", "PR", "SK", "A3", "KL", "SQ", "LH", "DY"])
        return f"{airline}{self.r.randint(10, 999)}"

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def crew_id(self) -> str:
        return self.pick([f"SF-{self.digits(6)}", f"BW{self.digits(5)}", f"{self.digits(6)}"])

    def local_dt(self) -> str:
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return f"{day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def boarding_pass(self) -> str:
        """An IATA BCBP string as a boarding-pass barcode carries it: name, PNR, route, flight."""
        first = ascii_fold(self.given()).upper().replace(" ", "")
        last = ascii_fold(self.family()).upper().replace(" ", "")
        r = self.r
        route = f"{self.pick(AIRPORTS)}{self.pick(AIRPORTS)}{self.pick(['QR', 'EK', 'TK', 'PR'])}"
        tail = (
            f"{r.randint(100, 999):04d} {r.randint(1, 365):03d}Y{r.randint(10, 48):03d}A0{self.digits(3)} 100"
        )
        return f"M1{last}/{first}       E{self.pnr()} {route} {tail}"

    def mrz_line2(self) -> str:
        r = self.r
        birth = self.dob()[2:].replace("-", "")
        expiry = self.future_day()[2:].replace("-", "")
        line = f"{self.passport()}<{r.randint(0, 9)}{self.nationality('alpha3')}{birth}{r.randint(0, 9)}"
        return (line + f"{self.pick('MF')}{expiry}{r.randint(0, 9)}").ljust(44, "<")[:44]

    def staff_mail(self, culture: str | None = None) -> str:
        """A named staff member's work address at the agency (a person's, not a role mailbox)."""
        if culture:
            self.given(culture)
        first = ascii_fold(self.cur[0]).lower().replace(" ", "")
        last = ascii_fold(self.cur[1]).lower().replace(" ", "")
        return f"{first}.{last}@bluewavemanning.com.ph"

    def day(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def future_day(self) -> str:
        return f"{self.r.randint(2025, 2030)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


# -- contexts the client libraries send ---------------------------------------------------------


def web_context(page: str, title: str):
    def url(f):
        return f"https://{f.pick(PORTALS)}{page}"

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://m.facebook.com/",
                        "https://www.jobstreet.com.ph/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=social", "?lang=en", "?ref=sms"])
            ),
            "title": G(lambda f: title),
            "url": G(url),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "el-GR", "nb-NO", "en-US"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["q2_deck_ratings", "lng_officers_2024", "cadetship"])),
            "source": G(lambda f: f.pick(["facebook", "google", "jobstreet"])),
            "medium": G(lambda f: f.pick(["social", "cpc", "referral"])),
            "term": G(
                lambda f: f.pick(["seaman job hiring", "bosun vacancy", "oiler abroad", "2nd engineer lng"])
            ),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "Bluewave Crew"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "ph.bluewave.crew"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,5", "iPhone15,4"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "en-US", "el-GR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Manila", "Asia/Singapore", "Europe/Athens", "Asia/Qatar"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "crewId": G(lambda f: f.crew_id()),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "rank": G(lambda f: f.pick(RANKS)),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "ShipLog Master"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.3", "3.0.1"])),
            "build": G(lambda f: f.pick(["280", "293", "301"])),
            "namespace": G(lambda f: "no.nordkyst.shiplog"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "Getac"])),
            "model": G(lambda f: f.pick(["SM-T636B", "TB-X606F", "ZX70"])),
            "name": G(lambda f: f.pick(["gts7xlwifi", "X606F", "zx70_g2"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "nb-NO", "en-US"])),
        "network": {
            "wifi": G(lambda f: True),
            "cellular": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Marlink", "Starlink", "KVH"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.25])),
            "width": G(lambda f: f.pick([1200, 1600, 1920])),
            "height": G(lambda f: f.pick([1920, 2560, 1200])),
        },
        "timezone": G(lambda f: f.pick(["UTC", "Europe/Oslo", "Asia/Singapore", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-T636B Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TB-X606F Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "crewId": G(lambda f: f.crew_id()),
            "rank": G(lambda f: f.pick(["Master", "Chief Officer", "Chief Engineer"])),
            "vesselImo": G(lambda f: f.imo()),
        },
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Crewlink"),
            "version": G(lambda f: f.pick(["6.1.0", "6.2.4", "6.3.0"])),
            "build": G(lambda f: f.pick(["6100", "6204", "6300"])),
            "namespace": G(lambda f: "com.kalypso.crewlink"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if f.set_dev(RN_DEVICES)[2] == "ios" else f.hexid(16)),
            "manufacturer": G(lambda f: f.dev[0]),
            "model": G(lambda f: f.dev[1]),
            "type": G(lambda f: f.dev[2]),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "en-US", "uk-UA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: f.dev[3]), "version": G(lambda f: f.dev[4])},
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([851, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Manila", "Europe/Kyiv", "Asia/Kolkata", "Asia/Jakarta"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(5.0, 19.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(117.0, 126.5), 6), "geolocation"),
        },
        "traits": {
            "email": Y(lambda f: f.given() and f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Mannskap"),
            "version": G(lambda f: f.pick(["1.8.2", "1.9.0", "1.9.1"])),
            "build": G(lambda f: f.pick(["58", "61", "62"])),
            "namespace": G(lambda f: "no.nordkyst.mannskap"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if f.set_dev(FLUTTER_DEVICES)[2] == "ios" else f.hexid(16)),
            "manufacturer": G(lambda f: f.dev[0]),
            "model": G(lambda f: f.dev[1]),
            "type": G(lambda f: f.dev[2]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["nb-NO", "nn-NO", "en-GB"])),
        "os": {"name": G(lambda f: f.dev[3]), "version": G(lambda f: f.dev[4])},
        "screen": {
            "width": G(lambda f: f.pick([412, 393, 430])),
            "height": G(lambda f: f.pick([915, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "UTC", "America/Sao_Paulo"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.CSharp", ["2.4.0", "2.3.7"]),
}


def server_context(lib: str, with_ip: bool = False, with_traits: bool = False):
    name, versions = SERVER_LIBS[lib]

    def ctx(f):
        out: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if with_ip:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if with_traits:
            out["traits"] = {
                "crewId": G(lambda f: f.crew_id()),
                "email": Y(lambda f: f.given() and f.mail(), "email"),
            }
        return out

    return ctx


# -- reusable blocks ------------------------------------------------------------------------------


def home_address_block():
    return {
        "street": Y(lambda f: f.home_street(), "street|address"),
        "barangay": Y(lambda f: "Brgy. " + f.pick(BARANGAYS), "address"),
        "city": Y(lambda f: f.home_city(), "city"),
        "province": G(lambda f: f.pick(["Cavite", "Cebu", "Iloilo", "Batangas", "Metro Manila", "Leyte"])),
        "zip": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: f.pick(["PH", "GR", "NO", "UA", "IN"])),
    }


def course():
    return {
        "product_id": G(lambda f: f"crs_{f.digits(4)}"),
        "sku": G(
            lambda f: f.pick(["BST-REF-5D", "PSCRB-3D", "ECDIS-TS-JRC", "SSO-3D", "MEFA-5D", "HV-MGMT-4D"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Basic Safety Training Refresher",
                    "PSCRB",
                    "ECDIS Type-Specific (JRC)",
                    "Ship Security Officer",
                    "Medical First Aid",
                    "High Voltage Management",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["STCW Refresher", "Type-Specific", "Management Level"])),
        "brand": G(
            lambda f: f.pick(["Bluewave Maritime Training Center", "Nordkyst Academy", "Kalypso Training"])
        ),
        "price": G(lambda f: f.pick([4500.0, 7800.0, 12500.0, 350.0, 620.0])),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "variant": G(lambda f: f.pick(["Manila", "Cebu", "Online", "Bergen"])),
    }


def slop_item():
    return {
        "product_id": G(lambda f: f.digits(5)),
        "sku": G(
            lambda f: f.pick(
                ["SC-COKE24", "SC-MARL-CTN", "SC-NOODLE-40", "SC-PHCARD-10", "SC-SOAP", "SC-WIFI-5GB"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Coca-Cola 24 x 330ml",
                    "Marlboro Red carton",
                    "Lucky Me Pancit Canton x40",
                    "Calling card USD 10",
                    "Safeguard soap x6",
                    "Starlink data 5 GB",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Beverages", "Tobacco", "Food", "Connectivity", "Toiletries"])),
        "price": G(lambda f: f.pick([9.5, 22.0, 14.0, 10.0, 4.75, 12.0])),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


def sea_service():
    return {
        "vesselName": G(lambda f: f.pick(VESSELS)),
        "imo": G(lambda f: f.imo()),
        "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
        "flag": G(lambda f: f.pick(FLAGS)),
        "grt": G(lambda f: f.r.randint(8000, 110000)),
        "engine": G(
            lambda f: f.pick(["MAN B&W 6S50ME-C", "Wartsila 6RT-flex50", "WinGD X72", "MAN 7G80ME-C"])
        ),
        "rank": G(lambda f: f.pick(RANKS)),
        "company": G(lambda f: f.pick(PRINCIPALS)),
        "signOn": G(lambda f: f.date(2015, 2023)),
        "signOff": G(lambda f: f.date(2015, 2024)),
        "reasonForLeaving": G(
            lambda f: f.pick(["End of contract", "Promotion", "Vessel sold", "Crew change"])
        ),
    }


GREEN_NOTES = [
    "Cargo ops at Santos anchorage, rest split in two periods.",
    "Port state inspection in Rotterdam, extended watch.",
    "Heavy weather, bridge manned 3 watches.",
    "Bunkering at Singapore OPL.",
    "Pilot on board 0430, all fast 0710.",
    "Drydock Sembcorp, normal hours.",
]


# -- events: (type, event or screen/page name, client, body) ----------------------------------------

EVENTS = [
    # -- seafarer portal (web, analytics.js) --------------------------------------------------------
    (
        "page",
        "Vacancies",
        "web:/vacancies:Vacancies",
        {
            "path": G(lambda f: "/vacancies"),
            "title": G(lambda f: "Vacancies | Bluewave Manning"),
            "url": G(
                lambda f: f"https://{f.pick(PORTALS)}/vacancies?rank={f.pick(['ab', 'oiler', 'c-off', '2e'])}"
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["?rank=ab", "?rank=oiler", "?vessel=lng", ""])),
        },
    ),
    (
        "track",
        "Jobs Searched",
        "web:/vacancies:Vacancies",
        {
            "query": G(
                lambda f: f.pick(
                    ["2nd engineer lng", "ab seaman bulk", "messman", "chief cook tanker", "eto"]
                )
            ),
            "filters": {
                "rank": G(lambda f: f.pick(RANKS)),
                "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
                "minWageUsd": G(lambda f: f.pick([800, 1200, 2500, 6000])),
                "contractMonths": G(lambda f: f.pick([4, 6, 9])),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 48)),
            "page": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Vacancy Viewed",
        "web:/vacancies/view:Vacancy",
        {
            "vacancyId": G(lambda f: f"VAC-{f.digits(5)}"),
            "rank": G(lambda f: f.pick(RANKS)),
            "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "flag": G(lambda f: f.pick(FLAGS)),
            "principal": G(lambda f: f.pick(PRINCIPALS)),
            "offeredWageUsd": G(lambda f: f.pick([1050, 1450, 3200, 6800, 9500])),
            "contractMonths": G(lambda f: f.pick([4, 6, 9])),
            "joiningPort": G(lambda f: f.pick(PORTS)),
            "postedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Application Started",
        "web:/apply:Apply",
        {
            "vacancyId": G(lambda f: f"VAC-{f.digits(5)}"),
            "entryPoint": G(lambda f: f.pick(["vacancy_page", "facebook_ad", "sms_blast"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(46), "advertising id"),
            "utm_source": G(lambda f: f.pick(["facebook", "google", "sms"])),
            "utm_campaign": G(lambda f: f.pick(["q2_deck_ratings", "lng_officers_2024", "cadetship"])),
            "isReturningApplicant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Submitted",
        "web:/apply:Apply",
        {
            "applicationId": G(lambda f: f.uuid()),
            "vacancyId": G(lambda f: f"VAC-{f.digits(5)}"),
            "applicant": {
                "firstName": Y(lambda f: f.given(f.pick(["ph", "ph", "ph", None])), "name"),
                "middleName": Y(lambda f: f.middle(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "birthDate": Y(lambda f: f.dob(), "birthdate"),
                "placeOfBirth": Y(lambda f: f.home_city(), "city|address"),
                "civilStatus": G(lambda f: f.pick(["Single", "Married", "Widowed", "Separated"])),
                "religion": Y(
                    lambda f: f.pick(
                        [
                            "Roman Catholic",
                            "Iglesia ni Cristo",
                            "Greek Orthodox",
                            "Islam",
                            "Born Again Christian",
                            "Lutheran",
                        ]
                    ),
                    "religion",
                ),
                "nationality": Y(lambda f: f.nationality(), "citizenship"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "address": home_address_block(),
                "heightCm": G(lambda f: f.r.randint(155, 192)),
                "coverallSize": G(lambda f: f.pick(["S", "M", "L", "XL", "XXL"])),
                "shoeSize": G(lambda f: f.pick([39, 40, 41, 42, 43, 44])),
            },
            "rank": G(lambda f: f.pick(RANKS)),
            "expectedWageUsd": Y(lambda f: f.pick([900, 1200, 1600, 3800, 7500]), "salary"),
            "availableFrom": G(lambda f: f.future_day()),
            "yearsAtSea": G(lambda f: f.r.randint(0, 25)),
            "hasUsVisa": RED(lambda f: f.pick([True, False]), "visa"),
            "hasSchengenVisa": RED(lambda f: f.pick([True, False]), "visa"),
            "photoUrl": Y(
                lambda f: f"https://cdn.bluewavemanning.com.ph/applicants/{f.hexid(12)}/2x2.jpg", "photo"
            ),
            "cvSha256": G(lambda f: f.hexid(64)),
            "consentDataPrivacyAct": G(lambda f: True),
            "referredBy": Y(lambda f: f.fullname(), "name"),
        },
    ),
    (
        "identify",
        None,
        "web:/account:My Account",
        {
            "email": Y(lambda f: f.given() and f.mail(), "email"),
            "firstName": Y(lambda f: f.cur[0], "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "Male", "M"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "crewId": G(lambda f: f.crew_id()),
            "rank": G(lambda f: f.pick(RANKS)),
            "nationality": Y(lambda f: f.nationality("alpha2"), "citizenship"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "profileCompleteness": G(lambda f: f.r.randint(20, 100)),
            "preferredVesselTypes": Many(G(lambda f: f.pick(VESSEL_TYPES)), 3),
            "age": G(lambda f: f.r.randint(19, 62)),
        },
    ),
    (
        "track",
        "CV Updated",
        "web:/cv:My CV",
        {
            "cvId": G(lambda f: f.uuid()),
            "sectionsChanged": Many(
                G(lambda f: f.pick(["sea_service", "certificates", "education", "references"])), 3
            ),
            "seaService": Many(sea_service(), 4),
            "totalSeaMonths": G(lambda f: f.r.randint(6, 300)),
            "references": Many(
                {
                    "name": Y(lambda f: "Capt. " + f.fullname(), "name"),
                    "position": G(
                        lambda f: f.pick(["Master", "Crewing Manager", "Chief Engineer", "Superintendent"])
                    ),
                    "company": G(lambda f: f.pick(PRINCIPALS)),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "email": Y(lambda f: f.mail(), "email"),
                },
                2,
            ),
            "education": {
                "school": G(
                    lambda f: f.pick(
                        ["PMMA", "MAAP", "John B. Lacson Foundation", "Norwegian Maritime Academy"]
                    )
                ),
                "course": G(
                    lambda f: f.pick(
                        ["BS Marine Transportation", "BS Marine Engineering", "Nautical Science"]
                    )
                ),
                "yearGraduated": G(lambda f: f.r.randint(1990, 2023)),
            },
        },
    ),
    (
        "track",
        "Certificate Uploaded",
        "web:/documents:Documents",
        {
            "documentId": G(lambda f: f.uuid()),
            "certificateType": G(lambda f: f.pick(CERT_TYPES)),
            "certificateNumber": Y(lambda f: f.coc(), "certificate"),
            "issuingAuthority": G(
                lambda f: f.pick(["MARINA", "Sjøfartsdirektoratet", "YNANP Greece", "DG Shipping India"])
            ),
            "issueDate": G(lambda f: f.date(2016, 2024)),
            "expiryDate": G(lambda f: f.future_day()),
            "fileName": G(
                lambda f: f.pick(
                    [
                        f"IMG_2024{f.r.randint(1000, 1231)}_{f.digits(6)}.jpg",
                        f"scan_{f.digits(4)}.pdf",
                        "certificate.pdf",
                        f"CamScanner {f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}-2024.pdf",
                    ]
                )
            ),
            "fileSizeKb": G(lambda f: f.r.randint(80, 6000)),
            "mimeType": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/png"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Seaman Book Uploaded",
        "web:/documents:Documents",
        {
            "documentId": G(lambda f: f.uuid()),
            "documentType": G(lambda f: f.pick(["SIRB", "Seaman's Book", "Seafarer Identity Document"])),
            "bookNumber": RED(lambda f: f.seaman_book(), "national id|passport"),
            "issuingCountry": G(lambda f: f.pick(["PH", "GR", "UA", "IN", "NO"])),
            "expiryDate": G(lambda f: f.future_day()),
            "pagesScanned": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Passport Details Saved",
        "web:/documents:Documents",
        {
            "passportNumber": RED(lambda f: f.passport(), "passport"),
            "issuingCountry": G(lambda f: f.pick(["PHL", "GRC", "NOR", "UKR", "IND"])),
            "issueDate": G(lambda f: f.date(2015, 2024)),
            "expiryDate": G(lambda f: f.future_day()),
            "placeOfIssue": G(
                lambda f: f.pick(["DFA Manila", "DFA Cebu", "Athens", "Oslo politidistrikt", "Odesa"])
            ),
            "passportScanned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medical Certificate Uploaded",
        "web:/documents:Documents",
        {
            "documentId": G(lambda f: f.uuid()),
            "certificateNumber": Y(lambda f: f.coc(), "certificate"),
            "clinic": G(
                lambda f: f.pick(
                    [
                        "Seamen's Hospital Manila",
                        "Medical Center Piraeus",
                        "Sjømannslegen Bergen",
                        "NGL Medical Manila",
                    ]
                )
            ),
            "examDate": G(lambda f: f.date(2023, 2024)),
            "expiryDate": G(lambda f: f.future_day()),
            "fitForSeaDuty": Y(lambda f: f.pick([True, True, False]), "condition"),
            "restrictions": Y(
                lambda f: f.pick(["none", "no lookout duties", "fit with glasses", "no tropical waters"]),
                "condition",
            ),
            "colourVisionTest": Y(lambda f: f.pick(["pass", "fail", "pass (lantern)"]), "condition"),
            "drugAlcoholTest": Y(
                lambda f: f.pick(["negative", "negative", "positive", "inconclusive"]), "diagnosis|condition"
            ),
            "physician": {
                "name": Y(lambda f: "Dr. " + f.fullname(), "name"),
                "licenseNo": Y(lambda f: f"PRC {f.digits(7)}", "license"),
            },
        },
    ),
    (
        "track",
        "Next of Kin Updated",
        "web:/family:Family",
        {
            "nextOfKin": {
                "fullName": Y(lambda f: f.fullname(), "name"),
                "relationship": G(lambda f: f.pick(["Wife", "Husband", "Mother", "Father", "Sister", "Son"])),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.home_address(), "address"),
            },
            "dependants": Many(
                {
                    "name": Y(lambda f: f.given("ph") + " " + f.family(), "name"),
                    "birthDate": Y(lambda f: f.date(2000, 2022), "birthdate"),
                    "relationship": G(lambda f: f.pick(["Son", "Daughter", "Spouse"])),
                },
                3,
            ),
            "numberOfChildren": G(lambda f: f.r.randint(0, 5)),
            "sameAddressAsSeafarer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Allotment Set Up",
        "web:/allotment:Allotment",
        {
            "allotmentId": G(lambda f: f"ALT-{f.digits(6)}"),
            "beneficiaryName": Y(lambda f: f.fullname("ph"), "name"),
            "relationship": G(lambda f: f.pick(["Wife", "Mother", "Father", "Sibling"])),
            "bankName": G(lambda f: f.pick(BANKS_PH)),
            "branch": G(
                lambda f: f.pick(["Makati Ayala", "Cebu Mango Ave", "Iloilo Iznart", "Batangas Kumintang"])
            ),
            "accountNumber": RED(lambda f: f.ph_account(), "bank account"),
            "accountType": G(lambda f: f.pick(["savings", "checking"])),
            "percentage": G(lambda f: f.pick([50, 70, 80, 100])),
            "gcashNumber": Y(lambda f: f.tel("ph"), "phone"),
            "beneficiaryAddress": Y(lambda f: f.home_address(), "address"),
            "swiftCode": G(lambda f: f.pick(["BNORPHMM", "BOPIPHMM", "MBTCPHMM", "TLBPPHMM"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web:/account:My Account",
        {
            "sessiontoken": G(lambda f: f.uuid()),
            "input": Y(lambda f: f.home_street(), "address", True),
            "prediction": {
                "description": Y(lambda f: f.home_address(), "address", True),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "types": Many(G(lambda f: f.pick(["street_address", "premise", "route"])), 2),
            },
            "predictionsShown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Login Form Submitted",
        "web:/login:Sign in",
        {
            "form": {
                "id": G(lambda f: "login-form"),
                "action": G(lambda f: "/session"),
                "username": Y(lambda f: f.given() and f.mail(), "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Bluewave2024!", "marino123", "Seaman@88", "Pass1234", "ilovemyfamily"]
                    ),
                    "password",
                ),
                "rememberMe": G(lambda f: f.pick([True, False])),
            },
            "failed": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # -- training e-commerce (web) -------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web:/training:Training",
        {
            "query": G(lambda f: f.pick(["bst refresher", "ecdis jrc", "sso", "high voltage", "mefa cebu"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web:/training/course:Course",
        {**course(), "currency": G(lambda f: f.pick(["PHP", "EUR", "NOK"]))},
    ),
    (
        "track",
        "Order Completed",
        "web:/training/checkout:Checkout",
        {
            "order_id": G(lambda f: f"TRN-{f.digits(7)}"),
            "total": G(lambda f: f.money(350, 25000)),
            "tax": G(lambda f: f.money(0, 2000)),
            "discount": G(lambda f: f.pick([0, 500, 1000])),
            "coupon": G(lambda f: f.pick(["", "AMOSUP10", "CADET2024"])),
            "currency": G(lambda f: f.pick(["PHP", "EUR", "NOK"])),
            "products": Many(course(), 3),
            "payment_method": G(lambda f: f.pick(["card", "gcash", "maya", "bank_transfer"])),
            "billing": {
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.home_address(), "address"),
            },
        },
    ),
    # -- crew app (swift) ----------------------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.given() and f.mail(), "email"),
            "firstName": Y(lambda f: f.cur[0], "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "crewId": G(lambda f: f.crew_id()),
            "rank": G(lambda f: f.pick(RANKS)),
            "onboard": G(lambda f: f.pick([True, False])),
            "currentVessel": G(lambda f: f.pick(VESSELS)),
            "pushOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Itinerary",
        "swift",
        {
            "tripId": G(lambda f: f.uuid()),
            "flightNumbers": Many(G(lambda f: f.flight()), 3),
            "hotelName": G(
                lambda f: f.pick(
                    ["Hotel Jen Manila", "Radisson Blu Bergen", "Piraeus Theoxenia", "Crowne Plaza Changi"]
                )
            ),
            "hotelAddress": G(
                lambda f: f.pick(
                    [
                        "Roxas Blvd, Pasay, Metro Manila",
                        "Bryggen, 5003 Bergen",
                        "Karaiskou 23, Piraeus 185 35",
                        "75 Airport Blvd, Singapore 819664",
                    ]
                )
            ),
            "hotelPhone": G(
                lambda f: f.pick(["+63 2 7795 8888", "+47 55 54 30 00", "+30 210 429 4550", "+65 6823 5300"])
            ),
            "portAgent": {
                "company": G(
                    lambda f: f.pick(
                        ["GAC Singapore", "Wilhelmsen Ships Service", "Inchcape Shipping", "Seatrade Piraeus"]
                    )
                ),
                "opsPhone": G(
                    lambda f: f.pick(
                        ["+65 6578 2200", "+47 67 58 40 00", "+30 210 411 2233", "+1 713 335 5200"]
                    )
                ),
                "contactPerson": Y(lambda f: f.fullname(), "name"),
            },
            "daysToJoin": G(lambda f: f.r.randint(0, 21)),
        },
    ),
    (
        "track",
        "Boarding Pass Added",
        "swift",
        {
            "flightNumber": G(lambda f: f.flight()),
            "seat": G(lambda f: f"{f.r.randint(10, 48)}{f.pick('ABCDEFHJK')}"),
            "boardingGroup": G(lambda f: f.pick(["1", "3", "4", "Zone B"])),
            "barcode": Y(
                lambda f: f.boarding_pass(),
                "name",
                True,
            ),
            "addedToWallet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "otp", "face_id"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "deviceTrusted": G(lambda f: f.pick([True, False])),
            "loginCount": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referralCode": G(lambda f: f"BW-{f.hexid(6).upper()}"),
            "friendName": Y(lambda f: f.fullname(), "name"),
            "friendMobile": Y(lambda f: f.tel(), "phone"),
            "friendRank": G(lambda f: f.pick(RANKS)),
            "channel": G(lambda f: f.pick(["viber", "whatsapp", "sms", "messenger"])),
        },
    ),
    ("alias", None, "swift", {}),
    # -- crew app (react native) ---------------------------------------------------------------------
    (
        "screen",
        "Contract Details",
        "rn",
        {
            "contractId": G(lambda f: f"CTR-{f.digits(7)}"),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "rank": G(lambda f: f.pick(RANKS)),
            "startDate": G(lambda f: f.day()),
            "endDate": G(lambda f: f.future_day()),
            "basicWageUsd": Y(lambda f: f.pick([742, 1028, 1450, 2980, 6240, 9100]), "salary"),
            "leavePayUsd": Y(lambda f: f.pick([190, 260, 420, 1100]), "salary"),
            "cba": G(lambda f: f.pick(["IBF JNG", "ITF TCC", "AMOSUP-JSU", "NIS/ITF"])),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        "rn",
        {
            "payslipId": G(lambda f: f.uuid()),
            "month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "netPayUsd": Y(lambda f: f.money(700, 11000), "salary"),
            "downloaded": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Emergency Contact Selected",
        "rn",
        {
            "label": Y(
                lambda f: f"{f.fullname()} ({f.pick(['Wife', 'Mother', 'Brother', 'Husband'])})", "name", True
            ),
            "index": G(lambda f: f.r.randint(0, 3)),
            "source": G(lambda f: f.pick(["profile", "sos_sheet"])),
        },
    ),
    (
        "track",
        "ID Document Scanned",
        "rn",
        {
            "sdk": G(lambda f: f.pick(["regula", "microblink"])),
            "sdkVersion": G(lambda f: f.pick(["7.1.4", "6.9.2", "7.2.0"])),
            "documentType": G(lambda f: f.pick(["passport", "seafarer_id"])),
            "mrz": {
                "line1": Y(lambda f: f.mrz_name(), "name"),
                "line2": RED(
                    lambda f: f.mrz_line2(),
                    "passport",
                ),
            },
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "selfieUrl": Y(lambda f: f"https://kyc.crewlink.app/selfies/{f.uuid()}.jpg", "photo"),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "livenessPassed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vaccination Recorded",
        "rn",
        {
            "vaccine": Y(
                lambda f: f.pick(
                    ["Yellow Fever", "Hepatitis A", "COVID-19 Pfizer", "Typhoid", "Cholera (Dukoral)"]
                ),
                "medication|procedure",
            ),
            "doseNumber": G(lambda f: f.r.randint(1, 3)),
            "clinic": G(lambda f: f.pick(["BOQ Manila", "Travel Clinic Piraeus", "Vaksinesenteret Bergen"])),
            "certificateNo": Y(lambda f: f"ICV-{f.digits(8)}", "certificate"),
            "administeredOn": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "rn",
        {
            "conversationId": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["in_app", "viber"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "Please call my wife {p}, she did not receive the allotment.",
                        "My new number is {p}",
                        "Sir, pls contact me at {p} re: medical schedule",
                        "Kindly update my contact no. to {p}. Salamat po",
                    ]
                ).format(p=f.tel()),
                "phone",
                True,
            ),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
            "category": G(lambda f: f.pick(["allotment", "documents", "travel", "other"])),
        },
    ),
    # -- Norwegian crew app (flutter) ----------------------------------------------------------------
    (
        "track",
        "Timeliste Sendt",
        "flutter",
        {
            "ansattnummer": G(lambda f: f.digits(5)),
            "navn": Y(lambda f: f.fullname("no"), "name"),
            "fartoy": G(
                lambda f: f.pick(["Bergen Viking", "Stena Polaris", "Anna Knudsen", "Fjord Supporter"])
            ),
            "dato": G(lambda f: f.day()),
            "timer_arbeid": G(lambda f: f.pick([8, 10, 12, 14])),
            "timer_hvile": G(lambda f: f.pick([10, 12, 14, 16])),
            "avvik": G(lambda f: f.pick([True, False])),
            "kommentar": G(
                lambda f: f.pick(
                    ["Lasting i Mongstad", "Dårlig vær, ekstra vakt", "Normal drift", "Verkstedopphold"]
                )
            ),
            "signert": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Min profil",
        "flutter",
        {
            "fornavn": Y(lambda f: f.given("no"), "name"),
            "etternavn": Y(lambda f: f.family(), "name"),
            "mobil": Y(lambda f: f.tel("no"), "phone"),
            "epost": Y(lambda f: f.mail(), "email"),
            "postnummer": Y(lambda f: f.postcode(), "zipcode"),
            "poststed": Y(lambda f: f.home_city(), "city"),
            "stilling": G(lambda f: f.pick(["Kaptein", "Styrmann", "Maskinsjef", "Matros", "Kokk"])),
            "fagforening": Y(
                lambda f: f.pick(
                    ["Norsk Sjømannsforbund", "Det Norske Maskinistforbund", "Norsk Sjøoffisersforbund"]
                ),
                "trade union",
            ),
        },
    ),
    # -- master's onboard app (kotlin) ---------------------------------------------------------------
    (
        "track",
        "Rest Hours Logged",
        "kotlin",
        {
            "crewId": G(lambda f: f.crew_id()),
            "crewName": Y(lambda f: f.fullname(), "name"),
            "rank": G(lambda f: f.pick(RANKS)),
            "date": G(lambda f: f.day()),
            "hoursOfRest": G(lambda f: f.pick([10.0, 11.5, 12.0, 14.0, 9.5])),
            "restPeriods": Many(
                {
                    "from": G(lambda f: f"{f.r.randint(0, 23):02d}:00"),
                    "to": G(lambda f: f"{f.r.randint(0, 23):02d}:30"),
                },
                3,
            ),
            "nonConformity": G(lambda f: f.pick([True, False])),
            "note": G(lambda f: f.pick(GREEN_NOTES)),
            "vesselImo": G(lambda f: f.imo()),
        },
    ),
    (
        "track",
        "Drill Recorded",
        "kotlin",
        {
            "drillId": G(lambda f: f.uuid()),
            "drillType": G(
                lambda f: f.pick(["abandon_ship", "fire", "enclosed_space", "man_overboard", "oil_spill"])
            ),
            "musterTimeSec": G(lambda f: f.r.randint(90, 600)),
            "participants": Many(Y(lambda f: f.fullname(), "name"), 5),
            "absentCount": G(lambda f: f.r.randint(0, 3)),
            "location": G(
                lambda f: f.pick(["Lifeboat 1 (STBD)", "Muster station A", "Engine room", "Pump room"])
            ),
            "conductedBy": G(lambda f: f.pick(["Master", "Chief Officer", "Chief Engineer"])),
        },
    ),
    (
        "track",
        "Crew Signed On",
        "kotlin",
        {
            "seafarerId": G(lambda f: f.crew_id()),
            "fullName": Y(lambda f: f.fullname(), "name"),
            "rank": G(lambda f: f.pick(RANKS)),
            "port": G(lambda f: f.pick(PORTS)),
            "signOnDate": G(lambda f: f.day()),
            "contractMonths": G(lambda f: f.pick([4, 6, 9])),
            "seamanBookNo": RED(lambda f: f.seaman_book(), "national id|passport"),
            "passportNo": RED(lambda f: f.passport(), "passport"),
            "signatureImage": Y(
                lambda f: f"content://no.nordkyst.shiplog/signatures/{f.uuid()}.png", "photo"
            ),
            "familiarisationDone": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Crew Signed Off",
        "kotlin",
        {
            "seafarerId": G(lambda f: f.crew_id()),
            "fullName": Y(lambda f: f.fullname(), "name"),
            "rank": G(lambda f: f.pick(RANKS)),
            "port": G(lambda f: f.pick(PORTS)),
            "reason": G(lambda f: f.pick(["end_of_contract", "crew_change", "promotion", "vessel_sale"])),
            "medicalRepatriation": Y(lambda f: f.pick([True, False, False]), "condition"),
            "daysOnBoard": G(lambda f: f.r.randint(30, 300)),
            "wageBalanceUsd": Y(lambda f: f.money(100, 9000), "salary"),
        },
    ),
    (
        "track",
        "Injury Reported",
        "kotlin",
        {
            "incidentId": G(lambda f: f"INC-{f.digits(5)}"),
            "injured": {
                "crewId": G(lambda f: f.crew_id()),
                "name": Y(lambda f: f.fullname(), "name"),
                "rank": G(lambda f: f.pick(RANKS)),
            },
            "injuryType": Y(
                lambda f: f.pick(["laceration", "fracture", "burn", "sprain", "contusion"]),
                "condition|diagnosis",
            ),
            "bodyPart": Y(
                lambda f: f.pick(["left hand", "right ankle", "lower back", "forearm", "eye"]), "condition"
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        "Cut left hand on wire rope during mooring, 3 stitches",
                        "Slipped on wet deck, suspected ankle fracture",
                        "Hot oil splash on forearm in galley, 2nd degree burn",
                        "Back strain lifting provisions, painkillers given",
                    ]
                ),
                "condition",
                True,
            ),
            "medicineGiven": Y(
                lambda f: f.pick(
                    ["paracetamol 500mg", "ibuprofen 400mg", "amoxicillin 500mg", "silver sulfadiazine"]
                ),
                "medication",
            ),
            "lostTimeHours": G(lambda f: f.r.randint(0, 72)),
            "reportedToFlagState": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Health Declaration Submitted",
        "kotlin",
        {
            "crewId": G(lambda f: f.crew_id()),
            "portOfCall": G(lambda f: f.pick(PORTS)),
            "temperatureC": Y(lambda f: round(f.r.uniform(36.0, 38.6), 1), "condition"),
            "symptoms": Many(
                Y(lambda f: f.pick(["cough", "fever", "sore throat", "fatigue"]), "condition"), 2
            ),
            "chronicIllness": Y(lambda f: f.pick([True, False]), "condition"),
            "declaredAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Overtime Recorded",
        "kotlin",
        {
            "crewId": G(lambda f: f.crew_id()),
            "month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "hours": G(lambda f: f.r.randint(0, 120)),
            "rateUsd": Y(lambda f: f.pick([4.6, 6.2, 8.9, 14.5, 22.0]), "salary"),
            "approvedBy": Y(lambda f: "Capt. " + f.fullname(), "name"),
        },
    ),
    (
        "track",
        "Order Completed",
        "kotlin",
        {
            "order_id": G(lambda f: f"SLOP-{f.digits(6)}"),
            "total": G(lambda f: f.money(4, 180)),
            "currency": G(lambda f: "USD"),
            "products": Many(slop_item(), 4),
            "payment_method": G(lambda f: f.pick(["wage_deduction", "cash"])),
            "coupon": G(lambda f: f.pick(["", "XMAS"])),
        },
    ),
    (
        "screen",
        "Crew List",
        "kotlin",
        {
            "crewCount": G(lambda f: f.r.randint(14, 28)),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "filter": G(lambda f: f.pick(["all", "deck", "engine", "catering"])),
            "exported": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- back office and integrations (servers) -------------------------------------------------------
    (
        "track",
        "Crew Searched",
        "web:/backoffice/crew:Crew | Back Office",
        {
            "q": Y(lambda f: f.given() and f.pick([f.mail(), f.tel(), f.mail()]), "email|phone", True),
            "resultCount": G(lambda f: f.r.randint(0, 5)),
            "filters": {
                "status": G(lambda f: f.pick(["on_board", "on_vacation", "applicant", "blacklisted"])),
                "rank": G(lambda f: f.pick(RANKS)),
            },
        },
    ),
    (
        "track",
        "Application Reviewed",
        "python",
        {
            "applicationId": G(lambda f: f.uuid()),
            "reviewer": {
                "staffId": G(lambda f: f"ST{f.digits(3)}"),
                "name": Y(lambda f: f.fullname("ph"), "name"),
                "email": Y(
                    lambda f: f.staff_mail(),
                    "email",
                ),
            },
            "decision": G(lambda f: f.pick(["shortlisted", "rejected", "for_interview", "pooled"])),
            "score": G(lambda f: f.r.randint(1, 10)),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Good sea service on bulkers, needs ECDIS refresher.",
                        "Incomplete documents.",
                        "Strong LNG experience, recommend for Kalypso.",
                        "Below minimum sea time.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Vessel Assigned",
        "python",
        {
            "assignmentId": G(lambda f: f.uuid()),
            "seafarerId": G(lambda f: f.crew_id()),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "imo": G(lambda f: f.imo()),
            "vesselType": G(lambda f: f.pick(VESSEL_TYPES)),
            "flag": G(lambda f: f.pick(FLAGS)),
            "principal": G(lambda f: f.pick(PRINCIPALS)),
            "joiningPort": G(lambda f: f.pick(PORTS)),
            "joiningDate": G(lambda f: f.future_day()),
            "rank": G(lambda f: f.pick(RANKS)),
            "crewingManager": Y(lambda f: f.fullname("gr"), "name"),
            "crewingMailbox": G(
                lambda f: f.pick(
                    ["crewing@kalypsomaritime.gr", "crew@nordkyst.no", "ops@bluewavemanning.com.ph"]
                )
            ),
        },
    ),
    (
        "track",
        "Visa Status Updated",
        "python",
        {
            "seafarerId": G(lambda f: f.crew_id()),
            "visaType": RED(lambda f: f.pick(["C1/D", "Schengen C", "Australian MCV", "UK Transit"]), "visa"),
            "visaNumber": RED(
                lambda f: f.pick(
                    [f"{f.digits(8)}", f"NOR{f.digits(9)}", f"{f.digits(3)}{f.pick('ABC')}{f.digits(5)}"]
                ),
                "visa",
            ),
            "visaStatus": RED(
                lambda f: f.pick(["approved", "pending", "refused", "interview_scheduled"]), "visa"
            ),
            "issuingCountry": G(lambda f: f.pick(["US", "NO", "GR", "AU"])),
            "embassyAppointmentAt": G(lambda f: f.iso()),
            "okToBoardLetterSent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "python:traits",
        {
            "SEAFARER_ID": G(lambda f: f.crew_id()),
            "FIRST_NAME": Y(lambda f: f.given("ph"), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "MOBILE_NO": Y(lambda f: f.tel(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "RANK": G(lambda f: f.pick(RANKS)),
            "LAST_VESSEL": G(lambda f: f.pick(VESSELS)),
            "TOTAL_SEA_MONTHS": G(lambda f: f.r.randint(3, 320)),
            "SSS_NO": RED(lambda f: f.sss(), "social security number|national id"),
            "PHILHEALTH_NO": RED(lambda f: f.philhealth(), "health id"),
            "PAGIBIG_MID": RED(lambda f: f.pagibig(), "national id"),
            "TIN": RED(lambda f: f.tin(), "national id"),
            "NEXT_OF_KIN_NAME": Y(lambda f: f.fullname("ph"), "name"),
            "NEXT_OF_KIN_PHONE": Y(lambda f: f.tel("ph"), "phone"),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "DAYS_SINCE_LAST_CONTRACT": G(lambda f: f.r.randint(0, 900)),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contract Issued",
        "java",
        {
            "contractId": G(lambda f: f"CTR-{f.digits(7)}"),
            "seafarerId": G(lambda f: f.crew_id()),
            "rank": G(lambda f: f.pick(RANKS)),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "principal": G(lambda f: f.pick(PRINCIPALS)),
            "basicWageUsd": Y(lambda f: f.pick([742, 1028, 1450, 2980, 6240, 9100]), "salary"),
            "overtimeRateUsd": Y(lambda f: f.pick([4.6, 6.2, 8.9, 14.5]), "salary"),
            "contractMonths": G(lambda f: f.pick([4, 6, 9])),
            "oecNumber": Y(lambda f: f"OEC-{f.r.randint(2023, 2024)}-{f.digits(7)}", "certificate"),
            "dmwAccreditationNo": G(lambda f: f.pick(["DMW-128-LB-03122019-R", "DMW-041-SB-11052018-R"])),
            "signedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Crew Change Planned",
        "java",
        {
            "crewChangeId": G(lambda f: f.uuid()),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "imo": G(lambda f: f.imo()),
            "port": G(lambda f: f.pick(PORTS)),
            "eta": G(lambda f: f.iso()),
            "onsigners": Many(
                {
                    "seafarerId": G(lambda f: f.crew_id()),
                    "fullName": Y(lambda f: f.fullname(), "name"),
                    "rank": G(lambda f: f.pick(RANKS)),
                },
                4,
            ),
            "offsigners": Many(
                {
                    "seafarerId": G(lambda f: f.crew_id()),
                    "fullName": Y(lambda f: f.fullname(), "name"),
                    "rank": G(lambda f: f.pick(RANKS)),
                },
                4,
            ),
            "agentEmail": G(
                lambda f: f.pick(["husbandry.sg@gac.com", "ops.rtm@wilhelmsen.com", "crew@inchcape.gr"])
            ),
            "estimatedCostUsd": G(lambda f: f.money(2000, 40000)),
            "quarantineRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Union Dues Deducted",
        "java",
        {
            "seafarerId": G(lambda f: f.crew_id()),
            "union": Y(lambda f: f.pick(UNIONS), "trade union"),
            "membershipNo": Y(
                lambda f: f.pick([f"AM-{f.digits(6)}", f"{f.digits(7)}", f"PNO{f.digits(5)}"]), "trade union"
            ),
            "duesUsd": G(lambda f: f.pick([15.0, 20.0, 35.5])),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "track",
        "Flight Booked",
        "node",
        {
            "pnr": G(lambda f: f.pnr()),
            "bookedBy": G(
                lambda f: f.pick(
                    ["travel@bluewavemanning.com.ph", "crewtravel@kalypsomaritime.gr", "reise@nordkyst.no"]
                )
            ),
            "fareType": G(lambda f: f.pick(["marine", "marine_flex", "economy"])),
            "totalFare": G(lambda f: f.money(300, 4000)),
            "currency": G(lambda f: f.pick(["USD", "EUR", "NOK"])),
            "passengers": Many(
                {
                    "title": G(lambda f: f.pick(["MR", "MS", "MRS"])),
                    "firstName": Y(lambda f: f.given(), "name"),
                    "lastName": Y(lambda f: f.family(), "name"),
                    "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "passportNumber": RED(lambda f: f.passport(), "passport"),
                    "passportExpiry": G(lambda f: f.future_day()),
                    "nationality": Y(lambda f: f.nationality("alpha3"), "citizenship"),
                    "frequentFlyerNumber": G(
                        lambda f: f.pick([f"QR{f.digits(9)}", f"EK{f.digits(9)}", f"SK{f.digits(9)}"])
                    ),
                    "ticketNumber": G(lambda f: f"157{f.digits(10)}"),
                    "seat": G(lambda f: f"{f.r.randint(10, 48)}{f.pick('ABCDEFHJK')}"),
                },
                3,
            ),
            "segments": Many(
                {
                    "flightNumber": G(lambda f: f.flight()),
                    "origin": G(lambda f: f.pick(AIRPORTS)),
                    "destination": G(lambda f: f.pick(AIRPORTS)),
                    "departureTime": G(lambda f: f.iso()),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        "node",
        {
            "event": G(lambda f: "invitee.created"),
            "payload": {
                "uri": G(
                    lambda f: f"https://api.calendly.com/scheduled_events/{f.uuid()}/invitees/{f.uuid()}"
                ),
                "name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "timezone": G(
                    lambda f: f.pick(["Asia/Manila", "Europe/Athens", "Europe/Kyiv", "Asia/Kolkata"])
                ),
                "text_reminder_number": Y(lambda f: f.tel(), "phone"),
                "rescheduled": G(lambda f: f.pick([True, False])),
                "scheduled_event": {
                    "name": G(
                        lambda f: f.pick(
                            ["Officer interview (30 min)", "Ratings screening call", "Principal interview"]
                        )
                    ),
                    "start_time": G(lambda f: f.iso()),
                    "location": {
                        "type": G(lambda f: "zoom"),
                        "join_url": G(lambda f: f"https://us06web.zoom.us/j/{f.digits(11)}"),
                    },
                },
                "questions_and_answers": Many(
                    {
                        "question": G(lambda f: "WhatsApp or Viber number we can reach you on"),
                        "answer": Y(lambda f: f.tel(), "phone", True),
                        "position": G(lambda f: 0),
                    },
                    1,
                ),
            },
        },
    ),
    (
        "track",
        "transfer-booked",
        "node",
        {
            "transfer-id": G(lambda f: f"TRF-{f.digits(6)}"),
            "pickup-time": G(lambda f: f.local_dt()),
            "pickup-location": G(
                lambda f: f.pick(
                    ["NAIA Terminal 1", "Hotel Jen Manila", "Port of Piraeus Gate E1", "Bergen Flesland"]
                )
            ),
            "dropoff-location": G(
                lambda f: f.pick(
                    ["Rotterdam Waalhaven", "Changi Terminal 3", "Hotel Theoxenia", "Mongstad terminal"]
                )
            ),
            "passenger-name": Y(lambda f: f.fullname(), "name"),
            "passenger-mobile": Y(lambda f: f.tel(), "phone"),
            "driver-name": Y(lambda f: f.fullname("xx"), "name"),
            "driver-phone": Y(lambda f: f.tel(), "phone"),
            "vehicle-plate": Y(lambda f: f.plate(), "license"),
            "vehicle-type": G(lambda f: f.pick(["sedan", "van", "minibus"])),
            "pax-count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "email": Y(lambda f: f.given() and f.mail(), "email"),
            "link": RED(
                lambda f: f"https://crew.bluewavemanning.com.ph/auth/callback?token={f.hexid(48)}",
                "token",
                True,
            ),
            "expiresInMinutes": G(lambda f: f.pick([10, 15, 30])),
            "template": G(lambda f: "magic_link_v2"),
        },
    ),
    (
        "track",
        "Course Payment Succeeded",
        "node",
        {
            "type": G(lambda f: "payment_intent.succeeded"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_3" + f.hexid(21)),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "payment_method": RED(
                        lambda f: "pm_1" + "".join(f.r.choice(ALNUM) for _ in range(23)), "token"
                    ),
                    "amount": G(lambda f: f.pick([45000, 78000, 125000, 35000])),
                    "currency": G(lambda f: f.pick(["php", "eur", "nok"])),
                    "receipt_email": Y(lambda f: f.given() and f.mail(), "email"),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: f.pick(["PH", "GR", "NO"])),
                        "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.fullname(), "name"),
                        "phone": Y(lambda f: f.tel(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.home_street(), "address|street"),
                            "city": Y(lambda f: f.home_city(), "city"),
                            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                            "country": G(lambda f: f.pick(["PH", "GR", "NO"])),
                        },
                    },
                }
            },
        },
    ),
    (
        "track",
        "Crew Enrolled",
        "node",
        {
            "onoma": Y(lambda f: f.given("gr"), "name"),
            "eponymo": Y(lambda f: f.family(), "name"),
            "patronymo": Y(lambda f: f.pick(GR_MALE), "name"),
            "imerominia_gennisis": Y(lambda f: f.dob(), "birthdate"),
            "amka": RED(lambda f: f.amka(), "social security number|national id"),
            "afm": RED(lambda f: f.afm(), "national id"),
            "ar_nautikou_fylladiou": RED(lambda f: f"NF {f.digits(6)}", "national id|passport"),
            "mitroo_nat": RED(lambda f: f.digits(6), "social security number|national id"),
            "tilefono": Y(lambda f: f.tel("gr"), "phone"),
            "dieuthynsi": Y(lambda f: f.home_street(), "address|street"),
            "tk": Y(lambda f: f.postcode(), "zipcode"),
            "poli": Y(lambda f: f.home_city(), "city"),
            "ypikootita": Y(lambda f: f.pick(["Ελληνική", "Greek", "GR"]), "citizenship"),
            "eidikotita": G(lambda f: f.pick(GR_RANKS)),
            "ploio": G(lambda f: f.pick(["Eleni K", "Aegean Spirit", "Kalypso", "Thalassa"])),
            "limani_epivivasis": G(lambda f: f.pick(["Πειραιάς", "Piraeus", "Rotterdam", "Singapore"])),
        },
    ),
    (
        "track",
        "Allotment Beneficiary Added",
        "node",
        {
            "pangalan": Y(lambda f: f.given("ph"), "name"),
            "apelyido": Y(lambda f: f.family(), "name"),
            "kaarawan": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "relasyon": G(lambda f: f.pick(["asawa", "anak", "nanay", "tatay", "kapatid"])),
            "numero_ng_telepono": Y(lambda f: f.tel("ph"), "phone"),
            "tirahan": Y(lambda f: f.home_address(), "address"),
            "bangko": G(lambda f: f.pick(BANKS_PH)),
            "numero_ng_account": RED(lambda f: f.ph_account(), "bank account"),
            "channel": G(lambda f: f.pick(["messenger_bot", "viber_bot"])),
        },
    ),
    (
        "track",
        "Ticket Created",
        "php",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Allotment not received for March",
                            "Request for COE",
                            "Flight details",
                            "SIRB renewal",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["allotment", "documents", "travel", "payroll"])), 3),
                "requester": {
                    "name": Y(lambda f: f.fullname(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                },
                "description": Y(
                    lambda f: f.pick(
                        [
                            "Good day po. Please call me at {p}.",
                            "Kindly contact my mother at {p} regarding the remittance.",
                            "I am now reachable on {p} while on vacation.",
                        ]
                    ).format(p=f.tel()),
                    "phone",
                    True,
                ),
                "via": G(lambda f: f.pick(["email", "web", "api"])),
            },
            "brand": G(lambda f: f.pick(["Bluewave Crew Support", "Kalypso Crew Desk"])),
        },
    ),
    (
        "track",
        "Course Fee Paid",
        "php",
        {
            "invoice_no": G(lambda f: f"INV-{f.digits(6)}"),
            "course_code": G(lambda f: f.pick(["BST-REF-5D", "PSCRB-3D", "SSO-3D", "MEFA-5D"])),
            "amount": G(lambda f: f.pick([4500, 7800, 12500])),
            "name_on_card": Y(lambda f: f.fullname().upper(), "name"),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_type": G(lambda f: f.pick(["VISA", "MC", "AMEX"])),
            "billing_zip": Y(lambda f: f.postcode(), "zipcode"),
            "gateway": G(lambda f: f.pick(["paynamics", "dragonpay"])),
        },
    ),
    (
        "track",
        "Document Expiry Reminder Sent",
        "ruby",
        {
            "to": Y(lambda f: f.given() and f.mail(), "email", True),
            "from": G(lambda f: f.pick(["no-reply@bluewavemanning.com.ph", "documents@kalypsomaritime.gr"])),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.bluewavemanning.com.ph>"),
            "template": G(lambda f: f.pick(["doc_expiry_30d", "doc_expiry_7d", "doc_expired"])),
            "document_type": G(lambda f: f.pick(["passport", "sirb", "medical", "coc", "us_visa"])),
            "days_to_expiry": G(lambda f: f.pick([30, 7, 0, -3])),
            "provider": G(lambda f: f.pick(["postmark", "sendgrid"])),
        },
    ),
    (
        "track",
        "Integration Connected",
        "ruby",
        {
            "provider": G(lambda f: f.pick(["Xero", "Sendgrid", "Twilio", "Amadeus"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "connected_by": Y(
                lambda f: f.staff_mail("ph"),
                "email",
            ),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "webhooks"])), 3),
        },
    ),
    (
        "track",
        "SMS Delivered",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+12025550147", "BLUEWAVE", "+4759440000"])),
            "To": Y(lambda f: f.given() and f.tel(), "phone", True),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your Bluewave Crew code is {c}",
                        "{c} is your verification code. Do not share it.",
                        "Crewlink: use {c} to sign in",
                    ]
                ).format(c=f.otp()),
                "token",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Allotment Remitted",
        "dotnet",
        {
            "RemittanceId": G(lambda f: f"RMT{f.digits(9)}"),
            "BeneficiaryName": Y(lambda f: f.fullname("ph"), "name"),
            "BankName": G(lambda f: f.pick(BANKS_PH)),
            "AccountNumber": RED(lambda f: f.ph_account(), "bank account"),
            "AmountUsd": G(lambda f: f.money(200, 4000)),
            "AmountPhp": G(lambda f: f.money(11000, 230000)),
            "FxRate": G(lambda f: round(f.r.uniform(55.5, 58.9), 4)),
            "ValueDate": G(lambda f: f.day()),
            "Status": G(lambda f: f.pick(["Credited", "Pending", "Returned"])),
            "PrincipalCode": G(lambda f: f.pick(["KAL", "NKY", "AEB", "HTL"])),
        },
    ),
    (
        "track",
        "Μισθοδοσία Υπολογίστηκε",
        "dotnet",
        {
            "Όνομα": Y(lambda f: f.pick(GR_SCRIPT_FIRST), "name"),
            "Επώνυμο": Y(lambda f: f.pick(GR_SCRIPT_LAST), "name"),
            "ΑΦΜ": RED(lambda f: f.afm(), "national id"),
            "IBAN": RED(lambda f: f.iban_gr(), "bank account"),
            "Μισθός": Y(lambda f: f.money(1400, 9000), "salary"),
            "Ειδικότητα": G(lambda f: f.pick(["Πλοίαρχος", "Υποπλοίαρχος", "Ναύκληρος", "Θερμαστής"])),
            "Πλοίο": G(lambda f: f.pick(["Eleni K", "Aegean Spirit", "Thalassa"])),
            "Μήνας": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        {
            "name": G(lambda f: f.set_org()[0]),
            "industry": G(lambda f: "Shipping"),
            "employees": G(lambda f: f.r.randint(40, 4000)),
            "fleetSize": G(lambda f: f.r.randint(3, 120)),
            "officePhone": G(lambda f: ORGS[f.org][1]),
            "supportEmail": G(lambda f: ORGS[f.org][2]),
            "address": {
                "street": G(lambda f: ORGS[f.org][3]),
                "city": G(lambda f: ORGS[f.org][4]),
                "postalCode": G(lambda f: ORGS[f.org][5]),
                "country": G(lambda f: ORGS[f.org][6]),
            },
            "website": G(lambda f: ORGS[f.org][7]),
            "plan": G(lambda f: f.pick(["manning_pro", "owner_basic"])),
        },
    ),
    (
        "track",
        "Lønnsslipp Sendt",
        "go",
        {
            "fornavn": Y(lambda f: f.given("no"), "name"),
            "etternavn": Y(lambda f: f.family(), "name"),
            "fodselsnummer": RED(lambda f: f.fodselsnummer(), "national id"),
            "kontonummer": RED(lambda f: f.kontonummer(), "bank account"),
            "bruttolonn": Y(lambda f: f.r.randint(38000, 120000), "salary"),
            "adresse": Y(lambda f: f.home_address(), "address"),
            "skattekommune": Y(lambda f: f.home_city(), "city"),
            "stilling": G(lambda f: f.pick(["Kaptein", "Overstyrmann", "Maskinsjef", "Matros", "Kokk"])),
            "periode": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "skip": G(lambda f: f.pick(["Bergen Viking", "Stena Polaris", "Anna Knudsen"])),
            "sendt_til_altinn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vessel Position Updated",
        "go",
        {
            "imo": G(lambda f: f.imo()),
            "mmsi": G(lambda f: f.mmsi()),
            "callSign": G(lambda f: f.pick(["9HA4521", "V7AB2", "LAKX7", "SVBX3", "3FQR8", "D5MN4"])),
            "lat": G(lambda f: round(f.r.uniform(-35, 60), 5)),
            "lon": G(lambda f: round(f.r.uniform(-80, 140), 5)),
            "sog": G(lambda f: round(f.r.uniform(0, 16), 1)),
            "cog": G(lambda f: round(f.r.uniform(0, 359), 1)),
            "navStatus": G(lambda f: f.pick(["under_way", "at_anchor", "moored"])),
            "destination": G(lambda f: f.pick(["NLRTM", "SGSIN", "GRPIR", "USHOU", "NOBGO"])),
            "source": G(lambda f: f.pick(["spire", "marinetraffic"])),
        },
    ),
    (
        "track",
        "Custom Field Updated",
        "go",
        {
            "entity": G(lambda f: "seafarer"),
            "field": G(lambda f: "allotment_account"),
            "value": RED(lambda f: f.any_account(), "bank account", True),
            "updatedBy": G(lambda f: f"ST{f.digits(3)}"),
        },
    ),
    (
        "track",
        "Crew Profile Synced",
        "node:ip",
        {
            "crewId": G(lambda f: f.crew_id()),
            "hrisId": G(lambda f: f.digits(8)),
            "fieldsChanged": Many(G(lambda f: f.pick(["email", "phone", "address", "passport"])), 3),
            "syncStatus": G(lambda f: f.pick(["ok", "partial", "failed"])),
            "durationMs": G(lambda f: f.r.randint(40, 4000)),
        },
    ),
]


def context_for(client: str, f: Sea):
    if client.startswith("web:"):
        _, page, title = client.split(":", 2)
        return web_context(page, title)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    lib, _, extra = client.partition(":")
    return server_context(lib, with_ip=extra == "ip", with_traits=extra == "traits")(f)


def user_id(f: Sea, client: str) -> str:
    if client in ("kotlin", "flutter"):
        return f.digits(5)
    return f.pick([f"sf_{f.digits(7)}", f.uuid()])


def build(seed: int, repeats: int):
    f = Sea(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = user_id(f, client)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f"org_{f.digits(4)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, f), f, "context", labels)
            msg["integrations"] = {}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=322, repeats=36)
    write(Path(__file__).parent, "holdout322_", events, labels)
