"""Writes holdout294: tests/corpus/holdout294_events.jsonl and holdout294_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format
only), without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and without running the engine on these events. It is for scoring on unseen traffic.

Domain: Rodway, a roadside-assistance and breakdown-cover provider in the UK, Spain and South
Africa. Member web site (analytics.js) and member apps (analytics-swift, analytics-kotlin, and a
React Native app for Spain), a call-centre console (analytics.js) and telephony service (.NET), a
patrol (mechanic) app (analytics_flutter) and backends in python, node, go, java, ruby and php:
memberships, covered vehicles (plates, VINs), breakdown reports with the member's live location
and what3words references, patrol dispatch and ETA tracking, towing and garage bookings, hire cars
and onward travel, payments, direct debits and renewals, vulnerable-member records, call and
recording metadata, SMS and e-mail delivery webhooks, patrol HR onboarding, a reverse-ETL
identify from the warehouse and fleet (business) group calls. Spanish keys from the Spanish
backend, Afrikaans keys from the South African one; PascalCase from .NET and Twilio-shaped
payloads, kebab-case from the Go telematics service, SCREAMING_SNAKE from the warehouse sync.

Values are generated per event for one member (names, phones, addresses, postcodes, plates and
coordinates consistent with the member's country); recipients, contacts, drivers and staff get
their own. Checksums are real: DNI/NIE letters, South African ID numbers (Luhn), VIN check digits,
Luhn card numbers (and Luhn-valid 16-digit membership card numbers, which are green), mod-97 IBANs.

Conventions: a label is per leaf path (`properties.a.b`, arrays as `[]`), with classification
red / yellow / green, a type (the reference's matcher names; `geolocation`, `national id`,
`bank account`, `token`, `secret`, `advertising id`, `credit score`, `trade union` otherwise;
`a|b` when either is fair) and value_only (true when the key does not say what the value is).

Labelling rules (the product's default colours and published policy, as given in the brief):
- PII: data about a natural person (member, recipient, contact, named driver, third party, staff
  member, patrol): names, contact details, their own address, postcode, town or precise location
  (a breakdown's coordinates, what3words, a motorway kilometre point, a patrol's live position),
  birth dates, government ids, bank accounts, full card numbers, special categories, credentials,
  IP addresses, advertising and ad-click ids. Colours as the reference's matchers; outside it,
  red for credentials, card numbers, bank accounts, government ids and health ids, else yellow.
- Green: ids we or vendors issue (job, member, membership-card, claim, booking, mandate, Twilio
  SIDs, Stripe customer and payment-intent ids), versions, timestamps, amounts, enums, counters
  and booleans under PII-sounding keys (`emailVerified`, `passwordStrength`), product, plan,
  company, garage, hire-firm and pet names, places that are not the person's (a garage, a hire
  branch, a searched destination, a depot), countries, provinces, locales, user agents,
  OS-issued device ids; card brand, last four, expiry and BIN; sort codes, BICs and branch codes.
- Policy: membership, member, claim numbers green; ages and age bands green; job titles green;
  a business's own phone, e-mail and address green (garages, hire branches, our sender numbers,
  role mailboxes such as no-reply@ or bookings@, a fleet customer's switchboard and office); pet
  names green; UUID tokens (Places session token, appAccountToken) and e-mail Message-IDs green.
  Yellow: insurer policy numbers (`identification`), hourly rates (`salary`), credit scores,
  plates (`license`, our patrol vans' plates included) and VINs and telematics IMEIs (`serial`),
  gclid / fbclid / fbp / fbc (`advertising id`), billing addresses (`address`), trade union.
  Red: Stripe `pm_` ids and client secrets, one-time codes and sign-in link tokens, identity
  document numbers (`national id` / `passport`), right-to-work and visa-sponsorship answers.
- Special categories: a boolean or enum that reveals one is labelled as that category
  (wheelchair-accessible hire car required, Motability lease, access needs: red `disability`;
  health conditions and injuries reported: yellow `condition`; SA population group: yellow
  `race`). A generic vulnerable-member flag is labelled yellow `condition` (decided here: in
  this trade the register records health, disability and similar circumstances, and a careful
  privacy owner would flag it).
- Decided here where the policy is silent: a live-tracking share link (anyone holding it sees the
  member's position) is a red `token`; a hash of a person's e-mail or phone sent for ad matching
  (Meta CAPI `em`, `ph`) is labelled as the thing hashed (yellow, not value_only: the vendor's
  key names it); a call recording's URL holds only our ids and is green; a garage's labour rate
  is a price (green), a patrol's hourly rate is pay (yellow `salary`).
- value_only: a PII path under a neutral key (`q`, `input`, `value`, `text`, `To`, `Caller`,
  `Body`, `destination`, notes) holds that PII in every one of its values; free text is labelled
  by what every value carries and is green when none does.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places by country -------------------------------------------------------------------

FIRST = {
    "GB": [
        "Oliver",
        "Amelia",
        "Harjit",
        "Siobhan",
        "Callum",
        "Aisha",
        "Tomasz",
        "Chidi",
        "Eleanor",
        "Rhys",
        "Priya",
        "Declan",
        "Fiona",
        "Mohammed",
        "Grace",
        "Kwabena",
        "Bethan",
        "Hamish",
        "Leah",
        "Arjun",
        "Niamh",
        "Ewan",
        "Zainab",
    ],
    "ES": [
        "Lucía",
        "Javier",
        "Carmen",
        "Alejandro",
        "Nerea",
        "Iker",
        "Montserrat",
        "Jordi",
        "Xabier",
        "Paula",
        "Sergio",
        "Aitana",
        "Rocío",
        "Mohamed",
        "Ainhoa",
        "Álvaro",
        "Inés",
        "Pau",
        "Marta",
        "Guillermo",
    ],
    "ZA": [
        "Thabo",
        "Nomvula",
        "Sipho",
        "Lindiwe",
        "Pieter",
        "Annelie",
        "Johan",
        "Riaan",
        "Zanele",
        "Kagiso",
        "Naledi",
        "Pravesh",
        "Fatima",
        "Lerato",
        "Bongani",
        "Marlize",
        "Ayanda",
        "Charl",
        "Yusuf",
        "Thandeka",
    ],
}
LAST = {
    "GB": [
        "Taylor",
        "Evans",
        "Khan",
        "Murphy",
        "Kaur",
        "Nowak",
        "Okoye",
        "MacLeod",
        "Ahmed",
        "Hughes",
        "Patel",
        "O'Connor",
        "Thompson",
        "Campbell",
        "Jones",
        "Begum",
        "Wright",
        "Mensah",
        "Fraser",
        "Singh",
        "Davies",
    ],
    "ES": [
        "García",
        "López",
        "Fernández",
        "Ruiz",
        "Martínez",
        "Sánchez",
        "Etxeberria",
        "Puig",
        "Navarro",
        "Romero",
        "Gil",
        "Torres",
        "Castro",
        "Ortega",
        "Vidal",
        "Iglesias",
        "Moreno",
        "Serrano",
    ],
    "ZA": [
        *[
            "Nkosi",
            "Dlamini",
            "Botha",
            "Naidoo",
            "Mokoena",
            "Khumalo",
            "Pillay",
            "Pretorius",
            "Coetzee",
            "Ndlovu",
            "Adams",
        ],
        *["Jacobs", "Mahlangu", "Govender", "Steyn", "Mthembu"],
        "van der Merwe",
        "du Plessis",
        "van Wyk",
    ],
}
MAIL = {
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com", "outlook.com"],
}
# (city, postcode area, province / region)
GB_TOWNS = [
    ("Manchester", "M", "England"),
    ("Leeds", "LS", "England"),
    ("Glasgow", "G", "Scotland"),
    ("Cardiff", "CF", "Wales"),
    ("Bristol", "BS", "England"),
    ("Norwich", "NR", "England"),
    ("Belfast", "BT", "Northern Ireland"),
    ("Swindon", "SN", "England"),
    ("Sheffield", "S", "England"),
    ("Leicester", "LE", "England"),
    ("Aberdeen", "AB", "Scotland"),
    ("Exeter", "EX", "England"),
]
ES_TOWNS = [
    ("Madrid", "28", "Madrid"),
    ("Sevilla", "41", "Sevilla"),
    ("Valencia", "46", "Valencia"),
    ("Bilbao", "48", "Bizkaia"),
    ("Zaragoza", "50", "Zaragoza"),
    ("Málaga", "29", "Málaga"),
    ("Barcelona", "08", "Barcelona"),
    ("Murcia", "30", "Murcia"),
    ("A Coruña", "15", "A Coruña"),
]
# (suburb, city, postcode, province)
ZA_TOWNS = [
    ("Sandton", "Johannesburg", "2196", "Gauteng"),
    ("Soweto", "Johannesburg", "1804", "Gauteng"),
    ("Bellville", "Cape Town", "7530", "Western Cape"),
    ("Sea Point", "Cape Town", "8005", "Western Cape"),
    ("Umhlanga", "Durban", "4319", "KwaZulu-Natal"),
    ("Centurion", "Pretoria", "0157", "Gauteng"),
    ("Summerstrand", "Gqeberha", "6001", "Eastern Cape"),
    ("Die Boord", "Stellenbosch", "7600", "Western Cape"),
    ("Brandwag", "Bloemfontein", "9301", "Free State"),
]
GB_STREETS = [
    "Victoria",
    "Church",
    "Station",
    "Mill",
    "Queens",
    "Albert",
    "Park",
    "Acacia",
    "Meadow",
    "Highfield",
    "Wellington",
    "Chapel",
]
GB_KINDS = ["Road", "Street", "Avenue", "Close", "Lane", "Crescent", "Drive", "Way", "Gardens"]
ES_STREETS = [
    "Calle de Alcalá",
    "Calle Mayor",
    "Avenida de América",
    "Calle San Vicente",
    "Carrer de Mallorca",
    "Calle Real",
    "Paseo de la Castellana",
    "Calle Gran Vía",
    "Avenida de la Constitución",
]
ZA_STREETS = [
    "Voortrekker Road",
    "Jan Smuts Avenue",
    "Bree Street",
    "Church Street",
    "Main Road",
    "Oxford Road",
    "Beach Road",
    "Rivonia Road",
    "Kerk Straat",
]
BOX = {"GB": (50.2, 57.5, -5.5, 1.7), "ES": (36.2, 43.5, -8.8, 3.2), "ZA": (-34.3, -22.5, 18.0, 32.5)}
W3W = [
    "filled",
    "count",
    "soap",
    "index",
    "raft",
    "table",
    "lamp",
    "river",
    "stone",
    "apple",
    "mouse",
    "brick",
    "cloud",
    "swan",
    "tiger",
    "pencil",
    "orange",
    "jumps",
    "sings",
    "plans",
    "drums",
    "ladder",
    "kettle",
    "crown",
    "minds",
    "plays",
    "limit",
    "spoons",
    "lovely",
    "bravo",
    "cheek",
    "dragon",
    "fences",
    "glove",
    "hotel",
    "jacket",
    "keeps",
    "lunch",
    "medal",
    "noted",
    "otter",
    "pillow",
    "quiet",
    "rulers",
    "sketch",
    "tender",
    "urban",
    "vivid",
    "wobble",
    "yards",
    "zones",
    "acorn",
    "basket",
    "candle",
]
CARS = {
    "GB": [
        ("Ford", "Fiesta"),
        ("Vauxhall", "Corsa"),
        ("Volkswagen", "Golf"),
        ("Nissan", "Qashqai"),
        ("Tesla", "Model 3"),
        ("Kia", "Niro EV"),
        ("BMW", "320d"),
        ("Toyota", "Yaris"),
    ],
    "ES": [
        ("SEAT", "Ibiza"),
        ("Renault", "Clio"),
        ("Peugeot", "208"),
        ("Dacia", "Sandero"),
        ("Toyota", "C-HR"),
        ("Citroën", "C4"),
        ("Volkswagen", "Polo"),
        ("Hyundai", "Tucson"),
    ],
    "ZA": [
        ("Toyota", "Hilux"),
        ("Volkswagen", "Polo Vivo"),
        ("Ford", "Ranger"),
        ("Suzuki", "Swift"),
        ("Nissan", "NP200"),
        ("Toyota", "Corolla Cross"),
        ("Haval", "Jolion"),
        ("Isuzu", "D-Max"),
    ],
}
WMI = ["WVW", "WF0", "SAL", "VF1", "TMB", "JHM", "VSS", "WBA", "SB1", "AHT", "KNA", "MAL"]
COLOURS = ["Silver", "Black", "White", "Grey", "Blue", "Red", "Green"]
GARAGES = {
    "GB": [
        (
            "Smith & Sons Motors",
            "0161 496 0231",
            "bookings@smithandsonsmotors.co.uk",
            "Unit 4, Trafford Park",
        ),
        (
            "Kwik Fit Leeds Kirkstall",
            "0113 496 0822",
            "leeds.kirkstall@kwik-fit.example.co.uk",
            "Kirkstall Road",
        ),
        (
            "Halfords Autocentre Cardiff",
            "029 2018 0456",
            "cardiff@halfords-auto.example.co.uk",
            "Newport Road",
        ),
        ("Glasgow EV Repairs", "0141 496 0777", "workshop@glasgowev.example.co.uk", "Pollokshaws Road"),
    ],
    "ES": [
        (
            "Talleres Hermanos Ruiz",
            "91 456 78 90",
            "citas@talleresruiz.example.es",
            "Calle de Embajadores 112",
        ),
        ("Norauto Valencia", "963 12 45 67", "valencia@norauto.example.es", "Avenida del Puerto 28"),
        ("Midas Sevilla Este", "954 22 31 10", "sevillaeste@midas.example.es", "Avenida de las Ciencias 4"),
    ],
    "ZA": [
        (
            "Tiger Wheel & Tyre Bellville",
            "021 948 1200",
            "bellville@tigerwheel.example.co.za",
            "Voortrekker Road 220",
        ),
        ("Supa Quick Sandton", "011 784 5566", "sandton@supaquick.example.co.za", "Rivonia Road 31"),
        (
            "Umhlanga Auto Clinic",
            "031 561 2233",
            "service@umhlangaauto.example.co.za",
            "Umhlanga Rocks Drive 9",
        ),
    ],
}
PLANS = [
    "Roadside",
    "Roadside + Home Start",
    "Complete",
    "Complete + Europe",
    "Vehicle Cover",
    "Personal Cover",
]
FAULTS = [
    "flat_battery",
    "flat_tyre",
    "wont_start",
    "accident",
    "misfuel",
    "locked_out",
    "overheating",
    "ev_no_charge",
]
FAULT_TEXT = [
    "Clicking when I turn the key, dash lights dim",
    "Tyre blew out on the slip road",
    "Warning light came on then lost power",
    "Put petrol in a diesel, have not started it",
    "Keys locked in the boot",
    "Steam from under the bonnet",
    "Car is showing 0% and the charger will not connect",
    "Strange grinding noise from the front left wheel",
]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class RFake(Fake):
    """Fake with a current country and a current member, set per event."""

    def start(self, cc: str) -> None:
        self.cc = cc
        self.p = self.person(cc)

    def person(self, cc: str | None = None) -> dict:
        cc = cc or self.cc
        r = self.r
        first = self.pick(FIRST[cc])
        last = self.pick(LAST[cc])
        if cc == "ES":
            last = f"{last} {self.pick(LAST['ES'])}"
        p = {"cc": cc, "first": first, "last": last, "full": f"{first} {last}"}
        user = fold(first).lower()
        sur = fold(last).lower().replace(" ", "").replace("'", "")
        p["email"] = self.pick(
            [
                f"{user}.{sur}@{self.pick(MAIL[cc])}",
                f"{user}{sur[:4]}{r.randint(1, 99)}@{self.pick(MAIL[cc])}",
                f"{user[0]}{sur}@{self.pick(MAIL[cc])}",
                f"{user}_{r.randint(1970, 2005)}@{self.pick(MAIL[cc])}",
            ]
        )
        p["phone"] = self.mobile(cc)
        p["dob"] = self.date(1948, 2005)
        if cc == "GB":
            town, area, region = self.pick(GB_TOWNS)
            p["street"] = f"{r.randint(1, 240)} {self.pick(GB_STREETS)} {self.pick(GB_KINDS)}"
            p["city"], p["region"], p["suburb"] = town, region, town
            p["postcode"] = self.gb_postcode(area)
        elif cc == "ES":
            town, pre, prov = self.pick(ES_TOWNS)
            p["street"] = (
                f"{self.pick(ES_STREETS)} {r.randint(1, 180)}, {r.randint(1, 9)}º {self.pick('ABCD')}"
            )
            p["city"], p["region"], p["suburb"] = town, prov, town
            p["postcode"] = f"{pre}{r.randint(1, 999):03d}"
        else:
            suburb, city, code, prov = self.pick(ZA_TOWNS)
            p["street"] = f"{r.randint(1, 300)} {self.pick(ZA_STREETS)}"
            p["city"], p["region"], p["suburb"], p["postcode"] = city, prov, suburb, code
        lat0, lat1, lon0, lon1 = BOX[cc]
        p["lat"] = round(r.uniform(lat0, lat1), self.pick([5, 6, 7]))
        p["lon"] = round(r.uniform(lon0, lon1), self.pick([5, 6, 7]))
        p["plate"] = self.plate(cc)
        p["vin"] = self.vin()
        p["car"] = self.pick(CARS[cc])
        return p

    # -- formats --------------------------------------------------------------------------------

    def mobile(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        r = self.r
        if cc == "GB":
            a, b = r.randint(7400, 7999), r.randint(100000, 999999)
            return self.pick([f"0{a} {b}", f"+44 {a} {b}", f"+44{a}{b}", f"0{a}{b}", f"+44 (0){a} {b}"])
        if cc == "ES":
            n = f"{self.pick('67')}{r.randint(10000000, 99999999)}"
            return self.pick(
                [
                    f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"{n[:3]} {n[3:6]} {n[6:]}",
                    f"+34{n}",
                    f"0034 {n}",
                ]
            )
        prefix = self.pick(["60", "61", "71", "72", "73", "76", "79", "81", "82", "83", "84"])
        n = f"{prefix}{r.randint(1000000, 9999999)}"
        return self.pick([f"+27 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+27{n}"])

    def gb_postcode(self, area: str) -> str:
        inward = (
            f"{self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        return f"{area}{self.r.randint(1, 28)} {inward}"

    def plate(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        r = self.r
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        if cc == "GB":
            age = self.pick([15, 16, 18, 19, 21, 22, 23, 24, 65, 66, 68, 69, 70, 71, 72, 73, 74])
            tail = "".join(self.pick(letters) for _ in range(3))
            plate = f"{self.pick(letters)}{self.pick(letters)}{age} {tail}"
            return plate if r.random() < 0.7 else plate.replace(" ", "")
        if cc == "ES":
            cons = "BCDFGHJKLMNPRSTVWXYZ"
            return f"{r.randint(0, 9999):04d} {''.join(self.pick(cons) for _ in range(3))}"
        kind = r.randint(0, 2)
        if kind == 0:
            return f"{self.pick(['CA', 'CY', 'CF', 'CAW'])} {r.randint(100, 999)}-{r.randint(100, 999)}"
        if kind == 1:
            head, tail = self.pick(letters) + self.pick(letters), self.pick(letters) + self.pick(letters)
            return f"{head} {r.randint(10, 99)} {tail} GP"
        return f"N{self.pick('DUP')} {r.randint(10000, 99999)}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(WMI) + "".join(self.pick(chars) for _ in range(5)) + "0"
        body += (
            self.pick("HJKLMNPRS") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{self.r.randint(0, 999999):06d}"
        )
        values = {c: i + 1 for i, c in enumerate("ABCDEFGH")}
        values.update({c: i + 1 for i, c in enumerate("JKLMN")})
        values.update({"P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
        values.update({str(d): d for d in range(10)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        total = sum(values[c] * w for c, w in zip(body, weights, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def w3w(self) -> str:
        words = ".".join(self.pick(W3W) for _ in range(3))
        return self.pick([f"///{words}", words])

    def dni(self) -> str:
        n = self.r.randint(10000000, 79999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self) -> str:
        lead = self.r.randint(0, 2)
        n = self.r.randint(1000000, 9999999)
        return f"{'XYZ'[lead]}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(f'{lead}{n}') % 23]}"

    def es_id(self) -> str:
        return self.dni() if self.r.random() < 0.8 else self.nie()

    def za_id(self, dob: str | None = None) -> str:
        dob = dob or self.date(1950, 2004)
        body = dob[2:4] + dob[5:7] + dob[8:10] + f"{self.r.randint(0, 9999):04d}" + self.pick("0001") + "8"
        return self.luhn_complete(body)

    def nino(self) -> str:
        first, second = "G", "B"
        while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            first, second = self.pick("ABCEGHJKLMNPRSTWXYZ"), self.pick("ABCEGHJKLMNPRSTWXYZ")
        digits = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return f"{first}{second}{digits}{suffix}"

    def gb_licence(self, last: str, first: str, dob: str) -> str:
        sur = (fold(last).upper().replace(" ", "").replace("'", "") + "99999")[:5]
        month = int(dob[5:7]) + (50 if self.r.random() < 0.5 else 0)
        check = self.pick("ABCDEFGHJK") + self.pick("ABCDEFGHJK")
        initials = fold(first)[0].upper() + "9"
        return f"{sur}{dob[2]}{month:02d}{dob[8:10]}{dob[3]}{initials}{self.r.randint(0, 9)}{check}"

    def id_document(self, p: dict) -> str:
        if p["cc"] == "ES":
            return self.es_id()
        if p["cc"] == "ZA":
            return self.za_id(p["dob"])
        return self.digits(9)

    def member_card(self) -> str:
        number = self.luhn_complete("633920" + f"{self.r.randint(0, 999999999):09d}")
        if self.r.random() < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def member_no(self) -> str:
        return {"GB": "R", "ES": "ES", "ZA": "ZA"}[self.cc] + self.digits(8)

    def job_ref(self) -> str:
        return f"RW-{self.pick(['24', '25'])}-{self.digits(7)}"

    def alnum(self, n: int) -> str:
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def gclid(self) -> str:
        return (
            self.pick(["Cj0KCQjw", "CjwKCAiA", "EAIaIQobChMI"]) + self.alnum(self.r.randint(60, 80)) + "_BwE"
        )

    def fbclid(self) -> str:
        return "IwAR" + self.alnum(self.r.randint(50, 60))

    def gb_landline(self) -> str:
        return (
            self.pick(["0161 496 ", "0113 496 ", "0117 496 ", "0141 496 ", "020 7946 "])
            + f"{self.r.randint(0, 9999):04d}"
        )

    def lat_near(self) -> float:
        return round(self.p["lat"] + self.r.uniform(-0.08, 0.08), 6)

    def lon_near(self) -> float:
        return round(self.p["lon"] + self.r.uniform(-0.08, 0.08), 6)


# -- contexts sent by the client libraries ----------------------------------------------------------

LOCALES = {"GB": ["en-GB"], "ES": ["es-ES", "ca-ES", "en-GB"], "ZA": ["en-ZA", "af-ZA", "zu-ZA"]}
ZONES = {"GB": "Europe/London", "ES": "Europe/Madrid", "ZA": "Africa/Johannesburg"}
SITES = {"GB": "https://www.rodway.co.uk", "ES": "https://www.rodway.es", "ZA": "https://www.rodway.co.za"}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
PAGES = [
    ("/", "Breakdown Cover | Rodway"),
    ("/breakdown-cover/compare", "Compare our cover | Rodway"),
    ("/join/your-details", "Your details | Join Rodway"),
    ("/join/payment", "Payment | Join Rodway"),
    ("/my-account/vehicles", "My vehicles | Rodway"),
    ("/report-a-breakdown", "Report a breakdown | Rodway"),
]


def ip(f: RFake):
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def web_context(f: RFake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.moneysupermarket.example.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=renewal_email"])),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: SITES[f.cc] + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: ZONES[f.cc]),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_cover_2024", "renewal_q2", "ev_launch"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "compare_site"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
            "term": G(
                lambda f: f.pick(["breakdown cover", "cheap breakdown cover", "asistencia en carretera"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "price_banner", "textlink"])),
        },
        "consent": {
            "categoryPreferences": {
                "Analytics": G(lambda f: True),
                "Advertising": G(lambda f: f.pick([True, False])),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def console_context(f: RFake):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "next-1.72.1")},
        "page": {
            "path": G(lambda f: f.pick(["/console/jobs", "/console/members/search", "/console/calls/live"])),
            "title": G(lambda f: f.pick(["Dispatch Desk", "Member Search - Dispatch Desk"])),
            "url": G(lambda f: "https://desk.rodway.internal/console/jobs"),
        },
        "userAgent": G(lambda f: UAS[0]),
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: ZONES[f.cc]),
        "ip": Y(lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"),
        "traits": {
            "email": Y(
                lambda f: (
                    fold(f.person()["first"]).lower()
                    + "."
                    + fold(f.person()["last"]).lower().replace(" ", "")
                    + "@rodway.co.uk"
                ),
                "email",
            ),
            "team": G(
                lambda f: f.pick(
                    ["Dispatch North", "Member Care", "Vulnerable Members Team", "Atención al Socio"]
                )
            ),
            "role": G(lambda f: f.pick(["agent", "team_lead", "dispatcher"])),
        },
    }


def swift_context(f: RFake):
    return {
        "app": {
            "name": G(lambda f: "Rodway"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2", "7.6.0"])),
            "build": G(lambda f: f.pick(["740012", "752003", "760001"])),
            "namespace": G(lambda f: "uk.co.rodway.member"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(
                lambda f: f.uuid().upper() if f.r.random() < 0.8 else "00000000-0000-0000-0000-000000000000",
                "advertising id",
            ),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: ZONES[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "membershipNumber": G(lambda f: f.member_card()),
        },
    }


def kotlin_context(f: RFake):
    return {
        "app": {
            "name": G(lambda f: "Rodway"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.1"])),
            "build": G(lambda f: f.pick(["7040", "7051"])),
            "namespace": G(lambda f: "uk.co.rodway.member"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TY", "SM-S918B"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "dm3q"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.alnum(22) + ":APA91b" + f.alnum(134), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "GB": ["EE", "Vodafone UK", "O2 - UK", "Three"],
                        "ES": ["Movistar", "Orange", "Vodafone ES"],
                        "ZA": ["Vodacom", "MTN", "Cell C", "Telkom"],
                    }[f.cc]
                )
            ),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: ZONES[f.cc]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.p["email"], "email"),
            "membershipNumber": G(lambda f: f.member_card()),
        },
    }


def rn_context(f: RFake):
    return {
        "app": {
            "name": G(lambda f: "Rodway España"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "es.rodway.socios"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A256B", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["iPhone", "a25x", "tapas"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES["ES"])),
        "timezone": G(lambda f: "Europe/Madrid"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
        },
        "location": {
            "latitude": Y(lambda f: f.p["lat"], "geolocation"),
            "longitude": Y(lambda f: f.p["lon"], "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.0, 1.4])),
        },
    }


def flutter_context(f: RFake):
    """The patrol app on rugged Android tablets: the patrol's position rides in context.location."""
    return {
        "app": {
            "name": G(lambda f: "Rodway Patrol"),
            "version": G(lambda f: f.pick(["5.0.3", "5.1.0"])),
            "build": G(lambda f: f.pick(["503", "510"])),
            "namespace": G(lambda f: "com.rodway.patrol"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-T638B", "ET40"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: 2.0),
            "height": G(lambda f: 1920),
            "width": G(lambda f: 1200),
        },
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: True)},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: ZONES[f.cc]),
        "location": {
            "latitude": Y(lambda f: f.lat_near(), "geolocation"),
            "longitude": Y(lambda f: f.lon_near(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 31), 1)),
        },
        "traits": {
            "staffId": G(lambda f: "P" + f.digits(5)),
            "firstName": Y(lambda f: f.person()["first"], "name"),
            "depot": G(lambda f: f.pick(["Warrington", "Wakefield", "Getafe", "Midrand", "Epping"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.6"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: RFake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "ruby"):
            c["ip"] = Y(ip, "ip")
            c["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "node":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.p["email"], "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib in ("python", "java", "go"):
            c["channel"] = G(lambda f: "server")
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "console": console_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- shared shapes ------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(
            lambda f: f.pick(["cov_roadside", "cov_home_start", "cov_complete", "cov_europe", "addon_key"])
        ),
        "sku": G(lambda f: f.pick(["RW-RS-12M", "RW-HS-12M", "RW-CMP-12M", "RW-EU-30D", "RW-KEY-12M"])),
        "name": G(lambda f: f.pick([*PLANS, "Key Cover", "Tyre Cover"])),
        "category": G(lambda f: f.pick(["breakdown", "add_on"])),
        "price": G(lambda f: f.money(4, 260)),
        "quantity": G(lambda f: 1),
        "variant": G(lambda f: f.pick(["monthly", "annual", "quarterly"])),
    }


def card_exp_year(f):
    return f.r.randint(2025, 2031)


def dispatch_note(f: RFake) -> str:
    phone = f.p["phone"]
    return f.pick(
        [
            f"Member waiting in car, call {phone} on approach",
            f"Callback on {phone} - signal patchy",
            f"Wife driving, contact {phone} (member's mobile)",
            f"Please ring {phone} before arrival, gate is locked",
            f"Garage to ring {phone} with estimate",
        ]
    )


def chat_text(f: RFake) -> str:
    phone = f.p["phone"]
    return f.pick(
        [
            f"can someone call me on {phone} please",
            f"My number is {phone}, battery on 5%",
            f"{phone} is the best number to reach me",
            f"Not at home, use {phone} instead",
            f"phone died, this is my partner's phone {f.mobile()}",
        ]
    )


def transcript(f: RFake) -> str:
    plate = f.p["plate"]
    return f.pick(
        [
            f"...yeah the reg is {plate}, I'm on the hard shoulder just past the junction...",
            f"...registration {plate}, it's a {f.p['car'][0]}, it just cut out...",
            f"...can you check {plate} is on my cover, I changed car last month...",
            f"...it's {plate}, the silver one, I'm in the car park behind the shops...",
        ]
    )


def sms_body(f: RFake) -> str:
    patrol = f.person()["first"]
    return f.pick(
        [
            f"Rodway: {patrol} is on the way, about {f.r.randint(8, 70)} mins. Stay safe.",
            f"Rodway: your patrol {patrol} has arrived.",
            f"Rodway: {patrol} from Rodway will call you shortly.",
            f"Rodway: Update - {patrol} is now {f.r.randint(2, 20)} mins away.",
        ]
    )


def carer_note(f: RFake) -> str:
    contact = f.mobile()
    return f.pick(
        [
            f"Contact daughter on {contact} if no answer",
            f"Prefers SMS, carer's number {contact}",
            f"Call neighbour first {contact}",
            f"Son has power of attorney, {contact}",
        ]
    )


def garage_note(f: RFake) -> str:
    return f.pick(
        [
            f"Customer prefers calls after 5pm on {f.p['phone']}",
            f"Ring {f.p['phone']} when ready for collection",
            f"Authorised up to £300, confirm on {f.p['phone']}",
        ]
    )


def location_query(f: RFake) -> str:
    return f.pick(
        [f.p["postcode"], f.p["street"], f"{f.p['street']}, {f.p['city']}", f.p["postcode"].lower()]
    )


def gb_sortcode(f):
    return f.pick(["20-", "40-", "30-", "60-", "09-01-", "07-"]) + "-".join(
        f"{f.r.randint(0, 99):02d}" for _ in range(2)
    )


# -- events -------------------------------------------------------------------------------------------
# (type, event, client, country or None for any, body)

EVENTS = [
    # -- member web site and apps ---------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "GB",
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "birthday": Y(lambda f: f.p["dob"], "birthdate"),
            "address": {
                "street": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postalCode": Y(lambda f: f.p["postcode"], "zipcode"),
                "state": G(lambda f: f.p["region"]),
                "country": G(lambda f: "GB"),
            },
            "membershipNumber": G(lambda f: f.member_card()),
            "plan": G(lambda f: f.pick(PLANS)),
            "memberSince": G(lambda f: f.date(2009, 2024)),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "vehiclesCovered": G(lambda f: f.r.randint(1, 4)),
            "preferredContactMethod": G(lambda f: f.pick(["sms", "email", "phone", "app"])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        None,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "membershipNumber": G(lambda f: f.member_card()),
            "country": G(lambda f: f.cc),
            "pushOptIn": G(lambda f: f.pick([True, False])),
            "biometricLoginEnabled": G(lambda f: f.pick([True, False])),
            "lastLoginAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLANS)),
        },
    ),
    (
        "alias",
        None,
        "kotlin",
        None,
        {},
    ),
    (
        "page",
        "Join",
        "web",
        None,
        {
            "name": G(lambda f: f.pick(["Join", "Compare Cover", "Your Details"])),
            "path": G(lambda f: f.pick(PAGES)[0]),
            "url": G(lambda f: SITES[f.cc] + f.pick(PAGES)[0]),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/"])),
            "category": G(lambda f: "acquisition"),
        },
    ),
    (
        "track",
        "Quote Started",
        "web",
        "GB",
        {
            "quote_id": G(lambda f: "Q" + f.digits(9)),
            "postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "vehicle_reg": Y(lambda f: f.p["plate"], "license"),
            "cover_type": G(lambda f: f.pick(["vehicle", "personal", "joint"])),
            "drivers_count": G(lambda f: f.r.randint(1, 4)),
            "youngest_driver_age": G(lambda f: f.r.randint(17, 70)),
            "annual_mileage": G(lambda f: f.pick([5000, 8000, 10000, 12000, 15000])),
            "price_shown": G(lambda f: f.money(60, 260)),
            "ab_variant": G(lambda f: f.pick(["control", "price_anchor", "monthly_first"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        None,
        {
            **product(),
            "currency": G(lambda f: {"GB": "GBP", "ES": "EUR", "ZA": "ZAR"}[f.cc]),
            "value": G(lambda f: f.money(4, 260)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        None,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["rodway.co.uk", "rodway.es", "rodway.co.za", "Compare site"])),
            "revenue": G(lambda f: f.money(40, 300)),
            "tax": G(lambda f: f.money(0, 50)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["", "SPRING15", "EVFIRST", "LOYALTY10"])),
            "currency": G(lambda f: {"GB": "GBP", "ES": "EUR", "ZA": "ZAR"}[f.cc]),
            "payment_method": G(lambda f: f.pick(["card", "direct_debit", "apple_pay", "paypal"])),
            "products": Many(product(), 3),
            "billing_address": {
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Additional Driver Added",
        "web",
        None,
        {
            "membership_number": G(lambda f: f.member_card()),
            "extra_cost": G(lambda f: f.money(10, 40)),
            "drivers": Many(
                {
                    "first_name": Y(lambda f: f.person()["first"], "name"),
                    "last_name": Y(lambda f: f.p["last"], "name"),
                    "date_of_birth": Y(lambda f: f.date(1950, 2007), "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "partner", "son", "daughter", "parent"])),
                    "licence_type": G(lambda f: f.pick(["full", "provisional", "international"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Vehicle Added",
        "kotlin",
        None,
        {
            "vehicleId": G(lambda f: f.uuid()),
            "registration": Y(lambda f: f.p["plate"], "license"),
            "vin": Y(lambda f: f.p["vin"], "serial"),
            "make": G(lambda f: f.p["car"][0]),
            "model": G(lambda f: f.p["car"][1]),
            "year": G(lambda f: f.r.randint(2006, 2024)),
            "fuelType": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "electric"])),
            "colour": G(lambda f: f.pick(COLOURS)),
            "nickname": G(lambda f: f.pick(["Betsy", "The Van", "Work car", "Herbie", "Mum's car"])),
            "isPrimary": G(lambda f: f.pick([True, False])),
            "lookupSource": G(lambda f: f.pick(["DVLA", "DGT", "eNaTIS", "manual"])),
            "motabilityLease": RED(lambda f: f.pick([True, False]), "disability"),
            "motExpiryDate": G(lambda f: f.date(2024, 2026)),
            "mileage": G(lambda f: f.r.randint(500, 180000)),
        },
    ),
    (
        "screen",
        "Membership Card",
        "kotlin",
        None,
        {
            "name": G(lambda f: f.pick(["Membership Card", "Home", "My Vehicles", "Report Breakdown"])),
            "previousScreen": G(lambda f: f.pick(["Home", "Settings", "Onboarding"])),
            "loadTimeMs": G(lambda f: f.r.randint(80, 2400)),
        },
    ),
    (
        "track",
        "Saved Place Added",
        "kotlin",
        None,
        {
            "savedPlaceId": G(lambda f: f.uuid()),
            "place": {
                "label": G(lambda f: f.pick(["Home", "Mum's", "Dad's", "Partner's", "Holiday cottage"])),
                "value": Y(lambda f: f"{f.p['street']}, {f.p['city']} {f.p['postcode']}", "address", True),
            },
            "lat": Y(lambda f: f.lat_near(), "geolocation"),
            "lng": Y(lambda f: f.lon_near(), "geolocation"),
        },
    ),
    (
        "track",
        "Location Searched",
        "kotlin",
        None,
        {
            "q": Y(location_query, "address|zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 10)),
            "session_token": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "loqate", "what3words"])),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Breakdown Reported",
        "swift",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "reportedVia": G(lambda f: f.pick(["app", "app_sos"])),
            "faultCategory": G(lambda f: f.pick(FAULTS)),
            "faultDescription": G(lambda f: f.pick(FAULT_TEXT)),
            "location": {
                "latitude": Y(lambda f: f.p["lat"], "geolocation"),
                "longitude": Y(lambda f: f.p["lon"], "geolocation"),
                "accuracyMeters": G(lambda f: f.r.randint(3, 65)),
                "source": G(lambda f: f.pick(["gps", "network", "manual_pin"])),
            },
            "what3words": Y(lambda f: f.w3w(), "geolocation"),
            "roadType": G(lambda f: f.pick(["motorway", "a_road", "residential", "car_park", "home"])),
            "onHardShoulder": G(lambda f: f.pick([True, False])),
            "safeLocation": G(lambda f: f.pick([True, False])),
            "passengers": G(lambda f: f.r.randint(0, 4)),
            "childrenInVehicle": G(lambda f: f.pick([True, False])),
            "petOnBoard": G(lambda f: f.pick([True, False])),
            "vehicleId": G(lambda f: f.uuid()),
            "registration": Y(lambda f: f.p["plate"], "license"),
            "membershipNumber": G(lambda f: f.member_card()),
            "coverLevel": G(lambda f: f.pick(PLANS)),
            "callbackNumber": Y(lambda f: f.p["phone"], "phone"),
            "contactName": Y(lambda f: f.p["full"], "name"),
            "isVulnerable": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Breakdown Location Confirmed",
        "kotlin",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "lat": Y(lambda f: f.p["lat"], "geolocation"),
            "lng": Y(lambda f: f.p["lon"], "geolocation"),
            "w3w": Y(lambda f: f.w3w(), "geolocation"),
            "address": Y(lambda f: f"{f.p['street']}, {f.p['city']}", "address"),
            "locationMethod": G(lambda f: f.pick(["gps", "w3w", "typed_address", "map_pin"])),
            "pinMoved": G(lambda f: f.pick([True, False])),
            "accuracy": G(lambda f: round(f.r.uniform(2, 80), 1)),
        },
    ),
    (
        "screen",
        "Patrol Tracking",
        "swift",
        None,
        {
            "name": G(lambda f: "Patrol Tracking"),
            "jobId": G(lambda f: f.job_ref()),
            "etaMinutes": G(lambda f: f.r.randint(3, 95)),
            "patrolFirstName": Y(lambda f: f.person()["first"], "name"),
            "patrolVanReg": Y(lambda f: f.plate(), "license"),
            "patrolLocation": {
                "lat": Y(lambda f: f.lat_near(), "geolocation"),
                "lng": Y(lambda f: f.lon_near(), "geolocation"),
            },
            "distanceKm": G(lambda f: round(f.r.uniform(0.2, 60), 1)),
            "mapZoom": G(lambda f: f.pick([12, 13, 14, 15])),
        },
    ),
    (
        "track",
        "ETA Shared",
        "swift",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
            "recipient": {
                "name": Y(lambda f: f.person()["full"], "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "relationship": G(lambda f: f.pick(["partner", "parent", "colleague", "friend"])),
            "shareUrl": RED(lambda f: "https://rdwy.co/t/" + f.alnum(10), "token"),
            "expiresInMinutes": G(lambda f: f.pick([60, 120, 240])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "swift",
        None,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: "member"),
            "text": Y(chat_text, "phone", True),
            "message_length": G(lambda f: f.r.randint(10, 120)),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "form_id": G(lambda f: "callback_request"),
            "field_name": G(lambda f: "mobile"),
            "label": G(lambda f: f.pick(["Mobile number", "Número de móvil", "Selfoonnommer"])),
            "input": Y(lambda f: f.p["phone"], "phone", True),
            "duration_ms": G(lambda f: f.r.randint(900, 15000)),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Password Changed",
        "swift",
        None,
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "passwordLength": G(lambda f: f.r.randint(8, 24)),
            "breachedPasswordWarned": G(lambda f: f.pick([True, False])),
            "method": G(lambda f: f.pick(["settings", "reset_link"])),
        },
    ),
    (
        "track",
        "Subscription Purchased",
        "swift",
        None,
        {
            "product_id": G(lambda f: f.pick(["uk.co.rodway.cover.monthly", "uk.co.rodway.cover.annual"])),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "appAccountToken": G(lambda f: f.uuid()),
            "price": G(lambda f: f.money(5, 200)),
            "currency": G(lambda f: {"GB": "GBP", "ES": "EUR", "ZA": "ZAR"}[f.cc]),
            "storefront": G(lambda f: {"GB": "GBR", "ES": "ESP", "ZA": "ZAF"}[f.cc]),
        },
    ),
    (
        "track",
        "Membership Card Added To Wallet",
        "swift",
        None,
        {
            "passSerial": G(lambda f: f.uuid()),
            "passTypeIdentifier": G(lambda f: "pass.uk.co.rodway.membership"),
            "membershipNumber": G(lambda f: f.member_card()),
            "authenticationToken": RED(lambda f: f.alnum(32), "secret|token"),
        },
    ),
    (
        "track",
        "Sign In Link Clicked",
        "node",
        None,
        {
            "link_token": RED(lambda f: f.alnum(43), "token"),
            "email": Y(lambda f: f.p["email"], "email"),
            "redirect_path": G(lambda f: f.pick(["/my-account", "/renew", "/report-a-breakdown"])),
            "link_age_seconds": G(lambda f: f.r.randint(5, 3600)),
            "token_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "OTP Requested",
        "go",
        None,
        {
            "member-id": G(lambda f: f.member_no()),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "destination": Y(
                lambda f: f.p["phone"] if f.r.random() < 0.6 else f.p["email"], "phone|email", True
            ),
            "otp-code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires-in": G(lambda f: 300),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "request-ip": Y(ip, "ip"),
        },
    ),
    # -- dispatch, patrol, towing -------------------------------------------------------------------
    (
        "track",
        "Patrol Dispatched",
        "python",
        None,
        {
            "job_id": G(lambda f: f.job_ref()),
            "patrol_id": G(lambda f: "P" + f.digits(5)),
            "patrol_name": Y(lambda f: f.person()["full"], "name"),
            "van_callsign": G(
                lambda f: f.pick(["Romeo", "Tango", "Kilo", "Delta"]) + " " + str(f.r.randint(1, 99))
            ),
            "eta_minutes": G(lambda f: f.r.randint(5, 120)),
            "dispatch_distance_km": G(lambda f: round(f.r.uniform(0.5, 80), 1)),
            "priority": G(lambda f: f.pick(["p1_motorway", "p2_vulnerable", "p3_standard", "p4_home"])),
            "member_location": {
                "lat": Y(lambda f: f.p["lat"], "geolocation"),
                "lon": Y(lambda f: f.p["lon"], "geolocation"),
            },
            "member_postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "vulnerable_member": Y(lambda f: f.pick([True, False]), "condition"),
            "skills_required": Many(G(lambda f: f.pick(["tyres", "ev", "lockout", "hgv", "fuel_drain"])), 2),
            "dispatcher_id": G(lambda f: "D" + f.digits(4)),
            "auto_dispatched": G(lambda f: f.pick([True, False])),
            "dispatch_note": Y(dispatch_note, "phone", True),
        },
    ),
    (
        "track",
        "Patrol Shift Started",
        "flutter",
        None,
        {
            "shiftId": G(lambda f: f.uuid()),
            "patrolId": G(lambda f: "P" + f.digits(5)),
            "vanCallsign": G(lambda f: f.pick(["Romeo", "Tango", "Kilo"]) + " " + str(f.r.randint(1, 99))),
            "vanReg": Y(lambda f: f.plate(), "license"),
            "depot": G(lambda f: f.pick(["Warrington", "Wakefield", "Getafe", "Midrand", "Epping"])),
            "startOdometer": G(lambda f: f.r.randint(2000, 250000)),
            "vehicleCheckPassed": G(lambda f: f.pick([True, True, False])),
            "tabletBattery": G(lambda f: f.r.randint(20, 100)),
            "shiftPattern": G(lambda f: f.pick(["early", "late", "night", "weekend"])),
        },
    ),
    (
        "track",
        "Patrol Arrived",
        "flutter",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "arrivedAt": G(lambda f: f.iso()),
            "minutesLate": G(lambda f: f.r.randint(-20, 45)),
            "memberPresent": G(lambda f: f.pick([True, False])),
            "onScene": {
                "lat": Y(lambda f: f.p["lat"], "geolocation"),
                "lng": Y(lambda f: f.p["lon"], "geolocation"),
            },
        },
    ),
    (
        "track",
        "Job Completed",
        "flutter",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "outcome": G(
                lambda f: f.pick(["fixed_roadside", "tow_required", "temporary_repair", "no_fault_found"])
            ),
            "repairCodes": Many(G(lambda f: f.pick(["BAT01", "TYR03", "ELE12", "FUL02", "LCK01"])), 3),
            "partsUsed": Many(
                {
                    "sku": G(lambda f: f.pick(["BAT-096-EFB", "BAT-027-AGM", "TYR-SPACE", "FUSE-10A"])),
                    "description": G(
                        lambda f: f.pick(["EFB battery 096", "AGM battery 027", "Space saver", "Fuse 10A"])
                    ),
                    "qty": G(lambda f: f.r.randint(1, 2)),
                    "price": G(lambda f: f.money(2, 180)),
                },
                2,
            ),
            "odometer": G(lambda f: f.r.randint(500, 220000)),
            "labourMinutes": G(lambda f: f.r.randint(10, 120)),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
            "signatureName": Y(lambda f: f.p["full"], "name"),
            "memberSatisfaction": G(lambda f: f.r.randint(1, 5)),
            "patrolNotes": G(
                lambda f: f.pick(
                    [
                        "Replaced 12V battery, charging 14.2V",
                        "Fitted space saver, advised new tyre within 50 miles",
                        "Drained fuel tank and flushed lines",
                        "Reset ECU, fault code cleared, monitor",
                        "Gained entry, keys returned to member",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Tow Requested",
        "python",
        None,
        {
            "job_id": G(lambda f: f.job_ref()),
            "tow_type": G(lambda f: f.pick(["flatbed", "spectacle_lift", "ev_dolly"])),
            "destination_type": G(lambda f: f.pick(["garage", "home", "dealer"])),
            "destination_garage": {
                "garage_id": G(lambda f: "G" + f.digits(5)),
                "name": G(lambda f: f.pick(GARAGES[f.cc])[0]),
                "phone": G(lambda f: f.pick(GARAGES[f.cc])[1]),
                "address": G(lambda f: f.pick(GARAGES[f.cc])[3]),
                "lat": G(lambda f: round(f.p["lat"] + 0.3, 5)),
                "lng": G(lambda f: round(f.p["lon"] - 0.2, 5)),
            },
            "member_home_postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "recovery_operator": G(
                lambda f: f.pick(
                    ["Dave's Recovery Ltd", "Grúas Martín S.L.", "Kaap Sleepdienste", "A1 Recovery"]
                )
            ),
            "operator_driver_name": Y(lambda f: f.person()["full"], "name"),
            "operator_driver_mobile": Y(lambda f: f.mobile(), "phone"),
            "estimated_miles": G(lambda f: f.r.randint(2, 180)),
            "vehicle_reg": Y(lambda f: f.p["plate"], "license"),
            "vin": Y(lambda f: f.p["vin"], "serial"),
            "keys_with_vehicle": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Garage Booking Created",
        "php",
        None,
        {
            "booking_ref": G(lambda f: "GB" + f.digits(7)),
            "garage": {
                "id": G(lambda f: f.digits(5)),
                "name": G(lambda f: f.pick(GARAGES[f.cc])[0]),
                "email": G(lambda f: f.pick(GARAGES[f.cc])[2]),
                "phone": G(lambda f: f.pick(GARAGES[f.cc])[1]),
                "town": G(
                    lambda f: f.pick(["Trafford Park", "Leeds", "Cardiff", "Madrid", "Bellville", "Sandton"])
                ),
            },
            "member_name": Y(lambda f: f.p["full"], "name"),
            "member_mobile": Y(lambda f: f.p["phone"], "phone"),
            "member_email": Y(lambda f: f.p["email"], "email"),
            "vehicle_reg": Y(lambda f: f.p["plate"], "license"),
            "repair_estimate": G(lambda f: f.money(80, 2400)),
            "labour_rate_per_hour": G(lambda f: f.pick([75.0, 89.5, 110.0, 650.0])),
            "courtesy_car": G(lambda f: f.pick([True, False])),
            "job_sheet_notes": Y(garage_note, "phone", True),
        },
    ),
    (
        "track",
        "Hire Car Arranged",
        "java",
        None,
        {
            "hire_ref": G(lambda f: "HC" + f.digits(8)),
            "supplier": G(lambda f: f.pick(["Enterprise", "Europcar", "Avis", "Hertz", "Tempest"])),
            "pickup_branch": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Enterprise Manchester Airport",
                            "Europcar Atocha",
                            "Avis OR Tambo",
                            "Hertz Leeds Central",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Ringway Rd, Manchester M90 3NZ",
                            "Glorieta Carlos V, 28012 Madrid",
                            "OR Tambo Intl, Kempton Park 1627",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["0161 496 0999", "+34 915 06 00 00", "+27 11 923 3660"])),
            },
            "driver": {
                "full_name": Y(lambda f: f.p["full"], "name"),
                "date_of_birth": Y(lambda f: f.p["dob"], "birthdate"),
                "id_document_number": RED(lambda f: f.id_document(f.p), "national id|passport"),
                "licence_country": G(lambda f: f.cc),
                "email": Y(lambda f: f.p["email"], "email"),
                "mobile": Y(lambda f: f.p["phone"], "phone"),
            },
            "vehicle_class": G(lambda f: f.pick(["economy", "compact", "estate", "van", "wav"])),
            "days": G(lambda f: f.r.randint(1, 7)),
            "daily_rate": G(lambda f: f.money(25, 90)),
            "excess": G(lambda f: f.pick([0, 250, 500, 1000])),
            "wheelchair_accessible_required": RED(lambda f: f.pick([True, False, False]), "disability"),
            "deposit_card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "deposit_card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
        },
    ),
    (
        "track",
        "Onward Travel Booked",
        "node",
        None,
        {
            "travel_ref": G(lambda f: "OT" + f.digits(7)),
            "mode": G(lambda f: f.pick(["train", "taxi", "hotel", "flight"])),
            "origin": G(lambda f: f.pick(["Preston", "Crewe", "Albacete", "Beaufort West", "Carlisle"])),
            "destination_city": G(
                lambda f: f.pick(["Edinburgh", "London", "Valencia", "Cape Town", "Cardiff"])
            ),
            "hotel_name": G(
                lambda f: f.pick(
                    ["Premier Inn Preston Central", "NH Albacete", "Protea Hotel Karoo", "Travelodge Crewe"]
                )
            ),
            "travellers": Many(
                {
                    "first_name": Y(lambda f: f.person()["first"], "name"),
                    "last_name": Y(lambda f: f.p["last"], "name"),
                    "age_band": G(lambda f: f.pick(["adult", "child", "infant", "senior"])),
                },
                4,
            ),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Rolo", "Simba", "Tapas"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "cost": G(lambda f: f.money(30, 900)),
            "booking_channel": G(lambda f: f.pick(["trainline_api", "agent", "app"])),
        },
    ),
    (
        "track",
        "Insurance Claim Referred",
        "java",
        None,
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "insurer": G(
                lambda f: f.pick(["Admiral", "Direct Line", "Mapfre", "Santam", "OUTsurance", "Aviva"])
            ),
            "policy_number": Y(lambda f: f.pick(["P", "POL-", "MX"]) + f.digits(9), "identification"),
            "third_party": {
                "name": Y(lambda f: f.person()["full"], "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "vehicle_reg": Y(lambda f: f.plate(), "license"),
                "address": Y(
                    lambda f: (lambda o: f"{o['street']}, {o['city']} {o['postcode']}")(f.person()), "address"
                ),
                "insurer": G(lambda f: f.pick(["Admiral", "LV=", "Mutua Madrileña", "Hollard"])),
            },
            "accident_date": G(lambda f: f.date(2024, 2025)),
            "injuries_reported": Y(lambda f: f.pick([True, False]), "condition"),
            "police_reference": G(lambda f: f.pick(["CAD", "NWP/", "CAS "]) + f.digits(8)),
            "dashcam_footage": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Telematics Alert",
        "go",
        None,
        {
            "device-imei": Y(lambda f: f.luhn_complete("35" + f.digits(12)), "serial"),
            "vehicle-reg": Y(lambda f: f.p["plate"], "license"),
            "alert-type": G(
                lambda f: f.pick(["battery_low", "crash_detected", "dtc_raised", "tow_detected"])
            ),
            "battery-voltage": G(lambda f: round(f.r.uniform(10.8, 14.6), 2)),
            "gps-lat": Y(lambda f: f.p["lat"], "geolocation"),
            "gps-lon": Y(lambda f: f.p["lon"], "geolocation"),
            "speed-kph": G(lambda f: f.r.randint(0, 130)),
            "firmware": G(lambda f: f.pick(["4.2.1", "4.3.0-rc2", "4.3.1"])),
            "member-postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "dtc": G(lambda f: f.pick(["P0562", "P0301", "U0100", "B1318"])),
            "event-ts": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- payments and renewals ----------------------------------------------------------------------
    (
        "track",
        "Renewal Payment Succeeded",
        "node",
        None,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "membership_number": G(lambda f: f.member_card()),
            "revenue": G(lambda f: f.money(40, 300)),
            "currency": G(lambda f: {"GB": "GBP", "ES": "EUR", "ZA": "ZAR"}[f.cc]),
            "products": Many(product(), 2),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(card_exp_year),
            "card_bin": G(lambda f: f.pick(["454313", "535522", "492181", "374245"])),
            "payment_method_id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "payment_intent_id": G(lambda f: "pi_3" + f.alnum(23)),
            "client_secret": RED(lambda f: "pi_3" + f.alnum(23) + "_secret_" + f.alnum(25), "secret"),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "previous_price": G(lambda f: f.money(40, 300)),
            "price_change_pct": G(lambda f: round(f.r.uniform(-10, 25), 1)),
        },
    ),
    (
        "track",
        "Payment Details Updated",
        "web",
        None,
        {
            "method": G(lambda f: "card"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(lambda f: f.p["full"], "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "three_ds_result": G(lambda f: f.pick(["authenticated", "attempted", "challenge_failed"])),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        "python",
        "GB",
        {
            "mandate_ref": G(lambda f: "RW-DD-" + f.digits(6)),
            "account_holder_name": Y(lambda f: f.p["full"], "name"),
            "sort_code": G(gb_sortcode),
            "account_number": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "bank account"),
            "bank_name": G(
                lambda f: f.pick(["Barclays", "HSBC UK", "Lloyds Bank", "Nationwide", "Monzo", "Starling"])
            ),
            "collection_day": G(lambda f: f.r.randint(1, 28)),
            "first_collection_date": G(lambda f: f.date(2024, 2025)),
            "gocardless_customer_id": G(lambda f: "CU000" + f.alnum(9).upper()),
            "payer_email": Y(lambda f: f.p["email"], "email"),
        },
    ),
    (
        "track",
        "Domiciliación Bancaria Creada",
        "java",
        "ES",
        {
            "referenciaMandato": G(lambda f: "RWES" + f.digits(10)),
            "titular": Y(lambda f: f.p["full"], "name"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "bic": G(lambda f: f.pick(["CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX", "INGDESMMXXX"])),
            "entidad": G(lambda f: f.pick(["CaixaBank", "Banco Santander", "BBVA", "ING"])),
            "nif": RED(lambda f: f.es_id(), "national id"),
            "importe": G(lambda f: f.money(5, 120)),
            "periodicidad": G(lambda f: f.pick(["mensual", "trimestral", "anual"])),
        },
    ),
    (
        "track",
        "Debietorder Gemagtig",
        "ruby",
        "ZA",
        {
            "lidnommer": G(lambda f: f.member_no()),
            "rekeninghouer": Y(lambda f: f.p["full"], "name"),
            "rekeningnommer": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
            "takkode": G(lambda f: f.pick(["250655", "632005", "051001", "470010", "198765"])),
            "bank": G(lambda f: f.pick(["FNB", "Capitec", "ABSA", "Nedbank", "Standard Bank"])),
            "rekeningtipe": G(lambda f: f.pick(["tjek", "spaar", "transmissie"])),
            "bedrag": G(lambda f: f.money(99, 650)),
            "aftrekdag": G(lambda f: f.pick([1, 15, 25, 28])),
            "idNommer": RED(lambda f: f.za_id(f.p["dob"]), "national id"),
        },
    ),
    (
        "track",
        "Cover Cancelled",
        "console",
        None,
        {
            "membership_number": G(lambda f: f.member_card()),
            "cancel_reason": G(
                lambda f: f.pick(["price", "sold_car", "switched_provider", "moved_abroad", "bereavement"])
            ),
            "refund_amount": G(lambda f: f.money(0, 120)),
            "retention_offer_shown": G(lambda f: f.pick([True, False])),
            "agent_id": G(lambda f: "A" + f.digits(4)),
            "reason_detail": G(
                lambda f: f.pick(
                    [
                        "Found cheaper cover with bank account",
                        "No longer drives",
                        "Car written off",
                        "Moving to Portugal",
                    ]
                )
            ),
        },
    ),
    # -- call centre, telephony, messaging ------------------------------------------------------------
    (
        "track",
        "Vulnerability Recorded",
        "console",
        None,
        {
            "memberId": G(lambda f: f.member_no()),
            "accessNeeds": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair user",
                            "hearing impaired",
                            "visually impaired",
                            "limited mobility",
                            "uses a guide dog",
                        ]
                    ),
                    "disability",
                ),
                2,
            ),
            "healthConditions": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "type 1 diabetes",
                            "epilepsy",
                            "heart condition",
                            "COPD",
                            "pregnant (32 weeks)",
                            "dementia",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "supportPlan": G(
                lambda f: f.pick(["priority_dispatch", "callback_every_30min", "text_updates_only"])
            ),
            "consentGiven": G(lambda f: True),
            "reviewDate": G(lambda f: f.date(2025, 2026)),
            "agentNotes": Y(carer_note, "phone", True),
        },
    ),
    (
        "track",
        "Call Completed",
        "dotnet",
        None,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "Caller": Y(lambda f: f.p["phone"], "phone", True),
            "Called": G(
                lambda f: f.pick(["0800 887 766", "+34 900 10 20 30", "0861 000 123", "+44 330 159 0000"])
            ),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-api", "outbound-dial"])),
            "CallerName": Y(lambda f: f.p["full"], "name"),
            "AgentName": Y(lambda f: f.person()["full"], "name"),
            "AgentExtension": G(lambda f: str(f.r.randint(2000, 2999))),
            "QueueName": G(lambda f: f.pick(["Breakdown", "Renewals", "Priority", "Asistencia", "Padhulp"])),
            "WaitSeconds": G(lambda f: f.r.randint(0, 600)),
            "TalkSeconds": G(lambda f: f.r.randint(20, 1800)),
            "RecordingSid": G(lambda f: "RE" + f.hexid(32)),
            "RecordingUrl": G(
                lambda f: (
                    "https://api.twilio.com/2010-04-01/Accounts/AC"
                    + f.hexid(32)
                    + "/Recordings/RE"
                    + f.hexid(32)
                )
            ),
            "RecordingConsent": G(lambda f: f.pick([True, False])),
            "Disposition": G(lambda f: f.pick(["job_created", "advice_only", "duplicate", "abandoned"])),
            "CallerCountry": G(lambda f: f.cc),
            "Transcript": Y(transcript, "license", True),
        },
    ),
    (
        "track",
        "Call Recording Stored",
        "dotnet",
        None,
        {
            "RecordingId": G(lambda f: "RE" + f.hexid(32)),
            "CallId": G(lambda f: "CA" + f.hexid(32)),
            "DurationSeconds": G(lambda f: f.r.randint(20, 1800)),
            "StorageRegion": G(lambda f: f.pick(["eu-west-2", "eu-south-2", "af-south-1"])),
            "RetentionDays": G(lambda f: f.pick([90, 365, 2190])),
            "Redacted": G(lambda f: f.pick([True, False])),
            "Channels": G(lambda f: f.pick([1, 2])),
            "Format": G(lambda f: f.pick(["wav", "mp3"])),
            "SizeBytes": G(lambda f: f.r.randint(100_000, 40_000_000)),
            "MemberNumber": G(lambda f: f.member_card()),
            "PaymentSectionPaused": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Delivered",
        "node",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: f.p["phone"], "phone", True),
            "From": G(lambda f: f.pick(["RODWAY", "+447860012345", "+34600900900", "+27600700800"])),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Renewal Reminder Sent",
        "python",
        None,
        {
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.rodway.co.uk>"),
            "to": Y(lambda f: f.p["email"], "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@rodway.co.uk", "renovaciones@rodway.es", "no-reply@rodway.co.za"])
            ),
            "reply_to": G(
                lambda f: f.pick(["renewals@rodway.co.uk", "socios@rodway.es", "hernuwing@rodway.co.za"])
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your cover renews soon",
                        "Tu cobertura se renueva pronto",
                        "Jou dekking hernu binnekort",
                    ]
                )
            ),
            "renewal_date": G(lambda f: f.date(2024, 2025)),
            "renewal_price": G(lambda f: f.money(40, 300)),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "opened": G(lambda f: f.pick([True, False])),
            "clicks": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        None,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(40, 300)),
                "currency": G(lambda f: {"GB": "GBP", "ES": "EUR", "ZA": "ZAR"}[f.cc]),
            },
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "kotlin",
        None,
        {
            "contact": {
                "name": Y(lambda f: f.person()["full"], "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "parent", "child", "friend", "carer"])),
            },
            "notifyOnBreakdown": G(lambda f: f.pick([True, False])),
            "contactsSaved": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Referral Sent",
        "web",
        None,
        {
            "referral_code": G(lambda f: "RW" + f.alnum(6).upper()),
            "referee_first_name": Y(lambda f: f.person()["first"], "name"),
            "referee_email": Y(lambda f: f.person()["email"], "email"),
            "reward": G(lambda f: f.pick(["£20 Amazon voucher", "1 month free", "R250 Takealot voucher"])),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "Member Feedback Submitted",
        "web",
        None,
        {
            "jobId": G(lambda f: f.job_ref()),
            "npsScore": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Patrol was brilliant, very quick",
                        "Waited nearly three hours on the hard shoulder",
                        "Muy amables, todo perfecto",
                        "Baie dankie, uitstekende diens",
                        "App tracking was spot on",
                    ]
                )
            ),
            "wouldRecommend": G(lambda f: f.pick([True, False])),
            "surveyVersion": G(lambda f: f.pick(["v3", "v4", "v5"])),
        },
    ),
    # -- HR for patrols --------------------------------------------------------------------------------
    (
        "track",
        "Patrol Onboarding Completed",
        "node",
        "GB",
        {
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "full_name": Y(lambda f: f.p["full"], "name"),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "driving_licence_number": Y(
                lambda f: f.gb_licence(f.p["last"], f.p["first"], f.p["dob"]), "license"
            ),
            "date_of_birth": Y(lambda f: f.p["dob"], "birthdate"),
            "right_to_work_confirmed": RED(lambda f: f.pick([True, True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
            "hourly_rate": Y(lambda f: f.pick([14.85, 15.6, 16.2, 17.45, 18.9]), "salary"),
            "contract_type": G(lambda f: f.pick(["permanent", "fixed_term"])),
            "job_title": G(
                lambda f: f.pick(["Patrol", "Senior Patrol", "Recovery Technician", "EV Specialist"])
            ),
            "depot": G(lambda f: f.pick(["Warrington", "Wakefield", "Epping", "Bristol"])),
            "trade_union": Y(lambda f: f.pick(["Unite", "GMB", "none"]), "trade union"),
            "emergency_contact": {
                "name": Y(lambda f: f.person()["full"], "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "brother", "friend"])),
            },
            "bank": {
                "sort_code": G(gb_sortcode),
                "account_number": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "bank account"),
            },
            "start_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Werknemer Aangestel",
        "ruby",
        "ZA",
        {
            "werknemernommer": G(lambda f: "W" + f.digits(6)),
            "volleNaam": Y(lambda f: f.p["full"], "name"),
            "idNommer": RED(lambda f: f.za_id(f.p["dob"]), "national id"),
            "bevolkingsgroep": Y(lambda f: f.pick(["Swart", "Bruin", "Indiër", "Wit"]), "race|ethnicity"),
            "geslag": Y(lambda f: f.pick(["manlik", "vroulik"]), "gender|sex"),
            "uurtarief": Y(lambda f: f.pick([68.5, 82.0, 95.75, 110.0]), "salary"),
            "vakbond": Y(lambda f: f.pick(["NUMSA", "Solidariteit", "geen"]), "trade union"),
            "posbeskrywing": G(lambda f: f.pick(["Patrollie", "Senior Patrollie", "Insleepbestuurder"])),
            "depot": G(lambda f: f.pick(["Midrand", "Bellville", "Pinetown"])),
        },
    ),
    # -- Spain (Spanish backend and app) --------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        "ES",
        {
            "nombre": Y(lambda f: f.p["first"], "name"),
            "apellidos": Y(lambda f: f.p["last"], "name"),
            "email": Y(lambda f: f.p["email"], "email"),
            "telefono": Y(lambda f: f.p["phone"], "phone"),
            "dni": RED(lambda f: f.es_id(), "national id"),
            "fechaNacimiento": Y(lambda f: f.p["dob"], "birthdate"),
            "direccion": Y(lambda f: f.p["street"], "address"),
            "codigoPostal": Y(lambda f: f.p["postcode"], "zipcode"),
            "poblacion": Y(lambda f: f.p["city"], "city"),
            "provincia": G(lambda f: f.p["region"]),
            "numeroSocio": G(lambda f: f.member_no()),
            "modalidad": G(lambda f: f.pick(["Básica", "Plus", "Premium", "Moto"])),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
        },
    ),
    (
        "track",
        "Asistencia Solicitada",
        "java",
        "ES",
        {
            "numeroExpediente": G(lambda f: "EXP" + f.digits(9)),
            "numeroSocio": G(lambda f: f.member_no()),
            "matricula": Y(lambda f: f.p["plate"], "license"),
            "bastidor": Y(lambda f: f.p["vin"], "serial"),
            "marca": G(lambda f: f.p["car"][0]),
            "modelo": G(lambda f: f.p["car"][1]),
            "tipoAveria": G(
                lambda f: f.pick(["batería", "pinchazo", "no arranca", "accidente", "llaves", "combustible"])
            ),
            "ubicacion": {
                "latitud": Y(lambda f: f.p["lat"], "geolocation"),
                "longitud": Y(lambda f: f.p["lon"], "geolocation"),
            },
            "direccionAveria": Y(
                lambda f: f"{f.p['street']}, {f.p['postcode']} {f.p['city']}", "address|geolocation"
            ),
            "puntoKilometrico": Y(
                lambda f: (
                    f"{f.pick(['AP-7', 'A-2', 'A-4', 'N-340', 'A-6', 'AP-68'])} km {f.r.randint(1, 600)}, "
                    f"sentido {f.pick(['norte', 'sur', 'Madrid', 'Barcelona'])}"
                ),
                "geolocation",
            ),
            "telefonoContacto": Y(lambda f: f.p["phone"], "phone"),
            "aseguradora": G(
                lambda f: f.pick(["Mapfre", "Mutua Madrileña", "Línea Directa", "AXA", "Allianz"])
            ),
            "numeroPoliza": Y(lambda f: f.digits(10), "identification"),
            "ocupantes": G(lambda f: f.r.randint(1, 5)),
            "grua": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- South Africa (Afrikaans backend) -------------------------------------------------------------
    (
        "identify",
        None,
        "php",
        "ZA",
        {
            "naam": Y(lambda f: f.p["first"], "name"),
            "van": Y(lambda f: f.p["last"], "name"),
            "epos": Y(lambda f: f.p["email"], "email"),
            "selnommer": Y(lambda f: f.p["phone"], "phone"),
            "idNommer": RED(lambda f: f.za_id(f.p["dob"]), "national id"),
            "geboortedatum": Y(lambda f: f.p["dob"], "birthdate"),
            "straatadres": Y(lambda f: f.p["street"], "address|street"),
            "voorstad": Y(lambda f: f.p["suburb"], "city"),
            "stad": Y(lambda f: f.p["city"], "city"),
            "poskode": Y(lambda f: f.p["postcode"], "zipcode"),
            "provinsie": G(lambda f: f.p["region"]),
            "lidnommer": G(lambda f: f.member_no()),
            "pakket": G(lambda f: f.pick(["Padhulp Basies", "Padhulp Plus", "Gesin"])),
            "taal": G(lambda f: f.pick(["af", "en", "zu", "xh"])),
        },
    ),
    (
        "track",
        "Padhulp Versoek",
        "php",
        "ZA",
        {
            "lidnommer": G(lambda f: f.member_no()),
            "naam": Y(lambda f: f.p["first"], "name"),
            "van": Y(lambda f: f.p["last"], "name"),
            "selnommer": Y(lambda f: f.p["phone"], "phone"),
            "registrasienommer": Y(lambda f: f.p["plate"], "license"),
            "voertuig": {
                "maak": G(lambda f: f.p["car"][0]),
                "model": G(lambda f: f.p["car"][1]),
                "jaar": G(lambda f: f.r.randint(2005, 2024)),
                "kleur": G(lambda f: f.pick(["Silwer", "Wit", "Swart", "Rooi", "Blou"])),
            },
            "ligging": {
                "breedtegraad": Y(lambda f: f.p["lat"], "geolocation"),
                "lengtegraad": Y(lambda f: f.p["lon"], "geolocation"),
            },
            "voorstad": Y(lambda f: f.p["suburb"], "city"),
            "probleem": G(
                lambda f: f.pick(
                    ["pap battery", "pap band", "enjin wil nie vat nie", "ongeluk", "sleutels toegesluit"]
                )
            ),
            "kanaal": G(lambda f: f.pick(["app", "oproep", "whatsapp"])),
        },
    ),
    # -- warehouse sync and fleet accounts ----------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        "GB",
        {
            "MEMBER_NUMBER": G(lambda f: f.member_card()),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.p["email"], "email"),
            "MOBILE_NUMBER": Y(lambda f: f.p["phone"], "phone"),
            "POSTCODE": Y(lambda f: f.p["postcode"], "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.p["dob"], "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "TENURE_YEARS": G(lambda f: f.r.randint(0, 30)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LIFETIME_VALUE_GBP": G(lambda f: f.money(50, 4000)),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "VULNERABLE_CUSTOMER_FLAG": Y(lambda f: f.pick(["Y", "N"]), "condition"),
            "CALLOUTS_LAST_12M": G(lambda f: f.r.randint(0, 6)),
            "HAS_EV": G(lambda f: f.pick([True, False])),
            "REGION": G(lambda f: f.pick(["North West", "Yorkshire", "Scotland", "Wales", "South East"])),
            "LAST_CALLOUT_DATE": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "group",
        None,
        "node",
        None,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Northwind Logistics Ltd",
                        "Transportes Ebro S.L.",
                        "Karoo Couriers (Pty) Ltd",
                        "BrightSpark Electrical",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["logistics", "construction", "field_services", "rental"])),
            "employees": G(lambda f: f.r.randint(10, 2500)),
            "fleetSize": G(lambda f: f.r.randint(5, 600)),
            "vatNumber": G(lambda f: f.pick(["GB", "ESB", "ZA4"]) + f.digits(9)),
            "companyNumber": G(lambda f: f.digits(8)),
            "plan": G(lambda f: f.pick(["Fleet Essentials", "Fleet Plus", "Fleet Complete"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://northwind.example.co.uk",
                        "https://transportesebro.example.es",
                        "https://karoocouriers.example.co.za",
                    ]
                )
            ),
            "billingEmail": G(
                lambda f: f.pick(
                    [
                        "accounts@northwind.example.co.uk",
                        "facturas@transportesebro.example.es",
                        "ap@karoocouriers.example.co.za",
                    ]
                )
            ),
            "mainLine": G(lambda f: f.gb_landline()),
            "headOffice": {
                "street": G(
                    lambda f: f.pick(
                        ["Unit 7, Brunel Park", "Polígono Plaza, Calle Bari 12", "14 Industria Road"]
                    )
                ),
                "town": G(lambda f: f.pick(["Warrington", "Zaragoza", "Epping"])),
                "postcode": G(lambda f: f.pick(["WA5 7YU", "50197", "7460"])),
                "country": G(lambda f: f.pick(["GB", "ES", "ZA"])),
            },
            "accountManager": {
                "name": Y(lambda f: f.person()["full"], "name"),
                "email": Y(
                    lambda f: (
                        fold(f.person()["first"]).lower()
                        + "."
                        + fold(f.person()["last"]).lower().replace(" ", "")
                        + "@rodway.co.uk"
                    ),
                    "email",
                ),
            },
            "fleetManager": {
                "name": Y(lambda f: f.p["full"], "name"),
                "email": Y(
                    lambda f: (
                        fold(f.p["first"]).lower()
                        + "@"
                        + f.pick(["northwind.example.co.uk", "karoocouriers.example.co.za"])
                    ),
                    "email",
                ),
                "mobile": Y(lambda f: f.p["phone"], "phone"),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = RFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, country, body in EVENTS:
            f.start(country or f.pick(["GB", "GB", "GB", "ES", "ZA"]))
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.member_no() if kind != "group" else "u" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "acc_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=294, repeats=40)
    write(Path(__file__).parent, "holdout294_", events, labels)
