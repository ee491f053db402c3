"""Writes holdout 59: tests/corpus/holdout59_events.jsonl and holdout59_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels and builders (only build.py, fake.py and build_holdout3.py for the format), and
never run through the engine by its author.

Domain: car rental, car sharing and fleet telematics in Germany, Austria and Switzerland. Web
booking funnel (analytics.js) with Segment e-commerce spec events; the car-sharing app on
analytics-swift, analytics-kotlin and analytics-react-native (key-less unlock, digital keys,
damage reports with photos, charging); a fleet driver app on Flutter; server traffic from python
(bookings), node (unlock service, IDnow/Veriff-shaped verification webhooks, a Twilio-shaped SMS
status), go (telematics: trips, GPS points, speeds), java (fines and tolls passed on to drivers,
counter check-in, damage claims), ruby (fuel billing, invoices, a Zendesk-shaped ticket), php (a
German back office: Führerscheinprüfung, Bußgeld, Unfall, Fahrtenbuch) and .NET (corporate fleet
accounts, PascalCase), plus a reverse-ETL sync from a warehouse (SCREAMING_SNAKE traits) and an
attribution webhook (kebab-case).

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase, kebab-case,
SCREAMING_SNAKE and German keys. Values: names from many cultures, DE/AT/CH and foreign phone
formats, DACH addresses and postcodes, German ID-card numbers with valid check digits, Steuer-IDs
(mod 11,10), Swiss AHV numbers (EAN-13), Austrian SV numbers, DE/AT/CH IBANs (mod 97), Luhn card
and fuel-card numbers, VINs with check digits, IMEIs (Luhn), German/Austrian/Swiss plates.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, additional drivers, key-share recipients,
  the other party and witnesses of an accident, employees as drivers, staff (account managers,
  checkers), passengers, family members. Colour is the reference matcher's default; outside the
  reference: red for credentials/secrets, card numbers, bank accounts, government ids, health;
  yellow otherwise.
- Green: ids we issue (user, booking, trip, vehicle, session, device ids, UUIDs, SKUs/ACRISS codes,
  invoice and booking numbers, customer/loyalty/member/claim numbers, personnel numbers), versions,
  timestamps, dates that are not birth dates (licence validity, check due dates), amounts, enums,
  counters and booleans even under PII-sounding keys (`emailVerified`, `licenceVerified`,
  `additionalDriverCount`), ages, job titles, employers, car models, branch and company names, a
  business's own address/phone/e-mail (rental branches, a fleet customer's group traits, role
  mailboxes such as fuhrpark@), places that are not the person's (searched pickup city, a charging
  station's or fuel station's name and city), countries, locales, currencies, user agents, card
  brand / last four / BIN / masked PANs, BICs, pet data.
- Policy settled: plates yellow `license`; VINs and the IMEI of the car's telematics box yellow
  `serial` (the box is bound to one car, like the VIN); insurance policy numbers yellow
  `identification`; geldwerter Vorteil (taxable company-car benefit) and pay yellow `salary`;
  gclid/fbclid/fbp/fbc yellow `advertising id`; billing addresses of a person yellow `address`;
  payment tokens, unlock/one-time codes, digital-key session keys, refresh tokens, API and
  device secrets red `token`/`secret`/`password`.
- Author's calls (what a careful privacy owner would want flagged): the place where an offence
  or a parked trip end happened (`tatort`, `end_address`) is the driver's precise location, yellow
  `address`; GPS points of a trip, the user's position near a car and the car's position during a
  rental are yellow `geolocation`; `anrede`/`salutation` (Herr/Frau/divers) reveals gender, yellow
  `gender`; hand controls required and a disabled parking permit are red `disability`; selfies,
  licence scans, avatars and a driver's handover signature image are yellow `photo`, photos of car
  damage and invoice PDFs are green; the OS-issued device id is green, the push token red `token`;
  German, Swiss and Austrian social-security numbers are red `social security number|national
  id`, the residence permit number red `visa|national id`; fine and accident case numbers
  (Aktenzeichen) are green reference numbers; offence types and Flensburg points are green enums
  and counters; the licence-issuing country is green (a country).
- value_only is true when the leaf key is neutral (`label`, `text`, `note`, `q`, `input`, `To`,
  `Body`, `previous_value`, an e-mail under a Zendesk sender's `address`) and its parent does not
  say what it holds; when a vendor wraps values (`userdata.firstname.value`)
  the path names the content and value_only is false. A value_only PII path holds that PII in
  every value; free text is labelled by what every one of its values carries, green when none does.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Lukas",
    "Anna",
    "Mehmet",
    "Ayşe",
    "Nikola",
    "Jelena",
    "Giulia",
    "Matteo",
    "Katarzyna",
    "Piotr",
    "Fatma",
    "Ahmad",
    "Leila",
    "Dariusz",
    "Sven",
    "Ursina",
    "Reto",
    "Corinne",
    "Valentina",
    "Emre",
    "Ioana",
    "Dmytro",
    "Oksana",
    "Kofi",
    "Chidi",
    "Priya",
    "Wei",
    "Hiroshi",
    "Sofía",
    "João",
    "Aleksandra",
    "Noah",
    "Mia",
    "Lina",
    "Elias",
    "Yasemin",
    "Tobias",
    "Sabine",
    "Jürgen",
    "Hannelore",
    "Magdalena",
    "Zoran",
    "Arben",
    "Blerta",
    "Anna-Lena",
    "Karl-Heinz",
    "Thi Lan",
    "Maximilian",
    "Leonie",
    "Florian",
    "Selin",
    "Ömer",
    "Marija",
    "Benedikt",
    "Kateryna",
    "Moritz",
]
LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Yılmaz",  # noqa: RUF001
    "Kaya",
    "Demir",
    "Öztürk",
    "Kovačević",
    "Petrović",
    "Nowak",
    "Kowalczyk",
    "Rossi",
    "Bianchi",
    "Huber",
    "Gruber",
    "Steiner",
    "Brunner",
    "Keller",
    "Meier",
    "Baumann",
    "Frei",
    "Zimmermann",
    "Nguyen",
    "Tran",
    "Haddad",
    "Al-Sayed",
    "Rahimi",
    "Okonkwo",
    "Mensah",
    "Ivanenko",
    "Popescu",
    "García",
    "Santos",
    "Chen",
    "Tanaka",
    "Sharma",
    "Dubois",
    "Lehmann",
    "von Bülow",
    "Berisha",
    "Hodžić",
    "Wiśniewska",
    "Schulze-Hagen",
    "Pichler",
]
MAIL_DOMAINS = [
    "gmx.de",
    "web.de",
    "t-online.de",
    "gmail.com",
    "outlook.com",
    "bluewin.ch",
    "gmx.at",
    "icloud.com",
    "posteo.de",
    "yahoo.de",
    "hotmail.com",
    "proton.me",
    "aon.at",
    "gmx.ch",
]
COMPANIES = [
    ("Bauer Logistik GmbH", "bauer-logistik.de"),
    ("Alpenblick Pflegedienst GmbH", "alpenblick-pflege.at"),
    ("Hanseatische Elektro AG", "hanse-elektro.de"),
    ("Zürcher Treuhand AG", "zh-treuhand.ch"),
    ("Kaya Bau GmbH & Co. KG", "kaya-bau.de"),
    ("Medisan Vertrieb GmbH", "medisan-vertrieb.de"),
    ("Steiner Haustechnik e.U.", "steiner-haustechnik.at"),
    ("Nordlicht Software GmbH", "nordlicht-software.de"),
]
# (street, country) and (postcode, city, country)
STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schillerstraße",
        "Goethestraße",
        "Lindenallee",
        "Am Mühlbach",
        "Kirchweg",
        "Berliner Straße",
        "Landsberger Allee",
        "Leopoldstraße",
        "Sonnenallee",
        "Königsallee",
        "Eppendorfer Weg",
        "Zum Steinbruch",
    ],
    "AT": [
        "Mariahilfer Straße",
        "Landstraßer Hauptstraße",
        "Herrengasse",
        "Grazbachgasse",
        "Linzer Gasse",
        "Salzachstraße",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Seefeldstrasse",
        "Rue du Rhône",
        "Via Nassa",
        "Spalenberg",
        "Kramgasse",
        "Badenerstrasse",
    ],
}
PLACES = {
    "DE": [
        ("10969", "Berlin"),
        ("12047", "Berlin"),
        ("80802", "München"),
        ("81671", "München"),
        ("20249", "Hamburg"),
        ("50667", "Köln"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
        ("90402", "Nürnberg"),
        ("40212", "Düsseldorf"),
        ("28195", "Bremen"),
        ("79098", "Freiburg im Breisgau"),
    ],
    "AT": [
        ("1070", "Wien"),
        ("1030", "Wien"),
        ("8010", "Graz"),
        ("4020", "Linz"),
        ("5020", "Salzburg"),
        ("6020", "Innsbruck"),
    ],
    "CH": [
        ("8001", "Zürich"),
        ("8008", "Zürich"),
        ("4051", "Basel"),
        ("3011", "Bern"),
        ("1204", "Genève"),
        ("6900", "Lugano"),
        ("1003", "Lausanne"),
    ],
}
CITY_CENTRES = [
    (52.5200, 13.4050),
    (48.1374, 11.5755),
    (53.5511, 9.9937),
    (50.9375, 6.9603),
    (50.1109, 8.6821),
    (48.7758, 9.1829),
    (48.2082, 16.3738),
    (47.0707, 15.4395),
    (47.3769, 8.5417),
    (47.5596, 7.5886),
    (46.9480, 7.4474),
    (51.3397, 12.3731),
]
BRANCHES = [
    ("München Hauptbahnhof", "München", "Bayerstraße 10a", "+49 89 5432100"),
    ("Berlin BER Terminal 1", "Schönefeld", "Melli-Beese-Ring 1", "+49 30 60917700"),
    ("Hamburg Altona", "Hamburg", "Max-Brauer-Allee 80", "+49 40 38610200"),
    ("Wien Westbahnhof", "Wien", "Europaplatz 2", "+43 1 8922400"),
    ("Zürich Flughafen", "Kloten", "Flughafenstrasse 61", "+41 43 8161010"),
    ("Frankfurt Flughafen T1", "Frankfurt am Main", "Hugo-Eckener-Ring 1", "+49 69 69070300"),
    ("Graz Hbf", "Graz", "Europaplatz 4", "+43 316 717100"),
]
MODELS = [
    ("VW", "Golf 8 Variant", "CWMR"),
    ("VW", "ID.3 Pro", "CDAE"),
    ("BMW", "320d Touring", "SWAR"),
    ("Mercedes-Benz", "A 180", "CDAR"),
    ("Skoda", "Octavia Combi", "CWMR"),
    ("Tesla", "Model Y", "FFAE"),
    ("Renault", "Zoe R135", "EDAE"),
    ("Fiat", "500e", "MBAE"),
    ("Opel", "Vivaro Kastenwagen", "KMMN"),
    ("Audi", "Q4 e-tron", "IFAE"),
    ("Cupra", "Born", "CDAE"),
]
WMI = ["WVW", "WBA", "WDD", "WAU", "VF1", "TMB", "YV1", "LRW", "WF0", "W0L", "VSS"]
PLATE_DE = ["B", "M", "HH", "K", "F", "S", "L", "DD", "N", "D", "HB", "FR", "GAP", "OF"]
PLATE_AT = ["W", "G", "L", "S", "I", "GU", "LL"]
PLATE_CH = ["ZH", "BE", "BS", "GE", "VD", "TI", "LU"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


class D(Fake):
    """Fake with DACH values."""

    def fn(self):
        return self.pick(FIRST)

    def ln(self):
        return self.pick(LAST)

    def name(self):
        first, last = self.fn(), self.ln()
        style = self.r.random()
        if style < 0.08:
            return f"Dr. {first} {last}"
        if style < 0.15:
            return f"{last}, {first}"
        return f"{first} {last}"

    @staticmethod
    def ascii(s: str) -> str:
        table = {
            "ä": "ae",
            "ö": "oe",
            "ü": "ue",
            "ß": "ss",
            "ş": "s",
            "ı": "i",  # noqa: RUF001
            "č": "c",
            "ć": "c",
            "é": "e",
            "í": "i",
            "ã": "a",
            "ś": "s",
            "ž": "z",
            "Ö": "oe",
            "ó": "o",
            "ç": "c",
        }
        s = s.lower()
        return "".join(table.get(c, c) for c in s).replace(" ", "").replace("'", "")

    def mail(self):
        first, last = self.ascii(self.fn()), self.ascii(self.ln())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}.{last}",
                f"{last}.{first}",
                f"{first}_{last[:4]}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_mail(self):
        _, domain = self.pick(COMPANIES)
        return f"{self.ascii(self.fn())}.{self.ascii(self.ln())}@{domain}"

    def role_mail(self):
        _, domain = self.pick(COMPANIES)
        return f"{self.pick(['fuhrpark', 'buchhaltung', 'rechnung', 'info', 'invoices', 'office'])}@{domain}"

    def tel(self, country=None):
        r = self.r
        country = country or self.pick(["DE", "DE", "DE", "AT", "CH", "INTL"])
        if country == "DE":
            pre = self.pick(["151", "152", "157", "160", "170", "171", "176", "179", "1520"])
            num = str(r.randint(1000000, 99999999))
            return self.pick(
                [
                    f"+49 {pre} {num}",
                    f"0{pre} {num}",
                    f"+49{pre}{num}",
                    f"0{pre}/{num}",
                    f"+49 (0) {pre} {num[:4]} {num[4:]}",
                    f"030 {r.randint(2000000, 99999999)}",
                ]
            )
        if country == "AT":
            pre = self.pick(["664", "660", "676", "699", "650"])
            num = str(r.randint(1000000, 9999999))
            return self.pick(
                [f"+43 {pre} {num}", f"0{pre} {num}", f"+43{pre}{num}", f"01 {r.randint(2000000, 9999999)}"]
            )
        if country == "CH":
            pre = self.pick(["76", "77", "78", "79"])
            a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
            return self.pick([f"+41 {pre} {a} {b} {c}", f"0{pre} {a} {b} {c}", f"+41{pre}{a}{b}{c}"])
        return self.pick(
            [
                f"+1 {r.randint(201, 989)} {r.randint(200, 999)} {r.randint(1000, 9999)}",
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+39 3{r.randint(10, 49)} {r.randint(1000000, 9999999)}",
                f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+91 9{r.randint(100, 999)}{r.randint(100000, 999999)}",
            ]
        )

    def country(self):
        return self.pick(["DE", "DE", "DE", "AT", "CH"])

    def strasse(self, country=None):
        return self.pick(STREETS[country or self.country()])

    def hausnr(self):
        return f"{self.r.randint(1, 180)}{self.pick(['', '', '', 'a', 'b'])}"

    def street_line(self, country=None):
        return f"{self.strasse(country)} {self.hausnr()}"

    def plz(self, country=None):
        return self.pick(PLACES[country or self.country()])[0]

    def ort(self, country=None):
        return self.pick(PLACES[country or self.country()])[1]

    def full_address(self):
        c = self.country()
        plz, ort = self.pick(PLACES[c])
        return f"{self.street_line(c)}, {plz} {ort}"

    def glat(self):
        return round(self.pick(CITY_CENTRES)[0] + self.r.uniform(-0.08, 0.08), 6)

    def glon(self):
        return round(self.pick(CITY_CENTRES)[1] + self.r.uniform(-0.12, 0.12), 6)

    def dob(self):
        return self.date(1948, 2005)

    def dob_de(self):
        return f"{self.r.randint(1, 28):02d}.{self.r.randint(1, 12):02d}.{self.r.randint(1950, 2005)}"

    def plate(self):
        r = self.r
        kind = self.pick(["DE", "DE", "DE", "AT", "CH"])
        if kind == "DE":
            letters = "".join(self.pick("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(r.randint(1, 2)))
            return f"{self.pick(PLATE_DE)}-{letters} {r.randint(1, 9999)}{self.pick(['', '', 'E'])}"
        if kind == "AT":
            return f"{self.pick(PLATE_AT)}-{r.randint(100, 99999)}{self.pick(['A', 'B', 'C', 'X'])}"
        return f"{self.pick(PLATE_CH)} {r.randint(1000, 999999)}"

    def vin(self):
        trans = {
            **{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)),
            "P": 7,
            "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(WMI) + "".join(self.pick(chars) for _ in range(5)) + "0"
        body += self.pick("LMNPRS") + self.pick(chars) + "".join(self.pick("0123456789") for _ in range(6))
        check = sum(trans[c] * w for c, w in zip(body, weights, strict=True)) % 11
        return body[:8] + ("X" if check == 10 else str(check)) + body[9:]

    def imei(self):
        return self.luhn_complete("35" + "".join(self.pick("0123456789") for _ in range(12)))

    def licence_no(self):
        r = self.r
        kind = self.pick(["DE", "DE", "DE", "AT", "CH", "UK"])
        if kind == "DE":
            return (
                self.pick("BFJKMNS")
                + "".join(self.pick("0123456789") for _ in range(3))
                + "".join(self.pick(ALNUM) for _ in range(5))
                + str(r.randint(0, 9))
                + str(r.randint(1, 3))
            )
        if kind == "AT":
            return f"{r.randint(10000000, 99999999)}"
        if kind == "CH":
            return f"{r.randint(100000000, 999999999)}"
        last = self.ascii(self.ln()).upper().replace("-", "")[:5].ljust(5, "9")
        initials = self.pick("ABCDJKMS") + self.pick("ABCDJKMS")
        return f"{last}{r.randint(600000, 799999)}{initials}9{self.pick(ALNUM)}{self.pick(ALNUM)}"

    def ausweis(self):
        """German ID card / passport serial (9 chars) + check digit with weights 7-3-1."""
        alphabet = "0123456789CFGHJKLMNPRTVWXYZ"
        serial = self.pick("LMNPRTVWXYZCFGHJK") + "".join(self.pick(alphabet) for _ in range(8))
        value = {c: (int(c) if c.isdigit() else ord(c) - 55) for c in alphabet}
        check = sum(value[c] * (7, 3, 1)[i % 3] for i, c in enumerate(serial)) % 10
        return serial + str(check)

    def passport_no(self):
        serial = self.ausweis()
        return "C" + serial[1:9]

    def steuer_id(self):
        r = self.r
        while True:
            digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
            counts = [digits.count(d) for d in set(digits)]
            if sorted(counts, reverse=True)[0] in (2, 3) and sorted(counts, reverse=True)[1] == 1:
                break
        product = 10
        for d in digits:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        s = "".join(map(str, digits)) + str(check)
        return self.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def ahv(self):
        body = "756" + "".join(self.pick("0123456789") for _ in range(9))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        check = (10 - total % 10) % 10
        s = body + str(check)
        return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"

    def svnr_at(self):
        r = self.r
        while True:
            serial = f"{r.randint(100, 999)}"
            birth = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"
            d = [int(c) for c in serial + "0" + birth]
            check = sum(x * w for x, w in zip(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6], strict=True)) % 11
            if check < 10:
                return f"{serial}{check} {birth}"

    def sv_de(self):
        r = self.r
        born = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99)}"
        return f"{r.randint(10, 89)} {born} {self.ascii(self.ln())[0].upper()} {r.randint(0, 499):03d}"

    def iban_dach(self):
        country = self.pick(["DE", "DE", "AT", "CH", "DE"])
        if country == "DE":
            return self.iban("DE")
        n = {"AT": 20, "CH": 21}[country]
        bban = "".join(self.pick("0123456789") for _ in range(n - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def fuel_card(self):
        number = self.luhn_complete("7044" + "".join(self.pick("0123456789") for _ in range(14)))
        return self.pick([number, f"{number[:6]} {number[6:12]} {number[12:]}"])

    def masked_pan(self):
        card = self.card(formatted=False)
        return self.pick([card[:6] + "*" * (len(card) - 10) + card[-4:], "**** **** **** " + card[-4:]])

    def booking_no(self):
        return f"KR-{self.r.randint(2023, 2024)}-{self.digits(7)}"

    def gclid(self):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + "".join(
            self.pick(chars) for _ in range(self.r.randint(70, 86))
        )

    def fbclid(self):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(chars) for _ in range(58))

    def b64(self, n):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(self.pick(chars) for _ in range(n))

    def ip_any(self):
        return (
            self.ipv4()
            if self.r.random() < 0.8
            else f"2a02:{self.r.randint(4096, 65535):x}:"
            + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(5))
        )


# -- neutral-key free text: every value carries the labelled PII ------------------------------------


def pickup_note(f: D) -> str:
    return f.pick(
        [
            f"Bitte vorher anrufen: {f.tel('DE')}",
            f"Komme mit Flug LH{f.r.randint(100, 2999)}, Handy {f.tel()}",
            f"Late arrival around 23:00, call me on {f.tel('INTL')}",
            f"Schlüssel bitte an der Rezeption abgeben. Tel. {f.tel()}",
            f"Ankunft mit dem Zug, erreichbar unter {f.tel('CH')}",
        ]
    )


def support_text(f: D) -> str:
    return f.pick(
        [
            f"Rechnung bitte an {f.mail()} schicken",
            f"hi, I changed my email to {f.mail()}, please update",
            f"Meine neue Adresse für Belege: {f.mail()}",
            f"Kannst du die Buchungsbestätigung an {f.work_mail()} weiterleiten?",
            f"Bitte Kontakt über {f.mail()}, danke!",
        ]
    )


def damage_text(f: D) -> str:
    return f.pick(
        [
            "Kratzer an der Stoßstange hinten links",
            "Delle in der Fahrertür, war schon vor Fahrtbeginn da",
            "Steinschlag in der Frontscheibe",
            "Felge vorne rechts beschädigt",
            "Innenraum stark verschmutzt, Kaffee auf dem Beifahrersitz",
            "small scratch on rear bumper",
            "Außenspiegel rechts lose",
        ]
    )


def feedback_text(f: D) -> str:
    return f.pick(
        [
            "Auto war sauber, alles top",
            "Unlock hat beim dritten Versuch geklappt",
            "Ladekabel fehlte im Kofferraum",
            "super schnell, gerne wieder",
            "App stürzt beim Tanken ab",
            "Parkzone in Schwabing zu klein",
            "",
        ]
    )


def partner_text(f: D) -> str:
    return f.pick(
        [
            f"{f.pick(['Hr.', 'Fr.'])} {f.ln()}, {f.pick(COMPANIES)[0]}",
            f"Kundentermin mit {f.fn()} {f.ln()}",
            f"{f.fn()} {f.ln()} ({f.pick(COMPANIES)[0]})",
            f"Besuch bei {f.pick(['Herrn', 'Frau'])} {f.ln()}",
        ]
    )


# -- contexts ----------------------------------------------------------------------------------------


def web_ctx(f: D):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    ["/", "/mietwagen/muenchen", "/buchen/fahrer", "/buchen/zahlung", "/carsharing"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.de/", "", "https://www.check24.de/", "https://www.karo.de/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=newsletter", "?lang=en"])
            ),
            "title": G(
                lambda f: f.pick(["Mietwagen günstig mieten | karo", "Fahrerdaten | karo", "Zahlung | karo"])
            ),
            "url": G(
                lambda f: (
                    "https://www.karo.de" + f.pick(["/", "/buchen/fahrer", "/mietwagen/wien", "/ch/zuerich"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "de-AT", "de-CH", "fr-CH", "en-US", "tr-TR"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"])),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["sommer_2024", "ski_wochenende", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "bing", "meta"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["mietwagen münchen", "transporter mieten", "auto mieten flughafen"])),
            "content": G(lambda f: f.pick(["rsa_1", "hero_banner", "textlink"])),
        },
    }


def swift_ctx(f: D):
    return {
        "app": {
            "name": G(lambda f: "karo"),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["61400", "61502", "61600"])),
            "namespace": G(lambda f: "de.karo.carsharing"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "de-AT", "en-DE", "de-CH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"])),
        "instanceId": G(lambda f: f.uuid().upper()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid().upper()),
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "customerNumber": G(lambda f: "K" + f.digits(8)),
        },
    }


def kotlin_ctx(f: D):
    return {
        "app": {
            "name": G(lambda f: "karo"),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.1"])),
            "build": G(lambda f: f.pick(["614000", "615010"])),
            "namespace": G(lambda f: "de.karo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TG", "CPH2581"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "spes", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "tr-DE", "en-GB", "de-AT"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telekom.de", "o2 - de", "Vodafone.de", "A1", "Swisscom"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Vienna"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
    }


def rn_ctx(f: D):
    return {
        "app": {
            "name": G(lambda f: "karo Share"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "de.karo.share"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["de-DE", "de-CH", "it-CH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Zurich"])),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "member_since": G(lambda f: f.date(2016, 2024)),
        },
        "location": {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 2), 1)),
        },
    }


def flutter_ctx(f: D):
    return {
        "app": {
            "name": G(lambda f: "FleetLink Driver"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.3"])),
            "build": G(lambda f: f.pick(["208", "2093"])),
            "namespace": G(lambda f: "com.fleetlink.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-G736B", "iPhone12,8", "TC58"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(["de_DE", "pl_PL", "de_AT", "ro_RO"])),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "17.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 750])),
            "height": G(lambda f: f.pick([2408, 1334])),
            "density": G(lambda f: f.pick([2.5, 2.0])),
        },
        "network": {"wifi": G(lambda f: f.pick([True, False])), "cellular": G(lambda f: True)},
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/Vienna"])),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_ctx(lib: str, with_ip: bool = False):
    def ctx(f: D):
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if with_ip:
            c["ip"] = Y(lambda f: f.ip_any(), "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        return c

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("analytics-python", True),
    "node": server_ctx("analytics-node", True),
    "node-": server_ctx("analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php"),
    "dotnet": server_ctx("Analytics.NET"),
}
APP = ["swift", "kotlin", "rn"]

# -- reusable bodies ---------------------------------------------------------------------------------


def vehicle_product():
    return {
        "product_id": G(lambda f: "veh_" + f.digits(6)),
        "sku": G(lambda f: f.pick(MODELS)[2]),
        "name": G(lambda f: f.pick(MODELS)[1] + f.pick([" oder ähnlich", ""])),
        "brand": G(lambda f: f.pick(MODELS)[0]),
        "category": G(lambda f: f.pick(["Kompakt", "Kombi", "SUV", "Elektro", "Transporter"])),
        "variant": G(lambda f: f.pick(["Automatik", "Schaltgetriebe"])),
        "price": G(lambda f: f.money(29, 189)),
        "quantity": G(lambda f: f.r.randint(1, 14)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://www.karo.de/fahrzeuge/{f.digits(5)}"),
        "image_url": G(lambda f: f"https://cdn.karo.de/fleet/{f.hexid(12)}.webp"),
    }


def extras():
    return Many(
        {
            "product_id": G(
                lambda f: f.pick(
                    ["ext_childseat", "ext_adddriver", "ext_snowchains", "ext_gps", "ext_vignette_at"]
                )
            ),
            "name": G(
                lambda f: f.pick(
                    ["Kindersitz", "Zusatzfahrer", "Schneeketten", "Navi", "Vignette Österreich"]
                )
            ),
            "price": G(lambda f: f.money(5, 60)),
            "quantity": G(lambda f: f.r.randint(1, 2)),
        },
        3,
    )


def branch():
    return {
        "branch_id": G(lambda f: "BR" + f.digits(4)),
        "name": G(lambda f: f.pick(BRANCHES)[0]),
        "city": G(lambda f: f.pick(BRANCHES)[1]),
        "street": G(lambda f: f.pick(BRANCHES)[2]),
        "phone": G(lambda f: f.pick(BRANCHES)[3]),
        "opening_hours": G(lambda f: f.pick(["Mo-Fr 07:00-20:00", "24/7", "Mo-So 06:00-23:00"])),
    }


def gps_point():
    return {
        "lat": Y(lambda f: f.glat(), "geolocation"),
        "lng": Y(lambda f: f.glon(), "geolocation"),
        "speed_kmh": G(lambda f: f.r.randint(0, 160)),
        "heading": G(lambda f: f.r.randint(0, 359)),
        "ts": G(lambda f: f.epoch_ms()),
        "hdop": G(lambda f: round(f.r.uniform(0.6, 3.5), 1)),
    }


EVENTS = [
    # -- web booking funnel (analytics.js) ------------------------------------------------------------
    (
        "page",
        "Home",
        "web",
        8,
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: "https://www.karo.de/"),
            "title": G(lambda f: "Mietwagen günstig mieten | karo"),
            "referrer": G(lambda f: f.pick(["https://www.google.de/", "", "https://www.ecosia.org/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?gad_source=1"])),
        },
    ),
    (
        "page",
        "Branch",
        "web",
        4,
        {
            "path": G(lambda f: "/mietwagen/" + f.pick(["muenchen", "wien", "zuerich", "berlin"])),
            "url": G(lambda f: "https://www.karo.de/mietwagen/" + f.pick(["muenchen", "wien", "zuerich"])),
            "title": G(lambda f: f.pick(["Mietwagen München | karo", "Mietwagen Wien | karo"])),
            "branch_city": G(lambda f: f.pick(BRANCHES)[1]),
            "branch_count": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        5,
        {
            "query": G(
                lambda f: f.pick(["München Flughafen", "Wien Hbf", "Transporter Berlin", "Zürich", "Tesla"])
            ),
            "pickup_location": G(lambda f: f.pick(BRANCHES)[0]),
            "return_location": G(lambda f: f.pick(BRANCHES)[0]),
            "pickup_date": G(lambda f: f.date(2024, 2024)),
            "return_date": G(lambda f: f.date(2024, 2024)),
            "driver_age": G(lambda f: f.r.randint(19, 79)),
            "one_way": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        5,
        {**vehicle_product(), "currency": G(lambda f: f.pick(["EUR", "CHF"]))},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        4,
        {
            "order_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: "karo Web"),
            "value": G(lambda f: f.money(60, 1900)),
            "revenue": G(lambda f: f.money(60, 1900)),
            "tax": G(lambda f: f.money(10, 300)),
            "discount": G(lambda f: f.money(0, 50)),
            "coupon": G(lambda f: f.pick(["", "SOMMER24", "WELCOME10", "ADAC15"])),
            "currency": G(lambda f: f.pick(["EUR", "CHF"])),
            "products": Many(vehicle_product(), 1),
            "extras": extras(),
        },
    ),
    (
        "track",
        "Driver Details Entered",
        "web",
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "salutation": Y(lambda f: f.pick(["Herr", "Frau", "divers", "Mr", "Ms"]), "gender"),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "licence_country": G(lambda f: f.pick(["DE", "AT", "CH", "PL", "US", "TR"])),
            "licence_held_years": G(lambda f: f.r.randint(1, 40)),
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "additional_driver_count": G(lambda f: f.r.randint(0, 2)),
            "additional_drivers": Many(
                {
                    "first_name": Y(lambda f: f.fn(), "name"),
                    "last_name": Y(lambda f: f.ln(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                },
                2,
            ),
            "flight_number": G(lambda f: f.pick(["LH2034", "OS112", "LX1071", "EW9581", ""])),
            "note": Y(pickup_note, "phone", True),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        4,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "twint", "sofort", "sepa_debit"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["414720", "535522", "492181", "374245"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_token": RED(
                lambda f: "pm_" + f.b64(24).replace("+", "a").replace("/", "b"), "token"
            ),
            "cardholder_name": Y(lambda f: f.name(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "postal_code": Y(lambda f: f.plz(), "zipcode"),
                "city": Y(lambda f: f.ort(), "city"),
                "country": G(lambda f: f.country()),
            },
            "deposit_amount": G(lambda f: f.pick([300, 500, 1000])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        5,
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_number": G(lambda f: f.booking_no()),
            "total": G(lambda f: f.money(60, 1900)),
            "revenue": G(lambda f: f.money(50, 1600)),
            "tax": G(lambda f: f.money(10, 300)),
            "currency": G(lambda f: f.pick(["EUR", "CHF"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "twint"])),
            "products": Many(vehicle_product(), 1),
            "pickup_branch": branch(),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "new_customer": G(lambda f: f.pick([True, False])),
            "loyalty_number": G(lambda f: "KC" + f.digits(9)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web",
        2,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "list_id": G(lambda f: f.pick(["nl_de", "nl_at", "nl_ch"])),
            "double_opt_in_sent": G(lambda f: True),
            "source": G(lambda f: f.pick(["footer", "exit_intent", "checkout"])),
        },
    ),
    (
        "track",
        "Support Chat Started",
        "web",
        3,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "topic": G(lambda f: f.pick(["invoice", "booking_change", "damage", "deposit"])),
            "text": Y(support_text, "email", True),
            "booking_number": G(lambda f: f.booking_no()),
            "agent_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "web",
        3,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.ort(), "city"),
                "postalCode": Y(lambda f: f.plz(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: "K" + f.digits(8)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "licenceVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["de", "en", "fr", "it", "tr"])),
            "company": G(lambda f: f.pick(COMPANIES)[0]),
            "title": G(
                lambda f: f.pick(["Projektleiterin", "Außendienst", "Pflegefachkraft", "Student", ""])
            ),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.karo.de/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    # -- app: account, verification ---------------------------------------------------------------
    (
        "screen",
        "Verification Start",
        APP,
        4,
        {
            "from_screen": G(lambda f: f.pick(["Map", "Booking", "Profile"])),
            "document_type": G(lambda f: f.pick(["driving_licence", "id_card", "passport"])),
            "provider": G(lambda f: f.pick(["idnow", "veriff"])),
        },
    ),
    (
        "track",
        "Driver Verification Submitted",
        APP,
        4,
        {
            "verification_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: f.pick(["driving_licence", "id_card"])),
            "document_country": G(lambda f: f.pick(["DE", "AT", "CH", "PL", "RO", "UA"])),
            "licence_number": Y(lambda f: f.licence_no(), "license"),
            "licence_classes": Many(G(lambda f: f.pick(["B", "BE", "AM", "C1", "A2"])), 3),
            "licence_valid_until": G(lambda f: f.date(2026, 2038)),
            "selfie_url": Y(lambda f: f"https://verify-uploads.karo.de/selfie/{f.uuid()}.jpg", "photo"),
            "licence_front_url": Y(
                lambda f: f"https://verify-uploads.karo.de/dl/{f.uuid()}_front.jpg", "photo"
            ),
            "liveness_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "hand_controls_required": RED(lambda f: f.pick([True, False, False, False]), "disability"),
        },
    ),
    (
        "identify",
        None,
        APP,
        5,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: "K" + f.digits(8)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "licenceVerified": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["flex", "karo_plus", "business"])),
            "market": G(lambda f: f.pick(["berlin", "muenchen", "wien", "hamburg"])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "tripsCount": G(lambda f: f.r.randint(0, 420)),
            "disabledParkingPermit": RED(lambda f: f.pick([True, False, False]), "disability"),
        },
    ),
    (
        "track",
        "Vehicle Reserved",
        APP,
        6,
        {
            "reservation_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "plate": Y(lambda f: f.plate(), "license"),
            "model": G(lambda f: f.pick(MODELS)[1]),
            "fuel_level_pct": G(lambda f: f.r.randint(5, 100)),
            "range_km": G(lambda f: f.r.randint(20, 520)),
            "distance_to_vehicle_m": G(lambda f: f.r.randint(20, 1500)),
            "user_lat": Y(lambda f: f.glat(), "geolocation"),
            "user_lng": Y(lambda f: f.glon(), "geolocation"),
            "free_minutes_expire_at": G(lambda f: f.iso()),
            "price_per_minute": G(lambda f: f.pick([0.19, 0.29, 0.39])),
        },
    ),
    (
        "track",
        "Vehicle Unlocked",
        APP,
        7,
        {
            "reservation_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "unlock_method": G(lambda f: f.pick(["ble", "cloud", "nfc"])),
            "ble_rssi": G(lambda f: f.r.randint(-95, -40)),
            "digital_key_id": G(lambda f: f.uuid()),
            "key_session_secret": RED(lambda f: f.hexid(32), "secret"),
            "latency_ms": G(lambda f: f.r.randint(120, 4800)),
            "success": G(lambda f: f.pick([True, True, False])),
            "error_code": G(lambda f: f.pick(["", "BLE_TIMEOUT", "E_VEHICLE_ASLEEP", ""])),
            "firmware": G(lambda f: f.pick(["tcu-4.2.17", "tcu-4.3.0"])),
        },
    ),
    (
        "track",
        "Unlock Code Requested",
        "node",
        3,
        {
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "channel": G(lambda f: f.pick(["sms", "app"])),
            "code": RED(lambda f: f.digits(6), "token|secret"),
            "expires_in": G(lambda f: 300),
            "recipient_phone": Y(lambda f: f.tel(), "phone"),
        },
    ),
    (
        "track",
        "Digital Key Shared",
        APP,
        3,
        {
            "key_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "shared_with": {
                "label": Y(
                    lambda f: f.pick([f.fn(), f"{f.fn()} {f.ln()}", f"{f.fn()} {f.ln()[0]}."]), "name", True
                ),
                "phone": Y(lambda f: f.tel(), "phone"),
                "is_registered": G(lambda f: f.pick([True, False])),
            },
            "permissions": Many(G(lambda f: f.pick(["unlock", "start", "trunk_only"])), 3),
            "valid_until": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Trip Ended",
        APP,
        7,
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "duration_min": G(lambda f: f.r.randint(3, 600)),
            "distance_km": G(lambda f: round(f.r.uniform(0.4, 320), 1)),
            "price": G(lambda f: f.money(2, 180)),
            "currency": G(lambda f: f.pick(["EUR", "CHF"])),
            "parked_in_zone": G(lambda f: f.pick([True, False])),
            "end_lat": Y(lambda f: f.glat(), "geolocation"),
            "end_lng": Y(lambda f: f.glon(), "geolocation"),
            "end_address": Y(lambda f: f.full_address(), "address"),
            "fuel_level_end_pct": G(lambda f: f.r.randint(5, 100)),
            "rating_prompt_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Favourite Address Saved",
        APP,
        3,
        {
            "kind": G(lambda f: f.pick(["home", "work", "other"])),
            "input": Y(lambda f: f.full_address(), "address", True),
            "favourites_count": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Damage Reported",
        APP,
        4,
        {
            "damage_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "reported_during": G(lambda f: f.pick(["pre_trip", "post_trip", "in_trip"])),
            "damage_type": G(lambda f: f.pick(["scratch", "dent", "glass", "interior", "tyre"])),
            "location_on_vehicle": G(
                lambda f: f.pick(["front_bumper", "rear_left_door", "windscreen", "roof"])
            ),
            "description": G(damage_text),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://damage.karo.de/{f.uuid()}.jpg"),
                    "width": G(lambda f: f.pick([3024, 4032, 1920])),
                    "height": G(lambda f: f.pick([4032, 3024, 1080])),
                    "taken_at": G(lambda f: f.iso()),
                },
                4,
            ),
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
        },
    ),
    (
        "track",
        "Charging Session Started",
        APP,
        4,
        {
            "session_id": G(lambda f: f.uuid()),
            "evse_id": G(lambda f: f"DE*{f.pick(['ION', 'EBW', 'SWM', 'ALL'])}*E{f.digits(6)}"),
            "station_name": G(
                lambda f: f.pick(
                    [
                        "IONITY Holledau",
                        "EnBW Hyperhub Stuttgart",
                        "SWM Ladesäule Leopoldstr.",
                        "Allego Wien Mitte",
                    ]
                )
            ),
            "station_city": G(lambda f: f.pick(["Holledau", "Stuttgart", "München", "Wien"])),
            "connector": G(lambda f: f.pick(["CCS", "Type2", "CHAdeMO"])),
            "max_power_kw": G(lambda f: f.pick([11, 22, 50, 150, 350])),
            "soc_start_pct": G(lambda f: f.r.randint(3, 80)),
            "emaid": G(lambda f: f"DE-KRO-C{f.digits(8)}-{f.pick(ALNUM)}"),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        APP,
        3,
        {
            "trip_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(feedback_text),
            "cleanliness": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Referral Sent",
        APP,
        2,
        {
            "referral_code": G(lambda f: f.pick(["KARO-", "FRIEND-"]) + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "invitee_phone": Y(lambda f: f.tel(), "phone"),
            "invitee_name": Y(lambda f: f.fn(), "name"),
        },
    ),
    (
        "track",
        "Family Member Added",
        APP,
        2,
        {
            "account_id": G(lambda f: "acc_" + f.digits(7)),
            "member": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "birth_date": Y(lambda f: f.dob(), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "partner"])),
                "licence_verified": G(lambda f: f.pick([True, False])),
            },
            "members_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Pet Trip Booked",
        APP,
        1,
        {
            "reservation_id": G(lambda f: f.uuid()),
            "pet": {
                "name": G(lambda f: f.pick(["Luna", "Bello", "Milo", "Frieda", "Rocky"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "weight_kg": G(lambda f: f.r.randint(3, 40)),
            },
            "cleaning_fee": G(lambda f: f.pick([15, 25])),
        },
    ),
    (
        "screen",
        "Map",
        APP,
        6,
        {
            "zoom": G(lambda f: round(f.r.uniform(11, 18), 1)),
            "vehicles_visible": G(lambda f: f.r.randint(0, 90)),
            "filter": G(lambda f: f.pick(["all", "electric", "van", ""])),
        },
    ),
    (
        "track",
        "Session Refreshed",
        "node-",
        2,
        {
            "refresh_token": RED(lambda f: f.b64(64), "token"),
            "access_token_expires_in": G(lambda f: 900),
            "client": G(lambda f: f.pick(["ios", "android", "web"])),
        },
    ),
    # -- verification vendors (node) ---------------------------------------------------------------
    (
        "track",
        "Veriff Decision Received",
        "node-",
        3,
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reason": G(lambda f: f.pick(["", "Physical document not used", "Face not clearly visible"])),
                "reasonCode": G(lambda f: f.pick([102, 201, 204])),
                "decisionTime": G(lambda f: f.iso()),
                "acceptanceTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(lambda f: f.fn().upper(), "name"),
                    "lastName": Y(lambda f: f.ln().upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                    "nationality": Y(lambda f: f.pick(["DE", "AT", "TR", "PL", "SY", "UA"]), "citizenship"),
                    "placeOfBirth": Y(
                        lambda f: f.pick(["Izmir", "Köln", "Kraków", "Aleppo", "Wien", "Lviv"]), "city"
                    ),
                    "idNumber": RED(lambda f: f.pick([f.steuer_id(), f.ausweis()]), "national id"),
                },
                "document": {
                    "number": Y(lambda f: f.licence_no(), "license"),
                    "type": G(lambda f: "DRIVERS_LICENSE"),
                    "country": G(lambda f: f.pick(["DE", "AT", "CH"])),
                    "validFrom": G(lambda f: f.date(2010, 2023)),
                    "validUntil": G(lambda f: f.date(2026, 2038)),
                },
                "vendorData": G(lambda f: "usr_" + f.digits(8)),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "IDnow Ident Completed",
        "node-",
        3,
        {
            "identificationprocess": {
                "result": G(lambda f: f.pick(["SUCCESS", "FRAUD_SUSPICION_CONFIRMED", "ABORTED"])),
                "companyid": G(lambda f: "karo"),
                "transactionnumber": G(lambda f: f.hexid(32)),
                "id": G(
                    lambda f: (
                        f"TST-{f.pick(ALNUM)}{f.pick(ALNUM)}{f.pick(ALNUM)}{f.pick(ALNUM)}{f.pick(ALNUM)}"
                    )
                ),
                "identificationtime": G(lambda f: f.iso()),
                "type": G(lambda f: f.pick(["APP", "WEB"])),
            },
            "userdata": {
                "firstname": {
                    "value": Y(lambda f: f.fn().upper(), "name"),
                    "status": G(lambda f: f.pick(["MATCH", "CHANGE"])),
                },
                "lastname": {
                    "value": Y(lambda f: f.ln().upper(), "name"),
                    "status": G(lambda f: f.pick(["MATCH", "CHANGE"])),
                },
                "birthday": {"value": Y(lambda f: f.dob(), "birthdate"), "status": G(lambda f: "MATCH")},
                "birthplace": {
                    "value": Y(lambda f: f.pick(["BERLIN", "ANKARA", "SARAJEVO", "GRAZ"]), "city")
                },
                "nationality": {"value": Y(lambda f: f.pick(["DE", "TR", "BA", "AT"]), "citizenship")},
                "address": {
                    "street": {"value": Y(lambda f: f.strasse(), "address|street")},
                    "streetnumber": {"value": Y(lambda f: f.hausnr(), "address|street")},
                    "zipcode": {"value": Y(lambda f: f.plz(), "zipcode")},
                    "city": {"value": Y(lambda f: f.ort(), "city")},
                    "country": {"value": G(lambda f: f.country())},
                },
            },
            "identificationdocument": {
                "type": {"value": G(lambda f: f.pick(["IDCARD", "PASSPORT"]))},
                "number": {"value": RED(lambda f: f.ausweis(), "national id|passport")},
                "issuedby": {
                    "value": G(lambda f: f.pick(["STADT KÖLN", "LANDRATSAMT ROSENHEIM", "BEZIRKSAMT MITTE"]))
                },
                "validuntil": {"value": G(lambda f: f.date(2026, 2034))},
            },
        },
    ),
    # -- telematics (go) ---------------------------------------------------------------------------
    (
        "track",
        "Trip Completed",
        "go",
        8,
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "driver_id": G(lambda f: "drv_" + f.digits(6)),
            "vin": Y(lambda f: f.vin(), "serial"),
            "kennzeichen": Y(lambda f: f.plate(), "license"),
            "start": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lon": Y(lambda f: f.glon(), "geolocation"),
                "ts": G(lambda f: f.iso()),
                "odometer_km": G(lambda f: f.r.randint(1200, 240000)),
            },
            "end": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lon": Y(lambda f: f.glon(), "geolocation"),
                "ts": G(lambda f: f.iso()),
                "odometer_km": G(lambda f: f.r.randint(1200, 240000)),
            },
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 600), 2)),
            "duration_s": G(lambda f: f.r.randint(60, 30000)),
            "max_speed_kmh": G(lambda f: f.r.randint(30, 230)),
            "avg_speed_kmh": G(lambda f: round(f.r.uniform(12, 110), 1)),
            "harsh_braking_count": G(lambda f: f.r.randint(0, 9)),
            "fuel_used_l": G(lambda f: round(f.r.uniform(0, 40), 2)),
            "points": Many(gps_point(), 5),
        },
    ),
    (
        "track",
        "Position Reported",
        "go",
        6,
        {
            "imei": Y(lambda f: f.imei(), "serial"),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "ignition": G(lambda f: f.pick([True, False])),
            "gps": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lon": Y(lambda f: f.glon(), "geolocation"),
                "alt_m": G(lambda f: f.r.randint(80, 1800)),
                "sats": G(lambda f: f.r.randint(4, 18)),
                "speed_kmh": G(lambda f: f.r.randint(0, 180)),
            },
            "rental_active": G(lambda f: f.pick([True, False])),
            "fw": G(lambda f: f.pick(["3.11.2", "3.12.0"])),
        },
    ),
    (
        "track",
        "Speeding Alert",
        "go",
        3,
        {
            "alert_id": G(lambda f: f.uuid()),
            "driver_id": G(lambda f: "drv_" + f.digits(6)),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "speed_kmh": G(lambda f: f.r.randint(60, 210)),
            "limit_kmh": G(lambda f: f.pick([30, 50, 70, 100, 130])),
            "road": G(lambda f: f.pick(["A9", "A8", "B27", "A1 (AT)", "A1 (CH)"])),
            "lat": Y(lambda f: f.glat(), "geolocation"),
            "lon": Y(lambda f: f.glon(), "geolocation"),
            "duration_s": G(lambda f: f.r.randint(5, 300)),
            "driver_name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
        },
    ),
    (
        "track",
        "Telematics Device Provisioned",
        "go",
        2,
        {
            "imei": Y(lambda f: f.imei(), "serial"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "device_model": G(lambda f: f.pick(["Teltonika FMC130", "Invers CloudBoxx", "Geotab GO9"])),
            "sim_iccid_suffix": G(lambda f: f.digits(4)),
            "psk": RED(lambda f: f.hexid(32), "secret"),
            "provisioned_by": G(lambda f: "tech_" + f.digits(4)),
        },
    ),
    # -- fuel & charging billing (ruby) -----------------------------------------------------------
    (
        "track",
        "Refuelled",
        "ruby",
        4,
        {
            "transaction_id": G(lambda f: f.digits(12)),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "fuel_type": G(lambda f: f.pick(["diesel", "super_e10", "super_e5"])),
            "litres": G(lambda f: round(f.r.uniform(5, 70), 2)),
            "price_per_litre": G(lambda f: round(f.r.uniform(1.55, 2.05), 3)),
            "amount": G(lambda f: f.money(10, 140)),
            "station_brand": G(lambda f: f.pick(["Aral", "Shell", "OMV", "Avia", "Jet"])),
            "station_city": G(lambda f: f.pick(["Ingolstadt", "Linz", "Winterthur", "Kassel"])),
            "fuel_card_number": RED(lambda f: f.fuel_card(), "credit card"),
            "fuel_card_last4": G(lambda f: f.digits(4)),
            "odometer_km": G(lambda f: f.r.randint(1000, 240000)),
            "receipt_number": G(lambda f: f.digits(4) + "/" + f.digits(5)),
            "driver_email": Y(lambda f: f.mail(), "email"),
            "driver_name": Y(lambda f: f.name(), "name"),
        },
    ),
    # -- fines and tolls (java) -------------------------------------------------------------------
    (
        "track",
        "Fine Received",
        "java",
        4,
        {
            "fineId": G(lambda f: f.uuid()),
            "authority": G(
                lambda f: f.pick(
                    [
                        "Landeshauptstadt München KVR",
                        "Magistrat der Stadt Wien MA 67",
                        "Stadtpolizei Zürich",
                        "Bußgeldstelle Berlin",
                    ]
                )
            ),
            "caseNumber": G(lambda f: f"{f.digits(3)}.{f.digits(6)}.{f.r.randint(2023, 2024)}"),
            "offenceCode": G(lambda f: f.digits(6)),
            "offenceType": G(lambda f: f.pick(["speeding", "parking", "red_light", "environmental_zone"])),
            "offenceAt": G(lambda f: f.iso()),
            "offenceLocation": Y(lambda f: f"{f.ort()}, {f.street_line()}", "address"),
            "amount": G(lambda f: f.pick([15, 25, 30, 70, 115, 240])),
            "adminFee": G(lambda f: f.pick([19.9, 24.9, 29.0])),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "tripId": G(lambda f: f.uuid()),
            "driverId": G(lambda f: "drv_" + f.digits(6)),
            "driverEmail": Y(lambda f: f.mail(), "email"),
            "passedOnToDriver": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Toll Charged",
        "java",
        3,
        {
            "tollId": G(lambda f: f.digits(10)),
            "operator": G(lambda f: f.pick(["ASFINAG", "Toll Collect", "Brenner Autobahn", "Tauerntunnel"])),
            "section": G(lambda f: f.pick(["A13 Brenner", "A10 Tauern", "A9 Pyhrn"])),
            "amount": G(lambda f: f.money(5, 40)),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "tripId": G(lambda f: f.uuid()),
            "digitalVignette": G(lambda f: f.pick([True, False])),
            "rebilled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- German back office (php) -----------------------------------------------------------------
    (
        "track",
        "Fuehrerscheinpruefung abgeschlossen",
        "php",
        3,
        {
            "kunden_nr": G(lambda f: "K" + f.digits(8)),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "vorname": Y(lambda f: f.fn(), "name"),
            "nachname": Y(lambda f: f.ln(), "name"),
            "geburtsdatum": Y(lambda f: f.dob_de(), "birthdate"),
            "geburtsort": Y(
                lambda f: f.pick(["Hamburg", "Istanbul", "Novi Sad", "Linz", "Hanoi", "Duisburg"]), "city"
            ),
            "fuehrerscheinnummer": Y(lambda f: f.licence_no(), "license"),
            "fuehrerscheinklassen": G(lambda f: f.pick(["B", "B,BE", "AM,B,L", "B,C1"])),
            "ausstellungsbehoerde": G(
                lambda f: f.pick(["Landratsamt München", "Stadt Köln", "BH Innsbruck-Land"])
            ),
            "gueltig_bis": G(lambda f: f.date(2026, 2038)),
            "pruefergebnis": G(lambda f: f.pick(["gueltig", "abgelaufen", "manuell_pruefen"])),
            "aufenthaltstitel_nr": RED(lambda f: f.pick("ABCDEFGHJ") + f.digits(8), "visa|national id"),
            "geprueft_von": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
        },
    ),
    (
        "track",
        "Bussgeld weitergeleitet",
        "php",
        3,
        {
            "aktenzeichen": G(lambda f: f"{f.digits(3)}.{f.digits(6)}.{f.r.randint(2023, 2024)}"),
            "behoerde": G(
                lambda f: f.pick(
                    [
                        "Zentrale Bußgeldstelle Viechtach",
                        "Bußgeldstelle Berlin",
                        "Stadt Frankfurt Ordnungsamt",
                    ]
                )
            ),
            "tatzeit": G(lambda f: f.iso()),
            "tatort": Y(lambda f: f"{f.ort('DE')}, {f.street_line('DE')}", "address"),
            "kennzeichen": Y(lambda f: f.plate(), "license"),
            "bussgeld_betrag": G(lambda f: f.pick([20, 35, 60, 100, 160])),
            "bearbeitungsgebuehr": G(lambda f: 25.0),
            "punkte": G(lambda f: f.r.randint(0, 2)),
            "fahrer": {
                "vorname": Y(lambda f: f.fn(), "name"),
                "nachname": Y(lambda f: f.ln(), "name"),
                "geburtsdatum": Y(lambda f: f.dob_de(), "birthdate"),
                "anschrift": {
                    "strasse": Y(lambda f: f.strasse(), "address|street"),
                    "hausnummer": Y(lambda f: f.hausnr(), "address|street"),
                    "plz": Y(lambda f: f.plz(), "zipcode"),
                    "ort": Y(lambda f: f.ort(), "city"),
                    "land": G(lambda f: f.pick(["Deutschland", "Österreich", "Schweiz"])),
                },
            },
            "versand_an": G(lambda f: f.pick(["post", "email"])),
        },
    ),
    (
        "track",
        "Unfall gemeldet",
        "php",
        2,
        {
            "schadennummer": G(lambda f: "SN-" + f.digits(8)),
            "fahrzeug_id": G(lambda f: "veh_" + f.digits(6)),
            "unfallzeit": G(lambda f: f.iso()),
            "polizei_vor_ort": G(lambda f: f.pick([True, False])),
            "hergang": G(
                lambda f: f.pick(
                    [
                        "Beim Ausparken Poller touchiert",
                        "Auffahrunfall an Ampel",
                        "Wildunfall auf Landstraße",
                        "Seitenspiegel im Vorbeifahren abgefahren",
                    ]
                )
            ),
            "unfallgegner": {
                "name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
                "telefon": Y(lambda f: f.tel(), "phone"),
                "kennzeichen": Y(lambda f: f.plate(), "license"),
                "versicherung": G(
                    lambda f: f.pick(["Allianz", "HUK-COBURG", "Uniqa", "Die Mobiliar", "ERGO"])
                ),
                "versicherungsnummer": Y(
                    lambda f: f"{f.digits(3)}/{f.digits(7)}-{f.pick('ABKLM')}", "identification"
                ),
            },
            "zeugen": Many(
                {
                    "name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
                    "telefon": Y(lambda f: f.tel(), "phone"),
                },
                2,
            ),
            "fotos_anzahl": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Fahrtenbuch Eintrag",
        "php",
        4,
        {
            "eintrag_id": G(lambda f: f.digits(9)),
            "datum": G(lambda f: f.date(2024, 2024)),
            "kennzeichen": Y(lambda f: f.plate(), "license"),
            "fahrer": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "km_start": G(lambda f: f.r.randint(1000, 200000)),
            "km_ende": G(lambda f: f.r.randint(1000, 200000)),
            "startadresse": Y(lambda f: f.full_address(), "address"),
            "zieladresse": Y(lambda f: f.full_address(), "address"),
            "reisezweck": G(
                lambda f: f.pick(["Kundentermin", "Baustelle", "Privatfahrt", "Fahrt Wohnung-Arbeitsstätte"])
            ),
            "geschaeftspartner": Y(partner_text, "name"),
            "dienstlich": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- corporate fleet (.NET, PascalCase) -------------------------------------------------------
    (
        "group",
        None,
        "dotnet",
        3,
        {
            "Name": G(lambda f: f.pick(COMPANIES)[0]),
            "Industry": G(lambda f: f.pick(["Logistics", "Healthcare", "Construction", "Software"])),
            "Employees": G(lambda f: f.r.randint(8, 4000)),
            "FleetSize": G(lambda f: f.r.randint(2, 300)),
            "Plan": G(lambda f: f.pick(["Business Flex", "Business Pro", "Enterprise"])),
            "Address": {
                "Street": G(
                    lambda f: f.pick(
                        ["Industriestraße 14", "Gewerbepark 3", "Hafenstraße 88", "Technoparkstrasse 1"]
                    )
                ),
                "City": G(lambda f: f.pick(["Augsburg", "Wels", "Zürich", "Bremen"])),
                "PostalCode": G(lambda f: f.pick(["86153", "4600", "8005", "28217"])),
                "Country": G(lambda f: f.pick(["DE", "AT", "CH"])),
            },
            "Phone": G(
                lambda f: f.pick(["+49 821 4508830", "+43 7242 29110", "+41 44 2713300", "+49 421 5230600"])
            ),
            "InvoiceEmail": G(lambda f: f.role_mail()),
            "Website": G(lambda f: "https://www." + f.pick(COMPANIES)[1]),
            "VatId": G(lambda f: f.pick(["DE", "ATU"]) + f.digits(9 if f.r.random() < 0.6 else 8)),
            "ContractNumber": G(lambda f: "FV-" + f.digits(6)),
            "AccountManager": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "SepaMandate": {
                "Iban": RED(lambda f: f.iban_dach(), "bank account"),
                "Bic": G(
                    lambda f: f.pick(["COBADEFFXXX", "BYLADEMMXXX", "RZOOAT2L", "UBSWCHZH80A", "DEUTDEFF"])
                ),
                "MandateReference": G(lambda f: "MR" + f.digits(10)),
            },
        },
    ),
    (
        "track",
        "Employee Added As Driver",
        "dotnet",
        4,
        {
            "EmployeeId": G(lambda f: f.uuid()),
            "PersonnelNumber": G(lambda f: f.digits(6)),
            "FirstName": Y(lambda f: f.fn(), "name"),
            "LastName": Y(lambda f: f.ln(), "name"),
            "WorkEmail": Y(lambda f: f.work_mail(), "email"),
            "MobilePhone": Y(lambda f: f.tel(), "phone"),
            "HomeAddress": Y(lambda f: f.full_address(), "address"),
            "CostCenter": G(lambda f: f.pick(["4100", "4200", "7710"])),
            "Department": G(lambda f: f.pick(["Vertrieb", "Service", "Pflege", "Bauleitung"])),
            "JobTitle": G(
                lambda f: f.pick(["Servicetechniker", "Key Account Manager", "Pflegefachkraft", "Bauleiter"])
            ),
            "LicenceCheckDue": G(lambda f: f.date(2024, 2025)),
            "PrivateUseAllowed": G(lambda f: f.pick([True, False])),
            "MonthlyTaxableBenefit": Y(lambda f: f.money(250, 900), "salary"),
            "GrossListPrice": G(lambda f: f.r.randint(28000, 72000)),
            "TaxId": RED(lambda f: f.steuer_id(), "national id"),
        },
    ),
    (
        "track",
        "Pool Car Booked",
        "dotnet",
        3,
        {
            "BookingId": G(lambda f: f.digits(8)),
            "VehicleName": G(lambda f: f.pick(["Pool-Golf 3", "Caddy Werkstatt", "ID.4 Geschäftsführung"])),
            "Purpose": G(lambda f: f.pick(["Kundentermin", "Messe", "Schulung"])),
            "StartsAt": G(lambda f: f.iso()),
            "EndsAt": G(lambda f: f.iso()),
            "Passengers": Many(
                {
                    "Name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
                    "EmployeeId": G(lambda f: f.uuid()),
                },
                3,
            ),
            "CostCenter": G(lambda f: f.pick(["4100", "4200", "7710"])),
        },
    ),
    (
        "track",
        "Private Trips Settled",
        "dotnet",
        2,
        {
            "SettlementId": G(lambda f: f.uuid()),
            "Month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "PrivateKm": G(lambda f: f.r.randint(0, 2500)),
            "Amount": G(lambda f: f.money(0, 600)),
            "PayoutIban": RED(lambda f: f.iban_dach(), "bank account"),
            "AccountHolder": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "SocialSecurityNumber": RED(
                lambda f: f.pick([f.sv_de(), f.svnr_at(), f.ahv()]), "social security number|national id"
            ),
        },
    ),
    (
        "track",
        "API Credentials Rotated",
        "dotnet",
        2,
        {
            "ClientId": G(lambda f: f.uuid()),
            "ClientSecret": RED(lambda f: f.b64(40), "secret"),
            "WebhookSigningSecret": RED(lambda f: "whsec_" + f.b64(32), "secret"),
            "RotatedBy": G(lambda f: "usr_" + f.digits(6)),
            "Scopes": Many(G(lambda f: f.pick(["vehicles.read", "trips.read", "drivers.write"])), 3),
        },
    ),
    # -- fleet admin portal (web, analytics.js) ----------------------------------------------------
    (
        "track",
        "Driver Searched",
        "web",
        3,
        {
            "q": Y(lambda f: f.pick([f.ln(), f"{f.fn()} {f.ln()}", f"{f.ln()}, {f.fn()}"]), "name", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "account_id": G(lambda f: "acc_" + f.digits(7)),
            "filter_status": G(lambda f: f.pick(["active", "invited", "blocked"])),
        },
    ),
    # -- flutter fleet driver app -------------------------------------------------------------------
    (
        "track",
        "Licence Check Completed",
        "flutter",
        4,
        {
            "employee_id": G(lambda f: f.uuid()),
            "check_method": G(lambda f: f.pick(["nfc_seal", "photo", "in_person"])),
            "result": G(lambda f: f.pick(["valid", "expired", "needs_review"])),
            "licence_classes": Many(G(lambda f: f.pick(["B", "BE", "C1", "C1E"])), 3),
            "next_check_due": G(lambda f: f.date(2024, 2025)),
            "checked_by": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "nfc_seal_id": G(lambda f: f.hexid(14).upper()),
        },
    ),
    (
        "track",
        "Vehicle Handover Signed",
        "flutter",
        3,
        {
            "handover_id": G(lambda f: f.uuid()),
            "vehicle_id": G(lambda f: "veh_" + f.digits(6)),
            "kilometerstand": G(lambda f: f.r.randint(1000, 240000)),
            "tankfuellung": G(lambda f: f.pick(["1/4", "1/2", "3/4", "voll"])),
            "signature_png": Y(
                lambda f: f"https://fleetlink-files.s3.eu-central-1.amazonaws.com/sig/{f.uuid()}.png", "photo"
            ),
            "signer_name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "damages_noted": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        3,
        {
            "employee_id": G(lambda f: f.uuid()),
            "company_id": G(lambda f: "acc_" + f.digits(7)),
            "name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "work_email": Y(lambda f: f.work_mail(), "email"),
            "role": G(lambda f: f.pick(["driver", "fleet_manager"])),
            "hourly_rate": Y(lambda f: f.money(14, 48), "salary"),
            "home_depot": G(lambda f: f.pick(["Depot Augsburg", "Standort Wels", "Lager Bremen"])),
        },
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE) ---------------------------------------------------
    (
        "identify",
        None,
        "python",
        3,
        {
            "CUSTOMER_NUMBER": G(lambda f: "K" + f.digits(8)),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.fn(), "name"),
            "LAST_NAME": Y(lambda f: f.ln(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.tel(), "phone"),
            "POSTAL_CODE": Y(lambda f: f.plz(), "zipcode"),
            "LIFETIME_REVENUE_EUR": G(lambda f: f.money(0, 9000)),
            "TRIPS_LAST_90D": G(lambda f: f.r.randint(0, 80)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "IS_BUSINESS_CUSTOMER": G(lambda f: f.pick([True, False])),
            "FIRST_TRIP_AT": G(lambda f: f.iso()),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-59", "60+"])),
            "DRIVING_LICENSE_VERIFIED": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- bookings backend (python) -----------------------------------------------------------------
    (
        "track",
        "Booking Confirmed",
        "python",
        5,
        {
            "booking_number": G(lambda f: f.booking_no()),
            "booking_id": G(lambda f: f.uuid()),
            "pickup_at": G(lambda f: f.iso()),
            "return_at": G(lambda f: f.iso()),
            "pickup_branch": branch(),
            "vehicle_group": G(lambda f: f.pick(MODELS)[2]),
            "total_price": G(lambda f: f.money(60, 1900)),
            "currency": G(lambda f: f.pick(["EUR", "CHF"])),
            "driver": {
                "full_name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "age": G(lambda f: f.r.randint(19, 82)),
                "young_driver": G(lambda f: f.pick([True, False])),
            },
            "child_seats": Many(
                {
                    "age_years": G(lambda f: f.r.randint(0, 11)),
                    "weight_kg": G(lambda f: f.r.randint(4, 36)),
                },
                2,
            ),
            "channel": G(lambda f: f.pick(["web", "app", "check24", "billiger-mietwagen", "corporate"])),
            "card_masked": G(lambda f: f.masked_pan()),
        },
    ),
    (
        "track",
        "Deposit Refunded",
        "python",
        2,
        {
            "booking_number": G(lambda f: f.booking_no()),
            "amount": G(lambda f: f.pick([300, 500, 1000])),
            "refund_iban": RED(lambda f: f.iban_dach(), "bank account"),
            "account_holder": Y(lambda f: f.name(), "name"),
            "bic": G(lambda f: f.pick(["GENODEF1M03", "SPKHDE2HXXX", "BKAUATWW", "RAIFCH22XXX"])),
            "reason": G(lambda f: f.pick(["return_ok", "damage_settled", "cancelled"])),
        },
    ),
    ("alias", None, "python", 2, {}),
    (
        "track",
        "Email Changed",
        APP,
        2,
        {
            "previous_value": Y(lambda f: f.mail(), "email", True),
            "new_value": Y(lambda f: f.mail(), "email", True),
            "confirmation_sent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        "python",
        2,
        {
            "gdpr_request_id": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.mail(), "email"),
            "reason": G(lambda f: f.pick(["no_longer_needed", "moved_away", "privacy", "other"])),
            "open_balance": G(lambda f: f.money(0, 90)),
        },
    ),
    (
        "track",
        "Counter Check-in Completed",
        "java",
        3,
        {
            "bookingNumber": G(lambda f: f.booking_no()),
            "branchId": G(lambda f: "BR" + f.digits(4)),
            "agentName": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "idDocumentType": G(lambda f: f.pick(["passport", "id_card"])),
            "idDocumentNumber": RED(lambda f: f.pick([f.ausweis(), f.passport_no()]), "national id|passport"),
            "licenceIssuingCountry": G(lambda f: f.pick(["US", "IN", "CN", "BR", "GB", "DE"])),
            "internationalPermitNumber": Y(lambda f: f.pick("ABCDEFG") + f.digits(7), "license"),
            "mileageOut": G(lambda f: f.r.randint(1000, 90000)),
            "fuelOut": G(lambda f: f.pick(["full", "7/8", "3/4"])),
            "upgradeOffered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Damage Claim Charged",
        "java",
        2,
        {
            "claimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "bookingNumber": G(lambda f: f.booking_no()),
            "driverName": Y(lambda f: f.name(), "name"),
            "driverAddress": {
                "street": Y(lambda f: f.street_line(), "address|street"),
                "postalCode": Y(lambda f: f.plz(), "zipcode"),
                "city": Y(lambda f: f.ort(), "city"),
                "country": G(lambda f: f.country()),
            },
            "deductible": G(lambda f: f.pick([0, 500, 1000, 1500])),
            "repairCost": G(lambda f: f.money(120, 6000)),
            "insurerPolicyNumber": Y(lambda f: f"KFZ-{f.digits(9)}", "identification"),
            "photosCount": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Invoice Sent",
        "ruby",
        3,
        {
            "invoice_number": G(lambda f: "RE-" + f.digits(8)),
            "amount": G(lambda f: f.money(2, 900)),
            "currency": G(lambda f: f.pick(["EUR", "CHF"])),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "recipient": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "street": Y(lambda f: f.street_line(), "address|street"),
                "postal_code": Y(lambda f: f.plz(), "zipcode"),
                "city": Y(lambda f: f.ort(), "city"),
                "country": G(lambda f: f.country()),
            },
            "pdf_url": G(lambda f: f"https://billing.karo.de/invoices/{f.uuid()}.pdf"),
            "delivery": G(lambda f: f.pick(["email", "post"])),
        },
    ),
    (
        "track",
        "Zendesk Ticket Created",
        "ruby",
        3,
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(7))),
                "subject": G(
                    lambda f: f.pick(["Rechnung falsch", "Kaution nicht erstattet", "App-Login geht nicht"])
                ),
                "status": G(lambda f: f.pick(["new", "open"])),
                "priority": G(lambda f: f.pick(["normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["billing", "deposit", "app", "de"])), 3),
                "requester": {
                    "id": G(lambda f: int(f.digits(12))),
                    "name": Y(lambda f: f.name(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                },
                "via": {
                    "channel": G(lambda f: "email"),
                    "source": {
                        "from": {
                            "address": Y(lambda f: f.mail(), "email", True),
                            "name": Y(lambda f: f.name(), "name"),
                        },
                        "to": {
                            "address": G(
                                lambda f: f.pick(
                                    ["service@karo.de", "kundenservice@karo.at", "support@karo.ch"]
                                )
                            ),
                            "name": G(lambda f: "karo Kundenservice"),
                        },
                    },
                },
            },
        },
    ),
    (
        "track",
        "SMS Status Received",
        "node-",
        3,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "To": Y(lambda f: f.tel(), "phone", True),
            "From": G(lambda f: f.pick(["+4915799912345", "karo", "+41798070000"])),
            "Body": RED(
                lambda f: (
                    f.pick(["Dein karo Code: ", "Your karo code is ", "Bestätigungscode: "]) + f.digits(6)
                ),
                "token|secret",
                True,
            ),
            "NumSegments": G(lambda f: "1"),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Corporate Driver Invited",
        "web",
        3,
        {
            "account_id": G(lambda f: "acc_" + f.digits(7)),
            "invitee_email": Y(lambda f: f.work_mail(), "email"),
            "invitee_first_name": Y(lambda f: f.fn(), "name"),
            "invitee_last_name": Y(lambda f: f.ln(), "name"),
            "invited_by_email": Y(lambda f: f.work_mail(), "email"),
            "role": G(lambda f: f.pick(["driver", "fleet_manager", "accountant"])),
            "cost_center": G(lambda f: f.pick(["4100", "4200", "7710"])),
            "seats_left": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # -- attribution webhook (kebab-case) -------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        "node-",
        3,
        {
            "attribution-id": G(lambda f: f.uuid()),
            "network": G(lambda f: f.pick(["Google Ads", "Meta", "TikTok", "Organic"])),
            "campaign": G(lambda f: f.pick(["DE_Carsharing_Search", "AT_App_Install", "CH_Brand"])),
            "adset": G(lambda f: f.pick(["broad_25_44", "lookalike_1pct", ""])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "ip-address": Y(lambda f: f.ipv4(), "ip"),
            "install-time": G(lambda f: f.epoch_ms()),
            "is-reattributed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Submitted",
        "python",
        2,
        {
            "lead_id": G(lambda f: f.uuid()),
            "form": G(lambda f: "business_contact"),
            "company_name": G(lambda f: f.pick(COMPANIES)[0]),
            "fleet_size": G(lambda f: f.pick(["1-5", "6-20", "21-100", "100+"])),
            "contact_name": Y(lambda f: f"{f.fn()} {f.ln()}", "name"),
            "contact_email": Y(lambda f: f.work_mail(), "email"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = D(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients) if isinstance(clients, list) else clients
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("swift",) else f.uuid().upper(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(7),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "acc_" + f.digits(7)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif kind != "alias":
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=59, repeats=12)
    write(Path(__file__).parent, "holdout59_", events, labels)
