"""Writes holdout224: tests/corpus/holdout224_events.jsonl and holdout224_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any score; nothing here was tuned to the engine, and the corpus was not scored
by its author. Run `.venv/bin/python -m tests.corpus.build_holdout224` (seeded, deterministic).

What it covers: "Kormilo", a boat charter and marina berth booking service in Croatia, the US and
Australia. Everyday Segment traffic of such a customer: identify / track / page / screen / group /
alias calls with the `context` blocks of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python / node / go / java / ruby / php / .NET
server libraries (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
location). Events: yacht search and listings, charter bookings (e-commerce spec), damage deposits
(Stripe-shaped), berth reservations, skipper licences, crew lists for the harbour master
(Croatian keys: `popis posade`), float plans and trip logs with GPS tracks, weather, fuel dock
receipts with Croatian fiscalisation (JIR / ZKI), provisioning orders, reviews, support chat,
crew hiring and payroll in Australia and the US, yacht owners' statements, water-sports waivers,
ad attribution, sign-in and verification flows. Values are fake but shaped like real ones:
names from many cultures, Croatian / Australian / US / European phone formats and addresses,
OIBs and Australian TFNs and Medicare numbers with valid check digits, Croatian IBANs with mod-97
check digits, Luhn card numbers, ABA routing numbers with valid checksums, SSA-structured SSNs.

Conventions: mostly camelCase (mobile and web) and snake_case (python, ruby, go, node) keys;
about a fifth of the paths in other conventions real customers have: PascalCase from the .NET
fleet / owner backend and a Twilio webhook forwarded as-is, kebab-case from a Clojure berth
service (via analytics-java), SCREAMING_SNAKE from a warehouse sync (identify from a Snowflake
model), and Croatian keys (`ime`, `prezime`, `datum_rodjenja`, `broj_isprave`, `registracija`,
`blagajnik`, `vlasnik_oib` ...) from the Croatian port, fuel and tax backends.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path gets classification, type (the reference's matcher name, or bank account,
  geolocation, secret, national id, health id, advertising id, credit card, token, credit score;
  `a|b` when either name is fair) and value_only (the key does not say what the value is).
- PII = personal data about a natural person: the user, a guest, a crew member, an emergency
  contact, a recipient, a dependant, a staff member (dock master, cashier, skipper), a yacht
  owner. Colour = the reference default for the matcher (red: ssn, password, visa, veteran,
  disability, credit card, passport, token; yellow: the rest); outside the reference, red for
  secrets, card numbers, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we issue (booking / order / user / device ids, UUIDs, SKUs, invoice numbers),
  versions, timestamps, hashes of non-PII (file checksums, fiscal ZKI codes), amounts, enums,
  counters and booleans even under PII-sounding keys (`emailVerified`, `passport_scanned`,
  `phoneCount`), product / plan / yacht / marina / company / pet names (yachts are often named
  after women: `Katarina`, `Marija` are boats here, green), places that are not the person's
  (searched destinations, marinas and their coordinates, anchorages, ports), country, state,
  locale, timezone, currency, user agents, OS-issued analytics device ids. Card brand, last four,
  expiry and BIN are green; BSB and ABA routing numbers are green; the last four of an SSN red.
- Policy settled cases followed as written: loyalty / member / claim numbers green; ages and age
  bands green; marital status, job titles and employers green; a business's own phone, e-mail
  and address green (marinas, a charter company's group traits, role mailboxes such as
  booking@); UUID tokens (a Places session token) green. Insurance policy numbers yellow
  `identification`; pay, day rates and tips yellow `salary`; credit scores yellow; vessel
  registration marks yellow `license` and hull identification numbers yellow `serial` (the
  VIN / plate rule applied to boats, also for charter-fleet yachts); ad click ids (gclid, fbclid,
  fbp, fbc) yellow `advertising id`; billing addresses yellow `address`. Payment-method tokens
  (Stripe `pm_`), one-time codes, password-reset / sign-in / invite tokens red `token`; Medicare
  and EHIC numbers red `health id`; passport and identity-card numbers red `passport|national id`;
  OIB and TFN numbers of persons red `national id`; work-rights answers and visa
  subclasses red `visa`.
- Decisions where the policy is silent (what a careful privacy owner would want):
  a skipper's licence and a VHF radio certificate are yellow `license` / `certificate`; a
  company's OIB (group traits, fiscal receipts' seller) is a business registration id: green,
  while a natural person's OIB is red; Stripe object ids of intents and charges (`pi_`, `ch_`)
  are transaction ids: green, unlike payment methods; a single-use gift voucher code is a
  one-time code: red `token`; an app push token (context.device.token) is red `token`; GPS
  positions of the user's boat or phone are yellow `geolocation`, a marina's coordinates green;
  place of birth and city of residence are yellow `city`; citizenship / nationality is yellow
  `citizenship`, the country of residence green; sex in a crew list is yellow `sex|gender`;
  a boolean that reveals a health condition (heart condition, pregnancy) is yellow `condition`,
  one that reveals a disability (wheelchair user, service dog) red `disability`, one that
  reveals veteran status (and a military branch) red `veteran`; allergies yellow `allergy`;
  lifestyle diet preferences (vegetarian, vegan) green; damage photos of a boat green, a
  profile photo yellow `photo`; a tracker's IMEI and SIM ICCID yellow `serial`, its Bluetooth
  MAC yellow `mac`.
- Telephony: a Twilio webhook's `To` is the company's own number (green), `From` the guest's
  (yellow), and Twilio's `FromCity` / `FromZip`, derived from the guest's number, are yellow
  `city` / `zipcode`; a transfer driver's `masked_phone` is a call-masking proxy number (green).
- value_only = true when the key is neutral or generic (`value`, `label`, `text`, `note`, `q`,
  `input`, `to`, `attendees[]`, `details`, `message`, `branch`, `pickup_note`,
  `skipper_feedback`, `delivery_instructions`, `ticket.description`) and only the value tells.
  Free text is labelled by what every one of its values carries: a value_only PII path holds
  that PII in every value; free text whose values carry no PII (reviews' comments, damage
  descriptions, shopper notes, SMS bodies) is green. A business phone under a neutral key (a
  click-to-call `label` holding a marina's number) is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

CULTURES = {
    "hr": (
        [
            "Ivana",
            "Luka",
            "Marija",
            "Josip",
            "Ana",
            "Tomislav",
            "Petra",
            "Matej",
            "Nikolina",
            "Ante",
            "Dražen",
            "Katarina",
            "Filip",
            "Lucija",
            "Hrvoje",
            "Mia",
            "Goran",
            "Željka",
            "Marin",
            "Dunja",
        ],
        [
            "Horvat",
            "Kovačević",
            "Babić",
            "Marić",
            "Jurić",
            "Novak",
            "Knežević",
            "Vuković",
            "Perić",
            "Matić",
            "Tomić",
            "Pavlović",
            "Šarić",
            "Božić",
            "Grgić",
            "Radić",
            "Bašić",
            "Jelić",
            "Dujmović",
        ],
    ),
    "de": (
        ["Lukas", "Hannah", "Felix", "Anja", "Maximilian", "Leonie", "Jürgen", "Sabine"],
        ["Müller", "Schneider", "Gruber", "Huber", "Wagner", "Becker", "Hofmann", "Schäfer"],
    ),
    "it": (["Giulia", "Marco", "Alessandro", "Chiara", "Matteo"], ["Rossi", "Bianchi", "Esposito", "Ricci"]),
    "pl": (["Jakub", "Zofia", "Kacper", "Agnieszka"], ["Nowak", "Wiśniewska", "Kowalczyk", "Wójcik"]),
    "cz": (["Tereza", "Ondřej", "Jan", "Kateřina"], ["Dvořák", "Novotná", "Svoboda", "Černý"]),
    "si": (["Anže", "Nika", "Žiga", "Maja"], ["Kranjc", "Horvat", "Zupan", "Potočnik"]),
    "nl": (["Sanne", "Daan", "Bram", "Femke"], ["de Vries", "Jansen", "van den Berg", "Bakker"]),
    "uk": (
        ["Oliver", "Charlotte", "Harry", "Amelia", "George"],
        ["Thompson", "Williams", "Walker", "Hughes"],
    ),
    "ie": (["Siobhán", "Cillian", "Aoife"], ["O'Sullivan", "Murphy", "Ní Bhriain"]),
    "us": (
        ["Emma", "Liam", "Mason", "Olivia", "Jackson", "Aaliyah", "DeShawn", "Camila", "Diego", "Madison"],
        ["Johnson", "Martinez", "Washington", "Brown", "Rodriguez", "Miller", "Davis", "Hernández"],
    ),
    "au": (
        ["Jack", "Matilda", "Kirra", "Lachlan", "Isla", "Cooper", "Jarrah", "Chloe"],
        ["Smith", "Campbell", "Nguyen", "Kelly", "Taylor", "Anderson", "Papadopoulos", "Tran"],
    ),
    "cn": (["Wei", "Xin", "Jiahao", "Mei"], ["Wang", "Zhang", "Li", "Chen"]),
    "in": (["Arjun", "Ananya", "Rohan", "Priya"], ["Sharma", "Iyer", "Reddy", "Menon"]),
    "jp": (["Hiroshi", "Sakura", "Kenji", "Yui"], ["Tanaka", "Suzuki", "Watanabe"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho"], ["Kim", "Park", "Choi"]),
    "ng": (["Chinedu", "Ngozi", "Tunde"], ["Okonkwo", "Adeyemi", "Eze"]),
    "ar": (["Youssef", "Layla", "Omar"], ["Al-Sayed", "Haddad", "Nasser"]),
    "se": (["Lars", "Ingrid", "Mikael", "Elsa"], ["Johansson", "Lindqvist", "Andersson"]),
    "fr": (["Sébastien", "Élodie", "Camille"], ["Lefèvre", "Moreau", "Girard"]),
    "br": (["João", "Beatriz", "Thiago"], ["Oliveira", "Santos", "Pereira"]),
}
CULTURE_WEIGHTS = {"hr": 6, "de": 4, "us": 5, "au": 5, "uk": 2, "it": 2, "pl": 1, "cz": 1, "si": 1}

MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "yahoo.com",
    "gmx.de",
    "web.de",
    "net.hr",
    "bigpond.com",
    "hotmail.co.uk",
    "libero.it",
    "t-com.hr",
    "optusnet.com.au",
    "proton.me",
]

HR_STREETS = [
    "Ulica Ruđera Boškovića",
    "Put Firula",
    "Obala Stjepana Radića",
    "Vukovarska",
    "Ilica",
    "Savska cesta",
    "Zagrebačka",
    "Ulica kralja Zvonimira",
    "Put Supavla",
    "Ulica Petra Preradovića",
]
HR_CITIES = [
    ("Split", "21000"),
    ("Dubrovnik", "20000"),
    ("Zagreb", "10000"),
    ("Rijeka", "51000"),
    ("Zadar", "23000"),
    ("Šibenik", "22000"),
    ("Pula", "52100"),
    ("Osijek", "31000"),
]
US_STREETS = [
    "SE 17th St",
    "Bayshore Dr",
    "Ocean Blvd",
    "Harbor View Ln",
    "W Las Olas Blvd",
    "Main St",
    "Shelter Island Dr",
    "Compromise St",
]
US_CITIES = [
    ("Fort Lauderdale", "FL", "33316"),
    ("Annapolis", "MD", "21403"),
    ("San Diego", "CA", "92106"),
    ("Miami", "FL", "33133"),
    ("Key West", "FL", "33040"),
    ("Seattle", "WA", "98121"),
    ("Boston", "MA", "02110"),
    ("Charleston", "SC", "29401"),
    ("Austin", "TX", "78704"),
]
AU_STREETS = ["Shute Harbour Rd", "Pittwater Rd", "Beach Rd", "Macleay St", "Ocean St", "Esplanade"]
AU_CITIES = [
    ("Airlie Beach", "QLD", "4802"),
    ("Manly", "NSW", "2095"),
    ("Mosman", "NSW", "2088"),
    ("Cannonvale", "QLD", "4802"),
    ("Brighton", "VIC", "3186"),
    ("Fremantle", "WA", "6160"),
    ("Cairns", "QLD", "4870"),
    ("Paddington", "NSW", "2021"),
]
EU_ADDR = [
    ("Hauptstraße", "München", "80331", "DE"),
    ("Mariahilfer Straße", "Wien", "1060", "AT"),
    ("Via Roma", "Milano", "20121", "IT"),
    ("Kings Road", "London", "SW3 4UT", "GB"),
    ("Elbchaussee", "Hamburg", "22763", "DE"),
    ("Slovenska cesta", "Ljubljana", "1000", "SI"),
    ("ulica Marszałkowska", "Warszawa", "00-624", "PL"),
    ("Linzer Straße", "Salzburg", "5020", "AT"),
]

MARINAS = [
    ("ACI Marina Split", "Split", "HR", 43.5025, 16.4305, "+385 21 398 548"),
    ("Marina Kaštela", "Kaštel Gomilica", "HR", 43.5468, 16.3959, "+385 21 204 010"),
    ("Marina Frapa", "Rogoznica", "HR", 43.5306, 15.9675, "+385 22 559 931"),
    ("ACI Marina Dubrovnik", "Komolac", "HR", 42.6711, 18.1253, "+385 20 455 020"),
    ("Marina Punat", "Punat", "HR", 45.0184, 14.6297, "+385 51 654 110"),
    ("D-Marin Mandalina", "Šibenik", "HR", 43.7230, 15.9010, "+385 22 312 900"),
    ("Abell Point Marina", "Airlie Beach", "AU", -20.2650, 148.7086, "+61 7 5550 4412"),
    ("Hamilton Island Marina", "Hamilton Island", "AU", -20.3470, 148.9560, "+61 7 5550 8290"),
    ("Rushcutters Bay Marina", "Sydney", "AU", -33.8733, 151.2290, "+61 2 5550 2111"),
    ("Bahia Mar Yachting Center", "Fort Lauderdale", "US", 26.1130, -80.1051, "(954) 555-0163"),
    ("Annapolis Yacht Basin", "Annapolis", "US", 38.9749, -76.4862, "410-555-0135"),
    ("Shelter Island Marina", "San Diego", "US", 32.7120, -117.2290, "+1 619 555 0118"),
]
YACHT_NAMES = [
    "Katarina",
    "Marija",
    "Ana Lucija",
    "Bella Vita",
    "Sea Breeze",
    "Adriatic Dream",
    "Kali",
    "Bonaca",
    "Galeb",
    "Tramontana",
    "Whitsunday Spirit",
    "Salty Dog",
    "Reel Therapy",
    "Island Time",
    "Luna",
    "Petra II",
    "Dupin",
    "Maestral",
]
MODELS = [
    ("Bavaria", "C42"),
    ("Lagoon", "42"),
    ("Bali", "4.6"),
    ("Jeanneau", "Sun Odyssey 440"),
    ("Beneteau", "Oceanis 46.1"),
    ("Leopard", "45"),
    ("Hanse", "458"),
    ("Elan", "Impression 45.1"),
    ("Dufour", "430"),
    ("Fountaine Pajot", "Elba 45"),
    ("Sealine", "C335"),
    ("Azimut", "55"),
]
DESTINATIONS = [
    "Split",
    "Hvar",
    "Dubrovnik",
    "Kornati",
    "Trogir",
    "Pula",
    "Zadar",
    "Vis",
    "Whitsundays",
    "Airlie Beach",
    "Sydney Harbour",
    "Florida Keys",
    "Fort Lauderdale",
    "Chesapeake Bay",
    "San Diego",
    "Bahamas from Miami",
]
ANCHORAGES = [
    "Uvala Stiniva",
    "Palmižana",
    "Stari Grad",
    "Komiža",
    "Telašćica",
    "Lopud",
    "Šipanska Luka",
    "Whitehaven Beach",
    "Butterfly Bay",
    "Nara Inlet",
    "Cid Harbour",
    "Pigeon Key",
    "Sombrero Reef",
]
COMPANIES = [
    "Adriatic Sails d.o.o.",
    "Kornati Yachting d.o.o.",
    "Bura Charter j.d.o.o.",
    "Whitsunday Bareboats Pty Ltd",
    "Cumberland Charter Yachts Pty Ltd",
    "Keys Sailing LLC",
    "Chesapeake Charters Inc.",
    "Jadran Nautika d.o.o.",
]
CARRIERS = [
    "HT HR",
    "A1 HR",
    "Telemach HR",
    "Telstra",
    "Optus",
    "Vodafone AU",
    "T-Mobile",
    "Verizon",
    "AT&T",
    "Telekom.de",
    "Vodafone.de",
    "EE",
]
TIMEZONES = [
    "Europe/Zagreb",
    "America/New_York",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Vienna",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Warsaw",
]
LOCALES = ["hr-HR", "en-US", "en-AU", "de-DE", "de-AT", "it-IT", "en-GB", "sl-SI", "pl-PL", "cs-CZ"]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


def _ascii(s: str) -> str:
    table = {
        "č": "c",
        "ć": "c",
        "ž": "z",
        "š": "s",
        "đ": "d",
        "ü": "u",
        "ö": "o",
        "ä": "a",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ř": "r",
        "ě": "e",
        "ý": "y",
        "ń": "n",
        "ś": "s",
        "ł": "l",
        "ź": "z",
        "ż": "z",
        "ą": "a",
        "ę": "e",
        "'": "",
        " ": "",
    }
    return "".join(table.get(c, c) for c in s.lower())


class HF(Fake):
    """Fake plus the formats this domain needs; `me` is the current message's user."""

    def culture(self) -> str:
        keys = list(CULTURES)
        weights = [CULTURE_WEIGHTS.get(k, 1) for k in keys]
        return self.r.choices(keys, weights)[0]

    def name_pair(self, culture=None):
        firsts, lasts = CULTURES[culture or self.culture()]
        return self.pick(firsts), self.pick(lasts)

    def first(self):
        return self.name_pair()[0]

    def last(self):
        return self.name_pair()[1]

    def full_name(self):
        a, b = self.name_pair()
        return f"{a} {b}"

    def email(self, first=None, last=None):
        if first is None:
            first, last = self.name_pair()
        a, b = _ascii(first), _ascii(last)
        local = self.pick(
            [
                f"{a}.{b}",
                f"{a}{b}",
                f"{a[0]}{b}",
                f"{a}_{b}{self.r.randint(1, 99)}",
                f"{a}.{b}{self.r.randint(70, 99)}",
                f"{b}.{a}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def phone(self, style=None):
        r = self.r
        style = style or self.pick(
            ["hr", "hr", "hr_local", "au", "au_local", "us", "us", "de", "uk", "it", "si", "at"]
        )
        if style == "hr":
            return f"+385 9{self.pick('125789')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if style == "hr_local":
            return f"09{self.pick('125789')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if style == "au":
            return f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if style == "au_local":
            return f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if style == "us":
            return super().phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
        if style == "de":
            return self.pick(
                [
                    f"+49 15{r.randint(1, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                    f"0171 {r.randint(1000000, 9999999)}",
                ]
            )
        if style == "uk":
            return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
        if style == "it":
            return f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if style == "si":
            return f"+386 4{r.randint(0, 1)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"+43 664 {r.randint(1000000, 9999999)}"

    def e164(self):
        return (
            self.phone("hr").replace(" ", "") if self.r.random() < 0.5 else self.phone("au").replace(" ", "")
        )

    def addr(self):
        """(street line, city, postcode, state, country) of a home address."""
        r = self.r
        kind = self.pick(["hr", "hr", "us", "au", "eu"])
        if kind == "hr":
            city, pc = self.pick(HR_CITIES)
            return f"{self.pick(HR_STREETS)} {r.randint(1, 120)}", city, pc, "", "HR"
        if kind == "us":
            city, st, pc = self.pick(US_CITIES)
            return f"{r.randint(10, 9999)} {self.pick(US_STREETS)}", city, pc, st, "US"
        if kind == "au":
            city, st, pc = self.pick(AU_CITIES)
            unit = self.pick(["", "", f"{r.randint(1, 40)}/"])
            return f"{unit}{r.randint(1, 300)} {self.pick(AU_STREETS)}", city, pc, st, "AU"
        street, city, pc, cc = self.pick(EU_ADDR)
        number = r.randint(1, 150)
        return (f"{number} {street}" if cc == "GB" else f"{street} {number}"), city, pc, "", cc

    def street(self):
        return self.addr()[0]

    def city(self):
        return self.addr()[1]

    def zip(self):
        return self.addr()[2]

    def hr_address(self):
        city, pc = self.pick(HR_CITIES)
        return f"{self.pick(HR_STREETS)} {self.r.randint(1, 120)}, {pc} {city}"

    def oib(self):
        digits = [self.r.randint(0, 9) for _ in range(10)]
        a = 10
        for d in digits:
            a = (a + d) % 10 or 10
            a = (a * 2) % 11
        check = (11 - a) % 10
        return "".join(map(str, digits)) + str(check)

    def iban_hr(self):
        bank = self.pick(["2340009", "2360000", "2402006", "2484008", "2330003", "2390001"])
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        numeric = "".join(str(int(c, 36)) for c in bban + "HR00")
        raw = f"HR{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.4 else raw

    def any_iban(self):
        return self.iban_hr() if self.r.random() < 0.6 else self.iban(self.pick(["DE", "NL", "FR", "GB"]))

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            last = sum(a * b for a, b in zip(d, w, strict=False)) % 11
            if last < 10:
                s = "".join(map(str, [*d, last]))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def medicare(self):
        d = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, d)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def aba(self):
        while True:
            prefix = self.pick(["02", "03", "06", "07", "11", "12", "21", "22", "26", "31"])
            d = [int(c) for c in prefix] + [self.r.randint(0, 9) for _ in range(6)]
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def bsb(self):
        return f"{self.pick(['062', '033', '082', '013', '484'])}-{self.r.randint(0, 999):03d}"

    def passport(self):
        r = self.r
        kind = self.pick(["hr", "us", "au", "de", "uk", "it", "pl"])
        if kind == "hr":
            return f"{r.randint(100000000, 199999999)}"
        if kind == "us":
            return self.pick([f"{r.randint(500000000, 599999999)}", f"A{r.randint(10000000, 99999999)}"])
        if kind == "au":
            return f"{self.pick(['PA', 'PB', 'RA', 'N'])}{r.randint(1000000, 9999999)}"
        if kind == "de":
            alpha = "CFGHJKLMNPRTVWXYZ0123456789"
            return self.pick("CFGHJK") + "".join(self.pick(alpha) for _ in range(8))
        if kind == "uk":
            return f"{r.randint(100000000, 999999999)}"
        if kind == "it":
            return f"Y{self.pick('ABC')}{r.randint(1000000, 9999999)}"
        return f"E{self.pick('ABCRS')}{r.randint(1000000, 9999999)}"

    def id_document(self):
        """A passport or a national identity card number (the crew lists accept both)."""
        if self.r.random() < 0.6:
            return self.passport()
        return self.pick(
            [
                f"{self.r.randint(100000000, 119999999)}",  # Croatian osobna iskaznica
                "L" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),  # DE
                f"CA{self.r.randint(10000, 99999)}{self.pick('ABCDE')}{self.pick('ABCDE')}",
            ]
        )  # IT CIE

    def skipper_licence(self):
        r = self.r
        return self.pick(
            [
                f"{self.pick(['ST', 'ZD', 'DU', 'RI', 'PU', 'ŠB'])}-{r.randint(1000, 9999)}"
                f"/{r.randint(2008, 2024)}",
                f"ICC-GB-{r.randint(100000, 999999)}",
                f"{r.randint(1000000, 9999999)}",  # USCG credential reference number
                f"Q{r.randint(1000000, 9999999)}",  # QLD RMDL
                f"B{r.randint(1000000, 9999999)}",  # NSW boat licence
                f"SBF-{r.randint(100000, 999999)}",  # Sportbootführerschein
            ]
        )

    def vhf_cert(self):
        r = self.r
        return self.pick(
            [
                f"SRC-HR-{r.randint(100, 9999):04d}/{r.randint(10, 24)}",
                f"ROC-AU-{r.randint(10000, 99999)}",
                f"GMDSS-{r.randint(100000, 999999)}",
                f"SRC/{r.randint(100000, 999999)}/DE",
            ]
        )

    def registration(self):
        r = self.r
        return self.pick(
            [
                f"{self.pick(['ST', 'ZD', 'DU', 'RI', 'PU', 'ŠB', 'SB'])}-{r.randint(100, 9999)}",
                f"FL {r.randint(1000, 9999)} {self.pick(['AB', 'KX', 'MR', 'TZ'])}",
                f"{self.pick(['AB', 'QE', 'WS'])}{r.randint(100, 999)}Q",
                f"MD {r.randint(1000, 9999)} {self.pick(['BC', 'AY'])}",
            ]
        )

    def hin(self):
        r = self.r
        mic = self.pick(["BEN", "JEA", "BVK", "LAG", "HAN", "ELN", "FPA", "LEO"])
        serial = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
        country = self.pick(["", "US-", "HR-", "FR-", "DE-"])
        return f"{country}{mic}{serial}{self.pick('ABCDEFGHIJKL')}{r.randint(0, 9)}{r.randint(10, 24)}"

    def imei(self):
        return self.luhn_complete("35" + "".join(str(self.r.randint(0, 9)) for _ in range(12)))

    def iccid(self):
        return self.luhn_complete("8938" + "".join(str(self.r.randint(0, 9)) for _ in range(14)))

    def adriatic(self):
        return round(self.r.uniform(42.6, 45.2), 6), round(self.r.uniform(13.6, 18.3), 6)

    def position(self):
        region = self.pick(["hr", "hr", "au", "us"])
        if region == "hr":
            return self.adriatic()
        if region == "au":
            return round(self.r.uniform(-20.45, -20.05), 6), round(self.r.uniform(148.6, 149.1), 6)
        return round(self.r.uniform(24.5, 25.9), 6), round(self.r.uniform(-81.8, -80.1), 6)

    def marina(self):
        return self.pick(MARINAS)

    def booking_no(self):
        return f"KOR-{self.r.randint(2024, 2025)}-{self.r.randint(1, 99999):06d}"

    def date_in(self, y0=2024, y1=2025):
        return f"{self.r.randint(y0, y1)}-{self.r.randint(4, 10):02d}-{self.r.randint(1, 28):02d}"

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(80))

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(57))

    def new_me(self):
        c = self.culture()
        first, last = self.name_pair(c)
        line, city, pc, st, cc = self.addr()
        self.me = {
            "first": first,
            "last": last,
            "email": self.email(first, last),
            "phone": self.phone(),
            "line": line,
            "city": city,
            "zip": pc,
            "state": st,
            "country": cc,
        }


STATION_OIBS = [HF(s).oib() for s in (11, 12, 13)]


def me(key):
    return lambda f: f.me[key]


# -- contexts -----------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Kormilo | Yacht charter & marina berths"),
    ("/search", "Search yachts | Kormilo"),
    ("/yachts/lagoon-42-kali", "Lagoon 42 Kali | Kormilo"),
    ("/checkout", "Checkout | Kormilo"),
    ("/berths/aci-marina-split", "ACI Marina Split berths | Kormilo"),
    ("/account/bookings", "My bookings | Kormilo"),
    ("/provisioning", "Provisioning | Kormilo"),
]


def traits_block():
    return {
        "email": Y(me("email"), "email"),
        "firstName": Y(me("first"), "name"),
        "lastName": Y(me("last"), "name"),
    }


def web_context():
    def page(f):
        f.page = f.pick(WEB_PAGES)
        return f.page[0]

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.google.hr/",
                        "https://l.facebook.com/",
                        "https://www.kormilo.com/search",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=google&utm_medium=cpc", "?guests=6&cabins=3"])
            ),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.kormilo.com" + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["summer_charter_2025", "early_bird_hr", "whitsundays_winter", "berth_season_pass"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "catamaran charter croatia",
                        "bareboat whitsundays",
                        "yacht rental split",
                        "sailboat charter florida keys",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Kormilo"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
            "build": G(lambda f: f.pick(["4120", "4132", "4140"])),
            "namespace": G(lambda f: "com.kormilo.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,3", "iPhone16,2", "iPhone14,5", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.6", "18.0"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
            "density": G(lambda f: f.pick([2, 3])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": traits_block(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Kormilo"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["412000", "413010"])),
            "namespace": G(lambda f: "com.kormilo.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "23049PCD8G", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "marble", "OP5913L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": traits_block(),
    }


def rn_context():
    def pos(f):
        f.pos = f.position()
        return f.pos[0]

    return {
        "app": {
            "name": G(lambda f: "Kormilo Skipper"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.kormilo.skipper"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546B", "SM-T736B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "gts7fe"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": traits_block(),
        "location": {
            "latitude": Y(pos, "geolocation"),
            "longitude": Y(lambda f: f.pos[1], "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 8), 1)),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Kormilo Marina"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.0"])),
            "build": G(lambda f: f.pick(["58", "61"])),
            "namespace": G(lambda f: "hr.kormilo.marina"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3.0, 2.625])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.2"],
    "analytics-ruby": ["2.4.2"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(lib: str, with_ip: bool):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if with_ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    return ctx


CLIENTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python", False),
    "node": lambda: server_context("@segment/analytics-node", True),
    "go": lambda: server_context("analytics-go", False),
    "java": lambda: server_context("analytics-java", False),
    "ruby": lambda: server_context("analytics-ruby", False),
    "php": lambda: server_context("analytics-php", True),
    "dotnet": lambda: server_context("Analytics.NET", False),
}
APP = ["ios", "android"]
WEB_APP = ["web", "ios", "android"]

# -- free text ----------------------------------------------------------------------------------


def berth_note(f):
    p = f.phone()
    return f.pick(
        [
            f"Arriving around {f.r.randint(15, 21)}h, skipper's mobile {p}",
            f"Late arrival possible, please call {p}",
            f"If the berth changes call {p}",
            f"Need 32A power. Reach me on {p}",
            f"We will radio on ch 17, backup mobile {p}",
        ]
    )


def support_text(f):
    e = f.email()
    return f.pick(
        [
            f"Hi, can you send the invoice to {e}?",
            f"Please update my email to {e}",
            f"The crew list confirmation never arrived at {e}",
            f"Booking is under {e}, we need to change the embark date",
            f"pls resend the voucher to {e} thx",
        ]
    )


def skipper_feedback(f):
    n = f.first()
    return f.pick(
        [
            f"{n} was a fantastic skipper, knew every bay",
            f"Huge thanks to {n} for the cooking tips!",
            f"Skipper {n} was late on day one but otherwise great",
            f"{n} made the bura day feel safe",
            f"Ask for {n}, best skipper in Kaštela",
        ]
    )


def voucher_message(f):
    n = f.first()
    return f.pick(
        [
            f"Happy 40th! Love, {n}",
            f"Enjoy the Kornati! {n} xx",
            f"Sretan rođendan! {n}",
            f"For the best dad, from {n}",
            f"Fair winds - {n}",
        ]
    )


def delivery_instructions(f):
    p = f.phone()
    return f.pick(
        [
            f"Pier C, call {p} when at the gate",
            f"Leave with the marina office, text {p}",
            f"Boat is stern-to, ring {p}",
            f"Whatsapp {p} on arrival",
        ]
    )


def accessibility_details(f):
    return f.pick(
        [
            "I use a wheelchair, need step-free access to the pontoon",
            "One guest is a wheelchair user",
            "Guest is blind and travels with a guide dog",
            "Deaf guest on board, please brief the skipper",
            "Amputee, needs help boarding from the dinghy",
        ]
    )


def search_q(f):
    return f.email()


def place_input(f):
    line, city, *_ = f.addr()
    return f.pick([line, f"{line}, {city}", f"{line} {city[:4]}"])


# -- events -------------------------------------------------------------------------------------

EXTRAS = [
    ("EXT-SKIP", "Skipper"),
    ("EXT-HOST", "Hostess"),
    ("EXT-CLEAN", "Final cleaning"),
    ("EXT-OB5", "Outboard engine 5hp"),
    ("EXT-SUP", "SUP board"),
    ("EXT-TLOG", "Transit log"),
    ("EXT-LIN", "Bed linen & towels"),
    ("EXT-WIFI", "Wi-Fi on board"),
    ("EXT-ECI", "Early check-in"),
]
PROVISIONS = [
    ("PRV-OZU24", "Ožujsko pivo 0.5L x24", "Ožujsko"),
    ("PRV-JANA6", "Jana voda 1.5L x6", "Jana"),
    ("PRV-PAG500", "Paški sir 500g", "Sirana Gligora"),
    ("PRV-BAJ", "Kraš Bajadera 200g", "Kraš"),
    ("PRV-OIL", "Maslinovo ulje 0.75L", "Agrolaguna"),
    ("PRV-PM075", "Plavac Mali 0.75L", "Stina"),
    ("PRV-XXXX30", "XXXX Gold 30 pack", "XXXX"),
    ("PRV-TIM", "Tim Tam Original", "Arnott's"),
    ("PRV-ICE5", "Ice bag 5kg", "Kormilo"),
    ("PRV-EGG10", "Free range eggs x10", "Kormilo"),
]


def extra_product():
    def pick(f):
        f.extra = f.pick(EXTRAS)
        return f.extra[0]

    return {
        "product_id": G(pick),
        "name": G(lambda f: f.extra[1]),
        "category": G(lambda f: "extras"),
        "price": G(lambda f: f.money(20, 1400)),
        "quantity": G(lambda f: f.r.randint(1, 7)),
    }


def yacht_fields():
    def model(f):
        f.model = f.pick(MODELS)
        return f.model[0]

    return {
        "product_id": G(lambda f: f"y_{f.r.randint(1000, 9999)}"),
        "brand": G(model),
        "sku": G(
            lambda f: (
                f"{f.model[0][:3].upper()}-{f.model[1].replace(' ', '').replace('.', '')[:6]}"
                f"-{f.r.randint(2016, 2024)}"
            )
        ),
        "name": G(lambda f: f.pick(YACHT_NAMES)),
        "variant": G(lambda f: f.model[1]),
        "category": G(lambda f: f.pick(["catamaran", "sailboat", "motor yacht", "gulet"])),
        "price": G(lambda f: f.money(1800, 14000)),
        "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
    }


def tracking_plan():
    return [
        # -- identity --------------------------------------------------------------------------
        (
            "identify",
            None,
            [*WEB_APP, "rn"],
            3,
            {
                "email": Y(me("email"), "email"),
                "firstName": Y(me("first"), "name"),
                "lastName": Y(me("last"), "name"),
                "phone": Y(me("phone"), "phone"),
                "birthday": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "gender": Y(
                    lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"
                ),
                "avatar": Y(lambda f: f"https://cdn.kormilo.com/avatars/{f.hexid(20)}.jpg", "photo"),
                "address": {
                    "street": Y(me("line"), "address|street"),
                    "city": Y(me("city"), "city"),
                    "postalCode": Y(me("zip"), "zipcode"),
                    "state": G(me("state")),
                    "country": G(me("country")),
                },
                "nationality": Y(
                    lambda f: f.pick(
                        [
                            "Croatian",
                            "German",
                            "American",
                            "Australian",
                            "Austrian",
                            "Italian",
                            "Slovenian",
                            "British",
                            "Polish",
                        ]
                    ),
                    "citizenship",
                ),
                "createdAt": G(lambda f: f.iso()),
                "preferredCurrency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
                "sailingExperience": G(lambda f: f.pick(["none", "some", "competent_crew", "skipper"])),
                "hasSkipperLicence": G(lambda f: f.pick([True, False])),
                "emailVerified": G(lambda f: f.pick([True, True, False])),
                "phoneVerified": G(lambda f: f.pick([True, False])),
                "marketingOptIn": G(lambda f: f.pick([True, False])),
                "bookingsCount": G(lambda f: f.r.randint(0, 14)),
                "loyaltyTier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
                "memberNumber": G(lambda f: f"KM{f.r.randint(1000000, 9999999)}"),
                "homeMarina": G(lambda f: f.marina()[0]),
                "title": G(
                    lambda f: f.pick(["Dentist", "Software Engineer", "Teacher", "Sales Director", ""])
                ),
                "company": G(
                    lambda f: f.pick(["Infobip", "Rimac Automobili", "Atlassian", "Siemens", "Deloitte", ""])
                ),
            },
        ),
        (
            "identify",
            None,
            ["python"],
            2,
            {
                "EMAIL": Y(me("email"), "email"),
                "FIRST_NAME": Y(me("first"), "name"),
                "LAST_NAME": Y(me("last"), "name"),
                "PHONE_NUMBER": Y(lambda f: f.e164(), "phone"),
                "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "MAILING_CITY": Y(me("city"), "city"),
                "MAILING_POSTCODE": Y(me("zip"), "zipcode"),
                "HOME_COUNTRY": G(me("country")),
                "LIFETIME_CHARTERS": G(lambda f: f.r.randint(0, 20)),
                "LTV_EUR": G(lambda f: f.money(0, 60000)),
                "LAST_CHARTER_AT": G(lambda f: f.iso()),
                "PREFERRED_BASE": G(lambda f: f.marina()[0]),
                "CUSTOMER_SEGMENT": G(
                    lambda f: f.pick(["family", "flotilla", "experienced_skipper", "corporate"])
                ),
                "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
                "NEWSLETTER_OPT_IN": G(lambda f: f.pick([True, False])),
                "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
                "CRM_CONTACT_ID": G(lambda f: f.r.randint(100000, 999999)),
            },
        ),
        (
            "group",
            None,
            ["dotnet"],
            1,
            {
                "Name": G(lambda f: f.pick(COMPANIES)),
                "Industry": G(lambda f: "Yacht charter"),
                "Employees": G(lambda f: f.r.randint(3, 120)),
                "Plan": G(lambda f: f.pick(["operator_basic", "operator_pro"])),
                "Website": G(
                    lambda f: f.pick(
                        [
                            "https://adriaticsails.hr",
                            "https://whitsundaybareboats.com.au",
                            "https://keyssailing.com",
                        ]
                    )
                ),
                "Email": G(
                    lambda f: f.pick(
                        [
                            "booking@adriaticsails.hr",
                            "info@kornati-yachting.hr",
                            "charters@whitsundaybareboats.com.au",
                            "office@keyssailing.com",
                        ]
                    )
                ),
                "Phone": G(lambda f: f.marina()[5]),
                "Address": {
                    "Street": G(
                        lambda f: f.pick(["Obala kneza Branimira 7", "Shute Harbour Rd 1", "1400 SE 17th St"])
                    ),
                    "City": G(lambda f: f.pick(["Split", "Airlie Beach", "Fort Lauderdale", "Šibenik"])),
                    "PostalCode": G(lambda f: f.pick(["21000", "4802", "33316", "22000"])),
                    "Country": G(lambda f: f.pick(["HR", "AU", "US"])),
                },
                "Oib": G(lambda f: f.oib()),
                "VatId": G(lambda f: "HR" + f.oib()),
                "FleetSize": G(lambda f: f.r.randint(4, 80)),
                "BaseMarina": G(lambda f: f.marina()[0]),
                "ContactPerson": Y(lambda f: f.full_name(), "name"),
                "ContactMobile": Y(lambda f: f.phone(), "phone"),
                "CreatedAt": G(lambda f: f.iso()),
            },
        ),
        ("alias", None, ["web", "ios", "android"], 1, None),
        # -- browsing --------------------------------------------------------------------------
        (
            "page",
            "Yacht Detail",
            ["web"],
            2,
            {
                "path": G(
                    lambda f: (
                        f"/yachts/{f.pick(['lagoon-42-kali', 'bali-46-bonaca', 'bavaria-c42-katarina'])}"
                    )
                ),
                "referrer": G(
                    lambda f: f.pick(["https://www.kormilo.com/search", "https://www.google.com/"])
                ),
                "search": G(lambda f: f.pick(["", "?from=2025-07-05&to=2025-07-12"])),
                "title": G(lambda f: f.pick(["Lagoon 42 Kali | Kormilo", "Bavaria C42 Katarina | Kormilo"])),
                "url": G(lambda f: f"https://www.kormilo.com/yachts/{f.hexid(6)}"),
                "yacht_id": G(lambda f: f"y_{f.r.randint(1000, 9999)}"),
                "category": G(lambda f: f.pick(["catamaran", "sailboat", "motor yacht"])),
            },
        ),
        (
            "screen",
            "Trip Log",
            ["ios", "android"],
            1,
            {
                "trip_id": G(lambda f: f.uuid()),
                "source": G(lambda f: f.pick(["tab_bar", "push", "deeplink"])),
            },
        ),
        (
            "track",
            "Products Searched",
            WEB_APP,
            3,
            {
                "query": G(
                    lambda f: f.pick(
                        [
                            "catamaran split",
                            "lagoon 42",
                            "bareboat airlie",
                            "gulet with crew",
                            "motor yacht hvar",
                            "",
                            "sail week croatia",
                        ]
                    )
                ),
                "destination": G(lambda f: f.pick(DESTINATIONS)),
                "embark_date": G(lambda f: f.date_in()),
                "nights": G(lambda f: f.pick([3, 7, 7, 10, 14])),
                "guests": G(lambda f: f.r.randint(2, 12)),
                "cabins_min": G(lambda f: f.r.randint(2, 5)),
                "yacht_types": Many(
                    G(lambda f: f.pick(["catamaran", "sailboat", "motor yacht", "gulet"])), 2
                ),
                "with_skipper": G(lambda f: f.pick([True, False])),
                "results_count": G(lambda f: f.r.randint(0, 240)),
                "sort": G(lambda f: f.pick(["price_asc", "recommended", "newest"])),
            },
        ),
        (
            "track",
            "Product Viewed",
            WEB_APP,
            3,
            {
                **yacht_fields(),
                "base_marina": G(lambda f: f.marina()[0]),
                "base_lat": G(lambda f: f.marina()[3]),
                "base_lon": G(lambda f: f.marina()[4]),
                "cabins": G(lambda f: f.r.randint(2, 6)),
                "length_ft": G(lambda f: f.pick([38, 42, 45, 46, 51])),
                "image_url": G(lambda f: f"https://cdn.kormilo.com/yachts/{f.hexid(12)}.webp"),
            },
        ),
        (
            "track",
            "Click to Call",
            ["web"],
            1,
            {
                "category": G(lambda f: "Contact"),
                "action": G(lambda f: "Click to Call"),
                "label": G(lambda f: f.marina()[5]),
            },
        ),
        # -- booking and payment ---------------------------------------------------------------
        (
            "track",
            "Checkout Started",
            ["web", "ios", "android"],
            2,
            {
                "order_id": G(lambda f: f.booking_no()),
                "revenue": G(lambda f: f.money(1500, 18000)),
                "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
                "coupon": G(lambda f: f.pick(["", "EARLY10", "SAILWEEK", "REPEAT5"])),
                "embark_date": G(lambda f: f.date_in()),
                "nights": G(lambda f: f.pick([7, 7, 10, 14])),
                "products": Many(extra_product(), 4),
            },
        ),
        (
            "track",
            "Payment Info Entered",
            ["web"],
            2,
            {
                "checkout_id": G(lambda f: f.uuid()),
                "payment_method": G(lambda f: f.pick(["card", "card", "bank_transfer", "apple_pay"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "maestro"])),
                "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "card_exp_month": G(lambda f: f.r.randint(1, 12)),
                "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "cardholder_name": Y(lambda f: f"{f.me['first']} {f.me['last']}".upper(), "name"),
                "billing_address": {
                    "line1": Y(me("line"), "address|street"),
                    "city": Y(me("city"), "city"),
                    "postal_code": Y(me("zip"), "zipcode"),
                    "country": G(me("country")),
                },
                "billing_email": Y(me("email"), "email"),
                "stripe_payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
            },
        ),
        (
            "track",
            "Order Completed",
            ["node"],
            3,
            {
                "order_id": G(lambda f: f.booking_no()),
                "checkout_id": G(lambda f: f.uuid()),
                "total": G(lambda f: f.money(1500, 18000)),
                "tax": G(lambda f: f.money(100, 2500)),
                "discount": G(lambda f: f.money(0, 900)),
                "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
                "yacht": {
                    "id": G(lambda f: f"y_{f.r.randint(1000, 9999)}"),
                    "name": G(lambda f: f.pick(YACHT_NAMES)),
                    "model": G(lambda f: " ".join(f.pick(MODELS))),
                },
                "base": G(lambda f: f.marina()[0]),
                "products": Many(extra_product(), 4),
                "lead_guest": {
                    "first_name": Y(me("first"), "name"),
                    "last_name": Y(me("last"), "name"),
                    "email": Y(me("email"), "email"),
                    "phone": Y(me("phone"), "phone"),
                    "date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
                    "nationality": Y(
                        lambda f: f.pick(["HR", "DE", "US", "AU", "AT", "IT", "GB"]), "citizenship"
                    ),
                },
                "guests_adults": G(lambda f: f.r.randint(1, 10)),
                "guests_children": G(lambda f: f.r.randint(0, 3)),
                "children": Many(
                    {"first_name": Y(lambda f: f.first(), "name"), "age": G(lambda f: f.r.randint(1, 16))}, 3
                ),
                "pets": Many(
                    {
                        "name": G(lambda f: f.pick(["Bruno", "Luna", "Max", "Fido", "Rex", "Bella"])),
                        "species": G(lambda f: f.pick(["dog", "dog", "cat"])),
                        "weight_kg": G(lambda f: f.r.randint(3, 35)),
                    },
                    1,
                ),
                "skipper_required": G(lambda f: f.pick([True, False])),
                "deposit_amount": G(lambda f: f.pick([1500, 2000, 2500, 3000, 5000])),
                "damage_waiver": G(lambda f: f.pick([True, False])),
                "damage_waiver_policy_no": Y(
                    lambda f: f"PYC-{f.r.randint(100000, 999999)}-{f.r.randint(10, 99)}", "identification"
                ),
            },
        ),
        (
            "track",
            "Deposit Authorized",
            ["python"],
            2,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "amount": G(lambda f: f.pick([150000, 200000, 250000, 300000])),
                "currency": G(lambda f: f.pick(["eur", "usd", "aud"])),
                "payment_intent": {
                    "id": G(lambda f: "pi_3" + f.hexid(23)),
                    "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
                    "capture_method": G(lambda f: "manual"),
                    "status": G(lambda f: f.pick(["requires_capture", "succeeded"])),
                },
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit"])),
                    "country": G(lambda f: f.pick(["HR", "DE", "US", "AU"])),
                },
                "hold_expires_at": G(lambda f: f.epoch_ms() // 1000),
            },
        ),
        (
            "track",
            "Damage Reported",
            ["python"],
            1,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "charge_id": G(lambda f: "ch_3" + f.hexid(23)),
                "amount_captured": G(lambda f: f.money(80, 2500)),
                "items": Many(
                    {
                        "code": G(
                            lambda f: f.pick(["HULL-SCR", "SAIL-TEAR", "ANCH-LOST", "BIMINI", "DINGHY"])
                        ),
                        "description": G(
                            lambda f: f.pick(
                                [
                                    "Scratch on port side hull near stern",
                                    "Genoa torn at clew",
                                    "Anchor and 20m chain lost",
                                    "Bimini zip broken",
                                ]
                            )
                        ),
                        "cost": G(lambda f: f.money(40, 1800)),
                        "photo_url": G(lambda f: f"https://files.kormilo.com/damage/{f.uuid()}.jpg"),
                    },
                    3,
                ),
                "checked_by": Y(lambda f: f.full_name(), "name"),
                "checkin_staff_id": G(lambda f: f"st_{f.r.randint(100, 999)}"),
                "skipper_signature_name": Y(lambda f: f.full_name(), "name"),
            },
        ),
        (
            "track",
            "Booking Cancelled",
            ["ruby"],
            1,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "reason": G(lambda f: f.pick(["weather", "illness", "change_of_plans", "duplicate"])),
                "refund_amount": G(lambda f: f.money(0, 9000)),
                "cancellation_fee": G(lambda f: f.money(0, 1500)),
                "refund_iban": RED(lambda f: f.any_iban(), "bank account"),
                "refund_account_holder": Y(lambda f: f.full_name(), "name"),
            },
        ),
        # -- berths ----------------------------------------------------------------------------
        (
            "track",
            "Berth Reservation Requested",
            ["web", "flutter"],
            3,
            {
                "marina_id": G(lambda f: f"m_{f.r.randint(10, 99)}"),
                "marina_name": G(lambda f: f.marina()[0]),
                "berth_type": G(lambda f: f.pick(["transit", "seasonal", "annual"])),
                "arrival_date": G(lambda f: f.date_in()),
                "departure_date": G(lambda f: f.date_in()),
                "vessel": {
                    "name": G(lambda f: f.pick(YACHT_NAMES)),
                    "type": G(lambda f: f.pick(["sailboat", "catamaran", "motorboat"])),
                    "length_m": G(lambda f: round(f.r.uniform(7, 24), 1)),
                    "beam_m": G(lambda f: round(f.r.uniform(2.5, 8), 2)),
                    "draft_m": G(lambda f: round(f.r.uniform(0.8, 2.6), 1)),
                    "registration": Y(lambda f: f.registration(), "license"),
                    "hin": Y(lambda f: f.hin(), "serial"),
                    "flag": G(lambda f: f.pick(["HR", "DE", "AT", "US", "AU", "IT"])),
                },
                "shore_power": G(lambda f: f.pick(["16A", "32A", "63A"])),
                "persons_on_board": G(lambda f: f.r.randint(1, 10)),
                "contact": {
                    "name": Y(lambda f: f"{f.me['first']} {f.me['last']}", "name"),
                    "email": Y(me("email"), "email"),
                    "phone": Y(me("phone"), "phone"),
                },
                "note": Y(berth_note, "phone", True),
                "price_quote": G(lambda f: f.money(45, 420)),
                "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
            },
        ),
        (
            "track",
            "Berth Assigned",
            ["java"],
            2,
            {
                "berth-id": G(lambda f: f"{f.pick('ABCDEFG')}-{f.r.randint(1, 60):02d}"),
                "pier": G(lambda f: f.pick(["A", "B", "C", "D", "T"])),
                "marina-code": G(lambda f: f.pick(["ACI-SPL", "MKA", "FRAPA", "APM", "BMYC"])),
                "vessel-length-m": G(lambda f: round(f.r.uniform(7, 24), 1)),
                "mooring-type": G(lambda f: f.pick(["mooring-line", "finger-pontoon", "buoy"])),
                "skipper-name": Y(lambda f: f.full_name(), "name"),
                "skipper-mobile": Y(lambda f: f.phone(), "phone"),
                "assigned-by": Y(lambda f: f.full_name(), "name"),
                "check-in-at": G(lambda f: f.iso()),
                "check-out-at": G(lambda f: f.iso()),
                "electricity-kw": G(lambda f: f.pick([3.6, 7.2, 14.4])),
                "water-included": G(lambda f: f.pick([True, False])),
                "status": G(lambda f: f.pick(["assigned", "occupied", "released"])),
            },
        ),
        (
            "track",
            "Vessel Checked In",
            ["flutter"],
            2,
            {
                "dockmaster_id": G(lambda f: f"dm_{f.r.randint(10, 99)}"),
                "dockmaster_name": Y(lambda f: f.full_name(), "name"),
                "berth": G(lambda f: f"{f.pick('ABCD')}{f.r.randint(1, 60)}"),
                "arrival_at": G(lambda f: f.iso()),
                "hull_condition": G(lambda f: f.pick(["ok", "minor_scratches", "needs_inspection"])),
                "fuel_level_pct": G(lambda f: f.r.randint(5, 100)),
                "photo_count": G(lambda f: f.r.randint(0, 12)),
                "guest_count": G(lambda f: f.r.randint(1, 10)),
                "guest_lead_name": Y(lambda f: f.full_name(), "name"),
                "guest_lead_phone": Y(lambda f: f.phone(), "phone"),
            },
        ),
        (
            "track",
            "Accessibility Needs Updated",
            ["web"],
            1,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
                "service_dog": RED(lambda f: f.pick([True, False]), "disability"),
                "boarding_assistance": G(lambda f: f.pick(["none", "gangway", "crew_help"])),
                "details": RED(accessibility_details, "disability", True),
            },
        ),
        # -- crew, skippers, port authorities ---------------------------------------------------
        (
            "track",
            "Skipper Licence Uploaded",
            APP,
            2,
            {
                "licence_type": G(
                    lambda f: f.pick(
                        ["ICC", "RYA Day Skipper", "Voditelj brodice B", "USCG OUPV", "QLD RMDL", "SBF See"]
                    )
                ),
                "licence_number": Y(lambda f: f.skipper_licence(), "license"),
                "issuing_authority": G(
                    lambda f: f.pick(
                        ["Lučka kapetanija Split", "RYA", "USCG NMC", "Maritime Safety Queensland", "DMYV"]
                    )
                ),
                "issue_date": G(lambda f: f.date(2008, 2024)),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "holder_name": Y(lambda f: f"{f.me['first']} {f.me['last']}", "name"),
                "holder_dob": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "vhf_certificate_number": Y(lambda f: f.vhf_cert(), "certificate"),
                "sea_miles": G(lambda f: f.r.randint(0, 20000)),
                "verified": G(lambda f: f.pick([True, False])),
                "upload_attempts": G(lambda f: f.r.randint(1, 4)),
                "file_sha256": G(lambda f: f.hexid(64)),
                "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            },
        ),
        (
            "track",
            "Popis Posade Poslan",
            ["php"],
            3,
            {
                "broj_rezervacije": G(lambda f: f.booking_no()),
                "brod": {
                    "naziv": G(lambda f: f.pick(YACHT_NAMES)),
                    "registarska_oznaka": Y(lambda f: f.registration(), "license"),
                    "luka_ukrcaja": G(
                        lambda f: f.pick(["Split", "Kaštela", "Rogoznica", "Šibenik", "Dubrovnik"])
                    ),
                    "datum_ukrcaja": G(lambda f: f.date_in()),
                },
                "posada": Many(
                    {
                        "ime": Y(lambda f: f.first(), "name"),
                        "prezime": Y(lambda f: f.last(), "name"),
                        "datum_rodjenja": Y(lambda f: f.date(1945, 2020), "birthdate"),
                        "mjesto_rodjenja": Y(lambda f: f.city(), "city"),
                        "drzavljanstvo": Y(
                            lambda f: f.pick(["HRV", "DEU", "AUT", "USA", "AUS", "ITA", "POL", "SVN"]),
                            "citizenship",
                        ),
                        "spol": Y(lambda f: f.pick(["M", "Ž"]), "sex|gender"),
                        "vrsta_isprave": G(lambda f: f.pick(["putovnica", "osobna iskaznica"])),
                        "broj_isprave": RED(lambda f: f.id_document(), "passport|national id"),
                        "uloga": G(lambda f: f.pick(["skiper", "član posade", "gost"])),
                    },
                    8,
                ),
                "broj_osoba": G(lambda f: f.r.randint(2, 10)),
                "lucka_kapetanija": G(lambda f: f.pick(["Split", "Šibenik", "Dubrovnik", "Zadar"])),
                "status_slanja": G(lambda f: f.pick(["poslano", "greška", "potvrđeno"])),
            },
        ),
        (
            "track",
            "Crew Member Hired",
            ["ruby"],
            2,
            {
                "crew_id": G(lambda f: f"cr_{f.r.randint(1000, 9999)}"),
                "role": G(lambda f: f.pick(["hostess", "skipper", "deckhand", "chef"])),
                "season": G(lambda f: f.pick(["2024/25", "2025/26"])),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "mobile": Y(lambda f: f.phone("au"), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "day_rate": Y(lambda f: f.pick([280, 320, 350, 400, 450]), "salary"),
                "has_work_rights": RED(lambda f: f.pick([True, False]), "visa"),
                "visa_subclass": RED(lambda f: f.pick(["417", "462", "482", "citizen", "PR"]), "visa"),
                "tfn": RED(lambda f: f.tfn(), "national id"),
                "bsb": G(lambda f: f.bsb()),
                "bank_account_number": RED(lambda f: f"{f.r.randint(10000000, 999999999)}", "bank account"),
                "super_fund": G(lambda f: f.pick(["AustralianSuper", "REST", "Hostplus"])),
            },
        ),
        (
            "track",
            "Captain Contract Signed",
            ["go"],
            1,
            {
                "captain_id": G(lambda f: f.r.randint(10000, 99999)),
                "full_name": Y(lambda f: f.full_name(), "name"),
                "uscg_license_number": Y(lambda f: f"{f.r.randint(1000000, 9999999)}", "license"),
                "passport_number": RED(
                    lambda f: f.pick(
                        [f"{f.r.randint(500000000, 599999999)}", f"A{f.r.randint(10000000, 99999999)}"]
                    ),
                    "passport",
                ),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "tin_type": G(lambda f: f.pick(["SSN", "EIN"])),
                "hourly_rate": Y(lambda f: f.pick([45, 55, 60, 75]), "salary"),
                "routing_number": G(lambda f: f.aba()),
                "account_number": RED(lambda f: f"{f.r.randint(1000000000, 9999999999)}", "bank account"),
                "home_port": G(lambda f: f.pick(["Fort Lauderdale", "Annapolis", "Key West"])),
                "contract_version": G(lambda f: f.pick(["2024.2", "2025.1"])),
            },
        ),
        (
            "track",
            "CrewPayoutProcessed",
            ["dotnet"],
            2,
            {
                "PayoutId": G(lambda f: f.uuid()),
                "CrewMemberId": G(lambda f: f.r.randint(1000, 9999)),
                "GrossPay": Y(lambda f: f.money(600, 6000), "salary"),
                "Tips": Y(lambda f: f.money(0, 900), "salary"),
                "Currency": G(lambda f: f.pick(["EUR", "AUD"])),
                "Iban": RED(lambda f: f.iban_hr(), "bank account"),
                "BankName": G(lambda f: f.pick(["Zagrebačka banka", "PBZ", "Erste", "OTP banka"])),
                "PayPeriodStart": G(lambda f: f.date_in()),
                "PayPeriodEnd": G(lambda f: f.date_in()),
                "Status": G(lambda f: f.pick(["Paid", "Pending", "Failed"])),
            },
        ),
        # -- owners and listings ---------------------------------------------------------------
        (
            "track",
            "OwnerStatementGenerated",
            ["dotnet"],
            2,
            {
                "OwnerId": G(lambda f: f.r.randint(100, 999)),
                "OwnerName": Y(lambda f: f.full_name(), "name"),
                "OwnerOib": RED(lambda f: f.oib(), "national id"),
                "OwnerIban": RED(lambda f: f.any_iban(), "bank account"),
                "OwnerEmail": Y(lambda f: f.email(), "email"),
                "YachtName": G(lambda f: f.pick(YACHT_NAMES)),
                "Month": G(lambda f: f"{f.r.randint(2024, 2025)}-{f.r.randint(1, 12):02d}"),
                "CharterRevenue": G(lambda f: f.money(0, 40000)),
                "ManagementFee": G(lambda f: f.money(0, 8000)),
                "NetPayout": G(lambda f: f.money(0, 32000)),
                "TaxResidency": G(lambda f: f.pick(["HR", "DE", "AT", "SI"])),
            },
        ),
        (
            "track",
            "Yacht Listed",
            ["web"],
            2,
            {
                "listing_id": G(lambda f: f.uuid()),
                "yacht": {
                    "name": G(lambda f: f.pick(YACHT_NAMES)),
                    "model": G(lambda f: " ".join(f.pick(MODELS))),
                    "year": G(lambda f: f.r.randint(2008, 2024)),
                    "cabins": G(lambda f: f.r.randint(2, 6)),
                    "hin": Y(lambda f: f.hin(), "serial"),
                    "registration": Y(lambda f: f.registration(), "license"),
                },
                "base_marina": G(lambda f: f.marina()[0]),
                "weekly_rate": G(lambda f: f.money(1500, 15000)),
                "owner": {
                    "first_name": Y(me("first"), "name"),
                    "last_name": Y(me("last"), "name"),
                    "phone": Y(me("phone"), "phone"),
                    "email": Y(me("email"), "email"),
                },
                "photos_count": G(lambda f: f.r.randint(4, 40)),
                "description": G(
                    lambda f: f.pick(
                        [
                            "Well maintained, new sails 2023.",
                            "Perfect for families, watermaker and solar.",
                            "Fast cruiser, regatta ready.",
                            "Owner's version, 3 heads.",
                        ]
                    )
                ),
                "amenities": Many(
                    G(lambda f: f.pick(["watermaker", "generator", "solar", "aircon", "sup"])), 4
                ),
            },
        ),
        (
            "track",
            "Yacht Financing Prequalified",
            ["node"],
            1,
            {
                "application_id": G(lambda f: f.uuid()),
                "loan_amount": G(lambda f: f.r.randint(50000, 900000)),
                "term_months": G(lambda f: f.pick([120, 180, 240])),
                "credit_score": Y(lambda f: f.r.randint(580, 840), "credit score"),
                "annual_income": Y(lambda f: f.r.randint(60000, 900000), "salary"),
                "employer": G(
                    lambda f: f.pick(["Lockheed Martin", "Publix", "NextEra Energy", "self-employed"])
                ),
                "job_title": G(lambda f: f.pick(["Surgeon", "Business Owner", "Attorney", "Pilot"])),
                "marital_status": G(lambda f: f.pick(["married", "single", "divorced"])),
                "date_of_birth": Y(lambda f: f.date(1950, 1995), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
            },
        ),
        (
            "track",
            "Military Discount Verified",
            ["web"],
            1,
            {
                "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
                "branch": RED(
                    lambda f: f.pick(["US Navy", "US Coast Guard", "US Army", "USMC"]), "veteran", True
                ),
                "verification_provider": G(lambda f: "ID.me"),
                "discount_pct": G(lambda f: f.pick([10, 15])),
                "marina_id": G(lambda f: f"m_{f.r.randint(10, 99)}"),
            },
        ),
        # -- trips, weather, safety ------------------------------------------------------------
        (
            "track",
            "Float Plan Filed",
            ["rn"],
            2,
            {
                "trip_id": G(lambda f: f.uuid()),
                "vessel_name": G(lambda f: f.pick(YACHT_NAMES)),
                "departure_port": G(lambda f: f.marina()[1]),
                "destination": G(lambda f: f.pick(ANCHORAGES)),
                "eta": G(lambda f: f.iso()),
                "persons_on_board": G(lambda f: f.r.randint(1, 10)),
                "skipper_name": Y(lambda f: f"{f.me['first']} {f.me['last']}", "name"),
                "skipper_phone": Y(me("phone"), "phone"),
                "emergency_contact": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling"])),
                },
                "departure_lat": Y(lambda f: f.position()[0], "geolocation"),
                "departure_lon": Y(lambda f: f.position()[1], "geolocation"),
                "life_jackets": G(lambda f: f.r.randint(2, 12)),
                "vhf_channel": G(lambda f: f.pick([16, 17, 72, 81])),
            },
        ),
        (
            "track",
            "Trip Log Synced",
            ["rn"],
            3,
            {
                "trip_id": G(lambda f: f.uuid()),
                "started_at": G(lambda f: f.iso()),
                "ended_at": G(lambda f: f.iso()),
                "distance_nm": G(lambda f: round(f.r.uniform(2, 80), 1)),
                "max_sog_kn": G(lambda f: round(f.r.uniform(5, 12), 1)),
                "track": Many(
                    {
                        "lat": Y(lambda f: f.adriatic()[0], "geolocation"),
                        "lon": Y(lambda f: f.adriatic()[1], "geolocation"),
                        "t": G(lambda f: f.epoch_ms()),
                        "sog": G(lambda f: round(f.r.uniform(0, 9), 1)),
                        "cog": G(lambda f: f.r.randint(0, 359)),
                    },
                    6,
                ),
                "anchorages": Many(
                    {"name": G(lambda f: f.pick(ANCHORAGES)), "nights": G(lambda f: f.r.randint(1, 2))}, 2
                ),
                "engine_hours": G(lambda f: round(f.r.uniform(0, 9), 1)),
                "fuel_used_l": G(lambda f: round(f.r.uniform(0, 90), 1)),
                "weather": {
                    "wind_kn": G(lambda f: f.r.randint(0, 40)),
                    "gust_kn": G(lambda f: f.r.randint(0, 55)),
                    "wind_dir": G(lambda f: f.pick(["N", "NE", "SE", "NW", "SW"])),
                    "wave_m": G(lambda f: round(f.r.uniform(0, 3), 1)),
                },
            },
        ),
        (
            "track",
            "Weather Forecast Viewed",
            ["ios", "android", "rn"],
            2,
            {
                "area": G(
                    lambda f: f.pick(
                        ["Srednji Jadran", "Južni Jadran", "Sjeverni Jadran", "Whitsundays", "Florida Keys"]
                    )
                ),
                "model": G(lambda f: f.pick(["ALADIN", "ECMWF", "GFS", "ACCESS-G"])),
                "wind_kn": G(lambda f: f.r.randint(0, 40)),
                "bura_warning": G(lambda f: f.pick([True, False])),
                "forecast_hours": G(lambda f: f.pick([24, 48, 72])),
                "position": Y(lambda f: "{},{}".format(*f.position()), "geolocation"),
            },
        ),
        (
            "track",
            "Trip Shared",
            APP,
            2,
            {
                "trip_id": G(lambda f: f.uuid()),
                "share_method": G(lambda f: f.pick(["contacts", "share_sheet"])),
                "recipients": Many(
                    {
                        "label": Y(lambda f: f.full_name(), "name", True),
                        "value": Y(lambda f: f.phone(), "phone", True),
                        "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
                    },
                    3,
                ),
            },
        ),
        (
            "track",
            "Waiver Signed",
            ["flutter"],
            2,
            {
                "activity": G(lambda f: f.pick(["scuba_intro", "jet_ski", "snorkel_tour", "parasail"])),
                "operator": G(lambda f: f.pick(["Whitsunday Dive Co", "Reef Jet Ski Tours"])),
                "participant_name": Y(lambda f: f.full_name(), "name"),
                "participant_dob": Y(lambda f: f.date(1950, 2015), "birthdate"),
                "participant_email": Y(lambda f: f.email(), "email"),
                "emergency_contact_name": Y(lambda f: f.full_name(), "name"),
                "emergency_contact_phone": Y(lambda f: f.phone("au"), "phone"),
                "heart_condition": Y(lambda f: f.pick([True, False]), "condition"),
                "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
                "current_medications": Y(
                    lambda f: f.pick(["none", "Ventolin inhaler", "insulin", "metformin", "warfarin"]),
                    "medication",
                ),
                "medicare_number": RED(lambda f: f.medicare(), "health id"),
                "can_swim": G(lambda f: f.pick([True, False])),
                "signature_name": Y(lambda f: f.full_name(), "name"),
                "signed_at": G(lambda f: f.iso()),
                "waiver_version": G(lambda f: f.pick(["v7", "v8"])),
            },
        ),
        (
            "track",
            "Travel Insurance Added",
            ["web", "node"],
            1,
            {
                "insurer": G(lambda f: f.pick(["Pantaenius", "Allianz", "Croatia osiguranje"])),
                "policy_number": Y(
                    lambda f: f"{f.pick(['PAN', 'AZ', 'CO'])}{f.r.randint(10000000, 99999999)}",
                    "identification",
                ),
                "insured_name": Y(lambda f: f.full_name(), "name"),
                "ehic_number": RED(
                    lambda f: (
                        "80"
                        + f.pick(["191", "276", "040", "380", "616", "705"])
                        + str(f.r.randint(10**14, 10**15 - 1))
                    ),
                    "health id",
                ),
                "premium": G(lambda f: f.money(40, 600)),
                "coverage_eur": G(lambda f: f.pick([50000, 100000, 250000])),
                "start_date": G(lambda f: f.date_in()),
                "end_date": G(lambda f: f.date_in()),
            },
        ),
        # -- fuel and provisioning -------------------------------------------------------------
        (
            "track",
            "Gorivo Prodano",
            ["go"],
            2,
            {
                "benzinska_postaja": G(
                    lambda f: f.pick(
                        ["INA Marina Kaštela", "INA Split Gradska luka", "Tifon Rogoznica", "INA Hvar"]
                    )
                ),
                "pumpa": G(lambda f: f.r.randint(1, 6)),
                "vrsta_goriva": G(lambda f: f.pick(["Eurodiesel", "Plavi dizel", "Eurosuper 95"])),
                "litara": G(lambda f: round(f.r.uniform(20, 900), 2)),
                "cijena_po_litri": G(lambda f: round(f.r.uniform(1.3, 1.7), 2)),
                "iznos": G(lambda f: f.money(30, 1500)),
                "valuta": G(lambda f: "EUR"),
                "plovilo": G(lambda f: f.pick(YACHT_NAMES)),
                "registracija": Y(lambda f: f.registration(), "license"),
                "kupac": Y(lambda f: f.full_name(), "name"),
                "nacin_placanja": G(lambda f: f.pick(["kartica", "gotovina"])),
                "broj_racuna": G(lambda f: f"{f.r.randint(1, 9999)}-{f.r.randint(1, 9)}-{f.r.randint(1, 5)}"),
                "jir": G(lambda f: f.uuid()),
                "zki": G(lambda f: f.hexid(32)),
                "oib_prodavatelja": G(lambda f: f.pick(STATION_OIBS)),
                "blagajnik": Y(lambda f: f.full_name(), "name"),
            },
        ),
        (
            "track",
            "Naknada Plaćena",
            ["php"],
            1,
            {
                "broj_potvrde": G(lambda f: f"NSP-{f.r.randint(100000, 999999)}"),
                "iznos": G(lambda f: f.money(20, 600)),
                "valuta": G(lambda f: "EUR"),
                "razdoblje_od": G(lambda f: f.date_in()),
                "razdoblje_do": G(lambda f: f.date_in()),
                "duljina_broda_m": G(lambda f: round(f.r.uniform(7, 24), 1)),
                "vlasnik_ime": Y(lambda f: f.full_name(), "name"),
                "vlasnik_oib": RED(lambda f: f.oib(), "national id"),
                "vlasnik_adresa": Y(lambda f: f.hr_address(), "address"),
                "lucka_kapetanija": G(lambda f: f.pick(["Split", "Šibenik", "Dubrovnik", "Zadar"])),
            },
        ),
        (
            "track",
            "Order Completed",
            ["web"],
            2,
            {
                # provisioning shop on the web: the same spec event, its own keys beside the charter's
                "order_id": G(lambda f: f.booking_no()),
                "total": G(lambda f: f.money(40, 900)),
                "shipping": G(lambda f: f.pick([0, 15, 25])),
                "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
                "products": Many(
                    {
                        "product_id": G(lambda f: setattr(f, "prov", f.pick(PROVISIONS)) or f.prov[0]),
                        "name": G(lambda f: f.prov[1]),
                        "brand": G(lambda f: f.prov[2]),
                        "category": G(lambda f: "provisioning"),
                        "price": G(lambda f: f.money(2, 60)),
                        "quantity": G(lambda f: f.r.randint(1, 7)),
                    },
                    5,
                ),
                "delivery": {
                    "marina": G(lambda f: f.marina()[0]),
                    "berth": G(lambda f: f"{f.pick('ABCDT')}{f.r.randint(1, 60)}"),
                    "date": G(lambda f: f.date_in()),
                    "window": G(lambda f: f.pick(["08-10", "10-12", "16-18"])),
                },
                "delivery_instructions": Y(delivery_instructions, "phone", True),
                "allergies": Many(
                    Y(
                        lambda f: f.pick(["peanuts", "shellfish", "gluten", "lactose", "tree nuts"]),
                        "allergy",
                    ),
                    2,
                ),
                "dietary_preference": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian"])),
                "notes_for_shopper": G(
                    lambda f: f.pick(
                        ["No plastic bags please", "Ripe avocados only", "Substitute brands ok", ""]
                    )
                ),
            },
        ),
        (
            "track",
            "Boat Tracker Paired",
            ["android"],
            1,
            {
                "tracker_model": G(lambda f: f.pick(["Sentinel S2", "GOST NT-Marine", "Kormilo Tag"])),
                "tracker_imei": Y(lambda f: f.imei(), "serial"),
                "sim_iccid": Y(lambda f: f.iccid(), "serial"),
                "bluetooth_mac": Y(lambda f: f.mac(), "mac"),
                "firmware": G(lambda f: f.pick(["2.4.1", "2.5.0"])),
                "battery_v": G(lambda f: round(f.r.uniform(11.8, 13.4), 2)),
                "geofence_radius_m": G(lambda f: f.pick([50, 100, 250])),
            },
        ),
        # -- reviews, support, sharing, marketing ----------------------------------------------
        (
            "track",
            "Review Submitted",
            WEB_APP,
            2,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "yacht_id": G(lambda f: f"y_{f.r.randint(1000, 9999)}"),
                "rating": G(lambda f: f.r.randint(1, 5)),
                "ratings": {
                    "boat": G(lambda f: f.r.randint(1, 5)),
                    "skipper": G(lambda f: f.r.randint(1, 5)),
                    "cleanliness": G(lambda f: f.r.randint(1, 5)),
                },
                "title": G(
                    lambda f: f.pick(
                        [
                            "Amazing week in the Kornati",
                            "Boat older than pictured",
                            "Perfect family holiday",
                            "Great base, slow check-in",
                        ]
                    )
                ),
                "comment": G(
                    lambda f: f.pick(
                        [
                            "Catamaran was spotless and the base team helpful.",
                            "Generator failed on day 3, fixed in Hvar.",
                            "Would book again, great value.",
                            "Check-in took 3 hours.",
                        ]
                    )
                ),
                "skipper_feedback": Y(skipper_feedback, "name", True),
                "reviewer_display_name": Y(lambda f: f"{f.me['first']} {f.me['last'][0]}.", "name"),
                "would_recommend": G(lambda f: f.pick([True, False])),
            },
        ),
        (
            "track",
            "Conversation Message Sent",
            ["node"],
            2,
            {
                "conversation_id": G(lambda f: str(f.r.randint(10**11, 10**12))),
                "author_type": G(lambda f: "user"),
                "text": Y(support_text, "email", True),
                "assignee": {
                    "id": G(lambda f: str(f.r.randint(1000000, 9999999))),
                    "name": Y(lambda f: f.full_name(), "name"),
                },
                "tags": Many(G(lambda f: f.pick(["invoice", "crew-list", "change-request", "vip"])), 2),
            },
        ),
        (
            "track",
            "Admin Booking Searched",
            ["web"],
            1,
            {
                "q": Y(search_q, "email", True),
                "results": G(lambda f: f.r.randint(0, 5)),
                "status_filter": G(lambda f: f.pick(["all", "confirmed", "option"])),
                "admin_user_id": G(lambda f: f"adm_{f.r.randint(10, 99)}"),
            },
        ),
        (
            "track",
            "Address Autocomplete Used",
            ["web"],
            1,
            {
                "request": {
                    "input": Y(place_input, "address|street", True),
                    "sessiontoken": G(lambda f: f.uuid()),
                    "language": G(lambda f: f.pick(["en", "hr", "de"])),
                    "components": G(lambda f: f.pick(["country:hr", "country:au", "country:us"])),
                },
                "predictions_count": G(lambda f: f.r.randint(0, 5)),
                "selected_index": G(lambda f: f.r.randint(0, 4)),
            },
        ),
        (
            "track",
            "Newsletter Form Completed",
            ["web"],
            1,
            {
                "form_id": G(lambda f: f.pick(["footer_newsletter", "exit_intent"])),
                "field": G(lambda f: "email"),
                "value": Y(lambda f: f.email(), "email", True),
            },
        ),
        (
            "track",
            "Gift Voucher Purchased",
            ["web"],
            1,
            {
                "voucher_code": RED(
                    lambda f: "KOR-" + f.hexid(4).upper() + "-" + f.hexid(4).upper(), "token"
                ),
                "amount": G(lambda f: f.pick([100, 250, 500, 1000])),
                "sender_name": Y(lambda f: f.full_name(), "name"),
                "recipient_name": Y(lambda f: f.full_name(), "name"),
                "recipient_email": Y(lambda f: f.email(), "email"),
                "message": Y(voucher_message, "name", True),
                "delivery_date": G(lambda f: f.date_in()),
            },
        ),
        (
            "track",
            "Phone Verification Submitted",
            APP,
            2,
            {
                "phone": Y(me("phone"), "phone"),
                "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
                "attempts": G(lambda f: f.r.randint(1, 3)),
                "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
                "country_calling_code": G(lambda f: f.pick(["+385", "+61", "+1", "+49"])),
                "verified": G(lambda f: f.pick([True, False])),
            },
        ),
        (
            "track",
            "Password Reset Requested",
            ["python"],
            1,
            {
                "email": Y(me("email"), "email"),
                "reset_token": RED(lambda f: f.hexid(40), "token"),
                "expires_at": G(lambda f: f.iso()),
                "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            },
        ),
        (
            "track",
            "Sign In Link Sent",
            ["node"],
            1,
            {
                "email": Y(me("email"), "email"),
                "link_token": RED(lambda f: f.jwt(), "token"),
                "expires_in": G(lambda f: 900),
            },
        ),
        (
            "track",
            "Password Changed",
            ["web"],
            1,
            {
                "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
                "used_password_manager": G(lambda f: f.pick([True, False])),
                "sessions_revoked": G(lambda f: f.r.randint(0, 4)),
            },
        ),
        (
            "track",
            "Crew Invited",
            APP,
            2,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "invitee_email": Y(lambda f: f.email(), "email"),
                "invitee_name": Y(lambda f: f.full_name(), "name"),
                "invite_token": RED(lambda f: f.hexid(32), "token"),
                "relation": G(lambda f: f.pick(["friend", "family", "colleague"])),
                "invites_remaining": G(lambda f: f.r.randint(0, 9)),
            },
        ),
        (
            "track",
            "Ad Click Attributed",
            ["python"],
            2,
            {
                "gclid": Y(lambda f: f.gclid(), "advertising id"),
                "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
                "utm_campaign": G(lambda f: f.pick(["summer_charter_2025", "whitsundays_winter"])),
                "landing_page": G(
                    lambda f: f.pick(["https://www.kormilo.com/", "https://www.kormilo.com/search"])
                ),
                "client_ip": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "event_id": G(lambda f: f.uuid()),
            },
        ),
        (
            "track",
            "Crew Details Saved",
            APP,
            2,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "crew": Many(
                    {
                        "firstName": Y(lambda f: f.first(), "name"),
                        "lastName": Y(lambda f: f.last(), "name"),
                        "dateOfBirth": Y(lambda f: f.date(1945, 2020), "birthdate"),
                        "nationality": Y(
                            lambda f: f.pick(
                                [
                                    "Croatian",
                                    "German",
                                    "American",
                                    "Australian",
                                    "Czech",
                                    "Polish",
                                    "Italian",
                                    "Slovenian",
                                ]
                            ),
                            "citizenship",
                        ),
                        "passportNumber": RED(lambda f: f.passport(), "passport"),
                        "passportExpiry": G(lambda f: f.date(2025, 2035)),
                        "isMinor": G(lambda f: f.pick([True, False, False])),
                        "role": G(lambda f: f.pick(["skipper", "crew", "guest"])),
                    },
                    6,
                ),
                "crewCount": G(lambda f: f.r.randint(1, 10)),
                "completedPct": G(lambda f: f.pick([25, 50, 75, 100])),
            },
        ),
        (
            "track",
            "Inbound SMS Received",
            ["python"],
            2,
            {
                # Twilio webhook forwarded as-is: To is the company's own number, From the guest's
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": Y(lambda f: f.e164(), "phone"),
                "To": G(lambda f: f.pick(["+38521555014", "+61755501234", "+19545550172"])),
                "Body": G(
                    lambda f: f.pick(
                        [
                            "Running 20 min late",
                            "YES",
                            "Is fuel included?",
                            "STOP",
                            "Can we get a second SUP?",
                            "Thanks, see you Saturday",
                        ]
                    )
                ),
                "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
                "FromCity": Y(
                    lambda f: f.pick(
                        ["SPLIT", "ZAGREB", "AIRLIE BEACH", "FORT LAUDERDALE", "SYDNEY", "ANNAPOLIS"]
                    ),
                    "city",
                ),
                "FromZip": Y(
                    lambda f: f.pick(["21000", "10000", "4802", "33316", "2000", "21403"]), "zipcode"
                ),
                "FromCountry": G(lambda f: f.pick(["HR", "AU", "US"])),
            },
        ),
        (
            "track",
            "Call Completed",
            ["node"],
            1,
            {
                "call_id": G(lambda f: f.r.randint(10**8, 10**9)),
                "direction": G(lambda f: f.pick(["inbound", "outbound"])),
                "caller_number": Y(lambda f: f.phone(), "phone"),
                "company_number": G(lambda f: f.marina()[5]),
                "agent_name": Y(lambda f: f.full_name(), "name"),
                "duration_sec": G(lambda f: f.r.randint(5, 1800)),
                "missed": G(lambda f: f.pick([True, False])),
                "tags": Many(G(lambda f: f.pick(["booking", "complaint", "berth", "fuel"])), 2),
            },
        ),
        (
            "track",
            "Support Ticket Created",
            ["node"],
            2,
            {
                "ticket": {
                    "id": G(lambda f: f.r.randint(10000, 99999)),
                    "subject": G(
                        lambda f: f.pick(
                            [
                                "Change of embark date",
                                "Invoice request",
                                "Lost property",
                                "Deposit not released",
                            ]
                        )
                    ),
                    "description": Y(
                        lambda f: f.pick(
                            [
                                f"Please call me back on {f.phone()} about the deposit",
                                f"My number changed, new one is {f.phone()}",
                                f"Left sunglasses on the boat, reach me at {f.phone()}",
                                f"Skipper's phone for tomorrow: {f.phone()}",
                            ]
                        ),
                        "phone",
                        True,
                    ),
                    "requester": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                    },
                    "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile"]))},
                    "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                    "custom_fields": Many(
                        {
                            "id": G(lambda f: f.pick([360012345678, 360012345679])),
                            "value": G(lambda f: f.booking_no()),
                        },
                        1,
                    ),
                },
                "source": G(lambda f: "zendesk"),
            },
        ),
        (
            "track",
            "Referral Sent",
            WEB_APP,
            1,
            {
                "to": Y(lambda f: f.email(), "email", True),
                "referral_code": G(lambda f: f.hexid(8).upper()),
                "reward_eur": G(lambda f: f.pick([50, 100])),
                "referrals_sent_total": G(lambda f: f.r.randint(1, 12)),
            },
        ),
        (
            "track",
            "Calendar Invite Sent",
            ["node"],
            1,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "attendees": Many(Y(lambda f: f.email(), "email", True), 4),
                "ics_uid": G(lambda f: f.uuid() + "@kormilo.com"),
                "event_start": G(lambda f: f.iso()),
            },
        ),
        (
            "track",
            "Berth Contract Signed",
            ["python"],
            2,
            {
                "contract_id": G(lambda f: f"BC-{f.r.randint(2024, 2025)}-{f.r.randint(1, 9999):05d}"),
                "marina_id": G(lambda f: f"m_{f.r.randint(10, 99)}"),
                "holder": {
                    "full_name": Y(lambda f: f"{f.me['first']} {f.me['last']}", "name"),
                    "email": Y(me("email"), "email"),
                    "phone": Y(me("phone"), "phone"),
                    "address": {
                        "street": Y(me("line"), "address|street"),
                        "city": Y(me("city"), "city"),
                        "postal_code": Y(me("zip"), "zipcode"),
                        "country": G(me("country")),
                    },
                    "id_document_number": RED(lambda f: f.id_document(), "passport|national id"),
                },
                "boat": {
                    "name": G(lambda f: f.pick(YACHT_NAMES)),
                    "registration": Y(lambda f: f.registration(), "license"),
                    "hin": Y(lambda f: f.hin(), "serial"),
                    "insurer": G(lambda f: f.pick(["Pantaenius", "Croatia osiguranje", "Allianz", "BoatUS"])),
                    "insurance_policy_no": Y(
                        lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}", "identification"
                    ),
                },
                "contract_start": G(lambda f: f.date_in()),
                "contract_end": G(lambda f: f.date_in(2025, 2026)),
                "annual_fee": G(lambda f: f.money(2500, 22000)),
                "payment_schedule": G(lambda f: f.pick(["annual", "quarterly", "monthly"])),
                "direct_debit_iban": RED(lambda f: f.any_iban(), "bank account"),
                "mandate_id": G(lambda f: f"MNDT-{f.hexid(10).upper()}"),
                "signature_ip": Y(lambda f: f.ipv4(), "ip"),
                "signed_at": G(lambda f: f.iso()),
            },
        ),
        (
            "track",
            "Transfer Booked",
            WEB_APP,
            2,
            {
                "transfer_id": G(lambda f: f.uuid()),
                "flight_number": G(
                    lambda f: f.pick(["OU 652", "LH 1418", "FR 2361", "QF 706", "VA 1171", "AA 2233"])
                ),
                "pickup": G(
                    lambda f: f.pick(
                        [
                            "Split Airport (SPU)",
                            "Dubrovnik Airport (DBV)",
                            "Proserpine (PPP)",
                            "Fort Lauderdale (FLL)",
                        ]
                    )
                ),
                "dropoff": G(lambda f: f.marina()[0]),
                "passenger_name": Y(lambda f: f"{f.me['first']} {f.me['last']}", "name"),
                "passenger_phone": Y(me("phone"), "phone"),
                "passengers": G(lambda f: f.r.randint(1, 8)),
                "luggage_count": G(lambda f: f.r.randint(1, 12)),
                "pickup_note": Y(
                    lambda f: f.pick(
                        [
                            f"Driver waits at arrivals with a sign: {f.me['last'].upper()}",
                            f"Sign for {f.me['first']} {f.me['last']}",
                            f"Ask for {f.me['first']} at the Costa coffee",
                        ]
                    ),
                    "name",
                    True,
                ),
                "driver": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "masked_phone": G(
                        lambda f: f.pick(["+385 1 5550 101", "+385 1 5550 102", "+61 2 5550 3390"])
                    ),
                    "vehicle_plate": Y(
                        lambda f: f.pick(
                            [
                                f"ST {f.r.randint(100, 9999)}-{f.pick(['AB', 'TX', 'KL'])}",
                                f"{f.r.randint(100, 999)}{f.pick(['XQZ', 'ABC', 'JKT'])}",
                            ]
                        ),
                        "license",
                    ),
                    "vehicle": G(lambda f: f.pick(["Mercedes V-Class", "Toyota HiAce", "Škoda Superb"])),
                },
                "price": G(lambda f: f.money(35, 240)),
            },
        ),
        (
            "track",
            "Pre-Arrival Form Submitted",
            ["web"],
            2,
            {
                "booking_id": G(lambda f: f.booking_no()),
                "arrival_time": G(lambda f: f.pick(["14:00", "16:30", "18:00", "21:15"])),
                "arriving_by": G(lambda f: f.pick(["car", "plane", "ferry", "bus"])),
                "car_parking_needed": G(lambda f: f.pick([True, False])),
                "emergency_contact": {
                    "full_name": Y(lambda f: f.full_name(), "name"),
                    "mobile": Y(lambda f: f.phone(), "phone"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "celebrating": G(lambda f: f.pick(["", "birthday", "anniversary", "honeymoon"])),
                "special_requests": G(
                    lambda f: f.pick(
                        [
                            "",
                            "Extra towels",
                            "Ice on arrival",
                            "Late check-out if possible",
                            "Bow thruster briefing please",
                        ]
                    )
                ),
            },
        ),
        (
            "track",
            "Loyalty Points Earned",
            ["ruby"],
            1,
            {
                "member_number": G(lambda f: f"KM{f.r.randint(1000000, 9999999)}"),
                "points": G(lambda f: f.r.randint(10, 2000)),
                "tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
                "reason": G(lambda f: f.pick(["charter", "berth", "review", "referral"])),
            },
        ),
    ]


def build(seed: int, repeats: int):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in tracking_plan():
            for _ in range(weight):
                f.new_me()
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f"usr_{f.r.randint(100000, 999999)}",
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = f"op_{f.r.randint(100, 999)}"
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CLIENTS[client](), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=224, repeats=20)
    write(Path(__file__).parent, "holdout224_", events, labels)
