"""Writes holdout274: tests/corpus/holdout274_events.jsonl and holdout274_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the helpers and the
format), and never scored by its author.

Domain: a telecare and personal-alarm service ("Vigilo") for older people living at home in the
UK, the Netherlands and Catalonia. Client records (date of birth, NHS / BSN / CIP numbers,
conditions, medications, mobility, GP), pendant and fall-detector alarms with locations, key-safe
codes and access notes, responders and next of kin, monitoring-centre call handlers' notes,
wellbeing check-in calls, hub and device telemetry, care packages paid by councils or families,
a small shop (pendants, key safes), a family app, a responder app, a carer app and a client
tablet. Contexts from analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / C# server libraries; vendor
shapes where natural (Twilio SMS and voice webhooks, SendGrid events, Google Places autocomplete,
an NHS FHIR Patient resource, Stripe ids). Each event's values are drawn for one region (UK, NL or
Catalonia), so names, phones, postcodes, ids and coordinates agree within a message.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the C# backend and the
Twilio webhooks, kebab-case from the hub gateway, SCREAMING_SNAKE from the warehouse reverse-ETL
sync, Dutch keys from the Dutch backend and Catalan keys from the Catalan one.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the client, a next of kin, a payer, a responder,
  a call handler, a GP, an installer. Colours follow the reference's default matchers (name,
  email, phone, address, street, city, zipcode, birthdate, gender, ip, photo, salary, license,
  serial, mac, identification, medication, allergy, condition, diagnosis, religion, ethnicity:
  yellow; password, token, credit card, passport, visa, disability: red). Types outside the
  reference: `health id` (NHS number, CIP, MRN: red), `national id` (BSN, DNI/NIE, NI number:
  red), `bank account` (IBAN, UK account number: red), `secret` (key-safe and door codes: red),
  `geolocation` and `advertising id` (yellow).
- Green: ids we or a business issue (client, alarm, call, order, invoice, council and customer
  references, Twilio and Stripe object ids other than payment methods), versions, timestamps,
  amounts, counters, enums and booleans even under PII-sounding keys (`emailVerified`,
  `nhs_number_revealed`, `nhsNumberVerified`, `contactsCount`), product / plan / council / GP-practice /
  insurer / pet names, places that are not the person's (the monitoring centre, a council),
  country, region, locale, language, timezone, user agents, OS analytics device ids, card brand,
  last four, expiry and BIN, UK sort codes and BICs, ages and marital status, a business's own
  phone numbers and role mailboxes (the monitoring centre's number in a Twilio webhook).
- Policy cases: insurance policy numbers `identification` (yellow); prescription numbers
  `medication` (yellow); hourly pay `salary` (yellow); vehicle plates `license` (yellow);
  gclid and _fbp `advertising id` (yellow); billing and shipping addresses `address`
  (yellow); trade-union membership `trade union` (yellow); Stripe `pm_` ids, one-time and
  activation codes and sign-in links' tokens `token` (red); visa-sponsorship answers `visa` (red).
- Special categories carried by a boolean or enum take that category's matcher: mobility levels,
  wheelchair / hearing / sight flags, a Spanish dependency grade and the UK VAT-relief disability
  declaration are `disability` (red); cognitive impairment, home oxygen, referral reasons,
  symptoms, injury assessments and chief complaints are `condition` (yellow).
- Decisions where I had to choose (what a careful privacy owner at a mid-size company would
  want flagged): hardware serials, IMEIs and SIM ICCIDs of the equipment in a client's home are
  `serial` (yellow), our own device / hub ids are green; an APNs push token is `token` (red);
  photos taken inside a client's home are `photo` (yellow); Twilio's FromCity for a caller is the
  caller's `city` (yellow); a phone number masked to its last three digits is green; "lives alone",
  alarm types (pendant, fall, smoke, inactivity) and `rightToWorkChecked` are green; a Dutch house
  number is part of the person's `address`.
- A GP practice, pharmacy or insurer is a business (green); the named doctor is a person (`name`).
- value_only is true when the key does not say what the value is (`value`, `label`, `q`, `input`,
  `To`, `From`, `Body`, `recipient`, `src`, `selected_description`, free-text notes such as
  `handler_notes`, `notitie`, `observacions`, `access_notes`, `toegangsinstructie`, a FHIR
  `identifier[].value`, `context.externalIds[].id`). A value_only PII path holds that PII in every
  one of its values; free text is labelled by what every one of its values carries (the call
  handlers' notes always hold a phone number, the access notes always a key-safe code, the SMS
  bodies always a name) and green when none of its values does.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- region-aware generators --------------------------------------------------------------------

FIRST = {
    "uk": [
        "Margaret",
        "Dorothy",
        "Joan",
        "Harold",
        "Albert",
        "Kenneth",
        "Brenda",
        "Sheila",
        "Dennis",
        "Patricia",
        "Gurdeep",
        "Parminder",
        "Winston",
        "Delroy",
        "Bronwen",
        "Siobhan",
        "Krystyna",
        "Mohammed",
        "Nasreen",
        "Eileen",
        "Graham",
        "Aisha",
        "Chidi",
        "Tomasz",
        "Hyacinth",
        "Iain",
    ],
    "nl": [
        "Geertruida",
        "Johanna",
        "Hendrik",
        "Cornelis",
        "Wilhelmina",
        "Gerrit",
        "Maria",
        "Jannie",
        "Fatima",
        "Mustafa",
        "Anouk",
        "Sven",
        "Ricardo",
        "Saskia",
        "Dirk",
        "Aaltje",
        "Kees",
        "Priya",
        "Hatice",
        "Ruud",
        "Femke",
        "Jurgen",
    ],
    "cat": [
        "Montserrat",
        "Josep",
        "Núria",
        "Jordi",
        "Mercè",
        "Pere",
        "Roser",
        "Joan",
        "Teresa",
        "Antoni",
        "Carme",
        "Francesc",
        "Dolors",
        "Xavier",
        "Rosa",
        "Ramon",
        "Lucía",
        "Youssef",
        "Wei",
        "Laia",
        "Marta",
        "Agustí",
    ],
}
LAST = {
    "uk": [
        "Thompson",
        "Hughes",
        "Evans",
        "O'Connor",
        "Sandhu",
        "Begum",
        "Campbell",
        "Okonkwo",
        "Kowalczyk",
        "Ahmed",
        "Robinson",
        "MacLeod",
        "Pryce-Jones",
        "Williams",
        "Patel",
        "Nowak",
        "Baptiste",
        "Fairweather",
        "Chaudhry",
        "Lloyd",
    ],
    "nl": [
        "de Vries",
        "van der Berg",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Jong",
        "van Dijk",
        "Mulder",
        "El Amrani",
        "Y\u0131lmaz",
        "Tjon A Fong",
        "Bouzid",
        "Hoekstra",
        "van 't Hof",
        "Kuijpers",
        "Brouwer",
    ],
    "cat": [
        "Puig",
        "Ferrer",
        "Soler",
        "Vilalta",
        "Casals",
        "Font",
        "Roca",
        "Serra",
        "Pujol",
        "García",
        "Martínez",
        "Sánchez",
        "Bosch",
        "Riera",
        "Costa",
        "Mas",
        "El Idrissi",
        "Chen",
        "Vidal",
        "Camps",
    ],
}
MAIL_DOMAINS = {
    "uk": ["btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "sky.com", "outlook.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "planet.nl", "xs4all.nl"],
    "cat": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es", "outlook.es"],
}
CITIES = {
    "uk": [
        "Leeds",
        "Manchester",
        "Birmingham",
        "Cardiff",
        "Glasgow",
        "Edinburgh",
        "Bristol",
        "Newcastle upon Tyne",
        "London",
        "Liverpool",
        "Sheffield",
        "Norwich",
        "Swansea",
    ],
    "nl": [
        "Amsterdam",
        "Rotterdam",
        "Utrecht",
        "Den Haag",
        "Eindhoven",
        "Groningen",
        "Zwolle",
        "Tilburg",
        "Leeuwarden",
        "Maastricht",
        "Almere",
        "Apeldoorn",
    ],
    "cat": [
        "Barcelona",
        "Girona",
        "Lleida",
        "Tarragona",
        "Sabadell",
        "Terrassa",
        "Badalona",
        "Vic",
        "Reus",
        "Manresa",
        "L'Hospitalet de Llobregat",
        "Olot",
    ],
}
UK_STREETS = [
    "Oakwood Lane",
    "Church Road",
    "Victoria Street",
    "Beech Grove",
    "Hollin Park Crescent",
    "Station Road",
    "Kingsway",
    "Albert Terrace",
    "Meadow Close",
    "Heol y Felin",
    "Dalkeith Road",
]
NL_STREETS = [
    "Kerkstraat",
    "Lindenlaan",
    "Prinsengracht",
    "Dorpsstraat",
    "Molenweg",
    "Julianastraat",
    "Beatrixlaan",
    "Vondelstraat",
    "Zuiderzeeweg",
    "Eikenhof",
]
CAT_STREETS = [
    "Carrer de Mallorca",
    "Carrer Major",
    "Passeig de Gràcia",
    "Carrer de la Riera",
    "Rambla Nova",
    "Carrer de Sant Pere",
    "Avinguda Diagonal",
    "Carrer del Carme",
    "Plaça de la Vila",
    "Carrer de Balmes",
]
TOWN_POSTCODES = {
    "uk": [
        ("Leeds", ["LS6", "LS17", "LS8"]),
        ("Manchester", ["M20", "M14", "M8"]),
        ("Birmingham", ["B13", "B29"]),
        ("Cardiff", ["CF14", "CF5"]),
        ("Glasgow", ["G12", "G41"]),
        ("Edinburgh", ["EH10", "EH6"]),
        ("Bristol", ["BS7", "BS16"]),
        ("Sheffield", ["S11", "S6"]),
        ("Norwich", ["NR2", "NR4"]),
    ],
    "nl": [
        ("Amsterdam", ["10", "11"]),
        ("Rotterdam", ["30", "31"]),
        ("Utrecht", ["35"]),
        ("Den Haag", ["25"]),
        ("Groningen", ["97"]),
        ("Zwolle", ["80"]),
        ("Eindhoven", ["56"]),
        ("Maastricht", ["62"]),
    ],
    "cat": [
        ("Barcelona", ["080"]),
        ("Girona", ["170"]),
        ("Lleida", ["250"]),
        ("Tarragona", ["430"]),
        ("Sabadell", ["082"]),
        ("Vic", ["085"]),
        ("Reus", ["432"]),
        ("Olot", ["178"]),
    ],
}
LINE2 = {
    "uk": ["Flat 2", "Ground floor flat", "c/o Sunnyside Court", "Flat 14, Beech House", "Annexe"],
    "nl": ["2e verdieping", "huis", "bis", "app. 12", "t.a.v. mevrouw"],
    "cat": ["3r 1a", "baixos", "àtic", "esc. B, 2n 4a", "local 1"],
}
UK_OUTWARD = [
    "LS6",
    "LS17",
    "M20",
    "B13",
    "CF14",
    "G12",
    "EH10",
    "BS7",
    "NE3",
    "SW16",
    "N17",
    "L18",
    "S11",
    "NR2",
]
CONDITIONS = [
    "atrial fibrillation",
    "type 2 diabetes",
    "COPD",
    "Parkinson's disease",
    "vascular dementia",
    "osteoporosis",
    "heart failure",
    "epilepsy",
    "macular degeneration",
    "osteoarthritis",
    "Alzheimer's disease",
    "hypertension",
]
MEDICATIONS = [
    "warfarin 3mg",
    "metformin 500mg",
    "donepezil 10mg",
    "apixaban 5mg",
    "levodopa/carbidopa",
    "amlodipine 5mg",
    "salbutamol inhaler",
    "alendronic acid 70mg",
    "furosemide 40mg",
    "levetiracetam 500mg",
    "sertraline 50mg",
]
ALLERGIES = ["penicillin", "latex", "codeine", "aspirin", "shellfish", "elastoplast"]
HANDSETS = [("Apple", "iPhone14,7"), ("Apple", "iPhone15,4"), ("Apple", "iPhone12,8"), ("Apple", "iPad13,18")]
ANDROIDS = [
    ("samsung", "SM-A546B", "a54x"),
    ("Google", "Pixel 7", "panther"),
    ("motorola", "moto g54 5G", "cancunf"),
]


def strip_accents(s: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return plain.replace("\u0131", "i")


class TF(Fake):
    """Fake values for one region at a time (`reg`: uk, nl or cat), set per message."""

    reg = "uk"
    page_fixed = None

    # names and contact details ----------------------------------------------------------------
    def first(self):
        return self.pick(FIRST[self.reg])

    def last(self):
        if self.reg == "cat":
            a, b = self.r.sample(LAST["cat"], 2)
            return f"{a} {self.pick(['i ', ''])}{b}"
        return self.pick(LAST[self.reg])

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = strip_accents(self.first()).lower()
        last = strip_accents(self.last()).lower().replace("'", "").replace(" i ", ".").replace(" ", "")
        user = self.pick(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[:4]}{self.r.randint(1, 99)}"]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[self.reg])}"

    def mobile(self):
        d = self.digits
        if self.reg == "uk":
            n = "7" + d(9)
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if self.reg == "nl":
            n = d(8)
            return self.pick(
                [f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}", f"+316{n}"]
            )
        n = self.pick(["6", "7"]) + d(8)
        return self.pick([f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34{n}"])

    def landline(self):
        d = self.digits
        if self.reg == "uk":
            return self.pick(
                [f"0113 496 {d(4)}", f"0161 {d(3)} {d(4)}", f"029 20{d(2)} {d(4)}", f"01632 {d(6)}"]
            )
        if self.reg == "nl":
            return self.pick([f"020-{d(7)}", f"010 {d(3)} {d(4)}", f"+31 30 {d(3)} {d(4)}", f"050-{d(7)}"])
        return self.pick(
            [f"93 {d(3)} {d(2)} {d(2)}", f"+34 972 {d(3)} {d(3)}", f"973{d(6)}", f"977 {d(2)} {d(2)} {d(2)}"]
        )

    def phone(self, style=None):
        return self.mobile() if self.r.random() < 0.6 else self.landline()

    # addresses and places ---------------------------------------------------------------------
    def postcode(self):
        if self.reg == "uk":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{self.pick(UK_OUTWARD)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        if self.reg == "nl":
            letters = "ABCEGHJKLMNPRTVWXZ"
            return f"{self.r.randint(1011, 9999)} {self.pick(letters)}{self.pick(letters)}"
        return f"{self.pick(['08', '17', '25', '43'])}{self.r.randint(1, 799):03d}"

    def zip(self):
        return self.postcode()

    def city(self):
        return self.pick(CITIES[self.reg])

    def street(self):
        if self.reg == "uk":
            flat = self.pick(["", "", "", f"Flat {self.r.randint(1, 24)}, "])
            return f"{flat}{self.r.randint(1, 240)} {self.pick(UK_STREETS)}"
        if self.reg == "nl":
            return f"{self.pick(NL_STREETS)} {self.r.randint(1, 180)}{self.pick(['', '', 'a', '-2', ' bis'])}"
        floor = self.pick(["", f", {self.r.randint(1, 6)}r {self.r.randint(1, 4)}a", ", baixos"])
        return f"{self.pick(CAT_STREETS)}, {self.r.randint(1, 320)}{floor}"

    def address(self):
        """A full one-line address whose postcode belongs to its town."""
        street = self.street()
        town, prefix = self.pick(TOWN_POSTCODES[self.reg])
        if self.reg == "uk":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            code = f"{self.pick(prefix)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
            return f"{street}, {town} {code}"
        if self.reg == "nl":
            letters = self.pick("ABCEGHJKLMNPRTVWXZ") + self.pick("ABEHKLPRSTX")
            code = f"{self.pick(prefix)}{self.r.randint(10, 99)} {letters}"
            return f"{street}, {code} {town.upper() if self.r.random() < 0.2 else town}"
        return f"{street}, {self.pick(prefix)}{self.r.randint(0, 99):02d} {town}"

    def lat(self):
        lo, hi = {"uk": (50.4, 56.0), "nl": (51.4, 53.3), "cat": (40.8, 42.5)}[self.reg]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = {"uk": (-4.2, 1.3), "nl": (4.0, 6.9), "cat": (0.4, 3.1)}[self.reg]
        return round(self.r.uniform(lo, hi), 6)

    def dob(self):
        return self.date(1926, 1958)

    # identifiers with real check digits -------------------------------------------------------
    def nhs(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 7)
            check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check == 10:
                continue
            n = "".join(map(str, body)) + str(0 if check == 11 else check)
            return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])

    def bsn(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(8)]
            body[0] = self.r.randint(1, 6)
            rest = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                return "".join(map(str, body)) + str(rest)

    def dni(self):
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if self.r.random() < 0.25:
            lead = self.r.randint(0, 2)
            num = self.r.randint(0, 9999999)
            return f"{'XYZ'[lead]}{num:07d}{letters[(lead * 10**7 + num) % 23]}"
        num = self.r.randint(1000000, 49999999)
        return f"{num:08d}{letters[num % 23]}"

    def cip(self):
        up = strip_accents(self.last()).upper().replace(" I ", " ").replace("'", "").split()
        a = (up[0] + "XX")[:2]
        b = ((up[1] if len(up) > 1 else "XX") + "XX")[:2]
        y, m, d = self.dob().split("-")
        return f"{a}{b}{self.r.randint(0, 1)}{y[2:]}{m}{d}{self.digits(3)}"

    def nino(self):
        letters = "ABCEGHJKLMNPRSTWXYZ"
        n = self.digits(6)
        return self.pick(
            [
                f"{self.pick(letters)}{self.pick(letters)}{n}{self.pick('ABCD')}",
                f"{self.pick(letters)}{self.pick(letters)} {n[:2]} {n[2:4]} {n[4:]} {self.pick('ABCD')}",
            ]
        )

    def national_id(self):
        return {"uk": self.nino, "nl": self.bsn, "cat": self.dni}[self.reg]()

    def bank_iban(self):
        return self.iban({"uk": "GB", "nl": "NL", "cat": "ES"}[self.reg])

    def plate(self):
        up = "ABCDEFGHJKLMNPRSTVWXYZ"
        if self.reg == "uk":
            tail = "".join(self.pick(up) for _ in range(3))
            return f"{self.pick(up)}{self.pick(up)}{self.r.randint(10, 74)} {tail}"
        if self.reg == "nl":
            return f"{self.pick(up)}{self.pick(up)}-{self.r.randint(100, 999)}-{self.pick(up)}"
        return f"{self.r.randint(1000, 9999)} {''.join(self.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "01"]) + self.digits(12))

    def iccid(self):
        return self.luhn_complete({"uk": "8944", "nl": "8931", "cat": "8934"}[self.reg] + self.digits(14))

    def hub_serial(self):
        return f"VG{self.pick(['H4', 'H5', 'HX'])}-{self.digits(8)}"

    def pendant_serial(self):
        return self.pick(["PD", "FD", "SM"]) + self.hexid(9).upper()

    def locale(self):
        return self.pick(
            {"uk": ["en-GB"], "nl": ["nl-NL", "nl-NL", "en-NL"], "cat": ["ca-ES", "es-ES", "ca"]}[self.reg]
        )

    def tz(self):
        return {"uk": "Europe/London", "nl": "Europe/Amsterdam", "cat": "Europe/Madrid"}[self.reg]

    def country(self):
        return {"uk": "GB", "nl": "NL", "cat": "ES"}[self.reg]

    def clock(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def code(self):
        return self.pick(
            [self.digits(4), self.digits(4), "C" + self.digits(4), self.digits(5), self.digits(3) + "X"]
        )

    def centre_phone(self):
        return {
            "uk": self.pick(["0800 180 2456", "+44 113 496 0800", "0330 088 1122"]),
            "nl": self.pick(["+31 88 245 6000", "088-2456000", "0800-0224"]),
            "cat": self.pick(["+34 900 102 030", "93 567 11 00", "900 707 070"]),
        }[self.reg]

    def region_name(self):
        return self.pick(
            {
                "uk": ["West Yorkshire", "Greater Manchester", "Cardiff", "Glasgow City", "Norfolk"],
                "nl": ["Noord-Holland", "Zuid-Holland", "Utrecht", "Groningen", "Limburg"],
                "cat": ["Barcelonès", "Gironès", "Segrià", "Tarragonès", "Osona", "Bages"],
            }[self.reg]
        )

    def council(self):
        return self.pick(
            {
                "uk": [
                    "Leeds City Council",
                    "Manchester City Council",
                    "Cardiff Council",
                    "Norfolk County Council",
                ],
                "nl": ["Gemeente Utrecht", "Gemeente Zwolle", "Gemeente Groningen", "Gemeente Tilburg"],
                "cat": [
                    "Ajuntament de Girona",
                    "Consell Comarcal d'Osona",
                    "Diputació de Barcelona",
                    "Ajuntament de Reus",
                ],
            }[self.reg]
        )

    def gp_practice(self):
        return self.pick(
            {
                "uk": [
                    "Chapel Allerton Medical Centre",
                    "Riverside Surgery",
                    "Heol Fach Practice",
                    "Parkview Health Centre",
                ],
                "nl": ["Huisartsenpraktijk De Linde", "Gezondheidscentrum Oost", "Huisartsen Kanaleneiland"],
                "cat": ["CAP Sant Andreu", "CAP Girona 3", "CAP Vic Nord", "CAP Reus 2"],
            }[self.reg]
        )

    def doctor(self):
        return self.pick(["Dr ", "Dr. ", "Dra. ", ""]) + self.full_name()


TRIGGERS = {
    "pendant": "pendant",
    "fall": "fall_detector",
    "smoke": "smoke_detector",
    "inactivity": "pir",
    "bogus_caller": "pendant",
    "door_exit": "door_contact",
    "low_temperature": "hub",
}


def pick_alarm(f: TF):
    f.alarm = f.pick(list(TRIGGERS))
    return f.alarm


def pick_prefix(f: TF):
    f.sex = f.pick(["female", "female", "male"])
    return f.pick({"female": ["Mrs", "Ms", "Miss"], "male": ["Mr"]}[f.sex])


# -- free text -----------------------------------------------------------------------------------


def handler_note(f: TF) -> str:
    p = f.mobile()
    return f.pick(
        [
            f"Client fell in lounge, unhurt. Daughter called on {p}, attending in 20 mins.",
            f"Pressed in error, client fine. NOK number updated to {p}.",
            f"No speech established, responder sent. Neighbour rang back from {p}.",
            f"Client confused about the time, reassured. Son asked for a call back on {p}.",
            f"Smoke detector, burnt toast. All well. Alt contact {p} informed.",
            f"Client on floor in bathroom. Ambulance requested. Left voicemail for {p}.",
        ]
    )


def access_note(f: TF) -> str:
    c = f.code()
    return f.pick(
        [
            f"Key safe left of front door, code {c}",
            f"KS behind the green bin, code {c}. Dog is friendly",
            f"Door entry {c}# then flat on 3rd floor, lift often broken",
            f"Keysafe code {c} - please return key and scramble",
            f"Back door via side gate, key safe {c}",
        ]
    )


def nl_access_note(f: TF) -> str:
    c = f.code()
    return f.pick(
        [
            f"Sleutelkluis naast de voordeur, code {c}",
            f"Code sleutelkluis {c}, achterom via de poort",
            f"Sleutelkluis bij schuur, {c}. Kat niet laten ontsnappen",
        ]
    )


def sms_body(f: TF) -> str:
    name, t, resp = f.first(), f.clock(), f.full_name()
    return {
        "uk": f.pick(
            [
                f"Vigilo: {name} pressed their alarm at {t}. {resp} (responder) is on the way.",
                f"Vigilo: {name} raised an alarm at {t} and is safe. No action needed.",
                f"Vigilo: we could not reach {name} after an alarm at {t}. Please call us.",
            ]
        ),
        "nl": f.pick(
            [
                f"Vigilo: {name} heeft om {t} alarm gemaakt. {resp} is onderweg.",
                f"Vigilo: {name} heeft om {t} alarm gemaakt en is in orde.",
            ]
        ),
        "cat": f.pick(
            [
                f"Vigilo: {name} ha activat l'alarma a les {t}. {resp} hi va de camí.",
                f"Vigilo: {name} ha activat l'alarma a les {t} i es troba bé.",
            ]
        ),
    }[f.reg]


def nl_note(f: TF) -> str:
    p = f.mobile()
    return f.pick(
        [
            f"Dochter gebeld op {p}, komt vanmiddag langs.",
            f"Buurvrouw bereikbaar via {p}, heeft sleutel.",
            f"Mevrouw wil voortaan gebeld worden op {p}.",
        ]
    )


def cat_note(f: TF) -> str:
    p = f.mobile()
    return f.pick(
        [
            f"Trucada a la filla al {p}, ve de camí.",
            f"Usuària desorientada; avisat el fill ({p}).",
            f"Veïna amb clau localitzable al {p}.",
        ]
    )


def call_summary(f: TF) -> str:
    return f.pick(
        [
            "Chatted about the garden and the grandchildren.",
            "All well, looking forward to the weekend.",
            "Quiet week, asked about the lunch club timetable.",
            "Happy with the new pendant strap.",
            "Wants a reminder about the bin collection change.",
            "",
        ]
    )


# -- contexts ------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
]
PAGES = {
    "/": ("Home", "Vigilo | Personal alarms"),
    "/pendants": ("Pendants", "Pendant alarms | Vigilo"),
    "/shop/fall-detector": ("Fall Detector GO", "Fall Detector GO | Vigilo"),
    "/checkout": ("Checkout", "Checkout - Vigilo"),
    "/account/contacts": ("Contacts", "My contacts - Vigilo"),
    "/how-it-works": ("How it works", "How it works | Vigilo"),
    "/console/queue": ("Queue", "Console · Queue"),
    "/console/clients": ("Clients", "Console · Clients"),
    "/console/alarm": ("Alarm", "Console · Live alarm"),
    "/console/rota": ("Rota", "Console · Rota"),
    "/console/search": ("Search", "Console · Search"),
}
FAMILY_PAGES = [p for p in PAGES if not p.startswith("/console")]
CONSOLE_PAGES = [p for p in PAGES if p.startswith("/console")]


def pick_page(f: TF, pages: list[str]) -> str:
    f.page = f.page_fixed or f.pick(pages)
    return f.page


def web_context(f: TF, console=False):
    host = "https://console.vigilo.care" if console else "https://www.vigilo.care"
    pages = CONSOLE_PAGES if console else FAMILY_PAGES
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: pick_page(f, pages)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.co.uk/", "", "https://www.bing.com/", "https://www.vigilo.care/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=leaflet", "?tab=2"])
            ),
            "title": G(lambda f: PAGES[f.page][1]),
            "url": G(lambda f: host + f.page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["falls_awareness_q2", "winter_safety", "brand_search", "cat_teleassistencia"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "age_uk_partner", "leaflet"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "referral", "print"])),
            "term": G(
                lambda f: f.pick(
                    ["personal alarm", "fall detector elderly", "alarm pendant for mum", "valdetectie"]
                )
            ),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "text_ad"])),
        },
    }


def pick_handset(f: TF):
    f.handset = f.pick(HANDSETS)[1]
    return f.handset


def swift_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vigilo Family"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["4080", "4082", "4090"])),
            "namespace": G(lambda f: "care.vigilo.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick_handset),
            "name": G(lambda f: "iPad" if f.handset.startswith("iPad") else "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "uk": ["EE", "O2-UK", "Vodafone UK"],
                        "nl": ["KPN", "Odido", "Vodafone NL"],
                        "cat": ["Movistar", "Orange", "Vodafone ES"],
                    }[f.reg]
                )
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def pick_android(f: TF):
    f.android = f.pick(ANDROIDS)
    return f.android[0]


def kotlin_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vigilo Responder"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "care.vigilo.responder"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick_android),
            "model": G(lambda f: f.android[1]),
            "name": G(lambda f: f.android[2]),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.locale()),
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; " + f.android[1] + " Build/UP1A.231005.007)"
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.money(0, 25)),
        },
    }


RN_DEVICES = [
    ("Apple", "iPhone13,2", "ios", "iOS", "17.4.1"),
    ("Apple", "iPhone14,5", "ios", "iOS", "16.7.8"),
    ("samsung", "SM-A546B", "android", "Android", "14"),
    ("Google", "Pixel 6a", "android", "Android", "13"),
]


def pick_rn(f: TF):
    f.rn = f.pick(RN_DEVICES)
    return f.rn


def rn_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vigilo Carer"),
            "version": G(lambda f: f.pick(["1.12.0", "1.12.3"])),
            "build": G(lambda f: f.pick(["112", "1123"])),
            "namespace": G(lambda f: "care.vigilo.carer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: pick_rn(f)[0]),
            "model": G(lambda f: f.rn[1]),
            "type": G(lambda f: f.rn[2]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {"name": G(lambda f: f.rn[3]), "version": G(lambda f: f.rn[4])},
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: f.pick(["carer", "senior_carer", "coordinator"])),
        },
    }


def flutter_context(f: TF):
    return {
        "app": {
            "name": G(lambda f: "Vigilo Home"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2"])),
            "build": G(lambda f: f.pick(["31", "312"])),
            "namespace": G(lambda f: "care.vigilo.home"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: "samsung"),
            "model": G(lambda f: f.pick(["SM-X205", "SM-X110", "SM-T220"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 1340), "height": G(lambda f: 800), "density": G(lambda f: 1.5)},
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.CSharp": ["2.4.0", "2.3.7"],
}


def server_context(lib: str):
    def ctx(f: TF):
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib == "@segment/analytics-node":
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "analytics-php":
            c["ip"] = Y(lambda f: f.ipv4(), "ip")
        if lib == "analytics-python":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "console": lambda f: web_context(f, console=True),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "csharp": server_context("Analytics.CSharp"),
}

ALL = ("uk", "nl", "cat")

# -- shared sub-templates ------------------------------------------------------------------------


CATALOGUE = [
    ("prd_pendant_vi", "VG-PND-01", "Vigilo Pendant Vi+", "Vigilo", "Alarms", 49.0, "pendant-vi"),
    ("prd_fall_go", "VG-FD-GO", "Fall Detector GO", "Vigilo", "Sensors", 129.0, "fall-detector-go"),
    ("prd_keysafe_c500", "KS-C500-BLK", "Supra C500 Key Safe", "Supra", "Key safes", 89.95, "key-safe"),
    ("prd_gps_watch", "VG-GPS-W2", "SOS GPS Watch", "Doro", "Wearables", 199.0, "gps-watch"),
    ("prd_smoke_l", "VG-SMK-10", "Linked Smoke Alarm", "Vigilo", "Sensors", 24.99, "smoke-alarm"),
    ("prd_bed_sensor", "VG-BED-2", "Bed Occupancy Sensor", "Vigilo", "Sensors", 74.5, "bed-sensor"),
]


def pick_product(f: TF):
    f.prod = f.pick(CATALOGUE)
    return f.prod[0]


def product():
    """A catalogue item: the generators read the product picked for `product_id` (first key)."""
    return {
        "product_id": G(pick_product),
        "sku": G(lambda f: f.prod[1]),
        "name": G(lambda f: f.prod[2]),
        "brand": G(lambda f: f.prod[3]),
        "category": G(lambda f: f.prod[4]),
        "variant": G(lambda f: f.pick(["wristband", "neck cord", "black", "white"])),
        "price": G(lambda f: f.prod[5]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: "https://www.vigilo.care/shop/" + f.prod[6]),
        "image_url": G(lambda f: f"https://cdn.vigilo.care/products/{f.hexid(10)}.webp"),
    }


def postal(kind: str):
    """A shipping or billing address block: the person's own (`address`)."""
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(lambda f: f.pick(LINE2[f.reg]), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: f.country()),
    }


ORGS = {
    "uk": [
        (
            "Leeds City Council",
            "Local government",
            14200,
            "https://www.leeds.gov.uk",
            "0113 222 4401",
            "telecare@leeds.gov.uk",
            "Civic Hall, Calverley St, Leeds LS1 1UR",
        ),
        (
            "Anchor Hanover",
            "Housing association",
            9000,
            "https://www.anchor.org.uk",
            "0800 731 2020",
            "customer.services@anchor.org.uk",
            "25 Bedford Street, London WC2E 9ES",
        ),
        (
            "Cardiff Council",
            "Local government",
            13000,
            "https://www.cardiff.gov.uk",
            "029 2087 2087",
            "c2c@cardiff.gov.uk",
            "County Hall, Atlantic Wharf, Cardiff CF10 4UW",
        ),
    ],
    "nl": [
        (
            "Gemeente Utrecht",
            "Local government",
            4500,
            "https://www.utrecht.nl",
            "14 030",
            "wmo@utrecht.nl",
            "Stadsplateau 1, 3521 AZ Utrecht",
        ),
        (
            "Zorggroep Noorderbreedte",
            "Care provider",
            2600,
            "https://www.noorderbreedte.nl",
            "058 233 2233",
            "info@noorderbreedte.nl",
            "Henri Dunantweg 2, 8934 AD Leeuwarden",
        ),
    ],
    "cat": [
        (
            "Ajuntament de Girona",
            "Local government",
            1400,
            "https://www.girona.cat",
            "972 41 90 00",
            "serveissocials@girona.cat",
            "Plaça del Vi, 1, 17004 Girona",
        ),
        (
            "Diputació de Barcelona",
            "Local government",
            4300,
            "https://www.diba.cat",
            "934 022 222",
            "teleassistencia@diba.cat",
            "Rambla de Catalunya, 126, 08008 Barcelona",
        ),
    ],
}


def pick_org(f: TF):
    f.org = f.pick(ORGS[f.reg])
    return f.org[0]


# -- events --------------------------------------------------------------------------------------
# (kind, event, clients, regions, body)

EVENTS = [
    # -- client records -------------------------------------------------------------------------
    (
        "identify",
        None,
        ["python", "java"],
        ("uk",),
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.landline(), "phone"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(66, 98)),
            "gender": Y(lambda f: f.pick(["female", "male", "female", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: "United Kingdom"),
            },
            "nhsNumber": RED(lambda f: f.nhs(), "health id"),
            "nhsNumberVerified": G(lambda f: f.pick([True, False])),
            "gpPractice": G(lambda f: f.gp_practice()),
            "gpOdsCode": G(lambda f: f.pick(["B86012", "W97005", "S91234", "D82044"])),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["White British", "Indian", "Black Caribbean", "Pakistani", "White Irish", "Mixed"]
                ),
                "ethnicity",
            ),
            "religion": Y(lambda f: f.pick(["Christian", "Muslim", "Sikh", "None", "Jewish"]), "religion"),
            "maritalStatus": G(lambda f: f.pick(["widowed", "married", "single", "divorced"])),
            "livesAlone": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "cy", "pa", "pl"])),
            "plan": G(lambda f: f.pick(["careline_basic", "careline_plus", "careline_responder"])),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "contactsCount": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        ("nl",),
        {
            "voornaam": Y(lambda f: f.first(), "name"),
            "achternaam": Y(lambda f: f.last(), "name"),
            "geboortedatum": Y(
                lambda f: f.pick([f.dob(), "-".join(reversed(f.dob().split("-")))]), "birthdate"
            ),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "adres": {
                "straat": Y(lambda f: f.pick(NL_STREETS), "street|address"),
                "huisnummer": Y(
                    lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'a', '-1', ' hs'])}", "address"
                ),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "woonplaats": Y(lambda f: f.city(), "city"),
            },
            "telefoonnummer": Y(lambda f: f.landline(), "phone"),
            "mobiel": Y(lambda f: f.mobile(), "phone"),
            "emailadres": Y(lambda f: f.email(), "email"),
            "huisarts": Y(lambda f: f.pick(["Dr. ", "", "dokter "]) + f.full_name(), "name"),
            "huisartsenpraktijk": G(lambda f: f.gp_practice()),
            "zorgverzekeraar": G(lambda f: f.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"])),
            "polisnummer": Y(lambda f: f.digits(9), "identification"),
            "klantnummer": G(lambda f: f.digits(8)),
            "wmoIndicatie": G(lambda f: f.pick([True, False])),
            "taal": G(lambda f: f.pick(["nl", "en", "tr", "ar"])),
            "aangemeldOp": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ("cat",),
        {
            "nom": Y(lambda f: f.first(), "name"),
            "cognoms": Y(lambda f: f.last(), "name"),
            "data_naixement": Y(lambda f: "/".join(reversed(f.dob().split("-"))), "birthdate"),
            "dni": RED(lambda f: f.dni(), "national id"),
            "cip": RED(lambda f: f.cip(), "health id"),
            "telefon": Y(lambda f: f.landline(), "phone"),
            "mobil": Y(lambda f: f.mobile(), "phone"),
            "correu": Y(lambda f: f.email(), "email"),
            "adreça": Y(lambda f: f.street(), "address|street"),
            "codi_postal": Y(lambda f: f.postcode(), "zipcode"),
            "municipi": Y(lambda f: f.city(), "city"),
            "comarca": G(lambda f: f.region_name()),
            "idioma": G(lambda f: f.pick(["ca", "es", "ar", "zh"])),
            "grau_dependencia": RED(
                lambda f: f.pick(["Grau I", "Grau II", "Grau III", "sense grau"]), "disability"
            ),
            "treballadora_social": Y(lambda f: f.full_name(), "name"),
            "num_expedient": G(lambda f: f"EXP-{f.r.randint(2019, 2024)}-{f.digits(6)}"),
            "viu_sol": G(lambda f: f.pick([True, False])),
            "alta": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Client Referral Submitted",
        ["web", "node"],
        ("uk",),
        {
            "referral_id": G(lambda f: "REF-" + f.digits(7)),
            "referrer_name": Y(lambda f: f.full_name(), "name"),
            "referrer_email": Y(
                lambda f: (
                    strip_accents(f.first()).lower()
                    + "."
                    + strip_accents(f.pick(LAST["uk"])).lower().replace("'", "")
                    + f.pick(["@leeds.gov.uk", "@nhs.net", "@manchester.gov.uk"])
                ),
                "email",
            ),
            "referring_org": G(
                lambda f: f.pick(
                    [
                        "Leeds Adult Social Care",
                        "St James's Hospital discharge team",
                        "Age UK Cardiff",
                        "Self-referral",
                    ]
                )
            ),
            "client": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "nhs_number": RED(lambda f: f.nhs(), "health id"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "referral_reason": Y(
                lambda f: f.pick(["falls", "dementia", "stroke", "COPD", "frailty", "heart failure"]),
                "condition",
            ),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 3),
            "mobility": RED(
                lambda f: f.pick(
                    ["walks with stick", "walking frame", "wheelchair user", "bed-bound", "independent"]
                ),
                "disability",
            ),
            "hearing_impaired": RED(lambda f: f.pick([True, False]), "disability"),
            "key_safe_code": RED(lambda f: f.code(), "secret"),
            "access_notes": RED(access_note, "secret", True),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(["Biscuit", "Max", "Tigger", "Bella", "Pip"])),
                    "species": G(lambda f: f.pick(["dog", "cat", "budgie"])),
                },
                2,
            ),
            "consent_given": G(lambda f: True),
            "funding_source": G(lambda f: f.pick(["council", "self_funded", "direct_payment", "nhs_chc"])),
            "urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Care Plan Updated",
        ["java"],
        ALL,
        {
            "carePlanId": G(lambda f: f.uuid()),
            "clientId": G(lambda f: "CL-" + f.digits(7)),
            "version": G(lambda f: f.r.randint(1, 14)),
            "diagnoses": Many(Y(lambda f: f.pick(CONDITIONS), "diagnosis|condition"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "cognitiveImpairment": Y(lambda f: f.pick([True, False]), "condition"),
            "homeOxygen": Y(lambda f: f.pick([True, False]), "condition"),
            "wheelchairUser": RED(lambda f: f.pick([True, False]), "disability"),
            "visuallyImpaired": RED(lambda f: f.pick([True, False]), "disability"),
            "monitoringPriority": G(lambda f: f.pick(["standard", "enhanced", "high"])),
            "lastReviewedBy": Y(lambda f: f.full_name(), "name"),
            "reviewDate": G(lambda f: f.date(2024, 2024)),
            "nextReviewDue": G(lambda f: f.date(2025, 2025)),
            "dnacprDocumentOnFile": G(lambda f: f.pick([True, False])),
            "languageNeeds": G(lambda f: f.pick(["none", "interpreter", "bsl", "large_print"])),
        },
    ),
    (
        "track",
        "Medication Reminder Acknowledged",
        ["go"],
        ALL,
        {
            "reminder_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: "CL-" + f.digits(7)),
            "medication_name": Y(lambda f: f.pick(MEDICATIONS), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "2 tablets", "5 ml", "2 puffs"])),
            "scheduled_time": G(lambda f: f.clock()),
            "acknowledged": G(lambda f: f.pick([True, False])),
            "acknowledged_after_s": G(lambda f: f.r.randint(3, 900)),
            "dispenser_serial": Y(lambda f: "PIV-" + f.digits(7), "serial"),
            "missed_count_7d": G(lambda f: f.r.randint(0, 6)),
            "rx_number": Y(lambda f: f.pick(["RX", "ERX", ""]) + f.digits(8), "medication"),
            "pharmacy": G(lambda f: f.pick(["Boots", "Well Pharmacy", "Apotheek Centraal", "Farmàcia Puig"])),
        },
    ),
    # -- alarms ---------------------------------------------------------------------------------
    (
        "track",
        "Alarm Raised",
        ["go"],
        ALL,
        {
            "alarm_id": G(lambda f: "ALM-" + f.digits(10)),
            "alarm_type": G(pick_alarm),
            "client_id": G(lambda f: "CL-" + f.digits(7)),
            "client_name": Y(lambda f: f.full_name(), "name"),
            "client_address": Y(lambda f: f.address(), "address"),
            "hub_serial": Y(lambda f: f.hub_serial(), "serial"),
            "trigger_device": {
                "type": G(lambda f: TRIGGERS[f.alarm]),
                "serial": Y(lambda f: f.pendant_serial(), "serial"),
                "battery_pct": G(lambda f: f.r.randint(5, 100)),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            },
            "protocol": G(lambda f: f.pick(["SCAIP", "BS8521-2", "TT92"])),
            "priority": G(lambda f: f.r.randint(1, 4)),
            "received_at": G(lambda f: f.iso()),
            "rssi": G(lambda f: -f.r.randint(50, 110)),
            "is_test": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Alarm Call Answered",
        ["node", "console"],
        ALL,
        {
            "call_id": G(lambda f: f.uuid()),
            "alarm_id": G(lambda f: "ALM-" + f.digits(10)),
            "handler_id": G(lambda f: "op" + f.digits(4)),
            "handler_name": Y(lambda f: f.full_name(), "name"),
            "answer_seconds": G(lambda f: f.r.randint(4, 95)),
            "speech_established": G(lambda f: f.pick([True, False])),
            "outcome": G(
                lambda f: f.pick(
                    ["false_alarm", "responder_sent", "ambulance", "family_contacted", "advice_given"]
                )
            ),
            "handler_notes": Y(handler_note, "phone", True),
            "call_duration_s": G(lambda f: f.r.randint(20, 1500)),
            "queue": G(
                lambda f: f.pick(["priority", "general", "welsh_language", "nl_alarm", "cat_teleassist"])
            ),
            "centre": G(lambda f: f.pick(["Leeds ARC", "Utrecht Meldkamer", "Central de Girona"])),
        },
    ),
    (
        "track",
        "Responder Dispatched",
        ["node"],
        ALL,
        {
            "dispatch_id": G(lambda f: f.uuid()),
            "alarm_id": G(lambda f: "ALM-" + f.digits(10)),
            "responder": {
                "id": G(lambda f: "RSP-" + f.digits(4)),
                "name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "vehicle_reg": Y(lambda f: f.plate(), "license"),
                "employee_number": G(lambda f: f.digits(6)),
                "pay_rate": Y(lambda f: f.money(11, 19), "salary"),
            },
            "destination": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
            },
            "keysafe": {
                "code": RED(lambda f: f.code(), "secret"),
                "location": G(
                    lambda f: f.pick(["left of front door", "by back door", "inside porch", "garage wall"])
                ),
            },
            "eta_minutes": G(lambda f: f.r.randint(8, 55)),
            "distance_km": G(lambda f: f.money(0.5, 30)),
            "two_person_lift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Responder Arrived",
        ["kotlin"],
        ALL,
        {
            "dispatch_id": G(lambda f: f.uuid()),
            "arrived_at": G(lambda f: f.epoch_ms()),
            "arrival_lat": Y(lambda f: f.lat(), "geolocation"),
            "arrival_lon": Y(lambda f: f.lon(), "geolocation"),
            "entry_method": G(
                lambda f: f.pick(["key_safe", "door_open", "family_let_in", "police_forced_entry"])
            ),
            "injury_assessment": Y(
                lambda f: f.pick(
                    ["no injury", "minor skin tear", "suspected hip fracture", "head injury", "bruising"]
                ),
                "condition",
            ),
            "used_lifting_cushion": G(lambda f: f.pick([True, False])),
            "on_scene_minutes": G(lambda f: f.r.randint(10, 180)),
            "photos": Many(Y(lambda f: f"https://media.vigilo.care/visits/{f.uuid()}.jpg", "photo"), 2),
        },
    ),
    (
        "track",
        "Ambulance Requested",
        ["python"],
        ("uk",),
        {
            "cad_reference": G(
                lambda f: f"{f.r.randint(10, 31):02d}{f.r.randint(1, 12):02d}24-{f.digits(4)}"
            ),
            "alarm_id": G(lambda f: "ALM-" + f.digits(10)),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "chief_complaint": Y(
                lambda f: f.pick(
                    [
                        "fall - unable to get up",
                        "chest pain",
                        "breathing difficulty",
                        "unresponsive",
                        "suspected stroke",
                    ]
                ),
                "condition",
            ),
            "ambulance_service": G(
                lambda f: f.pick(
                    ["Yorkshire Ambulance Service", "North West Ambulance Service", "Welsh Ambulance Service"]
                )
            ),
            "requested_by_number": G(lambda f: f.centre_phone()),
            "category": G(lambda f: f.pick(["C1", "C2", "C3", "C4"])),
            "wait_minutes": G(lambda f: f.r.randint(5, 400)),
        },
    ),
    (
        "track",
        "Fall Detected",
        ["go"],
        ALL,
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "imei": Y(lambda f: f.imei(), "serial"),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "impact_g": G(lambda f: f.money(1.5, 9)),
            "posture": G(lambda f: f.pick(["lying", "sitting", "unknown"])),
            "auto_cancelled": G(lambda f: f.pick([True, False])),
            "cancel_window_s": G(lambda f: f.pick([15, 30, 45])),
            "room": G(lambda f: f.pick(["bathroom", "kitchen", "bedroom", "hallway", "garden"])),
            "gps": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lon": Y(lambda f: f.lon(), "geolocation"),
                "hdop": G(lambda f: f.money(0.6, 5)),
            },
            "firmware": G(lambda f: f.pick(["2.4.1", "2.4.3", "2.5.0"])),
        },
    ),
    (
        "track",
        "Pendant Test Completed",
        ["flutter", "go"],
        ALL,
        {
            "test_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["pass", "fail_range", "fail_battery"])),
            "pendant_serial": Y(lambda f: f.pendant_serial(), "serial"),
            "range_m": G(lambda f: f.r.randint(10, 60)),
            "battery_pct": G(lambda f: f.r.randint(5, 100)),
            "prompted_by": G(lambda f: f.pick(["monthly_schedule", "call_handler", "client"])),
        },
    ),
    # -- next of kin and contacts ---------------------------------------------------------------
    (
        "track",
        "Contact Added",
        ["web", "swift"],
        ALL,
        {
            "contact": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "relationship": G(
                    lambda f: f.pick(["daughter", "son", "neighbour", "friend", "nephew", "dochter", "filla"])
                ),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "address": Y(lambda f: f.address(), "address"),
                "is_keyholder": G(lambda f: f.pick([True, False])),
                "priority": G(lambda f: f.r.randint(1, 4)),
                "minutes_away": G(lambda f: f.pick([5, 10, 20, 30, 60])),
            },
            "contacts_count": G(lambda f: f.r.randint(1, 5)),
            "source": G(lambda f: f.pick(["family_app", "portal", "onboarding"])),
        },
    ),
    (
        "screen",
        "Contacts",
        ["swift", "rn"],
        ALL,
        {
            "name": G(lambda f: "Contacts"),
            "contact_count": G(lambda f: f.r.randint(0, 6)),
            "tab": G(lambda f: f.pick(["all", "keyholders"])),
        },
    ),
    (
        "track",
        "Contact Tapped",
        ["rn", "swift"],
        ALL,
        {
            "label": Y(lambda f: f.full_name(), "name", True),
            "position": G(lambda f: f.r.randint(0, 5)),
            "action": G(lambda f: f.pick(["call", "sms", "whatsapp", "edit"])),
        },
    ),
    (
        "track",
        "Next Of Kin Notified",
        ["ruby"],
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["4f1c0e2a9b7d6c5e3f2a1b0c9d8e7f6a", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"])
                )
            ),
            "MessagingServiceSid": G(
                lambda f: (
                    "MG" + f.pick(["11aa22bb33cc44dd55ee66ff77889900", "aa11bb22cc33dd44ee55ff6677889900"])
                )
            ),
            "From": G(lambda f: f.pick(["+447700180245", "VIGILO", "+3197010245600", "+34900102030"])),
            "To": Y(lambda f: f.mobile(), "phone", True),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        ["ruby"],
        ALL,
        {
            "twilio": {
                "CallSid": G(lambda f: "CA" + f.hexid(32)),
                "From": Y(lambda f: f.phone(), "phone", True),
                "To": G(lambda f: f.centre_phone()),
                "FromCity": Y(lambda f: f.city(), "city"),
                "FromCountry": G(lambda f: f.country()),
                "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
                "Direction": G(lambda f: "inbound"),
                "CallerName": Y(lambda f: f.full_name(), "name"),
            },
            "matched_client": G(lambda f: f.pick([True, False])),
            "ivr_choice": G(lambda f: f.pick(["1", "2", "9", ""])),
        },
    ),
    # -- wellbeing calls ------------------------------------------------------------------------
    (
        "track",
        "Wellbeing Call Completed",
        ["ruby", "console"],
        ("uk",),
        {
            "call_id": G(lambda f: f.uuid()),
            "scheduled_for": G(lambda f: f.iso()),
            "duration_sec": G(lambda f: f.r.randint(0, 1500)),
            "answered": G(lambda f: f.pick([True, False])),
            "volunteer_name": Y(lambda f: f.full_name(), "name"),
            "topics": Many(
                G(lambda f: f.pick(["weather", "family", "shopping", "garden", "tv", "lunch club"])), 3
            ),
            "summary": G(call_summary),
            "follow_up_required": G(lambda f: f.pick([True, False])),
            "symptoms_reported": Many(
                Y(
                    lambda f: f.pick(
                        ["dizziness", "chest pain", "breathlessness", "confusion", "swollen ankles"]
                    ),
                    "condition",
                ),
                2,
            ),
            "next_call_at": G(lambda f: f.iso()),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Check-In Missed",
        ["python"],
        ALL,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "consecutive_missed": G(lambda f: f.r.randint(1, 4)),
            "escalated": G(lambda f: f.pick([True, False])),
            "escalation_contact_phone": Y(lambda f: f.mobile(), "phone"),
            "masked_client_phone": G(
                lambda f: f.pick(["•••• ••• 123", "07*** ***481", "+31 6 **** **07", "*** ** ** 52"])
            ),
            "window_end": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Welzijnsgesprek Afgerond",
        ["node"],
        ("nl",),
        {
            "gesprek_id": G(lambda f: f.uuid()),
            "duur_seconden": G(lambda f: f.r.randint(60, 1200)),
            "beller_naam": Y(lambda f: f.full_name(), "name"),
            "cliënt_naam": Y(lambda f: f.full_name(), "name"),
            "notitie": Y(nl_note, "phone", True),
            "bijzonderheden": G(
                lambda f: f.pick(
                    ["geen", "graag volgende week eerder bellen", "gaat naar dagbesteding op dinsdag", ""]
                )
            ),
            "opgenomen": G(lambda f: f.pick([True, False])),
            "volgende_gesprek": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- devices and hubs -----------------------------------------------------------------------
    (
        "track",
        "Hub Heartbeat",
        ["go"],
        ALL,
        {
            "hub-id": G(lambda f: f.digits(10)),
            "serial-number": Y(lambda f: f.hub_serial(), "serial"),
            "firmware-version": G(lambda f: f.pick(["5.2.0", "5.2.1", "5.3.0-rc1"])),
            "mains-power": G(lambda f: f.pick([True, True, False])),
            "battery-pct": G(lambda f: f.r.randint(20, 100)),
            "gsm-signal-dbm": G(lambda f: -f.r.randint(60, 110)),
            "sim-iccid": Y(lambda f: f.iccid(), "serial"),
            "modem-imei": Y(lambda f: f.imei(), "serial"),
            "wan-ip": Y(lambda f: f.ipv4(), "ip"),
            "eth-mac": Y(lambda f: f.mac(), "mac"),
            "uptime-s": G(lambda f: f.r.randint(60, 9_000_000)),
            "ambient-temp-c": G(lambda f: f.money(12, 27)),
            "bearer": G(lambda f: f.pick(["4g", "2g", "ethernet", "wifi"])),
        },
    ),
    (
        "track",
        "Device Paired",
        ["flutter"],
        ALL,
        {
            "device_type": G(
                lambda f: f.pick(["pendant", "fall_detector", "smoke", "pir", "bed_sensor", "door_contact"])
            ),
            "serial": Y(lambda f: f.pendant_serial(), "serial"),
            "pairing_method": G(lambda f: f.pick(["button", "qr", "nfc"])),
            "paired_by": Y(lambda f: f.full_name(), "name"),
            "device_nickname": G(
                lambda f: f.pick(["Kitchen smoke", "Front door", "Bedroom PIR", "Pendant", "Hallway"])
            ),
            "activation_code": RED(lambda f: f.digits(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Low Battery Warning",
        ["go"],
        ALL,
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "battery_pct": G(lambda f: f.r.randint(1, 15)),
            "device_nickname": G(
                lambda f: f.pick(["Kitchen smoke", "Front door", "Bedroom PIR", "Pendant", "Hallway"])
            ),
            "days_remaining": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Installation Completed",
        ["kotlin"],
        ALL,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "installer_id": G(lambda f: "INS-" + f.digits(3)),
            "installer_name": Y(lambda f: f.full_name(), "name"),
            "install_address": Y(lambda f: f.address(), "address"),
            "hub_serial": Y(lambda f: f.hub_serial(), "serial"),
            "keysafe": {
                "code": RED(lambda f: f.code(), "secret"),
                "location": G(
                    lambda f: f.pick(["left of front door", "by back door", "inside porch", "garage wall"])
                ),
                "model": G(lambda f: f.pick(["Supra C500 Pro", "Burton KeySafe", "Master Lock 5401"])),
            },
            "photos": Many(Y(lambda f: f"https://media.vigilo.care/installs/{f.uuid()}.jpg", "photo"), 3),
            "customer_signature_name": Y(lambda f: f.full_name(), "name"),
            "duration_min": G(lambda f: f.r.randint(25, 140)),
            "devices_installed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Door Sensor Triggered",
        ["go"],
        ALL,
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "door": G(lambda f: f.pick(["front", "back", "patio"])),
            "night_mode": G(lambda f: f.pick([True, False])),
            "opened_at": G(lambda f: f.epoch_ms()),
            "open_duration_s": G(lambda f: f.r.randint(2, 3600)),
        },
    ),
    # -- shop and family portal -----------------------------------------------------------------
    (
        "page",
        "Home",
        ["web"],
        ALL,
        {
            "name": G(lambda f: PAGES[pick_page(f, FAMILY_PAGES)][0]),
            "path": G(lambda f: f.page),
            "url": G(lambda f: "https://www.vigilo.care" + f.page),
            "title": G(lambda f: PAGES[f.page][1]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.co.uk/", "https://www.ageuk.org.uk/", "https://www.google.nl/"]
                )
            ),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        ALL,
        {
            "query": G(
                lambda f: f.pick(
                    ["fall detector", "gps watch", "key safe", "alarm zonder abonnement", "penjoll"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        ALL,
        {
            **product(),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "value": G(lambda f: f.money(20, 200)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        ALL,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        ALL,
        {
            "order_id": G(lambda f: "VG" + f.digits(8)),
            "value": G(lambda f: f.money(20, 400)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "AGEUK10", "WINTER24", "NHSSTAFF"])),
            "products": Many(product()),
            "for_someone_else": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "php"],
        ALL,
        {
            "order_id": G(lambda f: "VG" + f.digits(8)),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.money(20, 400)),
            "tax": G(lambda f: f.money(0, 60)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.95])),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "products": Many(product()),
            "shipping_address": postal("shipping"),
            "billing_address": postal("billing"),
            "customer_email": Y(lambda f: f.email(), "email"),
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "link"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "bin": G(lambda f: f.pick(["454313", "535522", "492181", "374245"])),
                "payment_method_id": RED(
                    lambda f: (
                        "pm_"
                        + f.pick(["1P", "1O", "1N"])
                        + "".join(
                            f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                            for _ in range(22)
                        )
                    ),
                    "token",
                ),
            },
            "vat_relief_eligible": RED(lambda f: f.pick([True, False]), "disability"),
            "vat_relief_condition": Y(
                lambda f: f.pick(["arthritis", "Parkinson's", "sight loss", "COPD", "MS"]), "condition"
            ),
        },
    ),
    (
        "track",
        "Brochure Requested",
        ["web"],
        ALL,
        {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "who_for": G(lambda f: f.pick(["myself", "parent", "relative", "client"])),
            "heard_about": G(lambda f: f.pick(["gp", "google", "friend", "council", "tv"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        ("uk",),
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(24)),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "plan": G(lambda f: f.pick(["careline_basic", "careline_plus", "careline_responder"])),
            "amount": G(lambda f: f.pick([19.99, 27.5, 34.99])),
            "interval": G(lambda f: f.pick(["month", "quarter", "year"])),
            "payer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship_to_client": G(lambda f: f.pick(["self", "daughter", "son", "attorney"])),
            },
            "direct_debit": {
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-34", "60-16-13"])),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "mandate_reference": G(lambda f: "VIGILO-" + f.digits(6)),
            },
            "trial_days": G(lambda f: f.pick([0, 14, 30])),
        },
    ),
    (
        "track",
        "Incasso Machtiging Afgegeven",
        ["node"],
        ("nl",),
        {
            "rekeninghouder": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("NL"), "bank account"),
            "bic": G(lambda f: f.pick(["ABNANL2A", "INGBNL2A", "RABONL2U", "SNSBNL2A"])),
            "machtigingskenmerk": G(lambda f: "VG-NL-" + f.digits(7)),
            "bedrag": G(lambda f: f.pick([21.5, 29.95, 36.0])),
            "relatie_tot_client": G(lambda f: f.pick(["zelf", "dochter", "zoon", "bewindvoerder"])),
            "startdatum": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Domiciliació Bancària Creada",
        ["php"],
        ("cat",),
        {
            "titular": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "import_mensual": G(lambda f: f.pick([18.0, 24.5, 30.0])),
            "referencia_mandat": G(lambda f: "VGCAT" + f.digits(8)),
            "copagament": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["csharp"],
        ALL,
        {
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "AmountPaid": G(lambda f: f.money(15, 600)),
            "Currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "PaidBy": G(lambda f: f.pick(["Client", "Family", "Council", "Attorney"])),
            "PayerName": Y(lambda f: f.full_name(), "name"),
            "PayerEmail": Y(lambda f: f.email(), "email"),
            "CouncilReference": G(lambda f: f.pick(["LCC", "MCC", "GEM", "DIBA"]) + "/" + f.digits(7)),
            "CardLast4": G(lambda f: f.digits(4)),
            "PaymentToken": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "PaidAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Telephone Payment Taken",
        ["csharp"],
        ("uk",),
        {
            "PaymentId": G(lambda f: f.uuid()),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardHolder": Y(lambda f: f.full_name(), "name"),
            "ExpiryDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "Amount": G(lambda f: f.money(15, 250)),
            "TakenByAgentId": G(lambda f: "op" + f.digits(4)),
            "IvrPaused": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Care Package Funded",
        ["python"],
        ALL,
        {
            "package_id": G(lambda f: f.uuid()),
            "council": G(lambda f: f.council()),
            "funding_type": G(lambda f: f.pick(["council_funded", "self_funded", "direct_payment", "mixed"])),
            "weekly_cost": G(lambda f: f.money(3, 45)),
            "client_contribution": G(lambda f: f.money(0, 20)),
            "council_client_ref": G(lambda f: f.digits(7)),
            "social_worker": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(
                    lambda f: (
                        strip_accents(f.first()).lower()
                        + "."
                        + strip_accents(f.last()).lower().replace(" ", "").replace("'", "")
                        + f.pick(["@leeds.gov.uk", "@utrecht.nl", "@girona.cat"])
                    ),
                    "email",
                ),
                "team": G(
                    lambda f: f.pick(
                        ["Hospital Discharge", "Reablement", "Wijkteam Noord", "Serveis Socials Bàsics"]
                    )
                ),
            },
            "services": Many(
                G(
                    lambda f: f.pick(
                        ["24/7 monitoring", "mobile responder", "wellbeing calls", "falls sensor"]
                    )
                ),
                3,
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "review_due": G(lambda f: f.date(2025, 2025)),
        },
    ),
    # -- accounts (groups, staff, sign-in) --------------------------------------------------------
    (
        "group",
        None,
        ["python"],
        ALL,
        {
            "name": G(pick_org),
            "industry": G(lambda f: f.org[1]),
            "plan": G(lambda f: f.pick(["framework_2023", "pilot", "enterprise"])),
            "employees": G(lambda f: f.org[2]),
            "website": G(lambda f: f.org[3]),
            "main_phone": G(lambda f: f.org[4]),
            "contact_email": G(lambda f: f.org[5]),
            "office_address": G(lambda f: f.org[6]),
            "contract_value": G(lambda f: f.r.randint(50_000, 2_000_000)),
            "region": G(lambda f: f.region_name()),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["console"],
        ALL,
        {
            "email": Y(
                lambda f: (
                    strip_accents(f.first()).lower()
                    + "."
                    + strip_accents(f.pick(LAST[f.reg])).lower().replace(" ", "").replace("'", "")
                    + "@vigilo.care"
                ),
                "email",
            ),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "role": G(lambda f: f.pick(["call_handler", "team_leader", "installer", "admin"])),
            "team": G(
                lambda f: f.pick(["Night shift", "Days A", "Welsh language desk", "Meldkamer", "Torn de nit"])
            ),
            "site": G(lambda f: f.pick(["Leeds ARC", "Utrecht Meldkamer", "Central de Girona"])),
            "extension": G(lambda f: f.digits(4)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        ALL,
        {
            "EMPLOYEE_NUMBER": G(lambda f: f.digits(6)),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "WORK_EMAIL": Y(
                lambda f: (
                    strip_accents(f.first()).lower()[0]
                    + strip_accents(f.pick(LAST[f.reg])).lower().replace(" ", "").replace("'", "")
                    + "@vigilo.care"
                ),
                "email",
            ),
            "PERSONAL_MOBILE": Y(lambda f: f.mobile(), "phone"),
            "JOB_TITLE": G(
                lambda f: f.pick(["Call Handler", "Mobile Responder", "Installer", "Shift Supervisor"])
            ),
            "HOURLY_RATE": Y(lambda f: f.money(11.44, 18.5), "salary"),
            "NATIONAL_ID_NUMBER": RED(lambda f: f.national_id(), "national id"),
            "UNION_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "REQUIRES_VISA_SPONSORSHIP": RED(lambda f: f.pick([True, False]), "visa"),
            "RIGHT_TO_WORK_CHECKED": G(lambda f: f.pick([True, False])),
            "START_DATE": G(lambda f: f.date(2015, 2024)),
            "DRIVING_LICENCE_NO": Y(
                lambda f: (
                    f.pick(LAST["uk"]).upper().replace("'", "").replace("-", "")[:5].ljust(5, "9")
                    + f.digits(6)
                    + "AB9CD"
                ),
                "license",
            ),
            "SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Client Searched",
        ["console"],
        ALL,
        {
            "q": Y(lambda f: f.pick([f.last(), f.full_name(), f.first() + " " + f.last()[:3]]), "name", True),
            "search_field": G(lambda f: f.pick(["surname", "name", "any"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "took_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Client Record Viewed",
        ["console"],
        ALL,
        {
            "client_id": G(lambda f: "CL-" + f.digits(7)),
            "tab": G(lambda f: f.pick(["summary", "contacts", "medical", "devices", "history"])),
            "viewer_role": G(lambda f: f.pick(["call_handler", "team_leader", "installer"])),
            "reason": G(lambda f: f.pick(["live_alarm", "scheduled_call", "audit", "update"])),
            "nhs_number_revealed": G(lambda f: f.pick([True, False])),
            "medical_tab_opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python", "node"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "login_link": RED(lambda f: "https://my.vigilo.care/auth/magic?token=" + f.hexid(40), "token"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "attempts": G(lambda f: f.r.randint(1, 5)),
            "reply_to": G(lambda f: f.pick(["no-reply@vigilo.care", "support@vigilo.care"])),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["node"],
        ALL,
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "destination_masked": G(
                lambda f: f.pick(["+44 ••••• ••123", "+31 6 •••• ••07", "•••••••52", "m•••@gmail.com"])
            ),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "rn", "kotlin"],
        ALL,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "sso", "passkey"])),
            "biometric": G(lambda f: f.pick([True, False])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    ("alias", None, ["swift", "web"], ALL, {}),
    # -- marketing e-mail, address lookup, location -----------------------------------------------
    (
        "track",
        "Email Opened",
        ["node"],
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-2.0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}p1lon1.sendgrid.net>"),
            "recipient_ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "category": Many(
                G(lambda f: f.pick(["monthly_newsletter", "alarm_test_reminder", "invoice"])), 2
            ),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Newsletter Email Sent",
        ["python"],
        ALL,
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "template": G(lambda f: f.pick(["winter_safety", "pendant_test_reminder", "price_change"])),
            "from": G(
                lambda f: f.pick(
                    ["news@vigilo.care", "hello@vigilo.care", "nieuws@vigilo.nl", "hola@vigilo.cat"]
                )
            ),
            "subject": G(
                lambda f: f.pick(
                    ["Stay safe this winter", "Time for your monthly alarm test", "Your plan is changing"]
                )
            ),
        },
    ),
    (
        "track",
        "Address Lookup",
        ["web"],
        ALL,
        {
            "input": Y(lambda f: f.street(), "address", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_description": Y(lambda f: f.address(), "address", True),
            "country_restriction": G(lambda f: f.country().lower()),
        },
    ),
    (
        "track",
        "Location Shared",
        ["swift"],
        ALL,
        {
            "wearer_latitude": Y(lambda f: f.lat(), "geolocation"),
            "wearer_longitude": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 120)),
            "nearest_address": Y(lambda f: f.address(), "address"),
            "geofence": G(lambda f: f.pick(["Home", "Day centre", "Outside safe zone"])),
            "watch_battery": G(lambda f: f.r.randint(5, 100)),
            "shared_with_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Gateway Event",
        ["go"],
        ALL,
        {
            "kind": G(lambda f: f.pick(["reconnect", "config_pull", "ota_check"])),
            "meta": {
                "src": Y(lambda f: f.ipv4(), "ip", True),
                "seq": G(lambda f: f.r.randint(1, 10**6)),
                "fw": G(lambda f: f.pick(["5.2.0", "5.2.1", "5.3.0-rc1"])),
                "sig": G(lambda f: f.hexid(40)),
            },
            "ts": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ALL,
        {
            "form": G(lambda f: f.pick(["referral", "contact_details", "emergency_contacts"])),
            "field": {
                "name": G(lambda f: f.pick(["mobile", "landline", "nok_phone"])),
                "value": Y(lambda f: f.phone(), "phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    # -- hospital discharge: an NHS FHIR Patient -----------------------------------------------------
    (
        "track",
        "Hospital Discharge Notified",
        ["java"],
        ("uk",),
        {
            "encounter_id": G(lambda f: f.uuid()),
            "discharge_date": G(lambda f: f.date(2024, 2024)),
            "ward": G(lambda f: f.pick(["Ward 12 Elderly Care", "AMU", "Ward J24", "Stroke unit"])),
            "mrn": RED(lambda f: f.pick(["RR8", "R0A", "RWE"]) + f.digits(7), "health id"),
            "patient": {
                "resourceType": G(lambda f: "Patient"),
                "id": G(lambda f: f.uuid()),
                "identifier": Many(
                    {
                        "system": G(lambda f: "https://fhir.nhs.uk/Id/nhs-number"),
                        "value": RED(lambda f: f.nhs().replace(" ", "").replace("-", ""), "health id", True),
                    },
                    1,
                ),
                "name": Many(
                    {
                        "use": G(lambda f: "official"),
                        "family": Y(lambda f: f.last(), "name"),
                        "prefix": Many(G(pick_prefix), 1),
                        "given": Many(Y(lambda f: f.first(), "name"), 2),
                    },
                    1,
                ),
                "birthDate": Y(lambda f: f.dob(), "birthdate"),
                "gender": Y(lambda f: f.sex, "gender"),
                "telecom": Many(
                    {
                        "system": G(lambda f: "phone"),
                        "value": Y(lambda f: f.phone(), "phone", True),
                        "use": G(lambda f: f.pick(["home", "mobile"])),
                    },
                    2,
                ),
                "address": Many(
                    {
                        "line": Many(Y(lambda f: f.street(), "address|street"), 1),
                        "city": Y(lambda f: f.city(), "city"),
                        "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                    },
                    1,
                ),
            },
            "package_restart_required": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- Catalan and Dutch backends -------------------------------------------------------------
    (
        "track",
        "Alarma Rebuda",
        ["php"],
        ("cat",),
        {
            "id_alarma": G(lambda f: f.digits(9)),
            "tipus": G(lambda f: f.pick(["polsador", "caiguda", "fum", "inactivitat"])),
            "usuari_nom": Y(lambda f: f.full_name(), "name"),
            "usuari_cip": RED(lambda f: f.cip(), "health id"),
            "domicili": Y(lambda f: f.address(), "address"),
            "coordenades": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation"),
            "operadora": Y(lambda f: f.full_name(), "name"),
            "observacions": Y(cat_note, "phone", True),
            "hora_rebuda": G(lambda f: f.iso()),
            "centre": G(lambda f: "Central de Girona"),
            "resolta": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visita Domiciliària Realitzada",
        ["rn"],
        ("cat",),
        {
            "visita_id": G(lambda f: f.uuid()),
            "professional_nom": Y(lambda f: f.full_name(), "name"),
            "durada_min": G(lambda f: f.r.randint(15, 90)),
            "tipus_visita": G(lambda f: f.pick(["seguiment", "instal·lació", "revisió", "urgència"])),
            "incidencies": G(
                lambda f: f.pick(["cap", "bateria baixa del penjoll", "cal canviar la clau", ""])
            ),
            "km_recorreguts": G(lambda f: f.money(1, 60)),
        },
    ),
    (
        "track",
        "Alarmopvolging Gestart",
        ["node"],
        ("nl",),
        {
            "melding_id": G(lambda f: f.uuid()),
            "clientnummer": G(lambda f: f.digits(8)),
            "naam_client": Y(lambda f: f.full_name(), "name"),
            "alarmopvolger": {
                "naam": Y(lambda f: f.full_name(), "name"),
                "telefoon": Y(lambda f: f.mobile(), "phone"),
                "kenteken": Y(lambda f: f.plate(), "license"),
            },
            "sleutelkluis_code": RED(lambda f: f.code(), "secret"),
            "toegangsinstructie": RED(nl_access_note, "secret", True),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "huisnummer": Y(lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'a', '-1', ' hs'])}", "address"),
            "aanrijtijd_min": G(lambda f: f.r.randint(5, 45)),
            "zorgverzekeraar": G(lambda f: f.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis"])),
            "polisnummer": Y(lambda f: f.digits(9), "identification"),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["web", "rn"],
        ALL,
        {
            "survey_id": G(lambda f: f.pick(["nps_2024_q2", "responder_feedback", "install_csat"])),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Really reassuring service",
                        "Took a while to answer at night",
                        "The pendant strap irritates",
                        "Responders were lovely",
                        "",
                        "Prima service",
                        "Molt bon servei",
                    ]
                )
            ),
            "respondent_type": G(lambda f: f.pick(["client", "family", "professional"])),
        },
    ),
]

# relative weight of each template (how many events per round)
WEIGHT = {
    "Alarm Raised": 3,
    "Alarm Call Answered": 2,
    "Hub Heartbeat": 3,
    "Product Viewed": 2,
    "Home": 2,
    "Signed In": 2,
    "Low Battery Warning": 2,
    "Email Opened": 2,
}


def build(seed: int, rounds: int):
    f = TF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, clients, regions, body in EVENTS:
            for _ in range(WEIGHT.get(event or "", 1)):
                f.reg = f.pick(regions)
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                f.page_fixed = None
                if body:
                    section = "properties" if kind in ("track", "page", "screen") else "traits"
                    msg[section] = render(body, f, section, labels)
                if kind == "page":
                    msg["name"] = msg["properties"]["name"]
                    f.page_fixed = msg["properties"]["path"]
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                if client in ("web", "swift") and f.r.random() < 0.3:
                    msg["integrations"] = {"All": True, "Facebook Pixel": False}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=274, rounds=36)
    write(Path(__file__).parent, "holdout274_", events, labels)
